//! The aws-lc-rs provider (cargo feature `aws-lc-rs`): AWS-LC's assembly
//! P-256 and Ed25519 (about 4x faster ES256 verification than pure Rust) and a
//! FIPS-capable build path.
//!
//! AWS-LC has no XChaCha20-Poly1305, so that one construction is served by the
//! RustCrypto implementation; everything else goes through AWS-LC.

use aws_lc_rs::{aead, digest, hmac, pbkdf2, rand, signature};

use crate::provider::{Sign, Verify, check_nonce, check_pbkdf2};
use crate::{AeadAlgorithm, Algorithm, CryptoProvider, Error, PublicKey, Signature};

const NAME: &str = "aws-lc-rs";

/// The aws-lc-rs provider; obtain it with [`crate::aws_lc_rs_provider`].
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct AwsLcRs;

struct EcdsaSigner(signature::EcdsaKeyPair, rand::SystemRandom);
struct EdSigner(signature::Ed25519KeyPair);
struct Verifier(signature::ParsedPublicKey);

impl Sign for EcdsaSigner {
    fn sign(&self, message: &[u8]) -> Result<Signature, Error> {
        let sig = self.0.sign(&self.1, message).map_err(|_| Error::Provider { provider: NAME, reason: "ECDSA sign" })?;
        Signature::from_slice(sig.as_ref())
    }
}

impl Sign for EdSigner {
    fn sign(&self, message: &[u8]) -> Result<Signature, Error> {
        Signature::from_slice(self.0.sign(message).as_ref())
    }
}

impl Verify for Verifier {
    fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), Error> {
        // ECDSA_P256_SHA256_FIXED takes only the 64-byte r || s form and checks
        // r, s in [1, n-1]; ED25519 rejects a non-canonical S.
        self.0.verify_sig(message, signature).map_err(|_| Error::BadSignature)
    }
}

/// An AWS-LC ChaCha20-Poly1305 key and nonce.
fn chacha(key: &[u8; 32], nonce: &[u8]) -> Result<(aead::LessSafeKey, aead::Nonce), Error> {
    let key = aead::LessSafeKey::new(aead::UnboundKey::new(&aead::CHACHA20_POLY1305, key).map_err(|_| Error::Length("AEAD key"))?);
    let nonce = aead::Nonce::try_assume_unique_for_key(nonce).map_err(|_| Error::Length("AEAD nonce"))?;
    Ok((key, nonce))
}

impl CryptoProvider for AwsLcRs {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signer(&self, secret: &[u8; 32], public: &PublicKey) -> Result<Box<dyn Sign>, Error> {
        match public.algorithm() {
            Algorithm::Es256 => {
                let pair = signature::EcdsaKeyPair::from_private_key_and_public_key(
                    &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
                    secret,
                    public.as_bytes(),
                )
                .map_err(|_| Error::InvalidKey("P-256 key pair rejected"))?;
                Ok(Box::new(EcdsaSigner(pair, rand::SystemRandom::new())))
            }
            Algorithm::EdDsa => {
                let pair = signature::Ed25519KeyPair::from_seed_and_public_key(secret, public.as_bytes())
                    .map_err(|_| Error::InvalidKey("Ed25519 key pair rejected"))?;
                Ok(Box::new(EdSigner(pair)))
            }
        }
    }

    fn verifier(&self, public: &PublicKey) -> Result<Box<dyn Verify>, Error> {
        let alg: &'static dyn signature::VerificationAlgorithm = match public.algorithm() {
            Algorithm::Es256 => &signature::ECDSA_P256_SHA256_FIXED,
            Algorithm::EdDsa => &signature::ED25519,
        };
        let key = signature::ParsedPublicKey::new(alg, public.as_bytes()).map_err(|_| Error::InvalidKey("rejected by aws-lc"))?;
        Ok(Box::new(Verifier(key)))
    }

    fn sha256(&self, data: &[u8]) -> [u8; 32] {
        let d = digest::digest(&digest::SHA256, data);
        let mut out = [0u8; 32];
        out.copy_from_slice(d.as_ref());
        out
    }

    fn sha256_parts(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut ctx = digest::Context::new(&digest::SHA256);
        for p in parts {
            ctx.update(p);
        }
        let mut out = [0u8; 32];
        out.copy_from_slice(ctx.finish().as_ref());
        out
    }

    fn hmac_sha256(&self, key: &[u8], data: &[u8]) -> [u8; 32] {
        let key = hmac::Key::new(hmac::HMAC_SHA256, key);
        let tag = hmac::sign(&key, data);
        let mut out = [0u8; 32];
        out.copy_from_slice(tag.as_ref());
        out
    }

    fn hmac_sha256_verify(&self, key: &[u8], data: &[u8], tag: &[u8]) -> Result<(), Error> {
        let key = hmac::Key::new(hmac::HMAC_SHA256, key);
        // Constant-time; a truncated tag has the wrong length and fails.
        hmac::verify(&key, data, tag).map_err(|_| Error::BadMac)
    }

    fn aead_seal(&self, alg: AeadAlgorithm, key: &[u8; 32], nonce: &[u8], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, Error> {
        check_nonce(alg, nonce)?;
        match alg {
            AeadAlgorithm::ChaCha20Poly1305 => {
                let (key, nonce) = chacha(key, nonce)?;
                let mut buf = plaintext.to_vec();
                key.seal_in_place_append_tag(nonce, aead::Aad::from(aad), &mut buf)
                    .map_err(|_| Error::Length("AEAD plaintext too long"))?;
                Ok(buf)
            }
            _ => crate::default_provider().aead_seal(alg, key, nonce, aad, plaintext),
        }
    }

    fn aead_open(&self, alg: AeadAlgorithm, key: &[u8; 32], nonce: &[u8], aad: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, Error> {
        check_nonce(alg, nonce)?;
        match alg {
            AeadAlgorithm::ChaCha20Poly1305 => {
                let (key, nonce) = chacha(key, nonce)?;
                let mut buf = ciphertext.to_vec();
                let plain_len = key.open_in_place(nonce, aead::Aad::from(aad), &mut buf).map_err(|_| Error::Decrypt)?.len();
                buf.truncate(plain_len);
                Ok(buf)
            }
            _ => crate::default_provider().aead_open(alg, key, nonce, aad, ciphertext),
        }
    }

    fn pbkdf2_hmac_sha256(&self, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) -> Result<(), Error> {
        check_pbkdf2(iterations, out)?;
        let iterations = std::num::NonZeroU32::new(iterations).ok_or(Error::Length("PBKDF2 iterations"))?;
        pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, iterations, salt, password, out);
        Ok(())
    }

    fn fill_random(&self, out: &mut [u8]) -> Result<(), Error> {
        rand::fill(out).map_err(|_| Error::Random)
    }
}
