//! Layers can only be left out explicitly, and a left-out layer shows.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use aigos::{BuildError, Guard, Layer, Step, StepResult};
use aigos_core::{ActionRequest, AgentId, Status};

#[test]
fn a_layer_that_is_neither_configured_nor_skipped_is_a_build_error() {
    let err = Guard::builder(aigos_crypto::default_provider()).build().unwrap_err();
    assert!(matches!(err, BuildError::Missing(Layer::Identity)), "{err}");
    let err = Guard::builder(aigos_crypto::default_provider()).skip(Layer::Identity).skip(Layer::Policy).build().unwrap_err();
    assert!(matches!(err, BuildError::Missing(Layer::Runtime)), "{err}");
}

#[tokio::test]
async fn skipped_layers_are_recorded_in_every_outcome() {
    let guard = Guard::builder(aigos_crypto::default_provider())
        .skip(Layer::Identity)
        .skip(Layer::Policy)
        .skip(Layer::Runtime)
        .skip(Layer::Network)
        .skip(Layer::Audit)
        .build()
        .unwrap();
    // The request's time is the Guard's clock's (a stale one is rejected whatever layers run).
    let now = aigos_core::Clock::now_secs(&aigos_core::SystemClock);
    let r = ActionRequest::builder(AgentId::new("a").unwrap(), "t").timestamp(now).build().unwrap();
    let o = guard.validate(&r, "").await;
    for step in [Step::Identity, Step::RateLimit, Step::Payload, Step::Threat, Step::Approval] {
        assert_eq!(o.step(step).unwrap().result, StepResult::Skipped, "{step:?}");
    }
    assert_eq!(o.step(Step::Score).unwrap().result, StepResult::Passed);
    assert_eq!(o.status, Status::Approved);
    assert_eq!(o.permit, None, "no identity layer, no permit");
    let contributions: Vec<&str> = o.score_contributions.iter().map(|c| c.factor.as_str()).collect();
    assert_eq!(contributions, ["identity_skipped", "policy_skipped", "runtime_skipped"]);
    let d = guard.dashboard().await;
    assert!(!d.zero_trust);
    assert_eq!(d.overall_status, aigos::OverallStatus::Degraded);
    assert_eq!(d.skipped_layers.len(), 5);
    assert!(serde_json::to_string(&d).unwrap().contains("\"overall_status\":\"DEGRADED\""));
}
