//! Fleet state of aigos on Redis.
//!
//! Several Guards (replicas of `aigos serve`, or `aigos validate` on several
//! hosts) must agree on what happened: a token used on one is used on all, an
//! agent's rate limit is one budget across the fleet, a kill applied by one
//! reaches every one. This crate implements each shared-state trait of the
//! layers on one Redis deployment:
//!
//! | trait | Redis |
//! |---|---|
//! | [`aigos_identity::ReplayStore`] | `SET key 1 NX PX ttl`, one command |
//! | [`aigos_runtime::RateLimitStore`] | GCRA, penalties and blocking in one Lua script per check |
//! | [`aigos_core::ApprovalStore`] | single-use keys, challenges, failure windows and lockouts, one script each |
//! | [`aigos_policy::BudgetLedger`] | a reservation on an account and its ancestors in one script |
//! | [`aigos_core::VersionStore`] | the policy high-water mark, one script |
//! | [`aigos_runtime::KillBus`] | a Redis Stream (`XADD`, `XRANGE`, `XREAD BLOCK`) |
//! | [`aigos_runtime::LeaseStore`] | a sorted set of lease deadlines |
//!
//! Every call runs under a timeout; an error, a timeout or an unreachable
//! server is an error of the trait (the Guard refuses with
//! `STATE_UNAVAILABLE`), never an answer made up from local state. The
//! connection is re-established on its own. [`RedisState::connect`]
//! refuses a server whose `maxmemory-policy` may evict keys: an evicted
//! replay entry is a token accepted twice.
//!
//! Facts the Guard decides on stay the Guard's: limits, account parents,
//! the lockout rule and the clock are arguments of each call, never read
//! back from Redis; a kill command read from the stream is applied only
//! when its signature verifies against the Guard's own keys.
//!
//! ```no_run
//! # async fn demo() -> Result<(), aigos_redis::RedisError> {
//! use std::sync::Arc;
//! use aigos_identity::ReplayStore as _;
//!
//! let config = aigos_redis::RedisConfig::new("redis://127.0.0.1:6379/").prefix("prod-eu");
//! let state = aigos_redis::RedisState::connect(config, Arc::new(aigos_core::SystemClock)).await?;
//! let replay = state.replay();
//! let jti = "8f14e45f-ceea-467a-9af0-2e9d6c1b7f3e";
//! let until = aigos_core::SystemClock.now_millis() + 60_000;
//! replay.check_and_insert(jti, until).await.expect("first use");
//! assert!(replay.check_and_insert(jti, until).await.is_err(), "a replay on any replica");
//! # Ok(()) }
//! # use aigos_core::Clock as _;
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod approvals;
mod budget;
mod conn;
mod kill;
mod leases;
mod ratelimit;
mod replay;
#[cfg(feature = "test-support")]
pub mod testing;
mod versions;

use std::sync::Arc;
use std::time::Duration;

use aigos_core::Clock;

pub use approvals::RedisApprovals;
pub use budget::{HEADROOM_CACHE, RedisLedger};
pub use conn::Health;
pub use kill::{RedisJournalReader, RedisKillBus};
pub use leases::RedisLeases;
pub use ratelimit::RedisRateLimits;
pub use replay::RedisReplay;
pub use versions::RedisVersions;

use conn::Conn;

/// Why the Redis state could not be set up.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RedisError {
    /// The URL or a setting is invalid.
    #[error("redis configuration: {0}")]
    Config(String),
    /// The server could not be reached or answered an error.
    #[error("redis: {0}")]
    Connect(String),
    /// The server may evict keys (`maxmemory-policy` other than
    /// `noeviction`): a forgotten replay entry or block is a silent
    /// approval, so the state refuses to start on it.
    #[error("redis maxmemory-policy is {0}: the aigos state needs noeviction (an evicted key is a replay accepted or a block lifted)")]
    Evicting(String),
}

/// Where and how to reach Redis. Built with [`RedisConfig::new`] and the
/// setters; every duration has a default fit for a loopback or LAN server.
#[derive(Clone)]
pub struct RedisConfig {
    url: String,
    prefix: String,
    username: Option<String>,
    password: Option<String>,
    ca_pem: Option<Vec<u8>>,
    connect_timeout: Duration,
    command_timeout: Duration,
    pool_size: usize,
    block: Duration,
}

impl std::fmt::Debug for RedisConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password.
        f.debug_struct("RedisConfig")
            .field("prefix", &self.prefix)
            .field("tls", &self.url.starts_with("rediss://"))
            .field("pool_size", &self.pool_size)
            .finish_non_exhaustive()
    }
}

impl RedisConfig {
    /// `redis://host:port/db` or `rediss://` (TLS); prefix `aigos`, connect
    /// timeout 2 s, command timeout 500 ms, two connections.
    pub fn new(url: impl Into<String>) -> Self {
        RedisConfig {
            url: url.into(),
            prefix: "aigos".into(),
            username: None,
            password: None,
            ca_pem: None,
            connect_timeout: Duration::from_secs(2),
            command_timeout: Duration::from_millis(500),
            pool_size: 2,
            block: Duration::from_secs(5),
        }
    }

    /// The key prefix of this deployment (several deployments may share a server).
    #[must_use]
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Credentials (an ACL user, or only a password for `default`), kept out of the URL.
    #[must_use]
    pub fn credentials(mut self, username: Option<String>, password: String) -> Self {
        self.username = username;
        self.password = Some(password);
        self
    }

    /// The CA that signs the server's certificate (`rediss://`), instead of the system roots.
    #[must_use]
    pub fn ca_pem(mut self, pem: Vec<u8>) -> Self {
        self.ca_pem = Some(pem);
        self
    }

    /// How long a (re)connection may take.
    #[must_use]
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// How long one call may take (the Guard's step timeout is the natural value).
    #[must_use]
    pub fn command_timeout(mut self, d: Duration) -> Self {
        self.command_timeout = d;
        self
    }

    /// Multiplexed connections (calls are spread over them).
    #[must_use]
    pub fn pool_size(mut self, n: usize) -> Self {
        self.pool_size = n.max(1);
        self
    }

    /// How long a kill-journal reader blocks in `XREAD` before it reads again.
    #[must_use]
    pub fn journal_block(mut self, d: Duration) -> Self {
        self.block = d;
        self
    }
}

/// One deployment's state on Redis: hands out each store, all sharing the
/// connections and the health record. The background probe runs while
/// any store (or this) is alive.
#[derive(Debug, Clone)]
pub struct RedisState {
    conn: Conn,
    prefix: Arc<str>,
    clock: Arc<dyn Clock>,
    config: Arc<RedisConfig>,
}

impl RedisState {
    /// Connects, checks that the server never evicts keys, and starts a
    /// background probe (one `PING` a second) that keeps [`Health`] current
    /// and the connections re-established while nothing else calls.
    ///
    /// # Errors
    /// [`RedisError`]: bad settings, unreachable server, or an evicting
    /// `maxmemory-policy`.
    pub async fn connect(config: RedisConfig, clock: Arc<dyn Clock>) -> Result<Self, RedisError> {
        let conn = Conn::connect(&config).await?;
        let policy = conn.maxmemory_policy().await?;
        if policy != "noeviction" {
            return Err(RedisError::Evicting(policy));
        }
        conn.spawn_probe(Duration::from_secs(1));
        Ok(RedisState { conn, prefix: Arc::from(config.prefix.as_str()), clock, config: Arc::new(config) })
    }

    /// Round trips made so far by every store of this state (the probe's
    /// pings included; the policy mark's and the journal reader's own
    /// connections not).
    pub fn round_trips(&self) -> u64 {
        self.conn.round_trips()
    }

    /// Which stores failed last (shared by every store of this state).
    pub fn health(&self) -> Arc<Health> {
        self.conn.health()
    }

    /// The replay store of token and permit ids.
    pub fn replay(&self) -> Arc<RedisReplay> {
        Arc::new(RedisReplay::new(self.conn.clone(), &self.prefix, self.clock.clone()))
    }

    /// Rate limits under `cfg` (every Guard of the fleet must use the same).
    pub fn rate_limits(&self, cfg: aigos_runtime::RateLimitConfig) -> Arc<RedisRateLimits> {
        Arc::new(RedisRateLimits::new(self.conn.clone(), &self.prefix, cfg, self.clock.clone()))
    }

    /// The approval state (used approvals and codes, challenges, failures, lockouts).
    pub fn approvals(&self) -> Arc<RedisApprovals> {
        Arc::new(RedisApprovals::new(self.conn.clone(), &self.prefix, self.clock.clone()))
    }

    /// An empty budget ledger: open its accounts (from the registry) before use.
    pub fn ledger(&self) -> RedisLedger {
        RedisLedger::new(self.conn.clone(), &self.prefix)
    }

    /// The policy high-water mark. It answers synchronously (a Guard asks it
    /// once, while it is built) over a connection of its own.
    ///
    /// # Errors
    /// [`RedisError::Connect`] when that connection cannot be opened.
    pub fn versions(&self) -> Result<Arc<RedisVersions>, RedisError> {
        Ok(Arc::new(RedisVersions::new(&self.config, &self.prefix, self.conn.health())?))
    }

    /// The kill journal.
    pub fn kill_bus(&self) -> Arc<RedisKillBus> {
        Arc::new(RedisKillBus::new(self.conn.clone(), &self.prefix, &self.config))
    }

    /// The heartbeat leases.
    pub fn leases(&self) -> Arc<RedisLeases> {
        Arc::new(RedisLeases::new(self.conn.clone(), &self.prefix))
    }
}
