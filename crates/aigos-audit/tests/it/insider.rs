//! Insiders against the log: one with write access to the log directory and
//! no key, one who also holds the HMAC key (not the checkpoint key). Each
//! attack is performed as they would, next to its honest control.

use std::path::{Path, PathBuf};
use std::time::Duration;

use aigos_audit::{AuditConfig, AuditLog, Checkpoint, Error, read_witness, record_hash};
use aigos_crypto::default_provider;
use proptest::prelude::*;
use serde_json::json;

use crate::{config, mac_key, signing_key, verify_full, verify_witnessed};

pub(crate) fn segment(dir: &Path) -> PathBuf {
    dir.join(format!("{:020}.jsonl", 0))
}

pub(crate) fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path).map(|t| t.lines().map(str::to_owned).collect()).unwrap_or_default()
}

pub(crate) fn write_lines(path: &Path, lines: &[String]) {
    std::fs::write(path, lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
}

pub(crate) fn checkpoints(dir: &Path) -> PathBuf {
    dir.join("checkpoints.jsonl")
}

pub(crate) fn tree_sizes(dir: &Path) -> Vec<u64> {
    lines(&checkpoints(dir)).iter().map(|l| serde_json::from_str::<Checkpoint>(l).unwrap().tree_size).collect()
}

/// A log of `n` records (statuses alternate REJECTED / APPROVED), a
/// checkpoint every `every` records, and its witness outside the log
/// directory. Returns (log dir, witness path, guard for both).
pub(crate) fn witnessed_log(n: u64, every: u64) -> (PathBuf, PathBuf, tempfile::TempDir) {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("audit");
    let witness = root.path().join("other-volume/witness.json");
    std::fs::create_dir_all(witness.parent().unwrap()).unwrap();
    let (log, _) = AuditLog::open(config(&dir).checkpoints(every, Duration::from_secs(3600)).witness(&witness)).unwrap();
    for i in 0..n {
        let status = if i % 2 == 0 { "REJECTED" } else { "APPROVED" };
        log.append_blocking("validation", "agent", json!({"i": i, "status": status})).unwrap();
    }
    log.close_blocking().unwrap();
    (dir, witness, root)
}

/// What the HMAC-key insider does: edits record bodies with `edit`, then
/// recomputes every hash, link and MAC from the first record on.
pub(crate) fn rechain(dir: &Path, edit: impl Fn(u64, &str) -> String) {
    let provider = default_provider();
    let key = mac_key();
    let mut prev = [0u8; 32];
    let mut out = Vec::new();
    for (seq, line) in lines(&segment(dir)).iter().enumerate() {
        let body_end = line.find(",\"hash\":\"").unwrap();
        let body = edit(seq as u64, &line["{\"body\":".len()..body_end]);
        let hash = record_hash(provider, &prev, body.as_bytes());
        let mac = provider.hmac_sha256(&key.key, &hash);
        out.push(format!(
            "{{\"body\":{body},\"hash\":\"{}\",\"mac\":\"{}\",\"prev\":\"{}\"}}",
            hex::encode(hash),
            hex::encode(mac),
            hex::encode(prev)
        ));
        prev = hash;
    }
    write_lines(&segment(dir), &out);
}

pub(crate) fn approve_everything(_seq: u64, body: &str) -> String {
    body.replace("REJECTED", "APPROVED")
}

#[test]
fn a_signed_log_starts_with_a_signed_header_stating_its_cadence() {
    let (dir, witness, _g) = witnessed_log(7, 3);
    assert_eq!(tree_sizes(&dir), [0, 3, 6, 7]);
    let header: Checkpoint = serde_json::from_str(&lines(&checkpoints(&dir))[0]).unwrap();
    assert_eq!(header.cadence, Some(aigos_audit::Cadence { records: 3, interval_ms: 3_600_000 }));
    let s = verify_witnessed(&dir, Some(&read_witness(&witness).unwrap())).unwrap();
    assert_eq!((s.records, s.unsigned_tail, s.witnessed), (7, 0, Some(7)));
    assert_eq!(s.cadence, header.cadence);
}

#[test]
fn hmac_insider_rewrite_with_checkpoints_deleted_fails_verify_and_open() {
    let (dir, _w, _g) = witnessed_log(6, 1000);
    // Control: the honest log verifies and reopens.
    verify_full(&dir).unwrap();
    rechain(&dir, approve_everything);
    std::fs::remove_file(checkpoints(&dir)).unwrap();
    // The chain and MACs are all right again...
    let e = verify_full(&dir).unwrap_err();
    // ...but a signed log without its signed header is not a verified log.
    assert!(e.reason.contains("no signed log header"), "{e}");
    // And the writer refuses to resume (and sign) over it, witness or not.
    let e = AuditLog::open(config(&dir)).unwrap_err();
    assert!(matches!(&e, Error::Corrupt { seq: 0, reason } if reason.contains("header")), "{e}");
}

#[test]
fn hmac_insider_rewrite_keeping_the_header_exceeds_the_cadence() {
    let (dir, _w, _g) = witnessed_log(6, 4);
    rechain(&dir, approve_everything);
    let kept = lines(&checkpoints(&dir))[..1].to_vec();
    write_lines(&checkpoints(&dir), &kept);
    let e = verify_full(&dir).unwrap_err();
    assert_eq!(e.seq, 4, "{e}");
    assert!(e.reason.contains("header allows 4"), "{e}");
    assert!(matches!(AuditLog::open(config(&dir).checkpoints(4, Duration::from_secs(3600))), Err(Error::Corrupt { seq: 4, .. })));
    // A header of another signed log (lower cadence claimed by an attacker
    // is impossible: the cadence is under the signature).
    let mut forged: Checkpoint = serde_json::from_str(&kept[0]).unwrap();
    forged.cadence = Some(aigos_audit::Cadence { records: 1_000_000, interval_ms: u64::MAX });
    write_lines(&checkpoints(&dir), &[serde_json::to_string(&forged).unwrap()]);
    assert!(verify_full(&dir).unwrap_err().reason.contains("signature"));
}

#[test]
fn the_unsigned_tail_may_reach_the_cadence_and_no_further() {
    // Cadence 3: after a crash up to 3 records may follow the last checkpoint.
    let (dir, _w, _g) = witnessed_log(3, 3);
    assert_eq!(tree_sizes(&dir), [0, 3]);
    let header = lines(&checkpoints(&dir))[..1].to_vec();
    write_lines(&checkpoints(&dir), &header);
    let s = verify_full(&dir).unwrap();
    assert_eq!(s.unsigned_tail, 3);
    let (dir, _w, _g) = witnessed_log(4, 3);
    assert_eq!(tree_sizes(&dir), [0, 3, 4]);
    let header = lines(&checkpoints(&dir))[..1].to_vec();
    write_lines(&checkpoints(&dir), &header);
    let e = verify_full(&dir).unwrap_err();
    assert_eq!(e.seq, 3, "{e}");
    // Deleting a checkpoint in the middle hides nothing: the last one signs it all.
    let (dir, _w, _g) = witnessed_log(7, 3);
    let mut l = lines(&checkpoints(&dir));
    l.remove(1);
    write_lines(&checkpoints(&dir), &l);
    assert_eq!(verify_full(&dir).unwrap().unsigned_tail, 0);
}

#[test]
fn records_older_than_the_interval_after_the_last_checkpoint_fail() {
    let dir = tempfile::tempdir().unwrap();
    let clock = aigos_core::ManualClock::at_secs(1_800_000_000);
    let cfg = || config(dir.path()).clock(std::sync::Arc::new(clock.clone())).checkpoints(1_000, Duration::from_secs(60));
    let (log, _) = AuditLog::open(cfg()).unwrap();
    log.append_blocking("k", "a", json!({"n": 0})).unwrap();
    clock.advance(Duration::from_secs(60));
    log.append_blocking("k", "a", json!({"n": 1})).unwrap();
    log.close_blocking().unwrap();
    assert_eq!(tree_sizes(dir.path()), [0, 1, 2], "the 60 s checkpoint before record 1");
    let all = lines(&checkpoints(dir.path()));
    // A crash before the close checkpoint: record 1 follows the checkpoint, allowed.
    write_lines(&checkpoints(dir.path()), &all[..2]);
    assert_eq!(verify_full(dir.path()).unwrap().unsigned_tail, 1);
    // The 60 s checkpoint removed too: record 1 is 60 s after the header, no
    // writer would have left it unsigned.
    // The 60 s checkpoint alone removed: the close checkpoint still signs record 1.
    write_lines(&checkpoints(dir.path()), &[all[0].clone(), all[2].clone()]);
    assert_eq!(verify_full(dir.path()).unwrap().unsigned_tail, 0);
    write_lines(&checkpoints(dir.path()), &all[..1]);
    let e = verify_full(dir.path()).unwrap_err();
    assert_eq!(e.seq, 1, "{e}");
    assert!(e.reason.contains("60000 ms"), "{e}");
    assert!(matches!(AuditLog::open(cfg()), Err(Error::Corrupt { seq: 1, .. })));
    // After an idle time, the first record after a checkpoint may come any
    // time later: no writer checkpoints before it (nothing to cover).
    let idle = tempfile::tempdir().unwrap();
    let clock = aigos_core::ManualClock::at_secs(1_800_000_000);
    let (log, _) =
        AuditLog::open(config(idle.path()).clock(std::sync::Arc::new(clock.clone())).checkpoints(1_000, Duration::from_secs(60))).unwrap();
    clock.advance(Duration::from_secs(3600));
    log.append_blocking("k", "a", json!({"n": 0})).unwrap();
    log.close_blocking().unwrap();
    assert_eq!(tree_sizes(idle.path()), [0, 1]);
    let header = lines(&checkpoints(idle.path()))[..1].to_vec();
    write_lines(&checkpoints(idle.path()), &header);
    assert_eq!(verify_full(idle.path()).unwrap().unsigned_tail, 1);
    // One millisecond less is within the cadence.
    let dir = tempfile::tempdir().unwrap();
    let clock = aigos_core::ManualClock::at_secs(1_800_000_000);
    let (log, _) =
        AuditLog::open(config(dir.path()).clock(std::sync::Arc::new(clock.clone())).checkpoints(1_000, Duration::from_secs(60))).unwrap();
    log.append_blocking("k", "a", json!({"n": 0})).unwrap();
    clock.advance(Duration::from_millis(59_999));
    log.append_blocking("k", "a", json!({"n": 1})).unwrap();
    log.close_blocking().unwrap();
    assert_eq!(tree_sizes(dir.path()), [0, 2]);
    let all = lines(&checkpoints(dir.path()));
    write_lines(&checkpoints(dir.path()), &all[..1]);
    assert_eq!(verify_full(dir.path()).unwrap().unsigned_tail, 2);
}

#[test]
fn keyless_truncation_of_segment_and_checkpoints_is_caught_by_the_witness() {
    let (dir, witness, _g) = witnessed_log(9, 3);
    let w = read_witness(&witness).unwrap();
    assert_eq!(w.tree_size, 9);
    // Control: untouched, with its witness.
    verify_witnessed(&dir, Some(&w)).unwrap();
    // Cut records 6.. and the checkpoints covering them.
    let seg = lines(&segment(&dir));
    write_lines(&segment(&dir), &seg[..6]);
    let cps = lines(&checkpoints(&dir));
    write_lines(&checkpoints(&dir), &cps[..3]);
    assert_eq!(tree_sizes(&dir), [0, 3, 6]);
    // Consistent in itself: the keys alone cannot tell.
    verify_full(&dir).unwrap();
    let e = verify_witnessed(&dir, Some(&w)).unwrap_err();
    assert!(e.reason.contains("witness signed 9"), "{e}");
    // The Guard's writer refuses to resume on it.
    let e = AuditLog::open(config(&dir).witness(&witness)).unwrap_err();
    assert!(matches!(&e, Error::Corrupt { seq: 6, .. }), "{e}");
}

#[test]
fn a_replaced_log_directory_is_caught_by_the_witness() {
    // The insider replaces the whole directory with another log signed by
    // the same key (an older copy, another Guard's log): same length or longer.
    let (dir, witness, _g) = witnessed_log(5, 3);
    let other = tempfile::tempdir().unwrap();
    crate::write_log(other.path(), 8, config(other.path()).checkpoints(3, Duration::from_secs(3600)));
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::create_dir(&dir).unwrap();
    for e in std::fs::read_dir(other.path()).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
    }
    verify_full(&dir).unwrap();
    let w = read_witness(&witness).unwrap();
    let e = verify_witnessed(&dir, Some(&w)).unwrap_err();
    assert_eq!(e.seq, 4, "{e}");
    assert!(e.reason.contains("not the tree the witness signed"), "{e}");
    assert!(matches!(AuditLog::open(config(&dir).witness(&witness)), Err(Error::Corrupt { seq: 4, .. })));
    // An emptied directory, too.
    std::fs::remove_dir_all(&dir).unwrap();
    let e = verify_witnessed(&dir, Some(&w)).unwrap_err();
    assert_eq!(e.seq, 0, "{e}");
    assert!(AuditLog::open(config(&dir).witness(&witness)).is_err());
}

#[test]
fn the_witness_must_carry_a_trusted_signature() {
    let (dir, witness, _g) = witnessed_log(4, 3);
    let good = read_witness(&witness).unwrap();
    let mut unsigned = good.clone();
    unsigned.sig.clear();
    assert!(verify_witnessed(&dir, Some(&unsigned)).unwrap_err().reason.contains("witness: checkpoint is not signed"));
    let mut edited = good.clone();
    edited.time += 1;
    assert!(verify_witnessed(&dir, Some(&edited)).unwrap_err().reason.contains("witness: checkpoint signature does not verify"));
    // Signed by the right key over another tree: root alone, head alone.
    let other = tempfile::tempdir().unwrap();
    crate::write_log(other.path(), 4, config(other.path()));
    let foreign = read_last_checkpoint(other.path());
    assert_eq!(foreign.tree_size, 4);
    assert!(verify_witnessed(&dir, Some(&foreign)).unwrap_err().reason.contains("not the tree the witness signed"));
    let root_only = resigned(&good, |c| c.root.clone_from(&foreign.root));
    assert!(verify_witnessed(&dir, Some(&root_only)).unwrap_err().reason.contains("not the tree the witness signed"));
    let head_only = resigned(&good, |c| c.head_hash.clone_from(&foreign.head_hash));
    assert!(verify_witnessed(&dir, Some(&head_only)).unwrap_err().reason.contains("not the tree the witness signed"));
    verify_witnessed(&dir, Some(&good)).unwrap();
}

#[test]
fn without_keys_a_witness_is_checked_for_its_tree_only() {
    let (dir, witness, _g) = witnessed_log(4, 3);
    let mut w = read_witness(&witness).unwrap();
    w.sig.clear();
    let opts = |w| aigos_audit::VerifyOptions { witness: Some(w), ..Default::default() };
    let s = aigos_audit::verify_log(default_provider(), &dir, &opts(&w)).unwrap();
    assert_eq!((s.witnessed, s.cadence), (Some(4), None), "no keys: no header rules, the unsigned witness's tree is compared");
    let mut l = lines(&segment(&dir));
    l.pop();
    write_lines(&segment(&dir), &l);
    let mut cps = lines(&checkpoints(&dir));
    cps.pop();
    write_lines(&checkpoints(&dir), &cps);
    assert!(aigos_audit::verify_log(default_provider(), &dir, &opts(&w)).unwrap_err().reason.contains("witness signed 4"));
}

pub(crate) fn read_last_checkpoint(dir: &Path) -> Checkpoint {
    serde_json::from_str(lines(&checkpoints(dir)).last().unwrap()).unwrap()
}

/// `cp` changed by `edit` and signed again with the genuine checkpoint key
/// (what only the key holder can do): the signature verifies, so only the
/// comparison with the records can catch it.
pub(crate) fn resigned(cp: &Checkpoint, edit: impl FnOnce(&mut Checkpoint)) -> Checkpoint {
    let mut c = cp.clone();
    edit(&mut c);
    #[derive(serde::Serialize)]
    struct Signed<'a> {
        tree_size: u64,
        root: &'a str,
        head_hash: &'a str,
        time: u64,
        peaks: &'a [(u32, String)],
        #[serde(skip_serializing_if = "str::is_empty")]
        log: &'a str,
        kid: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        cadence: Option<aigos_audit::Cadence>,
    }
    let bytes = aigos_core::canonical_json(&Signed {
        tree_size: c.tree_size,
        root: &c.root,
        head_hash: &c.head_hash,
        time: c.time,
        peaks: &c.peaks,
        log: &c.log,
        kid: &c.kid,
        cadence: c.cadence,
    })
    .unwrap();
    c.sig = aigos_crypto::base64url::encode(signing_key().sign(&bytes).unwrap().as_bytes());
    c
}

#[test]
fn a_signed_checkpoint_whose_root_or_head_alone_differs_is_detected() {
    let (dir, _w, _g) = witnessed_log(5, 3);
    let original = lines(&checkpoints(&dir));
    let foreign = {
        let other = tempfile::tempdir().unwrap();
        crate::write_log(other.path(), 3, config(other.path()));
        lines(&checkpoints(other.path())).iter().map(|l| serde_json::from_str::<Checkpoint>(l).unwrap()).find(|c| c.tree_size == 3).unwrap()
    };
    let cp3: Checkpoint = serde_json::from_str(&original[1]).unwrap();
    assert_eq!(cp3.tree_size, 3);
    // Re-signing the unchanged checkpoint verifies (the helper is right).
    let mut l = original.clone();
    l[1] = serde_json::to_string(&resigned(&cp3, |_| {})).unwrap();
    write_lines(&checkpoints(&dir), &l);
    verify_full(&dir).unwrap();
    for edit in [
        Box::new(|c: &mut Checkpoint| c.root.clone_from(&foreign.root)) as Box<dyn Fn(&mut Checkpoint)>,
        Box::new(|c: &mut Checkpoint| c.head_hash.clone_from(&foreign.head_hash)),
    ] {
        let mut l = original.clone();
        l[1] = serde_json::to_string(&resigned(&cp3, edit)).unwrap();
        write_lines(&checkpoints(&dir), &l);
        let e = verify_full(&dir).unwrap_err();
        assert_eq!(e.seq, 2, "{e}");
        assert!(e.reason.contains("root or head does not match"), "{e}");
    }
}

#[test]
fn the_first_checkpoint_must_be_the_header() {
    let (dir, _w, _g) = witnessed_log(5, 3);
    let l = lines(&checkpoints(&dir));
    write_lines(&checkpoints(&dir), &l[1..]);
    let e = verify_full(&dir).unwrap_err();
    assert_eq!(e.seq, 2, "{e}");
    assert!(e.reason.contains("not the signed log header"), "{e}");
    // A header without a cadence (signed by the key holder) is not a header either.
    let header: Checkpoint = serde_json::from_str(&l[0]).unwrap();
    let mut l2 = l.clone();
    l2[0] = serde_json::to_string(&resigned(&header, |c| c.cadence = None)).unwrap();
    write_lines(&checkpoints(&dir), &l2);
    assert!(verify_full(&dir).unwrap_err().reason.contains("not the signed log header"));
    // Without checkpoint keys the header is not required (unsigned logs).
    write_lines(&checkpoints(&dir), &l[1..]);
    aigos_audit::verify_log(default_provider(), &dir, &aigos_audit::VerifyOptions::default()).unwrap();
}

#[test]
fn prove_refuses_a_reordered_checkpoints_file() {
    let (dir, _w, _g) = witnessed_log(7, 3);
    let proof = aigos_audit::prove(default_provider(), &dir, 4).unwrap();
    assert_eq!(proof.checkpoint.tree_size, 7);
    let mut l = lines(&checkpoints(&dir));
    let n = l.len();
    l.swap(n - 1, n - 2);
    write_lines(&checkpoints(&dir), &l);
    match aigos_audit::prove(default_provider(), &dir, 4) {
        Err(Error::Corrupt { reason, .. }) => assert!(reason.contains("out of order"), "{reason}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn an_honest_restart_resumes_and_a_crash_tail_is_signed_on_open() {
    let (dir, witness, _g) = witnessed_log(5, 3);
    let cfg = || config(&dir).checkpoints(3, Duration::from_secs(3600)).witness(&witness);
    let (log, rec) = AuditLog::open(cfg()).unwrap();
    assert!(rec.verified);
    assert_eq!((rec.records, rec.unsigned_tail), (5, 0));
    assert_eq!(log.append_blocking("k", "a", json!({})).unwrap(), 5);
    drop(log);
    // A crash: the last checkpoint never made it (nor the witness update).
    let before = read_witness(&witness).unwrap();
    let mut l = lines(&checkpoints(&dir));
    l.pop();
    write_lines(&checkpoints(&dir), &l);
    let (log, rec) = AuditLog::open(cfg()).unwrap();
    assert_eq!((rec.records, rec.unsigned_tail), (6, 1));
    drop(log);
    assert_eq!(*tree_sizes(&dir).last().unwrap(), 6, "the tail is covered right away");
    assert!(read_witness(&witness).unwrap().tree_size >= before.tree_size);
    verify_witnessed(&dir, Some(&read_witness(&witness).unwrap())).unwrap();
}

#[test]
fn a_missing_witness_refuses_a_log_with_records() {
    let (dir, witness, _g) = witnessed_log(2, 3);
    std::fs::remove_file(&witness).unwrap();
    let e = AuditLog::open(config(&dir).witness(&witness)).unwrap_err();
    assert!(e.to_string().contains("witness") && e.to_string().contains("missing"), "{e}");
    // Restored from its copy, the log opens again.
    std::fs::write(&witness, format!("{}\n", lines(&checkpoints(&dir)).last().unwrap())).unwrap();
    AuditLog::open(config(&dir).witness(&witness)).unwrap();
}

#[test]
fn a_new_log_writes_its_header_and_witness() {
    let root = tempfile::tempdir().unwrap();
    let witness = root.path().join("w.json");
    let (log, rec) = AuditLog::open(config(&root.path().join("audit")).witness(&witness)).unwrap();
    assert_eq!((rec.records, rec.verified), (0, true));
    let w = read_witness(&witness).unwrap();
    assert_eq!((w.tree_size, w.cadence.is_some()), (0, true));
    drop(log);
    // Unkeyed and unwitnessed logs still get a (unsigned) header and are not verified on open.
    let plain = root.path().join("plain");
    let (_log, rec) = AuditLog::open(AuditConfig::new(&plain)).unwrap();
    assert!(!rec.verified);
    assert_eq!(tree_sizes(&plain), [0]);
}

#[cfg(unix)]
#[test]
fn files_are_created_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, witness, _g) = witnessed_log(3, 2);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&segment(&dir)), 0o600);
    assert_eq!(mode(&checkpoints(&dir)), 0o600);
    assert_eq!(mode(&witness), 0o600);
    assert_eq!(mode(&dir), 0o700);
    // A torn file too.
    let mut bytes = std::fs::read(segment(&dir)).unwrap();
    bytes.extend_from_slice(b"{\"body\":");
    std::fs::write(segment(&dir), &bytes).unwrap();
    let (log0, rec) = AuditLog::open(config(&dir).witness(&witness)).unwrap();
    assert_eq!(mode(&rec.torn.unwrap().0), 0o600);
    // A stale temporary witness with a loose mode does not loosen the witness.
    let tmp = witness.with_file_name(".witness.json.tmp");
    std::fs::write(&tmp, b"x").unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o666)).unwrap();
    drop(log0);
    let (log, _) = AuditLog::open(config(&dir).witness(&witness)).unwrap();
    log.append_blocking("k", "a", json!({})).unwrap();
    log.close_blocking().unwrap();
    assert_eq!(mode(&witness), 0o600);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever an insider cuts off the segment (at a line or anywhere) and
    /// off checkpoints.jsonl together, the log no longer verifies against
    /// its witness.
    #[test]
    fn any_truncation_of_segment_and_checkpoints_fails_against_the_witness(
        n in 1u64..12,
        every in 1u64..5,
        cut in any::<prop::sample::Index>(),
        at_line in any::<bool>(),
        keep_cps in any::<prop::sample::Index>(),
    ) {
        let (dir, witness, _g) = witnessed_log(n, every);
        let w = read_witness(&witness).unwrap();
        prop_assert_eq!(w.tree_size, n);
        let seg = lines(&segment(&dir));
        let bytes = std::fs::read(segment(&dir)).unwrap();
        if at_line {
            let keep = cut.index(seg.len());
            write_lines(&segment(&dir), &seg[..keep]);
        } else {
            std::fs::write(segment(&dir), &bytes[..cut.index(bytes.len())]).unwrap();
        }
        let cps = lines(&checkpoints(&dir));
        write_lines(&checkpoints(&dir), &cps[..keep_cps.index(cps.len() + 1)]);
        prop_assert!(verify_witnessed(&dir, Some(&w)).is_err());
        prop_assert!(AuditLog::open(config(&dir).witness(&witness)).is_err());
    }
}

#[test]
fn consistency_proofs_from_a_witness_to_the_latest_checkpoint() {
    let provider = default_provider();
    let public = signing_key().public_key().clone();
    let kid = signing_key().kid().to_string();
    let keys = move |k: &str| (k == kid).then(|| public.clone());
    let keys: &dyn Fn(&str) -> Option<aigos_crypto::PublicKey> = &keys;
    let (dir, witness, _g) = witnessed_log(5, 2);
    // Every earlier checkpoint (a witness at that time) is a prefix of the latest.
    let all: Vec<Checkpoint> = lines(&checkpoints(&dir)).iter().map(|l| serde_json::from_str(l).unwrap()).collect();
    let (log, _) = AuditLog::open(config(&dir).checkpoints(2, Duration::from_secs(3600)).witness(&witness)).unwrap();
    for i in 0..4 {
        log.append_blocking("k", "a", json!({"more": i})).unwrap();
    }
    log.close_blocking().unwrap();
    for old in &all {
        let proof = aigos_audit::prove_consistency(provider, &dir, old.tree_size).unwrap();
        assert_eq!(proof.checkpoint.tree_size, 9);
        proof.check(provider, old, Some(keys)).unwrap();
        // Against a checkpoint of another size, or another tree, it fails.
        let mut other = old.clone();
        other.tree_size += 1;
        assert!(proof.check(provider, &other, None).is_err());
        if old.tree_size > 0 {
            let mut wrong = old.clone();
            wrong.root = all.last().unwrap().root.clone();
            if wrong.root != old.root {
                assert!(proof.check(provider, &wrong, None).unwrap_err().to_string().contains("not a prefix"));
            }
            let mut bent = proof.clone();
            bent.path.reverse();
            if bent.path != proof.path {
                assert!(bent.check(provider, old, None).is_err());
            }
        }
    }
    // A rewritten log proves nothing against the witness: the other log's
    // latest checkpoint is signed, but its tree does not extend the witness's.
    let w = read_witness(&witness).unwrap();
    let other = tempfile::tempdir().unwrap();
    crate::write_log(other.path(), 12, config(other.path()));
    let foreign = aigos_audit::prove_consistency(provider, other.path(), w.tree_size).unwrap();
    assert!(foreign.check(provider, &w, Some(keys)).is_err());
    // A truncated log cannot prove it extends the witness at all.
    let seg = lines(&segment(&dir));
    write_lines(&segment(&dir), &seg[..6]);
    let cps = lines(&checkpoints(&dir));
    write_lines(&checkpoints(&dir), &cps[..cps.len() - 2]);
    assert!(aigos_audit::prove_consistency(provider, &dir, w.tree_size).unwrap_err().to_string().contains("truncated"));
}

// Survivors of `cargo xtask mutants crates/aigos-audit/src/verify.rs`.

#[test]
fn a_cadence_on_a_later_checkpoint_does_not_make_it_a_header() {
    // The header is the checkpoint of the empty tree: a signed checkpoint
    // of 3 records that states a cadence, put first after the real header
    // was dropped, is refused; the real header in its place passes.
    let (dir, _w, _g) = witnessed_log(5, 3);
    let l = lines(&checkpoints(&dir));
    let header: Checkpoint = serde_json::from_str(&l[0]).unwrap();
    let cp3: Checkpoint = serde_json::from_str(&l[1]).unwrap();
    assert_eq!((header.tree_size, cp3.tree_size), (0, 3));
    let mut forged = vec![serde_json::to_string(&resigned(&cp3, |c| c.cadence = header.cadence)).unwrap()];
    forged.extend_from_slice(&l[2..]);
    write_lines(&checkpoints(&dir), &forged);
    let e = verify_full(&dir).unwrap_err();
    assert_eq!(e.seq, 2, "{e}");
    assert!(e.reason.contains("not the signed log header"), "{e}");
    write_lines(&checkpoints(&dir), &l);
    verify_full(&dir).unwrap();
}

#[test]
fn an_unparseable_checkpoint_is_named_by_its_line() {
    let (dir, _w, _g) = witnessed_log(7, 2);
    let mut l = lines(&checkpoints(&dir));
    assert!(l.len() >= 4);
    l[2] = "{not json".into();
    write_lines(&checkpoints(&dir), &l);
    let e = verify_full(&dir).unwrap_err();
    assert!(e.reason.contains("checkpoint line 3: unparseable"), "{e}");
    match aigos_audit::prove(default_provider(), &dir, 0) {
        Err(Error::Corrupt { reason, .. }) => assert!(reason.contains("checkpoint line 3: unparseable"), "{reason}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_checkpoint_written_twice_reads_the_same_in_verify_and_prove() {
    // A repeated line (a writer that retried the append) is the same signed
    // statement twice: both readers accept it, neither calls it reordered.
    let (dir, _w, _g) = witnessed_log(7, 3);
    let mut l = lines(&checkpoints(&dir));
    let last = l.last().unwrap().clone();
    l.push(last);
    write_lines(&checkpoints(&dir), &l);
    assert_eq!(verify_full(&dir).unwrap().records, 7);
    let proof = aigos_audit::prove(default_provider(), &dir, 4).unwrap();
    assert_eq!(proof.checkpoint.tree_size, 7);
    assert_eq!(aigos_audit::prove_consistency(default_provider(), &dir, 3).unwrap().checkpoint.tree_size, 7);
}

#[test]
fn progress_reports_every_byte_of_every_segment() {
    let (dir, _w, _g) = witnessed_log(9, 3);
    let size = std::fs::metadata(segment(&dir)).unwrap().len();
    let seen = std::sync::Mutex::new(Vec::new());
    let progress = |b: u64| seen.lock().unwrap().push(b);
    let opts = aigos_audit::VerifyOptions { progress: Some(&progress), ..Default::default() };
    aigos_audit::verify_log(default_provider(), &dir, &opts).unwrap();
    assert_eq!(seen.lock().unwrap().last().copied(), Some(size));
}

#[cfg(unix)]
#[test]
fn a_checkpoints_file_that_is_a_symlink_is_refused_not_read_as_missing() {
    let (dir, _w, _g) = witnessed_log(5, 2);
    let elsewhere = tempfile::tempdir().unwrap();
    let copy = elsewhere.path().join("checkpoints.jsonl");
    std::fs::copy(checkpoints(&dir), &copy).unwrap();
    std::fs::remove_file(checkpoints(&dir)).unwrap();
    std::os::unix::fs::symlink(&copy, checkpoints(&dir)).unwrap();
    // Keyless and keyed verification alike: the file is there, and it is
    // not a regular file.
    let plain = aigos_audit::verify_log(default_provider(), &dir, &aigos_audit::VerifyOptions::default()).unwrap_err();
    assert!(plain.reason.contains("not a regular file"), "{plain}");
    assert!(verify_full(&dir).unwrap_err().reason.contains("not a regular file"));
    // Control: the same bytes as a regular file verify.
    std::fs::remove_file(checkpoints(&dir)).unwrap();
    std::fs::copy(&copy, checkpoints(&dir)).unwrap();
    verify_full(&dir).unwrap();
}

#[test]
fn a_checkpoint_of_another_log_is_refused_even_where_the_trees_agree() {
    // Two logs' headers are checkpoints of the same empty tree (same root,
    // same head): only the log id tells them apart.
    let (dir, _w, _g) = witnessed_log(3, 2);
    let own = lines(&checkpoints(&dir));
    let other = tempfile::tempdir().unwrap();
    crate::write_log(other.path(), 1, config(other.path()));
    let foreign = lines(&checkpoints(other.path()))[0].clone();
    let mut l = vec![own[0].clone(), foreign];
    l.extend_from_slice(&own[1..]);
    write_lines(&checkpoints(&dir), &l);
    let e = verify_full(&dir).unwrap_err();
    assert!(e.reason.contains("checkpoint of another log"), "{e}");
    // Control: the own header twice is the same log.
    let mut l = vec![own[0].clone(), own[0].clone()];
    l.extend_from_slice(&own[1..]);
    write_lines(&checkpoints(&dir), &l);
    verify_full(&dir).unwrap();
}
