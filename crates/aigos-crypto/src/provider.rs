//! The provider interface: every primitive aigos uses, behind one trait.
//!
//! As in rustls 0.24, a provider is a *value* the caller passes in; enabling a
//! cargo feature only makes another provider available and never changes what
//! [`default_provider`] returns.

use std::fmt;

use subtle::ConstantTimeEq;

use crate::{AeadAlgorithm, Error, PublicKey, Signature};

/// A handle to a provider. Providers are `'static` values (usually a `static`
/// item), so the handle is a cheap `Copy` reference.
pub type Provider = &'static dyn CryptoProvider;

/// The pure-Rust RustCrypto provider. It is the default whatever features are
/// enabled anywhere in the dependency graph.
pub fn default_provider() -> Provider {
    &crate::rustcrypto::RustCrypto
}

/// Every provider compiled into this build: `rustcrypto` always, `aws-lc-rs`
/// with the feature of that name. Handy for tests that must hold for each.
pub fn available_providers() -> Vec<Provider> {
    #[cfg_attr(not(feature = "aws-lc-rs"), expect(unused_mut, reason = "pushed to with aws-lc-rs"))]
    let mut all: Vec<Provider> = vec![default_provider()];
    #[cfg(feature = "aws-lc-rs")]
    all.push(&crate::awslc::AwsLcRs);
    all
}

/// A signer prepared by a provider for one private key.
pub trait Sign: Send + Sync {
    /// Signs `message`. ES256 signatures are the fixed 64-byte `r || s` form.
    ///
    /// # Errors
    /// [`Error::Provider`] when the backend fails.
    fn sign(&self, message: &[u8]) -> Result<Signature, Error>;
}

/// A verifier prepared by a provider for one public key.
pub trait Verify: Send + Sync {
    /// Verifies `signature` over `message`. ES256 signatures must be the
    /// 64-byte `r || s` form with `r, s` in `[1, n-1]` (DER is rejected);
    /// Ed25519 signatures are verified strictly (canonical `S`, no small-order
    /// keys).
    ///
    /// # Errors
    /// [`Error::BadSignature`] for any failure.
    fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), Error>;
}

/// The primitives aigos needs. Implement it to plug in another backend (an
/// HSM, a FIPS module); all implementations must interoperate: keys and
/// signatures made by one are accepted by every other.
pub trait CryptoProvider: Send + Sync + fmt::Debug {
    /// A short name, e.g. `rustcrypto` or `aws-lc-rs`.
    fn name(&self) -> &'static str;

    /// Prepares a signer for a private key: the 32-byte Ed25519 seed or the
    /// 32-byte big-endian P-256 scalar, with its (already validated) public key.
    ///
    /// # Errors
    /// [`Error::InvalidKey`] when the secret is invalid or does not match `public`.
    fn signer(&self, secret: &[u8; 32], public: &PublicKey) -> Result<Box<dyn Sign>, Error>;

    /// Prepares a verifier for a public key.
    ///
    /// # Errors
    /// [`Error::InvalidKey`] when the backend rejects the key.
    fn verifier(&self, public: &PublicKey) -> Result<Box<dyn Verify>, Error>;

    /// SHA-256 of `data`.
    fn sha256(&self, data: &[u8]) -> [u8; 32];

    /// SHA-256 of the concatenation of `parts`, without concatenating them.
    fn sha256_parts(&self, parts: &[&[u8]]) -> [u8; 32] {
        self.sha256(&parts.concat())
    }

    /// HMAC-SHA256 of `data` under `key` (RFC 2104; any key length).
    fn hmac_sha256(&self, key: &[u8], data: &[u8]) -> [u8; 32];

    /// Verifies a full 32-byte HMAC-SHA256 tag in constant time. Truncated
    /// tags are rejected.
    ///
    /// # Errors
    /// [`Error::BadMac`] when the tag is wrong or not 32 bytes long.
    fn hmac_sha256_verify(&self, key: &[u8], data: &[u8], tag: &[u8]) -> Result<(), Error> {
        let expected = self.hmac_sha256(key, data);
        if tag.len() == expected.len() && bool::from(expected.ct_eq(tag)) { Ok(()) } else { Err(Error::BadMac) }
    }

    /// Encrypts and authenticates `plaintext` (and authenticates `aad`);
    /// returns ciphertext followed by the 16-byte tag.
    ///
    /// # Errors
    /// [`Error::Length`] when the nonce length does not match `alg`.
    fn aead_seal(&self, alg: AeadAlgorithm, key: &[u8; 32], nonce: &[u8], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, Error>;

    /// Checks and decrypts ciphertext-with-tag.
    ///
    /// # Errors
    /// [`Error::Decrypt`] when authentication fails; [`Error::Length`] for a
    /// bad nonce length.
    fn aead_open(&self, alg: AeadAlgorithm, key: &[u8; 32], nonce: &[u8], aad: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, Error>;

    /// PBKDF2-HMAC-SHA256 (RFC 8018) into `out`.
    ///
    /// # Errors
    /// [`Error::Length`] when `iterations` is 0 or `out` is empty.
    fn pbkdf2_hmac_sha256(&self, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) -> Result<(), Error>;

    /// Fills `out` from a cryptographically secure random source.
    ///
    /// # Errors
    /// [`Error::Random`] when the source fails (callers fail closed).
    fn fill_random(&self, out: &mut [u8]) -> Result<(), Error>;
}

/// Checks the nonce length for `alg` (shared by every provider).
pub(crate) fn check_nonce(alg: AeadAlgorithm, nonce: &[u8]) -> Result<(), Error> {
    if nonce.len() == alg.nonce_len() { Ok(()) } else { Err(Error::Length("AEAD nonce")) }
}

/// Checks PBKDF2 parameters (shared by every provider).
pub(crate) fn check_pbkdf2(iterations: u32, out: &[u8]) -> Result<(), Error> {
    if iterations == 0 {
        return Err(Error::Length("PBKDF2 iterations must be at least 1"));
    }
    if out.is_empty() {
        return Err(Error::Length("PBKDF2 output"));
    }
    Ok(())
}
