//! The Guard with its keys in an HSM (SoftHSM2 over PKCS#11): the demo
//! scenarios decide as with keys in files, permits and audit checkpoints are
//! signed inside the token, and a Guard that cannot log in does not start.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::path::Path;
use std::sync::Arc;

use aigos::config::GuardConfig;
use aigos_core::{Clock, Status, SystemClock};
use aigos_crypto::{Algorithm, Jwks, Signer};
use aigos_pkcs11::testing::{PIN, SoftHsm};

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// An `aigos init` setup whose permit key and checkpoint key (both Ed25519:
/// permits and signed notes use nothing else; P-256 in a token is tested in
/// `aigos-pkcs11`) are created in the token; their PEM files are deleted and the
/// published JWKS hold the token's public keys.
fn setup_in_hsm(dir: &Path, tag: &str) -> std::path::PathBuf {
    let hsm = SoftHsm::token().unwrap();
    let provider = aigos_crypto::default_provider();
    let config = aigos::config::init(&dir.join("setup"), provider, SystemClock.now_secs()).unwrap();
    let base = config.parent().unwrap().to_owned();
    for (object, alg, kid, pem, jwks) in [
        (format!("permit-{tag}"), Algorithm::EdDsa, "guard-1", "keys/guard.key.pem", "keys/guard.jwks.json"),
        (format!("checkpoint-{tag}"), Algorithm::EdDsa, "audit-checkpoint-1", "keys/audit-checkpoint.key.pem", "keys/audit.jwks.json"),
    ] {
        let cfg = hsm.config().kid(aigos_core::Kid::new(kid).unwrap());
        let signer = aigos_pkcs11::Pkcs11Signer::generate(&hsm.uri(&object), &cfg, alg).unwrap();
        std::fs::remove_file(base.join(pem)).unwrap();
        std::fs::write(base.join(jwks), serde_json::to_string(&Jwks { keys: vec![signer.public_jwk()] }).unwrap()).unwrap();
        edit(&config, &format!("\"{pem}\""), &format!("\"pkcs11:token={};object={object}\"", hsm.label));
    }
    std::fs::write(base.join("keys/hsm.pin"), format!("{PIN}\n")).unwrap();
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(&format!("\n[pkcs11]\nmodule = {:?}\npin_file = \"keys/hsm.pin\"\n", hsm.module.display().to_string()));
    std::fs::write(&config, text).unwrap();
    config
}

#[tokio::test]
async fn the_demo_scenarios_pass_with_the_guards_keys_in_the_hsm() {
    let dir = tempfile::tempdir().unwrap();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let provider = aigos_crypto::default_provider();
    // Positive control: the same demo with keys in files.
    let files = aigos::demo::run(&dir.path().join("files"), provider, clock.clone()).await.unwrap();
    let config = setup_in_hsm(dir.path(), "demo");
    let hsm = aigos::demo::run_with(&config, provider, clock).await.unwrap();
    let statuses = |r: &aigos::demo::DemoReport| r.rows.iter().map(|row| (row.scenario.clone(), row.statuses.clone())).collect::<Vec<_>>();
    assert_eq!(statuses(&hsm), statuses(&files));
    assert!(hsm.rows.iter().flat_map(|r| &r.statuses).any(|s| *s == Status::Approved), "something was approved (and permitted)");
    // The log's checkpoints verify with the token's key alone (the PEM file is gone).
    assert!(hsm.audit_checkpoints_verified >= 1, "{}", hsm.audit_checkpoints_verified);
    assert_eq!(hsm.audit_records_verified, files.audit_records_verified);
}

#[tokio::test]
async fn permits_are_signed_in_the_token_and_verify_with_the_published_key() {
    let dir = tempfile::tempdir().unwrap();
    let config = setup_in_hsm(dir.path(), "permit");
    let (cfg, base) = GuardConfig::load(&config).unwrap();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let guard = cfg.build(&base, &clock).unwrap();
    let published: Jwks = Jwks::from_json(&std::fs::read_to_string(base.join("keys/guard.jwks.json")).unwrap()).unwrap();
    assert_eq!(guard.permit_jwks().unwrap().keys, published.keys, "the Guard serves the token's public key");
    guard.shutdown().await.unwrap();
}

/// `aigos keys rotate` of a permit key in the token: the next key is made
/// in the same token (labelled with its kid; no PEM file is written), the
/// ring pins its public key, the published JWKS holds both with the old one
/// marked retired, and a Guard built afterwards signs with the token's new
/// key. Attack: a key already in the token under the next label is not
/// adopted; the rotation takes the next free label.
#[tokio::test]
async fn a_permit_key_in_the_token_rotates_into_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let config = setup_in_hsm(dir.path(), "rotate");
    let base = config.parent().unwrap().to_owned();
    let provider = aigos_crypto::default_provider();
    let now = SystemClock.now_secs();
    let done = aigos::keyring::rotate(&config, aigos::keyring::Role::Permit, 0, provider, now).unwrap();
    assert_eq!((done.old_kid.as_str(), done.new_kid.as_str()), ("guard-1", "guard-2"));
    let hsm = SoftHsm::token().unwrap();
    assert!(done.new_key.starts_with("pkcs11:") && done.new_key.contains("object=guard-2"), "{}", done.new_key);
    assert!(!done.new_key.contains(PIN), "no PIN in the ring");
    assert!(!base.join("keys/guard-2.key.pem").exists(), "no private key file");
    // The token holds the new key, and it is the one the ring pins.
    let in_token = aigos_pkcs11::Pkcs11Signer::open(&hsm.uri("guard-2"), &hsm.config()).unwrap();
    let ring: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&done.ring).unwrap()).unwrap();
    let pinned: aigos_crypto::Jwk = serde_json::from_value(ring["keys"][1]["public"].clone()).unwrap();
    assert_eq!(&pinned.to_public_key().unwrap(), in_token.public_key());
    let published = Jwks::from_json(&std::fs::read_to_string(base.join("keys/guard.jwks.json")).unwrap()).unwrap();
    let kids: Vec<(Option<String>, Option<i64>)> = published.keys.iter().map(|k| (k.kid.clone(), k.retired_at())).collect();
    assert_eq!(kids, vec![(Some("guard-1".into()), Some(now)), (Some("guard-2".into()), None)]);
    // A Guard built now signs with the token's new key.
    let (cfg, cfg_base) = GuardConfig::load(&config).unwrap();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let guard = cfg.build(&cfg_base, &clock).unwrap();
    let serving = guard.permit_jwks().unwrap();
    assert!(serving.keys.iter().any(|k| k.kid.as_deref() == Some("guard-2") && k.to_public_key().unwrap() == *in_token.public_key()));
    guard.shutdown().await.unwrap();
    // Attack: a key planted in the token under the next label (or one a
    // failed rotation left) is never adopted: the rotation skips the label.
    let cfg3 = hsm.config().kid(aigos_core::Kid::new("guard-3").unwrap());
    let planted = aigos_pkcs11::Pkcs11Signer::generate(&hsm.uri("guard-3"), &cfg3, Algorithm::EdDsa).unwrap();
    let next = aigos::keyring::rotate(&config, aigos::keyring::Role::Permit, 0, provider, now + 1).unwrap();
    assert_eq!(next.new_kid, "guard-4");
    let ring: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&next.ring).unwrap()).unwrap();
    let kids: Vec<&str> = ring["keys"].as_array().unwrap().iter().map(|k| k["kid"].as_str().unwrap()).collect();
    assert_eq!(kids, ["guard-1", "guard-2", "guard-4"]);
    let pinned: aigos_crypto::Jwk = serde_json::from_value(ring["keys"][2]["public"].clone()).unwrap();
    assert_ne!(&pinned.to_public_key().unwrap(), planted.public_key());
}
