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
    /// Untrusted input refused before it was parsed or hashed: too large,
    /// nested too deep, a duplicate member name, a number outside I-JSON,
    /// or not well-formed.
    #[error("{0}")]
    Input(InputError),
}

/// Why an input was refused (see [`Error::Input`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputErrorKind {
    /// Over the size limit (checked before parsing).
    TooLarge,
    /// Nested deeper than the limit (checked before parsing).
    TooDeep,
    /// A member name appears twice in one object.
    DuplicateName,
    /// A number an IEEE 754 double does not hold exactly, `-0`, or a
    /// number not written in its canonical (RFC 8785) form.
    Number,
    /// Not well-formed (not JSON, trailing data, a lone surrogate, ...).
    Syntax,
}

/// An input refused before it was parsed or hashed: its kind and what was
/// found where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {detail}", kind.describe())]
pub struct InputError {
    kind: InputErrorKind,
    detail: String,
}

impl InputErrorKind {
    fn describe(self) -> &'static str {
        match self {
            InputErrorKind::TooLarge => "input too large",
            InputErrorKind::TooDeep => "input nested too deep",
            InputErrorKind::DuplicateName => "duplicate member name",
            InputErrorKind::Number => "number outside I-JSON (RFC 7493)",
            InputErrorKind::Syntax => "malformed input",
        }
    }
}

impl InputError {
    /// An input error of `kind`.
    pub fn new(kind: InputErrorKind, detail: impl Into<String>) -> InputError {
        InputError { kind, detail: detail.into() }
    }

    /// Which rule the input broke.
    pub fn kind(&self) -> InputErrorKind {
        self.kind
    }

    /// What was found where.
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// The stable code of a request refused for this reason:
    /// `REQUEST_TOO_LARGE`, `REQUEST_TOO_DEEP`, `REQUEST_DUPLICATE_KEY`,
    /// `REQUEST_NOT_IJSON` (a number) or `REQUEST_MALFORMED`.
    pub fn code(&self) -> &'static str {
        match self.kind {
            InputErrorKind::TooLarge => "REQUEST_TOO_LARGE",
            InputErrorKind::TooDeep => "REQUEST_TOO_DEEP",
            InputErrorKind::DuplicateName => "REQUEST_DUPLICATE_KEY",
            InputErrorKind::Number => "REQUEST_NOT_IJSON",
            InputErrorKind::Syntax => "REQUEST_MALFORMED",
        }
    }
}
