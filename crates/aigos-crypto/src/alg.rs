//! Signature and AEAD algorithm identifiers.

use std::fmt;

use crate::Error;

/// A signature algorithm aigos signs and verifies with.
///
/// Only the two algorithms of the design brief: ES256 (ECDSA P-256 with
/// SHA-256, 64-byte `r || s` signatures) and EdDSA (Ed25519, RFC 8032,
/// verified strictly).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Algorithm {
    /// ECDSA over P-256 with SHA-256, JOSE name `ES256`.
    Es256,
    /// Ed25519, JOSE name `EdDSA`.
    EdDsa,
}

impl Algorithm {
    /// The JOSE `alg` value (RFC 7518 / RFC 8037): `ES256` or `EdDSA`.
    pub fn jose_name(self) -> &'static str {
        match self {
            Algorithm::Es256 => "ES256",
            Algorithm::EdDsa => "EdDSA",
        }
    }

    /// Parses a JOSE `alg` value, case-sensitively: `es256`, `EDDSA`, `none`,
    /// `HS256` and everything else are rejected.
    ///
    /// # Errors
    /// [`Error::Algorithm`] for any other value.
    pub fn from_jose(name: &str) -> Result<Self, Error> {
        match name {
            "ES256" => Ok(Algorithm::Es256),
            "EdDSA" => Ok(Algorithm::EdDsa),
            other => Err(Error::Algorithm(format!("{other:?} is not ES256 or EdDSA"))),
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.jose_name())
    }
}

/// An AEAD construction; both use a 32-byte key and a 16-byte tag appended to
/// the ciphertext.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AeadAlgorithm {
    /// ChaCha20-Poly1305 (RFC 8439), 12-byte nonce. Never use random nonces
    /// with it for many messages under one key; prefer XChaCha20-Poly1305.
    ChaCha20Poly1305,
    /// XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha), 24-byte nonce: random
    /// nonces are safe (collision probability negligible at 2^80 messages).
    XChaCha20Poly1305,
}

impl AeadAlgorithm {
    /// The nonce length in bytes.
    pub fn nonce_len(self) -> usize {
        match self {
            AeadAlgorithm::ChaCha20Poly1305 => 12,
            AeadAlgorithm::XChaCha20Poly1305 => 24,
        }
    }
}

/// Length of the Poly1305 tag appended by [`AeadAlgorithm`] ciphers.
pub const AEAD_TAG_LEN: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jose_names_are_exact() {
        for a in [Algorithm::Es256, Algorithm::EdDsa] {
            assert_eq!(Algorithm::from_jose(a.jose_name()).unwrap(), a);
        }
        for bad in ["none", "None", "NONE", "es256", "eddsa", "EDDSA", "HS256", "RS256", "PS256", "ES384", "Ed25519", ""] {
            assert!(Algorithm::from_jose(bad).is_err(), "{bad}");
        }
    }
}
