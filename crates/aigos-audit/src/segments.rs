//! Segment files: `NNNNNNNNNNNNNNNNNNNN.jsonl`, named by their first seq.

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
