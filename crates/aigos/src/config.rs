//! `aigos.toml`: a Guard from files, and [`init`], which creates a complete
//! working local setup. Paths in the file are relative to the file.
//!
//! ```toml
//! [guard]
//! provider = "rustcrypto"          # or "aws-lc-rs" (when built with it)
//! step_timeout_ms = 2000
//! min_security_score = 0.3
//! skip = []                        # layers left out on purpose: identity, policy, runtime, network, audit
//!
//! [identity]
//! audience = "aigos-guard"
//! registry = "registry.json"
//! golden_thread_keys = "keys/authority.jwks.json"
//! permit_key = "keys/guard.key.pem"   # Ed25519
//! permit_kid = "guard-1"              # as in keys/guard.jwks.json (default: thumbprint)
//! executor = "tool-executor"
//! replay_capacity = 1000000
//!
//! [policy]
//! bundle = "policy.bundle.json"
//! bundle_keys = "keys/authority.jwks.json"
//! max_payload_bytes = 1048576
//! max_payload_depth = 32
//! # [[policy.approval_rules]] ... (default: CRITICAL -> MFA, EMERGENCY -> 2 of 3 experts)
//!
//! [runtime]
//! rate = 20
//! period_secs = 60
//! burst = 20
//! block_after = 5
//! kill_keys = "keys/authority.jwks.json"
//! watchdog_timeout_secs = 60        # heartbeat lease of an instance
//! kill_commands = "kill-commands.yaml"  # signed kill commands, polled by a running Guard
//! kill_poll_ms = 1000
//! kill_state = "kill-state.jsonl"    # applied commands, taken back on restart
//!
//! [network]
//! egress = "egress.toml"
//!
//! [audit]
//! dir = "audit"
//! durability = "batch"             # always | batch | none
//! mac_key = "keys/audit.mac"       # 32 random bytes, hex
//! encryption_key = "keys/audit.enc" # payloads stored encrypted
//! checkpoint_key = "keys/audit-checkpoint.key.pem"  # signs checkpoints
//! checkpoint_kid = "audit-checkpoint-1"            # as in keys/audit.jwks.json
//!
//! [approvers]
//! file = "approvers.json"
//! ```

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use aigos_core::Clock;
use aigos_crypto::{Jwks, Provider, SigningKey};
use serde::{Deserialize, Serialize};

use crate::{Approver, Approvers, Guard, Layer};

/// Why a configuration could not be loaded or created.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A file could not be read or written.
    #[error("{path}: {message}")]
    File {
        /// The file.
        path: PathBuf,
        /// What happened.
        message: String,
    },
    /// The configuration is invalid.
    #[error("{0}")]
    Invalid(String),
    /// The Guard could not be built from it.
    #[error(transparent)]
    Build(#[from] crate::BuildError),
}

fn file_err(path: &Path, e: impl std::fmt::Display) -> ConfigError {
    ConfigError::File { path: path.to_owned(), message: e.to_string() }
}

/// State and backends that several Guard instances may share; `None`
/// fields get the in-memory defaults and the provider `[guard]` names.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SharedState {
    /// The replay store of token jtis.
    #[cfg(feature = "identity")]
    pub replay: Option<Arc<dyn aigos_identity::ReplayStore>>,
    /// The per-agent rate limits (and blocks) of several Guards. `[runtime]`
    /// still configures the in-memory default when this is `None`.
    #[cfg(feature = "runtime")]
    pub rate_limits: Option<Arc<dyn aigos_runtime::RateLimitStore>>,
    /// A crypto provider used instead of the one `[guard] provider` names:
    /// a backend plugged in through [`aigos_crypto::CryptoProvider`] (an
    /// HSM, a FIPS module).
    pub provider: Option<Provider>,
}

impl SharedState {
    /// With a crypto provider of its own instead of a named one.
    #[must_use]
    pub fn provider(mut self, provider: Provider) -> Self {
        self.provider = Some(provider);
        self
    }

    /// With a shared replay store.
    #[cfg(feature = "identity")]
    #[must_use]
    pub fn replay(mut self, store: Arc<dyn aigos_identity::ReplayStore>) -> Self {
        self.replay = Some(store);
        self
    }

    /// With shared rate limits: an agent limited or blocked through one
    /// Guard is limited or blocked through all that share them.
    #[cfg(feature = "runtime")]
    #[must_use]
    pub fn rate_limits(mut self, store: Arc<dyn aigos_runtime::RateLimitStore>) -> Self {
        self.rate_limits = Some(store);
        self
    }
}

impl std::fmt::Debug for SharedState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedState").field("provider", &self.provider.map(|p| p.name())).finish_non_exhaustive()
    }
}

/// `[guard]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GuardSection {
    /// Crypto provider name.
    pub provider: String,
    /// Time limit per step.
    pub step_timeout_ms: u64,
    /// Lowest security score that may be approved.
    pub min_security_score: f64,
    /// Layers left out on purpose.
    pub skip: Vec<Layer>,
}

impl Default for GuardSection {
    fn default() -> Self {
        GuardSection { provider: "rustcrypto".into(), step_timeout_ms: 2000, min_security_score: 0.3, skip: Vec::new() }
    }
}

/// `[identity]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentitySection {
    /// Token audience.
    pub audience: String,
    /// Agent registry (JSON).
    pub registry: PathBuf,
    /// Keys that sign golden threads (JWKS).
    pub golden_thread_keys: PathBuf,
    /// Ed25519 PKCS#8 PEM key that signs permits.
    pub permit_key: PathBuf,
    /// The kid in the permits' header: the kid under which executors find
    /// the key's public half (`aigos init` publishes `keys/guard.jwks.json`
    /// with kid `guard-1`). Default: the key's RFC 7638 thumbprint.
    #[serde(default)]
    pub permit_kid: Option<String>,
    /// Permit audience.
    #[serde(default = "default_executor")]
    pub executor: String,
    /// Live jtis remembered at most.
    #[serde(default = "default_replay")]
    pub replay_capacity: usize,
}

fn default_executor() -> String {
    "tool-executor".into()
}
fn default_replay() -> usize {
    1_000_000
}

/// `[policy]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicySection {
    /// Signed policy bundle (JSON).
    pub bundle: PathBuf,
    /// Keys trusted to sign bundles (JWKS).
    pub bundle_keys: PathBuf,
    /// Largest payload.
    #[serde(default = "default_bytes")]
    pub max_payload_bytes: usize,
    /// Deepest payload nesting.
    #[serde(default = "default_depth")]
    pub max_payload_depth: usize,
    /// Approval rules (absent: the defaults).
    #[serde(default)]
    pub approval_rules: Option<Vec<serde_json::Value>>,
}

fn default_bytes() -> usize {
    1 << 20
}
fn default_depth() -> usize {
    32
}

/// `[runtime]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuntimeSection {
    /// Actions per period.
    #[serde(default = "default_rate")]
    pub rate: u32,
    /// The period.
    #[serde(default = "default_period")]
    pub period_secs: u64,
    /// Burst.
    #[serde(default = "default_rate")]
    pub burst: u32,
    /// Violations before an agent is blocked.
    #[serde(default = "default_block")]
    pub block_after: u32,
    /// Keys trusted for kill commands (JWKS).
    pub kill_keys: PathBuf,
    /// Threat weights (absent: the documented defaults).
    #[serde(default)]
    pub weights: Option<serde_json::Value>,
    /// Business hours (absent: 08-18 UTC, Monday to Friday).
    #[serde(default)]
    pub business_hours: Option<serde_json::Value>,
    /// Heartbeat lease of an instance before it counts as orphaned.
    #[serde(default = "default_watchdog")]
    pub watchdog_timeout_secs: u64,
    /// A file of signed kill commands (a JSON array or a YAML list) that a
    /// running Guard polls ([`GuardConfig::kill_sources`], [`Guard::listen`];
    /// `aigos validate` does): the control plane or an operator adds
    /// commands, every Guard that reads the file applies them.
    #[serde(default)]
    pub kill_commands: Option<PathBuf>,
    /// How often that file is polled.
    #[serde(default = "default_kill_poll")]
    pub kill_poll_ms: u64,
    /// Where the Guard keeps the kill commands it applied (one signed
    /// command per line), so a restart keeps terminations and pauses
    /// ([`crate::RuntimeLayer::kill_state`]). Absent: in memory only.
    #[serde(default)]
    pub kill_state: Option<PathBuf>,
}

fn default_kill_poll() -> u64 {
    1000
}

fn default_watchdog() -> u64 {
    60
}

fn default_rate() -> u32 {
    20
}
fn default_period() -> u64 {
    60
}
fn default_block() -> u32 {
    5
}

/// `[network]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkSection {
    /// Egress rules (TOML or JSON).
    pub egress: PathBuf,
}

/// Audit durability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum DurabilityName {
    /// fsync every record.
    Always,
    /// Group commit.
    #[default]
    Batch,
    /// No fsync (tests).
    None,
}

/// `[audit]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditSection {
    /// Log directory.
    pub dir: PathBuf,
    /// Durability.
    #[serde(default)]
    pub durability: DurabilityName,
    /// HMAC key file (its bytes are the key, at least 16; `aigos audit verify --hmac-key` reads it the same way).
    #[serde(default)]
    pub mac_key: Option<PathBuf>,
    /// Field encryption key file (32 raw bytes or 64 hex digits): request
    /// payloads are stored encrypted (XChaCha20-Poly1305).
    #[serde(default)]
    pub encryption_key: Option<PathBuf>,
    /// Checkpoint signing key (PKCS#8 PEM, Ed25519 or P-256): every
    /// checkpoint is signed, and the dashboard and `aigos audit verify
    /// --jwks` require the signatures (`aigos init` publishes the public key
    /// as `keys/audit.jwks.json`).
    #[serde(default)]
    pub checkpoint_key: Option<PathBuf>,
    /// The kid of `checkpoint_key` in the checkpoints (and in the JWKS that
    /// verifiers trust). Default: the key's RFC 7638 thumbprint.
    #[serde(default)]
    pub checkpoint_kid: Option<String>,
}

/// `[approvers]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApproversSection {
    /// Approvers (JSON list).
    pub file: PathBuf,
}

/// The whole `aigos.toml`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuardConfig {
    /// `[guard]`.
    #[serde(default)]
    pub guard: GuardSection,
    /// `[identity]`.
    pub identity: Option<IdentitySection>,
    /// `[policy]`.
    pub policy: Option<PolicySection>,
    /// `[runtime]`.
    pub runtime: Option<RuntimeSection>,
    /// `[network]`.
    pub network: Option<NetworkSection>,
    /// `[audit]`.
    pub audit: Option<AuditSection>,
    /// `[approvers]`.
    pub approvers: Option<ApproversSection>,
}

fn read(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|e| file_err(path, e))
}

/// A PKCS#8 PEM signing key, under `kid` when the setting names one.
fn signing_key(provider: Provider, path: &Path, kid: Option<&str>, setting: &str) -> Result<SigningKey, ConfigError> {
    let key = SigningKey::from_pkcs8_pem(provider, &read(path)?).map_err(|e| file_err(path, e))?;
    match kid {
        Some(kid) => Ok(key.with_kid(aigos_core::Kid::new(kid).map_err(|e| ConfigError::Invalid(format!("{setting}: {e}")))?)),
        None => Ok(key),
    }
}

fn read_jwks(path: &Path) -> Result<Jwks, ConfigError> {
    Jwks::from_json(&read(path)?).map_err(|e| file_err(path, e))
}

impl GuardConfig {
    /// Reads and parses `path`.
    ///
    /// # Errors
    /// [`ConfigError`] for an unreadable or invalid file.
    pub fn load(path: &Path) -> Result<(Self, PathBuf), ConfigError> {
        let cfg: GuardConfig = toml::from_str(&read(path)?).map_err(|e| file_err(path, e))?;
        let base = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_owned();
        Ok((cfg, base))
    }

    /// Builds the Guard this file describes, with `clock` (the system clock
    /// in production).
    ///
    /// # Errors
    /// [`ConfigError`] naming the file or setting at fault.
    pub fn build(&self, base: &Path, clock: &Arc<dyn Clock>) -> Result<Guard, ConfigError> {
        self.build_with(base, clock, SharedState::default())
    }

    /// The kill-command channels `[runtime]` names, for [`Guard::listen`]:
    /// the `kill_commands` file polled every `kill_poll_ms` (none when
    /// unset). Paths are relative to `base`, the file's directory.
    #[cfg(feature = "runtime")]
    #[must_use]
    pub fn kill_sources(&self, base: &Path) -> Vec<Box<dyn aigos_runtime::CommandSource>> {
        let Some(r) = &self.runtime else { return Vec::new() };
        r.kill_commands
            .iter()
            .map(|file| {
                let source = aigos_runtime::FileSource::new(base.join(file), Duration::from_millis(r.kill_poll_ms.max(1)));
                Box::new(source) as Box<dyn aigos_runtime::CommandSource>
            })
            .collect()
    }

    /// As [`GuardConfig::build`], with state shared between Guard instances
    /// (a replay store several Guards use, for example) instead of the
    /// in-memory defaults.
    ///
    /// # Errors
    /// As [`GuardConfig::build`].
    #[cfg_attr(
        not(any(feature = "identity", feature = "runtime")),
        allow(clippy::needless_pass_by_value, reason = "only the provider is left to take, and the signature is the same in every build")
    )]
    pub fn build_with(&self, base: &Path, clock: &Arc<dyn Clock>, shared: SharedState) -> Result<Guard, ConfigError> {
        let at = |p: &Path| base.join(p);
        let provider = match shared.provider {
            Some(p) => p,
            None => aigos_crypto::provider_by_name(&self.guard.provider).map_err(|e| ConfigError::Invalid(e.to_string()))?,
        };
        let mut b = Guard::builder(provider)
            .clock(clock.clone())
            .step_timeout(Duration::from_millis(self.guard.step_timeout_ms))
            .min_security_score(self.guard.min_security_score);
        for layer in &self.guard.skip {
            b = b.skip(*layer);
        }
        if let Some(a) = &self.approvers {
            let path = at(&a.file);
            let list: Vec<Approver> = serde_json::from_str(&read(&path)?).map_err(|e| file_err(&path, e))?;
            b = b.approvers(Approvers::new(provider, list).map_err(|e| file_err(&path, e))?);
        }
        #[cfg(feature = "identity")]
        if let Some(id) = &self.identity {
            b = b.identity(identity_layer(id, base, provider, clock.clone(), shared.replay)?);
        }
        #[cfg(feature = "policy")]
        if let Some(p) = &self.policy {
            b = b.policy(policy_layer(p, base, provider)?);
        }
        #[cfg(feature = "runtime")]
        if let Some(r) = &self.runtime {
            b = b.runtime(runtime_layer(r, base, provider, clock.clone(), shared.rate_limits)?);
        }
        #[cfg(feature = "network")]
        if let Some(n) = &self.network {
            let path = at(&n.egress);
            let text = read(&path)?;
            let cfg: aigos_network::EgressConfig = if text.trim_start().starts_with('{') {
                serde_json::from_str(&text).map_err(|e| file_err(&path, e))?
            } else {
                toml::from_str(&text).map_err(|e| file_err(&path, e))?
            };
            let cache = aigos_network::EgressCache::new(aigos_network::EgressFilter::new(&cfg), Arc::new(aigos_network::SystemResolver));
            b = b.network(crate::NetworkLayer { egress: cache });
        }
        #[cfg(feature = "audit")]
        if let Some(a) = &self.audit {
            let key_file = |p: &Path| -> Result<(PathBuf, Vec<u8>), ConfigError> {
                let path = at(p);
                let bytes = std::fs::read(&path).map_err(|e| file_err(&path, e))?;
                Ok((path, bytes))
            };
            let mac_key = match &a.mac_key {
                Some(p) => {
                    let (path, bytes) = key_file(p)?;
                    Some(aigos_audit::MacKey::from_key_file(provider, &bytes).map_err(|e| file_err(&path, e))?)
                }
                None => None,
            };
            let durability = match a.durability {
                DurabilityName::Always => aigos_audit::Durability::Always,
                DurabilityName::Batch => aigos_audit::Durability::Batch,
                DurabilityName::None => aigos_audit::Durability::None,
            };
            let encryption = match &a.encryption_key {
                Some(p) => {
                    let (path, bytes) = key_file(p)?;
                    Some(aigos_audit::FieldCipher::from_key_file(provider, &bytes).map_err(|e| file_err(&path, e))?)
                }
                None => None,
            };
            let checkpoint_key = match &a.checkpoint_key {
                Some(p) => Some(Arc::new(signing_key(provider, &at(p), a.checkpoint_kid.as_deref(), "checkpoint_kid")?)),
                None if a.checkpoint_kid.is_some() => {
                    return Err(ConfigError::Invalid("[audit] checkpoint_kid without checkpoint_key".into()));
                }
                None => None,
            };
            b = b.audit(crate::AuditLayer { dir: at(&a.dir), durability, mac_key, encryption, checkpoint_key });
        }
        Ok(b.build()?)
    }
}

#[cfg(feature = "identity")]
fn identity_layer(
    id: &IdentitySection,
    base: &Path,
    provider: Provider,
    clock: Arc<dyn Clock>,
    replay: Option<Arc<dyn aigos_identity::ReplayStore>>,
) -> Result<crate::IdentityLayer, ConfigError> {
    let registry_path = base.join(&id.registry);
    let registry = aigos_identity::AgentRegistry::load(&registry_path).map_err(|e| file_err(&registry_path, e))?;
    let keys = registry.key_resolver(provider).map_err(|e| file_err(&registry_path, e))?;
    let replay: Arc<dyn aigos_identity::ReplayStore> = match replay {
        Some(r) => r,
        None => Arc::new(aigos_identity::InMemoryReplayStore::new(id.replay_capacity, clock.clone())),
    };
    let verifier =
        aigos_identity::TokenVerifier::builder(Arc::new(keys), id.audience.clone()).clock(clock.clone()).replay_store(replay).build();
    let key_path = base.join(&id.permit_key);
    let key = Arc::new(signing_key(provider, &key_path, id.permit_kid.as_deref(), "permit_kid")?);
    let permits =
        aigos_identity::PermitIssuer::new(key, "aigos-guard", aigos_identity::MAX_PERMIT_TTL, clock).map_err(|e| file_err(&key_path, e))?;
    Ok(crate::IdentityLayer {
        verifier,
        registry,
        golden_thread_keys: read_jwks(&base.join(&id.golden_thread_keys))?,
        permits,
        executor: id.executor.clone(),
    })
}

#[cfg(feature = "policy")]
fn policy_layer(p: &PolicySection, base: &Path, provider: Provider) -> Result<crate::PolicyLayer, ConfigError> {
    let bundle_path = base.join(&p.bundle);
    let bundle = aigos_policy::PolicyBundle::from_json(&read(&bundle_path)?).map_err(|e| file_err(&bundle_path, e))?;
    let loader =
        aigos_policy::BundleLoader::new(provider, &read_jwks(&base.join(&p.bundle_keys))?).map_err(|e| file_err(&bundle_path, e))?;
    let verified = loader.verify(&bundle).map_err(|e| file_err(&bundle_path, e))?;
    if verified.dry_run {
        return Err(file_err(&bundle_path, "a dry-run bundle cannot guard actions"));
    }
    let engine = aigos_policy::PolicyEngine::new(&verified.document).map_err(|e| file_err(&bundle_path, e))?;
    let approval_rules = match &p.approval_rules {
        None => aigos_policy::ApprovalRules::default(),
        Some(rules) => {
            let rules = rules.iter().map(|r| serde_json::from_value(r.clone())).collect::<Result<Vec<_>, _>>();
            aigos_policy::ApprovalRules { rules: rules.map_err(|e| ConfigError::Invalid(format!("policy.approval_rules: {e}")))? }
        }
    };
    let inspector =
        aigos_policy::Inspector::new(aigos_policy::InspectorConfig { max_bytes: p.max_payload_bytes, max_depth: p.max_payload_depth })
            .map_err(|e| ConfigError::Invalid(format!("policy: {e}")))?;
    Ok(crate::PolicyLayer { engine, approval_rules, inspector })
}

#[cfg(feature = "runtime")]
fn runtime_layer(
    r: &RuntimeSection,
    base: &Path,
    provider: Provider,
    clock: Arc<dyn Clock>,
    limits: Option<Arc<dyn aigos_runtime::RateLimitStore>>,
) -> Result<crate::RuntimeLayer, ConfigError> {
    let cfg = aigos_runtime::RateLimitConfig {
        rate: r.rate,
        period: Duration::from_secs(r.period_secs),
        burst: r.burst,
        block_after: r.block_after,
        ..aigos_runtime::RateLimitConfig::default()
    };
    let jwks_path = base.join(&r.kill_keys);
    let mut kill_keys = std::collections::HashMap::new();
    for jwk in read_jwks(&jwks_path)?.keys {
        let kid = jwk.kid.clone().unwrap_or_default();
        let public = jwk.to_public_key().map_err(|e| file_err(&jwks_path, e))?;
        kill_keys.insert(kid, aigos_crypto::VerifyingKey::new(provider, public).map_err(|e| file_err(&jwks_path, e))?);
    }
    let weights = match &r.weights {
        Some(v) => serde_json::from_value(v.clone()).map_err(|e| ConfigError::Invalid(format!("runtime.weights: {e}")))?,
        None => aigos_runtime::Weights::default(),
    };
    let hours = match &r.business_hours {
        Some(v) => serde_json::from_value(v.clone()).map_err(|e| ConfigError::Invalid(format!("runtime.business_hours: {e}")))?,
        None => aigos_runtime::BusinessHours::default(),
    };
    Ok(crate::RuntimeLayer {
        limiter: limits.unwrap_or_else(|| Arc::new(aigos_runtime::RateLimiter::new(cfg, clock))),
        kill_keys,
        hours,
        weights,
        watchdog_timeout: Duration::from_secs(r.watchdog_timeout_secs),
        kill_state: r.kill_state.as_ref().map(|p| base.join(p)),
    })
}

/// Writes `bytes` atomically (temp file, fsync, rename), 0600 when private.
pub(crate) fn write_file(path: &Path, bytes: &[u8], private: bool) -> Result<(), ConfigError> {
    use std::io::Write;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| file_err(dir, e))?;
    let mut tmp = tempfile::Builder::new().prefix(".aigos-").tempfile_in(dir).map_err(|e| file_err(path, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if private { 0o600 } else { 0o644 };
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode)).map_err(|e| file_err(path, e))?;
    }
    #[cfg(not(unix))]
    let _ = private;
    tmp.write_all(bytes).map_err(|e| file_err(path, e))?;
    tmp.as_file().sync_all().map_err(|e| file_err(path, e))?;
    tmp.persist(path).map_err(|e| file_err(path, e.error))?;
    Ok(())
}

/// The agent `aigos init` registers.
pub const DEMO_AGENT: &str = "demo-agent";
/// The demo agent's key id.
pub const DEMO_AGENT_KID: &str = "demo-agent-key-1";
/// The human approver `aigos init` enrols for TOTP.
pub const DEMO_OPERATOR: &str = "operator";
/// The experts `aigos init` registers (group `experts`).
pub const DEMO_EXPERTS: [&str; 3] = ["expert-1", "expert-2", "expert-3"];

const DEMO_POLICY: &str = r#"# The demo policy: what demo-agent may do.
[[statements]]
id = "demo-operations"
effect = "permit"
principals = ["demo-agent"]
actions = ["config.*", "secrets.rotate", "system.*", "incident.*", "data.read", "agent.spawn"]

[[statements]]
id = "never-shell"
effect = "forbid"
principals = ["*"]
actions = ["shell.*"]
"#;

/// Creates a complete working local setup in `dir`: authority, guard and
/// agent keys; a registry with the demo agent and its golden thread; a
/// signed policy bundle; approvers (a TOTP-enrolled operator and three
/// experts with keys); an audit directory and MAC key; and `aigos.toml`.
/// Secrets are written 0600. Refuses a directory that already holds an
/// `aigos.toml`.
///
/// # Errors
/// [`ConfigError`] when a file cannot be written or a key generated.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
pub fn init(dir: &Path, provider: Provider, now: i64) -> Result<PathBuf, ConfigError> {
    use aigos_core::{AgentId, Kid};
    use aigos_crypto::Algorithm;
    let config_path = dir.join("aigos.toml");
    if config_path.exists() {
        return Err(file_err(&config_path, "exists; refusing to overwrite a setup"));
    }
    let keygen = |kid: &str| -> Result<SigningKey, ConfigError> {
        let k = SigningKey::generate(provider, Algorithm::EdDsa).map_err(|e| ConfigError::Invalid(e.to_string()))?;
        Ok(k.with_kid(Kid::new(kid).map_err(|e| ConfigError::Invalid(e.to_string()))?))
    };
    let pem = |k: &SigningKey| k.to_pkcs8_pem().map_err(|e| ConfigError::Invalid(e.to_string()));
    let authority = keygen("authority-1")?;
    let guard_key = keygen("guard-1")?;
    let agent = keygen(DEMO_AGENT_KID)?;
    write_file(&dir.join("keys/authority.key.pem"), pem(&authority)?.as_bytes(), true)?;
    write_file(&dir.join("keys/guard.key.pem"), pem(&guard_key)?.as_bytes(), true)?;
    write_file(&dir.join("keys/demo-agent.key.pem"), pem(&agent)?.as_bytes(), true)?;
    let authority_jwks = Jwks { keys: vec![authority.public_jwk()] };
    write_file(&dir.join("keys/authority.jwks.json"), to_json(&authority_jwks)?.as_bytes(), false)?;
    write_file(&dir.join("keys/guard.jwks.json"), to_json(&Jwks { keys: vec![guard_key.public_jwk()] })?.as_bytes(), false)?;

    // The registry: the demo agent, its key and a golden thread bound to it.
    let approval = aigos_identity::Approval {
        ticket_id: "INIT-0001".into(),
        approved_by: "owner@example.invalid".into(),
        approved_at: time_rfc3339(now)?,
    };
    let thread = aigos_identity::GoldenThread::sign(approval, DEMO_AGENT_KID, now + 365 * 86_400, &authority)
        .map_err(|e| ConfigError::Invalid(e.to_string()))?;
    let mut registry = aigos_identity::AgentRegistry::new();
    registry
        .register(aigos_identity::AgentRecord {
            id: AgentId::new(DEMO_AGENT).map_err(|e| ConfigError::Invalid(e.to_string()))?,
            owner: "platform-team".into(),
            keys: Jwks { keys: vec![agent.public_jwk()] },
            golden_thread: Some(thread),
            status: aigos_identity::AgentStatus::Active,
            capabilities: demo_capabilities(),
            lineage: None,
            registered_at: now - 30 * 86_400,
        })
        .map_err(|e| ConfigError::Invalid(e.to_string()))?;
    let registry_path = dir.join("registry.json");
    std::fs::create_dir_all(dir).map_err(|e| file_err(dir, e))?;
    registry.save(&registry_path).map_err(|e| file_err(&registry_path, e))?;

    // The signed policy bundle (and its source).
    write_file(&dir.join("policy.toml"), DEMO_POLICY.as_bytes(), false)?;
    let doc = aigos_policy::PolicyDocument::from_toml(DEMO_POLICY).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    let bundle = aigos_policy::PolicyBundle::sign(doc, 1, now, false, &authority).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    write_file(&dir.join("policy.bundle.json"), to_json(&bundle)?.as_bytes(), false)?;

    // Approvers: a TOTP-enrolled operator and three experts with keys.
    let mut secret = [0u8; 20];
    provider.fill_random(&mut secret).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    let mut approvers = vec![Approver {
        id: DEMO_OPERATOR.into(),
        role: crate::ApproverRole::Human,
        group: None,
        keys: Jwks::default(),
        totp: Some(crate::TotpSecret {
            secret_base32: data_encoding::BASE32_NOPAD.encode(&secret),
            algorithm: aigos_crypto::otp::OtpAlgorithm::Sha1,
            digits: 6,
            step_secs: 30,
        }),
        email: None,
    }];
    for expert in DEMO_EXPERTS {
        let k = keygen(&format!("{expert}-key"))?;
        write_file(&dir.join(format!("keys/{expert}.key.pem")), pem(&k)?.as_bytes(), true)?;
        approvers.push(Approver {
            id: expert.into(),
            role: crate::ApproverRole::Expert,
            group: Some("experts".into()),
            keys: Jwks { keys: vec![k.public_jwk()] },
            totp: None,
            email: None,
        });
    }
    // TOTP secrets inside: private.
    write_file(&dir.join("approvers.json"), to_json(&approvers)?.as_bytes(), true)?;

    let mut mac = [0u8; 32];
    provider.fill_random(&mut mac).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    write_file(&dir.join("keys/audit.mac"), data_encoding::HEXLOWER.encode(&mac).as_bytes(), true)?;
    let mut enc = [0u8; 32];
    provider.fill_random(&mut enc).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    write_file(&dir.join("keys/audit.enc"), data_encoding::HEXLOWER.encode(&enc).as_bytes(), true)?;
    let checkpoint_key = keygen("audit-checkpoint-1")?;
    write_file(&dir.join("keys/audit-checkpoint.key.pem"), pem(&checkpoint_key)?.as_bytes(), true)?;
    write_file(&dir.join("keys/audit.jwks.json"), to_json(&Jwks { keys: vec![checkpoint_key.public_jwk()] })?.as_bytes(), false)?;
    std::fs::create_dir_all(dir.join("audit")).map_err(|e| file_err(&dir.join("audit"), e))?;
    write_file(&dir.join("egress.toml"), b"# Destinations agents may reach (default deny).\nrules = []\n", false)?;
    write_file(&dir.join("kill-commands.yaml"), KILL_COMMANDS_HEADER.as_bytes(), false)?;

    let config = format!(
        r#"# aigos: the Guard's configuration (see docs/operations.md). Paths are relative to this file.
[guard]
provider = "{provider}"
step_timeout_ms = 2000
min_security_score = 0.3
skip = []

[identity]
audience = "aigos-guard"
registry = "registry.json"
golden_thread_keys = "keys/authority.jwks.json"
permit_key = "keys/guard.key.pem"
permit_kid = "guard-1"
executor = "tool-executor"
replay_capacity = 1000000

[policy]
bundle = "policy.bundle.json"
bundle_keys = "keys/authority.jwks.json"
max_payload_bytes = 1048576
max_payload_depth = 32

[runtime]
rate = 20
period_secs = 60
burst = 20
block_after = 5
kill_keys = "keys/authority.jwks.json"
watchdog_timeout_secs = 60
kill_commands = "kill-commands.yaml"
kill_poll_ms = 1000
kill_state = "kill-state.jsonl"

[network]
egress = "egress.toml"

[audit]
dir = "audit"
durability = "batch"
mac_key = "keys/audit.mac"
encryption_key = "keys/audit.enc"
checkpoint_key = "keys/audit-checkpoint.key.pem"
checkpoint_kid = "audit-checkpoint-1"

[approvers]
file = "approvers.json"
"#,
        provider = provider.name()
    );
    write_file(&config_path, config.as_bytes(), false)?;
    Ok(config_path)
}

/// The kill-command file `init` writes: a YAML list, so a command is added
/// by appending one line (`- ` and the JSON `aigos killswitch sign` prints).
const KILL_COMMANDS_HEADER: &str = "\
# Signed kill commands a running Guard applies (polled every kill_poll_ms).
# Add one by appending a line:
#   printf -- '- %s\\n' \"$(aigos killswitch sign --key keys/authority.key.pem --kid authority-1 --type terminate --target agent:ID)\" >> kill-commands.yaml
";

/// What the demo agent may do: the demo tools, spawning children with a
/// subset of them two generations deep, a 100 USD budget.
fn demo_capabilities() -> aigos_core::Capabilities {
    let set = |v: &[&str]| v.iter().map(|s| (*s).to_string()).collect();
    aigos_core::Capabilities {
        tools: set(&["config.*", "secrets.rotate", "system.*", "incident.*", "data.read", "agent.spawn"]),
        resources: set(&["*"]),
        max_budget_usd: aigos_core::CostUsd::new(100.0).ok(),
        can_spawn: true,
        max_child_depth: 2,
        expires_at: None,
    }
}

/// RFC 3339 of a Unix time (UTC, seconds).
fn time_rfc3339(unix: i64) -> Result<String, ConfigError> {
    let t = time::OffsetDateTime::from_unix_timestamp(unix).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    t.format(&time::format_description::well_known::Rfc3339).map_err(|e| ConfigError::Invalid(e.to_string()))
}

/// Pretty JSON of any serializable value.
fn to_json<T: Serialize>(value: &T) -> Result<String, ConfigError> {
    serde_json::to_string_pretty(value).map_err(|e| ConfigError::Invalid(e.to_string()))
}
