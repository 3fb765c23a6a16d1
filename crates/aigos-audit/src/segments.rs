//! Segment files: `NNNNNNNNNNNNNNNNNNNN.jsonl`, named by their first seq,
//! and how every file of a log is created: owner-only, whatever the umask.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use crate::Error;

/// File name of the segment starting at `seq`.
pub(crate) fn segment_name(seq: u64) -> String {
    format!("{seq:020}.jsonl")
}

/// Segments of a log directory, sorted by first seq.
pub(crate) fn list(dir: &Path) -> Result<Vec<(u64, PathBuf)>, Error> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        let Some(stem) = name.strip_suffix(".jsonl") else { continue };
        if stem.len() == 20 && stem.bytes().all(|b| b.is_ascii_digit()) {
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

/// Opens `path` for appending, creating it with [`FILE_MODE`] (set
/// explicitly, so a umask of 000 does not make it world-writable).
pub(crate) fn open_append(path: &Path) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, FILE_MODE);
    o.open(path)
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
