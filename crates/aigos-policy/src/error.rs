//! The one error type of the policy layer.

use std::fmt;

/// Where in a policy source an error is, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Line.
    pub line: usize,
    /// Column.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Errors of the policy layer.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A policy document could not be loaded.
    #[error("policy{}: {message}", location.map(|l| format!(" at {l}")).unwrap_or_default())]
    Load {
        /// Where, when known.
        location: Option<Location>,
        /// What is wrong.
        message: String,
    },
    /// A signed bundle was rejected.
    #[error("bundle rejected: {0}")]
    Bundle(String),
    /// A spawn request would escalate or break lineage rules.
    #[error("spawn rejected ({code}): {message}")]
    Spawn {
        /// AIGOS error code: PRIVILEGE_ESCALATION, BUDGET_ESCALATION, DEPTH_EXCEEDED, ...
        code: &'static str,
        /// Details (e.g. the extra tools).
        message: String,
    },
    /// A budget operation was refused.
    #[error("budget: {0}")]
    Budget(String),
    /// A shared budget ledger did not answer (down, slow or in error):
    /// the spend is refused, never allowed on local state.
    #[error("budget ledger unavailable: {0}")]
    BudgetUnavailable(String),
    /// A payload is too large or too deeply nested, or not JSON.
    #[error("payload: {0}")]
    Payload(String),
    /// A time outside the range the engine evaluates (Unix seconds within
    /// +-(2^53 - 1)): never wrapped, never a panic.
    #[error("time out of range: {0}")]
    Time(String),
    /// A set of approval rules was refused when it was built: a tool glob
    /// that does not compile, an impossible quorum, an empty or duplicate id,
    /// or a condition list that can never match.
    #[error("approval rule {rule:?}: {message}")]
    ApprovalRule {
        /// The id of the offending rule (empty when the id itself is missing).
        rule: String,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// A stable, machine-readable code for this error, in SCREAMING_SNAKE_CASE,
    /// for logs, audit records and API responses. The message may change
    /// between releases; the code does not.
    ///
    /// | variant | code |
    /// |---|---|
    /// | [`Error::Load`] | `POLICY_INVALID` |
    /// | [`Error::Bundle`] | `BUNDLE_REJECTED` |
    /// | [`Error::Spawn`] | its own `code` (`PRIVILEGE_ESCALATION`, `CAPABILITY_MISSING`, `RESOURCE_REQUIRED`, ...) |
    /// | [`Error::Budget`] | `BUDGET_REFUSED` |
    /// | [`Error::BudgetUnavailable`] | `STATE_UNAVAILABLE` |
    /// | [`Error::Payload`] | `PAYLOAD_REJECTED` |
    /// | [`Error::ApprovalRule`] | `APPROVAL_RULE_INVALID` |
    /// | [`Error::Time`] | `POLICY_TIME_OUT_OF_RANGE` |
    pub fn code(&self) -> &'static str {
        match self {
            Error::Load { .. } => "POLICY_INVALID",
            Error::Bundle(_) => "BUNDLE_REJECTED",
            Error::Spawn { code, .. } => code,
            Error::Budget(_) => "BUDGET_REFUSED",
            Error::BudgetUnavailable(_) => "STATE_UNAVAILABLE",
            Error::Payload(_) => "PAYLOAD_REJECTED",
            Error::ApprovalRule { .. } => "APPROVAL_RULE_INVALID",
            Error::Time(_) => "POLICY_TIME_OUT_OF_RANGE",
        }
    }

    pub(crate) fn load(location: Option<Location>, message: impl Into<String>) -> Self {
        Error::Load { location, message: message.into() }
    }
}

/// The 1-based line and column of byte `offset` in `text`.
pub(crate) fn location_of(text: &str, offset: usize) -> Location {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Location { line, column }
}
