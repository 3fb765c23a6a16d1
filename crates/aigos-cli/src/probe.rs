//! `aigos security-audit --server URL`: active probes against a running
//! server, as an attacker and as the kill switch's issuer would act.
//!
//! - `probe.spawn_escalation`: a registered agent asks, with a valid
//!   token, to spawn a child with a tool it does not hold. The server must
//!   answer REJECTED `PRIVILEGE_ESCALATION` naming that tool. A rejection
//!   for another reason (identity, rate, a decay rule checked before the
//!   tools) proves nothing about tool decay and is a warning.
//! - `probe.kill_channels`: a PAUSE signed by a key the Guard trusts for
//!   kill commands, addressed to a canary instance no agent runs, is sent
//!   through each configured channel in turn (POST /v1/kill, the
//!   `kill_commands` file, each upstream in `kill_streams`, the fleet's
//!   Redis journal) and must come out of the server's command stream (what
//!   agents follow) within the timeout. Each canary is resumed afterwards.
//!
//! Every probe is an ordinary request: the server verifies, decides and
//! records it like any other, so the audit log shows the probe.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use aigos::config::GuardConfig;
use aigos::security_audit::{Check, Outcome};
use aigos_core::{ActionKind, ActionRequest, AgentId, Clock, Environment, Severity, SystemClock};
use aigos_crypto::{Provider, Signer};
use aigos_runtime::{CommandSource, CommandSpec, CommandType, KillCommand, SourceEvent, Target, TargetType};
use serde_json::{Value, json};

use crate::Failure;

/// What to probe and with what.
#[derive(Debug, Clone)]
pub(crate) struct ProbeOptions {
    /// The server's base URL.
    pub(crate) server: String,
    /// CA certificates (PEM) the server's certificate must chain to;
    /// default `[runtime] kill_stream_ca`, else the platform's roots.
    pub(crate) server_ca: Option<PathBuf>,
    /// The agent whose key signs the spawn probe (default: the first agent
    /// of `[a2a.agents]` that may spawn).
    pub(crate) agent: Option<String>,
    /// The key that signs the test PAUSE (default: a private key next to
    /// the configuration that `[runtime] kill_keys` trusts).
    pub(crate) kill_key: Option<PathBuf>,
    /// Its kid (default: the one `kill_keys` gives its public key).
    pub(crate) kill_kid: Option<String>,
    /// How long a command may take to come out of the server's stream.
    pub(crate) timeout: Duration,
}

/// The codes capability decay rejects a spawn with.
const DECAY_CODES: [&str; 6] =
    ["PRIVILEGE_ESCALATION", "BUDGET_ESCALATION", "EXPIRY_ESCALATION", "DEPTH_EXCEEDED", "SPAWN_NOT_ALLOWED", "EMPTY_CAPABILITIES"];

/// A tool no agent is given: the child asks for it on top of its parent's.
const PROBE_TOOL: &str = "security-audit.escalation-probe";

/// Who the probe's kill commands say issued them (pause and resume
/// sequences are kept per issuer, so the probe never outruns an operator's).
const ISSUER: &str = "aigos security-audit";

struct Probe<'a> {
    provider: Provider,
    config: &'a GuardConfig,
    base: &'a Path,
    opts: &'a ProbeOptions,
    server: String,
    client: reqwest::Client,
    ca: Option<Vec<u8>>,
}

/// Runs the probes against `opts.server`.
///
/// # Errors
/// [`Failure`] (usage) when the configuration does not load or the HTTP
/// client cannot be built; an unreachable server is a failed check.
pub(crate) async fn run(provider: Provider, config_path: &Path, opts: &ProbeOptions) -> Result<Vec<Check>, Failure> {
    check_scheme(&opts.server)?;
    let (config, base) = GuardConfig::load(config_path).map_err(Failure::usage)?;
    let ca_file = opts.server_ca.clone().or_else(|| config.runtime.as_ref().and_then(|r| r.kill_stream_ca.as_ref()).map(|p| base.join(p)));
    let ca = match &ca_file {
        Some(path) => Some(std::fs::read(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?),
        None => None,
    };
    let client = http_client(ca.as_deref(), Some(Duration::from_secs(10)))?;
    let probe = Probe { provider, config: &config, base: &base, opts, server: opts.server.trim_end_matches('/').to_owned(), client, ca };
    Ok(vec![probe.spawn_escalation().await, probe.kill_channels().await])
}

fn http_client(ca: Option<&[u8]>, timeout: Option<Duration>) -> Result<reqwest::Client, Failure> {
    // No redirects: a server must not send the probe's token and commands elsewhere.
    let mut builder = reqwest::Client::builder().connect_timeout(Duration::from_secs(10)).redirect(reqwest::redirect::Policy::none());
    if let Some(t) = timeout {
        builder = builder.timeout(t);
    }
    if let Some(pem) = ca {
        let certs = reqwest::Certificate::from_pem_bundle(pem).map_err(|e| Failure::usage(format!("server CA: {e}")))?;
        if certs.is_empty() {
            return Err(Failure::usage("server CA: no certificate in the PEM"));
        }
        builder = builder.tls_certs_only(certs);
    }
    builder.build().map_err(Failure::usage)
}

/// The most of an answer the probe reads.
const MAX_ANSWER_BYTES: usize = 1 << 20;

/// POSTs `body` as canonical JSON (RFC 8785: the server takes I-JSON
/// numbers in their shortest form only); the status and the JSON answer
/// (null when none, or longer than [`MAX_ANSWER_BYTES`]).
async fn post(client: &reqwest::Client, url: &str, body: &Value) -> Result<(u16, Value), String> {
    let bytes = aigos_core::canonical_json(body).map_err(|e| e.to_string())?;
    let mut resp =
        client.post(url).header("Content-Type", "application/json").body(bytes).send().await.map_err(|e| format!("{url}: {e}"))?;
    let status = resp.status().as_u16();
    let mut text = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| format!("{url}: {e}"))? {
        if text.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Ok((status, Value::Null));
        }
        text.extend_from_slice(&chunk);
    }
    Ok((status, serde_json::from_slice(&text).unwrap_or(Value::Null)))
}

/// A probe sends a real agent token and signed commands: over HTTPS, or
/// plain HTTP to a loopback address only.
fn check_scheme(url: &str) -> Result<(), Failure> {
    let parsed = url::Url::parse(url).map_err(|e| Failure::usage(format!("--server: not a URL: {e}")))?;
    // A password in the URL would be printed in the evidence.
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Failure::usage("--server: a URL without user or password"));
    }
    let loopback = match parsed.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(Failure::usage(format!("--server {url:?}: https:// (plain http:// only to a loopback address)"))),
    }
}

impl Probe<'_> {
    async fn spawn_escalation(&self) -> Check {
        let check = |outcome, evidence: String| {
            Check::new("probe.spawn_escalation", "capability", "A capability-escalating spawn is REJECTED by the running server", outcome, evidence)
                .with_fix("the server must run capability decay on every spawn: check that it runs this configuration, with the policy layer and the registry")
        };
        let (agent, key, request) = match self.spawn_request() {
            Ok(found) => found,
            Err(why) => return check(Outcome::Warn, format!("not probed: {why}")),
        };
        let token = match self.token(&key, &request) {
            Ok(t) => t,
            Err(e) => return check(Outcome::Warn, format!("not probed: signing the token: {e}")),
        };
        let mut body = match serde_json::to_value(&request) {
            Ok(v) => v,
            Err(e) => return check(Outcome::Warn, format!("not probed: {e}")),
        };
        body["token"] = json!(token);
        let (status, outcome) = match post(&self.client, &format!("{}/v1/validate", self.server), &body).await {
            Ok(answer) => answer,
            Err(e) => return check(Outcome::Fail, format!("the server did not answer: {e}")),
        };
        let decision = outcome["status"].as_str().unwrap_or("");
        let code = outcome["steps"]
            .as_array()
            .and_then(|steps| steps.iter().find(|s| matches!(s["result"].as_str(), Some("rejected" | "failed"))))
            .and_then(|s| s["code"].as_str())
            .unwrap_or("");
        let asked = format!("{agent} asked to spawn a child holding {PROBE_TOOL}, which it does not hold");
        match (status, decision) {
            (200, "REJECTED") if code == "PRIVILEGE_ESCALATION" && reasons(&outcome).contains(PROBE_TOOL) => {
                check(Outcome::Pass, format!("{asked}: REJECTED {code}"))
            }
            (200, "REJECTED") if DECAY_CODES.contains(&code) => check(
                Outcome::Warn,
                format!(
                    "{asked}: REJECTED {code}, before the tools were compared, so tool decay was not exercised ({})",
                    reasons(&outcome)
                ),
            ),
            (200, "REJECTED") => check(
                Outcome::Warn,
                format!("{asked}: REJECTED {code} before capability decay was reached, so decay was not exercised ({})", reasons(&outcome)),
            ),
            (200, other) => check(Outcome::Fail, format!("{asked}: {other} (a child may gain a capability its parent lacks)")),
            (status, _) => check(Outcome::Fail, format!("{asked}: HTTP {status} {outcome}")),
        }
    }

    /// The probing agent, its key and the spawn request it makes.
    fn spawn_request(&self) -> Result<(String, Arc<dyn Signer>, ActionRequest), String> {
        let identity = self.config.identity.as_ref().ok_or("no [identity] section: the server cannot know what an agent holds")?;
        let registry = aigos_identity::AgentRegistry::load(&self.base.join(&identity.registry)).map_err(|e| e.to_string())?;
        let agents = self.config.a2a.as_ref().map(|a| &a.agents);
        let chosen = agents.into_iter().flatten().find(|(id, _)| match &self.opts.agent {
            Some(wanted) => *id == wanted,
            None => AgentId::new(id.as_str()).ok().and_then(|a| registry.get(&a).map(|r| r.capabilities.can_spawn)).unwrap_or(false),
        });
        let Some((id, entry)) = chosen else {
            return Err(match &self.opts.agent {
                Some(a) => format!("no [a2a.agents.{a}] with a token_key"),
                None => "no agent that may spawn has a token_key in [a2a.agents] (name one with --probe-agent)".into(),
            });
        };
        let agent_id = AgentId::new(id.as_str()).map_err(|e| e.to_string())?;
        let record = registry.get(&agent_id).ok_or_else(|| format!("{id} is not in the registry"))?;
        let key = match entry.token_key.to_str().filter(|k| k.starts_with("pkcs11:")) {
            Some(uri) => {
                self.config.pkcs11.open(self.provider, self.base, uri, Some(&entry.token_kid), "token_key").map_err(|e| e.to_string())
            }
            None => crate::keys::read_key(self.provider, &self.base.join(&entry.token_key), &entry.token_kid).map_err(|e| e.to_string()),
        }?;
        if !record.capabilities.can_spawn {
            return Err(format!("{id} may not spawn, so its spawn would stop before tool decay"));
        }
        let parent = &record.capabilities;
        let mut child = parent.clone();
        child.tools.insert(PROBE_TOOL.to_owned());
        child.can_spawn = false;
        child.max_child_depth = 0;
        // The parent's own spawn tool, so the capability check lets the
        // request through to capability decay.
        let tool = parent.tools.iter().find(|t| t.contains("spawn") && !t.contains('*')).cloned().unwrap_or_else(|| "agent.spawn".into());
        let resource = parent.resources.iter().next().map(|r| r.trim_end_matches('*').to_owned()).unwrap_or_default();
        let mut builder = ActionRequest::builder(agent_id, tool)
            .action(ActionKind::Spawn)
            .severity(Severity::Low)
            .environment(Environment::Development)
            .resource(resource)
            .payload(json!({"capabilities": child, "mode": "EXPLICIT"}))
            .timestamp(SystemClock.now_secs());
        if let Some(instance) = record.instances.first() {
            builder = builder.instance(instance.clone());
        }
        let request = builder.build().map_err(|e| e.to_string())?;
        Ok((id.clone(), key, request))
    }

    fn token(&self, key: &Arc<dyn Signer>, request: &ActionRequest) -> Result<String, String> {
        let audience = self.config.identity.as_ref().map_or_else(|| "aigos-guard".to_owned(), |i| i.audience.clone());
        let req = aigos_identity::TokenRequest {
            sub: request.agent_id.to_string(),
            aud: vec![audience],
            ahash: Some(aigos_identity::action_hash(self.provider, request).map_err(|e| e.to_string())?),
            ..Default::default()
        };
        aigos_identity::TokenIssuer::new(key.clone()).issue(&req).map_err(|e| e.to_string())
    }

    async fn kill_channels(&self) -> Check {
        let check = |outcome, evidence: String| {
            Check::new(
                "probe.kill_channels",
                "kill switch",
                "A signed PAUSE reaches the running server through every configured kill channel within the timeout",
                outcome,
                evidence,
            )
            .with_fix("every channel in [runtime] must be one the server follows: check kill_commands, kill_poll_ms, kill_streams and the state backend it runs with")
        };
        let key = match self.kill_key() {
            Ok(k) => k,
            Err(why) => return check(Outcome::Warn, format!("not probed: {why}")),
        };
        let channels = self.channels();
        let seen = match self.follow_stream() {
            Ok(s) => s,
            Err(e) => return check(Outcome::Fail, format!("the server's command stream: {e}")),
        };
        let run = short_id(self.provider);
        let mut results = Vec::new();
        let mut canaries = Vec::new();
        let mut sequence = SystemClock.now_millis();
        for (i, channel) in channels.iter().enumerate() {
            let canary = format!("security-audit-canary-{run}-{i}");
            let command = match sign(key.as_ref(), CommandType::Pause, &canary, sequence) {
                Ok(c) => c,
                Err(e) => return check(Outcome::Warn, format!("not probed: signing the PAUSE: {e}")),
            };
            sequence += 1;
            let started = Instant::now();
            match self.deliver(channel, &command).await {
                // Resumed all the same: a failed delivery may still have been applied.
                Err(e) => {
                    canaries.push(canary);
                    results.push((channel.name(), Arrival::Failed(format!("not delivered: {e}"))));
                }
                Ok(Delivery::Skipped(why)) => results.push((channel.name(), Arrival::Skipped(why))),
                Ok(Delivery::Sent) => {
                    canaries.push(canary);
                    let arrived = wait_for(&seen.seen, &command.id, self.opts.timeout).await;
                    let result = if arrived {
                        Arrival::Seen(started.elapsed())
                    } else {
                        Arrival::Failed(format!("not out of the server's stream within {} s", self.opts.timeout.as_secs_f64()))
                    };
                    results.push((channel.name(), result));
                }
            }
        }
        // The canaries are resumed: nothing of the probe stays paused.
        let sent = canaries.len();
        let mut resumed = 0;
        for canary in &canaries {
            if let Ok(c) = sign(key.as_ref(), CommandType::Resume, canary, sequence) {
                sequence += 1;
                if matches!(self.deliver(&Channel::Http, &c).await, Ok(Delivery::Sent)) {
                    resumed += 1;
                }
            }
        }
        let listed: Vec<String> = results
            .iter()
            .map(|(name, r)| match r {
                Arrival::Seen(took) => format!("{name}: {} ms", took.as_millis()),
                Arrival::Failed(e) => format!("{name}: {e}"),
                Arrival::Skipped(why) => format!("{name}: not probed ({why})"),
            })
            .collect();
        let outcome = if results.iter().any(|(_, r)| matches!(r, Arrival::Failed(_))) {
            Outcome::Fail
        } else if results.iter().any(|(_, r)| matches!(r, Arrival::Skipped(_))) || resumed < sent {
            // A canary left paused is the probe's own mess: worth a look.
            Outcome::Warn
        } else {
            Outcome::Pass
        };
        check(
            outcome,
            format!(
                "PAUSE to canary instances security-audit-canary-{run}-* by {}, seen on {}/v1/kill/stream: {}; {resumed} of {sent} resumed",
                key.kid(),
                self.server,
                listed.join("; ")
            ),
        )
    }

    /// The key for the test PAUSE and its kid.
    fn kill_key(&self) -> Result<Arc<dyn Signer>, String> {
        let runtime = self.config.runtime.as_ref().ok_or("no [runtime] section: the server applies no kill command")?;
        if let Some(path) = &self.opts.kill_key {
            let kid = match &self.opts.kill_kid {
                Some(k) => k.clone(),
                None => self.trusted_kid(&runtime.kill_keys, path)?,
            };
            return crate::keys::read_key(self.provider, path, &kid).map_err(|e| e.to_string());
        }
        let found = aigos::security_audit::private_keys_trusted_by(self.base, std::slice::from_ref(&runtime.kill_keys));
        // Not a retired key: the Guard refuses what it signs now.
        let trusted = std::fs::read_to_string(self.base.join(&runtime.kill_keys)).ok().and_then(|t| aigos_crypto::Jwks::from_json(&t).ok());
        let now = SystemClock.now_secs();
        let retired = |key: &aigos_crypto::SigningKey| {
            trusted.as_ref().and_then(|j| j.find(key.kid().as_str())).and_then(aigos_crypto::Jwk::retired_at).is_some_and(|at| at <= now)
        };
        match found.into_iter().find(|(_, key)| !retired(key)) {
            Some((_, key)) => Ok(Arc::new(key)),
            None => Err("no private key that [runtime] kill_keys trusts next to the configuration (pass --kill-key and --kill-kid)".into()),
        }
    }

    /// The kid the JWKS file `jwks` gives the public key of the PEM key at `key`.
    fn trusted_kid(&self, jwks: &Path, key: &Path) -> Result<String, String> {
        let pem = std::fs::read_to_string(key).map_err(|e| format!("{}: {e} (a key in a token needs --kill-kid)", key.display()))?;
        let key = aigos_crypto::SigningKey::from_pkcs8_pem(self.provider, &pem).map_err(|e| format!("{}: {e}", key.display()))?;
        let text = std::fs::read_to_string(self.base.join(jwks)).map_err(|e| format!("{}: {e}", jwks.display()))?;
        let set = aigos_crypto::Jwks::from_json(&text).map_err(|e| format!("{}: {e}", jwks.display()))?;
        set.keys
            .iter()
            .find(|k| k.to_public_key().ok().as_ref() == Some(key.public_key()))
            .and_then(|k| k.kid.clone())
            .ok_or_else(|| format!("[runtime] kill_keys ({}) does not trust that key", jwks.display()))
    }

    /// Every channel the configuration says the server follows.
    fn channels(&self) -> Vec<Channel> {
        let mut channels = vec![Channel::Http];
        if let Some(r) = &self.config.runtime {
            if let Some(file) = &r.kill_commands {
                channels.push(Channel::File(self.base.join(file)));
            }
            channels.extend(r.kill_streams.iter().map(|u| Channel::Upstream(u.trim_end_matches('/').to_owned())));
        }
        if self.config.state.backend == aigos::config::StateBackend::Redis {
            channels.push(Channel::Redis);
        }
        channels
    }

    /// Follows the server's command stream as an agent does.
    fn follow_stream(&self) -> Result<Followed, String> {
        let mut source = match &self.ca {
            Some(ca) => aigos_runtime::SseSource::with_ca(&self.server, "security-audit-probe", ca),
            None => aigos_runtime::SseSource::new(&self.server, "security-audit-probe"),
        }
        .map_err(|e| e.to_string())?;
        let seen = Arc::new(std::sync::Mutex::new(HashSet::new()));
        let ids = seen.clone();
        let task = tokio::spawn(async move {
            loop {
                match source.next().await {
                    Ok(SourceEvent::Command(json)) => {
                        if let Some(id) = serde_json::from_str::<Value>(&json).ok().and_then(|v| v["id"].as_str().map(str::to_owned)) {
                            ids.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(id);
                        }
                    }
                    Ok(_) => {}
                    Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
                }
            }
        });
        Ok(Followed { seen, task })
    }

    async fn deliver(&self, channel: &Channel, command: &KillCommand) -> Result<Delivery, String> {
        let json = serde_json::to_value(command).map_err(|e| e.to_string())?;
        let sent = match channel {
            Channel::Http => expect_applied(post(&self.client, &format!("{}/v1/kill", self.server), &json).await?),
            Channel::Upstream(url) => {
                let ca = self.config.runtime.as_ref().and_then(|r| r.kill_stream_ca.as_ref()).map(|p| std::fs::read(self.base.join(p)));
                let ca = match ca {
                    Some(read) => Some(read.map_err(|e| format!("kill_stream_ca: {e}"))?),
                    None => None,
                };
                let client = http_client(ca.as_deref(), Some(Duration::from_secs(10))).map_err(|e| e.to_string())?;
                expect_applied(post(&client, &format!("{url}/v1/kill"), &json).await?)
            }
            Channel::File(path) => {
                use std::io::{Read, Seek, Write};
                let failed = |e: std::io::Error| format!("{}: {e}", path.display());
                let mut file = std::fs::OpenOptions::new().read(true).append(true).open(path).map_err(failed)?;
                let mut text = String::new();
                file.read_to_string(&mut text).map_err(failed)?;
                // The file is a YAML list, one command per item; a JSON
                // array is left alone (appending would break it).
                if text.trim_start().starts_with('[') {
                    return Ok(Delivery::Skipped("a JSON array file: the probe appends YAML list items only".into()));
                }
                file.seek(std::io::SeekFrom::End(0)).map_err(failed)?;
                let lead = if text.is_empty() || text.ends_with('\n') { "" } else { "\n" };
                let line = format!("{lead}- {}\n", serde_json::to_string(command).map_err(|e| e.to_string())?);
                file.write_all(line.as_bytes()).map_err(failed)
            }
            Channel::Redis => {
                let clock: Arc<dyn Clock> = Arc::new(SystemClock);
                let state = aigos_server::fleet::connect(self.config, self.base, &clock).await.map_err(|e| e.to_string())?;
                let state = state.ok_or("no Redis state configured")?;
                let entry = aigos_runtime::JournalEntry::Command(serde_json::to_string(command).map_err(|e| e.to_string())?);
                aigos_runtime::KillBus::publish(state.kill_bus().as_ref(), &entry).await.map_err(|e| e.to_string())
            }
        };
        sent.map(|()| Delivery::Sent)
    }
}

/// The server's command stream as the probe follows it: the ids seen so
/// far, and the task that fills them (stopped when this is dropped).
struct Followed {
    seen: Arc<std::sync::Mutex<HashSet<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Followed {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// What became of a PAUSE sent through a channel.
enum Arrival {
    /// Out of the server's stream after this long.
    Seen(Duration),
    /// Not delivered, or not seen in time.
    Failed(String),
    /// The channel could not be probed without harm.
    Skipped(String),
}

/// Whether a command went out.
enum Delivery {
    Sent,
    Skipped(String),
}

/// A kill channel the configuration names.
enum Channel {
    /// `POST /v1/kill` on the server itself.
    Http,
    /// `[runtime] kill_commands`, appended to.
    File(PathBuf),
    /// A server in `[runtime] kill_streams` this one follows.
    Upstream(String),
    /// The fleet's kill journal in Redis.
    Redis,
}

impl Channel {
    fn name(&self) -> String {
        match self {
            Channel::Http => "POST /v1/kill".into(),
            Channel::File(p) => format!("file {}", p.display()),
            Channel::Upstream(u) => format!("upstream {u}"),
            Channel::Redis => "Redis kill journal".into(),
        }
    }
}

fn expect_applied((status, body): (u16, Value)) -> Result<(), String> {
    // A 500 KILL_UNRECORDED was applied all the same.
    if (status == 200 || status == 500) && body["applied"] == true {
        Ok(())
    } else {
        Err(format!("HTTP {status} {}", body["code"].as_str().unwrap_or("")))
    }
}

fn sign(key: &dyn Signer, kind: CommandType, canary: &str, sequence: u64) -> Result<KillCommand, String> {
    let spec = CommandSpec {
        kind,
        target: Target { kind: TargetType::Instance, ids: vec![canary.to_owned()] },
        reason: "aigos security-audit: kill-channel probe on a canary instance".into(),
        issued_by: ISSUER.into(),
        sequence,
        now: SystemClock.now_secs(),
        ttl: Duration::from_secs(600),
    };
    KillCommand::issue(key, spec).map_err(|e| e.to_string())
}

async fn wait_for(seen: &std::sync::Mutex<HashSet<String>>, id: &str, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        if seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner).contains(id) {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Eight random hex digits naming this run's canaries.
fn short_id(provider: Provider) -> String {
    let mut bytes = [0u8; 4];
    if provider.fill_random(&mut bytes).is_err() {
        return SystemClock.now_millis().to_string();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn reasons(outcome: &Value) -> String {
    outcome["reasons"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("; ")).unwrap_or_default()
}
