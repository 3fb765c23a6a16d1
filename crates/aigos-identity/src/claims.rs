//! Governance token claims: the registered JWT claims, the AIGOS `aigos`
//! claim object (SPEC-PRT-003), and our additions `ahash` and `cnf`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The `aud` claim: one audience or several (RFC 7519 section 4.1.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Audience {
    /// A single audience.
    One(String),
    /// Several audiences.
    Many(Vec<String>),
}

impl Audience {
    /// Whether `aud` names `expected`.
    pub fn contains(&self, expected: &str) -> bool {
        match self {
            Audience::One(a) => a == expected,
            Audience::Many(all) => all.iter().any(|a| a == expected),
        }
    }
}

/// The claims of a governance token.
///
/// Registered claims are typed; `iat`, `nbf` and `exp` are integer
/// NumericDates (seconds). Claims we do not know are kept in `extra` and
/// signed like the rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claims {
    /// Issuer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    /// Subject: the agent id.
    pub sub: String,
    /// Audience(s).
    pub aud: Audience,
    /// Issued at.
    pub iat: i64,
    /// Not before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    /// Expiry.
    pub exp: i64,
    /// Unique token id (a UUID): single use.
    pub jti: String,
    /// The AIGOS claim object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aigos: Option<AigosClaims>,
    /// base64url SHA-256 of the canonical `ActionRequest` this token authorises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ahash: Option<String>,
    /// Confirmation (RFC 7800): binds the token to a TLS client certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cnf: Option<Confirmation>,
    /// Any other claims.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Claims {
    /// Builds claims from an already parsed (and duplicate-checked) JSON
    /// object, moving values instead of re-serializing: known claims are
    /// typed, the rest go to `extra`.
    pub(crate) fn from_map(mut map: serde_json::Map<String, serde_json::Value>) -> Result<Self, String> {
        use serde_json::Value;
        fn string(v: Option<Value>, name: &str) -> Result<Option<String>, String> {
            match v {
                None => Ok(None),
                Some(Value::String(s)) => Ok(Some(s)),
                Some(_) => Err(format!("{name} must be a string")),
            }
        }
        fn date(v: Option<Value>, name: &str) -> Result<Option<i64>, String> {
            match v {
                None => Ok(None),
                Some(Value::Number(n)) => {
                    n.as_i64().filter(|d| *d >= 0).map(Some).ok_or_else(|| format!("{name} must be a non-negative integer"))
                }
                Some(_) => Err(format!("{name} must be a number")),
            }
        }
        fn typed<T: serde::de::DeserializeOwned>(v: Option<Value>, name: &str) -> Result<Option<T>, String> {
            v.map(|v| serde_json::from_value(v).map_err(|e| format!("{name}: {e}"))).transpose()
        }
        let missing = |name: &str| format!("{name} missing");
        Ok(Claims {
            iss: string(map.remove("iss"), "iss")?,
            sub: string(map.remove("sub"), "sub")?.ok_or_else(|| missing("sub"))?,
            aud: match map.remove("aud") {
                Some(Value::String(a)) => Audience::One(a),
                Some(Value::Array(all)) => Audience::Many(
                    all.into_iter()
                        .map(|a| match a {
                            Value::String(a) => Ok(a),
                            _ => Err("aud entries must be strings".to_string()),
                        })
                        .collect::<Result<_, _>>()?,
                ),
                Some(_) => return Err("aud must be a string or an array of strings".into()),
                None => return Err(missing("aud")),
            },
            iat: date(map.remove("iat"), "iat")?.ok_or_else(|| missing("iat"))?,
            nbf: date(map.remove("nbf"), "nbf")?,
            exp: date(map.remove("exp"), "exp")?.ok_or_else(|| missing("exp"))?,
            jti: string(map.remove("jti"), "jti")?.ok_or_else(|| missing("jti"))?,
            aigos: typed(map.remove("aigos"), "aigos")?,
            ahash: string(map.remove("ahash"), "ahash")?,
            cnf: typed(map.remove("cnf"), "cnf")?,
            extra: map.into_iter().collect(),
        })
    }
}

/// RFC 7800 confirmation with the RFC 8705 certificate thumbprint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Confirmation {
    /// base64url SHA-256 of the DER certificate.
    #[serde(rename = "x5t#S256")]
    pub x5t_s256: String,
}

/// The `aigos` claim object of SPEC-PRT-003.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AigosClaims {
    /// Claim format version, `"1.0"`.
    pub version: String,
    /// Who the agent is.
    pub identity: IdentityClaims,
    /// Its governance state.
    pub governance: GovernanceClaims,
    /// Its control state.
    pub control: ControlClaims,
    /// What it may do.
    pub capabilities: CapabilityClaims,
    /// Where it sits in its spawn tree.
    pub lineage: LineageClaims,
}

/// `aigos.identity`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityClaims {
    /// Running instance id.
    pub instance_id: String,
    /// Asset (agent) id.
    pub asset_id: String,
    /// Human-readable asset name.
    pub asset_name: String,
    /// Asset version.
    pub asset_version: String,
    /// Organization, when any. Self-asserted: never trusted on its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
}

/// EU-AI-Act style risk level, ordered from least to most risky.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RiskLevel {
    /// `minimal`
    Minimal,
    /// `limited`
    Limited,
    /// `high`
    High,
    /// `unacceptable`
    Unacceptable,
}

impl std::str::FromStr for RiskLevel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "minimal" => Ok(RiskLevel::Minimal),
            "limited" => Ok(RiskLevel::Limited),
            "high" => Ok(RiskLevel::High),
            "unacceptable" => Ok(RiskLevel::Unacceptable),
            other => Err(format!("unknown risk level {other:?}")),
        }
    }
}

/// Operating mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Mode {
    /// `NORMAL`
    Normal,
    /// `SANDBOX`
    Sandbox,
    /// `RESTRICTED`
    Restricted,
}

/// `aigos.governance`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GovernanceClaims {
    /// Risk level.
    pub risk_level: RiskLevel,
    /// Golden thread reference.
    pub golden_thread: GoldenThreadClaim,
    /// Operating mode.
    pub mode: Mode,
    /// Hash of the policy in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_hash: Option<String>,
}

/// `aigos.governance.golden_thread`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldenThreadClaim {
    /// `sha256:` + 64 hex digits.
    pub hash: String,
    /// Whether the issuer verified it.
    pub verified: bool,
    /// Approval ticket id.
    pub ticket_id: String,
    /// Ticket system, e.g. `jira`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_system: Option<String>,
}

/// Kill switch channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KillSwitchChannel {
    /// Server-sent events.
    Sse,
    /// HTTP polling.
    Polling,
    /// A watched local file.
    File,
}

/// `aigos.control.kill_switch`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KillSwitchClaim {
    /// Whether the agent listens to a kill switch.
    pub enabled: bool,
    /// Channel it listens on.
    pub channel: KillSwitchChannel,
    /// Protocol detail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
}

/// `aigos.control`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ControlClaims {
    /// Kill switch.
    pub kill_switch: KillSwitchClaim,
    /// Paused agents are rejected.
    pub paused: bool,
    /// Agents about to terminate are rejected.
    pub termination_pending: bool,
}

/// `aigos.capabilities`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapabilityClaims {
    /// `sha256:` + hex SHA-256 of the RFC 8785 bytes of the manifest.
    pub hash: String,
    /// Tools the agent may call. A missing list grants nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<String>>,
    /// Budget in USD; `null` when unset.
    #[serde(default)]
    pub max_budget_usd: Option<f64>,
    /// Whether the agent may spawn children.
    pub can_spawn: bool,
    /// Maximum depth of its children.
    pub max_child_depth: u32,
}

/// `aigos.lineage`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineageClaims {
    /// 0 for a root agent.
    pub generation_depth: u32,
    /// Parent instance, `null` for a root.
    pub parent_instance_id: Option<String>,
    /// Root instance.
    pub root_instance_id: String,
}
