//! Errors of the identity layer.

use std::fmt;

/// Which verification rule rejected a token. Each maps to an AIGOS
/// SPEC-PRT-003 error code ([`Rule::code`]); the rule itself is finer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// Token longer than the size limit (checked before any decoding).
    TooLarge,
    /// Not three non-empty base64url segments.
    Malformed,
    /// A segment is not strict base64url (padding, white space, trailing bits).
    Base64,
    /// Header or claims are not a JSON object, or have duplicate members.
    Json,
    /// `alg` is not ES256 or EdDSA (none, HS*, RS*, PS*, ES384, wrong case...).
    AlgNotAllowed,
    /// `alg` does not match the type of the key that `kid` resolves to.
    AlgKeyMismatch,
    /// `typ` is not the expected value.
    Typ,
    /// A header parameter that is never accepted (jwk, jku, x5u, x5c, crit, b64, zip, cty) or unknown.
    ForbiddenHeader,
    /// `kid` missing or not a registered key.
    UnknownKid,
    /// The signature does not verify (or is not 64 bytes, or has r/s out of range).
    Signature,
    /// A required claim is missing or has the wrong type (NumericDates must be non-negative integers).
    Claim,
    /// `exp` is in the past (beyond the leeway).
    Expired,
    /// `nbf` is in the future, or `iat` is in the future (beyond the leeway).
    NotYetValid,
    /// `exp - iat` exceeds the maximum TTL.
    TtlTooLong,
    /// `iss` is not the expected issuer.
    Issuer,
    /// `aud` does not contain the expected audience.
    Audience,
    /// The `jti` was already used.
    Replayed,
    /// The replay store is full (fail closed).
    ReplayStore,
    /// The replay store did not answer (a shared store down, slow or in
    /// error): the token is refused, never accepted on local state.
    StateUnavailable,
    /// `aigos.control.paused` is true.
    Paused,
    /// `aigos.control.termination_pending` is true.
    TerminationPending,
    /// The risk level is above the allowed maximum.
    RiskTooHigh,
    /// A kill switch is required and not enabled.
    KillSwitchDisabled,
    /// A golden thread is required and missing or unverified.
    GoldenThreadMissing,
    /// A required capability is missing (a missing `tools` list grants none).
    CapabilityMissing,
    /// The generation depth is above the allowed maximum.
    GenerationTooDeep,
    /// An option needs the `aigos` claim object and the token has none.
    AigosMissing,
    /// `ahash` does not match the action being authorised.
    ActionMismatch,
    /// The key is retired: it signed this token (by its `iat`) at or after
    /// its retirement.
    KeyRetired,
}

impl Rule {
    /// The AIGOS error code (SPEC-PRT-003), with `REPLAYED` and
    /// `ACTION_MISMATCH` added for our stricter checks.
    pub fn code(self) -> &'static str {
        use Rule::*;
        match self {
            TooLarge | Malformed | Base64 | Json | Typ | ForbiddenHeader | Claim | TtlTooLong => "INVALID_FORMAT",
            AlgNotAllowed | AlgKeyMismatch | UnknownKid | Signature | KeyRetired => "INVALID_SIGNATURE",
            Expired => "EXPIRED",
            NotYetValid => "NOT_YET_VALID",
            Issuer => "INVALID_ISSUER",
            Audience => "INVALID_AUDIENCE",
            Replayed | ReplayStore | StateUnavailable => "REPLAYED",
            Paused => "AGENT_PAUSED",
            TerminationPending => "TERMINATION_PENDING",
            RiskTooHigh => "RISK_TOO_HIGH",
            KillSwitchDisabled => "KILL_SWITCH_DISABLED",
            GoldenThreadMissing | AigosMissing => "GOLDEN_THREAD_MISSING",
            CapabilityMissing => "CAPABILITY_MISSING",
            GenerationTooDeep => "GENERATION_TOO_DEEP",
            ActionMismatch => "ACTION_MISMATCH",
        }
    }
}

/// A rejected token: the rule that fired and a detail for logs and audit.
/// Callers that answer untrusted clients should show only [`Rule::code`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct TokenError {
    rule: Rule,
    detail: String,
}

impl TokenError {
    pub(crate) fn new(rule: Rule, detail: impl Into<String>) -> Self {
        TokenError { rule, detail: detail.into() }
    }

    /// The rule that fired.
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// The AIGOS error code.
    pub fn code(&self) -> &'static str {
        self.rule.code()
    }

    /// What exactly was wrong.
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({:?}): {}", self.code(), self.rule, self.detail)
    }
}

/// Errors of the identity layer other than token rejections.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A token was rejected.
    #[error(transparent)]
    Token(#[from] TokenError),
    /// A key, signature or encoding problem.
    #[error(transparent)]
    Crypto(#[from] aigos_crypto::Error),
    /// Invalid input (ids, claims, options).
    #[error("invalid input: {0}")]
    Invalid(String),
    /// The registry file is unreadable or corrupt, or a registry operation failed.
    #[error("registry {path}: {reason}")]
    Registry {
        /// The file.
        path: String,
        /// What went wrong.
        reason: String,
    },
    /// A golden thread does not verify.
    #[error("golden thread: {0}")]
    GoldenThread(String),
    /// An I/O error.
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
}

impl From<aigos_core::Error> for Error {
    fn from(e: aigos_core::Error) -> Self {
        Error::Invalid(e.to_string())
    }
}
