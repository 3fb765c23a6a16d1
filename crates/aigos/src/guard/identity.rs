//! The identity layer's checks: step 1 (token, key, registration, golden
//! thread) and step 8 (the execution permit).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use aigos_core::Status;

use super::{AgentFacts, Check, Cx, Facts, Verdict};

/// The identity layer's components.
pub struct IdentityLayer {
    /// The strict verifier (audience, replay store, ...), built over the registry's keys.
    pub verifier: aigos_identity::TokenVerifier,
    /// The registry (agents, keys, status, golden threads, instances, organizations).
    pub registry: aigos_identity::AgentRegistry,
    /// Keys that sign golden threads.
    pub golden_thread_keys: aigos_crypto::Jwks,
    /// Signs execution permits (Ed25519).
    pub permits: aigos_identity::PermitIssuer,
    /// The permit audience (the tool executor).
    pub executor: String,
}

impl IdentityLayer {
    /// What the checks take from the registry, by agent.
    pub(crate) fn agent_facts(&self) -> impl Iterator<Item = (&aigos_identity::AgentRecord, AgentFacts)> {
        self.registry.agents().map(|r| {
            let facts = AgentFacts {
                registered_at: r.registered_at,
                organization: r.organization.clone(),
                capabilities: r.capabilities.clone(),
                lineage: r.lineage.clone(),
            };
            (r, facts)
        })
    }
}

/// Step 1: the token verifies under a key registered to this agent, the
/// agent is active and its golden thread valid.
pub(crate) struct TokenCheck {
    pub(crate) layer: Arc<IdentityLayer>,
    pub(crate) keys: aigos_identity::RegistryKeys,
    /// Golden threads whose signature verified, by (agent, key): their expiry.
    pub(crate) golden_threads: Mutex<HashMap<String, HashMap<String, i64>>>,
}

#[async_trait::async_trait]
impl Check for TokenCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let (g, request, id) = (cx.g, cx.request, &self.layer);
        let verified = match id.verifier.verify_for_action_hash(cx.token, request.agent_id.as_str(), facts.ahash()?).await {
            Ok(v) => v,
            Err(e) => {
                crate::telemetry::identity(request, false, "token");
                // The token's header is the sender's words until it
                // verifies (a kid of kilobytes): the record keeps a cut.
                let mut why = format!("identity: {e}");
                super::truncate(&mut why, 256);
                return Ok(Verdict::Reject(token_code(e.rule()), why));
            }
        };
        crate::telemetry::identity(request, true, "token");
        facts.token = Some(crate::outcome::TokenRef { jti: verified.claims.jti.to_string(), kid: verified.kid.to_string() });
        // The key must be registered to the requesting agent, not just to someone.
        if self.keys.agent(&verified.kid) != Some(&request.agent_id) {
            return Ok(Verdict::Reject(
                "IDENTITY_KEY_NOT_AGENTS",
                format!("identity: key {} is not registered to agent {}", verified.kid, request.agent_id),
            ));
        }
        let Some(record) = id.registry.get(&request.agent_id) else {
            return Ok(Verdict::Reject("IDENTITY_UNREGISTERED", format!("identity: agent {} is not registered", request.agent_id)));
        };
        if record.status != aigos_identity::AgentStatus::Active {
            return Ok(Verdict::Reject("IDENTITY_AGENT_INACTIVE", format!("identity: agent {} is {:?}", request.agent_id, record.status)));
        }
        if let Err((code, why)) = self.golden_thread_ok(g, record, &verified.kid) {
            return Ok(Verdict::Reject(code, why));
        }
        facts.authenticated = Some(true);
        facts.agent = g.agents.get(&request.agent_id).cloned();
        Ok(Verdict::pass(format!("token {} by key {}, agent active, golden thread valid", verified.claims.jti, verified.kid)))
    }
}

impl TokenCheck {
    /// The agent's golden thread is present, signed by a golden thread key
    /// for the key registered under `kid` (bound by its thumbprint) and not
    /// expired. Its signature is checked once per
    /// (agent, key); its expiry every time.
    pub(crate) fn golden_thread_ok(
        &self,
        g: &super::Inner,
        record: &aigos_identity::AgentRecord,
        kid: &str,
    ) -> Result<(), (&'static str, String)> {
        let id = &self.layer;
        let now = g.clock.now_secs();
        // Verified before for this agent and key (the registry does not
        // change under this check): only the expiry is looked at again.
        let cached = self
            .golden_threads
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(record.id.as_str())
            .and_then(|by_kid| by_kid.get(kid))
            .copied();
        match cached {
            Some(expires_at) if now < expires_at => Ok(()),
            _ => {
                // The thread must be bound to the key that verified the token
                // (its RFC 7638 thumbprint), not to its kid, which is only a label.
                let Some(thumbprint) = record.keys.find(kid).and_then(|j| j.thumbprint().ok()) else {
                    return Err((
                        "GOLDEN_THREAD_INVALID",
                        format!("identity: agent {} has no key {kid:?} to bind a golden thread to", record.id),
                    ));
                };
                let Some(thread) = record.golden_thread_for(&thumbprint) else {
                    return Err(("GOLDEN_THREAD_MISSING", format!("identity: agent {} has no golden thread", record.id)));
                };
                let resolve = |kid: &str| id.golden_thread_keys.find(kid).and_then(|j| j.to_public_key().ok());
                let report = thread.verify(g.provider, &resolve, now, Some(&thumbprint));
                if !report.is_valid() {
                    return Err(("GOLDEN_THREAD_INVALID", format!("identity: golden thread invalid ({report:?})")));
                }
                // A retired authority key verifies the threads it signed
                // before its retirement, never one approved after it.
                let retired = id.golden_thread_keys.find(&thread.signer_kid).and_then(aigos_crypto::Jwk::retired_at);
                if !thread.approved_before_retirement(retired) {
                    return Err((
                        "GOLDEN_THREAD_INVALID",
                        format!("identity: golden thread approved after its key {:?} was retired at {retired:?}", thread.signer_kid),
                    ));
                }
                self.golden_threads
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry(record.id.to_string())
                    .or_default()
                    .insert(kid.to_owned(), thread.expires_at);
                Ok(())
            }
        }
    }
}

/// The stable code of a token rejection: `IDENTITY_` and the rule's.
pub(crate) fn token_code(rule: aigos_identity::Rule) -> &'static str {
    use aigos_identity::Rule;
    match rule {
        Rule::Expired => "IDENTITY_TOKEN_EXPIRED",
        Rule::NotYetValid => "IDENTITY_TOKEN_NOT_YET_VALID",
        Rule::Replayed => "IDENTITY_TOKEN_REPLAYED",
        Rule::ReplayStore => "IDENTITY_REPLAY_STORE",
        Rule::StateUnavailable => "STATE_UNAVAILABLE",
        Rule::ActionMismatch => "IDENTITY_ACTION_MISMATCH",
        Rule::KeyRetired => "IDENTITY_KEY_RETIRED",
        Rule::Audience => "IDENTITY_AUDIENCE",
        Rule::Issuer => "IDENTITY_ISSUER",
        Rule::UnknownKid => "IDENTITY_UNKNOWN_KEY",
        Rule::AlgNotAllowed | Rule::AlgKeyMismatch | Rule::Signature => "IDENTITY_SIGNATURE",
        Rule::Claim => "IDENTITY_CLAIM",
        Rule::TtlTooLong => "IDENTITY_TTL_TOO_LONG",
        Rule::Paused => "IDENTITY_PAUSED",
        Rule::TerminationPending => "IDENTITY_TERMINATION_PENDING",
        _ => "IDENTITY_TOKEN_INVALID",
    }
}

/// Step 8: an execution permit for an approved action, naming the checked
/// destinations. Its jti is the validation id, so a permit names the audit
/// record of the decision that issued it.
pub(crate) struct PermitCheck {
    pub(crate) layer: Arc<IdentityLayer>,
}

#[async_trait::async_trait]
impl Check for PermitCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        if facts.status != Some(Status::Approved) {
            return Ok(Verdict::not_run("not approved"));
        }
        let egress: Vec<aigos_identity::PermitEgress> =
            facts.egress.iter().map(|d| aigos_identity::PermitEgress { url: d.url.clone(), addresses: d.addresses.clone() }).collect();
        let id = &self.layer;
        let permit =
            id.permits.issue_with_egress(cx.request, facts.ahash()?, &id.executor, cx.validation_id, &egress).map_err(|e| e.to_string())?;
        facts.permit = Some(permit);
        Ok(Verdict::pass(if egress.is_empty() {
            "permit issued".into()
        } else {
            format!("permit issued for {} destination(s)", egress.len())
        }))
    }
}
