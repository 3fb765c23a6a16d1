//! Retention: old segments leave the log directory (moved to an archive,
//! handed to a command, or deleted) only when a signed checkpoint the
//! witness holds covers them, and only after a record saying so is in the
//! log and covered by a checkpoint. Verification then starts from the
//! signed checkpoint at the first kept record ([`crate::verify_log`]).

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::verify::{RETENTION_KIND, SegmentKeys, read_checkpoints, verify_segment};
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

/// How long an archive command may run before it is killed.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(600);

/// Copies `path` into `dir` under its name, never over an existing file,
/// synced (file and directory) before it returns.
fn copy_into(path: &Path, dir: &Path) -> Result<(), Error> {
    let ioe = |what: &str, e: std::io::Error| Error::Io(format!("{what} {}: {e}", path.display()));
    segments::create_dir(dir).map_err(|e| ioe("archive directory for", e))?;
    let name = path.file_name().ok_or_else(|| Error::Io(format!("{}: no file name", path.display())))?;
    let target = dir.join(name);
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    let mut out = o.open(&target).map_err(|e| ioe("archive (refusing to overwrite)", e))?;
    let mut input = segments::open_read(path).map_err(|e| ioe("read", e))?;
    std::io::copy(&mut input, &mut out).map_err(|e| ioe("copy", e))?;
    out.sync_all().map_err(|e| ioe("sync archived", e))?;
    std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(|e| ioe("sync archive directory for", e))
}

/// Runs the archive command on `path` (stdin closed, killed after
/// [`COMMAND_TIMEOUT`]); it must exit 0.
fn hand_to(argv: &[String], path: &Path) -> Result<(), Error> {
    let (program, args) = argv.split_first().ok_or_else(|| Error::Config("an empty archive command".into()))?;
    let mut child = std::process::Command::new(program)
        .args(args)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .spawn()
        .map_err(|e| Error::Io(format!("run {program} on {}: {e}", path.display())))?;
    let deadline = std::time::Instant::now() + COMMAND_TIMEOUT;
    loop {
        match child.try_wait().map_err(|e| Error::Io(format!("{program}: {e}")))? {
            Some(status) if status.success() => return Ok(()),
            Some(status) => return Err(Error::Io(format!("archive command {program} failed on {} ({status})", path.display()))),
            None if std::time::Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Error::Io(format!("archive command {program} timed out on {}", path.display())));
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

impl AuditLog {
    /// Applies `retention`: the longest run of oldest closed segments
    /// (never the one being written) that each end at a signed checkpoint
    /// of this log the witness covers, whose records check out against the
    /// signed checkpoints at both ends (chain, MACs, root), and whose end
    /// checkpoint is older than `max_age`, leave the log directory. In
    /// order: each is copied to the archive (or handed to the command),
    /// then an `audit_retention` record (`archived_before`: the first seq
    /// kept) is appended and signed over, then the originals are removed.
    /// A log without a signing key or a witness archives nothing: nothing
    /// could prove the removal was retention and not deletion.
    ///
    /// # Errors
    /// [`Error::Config`] without a signing key or witness;
    /// [`Error::Corrupt`] when a candidate segment or the witness does not
    /// check out (nothing is moved); [`Error::Io`] when a copy or the
    /// command fails (nothing is removed).
    pub fn apply_retention(&self, retention: &Retention, actor: &str) -> Result<RetentionReport, Error> {
        let (dir, witness_path, now, seg_first, keys, mac, log_id, provider) = {
            let w = self.shared.lock()?;
            let Some(keys) = w.cfg.signing_schedule() else {
                return Err(Error::Config("retention needs signed checkpoints (a checkpoint key)".into()));
            };
            let witness = w.cfg.witness_path().ok_or_else(|| Error::Config("retention needs a witness".into()))?;
            (
                w.cfg.dir_path().to_owned(),
                witness.to_owned(),
                w.cfg.now_millis(),
                w.seg_first,
                keys,
                w.cfg.mac(),
                w.log_id.clone(),
                w.cfg.provider_of(),
            )
        };
        let corrupt = |t: crate::Tampering| Error::Corrupt { seq: t.seq, reason: t.reason };
        let checkpoint_keys = |kid: &str| keys.find(kid).map(|k| k.signer.public_key().clone());
        let retired = |kid: &str| keys.find(kid)?.retired_at;
        let macs = move |kid: &str| mac.clone().filter(|m| m.kid == kid);
        let segment_keys = SegmentKeys { checkpoints: &checkpoint_keys, retired: &retired, macs: Some(&macs), log: &log_id };
        let witness = witness::read_witness(&witness_path)?;
        witness
            .verify_signature(provider, &checkpoint_keys)
            .map_err(|r| Error::Corrupt { seq: witness.tree_size, reason: format!("witness: {r}") })?;
        if witness.log != log_id {
            return Err(Error::Corrupt { seq: witness.tree_size, reason: "the witness is of another log".into() });
        }
        let cps = read_checkpoints(&dir).map_err(corrupt)?;
        let cut = now.saturating_sub(u64::try_from(retention.max_age.as_millis()).unwrap_or(u64::MAX));
        let segs = segments::list(&dir)?;
        let mut paths = Vec::new();
        let mut before = segs.first().map_or(0, |(first, _)| *first);
        for pair in segs.windows(2) {
            let ((first, path), (end, _)) = (&pair[0], &pair[1]);
            if *end > seg_first || *end > witness.tree_size {
                break;
            }
            let sealed = verify_segment(provider, path, (*first, *end), &cps, &segment_keys).map_err(corrupt)?;
            if sealed >= cut {
                break;
            }
            paths.push(path.clone());
            before = *end;
        }
        if paths.is_empty() {
            return Ok(RetentionReport::default());
        }
        // 1. Out of the log first, originals kept: a failure archives nothing.
        for path in &paths {
            match &retention.archive {
                Archive::MoveTo(to) => copy_into(path, to)?,
                Archive::Command(argv) => hand_to(argv, path)?,
                Archive::Delete => {}
            }
        }
        // 2. The record, signed over.
        let archive = match &retention.archive {
            Archive::MoveTo(d) => format!("moved to {}", d.display()),
            Archive::Command(argv) => format!("handed to {}", argv.first().map_or("", String::as_str)),
            Archive::Delete => "deleted".to_owned(),
        };
        let root = cps.iter().find(|cp| cp.tree_size == before).map(|cp| cp.root.clone());
        let data = serde_json::json!({"archived_before": before, "segments": paths.len(), "archive": archive, "root": root});
        let seq = self.append_reserved(RETENTION_KIND, actor, data)?;
        self.checkpoint_now()?;
        // 3. Then the originals go.
        for path in &paths {
            std::fs::remove_file(path).map_err(|e| Error::Io(format!("remove archived {}: {e}", path.display())))?;
        }
        std::fs::File::open(&dir).and_then(|d| d.sync_all()).map_err(|e| Error::Io(format!("sync {}: {e}", dir.display())))?;
        Ok(RetentionReport { archived: paths, archived_before: before, record: Some(seq) })
    }
}
