#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod claims;
mod error;
pub mod golden_thread;
mod jose;
mod permit;
mod registry;
mod replay;
mod strict_json;
mod token;

pub use claims::{
    AigosClaims, Audience, CapabilityClaims, Claims, Confirmation, ControlClaims, GoldenThreadClaim, GovernanceClaims, IdentityClaims,
    KillSwitchChannel, KillSwitchClaim, LineageClaims, Mode, RiskLevel,
};
pub use error::{Error, Rule, TokenError};
pub use golden_thread::{Approval, GoldenThread, GoldenThreadReport};
pub use permit::{MAX_PERMIT_TTL, PERMIT_TYP, PermitClaims, PermitEgress, PermitIssuer, PermitVerifier, PublishedKeys};
pub use registry::{AgentRecord, AgentRegistry, AgentStatus, RegistryKeys};
pub use replay::{InMemoryReplayStore, ReplayError, ReplayStore};
pub use token::{
    DEFAULT_LEEWAY, DEFAULT_MAX_SIZE, DEFAULT_TTL, GOVERNANCE_TYP, KeyResolver, KeySet, TokenIssuer, TokenRequest, TokenVerifier,
    TokenVerifierBuilder, VerifiedToken, action_hash, new_jti,
};
