//! Experiments (model50): other kinds of prompt-injection model, in 5-fold
//! cross-validation on the tuning split only (the test split is skipped by
//! the same FNV rule as the trainer).
#![allow(clippy::all, clippy::pedantic, clippy::restriction, missing_docs, reason = "an experiment harness")]

use aigos_policy::{Confidence, Family, Inspector, InspectorConfig};
use serde_json::Value;
use std::collections::HashMap;

fn fnv(id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn strings(v: &Value, ptr: String, key: &str, out: &mut Vec<(String, String, String)>) {
    match v {
        Value::String(s) => out.push((ptr, key.to_owned(), s.clone())),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| strings(x, format!("{ptr}/{i}"), key, out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| strings(x, format!("{ptr}/{}", k.replace('~', "~0").replace('/', "~1")), k, out)),
        _ => {}
    }
}

pub struct Unit {
    pub text: String,
    pub field: String,
    /// Rule findings (rules only) at this string's pointer.
    pub hits: Vec<(Family, Confidence, &'static str)>,
}

pub struct Case {
    pub id: String,
    pub fold: u64,
    pub tool: String,
    pub units: Vec<Unit>,
    pub injection: bool,
    pub legit: bool,
    pub rules: bool,
    pub nstrings: usize,
}

mod feat;
mod models;
mod shape;
mod deep;

fn load(dir: &str) -> Vec<Case> {
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("dir").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let rules_only = Inspector::new(InspectorConfig { learned_prompt: false, ..Default::default() }).expect("inspector");
    let mut cases = Vec::new();
    for f in files.iter().filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
        for line in std::fs::read_to_string(f).expect("read").lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).expect("json");
            let id = case["id"].as_str().expect("id").to_owned();
            let h = fnv(&id);
            if h % 100 < 30 {
                continue; // test split: never read
            }
            let mut all = Vec::new();
            strings(&case["payload"], String::new(), "", &mut all);
            let attack = case["label"] == "attack";
            let injection = attack && case["family"] == "prompt_injection";
            let tool = case["tool"].as_str().unwrap_or("").to_owned();
            let found = rules_only.inspect_call(&tool, &case["payload"], None).expect("inspect").findings;
            let rules = found.iter().any(|f| f.confidence >= Confidence::Medium && (!injection || f.family == Family::PromptInjection));
            let mut by_ptr: HashMap<String, Vec<(Family, Confidence, &'static str)>> = HashMap::new();
            for f in &found {
                let p = f.pointer.split('#').next().unwrap_or("").to_owned();
                by_ptr.entry(p).or_default().push((f.family, f.confidence, f.rule));
            }
            let nstrings = all.len();
            let units = all
                .into_iter()
                .filter(|(_, _, s)| aigos_policy::PromptModel::reads(s))
                .map(|(p, k, s)| Unit { hits: by_ptr.get(&p).cloned().unwrap_or_default(), text: s, field: k.to_lowercase() })
                .collect();
            cases.push(Case { id, fold: (h / 100) % 5, tool: tool.to_lowercase(), units, injection, legit: !attack, rules, nstrings });
        }
    }
    cases
}

/// Threshold and (model alone recall, fp; with rules recall, fp) at a budget.
pub fn evaluate(cases: &[Case], oof: &[f32], budget: f64) -> (f32, usize, usize, usize, usize) {
    let mut legit: Vec<f32> = cases.iter().zip(oof).filter(|(c, _)| c.legit).map(|(_, s)| *s).collect();
    legit.sort_by(|a, b| b.total_cmp(a));
    let k = (legit.len() as f64 * budget).floor() as usize;
    let t = legit.get(k).map_or(f32::NEG_INFINITY, |s| s.next_up());
    let r = cases.iter().zip(oof).filter(|(c, s)| c.injection && **s >= t).count();
    let f = cases.iter().zip(oof).filter(|(c, s)| c.legit && **s >= t).count();
    let rr = cases.iter().zip(oof).filter(|(c, s)| c.injection && (c.rules || **s >= t)).count();
    let rf = cases.iter().zip(oof).filter(|(c, s)| c.legit && (c.rules || **s >= t)).count();
    (t, r, f, rr, rf)
}

pub fn report(name: &str, cases: &[Case], oof: &[f32]) {
    let mut line = format!("{name:<40}");
    for b in [0.002, 0.005, 0.01] {
        let (_, r, f, rr, rf) = evaluate(cases, oof, b);
        line += &format!(" | {:.1}%: alone {r}/{f} rules {rr}/{rf}", b * 100.0);
    }
    // Recall with the rules at the baseline's combined fp (115).
    let mut order: Vec<usize> = (0..cases.len()).filter(|&i| !cases[i].rules).collect();
    order.sort_by(|&a, &b| oof[b].total_cmp(&oof[a]));
    let mut fp = cases.iter().filter(|c| c.legit && c.rules).count();
    let mut tp = cases.iter().filter(|c| c.injection && c.rules).count();
    for &i in &order {
        if cases[i].legit {
            if fp + 1 > 115 { break; }
            fp += 1;
        }
        if cases[i].injection { tp += 1; }
    }
    line += &format!(" | at combined fp<=115: {tp}");
    println!("{line}");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cases = load("tests/corpus/payloads");
    eprintln!("{} cases, {} injections", cases.len(), cases.iter().filter(|c| c.injection).count());
    models::run(&args, &cases);
}
