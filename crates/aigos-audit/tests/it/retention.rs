//! Retention: old segments leave the log only when a signed, witnessed
//! checkpoint covers them and a covered record says so; the rest of the log
//! still verifies from that checkpoint, and an insider who deletes
//! segments without that record (or without the keys to write it) is caught.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use aigos_audit::{Archive, AuditConfig, AuditLog, Checkpoint, Error, Retention, read_witness};
use aigos_core::ManualClock;
use proptest::prelude::*;

use super::{config, verify_full, verify_witnessed};

const DAY: Duration = Duration::from_secs(86_400);

struct Log {
    _root: tempfile::TempDir,
    dir: PathBuf,
    witness: PathBuf,
    archive: PathBuf,
    clock: Arc<ManualClock>,
    segment: u64,
    every: u64,
}

impl Log {
    fn new(segment: u64, every: u64) -> Self {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("audit");
        let witness = root.path().join("witness.json");
        let archive = root.path().join("archive");
        Log { _root: root, dir, witness, archive, clock: Arc::new(ManualClock::at_secs(1_800_000_000)), segment, every }
    }

    fn cfg(&self) -> AuditConfig {
        config(&self.dir)
            .segment_max_bytes(self.segment)
            .checkpoints(self.every, Duration::from_secs(3600))
            .witness(&self.witness)
            .clock(self.clock.clone())
    }

    fn write(&self, n: u64) {
        let (log, _) = AuditLog::open(self.cfg()).unwrap();
        for i in 0..n {
            log.append_blocking("validation", "agent", serde_json::json!({"i": i, "pad": "x".repeat((i % 5) as usize * 20)})).unwrap();
        }
        log.close_blocking().unwrap();
    }

    fn retain(&self, max_age: Duration) -> Result<aigos_audit::RetentionReport, Error> {
        let (log, _) = AuditLog::open(self.cfg()).unwrap();
        let report = log.apply_retention(&Retention { max_age, archive: Archive::MoveTo(self.archive.clone()) }, "operator");
        log.close_blocking().unwrap();
        report
    }

    fn verify(&self) -> Result<aigos_audit::Summary, aigos_audit::Tampering> {
        verify_witnessed(&self.dir, Some(&read_witness(&self.witness).unwrap()))
    }

    fn segments(&self) -> Vec<(u64, PathBuf)> {
        segment_files(&self.dir)
    }
}

fn segment_files(dir: &Path) -> Vec<(u64, PathBuf)> {
    let mut out: Vec<(u64, PathBuf)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            let stem = p.file_stem()?.to_str()?.to_owned();
            (p.extension()? == "jsonl" && stem.len() == 20).then(|| (stem.parse().unwrap(), p))
        })
        .collect();
    out.sort();
    out
}

fn checkpoints(dir: &Path) -> Vec<Checkpoint> {
    std::fs::read_to_string(dir.join("checkpoints.jsonl")).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn old_witnessed_segments_are_archived_and_the_rest_verifies_and_resumes() {
    let log = Log::new(600, 5);
    log.write(40);
    let before = log.segments();
    assert!(before.len() >= 4, "{before:?}");
    log.clock.advance(10 * DAY);
    log.write(8);
    // With 30 days of retention nothing is old enough to go.
    assert!(log.retain(30 * DAY).unwrap().archived.is_empty());

    let report = log.retain(7 * DAY).unwrap();
    assert!(!report.archived.is_empty());
    let kept = log.segments();
    assert_eq!(kept[0].0, report.archived_before, "the first kept record is the first of a kept segment");
    for path in &report.archived {
        assert!(!path.exists() && log.archive.join(path.file_name().unwrap()).exists(), "{} moved to the archive", path.display());
    }
    // Every segment with a record from the last week stays.
    assert!(report.archived_before <= 40);
    let summary = log.verify().unwrap();
    assert_eq!(summary.records, 40 + 8 + 1, "records count from seq 0; the retention record is one of them");
    assert_eq!(summary.segments, kept.len());

    // The Guard resumes on the log and it still verifies.
    log.write(3);
    assert_eq!(log.verify().unwrap().records, 52);
}

/// After archiving, inclusion and consistency proofs about the kept
/// records still come from the log alone (the archive point's checkpoint
/// carries the frontier of the archived prefix) and are the very proofs the
/// whole log gives; they check against the signed checkpoint, a changed
/// node does not, and nothing archived can be proven without the archive.
#[test]
fn proofs_about_the_kept_records_hold_after_archiving() {
    let p = aigos_crypto::default_provider();
    let log = Log::new(600, 5);
    log.write(40);
    log.clock.advance(10 * DAY);
    log.write(8);
    let report = log.retain(7 * DAY).unwrap();
    let first = report.archived_before;
    assert!(first > 0, "{report:?}");
    log.write(3);
    let key = super::signing_key();
    let (kid, public) = (key.kid().to_string(), key.public_key().clone());
    let keys = move |k: &str| (k == kid).then(|| public.clone());
    let keys: &dyn Fn(&str) -> Option<aigos_crypto::PublicKey> = &keys;
    // The whole log, for comparison: the kept segments and the archived ones.
    let whole = log._root.path().join("whole");
    std::fs::create_dir(&whole).unwrap();
    for dir in [&log.dir, &log.archive] {
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            std::fs::copy(&path, whole.join(path.file_name().unwrap())).unwrap();
        }
    }
    let size = checkpoints(&log.dir).last().unwrap().tree_size;
    for seq in first..size {
        let proof = aigos_audit::prove(p, &log.dir, seq).unwrap();
        proof.check(p, Some(keys)).unwrap();
        assert_eq!(proof, aigos_audit::prove(p, &whole, seq).unwrap(), "record {seq}");
    }
    // Attack: a node of the path changed.
    let mut bad = aigos_audit::prove(p, &log.dir, first).unwrap();
    let node = bad.path[0].clone();
    bad.path[0] = format!("{}{}", if node.starts_with('0') { "1" } else { "0" }, &node[1..]);
    assert!(bad.check(p, Some(keys)).is_err());
    // An archived record cannot be proven from what is left.
    match aigos_audit::prove(p, &log.dir, first - 1) {
        Err(Error::Proof(reason)) => assert!(reason.contains("archived"), "{reason}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    // Consistency from the archive point's checkpoint (and any later size) to the latest.
    let anchor = checkpoints(&log.dir).into_iter().find(|c| c.tree_size == first).unwrap();
    let proof = aigos_audit::prove_consistency(p, &log.dir, first).unwrap();
    proof.check(p, &anchor, Some(keys)).unwrap();
    assert_eq!(proof, aigos_audit::prove_consistency(p, &whole, first).unwrap());
    for old in first..=size {
        assert_eq!(aigos_audit::prove_consistency(p, &log.dir, old).unwrap(), aigos_audit::prove_consistency(p, &whole, old).unwrap());
    }
    assert!(matches!(aigos_audit::prove_consistency(p, &log.dir, first - 1), Err(Error::Proof(_))));
}

#[test]
fn segments_deleted_by_an_insider_are_refused_by_verify_and_by_the_writer() {
    let log = Log::new(600, 5);
    log.write(40);
    log.clock.advance(10 * DAY);
    log.write(2);
    let segs = log.segments();
    // Positive control first.
    log.verify().unwrap();
    // The insider removes the oldest segment: it ends at a signed checkpoint,
    // but no covered record says it was archived.
    std::fs::remove_file(&segs[0].1).unwrap();
    let err = log.verify().unwrap_err();
    assert!(err.reason.contains("segments deleted"), "{err}");
    assert!(matches!(AuditLog::open(log.cfg()), Err(Error::Corrupt { .. })));
}

#[test]
fn an_archived_log_needs_the_checkpoint_keys_to_verify() {
    let log = Log::new(600, 5);
    log.write(40);
    log.clock.advance(10 * DAY);
    assert!(!log.retain(7 * DAY).unwrap().archived.is_empty());
    log.verify().unwrap();
    let mac = super::mac_key();
    let macs = move |kid: &str| (kid == mac.kid).then(|| mac.clone());
    let opts = aigos_audit::VerifyOptions { mac_keys: Some(&macs), ..Default::default() };
    let err = aigos_audit::verify_log(aigos_crypto::default_provider(), &log.dir, &opts).unwrap_err();
    assert!(err.reason.contains("checkpoint keys"), "{err}");
}

#[test]
fn retention_needs_a_witness_and_signed_checkpoints() {
    let dir = tempfile::tempdir().unwrap();
    let r = Retention { max_age: Duration::ZERO, archive: Archive::Delete };
    let (log, _) = AuditLog::open(config(dir.path())).unwrap();
    assert!(matches!(log.apply_retention(&r, "op"), Err(Error::Config(m)) if m.contains("witness")));
    log.close_blocking().unwrap();
    verify_full(dir.path()).unwrap();
    let unsigned = tempfile::tempdir().unwrap();
    let (log, _) = AuditLog::open(AuditConfig::new(unsigned.path()).mac_key(super::mac_key())).unwrap();
    assert!(matches!(log.apply_retention(&r, "op"), Err(Error::Config(m)) if m.contains("signed checkpoints")));
    log.close_blocking().unwrap();
}

/// The insider (no keys) edits the last record of an old segment to look
/// ancient, hoping retention takes recent records with it: the segment no
/// longer checks out against its signed checkpoint, nothing moves.
#[test]
fn a_segment_edited_to_look_old_is_refused_and_nothing_moves() {
    let log = Log::new(600, 5);
    log.write(40);
    // The Guard has the log open (it verified it then); the edit comes after.
    let (open, _) = AuditLog::open(log.cfg()).unwrap();
    log.clock.advance(10 * DAY);
    let segs = log.segments();
    let text = std::fs::read_to_string(&segs[0].1).unwrap();
    std::fs::write(&segs[0].1, text.replacen("\"ts\":", "\"ts\":1", 1)).unwrap();
    let err = open.apply_retention(&Retention { max_age: 7 * DAY, archive: Archive::Delete }, "op").unwrap_err();
    assert!(matches!(err, Error::Corrupt { .. }), "{err}");
    assert_eq!(log.segments(), segs, "nothing moved");
    drop(open);
    // Positive control: the untouched log archives.
    std::fs::write(&segs[0].1, text).unwrap();
    assert!(!log.retain(7 * DAY).unwrap().archived.is_empty());
}

/// A file planted after the segment being written does not make it look
/// closed: retention never touches the writer's segment.
#[test]
fn the_segment_being_written_is_never_archived() {
    let log = Log::new(600, 5);
    log.write(40);
    log.clock.advance(10 * DAY);
    let (open, _) = AuditLog::open(log.cfg()).unwrap();
    let active = log.segments().last().unwrap().clone();
    let planted = log.dir.join(format!("{:020}.jsonl", active.0 + 1000));
    std::fs::write(&planted, b"").unwrap();
    let report = open.apply_retention(&Retention { max_age: Duration::ZERO, archive: Archive::Delete }, "op");
    std::fs::remove_file(&planted).unwrap();
    let report = report.unwrap();
    assert!(!report.archived.contains(&active.1), "{report:?}");
    assert!(active.1.exists());
    open.close_blocking().unwrap();
    log.verify().unwrap();
}

/// An archive command that fails: nothing is removed and no record says
/// anything was archived.
#[test]
fn a_failing_archive_command_archives_nothing() {
    let log = Log::new(600, 5);
    log.write(40);
    log.clock.advance(10 * DAY);
    let before = log.segments();
    let (open, _) = AuditLog::open(log.cfg()).unwrap();
    let r = Retention { max_age: DAY, archive: Archive::Command(vec!["false".into()]) };
    assert!(matches!(open.apply_retention(&r, "op"), Err(Error::Io(m)) if m.contains("failed")));
    open.close_blocking().unwrap();
    assert_eq!(log.segments(), before);
    assert_eq!(log.verify().unwrap().records, 40);
    // Positive control: a command that succeeds (copies the segment).
    let shipped = log._root.path().join("shipped");
    std::fs::create_dir(&shipped).unwrap();
    let (open, _) = AuditLog::open(log.cfg()).unwrap();
    let r = Retention { max_age: DAY, archive: Archive::Command(vec!["cp".into(), "-t".into(), shipped.display().to_string()]) };
    let report = open.apply_retention(&r, "op").unwrap();
    open.close_blocking().unwrap();
    assert!(!report.archived.is_empty());
    assert!(report.archived.iter().all(|p| !p.exists() && shipped.join(p.file_name().unwrap()).exists()));
    log.verify().unwrap();
}

/// The log's own record kinds cannot be appended by anyone else.
#[test]
fn retention_and_access_records_are_the_logs_own() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = AuditLog::open(config(dir.path())).unwrap();
    for kind in [aigos_audit::RETENTION_KIND, aigos_audit::ACCESS_KIND] {
        assert!(matches!(log.append_blocking(kind, "insider", serde_json::json!({"archived_before": 1_000_000})), Err(Error::Format(_))));
    }
    log.append_blocking("validation", "agent", serde_json::json!({})).unwrap();
    log.close_blocking().unwrap();
}

/// A log without a checkpoint key whose first segments are gone is refused:
/// nothing proves they were archived.
#[test]
fn an_unsigned_log_missing_its_first_segments_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = || AuditConfig::new(dir.path()).mac_key(super::mac_key()).segment_max_bytes(400);
    let (log, _) = AuditLog::open(cfg()).unwrap();
    for i in 0..20 {
        log.append_blocking("validation", "agent", serde_json::json!({"i": i})).unwrap();
    }
    log.close_blocking().unwrap();
    let segs = segment_files(dir.path());
    assert!(segs.len() > 2);
    AuditLog::open(cfg()).unwrap().0.close_blocking().unwrap();
    std::fs::remove_file(&segs[0].1).unwrap();
    assert!(matches!(AuditLog::open(cfg()), Err(Error::Corrupt { .. })));
}

/// A read of the log leaves a request; the writer records it (who, what,
/// the reader's uid) and removes it; the log verifies.
#[test]
fn reads_are_recorded_by_the_writer() {
    let log = Log::new(600, 5);
    log.write(5);
    aigos_audit::request_access_record(&log.dir, "show", 2, Some(4)).unwrap();
    let (open, _) = AuditLog::open(log.cfg()).unwrap();
    assert_eq!(open.ingest_access_requests().unwrap(), 1);
    assert_eq!(open.ingest_access_requests().unwrap(), 0, "each request once");
    open.close_blocking().unwrap();
    let mut access = Vec::new();
    aigos_audit::read_records(aigos_crypto::default_provider(), &log.dir, 0, u64::MAX, &mut |r| {
        if r.body.kind == aigos_audit::ACCESS_KIND {
            access.push(r.body.data.clone());
        }
        Ok(())
    })
    .unwrap();
    assert_eq!(access.len(), 1);
    assert_eq!((access[0]["command"].as_str(), access[0]["from"].as_u64(), access[0]["to"].as_u64()), (Some("show"), Some(2), Some(4)));
    #[cfg(unix)]
    {
        assert!(access[0]["uid"].is_u64());
        assert!(access[0]["claimed_who"].is_string(), "the name the reader gave is kept as a claim");
    }
    log.verify().unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever the segment size, cadence and how far the witness lags,
    /// retention never removes a segment the witness does not cover or
    /// whose end has no signed checkpoint, and the log verifies after it.
    #[test]
    fn retention_never_removes_an_uncovered_segment(
        records in 5u64..70,
        segment in 200u64..1500,
        every in 1u64..9,
        lag in 0usize..6,
    ) {
        let log = Log::new(segment, every);
        log.write(records);
        log.clock.advance(DAY);
        // The witness lags: an older checkpoint (as after a failed copy).
        let cps = checkpoints(&log.dir);
        let witnessed = cps[cps.len().saturating_sub(1 + lag)].clone();
        std::fs::write(&log.witness, format!("{}\n", serde_json::to_string(&witnessed).unwrap())).unwrap();
        let before = log.segments();
        let report = log.retain(Duration::ZERO).unwrap();
        for path in &report.archived {
            let i = before.iter().position(|(_, p)| p == path).unwrap();
            let end = before[i + 1].0;
            prop_assert!(end <= witnessed.tree_size, "segment ending at {end} removed, witness at {}", witnessed.tree_size);
            prop_assert!(cps.iter().any(|cp| cp.tree_size == end && !cp.sig.is_empty()), "no signed checkpoint at {end}");
        }
        prop_assert!(!log.segments().is_empty());
        let summary = log.verify().map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(summary.records, records + u64::from(report.record.is_some()));
    }
}
