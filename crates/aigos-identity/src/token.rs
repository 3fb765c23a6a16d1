//! Governance tokens: issuing and strict verification.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use aigos_core::{ActionHash, ActionRequest, Clock, SystemClock};
use aigos_crypto::{Jwks, Provider, Rs256VerifyingKey, Signer, VerifyingKey};

use crate::claims::{AigosClaims, Audience, Claims, Confirmation, RiskLevel};
use crate::error::{Error, Rule, TokenError};
use crate::jose::SigAlg;
use crate::replay::{ReplayError, ReplayStore};
use crate::{jose, strict_json};

/// `typ` of a governance token.
pub const GOVERNANCE_TYP: &str = "AIGOS-GOV+jwt";
/// Default and maximum token lifetime: 300 s.
pub const DEFAULT_TTL: Duration = Duration::from_secs(300);
/// Default clock-skew leeway: 5 s.
pub const DEFAULT_LEEWAY: Duration = Duration::from_secs(5);
/// Default token size limit: 8 KiB.
pub const DEFAULT_MAX_SIZE: usize = 8 * 1024;

/// Finds the verifying key for a `kid`.
pub trait KeyResolver: Send + Sync {
    /// The key registered under `kid`, if any (and usable: an implementation
    /// backed by a registry returns `None` for suspended or revoked agents).
    fn resolve(&self, kid: &str) -> Option<VerifyingKey>;

    /// When the key `kid` was retired (Unix seconds): tokens it signed
    /// (by `iat`) at or after this are refused. `None` for a key in service.
    fn retired_at(&self, kid: &str) -> Option<i64> {
        let _ = kid;
        None
    }
}

/// A fixed set of verifying keys by kid, e.g. loaded from a JWKS file.
#[derive(Debug, Clone, Default)]
pub struct KeySet {
    keys: HashMap<String, VerifyingKey>,
    retired: HashMap<String, i64>,
}

impl KeySet {
    /// Prepares every key of a JWKS with `provider`, with each retired
    /// key's [`Jwk::retired_at`](aigos_crypto::Jwk::retired_at).
    ///
    /// # Errors
    /// [`Error::Crypto`] when a key has no kid or is invalid.
    pub fn from_jwks(provider: Provider, jwks: &Jwks) -> Result<Self, Error> {
        let mut keys = HashMap::new();
        for jwk in &jwks.keys {
            let kid = jwk.kid.clone().ok_or_else(|| Error::Invalid("JWK without kid".into()))?;
            keys.insert(kid, VerifyingKey::new(provider, jwk.to_public_key()?)?);
        }
        Ok(KeySet { keys, retired: jwks.retirements() })
    }

    /// Marks `kid` as retired at `at` (Unix seconds).
    pub fn retire(&mut self, kid: impl Into<String>, at: i64) {
        self.retired.insert(kid.into(), at);
    }

    /// Adds a key under `kid`.
    pub fn insert(&mut self, kid: impl Into<String>, key: VerifyingKey) {
        self.keys.insert(kid.into(), key);
    }
}

impl KeyResolver for KeySet {
    fn resolve(&self, kid: &str) -> Option<VerifyingKey> {
        self.keys.get(kid).cloned()
    }

    fn retired_at(&self, kid: &str) -> Option<i64> {
        self.retired.get(kid).copied()
    }
}

/// base64url SHA-256 of the RFC 8785 bytes of `request`: the `ahash` claim
/// that binds a token to one action.
///
/// # Errors
/// [`Error::Invalid`] when the request cannot be canonicalized.
pub fn action_hash(provider: Provider, request: &ActionRequest) -> Result<ActionHash, Error> {
    let parts = aigos_core::canonical_request_and_payload(request)?;
    Ok(ActionHash::compute(&parts, |bytes| provider.sha256(bytes)))
}

/// A fresh random UUID (version 4) for `jti`.
///
/// # Errors
/// [`Error::Crypto`] when the random source fails.
pub fn new_jti(provider: Provider) -> Result<String, Error> {
    let mut bytes = [0u8; 16];
    provider.fill_random(&mut bytes)?;
    Ok(uuid::Builder::from_random_bytes(bytes).into_uuid().hyphenated().to_string())
}

/// What to put in a token besides the standard claims.
#[derive(Debug, Clone, Default)]
pub struct TokenRequest {
    /// `sub`: the agent id.
    pub sub: String,
    /// `aud`.
    pub aud: Vec<String>,
    /// Requested lifetime; clamped to the issuer's maximum.
    pub ttl: Option<Duration>,
    /// The AIGOS claim object.
    pub aigos: Option<AigosClaims>,
    /// Binding to one action (see [`action_hash`]).
    pub ahash: Option<ActionHash>,
    /// Certificate binding.
    pub cnf: Option<Confirmation>,
    /// Other claims; may not override registered ones.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Issues governance tokens signed with one key.
#[derive(Debug, Clone)]
pub struct TokenIssuer {
    key: Arc<dyn Signer>,
    iss: Option<String>,
    default_ttl: Duration,
    max_ttl: Duration,
    clock: Arc<dyn Clock>,
}

impl TokenIssuer {
    /// An issuer with TTL 300 s (default and maximum), no `iss`, the system clock.
    pub fn new(key: Arc<dyn Signer>) -> Self {
        TokenIssuer { key, iss: None, default_ttl: DEFAULT_TTL, max_ttl: DEFAULT_TTL, clock: Arc::new(SystemClock) }
    }

    /// Sets `iss`.
    #[must_use]
    pub fn issuer(mut self, iss: impl Into<String>) -> Self {
        self.iss = Some(iss.into());
        self
    }

    /// Sets the maximum TTL; requests above it are clamped.
    #[must_use]
    pub fn max_ttl(mut self, ttl: Duration) -> Self {
        self.max_ttl = ttl;
        self.default_ttl = self.default_ttl.min(ttl);
        self
    }

    /// Sets the clock.
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Issues one token.
    ///
    /// # Errors
    /// [`Error::Invalid`] for an empty `sub` or `aud`, or extra claims that
    /// collide with registered ones; [`Error::Crypto`] when signing fails.
    pub fn issue(&self, req: &TokenRequest) -> Result<String, Error> {
        if req.sub.is_empty() || req.aud.is_empty() || req.aud.iter().any(String::is_empty) {
            return Err(Error::Invalid("sub and aud must be non-empty".into()));
        }
        let ttl = req.ttl.unwrap_or(self.default_ttl).min(self.max_ttl);
        let iat = self.clock.now_secs();
        let exp = iat.saturating_add(i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX));
        const REGISTERED: &[&str] = &["iss", "sub", "aud", "iat", "nbf", "exp", "jti", "aigos", "ahash", "cnf"];
        if let Some(k) = req.extra.keys().find(|k| REGISTERED.contains(&k.as_str())) {
            return Err(Error::Invalid(format!("extra claim {k:?} collides with a registered claim")));
        }
        let claims = Claims {
            iss: self.iss.clone(),
            sub: req.sub.clone(),
            aud: match req.aud.as_slice() {
                [one] => Audience::One(one.clone()),
                many => Audience::Many(many.to_vec()),
            },
            iat,
            nbf: Some(iat),
            exp,
            jti: new_jti(self.key.provider())?,
            aigos: req.aigos.clone(),
            ahash: req.ahash.as_ref().map(|h| h.as_str().to_owned()),
            cnf: req.cnf.clone(),
            extra: req.extra.clone().into_iter().collect(),
        };
        let json = serde_json::to_vec(&claims).map_err(|e| Error::Invalid(e.to_string()))?;
        Ok(jose::sign(&self.key, GOVERNANCE_TYP, &json)?)
    }
}

/// A token that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedToken {
    /// The kid that signed it.
    pub kid: String,
    /// Its claims.
    pub claims: Claims,
}

/// Options of the AIGOS claim object (SPEC-PRT-003 validation options).
#[derive(Debug, Clone, Default)]
struct AigosOptions {
    require_golden_thread: bool,
    require_capabilities: Vec<String>,
    max_risk_level: Option<RiskLevel>,
    require_kill_switch: bool,
    max_generation_depth: Option<u32>,
}

impl AigosOptions {
    fn any(&self) -> bool {
        self.require_golden_thread
            || !self.require_capabilities.is_empty()
            || self.max_risk_level.is_some()
            || self.require_kill_switch
            || self.max_generation_depth.is_some()
    }
}

/// The strict verifier (RFC 8725). Build it with [`TokenVerifier::builder`].
#[derive(Clone)]
pub struct TokenVerifier {
    keys: Arc<dyn KeyResolver>,
    audience: String,
    issuer: Option<String>,
    typ: String,
    max_ttl: i64,
    leeway: i64,
    max_size: usize,
    clock: Arc<dyn Clock>,
    replay: Option<Arc<dyn ReplayStore>>,
    aigos: AigosOptions,
    rs256: Option<Arc<HashMap<String, Rs256VerifyingKey>>>,
}

impl std::fmt::Debug for TokenVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenVerifier").field("audience", &self.audience).field("issuer", &self.issuer).finish_non_exhaustive()
    }
}

/// Builder for [`TokenVerifier`].
#[must_use]
pub struct TokenVerifierBuilder(TokenVerifier);

impl TokenVerifier {
    /// A verifier for tokens addressed to `audience`, with keys from `keys`.
    /// Defaults: `typ` AIGOS-GOV+jwt, max TTL 300 s, leeway 5 s, size limit
    /// 8 KiB, any issuer, system clock, and no replay store (set one: without
    /// it `jti` is checked for form only).
    pub fn builder(keys: Arc<dyn KeyResolver>, audience: impl Into<String>) -> TokenVerifierBuilder {
        TokenVerifierBuilder(TokenVerifier {
            keys,
            audience: audience.into(),
            issuer: None,
            typ: GOVERNANCE_TYP.into(),
            max_ttl: 300,
            leeway: 5,
            max_size: DEFAULT_MAX_SIZE,
            clock: Arc::new(SystemClock),
            replay: None,
            aigos: AigosOptions::default(),
            rs256: None,
        })
    }
}

fn secs(d: Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
}

impl TokenVerifierBuilder {
    /// Requires `iss` to equal `issuer`.
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.0.issuer = Some(issuer.into());
        self
    }
    /// Sets the expected `typ`.
    pub fn typ(mut self, typ: impl Into<String>) -> Self {
        self.0.typ = typ.into();
        self
    }
    /// Sets the maximum `exp - iat`.
    pub fn max_ttl(mut self, ttl: Duration) -> Self {
        self.0.max_ttl = secs(ttl);
        self
    }
    /// Sets the clock-skew leeway.
    pub fn leeway(mut self, leeway: Duration) -> Self {
        self.0.leeway = secs(leeway);
        self
    }
    /// Sets the size limit in bytes.
    pub fn max_size(mut self, bytes: usize) -> Self {
        self.0.max_size = bytes;
        self
    }
    /// Sets the clock.
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.0.clock = clock;
        self
    }
    /// Sets the replay store: every `jti` is then single use.
    pub fn replay_store(mut self, store: Arc<dyn ReplayStore>) -> Self {
        self.0.replay = Some(store);
        self
    }
    /// Requires a verified golden thread in the `aigos` claims.
    pub fn require_golden_thread(mut self, yes: bool) -> Self {
        self.0.aigos.require_golden_thread = yes;
        self
    }
    /// Requires these tools in `aigos.capabilities.tools`.
    pub fn require_capabilities(mut self, tools: Vec<String>) -> Self {
        self.0.aigos.require_capabilities = tools;
        self
    }
    /// Rejects risk levels above `max`.
    pub fn max_risk_level(mut self, max: RiskLevel) -> Self {
        self.0.aigos.max_risk_level = Some(max);
        self
    }
    /// Requires an enabled kill switch.
    pub fn require_kill_switch(mut self, yes: bool) -> Self {
        self.0.aigos.require_kill_switch = yes;
        self
    }
    /// Rejects generation depths above `max`.
    pub fn max_generation_depth(mut self, max: u32) -> Self {
        self.0.aigos.max_generation_depth = Some(max);
        self
    }
    /// Accepts RS256 tokens signed by these RSA keys (kid -> key, each at
    /// least 2048 bits), for interoperation with RSA deployments. Off by
    /// default; ES256 and EdDSA keys from the resolver keep working.
    pub fn dangerous_allow_rs256(mut self, keys: HashMap<String, Rs256VerifyingKey>) -> Self {
        self.0.rs256 = Some(Arc::new(keys));
        self
    }
    /// Builds the verifier.
    pub fn build(self) -> TokenVerifier {
        self.0
    }
}

fn reject(rule: Rule, detail: impl Into<String>) -> TokenError {
    TokenError::new(rule, detail)
}

impl TokenVerifier {
    /// Verifies a governance token: every rule of RFC 8725 as documented in
    /// `docs/token-format.md`, then the AIGOS options, then (last, so that an
    /// invalid token never consumes space) single use of `jti`.
    ///
    /// # Errors
    /// [`TokenError`] naming the rule that fired.
    pub async fn verify(&self, token: &str) -> Result<VerifiedToken, TokenError> {
        let verified = self.verify_stateless(token)?;
        self.consume_jti(&verified.claims).await?;
        Ok(verified)
    }

    /// Verifies a token that must authorise exactly `request` (its `ahash`).
    ///
    /// # Errors
    /// [`TokenError`] naming the rule that fired.
    pub async fn verify_for_action(&self, token: &str, request: &ActionRequest) -> Result<VerifiedToken, TokenError> {
        let verified = self.verify_stateless(token)?;
        let key = self.keys.resolve(&verified.kid).ok_or_else(|| reject(Rule::UnknownKid, "kid vanished"))?;
        let expected = action_hash(key.provider(), request).map_err(|e| reject(Rule::ActionMismatch, e.to_string()))?;
        self.bind(verified, request.agent_id.as_str(), &expected).await
    }

    /// [`TokenVerifier::verify_for_action`] for a caller that already holds
    /// the request's [`action_hash`] (computed with the same provider), so
    /// the request is canonicalized and hashed once per validation.
    ///
    /// # Errors
    /// [`TokenError`] naming the rule that fired.
    pub async fn verify_for_action_hash(&self, token: &str, agent_id: &str, ahash: &ActionHash) -> Result<VerifiedToken, TokenError> {
        let verified = self.verify_stateless(token)?;
        self.bind(verified, agent_id, ahash).await
    }

    async fn bind(&self, verified: VerifiedToken, agent_id: &str, expected: &ActionHash) -> Result<VerifiedToken, TokenError> {
        match &verified.claims.ahash {
            Some(h) if h == expected.as_str() => {}
            Some(_) => return Err(reject(Rule::ActionMismatch, "ahash is for another action")),
            None => return Err(reject(Rule::ActionMismatch, "ahash missing")),
        }
        if verified.claims.sub != agent_id {
            return Err(reject(Rule::ActionMismatch, "sub is not the requesting agent"));
        }
        self.consume_jti(&verified.claims).await?;
        Ok(verified)
    }

    /// Marks the `jti` of a token that passed [`TokenVerifier::verify_stateless`]
    /// (and whatever else the caller checks first) as used: the second
    /// half of [`TokenVerifier::verify`], for a caller that refuses cheaply
    /// before spending replay-store space on a token.
    ///
    /// # Errors
    /// [`TokenError`] with `Replayed`, `Claim` (a jti that is not a UUID) or
    /// `ReplayStore`.
    pub async fn consume(&self, verified: &VerifiedToken) -> Result<(), TokenError> {
        self.consume_jti(&verified.claims).await
    }

    async fn consume_jti(&self, claims: &Claims) -> Result<(), TokenError> {
        let Some(store) = &self.replay else {
            return Ok(());
        };
        let until = u64::try_from(claims.exp.saturating_add(self.leeway)).unwrap_or(0).saturating_mul(1000);
        store.check_and_insert(&claims.jti, until).await.map_err(|e| match e {
            ReplayError::Replayed => reject(Rule::Replayed, "jti already used"),
            ReplayError::BadJti => reject(Rule::Claim, "jti is not a UUID"),
            e @ ReplayError::Backend(_) => reject(Rule::StateUnavailable, e.to_string()),
            other => reject(Rule::ReplayStore, other.to_string()),
        })
    }

    /// Every check except single use of `jti`.
    ///
    /// # Errors
    /// [`TokenError`] naming the rule that fired.
    pub fn verify_stateless(&self, token: &str) -> Result<VerifiedToken, TokenError> {
        let compact = jose::decode(token, self.max_size, &self.typ, self.rs256.is_some())?;
        let unknown = || reject(Rule::UnknownKid, format!("kid {:?} is not registered", compact.kid));
        let verified = match compact.alg {
            SigAlg::Std(alg) => {
                let key = self.keys.resolve(&compact.kid).ok_or_else(unknown)?;
                if key.algorithm() != alg {
                    return Err(reject(Rule::AlgKeyMismatch, format!("alg {alg} but kid is a {} key", key.algorithm())));
                }
                key.verify(compact.signing_input, &compact.signature)
            }
            SigAlg::Rs256 => match self.rs256.as_ref().and_then(|m| m.get(&compact.kid)) {
                Some(key) => key.verify(compact.signing_input, &compact.signature),
                // An RS256 header naming an EC or Ed25519 kid is an algorithm mismatch.
                None if self.keys.resolve(&compact.kid).is_some() => {
                    return Err(reject(Rule::AlgKeyMismatch, "alg RS256 but kid is not an RSA key"));
                }
                None => return Err(unknown()),
            },
        };
        verified.map_err(|_| reject(Rule::Signature, "signature does not verify"))?;

        let claims = match crate::claims::claims_fast(&compact.payload) {
            Some(claims) => claims,
            None => {
                let raw = strict_json::parse_object(&compact.payload).map_err(|e| reject(Rule::Json, format!("claims: {e}")))?;
                Claims::from_map(raw).map_err(|e| reject(Rule::Claim, e))?
            }
        };
        if claims.sub.is_empty() {
            return Err(reject(Rule::Claim, "sub is empty"));
        }
        if crate::replay::parse_uuid(&claims.jti).is_none() {
            return Err(reject(Rule::Claim, "jti is not a UUID"));
        }
        let (now, exp, iat, nbf) = (self.clock.now_secs(), claims.exp, claims.iat, claims.nbf);
        if exp.saturating_add(self.leeway) <= now {
            return Err(reject(Rule::Expired, format!("exp {exp} is before now {now}")));
        }
        if let Some(nbf) = nbf
            && nbf > now.saturating_add(self.leeway)
        {
            return Err(reject(Rule::NotYetValid, format!("nbf {nbf} is after now {now}")));
        }
        if iat > now.saturating_add(self.leeway) {
            return Err(reject(Rule::NotYetValid, format!("iat {iat} is in the future")));
        }
        if let Some(retired) = self.keys.retired_at(&compact.kid)
            && iat >= retired
        {
            return Err(reject(Rule::KeyRetired, format!("kid {:?} was retired at {retired}, iat {iat}", compact.kid)));
        }
        if exp < iat || exp - iat > self.max_ttl {
            return Err(reject(Rule::TtlTooLong, format!("exp - iat = {}s, maximum {}s", exp - iat, self.max_ttl)));
        }
        if let Some(iss) = &self.issuer
            && claims.iss.as_deref() != Some(iss.as_str())
        {
            return Err(reject(Rule::Issuer, format!("iss {:?}, expected {iss:?}", claims.iss)));
        }
        if !claims.aud.contains(&self.audience) {
            return Err(reject(Rule::Audience, format!("aud does not contain {:?}", self.audience)));
        }
        self.check_aigos(claims.aigos.as_ref())?;
        Ok(VerifiedToken { kid: compact.kid, claims })
    }

    fn check_aigos(&self, aigos: Option<&AigosClaims>) -> Result<(), TokenError> {
        let Some(a) = aigos else {
            return if self.aigos.any() { Err(reject(Rule::AigosMissing, "an option requires the aigos claim object")) } else { Ok(()) };
        };
        if a.version != "1.0" {
            return Err(reject(Rule::Claim, format!("aigos.version {:?} is not 1.0", a.version)));
        }
        if !crate::golden_thread::is_hash_format(&a.capabilities.hash) {
            return Err(reject(Rule::Claim, "aigos.capabilities.hash is not sha256:<64 hex>"));
        }
        if a.control.paused {
            return Err(reject(Rule::Paused, "agent is paused"));
        }
        if a.control.termination_pending {
            return Err(reject(Rule::TerminationPending, "agent termination is pending"));
        }
        let o = &self.aigos;
        if let Some(max) = o.max_risk_level
            && a.governance.risk_level > max
        {
            return Err(reject(Rule::RiskTooHigh, format!("risk {:?} above {max:?}", a.governance.risk_level)));
        }
        if o.require_kill_switch && !a.control.kill_switch.enabled {
            return Err(reject(Rule::KillSwitchDisabled, "kill switch disabled"));
        }
        if o.require_golden_thread {
            let gt = &a.governance.golden_thread;
            if !gt.verified || !crate::golden_thread::is_hash_format(&gt.hash) || gt.ticket_id.is_empty() {
                return Err(reject(Rule::GoldenThreadMissing, "golden thread missing or unverified"));
            }
        }
        if !o.require_capabilities.is_empty() {
            // A missing tools list grants nothing (the spec's sample fails open here).
            let tools = a.capabilities.tools.as_deref().unwrap_or_default();
            let missing: Vec<&str> = o.require_capabilities.iter().filter(|t| !tools.contains(t)).map(String::as_str).collect();
            if !missing.is_empty() {
                return Err(reject(Rule::CapabilityMissing, format!("missing {}", missing.join(", "))));
            }
        }
        if let Some(max) = o.max_generation_depth
            && a.lineage.generation_depth > max
        {
            return Err(reject(Rule::GenerationTooDeep, format!("depth {} above {max}", a.lineage.generation_depth)));
        }
        Ok(())
    }
}
