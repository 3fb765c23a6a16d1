//! Approval rules: validated and compiled when built, matched on the
//! caller's effective severity (never on the request's claim), on tools and
//! on action kinds.

use aigos_core::{ActionKind, Environment, Severity, ThreatLevel};
use aigos_policy::{ApprovalMatch, ApprovalRule, ApprovalRules, Error, Requirement};

use crate::req;

fn rule(id: &str, when: ApprovalMatch, require: Requirement) -> ApprovalRule {
    ApprovalRule { id: id.into(), when, require }
}

fn refused(rules: Vec<ApprovalRule>) -> (String, String) {
    let e = ApprovalRules::new(rules).unwrap_err();
    assert_eq!(e.code(), "APPROVAL_RULE_INVALID");
    match e {
        Error::ApprovalRule { rule, message } => (rule, message),
        other => panic!("{other}"),
    }
}

#[test]
fn defaults_critical_mfa_emergency_coe() {
    let rules = ApprovalRules::default();
    let r = req("a", "t", "");
    assert_eq!(rules.requirement(&r, Severity::Low, ThreatLevel::Minimal).requirement, Requirement::None);
    assert_eq!(rules.requirement(&r, Severity::High, ThreatLevel::High).requirement, Requirement::None);
    assert_eq!(rules.requirement(&r, Severity::Critical, ThreatLevel::Minimal).requirement, Requirement::Mfa);
    let d = rules.requirement(&r, Severity::Emergency, ThreatLevel::Minimal);
    assert_eq!(d.requirement, Requirement::Coe { quorum: 2, of: 3, group: "experts".into() });
    assert_eq!(d.rules, ["default-emergency-coe"]);
    assert_eq!(ApprovalRules::new(rules.rules().to_vec()).unwrap(), rules, "the defaults pass validation");
}

#[test]
fn the_requests_declared_severity_is_not_read() {
    let rules = ApprovalRules::default();
    let mut r = req("a", "secrets.rotate", "");
    r.severity = Severity::Low;
    assert_eq!(
        rules.requirement(&r, Severity::Critical, ThreatLevel::Minimal).requirement,
        Requirement::Mfa,
        "declared LOW, effective CRITICAL: MFA"
    );
    r.severity = Severity::Emergency;
    assert_eq!(
        rules.requirement(&r, Severity::Low, ThreatLevel::Minimal).requirement,
        Requirement::None,
        "only the effective severity counts"
    );
}

#[test]
fn strongest_matching_rule_wins() {
    let mut list = ApprovalRules::default().rules().to_vec();
    list.push(rule(
        "prod-secrets",
        ApprovalMatch { environments: Some([Environment::Production].into()), tools: Some(vec!["secret.*".into()]), ..Default::default() },
        Requirement::Mfa,
    ));
    list.push(rule(
        "critical-threat",
        ApprovalMatch { min_threat_level: Some(ThreatLevel::Critical), ..Default::default() },
        Requirement::Coe { quorum: 3, of: 5, group: "sec".into() },
    ));
    let rules = ApprovalRules::new(list).unwrap();
    let mut r = req("a", "secret.rotate", "");
    r.environment = Environment::Production;
    assert_eq!(rules.requirement(&r, Severity::Low, ThreatLevel::Low).rules, ["prod-secrets"]);
    assert_eq!(
        rules.requirement(&r, Severity::Low, ThreatLevel::Critical).requirement,
        Requirement::Coe { quorum: 3, of: 5, group: "sec".into() }
    );
    r.environment = Environment::Staging;
    assert_eq!(rules.requirement(&r, Severity::Low, ThreatLevel::Low).requirement, Requirement::None);
    let json = serde_json::to_string(&rules).unwrap();
    assert!(json.starts_with('['), "the wire form is the list of rules: {json}");
    assert_eq!(serde_json::from_str::<ApprovalRules>(&json).unwrap(), rules);
}

#[test]
fn rules_match_action_kinds_and_tools_together() {
    let rules = ApprovalRules::new(vec![rule(
        "rotations-of-prod-keys",
        ApprovalMatch {
            tools: Some(vec!["vault.{rotate,revoke}".into(), "kms.*".into()]),
            actions: Some([ActionKind::SecretRotation].into()),
            ..Default::default()
        },
        Requirement::Mfa,
    )])
    .unwrap();
    let mut r = req("a", "vault.rotate", "");
    r.action = ActionKind::SecretRotation;
    assert_eq!(rules.requirement(&r, Severity::Low, ThreatLevel::Minimal).rules, ["rotations-of-prod-keys"], "positive control");
    r.tool = "kms.rotate-key".into();
    assert_eq!(rules.requirement(&r, Severity::Low, ThreatLevel::Minimal).requirement, Requirement::Mfa, "second glob");
    r.action = ActionKind::ToolCall;
    assert_eq!(rules.requirement(&r, Severity::Low, ThreatLevel::Minimal).requirement, Requirement::None, "other action kind");
    r.action = ActionKind::SecretRotation;
    r.tool = "vault.read".into();
    assert_eq!(rules.requirement(&r, Severity::Low, ThreatLevel::Minimal).requirement, Requirement::None, "other tool");

    let json = r#"[{"id": "spawns", "when": {"actions": ["spawn"]}, "require": {"type": "mfa"}}]"#;
    let rules: ApprovalRules = serde_json::from_str(json).unwrap();
    let mut r = req("a", "agent.spawn", "");
    r.action = ActionKind::Spawn;
    assert_eq!(rules.requirement(&r, Severity::Low, ThreatLevel::Minimal).requirement, Requirement::Mfa);
}

#[test]
fn invalid_rules_are_refused_when_built_naming_the_rule() {
    let mfa = Requirement::Mfa;
    let tools = |t: &str| ApprovalMatch { tools: Some(vec!["ok.*".into(), t.into()]), ..Default::default() };

    let (id, msg) = refused(vec![rule("typo", tools("secrets.[rotate"), mfa.clone())]);
    assert_eq!(id, "typo");
    assert!(msg.contains("secrets.[rotate"), "{msg}");
    assert!(ApprovalRules::new(vec![rule("fine", tools("secrets.[rotate]"), mfa.clone())]).is_ok(), "positive control");

    let coe = |quorum, of| Requirement::Coe { quorum, of, group: "experts".into() };
    assert_eq!(refused(vec![rule("q0", ApprovalMatch::default(), coe(0, 3))]).0, "q0");
    let (id, msg) = refused(vec![rule("q4of3", ApprovalMatch::default(), coe(4, 3))]);
    assert_eq!(id, "q4of3");
    assert!(msg.contains("quorum"), "{msg}");
    assert!(ApprovalRules::new(vec![rule("q3of3", ApprovalMatch::default(), coe(3, 3))]).is_ok(), "positive control");
    let nameless = Requirement::Coe { quorum: 1, of: 1, group: String::new() };
    assert_eq!(refused(vec![rule("nameless", ApprovalMatch::default(), nameless)]).0, "nameless");

    let (id, msg) = refused(vec![rule("", ApprovalMatch::default(), mfa.clone())]);
    assert_eq!(id, "");
    assert!(msg.contains("id"), "{msg}");
    let (id, msg) =
        refused(vec![rule("twice", ApprovalMatch::default(), mfa.clone()), rule("twice", ApprovalMatch::default(), mfa.clone())]);
    assert_eq!(id, "twice");
    assert!(msg.contains("duplicate"), "{msg}");

    let never = ApprovalMatch { tools: Some(Vec::new()), ..Default::default() };
    assert!(refused(vec![rule("never", never, mfa.clone())]).1.contains("tools"));
    let never = ApprovalMatch { actions: Some([].into()), ..Default::default() };
    assert!(refused(vec![rule("never", never, mfa.clone())]).1.contains("actions"));
    let never = ApprovalMatch { severities: Some([].into()), ..Default::default() };
    assert!(refused(vec![rule("never", never, mfa)]).1.contains("severities"));

    assert!(ApprovalRules::new(Vec::new()).unwrap().rules().is_empty(), "no rules is a valid (empty) set");
}

#[test]
fn deserialization_compiles_and_validates_too() {
    let bad = r#"[{"id": "typo", "when": {"tools": ["secrets.{rotate"]}, "require": {"type": "mfa"}}]"#;
    let err = serde_json::from_str::<ApprovalRules>(bad).unwrap_err().to_string();
    assert!(err.contains("typo"), "{err}");
    let bad = r#"[{"id": "q", "require": {"type": "coe", "quorum": 5, "of": 3, "group": "x"}}]"#;
    assert!(serde_json::from_str::<ApprovalRules>(bad).unwrap_err().to_string().contains("quorum"));
    let unknown = r#"[{"id": "u", "when": {"tool": ["x"]}, "require": {"type": "mfa"}}]"#;
    assert!(serde_json::from_str::<ApprovalRules>(unknown).is_err(), "unknown fields refused");
    let good = r#"[{"id": "ok", "when": {"tools": ["secrets.*"]}, "require": {"type": "mfa"}}]"#;
    let rules: ApprovalRules = serde_json::from_str(good).unwrap();
    assert_eq!(rules.rules()[0].id, "ok");
}
