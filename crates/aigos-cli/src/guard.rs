//! `aigos init | validate | demo`: the Guard from the command line.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use aigos::config::GuardConfig;
use aigos::core::{ActionRequest, Clock, Status, SystemClock};
use aigos::{ApprovalEvidence, Guard};
use aigos_crypto::Provider;
use clap::Args;
use serde_json::{Value, json};

use crate::Failure;

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// Directory for the setup (created if absent; must not hold an aigos.toml).
    dir: PathBuf,
}

#[derive(Debug, Args)]
pub(crate) struct ValidateArgs {
    /// The Guard's configuration (aigos.toml).
    #[arg(long)]
    config: PathBuf,
}

#[derive(Debug, Args)]
pub(crate) struct DemoArgs {
    /// Run in this empty directory and keep it (default: a temporary directory, removed afterwards).
    #[arg(long)]
    dir: Option<PathBuf>,
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().map_err(Failure::usage)
}

pub(crate) fn init(provider: Provider, args: &InitArgs) -> Result<(), Failure> {
    let config = aigos::config::init(&args.dir, provider, SystemClock.now_secs()).map_err(Failure::usage)?;
    println!(
        "{}",
        json!({
            "config": config,
            "agent": aigos::config::DEMO_AGENT,
            "agent_key": args.dir.join("keys/demo-agent.key.pem"),
            "agent_kid": aigos::config::DEMO_AGENT_KID,
        })
    );
    Ok(())
}

fn load(path: &Path) -> Result<(Guard, GuardConfig, PathBuf), Failure> {
    let (config, base) = GuardConfig::load(path).map_err(Failure::usage)?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let guard = config.build(&base, &clock).map_err(Failure::usage)?;
    Ok((guard, config, base))
}

/// One line on stderr per kill-channel event (stdout carries only outcomes).
fn describe(report: &aigos::KillReport) -> String {
    match report {
        aigos::KillReport::Applied { channel, id } => format!("aigos: kill command {id} applied ({channel})"),
        aigos::KillReport::AppliedUnrecorded { channel, id, error } => {
            format!("aigos: kill command {id} applied but not recorded ({channel}): {error}")
        }
        aigos::KillReport::Refused { channel, error } => format!("aigos: kill command refused ({channel}): {error}"),
        aigos::KillReport::ChannelError(e) => format!("aigos: kill channel failing, retrying: {e}"),
        other => format!("aigos: {other:?}"),
    }
}

/// Splits one input line into the request, its token and approval evidence.
fn parse_line(line: &str) -> Result<(ActionRequest, String, Vec<ApprovalEvidence>), String> {
    let mut v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let obj = v.as_object_mut().ok_or("not a JSON object")?;
    let token = match obj.remove("token") {
        Some(Value::String(t)) => t,
        Some(_) => return Err("token must be a string".into()),
        None => return Err("no token field".into()),
    };
    let evidence = match obj.remove("approvals") {
        Some(a) => serde_json::from_value(a).map_err(|e| format!("approvals: {e}"))?,
        None => Vec::new(),
    };
    let request: ActionRequest = serde_json::from_value(v).map_err(|e| format!("request: {e}"))?;
    Ok((request, token, evidence))
}

pub(crate) fn validate(args: &ValidateArgs) -> Result<(), Failure> {
    let rt = runtime()?;
    let (guard, config, base) = rt.block_on(async { load(&args.config) })?;
    // Kill commands reach the running Guard through `[runtime] kill_commands`.
    let (listeners, mut reports) = rt.block_on(async { guard.listen(config.kill_sources(&base)) });
    rt.spawn(async move {
        while let Some(report) = reports.recv().await {
            eprintln!("{}", describe(&report));
        }
    });
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    let mut all_approved = true;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(Failure::usage)?;
        if line.trim().is_empty() {
            continue;
        }
        let printed = match parse_line(&line) {
            Ok((request, token, evidence)) => {
                let outcome = rt.block_on(guard.validate_with(&request, &token, &evidence));
                all_approved &= outcome.status == Status::Approved;
                serde_json::to_string(&outcome).map_err(Failure::usage)?
            }
            Err(e) => {
                all_approved = false;
                json!({"status": "REJECTED", "line": n + 1, "error": e}).to_string()
            }
        };
        writeln!(out, "{printed}").map_err(Failure::usage)?;
    }
    rt.block_on(async {
        for task in listeners {
            task.abort();
            // Wait until it is gone: an aborted task still applying a
            // command holds the Guard, and shutdown needs the only one.
            let _ = task.await;
        }
    });
    rt.block_on(guard.shutdown()).map_err(Failure::usage)?;
    if all_approved { Ok(()) } else { Err(Failure::rejected("")) }
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Approved => "APPROVED",
        Status::RequiresMfa => "REQUIRES_MFA",
        Status::RequiresCoe => "REQUIRES_COE",
        Status::Rejected => "REJECTED",
    }
}

pub(crate) fn demo(provider: Provider, args: &DemoArgs) -> Result<(), Failure> {
    let started = std::time::Instant::now();
    let tmp;
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => {
            tmp = tempfile::tempdir().map_err(Failure::usage)?;
            tmp.path().to_owned()
        }
    };
    let rt = runtime()?;
    let report = rt.block_on(aigos::demo::run(&dir, provider, Arc::new(SystemClock))).map_err(Failure::usage)?;
    let mut out = std::io::stdout().lock();
    let mut w = |s: String| writeln!(out, "{s}").map_err(Failure::usage);
    w(format!("aigos demo: five scenarios through the eight-step Guard ({} provider)\n", provider.name()))?;
    w(format!("{:<22} {:<10} {:<28} {:>6}  {}", "SCENARIO", "SEVERITY", "STATUS", "SCORE", "THREAT"))?;
    for r in &report.rows {
        let statuses: Vec<&str> = r.statuses.iter().map(|s| status_name(*s)).collect();
        let severity = serde_json::to_value(r.severity).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let threat = r.threat_level.and_then(|t| serde_json::to_value(t).ok()).and_then(|v| v.as_str().map(str::to_owned));
        w(format!(
            "{:<22} {:<10} {:<28} {:>6.3}  {}",
            r.scenario,
            severity,
            statuses.join(" -> "),
            r.security_score.get(),
            threat.unwrap_or_else(|| "n/a (stopped at identity)".into())
        ))?;
    }
    let d = &report.dashboard;
    w(String::new())?;
    w("Dashboard".into())?;
    let pct = |x: f64| format!("{:.0}%", x * 100.0);
    // The same names the JSON dashboard uses (OPERATIONAL, MODERATE ...).
    let name = |v: serde_json::Result<Value>| v.ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let rows: Vec<(&str, String)> = vec![
        ("overall status", name(serde_json::to_value(d.overall_status))),
        ("zero-trust mode", d.zero_trust.to_string()),
        ("threat level (last hour)", name(serde_json::to_value(d.threat_level))),
        ("blocked agents", if d.blocked_agents.is_empty() { "none".into() } else { d.blocked_agents.join(", ") }),
        ("validations in flight", d.validations_in_flight.to_string()),
        ("actions audited", d.total_actions_audited.to_string()),
        ("actions in the last hour", d.actions_last_hour.to_string()),
        ("approved", format!("{} of {} ({})", d.approved, d.total_validations, pct(d.success_rate))),
        ("average security score", d.average_security_score.map_or("n/a".into(), |s| format!("{s:.3}"))),
        (
            "audit chain integrity",
            d.audit_integrity.as_ref().map_or("not audited".into(), |a| {
                if a.verified {
                    format!("verified ({} records)", a.records)
                } else {
                    format!("FAILED: {}", a.error.clone().unwrap_or_default())
                }
            }),
        ),
        ("audit encryption", if d.audit_encryption { "on".into() } else { "off (payloads stored in clear)".into() }),
        ("MFA compliance", format!("{} of {} required satisfied", d.mfa.satisfied, d.mfa.required)),
        ("CoE compliance", format!("{} of {} required satisfied", d.coe.satisfied, d.coe.required)),
    ];
    for (k, v) in rows {
        w(format!("  {k:<26} {v}"))?;
    }
    w(String::new())?;
    w(format!(
        "Audit log: {} records; hash chain, HMACs and {} signed Merkle checkpoint(s) verified after close.",
        report.audit_records_verified, report.audit_checkpoints_verified
    ))?;
    w(format!("Done in {} ms.", started.elapsed().as_millis()))?;
    Ok(())
}
