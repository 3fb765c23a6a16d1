//! A fixture for the penetration tests: a fresh `aigos init` setup, a Guard
//! built from its `aigos.toml` on a manual clock, and helpers that mint
//! tokens, requests and kill commands the way agents and operators do.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, reason = "test fixture")]

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use aigos::Guard;
use aigos::config::{DEMO_AGENT, DEMO_AGENT_KID, GuardConfig, SharedState};
use aigos_core::{ActionKind, ActionRequest, AgentId, Clock, Environment, InstanceId, Kid, Lineage, ManualClock, Severity};
use aigos_crypto::{Provider, SigningKey};
use aigos_identity::{TokenIssuer, TokenRequest};

/// Friday 2027-01-15 12:00 UTC: inside business hours, so the clock adds no threat.
pub const T0: i64 = 1_800_014_400;

/// One isolated world: setup directory, clock, Guard and the keys of its actors.
pub struct World {
    /// The setup directory (removed on drop).
    pub dir: tempfile::TempDir,
    /// The clock everything runs on.
    pub clock: ManualClock,
    /// The crypto provider.
    pub provider: Provider,
    /// The Guard under test.
    pub guard: Guard,
    /// The demo agent's key.
    pub agent_key: Arc<SigningKey>,
    /// The authority's key (golden threads, bundles, kill commands).
    pub authority: SigningKey,
}

fn load_key(provider: Provider, path: &Path, kid: &str) -> SigningKey {
    SigningKey::from_pkcs8_pem(provider, &std::fs::read_to_string(path).unwrap()).unwrap().with_kid(Kid::new(kid).unwrap())
}

impl World {
    /// A world at [`T0`] with in-memory shared state.
    pub fn new() -> Self {
        Self::with(SharedState::default(), |_| {})
    }

    /// A world whose `aigos.toml` is edited by `edit` first, with `shared` state.
    pub fn with(shared: SharedState, edit: impl FnOnce(&mut GuardConfig)) -> Self {
        Self::with_registry(shared, edit, |_| {})
    }

    /// As [`World::with`], with the demo agent's registry record edited by `agent` first.
    pub fn with_registry(
        shared: SharedState,
        edit: impl FnOnce(&mut GuardConfig),
        agent: impl FnOnce(&mut aigos_identity::AgentRecord),
    ) -> Self {
        Self::with_setup(shared, edit, agent, |_| Vec::new(), None)
    }

    /// The most general world: `aigos.toml` edited by `edit`, the demo
    /// agent's record by `agent`, more agents registered (made by `extra`
    /// from the authority's key, which signs their golden threads), and,
    /// when `policy` is given, that policy (TOML) signed by the authority
    /// as bundle version 2 in place of the demo policy.
    pub fn with_setup(
        shared: SharedState,
        edit: impl FnOnce(&mut GuardConfig),
        agent: impl FnOnce(&mut aigos_identity::AgentRecord),
        extra: impl FnOnce(&SigningKey) -> Vec<aigos_identity::AgentRecord>,
        policy: Option<&str>,
    ) -> Self {
        let provider = aigos_crypto::default_provider();
        let dir = tempfile::tempdir().unwrap();
        let clock = ManualClock::at_secs(u64::try_from(T0).unwrap());
        let path = aigos::config::init(dir.path(), provider, T0).unwrap();
        let authority = load_key(provider, &dir.path().join("keys/authority.key.pem"), "authority-1");
        let registry_path = dir.path().join("registry.json");
        let registry = aigos_identity::AgentRegistry::load(&registry_path).unwrap();
        let mut record = registry.get(&AgentId::new(DEMO_AGENT).unwrap()).unwrap().clone();
        agent(&mut record);
        let mut edited = aigos_identity::AgentRegistry::new();
        edited.register(record).unwrap();
        for more in extra(&authority) {
            edited.register(more).unwrap();
        }
        edited.save(&registry_path).unwrap();
        if let Some(policy) = policy {
            let doc = aigos_policy::PolicyDocument::from_toml(policy).unwrap();
            let bundle = aigos_policy::PolicyBundle::sign(doc, 2, T0, false, &authority).unwrap();
            std::fs::write(dir.path().join("policy.bundle.json"), serde_json::to_string(&bundle).unwrap()).unwrap();
        }
        let (mut config, base) = GuardConfig::load(&path).unwrap();
        config.audit.as_mut().unwrap().durability = aigos::config::DurabilityName::None;
        edit(&mut config);
        let dyn_clock: Arc<dyn Clock> = Arc::new(clock.clone());
        let guard = config.build_with(&base, &dyn_clock, shared).unwrap();
        let agent_key = Arc::new(load_key(provider, &dir.path().join("keys/demo-agent.key.pem"), DEMO_AGENT_KID));
        World { dir, clock, provider, guard, agent_key, authority }
    }

    /// The same setup after a restart: the Guard shut down (its audit log
    /// closed) and built again from the directory's `aigos.toml` on the same
    /// clock, so only what the Guard keeps on disk survives.
    pub async fn restarted(self) -> Self {
        let World { dir, clock, provider, guard, agent_key, authority } = self;
        guard.shutdown().await.unwrap();
        let guard = Self::rebuild(dir.path(), &clock).unwrap();
        World { dir, clock, provider, guard, agent_key, authority }
    }

    /// A Guard from the `aigos.toml` in `dir`, as [`World::new`] builds it.
    ///
    /// # Errors
    /// Whatever stops the Guard from starting.
    pub fn rebuild(dir: &Path, clock: &ManualClock) -> Result<Guard, aigos::config::ConfigError> {
        let (mut config, base) = GuardConfig::load(&dir.join("aigos.toml"))?;
        config.audit.as_mut().unwrap().durability = aigos::config::DurabilityName::None;
        let dyn_clock: Arc<dyn Clock> = Arc::new(clock.clone());
        config.build(&base, &dyn_clock)
    }

    /// Now, in Unix seconds.
    pub fn now(&self) -> i64 {
        self.clock.now_secs()
    }

    /// Moves the clock forward.
    pub fn advance(&self, secs: u64) {
        self.clock.advance(Duration::from_secs(secs));
    }

    /// A LOW request of the demo agent (root instance `demo-agent-1`) in staging.
    pub fn request(&self, tool: &str) -> ActionRequest {
        self.request_as(DEMO_AGENT, tool, ActionKind::ToolCall, Severity::Low, serde_json::json!({"n": 1}))
    }

    /// A request of `agent`.
    pub fn request_as(&self, agent: &str, tool: &str, kind: ActionKind, severity: Severity, payload: serde_json::Value) -> ActionRequest {
        ActionRequest::builder(AgentId::new(agent).unwrap(), tool)
            .instance(InstanceId::new(format!("{agent}-1")).unwrap())
            .action(kind)
            .severity(severity)
            .environment(Environment::Staging)
            .payload(payload)
            .timestamp(self.now())
            .build()
            .unwrap()
    }

    /// A request from instance `instance` at `lineage`.
    pub fn request_at(&self, tool: &str, kind: ActionKind, payload: serde_json::Value, instance: &str, lineage: Lineage) -> ActionRequest {
        ActionRequest::builder(AgentId::new(DEMO_AGENT).unwrap(), tool)
            .instance(InstanceId::new(instance).unwrap())
            .action(kind)
            .environment(Environment::Staging)
            .payload(payload)
            .timestamp(self.now())
            .lineage(lineage)
            .build()
            .unwrap()
    }

    /// The issuer of the demo agent's tokens, on the world's clock.
    pub fn issuer(&self) -> TokenIssuer {
        TokenIssuer::new(self.agent_key.clone()).clock(Arc::new(self.clock.clone()))
    }

    /// The token request an honest agent makes for `request`.
    pub fn token_request(&self, request: &ActionRequest) -> TokenRequest {
        TokenRequest {
            sub: request.agent_id.to_string(),
            aud: vec!["aigos-guard".into()],
            ahash: Some(aigos::action_hash(self.provider, request).unwrap()),
            ..Default::default()
        }
    }

    /// A valid token bound to `request`.
    pub fn token(&self, request: &ActionRequest) -> String {
        self.issuer().issue(&self.token_request(request)).unwrap()
    }

    /// Validates with a fresh valid token.
    pub async fn validate(&self, request: &ActionRequest) -> aigos::ValidationOutcome {
        self.guard.validate(request, &self.token(request)).await
    }

    /// A kill command signed by `key`.
    pub fn kill(
        &self,
        key: &SigningKey,
        kind: aigos_runtime::CommandType,
        target: aigos_runtime::Target,
        sequence: u64,
        ttl: Duration,
    ) -> aigos_runtime::KillCommand {
        aigos_runtime::KillCommand::issue(
            key,
            aigos_runtime::CommandSpec { kind, target, reason: "test".into(), issued_by: "ops".into(), sequence, now: self.now(), ttl },
        )
        .unwrap()
    }
}

impl Default for World {
    fn default() -> Self {
        Self::new()
    }
}

/// The first reason of an outcome (what the operator reads first).
pub fn reason(o: &aigos::ValidationOutcome) -> String {
    o.reasons.first().cloned().unwrap_or_default()
}
