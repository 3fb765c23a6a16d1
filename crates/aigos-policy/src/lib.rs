#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod aigos_yaml;
mod approval;
mod budget;
mod bundle;
mod decay;
mod document;
mod domains;
mod engine;
mod error;
mod inspect;

pub use aigos_yaml::{AigosLimits, AigosPolicy, AigosSpawning, read_aigos_policy};
pub use approval::{ApprovalDecision, ApprovalMatch, ApprovalRule, ApprovalRules, Requirement};
pub use budget::{BudgetLedger, InMemoryLedger, ReservationId, micros as budget_micros, usd as budget_usd};
pub use bundle::{BundleLoader, PolicyBundle, VerifiedBundle};
pub use decay::{DecayMode, InstanceState, LineageTree, SpawnRequest, capability_allows, validate_spawn};
pub use document::{Conditions, Effect, Period, PolicyDocument, SeverityFloor, Statement, TimeWindow, Warning, Weekday};
pub use engine::{Basis, Decision, PolicyEngine, effective_severity};
pub use error::{Error, Location};
pub use inspect::{
    ArgKind, ArgSchema, Confidence, Decoding, Family, Finding, FoundUrl, Inspection, Inspector, InspectorConfig, PromptModel, ToolSchema,
    ToolSchemas, TrainOptions, allowed_origin, is_url_field, serves_tool,
};
