//! The action request an agent submits for validation.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{AgentId, Error, InstanceId, Lineage, MAX_SAFE_INTEGER};

/// Upper bound on the length of [`ActionRequest::tool`], in bytes.
const MAX_TOOL_LEN: usize = 256;
/// Upper bound on the length of [`ActionRequest::resource`], in bytes.
const MAX_RESOURCE_LEN: usize = 2048;

/// How severe the consequences of an action can be.
///
/// Serialized in upper case: `LOW`, `MEDIUM`, `HIGH`, `CRITICAL`, `EMERGENCY`.
/// Ordered from least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "UPPERCASE")]
pub enum Severity {
    /// Routine and reversible.
    #[default]
    Low,
    /// Noticeable but contained.
    Medium,
    /// Touches secrets, money or production data.
    High,
    /// Can take a system down; needs a second factor by default.
    Critical,
    /// Break-glass action; needs a coalition of experts by default.
    Emergency,
}

/// The environment an action targets.
///
/// Serialized in lower case: `development`, `staging`, `production`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Environment {
    /// A developer's or CI environment.
    #[default]
    Development,
    /// Pre-production.
    Staging,
    /// Production: raises the threat score.
    Production,
}

/// What kind of action an agent asks to take.
///
/// Serialized in snake case, e.g. `tool_call`, `secret_rotation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ActionKind {
    /// Call a tool (the default).
    #[default]
    ToolCall,
    /// Change a configuration.
    ConfigChange,
    /// Rotate a secret or key.
    SecretRotation,
    /// Maintenance of a system (restart, migration, patch).
    SystemMaintenance,
    /// An emergency response (break glass).
    EmergencyResponse,
    /// Spawn a child agent.
    Spawn,
    /// Send a message to another agent.
    AgentMessage,
    /// Read or export data.
    DataAccess,
}

/// An estimated cost in US dollars: finite and non-negative.
#[derive(Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct CostUsd(f64);

impl CostUsd {
    /// Zero dollars.
    pub const ZERO: CostUsd = CostUsd(0.0);

    /// Validates a cost.
    ///
    /// # Errors
    /// [`Error::InvalidCost`] for NaN, infinities and negative values.
    pub fn new(usd: f64) -> Result<Self, Error> {
        if usd.is_finite() && usd >= 0.0 {
            // Normalise -0.0 so that equal costs hash to equal canonical bytes.
            Ok(Self(usd + 0.0))
        } else {
            Err(Error::InvalidCost(usd.to_string()))
        }
    }

    /// The amount in US dollars.
    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for CostUsd {
    type Error = Error;
    fn try_from(value: f64) -> Result<Self, Error> {
        Self::new(value)
    }
}

impl From<CostUsd> for f64 {
    fn from(cost: CostUsd) -> f64 {
        cost.0
    }
}

impl fmt::Debug for CostUsd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}", self.0)
    }
}

/// One action an agent wants to take; the unit that aigos validates, hashes,
/// authorises and audits.
///
/// JSON form (snake_case field names; `estimated_cost_usd` omitted when unknown):
///
/// ```json
/// {"agent_id":"deploy-bot","instance_id":"i-1","action":"config_change",
///  "tool":"config.update","resource":"configmap/web","severity":"LOW",
///  "environment":"staging","payload":{"replicas":3},"estimated_cost_usd":0.5,
///  "timestamp":1700000000,
///  "lineage":{"parent_instance_id":null,"root_instance_id":"i-1","generation_depth":0}}
/// ```
///
/// Deserialization validates every field the same way [`ActionRequestBuilder::build`]
/// does and rejects unknown fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "ActionRequestWire")]
pub struct ActionRequest {
    /// The agent that asks.
    pub agent_id: AgentId,
    /// The running instance of that agent.
    pub instance_id: InstanceId,
    /// What kind of action this is.
    pub action: ActionKind,
    /// The tool to call, e.g. `config.update` (1 to 256 bytes).
    pub tool: String,
    /// What the tool acts on, e.g. `configmap/web` (at most 2048 bytes; may be empty).
    pub resource: String,
    /// How severe the consequences can be.
    pub severity: Severity,
    /// Where the action runs.
    pub environment: Environment,
    /// The tool's arguments, as JSON.
    pub payload: serde_json::Value,
    /// The estimated cost, when the agent knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_cost_usd: Option<CostUsd>,
    /// When the agent made the request, in seconds since the Unix epoch.
    pub timestamp: i64,
    /// Where the instance sits in its spawn tree.
    pub lineage: Lineage,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionRequestWire {
    agent_id: AgentId,
    instance_id: InstanceId,
    #[serde(default)]
    action: ActionKind,
    tool: String,
    #[serde(default)]
    resource: String,
    #[serde(default)]
    severity: Severity,
    #[serde(default)]
    environment: Environment,
    #[serde(default)]
    payload: serde_json::Value,
    #[serde(default)]
    estimated_cost_usd: Option<CostUsd>,
    timestamp: i64,
    lineage: Option<Lineage>,
}

impl TryFrom<ActionRequestWire> for ActionRequest {
    type Error = Error;
    fn try_from(w: ActionRequestWire) -> Result<Self, Error> {
        let lineage = w.lineage.unwrap_or_else(|| Lineage::root(w.instance_id.clone()));
        let request = ActionRequest {
            agent_id: w.agent_id,
            instance_id: w.instance_id,
            action: w.action,
            tool: w.tool,
            resource: w.resource,
            severity: w.severity,
            environment: w.environment,
            payload: w.payload,
            estimated_cost_usd: w.estimated_cost_usd,
            timestamp: w.timestamp,
            lineage,
        };
        request.check()?;
        Ok(request)
    }
}

impl ActionRequest {
    /// Starts a builder for a request by `agent` to call `tool`.
    pub fn builder(agent: AgentId, tool: impl Into<String>) -> ActionRequestBuilder {
        ActionRequestBuilder {
            agent,
            instance: None,
            action: ActionKind::default(),
            tool: tool.into(),
            resource: String::new(),
            severity: Severity::default(),
            environment: Environment::default(),
            payload: serde_json::Value::Object(serde_json::Map::new()),
            estimated_cost_usd: None,
            timestamp: None,
            lineage: None,
        }
    }

    fn check(&self) -> Result<(), Error> {
        if self.tool.is_empty() || self.tool.len() > MAX_TOOL_LEN || self.tool.chars().any(char::is_control) {
            return Err(Error::MissingField("tool (1 to 256 bytes, no control characters)"));
        }
        if self.resource.len() > MAX_RESOURCE_LEN || self.resource.chars().any(char::is_control) {
            return Err(Error::MissingField("resource (at most 2048 bytes, no control characters)"));
        }
        // RFC 8785 writes numbers as IEEE doubles: a timestamp beyond 2^53
        // would not survive canonicalization exactly (and is no real time).
        if self.timestamp.unsigned_abs() > MAX_SAFE_INTEGER {
            return Err(Error::Invalid { kind: "timestamp", reason: format!("{} is beyond +-(2^53 - 1)", self.timestamp) });
        }
        // The payload follows I-JSON, or its action hash could stand for
        // two different payloads (see `check_ijson_value`).
        crate::check_ijson_value(&self.payload)
    }
}

/// Builder for [`ActionRequest`]; see [`ActionRequest::builder`].
#[derive(Debug, Clone)]
#[must_use]
pub struct ActionRequestBuilder {
    agent: AgentId,
    instance: Option<InstanceId>,
    action: ActionKind,
    tool: String,
    resource: String,
    severity: Severity,
    environment: Environment,
    payload: serde_json::Value,
    estimated_cost_usd: Option<CostUsd>,
    timestamp: Option<i64>,
    lineage: Option<Lineage>,
}

impl ActionRequestBuilder {
    /// Sets the instance id (default: the agent id).
    pub fn instance(mut self, instance: InstanceId) -> Self {
        self.instance = Some(instance);
        self
    }
    /// Sets the action kind (default [`ActionKind::ToolCall`]).
    pub fn action(mut self, action: ActionKind) -> Self {
        self.action = action;
        self
    }
    /// Sets the resource (default empty).
    pub fn resource(mut self, resource: impl Into<String>) -> Self {
        self.resource = resource.into();
        self
    }
    /// Sets the severity (default [`Severity::Low`]).
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
    /// Sets the environment (default [`Environment::Development`]).
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }
    /// Sets the payload (default `{}`).
    pub fn payload(mut self, payload: serde_json::Value) -> Self {
        self.payload = payload;
        self
    }
    /// Sets the estimated cost.
    pub fn estimated_cost(mut self, cost: CostUsd) -> Self {
        self.estimated_cost_usd = Some(cost);
        self
    }
    /// Sets the timestamp, in seconds since the Unix epoch (required).
    pub fn timestamp(mut self, unix_secs: i64) -> Self {
        self.timestamp = Some(unix_secs);
        self
    }
    /// Sets the lineage (default: a root instance).
    pub fn lineage(mut self, lineage: Lineage) -> Self {
        self.lineage = Some(lineage);
        self
    }

    /// Validates and builds the request.
    ///
    /// # Errors
    /// [`Error::MissingField`] when the timestamp is unset or the tool or
    /// resource is out of bounds; [`Error::InvalidId`] when the default
    /// instance id cannot be derived from the agent id.
    pub fn build(self) -> Result<ActionRequest, Error> {
        let timestamp = self.timestamp.ok_or(Error::MissingField("timestamp"))?;
        let instance = match self.instance {
            Some(i) => i,
            None => InstanceId::new(self.agent.as_str())?,
        };
        let lineage = self.lineage.unwrap_or_else(|| Lineage::root(instance.clone()));
        let request = ActionRequest {
            agent_id: self.agent,
            instance_id: instance,
            action: self.action,
            tool: self.tool,
            resource: self.resource,
            severity: self.severity,
            environment: self.environment,
            payload: self.payload,
            estimated_cost_usd: self.estimated_cost_usd,
            timestamp,
            lineage,
        };
        request.check()?;
        Ok(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> ActionRequest {
        ActionRequest::builder(AgentId::new("deploy-bot").unwrap(), "config.update")
            .instance(InstanceId::new("i-1").unwrap())
            .action(ActionKind::ConfigChange)
            .resource("configmap/web")
            .severity(Severity::High)
            .environment(Environment::Production)
            .payload(json!({"replicas": 3, "note": "scale up"}))
            .estimated_cost(CostUsd::new(0.25).unwrap())
            .timestamp(1_700_000_000)
            .build()
            .unwrap()
    }

    #[test]
    fn serde_round_trip_and_field_names() {
        let r = sample();
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["agent_id"], "deploy-bot");
        assert_eq!(v["action"], "config_change");
        assert_eq!(v["severity"], "HIGH");
        assert_eq!(v["environment"], "production");
        assert_eq!(v["estimated_cost_usd"], 0.25);
        assert_eq!(v["lineage"]["root_instance_id"], "i-1");
        let back: ActionRequest = serde_json::from_value(v).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn deserialization_validates() {
        let mut v = serde_json::to_value(sample()).unwrap();
        v["tool"] = json!("");
        assert!(serde_json::from_value::<ActionRequest>(v.clone()).is_err());
        v["tool"] = json!("t");
        v["estimated_cost_usd"] = json!(-1.0);
        assert!(serde_json::from_value::<ActionRequest>(v.clone()).is_err());
        v["estimated_cost_usd"] = json!(1.0);
        v["unexpected"] = json!(true);
        assert!(serde_json::from_value::<ActionRequest>(v.clone()).is_err(), "unknown fields rejected");
        v.as_object_mut().unwrap().remove("unexpected");
        v["severity"] = json!("low");
        assert!(serde_json::from_value::<ActionRequest>(v).is_err(), "severity is upper case");
    }

    #[test]
    fn minimal_json_gets_defaults() {
        let r: ActionRequest = serde_json::from_value(json!({
            "agent_id": "a", "instance_id": "i", "tool": "t", "timestamp": 0
        }))
        .unwrap();
        assert_eq!(r.severity, Severity::Low);
        assert_eq!(r.lineage, Lineage::root(InstanceId::new("i").unwrap()));
    }

    #[test]
    fn builder_requires_timestamp_and_bounded_tool() {
        let agent = AgentId::new("a").unwrap();
        assert_eq!(ActionRequest::builder(agent.clone(), "t").build().unwrap_err(), Error::MissingField("timestamp"));
        assert!(ActionRequest::builder(agent.clone(), "x".repeat(257)).timestamp(0).build().is_err());
        assert!(ActionRequest::builder(agent, "t\u{7}").timestamp(0).build().is_err());
    }

    #[test]
    fn cost_rejects_nan_inf_negative() {
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.01] {
            assert!(CostUsd::new(bad).is_err());
        }
        assert_eq!(CostUsd::new(-0.0).unwrap().get().to_bits(), 0.0f64.to_bits());
        assert!(serde_json::from_str::<CostUsd>("-3").is_err());
    }

    #[test]
    fn severity_is_ordered() {
        assert!(Severity::Low < Severity::Medium && Severity::Critical < Severity::Emergency);
    }
}
