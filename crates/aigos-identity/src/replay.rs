//! Single-use token ids: the replay store.
//!
//! The trait is shaped for one Redis `SET key 1 NX PXAT expires_at`: insert if
//! absent with the token's own expiry, in one round trip.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use aigos_core::{Clock, UnixMillis};

/// Why a jti was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReplayError {
    /// The jti was seen before and its token has not expired: a replay.
    #[error("jti already used")]
    Replayed,
    /// The store is full of live entries; new tokens are refused (fail closed)
    /// rather than evicting a live jti.
    #[error("replay store at capacity")]
    Full,
    /// The jti is not a UUID.
    #[error("jti is not a UUID")]
    BadJti,
    /// The backend failed (fail closed).
    #[error("replay store backend: {0}")]
    Backend(String),
}

/// A store of used token ids shared by every verifier that must agree.
#[async_trait::async_trait]
pub trait ReplayStore: Send + Sync + std::fmt::Debug {
    /// Records `jti` as used until `expires_at` (Unix milliseconds, the
    /// token's own `exp` plus leeway). Fails with [`ReplayError::Replayed`] if
    /// it is already recorded and not yet expired.
    ///
    /// # Errors
    /// See [`ReplayError`]; every error means "reject the token".
    async fn check_and_insert(&self, jti: &str, expires_at: UnixMillis) -> Result<(), ReplayError>;
}

const SHARDS: usize = 16;

#[derive(Debug)]
struct Shard {
    entries: HashMap<u128, UnixMillis>,
    /// The earliest expiry in `entries`: a sweep before it would free nothing.
    min_expiry: UnixMillis,
}

/// The in-memory replay store: 16 mutex-guarded shards keyed by the UUID as a
/// `u128`, with one global count of entries.
///
/// It never forgets a jti before `expires_at`, evicts only expired entries,
/// and at capacity rejects with [`ReplayError::Full`].
#[derive(Debug, Clone)]
pub struct InMemoryReplayStore {
    inner: Arc<Inner>,
    clock: Arc<dyn Clock>,
}

#[derive(Debug)]
struct Inner {
    shards: [Mutex<Shard>; SHARDS],
    len: AtomicUsize,
    capacity: usize,
}

/// Outcome of one attempt under a shard lock.
enum Attempt {
    Done(Result<(), ReplayError>),
    Full,
}

impl InMemoryReplayStore {
    /// A store for at most `capacity` live jtis.
    pub fn new(capacity: usize, clock: Arc<dyn Clock>) -> Self {
        InMemoryReplayStore {
            inner: Arc::new(Inner {
                shards: std::array::from_fn(|_| Mutex::new(Shard { entries: HashMap::new(), min_expiry: UnixMillis::MAX })),
                len: AtomicUsize::new(0),
                capacity,
            }),
            clock,
        }
    }

    /// Number of entries held (live or not yet swept).
    pub fn len(&self) -> usize {
        self.inner.len.load(Ordering::Acquire)
    }

    /// Whether the store holds no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The synchronous core of [`ReplayStore::check_and_insert`].
    ///
    /// # Errors
    /// See [`ReplayError`].
    pub fn check_and_insert_sync(&self, jti: &str, expires_at: UnixMillis) -> Result<(), ReplayError> {
        let key = parse_uuid(jti).ok_or(ReplayError::BadJti)?;
        let now = self.clock.now_millis();
        // UUIDv4 bits are random, so the low bits spread evenly over the shards.
        let index = usize::try_from(key % SHARDS as u128).unwrap_or(0);
        if let Attempt::Done(result) = self.attempt(index, key, expires_at, now)? {
            return result;
        }
        // Full: free what has expired anywhere, then try once more.
        self.sweep_all(now)?;
        match self.attempt(index, key, expires_at, now)? {
            Attempt::Done(result) => result,
            Attempt::Full => Err(ReplayError::Full),
        }
    }

    fn attempt(&self, index: usize, key: u128, expires_at: UnixMillis, now: UnixMillis) -> Result<Attempt, ReplayError> {
        let shard = self.inner.shards.get(index).ok_or_else(|| ReplayError::Backend("shard index".into()))?;
        // A poisoned lock means another thread panicked mid-update: fail closed.
        let mut shard = shard.lock().map_err(|_| ReplayError::Backend("poisoned".into()))?;
        match shard.entries.get(&key) {
            Some(&exp) if exp > now => return Ok(Attempt::Done(Err(ReplayError::Replayed))),
            // An expired entry for the same jti: reuse its slot.
            Some(_) => {}
            None => {
                if self.inner.len.fetch_add(1, Ordering::AcqRel) >= self.inner.capacity {
                    self.inner.len.fetch_sub(1, Ordering::AcqRel);
                    return Ok(Attempt::Full);
                }
            }
        }
        shard.min_expiry = shard.min_expiry.min(expires_at);
        shard.entries.insert(key, expires_at);
        Ok(Attempt::Done(Ok(())))
    }

    fn sweep_all(&self, now: UnixMillis) -> Result<(), ReplayError> {
        for shard in &self.inner.shards {
            let mut shard = shard.lock().map_err(|_| ReplayError::Backend("poisoned".into()))?;
            if shard.min_expiry > now {
                continue;
            }
            let before = shard.entries.len();
            shard.entries.retain(|_, exp| *exp > now);
            shard.min_expiry = shard.entries.values().copied().min().unwrap_or(UnixMillis::MAX);
            self.inner.len.fetch_sub(before - shard.entries.len(), Ordering::AcqRel);
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl ReplayStore for InMemoryReplayStore {
    async fn check_and_insert(&self, jti: &str, expires_at: UnixMillis) -> Result<(), ReplayError> {
        self.check_and_insert_sync(jti, expires_at)
    }
}

/// Parses a hyphenated UUID into its 128-bit value.
pub(crate) fn parse_uuid(s: &str) -> Option<u128> {
    uuid::Uuid::try_parse(s).ok().filter(|u| s.len() == 36 && !u.is_nil()).map(|u| u.as_u128())
}

#[cfg(test)]
mod tests {
    use super::*;
    use aigos_core::ManualClock;
    use std::time::Duration;

    fn jti(n: u128) -> String {
        uuid::Uuid::from_u128(n | (1 << 100)).hyphenated().to_string()
    }

    #[test]
    fn second_use_is_a_replay_until_expiry() {
        let clock = ManualClock::at_secs(1000);
        let store = InMemoryReplayStore::new(100, Arc::new(clock.clone()));
        store.check_and_insert_sync(&jti(1), 1_060_000).unwrap();
        assert_eq!(store.check_and_insert_sync(&jti(1), 1_060_000), Err(ReplayError::Replayed));
        clock.advance(Duration::from_secs(59));
        assert_eq!(store.check_and_insert_sync(&jti(1), 1_060_000), Err(ReplayError::Replayed), "still live");
        clock.advance(Duration::from_secs(2));
        // Past its token's expiry the token itself is rejected by the verifier;
        // the store may forget it.
        store.check_and_insert_sync(&jti(1), 1_200_000).unwrap();
    }

    #[test]
    fn full_store_rejects_instead_of_evicting_live_entries() {
        let clock = ManualClock::at_secs(1000);
        let store = InMemoryReplayStore::new(16, Arc::new(clock.clone()));
        let mut accepted = Vec::new();
        for n in 0..200 {
            match store.check_and_insert_sync(&jti(n), 2_000_000) {
                Ok(()) => accepted.push(n),
                Err(e) => assert_eq!(e, ReplayError::Full),
            }
        }
        assert!(accepted.len() <= 16 + SHARDS, "capacity respected: {}", accepted.len());
        for n in &accepted {
            assert_eq!(store.check_and_insert_sync(&jti(*n), 2_000_000), Err(ReplayError::Replayed), "live entry kept");
        }
        // Once they expire, space frees up again.
        clock.advance(Duration::from_secs(1001));
        store.check_and_insert_sync(&jti(10_000), 3_000_000).unwrap();
    }

    #[test]
    fn non_uuid_jti_rejected() {
        let store = InMemoryReplayStore::new(16, Arc::new(ManualClock::new(0)));
        for bad in ["", "abc", "00000000-0000-0000-0000-000000000000", "{6ba7b810-9dad-11d1-80b4-00c04fd430c8}"] {
            assert_eq!(store.check_and_insert_sync(bad, 10), Err(ReplayError::BadJti), "{bad}");
        }
        store.check_and_insert_sync("6ba7b810-9dad-11d1-80b4-00c04fd430c8", 10).unwrap();
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_inserts_of_one_jti_admit_exactly_one() {
        let store = InMemoryReplayStore::new(1000, Arc::new(ManualClock::new(0)));
        let mut tasks = Vec::new();
        for _ in 0..64 {
            let s = store.clone();
            tasks.push(tokio::spawn(async move { s.check_and_insert(&jti(7), 10_000).await.is_ok() }));
        }
        let mut ok = 0;
        for t in tasks {
            ok += usize::from(t.await.unwrap());
        }
        assert_eq!(ok, 1);
    }
}
