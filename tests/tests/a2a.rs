//! Agent-to-agent calls wired through the facade (`aigos::a2a`), attacked
//! as a compromised or killed agent would, each next to the honest call.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs, reason = "tests")]

use std::{path::PathBuf, sync::Arc, time::Duration};

use aigos::{
    Guard,
    a2a::A2aNode,
    config::{A2A_TRUST_DOMAIN, DEMO_AGENT, DEMO_AGENT_KID, GuardConfig, PEER_AGENT},
};
use aigos_core::{Clock, SystemClock};
use aigos_identity::{Confirmation, TokenIssuer, TokenRequest};
use aigos_network::{A2aCaller, A2aError, A2aHandler, SpiffeId};
use bytes::Bytes;
use tokio::net::{TcpListener, TcpStream};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// `aigos init`: the demo agent (aigos.toml) and its peer (peer-agent.toml),
/// each with its own Guard.
struct Deployment {
    dir: tempfile::TempDir,
}

impl Deployment {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        aigos::config::init(dir.path(), aigos_crypto::default_provider(), SystemClock.now_secs()).unwrap();
        Deployment { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn guard(&self, config: &str) -> (Guard, GuardConfig, PathBuf) {
        let (cfg, base) = GuardConfig::load(&self.path(config)).unwrap();
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        (cfg.build(&base, &clock).unwrap(), cfg, base)
    }

    /// A PKCS#8 key of the deployment under `kid`.
    fn key(&self, file: &str, kid: &str) -> aigos_crypto::SigningKey {
        aigos_crypto::SigningKey::from_pkcs8_pem(aigos_crypto::default_provider(), &std::fs::read_to_string(self.path(file)).unwrap())
            .unwrap()
            .with_kid(aigos_core::Kid::new(kid).unwrap())
    }

    fn node(&self, config: &str, agent: &str) -> (Guard, A2aNode) {
        let (guard, cfg, base) = self.guard(config);
        let node = A2aNode::from_config(&guard, &cfg, &base, agent, Arc::new(SystemClock)).unwrap();
        (guard, node)
    }
}

struct Ack;

#[async_trait::async_trait]
impl A2aHandler for Ack {
    async fn handle(&self, caller: &A2aCaller, _request: hyper::Request<Bytes>) -> hyper::Response<Bytes> {
        hyper::Response::new(Bytes::from(format!("{} {}", caller.peer.id().agent_id(), caller.action)))
    }
}

async fn serve(node: &A2aNode) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(node.server(Arc::new(Ack)).unwrap().serve(listener));
    addr
}

async fn call(node: &A2aNode, addr: std::net::SocketAddr, action: &str) -> Result<String, A2aError> {
    let peer = SpiffeId::new(A2A_TRUST_DOMAIN, PEER_AGENT).unwrap();
    let mut session = node.client().unwrap().connect(TcpStream::connect(addr).await.unwrap(), &peer).await?;
    let answer = session.call(action, Bytes::from_static(b"{}")).await?;
    Ok(format!("{} {}", answer.status.as_u16(), String::from_utf8_lossy(&answer.body)))
}

/// The peer serving, the demo agent's node, and an honest call that worked
/// (the positive control of every attack below).
struct Pair {
    peer_guard: Guard,
    demo: A2aNode,
    addr: std::net::SocketAddr,
    _keep: (A2aNode, Guard),
}

impl Pair {
    async fn connected(d: &Deployment) -> Pair {
        let (peer_guard, peer) = d.node("peer-agent.toml", PEER_AGENT);
        let (demo_guard, demo) = d.node("aigos.toml", DEMO_AGENT);
        let addr = serve(&peer).await;
        assert_eq!(code(call(&demo, addr, "reports.read").await), "200 demo-agent reports.read", "positive control");
        Pair { peer_guard, demo, addr, _keep: (peer, demo_guard) }
    }
}

fn code(r: Result<String, A2aError>) -> String {
    match r {
        Ok(s) => s,
        Err(A2aError::Rejected(r)) => format!("refused {}", r.code),
        Err(e) => format!("error {e}"),
    }
}

fn audit_records(dir: &std::path::Path) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    aigos_audit::read_records(aigos_crypto::default_provider(), dir, 0, u64::MAX, &mut |r| {
        out.push(serde_json::json!({"kind": r.body.kind, "actor": r.body.actor, "data": r.body.data}));
        Ok(())
    })
    .unwrap();
    out
}

#[test]
fn an_honest_call_is_served_and_both_sides_audit_it() {
    let d = Deployment::new();
    rt().block_on(async {
        let (peer_guard, peer) = d.node("peer-agent.toml", PEER_AGENT);
        let (demo_guard, demo) = d.node("aigos.toml", DEMO_AGENT);
        let addr = serve(&peer).await;
        assert_eq!(code(call(&demo, addr, "reports.read").await), "200 demo-agent reports.read");
        assert_eq!(code(call(&demo, addr, "reports/../admin").await), "refused PATH_NOT_NORMALIZED");
        drop((peer, demo, peer_guard, demo_guard));
    });
    let inbound: Vec<String> = audit_records(&d.path("peer-agent.audit"))
        .iter()
        .filter(|r| r["kind"] == "a2a_call")
        .map(|r| {
            format!("{} {} {}", r["actor"].as_str().unwrap(), r["data"]["action"].as_str().unwrap(), r["data"]["outcome"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        inbound,
        [
            "spiffe://aigos.local/agent/demo-agent reports.read SERVED",
            "spiffe://aigos.local/agent/demo-agent /reports/../admin PATH_NOT_NORMALIZED"
        ]
    );
    let outbound =
        audit_records(&d.path("audit")).iter().filter(|r| r["kind"] == "a2a_call" && r["data"]["direction"] == "outbound").count();
    assert_eq!(outbound, 2);
}

#[test]
fn a_killed_or_paused_agent_is_refused_by_its_peers_guard() {
    let d = Deployment::new();
    rt().block_on(async {
        let Pair { peer_guard, demo, addr, .. } = Pair::connected(&d).await;
        let agent = || aigos_runtime::Target { kind: aigos_runtime::TargetType::Asset, ids: vec![DEMO_AGENT.into()] };
        let command = |kind, sequence| kill(&d, kind, agent(), sequence);
        peer_guard.apply_kill(&command(aigos_runtime::CommandType::Pause, 1)).await.unwrap();
        assert_eq!(code(call(&demo, addr, "reports.read").await), "refused KILL_PAUSED");
        peer_guard.apply_kill(&command(aigos_runtime::CommandType::Terminate, 2)).await.unwrap();
        assert_eq!(code(call(&demo, addr, "reports.read").await), "refused KILL_TERMINATED");
    });
}

#[test]
fn a_peers_token_is_judged_by_the_registry_and_the_replay_store_not_by_itself() {
    let d = Deployment::new();
    rt().block_on(async {
        let (_g, peer) = d.node("peer-agent.toml", PEER_AGENT);
        let validator = peer.validator();
        let provider = aigos_crypto::default_provider();
        let demo_key = Arc::new(d.key("keys/demo-agent.key.pem", DEMO_AGENT_KID));
        let me = peer.identity().to_string();
        let token = |key: &Arc<aigos_crypto::SigningKey>, sub: &str, aud: Vec<String>| {
            TokenIssuer::new(key.clone())
                .issue(&TokenRequest {
                    sub: sub.into(),
                    aud,
                    cnf: Some(Confirmation { x5t_s256: "bound".into() }),
                    ..TokenRequest::default()
                })
                .unwrap()
        };
        let good = token(&demo_key, DEMO_AGENT, vec!["aigos-guard".into(), me.clone()]);
        let claims = validator.validate(&good).await.unwrap();
        assert_eq!(claims.asset_id, DEMO_AGENT);
        assert!(claims.governed && claims.golden_thread_verified, "from the registry's golden thread");
        assert_eq!(claims.registry_organization.as_deref(), Some("acme"));
        assert!(claims.kill_switch_enabled, "the Guard enforces the kill state itself");
        // The attacks.
        assert_eq!(validator.validate(&good).await.unwrap_err(), "IDENTITY_TOKEN_REPLAYED", "replayed");
        let elsewhere = token(&demo_key, DEMO_AGENT, vec!["aigos-guard".into(), "spiffe://aigos.local/agent/other".into()]);
        assert_eq!(validator.validate(&elsewhere).await.unwrap_err(), "IDENTITY_AUDIENCE", "addressed to another agent");
        let posing = token(&demo_key, PEER_AGENT, vec!["aigos-guard".into(), me.clone()]);
        assert_eq!(validator.validate(&posing).await.unwrap_err(), "IDENTITY_KEY_NOT_AGENTS", "signed for another agent");
        let rogue = Arc::new(
            aigos_crypto::SigningKey::generate(provider, aigos_crypto::Algorithm::EdDsa)
                .unwrap()
                .with_kid(aigos_core::Kid::new(DEMO_AGENT_KID).unwrap()),
        );
        assert_eq!(validator.validate(&token(&rogue, DEMO_AGENT, vec!["aigos-guard".into(), me])).await.unwrap_err(), "IDENTITY_SIGNATURE");
    });
}

#[test]
fn a_certificate_revoked_in_the_deny_list_is_refused_without_a_restart() {
    let d = Deployment::new();
    rt().block_on(async {
        let Pair { demo, addr, .. } = Pair::connected(&d).await;
        let deny = d.path("a2a-deny.toml");
        let tmp = d.path("a2a-deny.toml.new");
        std::fs::write(&tmp, "spiffe_ids = [\"spiffe://aigos.local/agent/demo-agent\"]\n").unwrap();
        std::fs::rename(&tmp, &deny).unwrap();
        let refused = code(call(&demo, addr, "reports.read").await);
        assert!(refused.starts_with("error"), "the handshake fails: {refused}");
    });
}

#[test]
fn a_node_whose_certificate_names_another_agent_is_refused() {
    let d = Deployment::new();
    let (guard, mut cfg, base) = d.guard("aigos.toml");
    let a2a = cfg.a2a.as_mut().unwrap();
    let peer_cert = a2a.agents[PEER_AGENT].cert.clone();
    a2a.agents.get_mut(DEMO_AGENT).unwrap().cert = peer_cert;
    let err = A2aNode::from_config(&guard, &cfg, &base, DEMO_AGENT, Arc::new(SystemClock)).unwrap_err();
    assert!(err.to_string().contains("not agent demo-agent"), "{err}");
    assert!(A2aNode::from_config(&guard, &cfg, &base, "nobody", Arc::new(SystemClock)).is_err());
}

/// A kill command signed by the deployment's authority key.
fn kill(d: &Deployment, kind: aigos_runtime::CommandType, target: aigos_runtime::Target, sequence: u64) -> aigos_runtime::KillCommand {
    let authority = d.key("keys/authority.key.pem", "authority-1");
    let spec = aigos_runtime::CommandSpec {
        kind,
        target,
        reason: "test".into(),
        issued_by: "ops".into(),
        sequence,
        now: SystemClock.now_secs(),
        ttl: Duration::from_secs(300),
    };
    aigos_runtime::KillCommand::issue(&authority, spec).unwrap()
}

#[test]
fn stopping_one_instance_stops_the_agents_a2a_calls() {
    // The agent's instances share its key: an A2A call cannot prove which
    // instance makes it, so a stopped instance stops them all here.
    let d = Deployment::new();
    rt().block_on(async {
        let Pair { peer_guard, demo, addr, .. } = Pair::connected(&d).await;
        let instance = aigos_runtime::Target { kind: aigos_runtime::TargetType::Instance, ids: vec![aigos::config::DEMO_INSTANCE.into()] };
        let command = kill(&d, aigos_runtime::CommandType::Terminate, instance, 1);
        peer_guard.apply_kill(&command).await.unwrap();
        assert_eq!(code(call(&demo, addr, "reports.read").await), "refused KILL_TERMINATED");
    });
}

#[test]
fn a_flooding_peer_is_rate_limited_on_its_certificate() {
    let d = Deployment::new();
    rt().block_on(async {
        let (peer_guard, mut cfg, base) = d.guard("peer-agent.toml");
        let limits = &mut cfg.a2a.as_mut().unwrap().limits;
        limits.calls_per_minute = 2;
        limits.call_burst = 2;
        let peer = A2aNode::from_config(&peer_guard, &cfg, &base, PEER_AGENT, Arc::new(SystemClock)).unwrap();
        let (_demo_guard, demo) = d.node("aigos.toml", DEMO_AGENT);
        let addr = serve(&peer).await;
        assert_eq!(code(call(&demo, addr, "reports.read").await), "200 demo-agent reports.read", "positive control");
        assert_eq!(code(call(&demo, addr, "reports.read").await), "200 demo-agent reports.read");
        assert_eq!(
            code(call(&demo, addr, "reports.read").await),
            "refused RATE_LIMITED",
            "over the burst: refused before its token is verified"
        );
        assert_eq!(code(call(&demo, addr, "reports.read").await), "refused RATE_LIMITED", "inside the penalty");
        let refused = audit_records(&d.path("peer-agent.audit")).iter().filter(|r| r["data"]["outcome"] == "RATE_LIMITED").count();
        assert_eq!(refused, 1, "the first refusal of a penalty is recorded, the ones inside it are counted");
        let _ = peer_guard;
    });
}

#[test]
fn a_refused_token_takes_no_room_in_the_replay_store() {
    let d = Deployment::new();
    rt().block_on(async {
        let (_, mut cfg, base) = d.guard("peer-agent.toml");
        cfg.identity.as_mut().unwrap().replay_capacity = 1;
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        let guard = cfg.build(&base, &clock).unwrap();
        let peer = A2aNode::from_config(&guard, &cfg, &base, PEER_AGENT, clock).unwrap();
        let validator = peer.validator();
        let key = Arc::new(d.key("keys/demo-agent.key.pem", DEMO_AGENT_KID));
        let issue = |aud: &str| {
            TokenIssuer::new(key.clone())
                .issue(&TokenRequest { sub: DEMO_AGENT.into(), aud: vec!["aigos-guard".into(), aud.into()], ..TokenRequest::default() })
                .unwrap()
        };
        // A flood of tokens addressed elsewhere, each refused before its jti is stored.
        for _ in 0..5 {
            assert_eq!(validator.validate(&issue("spiffe://aigos.local/agent/other")).await.unwrap_err(), "IDENTITY_AUDIENCE");
        }
        let me = peer.identity().to_string();
        assert!(validator.validate(&issue(&me)).await.is_ok(), "the one slot is still free for a real token");
    });
}

#[test]
fn a_reaped_instance_does_not_cut_its_agent_off_but_a_killed_caller_cannot_call() {
    let d = Deployment::new();
    rt().block_on(async {
        // The peer's Guard reaps demo-agent-1 when its lease runs out: a
        // crashed process says nothing of the agent's other instances.
        let (peer_guard, mut cfg, base) = d.guard("peer-agent.toml");
        cfg.runtime.as_mut().unwrap().watchdog_timeout_secs = 1;
        drop(peer_guard);
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        let peer_guard = cfg.build(&base, &clock).unwrap();
        let peer = A2aNode::from_config(&peer_guard, &cfg, &base, PEER_AGENT, clock).unwrap();
        let (demo_guard, demo) = d.node("aigos.toml", DEMO_AGENT);
        let addr = serve(&peer).await;
        let agent = aigos_core::AgentId::new(DEMO_AGENT).unwrap();
        peer_guard.heartbeat(&agent, &aigos_core::InstanceId::new(aigos::config::DEMO_INSTANCE).unwrap()).unwrap();
        tokio::time::sleep(Duration::from_millis(1200)).await;
        assert_eq!(peer_guard.sweep_orphans().await, [aigos::config::DEMO_INSTANCE.to_string()]);
        assert_eq!(code(call(&demo, addr, "reports.read").await), "200 demo-agent reports.read");
        // Its own Guard stops the demo agent: nothing is sent any more.
        let me = aigos_runtime::Target { kind: aigos_runtime::TargetType::Asset, ids: vec![DEMO_AGENT.into()] };
        demo_guard.apply_kill(&kill(&d, aigos_runtime::CommandType::Terminate, me, 1)).await.unwrap();
        let refused = call(&demo, addr, "reports.read").await;
        assert!(matches!(refused, Err(A2aError::PeerRefused(ref r)) if r.code == "LOCAL_KILL_TERMINATED"), "{refused:?}");
    });
}
