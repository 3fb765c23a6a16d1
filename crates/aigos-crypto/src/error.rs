//! The one error type of this crate.

/// Errors from key handling, signatures, MACs, encryption and encodings.
///
/// Verification failures are deliberately coarse ([`Error::BadSignature`],
/// [`Error::BadMac`], [`Error::Decrypt`]): they say *that* a check failed,
/// never which byte, so they cannot be used as an oracle.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A public or private key is malformed, off-curve, the identity, of small
    /// order, or of the wrong length.
    #[error("invalid key: {0}")]
    InvalidKey(&'static str),
    /// The algorithm is not supported here, or does not match the key.
    #[error("unsupported or mismatched algorithm: {0}")]
    Algorithm(String),
    /// A signature did not verify (including malformed encodings such as DER
    /// or out-of-range scalars).
    #[error("signature verification failed")]
    BadSignature,
    /// A MAC did not verify.
    #[error("MAC verification failed")]
    BadMac,
    /// Authenticated decryption failed.
    #[error("authenticated decryption failed")]
    Decrypt,
    /// An input has the wrong length (nonce, key, tag, output).
    #[error("invalid length: {0}")]
    Length(&'static str),
    /// PEM or PKCS#8 / SPKI encoding or decoding failed.
    #[error("PEM/PKCS#8: {0}")]
    Pem(String),
    /// A JWK or JWKS is malformed or holds unsupported or private members.
    #[error("JWK: {0}")]
    Jwk(String),
    /// The operating system's random source failed.
    #[error("random source failed")]
    Random,
    /// A provider-internal failure (fails closed).
    #[error("crypto provider {provider}: {reason}")]
    Provider {
        /// Which provider.
        provider: &'static str,
        /// What went wrong.
        reason: &'static str,
    },
}
