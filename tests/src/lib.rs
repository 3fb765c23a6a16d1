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
        Self::with_setup_at(ManualClock::at_secs(u64::try_from(T0).unwrap()), shared, edit, agent, extra, policy)
    }

    /// [`World::with_setup`] on `clock`: the clock the stores in `shared`
    /// were made with, so that [`World::advance`] moves the Guard and its
    /// stores together (a store on a clock of its own would stay at T0).
    pub fn with_setup_at(
        clock: ManualClock,
        shared: SharedState,
        edit: impl FnOnce(&mut GuardConfig),
        agent: impl FnOnce(&mut aigos_identity::AgentRecord),
        extra: impl FnOnce(&SigningKey) -> Vec<aigos_identity::AgentRecord>,
        policy: Option<&str>,
    ) -> Self {
        let provider = aigos_crypto::default_provider();
        let dir = tempfile::tempdir().unwrap();
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

/// A current-thread runtime for one test.
pub fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

/// The demo agent's id.
pub fn agent() -> AgentId {
    AgentId::new(DEMO_AGENT).unwrap()
}

/// An instance id.
pub fn instance(id: &str) -> InstanceId {
    InstanceId::new(id).unwrap()
}

/// The policy `aigos init` writes, with more TOML (statements, floors) appended.
pub fn demo_policy_with(extra: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    aigos::config::init(dir.path(), aigos_crypto::default_provider(), T0).unwrap();
    std::fs::read_to_string(dir.path().join("policy.toml")).unwrap() + extra
}

/// A world whose egress allows https to one public address (no DNS
/// needed); the returned directory holds its egress rules.
pub fn egress_world() -> (World, tempfile::TempDir) {
    let rules = tempfile::tempdir().unwrap();
    let path = rules.path().join("egress.toml");
    std::fs::write(&path, "[[rules]]\nid = \"partner\"\ncidrs = [\"93.184.215.14/32\"]\nports = [443]\n").unwrap();
    let w = World::with(SharedState::default(), |c| c.network.as_mut().unwrap().egress = path);
    (w, rules)
}

/// A child agent of the demo agent: its own key (kid `helper-key-1`), a
/// golden thread signed by `authority`, its registered lineage under
/// `demo-agent-1`, instance `helper-agent-1`, organization `acme`, tools
/// `config.*` and a budget of `budget` USD.
pub fn helper_agent(authority: &SigningKey, key: &SigningKey, budget: f64) -> aigos_identity::AgentRecord {
    let approval = aigos_identity::Approval {
        ticket_id: "T-2".into(),
        approved_by: "owner@example.invalid".into(),
        approved_at: "2027-01-01T00:00:00Z".into(),
    };
    let thread = aigos_identity::GoldenThread::sign(approval, &key.public_jwk().thumbprint().unwrap(), T0 + 86_400, authority).unwrap();
    aigos_identity::AgentRecord {
        id: AgentId::new("helper-agent").unwrap(),
        owner: "platform-team".into(),
        organization: Some("acme".into()),
        keys: aigos_crypto::Jwks { keys: vec![key.public_jwk()] },
        golden_thread: Some(thread),
        key_threads: Vec::new(),
        status: aigos_identity::AgentStatus::Active,
        capabilities: aigos_core::Capabilities {
            tools: ["config.*".to_string()].into(),
            resources: ["*".to_string()].into(),
            max_budget_usd: Some(aigos_core::CostUsd::new(budget).unwrap()),
            ..Default::default()
        },
        lineage: Some(Lineage::root(instance("demo-agent-1")).child(instance("demo-agent-1")).unwrap()),
        registered_at: T0 - 30 * 86_400,
        instances: vec![instance("helper-agent-1")],
    }
}

impl World {
    /// A request of the demo agent's instance `demo-agent-1` in staging,
    /// with `severity`, `resource` and `payload`, stamped now.
    pub fn request_on(&self, tool: &str, severity: Severity, resource: &str, payload: serde_json::Value) -> ActionRequest {
        ActionRequest::builder(agent(), tool)
            .instance(instance("demo-agent-1"))
            .severity(severity)
            .environment(Environment::Staging)
            .resource(resource)
            .payload(payload)
            .timestamp(self.now())
            .build()
            .unwrap()
    }

    /// Bytes in the audit directory.
    pub fn audit_bytes(&self) -> u64 {
        std::fs::read_dir(self.dir.path().join("audit")).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum()
    }
}

impl World {
    /// A terminate command from the authority (300 s to live) addressed to
    /// `id` of `kind`.
    pub fn terminate(&self, kind: aigos_runtime::TargetType, id: &str, sequence: u64) -> aigos_runtime::KillCommand {
        let target = aigos_runtime::Target { kind, ids: vec![id.into()] };
        self.kill(&self.authority, aigos_runtime::CommandType::Terminate, target, sequence, Duration::from_secs(300))
    }
}
