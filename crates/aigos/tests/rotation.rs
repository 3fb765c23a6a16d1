//! Scheduled key rotation (`aigos keys rotate`) on the `aigos init` setup:
//! what each role's old and new keys signed before, during and after the
//! rotation verifies as it should, and what the old key signs after its
//! retirement (an insider or thief holding the old key file) is refused.
//! And audit retention configured in `[audit]`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::path::PathBuf;
use std::sync::Arc;

use aigos::config::GuardConfig;
use aigos::keyring::{Role, rotate};
use aigos_core::{ActionKind, ActionRequest, AgentId, Clock, Environment, InstanceId, ManualClock, Severity, Status, SystemClock};
use aigos_crypto::{Jwks, Provider, SigningKey, default_provider};

struct Setup {
    _dir: tempfile::TempDir,
    config: PathBuf,
    base: PathBuf,
    clock: Arc<ManualClock>,
    t0: i64,
}

impl Setup {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let t0 = SystemClock.now_secs();
        let config = aigos::config::init(&dir.path().join("setup"), provider(), t0).unwrap();
        let base = config.parent().unwrap().to_owned();
        Setup { _dir: dir, config, base, clock: Arc::new(ManualClock::at_secs(u64::try_from(t0).unwrap())), t0 }
    }

    fn at(&self, offset: i64) {
        self.clock.set(u64::try_from(self.t0 + offset).unwrap() * 1000);
    }

    /// The Guard as it (re)starts now.
    fn guard(&self) -> aigos::Guard {
        let (cfg, base) = GuardConfig::load(&self.config).unwrap();
        let clock: Arc<dyn Clock> = self.clock.clone();
        cfg.build(&base, &clock).unwrap()
    }

    fn key(&self, path: &str, kid: &str) -> SigningKey {
        SigningKey::from_pkcs8_pem(provider(), &std::fs::read_to_string(self.base.join(path)).unwrap())
            .unwrap()
            .with_kid(aigos_core::Kid::new(kid).unwrap())
    }

    fn jwks(&self, path: &str) -> Jwks {
        Jwks::from_json(&std::fs::read_to_string(self.base.join(path)).unwrap()).unwrap()
    }

    fn request(&self) -> ActionRequest {
        ActionRequest::builder(AgentId::new("demo-agent").unwrap(), "config.update")
            .instance(InstanceId::new("demo-agent-1").unwrap())
            .action(ActionKind::ConfigChange)
            .severity(Severity::Low)
            .environment(Environment::Production)
            .payload(serde_json::json!({"key": "log_level", "value": "info"}))
            .timestamp(self.clock.now_secs())
            .build()
            .unwrap()
    }

    /// A LOW request of the demo agent through `guard`, with a fresh token:
    /// its outcome.
    async fn validate(&self, guard: &aigos::Guard, request: &ActionRequest) -> aigos::ValidationOutcome {
        let agent = self.key("keys/demo-agent.key.pem", aigos::config::DEMO_AGENT_KID);
        self.validate_with(guard, request, agent).await
    }

    /// A validation with a token the agent signs with `agent`.
    async fn validate_with(&self, guard: &aigos::Guard, request: &ActionRequest, agent: SigningKey) -> aigos::ValidationOutcome {
        let clock: Arc<dyn Clock> = self.clock.clone();
        let issuer = aigos_identity::TokenIssuer::new(Arc::new(agent)).clock(clock);
        let token = issuer
            .issue(&aigos_identity::TokenRequest {
                sub: "demo-agent".into(),
                aud: vec!["aigos-guard".into()],
                ahash: Some(aigos::action_hash(provider(), request).unwrap()),
                ..Default::default()
            })
            .unwrap();
        guard.validate(request, &token).await
    }

    /// An approved request's permit.
    async fn permit(&self, guard: &aigos::Guard) -> (ActionRequest, String) {
        let request = self.request();
        let outcome = self.validate(guard, &request).await;
        assert_eq!(outcome.status, Status::Approved, "{:?}", outcome.reasons);
        (request, outcome.permit.unwrap())
    }
}

fn provider() -> Provider {
    default_provider()
}

/// The kid in a compact JWS's protected header.
fn kid_of(jws: &str) -> String {
    let header = aigos_crypto::base64url::decode(jws.split('.').next().unwrap()).unwrap();
    serde_json::from_slice::<serde_json::Value>(&header).unwrap()["kid"].as_str().unwrap().to_owned()
}

fn kids(jwks: &Jwks) -> Vec<(String, Option<i64>)> {
    jwks.keys.iter().map(|k| (k.kid.clone().unwrap(), k.retired_at())).collect()
}

fn verifier(guard: &aigos::Guard, s: &Setup) -> aigos_identity::PermitVerifier {
    let clock: Arc<dyn Clock> = s.clock.clone();
    let replay = Arc::new(aigos_identity::InMemoryReplayStore::new(1000, clock));
    guard.permit_verifier(replay).unwrap().unwrap()
}

#[tokio::test]
async fn permits_switch_keys_after_the_delay_and_a_retired_keys_new_permits_are_refused() {
    let s = Setup::new();
    s.at(0);
    let (_, before) = s.permit(&s.guard()).await;
    assert_eq!(kid_of(&before), "guard-1");

    let done = rotate(&s.config, Role::Permit, 600, provider(), s.t0 + 10).unwrap();
    assert_eq!((done.old_kid.as_str(), done.new_kid.as_str(), done.signs_from), ("guard-1", "guard-2", s.t0 + 610));
    // A second rotation while this one is pending is refused.
    let pending = rotate(&s.config, Role::Permit, 600, provider(), s.t0 + 20).unwrap_err().to_string();
    assert!(pending.contains("pending"), "{pending}");

    // The Guard restarts within the delay: both keys published, the old one still signs.
    s.at(20);
    let guard = s.guard();
    assert_eq!(guard.audit_key_schedules().await.unwrap(), 1, "one record: the permit key's schedule");
    let published = kids(&guard.permit_jwks().unwrap());
    assert_eq!(published, vec![("guard-1".into(), Some(s.t0 + 610)), ("guard-2".into(), None)]);
    s.at(600);
    let (during_request, during) = s.permit(&guard).await;
    assert_eq!(kid_of(&during), "guard-1");

    // After the switch: the new key signs; the old key's last permits still verify.
    s.at(615);
    let (after_request, after) = s.permit(&guard).await;
    assert_eq!(kid_of(&after), "guard-2");
    let executor = verifier(&guard, &s);
    executor.verify(&during, &during_request).await.unwrap();
    executor.verify(&after, &after_request).await.unwrap();

    // Attack: whoever kept keys/guard.key.pem signs a permit now, under the old kid.
    let old = s.key("keys/guard.key.pem", "guard-1");
    let clock: Arc<dyn Clock> = s.clock.clone();
    let thief = aigos_identity::PermitIssuer::new(Arc::new(old), "aigos-guard", aigos_identity::MAX_PERMIT_TTL, clock).unwrap();
    let request = s.request();
    let forged = thief.issue(&request, "tool-executor").unwrap();
    let err = verifier(&guard, &s).verify(&forged, &request).await.unwrap_err();
    assert_eq!(err.rule(), aigos_identity::Rule::KeyRetired, "{err}");

    // Published until its last permit (60 s) and a minute of skew are past.
    s.at(610 + 119);
    assert_eq!(kids(&guard.permit_jwks().unwrap()).len(), 2);
    s.at(610 + 120);
    assert_eq!(kids(&guard.permit_jwks().unwrap()), vec![("guard-2".into(), None)]);
    // keys/guard.jwks.json publishes both, the old one marked.
    assert_eq!(kids(&s.jwks("keys/guard.jwks.json")), vec![("guard-1".into(), Some(s.t0 + 610)), ("guard-2".into(), None)]);
    guard.shutdown().await.unwrap();
}

/// Verifies the setup's audit log against keys/audit.jwks.json, as
/// `aigos audit verify --jwks` does.
fn verify_audit(s: &Setup) -> Result<aigos_audit::Summary, aigos_audit::Tampering> {
    let mac = aigos_audit::MacKey::from_key_file(provider(), &std::fs::read(s.base.join("keys/audit.mac")).unwrap()).unwrap();
    let macs = move |kid: &str| (kid == mac.kid).then(|| mac.clone());
    let jwks = s.jwks("keys/audit.jwks.json");
    let trusted = |kid: &str| jwks.find(kid)?.to_public_key().ok();
    let retired = |kid: &str| jwks.find(kid)?.retired_at();
    aigos_audit::verify_log(
        provider(),
        &s.base.join("audit"),
        &aigos_audit::VerifyOptions {
            mac_keys: Some(&macs),
            checkpoint_keys: Some(&trusted),
            retired_checkpoint_keys: Some(&retired),
            ..Default::default()
        },
    )
}

fn checkpoint_kids(s: &Setup) -> Vec<String> {
    let mut kids = Vec::new();
    for entry in std::fs::read_dir(s.base.join("audit")).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().contains("checkpoint") {
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                kids.push(v["kid"].as_str().unwrap().to_owned());
            }
        }
    }
    kids
}

/// Writes records at `offset` with a Guard started then, and closes it.
async fn write_audit_at(s: &Setup, offset: i64) {
    s.at(offset);
    let guard = s.guard();
    let request = s.request();
    assert_eq!(s.validate(&guard, &request).await.status, Status::Approved);
    guard.shutdown().await.unwrap();
}

#[tokio::test]
async fn checkpoints_signed_before_and_after_a_rotation_verify_and_the_retired_keys_later_ones_do_not() {
    let s = Setup::new();
    write_audit_at(&s, 0).await;
    rotate(&s.config, Role::Checkpoint, 100, provider(), s.t0 + 10).unwrap();
    write_audit_at(&s, 50).await;
    write_audit_at(&s, 200).await;
    let summary = verify_audit(&s).unwrap();
    assert!(summary.records >= 3, "{summary:?}");
    let kids = checkpoint_kids(&s);
    assert!(kids.iter().any(|k| k == "audit-checkpoint-1") && kids.iter().any(|k| k == "audit-checkpoint-2"), "{kids:?}");
    // The Guard's own checkpoint JWKS keeps the retired key (old checkpoints stay).
    let guard = s.guard();
    assert_eq!(kids_of_checkpoint_jwks(&guard), vec![("audit-checkpoint-1".into(), Some(s.t0 + 110)), ("audit-checkpoint-2".into(), None)]);
    guard.shutdown().await.unwrap();

    // Attack: a writer that kept the old key (the ring removed) signs on after the switch.
    let s = Setup::new();
    write_audit_at(&s, 0).await;
    rotate(&s.config, Role::Checkpoint, 100, provider(), s.t0 + 10).unwrap();
    std::fs::remove_file(aigos::keyring::ring_path(&s.base, Role::Checkpoint)).unwrap();
    write_audit_at(&s, 200).await;
    let err = verify_audit(&s).unwrap_err();
    assert!(err.reason.contains("retirement"), "{err:?}");
}

fn kids_of_checkpoint_jwks(guard: &aigos::Guard) -> Vec<(String, Option<i64>)> {
    kids(&guard.checkpoint_jwks().unwrap())
}

#[tokio::test]
async fn bundles_kill_commands_and_golden_threads_of_a_retired_authority_key() {
    let s = Setup::new();
    let done = rotate(&s.config, Role::Authority, 100, provider(), s.t0 + 10).unwrap();
    assert_eq!((done.old_kid.as_str(), done.new_kid.as_str()), ("authority-1", "authority-2"));
    let jwks = s.jwks("keys/authority.jwks.json");
    assert_eq!(kids(&jwks), vec![("authority-1".into(), Some(s.t0 + 110)), ("authority-2".into(), None)]);
    let old = s.key("keys/authority.key.pem", "authority-1");
    let new = s.key(&done.new_key, "authority-2");

    // Policy bundles: the old key's before its retirement, the new key's after; not the old key's after.
    let bundle: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(s.base.join("policy.bundle.json")).unwrap()).unwrap();
    let document: aigos_policy::PolicyDocument = serde_json::from_value(bundle["document"].clone()).unwrap();
    let loader = aigos_policy::BundleLoader::new(provider(), &jwks).unwrap();
    let sign = |version, at, key: &SigningKey| aigos_policy::PolicyBundle::sign(document.clone(), version, at, false, key).unwrap();
    loader.verify(&sign(2, s.t0 + 50, &old)).unwrap();
    loader.verify(&sign(3, s.t0 + 150, &new)).unwrap();
    let err = loader.verify(&sign(3, s.t0 + 150, &old)).unwrap_err().to_string();
    assert!(err.contains("retired"), "{err}");

    // Golden threads: the one `aigos init` signed with the old key still
    // verifies after the switch; one the old key signs after it does not.
    s.at(150);
    let guard = s.guard();
    assert_eq!(s.validate(&guard, &s.request()).await.status, Status::Approved);
    guard.shutdown().await.unwrap();
    let registry_path = s.base.join("registry.json");
    let mut registry: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&registry_path).unwrap()).unwrap();
    let agent = registry["agents"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == "demo-agent").unwrap();
    let approval = aigos_identity::Approval {
        ticket_id: "CHG-9".into(),
        approved_by: "thief@example.com".into(),
        approved_at: time::OffsetDateTime::from_unix_timestamp(s.t0 + 150)
            .unwrap()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap(),
    };
    let bound = aigos_crypto::Signer::public_jwk(&s.key("keys/demo-agent.key.pem", aigos::config::DEMO_AGENT_KID)).thumbprint().unwrap();
    let forged = aigos_identity::GoldenThread::sign(approval.clone(), &bound, s.t0 + 86_400, &old).unwrap();
    agent["golden_thread"] = serde_json::to_value(&forged).unwrap();
    std::fs::write(&registry_path, serde_json::to_string(&registry).unwrap()).unwrap();
    let guard = s.guard();
    let outcome = s.validate(&guard, &s.request()).await;
    assert_eq!(outcome.status, Status::Rejected);
    assert!(outcome.reasons.iter().any(|r| r.contains("retired")), "{:?}", outcome.reasons);
    guard.shutdown().await.unwrap();
    // Positive control: the same approval signed by the new key.
    let renewed = aigos_identity::GoldenThread::sign(approval, &bound, s.t0 + 86_400, &new).unwrap();
    let agent = registry["agents"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == "demo-agent").unwrap();
    agent["golden_thread"] = serde_json::to_value(&renewed).unwrap();
    std::fs::write(&registry_path, serde_json::to_string(&registry).unwrap()).unwrap();
    let guard = s.guard();
    assert_eq!(s.validate(&guard, &s.request()).await.status, Status::Approved);

    // Kill commands: the old key's after its retirement are refused, the new key's applied.
    let command = |key: &SigningKey, sequence| {
        aigos_runtime::KillCommand::issue(
            key,
            aigos_runtime::CommandSpec {
                kind: aigos_runtime::CommandType::Pause,
                target: aigos_runtime::Target { kind: aigos_runtime::TargetType::Asset, ids: vec!["demo-agent".into()] },
                reason: "rotation test".into(),
                issued_by: "ops".into(),
                sequence,
                now: s.clock.now_secs(),
                ttl: std::time::Duration::from_secs(300),
            },
        )
        .unwrap()
    };
    let err = guard.apply_kill(&command(&old, 1)).await.unwrap_err().to_string();
    assert!(err.contains("retired"), "{err}");
    assert_eq!(s.validate(&guard, &s.request()).await.status, Status::Approved);
    guard.apply_kill(&command(&new, 2)).await.unwrap();
    assert_ne!(s.validate(&guard, &s.request()).await.status, Status::Approved);
    guard.shutdown().await.unwrap();
}

#[test]
fn a_ring_whose_old_key_signs_past_the_new_keys_start_is_refused() {
    let s = Setup::new();
    rotate(&s.config, Role::Authority, 0, provider(), s.t0 - 5).unwrap();
    let ring_file = aigos::keyring::ring_path(&s.base, Role::Authority);
    let ring = aigos::keyring::KeyRing::load(&ring_file).unwrap();
    assert_eq!(ring.keys.len(), 2);
    assert!(ring.keys[1].created_at == s.t0 - 5 && ring.keys[0].retired_at == Some(ring.keys[1].signs_from));
    // Tampered: the old key made to sign on past the new key's start.
    let mut bad = ring.clone();
    bad.keys[0].retired_at = Some(ring.keys[1].signs_from + 1000);
    std::fs::write(&ring_file, serde_json::to_string(&bad).unwrap()).unwrap();
    let err = aigos::keyring::KeyRing::load(&ring_file).unwrap_err().to_string();
    assert!(err.contains("retired"), "{err}");
}

/// A retired key's private half can go: the ring keeps its public key, the
/// Guard starts without the file, what the key signed still verifies.
#[tokio::test]
async fn a_retired_keys_file_can_be_removed_and_what_it_signed_still_verifies() {
    let s = Setup::new();
    write_audit_at(&s, 0).await;
    rotate(&s.config, Role::Permit, 100, provider(), s.t0 + 10).unwrap();
    rotate(&s.config, Role::Checkpoint, 100, provider(), s.t0 + 10).unwrap();
    write_audit_at(&s, 50).await;
    // Before the switch the old files are still needed.
    std::fs::rename(s.base.join("keys/guard.key.pem"), s.base.join("guard.key.pem.bak")).unwrap();
    s.at(60);
    let (cfg, base) = GuardConfig::load(&s.config).unwrap();
    let clock: Arc<dyn Clock> = s.clock.clone();
    assert!(cfg.build(&base, &clock).is_err(), "a key still in service must load");
    std::fs::remove_file(s.base.join("guard.key.pem.bak")).unwrap();
    std::fs::remove_file(s.base.join("keys/audit-checkpoint.key.pem")).unwrap();
    // After it: the Guard starts, signs with the new keys, and the log verifies.
    write_audit_at(&s, 200).await;
    let guard = s.guard();
    let (_, permit) = s.permit(&guard).await;
    assert_eq!(kid_of(&permit), "guard-2");
    guard.shutdown().await.unwrap();
    verify_audit(&s).unwrap();
}

/// A running Guard reloads its rings (what `aigos serve` does when they
/// change): the new key is published at once and signs from its start, so
/// the checkpoints it writes after the switch verify at the next start.
#[tokio::test]
async fn a_running_guard_reloads_its_keys_and_switches_without_a_restart() {
    let s = Setup::new();
    s.at(0);
    let guard = s.guard();
    rotate(&s.config, Role::Permit, 100, provider(), s.t0 + 10).unwrap();
    rotate(&s.config, Role::Checkpoint, 100, provider(), s.t0 + 10).unwrap();
    let (cfg, base) = GuardConfig::load(&s.config).unwrap();
    s.at(20);
    assert_eq!(cfg.reload_signing_keys(&guard, &base).await.unwrap(), 2);
    assert_eq!(kids(&guard.permit_jwks().unwrap()).len(), 2, "the new key is published before it signs");
    assert_eq!(kid_of(&s.permit(&guard).await.1), "guard-1");
    s.at(150);
    assert_eq!(kid_of(&s.permit(&guard).await.1), "guard-2");
    guard.shutdown().await.unwrap();
    verify_audit(&s).unwrap();
    let kids = checkpoint_kids(&s);
    assert_eq!(kids.last().map(String::as_str), Some("audit-checkpoint-2"), "{kids:?}");
    // The Guard restarts on its log.
    s.guard().shutdown().await.unwrap();
}

/// What an insider who can write `keys/` (but not the Guard's memory) tries
/// with the ring: a key outside the configuration's directory, a ring
/// anyone may write, a file holding another key than the ring names, one
/// key under two kids. Each is refused at start; the untouched ring loads.
#[test]
fn a_tampered_ring_is_refused() {
    let s = Setup::new();
    rotate(&s.config, Role::Permit, 100, provider(), s.t0 + 10).unwrap();
    let ring_file = aigos::keyring::ring_path(&s.base, Role::Permit);
    let good = std::fs::read_to_string(&ring_file).unwrap();
    let (cfg, base) = GuardConfig::load(&s.config).unwrap();
    let clock: Arc<dyn Clock> = s.clock.clone();
    s.at(20);
    cfg.build(&base, &clock).unwrap();
    let attempt = |what: &str, edit: &dyn Fn(&mut serde_json::Value), expect: &str| {
        let mut ring: serde_json::Value = serde_json::from_str(&good).unwrap();
        edit(&mut ring);
        std::fs::write(&ring_file, serde_json::to_string(&ring).unwrap()).unwrap();
        let err = cfg.build(&base, &clock).err().unwrap_or_else(|| panic!("{what}: accepted")).to_string();
        assert!(err.contains(expect), "{what}: {err}");
    };
    let evil = s.base.parent().unwrap().join("evil.key.pem");
    let stranger = SigningKey::generate(provider(), aigos_crypto::Algorithm::EdDsa).unwrap();
    std::fs::write(&evil, stranger.to_pkcs8_pem().unwrap().as_bytes()).unwrap();
    attempt("a key outside", &|r| r["keys"][1]["key"] = "../evil.key.pem".into(), "not a relative path");
    attempt("an absolute path", &|r| r["keys"][1]["key"] = evil.to_str().unwrap().into(), "not a relative path");
    std::fs::copy(&evil, s.base.join("keys/evil.key.pem")).unwrap();
    attempt("a file with another key", &|r| r["keys"][1]["key"] = "keys/evil.key.pem".into(), "does not hold the key");
    attempt("one key twice", &|r| r["keys"][1]["public"] = r["keys"][0]["public"].clone(), "names another kid");
    attempt(
        "one key under two kids",
        &|r| {
            let mut public = r["keys"][0]["public"].clone();
            public["kid"] = "guard-2".into();
            r["keys"][1]["public"] = public;
        },
        "twice",
    );
    std::fs::write(&ring_file, &good).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&ring_file, std::fs::Permissions::from_mode(0o666)).unwrap();
        let err = cfg.build(&base, &clock).err().unwrap().to_string();
        assert!(err.contains("writable by group or others"), "{err}");
        std::fs::set_permissions(&ring_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    cfg.build(&base, &clock).unwrap();
}

/// An agent's key rotation in the registry: its record holds the old key
/// marked retired; tokens the old key signed before verify, tokens it signs
/// after (an attacker who kept the agent's old key) are refused.
#[tokio::test]
async fn an_agent_key_retired_in_the_registry_signs_no_new_token() {
    let s = Setup::new();
    let registry_path = s.base.join("registry.json");
    let mut registry: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&registry_path).unwrap()).unwrap();
    let agent = registry["agents"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == "demo-agent").unwrap();
    agent["keys"]["keys"][0]["retired_at"] = (s.t0 + 100).into();
    std::fs::write(&registry_path, serde_json::to_string(&registry).unwrap()).unwrap();
    s.at(50);
    let guard = s.guard();
    assert_eq!(s.validate(&guard, &s.request()).await.status, Status::Approved);
    s.at(150);
    let outcome = s.validate(&guard, &s.request()).await;
    assert_eq!(outcome.status, Status::Rejected);
    assert!(outcome.reasons.iter().any(|r| r.contains("IDENTITY_KEY_RETIRED") || r.contains("retired")), "{:?}", outcome.reasons);
    guard.shutdown().await.unwrap();
}

/// An agent's own key rotates through the registry: the new key goes in
/// beside the old one. Attack: until the authority signs a golden thread
/// for it, its tokens are refused (an insider who can write the registry
/// but lacks the authority's key cannot give an agent a working key, not
/// even by moving a kid that has a thread to a key of their own, since a
/// thread binds the key's thumbprint; and a thread the agent signs itself
/// does not count). With the authority's thread in `key_threads` both keys
/// act; once the old key is retired only the new one does.
#[tokio::test]
async fn an_agent_key_rotates_with_a_golden_thread_for_the_new_key() {
    let s = Setup::new();
    let old = || s.key("keys/demo-agent.key.pem", aigos::config::DEMO_AGENT_KID);
    let secret = [42u8; 32];
    let new = || {
        SigningKey::from_secret(provider(), aigos_crypto::Algorithm::EdDsa, &secret)
            .unwrap()
            .with_kid(aigos_core::Kid::new("demo-agent-key-2").unwrap())
    };
    let registry_path = s.base.join("registry.json");
    let edit_agent = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut registry: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&registry_path).unwrap()).unwrap();
        f(registry["agents"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == "demo-agent").unwrap());
        std::fs::write(&registry_path, serde_json::to_string(&registry).unwrap()).unwrap();
    };
    let public = serde_json::to_value(aigos_crypto::Signer::public_jwk(&new())).unwrap();
    edit_agent(&|a| a["keys"]["keys"].as_array_mut().unwrap().push(public.clone()));
    let thread = |signer: &SigningKey| {
        let approved_at =
            time::OffsetDateTime::from_unix_timestamp(s.t0 + 5).unwrap().format(&time::format_description::well_known::Rfc3339).unwrap();
        let approval = aigos_identity::Approval { ticket_id: "ROT-7".into(), approved_by: "owner@example.invalid".into(), approved_at };
        let bound = aigos_crypto::Signer::public_jwk(&new()).thumbprint().unwrap();
        serde_json::to_value(aigos_identity::GoldenThread::sign(approval, &bound, s.t0 + 86_400, signer).unwrap()).unwrap()
    };
    let status = |o: &aigos::ValidationOutcome| (o.status, o.reasons.join("; "));

    s.at(10);
    let guard = s.guard();
    let o = s.validate_with(&guard, &s.request(), new()).await;
    assert_eq!(o.status, Status::Rejected, "a key without its golden thread");
    assert!(o.reasons.iter().any(|r| r.contains("GOLDEN_THREAD_INVALID") || r.contains("golden thread")), "{:?}", o.reasons);
    assert_eq!(s.validate_with(&guard, &s.request(), old()).await.status, Status::Approved, "the old key still acts");
    guard.shutdown().await.unwrap();

    // Attack: a thread for the new key that the agent signed itself.
    let forged = thread(&new());
    edit_agent(&|a| a["key_threads"] = serde_json::json!([forged.clone()]));
    let guard = s.guard();
    assert_eq!(s.validate_with(&guard, &s.request(), new()).await.status, Status::Rejected);
    guard.shutdown().await.unwrap();

    // The authority's thread for the new key; the old key retired at t0 + 100.
    let signed = thread(&s.key("keys/authority.key.pem", "authority-1"));
    edit_agent(&|a| {
        a["key_threads"] = serde_json::json!([signed.clone()]);
        a["keys"]["keys"][0]["retired_at"] = (s.t0 + 100).into();
    });
    s.at(20);
    let guard = s.guard();
    assert_eq!(status(&s.validate_with(&guard, &s.request(), new()).await).0, Status::Approved);
    assert_eq!(status(&s.validate_with(&guard, &s.request(), old()).await).0, Status::Approved, "both keys act during the rotation");
    s.at(150);
    let (st, why) = status(&s.validate_with(&guard, &s.request(), old()).await);
    assert_eq!(st, Status::Rejected);
    assert!(why.contains("IDENTITY_KEY_RETIRED") || why.contains("retired"), "{why}");
    assert_eq!(status(&s.validate_with(&guard, &s.request(), new()).await).0, Status::Approved);
    guard.shutdown().await.unwrap();

    // Attack: an insider who can write the registry swaps their own key in
    // under the old key's kid (or adds it beside it under that kid). The
    // golden thread binds the old key's thumbprint, not the kid: refused.
    let thief = || {
        SigningKey::from_secret(provider(), aigos_crypto::Algorithm::EdDsa, &[7u8; 32])
            .unwrap()
            .with_kid(aigos_core::Kid::new(aigos::config::DEMO_AGENT_KID).unwrap())
    };
    let thief_public = serde_json::to_value(aigos_crypto::Signer::public_jwk(&thief())).unwrap();
    edit_agent(&|a| {
        a["keys"]["keys"][0] = thief_public.clone();
        a["key_threads"] = serde_json::json!([]);
    });
    s.at(30);
    let guard = s.guard();
    let (st, why) = status(&s.validate_with(&guard, &s.request(), thief()).await);
    assert_eq!(st, Status::Rejected);
    assert!(why.contains("GOLDEN_THREAD_INVALID") || why.contains("golden thread"), "{why}");
    guard.shutdown().await.unwrap();
    // ... and a second key under the same kid is refused when the registry loads.
    edit_agent(&|a| a["keys"]["keys"].as_array_mut().unwrap().push(public.clone()));
    edit_agent(&|a| a["keys"]["keys"][2]["kid"] = aigos::config::DEMO_AGENT_KID.into());
    let (cfg, base) = GuardConfig::load(&s.config).unwrap();
    let clock: Arc<dyn Clock> = s.clock.clone();
    let err = cfg.build(&base, &clock).err().unwrap().to_string();
    assert!(err.contains("names two keys"), "{err}");
}

fn edit(path: &std::path::Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// `[audit] retention_days`: after the days pass, the Guard moves the old
/// segments to `audit/archive`, and the log still verifies with the
/// checkpoint keys; retention without a witness is refused at start.
#[tokio::test]
async fn retention_archives_old_segments_and_the_log_still_verifies() {
    let s = Setup::new();
    edit(
        &s.config,
        "checkpoint_kid = \"audit-checkpoint-1\"\n",
        "checkpoint_kid = \"audit-checkpoint-1\"\nretention_days = 1\nsegment_max_bytes = 2048\n",
    );
    s.at(0);
    let guard = s.guard();
    for _ in 0..12 {
        assert_eq!(s.validate(&guard, &s.request()).await.status, Status::Approved);
    }
    guard.shutdown().await.unwrap();
    s.at(2 * 86_400);
    let guard = s.guard();
    let report = guard.apply_audit_retention().await.unwrap().unwrap();
    assert!(!report.archived.is_empty(), "{report:?}");
    for path in &report.archived {
        assert!(s.base.join("audit/archive").join(path.file_name().unwrap()).exists());
    }
    assert_eq!(s.validate(&guard, &s.request()).await.status, Status::Approved);
    guard.shutdown().await.unwrap();
    let summary = verify_audit(&s).unwrap();
    assert!(summary.records > report.archived_before, "{summary:?}");

    edit(&s.config, "witness = \"audit.witness.json\"", "# no witness");
    let (cfg, base) = GuardConfig::load(&s.config).unwrap();
    let clock: Arc<dyn Clock> = s.clock.clone();
    let err = cfg.build(&base, &clock).err().unwrap().to_string();
    assert!(err.contains("retention_days needs checkpoint_key and witness"), "{err}");
}
