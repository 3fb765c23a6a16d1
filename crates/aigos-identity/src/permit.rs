//! Execution permits (`typ: AIGOS-PERMIT+jwt`): what the guard hands an
//! approved action, and what the tool executor verifies before running it.

use std::sync::Arc;
use std::time::Duration;

use aigos_core::{ActionHash, ActionRequest, Clock, Status};
use aigos_crypto::{Algorithm, Signer};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Rule, TokenError};
use crate::replay::ReplayStore;
use crate::token::{KeyResolver, TokenVerifier, action_hash, new_jti};
use crate::{jose, strict_json};

/// `typ` of an execution permit.
pub const PERMIT_TYP: &str = "AIGOS-PERMIT+jwt";
/// Longest permit lifetime: 60 s.
pub const MAX_PERMIT_TTL: Duration = Duration::from_secs(60);

/// The claims of a permit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PermitClaims {
    /// The guard that issued it.
    pub iss: String,
    /// The agent.
    pub sub: String,
    /// The executor it is for.
    pub aud: String,
    /// Issued at.
    pub iat: i64,
    /// Expiry (at most 60 s after `iat`).
    pub exp: i64,
    /// Single-use id.
    pub jti: String,
    /// The action it permits.
    pub ahash: String,
    /// The decision (always APPROVED for a permit that verifies).
    pub decision: Status,
    /// The destinations the Guard checked for this action, with the
    /// addresses it checked: an executor connects only to these (it does
    /// not resolve the names again). Absent when the action names none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub egress: Vec<PermitEgress>,
}

/// One checked destination of a permit (claim `egress`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PermitEgress {
    /// The URL as the action names it.
    pub url: String,
    /// The checked socket addresses (`1.2.3.4:443`, `[2001:db8::1]:443`).
    pub addresses: Vec<std::net::SocketAddr>,
}

/// [`PermitClaims`] borrowed, for issuing without copying (same members,
/// same order).
#[derive(Serialize)]
struct ClaimsRef<'a> {
    iss: &'a str,
    sub: &'a str,
    aud: &'a str,
    iat: i64,
    exp: i64,
    jti: &'a str,
    ahash: &'a str,
    decision: Status,
    #[serde(skip_serializing_if = "<[PermitEgress]>::is_empty")]
    egress: &'a [PermitEgress],
}

/// Issues permits with an Ed25519 key, or the keys of a rotation schedule.
/// Clones share their keys: [`PermitIssuer::set_schedule`] on one (a key
/// reload) changes what all sign with.
#[derive(Debug, Clone)]
pub struct PermitIssuer {
    keys: Arc<std::sync::RwLock<Arc<IssuerKeys>>>,
    iss: String,
    ttl: Duration,
    clock: Arc<dyn Clock>,
}

/// A schedule with each key's protected header, encoded once.
#[derive(Debug)]
struct IssuerKeys {
    schedule: aigos_crypto::KeySchedule,
    /// Same order as the schedule's keys.
    headers: Vec<String>,
}

impl IssuerKeys {
    fn new(schedule: aigos_crypto::KeySchedule) -> Result<Self, Error> {
        if schedule.keys().iter().any(|k| k.signer.algorithm() != Algorithm::EdDsa) {
            return Err(Error::Invalid("permits are signed with EdDSA".into()));
        }
        let headers = schedule.keys().iter().map(|k| jose::encoded_header(k.signer.as_ref(), PERMIT_TYP)).collect();
        Ok(IssuerKeys { schedule, headers })
    }
}

impl PermitIssuer {
    /// A permit issuer; `ttl` is clamped to 60 s.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the key is not Ed25519.
    pub fn new(key: Arc<dyn Signer>, iss: impl Into<String>, ttl: Duration, clock: Arc<dyn Clock>) -> Result<Self, Error> {
        Self::scheduled(aigos_crypto::KeySchedule::single(key), iss, ttl, clock)
    }

    /// A permit issuer whose key rotates: each permit is signed by the key
    /// the schedule names at its `iat`.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the keys are not Ed25519.
    pub fn scheduled(keys: aigos_crypto::KeySchedule, iss: impl Into<String>, ttl: Duration, clock: Arc<dyn Clock>) -> Result<Self, Error> {
        let keys = Arc::new(std::sync::RwLock::new(Arc::new(IssuerKeys::new(keys)?)));
        Ok(PermitIssuer { keys, iss: iss.into(), ttl: ttl.min(MAX_PERMIT_TTL), clock })
    }

    /// Replaces the schedule (a key reload after `aigos keys rotate`), for
    /// this issuer and its clones.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the keys are not Ed25519; the schedule in
    /// force is then kept.
    pub fn set_schedule(&self, keys: aigos_crypto::KeySchedule) -> Result<(), Error> {
        let keys = Arc::new(IssuerKeys::new(keys)?);
        *self.keys.write().unwrap_or_else(std::sync::PoisonError::into_inner) = keys;
        Ok(())
    }

    fn keys(&self) -> Arc<IssuerKeys> {
        self.keys.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// The public key of the key that signs now (JWK with its `kid`).
    pub fn public_jwk(&self) -> aigos_crypto::Jwk {
        self.keys().schedule.current(self.clock.now_secs()).public_jwk()
    }

    /// The keys an executor must know now: every key that signs now or
    /// later, and a retired key until the last permit it signed has
    /// expired (its retirement plus the permit lifetime and a minute of
    /// clock skew).
    pub fn published_jwks(&self) -> aigos_crypto::Jwks {
        let now = self.clock.now_secs();
        let keys =
            self.keys().schedule.keys().iter().filter(|k| self.is_published(k, now)).map(aigos_crypto::ScheduledKey::public_jwk).collect();
        aigos_crypto::Jwks { keys }
    }

    /// Whether `key` is in [`PermitIssuer::published_jwks`] at `now`.
    fn is_published(&self, key: &aigos_crypto::ScheduledKey, now: i64) -> bool {
        let lifetime = i64::try_from(self.ttl.as_secs()).unwrap_or(60).saturating_add(60);
        key.retired_at.is_none_or(|r| now < r.saturating_add(lifetime))
    }

    /// The schedule of this issuer's keys.
    pub fn schedule(&self) -> aigos_crypto::KeySchedule {
        self.keys().schedule.clone()
    }

    /// A key resolver over [`PermitIssuer::published_jwks`] as it is at each
    /// lookup (so it follows rotations and key reloads), with each retired
    /// key's retirement: what an executor in this process verifies with.
    pub fn published_keys(&self, provider: aigos_crypto::Provider) -> PublishedKeys {
        PublishedKeys { issuer: self.clone(), provider, cache: Arc::default() }
    }

    /// Issues a permit for an approved `request`, addressed to `executor`.
    ///
    /// # Errors
    /// [`Error::Crypto`] when hashing or signing fails.
    pub fn issue(&self, request: &ActionRequest, executor: &str) -> Result<String, Error> {
        self.issue_for_hash(request, &action_hash(self.keys().schedule.current(self.clock.now_secs()).provider(), request)?, executor)
    }

    /// [`PermitIssuer::issue`] with the request's [`action_hash`] already
    /// computed (with the same provider).
    ///
    /// # Errors
    /// [`Error::Crypto`] when signing fails.
    pub fn issue_for_hash(&self, request: &ActionRequest, ahash: &ActionHash, executor: &str) -> Result<String, Error> {
        self.issue_with_jti(request, ahash, executor, &new_jti(self.keys().schedule.current(self.clock.now_secs()).provider())?)
    }

    /// [`PermitIssuer::issue_for_hash`] with the permit's `jti` chosen by the
    /// caller: a random UUID that is never reused, e.g. the id of the
    /// validation that approved the request (so the permit names its audit
    /// record).
    ///
    /// # Errors
    /// [`Error::Invalid`] when `jti` is not a UUID; [`Error::Crypto`] when
    /// signing fails.
    pub fn issue_with_jti(&self, request: &ActionRequest, ahash: &ActionHash, executor: &str, jti: &str) -> Result<String, Error> {
        self.issue_with_egress(request, ahash, executor, jti, &[])
    }

    /// As [`PermitIssuer::issue_with_jti`], naming the destinations the
    /// Guard checked (claim `egress`), so the executor connects only to
    /// the checked addresses.
    ///
    /// # Errors
    /// As [`PermitIssuer::issue_with_jti`].
    pub fn issue_with_egress(
        &self,
        request: &ActionRequest,
        ahash: &ActionHash,
        executor: &str,
        jti: &str,
        egress: &[PermitEgress],
    ) -> Result<String, Error> {
        if crate::replay::parse_uuid(jti).is_none() {
            return Err(Error::Invalid(format!("jti {jti:?} is not a UUID")));
        }
        let iat = self.clock.now_secs();
        let claims = ClaimsRef {
            iss: &self.iss,
            sub: request.agent_id.as_str(),
            aud: executor,
            iat,
            exp: iat.saturating_add(i64::try_from(self.ttl.as_secs()).unwrap_or(60)),
            jti,
            ahash: ahash.as_str(),
            decision: Status::Approved,
            egress,
        };
        let mut json = Vec::with_capacity(512);
        serde_json::to_writer(&mut json, &claims).map_err(|e| Error::Invalid(e.to_string()))?;
        // The key and its header are chosen once, at `iat`: a permit is
        // never signed by one key under the other's kid.
        let keys = self.keys();
        let index = keys.schedule.keys().iter().rposition(|k| k.signs_from <= iat).unwrap_or(0);
        let (Some(key), Some(header)) = (keys.schedule.keys().get(index), keys.headers.get(index)) else {
            return Err(Error::Invalid("no permit key".into()));
        };
        Ok(jose::sign_with_header(key.signer.as_ref(), header, &json)?)
    }
}

/// The keys that verify a [`PermitIssuer`]'s permits now; see
/// [`PermitIssuer::published_keys`].
#[derive(Debug, Clone)]
pub struct PublishedKeys {
    issuer: PermitIssuer,
    provider: aigos_crypto::Provider,
    /// The verifying keys of one schedule (same order as its keys), parsed
    /// once per schedule rather than once per permit.
    cache: Arc<std::sync::Mutex<Option<VerifyingKeys>>>,
}

/// A schedule and its keys prepared for verification.
#[derive(Debug)]
struct VerifyingKeys {
    of: Arc<IssuerKeys>,
    keys: Vec<Option<aigos_crypto::VerifyingKey>>,
}

impl KeyResolver for PublishedKeys {
    fn resolve(&self, kid: &str) -> Option<aigos_crypto::VerifyingKey> {
        let current = self.issuer.keys();
        let index = current.schedule.keys().iter().position(|k| k.signer.kid().as_str() == kid)?;
        if !self.issuer.is_published(current.schedule.keys().get(index)?, self.issuer.clock.now_secs()) {
            return None;
        }
        let mut cache = self.cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !cache.as_ref().is_some_and(|c| Arc::ptr_eq(&c.of, &current)) {
            let keys = current
                .schedule
                .keys()
                .iter()
                .map(|k| aigos_crypto::VerifyingKey::new(self.provider, k.signer.public_key().clone()).ok())
                .collect();
            *cache = Some(VerifyingKeys { of: current, keys });
        }
        cache.as_ref()?.keys.get(index)?.clone()
    }

    fn retired_at(&self, kid: &str) -> Option<i64> {
        self.issuer.keys().schedule.find(kid)?.retired_at
    }
}

/// Verifies permits on the executor side: signature, `typ`, audience, expiry,
/// TTL <= 60 s, the action hash, the decision, and single use.
#[derive(Clone)]
pub struct PermitVerifier {
    inner: TokenVerifier,
    keys: Arc<dyn KeyResolver>,
    replay: Arc<dyn ReplayStore>,
}

impl PermitVerifier {
    /// A verifier for permits addressed to `executor`.
    pub fn new(keys: Arc<dyn KeyResolver>, executor: &str, replay: Arc<dyn ReplayStore>, clock: Arc<dyn Clock>) -> Self {
        let inner = TokenVerifier::builder(keys.clone(), executor).typ(PERMIT_TYP).max_ttl(MAX_PERMIT_TTL).clock(clock).build();
        PermitVerifier { inner, keys, replay }
    }

    /// Verifies `permit` for exactly `request`, consuming it.
    ///
    /// # Errors
    /// [`TokenError`] naming the rule that fired.
    pub async fn verify(&self, permit: &str, request: &ActionRequest) -> Result<PermitClaims, TokenError> {
        let verified = self.inner.verify_stateless(permit)?;
        let key = self.keys.resolve(&verified.kid).ok_or_else(|| TokenError::new(Rule::UnknownKid, "kid vanished"))?;
        if key.algorithm() != Algorithm::EdDsa {
            return Err(TokenError::new(Rule::AlgNotAllowed, "permits are EdDSA only"));
        }
        let value = serde_json::to_vec(&verified.claims).map_err(|e| TokenError::new(Rule::Claim, e.to_string()))?;
        let raw = strict_json::parse_object(&value).map_err(|e| TokenError::new(Rule::Claim, e))?;
        let claims: PermitClaims = serde_json::from_value(serde_json::Value::Object(raw))
            .map_err(|e| TokenError::new(Rule::Claim, format!("permit claims: {e}")))?;
        if claims.decision != Status::Approved {
            return Err(TokenError::new(Rule::Claim, "decision is not APPROVED"));
        }
        let expected = action_hash(key.provider(), request).map_err(|e| TokenError::new(Rule::ActionMismatch, e.to_string()))?;
        if claims.ahash != expected.as_str() || claims.sub != request.agent_id.as_str() {
            return Err(TokenError::new(Rule::ActionMismatch, "permit is for another action"));
        }
        let until = u64::try_from(claims.exp.saturating_add(5)).unwrap_or(0).saturating_mul(1000);
        self.replay.check_and_insert(&claims.jti, until).await.map_err(|e| match e {
            crate::ReplayError::Replayed => TokenError::new(Rule::Replayed, "permit already used"),
            e @ crate::ReplayError::Backend(_) => TokenError::new(Rule::StateUnavailable, e.to_string()),
            other => TokenError::new(Rule::ReplayStore, other.to_string()),
        })?;
        Ok(claims)
    }
}
