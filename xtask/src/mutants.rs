//! `cargo xtask mutants [FILE...]`: mutation testing of the security-critical
//! files with cargo-mutants (issue 17, part 6).
//!
//! Each file is mutated and tested with ITS PACKAGE's own tests only (unit
//! and integration tests of that crate), so a check is counted as tested
//! only when the crate that owns it tests it. The task installs
//! cargo-mutants when it is missing (`cargo install cargo-mutants --locked`),
//! runs one file at a time (`-j 1`, generous timeouts, so that a loaded
//! machine does not turn slow tests into false timeouts), and reports per
//! file: mutants, caught, missed, unviable, timeouts and the caught ratio
//! `caught / (caught + missed)` (timeouts and unviable mutants are left out
//! of the ratio and reported on their own).
//!
//! It fails when a file's ratio is below [`TARGET_RATIO`], when a missed
//! mutant is not listed in `mutants/equivalent.txt`, or when cargo-mutants
//! cannot run the unmutated tests. The list holds one mutant a line: its
//! cargo-mutants name, with or without the `:line:col` after the file (an
//! entry without it matches every mutant of that name in the file, so line
//! shifts from unrelated edits do not break it), then ` # ` and the reason
//! the mutant cannot change behaviour that matters.
//!
//! Not part of `cargo xtask ci`: one file takes from minutes to an hour on
//! two cores, far beyond CI's time budget. Results stay under
//! `target/mutants/<file>/mutants.out`; builds share `target/mutants/target`
//! so dependencies are compiled once.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::{Ctx, Result};

/// The files under mutation testing and the package whose tests judge them.
pub(crate) const TARGETS: &[(&str, &str)] = &[
    ("crates/aigos-runtime/src/command.rs", "aigos-runtime"),
    ("crates/aigos-identity/src/token.rs", "aigos-identity"),
    ("crates/aigos-network/src/egress.rs", "aigos-network"),
    ("crates/aigos-policy/src/engine.rs", "aigos-policy"),
    ("crates/aigos-audit/src/verify.rs", "aigos-audit"),
    ("crates/aigos/src/approvals.rs", "aigos"),
];

/// The caught ratio every file must reach.
const TARGET_RATIO: f64 = 0.90;

/// Where the mutants judged equivalent are listed, with their reasons.
const EQUIVALENT: &str = "mutants/equivalent.txt";

/// The outcome of one file's run.
struct Tally {
    file: String,
    caught: Vec<String>,
    missed: Vec<String>,
    unviable: Vec<String>,
    timeout: Vec<String>,
}

impl Tally {
    fn total(&self) -> usize {
        self.caught.len() + self.missed.len() + self.unviable.len() + self.timeout.len()
    }

    /// caught / (caught + missed); 1.0 when nothing was viable.
    fn ratio(&self) -> f64 {
        let judged = self.caught.len() + self.missed.len();
        if judged == 0 { 1.0 } else { self.caught.len() as f64 / judged as f64 }
    }
}

/// Runs the task on `files` (all of [`TARGETS`] when empty).
pub(crate) fn mutants(ctx: &Ctx, files: &[String]) -> Result {
    let selected: Vec<(&str, &str)> = if files.is_empty() {
        TARGETS.to_vec()
    } else {
        files
            .iter()
            .map(|f| {
                let f = f.trim_start_matches("./");
                TARGETS.iter().copied().find(|(path, _)| *path == f || path.ends_with(&format!("/{f}"))).ok_or_else(|| {
                    let known: Vec<&str> = TARGETS.iter().map(|(p, _)| *p).collect();
                    format!("{f} is not a mutation-tested file; known: {}", known.join(", "))
                })
            })
            .collect::<Result<_>>()?
    };
    let equivalent = read_equivalent(&ctx.root.join(EQUIVALENT))?;
    ensure_installed(ctx)?;
    let mut tallies = Vec::new();
    for (file, package) in selected {
        println!("==> mutants: {file} (tests of {package})");
        tallies.push(run_one(ctx, file, package)?);
    }
    report(&tallies, &equivalent)
}

fn ensure_installed(ctx: &Ctx) -> Result {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let present = Command::new(&cargo).args(["mutants", "--version"]).output().is_ok_and(|o| o.status.success());
    if present {
        return Ok(());
    }
    println!("    cargo-mutants is missing: installing it from crates.io");
    crate::cargo(ctx, &["install", "cargo-mutants", "--locked"], &[])
}

/// `crates/x/src/y.rs` -> `crates-x-src-y.rs`, the file's output directory name.
fn slug(file: &str) -> String {
    file.replace('/', "-")
}

fn run_one(ctx: &Ctx, file: &str, package: &str) -> Result<Tally> {
    let out = ctx.root.join("target/mutants").join(slug(file));
    let target_dir = ctx.root.join("target/mutants/target");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let out_arg = out.to_string_lossy().into_owned();
    let jobs = std::env::var("CARGO_MUTANTS_JOBS").unwrap_or_else(|_| "1".into());
    let args = [
        "mutants",
        "--package",
        package,
        "--test-package",
        package,
        "--file",
        file,
        "--jobs",
        &jobs,
        "--timeout-multiplier",
        "4",
        "--minimum-test-timeout",
        "120",
        "--no-shuffle",
        // nextest runs a crate's test binaries in parallel; doc tests (the
        // crate's examples, each compiled on its own) are left out, which
        // can only lower the ratio.
        "--test-tool",
        "nextest",
        // Dependencies optimized (built once): PBKDF2, signatures and
        // hashing in the tests run tens of times faster than unoptimized,
        // while the mutated workspace crates stay at the dev profile.
        "--cargo-arg=--config=profile.dev.package.\"*\".opt-level=2",
        // Skip what git ignores (fuzz/target, corpora) when copying the tree.
        "--gitignore",
        "true",
        "--colors",
        "never",
        "--output",
        &out_arg,
    ];
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(args)
        .current_dir(&ctx.root)
        .env("CARGO_TARGET_DIR", &target_dir)
        // No debug info: every mutant relinks the test binaries, and linking
        // without it is several times faster.
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .env("CARGO_PROFILE_TEST_DEBUG", "0")
        .status()
        .map_err(|e| format!("cannot run cargo mutants: {e}"))?;
    // 0: all caught; 2: some missed; 3: some timed out. Anything else means
    // the run itself failed (bad arguments, unmutated tests failing).
    if !matches!(status.code(), Some(0 | 2 | 3)) {
        return Err(format!("`cargo {}` exited with {status} (see {}/mutants.out/debug.log)", args.join(" "), out.display()));
    }
    let dir = out.join("mutants.out");
    let read = |name: &str| -> Result<Vec<String>> {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())
    };
    // A full run every time (no `--iterate`: its previously_caught.txt
    // lumps unviable mutants in with caught ones).
    Ok(Tally {
        file: file.to_owned(),
        caught: read("caught.txt")?,
        missed: read("missed.txt")?,
        unviable: read("unviable.txt")?,
        timeout: read("timeout.txt")?,
    })
}

/// `path:line:col: description` -> `path: description`.
fn without_line_col(name: &str) -> String {
    let mut parts = name.splitn(4, ':');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(path), Some(line), Some(col), Some(rest))
            if line.bytes().all(|b| b.is_ascii_digit()) && col.bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("{path}:{rest}")
        }
        _ => name.to_owned(),
    }
}

/// Entries of the equivalence list (name -> reason). Blank lines and lines
/// starting with `#` are comments; every entry needs a reason.
fn read_equivalent(path: &Path) -> Result<BTreeMap<String, String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let mut entries = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = line.split_once(" # ").ok_or_else(|| format!("{}:{}: an entry needs ` # reason`", path.display(), n + 1))?;
        if reason.trim().is_empty() {
            return Err(format!("{}:{}: empty reason", path.display(), n + 1));
        }
        entries.insert(name.trim().to_owned(), reason.trim().to_owned());
    }
    Ok(entries)
}

fn is_listed(equivalent: &BTreeMap<String, String>, name: &str) -> bool {
    equivalent.contains_key(name) || equivalent.contains_key(&without_line_col(name))
}

fn report(tallies: &[Tally], equivalent: &BTreeMap<String, String>) -> Result {
    let mut problems = Vec::new();
    println!();
    println!("| file | mutants | caught | missed | unviable | timeouts | caught ratio |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for t in tallies {
        println!(
            "| {} | {} | {} | {} | {} | {} | {:.1}% |",
            t.file,
            t.total(),
            t.caught.len(),
            t.missed.len(),
            t.unviable.len(),
            t.timeout.len(),
            t.ratio() * 100.0
        );
    }
    for t in tallies {
        if t.ratio() < TARGET_RATIO {
            problems.push(format!("{}: caught ratio {:.1}% is below {:.0}%", t.file, t.ratio() * 100.0, TARGET_RATIO * 100.0));
        }
        for name in &t.missed {
            if is_listed(equivalent, name) {
                println!("    equivalent: {name}");
            } else {
                problems.push(format!("missed and not listed in {EQUIVALENT}: {name}"));
            }
        }
        for name in &t.timeout {
            println!("    timeout (tests hung or the machine was slow; counted apart): {name}");
        }
        // Entries for this file that matched no survivor are stale: say so,
        // so the list does not grow entries that hide nothing.
        let survivors: Vec<String> = t.missed.iter().flat_map(|m| [m.clone(), without_line_col(m)]).collect();
        for name in equivalent.keys().filter(|k| k.starts_with(&format!("{}:", t.file))) {
            if !survivors.contains(name) {
                println!("    note: {EQUIVALENT} lists {name:?}, which no longer survives");
            }
        }
    }
    if problems.is_empty() {
        println!("xtask mutants: every file at or above {:.0}%, every survivor listed as equivalent", TARGET_RATIO * 100.0);
        Ok(())
    } else {
        Err(problems.join("\n  "))
    }
}

#[cfg(test)]
mod tests {
    use super::without_line_col;

    #[test]
    fn names_lose_line_and_column_only() {
        assert_eq!(
            without_line_col("crates/a/src/b.rs:12:5: replace f -> bool with true"),
            "crates/a/src/b.rs: replace f -> bool with true"
        );
        assert_eq!(without_line_col("crates/a/src/b.rs: replace f -> bool with true"), "crates/a/src/b.rs: replace f -> bool with true");
    }
}
