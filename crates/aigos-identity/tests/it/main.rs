//! Integration tests of aigos-identity: each verifier rule with the attack
//! it stops and a positive control, plus registry, permits and robustness.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    unreachable_pub,
    reason = "tests"
)]

mod interop_jsonwebtoken;
mod permits;
mod registry;
mod robustness;
mod verifier_rules;

use std::sync::Arc;

use aigos_core::ManualClock;
use aigos_crypto::{Algorithm, Jwks, Provider, SigningKey, available_providers, base64url};
use aigos_identity::{InMemoryReplayStore, KeySet, TokenIssuer, TokenRequest, TokenVerifier, TokenVerifierBuilder};

pub const NOW: u64 = 1_800_000_000;
pub const AUD: &str = "aigos-guard";

pub struct Fixture {
    pub provider: Provider,
    pub key: Arc<SigningKey>,
    pub clock: ManualClock,
    pub keys: Arc<KeySet>,
}

impl Fixture {
    pub fn new(provider: Provider, alg: Algorithm) -> Self {
        let key = Arc::new(SigningKey::generate(provider, alg).unwrap());
        let jwks = Jwks { keys: vec![key.public_jwk()] };
        Fixture { provider, clock: ManualClock::at_secs(NOW), keys: Arc::new(KeySet::from_jwks(provider, &jwks).unwrap()), key }
    }

    pub fn issuer(&self) -> TokenIssuer {
        TokenIssuer::new(self.key.clone()).clock(Arc::new(self.clock.clone()))
    }

    pub fn token(&self) -> String {
        self.issuer().issue(&TokenRequest { sub: "agent-1".into(), aud: vec![AUD.into()], ..Default::default() }).unwrap()
    }

    pub fn builder(&self) -> TokenVerifierBuilder {
        TokenVerifier::builder(self.keys.clone(), AUD)
            .clock(Arc::new(self.clock.clone()))
            .replay_store(Arc::new(InMemoryReplayStore::new(10_000, Arc::new(self.clock.clone()))))
    }

    pub fn verifier(&self) -> TokenVerifier {
        self.builder().build()
    }

    /// Signs arbitrary header and claims JSON with the fixture key (to forge
    /// tokens that are validly signed but break a rule).
    pub fn sign_raw(&self, header: &serde_json::Value, claims: &serde_json::Value) -> String {
        let mut input =
            format!("{}.{}", base64url::encode(header.to_string().as_bytes()), base64url::encode(claims.to_string().as_bytes()));
        let sig = self.key.sign(input.as_bytes()).unwrap();
        input.push('.');
        input.push_str(&base64url::encode(sig.as_bytes()));
        input
    }

    pub fn header(&self) -> serde_json::Value {
        serde_json::json!({"alg": self.key.algorithm().jose_name(), "typ": "AIGOS-GOV+jwt", "kid": self.key.kid().as_str()})
    }

    pub fn claims(&self) -> serde_json::Value {
        let now = NOW as i64;
        serde_json::json!({"sub": "agent-1", "aud": AUD, "iat": now, "exp": now + 300, "jti": uuid_v4()})
    }
}

pub fn uuid_v4() -> String {
    aigos_identity::new_jti(aigos_crypto::default_provider()).unwrap()
}

pub fn all_fixtures() -> Vec<Fixture> {
    let mut v = Vec::new();
    for p in available_providers() {
        for alg in [Algorithm::EdDsa, Algorithm::Es256] {
            v.push(Fixture::new(p, alg));
        }
    }
    v
}

pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
}
