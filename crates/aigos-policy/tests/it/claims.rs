//! Everything in a request is a claim of the agent that signed it: the time
//! comes from the caller, and the policy's severity floors raise a declared
//! severity that is too low.

use aigos_core::{ActionKind, Severity};
use aigos_policy::{Basis, Error, PolicyDocument, PolicyEngine, SeverityFloor, effective_severity};

use crate::{FRIDAY_NOON, req};

const DAY: i64 = 86_400;

fn req_kind(agent: &str, tool: &str, kind: ActionKind) -> aigos_core::ActionRequest {
    let mut r = req(agent, tool, "");
    r.action = kind;
    r
}

fn engine(toml: &str) -> PolicyEngine {
    PolicyEngine::new(&PolicyDocument::from_toml(toml).unwrap()).unwrap()
}

/// A change freeze from Thursday 2027-01-14 to Monday 2027-01-18 (FRIDAY_NOON
/// is inside it), and a lunch-hour window in which deploys are forbidden.
const FREEZE: &str = r#"
[[statements]]
id = "ops"
effect = "permit"
actions = ["deploy.*"]

[[statements]]
id = "freeze"
effect = "forbid"
actions = ["*"]
conditions = { periods = [{ start = "2027-01-14T00:00:00Z", end = "2027-01-18T00:00:00Z" }] }

[[statements]]
id = "no-lunch-deploys"
effect = "forbid"
actions = ["deploy.*"]
conditions = { time_windows = [{ start = "12:00", end = "13:00" }] }
"#;

#[test]
fn a_backdated_timestamp_does_not_escape_a_period_forbid() {
    let e = engine(FREEZE);
    let mut r = req("a", "deploy.rollout", "");
    r.timestamp = FRIDAY_NOON - 30 * DAY - 6 * 3600; // a month earlier, 06:00: outside freeze and lunch
    let d = e.evaluate_at(&r, FRIDAY_NOON + 3 * 3600); // now: Friday 15:00, inside the freeze
    assert!(!d.allowed);
    assert_eq!((d.basis, d.statements.as_slice()), (Basis::Forbid, ["freeze".to_string()].as_slice()));
    // Positive control: the same request when the caller's clock is outside the period.
    let d = e.evaluate_at(&r, FRIDAY_NOON + 10 * DAY + 3 * 3600);
    assert!(d.allowed, "{d:?}");
    assert_eq!(d.statements, ["ops"]);
    // Nor does a timestamp inside the period forbid anything once it is over.
    r.timestamp = FRIDAY_NOON + 3 * 3600;
    assert!(e.evaluate_at(&r, FRIDAY_NOON + 10 * DAY + 3 * 3600).allowed);
}

#[test]
fn a_backdated_timestamp_does_not_escape_a_time_window_forbid() {
    let e = engine(FREEZE);
    let after_freeze = FRIDAY_NOON + 10 * DAY; // Monday 12:00, inside the lunch window
    let mut r = req("a", "deploy.rollout", "");
    r.timestamp = after_freeze + 3 * 3600; // claims 15:00
    let d = e.evaluate_at(&r, after_freeze + 30 * 60);
    assert_eq!(d.statements, ["no-lunch-deploys"]);
    assert!(!d.allowed);
    assert!(e.evaluate_at(&r, after_freeze + 3 * 3600).allowed, "positive control: 15:00 by the caller's clock");
}

const FLOORS: &str = r#"
[[statements]]
id = "routine"
effect = "permit"
actions = ["*"]
conditions = { severities = ["LOW", "MEDIUM"] }

[[statements]]
id = "no-critical-in-prod-hours"
effect = "forbid"
actions = ["*"]
conditions = { severities = ["CRITICAL", "EMERGENCY"], environments = ["production"] }

[[severity_floors]]
id = "secrets-high"
tools = ["secrets.*"]
severity = "HIGH"

[[severity_floors]]
id = "rotation-critical"
actions = ["secret_rotation"]
severity = "CRITICAL"

[[severity_floors]]
id = "vault-rotation-emergency"
tools = ["vault.{rotate,revoke}"]
actions = ["emergency_response"]
severity = "EMERGENCY"
"#;

#[test]
fn severity_floors_pick_the_highest_match_by_tool_and_action_kind() {
    let e = engine(FLOORS);
    let mut r = req("a", "secrets.rotate", "");
    assert_eq!(r.severity, Severity::Low, "the agent declares LOW");
    assert_eq!(e.severity_floor(&r), Some((Severity::High, "secrets-high")));
    r.action = ActionKind::SecretRotation;
    assert_eq!(e.severity_floor(&r), Some((Severity::Critical, "rotation-critical")), "the higher of two matching floors");
    r.tool = "vault.rotate".into();
    assert_eq!(e.severity_floor(&r), Some((Severity::Emergency, "vault-rotation-emergency")));
    r.action = ActionKind::ToolCall;
    assert_eq!(
        e.severity_floor(&r),
        Some((Severity::Emergency, "vault-rotation-emergency")),
        "vault.rotate relabelled a plain tool call: the tool still matches (tools OR actions)"
    );
    assert_eq!(
        e.severity_floor(&req_kind("a", "web.get", ActionKind::SecretRotation)),
        Some((Severity::Critical, "rotation-critical")),
        "an action kind alone applies a floor too"
    );
    r.severity = Severity::Emergency;
    r.action = ActionKind::SecretRotation;
    assert_eq!(e.severity_floor(&r).map(|f| f.1), Some("vault-rotation-emergency"), "the declared severity plays no part");
    assert_eq!(e.severity_floor(&req("a", "web.get", "")), None, "no floor for other tools");

    assert_eq!(effective_severity(Severity::Low, e.severity_floor(&req("a", "secrets.read", "")).map(|f| f.0)), Severity::High);
    assert_eq!(effective_severity(Severity::Emergency, Some(Severity::High)), Severity::Emergency, "a floor never lowers");
    assert_eq!(effective_severity(Severity::Medium, None), Severity::Medium);
}

#[test]
fn severity_conditions_match_the_effective_severity() {
    let e = engine(FLOORS);
    assert!(e.evaluate_at(&req("a", "web.get", ""), FRIDAY_NOON).allowed, "positive control: LOW and no floor");
    let d = e.evaluate_at(&req("a", "secrets.read", ""), FRIDAY_NOON);
    assert!(!d.allowed, "declared LOW, floor HIGH: the LOW/MEDIUM permit does not apply");
    assert_eq!(d.basis, Basis::DefaultDeny);
    let mut r = req("a", "secrets.rotate", "");
    r.action = ActionKind::SecretRotation;
    r.environment = aigos_core::Environment::Production;
    assert_eq!(e.evaluate_at(&r, FRIDAY_NOON).statements, ["no-critical-in-prod-hours"], "declared LOW, effective CRITICAL");
}

fn load_error(text: &str) -> String {
    match PolicyDocument::parse(text).unwrap_err() {
        e @ Error::Load { .. } => {
            assert_eq!(e.code(), "POLICY_INVALID");
            e.to_string()
        }
        other => panic!("{other}"),
    }
}

#[test]
fn bad_severity_floors_are_load_errors_naming_the_floor() {
    let floor = |body: &str| format!("[[statements]]\nid = \"s\"\neffect = \"permit\"\nactions = [\"t\"]\n\n[[severity_floors]]\n{body}\n");
    let msg = load_error(&floor("id = \"typo\"\ntools = [\"ok.*\", \"secrets.[rotate\"]\nseverity = \"CRITICAL\""));
    assert!(msg.contains("typo") && msg.contains("secrets.[rotate"), "{msg}");
    assert!(msg.starts_with("policy at 7:6:"), "located at the floor's id: {msg}");
    assert!(load_error(&floor("id = \"neither\"\nseverity = \"HIGH\"")).contains("neither"));
    assert!(load_error(&floor("id = \"empty\"\ntools = []\nseverity = \"HIGH\"")).contains("empty"));
    assert!(load_error(&floor("id = \"empty\"\nactions = []\nseverity = \"HIGH\"")).contains("empty"));
    assert!(load_error(&floor("id = \"\"\ntools = [\"t\"]\nseverity = \"HIGH\"")).contains("id"));
    let msg = load_error(&floor("id = \"k\"\nactions = [\"secret_rotate\"]\nseverity = \"HIGH\""));
    assert!(msg.contains("secret_rotate"), "unknown action kind: {msg}");
    let msg = load_error(&floor("id = \"k\"\ntools = [\"t\"]\nseverity = \"HIGH\"\nseverities = [\"LOW\"]"));
    assert!(msg.contains("severities"), "unknown field: {msg}");
    let twice = floor(
        "id = \"d\"\ntools = [\"t\"]\nseverity = \"HIGH\"\n\n[[severity_floors]]\nid = \"d\"\nactions = [\"spawn\"]\nseverity = \"LOW\"",
    );
    assert!(load_error(&twice).contains("duplicate severity floor id \"d\""));
    // A floor may share an id with a statement (they are different lists).
    assert!(PolicyDocument::parse(&floor("id = \"s\"\ntools = [\"t\"]\nseverity = \"HIGH\"")).is_ok(), "positive control");

    // A document built in code is validated by the engine too.
    let mut doc = PolicyDocument::default();
    doc.severity_floors.push(SeverityFloor {
        id: "built".into(),
        tools: Some(vec!["a.{b".into()]),
        actions: None,
        severity: Severity::High,
    });
    let err = PolicyEngine::new(&doc).unwrap_err();
    assert!(err.to_string().contains("built"), "{err}");
}

#[test]
fn severity_floors_round_trip_as_json_and_toml() {
    let doc = PolicyDocument::from_toml(FLOORS).unwrap();
    assert_eq!(doc.severity_floors.len(), 3);
    assert_eq!(doc.severity_floors[1].actions, Some([ActionKind::SecretRotation].into()));
    let json = serde_json::to_string(&doc).unwrap();
    assert!(json.contains("\"secret_rotation\"") && json.contains("\"severity\":\"CRITICAL\""), "{json}");
    assert_eq!(PolicyDocument::from_json(&json).unwrap(), doc);
    assert_eq!(PolicyDocument::from_toml(&toml::to_string(&doc).unwrap()).unwrap(), doc);
    let without = PolicyDocument::from_toml("[[statements]]\nid = \"s\"\neffect = \"permit\"\nactions = [\"t\"]\n").unwrap();
    assert!(!serde_json::to_string(&without).unwrap().contains("severity_floors"), "omitted when empty");
}

#[test]
fn error_codes_are_stable() {
    let spawn = Error::Spawn { code: "PRIVILEGE_ESCALATION", message: "x".into() };
    let cases = [
        (Error::Load { location: None, message: "x".into() }, "POLICY_INVALID"),
        (Error::Bundle("x".into()), "BUNDLE_REJECTED"),
        (spawn, "PRIVILEGE_ESCALATION"),
        (Error::Budget("x".into()), "BUDGET_REFUSED"),
        (Error::Payload("x".into()), "PAYLOAD_REJECTED"),
        (Error::ApprovalRule { rule: "r".into(), message: "x".into() }, "APPROVAL_RULE_INVALID"),
    ];
    for (e, code) in cases {
        assert_eq!(e.code(), code, "{e}");
    }
}
