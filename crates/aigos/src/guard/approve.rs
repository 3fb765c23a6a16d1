//! Step 6 without the policy layer, and the judgement of approval
//! evidence shared with it.

use std::sync::atomic::Ordering;

use aigos_core::{ActionKind, Challenge, Severity, Status};

use super::{Check, Cx, Facts, Inner, Verdict};
use crate::approvals::{Ask, Requirement, Satisfied, duplicate_evidence, malformed_evidence};

/// An approval requirement, whichever rules set it.
pub(crate) enum Need {
    Mfa,
    Coe { quorum: u32, of: u32, group: String },
}

/// Pieces of approval evidence one request may carry: a coalition needs a
/// handful of signatures, MFA one code. More is an attempt to guess.
const MAX_EVIDENCE: usize = 16;
/// Refusals named in the reason at most (the audit record stays bounded).
const MAX_REFUSALS_SHOWN: usize = 4;
/// Open challenges one agent may hold (one per action hash): its pending
/// requests cannot fill the state store for everyone.
pub(crate) const MAX_OPEN_CHALLENGES_PER_AGENT: usize = 16;

/// Whether the request's evidence satisfies `need`; uses up what counts,
/// and opens a challenge when MFA is still needed.
pub(crate) async fn judge(g: &Inner, need: Need, rules: &str, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
    let (evidence, agent) = (cx.evidence, cx.request.agent_id.as_str());
    if evidence.len() > MAX_EVIDENCE {
        return Ok(Verdict::Reject(
            "EVIDENCE_TOO_MANY",
            format!("approval: {} pieces of evidence, at most {MAX_EVIDENCE} (none was checked)", evidence.len()),
        ));
    }
    if let Some(why) = malformed_evidence(evidence) {
        return Ok(Verdict::Reject("EVIDENCE_MALFORMED", format!("approval: {why} (none was checked)")));
    }
    if let Some(why) = duplicate_evidence(evidence) {
        return Ok(Verdict::Reject("EVIDENCE_DUPLICATE", format!("approval: {why} (none was checked)")));
    }
    let ahash = facts.ahash()?.clone();
    let now_ms = g.clock.now_millis();
    let requirement = match &need {
        Need::Mfa => Requirement::Mfa,
        Need::Coe { quorum, group, .. } => Requirement::Coalition { group: group.clone(), quorum: *quorum },
    };
    let seen = if evidence.is_empty() {
        Satisfied::default()
    } else {
        let ask = Ask { ahash: &ahash, requirement: &requirement, now_ms, lockout: &g.lockout };
        match g.approvers.evaluate(g.approval_state.as_ref(), &ask, evidence).await {
            Ok(seen) => seen,
            Err(e) => return Ok(Verdict::Reject("STATE_UNAVAILABLE", format!("approval state: {e}"))),
        }
    };
    for (approver, until) in &seen.locked_out {
        lockout_recorded(g, approver, *until).await;
    }
    let refused = match seen.refused.len() {
        0 => String::new(),
        n if n <= MAX_REFUSALS_SHOWN => format!("; refused evidence: {}", seen.refused.join("; ")),
        n => format!("; refused evidence: {} (and {} more)", seen.refused[..MAX_REFUSALS_SHOWN].join("; "), n - MAX_REFUSALS_SHOWN),
    };
    facts.approved_by = seen.approved_by;
    Ok(match need {
        Need::Mfa => {
            g.stats.mfa_required.fetch_add(1, Ordering::Relaxed);
            if seen.met {
                g.stats.mfa_satisfied.fetch_add(1, Ordering::Relaxed);
                Verdict::pass(format!("MFA satisfied ({rules})"))
            } else {
                let id = super::new_uuid(g.provider).map_err(|e| format!("challenge id: {e}"))?;
                let fresh = Challenge {
                    agent: agent.to_owned(),
                    ahash: ahash.as_str().to_owned(),
                    expires_at: now_ms.saturating_add(g.challenge_ttl_ms),
                    id,
                };
                let challenge = match g.approval_state.open_challenge(&fresh, MAX_OPEN_CHALLENGES_PER_AGENT).await {
                    Ok(c) => c,
                    Err(e @ aigos_core::StateError::Quota(_)) => {
                        return Ok(Verdict::Reject("CHALLENGE_QUOTA", format!("approval: cannot open a challenge: {e}")));
                    }
                    Err(e) => return Ok(Verdict::Reject("STATE_UNAVAILABLE", format!("approval state: cannot open a challenge: {e}"))),
                };
                let text = format!(
                    "MFA required by {rules}; challenge {} open until {} (Unix s){refused}",
                    challenge.id,
                    challenge.expires_at / 1000
                );
                facts.challenge = Some(challenge);
                Verdict::Pending(Status::RequiresMfa, "MFA_REQUIRED", text)
            }
        }
        Need::Coe { quorum, of, group } => {
            g.stats.coe_required.fetch_add(1, Ordering::Relaxed);
            if seen.met {
                g.stats.coe_satisfied.fetch_add(1, Ordering::Relaxed);
                Verdict::pass(format!("coalition of experts: {} of {of} in {group} ({rules})", seen.have))
            } else {
                Verdict::Pending(
                    Status::RequiresCoe,
                    "COE_REQUIRED",
                    format!("coalition of experts required by {rules}: {} of {quorum} signatures from {group}{refused}", seen.have),
                )
            }
        }
    })
}

/// Audits a lockout as its own record (the decision's record names it
/// too), and counts it.
async fn lockout_recorded(g: &Inner, approver: &str, until: aigos_core::UnixMillis) {
    g.stats.lockouts.fetch_add(1, Ordering::Relaxed);
    tracing::warn!(approver, until_unix_ms = until, "approver locked out after failed TOTP codes");
    #[cfg(feature = "audit")]
    if let Some((log, _)) = &g.audit {
        let data = serde_json::json!({ "approver": approver, "locked_until_ms": until, "reason": "failed TOTP codes" });
        if let Err(e) = log.append("approver_lockout", approver, data).await {
            tracing::error!(approver, error = %e, "the lockout could not be audited");
        }
    }
}

/// Without the policy layer the design's default approval rules still
/// hold (CRITICAL needs MFA, EMERGENCY a 2-of-3 coalition of experts),
/// and spawns are refused: leaving policy out never lowers the bar for
/// the most dangerous actions.
pub(crate) struct BuiltinApprovals;

#[async_trait::async_trait]
impl Check for BuiltinApprovals {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        if cx.request.action == ActionKind::Spawn {
            return Ok(Verdict::Reject("SPAWN_NEEDS_POLICY", "spawn: needs the policy layer (capability decay)".into()));
        }
        let rules = "built-in rule (policy layer left out)";
        match facts.severity {
            Severity::Critical => judge(cx.g, Need::Mfa, rules, cx, facts).await,
            Severity::Emergency => judge(cx.g, Need::Coe { quorum: 2, of: 3, group: "experts".into() }, rules, cx, facts).await,
            _ => Ok(Verdict::skip("policy layer left out; no built-in approval rule applies")),
        }
    }
}
