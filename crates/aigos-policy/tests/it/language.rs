//! The policy language: semantics, conditions, loading errors, warnings.

use aigos_core::{ActionRequest, AgentId, CostUsd, Environment, InstanceId, Lineage, Severity};
use aigos_policy::{Basis, Error, PolicyDocument, PolicyEngine, Weekday};

use crate::{FRIDAY_NOON, req};

fn engine(toml: &str) -> PolicyEngine {
    PolicyEngine::new(&PolicyDocument::from_toml(toml).unwrap()).unwrap()
}

const BASE: &str = r#"
[groups]
deployers = ["deploy-bot", "release-bot"]

[[statements]]
id = "deploy"
effect = "permit"
principals = ["group:deployers"]
actions = ["deploy.*", "config.update"]
resources = ["svc/*"]

[[statements]]
id = "no-payments"
effect = "forbid"
actions = ["*"]
resources = ["svc/payments*"]
"#;

#[test]
fn default_deny_forbid_beats_permit_and_decisions_name_statements() {
    let e = engine(BASE);
    let d = e.evaluate_at(&req("deploy-bot", "deploy.rollout", "svc/web"), FRIDAY_NOON);
    assert!(d.allowed);
    assert_eq!((d.basis, d.statements.as_slice()), (Basis::Permit, ["deploy".to_string()].as_slice()));
    let d = e.evaluate_at(&req("deploy-bot", "deploy.rollout", "svc/payments-api"), FRIDAY_NOON);
    assert!(!d.allowed, "forbid beats the matching permit");
    assert_eq!((d.basis, d.statements.as_slice()), (Basis::Forbid, ["no-payments".to_string()].as_slice()));
    assert!(d.reason().contains("no-payments"));
    for (agent, tool, res) in
        [("other-bot", "deploy.rollout", "svc/web"), ("deploy-bot", "db.drop", "svc/web"), ("deploy-bot", "deploy.rollout", "db/main")]
    {
        let d = e.evaluate_at(&req(agent, tool, res), FRIDAY_NOON);
        assert!(!d.allowed && d.basis == Basis::DefaultDeny && d.statements.is_empty(), "{agent} {tool} {res}");
    }
    assert!(
        !PolicyEngine::new(&PolicyDocument::default()).unwrap().evaluate_at(&req("a", "t", "r"), FRIDAY_NOON).allowed,
        "empty policy denies"
    );
}

#[test]
fn conditions_all_must_hold() {
    let e = engine(
        r#"
[[statements]]
id = "guarded"
effect = "permit"
actions = ["t"]
[statements.conditions]
environments = ["staging"]
severities = ["LOW", "MEDIUM"]
max_cost_usd = 5.0
max_lineage_depth = 1
time_windows = [{ days = ["mon", "tue", "wed", "thu", "fri"], start = "08:00", end = "18:00" }]
"#,
    );
    let ok = req("a", "t", "");
    assert!(e.evaluate_at(&ok, FRIDAY_NOON).allowed, "positive control");
    let mut r = ok.clone();
    r.environment = Environment::Production;
    assert!(!e.evaluate_at(&r, FRIDAY_NOON).allowed, "environment");
    let mut r = ok.clone();
    r.severity = Severity::High;
    assert!(!e.evaluate_at(&r, FRIDAY_NOON).allowed, "severity");
    let mut r = ok.clone();
    r.estimated_cost_usd = Some(CostUsd::new(5.01).unwrap());
    assert!(!e.evaluate_at(&r, FRIDAY_NOON).allowed, "cost above ceiling");
    let mut r = ok.clone();
    r.estimated_cost_usd = None;
    assert!(!e.evaluate_at(&r, FRIDAY_NOON).allowed, "unknown cost fails a ceiling");
    assert!(!e.evaluate_at(&ok, FRIDAY_NOON + 7 * 3600).allowed, "19:00 is outside the window");
    assert!(!e.evaluate_at(&ok, FRIDAY_NOON + 86_400).allowed, "Saturday");
    let mut r = ok.clone();
    let root = Lineage::root(InstanceId::new("r").unwrap());
    r.lineage = root.child(InstanceId::new("r").unwrap()).unwrap().child(InstanceId::new("c").unwrap()).unwrap();
    assert!(!e.evaluate_at(&r, FRIDAY_NOON).allowed, "depth 2 above 1");
}

#[test]
fn windows_wrap_midnight_and_weekday_is_of_the_start() {
    assert_eq!(Weekday::of_unix(FRIDAY_NOON), Weekday::Fri);
    let e = engine(
        r#"
[[statements]]
id = "night"
effect = "permit"
actions = ["backup"]
conditions = { time_windows = [{ days = ["fri"], start = "22:00", end = "02:00" }] }
"#,
    );
    let r = req("a", "backup", "");
    let at = |offset: i64| e.evaluate_at(&r, FRIDAY_NOON + offset).allowed;
    assert!(at(11 * 3600), "Friday 23:00");
    assert!(at(13 * 3600), "Saturday 01:00 belongs to Friday's window");
    assert!(!at(15 * 3600), "Saturday 03:00");
    assert!(!at(0), "Friday noon");
    assert!(!at(-86_400 + 11 * 3600), "Thursday 23:00");
}

#[test]
fn json_form_is_equivalent() {
    let toml_doc = PolicyDocument::from_toml(BASE).unwrap();
    let json = serde_json::to_string_pretty(&toml_doc).unwrap();
    let json_doc = PolicyDocument::from_json(&json).unwrap();
    assert_eq!(json_doc, toml_doc);
    assert_eq!(PolicyDocument::parse(&json).unwrap(), toml_doc);
}

fn load_error(text: &str) -> (Option<(usize, usize)>, String) {
    match PolicyDocument::parse(text).unwrap_err() {
        Error::Load { location, message } => (location.map(|l| (l.line, l.column)), message),
        other => panic!("{other}"),
    }
}

#[test]
fn loading_errors_carry_line_and_column() {
    let (loc, msg) = load_error("[[statements]]\nid = \"a\"\neffect = \"permit\"\nactions = [\"t\"]\nprincipal = [\"x\"]\n");
    assert_eq!(loc.map(|l| l.0), Some(5), "{msg}");
    assert!(msg.contains("principal"), "{msg}");

    let (loc, msg) = load_error(
        "[[statements]]\nid = \"a\"\neffect = \"permit\"\nactions = [\"t\"]\n\n[[statements]]\nid = \"a\"\neffect = \"forbid\"\nactions = [\"u\"]\n",
    );
    assert_eq!(loc, Some((7, 6)), "{msg}");
    assert!(msg.contains("duplicate"), "{msg}");

    let (loc, msg) = load_error("[[statements]]\nid = \"g\"\neffect = \"permit\"\nactions = [\"config.[abc\"]\n");
    assert_eq!(loc, Some((2, 6)), "{msg}");
    assert!(msg.contains("bad glob"), "{msg}");

    let (_, msg) = load_error("[[statements]]\nid = \"g\"\neffect = \"permit\"\nactions = [\"t\"]\nprincipals = [\"group:nobody\"]\n");
    assert!(msg.contains("unknown group"), "{msg}");
    let (_, msg) = load_error(
        "[[statements]]\nid = \"w\"\neffect = \"permit\"\nactions = [\"t\"]\nconditions = { time_windows = [{ start = \"25:00\", end = \"01:00\" }] }\n",
    );
    assert!(msg.contains("time"), "{msg}");
    let (_, msg) = load_error("[[statements]]\nid = \"e\"\neffect = \"allow\"\nactions = [\"t\"]\n");
    assert!(msg.contains("allow") || msg.contains("variant"), "{msg}");
    let (loc, _) = load_error("{\"statements\": [{\"id\": \"j\", \"effect\": \"permit\", \"actions\": [\"t\"], \"bogus\": 1}]}");
    assert_eq!(loc.map(|l| l.0), Some(1));
    let (_, msg) = load_error("[[statements]]\nid = \"n\"\neffect = \"permit\"\nactions = []\n");
    assert!(msg.contains("must not be empty"), "{msg}");
}

#[test]
fn check_warns_about_shadowed_permits() {
    let doc = PolicyDocument::from_toml(
        r#"
[[statements]]
id = "dead"
effect = "permit"
principals = ["a"]
actions = ["db.read"]
resources = ["db/main"]

[[statements]]
id = "alive"
effect = "permit"
actions = ["web.*"]

[[statements]]
id = "no-db"
effect = "forbid"
actions = ["db.*"]
"#,
    )
    .unwrap();
    let warnings = doc.check(None);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].statement, "dead");
    assert!(warnings[0].message.contains("no-db"));
    // A conditional forbid does not shadow.
    let doc = PolicyDocument::from_toml(
        "[[statements]]\nid = \"p\"\neffect = \"permit\"\nactions = [\"db.read\"]\n\n[[statements]]\nid = \"f\"\neffect = \"forbid\"\nactions = [\"db.*\"]\nconditions = { environments = [\"production\"] }\n",
    )
    .unwrap();
    assert!(doc.check(None).is_empty());
}

#[test]
fn index_finds_globs_exacts_and_stars_together() {
    let mut toml = String::new();
    for i in 0..500 {
        toml.push_str(&format!("[[statements]]\nid = \"e{i}\"\neffect = \"permit\"\nactions = [\"tool{i}\"]\n\n"));
        toml.push_str(&format!("[[statements]]\nid = \"g{i}\"\neffect = \"permit\"\nactions = [\"ns{i}.*\"]\n\n"));
    }
    toml.push_str("[[statements]]\nid = \"star-forbid\"\neffect = \"forbid\"\nactions = [\"*\"]\nprincipals = [\"mallory\"]\n");
    let e = engine(&toml);
    assert_eq!(e.len(), 1001);
    assert_eq!(e.evaluate_at(&req("a", "tool42", ""), FRIDAY_NOON).statements, ["e42"]);
    assert_eq!(e.evaluate_at(&req("a", "ns7.run", ""), FRIDAY_NOON).statements, ["g7"]);
    assert!(!e.evaluate_at(&req("a", "ns7", ""), FRIDAY_NOON).allowed);
    assert_eq!(e.evaluate_at(&req("mallory", "tool42", ""), FRIDAY_NOON).statements, ["star-forbid"]);
    let _ = ActionRequest::builder(AgentId::new("x").unwrap(), "y");
}
