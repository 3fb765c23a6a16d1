//! Approval rules.

use aigos_core::{Environment, Severity, ThreatLevel};
use aigos_policy::{ApprovalMatch, ApprovalRule, ApprovalRules, Requirement};

use crate::req;

#[test]
fn defaults_critical_mfa_emergency_coe() {
    let rules = ApprovalRules::default();
    let mut r = req("a", "t", "");
    assert_eq!(rules.requirement(&r, ThreatLevel::Minimal).requirement, Requirement::None);
    r.severity = Severity::High;
    assert_eq!(rules.requirement(&r, ThreatLevel::High).requirement, Requirement::None);
    r.severity = Severity::Critical;
    assert_eq!(rules.requirement(&r, ThreatLevel::Minimal).requirement, Requirement::Mfa);
    r.severity = Severity::Emergency;
    let d = rules.requirement(&r, ThreatLevel::Minimal);
    assert_eq!(d.requirement, Requirement::Coe { quorum: 2, of: 3, group: "experts".into() });
    assert_eq!(d.rules, ["default-emergency-coe"]);
}

#[test]
fn strongest_matching_rule_wins() {
    let mut rules = ApprovalRules::default();
    rules.rules.push(ApprovalRule {
        id: "prod-secrets".into(),
        when: ApprovalMatch {
            environments: Some([Environment::Production].into()),
            tools: Some(vec!["secret.*".into()]),
            ..Default::default()
        },
        require: Requirement::Mfa,
    });
    rules.rules.push(ApprovalRule {
        id: "critical-threat".into(),
        when: ApprovalMatch { min_threat_level: Some(ThreatLevel::Critical), ..Default::default() },
        require: Requirement::Coe { quorum: 3, of: 5, group: "sec".into() },
    });
    let mut r = req("a", "secret.rotate", "");
    r.environment = Environment::Production;
    assert_eq!(rules.requirement(&r, ThreatLevel::Low).rules, ["prod-secrets"]);
    assert_eq!(rules.requirement(&r, ThreatLevel::Critical).requirement, Requirement::Coe { quorum: 3, of: 5, group: "sec".into() });
    r.environment = Environment::Staging;
    assert_eq!(rules.requirement(&r, ThreatLevel::Low).requirement, Requirement::None);
    let json = serde_json::to_string(&rules).unwrap();
    assert_eq!(serde_json::from_str::<ApprovalRules>(&json).unwrap(), rules);
}
