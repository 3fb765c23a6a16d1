//! Two `aigos serve` processes with the same configuration (`[state]
//! backend = "redis"`), each in its own copy of the setup (its own audit
//! log), sharing one `redis-server` started by this test: a token accepted
//! by A is refused by B; with Redis killed both answer REJECTED
//! `STATE_UNAVAILABLE` and `/readyz` 503 until it is back; the agent's rate
//! limit is one; a kill posted to A stops the agent on B (the delay is
//! printed). And: a replica started with an older policy bundle than the
//! fleet accepted refuses to start; a TOTP code used on one is refused on
//! the other; a budget spent on one counts on the other.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use aigos::config::DEMO_AGENT;
use aigos_core::{Clock, SystemClock};
use aigos_redis::testing::RedisServer;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn aigos() -> Command {
    Command::new(env!("CARGO_BIN_EXE_aigos"))
}

/// `aigos init`, plaintext on loopback, state on `redis`; then a copy of it.
fn setups(dir: &Path, redis: &str) -> (PathBuf, PathBuf) {
    let out = aigos().arg("init").arg(dir.join("a")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let config = dir.join("a/aigos.toml");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("cert = \"certs/server.pem\"\n", "")
        .replace("key = \"certs/server.key.pem\"\n", "")
        .replace("client_ca = \"certs/ca.pem\"\n", "")
        .replace(
            "[state]\nbackend = \"file\"\nfile = \"state.json\"\n",
            &format!("[state]\nbackend = \"redis\"\nurl = \"{redis}\"\nprefix = \"two-servers\"\n"),
        );
    assert!(text.contains("backend = \"redis\""), "{text}");
    std::fs::write(&config, text).unwrap();
    assert!(Command::new("cp").arg("-a").arg(dir.join("a")).arg(dir.join("b")).status().unwrap().success());
    (config, dir.join("b/aigos.toml"))
}

/// A server process, stopped however the test ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        let _ = self.0.wait();
    }
}

fn start(config: &Path) -> (Server, String) {
    let mut child = aigos()
        .args(["serve", "--listen", "127.0.0.1:0", "--config"])
        .arg(config)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let v: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
    (Server(child), v["listening"].as_str().unwrap().trim_start_matches("http://").to_owned())
}

fn body(base: &Path, value: &str) -> String {
    common::config_change_line(base, value)
}

fn terminate(base: &Path) -> String {
    let pem = std::fs::read_to_string(base.join("keys/authority.key.pem")).unwrap();
    let key = aigos_crypto::SigningKey::from_pkcs8_pem(aigos_crypto::default_provider(), &pem)
        .unwrap()
        .with_kid(aigos_core::Kid::new("authority-1").unwrap());
    let spec = aigos_runtime::CommandSpec {
        kind: aigos_runtime::CommandType::Terminate,
        target: aigos_runtime::Target { kind: aigos_runtime::TargetType::Asset, ids: vec![DEMO_AGENT.into()] },
        reason: "incident 42".into(),
        issued_by: "ops".into(),
        sequence: 1,
        now: SystemClock.now_secs(),
        ttl: Duration::from_secs(300),
    };
    serde_json::to_string(&aigos_runtime::KillCommand::issue(&key, spec).unwrap()).unwrap()
}

async fn request(addr: &str, method: &str, path: &str, body: &str) -> (u16, Value) {
    request_as(addr, method, path, body, "").await
}

async fn request_as(addr: &str, method: &str, path: &str, body: &str, extra: &str) -> (u16, Value) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\n{extra}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).await.unwrap();
    s.write_all(body.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw);
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let json = text.split("\r\n\r\n").nth(1).and_then(|b| serde_json::from_str(b).ok()).unwrap_or(Value::Null);
    (status, json)
}

/// The outcome, with the code of the step that decided it as `code`.
async fn validate(addr: &str, body: &str) -> Value {
    let (status, mut outcome) = request(addr, "POST", "/v1/validate", body).await;
    assert_eq!(status, 200, "{outcome}");
    let code = outcome["steps"].as_array().and_then(|s| s.iter().find(|s| s["result"] == "rejected")).map(|s| s["code"].clone());
    outcome["code"] = code.unwrap_or(Value::Null);
    outcome
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_redis_act_as_one_guard_and_fail_closed_without_it() {
    let mut redis = RedisServer::start().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (config_a, config_b) = setups(dir.path(), &redis.url());
    let base = config_a.parent().unwrap().to_owned();
    let (_a, addr_a) = start(&config_a);
    let (_b, addr_b) = start(&config_b);

    // A token accepted by A is refused by B.
    let once = body(&base, "v0");
    assert_eq!(validate(&addr_a, &once).await["status"], "APPROVED");
    let replayed = validate(&addr_b, &once).await;
    assert_eq!((replayed["status"].as_str(), replayed["code"].as_str()), (Some("REJECTED"), Some("IDENTITY_TOKEN_REPLAYED")), "{replayed}");

    // Redis killed: both answer REJECTED STATE_UNAVAILABLE, /readyz 503.
    assert_eq!(request(&addr_a, "GET", "/readyz", "").await.0, 200);
    redis.kill();
    for addr in [&addr_a, &addr_b] {
        for n in 0..3 {
            let outcome = validate(addr, &body(&base, &format!("redis-down-{n}"))).await;
            assert_eq!((outcome["status"].as_str(), outcome["code"].as_str()), (Some("REJECTED"), Some("STATE_UNAVAILABLE")), "{outcome}");
        }
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while request(&addr_a, "GET", "/readyz", "").await.0 != 503 {
        assert!(Instant::now() < deadline, "/readyz still ready with Redis down");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let operator = std::fs::read_to_string(base.join("keys/operator.token")).unwrap();
    let (_, dashboard) = request_as(&addr_a, "GET", "/v1/dashboard", "", &format!("Authorization: Bearer {}\r\n", operator.trim())).await;
    assert_eq!(dashboard["overall_status"], "DEGRADED", "{dashboard}");
    assert!(dashboard["state_failures"].to_string().contains("replay"), "{dashboard}");
    // Back (empty): service resumes on both.
    redis.restart().unwrap();
    // (The limit is a GCRA: 20 a minute refill one every 3 s, so a slow
    // run may be granted one more for every 3 s it takes from here.)
    let refill_from = Instant::now();
    for addr in [&addr_a, &addr_b] {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let outcome = validate(addr, &body(&base, "redis-back")).await;
            if outcome["status"] == "APPROVED" {
                break;
            }
            assert_eq!(outcome["code"], "STATE_UNAVAILABLE", "{outcome}");
            assert!(Instant::now() < deadline, "no recovery");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while request(&addr_a, "GET", "/readyz", "").await.0 != 200 {
        assert!(Instant::now() < deadline, "/readyz not ready after Redis came back");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The two approvals above spent two of the new minute's 20.

    // One rate limit: 20 a minute across both servers, not 40.
    let mut approved = 2;
    for i in 1..30 {
        let addr = if i % 2 == 0 { &addr_a } else { &addr_b };
        let outcome = validate(addr, &body(&base, &format!("v{i}"))).await;
        match outcome["status"].as_str() {
            Some("APPROVED") => approved += 1,
            _ => assert_eq!(outcome["code"], "RATE_LIMITED", "{outcome}"),
        }
    }
    let refilled = i32::try_from(refill_from.elapsed().as_secs() / 3).unwrap_or(i32::MAX);
    assert!((20..=20 + refilled).contains(&approved), "{approved} approved, {refilled} refilled: one limit, not one per server");

    // A kill posted to A stops the agent on B.
    let sent = Instant::now();
    let (status, answer) = request(&addr_a, "POST", "/v1/kill", &terminate(&base)).await;
    assert_eq!(status, 200, "{answer}");
    loop {
        let outcome = validate(&addr_b, &body(&base, "after-kill")).await;
        if outcome["code"].as_str().is_some_and(|c| c.starts_with("KILL_")) {
            break;
        }
        assert!(sent.elapsed() < Duration::from_secs(5), "B still serves the agent: {outcome}");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    eprintln!("kill posted to A stopped the agent on B after {:?}", sent.elapsed());
}

/// The operator's TOTP code now, from the setup's approvers file.
fn operator_code(base: &Path) -> String {
    let approvers: Vec<aigos::Approver> = serde_json::from_str(&std::fs::read_to_string(base.join("approvers.json")).unwrap()).unwrap();
    let secret = approvers.into_iter().find(|a| a.id == "operator").unwrap().totp.unwrap();
    secret.code_at(SystemClock.now_secs()).unwrap()
}

fn maintenance(base: &Path, approvals: &[aigos::ApprovalEvidence], at: i64) -> String {
    let kind = aigos_core::ActionKind::SystemMaintenance;
    common::request_line(base, "system.maintenance", kind, serde_json::json!({"task": "rotate"}), None, approvals, at)
}

fn costly(base: &Path, usd: f64) -> String {
    let payload = serde_json::json!({"key": "log_level", "value": format!("{usd}")});
    common::request_line(base, "config.update", aigos_core::ActionKind::ConfigChange, payload, Some(usd), &[], SystemClock.now_secs())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_share_codes_budgets_and_the_policy_version() {
    let redis = RedisServer::start().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (config_a, config_b) = setups(dir.path(), &redis.url());
    let (base_a, base_b) = (config_a.parent().unwrap().to_owned(), config_b.parent().unwrap().to_owned());
    // A runs a newer policy bundle than B's copy; C is a copy of A.
    let authority = {
        let pem = std::fs::read_to_string(base_a.join("keys/authority.key.pem")).unwrap();
        aigos_crypto::SigningKey::from_pkcs8_pem(aigos_crypto::default_provider(), &pem)
            .unwrap()
            .with_kid(aigos_core::Kid::new("authority-1").unwrap())
    };
    let bundle_path = base_a.join("policy.bundle.json");
    let current: aigos_policy::PolicyBundle = serde_json::from_str(&std::fs::read_to_string(&bundle_path).unwrap()).unwrap();
    let newer =
        aigos_policy::PolicyBundle::sign(current.document.clone(), current.version + 1, SystemClock.now_secs(), false, &authority).unwrap();
    std::fs::write(&bundle_path, serde_json::to_string(&newer).unwrap()).unwrap();
    assert!(Command::new("cp").arg("-a").arg(&base_a).arg(dir.path().join("c")).status().unwrap().success());
    let (_a, addr_a) = start(&config_a);
    let (_c, addr_c) = start(&dir.path().join("c/aigos.toml"));

    // B, started with the older bundle after the fleet accepted the newer one, refuses to start.
    let out = aigos().args(["serve", "--listen", "127.0.0.1:0", "--config"]).arg(&config_b).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("rollback"), "{err}");
    let _ = base_b;

    // A TOTP code used on A is refused on C.
    let at = SystemClock.now_secs();
    let pending = validate(&addr_a, &maintenance(&base_a, &[], at)).await;
    assert_eq!(pending["status"], "REQUIRES_MFA", "{pending}");
    let code = operator_code(&base_a);
    let totp = |challenge: &Value| aigos::ApprovalEvidence::Totp {
        approver: "operator".into(),
        code: code.clone(),
        challenge: challenge["id"].as_str().map(str::to_owned),
    };
    let approved = validate(&addr_a, &maintenance(&base_a, &[totp(&pending["challenge"])], at)).await;
    assert_eq!(approved["status"], "APPROVED", "{approved}");
    let pending = validate(&addr_c, &maintenance(&base_a, &[], at)).await;
    assert_eq!(pending["status"], "REQUIRES_MFA", "{pending}");
    let reused = validate(&addr_c, &maintenance(&base_a, &[totp(&pending["challenge"])], at)).await;
    assert_ne!(reused["status"], "APPROVED", "a code used on A approved on C: {reused}");

    // A budget spent on A counts on C (the demo agent has 100 USD).
    let spent = validate(&addr_a, &costly(&base_a, 60.5)).await;
    assert_eq!(spent["status"], "APPROVED", "{spent}");
    let over = validate(&addr_c, &costly(&base_a, 45.5)).await;
    assert_eq!((over["status"].as_str(), over["code"].as_str()), (Some("REJECTED"), Some("BUDGET_EXCEEDED")), "{over}");
    let within = validate(&addr_c, &costly(&base_a, 30.5)).await;
    assert_eq!(within["status"], "APPROVED", "positive control: {within}");
}

/// `aigos security-audit --server` against B of a fleet that also follows
/// A's stream: B's four configured kill channels (POST /v1/kill, the
/// `kill_commands` file, the upstream A in `kill_streams`, the fleet's
/// Redis journal) each carry a test PAUSE to a canary that comes out of
/// B's stream.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_audit_probes_every_kill_channel_of_a_fleet_member() {
    let redis = RedisServer::start().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (config_a, config_b) = setups(dir.path(), &redis.url());
    let (_a, addr_a) = start(&config_a);
    let text = std::fs::read_to_string(&config_b).unwrap();
    let text = text.replacen("kill_poll_ms = 1000\n", &format!("kill_poll_ms = 1000\nkill_streams = [\"http://{addr_a}\"]\n"), 1);
    assert!(text.contains("kill_streams"), "{text}");
    std::fs::write(&config_b, text).unwrap();
    let (_b, addr_b) = start(&config_b);
    let o = aigos()
        .args(["security-audit", "--format", "json", "--probe-timeout", "20", "--server", &format!("http://{addr_b}"), "--config"])
        .arg(&config_b)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)));
    let check = v["checks"].as_array().unwrap().iter().find(|c| c["id"] == "probe.kill_channels").unwrap();
    let evidence = check["evidence"].as_str().unwrap();
    assert_eq!(check["outcome"], "pass", "{evidence}");
    for channel in ["POST /v1/kill: ", "kill-commands.yaml: ", &format!("upstream http://{addr_a}: "), "Redis kill journal: "] {
        assert!(evidence.contains(channel), "{channel} missing from {evidence}");
    }
}
