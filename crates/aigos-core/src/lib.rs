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
mod ijson;
mod prefilter;
mod request;
mod state;
mod text;

pub use ahash::ActionHash;
pub use canonical::{
    CanonicalRequest, JsNumber, canonical_json, canonical_json_value, canonical_request, canonical_request_and_payload, canonical_sorted,
    utf16_cmp,
};
pub use capabilities::{Capabilities, Lineage};
pub use clock::{Clock, ManualClock, SystemClock, UnixMillis};
pub use decision::{SecurityScore, Status, ThreatLevel};
pub use error::{Error, InputError, InputErrorKind};
pub use ids::{AgentId, InstanceId, Kid, MAX_ID_LEN};
pub use ijson::{JsonLimits, MAX_PAYLOAD_DEPTH, MAX_SAFE_INTEGER, check_ijson_value, parse_json};
pub use prefilter::{TextLimits, prefilter_toml, prefilter_yaml};
pub use request::{ActionKind, ActionRequest, ActionRequestBuilder, CostUsd, Environment, Severity};
pub use state::{ApprovalStore, Attempts, Challenge, LockoutRule, StateError, StateHealth, VersionError, VersionStore};
pub use text::is_invisible;
