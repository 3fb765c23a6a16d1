//! Injectable time, so expiry, windows and watchdogs are testable without sleeping.

use std::fmt::Debug;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch.
pub type UnixMillis = u64;

/// A source of wall-clock time. Every component that looks at the time takes
/// one, so tests can use a [`ManualClock`].
pub trait Clock: Send + Sync + Debug {
    /// Now, in milliseconds since the Unix epoch.
    fn now_millis(&self) -> UnixMillis;

    /// Now, in whole seconds since the Unix epoch.
    fn now_secs(&self) -> i64 {
        i64::try_from(self.now_millis() / 1000).unwrap_or(i64::MAX)
    }
}

/// The system's wall clock. A clock before 1970 reads as 0.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_millis(&self) -> UnixMillis {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)).unwrap_or(0)
    }
}

/// A clock that moves only when told to. Clones share the same time.
#[derive(Debug, Clone, Default)]
pub struct ManualClock(Arc<AtomicU64>);

impl ManualClock {
    /// A clock that reads `start` milliseconds since the epoch.
    pub fn new(start: UnixMillis) -> Self {
        ManualClock(Arc::new(AtomicU64::new(start)))
    }

    /// A clock that reads `secs` seconds since the epoch.
    pub fn at_secs(secs: u64) -> Self {
        Self::new(secs.saturating_mul(1000))
    }

    /// Sets the time.
    pub fn set(&self, now: UnixMillis) {
        self.0.store(now, Ordering::SeqCst);
    }

    /// Moves the time forward (saturating).
    pub fn advance(&self, by: Duration) {
        let ms = u64::try_from(by.as_millis()).unwrap_or(u64::MAX);
        let _ = self.0.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |t| Some(t.saturating_add(ms)));
    }
}

impl Clock for ManualClock {
    fn now_millis(&self) -> UnixMillis {
        self.0.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_told_and_clones_share() {
        let c = ManualClock::at_secs(1_700_000_000);
        let shared = c.clone();
        assert_eq!(c.now_secs(), 1_700_000_000);
        c.advance(Duration::from_millis(1500));
        assert_eq!(shared.now_millis(), 1_700_000_001_500);
        assert_eq!(shared.now_secs(), 1_700_000_001);
        c.set(5);
        assert_eq!(shared.now_millis(), 5);
        c.advance(Duration::MAX);
        assert_eq!(c.now_millis(), u64::MAX);
    }

    #[test]
    fn system_clock_is_after_2024() {
        assert!(SystemClock.now_secs() > 1_704_067_200);
    }
}
