//! Each operation through each provider next to the bare primitive call of
//! the same backend. Target: the provider layer adds <= 3% over the bare call.
//!
//! Run with `cargo xtask bench` (both providers) and read the table it prints;
//! ids are `<operation>/<bare|provider>-<backend>`.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, reason = "bench harness")]

use std::hint::black_box;
use std::time::Duration;

use aigos_crypto::{AeadAlgorithm, Algorithm, Provider, SigningKey, available_providers};
use criterion::{BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime};

const MSG: &[u8] =
    b"eyJhbGciOiJFZERTQSIsInR5cCI6IkFJR09TLUdPVitqd3QifQ.eyJzdWIiOiJkZXBsb3ktYm90IiwiYXVkIjoiYWlnb3MiLCJleHAiOjE3MDAwMDAzMDB9";

fn group<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2)).sample_size(60);
    g
}

fn provider_id(p: Provider) -> String {
    format!("provider-{}", p.name())
}

fn signatures(c: &mut Criterion) {
    for alg in [Algorithm::EdDsa, Algorithm::Es256] {
        let secret = [0x42u8; 32];
        let op = match alg {
            Algorithm::EdDsa => "ed25519",
            _ => "es256",
        };
        // sign
        let mut g = group(c, &format!("{op}_sign"));
        match alg {
            Algorithm::EdDsa => {
                use ed25519_dalek::Signer;
                let k = ed25519_dalek::SigningKey::from_bytes(&secret);
                g.bench_function("bare-rustcrypto", |b| b.iter(|| k.sign(black_box(MSG)).to_bytes()));
            }
            _ => {
                use p256::ecdsa::signature::Signer;
                let k = p256::ecdsa::SigningKey::from_slice(&secret).unwrap();
                g.bench_function("bare-rustcrypto", |b| b.iter(|| Signer::<p256::ecdsa::Signature>::sign(&k, black_box(MSG)).to_bytes()));
            }
        }
        #[cfg(feature = "aws-lc-rs")]
        {
            use aws_lc_rs::signature as s;
            let pk = SigningKey::from_secret(aigos_crypto::default_provider(), alg, &secret).unwrap();
            match alg {
                Algorithm::EdDsa => {
                    let k = s::Ed25519KeyPair::from_seed_and_public_key(&secret, pk.public_key().as_bytes()).unwrap();
                    g.bench_function("bare-aws-lc-rs", |b| b.iter(|| k.sign(black_box(MSG))));
                }
                _ => {
                    let k = s::EcdsaKeyPair::from_private_key_and_public_key(
                        &s::ECDSA_P256_SHA256_FIXED_SIGNING,
                        &secret,
                        pk.public_key().as_bytes(),
                    )
                    .unwrap();
                    let rng = aws_lc_rs::rand::SystemRandom::new();
                    g.bench_function("bare-aws-lc-rs", |b| b.iter(|| k.sign(&rng, black_box(MSG)).unwrap()));
                }
            }
        }
        for p in available_providers() {
            let k = SigningKey::from_secret(p, alg, &secret).unwrap();
            g.bench_function(provider_id(p), |b| b.iter(|| k.sign(black_box(MSG)).unwrap()));
        }
        g.finish();

        // verify
        let key = SigningKey::from_secret(aigos_crypto::default_provider(), alg, &secret).unwrap();
        let sig = key.sign(MSG).unwrap();
        let sig = sig.as_bytes().to_vec();
        let public = key.public_key().as_bytes().to_vec();
        let mut g = group(c, &format!("{op}_verify"));
        match alg {
            Algorithm::EdDsa => {
                let vk = ed25519_dalek::VerifyingKey::from_bytes(&public.clone().try_into().unwrap()).unwrap();
                g.bench_function("bare-rustcrypto", |b| {
                    b.iter(|| {
                        let s = ed25519_dalek::Signature::from_bytes(black_box(&sig).as_slice().try_into().unwrap());
                        vk.verify_strict(black_box(MSG), &s).unwrap();
                    })
                });
            }
            _ => {
                use p256::ecdsa::signature::Verifier;
                let vk = p256::ecdsa::VerifyingKey::from_sec1_bytes(&public).unwrap();
                g.bench_function("bare-rustcrypto", |b| {
                    b.iter(|| {
                        let s = p256::ecdsa::Signature::from_slice(black_box(&sig)).unwrap();
                        vk.verify(black_box(MSG), &s).unwrap();
                    })
                });
            }
        }
        #[cfg(feature = "aws-lc-rs")]
        {
            use aws_lc_rs::signature as s;
            let alg_ref: &'static dyn s::VerificationAlgorithm = match alg {
                Algorithm::EdDsa => &s::ED25519,
                _ => &s::ECDSA_P256_SHA256_FIXED,
            };
            let vk = s::ParsedPublicKey::new(alg_ref, &public).unwrap();
            g.bench_function("bare-aws-lc-rs", |b| b.iter(|| vk.verify_sig(black_box(MSG), black_box(&sig)).unwrap()));
        }
        for p in available_providers() {
            let vk = aigos_crypto::VerifyingKey::new(p, key.public_key().clone()).unwrap();
            g.bench_function(provider_id(p), |b| b.iter(|| vk.verify(black_box(MSG), black_box(&sig)).unwrap()));
        }
        g.finish();
    }
}

fn hashing(c: &mut Criterion) {
    let data = vec![0xa5u8; 1024];
    let key = [7u8; 32];

    let mut g = group(c, "sha256_1KiB");
    g.bench_function("bare-rustcrypto", |b| {
        use sha2::Digest;
        b.iter(|| <[u8; 32]>::from(sha2::Sha256::digest(black_box(&data))))
    });
    #[cfg(feature = "aws-lc-rs")]
    g.bench_function("bare-aws-lc-rs", |b| b.iter(|| aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, black_box(&data))));
    for p in available_providers() {
        g.bench_function(provider_id(p), |b| b.iter(|| p.sha256(black_box(&data))));
    }
    g.finish();

    let mut g = group(c, "hmac_sha256_1KiB");
    g.bench_function("bare-rustcrypto", |b| {
        use hmac::{KeyInit, Mac};
        b.iter(|| {
            let mut m = <hmac::Hmac<sha2::Sha256> as KeyInit>::new_from_slice(black_box(&key)).unwrap();
            m.update(black_box(&data));
            <[u8; 32]>::from(m.finalize().into_bytes())
        })
    });
    #[cfg(feature = "aws-lc-rs")]
    g.bench_function("bare-aws-lc-rs", |b| {
        b.iter(|| {
            let k = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, black_box(&key));
            aws_lc_rs::hmac::sign(&k, black_box(&data))
        })
    });
    for p in available_providers() {
        g.bench_function(provider_id(p), |b| b.iter(|| p.hmac_sha256(black_box(&key), black_box(&data))));
    }
    g.finish();
}

fn aead(c: &mut Criterion) {
    let data = vec![0x5au8; 1024];
    let key = [9u8; 32];
    for alg in [AeadAlgorithm::XChaCha20Poly1305, AeadAlgorithm::ChaCha20Poly1305] {
        let name = match alg {
            AeadAlgorithm::XChaCha20Poly1305 => "xchacha20poly1305_seal_1KiB",
            _ => "chacha20poly1305_seal_1KiB",
        };
        let nonce = vec![3u8; alg.nonce_len()];
        let mut g = group(c, name);
        g.bench_function("bare-rustcrypto", |b| {
            use chacha20poly1305::aead::{Aead, KeyInit, Payload};
            b.iter(|| match alg {
                AeadAlgorithm::XChaCha20Poly1305 => chacha20poly1305::XChaCha20Poly1305::new((&key).into())
                    .encrypt(nonce.as_slice().try_into().unwrap(), Payload { msg: black_box(&data), aad: b"aad" })
                    .unwrap(),
                _ => chacha20poly1305::ChaCha20Poly1305::new((&key).into())
                    .encrypt(nonce.as_slice().try_into().unwrap(), Payload { msg: black_box(&data), aad: b"aad" })
                    .unwrap(),
            })
        });
        #[cfg(feature = "aws-lc-rs")]
        if alg == AeadAlgorithm::ChaCha20Poly1305 {
            use aws_lc_rs::aead as a;
            g.bench_function("bare-aws-lc-rs", |b| {
                b.iter(|| {
                    let k = a::LessSafeKey::new(a::UnboundKey::new(&a::CHACHA20_POLY1305, &key).unwrap());
                    let mut buf = black_box(&data).clone();
                    k.seal_in_place_append_tag(a::Nonce::try_assume_unique_for_key(&nonce).unwrap(), a::Aad::from(b"aad"), &mut buf)
                        .unwrap();
                    buf
                })
            });
        }
        for p in available_providers() {
            g.bench_function(provider_id(p), |b| b.iter(|| p.aead_seal(alg, &key, &nonce, b"aad", black_box(&data)).unwrap()));
        }
        g.finish();
    }
}

fn kdf(c: &mut Criterion) {
    let mut g = group(c, "pbkdf2_sha256_10k");
    g.sample_size(20);
    g.bench_function("bare-rustcrypto", |b| {
        b.iter(|| {
            let mut out = [0u8; 32];
            pbkdf2::pbkdf2_hmac::<sha2::Sha256>(b"passphrase", b"salt-salt-salt-1", 10_000, &mut out);
            out
        })
    });
    #[cfg(feature = "aws-lc-rs")]
    g.bench_function("bare-aws-lc-rs", |b| {
        b.iter(|| {
            let mut out = [0u8; 32];
            let it = std::num::NonZeroU32::new(10_000).unwrap();
            aws_lc_rs::pbkdf2::derive(aws_lc_rs::pbkdf2::PBKDF2_HMAC_SHA256, it, b"salt-salt-salt-1", b"passphrase", &mut out);
            out
        })
    });
    for p in available_providers() {
        g.bench_function(provider_id(p), |b| {
            b.iter(|| {
                let mut out = [0u8; 32];
                p.pbkdf2_hmac_sha256(b"passphrase", b"salt-salt-salt-1", 10_000, &mut out).unwrap();
                out
            })
        });
    }
    g.finish();
}

criterion_group!(benches, signatures, hashing, aead, kdf);
criterion_main!(benches);
