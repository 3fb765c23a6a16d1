//! `aigos security-audit`: the AIGOS deployment checklist (token, identity,
//! kill switch, capability, network, audit) as named checks against a
//! Guard's configuration, its key files, registry, policy and network
//! settings. Each check passes, warns or fails, with its evidence and a fix.
//! The checks read files only; nothing is started or signed.
//!
//! ```
//! use aigos::security_audit::{Options, Outcome, run};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let config = aigos::config::init(dir.path(), aigos_crypto::default_provider(), 1_800_000_000).unwrap();
//! let report = run(&config, &Options::at(1_800_000_000)).unwrap();
//! let check = |id: &str| report.checks.iter().find(|c| c.id == id).unwrap().outcome;
//! assert_eq!(check("audit.immutable"), Outcome::Pass);
//! assert_eq!(check("keys.hsm"), Outcome::Fail, "aigos init writes PEM files");
//! ```

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::config::{ConfigError, GuardConfig};

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Outcome {
    /// As the checklist asks.
    Pass,
    /// Not wrong, but worth a look (or not checked without an option).
    Warn,
    /// Against the checklist: `aigos security-audit` exits 1.
    Fail,
}

/// One named check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Check {
    /// Stable id (`keys.hsm`), the SARIF rule id.
    pub id: &'static str,
    /// The checklist section it comes from: token, identity, kill switch,
    /// capability, network, audit.
    pub section: &'static str,
    /// The checklist item, as a sentence.
    pub title: &'static str,
    /// What it found.
    pub outcome: Outcome,
    /// The facts it decided on.
    pub evidence: String,
    /// How to fix a failure or warning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    /// The file at fault, if one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
}

/// Every check, in checklist order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// The configuration audited.
    pub config: PathBuf,
    /// The checks.
    pub checks: Vec<Check>,
}

impl Check {
    /// A check made elsewhere (the CLI's active probes against a running
    /// server), to join a [`Report`].
    pub fn new(id: &'static str, section: &'static str, title: &'static str, outcome: Outcome, evidence: impl Into<String>) -> Self {
        Check { id, section, title, outcome, evidence: evidence.into(), fix: None, file: None }
    }

    /// With how to fix it (kept only when the check did not pass).
    #[must_use]
    pub fn with_fix(mut self, fix: impl Into<String>) -> Self {
        Fix::fix(&mut self, fix);
        self
    }
}

impl Report {
    /// Whether any check failed.
    pub fn failed(&self) -> bool {
        self.checks.iter().any(|c| c.outcome == Outcome::Fail)
    }

    /// Counts of pass, warn, fail.
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |o| self.checks.iter().filter(|c| c.outcome == o).count();
        (n(Outcome::Pass), n(Outcome::Warn), n(Outcome::Fail))
    }
}

/// What else to audit.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Options {
    /// Now (Unix seconds), for key ages and golden-thread expiry.
    pub now: i64,
    /// A directory of Kubernetes manifests whose NetworkPolicy must match
    /// the one rendered from the egress rules and `DIR/network.toml`.
    pub kube: Option<PathBuf>,
}

impl Options {
    /// Options at `now`.
    pub fn at(now: i64) -> Self {
        Options { now, kube: None }
    }
}

/// The most a key may age before the audit warns (90 days) and fails (a year).
const KEY_AGE_WARN_DAYS: i64 = 90;
const KEY_AGE_FAIL_DAYS: i64 = 365;

struct Ctx<'a> {
    config: &'a GuardConfig,
    base: &'a Path,
    opts: &'a Options,
    checks: Vec<Check>,
}

impl Ctx<'_> {
    fn push(&mut self, id: &'static str, section: &'static str, title: &'static str, outcome: Outcome, evidence: String) -> &mut Check {
        self.checks.push(Check { id, section, title, outcome, evidence, fix: None, file: None });
        let last = self.checks.len() - 1;
        &mut self.checks[last]
    }
}

trait Fix {
    fn fix(&mut self, fix: impl Into<String>) -> &mut Self;
    fn file(&mut self, file: PathBuf) -> &mut Self;
}

impl Fix for Check {
    fn fix(&mut self, fix: impl Into<String>) -> &mut Self {
        if self.outcome != Outcome::Pass {
            self.fix = Some(fix.into());
        }
        self
    }
    fn file(&mut self, file: PathBuf) -> &mut Self {
        self.file = Some(file);
        self
    }
}

/// Audits the deployment `config_path` describes.
///
/// # Errors
/// [`ConfigError`] when the configuration itself cannot be read or parsed
/// (what it names is checked, not required to load).
pub fn run(config_path: &Path, opts: &Options) -> Result<Report, ConfigError> {
    let (config, base) = GuardConfig::load(config_path)?;
    let mut cx = Ctx { config: &config, base: &base, opts, checks: Vec::new() };
    keys_hsm(&mut cx);
    key_files(&mut cx);
    key_rotation(&mut cx);
    token_algorithms(&mut cx);
    token_ttl(&mut cx);
    jwks_https(&mut cx);
    golden_threads(&mut cx);
    kill_channels(&mut cx);
    watchdog(&mut cx);
    capabilities(&mut cx);
    network(&mut cx);
    listener(&mut cx);
    audit(&mut cx);
    Ok(Report { config: config_path.to_owned(), checks: cx.checks })
}

/// The signing keys the Guard holds: (setting, value).
fn signing_settings(config: &GuardConfig) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(id) = &config.identity {
        out.push(("[identity] permit_key", id.permit_key.display().to_string()));
    }
    if let Some(key) = config.audit.as_ref().and_then(|a| a.checkpoint_key.as_ref()) {
        out.push(("[audit] checkpoint_key", key.display().to_string()));
    }
    out
}

/// Private key files under the setup whose public half an authority JWKS
/// trusts (retired or not).
fn authority_key_files(cx: &Ctx<'_>) -> Vec<PathBuf> {
    let jwks_files: Vec<PathBuf> = [
        cx.config.identity.as_ref().map(|i| i.golden_thread_keys.clone()),
        cx.config.policy.as_ref().map(|p| p.bundle_keys.clone()),
        cx.config.runtime.as_ref().map(|r| r.kill_keys.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    private_keys_trusted_by(cx.base, &jwks_files).into_iter().map(|(path, _)| path).collect()
}

/// The private keys (PKCS#8 PEM files in `base/keys/` and `base`) whose
/// public keys one of the JWKS files `jwks` (relative to `base`) trusts,
/// each with the `kid` that file gives it: the authority keys a
/// development setup keeps next to its Guard, which the audit fails and its
/// kill-switch probe signs with.
pub fn private_keys_trusted_by(base: &Path, jwks: &[PathBuf]) -> Vec<(PathBuf, aigos_crypto::SigningKey)> {
    let mut trusted = Vec::new();
    for path in jwks {
        if let Some(set) = std::fs::read_to_string(base.join(path)).ok().and_then(|t| aigos_crypto::Jwks::from_json(&t).ok()) {
            trusted.extend(set.keys.iter().filter_map(|k| Some((k.to_public_key().ok()?, k.kid.clone()))));
        }
    }
    let mut out = Vec::new();
    for dir in [base.join("keys"), base.to_owned()] {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if !path.to_string_lossy().ends_with(".pem") {
                continue;
            }
            let Some(key) = std::fs::read_to_string(&path)
                .ok()
                .and_then(|t| aigos_crypto::SigningKey::from_pkcs8_pem(aigos_crypto::default_provider(), &t).ok())
            else {
                continue;
            };
            let Some((_, kid)) = trusted.iter().find(|(public, _)| public == key.public_key()) else { continue };
            match kid.as_deref().and_then(|k| aigos_core::Kid::new(k).ok()) {
                Some(kid) => out.push((path, key.with_kid(kid))),
                None => out.push((path, key)),
            }
        }
    }
    out
}

/// The key settings the Guard signs with, a ring's current and pending
/// entries included (with a ring, the Guard signs with those).
fn signing_keys_in_use(cx: &Ctx<'_>) -> Vec<(String, String)> {
    use crate::keyring::{KeyRing, Role, ring_path};
    let mut out: Vec<(String, String)> = signing_settings(cx.config).into_iter().map(|(s, v)| (s.to_owned(), v)).collect();
    for role in [Role::Permit, Role::Checkpoint] {
        if let Ok(ring) = KeyRing::load(&ring_path(cx.base, role)) {
            for k in ring.keys.iter().filter(|k| k.retired_at.is_none_or(|at| at > cx.opts.now)) {
                out.push((format!("{} ring key {}", role.name(), k.kid), k.key.clone()));
            }
        }
    }
    out
}

fn keys_hsm(cx: &mut Ctx<'_>) {
    let settings = signing_keys_in_use(cx);
    let in_files: Vec<String> = settings.iter().filter(|(_, v)| !v.starts_with("pkcs11:")).map(|(s, v)| format!("{s} = {v:?}")).collect();
    let mut offenders = in_files;
    for authority in authority_key_files(cx) {
        offenders.push(format!("the authority key {} next to the Guard", authority.display()));
    }
    let (outcome, evidence) = verdict(&offenders, Outcome::Fail, "; ", "private keys in files, read into memory", || {
        format!("{} signing key(s) in a PKCS#11 token", settings.len())
    });
    cx.push("keys.hsm", "identity", "Private keys are secured in an HSM or KMS", outcome, evidence).fix(
        "create the keys in the token (`aigos keygen --pkcs11 pkcs11:token=...;object=...`), point the settings at the URIs, \
         move the authority key off the Guard's host (docs/operations.md, Keys in an HSM)",
    );
}

/// Every file holding a secret: private keys, MAC and encryption keys,
/// approvers (TOTP secrets), certificate keys.
fn secret_files(cx: &Ctx<'_>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let keys = cx.base.join("keys");
    if let Ok(entries) = std::fs::read_dir(&keys) {
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
            if name.ends_with(".key.pem")
                || name.ends_with(".mac")
                || name.ends_with(".enc")
                || name.ends_with(".pin")
                || name.ends_with(".token")
            {
                files.push(p);
            }
        }
    }
    if let Ok(entries) = std::fs::read_dir(cx.base.join("certs")) {
        files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.to_string_lossy().ends_with(".key.pem")));
    }
    for (_, v) in signing_keys_in_use(cx) {
        if !v.starts_with("pkcs11:") {
            files.push(cx.base.join(v));
        }
    }
    files.extend(authority_key_files(cx));
    if let Some(a) = &cx.config.approvers {
        files.push(cx.base.join(&a.file));
    }
    if let Some(a) = &cx.config.audit {
        files.extend([&a.mac_key, &a.encryption_key].into_iter().flatten().map(|p| cx.base.join(p)));
    }
    if let Some(k) = cx.config.server.as_ref().and_then(|s| s.key.as_ref()) {
        files.push(cx.base.join(k));
    }
    if let Some(a) = &cx.config.a2a {
        for agent in a.agents.values() {
            files.extend(
                [&agent.key, &agent.token_key].into_iter().filter(|p| !p.to_string_lossy().starts_with("pkcs11:")).map(|p| cx.base.join(p)),
            );
        }
    }
    files.extend(cx.config.state.password_file.iter().map(|p| cx.base.join(p)));
    files.extend(cx.config.pkcs11.pin_file.iter().map(|p| cx.base.join(p)));
    files.sort();
    files.dedup();
    files
}

fn key_files(cx: &mut Ctx<'_>) {
    let files = secret_files(cx);
    let trusted = trusted_files(cx);
    let mut bad = Vec::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        for f in &files {
            match std::fs::metadata(f) {
                Ok(m) if m.mode() & 0o077 != 0 => bad.push(format!("{} is mode {:o}", f.display(), m.mode() & 0o777)),
                Ok(_) => {}
                // A retired key's private file may be removed (the ring keeps its public key).
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => bad.push(format!("{}: {e}", f.display())),
            }
        }
        for f in &trusted {
            if let Ok(m) = std::fs::metadata(f)
                && m.mode() & 0o022 != 0
            {
                bad.push(format!(
                    "{} (trusted: keys, registry, rings) is writable by group or others (mode {:o})",
                    f.display(),
                    m.mode() & 0o777
                ));
            }
        }
    }
    let (outcome, evidence) = if bad.is_empty() {
        (
            Outcome::Pass,
            format!(
                "{} secret file(s) readable by their owner only; {} trusted file(s) and directories writable by their owner only",
                files.len(),
                trusted.len()
            ),
        )
    } else {
        (Outcome::Fail, bad.join("; "))
    };
    cx.push("keys.file_modes", "identity", "Key files are readable by their owner only", outcome, evidence)
        .fix("chmod 600 the secret files named (chmod go-w the trusted ones) and chown them to the Guard's user");
}

fn key_rotation(cx: &mut Ctx<'_>) {
    use crate::keyring::{KeyRing, Role, ring_path};
    let now = cx.opts.now;
    let mut ages = Vec::new();
    let roles = [
        (Role::Permit, signing_settings(cx.config).first().map(|(_, v)| v.clone())),
        (Role::Authority, Some("keys/authority.key.pem".into())),
        (Role::Checkpoint, cx.config.audit.as_ref().and_then(|a| a.checkpoint_key.as_ref()).map(|p| p.display().to_string())),
    ];
    for (role, setting) in roles {
        let ring = ring_path(cx.base, role);
        let created = if ring.exists() {
            KeyRing::load(&ring).ok().and_then(|r| r.keys.last().map(|k| k.created_at))
        } else {
            setting.filter(|s| !s.starts_with("pkcs11:")).and_then(|s| {
                let modified = std::fs::metadata(cx.base.join(s)).ok()?.modified().ok()?;
                i64::try_from(modified.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs()).ok()
            })
        };
        if let Some(created) = created {
            ages.push((role.name(), now.saturating_sub(created) / 86_400));
        }
    }
    let oldest = ages.iter().map(|(_, d)| *d).max().unwrap_or(0);
    let outcome = if oldest > KEY_AGE_FAIL_DAYS {
        Outcome::Fail
    } else if oldest > KEY_AGE_WARN_DAYS {
        Outcome::Warn
    } else {
        Outcome::Pass
    };
    let evidence = ages.iter().map(|(r, d)| format!("{r} key {d} day(s) old")).collect::<Vec<_>>().join(", ");
    cx.push("keys.rotation", "identity", "Key rotation is scheduled (no key older than 90 days)", outcome, evidence)
        .fix("`aigos keys rotate --config aigos.toml --role permit|checkpoint|authority` (docs/operations.md, Key rotation)");
}

/// Files whose content the Guard trusts (a writer could add a key or an
/// agent): the JWKS files, the registry, the rings, the key directory.
fn trusted_files(cx: &Ctx<'_>) -> Vec<PathBuf> {
    let mut out = trusted_jwks(cx);
    if let Some(id) = &cx.config.identity {
        out.push(cx.base.join(&id.registry));
    }
    for role in [crate::keyring::Role::Permit, crate::keyring::Role::Checkpoint, crate::keyring::Role::Authority] {
        out.push(crate::keyring::ring_path(cx.base, role));
    }
    out.push(cx.base.join("keys"));
    out
}

/// Every JWKS the deployment trusts, as raw JSON (a key the parser would
/// refuse is still seen).
fn trusted_jwks(cx: &Ctx<'_>) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    if let Some(id) = &cx.config.identity {
        paths.push(cx.base.join(&id.golden_thread_keys));
    }
    if let Some(p) = &cx.config.policy {
        paths.push(cx.base.join(&p.bundle_keys));
    }
    if let Some(r) = &cx.config.runtime {
        paths.push(cx.base.join(&r.kill_keys));
    }
    if let Ok(entries) = std::fs::read_dir(cx.base.join("keys")) {
        paths.extend(entries.flatten().map(|e| e.path()).filter(|p| p.to_string_lossy().ends_with("jwks.json")));
    }
    paths.sort();
    paths.dedup();
    paths
}

fn token_algorithms(cx: &mut Ctx<'_>) {
    let mut weak = Vec::new();
    let mut keys = 0usize;
    let mut sets: Vec<(PathBuf, serde_json::Value)> = trusted_jwks(cx)
        .into_iter()
        .filter_map(|p| Some((p.clone(), serde_json::from_str(&std::fs::read_to_string(&p).ok()?).ok()?)))
        .collect();
    if let Some(id) = &cx.config.identity {
        let registry = cx.base.join(&id.registry);
        if let Some(v) = std::fs::read_to_string(&registry).ok().and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok()) {
            for agent in v["agents"].as_array().into_iter().flatten() {
                sets.push((registry.clone(), agent["keys"].clone()));
            }
        }
    }
    let mut file = None;
    for (path, set) in &sets {
        for k in set["keys"].as_array().into_iter().flatten() {
            keys += 1;
            let kty = k["kty"].as_str().unwrap_or_default();
            let alg = k["alg"].as_str().unwrap_or_default();
            if kty == "oct" || alg.starts_with("HS") || alg.eq_ignore_ascii_case("none") || kty == "RSA" {
                weak.push(format!("{} kid {:?}: kty {kty} alg {alg}", path.display(), k["kid"].as_str().unwrap_or("?")));
                file.get_or_insert_with(|| path.clone());
            }
        }
    }
    let (outcome, evidence) = verdict(&weak, Outcome::Fail, "; ", "keys a verifier could use for HS256, none or RS256", || {
        format!("{keys} trusted key(s), all ES256 or EdDSA; the verifier accepts no other algorithm")
    });
    let c = cx.push("token.algorithms", "token", "Tokens are verified with ES256 or EdDSA only (no HS256, no none)", outcome, evidence);
    c.fix("remove symmetric (oct) and RSA keys from the JWKS files; agents sign with ES256 or EdDSA keys");
    if let Some(f) = file {
        c.file(f);
    }
}

fn token_ttl(cx: &mut Ctx<'_>) {
    let Some(id) = &cx.config.identity else {
        cx.push(
            "token.ttl",
            "token",
            "Tokens live at most 5 minutes",
            Outcome::Fail,
            "no [identity] section: tokens are not verified".into(),
        )
        .fix("configure [identity]");
        return;
    };
    let ttl = id.max_token_ttl_secs;
    let outcome = if (1..=300).contains(&ttl) { Outcome::Pass } else { Outcome::Fail };
    cx.push("token.ttl", "token", "Tokens live at most 5 minutes", outcome, format!("[identity] max_token_ttl_secs = {ttl}"))
        .fix("set [identity] max_token_ttl_secs to 300 or less (agents fetch a fresh token per action)");
}

fn jwks_https(cx: &mut Ctx<'_>) {
    let (outcome, evidence) = match &cx.config.server {
        None => {
            (Outcome::Warn, "no [server]: the permit JWKS is not served (executors get keys/guard.jwks.json some other way)".to_owned())
        }
        Some(s) if s.insecure_plaintext => {
            (Outcome::Fail, format!("[server] insecure_plaintext = true on {}: /.well-known/jwks.json over HTTP", s.listen))
        }
        Some(s) => (Outcome::Pass, format!("[server] on {} with TLS: /.well-known/jwks.json over HTTPS only", s.listen)),
    };
    cx.push("jwks.https", "token", "JWKS is served over HTTPS only", outcome, evidence)
        .fix("configure [server] cert and key and drop insecure_plaintext");
}

fn golden_threads(cx: &mut Ctx<'_>) {
    let Some(id) = &cx.config.identity else { return };
    let registry_path = cx.base.join(&id.registry);
    let jwks_path = cx.base.join(&id.golden_thread_keys);
    let registry = aigos_identity::AgentRegistry::load(&registry_path);
    let jwks = std::fs::read_to_string(&jwks_path).ok().and_then(|t| aigos_crypto::Jwks::from_json(&t).ok());
    let (outcome, evidence) = match (registry, jwks) {
        (Err(e), _) => (Outcome::Fail, format!("the registry does not load: {e}")),
        (_, None) => (Outcome::Fail, format!("{} does not load as a JWKS of ES256/EdDSA keys", jwks_path.display())),
        (Ok(registry), Some(jwks)) => {
            let provider = aigos_crypto::default_provider();
            let resolve = |kid: &str| jwks.find(kid).and_then(|j| j.to_public_key().ok());
            let mut bad = Vec::new();
            let mut n = 0;
            for agent in registry.agents() {
                n += 1;
                if agent.golden_thread.is_none() {
                    bad.push(format!("{}: no golden thread", agent.id));
                }
                // The record's thread and those of its other keys (a rotation).
                for t in agent.golden_thread.iter().chain(&agent.key_threads) {
                    let report = t.verify(provider, &resolve, cx.opts.now, None);
                    let retired = jwks.find(&t.signer_kid).and_then(aigos_crypto::Jwk::retired_at);
                    if !report.is_valid() || !t.approved_before_retirement(retired) {
                        bad.push(format!("{}: golden thread for {} does not verify ({report:?})", agent.id, t.agent_kid));
                    }
                    // Bound to one of its keys by thumbprint (a kid is only a label).
                    if !agent.keys.keys.iter().any(|k| k.thumbprint().is_ok_and(|t2| t2 == t.agent_kid)) {
                        bad.push(format!("{}: its golden thread is bound to no key it has ({})", agent.id, t.agent_kid));
                    }
                }
            }
            if bad.is_empty() {
                (Outcome::Pass, format!("{n} agent(s), each with a golden thread that verifies"))
            } else {
                (Outcome::Fail, bad.join("; "))
            }
        }
    };
    cx.push(
        "registry.golden_threads",
        "identity",
        "Every agent has a verified golden thread (no agent without a signature)",
        outcome,
        evidence,
    )
    .fix("sign each agent's approval with the authority key (`aigos golden-thread sign`) and store it in the registry")
    .file(registry_path);
}

fn kill_channels(cx: &mut Ctx<'_>) {
    let Some(r) = &cx.config.runtime else {
        cx.push("kill.channels", "kill switch", "Several kill channels", Outcome::Fail, "no [runtime] section: no kill switch".into())
            .fix("configure [runtime]");
        return;
    };
    let mut channels = Vec::new();
    if let Some(f) = &r.kill_commands {
        channels.push(format!("file {}", f.display()));
    }
    channels.extend(r.kill_streams.iter().map(|s| format!("stream {s}")));
    if cx.config.state.backend == crate::config::StateBackend::Redis {
        channels.push("Redis kill bus".into());
    }
    if cx.config.server.is_some() {
        channels.push("POST /v1/kill on the server".into());
    }
    let outcome = if channels.len() >= 2 { Outcome::Pass } else { Outcome::Fail };
    cx.push(
        "kill.channels",
        "kill switch",
        "Several kill channels",
        outcome,
        format!("{} channel(s): {}", channels.len(), channels.join(", ")),
    )
    .fix("add a second channel: [runtime] kill_streams, the server's /v1/kill, or a shared Redis kill bus");
}

fn watchdog(cx: &mut Ctx<'_>) {
    let timeout = cx.config.runtime.as_ref().map(|r| r.watchdog_timeout_secs);
    let outcome = match timeout {
        Some(t) if (1..=60).contains(&t) => Outcome::Pass,
        _ => Outcome::Fail,
    };
    let evidence = timeout.map_or("no [runtime] section".into(), |t| format!("[runtime] watchdog_timeout_secs = {t}"));
    cx.push("kill.watchdog", "kill switch", "The watchdog is on with a timeout of 60 s or less", outcome, evidence)
        .fix("set [runtime] watchdog_timeout_secs between 1 and 60");
}

fn capabilities(cx: &mut Ctx<'_>) {
    let registry = cx.config.identity.as_ref().and_then(|id| aigos_identity::AgentRegistry::load(&cx.base.join(&id.registry)).ok());
    let agents: Vec<aigos_identity::AgentRecord> = registry.map(|r| r.agents().cloned().collect()).unwrap_or_default();
    cx.push(
        "capability.decay",
        "capability",
        "Capability decay is explicit",
        Outcome::Pass,
        "spawns default to EXPLICIT decay (the child asks, the parent must cover it); INHERIT is still intersected with the parent and capped".into(),
    );
    let deep: Vec<String> = agents
        .iter()
        .filter(|a| a.capabilities.can_spawn && a.capabilities.max_child_depth > 3)
        .map(|a| format!("{} ({})", a.id, a.capabilities.max_child_depth))
        .collect();
    let (outcome, evidence) = verdict(&deep, Outcome::Warn, ", ", "spawners allowed deeper than 3 generations", || {
        format!("{} agent(s); every spawner's max_child_depth is 3 or less", agents.len())
    });
    cx.push("capability.max_depth", "capability", "A maximum spawn depth is set", outcome, evidence)
        .fix("lower max_child_depth in the registry");
    let unbudgeted: Vec<String> = agents.iter().filter(|a| a.capabilities.max_budget_usd.is_none()).map(|a| a.id.to_string()).collect();
    let (mut outcome, evidence) =
        verdict(&unbudgeted, Outcome::Fail, ", ", "no budget", || format!("{} agent(s), each with max_budget_usd", agents.len()));
    if agents.is_empty() {
        outcome = Outcome::Fail;
    }
    cx.push("capability.budgets", "capability", "Budgets are set", outcome, evidence)
        .fix("set capabilities.max_budget_usd for every agent in the registry");
    let universal: Vec<String> = agents
        .iter()
        .filter(|a| a.capabilities.tools.iter().any(|t| !t.is_empty() && t.bytes().all(|b| b == b'*')))
        .map(|a| a.id.to_string())
        .collect();
    let (outcome, evidence) = verdict(&universal, Outcome::Warn, ", ", "agents allowed every tool", || {
        "an empty tools list grants nothing (a request for any tool is rejected); no agent holds \"*\"".to_owned()
    });
    cx.push("capability.empty", "capability", "Empty capabilities grant nothing; no agent holds every tool", outcome, evidence)
        .fix("list the tools each agent needs instead of \"*\"");
}

fn network(cx: &mut Ctx<'_>) {
    // Egress default deny.
    match &cx.config.network {
        None => {
            cx.push(
                "network.egress",
                "network",
                "Egress is filtered, default deny",
                Outcome::Fail,
                "no [network] section: URLs in payloads are not checked".into(),
            )
            .fix("configure [network] egress with the destinations agents need");
        }
        Some(n) => {
            let path = cx.base.join(&n.egress);
            let cfg = read_egress(&path);
            let (outcome, evidence) = match cfg {
                None => (Outcome::Fail, format!("{} does not parse", path.display())),
                Some(c) => {
                    let open: Vec<String> = c
                        .rules
                        .iter()
                        .filter(|r| r.hosts.iter().any(|h| broad_host(h)) || r.cidrs.iter().any(broad_net))
                        .map(|r| r.id.clone())
                        .collect();
                    if open.is_empty() {
                        (Outcome::Pass, format!("{} allow rule(s); anything else is denied", c.rules.len()))
                    } else {
                        (
                            Outcome::Fail,
                            format!("rules that allow a whole top-level domain or a large share of the address space: {}", open.join(", ")),
                        )
                    }
                }
            };
            cx.push("network.egress", "network", "Egress is filtered, default deny", outcome, evidence)
                .fix("replace allow-all rules with the hosts agents need")
                .file(path);
        }
    }
    // Agent-to-agent mTLS.
    let (outcome, evidence) = match &cx.config.a2a {
        Some(a) => (
            Outcome::Pass,
            format!(
                "[a2a] trust domain {} with trust bundle {}: agents call each other over mTLS only",
                a.trust_domain,
                a.trust_bundle.display()
            ),
        ),
        None => (Outcome::Warn, "no [a2a] section: agent-to-agent calls do not go through the Guard".into()),
    };
    cx.push("network.mtls", "network", "Agent-to-agent calls use mTLS", outcome, evidence)
        .fix("configure [a2a] (docs/operations.md, Agent-to-agent mTLS)");
    // NetworkPolicy.
    let (outcome, evidence) = match &cx.opts.kube {
        None => (Outcome::Warn, "not checked: give --kube DIR with the manifests (and DIR/network.toml)".to_owned()),
        Some(dir) => kube_policy(cx, dir),
    };
    cx.push("network.policies", "network", "Network policies are applied", outcome, evidence)
        .fix("apply the NetworkPolicy `aigos network render --config DIR/network.toml` prints");
}

/// The egress file as the Guard reads it (TOML, or JSON when it starts with `{`).
fn read_egress(path: &Path) -> Option<aigos_network::EgressConfig> {
    let text = std::fs::read_to_string(path).ok()?;
    if text.trim_start().starts_with('{') { serde_json::from_str(&text).ok() } else { toml::from_str(&text).ok() }
}

/// A host pattern that admits everything or a whole top-level domain (`*`, `*.com`).
fn broad_host(h: &str) -> bool {
    h == "*" || h.strip_prefix("*.").is_some_and(|rest| !rest.contains('.'))
}

/// A range wider than a /8 (IPv4) or a /16 (IPv6).
fn broad_net(n: &ipnet::IpNet) -> bool {
    match n {
        ipnet::IpNet::V4(v4) => v4.prefix_len() < 8,
        ipnet::IpNet::V6(v6) => v6.prefix_len() < 16,
    }
}

/// The NetworkPolicy rendered from `DIR/network.toml` with the Guard's
/// egress rules is among the manifests in `DIR`.
fn kube_policy(cx: &Ctx<'_>, dir: &Path) -> (Outcome, String) {
    let spec = dir.join("network.toml");
    let Some(mut net) = std::fs::read_to_string(&spec).ok().and_then(|t| toml::from_str::<aigos_network::NetworkConfig>(&t).ok()) else {
        return (Outcome::Fail, format!("{} is missing or does not parse", spec.display()));
    };
    if let Some(n) = &cx.config.network
        && let Some(egress) = read_egress(&cx.base.join(&n.egress))
    {
        net.egress = egress.rules;
    }
    let Ok(expected) = serde_json::to_value(net.network_policy()) else { return (Outcome::Fail, "the policy does not render".into()) };
    let mut found = 0usize;
    let mut matched = None;
    let mut opened = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if !path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for doc in serde_norway::Deserializer::from_str(&text) {
            let Ok(value) = <serde_json::Value as serde::Deserialize>::deserialize(doc) else { continue };
            if value["kind"] == "NetworkPolicy" {
                found += 1;
                if value["metadata"]["name"] == expected["metadata"]["name"]
                    && value["metadata"]["namespace"] == expected["metadata"]["namespace"]
                    && value["spec"] == expected["spec"]
                {
                    matched = Some(path.clone());
                } else if value["spec"]["egress"]
                    .as_array()
                    .is_some_and(|rules| rules.iter().any(|r| r.get("to").and_then(serde_json::Value::as_array).is_none_or(Vec::is_empty)))
                {
                    // Policies add up: one that lets the pods reach anything opens what the rendered one closes.
                    opened.push(format!("{} ({})", value["metadata"]["name"], path.display()));
                }
            }
        }
    }
    match matched {
        Some(_) if !opened.is_empty() => (Outcome::Fail, format!("other NetworkPolicies allow egress anywhere: {}", opened.join(", "))),
        Some(path) => (Outcome::Pass, format!("{} holds the rendered NetworkPolicy {}", path.display(), expected["metadata"]["name"])),
        None => (
            Outcome::Fail,
            format!("none of the {found} NetworkPolicy manifest(s) in {} is the one rendered from the egress rules", dir.display()),
        ),
    }
}

fn listener(cx: &mut Ctx<'_>) {
    let Some(s) = &cx.config.server else {
        cx.push("server.listen", "network", "No public endpoint without mTLS", Outcome::Pass, "no [server]: nothing listens".into());
        return;
    };
    let ip = s.listen.ip();
    let private = ip.is_loopback()
        || match ip {
            std::net::IpAddr::V4(v4) => v4.is_private() || v4.is_link_local(),
            std::net::IpAddr::V6(v6) => v6.is_unique_local() || v6.is_unicast_link_local(),
        };
    let mtls = s.require_client_cert && s.client_ca.is_some();
    let (outcome, evidence) = if private {
        (Outcome::Pass, format!("listens on {} (not a public address)", s.listen))
    } else if mtls && !s.insecure_plaintext {
        (Outcome::Pass, format!("listens on {} and requires client certificates", s.listen))
    } else {
        (Outcome::Fail, format!("listens on {} (a public or unspecified address) without required client certificates", s.listen))
    };
    cx.push("server.listen", "network", "No public endpoint without mTLS", outcome, evidence)
        .fix("listen on a loopback or private address behind the platform's ingress, or set require_client_cert with client_ca");
}

fn audit(cx: &mut Ctx<'_>) {
    let Some(a) = &cx.config.audit else {
        cx.push(
            "audit.immutable",
            "audit",
            "Logs are immutable (signed checkpoints, witness)",
            Outcome::Fail,
            "no [audit] section: nothing is recorded".into(),
        )
        .fix("configure [audit]");
        return;
    };
    let mut missing = Vec::new();
    if a.mac_key.is_none() {
        missing.push("mac_key");
    }
    if a.checkpoint_key.is_none() {
        missing.push("checkpoint_key");
    }
    if a.witness.is_none() {
        missing.push("witness (no witness: truncating the log and its checkpoints goes unnoticed)");
    }
    let (outcome, evidence) = verdict(&missing, Outcome::Fail, ", ", "missing", || {
        "records MACed, checkpoints signed, the latest one copied to a witness outside the log".to_owned()
    });
    cx.push("audit.immutable", "audit", "Logs are immutable (signed checkpoints, witness)", outcome, evidence)
        .fix("set [audit] mac_key, checkpoint_key and witness (on another volume)");
    let (outcome, evidence) = match a.retention_days {
        Some(d) => (Outcome::Pass, format!("[audit] retention_days = {d}")),
        None => (Outcome::Warn, "no [audit] retention_days: segments are kept forever".into()),
    };
    cx.push("audit.retention", "audit", "Retention is configured", outcome, evidence)
        .fix("set [audit] retention_days (and archive_dir or archive_command)");
    let dir = cx.base.join(&a.dir);
    #[cfg(unix)]
    let (outcome, evidence) = {
        use std::os::unix::fs::MetadataExt;
        match std::fs::metadata(&dir) {
            Ok(m) if m.mode() & 0o077 == 0 => (
                Outcome::Pass,
                format!(
                    "{} is mode {:o}: only its owner reads it, and reads through `aigos audit show`/`prove` are recorded in the log (by uid)",
                    dir.display(),
                    m.mode() & 0o777
                ),
            ),
            Ok(m) => (Outcome::Fail, format!("{} is mode {:o}: others read the log without a trace", dir.display(), m.mode() & 0o777)),
            Err(_) => (Outcome::Warn, format!("{} does not exist yet (created 0700 at the Guard's first start)", dir.display())),
        }
    };
    #[cfg(not(unix))]
    let (outcome, evidence) = (Outcome::Warn, "file modes are not checked on this platform".to_owned());
    cx.push("audit.access", "audit", "Access to the logs is logged", outcome, evidence)
        .fix("chmod 700 the log directory; read it through `aigos audit show`")
        .file(dir);
}

/// The outcome and evidence of a check that lists its offenders: a pass
/// (with `pass`'s evidence) when there are none, else `otherwise` with
/// `what` and the offenders joined by `sep`.
fn verdict<T: AsRef<str>>(offenders: &[T], otherwise: Outcome, sep: &str, what: &str, pass: impl FnOnce() -> String) -> (Outcome, String) {
    if offenders.is_empty() {
        (Outcome::Pass, pass())
    } else {
        let listed: Vec<&str> = offenders.iter().map(AsRef::as_ref).collect();
        (otherwise, format!("{what}: {}", listed.join(sep)))
    }
}
