//! Hash, MAC, AEAD, PBKDF2 and randomness: standard vectors and properties,
//! for every provider.

use aigos_crypto::{AeadAlgorithm, Error, available_providers};
use proptest::prelude::*;

/// FIPS 180-2 / RFC 6234 SHA-256 examples.
#[test]
fn sha256_standard_vectors() {
    let cases: [(&[u8], &str); 3] = [
        (b"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (b"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ];
    for p in available_providers() {
        for (input, hex) in cases {
            assert_eq!(hex::encode(p.sha256(input)), hex, "{}", p.name());
            // The same digest streamed in parts, split at every position.
            for at in 0..=input.len() {
                let (a, b) = input.split_at(at);
                assert_eq!(hex::encode(p.sha256_parts(&[a, b])), hex, "{} split at {at}", p.name());
            }
            assert_eq!(hex::encode(p.sha256_parts(&[])), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        }
    }
}

/// RFC 4231 test cases 1 and 2 (HMAC-SHA256).
#[test]
fn hmac_rfc4231() {
    for p in available_providers() {
        let tag = p.hmac_sha256(&[0x0b; 20], b"Hi There");
        assert_eq!(hex::encode(tag), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        let tag = p.hmac_sha256(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(hex::encode(tag), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        p.hmac_sha256_verify(b"Jefe", b"what do ya want for nothing?", &tag).unwrap();
        assert_eq!(p.hmac_sha256_verify(b"Jefe", b"what do ya want for nothing!", &tag), Err(Error::BadMac));
        assert_eq!(p.hmac_sha256_verify(b"Jefe", b"what do ya want for nothing?", &tag[..16]), Err(Error::BadMac));
        assert_eq!(p.hmac_sha256_verify(b"Jefe", b"what do ya want for nothing?", &[]), Err(Error::BadMac));
    }
}

/// RFC 7914 section 11 (PBKDF2-HMAC-SHA256 vectors).
#[test]
fn pbkdf2_rfc7914() {
    for p in available_providers() {
        let mut out = [0u8; 64];
        p.pbkdf2_hmac_sha256(b"passwd", b"salt", 1, &mut out).unwrap();
        assert_eq!(
            hex::encode(out),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"
        );
        p.pbkdf2_hmac_sha256(b"Password", b"NaCl", 80000, &mut out).unwrap();
        assert_eq!(
            hex::encode(out),
            "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"
        );
        assert!(p.pbkdf2_hmac_sha256(b"p", b"s", 0, &mut out).is_err(), "zero iterations");
        assert!(p.pbkdf2_hmac_sha256(b"p", b"s", 1, &mut []).is_err(), "empty output");
    }
}

#[test]
fn random_is_filled_and_differs() {
    for p in available_providers() {
        let (mut a, mut b) = ([0u8; 32], [0u8; 32]);
        p.fill_random(&mut a).unwrap();
        p.fill_random(&mut b).unwrap();
        assert_ne!(a, b);
        assert_ne!(a, [0u8; 32]);
    }
}

#[test]
fn aead_rejects_wrong_nonce_length_and_tampering() {
    for p in available_providers() {
        for alg in [AeadAlgorithm::ChaCha20Poly1305, AeadAlgorithm::XChaCha20Poly1305] {
            let key = [7u8; 32];
            let nonce = vec![1u8; alg.nonce_len()];
            let ct = p.aead_seal(alg, &key, &nonce, b"seq=1|/data/secret", b"s3cr3t").unwrap();
            assert_eq!(p.aead_open(alg, &key, &nonce, b"seq=1|/data/secret", &ct).unwrap(), b"s3cr3t");
            // Moved to another record or field (other AAD): rejected.
            assert_eq!(p.aead_open(alg, &key, &nonce, b"seq=2|/data/secret", &ct), Err(Error::Decrypt));
            let mut flipped = ct.clone();
            flipped[0] ^= 1;
            assert_eq!(p.aead_open(alg, &key, &nonce, b"seq=1|/data/secret", &flipped), Err(Error::Decrypt));
            assert!(matches!(p.aead_seal(alg, &key, &[0u8; 16], b"", b"x"), Err(Error::Length(_))));
            assert_eq!(p.aead_open(alg, &key, &nonce, b"", &ct[..10]), Err(Error::Decrypt));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Providers agree on every hash, MAC and ciphertext.
    #[test]
    fn providers_agree(data in proptest::collection::vec(any::<u8>(), 0..512), key in any::<[u8; 32]>(), nonce in any::<[u8; 24]>()) {
        let all = available_providers();
        let first = all[0];
        for p in &all {
            prop_assert_eq!(p.sha256(&data), first.sha256(&data));
            prop_assert_eq!(p.hmac_sha256(&key, &data), first.hmac_sha256(&key, &data));
            for alg in [AeadAlgorithm::ChaCha20Poly1305, AeadAlgorithm::XChaCha20Poly1305] {
                let n = &nonce[..alg.nonce_len()];
                let a = p.aead_seal(alg, &key, n, b"aad", &data).unwrap();
                prop_assert_eq!(&a, &first.aead_seal(alg, &key, n, b"aad", &data).unwrap());
                prop_assert_eq!(first.aead_open(alg, &key, n, b"aad", &a).unwrap(), data.clone());
            }
        }
    }
}
