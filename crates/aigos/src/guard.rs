//! The Guard: the eight steps of one validation, in order, failing closed.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::fmt::Write as _;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use aigos_core::{ActionKind, ActionRequest, Clock, SecurityScore, Severity, Status, SystemClock, ThreatLevel};
use aigos_crypto::Provider;
use futures_util::FutureExt;
use serde::Serialize;

use crate::approvals::{ApprovalEvidence, Approvers};
use crate::outcome::{Contribution, Step, StepReport, StepResult, ValidationOutcome};

/// A layer of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Layer {
    /// Tokens, registry, golden thread, permits (steps 1 and 8).
    Identity,
    /// Policy, approval rules, payload inspection (steps 3 and 6).
    Policy,
    /// Rate limits, threat assessment, kill state (steps 2 and 4).
    Runtime,
    /// Egress checks of URL resources (step 3).
    Network,
    /// The audit record of every outcome.
    Audit,
}

impl Layer {
    /// Every layer.
    pub const ALL: [Layer; 5] = [Layer::Identity, Layer::Policy, Layer::Runtime, Layer::Network, Layer::Audit];

    fn compiled(self) -> bool {
        match self {
            Layer::Identity => cfg!(feature = "identity"),
            Layer::Policy => cfg!(feature = "policy"),
            Layer::Runtime => cfg!(feature = "runtime"),
            Layer::Network => cfg!(feature = "network"),
            Layer::Audit => cfg!(feature = "audit"),
        }
    }
}

/// Why a Guard could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// A layer that is compiled in was neither configured nor skipped.
    #[error("layer {0:?} is not configured; configure it or skip it explicitly")]
    Missing(Layer),
    /// A component could not be set up.
    #[error("{layer:?}: {message}")]
    Component {
        /// The layer.
        layer: Layer,
        /// What went wrong.
        message: String,
    },
}

/// The identity layer's components.
#[cfg(feature = "identity")]
pub struct IdentityLayer {
    /// The strict verifier (audience, replay store, ...), built over the registry's keys.
    pub verifier: aigos_identity::TokenVerifier,
    /// The registry (agents, keys, status, golden threads).
    pub registry: aigos_identity::AgentRegistry,
    /// Keys that sign golden threads.
    pub golden_thread_keys: aigos_crypto::Jwks,
    /// Signs execution permits (Ed25519).
    pub permits: aigos_identity::PermitIssuer,
    /// The permit audience (the tool executor).
    pub executor: String,
}

/// The runtime layer's components.
#[cfg(feature = "runtime")]
pub struct RuntimeLayer {
    /// Per-agent rate limits: the in-memory [`aigos_runtime::RateLimiter`],
    /// or any store several Guards share. Its answers run under the step
    /// timeout; a store that hangs or panics rejects.
    pub limiter: Arc<dyn aigos_runtime::RateLimitStore>,
    /// Keys trusted for kill commands.
    pub kill_keys: HashMap<String, aigos_crypto::VerifyingKey>,
    /// Business hours of the threat assessment.
    pub hours: aigos_runtime::BusinessHours,
    /// Threat weights.
    pub weights: aigos_runtime::Weights,
    /// Heartbeat lease of registered instances (see [`Guard::heartbeat`]):
    /// an instance silent for longer is terminated as an orphan.
    pub watchdog_timeout: Duration,
    /// Where applied kill commands are kept, one signed command per line,
    /// so a restarted Guard takes them back (a termination stays final).
    /// `None` keeps kill state in memory only.
    pub kill_state: Option<std::path::PathBuf>,
}

/// The policy layer's components.
#[cfg(feature = "policy")]
pub struct PolicyLayer {
    /// The policy (default deny).
    pub engine: aigos_policy::PolicyEngine,
    /// Approval rules (defaults: CRITICAL -> MFA, EMERGENCY -> 2-of-3 CoE).
    pub approval_rules: aigos_policy::ApprovalRules,
    /// Payload inspection.
    pub inspector: aigos_policy::Inspector,
}

/// The network layer's components.
#[cfg(feature = "network")]
pub struct NetworkLayer {
    /// Egress filter for URL resources.
    pub egress: aigos_network::EgressCache,
}

/// Where and how outcomes are audited.
#[cfg(feature = "audit")]
pub struct AuditLayer {
    /// The log directory.
    pub dir: std::path::PathBuf,
    /// Durability (batch by default).
    pub durability: aigos_audit::Durability,
    /// HMAC key of the records (checked by the dashboard's integrity check).
    pub mac_key: Option<aigos_audit::MacKey>,
    /// Field encryption of request payloads.
    pub encryption: Option<aigos_audit::FieldCipher>,
    /// Key that signs the log's checkpoints. With it, the dashboard's
    /// integrity check requires every checkpoint to carry its signature, so
    /// whoever holds the HMAC key alone cannot rewrite the log and its
    /// checkpoints unnoticed.
    pub checkpoint_key: Option<Arc<aigos_crypto::SigningKey>>,
}

#[cfg(feature = "runtime")]
struct KillState {
    verifier: aigos_runtime::KillVerifier,
    terminated: Vec<aigos_runtime::Target>,
    paused: Vec<aigos_runtime::Target>,
    /// Instances under a heartbeat lease, with the handle their process watches.
    leases: HashMap<String, (aigos_runtime::Watchdog, aigos_runtime::AgentHandle)>,
    /// Where applied commands are kept ([`RuntimeLayer::kill_state`]).
    file: Option<std::path::PathBuf>,
}

#[cfg(feature = "runtime")]
impl KillState {
    /// Applies a verified command to the state.
    fn apply(&mut self, command: &aigos_runtime::KillCommand) {
        let target = command.target.clone();
        match command.kind {
            aigos_runtime::CommandType::Terminate => self.terminated.push(target),
            aigos_runtime::CommandType::Pause => self.paused.push(target),
            aigos_runtime::CommandType::Resume => self.paused.retain(|t| t != &target),
        }
    }

    /// Appends an applied command to the kill-state file and syncs it.
    fn persist(&self, command: &aigos_runtime::KillCommand) -> Result<(), String> {
        use std::io::Write as _;
        let Some(path) = &self.file else { return Ok(()) };
        let mut line = serde_json::to_vec(command).map_err(|e| e.to_string())?;
        line.push(b'\n');
        let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        f.write_all(&line).and_then(|()| f.sync_data()).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Takes back the commands of the kill-state file, in order. A line
    /// that does not parse, or whose command no longer verifies (edited,
    /// or signed by a key no longer trusted), stops the Guard from starting;
    /// a last line without its newline is the torn end of a write and is
    /// skipped.
    fn restore(&mut self) -> Result<(), String> {
        let Some(path) = self.file.clone() else { return Ok(()) };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let lines: Vec<&str> = text.split('\n').collect();
        // The piece after the last newline: empty, or a write cut short.
        let torn = lines.len() - 1;
        for (i, line) in lines.iter().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let at = |e: &dyn std::fmt::Display| format!("{} line {}: {e}", path.display(), i + 1);
            let command: aigos_runtime::KillCommand = match serde_json::from_str(line) {
                Ok(c) => c,
                Err(_) if i == torn => continue,
                Err(e) => return Err(at(&e)),
            };
            let verified = self.verifier.restore(&command).map_err(|e| at(&e))?;
            self.apply(&verified.command);
        }
        Ok(())
    }
}

#[derive(Default)]
struct Stats {
    in_flight: AtomicU64,
    total: AtomicU64,
    approved: AtomicU64,
    rejected: AtomicU64,
    mfa_required: AtomicU64,
    mfa_satisfied: AtomicU64,
    coe_required: AtomicU64,
    coe_satisfied: AtomicU64,
    score_micros: AtomicU64,
    audited: AtomicU64,
    /// Per-minute counts and highest threat of the last hour.
    minutes: Mutex<VecDeque<(i64, u64, Option<ThreatLevel>)>>,
    /// Recent rejections per agent (timestamps).
    denials: Mutex<HashMap<String, VecDeque<i64>>>,
}

/// Agents whose recent denials are remembered at most.
const MAX_TRACKED_AGENTS: usize = 100_000;

/// What [`Guard::dashboard`] reads.
pub(crate) struct StatsView {
    pub(crate) in_flight: u64,
    pub(crate) total: u64,
    pub(crate) approved: u64,
    pub(crate) rejected: u64,
    pub(crate) mfa: (u64, u64),
    pub(crate) coe: (u64, u64),
    pub(crate) average_score: Option<f64>,
    pub(crate) last_hour: u64,
    pub(crate) last_hour_threat: Option<ThreatLevel>,
    pub(crate) audited: u64,
}

pub(crate) struct Inner {
    pub(crate) provider: Provider,
    pub(crate) clock: Arc<dyn Clock>,
    #[cfg(feature = "identity")]
    pub(crate) identity: Option<IdentityLayer>,
    #[cfg(feature = "identity")]
    identity_keys: Option<aigos_identity::RegistryKeys>,
    #[cfg(feature = "runtime")]
    pub(crate) runtime: Option<RuntimeLayer>,
    #[cfg(feature = "runtime")]
    kills: Mutex<Option<KillState>>,
    /// Never sent on: dropped with the Guard, which ends the tasks of
    /// [`Guard::listen`] (a closed channel stays closed, so none misses it).
    #[cfg(feature = "runtime")]
    pub(crate) gone: tokio::sync::watch::Sender<()>,
    #[cfg(feature = "policy")]
    pub(crate) policy: Option<PolicyLayer>,
    #[cfg(feature = "network")]
    pub(crate) network: Option<NetworkLayer>,
    #[cfg(feature = "audit")]
    pub(crate) audit: Option<(aigos_audit::AuditLog, AuditLayer)>,
    approvers: Approvers,
    /// Golden threads whose signature verified, by (agent, key): their expiry.
    golden_threads: Mutex<HashMap<String, HashMap<String, i64>>>,
    pub(crate) skipped: BTreeSet<Layer>,
    pub(crate) step_timeout: Duration,
    min_security_score: f64,
    stats: Stats,
}

/// The Guard: validates every action through the eight steps and audits the
/// outcome. Cheap to clone; share one per process.
#[derive(Clone)]
pub struct Guard {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guard").field("skipped", &self.inner.skipped).finish_non_exhaustive()
    }
}

/// Builds a [`Guard`]; every compiled-in layer must be configured or skipped.
pub struct GuardBuilder {
    provider: Provider,
    clock: Arc<dyn Clock>,
    #[cfg(feature = "identity")]
    identity: Option<IdentityLayer>,
    #[cfg(feature = "runtime")]
    runtime: Option<RuntimeLayer>,
    #[cfg(feature = "policy")]
    policy: Option<PolicyLayer>,
    #[cfg(feature = "network")]
    network: Option<NetworkLayer>,
    #[cfg(feature = "audit")]
    audit: Option<AuditLayer>,
    approvers: Option<Approvers>,
    skipped: BTreeSet<Layer>,
    step_timeout: Duration,
    min_security_score: f64,
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
            skipped: BTreeSet::new(),
            step_timeout: Duration::from_secs(2),
            min_security_score: 0.3,
        }
    }
}

impl GuardBuilder {
    /// The clock (default: system time).
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The identity layer.
    #[cfg(feature = "identity")]
    #[must_use]
    pub fn identity(mut self, layer: IdentityLayer) -> Self {
        self.identity = Some(layer);
        self
    }

    /// The runtime layer.
    #[cfg(feature = "runtime")]
    #[must_use]
    pub fn runtime(mut self, layer: RuntimeLayer) -> Self {
        self.runtime = Some(layer);
        self
    }

    /// The policy layer.
    #[cfg(feature = "policy")]
    #[must_use]
    pub fn policy(mut self, layer: PolicyLayer) -> Self {
        self.policy = Some(layer);
        self
    }

    /// The network layer.
    #[cfg(feature = "network")]
    #[must_use]
    pub fn network(mut self, layer: NetworkLayer) -> Self {
        self.network = Some(layer);
        self
    }

    /// The audit layer.
    #[cfg(feature = "audit")]
    #[must_use]
    pub fn audit(mut self, layer: AuditLayer) -> Self {
        self.audit = Some(layer);
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

    /// The Guard.
    ///
    /// # Errors
    /// [`BuildError::Missing`] for a compiled-in layer that is neither
    /// configured nor skipped; [`BuildError::Component`] when a component
    /// cannot be set up (registry keys, audit directory).
    pub fn build(self) -> Result<Guard, BuildError> {
        let configured = |layer: Layer| -> bool {
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
                #[allow(unreachable_patterns, reason = "every layer is matched when all features are on")]
                _ => false,
            }
        };
        let mut skipped = self.skipped.clone();
        for layer in Layer::ALL {
            if !layer.compiled() {
                // Turning a default feature off is the explicit choice.
                skipped.insert(layer);
            } else if configured(layer) {
                skipped.remove(&layer);
            } else if !self.skipped.contains(&layer) {
                return Err(BuildError::Missing(layer));
            }
        }
        #[cfg(feature = "identity")]
        let identity_keys = match &self.identity {
            Some(id) => Some(
                id.registry
                    .key_resolver(self.provider)
                    .map_err(|e| BuildError::Component { layer: Layer::Identity, message: e.to_string() })?,
            ),
            None => None,
        };
        #[cfg(feature = "audit")]
        let audit = match self.audit {
            Some(layer) => {
                let mut cfg = aigos_audit::AuditConfig::new(&layer.dir)
                    .durability(layer.durability)
                    .provider(self.provider)
                    .clock(self.clock.clone());
                if let Some(k) = &layer.mac_key {
                    cfg = cfg.mac_key(k.clone());
                }
                if let Some(c) = &layer.encryption {
                    cfg = cfg.encrypt(c.clone(), vec!["payload".into()]);
                }
                if let Some(k) = &layer.checkpoint_key {
                    cfg = cfg.signing_key(k.clone());
                }
                let (log, _recovery) =
                    aigos_audit::AuditLog::open(cfg).map_err(|e| BuildError::Component { layer: Layer::Audit, message: e.to_string() })?;
                Some((log, layer))
            }
            None => None,
        };
        #[cfg(feature = "runtime")]
        let kills = match self.runtime.as_ref() {
            Some(r) => {
                let mut state = KillState {
                    verifier: aigos_runtime::KillVerifier::new(r.kill_keys.clone(), self.clock.clone()),
                    terminated: Vec::new(),
                    paused: Vec::new(),
                    leases: HashMap::new(),
                    file: r.kill_state.clone(),
                };
                state.restore().map_err(|message| BuildError::Component { layer: Layer::Runtime, message })?;
                Some(state)
            }
            None => None,
        };
        let approvers = match self.approvers {
            Some(a) => a,
            None => Approvers::new(self.provider, Vec::new()).map_err(|message| BuildError::Component { layer: Layer::Policy, message })?,
        };
        Ok(Guard {
            inner: Arc::new(Inner {
                provider: self.provider,
                clock: self.clock,
                #[cfg(feature = "identity")]
                identity: self.identity,
                #[cfg(feature = "identity")]
                identity_keys,
                #[cfg(feature = "runtime")]
                runtime: self.runtime,
                #[cfg(feature = "runtime")]
                kills: Mutex::new(kills),
                #[cfg(feature = "runtime")]
                gone: tokio::sync::watch::Sender::new(()),
                #[cfg(feature = "policy")]
                policy: self.policy,
                #[cfg(feature = "network")]
                network: self.network,
                #[cfg(feature = "audit")]
                audit,
                approvers,
                golden_threads: Mutex::new(HashMap::new()),
                skipped,
                step_timeout: self.step_timeout,
                min_security_score: self.min_security_score,
                stats: Stats::default(),
            }),
        })
    }
}

/// The reason of an outcome that nothing held back.
const ALL_PASSED: &str = "all checks passed";

/// What the steps hand to each other.
#[derive(Default)]
struct Facts {
    /// The request's action hash, computed once per validation.
    ahash: String,
    /// The request's RFC 8785 parts (computed with the hash, stored in the audit record).
    canonical: Option<aigos_core::CanonicalRequest>,
    agent_known: bool,
    registered_at: Option<i64>,
    finding_severities: Vec<Severity>,
    findings: Vec<String>,
    /// The agent's actions in the current window, read by step 2 for step 4.
    recent_actions: u32,
    threat: Option<(f64, ThreatLevel)>,
    score: f64,
}

/// A step's verdict.
enum Verdict {
    Pass(String),
    Reject(String),
    Skip(String),
}

/// The pipeline's record of one validation.
struct Run {
    steps: Vec<StepReport>,
    reasons: Vec<String>,
    /// When the current step started (the previous one ended): one clock
    /// read per step.
    mark: Instant,
}

impl Run {
    fn record(&mut self, step: Step, result: StepResult, detail: String) {
        let now = Instant::now();
        let duration_us = u64::try_from(now.duration_since(self.mark).as_micros()).unwrap_or(u64::MAX);
        self.mark = now;
        self.steps.push(StepReport { step, result, detail, duration_us });
    }

    /// The current step's deadline.
    fn deadline(&self, timeout: Duration) -> tokio::time::Instant {
        tokio::time::Instant::from_std(self.mark + timeout)
    }
}

/// A synchronous step that panics rejects.
fn contained_sync<T>(step: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(AssertUnwindSafe(step)).map_err(|_| "step panicked".into())
}

/// Guard against a step that panics or outlives its time limit: either rejects.
async fn contained<T, F: Future<Output = T>>(deadline: tokio::time::Instant, timeout: Duration, fut: F) -> Result<T, String> {
    match tokio::time::timeout_at(deadline, AssertUnwindSafe(fut).catch_unwind()).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(_)) => Err("step panicked".into()),
        Err(_) => Err(format!("step timed out after {} ms", timeout.as_millis())),
    }
}

/// An operator's call to a shared backend, under the step timeout: a store
/// that hangs or panics yields an error instead of hanging the caller.
pub(crate) async fn bounded<T, F: Future<Output = T>>(timeout: Duration, fut: F) -> Result<T, String> {
    contained(tokio::time::Instant::now() + timeout, timeout, fut).await
}

impl Guard {
    /// Validates `request` with its governance `token`.
    pub async fn validate(&self, request: &ActionRequest, token: &str) -> ValidationOutcome {
        self.validate_with(request, token, &[]).await
    }

    /// Validates `request` with its `token` and approval `evidence` (a
    /// request that came back with a TOTP code or signed approvals).
    pub async fn validate_with(&self, request: &ActionRequest, token: &str, evidence: &[ApprovalEvidence]) -> ValidationOutcome {
        use tracing::Instrument;
        let span = crate::telemetry::action_span(request);
        async {
            let g = &self.inner;
            g.stats.in_flight.fetch_add(1, Ordering::Relaxed);
            let started = Instant::now();
            let (mut outcome, canonical) = self.pipeline(request, token, evidence).await;
            outcome.duration_us = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
            self.audit_outcome(request, canonical, &mut outcome).await;
            crate::telemetry::decision(request, &outcome);
            self.count(&outcome);
            g.stats.in_flight.fetch_sub(1, Ordering::Relaxed);
            outcome
        }
        .instrument(span)
        .await
    }

    /// The eight steps; also returns the request's canonical parts (none
    /// when the request could not be serialized) for the audit record.
    async fn pipeline(
        &self,
        request: &ActionRequest,
        token: &str,
        evidence: &[ApprovalEvidence],
    ) -> (ValidationOutcome, Option<aigos_core::CanonicalRequest>) {
        let g = &self.inner;
        let mut run = Run { steps: Vec::with_capacity(8), reasons: Vec::new(), mark: Instant::now() };
        let mut facts = Facts::default();
        let (validation_id, random_error) = match aigos_crypto_uuid(g.provider) {
            Ok(id) => (id, None),
            // Without randomness there is no unique id (and no permit jti):
            // the request is rejected, the record still gets a placeholder.
            Err(e) => (uuid::Uuid::nil().hyphenated().to_string(), Some(format!("random source failed: {e}"))),
        };
        let hash_error = match aigos_core::canonical_request_and_payload(request) {
            Ok(parts) => {
                // The same hash as `aigos_identity::action_hash`; the parts
                // are kept for the audit record.
                facts.ahash = hash_canonical_request(g.provider, &parts.request);
                facts.canonical = Some(parts);
                random_error
            }
            Err(e) => Some(format!("request: cannot be hashed: {e}")),
        };
        let mut threat_contributions = Vec::new();
        let mut score_contributions = Vec::new();
        let mut status = Status::Rejected;
        let mut permit = None;

        // Steps 1-4: each may end the pipeline with REJECTED.
        let early: [(Step, Layer); 4] = [
            (Step::Identity, Layer::Identity),
            (Step::RateLimit, Layer::Runtime),
            (Step::Payload, Layer::Policy),
            (Step::Threat, Layer::Runtime),
        ];
        let mut stopped = false;
        for (step, layer) in early {
            let verdict = if let Some(e) = &hash_error {
                Ok(Verdict::Reject(e.clone()))
            } else if step == Step::Payload && g.skipped.contains(&Layer::Policy) && g.skipped.contains(&Layer::Network) {
                Ok(Verdict::Skip("policy and network layers left out".into()))
            } else if step != Step::Payload && g.skipped.contains(&layer) {
                Ok(Verdict::Skip(format!("{layer:?} layer left out")))
            } else {
                match step {
                    // Synchronous steps cannot outlive a deadline (a timeout
                    // fires only at an await): only a panic is contained.
                    Step::Threat => contained_sync(|| self.threat_step(request, &mut facts, &mut threat_contributions)),
                    _ => {
                        let fut = self.early_step(step, request, token, &mut facts);
                        contained(run.deadline(g.step_timeout), g.step_timeout, fut).await.and_then(|r| r)
                    }
                }
            };
            match verdict {
                Ok(Verdict::Pass(d)) => run.record(step, StepResult::Passed, d),
                Ok(Verdict::Skip(d)) => run.record(step, StepResult::Skipped, d),
                Ok(Verdict::Reject(d)) => {
                    run.reasons.push(d.clone());
                    run.record(step, StepResult::Rejected, d);
                    stopped = true;
                }
                Err(e) => {
                    let d = format!("{step:?}: internal failure, rejected: {e}");
                    run.reasons.push(d.clone());
                    run.record(step, StepResult::Failed, d);
                    stopped = true;
                }
            }
            if stopped {
                break;
            }
        }

        if !stopped {
            // Step 5: the security score, every part listed.
            let mut score = 1.0;
            if let Some((threat, _)) = facts.threat {
                let w = -0.8 * threat;
                score += w;
                score_contributions.push(Contribution {
                    factor: "threat".into(),
                    weight: w,
                    detail: format!("-0.8 x threat score {}", fixed(threat, 2)),
                });
            }
            if !facts.finding_severities.is_empty() {
                let w = -(0.05 * facts.finding_severities.len() as f64).min(0.2);
                score += w;
                score_contributions.push(Contribution {
                    factor: "payload_findings".into(),
                    weight: w,
                    detail: format!("-0.05 per finding (at most -0.2): {}", facts.findings.join(", ")),
                });
            }
            for (layer, what) in [(Layer::Identity, "identity"), (Layer::Policy, "policy"), (Layer::Runtime, "runtime")] {
                if g.skipped.contains(&layer) {
                    score -= 0.1;
                    score_contributions.push(Contribution {
                        factor: format!("{what}_skipped"),
                        weight: -0.1,
                        detail: format!("the {what} layer is left out"),
                    });
                }
            }
            facts.score = SecurityScore::saturating(score).get();
            run.record(Step::Score, StepResult::Passed, fixed(facts.score, 3));

            // Step 6: policy and approval requirements.
            let approval = contained(run.deadline(g.step_timeout), g.step_timeout, self.approval_step(request, evidence, &facts)).await;
            let pending = match approval {
                Ok(Ok(ApprovalVerdict::Granted(d))) => {
                    run.record(Step::Approval, StepResult::Passed, d);
                    None
                }
                Ok(Ok(ApprovalVerdict::Skipped(d))) => {
                    run.record(Step::Approval, StepResult::Skipped, d);
                    None
                }
                Ok(Ok(ApprovalVerdict::Needs(s, d))) => {
                    run.reasons.push(d.clone());
                    run.record(Step::Approval, StepResult::Pending, d);
                    Some(s)
                }
                Ok(Ok(ApprovalVerdict::Denied(d))) => {
                    run.reasons.push(d.clone());
                    run.record(Step::Approval, StepResult::Rejected, d);
                    stopped = true;
                    None
                }
                Ok(Err(e)) | Err(e) => {
                    let d = format!("approval: internal failure, rejected: {e}");
                    run.reasons.push(d.clone());
                    run.record(Step::Approval, StepResult::Failed, d);
                    stopped = true;
                    None
                }
            };

            if !stopped {
                // Step 7: the final status.
                let critical = facts.threat.is_some_and(|(_, level)| level >= ThreatLevel::Critical);
                status = if critical {
                    run.reasons.push("threat level CRITICAL".into());
                    Status::Rejected
                } else if facts.score < g.min_security_score {
                    run.reasons.push(format!("security score {:.3} below the minimum {:.3}", facts.score, g.min_security_score));
                    Status::Rejected
                } else if let Some(s) = pending {
                    s
                } else {
                    Status::Approved
                };
                let result = if status == Status::Rejected { StepResult::Rejected } else { StepResult::Passed };
                run.record(Step::Status, result, format!("{status:?}"));

                // Step 8: the execution permit, only when approved.
                if status == Status::Approved {
                    // Signing is synchronous: only a panic is contained.
                    match contained_sync(|| self.permit(request, &facts.ahash, &validation_id)).and_then(|r| r) {
                        Ok(Some(p)) => {
                            permit = Some(p);
                            run.record(Step::Permit, StepResult::Passed, "permit issued".into());
                        }
                        Ok(None) => run.record(Step::Permit, StepResult::Skipped, "identity layer left out: no permit".into()),
                        Err(e) => {
                            status = Status::Rejected;
                            let d = format!("permit: internal failure, rejected: {e}");
                            run.reasons.push(d.clone());
                            run.record(Step::Permit, StepResult::Failed, d);
                        }
                    }
                } else {
                    run.record(Step::Permit, StepResult::NotRun, "not approved".into());
                }
            }
        }
        if status == Status::Approved && run.reasons.is_empty() {
            run.reasons.push(ALL_PASSED.into());
        }
        for step in Step::ALL {
            if !run.steps.iter().any(|s| s.step == step) {
                run.steps.push(StepReport { step, result: StepResult::NotRun, detail: String::new(), duration_us: 0 });
            }
        }
        let score = if stopped || status == Status::Rejected && facts.threat.is_none() { 0.0 } else { facts.score };
        (
            ValidationOutcome {
                validation_id,
                agent_id: request.agent_id.to_string(),
                tool: request.tool.clone(),
                status,
                security_score: SecurityScore::saturating(score),
                threat_level: facts.threat.map(|(_, l)| l),
                threat_score: facts.threat.map(|(s, _)| s),
                reasons: run.reasons,
                steps: run.steps,
                threat_contributions,
                score_contributions,
                permit,
                audit_seq: None,
                duration_us: 0,
            },
            facts.canonical.take(),
        )
    }

    async fn early_step(&self, step: Step, request: &ActionRequest, token: &str, facts: &mut Facts) -> Result<Verdict, String> {
        match step {
            Step::Identity => self.identity_step(request, token, facts).await,
            Step::RateLimit => Ok(self.rate_step(request, facts).await),
            Step::Payload => Ok(self.payload_step(request, facts).await),
            // Threat is synchronous: the pipeline calls it directly.
            _ => Err("not an asynchronous early step".into()),
        }
    }

    #[cfg(feature = "identity")]
    async fn identity_step(&self, request: &ActionRequest, token: &str, facts: &mut Facts) -> Result<Verdict, String> {
        let g = &self.inner;
        let (Some(id), Some(keys)) = (&g.identity, &g.identity_keys) else { return Ok(Verdict::Skip("identity layer left out".into())) };
        let record = id.registry.get(&request.agent_id);
        facts.agent_known = record.is_some();
        facts.registered_at = record.map(|r| r.registered_at);
        let verified = match id.verifier.verify_for_action_hash(token, request.agent_id.as_str(), &facts.ahash).await {
            Ok(v) => v,
            Err(e) => {
                crate::telemetry::identity(request, false, "token");
                return Ok(Verdict::Reject(format!("identity: {e}")));
            }
        };
        crate::telemetry::identity(request, true, "token");
        // The key must be registered to the requesting agent, not just to someone.
        if keys.agent(&verified.kid) != Some(&request.agent_id) {
            return Ok(Verdict::Reject(format!("identity: key {} is not registered to agent {}", verified.kid, request.agent_id)));
        }
        let Some(record) = record else { return Ok(Verdict::Reject(format!("identity: agent {} is not registered", request.agent_id))) };
        if record.status != aigos_identity::AgentStatus::Active {
            return Ok(Verdict::Reject(format!("identity: agent {} is {:?}", request.agent_id, record.status)));
        }
        if let Some(why) = self.kill_state(request) {
            return Ok(Verdict::Reject(format!("identity: {why}")));
        }
        let Some(thread) = &record.golden_thread else {
            return Ok(Verdict::Reject(format!("identity: agent {} has no golden thread", request.agent_id)));
        };
        // A thread's signature is checked once per (agent, key); its expiry on every request.
        let now = g.clock.now_secs();
        // Agent, then kid: looked up by borrowed names (no key allocated per request).
        let cached = g
            .golden_threads
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(request.agent_id.as_str())
            .and_then(|by_kid| by_kid.get(verified.kid.as_str()))
            .copied();
        match cached {
            Some(expires_at) if now < expires_at => {}
            _ => {
                let resolve = |kid: &str| id.golden_thread_keys.find(kid).and_then(|j| j.to_public_key().ok());
                let report = thread.verify(g.provider, &resolve, now, Some(&verified.kid));
                if !report.is_valid() {
                    return Ok(Verdict::Reject(format!("identity: golden thread invalid ({report:?})")));
                }
                g.golden_threads
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .entry(request.agent_id.to_string())
                    .or_default()
                    .insert(verified.kid.clone(), thread.expires_at);
            }
        }
        Ok(Verdict::Pass(format!("token {} by key {}, agent active, golden thread valid", verified.claims.jti, verified.kid)))
    }

    #[cfg(not(feature = "identity"))]
    async fn identity_step(&self, _request: &ActionRequest, _token: &str, _facts: &mut Facts) -> Result<Verdict, String> {
        Ok(Verdict::Skip("identity layer not compiled in".into()))
    }

    /// Why the requesting agent may not act now (killed or paused), if so.
    #[cfg(feature = "runtime")]
    fn kill_state(&self, request: &ActionRequest) -> Option<String> {
        let mut kills = self.inner.kills.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let state = kills.as_mut()?;
        Self::reap(state, Some(request.instance_id.as_str()));
        if state.terminated.is_empty() && state.paused.is_empty() {
            return None;
        }
        let me = aigos_runtime::Identity {
            instance_id: request.instance_id.to_string(),
            asset_id: request.agent_id.to_string(),
            organization_id: None,
            ancestors: request
                .lineage
                .parent()
                .map(ToString::to_string)
                .into_iter()
                .chain(std::iter::once(request.lineage.root_instance().to_string()))
                .collect(),
        };
        if state.terminated.iter().any(|t| me.matches(t)) {
            return Some(format!("agent {} was terminated by the kill switch", request.agent_id));
        }
        if state.paused.iter().any(|t| me.matches(t)) {
            return Some(format!("agent {} is paused by the kill switch", request.agent_id));
        }
        None
    }

    /// Terminates instances whose heartbeat lease ran out (all, or `only`
    /// that one); returns their ids. A terminated orphan stays terminated.
    #[cfg(feature = "runtime")]
    fn reap(state: &mut KillState, only: Option<&str>) -> Vec<String> {
        let mut reaped = Vec::new();
        match only {
            // One instance (every validation): a lookup, not a walk over all leases.
            Some(instance) => {
                if state.leases.get(instance).is_some_and(|(watchdog, handle)| watchdog.check(handle)) {
                    state.leases.remove(instance);
                    reaped.push(instance.to_owned());
                }
            }
            None => state.leases.retain(|instance, (watchdog, handle)| {
                if !watchdog.check(handle) {
                    return true;
                }
                reaped.push(instance.clone());
                false
            }),
        }
        for instance in &reaped {
            crate::telemetry::terminate(instance, "watchdog", "watchdog", None, aigos_runtime::WATCHDOG_REASON);
            state.terminated.push(aigos_runtime::Target { kind: aigos_runtime::TargetType::Instance, ids: vec![instance.clone()] });
        }
        reaped
    }

    /// Records a heartbeat of `instance`, putting it under a lease on its
    /// first heartbeat. Returns the handle the agent's process watches: it
    /// is terminated when the lease runs out or a kill command reaches it.
    ///
    /// # Errors
    /// When the runtime layer is left out, or the instance was terminated.
    #[cfg(feature = "runtime")]
    pub fn heartbeat(&self, instance: &aigos_core::InstanceId) -> Result<aigos_runtime::AgentHandle, String> {
        let g = &self.inner;
        let timeout = g.runtime.as_ref().map(|r| r.watchdog_timeout).ok_or("runtime layer left out: no watchdog")?;
        let mut kills = g.kills.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let state = kills.as_mut().ok_or("runtime layer left out: no watchdog")?;
        let id = instance.to_string();
        if state.terminated.iter().any(|t| t.kind == aigos_runtime::TargetType::Instance && t.ids.contains(&id)) {
            return Err(format!("instance {id} was terminated"));
        }
        let (watchdog, handle) = state
            .leases
            .entry(id)
            .or_insert_with(|| (aigos_runtime::Watchdog::new(timeout, g.clock.clone()), aigos_runtime::AgentHandle::default()));
        watchdog.heartbeat();
        Ok(handle.clone())
    }

    /// Terminates every instance whose heartbeat lease ran out, audits each
    /// termination, and returns their ids. Call it periodically (validation
    /// also checks the requesting instance's lease).
    #[cfg(feature = "runtime")]
    pub async fn sweep_orphans(&self) -> Vec<String> {
        let reaped = {
            let mut kills = self.inner.kills.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            kills.as_mut().map(|s| Self::reap(s, None)).unwrap_or_default()
        };
        #[cfg(feature = "audit")]
        if let Some((log, _)) = &self.inner.audit {
            for instance in &reaped {
                let data = serde_json::json!({"instance_id": instance, "reason": aigos_runtime::WATCHDOG_REASON});
                // A failed append cannot undo a termination; the next validation fails closed on the same log.
                let _ = log.append("watchdog_termination", instance, data).await;
            }
        }
        reaped
    }

    #[cfg(not(feature = "runtime"))]
    fn kill_state(&self, _request: &ActionRequest) -> Option<String> {
        None
    }

    /// Applies a kill command after verifying it (trusted key, signature,
    /// freshness, id and sequence never seen). A terminated agent's requests
    /// are rejected from then on; a pause lasts until a resume.
    ///
    /// # Errors
    /// The reason a forged, expired or replayed command was refused, or that
    /// the runtime layer is left out.
    #[cfg(feature = "runtime")]
    pub async fn apply_kill(&self, command: &aigos_runtime::KillCommand) -> Result<(), String> {
        let (applied, recorded) = self.apply_and_record(command).await;
        recorded?;
        applied
    }

    /// [`Guard::apply_kill`]'s two results apart: whether the command was
    /// applied (or why it was refused), and whether the audit log recorded
    /// that.
    #[cfg(feature = "runtime")]
    pub(crate) async fn apply_and_record(&self, command: &aigos_runtime::KillCommand) -> (Result<(), String>, Result<(), String>) {
        let mut persisted = Ok(());
        let result = {
            let mut kills = self.inner.kills.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            match kills.as_mut() {
                None => Err("runtime layer left out: no kill switch".to_string()),
                Some(state) => match state.verifier.verify(command) {
                    Err(e) => Err(e.to_string()),
                    Ok(v) => {
                        let target = &v.command.target;
                        if v.command.kind == aigos_runtime::CommandType::Terminate {
                            let ids = if target.ids.is_empty() { "all".to_string() } else { target.ids.join(",") };
                            crate::telemetry::terminate(&ids, "kill_switch", &v.command.issued_by, Some(&v.command.id), &v.command.reason);
                        }
                        state.apply(&v.command);
                        // Kept under the lock, so the file has the order of application.
                        persisted = state.persist(&v.command).map_err(|e| format!("kill state not kept: {e}"));
                        Ok(())
                    }
                },
            }
        };
        #[cfg(feature = "audit")]
        if let Some((log, _)) = &self.inner.audit {
            let data = serde_json::json!({
                "command_id": command.id, "type": command.kind, "target": command.target,
                "issued_by": command.issued_by, "applied": result.is_ok(), "refused": result.as_ref().err(),
            });
            if let Err(e) = log.append("kill_command", &command.issued_by, data).await {
                return (result, Err(format!("audit log unavailable: {e}")));
            }
        }
        (result, persisted)
    }

    /// Lifts `agent`'s rate-limit block and penalties: an operator's
    /// decision, since a block otherwise lasts. The lift is recorded in the
    /// audit log first (kind `rate_unblock`, actor `operator`), and nothing
    /// is lifted when it cannot be recorded. Returns whether the agent was
    /// blocked. Each call to the rate-limit store runs under the step
    /// timeout, so a store that hangs fails this call instead of hanging it.
    ///
    /// # Errors
    /// The runtime layer is left out, the audit log cannot record the lift,
    /// or the rate-limit store does not answer (before the record: nothing
    /// recorded or lifted; after it: the lift is recorded but unconfirmed,
    /// and the agent may still be blocked).
    #[cfg(feature = "runtime")]
    pub async fn unblock(&self, agent: &aigos_core::AgentId, operator: &str) -> Result<bool, String> {
        let Some(rt) = &self.inner.runtime else { return Err("runtime layer left out: no rate limiter".into()) };
        let timeout = self.inner.step_timeout;
        let was_blocked =
            bounded(timeout, rt.limiter.is_blocked(agent.as_str())).await.map_err(|e| format!("rate-limit store: {e}; nothing lifted"))?;
        #[cfg(feature = "audit")]
        if let Some((log, _)) = &self.inner.audit {
            let data = serde_json::json!({"agent_id": agent.as_str(), "was_blocked": was_blocked});
            log.append("rate_unblock", operator, data).await.map_err(|e| format!("audit log unavailable: {e}"))?;
        }
        bounded(timeout, rt.limiter.unblock(agent.as_str()))
            .await
            .map_err(|e| format!("rate-limit store: {e}; the lift is recorded but not confirmed"))?;
        Ok(was_blocked)
    }

    #[cfg(feature = "runtime")]
    async fn rate_step(&self, request: &ActionRequest, facts: &mut Facts) -> Verdict {
        let Some(rt) = &self.inner.runtime else { return Verdict::Skip("runtime layer left out".into()) };
        // Step 1 checks the kill state; when identity is left out, this
        // step does, so a killed agent never acts.
        if self.inner.skipped.contains(&Layer::Identity)
            && let Some(why) = self.kill_state(request)
        {
            return Verdict::Reject(format!("kill switch: {why}"));
        }
        match rt.limiter.check(request.agent_id.as_str()).await {
            aigos_runtime::RateDecision::Allowed => {
                facts.recent_actions = rt.limiter.recent(request.agent_id.as_str()).await;
                Verdict::Pass("within the limit".into())
            }
            aigos_runtime::RateDecision::Blocked => Verdict::Reject(format!("rate limit: agent {} is blocked", request.agent_id)),
            other => Verdict::Reject(format!("rate limit: {other:?}")),
        }
    }

    #[cfg(not(feature = "runtime"))]
    async fn rate_step(&self, _request: &ActionRequest, _facts: &mut Facts) -> Verdict {
        Verdict::Skip("runtime layer not compiled in".into())
    }

    async fn payload_step(&self, request: &ActionRequest, facts: &mut Facts) -> Verdict {
        let mut details: Vec<String> = Vec::new();
        #[cfg(feature = "policy")]
        if let Some(p) = &self.inner.policy {
            match p.inspector.inspect(&request.payload) {
                Ok(findings) => {
                    for f in &findings {
                        facts.finding_severities.push(f.severity);
                        facts.findings.push(format!("{:?} at {} ({})", f.family, f.pointer, f.rule));
                    }
                    details.push(format!("{} finding(s)", findings.len()));
                }
                Err(e) => return Verdict::Reject(format!("payload: {e}")),
            }
        }
        #[cfg(feature = "network")]
        if let Some(n) = &self.inner.network
            && (request.resource.starts_with("http://") || request.resource.starts_with("https://"))
        {
            match n.egress.check_url(&request.resource).await {
                aigos_network::EgressDecision::Allow { rule, .. } => details.push(format!("egress allowed by {rule}")),
                aigos_network::EgressDecision::Deny { reason } => return Verdict::Reject(format!("egress: {reason}")),
                #[allow(unreachable_patterns, reason = "EgressDecision may grow")]
                _ => return Verdict::Reject("egress: unknown decision".into()),
            }
        }
        let _ = (request, &facts);
        if details.is_empty() { Verdict::Skip("nothing to inspect".into()) } else { Verdict::Pass(details.join("; ")) }
    }

    #[cfg(feature = "runtime")]
    fn threat_step(&self, request: &ActionRequest, facts: &mut Facts, out: &mut Vec<Contribution>) -> Verdict {
        let g = &self.inner;
        let Some(rt) = &g.runtime else { return Verdict::Skip("runtime layer left out".into()) };
        let now = g.clock.now_secs();
        let indicators = aigos_runtime::Indicators {
            timestamp: now,
            environment: request.environment,
            severity: request.severity,
            finding_severities: facts.finding_severities.clone(),
            recent_actions: facts.recent_actions,
            agent_known: facts.agent_known || g.skipped.contains(&Layer::Identity),
            registered_at: facts.registered_at,
            lineage_depth: request.lineage.depth(),
            recent_denials: self.recent_denials(request.agent_id.as_str(), now),
        };
        let a = aigos_runtime::assess(&indicators, &rt.hours, &rt.weights);
        let (score, level) = (a.score, a.level);
        facts.threat = Some((score, level));
        out.extend(a.contributions.into_iter().map(|c| Contribution { factor: c.indicator.into(), weight: c.weight, detail: c.detail }));
        Verdict::Pass(format!("{level:?} ({})", fixed(score, 2)))
    }

    #[cfg(not(feature = "runtime"))]
    fn threat_step(&self, _request: &ActionRequest, _facts: &mut Facts, _out: &mut Vec<Contribution>) -> Verdict {
        Verdict::Skip("runtime layer not compiled in".into())
    }

    fn recent_denials(&self, agent: &str, now: i64) -> u32 {
        let mut d = self.inner.stats.denials.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some(q) = d.get_mut(agent) else { return 0 };
        while q.front().is_some_and(|t| now - *t > 3600) {
            q.pop_front();
        }
        u32::try_from(q.len()).unwrap_or(u32::MAX)
    }

    #[cfg(feature = "policy")]
    async fn approval_step(
        &self,
        request: &ActionRequest,
        evidence: &[ApprovalEvidence],
        facts: &Facts,
    ) -> Result<ApprovalVerdict, String> {
        let g = &self.inner;
        let Some(p) = &g.policy else { return Ok(self.builtin_approvals(request, evidence, facts)) };
        let decision = p.engine.evaluate(request);
        if !decision.allowed {
            return Ok(ApprovalVerdict::Denied(format!("policy: {}", decision.reason())));
        }
        if let Some(why) = self.capabilities_refuse(request) {
            return Ok(ApprovalVerdict::Denied(why));
        }
        let level = facts.threat.map_or(ThreatLevel::Minimal, |(_, l)| l);
        let need = p.approval_rules.requirement(request, level);
        let rules = need.rules.join(", ");
        let need = match need.requirement {
            aigos_policy::Requirement::None => {
                return Ok(ApprovalVerdict::Granted(format!("policy: {}; no approval needed", decision.reason())));
            }
            aigos_policy::Requirement::Mfa => Need::Mfa,
            aigos_policy::Requirement::Coe { quorum, of, group } => Need::Coe { quorum, of, group },
            #[allow(unreachable_patterns, reason = "Requirement may grow")]
            _ => return Ok(ApprovalVerdict::Denied("unknown approval requirement".into())),
        };
        Ok(self.judge(need, &rules, evidence, facts))
    }

    #[cfg(not(feature = "policy"))]
    async fn approval_step(
        &self,
        request: &ActionRequest,
        evidence: &[ApprovalEvidence],
        facts: &Facts,
    ) -> Result<ApprovalVerdict, String> {
        Ok(self.builtin_approvals(request, evidence, facts))
    }

    /// Without the policy layer the design's default approval rules still
    /// hold (CRITICAL needs MFA, EMERGENCY a 2-of-3 coalition of
    /// experts), and spawns are refused: leaving policy out never lowers
    /// the bar for the most dangerous actions.
    fn builtin_approvals(&self, request: &ActionRequest, evidence: &[ApprovalEvidence], facts: &Facts) -> ApprovalVerdict {
        if request.action == ActionKind::Spawn {
            return ApprovalVerdict::Denied("spawn: needs the policy layer (capability decay)".into());
        }
        let rules = "built-in rule (policy layer left out)";
        match request.severity {
            Severity::Critical => self.judge(Need::Mfa, rules, evidence, facts),
            Severity::Emergency => self.judge(Need::Coe { quorum: 2, of: 3, group: "experts".into() }, rules, evidence, facts),
            _ => ApprovalVerdict::Skipped("policy layer left out; no built-in approval rule applies".into()),
        }
    }

    /// Whether `evidence` satisfies `need`.
    fn judge(&self, need: Need, rules: &str, evidence: &[ApprovalEvidence], facts: &Facts) -> ApprovalVerdict {
        let g = &self.inner;
        let seen = if evidence.is_empty() { Default::default() } else { g.approvers.evaluate(evidence, &facts.ahash, g.clock.now_secs()) };
        let refused = if seen.refused.is_empty() { String::new() } else { format!("; refused evidence: {}", seen.refused.join("; ")) };
        match need {
            Need::Mfa => {
                g.stats.mfa_required.fetch_add(1, Ordering::Relaxed);
                if seen.mfa {
                    g.stats.mfa_satisfied.fetch_add(1, Ordering::Relaxed);
                    ApprovalVerdict::Granted(format!("MFA satisfied ({rules})"))
                } else {
                    ApprovalVerdict::Needs(Status::RequiresMfa, format!("MFA required by {rules}{refused}"))
                }
            }
            Need::Coe { quorum, of, group } => {
                g.stats.coe_required.fetch_add(1, Ordering::Relaxed);
                let have = seen.experts.get(&group).map_or(0, BTreeSet::len);
                if have >= usize::try_from(quorum).unwrap_or(usize::MAX) {
                    g.stats.coe_satisfied.fetch_add(1, Ordering::Relaxed);
                    ApprovalVerdict::Granted(format!("coalition of experts: {have} of {of} in {group} ({rules})"))
                } else {
                    ApprovalVerdict::Needs(
                        Status::RequiresCoe,
                        format!("coalition of experts required by {rules}: {have} of {quorum} signatures from {group}{refused}"),
                    )
                }
            }
        }
    }

    /// Capability enforcement and capability decay on spawn, against the
    /// registry's record of the agent (never what the request claims).
    #[cfg(all(feature = "identity", feature = "policy"))]
    fn capabilities_refuse(&self, request: &ActionRequest) -> Option<String> {
        let g = &self.inner;
        let Some(id) = &g.identity else {
            // Without the registry nothing proves what the agent may do: only spawns are refused.
            return (request.action == ActionKind::Spawn).then(|| "spawn: needs the identity layer's registry".to_string());
        };
        let Some(record) = id.registry.get(&request.agent_id) else { return Some("capabilities: agent not registered".into()) };
        let code = |e: aigos_policy::Error| match e {
            aigos_policy::Error::Spawn { code, message } => format!("{code}: {message}"),
            other => other.to_string(),
        };
        if let Err(e) = aigos_policy::capability_allows(&record.capabilities, &request.tool, &request.resource, g.clock.now_secs()) {
            return Some(format!("capabilities: {}", code(e)));
        }
        if let Some(registered) = &record.lineage
            && registered != &request.lineage
        {
            return Some("lineage: the request's lineage is not the registered one".into());
        }
        if request.action == ActionKind::Spawn {
            let spawn: aigos_policy::SpawnRequest = match serde_json::from_value(request.payload.clone()) {
                Ok(s) => s,
                Err(e) => return Some(format!("spawn: the payload is not a spawn request: {e}")),
            };
            if let Err(e) = aigos_policy::validate_spawn(&record.capabilities, &request.lineage, None, &spawn) {
                return Some(format!("spawn: {}", code(e)));
            }
        }
        None
    }

    #[cfg(not(all(feature = "identity", feature = "policy")))]
    fn capabilities_refuse(&self, request: &ActionRequest) -> Option<String> {
        (request.action == ActionKind::Spawn).then(|| "spawn: needs the identity and policy layers".to_string())
    }

    #[cfg(feature = "identity")]
    /// The permit's jti is the validation id, so a permit names the audit
    /// record of the decision that issued it.
    fn permit(&self, request: &ActionRequest, ahash: &str, validation_id: &str) -> Result<Option<String>, String> {
        match &self.inner.identity {
            Some(id) => id.permits.issue_with_jti(request, ahash, &id.executor, validation_id).map(Some).map_err(|e| e.to_string()),
            None => Ok(None),
        }
    }

    #[cfg(not(feature = "identity"))]
    fn permit(&self, _request: &ActionRequest, _ahash: &str, _validation_id: &str) -> Result<Option<String>, String> {
        Ok(None)
    }

    /// Appends the outcome to the audit log before it is returned; when the
    /// log cannot take it, the outcome becomes REJECTED (fail closed).
    async fn audit_outcome(
        &self,
        request: &ActionRequest,
        canonical: Option<aigos_core::CanonicalRequest>,
        outcome: &mut ValidationOutcome,
    ) {
        #[cfg(feature = "audit")]
        if let Some((log, _)) = &self.inner.audit {
            let appended = match outcome.audit_record_with(request, canonical) {
                Ok(data) => log.append("validation", request.agent_id.as_str(), data).await,
                Err(e) => Err(e),
            };
            match appended {
                Ok(seq) => {
                    outcome.audit_seq = Some(seq);
                    self.inner.stats.audited.fetch_add(1, Ordering::Relaxed);
                }
                Err(e) => {
                    outcome.status = Status::Rejected;
                    outcome.permit = None;
                    // The reason it is rejected comes first; "all checks passed" no longer holds.
                    outcome.reasons.retain(|r| r != ALL_PASSED);
                    outcome.reasons.insert(0, format!("audit log unavailable, rejected: {e}"));
                }
            }
        }
        #[cfg(not(feature = "audit"))]
        let _ = (request, &outcome, canonical);
    }

    fn count(&self, outcome: &ValidationOutcome) {
        let s = &self.inner.stats;
        s.total.fetch_add(1, Ordering::Relaxed);
        match outcome.status {
            Status::Approved => s.approved.fetch_add(1, Ordering::Relaxed),
            Status::Rejected => s.rejected.fetch_add(1, Ordering::Relaxed),
            _ => 0,
        };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a score in 0..=1 times 1e6 fits")]
        let micros = (outcome.security_score.get() * 1e6).round() as u64;
        s.score_micros.fetch_add(micros, Ordering::Relaxed);
        let now = self.inner.clock.now_secs();
        if outcome.status == Status::Rejected {
            let mut d = s.denials.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            // Rejected requests may name any agent id: keep the map bounded
            // (entries older than the hour the threat step looks at go first).
            if d.len() >= MAX_TRACKED_AGENTS && !d.contains_key(&outcome.agent_id) {
                d.retain(|_, q| q.back().is_some_and(|t| now - *t <= 3600));
            }
            if d.len() < MAX_TRACKED_AGENTS || d.contains_key(&outcome.agent_id) {
                let q = d.entry(outcome.agent_id.clone()).or_default();
                q.push_back(now);
                if q.len() > 64 {
                    q.pop_front();
                }
            }
        }
        let minute = now.div_euclid(60);
        let mut m = s.minutes.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match m.back_mut() {
            Some((at, n, worst)) if *at == minute => {
                *n += 1;
                *worst = (*worst).max(outcome.threat_level);
            }
            _ => m.push_back((minute, 1, outcome.threat_level)),
        }
        while m.front().is_some_and(|(at, _, _)| minute - at >= 60) {
            m.pop_front();
        }
    }

    pub(crate) fn stats(&self) -> StatsView {
        let s = &self.inner.stats;
        let total = s.total.load(Ordering::Relaxed);
        let minute = self.inner.clock.now_secs().div_euclid(60);
        let m = s.minutes.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let recent = m.iter().filter(|(at, _, _)| minute - at < 60);
        StatsView {
            in_flight: s.in_flight.load(Ordering::Relaxed),
            total,
            approved: s.approved.load(Ordering::Relaxed),
            rejected: s.rejected.load(Ordering::Relaxed),
            mfa: (s.mfa_required.load(Ordering::Relaxed), s.mfa_satisfied.load(Ordering::Relaxed)),
            coe: (s.coe_required.load(Ordering::Relaxed), s.coe_satisfied.load(Ordering::Relaxed)),
            average_score: (total > 0).then(|| s.score_micros.load(Ordering::Relaxed) as f64 / 1e6 / total as f64),
            last_hour: recent.clone().map(|(_, n, _)| n).sum(),
            last_hour_threat: recent.filter_map(|(_, _, t)| *t).max(),
            audited: s.audited.load(Ordering::Relaxed),
        }
    }

    /// The approvers.
    pub fn approvers(&self) -> &Approvers {
        &self.inner.approvers
    }

    /// Layers left out of this Guard.
    pub fn skipped_layers(&self) -> &BTreeSet<Layer> {
        &self.inner.skipped
    }

    /// Flushes and closes the audit log (call before the process exits).
    ///
    /// # Errors
    /// The audit log's error, or that other clones of the Guard are alive.
    pub async fn shutdown(self) -> Result<(), String> {
        let inner = Arc::try_unwrap(self.inner).map_err(|_| "other clones of the Guard are still alive".to_string())?;
        #[cfg(feature = "audit")]
        if let Some((log, _)) = inner.audit {
            log.close().await.map_err(|e| e.to_string())?;
        }
        let _ = inner;
        Ok(())
    }
}

/// An approval requirement, whichever rules set it.
enum Need {
    Mfa,
    Coe { quorum: u32, of: u32, group: String },
}

enum ApprovalVerdict {
    Granted(String),
    Needs(Status, String),
    Denied(String),
    Skipped(String),
}

fn aigos_crypto_uuid(provider: Provider) -> Result<String, String> {
    let mut b = [0u8; 16];
    provider.fill_random(&mut b).map_err(|e| e.to_string())?;
    let mut text = uuid::Uuid::encode_buffer();
    Ok(uuid::Builder::from_random_bytes(b).into_uuid().hyphenated().encode_lower(&mut text).to_owned())
}

/// `x` with `decimals` (at most 3) digits after the point, exactly as
/// `format!("{x:.decimals$}")` writes it, by integer formatting (float
/// formatting with a precision is several times slower). Where the scaled
/// value lands on a tie, is negative zero after rounding, or is out of
/// range, it defers to `format!` (`tests::fixed_matches_format` holds the two equal).
fn fixed(x: f64, decimals: usize) -> String {
    const SCALE: [u64; 4] = [1, 10, 100, 1000];
    let Some(&scale) = SCALE.get(decimals) else { return format!("{x:.decimals$}") };
    #[allow(clippy::cast_precision_loss, reason = "at most 1000: exact")]
    let scaled = x * scale as f64;
    #[allow(clippy::float_cmp, reason = "an exact tie is the case that must defer")]
    let tie = (scaled - scaled.trunc()).abs() == 0.5;
    if !scaled.is_finite() || scaled.abs() >= 1e15 || tie {
        return format!("{x:.decimals$}");
    }
    #[allow(clippy::cast_possible_truncation, reason = "|scaled| < 1e15")]
    let r = scaled.round() as i64;
    if r == 0 && x.is_sign_negative() {
        return format!("{x:.decimals$}");
    }
    let mut out = String::with_capacity(24);
    if r < 0 {
        out.push('-');
    }
    let (int, frac) = (r.unsigned_abs() / scale, r.unsigned_abs() % scale);
    let _ = write!(out, "{int}");
    if decimals > 0 {
        let _ = write!(out, ".{frac:0decimals$}");
    }
    out
}

/// The action hash of a request's canonical bytes: base64url SHA-256, as
/// `aigos_identity::action_hash` computes it (tokens made with it are
/// accepted: the penetration tests' positive controls).
fn hash_canonical_request(provider: Provider, canonical: &[u8]) -> String {
    aigos_crypto::base64url::encode(&provider.sha256(canonical))
}

/// The action hash of `request` (what tokens' `ahash` and approvals name).
///
/// # Errors
/// A message when the request cannot be canonicalized.
pub fn action_hash(provider: Provider, request: &ActionRequest) -> Result<String, String> {
    let bytes = aigos_core::canonical_request(request).map_err(|e| e.to_string())?;
    Ok(hash_canonical_request(provider, &bytes))
}

#[cfg(test)]
mod tests {
    use super::fixed;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        /// `fixed` writes what `{:.N}` writes: any double, and the short
        /// decimals (ties included) the pipeline shows.
        #[test]
        fn fixed_matches_format(bits in proptest::num::u64::ANY, k in -200_000i64..200_000, d in 0usize..4) {
            #[allow(clippy::cast_precision_loss, reason = "test values")]
            let short = k as f64 / 10_000.0;
            for x in [f64::from_bits(bits), short, short / 100.0] {
                proptest::prop_assert_eq!(fixed(x, d), format!("{x:.d$}"), "{:e}", x);
            }
        }
    }

    #[test]
    fn fixed_edge_cases() {
        for x in [0.0, -0.0, -0.0004, 0.125, 0.375, 2.5, -2.5, 0.0005, 1e20, f64::NAN, f64::INFINITY, -1.9999, 0.8799999] {
            for d in 0..5 {
                assert_eq!(fixed(x, d), format!("{x:.d$}"), "{x} with {d}");
            }
        }
        assert_eq!(fixed(0.88, 3), "0.880");
    }
}
