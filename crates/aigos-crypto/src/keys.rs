//! Keys and signatures, independent of the provider that uses them.

use std::fmt;
use std::sync::Arc;

use aigos_core::Kid;
use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use p256::pkcs8::LineEnding;
use zeroize::Zeroizing;

use crate::provider::{Sign, Verify};
use crate::{Algorithm, Error, Jwk, Provider};

/// A signature: 64 bytes for both ES256 (`r || s`) and Ed25519.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Signature([u8; 64]);

impl Signature {
    /// Wraps exactly 64 bytes.
    ///
    /// # Errors
    /// [`Error::Length`] for any other length (DER-encoded ECDSA included).
    pub fn from_slice(bytes: &[u8]) -> Result<Self, Error> {
        Ok(Signature(bytes.try_into().map_err(|_| Error::Length("signature must be 64 bytes"))?))
    }

    /// Wraps a 64-byte array.
    pub fn from_array(bytes: [u8; 64]) -> Self {
        Signature(bytes)
    }

    /// The signature bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Signature(")?;
        for b in &self.0[..8] {
            write!(f, "{b:02x}")?;
        }
        write!(f, "..)")
    }
}

/// A validated public key: Ed25519 (32 bytes, not of small order) or P-256
/// (an on-curve, non-identity point, kept in 65-byte uncompressed SEC1 form).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PublicKey {
    alg: Algorithm,
    bytes: Box<[u8]>,
}

impl PublicKey {
    /// Validates raw public key bytes: 32 bytes for Ed25519; SEC1 compressed
    /// or uncompressed for P-256.
    ///
    /// # Errors
    /// [`Error::InvalidKey`] for a wrong length, an off-curve point, the
    /// identity, or an Ed25519 key of small order.
    pub fn from_bytes(alg: Algorithm, bytes: &[u8]) -> Result<Self, Error> {
        let bytes: Box<[u8]> = match alg {
            Algorithm::Es256 => {
                p256::ecdsa::VerifyingKey::from_sec1_bytes(bytes).map_err(|_| Error::InvalidKey("not a valid P-256 point"))?.to_sec1_bytes()
            }
            Algorithm::EdDsa => {
                let arr: &[u8; 32] = bytes.try_into().map_err(|_| Error::InvalidKey("Ed25519 key must be 32 bytes"))?;
                let key = ed25519_dalek::VerifyingKey::from_bytes(arr).map_err(|_| Error::InvalidKey("not a valid Ed25519 point"))?;
                if key.is_weak() {
                    return Err(Error::InvalidKey("Ed25519 key of small order"));
                }
                Box::from(arr.as_slice())
            }
        };
        Ok(PublicKey { alg, bytes })
    }

    /// The algorithm this key verifies.
    pub fn algorithm(&self) -> Algorithm {
        self.alg
    }

    /// Raw bytes: 32 for Ed25519, 65 (uncompressed SEC1) for P-256.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The key as a JWK (RFC 7517/7518; OKP per RFC 8037), with `alg` set and
    /// no `kid`.
    pub fn to_jwk(&self) -> Jwk {
        Jwk::from_public_key(self)
    }

    /// The RFC 7638 JWK thumbprint (SHA-256, base64url), the default kid.
    pub fn thumbprint(&self) -> String {
        // Keys built here always carry every required member.
        self.to_jwk().thumbprint().unwrap_or_default()
    }

    /// Encodes as SPKI (RFC 5280) PEM.
    ///
    /// # Errors
    /// [`Error::Pem`] when encoding fails.
    pub fn to_spki_pem(&self) -> Result<String, Error> {
        let pem = match self.alg {
            Algorithm::Es256 => p256::PublicKey::from_sec1_bytes(&self.bytes)
                .map_err(|_| Error::InvalidKey("P-256 point"))?
                .to_public_key_pem(LineEnding::LF),
            Algorithm::EdDsa => {
                let arr: &[u8; 32] = self.bytes.as_ref().try_into().map_err(|_| Error::InvalidKey("Ed25519 length"))?;
                ed25519_dalek::VerifyingKey::from_bytes(arr)
                    .map_err(|_| Error::InvalidKey("Ed25519 point"))?
                    .to_public_key_pem(LineEnding::LF)
            }
        };
        pem.map_err(|e| Error::Pem(e.to_string()))
    }

    /// Decodes an SPKI PEM public key (Ed25519 or P-256).
    ///
    /// # Errors
    /// [`Error::Pem`] when the PEM is neither; [`Error::InvalidKey`] when the
    /// key inside is invalid.
    pub fn from_spki_pem(pem: &str) -> Result<Self, Error> {
        if let Ok(k) = ed25519_dalek::VerifyingKey::from_public_key_pem(pem) {
            return Self::from_bytes(Algorithm::EdDsa, k.as_bytes());
        }
        match p256::PublicKey::from_public_key_pem(pem) {
            Ok(k) => Self::from_bytes(Algorithm::Es256, &k.to_sec1_bytes()),
            Err(e) => Err(Error::Pem(format!("not an Ed25519 or P-256 SPKI public key: {e}"))),
        }
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicKey").field("alg", &self.alg).field("thumbprint", &self.thumbprint()).finish()
    }
}

/// A public key prepared for verification by one provider. Cheap to clone.
#[derive(Clone)]
pub struct VerifyingKey {
    public: Arc<PublicKey>,
    provider: Provider,
    verifier: Arc<dyn Verify>,
}

impl VerifyingKey {
    /// Prepares `public` for verification with `provider`.
    ///
    /// # Errors
    /// [`Error::InvalidKey`] when the provider rejects the key.
    pub fn new(provider: Provider, public: PublicKey) -> Result<Self, Error> {
        let verifier = Arc::from(provider.verifier(&public)?);
        Ok(VerifyingKey { public: Arc::new(public), provider, verifier })
    }

    /// Verifies `signature` over `message` (see [`crate::Verify::verify`] for
    /// the strictness rules).
    ///
    /// # Errors
    /// [`Error::BadSignature`] for any failure.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), Error> {
        self.verifier.verify(message, signature)
    }

    /// The public key.
    pub fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// The algorithm.
    pub fn algorithm(&self) -> Algorithm {
        self.public.alg
    }

    /// The provider that verifies.
    pub fn provider(&self) -> Provider {
        self.provider
    }
}

impl fmt::Debug for VerifyingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyingKey").field("public", &self.public).field("provider", &self.provider.name()).finish()
    }
}

/// A private signing key. The secret is zeroized on drop and never printed:
/// `Debug` shows the algorithm and kid only.
pub struct SigningKey {
    secret: Zeroizing<[u8; 32]>,
    public: PublicKey,
    kid: Kid,
    provider: Provider,
    signer: Box<dyn Sign>,
}

impl SigningKey {
    /// Generates a fresh key from the provider's secure random source. The kid
    /// defaults to the RFC 7638 thumbprint of the public key.
    ///
    /// # Errors
    /// [`Error::Random`] when the random source fails.
    pub fn generate(provider: Provider, alg: Algorithm) -> Result<Self, Error> {
        let mut secret = Zeroizing::new([0u8; 32]);
        // A random 32-byte string is a valid P-256 scalar except with
        // probability ~2^-32; retry rather than bias.
        for _ in 0..64 {
            provider.fill_random(secret.as_mut())?;
            match Self::from_secret(provider, alg, &secret) {
                Err(Error::InvalidKey(_)) => continue,
                other => return other,
            }
        }
        Err(Error::Random)
    }

    /// Builds a key from its 32-byte secret (Ed25519 seed or P-256 scalar).
    ///
    /// # Errors
    /// [`Error::InvalidKey`] when the scalar is 0 or not below the group order.
    pub fn from_secret(provider: Provider, alg: Algorithm, secret: &[u8; 32]) -> Result<Self, Error> {
        let public = match alg {
            Algorithm::Es256 => {
                let sk = crate::rustcrypto::p256_signing_key(secret)?;
                PublicKey { alg, bytes: sk.verifying_key().to_sec1_bytes() }
            }
            Algorithm::EdDsa => {
                let sk = ed25519_dalek::SigningKey::from_bytes(secret);
                PublicKey { alg, bytes: Box::from(sk.verifying_key().as_bytes().as_slice()) }
            }
        };
        let signer = provider.signer(secret, &public)?;
        let kid = Kid::new(public.thumbprint()).map_err(|_| Error::InvalidKey("thumbprint is not a valid kid"))?;
        Ok(SigningKey { secret: Zeroizing::new(*secret), public, kid, provider, signer })
    }

    /// Loads a PKCS#8 PEM private key (`-----BEGIN PRIVATE KEY-----`), Ed25519
    /// or P-256. The kid defaults to the thumbprint.
    ///
    /// # Errors
    /// [`Error::Pem`] when the PEM holds neither kind of key.
    pub fn from_pkcs8_pem(provider: Provider, pem: &str) -> Result<Self, Error> {
        if let Ok(k) = ed25519_dalek::SigningKey::from_pkcs8_pem(pem) {
            let secret = Zeroizing::new(k.to_bytes());
            return Self::from_secret(provider, Algorithm::EdDsa, &secret);
        }
        match p256::SecretKey::from_pkcs8_pem(pem) {
            Ok(k) => {
                let secret: Zeroizing<[u8; 32]> = Zeroizing::new(k.to_bytes().into());
                Self::from_secret(provider, Algorithm::Es256, &secret)
            }
            Err(e) => Err(Error::Pem(format!("not an Ed25519 or P-256 PKCS#8 private key: {e}"))),
        }
    }

    /// Encodes the private key as PKCS#8 PEM. The result is zeroized on drop.
    ///
    /// # Errors
    /// [`Error::Pem`] when encoding fails.
    pub fn to_pkcs8_pem(&self) -> Result<Zeroizing<String>, Error> {
        let pem = match self.public.alg {
            Algorithm::Es256 => p256::SecretKey::from_slice(self.secret.as_ref())
                .map_err(|_| Error::InvalidKey("P-256 scalar"))?
                .to_pkcs8_pem(LineEnding::LF),
            // PKCS#8 v1 (RFC 8410, no embedded public key): the v2 form that
            // ed25519-dalek writes by default is refused by OpenSSL 3 and
            // Python's cryptography.
            Algorithm::EdDsa => {
                ed25519_dalek::pkcs8::KeypairBytes { secret_key: *self.secret, public_key: None }.to_pkcs8_pem(LineEnding::LF)
            }
        };
        pem.map_err(|e| Error::Pem(e.to_string()))
    }

    /// Replaces the kid.
    #[must_use]
    pub fn with_kid(mut self, kid: Kid) -> Self {
        self.kid = kid;
        self
    }

    /// Signs `message`.
    ///
    /// # Errors
    /// [`Error::Provider`] when the backend fails.
    pub fn sign(&self, message: &[u8]) -> Result<Signature, Error> {
        self.signer.sign(message)
    }

    /// The key id.
    pub fn kid(&self) -> &Kid {
        &self.kid
    }

    /// The algorithm.
    pub fn algorithm(&self) -> Algorithm {
        self.public.alg
    }

    /// The public half.
    pub fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// The public JWK, with this key's `kid` and `alg`.
    pub fn public_jwk(&self) -> Jwk {
        let mut jwk = self.public.to_jwk();
        jwk.kid = Some(self.kid.to_string());
        jwk
    }

    /// A verifying key for the public half, with the same provider.
    ///
    /// # Errors
    /// [`Error::InvalidKey`] when the provider rejects the key.
    pub fn verifying_key(&self) -> Result<VerifyingKey, Error> {
        VerifyingKey::new(self.provider, self.public.clone())
    }

    /// The provider that signs.
    pub fn provider(&self) -> Provider {
        self.provider
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey").field("alg", &self.public.alg).field("kid", &self.kid.as_str()).finish_non_exhaustive()
    }
}
