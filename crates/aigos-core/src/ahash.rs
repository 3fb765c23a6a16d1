//! The action hash: what binds a token, a permit and an approval to one
//! action.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

use crate::{CanonicalRequest, Error};

/// base64url (no padding) of the SHA-256 of a request's RFC 8785 bytes:
/// the `ahash` of tokens and permits, and what approvals sign. Always 43
/// characters of the URL-safe alphabet. Crates pass it as this type, never
/// as a string, and it is computed in one place ([`ActionHash::compute`]).
///
/// ```
/// use aigos_core::{ActionHash, ActionRequest, AgentId, canonical_request_and_payload};
/// let request = ActionRequest::builder(AgentId::new("a")?, "t").timestamp(0).build()?;
/// // The caller supplies SHA-256 (aigos-core does no cryptography).
/// let fake_sha256 = |bytes: &[u8]| { let mut d = [0u8; 32]; d[0] = bytes.len() as u8; d };
/// let h = ActionHash::compute(&canonical_request_and_payload(&request)?, fake_sha256);
/// assert_eq!(h.as_str().len(), 43);
/// assert_eq!(ActionHash::parse(h.as_str())?, h);
/// assert!(ActionHash::parse("not a hash").is_err());
/// # Ok::<(), aigos_core::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ActionHash(String);

impl ActionHash {
    /// The action hash of a request's canonical parts, with `sha256` (the
    /// caller's crypto provider).
    pub fn compute(canonical: &CanonicalRequest, sha256: impl FnOnce(&[u8]) -> [u8; 32]) -> ActionHash {
        ActionHash(URL_SAFE_NO_PAD.encode(sha256(&canonical.request)))
    }

    /// Reads an action hash (from a claim or an approval).
    ///
    /// # Errors
    /// [`Error::Invalid`] unless `text` is the canonical base64url of 32 bytes.
    pub fn parse(text: &str) -> Result<ActionHash, Error> {
        let fail = |reason: &str| Error::Invalid { kind: "action hash", reason: reason.into() };
        if text.len() != 43 {
            return Err(fail("not 43 base64url characters"));
        }
        let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| fail("not canonical base64url"))?;
        if bytes.len() != 32 || URL_SAFE_NO_PAD.encode(&bytes) != text {
            return Err(fail("not the canonical base64url of 32 bytes"));
        }
        Ok(ActionHash(text.to_owned()))
    }

    /// The hash as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ActionHash {
    type Error = Error;
    fn try_from(text: String) -> Result<Self, Error> {
        Self::parse(&text)
    }
}

impl From<ActionHash> for String {
    fn from(h: ActionHash) -> String {
        h.0
    }
}

impl fmt::Display for ActionHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for ActionHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ActionHash({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::ActionHash;

    proptest::proptest! {
        /// Exactly the 32-byte digests round-trip; any other text is refused.
        #[test]
        fn only_canonical_digests_parse(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40), text in "[A-Za-z0-9_=+/-]{0,50}") {
            use base64::Engine as _;
            let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes);
            proptest::prop_assert_eq!(ActionHash::parse(&encoded).is_ok(), bytes.len() == 32);
            if let Ok(h) = ActionHash::parse(&text) {
                proptest::prop_assert_eq!(h.as_str(), text.as_str());
                proptest::prop_assert_eq!(text.len(), 43);
            }
        }
    }
}
