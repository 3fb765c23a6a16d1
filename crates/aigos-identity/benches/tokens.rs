//! Token issue and verify, per provider and algorithm, next to the bare
//! signature verification of the same bytes and the `jsonwebtoken` crate
//! (aws-lc-rs backend) verifying the same tokens; and the replay store.
//!
//! Targets (issue 3): full verify <= 1.15x the bare verify of the same
//! provider; with aws-lc-rs, at or below jsonwebtoken; replay
//! check_and_insert >= 5,000,000/s on one thread.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::cast_possible_truncation, missing_docs, reason = "bench harness")]

use std::collections::HashMap;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aigos_core::SystemClock;
use aigos_crypto::{Algorithm, Jwks, SigningKey, available_providers, base64url};
use aigos_identity::{InMemoryReplayStore, KeySet, ReplayStore, TokenIssuer, TokenRequest, TokenVerifier};
use criterion::{Criterion, criterion_group, criterion_main};

fn request() -> TokenRequest {
    TokenRequest { sub: "deploy-bot".into(), aud: vec!["aigos-guard".into()], ..Default::default() }
}

fn tokens(c: &mut Criterion) {
    for alg in [Algorithm::EdDsa, Algorithm::Es256] {
        let name = if alg == Algorithm::EdDsa { "eddsa" } else { "es256" };
        // One key, prepared by each provider; one token, verified by all.
        let secret = [0x24u8; 32];
        let base_key = SigningKey::from_secret(aigos_crypto::default_provider(), alg, &secret).unwrap();
        let jwks = Jwks { keys: vec![base_key.public_jwk()] };
        let token = TokenIssuer::new(Arc::new(base_key)).issue(&request()).unwrap();
        let (input, sig) = token.rsplit_once('.').unwrap();
        let sig = base64url::decode(sig).unwrap();

        let mut g = c.benchmark_group(format!("token_verify_{name}"));
        g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3)).sample_size(60);
        for p in available_providers() {
            let vk = aigos_crypto::VerifyingKey::new(p, jwks.keys[0].to_public_key().unwrap()).unwrap();
            g.bench_function(format!("bare-{}", p.name()), |b| b.iter(|| vk.verify(black_box(input.as_bytes()), black_box(&sig)).unwrap()));
            let keys = Arc::new(KeySet::from_jwks(p, &jwks).unwrap());
            let verifier = TokenVerifier::builder(keys.clone(), "aigos-guard").clock(Arc::new(SystemClock)).build();
            g.bench_function(format!("aigos-{}", p.name()), |b| b.iter(|| verifier.verify_stateless(black_box(&token)).unwrap()));
            // Full verify including single use of jti: fresh tokens per
            // iteration, minted outside the timed loop.
            let issuer = TokenIssuer::new(Arc::new(SigningKey::from_secret(p, alg, &secret).unwrap()));
            g.bench_function(format!("aigos-with-replay-{}", p.name()), |b| {
                b.iter_custom(|iters| {
                    let store: Arc<dyn ReplayStore> = Arc::new(InMemoryReplayStore::new(iters as usize + 16, Arc::new(SystemClock)));
                    let v = TokenVerifier::builder(keys.clone(), "aigos-guard").clock(Arc::new(SystemClock)).replay_store(store).build();
                    let fresh: Vec<String> = (0..iters).map(|_| issuer.issue(&request()).unwrap()).collect();
                    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
                    let start = Instant::now();
                    for t in &fresh {
                        rt.block_on(v.verify(black_box(t))).unwrap();
                    }
                    start.elapsed()
                })
            });
        }
        // jsonwebtoken with its aws-lc-rs backend, same token, same checks it can make.
        let spki = jwks.keys[0].to_public_key().unwrap().to_spki_pem().unwrap();
        let (dk, jalg) = match alg {
            Algorithm::EdDsa => (jsonwebtoken::DecodingKey::from_ed_pem(spki.as_bytes()).unwrap(), jsonwebtoken::Algorithm::EdDSA),
            _ => (jsonwebtoken::DecodingKey::from_ec_pem(spki.as_bytes()).unwrap(), jsonwebtoken::Algorithm::ES256),
        };
        let mut validation = jsonwebtoken::Validation::new(jalg);
        validation.set_audience(&["aigos-guard"]);
        g.bench_function("jsonwebtoken-aws-lc-rs", |b| {
            b.iter(|| jsonwebtoken::decode::<HashMap<String, serde_json::Value>>(black_box(&token), &dk, &validation).unwrap())
        });
        g.finish();

        let mut g = c.benchmark_group(format!("token_issue_{name}"));
        g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2)).sample_size(40);
        for p in available_providers() {
            let issuer = TokenIssuer::new(Arc::new(SigningKey::from_secret(p, alg, &secret).unwrap()));
            g.bench_function(format!("aigos-{}", p.name()), |b| b.iter(|| issuer.issue(black_box(&request())).unwrap()));
        }
        g.finish();
    }
}

fn replay(c: &mut Criterion) {
    let mut g = c.benchmark_group("replay_check_and_insert");
    g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3)).sample_size(60);
    let jtis = |n: u64| -> Vec<String> {
        (0..n)
            .map(|i| uuid::Builder::from_random_bytes((u128::from(i) * 0x9E37_79B9_7F4A_7C15).to_le_bytes()).into_uuid().to_string())
            .collect()
    };
    g.bench_function("sync", |b| {
        b.iter_custom(|iters| {
            let store = InMemoryReplayStore::new(iters as usize + 64, Arc::new(SystemClock));
            let ids = jtis(iters);
            let exp = SystemClock.now_millis_plus(300_000);
            let start = Instant::now();
            for id in &ids {
                store.check_and_insert_sync(black_box(id), exp).unwrap();
            }
            start.elapsed()
        })
    });
    g.bench_function("async-trait", |b| {
        b.iter_custom(|iters| {
            let store: Arc<dyn ReplayStore> = Arc::new(InMemoryReplayStore::new(iters as usize + 64, Arc::new(SystemClock)));
            let ids = jtis(iters);
            let exp = SystemClock.now_millis_plus(300_000);
            let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
            let start = Instant::now();
            rt.block_on(async {
                for id in &ids {
                    store.check_and_insert(black_box(id), exp).await.unwrap();
                }
            });
            start.elapsed()
        })
    });
    g.finish();
}

trait PlusMillis {
    fn now_millis_plus(&self, ms: u64) -> u64;
}

impl PlusMillis for SystemClock {
    fn now_millis_plus(&self, ms: u64) -> u64 {
        aigos_core::Clock::now_millis(self) + ms
    }
}

criterion_group!(benches, tokens, replay);
criterion_main!(benches);
