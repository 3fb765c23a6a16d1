//! RS256 verification (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518 section 3.3)
//! for interoperation with RSA deployments.
//!
//! Nothing in aigos accepts RS256 unless a caller opts in explicitly (see the
//! identity layer's `dangerous_allow_rs256`). Only verification exists: aigos
//! never signs with RSA. Keys below 2048 bits are refused.

use std::fmt;

use rsa::signature::Verifier as _;

use crate::{Error, Jwk, base64url};

/// Smallest accepted modulus, in bits.
pub const RS256_MIN_BITS: usize = 2048;

/// An RSA public key prepared for RS256 verification.
#[derive(Clone)]
pub struct Rs256VerifyingKey {
    key: rsa::pkcs1v15::VerifyingKey<rsa::sha2::Sha256>,
    bits: usize,
}

impl Rs256VerifyingKey {
    /// Builds a key from its big-endian modulus and exponent.
    ///
    /// # Errors
    /// [`Error::InvalidKey`] for a modulus below 2048 bits (or above 8192), an
    /// even modulus, or an invalid exponent.
    pub fn from_components(n: &[u8], e: &[u8]) -> Result<Self, Error> {
        let n = rsa::BoxedUint::from_be_slice_vartime(n);
        let e = rsa::BoxedUint::from_be_slice_vartime(e);
        let bits = n.bits_vartime() as usize;
        let key = rsa::RsaPublicKey::new_with_size_limits(n, e, RS256_MIN_BITS..=8192)
            .map_err(|_| Error::InvalidKey("RSA key below 2048 bits or malformed"))?;
        Ok(Rs256VerifyingKey { key: rsa::pkcs1v15::VerifyingKey::new(key), bits })
    }

    /// Builds a key from an RSA JWK (`kty: RSA`, `n`, `e`; `alg` RS256 if present).
    ///
    /// # Errors
    /// [`Error::Jwk`] for a malformed JWK or private members; as
    /// [`Rs256VerifyingKey::from_components`] otherwise.
    pub fn from_jwk(jwk: &Jwk) -> Result<Self, Error> {
        if jwk.kty != "RSA" {
            return Err(Error::Jwk(format!("kty {} is not RSA", jwk.kty)));
        }
        if ["d", "p", "q", "dp", "dq", "qi", "oth"].iter().any(|m| jwk.other.contains_key(*m)) {
            return Err(Error::Jwk("private member in a public key".into()));
        }
        if jwk.alg.as_deref().is_some_and(|a| a != "RS256") {
            return Err(Error::Jwk("alg is not RS256".into()));
        }
        let get = |name: &str, v: &Option<String>| {
            v.as_deref()
                .ok_or_else(|| Error::Jwk(format!("missing member {name}")))
                .and_then(|s| base64url::decode(s).map_err(|_| Error::Jwk(format!("{name} is not base64url"))))
        };
        Self::from_components(&get("n", &jwk.n)?, &get("e", &jwk.e)?)
    }

    /// Verifies an RS256 signature over `message`.
    ///
    /// # Errors
    /// [`Error::BadSignature`] for any failure.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), Error> {
        let sig = rsa::pkcs1v15::Signature::try_from(signature).map_err(|_| Error::BadSignature)?;
        self.key.verify(message, &sig).map_err(|_| Error::BadSignature)
    }

    /// The modulus size in bits.
    pub fn bits(&self) -> usize {
        self.bits
    }
}

impl fmt::Debug for Rs256VerifyingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rs256VerifyingKey").field("bits", &self.bits).finish()
    }
}
