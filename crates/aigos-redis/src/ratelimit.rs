//! Rate limits: GCRA, penalties and blocking in one Lua script per check.

use std::sync::Arc;
use std::time::Duration;

use aigos_core::{Clock, UnixMillis};
use aigos_runtime::{RateDecision, RateLimitConfig, RateLimitStore};

use crate::conn::Conn;

static CHECK: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| redis::Script::new(include_str!("lua/rate_check.lua")));
static UNBLOCK: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| redis::Script::new(include_str!("lua/rate_unblock.lua")));

fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Per-agent rate limits shared by the fleet: the same GCRA, penalties and
/// blocks as [`aigos_runtime::RateLimiter`], decided atomically in Redis,
/// so N replicas grant an agent its rate once, not N times. The limits are
/// this Guard's configuration, passed with every call; Redis only keeps
/// the counters.
#[derive(Debug, Clone)]
pub struct RedisRateLimits {
    conn: Conn,
    prefix: String,
    blocked_index: String,
    cfg: RateLimitConfig,
    clock: Arc<dyn Clock>,
    interval: u64,
    tolerance: u64,
}

impl RedisRateLimits {
    pub(crate) fn new(conn: Conn, prefix: &str, cfg: RateLimitConfig, clock: Arc<dyn Clock>) -> Self {
        let interval = (ms(cfg.period) / u64::from(cfg.rate.max(1))).max(1);
        let tolerance = interval.saturating_mul(u64::from(cfg.burst.max(1) - 1));
        RedisRateLimits {
            conn,
            prefix: format!("{prefix}:rl:"),
            blocked_index: format!("{prefix}:rl-blocked"),
            cfg,
            clock,
            interval,
            tolerance,
        }
    }

    /// The agent's key; the hash tag keeps it in one slot of a cluster.
    fn key(&self, agent: &str) -> String {
        format!("{}{{{agent}}}", self.prefix)
    }

    async fn run(&self, key: &str) -> Result<(RateDecision, u32), String> {
        let now: UnixMillis = self.clock.now_millis();
        let c = &self.cfg;
        let mut invocation = CHECK.key(self.key(key));
        invocation
            .arg(now)
            .arg(self.interval)
            .arg(self.tolerance)
            .arg(ms(c.penalty_base))
            .arg(ms(c.penalty_max))
            .arg(c.block_after)
            .arg(ms(c.violation_window))
            .arg(ms(c.idle_eviction));
        let (kind, a, b): (u8, u64, u64) =
            self.conn.call("rate limits", |mut conn| async move { invocation.invoke_async(&mut conn).await }).await?;
        let small = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        Ok(match kind {
            0 => (RateDecision::Allowed, small(a)),
            1 => (RateDecision::Limited { until: a, violations: small(b) }, 0),
            2 => (RateDecision::Penalized { until: a }, 0),
            _ => {
                if b == 1 {
                    // The listing of blocks (for the dashboard) is a second
                    // key, written on the rare call that blocks; the block
                    // itself is already in force.
                    let (index, agent) = (self.blocked_index.clone(), key.to_owned());
                    let _: Result<u64, String> = self
                        .conn
                        .call(
                            "rate limits",
                            |mut conn| async move { redis::cmd("SADD").arg(index).arg(agent).query_async(&mut conn).await },
                        )
                        .await;
                }
                (RateDecision::Blocked, 0)
            }
        })
    }
}

#[async_trait::async_trait]
impl RateLimitStore for RedisRateLimits {
    async fn check(&self, key: &str) -> RateDecision {
        self.run(key).await.map_or(RateDecision::Unavailable, |(d, _)| d)
    }

    async fn check_recent(&self, key: &str) -> (RateDecision, u32) {
        self.run(key).await.unwrap_or((RateDecision::Unavailable, 0))
    }

    async fn recent(&self, key: &str) -> u32 {
        let now = self.clock.now_millis();
        let k = self.key(key);
        let tat: Result<Option<u64>, String> =
            self.conn.call("rate limits", |mut c| async move { redis::cmd("HGET").arg(k).arg("tat").query_async(&mut c).await }).await;
        let tat = tat.ok().flatten().unwrap_or(0);
        u32::try_from(tat.saturating_sub(now).div_ceil(self.interval)).unwrap_or(u32::MAX)
    }

    async fn blocked(&self) -> Vec<String> {
        let index = self.blocked_index.clone();
        let mut out: Vec<String> = self
            .conn
            .call("rate limits", |mut c| async move { redis::cmd("SMEMBERS").arg(index).query_async(&mut c).await })
            .await
            .unwrap_or_default();
        out.sort();
        out
    }

    async fn is_blocked(&self, key: &str) -> bool {
        let k = self.key(key);
        let b: Result<Option<String>, String> =
            self.conn.call("rate limits", |mut c| async move { redis::cmd("HGET").arg(k).arg("b").query_async(&mut c).await }).await;
        // Not knowing is not "not blocked" for a caller deciding on it; the
        // Guard asks this before a lift, where an error ends the lift.
        b.map_or(true, |b| b.as_deref() == Some("1"))
    }

    async fn unblock(&self, key: &str) -> bool {
        let invocation = UNBLOCK.key(self.key(key));
        let was: Result<u8, String> = self.conn.call("rate limits", |mut c| async move { invocation.invoke_async(&mut c).await }).await;
        // The listing follows (another slot of a cluster, so another call).
        let (index, agent) = (self.blocked_index.clone(), key.to_owned());
        let _: Result<u64, String> =
            self.conn.call("rate limits", |mut c| async move { redis::cmd("SREM").arg(index).arg(agent).query_async(&mut c).await }).await;
        was.is_ok_and(|w| w == 1)
    }
}
