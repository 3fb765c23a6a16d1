//! Capability decay and lineage: escalations refused, legitimate spawns pass,
//! and no sequence of spawns gains anything the root lacked.

use aigos_core::{Capabilities, CostUsd, InstanceId, Lineage};
use aigos_policy::{DecayMode, Error, InstanceState, LineageTree, SpawnRequest, validate_spawn};
use proptest::prelude::*;

fn caps(tools: &[&str], budget: Option<f64>, depth: u32) -> Capabilities {
    Capabilities {
        tools: tools.iter().map(|s| s.to_string()).collect(),
        resources: ["svc/*".to_string()].into(),
        max_budget_usd: budget.map(|b| CostUsd::new(b).unwrap()),
        can_spawn: true,
        max_child_depth: depth,
        expires_at: Some(2_000_000_000),
    }
}

fn root() -> Lineage {
    Lineage::root(InstanceId::new("root").unwrap())
}

fn code(r: Result<Capabilities, Error>) -> &'static str {
    match r {
        Ok(_) => "OK",
        Err(Error::Spawn { code, .. }) => code,
        Err(e) => panic!("{e}"),
    }
}

fn explicit(c: Capabilities) -> SpawnRequest {
    SpawnRequest { capabilities: c, mode: DecayMode::Explicit }
}

#[test]
fn positive_control_and_effective_caps() {
    let parent = caps(&["deploy.*", "read"], Some(10.0), 2);
    let child = caps(&["deploy.rollout"], Some(4.0), 5);
    let eff = validate_spawn(&parent, &root(), None, &explicit(child)).unwrap();
    assert_eq!(eff.tools, ["deploy.rollout".to_string()].into());
    assert_eq!(eff.max_child_depth, 2, "depth capped by the root's limit");
    assert_eq!(eff.max_budget_usd.unwrap().get(), 4.0);
}

#[test]
fn each_escalation_is_refused() {
    let parent = caps(&["deploy.*", "read"], Some(10.0), 2);
    let mut child = caps(&["deploy.rollout", "db.drop"], Some(1.0), 1);
    let err = validate_spawn(&parent, &root(), None, &explicit(child.clone())).unwrap_err();
    assert!(err.to_string().contains("db.drop"), "names the extra tool: {err}");
    child.tools = ["*".to_string()].into();
    assert_eq!(
        code(validate_spawn(&parent, &root(), None, &explicit(child.clone()))),
        "PRIVILEGE_ESCALATION",
        "star is not covered by deploy.*"
    );
    child.tools = ["deploy.*x".to_string()].into();
    assert_eq!(code(validate_spawn(&parent, &root(), None, &explicit(child.clone()))), "OK", "deploy.*x is within deploy.*");
    child.tools = ["dep*".to_string()].into();
    assert_eq!(code(validate_spawn(&parent, &root(), None, &explicit(child.clone()))), "PRIVILEGE_ESCALATION", "a wider glob");

    let budget = caps(&["read"], Some(11.0), 1);
    assert_eq!(code(validate_spawn(&parent, &root(), None, &explicit(budget))), "BUDGET_ESCALATION");
    let no_budget = caps(&["read"], None, 1);
    assert_eq!(code(validate_spawn(&parent, &root(), None, &explicit(no_budget))), "BUDGET_ESCALATION");
    let within = caps(&["read"], Some(6.0), 1);
    assert_eq!(
        code(validate_spawn(&parent, &root(), Some(CostUsd::new(5.0).unwrap()), &explicit(within))),
        "BUDGET_ESCALATION",
        "above what remains"
    );

    let empty = caps(&[], Some(1.0), 1);
    assert_eq!(code(validate_spawn(&parent, &root(), None, &explicit(empty))), "EMPTY_CAPABILITIES");

    let mut late = caps(&["read"], Some(1.0), 1);
    late.expires_at = Some(2_000_000_001);
    assert_eq!(code(validate_spawn(&parent, &root(), None, &explicit(late))), "EXPIRY_ESCALATION");

    let mut wider = caps(&["read"], Some(1.0), 1);
    wider.resources = ["*".to_string()].into();
    assert_eq!(code(validate_spawn(&parent, &root(), None, &explicit(wider))), "PRIVILEGE_ESCALATION");

    let deep = root().child(InstanceId::new("root").unwrap()).unwrap().child(InstanceId::new("c").unwrap()).unwrap();
    assert_eq!(code(validate_spawn(&parent, &deep, None, &explicit(caps(&["read"], Some(1.0), 1)))), "DEPTH_EXCEEDED");

    let mut no_spawn = parent.clone();
    no_spawn.can_spawn = false;
    assert_eq!(code(validate_spawn(&no_spawn, &root(), None, &explicit(caps(&["read"], Some(1.0), 1)))), "SPAWN_NOT_ALLOWED");
}

#[test]
fn inherit_mode_copies_but_still_caps() {
    let parent = caps(&["deploy.*", "read"], Some(10.0), 2);
    let request = SpawnRequest { capabilities: caps(&["db.drop"], None, 9), mode: DecayMode::Inherit };
    let eff = validate_spawn(&parent, &root(), Some(CostUsd::new(3.0).unwrap()), &request).unwrap();
    assert_eq!(eff.tools, parent.tools, "asked-for tools are ignored under INHERIT");
    assert_eq!(eff.max_budget_usd.unwrap().get(), 3.0, "budget capped at what remains");
    assert_eq!(eff.max_child_depth, 2);
}

#[test]
fn orphans_of_revoked_or_terminated_ancestors_are_invalid() {
    let mut tree = LineageTree::new();
    let id = |s: &str| InstanceId::new(s).unwrap();
    tree.add_root(id("r")).unwrap();
    let l = tree.add_child(&id("r"), id("c")).unwrap();
    assert_eq!((l.depth(), l.root_instance().as_str(), l.parent().unwrap().as_str()), (1, "r", "r"));
    let g = tree.add_child(&id("c"), id("g")).unwrap();
    assert_eq!(g.depth(), 2);
    assert!(tree.is_valid(&id("g")));
    assert_eq!(tree.descendants(&id("r")).len(), 2);
    tree.set_state(&id("c"), InstanceState::Revoked).unwrap();
    assert!(!tree.is_valid(&id("g")), "grandchild of a revoked instance is an orphan");
    assert!(tree.is_valid(&id("r")));
    assert!(tree.add_child(&id("g"), id("gg")).is_err(), "orphans cannot spawn");
    assert!(tree.set_state(&id("c"), InstanceState::Active).is_err(), "revocation is final");
    tree.set_state(&id("r"), InstanceState::Terminated).unwrap();
    assert!(!tree.is_valid(&id("r")));
    assert!(tree.add_child(&id("nobody"), id("x")).is_err());
    assert!(tree.add_root(id("r")).is_err());
}

fn covered(root: &Capabilities, tool: &str) -> bool {
    root.tools.iter().any(|t| t == tool || t == "*" || t.strip_suffix('*').is_some_and(|p| !p.contains('*') && tool.starts_with(p)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// No sequence of spawns yields a tool, budget or depth the root did not have.
    #[test]
    fn no_spawn_sequence_escalates(
        steps in proptest::collection::vec(
            (proptest::collection::btree_set(proptest::sample::select(vec!["a", "a.x", "a.*", "b", "b.y", "c", "*", "a.x*"]).prop_map(String::from), 0..4),
             proptest::option::of(0.0f64..30.0), 0u32..6, any::<bool>(), any::<bool>()),
            1..8)
    ) {
        let root_caps = Capabilities {
            tools: ["a.*".to_string(), "b".to_string()].into(),
            resources: ["svc/*".to_string()].into(),
            max_budget_usd: Some(CostUsd::new(10.0).unwrap()),
            can_spawn: true,
            max_child_depth: 3,
            expires_at: Some(1_000),
        };
        let mut parent = root_caps.clone();
        let mut lineage = root();
        for (i, (tools, budget, depth, can_spawn, inherit)) in steps.into_iter().enumerate() {
            let request = SpawnRequest {
                capabilities: Capabilities {
                    tools,
                    resources: ["svc/a".to_string()].into(),
                    max_budget_usd: budget.map(|b| CostUsd::new(b).unwrap()),
                    can_spawn,
                    max_child_depth: depth,
                    expires_at: Some(900),
                },
                mode: if inherit { DecayMode::Inherit } else { DecayMode::Explicit },
            };
            let Ok(child) = validate_spawn(&parent, &lineage, None, &request) else { break };
            lineage = lineage.child(InstanceId::new(format!("p{i}")).unwrap()).unwrap();
            for t in &child.tools {
                prop_assert!(covered(&root_caps, t), "tool {} escaped the root", t);
            }
            prop_assert!(child.max_budget_usd.is_some_and(|b| b.get() <= 10.0));
            prop_assert!(child.max_child_depth <= 3 && lineage.depth() <= 3);
            prop_assert!(child.expires_at.is_some_and(|e| e <= 1_000));
            parent = child;
        }
    }
}
