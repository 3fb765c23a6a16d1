//! aigos: hardening what autonomous AI agents do.
//!
//! The facade wires the five layers into one [`Guard`]: every action an
//! agent asks to take passes the eight steps of [`Guard::validate`]
//! (identity, rate limit, payload validation, threat assessment, security
//! score, approval requirements, final status, execution permit) and its
//! outcome, approved or not, is appended to the audit log before `validate`
//! returns. Any internal error, panic or timeout rejects.
//!
//! Each layer sits behind a default-on cargo feature (`identity`, `policy`,
//! `runtime`, `network`, `audit`) and is re-exported here; a compiled-in
//! layer must be configured or left out explicitly with
//! [`GuardBuilder::skip`], and a left-out layer's steps are recorded as
//! skipped in every outcome.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use aigos::{Guard, Layer};
//! use aigos_core::{ActionRequest, AgentId, Clock, Status, SystemClock};
//!
//! // Leaving layers out is explicit and visible: this Guard checks nothing,
//! // so every step of a left-out layer is recorded as skipped and the
//! // security score drops for each missing layer.
//! let guard = Guard::builder(aigos_crypto::default_provider())
//!     .skip(Layer::Identity).skip(Layer::Policy).skip(Layer::Runtime).skip(Layer::Network).skip(Layer::Audit)
//!     .build()?;
//! // Time is the Guard's: a request more than 300 s off its clock is rejected.
//! let request = ActionRequest::builder(AgentId::new("demo-agent")?, "config.update").timestamp(SystemClock.now_secs()).build()?;
//! let outcome = guard.validate(&request, "no token checked").await;
//! assert_eq!(outcome.status, Status::Approved);
//! assert_eq!(outcome.skipped_steps().len(), 6);
//! assert!((outcome.security_score.get() - 0.7).abs() < 1e-9, "identity, policy and runtime left out: -0.1 each");
//! # Ok(()) }
//! ```
//!
//! For a working local setup (keys, registry, signed policy, audit log) run
//! `aigos init DIR` and build the Guard from `DIR/aigos.toml` with
//! [`config::GuardConfig`].
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(all(feature = "identity", feature = "network"))]
pub mod a2a;
pub mod approvals;
pub mod config;
mod dashboard;
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
pub mod demo;
mod error;
mod guard;
mod input;
#[cfg(all(feature = "policy", feature = "network"))]
pub mod inspection;
pub mod keyring;
mod outcome;
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit", feature = "network"))]
pub mod security_audit;
pub mod setup;
mod state;
pub mod telemetry;

pub use approvals::{
    ApprovalEvidence, ApprovalRef, Approver, ApproverRole, Approvers, Ask, EvidenceKind, Requirement, Satisfied, SignedApproval,
    TotpSecret, duplicate_evidence, malformed_evidence,
};
pub use dashboard::{AuditIntegrity, Compliance, Dashboard, LockedOut, OverallStatus, StoreFailure};
pub use error::{BuildError, Error};
#[cfg(feature = "audit")]
pub use guard::AuditLayer;
#[cfg(feature = "identity")]
pub use guard::IdentityLayer;
#[cfg(feature = "runtime")]
pub use guard::KillReport;
#[cfg(all(feature = "identity", feature = "runtime"))]
pub use guard::Lease;
#[cfg(feature = "network")]
pub use guard::NetworkLayer;
#[cfg(feature = "runtime")]
pub use guard::RuntimeLayer;
pub use guard::{Counters, Guard, GuardBuilder, HeartbeatRefusal, Layer, Readiness, action_hash};
#[cfg(feature = "policy")]
pub use guard::{InspectionAction, InspectionActions, PolicyLayer};
pub use input::{InputRefusal, RequestInput};
pub use outcome::{CheckedDestination, Contribution, PayloadFinding, Step, StepReport, StepResult, ValidationOutcome};
pub use state::LocalState;

#[cfg(feature = "audit")]
pub use aigos_audit as audit;
pub use aigos_core as core;
pub use aigos_crypto as crypto;
#[cfg(feature = "identity")]
pub use aigos_identity as identity;
#[cfg(feature = "network")]
pub use aigos_network as network;
#[cfg(feature = "policy")]
pub use aigos_policy as policy;
#[cfg(feature = "runtime")]
pub use aigos_runtime as runtime;
