//! `aigos security-audit`: the deployment checklist as Markdown, JSON or
//! SARIF 2.1.0 (for code-scanning tools).

use std::path::{Path, PathBuf};

use aigos::security_audit::{Check, Options, Outcome, Report};
use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use crate::Failure;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Md,
    Json,
    Sarif,
}

#[derive(Debug, Args)]
pub(crate) struct SecurityAuditArgs {
    /// The Guard's configuration.
    #[arg(long)]
    config: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// Kubernetes manifests (and DIR/network.toml) whose NetworkPolicy must
    /// be the one rendered from the egress rules.
    #[arg(long, value_name = "DIR")]
    kube: Option<PathBuf>,
    /// A running server to probe: a capability-escalating spawn must be
    /// REJECTED, and a signed PAUSE to a canary instance must come out of
    /// its command stream through every configured kill channel.
    #[arg(long, value_name = "URL")]
    server: Option<String>,
    /// CA certificates (PEM) the server's certificate chains to (default:
    /// `[runtime] kill_stream_ca`, else the platform's roots).
    #[arg(long, value_name = "FILE", requires = "server")]
    server_ca: Option<PathBuf>,
    /// The agent of `[a2a.agents]` whose token key signs the spawn probe
    /// (default: the first that may spawn).
    #[arg(long, value_name = "ID", requires = "server")]
    probe_agent: Option<String>,
    /// The key that signs the test PAUSE (default: a private key next to
    /// the configuration that `[runtime] kill_keys` trusts).
    #[arg(long, value_name = "FILE", requires = "server")]
    kill_key: Option<PathBuf>,
    /// The kid of --kill-key (default: the one `kill_keys` gives it).
    #[arg(long, value_name = "KID", requires = "kill_key")]
    kill_kid: Option<String>,
    /// Seconds a PAUSE may take to come out of the server's stream
    /// (AIGOS SPEC-RT-005: under 60 s from issue to effect).
    #[arg(long, value_name = "SECS", default_value_t = 60, requires = "server")]
    probe_timeout: u64,
}

/// Runs the checks and prints the report; exit 1 when a check fails.
pub(crate) fn run(provider: aigos_crypto::Provider, args: &SecurityAuditArgs) -> Result<(), Failure> {
    let now = aigos_core::Clock::now_secs(&aigos_core::SystemClock);
    let mut opts = Options::at(now);
    opts.kube.clone_from(&args.kube);
    let mut report = aigos::security_audit::run(&args.config, &opts).map_err(Failure::usage)?;
    if let Some(server) = &args.server {
        let probe = crate::probe::ProbeOptions {
            server: server.clone(),
            server_ca: args.server_ca.clone(),
            agent: args.probe_agent.clone(),
            kill_key: args.kill_key.clone(),
            kill_kid: args.kill_kid.clone(),
            timeout: std::time::Duration::from_secs(args.probe_timeout),
        };
        let checks = crate::guard::runtime()?.block_on(crate::probe::run(provider, &args.config, &probe))?;
        report.checks.extend(checks);
    }
    match args.format {
        Format::Md => print!("{}", markdown(&report)),
        Format::Json => {
            let (pass, warn, fail) = report.counts();
            let out = json!({"config": report.config, "summary": {"pass": pass, "warn": warn, "fail": fail}, "checks": report.checks});
            println!("{}", serde_json::to_string_pretty(&out).map_err(Failure::usage)?);
        }
        Format::Sarif => println!("{}", serde_json::to_string_pretty(&sarif(&report)).map_err(Failure::usage)?),
    }
    if report.failed() { Err(Failure::rejected("")) } else { Ok(()) }
}

fn outcome_word(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass => "pass",
        Outcome::Warn => "warn",
        _ => "FAIL",
    }
}

/// A Markdown table cell: one line, pipes escaped.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn markdown(report: &Report) -> String {
    let (pass, warn, fail) = report.counts();
    let mut out = format!(
        "# aigos security audit\n\nConfiguration: `{}`. {pass} passed, {warn} warnings, {fail} failed.\n\n| Check | Section | Result | Evidence | Fix |\n|---|---|---|---|---|\n",
        report.config.display()
    );
    for c in &report.checks {
        out.push_str(&format!(
            "| `{}` {} | {} | {} | {} | {} |\n",
            c.id,
            cell(c.title),
            c.section,
            outcome_word(c.outcome),
            cell(&c.evidence),
            cell(c.fix.as_deref().unwrap_or(""))
        ));
    }
    out
}

/// A file as a SARIF artifact location: an absolute `file:` URI (the
/// report's paths are relative to the working directory, as given).
fn location(file: &Path) -> Option<Value> {
    let absolute = std::fs::canonicalize(file).or_else(|_| std::path::absolute(file)).ok()?;
    let uri = url::Url::from_file_path(&absolute).ok()?;
    Some(json!({"physicalLocation": {"artifactLocation": {"uri": uri.as_str()}}}))
}

fn sarif(report: &Report) -> Value {
    let rules: Vec<Value> = report
        .checks
        .iter()
        .map(|c: &Check| {
            json!({
                "id": c.id,
                "shortDescription": {"text": c.title},
                "fullDescription": {"text": format!("AIGOS security audit checklist, {} section: {}", c.section, c.title)},
                "help": {"text": c.fix.clone().unwrap_or_else(|| c.title.to_owned())},
                "properties": {"tags": ["security", c.section]},
            })
        })
        .collect();
    let results: Vec<Value> = report
        .checks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (kind, level) = match c.outcome {
                Outcome::Pass => ("pass", "none"),
                Outcome::Warn => ("fail", "warning"),
                _ => ("fail", "error"),
            };
            let text = match &c.fix {
                Some(fix) => format!("{} Fix: {fix}", c.evidence),
                None => c.evidence.clone(),
            };
            let mut r = json!({"ruleId": c.id, "ruleIndex": i, "kind": kind, "level": level, "message": {"text": text}});
            let file = c.file.clone().unwrap_or_else(|| report.config.clone());
            if let Some(loc) = location(&file) {
                r["locations"] = json!([loc]);
            }
            r
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "aigos security-audit",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": env!("CARGO_PKG_REPOSITORY"),
                "rules": rules,
            }},
            "results": results,
        }],
    })
}
