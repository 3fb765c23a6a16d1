//! JSON Web Keys (RFC 7517/7518, OKP per RFC 8037), key sets and RFC 7638
//! thumbprints.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{Algorithm, Error, PublicKey};

/// Members that carry private key material; a public JWK with any of them is
/// rejected rather than silently used.
const PRIVATE_MEMBERS: &[&str] = &["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/// One JSON Web Key. Members other than those named here are kept in `other`
/// (RFC 7517 says to ignore them) unless they carry private material.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Jwk {
    /// Key type: `EC`, `OKP` (or `RSA` for thumbprints of foreign keys).
    pub kty: String,
    /// Curve: `P-256` or `Ed25519`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crv: Option<String>,
    /// x coordinate (EC) or public key (OKP), base64url.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
    /// y coordinate (EC), base64url.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<String>,
    /// RSA modulus, base64url.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<String>,
    /// RSA exponent, base64url.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e: Option<String>,
    /// Key id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    /// Intended algorithm (`ES256`, `EdDSA`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<String>,
    /// Intended use (`sig`).
    #[serde(default, rename = "use", skip_serializing_if = "Option::is_none")]
    pub key_use: Option<String>,
    /// Any other members.
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

fn b64(bytes: &[u8]) -> String {
    crate::base64url::encode(bytes)
}

fn unb64(field: &'static str, value: Option<&String>) -> Result<Vec<u8>, Error> {
    let value = value.ok_or_else(|| Error::Jwk(format!("missing member {field}")))?;
    crate::base64url::decode(value).map_err(|_| Error::Jwk(format!("member {field} is not base64url")))
}

impl Jwk {
    pub(crate) fn from_public_key(key: &PublicKey) -> Jwk {
        let bytes = key.as_bytes();
        let (kty, crv, x, y) = match key.algorithm() {
            Algorithm::Es256 => {
                ("EC", "P-256", b64(bytes.get(1..33).unwrap_or_default()), Some(b64(bytes.get(33..65).unwrap_or_default())))
            }
            Algorithm::EdDsa => ("OKP", "Ed25519", b64(bytes), None),
        };
        Jwk {
            kty: kty.into(),
            crv: Some(crv.into()),
            x: Some(x),
            y,
            n: None,
            e: None,
            kid: None,
            alg: Some(key.algorithm().jose_name().into()),
            key_use: Some("sig".into()),
            other: BTreeMap::new(),
        }
    }

    /// Validates the JWK and returns the public key it describes.
    ///
    /// # Errors
    /// [`Error::Jwk`] when members are missing, malformed, private, of the
    /// wrong length, or contradict each other (`alg` vs. `kty`/`crv`);
    /// [`Error::InvalidKey`] when the point is invalid.
    pub fn to_public_key(&self) -> Result<PublicKey, Error> {
        if let Some(m) = PRIVATE_MEMBERS.iter().find(|m| self.other.contains_key(**m)) {
            return Err(Error::Jwk(format!("private member {m} in a public key")));
        }
        if self.key_use.as_deref().is_some_and(|u| u != "sig") {
            return Err(Error::Jwk("use is not sig".into()));
        }
        let alg = match (self.kty.as_str(), self.crv.as_deref()) {
            ("EC", Some("P-256")) => Algorithm::Es256,
            ("OKP", Some("Ed25519")) => Algorithm::EdDsa,
            (kty, crv) => {
                return Err(Error::Jwk(format!("unsupported key type {kty}/{}", crv.unwrap_or("-"))));
            }
        };
        if let Some(a) = &self.alg
            && Algorithm::from_jose(a)? != alg
        {
            return Err(Error::Jwk(format!("alg {a} does not match the key type")));
        }
        match alg {
            Algorithm::Es256 => {
                let (x, y) = (unb64("x", self.x.as_ref())?, unb64("y", self.y.as_ref())?);
                if x.len() != 32 || y.len() != 32 {
                    return Err(Error::Jwk("P-256 coordinates must be 32 bytes".into()));
                }
                let mut sec1 = Vec::with_capacity(65);
                sec1.push(0x04);
                sec1.extend_from_slice(&x);
                sec1.extend_from_slice(&y);
                PublicKey::from_bytes(alg, &sec1)
            }
            Algorithm::EdDsa => {
                if self.y.is_some() {
                    return Err(Error::Jwk("OKP key with a y member".into()));
                }
                PublicKey::from_bytes(alg, &unb64("x", self.x.as_ref())?)
            }
        }
    }

    /// The RFC 7638 thumbprint: SHA-256 over the required members in
    /// lexicographic order without white space, base64url without padding.
    ///
    /// # Errors
    /// [`Error::Jwk`] when a required member is missing or `kty` is unknown.
    pub fn thumbprint(&self) -> Result<String, Error> {
        let req = |name: &'static str, v: &Option<String>| v.clone().ok_or_else(|| Error::Jwk(format!("missing member {name}")));
        let mut members = BTreeMap::new();
        members.insert("kty", self.kty.clone());
        match self.kty.as_str() {
            "EC" => {
                members.insert("crv", req("crv", &self.crv)?);
                members.insert("x", req("x", &self.x)?);
                members.insert("y", req("y", &self.y)?);
            }
            "OKP" => {
                members.insert("crv", req("crv", &self.crv)?);
                members.insert("x", req("x", &self.x)?);
            }
            "RSA" => {
                members.insert("e", req("e", &self.e)?);
                members.insert("n", req("n", &self.n)?);
            }
            other => return Err(Error::Jwk(format!("no thumbprint rule for kty {other}"))),
        }
        let json = aigos_core::canonical_json(&members).map_err(|e| Error::Jwk(e.to_string()))?;
        Ok(b64(&Sha256::digest(&json)))
    }
}

/// A JWK Set (RFC 7517 section 5).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Jwks {
    /// The keys.
    pub keys: Vec<Jwk>,
}

/// The JWK member (Unix seconds) that marks a key as retired: it verifies
/// what it signed before, and a verifier refuses what it claims to have
/// signed at or after this time. An aigos extension; RFC 7517 says others
/// ignore it.
pub const RETIRED_AT: &str = "retired_at";
/// The JWK member (Unix seconds) saying when the key was created, for key
/// age checks. An aigos extension like [`RETIRED_AT`].
pub const CREATED_AT: &str = "created_at";

impl Jwk {
    /// When this key stopped signing (member [`RETIRED_AT`]), if it did.
    pub fn retired_at(&self) -> Option<i64> {
        self.other.get(RETIRED_AT).and_then(serde_json::Value::as_i64)
    }

    /// When this key was created (member [`CREATED_AT`]), if recorded.
    pub fn created_at(&self) -> Option<i64> {
        self.other.get(CREATED_AT).and_then(serde_json::Value::as_i64)
    }

    /// This key marked as retired at `at` (Unix seconds).
    #[must_use]
    pub fn retired(mut self, at: i64) -> Self {
        self.other.insert(RETIRED_AT.into(), at.into());
        self
    }

    /// This key with its creation time (Unix seconds).
    #[must_use]
    pub fn created(mut self, at: i64) -> Self {
        self.other.insert(CREATED_AT.into(), at.into());
        self
    }
}

impl Jwks {
    /// Parses a JWKS from JSON and validates every key in it.
    ///
    /// # Errors
    /// [`Error::Jwk`] for malformed JSON, a key without `kid`, a duplicate
    /// `kid`, or an invalid key.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        let set: Jwks = serde_json::from_str(json).map_err(|e| Error::Jwk(e.to_string()))?;
        let mut seen = std::collections::BTreeSet::new();
        for k in &set.keys {
            let kid = k.kid.as_deref().ok_or_else(|| Error::Jwk("key without kid".into()))?;
            if !seen.insert(kid) {
                return Err(Error::Jwk(format!("duplicate kid {kid}")));
            }
            // A retirement that does not parse must not leave the key in service.
            for member in [RETIRED_AT, CREATED_AT] {
                if k.other.get(member).is_some_and(|v| v.as_i64().is_none()) {
                    return Err(Error::Jwk(format!("kid {kid}: {member} is not an integer (Unix seconds)")));
                }
            }
            k.to_public_key()?;
        }
        Ok(set)
    }

    /// The key with this `kid`.
    pub fn find(&self, kid: &str) -> Option<&Jwk> {
        self.keys.iter().find(|k| k.kid.as_deref() == Some(kid))
    }

    /// When each retired key stopped signing (Unix seconds), by kid: see
    /// [`Jwk::retired_at`].
    pub fn retirements(&self) -> std::collections::HashMap<String, i64> {
        self.keys.iter().filter_map(|k| Some((k.kid.clone()?, k.retired_at()?))).collect()
    }

    /// Adds a key, replacing any with the same `kid`.
    pub fn upsert(&mut self, jwk: Jwk) {
        match self.keys.iter_mut().find(|k| k.kid.is_some() && k.kid == jwk.kid) {
            Some(slot) => *slot = jwk,
            None => self.keys.push(jwk),
        }
    }
}
