//! The record format: one JSON line per record.
//!
//! ```text
//! {"body":{"actor":..,"data":..,"kind":..,"mac_kid":..,"seq":N,"ts":MS,"v":1},"hash":"<64 hex>","mac":"<64 hex>","prev":"<64 hex>"}
//! ```
//!
//! `body` is RFC 8785 canonical JSON and so is the whole line (members are in
//! sorted order, no white space). `hash = SHA-256("aigos-audit/v1\0" || prev
//! || body)` over the raw 32-byte `prev` and the body's exact bytes;
//! `mac = HMAC-SHA256(key[mac_kid], hash)`. The first record's `prev` is 32
//! zero bytes. `mac_kid` and `mac` are absent in an unkeyed log.

use aigos_crypto::Provider;
use serde::{Deserialize, Serialize};

#[cfg(test)]
use crate::Error;
use crate::merkle::Hash;

/// The domain-separation tag of record hashes.
pub const RECORD_TAG: &[u8] = b"aigos-audit/v1\0";
/// Format version.
pub(crate) const VERSION: u32 = 1;

/// The hashed part of a record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Format version (1).
    pub v: u32,
    /// Position in the log, from 0, without gaps.
    pub seq: u64,
    /// Time of the append, Unix milliseconds.
    pub ts: u64,
    /// Record kind, e.g. `validation`.
    pub kind: String,
    /// Who caused it, e.g. an agent id.
    pub actor: String,
    /// The payload (encrypted fields appear as `{"$enc": {...}}` objects).
    pub data: serde_json::Value,
    /// Which HMAC key MACs this record; absent in an unkeyed log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_kid: Option<String>,
}

/// A record as read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The body.
    pub body: Body,
    /// Its hash.
    pub hash: Hash,
    /// The previous record's hash.
    pub prev: Hash,
    /// Its MAC, when keyed.
    pub mac: Option<Hash>,
}

/// Looks up a MAC key by id.
pub type MacKeys<'a> = &'a dyn Fn(&str) -> Option<MacKey>;

/// An HMAC key with its id.
#[derive(Clone)]
pub struct MacKey {
    /// The id written into records.
    pub kid: String,
    /// The secret (zeroized on drop).
    pub key: zeroize::Zeroizing<Vec<u8>>,
}

impl MacKey {
    /// A key from a key file: its bytes are the key (at least 16), and the
    /// kid is `hmac-` + the first 8 bytes of its SHA-256 in hex, so every
    /// tool that reads the same file names the key the same way.
    ///
    /// # Errors
    /// [`crate::Error::Crypto`] for a key shorter than 16 bytes.
    pub fn from_key_file(provider: Provider, bytes: &[u8]) -> Result<Self, crate::Error> {
        if bytes.len() < 16 {
            return Err(crate::Error::Crypto("an HMAC key needs at least 16 bytes".into()));
        }
        let digest = provider.sha256(bytes);
        let kid = format!("hmac-{}", hex::encode(&digest[..8]));
        Ok(MacKey { kid, key: zeroize::Zeroizing::new(bytes.to_vec()) })
    }
}

impl std::fmt::Debug for MacKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MacKey").field("kid", &self.kid).finish_non_exhaustive()
    }
}

pub(crate) fn hex32(h: &Hash) -> String {
    hex::encode(h)
}

pub(crate) fn parse_hex32(s: &str) -> Option<Hash> {
    // Lower case only: one encoding per hash.
    if s.len() != 64 || s.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    hex::decode(s).ok()?.try_into().ok()
}

/// `SHA-256(tag || prev || body)`.
pub fn record_hash(provider: Provider, prev: &Hash, body: &[u8]) -> Hash {
    provider.sha256_parts(&[RECORD_TAG, prev, body])
}

/// Finishes a line whose body was written after `{"body":` into `line` from
/// `body_start`: hashes and MACs the body in place, then appends the hash,
/// MAC, prev and the newline. Returns the record hash.
pub(crate) fn finish_line(provider: Provider, prev: &Hash, line: &mut Vec<u8>, body_start: usize, mac: Option<&MacKey>) -> Hash {
    let hash = record_hash(provider, prev, line.get(body_start..).unwrap_or_default());
    let mac = mac.map(|k| provider.hmac_sha256(&k.key, &hash));
    let mut hex = [0u8; 64];
    let mut push_hex = |line: &mut Vec<u8>, h: &Hash| {
        // Cannot fail: the buffer holds exactly 2 x 32 digits.
        if hex::encode_to_slice(h, &mut hex).is_ok() {
            line.extend_from_slice(&hex);
        }
    };
    line.extend_from_slice(b",\"hash\":\"");
    push_hex(line, &hash);
    if let Some(m) = &mac {
        line.extend_from_slice(b"\",\"mac\":\"");
        push_hex(line, m);
    }
    line.extend_from_slice(b"\",\"prev\":\"");
    push_hex(line, prev);
    line.extend_from_slice(b"\"}\n");
    hash
}

/// Canonical bytes of a body.
///
/// # Errors
/// [`Error::Format`] when the data cannot be canonicalized.
#[cfg(test)]
pub(crate) fn body_bytes(body: &Body) -> Result<Vec<u8>, Error> {
    aigos_core::canonical_json(body).map_err(|e| Error::Format(e.to_string()))
}

/// What checking one line found.
pub(crate) struct Checked<'a> {
    pub(crate) hash: Hash,
    pub(crate) prev: Hash,
    pub(crate) mac: Option<Hash>,
    /// The body's `ts`.
    pub(crate) ts: u64,
    /// The body's exact bytes (canonical JSON as written).
    pub(crate) body: &'a [u8],
}

impl Checked<'_> {
    /// The full record (parses the body; not needed to verify).
    pub(crate) fn record(&self) -> Result<Record, String> {
        let body: Body = serde_json::from_slice(self.body).map_err(|e| format!("bad body: {e}"))?;
        Ok(Record { body, hash: self.hash, prev: self.prev, mac: self.mac })
    }
}

/// The fields of a body the verifier needs; the rest is only scanned.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Head<'a> {
    v: u32,
    seq: u64,
    ts: u64,
    #[serde(rename = "kind")]
    _kind: serde::de::IgnoredAny,
    #[serde(rename = "actor")]
    _actor: serde::de::IgnoredAny,
    #[serde(rename = "data")]
    _data: serde::de::IgnoredAny,
    #[serde(default, borrow)]
    mac_kid: Option<std::borrow::Cow<'a, str>>,
}

/// The start of every line, before the body.
pub(crate) const PREFIX: &[u8] = b"{\"body\":";
/// `,"hash":"<64>","prev":"<64>"}`
const TAIL_PLAIN: usize = 9 + 64 + 10 + 64 + 2;
/// `,"hash":"<64>","mac":"<64>","prev":"<64>"}`
const TAIL_MAC: usize = 9 + 64 + 9 + 64 + 10 + 64 + 2;

/// A line split at the fixed layout, every separator byte checked.
struct Split<'a> {
    body: &'a [u8],
    hash: &'a [u8],
    mac: Option<&'a [u8]>,
    prev: &'a [u8],
}

/// Splits a line of the fixed layout; `None` unless every byte outside the
/// body and the three hex fields is exactly what the writer produces.
fn split_line(line: &[u8]) -> Option<Split<'_>> {
    let rest = line.strip_prefix(PREFIX)?;
    let at = |from: usize, len: usize| rest.get(from..from + len);
    let (t, mac) = match rest.len().checked_sub(TAIL_MAC) {
        Some(t) if at(t + 73, 9) == Some(b"\",\"mac\":\"".as_slice()) => (t, Some(at(t + 82, 64)?)),
        _ => (rest.len().checked_sub(TAIL_PLAIN)?, None),
    };
    let prev_at = if mac.is_some() { t + 156 } else { t + 83 };
    let ok = at(t, 9) == Some(b",\"hash\":\"".as_slice())
        && at(prev_at - 10, 10) == Some(b"\",\"prev\":\"".as_slice())
        && at(prev_at + 64, 2) == Some(b"\"}".as_slice())
        && prev_at + 66 == rest.len();
    ok.then(|| Split {
        body: rest.get(..t).unwrap_or_default(),
        hash: at(t + 9, 64).unwrap_or_default(),
        mac,
        prev: at(prev_at, 64).unwrap_or_default(),
    })
}

fn hex_field(bytes: &[u8], what: &str) -> Result<Hash, String> {
    let mut out = [0u8; 32];
    // Lower case only: one encoding per hash.
    if bytes.iter().any(u8::is_ascii_uppercase) || hex::decode_to_slice(bytes, &mut out).is_err() {
        return Err(format!("{what} is not 64 lowercase hex digits"));
    }
    Ok(out)
}

/// Parses and checks one line (without its trailing newline) against the
/// expected `seq` and `prev`, and the MAC keys when given. Every failure is a
/// message for `seq N: reason`.
///
/// The hash covers the body's exact bytes, so any change inside the body is
/// a hash mismatch; the line is then compared byte for byte with the layout
/// the writer produces, which catches any change outside the body.
pub(crate) fn check_line<'a>(
    provider: Provider,
    line: &'a [u8],
    expected_seq: u64,
    expected_prev: &Hash,
    keys: Option<MacKeys<'_>>,
) -> Result<Checked<'a>, String> {
    let Split { body, hash: hash_hex, mac: mac_hex, prev: prev_hex } =
        split_line(line).ok_or("unparseable record (not the record layout)")?;
    let head: Head<'_> = serde_json::from_slice(body).map_err(|e| format!("bad body: {e}"))?;
    if head.v != VERSION {
        return Err(format!("unknown version {}", head.v));
    }
    if head.seq != expected_seq {
        return Err(format!("seq {} where {expected_seq} was expected (deleted, inserted or reordered record)", head.seq));
    }
    let prev = hex_field(prev_hex, "prev")?;
    if prev != *expected_prev {
        return Err("prev does not match the previous record's hash (broken chain)".into());
    }
    let hash = hex_field(hash_hex, "hash")?;
    if record_hash(provider, &prev, body) != hash {
        return Err("hash does not match the record's contents".into());
    }
    let mac = mac_hex.map(|m| hex_field(m, "mac")).transpose()?;
    if let Some(resolve) = keys {
        let kid = head.mac_kid.as_deref().ok_or("record has no mac_kid but a MAC key was given")?;
        let key = resolve(kid).ok_or_else(|| format!("unknown MAC key id {kid:?}"))?;
        let mac = mac.ok_or("record has no mac")?;
        provider.hmac_sha256_verify(&key.key, &hash, &mac).map_err(|_| "MAC does not verify (wrong key or forged record)".to_string())?;
    } else if mac.is_some() != head.mac_kid.is_some() {
        return Err("mac and mac_kid must appear together".into());
    }
    Ok(Checked { hash, prev, mac, ts: head.ts, body })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_bodies_are_rfc8785_canonical() {
        // The writer concatenates pre-canonicalized members; a record read
        // back must re-encode to exactly the same bytes.
        let dir = std::env::temp_dir().join(format!("aigos-audit-canon-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let cfg = crate::AuditConfig::new(&dir)
            .durability(crate::Durability::None)
            .mac_key(MacKey { kid: "k\u{e9}y".into(), key: zeroize::Zeroizing::new(vec![1; 32]) });
        let (log, _) = crate::AuditLog::open(cfg).unwrap();
        let data = serde_json::json!({"z": 1e21, "a": [1.5, "\u{1F600}", "\u{7f}"], "\u{20ac}": null, "b": {"y": -0.0, "x": 333_333_333.333_333_3}});
        log.append_blocking("kind \"q\"", "act\u{0}or", data).unwrap();
        log.close_blocking().unwrap();
        let text = std::fs::read_to_string(dir.join("00000000000000000000.jsonl")).unwrap();
        let line = text.trim_end().as_bytes();
        let checked = check_line(aigos_crypto::default_provider(), line, 0, &[0; 32], None).unwrap();
        let record = checked.record().unwrap();
        assert_eq!(body_bytes(&record.body).unwrap(), checked.body);
        let _ = std::fs::remove_dir_all(&dir);
    }
    #[test]
    fn sealed_bodies_are_rfc8785_canonical_and_open() {
        // Sealed members are spliced in under the writer's lock; the body
        // must still be canonical, in UTF-16 member order, and open again.
        let dir = std::env::temp_dir().join(format!("aigos-audit-canon-seal-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let provider = aigos_crypto::default_provider();
        let cipher = crate::FieldCipher::from_key_file(provider, &[7; 32]).unwrap();
        let fields = vec!["payload".to_string(), "\u{ff5e}".to_string(), "absent".to_string()];
        let cfg = crate::AuditConfig::new(&dir).durability(crate::Durability::None).encrypt(cipher.clone(), fields);
        let (log, _) = crate::AuditLog::open(cfg).unwrap();
        let data = serde_json::json!({"z": 1, "payload": {"n": 1.5, "s": "x"}, "\u{ff5e}": "secret", "\u{1f600}": [2], "a": null});
        log.append_blocking("k", "a", data.clone()).unwrap();
        log.close_blocking().unwrap();
        let text = std::fs::read_to_string(dir.join("00000000000000000000.jsonl")).unwrap();
        let line = text.trim_end().as_bytes();
        let checked = check_line(provider, line, 0, &[0; 32], None).unwrap();
        let mut record = checked.record().unwrap();
        assert_eq!(body_bytes(&record.body).unwrap(), checked.body);
        let body = std::str::from_utf8(checked.body).unwrap();
        assert!(!body.contains("secret") && !body.contains("1.5"), "sealed fields are not in clear: {body}");
        assert!(body.find("\u{1f600}").unwrap() < body.find("\u{ff5e}").unwrap(), "UTF-16 member order");
        cipher.open_fields(&mut record.body.data, 0).unwrap();
        assert_eq!(record.body.data, data);
        let _ = std::fs::remove_dir_all(&dir);
    }
    #[test]
    fn members_and_values_write_the_same_canonical_data() {
        #[derive(serde::Serialize)]
        struct Sorted {
            n: u64,
            s: &'static str,
            x: aigos_core::JsNumber,
        }
        let dir = std::env::temp_dir().join(format!("aigos-audit-members-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let (log, _) = crate::AuditLog::open(crate::AuditConfig::new(&dir).durability(crate::Durability::None)).unwrap();
        let value = serde_json::json!({"\u{1f600}": [1.5], "a": {"n": 1, "s": "t", "x": 1.0}, "\u{ff5e}": null});
        let members = crate::RecordData::object()
            .member("\u{ff5e}", &serde_json::Value::Null)
            .unwrap()
            .member_sorted("a", &Sorted { n: 1, s: "t", x: aigos_core::JsNumber(1.0) })
            .unwrap()
            .member("\u{1f600}", &serde_json::json!([1.5]))
            .unwrap();
        log.append_blocking("k", "a", value.clone()).unwrap();
        log.append_blocking("k", "a", members).unwrap();
        // A member named twice is refused, not silently overwritten.
        let twice = crate::RecordData::object().member("a", &serde_json::Value::Null).unwrap().member("a", &serde_json::json!(1)).unwrap();
        assert!(matches!(log.append_blocking("k", "a", twice), Err(Error::Format(_))));
        // Members can only be added to an object.
        assert!(crate::RecordData::from(serde_json::json!([1])).member("a", &serde_json::Value::Null).is_err());
        log.close_blocking().unwrap();
        let text = std::fs::read_to_string(dir.join("00000000000000000000.jsonl")).unwrap();
        let provider = aigos_crypto::default_provider();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        let first = check_line(provider, lines[0].as_bytes(), 0, &[0; 32], None).unwrap();
        let second = check_line(provider, lines[1].as_bytes(), 1, &first.hash, None).unwrap();
        let data = |c: &Checked<'_>| {
            let body = std::str::from_utf8(c.body).unwrap();
            body[body.find("\"data\":").unwrap()..body.find(",\"kind\"").unwrap()].to_string()
        };
        assert_eq!(data(&first), data(&second));
        assert_eq!(body_bytes(&second.record().unwrap().body).unwrap(), second.body);
        // 1.0 is written as 1 (RFC 8785) and reads back as an integer.
        let mut expected = value;
        expected["a"]["x"] = serde_json::json!(1);
        assert_eq!(second.record().unwrap().body.data, expected);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
