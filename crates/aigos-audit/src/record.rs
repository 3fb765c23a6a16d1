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
use serde_json::value::RawValue;

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

/// One line as stored.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line<'a> {
    #[serde(borrow)]
    body: &'a RawValue,
    hash: &'a str,
    #[serde(default)]
    mac: Option<&'a str>,
    prev: &'a str,
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
    let mut buf = Vec::with_capacity(RECORD_TAG.len() + 32 + body.len());
    buf.extend_from_slice(RECORD_TAG);
    buf.extend_from_slice(prev);
    buf.extend_from_slice(body);
    provider.sha256(&buf)
}

/// Builds the line for `body` (already canonical bytes) after `prev`.
/// Returns the line (with trailing newline) and the record hash.
pub(crate) fn encode_line(provider: Provider, prev: &Hash, body: &[u8], mac: Option<&MacKey>) -> (String, Hash) {
    let hash = record_hash(provider, prev, body);
    let mac = mac.map(|k| provider.hmac_sha256(&k.key, &hash));
    (line_with(prev, body, &hash, mac.as_ref()), hash)
}

/// Canonical bytes of a body.
///
/// # Errors
/// [`Error::Format`] when the data cannot be canonicalized.
pub(crate) fn body_bytes(body: &Body) -> Result<Vec<u8>, Error> {
    aigos_core::canonical_json(body).map_err(|e| Error::Format(e.to_string()))
}

/// What checking one line found.
pub(crate) struct Checked {
    pub(crate) record: Record,
}

/// Parses and checks one line (without its trailing newline) against the
/// expected `seq` and `prev`, and the MAC keys when given. Every failure is a
/// message for `seq N: reason`.
pub(crate) fn check_line(
    provider: Provider,
    line: &[u8],
    expected_seq: u64,
    expected_prev: &Hash,
    keys: Option<MacKeys<'_>>,
) -> Result<Checked, String> {
    let parsed: Line<'_> = serde_json::from_slice(line).map_err(|e| format!("unparseable record: {e}"))?;
    let body_raw = parsed.body.get().as_bytes();
    let body: Body = serde_json::from_slice(body_raw).map_err(|e| format!("bad body: {e}"))?;
    if body.v != VERSION {
        return Err(format!("unknown version {}", body.v));
    }
    if body.seq != expected_seq {
        return Err(format!("seq {} where {expected_seq} was expected (deleted, inserted or reordered record)", body.seq));
    }
    // One encoding per record: the body must be canonical, so a byte change
    // that keeps the meaning (an escape, an exponent's case) is caught too.
    if body_bytes(&body).map_err(|e| e.to_string())? != body_raw {
        return Err("body is not in canonical form".into());
    }
    let prev = parse_hex32(parsed.prev).ok_or("prev is not 64 lowercase hex digits")?;
    if prev != *expected_prev {
        return Err("prev does not match the previous record's hash (broken chain)".into());
    }
    let hash = parse_hex32(parsed.hash).ok_or("hash is not 64 lowercase hex digits")?;
    if record_hash(provider, &prev, body_raw) != hash {
        return Err("hash does not match the record's contents".into());
    }
    let mac = match parsed.mac {
        Some(m) => Some(parse_hex32(m).ok_or("mac is not 64 lowercase hex digits")?),
        None => None,
    };
    if let Some(resolve) = keys {
        let kid = body.mac_kid.as_deref().ok_or("record has no mac_kid but a MAC key was given")?;
        let key = resolve(kid).ok_or_else(|| format!("unknown MAC key id {kid:?}"))?;
        let mac = mac.ok_or("record has no mac")?;
        provider.hmac_sha256_verify(&key.key, &hash, &mac).map_err(|_| "MAC does not verify (wrong key or forged record)".to_string())?;
    } else if mac.is_some() != body.mac_kid.is_some() {
        return Err("mac and mac_kid must appear together".into());
    }
    // The line itself must be exactly what the writer produces.
    let expected_line = line_with(&prev, body_raw, &hash, mac.as_ref());
    if expected_line.as_bytes().strip_suffix(b"\n") != Some(line) {
        return Err("record line is not in canonical form".into());
    }
    Ok(Checked { record: Record { body, hash, prev, mac } })
}

/// Assembles a line from its parts (no hashing).
fn line_with(prev: &Hash, body: &[u8], hash: &Hash, mac: Option<&Hash>) -> String {
    let mut line = String::with_capacity(body.len() + 240);
    line.push_str("{\"body\":");
    line.push_str(std::str::from_utf8(body).unwrap_or("null"));
    line.push_str(",\"hash\":\"");
    line.push_str(&hex32(hash));
    if let Some(m) = mac {
        line.push_str("\",\"mac\":\"");
        line.push_str(&hex32(m));
    }
    line.push_str("\",\"prev\":\"");
    line.push_str(&hex32(prev));
    line.push_str("\"}\n");
    line
}
