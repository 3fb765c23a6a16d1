//! The signing interface: what a key that signs offers, wherever its secret
//! lives.

use std::fmt;

use aigos_core::Kid;

use crate::{Algorithm, Error, Jwk, Provider, PublicKey, Signature, SigningKey};

/// Where a signer's secret lives: what a security audit reports about a
/// key, never something a verifier relies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeyStorage {
    /// In this process's memory (a PEM file read at start).
    Memory,
    /// In a hardware security module or token, reached over PKCS#11: the
    /// secret never leaves it.
    Pkcs11,
    /// Behind a remote signing service (a cloud KMS).
    Remote,
    /// Nowhere: a retired key whose private half was removed; it only
    /// verifies what it signed before ([`RetiredKey`]).
    Removed,
}

impl KeyStorage {
    /// `memory`, `pkcs11` or `remote`.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyStorage::Memory => "memory",
            KeyStorage::Pkcs11 => "pkcs11",
            KeyStorage::Remote => "remote",
            KeyStorage::Removed => "removed",
        }
    }
}

/// A key that signs. The secret never leaves the implementation: callers get
/// signatures, the public key and the kid, nothing else.
///
/// Implementations: [`SigningKey`] (the secret in memory), the PKCS#11
/// signer of `aigos-pkcs11` (the secret in an HSM). A cloud KMS plugs in the
/// same way: `sign` calls the service's sign operation (Ed25519, or ECDSA
/// P-256 over SHA-256 returning `r || s`), and `public_key` is fetched once
/// when the signer is built.
///
/// ```
/// use aigos_crypto::{Algorithm, Signer, SigningKey, default_provider};
///
/// let key = SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap();
/// let signer: &dyn Signer = &key;
/// let signature = signer.sign(b"message").unwrap();
/// key.verifying_key().unwrap().verify(b"message", signature.as_bytes()).unwrap();
/// assert_eq!(signer.storage().as_str(), "memory");
/// ```
pub trait Signer: Send + Sync + fmt::Debug {
    /// Signs `message`: Ed25519 (64 bytes), or ECDSA P-256 with SHA-256 as
    /// the fixed-size `r || s` of JOSE (64 bytes).
    ///
    /// # Errors
    /// [`Error::Provider`] when the backend fails.
    fn sign(&self, message: &[u8]) -> Result<Signature, Error>;

    /// The key id under which signatures are published.
    fn kid(&self) -> &Kid;

    /// The public half.
    fn public_key(&self) -> &PublicKey;

    /// Where the secret lives.
    fn storage(&self) -> KeyStorage;

    /// The provider that hashes and draws randomness for what this signer
    /// signs (ids, content hashes), and verifies its signatures.
    fn provider(&self) -> Provider;

    /// The algorithm.
    fn algorithm(&self) -> Algorithm {
        self.public_key().algorithm()
    }

    /// The public JWK, with this signer's `kid` and `alg`.
    fn public_jwk(&self) -> Jwk {
        let mut jwk = self.public_key().to_jwk();
        jwk.kid = Some(self.kid().to_string());
        jwk
    }
}

impl Signer for SigningKey {
    fn sign(&self, message: &[u8]) -> Result<Signature, Error> {
        SigningKey::sign(self, message)
    }

    fn kid(&self) -> &Kid {
        SigningKey::kid(self)
    }

    fn public_key(&self) -> &PublicKey {
        SigningKey::public_key(self)
    }

    fn storage(&self) -> KeyStorage {
        KeyStorage::Memory
    }

    fn provider(&self) -> Provider {
        SigningKey::provider(self)
    }
}

/// A shared signer signs as the one it shares.
impl<T: Signer + ?Sized> Signer for std::sync::Arc<T> {
    fn sign(&self, message: &[u8]) -> Result<Signature, Error> {
        (**self).sign(message)
    }

    fn kid(&self) -> &Kid {
        (**self).kid()
    }

    fn public_key(&self) -> &PublicKey {
        (**self).public_key()
    }

    fn storage(&self) -> KeyStorage {
        (**self).storage()
    }

    fn provider(&self) -> Provider {
        (**self).provider()
    }
}

/// A retired key kept for verification after its private half was removed:
/// its public key and kid; [`Signer::sign`] always fails.
#[derive(Debug, Clone)]
pub struct RetiredKey {
    kid: Kid,
    public: PublicKey,
    provider: Provider,
}

impl RetiredKey {
    /// The retired key `kid` with public key `public`.
    pub fn new(kid: Kid, public: PublicKey, provider: Provider) -> Self {
        RetiredKey { kid, public, provider }
    }
}

impl Signer for RetiredKey {
    fn sign(&self, _message: &[u8]) -> Result<Signature, Error> {
        Err(Error::Algorithm(format!("key {} is retired and its private half removed: it signs nothing", self.kid)))
    }

    fn kid(&self) -> &Kid {
        &self.kid
    }

    fn public_key(&self) -> &PublicKey {
        &self.public
    }

    fn storage(&self) -> KeyStorage {
        KeyStorage::Removed
    }

    fn provider(&self) -> Provider {
        self.provider
    }
}

/// One key of a [`KeySchedule`]: it signs from `signs_from` until the next
/// key's `signs_from` (its `retired_at`), both Unix seconds.
#[derive(Debug, Clone)]
pub struct ScheduledKey {
    /// The key.
    pub signer: std::sync::Arc<dyn Signer>,
    /// When it starts signing.
    pub signs_from: i64,
    /// When it stopped signing (the next key's `signs_from`); `None` while
    /// it is the last key. A signature it made after this is refused by
    /// verifiers that know the schedule.
    pub retired_at: Option<i64>,
}

impl ScheduledKey {
    /// The public JWK, marked retired when the key is.
    pub fn public_jwk(&self) -> crate::Jwk {
        let jwk = self.signer.public_jwk();
        match self.retired_at {
            Some(at) => jwk.retired(at),
            None => jwk,
        }
    }
}

/// The keys of one role over time (key rotation): which key signs now, and
/// which keys verifiers must know. Keys are ordered by `signs_from`; each
/// key's `retired_at` is the next one's `signs_from`.
///
/// ```
/// use std::sync::Arc;
/// use aigos_crypto::{Algorithm, KeySchedule, Signer, SigningKey, default_provider};
///
/// let old = Arc::new(SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap());
/// let new = Arc::new(SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap());
/// let schedule = KeySchedule::new(vec![(old.clone() as Arc<dyn Signer>, 0), (new.clone(), 1_000)]).unwrap();
/// assert_eq!(schedule.current(999).kid(), old.kid());
/// assert_eq!(schedule.current(1_000).kid(), new.kid());
/// assert_eq!(schedule.keys()[0].retired_at, Some(1_000));
/// ```
#[derive(Debug, Clone)]
pub struct KeySchedule {
    keys: Vec<ScheduledKey>,
}

impl KeySchedule {
    /// One key, signing from the start of time.
    pub fn single(signer: std::sync::Arc<dyn Signer>) -> Self {
        KeySchedule { keys: vec![ScheduledKey { signer, signs_from: i64::MIN, retired_at: None }] }
    }

    /// Keys with the time each starts signing.
    ///
    /// # Errors
    /// [`Error::Algorithm`] when the list is empty, two keys share a kid,
    /// a start time or their key, or the keys' algorithms differ.
    pub fn new(mut keys: Vec<(std::sync::Arc<dyn Signer>, i64)>) -> Result<Self, Error> {
        keys.sort_by_key(|(_, from)| *from);
        let first = keys.first().ok_or_else(|| Error::Algorithm("a key schedule needs a key".into()))?;
        let alg = first.0.algorithm();
        let mut out: Vec<ScheduledKey> = Vec::with_capacity(keys.len());
        for (signer, signs_from) in keys {
            if signer.algorithm() != alg {
                return Err(Error::Algorithm("the keys of one role share an algorithm".into()));
            }
            if out.iter().any(|k| k.signer.kid() == signer.kid() || k.signs_from == signs_from) {
                return Err(Error::Algorithm(format!("kid {} or its start time appears twice in the schedule", signer.kid())));
            }
            if out.iter().any(|k| k.signer.public_key() == signer.public_key()) {
                return Err(Error::Algorithm(format!("the key of kid {} appears twice in the schedule under two kids", signer.kid())));
            }
            if let Some(prev) = out.last_mut() {
                prev.retired_at = Some(signs_from);
            }
            out.push(ScheduledKey { signer, signs_from, retired_at: None });
        }
        Ok(KeySchedule { keys: out })
    }

    /// The key that signs at `now` (Unix seconds): the last one started;
    /// before any has, the first.
    pub fn current(&self, now: i64) -> &std::sync::Arc<dyn Signer> {
        &self.scheduled_at(now).signer
    }

    /// The scheduled key that signs at `now`.
    pub fn scheduled_at(&self, now: i64) -> &ScheduledKey {
        let index = self.keys.iter().rposition(|k| k.signs_from <= now).unwrap_or(0);
        // `new` and `single` never leave the list empty.
        &self.keys[index.min(self.keys.len() - 1)]
    }

    /// Every key, oldest first.
    pub fn keys(&self) -> &[ScheduledKey] {
        &self.keys
    }

    /// Every key's public JWK, a retired key's marked with its
    /// [`Jwk::retired_at`](crate::Jwk::retired_at).
    pub fn jwks(&self) -> crate::Jwks {
        let keys = self.keys.iter().map(ScheduledKey::public_jwk).collect();
        crate::Jwks { keys }
    }

    /// The scheduled key with `kid`.
    pub fn find(&self, kid: &str) -> Option<&ScheduledKey> {
        self.keys.iter().find(|k| k.signer.kid().as_str() == kid)
    }
}
