//! Append throughput per durability mode (concurrent producers, ~300-byte
//! records), verification throughput, and field-encryption cost.
//!
//! Targets (issue 5): `batch` >= 200,000 durable records/s; verify >= 500,000
//! records/s on one core. Criterion reports time per record (throughput in
//! elements/s).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::cast_possible_truncation, missing_docs, reason = "bench harness")]

use std::sync::Arc;
use std::time::{Duration, Instant};

use aigos_audit::{AuditConfig, AuditLog, Durability, FieldCipher, MacKey, VerifyOptions, verify_log};
use aigos_crypto::default_provider;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde_json::{Value, json};

fn record(i: u64) -> Value {
    // With the record envelope this makes ~300-byte body lines, as the target assumes.
    json!({"tool": "config.update", "resource": "configmap/web", "status": "APPROVED", "score": 0.87, "i": i})
}

fn mac() -> MacKey {
    MacKey { kid: "mac-1".into(), key: zeroize::Zeroizing::new(vec![7u8; 32]) }
}

fn append(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).build().unwrap();
    let mut g = c.benchmark_group("audit_append");
    g.throughput(Throughput::Elements(1));
    for (name, mode, samples) in [("batch", Durability::Batch, 20), ("none", Durability::None, 20), ("always", Durability::Always, 10)] {
        g.sample_size(samples)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(if mode == Durability::Always { 8 } else { 4 }));
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let dir = tempfile::tempdir().unwrap();
                let (log, _) = AuditLog::open(
                    AuditConfig::new(dir.path()).durability(mode).mac_key(mac()).checkpoints(10_000, Duration::from_secs(60)),
                )
                .unwrap();
                let log = Arc::new(log);
                let producers = 256u64;
                let start = Instant::now();
                rt.block_on(async {
                    let mut tasks = Vec::new();
                    for p in 0..producers {
                        let log = log.clone();
                        let n = iters / producers + u64::from(p < iters % producers);
                        tasks.push(tokio::spawn(async move {
                            for i in 0..n {
                                log.append("validation", "deploy-bot", record(i)).await.unwrap();
                            }
                        }));
                    }
                    for t in tasks {
                        t.await.unwrap();
                    }
                });
                let elapsed = start.elapsed();
                drop(log);
                elapsed
            })
        });
    }
    g.finish();
}

fn verify(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let n = 20_000u64;
    {
        let (log, _) = AuditLog::open(AuditConfig::new(dir.path()).durability(Durability::None).mac_key(mac())).unwrap();
        for i in 0..n {
            log.append_blocking("validation", "deploy-bot", record(i)).unwrap();
        }
        log.close_blocking().unwrap();
    }
    let size = std::fs::metadata(dir.path().join(format!("{:020}.jsonl", 0))).unwrap().len();
    eprintln!("verify bench: {n} records, {:.0} bytes/record", size as f64 / n as f64);
    let mut g = c.benchmark_group("audit_verify");
    g.sample_size(10).throughput(Throughput::Elements(n));
    let key = mac();
    let macs = move |kid: &str| (kid == key.kid).then(|| key.clone());
    g.bench_function("chain-and-checkpoints", |b| {
        b.iter(|| verify_log(default_provider(), dir.path(), &VerifyOptions::default()).unwrap())
    });
    g.bench_function("chain-checkpoints-and-mac", |b| {
        b.iter(|| verify_log(default_provider(), dir.path(), &VerifyOptions { mac_keys: Some(&macs), ..VerifyOptions::default() }).unwrap())
    });
    g.finish();
}

fn encryption(c: &mut Criterion) {
    let cipher = FieldCipher::from_key_file(default_provider(), &[5u8; 32]).unwrap();
    let fields = vec!["tool".to_string()];
    let mut g = c.benchmark_group("audit_field_encryption");
    g.bench_function("seal-one-field", |b| {
        b.iter_batched(|| record(1), |mut v| cipher.seal_fields(&mut v, &fields, 42).unwrap(), criterion::BatchSize::SmallInput)
    });
    g.finish();
}

criterion_group!(benches, append, verify, encryption);
criterion_main!(benches);
