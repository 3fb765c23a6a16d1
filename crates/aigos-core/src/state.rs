//! Shared-state traits of approvals and policy versions.
//!
//! The Guard keeps the state an attacker would like it to forget (which
//! approvals and TOTP codes were used, how often an approver's code was
//! wrong, which challenges are open, the highest policy version accepted)
//! behind these traits, so one process, a file that survives a restart, or
//! a store shared by a fleet all answer the same questions. Each method is
//! shaped for one round trip to a key-value store (`SET NX PXAT`, `INCR`
//! with an expiry, `GETDEL`). Every error means "refuse": a store that does
//! not answer never approves.

use std::fmt::Debug;

use crate::UnixMillis;

/// Why the state store did not answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StateError {
    /// The store holds as many live entries as it may: new ones are
    /// refused rather than evicting a live one.
    #[error("state store at capacity")]
    Full,
    /// The backend failed (I/O, network, a corrupt file).
    #[error("state store: {0}")]
    Backend(String),
    /// One party holds as many entries of a kind as it may (open
    /// challenges of one agent): refused so it cannot fill the store for
    /// everyone.
    #[error("quota exceeded: {0}")]
    Quota(String),
}

/// Failed-attempt limits of one approver: after `max_failures` wrong codes
/// within `window_ms`, the approver is locked out for `lockout_ms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutRule {
    /// Wrong codes tolerated in a window (the next one locks).
    pub max_failures: u32,
    /// The window the failures are counted in, in milliseconds.
    pub window_ms: u64,
    /// How long a lockout lasts, in milliseconds.
    pub lockout_ms: u64,
}

impl Default for LockoutRule {
    /// Five wrong codes in 15 minutes lock the approver out for 15 minutes.
    fn default() -> Self {
        LockoutRule { max_failures: 5, window_ms: 15 * 60 * 1000, lockout_ms: 15 * 60 * 1000 }
    }
}

/// Whether an approver's code may be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Attempts {
    /// Check it: this is attempt `n` in the window (counted as a failure
    /// until [`ApprovalStore::end_attempt`] says it succeeded).
    Allowed(u32),
    /// Do not check it: the approver is locked out until then.
    Locked(UnixMillis),
}

/// A pending approval: the REQUIRES_MFA outcome names it, and a TOTP code
/// is accepted only together with it, for its action, once.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Challenge {
    // Fields in RFC 8785 order: audit records serialize it canonically.
    /// The agent whose request it is (open challenges are limited per agent).
    pub agent: String,
    /// The action hash it approves.
    pub ahash: String,
    /// When it stops being accepted (Unix milliseconds).
    pub expires_at: UnixMillis,
    /// Random id (a UUID).
    pub id: String,
}

/// Single-use markers, failed-attempt counters, lockouts and challenges of
/// approvals. Each method is atomic on its own: a store shared over the
/// network implements each as one script or command.
#[async_trait::async_trait]
pub trait ApprovalStore: Send + Sync + Debug {
    /// Marks every key used until its expiry, all or none: `Ok(vec![])`
    /// when all were fresh (and are now used), else the indices of the keys
    /// already used and live (and none is marked).
    ///
    /// # Errors
    /// [`StateError`]: the caller refuses the evidence.
    async fn use_all_once(&self, keys: &[(String, UnixMillis)]) -> Result<Vec<usize>, StateError>;

    /// Marks `key` used until `expires_at`: `Ok(true)` if it was fresh.
    ///
    /// # Errors
    /// [`StateError`].
    async fn use_once(&self, key: &str, expires_at: UnixMillis) -> Result<bool, StateError> {
        Ok(self.use_all_once(&[(key.to_owned(), expires_at)]).await?.is_empty())
    }

    /// Opens `challenge`, or returns the open one of the same agent and
    /// action hash (one pending approval per action). An agent holds at
    /// most `per_agent` open challenges.
    ///
    /// # Errors
    /// [`StateError::Quota`] past `per_agent`; others: the caller rejects.
    async fn open_challenge(&self, challenge: &Challenge, per_agent: usize) -> Result<Challenge, StateError>;

    /// The open challenge `id` (not taken, not expired at `now`), if any.
    ///
    /// # Errors
    /// [`StateError`].
    async fn challenge(&self, id: &str, now: UnixMillis) -> Result<Option<Challenge>, StateError>;

    /// Closes the challenge `id`: `Ok(true)` if this call closed it,
    /// `Ok(false)` if it was not open (taken before, expired or unknown).
    ///
    /// # Errors
    /// [`StateError`].
    async fn take_challenge(&self, id: &str, now: UnixMillis) -> Result<bool, StateError>;

    /// Before an approver's code is checked: refuses while a lockout is in
    /// force, otherwise counts the attempt as a failure in the window,
    /// in one step, so concurrent guesses cannot all pass a lockout that
    /// has not been recorded yet. Past `rule.max_failures` attempts in the
    /// window the approver is locked out.
    ///
    /// # Errors
    /// [`StateError`].
    async fn begin_attempt(&self, approver: &str, now: UnixMillis, rule: &LockoutRule) -> Result<Attempts, StateError>;

    /// After the check: a success takes the attempt back; a failure that
    /// reaches `rule.max_failures` in the window starts a lockout, whose
    /// end is returned.
    ///
    /// # Errors
    /// [`StateError`].
    async fn end_attempt(
        &self,
        approver: &str,
        now: UnixMillis,
        rule: &LockoutRule,
        succeeded: bool,
    ) -> Result<Option<UnixMillis>, StateError>;

    /// Lockouts in force at `now`: (approver, until), for the dashboard.
    ///
    /// # Errors
    /// [`StateError`].
    async fn lockouts(&self, now: UnixMillis) -> Result<Vec<(String, UnixMillis)>, StateError>;
}

/// Why a policy version was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VersionError {
    /// Older than the highest version accepted before.
    #[error("rollback: version {offered} is older than version {accepted}, accepted before")]
    Rollback {
        /// The version offered.
        offered: u64,
        /// The highest version accepted.
        accepted: u64,
    },
    /// The version accepted before, with other content.
    #[error("version {version} was accepted before with other content ({accepted_hash}), this one is {offered_hash}")]
    Conflict {
        /// The version.
        version: u64,
        /// The content hash accepted before.
        accepted_hash: String,
        /// The content hash offered.
        offered_hash: String,
    },
    /// The store did not answer.
    #[error(transparent)]
    State(#[from] StateError),
}

/// The high-water mark of signed, versioned documents (policy bundles):
/// the highest version accepted and its content hash, kept across restarts
/// so copying an older signed bundle back is refused.
///
/// Synchronous: it is asked once, when a Guard is built.
pub trait VersionStore: Send + Sync + Debug {
    /// Accepts `version` with `content_hash` under `name` if it is not
    /// below the mark (and, at the mark, has the same hash), and raises
    /// the mark to it.
    ///
    /// # Errors
    /// [`VersionError`]: the document must not be loaded.
    fn advance(&self, name: &str, version: u64, content_hash: &str) -> Result<(), VersionError>;

    /// The mark under `name`: (version, content hash).
    ///
    /// # Errors
    /// [`StateError`].
    fn high_water(&self, name: &str) -> Result<Option<(u64, String)>, StateError>;
}

/// The health of a shared state backend, read without I/O: the backend
/// probes itself in the background and records the outcome of every call,
/// so `/readyz` and the dashboard can say which store failed.
pub trait StateHealth: Send + Sync + Debug {
    /// The stores failing now, as (store, last error); empty when all answer.
    fn failing(&self) -> Vec<(String, String)>;
}
