//! Issue 16: a compromised agent (it holds its own registered key, so every
//! token it sends verifies) decides nothing about its own checks, and
//! someone without any key cannot hurt a registered agent. Each attack is
//! performed as the attacker would, next to its positive control (the honest
//! variant, still APPROVED). Assertions are on the stable step codes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "tests")]

use std::sync::Arc;

use aigos::config::SharedState;
use aigos::{Step, StepResult};
use aigos_core::{ActionKind, ActionRequest, AgentId, CostUsd, Environment, Kid, Lineage, Severity, Status};
use aigos_crypto::{Algorithm, SigningKey};
use aigos_runtime::TargetType;
use aigos_tests::{T0, World, agent, demo_policy_with, egress_world, helper_agent, instance, reason, rt};

#[test]
fn the_agent_cannot_lower_its_own_approval_tier() {
    // secrets.rotate needs MFA whatever the agent declares: a policy floor.
    let policy = demo_policy_with(
        "\n[[severity_floors]]\nid = \"rotation-is-critical\"\ntools = [\"secrets.rotate\"]\nactions = [\"secret_rotation\"]\nseverity = \"CRITICAL\"\n",
    );
    let w = World::with_setup(SharedState::default(), |_| {}, |_| {}, |_| Vec::new(), Some(&policy));
    rt().block_on(async {
        for declared in [Severity::Low, Severity::Medium, Severity::High, Severity::Critical] {
            let r = w.request_as("demo-agent", "secrets.rotate", ActionKind::SecretRotation, declared, serde_json::json!({"secret": "db"}));
            let o = w.validate(&r).await;
            assert_eq!(o.status, Status::RequiresMfa, "declared {declared:?}: {}", reason(&o));
            assert_eq!(o.code(), "MFA_REQUIRED");
            assert!(o.step(Step::Threat).unwrap().detail.contains("rotation-is-critical") || declared == Severity::Critical);
        }
        // Positive control: the same action with the operator's TOTP code is approved.
        let r =
            w.request_as("demo-agent", "secrets.rotate", ActionKind::SecretRotation, Severity::Low, serde_json::json!({"secret": "db"}));
        let approvers: Vec<aigos::Approver> =
            serde_json::from_str(&std::fs::read_to_string(w.dir.path().join("approvers.json")).unwrap()).unwrap();
        let code = approvers[0].totp.as_ref().unwrap().code_at(w.now()).unwrap();
        let challenge = w.validate(&r).await.challenge.map(|c| c.id);
        let o = w
            .guard
            .validate_with(&r, &w.token(&r), &[aigos::ApprovalEvidence::Totp { approver: "operator".into(), code, challenge }])
            .await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        // A tool without a floor keeps its declared severity.
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

#[test]
fn the_init_policy_floors_maintenance_and_incidents() {
    let w = World::new();
    rt().block_on(async {
        let r = w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Low, serde_json::json!({}));
        let o = w.validate(&r).await;
        assert_eq!((o.status, o.code()), (Status::RequiresMfa, "MFA_REQUIRED"), "{}", reason(&o));
        let r = w.request_as("demo-agent", "incident.respond", ActionKind::EmergencyResponse, Severity::Medium, serde_json::json!({}));
        let o = w.validate(&r).await;
        assert_eq!((o.status, o.code()), (Status::RequiresCoe, "COE_REQUIRED"), "{}", reason(&o));
    });
}

#[test]
fn a_backdated_request_does_not_step_out_of_a_freeze() {
    // A change freeze around T0 (Friday 12:00 UTC).
    let policy = demo_policy_with(
        "\n[[statements]]\nid = \"freeze\"\neffect = \"forbid\"\nprincipals = [\"*\"]\nactions = [\"config.*\"]\n[statements.conditions]\nperiods = [{ start = \"2027-01-15T11:00:00Z\", end = \"2027-01-15T13:00:00Z\" }]\n",
    );
    let w = World::with_setup(SharedState::default(), |_| {}, |_| {}, |_| Vec::new(), Some(&policy));
    rt().block_on(async {
        let honest = w.request("config.update");
        let o = w.validate(&honest).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "POLICY_DENIED"), "{}", reason(&o));
        // Backdated to before the freeze, far: outside the allowed skew.
        let mut r = honest.clone();
        r.timestamp = T0 - 2 * 3600;
        let o = w.validate(&r).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "CLOCK_SKEW"), "{}", reason(&o));
        // Backdated within the skew, still inside the freeze by the Guard's clock.
        let mut r = honest.clone();
        r.timestamp = T0 - 290;
        let o = w.validate(&r).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "POLICY_DENIED"), "{}", reason(&o));
        // Dated after the freeze, far in the future: skew.
        let mut r = honest.clone();
        r.timestamp = T0 + 3 * 3600;
        assert_eq!(w.validate(&r).await.code(), "CLOCK_SKEW");
        // Positive control: once the Guard's clock is past the freeze, approved.
        w.advance(2 * 3600);
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

#[test]
fn a_terminated_instance_cannot_come_back_under_another_id_and_its_children_stop() {
    let w = World::new();
    rt().block_on(async {
        let child = w.guard.register_instance(&agent(), &instance("demo-agent-2"), Some(&instance("demo-agent-1"))).unwrap();
        let child_request = w.request_at("config.update", ActionKind::ToolCall, serde_json::json!({}), "demo-agent-2", child.clone());
        assert_eq!(w.validate(&child_request).await.status, Status::Approved, "positive control: the child before the kill");
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "positive control: the parent");
        let kill = w.terminate(TargetType::Instance, "demo-agent-1", 1);
        w.guard.apply_kill(&kill).await.unwrap();
        assert_eq!(w.validate(&w.request("config.update")).await.code(), "INSTANCE_TERMINATED");
        // The same agent under a fresh instance id, as its own root.
        let fresh = w.request_at(
            "config.update",
            ActionKind::ToolCall,
            serde_json::json!({}),
            "demo-agent-9",
            Lineage::root(instance("demo-agent-9")),
        );
        assert_eq!(w.validate(&fresh).await.code(), "INSTANCE_UNKNOWN");
        // The killed instance id under a fresh lineage root.
        let rerooted = w.request_at(
            "config.update",
            ActionKind::ToolCall,
            serde_json::json!({}),
            "demo-agent-1",
            Lineage::root(instance("demo-agent-x")),
        );
        assert_eq!(w.validate(&rerooted).await.code(), "INSTANCE_TERMINATED");
        // The child, declaring its lineage honestly: termination cascades.
        let o =
            w.validate(&w.request_at("config.update", ActionKind::ToolCall, serde_json::json!({}), "demo-agent-2", child.clone())).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "KILL_TERMINATED"), "{}", reason(&o));
        // The child, lying that it is a root of its own.
        let o = w
            .validate(&w.request_at(
                "config.update",
                ActionKind::ToolCall,
                serde_json::json!({}),
                "demo-agent-2",
                Lineage::root(instance("demo-agent-2")),
            ))
            .await;
        assert_eq!(o.code(), "LINEAGE_MISMATCH", "{}", reason(&o));
        // Nor can the host bring the ids back.
        assert!(matches!(w.guard.register_instance(&agent(), &instance("demo-agent-1"), None), Err(aigos::Error::Instance(_))));
        assert!(w.guard.register_instance(&agent(), &instance("demo-agent-3"), Some(&instance("demo-agent-1"))).is_err());
        assert!(w.guard.heartbeat(&agent(), &instance("demo-agent-1")).is_err());
        // Positive control: a new root instance the host starts works.
        let lineage = w.guard.register_instance(&agent(), &instance("demo-agent-5"), None).unwrap();
        let o = w.validate(&w.request_at("config.update", ActionKind::ToolCall, serde_json::json!({}), "demo-agent-5", lineage)).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

#[test]
fn a_termination_survives_a_restart_for_the_instance_and_its_children() {
    let w = World::new();
    rt().block_on(async {
        let kill = w.terminate(TargetType::Instance, "demo-agent-1", 1);
        w.guard.apply_kill(&kill).await.unwrap();
        let w = w.restarted().await;
        assert_eq!(w.validate(&w.request("config.update")).await.code(), "INSTANCE_TERMINATED");
        assert!(w.guard.heartbeat(&agent(), &instance("demo-agent-1")).is_err(), "a terminated id is never registered again");
    });
}

#[test]
fn another_agents_instance_cannot_be_borrowed() {
    let w = World::new();
    rt().block_on(async {
        let other = AgentId::new("billing-agent").unwrap();
        // The host cannot register the demo agent's instance for another agent either.
        assert!(w.guard.register_instance(&other, &instance("demo-agent-1"), None).is_err());
        assert!(w.guard.heartbeat(&other, &instance("demo-agent-1")).is_err());
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "positive control");
    });
}

#[test]
fn the_organization_comes_from_the_registry() {
    let w = World::new();
    rt().block_on(async {
        let other = w.terminate(TargetType::Organization, "globex", 1);
        w.guard.apply_kill(&other).await.unwrap();
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "positive control: another organization");
        let acme = w.terminate(TargetType::Organization, "acme", 2);
        w.guard.apply_kill(&acme).await.unwrap();
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "KILL_TERMINATED"), "{}", reason(&o));
    });
}

fn costly(w: &World, usd: f64) -> ActionRequest {
    let mut r = w.request("config.update");
    r.estimated_cost_usd = Some(CostUsd::new(usd).unwrap());
    r
}

#[test]
fn declared_costs_are_reserved_against_the_registered_budget() {
    let w = World::new();
    rt().block_on(async {
        // Far above the registered 100 USD in one go.
        let o = w.validate(&costly(&w, 5_000.0)).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "BUDGET_EXCEEDED"), "{}", reason(&o));
        // Positive control, then the budget runs out across requests.
        assert_eq!(w.validate(&costly(&w, 60.0)).await.status, Status::Approved);
        assert_eq!(w.validate(&costly(&w, 60.0)).await.code(), "BUDGET_EXCEEDED", "60 + 60 > 100");
        assert_eq!(w.validate(&costly(&w, 40.0)).await.status, Status::Approved, "60 + 40 = 100");
        // A rejected or pending action spends nothing: the hold is given back.
        let mut r =
            w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Critical, serde_json::json!({}));
        r.estimated_cost_usd = Some(CostUsd::new(0.5).unwrap());
        assert_eq!(w.validate(&r).await.code(), "BUDGET_EXCEEDED", "nothing left, even for MFA-gated work");
    });
    let w = World::new();
    rt().block_on(async {
        let mut r =
            w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Critical, serde_json::json!({}));
        r.estimated_cost_usd = Some(CostUsd::new(90.0).unwrap());
        assert_eq!(w.validate(&r).await.status, Status::RequiresMfa);
        assert_eq!(w.validate(&costly(&w, 90.0)).await.status, Status::Approved, "the pending request's hold was released");
    });
}

#[test]
fn a_childs_spend_counts_against_its_ancestors_and_its_parents_kill_reaches_it() {
    let key = Arc::new(
        SigningKey::generate(aigos_crypto::default_provider(), Algorithm::EdDsa).unwrap().with_kid(Kid::new("helper-key-1").unwrap()),
    );
    let k = key.clone();
    let policy = demo_policy_with(
        "\n[[statements]]\nid = \"helper\"\neffect = \"permit\"\nprincipals = [\"helper-agent\"]\nactions = [\"config.*\"]\n",
    );
    let w =
        World::with_setup(SharedState::default(), |_| {}, |_| {}, move |authority| vec![helper_agent(authority, &k, 80.0)], Some(&policy));
    let issuer = aigos_identity::TokenIssuer::new(key).clock(Arc::new(w.clock.clone()));
    let helper_request = |usd: f64| {
        let lineage = Lineage::root(instance("demo-agent-1")).child(instance("demo-agent-1")).unwrap();
        let mut r = ActionRequest::builder(AgentId::new("helper-agent").unwrap(), "config.update")
            .instance(instance("helper-agent-1"))
            .environment(Environment::Staging)
            .payload(serde_json::json!({"n": 1}))
            .timestamp(w.now())
            .lineage(lineage)
            .build()
            .unwrap();
        r.estimated_cost_usd = Some(CostUsd::new(usd).unwrap());
        r
    };
    rt().block_on(async {
        let r = helper_request(70.0);
        let o = w.guard.validate(&r, &issuer.issue(&w.token_request(&r)).unwrap()).await;
        assert_eq!(o.status, Status::Approved, "positive control: the child within its 80 USD: {}", reason(&o));
        // The parent had 100 USD; its child spent 70 of it.
        assert_eq!(w.validate(&costly(&w, 40.0)).await.code(), "BUDGET_EXCEEDED");
        assert_eq!(w.validate(&costly(&w, 30.0)).await.status, Status::Approved, "70 + 30 = 100");
        // The parent instance is killed: the child, declaring its lineage honestly, stops too.
        let kill = w.terminate(TargetType::Instance, "demo-agent-1", 1);
        w.guard.apply_kill(&kill).await.unwrap();
        let r = helper_request(0.0);
        let o = w.guard.validate(&r, &issuer.issue(&w.token_request(&r)).unwrap()).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "KILL_TERMINATED"), "{}", reason(&o));
    });
}

#[test]
fn a_deep_spawn_cannot_claim_to_be_a_root() {
    let w = World::new();
    rt().block_on(async {
        let spawn = serde_json::json!({"capabilities": {"tools": ["config.update"], "resources": ["*"], "max_budget_usd": 1.0, "can_spawn": false, "max_child_depth": 0}, "mode": "EXPLICIT"});
        let l2 = w.guard.register_instance(&agent(), &instance("demo-agent-2"), Some(&instance("demo-agent-1"))).unwrap();
        let l3 = w.guard.register_instance(&agent(), &instance("demo-agent-3"), Some(&instance("demo-agent-2"))).unwrap();
        let o = w.validate(&w.request_at("agent.spawn", ActionKind::Spawn, spawn.clone(), "demo-agent-3", l3)).await;
        assert_eq!(o.code(), "DEPTH_EXCEEDED", "{}", reason(&o));
        let o = w.validate(&w.request_at("agent.spawn", ActionKind::Spawn, spawn.clone(), "demo-agent-3", Lineage::root(instance("demo-agent-3")))).await;
        assert_eq!(o.code(), "LINEAGE_MISMATCH", "{}", reason(&o));
        // Positive control: depth 1 may spawn.
        let o = w.validate(&w.request_at("agent.spawn", ActionKind::Spawn, spawn, "demo-agent-2", l2)).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

#[test]
fn an_empty_resource_does_not_skip_the_registered_scope() {
    let w = World::with_registry(SharedState::default(), |_| {}, |r| r.capabilities.resources = ["configmap/*".to_string()].into());
    rt().block_on(async {
        let o = w.validate(&w.request_on("config.update", Severity::Low, "", serde_json::json!({}))).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "RESOURCE_REQUIRED"), "{}", reason(&o));
        let o = w.validate(&w.request_on("config.update", Severity::Low, "secret/db", serde_json::json!({}))).await;
        assert_eq!(o.code(), "CAPABILITY_MISSING");
        let o = w.validate(&w.request_on("config.update", Severity::Low, "configmap/web", serde_json::json!({}))).await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
    });
}

#[test]
fn every_spelling_of_a_forbidden_destination_is_denied() {
    let (w, _rules) = egress_world();
    rt().block_on(async {
        for resource in [
            "HTTP://169.254.169.254/latest/meta-data/",
            "http:/169.254.169.254/",
            " http://169.254.169.254/",
            "hTTpS://93.184.215.14:8443/",
            "ws://127.0.0.1:6379/",
            "wss://93.184.215.14/",
            "gopher://127.0.0.1:6379/_INFO",
            "file:///etc/shadow",
            "https://93.184.215.14\\@evil.example/",
            "https://[::ffff:93.184.215.14]/",
            "http://192.0.0.8/",
            "https://[fec0::1]/",
        ] {
            let o = w.validate(&w.request_on("config.update", Severity::Low, resource, serde_json::json!({}))).await;
            assert_eq!((o.status, o.code()), (Status::Rejected, "EGRESS_DENIED"), "{resource:?}: {}", reason(&o));
            assert_eq!(o.step(Step::Payload).unwrap().result, StepResult::Rejected);
        }
        // The same destinations named anywhere in the payload.
        for payload in [
            serde_json::json!({"cmd": "curl -s HTTP://169.254.169.254/latest/meta-data/iam"}),
            serde_json::json!({"steps": [{"fetch": {"url": "gopher://127.0.0.1:6379/_x"}}]}),
            serde_json::json!({"target": "file:///etc/passwd"}),
        ] {
            let o = w.validate(&w.request_on("config.update", Severity::Low, "configmap/web", payload.clone())).await;
            // Step 3 denies it: the egress filter, or the payload inspector first.
            assert!(matches!(o.code(), "EGRESS_DENIED" | "PAYLOAD_REJECTED"), "{payload}: {}", reason(&o));
        }
        // Positive control: the allowed destination, and its checked address in the permit.
        let o = w
            .validate(&w.request_on(
                "config.update",
                Severity::Low,
                "https://93.184.215.14/v1/hook",
                serde_json::json!({"also": "https://93.184.215.14/x"}),
            ))
            .await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        assert_eq!(o.egress.len(), 2);
        assert_eq!(o.egress[0].addresses, vec!["93.184.215.14:443".parse::<std::net::SocketAddr>().unwrap()]);
        let permit = o.permit.unwrap();
        let claims: serde_json::Value = {
            use base64::Engine as _;
            let part = permit.split('.').nth(1).unwrap();
            serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
        };
        assert_eq!(claims["egress"][0]["url"], "https://93.184.215.14/v1/hook");
        assert_eq!(claims["egress"][0]["addresses"], serde_json::json!(["93.184.215.14:443"]));
        assert_eq!(claims["egress"].as_array().unwrap().len(), 2);
        // A resource that is no URL is no destination.
        assert_eq!(
            w.validate(&w.request_on("config.update", Severity::Low, "configmap/web", serde_json::json!({"note": "a: b"}))).await.status,
            Status::Approved
        );
    });
}

#[test]
fn the_payload_limit_applies_to_everyone_before_identity() {
    let w = World::new();
    rt().block_on(async {
        let big = serde_json::json!({"blob": "a".repeat(2 << 20)});
        let o = w.validate(&w.request_on("config.update", Severity::Low, "", big.clone())).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "PAYLOAD_TOO_LARGE"), "{}", reason(&o));
        assert_eq!(o.step(Step::Identity).unwrap().result, StepResult::Rejected);
        let o = w.validate(&w.request_on("config.update", Severity::Low, "", serde_json::json!({"blob": "a".repeat(10_000)}))).await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
    });
}

#[test]
fn requests_without_a_valid_token_change_nothing_of_the_agent_and_are_audited_by_digest() {
    let w = World::new();
    let production = |w: &World| {
        ActionRequest::builder(agent(), "config.update")
            .instance(instance("demo-agent-1"))
            .severity(Severity::High)
            .environment(Environment::Production)
            .payload(serde_json::json!({"replicas": 3}))
            .timestamp(w.now())
            .build()
            .unwrap()
    };
    rt().block_on(async {
        let before = w.validate(&production(&w)).await;
        assert_eq!(before.status, Status::Approved, "positive control: {}", reason(&before));
        for _ in 0..8 {
            let o = w.guard.validate(&w.request("config.update"), "x").await;
            assert_eq!(o.step(Step::Identity).unwrap().result, StepResult::Rejected);
        }
        let after = w.validate(&production(&w)).await;
        assert_eq!(after.status, Status::Approved, "forged requests raised the agent's threat: {}", reason(&after));
        assert_eq!(after.threat_score, before.threat_score);
        // The mechanism itself still works for the agent's own rejected requests.
        for _ in 0..4 {
            assert_eq!(w.validate(&w.request("shell.exec")).await.status, Status::Rejected);
        }
        let o = w.validate(&production(&w)).await;
        assert!(o.threat_score.unwrap() > after.threat_score.unwrap(), "authenticated denials count");

        // 15 MiB with a bogus token: rejected before anything, and the record stays small.
        let size = w.audit_bytes();
        let huge = w.request_on("config.update", Severity::Low, "", serde_json::json!({"blob": "a".repeat(15 << 20)}));
        let o = w.guard.validate(&huge, "x").await;
        assert_eq!(o.code(), "PAYLOAD_TOO_LARGE");
        let grown = w.audit_bytes() - size;
        assert!(grown < 16 * 1024, "an unauthenticated record took {grown} bytes");
        // Under the limit with a bogus token: the record holds the digest, not the payload.
        let size = w.audit_bytes();
        let o = w
            .guard
            .validate(&w.request_on("config.update", Severity::Low, "", serde_json::json!({"blob": "b".repeat(500_000)})), "x")
            .await;
        assert_eq!(o.code(), "IDENTITY_TOKEN_INVALID", "{}", reason(&o));
        let grown = w.audit_bytes() - size;
        assert!(grown < 16 * 1024, "an unauthenticated record took {grown} bytes");
        // Positive control: the agent's own payload is recorded.
        let size = w.audit_bytes();
        let o = w.validate(&w.request_on("config.update", Severity::Low, "", serde_json::json!({"blob": "c".repeat(500_000)}))).await;
        assert_eq!(o.status, Status::Approved);
        assert!(w.audit_bytes() - size > 500_000, "the authenticated record keeps its payload");
    });
}

#[test]
fn outcome_json_prints_scores_as_decimals_and_steps_with_codes() {
    let w = World::new();
    rt().block_on(async {
        let r = w.request_as("demo-agent", "secrets.rotate", ActionKind::SecretRotation, Severity::High, serde_json::json!({"s": "db"}));
        let o = w.validate(&r).await;
        let json = serde_json::to_string(&o).unwrap();
        let noisy = json
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter(|n| n.contains('.'))
            .find(|n| n.split('.').nth(1).is_some_and(|f| f.len() > 9));
        assert_eq!(noisy, None, "{json}");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(v["steps"].as_array().unwrap().iter().all(|s| s["code"].is_string()), "{v}");
        assert_eq!(v["steps"][0]["code"], "OK");
    });
}
