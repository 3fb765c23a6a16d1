//! Registry: persistence, status, and tokens of suspended or revoked agents.

use std::sync::Arc;

use aigos_core::AgentId;
use aigos_crypto::{Algorithm, Jwks, SigningKey, default_provider};
use aigos_identity::{AgentRecord, AgentRegistry, AgentStatus, Rule, TokenIssuer, TokenRequest, TokenVerifier};

use crate::{AUD, block_on};

fn record(id: &str, key: &SigningKey) -> AgentRecord {
    AgentRecord {
        id: AgentId::new(id).unwrap(),
        owner: "platform".into(),
        organization: None,
        keys: Jwks { keys: vec![key.public_jwk()] },
        golden_thread: None,
        key_threads: Vec::new(),
        status: AgentStatus::Active,
        capabilities: Default::default(),
        lineage: None,
        registered_at: 0,
        instances: Vec::new(),
    }
}

#[test]
fn suspended_and_revoked_agents_are_rejected() {
    let key = Arc::new(SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap());
    let mut reg = AgentRegistry::new();
    reg.register(record("agent-1", &key)).unwrap();
    let token = || {
        TokenIssuer::new(key.clone()).issue(&TokenRequest { sub: "agent-1".into(), aud: vec![AUD.into()], ..Default::default() }).unwrap()
    };
    let verify = |reg: &AgentRegistry| {
        let v = TokenVerifier::builder(Arc::new(reg.key_resolver(default_provider()).unwrap()), AUD).build();
        block_on(v.verify(&token())).map(|_| ()).map_err(|e| e.rule())
    };
    assert_eq!(verify(&reg), Ok(()));
    let id = AgentId::new("agent-1").unwrap();
    reg.set_status(&id, AgentStatus::Suspended).unwrap();
    assert_eq!(verify(&reg), Err(Rule::UnknownKid));
    reg.set_status(&id, AgentStatus::Active).unwrap();
    assert_eq!(verify(&reg), Ok(()));
    reg.set_status(&id, AgentStatus::Revoked).unwrap();
    assert_eq!(verify(&reg), Err(Rule::UnknownKid));
    assert!(reg.set_status(&id, AgentStatus::Active).is_err(), "revocation is final");
}

#[test]
fn persisted_atomically_and_corruption_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("registry.json");
    let key = SigningKey::generate(default_provider(), Algorithm::Es256).unwrap();
    let mut reg = AgentRegistry::new();
    reg.register(record("agent-1", &key)).unwrap();
    reg.save(&path).unwrap();
    assert_eq!(AgentRegistry::load(&path).unwrap(), reg);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temp files left behind");

    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.len() / 2]).unwrap();
    assert!(
        matches!(AgentRegistry::load(&path), Err(aigos_identity::Error::Registry { .. })),
        "truncated file is an error, not an empty registry"
    );
    std::fs::write(&path, "").unwrap();
    assert!(AgentRegistry::load(&path).is_err());
    assert!(AgentRegistry::load(&dir.path().join("missing.json")).is_err());
}

#[test]
fn duplicate_agents_and_kids_refused() {
    let key = SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap();
    let mut reg = AgentRegistry::new();
    reg.register(record("a", &key)).unwrap();
    assert!(reg.register(record("a", &SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap())).is_err());
    assert!(reg.register(record("b", &key)).is_err(), "one kid, one agent");
    let mut keyless = record("c", &key);
    keyless.keys = Jwks::default();
    assert!(reg.register(keyless).is_err());
}

#[test]
fn organization_and_instances_round_trip_and_stay_optional() {
    let key = Arc::new(SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap());
    let mut rec = record("agent-org", &key);
    rec.organization = Some("acme".into());
    rec.instances = vec![aigos_core::InstanceId::new("agent-org-1").unwrap()];
    let json = serde_json::to_string(&rec).unwrap();
    let back: AgentRecord = serde_json::from_str(&json).unwrap();
    assert_eq!(back, rec);
    // A record written before these fields existed still loads, without them.
    let plain = serde_json::to_value(record("agent-plain", &key)).unwrap();
    assert!(plain.get("organization").is_none() && plain.get("instances").is_none(), "{plain}");
    let back: AgentRecord = serde_json::from_value(plain).unwrap();
    assert_eq!(back.organization, None);
    assert!(back.instances.is_empty());
}

/// A golden thread binds a key, so a key belongs to one agent: another
/// agent's key under a kid of its own is refused (it would carry that
/// agent's approval over), as are two keys under one kid in a record.
/// Positive control: distinct keys under distinct kids.
#[test]
fn a_key_belongs_to_one_agent_and_a_kid_to_one_key() {
    let p = default_provider();
    let a = SigningKey::generate(p, Algorithm::EdDsa).unwrap().with_kid(aigos_core::Kid::new("a-key").unwrap());
    let b = SigningKey::generate(p, Algorithm::EdDsa).unwrap().with_kid(aigos_core::Kid::new("b-key").unwrap());
    let mut reg = AgentRegistry::new();
    reg.register(record("agent-a", &a)).unwrap();
    reg.register(record("agent-b", &b)).unwrap();
    let mut copied = record("agent-c", &a);
    copied.keys.keys[0].kid = Some("c-key".into());
    let err = reg.register(copied).unwrap_err().to_string();
    assert!(err.contains("already registered to agent agent-a"), "{err}");
    let c = SigningKey::generate(p, Algorithm::EdDsa).unwrap().with_kid(aigos_core::Kid::new("c-key").unwrap());
    let other = SigningKey::generate(p, Algorithm::EdDsa).unwrap().with_kid(aigos_core::Kid::new("c-key").unwrap());
    let mut twice = record("agent-c", &c);
    twice.keys.keys.push(other.public_jwk());
    let err = reg.register(twice).unwrap_err().to_string();
    assert!(err.contains("names two keys"), "{err}");
    reg.register(record("agent-c", &c)).unwrap();
}
