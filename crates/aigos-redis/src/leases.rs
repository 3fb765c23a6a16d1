//! Heartbeat leases: one sorted set of deadlines, `{PREFIX:leases}`.

use aigos_core::{StateError, UnixMillis};
use aigos_runtime::LeaseStore;

use crate::conn::Conn;

static CLAIM: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        "local due = redis.call('ZRANGE', KEYS[1], '-inf', ARGV[1], 'BYSCORE', 'LIMIT', 0, 1000)
         if #due > 0 then redis.call('ZREM', KEYS[1], unpack(due)) end
         return due",
    )
});

const STORE: &str = "leases";

/// Every instance's lease deadline, shared by the fleet: an instance that
/// beats on any Guard is alive for all, and an orphan is claimed by exactly
/// one sweeping Guard (the claim is one script).
#[derive(Debug, Clone)]
pub struct RedisLeases {
    conn: Conn,
    key: String,
}

impl RedisLeases {
    pub(crate) fn new(conn: Conn, prefix: &str) -> Self {
        RedisLeases { conn, key: format!("{{{prefix}:leases}}") }
    }
}

#[async_trait::async_trait]
impl LeaseStore for RedisLeases {
    async fn renew(&self, instance: &str, until: UnixMillis) -> Result<(), StateError> {
        let (key, instance) = (self.key.clone(), instance.to_owned());
        // GT: a beat never shortens a lease another Guard extended further.
        let _: u64 = self
            .conn
            .call(STORE, |mut c| async move { redis::cmd("ZADD").arg(key).arg("GT").arg(until).arg(instance).query_async(&mut c).await })
            .await
            .map_err(StateError::Backend)?;
        Ok(())
    }

    async fn claim_expired(&self, now: UnixMillis) -> Result<Vec<String>, StateError> {
        let invocation = CLAIM.key(&self.key);
        let mut invocation = invocation;
        invocation.arg(format!("({now}"));
        self.conn.call(STORE, |mut c| async move { invocation.invoke_async(&mut c).await }).await.map_err(StateError::Backend)
    }

    async fn release(&self, instance: &str) -> Result<(), StateError> {
        let (key, instance) = (self.key.clone(), instance.to_owned());
        let _: u64 = self
            .conn
            .call(STORE, |mut c| async move { redis::cmd("ZREM").arg(key).arg(instance).query_async(&mut c).await })
            .await
            .map_err(StateError::Backend)?;
        Ok(())
    }
}
