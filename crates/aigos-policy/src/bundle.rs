//! Signed policy bundles: a document, its version and content hash, signed
//! with Ed25519 over RFC 8785 canonical bytes, with rollback protection.

use std::collections::HashMap;

use aigos_crypto::{Algorithm, Jwks, Provider, Signer, VerifyingKey, base64url};
use serde::{Deserialize, Serialize};

use crate::{Error, PolicyDocument};

/// A signed policy bundle (JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyBundle {
    /// The policy.
    pub document: PolicyDocument,
    /// Monotonic version; a loader refuses anything older than what is in force.
    pub version: u64,
    /// When it was signed (Unix seconds).
    pub issued_at: i64,
    /// `sha256:` + hex SHA-256 of the RFC 8785 bytes of `document`.
    pub content_hash: String,
    /// Shadow mode: decisions are computed and recorded as WOULD_DENY but not
    /// enforced. Honoured only from a verified bundle, never set at run time.
    #[serde(default)]
    pub dry_run: bool,
    /// The signing key's id.
    pub kid: String,
    /// base64url Ed25519 signature over the canonical bytes of every other
    /// field; absent in an unsigned bundle, which is always refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

#[derive(Serialize)]
struct Signed<'a> {
    document: &'a PolicyDocument,
    version: u64,
    issued_at: i64,
    content_hash: &'a str,
    dry_run: bool,
    kid: &'a str,
}

fn content_hash(provider: Provider, doc: &PolicyDocument) -> Result<String, Error> {
    let bytes = aigos_core::canonical_json(doc).map_err(|e| Error::Bundle(e.to_string()))?;
    Ok(format!("sha256:{}", provider.sha256(&bytes).iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

impl PolicyBundle {
    fn signed_bytes(&self) -> Result<Vec<u8>, Error> {
        // RFC 8785 writes numbers as IEEE doubles: beyond 2^53 - 1 neighbouring
        // versions would share one signature (and so dodge rollback checks).
        if self.version > aigos_core::MAX_SAFE_INTEGER || self.issued_at.unsigned_abs() > aigos_core::MAX_SAFE_INTEGER {
            return Err(Error::Bundle("version and issued_at must be within 2^53 - 1".into()));
        }
        let s = Signed {
            document: &self.document,
            version: self.version,
            issued_at: self.issued_at,
            content_hash: &self.content_hash,
            dry_run: self.dry_run,
            kid: &self.kid,
        };
        aigos_core::canonical_json(&s).map_err(|e| Error::Bundle(e.to_string()))
    }

    /// Signs a document as bundle `version`.
    ///
    /// # Errors
    /// [`Error::Bundle`] when the key is not Ed25519 or signing fails.
    pub fn sign(document: PolicyDocument, version: u64, issued_at: i64, dry_run: bool, key: &dyn Signer) -> Result<Self, Error> {
        if key.algorithm() != Algorithm::EdDsa {
            return Err(Error::Bundle("bundles are signed with Ed25519".into()));
        }
        let content_hash = content_hash(key.provider(), &document)?;
        let mut bundle = PolicyBundle { document, version, issued_at, content_hash, dry_run, kid: key.kid().to_string(), signature: None };
        let sig = key.sign(&bundle.signed_bytes()?).map_err(|e| Error::Bundle(e.to_string()))?;
        bundle.signature = Some(base64url::encode(sig.as_bytes()));
        Ok(bundle)
    }

    /// Parses a bundle from JSON (the document inside is validated too).
    ///
    /// # Errors
    /// [`Error::Bundle`] for malformed JSON or an invalid document.
    pub fn from_json(text: &str) -> Result<Self, Error> {
        // Duplicate member names are refused (a second reader must not see
        // another document than the one verified); size and depth are
        // checked before parsing.
        let limits = aigos_core::JsonLimits { max_bytes: 16 << 20, max_depth: 64, ijson_numbers: false };
        let value = aigos_core::parse_json(text.as_bytes(), &limits).map_err(|e| Error::Bundle(format!("malformed bundle: {e}")))?;
        let bundle: PolicyBundle = serde_json::from_value(value).map_err(|e| Error::Bundle(format!("malformed bundle: {e}")))?;
        bundle.document.validate(None)?;
        Ok(bundle)
    }
}

/// The result of loading a bundle.
#[derive(Debug, Clone)]
pub struct VerifiedBundle {
    /// The policy.
    pub document: PolicyDocument,
    /// Its version.
    pub version: u64,
    /// Shadow mode, as signed.
    pub dry_run: bool,
    /// The content hash.
    pub content_hash: String,
}

/// Verifies bundles against trusted Ed25519 keys and keeps the version in
/// force, refusing rollbacks.
#[derive(Debug)]
pub struct BundleLoader {
    provider: Provider,
    trusted: HashMap<String, VerifyingKey>,
    /// Retired keys: the time from which their bundles are refused.
    retired: HashMap<String, i64>,
    in_force: Option<(u64, String)>,
}

impl BundleLoader {
    /// A loader trusting the Ed25519 keys of `jwks` (other keys are
    /// ignored). A key marked retired ([`aigos_crypto::Jwk::retired_at`])
    /// still verifies the bundles it signed before, by their `issued_at`.
    ///
    /// # Errors
    /// [`Error::Bundle`] when a key is invalid.
    pub fn new(provider: Provider, jwks: &Jwks) -> Result<Self, Error> {
        let mut trusted = HashMap::new();
        for jwk in &jwks.keys {
            let public = jwk.to_public_key().map_err(|e| Error::Bundle(e.to_string()))?;
            if let (Some(kid), Algorithm::EdDsa) = (&jwk.kid, public.algorithm()) {
                trusted.insert(kid.clone(), VerifyingKey::new(provider, public).map_err(|e| Error::Bundle(e.to_string()))?);
            }
        }
        Ok(BundleLoader { provider, trusted, retired: jwks.retirements(), in_force: None })
    }

    /// Starts from a version already in force (e.g. persisted across restarts).
    #[must_use]
    pub fn with_version_in_force(mut self, version: u64, content_hash: String) -> Self {
        self.in_force = Some((version, content_hash));
        self
    }

    /// Verifies a bundle without installing it.
    ///
    /// # Errors
    /// [`Error::Bundle`] for an unsigned bundle, an unknown or non-Ed25519
    /// kid, a bad signature, a content hash that does not match the document,
    /// or a version older than the one in force (or equal with other content).
    pub fn verify(&self, bundle: &PolicyBundle) -> Result<VerifiedBundle, Error> {
        let sig = bundle.signature.as_deref().ok_or_else(|| Error::Bundle("unsigned bundle".into()))?;
        let key =
            self.trusted.get(&bundle.kid).ok_or_else(|| Error::Bundle(format!("kid {:?} is not a trusted policy key", bundle.kid)))?;
        let sig = base64url::decode(sig).map_err(|_| Error::Bundle("signature is not base64url".into()))?;
        key.verify(&bundle.signed_bytes()?, &sig).map_err(|_| Error::Bundle("bad signature".into()))?;
        if let Some(retired) = self.retired.get(&bundle.kid)
            && bundle.issued_at >= *retired
        {
            return Err(Error::Bundle(format!(
                "kid {:?} was retired at {retired}: it no longer signs bundles (issued_at {})",
                bundle.kid, bundle.issued_at
            )));
        }
        if content_hash(self.provider, &bundle.document)? != bundle.content_hash {
            return Err(Error::Bundle("content hash does not match the document".into()));
        }
        if let Some((version, hash)) = &self.in_force {
            if bundle.version < *version {
                return Err(Error::Bundle(format!("rollback: version {} is older than {version} in force", bundle.version)));
            }
            if bundle.version == *version && bundle.content_hash != *hash {
                return Err(Error::Bundle(format!("version {version} is in force with other content")));
            }
        }
        Ok(VerifiedBundle {
            document: bundle.document.clone(),
            version: bundle.version,
            dry_run: bundle.dry_run,
            content_hash: bundle.content_hash.clone(),
        })
    }

    /// Verifies and installs a bundle: its version is then the one in force.
    ///
    /// # Errors
    /// As [`BundleLoader::verify`].
    pub fn load(&mut self, bundle: &PolicyBundle) -> Result<VerifiedBundle, Error> {
        let verified = self.verify(bundle)?;
        self.in_force = Some((verified.version, verified.content_hash.clone()));
        Ok(verified)
    }

    /// The version in force, if any.
    pub fn version_in_force(&self) -> Option<u64> {
        self.in_force.as_ref().map(|(v, _)| *v)
    }
}
