//! Each layer's components from its `aigos.toml` section.

#[cfg(any(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
use std::path::Path;
#[cfg(any(feature = "identity", feature = "policy", feature = "runtime"))]
use std::sync::Arc;
#[cfg(feature = "runtime")]
use std::time::Duration;

#[cfg(any(feature = "identity", feature = "runtime"))]
use aigos_core::Clock;
#[cfg(any(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
use aigos_crypto::Provider;

#[cfg(feature = "identity")]
use super::IdentitySection;
#[cfg(feature = "policy")]
use super::PolicySection;
#[cfg(feature = "runtime")]
use super::RuntimeSection;
#[cfg(any(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
use super::{ConfigError, file_err, read};

/// The signing key a setting names, under `kid` when one is given: a
/// PKCS#8 PEM file (relative to `base`), or a key in a PKCS#11 token when
/// the setting is a `pkcs11:` URI.
#[cfg(any(feature = "identity", feature = "audit"))]
pub(crate) fn signing_key(
    provider: Provider,
    base: &Path,
    setting_value: &Path,
    kid: Option<&str>,
    setting: &str,
    pkcs11: &super::Pkcs11Section,
) -> Result<std::sync::Arc<dyn aigos_crypto::Signer>, ConfigError> {
    if let Some(uri) = setting_value.to_str().filter(|s| s.starts_with("pkcs11:")) {
        return pkcs11.open(provider, base, uri, kid, setting);
    }
    let path = base.join(setting_value);
    let key = aigos_crypto::SigningKey::from_pkcs8_pem(provider, &read(&path)?).map_err(|e| file_err(&path, e))?;
    let key = match kid {
        Some(kid) => key.with_kid(aigos_core::Kid::new(kid).map_err(|e| ConfigError::Invalid(format!("{setting}: {e}")))?),
        None => key,
    };
    Ok(std::sync::Arc::new(key))
}

#[cfg(any(feature = "identity", feature = "policy", feature = "runtime"))]
pub(super) fn read_jwks(path: &Path) -> Result<aigos_crypto::Jwks, ConfigError> {
    aigos_crypto::Jwks::from_json(&read(path)?).map_err(|e| file_err(path, e))
}

#[cfg(feature = "identity")]
pub(super) fn identity_layer(
    id: &IdentitySection,
    base: &Path,
    provider: Provider,
    clock: Arc<dyn Clock>,
    replay: Option<Arc<dyn aigos_identity::ReplayStore>>,
    pkcs11: &super::Pkcs11Section,
) -> Result<crate::IdentityLayer, ConfigError> {
    let registry_path = base.join(&id.registry);
    let registry = aigos_identity::AgentRegistry::load(&registry_path).map_err(|e| file_err(&registry_path, e))?;
    let keys = registry.key_resolver(provider).map_err(|e| file_err(&registry_path, e))?;
    let replay: Arc<dyn aigos_identity::ReplayStore> = match replay {
        Some(r) => r,
        None => Arc::new(aigos_identity::InMemoryReplayStore::new(id.replay_capacity, clock.clone())),
    };
    let verifier = aigos_identity::TokenVerifier::builder(Arc::new(keys), id.audience.clone())
        .clock(clock.clone())
        .replay_store(replay)
        .max_ttl(std::time::Duration::from_secs(id.max_token_ttl_secs))
        .build();
    let key_path = base.join(&id.permit_key);
    let keys = crate::keyring::permit_schedule(provider, base, id, pkcs11, clock.now_secs())?;
    let permits = aigos_identity::PermitIssuer::scheduled(keys, "aigos-guard", aigos_identity::MAX_PERMIT_TTL, clock)
        .map_err(|e| file_err(&key_path, e))?;
    Ok(crate::IdentityLayer {
        verifier,
        registry,
        golden_thread_keys: read_jwks(&base.join(&id.golden_thread_keys))?,
        permits,
        executor: id.executor.clone(),
    })
}

#[cfg(feature = "policy")]
impl PolicySection {
    pub(super) fn approval_rules(&self) -> Result<aigos_policy::ApprovalRules, ConfigError> {
        let Some(rules) = &self.approval_rules else { return Ok(aigos_policy::ApprovalRules::default()) };
        let rules = rules.iter().map(|r| serde_json::from_value(r.clone())).collect::<Result<Vec<_>, _>>();
        let rules = rules.map_err(|e| ConfigError::Invalid(format!("policy.approval_rules: {e}")))?;
        aigos_policy::ApprovalRules::new(rules).map_err(|e| ConfigError::Invalid(format!("policy.approval_rules: {e}")))
    }
}

#[cfg(feature = "runtime")]
impl RuntimeSection {
    /// The rate limits this section sets (every Guard of a fleet sharing
    /// a rate-limit store must use the same).
    pub fn rate_limit_config(&self) -> aigos_runtime::RateLimitConfig {
        aigos_runtime::RateLimitConfig {
            rate: self.rate,
            period: Duration::from_secs(self.period_secs),
            burst: self.burst,
            block_after: self.block_after,
            ..aigos_runtime::RateLimitConfig::default()
        }
    }

    pub(super) fn weights(&self) -> Result<aigos_runtime::Weights, ConfigError> {
        match &self.weights {
            Some(v) => serde_json::from_value(v.clone()).map_err(|e| ConfigError::Invalid(format!("runtime.weights: {e}"))),
            None => Ok(aigos_runtime::Weights::default()),
        }
    }

    pub(super) fn business_hours(&self) -> Result<aigos_runtime::BusinessHours, ConfigError> {
        match &self.business_hours {
            Some(v) => serde_json::from_value(v.clone()).map_err(|e| ConfigError::Invalid(format!("runtime.business_hours: {e}"))),
            None => Ok(aigos_runtime::BusinessHours::default()),
        }
    }
}

/// The name of the policy bundle's high-water mark in the version store.
#[cfg(feature = "policy")]
pub const POLICY_VERSION_MARK: &str = "policy-bundle";

#[cfg(feature = "policy")]
pub(super) fn policy_layer(
    p: &PolicySection,
    base: &Path,
    provider: Provider,
    budget: Option<Arc<dyn aigos_policy::BudgetLedger>>,
    versions: &dyn aigos_core::VersionStore,
) -> Result<crate::PolicyLayer, ConfigError> {
    let bundle_path = base.join(&p.bundle);
    let bundle = aigos_policy::PolicyBundle::from_json(&read(&bundle_path)?).map_err(|e| file_err(&bundle_path, e))?;
    let loader =
        aigos_policy::BundleLoader::new(provider, &read_jwks(&base.join(&p.bundle_keys))?).map_err(|e| file_err(&bundle_path, e))?;
    let verified = loader.verify(&bundle).map_err(|e| file_err(&bundle_path, e))?;
    if verified.dry_run {
        return Err(file_err(&bundle_path, "a dry-run bundle cannot guard actions"));
    }
    // Rollback protection across restarts: the highest version accepted
    // (and its content) is kept in the state store, so a copy of an older
    // signed bundle put back in place is refused.
    versions.advance(POLICY_VERSION_MARK, verified.version, &verified.content_hash).map_err(|e| file_err(&bundle_path, e))?;
    let engine = aigos_policy::PolicyEngine::new(&verified.document).map_err(|e| file_err(&bundle_path, e))?;
    let approval_rules = p.approval_rules()?;
    let inspector = aigos_policy::Inspector::new(aigos_policy::InspectorConfig {
        max_bytes: p.max_payload_bytes,
        max_depth: p.max_payload_depth,
        learned_prompt: p.learned_prompt_model,
        ..Default::default()
    })
    .map_err(|e| ConfigError::Invalid(format!("policy: {e}")))?;
    Ok(crate::PolicyLayer { engine, approval_rules, inspector, inspection: p.inspection, budget })
}

#[cfg(feature = "runtime")]
pub(super) fn runtime_layer(
    r: &RuntimeSection,
    base: &Path,
    provider: Provider,
    clock: Arc<dyn Clock>,
    limits: Option<Arc<dyn aigos_runtime::RateLimitStore>>,
) -> Result<crate::RuntimeLayer, ConfigError> {
    let cfg = r.rate_limit_config();
    let jwks_path = base.join(&r.kill_keys);
    let mut kill_keys = std::collections::HashMap::new();
    let jwks = read_jwks(&jwks_path)?;
    let kill_keys_retired = jwks.retirements();
    for jwk in jwks.keys {
        let kid = jwk.kid.clone().unwrap_or_default();
        let public = jwk.to_public_key().map_err(|e| file_err(&jwks_path, e))?;
        kill_keys.insert(kid, aigos_crypto::VerifyingKey::new(provider, public).map_err(|e| file_err(&jwks_path, e))?);
    }
    let weights = r.weights()?;
    let hours = r.business_hours()?;
    Ok(crate::RuntimeLayer {
        limiter: limits.unwrap_or_else(|| Arc::new(aigos_runtime::RateLimiter::new(cfg, clock))),
        kill_keys,
        kill_keys_retired,
        hours,
        weights,
        watchdog_timeout: Duration::from_secs(r.watchdog_timeout_secs),
        kill_state: r.kill_state.as_ref().map(|p| base.join(p)),
        kill_bus: None,
        leases: None,
    })
}

/// A budget account as the registry gives it: (account, parent, limit).
#[cfg(all(feature = "identity", feature = "policy"))]
pub type AccountSpec = (aigos_core::InstanceId, Option<aigos_core::InstanceId>, Option<aigos_core::CostUsd>);

#[cfg(all(feature = "identity", feature = "policy"))]
/// One budget account per registered agent, parents first: its limit is
/// the agent's `max_budget_usd`, its parent the agent that owns the parent
/// instance of its registered lineage (so a child's spend counts against
/// its ancestors).
///
/// # Errors
/// [`crate::Error::Component`] when the lineages form a cycle or an id is
/// not an account id.
pub fn agent_accounts(registry: &aigos_identity::AgentRegistry) -> Result<Vec<AccountSpec>, crate::Error> {
    use aigos_core::AgentId;
    let account = crate::guard::budget_account;
    let fail = |message: String| crate::Error::Component { layer: crate::Layer::Policy, message };
    let owner = |instance: &aigos_core::InstanceId| registry.agents().find(|a| a.instances.contains(instance)).map(|a| a.id.clone());
    let mut out = Vec::new();
    let mut open: Vec<AgentId> = Vec::new();
    let agents: Vec<_> = registry.agents().collect();
    // Parents first: repeat until no account can be opened.
    loop {
        let before = open.len();
        for a in &agents {
            if open.contains(&a.id) {
                continue;
            }
            let parent = a.lineage.as_ref().and_then(|l| l.parent()).and_then(owner).filter(|p| p != &a.id);
            if parent.as_ref().is_some_and(|p| !open.contains(p)) {
                continue;
            }
            let parent = parent.as_ref().map(account).transpose().map_err(fail)?;
            out.push((account(&a.id).map_err(fail)?, parent, a.capabilities.max_budget_usd));
            open.push(a.id.clone());
        }
        if open.len() == agents.len() || open.len() == before {
            break;
        }
    }
    if open.len() != agents.len() {
        return Err(fail("the registry's lineages form a cycle".into()));
    }
    Ok(out)
}

#[cfg(all(feature = "identity", feature = "policy"))]
/// An in-memory ledger with the accounts of [`agent_accounts`].
///
/// # Errors
/// [`crate::Error::Component`] when an account cannot be opened.
pub fn agent_ledger(registry: &aigos_identity::AgentRegistry) -> Result<Arc<aigos_policy::InMemoryLedger>, crate::Error> {
    use futures_util::FutureExt;
    let fail = |message: String| crate::Error::Component { layer: crate::Layer::Policy, message };
    let ledger = aigos_policy::InMemoryLedger::new();
    for (account, parent, limit) in agent_accounts(registry)? {
        // The ledger's lock is uncontended while it is built.
        ledger
            .open(account, parent, limit)
            .now_or_never()
            .ok_or_else(|| fail("budget ledger busy while built".into()))?
            .map_err(|e| fail(e.to_string()))?;
    }
    Ok(Arc::new(ledger))
}
