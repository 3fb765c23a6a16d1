//! The agent registry: who may act, with which keys, under which approval.
//! Persisted as one JSON file written atomically (temp file, fsync, rename).

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;

use aigos_core::{AgentId, Capabilities, InstanceId, Lineage};
use aigos_crypto::{Jwks, Provider, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::golden_thread::GoldenThread;
use crate::token::KeyResolver;

/// Lifecycle status of an agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgentStatus {
    /// May act.
    Active,
    /// Temporarily barred; may be reactivated.
    Suspended,
    /// Permanently barred.
    Revoked,
}

/// One registered agent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentRecord {
    /// Agent id (the token `sub`).
    pub id: AgentId,
    /// Owning team or person.
    pub owner: String,
    /// The organization the agent belongs to (kill commands may target it).
    /// Only the registry says this: a request's claims never do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// The agent's public keys.
    pub keys: Jwks,
    /// The approval that lets it run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub golden_thread: Option<GoldenThread>,
    /// Golden threads for the agent's other keys: during a key rotation the
    /// authority signs one for the new key, and both keys act until the old
    /// one is retired. A token is held to the thread bound to its own key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_threads: Vec<GoldenThread>,
    /// Status.
    pub status: AgentStatus,
    /// What it may do.
    #[serde(default)]
    pub capabilities: Capabilities,
    /// Where it sits in its spawn tree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lineage: Option<Lineage>,
    /// When it was registered (Unix seconds).
    pub registered_at: i64,
    /// Instances of this agent the Guard knows from the start (others are
    /// made known by a heartbeat or by the host registering them). A
    /// request from an instance the Guard does not know is rejected.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instances: Vec<InstanceId>,
}

impl AgentRecord {
    /// The golden thread bound to the agent key whose RFC 7638 thumbprint
    /// is `thumbprint` (the record's own, or one of
    /// [`AgentRecord::key_threads`]); the record's own when none is, which
    /// then fails its binding check. A thread binds a key, not a kid: a kid
    /// is a label anyone who edits the registry can move to another key.
    pub fn golden_thread_for(&self, thumbprint: &str) -> Option<&GoldenThread> {
        self.golden_thread.iter().chain(&self.key_threads).find(|t| t.agent_kid == thumbprint).or(self.golden_thread.as_ref())
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    version: u32,
    agents: Vec<AgentRecord>,
}

/// The registry: agents by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgentRegistry {
    agents: BTreeMap<AgentId, AgentRecord>,
    /// The agent of each registered key, by RFC 7638 thumbprint: a key
    /// belongs to one agent, checked without hashing every key again.
    owners: std::collections::HashMap<String, AgentId>,
}

impl AgentRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Loads a registry file. A missing file is an error too: an empty
    /// registry is created explicitly with [`AgentRegistry::new`], never by
    /// accident.
    ///
    /// # Errors
    /// [`Error::Registry`] when the file is unreadable, not valid JSON, of an
    /// unknown version, or holds duplicate agents or kids.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let fail = |reason: String| Error::Registry { path: path.display().to_string(), reason };
        let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
        let file: RegistryFile = serde_json::from_str(&text).map_err(|e| fail(format!("corrupt: {e}")))?;
        if file.version != 1 {
            return Err(fail(format!("unknown version {}", file.version)));
        }
        let mut reg = AgentRegistry::new();
        for agent in file.agents {
            reg.register(agent).map_err(|e| fail(e.to_string()))?;
        }
        Ok(reg)
    }

    /// Writes the registry atomically: a temporary file in the same directory,
    /// fsync, rename over the target, fsync of the directory.
    ///
    /// # Errors
    /// [`Error::Io`] when any step fails; the old file is then left intact.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let file = RegistryFile { version: 1, agents: self.agents.values().cloned().collect() };
        let json = serde_json::to_vec_pretty(&file).map_err(|e| Error::Invalid(e.to_string()))?;
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(&json)?;
        tmp.as_file().sync_all()?;
        tmp.persist(path).map_err(|e| Error::Io(e.error))?;
        std::fs::File::open(dir)?.sync_all()?;
        Ok(())
    }

    /// Adds an agent.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the id is taken, it has no keys, or a kid is
    /// already registered to another agent or names two of its keys, or one
    /// of its keys is another agent's.
    pub fn register(&mut self, agent: AgentRecord) -> Result<(), Error> {
        if self.agents.contains_key(&agent.id) {
            return Err(Error::Invalid(format!("agent {} already registered", agent.id)));
        }
        if agent.keys.keys.is_empty() {
            return Err(Error::Invalid(format!("agent {} has no keys", agent.id)));
        }
        let mut thumbprints = Vec::with_capacity(agent.keys.keys.len());
        for (i, jwk) in agent.keys.keys.iter().enumerate() {
            let kid = jwk.kid.as_deref().ok_or_else(|| Error::Invalid("key without kid".into()))?;
            jwk.to_public_key()?;
            if self.agent_for_kid(kid).is_some() {
                return Err(Error::Invalid(format!("kid {kid} already registered")));
            }
            // One key per kid within the record too: which of two would verify is not a choice to leave to a map.
            if agent.keys.keys.iter().skip(i + 1).any(|other| other.kid.as_deref() == Some(kid)) {
                return Err(Error::Invalid(format!("agent {}: kid {kid} names two keys", agent.id)));
            }
            // One agent per key: a golden thread binds a key, so a key shared
            // with another agent would carry that agent's approval over.
            let thumbprint = jwk.thumbprint()?;
            if let Some(other) = self.owners.get(&thumbprint) {
                return Err(Error::Invalid(format!("agent {}: key {kid} is already registered to agent {other}", agent.id)));
            }
            thumbprints.push(thumbprint);
        }
        for thumbprint in thumbprints {
            self.owners.insert(thumbprint, agent.id.clone());
        }
        self.agents.insert(agent.id.clone(), agent);
        Ok(())
    }

    /// The agent with this id.
    pub fn get(&self, id: &AgentId) -> Option<&AgentRecord> {
        self.agents.get(id)
    }

    /// The agent that owns `kid`.
    pub fn agent_for_kid(&self, kid: &str) -> Option<&AgentRecord> {
        self.agents.values().find(|a| a.keys.find(kid).is_some())
    }

    /// Changes an agent's status. A revoked agent stays revoked.
    ///
    /// # Errors
    /// [`Error::Invalid`] for an unknown agent or an attempt to leave `revoked`.
    pub fn set_status(&mut self, id: &AgentId, status: AgentStatus) -> Result<(), Error> {
        let agent = self.agents.get_mut(id).ok_or_else(|| Error::Invalid(format!("unknown agent {id}")))?;
        if agent.status == AgentStatus::Revoked && status != AgentStatus::Revoked {
            return Err(Error::Invalid("a revoked agent cannot be reinstated".into()));
        }
        agent.status = status;
        Ok(())
    }

    /// All agents.
    pub fn agents(&self) -> impl Iterator<Item = &AgentRecord> {
        self.agents.values()
    }

    /// A key resolver over the keys of *active* agents only, prepared with
    /// `provider`: tokens of suspended or revoked agents find no key.
    ///
    /// # Errors
    /// [`Error::Crypto`] when a registered key is invalid.
    pub fn key_resolver(&self, provider: Provider) -> Result<RegistryKeys, Error> {
        let mut keys = HashMap::new();
        let mut retired = HashMap::new();
        for agent in self.agents.values().filter(|a| a.status == AgentStatus::Active) {
            for jwk in &agent.keys.keys {
                if let Some(kid) = &jwk.kid {
                    keys.insert(kid.clone(), (agent.id.clone(), VerifyingKey::new(provider, jwk.to_public_key()?)?));
                    if let Some(at) = jwk.retired_at() {
                        retired.insert(kid.clone(), at);
                    }
                }
            }
        }
        Ok(RegistryKeys { keys, retired })
    }
}

/// Verifying keys of active agents by kid; see [`AgentRegistry::key_resolver`].
#[derive(Debug, Clone)]
pub struct RegistryKeys {
    keys: HashMap<String, (AgentId, VerifyingKey)>,
    retired: HashMap<String, i64>,
}

impl RegistryKeys {
    /// The agent that owns `kid`, if active.
    pub fn agent(&self, kid: &str) -> Option<&AgentId> {
        self.keys.get(kid).map(|(a, _)| a)
    }
}

impl KeyResolver for RegistryKeys {
    fn resolve(&self, kid: &str) -> Option<VerifyingKey> {
        self.keys.get(kid).map(|(_, k)| k.clone())
    }

    fn retired_at(&self, kid: &str) -> Option<i64> {
        self.retired.get(kid).copied()
    }
}
