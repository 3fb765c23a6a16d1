//! I-JSON (RFC 7493) input: the one strict JSON reader of aigos.
//!
//! Every action hash is computed over the RFC 8785 form of a request, which
//! writes each number as the IEEE 754 double it stands for. Two texts that
//! read as the same double hash the same, yet an executor may read them
//! differently: `1` and `1.0` (an integer and a float in Python),
//! `9007199254740993` and `9007199254740992` (equal as doubles, different
//! as integers), `-0` and `0`. So a request is refused, before it is
//! hashed, unless every number in it is written exactly as RFC 8785 writes
//! it (the ECMAScript shortest round-trip form) and every integer is within
//! +-(2^53 - 1). Then text and canonical bytes agree number for number, and
//! two requests with different texts have different action hashes (the
//! rule: *an accepted number's text is its canonical text*).
//!
//! Member names must be unique in every object (parsers disagree on which
//! duplicate wins), and size and nesting depth are checked by a byte scan
//! before the parser runs, so a hostile line costs linear time and bounded
//! stack.
//!
//! [`check_ijson_value`] holds a `serde_json::Value` built by a library
//! caller to the value rules: no integer beyond +-(2^53 - 1), no `-0`. It
//! cannot see spelling: a float holding an integral value (`json!(1.0)`) is
//! accepted and hashes as `1`, as Rust code that builds payloads expects.
//! Untrusted *text* must therefore be read with [`parse_json`], which
//! refuses `1.0` where `1` is meant; a Guard fed from `serde_json::from_str`
//! would let `1` and `1.0` share an action hash.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::{Error, InputError, InputErrorKind};

/// The largest integer magnitude I-JSON allows (2^53 - 1).
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Bounds and number rules for [`parse_json`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonLimits {
    /// The most bytes accepted.
    pub max_bytes: usize,
    /// The deepest nesting accepted (an object or array at the top is depth
    /// 1); at most 128 (serde_json's own limit).
    pub max_depth: usize,
    /// Apply the I-JSON number rules (canonical spelling, integers within
    /// +-(2^53 - 1)). Without them numbers are read as serde_json reads them.
    pub ijson_numbers: bool,
}

impl JsonLimits {
    /// An action request line (request, token and approvals): 16 MiB,
    /// depth 64, I-JSON numbers.
    pub const REQUEST: JsonLimits = JsonLimits { max_bytes: 16 << 20, max_depth: 64, ijson_numbers: true };
}

/// The deepest nesting [`check_ijson_value`] accepts inside a payload.
pub const MAX_PAYLOAD_DEPTH: usize = 64;

fn fail(kind: InputErrorKind, detail: impl Into<String>) -> Error {
    Error::Input(InputError::new(kind, detail))
}

/// Parses one JSON value under `limits`: size and depth checked by a byte
/// scan first, then duplicate member names refused at any depth, and (with
/// `ijson_numbers`) every number held to the I-JSON rules of this module.
///
/// ```
/// use aigos_core::{JsonLimits, parse_json};
/// let l = JsonLimits::REQUEST;
/// assert!(parse_json(br#"{"replicas":1,"ratio":0.5,"big":1e+21}"#, &l).is_ok());
/// for bad in [&br#"{"replicas":1.0}"#[..], br#"{"n":9007199254740993}"#, br#"{"n":-0}"#, br#"{"n":1e2}"#,
///             br#"{"replicas":1,"replicas":300}"#] {
///     assert!(parse_json(bad, &l).is_err());
/// }
/// ```
///
/// # Errors
/// [`Error::Input`]: [`InputErrorKind::TooLarge`], [`InputErrorKind::TooDeep`],
/// [`InputErrorKind::Number`], [`InputErrorKind::DuplicateName`] or
/// [`InputErrorKind::Syntax`] (not JSON, trailing data, a lone surrogate).
pub fn parse_json(bytes: &[u8], limits: &JsonLimits) -> Result<Value, Error> {
    let floats = prefilter_json(bytes, limits)?;
    let next = Cell::new(0);
    let floats = limits.ijson_numbers.then_some(Floats { values: &floats, next: &next });
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = StrictSeed { floats }.deserialize(&mut de).map_err(|e| from_serde(&e))?;
    de.end().map_err(|e| from_serde(&e))?;
    Ok(value)
}

/// A serde_json error as an input error: the visitor's own refusals keep
/// their kind (their message starts with a tag), the rest is syntax.
fn from_serde(e: &serde_json::Error) -> Error {
    let text = e.to_string();
    if let Some(rest) = text.strip_prefix(DUPLICATE_TAG) {
        fail(InputErrorKind::DuplicateName, rest)
    } else if let Some(rest) = text.strip_prefix(NUMBER_TAG) {
        fail(InputErrorKind::Number, rest)
    } else {
        fail(InputErrorKind::Syntax, text)
    }
}

const DUPLICATE_TAG: &str = "duplicate member name: ";
const NUMBER_TAG: &str = "number: ";

/// Checks size and depth, and (with I-JSON numbers) each number token's
/// spelling; returns the values of the non-integer tokens in document order.
/// Strings are skipped with their escapes; the scan does not otherwise check
/// the syntax (the parser does).
fn prefilter_json(bytes: &[u8], limits: &JsonLimits) -> Result<Vec<f64>, Error> {
    if bytes.len() > limits.max_bytes {
        return Err(fail(InputErrorKind::TooLarge, format!("{} bytes, at most {}", bytes.len(), limits.max_bytes)));
    }
    let mut floats = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    i += 1;
                    match c {
                        b'\\' => i += 1,
                        b'"' => break,
                        _ => {}
                    }
                }
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limits.max_depth.min(128) {
                    return Err(fail(InputErrorKind::TooDeep, format!("nested deeper than {} at byte {i}", limits.max_depth.min(128))));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'-' | b'0'..=b'9' => {
                let start = i;
                while bytes.get(i).is_some_and(|c| matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')) {
                    i += 1;
                }
                if limits.ijson_numbers {
                    let token = bytes.get(start..i).unwrap_or_default();
                    if let Some(x) = check_number_token(token)? {
                        floats.push(x);
                    }
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    Ok(floats)
}

/// One number token under the I-JSON rules: its text must be the canonical
/// text of the double it reads as, and an integer must be within
/// +-(2^53 - 1). Returns the value of a non-integer token.
fn check_number_token(token: &[u8]) -> Result<Option<f64>, Error> {
    let text = std::str::from_utf8(token).unwrap_or_default();
    let bad = |why: &str| fail(InputErrorKind::Number, format!("{text:?} {why}"));
    let integer = !token.iter().any(|c| matches!(c, b'.' | b'e' | b'E'));
    let x: f64 = text.parse().map_err(|_| bad("is not a number"))?;
    if !x.is_finite() {
        return Err(bad("is beyond the range of an IEEE 754 double"));
    }
    if integer {
        let digits = text.strip_prefix('-').unwrap_or(text);
        if digits.len() > 16 || digits.parse::<u64>().map_or(true, |n| n > MAX_SAFE_INTEGER) {
            return Err(bad("is beyond +-(2^53 - 1): write it as a string"));
        }
    }
    let canonical = crate::canonical::js_number_text(x);
    if canonical != text {
        return Err(bad(&format!("is not in canonical form (write {canonical})")));
    }
    Ok((!integer).then_some(x))
}

/// Checks a value built in memory against the I-JSON rules of this module
/// (see the module documentation), nesting at most [`MAX_PAYLOAD_DEPTH`].
///
/// # Errors
/// [`Error::Input`] ([`InputErrorKind::Number`] or [`InputErrorKind::TooDeep`]),
/// naming the JSON pointer of the first offending value.
pub fn check_ijson_value(value: &Value) -> Result<(), Error> {
    let mut path = String::new();
    walk(value, 0, &mut path)
}

fn walk(value: &Value, depth: usize, path: &mut String) -> Result<(), Error> {
    match value {
        Value::Number(n) => check_number(n).map_err(|why| fail(InputErrorKind::Number, format!("{} at {:?}: {why}", n, pointer(path)))),
        Value::Array(items) => {
            nest(depth, path)?;
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                walk(item, depth + 1, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(map) => {
            nest(depth, path)?;
            for (name, member) in map {
                let len = path.len();
                path.push('/');
                path.push_str(&name.replace('~', "~0").replace('/', "~1"));
                walk(member, depth + 1, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Null | Value::Bool(_) | Value::String(_) => Ok(()),
    }
}

fn pointer(path: &str) -> &str {
    if path.is_empty() { "" } else { path }
}

fn nest(depth: usize, path: &str) -> Result<(), Error> {
    if depth >= MAX_PAYLOAD_DEPTH {
        return Err(fail(InputErrorKind::TooDeep, format!("nested deeper than {MAX_PAYLOAD_DEPTH} at {:?}", pointer(path))));
    }
    Ok(())
}

/// Why a number breaks the I-JSON rules, if it does.
fn check_number(n: &serde_json::Number) -> Result<(), &'static str> {
    if let Some(u) = n.as_u64() {
        return if u > MAX_SAFE_INTEGER { Err("an integer beyond 2^53 - 1: write it as a string") } else { Ok(()) };
    }
    if let Some(i) = n.as_i64() {
        return if i.unsigned_abs() > MAX_SAFE_INTEGER { Err("an integer beyond -(2^53 - 1): write it as a string") } else { Ok(()) };
    }
    let x = n.as_f64().ok_or("not a number")?;
    if x == 0.0 && x.is_sign_negative() {
        return Err("-0 (write 0)");
    }
    Ok(())
}

/// The values of the non-integer number tokens, in document order, and how
/// many the parser has taken.
#[derive(Clone, Copy)]
struct Floats<'a> {
    values: &'a [f64],
    next: &'a Cell<usize>,
}

impl Floats<'_> {
    /// The correctly rounded value of the next float token, checked against
    /// serde_json's reading of it (which may be off by an ulp without its
    /// `float_roundtrip` feature): the stored value is exact.
    fn take<E: de::Error>(&self, parsed: f64) -> Result<f64, E> {
        let i = self.next.get();
        self.next.set(i + 1);
        match self.values.get(i) {
            // The same number: equal, or a few ulps apart (same sign, so
            // the bit patterns are ordered like the values).
            Some(&x) if x.to_bits().abs_diff(parsed.to_bits()) <= 2 => Ok(x),
            _ => Err(E::custom(format!("{NUMBER_TAG}{parsed} was not read as written"))),
        }
    }
}

#[derive(Clone, Copy)]
struct StrictSeed<'a> {
    floats: Option<Floats<'a>>,
}

impl<'de> DeserializeSeed<'de> for StrictSeed<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON without duplicate member names")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        let v = match &self.floats {
            Some(floats) => floats.take(v)?,
            None => v,
        };
        serde_json::Number::from_f64(v).map(Value::Number).ok_or_else(|| E::custom(format!("{NUMBER_TAG}not finite")))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(self)? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!("{DUPLICATE_TAG}{key:?}")));
            }
            let value = map.next_value_seed(self)?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Value, InputErrorKind> {
        parse_json(text.as_bytes(), &JsonLimits::REQUEST).map_err(|e| match e {
            Error::Input(e) => e.kind(),
            other => panic!("{other}"),
        })
    }

    #[test]
    fn numbers_must_be_written_canonically() {
        for good in [
            "0",
            "1",
            "-1",
            "0.5",
            "-0.001",
            "1e+21",
            "1.5e-7",
            "9007199254740991",
            "-9007199254740991",
            "0.1",
            "1e-7",
            "0.000001",
            "333333333.3333333",
        ] {
            assert!(parse(good).is_ok(), "{good}");
        }
        for bad in [
            "1.0",
            "1e2",
            "1E2",
            "100e-2",
            "-0",
            "-0.0",
            "0.10",
            "1e21",
            "1E+21",
            "01",
            "9007199254740992",
            "9007199254740993",
            "-9007199254740992",
            "18446744073709551616",
            "1e400",
            "1e-6",
            "1.",
            "+1",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(parse("1.0"), Err(InputErrorKind::Number));
        assert_eq!(parse(r#"{"a":[9007199254740993]}"#), Err(InputErrorKind::Number));
    }

    #[test]
    fn numbers_inside_strings_are_not_numbers() {
        assert_eq!(parse(r#"{"a":"1.0 -0 9007199254740993 [[[["}"#).unwrap()["a"], "1.0 -0 9007199254740993 [[[[");
        assert_eq!(parse(r#"{"a\"1.0":"\\"}"#).unwrap()["a\"1.0"], "\\");
    }

    #[test]
    fn floats_are_stored_exactly_as_written() {
        // Shortest round-trip texts of 17 digits, where a fast parser may be off by one ulp.
        for text in ["0.30000000000000004", "2.2250738585072014e-308", "1.7976931348623157e+308", "5e-324", "123456789012.34567"] {
            let v = parse(&format!("[{text}]")).unwrap();
            assert_eq!(v[0].as_f64().unwrap(), text.parse::<f64>().unwrap(), "{text}");
        }
    }

    #[test]
    fn duplicate_names_are_refused_at_any_depth() {
        assert_eq!(parse(r#"{"replicas":1,"replicas":300}"#), Err(InputErrorKind::DuplicateName));
        assert_eq!(parse(r#"{"a":{"b":[{"c":1,"c":1}]}}"#), Err(InputErrorKind::DuplicateName));
        assert_eq!(parse(r#"{"a":1,"\u0061":2}"#), Err(InputErrorKind::DuplicateName), "the same name escaped");
        assert!(parse(r#"{"a":1,"b":{"a":2}}"#).is_ok(), "positive control: one name in two objects");
    }

    #[test]
    fn size_depth_and_syntax() {
        let limits = JsonLimits { max_bytes: 10, max_depth: 3, ijson_numbers: true };
        let kind = |text: &str| match parse_json(text.as_bytes(), &limits) {
            Err(Error::Input(e)) => Some(e.kind()),
            _ => None,
        };
        assert_eq!(kind("[1,2,3,4,5,6]"), Some(InputErrorKind::TooLarge));
        assert_eq!(kind("[[[[]]]]"), Some(InputErrorKind::TooDeep));
        assert_eq!(kind(r#"["[[[["]"#), None, "brackets in strings do not count");
        assert_eq!(kind("[[[]]]"), None);
        assert_eq!(kind("{} {}"), Some(InputErrorKind::Syntax));
        assert_eq!(kind(r#""\ud800""#), Some(InputErrorKind::Syntax), "a lone surrogate");
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(parse(&deep), Err(InputErrorKind::TooDeep));
    }

    #[test]
    fn without_ijson_numbers_only_names_and_depth_are_checked() {
        let limits = JsonLimits { max_bytes: 1 << 20, max_depth: 32, ijson_numbers: false };
        assert!(parse_json(b"[1.0, 1e2, 9007199254740993]", &limits).is_ok());
        assert!(parse_json(br#"{"a":1,"a":2}"#, &limits).is_err());
    }

    #[test]
    fn values_built_in_memory_are_checked() {
        use serde_json::json;
        assert!(check_ijson_value(&json!({"a": [1, -5, 0.5, 1e21, "x", null, {"b": 9_007_199_254_740_991_u64}]})).is_ok());
        // Spelling is the text parser's business: a float holding 1 passes here.
        assert!(check_ijson_value(&json!({"a": 1.0, "b": 1e20})).is_ok());
        for bad in [json!([9_007_199_254_740_992_u64]), json!([-9_007_199_254_740_992_i64]), json!({"x": [-0.0]})] {
            assert!(matches!(check_ijson_value(&bad), Err(Error::Input(e)) if e.kind() == InputErrorKind::Number), "{bad}");
        }
        let mut deep = json!(1);
        for _ in 0..MAX_PAYLOAD_DEPTH {
            deep = json!([deep]);
        }
        assert!(check_ijson_value(&deep).is_ok(), "positive control: at the limit");
        assert!(check_ijson_value(&json!([deep])).is_err());
        let e = check_ijson_value(&json!({"a/b": [0, {"c": -0.0}]})).unwrap_err().to_string();
        assert!(e.contains("/a~1b/1/c"), "{e}");
    }

    fn arb_ijson() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (-(MAX_SAFE_INTEGER as i64)..=MAX_SAFE_INTEGER as i64).prop_map(Value::from),
            proptest::num::f64::NORMAL.prop_filter("I-JSON float", |x| !(x.trunc() == *x && x.abs() < 1e21)).prop_map(Value::from),
            "\\PC{0,6}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 32, 5, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                proptest::collection::btree_map("[a-z\"\\\\\u{e9}]{0,4}", inner, 0..5).prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        /// Any I-JSON value, in its canonical text, is accepted, reads back
        /// as itself and hashes (canonicalizes) to the same bytes.
        #[test]
        fn canonical_text_is_accepted_and_hashes_equal(v in arb_ijson()) {
            proptest::prop_assert!(check_ijson_value(&v).is_ok());
            let text = crate::canonical_json_value(&v).unwrap();
            let back = parse_json(&text, &JsonLimits::REQUEST).unwrap();
            proptest::prop_assert_eq!(&back, &v);
            proptest::prop_assert_eq!(crate::canonical_json_value(&back).unwrap(), text);
        }

        /// A member name repeated in any object is refused.
        #[test]
        fn a_duplicate_name_anywhere_is_refused(v in arb_ijson(), pick in proptest::num::usize::ANY, dup in proptest::num::i32::ANY) {
            let v = serde_json::json!({"root": v});
            let mut objects = Vec::new();
            collect_objects(&v, &mut Vec::new(), &mut objects);
            let path = &objects[pick % objects.len()];
            let target = target_at(&v, path);
            let object = String::from_utf8(crate::canonical_json_value(target).unwrap()).unwrap();
            // The object again with one of its names (or "k") written twice.
            let name = target.as_object().unwrap().keys().next().cloned().unwrap_or_else(|| "k".into());
            let q = serde_json::to_string(&name).unwrap();
            let with_dup = if object == "{}" { format!("{{{q}:{dup},{q}:{dup}}}") } else { format!("{{{q}:{dup},{}", &object[1..]) };
            // Spliced where the object stands: the object's text may also
            // occur inside a string (`["{}", {}]`), so the object is first
            // replaced by a string no generated value holds (a control
            // character), whose text is then replaced.
            let mut marked = v.clone();
            *target_at_mut(&mut marked, path) = Value::String("\u{0}object\u{0}".into());
            let mark = String::from_utf8(crate::canonical_json_value(&Value::String("\u{0}object\u{0}".into())).unwrap()).unwrap();
            let text = String::from_utf8(crate::canonical_json_value(&marked).unwrap()).unwrap().replacen(&mark, &with_dup, 1);
            let refused = matches!(parse_json(text.as_bytes(), &JsonLimits::REQUEST), Err(Error::Input(e)) if e.kind() == InputErrorKind::DuplicateName);
            proptest::prop_assert!(refused, "{}", text);
        }
    }

    type Path = Vec<Result<usize, String>>;

    fn collect_objects(v: &Value, path: &mut Path, out: &mut Vec<Path>) {
        match v {
            Value::Object(map) => {
                out.push(path.clone());
                for (k, m) in map {
                    path.push(Err(k.clone()));
                    collect_objects(m, path, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, m) in items.iter().enumerate() {
                    path.push(Ok(i));
                    collect_objects(m, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    fn target_at<'a>(v: &'a Value, path: &Path) -> &'a Value {
        path.iter().fold(v, |node, step| match step {
            Ok(i) => &node[*i],
            Err(name) => &node[name.as_str()],
        })
    }

    fn target_at_mut<'a>(v: &'a mut Value, path: &Path) -> &'a mut Value {
        path.iter().fold(v, |node, step| match step {
            Ok(i) => &mut node[*i],
            Err(name) => &mut node[name.as_str()],
        })
    }
}
