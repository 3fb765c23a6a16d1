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

/// The strict typed parse of claims without unknown members: one pass, no
/// JSON tree. It succeeds only where [`Claims::from_map`] over the
/// duplicate-checked tree would succeed with the same result (no `extra`);
/// anything else (an unknown claim, a duplicate, a `null`, a negative date)
/// returns `None` and the caller takes the tree path, which accepts unknown
/// claims and names the error. `tests::fast_path_agrees_with_tree_path`
/// checks the two against each other.
pub(crate) fn claims_fast(bytes: &[u8]) -> Option<Claims> {
    let FastClaims { iss, sub, aud, iat, nbf, exp, jti, aigos, ahash, cnf } = serde_json::from_slice(bytes).ok()?;
    Some(Claims { iss, sub, aud, iat, nbf, exp, jti, aigos, ahash, cnf, extra: BTreeMap::new() })
}

/// Known claims only; serde's derive rejects a member named twice
/// (`duplicate_field`) at every level, as the tree path does.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastClaims {
    #[serde(default, deserialize_with = "present")]
    iss: Option<String>,
    sub: String,
    #[serde(deserialize_with = "audience")]
    aud: Audience,
    #[serde(deserialize_with = "date")]
    iat: i64,
    #[serde(default, deserialize_with = "present_date")]
    nbf: Option<i64>,
    #[serde(deserialize_with = "date")]
    exp: i64,
    jti: String,
    #[serde(default, deserialize_with = "present")]
    aigos: Option<AigosClaims>,
    #[serde(default, deserialize_with = "present")]
    ahash: Option<String>,
    #[serde(default, deserialize_with = "present")]
    cnf: Option<Confirmation>,
}

/// An optional claim that, when present, is not `null` (the tree path
/// rejects `"iss": null`; serde's `Option` would read it as absent).
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// A NumericDate: a non-negative integer.
fn date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let v = i64::deserialize(d)?;
    if v < 0 {
        return Err(serde::de::Error::custom("negative date"));
    }
    Ok(v)
}

fn present_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    date(d).map(Some)
}

/// `aud`: a string or an array of strings, without serde's untagged buffering.
fn audience<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Audience, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Audience;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string or an array of strings")
        }
        fn visit_str<E>(self, v: &str) -> Result<Audience, E> {
            Ok(Audience::One(v.to_owned()))
        }
        fn visit_string<E>(self, v: String) -> Result<Audience, E> {
            Ok(Audience::One(v))
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Audience, A::Error> {
            let mut all = Vec::new();
            while let Some(a) = seq.next_element::<String>()? {
                all.push(a);
            }
            Ok(Audience::Many(all))
        }
    }
    d.deserialize_any(V)
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const AIGOS: &str = r#"{"version":"1.0","identity":{"instance_id":"i-1","asset_id":"a","asset_name":"A","asset_version":"1"},"governance":{"risk_level":"limited","golden_thread":{"hash":"sha256:00","verified":true,"ticket_id":"T-1"},"mode":"NORMAL"},"control":{"kill_switch":{"enabled":true,"channel":"sse"},"paused":false,"termination_pending":false},"capabilities":{"hash":"sha256:00","tools":["t"],"max_budget_usd":null,"can_spawn":false,"max_child_depth":0},"lineage":{"generation_depth":0,"parent_instance_id":null,"root_instance_id":"i-1"}}"#;

    fn tree(bytes: &[u8]) -> Result<Claims, String> {
        crate::strict_json::parse_object(bytes).and_then(Claims::from_map)
    }

    /// Candidate values per member name: valid ones and each way to be wrong.
    fn values(name: &'static str) -> Vec<String> {
        let aigos_variants = [
            AIGOS.to_string(),
            AIGOS.replace(r#""paused":false"#, r#""paused":false,"paused":true"#),
            AIGOS.replace(r#""ticket_id":"T-1""#, r#""ticket_id":"T-1","ticket_system":null"#),
            AIGOS.replace(r#""mode":"NORMAL""#, r#""mode":"NORMAL","extra":1"#),
            AIGOS.replace(r#""max_budget_usd":null"#, r#""max_budget_usd":5"#),
            AIGOS.replace(r#""version":"1.0","#, ""),
        ];
        let common = ["null".to_string(), "1".to_string(), r#""s""#.to_string(), "[]".to_string(), "{}".to_string()];
        let own: Vec<String> = match name {
            "iat" | "nbf" | "exp" => ["1700000000", "0", "-1", "1.5", "1e3", "9223372036854775808"].map(String::from).to_vec(),
            "aud" => [r#""aigos""#, r#"["aigos","b"]"#, r#"["aigos",1]"#, "[]", r#"["\u0061"]"#].map(String::from).to_vec(),
            "aigos" => aigos_variants.to_vec(),
            "cnf" => {
                [r#"{"x5t#S256":"abc"}"#, r#"{"x5t#S256":"abc","y":1}"#, r#"{"x5t#S256":"a","x5t#S256":"b"}"#].map(String::from).to_vec()
            }
            _ => [r#""agent-1""#, r#""\u00e9\n""#, r#""""#].map(String::from).to_vec(),
        };
        own.into_iter().chain(common).collect()
    }

    const NAMES: &[&str] = &["iss", "sub", "aud", "iat", "nbf", "exp", "jti", "aigos", "ahash", "cnf", "zzz"];

    fn member() -> impl Strategy<Value = (String, String)> {
        proptest::sample::select(NAMES)
            .prop_flat_map(|name| proptest::sample::select(values(name)).prop_map(move |v| (name.to_string(), v)))
    }

    fn object() -> impl Strategy<Value = String> {
        // Mostly the valid core, then random members (possibly repeats).
        let core = [("sub", r#""agent-1""#), ("aud", r#""aigos""#), ("iat", "1700000000"), ("exp", "1700000300"), ("jti", r#""j""#)];
        (proptest::collection::vec(proptest::bool::weighted(0.9), core.len()), proptest::collection::vec(member(), 0..4)).prop_map(
            move |(keep, extra)| {
                let mut members: Vec<String> =
                    core.iter().zip(keep).filter(|(_, k)| *k).map(|((n, v), _)| format!("\"{n}\":{v}")).collect();
                members.extend(extra.into_iter().map(|(n, v)| format!("\"{n}\":{v}")));
                format!("{{{}}}", members.join(","))
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// The fast path never accepts what the tree path rejects, never
        /// differs from it, and only declines what has unknown claims or is an error.
        #[test]
        fn fast_path_agrees_with_tree_path(json in object()) {
            let slow = tree(json.as_bytes());
            match (claims_fast(json.as_bytes()), &slow) {
                (Some(fast), Ok(slow)) => prop_assert_eq!(&fast, slow),
                (Some(fast), Err(e)) => prop_assert!(false, "fast accepted {json} as {fast:?}; tree: {e}"),
                (None, Ok(slow)) => prop_assert!(!slow.extra.is_empty(), "fast declined {json}"),
                (None, Err(_)) => {}
            }
        }
    }

    #[test]
    fn fast_path_rejects_what_the_tree_rejects() {
        for bad in [
            r#"{"sub":"a","sub":"b","aud":"x","iat":1,"exp":2,"jti":"j"}"#,
            r#"{"sub":"a","aud":"x","iat":1,"exp":2,"jti":"j","iss":null}"#,
            r#"{"sub":"a","aud":"x","iat":-1,"exp":2,"jti":"j"}"#,
            r#"{"sub":"a","aud":"x","iat":1.0,"exp":2,"jti":"j"}"#,
            r#"{"sub":"a","aud":["x",null],"iat":1,"exp":2,"jti":"j"}"#,
        ] {
            assert!(claims_fast(bad.as_bytes()).is_none(), "{bad}");
            assert!(tree(bad.as_bytes()).is_err(), "{bad}");
        }
        let unknown = r#"{"sub":"a","aud":"x","iat":1,"exp":2,"jti":"j","role":"admin"}"#;
        assert!(claims_fast(unknown.as_bytes()).is_none(), "an unknown claim goes to the tree path");
        assert_eq!(tree(unknown.as_bytes()).unwrap().extra.len(), 1);
        let good = format!(r#"{{"sub":"a","aud":["x"],"iat":1,"nbf":1,"exp":2,"jti":"j","aigos":{AIGOS}}}"#);
        assert_eq!(claims_fast(good.as_bytes()).unwrap(), tree(good.as_bytes()).unwrap(), "positive control");
    }
}
