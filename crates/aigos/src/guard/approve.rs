//! Step 6 without the policy layer, and the judgement of approval
//! evidence shared with it.

use std::collections::BTreeSet;
use std::sync::atomic::Ordering;

use aigos_core::{ActionHash, ActionKind, Severity, Status};

use super::{Check, Cx, Facts, Inner, Verdict};
use crate::approvals::ApprovalEvidence;

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

/// Whether `evidence` satisfies `need` for the action `ahash`.
pub(crate) fn judge(g: &Inner, need: Need, rules: &str, evidence: &[ApprovalEvidence], ahash: &ActionHash) -> Verdict {
    if evidence.len() > MAX_EVIDENCE {
        return Verdict::Reject(
            "EVIDENCE_TOO_MANY",
            format!("approval: {} pieces of evidence, at most {MAX_EVIDENCE} (none was checked)", evidence.len()),
        );
    }
    let seen = if evidence.is_empty() { Default::default() } else { g.approvers.evaluate(evidence, ahash, g.clock.now_secs()) };
    let refused = match seen.refused.len() {
        0 => String::new(),
        n if n <= MAX_REFUSALS_SHOWN => format!("; refused evidence: {}", seen.refused.join("; ")),
        n => format!("; refused evidence: {} (and {} more)", seen.refused[..MAX_REFUSALS_SHOWN].join("; "), n - MAX_REFUSALS_SHOWN),
    };
    match need {
        Need::Mfa => {
            g.stats.mfa_required.fetch_add(1, Ordering::Relaxed);
            if seen.mfa {
                g.stats.mfa_satisfied.fetch_add(1, Ordering::Relaxed);
                Verdict::pass(format!("MFA satisfied ({rules})"))
            } else {
                Verdict::Pending(Status::RequiresMfa, "MFA_REQUIRED", format!("MFA required by {rules}{refused}"))
            }
        }
        Need::Coe { quorum, of, group } => {
            g.stats.coe_required.fetch_add(1, Ordering::Relaxed);
            let have = seen.experts.get(&group).map_or(0, BTreeSet::len);
            if have >= usize::try_from(quorum).unwrap_or(usize::MAX) {
                g.stats.coe_satisfied.fetch_add(1, Ordering::Relaxed);
                Verdict::pass(format!("coalition of experts: {have} of {of} in {group} ({rules})"))
            } else {
                Verdict::Pending(
                    Status::RequiresCoe,
                    "COE_REQUIRED",
                    format!("coalition of experts required by {rules}: {have} of {quorum} signatures from {group}{refused}"),
                )
            }
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
        let ahash = facts.ahash()?;
        Ok(match facts.severity {
            Severity::Critical => judge(cx.g, Need::Mfa, rules, cx.evidence, ahash),
            Severity::Emergency => judge(cx.g, Need::Coe { quorum: 2, of: 3, group: "experts".into() }, rules, cx.evidence, ahash),
            _ => Verdict::skip("policy layer left out; no built-in approval rule applies"),
        })
    }
}
