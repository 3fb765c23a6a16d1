//! The runtime layer's checks: step 2 (rate limit) and step 4 (threat
//! assessment). Kill state, heartbeats and kill channels are in `kill.rs`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::kill::KillState;
use super::score::fixed;
use super::{Check, Contribution, Cx, Facts, Layer, Verdict};

/// The runtime layer's components.
pub struct RuntimeLayer {
    /// Per-agent rate limits: the in-memory [`aigos_runtime::RateLimiter`],
    /// or any store several Guards share. Its answers run under the step
    /// timeout; a store that hangs or panics rejects.
    pub limiter: Arc<dyn aigos_runtime::RateLimitStore>,
    /// Keys trusted for kill commands.
    pub kill_keys: HashMap<String, aigos_crypto::VerifyingKey>,
    /// Retired kill keys (kid -> Unix seconds): their commands issued at
    /// or after their retirement are refused.
    pub kill_keys_retired: HashMap<String, i64>,
    /// Business hours of the threat assessment.
    pub hours: aigos_runtime::BusinessHours,
    /// Threat weights.
    pub weights: aigos_runtime::Weights,
    /// Heartbeat lease of registered instances (see [`crate::Guard::heartbeat`]):
    /// an instance silent for longer is terminated as an orphan.
    pub watchdog_timeout: Duration,
    /// Where applied kill commands are kept, one signed command per line,
    /// so a restarted Guard takes them back (a termination stays final).
    /// `None` keeps kill state in memory only.
    pub kill_state: Option<std::path::PathBuf>,
    /// The kill journal of a fleet of Guards (`aigos-redis`): every command
    /// this Guard applies is published to it, and [`crate::Guard::join_fleet`]
    /// applies what the others published. `None`: this Guard alone.
    pub kill_bus: Option<Arc<dyn aigos_runtime::KillBus>>,
    /// Heartbeat leases of a fleet: an instance that beats on any Guard is
    /// alive for all, and [`crate::Guard::sweep_orphans`] terminates the
    /// orphans the store hands it. `None`: each Guard's own watchdogs.
    pub leases: Option<Arc<dyn aigos_runtime::LeaseStore>>,
}

/// The runtime layer with the Guard's kill state.
pub(crate) struct Runtime {
    pub(crate) layer: RuntimeLayer,
    pub(crate) kills: Mutex<KillState>,
}

/// Step 2: the agent's rate limit (only an authenticated agent's: the
/// pipeline stops at step 1 otherwise, so nobody else spends its budget).
pub(crate) struct RateCheck(pub(crate) Arc<Runtime>);

#[async_trait::async_trait]
impl Check for RateCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let limiter = &self.0.layer.limiter;
        let agent = cx.request.agent_id.as_str();
        let (decision, recent) = limiter.check_recent(agent).await;
        Ok(match decision {
            aigos_runtime::RateDecision::Allowed => {
                facts.recent_actions = recent;
                Verdict::pass("within the limit")
            }
            aigos_runtime::RateDecision::Blocked => Verdict::Reject("RATE_BLOCKED", format!("rate limit: agent {agent} is blocked")),
            aigos_runtime::RateDecision::Unavailable => {
                Verdict::Reject("STATE_UNAVAILABLE", "rate limit: the rate-limit store did not answer".into())
            }
            other => Verdict::Reject("RATE_LIMITED", format!("rate limit: {other:?}")),
        })
    }
}

/// Step 4: threat indicators, from the Guard's clock, the effective
/// severity, the registry and the recorded lineage.
pub(crate) struct ThreatCheck(pub(crate) Arc<Runtime>);

#[async_trait::async_trait]
impl Check for ThreatCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let (g, request, rt) = (cx.g, cx.request, &self.0.layer);
        let now = g.clock.now_secs();
        let indicators = aigos_runtime::Indicators {
            timestamp: now,
            environment: request.environment,
            severity: facts.severity,
            finding_severities: facts.finding_severities.clone(),
            recent_actions: facts.recent_actions,
            agent_known: facts.agent.is_some() || g.skipped.contains(&Layer::Identity),
            registered_at: facts.agent.as_ref().map(|a| a.registered_at),
            lineage_depth: facts.lineage.as_ref().map_or(0, aigos_core::Lineage::depth),
            recent_denials: g.stats.recent_denials(request.agent_id.as_str(), now),
        };
        let a = aigos_runtime::assess(&indicators, &rt.hours, &rt.weights);
        let (score, level) = (a.score, a.level);
        facts.threat = Some((score, level));
        facts.threat_contributions.extend(a.contributions.into_iter().map(|c| Contribution {
            factor: c.indicator.into(),
            weight: c.weight,
            detail: c.detail,
        }));
        Ok(Verdict::pass(format!("{level:?} ({})", fixed(score, 2))))
    }
}
