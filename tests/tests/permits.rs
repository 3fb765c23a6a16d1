//! What an executor does with the permit of an approved validation.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, reason = "tests")]

use std::sync::Arc;

use aigos_core::Status;
use aigos_crypto::Jwks;
use aigos_identity::{InMemoryReplayStore, KeySet, PermitVerifier, Rule};
use aigos_tests::{World, reason};

/// The permit verifies at the executor with the guard's published key, once,
/// for exactly the approved request; its jti is the validation id, so the
/// executor can point at the audit record of the decision.
#[test]
fn an_approved_permit_is_accepted_once_for_its_action_and_names_its_validation() {
    let w = World::new();
    let jwks: Jwks = serde_json::from_str(&std::fs::read_to_string(w.dir.path().join("keys/guard.jwks.json")).unwrap()).unwrap();
    let keys = Arc::new(KeySet::from_jwks(w.provider, &jwks).unwrap());
    let clock = Arc::new(w.clock.clone());
    let executor = PermitVerifier::new(keys, "tool-executor", Arc::new(InMemoryReplayStore::new(1000, clock.clone())), clock);
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
        let r = w.request("config.update");
        let o = w.guard.validate(&r, &w.token(&r)).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        let permit = o.permit.clone().unwrap();
        // Attack: the permit presented for another action.
        let other = w.request("config.delete");
        assert_eq!(executor.verify(&permit, &other).await.unwrap_err().rule(), Rule::ActionMismatch);
        // Positive control: for its own action it is accepted, and names the validation.
        let claims = executor.verify(&permit, &r).await.unwrap();
        assert_eq!(claims.jti, o.validation_id);
        // Attack: presented a second time.
        assert_eq!(executor.verify(&permit, &r).await.unwrap_err().rule(), Rule::Replayed);
    });
}
