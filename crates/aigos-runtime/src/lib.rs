//! Layer 3 of aigos: runtime control of running agents.
//!
//! - [`KillCommand`]: kill switch commands in the AIGOS SPEC-RT-005 format,
//!   signed over every field (RFC 8785 bytes) and verified by
//!   [`KillVerifier`] (trusted key, signature, expiry, age <= 1 h, target,
//!   replay by id and sequence) — never skipped.
//! - [`RateLimiter`]: GCRA per agent (default 20/min) with progressive
//!   penalties, automatic blocking that an operator lifts, idle eviction.
//! - [`assess`]: explainable threat assessment.
//!
//! ```
//! use std::sync::Arc;
//! use aigos_core::ManualClock;
//! use aigos_runtime::{RateLimiter, RateLimitConfig};
//!
//! let clock = ManualClock::at_secs(1_800_000_000);
//! let limiter = RateLimiter::new(RateLimitConfig::default(), Arc::new(clock));
//! let allowed = (0..25).filter(|_| limiter.check("deploy-bot").is_allowed()).count();
//! assert_eq!(allowed, 20);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod clock;
mod command;
mod fleet;
mod handle;
#[cfg(feature = "http")]
mod http;
mod ratelimit;
mod source;
mod threat;
mod watchdog;

pub use clock::TickingClock;
pub use command::{
    CommandSignature, CommandSpec, CommandType, Identity, KillCommand, KillError, KillVerifier, Target, TargetType, Verified,
};
pub use fleet::{JournalEntry, JournalEvent, JournalReader, KillBus, LeaseStore};
pub use handle::{AgentHandle, AgentState, HandleConfig, Interrupted};
#[cfg(feature = "http")]
pub use http::{HttpPollingSource, SseSource};
pub use ratelimit::{RateDecision, RateLimitConfig, RateLimitStore, RateLimiter};
pub use source::{CommandSource, FileSource, InProcessSource, Listener, Report, SourceError, SourceEvent};
pub use threat::{Assessment, BusinessHours, Contribution, Indicators, Weights, assess};
pub use watchdog::{WATCHDOG_REASON, Watchdog};
