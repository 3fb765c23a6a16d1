//! Differential test: our engine and `cedar-policy` agree on thousands of
//! generated requests over generated policy sets.
//!
//! Both sides see the same statements. In Cedar every statement becomes one
//! policy over the request context: `permit|forbid(principal, action,
//! resource) when { ... }` with `like` for globs (Cedar's `*` matches any
//! sequence, as ours does), so the two semantics (default deny, forbid
//! overrides permit, all conditions conjoined) can be compared directly.

use std::str::FromStr;

use aigos_core::{ActionRequest, AgentId, CostUsd, Environment, InstanceId, Lineage, Severity};
use aigos_policy::{PolicyDocument, PolicyEngine};
use cedar_policy::{Authorizer, Context, Entities, EntityUid, PolicySet, Request};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};

const AGENTS: &[&str] = &["a0", "a1", "a2", "a3"];
const TOOLS: &[&str] = &["t0", "t1", "x.read", "x.write", "y.z"];
const TOOL_PATTERNS: &[&str] = &["t0", "t1", "x.read", "x.*", "y.*", "*"];
const RESOURCES: &[&str] = &["r/1", "r/2", "s/1", "s/22"];
const RESOURCE_PATTERNS: &[&str] = &["r/1", "r/*", "s/*", "*"];
const ENVS: &[(Environment, &str)] =
    &[(Environment::Development, "development"), (Environment::Staging, "staging"), (Environment::Production, "production")];
const SEVS: &[(Severity, &str)] = &[(Severity::Low, "LOW"), (Severity::High, "HIGH"), (Severity::Critical, "CRITICAL")];

#[derive(Debug, Clone)]
struct Stmt {
    forbid: bool,
    principals: Vec<usize>,
    tools: Vec<usize>,
    resources: Vec<usize>,
    envs: Option<Vec<usize>>,
    sevs: Option<Vec<usize>>,
    max_cost_quarters: Option<u32>,
    max_depth: Option<u32>,
}

fn stmt() -> impl Strategy<Value = Stmt> {
    (
        prop::bool::weighted(0.3),
        prop::collection::vec(0..=AGENTS.len(), 1..3),
        prop::collection::vec(0..TOOL_PATTERNS.len(), 1..3),
        prop::collection::vec(0..RESOURCE_PATTERNS.len(), 1..3),
        prop::option::of(prop::collection::vec(0..ENVS.len(), 1..3)),
        prop::option::of(prop::collection::vec(0..SEVS.len(), 1..3)),
        prop::option::of(0u32..12),
        prop::option::of(0u32..3),
    )
        .prop_map(|(forbid, principals, tools, resources, envs, sevs, max_cost_quarters, max_depth)| Stmt {
            forbid,
            principals,
            tools,
            resources,
            envs,
            sevs,
            max_cost_quarters,
            max_depth,
        })
}

fn quoted(items: impl Iterator<Item = String>) -> String {
    items.map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ")
}

fn to_toml(stmts: &[Stmt]) -> String {
    let mut t = String::new();
    for (i, s) in stmts.iter().enumerate() {
        // Index AGENTS.len() stands for "*".
        let principals = quoted(s.principals.iter().map(|&p| AGENTS.get(p).copied().unwrap_or("*").to_string()));
        t.push_str(&format!(
            "[[statements]]\nid = \"s{i}\"\neffect = \"{}\"\nprincipals = [{principals}]\nactions = [{}]\nresources = [{}]\n[statements.conditions]\n",
            if s.forbid { "forbid" } else { "permit" },
            quoted(s.tools.iter().map(|&x| TOOL_PATTERNS[x].to_string())),
            quoted(s.resources.iter().map(|&x| RESOURCE_PATTERNS[x].to_string())),
        ));
        if let Some(e) = &s.envs {
            t.push_str(&format!("environments = [{}]\n", quoted(e.iter().map(|&x| ENVS[x].1.to_string()))));
        }
        if let Some(v) = &s.sevs {
            t.push_str(&format!("severities = [{}]\n", quoted(v.iter().map(|&x| SEVS[x].1.to_string()))));
        }
        if let Some(q) = s.max_cost_quarters {
            t.push_str(&format!("max_cost_usd = {}\n", f64::from(q) / 4.0));
        }
        if let Some(d) = s.max_depth {
            t.push_str(&format!("max_lineage_depth = {d}\n"));
        }
        t.push('\n');
    }
    t
}

fn any_of(attr: &str, values: impl Iterator<Item = String>, like: bool) -> String {
    let parts: Vec<String> = values
        .map(|v| {
            if v == "*" {
                "true".to_string()
            } else if like && v.contains('*') {
                format!("context.{attr} like \"{v}\"")
            } else {
                format!("context.{attr} == \"{v}\"")
            }
        })
        .collect();
    format!("({})", parts.join(" || "))
}

fn to_cedar(stmts: &[Stmt]) -> String {
    let mut c = String::new();
    for (i, s) in stmts.iter().enumerate() {
        let mut conds = vec![
            any_of("agent", s.principals.iter().map(|&p| AGENTS.get(p).copied().unwrap_or("*").to_string()), false),
            any_of("tool", s.tools.iter().map(|&x| TOOL_PATTERNS[x].to_string()), true),
            any_of("resource", s.resources.iter().map(|&x| RESOURCE_PATTERNS[x].to_string()), true),
        ];
        if let Some(e) = &s.envs {
            conds.push(any_of("environment", e.iter().map(|&x| ENVS[x].1.to_string()), false));
        }
        if let Some(v) = &s.sevs {
            conds.push(any_of("severity", v.iter().map(|&x| SEVS[x].1.to_string()), false));
        }
        if let Some(q) = s.max_cost_quarters {
            conds.push(format!("(context.has_cost && context.cost_quarters <= {q})"));
        }
        if let Some(d) = s.max_depth {
            conds.push(format!("context.depth <= {d}"));
        }
        c.push_str(&format!(
            "@id(\"s{i}\")\n{}(principal, action, resource) when {{ {} }};\n",
            if s.forbid { "forbid" } else { "permit" },
            conds.join(" && ")
        ));
    }
    c
}

#[derive(Debug, Clone)]
struct Req {
    agent: usize,
    tool: usize,
    resource: usize,
    env: usize,
    sev: usize,
    cost_quarters: Option<u32>,
    depth: u32,
}

fn req() -> impl Strategy<Value = Req> {
    (0..AGENTS.len(), 0..TOOLS.len(), 0..RESOURCES.len(), 0..ENVS.len(), 0..SEVS.len(), prop::option::of(0u32..14), 0u32..4)
        .prop_map(|(agent, tool, resource, env, sev, cost_quarters, depth)| Req { agent, tool, resource, env, sev, cost_quarters, depth })
}

fn ours(engine: &PolicyEngine, r: &Req) -> bool {
    let mut lineage = Lineage::root(InstanceId::new("root").unwrap());
    for d in 0..r.depth {
        lineage = lineage.child(InstanceId::new(format!("p{d}")).unwrap()).unwrap();
    }
    let mut b = ActionRequest::builder(AgentId::new(AGENTS[r.agent]).unwrap(), TOOLS[r.tool])
        .resource(RESOURCES[r.resource])
        .environment(ENVS[r.env].0)
        .severity(SEVS[r.sev].0)
        .lineage(lineage)
        .timestamp(1_800_000_000);
    if let Some(q) = r.cost_quarters {
        b = b.estimated_cost(CostUsd::new(f64::from(q) / 4.0).unwrap());
    }
    engine.evaluate_at(&b.build().unwrap(), 1_800_000_000).allowed
}

fn theirs(policies: &PolicySet, r: &Req) -> bool {
    let context = Context::from_json_value(
        serde_json::json!({
            "agent": AGENTS[r.agent], "tool": TOOLS[r.tool], "resource": RESOURCES[r.resource],
            "environment": ENVS[r.env].1, "severity": SEVS[r.sev].1,
            "has_cost": r.cost_quarters.is_some(), "cost_quarters": r.cost_quarters.unwrap_or(0), "depth": r.depth,
        }),
        None,
    )
    .unwrap();
    let request = Request::new(
        EntityUid::from_str("Agent::\"x\"").unwrap(),
        EntityUid::from_str("Action::\"x\"").unwrap(),
        EntityUid::from_str("Resource::\"x\"").unwrap(),
        context,
        None,
    )
    .unwrap();
    let response = Authorizer::new().is_authorized(&request, policies, &Entities::empty());
    assert!(response.diagnostics().errors().next().is_none(), "cedar evaluation error");
    response.decision() == cedar_policy::Decision::Allow
}

#[test]
fn engine_agrees_with_cedar() {
    let mut runner = TestRunner::new(Config { cases: 60, ..Config::default() });
    let mut compared = 0usize;
    let mut allowed = 0usize;
    let strategy = (prop::collection::vec(stmt(), 1..12), prop::collection::vec(req(), 60));
    for _ in 0..60 {
        let (stmts, requests) = strategy.new_tree(&mut runner).unwrap().current();
        let doc = PolicyDocument::from_toml(&to_toml(&stmts)).unwrap();
        let engine = PolicyEngine::new(&doc).unwrap();
        let cedar = PolicySet::from_str(&to_cedar(&stmts)).unwrap();
        for r in &requests {
            let (a, b) = (ours(&engine, r), theirs(&cedar, r));
            assert_eq!(a, b, "disagreement on {r:?}\npolicy:\n{}\ncedar:\n{}", to_toml(&stmts), to_cedar(&stmts));
            compared += 1;
            allowed += usize::from(a);
        }
    }
    println!("differential: {compared} requests over 60 generated policy sets, {allowed} allowed, 0 disagreements with cedar");
    assert!(compared >= 3000);
    assert!(allowed > compared / 20 && allowed < compared, "both outcomes exercised");
}
