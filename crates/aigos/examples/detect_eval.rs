//! Evaluates step 3's payload screen (the inspector and the egress screen,
//! [`aigos::inspection::screen_payload`]) on the labelled corpus (`tests/corpus/payloads/*.jsonl`):
//! recall per family and the false-positive rate, on the tuning split and on
//! the fixed test split (about 30 % of the cases, chosen by a hash of the id).
//!
//! `cargo xtask detect-eval [DIR] [--min-confidence C] [--family F] [--show-test] [--verbose] [--no-learned]`
//!
//! `--verbose` prints every visible case's findings, hit or not;
//! `--no-learned` measures the rules alone (the learned prompt model off).
//! The false-positive rate is also printed without the legitimate cases
//! flagged only for an internal or local destination (see
//! `internal_destination`).
//!
//! Misses and false positives are printed for the tuning split only, unless
//! `--show-test` is given: the test split is kept out of tuning.

#![allow(clippy::expect_used, clippy::panic, clippy::print_stdout, reason = "a developer tool: a broken corpus line should stop it loudly")]

use std::collections::BTreeMap;

use aigos::policy::{Confidence, Inspector, InspectorConfig};
use serde_json::Value;

/// FNV-1a (64 bits) of the id: stable across platforms and releases.
fn in_test_split(id: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h % 100 < 30
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = String::from("tests/corpus/payloads");
    let mut min = Confidence::Medium;
    let mut show_test = false;
    let mut verbose = false;
    let mut learned = true;
    let mut only_family: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--min-confidence" => {
                i += 1;
                min = args[i].parse().expect("high|medium|low");
            }
            "--show-test" => show_test = true,
            "--verbose" => verbose = true,
            "--no-learned" => learned = false,
            "--family" => {
                i += 1;
                only_family = Some(args[i].clone());
            }
            other => dir = other.to_owned(),
        }
        i += 1;
    }
    let inspector = Inspector::new(InspectorConfig { learned_prompt: learned, ..InspectorConfig::default() }).expect("inspector");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("corpus dir").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    // (split, family) -> (cases, hits); legit: (split) -> (cases, flagged)
    let mut recall: BTreeMap<(bool, String), (usize, usize)> = BTreeMap::new();
    let mut fp: BTreeMap<bool, (usize, usize)> = BTreeMap::new();
    // Legit cases flagged only for a URL whose destination is internal or
    // local (a health check on localhost, a private Prometheus): the
    // default egress rules deny those by design, and only a deployment's
    // own egress allowlist can tell its services from an SSRF probe.
    let mut internal_only: BTreeMap<bool, usize> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut false_positives = Vec::new();
    for f in files.iter().filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
        for (n, line) in std::fs::read_to_string(f).expect("read").lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: {e}", f.display(), n + 1));
            let id = case["id"].as_str().expect("id");
            let test = in_test_split(id);
            let tool = case["tool"].as_str().unwrap_or("");
            let findings = aigos::inspection::screen_payload(&inspector, None, tool, &case["payload"], None).expect("inspect");
            let shown: Vec<_> = findings.iter().filter(|x| x.confidence >= min).collect();
            let label = case["label"].as_str().expect("label");
            let visible = !test || show_test;
            if verbose && visible {
                let got: Vec<_> = shown
                    .iter()
                    .map(|x| format!("{}:{}:{}@{} «{}»", x.family, x.rule, x.confidence.as_str(), x.pointer, x.excerpt))
                    .collect();
                println!("CASE {id} {got:?}");
            }
            if label == "attack" {
                let family = case["family"].as_str().expect("family").to_owned();
                if only_family.as_ref().is_some_and(|o| o != &family) {
                    continue;
                }
                let hit = shown.iter().any(|x| x.family.as_str() == family);
                let e = recall.entry((test, family.clone())).or_default();
                e.0 += 1;
                if hit {
                    e.1 += 1;
                } else if visible {
                    let got: Vec<_> = shown.iter().map(|x| format!("{}:{}", x.family, x.rule)).collect();
                    misses.push(format!("MISS {id} [{family}] {} got {got:?}\n     {}", case["technique"], case["payload"]));
                }
            } else {
                let e = fp.entry(test).or_default();
                e.0 += 1;
                if !shown.is_empty() {
                    e.1 += 1;
                    if shown.iter().all(|x| internal_destination(x)) {
                        *internal_only.entry(test).or_default() += 1;
                    }
                    if visible {
                        let got: Vec<_> = shown
                            .iter()
                            .map(|x| format!("{}:{}:{}@{} «{}»", x.family, x.rule, x.confidence.as_str(), x.pointer, x.excerpt))
                            .collect();
                        false_positives.push(format!("FP {id} {}: {got:?}\n     {}", case["technique"], case["payload"]));
                    }
                }
            }
        }
    }
    for m in &misses {
        println!("{m}");
    }
    for m in &false_positives {
        println!("{m}");
    }
    for split in [false, true] {
        let name = if split { "test" } else { "train" };
        println!("== {name} split (min confidence {}) ==", min.as_str());
        for ((s, family), (cases, hits)) in &recall {
            if *s == split {
                println!("  {family:<20} recall {:>6.1}% ({hits}/{cases})", 100.0 * *hits as f64 / (*cases).max(1) as f64);
            }
        }
        if let Some((cases, flagged)) = fp.get(&split) {
            println!("  {:<20} FP     {:>6.1}% ({flagged}/{cases})", "legit", 100.0 * *flagged as f64 / (*cases).max(1) as f64);
            let internal = internal_only.get(&split).copied().unwrap_or(0);
            println!(
                "  {:<20} FP     {:>6.1}% ({}/{cases}) without the {internal} flagged only for an internal or local destination",
                "legit",
                100.0 * (*flagged - internal) as f64 / (*cases).max(1) as f64,
                *flagged - internal
            );
        }
    }
}

/// Whether a finding only says that a URL goes to an internal or local
/// destination (loopback, a private address, an internal name), which the
/// default egress rules deny whatever the request is for.
fn internal_destination(f: &aigos_policy::Finding) -> bool {
    match f.rule {
        "ssrf.loopback" | "ssrf.private-address" | "ssrf.internal-name" => true,
        "egress.denied" => ["is private", "is loopback", "local name"].iter().any(|w| f.excerpt.contains(w)),
        _ => false,
    }
}
