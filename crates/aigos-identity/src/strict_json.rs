//! JSON parsing that rejects duplicate member names at any depth (RFC 8725
//! section 3.9 / RFC 7515 section 4: a JWS with duplicate header or claim
//! names must be rejected, since parsers disagree on which one wins).
//!
//! The parser is aigos-core's one strict JSON reader ([`aigos_core::parse_json`]),
//! here without the I-JSON number rules: tokens from other issuers may spell
//! numbers as their libraries do.

use serde_json::{Map, Value};

/// Maximum nesting depth accepted in headers and claims.
const MAX_DEPTH: usize = 32;

const LIMITS: aigos_core::JsonLimits = aigos_core::JsonLimits { max_bytes: usize::MAX, max_depth: MAX_DEPTH, ijson_numbers: false };

/// Parses `bytes` as one JSON object, rejecting duplicate member names at any
/// depth, nesting deeper than 32, and trailing data.
pub(crate) fn parse_object(bytes: &[u8]) -> Result<Map<String, Value>, String> {
    match aigos_core::parse_json(bytes, &LIMITS) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err("not a JSON object".into()),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_rejected_at_any_depth() {
        assert!(parse_object(br#"{"a":1,"a":2}"#).unwrap_err().contains("duplicate"));
        assert!(parse_object(br#"{"x":{"b":1,"b":1}}"#).is_err());
        assert!(parse_object(br#"{"x":[{"c":1,"c":2}]}"#).is_err());
        assert_eq!(parse_object(br#"{"a":1,"b":{"a":2}}"#).unwrap().len(), 2, "positive control");
    }

    #[test]
    fn non_objects_and_deep_nesting_rejected() {
        for bad in [&b"[1]"[..], b"1", b"\"s\"", b"null", b"{} {}", b"{"] {
            assert!(parse_object(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
        let deep = format!("{{\"a\":{}1{}}}", "[".repeat(40), "]".repeat(40));
        assert!(parse_object(deep.as_bytes()).is_err());
    }
}
