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
}

impl KeyStorage {
    /// `memory`, `pkcs11` or `remote`.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyStorage::Memory => "memory",
            KeyStorage::Pkcs11 => "pkcs11",
            KeyStorage::Remote => "remote",
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
