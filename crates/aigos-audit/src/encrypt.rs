//! Field encryption: chosen fields of a record's data sealed with
//! XChaCha20-Poly1305 under random 24-byte nonces. The associated data binds
//! the log, the record's seq and the field's JSON pointer, so a ciphertext
//! moved to another record or field fails to open. The log verifies without
//! the key: the ciphertext is what is hashed.

use aigos_crypto::{AeadAlgorithm, Provider, base64url};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use crate::Error;

/// PBKDF2-HMAC-SHA256 iterations for passphrase-derived keys (OWASP 2023).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// Marker member of an encrypted field.
const MARK: &str = "$enc";

/// How a passphrase key is derived; stored in the log as `encryption.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    /// Always `PBKDF2-HMAC-SHA256`.
    pub kdf: String,
    /// base64url salt (16 bytes).
    pub salt: String,
    /// Iterations.
    pub iterations: u32,
}

impl KdfParams {
    /// Fresh parameters with a random salt.
    ///
    /// # Errors
    /// [`Error::Crypto`] when the random source fails.
    pub fn generate(provider: Provider) -> Result<Self, Error> {
        let mut salt = [0u8; 16];
        provider.fill_random(&mut salt).map_err(|e| Error::Crypto(e.to_string()))?;
        Ok(KdfParams { kdf: "PBKDF2-HMAC-SHA256".into(), salt: base64url::encode(&salt), iterations: PBKDF2_ITERATIONS })
    }
}

/// The key that seals and opens fields.
#[derive(Clone)]
pub struct FieldCipher {
    provider: Provider,
    key: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for FieldCipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FieldCipher(..)")
    }
}

fn pointer_token(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

impl FieldCipher {
    /// A key file: exactly 32 raw bytes, or 64 hex digits (white space trimmed).
    ///
    /// # Errors
    /// [`Error::Crypto`] for any other content.
    pub fn from_key_file(provider: Provider, bytes: &[u8]) -> Result<Self, Error> {
        let key: [u8; 32] = if bytes.len() == 32 {
            bytes.try_into().map_err(|_| Error::Crypto("key length".into()))?
        } else {
            let text = std::str::from_utf8(bytes).map_err(|_| Error::Crypto("key file is neither 32 bytes nor hex".into()))?.trim();
            hex::decode(text)
                .ok()
                .and_then(|v| <[u8; 32]>::try_from(v).ok())
                .ok_or_else(|| Error::Crypto("key file must hold 32 raw bytes or 64 hex digits".into()))?
        };
        Ok(FieldCipher { provider, key: Zeroizing::new(key) })
    }

    /// A key derived from a passphrase with PBKDF2-HMAC-SHA256.
    ///
    /// # Errors
    /// [`Error::Crypto`] for bad parameters.
    pub fn from_passphrase(provider: Provider, passphrase: &[u8], params: &KdfParams) -> Result<Self, Error> {
        if params.kdf != "PBKDF2-HMAC-SHA256" || params.iterations < 100_000 {
            return Err(Error::Crypto("unsupported KDF parameters".into()));
        }
        let salt = base64url::decode(&params.salt).map_err(|e| Error::Crypto(e.to_string()))?;
        let mut key = Zeroizing::new([0u8; 32]);
        provider.pbkdf2_hmac_sha256(passphrase, &salt, params.iterations, key.as_mut()).map_err(|e| Error::Crypto(e.to_string()))?;
        Ok(FieldCipher { provider, key })
    }

    fn aad(seq: u64, pointer: &str) -> Vec<u8> {
        format!("aigos-audit/v1|seq={seq}|field={pointer}").into_bytes()
    }

    /// Seals the top-level `fields` of `data` (an object) for record `seq`.
    /// Absent fields are skipped.
    ///
    /// # Errors
    /// [`Error::Crypto`] when randomness or encryption fails; [`Error::Format`]
    /// when `data` is not an object while fields are requested.
    pub fn seal_fields(&self, data: &mut Value, fields: &[String], seq: u64) -> Result<(), Error> {
        if fields.is_empty() {
            return Ok(());
        }
        let Value::Object(map) = data else {
            return Err(Error::Format("field encryption needs an object as data".into()));
        };
        for field in fields {
            let Some(value) = map.get_mut(field) else { continue };
            let plaintext = aigos_core::canonical_json_value(value).map_err(|e| Error::Format(e.to_string()))?;
            let (nonce, ct) = self.seal_bytes(field, &plaintext, seq)?;
            *value = json!({ MARK: {"alg": "XC20P", "nonce": nonce, "ct": ct} });
        }
        Ok(())
    }

    /// Seals the canonical bytes of field `field` for record `seq`: the
    /// base64url nonce and ciphertext.
    fn seal_bytes(&self, field: &str, plaintext: &[u8], seq: u64) -> Result<(String, String), Error> {
        let mut nonce = [0u8; 24];
        self.provider.fill_random(&mut nonce).map_err(|e| Error::Crypto(e.to_string()))?;
        let pointer = format!("/{}", pointer_token(field));
        let ct = self
            .provider
            .aead_seal(AeadAlgorithm::XChaCha20Poly1305, &self.key, &nonce, &Self::aad(seq, &pointer), plaintext)
            .map_err(|e| Error::Crypto(e.to_string()))?;
        Ok((base64url::encode(&nonce), base64url::encode(&ct)))
    }

    /// [`FieldCipher::seal_fields`] for one field whose value is already
    /// canonical: the sealed object's canonical JSON (members in RFC 8785
    /// order; base64url needs no escaping).
    pub(crate) fn seal_canonical(&self, field: &str, plaintext: &[u8], seq: u64) -> Result<String, Error> {
        let (nonce, ct) = self.seal_bytes(field, plaintext, seq)?;
        Ok(format!("{{\"{MARK}\":{{\"alg\":\"XC20P\",\"ct\":\"{ct}\",\"nonce\":\"{nonce}\"}}}}"))
    }

    /// Opens every sealed top-level field of `data` for record `seq`.
    ///
    /// # Errors
    /// [`Error::Crypto`] when a field fails to open (wrong key, moved
    /// ciphertext, tampering).
    pub fn open_fields(&self, data: &mut Value, seq: u64) -> Result<(), Error> {
        let Value::Object(map) = data else { return Ok(()) };
        for (field, value) in map.iter_mut() {
            let Some(sealed) = sealed(value) else { continue };
            let (nonce, ct) = sealed?;
            let pointer = format!("/{}", pointer_token(field));
            let plaintext = self
                .provider
                .aead_open(AeadAlgorithm::XChaCha20Poly1305, &self.key, &nonce, &Self::aad(seq, &pointer), &ct)
                .map_err(|_| Error::Crypto(format!("field {pointer} of seq {seq} does not decrypt")))?;
            *value = serde_json::from_slice(&plaintext).map_err(|e| Error::Crypto(e.to_string()))?;
        }
        Ok(())
    }
}

type Sealed = Result<(Vec<u8>, Vec<u8>), Error>;

fn sealed(value: &Value) -> Option<Sealed> {
    let inner: &Map<String, Value> = value.as_object()?.get(MARK)?.as_object()?;
    let get = |k: &str| inner.get(k).and_then(Value::as_str).map(base64url::decode);
    Some(match (get("nonce"), get("ct")) {
        (Some(Ok(n)), Some(Ok(c))) => Ok((n, c)),
        _ => Err(Error::Crypto("malformed encrypted field".into())),
    })
}
