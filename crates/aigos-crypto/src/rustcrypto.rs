//! The default provider: pure-Rust RustCrypto crates (p256, ed25519-dalek,
//! sha2, hmac, chacha20poly1305, pbkdf2) and the OS random source (getrandom).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, XChaCha20Poly1305};
use hmac::{Hmac, Mac};
use p256::ecdsa::signature::{Signer as _, Verifier as _};
use sha2::{Digest, Sha256};

use crate::provider::{Sign, Verify, check_nonce, check_pbkdf2};
use crate::{AeadAlgorithm, Algorithm, CryptoProvider, Error, PublicKey, Signature};

/// The RustCrypto provider; obtain it with [`crate::default_provider`].
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RustCrypto;

struct EcdsaSigner(p256::ecdsa::SigningKey);
struct EcdsaVerifier(p256::ecdsa::VerifyingKey);
struct EdSigner(ed25519_dalek::SigningKey);
struct EdVerifier(ed25519_dalek::VerifyingKey);

impl Sign for EcdsaSigner {
    fn sign(&self, message: &[u8]) -> Result<Signature, Error> {
        let sig: p256::ecdsa::Signature = self.0.sign(message);
        Signature::from_slice(&sig.to_bytes())
    }
}

impl Verify for EcdsaVerifier {
    fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), Error> {
        // `from_slice` takes exactly 64 bytes (so DER is rejected) and
        // rejects r or s equal to 0 or >= n (CVE-2022-21449).
        let sig = p256::ecdsa::Signature::from_slice(signature).map_err(|_| Error::BadSignature)?;
        self.0.verify(message, &sig).map_err(|_| Error::BadSignature)
    }
}

impl Sign for EdSigner {
    fn sign(&self, message: &[u8]) -> Result<Signature, Error> {
        Ok(Signature::from_array(self.0.sign(message).to_bytes()))
    }
}

impl Verify for EdVerifier {
    fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), Error> {
        let bytes: &[u8; 64] = signature.try_into().map_err(|_| Error::BadSignature)?;
        let sig = ed25519_dalek::Signature::from_bytes(bytes);
        self.0.verify_strict(message, &sig).map_err(|_| Error::BadSignature)
    }
}

pub(crate) fn p256_signing_key(secret: &[u8; 32]) -> Result<p256::ecdsa::SigningKey, Error> {
    p256::ecdsa::SigningKey::from_slice(secret).map_err(|_| Error::InvalidKey("P-256 scalar out of range"))
}

impl CryptoProvider for RustCrypto {
    fn name(&self) -> &'static str {
        "rustcrypto"
    }

    fn signer(&self, secret: &[u8; 32], public: &PublicKey) -> Result<Box<dyn Sign>, Error> {
        match public.algorithm() {
            Algorithm::Es256 => {
                let key = p256_signing_key(secret)?;
                if key.verifying_key().to_sec1_bytes().as_ref() != public.as_bytes() {
                    return Err(Error::InvalidKey("private key does not match public key"));
                }
                Ok(Box::new(EcdsaSigner(key)))
            }
            Algorithm::EdDsa => {
                let key = ed25519_dalek::SigningKey::from_bytes(secret);
                if key.verifying_key().as_bytes() != public.as_bytes() {
                    return Err(Error::InvalidKey("private key does not match public key"));
                }
                Ok(Box::new(EdSigner(key)))
            }
        }
    }

    fn verifier(&self, public: &PublicKey) -> Result<Box<dyn Verify>, Error> {
        match public.algorithm() {
            Algorithm::Es256 => {
                let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(public.as_bytes()).map_err(|_| Error::InvalidKey("P-256 point"))?;
                Ok(Box::new(EcdsaVerifier(key)))
            }
            Algorithm::EdDsa => {
                let bytes: &[u8; 32] = public.as_bytes().try_into().map_err(|_| Error::InvalidKey("Ed25519 length"))?;
                let key = ed25519_dalek::VerifyingKey::from_bytes(bytes).map_err(|_| Error::InvalidKey("Ed25519 point"))?;
                Ok(Box::new(EdVerifier(key)))
            }
        }
    }

    fn sha256(&self, data: &[u8]) -> [u8; 32] {
        Sha256::digest(data).into()
    }

    fn sha256_parts(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut h = Sha256::new();
        for p in parts {
            h.update(p);
        }
        h.finalize().into()
    }

    fn hmac_sha256(&self, key: &[u8], data: &[u8]) -> [u8; 32] {
        // HMAC accepts keys of any length, so `new_from_slice` cannot fail;
        // the fallback keeps this total without a panic path.
        match <Hmac<Sha256> as KeyInit>::new_from_slice(key) {
            Ok(mut mac) => {
                mac.update(data);
                mac.finalize().into_bytes().into()
            }
            Err(_) => [0; 32],
        }
    }

    fn hmac_sha256_verify(&self, key: &[u8], data: &[u8], tag: &[u8]) -> Result<(), Error> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).map_err(|_| Error::BadMac)?;
        mac.update(data);
        // `verify_slice` compares in constant time and rejects truncated tags.
        mac.verify_slice(tag).map_err(|_| Error::BadMac)
    }

    fn aead_seal(&self, alg: AeadAlgorithm, key: &[u8; 32], nonce: &[u8], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, Error> {
        check_nonce(alg, nonce)?;
        let payload = Payload { msg: plaintext, aad };
        let out = match alg {
            AeadAlgorithm::ChaCha20Poly1305 => {
                let n = nonce.try_into().map_err(|_| Error::Length("AEAD nonce"))?;
                ChaCha20Poly1305::new(key.into()).encrypt(n, payload)
            }
            AeadAlgorithm::XChaCha20Poly1305 => {
                let n = nonce.try_into().map_err(|_| Error::Length("AEAD nonce"))?;
                XChaCha20Poly1305::new(key.into()).encrypt(n, payload)
            }
        };
        out.map_err(|_| Error::Length("AEAD plaintext too long"))
    }

    fn aead_open(&self, alg: AeadAlgorithm, key: &[u8; 32], nonce: &[u8], aad: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, Error> {
        check_nonce(alg, nonce)?;
        let payload = Payload { msg: ciphertext, aad };
        let out = match alg {
            AeadAlgorithm::ChaCha20Poly1305 => {
                let n = nonce.try_into().map_err(|_| Error::Length("AEAD nonce"))?;
                ChaCha20Poly1305::new(key.into()).decrypt(n, payload)
            }
            AeadAlgorithm::XChaCha20Poly1305 => {
                let n = nonce.try_into().map_err(|_| Error::Length("AEAD nonce"))?;
                XChaCha20Poly1305::new(key.into()).decrypt(n, payload)
            }
        };
        out.map_err(|_| Error::Decrypt)
    }

    fn pbkdf2_hmac_sha256(&self, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) -> Result<(), Error> {
        check_pbkdf2(iterations, out)?;
        pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, iterations, out);
        Ok(())
    }

    fn fill_random(&self, out: &mut [u8]) -> Result<(), Error> {
        getrandom::fill(out).map_err(|_| Error::Random)
    }
}
