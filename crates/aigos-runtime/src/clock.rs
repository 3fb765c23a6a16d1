//! A wall clock that is cheap to read on hot paths.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use aigos_core::{Clock, SystemClock, UnixMillis};

/// A wall clock read from an atomic that a background thread refreshes
/// every `resolution` (1 ms by default): reading it costs an atomic load
/// instead of a system call. The thread stops when the last clone is dropped.
#[derive(Debug, Clone)]
pub struct TickingClock {
    now: Arc<AtomicU64>,
    _stop: Arc<StopOnDrop>,
}

#[derive(Debug)]
struct StopOnDrop(Arc<AtomicBool>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

impl TickingClock {
    /// Starts the refresher thread.
    ///
    /// # Errors
    /// The OS error when the thread cannot be spawned.
    pub fn start(resolution: Duration) -> std::io::Result<Self> {
        let now = Arc::new(AtomicU64::new(SystemClock.now_millis()));
        let stop = Arc::new(AtomicBool::new(false));
        let (n, s) = (now.clone(), stop.clone());
        std::thread::Builder::new().name("aigos-ticking-clock".into()).spawn(move || {
            while !s.load(Ordering::Relaxed) {
                n.store(SystemClock.now_millis(), Ordering::Relaxed);
                std::thread::sleep(resolution);
            }
        })?;
        Ok(TickingClock { now, _stop: Arc::new(StopOnDrop(stop)) })
    }
}

impl Clock for TickingClock {
    fn now_millis(&self) -> UnixMillis {
        self.now.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_system_clock_within_its_resolution() {
        let c = TickingClock::start(Duration::from_millis(1)).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let diff = SystemClock.now_millis().abs_diff(c.now_millis());
        assert!(diff < 50, "{diff} ms apart");
    }
}
