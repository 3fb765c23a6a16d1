//! What a service in front of the Guard needs besides `validate`: cheap
//! counters for metrics, the public keys executors and auditors verify
//! with, an executor's permit check, a heartbeat authenticated by a
//! governance token, and readiness.

use super::Guard;
#[cfg(feature = "runtime")]
use super::Layer;

/// The Guard's running counts since start (this process), read without
/// touching the audit log or any store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct Counters {
    /// Validations running now.
    pub in_flight: u64,
    /// Validations finished.
    pub total: u64,
    /// APPROVED outcomes.
    pub approved: u64,
    /// REJECTED outcomes.
    pub rejected: u64,
    /// REQUIRES_MFA and REQUIRES_COE outcomes.
    pub pending: u64,
    /// Records this Guard appended to the audit log.
    pub audited: u64,
}

/// One store's or log's answer to a readiness probe.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Readiness {
    /// What was probed (`audit log`, `rate-limit store`, `approval state`).
    pub component: &'static str,
    /// Why it is not ready; `None` when it answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// An instance's lease, renewed by [`Guard::heartbeat_with_token`].
#[cfg(all(feature = "identity", feature = "runtime"))]
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Lease {
    /// The agent the token authenticated.
    pub agent: aigos_core::AgentId,
    /// The instance whose lease was renewed.
    pub instance: aigos_core::InstanceId,
    /// How long the lease lasts without another beat.
    pub timeout: std::time::Duration,
    /// The handle the instance's process watches (terminated or paused by a kill command).
    pub handle: aigos_runtime::AgentHandle,
    /// A kill command pauses the agent, the instance, an ancestor or the
    /// organization: the lease is renewed, and the instance must not act.
    pub paused: bool,
}

/// Why a heartbeat was refused: a stable code and a message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
pub struct HeartbeatRefusal {
    /// `IDENTITY_*` for the token, `HEARTBEAT_TOKEN_BOUND`, `INSTANCE_REFUSED`,
    /// `KILL_TERMINATED`, `HEARTBEAT_THROTTLED`, `UNAVAILABLE`, `LAYER_LEFT_OUT`.
    pub code: &'static str,
    /// What happened.
    pub message: String,
}

impl Guard {
    /// The counts since start, cheap enough for every metrics scrape.
    pub fn counters(&self) -> Counters {
        let s = self.stats();
        Counters {
            in_flight: s.in_flight,
            total: s.total,
            approved: s.approved,
            rejected: s.rejected,
            pending: s.total.saturating_sub(s.approved).saturating_sub(s.rejected),
            audited: s.audited,
        }
    }

    /// The public keys that verify this Guard's execution permits, as a
    /// JWK Set (for `/.well-known/jwks.json`): during a rotation, the old key
    /// (until its last permit expired) and the new one (from before it
    /// signs). `None` without the identity layer.
    #[cfg(feature = "identity")]
    pub fn permit_jwks(&self) -> Option<aigos_crypto::Jwks> {
        let tokens = self.inner.tokens.as_ref()?;
        Some(tokens.layer.permits.published_jwks())
    }

    /// Records in the audit log the schedule of each rotated signing key
    /// this Guard holds (`key_schedule` records: role, every kid with when
    /// it starts signing and when it is retired, where it is kept, and the
    /// key in service now), so that every step of a key rotation (a key
    /// published, its switch, the old key's retirement) is in the log from
    /// the start of the Guard that carries it out. A role with one key (never
    /// rotated) writes nothing. `aigos serve` and `aigos validate` call it at
    /// start. Returns the number of records written.
    ///
    /// # Errors
    /// [`crate::Error::Audit`] when the log cannot take a record.
    #[cfg(feature = "audit")]
    pub async fn audit_key_schedules(&self) -> Result<usize, crate::Error> {
        let Some((log, _)) = self.inner.audit.as_ref() else { return Ok(0) };
        let mut roles: Vec<(&str, aigos_crypto::KeySchedule)> = Vec::new();
        #[cfg(feature = "identity")]
        if let Some(tokens) = self.inner.tokens.as_ref() {
            roles.push(("permit", tokens.layer.permits.schedule()));
        }
        if let Some(keys) = log.signing_keys() {
            roles.push(("checkpoint", keys));
        }
        let now = self.inner.clock.now_secs();
        roles.retain(|(_, schedule)| schedule.keys().len() > 1);
        for (role, schedule) in &roles {
            let keys: Vec<serde_json::Value> = schedule
                .keys()
                .iter()
                .map(|k| {
                    serde_json::json!({
                        "kid": k.signer.kid().as_str(),
                        "signs_from": k.signs_from,
                        "retired_at": k.retired_at,
                        "storage": k.signer.storage().as_str(),
                        "thumbprint": k.signer.public_jwk().thumbprint().ok(),
                    })
                })
                .collect();
            let data = serde_json::json!({"role": role, "in_service": schedule.current(now).kid().as_str(), "keys": keys});
            log.append("key_schedule", "aigos-guard", data).await?;
        }
        Ok(roles.len())
    }

    /// Applies the audit layer's retention (`[audit] retention_days`): old
    /// segments a witnessed signed checkpoint covers leave the log
    /// directory, after a record saying so. `None` without retention.
    /// `aigos serve` runs it at start and every hour, `aigos validate` at
    /// start.
    ///
    /// # Errors
    /// [`crate::Error::Audit`] when the log refuses or a segment cannot be
    /// moved (run again).
    #[cfg(feature = "audit")]
    pub async fn apply_audit_retention(&self) -> Result<Option<aigos_audit::RetentionReport>, crate::Error> {
        let Some((_, layer)) = self.inner.audit.as_ref() else { return Ok(None) };
        let Some(retention) = layer.retention.clone() else { return Ok(None) };
        let guard = self.clone();
        let report = tokio::task::spawn_blocking(move || {
            let (log, _) = guard.inner.audit.as_ref()?;
            Some(log.apply_retention(&retention, "aigos-guard"))
        })
        .await
        .map_err(|e| crate::Error::Audit(aigos_audit::Error::Io(format!("retention task: {e}"))))?;
        report.transpose().map_err(crate::Error::from)
    }

    /// Records the pending reads of the audit log (`aigos audit show`,
    /// `prove`): one `audit_access` record each
    /// ([`aigos_audit::AuditLog::ingest_access_requests`]). `aigos serve`
    /// runs it every 15 s, `aigos validate` at start. Returns how many.
    ///
    /// # Errors
    /// [`crate::Error::Audit`] when the log refuses a record.
    #[cfg(feature = "audit")]
    pub async fn ingest_audit_access(&self) -> Result<usize, crate::Error> {
        if self.inner.audit.is_none() {
            return Ok(0);
        }
        let guard = self.clone();
        let n = tokio::task::spawn_blocking(move || guard.inner.audit.as_ref().map_or(Ok(0), |(log, _)| log.ingest_access_requests()))
            .await
            .map_err(|e| crate::Error::Audit(aigos_audit::Error::Io(format!("access task: {e}"))))?;
        Ok(n?)
    }

    /// The public keys that verify the audit log's checkpoints, as a JWK
    /// Set: every key of the rotation schedule, retired ones marked (they
    /// stay, since old checkpoints stay); `None` when checkpoints are not
    /// signed.
    #[cfg(feature = "audit")]
    pub fn checkpoint_jwks(&self) -> Option<aigos_crypto::Jwks> {
        let (log, _) = self.inner.audit.as_ref()?;
        Some(log.signing_keys()?.jwks())
    }

    /// An executor's verifier of this Guard's permits: signature by the
    /// permit key, audience (the configured executor), expiry, the action
    /// hash of exactly the request, and single use through `replay` (share
    /// one store between every executor that must not run a permit twice).
    /// `None` without the identity layer.
    ///
    /// # Errors
    /// [`crate::Error::Crypto`] when the permit key cannot verify.
    #[cfg(feature = "identity")]
    pub fn permit_verifier(
        &self,
        replay: std::sync::Arc<dyn aigos_identity::ReplayStore>,
    ) -> Result<Option<aigos_identity::PermitVerifier>, crate::Error> {
        let Some(tokens) = self.inner.tokens.as_ref() else { return Ok(None) };
        let layer = &tokens.layer;
        let keys = layer.permits.published_keys(self.inner.provider);
        Ok(Some(aigos_identity::PermitVerifier::new(std::sync::Arc::new(keys), &layer.executor, replay, self.inner.clock.clone())))
    }

    /// Renews an instance's heartbeat lease on the strength of a governance
    /// token: it must verify under a key registered to its subject (as at
    /// step 1: audience, expiry, signature), the agent must be registered
    /// and active, the token must carry no `ahash` (a token bound to an
    /// action cannot be diverted here), the instance must be a live one of
    /// the agent, no termination may address the agent, the instance, its
    /// ancestors or its organization (a pause renews the lease as
    /// [`Lease::paused`]), `admit` must let the agent beat now (a caller's
    /// rate limit), and only then is the token consumed (single use), so a
    /// captured heartbeat cannot keep a dead instance alive and a refused
    /// one takes no room in the replay store. The instance is the
    /// token's `aigos.identity.instance_id`, held against the Guard's
    /// records as [`Guard::heartbeat`] does.
    ///
    /// # Errors
    /// [`HeartbeatRefusal`] with the code of the rule that fired.
    #[cfg(all(feature = "identity", feature = "runtime"))]
    pub async fn heartbeat_with_token(
        &self,
        token: &str,
        admit: impl FnOnce(&aigos_core::AgentId) -> bool,
    ) -> Result<Lease, HeartbeatRefusal> {
        let refuse = |code: &'static str, message: String| HeartbeatRefusal { code, message };
        let g = &self.inner;
        let tokens = g.tokens.as_ref().ok_or_else(|| refuse("LAYER_LEFT_OUT", "the identity layer is left out".into()))?;
        let layer = &tokens.layer;
        let verified = layer.verifier.verify_stateless(token).map_err(|e| refuse(super::token_code(e.rule()), e.to_string()))?;
        let agent = aigos_core::AgentId::new(&verified.claims.sub).map_err(|e| refuse("IDENTITY_CLAIM", e.to_string()))?;
        if tokens.keys.agent(&verified.kid) != Some(&agent) {
            return Err(refuse("IDENTITY_KEY_NOT_AGENTS", format!("key {} is not registered to agent {agent}", verified.kid)));
        }
        let record = match layer.registry.get(&agent) {
            None => return Err(refuse("IDENTITY_UNREGISTERED", format!("agent {agent} is not registered"))),
            Some(r) if r.status != aigos_identity::AgentStatus::Active => {
                return Err(refuse("IDENTITY_AGENT_INACTIVE", format!("agent {agent} is {:?}", r.status)));
            }
            Some(r) => r,
        };
        // A token bound to an action is for that action's validation: it
        // cannot be spent (and its action refused as a replay) on a heartbeat.
        if verified.claims.ahash.is_some() {
            return Err(refuse("HEARTBEAT_TOKEN_BOUND", "a heartbeat token carries no ahash: this one is bound to an action".into()));
        }
        let instance = verified
            .claims
            .aigos
            .as_ref()
            .map(|a| a.identity.instance_id.clone())
            .ok_or_else(|| refuse("IDENTITY_CLAIM", "the token names no instance (aigos.identity.instance_id)".into()))?;
        let instance = aigos_core::InstanceId::new(instance).map_err(|e| refuse("IDENTITY_CLAIM", e.to_string()))?;
        // Everything that can refuse without side effects comes before the
        // token takes room in the replay store: one answer for unknown,
        // terminated and other agents' instances (a heartbeat does not tell
        // who owns which instance).
        let not_live = || refuse("INSTANCE_REFUSED", format!("instance {instance} is not a live instance of agent {agent}"));
        match g.instances.get(&instance) {
            (_, true) => return Err(not_live()),
            (Some(r), false) if r.agent != agent => return Err(not_live()),
            (None, false) if g.instances.required => return Err(not_live()),
            _ => {}
        }
        // A terminated agent, instance, ancestor or organization gets no
        // lease: its process must not read a fresh RUNNING. A paused one
        // keeps its lease (and reads PAUSED), so a pause never turns into a
        // watchdog termination.
        let mut paused = false;
        if let Some(rt) = &g.runtime {
            let kills = rt.kills.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let ancestors = g.instances.ancestors(&instance, None);
            let verdict = super::kill_verdict(g, &kills, &agent, Some(instance.as_str()), ancestors, record.organization.clone(), true);
            match verdict {
                Some(("KILL_PAUSED", _)) => paused = true,
                Some((code, why)) => return Err(refuse(code, why)),
                None => {}
            }
        }
        // The caller's rate per agent (a server's heartbeat limit), checked
        // on the authenticated agent before its token is stored.
        if !admit(&agent) {
            return Err(refuse("HEARTBEAT_THROTTLED", format!("too many heartbeats from agent {agent}")));
        }
        super::bounded(g.step_timeout, layer.verifier.consume(&verified))
            .await
            .map_err(|e| refuse("STATE_UNAVAILABLE", format!("replay store: {e}")))?
            .map_err(|e| refuse(super::token_code(e.rule()), e.to_string()))?;
        let handle = self.heartbeat(&agent, &instance).map_err(|e| match e {
            crate::Error::LayerLeftOut(_) => refuse("LAYER_LEFT_OUT", e.to_string()),
            _ => refuse("INSTANCE_REFUSED", format!("instance {instance} is not a live instance of agent {agent}")),
        })?;
        let timeout = g.runtime.as_ref().map(|r| r.layer.watchdog_timeout).unwrap_or_default();
        // A fleet's lease: the beat counts on every Guard, or it is refused
        // (the instance's process then sees no fresh lease and stops in time).
        if let Some(leases) = g.runtime.as_ref().and_then(|r| r.layer.leases.as_ref()) {
            let until = g.clock.now_millis().saturating_add(u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX));
            super::bounded(g.step_timeout, async { leases.renew(instance.as_str(), until).await.map_err(|e| e.to_string()) })
                .await
                .and_then(|r| r)
                .map_err(|e| refuse("STATE_UNAVAILABLE", format!("lease store: {e}")))?;
        }
        Ok(Lease { agent, instance, timeout, handle, paused })
    }

    /// Agents the rate limiter blocks now, asked under the step timeout.
    ///
    /// # Errors
    /// [`crate::Error::LayerLeftOut`], or [`crate::Error::Unavailable`] when the store
    /// fails or does not answer.
    #[cfg(feature = "runtime")]
    pub async fn blocked_agents(&self) -> Result<Vec<String>, crate::Error> {
        let rt = self.inner.runtime.as_ref().ok_or(crate::Error::LayerLeftOut(Layer::Runtime))?;
        super::bounded(self.inner.step_timeout, rt.layer.limiter.blocked())
            .await
            .map_err(|message| crate::Error::Unavailable { what: "rate-limit store", message })
    }

    /// Probes what a validation needs besides the layers' fixed state: the
    /// audit log accepts records, and every shared store answers within
    /// the step timeout. Ready when no entry carries an error.
    pub async fn readiness(&self) -> Vec<Readiness> {
        let g = &self.inner;
        let mut out = Vec::new();
        #[cfg(feature = "audit")]
        if let Some((log, _)) = &g.audit {
            out.push(Readiness { component: "audit log", error: log.health().err().map(|e| e.to_string()) });
        }
        #[cfg(feature = "runtime")]
        if let Some(rt) = &g.runtime {
            let answer = super::bounded(g.step_timeout, rt.layer.limiter.is_blocked("aigos-readiness-probe")).await;
            out.push(Readiness { component: "rate-limit store", error: answer.err() });
        }
        let now_ms = g.clock.now_millis();
        let answer = super::bounded(g.step_timeout, async { g.approval_state.lockouts(now_ms).await.map_err(|e| e.to_string()) })
            .await
            .and_then(|r| r.map(|_| ()));
        out.push(Readiness { component: "approval state", error: answer.err() });
        #[cfg(feature = "runtime")]
        if let Some(rt) = g.runtime.as_ref().filter(|rt| rt.layer.kill_bus.is_some()) {
            let pending = rt.kills.lock().unwrap_or_else(std::sync::PoisonError::into_inner).outbox.len();
            let error = (pending > 0).then(|| format!("{pending} kill journal entries applied here and not yet published to the fleet"));
            out.push(Readiness { component: "kill journal", error });
        }
        if let Some(health) = &g.state_health {
            let failing = health.failing();
            let error =
                (!failing.is_empty()).then(|| failing.iter().map(|(store, e)| format!("{store}: {e}")).collect::<Vec<_>>().join("; "));
            out.push(Readiness { component: "shared state", error });
        }
        out
    }
}
