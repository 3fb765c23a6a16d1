//! The one error type of this crate.

/// Errors raised when a value of the shared vocabulary is invalid.
///
/// Every constructor that takes untrusted input returns this error rather than
/// panicking; the variant says which rule the input broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An identifier is empty, too long or contains a character outside its charset.
    #[error("invalid {kind}: {reason}")]
    InvalidId {
        /// Which identifier type (`agent id`, `instance id`, `kid`).
        kind: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// A score is NaN, infinite or outside `0.0..=1.0`.
    #[error("invalid score {0}: must be a finite number in 0..=1")]
    InvalidScore(String),
    /// A cost is NaN, infinite or negative.
    #[error("invalid cost {0}: must be a finite, non-negative number of USD")]
    InvalidCost(String),
    /// A required field of a builder was not set or is empty.
    #[error("missing or empty field: {0}")]
    MissingField(&'static str),
    /// A value is malformed (an action hash that is not 32 bytes of base64url).
    #[error("invalid {kind}: {reason}")]
    Invalid {
        /// Which value (`action hash`).
        kind: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// A value could not be serialized to canonical JSON.
    #[error("canonical JSON: {0}")]
    Canonical(String),
}
