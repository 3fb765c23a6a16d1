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
    let (log, _) = AuditLog::open(config(dir.path())).unwrap();
    let r = Retention { max_age: Duration::ZERO, archive: Archive::Delete };
    assert!(matches!(log.apply_retention(&r, "op"), Err(Error::Config(m)) if m.contains("witness")));
    log.close_blocking().unwrap();
    verify_full(dir.path()).unwrap();
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
