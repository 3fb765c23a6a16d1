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
