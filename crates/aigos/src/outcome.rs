//! What [`crate::Guard::validate`] returns.

#[cfg(feature = "audit")]
use aigos_core::ActionRequest;
use aigos_core::{JsNumber, SecurityScore, Status, ThreatLevel};
use serde::Serialize;

/// The eight steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// 1. Token, key, registration, kill state, golden thread.
    Identity,
    /// 2. Per-agent rate limit.
    RateLimit,
    /// 3. Payload size, depth, injection and secrets; egress of URL resources.
    Payload,
    /// 4. Threat indicators.
    Threat,
    /// 5. Security score.
    Score,
    /// 6. Policy and approval requirements.
    Approval,
    /// 7. Final status.
    Status,
    /// 8. Execution permit.
    Permit,
}

impl Step {
    /// All steps in pipeline order.
    pub const ALL: [Step; 8] =
        [Step::Identity, Step::RateLimit, Step::Payload, Step::Threat, Step::Score, Step::Approval, Step::Status, Step::Permit];
}

/// How a step ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepResult {
    /// Ran and let the request through.
    Passed,
    /// Ran and rejected the request (the pipeline stopped).
    Rejected,
    /// Ran and asked for an approval that is not there yet.
    Pending,
    /// Its layer was left out explicitly.
    Skipped,
    /// Failed internally, panicked or timed out (rejects: fail closed).
    Failed,
    /// Not reached: an earlier step ended the pipeline.
    NotRun,
}

/// One step's report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepReport {
    /// Which step.
    pub step: Step,
    /// How it ended.
    pub result: StepResult,
    /// A stable machine code: `OK`, `SKIPPED`, `NOT_RUN`, or why the step
    /// rejected, failed or is pending (`IDENTITY_TOKEN_EXPIRED`,
    /// `EGRESS_DENIED`, `MFA_REQUIRED`, ...; docs/operations.md lists them).
    pub code: &'static str,
    /// What it found (never a secret).
    pub detail: String,
    /// How long it took, in microseconds.
    pub duration_us: u64,
}

/// One explained part of a score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    /// What contributed.
    pub factor: String,
    /// By how much (threat: added; security score: added, usually negative).
    #[serde(serialize_with = "decimal")]
    pub weight: f64,
    /// Why.
    pub detail: String,
}

/// A destination the egress filter allowed, with the addresses it checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckedDestination {
    /// The URL as the request names it.
    pub url: String,
    /// The checked socket addresses.
    pub addresses: Vec<std::net::SocketAddr>,
}

/// The token a decision was made on (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenRef {
    // Fields in RFC 8785 order (audit records).
    /// Its unique id.
    pub jti: String,
    /// The key that signed it.
    pub kid: String,
}

/// One finding of the payload inspector, as the outcome and the audit
/// record carry it (never a secret: the excerpt is redacted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PayloadFinding {
    // Members in code-point order: the audit record is RFC 8785 canonical.
    /// What `[policy.inspection]` made of it: `reject`, `review` or `score`.
    pub action: String,
    /// The decodings that revealed it (`percent`, `base64`, `json`, ...).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub chain: Vec<String>,
    /// `high`, `medium` or `low`.
    pub confidence: String,
    /// A short excerpt around the match, secrets redacted.
    pub excerpt: String,
    /// `prompt_injection`, `shell_injection`, `sql_injection`,
    /// `path_traversal`, `template_injection`, `ssrf` or `secret`.
    pub family: String,
    /// RFC 6901 pointer into the payload (`#key` for an object key; a key
    /// that holds a secret is redacted in it).
    pub pointer: String,
    /// The rule that fired.
    pub rule: String,
}

/// The outcome of one validation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValidationOutcome {
    /// Unique id of this validation.
    pub validation_id: String,
    /// The agent that asked.
    pub agent_id: String,
    /// The tool it asked for.
    pub tool: String,
    /// APPROVED, REQUIRES_MFA, REQUIRES_COE or REJECTED.
    pub status: Status,
    /// 0 (least safe) to 1; 0 when the pipeline stopped before step 7.
    #[serde(serialize_with = "decimal_score")]
    pub security_score: SecurityScore,
    /// The threat level, when step 4 ran.
    pub threat_level: Option<ThreatLevel>,
    /// The threat score behind it.
    #[serde(serialize_with = "decimal_opt")]
    pub threat_score: Option<f64>,
    /// Why the status is what it is.
    pub reasons: Vec<String>,
    /// Each step's result and duration.
    pub steps: Vec<StepReport>,
    /// The threat indicators that fired.
    pub threat_contributions: Vec<Contribution>,
    /// The parts of the security score.
    pub score_contributions: Vec<Contribution>,
    /// The execution permit (only when APPROVED).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permit: Option<String>,
    /// The destinations step 3 checked (the request's resource and every
    /// URL in its payload), with the addresses it checked: what the
    /// permit's `egress` claim names, so the executor connects only there.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub egress: Vec<CheckedDestination>,
    /// What step 3's payload inspection found (excerpts redacted) and what
    /// the Guard did about each finding.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<PayloadFinding>,
    /// The verified token that asked: its jti and key id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<TokenRef>,
    /// The approvers whose evidence counted (id and kind, never a code).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub approved_by: Vec<crate::ApprovalRef>,
    /// With REQUIRES_MFA: the pending approval a TOTP code must name (its
    /// id), for this action hash, until `expires_at` (Unix ms).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub challenge: Option<aigos_core::Challenge>,
    /// The audit record's sequence number.
    pub audit_seq: Option<u64>,
    /// Total time, in microseconds.
    pub duration_us: u64,
}

/// A score or weight as the decimal it is defined with: rounded to nine
/// digits after the point, so float noise (`0.4300000000000001`) never
/// reaches the JSON (it is written `0.43`).
fn round9(x: f64) -> f64 {
    if x.is_finite() { (x * 1e9).round() / 1e9 + 0.0 } else { x }
}

fn decimal<S: serde::Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(round9(*x))
}

fn decimal_opt<S: serde::Serializer>(x: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match x {
        Some(x) => s.serialize_some(&round9(*x)),
        None => s.serialize_none(),
    }
}

fn decimal_score<S: serde::Serializer>(x: &SecurityScore, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(round9(x.get()))
}

impl ValidationOutcome {
    /// The report of `step`.
    pub fn step(&self, step: Step) -> Option<&StepReport> {
        self.steps.iter().find(|s| s.step == step)
    }

    /// The code of the step that decided the outcome: the first that
    /// rejected, failed or is pending; `AUDIT_UNAVAILABLE` for an outcome
    /// that every step let through but the audit log could not record
    /// (rejected, fail closed); `OK` otherwise.
    pub fn code(&self) -> &'static str {
        match self.steps.iter().find(|s| matches!(s.result, StepResult::Rejected | StepResult::Failed | StepResult::Pending)) {
            Some(s) => s.code,
            None if self.status == Status::Rejected => "AUDIT_UNAVAILABLE",
            None => "OK",
        }
    }

    /// What goes into the audit log: the decision and why, compactly
    /// (details only of steps that did not pass; contributions as factor and
    /// weight rounded to 1/1000), and whether a permit was issued, never the
    /// permit itself (a bearer credential). The member `decision` of each
    /// `validation` record; [`ValidationOutcome::audit_record`] adds the
    /// request.
    pub fn audit_view(&self) -> serde_json::Value {
        serde_json::to_value(self.decision_view()).unwrap_or(serde_json::Value::Null)
    }

    fn decision_view(&self) -> DecisionView<'_> {
        fn weights(c: &[Contribution]) -> Weights<'_> {
            Weights::new(c.iter().map(|c| (c.factor.as_str(), JsNumber((c.weight * 1000.0).round() / 1000.0))).collect())
        }
        DecisionView {
            agent_id: &self.agent_id,
            approved_by: &self.approved_by,
            challenge: self.challenge.as_ref(),
            duration_us: self.duration_us,
            findings: &self.findings,
            permit_issued: self.permit.is_some(),
            reasons: &self.reasons,
            score: weights(&self.score_contributions),
            security_score: JsNumber((self.security_score.get() * 1000.0).round() / 1000.0),
            status: self.status,
            steps: self
                .steps
                .iter()
                .map(|s| StepView {
                    code: (s.result != StepResult::Passed).then_some(s.code),
                    detail: (s.result != StepResult::Passed && !s.detail.is_empty()).then_some(s.detail.as_str()),
                    result: s.result,
                    step: s.step,
                    us: s.duration_us,
                })
                .collect(),
            threat: weights(&self.threat_contributions),
            threat_level: self.threat_level,
            token: self.token.as_ref(),
            tool: &self.tool,
            validation_id: &self.validation_id,
        }
    }

    /// The data of this outcome's audit record: `decision` (the
    /// [`ValidationOutcome::audit_view`]), `request` (the request without its
    /// payload) and `payload` (its own member, so field encryption can seal
    /// it). Serialized once, in RFC 8785 form, without an intermediate JSON
    /// tree.
    ///
    /// # Errors
    /// When a part cannot be serialized.
    #[cfg(feature = "audit")]
    pub fn audit_record(&self, request: &ActionRequest) -> Result<aigos_audit::RecordData, aigos_audit::Error> {
        self.audit_record_with(request, None)
    }

    /// [`ValidationOutcome::audit_record`] with the request's canonical
    /// parts when the caller has them already (the Guard computes them once,
    /// for the action hash).
    #[cfg(feature = "audit")]
    pub(crate) fn audit_record_with(
        &self,
        request: &ActionRequest,
        canonical: Option<aigos_core::CanonicalRequest>,
    ) -> Result<aigos_audit::RecordData, aigos_audit::Error> {
        let parts = match canonical {
            Some(parts) => parts,
            None => aigos_core::canonical_request_and_payload(request).map_err(|e| aigos_audit::Error::Format(e.to_string()))?,
        };
        aigos_audit::RecordData::object()
            .member_sorted("decision", &self.decision_view())?
            .member_canonical("request", parts.without_payload)?
            .member_canonical("payload", parts.payload)
    }

    /// The record of a request that did not authenticate: the decision,
    /// the request without its payload, and the payload's size and
    /// `sha256` (base64url, by `hash`) instead of the payload, so whoever
    /// holds no key cannot make the log store what they send.
    #[cfg(feature = "audit")]
    pub(crate) fn audit_record_digest(
        &self,
        request: &ActionRequest,
        canonical: Option<aigos_core::CanonicalRequest>,
        hash: impl FnOnce(&[u8]) -> String,
    ) -> Result<aigos_audit::RecordData, aigos_audit::Error> {
        let parts = match canonical {
            Some(parts) => parts,
            None => aigos_core::canonical_request_and_payload(request).map_err(|e| aigos_audit::Error::Format(e.to_string()))?,
        };
        let digest = PayloadDigest { bytes: parts.payload.len(), sha256: hash(&parts.payload) };
        aigos_audit::RecordData::object()
            .member_sorted("decision", &self.decision_view())?
            .member_sorted("payload_digest", &digest)?
            .member_canonical("request", parts.without_payload)
    }
}

#[cfg(feature = "audit")]
#[derive(Serialize)]
struct PayloadDigest {
    bytes: usize,
    sha256: String,
}

// The views below declare their fields in RFC 8785 order (sorted by name):
// `aigos_core::canonical_sorted` relies on it and checks it in debug builds.

#[derive(Serialize)]
struct DecisionView<'a> {
    agent_id: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    approved_by: &'a [crate::ApprovalRef],
    #[serde(skip_serializing_if = "Option::is_none")]
    challenge: Option<&'a aigos_core::Challenge>,
    duration_us: u64,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    findings: &'a [PayloadFinding],
    permit_issued: bool,
    reasons: &'a [String],
    score: Weights<'a>,
    security_score: JsNumber,
    status: Status,
    steps: Vec<StepView<'a>>,
    threat: Weights<'a>,
    threat_level: Option<ThreatLevel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<&'a TokenRef>,
    tool: &'a str,
    validation_id: &'a str,
}

#[derive(Serialize)]
struct StepView<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    result: StepResult,
    step: Step,
    us: u64,
}

/// Factor -> weight, as a JSON object in RFC 8785 member order; a factor
/// named twice keeps its last weight.
struct Weights<'a>(Vec<(&'a str, JsNumber)>);

impl<'a> Weights<'a> {
    fn new(mut w: Vec<(&'a str, JsNumber)>) -> Self {
        // Stable sort, then keep the last of equal names.
        w.sort_by(|a, b| aigos_core::utf16_cmp(a.0, b.0));
        let mut out: Vec<(&'a str, JsNumber)> = Vec::with_capacity(w.len());
        for (name, weight) in w {
            match out.last_mut() {
                Some(last) if last.0 == name => last.1 = weight,
                _ => out.push((name, weight)),
            }
        }
        Weights(out)
    }
}

impl Serialize for Weights<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, weight) in &self.0 {
            map.serialize_entry(name, weight)?;
        }
        map.end()
    }
}

impl ValidationOutcome {
    /// The steps whose layer was left out.
    pub fn skipped_steps(&self) -> Vec<Step> {
        self.steps.iter().filter(|s| s.result == StepResult::Skipped).map(|s| s.step).collect()
    }
}
