//! What `aigos init` writes.

use std::path::{Path, PathBuf};

use aigos_crypto::{Jwks, Provider, SigningKey};
use serde::Serialize;

#[cfg(feature = "network")]
use super::{A2A_TRUST_DOMAIN, PEER_AGENT};
use super::{DEMO_AGENT, DEMO_AGENT_KID, DEMO_EXPERTS, DEMO_INSTANCE, DEMO_OPERATOR, DEMO_ORGANIZATION};
use crate::Approver;
use crate::config::{ConfigError, file_err, write_file};

const DEMO_POLICY: &str = r#"# The demo policy: what demo-agent may do.
[[statements]]
id = "demo-operations"
effect = "permit"
principals = ["demo-agent"]
actions = ["config.*", "secrets.rotate", "system.*", "incident.*", "data.read", "agent.spawn"]

[[statements]]
id = "never-shell"
effect = "forbid"
principals = ["*"]
actions = ["shell.*"]

# Severity floors: a request may declare a higher severity, never a lower one.
[[severity_floors]]
id = "secrets-at-least-high"
tools = ["secrets.*"]
severity = "HIGH"

[[severity_floors]]
id = "maintenance-at-least-critical"
tools = ["system.*"]
severity = "CRITICAL"

[[severity_floors]]
id = "incidents-are-emergencies"
tools = ["incident.*"]
severity = "EMERGENCY"
"#;

/// Creates a complete working local setup in `dir`: authority, guard and
/// agent keys; a registry with the demo agent and its golden thread; a
/// signed policy bundle; approvers (a TOTP-enrolled operator and three
/// experts with keys); an audit directory and MAC key; and `aigos.toml`.
/// Secrets are written 0600. Refuses a directory that already holds an
/// `aigos.toml`.
///
/// # Errors
/// [`ConfigError`] when a file cannot be written or a key generated.
pub fn init(dir: &Path, provider: Provider, now: i64) -> Result<PathBuf, ConfigError> {
    use aigos_core::{AgentId, Kid};
    use aigos_crypto::Algorithm;
    let config_path = dir.join("aigos.toml");
    if config_path.exists() {
        return Err(file_err(&config_path, "exists; refusing to overwrite a setup"));
    }
    let keygen = |kid: &str| -> Result<SigningKey, ConfigError> {
        let k = SigningKey::generate(provider, Algorithm::EdDsa).map_err(|e| ConfigError::Invalid(e.to_string()))?;
        Ok(k.with_kid(Kid::new(kid).map_err(|e| ConfigError::Invalid(e.to_string()))?))
    };
    let pem = |k: &SigningKey| k.to_pkcs8_pem().map_err(|e| ConfigError::Invalid(e.to_string()));
    let authority = keygen("authority-1")?;
    let guard_key = keygen("guard-1")?;
    let agent = keygen(DEMO_AGENT_KID)?;
    write_file(&dir.join("keys/authority.key.pem"), pem(&authority)?.as_bytes(), true)?;
    write_file(&dir.join("keys/guard.key.pem"), pem(&guard_key)?.as_bytes(), true)?;
    write_file(&dir.join("keys/demo-agent.key.pem"), pem(&agent)?.as_bytes(), true)?;
    let authority_jwks = Jwks { keys: vec![authority.public_jwk()] };
    write_file(&dir.join("keys/authority.jwks.json"), to_json(&authority_jwks)?.as_bytes(), false)?;
    write_file(&dir.join("keys/guard.jwks.json"), to_json(&Jwks { keys: vec![guard_key.public_jwk()] })?.as_bytes(), false)?;

    // The registry: the demo agent, its key and a golden thread bound to it.
    let approval = aigos_identity::Approval {
        ticket_id: "INIT-0001".into(),
        approved_by: "owner@example.invalid".into(),
        approved_at: time_rfc3339(now)?,
    };
    let bound = agent.public_jwk().thumbprint().map_err(|e| ConfigError::Invalid(e.to_string()))?;
    let thread = aigos_identity::GoldenThread::sign(approval, &bound, now + 365 * 86_400, &authority)
        .map_err(|e| ConfigError::Invalid(e.to_string()))?;
    let mut registry = aigos_identity::AgentRegistry::new();
    registry
        .register(aigos_identity::AgentRecord {
            id: AgentId::new(DEMO_AGENT).map_err(|e| ConfigError::Invalid(e.to_string()))?,
            owner: "platform-team".into(),
            organization: Some(DEMO_ORGANIZATION.into()),
            keys: Jwks { keys: vec![agent.public_jwk()] },
            golden_thread: Some(thread),
            key_threads: Vec::new(),
            status: aigos_identity::AgentStatus::Active,
            capabilities: demo_capabilities(),
            lineage: None,
            registered_at: now - 30 * 86_400,
            instances: vec![aigos_core::InstanceId::new(DEMO_INSTANCE).map_err(|e| ConfigError::Invalid(e.to_string()))?],
        })
        .map_err(|e| ConfigError::Invalid(e.to_string()))?;
    #[cfg(feature = "network")]
    let a2a_section = a2a_setup(dir, &mut registry, &authority, &keygen, &pem, now, provider)?;
    #[cfg(not(feature = "network"))]
    let a2a_section = String::new();
    let registry_path = dir.join("registry.json");
    std::fs::create_dir_all(dir).map_err(|e| file_err(dir, e))?;
    registry.save(&registry_path).map_err(|e| file_err(&registry_path, e))?;

    // The signed policy bundle (and its source).
    write_file(&dir.join("policy.toml"), DEMO_POLICY.as_bytes(), false)?;
    let doc = aigos_policy::PolicyDocument::from_toml(DEMO_POLICY).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    let bundle = aigos_policy::PolicyBundle::sign(doc, 1, now, false, &authority).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    write_file(&dir.join("policy.bundle.json"), to_json(&bundle)?.as_bytes(), false)?;

    // Approvers: a TOTP-enrolled operator and three experts with keys.
    let mut secret = [0u8; 20];
    provider.fill_random(&mut secret).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    let mut approvers = vec![Approver {
        id: DEMO_OPERATOR.into(),
        role: crate::ApproverRole::Human,
        group: None,
        keys: Jwks::default(),
        totp: Some(crate::TotpSecret {
            secret_base32: data_encoding::BASE32_NOPAD.encode(&secret),
            algorithm: aigos_crypto::otp::OtpAlgorithm::Sha1,
            digits: 6,
            step_secs: 30,
        }),
        email: None,
    }];
    for expert in DEMO_EXPERTS {
        let k = keygen(&format!("{expert}-key"))?;
        write_file(&dir.join(format!("keys/{expert}.key.pem")), pem(&k)?.as_bytes(), true)?;
        approvers.push(Approver {
            id: expert.into(),
            role: crate::ApproverRole::Expert,
            group: Some("experts".into()),
            keys: Jwks { keys: vec![k.public_jwk()] },
            totp: None,
            email: None,
        });
    }
    // TOTP secrets inside: private.
    write_file(&dir.join("approvers.json"), to_json(&approvers)?.as_bytes(), true)?;

    let mut mac = [0u8; 32];
    provider.fill_random(&mut mac).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    write_file(&dir.join("keys/audit.mac"), data_encoding::HEXLOWER.encode(&mac).as_bytes(), true)?;
    let mut enc = [0u8; 32];
    provider.fill_random(&mut enc).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    write_file(&dir.join("keys/audit.enc"), data_encoding::HEXLOWER.encode(&enc).as_bytes(), true)?;
    let checkpoint_key = keygen("audit-checkpoint-1")?;
    write_file(&dir.join("keys/audit-checkpoint.key.pem"), pem(&checkpoint_key)?.as_bytes(), true)?;
    write_file(&dir.join("keys/audit.jwks.json"), to_json(&Jwks { keys: vec![checkpoint_key.public_jwk()] })?.as_bytes(), false)?;
    // The audit directory is created (0700) by the log when the Guard
    // first opens it. The state file starts empty, so a missing one later
    // means it was removed.
    write_file(&dir.join("state.json"), b"{}", true)?;
    write_file(&dir.join("egress.toml"), b"# Destinations agents may reach (default deny).\nrules = []\n", false)?;
    write_file(&dir.join("kill-commands.yaml"), KILL_COMMANDS_HEADER.as_bytes(), false)?;

    let config = format!(
        r#"# aigos: the Guard's configuration (see docs/operations.md). Paths are relative to this file.
[guard]
provider = "{provider}"
step_timeout_ms = 2000
min_security_score = 0.3
skip = []

[identity]
audience = "aigos-guard"
registry = "registry.json"
golden_thread_keys = "keys/authority.jwks.json"
permit_key = "keys/guard.key.pem"
permit_kid = "guard-1"
executor = "tool-executor"
replay_capacity = 1000000

[policy]
bundle = "policy.bundle.json"
bundle_keys = "keys/authority.jwks.json"
max_payload_bytes = 1048576
max_payload_depth = 32

# What step 3 does with a payload finding: reject | review (MFA) | score | ignore.
[policy.inspection]
high = "reject"
medium = "review"
low = "score"

[runtime]
rate = 20
period_secs = 60
burst = 20
block_after = 5
kill_keys = "keys/authority.jwks.json"
watchdog_timeout_secs = 60
kill_commands = "kill-commands.yaml"
kill_poll_ms = 1000
kill_state = "kill-state.jsonl"

[network]
egress = "egress.toml"

[audit]
dir = "audit"
durability = "batch"
mac_key = "keys/audit.mac"
encryption_key = "keys/audit.enc"
checkpoint_key = "keys/audit-checkpoint.key.pem"
checkpoint_kid = "audit-checkpoint-1"
witness = "audit.witness.json"   # the latest signed checkpoint, outside audit/: move it to another volume

[approvers]
file = "approvers.json"
max_failures = 5
failure_window_secs = 900
lockout_secs = 900
challenge_ttl_secs = 300

# Used approvals and TOTP codes, failed attempts, lockouts, challenges and the
# highest policy bundle version accepted: kept across restarts.
[state]
backend = "file"
file = "state.json"
{a2a_section}"#,
        provider = provider.name()
    );
    write_file(&config_path, config.as_bytes(), false)?;
    #[cfg(feature = "network")]
    peer_config(dir, &config)?;
    Ok(config_path)
}

/// Agent-to-agent calls between the demo agent and a registered peer: a
/// development CA (not for production), a certificate per agent, the
/// peer's key and registry entry, a trust policy letting each call the
/// other, an empty deny list, and the `[a2a]` section.
#[cfg(feature = "network")]
fn a2a_setup(
    dir: &Path,
    registry: &mut aigos_identity::AgentRegistry,
    authority: &SigningKey,
    keygen: &dyn Fn(&str) -> Result<SigningKey, ConfigError>,
    pem: &dyn Fn(&SigningKey) -> Result<zeroize::Zeroizing<String>, ConfigError>,
    now: i64,
    provider: Provider,
) -> Result<String, ConfigError> {
    use aigos_core::AgentId;
    let invalid = |e: &dyn std::fmt::Display| ConfigError::Invalid(e.to_string());
    let ca = aigos_network::DevCa::generate(A2A_TRUST_DOMAIN).map_err(|e| invalid(&e))?;
    write_file(&dir.join("certs/ca.pem"), ca.certificate_pem().as_bytes(), false)?;
    write_file(&dir.join("certs/ca.key.pem"), ca.key_pem().as_bytes(), true)?;
    let server_section = server_setup(dir, &ca, provider)?;
    for agent in [DEMO_AGENT, PEER_AGENT] {
        let issued = ca.issue(agent).map_err(|e| invalid(&e))?;
        write_file(&dir.join(format!("certs/{agent}.pem")), issued.certificate_pem.as_bytes(), false)?;
        write_file(&dir.join(format!("certs/{agent}.key.pem")), issued.key_pem.as_bytes(), true)?;
    }
    let peer_kid = format!("{PEER_AGENT}-key-1");
    let peer = keygen(&peer_kid)?;
    write_file(&dir.join(format!("keys/{PEER_AGENT}.key.pem")), pem(&peer)?.as_bytes(), true)?;
    let approval = aigos_identity::Approval {
        ticket_id: "INIT-0002".into(),
        approved_by: "owner@example.invalid".into(),
        approved_at: time_rfc3339(now)?,
    };
    let bound = peer.public_jwk().thumbprint().map_err(|e| invalid(&e))?;
    let thread = aigos_identity::GoldenThread::sign(approval, &bound, now + 365 * 86_400, authority).map_err(|e| invalid(&e))?;
    registry
        .register(aigos_identity::AgentRecord {
            id: AgentId::new(PEER_AGENT).map_err(|e| invalid(&e))?,
            owner: "platform-team".into(),
            organization: Some(DEMO_ORGANIZATION.into()),
            keys: Jwks { keys: vec![peer.public_jwk()] },
            golden_thread: Some(thread),
            key_threads: Vec::new(),
            status: aigos_identity::AgentStatus::Active,
            // No tools (it only answers calls), and a budget all the same:
            // every agent has one, so nothing it is later given is unbounded.
            capabilities: aigos_core::Capabilities { max_budget_usd: aigos_core::CostUsd::new(10.0).ok(), ..Default::default() },
            lineage: None,
            registered_at: now - 30 * 86_400,
            instances: vec![aigos_core::InstanceId::new(format!("{PEER_AGENT}-1")).map_err(|e| invalid(&e))?],
        })
        .map_err(|e| invalid(&e))?;
    let trust = format!(
        "# Who may call whom over A2A (default deny; an explicit deny wins).\n\
         [[rules]]\nid = \"demo-pair\"\neffect = \"allow\"\n\
         peers = [\"spiffe://{A2A_TRUST_DOMAIN}/agent/{DEMO_AGENT}\", \"spiffe://{A2A_TRUST_DOMAIN}/agent/{PEER_AGENT}\"]\n\
         services = [\"agents\"]\n"
    );
    write_file(&dir.join("a2a-trust.toml"), trust.as_bytes(), false)?;
    write_file(
        &dir.join("a2a-deny.toml"),
        b"# Revoked certificates: serials (hex) and SPIFFE IDs. Re-read when it changes.\nserials = []\nspiffe_ids = []\n",
        false,
    )?;
    Ok(format!(
        r#"
# Agent-to-agent calls over mTLS (aigos a2a serve | call). The certificates
# come from a development CA (certs/ca.key.pem): replace them in production.
[a2a]
agent = "{DEMO_AGENT}"   # the agent this Guard's process speaks for (peer-agent.toml: peer-agent)
trust_domain = "{A2A_TRUST_DOMAIN}"
trust_bundle = "certs/ca.pem"
deny_list = "a2a-deny.toml"
trust_policy = "a2a-trust.toml"
service = "agents"
require_bound_tokens = true

[a2a.inbound]
require_governed = true
require_kill_switch = true
require_golden_thread = true
blocked_organizations = []

[a2a.outbound]
require_governed = true
require_golden_thread = true

[a2a.agents.{DEMO_AGENT}]
cert = "certs/{DEMO_AGENT}.pem"
key = "certs/{DEMO_AGENT}.key.pem"
token_key = "keys/{DEMO_AGENT}.key.pem"
token_kid = "{DEMO_AGENT_KID}"
listen = "127.0.0.1:8701"

[a2a.agents.{PEER_AGENT}]
cert = "certs/{PEER_AGENT}.pem"
key = "certs/{PEER_AGENT}.key.pem"
token_key = "keys/{PEER_AGENT}.key.pem"
token_kid = "{peer_kid}"
listen = "127.0.0.1:8702"
{server_section}"#
    ))
}

/// `aigos serve`: a server certificate for the loopback names from the
/// development CA, an operator bearer token (`keys/operator.token`, only
/// its SHA-256 in the configuration) and an operator client certificate,
/// and the `[server]` section.
#[cfg(feature = "network")]
fn server_setup(dir: &Path, ca: &aigos_network::DevCa, provider: Provider) -> Result<String, ConfigError> {
    let invalid = |e: &dyn std::fmt::Display| ConfigError::Invalid(e.to_string());
    let (cert, key) =
        ca.issue_server(&["localhost", "127.0.0.1", "::1"], std::time::Duration::from_secs(90 * 86_400)).map_err(|e| invalid(&e))?;
    write_file(&dir.join("certs/server.pem"), cert.as_bytes(), false)?;
    write_file(&dir.join("certs/server.key.pem"), key.as_bytes(), true)?;
    let operator = ca.issue(DEMO_OPERATOR).map_err(|e| invalid(&e))?;
    write_file(&dir.join(format!("certs/{DEMO_OPERATOR}.pem")), operator.certificate_pem.as_bytes(), false)?;
    write_file(&dir.join(format!("certs/{DEMO_OPERATOR}.key.pem")), operator.key_pem.as_bytes(), true)?;
    let mut secret = zeroize::Zeroizing::new([0u8; 32]);
    provider.fill_random(secret.as_mut()).map_err(|e| invalid(&e))?;
    let token = zeroize::Zeroizing::new(data_encoding::BASE64URL_NOPAD.encode(secret.as_ref()));
    write_file(&dir.join("keys/operator.token"), format!("{}\n", token.as_str()).as_bytes(), true)?;
    let hash = data_encoding::HEXLOWER.encode(&provider.sha256(token.as_bytes()));
    Ok(format!(
        r#"
# aigos serve: the Guard over HTTPS. The server certificate comes from the
# development CA (certs/ca.pem): replace it in production. Operator endpoints
# take the bearer token in keys/operator.token (only its SHA-256 is here) or
# the client certificate certs/{DEMO_OPERATOR}.pem.
[server]
listen = "127.0.0.1:8443"
cert = "certs/server.pem"
key = "certs/server.key.pem"
client_ca = "certs/ca.pem"
operator_tokens = ["sha256:{hash}"]
operator_ids = ["{operator_id}"]
"#,
        operator_id = operator.id,
    ))
}

/// `peer-agent.toml`: the peer agent's own Guard, on the same registry,
/// keys, policy and kill-command file, with its own state, audit log and
/// kill state (two Guards never share a state file or an audit log).
#[cfg(feature = "network")]
fn peer_config(dir: &Path, config: &str) -> Result<(), ConfigError> {
    let mut text = format!("# The Guard of {PEER_AGENT}'s process (aigos a2a serve --config peer-agent.toml).\n{config}");
    for (from, to) in [
        ("file = \"state.json\"", format!("file = \"{PEER_AGENT}.state.json\"")),
        ("dir = \"audit\"", format!("dir = \"{PEER_AGENT}.audit\"")),
        ("witness = \"audit.witness.json\"", format!("witness = \"{PEER_AGENT}.audit.witness.json\"")),
        ("kill_state = \"kill-state.jsonl\"", format!("kill_state = \"{PEER_AGENT}.kill-state.jsonl\"")),
        (&format!("agent = \"{DEMO_AGENT}\""), format!("agent = \"{PEER_AGENT}\"")),
    ] {
        if !text.contains(from) {
            return Err(ConfigError::Invalid(format!("init: {from} missing from the template")));
        }
        text = text.replacen(from, &to, 1);
    }
    write_file(&dir.join(format!("{PEER_AGENT}.state.json")), b"{}", true)?;
    write_file(&dir.join(format!("{PEER_AGENT}.toml")), text.as_bytes(), false)
}

/// The kill-command file `init` writes: a YAML list, so a command is added
/// by appending one line (`- ` and the JSON `aigos killswitch sign` prints).
const KILL_COMMANDS_HEADER: &str = "\
# Signed kill commands a running Guard applies (polled every kill_poll_ms).
# Add one by appending a line:
#   printf -- '- %s\\n' \"$(aigos killswitch sign --key keys/authority.key.pem --kid authority-1 --type terminate --target agent:ID)\" >> kill-commands.yaml
";

/// What the demo agent may do: the demo tools, spawning children with a
/// subset of them two generations deep, a 100 USD budget.
fn demo_capabilities() -> aigos_core::Capabilities {
    let set = |v: &[&str]| v.iter().map(|s| (*s).to_string()).collect();
    aigos_core::Capabilities {
        tools: set(&["config.*", "secrets.rotate", "system.*", "incident.*", "data.read", "agent.spawn"]),
        resources: set(&["*"]),
        max_budget_usd: aigos_core::CostUsd::new(100.0).ok(),
        can_spawn: true,
        max_child_depth: 2,
        expires_at: None,
    }
}

/// RFC 3339 of a Unix time (UTC, seconds).
fn time_rfc3339(unix: i64) -> Result<String, ConfigError> {
    let t = time::OffsetDateTime::from_unix_timestamp(unix).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    t.format(&time::format_description::well_known::Rfc3339).map_err(|e| ConfigError::Invalid(e.to_string()))
}

/// Pretty JSON of any serializable value.
fn to_json<T: Serialize>(value: &T) -> Result<String, ConfigError> {
    serde_json::to_string_pretty(value).map_err(|e| ConfigError::Invalid(e.to_string()))
}
