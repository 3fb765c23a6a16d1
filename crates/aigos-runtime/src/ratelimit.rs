//! Rate limiting with GCRA (no boundary bursts, unlike fixed windows),
//! progressive penalties, automatic blocking and idle eviction.

use std::hash::BuildHasher;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aigos_core::{Clock, UnixMillis};

/// Limits and penalties.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitConfig {
    /// Actions allowed per `period` (default 20).
    pub rate: u32,
    /// The period (default 60 s).
    pub period: Duration,
    /// Actions that may arrive at once (default = `rate`).
    pub burst: u32,
    /// First penalty; each further violation inside `violation_window`
    /// doubles it (default 60 s).
    pub penalty_base: Duration,
    /// Longest penalty (default 1 h).
    pub penalty_max: Duration,
    /// Violations inside the window after which the key is blocked until an
    /// operator lifts it (default 5).
    pub block_after: u32,
    /// Violations add up while each comes within this long of the end of the
    /// previous penalty (default 10 min).
    pub violation_window: Duration,
    /// Keys idle this long (and not blocked or penalized) are forgotten (default 10 min).
    pub idle_eviction: Duration,
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        RateLimitConfig {
            rate: 20,
            period: Duration::from_secs(60),
            burst: 20,
            penalty_base: Duration::from_secs(60),
            penalty_max: Duration::from_secs(3600),
            block_after: 5,
            violation_window: Duration::from_secs(600),
            idle_eviction: Duration::from_secs(600),
        }
    }
}

/// The answer for one action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RateDecision {
    /// Go ahead.
    Allowed,
    /// Over the limit: a violation, penalized until `until`.
    Limited {
        /// End of the penalty (Unix ms).
        until: UnixMillis,
        /// Violations in the current window.
        violations: u32,
    },
    /// Still inside an earlier penalty.
    Penalized {
        /// End of the penalty (Unix ms).
        until: UnixMillis,
    },
    /// Blocked until an operator lifts it.
    Blocked,
    /// The store did not answer (a shared store down, slow or in error):
    /// refused, never allowed on local state.
    Unavailable,
}

impl RateDecision {
    /// Whether the action may proceed.
    pub fn is_allowed(self) -> bool {
        matches!(self, RateDecision::Allowed)
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct State {
    tat: UnixMillis,
    violations: u32,
    penalty_until: UnixMillis,
    blocked: bool,
    last_seen: UnixMillis,
}

const SHARDS: usize = 16;

/// Per-key rate limiter (keys are agent ids, or `agent/tool`).
#[derive(Clone)]
pub struct RateLimiter {
    cfg: RateLimitConfig,
    shards: Arc<[Mutex<Shard>; SHARDS]>,
    /// One randomly seeded hash per key picks the shard and the slot.
    hasher: hashbrown::DefaultHashBuilder,
    clock: Arc<dyn Clock>,
    interval: u64,
    tolerance: u64,
}

#[derive(Default)]
struct Shard {
    states: hashbrown::HashTable<(String, State)>,
    checks: u32,
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimiter").field("cfg", &self.cfg).finish_non_exhaustive()
    }
}

fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

impl RateLimiter {
    /// A limiter with `cfg`.
    pub fn new(cfg: RateLimitConfig, clock: Arc<dyn Clock>) -> Self {
        let interval = (ms(cfg.period) / u64::from(cfg.rate.max(1))).max(1);
        let tolerance = interval.saturating_mul(u64::from(cfg.burst.max(1) - 1));
        RateLimiter {
            cfg,
            shards: Arc::new(std::array::from_fn(|_| Mutex::new(Shard::default()))),
            hasher: hashbrown::DefaultHashBuilder::default(),
            clock,
            interval,
            tolerance,
        }
    }

    fn locate(&self, key: &str) -> (u64, Option<&Mutex<Shard>>) {
        let hash = self.hasher.hash_one(key);
        // High bits pick the shard; the table inside uses the low bits.
        (hash, self.shards.get(usize::try_from(hash >> 60).unwrap_or(0) % SHARDS))
    }

    /// Decides one action for `key`, recording it when allowed. A poisoned
    /// lock answers [`RateDecision::Blocked`] (fail closed).
    pub fn check(&self, key: &str) -> RateDecision {
        let now = self.clock.now_millis();
        let (hash, shard) = self.locate(key);
        let Some(shard) = shard else { return RateDecision::Blocked };
        let Ok(mut shard) = shard.lock() else { return RateDecision::Blocked };
        shard.checks = shard.checks.wrapping_add(1);
        if shard.checks.is_multiple_of(4096) {
            self.evict(&mut shard, now);
        }
        let hasher = &self.hasher;
        let entry = shard.states.entry(hash, |(k, _)| k == key, |(k, _)| hasher.hash_one(k.as_str()));
        let state = &mut entry.or_insert_with(|| (key.to_owned(), State::default())).into_mut().1;
        state.last_seen = now;
        if state.blocked {
            return RateDecision::Blocked;
        }
        if now < state.penalty_until {
            return RateDecision::Penalized { until: state.penalty_until };
        }
        let tat = state.tat.max(now);
        if tat - now > self.tolerance {
            // Violations add up while they come within the window of the
            // end of the previous penalty; a quiet window forgives them.
            if now.saturating_sub(state.penalty_until) > ms(self.cfg.violation_window) {
                state.violations = 0;
            }
            state.violations += 1;
            if state.violations >= self.cfg.block_after {
                state.blocked = true;
                return RateDecision::Blocked;
            }
            let factor = 1u64.checked_shl(state.violations - 1).unwrap_or(u64::MAX);
            let penalty = ms(self.cfg.penalty_base).saturating_mul(factor).min(ms(self.cfg.penalty_max));
            state.penalty_until = now.saturating_add(penalty);
            return RateDecision::Limited { until: state.penalty_until, violations: state.violations };
        }
        state.tat = tat + self.interval;
        RateDecision::Allowed
    }

    /// Actions of `key` in the current window (for threat assessment).
    pub fn recent(&self, key: &str) -> u32 {
        let now = self.clock.now_millis();
        let (hash, shard) = self.locate(key);
        let Some(Ok(shard)) = shard.map(|s| s.lock()) else { return 0 };
        shard
            .states
            .find(hash, |(k, _)| k == key)
            .map_or(0, |(_, s)| u32::try_from(s.tat.saturating_sub(now).div_ceil(self.interval)).unwrap_or(u32::MAX))
    }

    /// Keys currently blocked.
    pub fn blocked(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .shards
            .iter()
            .filter_map(|s| s.lock().ok())
            .flat_map(|s| s.states.iter().filter(|(_, st)| st.blocked).map(|(k, _)| k.clone()).collect::<Vec<_>>())
            .collect();
        out.sort();
        out
    }

    /// Whether `key` is blocked now: one shard's lookup, not a list of all.
    pub fn is_blocked(&self, key: &str) -> bool {
        let (hash, shard) = self.locate(key);
        let Some(Ok(shard)) = shard.map(|s| s.lock()) else { return false };
        shard.states.find(hash, |(k, _)| k == key).is_some_and(|(_, s)| s.blocked)
    }

    /// Lifts a block and its penalties (operator action). Returns whether
    /// the key was blocked.
    pub fn unblock(&self, key: &str) -> bool {
        let (hash, shard) = self.locate(key);
        let Some(Ok(mut shard)) = shard.map(|s| s.lock()) else { return false };
        match shard.states.find_mut(hash, |(k, _)| k == key).map(|(_, s)| s) {
            Some(s) if s.blocked => {
                *s = State { last_seen: s.last_seen, ..State::default() };
                true
            }
            _ => false,
        }
    }

    /// Keys tracked.
    pub fn len(&self) -> usize {
        self.shards.iter().filter_map(|s| s.lock().ok()).map(|s| s.states.len()).sum()
    }

    /// Whether no key is tracked.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forgets idle keys now (also done every 4,096 checks per shard).
    pub fn evict_idle(&self) {
        let now = self.clock.now_millis();
        for shard in self.shards.iter() {
            if let Ok(mut s) = shard.lock() {
                self.evict(&mut s, now);
            }
        }
    }

    fn evict(&self, shard: &mut Shard, now: UnixMillis) {
        let idle = ms(self.cfg.idle_eviction);
        // Blocked and penalized keys are kept: forgetting them would lift the sanction.
        shard.states.retain(|(_, s)| s.blocked || now < s.penalty_until || now.saturating_sub(s.last_seen) < idle || s.tat > now);
    }
}

/// A rate limit store shared by several guards (the in-memory limiter here;
/// `aigos-redis` implements it with one Lua script per check). An
/// implementation that cannot answer must answer
/// [`RateDecision::Unavailable`], never `Allowed`.
#[async_trait::async_trait]
pub trait RateLimitStore: Send + Sync + std::fmt::Debug {
    /// Decides one action for `key`, recording it when allowed.
    async fn check(&self, key: &str) -> RateDecision;
    /// [`RateLimitStore::check`] and, when allowed, [`RateLimitStore::recent`]
    /// after it, in one call: a store across a network answers both in
    /// one round trip.
    async fn check_recent(&self, key: &str) -> (RateDecision, u32) {
        let decision = self.check(key).await;
        let recent = if decision.is_allowed() { self.recent(key).await } else { 0 };
        (decision, recent)
    }
    /// Actions of `key` in the current window (the threat assessment's
    /// frequency indicator).
    async fn recent(&self, key: &str) -> u32;
    /// Keys blocked now, sorted.
    async fn blocked(&self) -> Vec<String>;
    /// Whether `key` is blocked now (what an operator asks before a lift).
    /// The default lists every block; a store that can ask about one key
    /// should say so here.
    async fn is_blocked(&self, key: &str) -> bool {
        self.blocked().await.iter().any(|k| k == key)
    }
    /// Lifts a block.
    async fn unblock(&self, key: &str) -> bool;
}

#[async_trait::async_trait]
impl RateLimitStore for RateLimiter {
    async fn check(&self, key: &str) -> RateDecision {
        RateLimiter::check(self, key)
    }
    async fn recent(&self, key: &str) -> u32 {
        RateLimiter::recent(self, key)
    }
    async fn blocked(&self) -> Vec<String> {
        RateLimiter::blocked(self)
    }
    async fn is_blocked(&self, key: &str) -> bool {
        RateLimiter::is_blocked(self, key)
    }
    async fn unblock(&self, key: &str) -> bool {
        RateLimiter::unblock(self, key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aigos_core::ManualClock;

    fn limiter(clock: &ManualClock) -> RateLimiter {
        RateLimiter::new(RateLimitConfig::default(), Arc::new(clock.clone()))
    }

    #[test]
    fn twenty_per_minute_then_limited() {
        let clock = ManualClock::at_secs(1_000);
        let l = limiter(&clock);
        for _ in 0..20 {
            assert!(l.check("a").is_allowed());
        }
        assert!(matches!(l.check("a"), RateDecision::Limited { violations: 1, .. }));
        assert!(l.check("b").is_allowed(), "keys are independent");
    }

    #[test]
    fn no_double_burst_at_a_window_boundary() {
        // A fixed window lets 20 through just before the boundary and 20 more
        // just after; GCRA does not.
        let clock = ManualClock::at_secs(1_000);
        let cfg = RateLimitConfig { penalty_base: Duration::from_millis(1), block_after: u32::MAX, ..RateLimitConfig::default() };
        let l = RateLimiter::new(cfg, Arc::new(clock.clone()));
        clock.advance(Duration::from_millis(59_900));
        let before = (0..20).filter(|_| l.check("a").is_allowed()).count();
        clock.advance(Duration::from_millis(200));
        let after = (0..20).filter(|_| l.check("a").is_allowed()).count();
        assert_eq!(before, 20);
        assert!(after <= 1, "{after} more allowed 0.2 s later");
    }

    #[test]
    fn penalties_double_and_repeat_offenders_are_blocked_until_lifted() {
        let clock = ManualClock::at_secs(1_000);
        let l = limiter(&clock);
        for _ in 0..20 {
            l.check("a");
        }
        let mut penalties = Vec::new();
        let mut decision = l.check("a");
        for _ in 0..4 {
            match decision {
                RateDecision::Limited { until, .. } => {
                    penalties.push(until - clock.now_millis());
                    assert!(matches!(l.check("a"), RateDecision::Penalized { .. }));
                    clock.set(until);
                    // Use the refilled bucket up; the first refusal is the next violation.
                    decision = loop {
                        let d = l.check("a");
                        if !d.is_allowed() {
                            break d;
                        }
                    };
                }
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(decision, RateDecision::Blocked, "the fifth violation blocks");
        assert_eq!(penalties, [60_000, 120_000, 240_000, 480_000]);
        assert_eq!(l.blocked(), ["a"]);
        assert!(l.is_blocked("a") && !l.is_blocked("b"));
        clock.advance(Duration::from_secs(86_400));
        assert_eq!(l.check("a"), RateDecision::Blocked, "blocks do not expire");
        assert!(l.unblock("a"));
        assert!(!l.is_blocked("a"));
        assert!(l.check("a").is_allowed());
        assert!(!l.unblock("a"));
    }

    /// A store that answers only the required methods: `is_blocked` falls
    /// back to the list of blocks.
    #[derive(Debug)]
    struct ListOnly(Vec<String>);

    #[async_trait::async_trait]
    impl RateLimitStore for ListOnly {
        async fn check(&self, _key: &str) -> RateDecision {
            RateDecision::Blocked
        }
        async fn recent(&self, _key: &str) -> u32 {
            0
        }
        async fn blocked(&self) -> Vec<String> {
            self.0.clone()
        }
        async fn unblock(&self, _key: &str) -> bool {
            false
        }
    }

    #[tokio::test]
    async fn is_blocked_defaults_to_the_list_of_blocks() {
        let store = ListOnly(vec!["a".into(), "c".into()]);
        assert!(store.is_blocked("a").await && store.is_blocked("c").await);
        assert!(!store.is_blocked("b").await && !store.is_blocked("").await);
    }

    #[test]
    fn idle_keys_are_evicted_but_sanctions_are_kept() {
        let clock = ManualClock::at_secs(1_000);
        let l = RateLimiter::new(RateLimitConfig { block_after: 1, ..RateLimitConfig::default() }, Arc::new(clock.clone()));
        l.check("idle");
        for _ in 0..21 {
            l.check("bad");
        }
        assert_eq!(l.blocked(), ["bad"]);
        clock.advance(Duration::from_secs(700));
        l.evict_idle();
        assert_eq!(l.len(), 1, "the blocked key stays, the idle one goes");
        assert_eq!(l.check("bad"), RateDecision::Blocked);
    }

    #[test]
    fn recent_counts_the_current_window() {
        let clock = ManualClock::at_secs(1_000);
        let l = limiter(&clock);
        for _ in 0..7 {
            l.check("a");
        }
        assert_eq!(l.recent("a"), 7);
        clock.advance(Duration::from_secs(30));
        assert_eq!(l.recent("a"), 0, "interval 3 s: 7 actions drain in 21 s");
    }
}
