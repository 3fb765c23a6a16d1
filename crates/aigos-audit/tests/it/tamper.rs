//! Every way of changing the record is detected, with a positive control.

use std::path::PathBuf;

use proptest::prelude::*;

use crate::{config, verify_full, write_log};

fn segment(dir: &std::path::Path) -> PathBuf {
    dir.join(format!("{:020}.jsonl", 0))
}

fn lines(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(segment(dir)).unwrap().lines().map(str::to_owned).collect()
}

fn rewrite(dir: &std::path::Path, lines: &[String]) {
    std::fs::write(segment(dir), lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
}

fn fresh(n: u64) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_log(dir.path(), n, config(dir.path()).checkpoints(5, std::time::Duration::from_secs(3600)));
    dir
}

#[test]
fn intact_log_verifies() {
    let dir = fresh(12);
    let s = verify_full(dir.path()).unwrap();
    assert_eq!((s.records, s.segments), (12, 1));
    assert!(s.checkpoints >= 3, "every 5 records and on close: {}", s.checkpoints);
}

#[test]
fn changed_deleted_inserted_duplicated_reordered_records_are_detected() {
    let dir = fresh(10);
    let original = lines(dir.path());

    let mut changed = original.clone();
    changed[4] = changed[4].replace("APPROVED", "REJECTED");
    rewrite(dir.path(), &changed);
    let e = verify_full(dir.path()).unwrap_err();
    assert_eq!(e.seq, 4, "{e}");
    assert!(e.reason.contains("hash"), "{e}");

    let mut deleted = original.clone();
    deleted.remove(3);
    rewrite(dir.path(), &deleted);
    let e = verify_full(dir.path()).unwrap_err();
    assert_eq!(e.seq, 3, "{e}");

    let mut inserted = original.clone();
    inserted.insert(6, original[2].clone());
    rewrite(dir.path(), &inserted);
    assert_eq!(verify_full(dir.path()).unwrap_err().seq, 6);

    let mut duplicated = original.clone();
    duplicated.insert(8, original[7].clone());
    rewrite(dir.path(), &duplicated);
    assert_eq!(verify_full(dir.path()).unwrap_err().seq, 8);

    let mut reordered = original.clone();
    reordered.swap(1, 2);
    rewrite(dir.path(), &reordered);
    assert_eq!(verify_full(dir.path()).unwrap_err().seq, 1);

    rewrite(dir.path(), &original);
    verify_full(dir.path()).unwrap();
}

#[test]
fn truncated_tail_is_detected_against_the_last_checkpoint() {
    let dir = fresh(10);
    let mut l = lines(dir.path());
    l.truncate(7);
    rewrite(dir.path(), &l);
    let e = verify_full(dir.path()).unwrap_err();
    assert!(e.reason.contains("truncated"), "{e}");
}

#[test]
fn rechained_forgery_is_caught_by_mac_and_checkpoints() {
    // An attacker who rewrites a record and recomputes every later hash
    // (but has neither the MAC key nor the checkpoint key) is caught.
    use aigos_audit::{AuditConfig, AuditLog, Durability};
    let dir = fresh(6);
    let forged = tempfile::tempdir().unwrap();
    // Same records, but written with another MAC key: a re-MACed log.
    let other = aigos_audit::MacKey { kid: "mac-1".into(), key: zeroize::Zeroizing::new(vec![8u8; 32]) };
    write_log(
        forged.path(),
        6,
        AuditConfig::new(forged.path()).durability(Durability::None).mac_key(other).signing_key(crate::signing_key()),
    );
    let e = verify_full(forged.path()).unwrap_err();
    assert!(e.reason.contains("MAC"), "{e}");
    // Without MAC keys, the forged checkpoint signature is what gives it away:
    let stranger = tempfile::tempdir().unwrap();
    let key = std::sync::Arc::new(
        aigos_crypto::SigningKey::generate(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa)
            .unwrap()
            .with_kid(crate::signing_key().kid().clone()),
    );
    let (log, _) =
        AuditLog::open(AuditConfig::new(stranger.path()).durability(Durability::None).mac_key(crate::mac_key()).signing_key(key)).unwrap();
    log.append_blocking("validation", "a", serde_json::json!({})).unwrap();
    log.close_blocking().unwrap();
    let e = verify_full(stranger.path()).unwrap_err();
    assert!(e.reason.contains("forged checkpoint"), "{e}");
    verify_full(dir.path()).unwrap();
}

#[test]
fn edited_checkpoint_is_detected() {
    let dir = fresh(6);
    let path = dir.path().join("checkpoints.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut cps: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let last = cps.last_mut().unwrap();
    last["time"] = serde_json::json!(1);
    std::fs::write(&path, cps.iter().map(|c| format!("{c}\n")).collect::<String>()).unwrap();
    let e = verify_full(dir.path()).unwrap_err();
    assert!(e.reason.contains("signature"), "{e}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any single-byte change anywhere in a segment file is detected (or
    /// makes the file unparseable, which is reported as tampering too).
    #[test]
    fn any_single_byte_change_is_detected(pos in any::<prop::sample::Index>(), delta in 1u8..=255) {
        let dir = tempfile::tempdir().unwrap();
        write_log(dir.path(), 5, config(dir.path()));
        let path = segment(dir.path());
        let mut bytes = std::fs::read(&path).unwrap();
        let i = pos.index(bytes.len());
        bytes[i] = bytes[i].wrapping_add(delta);
        std::fs::write(&path, &bytes).unwrap();
        prop_assert!(verify_full(dir.path()).is_err(), "change at byte {} undetected", i);
    }
}
