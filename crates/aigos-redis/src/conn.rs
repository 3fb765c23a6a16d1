//! Connections, the per-call timeout and the health record.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use crate::{RedisConfig, RedisError};

/// Which stores failed on their last call, and why; cleared by the next
/// call that succeeds. The connection probe reports as `connection`.
#[derive(Debug, Default)]
pub struct Health {
    failing: Mutex<Failing>,
}

#[derive(Debug, Default)]
struct Failing {
    /// Outcomes recorded so far: orders a failure against a probe.
    recorded: u64,
    /// Store -> (last error, whether it was the connection's: no answer,
    /// refused, dropped, timed out, and when it was recorded).
    stores: BTreeMap<&'static str, (String, bool, u64)>,
}

/// A failure of the connection rather than of the command: it ends when
/// the server answers again.
pub(crate) const CONNECTION: &str = "\u{0}connection\u{0}";

impl Health {
    fn lock(&self) -> std::sync::MutexGuard<'_, Failing> {
        self.failing.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn record<T>(&self, store: &'static str, result: &Result<T, String>) {
        let mut failing = self.lock();
        failing.recorded += 1;
        let at = failing.recorded;
        match result {
            Ok(_) => {
                failing.stores.remove(store);
            }
            Err(e) => {
                let connection = e.contains(CONNECTION);
                failing.stores.insert(store, (e.replace(CONNECTION, ""), connection, at));
            }
        }
    }

    /// A mark taken before a probe is sent: only failures recorded before
    /// it can be cleared by the probe's answer.
    fn mark(&self) -> u64 {
        self.lock().recorded
    }

    /// The server answered a probe sent at `mark`: the connection failures
    /// recorded before it are history. A failure recorded while the probe
    /// was in flight stays (the answer may predate it: a server killed
    /// after answering), and a store whose command failed (out of memory,
    /// a script error) stays failing until its next call succeeds.
    fn connection_back(&self, mark: u64) {
        self.lock().stores.retain(|_, (_, connection, at)| !*connection || *at > mark);
    }
}

impl aigos_core::StateHealth for Health {
    fn failing(&self) -> Vec<(String, String)> {
        self.lock().stores.iter().map(|(k, (e, _, _))| ((*k).to_owned(), e.clone())).collect()
    }
}

/// A few multiplexed connections, each re-established on its own.
#[derive(Clone)]
pub(crate) struct Conn(Arc<ConnInner>);

pub(crate) struct ConnInner {
    /// Calls made (round trips to the server), for benches and reports.
    calls: std::sync::atomic::AtomicU64,
    managers: Vec<ConnectionManager>,
    next: AtomicUsize,
    timeout: Duration,
    health: Arc<Health>,
}

impl std::ops::Deref for Conn {
    type Target = ConnInner;
    fn deref(&self) -> &ConnInner {
        &self.0
    }
}

impl std::fmt::Debug for Conn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Conn").field("connections", &self.managers.len()).field("timeout", &self.timeout).finish()
    }
}

/// A client for `config` (TLS roots and credentials applied).
pub(crate) fn client(config: &RedisConfig) -> Result<redis::Client, RedisError> {
    use redis::IntoConnectionInfo as _;
    let bad = |e: redis::RedisError| RedisError::Config(e.to_string());
    let mut info = config.url.as_str().into_connection_info().map_err(bad)?;
    // Every validation waits on its round trips: no Nagle delay on small writes.
    let tcp = info.tcp_settings().clone().set_nodelay(true);
    info = info.set_tcp_settings(tcp);
    if let Some(password) = &config.password {
        let mut settings = info.redis_settings().clone().set_password(password);
        if let Some(user) = &config.username {
            settings = settings.set_username(user);
        }
        info = info.set_redis_settings(settings);
    }
    match &config.ca_pem {
        Some(pem) => {
            let certs = redis::TlsCertificates { client_tls: None, root_cert: Some(pem.clone()) };
            redis::Client::build_with_tls(info, certs).map_err(bad)
        }
        None => redis::Client::open(info).map_err(bad),
    }
}

impl Conn {
    pub(crate) async fn connect(config: &RedisConfig) -> Result<Self, RedisError> {
        let client = client(config)?;
        let manager_config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(config.connect_timeout))
            .set_response_timeout(Some(config.command_timeout))
            // A call during an outage fails at once (and the Guard refuses);
            // the manager reconnects in the background.
            .set_number_of_retries(1)
            .set_max_delay(Duration::from_secs(2));
        let mut managers = Vec::with_capacity(config.pool_size);
        for _ in 0..config.pool_size.max(1) {
            let m =
                tokio::time::timeout(config.connect_timeout, ConnectionManager::new_with_config(client.clone(), manager_config.clone()))
                    .await
                    .map_err(|_| RedisError::Connect(format!("no connection within {:?}", config.connect_timeout)))?
                    .map_err(|e| RedisError::Connect(e.to_string()))?;
            managers.push(m);
        }
        Ok(Conn(Arc::new(ConnInner {
            calls: std::sync::atomic::AtomicU64::new(0),
            managers,
            next: AtomicUsize::new(0),
            timeout: config.command_timeout,
            health: Arc::new(Health::default()),
        })))
    }

    pub(crate) fn round_trips(&self) -> u64 {
        self.calls.load(Ordering::Relaxed)
    }

    pub(crate) fn health(&self) -> Arc<Health> {
        self.health.clone()
    }

    /// One connection, round robin.
    pub(crate) fn manager(&self) -> ConnectionManager {
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.managers.len();
        // `connect` opens at least one, and `i` is below the length.
        self.managers[i].clone()
    }

    /// Runs one call under the timeout and records its outcome for `store`.
    pub(crate) async fn call<T, F, Fut>(&self, store: &'static str, f: F) -> Result<T, String>
    where
        F: FnOnce(ConnectionManager) -> Fut,
        Fut: Future<Output = redis::RedisResult<T>>,
    {
        self.calls.fetch_add(1, Ordering::Relaxed);
        let result = match tokio::time::timeout(self.timeout, f(self.manager())).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(classify(&e)),
            Err(_) => Err(format!("redis: no answer within {:?}{CONNECTION}", self.timeout)),
        };
        self.health.record(store, &result);
        result.map_err(|e| e.replace(CONNECTION, ""))
    }

    pub(crate) async fn maxmemory_policy(&self) -> Result<String, RedisError> {
        // INFO is allowed to users that may not run CONFIG.
        let info: String = self
            .call("connection", |mut c| async move { redis::cmd("INFO").arg("memory").query_async(&mut c).await })
            .await
            .map_err(RedisError::Connect)?;
        info.lines()
            .find_map(|l| l.strip_prefix("maxmemory_policy:"))
            .map(|p| p.trim().to_owned())
            .ok_or_else(|| RedisError::Connect("INFO memory has no maxmemory_policy".into()))
    }

    /// Pings every `period`, recording the outcome as `connection`, until
    /// every store of these connections is gone.
    pub(crate) fn spawn_probe(&self, period: Duration) {
        let weak = Arc::downgrade(&self.0);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(period);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                let Some(me) = weak.upgrade().map(Conn) else { return };
                let mark = me.health.mark();
                let result: Result<String, String> =
                    me.call("connection", |mut c| async move { redis::cmd("PING").query_async(&mut c).await }).await;
                if result.is_ok() {
                    me.health.connection_back(mark);
                }
            }
        });
    }
}

/// The message of a failed call, marked when the connection failed.
pub(crate) fn classify(e: &redis::RedisError) -> String {
    if e.is_io_error() || e.is_connection_dropped() || e.is_connection_refusal() || e.is_timeout() {
        format!("redis: {e}{CONNECTION}")
    } else {
        format!("redis: {e}")
    }
}

#[cfg(test)]
mod tests {
    use aigos_core::StateHealth as _;

    use super::*;

    fn dropped() -> Result<(), String> {
        Err(format!("redis: connection dropped{CONNECTION}"))
    }

    #[test]
    fn a_probe_answer_clears_only_the_connection_failures_before_it() {
        let health = Health::default();
        health.record("replay", &dropped());
        health.record("scripts", &Err::<(), _>("redis: NOSCRIPT".to_owned()));
        let mark = health.mark();
        // Recorded while the probe was in flight: the server may have
        // answered the probe and died before this call (the race a CI run hit).
        health.record("leases", &dropped());
        health.connection_back(mark);
        let failing: Vec<String> = health.failing().into_iter().map(|(s, _)| s).collect();
        assert_eq!(failing, ["leases", "scripts"]);
        // A probe sent after it clears it; a command's own failure stays.
        health.connection_back(health.mark());
        let failing: Vec<String> = health.failing().into_iter().map(|(s, _)| s).collect();
        assert_eq!(failing, ["scripts"]);
        health.record("scripts", &Ok::<(), String>(()));
        assert!(health.failing().is_empty());
    }
}
