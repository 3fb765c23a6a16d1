//! Integration tests of aigos-audit.
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::missing_errors_doc,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    unreachable_pub,
    reason = "tests"
)]

mod crash;
mod encryption;
mod insider;
mod redteam;
mod retention;
mod store;
mod tamper;

use std::path::Path;
use std::sync::Arc;

use aigos_audit::{AuditConfig, AuditLog, Durability, MacKey, Summary, Tampering, VerifyOptions, verify_log};
use aigos_crypto::{Algorithm, PublicKey, SigningKey, default_provider};

pub fn mac_key() -> MacKey {
    MacKey { kid: "mac-1".into(), key: zeroize::Zeroizing::new(vec![7u8; 32]) }
}

pub fn signing_key() -> Arc<SigningKey> {
    let secret = [9u8; 32];
    Arc::new(SigningKey::from_secret(default_provider(), Algorithm::EdDsa, &secret).unwrap())
}

pub fn config(dir: &Path) -> AuditConfig {
    AuditConfig::new(dir).durability(Durability::None).mac_key(mac_key()).signing_key(signing_key())
}

/// Writes `n` records and closes the log (final checkpoint).
pub fn write_log(_dir: &Path, n: u64, cfg: AuditConfig) {
    let (log, _) = AuditLog::open(cfg).unwrap();
    for i in 0..n {
        log.append_blocking(
            "validation",
            &format!("agent-{}", i % 3),
            serde_json::json!({"i": i, "status": "APPROVED", "note": "x".repeat((i % 7) as usize)}),
        )
        .unwrap();
    }
    log.close_blocking().unwrap();
}

pub fn verify_full(dir: &Path) -> Result<Summary, Tampering> {
    verify_witnessed(dir, None)
}

/// Verifies with the MAC key, the checkpoint key and, when given, a witness.
pub fn verify_witnessed(dir: &Path, witness: Option<&aigos_audit::Checkpoint>) -> Result<Summary, Tampering> {
    let mac = mac_key();
    let macs = move |kid: &str| (kid == mac.kid).then(|| mac.clone());
    let public = signing_key().public_key().clone();
    let kid = signing_key().kid().to_string();
    let keys = move |k: &str| (k == kid).then(|| public.clone());
    let keys: &dyn Fn(&str) -> Option<PublicKey> = &keys;
    verify_log(
        default_provider(),
        dir,
        &VerifyOptions {
            mac_keys: Some(&macs),
            checkpoint_keys: Some(keys),
            progress: None,
            witness,
            cadence: None,
            retired_checkpoint_keys: None,
        },
    )
}
