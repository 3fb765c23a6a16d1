//! Rate limiter against `governor` (keyed GCRA) on the same workload of
//! 1,000 agents; time from a command arriving on the in-process channel to
//! the cancellation future firing.
//!
//! Targets (issue 6): our check, penalties and blocking included, <= 1.5x
//! governor's; command-to-cancellation <= 50 us median.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::cast_possible_truncation, missing_docs, reason = "bench harness")]

use std::collections::HashMap;
use std::hint::black_box;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aigos_core::{Clock, SystemClock};
use aigos_crypto::{Algorithm, SigningKey, VerifyingKey};
use aigos_runtime::{
    AgentHandle, CommandSpec, CommandType, Identity, InProcessSource, KillCommand, KillVerifier, Listener, RateLimitConfig, RateLimiter,
    SourceEvent, Target, TargetType, Watchdog,
};
use criterion::{Criterion, criterion_group, criterion_main};

fn rate_limit(c: &mut Criterion) {
    let keys: Vec<String> = (0..1000).map(|i| format!("agent-{i:04}")).collect();
    let mut g = c.benchmark_group("rate_limit_1000_agents");
    g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    // A generous quota so both limiters take the common path (allowed).
    let ours = RateLimiter::new(
        RateLimitConfig { rate: 1_000_000, burst: 1_000_000, period: Duration::from_secs(1), ..RateLimitConfig::default() },
        Arc::new(SystemClock),
    );
    let mut i = 0usize;
    g.bench_function("aigos-system-clock", |b| {
        b.iter(|| {
            i = (i + 1) % keys.len();
            black_box(ours.check(&keys[i]))
        })
    });
    // The same limiter on a clock read from an atomic (governor reads a TSC clock).
    let ticking = aigos_runtime::TickingClock::start(Duration::from_millis(1)).unwrap();
    let fast = RateLimiter::new(
        RateLimitConfig { rate: 1_000_000, burst: 1_000_000, period: Duration::from_secs(1), ..RateLimitConfig::default() },
        Arc::new(ticking),
    );
    let mut k = 0usize;
    g.bench_function("aigos-ticking-clock", |b| {
        b.iter(|| {
            k = (k + 1) % keys.len();
            black_box(fast.check(&keys[k]))
        })
    });
    let quota = governor::Quota::per_second(NonZeroU32::new(1_000_000).unwrap());
    let theirs = governor::RateLimiter::keyed(quota);
    let mut j = 0usize;
    g.bench_function("governor", |b| {
        b.iter(|| {
            j = (j + 1) % keys.len();
            black_box(theirs.check_key(&keys[j]).is_ok())
        })
    });
    g.finish();
}

fn cancellation(c: &mut Criterion) {
    let mut g = c.benchmark_group("kill_command_to_cancellation");
    g.sample_size(30).measurement_time(Duration::from_secs(5));
    for (rt_name, rt) in [
        ("2-workers", tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()),
        ("current-thread", tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()),
    ] {
        for provider in aigos_crypto::available_providers() {
            let key = SigningKey::generate(provider, Algorithm::EdDsa).unwrap();
            let vk = VerifyingKey::new(provider, key.public_key().clone()).unwrap();
            g.bench_function(format!("in-process-{rt_name}-{}", provider.name()), |b| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for n in 0..iters {
                        let verifier = KillVerifier::new(HashMap::from([(key.kid().to_string(), vk.clone())]), Arc::new(SystemClock))
                            .for_identity(Identity { instance_id: "i-1".into(), ..Identity::default() });
                        let handle = AgentHandle::default();
                        let (listener, _reports) =
                            Listener::new(verifier, handle.clone(), Watchdog::new(Duration::from_secs(60), Arc::new(SystemClock)));
                        let listener = Arc::new(listener);
                        let (tx, source) = InProcessSource::new(4);
                        let raw = serde_json::to_string(
                            &KillCommand::issue(
                                &key,
                                CommandSpec {
                                    kind: CommandType::Terminate,
                                    target: Target { kind: TargetType::Instance, ids: vec!["i-1".into()] },
                                    reason: "bench".into(),
                                    issued_by: "ops".into(),
                                    sequence: n + 1,
                                    now: SystemClock.now_secs(),
                                    ttl: Duration::from_secs(60),
                                },
                            )
                            .unwrap(),
                        )
                        .unwrap();
                        total += rt.block_on(async {
                            let tasks = listener.spawn(vec![Box::new(source)]);
                            let waiter = {
                                let h = handle.clone();
                                tokio::spawn(async move {
                                    h.terminated().await;
                                    Instant::now()
                                })
                            };
                            tokio::task::yield_now().await;
                            let start = Instant::now();
                            tx.send(SourceEvent::Command(raw)).await.unwrap();
                            let fired = waiter.await.unwrap();
                            for t in tasks {
                                t.abort();
                            }
                            fired - start
                        });
                    }
                    total
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, rate_limit, cancellation);
criterion_main!(benches);
