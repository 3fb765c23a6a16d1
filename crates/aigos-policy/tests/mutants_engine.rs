//! Policy engine rules that mutation testing (`cargo xtask mutants`) found
//! untested: every condition of a statement must hold on its own (one
//! failing condition denies, whichever it is), ceilings are inclusive,
//! periods end exclusively, resource sets mix exact names and globs, the
//! first of equal severity floors is named, and the engine's time range is
//! exactly +-(2^53 - 1) s. Each attack comes with its positive control.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    unreachable_pub,
    reason = "tests"
)]

use aigos_core::{ActionKind, ActionRequest, AgentId, CostUsd, Environment, InstanceId, Lineage, Severity};
use aigos_policy::{Basis, Error, PolicyDocument, PolicyEngine};

/// 2027-01-15 (a Friday) 12:00 UTC.
const FRIDAY_NOON: i64 = 1_800_014_400;

fn engine(toml: &str) -> PolicyEngine {
    PolicyEngine::new(&PolicyDocument::from_toml(toml).unwrap()).unwrap()
}

fn req(agent: &str, tool: &str, resource: &str) -> ActionRequest {
    ActionRequest::builder(AgentId::new(agent).unwrap(), tool)
        .resource(resource)
        .environment(Environment::Staging)
        .severity(Severity::Low)
        .estimated_cost(CostUsd::new(5.0).unwrap())
        .timestamp(FRIDAY_NOON)
        .lineage(Lineage::root(InstanceId::new("r").unwrap()).child(InstanceId::new("c").unwrap()).unwrap())
        .build()
        .unwrap()
}

/// One statement with every condition; the control request meets each one
/// exactly at its limit.
const GUARDED: &str = r#"
[[statements]]
id = "guarded"
effect = "permit"
principals = ["deploy-bot"]
actions = ["web.fetch"]
resources = ["https://api.example.com/*"]
[statements.conditions]
environments = ["staging"]
severities = ["LOW"]
max_cost_usd = 5.0
max_lineage_depth = 1
time_windows = [{ start = "08:00", end = "18:00" }]
domains = ["https://api.example.com"]
periods = [{ start = "2027-01-15T00:00:00Z", end = "2027-01-16T00:00:00Z" }]
"#;

#[test]
fn one_failing_condition_denies_whichever_it_is() {
    let e = engine(GUARDED);
    let ok = req("deploy-bot", "web.fetch", "https://api.example.com/v1");
    let d = e.evaluate_at(&ok, FRIDAY_NOON);
    assert!(d.allowed, "positive control: every condition met, cost and depth at their limits");
    assert_eq!(d.reason(), "permitted by guarded");

    let denied = |what: &str, r: &ActionRequest, now: i64| {
        let d = e.evaluate_at(r, now);
        assert!(!d.allowed && d.basis == Basis::DefaultDeny, "{what}: {d:?}");
    };
    denied("principal", &req("other-bot", "web.fetch", "https://api.example.com/v1"), FRIDAY_NOON);
    denied("resource", &req("deploy-bot", "web.fetch", "https://api.example.org/v1"), FRIDAY_NOON);
    let mut r = ok.clone();
    r.environment = Environment::Production;
    denied("environment", &r, FRIDAY_NOON);
    let mut r = ok.clone();
    r.severity = Severity::Medium;
    denied("severity", &r, FRIDAY_NOON);
    let mut r = ok.clone();
    r.estimated_cost_usd = Some(CostUsd::new(5.01).unwrap());
    denied("cost", &r, FRIDAY_NOON);
    denied("window", &ok, FRIDAY_NOON + 6 * 3600);
    let mut r = ok.clone();
    r.lineage = r.lineage.child(InstanceId::new("g").unwrap()).unwrap();
    denied("depth", &r, FRIDAY_NOON);
    // The resource glob matches, the domain does not (another host in the path).
    let e2 = engine(&GUARDED.replace("resources = [\"https://api.example.com/*\"]", "resources = [\"*\"]"));
    let r = req("deploy-bot", "web.fetch", "https://evil.example/https://api.example.com/");
    assert!(!e2.evaluate_at(&r, FRIDAY_NOON).allowed, "domain");
    assert!(e2.evaluate_at(&ok, FRIDAY_NOON).allowed, "domain: positive control");
    // Friday noon a week later: inside the window, outside the period.
    denied("period", &ok, FRIDAY_NOON + 7 * 86_400);
}

#[test]
fn a_period_ends_exclusively_and_starts_inclusively() {
    let e = engine(GUARDED.replace("time_windows = [{ start = \"08:00\", end = \"18:00\" }]\n", "").as_str());
    let ok = req("deploy-bot", "web.fetch", "https://api.example.com/v1");
    let start = 1_799_971_200; // 2027-01-15T00:00:00Z
    assert!(!e.evaluate_at(&ok, start - 1).allowed, "one second before");
    assert!(e.evaluate_at(&ok, start).allowed, "the start");
    assert!(e.evaluate_at(&ok, start + 86_399).allowed, "the last second");
    assert!(!e.evaluate_at(&ok, start + 86_400).allowed, "the end is exclusive");
}

#[test]
fn resource_sets_mix_exact_names_and_globs() {
    let e = engine(
        r#"
[[statements]]
id = "config"
effect = "permit"
actions = ["config.update"]
resources = ["configmap/web", "secret/app-*"]
"#,
    );
    for res in ["configmap/web", "secret/app-1"] {
        assert!(e.evaluate_at(&req("a", "config.update", res), FRIDAY_NOON).allowed, "{res}");
    }
    for res in ["configmap/db", "secret/db", "configmap/web2"] {
        assert!(!e.evaluate_at(&req("a", "config.update", res), FRIDAY_NOON).allowed, "{res}");
    }
}

#[test]
fn forbid_names_only_forbids_and_reasons_say_so() {
    let e = engine(
        r#"
[[statements]]
id = "p1"
effect = "permit"
actions = ["*"]

[[statements]]
id = "f1"
effect = "forbid"
actions = ["db.*"]

[[statements]]
id = "p2"
effect = "permit"
actions = ["db.drop"]
"#,
    );
    assert_eq!(e.len(), 3);
    assert!(!e.is_empty());
    let d = e.evaluate_at(&req("a", "db.drop", ""), FRIDAY_NOON);
    assert_eq!((d.allowed, d.basis, d.statements.clone()), (false, Basis::Forbid, vec!["f1".to_string()]));
    assert_eq!(d.reason(), "forbidden by f1");
    let d = e.evaluate_at(&req("a", "web.get", ""), FRIDAY_NOON);
    assert_eq!((d.allowed, d.basis, d.statements.clone()), (true, Basis::Permit, vec!["p1".to_string()]));
    let empty = PolicyEngine::new(&PolicyDocument::default()).unwrap();
    assert_eq!(empty.len(), 0);
    assert!(empty.is_empty());
    let d = empty.evaluate_at(&req("a", "web.get", ""), FRIDAY_NOON);
    assert_eq!(d.reason(), "no statement permits this action (default deny)");
}

#[test]
fn of_equal_floors_the_first_is_named_and_floors_apply_by_tool_or_kind() {
    let e = engine(
        r#"
[[statements]]
id = "low-only"
effect = "permit"
actions = ["*"]
conditions = { severities = ["LOW"] }

[[severity_floors]]
id = "first-high"
tools = ["secrets.*"]
severity = "HIGH"

[[severity_floors]]
id = "second-high"
actions = ["secret_rotation"]
severity = "HIGH"

[[severity_floors]]
id = "kind-only"
actions = ["data_access"]
severity = "MEDIUM"
"#,
    );
    let mut r = req("a", "secrets.rotate", "");
    r.action = ActionKind::SecretRotation;
    assert_eq!(e.severity_floor(&r), Some((Severity::High, "first-high")), "both HIGH floors match: the first is named");
    assert!(!e.evaluate_at(&r, FRIDAY_NOON).allowed, "raised above LOW");
    let mut r = req("a", "web.get", "");
    r.action = ActionKind::DataAccess;
    assert_eq!(e.severity_floor(&r), Some((Severity::Medium, "kind-only")), "an action kind alone applies its floor");
    assert!(!e.evaluate_at(&r, FRIDAY_NOON).allowed);
    let r = req("a", "secrets.read", "");
    assert_eq!(e.severity_floor(&r), Some((Severity::High, "first-high")), "a tool alone applies its floor");
    let r = req("a", "web.get", "");
    assert_eq!(e.severity_floor(&r), None);
    assert!(e.evaluate_at(&r, FRIDAY_NOON).allowed, "positive control: no floor, LOW permitted");
}

#[test]
fn the_time_range_is_exactly_2_pow_53_minus_1_each_way() {
    let e = engine("[[statements]]\nid = \"p\"\neffect = \"permit\"\nactions = [\"*\"]\n");
    let r = req("a", "t", "");
    let max = (1_i64 << 53) - 1;
    assert_eq!(PolicyEngine::TIME_RANGE, -max..=max);
    for now in [max, -max, 0, -1] {
        assert!(e.try_evaluate_at(&r, now).unwrap().allowed, "{now}");
    }
    for now in [max + 1, -max - 1] {
        assert!(matches!(e.try_evaluate_at(&r, now), Err(Error::Time(_))), "{now}");
    }
}
