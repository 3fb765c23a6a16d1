//! The Guard: the eight steps of one validation, in order, failing closed.
//!
//! Each layer contributes checks (one module per layer, compiled only with
//! its feature); the facade adds its own (admission, known instances,
//! score, final status). The pipeline is one loop over the steps: every
//! check of a step runs under the step timeout and `catch_unwind`, the
//! first rejection ends the run, and a step without checks is recorded as
//! skipped. Every fact a check decides on comes from a trusted source (a
//! verified token, the registry, the Guard's own records and clock); what
//! the request says about itself is only checked against them.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use aigos_core::{ActionHash, ActionRequest, AgentId, Clock, Lineage, SecurityScore, Severity, Status, ThreatLevel};
use aigos_crypto::Provider;
use futures_util::FutureExt;
use serde::Serialize;

use crate::approvals::{ApprovalEvidence, Approvers};
use crate::outcome::{Contribution, Step, StepReport, StepResult, ValidationOutcome};

mod admission;
mod approve;
#[cfg(feature = "audit")]
mod audit;
mod build;
#[cfg(feature = "identity")]
mod identity;
#[cfg(all(feature = "identity", feature = "network"))]
pub(crate) use identity::TokenCheck;
#[cfg(all(feature = "identity", any(feature = "network", feature = "runtime")))]
pub(crate) use identity::token_code;
#[cfg(all(feature = "identity", feature = "runtime"))]
pub(crate) use kill::kill_verdict;
mod instances;
#[cfg(feature = "runtime")]
mod kill;
#[cfg(feature = "network")]
mod network;
#[cfg(feature = "policy")]
mod policy;
#[cfg(feature = "runtime")]
mod runtime;
mod score;
mod service;
mod stats;

#[cfg(feature = "audit")]
pub use audit::AuditLayer;
pub use build::GuardBuilder;
#[cfg(feature = "identity")]
pub use identity::IdentityLayer;
#[cfg(feature = "runtime")]
pub use kill::KillReport;
#[cfg(feature = "network")]
pub use network::NetworkLayer;
#[cfg(all(feature = "identity", feature = "policy"))]
pub(crate) use policy::budget_account;
#[cfg(feature = "policy")]
pub use policy::{InspectionAction, InspectionActions, PolicyLayer};
#[cfg(feature = "runtime")]
pub use runtime::RuntimeLayer;
#[cfg(all(feature = "identity", feature = "runtime"))]
pub use service::Lease;
pub use service::{Counters, HeartbeatRefusal, Readiness};

/// A layer of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Layer {
    /// Tokens, registry, golden thread, permits (steps 1 and 8).
    Identity,
    /// Policy, severity floors, budgets, approval rules, payload inspection (steps 3, 4 and 6).
    Policy,
    /// Rate limits, threat assessment, kill state (steps 1, 2 and 4).
    Runtime,
    /// Egress checks of every destination a request names (step 3).
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

/// What the registry says about an agent, as the checks use it (taken
/// once at build, shared by reference count).
#[derive(Debug)]
pub(crate) struct AgentFacts {
    #[cfg_attr(not(feature = "runtime"), expect(dead_code, reason = "read by the runtime layer's checks"))]
    pub(crate) registered_at: i64,
    #[cfg_attr(not(feature = "runtime"), expect(dead_code, reason = "read by the runtime layer's checks"))]
    pub(crate) organization: Option<String>,
    #[cfg_attr(not(feature = "policy"), expect(dead_code, reason = "read by the policy layer's checks"))]
    pub(crate) capabilities: aigos_core::Capabilities,
    pub(crate) lineage: Option<Lineage>,
}

/// A request as the checks see it.
pub(crate) struct Cx<'a> {
    pub(crate) g: &'a Inner,
    pub(crate) request: &'a ActionRequest,
    #[cfg_attr(not(feature = "identity"), expect(dead_code, reason = "read by the identity layer's checks"))]
    pub(crate) token: &'a str,
    pub(crate) evidence: &'a [ApprovalEvidence],
    #[cfg_attr(not(feature = "identity"), expect(dead_code, reason = "read by the identity layer's checks"))]
    pub(crate) validation_id: &'a str,
}

/// What the steps establish and hand on. Every field comes from a trusted
/// source or from a check of the request against one.
#[derive(Default)]
pub(crate) struct Facts {
    /// The request's action hash, computed once per validation (`None`
    /// when the request cannot be canonicalized: it is rejected).
    pub(crate) ahash: Option<ActionHash>,
    /// The request's RFC 8785 parts (for the audit record).
    pub(crate) canonical: Option<aigos_core::CanonicalRequest>,
    /// `Some(true)` once the token verified and its key is the agent's,
    /// `Some(false)` until then; `None` when the identity layer is left out.
    pub(crate) authenticated: Option<bool>,
    /// The payload is over the size limit: it is never stored.
    pub(crate) oversized: bool,
    /// The registry's record of the authenticated agent.
    #[cfg_attr(
        not(any(feature = "identity", feature = "runtime", feature = "policy")),
        expect(dead_code, reason = "read by the identity, runtime and policy layers' checks")
    )]
    pub(crate) agent: Option<Arc<AgentFacts>>,
    /// The instance's lineage from the Guard's records.
    pub(crate) lineage: Option<Lineage>,
    /// max(declared severity, policy floor).
    pub(crate) severity: Severity,
    pub(crate) finding_severities: Vec<Severity>,
    pub(crate) findings: Vec<String>,
    /// The payload inspector's findings, with the action taken on each.
    pub(crate) payload_findings: Vec<crate::outcome::PayloadFinding>,
    /// Findings that ask a human to review the action (step 6 requires MFA).
    #[cfg_attr(not(feature = "policy"), expect(dead_code, reason = "written and read by the policy layer's checks"))]
    pub(crate) review: Vec<String>,
    /// URLs the inspector revealed under a decoding (pointer, URL), for
    /// the egress check.
    #[cfg_attr(
        not(any(feature = "network", feature = "policy")),
        expect(dead_code, reason = "written by the policy layer, read by the network layer")
    )]
    pub(crate) revealed_urls: Vec<(String, String)>,
    /// Checked destinations: (URL, addresses), for the permit.
    pub(crate) egress: Vec<crate::outcome::CheckedDestination>,
    /// The agent's actions in the current window (step 2, for step 4).
    #[cfg_attr(not(feature = "runtime"), expect(dead_code, reason = "read by the runtime layer's checks"))]
    pub(crate) recent_actions: u32,
    pub(crate) threat: Option<(f64, ThreatLevel)>,
    pub(crate) threat_contributions: Vec<Contribution>,
    pub(crate) score: f64,
    pub(crate) score_contributions: Vec<Contribution>,
    /// The approval the request still needs (step 6).
    pub(crate) pending: Option<Status>,
    /// Whether step 7 ran (the score stands in the outcome from then on).
    pub(crate) reached_status: bool,
    /// The final status (step 7).
    pub(crate) status: Option<Status>,
    pub(crate) permit: Option<String>,
    /// Budget held for this action: kept when it is approved and audited,
    /// given back otherwise.
    pub(crate) hold: Option<Hold>,
    /// The verified token: (jti, kid), for the audit record.
    pub(crate) token: Option<crate::outcome::TokenRef>,
    /// The approvers whose evidence counted (step 6).
    pub(crate) approved_by: Vec<crate::ApprovalRef>,
    /// The challenge a REQUIRES_MFA outcome names.
    pub(crate) challenge: Option<aigos_core::Challenge>,
}

impl Facts {
    /// The action hash (every check after a failed hash is skipped: the
    /// request is rejected first).
    pub(crate) fn ahash(&self) -> Result<&ActionHash, String> {
        self.ahash.as_ref().ok_or_else(|| "the request has no action hash".to_owned())
    }
}

/// A budget reservation's settlement: called with `true` to spend it,
/// `false` to give it back.
pub(crate) type Hold = Box<dyn FnOnce(bool) -> futures_util::future::BoxFuture<'static, ()> + Send + Sync>;

/// A check's verdict. Details of passing checks are mostly fixed texts:
/// they are kept as `Cow` so the common path formats nothing.
pub(crate) enum Verdict {
    /// Let the request through.
    Pass(Cow<'static, str>),
    /// Nothing to check here.
    Skip(Cow<'static, str>),
    /// Not run: an earlier decision makes it moot.
    NotRun(Cow<'static, str>),
    /// An approval is missing.
    Pending(Status, &'static str, String),
    /// Rejected, with a stable machine code.
    Reject(&'static str, String),
}

impl Verdict {
    pub(crate) fn pass(detail: impl Into<Cow<'static, str>>) -> Verdict {
        Verdict::Pass(detail.into())
    }

    pub(crate) fn skip(detail: impl Into<Cow<'static, str>>) -> Verdict {
        Verdict::Skip(detail.into())
    }

    #[cfg_attr(not(feature = "identity"), expect(dead_code, reason = "the permit check's"))]
    pub(crate) fn not_run(detail: impl Into<Cow<'static, str>>) -> Verdict {
        Verdict::NotRun(detail.into())
    }
}

/// One check of one step.
#[async_trait::async_trait]
pub(crate) trait Check: Send + Sync {
    /// Runs the check on `cx`, reading and adding facts.
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String>;
}

/// A check shared with other parts of the Guard.
#[cfg(feature = "identity")]
pub(crate) struct Shared<T>(pub(crate) Arc<T>);

#[cfg(feature = "identity")]
#[async_trait::async_trait]
impl<T: Check> Check for Shared<T> {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        self.0.run(cx, facts).await
    }
}

pub(crate) struct Inner {
    pub(crate) provider: Provider,
    pub(crate) clock: Arc<dyn Clock>,
    /// The checks of each step, in pipeline order.
    checks: Vec<(Step, Box<dyn Check>)>,
    #[cfg(feature = "runtime")]
    pub(crate) runtime: Option<Arc<runtime::Runtime>>,
    /// Never sent on: dropped with the Guard, which ends the tasks of
    /// [`Guard::listen`] (a closed channel stays closed, so none misses it).
    #[cfg(feature = "runtime")]
    pub(crate) gone: tokio::sync::watch::Sender<()>,
    /// Every kill command this Guard applies, from any channel, as it is
    /// applied ([`Guard::follow_kill_commands`]).
    #[cfg(feature = "runtime")]
    pub(crate) kills_applied: tokio::sync::broadcast::Sender<aigos_runtime::KillCommand>,
    #[cfg(feature = "audit")]
    pub(crate) audit: Option<(aigos_audit::AuditLog, AuditLayer)>,
    /// Step 1's token check, shared with the A2A validator.
    #[cfg(feature = "identity")]
    pub(crate) tokens: Option<Arc<identity::TokenCheck>>,
    /// Agents of the registry (empty without the identity layer).
    pub(crate) agents: HashMap<AgentId, Arc<AgentFacts>>,
    pub(crate) instances: instances::Instances,
    pub(crate) approvers: Approvers,
    /// Used approvals and codes, failures, lockouts, challenges.
    pub(crate) approval_state: Arc<dyn aigos_core::ApprovalStore>,
    /// A shared state backend's health, when there is one.
    pub(crate) state_health: Option<Arc<dyn aigos_core::StateHealth>>,
    pub(crate) lockout: aigos_core::LockoutRule,
    pub(crate) challenge_ttl_ms: u64,
    pub(crate) skipped: BTreeSet<Layer>,
    pub(crate) step_timeout: Duration,
    pub(crate) min_security_score: f64,
    pub(crate) stats: stats::Stats,
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

/// The reason of an outcome that nothing held back.
pub(crate) const ALL_PASSED: &str = "all checks passed";

/// Guard against a check that panics or outlives its time limit: either
/// rejects. Most checks finish on their first poll: those are polled once
/// without a timer, and only one that waits is put under the deadline
/// (a timer per check cost more than most checks).
async fn contained<T, F: Future<Output = T>>(
    deadline: tokio::time::Instant,
    timeout: Duration,
    fut: F,
) -> Result<T, (&'static str, String)> {
    let mut fut = std::pin::pin!(AssertUnwindSafe(fut).catch_unwind());
    let first = std::future::poll_fn(|cx| std::task::Poll::Ready(fut.as_mut().poll(cx))).await;
    let result = match first {
        std::task::Poll::Ready(r) => Ok(r),
        std::task::Poll::Pending => tokio::time::timeout_at(deadline, fut).await,
    };
    match result {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(_)) => Err(("STEP_PANICKED", "step panicked".into())),
        Err(_) => Err(("STEP_TIMEOUT", format!("step timed out after {} ms", timeout.as_millis()))),
    }
}

/// An operator's call to a shared backend, under the step timeout: a store
/// that hangs or panics yields an error instead of hanging the caller.
pub(crate) async fn bounded<T, F: Future<Output = T>>(timeout: Duration, fut: F) -> Result<T, String> {
    contained(tokio::time::Instant::now() + timeout, timeout, fut).await.map_err(|(_, e)| e)
}

/// The pipeline's record of one validation.
struct Run {
    steps: Vec<StepReport>,
    reasons: Vec<String>,
    /// When the current step started (the previous one ended).
    mark: Instant,
}

impl Run {
    fn record(&mut self, step: Step, result: StepResult, code: &'static str, detail: String) {
        let now = Instant::now();
        let duration_us = u64::try_from(now.duration_since(self.mark).as_micros()).unwrap_or(u64::MAX);
        self.mark = now;
        if matches!(result, StepResult::Rejected | StepResult::Failed | StepResult::Pending) {
            self.reasons.push(detail.clone());
        }
        self.steps.push(StepReport { step, result, code, detail, duration_us });
    }
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
            let (mut outcome, mut facts) = self.pipeline(request, token, evidence).await;
            outcome.duration_us = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
            self.observe(request, &mut facts, &mut outcome).await;
            if let Some(hold) = facts.hold.take() {
                hold(outcome.status == Status::Approved).await;
            }
            crate::telemetry::decision(request, &outcome);
            g.stats.count(&outcome, facts.authenticated != Some(false), g.clock.now_secs());
            g.stats.in_flight.fetch_sub(1, Ordering::Relaxed);
            outcome
        }
        .instrument(span)
        .await
    }

    /// The audit observer: records the finished outcome before it is
    /// returned; when the log cannot take it the outcome becomes REJECTED.
    async fn observe(&self, request: &ActionRequest, facts: &mut Facts, outcome: &mut ValidationOutcome) {
        #[cfg(feature = "audit")]
        audit::record(&self.inner, request, facts, outcome).await;
        #[cfg(not(feature = "audit"))]
        let _ = (request, facts, outcome);
    }

    /// The eight steps; also returns the facts (the canonical request for
    /// the audit record, the budget hold).
    async fn pipeline(&self, request: &ActionRequest, token: &str, evidence: &[ApprovalEvidence]) -> (ValidationOutcome, Facts) {
        let g = &self.inner;
        let mut run = Run { steps: Vec::with_capacity(8), reasons: Vec::new(), mark: Instant::now() };
        // Unauthenticated until the identity layer's check says otherwise.
        let authenticated = (!g.skipped.contains(&Layer::Identity)).then_some(false);
        let mut facts = Facts { severity: request.severity, authenticated, ..Facts::default() };
        let (validation_id, mut broken) = match new_uuid(g.provider) {
            Ok(id) => (id, None),
            // Without randomness there is no unique id (and no permit jti):
            // the request is rejected, the record still gets a placeholder.
            Err(e) => (uuid::Uuid::nil().hyphenated().to_string(), Some(("RANDOM_FAILED", format!("random source failed: {e}")))),
        };
        match aigos_core::canonical_request_and_payload(request) {
            Ok(parts) => {
                facts.ahash = Some(ActionHash::compute(&parts, |bytes| g.provider.sha256(bytes)));
                facts.canonical = Some(parts);
            }
            // A payload outside I-JSON is refused before it is hashed.
            Err(aigos_core::Error::Input(e)) => broken = Some((e.code(), format!("request: {e}"))),
            Err(e) => broken = Some(("REQUEST_UNHASHABLE", format!("request: cannot be hashed: {e}"))),
        }
        let cx = Cx { g, request, token, evidence, validation_id: &validation_id };
        let mut stopped = false;
        let mut checks = g.checks.iter().peekable();
        for step in Step::ALL {
            let mut details: Vec<Cow<'static, str>> = Vec::new();
            let mut ran = false;
            let mut ended: Option<(StepResult, &'static str, String)> = None;
            while let Some((_, check)) = checks.next_if(|(s, _)| *s == step) {
                if stopped || ended.is_some() {
                    continue;
                }
                if let Some((code, e)) = &broken {
                    ended = Some((StepResult::Rejected, code, e.clone()));
                    continue;
                }
                let deadline = tokio::time::Instant::from_std(run.mark + g.step_timeout);
                match contained(deadline, g.step_timeout, check.run(&cx, &mut facts)).await {
                    Ok(Ok(Verdict::Pass(d))) => {
                        ran = true;
                        details.push(d);
                    }
                    Ok(Ok(Verdict::Skip(d))) => details.push(d),
                    Ok(Ok(Verdict::NotRun(d))) => ended = Some((StepResult::NotRun, "NOT_RUN", d.into_owned())),
                    Ok(Ok(Verdict::Pending(status, code, d))) => {
                        facts.pending = Some(status);
                        ended = Some((StepResult::Pending, code, d));
                    }
                    Ok(Ok(Verdict::Reject(code, d))) => ended = Some((StepResult::Rejected, code, d)),
                    Ok(Err(e)) => ended = Some((StepResult::Failed, "STEP_FAILED", format!("{step:?}: internal failure, rejected: {e}"))),
                    Err((code, e)) => ended = Some((StepResult::Failed, code, format!("{step:?}: internal failure, rejected: {e}"))),
                }
            }
            if stopped {
                run.steps.push(StepReport { step, result: StepResult::NotRun, code: "NOT_RUN", detail: String::new(), duration_us: 0 });
                continue;
            }
            match ended {
                Some((result, code, detail)) => {
                    stopped |= matches!(result, StepResult::Rejected | StepResult::Failed);
                    run.record(step, result, code, detail);
                }
                // A step whose own layer is left out is reported skipped,
                // even when the facade's checks of that step passed.
                None if ran && !g.left_out(step) => run.record(step, StepResult::Passed, "OK", joined(details)),
                None => {
                    let mut detail = g.skip_reason(step);
                    for d in &details {
                        detail.push_str("; ");
                        detail.push_str(d);
                    }
                    run.record(step, StepResult::Skipped, "SKIPPED", detail);
                }
            }
        }
        let status = if stopped { Status::Rejected } else { facts.status.unwrap_or(Status::Rejected) };
        if status == Status::Approved && run.reasons.is_empty() {
            run.reasons.push(ALL_PASSED.into());
        }
        let score = if !facts.reached_status || status == Status::Rejected && facts.threat.is_none() { 0.0 } else { facts.score };
        let outcome = ValidationOutcome {
            validation_id,
            agent_id: request.agent_id.to_string(),
            tool: request.tool.clone(),
            status,
            security_score: SecurityScore::saturating(score),
            threat_level: facts.threat.map(|(_, l)| l),
            threat_score: facts.threat.map(|(s, _)| s),
            reasons: run.reasons,
            steps: run.steps,
            threat_contributions: std::mem::take(&mut facts.threat_contributions),
            score_contributions: std::mem::take(&mut facts.score_contributions),
            permit: if status == Status::Approved { facts.permit.take() } else { None },
            egress: std::mem::take(&mut facts.egress),
            findings: std::mem::take(&mut facts.payload_findings),
            token: facts.token.take(),
            // Also when a later step rejects: the record shows whose
            // approval was used up.
            approved_by: std::mem::take(&mut facts.approved_by),
            challenge: if status == Status::RequiresMfa { facts.challenge.take() } else { None },
            audit_seq: None,
            duration_us: 0,
        };
        (outcome, facts)
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
    /// A background task (a kill channel, the fleet's journal) holds the
    /// Guard only while it applies an event; shutdown waits up to two
    /// seconds for such a hold to end.
    ///
    /// # Errors
    /// [`crate::Error::StillShared`] while other clones of the Guard are
    /// alive, or the audit log's error.
    pub async fn shutdown(self) -> Result<(), crate::Error> {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(2);
        let mut shared = self.inner;
        let inner = loop {
            match Arc::try_unwrap(shared) {
                Ok(inner) => break inner,
                Err(_) if tokio::time::Instant::now() >= deadline => return Err(crate::Error::StillShared),
                Err(again) => {
                    shared = again;
                    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                }
            }
        };
        #[cfg(feature = "audit")]
        if let Some((log, _)) = inner.audit {
            log.close().await?;
        }
        let _ = inner;
        Ok(())
    }
}

impl Inner {
    /// The layers that own a step (none for the facade's steps 5 and 7).
    fn owners(step: Step) -> &'static [Layer] {
        match step {
            Step::Identity | Step::Permit => &[Layer::Identity],
            Step::RateLimit | Step::Threat => &[Layer::Runtime],
            Step::Payload => &[Layer::Policy, Layer::Network],
            Step::Approval => &[Layer::Policy],
            Step::Score | Step::Status => &[],
        }
    }

    /// Whether every layer that owns `step` is left out.
    fn left_out(&self, step: Step) -> bool {
        let owners = Self::owners(step);
        !owners.is_empty() && owners.iter().all(|l| self.skipped.contains(l))
    }

    /// Why a step is skipped.
    fn skip_reason(&self, step: Step) -> String {
        let names: Vec<String> = Self::owners(step).iter().map(|l| format!("{l:?}")).collect();
        format!("{} layer left out", names.join(" and "))
    }
}

/// Cuts `s` to at most `max` bytes, at a character boundary: what a
/// request's unauthenticated text may put into a record.
#[cfg(any(feature = "identity", all(feature = "runtime", feature = "audit")))]
pub(crate) fn truncate(s: &mut String, max: usize) {
    if s.len() > max {
        let mut at = max;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        s.truncate(at);
        s.push('…');
    }
}

pub(crate) fn new_uuid(provider: Provider) -> Result<String, aigos_crypto::Error> {
    let mut b = [0u8; 16];
    provider.fill_random(&mut b)?;
    let mut text = uuid::Uuid::encode_buffer();
    Ok(uuid::Builder::from_random_bytes(b).into_uuid().hyphenated().encode_lower(&mut text).to_owned())
}

/// Details of one step, one or joined with "; " (one allocation at most).
fn joined(mut details: Vec<Cow<'static, str>>) -> String {
    match details.len() {
        1 => details.pop().map(Cow::into_owned).unwrap_or_default(),
        _ => details.join("; "),
    }
}

/// The action hash of `request` (what tokens' `ahash` and approvals name),
/// with `provider`'s SHA-256.
///
/// # Errors
/// [`crate::Error::Core`] when the request cannot be canonicalized.
pub fn action_hash(provider: Provider, request: &ActionRequest) -> Result<ActionHash, crate::Error> {
    let parts = aigos_core::canonical_request_and_payload(request)?;
    Ok(ActionHash::compute(&parts, |bytes| provider.sha256(bytes)))
}
