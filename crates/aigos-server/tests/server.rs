//! `aigos serve` in process, on an ephemeral loopback port, over TLS from
//! the `aigos init` development CA: every endpoint and status, each attack
//! on it (forged token, replayed permit and heartbeat, forged kill command,
//! operator endpoints without or with a wrong credential, an agent's
//! certificate posing as an operator, oversized and slow requests) next to
//! its positive control, and the kill switch end to end.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use aigos::config::{DEMO_AGENT, DEMO_AGENT_KID, DEMO_INSTANCE, GuardConfig, ServerSection};
use aigos::core::{ActionKind, ActionRequest, AgentId, Clock, Environment, InstanceId, Severity, SystemClock};
use aigos::crypto::{Algorithm, SigningKey};
use futures_util::StreamExt;
use serde_json::{Value, json};

struct Running {
    _dir: tempfile::TempDir,
    base: PathBuf,
    url: String,
    client: reqwest::Client,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    done: Option<tokio::task::JoinHandle<aigos::Guard>>,
}

impl Running {
    async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    async fn start_with(edit: impl FnOnce(&mut ServerSection)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config_path =
            aigos::config::init(&dir.path().join("setup"), aigos::crypto::default_provider(), SystemClock.now_secs()).unwrap();
        let (config, base) = GuardConfig::load(&config_path).unwrap();
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        let guard = config.build(&base, &clock).unwrap();
        let mut settings = config.server.clone().unwrap();
        settings.listen = "127.0.0.1:0".parse().unwrap();
        edit(&mut settings);
        let server = aigos_server::Server::with_settings(guard, settings, &config, &base).unwrap();
        let bound = server.bind(None).await.unwrap();
        let url = bound.url();
        let (stop, rx) = tokio::sync::oneshot::channel::<()>();
        let done = tokio::spawn(async move {
            bound
                .serve(async {
                    let _ = rx.await;
                })
                .await
                .unwrap()
        });
        let client = client_for(&base, None);
        Running { _dir: dir, base, url, client, stop: Some(stop), done: Some(done) }
    }

    fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }

    async fn post(&self, path: &str, body: &Value) -> (u16, Value) {
        let r = self.client.post(self.at(path)).json(body).send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    fn operator_token(&self) -> String {
        std::fs::read_to_string(self.base.join("keys/operator.token")).unwrap().trim().to_owned()
    }

    /// Stops the server (drain) and closes the audit log.
    async fn stop(mut self) {
        let _ = self.stop.take().unwrap().send(());
        let guard = self.done.take().unwrap().await.unwrap();
        guard.shutdown().await.unwrap();
    }
}

fn client_for(base: &Path, identity: Option<&str>) -> reqwest::Client {
    let ca = reqwest::Certificate::from_pem(&std::fs::read(base.join("certs/ca.pem")).unwrap()).unwrap();
    let mut b = reqwest::Client::builder().tls_certs_only([ca]).timeout(Duration::from_secs(20));
    if let Some(name) = identity {
        let mut pem = std::fs::read(base.join(format!("certs/{name}.pem"))).unwrap();
        pem.extend(std::fs::read(base.join(format!("certs/{name}.key.pem"))).unwrap());
        b = b.identity(reqwest::Identity::from_pem(&pem).unwrap());
    }
    b.build().unwrap()
}

fn agent_key(base: &Path) -> Arc<SigningKey> {
    let pem = std::fs::read_to_string(base.join("keys/demo-agent.key.pem")).unwrap();
    Arc::new(
        SigningKey::from_pkcs8_pem(aigos::crypto::default_provider(), &pem)
            .unwrap()
            .with_kid(aigos::core::Kid::new(DEMO_AGENT_KID).unwrap()),
    )
}

/// A key of the attacker's, under the agent's kid.
fn stranger() -> Arc<SigningKey> {
    Arc::new(
        SigningKey::generate(aigos::crypto::default_provider(), Algorithm::EdDsa)
            .unwrap()
            .with_kid(aigos::core::Kid::new(DEMO_AGENT_KID).unwrap()),
    )
}

fn config_request(value: &str) -> ActionRequest {
    ActionRequest::builder(AgentId::new(DEMO_AGENT).unwrap(), "config.update")
        .instance(InstanceId::new(DEMO_INSTANCE).unwrap())
        .action(ActionKind::ConfigChange)
        .severity(Severity::Low)
        .environment(Environment::Production)
        .payload(json!({"key": "log_level", "value": value}))
        .timestamp(SystemClock.now_secs())
        .build()
        .unwrap()
}

fn token(key: &Arc<SigningKey>, request: &ActionRequest) -> String {
    let issuer = aigos::identity::TokenIssuer::new(key.clone());
    let req = aigos::identity::TokenRequest {
        sub: request.agent_id.to_string(),
        aud: vec!["aigos-guard".into()],
        ahash: Some(aigos::action_hash(aigos::crypto::default_provider(), request).unwrap()),
        ..Default::default()
    };
    issuer.issue(&req).unwrap()
}

fn line(request: &ActionRequest, token: &str) -> Value {
    let mut v = serde_json::to_value(request).unwrap();
    v["token"] = json!(token);
    v
}

/// A heartbeat token: a governance token whose AIGOS claims name the instance.
fn heartbeat_token(key: &Arc<SigningKey>, instance: &str) -> String {
    let aigos: aigos::identity::AigosClaims = serde_json::from_value(json!({
        "version": "1.0",
        "identity": {"instance_id": instance, "asset_id": DEMO_AGENT, "asset_name": "Demo", "asset_version": "1"},
        "governance": {"risk_level": "limited", "golden_thread": {"hash": "sha256:0000000000000000000000000000000000000000000000000000000000000000", "verified": true, "ticket_id": "T-1"}, "mode": "NORMAL"},
        "control": {"kill_switch": {"enabled": true, "channel": "sse"}, "paused": false, "termination_pending": false},
        "capabilities": {"hash": "sha256:0000000000000000000000000000000000000000000000000000000000000000", "tools": ["config.update"], "max_budget_usd": null, "can_spawn": false, "max_child_depth": 0},
        "lineage": {"generation_depth": 0, "parent_instance_id": null, "root_instance_id": instance},
    }))
    .unwrap();
    let issuer = aigos::identity::TokenIssuer::new(key.clone());
    issuer
        .issue(&aigos::identity::TokenRequest {
            sub: DEMO_AGENT.into(),
            aud: vec!["aigos-guard".into()],
            aigos: Some(aigos),
            ..Default::default()
        })
        .unwrap()
}

fn kill_command(key: &SigningKey, kind: aigos::runtime::CommandType, target: &str, sequence: u64) -> Value {
    let command = aigos::runtime::KillCommand::issue(
        key,
        aigos::runtime::CommandSpec {
            kind,
            target: aigos::runtime::Target { kind: aigos::runtime::TargetType::Asset, ids: vec![target.into()] },
            reason: "test".into(),
            issued_by: "ciso@example.invalid".into(),
            sequence,
            now: SystemClock.now_secs(),
            ttl: Duration::from_secs(600),
        },
    )
    .unwrap();
    serde_json::to_value(command).unwrap()
}

fn authority(base: &Path) -> SigningKey {
    let pem = std::fs::read_to_string(base.join("keys/authority.key.pem")).unwrap();
    SigningKey::from_pkcs8_pem(aigos::crypto::default_provider(), &pem).unwrap().with_kid(aigos::core::Kid::new("authority-1").unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn validate_answers_every_decision_and_refuses_what_is_not_a_request() {
    let s = Running::start().await;
    let key = agent_key(&s.base);
    // Positive control: a legitimate LOW configuration change is approved, with a permit.
    let r = config_request("info");
    let (status, outcome) = s.post("/v1/validate", &line(&r, &token(&key, &r))).await;
    assert_eq!(status, 200, "{outcome}");
    assert_eq!(outcome["status"], "APPROVED", "{outcome}");
    assert!(outcome["permit"].is_string());
    // Attack: a token signed by a key that is not the agent's is a decision too: REJECTED.
    let stranger = stranger();
    let r = config_request("debug");
    let (status, outcome) = s.post("/v1/validate", &line(&r, &token(&stranger, &r))).await;
    assert_eq!((status, outcome["status"].as_str()), (200, Some("REJECTED")), "{outcome}");
    assert!(outcome["permit"].is_null());
    // Attack: the same legitimate token replayed.
    let r = config_request("warn");
    let t = token(&key, &r);
    assert_eq!(s.post("/v1/validate", &line(&r, &t)).await.1["status"], "APPROVED");
    let (_, replayed) = s.post("/v1/validate", &line(&r, &t)).await;
    assert_eq!(replayed["status"], "REJECTED", "{replayed}");
    // Not a request: 400 with a code.
    let (status, body) = s.post("/v1/validate", &json!({"agent_id": DEMO_AGENT})).await;
    assert_eq!((status, body["code"].as_str()), (400, Some("REQUEST_MALFORMED")), "{body}");
    let raw = s.client.post(s.at("/v1/validate")).body(r#"{"token":"a","token":"b"}"#).send().await.unwrap();
    assert_eq!(raw.status().as_u16(), 400, "duplicate members are refused before anything is hashed");
    // Over the size limit: 413 with a code.
    let big = "x".repeat((2 << 20) + 1);
    let r = s.client.post(s.at("/v1/validate")).body(big).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 413);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "BODY_TOO_LARGE");
    // Metrics saw the decisions; unknown paths are 404 JSON.
    let text = s.client.get(s.at("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(text.contains("aigos_server_decisions{status=\"APPROVED\"}"), "{text}");
    assert!(text.contains("aigos_decision_duration_bucket"), "the decision duration is a histogram: {text}");
    assert_eq!(s.client.get(s.at("/nope")).send().await.unwrap().status().as_u16(), 404);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permit_is_accepted_once_and_only_for_its_own_action() {
    let s = Running::start().await;
    let key = agent_key(&s.base);
    let r = config_request("info");
    let (_, outcome) = s.post("/v1/validate", &line(&r, &token(&key, &r))).await;
    let permit = outcome["permit"].as_str().unwrap().to_owned();
    // Attack: the permit presented for another action.
    let other = config_request("debug");
    let (status, body) = s.post("/v1/permits/verify", &json!({"permit": permit, "request": other})).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("PERMIT_ACTION_MISMATCH")), "{body}");
    // Positive control, then the replay by a second executor.
    let (status, body) = s.post("/v1/permits/verify", &json!({"permit": permit, "request": r})).await;
    assert_eq!((status, body["ok"].as_bool()), (200, Some(true)), "{body}");
    let (status, body) = s.post("/v1/permits/verify", &json!({"permit": permit, "request": r})).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("PERMIT_USED")), "{body}");
    // Attack: a permit forged with a key of the attacker's.
    let forged = {
        let k = SigningKey::generate(aigos::crypto::default_provider(), Algorithm::EdDsa)
            .unwrap()
            .with_kid(aigos::core::Kid::new("guard-1").unwrap());
        let issuer =
            aigos::identity::PermitIssuer::new(Arc::new(k), "aigos-guard", Duration::from_secs(30), Arc::new(SystemClock)).unwrap();
        issuer.issue(&r, "tool-executor").unwrap()
    };
    let (status, body) = s.post("/v1/permits/verify", &json!({"permit": forged, "request": r})).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("PERMIT_SIGNATURE")), "{body}");
    // The JWKS publishes the key that verifies the real one.
    let jwks: Value = s.client.get(s.at("/.well-known/jwks.json")).send().await.unwrap().json().await.unwrap();
    assert_eq!(jwks["keys"][0]["kid"], "guard-1");
    let cp: Value = s.client.get(s.at("/.well-known/aigos/checkpoint-jwks.json")).send().await.unwrap().json().await.unwrap();
    assert_eq!(cp["keys"][0]["kid"], "audit-checkpoint-1");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_endpoints_need_an_operator_credential() {
    let s = Running::start().await;
    let dashboard = |c: &reqwest::Client, bearer: Option<&str>| {
        let mut r = c.get(s.at("/v1/dashboard"));
        if let Some(b) = bearer {
            r = r.bearer_auth(b);
        }
        r.send()
    };
    // Attacks: none, a wrong token, an agent's certificate (trusted CA, not an operator's ID).
    assert_eq!(dashboard(&s.client, None).await.unwrap().status().as_u16(), 401);
    assert_eq!(dashboard(&s.client, Some("guess")).await.unwrap().status().as_u16(), 401);
    let agent = client_for(&s.base, Some(DEMO_AGENT));
    assert_eq!(dashboard(&agent, None).await.unwrap().status().as_u16(), 401);
    let unblock = s.client.post(s.at(&format!("/v1/agents/{DEMO_AGENT}/unblock"))).send().await.unwrap();
    assert_eq!(unblock.status().as_u16(), 401);
    let events = s.client.get(s.at("/v1/events")).send().await.unwrap();
    assert_eq!(events.status().as_u16(), 401);
    // Positive controls: the operator token, and the operator's client certificate.
    let token = s.operator_token();
    let d: Value = dashboard(&s.client, Some(&token)).await.unwrap().json().await.unwrap();
    assert_eq!(d["overall_status"], "OPERATIONAL", "{d}");
    let operator = client_for(&s.base, Some("operator"));
    assert_eq!(dashboard(&operator, None).await.unwrap().status().as_u16(), 200);
    // Attack: another site steering the operator's browser (it holds the operator certificate).
    let forged = operator
        .post(s.at(&format!("/v1/agents/{DEMO_AGENT}/unblock")))
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 403);
    let r = s.client.post(s.at(&format!("/v1/agents/{DEMO_AGENT}/unblock"))).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.json::<Value>().await.unwrap()["was_blocked"], false);
    // The page and the document are public; the page reads operator endpoints only with the token.
    let page = s.client.get(s.at("/")).send().await.unwrap();
    assert!(page.headers()["content-security-policy"].to_str().unwrap().contains("default-src 'none'"));
    assert!(page.text().await.unwrap().contains("/v1/dashboard"));
    let doc: Value = s.client.get(s.at("/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
    for path in ["/v1/validate", "/v1/permits/verify", "/v1/heartbeat", "/v1/kill", "/v1/kill/stream", "/v1/kill/pending", "/v1/dashboard"]
    {
        assert!(doc["paths"].get(path).is_some(), "{path} missing from the OpenAPI document");
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_reaches_the_stream_and_stops_the_agent() {
    let s = Running::start().await;
    let key = agent_key(&s.base);
    // Positive control before the kill.
    let r = config_request("info");
    assert_eq!(s.post("/v1/validate", &line(&r, &token(&key, &r))).await.1["status"], "APPROVED");
    // A subscriber on the stream (as aigos-runtime's SseSource follows it).
    let resp = s.client.get(s.at("/v1/kill/stream")).header("Accept", "text/event-stream").send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let mut events = eventsource_stream::Eventsource::eventsource(resp.bytes_stream());
    // Attack: a command signed by a key the Guard does not trust.
    let stranger = SigningKey::generate(aigos::crypto::default_provider(), Algorithm::EdDsa)
        .unwrap()
        .with_kid(aigos::core::Kid::new("authority-1").unwrap());
    let (status, body) = s.post("/v1/kill", &kill_command(&stranger, aigos::runtime::CommandType::Terminate, DEMO_AGENT, 1)).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("KILL_REFUSED")), "{body}");
    let r = config_request("debug");
    assert_eq!(s.post("/v1/validate", &line(&r, &token(&key, &r))).await.1["status"], "APPROVED", "a refused command changes nothing");
    // The real one.
    let command = kill_command(&authority(&s.base), aigos::runtime::CommandType::Terminate, DEMO_AGENT, 1);
    let sent = Instant::now();
    let (status, body) = s.post("/v1/kill", &command).await;
    assert_eq!(status, 200, "{body}");
    let event = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let e = events.next().await.unwrap().unwrap();
            if e.event != "heartbeat" {
                return e;
            }
        }
    })
    .await
    .unwrap();
    let latency = sent.elapsed();
    eprintln!("kill delivery latency (POST /v1/kill -> SSE event): {latency:?}");
    assert_eq!(event.event, "kill");
    assert_eq!(event.id, command["id"].as_str().unwrap());
    assert_eq!(serde_json::from_str::<Value>(&event.data).unwrap(), command);
    let r = config_request("warn");
    let (_, outcome) = s.post("/v1/validate", &line(&r, &token(&key, &r))).await;
    assert_eq!(outcome["status"], "REJECTED", "{outcome}");
    assert!(outcome["reasons"].to_string().contains("kill switch"), "{outcome}");
    // Replaying the same command is refused.
    assert_eq!(s.post("/v1/kill", &command).await.0, 403);
    // Polling: everything, then nothing after the last id; resume by Last-Event-ID.
    let pending: Vec<Value> = s.client.get(s.at("/v1/kill/pending")).send().await.unwrap().json().await.unwrap();
    assert_eq!(pending, vec![command.clone()]);
    let after =
        s.client.get(s.at("/v1/commands/pending")).header("X-Last-Command-ID", command["id"].as_str().unwrap()).send().await.unwrap();
    assert_eq!(after.headers()["x-poll-interval"], "30");
    assert!(after.json::<Vec<Value>>().await.unwrap().is_empty());
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_guard_follows_the_stream_with_the_runtime_sse_source() {
    // The server as aigos init sets it up: TLS with a certificate from the
    // development CA, which the follower trusts through kill_stream_ca.
    let server = Running::start().await;
    assert!(server.url.starts_with("https://"), "TLS by default");
    // A second Guard (same setup files, its own state) listening to this server's stream.
    let (mut config, base) = GuardConfig::load(&server.base.join("aigos.toml")).unwrap();
    config.state.backend = aigos::config::StateBackend::Memory;
    config.audit = None;
    config.guard.skip.push(aigos::Layer::Audit);
    let runtime = config.runtime.as_mut().unwrap();
    runtime.kill_state = None;
    runtime.kill_commands = None;
    // `[runtime] kill_streams` and `kill_stream_ca`: as `aigos validate` or `aigos serve` would follow it.
    runtime.kill_streams = vec![server.url.clone()];
    runtime.kill_stream_ca = Some("certs/ca.pem".into());
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let follower = config.build(&base, &clock).unwrap();
    // Control: without the CA, the platform's roots do not trust the server.
    let mut untrusting = config.clone();
    untrusting.runtime.as_mut().unwrap().kill_stream_ca = None;
    let (_t, mut refused) = follower.listen(untrusting.kill_sources(&base));
    let first = tokio::time::timeout(Duration::from_secs(10), refused.recv()).await.unwrap().unwrap();
    assert!(matches!(first, aigos::KillReport::ChannelError(_)), "{first:?}");
    let (_tasks, mut reports) = follower.listen(config.kill_sources(&base));
    let command = kill_command(&authority(&base), aigos::runtime::CommandType::Pause, DEMO_AGENT, 7);
    let sent = Instant::now();
    assert_eq!(server.post("/v1/kill", &command).await.0, 200);
    let report = tokio::time::timeout(Duration::from_secs(10), reports.recv()).await.unwrap().unwrap();
    eprintln!("kill delivery latency (POST /v1/kill -> applied by a follower Guard): {:?}", sent.elapsed());
    assert!(matches!(report, aigos::KillReport::Applied { .. }), "{report:?}");
    let key = agent_key(&base);
    let r = config_request("info");
    let outcome = follower.validate(&r, &token(&key, &r)).await;
    assert_eq!(outcome.status, aigos::core::Status::Rejected, "{:?}", outcome.reasons);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_heartbeat_needs_a_fresh_token_of_the_instances_agent() {
    let s = Running::start().await;
    let key = agent_key(&s.base);
    let t = heartbeat_token(&key, DEMO_INSTANCE);
    let (status, body) = s.post("/v1/heartbeat", &json!({"token": t})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!((body["instance_id"].as_str(), body["lease_secs"].as_u64()), (Some(DEMO_INSTANCE), Some(60)), "{body}");
    // Attack: the captured heartbeat replayed to keep the lease alive.
    let (status, body) = s.post("/v1/heartbeat", &json!({"token": t})).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("IDENTITY_TOKEN_REPLAYED")), "{body}");
    // Attack: an instance the registry never gave this agent.
    let (status, body) = s.post("/v1/heartbeat", &json!({"token": heartbeat_token(&key, "minted-instance")})).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("INSTANCE_REFUSED")), "{body}");
    // Attack: a stranger's key.
    let (status, _) = s.post("/v1/heartbeat", &json!({"token": heartbeat_token(&stranger(), DEMO_INSTANCE)})).await;
    assert_eq!(status, 403);
    // Attack: a token bound to an action (an agent's pending validation) spent on a heartbeat.
    let r = config_request("info");
    let (status, body) = s.post("/v1/heartbeat", &json!({"token": token(&key, &r)})).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("HEARTBEAT_TOKEN_BOUND")), "{body}");
    // Attack: a duplicate member hiding a second token.
    let raw = format!(r#"{{"token":"junk","token":"{}"}}"#, heartbeat_token(&key, DEMO_INSTANCE));
    let r = s.client.post(s.at("/v1/heartbeat")).body(raw).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 400);
    // A paused agent keeps its lease and reads PAUSED (a pause must not
    // become a watchdog termination).
    let pause = kill_command(&authority(&s.base), aigos::runtime::CommandType::Pause, DEMO_AGENT, 1);
    assert_eq!(s.post("/v1/kill", &pause).await.0, 200);
    let (status, body) = s.post("/v1/heartbeat", &json!({"token": heartbeat_token(&key, DEMO_INSTANCE)})).await;
    assert_eq!((status, body["state"].as_str()), (200, Some("PAUSED")), "{body}");
    // A terminated agent gets no lease (its process must not read RUNNING).
    let command = kill_command(&authority(&s.base), aigos::runtime::CommandType::Terminate, DEMO_AGENT, 2);
    assert_eq!(s.post("/v1/kill", &command).await.0, 200);
    // (Its leased instance was terminated with it: refused as no longer live.)
    let (status, body) = s.post("/v1/heartbeat", &json!({"token": heartbeat_token(&key, DEMO_INSTANCE)})).await;
    assert!(status == 403 && matches!(body["code"].as_str(), Some("KILL_TERMINATED" | "INSTANCE_REFUSED")), "{body}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limits_answer_with_a_status_never_a_hang() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let s = Running::start_with(|c| {
        c.cert = None;
        c.key = None;
        c.client_ca = None;
        c.header_read_timeout_ms = 300;
        c.max_header_bytes = 8192;
    })
    .await;
    let addr = s.url.trim_start_matches("http://").to_owned();
    // Slowloris: a head that never ends is cut at the header-read timeout.
    let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    let started = Instant::now();
    let mut buf = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), slow.read_to_end(&mut buf)).await;
    assert!(read.is_ok(), "the connection was not closed");
    assert!(started.elapsed() < Duration::from_secs(3), "closed after {:?}", started.elapsed());
    // An oversized head: 431.
    let r = s.client.get(s.at("/healthz")).header("x-big", "a".repeat(20_000)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 431);
    // Positive control.
    assert_eq!(s.client.get(s.at("/healthz")).send().await.unwrap().status().as_u16(), 200);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_flight_limits_refuse_at_once() {
    let s = Running::start_with(|c| {
        c.max_in_flight_per_ip = 1;
        c.max_streams = 1;
    })
    .await;
    // A stream holds a request slot only while its head is produced; two
    // kill streams exceed max_streams, while the operators' decision
    // stream has places of its own (kill streams cannot starve it).
    let token = s.operator_token();
    let first = s.client.get(s.at("/v1/kill/stream")).send().await.unwrap();
    assert_eq!(first.status().as_u16(), 200);
    let second = s.client.get(s.at("/v1/kill/stream")).send().await.unwrap();
    assert_eq!(second.status().as_u16(), 503);
    assert_eq!(second.json::<Value>().await.unwrap()["code"], "TOO_MANY_STREAMS");
    let events = s.client.get(s.at("/v1/events")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(events.status().as_u16(), 200);
    drop((first, events));
    s.stop().await;
}

#[tokio::test]
async fn plaintext_off_loopback_is_refused_and_tls_is_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let config_path = aigos::config::init(&dir.path().join("setup"), aigos::crypto::default_provider(), SystemClock.now_secs()).unwrap();
    let (config, base) = GuardConfig::load(&config_path).unwrap();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let mut settings = config.server.clone().unwrap();
    settings.listen = "0.0.0.0:0".parse().unwrap();
    settings.cert = None;
    settings.key = None;
    settings.client_ca = None;
    let guard = config.build(&base, &clock).unwrap();
    let err = aigos_server::Server::with_settings(guard.clone(), settings.clone(), &config, &base).unwrap_err();
    assert!(err.to_string().contains("insecure_plaintext"), "{err}");
    settings.insecure_plaintext = true;
    assert!(aigos_server::Server::with_settings(guard.clone(), settings, &config, &base).is_ok(), "explicit opt-in");
    let server = aigos_server::Server::from_config(guard, &config, &base).unwrap();
    assert!(format!("{server:?}").contains("tls: true"), "init's setup serves TLS");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_kill_commands_are_bounded_in_the_log_and_throttled() {
    let s = Running::start().await;
    let stranger = SigningKey::generate(aigos::crypto::default_provider(), Algorithm::EdDsa)
        .unwrap()
        .with_kid(aigos::core::Kid::new("authority-1").unwrap());
    // Attack: forged commands carrying bulk (a long target list and issuer).
    let mut forged = kill_command(&stranger, aigos::runtime::CommandType::Terminate, DEMO_AGENT, 1);
    forged["issued_by"] = json!("I".repeat(10_000));
    forged["target"]["ids"] = json!(vec!["X".repeat(1000); 40]);
    let audit_size = || std::fs::read_dir(s.base.join("audit")).unwrap().flatten().map(|e| e.metadata().unwrap().len()).sum::<u64>();
    let before = audit_size();
    for _ in 0..10 {
        let (status, body) = s.post("/v1/kill", &forged).await;
        assert_eq!((status, body["code"].as_str()), (403, Some("KILL_REFUSED")), "{body}");
    }
    let grown = audit_size() - before;
    assert!(grown < 10 * 2048, "10 forged commands of 50 KB each grew the log by {grown} bytes");
    // Past ten refusals a minute the address's refusals are answered 429 and recorded nowhere.
    let (status, body) = s.post("/v1/kill", &forged).await;
    assert_eq!((status, body["code"].as_str()), (429, Some("KILL_THROTTLED")), "{body}");
    assert!(audit_size() - before == grown, "a throttled command is not recorded");
    // Positive control: the noise does not stop a real command from the same address.
    let real = kill_command(&authority(&s.base), aigos::runtime::CommandType::Pause, DEMO_AGENT, 1);
    let (status, body) = s.post("/v1/kill", &real).await;
    assert_eq!(status, 200, "a command that verifies is applied whatever came before it: {body}");
    // An oversized command is refused.
    let big = json!({"id": "x".repeat(70_000)});
    let r = s.client.post(s.at("/v1/kill")).json(&big).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 413);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streams_are_capped_per_client_and_by_kind_and_probes_bypass_the_request_limits() {
    use tokio::io::AsyncWriteExt;
    let s = Running::start_with(|c| {
        c.cert = None;
        c.key = None;
        c.client_ca = None;
        c.max_streams_per_ip = 1;
        c.max_in_flight = 1;
        c.body_read_timeout_ms = 500;
    })
    .await;
    let addr = s.url.trim_start_matches("http://").to_owned();
    // One kill stream per client: the second from the same address is 429.
    let first = s.client.get(s.at("/v1/kill/stream")).send().await.unwrap();
    assert_eq!(first.status().as_u16(), 200);
    let second = s.client.get(s.at("/v1/kill/stream")).send().await.unwrap();
    assert_eq!(second.status().as_u16(), 429);
    drop(first);
    tokio::time::sleep(Duration::from_millis(200)).await;
    // A request whose body never comes holds the only request slot...
    let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
    slow.write_all(b"POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{").await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let busy = s.client.post(s.at("/v1/validate")).body("{}").send().await.unwrap();
    assert_eq!(busy.status().as_u16(), 503, "the server is full");
    // ...but liveness and readiness probes still answer.
    assert_eq!(s.client.get(s.at("/healthz")).send().await.unwrap().status().as_u16(), 200);
    assert_eq!(s.client.get(s.at("/readyz")).send().await.unwrap().status().as_u16(), 200);
    // The slow body is cut at the body-read timeout: 408, and the slot is free again.
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), tokio::io::AsyncReadExt::read_to_end(&mut slow, &mut answer)).await;
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 408"), "{}", String::from_utf8_lossy(&answer));
    let r = s.client.post(s.at("/v1/validate")).body("{}").send().await.unwrap();
    assert_eq!(r.status().as_u16(), 400, "admitted again");
    // A declared length over the limit is refused before the body is read.
    let mut expecting = tokio::net::TcpStream::connect(&addr).await.unwrap();
    expecting.write_all(b"POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 3000000\r\nExpect: 100-continue\r\n\r\n").await.unwrap();
    let mut head = [0u8; 12];
    tokio::time::timeout(Duration::from_secs(5), tokio::io::AsyncReadExt::read_exact(&mut expecting, &mut head)).await.unwrap().unwrap();
    assert_eq!(&head, b"HTTP/1.1 413", "refused before any byte of the body is sent");
    s.stop().await;
}

#[tokio::test]
async fn contradictory_tls_settings_are_refused_not_silently_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let config_path = aigos::config::init(&dir.path().join("setup"), aigos::crypto::default_provider(), SystemClock.now_secs()).unwrap();
    let (config, base) = GuardConfig::load(&config_path).unwrap();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let guard = config.build(&base, &clock).unwrap();
    let mut settings = config.server.clone().unwrap();
    settings.insecure_plaintext = true;
    settings.require_client_cert = true;
    let err = aigos_server::Server::with_settings(guard.clone(), settings.clone(), &config, &base).unwrap_err();
    assert!(err.to_string().contains("insecure_plaintext contradicts"), "{err}");
    settings.insecure_plaintext = false;
    settings.client_ca = None;
    let err = aigos_server::Server::with_settings(guard, settings, &config, &base).unwrap_err();
    assert!(err.to_string().contains("require_client_cert needs client_ca"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_failing_tokens_is_cut_off_per_address() {
    let s = Running::start_with(|c| c.identity_failures_per_minute = 3).await;
    let audit_size = || std::fs::read_dir(s.base.join("audit")).unwrap().flatten().map(|e| e.metadata().unwrap().len()).sum::<u64>();
    // Attack: tokens signed by a stranger, one after the other.
    let stranger = stranger();
    for i in 0..3 {
        let r = config_request(&format!("v{i}"));
        let (status, outcome) = s.post("/v1/validate", &line(&r, &token(&stranger, &r))).await;
        assert_eq!((status, outcome["status"].as_str()), (200, Some("REJECTED")), "{outcome}");
    }
    let before = audit_size();
    let r = config_request("v3");
    let (status, body) = s.post("/v1/validate", &line(&r, &token(&stranger, &r))).await;
    assert_eq!((status, body["code"].as_str()), (429, Some("IDENTITY_FAILURES_THROTTLED")), "{body}");
    assert_eq!(audit_size(), before, "a throttled request is not recorded");
    // The budget is the address's: another client is still decided on its merits.
    let other = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(&std::fs::read(s.base.join("certs/ca.pem")).unwrap()).unwrap()])
        .local_address("127.0.0.2".parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap();
    let key = agent_key(&s.base);
    let r = config_request("legit");
    let answer: Value = other.post(s.at("/v1/validate")).json(&line(&r, &token(&key, &r))).send().await.unwrap().json().await.unwrap();
    assert_eq!(answer["status"], "APPROVED", "{answer}");
    s.stop().await;
}
