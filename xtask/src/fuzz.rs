//! `cargo xtask fuzz [SECONDS] [TARGET...]`: runs each cargo-fuzz target of
//! `fuzz/` for SECONDS (default 60), one after the other in a single
//! process each (the machine is shared), and prints a table of executions
//! and coverage per target. See docs/fuzzing.md.
//!
//! Needs the nightly toolchain (libFuzzer and the address sanitizer); installs
//! cargo-fuzz from crates.io when it is missing. The working corpus grows in
//! `fuzz/corpus/<target>/` (git-ignored), seeded from `fuzz/seeds/<target>/`
//! (committed); crashes land in `fuzz/artifacts/<target>/` (git-ignored),
//! and once fixed are kept under `fuzz/regressions/<target>/`, which
//! `tests/tests/fuzz_regressions.rs` replays in every `cargo test`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::Result;

/// What one run reported.
#[derive(Default)]
struct Run {
    execs: Option<u64>,
    cov: Option<u64>,
    ft: Option<u64>,
    corpus: Option<u64>,
    exec_per_sec: Option<u64>,
    peak_rss_mb: Option<u64>,
    secs: f64,
    outcome: String,
}

pub(crate) fn run(root: &Path, args: &[String]) -> Result {
    let (seconds, only): (u64, &[String]) = match args.first().map(|a| a.parse::<u64>()) {
        Some(Ok(s)) => (s, args.get(1..).unwrap_or_default()),
        Some(Err(_)) => (60, args),
        None => (60, &[]),
    };
    let fuzz = root.join("fuzz");
    ensure_tools()?;
    // The fuzz workspace resolves the same dependency versions as the main one.
    let lock = fuzz.join("Cargo.lock");
    if !lock.is_file() {
        std::fs::copy(root.join("Cargo.lock"), &lock).map_err(|e| format!("copy Cargo.lock: {e}"))?;
    }
    let all = targets(&fuzz)?;
    let chosen: Vec<String> = if only.is_empty() { all.clone() } else { only.to_vec() };
    if let Some(unknown) = chosen.iter().find(|t| !all.contains(t)) {
        return Err(format!("unknown fuzz target {unknown:?}; targets: {}", all.join(", ")));
    }
    let build = Instant::now();
    println!("==> cargo +nightly fuzz build ({} targets, address sanitizer)", all.len());
    let status = cargo_fuzz(root).arg("build").status().map_err(|e| format!("cannot run cargo fuzz: {e}"))?;
    if !status.success() {
        return Err(format!("cargo fuzz build exited with {status}"));
    }
    println!("<== built in {:.1}s", build.elapsed().as_secs_f64());
    let mut rows = Vec::new();
    for target in &chosen {
        println!("==> {target}: {seconds}s");
        let r = run_target(root, target, seconds)?;
        println!("<== {target}: {} ({} execs, cov {}, ft {})", r.outcome, show(r.execs), show(r.cov), show(r.ft));
        rows.push((target.clone(), r));
    }
    println!();
    println!("| target | seconds | executions | exec/s | cov | ft | corpus | peak RSS MB | result |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (t, r) in &rows {
        println!(
            "| {t} | {:.0} | {} | {} | {} | {} | {} | {} | {} |",
            r.secs,
            show(r.execs),
            show(r.exec_per_sec),
            show(r.cov),
            show(r.ft),
            show(r.corpus),
            show(r.peak_rss_mb),
            r.outcome
        );
    }
    let failed: Vec<&str> = rows.iter().filter(|(_, r)| r.outcome != "ok").map(|(t, _)| t.as_str()).collect();
    if failed.is_empty() { Ok(()) } else { Err(format!("{} found something: see fuzz/artifacts/ and docs/fuzzing.md", failed.join(", "))) }
}

fn show(v: Option<u64>) -> String {
    v.map_or_else(|| "-".into(), |v| v.to_string())
}

/// Nightly must be there (it is not installed here: that is the machine's
/// business); cargo-fuzz is installed from crates.io when missing.
fn ensure_tools() -> Result {
    let nightly = Command::new("rustup").args(["run", "nightly", "rustc", "--version"]).output();
    if !nightly.is_ok_and(|o| o.status.success()) {
        return Err("the nightly toolchain is needed (libFuzzer, sanitizers): rustup toolchain install nightly".into());
    }
    let has_fuzz = Command::new("cargo").args(["+nightly", "fuzz", "--version"]).output().is_ok_and(|o| o.status.success());
    if !has_fuzz {
        println!("==> cargo install cargo-fuzz --locked");
        let status = Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]).status().map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("cargo install cargo-fuzz exited with {status}"));
        }
    }
    Ok(())
}

/// The targets: the files of `fuzz/fuzz_targets/`.
fn targets(fuzz: &Path) -> Result<Vec<String>> {
    let dir = fuzz.join("fuzz_targets");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.path().file_stem().and_then(|s| s.to_str()).map(str::to_owned))
        .collect();
    out.sort();
    Ok(out)
}

fn cargo_fuzz(root: &Path) -> Command {
    let mut cmd = Command::new("cargo");
    // `cargo` from PATH, not $CARGO: the stable cargo running xtask would
    // ignore the `+nightly` toolchain override.
    cmd.env_remove("CARGO").env_remove("RUSTC").env_remove("RUSTUP_TOOLCHAIN");
    cmd.args(["+nightly", "fuzz"]).current_dir(root);
    cmd
}

fn run_target(root: &Path, target: &str, seconds: u64) -> Result<Run> {
    let corpus = format!("fuzz/corpus/{target}");
    let seeds = format!("fuzz/seeds/{target}");
    let artifacts = format!("fuzz/artifacts/{target}/");
    for dir in [&corpus, &seeds, &artifacts] {
        std::fs::create_dir_all(root.join(dir)).map_err(|e| format!("{dir}: {e}"))?;
    }
    // The binary `cargo fuzz build` made, run directly: `cargo fuzz run`
    // would rebuild whenever a workspace crate changed since (others edit
    // the tree meanwhile), and every target of one campaign should test the
    // same code.
    let binary = root.join("fuzz/target").join(host()?).join("release").join(target);
    let start = Instant::now();
    let output = Command::new(&binary)
        .current_dir(root)
        .arg(format!("-artifact_prefix={artifacts}"))
        .arg(format!("-max_total_time={seconds}"))
        // One process, one input at a time (libFuzzer's default; `-jobs=1`
        // would only move the same single run into a child logging to a file).
        .args(["-timeout=10", "-rss_limit_mb=2048", "-max_len=65536", "-print_final_stats=1"])
        .args([&corpus, &seeds])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
    let log = String::from_utf8_lossy(&output.stderr);
    let logs = root.join(&artifacts);
    std::fs::write(logs.join("last-run.log"), log.as_bytes()).map_err(|e| format!("{}: {e}", logs.display()))?;
    let text = log;
    let mut r = parse(&text);
    r.secs = start.elapsed().as_secs_f64();
    r.outcome = if output.status.success() {
        "ok".into()
    } else {
        let artifact = text.lines().rev().find_map(|l| l.split("Test unit written to ").nth(1)).map(str::trim).map(str::to_owned);
        eprintln!("{}", text.lines().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n"));
        format!("FAILED ({})", artifact.unwrap_or_else(|| format!("exit {}", output.status)))
    };
    Ok(r)
}

/// The host triple (`cargo fuzz build` puts the targets under it).
fn host() -> Result<String> {
    let out = Command::new("rustup").args(["run", "nightly", "rustc", "-vV"]).output().map_err(|e| format!("cannot run rustc: {e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_owned)
        .ok_or_else(|| "rustc -vV names no host".into())
}

/// The last status line (`#N ... cov: C ft: F corp: K/..b exec/s: E rss: RMb`)
/// and the final stats libFuzzer prints.
fn parse(log: &str) -> Run {
    let mut r = Run::default();
    let field = |line: &str, name: &str| -> Option<u64> {
        let mut words = line.split_whitespace();
        words.find(|w| *w == name)?;
        words.next()?.split(['/', 'M']).next()?.parse().ok()
    };
    for line in log.lines() {
        if let Some(rest) = line.strip_prefix('#') {
            let n = rest.split_whitespace().next().and_then(|n| n.parse().ok());
            if n.is_some() && line.contains("cov:") {
                r.execs = n;
                r.cov = field(line, "cov:").or(r.cov);
                r.ft = field(line, "ft:").or(r.ft);
                r.corpus = field(line, "corp:").or(r.corpus);
                r.exec_per_sec = field(line, "exec/s:").or(r.exec_per_sec);
                r.peak_rss_mb = field(line, "rss:").or(r.peak_rss_mb);
            }
        }
        let stat = |name: &str| line.strip_prefix(name).and_then(|v| v.trim_start_matches(':').trim().parse::<u64>().ok());
        if let Some(v) = stat("stat::number_of_executed_units") {
            r.execs = Some(v);
        }
        if let Some(v) = stat("stat::average_exec_per_sec") {
            r.exec_per_sec = Some(v);
        }
        if let Some(v) = stat("stat::peak_rss_mb") {
            r.peak_rss_mb = Some(v);
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_libfuzzer_status_and_stats() {
        let log = "#2\tINITED cov: 10 ft: 12 corp: 3/40b exec/s: 0 rss: 40Mb\n\
                   #4096\tpulse  cov: 120 ft: 300 corp: 50/2Kb lim: 4 exec/s: 2048 rss: 80Mb\n\
                   #9000\tDONE   cov: 130 ft: 310 corp: 55/3Kb lim: 4 exec/s: 1500 rss: 81Mb\n\
                   stat::number_of_executed_units: 9001\nstat::average_exec_per_sec:     1500\nstat::peak_rss_mb:              82\n";
        let r = parse(log);
        assert_eq!(
            (r.execs, r.cov, r.ft, r.corpus, r.exec_per_sec, r.peak_rss_mb),
            (Some(9001), Some(130), Some(310), Some(55), Some(1500), Some(82))
        );
    }
}
