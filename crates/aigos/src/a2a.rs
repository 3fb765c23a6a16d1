//! Agent-to-agent calls wired to the Guard, out of the box.
//!
//! [`A2aNode`] builds the A2A server and client of `aigos-network` for one
//! agent from `[a2a]` in `aigos.toml`, with every decision on a trusted
//! source:
//!
//! - the peer's certificate: chain, anchor constraints, revocation (CRLs
//!   and deny list, re-read on change) and its SPIFFE ID, which names the
//!   agent ([`aigos_network::MtlsSettings`]);
//! - the peer's token: the identity layer's strict verifier (signature by a
//!   key registered to the token's subject, expiry, single use of its `jti`
//!   in the Guard's replay store), addressed to this agent's SPIFFE ID and
//!   bound to the peer's certificate (`cnf`, required by default);
//! - the registry: the agent is registered and active, its golden thread
//!   verifies (that is what `governed` and `golden_thread_verified` mean
//!   here, not the token's own claims), its organization and generation
//!   depth;
//! - the kill state: a terminated or paused agent (or organization) is
//!   refused (`KILL_TERMINATED`, `KILL_PAUSED`);
//! - the audit log: every call, served or refused, on either side, is a
//!   record of kind `a2a_call`; a server call that cannot be recorded is not
//!   served.
//!
//! ```no_run
//! # fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use std::{path::Path, sync::Arc};
//! use aigos::{a2a::A2aNode, config::GuardConfig};
//!
//! let (config, base) = GuardConfig::load(Path::new("aigos.toml"))?;
//! let clock: Arc<dyn aigos_core::Clock> = Arc::new(aigos_core::SystemClock);
//! let guard = config.build(&base, &clock)?;
//! // `[a2a.agents.billing]` names billing's certificate and token key.
//! let node = A2aNode::from_config(&guard, &config, &base, "billing", clock)?;
//! let client = node.client()?; // connect(tcp, &expected_server_id), then call(action, body)
//! let payments = node.address_of("payments");
//! # let _ = (client, payments); Ok(()) }
//! ```

use std::{path::Path, sync::Arc, time::Duration};

use aigos_core::{AgentId, Clock};
use aigos_identity::{Confirmation, TokenIssuer, TokenRequest};
use aigos_network::{
    A2aClient, A2aEvent, A2aHandler, A2aObserver, A2aServer, MtlsAcceptor, MtlsConnector, MtlsSettings, PeerClaims, PeerRefusal,
    Revocation, ServeLimits, SpiffeId, TokenSource, TokenValidator, TrustPolicy, TrustPolicyConfig,
};

use crate::{
    Guard,
    config::{A2aSection, ConfigError, GuardConfig, file_err, read},
};

/// Lifetime of the tokens a node presents (one per request or answer).
const TOKEN_TTL: Duration = Duration::from_secs(60);

/// One agent's A2A server and client, checked by a Guard.
pub struct A2aNode {
    guard: Guard,
    section: A2aSection,
    me: SpiffeId,
    settings: MtlsSettings,
    trust: Arc<TrustPolicy>,
    tokens: Arc<NodeTokens>,
    /// The agent of `me`.
    #[cfg(feature = "runtime")]
    agent: AgentId,
    #[cfg(feature = "runtime")]
    limiter: Arc<aigos_runtime::RateLimiter>,
}

impl std::fmt::Debug for A2aNode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("A2aNode").field("me", &self.me.to_string()).field("settings", &self.settings).finish_non_exhaustive()
    }
}

fn invalid(e: impl std::fmt::Display) -> ConfigError {
    ConfigError::Invalid(format!("[a2a] {e}"))
}

impl A2aNode {
    /// The node of `agent` (`[a2a.agents.AGENT]`), checked by `guard` (built
    /// from the same `config`, which must have the identity layer).
    ///
    /// # Errors
    /// [`ConfigError`] for a missing `[a2a]` or agent section, unreadable or
    /// invalid files, a certificate whose SPIFFE ID is not the agent's, or a
    /// Guard without the identity layer.
    pub fn from_config(guard: &Guard, config: &GuardConfig, base: &Path, agent: &str, clock: Arc<dyn Clock>) -> Result<Self, ConfigError> {
        let section = config.a2a.clone().ok_or_else(|| invalid("section missing"))?;
        let own = section.agents.get(agent).ok_or_else(|| invalid(format!("no [a2a.agents.{agent}]")))?;
        let identity = config.identity.as_ref().ok_or_else(|| invalid("needs [identity]: peers' tokens are checked by its verifier"))?;
        if guard.inner.tokens.is_none() {
            return Err(invalid("the Guard has no identity layer"));
        }
        let at = |p: &Path| base.join(p);
        let bytes = |p: &Path| std::fs::read(at(p)).map_err(|e| file_err(&at(p), e));
        let mut settings =
            MtlsSettings::from_pem(&section.trust_domain, &bytes(&own.cert)?, &bytes(&own.key)?, &bytes(&section.trust_bundle)?)
                .map_err(|e| file_err(&at(&own.cert), e))?
                .with_handshake_timeout(Duration::from_millis(section.limits.handshake_timeout_ms));
        if settings.identity().agent_id() != agent {
            return Err(file_err(&at(&own.cert), format!("certificate is for {}, not agent {agent}", settings.identity())));
        }
        if !section.crl.is_empty() || section.deny_list.is_some() {
            let revocation = Revocation::from_files(section.crl.iter().map(|p| at(p)).collect(), section.deny_list.as_deref().map(at))
                .map_err(invalid)?;
            settings = settings.with_revocation(revocation);
        }
        let trust_path = at(&section.trust_policy);
        let trust_text = read(&trust_path)?;
        let trust_cfg: TrustPolicyConfig = toml::from_str(&trust_text).map_err(|e| file_err(&trust_path, e))?;
        let trust = Arc::new(TrustPolicy::new(&trust_cfg).map_err(|e| file_err(&trust_path, e))?);
        let key =
            crate::config::signing_key(guard.inner.provider, base, &own.token_key, Some(&own.token_kid), "token_key", &config.pkcs11)?;
        let leaf = settings.certificate_der().to_vec();
        let tokens = Arc::new(NodeTokens {
            issuer: TokenIssuer::new(key).clock(clock).max_ttl(TOKEN_TTL),
            agent: agent.to_owned(),
            audience: identity.audience.clone(),
            cnf: aigos_network::x5t_s256(guard.inner.provider, &leaf),
        });
        if !section.require_bound_tokens {
            tracing::warn!(agent, "a2a: require_bound_tokens = false: a stolen token works over another certificate (explicit opt-out)");
        }
        let me = settings.identity().clone();
        #[cfg(feature = "runtime")]
        let agent = AgentId::new(me.agent_id()).map_err(invalid)?;
        #[cfg(feature = "runtime")]
        let limiter = {
            let l = &section.limits;
            if l.calls_per_minute == 0 || l.call_burst == 0 {
                return Err(invalid("limits: calls_per_minute and call_burst must be at least 1"));
            }
            let cfg = aigos_runtime::RateLimitConfig {
                rate: l.calls_per_minute,
                period: Duration::from_secs(60),
                burst: l.call_burst,
                penalty_base: Duration::from_secs(1),
                penalty_max: Duration::from_secs(60),
                block_after: u32::MAX,
                ..aigos_runtime::RateLimitConfig::default()
            };
            Arc::new(aigos_runtime::RateLimiter::new(cfg, guard.inner.clock.clone()))
        };
        Ok(A2aNode {
            guard: guard.clone(),
            section,
            me,
            settings,
            trust,
            tokens,
            #[cfg(feature = "runtime")]
            agent,
            #[cfg(feature = "runtime")]
            limiter,
        })
    }

    /// This agent's SPIFFE ID.
    pub fn identity(&self) -> &SpiffeId {
        &self.me
    }

    /// Where this agent serves (`[a2a.agents.ID] listen`).
    pub fn listen_address(&self) -> Option<std::net::SocketAddr> {
        self.section.agents.get(self.me.agent_id()).and_then(|a| a.listen)
    }

    /// Where `agent` serves, as this deployment's `[a2a.agents]` says.
    pub fn address_of(&self, agent: &str) -> Option<std::net::SocketAddr> {
        self.section.agents.get(agent).and_then(|a| a.listen)
    }

    /// The validator of callers' tokens (see the module documentation),
    /// with the per-peer call rate of `[a2a.limits]`.
    pub fn validator(&self) -> Arc<dyn TokenValidator> {
        self.guard_validator(true)
    }

    /// The validator of servers' answers: the same checks, no call rate.
    fn answer_validator(&self) -> Arc<dyn TokenValidator> {
        self.guard_validator(false)
    }

    #[cfg_attr(not(feature = "runtime"), expect(unused_variables, reason = "the call rate needs the runtime layer"))]
    fn guard_validator(&self, call_rate: bool) -> Arc<dyn TokenValidator> {
        Arc::new(GuardValidator {
            guard: self.guard.clone(),
            me: self.me.to_string(),
            #[cfg(feature = "runtime")]
            agent: self.agent.clone(),
            #[cfg(feature = "runtime")]
            limiter: call_rate.then(|| self.limiter.clone()),
        })
    }

    /// The server answering calls with `handler`.
    ///
    /// # Errors
    /// [`ConfigError`] when rustls refuses the certificate or key.
    pub fn server(&self, handler: Arc<dyn A2aHandler>) -> Result<Arc<A2aServer>, ConfigError> {
        let acceptor = MtlsAcceptor::new(&self.settings).map_err(invalid)?;
        let l = &self.section.limits;
        let mut limits = ServeLimits::default();
        limits.max_handshakes = l.max_handshakes;
        limits.max_connections_per_ip = l.max_connections_per_ip;
        limits.header_read_timeout = Duration::from_millis(l.header_read_timeout_ms);
        limits.idle_timeout = Duration::from_millis(l.idle_timeout_ms);
        limits.body_read_timeout = Duration::from_millis(l.body_read_timeout_ms);
        Ok(A2aServer::builder(acceptor, self.section.service.clone(), self.trust.clone(), self.validator(), self.tokens.clone(), handler)
            .inbound(self.section.inbound.clone())
            .require_bound_tokens(self.section.require_bound_tokens)
            .limits(limits)
            .observer(Arc::new(AuditObserver(self.guard.clone())))
            .provider(self.guard.inner.provider)
            .build())
    }

    /// The client; [`A2aClient::connect`] takes the server's expected SPIFFE ID.
    ///
    /// # Errors
    /// [`ConfigError`] when rustls refuses the certificate or key.
    pub fn client(&self) -> Result<A2aClient, ConfigError> {
        let connector = MtlsConnector::new(&self.settings).map_err(invalid)?;
        Ok(A2aClient::new(connector, self.section.outbound.clone(), self.answer_validator(), self.tokens.clone())
            .require_bound_tokens(self.section.require_bound_tokens)
            .observer(Arc::new(AuditObserver(self.guard.clone()))))
    }
}

/// The tokens this agent presents: signed with its registered key, for
/// the deployment's audience and the peer's SPIFFE ID, bound to its
/// certificate.
struct NodeTokens {
    issuer: TokenIssuer,
    agent: String,
    audience: String,
    cnf: String,
}

impl TokenSource for NodeTokens {
    fn token_for(&self, peer: &SpiffeId) -> Result<String, String> {
        let request = TokenRequest {
            sub: self.agent.clone(),
            aud: vec![self.audience.clone(), peer.to_string()],
            ttl: Some(TOKEN_TTL),
            cnf: Some(Confirmation { x5t_s256: self.cnf.clone() }),
            ..TokenRequest::default()
        };
        self.issuer.issue(&request).map_err(|e| e.to_string())
    }
}

/// Peers' tokens, checked against the Guard's own state.
struct GuardValidator {
    guard: Guard,
    /// This node's SPIFFE ID, which peers' tokens must be addressed to.
    me: String,
    /// This node's agent, whose own kill state stops its calls.
    #[cfg(feature = "runtime")]
    agent: AgentId,
    /// Inbound calls per peer agent (the server's validator only).
    #[cfg(feature = "runtime")]
    limiter: Option<Arc<aigos_runtime::RateLimiter>>,
}

impl GuardValidator {
    /// The peer's registry entry, refused when unknown or inactive.
    fn active_record<'a>(tokens: &'a crate::guard::TokenCheck, agent: &AgentId) -> Result<&'a aigos_identity::AgentRecord, String> {
        let record = tokens.layer.registry.get(agent).ok_or("IDENTITY_UNREGISTERED")?;
        if record.status != aigos_identity::AgentStatus::Active {
            return Err("IDENTITY_AGENT_INACTIVE".into());
        }
        Ok(record)
    }

    /// The kill state for `agent`: a kill command addressing the agent or
    /// its organization, or any of its instances (registered or spawned)
    /// or their ancestors. Its instances share its key, so a call cannot
    /// prove which instance makes it: a command that stops one instance
    /// stops the agent's calls here. An instance the watchdog reaped (a
    /// process that stopped beating) does not: it says nothing of the
    /// others.
    #[cfg(feature = "runtime")]
    fn kill_state(&self, agent: &AgentId, organization: Option<&String>) -> Result<bool, String> {
        let g = &self.guard.inner;
        let Some(rt) = &g.runtime else { return Ok(false) };
        let kills = rt.kills.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // No kill command at all: the common case, decided at once.
        if kills.terminated.is_empty() && kills.paused.is_empty() {
            return Ok(true);
        }
        let verdict = |instance: Option<&aigos_core::InstanceId>| {
            let ancestors = instance.map(|i| g.instances.ancestors(i, None)).unwrap_or_default();
            crate::guard::kill_verdict(
                g,
                &kills,
                agent,
                instance.map(aigos_core::InstanceId::as_str),
                ancestors,
                organization.cloned(),
                false,
            )
        };
        if let Some((code, _)) = verdict(None) {
            return Err(code.into());
        }
        for instance in g.instances.of_agent(agent) {
            if let Some((code, _)) = verdict(Some(&instance)) {
                return Err(code.into());
            }
        }
        Ok(true)
    }
}

#[async_trait::async_trait]
impl TokenValidator for GuardValidator {
    async fn validate(&self, token: &str) -> Result<PeerClaims, String> {
        let g = &self.guard.inner;
        let tokens = g.tokens.as_ref().ok_or("IDENTITY_LAYER_LEFT_OUT")?;
        let layer = &tokens.layer;
        // Every stateless check first, so a token refused for its audience,
        // key or agent never takes room in the replay store.
        let verified = layer.verifier.verify_stateless(token).map_err(|e| crate::guard::token_code(e.rule()).to_owned())?;
        // Addressed to this agent: a token one peer received cannot be
        // replayed to another (its jti is single use besides).
        if !verified.claims.aud.contains(&self.me) {
            return Err("IDENTITY_AUDIENCE".into());
        }
        let agent = AgentId::new(&verified.claims.sub).map_err(|_| "IDENTITY_CLAIM".to_owned())?;
        if tokens.keys.agent(&verified.kid) != Some(&agent) {
            return Err("IDENTITY_KEY_NOT_AGENTS".into());
        }
        let record = Self::active_record(tokens, &agent)?;
        crate::guard::bounded(g.step_timeout, layer.verifier.consume(&verified))
            .await
            .map_err(|_| "IDENTITY_TIMEOUT".to_owned())?
            .map_err(|e| crate::guard::token_code(e.rule()).to_owned())?;
        let golden = tokens.golden_thread_ok(g, record, &verified.kid).is_ok();
        #[cfg(feature = "runtime")]
        let kill_switch = self.kill_state(&agent, record.organization.as_ref())?;
        #[cfg(not(feature = "runtime"))]
        let kill_switch = false;
        let risk = verified.claims.aigos.as_ref().map(|a| a.governance.risk_level);
        Ok(PeerClaims {
            governed: golden,
            asset_id: agent.to_string(),
            organization_id: None,
            risk_level: risk.and_then(|r| serde_json::to_value(r).ok()).and_then(|v| v.as_str().map(str::to_owned)),
            kill_switch_enabled: kill_switch,
            golden_thread_verified: golden,
            generation_depth: record.lineage.as_ref().map_or(0, aigos_core::Lineage::depth),
            subject: Some(agent.to_string()),
            cnf_x5t_s256: verified.claims.cnf.map(|c| c.x5t_s256),
            registry_organization: record.organization.clone(),
        })
    }

    /// The certificate's agent before anything else: within its call rate
    /// (on a server), registered and active, not killed; and this node's
    /// own agent not killed either.
    async fn check_peer(&self, peer: &aigos_network::Peer) -> Result<(), PeerRefusal> {
        let refused = |code: &str| PeerRefusal::Refused(code.to_owned());
        let g = &self.guard.inner;
        let tokens = g.tokens.as_ref().ok_or_else(|| refused("IDENTITY_LAYER_LEFT_OUT"))?;
        let agent = AgentId::new(peer.id().agent_id()).map_err(|_| refused("IDENTITY_UNREGISTERED"))?;
        #[cfg(feature = "runtime")]
        if let Some(limiter) = &self.limiter {
            match limiter.check(agent.as_str()) {
                aigos_runtime::RateDecision::Allowed => {}
                aigos_runtime::RateDecision::Limited { .. } => return Err(PeerRefusal::Throttled { first: true }),
                _ => return Err(PeerRefusal::Throttled { first: false }),
            }
        }
        let record = Self::active_record(tokens, &agent).map_err(|c| refused(&c))?;
        #[cfg(feature = "runtime")]
        {
            self.kill_state(&agent, record.organization.as_ref()).map_err(|c| refused(&c))?;
            let own = tokens.layer.registry.get(&self.agent).and_then(|r| r.organization.as_ref());
            self.kill_state(&self.agent, own).map_err(|c| refused(&format!("LOCAL_{c}")))?;
        }
        #[cfg(not(feature = "runtime"))]
        let _ = record;
        Ok(())
    }
}

/// Every A2A call into the Guard's audit log (kind `a2a_call`, actor the
/// peer's SPIFFE ID).
struct AuditObserver(Guard);

#[async_trait::async_trait]
impl A2aObserver for AuditObserver {
    async fn record(&self, event: &A2aEvent) -> Result<(), String> {
        #[cfg(feature = "audit")]
        if let Some((log, _)) = &self.0.inner.audit {
            let data = serde_json::to_value(event).map_err(|e| e.to_string())?;
            log.append("a2a_call", &event.peer, data).await.map_err(|e| e.to_string())?;
        }
        #[cfg(not(feature = "audit"))]
        let _ = (&self.0, event);
        Ok(())
    }
}
