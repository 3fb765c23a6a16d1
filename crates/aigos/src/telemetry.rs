//! Traces and metrics named by the AIGOS telemetry conventions
//! (SPEC-PRT-002), through `tracing` and `metrics`: install any subscriber
//! or recorder (OpenTelemetry, Prometheus ...) to export them.
//!
//! Spans: `aigos.governance.action` around each validation (instance, asset,
//! lineage), `aigos.governance.identity`, `aigos.governance.decision` (result
//! ALLOWED | DENIED | PENDING, reason, denied_by, evaluation_time_ms,
//! dry_run), `aigos.governance.violation` for each rejection,
//! `aigos.governance.spawn` for spawn requests, `aigos.governance.budget`
//! when a cost is estimated, `aigos.governance.terminate` for kill commands
//! and watchdog terminations.
//!
//! Metrics: counters `aigos.decisions.total`, `aigos.decisions.allowed`,
//! `aigos.decisions.denied`, `aigos.violations.total`, `aigos.spawns.total`,
//! `aigos.terminations.total`; histogram `aigos.decision.duration` in
//! milliseconds.
//!
//! Never recorded: tokens, permits, payloads, TOTP codes, approval
//! signatures, approver emails (approvers appear only by id in reasons).

use aigos_core::{ActionKind, ActionRequest, Status};

use crate::outcome::{StepResult, ValidationOutcome};

/// The span around one validation.
pub(crate) fn action_span(request: &ActionRequest) -> tracing::Span {
    tracing::info_span!(
        "aigos.governance.action",
        aigos.instance_id = %request.instance_id,
        aigos.asset_id = %request.agent_id,
        aigos.action.tool = %request.tool,
        aigos.lineage.parent_instance_id = request.lineage.parent().map(ToString::to_string),
        aigos.lineage.root_instance_id = %request.lineage.root_instance(),
        aigos.lineage.generation_depth = request.lineage.depth(),
    )
}

/// Records the identity step's verdict.
#[cfg(feature = "identity")]
pub(crate) fn identity(request: &ActionRequest, verified: bool, mode: &str) {
    tracing::info_span!(
        "aigos.governance.identity",
        aigos.instance_id = %request.instance_id,
        aigos.asset_id = %request.agent_id,
        aigos.identity.verified = verified,
        aigos.identity.mode = mode,
    )
    .in_scope(|| {});
}

fn result_name(status: Status) -> &'static str {
    match status {
        Status::Approved => "ALLOWED",
        Status::Rejected => "DENIED",
        Status::RequiresMfa | Status::RequiresCoe => "PENDING",
    }
}

/// Records the decision, violations, spawns and budgets of an outcome, and
/// the metrics.
pub(crate) fn decision(request: &ActionRequest, outcome: &ValidationOutcome) {
    let ms = outcome.duration_us as f64 / 1000.0;
    let denied_by = outcome
        .steps
        .iter()
        .find(|s| matches!(s.result, StepResult::Rejected | StepResult::Failed | StepResult::Pending))
        .map(|s| format!("{:?}", s.step).to_lowercase());
    let reason = outcome.reasons.first().map(String::as_str).unwrap_or_default();
    let result = result_name(outcome.status);
    tracing::info_span!(
        "aigos.governance.decision",
        aigos.instance_id = %request.instance_id,
        aigos.asset_id = %request.agent_id,
        aigos.decision.action = %request.tool,
        aigos.decision.resource = %request.resource,
        aigos.decision.result = result,
        aigos.decision.reason = reason,
        aigos.decision.denied_by = denied_by.as_deref(),
        aigos.decision.evaluation_time_ms = ms,
        aigos.decision.dry_run = false,
        aigos.decision.security_score = outcome.security_score.get(),
        aigos.decision.threat_level = outcome.threat_level.map(|t| format!("{t:?}").to_uppercase()),
    )
    .in_scope(|| {});
    metrics::counter!("aigos.decisions.total").increment(1);
    metrics::histogram!("aigos.decision.duration").record(ms);
    match outcome.status {
        Status::Approved => metrics::counter!("aigos.decisions.allowed").increment(1),
        Status::Rejected => {
            metrics::counter!("aigos.decisions.denied").increment(1);
            metrics::counter!("aigos.violations.total").increment(1);
            tracing::warn_span!(
                "aigos.governance.violation",
                aigos.instance_id = %request.instance_id,
                aigos.asset_id = %request.agent_id,
                aigos.violation.action = %request.tool,
                aigos.violation.resource = %request.resource,
                aigos.violation.reason = reason,
                aigos.violation.denied_by = denied_by.as_deref(),
                aigos.violation.severity = ?request.severity,
            )
            .in_scope(|| {});
        }
        Status::RequiresMfa | Status::RequiresCoe => {}
    }
    if request.action == ActionKind::Spawn {
        metrics::counter!("aigos.spawns.total", "result" => result).increment(1);
        tracing::info_span!(
            "aigos.governance.spawn",
            aigos.instance_id = %request.instance_id,
            aigos.spawn.parent_instance_id = %request.instance_id,
            aigos.spawn.child_depth = request.lineage.depth().saturating_add(1),
            aigos.spawn.result = result,
        )
        .in_scope(|| {});
    }
    if let Some(cost) = request.estimated_cost_usd {
        tracing::info_span!(
            "aigos.governance.budget",
            aigos.instance_id = %request.instance_id,
            aigos.budget.estimated_cost_usd = cost.get(),
            aigos.budget.result = result,
        )
        .in_scope(|| {});
    }
}

/// Records a termination (kill switch or watchdog).
#[cfg(feature = "runtime")]
pub(crate) fn terminate(target: &str, source: &str, initiated_by: &str, command_id: Option<&str>, reason: &str) {
    metrics::counter!("aigos.terminations.total", "source" => source.to_owned()).increment(1);
    tracing::warn_span!(
        "aigos.governance.terminate",
        aigos.terminate.target = target,
        aigos.terminate.reason = reason,
        aigos.terminate.source = source,
        aigos.terminate.initiated_by = initiated_by,
        aigos.terminate.command_id = command_id,
        aigos.terminate.graceful = false,
    )
    .in_scope(|| {});
}
