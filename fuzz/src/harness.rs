//! The bodies of aigos's fuzz targets, one public function per target.
//!
//! Each `fuzz_targets/<name>.rs` calls `aigos_fuzz::<name>(data)`, and
//! `tests/tests/fuzz_regressions.rs` includes this very file (`#[path]`) to
//! replay `fuzz/regressions/<name>/` and `fuzz/seeds/<name>/` on stable Rust,
//! so a crash found once stays fixed. Only crates the workspace `tests`
//! package also depends on are used here (the `aigos` facade, serde_json,
//! tempfile, tokio, arbitrary).
//!
//! A function panics only when aigos misbehaves: a panic inside aigos on
//! attacker input, or a broken invariant checked here (an `assert!`). Every
//! verifier is given fixed keys derived from constant secrets, so inputs
//! that a target signs itself get past the signature check into the claim,
//! time and replay logic.
#![allow(clippy::expect_used, reason = "fixtures built from constants; a failure there is a harness bug")]
#![allow(clippy::unwrap_used, reason = "fixtures built from constants; a failure there is a harness bug")]
#![allow(clippy::panic, reason = "a panic is how a fuzz target reports a finding")]
#![allow(clippy::indexing_slicing, reason = "fixture tables indexed by a bounded choice")]

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use aigos::ApprovalEvidence;
use aigos::audit::{AuditConfig, AuditLog, Durability, MacKey, VerifyOptions};
use aigos::core::{ActionHash, ActionRequest, Clock, JsonLimits, Kid, ManualClock, TextLimits};
use aigos::crypto::{Algorithm, Jwks, Provider, SigningKey, VerifyingKey, base64url};
use aigos::identity::{InMemoryReplayStore, KeySet, TokenVerifier};
use aigos::network::{EgressConfig, EgressDecision, EgressFilter, StaticResolver};
use aigos::policy::{Inspector, InspectorConfig, PolicyDocument, PolicyEngine};
use aigos::runtime::{
    CommandSource, CommandSpec, CommandType, FileSource, Identity, KillCommand, KillVerifier, SourceEvent, Target, TargetType,
};
use arbitrary::Unstructured;
use serde_json::{Value, json};

/// The fixed "now" of every verifier (2023-11-14T22:13:20Z).
pub const NOW: i64 = 1_700_000_000;
/// The audience tokens are checked for.
pub const AUDIENCE: &str = "aigos";
/// The agent the fixed request and tokens name.
pub const AGENT: &str = "deploy-bot";

/// A target's body.
pub type Body = fn(&[u8]);

/// Every target: its name (the `fuzz_targets/` file and corpus directory)
/// and its body.
pub const TARGETS: &[(&str, Body)] = &[
    ("token_raw", token_raw),
    ("token_signed", token_signed),
    ("jwks", jwks),
    ("request_line", request_line),
    ("policy_toml", policy_toml),
    ("aigos_yaml", aigos_yaml),
    ("audit_raw", audit_raw),
    ("audit_chain", audit_chain),
    ("kill_raw", kill_raw),
    ("kill_signed", kill_signed),
    ("inspect", inspect),
    ("egress_url", egress_url),
    ("canonical_json", canonical_json),
];

// ---------------------------------------------------------------- fixtures

fn provider() -> Provider {
    aigos::crypto::default_provider()
}

/// The fixed signing keys: an Ed25519 one (kid `ed`) and a P-256 one (kid `ec`).
pub fn keys() -> &'static [Arc<SigningKey>; 2] {
    static KEYS: OnceLock<[Arc<SigningKey>; 2]> = OnceLock::new();
    KEYS.get_or_init(|| {
        let key = |alg, byte: u8, kid: &str| {
            Arc::new(SigningKey::from_secret(provider(), alg, &[byte; 32]).expect("fixed secret").with_kid(Kid::new(kid).expect("kid")))
        };
        [key(Algorithm::EdDsa, 7, "ed"), key(Algorithm::Es256, 9, "ec")]
    })
}

fn clock() -> Arc<dyn Clock> {
    Arc::new(ManualClock::at_secs(NOW.unsigned_abs()))
}

fn verifier() -> &'static TokenVerifier {
    static VERIFIER: OnceLock<TokenVerifier> = OnceLock::new();
    VERIFIER.get_or_init(|| TokenVerifier::builder(Arc::new(key_set()), AUDIENCE).clock(clock()).build())
}

fn key_set() -> KeySet {
    let mut set = KeySet::default();
    for k in keys() {
        set.insert(k.kid().as_str(), k.verifying_key().expect("verifying key"));
    }
    set
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime"))
}

/// A valid request of [`AGENT`].
pub fn fixed_request() -> ActionRequest {
    serde_json::from_value(json!({
        "agent_id": AGENT, "instance_id": "i-1", "action": "config_change", "tool": "config.update",
        "resource": "configmap/web", "severity": "LOW", "environment": "staging",
        "payload": {"replicas": 3}, "timestamp": NOW,
    }))
    .expect("fixed request")
}

fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// A compact JWS over `header` and `payload` bytes, signed by `key`.
pub fn compact(key: &SigningKey, header: &[u8], payload: &[u8]) -> String {
    let mut out = base64url::encode(header);
    out.push('.');
    out.push_str(&base64url::encode(payload));
    let sig = key.sign(out.as_bytes()).expect("sign");
    out.push('.');
    out.push_str(&base64url::encode(sig.as_bytes()));
    out
}

/// The header the issuer writes for `key`.
pub fn std_header(key: &SigningKey) -> Vec<u8> {
    json!({"alg": key.algorithm().jose_name(), "typ": "AIGOS-GOV+jwt", "kid": key.kid().as_str()}).to_string().into_bytes()
}

// ------------------------------------------------------------------ tokens

/// Raw bytes as a compact JWS through the strict verifier, stateless and
/// bound to an action.
pub fn token_raw(data: &[u8]) {
    let token = text(data);
    let result = verifier().verify_stateless(&token);
    if let Ok(v) = &result {
        // Only a fixed key can have signed it, and the claims passed the checks.
        assert!(keys().iter().any(|k| k.kid().as_str() == v.kid), "verified under an unknown kid {}", v.kid);
        assert!(v.claims.aud.contains(AUDIENCE));
        assert!(v.claims.exp.saturating_add(5) > NOW, "expired token verified");
    }
    let request = fixed_request();
    let bound = runtime().block_on(verifier().verify_for_action(&token, &request));
    assert!(bound.is_err() || result.is_ok(), "bound verification accepted what stateless verification refused");
}

/// A fuzzed claims set (structured or raw bytes) and header, signed with a
/// fixed key, then verified: a well-formed claims set must verify, a token
/// with any one byte changed must not, and a jti is single use.
pub fn token_signed(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(which) = u.choose_index(2) else { return };
    let key = &keys()[which];
    let Ok(shape) = u.int_in_range(0u8..=3) else { return };
    let mut well_formed = false;
    let payload: Vec<u8> = match shape {
        0 => u.arbitrary::<Vec<u8>>().unwrap_or_default(),
        1 => {
            // Raw claim text, for the JSON parser and the claim readers.
            u.arbitrary::<String>().unwrap_or_default().into_bytes()
        }
        _ => {
            let Ok((claims, ok)) = claims(&mut u, shape == 3) else { return };
            well_formed = ok;
            claims.to_string().into_bytes()
        }
    };
    let header = match u.int_in_range(0u8..=5) {
        Ok(0) => u.arbitrary::<String>().unwrap_or_default().into_bytes(),
        Ok(1) => {
            // The header with one member's value replaced.
            let mut h: serde_json::Map<String, Value> = serde_json::from_slice(&std_header(key)).expect("header is an object");
            let name = ["alg", "typ", "kid", "jwk", "crit", "x5u"][u.choose_index(6).unwrap_or(0)];
            h.insert(name.into(), json_value(&mut u, 2));
            well_formed = false;
            Value::Object(h).to_string().into_bytes()
        }
        _ => std_header(key),
    };
    if header != std_header(key) {
        well_formed = false;
    }
    let token = compact(key, &header, &payload);
    let result = verifier().verify_stateless(&token);
    if well_formed {
        assert!(result.is_ok(), "a well-formed token signed by a fixed key was refused: {result:?}\n{}", text(&payload));
    }
    if result.is_ok() {
        // Any one byte changed: never valid.
        let mut bytes = token.clone().into_bytes();
        let at = u.choose_index(bytes.len()).unwrap_or(0);
        let with = u.arbitrary::<u8>().unwrap_or(b'A');
        if bytes[at] != with {
            bytes[at] = with;
            let tampered = String::from_utf8_lossy(&bytes);
            assert!(verifier().verify_stateless(&tampered).is_err(), "a token with byte {at} changed still verifies");
        }
        // Single use with a replay store.
        let replay = Arc::new(InMemoryReplayStore::new(16, clock()));
        let once = TokenVerifier::builder(Arc::new(key_set()), AUDIENCE).clock(clock()).replay_store(replay).build();
        runtime().block_on(async {
            assert!(once.verify(&token).await.is_ok(), "verified statelessly, refused with a replay store");
            assert!(once.verify(&token).await.is_err(), "a jti was accepted twice");
        });
    }
}

/// A claims set; `true` when it is one the verifier must accept.
fn claims(u: &mut Unstructured<'_>, mangle: bool) -> arbitrary::Result<(Value, bool)> {
    let sub = ["deploy-bot", "a", "", "agent\u{0}x", "\u{1F600}"][u.choose_index(5)?];
    let iat = NOW - i64::from(u.int_in_range(0u16..=400)?);
    let exp = iat + i64::from(u.int_in_range(0u16..=400)?);
    let bytes: [u8; 16] = u.arbitrary()?;
    // A version-4 UUID, never nil.
    let jti = format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]),
        u16::from_be_bytes([bytes[4], bytes[5]]),
        u16::from_be_bytes([bytes[6], bytes[7]]) & 0xfff,
        u16::from_be_bytes([bytes[8], bytes[9]]) & 0xfff,
        u64::from_be_bytes([0, 0, bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]]),
    );
    let aud = match u.int_in_range(0u8..=2)? {
        0 => json!(AUDIENCE),
        1 => json!(["other", AUDIENCE]),
        _ => json!("other"),
    };
    let mut claims = json!({"sub": sub, "aud": aud.clone(), "iat": iat, "exp": exp, "jti": jti});
    if u.arbitrary()? {
        claims["nbf"] = json!(iat);
    }
    if u.arbitrary()? {
        claims["iss"] = json!("issuer");
    }
    let valid = !sub.is_empty() && aud != json!("other") && exp > iat && exp + 5 > NOW && exp - iat <= 300;
    if !mangle {
        return Ok((claims, valid));
    }
    // Replace, add or remove members: the verifier decides, no oracle.
    for _ in 0..u.int_in_range(1u8..=4)? {
        let name = ["sub", "aud", "iat", "nbf", "exp", "jti", "iss", "aigos", "ahash", "cnf", "role", ""][u.choose_index(12)?];
        if u.arbitrary()? {
            claims[name] = json_value(u, 3);
        } else if let Some(o) = claims.as_object_mut() {
            o.remove(name);
        }
    }
    Ok((claims, false))
}

/// A small arbitrary JSON value, numbers at the edges included.
fn json_value(u: &mut Unstructured<'_>, depth: u32) -> Value {
    let Ok(kind) = u.int_in_range(0u8..=if depth == 0 { 5 } else { 7 }) else { return Value::Null };
    match kind {
        0 => Value::Null,
        1 => json!(u.arbitrary::<bool>().unwrap_or(false)),
        2 => json!(u.arbitrary::<i64>().unwrap_or(0)),
        3 => {
            let f = u.arbitrary::<f64>().unwrap_or(0.0);
            serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
        }
        4 => {
            let edge = [0.0, -0.0, 1.0, 1e21, 1e-7, 9_007_199_254_740_993.0, 5e-324, f64::MAX][u.choose_index(8).unwrap_or(0)];
            serde_json::Number::from_f64(edge).map_or(Value::Null, Value::Number)
        }
        5 => json!(u.arbitrary::<String>().unwrap_or_default()),
        6 => Value::Array((0..u.int_in_range(0u8..=3).unwrap_or(0)).map(|_| json_value(u, depth - 1)).collect()),
        _ => {
            let mut m = serde_json::Map::new();
            for _ in 0..u.int_in_range(0u8..=3).unwrap_or(0) {
                let k = u.arbitrary::<String>().unwrap_or_default();
                m.insert(k, json_value(u, depth - 1));
            }
            Value::Object(m)
        }
    }
}

// -------------------------------------------------------------------- JWKS

/// A JWKS document: parse, every key's public form and thumbprint, the key
/// set the token verifier builds from it, and both crypto providers agreeing
/// on which keys are valid.
pub fn jwks(data: &[u8]) {
    let json = text(data);
    if let Ok(jwk) = serde_json::from_str::<aigos::crypto::Jwk>(&json) {
        check_jwk(&jwk);
    }
    let Ok(set) = Jwks::from_json(&json) else { return };
    for jwk in &set.keys {
        let public = check_jwk(jwk).expect("from_json accepted a key that to_public_key refuses");
        // The public form round-trips.
        assert_eq!(public.to_jwk().to_public_key().expect("own JWK"), public, "JWK of a parsed key does not read back");
        let _ = jwk.thumbprint();
    }
    let again = Jwks::from_json(&serde_json::to_string(&set).expect("serialize")).expect("a serialized JWKS reads back");
    assert_eq!(again, set);
    for p in aigos::crypto::available_providers() {
        let _ = KeySet::from_jwks(p, &set);
    }
}

fn check_jwk(jwk: &aigos::crypto::Jwk) -> Option<aigos::crypto::PublicKey> {
    let _ = jwk.thumbprint();
    let public = jwk.to_public_key().ok()?;
    let verdicts: Vec<(&str, bool)> =
        aigos::crypto::available_providers().into_iter().map(|p| (p.name(), VerifyingKey::new(p, public.clone()).is_ok())).collect();
    assert!(verdicts.windows(2).all(|w| w[0].1 == w[1].1), "providers disagree on key {jwk:?}: {verdicts:?}");
    Some(public)
}

// ----------------------------------------------------------- request line

/// One `aigos validate` input line: read as I-JSON by aigos-core's strict
/// parser and split as the CLI does. The strict reader agrees with
/// serde_json on what it accepts, what it accepts passes the in-memory
/// I-JSON check, and its canonical form reads back strictly to the same
/// value; a parsed request canonicalizes, hashes the same with every
/// provider, and survives a round trip through its canonical bytes.
pub fn request_line(data: &[u8]) {
    let limits = JsonLimits::REQUEST;
    let strict = aigos::core::parse_json(data, &limits);
    let loose = serde_json::from_slice::<Value>(data);
    if let Ok(v) = &strict {
        match &loose {
            Ok(l) => assert_eq!(l, v, "the strict reader and serde_json read different values"),
            Err(e) => panic!("the strict reader accepted what serde_json refuses: {e}"),
        }
        if let Err(e) = aigos::core::check_ijson_value(v) {
            panic!("parse_json accepted a value check_ijson_value refuses: {e}");
        }
        let canonical = aigos::core::canonical_json_value(v).expect("canonicalize");
        let back = aigos::core::parse_json(&canonical, &limits)
            .unwrap_or_else(|e| panic!("canonical bytes of an accepted value are refused: {e}\n{}", text(&canonical)));
        assert_eq!(&back, v, "canonical bytes read back as another value");
    }
    let Ok(line) = std::str::from_utf8(data) else { return };
    let Ok((request, token, _evidence)) = parse_line(line.trim()) else { return };
    let canonical = aigos::core::canonical_request_and_payload(&request);
    let hashes: Vec<_> = aigos::crypto::available_providers()
        .into_iter()
        .map(|p| aigos::identity::action_hash(p, &request).map(|h| h.as_str().to_owned()).ok())
        .collect();
    assert!(hashes.windows(2).all(|w| w[0] == w[1]), "providers disagree on the action hash");
    let canonical = canonical.expect("an I-JSON request canonicalizes");
    // Canonical bytes are a request again, with the same canonical bytes.
    let back = aigos::core::parse_json(&canonical.request, &limits).expect("canonical request is I-JSON");
    let back: ActionRequest = serde_json::from_value(back).expect("canonical bytes of a request read back");
    assert_eq!(back, request, "a request changed through its canonical bytes");
    let again = aigos::core::canonical_request_and_payload(&back).expect("re-canonicalize");
    assert_eq!(again, canonical, "canonicalization is not idempotent");
    // The bound token check runs on the parsed request.
    let _ = runtime().block_on(verifier().verify_for_action(&token, &request));
    if let Some(h) = &hashes[0] {
        assert!(ActionHash::parse(h).is_ok());
    }
}

/// The CLI's split of a line (crates/aigos-cli/src/guard.rs `parse_line`).
fn parse_line(line: &str) -> Result<(ActionRequest, String, Vec<ApprovalEvidence>), String> {
    let mut v = aigos::core::parse_json(line.as_bytes(), &JsonLimits::REQUEST).map_err(|e| format!("request: {e}"))?;
    let obj = v.as_object_mut().ok_or("not a JSON object")?;
    let token = match obj.remove("token") {
        Some(Value::String(t)) => t,
        Some(_) => return Err("token must be a string".into()),
        None => return Err("no token field".into()),
    };
    let evidence = match obj.remove("approvals") {
        Some(a) => serde_json::from_value(a).map_err(|e| format!("approvals: {e}"))?,
        None => Vec::new(),
    };
    let request: ActionRequest = serde_json::from_value(v).map_err(|e| format!("request: {e}"))?;
    Ok((request, token, evidence))
}

// ---------------------------------------------------------------- policies

/// A policy document (TOML or JSON, as `aigos policy check` reads it): an
/// accepted document survives a JSON round trip, builds an engine, and the
/// engine decides requests at any time without panicking.
pub fn policy_toml(data: &[u8]) {
    let (now, rest) = match data.split_first_chunk::<8>() {
        Some((n, rest)) => (i64::from_le_bytes(*n), rest),
        None => (NOW, data),
    };
    let text = text(rest);
    // Documents pass the size and nesting prefilter before any parser.
    if aigos::core::prefilter_toml(&text, &TextLimits::DOCUMENT).is_err() {
        return;
    }
    let Ok(doc) = PolicyDocument::parse(&text) else { return };
    let _ = doc.check(Some(&text));
    let json = serde_json::to_string(&doc).expect("serialize a policy");
    let back = PolicyDocument::from_json(&json).unwrap_or_else(|e| panic!("an accepted policy does not read back: {e}\n{json}"));
    assert_eq!(back, doc, "policy JSON round trip changed the document");
    decide(&doc, now);
}

fn decide(doc: &PolicyDocument, now: i64) {
    let Ok(engine) = PolicyEngine::new(doc) else { return };
    let mut request = fixed_request();
    for t in [now, NOW, i64::MIN, i64::MAX, 0] {
        let _ = engine.evaluate_at(&request, t);
    }
    request.tool = "shell.exec".into();
    let _ = engine.severity_floor(&request);
    let _ = engine.evaluate_at(&request, now);
}

/// The extends targets an AIGOS policy may name in the fuzz target.
fn aigos_parent(name: &str) -> Result<String, aigos::policy::Error> {
    let text = match name {
        "default.yaml" => include_str!("../../crates/aigos-policy/tests/fixtures/aigos/default.yaml"),
        "production.yaml" => include_str!("../../crates/aigos-policy/tests/fixtures/aigos/production.yaml"),
        "loop-a.yaml" => include_str!("../../crates/aigos-policy/tests/fixtures/aigos/loop-a.yaml"),
        "loop-b.yaml" => include_str!("../../crates/aigos-policy/tests/fixtures/aigos/loop-b.yaml"),
        other => return Err(aigos::policy::Error::Bundle(format!("no fixture {other:?}"))),
    };
    Ok(text.to_owned())
}

/// An AIGOS YAML policy (`aigos policy import`), its extends chain resolved
/// against the fixtures; an accepted one builds an engine.
pub fn aigos_yaml(data: &[u8]) {
    let text = text(data);
    if aigos::core::prefilter_yaml(&text, &TextLimits::DOCUMENT).is_err() {
        return;
    }
    let Ok(policy) = aigos::policy::read_aigos_policy(&text, &aigos_parent) else { return };
    decide(&policy.document, NOW);
}

// ------------------------------------------------------------------- audit

fn mac_key() -> MacKey {
    MacKey::from_key_file(provider(), &[5; 32]).expect("mac key")
}

fn audit_signer() -> Arc<SigningKey> {
    static KEY: OnceLock<Arc<SigningKey>> = OnceLock::new();
    KEY.get_or_init(|| keys()[0].clone()).clone()
}

/// The ways `aigos audit verify` can be asked to check a log: no keys;
/// the MAC and checkpoint keys; and those with the witness, when there is one.
fn verify_all(dir: &Path, witness: Option<&Path>) -> Vec<Result<aigos::audit::Summary, aigos::audit::Tampering>> {
    let mac = mac_key();
    let macs = move |kid: &str| (kid == mac.kid).then(|| mac.clone());
    let jwks = Jwks { keys: vec![audit_signer().public_jwk().tap_kid(audit_signer().kid().as_str())] };
    let cp_keys = |kid: &str| jwks.find(kid).and_then(|k| k.to_public_key().ok());
    let plain = VerifyOptions::default();
    let keyed = VerifyOptions { mac_keys: Some(&macs), checkpoint_keys: Some(&cp_keys), ..VerifyOptions::default() };
    let mut out = vec![aigos::audit::verify_log(provider(), dir, &plain), aigos::audit::verify_log(provider(), dir, &keyed)];
    if let Some(Ok(w)) = witness.map(aigos::audit::read_witness) {
        let witnessed = VerifyOptions { witness: Some(&w), ..keyed };
        out.push(aigos::audit::verify_log(provider(), dir, &witnessed));
    }
    out
}

trait TapKid {
    fn tap_kid(self, kid: &str) -> Self;
}

impl TapKid for aigos::crypto::Jwk {
    fn tap_kid(mut self, kid: &str) -> Self {
        self.kid = Some(kid.to_owned());
        self
    }
}

/// The writer configuration of the audit targets: fixed MAC and checkpoint
/// keys, a witness file, the fixed clock.
pub fn audit_config(dir: &Path, witness: &Path) -> AuditConfig {
    AuditConfig::new(dir)
        .durability(Durability::None)
        .mac_key(mac_key())
        .signing_key(audit_signer())
        .witness(witness)
        .clock(Arc::new(ManualClock::at_secs(NOW.unsigned_abs())))
}

/// Fuzzed files in a log directory, split at 0xFE bytes: part 0 is the
/// first segment, part 1 `checkpoints.jsonl`, part 2 the witness file
/// (outside the directory), any further part another segment starting
/// where the lines before it end. Verified with and without keys and
/// witness, read back, proved, then opened by the writer (recovery) and
/// appended to.
pub fn audit_raw(data: &[u8]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let outside = tempfile::tempdir().expect("temp dir");
    let witness = outside.path().join("witness.json");
    let mut parts = data.split(|b| *b == 0xFE);
    let first = parts.next().unwrap_or_default();
    write(dir.path(), "00000000000000000000.jsonl", first);
    if let Some(cps) = parts.next() {
        write(dir.path(), "checkpoints.jsonl", cps);
    }
    if let Some(w) = parts.next() {
        write(outside.path(), "witness.json", w);
    }
    let mut lines = lines_in(first);
    for part in parts {
        write(dir.path(), &format!("{lines:020}.jsonl"), part);
        lines += lines_in(part);
    }
    let verdicts = verify_all(dir.path(), Some(&witness));
    let mut read = 0u64;
    let all = aigos::audit::read_records(provider(), dir.path(), 0, u64::MAX, &mut |_| {
        read += 1;
        Ok(())
    });
    for v in verdicts.iter().flatten() {
        assert!(all.is_ok(), "verify_log accepted a log read_records refuses: {all:?}");
        assert_eq!(v.records, read, "verify_log and read_records count different records");
    }
    let _ = aigos::audit::prove(provider(), dir.path(), 0);
    let _ = aigos::audit::prove(provider(), dir.path(), read.saturating_sub(1));
    if let Ok((log, _)) = AuditLog::open(audit_config(dir.path(), &witness)) {
        let _ = log.append_blocking("fuzz", "fuzz", json!({"n": 1}));
        let _ = log.close_blocking();
    }
}

fn lines_in(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|b| **b == b'\n').count() as u64
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("write a fuzz file");
}

/// A log written by the real writer from fuzzed records must verify, with
/// every key and its witness; the same log with any one byte of a segment
/// changed, or with records cut off its end, must not (with the witness:
/// truncation is caught even past the last checkpoint).
pub fn audit_chain(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let dir = tempfile::tempdir().expect("temp dir");
    let outside = tempfile::tempdir().expect("temp dir");
    let witness = outside.path().join("witness.json");
    let every = u.int_in_range(1u64..=4).unwrap_or(1);
    let segment = u.int_in_range(200u64..=4000).unwrap_or(4000);
    let cfg = audit_config(dir.path(), &witness).checkpoints(every, Duration::from_secs(3600)).segment_max_bytes(segment);
    let (log, _) = AuditLog::open(cfg).expect("open a fresh log");
    let n = u.int_in_range(1u8..=6).unwrap_or(1);
    for _ in 0..n {
        let kind = u.arbitrary::<String>().unwrap_or_default();
        let actor = u.arbitrary::<String>().unwrap_or_default();
        let data = json_value(&mut u, 3);
        log.append_blocking(&kind, &actor, data).expect("append");
    }
    log.close_blocking().expect("close");
    let verdicts = verify_all(dir.path(), Some(&witness));
    assert_eq!(verdicts.len(), 3, "the writer left no readable witness");
    for v in verdicts {
        let summary = v.unwrap_or_else(|e| panic!("a log the writer wrote does not verify: {e}"));
        assert_eq!(summary.records, u64::from(n));
    }
    let mut segments: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.len() == 26 && n.ends_with(".jsonl")))
        .collect();
    segments.sort();
    let Ok(which) = u.choose_index(segments.len()) else { return };
    let path = &segments[which];
    let original = std::fs::read(path).expect("read segment");
    let changed = match u.int_in_range(0u8..=1) {
        Ok(0) => {
            // One byte changed.
            let Ok(at) = u.choose_index(original.len()) else { return };
            let with = u.arbitrary::<u8>().unwrap_or(0);
            if original[at] == with {
                return;
            }
            let mut bytes = original.clone();
            bytes[at] = with;
            std::fs::write(path, &bytes).expect("write");
            // A record's MAC is a keyed statement about its hash, covered by
            // nothing else: without the MAC key a changed MAC digit cannot be
            // told from the real one (with the key it fails, checked below).
            if in_mac_field(&original, at) {
                let keyed = verify_all(dir.path(), Some(&witness));
                assert!(
                    keyed[1..].iter().all(Result::is_err),
                    "byte {at} of the MAC of {} changed, the log still verifies with the MAC key",
                    path.display()
                );
                return;
            }
            format!("byte {at} of {} changed", path.display())
        }
        _ => {
            // The last record cut off the last segment.
            if which + 1 != segments.len() {
                return;
            }
            let body = original.strip_suffix(b"\n").unwrap_or(&original);
            let cut = body.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            std::fs::write(path, original.get(..cut).unwrap_or_default()).expect("write");
            "the last record cut off".to_owned()
        }
    };
    let verdicts = verify_all(dir.path(), Some(&witness));
    for v in &verdicts[..2] {
        if changed.starts_with("byte") {
            assert!(v.is_err(), "{changed}, the log still verifies");
        }
    }
    assert!(verdicts.get(2).is_none_or(Result::is_err), "{changed}, the log still verifies with its witness");
}

/// Whether byte `at` of a segment lies in the hex digits of a record's `mac`.
fn in_mac_field(segment: &[u8], at: usize) -> bool {
    let start = segment[..at].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let end = segment[at..].iter().position(|b| *b == b'\n').map_or(segment.len(), |i| at + i);
    let line = &segment[start..end];
    let key = b"\",\"mac\":\"";
    line.windows(key.len()).rposition(|w| w == key).is_some_and(|i| {
        let digits = start + i + key.len();
        (digits..digits + 64).contains(&at)
    })
}

// ------------------------------------------------------------ kill switch

fn kill_verifier() -> KillVerifier {
    let keys: HashMap<String, VerifyingKey> =
        keys().iter().map(|k| (k.kid().as_str().to_owned(), k.verifying_key().expect("verifying key"))).collect();
    KillVerifier::new(keys, clock()).for_identity(identity())
}

fn identity() -> Identity {
    Identity { instance_id: "i-1".into(), asset_id: AGENT.into(), organization_id: Some("org-1".into()), ancestors: vec!["i-0".into()] }
}

/// A kill-commands file read by the file channel (`FileSource`: a JSON
/// array or a YAML list) and a single raw command (as the other channels
/// deliver it), each command verified with the fixed keys; a command
/// applied once is a replay the second time.
pub fn kill_raw(data: &[u8]) {
    let text = text(data);
    let mut verifier = kill_verifier();
    if let Ok(cmd) = serde_json::from_str::<KillCommand>(&text) {
        let _ = verifier.check(&cmd);
        let _ = verifier.verify(&cmd);
        let _ = verifier.restore(&cmd);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kill-commands.yaml");
    write(dir.path(), "kill-commands.yaml", text.as_bytes());
    let mut source = FileSource::new(path, Duration::from_secs(3600));
    let _guard = runtime().enter();
    // Every event the first read yields; the source then waits for a change.
    for _ in 0..1000 {
        let next = std::pin::pin!(source.next());
        let std::task::Poll::Ready(Ok(event)) = next.poll(&mut std::task::Context::from_waker(std::task::Waker::noop())) else {
            break;
        };
        let SourceEvent::Command(raw) = event else { continue };
        if let Ok(cmd) = serde_json::from_str::<KillCommand>(&raw)
            && verifier.verify(&cmd).is_ok()
        {
            assert!(verifier.verify(&cmd).is_err(), "a kill command was applied twice");
        }
    }
}

/// A command built from fuzzed fields and signed with a fixed key: verified
/// when current and addressed to us, refused when any signed field changed
/// or when replayed.
pub fn kill_signed(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(which) = u.choose_index(2) else { return };
    let key = &keys()[which];
    let kinds = [TargetType::Instance, TargetType::Asset, TargetType::Organization, TargetType::Lineage, TargetType::All];
    let ids = ["i-1", AGENT, "org-1", "i-0", "i-9", ""];
    let mut target = Target { kind: kinds[u.choose_index(5).unwrap_or(0)], ids: Vec::new() };
    for _ in 0..u.int_in_range(0u8..=2).unwrap_or(0) {
        target.ids.push(ids[u.choose_index(ids.len()).unwrap_or(0)].to_owned());
    }
    let age = i64::from(u.int_in_range(0u16..=5000).unwrap_or(0)) - 100;
    let ttl = u64::from(u.int_in_range(0u16..=5000).unwrap_or(300));
    let spec = CommandSpec {
        kind: [CommandType::Terminate, CommandType::Pause, CommandType::Resume][u.choose_index(3).unwrap_or(0)],
        target: target.clone(),
        reason: u.arbitrary().unwrap_or_default(),
        issued_by: u.arbitrary().unwrap_or_default(),
        // Small and any: a sequence beyond 2^53 - 1 cannot be signed exactly.
        sequence: if u.arbitrary().unwrap_or(true) { u64::from(u.arbitrary::<u32>().unwrap_or(1)) } else { u.arbitrary().unwrap_or(1) },
        now: NOW - age,
        ttl: Duration::from_secs(ttl),
    };
    let Ok(cmd) = KillCommand::issue(key, spec) else { return };
    let wire = serde_json::to_string(&cmd).expect("serialize");
    let cmd: KillCommand = serde_json::from_str(&wire).expect("a command reads back");
    let issued = NOW - age;
    let current = NOW < issued + i64::try_from(ttl).unwrap_or(i64::MAX) && issued <= NOW + 60 && NOW - issued <= 3600;
    let for_me = identity().matches(&target);
    let mut verifier = kill_verifier();
    let first = verifier.verify(&cmd);
    assert_eq!(first.is_ok(), current && for_me, "verdict {first:?} for current={current} for_me={for_me}: {wire}");
    if first.is_ok() {
        assert!(verifier.verify(&cmd).is_err(), "replayed kill command accepted");
    }
    // Any signed field changed: refused (by a fresh verifier, so not as a replay).
    let mut forged = cmd.clone();
    match u.int_in_range(0u8..=5).unwrap_or(0) {
        0 => forged.reason.push('!'),
        1 => forged.sequence ^= 1,
        2 => forged.target.ids.push("i-1".into()),
        3 => forged.issued_by.push('x'),
        4 => forged.kind = if forged.kind == CommandType::Pause { CommandType::Terminate } else { CommandType::Pause },
        _ => forged.expires_at = forged.issued_at.clone(),
    }
    assert!(kill_verifier().verify(&forged).is_err(), "a forged kill command verified: {forged:?}");
}

// ---------------------------------------------------------------- payloads

fn inspector() -> &'static Inspector {
    static INSPECTOR: OnceLock<Inspector> = OnceLock::new();
    INSPECTOR.get_or_init(|| Inspector::new(InspectorConfig::default()).expect("built-in rules compile"))
}

/// A payload through the inspector, as bytes (its own bounded parser) and as
/// a parsed value: what the byte path accepts is JSON, and the value path
/// finds nothing the byte path misses.
pub fn inspect(data: &[u8]) {
    let from_bytes = inspector().inspect_bytes(data);
    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        assert!(from_bytes.is_err(), "inspect_bytes accepted what is not JSON");
        return;
    };
    let from_value = inspector().inspect(&value);
    if let (Ok(b), Ok(v)) = (&from_bytes, &from_value) {
        for f in v {
            assert!(b.contains(f), "found in the parsed value but not in the bytes: {f:?}");
        }
    }
}

// ------------------------------------------------------------------ egress

fn egress_filter() -> &'static EgressFilter {
    static FILTER: OnceLock<EgressFilter> = OnceLock::new();
    FILTER.get_or_init(|| {
        let config: EgressConfig = serde_json::from_value(json!({
            "rules": [
                {"id": "api", "hosts": ["api.example.com", "*.example.org"]},
                {"id": "lan", "cidrs": ["10.0.0.0/8"], "ports": [443, 8443]},
                {"id": "meta", "hosts": ["rebind.example.org"], "ports": [80]},
            ],
            "schemes": ["http", "https", "wss"],
        }))
        .expect("egress config");
        EgressFilter::new(&config)
    })
}

fn resolver() -> &'static StaticResolver {
    static RESOLVER: OnceLock<StaticResolver> = OnceLock::new();
    RESOLVER.get_or_init(|| {
        let ip = |s: &str| s.parse::<IpAddr>().expect("ip");
        let mut table = HashMap::new();
        table.insert("api.example.com".to_owned(), vec![ip("93.184.216.34")]);
        table.insert("www.example.org".to_owned(), vec![ip("93.184.216.35"), ip("2606:2800:220:1::1")]);
        table.insert("rebind.example.org".to_owned(), vec![ip("169.254.169.254")]);
        table.insert("lan.example.org".to_owned(), vec![ip("10.1.2.3")]);
        StaticResolver(table)
    })
}

/// A URL through the egress filter (both parsers must agree), plus the
/// discovery of destinations in the same text and, when it is JSON, in the
/// value. An allowed destination never leads to a special address that no
/// CIDR of the filter names.
pub fn egress_url(data: &[u8]) {
    let text = text(data);
    check_url(&text);
    let _ = aigos::network::looks_like_url(&text);
    for found in aigos::network::urls_in_text(&text).iter().take(16) {
        check_url(found);
    }
    if let Ok(value) = serde_json::from_str::<Value>(&text) {
        let (urls, bare) = aigos::network::destinations_in_json(&value, 64);
        for (_, url) in urls.iter().take(16) {
            check_url(url);
        }
        let _ = aigos::network::urls_in_json(&value, 64);
        let _ = aigos::network::addresses_in_json(&value, 64);
        let _ = bare;
    }
}

fn check_url(url: &str) {
    let decision = runtime().block_on(egress_filter().check_url(url, resolver()));
    if let EgressDecision::Allow { addresses, .. } = &decision {
        for a in addresses {
            // The only CIDR rule is 10.0.0.0/8 (IPv4 only): any other special address is a leak.
            let lan = matches!(a.ip(), IpAddr::V4(v) if v.octets()[0] == 10);
            assert!(aigos::network::special(a.ip()).is_none() || lan, "{url:?} allowed to special address {a}");
        }
    }
}

// ---------------------------------------------------------- canonical JSON

/// RFC 8785: the fast path agrees with the full canonicalizer, canonical
/// bytes parse back to the same value (numbers compared as doubles), and
/// canonicalizing them again changes nothing.
pub fn canonical_json(data: &[u8]) {
    let Ok(value) = serde_json::from_slice::<Value>(data) else { return };
    let fast = aigos::core::canonical_json_value(&value);
    let full = aigos::core::canonical_json(&value);
    let (Ok(fast), Ok(full)) = (fast, full) else {
        return;
    };
    assert_eq!(text(&fast), text(&full), "fast path and full canonicalizer disagree");
    let back: Value = serde_json::from_slice(&fast).expect("canonical bytes are JSON");
    assert!(same(&value, &back), "canonical form reads back as another value:\n {value}\n {back}");
    let again = aigos::core::canonical_json_value(&back).expect("canonicalize again");
    assert_eq!(text(&again), text(&fast), "canonicalization is not idempotent");
}

/// Equal as RFC 8785 sees it: numbers as IEEE doubles, members by name.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w))),
        _ => a == b,
    }
}
