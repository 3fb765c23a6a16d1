//! Project Wycheproof conformance, run against every provider compiled in:
//! every valid vector accepted, every invalid one rejected, counts printed.

use aigos_crypto::{AeadAlgorithm, Algorithm, Provider, PublicKey, VerifyingKey, available_providers};
use wycheproof::TestResult;

#[derive(Default, Debug)]
struct Tally {
    valid: usize,
    invalid: usize,
    acceptable: usize,
}

impl Tally {
    fn check(&mut self, what: &str, tc: usize, expected: TestResult, accepted: bool, provider: Provider) {
        match expected {
            TestResult::Valid => {
                assert!(accepted, "{} {what} tcId {tc}: valid vector rejected", provider.name());
                self.valid += 1;
            }
            TestResult::Invalid => {
                assert!(!accepted, "{} {what} tcId {tc}: invalid vector accepted", provider.name());
                self.invalid += 1;
            }
            // "Acceptable" vectors may go either way; they are counted only.
            TestResult::Acceptable => self.acceptable += 1,
        }
    }

    fn report(&self, what: &str, provider: Provider) {
        println!(
            "wycheproof {what:<28} {:<10} valid accepted: {:>4}  invalid rejected: {:>4}  acceptable: {:>3}",
            provider.name(),
            self.valid,
            self.invalid,
            self.acceptable
        );
        assert!(self.valid > 0 && self.invalid > 0, "{what}: vectors did not load");
    }
}

fn verify_with(provider: Provider, public: Result<PublicKey, aigos_crypto::Error>, msg: &[u8], sig: &[u8]) -> bool {
    match public.and_then(|p| VerifyingKey::new(provider, p)) {
        Ok(vk) => vk.verify(msg, sig).is_ok(),
        Err(_) => false,
    }
}

#[test]
fn ecdsa_p256_sha256_p1363() {
    use wycheproof::ecdsa::{TestName, TestSet};
    let set = TestSet::load(TestName::EcdsaSecp256r1Sha256P1363).unwrap();
    for provider in available_providers() {
        let mut tally = Tally::default();
        for group in &set.test_groups {
            for t in &group.tests {
                let ok = verify_with(provider, PublicKey::from_bytes(Algorithm::Es256, &group.key.key), &t.msg, &t.sig);
                tally.check("ECDSA P-256 SHA-256 P1363", t.tc_id, t.result, ok, provider);
            }
        }
        tally.report("ECDSA P-256 SHA-256 P1363", provider);
    }
}

#[test]
fn ecdsa_p256_der_signatures_are_rejected() {
    // Our wire form is P1363 only: the DER-encoded vectors of the same keys
    // must all fail, including the ones Wycheproof marks valid for DER.
    use wycheproof::ecdsa::{TestName, TestSet};
    let set = TestSet::load(TestName::EcdsaSecp256r1Sha256).unwrap();
    for provider in available_providers() {
        let mut rejected = 0;
        for group in &set.test_groups {
            for t in &group.tests {
                let ok = verify_with(provider, PublicKey::from_bytes(Algorithm::Es256, &group.key.key), &t.msg, &t.sig);
                assert!(!ok || t.sig.len() == 64, "{} tcId {}: DER signature accepted", provider.name(), t.tc_id);
                rejected += usize::from(!ok);
            }
        }
        println!("wycheproof ECDSA DER form rejected       {:<10} {rejected}", provider.name());
        assert!(rejected > 400);
    }
}

#[test]
fn ed25519() {
    use wycheproof::eddsa::{TestName, TestSet};
    let set = TestSet::load(TestName::Ed25519).unwrap();
    for provider in available_providers() {
        let mut tally = Tally::default();
        for group in &set.test_groups {
            for t in &group.tests {
                let ok = verify_with(provider, PublicKey::from_bytes(Algorithm::EdDsa, &group.key.pk), &t.msg, &t.sig);
                tally.check("Ed25519", t.tc_id, t.result, ok, provider);
            }
        }
        tally.report("Ed25519", provider);
    }
}

fn aead(alg: AeadAlgorithm, name: wycheproof::aead::TestName, label: &str) {
    use wycheproof::aead::TestSet;
    let set = TestSet::load(name).unwrap();
    for provider in available_providers() {
        let mut tally = Tally::default();
        for group in &set.test_groups {
            for t in &group.tests {
                let Ok(key) = <[u8; 32]>::try_from(t.key.as_ref()) else {
                    tally.check(label, t.tc_id, t.result, false, provider);
                    continue;
                };
                let mut sealed = t.ct.to_vec();
                sealed.extend_from_slice(&t.tag);
                let opened = provider.aead_open(alg, &key, &t.nonce, &t.aad, &sealed);
                let ok = opened.as_deref().is_ok_and(|p| p == t.pt.as_ref());
                if ok {
                    // Encryption must reproduce the vector byte for byte.
                    let again = provider.aead_seal(alg, &key, &t.nonce, &t.aad, &t.pt).unwrap();
                    assert_eq!(again, sealed, "{} {label} tcId {}", provider.name(), t.tc_id);
                }
                tally.check(label, t.tc_id, t.result, ok, provider);
            }
        }
        tally.report(label, provider);
    }
}

#[test]
fn chacha20_poly1305() {
    aead(AeadAlgorithm::ChaCha20Poly1305, wycheproof::aead::TestName::ChaCha20Poly1305, "ChaCha20-Poly1305");
}

#[test]
fn xchacha20_poly1305() {
    aead(AeadAlgorithm::XChaCha20Poly1305, wycheproof::aead::TestName::XChaCha20Poly1305, "XChaCha20-Poly1305");
}

#[test]
fn hmac_sha256() {
    use wycheproof::mac::{TestName, TestSet};
    let set = TestSet::load(TestName::HmacSha256).unwrap();
    for provider in available_providers() {
        let mut tally = Tally::default();
        for group in &set.test_groups {
            for t in &group.tests {
                let ok = if group.tag_size == 256 {
                    // Full-length tags go through the constant-time verifier.
                    provider.hmac_sha256_verify(&t.key, &t.msg, &t.tag).is_ok()
                } else {
                    // Truncated tags: our verifier refuses them by design, so
                    // check the MAC computation against the truncated vector.
                    assert!(provider.hmac_sha256_verify(&t.key, &t.msg, &t.tag).is_err());
                    let full = provider.hmac_sha256(&t.key, &t.msg);
                    full.get(..t.tag.len()) == Some(t.tag.as_ref())
                };
                tally.check("HMAC-SHA256", t.tc_id, t.result, ok, provider);
            }
        }
        tally.report("HMAC-SHA256", provider);
    }
}

#[test]
fn rs256_pkcs1v15_2048_3072_4096() {
    use wycheproof::rsa_pkcs1_verify::{TestName, TestSet};
    // RS256 is verification-only and provider-independent (RustCrypto `rsa`).
    let provider = aigos_crypto::default_provider();
    for (name, label) in
        [(TestName::Rsa2048Sha256, "RS256 2048"), (TestName::Rsa3072Sha256, "RS256 3072"), (TestName::Rsa4096Sha256, "RS256 4096")]
    {
        let set = TestSet::load(name).unwrap();
        let mut tally = Tally::default();
        for group in &set.test_groups {
            let key = aigos_crypto::Rs256VerifyingKey::from_components(&group.key.n, &group.key.e);
            for t in &group.tests {
                let ok = key.as_ref().is_ok_and(|k| k.verify(&t.msg, &t.sig).is_ok());
                tally.check(label, t.tc_id, t.result, ok, provider);
            }
        }
        tally.report(label, provider);
    }
}

#[test]
fn rs256_keys_below_2048_bits_refused() {
    let mut n = vec![0u8; 128];
    n[0] = 0x80;
    n[127] = 1;
    assert!(aigos_crypto::Rs256VerifyingKey::from_components(&n, &[1, 0, 1]).is_err(), "1024-bit modulus");
    let mut n = vec![0xffu8; 256];
    n[255] = 0xfd;
    assert!(aigos_crypto::Rs256VerifyingKey::from_components(&n, &[1, 0, 1]).is_ok(), "2048-bit modulus (positive control)");
}
