#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod alg;
#[cfg(feature = "aws-lc-rs")]
mod awslc;
mod error;
mod jwk;
mod keys;
pub mod otp;
mod provider;
mod rs256;
mod rustcrypto;
mod signer;

pub use alg::{AEAD_TAG_LEN, AeadAlgorithm, Algorithm};
pub use error::Error;
pub use jwk::{CREATED_AT, Jwk, Jwks, RETIRED_AT};
pub use keys::{PublicKey, Signature, SigningKey, VerifyingKey};
pub use provider::{CryptoProvider, Provider, Sign, Verify, available_providers, default_provider};
pub use rs256::{RS256_MIN_BITS, Rs256VerifyingKey};
pub use signer::{KeySchedule, KeyStorage, RetiredKey, ScheduledKey, Signer};

/// The aws-lc-rs provider (cargo feature `aws-lc-rs`). aws-lc-rs offers no
/// XChaCha20-Poly1305, so that one AEAD (the audit log's field sealing) is
/// computed by the RustCrypto implementation; everything else is aws-lc's.
#[cfg(feature = "aws-lc-rs")]
pub fn aws_lc_rs_provider() -> Provider {
    &awslc::AwsLcRs
}

/// A provider by name (`rustcrypto`, or `aws-lc-rs` when compiled in), for
/// configuration files and command lines.
///
/// # Errors
/// [`Error::Algorithm`] for an unknown or not compiled-in provider.
pub fn provider_by_name(name: &str) -> Result<Provider, Error> {
    available_providers()
        .into_iter()
        .find(|p| p.name() == name)
        .ok_or_else(|| Error::Algorithm(format!("crypto provider {name:?} is not available in this build")))
}

/// Base64url without padding (RFC 4648 section 5), the JOSE encoding.
/// Decoding is strict: padding, white space, characters outside the URL-safe
/// alphabet and non-canonical trailing bits are rejected.
///
/// This codec handles public data (tokens, public keys) and is not constant
/// time; private keys are encoded through PEM, which is.
pub mod base64url {
    use base64::Engine as _;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    use crate::Error;

    /// Encodes bytes.
    pub fn encode(bytes: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// Encodes bytes at the end of `out` (no buffer of its own).
    pub fn encode_into(bytes: &[u8], out: &mut String) {
        URL_SAFE_NO_PAD.encode_string(bytes, out);
    }

    /// Decodes a string.
    ///
    /// # Errors
    /// [`Error::Length`] when the input is not canonical base64url.
    pub fn decode(text: &str) -> Result<Vec<u8>, Error> {
        URL_SAFE_NO_PAD.decode(text).map_err(|_| Error::Length("invalid base64url"))
    }
}

#[cfg(test)]
mod tests {
    use super::base64url;

    #[test]
    fn base64url_is_strict() {
        assert_eq!(base64url::decode("QQ").unwrap(), b"A");
        let mut out = String::from("x.");
        base64url::encode_into(b"A", &mut out);
        assert_eq!(out, "x.QQ");
        for bad in ["QR", "QQ==", "QQ=", "Q Q", "QQ\n", "Q+", "Q/", "Q"] {
            assert!(base64url::decode(bad).is_err(), "{bad}");
        }
        assert_eq!(base64url::encode(&[0xfb, 0xff]), "-_8");
    }
}
