//! `aigos init | validate | demo`: the Guard from the command line.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use aigos::config::GuardConfig;
use aigos::core::{Clock, Status, SystemClock};
use aigos::{Guard, RequestInput};
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

pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
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

/// Loads the configuration and builds the Guard; with `[state] backend =
/// "redis"`, on the fleet's shared stores, having taken in the fleet's kill
/// journal (and following it from then on).
pub(crate) async fn load(path: &Path) -> Result<(Guard, GuardConfig, PathBuf), Failure> {
    let (config, base) = GuardConfig::load(path).map_err(Failure::usage)?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let shared = aigos_server::fleet::shared_state(&config, &base, &clock).await.map_err(Failure::usage)?;
    let fleet = shared.kill_bus.is_some() && config.runtime.is_some();
    let guard = config.build_with(&base, &clock, shared).map_err(Failure::usage)?;
    // Each signing key's rotation schedule goes into the log first.
    guard.audit_key_schedules().await.map_err(Failure::usage)?;
    retain(&guard).await;
    record_reads(&guard).await;
    if fleet {
        // The follower ends with the Guard.
        drop(guard.join_fleet().await.map_err(Failure::usage)?);
    }
    Ok((guard, config, base))
}

/// One line on stderr per kill-channel event (stdout carries only outcomes).
pub(crate) fn describe(report: &aigos::KillReport) -> String {
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

/// The longest input line `validate` reads (a request with its payload,
/// token and approvals); a longer one is skipped without being held in
/// memory and answered with a REJECTED line.
const MAX_LINE_BYTES: usize = 16 << 20;

/// How one line of input ended.
enum Line {
    /// Read whole into the buffer (without its newline).
    Complete,
    /// Longer than the limit: skipped to its newline, nothing kept.
    TooLong,
}

/// Reads the next line into `buf`, holding at most `max` bytes of it;
/// `None` at the end of the input.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Option<Line>> {
    buf.clear();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let n = std::io::Read::take(&mut *input, limit).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(Some(Line::Complete));
    }
    if buf.len() <= max {
        return Ok(Some(Line::Complete)); // the last line, without a newline
    }
    // Too long: drop the rest of it a chunk at a time.
    buf.clear();
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        match chunk.iter().position(|b| *b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                break;
            }
            None => {
                let len = chunk.len();
                input.consume(len);
            }
        }
    }
    Ok(Some(Line::TooLong))
}

pub(crate) fn validate(args: &ValidateArgs) -> Result<(), Failure> {
    let rt = runtime()?;
    let (guard, config, base) = rt.block_on(load(&args.config))?;
    // Kill commands reach the running Guard through `[runtime] kill_commands`.
    let (listeners, mut reports) = rt.block_on(async { guard.listen(config.kill_sources(&base)) });
    rt.spawn(async move {
        while let Some(report) = reports.recv().await {
            eprintln!("{}", describe(&report));
        }
    });
    let mut input = std::io::stdin().lock();
    let mut out = std::io::stdout().lock();
    let mut all_approved = true;
    let mut buf = Vec::new();
    for n in 0.. {
        let Some(read) = read_line(&mut input, &mut buf, MAX_LINE_BYTES).map_err(Failure::usage)? else { break };
        let parsed = match read {
            Line::Complete => std::str::from_utf8(&buf).map_err(|_| ("REQUEST_MALFORMED", "not UTF-8".to_string())).map(str::trim),
            Line::TooLong => Err(("REQUEST_TOO_LARGE", format!("line longer than {MAX_LINE_BYTES} bytes, skipped"))),
        };
        if parsed.as_ref().is_ok_and(|l| l.is_empty()) {
            continue;
        }
        let input = parsed.and_then(|l| RequestInput::parse(l.as_bytes()).map_err(|e| (e.code, e.message)));
        let printed = match input {
            Ok(RequestInput { request, token, approvals, .. }) => {
                let outcome = rt.block_on(guard.validate_with(&request, &token, &approvals));
                all_approved &= outcome.status == Status::Approved;
                serde_json::to_string(&outcome).map_err(Failure::usage)?
            }
            Err((code, e)) => {
                all_approved = false;
                json!({"status": "REJECTED", "line": n + 1, "code": code, "error": e}).to_string()
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
        let statuses: Vec<&str> = r.statuses.iter().map(|s| s.as_str()).collect();
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
        (
            "blocked agents",
            match (&d.blocked_agents_error, d.blocked_agents.is_empty()) {
                (Some(e), _) => format!("unknown ({e})"),
                (None, true) => "none".into(),
                (None, false) => d.blocked_agents.join(", "),
            },
        ),
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

/// Records the pending reads of the audit log; a failure is reported (the
/// requests stay and are recorded at the next pass).
pub(crate) async fn record_reads(guard: &Guard) {
    if let Err(e) = guard.ingest_audit_access().await {
        eprintln!("aigos: audit reads not recorded yet: {e}");
    }
}

/// Applies the audit retention (`[audit] retention_days`); a failure is
/// reported and the Guard goes on (the segments stay, the next pass retries).
pub(crate) async fn retain(guard: &Guard) {
    match guard.apply_audit_retention().await {
        Ok(Some(report)) if !report.archived.is_empty() => eprintln!(
            "aigos: audit retention archived {} segment(s); the log now starts at seq {}",
            report.archived.len(),
            report.archived_before
        ),
        Ok(_) => {}
        Err(e) => eprintln!("aigos: audit retention failed, segments kept: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::{Line, read_line};

    /// Lines as `validate` reads them with a limit of 8 bytes.
    fn lines(input: &[u8]) -> Vec<Result<String, ()>> {
        // A tiny buffer, so a long line spans several reads.
        let mut r = std::io::BufReader::with_capacity(3, input);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while let Some(l) = read_line(&mut r, &mut buf, 8).unwrap() {
            out.push(match l {
                Line::Complete => Ok(String::from_utf8(buf.clone()).unwrap()),
                Line::TooLong => Err(()),
            });
        }
        out
    }

    #[test]
    fn a_line_over_the_limit_is_skipped_and_the_next_one_read() {
        let ok = |s: &str| Ok(s.to_owned());
        assert_eq!(lines(b"short\nmuch too long a line\nok\n"), [ok("short"), Err(()), ok("ok")]);
        assert_eq!(lines(b"12345678\n123456789\n"), [ok("12345678"), Err(())], "the limit itself is allowed");
        assert_eq!(lines(b"\nlast"), [ok(""), ok("last")], "a last line without a newline");
        assert_eq!(lines(b"123456789"), [Err(())], "too long up to the end of the input");
        assert!(lines(b"").is_empty());
    }
}
