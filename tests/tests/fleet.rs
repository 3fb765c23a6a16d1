//! Two Guards built from the same setup, each with its own connections to
//! one Redis (`[state] backend = "redis"` as `aigos_server::fleet` connects
//! it), behave as one: a token, a TOTP code or a coalition's signatures
//! used on one are used on both; an agent's rate limit and budget are one;
//! a kill or an orphan's termination on one reaches the other; a bundle
//! older than one the fleet accepted is refused. With Redis down every
//! validation is REJECTED with STATE_UNAVAILABLE, and service resumes when
//! it is back; Redis restarted empty gets the kill state back from the
//! Guards.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aigos::config::{GuardConfig, SharedState, StateBackend};
use aigos::{ApprovalEvidence, Guard, SignedApproval};
use aigos_core::{ActionKind, ActionRequest, Clock, CostUsd, Kid, Severity, Status};
use aigos_crypto::SigningKey;
use aigos_redis::testing::RedisServer;
use aigos_runtime::TargetType;
use aigos_tests::{T0, World, reason};

/// The shared stores of one Guard of the fleet, as `aigos serve` connects them.
async fn shared(server: &RedisServer, dir: &Path, clock: &Arc<dyn Clock>) -> SharedState {
    let (mut config, base) = GuardConfig::load(&dir.join("aigos.toml")).unwrap();
    config.state.backend = StateBackend::Redis;
    config.state.url = Some(server.url());
    config.state.prefix = "fleet-test".into();
    aigos_server::fleet::shared_state(&config, &base, clock).await.unwrap()
}

struct Fleet {
    a: World,
    b: Guard,
}

/// Guard B: A's setup, its own audit log and kill-state file, its own connections.
async fn guard_b(server: &RedisServer, a: &World) -> Guard {
    guard_named(server, a, "b").await
}

/// Another Guard of the fleet on A's setup, with an audit log and a
/// kill-state file of its own (`audit-NAME`, `kill-state-NAME.jsonl`).
async fn guard_named(server: &RedisServer, a: &World, name: &str) -> Guard {
    let clock: Arc<dyn Clock> = Arc::new(a.clock.clone());
    let (mut config, base) = GuardConfig::load(&a.dir.path().join("aigos.toml")).unwrap();
    config.audit.as_mut().unwrap().dir = format!("audit-{name}").into();
    // Each log its own witness: a witness names one log's checkpoints.
    config.audit.as_mut().unwrap().witness = Some(format!("audit-{name}.witness.json").into());
    config.audit.as_mut().unwrap().durability = aigos::config::DurabilityName::None;
    config.runtime.as_mut().unwrap().kill_state = Some(format!("kill-state-{name}.jsonl").into());
    let b = config.build_with(&base, &clock, shared(server, a.dir.path(), &clock).await).unwrap();
    drop(b.join_fleet().await.unwrap());
    b
}

async fn fleet_with(server: &RedisServer, agent: impl FnOnce(&mut aigos_identity::AgentRecord)) -> Fleet {
    // A's shared state needs A's setup: build it from a throwaway init of the same shape first.
    let seed = tempfile::tempdir().unwrap();
    aigos::config::init(seed.path(), aigos_crypto::default_provider(), T0).unwrap();
    // A's stores run on A's clock: `advance` moves both.
    let clock = aigos_core::ManualClock::at_secs(u64::try_from(T0).unwrap());
    let dyn_clock: Arc<dyn Clock> = Arc::new(clock.clone());
    let shared_a = shared(server, seed.path(), &dyn_clock).await;
    let a = World::with_setup_at(clock, shared_a, |_| {}, agent, |_| Vec::new(), None);
    drop(a.guard.join_fleet().await.unwrap());
    let b = guard_b(server, &a).await;
    Fleet { a, b }
}

async fn fleet(server: &RedisServer) -> Fleet {
    fleet_with(server, |_| {}).await
}

fn mt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

#[test]
fn a_token_used_on_one_guard_is_refused_on_the_other() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let r = f.a.request("config.update");
        let token = f.a.token(&r);
        let o = f.a.guard.validate(&r, &token).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        let o = f.b.validate(&r, &token).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "IDENTITY_TOKEN_REPLAYED"), "{}", reason(&o));
        // Positive control: a fresh token on B.
        let o = f.b.validate(&r, &f.a.token(&r)).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

#[test]
fn an_agents_rate_limit_is_one_across_the_fleet() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let mut approved = 0;
        for i in 0..30 {
            let r = f.a.request("config.update");
            let guard = if i % 2 == 0 { &f.a.guard } else { &f.b };
            let o = guard.validate(&r, &f.a.token(&r)).await;
            match o.status {
                Status::Approved => approved += 1,
                _ => assert_eq!(o.code(), "RATE_LIMITED", "{}", reason(&o)),
            }
        }
        assert_eq!(approved, 20, "20 a minute across both Guards, not 40");
    });
}

#[test]
fn a_kill_applied_on_one_guard_stops_the_agent_on_the_other() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let r = f.a.request("config.update");
        let o = f.b.validate(&r, &f.a.token(&r)).await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
        let start = Instant::now();
        f.a.guard.apply_kill(&f.a.terminate(TargetType::Asset, "demo-agent", 1)).await.unwrap();
        loop {
            let o = f.b.validate(&r, &f.a.token(&r)).await;
            if o.status == Status::Rejected && o.code().starts_with("KILL_") {
                break;
            }
            assert!(start.elapsed() < Duration::from_secs(5), "B still serves the agent: {}", reason(&o));
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        eprintln!("kill applied on A stopped the agent on B after {:?}", start.elapsed());
        // B recorded it in its own audit log and kill-state file.
        let kept = std::fs::read_to_string(f.a.dir.path().join("kill-state-b.jsonl")).unwrap();
        assert!(kept.contains("\"terminate\"") || kept.contains("TERMINATE"), "{kept}");
    });
}

#[test]
fn a_forged_journal_entry_is_not_applied() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        // An attacker with Redis access appends a terminate signed by a key the Guards do not trust.
        let rogue = SigningKey::generate(f.a.provider, aigos_crypto::Algorithm::EdDsa).unwrap().with_kid(Kid::new("authority-1").unwrap());
        let target = aigos_runtime::Target { kind: TargetType::Asset, ids: vec!["demo-agent".into()] };
        let forged = f.a.kill(&rogue, aigos_runtime::CommandType::Terminate, target, 7, Duration::from_secs(300));
        let bus =
            aigos_redis::RedisState::connect(aigos_redis::RedisConfig::new(server.url()).prefix("fleet-test"), Arc::new(f.a.clock.clone()))
                .await
                .unwrap()
                .kill_bus();
        use aigos_runtime::KillBus as _;
        bus.publish(&aigos_runtime::JournalEntry::Command(serde_json::to_string(&forged).unwrap())).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let r = f.a.request("config.update");
        let o = f.b.validate(&r, &f.a.token(&r)).await;
        assert_eq!(o.status, Status::Approved, "a forged command stopped the agent: {}", reason(&o));
        // Positive control: the authority's own command through the same journal stops it.
        let real = f.a.terminate(TargetType::Asset, "demo-agent", 8);
        bus.publish(&aigos_runtime::JournalEntry::Command(serde_json::to_string(&real).unwrap())).await.unwrap();
        let start = Instant::now();
        loop {
            let o = f.b.validate(&r, &f.a.token(&r)).await;
            if o.status == Status::Rejected {
                assert!(o.code().starts_with("KILL_"), "{}", reason(&o));
                break;
            }
            assert!(start.elapsed() < Duration::from_secs(5));
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
}

fn critical(w: &World) -> ActionRequest {
    w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Low, serde_json::json!({"task": "rotate"}))
}

fn operator_code(w: &World) -> String {
    let approvers: Vec<aigos::Approver> =
        serde_json::from_str(&std::fs::read_to_string(w.dir.path().join("approvers.json")).unwrap()).unwrap();
    approvers.into_iter().find(|a| a.id == "operator").unwrap().totp.unwrap().code_at(w.now()).unwrap()
}

fn totp(code: &str, challenge: &str) -> ApprovalEvidence {
    ApprovalEvidence::Totp { approver: "operator".into(), code: code.into(), challenge: Some(challenge.into()) }
}

#[test]
fn a_totp_code_used_on_one_guard_is_refused_on_the_other() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let r = critical(&f.a);
        let o = f.a.validate(&r).await;
        assert_eq!(o.status, Status::RequiresMfa, "{}", reason(&o));
        let code = operator_code(&f.a);
        let o = f.a.guard.validate_with(&r, &f.a.token(&r), &[totp(&code, &o.challenge.unwrap().id)]).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        // B: a new challenge for the same action, the same code.
        let o = f.b.validate(&r, &f.a.token(&r)).await;
        assert_eq!(o.status, Status::RequiresMfa, "{}", reason(&o));
        let challenge = o.challenge.unwrap().id;
        let o = f.b.validate_with(&r, &f.a.token(&r), &[totp(&code, &challenge)]).await;
        assert_ne!(o.status, Status::Approved, "a code used on A approved on B");
        // Positive control: the next code approves on B.
        f.a.advance(30);
        let o = f.b.validate(&r, &f.a.token(&r)).await;
        let challenge = o.challenge.map(|c| c.id).unwrap_or(challenge);
        let o = f.b.validate_with(&r, &f.a.token(&r), &[totp(&operator_code(&f.a), &challenge)]).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

fn expert_sig(w: &World, n: u8, r: &ActionRequest) -> ApprovalEvidence {
    let key =
        SigningKey::from_pkcs8_pem(w.provider, &std::fs::read_to_string(w.dir.path().join(format!("keys/expert-{n}.key.pem"))).unwrap())
            .unwrap()
            .with_kid(Kid::new(format!("expert-{n}-key")).unwrap());
    let ahash = aigos::action_hash(w.provider, r).unwrap();
    ApprovalEvidence::Signed(SignedApproval::sign(&key, &format!("expert-{n}"), &ahash, "ok", w.now() + 600).unwrap())
}

#[test]
fn a_coalition_approval_used_on_one_guard_is_refused_on_the_other() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let r = f.a.request_as("demo-agent", "incident.respond", ActionKind::EmergencyResponse, Severity::Low, serde_json::json!({"x": 1}));
        let coalition = [expert_sig(&f.a, 1, &r), expert_sig(&f.a, 2, &r)];
        let o = f.a.guard.validate_with(&r, &f.a.token(&r), &coalition).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        let o = f.b.validate_with(&r, &f.a.token(&r), &coalition).await;
        assert_eq!(o.status, Status::RequiresCoe, "signatures used on A approved on B: {}", reason(&o));
        // Positive control: fresh signatures (a second later) on B.
        f.a.advance(1);
        let o = f.b.validate_with(&r, &f.a.token(&r), &[expert_sig(&f.a, 3, &r), expert_sig(&f.a, 2, &r)]).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

#[test]
fn a_budget_spent_on_one_guard_counts_on_the_other() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet_with(&server, |r| r.capabilities.max_budget_usd = Some(CostUsd::new(10.0).unwrap())).await;
        let costly = |w: &World, usd: f64| {
            let mut r = w.request("config.update");
            r.estimated_cost_usd = Some(CostUsd::new(usd).unwrap());
            r
        };
        let r = costly(&f.a, 6.0);
        let o = f.a.guard.validate(&r, &f.a.token(&r)).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        let r = costly(&f.a, 6.0);
        let o = f.b.validate(&r, &f.a.token(&r)).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "BUDGET_EXCEEDED"), "{}", reason(&o));
        // Positive control: what is left.
        let r = costly(&f.a, 3.0);
        let o = f.b.validate(&r, &f.a.token(&r)).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

#[test]
fn an_older_bundle_is_refused_after_the_fleet_accepted_a_newer_one() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        // A newer bundle, accepted by a Guard C of the fleet.
        let path = f.a.dir.path().join("policy.bundle.json");
        let current: aigos_policy::PolicyBundle = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let newer = aigos_policy::PolicyBundle::sign(current.document.clone(), current.version + 1, T0, false, &f.a.authority).unwrap();
        std::fs::write(f.a.dir.path().join("newer.bundle.json"), serde_json::to_string(&newer).unwrap()).unwrap();
        let clock: Arc<dyn Clock> = Arc::new(f.a.clock.clone());
        let build = |bundle: &str, audit: &str| {
            let (mut config, base) = GuardConfig::load(&f.a.dir.path().join("aigos.toml")).unwrap();
            config.policy.as_mut().unwrap().bundle = bundle.into();
            config.audit.as_mut().unwrap().dir = audit.into();
            config.audit.as_mut().unwrap().witness = Some(format!("{audit}.witness.json").into());
            (config, base)
        };
        let (config, base) = build("newer.bundle.json", "audit-c");
        config.build_with(&base, &clock, shared(&server, f.a.dir.path(), &clock).await).expect("the newer bundle");
        // Guard D starts with the bundle A and B run: refused, the fleet moved on.
        let (config, base) = build("policy.bundle.json", "audit-d");
        let refused = config.build_with(&base, &clock, shared(&server, f.a.dir.path(), &clock).await);
        let Err(e) = refused else { panic!("an older bundle accepted") };
        let e = e.to_string();
        assert!(e.contains("rollback") || e.contains("older"), "{e}");
        drop(f.b);
    });
}

#[test]
fn an_orphan_is_seen_by_every_guard() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let beat = |w: &World| {
            let instance = "demo-agent-1";
            let aigos: aigos_identity::AigosClaims = serde_json::from_value(serde_json::json!({
                "version": "1.0",
                "identity": {"instance_id": instance, "asset_id": "demo-agent", "asset_name": "Demo", "asset_version": "1"},
                "governance": {"risk_level": "limited", "golden_thread": {"hash": format!("sha256:{}", "0".repeat(64)), "verified": true, "ticket_id": "T-1"}, "mode": "NORMAL"},
                "control": {"kill_switch": {"enabled": true, "channel": "sse"}, "paused": false, "termination_pending": false},
                "capabilities": {"hash": format!("sha256:{}", "0".repeat(64)), "tools": ["config.update"], "max_budget_usd": null, "can_spawn": false, "max_child_depth": 0},
                "lineage": {"generation_depth": 0, "parent_instance_id": null, "root_instance_id": instance},
            }))
            .unwrap();
            w.issuer()
                .issue(&aigos_identity::TokenRequest {
                    sub: "demo-agent".into(),
                    aud: vec!["aigos-guard".into()],
                    aigos: Some(aigos),
                    ..Default::default()
                })
                .unwrap()
        };
        // The instance beats on B only; A sweeps.
        f.b.heartbeat_with_token(&beat(&f.a), |_| true).await.unwrap();
        f.a.advance(30);
        assert!(f.a.guard.sweep_orphans().await.is_empty(), "alive: its lease is the fleet's");
        f.b.heartbeat_with_token(&beat(&f.a), |_| true).await.unwrap();
        f.a.advance(120);
        assert_eq!(f.a.guard.sweep_orphans().await, vec!["demo-agent-1".to_owned()], "orphaned");
        assert!(f.b.sweep_orphans().await.is_empty(), "claimed once");
        // B learns it from the journal.
        let start = Instant::now();
        loop {
            let r = f.a.request("config.update");
            let o = f.b.validate(&r, &f.a.token(&r)).await;
            if o.status == Status::Rejected {
                break;
            }
            assert!(start.elapsed() < Duration::from_secs(5), "B still serves the orphan: {}", reason(&o));
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
}

#[test]
fn with_redis_down_nothing_is_approved_and_service_resumes_when_it_is_back() {
    let mut server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let r = f.a.request("config.update");
        let o = f.a.validate(&r).await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
        server.kill();
        for guard in [&f.a.guard, &f.b] {
            for _ in 0..3 {
                let o = guard.validate(&r, &f.a.token(&r)).await;
                assert_eq!((o.status, o.code()), (Status::Rejected, "STATE_UNAVAILABLE"), "{}", reason(&o));
            }
        }
        let ready = f.a.guard.readiness().await;
        let shared = ready.iter().find(|c| c.component == "shared state").unwrap();
        assert!(shared.error.as_deref().is_some_and(|e| e.contains("replay")), "{ready:?}");
        let d = f.a.guard.dashboard().await;
        assert_eq!(d.overall_status, aigos::OverallStatus::Degraded);
        assert!(d.state_failures.iter().any(|s| s.store == "replay"), "{:?}", d.state_failures);

        server.restart().unwrap();
        let start = Instant::now();
        loop {
            let o = f.a.validate(&r).await;
            if o.status == Status::Approved {
                break;
            }
            assert_eq!(o.code(), "STATE_UNAVAILABLE", "{}", reason(&o));
            assert!(start.elapsed() < Duration::from_secs(20), "no recovery");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        eprintln!("service resumed {:?} after the restart", start.elapsed());
    });
}

#[test]
fn redis_restarted_empty_gets_the_kill_state_back_from_the_guards() {
    let mut server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        f.a.guard.apply_kill(&f.a.terminate(TargetType::Instance, "demo-agent-1", 1)).await.unwrap();
        server.restart().unwrap();
        // The Guards see the journal lost and publish their kill state again;
        // a Guard that joins afterwards learns the termination.
        let start = Instant::now();
        for attempt in 0.. {
            let clock: Arc<dyn Clock> = Arc::new(f.a.clock.clone());
            let (mut config, base) = GuardConfig::load(&f.a.dir.path().join("aigos.toml")).unwrap();
            config.audit.as_mut().unwrap().dir = format!("audit-c{attempt}").into();
            config.audit.as_mut().unwrap().witness = Some(format!("audit-c{attempt}.witness.json").into());
            config.runtime.as_mut().unwrap().kill_state = None;
            config.state.backend = StateBackend::Redis;
            config.state.url = Some(server.url());
            config.state.prefix = "fleet-test".into();
            let shared = tokio::time::timeout(Duration::from_secs(2), aigos_server::fleet::shared_state(&config, &base, &clock)).await;
            let joined = match shared {
                Ok(Ok(shared)) => match config.build_with(&base, &clock, shared) {
                    Ok(c) => c.join_fleet().await.map(|_| c).map_err(|e| e.to_string()),
                    Err(e) => Err(e.to_string()),
                },
                Ok(Err(e)) => Err(e.to_string()),
                Err(_) => Err("no connection".into()),
            };
            match joined {
                Ok(c) => {
                    let r = f.a.request("config.update");
                    let o = c.validate(&r, &f.a.token(&r)).await;
                    c.shutdown().await.unwrap();
                    if o.status == Status::Rejected && reason(&o).contains("terminated") {
                        break;
                    }
                    assert_eq!(o.status, Status::Approved, "{}", reason(&o));
                }
                Err(e) => eprintln!("C: {e}"),
            }
            assert!(start.elapsed() < Duration::from_secs(20), "the kill state was not restored");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        eprintln!("kill state back in the journal {:?} after the restart", start.elapsed());
        drop(f.b);
    });
}

#[test]
fn the_same_jti_through_two_guards_is_accepted_once() {
    use proptest::prelude::*;
    let server = RedisServer::start().unwrap();
    let rt = mt();
    let f = rt.block_on(fleet(&server));
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig { cases: 6, ..ProptestConfig::default() });
    runner
        .run(&(1usize..64), |on_a| {
            rt.block_on(async {
                let r = f.a.request("config.update");
                let token = f.a.token(&r);
                let calls = (0..64).map(|i| {
                    let (guard, r, token) = (if i < on_a { f.a.guard.clone() } else { f.b.clone() }, r.clone(), token.clone());
                    tokio::spawn(async move { guard.validate(&r, &token).await })
                });
                let outcomes = futures_util::future::join_all(calls).await;
                let approved = outcomes.iter().filter(|o| o.as_ref().unwrap().status == Status::Approved).count();
                let mut why: Vec<String> = outcomes.iter().map(|o| reason(o.as_ref().unwrap())).collect();
                why.sort();
                why.dedup();
                // Each validation spends the agent's rate: lift it for the
                // next case (before asserting, so that a shrunk rerun starts
                // from the same state as the case that failed).
                f.a.advance(120);
                prop_assert_eq!(approved, 1, "{} of 64 uses approved ({} on A): {:?}", approved, on_a, why);
                Ok(())
            })
        })
        .unwrap();
}

/// A journal connection of the test's own (what an insider with Redis access holds).
async fn journal(server: &RedisServer, w: &World) -> Arc<aigos_redis::RedisKillBus> {
    aigos_redis::RedisState::connect(aigos_redis::RedisConfig::new(server.url()).prefix("fleet-test"), Arc::new(w.clock.clone()))
        .await
        .unwrap()
        .kill_bus()
}

fn command(w: &World, kind: aigos_runtime::CommandType, target: TargetType, id: &str, sequence: u64) -> String {
    let target = aigos_runtime::Target { kind: target, ids: vec![id.into()] };
    serde_json::to_string(&w.kill(&w.authority, kind, target, sequence, Duration::from_secs(300))).unwrap()
}

async fn until_rejected(w: &World, guard: &Guard) -> String {
    let start = Instant::now();
    loop {
        let r = w.request("config.update");
        let o = guard.validate(&r, &w.token(&r)).await;
        if o.status == Status::Rejected {
            return reason(&o);
        }
        assert!(start.elapsed() < Duration::from_secs(5), "still approved: {}", reason(&o));
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[test]
fn a_termination_published_after_a_newer_command_still_applies() {
    use aigos_runtime::{CommandType, JournalEntry, KillBus as _};
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let bus = journal(&server, &f.a).await;
        // The issuer sent sequence 6 (a pause of another organization) to one
        // Guard and 5 (terminate the agent) to another; 6 reached the journal first.
        bus.publish(&JournalEntry::Command(command(&f.a, CommandType::Pause, TargetType::Organization, "elsewhere", 6))).await.unwrap();
        bus.publish(&JournalEntry::Command(command(&f.a, CommandType::Terminate, TargetType::Asset, "demo-agent", 5))).await.unwrap();
        let why = until_rejected(&f.a, &f.b).await;
        assert!(why.contains("kill switch") || why.contains("terminated"), "{why}");
    });
}

#[test]
fn an_older_resume_appended_after_a_newer_pause_releases_nothing() {
    use aigos_runtime::{CommandType, JournalEntry, KillBus as _};
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let bus = journal(&server, &f.a).await;
        // The authority paused the agent at 9 and resumed it at 10, then paused it again at 11.
        let resume = command(&f.a, CommandType::Resume, TargetType::Asset, "demo-agent", 10);
        f.a.guard
            .apply_kill(&serde_json::from_str(&command(&f.a, CommandType::Pause, TargetType::Asset, "demo-agent", 9)).unwrap())
            .await
            .unwrap();
        f.a.guard.apply_kill(&serde_json::from_str(&resume).unwrap()).await.unwrap();
        f.a.guard
            .apply_kill(&serde_json::from_str(&command(&f.a, CommandType::Pause, TargetType::Asset, "demo-agent", 11)).unwrap())
            .await
            .unwrap();
        until_rejected(&f.a, &f.b).await;
        // An insider appends the old RESUME again, and a third Guard joins.
        bus.publish(&JournalEntry::Command(resume)).await.unwrap();
        let c = guard_named(&server, &f.a, "c").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        for guard in [&f.b, &c] {
            let r = f.a.request("config.update");
            let o = guard.validate(&r, &f.a.token(&r)).await;
            assert_eq!(o.status, Status::Rejected, "the old RESUME released the agent: {}", reason(&o));
        }
    });
}

#[test]
fn an_entry_that_is_not_utf8_does_not_stall_the_journal() {
    use aigos_runtime::{CommandType, JournalEntry, KillBus as _};
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let client = redis::Client::open(server.url()).unwrap();
        let mut c = client.get_multiplexed_async_connection().await.unwrap();
        let _: String =
            redis::cmd("XADD").arg("fleet-test:kill").arg("*").arg("c").arg(&b"\xff\xfe{"[..]).query_async(&mut c).await.unwrap();
        let bus = journal(&server, &f.a).await;
        bus.publish(&JournalEntry::Command(command(&f.a, CommandType::Terminate, TargetType::Asset, "demo-agent", 3))).await.unwrap();
        until_rejected(&f.a, &f.b).await;
        // A Guard that joins now reads past it too.
        guard_named(&server, &f.a, "c").await;
    });
}

#[test]
fn a_kill_applied_while_redis_is_down_reaches_the_fleet_when_it_is_back() {
    let mut server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        server.kill();
        let applied = f.a.guard.apply_kill(&f.a.terminate(TargetType::Asset, "demo-agent", 1)).await;
        assert!(matches!(applied, Err(aigos::Error::Unavailable { what: "kill journal", .. })), "{applied:?}");
        server.restart().unwrap();
        // B (which never saw it) and a Guard that joins later both learn it.
        until_rejected(&f.a, &f.b).await;
        let start = Instant::now();
        for attempt in 0.. {
            if let Ok(c) = tokio::time::timeout(Duration::from_secs(3), guard_named(&server, &f.a, &format!("join-{attempt}"))).await {
                let r = f.a.request("config.update");
                if c.validate(&r, &f.a.token(&r)).await.status == Status::Rejected {
                    break;
                }
            }
            assert!(start.elapsed() < Duration::from_secs(20), "the kill never reached the journal");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    });
}

#[test]
fn a_validation_costs_at_most_two_round_trips() {
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let seed = tempfile::tempdir().unwrap();
        let path = aigos::config::init(seed.path(), aigos_crypto::default_provider(), T0).unwrap();
        let (mut config, base) = GuardConfig::load(&path).unwrap();
        config.state.backend = StateBackend::Redis;
        config.state.url = Some(server.url());
        // The fleet's rate limits come from the configuration the stores are connected with.
        let r = config.runtime.as_mut().unwrap();
        (r.rate, r.burst) = (1_000_000, 1_000_000);
        let clock: Arc<dyn Clock> = Arc::new(aigos_core::ManualClock::at_secs(u64::try_from(T0).unwrap()));
        let state = aigos_server::fleet::connect(&config, &base, &clock).await.unwrap().unwrap();
        let shared = aigos_server::fleet::shared_from(&state, &config).unwrap();
        let w = World::with(shared, |_| {});
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        let n: u32 = 50;
        let requests: Vec<_> = (0..n).map(|_| w.request("config.update")).collect();
        let tokens: Vec<_> = requests.iter().map(|r| w.token(r)).collect();
        let before = state.round_trips();
        let started = Instant::now();
        for (r, t) in requests.iter().zip(&tokens) {
            let o = w.guard.validate(r, t).await;
            assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        }
        let trips = state.round_trips() - before;
        let seconds = started.elapsed().as_secs() + 1;
        eprintln!("{trips} round trips for {n} validations ({:.2} each) in under {seconds} s", trips as f64 / f64::from(n));
        // Two per validation (the jti, the rate limit); the budget headroom
        // once a second and the connection probe once a second besides.
        assert!(trips <= 2 * u64::from(n) + 2 * seconds + 2, "{trips} round trips for {n} validations");
    });
}

#[test]
fn a_late_pause_is_not_dropped_for_a_newer_command_to_another_target() {
    use aigos_runtime::{CommandType, JournalEntry, KillBus as _};
    let server = RedisServer::start().unwrap();
    mt().block_on(async {
        let f = fleet(&server).await;
        let bus = journal(&server, &f.a).await;
        // The pause (11) reached the journal after a newer terminate (12) of another organization.
        bus.publish(&JournalEntry::Command(command(&f.a, CommandType::Terminate, TargetType::Organization, "elsewhere", 12)))
            .await
            .unwrap();
        bus.publish(&JournalEntry::Command(command(&f.a, CommandType::Pause, TargetType::Asset, "demo-agent", 11))).await.unwrap();
        let why = until_rejected(&f.a, &f.b).await;
        assert!(why.contains("paused"), "{why}");
    });
}
