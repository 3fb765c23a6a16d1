//! The state every handler shares.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use aigos::Guard;
use aigos::config::ServerSection;
use tokio::sync::{Semaphore, broadcast, watch};

use crate::ServerError;
use crate::auth::Operators;
use crate::journal::Journal;

pub(crate) struct App {
    pub(crate) guard: Guard,
    pub(crate) operators: Operators,
    pub(crate) permits: Option<aigos::identity::PermitVerifier>,
    pub(crate) journal: Journal,
    /// Decisions as the page shows them (no token, no payload).
    pub(crate) events: broadcast::Sender<Arc<str>>,
    pub(crate) metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
    pub(crate) in_flight: InFlight,
    /// Open kill streams (anyone may follow them).
    pub(crate) kill_streams: Arc<Semaphore>,
    /// Open decision streams (operators only), apart so kill streams cannot starve them.
    pub(crate) event_streams: Arc<Semaphore>,
    /// Open streams per client.
    pub(crate) streams_per_ip: Arc<PerIp>,
    pub(crate) max_stream: Duration,
    /// Recorded kill refusals per client.
    pub(crate) kill_refusals: PerMinute,
    /// Heartbeats per agent.
    pub(crate) heartbeats: PerMinute,
    /// Validations refused at step 1 per client.
    pub(crate) identity_failures: PerMinute,
    pub(crate) max_body_bytes: usize,
    pub(crate) body_read_timeout: Duration,
    pub(crate) stream_heartbeat: Duration,
    pub(crate) kill_poll_interval_secs: u64,
    /// The Guard's applied kill commands after those the journal was
    /// seeded with, taken by the relay when the server starts.
    pub(crate) applied: std::sync::Mutex<Option<broadcast::Receiver<aigos::runtime::KillCommand>>>,
    /// Flips to true when the server starts draining: streams end.
    pub(crate) draining: watch::Receiver<bool>,
    pub(crate) drain: watch::Sender<bool>,
}

impl App {
    pub(crate) fn new(guard: Guard, s: &ServerSection, operators: Operators) -> Result<Self, ServerError> {
        // Permits are single use across every executor of this server.
        let replay = Arc::new(aigos::identity::InMemoryReplayStore::new(1_000_000, Arc::new(aigos::core::SystemClock)));
        let permits = guard.permit_verifier(replay).map_err(|e| ServerError::Config(format!("permit key: {e}")))?;
        let (events, _) = broadcast::channel(256);
        let (drain, draining) = watch::channel(false);
        let metrics = crate::metrics::install_metrics();
        crate::metrics::describe();
        // What the Guard applied so far, and what it applies from now on.
        let (applied, follow) = guard.follow_kill_commands();
        Ok(App {
            guard,
            operators,
            permits,
            journal: Journal::new(&applied),
            applied: std::sync::Mutex::new(Some(follow)),
            events,
            metrics,
            in_flight: InFlight::new(s.max_in_flight, s.max_in_flight_per_ip),
            kill_streams: Arc::new(Semaphore::new(s.max_streams)),
            event_streams: Arc::new(Semaphore::new(s.max_streams)),
            streams_per_ip: PerIp::new(s.max_streams_per_ip),
            max_stream: Duration::from_secs(s.max_stream_secs),
            kill_refusals: PerMinute::new(s.kill_refusals_per_minute),
            heartbeats: PerMinute::new(s.heartbeats_per_minute),
            identity_failures: PerMinute::new(s.identity_failures_per_minute),
            max_body_bytes: s.max_body_bytes,
            body_read_timeout: Duration::from_millis(s.body_read_timeout_ms),
            stream_heartbeat: Duration::from_secs(s.stream_heartbeat_secs),
            kill_poll_interval_secs: s.kill_poll_interval_secs,
            draining,
            drain,
        })
    }
}

impl App {
    /// Takes one of `ip`'s recorded kill refusals; `false` when they are
    /// spent (the refusal is then answered 429, unrecorded).
    pub(crate) fn take_kill_refusal(&self, ip: IpAddr) -> bool {
        self.kill_refusals.take(&client_key(ip).to_string())
    }

    /// Whether `ip`'s validations that failed step 1 are spent.
    pub(crate) fn identity_failures_spent(&self, ip: IpAddr) -> bool {
        self.identity_failures.spent(&client_key(ip).to_string())
    }

    /// Counts a validation of `ip` that failed step 1.
    pub(crate) fn identity_failed(&self, ip: IpAddr) {
        let _ = self.identity_failures.take(&client_key(ip).to_string());
    }

    /// Takes one of `agent`'s heartbeats.
    pub(crate) fn take_heartbeat(&self, agent: &str) -> bool {
        self.heartbeats.take(agent)
    }
}

/// At most `max` uses a minute per key, as a sliding budget (GCRA: the
/// runtime layer's limiter without penalties or blocks): a use comes back
/// every `60 s / max`, so no window boundary lets a client through twice its
/// limit in a moment (a fixed minute window let `2 * max` through across
/// its boundary). Measured on the monotonic clock; idle keys are forgotten.
pub(crate) struct PerMinute {
    limiter: aigos::runtime::RateLimiter,
    max: u32,
}

impl PerMinute {
    pub(crate) fn new(max: u32) -> Self {
        Self::with_clock(max, Arc::new(Monotonic::default()))
    }

    fn with_clock(max: u32, clock: Arc<dyn aigos::core::Clock>) -> Self {
        let cfg = aigos::runtime::RateLimitConfig {
            rate: max.max(1),
            period: Duration::from_secs(60),
            burst: max.max(1),
            // A use past the budget is only refused: no penalty, no block.
            penalty_base: Duration::ZERO,
            penalty_max: Duration::ZERO,
            block_after: u32::MAX,
            violation_window: Duration::ZERO,
            idle_eviction: Duration::from_secs(60),
        };
        PerMinute { limiter: aigos::runtime::RateLimiter::new(cfg, clock), max }
    }

    /// Takes one use of `key`'s budget; `false` when it is spent.
    pub(crate) fn take(&self, key: &str) -> bool {
        self.max > 0 && self.limiter.check(key).is_allowed()
    }

    /// Whether `key`'s budget is spent (the next [`PerMinute::take`] would fail).
    pub(crate) fn spent(&self, key: &str) -> bool {
        self.max == 0 || self.limiter.recent(key) >= self.max
    }
}

/// Milliseconds since the server started, on the monotonic clock: a wall
/// clock set back would hand out spent budgets again.
#[derive(Debug)]
struct Monotonic(std::time::Instant);

impl Default for Monotonic {
    fn default() -> Self {
        Monotonic(std::time::Instant::now())
    }
}

impl aigos::core::Clock for Monotonic {
    fn now_millis(&self) -> aigos::core::UnixMillis {
        u64::try_from(self.0.elapsed().as_millis()).unwrap_or(u64::MAX)
    }
}

/// Places per client (an IPv4 address or an IPv6 /64), at most `max` each:
/// open streams, requests in flight, open connections.
pub(crate) struct PerIp {
    open: Mutex<HashMap<IpAddr, usize>>,
    max: usize,
}

/// One client's place: given back when dropped.
pub(crate) struct ClientSlot {
    owner: Arc<PerIp>,
    ip: IpAddr,
}

impl Drop for ClientSlot {
    fn drop(&mut self) {
        let mut open = self.owner.open.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = open.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

impl PerIp {
    pub(crate) fn new(max: usize) -> Arc<Self> {
        Arc::new(PerIp { open: Mutex::new(HashMap::new()), max })
    }

    /// A place for `ip`, or `None` over its share.
    pub(crate) fn take(self: &Arc<Self>, ip: IpAddr) -> Option<ClientSlot> {
        let ip = client_key(ip);
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let n = open.entry(ip).or_insert(0);
        if *n >= self.max {
            if *n == 0 {
                open.remove(&ip);
            }
            return None;
        }
        *n += 1;
        Some(ClientSlot { owner: self.clone(), ip })
    }
}

/// IPv4 address, or IPv6 /64: one client for the per-IP limits (the
/// network layer's grouping, as the A2A server counts its peers).
pub(crate) fn client_key(ip: IpAddr) -> IpAddr {
    aigos::network::ip_group(ip, 64)
}

/// Requests in flight (or open connections), in all and per client.
pub(crate) struct InFlight {
    global: Arc<Semaphore>,
    per_ip: Arc<PerIp>,
}

/// Why a request was not admitted.
pub(crate) enum Busy {
    /// The server's limit (503).
    Server,
    /// This client's limit (429).
    Client,
}

/// Held while a request runs.
pub(crate) struct Ticket {
    _client: ClientSlot,
    _global: tokio::sync::OwnedSemaphorePermit,
}

impl InFlight {
    pub(crate) fn new(max: usize, max_per_ip: usize) -> Self {
        InFlight { global: Arc::new(Semaphore::new(max)), per_ip: PerIp::new(max_per_ip) }
    }

    /// Admits a request from `ip` at once or refuses it (never queues).
    pub(crate) fn admit(&self, ip: IpAddr) -> Result<Ticket, Busy> {
        let client = self.per_ip.take(ip).ok_or(Busy::Client)?;
        let global = self.global.clone().try_acquire_owned().map_err(|_| Busy::Server)?;
        Ok(Ticket { _client: client, _global: global })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use aigos::core::ManualClock;

    use super::{Busy, InFlight, PerMinute, client_key};

    #[test]
    fn a_minute_budget_has_no_boundary_burst() {
        // Attack: spend the budget just before a minute turns, then again
        // just after it (a fixed window would grant both).
        let clock = ManualClock::new(59_900);
        let budget = PerMinute::with_clock(10, Arc::new(clock.clone()));
        assert!((0..10).all(|_| budget.take("client")), "positive control: the whole budget at once");
        assert!(budget.spent("client"));
        clock.advance(Duration::from_millis(200));
        assert!(!budget.take("client"), "past the minute's boundary the budget is still spent");
        // One use comes back every 6 s; other keys are untouched.
        clock.advance(Duration::from_millis(6_000));
        assert!(!budget.spent("client"));
        assert!(budget.take("client"));
        assert!(!budget.take("client"));
        assert!(budget.take("another client"));
        // A minute later the whole budget is back.
        clock.advance(Duration::from_millis(60_000));
        assert!((0..10).all(|_| budget.take("client")));
    }

    #[test]
    fn a_zero_budget_refuses_everything() {
        let budget = PerMinute::with_clock(0, Arc::new(ManualClock::new(0)));
        assert!(budget.spent("client"));
        assert!(!budget.take("client"));
    }

    #[test]
    fn a_client_over_its_share_is_refused_and_others_still_admitted() {
        let f = InFlight::new(3, 2);
        let a: std::net::IpAddr = "10.0.0.1".parse().unwrap();
        let b: std::net::IpAddr = "10.0.0.2".parse().unwrap();
        let t1 = f.admit(a).ok().unwrap();
        let _t2 = f.admit(a).ok().unwrap();
        assert!(matches!(f.admit(a), Err(Busy::Client)), "a's third is over its share");
        let _t3 = f.admit(b).ok().unwrap();
        assert!(matches!(f.admit(b), Err(Busy::Server)), "the server is full");
        drop(t1);
        assert!(f.admit(a).is_ok(), "a slot freed is reusable");
    }

    #[test]
    fn ipv6_clients_are_counted_per_64() {
        let a = client_key("2001:db8:1:2::1".parse().unwrap());
        let b = client_key("2001:db8:1:2:ffff::9".parse().unwrap());
        let c = client_key("2001:db8:1:3::1".parse().unwrap());
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(client_key("::ffff:10.0.0.1".parse().unwrap()), client_key("10.0.0.1".parse().unwrap()));
    }
}
