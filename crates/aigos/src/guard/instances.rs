//! The Guard's record of agent instances: which instances exist, whose
//! they are, and where each sits in its spawn tree.
//!
//! An instance becomes known from the registry (the `instances` of an
//! agent's record), from a heartbeat or from the host registering it
//! ([`Guard::register_instance`], for a child: under its parent, so its
//! lineage is the Guard's, never the request's). A request names its
//! instance; when the Guard has a registry, an instance it does not know,
//! one of another agent, one that was terminated, or a lineage other than
//! the recorded one is rejected. A terminated instance id is never accepted
//! again.
//!
//! `aigos_policy::LineageTree` records a spawn tree too, but the book lives
//! in the facade because it must work without the policy layer and binds
//! each instance to its agent, which the tree does not.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, PoisonError};

use aigos_core::{AgentId, InstanceId, Lineage};

use super::{Check, Cx, Facts, Guard, Verdict};
use crate::Error;

/// Instances the book holds at most (each registration adds one).
const MAX_INSTANCES: usize = 1_000_000;

#[derive(Debug, Clone)]
pub(crate) struct Record {
    pub(crate) agent: AgentId,
    pub(crate) lineage: Lineage,
}

#[derive(Debug, Default)]
struct Book {
    records: HashMap<InstanceId, Record>,
    /// Terminated ids, known or not: never accepted again.
    terminated: HashSet<InstanceId>,
}

#[derive(Debug, Default)]
pub(crate) struct Instances {
    book: Mutex<Book>,
    /// Whether requests must come from known instances (a registry is configured).
    pub(crate) required: bool,
}

impl Instances {
    /// The instances the registry lists, each under its agent's registered
    /// lineage (a root of its own when the record has none).
    #[cfg(feature = "identity")]
    pub(crate) fn from_registry<'a>(
        agents: impl Iterator<Item = (&'a AgentId, &'a super::AgentFacts, &'a [InstanceId])>,
        required: bool,
    ) -> Self {
        let mut book = HashMap::new();
        for (agent, facts, instances) in agents {
            for instance in instances {
                let lineage = facts.lineage.clone().unwrap_or_else(|| Lineage::root(instance.clone()));
                book.insert(instance.clone(), Record { agent: agent.clone(), lineage });
            }
        }
        Instances { book: Mutex::new(Book { records: book, terminated: HashSet::new() }), required }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Book> {
        self.book.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The record of `instance` and whether it was terminated.
    #[cfg(feature = "runtime")]
    pub(crate) fn get(&self, instance: &InstanceId) -> (Option<Record>, bool) {
        self.with(instance, |record, terminated| (record.cloned(), terminated))
    }

    /// `f` of the record of `instance` and whether it was terminated,
    /// under the lock (nothing cloned).
    fn with<T>(&self, instance: &InstanceId, f: impl FnOnce(Option<&Record>, bool) -> T) -> T {
        let book = self.lock();
        f(book.records.get(instance), book.terminated.contains(instance))
    }

    /// Makes `instance` known as `agent`'s, under `parent` when given.
    /// Registering a known instance again for the same agent (and parent)
    /// is a no-op; a terminated one, or one of another agent, is refused.
    pub(crate) fn register(
        &self,
        agent: &AgentId,
        instance: &InstanceId,
        parent: Option<&InstanceId>,
        registered: Option<&Lineage>,
    ) -> Result<Lineage, Error> {
        let mut book = self.lock();
        if book.terminated.contains(instance) {
            return Err(Error::Instance(format!("{instance} was terminated and is never accepted again")));
        }
        if let Some(r) = book.records.get(instance) {
            if &r.agent != agent {
                return Err(Error::Instance(format!("{instance} belongs to another agent")));
            }
            if parent.is_some() && r.lineage.parent() != parent {
                return Err(Error::Instance(format!("{instance} is registered under another parent")));
            }
            return Ok(r.lineage.clone());
        }
        if book.records.len() >= MAX_INSTANCES {
            return Err(Error::Instance(format!("the Guard knows {MAX_INSTANCES} instances already")));
        }
        let lineage = match parent {
            None => registered.cloned().unwrap_or_else(|| Lineage::root(instance.clone())),
            Some(p) => {
                if book.terminated.contains(p) {
                    return Err(Error::Instance(format!("parent {p} was terminated")));
                }
                let Some(pr) = book.records.get(p) else { return Err(Error::Instance(format!("parent {p} is unknown"))) };
                let lineage = pr.lineage.child(p.clone())?;
                if ancestors_in(&book, p, None).iter().any(|a| InstanceId::new(a.as_str()).is_ok_and(|a| book.terminated.contains(&a))) {
                    return Err(Error::Instance(format!("an ancestor of {p} was terminated")));
                }
                lineage
            }
        };
        book.records.insert(instance.clone(), Record { agent: agent.clone(), lineage: lineage.clone() });
        Ok(lineage)
    }

    /// Marks instances terminated (a kill command or the watchdog); ids
    /// not known yet are remembered too, so they can never be registered.
    #[cfg(feature = "runtime")]
    pub(crate) fn terminate<'a>(&self, ids: impl Iterator<Item = &'a str>) {
        let mut book = self.lock();
        for id in ids {
            if let Ok(id) = InstanceId::new(id)
                && book.terminated.len() < MAX_INSTANCES
            {
                book.terminated.insert(id);
            }
        }
    }
}

#[cfg(feature = "runtime")]
impl Instances {
    /// `instance`'s ancestors, parent first, from the Guard's records; for
    /// an instance the book does not hold, the parent and root of `claimed`.
    pub(crate) fn ancestors(&self, instance: &InstanceId, claimed: Option<&Lineage>) -> Vec<String> {
        ancestors_in(&self.lock(), instance, claimed)
    }

    /// Every instance the Guard knows of `agent` (registered or spawned).
    #[cfg(all(feature = "identity", feature = "network"))]
    pub(crate) fn of_agent(&self, agent: &AgentId) -> Vec<InstanceId> {
        self.lock().records.iter().filter(|(_, r)| &r.agent == agent).map(|(id, _)| id.clone()).collect()
    }

    /// Whether any instance was ever terminated.
    pub(crate) fn any_terminated_at_all(&self) -> bool {
        !self.lock().terminated.is_empty()
    }

    /// Whether any of `ids` was terminated.
    pub(crate) fn any_terminated<'a>(&self, mut ids: impl Iterator<Item = &'a str>) -> bool {
        let book = self.lock();
        if book.terminated.is_empty() {
            return false;
        }
        ids.any(|id| InstanceId::new(id).is_ok_and(|id| book.terminated.contains(&id)))
    }
}

fn ancestors_in(book: &Book, instance: &InstanceId, claimed: Option<&Lineage>) -> Vec<String> {
    let mut out = Vec::new();
    let Some(mut record) = book.records.get(instance) else {
        return claimed
            .into_iter()
            .flat_map(|l| l.parent().into_iter().chain(std::iter::once(l.root_instance())))
            .map(ToString::to_string)
            .collect();
    };
    // A tree is at most as deep as the book is large: bound the walk.
    while let Some(parent) = record.lineage.parent() {
        if out.len() > book.records.len() {
            break;
        }
        out.push(parent.to_string());
        match book.records.get(parent) {
            Some(r) => record = r,
            None => break,
        }
    }
    let root = record.lineage.root_instance().to_string();
    if !out.contains(&root) && root != instance.as_str() {
        out.push(root);
    }
    out
}

/// Step 1: the request's instance is one the Guard knows, of this agent,
/// not terminated, with the recorded lineage.
pub(crate) struct InstanceCheck;

#[async_trait::async_trait]
impl Check for InstanceCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let (g, r) = (cx.g, cx.request);
        if !g.instances.required {
            // No registry: nothing to hold the claim against.
            facts.lineage = Some(r.lineage.clone());
            return Ok(Verdict::skip("instance not checked: no registry"));
        }
        let refused = g.instances.with(&r.instance_id, |record, terminated| match record {
            _ if terminated => Some(("INSTANCE_TERMINATED", format!("instance: {} was terminated", r.instance_id))),
            None => Some(("INSTANCE_UNKNOWN", format!("instance: {} is not known to the Guard", r.instance_id))),
            Some(rec) if rec.agent != r.agent_id => {
                Some(("INSTANCE_AGENT_MISMATCH", format!("instance: {} is not an instance of {}", r.instance_id, r.agent_id)))
            }
            Some(rec) if rec.lineage != r.lineage => {
                Some(("LINEAGE_MISMATCH", "lineage: the request's lineage is not the recorded one".to_owned()))
            }
            Some(_) => None,
        });
        if let Some((code, why)) = refused {
            return Ok(Verdict::Reject(code, why));
        }
        // Equal to the recorded lineage, checked just above.
        facts.lineage = Some(r.lineage.clone());
        Ok(Verdict::pass("instance known, of this agent, with its recorded lineage"))
    }
}

impl Guard {
    /// Makes `instance` known as an instance of `agent`: without `parent`
    /// at the agent's registered place in its spawn tree (a root of its own
    /// when the registry gives none), with `parent` a child in `parent`'s
    /// tree (its lineage is derived from the parent's record, never from
    /// what a request says). The host or control plane calls this when it
    /// starts an instance; a heartbeat never registers one. Returns the
    /// instance's lineage.
    ///
    /// # Errors
    /// [`Error::Instance`] when the agent is not registered, the instance
    /// was terminated or belongs to another agent, or the parent is
    /// unknown or terminated; [`Error::Core`] when the tree would be too deep.
    pub fn register_instance(&self, agent: &AgentId, instance: &InstanceId, parent: Option<&InstanceId>) -> Result<Lineage, Error> {
        let g = &self.inner;
        if g.instances.required && !g.agents.contains_key(agent) {
            return Err(Error::Instance(format!("agent {agent} is not registered")));
        }
        // A root instance of an agent the registry places in a spawn tree
        // takes that place (a registered child stays its parent's child).
        let registered = g.agents.get(agent).and_then(|a| a.lineage.as_ref());
        g.instances.register(agent, instance, parent, registered)
    }
}
