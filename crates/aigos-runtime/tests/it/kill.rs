//! Kill commands: a forged, unsigned, wrongly keyed, expired, stale,
//! replayed or misaddressed command is never accepted; the legitimate one is.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use aigos_core::ManualClock;
use aigos_crypto::{Algorithm, SigningKey, VerifyingKey, available_providers, default_provider};
use aigos_runtime::{CommandSpec, CommandType, Identity, KillCommand, KillError, KillVerifier, Target, TargetType};

const NOW: i64 = 1_800_000_000;

fn key(alg: Algorithm) -> SigningKey {
    SigningKey::generate(default_provider(), alg).unwrap()
}

fn verifier(k: &SigningKey, clock: &ManualClock) -> KillVerifier {
    let vk = VerifyingKey::new(default_provider(), k.public_key().clone()).unwrap();
    KillVerifier::new(HashMap::from([(k.kid().to_string(), vk)]), Arc::new(clock.clone())).for_identity(Identity {
        instance_id: "i-child".into(),
        asset_id: "deploy-bot".into(),
        organization_id: Some("acme".into()),
        ancestors: vec!["i-parent".into(), "i-root".into()],
    })
}

fn spec(kind: CommandType, target: Target, sequence: u64, now: i64, ttl: u64) -> CommandSpec {
    CommandSpec { kind, target, reason: "incident 42".into(), issued_by: "ops@acme".into(), sequence, now, ttl: Duration::from_secs(ttl) }
}

fn cmd(k: &SigningKey, kind: CommandType, target: Target, seq: u64) -> KillCommand {
    KillCommand::issue(k, spec(kind, target, seq, NOW, 300)).unwrap()
}

fn instance(id: &str) -> Target {
    Target { kind: TargetType::Instance, ids: vec![id.into()] }
}

#[test]
fn legitimate_commands_verify_for_every_algorithm_and_target_kind() {
    for alg in [Algorithm::EdDsa, Algorithm::Es256] {
        let k = key(alg);
        let clock = ManualClock::at_secs(NOW as u64 + 10);
        let mut v = verifier(&k, &clock);
        let targets = [
            instance("i-child"),
            Target { kind: TargetType::Asset, ids: vec!["deploy-bot".into()] },
            Target { kind: TargetType::Organization, ids: vec!["acme".into()] },
            Target { kind: TargetType::Lineage, ids: vec!["i-root".into()] },
            Target { kind: TargetType::All, ids: vec![] },
        ];
        for (i, t) in targets.into_iter().enumerate() {
            let c = cmd(&k, CommandType::Pause, t, i as u64 + 1);
            let json = serde_json::to_string(&c).unwrap();
            let back: KillCommand = serde_json::from_str(&json).unwrap();
            v.verify(&back).unwrap();
        }
    }
}

#[test]
fn forged_unsigned_wrongly_keyed_and_edited_commands_are_refused() {
    let k = key(Algorithm::EdDsa);
    let clock = ManualClock::at_secs(NOW as u64 + 10);
    let v = verifier(&k, &clock);
    let good = cmd(&k, CommandType::Terminate, instance("i-child"), 1);
    v.check(&good).unwrap();

    let mut unsigned = good.clone();
    unsigned.signature = None;
    assert_eq!(v.check(&unsigned), Err(KillError::Unsigned));

    let stranger = key(Algorithm::EdDsa);
    let foreign = cmd(&stranger, CommandType::Terminate, instance("i-child"), 1);
    assert!(matches!(v.check(&foreign), Err(KillError::UntrustedKey(_))));
    let mut impostor = foreign.clone();
    impostor.signature.as_mut().unwrap().key_id = k.kid().to_string();
    assert_eq!(v.check(&impostor), Err(KillError::BadSignature), "wrong key under a trusted kid");

    // The spec's reference leaves reason and issued_by unsigned; here every field is signed.
    for edit in [
        |c: &mut KillCommand| c.reason = "nothing to see".into(),
        |c: &mut KillCommand| c.issued_by = "ceo@acme".into(),
        |c: &mut KillCommand| c.kind = CommandType::Resume,
        |c: &mut KillCommand| c.target.ids = vec!["i-other".into()],
        |c: &mut KillCommand| c.sequence += 1,
        |c: &mut KillCommand| c.expires_at = "2099-01-01T00:00:00Z".into(),
    ] {
        let mut forged = good.clone();
        edit(&mut forged);
        assert_eq!(v.check(&forged), Err(KillError::BadSignature));
    }
    let mut alg_swap = good.clone();
    alg_swap.signature.as_mut().unwrap().algorithm = "ES256".into();
    assert_eq!(v.check(&alg_swap), Err(KillError::BadSignature));
}

#[test]
fn expired_stale_future_and_replayed_commands_are_refused() {
    let k = key(Algorithm::EdDsa);
    let clock = ManualClock::at_secs(NOW as u64 + 10);
    let mut v = verifier(&k, &clock);
    let c = cmd(&k, CommandType::Pause, instance("i-child"), 5);
    v.verify(&c).unwrap();
    assert!(matches!(v.verify(&c), Err(KillError::Replayed(_))), "same id");
    let older = cmd(&k, CommandType::Resume, instance("i-child"), 4);
    assert!(matches!(v.verify(&older), Err(KillError::Replayed(_))), "sequence not above the last");
    let newer = cmd(&k, CommandType::Resume, instance("i-child"), 6);
    v.verify(&newer).unwrap();

    let c = cmd(&k, CommandType::Pause, instance("i-child"), 7);
    clock.advance(Duration::from_secs(301));
    assert_eq!(v.check(&c), Err(KillError::Expired));

    let long = KillCommand::issue(&k, spec(CommandType::Pause, instance("i-child"), 8, NOW, 86_400)).unwrap();
    clock.set((NOW as u64 + 3601) * 1000);
    assert!(matches!(v.check(&long), Err(KillError::Stale(_))), "issued more than an hour ago");
    let future = KillCommand::issue(&k, spec(CommandType::Pause, instance("i-child"), 9, NOW + 7200, 300)).unwrap();
    clock.set(NOW as u64 * 1000);
    assert!(matches!(v.check(&future), Err(KillError::Stale(_))));
}

#[test]
fn commands_for_other_agents_are_not_applied() {
    let k = key(Algorithm::Es256);
    let clock = ManualClock::at_secs(NOW as u64 + 10);
    let v = verifier(&k, &clock);
    for t in [
        instance("i-parent"),
        Target { kind: TargetType::Asset, ids: vec!["other-bot".into()] },
        Target { kind: TargetType::Organization, ids: vec!["globex".into()] },
        Target { kind: TargetType::Lineage, ids: vec!["i-unrelated".into()] },
    ] {
        assert_eq!(v.check(&cmd(&k, CommandType::Terminate, t, 1)), Err(KillError::NotForMe));
    }
    // A lineage target names an ancestor: every descendant, this one included.
    v.check(&cmd(&k, CommandType::Terminate, Target { kind: TargetType::Lineage, ids: vec!["i-parent".into()] }, 1)).unwrap();
    assert!(KillCommand::issue(&k, spec(CommandType::Pause, Target { kind: TargetType::Instance, ids: vec![] }, 1, NOW, 1)).is_err());
    let _ = available_providers();
}

/// A restarted process takes back the commands it applied before: long
/// expired ones too (a termination is final), but only with a trusted key
/// and a signature that verifies; afterwards a copy of one is a replay.
#[test]
fn restored_commands_need_a_valid_signature_but_not_freshness() {
    let k = key(Algorithm::EdDsa);
    let c = cmd(&k, CommandType::Terminate, instance("i-child"), 5);
    let clock = ManualClock::at_secs(NOW as u64 + 30 * 86_400);
    let mut v = verifier(&k, &clock);
    assert_eq!(v.check(&c), Err(KillError::Expired), "a month later it would not verify afresh");
    // Edited, or signed by a key this process does not trust: refused.
    let mut edited = c.clone();
    edited.target = instance("i-other");
    assert_eq!(v.restore(&edited).map(|_| ()), Err(KillError::BadSignature));
    let rogue = key(Algorithm::EdDsa);
    let forged = cmd(&rogue, CommandType::Resume, instance("i-child"), 6);
    assert!(matches!(v.restore(&forged), Err(KillError::UntrustedKey(_))));
    // Positive control: the real one is taken back, and a copy is then a replay.
    assert_eq!(v.restore(&c).unwrap().command, c);
    assert!(matches!(v.check(&c), Err(KillError::Expired | KillError::Replayed(_))));
    let mut v2 = verifier(&k, &ManualClock::at_secs(NOW as u64 + 10));
    v2.restore(&c).unwrap();
    assert!(matches!(v2.check(&c), Err(KillError::Replayed(_))), "same id");
    let older = cmd(&k, CommandType::Resume, instance("i-child"), 4);
    assert!(matches!(v2.check(&older), Err(KillError::Replayed(_))), "sequence not above the restored one");
}
