//! The witness: a copy of the latest signed checkpoint kept outside the log
//! directory (another volume, another host's mount), so that whoever can
//! rewrite the log directory cannot also take back what it already signed.
//!
//! The file holds one checkpoint line exactly as in `checkpoints.jsonl`. It
//! is replaced atomically (temporary file in the same directory, fsync,
//! rename, fsync of the directory) after the checkpoint it copies is durable
//! in the log, so it is never ahead of the log it witnesses.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::checkpoint::Checkpoint;
use crate::{Error, segments};

/// Reads a witness file: one checkpoint (a trailing newline is allowed).
///
/// # Errors
/// [`Error::Io`] when it cannot be read; [`Error::Format`] when it is not
/// exactly one checkpoint.
pub fn read_witness(path: &Path) -> Result<Checkpoint, Error> {
    let mut text = String::new();
    segments::open_read(path)
        .and_then(|mut f| std::io::Read::read_to_string(&mut f, &mut text))
        .map_err(|e| Error::Io(format!("witness {}: {e}", path.display())))?;
    let line = text.strip_suffix('\n').unwrap_or(&text);
    serde_json::from_str(line).map_err(|e| Error::Format(format!("witness {}: not a checkpoint: {e}", path.display())))
}

/// Refuses a witness inside the log directory `dir` (after resolving
/// symlinks): whoever can rewrite the log could then roll the witness back
/// with it, and the witness would prove nothing.
pub(crate) fn check_outside(dir: &Path, witness: &Path) -> Result<(), Error> {
    let parent = witness.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let canon = |p: &Path| std::fs::canonicalize(p).map_err(|e| Error::Io(format!("{}: {e}", p.display())));
    let log = canon(dir)?;
    // A parent that does not exist yet cannot be inside the existing log
    // directory unless it is below it by name.
    let at = match canon(parent) {
        Ok(p) => p,
        Err(_) if parent.is_absolute() => parent.to_path_buf(),
        Err(_) => std::env::current_dir().map_err(|e| Error::Io(e.to_string()))?.join(parent),
    };
    if at.starts_with(&log) {
        return Err(Error::Config(format!(
            "the witness {} lies inside the log directory {}: put it on another volume, out of reach of whoever can write the log",
            witness.display(),
            dir.display()
        )));
    }
    Ok(())
}

/// The temporary file a witness is written to before it is renamed over
/// `path` (a dot file in the same directory, so the rename stays on one
/// file system).
fn temporary(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp"))
}

/// Replaces the witness at `path` with `line` (a checkpoint's JSON line,
/// newline included), atomically, mode 0600; fsyncs when `durable`.
pub(crate) fn write_witness(path: &Path, line: &[u8], durable: bool) -> Result<(), Error> {
    let io = |what: &str, e: std::io::Error| Error::Io(format!("witness {}: {what}: {e}", path.display()));
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = temporary(path);
    let mut o = std::fs::OpenOptions::new();
    o.create(true).write(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, segments::FILE_MODE);
    let mut f = o.open(&tmp).map_err(|e| io("create", e))?;
    // A temporary file left by a crash keeps its old mode: set it again.
    segments::set_private(&f).map_err(|e| io("chmod", e))?;
    f.write_all(line).map_err(|e| io("write", e))?;
    if durable {
        f.sync_all().map_err(|e| io("fsync", e))?;
    }
    drop(f);
    std::fs::rename(&tmp, path).map_err(|e| io("rename", e))?;
    if durable {
        std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(|e| io("fsync directory", e))?;
    }
    Ok(())
}
