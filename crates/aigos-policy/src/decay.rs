//! Capability decay (AIGOS SPEC-RT-006, made sound): a spawned child never
//! gains a tool, resource, budget, lifetime or depth its parent lacks.
//!
//! Modes: `EXPLICIT` (the default): the child gets what it asks for, which
//! must be covered by the parent; `INHERIT`: the child gets the parent's
//! capabilities (tools and resources), still capped in budget, expiry and
//! depth. Either way the effective set is intersected with the parent's once
//! more (defense in depth). Coverage of patterns is decided structurally (`*`,
//! equality, `prefix*` covering anything with that prefix); what cannot be
//! proven covered is an escalation.

use std::collections::{BTreeSet, HashMap};

use aigos_core::{Capabilities, CostUsd, InstanceId, Lineage};
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::document::{is_universal, pattern_covers};

/// How a child's capabilities are derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum DecayMode {
    /// The child's requested set, which must be covered by the parent's.
    #[default]
    Explicit,
    /// The parent's set (dangerous: use only for trusted helpers).
    Inherit,
}

/// A spawn request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpawnRequest {
    /// What the child asks for (ignored for tools/resources under INHERIT).
    pub capabilities: Capabilities,
    /// Decay mode.
    #[serde(default)]
    pub mode: DecayMode,
}

fn spawn_err(code: &'static str, message: impl Into<String>) -> Error {
    Error::Spawn { code, message: message.into() }
}

fn covered(parent: &BTreeSet<String>, child: &str) -> bool {
    parent.iter().any(|p| pattern_covers(p, child))
}

/// Checks that `caps` let an agent call `tool` on `resource` at `now`
/// (`now` from the caller's clock): the capabilities have not expired, a tool
/// pattern covers the tool, and a resource pattern covers the resource.
/// Nothing is granted by default (an empty set grants none).
///
/// The resource is a claim of the agent, so leaving it empty does not skip
/// the resource scope: an empty resource is allowed only when the resources
/// granted include a universal pattern (`*`, `**`, ...) that covers every
/// resource anyway; otherwise it is refused with `RESOURCE_REQUIRED`.
///
/// # Errors
/// [`Error::Spawn`] with code `CAPABILITY_EXPIRED`, `CAPABILITY_MISSING` (tool
/// or resource outside the capabilities) or `RESOURCE_REQUIRED` (empty
/// resource under a scoped resource set).
pub fn capability_allows(caps: &Capabilities, tool: &str, resource: &str, now: i64) -> Result<(), Error> {
    if caps.expires_at.is_some_and(|e| now >= e) {
        return Err(spawn_err("CAPABILITY_EXPIRED", "the agent's capabilities have expired"));
    }
    if !covered(&caps.tools, tool) {
        return Err(spawn_err("CAPABILITY_MISSING", format!("tool {tool} is not among the agent's capabilities")));
    }
    if resource.is_empty() {
        if !caps.resources.iter().any(|p| is_universal(p)) {
            return Err(spawn_err(
                "RESOURCE_REQUIRED",
                format!("tool {tool} called without a resource, but the agent's resources are scoped"),
            ));
        }
    } else if !covered(&caps.resources, resource) {
        return Err(spawn_err("CAPABILITY_MISSING", format!("resource {resource} is outside the agent's scope")));
    }
    Ok(())
}

/// Validates a spawn against the parent and returns the child's effective
/// capabilities.
///
/// `parent_remaining_usd` is what is left of the parent's budget (from the
/// budget ledger); `None` means the parent's full `max_budget_usd`.
///
/// # Errors
/// [`Error::Spawn`] with code `SPAWN_NOT_ALLOWED`, `DEPTH_EXCEEDED`,
/// `EMPTY_CAPABILITIES`, `PRIVILEGE_ESCALATION` (naming the extra tools or
/// resources), `BUDGET_ESCALATION` or `EXPIRY_ESCALATION`.
pub fn validate_spawn(
    parent: &Capabilities,
    parent_lineage: &Lineage,
    parent_remaining_usd: Option<CostUsd>,
    request: &SpawnRequest,
) -> Result<Capabilities, Error> {
    if !parent.can_spawn {
        return Err(spawn_err("SPAWN_NOT_ALLOWED", "parent may not spawn children"));
    }
    let child_depth = parent_lineage.depth().saturating_add(1);
    if child_depth > parent.max_child_depth {
        return Err(spawn_err(
            "DEPTH_EXCEEDED",
            format!("child would be at depth {child_depth}, the tree allows {}", parent.max_child_depth),
        ));
    }
    let asked = &request.capabilities;
    let (tools, resources) = match request.mode {
        DecayMode::Explicit => (asked.tools.clone(), asked.resources.clone()),
        DecayMode::Inherit => (parent.tools.clone(), parent.resources.clone()),
    };
    if tools.is_empty() {
        return Err(spawn_err("EMPTY_CAPABILITIES", "a child must be granted at least one tool"));
    }
    let extra: Vec<&str> = tools.iter().filter(|t| !covered(&parent.tools, t)).map(String::as_str).collect();
    if !extra.is_empty() {
        return Err(spawn_err("PRIVILEGE_ESCALATION", format!("tools not held by the parent: {}", extra.join(", "))));
    }
    let extra: Vec<&str> = resources.iter().filter(|r| !covered(&parent.resources, r)).map(String::as_str).collect();
    if !extra.is_empty() {
        return Err(spawn_err("PRIVILEGE_ESCALATION", format!("resources outside the parent's scope: {}", extra.join(", "))));
    }
    let parent_budget = match (parent_remaining_usd, parent.max_budget_usd) {
        (Some(remaining), Some(max)) => Some(if remaining.get() < max.get() { remaining } else { max }),
        (Some(remaining), None) => Some(remaining),
        (None, max) => max,
    };
    let budget = match (parent_budget, asked.max_budget_usd) {
        (Some(_), None) if request.mode == DecayMode::Explicit => {
            return Err(spawn_err("BUDGET_ESCALATION", "the parent has a budget, so the child needs one"));
        }
        (Some(p), None) => Some(p),
        (Some(p), Some(c)) if c.get() > p.get() => {
            return Err(spawn_err("BUDGET_ESCALATION", format!("child budget {} above the parent's remaining {}", c.get(), p.get())));
        }
        (_, c) => c,
    };
    let expires_at = match (parent.expires_at, asked.expires_at) {
        (Some(_), None) if request.mode == DecayMode::Explicit => {
            return Err(spawn_err("EXPIRY_ESCALATION", "the parent expires, so the child must too"));
        }
        (Some(p), Some(c)) if c > p => return Err(spawn_err("EXPIRY_ESCALATION", format!("child expiry {c} after the parent's {p}"))),
        (Some(p), None) => Some(p),
        (_, c) => c,
    };
    let max_child_depth = match request.mode {
        DecayMode::Explicit => asked.max_child_depth.min(parent.max_child_depth),
        DecayMode::Inherit => parent.max_child_depth,
    };
    // Defense in depth: intersect with the parent once more.
    Ok(Capabilities {
        tools: tools.into_iter().filter(|t| covered(&parent.tools, t)).collect(),
        resources: resources.into_iter().filter(|r| covered(&parent.resources, r)).collect(),
        max_budget_usd: budget,
        can_spawn: parent.can_spawn && asked.can_spawn && child_depth < max_child_depth,
        max_child_depth,
        expires_at,
    })
}

/// State of an instance in the lineage tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InstanceState {
    /// Running.
    Active,
    /// Revoked: it and its descendants are invalid.
    Revoked,
    /// Terminated: it and its descendants are invalid.
    Terminated,
}

#[derive(Debug, Clone)]
struct Node {
    lineage: Lineage,
    state: InstanceState,
}

/// The spawn tree: records parent, root and depth of every instance, and
/// detects orphans (descendants of a revoked or terminated instance).
#[derive(Debug, Default, Clone)]
pub struct LineageTree {
    nodes: HashMap<InstanceId, Node>,
}

impl LineageTree {
    /// An empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a root instance.
    ///
    /// # Errors
    /// [`Error::Spawn`] (`DUPLICATE_INSTANCE`) when the id is known.
    pub fn add_root(&mut self, id: InstanceId) -> Result<Lineage, Error> {
        if self.nodes.contains_key(&id) {
            return Err(spawn_err("DUPLICATE_INSTANCE", format!("{id} already registered")));
        }
        let lineage = Lineage::root(id.clone());
        self.nodes.insert(id, Node { lineage: lineage.clone(), state: InstanceState::Active });
        Ok(lineage)
    }

    /// Registers a child of a valid parent.
    ///
    /// # Errors
    /// [`Error::Spawn`]: `DUPLICATE_INSTANCE`, or `ORPHAN` when the parent is
    /// unknown or it or an ancestor is revoked or terminated.
    pub fn add_child(&mut self, parent: &InstanceId, child: InstanceId) -> Result<Lineage, Error> {
        if self.nodes.contains_key(&child) {
            return Err(spawn_err("DUPLICATE_INSTANCE", format!("{child} already registered")));
        }
        if !self.is_valid(parent) {
            return Err(spawn_err("ORPHAN", format!("parent {parent} is unknown, revoked or terminated (or one of its ancestors is)")));
        }
        let parent_lineage = self.nodes.get(parent).map(|n| n.lineage.clone()).ok_or_else(|| spawn_err("ORPHAN", "parent vanished"))?;
        let lineage = parent_lineage.child(parent.clone()).map_err(|e| spawn_err("DEPTH_EXCEEDED", e.to_string()))?;
        self.nodes.insert(child, Node { lineage: lineage.clone(), state: InstanceState::Active });
        Ok(lineage)
    }

    /// Sets an instance's state. Revocation and termination are final.
    ///
    /// # Errors
    /// [`Error::Spawn`] (`UNKNOWN_INSTANCE`, `FINAL_STATE`).
    pub fn set_state(&mut self, id: &InstanceId, state: InstanceState) -> Result<(), Error> {
        let node = self.nodes.get_mut(id).ok_or_else(|| spawn_err("UNKNOWN_INSTANCE", id.to_string()))?;
        if node.state != InstanceState::Active && state == InstanceState::Active {
            return Err(spawn_err("FINAL_STATE", format!("{id} cannot be reactivated")));
        }
        node.state = state;
        Ok(())
    }

    /// The lineage of an instance.
    pub fn lineage(&self, id: &InstanceId) -> Option<&Lineage> {
        self.nodes.get(id).map(|n| &n.lineage)
    }

    /// Whether the instance is known, active, and every ancestor is too.
    pub fn is_valid(&self, id: &InstanceId) -> bool {
        let mut current = id.clone();
        // A tree is at most as deep as it has nodes: bound the walk.
        for _ in 0..=self.nodes.len() {
            let Some(node) = self.nodes.get(&current) else { return false };
            if node.state != InstanceState::Active {
                return false;
            }
            match node.lineage.parent() {
                Some(p) => current = p.clone(),
                None => return true,
            }
        }
        false
    }

    /// Every descendant of `id` (for cascading a termination).
    pub fn descendants(&self, id: &InstanceId) -> Vec<InstanceId> {
        let mut out = Vec::new();
        let mut frontier = vec![id.clone()];
        while let Some(current) = frontier.pop() {
            for (child, node) in &self.nodes {
                if node.lineage.parent() == Some(&current) {
                    out.push(child.clone());
                    frontier.push(child.clone());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod capability_tests {
    use super::*;

    fn code(r: Result<(), Error>) -> &'static str {
        match r {
            Err(e) => e.code(),
            Ok(()) => "OK",
        }
    }

    #[test]
    fn capabilities_grant_only_what_they_name_until_they_expire() {
        let caps = Capabilities {
            tools: ["config.*".to_string(), "data.read".to_string()].into(),
            resources: ["svc/*".to_string()].into(),
            expires_at: Some(100),
            ..Capabilities::default()
        };
        assert_eq!(code(capability_allows(&caps, "config.update", "svc/payments", 50)), "OK", "positive control");
        assert_eq!(code(capability_allows(&caps, "data.read", "svc/x", 50)), "OK");
        assert_eq!(code(capability_allows(&caps, "shell.exec", "svc/x", 50)), "CAPABILITY_MISSING");
        assert_eq!(code(capability_allows(&caps, "config.update", "db/users", 50)), "CAPABILITY_MISSING");
        assert_eq!(code(capability_allows(&caps, "config.update", "svc/payments", 100)), "CAPABILITY_EXPIRED");
        assert_eq!(code(capability_allows(&Capabilities::default(), "config.update", "", 0)), "CAPABILITY_MISSING", "nothing by default");
    }

    #[test]
    fn an_empty_resource_does_not_skip_a_resource_scope() {
        let scoped = Capabilities {
            tools: ["data.read".to_string()].into(),
            resources: ["svc/*".to_string(), "db/main".to_string()].into(),
            ..Capabilities::default()
        };
        assert_eq!(code(capability_allows(&scoped, "data.read", "db/main", 0)), "OK", "positive control");
        assert_eq!(code(capability_allows(&scoped, "data.read", "", 0)), "RESOURCE_REQUIRED");
        let none = Capabilities { tools: ["data.read".to_string()].into(), ..Capabilities::default() };
        assert_eq!(code(capability_allows(&none, "data.read", "", 0)), "RESOURCE_REQUIRED", "no resources granted at all");
        for all in ["*", "**"] {
            let everything = Capabilities {
                tools: ["data.read".to_string()].into(),
                resources: [all.to_string(), "svc/x".to_string()].into(),
                ..Capabilities::default()
            };
            assert_eq!(code(capability_allows(&everything, "data.read", "", 0)), "OK", "{all} grants every resource, so none is fine");
            assert_eq!(code(capability_allows(&everything, "data.read", "db/anything", 0)), "OK", "{all} covers any resource");
        }
        let prefix =
            Capabilities { tools: ["data.read".to_string()].into(), resources: ["s*".to_string()].into(), ..Capabilities::default() };
        assert_eq!(code(capability_allows(&prefix, "data.read", "", 0)), "RESOURCE_REQUIRED", "a prefix is not everything");
        // The tool and expiry checks come first.
        assert_eq!(code(capability_allows(&scoped, "shell.exec", "", 0)), "CAPABILITY_MISSING");
    }
}
