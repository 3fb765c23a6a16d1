#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod approval;
mod budget;
mod bundle;
mod decay;
mod document;
mod engine;
mod error;
mod inspect;

pub use approval::{ApprovalDecision, ApprovalMatch, ApprovalRule, ApprovalRules, Requirement};
pub use budget::{BudgetLedger, InMemoryLedger, ReservationId};
pub use bundle::{BundleLoader, PolicyBundle, VerifiedBundle};
pub use decay::{DecayMode, InstanceState, LineageTree, SpawnRequest, validate_spawn};
pub use document::{Conditions, Effect, PolicyDocument, Statement, TimeWindow, Warning, Weekday};
pub use engine::{Basis, Decision, PolicyEngine};
pub use error::{Error, Location};
pub use inspect::{Family, Finding, Inspector, InspectorConfig};
