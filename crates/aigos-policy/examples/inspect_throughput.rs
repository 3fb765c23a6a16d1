//! Inspection throughput over the payload corpus, per family and overall:
//! a quick figure to read next to the criterion bench, and a loop to run
//! under a profiler (`perf record`).
//!
//! ```text
//! cargo run --release -p aigos-policy --example inspect_throughput [-- ROUNDS]
//! ```
//!
//! With `--file PATH [ROUNDS]` it times one payload. With `--dump` it
//! prints the findings of every case of the tuning corpus instead, one line
//! each (the hold-out is left out): diff two dumps to show that a change
//! meant to be fast only is exactly that. `--dump-digest` prints only the
//! number of cases and a digest of the hold-out corpora's dump (the same
//! lines, never shown: nobody reads those cases); compare the digests of
//! two builds made by the same toolchain.
//! `NO_LEARNED=1` in the environment switches the learned prompt model off.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout, missing_docs, reason = "measurement tool")]

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use aigos_policy::{Inspector, InspectorConfig};

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    if arg == "--dump" || arg == "--dump-digest" {
        return dump(arg == "--dump-digest");
    }
    if arg == "--file" {
        // One payload from a file, inspected ROUNDS times after a warm-up.
        let path = std::env::args().nth(2).expect("--file PATH [ROUNDS]");
        let rounds: u32 = std::env::args().nth(3).and_then(|r| r.parse().ok()).unwrap_or(1000);
        let payload = std::fs::read(path).unwrap();
        let inspector = inspector();
        std::hint::black_box(inspector.inspect_bytes(&payload).ok());
        let t = measured(&inspector, std::slice::from_ref(&payload), rounds);
        let per = t.as_secs_f64() * 1e6 / f64::from(rounds);
        println!("{} bytes: {per:.1} us per inspection, {:.1} us/KiB", payload.len(), per * 1024.0 / payload.len() as f64);
        return;
    }
    let rounds: u32 = arg.parse().unwrap_or(20);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus/payloads");
    let mut groups: BTreeMap<String, Vec<Vec<u8>>> = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            for line in std::fs::read_to_string(&path).unwrap().lines().filter(|l| !l.trim().is_empty()) {
                let case: serde_json::Value = serde_json::from_str(line).unwrap();
                let key = format!("{}/{}", case["label"].as_str().unwrap_or("?"), case["family"].as_str().unwrap_or("-"));
                groups.entry(key).or_default().push(serde_json::to_vec(&case["payload"]).unwrap());
            }
        }
    }
    let inspector = inspector();
    // Warm up: compiled automata and lazy DFA caches.
    for payloads in groups.values() {
        for p in payloads {
            std::hint::black_box(inspector.inspect_bytes(p).ok());
        }
    }
    let (mut all_t, mut all_b) = (Duration::ZERO, 0usize);
    println!("{:<28} {:>6} {:>8} {:>10}", "group", "cases", "KiB", "us/KiB");
    for (name, payloads) in &groups {
        let bytes: usize = payloads.iter().map(Vec::len).sum();
        let t = measured(&inspector, payloads, rounds);
        all_t += t;
        all_b += bytes * rounds as usize;
        let per_kib = t.as_secs_f64() * 1e6 / (bytes as f64 * f64::from(rounds) / 1024.0);
        println!("{name:<28} {:>6} {:>8.1} {per_kib:>10.1}", payloads.len(), bytes as f64 / 1024.0);
    }
    println!("{:<28} {:>6} {:>8} {:>10.1}", "all", "", "", all_t.as_secs_f64() * 1e6 / (all_b as f64 / 1024.0));
}

/// The timed loop (its own function, so that a profiler can collect it
/// alone: `valgrind --tool=callgrind --toggle-collect='*measured*'`).
#[inline(never)]
fn measured(inspector: &Inspector, payloads: &[Vec<u8>], rounds: u32) -> Duration {
    let start = Instant::now();
    for _ in 0..rounds {
        for p in payloads {
            std::hint::black_box(inspector.inspect_bytes(std::hint::black_box(p)).ok());
        }
    }
    start.elapsed()
}

/// Every case of the tuning corpus with its findings, one line each.
fn dump(digest: bool) {
    use std::hash::{Hash as _, Hasher as _};
    let inspector = inspector();
    // The digest covers the hold-out corpora and shows none of their lines.
    let sub = if digest { "holdout" } else { "payloads" };
    let (mut cases, mut hasher) = (0usize, std::hash::DefaultHasher::new());
    {
        let dir = format!("{}/../../tests/corpus/{sub}", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
            for line in std::fs::read_to_string(path).unwrap().lines().filter(|l| !l.trim().is_empty()) {
                let case: serde_json::Value = serde_json::from_str(line).unwrap();
                let tool = case["tool"].as_str().unwrap_or("");
                let bytes = serde_json::to_vec(&case["payload"]).unwrap();
                let found = match inspector.inspect_call_bytes(tool, &bytes, None) {
                    Ok(i) => i
                        .findings
                        .iter()
                        .map(|f| format!("{:?}/{:?}/{}/{}/{:?}/{}", f.family, f.confidence, f.rule, f.pointer, f.chain, f.excerpt))
                        .collect::<Vec<_>>()
                        .join(" | "),
                    Err(e) => format!("error: {e}"),
                };
                let line = format!("{}\t{found}", case["id"].as_str().unwrap_or("?"));
                if digest {
                    cases += 1;
                    line.hash(&mut hasher);
                } else {
                    println!("{line}");
                }
            }
        }
    }
    if digest {
        println!("{sub}: {cases} cases, digest {:016x}", hasher.finish());
    }
}

/// The inspector as the Guard runs it by default; `NO_LEARNED=1` measures
/// the rules alone (the learned prompt model off).
fn inspector() -> Inspector {
    Inspector::new(InspectorConfig { learned_prompt: std::env::var_os("NO_LEARNED").is_none(), ..InspectorConfig::default() }).unwrap()
}
