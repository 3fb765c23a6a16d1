//! Kill-command verification rules that mutation testing (`cargo xtask
//! mutants`) found untested: the exact edges of the freshness window, a
//! lineage command naming the instance itself, command ids that stay used
//! whoever issued them, and a verifier's debug output. Each attack comes
//! with its positive control.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    unreachable_pub,
    reason = "tests"
)]

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use aigos_core::ManualClock;
use aigos_crypto::{Algorithm, SigningKey, VerifyingKey, default_provider};
use aigos_runtime::{CommandSignature, CommandSpec, CommandType, Identity, KillCommand, KillError, KillVerifier, Target, TargetType};
use base64::Engine as _;

const NOW: i64 = 1_800_000_000;

fn key() -> SigningKey {
    SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap()
}

fn me() -> Identity {
    Identity {
        instance_id: "i-child".into(),
        asset_id: "deploy-bot".into(),
        organization_id: Some("acme".into()),
        ancestors: vec!["i-parent".into(), "i-root".into()],
    }
}

fn verifier(k: &SigningKey, clock: &ManualClock) -> KillVerifier {
    let vk = VerifyingKey::new(default_provider(), k.public_key().clone()).unwrap();
    KillVerifier::new(HashMap::from([(k.kid().to_string(), vk)]), Arc::new(clock.clone())).for_identity(me())
}

fn instance(id: &str) -> Target {
    Target { kind: TargetType::Instance, ids: vec![id.into()] }
}

fn issue(k: &SigningKey, issued_by: &str, seq: u64, now: i64, ttl: u64) -> KillCommand {
    let spec = CommandSpec {
        kind: CommandType::Pause,
        target: instance("i-child"),
        reason: "incident 42".into(),
        issued_by: issued_by.into(),
        sequence: seq,
        now,
        ttl: Duration::from_secs(ttl),
    };
    KillCommand::issue(k, spec).unwrap()
}

/// Re-signs `cmd` after an edit, as a holder of the trusted key would: the
/// signed bytes are the RFC 8785 form of every field but the signature.
fn resign(k: &SigningKey, mut cmd: KillCommand) -> KillCommand {
    cmd.signature = None;
    let bytes = aigos_core::canonical_json(&cmd).unwrap();
    let sig = k.sign(&bytes).unwrap();
    cmd.signature = Some(CommandSignature {
        algorithm: "Ed25519".into(),
        value: base64::engine::general_purpose::STANDARD.encode(sig.as_bytes()),
        key_id: k.kid().to_string(),
    });
    cmd
}

/// Freshness edges: issued up to 60 s in the future is clock skew and
/// accepted, 61 s is refused; exactly the maximum age old is accepted, one
/// second more is refused; at `expires_at` the command is expired.
#[test]
fn freshness_window_edges() {
    let k = key();
    let clock = ManualClock::at_secs(NOW as u64);
    let v = verifier(&k, &clock);
    v.check(&issue(&k, "ops@acme", 1, NOW + 60, 300)).unwrap();
    assert!(matches!(v.check(&issue(&k, "ops@acme", 1, NOW + 61, 300)), Err(KillError::Stale(_))), "61 s in the future");

    let old = issue(&k, "ops@acme", 1, NOW - 3600, 7200);
    v.check(&old).unwrap();
    let older = issue(&k, "ops@acme", 1, NOW - 3601, 7200);
    assert!(matches!(v.check(&older), Err(KillError::Stale(_))), "one second past the maximum age");

    // A shorter maximum age set through the builder.
    let strict = verifier(&k, &clock).max_age(Duration::from_secs(60));
    strict.check(&issue(&k, "ops@acme", 1, NOW - 60, 300)).unwrap();
    assert!(matches!(strict.check(&issue(&k, "ops@acme", 1, NOW - 61, 300)), Err(KillError::Stale(_))));

    let short = issue(&k, "ops@acme", 1, NOW - 10, 20);
    v.check(&short).unwrap();
    clock.set((NOW as u64 + 10) * 1000);
    assert_eq!(v.check(&short), Err(KillError::Expired), "at expires_at");
}

/// A lineage target naming this instance itself addresses it (and its
/// descendants); naming a sibling does not.
#[test]
fn lineage_naming_this_instance_applies() {
    let k = key();
    let clock = ManualClock::at_secs(NOW as u64);
    let v = verifier(&k, &clock);
    let lineage = |id: &str| {
        let mut c = issue(&k, "ops@acme", 1, NOW, 300);
        c.target = Target { kind: TargetType::Lineage, ids: vec![id.into()] };
        resign(&k, c)
    };
    v.check(&lineage("i-child")).unwrap();
    v.check(&lineage("i-root")).unwrap();
    assert_eq!(v.check(&lineage("i-sibling")), Err(KillError::NotForMe));
    // Without an identity, every target is applied (a process that governs itself).
    let anyone = KillVerifier::new(
        HashMap::from([(k.kid().to_string(), VerifyingKey::new(default_provider(), k.public_key().clone()).unwrap())]),
        Arc::new(clock.clone()),
    );
    anyone.check(&lineage("i-sibling")).unwrap();
}

/// A command id, once applied, stays used: a holder of the trusted key who
/// re-issues it under another issuer name (whose sequence has no history)
/// is refused, also after further commands were applied in between.
#[test]
fn applied_ids_stay_used_across_issuers_and_later_commands() {
    let k = key();
    let clock = ManualClock::at_secs(NOW as u64);
    let mut v = verifier(&k, &clock);
    let first = issue(&k, "ops@acme", 1, NOW, 300);
    v.verify(&first).unwrap();
    v.verify(&issue(&k, "ops@acme", 2, NOW, 300)).unwrap();
    v.verify(&issue(&k, "sec@acme", 1, NOW, 300)).unwrap();
    let mut copy = first.clone();
    copy.issued_by = "audit@acme".into();
    let copy = resign(&k, copy);
    assert!(matches!(v.check(&copy), Err(KillError::Replayed(m)) if m.contains("already applied")), "same id, new issuer");
    // Positive control: a fresh id from that issuer is applied.
    v.verify(&issue(&k, "audit@acme", 1, NOW, 300)).unwrap();
    // Sequences are per issuer: a low sequence from a new issuer is fine, the same issuer's is not.
    assert!(matches!(v.check(&issue(&k, "sec@acme", 1, NOW, 300)), Err(KillError::Replayed(_))));
    v.check(&issue(&k, "other@acme", 1, NOW, 300)).unwrap();
}

/// A restored command's sequence is kept as the issuer's highest even when
/// a lower one is restored after it.
#[test]
fn restore_keeps_the_highest_sequence() {
    let k = key();
    let clock = ManualClock::at_secs(NOW as u64);
    let mut v = verifier(&k, &clock);
    v.restore(&issue(&k, "ops@acme", 9, NOW, 300)).unwrap();
    v.restore(&issue(&k, "ops@acme", 3, NOW, 300)).unwrap();
    assert!(matches!(v.check(&issue(&k, "ops@acme", 5, NOW, 300)), Err(KillError::Replayed(_))), "5 is not above 9");
    v.check(&issue(&k, "ops@acme", 10, NOW, 300)).unwrap();
}

/// Issued commands carry the algorithm of their key, a UUID id, and the
/// validity asked for; a target other than `all` needs ids.
#[test]
fn issued_commands_are_well_formed() {
    for alg in [Algorithm::EdDsa, Algorithm::Es256] {
        let k = SigningKey::generate(default_provider(), alg).unwrap();
        let c = issue(&k, "ops@acme", 1, NOW, 300);
        let sig = c.signature.as_ref().unwrap();
        assert_eq!(sig.algorithm, if alg == Algorithm::EdDsa { "Ed25519" } else { "ES256" });
        assert_eq!(sig.key_id, k.kid().to_string());
        assert_eq!(c.issued_at, "2027-01-15T08:00:00Z");
        assert_eq!(c.expires_at, "2027-01-15T08:05:00Z");
        assert!(uuid::Uuid::try_parse(&c.id).is_ok());
    }
    let k = key();
    let mut spec = CommandSpec {
        kind: CommandType::Terminate,
        target: Target { kind: TargetType::All, ids: vec![] },
        reason: String::new(),
        issued_by: "ops@acme".into(),
        sequence: 1,
        now: NOW,
        ttl: Duration::from_secs(60),
    };
    KillCommand::issue(&k, spec.clone()).unwrap();
    spec.target = Target { kind: TargetType::Asset, ids: vec![] };
    assert!(matches!(KillCommand::issue(&k, spec), Err(KillError::Malformed(_))));
}

/// Debug output names the identity and the number of keys, never key material.
#[test]
fn verifier_debug_shows_identity_and_key_count() {
    let k = key();
    let v = verifier(&k, &ManualClock::at_secs(NOW as u64));
    let dbg = format!("{v:?}");
    assert!(dbg.contains("KillVerifier") && dbg.contains("keys: 1") && dbg.contains("i-child"), "{dbg}");
}

/// RFC 8785 writes numbers as doubles: sequences beyond 2^53 - 1 would
/// share their signed bytes with their neighbours, so they are refused when
/// issuing and when verifying; 2^53 - 1 itself is fine.
#[test]
fn sequences_beyond_2_pow_53_minus_1_are_refused() {
    let k = key();
    let clock = ManualClock::at_secs(NOW as u64);
    let mut v = verifier(&k, &clock);
    let max = aigos_core::MAX_SAFE_INTEGER;
    let at_max = issue(&k, "ops@acme", max, NOW, 300);
    v.verify(&at_max).unwrap();
    for seq in [max + 1, max + 2, u64::MAX] {
        let spec = CommandSpec {
            kind: CommandType::Terminate,
            target: instance("i-child"),
            reason: String::new(),
            issued_by: "other@acme".into(),
            sequence: seq,
            now: NOW,
            ttl: Duration::from_secs(60),
        };
        assert!(matches!(KillCommand::issue(&k, spec), Err(KillError::Malformed(_))), "{seq}");
        // Signed by a holder of the key with another encoder: still refused.
        let mut c = issue(&k, "other@acme", 1, NOW, 300);
        c.sequence = seq;
        assert!(matches!(v.check(&resign(&k, c)), Err(KillError::Malformed(_))), "{seq}");
    }
}
