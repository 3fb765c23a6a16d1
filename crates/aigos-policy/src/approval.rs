//! Approval rules: which actions need a second factor or a coalition of
//! experts. The policy decides; the facade verifies the approvals.
//!
//! Rules are validated and their tool globs compiled when the set is built
//! ([`ApprovalRules::new`], or deserialization, which goes through it): a
//! misspelled glob is a load error naming the rule, never a rule that
//! silently matches nothing.

use std::collections::{BTreeSet, HashSet};

use aigos_core::{ActionKind, ActionRequest, Environment, Severity, ThreatLevel};
use globset::GlobMatcher;
use serde::{Deserialize, Serialize, Serializer};

use crate::engine::compile_glob;
use crate::error::Error;

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

/// When a rule applies: every given field must match; a given list must not
/// be empty (an empty list would never match, so it is refused when the rules
/// are built).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalMatch {
    /// Effective severities (the higher of the declared severity and the
    /// policy's floor, as computed by the caller).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severities: Option<BTreeSet<Severity>>,
    /// Environments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environments: Option<BTreeSet<Environment>>,
    /// Tool names or globs (compiled like policy actions); any may match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<String>>,
    /// Action kinds (`tool_call`, `secret_rotation`, ...); any may match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<BTreeSet<ActionKind>>,
    /// Threat level at or above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_threat_level: Option<ThreatLevel>,
}

/// One approval rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalRule {
    /// Rule id (1 to 128 bytes, unique in its set), named in outcomes.
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

/// A validated set of approval rules, with their tool globs compiled.
///
/// Build it with [`ApprovalRules::new`] (or [`TryFrom`], or deserialize it:
/// the wire form is the JSON/TOML list of [`ApprovalRule`]s, validated the
/// same way). [`Default`] is the two default rules: CRITICAL needs MFA,
/// EMERGENCY needs a coalition of experts, 2 of 3.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "Vec<ApprovalRule>")]
pub struct ApprovalRules {
    rules: Vec<ApprovalRule>,
    /// Parallel to `rules`: the compiled `when.tools`, if given.
    tools: Vec<Option<Vec<GlobMatcher>>>,
}

impl PartialEq for ApprovalRules {
    /// Equal when the rules are (the compiled matchers follow from them).
    fn eq(&self, other: &Self) -> bool {
        self.rules == other.rules
    }
}

impl Serialize for ApprovalRules {
    /// The list of rules, as [`Deserialize`] reads it.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.rules.serialize(serializer)
    }
}

impl Default for ApprovalRules {
    /// CRITICAL needs MFA; EMERGENCY needs a coalition of experts, 2 of 3.
    fn default() -> Self {
        let rules = vec![
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
        ];
        // Neither default rule names tools, so there is nothing to compile.
        let tools = vec![None; rules.len()];
        ApprovalRules { rules, tools }
    }
}

impl TryFrom<Vec<ApprovalRule>> for ApprovalRules {
    type Error = Error;

    fn try_from(rules: Vec<ApprovalRule>) -> Result<Self, Error> {
        ApprovalRules::new(rules)
    }
}

fn invalid(rule: &str, message: impl Into<String>) -> Error {
    Error::ApprovalRule { rule: rule.to_string(), message: message.into() }
}

/// Checks one rule and compiles its tool globs.
fn compile_rule(rule: &ApprovalRule) -> Result<Option<Vec<GlobMatcher>>, Error> {
    let id = rule.id.as_str();
    if id.is_empty() || id.len() > 128 {
        return Err(invalid(id, "id must be 1 to 128 bytes"));
    }
    match &rule.require {
        Requirement::Coe { quorum, of, group } => {
            if *quorum == 0 {
                return Err(invalid(id, "quorum must be at least 1"));
            }
            if quorum > of {
                return Err(invalid(id, format!("quorum {quorum} is larger than the group size {of}")));
            }
            if group.is_empty() {
                return Err(invalid(id, "the expert group must be named"));
            }
        }
        Requirement::None | Requirement::Mfa => {}
    }
    let w = &rule.when;
    let empty = [
        ("severities", w.severities.as_ref().is_some_and(BTreeSet::is_empty)),
        ("environments", w.environments.as_ref().is_some_and(BTreeSet::is_empty)),
        ("tools", w.tools.as_ref().is_some_and(Vec::is_empty)),
        ("actions", w.actions.as_ref().is_some_and(BTreeSet::is_empty)),
    ];
    if let Some((field, _)) = empty.iter().find(|(_, e)| *e) {
        return Err(invalid(id, format!("{field} is empty, so the rule would never apply (omit it to match any)")));
    }
    w.tools
        .as_ref()
        .map(|ts| {
            ts.iter()
                .map(|t| compile_glob(t).map(|g| g.compile_matcher()).map_err(|e| invalid(id, format!("bad tool glob {t:?}: {e}"))))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()
}

impl ApprovalRules {
    /// Validates `rules` and compiles their tool globs.
    ///
    /// # Errors
    /// [`Error::ApprovalRule`] naming the first offending rule: an id that is
    /// empty, longer than 128 bytes or a duplicate; a tool glob that does not
    /// compile; a coalition with quorum 0, a quorum above its group size `of`,
    /// or no group name; a `when` list given but empty.
    pub fn new(rules: Vec<ApprovalRule>) -> Result<ApprovalRules, Error> {
        let mut seen = HashSet::new();
        let mut tools = Vec::with_capacity(rules.len());
        for rule in &rules {
            if !seen.insert(rule.id.as_str()) {
                return Err(invalid(&rule.id, "duplicate rule id"));
            }
            tools.push(compile_rule(rule)?);
        }
        Ok(ApprovalRules { rules, tools })
    }

    /// The rules, in order.
    pub fn rules(&self) -> &[ApprovalRule] {
        &self.rules
    }

    /// The requirement for `request` at effective `severity` and `threat`:
    /// the strongest of the matching rules (between two coalitions, the larger
    /// quorum), naming every matching rule of that strength.
    ///
    /// `severity` is the effective severity that the caller computed, the
    /// higher of the declared severity and the policy's floor (see
    /// [`effective_severity`](crate::effective_severity) and
    /// [`PolicyEngine::severity_floor`](crate::PolicyEngine::severity_floor));
    /// `request.severity`, a claim of the agent, is not read.
    pub fn requirement(&self, request: &ActionRequest, severity: Severity, threat: ThreatLevel) -> ApprovalDecision {
        let mut best = ApprovalDecision { requirement: Requirement::None, rules: Vec::new() };
        for (rule, tools) in self.rules.iter().zip(&self.tools) {
            let w = &rule.when;
            let matches = w.severities.as_ref().is_none_or(|s| s.contains(&severity))
                && w.environments.as_ref().is_none_or(|e| e.contains(&request.environment))
                && w.actions.as_ref().is_none_or(|a| a.contains(&request.action))
                && w.min_threat_level.is_none_or(|t| threat >= t)
                && tools.as_ref().is_none_or(|ts| ts.iter().any(|g| g.is_match(&request.tool)));
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
