//! Field encryption: sealed in the log, verifiable without the key, bound to
//! its record and field.

use aigos_audit::{AuditLog, FieldCipher, KdfParams, read_records};
use aigos_crypto::default_provider;
use serde_json::json;

use crate::{config, verify_full};

fn cipher() -> FieldCipher {
    FieldCipher::from_key_file(default_provider(), &[3u8; 32]).unwrap()
}

#[test]
fn sealed_fields_verify_without_the_key_and_open_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = AuditLog::open(config(dir.path()).encrypt(cipher(), vec!["secret".into(), "ssn".into()])).unwrap();
    log.append_blocking("k", "a", json!({"secret": {"db": "hunter2"}, "public": 1})).unwrap();
    log.append_blocking("k", "a", json!({"ssn": "123-45-6789", "public": 2})).unwrap();
    log.close_blocking().unwrap();

    let raw = std::fs::read_to_string(dir.path().join(format!("{:020}.jsonl", 0))).unwrap();
    assert!(!raw.contains("hunter2") && !raw.contains("123-45-6789"), "plaintext leaked");
    verify_full(dir.path()).unwrap();

    let mut records = Vec::new();
    read_records(default_provider(), dir.path(), 0, u64::MAX, &mut |r| {
        records.push(r);
        Ok(())
    })
    .unwrap();
    let mut first = records[0].body.data.clone();
    cipher().open_fields(&mut first, 0).unwrap();
    assert_eq!(first, json!({"secret": {"db": "hunter2"}, "public": 1}));

    // A ciphertext moved to another record (other seq) or field fails to open.
    let mut moved = records[0].body.data.clone();
    assert!(cipher().open_fields(&mut moved, 1).is_err(), "moved to another record");
    let mut renamed = json!({"ssn": records[0].body.data["secret"].clone()});
    assert!(cipher().open_fields(&mut renamed, 0).is_err(), "moved to another field");
    let wrong = FieldCipher::from_key_file(default_provider(), &[4u8; 32]).unwrap();
    let mut other = records[1].body.data.clone();
    assert!(wrong.open_fields(&mut other, 1).is_err(), "wrong key");
}

#[test]
fn passphrase_keys_use_pbkdf2_with_a_stored_salt() {
    let params = KdfParams::generate(default_provider()).unwrap();
    assert_eq!(params.iterations, 600_000);
    let json = serde_json::to_string(&params).unwrap();
    let back: KdfParams = serde_json::from_str(&json).unwrap();
    let a = FieldCipher::from_passphrase(default_provider(), b"correct horse", &back).unwrap();
    let b = FieldCipher::from_passphrase(default_provider(), b"correct horse", &params).unwrap();
    let mut data = json!({"f": "v"});
    a.seal_fields(&mut data, &["f".into()], 9).unwrap();
    b.open_fields(&mut data, 9).unwrap();
    assert_eq!(data, json!({"f": "v"}));
    let weak = KdfParams { iterations: 1000, ..params };
    assert!(FieldCipher::from_passphrase(default_provider(), b"x", &weak).is_err(), "too few iterations refused");
    assert!(FieldCipher::from_key_file(default_provider(), b"short").is_err());
    assert!(FieldCipher::from_key_file(default_provider(), "ab".repeat(32).as_bytes()).is_ok(), "hex key file");
}
