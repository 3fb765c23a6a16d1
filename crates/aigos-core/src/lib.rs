#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod ahash;
mod canonical;
mod capabilities;
mod clock;
mod decision;
mod error;
mod ids;
mod request;
mod state;

pub use ahash::ActionHash;
pub use canonical::{
    CanonicalRequest, JsNumber, canonical_json, canonical_json_value, canonical_request, canonical_request_and_payload, canonical_sorted,
    utf16_cmp,
};
pub use capabilities::{Capabilities, Lineage};
pub use clock::{Clock, ManualClock, SystemClock, UnixMillis};
pub use decision::{SecurityScore, Status, ThreatLevel};
pub use error::Error;
pub use ids::{AgentId, InstanceId, Kid, MAX_ID_LEN};
pub use request::{ActionKind, ActionRequest, ActionRequestBuilder, CostUsd, Environment, Severity};
pub use state::{ApprovalStore, Attempts, Challenge, LockoutRule, StateError, VersionError, VersionStore};
