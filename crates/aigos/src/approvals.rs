//! Step 6 evidence: MFA (a TOTP code of a registered human approver, or an
//! approval that approver signed over the action hash) and the coalition of
//! experts (k distinct registered experts, each signing the action hash with
//! a rationale).
//!
//! Every approval names the action hash, so it cannot be moved to another
//! action; it expires; it is used once. A TOTP code is accepted only with
//! the challenge of a pending approval (the REQUIRES_MFA outcome names it),
//! for that challenge's action, once; wrong codes count against the
//! approver, who is locked out after too many. Used codes, used approvals,
//! failure counters, lockouts and challenges live in an
//! [`ApprovalStore`], so a restart (or another Guard sharing the store)
//! does not forget them.

use std::collections::{BTreeSet, HashMap};

use aigos_core::{ActionHash, ApprovalStore, Attempts, LockoutRule, StateError, UnixMillis};
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
    /// A TOTP code of a human approver, for a pending approval.
    Totp {
        /// The approver's id.
        approver: String,
        /// The code.
        code: String,
        /// The id of the challenge the REQUIRES_MFA outcome named: the
        /// code is accepted for that challenge's action only, once.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        challenge: Option<String>,
    },
    /// A signed approval (a human's for MFA, an expert's for a coalition).
    Signed(SignedApproval),
}

/// What a request needs approved.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Requirement {
    /// A second factor of a human approver (TOTP with the challenge, or a
    /// signed approval).
    Mfa,
    /// `quorum` distinct experts of `group`, each signing with a rationale.
    Coalition {
        /// The expert group.
        group: String,
        /// Signatures needed.
        quorum: u32,
    },
}

/// The kind of evidence an approver gave (what the audit record names:
/// never the code or the signature).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EvidenceKind {
    /// A TOTP code.
    Totp,
    /// A signed approval.
    Signed,
}

/// One approver whose evidence counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApprovalRef {
    /// The approver's id.
    pub approver: String,
    /// What they gave.
    pub evidence: EvidenceKind,
}

/// What the evidence satisfied.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Satisfied {
    /// Whether the requirement is met.
    pub met: bool,
    /// Distinct approvers counted (experts for a coalition).
    pub have: usize,
    /// The approvers whose evidence counted (and was used up).
    pub approved_by: Vec<ApprovalRef>,
    /// Why evidence was not counted (no secrets in here).
    pub refused: Vec<String>,
    /// Approvers this evaluation locked out: (approver, until).
    pub locked_out: Vec<(String, UnixMillis)>,
}

/// The question put to [`Approvers::evaluate`].
#[derive(Debug, Clone)]
pub struct Ask<'a> {
    /// The action hash of the request.
    pub ahash: &'a ActionHash,
    /// What it needs.
    pub requirement: &'a Requirement,
    /// Now, in Unix milliseconds (the Guard's clock).
    pub now_ms: UnixMillis,
    /// Failed-attempt limits.
    pub lockout: &'a LockoutRule,
}

/// A valid signed approval, not used yet.
struct Candidate<'a> {
    approver: &'a Approver,
    /// Its single-use key in the store.
    key: String,
    expires_ms: UnixMillis,
}

/// Longest approver id, key id, challenge id or code accepted in evidence.
const MAX_EVIDENCE_ID: usize = 128;
/// Longest rationale of a signed approval.
const MAX_RATIONALE: usize = 2048;
/// Longest signature (base64url of a 64-byte Ed25519 or P-256 signature is 86).
const MAX_SIGNATURE: usize = 128;

/// Why a request's evidence list is refused as a whole because a field is
/// too long or holds control characters: nothing in it is checked, and no
/// field of it is echoed into the outcome or the audit record.
pub fn malformed_evidence(evidence: &[ApprovalEvidence]) -> Option<String> {
    let field = |name: &str, value: &str, max: usize| -> Option<String> {
        if value.len() > max {
            Some(format!("{name} of {} bytes, at most {max}", value.len()))
        } else if value.chars().any(char::is_control) {
            Some(format!("{name} holds control characters"))
        } else {
            None
        }
    };
    evidence.iter().enumerate().find_map(|(i, e)| {
        let why = match e {
            ApprovalEvidence::Totp { approver, code, challenge } => field("approver", approver, MAX_EVIDENCE_ID)
                .or_else(|| field("code", code, 16))
                .or_else(|| challenge.as_deref().and_then(|c| field("challenge", c, MAX_EVIDENCE_ID))),
            ApprovalEvidence::Signed(a) => field("approver", &a.approver, MAX_EVIDENCE_ID)
                .or_else(|| field("kid", &a.kid, MAX_EVIDENCE_ID))
                .or_else(|| field("rationale", &a.rationale, MAX_RATIONALE))
                .or_else(|| field("signature", &a.signature, MAX_SIGNATURE)),
        };
        why.map(|w| format!("evidence {}: {w}", i + 1))
    })
}

/// Why a request's evidence list is refused as a whole: a second piece of
/// the same kind from one approver (each approver gives at most one TOTP
/// code and one signed approval per request: more is an attempt to guess
/// or to count twice).
pub fn duplicate_evidence(evidence: &[ApprovalEvidence]) -> Option<String> {
    let mut seen = BTreeSet::new();
    evidence.iter().find_map(|e| {
        let (approver, kind) = match e {
            ApprovalEvidence::Totp { approver, .. } => (approver.as_str(), "TOTP code"),
            ApprovalEvidence::Signed(a) => (a.approver.as_str(), "signed approval"),
        };
        (!seen.insert((approver, kind))).then(|| format!("more than one {kind} from {approver}"))
    })
}

/// The registered approvers and their keys. What was used lives in an
/// [`ApprovalStore`].
pub struct Approvers {
    provider: Provider,
    approvers: HashMap<String, Approver>,
    keys: HashMap<(String, String), VerifyingKey>,
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
        Ok(Approvers { provider, approvers, keys })
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

    /// The time step whose code `code` is (one step of drift either way),
    /// or `None` when it is wrong.
    fn totp_step(secret: &TotpSecret, code: &str, now: i64) -> Result<Option<u64>, String> {
        let key = secret.key()?;
        let now_u = u64::try_from(now).map_err(|_| "time before 1970".to_string())?;
        let current = totp_step(now_u, secret.step_secs);
        let width = usize::try_from(secret.digits).unwrap_or(6);
        Ok([current.saturating_sub(1), current, current.saturating_add(1)].into_iter().find(|step| {
            let want = totp(secret.algorithm, &key, step.saturating_mul(secret.step_secs.max(1)), secret.step_secs, secret.digits)
                .map(|v| format!("{v:0width$}"));
            want.is_ok_and(|w| bool::from(w.as_bytes().ct_eq(code.as_bytes())))
        }))
    }

    /// One TOTP item: `Ok(())` when it satisfies MFA (the code, the
    /// challenge and the used-code marker are then used up), `Err(why)`
    /// otherwise. A wrong code counts against the approver.
    async fn check_totp(
        &self,
        store: &dyn ApprovalStore,
        ask: &Ask<'_>,
        (approver_id, code, challenge): (&str, &str, Option<&str>),
        out: &mut Satisfied,
    ) -> Result<Result<(), String>, StateError> {
        let Some(approver) = self.approvers.get(approver_id) else {
            return Ok(Err(format!("{approver_id} is not a registered approver")));
        };
        if approver.role != ApproverRole::Human {
            return Ok(Err(format!("{approver_id} is not a human approver")));
        }
        let Some(secret) = approver.totp.as_ref() else {
            return Ok(Err(format!("{approver_id} has no TOTP enrolment")));
        };
        if *ask.requirement != Requirement::Mfa {
            return Ok(Err(format!("a TOTP code of {approver_id} does not count towards a coalition")));
        }
        // Without an open challenge of this action the code is not checked
        // and does not count: nobody guesses, nobody locks anyone out.
        let Some(challenge_id) = challenge else {
            return Ok(Err(format!("TOTP code of {approver_id} names no challenge (a code is accepted only for a pending approval)")));
        };
        match store.challenge(challenge_id, ask.now_ms).await? {
            None => return Ok(Err(format!("challenge {challenge_id} is unknown, used or expired"))),
            Some(c) if c.ahash != ask.ahash.as_str() => return Ok(Err(format!("challenge {challenge_id} is for another action"))),
            Some(_) => {}
        }
        // The attempt is counted before the code is checked (and taken back
        // if it is right): concurrent guesses cannot all pass the lockout.
        let n = match store.begin_attempt(approver_id, ask.now_ms, ask.lockout).await? {
            Attempts::Allowed(n) => n,
            Attempts::Locked(until) => {
                return Ok(Err(format!("{approver_id} is locked out after failed codes until {} (Unix s)", until / 1000)));
            }
            _ => return Ok(Err(format!("{approver_id} may not try a code now"))),
        };
        let now = i64::try_from(ask.now_ms / 1000).unwrap_or(i64::MAX);
        let step = match Self::totp_step(secret, code, now) {
            Err(why) => {
                store.end_attempt(approver_id, ask.now_ms, ask.lockout, true).await?;
                return Ok(Err(format!("approver {approver_id}: {why}")));
            }
            Ok(Some(step)) => {
                store.end_attempt(approver_id, ask.now_ms, ask.lockout, true).await?;
                step
            }
            Ok(None) => {
                return Ok(Err(match store.end_attempt(approver_id, ask.now_ms, ask.lockout, false).await? {
                    Some(until) => {
                        out.locked_out.push((approver_id.to_owned(), until));
                        format!("TOTP code of {approver_id} is wrong; {approver_id} is now locked out until {} (Unix s)", until / 1000)
                    }
                    None => format!("TOTP code of {approver_id} is wrong ({n} of {} allowed)", ask.lockout.max_failures),
                }));
            }
        };
        // A code is valid until its step and the next have passed.
        let step_ms = secret.step_secs.max(1).saturating_mul(1000);
        let expires = step.saturating_add(2).saturating_mul(step_ms);
        if !store.use_once(&format!("totp:{approver_id}:{step}"), expires).await? {
            return Ok(Err(format!("TOTP code of {approver_id} was already used")));
        }
        // Codes of earlier steps still inside the drift window are spent
        // with it: time only moves forward for one approver.
        for earlier in 1..=2u64 {
            if let Some(s) = step.checked_sub(earlier) {
                store.use_once(&format!("totp:{approver_id}:{s}"), expires).await?;
            }
        }
        if !store.take_challenge(challenge_id, ask.now_ms).await? {
            return Ok(Err(format!("challenge {challenge_id} was already used")));
        }
        Ok(Ok(()))
    }

    /// Evaluates `evidence` for `ask`, using up what counts: a TOTP code
    /// and its challenge as soon as they check, signed approvals only when
    /// they meet the requirement together (a partial coalition keeps its
    /// signatures for the next attempt).
    ///
    /// # Errors
    /// [`StateError`] when the store does not answer: refuse the request.
    pub async fn evaluate(&self, store: &dyn ApprovalStore, ask: &Ask<'_>, evidence: &[ApprovalEvidence]) -> Result<Satisfied, StateError> {
        let mut out = Satisfied::default();
        let now = i64::try_from(ask.now_ms / 1000).unwrap_or(i64::MAX);
        let mut candidates = Vec::new();
        for e in evidence {
            match e {
                ApprovalEvidence::Totp { approver, code, challenge } => {
                    if out.met {
                        out.refused.push(format!("TOTP code of {approver} not needed (MFA already satisfied)"));
                        continue;
                    }
                    match self.check_totp(store, ask, (approver, code, challenge.as_deref()), &mut out).await? {
                        Ok(()) => {
                            out.met = true;
                            out.have = 1;
                            out.approved_by.push(ApprovalRef { approver: approver.clone(), evidence: EvidenceKind::Totp });
                        }
                        Err(why) => out.refused.push(why),
                    }
                }
                ApprovalEvidence::Signed(a) => match self.check_signed(a, ask.ahash, now) {
                    Ok(approver) => match self.candidate(approver, a, ask.requirement) {
                        Ok(c) => candidates.push(c),
                        Err(why) => out.refused.push(why),
                    },
                    Err(why) => out.refused.push(why),
                },
            }
        }
        match ask.requirement {
            Requirement::Mfa => {
                for c in candidates {
                    if out.met {
                        break;
                    }
                    if store.use_once(&c.key, c.expires_ms).await? {
                        out.met = true;
                        out.have = 1;
                        out.approved_by.push(ApprovalRef { approver: c.approver.id.clone(), evidence: EvidenceKind::Signed });
                    } else {
                        out.refused.push(format!("approval by {} was already used", c.approver.id));
                    }
                }
            }
            Requirement::Coalition { quorum, .. } => {
                let quorum = usize::try_from(*quorum).unwrap_or(usize::MAX);
                // All signatures are used up together or none: a fresh one
                // is never spent next to a used one, nor on a quorum that
                // is not met.
                let mut fresh = candidates;
                while fresh.len() >= quorum {
                    let keys: Vec<(String, UnixMillis)> = fresh.iter().map(|c| (c.key.clone(), c.expires_ms)).collect();
                    let used = store.use_all_once(&keys).await?;
                    if used.is_empty() {
                        out.met = true;
                        out.approved_by =
                            fresh.iter().map(|c| ApprovalRef { approver: c.approver.id.clone(), evidence: EvidenceKind::Signed }).collect();
                        break;
                    }
                    let mut index = 0;
                    fresh.retain(|c| {
                        let keep = !used.contains(&index);
                        index += 1;
                        if !keep {
                            out.refused.push(format!("approval by {} was already used", c.approver.id));
                        }
                        keep
                    });
                }
                out.have = if out.met { out.approved_by.len() } else { fresh.len() };
            }
        }
        Ok(out)
    }

    /// A verified approval as a candidate for `requirement`, or why it
    /// cannot count.
    fn candidate<'a>(&'a self, approver: &'a Approver, a: &SignedApproval, requirement: &Requirement) -> Result<Candidate<'a>, String> {
        match (requirement, approver.role, &approver.group) {
            (Requirement::Mfa, ApproverRole::Human, _) => {}
            (Requirement::Mfa, ApproverRole::Expert, _) => return Err(format!("{} is an expert, not a second factor", a.approver)),
            (Requirement::Coalition { group, .. }, ApproverRole::Expert, Some(g)) if g == group => {
                if a.rationale.trim().is_empty() {
                    return Err(format!("approval by {} has no rationale", a.approver));
                }
            }
            (Requirement::Coalition { group, .. }, _, _) => return Err(format!("{} is not an expert of {group}", a.approver)),
        }
        // The key is the signed content, not the signature bytes: a second
        // signature over the same approval (ECDSA signatures are malleable)
        // is the same approval.
        let digest = self.provider.sha256(&a.signed_bytes()?);
        let expires_ms = u64::try_from(a.expires_at).unwrap_or(0).saturating_mul(1000);
        Ok(Candidate { approver, key: format!("approval:{}", base64url::encode(&digest)), expires_ms })
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

    use std::sync::Arc;

    use aigos_core::{Challenge, ManualClock};

    use crate::LocalState;

    const NOW_MS: u64 = 1_111_111_109_000;

    /// A store, a clock at `NOW_MS` and an open challenge for `h('h')`.
    fn world() -> (LocalState, ManualClock) {
        let clock = ManualClock::new(NOW_MS);
        (LocalState::in_memory(1000, Arc::new(clock.clone())), clock)
    }

    async fn open(store: &LocalState, id: &str, ahash: &ActionHash, now_ms: u64) {
        let c = Challenge { agent: id.into(), ahash: ahash.as_str().into(), expires_at: now_ms + 300_000, id: id.into() };
        store.open_challenge(&c, 100).await.unwrap();
    }

    fn totp(code: &str, challenge: Option<&str>) -> ApprovalEvidence {
        ApprovalEvidence::Totp { approver: "alice".into(), code: code.into(), challenge: challenge.map(str::to_owned) }
    }

    async fn mfa(a: &Approvers, store: &LocalState, ev: &[ApprovalEvidence], ahash: &ActionHash, now_ms: u64) -> Satisfied {
        let rule = LockoutRule::default();
        let ask = Ask { ahash, requirement: &Requirement::Mfa, now_ms, lockout: &rule };
        a.evaluate(store, &ask, ev).await.unwrap()
    }

    async fn coalition(a: &Approvers, store: &LocalState, ev: &[ApprovalEvidence], ahash: &ActionHash, now_ms: u64) -> Satisfied {
        let rule = LockoutRule::default();
        let need = Requirement::Coalition { group: "experts".into(), quorum: 2 };
        let ask = Ask { ahash, requirement: &need, now_ms, lockout: &rule };
        a.evaluate(store, &ask, ev).await.unwrap()
    }

    #[test]
    fn totp_codes_match_rfc6238() {
        assert_eq!(rfc_secret().code_at(59).unwrap(), "94287082");
        assert_eq!(rfc_secret().code_at(1_111_111_109).unwrap(), "07081804", "leading zero kept");
    }

    #[tokio::test]
    async fn a_totp_code_is_accepted_once_for_its_challenge_and_action() {
        let (a, _) = approvers();
        let (store, _) = world();
        open(&store, "c1", &h('h'), NOW_MS).await;
        open(&store, "c2", &h('o'), NOW_MS).await;
        open(&store, "c3", &h('h'), NOW_MS).await;
        let ok = mfa(&a, &store, &[totp("07081804", Some("c1"))], &h('h'), NOW_MS).await;
        assert!(ok.met, "positive control: {:?}", ok.refused);
        assert_eq!(ok.approved_by, vec![ApprovalRef { approver: "alice".into(), evidence: EvidenceKind::Totp }]);
        // The same code again, on another request with its own challenge.
        let again = mfa(&a, &store, &[totp("07081804", Some("c3"))], &h('h'), NOW_MS).await;
        assert!(!again.met && again.refused[0].contains("already used"), "{:?}", again.refused);
        // The used challenge cannot be presented again.
        let reused = mfa(&a, &store, &[totp("07081804", Some("c1"))], &h('h'), NOW_MS).await;
        assert!(!reused.met && reused.refused[0].contains("unknown, used or expired"), "{:?}", reused.refused);
        // A challenge of another action.
        let moved = mfa(&a, &store, &[totp("07081804", Some("c2"))], &h('h'), NOW_MS).await;
        assert!(!moved.met && moved.refused[0].contains("another action"), "{:?}", moved.refused);
        // No challenge, or an invented one.
        assert!(mfa(&a, &store, &[totp("07081804", None)], &h('h'), NOW_MS).await.refused[0].contains("names no challenge"));
        assert!(!mfa(&a, &store, &[totp("07081804", Some("made-up"))], &h('h'), NOW_MS).await.met);
        // The next step's code on a fresh challenge is accepted, once; the
        // earlier step's code is then spent too (time moves forward).
        open(&store, "c4", &h('h'), NOW_MS).await;
        let next = rfc_secret().code_at(1_111_111_140).unwrap();
        assert!(mfa(&a, &store, &[totp(&next, Some("c4"))], &h('h'), 1_111_111_140_000).await.met);
        // An expert has no TOTP, and a TOTP code is no coalition signature.
        open(&store, "c5", &h('h'), NOW_MS).await;
        let expert = ApprovalEvidence::Totp { approver: "e1".into(), code: "0".into(), challenge: Some("c5".into()) };
        assert!(!mfa(&a, &store, &[expert], &h('h'), NOW_MS).await.met);
        let for_coe = coalition(&a, &store, &[totp("07081804", Some("c5"))], &h('h'), NOW_MS).await;
        assert!(for_coe.refused[0].contains("coalition"), "{:?}", for_coe.refused);
    }

    #[tokio::test]
    async fn an_expired_challenge_is_refused() {
        let (a, _) = approvers();
        let (store, clock) = world();
        open(&store, "c1", &h('h'), NOW_MS).await;
        clock.set(NOW_MS + 300_000);
        let late = mfa(&a, &store, &[totp("07081804", Some("c1"))], &h('h'), NOW_MS + 300_000).await;
        assert!(!late.met, "the challenge expired");
    }

    #[tokio::test]
    async fn wrong_codes_lock_the_approver_out_and_the_lockout_ends() {
        let (a, _) = approvers();
        let (store, _) = world();
        open(&store, "c", &h('h'), NOW_MS).await;
        for i in 1..=4u32 {
            let s = mfa(&a, &store, &[totp(&format!("{i:08}"), Some("c"))], &h('h'), NOW_MS).await;
            assert!(!s.met && s.refused[0].contains(&format!("({i} of 5 allowed)")), "{:?}", s.refused);
            assert!(s.locked_out.is_empty());
        }
        let fifth = mfa(&a, &store, &[totp("00000005", Some("c"))], &h('h'), NOW_MS).await;
        let until = NOW_MS + LockoutRule::default().lockout_ms;
        assert_eq!(fifth.locked_out, vec![("alice".to_owned(), until)]);
        // Locked: even the right code is refused, and not checked.
        let right = mfa(&a, &store, &[totp("07081804", Some("c"))], &h('h'), NOW_MS + 1000).await;
        assert!(!right.met && right.refused[0].contains("locked out"), "{:?}", right.refused);
        assert_eq!(store.lockouts(NOW_MS).await.unwrap(), vec![("alice".to_owned(), until)]);
        // After the lockout, the right code (of that time) on a fresh challenge works.
        let later_ms = until + 1000;
        open(&store, "d", &h('h'), later_ms).await;
        let code = rfc_secret().code_at(i64::try_from(later_ms / 1000).unwrap()).unwrap();
        let after = mfa(&a, &store, &[totp(&code, Some("d"))], &h('h'), later_ms).await;
        assert!(after.met, "positive control after the lockout: {:?}", after.refused);
    }

    #[tokio::test]
    async fn failures_outside_the_window_do_not_add_up() {
        let (a, _) = approvers();
        let (store, _) = world();
        open(&store, "c", &h('h'), NOW_MS).await;
        let window = LockoutRule::default().window_ms;
        for i in 0..8u64 {
            // One wrong code every 4 minutes: never 5 within 15 minutes.
            let t = NOW_MS + i * window / 4 + 1;
            let s = mfa(&a, &store, &[totp("99999999", Some("c"))], &h('h'), t).await;
            assert!(s.locked_out.is_empty(), "failure {i} at +{} ms locked: {:?}", t - NOW_MS, s.refused);
        }
    }

    #[tokio::test]
    async fn a_human_signed_approval_satisfies_mfa_once_and_an_expert_signature_does_not() {
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
        let (store, _) = world();
        let now = 1_800_000_000;
        let ms = now as u64 * 1000;
        let bob = SignedApproval::sign(&human_key, "bob", &h('H'), "", now + 60).unwrap();
        assert!(!mfa(&a, &store, &[ApprovalEvidence::Signed(bob.clone())], &h('O'), ms).await.met, "for another action");
        let ok = mfa(&a, &store, &[ApprovalEvidence::Signed(bob.clone())], &h('H'), ms).await;
        assert!(ok.met, "positive control");
        assert_eq!(ok.approved_by, vec![ApprovalRef { approver: "bob".into(), evidence: EvidenceKind::Signed }]);
        let again = mfa(&a, &store, &[ApprovalEvidence::Signed(bob)], &h('H'), ms).await;
        assert!(!again.met && again.refused[0].contains("already used"), "single use: {:?}", again.refused);
        let expert = SignedApproval::sign(&keys[0], "e1", &h('H'), "fine", now + 60).unwrap();
        assert!(!mfa(&a, &store, &[ApprovalEvidence::Signed(expert)], &h('H'), ms).await.met, "an expert is not a second factor");
        let mut forged = SignedApproval::sign(&keys[0], "e1", &h('H'), "", now + 60).unwrap();
        forged.approver = "bob".into();
        forged.kid = "bob-key".into();
        assert!(!mfa(&a, &store, &[ApprovalEvidence::Signed(forged)], &h('H'), ms).await.met, "signed by someone else's key");
    }

    #[tokio::test]
    async fn coalition_counts_distinct_valid_experts_with_rationale() {
        let (a, keys) = approvers();
        let (store, _) = world();
        let now = 1_800_000_000;
        let ms = now as u64 * 1000;
        let sign = |i: usize, ahash: &ActionHash, rationale: &str, exp: i64| {
            ApprovalEvidence::Signed(SignedApproval::sign(&keys[i], &format!("e{}", i + 1), ahash, rationale, exp).unwrap())
        };
        let count = |ev: Vec<ApprovalEvidence>| {
            let (a, store) = (&a, &store);
            async move { coalition(a, store, &ev, &h('H'), ms).await.have }
        };
        assert_eq!(count(vec![sign(0, &h('O'), "ok", now + 60)]).await, 0, "moved to another action");
        assert_eq!(count(vec![sign(0, &h('H'), "ok", now - 1)]).await, 0, "expired");
        assert_eq!(count(vec![sign(0, &h('H'), "ok", now + 7200)]).await, 0, "lives too long");
        assert_eq!(count(vec![sign(0, &h('H'), "  ", now + 60)]).await, 0, "no rationale");
        let mut forged = SignedApproval::sign(&keys[0], "e1", &h('H'), "ok", now + 60).unwrap();
        forged.approver = "e2".into();
        assert_eq!(count(vec![ApprovalEvidence::Signed(forged)]).await, 0, "signature by e1 claimed as e2");
        let mut tampered = SignedApproval::sign(&keys[0], "e1", &h('H'), "ok", now + 60).unwrap();
        tampered.rationale = "changed".into();
        assert_eq!(count(vec![ApprovalEvidence::Signed(tampered)]).await, 0, "rationale changed after signing");
        // A partial coalition keeps its signature for the next attempt...
        let first = sign(0, &h('H'), "ok", now + 60);
        let partial = coalition(&a, &store, std::slice::from_ref(&first), &h('H'), ms).await;
        assert!(!partial.met && partial.have == 1 && partial.approved_by.is_empty());
        // ...which meets the quorum with a second expert (positive control)...
        let second = sign(1, &h('H'), "agreed", now + 60);
        let met = coalition(&a, &store, &[first.clone(), second.clone()], &h('H'), ms).await;
        assert!(met.met && met.have == 2, "{:?}", met.refused);
        // ...and the same signatures do not approve the action again.
        let replay = coalition(&a, &store, &[first, second], &h('H'), ms).await;
        assert!(!replay.met && replay.have == 0 && replay.refused.iter().all(|r| r.contains("already used")), "{:?}", replay.refused);
    }

    #[test]
    fn one_piece_of_each_kind_per_approver() {
        let (_, keys) = approvers();
        let signed = || ApprovalEvidence::Signed(SignedApproval::sign(&keys[0], "e1", &h('H'), "ok", 60).unwrap());
        assert_eq!(duplicate_evidence(&[totp("1", None), signed()]), None, "positive control: two kinds, two approvers");
        assert!(duplicate_evidence(&[totp("1", None), totp("2", None)]).unwrap().contains("TOTP code from alice"));
        assert!(duplicate_evidence(&[signed(), signed()]).unwrap().contains("signed approval from e1"));
    }

    // Survivors of `cargo xtask mutants crates/aigos/src/approvals.rs`.

    #[test]
    fn evidence_fields_are_bounded_at_their_exact_lengths() {
        let (_, keys) = approvers();
        let totp_of = |approver: &str, code: &str, challenge: Option<&str>| ApprovalEvidence::Totp {
            approver: approver.into(),
            code: code.into(),
            challenge: challenge.map(str::to_owned),
        };
        let at = |n: usize| "a".repeat(n);
        // Positive control: every field at its limit passes.
        assert_eq!(malformed_evidence(&[totp_of(&at(128), &at(16), Some(&at(128)))]), None);
        let mut signed = SignedApproval::sign(&keys[0], "e1", &h('H'), &at(2048), 60).unwrap();
        assert_eq!(malformed_evidence(&[ApprovalEvidence::Signed(signed.clone())]), None);
        // One byte more, in any field, refuses the list and names the item.
        let over = [
            (totp_of(&at(129), "1", None), "approver of 129 bytes"),
            (totp_of("alice", &at(17), None), "code of 17 bytes"),
            (totp_of("alice", "1", Some(&at(129))), "challenge of 129 bytes"),
            (totp_of("al\nice", "1", None), "approver holds control characters"),
        ];
        for (e, why) in over {
            let got = malformed_evidence(&[totp_of("alice", "1", None), e]).unwrap();
            assert!(got.starts_with(&format!("evidence 2: {why}")), "{got}");
        }
        signed.rationale = at(2049);
        assert_eq!(
            malformed_evidence(&[ApprovalEvidence::Signed(signed.clone())]).unwrap(),
            "evidence 1: rationale of 2049 bytes, at most 2048"
        );
        signed.rationale = "ok".into();
        signed.signature = at(129);
        assert!(malformed_evidence(&[ApprovalEvidence::Signed(signed.clone())]).unwrap().contains("signature of 129 bytes"));
        signed.signature = String::new();
        signed.kid = at(129);
        assert!(malformed_evidence(&[ApprovalEvidence::Signed(signed)]).unwrap().contains("kid of 129 bytes"));
    }

    #[test]
    fn approvers_count_and_debug_without_contacts_or_secrets() {
        let (a, _) = approvers();
        assert_eq!((a.len(), a.is_empty()), (4, false));
        let none = Approvers::new(default_provider(), Vec::new()).unwrap();
        assert_eq!((none.len(), none.is_empty()), (0, true));
        let shown = format!("{a:?}");
        assert!(shown.contains("Approvers") && shown.contains("count: 4"), "{shown}");
        assert!(!shown.contains("alice@example.com") && !shown.contains(&rfc_secret().secret_base32), "{shown}");
    }

    #[tokio::test]
    async fn an_approval_may_live_exactly_the_maximum() {
        let (a, keys) = approvers();
        let (store, _) = world();
        let now = 1_800_000_000;
        let ms = now as u64 * 1000;
        let ev = |exp: i64| {
            vec![
                ApprovalEvidence::Signed(SignedApproval::sign(&keys[0], "e1", &h('H'), "ok", exp).unwrap()),
                ApprovalEvidence::Signed(SignedApproval::sign(&keys[1], "e2", &h('H'), "ok", exp).unwrap()),
            ]
        };
        let longer = coalition(&a, &store, &ev(now + MAX_APPROVAL_TTL_SECS + 1), &h('H'), ms).await;
        assert!(!longer.met && longer.refused.iter().all(|r| r.contains("lives longer")), "{:?}", longer.refused);
        let exact = coalition(&a, &store, &ev(now + MAX_APPROVAL_TTL_SECS), &h('H'), ms).await;
        assert!(exact.met, "{:?}", exact.refused);
    }

    #[tokio::test]
    async fn a_used_signature_first_in_the_list_leaves_the_fresh_ones_to_count() {
        let (a, keys) = approvers();
        let (store, _) = world();
        let now = 1_800_000_000;
        let ms = now as u64 * 1000;
        let sign =
            |i: usize| ApprovalEvidence::Signed(SignedApproval::sign(&keys[i], &format!("e{}", i + 1), &h('H'), "ok", now + 60).unwrap());
        // e1 and e2 approve once: both signatures are used.
        assert!(coalition(&a, &store, &[sign(0), sign(1)], &h('H'), ms).await.met);
        // e1's used signature first, then e2's used one, then e3's fresh one:
        // only e3 counts, short of the quorum, and the refusals name e1 and
        // e2 (not e3, whose signature stays fresh).
        let short = coalition(&a, &store, &[sign(0), sign(1), sign(2)], &h('H'), ms).await;
        assert!(!short.met && short.have == 1, "{short:?}");
        assert_eq!(short.refused, ["approval by e1 was already used", "approval by e2 was already used"]);
    }

    #[tokio::test]
    async fn an_expert_of_another_group_does_not_count() {
        let p = default_provider();
        let k = SigningKey::generate(p, Algorithm::EdDsa).unwrap().with_kid(Kid::new("x-key").unwrap());
        let outsider = Approver {
            id: "x".into(),
            role: ApproverRole::Expert,
            group: Some("finance".into()),
            keys: Jwks { keys: vec![k.public_jwk()] },
            totp: None,
            email: None,
        };
        let (a, keys) = approvers();
        let mut list: Vec<Approver> = a.approvers.values().cloned().collect();
        list.push(outsider);
        let a = Approvers::new(p, list).unwrap();
        let (store, _) = world();
        let now = 1_800_000_000;
        let ms = now as u64 * 1000;
        let x = ApprovalEvidence::Signed(SignedApproval::sign(&k, "x", &h('H'), "ok", now + 60).unwrap());
        let e1 = ApprovalEvidence::Signed(SignedApproval::sign(&keys[0], "e1", &h('H'), "ok", now + 60).unwrap());
        let got = coalition(&a, &store, &[x, e1.clone()], &h('H'), ms).await;
        assert!(!got.met && got.have == 1, "{got:?}");
        assert_eq!(got.refused, ["x is not an expert of experts"]);
    }
}
