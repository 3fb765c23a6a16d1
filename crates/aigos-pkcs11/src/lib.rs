//! Signing keys of aigos inside an HSM or token, over PKCS#11.
//!
//! [`Pkcs11Signer`] implements [`aigos_crypto::Signer`] for an Ed25519 or
//! ECDSA P-256 key pair held by a PKCS#11 token (a network HSM, a smart
//! card, SoftHSM2): the Guard's permit key, the authority key (golden
//! threads, policy bundles, kill commands) and the audit checkpoint key can
//! live there, and the secret never enters this process. A key is named by
//! an RFC 7512 URI ([`Pkcs11Uri`]); [`Pkcs11Signer::generate`] creates one
//! inside the token (`aigos keygen --pkcs11 URI`).
//!
//! ```no_run
//! use aigos_crypto::{Algorithm, Signer};
//! use aigos_pkcs11::{Pkcs11Config, Pkcs11Signer, Pkcs11Uri, read_pin};
//!
//! let uri: Pkcs11Uri = "pkcs11:token=aigos;object=permit".parse().unwrap();
//! let pin = read_pin("/run/secrets/hsm-pin".as_ref()).unwrap();
//! let config = Pkcs11Config::new("/usr/lib/softhsm/libsofthsm2.so", pin);
//! let signer = Pkcs11Signer::generate(&uri, &config, Algorithm::EdDsa).unwrap();
//! let signature = signer.sign(b"message").unwrap();
//! signer.public_key().algorithm();
//! # let _ = signature;
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod signer;
#[cfg(feature = "test-support")]
pub mod testing;
mod uri;

pub use signer::{Pkcs11Config, Pkcs11Signer, read_pin};
pub use uri::Pkcs11Uri;

/// What can go wrong with a key in a token.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The URI is malformed.
    #[error("PKCS#11 URI: {0}")]
    Uri(String),
    /// The module or PIN is not configured, or the PIN file unreadable.
    #[error("PKCS#11 configuration: {0}")]
    Config(String),
    /// The module did not load or initialize.
    #[error("PKCS#11 module: {0}")]
    Module(String),
    /// Login refused.
    #[error("PKCS#11 login: {0}")]
    Login(String),
    /// No token or key matches, or several do.
    #[error("PKCS#11: {0}")]
    NotFound(String),
    /// A key with that name already exists (generation refuses to add a second).
    #[error("PKCS#11: {0}")]
    Exists(String),
    /// The key is not one aigos signs with.
    #[error("PKCS#11 key: {0}")]
    Unsupported(String),
    /// The token failed an operation, or its key failed the self-test.
    #[error("PKCS#11 token: {0}")]
    Token(String),
}
