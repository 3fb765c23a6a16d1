//! Keys, PEM, JWK and thumbprints, across providers.

use aigos_crypto::{Algorithm, Error, Jwk, Jwks, PublicKey, SigningKey, VerifyingKey, available_providers, base64url, default_provider};

const ALGS: [Algorithm; 2] = [Algorithm::Es256, Algorithm::EdDsa];

#[test]
fn providers_interoperate_both_ways() {
    for alg in ALGS {
        for signer in available_providers() {
            let key = SigningKey::generate(signer, alg).unwrap();
            let sig = key.sign(b"cross-provider").unwrap();
            for verifier in available_providers() {
                let vk = VerifyingKey::new(verifier, key.public_key().clone()).unwrap();
                vk.verify(b"cross-provider", sig.as_bytes()).unwrap();
                assert_eq!(vk.verify(b"cross-provider!", sig.as_bytes()), Err(Error::BadSignature));
                // The same secret loaded into the other provider yields the same public key.
                let pem = key.to_pkcs8_pem().unwrap();
                let again = SigningKey::from_pkcs8_pem(verifier, &pem).unwrap();
                assert_eq!(again.public_key(), key.public_key());
                assert_eq!(again.kid(), key.kid());
            }
        }
    }
}

#[test]
fn pkcs8_and_spki_pem_round_trip() {
    for alg in ALGS {
        let key = SigningKey::generate(default_provider(), alg).unwrap();
        let pem = key.to_pkcs8_pem().unwrap();
        assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"));
        let back = SigningKey::from_pkcs8_pem(default_provider(), &pem).unwrap();
        assert_eq!(back.algorithm(), alg);
        assert_eq!(back.public_key(), key.public_key());
        let spki = key.public_key().to_spki_pem().unwrap();
        assert!(spki.starts_with("-----BEGIN PUBLIC KEY-----\n"));
        assert_eq!(&PublicKey::from_spki_pem(&spki).unwrap(), key.public_key());
    }
    assert!(matches!(SigningKey::from_pkcs8_pem(default_provider(), "not a pem"), Err(Error::Pem(_))));
    assert!(matches!(PublicKey::from_spki_pem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"), Err(Error::Pem(_))));
}

/// RFC 8410 section 10.3: the Ed25519 private key example, in the PKCS#8 v1
/// form that OpenSSL and Python's cryptography read; we write the same bytes.
#[test]
fn rfc8410_ed25519_private_key_example() {
    let pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n-----END PRIVATE KEY-----\n";
    let key = SigningKey::from_pkcs8_pem(default_provider(), pem).unwrap();
    assert_eq!(key.algorithm(), Algorithm::EdDsa);
    assert_eq!(key.to_pkcs8_pem().unwrap().as_str(), pem);
}

#[test]
fn debug_never_prints_the_secret() {
    for alg in ALGS {
        let key = SigningKey::generate(default_provider(), alg).unwrap();
        let dbg = format!("{key:?}");
        assert!(dbg.contains(key.kid().as_str()), "{dbg}");
        let pem = key.to_pkcs8_pem().unwrap();
        let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
        assert!(!dbg.contains(&body) && !dbg.contains("secret"), "{dbg}");
    }
}

#[test]
fn default_kid_is_rfc7638_thumbprint() {
    let key = SigningKey::generate(default_provider(), Algorithm::Es256).unwrap();
    assert_eq!(key.kid().as_str(), key.public_jwk().thumbprint().unwrap());
    assert_eq!(key.kid().as_str().len(), 43);
}

/// RFC 7638 section 3.1: the RSA example key and its thumbprint.
#[test]
fn rfc7638_example_thumbprint() {
    let jwk: Jwk = serde_json::from_str(
        r#"{"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","alg":"RS256","kid":"2011-04-29"}"#,
    )
    .unwrap();
    assert_eq!(jwk.thumbprint().unwrap(), "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
}

/// RFC 8037 appendix A.2/A.3: the Ed25519 example public key and thumbprint.
#[test]
fn rfc8037_example_thumbprint() {
    let jwk: Jwk = serde_json::from_str(r#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#).unwrap();
    assert_eq!(jwk.thumbprint().unwrap(), "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
    let public = jwk.to_public_key().unwrap();
    assert_eq!(public.thumbprint(), "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
}

/// RFC 8037 appendix A.4: the Ed25519 JWS signature, reproduced by every
/// provider (Ed25519 is deterministic) and verified by every provider.
#[test]
fn rfc8037_example_signature() {
    let d = base64url::decode("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A").unwrap();
    let input = b"eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
    let expected = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
    for p in available_providers() {
        let key = SigningKey::from_secret(p, Algorithm::EdDsa, &d.as_slice().try_into().unwrap()).unwrap();
        assert_eq!(
            base64url::encode(&key.public_key().to_jwk().x.clone().map(|x| base64url::decode(&x).unwrap()).unwrap()),
            "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
        );
        let sig = key.sign(input).unwrap();
        assert_eq!(base64url::encode(sig.as_bytes()), expected, "{}", p.name());
        key.verifying_key().unwrap().verify(input, &base64url::decode(expected).unwrap()).unwrap();
    }
}

#[test]
fn jwk_round_trip_and_jwks() {
    let mut set = Jwks::default();
    for alg in ALGS {
        let key = SigningKey::generate(default_provider(), alg).unwrap();
        let jwk = key.public_jwk();
        assert_eq!(jwk.alg.as_deref(), Some(alg.jose_name()));
        assert_eq!(&jwk.to_public_key().unwrap(), key.public_key());
        set.upsert(jwk);
    }
    let json = serde_json::to_string(&set).unwrap();
    let parsed = Jwks::from_json(&json).unwrap();
    assert_eq!(parsed.keys.len(), 2);
    let kid = parsed.keys[0].kid.clone().unwrap();
    assert!(parsed.find(&kid).is_some() && parsed.find("nope").is_none());
    // upsert replaces a key with the same kid instead of duplicating it.
    let mut again = parsed.clone();
    again.upsert(parsed.keys[0].clone());
    assert_eq!(again.keys.len(), 2);
}

#[test]
fn invalid_public_keys_are_rejected() {
    // P-256: the identity, an off-curve point, wrong lengths, a bad prefix.
    let mut off_curve = vec![0x04];
    off_curve.extend_from_slice(&[1u8; 64]);
    let cases: Vec<(Algorithm, Vec<u8>)> = vec![
        (Algorithm::Es256, vec![0x00]),
        (Algorithm::Es256, off_curve),
        (Algorithm::Es256, vec![0x04; 64]),
        (Algorithm::Es256, vec![]),
        (Algorithm::EdDsa, vec![0u8; 31]),
        (Algorithm::EdDsa, vec![0u8; 33]),
        // Small-order Ed25519 points: the identity (1, 0...) and the order-2 point.
        (Algorithm::EdDsa, {
            let mut v = vec![0u8; 32];
            v[0] = 1;
            v
        }),
        (Algorithm::EdDsa, {
            let mut v = vec![0xffu8; 32];
            v[0] = 0xec;
            v[31] = 0x7f;
            v
        }),
    ];
    for (alg, bytes) in cases {
        assert!(matches!(PublicKey::from_bytes(alg, &bytes), Err(Error::InvalidKey(_))), "{alg} {bytes:02x?}");
    }
}

#[test]
fn malformed_jwks_are_rejected() {
    let good = SigningKey::generate(default_provider(), Algorithm::Es256).unwrap().public_jwk();
    let with = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = serde_json::to_value(&good).unwrap();
        f(&mut v);
        serde_json::from_value::<Jwk>(v).unwrap().to_public_key()
    };
    assert!(with(&|_| {}).is_ok(), "positive control");
    assert!(with(&|v| v["d"] = "AAAA".into()).is_err(), "private member");
    assert!(with(&|v| v["alg"] = "EdDSA".into()).is_err(), "alg mismatch");
    assert!(with(&|v| v["alg"] = "none".into()).is_err(), "alg none");
    assert!(with(&|v| v["crv"] = "P-384".into()).is_err(), "curve");
    assert!(with(&|v| v["x"] = "AAAA".into()).is_err(), "short x");
    assert!(with(&|v| v["x"] = format!("{}=", v["x"].as_str().unwrap()).into()).is_err(), "padding");
    assert!(with(&|v| v["use"] = "enc".into()).is_err(), "use enc");
    assert!(
        with(&|v| {
            v.as_object_mut().unwrap().remove("y");
        })
        .is_err()
    );
    let dup = format!(r#"{{"keys":[{0},{0}]}}"#, serde_json::to_string(&good).unwrap());
    assert!(Jwks::from_json(&dup).is_err(), "duplicate kid");
    assert!(
        Jwks::from_json(r#"{"keys":[{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}"#).is_err(),
        "kid required"
    );
}

#[test]
fn ecdsa_rejects_der_and_out_of_range_scalars() {
    // CVE-2022-21449: r = s = 0 must never verify; nor r or s = n.
    const N: [u8; 32] = [
        0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17,
        0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x51,
    ];
    for p in available_providers() {
        let key = SigningKey::generate(p, Algorithm::Es256).unwrap();
        let vk = key.verifying_key().unwrap();
        let good = key.sign(b"m").unwrap();
        vk.verify(b"m", good.as_bytes()).unwrap();
        let zeros = [0u8; 64];
        assert!(vk.verify(b"m", &zeros).is_err());
        let mut r_is_n = *good.as_bytes().first_chunk::<64>().unwrap();
        r_is_n[..32].copy_from_slice(&N);
        assert!(vk.verify(b"m", &r_is_n).is_err());
        let mut s_is_n = *good.as_bytes().first_chunk::<64>().unwrap();
        s_is_n[32..].copy_from_slice(&N);
        assert!(vk.verify(b"m", &s_is_n).is_err());
        // A DER encoding of the same (r, s) is not accepted.
        let (r, s) = good.as_bytes().split_at(32);
        let mut der = vec![0x30, 0x46, 0x02, 0x21, 0x00];
        der.extend_from_slice(r);
        der.extend_from_slice(&[0x02, 0x21, 0x00]);
        der.extend_from_slice(s);
        assert!(vk.verify(b"m", &der).is_err(), "{}", p.name());
        assert!(vk.verify(b"m", &good.as_bytes()[..63]).is_err());
    }
}

#[test]
fn alg_and_key_must_match() {
    let ed = SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap();
    let es = SigningKey::generate(default_provider(), Algorithm::Es256).unwrap();
    // An Ed25519 signature never verifies under an ES256 key of the same bytes
    // and vice versa: keys carry their algorithm.
    let sig = ed.sign(b"m").unwrap();
    assert!(es.verifying_key().unwrap().verify(b"m", sig.as_bytes()).is_err());
    assert!(PublicKey::from_bytes(Algorithm::Es256, ed.public_key().as_bytes()).is_err());
}
