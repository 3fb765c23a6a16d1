//! Retention: old segments leave the log directory (moved to an archive,
//! handed to a command, or deleted) only when a signed checkpoint the
//! witness holds covers them, and only after a record saying so is in the
//! log and covered by a checkpoint. Verification then starts from the
//! signed checkpoint at the first kept record ([`crate::verify_log`]).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::verify::{RETENTION_KIND, read_checkpoints};
use crate::{AuditLog, Error, segments, witness};

/// Where archived segments go.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Archive {
    /// Moved into this directory (created 0700; on the same file system a
    /// rename, otherwise a copy that is synced before the original goes).
    MoveTo(PathBuf),
    /// Handed to a command: run with the segment's path as its last
    /// argument; the segment is removed when the command exits 0 and kept
    /// (retention stops) otherwise.
    Command(Vec<String>),
    /// Deleted.
    Delete,
}

/// How long records stay in the log directory, and where they go after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retention {
    /// A segment whose last record is older than this may go.
    pub max_age: Duration,
    /// Where it goes.
    pub archive: Archive,
}

/// What a retention pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetentionReport {
    /// The segments archived (their paths in the log directory), oldest first.
    pub archived: Vec<PathBuf>,
    /// The first record kept (0 when nothing was archived).
    pub archived_before: u64,
    /// The seq of the `audit_retention` record written (when something went).
    pub record: Option<u64>,
}

/// The `ts` of a segment's last record.
fn last_ts(path: &Path) -> Result<Option<u64>, Error> {
    let file = segments::open_read(path).map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
    let mut last = None;
    for line in BufReader::new(file).lines() {
        let line = line.map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
        if !line.is_empty() {
            last = Some(line);
        }
    }
    let Some(line) = last else { return Ok(None) };
    let value: serde_json::Value = serde_json::from_str(&line).map_err(|e| Error::Format(format!("{}: {e}", path.display())))?;
    Ok(value.pointer("/body/ts").and_then(serde_json::Value::as_u64))
}

/// The segments that may go: the longest prefix of closed segments (never
/// the last) each of which ends at a tree size that a signed checkpoint in
/// `checkpoints.jsonl` has, that the witness covers, and whose last record
/// is older than `cut_ms`.
fn eligible(dir: &Path, witnessed: u64, cut_ms: u64) -> Result<(Vec<PathBuf>, u64), Error> {
    let segs = segments::list(dir)?;
    let cps = read_checkpoints(dir).map_err(|t| Error::Corrupt { seq: t.seq, reason: t.reason })?;
    let mut out = Vec::new();
    let mut before = segs.first().map_or(0, |(first, _)| *first);
    for pair in segs.windows(2) {
        let ((_, path), (end, _)) = (&pair[0], &pair[1]);
        let anchored = cps.iter().any(|cp| cp.tree_size == *end && !cp.sig.is_empty());
        let old = last_ts(path)?.is_some_and(|ts| ts < cut_ms);
        if *end > witnessed || !anchored || !old {
            break;
        }
        out.push(path.clone());
        before = *end;
    }
    Ok((out, before))
}

fn archive_one(path: &Path, archive: &Archive) -> Result<(), Error> {
    let ioe = |what: &str, e: std::io::Error| Error::Io(format!("{what} {}: {e}", path.display()));
    match archive {
        Archive::Delete => std::fs::remove_file(path).map_err(|e| ioe("delete", e)),
        Archive::MoveTo(dir) => {
            segments::create_dir(dir).map_err(|e| ioe("archive directory for", e))?;
            let name = path.file_name().ok_or_else(|| Error::Io(format!("{}: no file name", path.display())))?;
            let target = dir.join(name);
            if std::fs::rename(path, &target).is_err() {
                // Another file system: copy, sync, then remove.
                std::fs::copy(path, &target).map_err(|e| ioe("copy", e))?;
                std::fs::File::open(&target).and_then(|f| f.sync_all()).map_err(|e| ioe("sync archived", e))?;
                std::fs::remove_file(path).map_err(|e| ioe("remove archived", e))?;
            }
            std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(|e| ioe("sync archive directory for", e))
        }
        Archive::Command(argv) => {
            let (program, args) = argv.split_first().ok_or_else(|| Error::Config("an empty archive command".into()))?;
            let status =
                std::process::Command::new(program).args(args).arg(path).status().map_err(|e| ioe(&format!("run {program} on"), e))?;
            if !status.success() {
                return Err(Error::Io(format!("archive command {program} failed on {} ({status})", path.display())));
            }
            std::fs::remove_file(path).map_err(|e| ioe("remove archived", e))
        }
    }
}

impl AuditLog {
    /// Applies `retention`: the closed segments whose records are all
    /// older than `max_age`, and that a signed checkpoint held by the
    /// witness covers up to a segment boundary, leave the log directory.
    /// First an `audit_retention` record (`archived_before`: the first seq
    /// kept; `segments`; `archive`) is appended and a checkpoint written
    /// over it, then the segments go, oldest first. A log without a
    /// signing key or a witness archives nothing: nothing could prove the
    /// removal was retention and not deletion.
    ///
    /// # Errors
    /// [`Error::Config`] without a signing key or witness; [`Error::Io`]
    /// when a segment cannot be archived (those before it are gone, the
    /// record says which were meant to: run again).
    pub fn apply_retention(&self, retention: &Retention, actor: &str) -> Result<RetentionReport, Error> {
        let (dir, witness_path, now) = {
            let w = self.shared.lock()?;
            if !w.cfg.signs() {
                return Err(Error::Config("retention needs signed checkpoints (a checkpoint key)".into()));
            }
            let witness = w.cfg.witness_path().ok_or_else(|| Error::Config("retention needs a witness".into()))?;
            (w.cfg.dir_path().to_owned(), witness.to_owned(), w.cfg.now_millis())
        };
        let witnessed = witness::read_witness(&witness_path)?.tree_size;
        let max_age_ms = u64::try_from(retention.max_age.as_millis()).unwrap_or(u64::MAX);
        let (paths, before) = eligible(&dir, witnessed, now.saturating_sub(max_age_ms))?;
        if paths.is_empty() {
            return Ok(RetentionReport::default());
        }
        let archive = match &retention.archive {
            Archive::MoveTo(d) => format!("moved to {}", d.display()),
            Archive::Command(argv) => format!("handed to {}", argv.first().map_or("", String::as_str)),
            Archive::Delete => "deleted".to_owned(),
        };
        let data = serde_json::json!({"archived_before": before, "segments": paths.len(), "archive": archive});
        let seq = self.append_blocking(RETENTION_KIND, actor, data)?;
        self.checkpoint_now()?;
        for path in &paths {
            archive_one(path, &retention.archive)?;
        }
        std::fs::File::open(&dir).and_then(|d| d.sync_all()).map_err(|e| Error::Io(format!("sync {}: {e}", dir.display())))?;
        Ok(RetentionReport { archived: paths, archived_before: before, record: Some(seq) })
    }
}
