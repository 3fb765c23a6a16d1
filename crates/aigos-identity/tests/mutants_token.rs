//! Token verifier rules that mutation testing (`cargo xtask mutants`) found
//! untested: each AIGOS option enforced on its own, the exact edges of the
//! time rules, options set through the builder, action binding through
//! `verify_for_action`, and the issuer's refusals. Every attack comes with
//! its positive control.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    unreachable_pub,
    reason = "tests"
)]

use std::sync::Arc;
use std::time::Duration;

use aigos_core::{ActionRequest, AgentId, ManualClock};
use aigos_crypto::{Algorithm, Jwks, SigningKey, VerifyingKey, base64url, default_provider};
use aigos_identity::{
    AigosClaims, InMemoryReplayStore, KeySet, RiskLevel, Rule, TokenIssuer, TokenRequest, TokenVerifier, TokenVerifierBuilder, action_hash,
};
use serde_json::{Value, json};

const NOW: i64 = 1_800_000_000;
const AUD: &str = "aigos-guard";

struct Fx {
    key: Arc<SigningKey>,
    clock: ManualClock,
    keys: Arc<KeySet>,
}

impl Fx {
    fn new() -> Self {
        let key = Arc::new(SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap());
        let keys = Arc::new(KeySet::from_jwks(default_provider(), &Jwks { keys: vec![key.public_jwk()] }).unwrap());
        Fx { key, clock: ManualClock::at_secs(NOW as u64), keys }
    }

    fn builder(&self) -> TokenVerifierBuilder {
        TokenVerifier::builder(self.keys.clone(), AUD)
            .clock(Arc::new(self.clock.clone()))
            .replay_store(Arc::new(InMemoryReplayStore::new(1000, Arc::new(self.clock.clone()))))
    }

    fn issuer(&self) -> TokenIssuer {
        TokenIssuer::new(self.key.clone()).clock(Arc::new(self.clock.clone()))
    }

    fn claims(&self) -> Value {
        json!({"sub": "agent-1", "aud": AUD, "iat": NOW, "exp": NOW + 300, "jti": aigos_identity::new_jti(default_provider()).unwrap()})
    }

    /// A validly signed token with these claims.
    fn sign(&self, claims: &Value) -> String {
        let header = json!({"alg": "EdDSA", "typ": "AIGOS-GOV+jwt", "kid": self.key.kid().as_str()});
        let mut input =
            format!("{}.{}", base64url::encode(header.to_string().as_bytes()), base64url::encode(claims.to_string().as_bytes()));
        let sig = self.key.sign(input.as_bytes()).unwrap();
        input.push('.');
        input.push_str(&base64url::encode(sig.as_bytes()));
        input
    }

    fn with_aigos(&self, edit: impl Fn(&mut AigosClaims)) -> String {
        let mut a = aigos_claims();
        edit(&mut a);
        let mut c = self.claims();
        c["aigos"] = serde_json::to_value(a).unwrap();
        self.sign(&c)
    }
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
}

fn rule(v: &TokenVerifier, token: &str) -> Result<(), Rule> {
    block_on(v.verify(token)).map(|_| ()).map_err(|e| e.rule())
}

fn aigos_claims() -> AigosClaims {
    serde_json::from_value(json!({
        "version": "1.0",
        "identity": {"instance_id": "i-1", "asset_id": "agent-1", "asset_name": "Agent", "asset_version": "1.0.0"},
        "governance": {"risk_level": "limited", "mode": "NORMAL",
            "golden_thread": {"hash": format!("sha256:{}", "a".repeat(64)), "verified": true, "ticket_id": "CHG-1"}},
        "control": {"kill_switch": {"enabled": true, "channel": "sse"}, "paused": false, "termination_pending": false},
        "capabilities": {"hash": format!("sha256:{}", "b".repeat(64)), "tools": ["deploy", "read"], "max_budget_usd": 10.0, "can_spawn": true, "max_child_depth": 2},
        "lineage": {"generation_depth": 2, "parent_instance_id": "i-0", "root_instance_id": "i-0"}
    }))
    .unwrap()
}

/// Turns one AIGOS option on.
type SetOption = fn(TokenVerifierBuilder) -> TokenVerifierBuilder;

/// A verifier that enables ONE option must refuse a token that carries no
/// `aigos` object at all (otherwise leaving the object out would skip the
/// option); with the object, the same verifier accepts it.
#[test]
fn each_aigos_option_alone_requires_the_aigos_object() {
    let f = Fx::new();
    let one_option: [(&str, SetOption); 5] = [
        ("golden thread", |b| b.require_golden_thread(true)),
        ("capabilities", |b| b.require_capabilities(vec!["deploy".into()])),
        ("max risk level", |b| b.max_risk_level(RiskLevel::Limited)),
        ("kill switch", |b| b.require_kill_switch(true)),
        ("max generation depth", |b| b.max_generation_depth(2)),
    ];
    for (name, set) in one_option {
        let v = set(f.builder()).build();
        assert_eq!(rule(&v, &f.sign(&f.claims())), Err(Rule::AigosMissing), "{name}: a token without the aigos object");
        assert_eq!(rule(&v, &f.with_aigos(|_| {})), Ok(()), "{name}: positive control");
    }
    // Options switched off again (false) do not demand the object.
    let off = f.builder().require_golden_thread(false).require_kill_switch(false).build();
    assert_eq!(rule(&off, &f.sign(&f.claims())), Ok(()));
}

/// The limits are inclusive: a value at the limit passes, one above fails;
/// each option on its own catches its own violation.
#[test]
fn aigos_limits_at_the_edge_and_each_option_alone() {
    let f = Fx::new();
    let depth = f.builder().max_generation_depth(2).build();
    assert_eq!(rule(&depth, &f.with_aigos(|a| a.lineage.generation_depth = 2)), Ok(()), "at the limit");
    assert_eq!(rule(&depth, &f.with_aigos(|a| a.lineage.generation_depth = 3)), Err(Rule::GenerationTooDeep));
    let risk = f.builder().max_risk_level(RiskLevel::Limited).build();
    assert_eq!(rule(&risk, &f.with_aigos(|a| a.governance.risk_level = RiskLevel::Limited)), Ok(()), "at the limit");
    assert_eq!(rule(&risk, &f.with_aigos(|a| a.governance.risk_level = RiskLevel::High)), Err(Rule::RiskTooHigh));
    let kill = f.builder().require_kill_switch(true).build();
    assert_eq!(rule(&kill, &f.with_aigos(|a| a.control.kill_switch.enabled = false)), Err(Rule::KillSwitchDisabled));
    let gt = f.builder().require_golden_thread(true).build();
    assert_eq!(rule(&gt, &f.with_aigos(|a| a.governance.golden_thread.ticket_id = String::new())), Err(Rule::GoldenThreadMissing));
    assert_eq!(rule(&gt, &f.with_aigos(|a| a.governance.golden_thread.verified = false)), Err(Rule::GoldenThreadMissing));
    assert_eq!(rule(&gt, &f.with_aigos(|a| a.governance.golden_thread.hash = "sha256:00".into())), Err(Rule::GoldenThreadMissing));
    assert_eq!(rule(&gt, &f.with_aigos(|_| {})), Ok(()));
    // Without options, a paused agent or a disabled kill switch is still judged on the object itself.
    let none = f.builder().build();
    assert_eq!(rule(&none, &f.with_aigos(|a| a.control.paused = true)), Err(Rule::Paused));
    assert_eq!(rule(&none, &f.with_aigos(|a| a.control.kill_switch.enabled = false)), Ok(()), "no kill-switch option");
}

/// The time rules at their exact edges (leeway 5 s): one second past an
/// edge is refused, the edge itself is accepted.
#[test]
fn time_rules_at_their_exact_edges() {
    let f = Fx::new();
    let v = f.builder().build();
    let with = |iat: i64, exp: i64, nbf: Option<i64>| {
        let mut c = f.claims();
        c["iat"] = json!(iat);
        c["exp"] = json!(exp);
        if let Some(n) = nbf {
            c["nbf"] = json!(n);
        }
        rule(&v, &f.sign(&c))
    };
    assert_eq!(with(NOW, NOW + 100, Some(NOW + 5)), Ok(()), "nbf at now + leeway");
    assert_eq!(with(NOW, NOW + 100, Some(NOW + 6)), Err(Rule::NotYetValid));
    assert_eq!(with(NOW + 5, NOW + 100, None), Ok(()), "iat at now + leeway");
    assert_eq!(with(NOW + 6, NOW + 100, None), Err(Rule::NotYetValid));
    assert_eq!(with(NOW - 300, NOW - 5, None), Err(Rule::Expired), "exp + leeway == now is expired");
    assert_eq!(with(NOW - 299, NOW - 4, None), Ok(()));
    assert_eq!(with(NOW, NOW, None), Ok(()), "a zero-lifetime token is valid within the leeway");
    assert_eq!(with(NOW, NOW - 1, None), Err(Rule::TtlTooLong), "exp before iat");
}

/// Leeway and maximum TTL set through the builder take effect (and only
/// as far as they were set).
#[test]
fn builder_leeway_max_ttl_and_size_take_effect() {
    let f = Fx::new();
    let with = |v: &TokenVerifier, iat: i64, exp: i64| {
        let mut c = f.claims();
        c["iat"] = json!(iat);
        c["exp"] = json!(exp);
        rule(v, &f.sign(&c))
    };
    let lenient = f.builder().leeway(Duration::from_secs(30)).build();
    assert_eq!(with(&lenient, NOW - 320, NOW - 20), Ok(()), "expired 20 s ago, leeway 30 s");
    assert_eq!(with(&lenient, NOW - 330, NOW - 30), Err(Rule::Expired), "expired 30 s ago");
    let default = f.builder().build();
    assert_eq!(with(&default, NOW - 320, NOW - 20), Err(Rule::Expired), "default leeway is 5 s");

    let long = f.builder().max_ttl(Duration::from_secs(600)).build();
    assert_eq!(with(&long, NOW, NOW + 600), Ok(()));
    assert_eq!(with(&long, NOW, NOW + 601), Err(Rule::TtlTooLong));
    let short = f.builder().max_ttl(Duration::from_secs(60)).build();
    assert_eq!(with(&short, NOW, NOW + 61), Err(Rule::TtlTooLong), "a shorter maximum refuses a 61 s token");
    assert_eq!(with(&short, NOW, NOW + 60), Ok(()));

    let small = f.builder().max_size(200).build();
    assert_eq!(rule(&small, &f.sign(&f.claims())), Err(Rule::TooLarge));
    let strict_typ = f.builder().typ("other+jwt").build();
    assert_eq!(rule(&strict_typ, &f.sign(&f.claims())), Err(Rule::Typ));
}

fn request(payload: Value) -> ActionRequest {
    ActionRequest::builder(AgentId::new("agent-1").unwrap(), "config.update")
        .resource("configmap/web")
        .payload(payload)
        .timestamp(NOW)
        .build()
        .unwrap()
}

/// `verify_for_action`: a token bound to one action authorises exactly that
/// action, by that agent, once.
#[test]
fn verify_for_action_binds_the_token_to_one_action_agent_and_use() {
    let f = Fx::new();
    let v = f.builder().build();
    let req = request(json!({"replicas": 1}));
    let bound = |sub: &str, r: &ActionRequest| {
        let ahash = action_hash(default_provider(), r).unwrap();
        f.issuer().issue(&TokenRequest { sub: sub.into(), aud: vec![AUD.into()], ahash: Some(ahash), ..Default::default() }).unwrap()
    };
    let check = |t: &str, r: &ActionRequest| block_on(v.verify_for_action(t, r)).map(|t| t.claims.sub).map_err(|e| e.rule());

    // Positive control, then the same token again: replayed.
    let token = bound("agent-1", &req);
    assert_eq!(check(&token, &req), Ok("agent-1".to_string()));
    assert_eq!(check(&token, &req), Err(Rule::Replayed));
    // A token for another action (payload changed) does not authorise this one, and is not consumed.
    let other = bound("agent-1", &request(json!({"replicas": 300})));
    assert_eq!(check(&other, &req), Err(Rule::ActionMismatch));
    // A token without ahash does not authorise any action.
    let unbound = f.issuer().issue(&TokenRequest { sub: "agent-1".into(), aud: vec![AUD.into()], ..Default::default() }).unwrap();
    assert_eq!(check(&unbound, &req), Err(Rule::ActionMismatch));
    // The right action hash under another agent's token: refused.
    let stolen = bound("agent-2", &req);
    assert_eq!(check(&stolen, &req), Err(Rule::ActionMismatch));
    // The same through verify_for_action_hash.
    let ahash = action_hash(default_provider(), &req).unwrap();
    let fresh = bound("agent-1", &req);
    assert_eq!(block_on(v.verify_for_action_hash(&stolen, "agent-1", &ahash)).unwrap_err().rule(), Rule::ActionMismatch);
    assert_eq!(block_on(v.verify_for_action_hash(&other, "agent-1", &ahash)).unwrap_err().rule(), Rule::ActionMismatch);
    assert_eq!(block_on(v.verify_for_action_hash(&fresh, "agent-1", &ahash)).unwrap().claims.sub, "agent-1");
    assert_eq!(block_on(v.verify_for_action_hash(&fresh, "agent-1", &ahash)).unwrap_err().rule(), Rule::Replayed);
    // A refused binding did not consume the jti: the right request still passes with `other`.
    assert_eq!(check(&other, &request(json!({"replicas": 300}))), Ok("agent-1".to_string()));
}

/// `verify_for_action` with an invalid token fails on the token, and its
/// kid must be resolvable.
#[test]
fn verify_for_action_checks_the_token_first() {
    let f = Fx::new();
    let v = f.builder().build();
    let req = request(json!({}));
    let mut c = f.claims();
    c["ahash"] = json!(action_hash(default_provider(), &req).unwrap().as_str());
    c["aud"] = json!("elsewhere");
    assert_eq!(block_on(v.verify_for_action(&f.sign(&c), &req)).unwrap_err().rule(), Rule::Audience);
    c["aud"] = json!(AUD);
    block_on(v.verify_for_action(&f.sign(&c), &req)).unwrap();
}

/// Single use of `jti` across `verify`: a verifier without a replay store
/// checks form only, one with a store refuses the second use.
#[test]
fn replay_store_makes_each_jti_single_use() {
    let f = Fx::new();
    let token = f.sign(&f.claims());
    let with_store = f.builder().build();
    assert_eq!(rule(&with_store, &token), Ok(()));
    assert_eq!(rule(&with_store, &token), Err(Rule::Replayed));
    let without = TokenVerifier::builder(f.keys.clone(), AUD).clock(Arc::new(f.clock.clone())).build();
    assert_eq!(rule(&without, &token), Ok(()));
    assert_eq!(rule(&without, &token), Ok(()), "no store configured: documented as form-only");
}

/// The issuer refuses empty subjects and audiences and extra claims that
/// would override registered ones; it issues valid, distinct jtis.
#[test]
fn issuer_refuses_empty_identities_and_colliding_claims() {
    let f = Fx::new();
    let req = |sub: &str, aud: Vec<&str>| TokenRequest {
        sub: sub.into(),
        aud: aud.into_iter().map(String::from).collect(),
        ..Default::default()
    };
    assert!(f.issuer().issue(&req("", vec![AUD])).is_err(), "empty sub");
    assert!(f.issuer().issue(&req("agent-1", vec![])).is_err(), "no audience");
    assert!(f.issuer().issue(&req("agent-1", vec![AUD, ""])).is_err(), "an empty audience");
    let mut colliding = req("agent-1", vec![AUD]);
    colliding.extra.insert("exp".into(), json!(i64::MAX));
    assert!(f.issuer().issue(&colliding).is_err(), "extra may not override exp");
    let v = f.builder().build();
    let a = f.issuer().issue(&req("agent-1", vec![AUD, "other"])).unwrap();
    let b = f.issuer().issue(&req("agent-1", vec![AUD])).unwrap();
    let (va, vb) = (block_on(v.verify(&a)).unwrap(), block_on(v.verify(&b)).unwrap());
    assert_ne!(va.claims.jti, vb.claims.jti);
    assert_eq!(va.kid, f.key.kid().as_str());
    // The issuer name and a shorter maximum TTL are applied.
    let named = f.issuer().issuer("aigos-runtime").max_ttl(Duration::from_secs(30));
    let t = block_on(v.verify(&named.issue(&req("agent-1", vec![AUD])).unwrap())).unwrap();
    assert_eq!(t.claims.iss.as_deref(), Some("aigos-runtime"));
    assert_eq!(t.claims.exp - t.claims.iat, 30);
}

/// Keys added one by one to a key set are used; a key set without the
/// signer's kid refuses the token as unknown.
#[test]
fn key_set_insert_and_unknown_kid() {
    let f = Fx::new();
    let token = f.sign(&f.claims());
    let empty = TokenVerifier::builder(Arc::new(KeySet::default()), AUD).clock(Arc::new(f.clock.clone())).build();
    assert_eq!(rule(&empty, &token), Err(Rule::UnknownKid));
    let mut keys = KeySet::default();
    keys.insert(f.key.kid().to_string(), VerifyingKey::new(default_provider(), f.key.public_key().clone()).unwrap());
    let v = TokenVerifier::builder(Arc::new(keys), AUD).clock(Arc::new(f.clock.clone())).build();
    assert_eq!(rule(&v, &token), Ok(()));
    // A JWKS key without a kid is refused when loading.
    let mut jwk = f.key.public_jwk();
    jwk.kid = None;
    assert!(KeySet::from_jwks(default_provider(), &Jwks { keys: vec![jwk] }).is_err());
}

/// Debug output says which audience and issuer a verifier guards, for
/// diagnostics, without dumping its keys.
#[test]
fn verifier_debug_names_audience_not_keys() {
    let f = Fx::new();
    let v = f.builder().issuer("aigos-runtime").build();
    let dbg = format!("{v:?}");
    assert!(dbg.contains("TokenVerifier") && dbg.contains(AUD) && dbg.contains("aigos-runtime"), "{dbg}");
    assert!(!dbg.contains(f.key.kid().as_str()), "{dbg}");
}

/// With RS256 opted in, an RS256 header naming a kid nobody registered is
/// an unknown kid (not an algorithm mismatch, which is reserved for a kid
/// of another key type); naming an Ed25519 kid is the mismatch.
#[test]
fn rs256_with_an_unregistered_kid_is_an_unknown_kid() {
    let f = Fx::new();
    let jwk: aigos_crypto::Jwk = serde_json::from_str(include_str!("it/fixtures/rsa2048-test-only.jwk.json")).unwrap();
    let rsa = std::collections::HashMap::from([("rsa-test".to_string(), aigos_crypto::Rs256VerifyingKey::from_jwk(&jwk).unwrap())]);
    let v = f.builder().dangerous_allow_rs256(rsa).build();
    let forged = |kid: &str| {
        let header = json!({"alg": "RS256", "typ": "AIGOS-GOV+jwt", "kid": kid});
        format!(
            "{}.{}.{}",
            base64url::encode(header.to_string().as_bytes()),
            base64url::encode(f.claims().to_string().as_bytes()),
            base64url::encode(&[7u8; 256])
        )
    };
    assert_eq!(rule(&v, &forged("nobody")), Err(Rule::UnknownKid));
    assert_eq!(rule(&v, &forged(f.key.kid().as_str())), Err(Rule::AlgKeyMismatch));
    assert_eq!(rule(&v, &forged("rsa-test")), Err(Rule::Signature), "a registered RSA kid: the signature is checked");
    assert_eq!(rule(&v, &f.sign(&f.claims())), Ok(()), "positive control: EdDSA still verifies");
}

/// An agent's key during its rotation: the registry (or JWKS) holds the old
/// key marked `retired_at` and the new one. Tokens the old key signed before
/// its retirement verify; one it signs at or after (a thief of the old key)
/// is refused; the new key's verify.
#[test]
fn a_retired_key_verifies_its_earlier_tokens_and_no_later_one() {
    let f = Fx::new();
    let new = Arc::new(SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap());
    let retired_at = NOW + 60;
    let jwks = Jwks { keys: vec![f.key.public_jwk().retired(retired_at), new.public_jwk()] };
    let keys = Arc::new(KeySet::from_jwks(default_provider(), &jwks).unwrap());
    let f = Fx { keys, ..f };
    let with_iat = |iat: i64| {
        let mut c = f.claims();
        c["iat"] = json!(iat);
        c["exp"] = json!(iat + 300);
        f.sign(&c)
    };
    f.clock.set((NOW as u64 + 120) * 1000);
    let v = f.builder().build();
    assert_eq!(rule(&v, &with_iat(retired_at - 1)), Ok(()), "signed before its retirement");
    assert_eq!(rule(&v, &with_iat(retired_at)), Err(Rule::KeyRetired), "signed at its retirement");
    assert_eq!(rule(&v, &with_iat(NOW + 120)), Err(Rule::KeyRetired), "signed after");
    let by_new = TokenIssuer::new(new).clock(Arc::new(f.clock.clone()));
    let token = by_new.issue(&TokenRequest { sub: "agent-1".into(), aud: vec![AUD.into()], ..Default::default() }).unwrap();
    assert_eq!(rule(&v, &token), Ok(()), "the new key");
}
