//! Integration tests of aigos-policy.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    unreachable_pub,
    reason = "tests"
)]

mod aigos_policies;
mod approvals;
mod budget;
mod bundles;
mod claims;
mod decay;
mod differential;
mod inspection;
mod language;

use aigos_core::{ActionRequest, AgentId, CostUsd, Environment, Severity};

/// 2027-01-15 (a Friday) 12:00 UTC.
pub const FRIDAY_NOON: i64 = 1_800_014_400;

pub fn req(agent: &str, tool: &str, resource: &str) -> ActionRequest {
    ActionRequest::builder(AgentId::new(agent).unwrap(), tool)
        .resource(resource)
        .environment(Environment::Staging)
        .severity(Severity::Low)
        .estimated_cost(CostUsd::new(1.0).unwrap())
        .timestamp(FRIDAY_NOON)
        .build()
        .unwrap()
}
