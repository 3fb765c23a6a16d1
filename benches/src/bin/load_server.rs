//! A bounded load test of `aigos serve`, with its in-process baseline in
//! the same run (`cargo xtask load-server [SECONDS] [CONNECTIONS]`):
//!
//! 1. the in-process Guard: validations per second with CONNECTIONS
//!    validations in flight on a 2-worker runtime (as `cargo xtask
//!    bench-guard` measures it), over the same request mix;
//! 2. `aigos serve` (the release binary given as the first argument) on
//!    loopback: its resident memory when idle, then CONNECTIONS keep-alive
//!    HTTP/1.1 connections posting `/v1/validate` for SECONDS, three
//!    approved requests for each rejected one (a token signed by a stranger's
//!    key); requests per second, p50 and p99 latency, errors, and the ratio
//!    to the in-process figure.
//!
//! Tokens are signed before the clock starts, so the generator spends its
//! time on HTTP, not on signatures. Prints one JSON line with the figures.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "a measuring tool: any failure ends the run")]

use std::io::BufRead;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aigos::config::{DEMO_AGENT, DEMO_AGENT_KID, GuardConfig};
use aigos::core::{ActionKind, ActionRequest, AgentId, Clock, Environment, InstanceId, Kid, Severity, Status, SystemClock};
use aigos::crypto::{Algorithm, SigningKey};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};

fn setup(dir: &Path) -> (GuardConfig, std::path::PathBuf) {
    let path = aigos::config::init(dir, aigos::crypto::default_provider(), SystemClock.now_secs()).unwrap();
    // Plaintext on loopback (the load is on the Guard, not on TLS), and no
    // rate limit: every agent's requests are decided on their merits.
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replace("cert = \"certs/server.pem\"\n", "")
        .replace("key = \"certs/server.key.pem\"\n", "")
        .replace("client_ca = \"certs/ca.pem\"\n", "")
        .replace("rate = 20\n", "rate = 1000000000\n")
        .replace("burst = 20\n", "burst = 1000000000\n")
        // One generator on one address sends the rejected quarter too.
        .replace("[server]\n", "[server]\nidentity_failures_per_minute = 4000000000\n");
    std::fs::write(&path, text).unwrap();
    let (config, base) = GuardConfig::load(&path).unwrap();
    assert_eq!(config.runtime.as_ref().unwrap().rate, 1_000_000_000, "the rate limit was lifted");
    (config, base)
}

fn request() -> ActionRequest {
    let words = "the quarterly configuration review covers retries timeouts and cache sizes for the payments service ";
    ActionRequest::builder(AgentId::new(DEMO_AGENT).unwrap(), "config.update")
        .instance(InstanceId::new("demo-agent-1").unwrap())
        .action(ActionKind::ConfigChange)
        .severity(Severity::Low)
        .environment(Environment::Production)
        .resource("svc/payments")
        .payload(serde_json::json!({"key": "payments.retry_policy", "notes": words.repeat(10)}))
        .timestamp(SystemClock.now_secs())
        .build()
        .unwrap()
}

/// `n` request bodies (request + token), one in four signed by a stranger.
fn bodies(base: &Path, request: &ActionRequest, n: usize) -> Vec<(Bytes, bool)> {
    let provider = aigos::crypto::default_provider();
    let pem = std::fs::read_to_string(base.join("keys/demo-agent.key.pem")).unwrap();
    let agent = Arc::new(SigningKey::from_pkcs8_pem(provider, &pem).unwrap().with_kid(Kid::new(DEMO_AGENT_KID).unwrap()));
    let stranger = Arc::new(SigningKey::generate(provider, Algorithm::EdDsa).unwrap().with_kid(Kid::new(DEMO_AGENT_KID).unwrap()));
    let (ours, theirs) = (aigos::identity::TokenIssuer::new(agent), aigos::identity::TokenIssuer::new(stranger));
    let ahash = aigos::action_hash(provider, request).unwrap();
    let mut base_json = serde_json::to_value(request).unwrap();
    (0..n)
        .map(|i| {
            let approved = i % 4 != 3;
            let issuer = if approved { &ours } else { &theirs };
            let token = issuer
                .issue(&aigos::identity::TokenRequest {
                    sub: DEMO_AGENT.into(),
                    aud: vec!["aigos-guard".into()],
                    ahash: Some(ahash.clone()),
                    ..Default::default()
                })
                .unwrap();
            base_json["token"] = serde_json::Value::String(token);
            (Bytes::from(serde_json::to_vec(&base_json).unwrap()), approved)
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "an index into a sorted sample"
    )]
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()).unwrap_or(0)
}

/// In-process validations per second with `in_flight` at once, over the same mix.
fn in_process(secs: u64, in_flight: usize) -> f64 {
    let dir = tempfile::tempdir().unwrap();
    let (config, base) = setup(&dir.path().join("s"));
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let guard = rt.block_on(async { config.build(&base, &clock) }).unwrap();
    let request = Arc::new(request());
    let pool: Vec<(Bytes, bool)> = bodies(&base, &request, 40_000 * usize::try_from(secs).unwrap_or(1).max(1) / 4);
    let tokens: Vec<String> = pool
        .into_iter()
        .map(|(b, _)| serde_json::from_slice::<serde_json::Value>(&b).unwrap()["token"].as_str().unwrap().to_owned())
        .collect();
    let tokens = Arc::new(tokens);
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(secs);
    let start = Instant::now();
    let done: usize = rt.block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..in_flight {
            let (guard, request, tokens, next) = (guard.clone(), request.clone(), tokens.clone(), next.clone());
            tasks.push(tokio::spawn(async move {
                let mut n = 0usize;
                while Instant::now() < deadline {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(t) = tokens.get(i) else { break };
                    let o = guard.validate(&request, t).await;
                    assert!(matches!(o.status, Status::Approved | Status::Rejected));
                    n += 1;
                }
                n
            }));
        }
        let mut sum = 0;
        for t in tasks {
            sum += t.await.unwrap();
        }
        sum
    });
    let elapsed = start.elapsed().as_secs_f64();
    rt.block_on(guard.shutdown()).unwrap();
    #[allow(clippy::cast_precision_loss, reason = "a rate")]
    let rate = done as f64 / elapsed;
    rate
}

fn main() {
    let mut args = std::env::args().skip(1);
    let binary = args.next().expect("usage: load-server AIGOS_BINARY [SECONDS] [CONNECTIONS]");
    let secs: u64 = args.next().map_or(30, |s| s.parse().unwrap());
    let conns: usize = args.next().map_or(64, |s| s.parse().unwrap());

    eprintln!("in-process Guard: {conns} in flight for 10 s ...");
    let baseline = in_process(10, conns);
    eprintln!("in-process: {baseline:.0} validations/s");

    let dir = tempfile::tempdir().unwrap();
    let (_, base) = setup(&dir.path().join("s"));
    let request = request();
    eprintln!("signing tokens ...");
    let pool = Arc::new(bodies(&base, &request, usize::try_from(secs).unwrap() * 12_000));
    let mut child = std::process::Command::new(&binary)
        .args(["serve", "--listen", "127.0.0.1:0", "--config"])
        .arg(base.join("aigos.toml"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url: serde_json::Value = serde_json::from_str(&line).unwrap();
    let addr = url["listening"].as_str().unwrap().trim_start_matches("http://").to_owned();
    std::thread::sleep(Duration::from_secs(1));
    let idle_rss = rss_kib(child.id());

    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(secs);
    let start = Instant::now();
    let results: Vec<(Vec<Duration>, usize, usize, usize)> = rt.block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..conns {
            let (pool, next, addr) = (pool.clone(), next.clone(), addr.clone());
            tasks.push(tokio::spawn(async move {
                let stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
                stream.set_nodelay(true).unwrap();
                let (mut sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await.unwrap();
                tokio::spawn(conn);
                let (mut lat, mut errors, mut approved, mut rejected) = (Vec::new(), 0usize, 0usize, 0usize);
                while Instant::now() < deadline {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((body, _)) = pool.get(i) else { break };
                    let req = hyper::Request::post("/v1/validate")
                        .header("host", "load")
                        .header("content-type", "application/json")
                        .body(Full::new(body.clone()))
                        .unwrap();
                    let t = Instant::now();
                    let Ok(resp) = sender.send_request(req).await else {
                        errors += 1;
                        break;
                    };
                    let status = resp.status();
                    let bytes = resp.into_body().collect().await.map(http_body_util::Collected::to_bytes).unwrap_or_default();
                    lat.push(t.elapsed());
                    if status != hyper::StatusCode::OK {
                        errors += 1;
                        continue;
                    }
                    // The decision without parsing the whole outcome: the
                    // generator shares the machine with the server.
                    let text = std::str::from_utf8(&bytes).unwrap_or_default();
                    if text.contains("\"status\":\"APPROVED\"") {
                        approved += 1;
                    } else if text.contains("\"status\":\"REJECTED\"") {
                        rejected += 1;
                    } else {
                        errors += 1;
                    }
                }
                (lat, errors, approved, rejected)
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.push(t.await.unwrap());
        }
        all
    });
    let elapsed = start.elapsed().as_secs_f64();
    let loaded_rss = rss_kib(child.id());
    let _ = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let _ = child.wait();
    let mut lat: Vec<Duration> = results.iter().flat_map(|r| r.0.iter().copied()).collect();
    lat.sort_unstable();
    let errors: usize = results.iter().map(|r| r.1).sum();
    let approved: usize = results.iter().map(|r| r.2).sum();
    let rejected: usize = results.iter().map(|r| r.3).sum();
    #[allow(clippy::cast_precision_loss, reason = "rates")]
    let rps = lat.len() as f64 / elapsed;
    let report = serde_json::json!({
        "seconds": elapsed,
        "connections": conns,
        "requests": lat.len(),
        "approved": approved,
        "rejected": rejected,
        "errors": errors,
        "requests_per_sec": rps.round(),
        "p50_ms": percentile(&lat, 0.50).as_secs_f64() * 1e3,
        "p99_ms": percentile(&lat, 0.99).as_secs_f64() * 1e3,
        "in_process_per_sec": baseline.round(),
        "ratio_to_in_process": rps / baseline,
        "idle_rss_mib": idle_rss as f64 / 1024.0,
        "loaded_rss_mib": loaded_rss as f64 / 1024.0,
        "tokens_ran_out": next.load(std::sync::atomic::Ordering::Relaxed) >= pool.len(),
    });
    println!("{report}");
}
