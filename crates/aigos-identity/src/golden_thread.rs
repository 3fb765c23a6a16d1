//! The golden thread (AIGOS SPEC-PRT-001): the link from an agent to the
//! human approval that allowed it to run.
//!
//! Hash (spec-compatible): SHA-256 over the canonical string of the pairs
//! `approved_at`, `approved_by`, `ticket_id` (values trimmed, the email
//! lowercased, the timestamp used as given), `key=value` sorted by key and
//! joined with `|`, written `sha256:` + lowercase hex.
//!
//! Stricter than the spec: a signature by the approver is required, and it
//! covers the same pairs plus `agent_kid` (the thumbprint of the agent key the
//! approval is bound to) and `expires_at`, so neither can be edited.

use aigos_crypto::{Algorithm, Provider, PublicKey, Signer, VerifyingKey};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};

use crate::Error;

/// The approval facts the hash covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// Ticket id, e.g. `CHG-1234`.
    pub ticket_id: String,
    /// Approver email.
    pub approved_by: String,
    /// RFC 3339 timestamp with a zone, used as given.
    pub approved_at: String,
}

impl Approval {
    fn normalized(&self) -> Result<(String, String, String), Error> {
        let ticket = self.ticket_id.trim().to_owned();
        let by = self.approved_by.trim().to_lowercase();
        let at = self.approved_at.trim().to_owned();
        if ticket.is_empty() || by.is_empty() || at.is_empty() {
            return Err(Error::GoldenThread("ticket_id, approved_by and approved_at must be non-empty".into()));
        }
        if [&ticket, &by, &at].iter().any(|v| v.contains('|') || v.contains('=') || v.chars().any(char::is_control)) {
            return Err(Error::GoldenThread("values may not contain '|', '=' or control characters".into()));
        }
        time::OffsetDateTime::parse(&at, &time::format_description::well_known::Rfc3339)
            .map_err(|_| Error::GoldenThread(format!("approved_at {at:?} is not RFC 3339 with a zone")))?;
        Ok((ticket, by, at))
    }

    /// `approved_at` as Unix seconds, when it is RFC 3339 with a zone.
    pub fn approved_unix(&self) -> Option<i64> {
        time::OffsetDateTime::parse(self.approved_at.trim(), &time::format_description::well_known::Rfc3339)
            .ok()
            .map(|t| t.unix_timestamp())
    }

    /// The spec's canonical string: `approved_at=..|approved_by=..|ticket_id=..`.
    ///
    /// # Errors
    /// [`Error::GoldenThread`] for empty values, separators inside values, or
    /// a timestamp that is not RFC 3339 with a zone.
    pub fn canonical_string(&self) -> Result<String, Error> {
        let (ticket, by, at) = self.normalized()?;
        Ok(format!("approved_at={at}|approved_by={by}|ticket_id={ticket}"))
    }

    /// The golden thread hash, `sha256:` + 64 lowercase hex digits.
    ///
    /// # Errors
    /// As [`Approval::canonical_string`].
    pub fn hash(&self, provider: Provider) -> Result<String, Error> {
        let digest = provider.sha256(self.canonical_string()?.as_bytes());
        Ok(format!("sha256:{}", hex_lower(&digest)))
    }
}

fn hex_lower(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `s` has the form `sha256:` + 64 lowercase hex digits.
pub fn is_hash_format(s: &str) -> bool {
    s.strip_prefix("sha256:").is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}

/// A signed golden thread record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldenThread {
    /// The approval facts.
    #[serde(flatten)]
    pub approval: Approval,
    /// `sha256:...` over the approval.
    pub hash: String,
    /// RFC 7638 thumbprint of the agent key this approval is bound to.
    pub agent_kid: String,
    /// Expiry, seconds since the Unix epoch.
    pub expires_at: i64,
    /// Kid of the approver's key.
    pub signer_kid: String,
    /// `Ed25519:<base64>` or `ECDSA-P256:<base64>` over [`GoldenThread::signed_string`].
    pub signature: String,
}

/// What verification found; valid only when every field is true.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GoldenThreadReport {
    /// The stored hash equals the recomputed one.
    pub hash_matches: bool,
    /// The approver's signature verifies with a trusted key.
    pub signature_valid: bool,
    /// Not past `expires_at`.
    pub not_expired: bool,
    /// Bound to the expected agent key (true when no agent key was expected).
    pub bound_to_agent: bool,
}

impl GoldenThreadReport {
    /// Every check passed.
    pub fn is_valid(&self) -> bool {
        self.hash_matches && self.signature_valid && self.not_expired && self.bound_to_agent
    }
}

fn alg_label(alg: Algorithm) -> &'static str {
    match alg {
        Algorithm::EdDsa => "Ed25519",
        _ => "ECDSA-P256",
    }
}

impl GoldenThread {
    /// Whether the approval was made while its signing key was in
    /// service: before `retired_at` (Unix seconds, the key's
    /// [`aigos_crypto::Jwk::retired_at`]); always when the key is not retired.
    pub fn approved_before_retirement(&self, retired_at: Option<i64>) -> bool {
        retired_at.is_none_or(|retired| self.approval.approved_unix().is_some_and(|at| at < retired))
    }

    /// Signs an approval for the agent key `agent_kid` (the key's RFC 7638
    /// thumbprint, [`aigos_crypto::Jwk::thumbprint`]: what the Guard holds
    /// the token's key to), valid until `expires_at`.
    ///
    /// # Errors
    /// [`Error::GoldenThread`] for an invalid approval; [`Error::Crypto`] when signing fails.
    pub fn sign(approval: Approval, agent_kid: &str, expires_at: i64, approver: &dyn Signer) -> Result<Self, Error> {
        let hash = approval.hash(approver.provider())?;
        let mut gt = GoldenThread {
            approval,
            hash,
            agent_kid: agent_kid.to_owned(),
            expires_at,
            signer_kid: approver.kid().to_string(),
            signature: String::new(),
        };
        let sig = approver.sign(gt.signed_string()?.as_bytes())?;
        gt.signature = format!("{}:{}", alg_label(approver.algorithm()), BASE64.encode(sig.as_bytes()));
        Ok(gt)
    }

    /// The string the signature covers: the canonical pairs plus `agent_kid`
    /// and `expires_at`, sorted by key, joined with `|`.
    ///
    /// # Errors
    /// As [`Approval::canonical_string`].
    pub fn signed_string(&self) -> Result<String, Error> {
        let (ticket, by, at) = self.approval.normalized()?;
        Ok(format!(
            "agent_kid={}|approved_at={at}|approved_by={by}|expires_at={}|ticket_id={ticket}",
            self.agent_kid.trim(),
            self.expires_at
        ))
    }

    /// Verifies against the approver keys (`resolve` maps a kid to a public
    /// key), the time `now` and, when given, the agent key it must be bound to.
    /// Never errors: a malformed record yields a report with false fields.
    pub fn verify(
        &self,
        provider: Provider,
        resolve: &dyn Fn(&str) -> Option<PublicKey>,
        now: i64,
        expected_agent_kid: Option<&str>,
    ) -> GoldenThreadReport {
        let hash_matches = self.approval.hash(provider).is_ok_and(|h| h == self.hash);
        let signature_valid = self.signature_ok(provider, resolve);
        GoldenThreadReport {
            hash_matches,
            signature_valid,
            not_expired: now < self.expires_at,
            bound_to_agent: expected_agent_kid.is_none_or(|k| k == self.agent_kid),
        }
    }

    fn signature_ok(&self, provider: Provider, resolve: &dyn Fn(&str) -> Option<PublicKey>) -> bool {
        let Some((label, b64)) = self.signature.split_once(':') else {
            return false;
        };
        let Some(public) = resolve(&self.signer_kid) else {
            return false;
        };
        if label != alg_label(public.algorithm()) {
            return false;
        }
        let (Ok(sig), Ok(msg)) = (BASE64.decode(b64), self.signed_string()) else {
            return false;
        };
        VerifyingKey::new(provider, public).is_ok_and(|vk| vk.verify(msg.as_bytes(), &sig).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aigos_crypto::default_provider;

    fn approval() -> Approval {
        Approval { ticket_id: " CHG-1234 ".into(), approved_by: "Alice@Example.COM".into(), approved_at: "2026-01-15T10:30:00Z".into() }
    }

    #[test]
    fn canonical_string_normalises_as_the_spec_says() {
        assert_eq!(
            approval().canonical_string().unwrap(),
            "approved_at=2026-01-15T10:30:00Z|approved_by=alice@example.com|ticket_id=CHG-1234"
        );
    }

    #[test]
    fn hash_is_sha256_of_the_canonical_string() {
        // Expected value computed independently: printf '%s' 'approved_at=...|...' | sha256sum
        let h = approval().hash(default_provider()).unwrap();
        assert!(is_hash_format(&h));
        let direct = default_provider().sha256(b"approved_at=2026-01-15T10:30:00Z|approved_by=alice@example.com|ticket_id=CHG-1234");
        assert_eq!(h, format!("sha256:{}", hex_lower(&direct)));
    }

    #[test]
    fn timestamp_needs_a_zone_and_values_no_separators() {
        let mut a = approval();
        a.approved_at = "2026-01-15T10:30:00".into();
        assert!(a.hash(default_provider()).is_err());
        let mut a = approval();
        a.ticket_id = "CHG|1".into();
        assert!(a.hash(default_provider()).is_err());
    }

    #[test]
    fn signed_record_verifies_and_every_edit_is_caught() {
        let p = default_provider();
        let approver = aigos_crypto::SigningKey::generate(p, Algorithm::EdDsa).unwrap();
        let public = approver.public_key().clone();
        let kid = approver.kid().to_string();
        let resolve = move |k: &str| (k == kid).then(|| public.clone());
        let gt = GoldenThread::sign(approval(), "agent-kid", 2_000, &approver).unwrap();
        assert!(gt.verify(p, &resolve, 1_000, Some("agent-kid")).is_valid(), "positive control");

        let mut edited = gt.clone();
        edited.approval.approved_by = "mallory@example.com".into();
        let r = edited.verify(p, &resolve, 1_000, Some("agent-kid"));
        assert!(!r.hash_matches && !r.signature_valid);

        // Recomputing the hash after the edit is not enough: the signature fails.
        edited.hash = edited.approval.hash(p).unwrap();
        let r = edited.verify(p, &resolve, 1_000, Some("agent-kid"));
        assert!(r.hash_matches && !r.signature_valid && !r.is_valid());

        let mut extended = gt.clone();
        extended.expires_at = 9_999;
        assert!(!extended.verify(p, &resolve, 1_000, None).signature_valid);

        assert!(!gt.verify(p, &resolve, 2_000, None).not_expired);
        assert!(!gt.verify(p, &resolve, 1_000, Some("other-agent")).bound_to_agent);
        let nobody = |_: &str| None;
        assert!(!gt.verify(p, &nobody, 1_000, None).signature_valid, "unknown approver");
        let mut unsigned = gt;
        unsigned.signature = String::new();
        assert!(!unsigned.verify(p, &resolve, 1_000, None).is_valid(), "signature required");
    }
}
