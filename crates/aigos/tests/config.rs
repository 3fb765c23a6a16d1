//! A Guard built from `aigos.toml` refuses to start on a configuration it
//! cannot trust: a misspelt setting, a policy bundle changed after signing
//! or signed by an unknown key, a missing key file. Each refusal names the
//! file or setting at fault; the untouched `aigos init` setup is the
//! positive control.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use aigos::config::{ConfigError, GuardConfig};
use aigos_core::{Clock, SystemClock};

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let now = SystemClock.now_secs();
    let config = aigos::config::init(&dir.path().join("setup"), aigos_crypto::default_provider(), now).unwrap();
    (dir, config)
}

fn build(config: &Path) -> Result<aigos::Guard, ConfigError> {
    let (cfg, base) = GuardConfig::load(config)?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    cfg.build(&base, &clock)
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// The Guard does not build, and says the bundle's signature is why.
fn bundle_refused_for_its_signature(config: &Path) {
    let msg = build(config).unwrap_err().to_string();
    assert!(msg.contains("policy.bundle.json") && msg.contains("signature"), "{msg}");
}

#[test]
fn the_init_setup_builds() {
    let (_dir, config) = setup();
    build(&config).unwrap();
}

#[test]
fn a_misspelt_setting_is_refused_not_ignored() {
    let (_dir, config) = setup();
    // `durabilty` would otherwise silently leave the default durability.
    edit(&config, "durability = \"batch\"", "durabilty = \"always\"");
    let err = build(&config).unwrap_err();
    assert!(matches!(err, ConfigError::File { .. }), "{err:?}");
    assert!(err.to_string().contains("durabilty"), "{err}");
}

#[test]
fn a_policy_bundle_changed_after_signing_is_refused() {
    let (_dir, config) = setup();
    let bundle = config.with_file_name("policy.bundle.json");
    // Widen the permit statement: a forbidden tool family becomes allowed.
    edit(&bundle, "\"config.*\"", "\"shell.*\"");
    bundle_refused_for_its_signature(&config);
}

#[test]
fn a_policy_bundle_signed_by_an_unknown_key_is_refused() {
    let (_dir, config) = setup();
    // The bundle re-signed by a key the configuration does not trust.
    let bundle_path = config.with_file_name("policy.bundle.json");
    let bundle: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&bundle_path).unwrap()).unwrap();
    let document: aigos_policy::PolicyDocument = serde_json::from_value(bundle["document"].clone()).unwrap();
    // Same kid as the trusted authority key, so the signature itself is what fails.
    let kid = bundle["kid"].as_str().unwrap().to_owned();
    let stranger = aigos_crypto::SigningKey::generate(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa)
        .unwrap()
        .with_kid(aigos_core::Kid::new(kid).unwrap());
    let forged = aigos_policy::PolicyBundle::sign(document, 2, SystemClock.now_secs(), false, &stranger).unwrap();
    std::fs::write(&bundle_path, serde_json::to_string(&forged).unwrap()).unwrap();
    bundle_refused_for_its_signature(&config);
}

#[test]
fn a_missing_key_file_is_named() {
    let (_dir, config) = setup();
    let key = config.with_file_name("keys").join("guard.key.pem");
    std::fs::remove_file(&key).unwrap();
    let err = build(&config).unwrap_err();
    match &err {
        ConfigError::File { path, .. } => assert_eq!(path, &key),
        other => panic!("expected the missing file to be named, got {other:?}"),
    }
}

/// Audits three (rejected, unsigned) requests and closes the log, which
/// writes a checkpoint; returns a Guard on the reopened log.
async fn audited_and_closed(config: &Path) -> aigos::Guard {
    let guard = build(config).unwrap();
    let r = aigos_core::ActionRequest::builder(aigos_core::AgentId::new("demo-agent").unwrap(), "config.update")
        .timestamp(SystemClock.now_secs())
        .build()
        .unwrap();
    for _ in 0..3 {
        assert_eq!(guard.validate(&r, "").await.status, aigos_core::Status::Rejected);
    }
    guard.shutdown().await.unwrap();
    build(config).unwrap()
}

#[tokio::test]
async fn checkpoints_are_signed_and_an_unsigned_or_forged_one_is_detected() {
    let (_dir, config) = setup();
    let guard = audited_and_closed(&config).await;
    let checkpoints = config.with_file_name("audit").join("checkpoints.jsonl");
    let original = std::fs::read_to_string(&checkpoints).unwrap();
    let mut cp: serde_json::Value = serde_json::from_str(original.lines().next().unwrap()).unwrap();
    assert_eq!(cp["kid"], "audit-checkpoint-1");
    let d = guard.dashboard().await;
    assert!(d.audit_integrity.as_ref().unwrap().verified, "positive control: {:?}", d.audit_integrity);

    // Whoever can rewrite the log without the checkpoint key can only write
    // unsigned checkpoints, or signatures that do not verify.
    let sig = cp["sig"].as_str().unwrap().to_owned();
    cp.as_object_mut().unwrap().remove("sig");
    std::fs::write(&checkpoints, format!("{cp}\n")).unwrap();
    let d = guard.dashboard().await;
    let integrity = d.audit_integrity.unwrap();
    assert!(!integrity.verified, "an unsigned checkpoint passed");
    assert_eq!(d.overall_status, aigos::OverallStatus::Compromised);

    let mut forged = sig.into_bytes();
    forged[10] = if forged[10] == b'A' { b'B' } else { b'A' };
    cp["sig"] = String::from_utf8(forged).unwrap().into();
    std::fs::write(&checkpoints, format!("{cp}\n")).unwrap();
    assert!(!guard.dashboard().await.audit_integrity.unwrap().verified, "a forged signature passed");

    std::fs::write(&checkpoints, original).unwrap();
    assert!(guard.dashboard().await.audit_integrity.unwrap().verified, "the original verifies again");
}

#[test]
fn a_checkpoint_kid_without_its_key_is_refused() {
    let (_dir, config) = setup();
    edit(&config, "checkpoint_key = \"keys/audit-checkpoint.key.pem\"\n", "");
    let err = build(&config).unwrap_err();
    assert!(err.to_string().contains("checkpoint_kid"), "{err}");
}

#[test]
fn an_approval_rule_that_cannot_match_is_refused_at_load_naming_it() {
    let (_dir, config) = setup();
    let good = "\n[[policy.approval_rules]]\nid = \"prod-secrets-mfa\"\nrequire = { type = \"mfa\" }\n[policy.approval_rules.when]\ntools = [\"secrets.*\"]\nactions = [\"secret_rotation\"]\n";
    let text = std::fs::read_to_string(&config).unwrap();
    // Positive control: a well-formed rule loads and builds.
    let with_rule = text.replace("\n[runtime]", &format!("{good}\n[runtime]"));
    std::fs::write(&config, &with_rule).unwrap();
    build(&config).unwrap();
    // A misspelt glob (an unclosed class) would never match: MFA would fail open.
    std::fs::write(&config, with_rule.replace("\"secrets.*\"", "\"secrets.[rotate\"")).unwrap();
    let err = GuardConfig::load(&config).unwrap_err().to_string();
    assert!(err.contains("prod-secrets-mfa") && err.contains("approval_rules"), "{err}");
    // So would an unknown action kind.
    std::fs::write(&config, with_rule.replace("\"secret_rotation\"", "\"secret_rotate\"")).unwrap();
    let err = GuardConfig::load(&config).unwrap_err().to_string();
    assert!(err.contains("approval_rules"), "{err}");
}

#[test]
fn threat_weights_that_do_not_parse_are_refused_at_load() {
    let (_dir, config) = setup();
    edit(&config, "watchdog_timeout_secs = 60", "watchdog_timeout_secs = 60\nweights = { production = \"high\" }");
    let err = GuardConfig::load(&config).unwrap_err().to_string();
    assert!(err.contains("runtime.weights"), "{err}");
}

/// `aigos.toml` and `egress.toml` are size- and depth-checked before the
/// TOML parser sees them: a 200 KB nest of arrays is refused at once,
/// naming the file; the init setup (above) is the positive control.
#[test]
fn deeply_nested_configuration_files_are_refused_before_parsing() {
    let (_dir, config) = setup();
    let nest = format!("x = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let egress = config.with_file_name("egress.toml");
    std::fs::write(&egress, &nest).unwrap();
    let msg = build(&config).unwrap_err().to_string();
    assert!(msg.contains("egress.toml") && msg.contains("deeper"), "{msg}");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(&nest.replace("x =", "[guard.extra]\nx ="));
    std::fs::write(&config, text).unwrap();
    let msg = GuardConfig::load(&config).unwrap_err().to_string();
    assert!(msg.contains("aigos.toml") && msg.contains("deeper"), "{msg}");
}

#[tokio::test]
async fn shutdown_waits_for_a_brief_hold_and_refuses_a_live_clone() {
    let (_dir, config) = setup();
    // A clone held briefly (as a kill channel holds the Guard while it
    // applies an event) is waited for.
    let guard = build(&config).unwrap();
    let held = guard.clone();
    let release = tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        drop(held);
    });
    guard.shutdown().await.expect("the hold ends within the wait");
    release.await.unwrap();
    // A clone that stays alive is reported, never closed under its holder.
    let guard = build(&config).unwrap();
    let alive = guard.clone();
    assert!(matches!(guard.shutdown().await, Err(aigos::Error::StillShared)));
    let r = aigos_core::ActionRequest::builder(aigos_core::AgentId::new("demo-agent").unwrap(), "config.update")
        .timestamp(SystemClock.now_secs())
        .build()
        .unwrap();
    assert_eq!(alive.validate(&r, "").await.status, aigos_core::Status::Rejected, "the clone still works");
    alive.shutdown().await.unwrap();
}
