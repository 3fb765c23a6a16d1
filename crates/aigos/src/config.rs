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
//! learned_prompt_model = true         # the learned prompt-injection model in step 3
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
//! checkpoint_every = 1000          # a signed checkpoint at least every N records
//! checkpoint_interval_secs = 60    # and T seconds (stated in the log's signed header)
//! witness = "/mnt/witness/aigos-audit.witness.json"  # latest checkpoint, outside the log (another volume)
//!
//! [approvers]
//! file = "approvers.json"
//! max_failures = 5                 # wrong TOTP codes in the window before a lockout
//! failure_window_secs = 900
//! lockout_secs = 900
//! challenge_ttl_secs = 300         # how long a REQUIRES_MFA challenge stays open
//!
//! [state]                          # survives a restart: used approvals, lockouts, policy version
//! backend = "file"                 # or "memory", or "redis" (a fleet of Guards, below)
//! file = "state.json"
//! capacity = 100000
//! # backend = "redis": replay, rate limits, approvals, budgets, policy version,
//! # kill journal and leases shared by every Guard with the same url and prefix
//! # (connected by the `aigos` binary through the aigos-redis crate).
//! # url = "rediss://redis.internal:6380/0"
//! # prefix = "aigos-prod"
//! # username = "aigos"                # an ACL user
//! # password_file = "secrets/redis.password"   # or password_env = "AIGOS_REDIS_PASSWORD"
//! # ca = "certs/redis-ca.pem"         # rediss:// with a private CA
//! # connect_timeout_ms = 2000
//! # pool_size = 2
//! ```

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use aigos_core::Clock;
use aigos_crypto::Provider;
use serde::{Deserialize, Serialize};

use crate::{Approver, Approvers, Guard, Layer};

mod layers;
#[cfg(feature = "policy")]
pub use layers::POLICY_VERSION_MARK;
#[cfg(feature = "identity")]
use layers::identity_layer;
#[cfg(feature = "policy")]
use layers::policy_layer;
#[cfg(feature = "runtime")]
use layers::runtime_layer;
#[cfg(any(feature = "audit", feature = "identity"))]
pub(crate) use layers::signing_key;
#[cfg(all(feature = "identity", feature = "policy"))]
pub use layers::{AccountSpec, agent_accounts, agent_ledger};

#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
pub use crate::setup::init;
pub use crate::setup::{
    A2A_TRUST_DOMAIN, DEMO_AGENT, DEMO_AGENT_KID, DEMO_EXPERTS, DEMO_INSTANCE, DEMO_OPERATOR, DEMO_ORGANIZATION, PEER_AGENT,
};

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

pub(crate) fn file_err(path: &Path, e: impl std::fmt::Display) -> ConfigError {
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
    /// The budget ledger of several Guards. `None`: an in-memory ledger
    /// with one account per registered agent ([`agent_ledger`]).
    #[cfg(feature = "policy")]
    pub budget: Option<Arc<dyn aigos_policy::BudgetLedger>>,
    /// The approval state of several Guards (used approvals and codes,
    /// failed attempts, lockouts, challenges). `None`: `[state]`'s.
    pub approvals: Option<Arc<dyn aigos_core::ApprovalStore>>,
    /// The policy high-water mark of several Guards. `None`: `[state]`'s.
    pub versions: Option<Arc<dyn aigos_core::VersionStore>>,
    /// A fleet's kill journal ([`crate::RuntimeLayer::kill_bus`]).
    #[cfg(feature = "runtime")]
    pub kill_bus: Option<Arc<dyn aigos_runtime::KillBus>>,
    /// A fleet's heartbeat leases ([`crate::RuntimeLayer::leases`]).
    #[cfg(feature = "runtime")]
    pub leases: Option<Arc<dyn aigos_runtime::LeaseStore>>,
    /// The health of the backend behind these stores ([`Guard::readiness`]).
    pub health: Option<Arc<dyn aigos_core::StateHealth>>,
    /// Opens a shared budget ledger on the registry's accounts (account,
    /// parent, limit; parents first), when `budget` is `None`.
    #[cfg(feature = "policy")]
    pub budget_opener: Option<LedgerOpener>,
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

    /// With a shared budget ledger (its accounts opened by the caller).
    #[cfg(feature = "policy")]
    #[must_use]
    pub fn budget(mut self, ledger: Arc<dyn aigos_policy::BudgetLedger>) -> Self {
        self.budget = Some(ledger);
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

/// Opens a shared budget ledger with the registry's accounts, given as
/// (account, parent, limit), parents first.
#[cfg(feature = "policy")]
pub type LedgerOpener = Arc<
    dyn Fn(
            &[(aigos_core::InstanceId, Option<aigos_core::InstanceId>, Option<aigos_core::CostUsd>)],
        ) -> Result<Arc<dyn aigos_policy::BudgetLedger>, String>
        + Send
        + Sync,
>;

/// The approval state and the version store of one Guard.
type StateStores = (Arc<dyn aigos_core::ApprovalStore>, Arc<dyn aigos_core::VersionStore>);

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
    /// How far a request's timestamp may be from the Guard's clock.
    pub max_clock_skew_secs: u64,
    /// The environment this Guard guards (requests declaring another are
    /// rejected); absent: the declared environment is taken as it is.
    pub environment: Option<aigos_core::Environment>,
}

impl Default for GuardSection {
    fn default() -> Self {
        GuardSection {
            provider: "rustcrypto".into(),
            step_timeout_ms: 2000,
            min_security_score: 0.3,
            skip: Vec::new(),
            max_clock_skew_secs: 300,
            environment: None,
        }
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
    /// Longest token lifetime accepted (`exp - iat`), default 300 s (AIGOS:
    /// at most 5 minutes; `aigos security-audit` fails a longer one).
    #[serde(default = "default_max_token_ttl")]
    pub max_token_ttl_secs: u64,
}

fn default_max_token_ttl() -> u64 {
    300
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
    /// Largest payload (canonical JSON bytes), checked before any signature.
    #[serde(default = "default_bytes")]
    pub max_payload_bytes: usize,
    /// Deepest payload nesting.
    #[serde(default = "default_depth")]
    pub max_payload_depth: usize,
    /// Whether the learned prompt-injection model scores prose and untyped
    /// strings in step 3 (default true; its findings are medium at most).
    #[serde(default = "yes")]
    pub learned_prompt_model: bool,
    /// Approval rules (absent: the defaults).
    #[serde(default)]
    pub approval_rules: Option<Vec<serde_json::Value>>,
    /// `[policy.inspection]`: what a payload finding of each confidence
    /// does (default: high rejects, medium requires review, low scores).
    #[cfg(feature = "policy")]
    #[serde(default)]
    pub inspection: crate::InspectionActions,
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
    /// Kill-command streams to follow (server-sent events, AIGOS
    /// SPEC-RT-005): the base URL of each `aigos serve` (or other control
    /// plane) whose `/v1/commands/stream` this Guard applies, resuming with
    /// `Last-Event-ID` after a disconnect. Commands are verified as from
    /// any channel.
    #[serde(default)]
    pub kill_streams: Vec<String>,
    /// CA certificates (PEM) the kill-stream clients trust, in place of the
    /// platform's roots: the CA of the followed servers' certificates
    /// (`aigos init`: `certs/ca.pem`).
    #[serde(default)]
    pub kill_stream_ca: Option<PathBuf>,
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
    /// Checkpoint signing key (PKCS#8 PEM, Ed25519): every
    /// checkpoint is signed, and the dashboard and `aigos audit verify
    /// --jwks` require the signatures (`aigos init` publishes the public key
    /// as `keys/audit.jwks.json`).
    #[serde(default)]
    pub checkpoint_key: Option<PathBuf>,
    /// The kid of `checkpoint_key` in the checkpoints (and in the JWKS that
    /// verifiers trust). Default: the key's RFC 7638 thumbprint.
    #[serde(default)]
    pub checkpoint_kid: Option<String>,
    /// A checkpoint at least every this many records (default 1,000).
    /// A new log states the cadence in its signed header; `aigos audit
    /// verify --jwks` refuses a log with more unsigned records after its
    /// last checkpoint, so this is also how many records a crash (or an
    /// insider holding the HMAC key) can leave unsigned.
    #[serde(default = "default_checkpoint_every")]
    pub checkpoint_every: u64,
    /// And at least every this many seconds while records are written
    /// (default 60).
    #[serde(default = "default_checkpoint_interval_secs")]
    pub checkpoint_interval_secs: u64,
    /// The witness: a file outside the log directory, ideally on another
    /// volume, replaced atomically with every checkpoint. The Guard refuses
    /// to start on a log that is shorter than, or not an extension of, the
    /// witnessed checkpoint, or on a log with records and no witness;
    /// `aigos audit verify --witness` checks the same.
    #[serde(default)]
    pub witness: Option<PathBuf>,
    /// Segments whose records are all older than this many days leave the
    /// log directory (see [`aigos_audit::AuditLog::apply_retention`]);
    /// unset keeps everything. Needs `checkpoint_key` and `witness`.
    #[serde(default)]
    pub retention_days: Option<u64>,
    /// Where retention moves segments (default `DIR/archive`).
    #[serde(default)]
    pub archive_dir: Option<PathBuf>,
    /// Instead, a command retention hands each segment to (its path is
    /// the last argument); the segment is removed when it exits 0.
    #[serde(default)]
    pub archive_command: Option<Vec<String>>,
    /// Instead, retention deletes segments.
    #[serde(default)]
    pub retention_delete: bool,
    /// A new segment once one reaches this size (default 64 MiB).
    #[serde(default = "default_segment_max_bytes")]
    pub segment_max_bytes: u64,
}

fn default_segment_max_bytes() -> u64 {
    64 << 20
}

fn default_checkpoint_every() -> u64 {
    1000
}

fn default_checkpoint_interval_secs() -> u64 {
    60
}

/// `[approvers]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApproversSection {
    /// Approvers (JSON list).
    pub file: PathBuf,
    /// Wrong TOTP codes of one approver tolerated within
    /// `failure_window_secs`; the next locks the approver out.
    #[serde(default = "default_max_failures")]
    pub max_failures: u32,
    /// The window failures are counted in.
    #[serde(default = "default_quarter_hour")]
    pub failure_window_secs: u64,
    /// How long a lockout lasts.
    #[serde(default = "default_quarter_hour")]
    pub lockout_secs: u64,
    /// How long the challenge of a REQUIRES_MFA outcome stays open.
    #[serde(default = "default_challenge_ttl")]
    pub challenge_ttl_secs: u64,
}

fn default_max_failures() -> u32 {
    5
}
fn default_quarter_hour() -> u64 {
    900
}
fn default_challenge_ttl() -> u64 {
    300
}

/// Where the state that must outlive a restart is kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum StateBackend {
    /// A file beside the configuration ([`crate::LocalState`]): survives a
    /// restart; one process per file.
    #[default]
    File,
    /// This process's memory: forgotten on restart (tests, throwaway runs).
    Memory,
    /// Redis, shared by a fleet of Guards (`aigos-redis`): every store
    /// (replay, rate limits, approvals, budgets, policy version, kill
    /// journal, leases). The `aigos` binary connects it; a library caller
    /// passes the stores in [`SharedState`].
    Redis,
}

/// `[state]`: used approvals and TOTP codes, failed attempts, lockouts,
/// challenges and the policy high-water mark.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StateSection {
    /// File or memory.
    pub backend: StateBackend,
    /// The state file (backend "file").
    pub file: PathBuf,
    /// Live entries at most (single-use keys, challenges, counters); past
    /// it new ones are refused, never a live one evicted.
    pub capacity: usize,
    /// Redis URL (backend "redis"): `redis://` or `rediss://` (TLS).
    pub url: Option<String>,
    /// Key prefix of this deployment (backend "redis").
    pub prefix: String,
    /// ACL user (backend "redis").
    pub username: Option<String>,
    /// A file holding the password (backend "redis"), relative to this file.
    pub password_file: Option<PathBuf>,
    /// An environment variable holding the password (backend "redis").
    pub password_env: Option<String>,
    /// The CA of the server's certificate for `rediss://` (default: the system roots).
    pub ca: Option<PathBuf>,
    /// How long a (re)connection may take (backend "redis").
    pub connect_timeout_ms: u64,
    /// Multiplexed connections (backend "redis").
    pub pool_size: usize,
}

impl Default for StateSection {
    fn default() -> Self {
        StateSection {
            backend: StateBackend::File,
            file: PathBuf::from("state.json"),
            capacity: 100_000,
            url: None,
            prefix: "aigos".into(),
            username: None,
            password_file: None,
            password_env: None,
            ca: None,
            connect_timeout_ms: 2_000,
            pool_size: 2,
        }
    }
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
    /// `[state]` (default: `state.json` beside this file).
    #[serde(default)]
    pub state: StateSection,
    /// `[a2a]`: agent-to-agent calls over mTLS ([`crate::a2a`]).
    #[cfg(feature = "network")]
    pub a2a: Option<A2aSection>,
    /// `[server]`: `aigos serve`, the Guard over HTTP (crate `aigos-server`).
    pub server: Option<ServerSection>,
    /// `[pkcs11]`: the module and PIN for keys configured as `pkcs11:` URIs.
    #[serde(default)]
    pub pkcs11: Pkcs11Section,
}

/// `[pkcs11]`: keys in an HSM. A key setting (`permit_key`,
/// `checkpoint_key`, `token_key`) that holds an RFC 7512 URI
/// (`pkcs11:token=aigos;object=permit`) names a key inside a PKCS#11 token
/// instead of a PEM file; the URI's own `module-path` and `pin-source`
/// take precedence over these.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Pkcs11Section {
    /// The PKCS#11 module (e.g. `/usr/lib/softhsm/libsofthsm2.so`).
    pub module: Option<PathBuf>,
    /// A file holding the user PIN (first line).
    pub pin_file: Option<PathBuf>,
    /// An environment variable holding the user PIN.
    pub pin_env: Option<String>,
}

impl Pkcs11Section {
    /// Opens the key `uri` names, relative paths under `base`.
    ///
    /// # Errors
    /// [`ConfigError::Invalid`] naming `setting` when the URI is malformed,
    /// no module or PIN is configured, or the token refuses the key.
    pub fn open(
        &self,
        provider: Provider,
        base: &Path,
        uri: &str,
        kid: Option<&str>,
        setting: &str,
    ) -> Result<Arc<dyn aigos_crypto::Signer>, ConfigError> {
        let (parsed, config) = self.token(provider, base, uri, kid, setting)?;
        let signer = aigos_pkcs11::Pkcs11Signer::open(&parsed, &config)
            .map_err(|e| ConfigError::Invalid(format!("{setting} = {:?}: {e}", parsed.to_string())))?;
        Ok(Arc::new(signer))
    }

    /// Creates a key of `alg` inside the token, labelled as `uri`'s
    /// `object` (`aigos keys rotate` for a key in a token), and opens it.
    ///
    /// # Errors
    /// As [`Pkcs11Section::open`], and when the token already holds a key
    /// of that label.
    pub fn generate(
        &self,
        provider: Provider,
        base: &Path,
        uri: &str,
        kid: &str,
        alg: aigos_crypto::Algorithm,
    ) -> Result<Arc<dyn aigos_crypto::Signer>, ConfigError> {
        let (parsed, config) = self.token(provider, base, uri, Some(kid), "new key")?;
        let signer = aigos_pkcs11::Pkcs11Signer::generate(&parsed, &config, alg)
            .map_err(|e| ConfigError::Invalid(format!("new key {:?}: {e}", parsed.to_string())))?;
        Ok(Arc::new(signer))
    }

    /// The URI parsed and the token's configuration (module, PIN, kid).
    fn token(
        &self,
        provider: Provider,
        base: &Path,
        uri: &str,
        kid: Option<&str>,
        setting: &str,
    ) -> Result<(aigos_pkcs11::Pkcs11Uri, aigos_pkcs11::Pkcs11Config), ConfigError> {
        // Errors name the URI without its PIN (`pin-value` is never printed).
        let parsed: aigos_pkcs11::Pkcs11Uri =
            uri.parse().map_err(|e| ConfigError::Invalid(format!("{setting}: a malformed pkcs11: URI: {e}")))?;
        let shown = parsed.to_string();
        let invalid = |e: &dyn std::fmt::Display| ConfigError::Invalid(format!("{setting} = {shown:?}: {e}"));
        let module = self.module.as_ref().map(|m| base.join(m));
        let pin = || -> Result<Option<zeroize::Zeroizing<String>>, aigos_pkcs11::Error> {
            if let Some(file) = &self.pin_file {
                return aigos_pkcs11::read_pin(&base.join(file)).map(Some);
            }
            match &self.pin_env {
                Some(var) => std::env::var(var)
                    .map(|v| Some(zeroize::Zeroizing::new(v)))
                    .map_err(|_| aigos_pkcs11::Error::Config(format!("the PIN variable {var} is not set"))),
                None => Ok(None),
            }
        };
        let mut config = aigos_pkcs11::Pkcs11Config::for_uri(&parsed, module.as_deref(), pin).map_err(|e| invalid(&e))?.provider(provider);
        if let Some(kid) = kid {
            config = config.kid(aigos_core::Kid::new(kid).map_err(|e| invalid(&e))?);
        }
        Ok((parsed, config))
    }
}

/// `[server]`: where and how `aigos serve` listens, who may use its
/// operator endpoints, and its limits. TLS is on unless the listen address
/// is a loopback one and `insecure_plaintext` is set, or `insecure_plaintext`
/// is set explicitly for any address (logged as a warning).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSection {
    /// The address to listen on (default `127.0.0.1:8443`).
    pub listen: std::net::SocketAddr,
    /// The server certificate chain, leaf first (PEM). Required unless plaintext.
    pub cert: Option<PathBuf>,
    /// The certificate's private key (PEM).
    pub key: Option<PathBuf>,
    /// CA certificates for client certificates (PEM): a client that presents
    /// one must chain to these; its SPIFFE ID may name an operator.
    pub client_ca: Option<PathBuf>,
    /// Refuse connections without a client certificate (needs `client_ca`).
    pub require_client_cert: bool,
    /// Serve HTTP without TLS. Allowed on a loopback address; elsewhere it
    /// is refused unless this is set, and then logged at every start.
    pub insecure_plaintext: bool,
    /// Operator credentials: SHA-256 of each bearer token, as
    /// `sha256:HEX` (`aigos init` writes one token to `keys/operator.token`).
    pub operator_tokens: Vec<String>,
    /// Operator identities: SPIFFE IDs of client certificates (under `client_ca`).
    pub operator_ids: Vec<String>,
    /// Largest request body (413 above it).
    pub max_body_bytes: usize,
    /// Largest request head, line and headers (431 above it).
    pub max_header_bytes: usize,
    /// Time a client has to send a request's head (slowloris).
    pub header_read_timeout_ms: u64,
    /// Time a request may take, body included (408 past it; streams excepted).
    pub request_timeout_ms: u64,
    /// Requests handled at once (503 with `Retry-After` above it).
    pub max_in_flight: usize,
    /// Requests one client IP (IPv6: per /64) may have in flight (429 above it).
    pub max_in_flight_per_ip: usize,
    /// Open connections (new ones are closed above it).
    pub max_connections: usize,
    /// Open connections per client IP (IPv6: per /64).
    pub max_connections_per_ip: usize,
    /// Time a client has to send a request's body (408 past it).
    pub body_read_timeout_ms: u64,
    /// Open kill streams, and apart from them open decision streams
    /// (operators'), each; 503 above it.
    pub max_streams: usize,
    /// Open kill streams per client IP (IPv6: per /64); 429 above it.
    /// Operators' decision streams are not counted (they authenticate).
    pub max_streams_per_ip: usize,
    /// A stream is closed after this long (its client resumes with `Last-Event-ID`).
    pub max_stream_secs: u64,
    /// Refused kill commands recorded per client IP and minute; past it
    /// `/v1/kill` answers refused commands 429 without recording them (a
    /// command that verifies is always applied).
    pub kill_refusals_per_minute: u32,
    /// Heartbeats one agent may send per minute (429 above it, before its
    /// token takes room in the replay store).
    pub heartbeats_per_minute: u32,
    /// Validations whose token fails (step 1) one client IP may send per
    /// minute; past it `/v1/validate` answers that address 429 without
    /// validating or recording anything (a flood of bad tokens cannot grow
    /// the audit log at the rate the server answers).
    pub identity_failures_per_minute: u32,
    /// Interval of `heartbeat` events on the streams.
    pub stream_heartbeat_secs: u64,
    /// Polling interval advertised to kill-command pollers.
    pub kill_poll_interval_secs: u64,
    /// How long SIGTERM waits for requests in flight before closing.
    pub drain_timeout_secs: u64,
}

impl Default for ServerSection {
    fn default() -> Self {
        ServerSection {
            listen: std::net::SocketAddr::from(([127, 0, 0, 1], 8443)),
            cert: None,
            key: None,
            client_ca: None,
            require_client_cert: false,
            insecure_plaintext: false,
            operator_tokens: Vec::new(),
            operator_ids: Vec::new(),
            max_body_bytes: 2 << 20,
            max_header_bytes: 16 << 10,
            header_read_timeout_ms: 10_000,
            request_timeout_ms: 30_000,
            max_in_flight: 256,
            max_in_flight_per_ip: 64,
            max_connections: 1024,
            max_connections_per_ip: 128,
            body_read_timeout_ms: 10_000,
            max_streams: 256,
            max_streams_per_ip: 32,
            max_stream_secs: 600,
            kill_refusals_per_minute: 10,
            heartbeats_per_minute: 120,
            identity_failures_per_minute: 60,
            stream_heartbeat_secs: 15,
            kill_poll_interval_secs: 30,
            drain_timeout_secs: 30,
        }
    }
}

/// `[a2a]`: what every agent of this deployment shares for agent-to-agent
/// calls, and `[a2a.agents.ID]`: each agent's own certificate and token key.
#[cfg(feature = "network")]
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct A2aSection {
    /// The SPIFFE trust domain (`spiffe://TRUST-DOMAIN/agent/ID`).
    pub trust_domain: String,
    /// CA certificates trusted for agent certificates (PEM).
    pub trust_bundle: PathBuf,
    /// CRL files (PEM or DER), re-read when they change.
    #[serde(default)]
    pub crl: Vec<PathBuf>,
    /// Deny list of certificate serials and SPIFFE IDs (TOML), re-read when it changes.
    #[serde(default)]
    pub deny_list: Option<PathBuf>,
    /// Who may call what (TOML `[[rules]]`, default deny).
    pub trust_policy: PathBuf,
    /// The service name servers check the trust policy under.
    #[serde(default = "default_service")]
    pub service: String,
    /// What a server requires of its callers' tokens.
    #[serde(default)]
    pub inbound: aigos_network::A2aPolicy,
    /// What a client requires of the servers' tokens.
    #[serde(default)]
    pub outbound: aigos_network::A2aPolicy,
    /// Refuse tokens not bound to the peer's certificate (default true).
    /// Turning it off is an explicit, logged opt-out: a stolen token then
    /// works over the thief's own certificate.
    #[serde(default = "yes")]
    pub require_bound_tokens: bool,
    /// Connection limits.
    #[serde(default)]
    pub limits: A2aLimits,
    /// The agent this process speaks for by default (`aigos a2a` without
    /// `--agent`); absent: the only one in `agents`.
    #[serde(default)]
    pub agent: Option<String>,
    /// Each agent's own settings, by agent id.
    #[serde(default)]
    pub agents: std::collections::BTreeMap<String, A2aAgent>,
}

#[cfg(feature = "network")]
fn default_service() -> String {
    "agents".into()
}
fn yes() -> bool {
    true
}

/// `[a2a.limits]`.
#[cfg(feature = "network")]
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct A2aLimits {
    /// Time a peer has to finish the TLS handshake.
    pub handshake_timeout_ms: u64,
    /// Time a client has to send a request's headers.
    pub header_read_timeout_ms: u64,
    /// A connection without traffic or a request in flight is closed after this.
    pub idle_timeout_ms: u64,
    /// TLS handshakes in progress at once.
    pub max_handshakes: usize,
    /// Open connections per peer IP address (IPv6: per /64).
    pub max_connections_per_ip: usize,
    /// Time a client has to send a request's body.
    pub body_read_timeout_ms: u64,
    /// Calls one peer agent may make per minute (checked on its certificate,
    /// before its token); past it, 429 `RATE_LIMITED`.
    pub calls_per_minute: u32,
    /// Calls one peer agent may make at once above the rate.
    pub call_burst: u32,
}

#[cfg(feature = "network")]
impl Default for A2aLimits {
    fn default() -> Self {
        A2aLimits {
            handshake_timeout_ms: 10_000,
            header_read_timeout_ms: 10_000,
            idle_timeout_ms: 60_000,
            max_handshakes: 256,
            max_connections_per_ip: 32,
            body_read_timeout_ms: 30_000,
            calls_per_minute: 600,
            call_burst: 100,
        }
    }
}

/// `[a2a.agents.ID]`: one agent's certificate (its SPIFFE ID must be
/// `spiffe://TRUST-DOMAIN/agent/ID`) and the key it signs its tokens with
/// (registered to it in the registry).
#[cfg(feature = "network")]
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct A2aAgent {
    /// Certificate chain, leaf first (PEM).
    pub cert: PathBuf,
    /// The certificate's private key (PEM).
    pub key: PathBuf,
    /// The agent's token signing key (PKCS#8 PEM).
    pub token_key: PathBuf,
    /// Its kid in the registry.
    pub token_kid: String,
    /// Where this agent serves A2A calls.
    #[serde(default)]
    pub listen: Option<std::net::SocketAddr>,
}

pub(crate) fn read(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|e| file_err(path, e))
}

impl GuardConfig {
    /// Reads and parses `path`.
    ///
    /// # Errors
    /// [`ConfigError`] for an unreadable or invalid file.
    pub fn load(path: &Path) -> Result<(Self, PathBuf), ConfigError> {
        let text = read(path)?;
        // Size and nesting first: TOML parse time stays linear.
        aigos_core::prefilter_toml(&text, &aigos_core::TextLimits::DOCUMENT).map_err(|e| file_err(path, e))?;
        let cfg: GuardConfig = toml::from_str(&text).map_err(|e| file_err(path, e))?;
        cfg.parse_values().map_err(|e| file_err(path, e))?;
        let base = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_owned();
        Ok((cfg, base))
    }

    /// Parses the settings written as free-form tables (approval rules,
    /// threat weights, business hours), so a mistake in one is an error
    /// when the file is loaded, naming the setting (and the rule id), and
    /// never a rule that silently does not apply.
    fn parse_values(&self) -> Result<(), ConfigError> {
        #[cfg(feature = "policy")]
        if let Some(p) = &self.policy {
            p.approval_rules()?;
        }
        #[cfg(feature = "runtime")]
        if let Some(r) = &self.runtime {
            r.weights()?;
            r.business_hours()?;
        }
        Ok(())
    }

    /// Builds the Guard this file describes, with `clock` (the system clock
    /// in production).
    ///
    /// # Errors
    /// [`ConfigError`] naming the file or setting at fault.
    pub fn build(&self, base: &Path, clock: &Arc<dyn Clock>) -> Result<Guard, ConfigError> {
        self.build_with(base, clock, SharedState::default())
    }

    /// The approval state and version store: the shared ones when given,
    /// else one [`crate::LocalState`] as `[state]` says.
    fn state_stores(
        &self,
        base: &Path,
        clock: &Arc<dyn Clock>,
        approvals: Option<Arc<dyn aigos_core::ApprovalStore>>,
        versions: Option<Arc<dyn aigos_core::VersionStore>>,
    ) -> Result<StateStores, ConfigError> {
        let s = &self.state;
        if let (Some(a), Some(v)) = (&approvals, &versions) {
            if s.backend != StateBackend::Redis {
                return Ok((a.clone(), v.clone()));
            }
            // A fleet's mark, and this Guard's own beside it (the state
            // file): someone who can delete the fleet's key still cannot
            // take a Guard that accepted a newer bundle back to an older one.
            let path = base.join(&s.file);
            self.refuse_a_lost_state_file(base, &path)?;
            let local = Arc::new(crate::LocalState::open(&path, s.capacity, clock.clone()).map_err(|e| file_err(&path, e))?);
            return Ok((a.clone(), Arc::new(crate::state::BothMarks { local, shared: v.clone() })));
        }
        let local = Arc::new(match s.backend {
            StateBackend::Redis => {
                return Err(ConfigError::Invalid(
                    "[state] backend = \"redis\": the stores are connected by the aigos binary (crate aigos-redis); a library caller \
                     passes them in SharedState"
                        .into(),
                ));
            }
            StateBackend::Memory => crate::LocalState::in_memory(s.capacity, clock.clone()),
            StateBackend::File => {
                let path = base.join(&s.file);
                self.refuse_a_lost_state_file(base, &path)?;
                crate::LocalState::open(&path, s.capacity, clock.clone()).map_err(|e| file_err(&path, e))?
            }
        });
        Ok((approvals.unwrap_or_else(|| local.clone()), versions.unwrap_or(local)))
    }

    /// A state file that is missing while the audit log holds records was
    /// deleted or moved: starting empty would forget used approvals,
    /// lockouts and the policy high-water mark (an insider's way back to
    /// an older bundle). `aigos init` creates the file; an operator who
    /// means to start over creates an empty one (`{}`) deliberately.
    fn refuse_a_lost_state_file(&self, base: &Path, path: &Path) -> Result<(), ConfigError> {
        if path.exists() {
            return Ok(());
        }
        let Some(audit) = &self.audit else { return Ok(()) };
        let dir = base.join(&audit.dir);
        let holds_records = std::fs::read_dir(&dir)
            .map(|entries| entries.flatten().any(|e| e.metadata().is_ok_and(|m| m.is_file() && m.len() > 0)))
            .unwrap_or(false);
        if holds_records {
            return Err(file_err(
                path,
                format!(
                    "missing, but the audit log in {} holds records: the state (used approvals, lockouts, the policy version) was \
                     deleted or moved. Restore it; to start over on purpose, create it as an empty JSON object ({{}})",
                    dir.display()
                ),
            ));
        }
        Ok(())
    }

    /// Reloads the permit and checkpoint keys of a running `guard` from
    /// their rings (after `aigos keys rotate`), so a Guard that is not
    /// restarted within a rotation's delay still switches keys in time, and
    /// records the new schedules in its audit log. A ring that does not
    /// load leaves the keys in force (and is reported). Returns the number
    /// of schedule records written.
    ///
    /// # Errors
    /// [`ConfigError`] when a ring or key does not load, or the log refuses
    /// the new checkpoint keys or the records.
    #[cfg(any(feature = "identity", feature = "audit"))]
    pub async fn reload_signing_keys(&self, guard: &Guard, base: &Path) -> Result<usize, ConfigError> {
        let now = guard.inner.clock.now_secs();
        #[cfg(feature = "identity")]
        if let (Some(id), Some(tokens)) = (&self.identity, guard.inner.tokens.as_ref()) {
            let keys = crate::keyring::permit_schedule(guard.inner.provider, base, id, &self.pkcs11, now)?;
            tokens.layer.permits.set_schedule(keys).map_err(|e| ConfigError::Invalid(format!("permit keys: {e}")))?;
        }
        #[cfg(feature = "audit")]
        if let (Some(a), Some((log, _))) = (&self.audit, &guard.inner.audit)
            && let Some(keys) = crate::keyring::checkpoint_schedule(guard.inner.provider, base, a, &self.pkcs11, now)?
        {
            log.set_signing_keys(keys).map_err(|e| ConfigError::Invalid(format!("checkpoint keys: {e}")))?;
        }
        #[cfg(feature = "audit")]
        return guard.audit_key_schedules().await.map_err(|e| ConfigError::Invalid(format!("auditing the key schedules: {e}")));
        #[cfg(not(feature = "audit"))]
        Ok(0)
    }

    /// The kill-command channels `[runtime]` names, for [`Guard::listen`]:
    /// the `kill_commands` file polled every `kill_poll_ms` (none when
    /// unset) and each of `kill_streams`. Paths are relative to `base`, the file's directory.
    #[cfg(feature = "runtime")]
    #[must_use]
    pub fn kill_sources(&self, base: &Path) -> Vec<Box<dyn aigos_runtime::CommandSource>> {
        let Some(r) = &self.runtime else { return Vec::new() };
        let files = r.kill_commands.iter().map(|file| {
            let source = aigos_runtime::FileSource::new(base.join(file), Duration::from_millis(r.kill_poll_ms.max(1)));
            Box::new(source) as Box<dyn aigos_runtime::CommandSource>
        });
        let ca = r.kill_stream_ca.as_ref().map(|p| (p, std::fs::read(base.join(p))));
        let streams = r.kill_streams.iter().filter_map(|url| {
            let source = match &ca {
                None => aigos_runtime::SseSource::new(url, "aigos-guard"),
                Some((_, Ok(pem))) => aigos_runtime::SseSource::with_ca(url, "aigos-guard", pem),
                Some((path, Err(e))) => {
                    Err(aigos_runtime::SourceError { channel: "sse".into(), reason: format!("{}: {e}", path.display()) })
                }
            };
            match source {
                Ok(source) => Some(Box::new(source) as Box<dyn aigos_runtime::CommandSource>),
                Err(e) => {
                    tracing::error!(%url, error = %e, "kill stream not followed");
                    None
                }
            }
        });
        files.chain(streams).collect()
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
        self.parse_values()?;
        let mut b = Guard::builder(provider)
            .clock(clock.clone())
            .step_timeout(Duration::from_millis(self.guard.step_timeout_ms))
            .min_security_score(self.guard.min_security_score)
            .max_clock_skew(Duration::from_secs(self.guard.max_clock_skew_secs));
        if let Some(env) = self.guard.environment {
            b = b.environment(env);
        }
        for layer in &self.guard.skip {
            b = b.skip(*layer);
        }
        if let Some(a) = &self.approvers {
            let path = at(&a.file);
            let list: Vec<Approver> = serde_json::from_str(&read(&path)?).map_err(|e| file_err(&path, e))?;
            b = b
                .approvers(Approvers::new(provider, list).map_err(|e| file_err(&path, e))?)
                .lockout(aigos_core::LockoutRule {
                    max_failures: a.max_failures,
                    window_ms: a.failure_window_secs.saturating_mul(1000),
                    lockout_ms: a.lockout_secs.saturating_mul(1000),
                })
                .challenge_ttl(Duration::from_secs(a.challenge_ttl_secs));
        }
        #[cfg_attr(not(feature = "policy"), expect(unused_variables, reason = "the version store guards the policy bundle"))]
        let (approval_state, versions) = self.state_stores(base, clock, shared.approvals, shared.versions)?;
        b = b.approval_state(approval_state);
        if let Some(health) = shared.health {
            b = b.state_health(health);
        }
        #[cfg(feature = "identity")]
        let identity =
            self.identity.as_ref().map(|id| identity_layer(id, base, provider, clock.clone(), shared.replay, &self.pkcs11)).transpose()?;
        #[cfg(feature = "policy")]
        if let Some(p) = &self.policy {
            let budget = match shared.budget {
                Some(ledger) => Some(ledger),
                #[cfg(feature = "identity")]
                None => match (&identity, &shared.budget_opener) {
                    (Some(id), Some(open)) => {
                        Some(open(&agent_accounts(&id.registry)?).map_err(|e| ConfigError::Invalid(format!("budget ledger: {e}")))?)
                    }
                    (Some(id), None) => Some(agent_ledger(&id.registry)? as Arc<dyn aigos_policy::BudgetLedger>),
                    (None, _) => None,
                },
                #[cfg(not(feature = "identity"))]
                None => None,
            };
            b = b.policy(policy_layer(p, base, provider, budget, versions.as_ref())?).max_payload_bytes(p.max_payload_bytes);
        }
        #[cfg(feature = "identity")]
        if let Some(id) = identity {
            b = b.identity(id);
        }
        #[cfg(feature = "runtime")]
        if let Some(r) = &self.runtime {
            let mut layer = runtime_layer(r, base, provider, clock.clone(), shared.rate_limits)?;
            layer.kill_bus = shared.kill_bus;
            layer.leases = shared.leases;
            b = b.runtime(layer);
        }
        #[cfg(feature = "network")]
        if let Some(n) = &self.network {
            let path = at(&n.egress);
            let text = read(&path)?;
            aigos_core::prefilter_toml(&text, &aigos_core::TextLimits::DOCUMENT).map_err(|e| file_err(&path, e))?;
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
            let checkpoint_keys = crate::keyring::checkpoint_schedule(provider, base, a, &self.pkcs11, clock.now_secs())?;
            if a.checkpoint_every == 0 {
                return Err(ConfigError::Invalid("[audit] checkpoint_every must be at least 1".into()));
            }
            let retention = match a.retention_days {
                None => None,
                Some(_) if checkpoint_keys.is_none() || a.witness.is_none() => {
                    return Err(ConfigError::Invalid(
                        "[audit] retention_days needs checkpoint_key and witness: nothing else proves an archived segment was not deleted"
                            .into(),
                    ));
                }
                Some(days) => {
                    let archive = match (&a.archive_command, a.retention_delete, &a.archive_dir) {
                        (Some(_), true, _) | (Some(_), _, Some(_)) | (None, true, Some(_)) => {
                            return Err(ConfigError::Invalid(
                                "[audit] archive_dir, archive_command and retention_delete exclude each other".into(),
                            ));
                        }
                        (Some(argv), false, None) if !argv.is_empty() => aigos_audit::Archive::Command(argv.clone()),
                        (Some(_), false, None) => return Err(ConfigError::Invalid("[audit] archive_command is empty".into())),
                        (None, true, None) => aigos_audit::Archive::Delete,
                        (None, false, dir) => aigos_audit::Archive::MoveTo(dir.as_deref().map_or_else(|| at(&a.dir).join("archive"), at)),
                    };
                    Some(aigos_audit::Retention { max_age: Duration::from_secs(days.saturating_mul(86_400)), archive })
                }
            };
            b = b.audit(crate::AuditLayer {
                dir: at(&a.dir),
                durability,
                mac_key,
                encryption,
                checkpoint_keys,
                checkpoint_every: a.checkpoint_every,
                checkpoint_interval: Duration::from_secs(a.checkpoint_interval_secs),
                witness: a.witness.as_deref().map(at),
                retention,
                segment_max_bytes: a.segment_max_bytes,
            });
        }
        Ok(b.build()?)
    }
}

/// Writes `bytes` atomically (temp file, fsync, rename), 0600 when private.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
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
