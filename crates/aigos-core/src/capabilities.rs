//! Capabilities granted to an agent and its place in the spawn tree.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::{CostUsd, Error, InstanceId};

/// What an agent may do. The policy layer decides whether a child's set is a
/// narrowing of its parent's; this type only carries the data.
///
/// JSON: `{"tools":["config.*"],"resources":["configmap/*"],"max_budget_usd":10.0,
/// "can_spawn":true,"max_child_depth":2,"expires_at":1700003600}`. Every field
/// has a default (nothing allowed), and unknown fields are rejected.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Capabilities {
    /// Tool names or glob patterns the agent may call.
    pub tools: BTreeSet<String>,
    /// Resource scopes (glob patterns) the agent may act on.
    pub resources: BTreeSet<String>,
    /// Total budget in USD; `None` means no budget is set (the policy layer
    /// decides whether that is allowed).
    pub max_budget_usd: Option<CostUsd>,
    /// Whether the agent may spawn children.
    pub can_spawn: bool,
    /// How many generations below the root the tree may grow.
    pub max_child_depth: u32,
    /// When these capabilities expire, in seconds since the Unix epoch.
    pub expires_at: Option<i64>,
}

/// Where an instance sits in its spawn tree.
///
/// JSON (AIGOS field names): `{"parent_instance_id":null,"root_instance_id":"i-1",
/// "generation_depth":0}`. A root has no parent and depth 0; every other
/// instance has a parent and depth at least 1: deserialization enforces this.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "LineageWire")]
pub struct Lineage {
    // Declared in the order of their JSON names (RFC 8785 order), so records
    // that embed a lineage serialize canonically in one pass.
    #[serde(rename = "generation_depth")]
    depth: u32,
    #[serde(rename = "parent_instance_id")]
    parent: Option<InstanceId>,
    #[serde(rename = "root_instance_id")]
    root: InstanceId,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LineageWire {
    parent_instance_id: Option<InstanceId>,
    root_instance_id: InstanceId,
    generation_depth: u32,
}

impl TryFrom<LineageWire> for Lineage {
    type Error = Error;
    fn try_from(w: LineageWire) -> Result<Self, Error> {
        match (&w.parent_instance_id, w.generation_depth) {
            (None, 0) | (Some(_), 1..) => Ok(Lineage { parent: w.parent_instance_id, root: w.root_instance_id, depth: w.generation_depth }),
            _ => Err(Error::MissingField("lineage: a root has depth 0 and no parent; a child has a parent and depth >= 1")),
        }
    }
}

impl Lineage {
    /// The lineage of a root instance (no parent, depth 0).
    pub fn root(instance: InstanceId) -> Self {
        Lineage { parent: None, root: instance, depth: 0 }
    }

    /// The lineage of a child of `parent`, whose own lineage is `self`.
    ///
    /// # Errors
    /// [`Error::MissingField`] when the depth would overflow.
    pub fn child(&self, parent: InstanceId) -> Result<Self, Error> {
        let depth = self.depth.checked_add(1).ok_or(Error::MissingField("lineage depth overflow"))?;
        Ok(Lineage { parent: Some(parent), root: self.root.clone(), depth })
    }

    /// The parent instance, `None` for a root.
    pub fn parent(&self) -> Option<&InstanceId> {
        self.parent.as_ref()
    }

    /// The root instance of the tree.
    pub fn root_instance(&self) -> &InstanceId {
        &self.root
    }

    /// The generation depth: 0 for a root.
    pub fn depth(&self) -> u32 {
        self.depth
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lineage_child_increments_depth_and_keeps_root() {
        let root = Lineage::root(InstanceId::new("r").unwrap());
        let child = root.child(InstanceId::new("r").unwrap()).unwrap();
        let grandchild = child.child(InstanceId::new("c").unwrap()).unwrap();
        assert_eq!(grandchild.depth(), 2);
        assert_eq!(grandchild.root_instance().as_str(), "r");
        assert_eq!(grandchild.parent().unwrap().as_str(), "c");
        let back: Lineage = serde_json::from_value(serde_json::to_value(&grandchild).unwrap()).unwrap();
        assert_eq!(back, grandchild);
    }

    #[test]
    fn lineage_rejects_inconsistent_json() {
        let bad = [
            json!({"parent_instance_id": null, "root_instance_id": "r", "generation_depth": 1}),
            json!({"parent_instance_id": "p", "root_instance_id": "r", "generation_depth": 0}),
            json!({"parent_instance_id": null, "root_instance_id": "r", "generation_depth": -1}),
        ];
        for b in bad {
            assert!(serde_json::from_value::<Lineage>(b.clone()).is_err(), "{b}");
        }
    }

    #[test]
    fn capabilities_round_trip_and_default_is_empty() {
        let caps = Capabilities {
            tools: ["config.*".to_string()].into(),
            resources: ["configmap/*".to_string()].into(),
            max_budget_usd: Some(CostUsd::new(10.0).unwrap()),
            can_spawn: true,
            max_child_depth: 2,
            expires_at: Some(1_700_003_600),
        };
        let v = serde_json::to_value(&caps).unwrap();
        assert_eq!(v["max_child_depth"], 2);
        assert_eq!(serde_json::from_value::<Capabilities>(v).unwrap(), caps);
        let empty: Capabilities = serde_json::from_str("{}").unwrap();
        assert!(empty.tools.is_empty() && !empty.can_spawn);
        assert!(serde_json::from_str::<Capabilities>(r#"{"tool":[]}"#).is_err());
    }
}
