//! Signed checkpoints: the tree size, Merkle root and head hash at a point,
//! signed with Ed25519, appended to `checkpoints.jsonl`. The first one, at
//! tree size 0, is the log's header: it states the checkpoint cadence the
//! writer promises, under the same signature. Every checkpoint names its
//! log (a random id drawn when the header is written), so a checkpoint or
//! header of another log signed by the same key is not taken for one of
//! this log.

use aigos_crypto::{Algorithm, Provider, PublicKey, Signer, VerifyingKey, base64url};
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::merkle::{Frontier, Hash};
use crate::record::{hex32, parse_hex32};

/// Looks up a trusted checkpoint key by kid.
pub type CheckpointKeys<'a> = &'a dyn Fn(&str) -> Option<PublicKey>;

/// How often a writer signs a checkpoint: before the record that would
/// leave more than `records` records, or records spanning `interval_ms` or
/// more, after the last checkpoint. Stated in the signed log header, so a
/// verifier holding the checkpoint key knows how long an unsigned tail may
/// be (and an attacker cannot lengthen it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cadence {
    /// At most this many records after the last checkpoint.
    pub records: u64,
    /// Records after the first one following a checkpoint are less than
    /// this many milliseconds younger than the checkpoint's `time`.
    pub interval_ms: u64,
}

/// One checkpoint line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// Records covered (seq 0 .. tree_size-1).
    pub tree_size: u64,
    /// Merkle root over their hashes (hex).
    pub root: String,
    /// Hash of record tree_size-1 (hex; zeros for an empty log).
    pub head_hash: String,
    /// When it was made, Unix milliseconds.
    pub time: u64,
    /// The frontier (height, hex hash), so a writer can resume without
    /// rereading the log. Covered by the signature.
    pub peaks: Vec<(u32, String)>,
    /// The log's id: 32 hex digits drawn at random with the header and
    /// repeated in every checkpoint. Covered by the signature.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub log: String,
    /// Signing key id; empty when the log is not signed.
    pub kid: String,
    /// The cadence the writer promises; present in the log header (the
    /// checkpoint at tree size 0) only. Covered by the signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
    /// base64url Ed25519 signature over the canonical bytes of the other fields; empty when unsigned.
    pub sig: String,
}

#[derive(Serialize)]
struct Signed<'a> {
    tree_size: u64,
    root: &'a str,
    head_hash: &'a str,
    time: u64,
    peaks: &'a [(u32, String)],
    #[serde(skip_serializing_if = "str::is_empty")]
    log: &'a str,
    kid: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cadence: Option<Cadence>,
}

impl Checkpoint {
    fn signed_bytes(&self) -> Result<Vec<u8>, Error> {
        aigos_core::canonical_json(&Signed {
            tree_size: self.tree_size,
            root: &self.root,
            head_hash: &self.head_hash,
            time: self.time,
            peaks: &self.peaks,
            log: &self.log,
            kid: &self.kid,
            cadence: self.cadence,
        })
        .map_err(|e| Error::Format(e.to_string()))
    }

    /// Makes a checkpoint of log `log` at `frontier` with head `head` (the
    /// root hashed by `provider`), signed when a key is given.
    ///
    /// # Errors
    /// [`Error::Crypto`] when the key is not Ed25519 or signing fails.
    pub fn make(
        provider: Provider,
        log: &str,
        frontier: &Frontier,
        head: &Hash,
        time: u64,
        key: Option<&dyn Signer>,
    ) -> Result<Self, Error> {
        Self::make_with(provider, log, (frontier, head), time, None, key)
    }

    /// The header of a new log `log`: a checkpoint of the empty tree
    /// stating the writer's cadence, signed when a key is given.
    ///
    /// # Errors
    /// As [`Checkpoint::make`].
    pub fn header(provider: Provider, log: &str, time: u64, cadence: Cadence, key: Option<&dyn Signer>) -> Result<Self, Error> {
        Self::make_with(provider, log, (&Frontier::new(), &[0u8; 32]), time, Some(cadence), key)
    }

    /// A fresh log id: 16 random bytes, hex.
    ///
    /// # Errors
    /// [`Error::Crypto`] when the random source fails.
    pub fn new_log_id(provider: Provider) -> Result<String, Error> {
        let mut id = [0u8; 16];
        provider.fill_random(&mut id).map_err(|e| Error::Crypto(e.to_string()))?;
        Ok(hex::encode(id))
    }

    fn make_with(
        provider: Provider,
        log: &str,
        (frontier, head): (&Frontier, &Hash),
        time: u64,
        cadence: Option<Cadence>,
        key: Option<&dyn Signer>,
    ) -> Result<Self, Error> {
        let mut cp = Checkpoint {
            tree_size: frontier.size(),
            root: hex32(&frontier.root(provider)),
            head_hash: hex32(head),
            time,
            peaks: frontier.peaks().iter().map(|(h, p)| (*h, hex32(p))).collect(),
            log: log.to_owned(),
            kid: key.map(|k| k.kid().to_string()).unwrap_or_default(),
            cadence,
            sig: String::new(),
        };
        if let Some(k) = key {
            if k.algorithm() != Algorithm::EdDsa {
                return Err(Error::Crypto("checkpoints are signed with Ed25519".into()));
            }
            let sig = k.sign(&cp.signed_bytes()?).map_err(|e| Error::Crypto(e.to_string()))?;
            cp.sig = base64url::encode(sig.as_bytes());
        }
        Ok(cp)
    }

    /// Verifies the signature with the key `resolve` returns for the kid.
    ///
    /// # Errors
    /// A reason: unsigned, unknown kid, non-Ed25519 key, bad signature.
    pub fn verify_signature(&self, provider: Provider, resolve: CheckpointKeys<'_>) -> Result<(), String> {
        if self.sig.is_empty() || self.kid.is_empty() {
            return Err("checkpoint is not signed".into());
        }
        let public = resolve(&self.kid).ok_or_else(|| format!("checkpoint key {:?} is not trusted", self.kid))?;
        if public.algorithm() != Algorithm::EdDsa {
            return Err("checkpoint key is not Ed25519".into());
        }
        let sig = base64url::decode(&self.sig).map_err(|_| "checkpoint signature is not base64url".to_string())?;
        let bytes = self.signed_bytes().map_err(|e| e.to_string())?;
        VerifyingKey::new(provider, public)
            .and_then(|k| k.verify(&bytes, &sig))
            .map_err(|_| "checkpoint signature does not verify (forged checkpoint)".to_string())
    }

    /// The frontier it carries, when its peaks hash (with `provider`) to
    /// its root.
    pub fn frontier(&self, provider: Provider) -> Option<Frontier> {
        let peaks = self.peaks.iter().map(|(h, p)| parse_hex32(p).map(|p| (*h, p))).collect::<Option<Vec<_>>>()?;
        let f = Frontier::from_peaks(self.tree_size, peaks)?;
        (hex32(&f.root(provider)) == self.root).then_some(f)
    }

    /// Root as bytes.
    pub fn root_hash(&self) -> Option<Hash> {
        parse_hex32(&self.root)
    }

    /// Head hash as bytes.
    pub fn head(&self) -> Option<Hash> {
        parse_hex32(&self.head_hash)
    }
}
