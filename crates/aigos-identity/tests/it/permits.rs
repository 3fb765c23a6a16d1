//! Execution permits: bound to one action, short-lived, EdDSA, single use.

use std::sync::Arc;
use std::time::Duration;

use aigos_core::{ActionRequest, AgentId};
use aigos_crypto::{Algorithm, Jwks, SigningKey, default_provider};
use aigos_identity::{InMemoryReplayStore, KeySet, PermitIssuer, PermitVerifier, Rule};

use crate::{Fixture, block_on};

fn request(tool: &str) -> ActionRequest {
    ActionRequest::builder(AgentId::new("agent-1").unwrap(), tool).timestamp(1_800_000_000).build().unwrap()
}

#[test]
fn permit_is_bound_short_lived_and_single_use() {
    let f = Fixture::new(default_provider(), Algorithm::EdDsa);
    let clock = Arc::new(f.clock.clone());
    let issuer = PermitIssuer::new(f.key.clone(), "guard", Duration::from_secs(600), clock.clone()).unwrap();
    let verifier = PermitVerifier::new(f.keys.clone(), "executor", Arc::new(InMemoryReplayStore::new(100, clock.clone())), clock);
    let req = request("deploy");
    let permit = issuer.issue(&req, "executor").unwrap();
    let claims = block_on(verifier.verify(&permit, &req)).unwrap();
    assert_eq!(claims.exp - claims.iat, 60, "ttl clamped to 60 s");
    assert_eq!(block_on(verifier.verify(&permit, &req)).unwrap_err().rule(), Rule::Replayed);

    let other = issuer.issue(&req, "executor").unwrap();
    assert_eq!(block_on(verifier.verify(&other, &request("delete"))).unwrap_err().rule(), Rule::ActionMismatch);
    let wrong_aud = issuer.issue(&req, "someone-else").unwrap();
    assert_eq!(block_on(verifier.verify(&wrong_aud, &req)).unwrap_err().rule(), Rule::Audience);
    let late = issuer.issue(&req, "executor").unwrap();
    f.clock.advance(Duration::from_secs(70));
    assert_eq!(block_on(verifier.verify(&late, &req)).unwrap_err().rule(), Rule::Expired);
    // A governance token is not a permit.
    assert_eq!(block_on(verifier.verify(&f.token(), &req)).unwrap_err().rule(), Rule::Typ);
}

#[test]
fn permits_are_eddsa_only() {
    let key = Arc::new(SigningKey::generate(default_provider(), Algorithm::Es256).unwrap());
    assert!(PermitIssuer::new(key.clone(), "guard", Duration::from_secs(30), Arc::new(aigos_core::SystemClock)).is_err());
    let _ = KeySet::from_jwks(default_provider(), &Jwks { keys: vec![key.public_jwk()] }).unwrap();
}

/// A caller-chosen jti (the Guard uses its validation id) is carried into
/// the permit; it must be a UUID, and a second permit with the same jti is a
/// replay at the executor.
#[test]
fn a_permit_can_carry_the_validation_id_as_jti() {
    let f = Fixture::new(default_provider(), Algorithm::EdDsa);
    let clock = Arc::new(f.clock.clone());
    let issuer = PermitIssuer::new(f.key.clone(), "guard", Duration::from_secs(30), clock.clone()).unwrap();
    let verifier = PermitVerifier::new(f.keys.clone(), "executor", Arc::new(InMemoryReplayStore::new(100, clock.clone())), clock);
    let req = request("deploy");
    let ahash = aigos_identity::action_hash(default_provider(), &req).unwrap();
    let id = "0b5c3c2e-9f1a-4d2b-8c3e-2f4a5b6c7d8e";
    let permit = issuer.issue_with_jti(&req, &ahash, "executor", id).unwrap();
    assert_eq!(block_on(verifier.verify(&permit, &req)).unwrap().jti, id);
    let again = issuer.issue_with_jti(&req, &ahash, "executor", id).unwrap();
    assert_eq!(block_on(verifier.verify(&again, &req)).unwrap_err().rule(), Rule::Replayed);
    assert!(issuer.issue_with_jti(&req, &ahash, "executor", "not-a-uuid").is_err());
}
