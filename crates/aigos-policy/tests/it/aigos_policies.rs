//! AIGOS YAML policies (SPEC-FMT-003): the fixtures and their expected
//! decisions, the tighten-only merge, and the refusals.

use aigos_core::{ActionRequest, AgentId, CostUsd};
use aigos_policy::{AigosPolicy, DecayMode, Error, PolicyEngine, read_aigos_policy};
use serde_json::Value;

fn fixture(name: &str) -> Result<String, Error> {
    let path = format!("{}/tests/fixtures/aigos/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).map_err(|e| Error::Load { location: None, message: format!("{path}: {e}") })
}

fn load(name: &str) -> Result<AigosPolicy, Error> {
    read_aigos_policy(&fixture(name)?, &fixture)
}

#[test]
fn fixtures_decide_as_expected() {
    let cases: Vec<Value> = serde_json::from_str(&fixture("expected.json").unwrap()).unwrap();
    for case in &cases {
        let policy = load(case["policy"].as_str().unwrap()).unwrap();
        let engine = PolicyEngine::new(&policy.document).unwrap();
        let at = time::OffsetDateTime::parse(case["at"].as_str().unwrap(), &time::format_description::well_known::Rfc3339).unwrap();
        let request = ActionRequest::builder(AgentId::new(case["agent"].as_str().unwrap()).unwrap(), case["tool"].as_str().unwrap())
            .resource(case["resource"].as_str().unwrap())
            .estimated_cost(CostUsd::new(case["cost"].as_f64().unwrap()).unwrap())
            .timestamp(at.unix_timestamp())
            .build()
            .unwrap();
        let d = engine.evaluate_at(&request, at.unix_timestamp());
        assert_eq!(d.allowed, case["allowed"].as_bool().unwrap(), "{}: {:?}", case["why"], d);
        if let Some(ids) = case.get("statements") {
            let expected: Vec<String> = serde_json::from_value(ids.clone()).unwrap();
            assert_eq!(d.statements, expected, "{}", case["why"]);
        }
    }
    println!("aigos policy fixtures: {} expected decisions reproduced", cases.len());
}

#[test]
fn merge_only_tightens() {
    let p = load("high-risk.yaml").unwrap();
    assert_eq!(p.limits.max_cost_per_session, Some(10.0), "min of 50, 10, 500");
    assert_eq!(p.limits.max_calls_per_minute, Some(10));
    assert_eq!(p.limits.max_tokens_per_call, Some(4096), "inherited");
    assert_eq!(p.spawning.max_child_depth, 2, "min of 3, 2, 5");
    assert_eq!(p.spawning.mode, DecayMode::Explicit, "a child cannot switch to inherit");
    assert!(p.spawning.child_denied_capabilities.contains("send_email"));
    assert_eq!(p.models.0.as_ref().map(|m| m.len()), Some(2));
    assert!(p.dry_run_requested, "requested, but applied only through a signed bundle");
    let prod = load("production.yaml").unwrap();
    assert!(!prod.dry_run_requested);
}

#[test]
fn unsound_options_are_refused() {
    let msg = |r: Result<AigosPolicy, Error>| r.unwrap_err().to_string();
    assert!(msg(load("fail-open.yaml")).contains("fail_open"));
    assert!(msg(load("bad-regex.yaml")).contains("not a supported shape"));
    assert!(msg(load("loop-a.yaml")).contains("circular"));
    let named_tz = fixture("production.yaml").unwrap().replace("\"-05:00\"", "\"America/New_York\"");
    assert!(msg(read_aigos_policy(&named_tz, &fixture)).contains("time zone"));
    let typo = "version: \"1.0\"\nname: x\ncapabilities:\n  allowed_domains: [\"*\"]\n";
    assert!(msg(read_aigos_policy(typo, &fixture)).contains("allowed_domains"), "a domain list under capabilities is a typo, not tools");
    let v2 = "version: \"2.0\"\nname: x\n";
    assert!(msg(read_aigos_policy(v2, &fixture)).contains("version"));
    let empty = read_aigos_policy("version: \"1.0\"\nname: nothing\n", &fixture).unwrap();
    let engine = PolicyEngine::new(&empty.document).unwrap();
    let r = ActionRequest::builder(AgentId::new("a").unwrap(), "anything").timestamp(0).build().unwrap();
    assert!(!engine.evaluate_at(&r, 0).allowed, "no allowed_tools: nothing is allowed");
}
