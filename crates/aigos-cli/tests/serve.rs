//! `aigos serve` as a process: SIGTERM drains (a request in flight when
//! the signal arrives is answered, the audit log is closed with its final
//! checkpoint and verifies), and SIGKILL loses no decision the server
//! acknowledged (every answered validation is in the log).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn aigos() -> Command {
    Command::new(env!("CARGO_BIN_EXE_aigos"))
}

/// `aigos init` in a temporary directory, served in plaintext on loopback
/// (TLS is covered by the server crate's tests).
fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = aigos().arg("init").arg(dir.path().join("s")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let config = dir.path().join("s/aigos.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let text = text
        .replace("cert = \"certs/server.pem\"\n", "")
        .replace("key = \"certs/server.key.pem\"\n", "")
        .replace("client_ca = \"certs/ca.pem\"\n", "");
    std::fs::write(&config, text).unwrap();
    (dir, config)
}

fn start(config: &Path) -> (Child, String) {
    let (child, url) = start_url(config);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    (child, url.trim_start_matches("http://").to_owned())
}

fn body(base: &Path, value: &str) -> String {
    common::config_change_line(base, value)
}

/// One HTTP/1.1 POST on its own connection; the status and JSON body.
async fn post(addr: &str, body: &str) -> (u16, Value) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).await.unwrap();
    s.write_all(body.as_bytes()).await.unwrap();
    read_response(&mut s).await
}

async fn read_response(s: &mut tokio::net::TcpStream) -> (u16, Value) {
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw);
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let json = text.split("\r\n\r\n").nth(1).and_then(|b| serde_json::from_str(b).ok()).unwrap_or(Value::Null);
    (status, json)
}

fn audit_text(base: &Path) -> String {
    let mut all = String::new();
    for e in std::fs::read_dir(base.join("audit")).unwrap().flatten() {
        all.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
    }
    all
}

fn verify(base: &Path) -> std::process::Output {
    aigos()
        .args(["audit", "verify", "--log"])
        .arg(base.join("audit"))
        .arg("--hmac-key")
        .arg(base.join("keys/audit.mac"))
        .arg("--jwks")
        .arg(base.join("keys/audit.jwks.json"))
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_answers_the_request_in_flight_and_closes_the_audit_log() {
    let (_dir, config) = setup();
    let base = config.parent().unwrap().to_owned();
    let (mut child, addr) = start(&config);
    // A request in flight: its head and half its body sent.
    let body = body(&base, "info");
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let head = format!("POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
    s.write_all(head.as_bytes()).await.unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    s.write_all(first.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    tokio::time::sleep(Duration::from_millis(300)).await;
    // New connections are refused while it drains.
    assert!(tokio::net::TcpStream::connect(&addr).await.is_err(), "still accepting after SIGTERM");
    s.write_all(rest.as_bytes()).await.unwrap();
    let (status, outcome) = read_response(&mut s).await;
    assert_eq!((status, outcome["status"].as_str()), (200, Some("APPROVED")), "{outcome}");
    let exit = child.wait().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert!(exit.success(), "{err}");
    assert!(err.contains("audit log closed"), "{err}");
    let id = outcome["validation_id"].as_str().unwrap();
    assert!(audit_text(&base).contains(id), "the answered decision is in the log");
    let v = verify(&base);
    assert!(v.status.success(), "{}{}", String::from_utf8_lossy(&v.stdout), String::from_utf8_lossy(&v.stderr));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_loses_no_acknowledged_decision() {
    let (_dir, config) = setup();
    let base = config.parent().unwrap().to_owned();
    let (mut child, addr) = start(&config);
    let mut acknowledged = Vec::new();
    for i in 0..20 {
        let (status, outcome) = post(&addr, &body(&base, &format!("v{i}"))).await;
        assert_eq!(status, 200, "{outcome}");
        acknowledged.push(outcome["validation_id"].as_str().unwrap().to_owned());
    }
    // Killed right after the last answer: no drain, no final checkpoint.
    child.kill().unwrap();
    let _ = child.wait();
    let text = audit_text(&base);
    for id in &acknowledged {
        assert!(text.contains(id.as_str()), "acknowledged decision {id} is not in the audit log");
    }
    // The log recovers and verifies when the server starts again.
    let (mut again, addr) = start(&config);
    let (status, _) = post(&addr, &body(&base, "after")).await;
    assert_eq!(status, 200);
    again.kill().unwrap();
    let _ = again.wait();
    let v = verify(&base);
    assert!(v.status.success(), "{}{}", String::from_utf8_lossy(&v.stdout), String::from_utf8_lossy(&v.stderr));
}

/// `aigos serve` on `config` as written (TLS when it names certificates);
/// the process and the base URL it prints.
fn start_url(config: &Path) -> (Child, String) {
    let mut child = aigos()
        .args(["serve", "--listen", "127.0.0.1:0", "--config"])
        .arg(config)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let v: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
    (child, v["listening"].as_str().unwrap().to_owned())
}

/// `aigos security-audit --format json` with `extra` arguments: the exit
/// code and each probe's outcome and evidence.
fn probe_audit(config: &Path, extra: &[&str]) -> (Option<i32>, std::collections::BTreeMap<String, (String, String)>) {
    let o = aigos().args(["security-audit", "--format", "json", "--config"]).arg(config).args(extra).output().unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)));
    let probes = v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["id"].as_str().unwrap().starts_with("probe."))
        .map(|c| {
            (c["id"].as_str().unwrap().to_owned(), (c["outcome"].as_str().unwrap().to_owned(), c["evidence"].as_str().unwrap().to_owned()))
        })
        .collect();
    (o.status.code(), probes)
}

/// `--server URL` against the `aigos init` setup served over TLS: the
/// capability-escalating spawn the probe makes is REJECTED by capability
/// decay, while the legitimate twin (a child asking for less than its
/// parent holds) gets past it; the test PAUSE comes out of the server's
/// stream through both configured channels (POST /v1/kill and the
/// `kill_commands` file) and the canaries are resumed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_audit_probes_a_running_server() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("s");
    assert!(aigos().arg("init").arg(&base).output().unwrap().status.success());
    let config = base.join("aigos.toml");
    let (mut child, url) = start_url(&config);
    assert!(url.starts_with("https://"), "{url}");
    let ca = base.join("certs/ca.pem");
    let (_, probes) = probe_audit(&config, &["--server", &url, "--server-ca", ca.to_str().unwrap(), "--probe-timeout", "20"]);
    let (outcome, evidence) = &probes["probe.spawn_escalation"];
    assert_eq!(outcome, "pass", "{evidence}");
    assert!(evidence.contains("REJECTED PRIVILEGE_ESCALATION"), "{evidence}");
    let (outcome, evidence) = &probes["probe.kill_channels"];
    assert_eq!(outcome, "pass", "{evidence}");
    assert!(evidence.contains("POST /v1/kill: ") && evidence.contains("kill-commands.yaml: "), "{evidence}");
    assert!(evidence.contains("2 of 2 resumed"), "{evidence}");
    // The Guard applied and kept the canaries' PAUSE and RESUME.
    let state = std::fs::read_to_string(base.join("kill-state.jsonl")).unwrap();
    assert_eq!(state.matches("security-audit-canary-").count(), 4, "{state}");
    // Positive control for the spawn probe: a child asking for a subset of
    // what its parent holds passes capability decay.
    let twin = common::request_line(
        &base,
        "agent.spawn",
        aigos_core::ActionKind::Spawn,
        serde_json::json!({"capabilities": {"tools": ["data.read"], "resources": ["*"], "max_budget_usd": 10, "can_spawn": false, "max_child_depth": 0, "expires_at": null}, "mode": "EXPLICIT"}),
        None,
        &[],
        common::now(),
    );
    let client = reqwest::Client::builder()
        .tls_certs_only(reqwest::Certificate::from_pem_bundle(&std::fs::read(&ca).unwrap()).unwrap())
        .build()
        .unwrap();
    let answer = client.post(format!("{url}/v1/validate")).header("Content-Type", "application/json").body(twin).send().await.unwrap();
    let answer: Value = serde_json::from_slice(&answer.bytes().await.unwrap()).unwrap();
    let codes: Vec<&str> = answer["steps"].as_array().unwrap().iter().filter_map(|s| s["code"].as_str()).collect();
    assert!(!codes.contains(&"PRIVILEGE_ESCALATION"), "{answer}");
    assert_ne!(answer["status"], "REJECTED", "{answer}");
    child.kill().unwrap();
    let _ = child.wait();
}

/// Attack on the deployment: the configuration names a kill-command file
/// the running server does not watch (it was started without it). The
/// probe's PAUSE through that file never comes out of the stream, and the
/// audit fails naming the channel, while POST /v1/kill still passes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_audit_fails_a_kill_channel_the_server_does_not_follow() {
    let (_dir, config) = setup();
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text.replace("kill_commands = \"kill-commands.yaml\"\n", "")).unwrap();
    let (mut child, addr) = start(&config);
    std::fs::write(&config, &text).unwrap();
    let (code, probes) = probe_audit(&config, &["--server", &format!("http://{addr}"), "--probe-timeout", "3"]);
    assert_eq!(code, Some(1));
    let (outcome, evidence) = &probes["probe.kill_channels"];
    assert_eq!(outcome, "fail", "{evidence}");
    assert!(evidence.contains("kill-commands.yaml: not out of the server's stream within 3 s"), "{evidence}");
    assert!(evidence.contains("POST /v1/kill: "), "{evidence}");
    child.kill().unwrap();
    let _ = child.wait();
}

/// A stub server on loopback that answers every request with `body`.
async fn stub(body: &'static str) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut s, _)) = listener.accept().await else { return };
            tokio::spawn(async move {
                let mut buf = vec![0u8; 65536];
                let _ = s.read(&mut buf).await;
                let answer = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = s.write_all(answer.as_bytes()).await;
            });
        }
    });
    addr
}

/// The probe itself can fail: a server that answers APPROVED to anything
/// (here a stub standing in for a Guard without capability decay) fails
/// `probe.spawn_escalation`; one that rejects the spawn before comparing
/// tools (SPAWN_NOT_ALLOWED) proves nothing about tool decay and is a
/// warning, not a pass. The probe sends a real token: plain HTTP to a
/// non-loopback address is refused (exit 2).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_audit_fails_a_server_that_approves_an_escalating_spawn() {
    let (_dir, config) = setup();
    let approving = stub(r#"{"status":"APPROVED","steps":[],"reasons":[]}"#).await;
    let early =
        stub(r#"{"status":"REJECTED","steps":[{"result":"rejected","code":"SPAWN_NOT_ALLOWED"}],"reasons":["spawn: not allowed"]}"#).await;
    let cfg = config.clone();
    let (code, probes) =
        tokio::task::spawn_blocking(move || probe_audit(&cfg, &["--server", &format!("http://{approving}"), "--probe-timeout", "1"]))
            .await
            .unwrap();
    assert_eq!(code, Some(1));
    let (outcome, evidence) = &probes["probe.spawn_escalation"];
    assert_eq!(outcome, "fail", "{evidence}");
    assert!(evidence.contains("APPROVED"), "{evidence}");
    let cfg = config.clone();
    let (_, probes) =
        tokio::task::spawn_blocking(move || probe_audit(&cfg, &["--server", &format!("http://{early}"), "--probe-timeout", "1"]))
            .await
            .unwrap();
    let (outcome, evidence) = &probes["probe.spawn_escalation"];
    assert_eq!(outcome, "warn", "{evidence}");
    assert!(evidence.contains("SPAWN_NOT_ALLOWED"), "{evidence}");
    let o = aigos().args(["security-audit", "--server", "http://192.0.2.1:8443", "--config"]).arg(&config).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
}

/// A `kill_commands` file written as a JSON array is not appended to (a
/// YAML item would break it): that channel is reported as not probed (a
/// warning) and the file is left as it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_audit_leaves_a_json_array_kill_file_alone() {
    let (_dir, config) = setup();
    let file = config.parent().unwrap().join("kill-commands.yaml");
    std::fs::write(&file, "[]\n").unwrap();
    let (mut child, addr) = start(&config);
    let (_, probes) = probe_audit(&config, &["--server", &format!("http://{addr}"), "--probe-timeout", "10"]);
    let (outcome, evidence) = &probes["probe.kill_channels"];
    assert_eq!(outcome, "warn", "{evidence}");
    assert!(evidence.contains("not probed (a JSON array file") && evidence.contains("POST /v1/kill: "), "{evidence}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "[]\n");
    child.kill().unwrap();
    let _ = child.wait();
}
