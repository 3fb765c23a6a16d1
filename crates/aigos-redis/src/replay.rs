//! The replay store: `SET key 1 NX PX ttl`, one command per token.

use std::sync::Arc;

use aigos_core::{Clock, UnixMillis};
use aigos_identity::{ReplayError, ReplayStore};

use crate::conn::Conn;

/// Used token and permit ids, shared by the fleet. A live entry is never
/// evicted (the server's `maxmemory-policy` is checked at connect); it
/// expires with the token.
#[derive(Debug, Clone)]
pub struct RedisReplay {
    conn: Conn,
    prefix: String,
    clock: Arc<dyn Clock>,
}

impl RedisReplay {
    pub(crate) fn new(conn: Conn, prefix: &str, clock: Arc<dyn Clock>) -> Self {
        RedisReplay { conn, prefix: format!("{prefix}:jti:"), clock }
    }
}

#[async_trait::async_trait]
impl ReplayStore for RedisReplay {
    async fn check_and_insert(&self, jti: &str, expires_at: UnixMillis) -> Result<(), ReplayError> {
        // The same rule as the in-memory store: a jti is a UUID (and the key stays short).
        let id = uuid::Uuid::try_parse(jti).map_err(|_| ReplayError::BadJti)?;
        // A relative expiry: the Guard's clock decides how long is left,
        // the server only counts it down.
        let ttl = expires_at.saturating_sub(self.clock.now_millis()).max(1);
        let key = format!("{}{}", self.prefix, id.hyphenated());
        let set: Option<String> = self
            .conn
            .call(
                "replay",
                |mut c| async move { redis::cmd("SET").arg(&key).arg(1).arg("NX").arg("PX").arg(ttl).query_async(&mut c).await },
            )
            .await
            .map_err(ReplayError::Backend)?;
        match set {
            Some(_) => Ok(()),
            None => Err(ReplayError::Replayed),
        }
    }
}
