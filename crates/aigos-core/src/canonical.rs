//! RFC 8785 JSON Canonicalization Scheme (JCS).
//!
//! Every hash and signature in aigos is computed over these bytes: object
//! members sorted by the UTF-16 code units of their names, no insignificant
//! white space, numbers in the ECMAScript shortest round-trip form, strings
//! with the minimal escaping of RFC 8785 section 3.2.2.2.
//!
//! Integers above 2^53 lose precision (JCS numbers are IEEE 754 doubles): put
//! such values in strings.

use serde::Serialize;

use crate::Error;

/// The RFC 8785 canonical bytes of any serializable value.
///
/// # Errors
/// [`Error::Canonical`] when the value cannot be serialized (a NaN or infinite
/// float, a map with non-string keys, a failing `Serialize` impl).
pub fn canonical_json<T: Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json_canonicalizer::to_vec(value).map_err(|e| Error::Canonical(e.to_string()))
}

/// The RFC 8785 canonical bytes of an action request (what its action hash
/// covers), in one pass over its fields (see
/// [`canonical_request_and_payload`]).
///
/// # Errors
/// As [`canonical_request_and_payload`].
pub fn canonical_request(request: &crate::ActionRequest) -> Result<Vec<u8>, Error> {
    canonical_request_and_payload(request).map(|c| c.request)
}

/// A request's RFC 8785 bytes, whole and in the two parts a record keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CanonicalRequest {
    /// The whole request (what the action hash covers).
    pub request: Vec<u8>,
    /// Its payload.
    pub payload: Vec<u8>,
    /// The request without its `payload` member.
    pub without_payload: Vec<u8>,
}

/// The RFC 8785 bytes of a request, of its payload and of the request
/// without the payload, the payload serialized once (a caller that hashes
/// the request and stores the payload apart needs all three).
///
/// # Errors
/// [`Error::Input`] when the payload breaks the I-JSON rules
/// ([`crate::check_ijson_value`]); [`Error::Canonical`] when the request
/// cannot be serialized.
pub fn canonical_request_and_payload(request: &crate::ActionRequest) -> Result<CanonicalRequest, Error> {
    // The fields are public, so a request may not have passed its
    // constructor's checks: an integer an IEEE double cannot hold has no
    // exact RFC 8785 form.
    if request.timestamp.unsigned_abs() > (1 << 53) - 1 {
        return Err(Error::Canonical(format!("timestamp {} is beyond +-(2^53 - 1)", request.timestamp)));
    }
    // Nor may its payload hold a number whose canonical text an executor
    // could read as another value (I-JSON, RFC 7493): refused before it is
    // hashed.
    crate::check_ijson_value(&request.payload)?;
    let payload = canonical_json_value(&request.payload)?;
    let r = request;
    // The members before `payload` and after it, each a sorted struct, with
    // the payload's canonical bytes spliced between (its place in RFC 8785
    // order: after `lineage`, before `resource`).
    let before = canonical_sorted(&Before {
        action: r.action,
        agent_id: &r.agent_id,
        environment: r.environment,
        estimated_cost_usd: r.estimated_cost_usd.map(|c| JsNumber(c.get())),
        instance_id: &r.instance_id,
        lineage: &r.lineage,
    })?;
    let after = canonical_sorted(&After { resource: &r.resource, severity: r.severity, timestamp: r.timestamp, tool: &r.tool })?;
    let (Some(before), Some(after)) = (before.strip_suffix(b"}"), after.strip_prefix(b"{")) else {
        return Err(Error::Canonical("unexpected serialization of a request".into()));
    };
    let mut bytes = Vec::with_capacity(before.len() + payload.len() + after.len() + 16);
    bytes.extend_from_slice(before);
    bytes.extend_from_slice(b",\"payload\":");
    bytes.extend_from_slice(&payload);
    bytes.push(b',');
    bytes.extend_from_slice(after);
    let mut without_payload = Vec::with_capacity(before.len() + after.len() + 1);
    without_payload.extend_from_slice(before);
    without_payload.push(b',');
    without_payload.extend_from_slice(after);
    if cfg!(debug_assertions) {
        let mut value = serde_json::to_value(request).map_err(|e| Error::Canonical(e.to_string()))?;
        assert!(bytes == canonical_json_value(&value)?, "canonical_request_and_payload: not RFC 8785");
        if let Some(o) = value.as_object_mut() {
            o.remove("payload");
        }
        assert!(without_payload == canonical_json_value(&value)?, "canonical_request_and_payload: without payload not RFC 8785");
    }
    Ok(CanonicalRequest { request: bytes, payload, without_payload })
}

#[derive(Serialize)]
struct Before<'a> {
    action: crate::ActionKind,
    agent_id: &'a crate::AgentId,
    environment: crate::Environment,
    #[serde(skip_serializing_if = "Option::is_none")]
    estimated_cost_usd: Option<JsNumber>,
    instance_id: &'a crate::InstanceId,
    lineage: &'a crate::Lineage,
}

#[derive(Serialize)]
struct After<'a> {
    resource: &'a str,
    severity: crate::Severity,
    timestamp: i64,
    tool: &'a str,
}

/// The RFC 8785 canonical bytes of a JSON value.
///
/// Most values aigos hashes hold only strings, integers, booleans and
/// objects whose member names are already in UTF-16 order (a
/// `serde_json::Map` iterates in UTF-8 order, which agrees with UTF-16
/// order unless a name holds a character at or above U+E000). For such a
/// value serde_json's compact output *is* the RFC 8785 form: its string
/// escaping is the minimal escaping of RFC 8785 section 3.2.2.2 and an
/// integer of magnitude up to 2^53 prints the same as an IEEE 754 double in
/// ECMAScript. Those values take that path (a few times faster); any float,
/// larger integer or out-of-order member goes through the full canonicalizer.
/// A property test checks the two agree on arbitrary values.
///
/// # Errors
/// [`Error::Canonical`] when serialization fails (it cannot for a
/// `serde_json::Value`, which holds no NaN, but the error is kept typed).
pub fn canonical_json_value(value: &serde_json::Value) -> Result<Vec<u8>, Error> {
    if let Some(size) = compact_size(value) {
        let mut bytes = Vec::with_capacity(size + size / 8);
        write_compact(&mut bytes, value)?;
        Ok(bytes)
    } else {
        canonical_json(value)
    }
}

/// The canonical bytes of a value whose serde_json output is already
/// RFC 8785: a struct whose fields are declared in UTF-16 order at every
/// level, maps with ordered names (`BTreeMap` of ASCII names), integers up to
/// 2^53, and floats only as [`JsNumber`]. This is the fast path for records
/// built for hashing: one serialization, no intermediate `Value`.
///
/// Debug builds (and so every test) check the result against the full
/// canonicalizer and panic on a value that breaks the contract.
///
/// # Errors
/// [`Error::Canonical`] when serialization fails.
pub fn canonical_sorted<T: Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::with_capacity(1024);
    serde_json::to_writer(&mut bytes, value).map_err(|e| Error::Canonical(e.to_string()))?;
    if cfg!(debug_assertions) {
        // Canonical bytes re-canonicalize to themselves.
        let parsed: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| Error::Canonical(e.to_string()))?;
        let full = canonical_json_value(&parsed)?;
        assert!(
            bytes == full,
            "canonical_sorted: not RFC 8785:\n  got  {}\n  want {}",
            String::from_utf8_lossy(&bytes),
            String::from_utf8_lossy(&full)
        );
    }
    Ok(bytes)
}

/// A finite number that serializes the way RFC 8785 (ECMAScript's
/// `Number.prototype.toString`) writes it, e.g. `1` for 1.0 and `1e+21`,
/// where serde_json would write `1.0` and `1e21`. Serialize it with
/// serde_json (it is written as a raw number token), not with the generic
/// [`canonical_json`], which refuses raw tokens.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct JsNumber(pub f64);

impl Serialize for JsNumber {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::Error as _;
        if !self.0.is_finite() {
            return Err(S::Error::custom("RFC 8785 has no NaN or infinity"));
        }
        let x = self.0;
        // Where serde_json already writes what ECMAScript writes, let it
        // (no allocation, no raw token): an integral value up to 2^53 is an
        // integer, and from 1e-5 up to 1e15 both write the shortest
        // round-trip digits in plain decimal. `tests::js_number_fast_paths`
        // checks both against ryu-js.
        #[allow(clippy::cast_possible_truncation, clippy::float_cmp, reason = "x is integral and below 2^53: exact")]
        if x.trunc() == x && x.abs() <= MAX_EXACT_F64 {
            return serializer.serialize_i64(x as i64);
        }
        if (1e-5..1e15).contains(&x.abs()) {
            return serializer.serialize_f64(x);
        }
        let mut buffer = ryu_js::Buffer::new();
        let raw = serde_json::value::RawValue::from_string(buffer.format_finite(x).to_owned()).map_err(S::Error::custom)?;
        raw.serialize(serializer)
    }
}

/// The ECMAScript `Number.prototype.toString` text of a finite double (what
/// RFC 8785 writes): `1` for 1.0, `1e+21`, `0.000001` as `0.000001`... .
pub(crate) fn js_number_text(x: f64) -> String {
    ryu_js::Buffer::new().format_finite(x).to_owned()
}

/// 2^53 as a double.
#[allow(clippy::cast_precision_loss, reason = "2^53 is exact")]
const MAX_EXACT_F64: f64 = MAX_EXACT as f64;

/// The largest integer an IEEE 754 double holds exactly.
const MAX_EXACT: u64 = 1 << 53;

/// serde_json's compact output of `value`, with one shortcut: a string
/// with nothing to escape (found eight bytes at a time) is copied as is;
/// any other string is escaped by serde_json.
fn write_compact(out: &mut Vec<u8>, value: &serde_json::Value) -> Result<(), Error> {
    use serde_json::Value;
    let json = |e: serde_json::Error| Error::Canonical(e.to_string());
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => serde_json::to_writer(&mut *out, n).map_err(json)?,
        Value::String(text) => write_str(out, text)?,
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_compact(out, item)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            out.push(b'{');
            for (i, (name, member)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_str(out, name)?;
                out.push(b':');
                write_compact(out, member)?;
            }
            out.push(b'}');
        }
    }
    Ok(())
}

/// A JSON string: copied between quotes when no byte needs escaping
/// (RFC 8785 and serde_json escape only `"`, `\` and controls below 0x20),
/// otherwise written by serde_json.
fn write_str(out: &mut Vec<u8>, text: &str) -> Result<(), Error> {
    if needs_no_escape(text.as_bytes()) {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
        Ok(())
    } else {
        serde_json::to_writer(&mut *out, text).map_err(|e| Error::Canonical(e.to_string()))
    }
}

/// Whether no byte is `"`, `\` or below 0x20, eight bytes per step: the
/// classic has-zero-byte and has-less-than tests on a `u64` word (exact:
/// no false negatives; a false positive would only take the escaping path).
fn needs_no_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGH != 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else { return false };
        let w = u64::from_le_bytes(word);
        let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH != 0;
        if below_space || has_zero(w ^ (ONES * u64::from(b'"'))) || has_zero(w ^ (ONES * u64::from(b'\\'))) {
            return false;
        }
    }
    chunks.remainder().iter().all(|&b| b >= 0x20 && b != b'"' && b != b'\\')
}

/// When serde_json's compact output of `value` is already RFC 8785, about
/// how many bytes it takes (escapes not counted): the output buffer is
/// sized once instead of grown while writing.
fn compact_size(value: &serde_json::Value) -> Option<usize> {
    use serde_json::Value;
    match value {
        Value::Null | Value::Bool(_) => Some(5),
        Value::String(s) => Some(s.len() + 2),
        Value::Number(n) => {
            let exact = n.as_u64().map_or_else(|| n.as_i64().is_some_and(|i| i.unsigned_abs() <= MAX_EXACT), |u| u <= MAX_EXACT);
            exact.then_some(20)
        }
        Value::Array(items) => items.iter().try_fold(2, |size, item| Some(size + compact_size(item)? + 1)),
        Value::Object(map) => {
            let mut previous: Option<&str> = None;
            let mut size = 2;
            for (name, member) in map {
                if previous.is_some_and(|p| utf16_cmp(p, name) != std::cmp::Ordering::Less) {
                    return None;
                }
                size += name.len() + 4 + compact_size(member)?;
                previous = Some(name);
            }
            Some(size)
        }
    }
}

/// The order of member names in RFC 8785 (section 3.2.3): by their UTF-16
/// code units. For code that assembles canonical objects from parts.
pub fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    if a.is_ascii() && b.is_ascii() { a.cmp(b) } else { a.encode_utf16().cmp(b.encode_utf16()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(json: &str) -> String {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        String::from_utf8(canonical_json_value(&v).unwrap()).unwrap()
    }

    /// RFC 8785 section 3.2.2 (sample input and output).
    #[test]
    fn rfc8785_section_3_2_2_sample() {
        let input = r#"{
            "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
            "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
            "literals": [null, true, false]
        }"#;
        let expected = concat!(
            r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"#,
            r#""string":"€$\u000f\nA'B\"\\\\\"/"}"#
        );
        assert_eq!(canon(input), expected);
    }

    /// RFC 8785 section 3.2.3: members sorted by UTF-16 code units.
    #[test]
    fn rfc8785_section_3_2_3_sorting() {
        let input = r#"{
            "\u20ac": "Euro Sign",
            "\r": "Carriage Return",
            "\ufb33": "Hebrew Letter Dalet With Dagesh",
            "1": "One",
            "\ud83d\ude00": "Emoji: Grinning Face",
            "\u0080": "Control",
            "\u00f6": "Latin Small Letter O With Diaeresis"
        }"#;
        let out = canon(input);
        let order: Vec<&str> = [
            "Carriage Return",
            "One",
            "Control",
            "Latin Small Letter O With Diaeresis",
            "Euro Sign",
            "Emoji: Grinning Face",
            "Hebrew Letter Dalet With Dagesh",
        ]
        .into();
        let positions: Vec<usize> = order.iter().map(|s| out.find(s).unwrap()).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{out}");
    }

    /// RFC 8785 appendix B: IEEE 754 doubles and their canonical form.
    #[test]
    fn rfc8785_appendix_b_numbers() {
        let cases: &[(u64, &str)] = &[
            (0x0000_0000_0000_0000, "0"),
            (0x8000_0000_0000_0000, "0"),
            (0x0000_0000_0000_0001, "5e-324"),
            (0x8000_0000_0000_0001, "-5e-324"),
            (0x7fef_ffff_ffff_ffff, "1.7976931348623157e+308"),
            (0xffef_ffff_ffff_ffff, "-1.7976931348623157e+308"),
            (0x4340_0000_0000_0000, "9007199254740992"),
            (0xc340_0000_0000_0000, "-9007199254740992"),
            (0x4430_0000_0000_0000, "295147905179352830000"),
            (0x44b5_2d02_c7e1_4af5, "9.999999999999997e+22"),
            (0x44b5_2d02_c7e1_4af6, "1e+23"),
            (0x44b5_2d02_c7e1_4af7, "1.0000000000000001e+23"),
            (0x444b_1ae4_d6e2_ef4e, "999999999999999700000"),
            (0x444b_1ae4_d6e2_ef4f, "999999999999999900000"),
            (0x444b_1ae4_d6e2_ef50, "1e+21"),
            (0x3eb0_c6f7_a0b5_ed8c, "9.999999999999997e-7"),
            (0x3eb0_c6f7_a0b5_ed8d, "0.000001"),
            (0x41b3_de43_5555_5553, "333333333.3333332"),
            (0x41b3_de43_5555_5554, "333333333.33333325"),
            (0x41b3_de43_5555_5555, "333333333.3333333"),
            (0x41b3_de43_5555_5556, "333333333.3333334"),
            (0x41b3_de43_5555_5557, "333333333.33333343"),
            (0xbecb_f647_612f_3696, "-0.0000033333333333333333"),
            (0x4314_3ff3_c1cb_0959, "1424953923781206.2"),
        ];
        for &(bits, expected) in cases {
            let out = canonical_json(&f64::from_bits(bits)).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), expected, "{bits:#018x}");
        }
    }

    /// RFC 8785 appendix B: NaN and Infinity must be rejected.
    #[test]
    fn rfc8785_rejects_nan_and_infinity() {
        for bits in [0x7fff_ffff_ffff_ffff_u64, 0x7ff0_0000_0000_0000] {
            assert!(matches!(canonical_json(&f64::from_bits(bits)), Err(Error::Canonical(_))));
        }
    }

    #[test]
    fn nested_objects_are_sorted_and_arrays_keep_order() {
        assert_eq!(canon(r#"{"b":[3,1,{"z":1,"a":2}],"a":{"d":null,"c":"x"}}"#), r#"{"a":{"c":"x","d":null},"b":[3,1,{"a":2,"z":1}]}"#);
    }

    /// The request path agrees with the generic one, floats in the payload
    /// and a cost included.
    #[test]
    fn canonical_request_matches_the_generic_path() {
        let request = crate::ActionRequest::builder(crate::AgentId::new("a-1").unwrap(), "tool.x")
            .payload(serde_json::json!({"\u{ff5e}": 1, "\u{1f600}": [0.1, 1e21, 1e-7], "b": "\u{7f}\n"}))
            .estimated_cost(crate::CostUsd::new(0.25).unwrap())
            .timestamp(1_700_000_000)
            .build()
            .unwrap();
        assert_eq!(canonical_request(&request).unwrap(), canonical_json(&request).unwrap());
        let plain = crate::ActionRequest::builder(crate::AgentId::new("a-1").unwrap(), "tool.x").timestamp(1).build().unwrap();
        assert_eq!(canonical_request(&plain).unwrap(), canonical_json(&plain).unwrap());
        // The one-pass path: a payload already canonical, a whole-dollar cost
        // (written 2, not 2.0) and a child lineage.
        let parent = crate::InstanceId::new("i-0").unwrap();
        let child = crate::Lineage::root(parent.clone()).child(parent).unwrap();
        let simple = crate::ActionRequest::builder(crate::AgentId::new("a-1").unwrap(), "tool.x")
            .payload(serde_json::json!({"a": [1, "\u{7f}"], "b": {"c": null}}))
            .estimated_cost(crate::CostUsd::new(2.0).unwrap())
            .lineage(child)
            .timestamp(1)
            .build()
            .unwrap();
        assert!(compact_size(&simple.payload).is_some());
        let parts = canonical_request_and_payload(&simple).unwrap();
        assert_eq!(parts.payload, canonical_json_value(&simple.payload).unwrap());
        assert_eq!(parts.request, canonical_json(&simple).unwrap());
        let mut without = serde_json::to_value(&simple).unwrap();
        without.as_object_mut().unwrap().remove("payload");
        assert_eq!(parts.without_payload, canonical_json_value(&without).unwrap());
        assert_eq!(canonical_request(&simple).unwrap(), canonical_json(&simple).unwrap());
    }

    #[derive(Serialize)]
    struct Sorted<'a> {
        a: JsNumber,
        b: Option<JsNumber>,
        m: std::collections::BTreeMap<&'a str, JsNumber>,
        s: &'a str,
        z: Vec<u64>,
    }

    /// `canonical_sorted` equals the full canonicalizer for a sorted struct,
    /// floats written the ECMAScript way.
    #[test]
    fn canonical_sorted_writes_rfc8785() {
        let m = [("x", JsNumber(1e21)), ("y", JsNumber(-0.0))].into_iter().collect();
        let v = Sorted { a: JsNumber(1.0), b: Some(JsNumber(0.002)), m, s: "\u{7f}\n", z: vec![1, 2] };
        let bytes = canonical_sorted(&v).unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(bytes, serde_json_canonicalizer::to_vec(&parsed).unwrap());
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            r#"{"a":1,"b":0.002,"m":{"x":1e+21,"y":0},"s":"\u007f\n","z":[1,2]}"#.replace("\\u007f", "\u{7f}")
        );
        assert!(canonical_sorted(&JsNumber(f64::NAN)).is_err());
    }

    /// The contract is checked: a struct with fields out of order panics in
    /// debug builds instead of writing non-canonical bytes.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "not RFC 8785")]
    fn canonical_sorted_refuses_unsorted_fields() {
        #[derive(Serialize)]
        struct Unsorted {
            b: u8,
            a: u8,
        }
        let _ = canonical_sorted(&Unsorted { b: 1, a: 2 });
    }

    fn js(x: f64) -> String {
        String::from_utf8(canonical_sorted(&JsNumber(x)).unwrap()).unwrap()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        /// Every finite double, whichever way it is written, comes out as
        /// ECMAScript's `Number.prototype.toString` (ryu-js).
        #[test]
        fn js_number_fast_paths(bits in proptest::num::u64::ANY, small in -1_000_000_000i64..1_000_000_000, scale in 0u32..19) {
            let any = f64::from_bits(bits);
            #[allow(clippy::cast_precision_loss, reason = "test values")]
            let decimal = small as f64 / 10f64.powi(i32::try_from(scale).unwrap());
            for x in [any, decimal, decimal.trunc(), decimal * 1e6] {
                if x.is_finite() {
                    proptest::prop_assert_eq!(js(x), ryu_js::Buffer::new().format_finite(x).to_string(), "{:e}", x);
                }
            }
        }
    }

    #[test]
    fn escape_scan_finds_every_byte_that_needs_escaping() {
        for len in 0..24 {
            for at in 0..len {
                for bad in [b'"', b'\\', 0x00, 0x1f, b'\n'] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = bad;
                    assert!(!needs_no_escape(&bytes), "{bad:#x} at {at} of {len}");
                }
            }
            assert!(needs_no_escape(&vec![b'a'; len]), "positive control, {len}");
        }
        assert!(needs_no_escape("\u{7f} \u{e9}\u{2028}\u{1f600} ~!".as_bytes()), "non-ASCII and DEL are not escaped");
    }

    #[test]
    fn js_number_boundaries() {
        for x in [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            1e-5,
            0.99e-5,
            1.01e-5,
            1e-6,
            1e-7,
            1e15,
            0.999_999_999e15,
            1e16,
            1e21,
            1e22,
            9_007_199_254_740_992.0,
            9_007_199_254_740_993.0,
            9_007_199_254_740_994.0,
            1.5e300,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            123_456.789,
            -0.001,
        ] {
            assert_eq!(js(x), ryu_js::Buffer::new().format_finite(x).to_string(), "{x:e}");
        }
        assert_eq!((js(1.0), js(-0.0), js(0.05), js(1e21)), ("1".into(), "0".into(), "0.05".into(), "1e+21".into()));
    }

    proptest::proptest! {
        /// Canonicalisation is idempotent: canonical bytes parse back to the
        /// same canonical bytes.
        #[test]
        fn idempotent(keys in proptest::collection::vec("\\PC{0,8}", 0..8), n in proptest::num::f64::NORMAL) {
            let mut map = serde_json::Map::new();
            for (i, k) in keys.iter().enumerate() {
                map.insert(k.clone(), serde_json::json!([i, n, k]));
            }
            let once = canonical_json_value(&serde_json::Value::Object(map)).unwrap();
            let again: serde_json::Value = serde_json::from_slice(&once).unwrap();
            proptest::prop_assert_eq!(canonical_json_value(&again).unwrap(), once);
        }

        /// The fast path and the full canonicalizer agree on any value:
        /// names from every plane (including U+E000..U+FFFF against
        /// supplementary characters, where UTF-8 and UTF-16 order differ),
        /// control characters, integers around 2^53 and floats.
        #[test]
        fn fast_path_matches_the_full_canonicalizer(value in arb_json()) {
            let expected = serde_json_canonicalizer::to_vec(&value).unwrap();
            proptest::prop_assert_eq!(canonical_json_value(&value).unwrap(), expected);
        }
    }

    fn arb_json() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        use serde_json::Value;
        let name = "[a-z\\x00-\\x1f\"\\\\\u{7f}\u{e9}\u{2028}\u{e000}\u{ff5e}\u{fb33}\u{10000}\u{1f600}]{0,4}";
        // Short names from the characters where UTF-8 and UTF-16 order
        // disagree, so objects often hold such pairs.
        let name = prop_oneof![name, "[a\u{e000}\u{ff5e}\u{10000}\u{1f600}]{1,2}"];
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            ((1u64 << 53) - 2..(1u64 << 53) + 2).prop_map(Value::from),
            (-(1i64 << 53) - 2..-(1i64 << 53) + 2).prop_map(Value::from),
            proptest::num::f64::NORMAL.prop_map(Value::from),
            name.clone().prop_map(Value::String),
            // Long enough for the eight-byte escape scan, escapes anywhere.
            "[a-z \x00-\x1f\"\\\\\u{7f}\u{e9}\u{2028}\u{1f600}]{0,40}".prop_map(Value::String),
            "[a-z ]{7,33}[\"\\\\\x01\x1f]?[a-z ]{0,9}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 5, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                proptest::collection::btree_map(name.clone(), inner, 0..5).prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }
}
