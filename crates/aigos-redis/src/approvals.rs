//! The approval state: single-use keys, challenges, failed attempts and
//! lockouts, one script per method.
//!
//! Every key of it shares the hash tag `{PREFIX:approvals}`: a coalition's
//! approvals are marked in one script, which a Redis Cluster runs only on
//! keys of one slot.

use std::sync::Arc;

use aigos_core::{ApprovalStore, Attempts, Challenge, Clock, LockoutRule, StateError, UnixMillis};

use crate::conn::Conn;

macro_rules! script {
    ($name:ident, $file:literal) => {
        static $name: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| redis::Script::new(include_str!($file)));
    };
}
script!(USE_ALL_ONCE, "lua/use_all_once.lua");
script!(OPEN_CHALLENGE, "lua/open_challenge.lua");
script!(TAKE_CHALLENGE, "lua/take_challenge.lua");
script!(BEGIN_ATTEMPT, "lua/begin_attempt.lua");
script!(END_ATTEMPT, "lua/end_attempt.lua");

const STORE: &str = "approval state";

/// Approvals and TOTP codes used once, open challenges, failed attempts and
/// lockouts, shared by the fleet: a code used on one Guard is used on all,
/// and an approver's failures count across all.
#[derive(Debug, Clone)]
pub struct RedisApprovals {
    conn: Conn,
    tag: String,
    clock: Arc<dyn Clock>,
}

fn backend(e: String) -> StateError {
    StateError::Backend(e)
}

impl RedisApprovals {
    pub(crate) fn new(conn: Conn, prefix: &str, clock: Arc<dyn Clock>) -> Self {
        RedisApprovals { conn, tag: format!("{{{prefix}:approvals}}"), clock }
    }

    fn key(&self, kind: &str, rest: &str) -> String {
        format!("{}:{kind}:{rest}", self.tag)
    }

    fn attempt_keys(&self, approver: &str) -> [String; 4] {
        [self.key("lock", approver), self.key("fail", approver), format!("{}:locks", self.tag), format!("{}:seq", self.tag)]
    }
}

#[async_trait::async_trait]
impl ApprovalStore for RedisApprovals {
    async fn use_all_once(&self, keys: &[(String, UnixMillis)]) -> Result<Vec<usize>, StateError> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        // The Guard's clock: the TTL is what is left of each key's life.
        let now = self.clock.now_millis();
        let mut invocation = USE_ALL_ONCE.prepare_invoke();
        for (key, expires_at) in keys {
            invocation.key(self.key("used", key)).arg(expires_at.saturating_sub(now));
        }
        let used: Vec<usize> =
            self.conn.call(STORE, |mut c| async move { invocation.invoke_async(&mut c).await }).await.map_err(backend)?;
        Ok(used)
    }

    async fn open_challenge(&self, challenge: &Challenge, per_agent: usize) -> Result<Challenge, StateError> {
        let now = self.clock.now_millis();
        let mut invocation = OPEN_CHALLENGE.key(self.key("ch", &challenge.id));
        invocation
            .key(self.key("chact", &format!("{}:{}", challenge.agent, challenge.ahash)))
            .key(self.key("chagent", &challenge.agent))
            .arg(now)
            .arg(&challenge.id)
            .arg(&challenge.agent)
            .arg(&challenge.ahash)
            .arg(challenge.expires_at)
            .arg(per_agent)
            .arg(self.key("ch", ""));
        let reply: Vec<String> =
            self.conn.call(STORE, |mut c| async move { invocation.invoke_async(&mut c).await }).await.map_err(backend)?;
        match reply.as_slice() {
            [kind] if kind == "2" => Ok(challenge.clone()),
            [kind] if kind == "0" => Err(StateError::Quota(format!("{} open challenges for agent {}", per_agent, challenge.agent))),
            [kind, agent, ahash, expires_at, id] if kind == "1" => Ok(Challenge {
                agent: agent.clone(),
                ahash: ahash.clone(),
                expires_at: expires_at.parse().map_err(|_| backend("a challenge's expiry is not a number".into()))?,
                id: id.clone(),
            }),
            other => Err(backend(format!("unexpected reply {other:?}"))),
        }
    }

    async fn challenge(&self, id: &str, now: UnixMillis) -> Result<Option<Challenge>, StateError> {
        let key = self.key("ch", id);
        let h: (Option<String>, Option<String>, Option<u64>, Option<String>) = self
            .conn
            .call(STORE, |mut c| async move {
                redis::cmd("HMGET").arg(key).arg("agent").arg("ahash").arg("expires_at").arg("id").query_async(&mut c).await
            })
            .await
            .map_err(backend)?;
        Ok(match h {
            (Some(agent), Some(ahash), Some(expires_at), Some(id)) if expires_at > now => Some(Challenge { agent, ahash, expires_at, id }),
            _ => None,
        })
    }

    async fn take_challenge(&self, id: &str, now: UnixMillis) -> Result<bool, StateError> {
        let mut invocation = TAKE_CHALLENGE.key(self.key("ch", id));
        invocation.arg(now).arg(id).arg(self.key("chact", "")).arg(self.key("chagent", ""));
        let taken: u8 = self.conn.call(STORE, |mut c| async move { invocation.invoke_async(&mut c).await }).await.map_err(backend)?;
        Ok(taken == 1)
    }

    async fn begin_attempt(&self, approver: &str, now: UnixMillis, rule: &LockoutRule) -> Result<Attempts, StateError> {
        let mut invocation = BEGIN_ATTEMPT.prepare_invoke();
        for k in self.attempt_keys(approver) {
            invocation.key(k);
        }
        invocation.arg(now).arg(rule.window_ms).arg(rule.max_failures).arg(rule.lockout_ms).arg(approver);
        let (allowed, n): (u8, u64) =
            self.conn.call(STORE, |mut c| async move { invocation.invoke_async(&mut c).await }).await.map_err(backend)?;
        Ok(if allowed == 1 { Attempts::Allowed(u32::try_from(n).unwrap_or(u32::MAX)) } else { Attempts::Locked(n) })
    }

    async fn end_attempt(
        &self,
        approver: &str,
        now: UnixMillis,
        rule: &LockoutRule,
        succeeded: bool,
    ) -> Result<Option<UnixMillis>, StateError> {
        let mut invocation = END_ATTEMPT.prepare_invoke();
        for k in self.attempt_keys(approver) {
            invocation.key(k);
        }
        invocation.arg(now).arg(rule.window_ms).arg(rule.max_failures).arg(rule.lockout_ms).arg(approver).arg(u8::from(succeeded));
        let until: i64 = self.conn.call(STORE, |mut c| async move { invocation.invoke_async(&mut c).await }).await.map_err(backend)?;
        Ok(u64::try_from(until).ok())
    }

    async fn lockouts(&self, now: UnixMillis) -> Result<Vec<(String, UnixMillis)>, StateError> {
        let index = format!("{}:locks", self.tag);
        let (list,): (Vec<(String, u64)>,) = self
            .conn
            .call(STORE, |mut c| async move {
                redis::pipe()
                    .cmd("ZREMRANGEBYSCORE")
                    .arg(&index)
                    .arg("-inf")
                    .arg(now)
                    .ignore()
                    .cmd("ZRANGE")
                    .arg(&index)
                    .arg(format!("({now}"))
                    .arg("+inf")
                    .arg("BYSCORE")
                    .arg("WITHSCORES")
                    .query_async(&mut c)
                    .await
            })
            .await
            .map_err(backend)?;
        Ok(list)
    }
}
