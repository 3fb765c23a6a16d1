//! Building a Guard: every compiled-in layer configured or skipped, and the
//! checks of each step assembled in pipeline order.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use aigos_core::{Clock, SystemClock};
use aigos_crypto::Provider;

use super::admission::Admission;
use super::approve::BuiltinApprovals;
use super::instances::{InstanceCheck, Instances};
use super::score::{ScoreCheck, StatusCheck};
use super::{Check, Guard, Inner, Layer, stats::Stats};
use crate::Error;
use crate::approvals::Approvers;
use crate::outcome::Step;

/// Builds a [`Guard`]; every compiled-in layer must be configured or skipped.
pub struct GuardBuilder {
    provider: Provider,
    clock: Arc<dyn Clock>,
    #[cfg(feature = "identity")]
    identity: Option<super::IdentityLayer>,
    #[cfg(feature = "runtime")]
    runtime: Option<super::RuntimeLayer>,
    #[cfg(feature = "policy")]
    policy: Option<super::PolicyLayer>,
    #[cfg(feature = "network")]
    network: Option<super::NetworkLayer>,
    #[cfg(feature = "audit")]
    audit: Option<super::AuditLayer>,
    approvers: Option<Approvers>,
    approval_state: Option<Arc<dyn aigos_core::ApprovalStore>>,
    state_health: Option<Arc<dyn aigos_core::StateHealth>>,
    lockout: aigos_core::LockoutRule,
    challenge_ttl: Duration,
    skipped: BTreeSet<Layer>,
    step_timeout: Duration,
    min_security_score: f64,
    max_payload_bytes: usize,
    max_clock_skew: Duration,
    environment: Option<aigos_core::Environment>,
}

impl std::fmt::Debug for GuardBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuardBuilder").field("skipped", &self.skipped).finish_non_exhaustive()
    }
}

impl Guard {
    /// A builder using `provider` for hashes and signatures.
    pub fn builder(provider: Provider) -> GuardBuilder {
        GuardBuilder {
            provider,
            clock: Arc::new(SystemClock),
            #[cfg(feature = "identity")]
            identity: None,
            #[cfg(feature = "runtime")]
            runtime: None,
            #[cfg(feature = "policy")]
            policy: None,
            #[cfg(feature = "network")]
            network: None,
            #[cfg(feature = "audit")]
            audit: None,
            approvers: None,
            approval_state: None,
            state_health: None,
            lockout: aigos_core::LockoutRule::default(),
            challenge_ttl: Duration::from_secs(300),
            skipped: BTreeSet::new(),
            step_timeout: Duration::from_secs(2),
            min_security_score: 0.3,
            max_payload_bytes: 1 << 20,
            max_clock_skew: Duration::from_secs(300),
            environment: None,
        }
    }
}

/// Live entries of the default in-memory approval state.
pub(crate) const DEFAULT_STATE_CAPACITY: usize = 100_000;

type Agents = HashMap<aigos_core::AgentId, Arc<super::AgentFacts>>;

impl GuardBuilder {
    /// The registry's agents and the instances it lists (none without
    /// the identity layer: then no instance is required to be known).
    fn registry_facts(&self) -> (Agents, Instances) {
        #[cfg(feature = "identity")]
        if let Some(layer) = &self.identity {
            let mut agents = HashMap::new();
            let mut listed = Vec::new();
            for (record, facts) in layer.agent_facts() {
                listed.push((record.id.clone(), record.instances.clone()));
                agents.insert(record.id.clone(), Arc::new(facts));
            }
            let instances = Instances::from_registry(
                listed.iter().filter_map(|(id, inst)| agents.get(id).map(|f: &Arc<super::AgentFacts>| (id, f.as_ref(), inst.as_slice()))),
                true,
            );
            return (agents, instances);
        }
        (HashMap::new(), Instances::default())
    }

    fn configured(&self, layer: Layer) -> bool {
        match layer {
            #[cfg(feature = "identity")]
            Layer::Identity => self.identity.is_some(),
            #[cfg(feature = "runtime")]
            Layer::Runtime => self.runtime.is_some(),
            #[cfg(feature = "policy")]
            Layer::Policy => self.policy.is_some(),
            #[cfg(feature = "network")]
            Layer::Network => self.network.is_some(),
            #[cfg(feature = "audit")]
            Layer::Audit => self.audit.is_some(),
            #[cfg_attr(
                all(feature = "identity", feature = "policy", feature = "runtime", feature = "network", feature = "audit"),
                expect(unreachable_patterns, reason = "every layer is matched when all are compiled in")
            )]
            _ => false,
        }
    }

    /// The clock (default: system time). Every time a check decides on
    /// (token expiry, policy windows, the request's skew) is this clock's.
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The identity layer.
    #[cfg(feature = "identity")]
    #[must_use]
    pub fn identity(mut self, layer: super::IdentityLayer) -> Self {
        self.identity = Some(layer);
        self
    }

    /// The runtime layer.
    #[cfg(feature = "runtime")]
    #[must_use]
    pub fn runtime(mut self, layer: super::RuntimeLayer) -> Self {
        self.runtime = Some(layer);
        self
    }

    /// The policy layer.
    #[cfg(feature = "policy")]
    #[must_use]
    pub fn policy(mut self, layer: super::PolicyLayer) -> Self {
        self.policy = Some(layer);
        self
    }

    /// The network layer.
    #[cfg(feature = "network")]
    #[must_use]
    pub fn network(mut self, layer: super::NetworkLayer) -> Self {
        self.network = Some(layer);
        self
    }

    /// The audit layer.
    #[cfg(feature = "audit")]
    #[must_use]
    pub fn audit(mut self, layer: super::AuditLayer) -> Self {
        self.audit = Some(layer);
        self
    }

    /// Where used approvals and TOTP codes, failed attempts, lockouts and
    /// challenges are kept (default: in this process's memory, forgotten
    /// on restart; `aigos.toml` builds give a file that survives it, see
    /// [`crate::LocalState`]).
    pub fn approval_state(mut self, store: Arc<dyn aigos_core::ApprovalStore>) -> Self {
        self.approval_state = Some(store);
        self
    }

    /// The health of a shared state backend (`aigos-redis`): its failing
    /// stores make [`Guard::readiness`] report the Guard not ready.
    pub fn state_health(mut self, health: Arc<dyn aigos_core::StateHealth>) -> Self {
        self.state_health = Some(health);
        self
    }

    /// Failed-attempt limits of TOTP approvers (default: 5 wrong codes in
    /// 15 minutes lock the approver out for 15 minutes).
    pub fn lockout(mut self, rule: aigos_core::LockoutRule) -> Self {
        self.lockout = rule;
        self
    }

    /// How long the challenge of a REQUIRES_MFA outcome stays open
    /// (default 5 minutes).
    pub fn challenge_ttl(mut self, ttl: Duration) -> Self {
        self.challenge_ttl = ttl;
        self
    }

    /// The registered human approvers and experts.
    #[must_use]
    pub fn approvers(mut self, approvers: Approvers) -> Self {
        self.approvers = Some(approvers);
        self
    }

    /// Leaves a layer out on purpose; its steps are recorded as skipped.
    #[must_use]
    pub fn skip(mut self, layer: Layer) -> Self {
        self.skipped.insert(layer);
        self
    }

    /// Time limit of each step (default 2 s); a step that exceeds it rejects.
    #[must_use]
    pub fn step_timeout(mut self, timeout: Duration) -> Self {
        self.step_timeout = timeout;
        self
    }

    /// Lowest security score that may be approved (default 0.3).
    #[must_use]
    pub fn min_security_score(mut self, score: f64) -> Self {
        self.min_security_score = score;
        self
    }

    /// Largest payload, in canonical JSON bytes (default 1 MiB), checked
    /// first in step 1, before any signature: a larger one is rejected
    /// whoever sends it, and never reaches the audit log.
    #[must_use]
    pub fn max_payload_bytes(mut self, bytes: usize) -> Self {
        self.max_payload_bytes = bytes;
        self
    }

    /// How far a request's timestamp may be from the Guard's clock
    /// (default 300 s); a request outside it is rejected in step 1.
    #[must_use]
    pub fn max_clock_skew(mut self, skew: Duration) -> Self {
        self.max_clock_skew = skew;
        self
    }

    /// The environment this Guard guards: a request that declares another
    /// is rejected in step 1 (`ENVIRONMENT_MISMATCH`), so an agent cannot
    /// call production "staging" to look less risky or to match a laxer
    /// rule. Unset, the declared environment is taken as it is.
    #[must_use]
    pub fn environment(mut self, environment: aigos_core::Environment) -> Self {
        self.environment = Some(environment);
        self
    }

    /// The Guard.
    ///
    /// # Errors
    /// [`Error::Missing`] for a compiled-in layer that is neither configured
    /// nor skipped; [`Error::Component`] when a component cannot be set up
    /// (registry keys, audit directory, kill state).
    pub fn build(self) -> Result<Guard, Error> {
        if !(0.0..=1.0).contains(&self.min_security_score) {
            // NaN compares false with everything: no score would ever be too low.
            return Err(Error::Invalid(format!("min_security_score {} is not a number in 0..=1", self.min_security_score)));
        }
        let configured: BTreeSet<Layer> = Layer::ALL.into_iter().filter(|l| self.configured(*l)).collect();
        let mut skipped = self.skipped.clone();
        for layer in Layer::ALL {
            if !layer.compiled() {
                // Turning a default feature off is the explicit choice.
                skipped.insert(layer);
            } else if configured.contains(&layer) {
                skipped.remove(&layer);
            } else if !self.skipped.contains(&layer) {
                return Err(Error::Missing(layer));
            }
        }
        let mut checks: Vec<(Step, Box<dyn Check>)> = Vec::new();
        let admission =
            Admission { max_payload_bytes: self.max_payload_bytes, max_skew: self.max_clock_skew, environment: self.environment };
        checks.push((Step::Identity, Box::new(admission)));
        let (agents, instances) = self.registry_facts();
        #[cfg(feature = "identity")]
        let identity = match self.identity {
            Some(layer) => {
                let keys = layer.registry.key_resolver(self.provider)?;
                let layer = Arc::new(layer);
                let tokens = Arc::new(super::identity::TokenCheck { layer: layer.clone(), keys, golden_threads: Default::default() });
                checks.push((Step::Identity, Box::new(super::Shared(tokens.clone()))));
                Some((layer, tokens))
            }
            None => None,
        };
        #[cfg(feature = "identity")]
        let (identity, tokens) = match identity {
            Some((layer, tokens)) => (Some(layer), Some(tokens)),
            None => (None, None),
        };
        checks.push((Step::Identity, Box::new(InstanceCheck)));
        #[cfg(feature = "runtime")]
        let runtime = match self.runtime {
            Some(layer) => {
                let kills = Inner::kill_state(&layer, self.clock.clone())?;
                // A terminated instance id is never accepted again, after a restart too.
                instances.terminate(kills.terminated_instances());
                let rt = Arc::new(super::runtime::Runtime { layer, kills: std::sync::Mutex::new(kills) });
                checks.push((Step::Identity, Box::new(super::kill::KillCheck(rt.clone()))));
                checks.push((Step::RateLimit, Box::new(super::runtime::RateCheck(rt.clone()))));
                Some(rt)
            }
            None => None,
        };
        #[cfg(feature = "policy")]
        let policy = self.policy.map(Arc::new);
        #[cfg(feature = "policy")]
        if let Some(p) = &policy {
            checks.push((Step::Payload, Box::new(super::policy::InspectCheck(p.clone()))));
        }
        #[cfg(feature = "network")]
        if let Some(n) = self.network {
            checks.push((Step::Payload, Box::new(super::network::EgressCheck(Arc::new(n)))));
        }
        #[cfg(feature = "policy")]
        if let Some(p) = &policy {
            checks.push((Step::Threat, Box::new(super::policy::FloorCheck(p.clone()))));
        }
        #[cfg(feature = "runtime")]
        if let Some(rt) = &runtime {
            checks.push((Step::Threat, Box::new(super::runtime::ThreatCheck(rt.clone()))));
        }
        checks.push((Step::Score, Box::new(ScoreCheck)));
        let approval: Box<dyn Check> = Box::new(BuiltinApprovals);
        #[cfg(feature = "policy")]
        let approval: Box<dyn Check> = match policy {
            Some(p) => Box::new(super::policy::ApprovalCheck(p)),
            None => approval,
        };
        checks.push((Step::Approval, approval));
        checks.push((Step::Status, Box::new(StatusCheck)));
        #[cfg(feature = "identity")]
        if let Some(layer) = identity {
            checks.push((Step::Permit, Box::new(super::identity::PermitCheck { layer })));
        }
        #[cfg(feature = "audit")]
        let audit = match self.audit {
            Some(layer) => Some((layer.open(self.provider, self.clock.clone())?, layer)),
            None => None,
        };
        let approvers = match self.approvers {
            Some(a) => a,
            None => Approvers::new(self.provider, Vec::new())?,
        };
        // A zero window or lockout would accept every guess while saying "locked".
        if self.lockout.max_failures == 0 || self.lockout.window_ms == 0 || self.lockout.lockout_ms == 0 {
            return Err(Error::Invalid("lockout: max_failures, the failure window and the lockout must all be above zero".into()));
        }
        let approval_state = match self.approval_state {
            Some(store) => store,
            None => Arc::new(crate::LocalState::in_memory(DEFAULT_STATE_CAPACITY, self.clock.clone())),
        };
        Ok(Guard {
            inner: Arc::new(Inner {
                provider: self.provider,
                clock: self.clock,
                checks,
                #[cfg(feature = "runtime")]
                runtime,
                #[cfg(feature = "runtime")]
                gone: tokio::sync::watch::Sender::new(()),
                #[cfg(feature = "runtime")]
                kills_applied: tokio::sync::broadcast::Sender::new(1024),
                #[cfg(feature = "audit")]
                audit,
                #[cfg(feature = "identity")]
                tokens,
                agents,
                instances,
                approvers,
                approval_state,
                state_health: self.state_health,
                lockout: self.lockout,
                challenge_ttl_ms: u64::try_from(self.challenge_ttl.as_millis()).unwrap_or(u64::MAX),
                skipped,
                step_timeout: self.step_timeout,
                min_security_score: self.min_security_score,
                stats: Stats::default(),
            }),
        })
    }
}
