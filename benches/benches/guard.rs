//! `Guard::validate` end to end against the unavoidable crypto of one action,
//! measured in the same run.
//!
//! Workload: the demo agent's token (EdDSA, or ES256), a 20-statement
//! policy, in-memory replay store and rate limiter, a 1 KiB payload, permit
//! signing and an audit append with batch durability (on tmpfs when
//! `/dev/shm` exists, so the figure is the pipeline's and not the disk's
//! fsync; the throughput bench is run on both).
//!
//! Targets (issue 8): median <= 1.3x the crypto floor of the same provider
//! and token; ES256 with aws-lc-rs <= 60 us; >= 25,000 validations/s on a
//! 2-worker runtime with batch durability.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, reason = "bench harness")]

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aigos::Guard;
use aigos::config::{DEMO_AGENT, DEMO_AGENT_KID, GuardConfig};
use aigos_core::{ActionKind, ActionRequest, AgentId, Clock, Environment, InstanceId, Kid, Severity, Status, SystemClock};
use aigos_crypto::{Algorithm, Jwks, Provider, SigningKey};
use aigos_identity::{TokenIssuer, TokenRequest};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

struct Fixture {
    dir: tempfile::TempDir,
    guard: Guard,
    issuer: TokenIssuer,
    request: ActionRequest,
    provider: Provider,
    agent: Arc<SigningKey>,
    permit_key: SigningKey,
}

fn policy_with_20_statements() -> String {
    let mut p = String::from(
        "[[statements]]\nid = \"demo\"\neffect = \"permit\"\nprincipals = [\"demo-agent\"]\nactions = [\"config.*\", \"data.read\"]\n",
    );
    for i in 0..18 {
        p.push_str(&format!(
            "\n[[statements]]\nid = \"team-{i}\"\neffect = \"permit\"\nprincipals = [\"agent-{i}\"]\nactions = [\"tool{i}.*\"]\n"
        ));
    }
    p.push_str("\n[[statements]]\nid = \"never-shell\"\neffect = \"forbid\"\nprincipals = [\"*\"]\nactions = [\"shell.*\"]\n");
    p
}

fn payload_1kib() -> serde_json::Value {
    let words = "the quarterly configuration review covers retries timeouts and cache sizes for the payments service ";
    let mut v = serde_json::json!({"key": "payments.retry_policy", "environment": "staging", "requested_by": "demo-agent"});
    let mut notes = String::new();
    while notes.len() < 960 {
        notes.push_str(words);
    }
    v["notes"] = serde_json::Value::String(notes);
    v
}

fn fixture(provider: Provider, alg: Algorithm, durability: aigos::config::DurabilityName, tmpfs: bool, encrypt: bool) -> Fixture {
    fixture_on(provider, alg, durability, tmpfs, encrypt, None)
}

/// As [`fixture`]; with `redis`, every shared store on that server (as
/// `[state] backend = "redis"` connects them), on `rt`, the runtime the
/// validations run on (the connections' tasks live there).
fn fixture_on(
    provider: Provider,
    alg: Algorithm,
    durability: aigos::config::DurabilityName,
    tmpfs: bool,
    encrypt: bool,
    redis: Option<(&str, &tokio::runtime::Runtime)>,
) -> Fixture {
    let dir =
        if tmpfs && Path::new("/dev/shm").is_dir() { tempfile::tempdir_in("/dev/shm").unwrap() } else { tempfile::tempdir().unwrap() };
    let now = SystemClock.now_secs();
    let path = aigos::config::init(dir.path(), provider, now).unwrap();
    let authority = SigningKey::from_pkcs8_pem(provider, &std::fs::read_to_string(dir.path().join("keys/authority.key.pem")).unwrap())
        .unwrap()
        .with_kid(Kid::new("authority-1").unwrap());
    // The 20-statement policy, signed by the authority.
    let doc = aigos_policy::PolicyDocument::from_toml(&policy_with_20_statements()).unwrap();
    assert_eq!(doc.statements.len(), 20);
    let bundle = aigos_policy::PolicyBundle::sign(doc, 2, now, false, &authority).unwrap();
    std::fs::write(dir.path().join("policy.bundle.json"), serde_json::to_string(&bundle).unwrap()).unwrap();
    // The agent's key: the demo's EdDSA key, or a new ES256 key under the same kid.
    let agent = if alg == Algorithm::EdDsa {
        SigningKey::from_pkcs8_pem(provider, &std::fs::read_to_string(dir.path().join("keys/demo-agent.key.pem")).unwrap()).unwrap()
    } else {
        SigningKey::generate(provider, alg).unwrap()
    }
    .with_kid(Kid::new(DEMO_AGENT_KID).unwrap());
    let reg_path = dir.path().join("registry.json");
    let old = aigos_identity::AgentRegistry::load(&reg_path).unwrap();
    let mut record = old.get(&AgentId::new(DEMO_AGENT).unwrap()).unwrap().clone();
    record.keys = Jwks { keys: vec![agent.public_jwk()] };
    let mut registry = aigos_identity::AgentRegistry::new();
    registry.register(record).unwrap();
    registry.save(&reg_path).unwrap();
    let (mut config, base) = GuardConfig::load(&path).unwrap();
    config.guard.provider = provider.name().to_string();
    let runtime = config.runtime.as_mut().unwrap();
    (runtime.rate, runtime.burst) = (u32::MAX / 4, u32::MAX / 4);
    let audit = config.audit.as_mut().unwrap();
    audit.durability = durability;
    if !encrypt {
        // The issue's workload: hash chain + MAC, no field encryption.
        audit.encryption_key = None;
    }
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let guard = match redis {
        None => config.build(&base, &clock).unwrap(),
        Some((url, rt)) => {
            config.state.backend = aigos::config::StateBackend::Redis;
            config.state.url = Some(url.to_owned());
            config.state.prefix = dir.path().file_name().unwrap().to_string_lossy().into_owned();
            rt.block_on(async {
                let shared = aigos_server::fleet::shared_state(&config, &base, &clock).await.unwrap();
                let guard = config.build_with(&base, &clock, shared).unwrap();
                drop(guard.join_fleet().await.unwrap());
                guard
            })
        }
    };
    let agent = Arc::new(agent);
    let request = ActionRequest::builder(AgentId::new(DEMO_AGENT).unwrap(), "config.update")
        .instance(InstanceId::new("demo-agent-1").unwrap())
        .action(ActionKind::ConfigChange)
        .severity(Severity::Low)
        .environment(Environment::Staging)
        .resource("svc/payments")
        .payload(payload_1kib())
        .timestamp(now)
        .build()
        .unwrap();
    assert!(serde_json::to_vec(&request.payload).unwrap().len() >= 1000);
    let permit_key =
        SigningKey::from_pkcs8_pem(provider, &std::fs::read_to_string(dir.path().join("keys/guard.key.pem")).unwrap()).unwrap();
    Fixture { dir, guard, issuer: TokenIssuer::new(agent.clone()), request, provider, agent, permit_key }
}

impl Fixture {
    fn token(&self) -> String {
        let req = TokenRequest {
            sub: DEMO_AGENT.into(),
            aud: vec!["aigos-guard".into()],
            ahash: Some(aigos::action_hash(self.provider, &self.request).unwrap()),
            ..Default::default()
        };
        self.issuer.issue(&req).unwrap()
    }
}

/// The body of the last record in the fixture's audit log (what its hash chain hashes).
fn last_record_body(f: &Fixture) -> Vec<u8> {
    let audit = f.dir.path().join("audit");
    let mut segments: Vec<_> = std::fs::read_dir(&audit)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl") && !p.ends_with("checkpoints.jsonl"))
        .collect();
    segments.sort();
    let text = std::fs::read_to_string(segments.last().unwrap()).unwrap();
    let line = text.lines().last().unwrap();
    let body = line.strip_prefix("{\"body\":").unwrap();
    let end = body.rfind(",\"hash\":").unwrap();
    body.as_bytes()[..end].to_vec()
}

fn rt(workers: usize) -> tokio::runtime::Runtime {
    if workers == 1 {
        tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
    } else {
        tokio::runtime::Builder::new_multi_thread().worker_threads(workers).enable_all().build().unwrap()
    }
}

/// Validations back to back on fresh tokens, each outcome dropped as a
/// server would drop it (criterion's batched mode keeps a whole batch of
/// outcomes alive, which measures the allocator more than the Guard). Tokens
/// are made before the clock starts.
fn validate_back_to_back(b: &mut criterion::Bencher<'_>, f: &Fixture, rt: &tokio::runtime::Runtime) {
    b.iter_custom(|iters| {
        let tokens: Vec<String> = (0..iters).map(|_| f.token()).collect();
        let start = Instant::now();
        for t in &tokens {
            black_box(rt.block_on(f.guard.validate(&f.request, t)));
        }
        start.elapsed()
    });
}

fn latency(c: &mut Criterion) {
    let cases = [
        ("rustcrypto/eddsa", aigos_crypto::default_provider(), Algorithm::EdDsa),
        ("aws-lc-rs/eddsa", aigos_crypto::aws_lc_rs_provider(), Algorithm::EdDsa),
        ("aws-lc-rs/es256", aigos_crypto::aws_lc_rs_provider(), Algorithm::Es256),
        ("rustcrypto/es256", aigos_crypto::default_provider(), Algorithm::Es256),
    ];
    for (name, provider, alg) in cases {
        let f = fixture(provider, alg, aigos::config::DurabilityName::Batch, true, false);
        let rt = rt(1);
        let mut g = c.benchmark_group(format!("guard/{name}"));
        g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(4));
        // Sanity: the benched path approves and issues a permit.
        let o = rt.block_on(f.guard.validate(&f.request, &f.token()));
        assert_eq!(o.status, Status::Approved, "{:?}", o.reasons);
        // What that validation signed and hashed, for the floor below: the
        // permit's signing input and the audit record's body.
        let permit_input = o.permit.as_deref().unwrap().rsplit_once('.').unwrap().0.as_bytes().to_vec();
        let record_body = last_record_body(&f);
        g.bench_function("validate", |b| validate_back_to_back(b, &f, &rt));
        // The crypto floor of one action, same provider and run: verify the
        // token's signature, sign the permit, hash the request, MAC the record.
        let token = f.token();
        let (input, sig) = token.rsplit_once('.').unwrap();
        let sig = aigos_crypto::base64url::decode(sig).unwrap();
        let vk = f.agent.verifying_key().unwrap();
        // A fresh token per action, as in `validate`: the verifier's
        // variable-time scalar multiplication follows the token's hash, so
        // verifying one token over and over lets the branch predictor learn it
        // (that figure is kept below for comparison).
        g.bench_function("floor: token signature verify", |b| {
            b.iter_batched(
                || {
                    let t = f.token();
                    let (input, sig) = t.rsplit_once('.').unwrap();
                    (input.to_string(), aigos_crypto::base64url::decode(sig).unwrap())
                },
                |(input, sig)| black_box(vk.verify(input.as_bytes(), &sig).is_ok()),
                BatchSize::SmallInput,
            )
        });
        g.bench_function("token signature verify, same token every time", |b| {
            b.iter(|| black_box(vk.verify(input.as_bytes(), &sig).is_ok()))
        });
        g.bench_function("floor: permit sign (Ed25519)", |b| b.iter(|| black_box(f.permit_key.sign(&permit_input).unwrap())));
        let request_bytes = aigos_core::canonical_json(&f.request).unwrap();
        // The request's hash, the record's chain hash (over the previous hash
        // and its body) and the MAC of that hash.
        g.bench_function("floor: request hash + record MAC", |b| {
            b.iter(|| {
                black_box(provider.sha256(&request_bytes));
                let hash = provider.sha256_parts(&[&[0u8; 32], &record_body]);
                black_box(provider.hmac_sha256(&[7u8; 32], &hash))
            })
        });
        g.finish();
        drop(rt);
        let guard = f.guard.clone();
        drop(f);
        let _ = guard;
    }
}

/// The same with the payload sealed in the audit record (what `aigos init`
/// configures): its floor adds the XChaCha20-Poly1305 seal of the payload.
fn latency_encrypted(c: &mut Criterion) {
    let provider = aigos_crypto::default_provider();
    let f = fixture(provider, Algorithm::EdDsa, aigos::config::DurabilityName::Batch, true, true);
    let rt = rt(1);
    let mut g = c.benchmark_group("guard/rustcrypto/eddsa+sealed-payload");
    g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(4));
    let o = rt.block_on(f.guard.validate(&f.request, &f.token()));
    assert_eq!(o.status, Status::Approved, "{:?}", o.reasons);
    g.bench_function("validate", |b| validate_back_to_back(b, &f, &rt));
    let payload = aigos_core::canonical_json_value(&f.request.payload).unwrap();
    let (key, nonce) = ([9u8; 32], [3u8; 24]);
    g.bench_function("floor part: payload seal (XChaCha20-Poly1305)", |b| {
        b.iter(|| black_box(provider.aead_seal(aigos_crypto::AeadAlgorithm::XChaCha20Poly1305, &key, &nonce, b"aad", &payload).unwrap()))
    });
    g.finish();
}

/// Validations per second on a 2-worker runtime with batch durability, 64
/// validations in flight (and 256 on disk, where each group commit waits on
/// a real fsync and more requests in flight keep both workers busy), with
/// each crypto provider: the target names none, and with two workers the
/// CPU is the limit, so the provider's signature speed decides much of it.
fn throughput(c: &mut Criterion) {
    let rustcrypto = ("rustcrypto", aigos_crypto::default_provider());
    let aws = ("aws-lc-rs", aigos_crypto::aws_lc_rs_provider());
    for ((provider_name, provider), name, tmpfs, in_flight) in [
        (rustcrypto, "tmpfs", true, 64),
        (rustcrypto, "disk", false, 64),
        (rustcrypto, "disk", false, 256),
        (aws, "tmpfs", true, 64),
        (aws, "disk", false, 64),
        (aws, "disk", false, 256),
    ] {
        let f = Arc::new(fixture(provider, Algorithm::EdDsa, aigos::config::DurabilityName::Batch, tmpfs, false));
        let rt = rt(2);
        let mut g = c.benchmark_group("guard/throughput-2-workers");
        g.throughput(Throughput::Elements(1)).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5)).sample_size(10);
        g.bench_function(format!("{provider_name}/eddsa/batch/{name}/{in_flight}-in-flight"), |b| {
            b.iter_custom(|iters| run_in_flight(&f, &rt, iters, in_flight));
        });
        g.finish();
    }
}

/// The same Guard on the in-memory stores and on Redis (a `redis-server`
/// of the bench's own on loopback), side by side in one run: one
/// validation's latency, and validations per second with 64 in flight on
/// two workers. Targets (issue 21): Redis latency at most 1.5x the
/// in-memory one, throughput at least 60% of it.
fn fleet(c: &mut Criterion) {
    let server = aigos_redis::testing::RedisServer::start().expect("redis-server (Debian package redis-server) on PATH");
    let url = server.url();
    for (name, redis) in [("memory", false), ("redis", true)] {
        let rt1 = rt(1);
        let f = fixture_on(
            aigos_crypto::default_provider(),
            Algorithm::EdDsa,
            aigos::config::DurabilityName::Batch,
            true,
            false,
            redis.then_some((url.as_str(), &rt1)),
        );
        let o = rt1.block_on(f.guard.validate(&f.request, &f.token()));
        assert_eq!(o.status, Status::Approved, "{:?}", o.reasons);
        if std::env::var_os("AIGOS_FLEET_HIST").is_some() {
            let tokens: Vec<String> = (0..3000).map(|_| f.token()).collect();
            let mut times: Vec<Duration> = tokens
                .iter()
                .map(|t| {
                    let s = Instant::now();
                    black_box(rt1.block_on(f.guard.validate(&f.request, t)));
                    s.elapsed()
                })
                .collect();
            times.sort();
            let total: Duration = times.iter().sum();
            eprintln!(
                "{name}: p50 {:?} p90 {:?} p99 {:?} max {:?} mean {:?}",
                times[1500],
                times[2700],
                times[2970],
                times[2999],
                total / 3000
            );
        }
        let mut g = c.benchmark_group("guard/fleet");
        g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(4));
        g.bench_function(format!("{name}/validate"), |b| validate_back_to_back(b, &f, &rt1));
        g.finish();
        drop(f);
        let rt2 = rt(2);
        let f = Arc::new(fixture_on(
            aigos_crypto::default_provider(),
            Algorithm::EdDsa,
            aigos::config::DurabilityName::Batch,
            true,
            false,
            redis.then_some((url.as_str(), &rt2)),
        ));
        let mut g = c.benchmark_group("guard/fleet-throughput");
        g.throughput(Throughput::Elements(1)).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5)).sample_size(10);
        g.bench_function(format!("{name}/64-in-flight"), |b| b.iter_custom(|iters| run_in_flight(&f, &rt2, iters, 64)));
        g.finish();
    }
}

/// `iters` validations, `in_flight` at a time, on `rt`.
fn run_in_flight(f: &Arc<Fixture>, rt: &tokio::runtime::Runtime, iters: u64, in_flight: usize) -> Duration {
    let tokens: Vec<String> = (0..iters).map(|_| f.token()).collect();
    let start = Instant::now();
    rt.block_on(async {
        let per = tokens.len().div_ceil(in_flight).max(1);
        let mut tasks = Vec::new();
        for chunk in tokens.chunks(per) {
            let (f, chunk) = (f.clone(), chunk.to_vec());
            tasks.push(tokio::spawn(async move {
                for t in chunk {
                    let o = f.guard.validate(&f.request, &t).await;
                    debug_assert_eq!(o.status, Status::Approved);
                    black_box(o);
                }
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
    });
    start.elapsed()
}

criterion_group!(benches, latency, latency_encrypted, throughput, fleet);
criterion_main!(benches);
