//! Step 6 evidence: MFA (a TOTP code of a registered human approver, or an
//! approval that approver signed over the action hash) and the coalition of
//! experts (k distinct registered experts, each signing the action hash with
//! a rationale).
//!
//! Every approval names the action hash, so it cannot be moved to another
//! action; it expires; a TOTP code is accepted once (its time step must be
//! above the last accepted one for that approver).

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;

use aigos_core::ActionHash;
use aigos_crypto::otp::{OtpAlgorithm, totp, totp_step};
use aigos_crypto::{Jwks, Provider, SigningKey, VerifyingKey, base64url};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

/// Longest an approval may live (one hour).
pub const MAX_APPROVAL_TTL_SECS: i64 = 3600;

/// What an approver may approve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ApproverRole {
    /// A human operator: satisfies MFA.
    Human,
    /// A member of an expert group: counts towards a coalition quorum.
    Expert,
}

/// A TOTP secret (RFC 6238), as authenticator apps take it.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TotpSecret {
    /// Base32 secret (RFC 4648, padding optional, case-insensitive).
    pub secret_base32: String,
    /// HMAC hash (default SHA1, as authenticator apps).
    #[serde(default)]
    pub algorithm: OtpAlgorithm,
    /// Digits (default 6).
    #[serde(default = "six")]
    pub digits: u32,
    /// Time step in seconds (default 30).
    #[serde(default = "thirty")]
    pub step_secs: u64,
}

fn six() -> u32 {
    6
}
fn thirty() -> u64 {
    30
}

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TotpSecret").field("algorithm", &self.algorithm).field("digits", &self.digits).finish_non_exhaustive()
    }
}

impl TotpSecret {
    fn key(&self) -> Result<Vec<u8>, String> {
        let cleaned: String = self.secret_base32.chars().filter(|c| !c.is_whitespace() && *c != '=').collect::<String>().to_uppercase();
        data_encoding::BASE32_NOPAD.decode(cleaned.as_bytes()).map_err(|e| format!("TOTP secret is not base32: {e}"))
    }

    /// The current code (for tests, the demo and enrolment checks).
    ///
    /// # Errors
    /// [`crate::Error::Approval`] for a bad secret or digit count.
    pub fn code_at(&self, unix_secs: i64) -> Result<String, crate::Error> {
        let t = u64::try_from(unix_secs).map_err(|_| crate::Error::Approval("time before 1970".into()))?;
        let v = totp(self.algorithm, &self.key().map_err(crate::Error::Approval)?, t, self.step_secs, self.digits)
            .map_err(|e| crate::Error::Approval(e.to_string()))?;
        Ok(format!("{v:0width$}", width = usize::try_from(self.digits).unwrap_or(6)))
    }
}

/// A registered approver.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approver {
    /// Stable id (quorums count distinct ids).
    pub id: String,
    /// Human or expert.
    pub role: ApproverRole,
    /// The expert group (for experts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Public keys that sign approvals.
    #[serde(default)]
    pub keys: Jwks,
    /// TOTP enrolment (humans).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp: Option<TotpSecret>,
    /// Contact address: never logged, traced or audited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// An approval signed over the action hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedApproval {
    /// The approver's id.
    pub approver: String,
    /// The signing key's id.
    pub kid: String,
    /// The action hash (`ahash`) approved.
    pub ahash: ActionHash,
    /// Why (required for a coalition of experts).
    #[serde(default)]
    pub rationale: String,
    /// Expiry (Unix seconds).
    pub expires_at: i64,
    /// base64url signature over the canonical JSON of the other fields.
    pub signature: String,
}

#[derive(Serialize)]
struct Signed<'a> {
    typ: &'static str,
    approver: &'a str,
    kid: &'a str,
    ahash: &'a str,
    rationale: &'a str,
    expires_at: i64,
}

impl SignedApproval {
    fn signed_bytes(&self) -> Result<Vec<u8>, String> {
        let s = Signed {
            typ: "aigos-approval/v1",
            approver: &self.approver,
            kid: &self.kid,
            ahash: self.ahash.as_str(),
            rationale: &self.rationale,
            expires_at: self.expires_at,
        };
        aigos_core::canonical_json(&s).map_err(|e| e.to_string())
    }

    /// Signs an approval of `ahash` by `approver` with `key`.
    ///
    /// # Errors
    /// [`crate::Error::Approval`] when canonicalization fails, or the signing key's error.
    pub fn sign(key: &SigningKey, approver: &str, ahash: &ActionHash, rationale: &str, expires_at: i64) -> Result<Self, crate::Error> {
        let mut a = SignedApproval {
            approver: approver.into(),
            kid: key.kid().to_string(),
            ahash: ahash.clone(),
            rationale: rationale.into(),
            expires_at,
            signature: String::new(),
        };
        let sig = key.sign(&a.signed_bytes().map_err(crate::Error::Approval)?)?;
        a.signature = base64url::encode(sig.as_bytes());
        Ok(a)
    }
}

/// Evidence attached to a request that comes back for approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum ApprovalEvidence {
    /// A TOTP code of a human approver.
    Totp {
        /// The approver's id.
        approver: String,
        /// The code.
        code: String,
    },
    /// A signed approval (a human's for MFA, an expert's for a coalition).
    Signed(SignedApproval),
}

/// What the evidence satisfies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Satisfied {
    /// A valid second factor from a human approver.
    pub mfa: bool,
    /// Distinct experts per group with a valid signed approval and rationale.
    pub experts: HashMap<String, BTreeSet<String>>,
    /// Why evidence was not counted (no secrets in here).
    pub refused: Vec<String>,
}

/// The registered approvers and the TOTP replay state.
pub struct Approvers {
    approvers: HashMap<String, Approver>,
    keys: HashMap<(String, String), VerifyingKey>,
    last_totp_step: Mutex<HashMap<String, u64>>,
}

impl std::fmt::Debug for Approvers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Approvers").field("count", &self.approvers.len()).finish_non_exhaustive()
    }
}

impl Approvers {
    /// Loads approvers; every key must be a valid public key.
    ///
    /// # Errors
    /// [`crate::Error::Approval`] naming the bad approver.
    pub fn new(provider: Provider, list: Vec<Approver>) -> Result<Self, crate::Error> {
        Self::load(provider, list).map_err(crate::Error::Approval)
    }

    fn load(provider: Provider, list: Vec<Approver>) -> Result<Self, String> {
        let mut approvers = HashMap::new();
        let mut keys = HashMap::new();
        for a in list {
            if a.role == ApproverRole::Expert && a.group.is_none() {
                return Err(format!("expert {} has no group", a.id));
            }
            if let Some(t) = &a.totp {
                t.key().map_err(|e| format!("approver {}: {e}", a.id))?;
                t.code_at(0).map_err(|e| format!("approver {}: {e}", a.id))?;
            }
            for jwk in &a.keys.keys {
                let kid = jwk.kid.clone().ok_or_else(|| format!("approver {}: key without kid", a.id))?;
                let public = jwk.to_public_key().map_err(|e| format!("approver {}: {e}", a.id))?;
                let vk = VerifyingKey::new(provider, public).map_err(|e| format!("approver {}: {e}", a.id))?;
                keys.insert((a.id.clone(), kid), vk);
            }
            if approvers.insert(a.id.clone(), a.clone()).is_some() {
                return Err(format!("approver {} is listed twice", a.id));
            }
        }
        Ok(Approvers { approvers, keys, last_totp_step: Mutex::new(HashMap::new()) })
    }

    /// Number of approvers.
    pub fn len(&self) -> usize {
        self.approvers.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.approvers.is_empty()
    }

    fn check_signed(&self, a: &SignedApproval, ahash: &ActionHash, now: i64) -> Result<&Approver, String> {
        let approver = self.approvers.get(&a.approver).ok_or_else(|| format!("{} is not a registered approver", a.approver))?;
        if &a.ahash != ahash {
            return Err(format!("approval by {} is for another action", a.approver));
        }
        if now >= a.expires_at {
            return Err(format!("approval by {} has expired", a.approver));
        }
        if a.expires_at - now > MAX_APPROVAL_TTL_SECS {
            return Err(format!("approval by {} lives longer than {MAX_APPROVAL_TTL_SECS} s", a.approver));
        }
        let key = self.keys.get(&(a.approver.clone(), a.kid.clone())).ok_or_else(|| format!("{} has no key {}", a.approver, a.kid))?;
        let sig = base64url::decode(&a.signature).map_err(|_| format!("approval by {} has a malformed signature", a.approver))?;
        key.verify(&a.signed_bytes()?, &sig).map_err(|_| format!("approval by {} has a bad signature", a.approver))?;
        Ok(approver)
    }

    fn check_totp(&self, approver_id: &str, code: &str, now: i64) -> Result<(), String> {
        let approver = self.approvers.get(approver_id).ok_or_else(|| format!("{approver_id} is not a registered approver"))?;
        if approver.role != ApproverRole::Human {
            return Err(format!("{approver_id} is not a human approver"));
        }
        let secret = approver.totp.as_ref().ok_or_else(|| format!("{approver_id} has no TOTP enrolment"))?;
        let key = secret.key()?;
        let now_u = u64::try_from(now).map_err(|_| "time before 1970".to_string())?;
        let current = totp_step(now_u, secret.step_secs);
        // One step of clock drift either way.
        let matched = [current.saturating_sub(1), current, current + 1].into_iter().find(|step| {
            let want = totp(secret.algorithm, &key, step * secret.step_secs.max(1), secret.step_secs, secret.digits)
                .map(|v| format!("{v:0width$}", width = usize::try_from(secret.digits).unwrap_or(6)));
            want.is_ok_and(|w| bool::from(w.as_bytes().ct_eq(code.as_bytes())))
        });
        let step = matched.ok_or_else(|| format!("TOTP code of {approver_id} is wrong"))?;
        let mut last = self.last_totp_step.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if last.get(approver_id).is_some_and(|l| step <= *l) {
            return Err(format!("TOTP code of {approver_id} was already used"));
        }
        last.insert(approver_id.to_owned(), step);
        Ok(())
    }

    /// Evaluates evidence for the action `ahash` at `now`.
    pub fn evaluate(&self, evidence: &[ApprovalEvidence], ahash: &ActionHash, now: i64) -> Satisfied {
        let mut out = Satisfied::default();
        for e in evidence {
            match e {
                ApprovalEvidence::Totp { approver, code } => match self.check_totp(approver, code, now) {
                    Ok(()) => out.mfa = true,
                    Err(why) => out.refused.push(why),
                },
                ApprovalEvidence::Signed(a) => match self.check_signed(a, ahash, now) {
                    Ok(approver) => match (approver.role, &approver.group) {
                        (ApproverRole::Human, _) => out.mfa = true,
                        (ApproverRole::Expert, Some(group)) if !a.rationale.trim().is_empty() => {
                            out.experts.entry(group.clone()).or_default().insert(approver.id.clone());
                        }
                        (ApproverRole::Expert, _) => out.refused.push(format!("approval by {} has no rationale", a.approver)),
                    },
                    Err(why) => out.refused.push(why),
                },
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A well-formed action hash made of one repeated character.
    fn h(c: char) -> ActionHash {
        ActionHash::parse(&(c.to_string().repeat(42) + "A")).unwrap()
    }
    use aigos_core::Kid;
    use aigos_crypto::{Algorithm, default_provider};

    fn rfc_secret() -> TotpSecret {
        // RFC 6238 appendix B SHA-1 seed "12345678901234567890".
        TotpSecret {
            secret_base32: data_encoding::BASE32.encode(b"12345678901234567890"),
            algorithm: OtpAlgorithm::Sha1,
            digits: 8,
            step_secs: 30,
        }
    }

    fn approvers() -> (Approvers, Vec<SigningKey>) {
        let p = default_provider();
        let mut list = vec![Approver {
            id: "alice".into(),
            role: ApproverRole::Human,
            group: None,
            keys: Jwks::default(),
            totp: Some(rfc_secret()),
            email: Some("alice@example.com".into()),
        }];
        let mut keys = Vec::new();
        for name in ["e1", "e2", "e3"] {
            let k = SigningKey::generate(p, Algorithm::EdDsa).unwrap().with_kid(Kid::new(format!("{name}-key")).unwrap());
            list.push(Approver {
                id: name.into(),
                role: ApproverRole::Expert,
                group: Some("experts".into()),
                keys: Jwks { keys: vec![k.public_jwk()] },
                totp: None,
                email: None,
            });
            keys.push(k);
        }
        (Approvers::new(p, list).unwrap(), keys)
    }

    #[test]
    fn totp_codes_match_rfc6238_and_are_single_use() {
        let (a, _) = approvers();
        assert_eq!(rfc_secret().code_at(59).unwrap(), "94287082");
        assert_eq!(rfc_secret().code_at(1_111_111_109).unwrap(), "07081804", "leading zero kept");
        let code = |c: &str| [ApprovalEvidence::Totp { approver: "alice".into(), code: c.into() }];
        assert!(a.evaluate(&code("07081804"), &h('h'), 1_111_111_109).mfa, "positive control");
        let again = a.evaluate(&code("07081804"), &h('h'), 1_111_111_109);
        assert!(!again.mfa && again.refused[0].contains("already used"), "replayed code");
        assert!(!a.evaluate(&code("12345678"), &h('h'), 1_111_111_200).mfa, "wrong code");
        // The next step's code is accepted once.
        assert!(a.evaluate(&code(&rfc_secret().code_at(1_111_111_140).unwrap()), &h('h'), 1_111_111_140).mfa);
        // An expert has no TOTP.
        assert!(!a.evaluate(&[ApprovalEvidence::Totp { approver: "e1".into(), code: "0".into() }], &h('h'), 0).mfa);
    }

    #[test]
    fn a_human_signed_approval_satisfies_mfa_and_an_expert_signature_does_not() {
        let p = default_provider();
        let human_key = SigningKey::generate(p, Algorithm::EdDsa).unwrap().with_kid(Kid::new("bob-key").unwrap());
        let (base, keys) = approvers();
        let mut list: Vec<Approver> = base.approvers.values().cloned().collect();
        list.push(Approver {
            id: "bob".into(),
            role: ApproverRole::Human,
            group: None,
            keys: Jwks { keys: vec![human_key.public_jwk()] },
            totp: None,
            email: None,
        });
        let a = Approvers::new(p, list).unwrap();
        let now = 1_800_000_000;
        let bob = SignedApproval::sign(&human_key, "bob", &h('H'), "", now + 60).unwrap();
        assert!(a.evaluate(&[ApprovalEvidence::Signed(bob.clone())], &h('H'), now).mfa, "positive control");
        assert!(!a.evaluate(&[ApprovalEvidence::Signed(bob)], &h('O'), now).mfa, "for another action");
        let expert = SignedApproval::sign(&keys[0], "e1", &h('H'), "fine", now + 60).unwrap();
        assert!(!a.evaluate(&[ApprovalEvidence::Signed(expert)], &h('H'), now).mfa, "an expert is not a second factor");
        let mut forged = SignedApproval::sign(&keys[0], "e1", &h('H'), "", now + 60).unwrap();
        forged.approver = "bob".into();
        forged.kid = "bob-key".into();
        assert!(!a.evaluate(&[ApprovalEvidence::Signed(forged)], &h('H'), now).mfa, "signed by someone else's key");
    }

    #[test]
    fn coalition_counts_distinct_valid_experts_with_rationale() {
        let (a, keys) = approvers();
        let now = 1_800_000_000;
        let sign = |i: usize, ahash: &ActionHash, rationale: &str, exp: i64| {
            ApprovalEvidence::Signed(SignedApproval::sign(&keys[i], &format!("e{}", i + 1), ahash, rationale, exp).unwrap())
        };
        let count = |ev: &[ApprovalEvidence]| a.evaluate(ev, &h('H'), now).experts.get("experts").map_or(0, BTreeSet::len);
        assert_eq!(count(&[sign(0, &h('H'), "ok", now + 60), sign(1, &h('H'), "agreed", now + 60)]), 2, "positive control");
        assert_eq!(count(&[sign(0, &h('H'), "ok", now + 60), sign(0, &h('H'), "twice", now + 60)]), 1, "one expert counts once");
        assert_eq!(count(&[sign(0, &h('O'), "ok", now + 60)]), 0, "moved to another action");
        assert_eq!(count(&[sign(0, &h('H'), "ok", now - 1)]), 0, "expired");
        assert_eq!(count(&[sign(0, &h('H'), "ok", now + 7200)]), 0, "lives too long");
        assert_eq!(count(&[sign(0, &h('H'), "  ", now + 60)]), 0, "no rationale");
        let mut forged = SignedApproval::sign(&keys[0], "e1", &h('H'), "ok", now + 60).unwrap();
        forged.approver = "e2".into();
        assert_eq!(count(&[ApprovalEvidence::Signed(forged)]), 0, "signature by e1 claimed as e2");
        let mut tampered = SignedApproval::sign(&keys[0], "e1", &h('H'), "ok", now + 60).unwrap();
        tampered.rationale = "changed".into();
        assert_eq!(count(&[ApprovalEvidence::Signed(tampered)]), 0, "rationale changed after signing");
    }
}
