//! The agent-to-agent handshake of the AIGOS Governance Token Protocol
//! (SPEC-PRT-003): request headers `X-AIGOS-Token` and
//! `X-AIGOS-Protocol-Version: 1.0`; response headers `X-AIGOS-Token`,
//! `X-AIGOS-Request-Token-Valid` and `X-AIGOS-Request-Token-Error`; a
//! rejection is HTTP 403.
//!
//! Token validation is injected ([`TokenValidator`]): this crate does not
//! depend on the identity layer; the facade wires the real verifier.
//!
//! Deviation, on purpose: an organization is trusted only when the peer's
//! certificate or registry binding proves it (`proven_organization`), never
//! from the token's own claim — in the spec a self-asserted organization
//! skips every check.

use serde::{Deserialize, Serialize};

/// Header carrying the token.
pub const TOKEN_HEADER: &str = "X-AIGOS-Token";
/// Header carrying the protocol version.
pub const VERSION_HEADER: &str = "X-AIGOS-Protocol-Version";
/// Response header: was the request's token valid.
pub const VALID_HEADER: &str = "X-AIGOS-Request-Token-Valid";
/// Response header: why not.
pub const ERROR_HEADER: &str = "X-AIGOS-Request-Token-Error";

/// What the injected validator extracts from a valid token.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PeerClaims {
    /// Whether the token carries the AIGOS claim object.
    pub governed: bool,
    /// `aigos.identity.asset_id`.
    pub asset_id: String,
    /// `aigos.identity.organization_id` (self-asserted).
    pub organization_id: Option<String>,
    /// `aigos.governance.risk_level`: minimal, limited, high, unacceptable.
    pub risk_level: Option<String>,
    /// `aigos.control.kill_switch.enabled`.
    pub kill_switch_enabled: bool,
    /// `aigos.governance.golden_thread.verified`.
    pub golden_thread_verified: bool,
    /// `aigos.lineage.generation_depth`.
    pub generation_depth: u32,
    /// `sub`: the agent the token speaks for; when present it must be the
    /// agent of the TLS peer's certificate.
    pub subject: Option<String>,
    /// `cnf.x5t#S256`: the certificate the token is bound to (RFC 8705).
    pub cnf_x5t_s256: Option<String>,
    /// The organization the validator proved from a trusted source (the
    /// registry entry of the subject), never from the token. When set it
    /// must agree with the certificate's.
    pub registry_organization: Option<String>,
}

/// What the TLS layer proved about the peer: the agent of its
/// certificate's SPIFFE ID and every organization (O) the certificate names.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProvenPeer<'a> {
    /// The certificate's agent; the token's `asset_id` must equal it.
    pub agent: Option<&'a str>,
    /// Every O value of the certificate, in any string encoding.
    pub organizations: &'a [String],
}

impl<'a> ProvenPeer<'a> {
    /// The facts of a verified TLS peer.
    pub fn of(peer: &'a crate::Peer) -> Self {
        ProvenPeer { agent: Some(peer.id().agent_id()), organizations: peer.organizations() }
    }
}

/// Validates a governance token (signature, expiry, audience, replay ...).
#[async_trait::async_trait]
pub trait TokenValidator: Send + Sync {
    /// The token's claims, or the AIGOS error code.
    ///
    /// # Errors
    /// The error code (e.g. `INVALID_SIGNATURE`, `EXPIRED`).
    async fn validate(&self, token: &str) -> Result<PeerClaims, String>;

    /// Checks the peer its certificate proved, first of all: before the
    /// request is read (server) or sent (client). A peer over its call
    /// rate, a killed or unknown agent. Default: nothing to check.
    ///
    /// # Errors
    /// [`PeerRefusal`].
    async fn check_peer(&self, peer: &crate::Peer) -> Result<(), PeerRefusal> {
        let _ = peer;
        Ok(())
    }
}

/// Why [`TokenValidator::check_peer`] refused a peer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PeerRefusal {
    /// Refused (403) with this code, recorded like any refusal.
    Refused(String),
    /// Over its call rate: 429 `RATE_LIMITED` and the connection closed.
    /// The first refusal of a penalty (`first`) is recorded; the ones that
    /// follow inside it are counted ([`crate::ServeStats::throttled`]), not
    /// recorded, so a flood cannot grow the audit log faster than the
    /// penalties allow.
    Throttled {
        /// The first refusal of this penalty.
        first: bool,
    },
}

/// An inbound or outbound trust policy of the handshake.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct A2aPolicy {
    /// The peer's token must carry the AIGOS claim object.
    pub require_governed: bool,
    /// Highest acceptable risk level.
    pub max_risk_level: Option<String>,
    /// The peer must run with its kill switch enabled.
    pub require_kill_switch: bool,
    /// The peer's golden thread must be verified.
    pub require_golden_thread: bool,
    /// Deepest acceptable generation.
    pub max_generation_depth: Option<u32>,
    /// Assets never accepted.
    pub blocked_assets: Vec<String>,
    /// Organizations never accepted (matched on the claim and on the proven one).
    pub blocked_organizations: Vec<String>,
    /// Organizations whose peers skip the governance requirements, when proven.
    pub trusted_organizations: Vec<String>,
}

/// How block lists compare names: NFKC, without control or invisible
/// formatting characters (NUL, zero-width, bidi, tag characters, soft
/// hyphen), trimmed, lower case. A CA's `"evil\u{200b}corp"`, a
/// NUL-terminated BMPString or a decomposed accent names the same
/// organization as the block list's entry.
fn block_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Default-ignorable and formatting code points, removed before and
    // after NFKC so one between a letter and its accent cannot keep the
    // pair apart: the shared set, and beyond it variation selectors,
    // Mongolian selectors, specials, musical formatting and the whole tag
    // block (not in `aigos_core::is_invisible`, which flags hidden text:
    // an emoji's variation selector is no sign of that).
    let invisible = |c: char| {
        c.is_control()
            || aigos_core::is_invisible(c)
            || matches!(
                c,
                '\u{180B}'..='\u{180F}'
                    | '\u{2065}'
                    | '\u{FE00}'..='\u{FE0F}'
                    | '\u{FFF0}'..='\u{FFF8}'
                    | '\u{1D173}'..='\u{1D17A}'
                    | '\u{E0080}'..='\u{E0FFF}'
            )
    };
    let visible: String = name.chars().filter(|c| !invisible(*c)).collect();
    visible.nfkc().filter(|c| !invisible(*c)).flat_map(char::to_lowercase).collect::<String>().nfkc().collect::<String>().trim().to_owned()
}

/// Whether `name` is on `list`, compared by [`block_key`].
fn listed(list: &[String], name: &str) -> bool {
    if list.is_empty() {
        return false;
    }
    let name = block_key(name);
    list.iter().any(|b| block_key(b) == name)
}

fn risk_rank(level: &str) -> Option<u8> {
    match level {
        "minimal" => Some(0),
        "limited" => Some(1),
        "high" => Some(2),
        "unacceptable" => Some(3),
        _ => None,
    }
}

/// A refused handshake: the error code for `X-AIGOS-Request-Token-Error`;
/// the HTTP status is always 403.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}")]
pub struct A2aRejection {
    /// The AIGOS error code.
    pub code: String,
}

pub(crate) fn reject(code: &str) -> A2aRejection {
    A2aRejection { code: code.into() }
}

impl A2aPolicy {
    /// Checks a request's headers: token present, protocol version 1.0,
    /// token valid, then the policy. `proven` comes from the peer's
    /// certificate, never from the token.
    ///
    /// # Errors
    /// [`A2aRejection`] with `MISSING_TOKEN`, `UNSUPPORTED_VERSION`, the
    /// validator's code, `NOT_GOVERNED`, `RISK_TOO_HIGH`,
    /// `KILL_SWITCH_DISABLED`, `GOLDEN_THREAD_MISSING`,
    /// `GENERATION_TOO_DEEP`, `ASSET_BLOCKED` or `ORGANIZATION_BLOCKED`.
    pub async fn check(
        &self,
        header: &(dyn Fn(&str) -> Option<String> + Sync),
        validator: &dyn TokenValidator,
        proven: ProvenPeer<'_>,
    ) -> Result<PeerClaims, A2aRejection> {
        let token = header(TOKEN_HEADER).filter(|t| !t.is_empty()).ok_or_else(|| reject("MISSING_TOKEN"))?;
        if header(VERSION_HEADER).as_deref() != Some("1.0") {
            return Err(reject("UNSUPPORTED_VERSION"));
        }
        self.check_token(&token, validator, proven).await
    }

    /// The block lists against what the certificate proved (its agent,
    /// every O value), before any token: what a client checks before it
    /// sends a request, and a server before it spends a verification.
    ///
    /// # Errors
    /// `ASSET_BLOCKED` or `ORGANIZATION_BLOCKED`.
    pub fn check_proven(&self, proven: ProvenPeer<'_>) -> Result<(), A2aRejection> {
        if proven.agent.is_some_and(|a| listed(&self.blocked_assets, a)) {
            return Err(reject("ASSET_BLOCKED"));
        }
        if proven.organizations.iter().any(|o| listed(&self.blocked_organizations, o)) {
            return Err(reject("ORGANIZATION_BLOCKED"));
        }
        Ok(())
    }

    /// Validates `token` and applies the policy to its claims (used as is
    /// for the token a server returns, which carries no version header).
    ///
    /// The asset is the certificate's agent: a token whose `asset_id`
    /// names another is refused (`ASSET_MISMATCH`), and the block list is
    /// matched against both. Organizations: every O value of the
    /// certificate, the registry's and the claim are matched against the
    /// block list (ASCII case-insensitive); only a single certificate O (or
    /// the registry's, which must then agree with it) can be trusted.
    ///
    /// # Errors
    /// As [`A2aPolicy::check`], without the header codes, plus
    /// `ASSET_MISMATCH` and `ORGANIZATION_MISMATCH`.
    pub async fn check_token(
        &self,
        token: &str,
        validator: &dyn TokenValidator,
        proven: ProvenPeer<'_>,
    ) -> Result<PeerClaims, A2aRejection> {
        if token.is_empty() {
            return Err(reject("MISSING_TOKEN"));
        }
        self.check_proven(proven)?;
        let claims = validator.validate(token).await.map_err(|code| reject(&code))?;
        if listed(&self.blocked_assets, &claims.asset_id) {
            return Err(reject("ASSET_BLOCKED"));
        }
        if proven.agent.is_some_and(|agent| agent != claims.asset_id) {
            return Err(reject("ASSET_MISMATCH"));
        }
        if claims.organization_id.iter().chain(&claims.registry_organization).any(|o| listed(&self.blocked_organizations, o)) {
            return Err(reject("ORGANIZATION_BLOCKED"));
        }
        let certified = match proven.organizations {
            [one] => Some(one.as_str()),
            _ => None,
        };
        let proven_organization = match (certified, claims.registry_organization.as_deref()) {
            (Some(c), Some(r)) if c != r => return Err(reject("ORGANIZATION_MISMATCH")),
            (c, r) => r.or(c),
        };
        // Only a proven organization can be trusted; the claim is not proof.
        if proven_organization.is_some_and(|o| self.trusted_organizations.iter().any(|t| t == o)) {
            return Ok(claims);
        }
        if self.require_governed && !claims.governed {
            return Err(reject("NOT_GOVERNED"));
        }
        if let Some(max) = self.max_risk_level.as_deref().and_then(risk_rank) {
            // An unknown or missing level is treated as the worst.
            let level = claims.risk_level.as_deref().and_then(risk_rank).unwrap_or(u8::MAX);
            if level > max {
                return Err(reject("RISK_TOO_HIGH"));
            }
        }
        if self.require_kill_switch && !claims.kill_switch_enabled {
            return Err(reject("KILL_SWITCH_DISABLED"));
        }
        if self.require_golden_thread && !claims.golden_thread_verified {
            return Err(reject("GOLDEN_THREAD_MISSING"));
        }
        if self.max_generation_depth.is_some_and(|max| claims.generation_depth > max) {
            return Err(reject("GENERATION_TOO_DEEP"));
        }
        Ok(claims)
    }
}

/// The response headers for a checked request (the status is 403 on rejection).
pub fn response_headers(result: &Result<PeerClaims, A2aRejection>, own_token: &str) -> Vec<(&'static str, String)> {
    let mut h = vec![(TOKEN_HEADER, own_token.to_owned())];
    match result {
        Ok(_) => h.push((VALID_HEADER, "true".into())),
        Err(e) => {
            h.push((VALID_HEADER, "false".into()));
            h.push((ERROR_HEADER, e.code.clone()));
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Fixed(HashMap<String, Result<PeerClaims, String>>);

    #[async_trait::async_trait]
    impl TokenValidator for Fixed {
        async fn validate(&self, token: &str) -> Result<PeerClaims, String> {
            self.0.get(token).cloned().unwrap_or_else(|| Err("INVALID_SIGNATURE".into()))
        }
    }

    fn good() -> PeerClaims {
        PeerClaims {
            governed: true,
            asset_id: "billing".into(),
            organization_id: Some("acme".into()),
            risk_level: Some("limited".into()),
            kill_switch_enabled: true,
            golden_thread_verified: true,
            generation_depth: 1,
            subject: None,
            cnf_x5t_s256: None,
            registry_organization: None,
        }
    }

    fn policy() -> A2aPolicy {
        A2aPolicy {
            require_governed: true,
            max_risk_level: Some("limited".into()),
            require_kill_switch: true,
            require_golden_thread: true,
            max_generation_depth: Some(2),
            blocked_assets: vec!["scraper".into()],
            blocked_organizations: vec!["evilcorp".into()],
            trusted_organizations: vec!["partner".into()],
        }
    }

    fn run(
        p: &A2aPolicy,
        token: Option<&str>,
        version: Option<&str>,
        claims: PeerClaims,
        proven: Option<&str>,
    ) -> Result<PeerClaims, A2aRejection> {
        let orgs: Vec<String> = proven.iter().map(|o| (*o).to_owned()).collect();
        let validator = Fixed([("t".to_string(), Ok(claims))].into());
        let (token, version) = (token.map(str::to_owned), version.map(str::to_owned));
        let header = move |name: &str| match name {
            TOKEN_HEADER => token.clone(),
            VERSION_HEADER => version.clone(),
            _ => None,
        };
        tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(p.check(
            &header,
            &validator,
            ProvenPeer { agent: None, organizations: &orgs },
        ))
    }

    fn code(r: Result<PeerClaims, A2aRejection>) -> String {
        r.map(|_| "OK".to_string()).unwrap_or_else(|e| e.code)
    }

    #[test]
    fn every_requirement_rejects_and_the_good_peer_passes() {
        let p = policy();
        assert_eq!(code(run(&p, Some("t"), Some("1.0"), good(), None)), "OK", "positive control");
        assert_eq!(code(run(&p, None, Some("1.0"), good(), None)), "MISSING_TOKEN");
        assert_eq!(code(run(&p, Some("t"), Some("2.0"), good(), None)), "UNSUPPORTED_VERSION");
        assert_eq!(code(run(&p, Some("forged"), Some("1.0"), good(), None)), "INVALID_SIGNATURE");
        type Edit = fn(&mut PeerClaims);
        let edits: Vec<(Edit, &str)> = vec![
            (|c| c.governed = false, "NOT_GOVERNED"),
            (|c| c.risk_level = Some("high".into()), "RISK_TOO_HIGH"),
            (|c| c.risk_level = None, "RISK_TOO_HIGH"),
            (|c| c.kill_switch_enabled = false, "KILL_SWITCH_DISABLED"),
            (|c| c.golden_thread_verified = false, "GOLDEN_THREAD_MISSING"),
            (|c| c.generation_depth = 3, "GENERATION_TOO_DEEP"),
            (|c| c.asset_id = "scraper".into(), "ASSET_BLOCKED"),
            (|c| c.organization_id = Some("evilcorp".into()), "ORGANIZATION_BLOCKED"),
        ];
        for (edit, expected) in edits {
            let mut c = good();
            edit(&mut c);
            assert_eq!(code(run(&p, Some("t"), Some("1.0"), c, None)), expected);
        }
    }

    #[test]
    fn a_self_asserted_trusted_organization_skips_nothing() {
        let p = policy();
        let mut ungoverned = good();
        ungoverned.governed = false;
        ungoverned.organization_id = Some("partner".into());
        // The spec would wave this peer through on its own claim; we do not.
        assert_eq!(code(run(&p, Some("t"), Some("1.0"), ungoverned.clone(), None)), "NOT_GOVERNED");
        // A certificate-proven membership does.
        assert_eq!(code(run(&p, Some("t"), Some("1.0"), ungoverned, Some("partner"))), "OK");
        // A blocked organization stays blocked whichever way it is known.
        assert_eq!(code(run(&p, Some("t"), Some("1.0"), good(), Some("evilcorp"))), "ORGANIZATION_BLOCKED");
    }

    #[test]
    fn block_lists_see_through_invisible_and_decomposed_characters() {
        for spelling in ["evilcorp", "EvilCorp", " evilcorp ", "evil\u{200b}corp", "evilcorp\0", "\u{ff45}vilcorp", "evil\u{202e}corp"] {
            assert_eq!(block_key(spelling), "evilcorp", "{spelling:?}");
        }
        assert_eq!(block_key("Socie\u{301}te\u{301}"), block_key("Soci\u{e9}t\u{e9}"));
        assert_eq!(block_key("socie\u{200b}\u{301}te"), block_key("Soci\u{e9}te"), "an invisible between letter and accent");
        assert_eq!(block_key("evil\u{61c}corp\u{fe0f}"), "evilcorp");
        assert_ne!(block_key("evilcorp2"), "evilcorp", "positive control: another name stays another name");
    }

    #[test]
    fn response_headers_say_why() {
        let h = response_headers(&Err(reject("EXPIRED")), "mine");
        assert_eq!(h, vec![(TOKEN_HEADER, "mine".to_string()), (VALID_HEADER, "false".to_string()), (ERROR_HEADER, "EXPIRED".to_string())]);
        assert_eq!(response_headers(&Ok(good()), "mine")[1], (VALID_HEADER, "true".to_string()));
    }
}
