//! JWS compact serialization (RFC 7515), strictly.

use aigos_crypto::{Algorithm, Signer, base64url};
use serde_json::{Map, Value};

use crate::error::{Rule, TokenError};
use crate::strict_json;

/// Header parameters that are never accepted (RFC 8725 section 3.10 and 2.x:
/// key material or key URLs chosen by the attacker, critical extensions,
/// unencoded payloads, compression, nested content types).
const FORBIDDEN_HEADERS: &[&str] = &["jwk", "jku", "x5u", "x5c", "crit", "b64", "zip", "cty", "x5t", "x5t#S256"];

/// A compact JWS split and decoded, signature not yet checked.
pub(crate) struct Compact<'a> {
    pub(crate) alg: SigAlg,
    pub(crate) kid: String,
    pub(crate) signing_input: &'a [u8],
    pub(crate) payload: Vec<u8>,
    pub(crate) signature: Vec<u8>,
}

/// The signature algorithm named in a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SigAlg {
    /// ES256 or EdDSA.
    Std(Algorithm),
    /// RS256, only when the verifier opted in.
    Rs256,
}

fn err(rule: Rule, detail: impl Into<String>) -> TokenError {
    TokenError::new(rule, detail)
}

fn decode_segment(name: &str, seg: &str) -> Result<Vec<u8>, TokenError> {
    base64url::decode(seg).map_err(|_| err(Rule::Base64, format!("{name} is not strict base64url")))
}

/// Splits and decodes a compact JWS, checking the header: size first (before
/// any decoding), then shape, base64url, JSON, duplicates, header members,
/// `alg` and `typ`.
pub(crate) fn decode<'a>(token: &'a str, max_size: usize, expected_typ: &str, allow_rs256: bool) -> Result<Compact<'a>, TokenError> {
    if token.len() > max_size {
        return Err(err(Rule::TooLarge, format!("{} bytes, limit {max_size}", token.len())));
    }
    let mut parts = token.split('.');
    let (Some(h), Some(p), Some(s), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(err(Rule::Malformed, "a compact JWS has exactly three segments"));
    };
    if h.is_empty() || p.is_empty() || s.is_empty() {
        return Err(err(Rule::Malformed, "empty segment (unsigned or detached tokens are not accepted)"));
    }
    let header = decode_segment("header", h)?;
    let (alg, kid) = match header_fast(&header, expected_typ, allow_rs256) {
        Some(ok) => ok,
        None => {
            let header = strict_json::parse_object(&header).map_err(|e| err(Rule::Json, format!("header: {e}")))?;
            check_header(&header, expected_typ, allow_rs256)?
        }
    };
    let signature = decode_segment("signature", s)?;
    let payload = decode_segment("payload", p)?;
    let signing_input = token.as_bytes().get(..h.len() + 1 + p.len()).ok_or_else(|| err(Rule::Malformed, "segments"))?;
    Ok(Compact { alg, kid, signing_input, payload, signature })
}

/// The usual header, `{alg, typ, kid}` and nothing else, parsed in one typed
/// pass. `None` for anything else, even a valid header with its members
/// spelled differently: the tree path ([`check_header`]) then decides and
/// names the error, so the fast path can only accept what it would.
fn header_fast(bytes: &[u8], expected_typ: &str, allow_rs256: bool) -> Option<(SigAlg, String)> {
    /// serde's derive rejects a member named twice and, here, any other member.
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Header {
        alg: String,
        typ: String,
        kid: String,
    }
    let Header { alg, typ, kid } = serde_json::from_slice(bytes).ok()?;
    if typ != expected_typ || kid.is_empty() {
        return None;
    }
    let alg = match Algorithm::from_jose(&alg) {
        Ok(alg) => SigAlg::Std(alg),
        Err(_) if allow_rs256 && alg == "RS256" => SigAlg::Rs256,
        Err(_) => return None,
    };
    Some((alg, kid))
}

fn check_header(header: &Map<String, Value>, expected_typ: &str, allow_rs256: bool) -> Result<(SigAlg, String), TokenError> {
    for name in header.keys() {
        if FORBIDDEN_HEADERS.contains(&name.as_str()) {
            return Err(err(Rule::ForbiddenHeader, format!("header parameter {name:?} is not accepted")));
        }
        if !matches!(name.as_str(), "alg" | "typ" | "kid") {
            return Err(err(Rule::ForbiddenHeader, format!("unknown header parameter {name:?}")));
        }
    }
    let alg = match header.get("alg") {
        Some(Value::String(a)) if allow_rs256 && a == "RS256" => SigAlg::Rs256,
        Some(Value::String(a)) => {
            SigAlg::Std(Algorithm::from_jose(a).map_err(|_| err(Rule::AlgNotAllowed, format!("alg {a:?} is not ES256 or EdDSA")))?)
        }
        _ => return Err(err(Rule::AlgNotAllowed, "alg missing or not a string")),
    };
    match header.get("typ") {
        Some(Value::String(t)) if t == expected_typ => {}
        other => {
            return Err(err(Rule::Typ, format!("typ {other:?}, expected {expected_typ:?}")));
        }
    }
    let kid = match header.get("kid") {
        Some(Value::String(k)) if !k.is_empty() => k.clone(),
        _ => return Err(err(Rule::UnknownKid, "kid missing")),
    };
    Ok((alg, kid))
}

/// Signs `claims` (already serialized JSON) as a compact JWS with header
/// `{alg, typ, kid}`.
pub(crate) fn sign(key: &dyn Signer, typ: &str, claims: &[u8]) -> Result<String, aigos_crypto::Error> {
    sign_with_header(key, &encoded_header(key, typ), claims)
}

/// The base64url protected header for `key` and `typ` (an issuer computes it once).
pub(crate) fn encoded_header(key: &dyn Signer, typ: &str) -> String {
    let header = serde_json::json!({"alg": key.algorithm().jose_name(), "typ": typ, "kid": key.kid().as_str()});
    base64url::encode(header.to_string().as_bytes())
}

/// [`sign`] with the header from [`encoded_header`] for the same key.
pub(crate) fn sign_with_header(key: &dyn Signer, header: &str, claims: &[u8]) -> Result<String, aigos_crypto::Error> {
    let mut out = String::with_capacity(header.len() + claims.len() * 4 / 3 + 100);
    out.push_str(header);
    out.push('.');
    base64url::encode_into(claims, &mut out);
    let sig = key.sign(out.as_bytes())?;
    out.push('.');
    base64url::encode_into(sig.as_bytes(), &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn slow(bytes: &[u8], allow_rs256: bool) -> Result<(SigAlg, String), TokenError> {
        let header = strict_json::parse_object(bytes).map_err(|e| err(Rule::Json, e))?;
        check_header(&header, "AIGOS-GOV+jwt", allow_rs256)
    }

    fn member() -> impl Strategy<Value = String> {
        const NAMES: [&str; 6] = ["alg", "typ", "kid", "jwk", "crit", "x"];
        const VALUES: [&str; 12] = [
            r#""EdDSA""#,
            r#""ES256""#,
            r#""RS256""#,
            r#""none""#,
            r#""HS256""#,
            r#""AIGOS-GOV+jwt""#,
            r#""JWT""#,
            r#""k1""#,
            r#""""#,
            "null",
            "1",
            "{}",
        ];
        (proptest::sample::select(&NAMES[..]), proptest::sample::select(&VALUES[..])).prop_map(|(n, v)| format!("\"{n}\":{v}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// The typed header path accepts exactly what the tree path accepts, with the same result.
        #[test]
        fn header_fast_path_agrees(lead in proptest::collection::vec(member(), 0..3), core in any::<[bool; 3]>(), rest in proptest::collection::vec(member(), 0..3), rs256 in any::<bool>()) {
            let mut members = lead;
            for (keep, m) in core.iter().zip([r#""alg":"EdDSA""#, r#""typ":"AIGOS-GOV+jwt""#, r#""kid":"k1""#]) {
                if *keep { members.push(m.to_string()); }
            }
            members.extend(rest);
            let json = format!("{{{}}}", members.join(","));
            let fast = header_fast(json.as_bytes(), "AIGOS-GOV+jwt", rs256);
            match (fast, slow(json.as_bytes(), rs256)) {
                (Some(f), Ok(s)) => prop_assert_eq!(f, s),
                (Some(f), Err(e)) => prop_assert!(false, "fast accepted {json} as {f:?}; tree: {e}"),
                (None, Ok(s)) => prop_assert!(false, "fast declined {json}; tree accepted {s:?}"),
                (None, Err(_)) => {}
            }
        }
    }

    #[test]
    fn header_fast_path_declines_attacks() {
        for bad in [
            r#"{"alg":"none","typ":"AIGOS-GOV+jwt","kid":"k"}"#,
            r#"{"alg":"HS256","typ":"AIGOS-GOV+jwt","kid":"k"}"#,
            r#"{"alg":"EdDSA","alg":"none","typ":"AIGOS-GOV+jwt","kid":"k"}"#,
            r#"{"alg":"EdDSA","typ":"AIGOS-GOV+jwt","kid":"k","jwk":{}}"#,
            r#"{"alg":"RS256","typ":"AIGOS-GOV+jwt","kid":"k"}"#,
        ] {
            assert!(header_fast(bad.as_bytes(), "AIGOS-GOV+jwt", false).is_none(), "{bad}");
            assert!(slow(bad.as_bytes(), false).is_err(), "{bad}");
        }
        let good = r#"{"alg":"EdDSA","typ":"AIGOS-GOV+jwt","kid":"k"}"#;
        assert_eq!(header_fast(good.as_bytes(), "AIGOS-GOV+jwt", false).unwrap(), (SigAlg::Std(Algorithm::EdDsa), "k".into()));
    }
}
