//! Segment files: `NNNNNNNNNNNNNNNNNNNN.jsonl`, named by their first seq,
//! and how every file of a log is created: owner-only, whatever the umask.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use crate::Error;

/// File name of the segment starting at `seq`.
pub(crate) fn segment_name(seq: u64) -> String {
    format!("{seq:020}.jsonl")
}

/// Segments of a log directory, sorted by first seq. A segment name that
/// is not a regular file (a symlink, a FIFO, a directory) is refused.
pub(crate) fn list(dir: &Path) -> Result<Vec<(u64, PathBuf)>, Error> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        let Some(stem) = name.strip_suffix(".jsonl") else { continue };
        if stem.len() == 20 && stem.bytes().all(|b| b.is_ascii_digit()) {
            if !entry.file_type()?.is_file() {
                return Err(Error::Io(format!("{}: {NOT_REGULAR}", path.display())));
            }
            let seq = stem.parse().map_err(|_| Error::Format(format!("bad segment name {name}")))?;
            out.push((seq, path));
        }
    }
    out.sort();
    Ok(out)
}

/// Path of the checkpoints file.
pub(crate) fn checkpoints(dir: &Path) -> PathBuf {
    dir.join("checkpoints.jsonl")
}

/// Mode of every file the log creates (segments, checkpoints, torn files,
/// the witness): owner read and write only. Records hold who did what and
/// payload digests; a log shipper that must read them gets access through
/// its own user, a group ACL or the shipped copy, not through a world- or
/// group-readable default.
pub(crate) const FILE_MODE: u32 = 0o600;
/// Mode of a log directory the log creates: only the owner may list it or
/// add, rename and delete files in it.
pub(crate) const DIR_MODE: u32 = 0o700;

/// Why a log file was refused: someone put something else in its place.
const NOT_REGULAR: &str = "not a regular file (a symlink, FIFO or directory planted in the log directory)";

/// Opens a file of the log with `o`: never through a symlink (the last
/// path component), never blocking on a FIFO, and only when what was
/// opened is a regular file. Whoever can write the log directory could
/// otherwise make the writer append to a file of the Guard's user, or hand
/// the writer and the verifier different contents on each read.
pub(crate) fn open_with(o: &mut OpenOptions, path: &Path) -> std::io::Result<File> {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(o, libc::O_NOFOLLOW | libc::O_NONBLOCK);
    let f = o.open(path).map_err(|e| {
        // O_NOFOLLOW on a symlink fails with ELOOP: say what it means.
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{}: {NOT_REGULAR}", path.display()));
        }
        e
    })?;
    if !f.metadata()?.is_file() {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{}: {NOT_REGULAR}", path.display())));
    }
    Ok(f)
}

/// Opens an existing file of the log for reading (see [`open_with`]).
pub(crate) fn open_read(path: &Path) -> std::io::Result<File> {
    open_with(OpenOptions::new().read(true), path)
}

/// Reads a whole file of the log; `None` when it does not exist.
pub(crate) fn read_optional(path: &Path) -> std::io::Result<Option<String>> {
    match open_read(path) {
        Ok(mut f) => {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut f, &mut text)?;
            Ok(Some(text))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Opens `path` for appending, creating it with [`FILE_MODE`] (set
/// explicitly, so a umask of 000 does not make it world-writable); see
/// [`open_with`].
pub(crate) fn open_append(path: &Path) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, FILE_MODE);
    open_with(&mut o, path)
}

/// Creates a new segment at `path` for appending: a name that already
/// exists (planted ahead of a rotation) is refused.
pub(crate) fn create_segment(path: &Path) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.create_new(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, FILE_MODE);
    open_with(&mut o, path)
}

/// Creates `dir` (and its parents) when absent; the directories it creates
/// get [`DIR_MODE`].
pub(crate) fn create_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, DIR_MODE);
    b.create(dir)
}

/// Sets [`FILE_MODE`] on an open file (one created by a rename keeps the
/// mode of its temporary file, which may have existed before).
pub(crate) fn set_private(file: &File) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(FILE_MODE))?;
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}
