//! The policy layer's checks: step 3 (payload inspection), step 4 (the
//! severity floor) and step 6 (policy on the Guard's clock, capabilities
//! from the registry, capability decay on spawn from the recorded lineage,
//! the budget ledger, approval rules).

use std::sync::Arc;

use aigos_core::{ActionKind, AgentId, CostUsd, InstanceId, ThreatLevel};

use super::approve::{Need, judge};
use super::{AgentFacts, Check, Cx, Facts, Verdict};

/// The policy layer's components.
pub struct PolicyLayer {
    /// The policy (default deny), with its severity floors.
    pub engine: aigos_policy::PolicyEngine,
    /// Approval rules (defaults: CRITICAL -> MFA, EMERGENCY -> 2-of-3 CoE).
    pub approval_rules: aigos_policy::ApprovalRules,
    /// Payload inspection.
    pub inspector: aigos_policy::Inspector,
    /// What the Guard does with a finding of each confidence.
    pub inspection: InspectionActions,
    /// The budget ledger the Guard reserves declared costs against (an
    /// agent's spend counts against its ancestors'); see `aigos::config::agent_ledger`.
    /// `None`: costs are not accounted.
    pub budget: Option<Arc<dyn aigos_policy::BudgetLedger>>,
}

/// What the Guard does with a payload finding (`[policy.inspection]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum InspectionAction {
    /// Reject the action (`PAYLOAD_REJECTED`).
    Reject,
    /// Ask a human: the action requires MFA approval at least.
    Review,
    /// Only lower the security score and raise the threat score.
    Score,
    /// Record it in the outcome and the audit record, nothing more.
    Ignore,
}

impl InspectionAction {
    fn as_str(self) -> &'static str {
        match self {
            InspectionAction::Reject => "reject",
            InspectionAction::Review => "review",
            InspectionAction::Score => "score",
            InspectionAction::Ignore => "ignore",
        }
    }
}

/// The action for each confidence. Default: high rejects, medium asks a
/// human (REQUIRES_MFA), low only scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InspectionActions {
    /// High-confidence findings.
    #[serde(default = "InspectionActions::default_high")]
    pub high: InspectionAction,
    /// Medium-confidence findings.
    #[serde(default = "InspectionActions::default_medium")]
    pub medium: InspectionAction,
    /// Low-confidence findings.
    #[serde(default = "InspectionActions::default_low")]
    pub low: InspectionAction,
}

impl InspectionActions {
    fn default_high() -> InspectionAction {
        InspectionAction::Reject
    }
    fn default_medium() -> InspectionAction {
        InspectionAction::Review
    }
    fn default_low() -> InspectionAction {
        InspectionAction::Score
    }

    /// The action for `confidence`.
    pub fn for_confidence(&self, confidence: aigos_policy::Confidence) -> InspectionAction {
        match confidence {
            aigos_policy::Confidence::High => self.high,
            aigos_policy::Confidence::Medium => self.medium,
            _ => self.low,
        }
    }
}

impl Default for InspectionActions {
    fn default() -> Self {
        InspectionActions { high: Self::default_high(), medium: Self::default_medium(), low: Self::default_low() }
    }
}

/// Findings named in a step's detail and in the review reason at most.
const MAX_FINDINGS_SHOWN: usize = 4;
/// Findings kept in the outcome and the audit record at most (the most
/// confident); the step's detail gives the total.
const MAX_FINDINGS_KEPT: usize = 64;

/// The account of `agent` in a budget ledger (its id as an account name;
/// `config::agent_ledger` opens them under the same names).
pub(crate) fn budget_account(agent: &AgentId) -> Result<InstanceId, String> {
    InstanceId::new(agent.as_str()).map_err(|e| e.to_string())
}

/// Step 3: the payload inspector's findings.
pub(crate) struct InspectCheck(pub(crate) Arc<PolicyLayer>);

#[async_trait::async_trait]
impl Check for InspectCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let request = cx.request;
        // The schema comes from the signed policy, by the tool's exact name.
        let schema = self.0.engine.tool_schema(&request.tool);
        let report = match self.0.inspector.inspect_call(&request.tool, &request.payload, schema) {
            Ok(r) => r,
            Err(e) => return Ok(Verdict::Reject("PAYLOAD_INVALID", format!("payload: {e}"))),
        };
        facts.revealed_urls.extend(report.urls.into_iter().map(|u| (u.pointer, u.url)));
        // The most confident first: what is kept in the outcome and the
        // audit record is bounded, and the decisive findings are in it.
        let mut all = report.findings;
        all.sort_by_key(|f| std::cmp::Reverse(f.confidence));
        let total = all.len();
        let (mut rejected, mut review) = (Vec::new(), 0usize);
        for (i, f) in all.iter().enumerate() {
            let action = self.0.inspection.for_confidence(f.confidence);
            let named =
                format!("{} {} at {} ({})", f.confidence.as_str(), f.family, if f.pointer.is_empty() { "/" } else { &f.pointer }, f.rule);
            match action {
                InspectionAction::Reject => rejected.push(named.clone()),
                InspectionAction::Review => {
                    review += 1;
                    if facts.review.len() < MAX_FINDINGS_SHOWN {
                        facts.review.push(named.clone());
                    }
                }
                InspectionAction::Score if facts.finding_severities.len() < MAX_FINDINGS_KEPT => {
                    facts.finding_severities.push(f.severity())
                }
                _ => {}
            }
            if action != InspectionAction::Ignore && facts.findings.len() < MAX_FINDINGS_SHOWN {
                facts.findings.push(named);
            }
            if i < MAX_FINDINGS_KEPT {
                facts.payload_findings.push(crate::outcome::PayloadFinding {
                    action: action.as_str().to_owned(),
                    chain: f
                        .chain
                        .iter()
                        .map(|d| serde_json::to_value(d).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default())
                        .collect(),
                    confidence: f.confidence.as_str().to_owned(),
                    excerpt: f.excerpt.clone(),
                    family: f.family.as_str().to_owned(),
                    pointer: f.pointer.clone(),
                    rule: f.rule.to_owned(),
                });
            }
        }
        if review > facts.review.len() {
            facts.review.push(format!("and {} more", review - facts.review.len()));
        }
        let kept =
            if total > MAX_FINDINGS_KEPT { format!(" ({MAX_FINDINGS_KEPT} of {total} kept, the most confident)") } else { String::new() };
        if !rejected.is_empty() {
            let n = rejected.len();
            rejected.truncate(MAX_FINDINGS_SHOWN);
            let more = if n > MAX_FINDINGS_SHOWN { format!(" (and {} more)", n - MAX_FINDINGS_SHOWN) } else { String::new() };
            return Ok(Verdict::Reject("PAYLOAD_REJECTED", format!("payload: {}{more}{kept}", rejected.join("; "))));
        }
        Ok(match total {
            0 => Verdict::pass("no findings"),
            n if facts.review.is_empty() => Verdict::pass(format!("{n} finding(s), none that rejects or asks review{kept}")),
            n => Verdict::pass(format!("{n} finding(s); human review required: {}{kept}", facts.review.join("; "))),
        })
    }
}

/// Step 4: the severity the policy sets as a floor for this action or
/// tool; the request may raise its severity, never lower it.
pub(crate) struct FloorCheck(pub(crate) Arc<PolicyLayer>);

#[async_trait::async_trait]
impl Check for FloorCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let declared = cx.request.severity;
        match self.0.engine.severity_floor(cx.request) {
            Some((floor, id)) if floor > declared => {
                facts.severity = floor;
                Ok(Verdict::pass(format!("severity {declared:?} raised to {floor:?} by floor {id}")))
            }
            _ => Ok(Verdict::pass("declared severity at or above every floor")),
        }
    }
}

/// Step 6: policy, capabilities, spawn, budget, approvals.
pub(crate) struct ApprovalCheck(pub(crate) Arc<PolicyLayer>);

#[async_trait::async_trait]
impl Check for ApprovalCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let (g, request, p) = (cx.g, cx.request, &self.0);
        let now = g.clock.now_secs();
        let decision = p.engine.evaluate_at(request, now);
        if !decision.allowed {
            return Ok(Verdict::Reject("POLICY_DENIED", format!("policy: {}", decision.reason())));
        }
        if let Some(v) = capabilities_refuse(cx, facts, now).await? {
            return Ok(v);
        }
        if let Some(v) = self.reserve(cx, facts).await? {
            return Ok(v);
        }
        let level = facts.threat.map_or(ThreatLevel::Minimal, |(_, l)| l);
        let need = p.approval_rules.requirement(request, facts.severity, level);
        let rules = need.rules.join(", ");
        let (need, rules) = match need.requirement {
            // A finding that asks for review makes a human approve the action.
            aigos_policy::Requirement::None if !facts.review.is_empty() => {
                (Need::Mfa, format!("payload review: {}", facts.review.join("; ")))
            }
            aigos_policy::Requirement::None => return Ok(Verdict::pass(format!("policy: {}; no approval needed", decision.reason()))),
            aigos_policy::Requirement::Mfa => (Need::Mfa, rules),
            aigos_policy::Requirement::Coe { quorum, of, group } => (Need::Coe { quorum, of, group }, rules),
            #[allow(unreachable_patterns, reason = "Requirement may grow")]
            _ => return Ok(Verdict::Reject("APPROVAL_UNKNOWN", "unknown approval requirement".into())),
        };
        let rules = if facts.review.is_empty() || rules.starts_with("payload review") {
            rules
        } else {
            format!("{rules}; payload review: {}", facts.review.join("; "))
        };
        judge(g, need, &rules, cx, facts).await
    }
}

impl ApprovalCheck {
    /// Reserves the declared cost against the agent's account and its
    /// ancestors'; the hold is spent when the action is approved and
    /// audited, given back otherwise.
    async fn reserve(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Option<Verdict>, String> {
        let Some(ledger) = &self.0.budget else { return Ok(None) };
        let account = budget_account(&cx.request.agent_id)?;
        let Some(cost) = cx.request.estimated_cost_usd.filter(|c| c.get() > 0.0) else {
            // Nothing declared: an agent (or an ancestor) whose budget is
            // spent still may not act; leaving the estimate out is no way around it.
            return Ok(match ledger.remaining(&account).await {
                Ok(Some(left)) if left.get() <= 0.0 => {
                    Some(Verdict::Reject("BUDGET_EXHAUSTED", format!("budget: nothing left for {}", cx.request.agent_id)))
                }
                // A ledger that does not answer is no proof that anything is left.
                Err(e @ aigos_policy::Error::BudgetUnavailable(_)) => Some(Verdict::Reject(e.code(), e.to_string())),
                _ => None,
            });
        };
        let reservation = match ledger.reserve(&account, cost).await {
            Ok(r) => r,
            Err(e @ aigos_policy::Error::BudgetUnavailable(_)) => return Ok(Some(Verdict::Reject(e.code(), e.to_string()))),
            Err(e) => return Ok(Some(Verdict::Reject("BUDGET_EXCEEDED", format!("budget: {e}")))),
        };
        let ledger = ledger.clone();
        facts.hold = Some(Box::new(move |keep: bool| {
            Box::pin(async move {
                // A failed settlement leaves the amount reserved: it stays counted (fail closed).
                let _ = if keep { ledger.commit(reservation, cost).await } else { ledger.release(reservation).await };
            })
        }));
        Ok(None)
    }
}

/// Capability enforcement and capability decay on spawn, against the
/// registry's record of the agent and the Guard's record of its lineage
/// (never what the request claims).
async fn capabilities_refuse(cx: &Cx<'_>, facts: &Facts, now: i64) -> Result<Option<Verdict>, String> {
    let request = cx.request;
    let Some(agent) = facts.agent.as_deref() else {
        // Without the registry nothing proves what the agent may do: only spawns are refused.
        return Ok((request.action == ActionKind::Spawn)
            .then(|| Verdict::Reject("SPAWN_NEEDS_REGISTRY", "spawn: needs the identity layer's registry".into())));
    };
    let AgentFacts { capabilities, .. } = agent;
    if let Err(e) = aigos_policy::capability_allows(capabilities, &request.tool, &request.resource, now) {
        return Ok(Some(Verdict::Reject(e.code(), format!("capabilities: {e}"))));
    }
    if request.action == ActionKind::Spawn {
        let spawn: aigos_policy::SpawnRequest = match serde_json::from_value(request.payload.clone()) {
            Ok(s) => s,
            Err(e) => return Ok(Some(Verdict::Reject("SPAWN_MALFORMED", format!("spawn: the payload is not a spawn request: {e}")))),
        };
        let lineage = facts.lineage.as_ref().ok_or("no recorded lineage")?;
        if let Err(e) = aigos_policy::validate_spawn(capabilities, lineage, None::<CostUsd>, &spawn) {
            return Ok(Some(Verdict::Reject(e.code(), format!("spawn: {e}"))));
        }
    }
    Ok(None)
}
