//! Payload inspection: the labelled corpus (recall and false positives),
//! limits, pointers.

use aigos_policy::{Error, Family, Inspector, InspectorConfig};
use serde_json::{Value, json};

/// Compiling the automata takes a while in debug builds: build once.
static INSPECTOR: std::sync::LazyLock<Inspector> = std::sync::LazyLock::new(|| Inspector::new(InspectorConfig::default()).unwrap());

fn inspector() -> &'static Inspector {
    &INSPECTOR
}

fn family(name: &str) -> Family {
    match name {
        "prompt_injection" => Family::PromptInjection,
        "shell_injection" => Family::ShellInjection,
        "sql_injection" => Family::SqlInjection,
        "path_traversal" => Family::PathTraversal,
        "template_injection" => Family::TemplateInjection,
        "ssrf" => Family::Ssrf,
        "secret" => Family::Secret,
        other => panic!("unknown family {other}"),
    }
}

#[test]
fn corpus_recall_and_false_positive_rate() {
    let ins = inspector();
    let malicious: Vec<Value> = include_str!("../corpus/malicious.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let benign: Vec<Value> = include_str!("../corpus/benign.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(malicious.len() >= 150 && benign.len() >= 150);

    let mut missed = Vec::new();
    for case in &malicious {
        let expected = family(case["family"].as_str().unwrap());
        let findings = ins.inspect(&case["payload"]).unwrap();
        // Walking the bytes and walking a parsed value find the same things.
        assert_eq!(ins.inspect_bytes(&serde_json::to_vec(&case["payload"]).unwrap()).unwrap(), findings);
        // A hit counts only in the labelled family.
        if !findings.iter().any(|f| f.family == expected) {
            missed.push(case.to_string());
        }
    }
    let mut false_positives = Vec::new();
    for case in &benign {
        let findings = ins.inspect(&case["payload"]).unwrap();
        if !findings.is_empty() {
            false_positives.push(format!("{} -> {:?}", case["payload"], findings.iter().map(|f| f.rule).collect::<Vec<_>>()));
        }
    }
    let recall = 1.0 - missed.len() as f64 / malicious.len() as f64;
    let fp_rate = false_positives.len() as f64 / benign.len() as f64;
    println!(
        "payload corpus: {} malicious, {} benign; recall {:.1}% ({} missed), false positives {:.1}% ({})",
        malicious.len(),
        benign.len(),
        recall * 100.0,
        missed.len(),
        fp_rate * 100.0,
        false_positives.len()
    );
    for m in &missed {
        println!("  missed: {m}");
    }
    for f in &false_positives {
        println!("  false positive: {f}");
    }
    assert!(recall >= 0.95, "recall {recall}");
    assert!(fp_rate <= 0.02, "false positive rate {fp_rate}");
}

#[test]
fn findings_carry_family_pointer_and_severity() {
    let f = inspector()
        .inspect(&json!({"args": {"cmd": "ls; rm -rf /"}, "notes/x": ["fine", "AKIAIOSFODNN7EXAMPLE"], "password": "hunter2hunter2"}))
        .unwrap();
    assert!(
        f.iter().any(|x| x.family == Family::ShellInjection && x.pointer == "/args/cmd" && x.severity == aigos_core::Severity::Critical)
    );
    assert!(f.iter().any(|x| x.family == Family::Secret && x.pointer == "/notes~1x/1"), "{f:?}");
    assert!(f.iter().any(|x| x.rule == "secret.named-field" && x.pointer == "/password"), "{f:?}");
    // Keys are scanned too.
    let f = inspector().inspect(&json!({"'; DROP TABLE users; --": 1})).unwrap();
    assert!(f.iter().any(|x| x.family == Family::SqlInjection && x.pointer.ends_with("#key")), "{f:?}");
    assert!(inspector().inspect(&json!({"replicas": 3, "image": "web:1.2"})).unwrap().is_empty(), "positive control");
    // Escaped strings are decoded before scanning; a bare string payload is at the root pointer.
    let f = inspector().inspect_bytes(br#""..\/..\/etc\/passwd""#).unwrap();
    assert!(f.iter().any(|x| x.family == Family::PathTraversal && x.pointer.is_empty()), "{f:?}");
    // Duplicate keys: both values are scanned, not only the last one.
    let f = inspector().inspect_bytes(br#"{"q": "' OR '1'='1", "q": "fine"}"#).unwrap();
    assert!(f.iter().any(|x| x.family == Family::SqlInjection), "{f:?}");
}

#[test]
fn limits_are_typed_rejections_not_crashes() {
    let ins = Inspector::new(InspectorConfig { max_bytes: 1024, max_depth: 4 }).unwrap();
    let big = format!("{{\"a\":\"{}\"}}", "x".repeat(2000));
    assert!(matches!(ins.inspect_bytes(big.as_bytes()), Err(Error::Payload(_))));
    let deep = format!("{}1{}", "[".repeat(6), "]".repeat(6));
    assert!(matches!(ins.inspect_bytes(deep.as_bytes()), Err(Error::Payload(_))));
    assert!(ins.inspect_bytes(b"[[[1]]]").is_ok());
    // Far beyond serde_json's own limit: an error, never a stack overflow.
    let very_deep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    let default = inspector();
    assert!(matches!(default.inspect_bytes(very_deep.as_bytes()), Err(Error::Payload(_))));
    let deep_obj = "{\"a\":".repeat(40) + "1" + &"}".repeat(40);
    assert!(matches!(default.inspect_bytes(deep_obj.as_bytes()), Err(Error::Payload(_))));
    assert!(matches!(default.inspect_bytes(b"{not json"), Err(Error::Payload(_))));
}

proptest::proptest! {
    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
        let _ = inspector().inspect_bytes(&bytes);
    }
}
