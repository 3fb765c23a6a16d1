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
    /// A payload is too large or too deeply nested, or not JSON.
    #[error("payload: {0}")]
    Payload(String),
}

impl Error {
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
