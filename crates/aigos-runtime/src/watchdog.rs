//! The watchdog: no heartbeat from any channel within the timeout
//! terminates the agent (fail closed: an agent that lost its control plane
//! cannot be stopped, so it stops itself).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use aigos_core::Clock;

use crate::AgentHandle;

/// The reason recorded when the watchdog fires.
pub const WATCHDOG_REASON: &str = "watchdog: control plane lost";

/// Heartbeat lease.
#[derive(Debug, Clone)]
pub struct Watchdog {
    last: Arc<AtomicU64>,
    timeout: Duration,
    clock: Arc<dyn Clock>,
}

impl Watchdog {
    /// A watchdog whose lease starts now (default timeout: 60 s).
    pub fn new(timeout: Duration, clock: Arc<dyn Clock>) -> Self {
        Watchdog { last: Arc::new(AtomicU64::new(clock.now_millis())), timeout, clock }
    }

    /// Records a heartbeat.
    pub fn heartbeat(&self) {
        self.last.fetch_max(self.clock.now_millis(), Ordering::SeqCst);
    }

    /// Whether the lease has run out.
    pub fn expired(&self) -> bool {
        let ms = u64::try_from(self.timeout.as_millis()).unwrap_or(u64::MAX);
        self.clock.now_millis().saturating_sub(self.last.load(Ordering::SeqCst)) > ms
    }

    /// Terminates `handle` if the lease has run out; returns whether it did.
    pub fn check(&self, handle: &AgentHandle) -> bool {
        let fire = self.expired();
        if fire {
            handle.terminate(WATCHDOG_REASON);
        }
        fire
    }

    /// Checks every `period` until the handle is terminated.
    pub async fn run(self, handle: AgentHandle, period: Duration) {
        let mut tick = tokio::time::interval(period);
        loop {
            tokio::select! {
                _ = tick.tick() => {
                    if self.check(&handle) {
                        return;
                    }
                }
                _ = handle.terminated() => return,
            }
        }
    }
}
