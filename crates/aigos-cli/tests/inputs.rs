//! Hostile inputs through the `aigos` binary (issue 17, inputs): numbers that
//! hash alike, duplicate member names, extreme times, nested YAML.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs, reason = "tests")]

mod common;
use common::{aigos, demo_token, now};

use std::path::Path;
use std::process::Output;

fn lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// A LOW config change of the demo agent with `payload`, as JSON text.
fn request(payload: &str) -> String {
    format!(
        concat!(
            r#"{{"agent_id":"demo-agent","instance_id":"demo-agent-1","action":"config_change","tool":"config.update","#,
            r#""resource":"svc/payments","severity":"LOW","environment":"staging","payload":{},"timestamp":{},"#,
            r#""lineage":{{"parent_instance_id":null,"root_instance_id":"demo-agent-1","generation_depth":0}}"#,
        ),
        payload,
        now()
    ) + "}"
}

/// A token of the demo agent bound to `request` (by `token issue --request`).
fn token(setup: &Path, request: &str) -> String {
    let path = setup.join(format!("request-{}.json", now()));
    std::fs::write(&path, request).unwrap();
    demo_token(setup, &path)
}

/// `request` with `"token"` added as its last member, as one line.
fn line(request: &str, token: &str) -> String {
    format!("{},\"token\":\"{token}\"}}\n", request.strip_suffix('}').unwrap())
}

#[test]
fn validate_refuses_numbers_that_would_hash_alike_and_duplicate_names() {
    let dir = tempfile::tempdir().unwrap();
    let setup = dir.path().join("setup");
    assert!(aigos(&["init", setup.to_str().unwrap()], "").status.success());
    let config = setup.join("aigos.toml");
    let validate = |input: &str| aigos(&["validate", "--config", config.to_str().unwrap()], input);

    // Positive control: the token bound to payload 1 approves the canonical spelling.
    let canonical = request(r#"{"replicas":1}"#);
    let t = token(&setup, &canonical);
    let o = validate(&line(&canonical, &t));
    assert!(o.status.success(), "{:?} {}", lines(&o), String::from_utf8_lossy(&o.stderr));
    assert_eq!(lines(&o)[0]["status"], "APPROVED");

    // The attacks, each with a fresh token bound to the canonical request.
    let cases = [
        (r#"{"replicas":1.0}"#, "REQUEST_NOT_IJSON"),
        (r#"{"replicas":1e0}"#, "REQUEST_NOT_IJSON"),
        (r#"{"replicas":9007199254740993}"#, "REQUEST_NOT_IJSON"),
        (r#"{"replicas":9007199254740992}"#, "REQUEST_NOT_IJSON"),
        (r#"{"replicas":-0}"#, "REQUEST_NOT_IJSON"),
        (r#"{"replicas":1,"replicas":300}"#, "REQUEST_DUPLICATE_KEY"),
        (r#"{"replicas":{"a":1,"a":2}}"#, "REQUEST_DUPLICATE_KEY"),
    ];
    for (payload, code) in cases {
        let t = token(&setup, &canonical);
        let o = validate(&line(&request(payload), &t));
        assert_eq!(o.status.code(), Some(1), "{payload}");
        let out = lines(&o);
        assert_eq!((out[0]["status"].as_str(), out[0]["code"].as_str()), (Some("REJECTED"), Some(code)), "{payload}: {out:?}");
    }
    // A duplicate of a request member (the later one would win).
    let t = token(&setup, &canonical);
    let dup = line(&canonical, &t).replacen(r#""severity":"LOW""#, r#""severity":"LOW","severity":"CRITICAL""#, 1);
    assert_eq!(lines(&validate(&dup))[0]["code"], "REQUEST_DUPLICATE_KEY");
    // Nesting beyond the bound is refused before parsing.
    let deep = request(&format!("{}1{}", "[".repeat(100), "]".repeat(100)));
    assert_eq!(lines(&validate(&line(&deep, &t)))[0]["code"], "REQUEST_TOO_DEEP");
    // Positive control: a float written canonically is accepted as I-JSON
    // (and then judged on its token like any request).
    let float = request(r#"{"ratio":0.5,"big":1e+21}"#);
    let t = token(&setup, &float);
    assert_eq!(lines(&validate(&line(&float, &t)))[0]["status"], "APPROVED");
}

const WINDOW_POLICY: &str = "[[statements]]\nid = \"night\"\neffect = \"permit\"\nactions = [\"t\"]\n\
    conditions = { time_windows = [{ start = \"22:00\", end = \"06:00\" }] }\n";

fn eval_line(timestamp: &str) -> String {
    format!("{{\"agent_id\":\"a\",\"instance_id\":\"i\",\"tool\":\"t\",\"timestamp\":{timestamp}}}\n")
}

#[test]
fn policy_eval_never_panics_on_extreme_times() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("p.toml");
    std::fs::write(&policy, WINDOW_POLICY).unwrap();
    let eval = |input: &str| aigos(&["policy", "eval", "--policy", policy.to_str().unwrap()], input);
    for ts in ["-9223372036854775808", "9223372036854775807", "-9007199254740992", "1e300", "-0"] {
        let o = eval(&eval_line(ts));
        assert_eq!(o.status.code(), Some(1), "{ts}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(lines(&o)[0]["error"].as_str().unwrap().starts_with("invalid request"), "{ts}");
    }
    // The ends of the range are evaluated, and a normal window matches
    // (positive controls): Friday 2024-01-12 23:00 is inside, 06:00 is not.
    for ts in ["-9007199254740991", "9007199254740991"] {
        assert!(eval(&eval_line(ts)).status.success(), "{ts}");
    }
    let o = eval(&format!("{}{}", eval_line("1705100400"), eval_line("1705125600")));
    let out = lines(&o);
    assert_eq!((out[0]["result"].as_str(), out[1]["result"].as_str()), (Some("ALLOWED"), Some("DENIED")), "{out:?}");
    // Duplicate names in an eval line are refused too.
    let o = eval("{\"agent_id\":\"a\",\"instance_id\":\"i\",\"tool\":\"x\",\"tool\":\"t\",\"timestamp\":0}\n");
    assert!(lines(&o)[0]["error"].as_str().unwrap().contains("duplicate"));
}

#[test]
fn policy_check_refuses_deeply_nested_yaml_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deep.yaml");
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    std::fs::write(&file, format!("version: \"1.0\"\nname: p\ncapabilities:\n  allowed_tools: {nested}\n")).unwrap();
    let o = aigos(&["policy", "check", file.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("nested deeper than 32"), "{err}");
    // The same for TOML and a JSON policy.
    let toml = dir.path().join("deep.toml");
    std::fs::write(&toml, format!("x = {nested}\n")).unwrap();
    assert!(String::from_utf8_lossy(&aigos(&["policy", "check", toml.to_str().unwrap()], "").stderr).contains("nested deeper than 32"));
    let json = dir.path().join("deep.json");
    std::fs::write(&json, format!("{{\"statements\":{nested}}}")).unwrap();
    assert!(String::from_utf8_lossy(&aigos(&["policy", "check", json.to_str().unwrap()], "").stderr).contains("nested deeper than 32"));
    // Positive control: an ordinary AIGOS YAML policy with flow lists.
    let ok = dir.path().join("ok.yaml");
    std::fs::write(&ok, "version: \"1.0\"\nname: p\ncapabilities:\n  allowed_tools: [\"config.*\", 'deploy.rollout']\n").unwrap();
    let o = aigos(&["policy", "check", ok.to_str().unwrap()], "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}
