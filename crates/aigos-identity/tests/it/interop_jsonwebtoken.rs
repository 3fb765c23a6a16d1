//! Interoperability with the `jsonwebtoken` crate (aws-lc-rs backend): our
//! tokens verify there, and its tokens (with our header) verify here.

use std::collections::HashMap;

use aigos_crypto::{Algorithm, default_provider};
use jsonwebtoken::{DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde_json::json;

use crate::{AUD, Fixture, NOW, block_on};

fn jwt_alg(alg: Algorithm) -> jsonwebtoken::Algorithm {
    match alg {
        Algorithm::EdDsa => jsonwebtoken::Algorithm::EdDSA,
        _ => jsonwebtoken::Algorithm::ES256,
    }
}

fn validation(alg: Algorithm) -> Validation {
    let mut v = Validation::new(jwt_alg(alg));
    v.set_audience(&[AUD]);
    // jsonwebtoken checks exp against the real clock; our fixture clock is
    // in the future, so give it the whole span.
    v.validate_exp = false;
    v.set_required_spec_claims(&["exp", "sub", "aud"]);
    v
}

#[test]
fn our_tokens_verify_with_jsonwebtoken() {
    for alg in [Algorithm::EdDsa, Algorithm::Es256] {
        let f = Fixture::new(default_provider(), alg);
        let token = f.token();
        let spki = f.key.public_key().to_spki_pem().unwrap();
        let key = match alg {
            Algorithm::EdDsa => DecodingKey::from_ed_pem(spki.as_bytes()).unwrap(),
            _ => DecodingKey::from_ec_pem(spki.as_bytes()).unwrap(),
        };
        let data = decode::<HashMap<String, serde_json::Value>>(&token, &key, &validation(alg)).unwrap();
        assert_eq!(data.claims["sub"], "agent-1");
        assert_eq!(data.header.typ.as_deref(), Some("AIGOS-GOV+jwt"));
        assert_eq!(data.header.kid.as_deref(), Some(f.key.kid().as_str()));
        // And from the JWK, as a JWKS consumer would.
        let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(serde_json::to_value(f.key.public_jwk()).unwrap()).unwrap();
        decode::<HashMap<String, serde_json::Value>>(&token, &DecodingKey::from_jwk(&jwk).unwrap(), &validation(alg)).unwrap();
    }
}

#[test]
fn jsonwebtoken_tokens_verify_with_us() {
    for alg in [Algorithm::EdDsa, Algorithm::Es256] {
        let f = Fixture::new(default_provider(), alg);
        let pem = f.key.to_pkcs8_pem().unwrap();
        let key = match alg {
            Algorithm::EdDsa => EncodingKey::from_ed_pem(pem.as_bytes()).unwrap(),
            _ => EncodingKey::from_ec_pem(pem.as_bytes()).unwrap(),
        };
        let mut header = Header::new(jwt_alg(alg));
        header.typ = Some("AIGOS-GOV+jwt".into());
        header.kid = Some(f.key.kid().to_string());
        let now = NOW as i64;
        let claims = json!({"sub": "agent-1", "aud": AUD, "iat": now, "exp": now + 120, "jti": crate::uuid_v4()});
        let token = encode(&header, &claims, &key).unwrap();
        let v = block_on(f.verifier().verify(&token)).unwrap();
        assert_eq!(v.claims.sub, "agent-1");
        // jsonwebtoken's default header (typ JWT) is refused: typ is pinned.
        let plain = encode(&Header::new(jwt_alg(alg)), &claims, &key).unwrap();
        assert!(block_on(f.verifier().verify(&plain)).is_err());
    }
}
