//! What [`crate::Guard::validate`] returns.

use aigos_core::{SecurityScore, Status, ThreatLevel};
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
    pub weight: f64,
    /// Why.
    pub detail: String,
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
    /// 0 (least safe) to 1; 0 when the pipeline stopped before step 5.
    pub security_score: SecurityScore,
    /// The threat level, when step 4 ran.
    pub threat_level: Option<ThreatLevel>,
    /// The threat score behind it.
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
    /// The audit record's sequence number.
    pub audit_seq: Option<u64>,
    /// Total time, in microseconds.
    pub duration_us: u64,
}

impl ValidationOutcome {
    /// The report of `step`.
    pub fn step(&self, step: Step) -> Option<&StepReport> {
        self.steps.iter().find(|s| s.step == step)
    }

    /// What goes into the audit log: the decision and why, compactly
    /// (details only of steps that did not pass; contributions as factor and
    /// weight), and whether a permit was issued, never the permit itself (a
    /// bearer credential).
    pub fn audit_view(&self) -> serde_json::Value {
        let steps: Vec<serde_json::Value> = self
            .steps
            .iter()
            .map(|s| {
                let mut v = serde_json::json!({"step": s.step, "result": s.result, "us": s.duration_us});
                if s.result != StepResult::Passed && !s.detail.is_empty() {
                    v["detail"] = serde_json::Value::String(s.detail.clone());
                }
                v
            })
            .collect();
        let weights = |c: &[Contribution]| -> serde_json::Map<String, serde_json::Value> {
            c.iter().map(|c| (c.factor.clone(), serde_json::json!((c.weight * 1000.0).round() / 1000.0))).collect()
        };
        serde_json::json!({
            "validation_id": self.validation_id,
            "agent_id": self.agent_id,
            "tool": self.tool,
            "status": self.status,
            "security_score": (self.security_score.get() * 1000.0).round() / 1000.0,
            "threat_level": self.threat_level,
            "reasons": self.reasons,
            "steps": steps,
            "threat": weights(&self.threat_contributions),
            "score": weights(&self.score_contributions),
            "permit_issued": self.permit.is_some(),
            "duration_us": self.duration_us,
        })
    }
}

impl ValidationOutcome {
    /// The steps whose layer was left out.
    pub fn skipped_steps(&self) -> Vec<Step> {
        self.steps.iter().filter(|s| s.result == StepResult::Skipped).map(|s| s.step).collect()
    }
}
