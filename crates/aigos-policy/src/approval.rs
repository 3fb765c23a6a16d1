//! Approval rules: which actions need a second factor or a coalition of
//! experts. The policy decides; the facade verifies the approvals.

use std::collections::BTreeSet;

use aigos_core::{ActionRequest, Environment, Severity, ThreatLevel};
use serde::{Deserialize, Serialize};

use crate::engine::compile_glob;

/// What an action needs before it may run.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Requirement {
    /// Nothing more.
    None,
    /// A second factor: a TOTP code or a signed human approval.
    Mfa,
    /// `quorum` distinct expert signatures out of the `of` members of `group`.
    Coe {
        /// Signatures required.
        quorum: u32,
        /// Size of the expert group.
        of: u32,
        /// The expert group's name.
        group: String,
    },
}

impl Requirement {
    fn strength(&self) -> u8 {
        match self {
            Requirement::None => 0,
            Requirement::Mfa => 1,
            Requirement::Coe { .. } => 2,
        }
    }
}

/// When a rule applies: every given field must match.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalMatch {
    /// Severities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severities: Option<BTreeSet<Severity>>,
    /// Environments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environments: Option<BTreeSet<Environment>>,
    /// Tool globs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<String>>,
    /// Threat level at or above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_threat_level: Option<ThreatLevel>,
}

/// One approval rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalRule {
    /// Rule id, named in outcomes.
    pub id: String,
    /// When it applies.
    #[serde(default)]
    pub when: ApprovalMatch,
    /// What it requires.
    pub require: Requirement,
}

/// The strongest requirement among the matching rules, and which rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApprovalDecision {
    /// The requirement.
    pub requirement: Requirement,
    /// The rules that demand it.
    pub rules: Vec<String>,
}

/// A set of approval rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApprovalRules {
    /// The rules.
    pub rules: Vec<ApprovalRule>,
}

impl Default for ApprovalRules {
    /// CRITICAL needs MFA; EMERGENCY needs a coalition of experts, 2 of 3.
    fn default() -> Self {
        ApprovalRules {
            rules: vec![
                ApprovalRule {
                    id: "default-critical-mfa".into(),
                    when: ApprovalMatch { severities: Some([Severity::Critical].into()), ..Default::default() },
                    require: Requirement::Mfa,
                },
                ApprovalRule {
                    id: "default-emergency-coe".into(),
                    when: ApprovalMatch { severities: Some([Severity::Emergency].into()), ..Default::default() },
                    require: Requirement::Coe { quorum: 2, of: 3, group: "experts".into() },
                },
            ],
        }
    }
}

impl ApprovalRules {
    /// The requirement for `request` at `threat`: the strongest of the
    /// matching rules (a tool glob that does not compile never matches).
    pub fn requirement(&self, request: &ActionRequest, threat: ThreatLevel) -> ApprovalDecision {
        let mut best = ApprovalDecision { requirement: Requirement::None, rules: Vec::new() };
        for rule in &self.rules {
            let w = &rule.when;
            let matches = w.severities.as_ref().is_none_or(|s| s.contains(&request.severity))
                && w.environments.as_ref().is_none_or(|e| e.contains(&request.environment))
                && w.min_threat_level.is_none_or(|t| threat >= t)
                && w.tools
                    .as_ref()
                    .is_none_or(|ts| ts.iter().any(|t| compile_glob(t).is_ok_and(|g| g.compile_matcher().is_match(&request.tool))));
            if !matches {
                continue;
            }
            match rule.require.strength().cmp(&best.requirement.strength()) {
                std::cmp::Ordering::Greater => best = ApprovalDecision { requirement: rule.require.clone(), rules: vec![rule.id.clone()] },
                std::cmp::Ordering::Equal if rule.require.strength() > 0 => {
                    // Two CoE rules: the larger quorum wins.
                    if let (Requirement::Coe { quorum: a, .. }, Requirement::Coe { quorum: b, .. }) = (&rule.require, &best.requirement)
                        && a > b
                    {
                        best.requirement = rule.require.clone();
                    }
                    best.rules.push(rule.id.clone());
                }
                _ => {}
            }
        }
        best
    }
}
