//! State that a fleet of Guards shares about kills and leases: the kill
//! journal (every command a Guard applied, and every watchdog termination,
//! for every other Guard to apply too) and the heartbeat leases.
//!
//! The traits are shaped for a store such as Redis (`aigos-redis`: a
//! stream read with `XREAD BLOCK`, a sorted set of lease deadlines); the
//! Guard keeps deciding on its own verified state. A journal entry is never
//! trusted for what it says: a command is applied only if its signature
//! verifies against the Guard's own trusted keys.

use aigos_core::{StateError, UnixMillis};

use crate::SourceError;

/// One entry of the kill journal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JournalEntry {
    /// A signed kill command (its JSON), applied by the Guard that
    /// published it; every other Guard verifies it again before applying it.
    Command(String),
    /// An instance the watchdog terminated because its lease ran out. Not
    /// signed: an entry of this kind can only terminate, never release.
    Reaped(String),
}

/// What a journal reader yields.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum JournalEvent {
    /// The next entry.
    Entry(JournalEntry),
    /// The journal was lost (the store restarted empty): the reader starts
    /// again from its beginning, and each Guard publishes what it applied,
    /// so no kill is forgotten.
    Reset,
}

/// A fleet's kill journal.
#[async_trait::async_trait]
pub trait KillBus: Send + Sync + std::fmt::Debug {
    /// Appends an entry this Guard applied.
    ///
    /// # Errors
    /// [`SourceError`] when the store did not take it (the command stays
    /// applied here; the caller reports that it did not reach the fleet).
    async fn publish(&self, entry: &JournalEntry) -> Result<(), SourceError>;

    /// Every entry from the beginning of the journal up to now, and a cursor
    /// to follow it from there.
    ///
    /// # Errors
    /// [`SourceError`] when the store did not answer.
    async fn read_all(&self) -> Result<(Vec<JournalEntry>, String), SourceError>;

    /// A reader that follows the journal after `cursor` (live delivery).
    fn follow(&self, cursor: String) -> Box<dyn JournalReader>;
}

/// Follows a kill journal.
#[async_trait::async_trait]
pub trait JournalReader: Send {
    /// A name for reports.
    fn name(&self) -> String;
    /// The next event; errors are retried by the caller with backoff.
    async fn next(&mut self) -> Result<JournalEvent, SourceError>;
}

/// Heartbeat leases shared by a fleet: an instance that beats on one Guard
/// is alive for every Guard, and an orphan is seen (and terminated once)
/// by whichever Guard sweeps first.
#[async_trait::async_trait]
pub trait LeaseStore: Send + Sync + std::fmt::Debug {
    /// Extends `instance`'s lease to `until` (Unix ms).
    ///
    /// # Errors
    /// [`StateError`]: the beat is refused.
    async fn renew(&self, instance: &str, until: UnixMillis) -> Result<(), StateError>;

    /// Takes out the leases that ran out before `now` and returns their
    /// instances; each is returned to one caller only.
    ///
    /// # Errors
    /// [`StateError`].
    async fn claim_expired(&self, now: UnixMillis) -> Result<Vec<String>, StateError>;

    /// Ends `instance`'s lease (it was terminated).
    ///
    /// # Errors
    /// [`StateError`].
    async fn release(&self, instance: &str) -> Result<(), StateError>;
}
