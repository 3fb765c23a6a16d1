//! Attacks through the facade, each next to the legitimate case that passes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::sync::Arc;
use std::time::Duration;

use aigos::{Step, StepResult};
use aigos_core::{ActionKind, InstanceId, Lineage, Severity, Status};
use aigos_crypto::{Algorithm, SigningKey};
use aigos_runtime::{CommandType, Target, TargetType};
use aigos_tests::{T0, World, reason};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// Re-headers a valid token: same claims, another header and signature.
fn forge(valid: &str, header: &serde_json::Value, signature: &[u8]) -> String {
    let payload = valid.split('.').nth(1).unwrap();
    format!("{}.{}.{}", B64.encode(header.to_string()), payload, B64.encode(signature))
}

#[test]
fn unsigned_and_hs256_tokens_are_rejected() {
    let w = World::new();
    rt().block_on(async {
        let r = w.request("config.update");
        let valid = w.token(&r);
        let none = forge(&valid, &serde_json::json!({"alg": "none", "typ": "AIGOS-GOV+jwt", "kid": "demo-agent-key-1"}), b"");
        let o = w.guard.validate(&r, &none).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.step(Step::Identity).unwrap().result, StepResult::Rejected, "{}", reason(&o));
        assert_eq!(o.permit, None);
        // HS256 keyed with the agent's public key bytes (the classic confusion attack).
        let header = serde_json::json!({"alg": "HS256", "typ": "AIGOS-GOV+jwt", "kid": "demo-agent-key-1"});
        let input = format!("{}.{}", B64.encode(header.to_string()), valid.split('.').nth(1).unwrap());
        let mac = w.provider.hmac_sha256(w.agent_key.public_key().as_bytes(), input.as_bytes());
        let hs = format!("{input}.{}", B64.encode(mac));
        let o = w.guard.validate(&r, &hs).await;
        assert_eq!(o.status, Status::Rejected, "{}", reason(&o));
        assert_eq!(o.code(), "IDENTITY_SIGNATURE", "{}", reason(&o));
        // Positive control: the genuine token for the same request.
        let o = w.guard.validate(&r, &valid).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        assert!(o.permit.is_some());
    });
}

#[test]
fn expired_replayed_misaddressed_and_moved_tokens_are_rejected() {
    // A skew wider than the token's lifetime, so the stale request below is
    // stopped by the token's expiry, not by its timestamp.
    let w = World::with(aigos::config::SharedState::default(), |c| c.guard.max_clock_skew_secs = 3600);
    rt().block_on(async {
        // Expired: issued now (TTL 300 s), used 10 minutes later.
        let r = w.request("config.update");
        let stale = w.token(&r);
        w.advance(600);
        let r2 = w.request("config.update");
        let o = w.guard.validate(&r, &stale).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "IDENTITY_TOKEN_EXPIRED", "{}", reason(&o));
        // Positive control: a fresh token.
        let fresh = w.token(&r2);
        assert_eq!(w.guard.validate(&r2, &fresh).await.status, Status::Approved);
        // Replayed: the same token again.
        let o = w.guard.validate(&r2, &fresh).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "IDENTITY_TOKEN_REPLAYED", "{}", reason(&o));
        // Wrong audience.
        let mut req = w.token_request(&r2);
        req.aud = vec!["someone-else".into()];
        let o = w.guard.validate(&r2, &w.issuer().issue(&req).unwrap()).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "IDENTITY_AUDIENCE", "{}", reason(&o));
        // Moved to another action: a token for config.update used for config.delete.
        let other = w.request("config.delete");
        let o = w.guard.validate(&other, &w.token(&r2)).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "IDENTITY_ACTION_MISMATCH", "{}", reason(&o));
        // A token whose sub names another agent for this agent's request.
        let mut req = w.token_request(&r2);
        req.sub = "billing-agent".into();
        let o = w.guard.validate(&r2, &w.issuer().issue(&req).unwrap()).await;
        assert_eq!(o.status, Status::Rejected, "{}", reason(&o));
    });
}

#[test]
fn a_key_registered_to_another_agent_cannot_act_for_this_one() {
    let w = World::new();
    rt().block_on(async {
        // The demo agent signs a request that claims to come from an unregistered agent.
        let r = w.request_as("ghost-agent", "config.update", ActionKind::ToolCall, Severity::Low, serde_json::json!({}));
        let o = w.validate(&r).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "IDENTITY_KEY_NOT_AGENTS", "{}", reason(&o));
        // An unregistered agent's own key.
        let stranger = SigningKey::generate(w.provider, Algorithm::EdDsa).unwrap().with_kid(aigos_core::Kid::new("stranger").unwrap());
        let issuer = aigos_identity::TokenIssuer::new(Arc::new(stranger)).clock(Arc::new(w.clock.clone()));
        let o = w.guard.validate(&r, &issuer.issue(&w.token_request(&r)).unwrap()).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "IDENTITY_UNKNOWN_KEY", "{}", reason(&o));
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "positive control");
    });
}

fn spawn_payload(tools: &[&str], budget: f64) -> serde_json::Value {
    serde_json::json!({"capabilities": {"tools": tools, "resources": ["*"], "max_budget_usd": budget, "can_spawn": false, "max_child_depth": 0}, "mode": "EXPLICIT"})
}

#[test]
fn spawns_never_gain_tools_budget_or_depth() {
    let w = World::new();
    rt().block_on(async {
        let root = Lineage::root(InstanceId::new("demo-agent-1").unwrap());
        let spawn = |payload: serde_json::Value, instance: &str, lineage: Lineage| {
            w.request_at("agent.spawn", ActionKind::Spawn, payload, instance, lineage)
        };
        // Positive control: a child with a subset of the tools and a smaller budget.
        let o = w.validate(&spawn(spawn_payload(&["config.update"], 10.0), "demo-agent-1", root.clone())).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        // Tool escalation.
        let o = w.validate(&spawn(spawn_payload(&["config.update", "shell.exec"], 10.0), "demo-agent-1", root.clone())).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "PRIVILEGE_ESCALATION", "{}", reason(&o));
        assert!(reason(&o).contains("shell.exec"), "the extra tool is named: {}", reason(&o));
        // Budget escalation (the parent holds 100 USD).
        let o = w.validate(&spawn(spawn_payload(&["config.update"], 500.0), "demo-agent-1", root.clone())).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "BUDGET_ESCALATION", "{}", reason(&o));
        // Beyond the maximum depth (2): a grandchild asking for a child. The
        // lineage of each instance is the Guard's record of it, made when the
        // host registered the instance under its parent.
        let agent = aigos_core::AgentId::new("demo-agent").unwrap();
        let (i1, i2, i3) =
            (InstanceId::new("demo-agent-1").unwrap(), InstanceId::new("demo-agent-2").unwrap(), InstanceId::new("demo-agent-3").unwrap());
        let child = w.guard.register_instance(&agent, &i2, Some(&i1)).unwrap();
        let grandchild = w.guard.register_instance(&agent, &i3, Some(&i2)).unwrap();
        assert_eq!((child.depth(), grandchild.depth()), (1, 2));
        let o = w.validate(&spawn(spawn_payload(&["config.update"], 1.0), "demo-agent-3", grandchild)).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "DEPTH_EXCEEDED", "{}", reason(&o));
        let o = w.validate(&spawn(spawn_payload(&["config.update"], 1.0), "demo-agent-2", child)).await;
        assert_eq!(o.status, Status::Approved, "positive control at depth 1: {}", reason(&o));
        // A tool outside the agent's own capabilities, without spawning.
        let o = w.validate(&w.request("shell.exec")).await;
        assert_eq!(o.status, Status::Rejected, "{}", reason(&o));
    });
}

#[test]
fn forged_and_expired_kill_commands_are_refused_and_a_real_one_stops_the_agent() {
    let w = World::new();
    rt().block_on(async {
        let target = Target { kind: TargetType::Asset, ids: vec!["demo-agent".into()] };
        let rogue = SigningKey::generate(w.provider, Algorithm::EdDsa).unwrap().with_kid(aigos_core::Kid::new("authority-1").unwrap());
        let forged = w.kill(&rogue, CommandType::Terminate, target.clone(), 1, Duration::from_secs(300));
        let err = w.guard.apply_kill(&forged).await.unwrap_err();
        assert!(matches!(err, aigos::Error::KillRefused(_)) && err.to_string().to_lowercase().contains("signature"), "{err}");
        let expired = w.kill(&w.authority, CommandType::Terminate, target.clone(), 2, Duration::from_secs(60));
        w.advance(120);
        let err = w.guard.apply_kill(&expired).await.unwrap_err();
        assert!(matches!(err, aigos::Error::KillRefused(_)) && err.to_string().to_lowercase().contains("expired"), "{err}");
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "still running");
        // Positive control: the authority's terminate command.
        let real = w.kill(&w.authority, CommandType::Terminate, target, 3, Duration::from_secs(300));
        w.guard.apply_kill(&real).await.unwrap();
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "KILL_TERMINATED", "{}", reason(&o));
        // The same command again is a replay.
        assert!(w.guard.apply_kill(&real).await.unwrap_err().to_string().to_lowercase().contains("already"));
    });
}

#[test]
fn the_watchdog_terminates_an_orphaned_agent() {
    let w = World::new();
    rt().block_on(async {
        let instance = InstanceId::new("demo-agent-1").unwrap();
        let agent = aigos_core::AgentId::new("demo-agent").unwrap();
        let handle = w.guard.heartbeat(&agent, &instance).unwrap();
        // Heartbeats inside the lease keep it alive (positive control).
        for _ in 0..3 {
            w.advance(45);
            w.guard.heartbeat(&agent, &instance).unwrap();
            assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved);
        }
        // Silent past the 60 s lease: terminated as an orphan.
        w.advance(61);
        assert_eq!(w.guard.sweep_orphans().await, vec!["demo-agent-1".to_string()]);
        assert!(matches!(handle.state(), aigos_runtime::AgentState::Terminated { .. }));
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "INSTANCE_TERMINATED", "the reaped instance is refused: {}", reason(&o));
        assert!(w.guard.heartbeat(&agent, &instance).is_err(), "a terminated instance cannot come back by heartbeating");
    });
}

#[test]
fn a_flooding_agent_is_limited_then_blocked() {
    let w = World::new();
    rt().block_on(async {
        // Positive control: the burst of 20 passes.
        for i in 0..20 {
            let o = w.validate(&w.request("config.update")).await;
            assert_eq!(o.status, Status::Approved, "request {i}: {}", reason(&o));
        }
        // Then violations, penalties, and a block after repeated violations.
        let mut blocked = false;
        for _ in 0..50 {
            let o = w.validate(&w.request("config.update")).await;
            assert_eq!(o.status, Status::Rejected);
            assert_eq!(o.step(Step::RateLimit).unwrap().result, StepResult::Rejected);
            if o.code() == "RATE_BLOCKED" {
                blocked = true;
                break;
            }
            w.advance(61); // past the penalty, straight into the next violation
            for _ in 0..20 {
                let _ = w.validate(&w.request("config.update")).await;
            }
        }
        assert!(blocked, "repeat offender never blocked");
        assert!(w.guard.dashboard().await.blocked_agents.contains(&"demo-agent".to_string()));
        w.advance(24 * 3600);
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Rejected, "a block lasts until an operator lifts it");
        // The operator lifts it; the lift is audited, and the agent acts again.
        let agent = aigos_core::AgentId::new("demo-agent").unwrap();
        assert!(w.guard.unblock(&agent, "ops@example.invalid").await.unwrap());
        assert!(w.guard.dashboard().await.blocked_agents.is_empty());
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved);
        assert!(!w.guard.unblock(&agent, "ops@example.invalid").await.unwrap(), "nothing left to lift");
        let log: String = std::fs::read_dir(w.dir.path().join("audit"))
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
            .collect();
        assert_eq!(log.matches("\"kind\":\"rate_unblock\"").count(), 2, "each lift is in the audit log");
    });
}

/// Two Guards (say, two replicas) that share their rate limits: an agent
/// cannot double its budget, or escape a block, by spreading its requests.
#[test]
fn guards_sharing_rate_limits_limit_an_agent_across_them() {
    let clock = aigos_core::ManualClock::at_secs(u64::try_from(aigos_tests::T0).unwrap());
    let shared: Arc<dyn aigos_runtime::RateLimitStore> =
        Arc::new(aigos_runtime::RateLimiter::new(aigos_runtime::RateLimitConfig::default(), Arc::new(clock)));
    let a = World::with(aigos::config::SharedState::default().rate_limits(shared.clone()), |_| {});
    let b = World::with(aigos::config::SharedState::default().rate_limits(shared), |_| {});
    rt().block_on(async {
        // Positive control: both Guards approve; 10 + 10 is the burst of 20.
        for i in 0..10 {
            assert_eq!(a.validate(&a.request("config.update")).await.status, Status::Approved, "a, request {i}");
            assert_eq!(b.validate(&b.request("config.update")).await.status, Status::Approved, "b, request {i}");
        }
        // The 21st, through either Guard, is over the shared limit.
        for w in [&a, &b] {
            let o = w.validate(&w.request("config.update")).await;
            assert_eq!(o.status, Status::Rejected);
            assert_eq!(o.step(Step::RateLimit).unwrap().result, StepResult::Rejected, "{}", reason(&o));
        }
    });
}

#[test]
fn a_tampered_audit_log_is_detected() {
    let w = World::new();
    rt().block_on(async {
        for _ in 0..3 {
            assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved);
        }
        let d = w.guard.dashboard().await;
        assert!(d.audit_integrity.as_ref().unwrap().verified, "positive control: {:?}", d.audit_integrity);
        assert_eq!(d.overall_status, aigos::OverallStatus::Operational);
        // Change one byte of a recorded outcome: APPROVED -> APPROVEE.
        let audit = w.dir.path().join("audit");
        let seg = std::fs::read_dir(&audit)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| std::fs::read(p).unwrap().windows(8).any(|x| x == b"APPROVED"))
            .unwrap();
        let mut bytes = std::fs::read(&seg).unwrap();
        let at = bytes.windows(8).position(|x| x == b"APPROVED").unwrap();
        bytes[at + 7] = b'E';
        std::fs::write(&seg, bytes).unwrap();
        let d = w.guard.dashboard().await;
        assert!(!d.audit_integrity.as_ref().unwrap().verified);
        assert_eq!(d.overall_status, aigos::OverallStatus::Compromised);
    });
}

#[test]
fn mfa_and_coalition_approvals_are_bound_to_the_action() {
    let w = World::new();
    rt().block_on(async {
        let critical =
            w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Critical, serde_json::json!({}));
        let o = w.validate(&critical).await;
        assert_eq!(o.status, Status::RequiresMfa);
        assert_eq!(o.permit, None, "no permit before approval");
        let approvers: Vec<aigos::Approver> =
            serde_json::from_str(&std::fs::read_to_string(w.dir.path().join("approvers.json")).unwrap()).unwrap();
        let totp = approvers[0].totp.clone().unwrap();
        let code = totp.code_at(w.now()).unwrap();
        let totp = |challenge: Option<aigos_core::Challenge>| {
            [aigos::ApprovalEvidence::Totp { approver: "operator".into(), code: code.clone(), challenge: challenge.map(|c| c.id) }]
        };
        let o = w.guard.validate_with(&critical, &w.token(&critical), &totp(o.challenge)).await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
        // The same code again (a replayed second factor), with a fresh challenge.
        let fresh = w.validate(&critical).await.challenge;
        assert!(fresh.is_some());
        let o = w.guard.validate_with(&critical, &w.token(&critical), &totp(fresh)).await;
        assert_eq!((o.status, o.code()), (Status::RequiresMfa, "MFA_REQUIRED"), "{}", reason(&o));
        assert!(reason(&o).contains("already used"), "the refused evidence is named: {}", reason(&o));
        // An expert's signature over another action does not count for this one.
        let key = SigningKey::from_pkcs8_pem(w.provider, &std::fs::read_to_string(w.dir.path().join("keys/expert-1.key.pem")).unwrap())
            .unwrap()
            .with_kid(aigos_core::Kid::new("expert-1-key").unwrap());
        let emergency =
            w.request_as("demo-agent", "incident.respond", ActionKind::EmergencyResponse, Severity::Emergency, serde_json::json!({}));
        let other =
            w.request_as("demo-agent", "incident.respond", ActionKind::EmergencyResponse, Severity::Emergency, serde_json::json!({"x": 1}));
        let other_hash = aigos::action_hash(w.provider, &other).unwrap();
        let moved = aigos::SignedApproval::sign(&key, "expert-1", &other_hash, "looks fine", w.now() + 300).unwrap();
        let o = w.guard.validate_with(&emergency, &w.token(&emergency), &[aigos::ApprovalEvidence::Signed(moved)]).await;
        assert_eq!((o.status, o.code()), (Status::RequiresCoe, "COE_REQUIRED"), "{}", reason(&o));
        assert!(reason(&o).contains("another action"), "the refused evidence is named: {}", reason(&o));
        let _ = T0;
    });
}

#[test]
fn an_expired_golden_thread_stops_the_agent() {
    let w = World::new();
    rt().block_on(async {
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "positive control");
        // init signs the thread for a year; a year and a day later the agent may not act.
        w.advance(366 * 86_400);
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "GOLDEN_THREAD_INVALID", "{}", reason(&o));
    });
}

#[test]
fn suspended_and_revoked_agents_cannot_act() {
    for status in [aigos_identity::AgentStatus::Suspended, aigos_identity::AgentStatus::Revoked] {
        let w = World::with_registry(aigos::config::SharedState::default(), |_| {}, |r| r.status = status);
        rt().block_on(async {
            let o = w.validate(&w.request("config.update")).await;
            assert_eq!(o.status, Status::Rejected, "{status:?}");
            assert_eq!(o.step(Step::Identity).unwrap().result, StepResult::Rejected);
        });
    }
    let w = World::new();
    assert_eq!(rt().block_on(w.validate(&w.request("config.update"))).status, Status::Approved, "positive control: active");
}

#[test]
fn a_request_claiming_another_lineage_than_the_registered_one_is_rejected() {
    let root = Lineage::root(InstanceId::new("demo-agent-1").unwrap());
    let registered = root.child(InstanceId::new("demo-agent-1").unwrap()).unwrap();
    let w = World::with_registry(
        aigos::config::SharedState::default(),
        |_| {},
        |r| {
            r.lineage = Some(registered.clone());
            r.instances = vec![InstanceId::new("demo-agent-2").unwrap()];
        },
    );
    rt().block_on(async {
        // Claiming to be the root (to spawn deeper, or look less risky) does not work.
        let o = w.validate(&w.request_at("config.update", ActionKind::ToolCall, serde_json::json!({}), "demo-agent-2", root.clone())).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "LINEAGE_MISMATCH", "{}", reason(&o));
        // Positive control: the registered lineage.
        let o = w
            .validate(&w.request_at("config.update", ActionKind::ToolCall, serde_json::json!({}), "demo-agent-2", registered.clone()))
            .await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

#[test]
fn a_killed_agent_stays_stopped_even_when_the_identity_layer_is_left_out() {
    let w = World::with(aigos::config::SharedState::default(), |c| {
        c.identity = None;
        c.guard.skip.push(aigos::Layer::Identity);
    });
    rt().block_on(async {
        let r = w.request("config.update");
        let o = w.guard.validate(&r, "no token: identity is left out").await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
        assert_eq!(o.step(Step::Identity).unwrap().result, StepResult::Skipped);
        let kill = w.kill(
            &w.authority,
            CommandType::Terminate,
            Target { kind: TargetType::Asset, ids: vec!["demo-agent".into()] },
            1,
            Duration::from_secs(60),
        );
        w.guard.apply_kill(&kill).await.unwrap();
        let o = w.guard.validate(&w.request("config.update"), "").await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.step(Step::Identity).unwrap().result, StepResult::Rejected);
        assert_eq!(o.code(), "KILL_TERMINATED", "{}", reason(&o));
    });
}

#[test]
fn leaving_the_policy_layer_out_keeps_the_default_approval_rules() {
    let w = World::with(aigos::config::SharedState::default(), |c| {
        c.policy = None;
        c.guard.skip.push(aigos::Layer::Policy);
    });
    rt().block_on(async {
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "positive control: LOW");
        let critical =
            w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Critical, serde_json::json!({}));
        let o = w.validate(&critical).await;
        assert_eq!(o.status, Status::RequiresMfa, "{}", reason(&o));
        let approvers: Vec<aigos::Approver> =
            serde_json::from_str(&std::fs::read_to_string(w.dir.path().join("approvers.json")).unwrap()).unwrap();
        let code = approvers[0].totp.clone().unwrap().code_at(w.now()).unwrap();
        let ev = [aigos::ApprovalEvidence::Totp { approver: "operator".into(), code, challenge: o.challenge.map(|c| c.id) }];
        assert_eq!(w.guard.validate_with(&critical, &w.token(&critical), &ev).await.status, Status::Approved);
        let emergency =
            w.request_as("demo-agent", "incident.respond", ActionKind::EmergencyResponse, Severity::Emergency, serde_json::json!({}));
        assert_eq!(w.validate(&emergency).await.status, Status::RequiresCoe);
        let spawn = w.request_as("demo-agent", "agent.spawn", ActionKind::Spawn, Severity::Low, serde_json::json!({}));
        let o = w.validate(&spawn).await;
        assert_eq!(o.status, Status::Rejected, "no spawning without capability decay: {}", reason(&o));
    });
}
