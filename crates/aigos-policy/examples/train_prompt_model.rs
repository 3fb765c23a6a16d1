//! Trains the learned prompt-injection model ([`aigos_policy::PromptModel`])
//! on the tuning split of the labelled corpus and writes it where the
//! inspector embeds it.
//!
//! `cargo run --release -p aigos-policy --example train_prompt_model [DIR] [--fp-budget F] [--bits N] [--epochs N] [--l2 F] [--out FILE] [--dry-run] [--group] [--subsample F] [--misses FILE]`
//! trains; `... --example train_prompt_model -- --score [--model FILE] < lines`
//! prints the embedded model's (or FILE's) score of each line of stdin.
//!
//! Positives are the prompt-injection attacks; negatives are every
//! legitimate payload and every attack of another family. The test split
//! (about 30 %, by a hash of the id, as `detect_eval` chooses it) is never
//! read. The threshold comes from 5-fold cross-validation on the tuning
//! split: the lowest score that at most `--fp-budget` (default 1 %) of the
//! held-out folds' legitimate payloads reach. A payload is scored as the
//! inspector scores it: each string of three words or more on its own, the
//! highest counting.
//!
//! The folds are drawn by a hash of the id, so each corpus (one writer's
//! cases) is spread over all five and the figures tell how the model does
//! on more of what it has seen. `--group` keeps each corpus in one fold
//! instead (the folds balanced by their injections): the figures then tell
//! how it does on a writer it has never read, as the test split's and the
//! hold-outs' new corpora ask. `--subsample F` trains each fold on about
//! that fraction of the corpora (chosen by a hash of their names): with
//! `--group`, a learning curve that says whether more corpora would help.
//! Both only change the figures; the written model is trained on the whole
//! tuning split either way (with `--group`, at the threshold its figures give).

#![allow(
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a developer tool: a broken corpus line should stop it loudly"
)]

use aigos_policy::{Confidence, Family, Inspector, InspectorConfig, PromptModel, TrainOptions};
use serde_json::Value;

/// FNV-1a (64 bits) of the id, as `detect_eval` computes it.
fn fnv(id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Every string in `v`, at any depth.
fn strings<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

struct Case {
    id: String,
    fold: u64,
    /// The corpus the case comes from (its id without the letter and
    /// number): `--group` keeps each corpus in one fold.
    group: String,
    text: String,
    units: Vec<String>,
    injection: bool,
    legit: bool,
    /// Whether the rules alone (the learned model off) flag the case at
    /// medium or higher: for an injection, as one; for a legitimate
    /// payload, as anything.
    rules: bool,
}

/// The score the inspector would give: the highest over the strings of
/// three words or more.
fn score(model: &PromptModel, case: &Case) -> f32 {
    case.units.iter().map(|u| model.score(u)).fold(0.0, f32::max)
}

/// The training examples: every case's text, labelled.
fn examples<'c>(cases: impl Iterator<Item = &'c Case>) -> Vec<(&'c str, bool)> {
    cases.map(|c| (c.text.as_str(), c.injection)).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = String::from("tests/corpus/payloads");
    let mut out = String::from("crates/aigos-policy/src/inspect/prompt_model.bin");
    let mut budget = 0.01f64;
    let mut dry = false;
    let mut group = false;
    let mut subsample = 1.0f64;
    let mut misses: Option<String> = None;
    let mut options = TrainOptions::default();
    if args.first().is_some_and(|a| a == "--score") {
        // Scores each line of stdin with the embedded model, or the one
        // `--model FILE` names.
        let file = args.get(1).filter(|a| *a == "--model").and_then(|_| args.get(2));
        let loaded = file.map(|f| PromptModel::from_bytes(&std::fs::read(f).expect("read the model")).expect("a model"));
        let model = loaded.as_ref().or(PromptModel::embedded()).expect("the embedded model");
        for line in std::io::stdin().lines() {
            let line = line.expect("stdin");
            println!("{:.4} {}", model.score(&line), line);
        }
        return;
    }
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--fp-budget" => {
                i += 1;
                budget = args[i].parse().expect("a fraction");
            }
            "--out" => {
                i += 1;
                out = args[i].clone();
            }
            "--dry-run" => dry = true,
            "--misses" => {
                i += 1;
                misses = Some(args[i].clone());
            }
            "--group" => group = true,
            "--subsample" => {
                i += 1;
                subsample = args[i].parse().expect("a fraction");
            }
            "--bits" => {
                i += 1;
                options = options.bits(args[i].parse().expect("log2 of the table size"));
            }
            "--epochs" => {
                i += 1;
                options = options.epochs(args[i].parse().expect("a count"));
            }
            "--l2" => {
                i += 1;
                options = options.l2(args[i].parse().expect("a penalty"));
            }
            other => dir = other.to_owned(),
        }
        i += 1;
    }
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("corpus dir").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let rules_only = Inspector::new(InspectorConfig { learned_prompt: false, ..Default::default() }).expect("inspector");
    let mut cases = Vec::new();
    for f in files.iter().filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
        for line in std::fs::read_to_string(f).expect("read").lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).expect("a JSON line");
            let h = fnv(case["id"].as_str().expect("id"));
            if h % 100 < 30 {
                continue;
            }
            let mut all = Vec::new();
            strings(&case["payload"], &mut all);
            let units: Vec<String> = all.iter().filter(|s| PromptModel::reads(s)).map(|s| (*s).to_owned()).collect();
            let attack = case["label"] == "attack";
            let injection = attack && case["family"] == "prompt_injection";
            let found = rules_only.inspect_call(case["tool"].as_str().unwrap_or(""), &case["payload"], None).expect("inspect").findings;
            let rules = found.iter().any(|f| f.confidence >= Confidence::Medium && (!injection || f.family == Family::PromptInjection));
            // Trained on what the inspector scores: the strings it reads.
            let id = case["id"].as_str().expect("id");
            let group = id.rsplitn(3, '-').nth(2).unwrap_or(id).to_owned();
            cases.push(Case {
                id: id.to_owned(),
                fold: (h / 100) % 5,
                group,
                text: units.join("\n"),
                units,
                injection,
                legit: !attack,
                rules,
            });
        }
    }
    if group {
        // Whole corpora to folds, largest first, each to the fold with the
        // fewest injections so far (then the fewest cases).
        let mut sizes: std::collections::BTreeMap<&str, (usize, usize)> = std::collections::BTreeMap::new();
        for c in &cases {
            let e = sizes.entry(c.group.as_str()).or_default();
            e.0 += usize::from(c.injection);
            e.1 += 1;
        }
        let mut order: Vec<(&str, (usize, usize))> = sizes.into_iter().collect();
        order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut load = [(0usize, 0usize); 5];
        let mut fold_of = std::collections::HashMap::new();
        for (g, (inj, n)) in order {
            let f = (0..5).min_by_key(|&f| load[f]).unwrap_or(0);
            load[f].0 += inj;
            load[f].1 += n;
            fold_of.insert(g.to_owned(), f as u64);
        }
        for c in &mut cases {
            c.fold = fold_of[&c.group];
        }
        println!("grouped folds (injections, cases): {load:?}");
    }
    // Out-of-fold scores.
    let mut oof = vec![0f32; cases.len()];
    for fold in 0..5 {
        let keep = |c: &Case| subsample >= 1.0 || (fnv(&c.group) % 1000) as f64 / 1000.0 < subsample;
        let train = examples(cases.iter().filter(|c| c.fold != fold && keep(c)));
        let model = PromptModel::train(&train, &options);
        for (i, c) in cases.iter().enumerate().filter(|(_, c)| c.fold == fold) {
            oof[i] = score(&model, c);
        }
    }
    let mut legit: Vec<f32> = cases.iter().zip(&oof).filter(|(c, _)| c.legit).map(|(_, s)| *s).collect();
    legit.sort_by(|a, b| b.total_cmp(a));
    let positives: Vec<f32> = cases.iter().zip(&oof).filter(|(c, _)| c.injection).map(|(_, s)| *s).collect();
    let at = |b: f64| -> f32 {
        let k = (legit.len() as f64 * b).floor() as usize;
        // The lowest threshold that at most k legitimate payloads exceed.
        legit.get(k).map_or(0.5, |s| s.next_up()).max(0.5)
    };
    println!("tuning split: {} cases, {} injections, {} legitimate", cases.len(), positives.len(), legit.len());
    for b in [0.002, 0.005, 0.01, 0.02] {
        let t = at(b);
        let recall = positives.iter().filter(|s| **s >= t).count();
        let fp = legit.iter().filter(|s| **s >= t).count();
        let with_rules = |pick: &dyn Fn(&Case) -> bool| cases.iter().zip(&oof).filter(|(c, s)| pick(c) && (c.rules || **s >= t)).count();
        println!(
            "  5-fold, fp budget {:>4.1} %: threshold {t:.4}, model alone: recall {recall}/{}, fp {fp}/{}; with the rules: recall {}, fp {} (rules alone {}, {})",
            b * 100.0,
            positives.len(),
            legit.len(),
            with_rules(&|c| c.injection),
            with_rules(&|c| c.legit),
            cases.iter().filter(|c| c.injection && c.rules).count(),
            cases.iter().filter(|c| c.legit && c.rules).count(),
        );
    }
    let threshold = at(budget);
    if let Some(file) = &misses {
        // The tuning split's out-of-fold errors at the threshold: injections
        // the model misses and legitimate payloads it flags, with their scores.
        let mut lines = String::new();
        for (c, s) in cases.iter().zip(&oof) {
            let kind = match (c.injection, c.legit, *s >= threshold) {
                (true, _, false) => "miss",
                (_, true, true) => "fp",
                _ => continue,
            };
            let rules = if c.rules { "rules" } else { "-" };
            lines.push_str(&format!("{kind}\t{s:.3}\t{rules}\t{}\t{}\n", c.id, c.text.replace('\n', " | ")));
        }
        std::fs::write(file, lines).expect("write the misses");
    }
    let all = examples(cases.iter());
    let model = PromptModel::train(&all, &options.threshold(threshold));
    println!("threshold {threshold:.4} (fp budget {:.1} %)", budget * 100.0);
    if !dry {
        std::fs::write(&out, model.to_bytes()).expect("write the model");
        println!("wrote {out}");
    }
}
