//! One-time passwords: HOTP (RFC 4226) and TOTP (RFC 6238) with HMAC-SHA-1,
//! -SHA-256 or -SHA-512.
//!
//! Served by RustCrypto whatever provider is chosen (as XChaCha20 is): the
//! provider interface has no SHA-1, and a TOTP check is one HMAC per
//! accepted step. No maintained OTP crate shares our `digest` generation,
//! hence this small module on top of `hmac`; it is pinned by the RFCs'
//! test vectors.

use hmac::{Hmac, KeyInit, Mac};

/// The HMAC hash of an OTP secret (authenticator apps default to SHA-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "UPPERCASE")]
pub enum OtpAlgorithm {
    /// HMAC-SHA-1 (RFC 4226; the authenticator-app default).
    #[default]
    Sha1,
    /// HMAC-SHA-256.
    Sha256,
    /// HMAC-SHA-512.
    Sha512,
}

fn mac<M: Mac + KeyInit>(secret: &[u8], counter: u64) -> Vec<u8> {
    // HMAC accepts keys of any length, so this cannot fail.
    match <M as KeyInit>::new_from_slice(secret) {
        Ok(mut m) => {
            m.update(&counter.to_be_bytes());
            m.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

/// The HOTP value of `counter` with `digits` digits (6 to 9).
///
/// # Errors
/// [`crate::Error::Length`] for digits outside 6..=9.
pub fn hotp(alg: OtpAlgorithm, secret: &[u8], counter: u64, digits: u32) -> Result<u32, crate::Error> {
    if !(6..=9).contains(&digits) {
        return Err(crate::Error::Length("OTP digits must be 6 to 9"));
    }
    let h = match alg {
        OtpAlgorithm::Sha1 => mac::<Hmac<sha1::Sha1>>(secret, counter),
        OtpAlgorithm::Sha256 => mac::<Hmac<sha2::Sha256>>(secret, counter),
        OtpAlgorithm::Sha512 => mac::<Hmac<sha2::Sha512>>(secret, counter),
    };
    // Dynamic truncation (RFC 4226 section 5.3).
    let offset = usize::from(h.last().copied().ok_or(crate::Error::Length("empty MAC"))? & 0x0f);
    let word = h.get(offset..offset + 4).ok_or(crate::Error::Length("short MAC"))?;
    let bin = u32::from_be_bytes([word[0] & 0x7f, word[1], word[2], word[3]]);
    Ok(bin % 10u32.pow(digits))
}

/// The TOTP time step of `unix_secs` (T0 = 0).
pub fn totp_step(unix_secs: u64, step_secs: u64) -> u64 {
    unix_secs / step_secs.max(1)
}

/// The TOTP value at `unix_secs`.
///
/// # Errors
/// As [`hotp`].
pub fn totp(alg: OtpAlgorithm, secret: &[u8], unix_secs: u64, step_secs: u64, digits: u32) -> Result<u32, crate::Error> {
    hotp(alg, secret, totp_step(unix_secs, step_secs), digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4226_appendix_d() {
        let secret = b"12345678901234567890";
        let expected = [755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489];
        for (counter, want) in expected.iter().enumerate() {
            assert_eq!(hotp(OtpAlgorithm::Sha1, secret, counter as u64, 6).unwrap(), *want, "counter {counter}");
        }
    }

    #[test]
    fn rfc6238_appendix_b() {
        let sha1 = b"12345678901234567890".as_slice();
        let sha256 = b"12345678901234567890123456789012".as_slice();
        let sha512 = b"1234567890123456789012345678901234567890123456789012345678901234".as_slice();
        let table: [(u64, u32, u32, u32); 6] = [
            (59, 94287082, 46119246, 90693936),
            (1111111109, 7081804, 68084774, 25091201),
            (1111111111, 14050471, 67062674, 99943326),
            (1234567890, 89005924, 91819424, 93441116),
            (2000000000, 69279037, 90698825, 38618901),
            (20000000000, 65353130, 77737706, 47863826),
        ];
        for (t, s1, s256, s512) in table {
            assert_eq!(totp(OtpAlgorithm::Sha1, sha1, t, 30, 8).unwrap(), s1, "SHA1 at {t}");
            assert_eq!(totp(OtpAlgorithm::Sha256, sha256, t, 30, 8).unwrap(), s256, "SHA256 at {t}");
            assert_eq!(totp(OtpAlgorithm::Sha512, sha512, t, 30, 8).unwrap(), s512, "SHA512 at {t}");
        }
    }

    #[test]
    fn digits_are_bounded() {
        assert!(hotp(OtpAlgorithm::Sha1, b"k", 0, 5).is_err());
        assert!(hotp(OtpAlgorithm::Sha1, b"k", 0, 10).is_err());
    }
}
