//! The policy high-water mark, synchronous: a Guard asks it once, while it
//! is built.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use aigos_core::{StateError, VersionError, VersionStore};

use crate::conn::{CONNECTION, Health, classify, client};
use crate::{RedisConfig, RedisError};

static ADVANCE: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| redis::Script::new(include_str!("lua/advance.lua")));

const STORE: &str = "policy version";

/// The highest policy version any Guard of the fleet accepted, and its
/// hash: a replica started with an older bundle refuses it.
pub struct RedisVersions {
    client: redis::Client,
    conn: Mutex<Option<redis::Connection>>,
    prefix: String,
    timeout: Duration,
    health: Arc<Health>,
}

impl std::fmt::Debug for RedisVersions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisVersions").field("prefix", &self.prefix).finish_non_exhaustive()
    }
}

impl RedisVersions {
    pub(crate) fn new(config: &RedisConfig, prefix: &str, health: Arc<Health>) -> Result<Self, RedisError> {
        Ok(RedisVersions {
            client: client(config)?,
            conn: Mutex::new(None),
            prefix: format!("{prefix}:version:"),
            timeout: config.command_timeout.max(config.connect_timeout),
            health,
        })
    }

    fn run<T: redis::FromRedisValue>(&self, f: impl FnOnce(&mut redis::Connection) -> redis::RedisResult<T>) -> Result<T, StateError> {
        let mut slot = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        let result = (|| {
            if slot.is_none() {
                let c = self.client.get_connection_with_timeout(self.timeout).map_err(|e| classify(&e))?;
                c.set_read_timeout(Some(self.timeout)).map_err(|e| classify(&e))?;
                c.set_write_timeout(Some(self.timeout)).map_err(|e| classify(&e))?;
                *slot = Some(c);
            }
            let c = slot.as_mut().ok_or_else(|| "redis: no connection".to_owned())?;
            f(c).map_err(|e| classify(&e))
        })();
        if result.is_err() {
            // The next call connects afresh.
            *slot = None;
        }
        self.health.record(STORE, &result);
        result.map_err(|e| StateError::Backend(e.replace(CONNECTION, "")))
    }
}

impl VersionStore for RedisVersions {
    fn advance(&self, name: &str, version: u64, content_hash: &str) -> Result<(), VersionError> {
        let key = format!("{}{{{name}}}", self.prefix);
        let reply: Vec<String> = self.run(|c| ADVANCE.key(&key).arg(version).arg(content_hash).invoke(c))?;
        match reply.as_slice() {
            [ok] if ok == "ok" => Ok(()),
            [kind, accepted] if kind == "rollback" => Err(VersionError::Rollback {
                offered: version,
                accepted: accepted.parse().map_err(|_| StateError::Backend("the mark is not a number".into()))?,
            }),
            [kind, accepted_hash] if kind == "conflict" => {
                Err(VersionError::Conflict { version, accepted_hash: accepted_hash.clone(), offered_hash: content_hash.to_owned() })
            }
            other => Err(StateError::Backend(format!("unexpected reply {other:?}")).into()),
        }
    }

    fn high_water(&self, name: &str) -> Result<Option<(u64, String)>, StateError> {
        let key = format!("{}{{{name}}}", self.prefix);
        let (v, h): (Option<u64>, Option<String>) = self.run(|c| redis::cmd("HMGET").arg(&key).arg("v").arg("h").query(c))?;
        Ok(v.zip(h))
    }
}
