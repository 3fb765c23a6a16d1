//! The streaming verifier: reads a whole log in constant memory and checks
//! every hash, MAC, link, seq, checkpoint signature and root. The first
//! failure is reported as `seq N: reason`.
//!
//! With trusted checkpoint keys it also holds the log to its signed header:
//! the first checkpoint is a signed header stating the cadence, and the
//! records after the last signed checkpoint stay within it. With a witness
//! (a checkpoint kept outside the log directory) the log must contain the
//! witnessed tree as its prefix.

use std::io::{BufRead, BufReader};
use std::path::Path;

use aigos_crypto::Provider;

use crate::checkpoint::{Cadence, Checkpoint, CheckpointKeys};
use crate::merkle::{Frontier, Hash, leaf_hash32};
use crate::record::{MacKeys, check_line, hex32};
use crate::{Error, segments};

/// When each retired checkpoint key stopped signing (Unix seconds), by kid.
pub type RetiredKeys<'a> = &'a dyn Fn(&str) -> Option<i64>;

/// What to check beyond the chain.
#[derive(Default)]
pub struct VerifyOptions<'a> {
    /// MAC keys by id; when set, every record's MAC is checked.
    pub mac_keys: Option<MacKeys<'a>>,
    /// Trusted checkpoint keys by kid; when set, every checkpoint must be
    /// signed by one of them, the first must be the log's header (tree size
    /// 0, stating a [`Cadence`]), and the records after the last checkpoint
    /// must stay within that cadence.
    pub checkpoint_keys: Option<CheckpointKeys<'a>>,
    /// When a checkpoint key was retired (Unix seconds), by kid: its
    /// checkpoints dated at or after then are refused (key rotation).
    pub retired_checkpoint_keys: Option<RetiredKeys<'a>>,
    /// A witnessed checkpoint (see [`crate::read_witness`]): the log must
    /// hold at least its tree size records, and its first `tree_size`
    /// records must have the witnessed root and head. Its signature is
    /// checked when `checkpoint_keys` is set.
    pub witness: Option<&'a Checkpoint>,
    /// Called with the number of bytes read so far (progress bars).
    pub progress: Option<&'a dyn Fn(u64)>,
    /// The verifier's own cadence (the writer's configuration): with
    /// `checkpoint_keys`, the records after the last checkpoint are held to
    /// the stricter of this and the header's. Without a witness, nothing
    /// ties a signed header to its log once every later checkpoint is
    /// deleted, so an insider could put back the header of another log
    /// signed by the same key with a laxer cadence; this bound does not
    /// come from the files.
    pub cadence: Option<Cadence>,
}

/// A checkpoint whose key was not retired when it was made.
fn not_retired(cp: &Checkpoint, opts: &VerifyOptions<'_>) -> Result<(), String> {
    let made = i64::try_from(cp.time / 1000).unwrap_or(i64::MAX);
    match opts.retired_checkpoint_keys.and_then(|f| f(&cp.kid)) {
        Some(retired) if made >= retired => {
            Err(format!("checkpoint signed by key {:?} at {made}, after its retirement at {retired}", cp.kid))
        }
        _ => Ok(()),
    }
}

/// The stricter of two cadences, field by field.
fn stricter(a: Cadence, b: Option<Cadence>) -> Cadence {
    b.map_or(a, |b| Cadence { records: a.records.min(b.records), interval_ms: a.interval_ms.min(b.interval_ms) })
}

/// A log that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Records.
    pub records: u64,
    /// Segment files.
    pub segments: usize,
    /// Checkpoints checked.
    pub checkpoints: usize,
    /// Hash of the last record (hex).
    pub head_hash: String,
    /// Merkle root over all records (hex).
    pub root: String,
    /// Records after the last checkpoint (not covered by any).
    pub unsigned_tail: u64,
    /// The cadence of the signed header (with checkpoint keys).
    pub cadence: Option<Cadence>,
    /// The tree size of the witness that was checked.
    pub witnessed: Option<u64>,
}

/// The first thing that is wrong with a log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("seq {seq}: {reason}")]
pub struct Tampering {
    /// The first record (or checkpoint tree size) at fault.
    pub seq: u64,
    /// What is wrong.
    pub reason: String,
}

fn fail(seq: u64, reason: impl Into<String>) -> Tampering {
    Tampering { seq, reason: reason.into() }
}

/// Reads `checkpoints.jsonl`; a malformed line is tampering.
pub(crate) fn read_checkpoints(dir: &Path) -> Result<Vec<Checkpoint>, Tampering> {
    let path = segments::checkpoints(dir);
    let text = match segments::read_optional(&path) {
        Ok(Some(text)) => text,
        Ok(None) => return Ok(Vec::new()),
        Err(e) => return Err(fail(0, format!("checkpoints: {e}"))),
    };
    let mut out: Vec<Checkpoint> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let cp: Checkpoint = serde_json::from_str(line).map_err(|e| fail(0, format!("checkpoint line {}: unparseable: {e}", i + 1)))?;
        if out.last().is_some_and(|prev| prev.tree_size > cp.tree_size) {
            return Err(fail(cp.tree_size, "checkpoints out of order"));
        }
        out.push(cp);
    }
    Ok(out)
}

/// Reads checkpoints one at a time, so memory stays constant however many
/// there are.
struct CheckpointStream {
    reader: Option<Result<BufReader<std::fs::File>, String>>,
    line: String,
    last_size: u64,
    index: usize,
    peeked: Option<Checkpoint>,
}

impl CheckpointStream {
    fn open(dir: &Path) -> Self {
        // A missing file reads as no checkpoints; one that is not a regular
        // file fails on the first read.
        let reader = match segments::open_read(&segments::checkpoints(dir)) {
            Ok(f) => Some(Ok(BufReader::new(f))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => Some(Err(e.to_string())),
        };
        CheckpointStream { reader, line: String::new(), last_size: 0, index: 0, peeked: None }
    }

    fn peek(&mut self) -> Result<Option<&Checkpoint>, Tampering> {
        if self.peeked.is_none()
            && let Some(r) = &mut self.reader
        {
            let r = r.as_mut().map_err(|e| fail(0, format!("checkpoints: {e}")))?;
            self.line.clear();
            if r.read_line(&mut self.line).map_err(|e| fail(0, e.to_string()))? > 0 {
                self.index += 1;
                let cp: Checkpoint = serde_json::from_str(self.line.trim_end_matches('\n'))
                    .map_err(|e| fail(self.last_size, format!("checkpoint line {}: unparseable: {e}", self.index)))?;
                if cp.tree_size < self.last_size {
                    return Err(fail(cp.tree_size, "checkpoints out of order"));
                }
                self.last_size = cp.tree_size;
                self.peeked = Some(cp);
            }
        }
        Ok(self.peeked.as_ref())
    }

    fn advance(&mut self) {
        self.peeked = None;
    }
}

/// Where the records stand against the checkpoints seen so far.
#[derive(Default)]
struct Cover {
    /// The signed header's cadence.
    cadence: Option<Cadence>,
    /// What the tail is held to: the stricter of the header's cadence and
    /// the verifier's own.
    bound: Option<Cadence>,
    /// The log id the first checkpoint names (every later one must too).
    log: Option<String>,
    /// Tree size and time of the last checkpoint.
    last: Option<(u64, u64)>,
    /// The kid of the last checkpoint.
    last_kid: Option<String>,
    /// The first record after the last checkpoint (not the one right after
    /// it) written `interval_ms` or more after it.
    late: Option<u64>,
}

/// Verifies the log in `dir`.
///
/// # Errors
/// [`Tampering`] naming the first failing seq and why; I/O problems are
/// reported the same way (an unreadable log is not a verified log).
pub fn verify_log(provider: Provider, dir: &Path, opts: &VerifyOptions<'_>) -> Result<Summary, Tampering> {
    let segs = segments::list(dir).map_err(|e: Error| fail(0, e.to_string()))?;
    let signed = opts.checkpoint_keys.is_some();
    if let (Some(w), Some(keys)) = (opts.witness, opts.checkpoint_keys) {
        w.verify_signature(provider, keys).map_err(|r| fail(w.tree_size, format!("witness: {r}")))?;
        not_retired(w, opts).map_err(|r| fail(w.tree_size, format!("witness: {r}")))?;
    }
    // Records before the first segment were archived (retention): the
    // signed checkpoint at that tree size carries their frontier and head,
    // and a record in the remaining log must say they were archived.
    let archived = segs.first().map_or(0, |(first, _)| *first);
    let (mut frontier, mut prev) = if archived > 0 { anchor(provider, dir, archived, signed)? } else { (Frontier::new(), [0u8; 32]) };
    // (seq, archived_before) of each retention record.
    let mut retentions: Vec<(u64, u64)> = Vec::new();
    let mut checkpoints = CheckpointStream::open(dir);
    let mut cps_checked = 0usize;
    let mut cover = Cover::default();
    let mut seq = archived;
    let mut bytes = 0u64;
    let mut line = Vec::with_capacity(1024);
    let mut check_checkpoints = |frontier: &Frontier, head: &Hash, checked: &mut usize, cover: &mut Cover| -> Result<(), Tampering> {
        while let Some(cp) = checkpoints.peek()? {
            // A checkpoint of the archived records: its signature and its
            // place in the chain of checkpoints are checked, its root
            // against the archive (not here).
            let in_archive = cp.tree_size < archived;
            if cp.tree_size != frontier.size() && !in_archive {
                break;
            }
            let at = cp.tree_size.saturating_sub(1);
            if !in_archive && (cp.root != hex32(&frontier.root(provider)) || cp.head_hash != hex32(head)) {
                return Err(fail(at, "checkpoint root or head does not match the records"));
            }
            if in_archive && opts.witness.is_some_and(|w| w.tree_size == cp.tree_size && w.root != cp.root) {
                return Err(fail(at, "the witness is not the checkpoint of the archived records"));
            }
            if let Some(keys) = opts.checkpoint_keys {
                cp.verify_signature(provider, keys).map_err(|r| fail(at, r))?;
                not_retired(cp, opts).map_err(|r| fail(at, r))?;
            }
            if *checked == 0 && signed {
                match cp.cadence {
                    Some(c) if cp.tree_size == 0 && !cp.log.is_empty() => {
                        cover.cadence = Some(c);
                        cover.bound = Some(stricter(c, opts.cadence));
                    }
                    _ => {
                        return Err(fail(
                            at,
                            "the first checkpoint is not the signed log header (tree size 0 with a cadence and a log id)",
                        ));
                    }
                }
            }
            match &cover.log {
                None => cover.log = Some(cp.log.clone()),
                Some(log) if *log != cp.log => {
                    return Err(fail(at, format!("checkpoint of another log ({:?}, this log is {log:?})", cp.log)));
                }
                Some(_) => {}
            }
            if let (Some((_, previous)), Some(kid)) = (cover.last, &cover.last_kid)
                && cp.time < previous
                && *kid != cp.kid
            {
                // Across a change of key, checkpoint times never go back:
                // a retired key cannot slip a backdated checkpoint in
                // after its successor's.
                return Err(fail(
                    at,
                    format!("checkpoint by {:?} dated {}, before the previous one by {kid:?} ({previous})", cp.kid, cp.time),
                ));
            }
            cover.last = Some((cp.tree_size, cp.time));
            cover.last_kid = Some(cp.kid.clone());
            cover.late = None;
            checkpoints.advance();
            *checked += 1;
        }
        Ok(())
    };
    let check_witness = |frontier: &Frontier, head: &Hash| -> Result<(), Tampering> {
        match opts.witness {
            Some(w) if w.tree_size == frontier.size() && (w.root != hex32(&frontier.root(provider)) || w.head_hash != hex32(head)) => {
                Err(fail(w.tree_size.saturating_sub(1), "the records are not the tree the witness signed (rewritten or replaced log)"))
            }
            _ => Ok(()),
        }
    };
    check_checkpoints(&frontier, &prev, &mut cps_checked, &mut cover)?;
    check_witness(&frontier, &prev)?;
    for (first, path) in &segs {
        if *first != seq {
            return Err(fail(seq, format!("segment {} starts at seq {first}, expected {seq}", path.display())));
        }
        let file = segments::open_read(path).map_err(|e| fail(seq, format!("{}: {e}", path.display())))?;
        let mut reader = BufReader::with_capacity(1 << 20, file);
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line).map_err(|e| fail(seq, e.to_string()))?;
            if n == 0 {
                break;
            }
            bytes += n as u64;
            let Some(content) = line.strip_suffix(b"\n") else {
                return Err(fail(seq, "torn record (no newline at the end)"));
            };
            let checked = check_line(provider, content, seq, &prev, opts.mac_keys).map_err(|r| fail(seq, r))?;
            if archived > 0
                && has_kind(content, RETENTION_KIND)
                && let Some(before) = archived_before(content)
            {
                retentions.push((seq, before));
            }
            if let (Some(c), Some((size, time)), None) = (cover.bound, cover.last, cover.late)
                && seq > size
                && checked.ts >= time.saturating_add(c.interval_ms)
            {
                cover.late = Some(seq);
            }
            prev = checked.hash;
            frontier.push(provider, leaf_hash32(provider, &prev));
            seq += 1;
            check_checkpoints(&frontier, &prev, &mut cps_checked, &mut cover)?;
            check_witness(&frontier, &prev)?;
            if seq.is_multiple_of(4096)
                && let Some(p) = opts.progress
            {
                p(bytes);
            }
        }
    }
    // Only a retention record a signed checkpoint covers counts: one in
    // the unsigned tail could have been appended by anyone.
    let covered_size = cover.last.map_or(0, |(size, _)| size);
    let retention_said = retentions.iter().filter(|(at, _)| *at < covered_size).map(|(_, before)| *before).max().unwrap_or(0);
    if archived > retention_said {
        return Err(fail(
            archived,
            format!(
                "records before seq {archived} are gone but the log records archiving only those before {retention_said} (segments deleted)"
            ),
        ));
    }
    if let Some(size) = check_checkpoints_done(&mut checkpoints)? {
        return Err(fail(seq, format!("log ends at {seq} records but a checkpoint covers {size} (truncated or deleted records)")));
    }
    if let (Some(w), Some(log)) = (opts.witness, &cover.log)
        && w.log != *log
    {
        return Err(fail(w.tree_size, format!("the witness is of another log ({:?}, this log is {log:?})", w.log)));
    }
    if let Some(w) = opts.witness
        && seq < w.tree_size
    {
        return Err(fail(seq, format!("log ends at {seq} records but the witness signed {} (truncated log)", w.tree_size)));
    }
    let covered = cover.last.map_or(0, |(size, _)| size);
    if signed {
        let Some(c) = cover.bound else {
            return Err(fail(0, "no signed log header (checkpoints.jsonl missing or emptied)"));
        };
        if seq - covered > c.records {
            return Err(fail(
                covered.saturating_add(c.records),
                format!(
                    "{} records after the last signed checkpoint (tree size {covered}) but {} allows {} (checkpoints deleted or rewritten records)",
                    seq - covered,
                    if cover.cadence.is_some_and(|h| h.records == c.records) { "the header" } else { "the verifier's cadence" },
                    c.records
                ),
            ));
        }
        if let Some(late) = cover.late {
            return Err(fail(
                late,
                format!(
                    "record written {} ms or more after the last signed checkpoint (tree size {covered}) without a new one (checkpoints deleted or rewritten records)",
                    c.interval_ms
                ),
            ));
        }
    }
    if let Some(p) = opts.progress {
        p(bytes);
    }
    Ok(Summary {
        records: seq,
        segments: segs.len(),
        checkpoints: cps_checked,
        head_hash: hex32(&prev),
        root: hex32(&frontier.root(provider)),
        unsigned_tail: seq - covered,
        cadence: cover.cadence,
        witnessed: opts.witness.map(|w| w.tree_size),
    })
}

/// The keys a closed segment is checked with before retention moves it.
pub(crate) struct SegmentKeys<'a> {
    pub(crate) checkpoints: CheckpointKeys<'a>,
    pub(crate) retired: RetiredKeys<'a>,
    pub(crate) macs: Option<MacKeys<'a>>,
    pub(crate) log: &'a str,
}

/// Checks the closed segment at `path`, records `first..end`, against the
/// signed checkpoints of this log at `first` (where its chain starts; none
/// needed at 0) and at `end` (its root and head): every record's chain link
/// and MAC, every signature. Returns the time of the checkpoint at `end`,
/// a bound on the age of every record in the segment.
pub(crate) fn verify_segment(
    provider: Provider,
    path: &Path,
    (first, end): (u64, u64),
    cps: &[Checkpoint],
    keys: &SegmentKeys<'_>,
) -> Result<u64, Tampering> {
    let signed_at = |size: u64| -> Result<&Checkpoint, Tampering> {
        let cp = cps
            .iter()
            .find(|cp| cp.tree_size == size && cp.log == keys.log)
            .ok_or_else(|| fail(size, format!("no checkpoint of this log at tree size {size}")))?;
        cp.verify_signature(provider, keys.checkpoints).map_err(|r| fail(size, r))?;
        match (keys.retired)(&cp.kid) {
            Some(retired) if i64::try_from(cp.time / 1000).unwrap_or(i64::MAX) >= retired => {
                Err(fail(size, format!("checkpoint by {:?} after its retirement", cp.kid)))
            }
            _ => Ok(cp),
        }
    };
    let (mut frontier, mut prev) = if first == 0 {
        (Frontier::new(), [0u8; 32])
    } else {
        let cp = signed_at(first)?;
        let f = cp.frontier(provider).ok_or_else(|| fail(first, "checkpoint frontier does not match its root"))?;
        (f, cp.head().ok_or_else(|| fail(first, "checkpoint head is not hex"))?)
    };
    let file = segments::open_read(path).map_err(|e| fail(first, format!("{}: {e}", path.display())))?;
    let mut reader = BufReader::new(file);
    let mut line = Vec::with_capacity(1024);
    let mut seq = first;
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line).map_err(|e| fail(seq, e.to_string()))?;
        if n == 0 {
            break;
        }
        let content = line.strip_suffix(b"\n").ok_or_else(|| fail(seq, "torn record"))?;
        let checked = check_line(provider, content, seq, &prev, keys.macs).map_err(|r| fail(seq, r))?;
        prev = checked.hash;
        frontier.push(provider, leaf_hash32(provider, &prev));
        seq += 1;
    }
    if seq != end {
        return Err(fail(seq, format!("{} holds records up to {seq}, the next segment starts at {end}", path.display())));
    }
    let cp = signed_at(end)?;
    if cp.root != hex32(&frontier.root(provider)) || cp.head_hash != hex32(&prev) {
        return Err(fail(end.saturating_sub(1), "the segment's records are not the tree its checkpoint signed"));
    }
    Ok(cp.time)
}

/// The `kind` of the record retention writes before it archives segments:
/// `data.archived_before` is the first seq it keeps.
pub const RETENTION_KIND: &str = "audit_retention";

/// Whether a record line may be of `kind` (a quick filter: the text
/// appears; [`archived_before`] then reads the record's own `kind`).
fn has_kind(content: &[u8], kind: &str) -> bool {
    let needle = format!("\"kind\":\"{kind}\"");
    content.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// `data.archived_before` of a record whose own `kind` (not one nested in
/// its data) is the retention record's.
fn archived_before(content: &[u8]) -> Option<u64> {
    let v = serde_json::from_slice::<serde_json::Value>(content).ok()?;
    if v.pointer("/body/kind").and_then(serde_json::Value::as_str) != Some(RETENTION_KIND) {
        return None;
    }
    v.pointer("/body/data/archived_before").and_then(serde_json::Value::as_u64)
}

/// Where verification of a log whose records before `archived` were
/// archived starts: the frontier and head of the checkpoint at that tree
/// size. Its signature is checked with the others, in order; without
/// checkpoint keys nothing proves the archived prefix, so the log is
/// refused.
fn anchor(provider: Provider, dir: &Path, archived: u64, signed: bool) -> Result<(Frontier, Hash), Tampering> {
    if !signed {
        return Err(fail(archived, format!("records before seq {archived} are archived: verify with the checkpoint keys (--jwks)")));
    }
    let cps = read_checkpoints(dir)?;
    let cp = cps.iter().find(|cp| cp.tree_size == archived).ok_or_else(|| {
        fail(
            archived,
            format!("records before seq {archived} are gone and no checkpoint at tree size {archived} covers them (deleted segments)"),
        )
    })?;
    let frontier = cp.frontier(provider).ok_or_else(|| fail(archived, "the checkpoint of the archived records has a bad frontier"))?;
    let head = cp.head().ok_or_else(|| fail(archived, "the checkpoint of the archived records has a bad head"))?;
    Ok((frontier, head))
}

/// The tree size of a checkpoint left over after the last record, if any.
fn check_checkpoints_done(checkpoints: &mut CheckpointStream) -> Result<Option<u64>, Tampering> {
    Ok(checkpoints.peek()?.map(|cp| cp.tree_size))
}
