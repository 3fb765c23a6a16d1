//! The `aigos` command-line contracts, run against the built binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs, reason = "tests")]

mod common;
use common::{aigos, demo_token, now, stdout};

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn keygen(dir: &Path, alg: &str, kid: &str) {
    let o = aigos(&["keygen", "--alg", alg, "--kid", kid, "--out", dir.to_str().unwrap()], "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn issue(dir: &Path, kid: &str, extra: &[&str]) -> String {
    let key = dir.join(format!("{kid}.key.pem"));
    let mut args = vec!["token", "issue", "--key", key.to_str().unwrap(), "--kid", kid, "--aud", "svc", "--sub", "agent-1"];
    args.extend_from_slice(extra);
    let o = aigos(&args, "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let token = stdout(&o);
    assert_eq!(token.lines().count(), 1);
    token.trim().to_owned()
}

#[test]
fn keygen_writes_private_key_0600_and_merges_jwks() {
    let dir = tempfile::tempdir().unwrap();
    keygen(dir.path(), "es256", "k1");
    keygen(dir.path(), "eddsa", "k2");
    let pem = std::fs::read_to_string(dir.path().join("k1.key.pem")).unwrap();
    assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("k2.key.pem")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let jwks: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("jwks.json")).unwrap()).unwrap();
    let kids: Vec<&str> = jwks["keys"].as_array().unwrap().iter().map(|k| k["kid"].as_str().unwrap()).collect();
    assert_eq!(kids, ["k1", "k2"]);
    assert_eq!(jwks["keys"][0]["kty"], "EC");
    assert_eq!(jwks["keys"][1]["crv"], "Ed25519");
    // Regenerating a kid replaces its entry instead of duplicating it.
    keygen(dir.path(), "eddsa", "k1");
    let jwks: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("jwks.json")).unwrap()).unwrap();
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 2);
}

#[test]
fn token_verify_contract() {
    let dir = tempfile::tempdir().unwrap();
    keygen(dir.path(), "es256", "k1");
    keygen(dir.path(), "eddsa", "k2");
    let t1 = issue(dir.path(), "k1", &[]);
    let t2 = issue(dir.path(), "k2", &["--ttl", "60", "--claims", r#"{"team":"payments"}"#]);
    let jwks = dir.path().join("jwks.json");
    let jwks = jwks.to_str().unwrap();

    let o = aigos(&["token", "verify", "--jwks", jwks, "--aud", "svc"], &format!("{t1}\n{t2}\n"));
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(stdout(&o).starts_with(r#"{"ok":true,"claims":{"#));
    assert_eq!(lines[1]["claims"]["team"], "payments");
    assert_eq!(lines[1]["claims"]["exp"].as_i64().unwrap() - lines[1]["claims"]["iat"].as_i64().unwrap(), 60);

    // A repeated token in one process is a replay; exit 1.
    let o = aigos(&["token", "verify", "--jwks", jwks, "--aud", "svc"], &format!("{t1}\n{t1}\n"));
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let second: serde_json::Value = serde_json::from_str(out.lines().nth(1).unwrap()).unwrap();
    assert_eq!(second["ok"], false);
    assert!(second["error"].as_str().unwrap().contains("REPLAYED"));

    // Wrong audience, garbage, and options that need the aigos object.
    let o = aigos(&["token", "verify", "--jwks", jwks, "--aud", "other"], &format!("{t1}\n"));
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("INVALID_AUDIENCE"));
    let o = aigos(&["token", "verify", "--jwks", jwks, "--aud", "svc"], "not.a.token\n");
    assert_eq!(o.status.code(), Some(1));
    let o = aigos(&["token", "verify", "--jwks", jwks, "--aud", "svc", "--require-golden-thread"], &format!("{t1}\n"));
    assert_eq!(o.status.code(), Some(1));
    let o = aigos(&["token", "verify", "--jwks", jwks, "--aud", "svc", "--iss", "aigos-runtime"], &format!("{t1}\n"));
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("INVALID_ISSUER"));
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.json");
    let o = aigos(&["token", "verify", "--jwks", missing.to_str().unwrap(), "--aud", "svc"], "x\n");
    assert_eq!(o.status.code(), Some(2));
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"keys\": 7}").unwrap();
    let o = aigos(&["token", "verify", "--jwks", bad.to_str().unwrap(), "--aud", "svc"], "x\n");
    assert_eq!(o.status.code(), Some(2));
    let o = aigos(&["token", "verify", "--aud", "svc"], "");
    assert_eq!(o.status.code(), Some(2));
    let o = aigos(&["keygen", "--alg", "hs256", "--kid", "k", "--out", "x"], "");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn golden_thread_hash_output_is_exact() {
    let o = aigos(
        &[
            "golden-thread",
            "hash",
            "--ticket-id",
            " CHG-1234 ",
            "--approved-by",
            "Alice@Example.com",
            "--approved-at",
            "2026-01-15T10:30:00Z",
        ],
        "",
    );
    assert!(o.status.success());
    // sha256 of "approved_at=2026-01-15T10:30:00Z|approved_by=alice@example.com|ticket_id=CHG-1234",
    // computed with sha256sum, not copied from the spec (whose examples are wrong).
    assert_eq!(stdout(&o), "sha256:816d99c96d7a2c71919c2505a5183156a2c877bd69d4d1ec24c35155eadd4bec\n");
    let o = aigos(&["golden-thread", "hash", "--ticket-id", "T", "--approved-by", "a@b", "--approved-at", "yesterday"], "");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn golden_thread_sign_and_verify() {
    let dir = tempfile::tempdir().unwrap();
    keygen(dir.path(), "eddsa", "approver");
    keygen(dir.path(), "eddsa", "agent");
    let key = dir.path().join("approver.key.pem");
    let jwks = dir.path().join("jwks.json");
    // The agent's public key, as a JWKS of one key: the thread binds its thumbprint.
    let all: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&jwks).unwrap()).unwrap();
    let agent_jwk = all["keys"].as_array().unwrap().iter().find(|k| k["kid"] == "agent").unwrap().clone();
    let agent_file = dir.path().join("agent.jwk.json");
    std::fs::write(&agent_file, agent_jwk.to_string()).unwrap();
    let thumbprint = aigos_crypto::Jwk::thumbprint(&serde_json::from_value(agent_jwk).unwrap()).unwrap();
    let sign = |binding: &[&str]| {
        let mut args = vec!["golden-thread", "sign", "--key", key.to_str().unwrap(), "--kid", "approver"];
        args.extend_from_slice(binding);
        args.extend_from_slice(&["--ticket-id", "CHG-9", "--approved-by", "ops@example.com", "--approved-at", "2026-11-01T09:00:00+01:00"]);
        aigos(&args, "")
    };
    // A kid label is not a binding: refused.
    let o = sign(&["--agent-kid", "agent"]);
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    let o = sign(&["--agent-jwk", agent_file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let record = stdout(&o);
    let o = aigos(&["golden-thread", "verify", "--jwks", jwks.to_str().unwrap(), "--agent-kid", &thumbprint], &record);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let tampered = record.replace("ops@example.com", "evil@example.com");
    let o = aigos(&["golden-thread", "verify", "--jwks", jwks.to_str().unwrap()], &tampered);
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(report["hash_matches"], false);
    assert_eq!(report["signature_valid"], false);
    let o = aigos(&["golden-thread", "verify", "--jwks", jwks.to_str().unwrap(), "--agent-kid", "another"], &record);
    assert_eq!(o.status.code(), Some(1));
}

/// A thumbprint is base64url, so one in 64 begins with `-`: such a value is
/// taken as the value of `--agent-kid`, not as an unknown flag (exit 2), in
/// both sign and verify.
#[test]
fn golden_thread_takes_a_thumbprint_that_begins_with_a_hyphen() {
    let dir = tempfile::tempdir().unwrap();
    keygen(dir.path(), "eddsa", "approver");
    let key = dir.path().join("approver.key.pem");
    let jwks = dir.path().join("jwks.json");
    let thumbprint = format!("-{}", "A".repeat(42));
    let approval = ["--ticket-id", "CHG-9", "--approved-by", "ops@example.com", "--approved-at", "2026-11-01T09:00:00Z"];
    let mut args = vec!["golden-thread", "sign", "--key", key.to_str().unwrap(), "--kid", "approver", "--agent-kid", &thumbprint];
    args.extend_from_slice(&approval);
    let o = aigos(&args, "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let record = stdout(&o);
    let o = aigos(&["golden-thread", "verify", "--jwks", jwks.to_str().unwrap(), "--agent-kid", &thumbprint], &record);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), String::from_utf8_lossy(&o.stderr));
    // Negative control: another hyphen-led thumbprint is read as a value and does not match.
    let other = format!("-{}", "B".repeat(42));
    let o = aigos(&["golden-thread", "verify", "--jwks", jwks.to_str().unwrap(), "--agent-kid", &other], &record);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
}

const POLICY: &str = r#"
[[statements]]
id = "deploy"
effect = "permit"
principals = ["deploy-bot"]
actions = ["deploy.*"]

[[statements]]
id = "dead"
effect = "permit"
actions = ["db.drop"]

[[statements]]
id = "no-db-drop"
effect = "forbid"
actions = ["db.*"]
"#;

fn request_line(tool: &str) -> String {
    format!(r#"{{"agent_id":"deploy-bot","instance_id":"i-1","tool":"{tool}","timestamp":1800000000}}"#)
}

#[test]
fn policy_check_eval_sign_verify() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("policy.toml");
    std::fs::write(&file, POLICY).unwrap();
    let f = file.to_str().unwrap();

    let o = aigos(&["policy", "check", f], "");
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("warning") && out.contains("\"dead\"") && out.contains(":9:6:"), "{out}");

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[[statements]]\nid = \"x\"\neffect = \"permit\"\nactions = [\"[oops\"]\n").unwrap();
    let o = aigos(&["policy", "check", bad.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("2:6"), "{}", String::from_utf8_lossy(&o.stderr));

    let o = aigos(
        &["policy", "eval", "--policy", f],
        &format!("{}\n{}\n{}\n", request_line("deploy.rollout"), request_line("db.drop"), request_line("other")),
    );
    assert_eq!(o.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["allowed"], true);
    assert_eq!(lines[0]["statements"], serde_json::json!(["deploy"]));
    assert_eq!(lines[1]["allowed"], false);
    assert_eq!(lines[1]["statements"], serde_json::json!(["no-db-drop"]));
    assert_eq!(lines[2]["basis"], "DEFAULT_DENY");

    keygen(dir.path(), "eddsa", "policy-key");
    let key = dir.path().join("policy-key.key.pem");
    let jwks = dir.path().join("jwks.json");
    let o = aigos(&["policy", "sign", "--key", key.to_str().unwrap(), "--kid", "policy-key", "--version", "3", f], "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bundle = dir.path().join("bundle.json");
    std::fs::write(&bundle, stdout(&o)).unwrap();
    let o = aigos(&["policy", "verify", "--jwks", jwks.to_str().unwrap(), bundle.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("\"version\":3"));

    // A bundle is evaluated only after verification.
    let o = aigos(&["policy", "eval", "--policy", bundle.to_str().unwrap()], &request_line("deploy.x"));
    assert_eq!(o.status.code(), Some(2));
    let o = aigos(&["policy", "eval", "--policy", bundle.to_str().unwrap(), "--jwks", jwks.to_str().unwrap()], &request_line("deploy.x"));
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("\"allowed\":true"));

    let tampered = std::fs::read_to_string(&bundle).unwrap().replace("deploy.*", "*");
    std::fs::write(&bundle, tampered).unwrap();
    let o = aigos(&["policy", "verify", "--jwks", jwks.to_str().unwrap(), bundle.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(1));
    let o = aigos(&["policy", "eval", "--policy", bundle.to_str().unwrap(), "--jwks", jwks.to_str().unwrap()], &request_line("db.drop"));
    assert_eq!(o.status.code(), Some(1), "a tampered bundle is never evaluated");
}

#[test]
fn policy_inspect_findings_and_exit_codes() {
    let o = aigos(&["policy", "inspect"], r#"{"cmd": "ls; rm -rf /", "note": "fine"}"#);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["findings"][0]["family"], "shell_injection");
    assert_eq!(v["findings"][0]["pointer"], "/cmd");
    let o = aigos(&["policy", "inspect"], r#"{"replicas": 3}"#);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).trim(), r#"{"findings":[]}"#);
    let o = aigos(&["policy", "inspect"], "{not json");
    assert_eq!(o.status.code(), Some(1));
    // Every finding carries what the Guard records.
    let o = aigos(&["policy", "inspect"], r#"{"name": "save", "arguments": "{\"file\": \"..%252f..%252f..%252fetc%252fpasswd\"}"}"#);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let f = &v["findings"][0];
    assert_eq!(f["family"], "path_traversal", "{v}");
    assert_eq!(f["pointer"], "/arguments/file", "{v}");
    assert!(f["chain"].as_array().unwrap().iter().any(|d| d == "json"), "{v}");
    assert!(["high", "medium"].contains(&f["confidence"].as_str().unwrap()) && f["rule"].is_string() && f["excerpt"].is_string(), "{v}");
}

#[test]
fn policy_inspect_min_confidence_and_egress_contract() {
    // A medium finding (a template probe in a value) is printed by default
    // and with low, not with high.
    let probe = r#"{"greeting": "Hi {{7*7}}"}"#;
    assert_eq!(aigos(&["policy", "inspect"], probe).status.code(), Some(1));
    assert_eq!(aigos(&["policy", "inspect", "--min-confidence", "low"], probe).status.code(), Some(1));
    let o = aigos(&["policy", "inspect", "--min-confidence", "high"], probe);
    assert_eq!((o.status.code(), stdout(&o).trim()), (Some(0), r#"{"findings":[]}"#));
    // URLs: the always-deny rules stop metadata and loopback, not a public host.
    let o = aigos(&["policy", "inspect"], r#"{"url": "http://0xa9fea9fe/latest/meta-data/"}"#);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("\"ssrf\""), "{}", stdout(&o));
    let public = r#"{"url": "https://other.example.org/v1/items"}"#;
    assert_eq!(aigos(&["policy", "inspect"], public).status.code(), Some(0));
    // With --egress FILE, that file's rules decide (default deny, no DNS).
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("egress.toml");
    std::fs::write(&rules, "[[rules]]\nid = \"api\"\nhosts = [\"api.example.com\"]\n").unwrap();
    let rules = rules.to_str().unwrap();
    let o = aigos(&["policy", "inspect", "--egress", rules], public);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("egress.denied"), "{}", stdout(&o));
    assert_eq!(aigos(&["policy", "inspect", "--egress", rules], r#"{"url": "https://api.example.com/v1/items"}"#).status.code(), Some(0));
    // Usage errors.
    assert_eq!(aigos(&["policy", "inspect", "--min-confidence", "bogus"], "{}").status.code(), Some(2));
    assert_eq!(aigos(&["policy", "inspect", "--egress", "/nonexistent/egress.toml"], "{}").status.code(), Some(2));
}

#[test]
fn policy_check_reads_aigos_yaml_with_extends() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../aigos-policy/tests/fixtures/aigos");
    let o = aigos(&["policy", "check", &format!("{fixtures}/high-risk.yaml")], "");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let o = aigos(&["policy", "check", &format!("{fixtures}/fail-open.yaml")], "");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn audit_append_verify_show_prove_contract() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log");
    let log_s = log.to_str().unwrap();
    let hk = dir.path().join("hmac.key");
    std::fs::write(&hk, [5u8; 32]).unwrap();
    let ek = dir.path().join("enc.key");
    std::fs::write(&ek, [6u8; 32]).unwrap();
    keygen(dir.path(), "eddsa", "cp");
    let sk = dir.path().join("cp.key.pem");
    let jwks = dir.path().join("jwks.json");

    let o = aigos(
        &[
            "audit",
            "append",
            "--log",
            log_s,
            "--hmac-key",
            hk.to_str().unwrap(),
            "--signing-key",
            sk.to_str().unwrap(),
            "--kid",
            "cp",
            "--encrypt-fields",
            "secret",
            "--enc-key",
            ek.to_str().unwrap(),
        ],
        "{\"n\":1,\"secret\":\"hunter2\"}\n{\"n\":2}\n{\"n\":3}\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o), "2\n", "prints the last seq");
    let o = aigos(&["audit", "append", "--log", log_s, "--hmac-key", hk.to_str().unwrap()], "{\"n\":4}\n");
    assert_eq!(stdout(&o), "3\n", "appends continue the log");

    let o = aigos(&["audit", "verify", "--log", log_s, "--hmac-key", hk.to_str().unwrap(), "--jwks", jwks.to_str().unwrap()], "");
    // The second append had no signing key: its checkpoint is unsigned, which --jwks refuses.
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).starts_with("seq "), "{}", stdout(&o));
    let o = aigos(&["audit", "verify", "--log", log_s, "--hmac-key", hk.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let summary: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(summary["records"], 4);
    assert_eq!(summary["segments"], 1);

    let o = aigos(&["audit", "show", "--log", log_s, "--from", "0", "--to", "0", "--decrypt", "--enc-key", ek.to_str().unwrap()], "");
    assert!(stdout(&o).contains("hunter2"), "{}", stdout(&o));
    let o = aigos(&["audit", "show", "--log", log_s, "--to", "0"], "");
    assert!(!stdout(&o).contains("hunter2") && stdout(&o).contains("$enc"));

    let o = aigos(&["audit", "prove", "--log", log_s, "--seq", "2"], "");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let proof = stdout(&o);
    let o = aigos(&["audit", "check-proof"], &proof);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let forged = proof.replacen("\"seq\":2", "\"seq\":1", 1);
    let o = aigos(&["audit", "check-proof"], &forged);
    assert_eq!(o.status.code(), Some(1));

    // Wrong HMAC key: exit 1 with the first failing seq.
    let wrong = dir.path().join("wrong.key");
    std::fs::write(&wrong, [9u8; 32]).unwrap();
    let o = aigos(&["audit", "verify", "--log", log_s, "--hmac-key", wrong.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).starts_with("seq 0: "), "{}", stdout(&o));

    // Tampering: exit 1, `seq N: reason`.
    let seg = log.join(format!("{:020}.jsonl", 0));
    let text = std::fs::read_to_string(&seg).unwrap().replace("\"n\":3", "\"n\":9");
    std::fs::write(&seg, text).unwrap();
    let o = aigos(&["audit", "verify", "--log", log_s], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).starts_with("seq 2: "), "{}", stdout(&o));

    // Usage errors: exit 2.
    let o = aigos(&["audit", "verify", "--log", dir.path().join("absent").to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(2));
    let o = aigos(&["audit", "append", "--log", log_s], "not json\n");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn killswitch_sign_and_verify_contract() {
    let dir = tempfile::tempdir().unwrap();
    keygen(dir.path(), "eddsa", "ops");
    keygen(dir.path(), "es256", "ops2");
    let key = dir.path().join("ops.key.pem");
    let jwks = dir.path().join("jwks.json");
    let sign = |args: &[&str]| {
        let mut all = vec!["killswitch", "sign", "--key", key.to_str().unwrap(), "--kid", "ops"];
        all.extend_from_slice(args);
        aigos(&all, "")
    };
    let o = sign(&["--type", "terminate", "--target", "instance:i-1", "--reason", "incident 7"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let c1 = stdout(&o);
    assert_eq!(c1.lines().count(), 1);
    let v: serde_json::Value = serde_json::from_str(c1.trim()).unwrap();
    assert_eq!(v["type"], "TERMINATE");
    assert_eq!(v["target"], serde_json::json!({"type": "instance", "ids": ["i-1"]}));
    assert_eq!(v["signature"]["algorithm"], "Ed25519");
    let c2 = stdout(&sign(&["--type", "pause", "--target", "agent:deploy-bot", "--ttl", "60"]));
    let c3 = stdout(&sign(&["--type", "resume", "--target", "all"]));
    let c4 = stdout(&sign(&["--type", "pause", "--target", "lineage:i-root"]));

    let o = aigos(&["killswitch", "verify", "--jwks", jwks.to_str().unwrap()], &format!("{c1}{c2}{c3}{c4}"));
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(stdout(&o).lines().filter(|l| l.contains("\"ok\":true")).count(), 4);

    // A replay, an edited reason and an unsigned command: each refused, exit 1.
    let edited = c1.replace("incident 7", "nothing");
    let mut unsigned: serde_json::Value = serde_json::from_str(c2.trim()).unwrap();
    unsigned.as_object_mut().unwrap().remove("signature");
    let o = aigos(&["killswitch", "verify", "--jwks", jwks.to_str().unwrap()], &format!("{c1}{c1}{edited}{unsigned}\n"));
    assert_eq!(o.status.code(), Some(1));
    let results: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(results[0]["ok"], true);
    assert!(results[1]["error"].as_str().unwrap().contains("replayed"));
    assert!(results[2]["error"].as_str().unwrap().contains("signature"));
    assert!(results[3]["error"].as_str().unwrap().contains("unsigned"));

    let o = sign(&["--type", "halt", "--target", "all"]);
    assert_eq!(o.status.code(), Some(2));
    let o = sign(&["--type", "pause", "--target", "planet:earth"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn network_egress_check_and_render() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("egress.toml");
    std::fs::write(&rules, "[[rules]]\nid = \"office\"\ncidrs = [\"203.0.113.0/24\"]\nports = [8443]\n").unwrap();
    let r = rules.to_str().unwrap();
    let o = aigos(&["network", "egress-check", "--config", r, "https://203.0.113.9:8443/x"], "");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("\"rule\":\"office\""));
    let o = aigos(
        &["network", "egress-check", "--config", r, "https://203.0.113.9:8443/", "http://169.254.169.254/", "http://0x7f000001/"],
        "",
    );
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["allowed"], true);
    assert_eq!(lines[1]["allowed"], false);
    assert!(lines[2]["reason"].as_str().unwrap().contains("loopback"));

    let net = dir.path().join("network.toml");
    std::fs::write(&net, "namespace = \"agents\"\npod_labels = { app = \"agent\" }\ncontrol_plane_namespace = \"aigos-system\"\n").unwrap();
    let o = aigos(&["network", "render", "--config", net.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout(&o).contains("kind: NetworkPolicy") && stdout(&o).contains("4317"));
    let o = aigos(&["network", "render", "--config", dir.path().join("missing.toml").to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn network_certs_mint_a_working_development_pki() {
    use aigos_network::{MtlsAcceptor, MtlsConnector, MtlsSettings};
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pki");
    let o = aigos(
        &["network", "certs", "--trust-domain", "corp.example", "--out", out.to_str().unwrap(), "--agent", "billing", "payments"],
        "",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let summary: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(summary["agents"][0]["spiffe_id"], "spiffe://corp.example/agent/billing");
    assert_eq!(summary["ca_reused"], false);
    #[cfg(unix)]
    for (file, mode) in [("ca.key.pem", 0o600), ("billing.key.pem", 0o600), ("ca.pem", 0o644), ("payments.pem", 0o644)] {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(out.join(file)).unwrap().permissions().mode() & 0o777, mode, "{file}");
    }
    // The files load and complete a real mutual handshake.
    let load = |agent: &str| {
        let read = |f: String| std::fs::read(out.join(f)).unwrap();
        MtlsSettings::from_pem("corp.example", &read(format!("{agent}.pem")), &read(format!("{agent}.key.pem")), &read("ca.pem".into()))
            .unwrap()
    };
    let (server, client) = (load("payments"), load("billing"));
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (s, c) = rt.block_on(async {
        let (a, b) = tokio::io::duplex(16 * 1024);
        let acceptor = MtlsAcceptor::new(&server).unwrap();
        let connector = MtlsConnector::new(&client).unwrap();
        tokio::join!(acceptor.accept(b), connector.connect(a, None))
    });
    assert_eq!(s.unwrap().1.id().agent_id(), "billing");
    assert_eq!(c.unwrap().1.id().agent_id(), "payments");
    // A later run reuses the CA; an existing agent is kept unless --force.
    let ca_before = std::fs::read(out.join("ca.pem")).unwrap();
    let cert_before = std::fs::read(out.join("billing.pem")).unwrap();
    let o =
        aigos(&["network", "certs", "--trust-domain", "corp.example", "--out", out.to_str().unwrap(), "--agent", "ledger", "billing"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--force"));
    assert!(!out.join("ledger.pem").exists(), "nothing is written when one agent is refused");
    let o =
        aigos(&["network", "certs", "--trust-domain", "corp.example", "--out", out.to_str().unwrap(), "--agent", "billing", "--force"], "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout(&o).contains("\"ca_reused\":true"));
    assert_eq!(std::fs::read(out.join("ca.pem")).unwrap(), ca_before);
    assert_ne!(std::fs::read(out.join("billing.pem")).unwrap(), cert_before);
    // Bad input is a usage error.
    for bad in [["--trust-domain", "Corp.Example", "--agent", "x"], ["--trust-domain", "corp.example", "--agent", "a/b"]] {
        let fresh = dir.path().join("bad");
        let mut args = vec!["network", "certs", "--out", fresh.to_str().unwrap()];
        args.extend_from_slice(&bad);
        assert_eq!(aigos(&args, "").status.code(), Some(2), "{bad:?}");
    }
    // A CA key that does not match its certificate is refused.
    std::fs::copy(out.join("billing.key.pem"), out.join("ca.key.pem")).unwrap();
    let o = aigos(&["network", "certs", "--trust-domain", "corp.example", "--out", out.to_str().unwrap(), "--agent", "zeta"], "");
    assert_eq!(o.status.code(), Some(2));
}

/// `request` (saved at `req_path`) as a `validate` input line, with a fresh
/// token of the demo agent of the setup in `setup` bound to it.
fn demo_line(setup: &Path, req_path: &Path, request: &serde_json::Value) -> String {
    let mut v = request.clone();
    v["token"] = demo_token(setup, req_path).into();
    v.to_string()
}

/// A LOW config change by the demo agent `init` registers, stamped now.
fn demo_request() -> serde_json::Value {
    serde_json::json!({
        "agent_id": "demo-agent", "instance_id": "demo-agent-1", "action": "config_change", "tool": "config.update",
        "resource": "svc/payments", "severity": "LOW", "environment": "staging", "payload": {"key": "log_level"},
        "timestamp": now(), "lineage": {"parent_instance_id": null, "root_instance_id": "demo-agent-1", "generation_depth": 0}
    })
}

#[test]
fn init_then_validate_contract() {
    let dir = tempfile::tempdir().unwrap();
    let setup = dir.path().join("setup");
    let o = aigos(&["init", setup.to_str().unwrap()], "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let info: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(info["agent"], "demo-agent");
    for f in [
        "aigos.toml",
        "registry.json",
        "policy.bundle.json",
        "approvers.json",
        "keys/guard.key.pem",
        "keys/authority.jwks.json",
        "keys/audit.jwks.json",
    ] {
        assert!(setup.join(f).exists(), "{f}");
    }
    #[cfg(unix)]
    for f in [
        "keys/guard.key.pem",
        "keys/demo-agent.key.pem",
        "keys/authority.key.pem",
        "approvers.json",
        "keys/audit.mac",
        "keys/audit-checkpoint.key.pem",
    ] {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(setup.join(f)).unwrap().permissions().mode() & 0o777, 0o600, "{f}");
    }
    assert_eq!(aigos(&["init", setup.to_str().unwrap()], "").status.code(), Some(2), "an existing setup is not overwritten");

    // A request, and a token bound to it by `token issue --request`.
    let request = demo_request();
    let req_path = dir.path().join("request.json");
    std::fs::write(&req_path, request.to_string()).unwrap();
    let token = |req: &Path| demo_token(&setup, req);
    let good = token(&req_path);
    let line = |t: &str| {
        let mut v = request.clone();
        v["token"] = serde_json::Value::String(t.to_owned());
        v.to_string()
    };
    let config = setup.join("aigos.toml");
    let o = aigos(&["validate", "--config", config.to_str().unwrap()], &format!("{}\n", line(&good)));
    assert!(o.status.success(), "{} {}", stdout(&o), String::from_utf8_lossy(&o.stderr));
    let outcome: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(outcome["status"], "APPROVED");
    assert!(outcome["permit"].as_str().unwrap().split('.').count() == 3, "a compact JWS permit");
    assert_eq!(outcome["steps"].as_array().unwrap().len(), 8);
    assert!(outcome["audit_seq"].is_u64());

    // The same token again (a new process has a new replay store, so replay within one run),
    // a token moved to another action, a malformed line: one outcome line each, exit 1.
    let mut other = request.clone();
    other["tool"] = "config.delete".into();
    let moved = {
        let mut v = other.clone();
        v["token"] = good.clone().into();
        v.to_string()
    };
    let fresh = token(&req_path);
    let input = format!("{}\n{}\n{}\n{}\n", line(&fresh), line(&fresh), moved, "{not json");
    let o = aigos(&["validate", "--config", config.to_str().unwrap()], &input);
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["status"], "APPROVED", "positive control");
    assert_eq!(lines[1]["status"], "REJECTED");
    assert!(lines[1]["reasons"][0].as_str().unwrap().contains("REPLAY"), "{}", lines[1]);
    assert_eq!(lines[2]["status"], "REJECTED");
    assert_eq!(lines[3]["status"], "REJECTED");
    assert_eq!(lines[3]["line"], 4);
    // Every validation was audited, and the log and its checkpoints (signed
    // with the key whose public half init published) verify.
    let o = aigos(
        &[
            "audit",
            "verify",
            "--log",
            setup.join("audit").to_str().unwrap(),
            "--hmac-key",
            setup.join("keys/audit.mac").to_str().unwrap(),
            "--jwks",
            setup.join("keys/audit.jwks.json").to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{} {}", stdout(&o), String::from_utf8_lossy(&o.stderr));
    let summary: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert!(summary["checkpoints"].as_u64().unwrap() >= 1, "{summary}");
    // Trusting another key, the same checkpoints are refused.
    let other = dir.path().join("other.jwks.json");
    std::fs::write(
        &other,
        std::fs::read_to_string(setup.join("keys/authority.jwks.json")).unwrap().replace("authority-1", "audit-checkpoint-1"),
    )
    .unwrap();
    let o = aigos(&["audit", "verify", "--log", setup.join("audit").to_str().unwrap(), "--jwks", other.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(1), "{} {}", stdout(&o), String::from_utf8_lossy(&o.stderr));
}

/// An input line over 16 MiB is answered with a REJECTED line and skipped
/// without being held whole; the next request is judged as usual.
#[test]
fn validate_skips_an_oversized_line_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let setup = dir.path().join("setup");
    assert!(aigos(&["init", setup.to_str().unwrap()], "").status.success());
    let request = demo_request();
    let req_path = dir.path().join("request.json");
    std::fs::write(&req_path, request.to_string()).unwrap();
    let good = demo_line(&setup, &req_path, &request);
    let huge = format!("{{\"pad\": \"{}\"}}", "x".repeat(17 << 20));
    let config = setup.join("aigos.toml");
    let o = aigos(&["validate", "--config", config.to_str().unwrap()], &format!("{huge}\n{good}\n"));
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["status"], "REJECTED");
    assert_eq!(lines[0]["line"], 1);
    assert!(lines[0]["error"].as_str().unwrap().contains("longer than"), "{}", lines[0]);
    assert_eq!(lines[1]["status"], "APPROVED", "positive control: the next line is read");
}

/// A kill command appended to the file `init` set up reaches a running
/// `aigos validate`: the agent's next request is rejected, a forged command
/// in the same file is refused, and stderr says which was which.
#[test]
fn validate_applies_kill_commands_appended_while_it_runs() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let setup = dir.path().join("setup");
    assert!(aigos(&["init", setup.to_str().unwrap()], "").status.success());
    let config = setup.join("aigos.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains("kill_commands = \"kill-commands.yaml\""), "{text}");
    std::fs::write(&config, text.replace("kill_poll_ms = 1000", "kill_poll_ms = 20")).unwrap();
    let request = demo_request();
    let req_path = dir.path().join("request.json");
    std::fs::write(&req_path, request.to_string()).unwrap();
    let line = || format!("{}\n", demo_line(&setup, &req_path, &request));
    let sign = |key: &Path| {
        let o = aigos(
            &["killswitch", "sign", "--key", key.to_str().unwrap(), "--kid", "authority-1", "--type", "terminate"]
                .into_iter()
                .chain(["--target", "agent:demo-agent"])
                .collect::<Vec<_>>(),
            "",
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        format!("- {}\n", stdout(&o).trim())
    };
    let append = |entry: &str| {
        let path = setup.join("kill-commands.yaml");
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str(entry);
        std::fs::write(&path, text).unwrap();
    };

    let mut child = Command::new(env!("CARGO_BIN_EXE_aigos"))
        .args(["validate", "--config", config.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    // stderr on a thread, so a report that never comes fails the test
    // instead of hanging it.
    let (err_tx, err_rx) = std::sync::mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for l in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = err_tx.send(l);
        }
    });
    let report = || err_rx.recv_timeout(std::time::Duration::from_secs(60)).expect("no kill report on stderr");
    let mut outcome = |input: String| -> serde_json::Value {
        stdin.write_all(input.as_bytes()).unwrap();
        stdin.flush().unwrap();
        serde_json::from_str(&out.next().unwrap().unwrap()).unwrap()
    };
    assert_eq!(outcome(line())["status"], "APPROVED", "positive control");

    // Signed by a key the Guard does not trust (under the trusted kid): refused.
    keygen(dir.path(), "eddsa", "authority-1");
    append(&sign(&dir.path().join("authority-1.key.pem")));
    let r = report();
    assert!(r.contains("kill command refused"), "{r}");
    assert_eq!(outcome(line())["status"], "APPROVED", "a forged command changes nothing");

    // The authority's command: applied, and the agent's next request is rejected.
    append(&sign(&setup.join("keys/authority.key.pem")));
    let r = report();
    assert!(r.contains("applied"), "{r}");
    let o = outcome(line());
    assert_eq!(o["status"], "REJECTED");
    assert!(o["reasons"][0].as_str().unwrap().contains("terminated by the kill switch"), "{o}");
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(1), "not every request was approved");
}

#[test]
fn demo_prints_the_five_scenarios_the_dashboard_and_the_audit_check() {
    let o = aigos(&["demo"], "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    for (scenario, status) in [
        ("Configuration Change", "APPROVED"),
        ("Secret Rotation", "APPROVED"),
        ("System Maintenance", "REQUIRES_MFA -> APPROVED"),
        ("Emergency Response", "REQUIRES_COE -> APPROVED"),
        ("Suspicious Activity", "REJECTED"),
    ] {
        let row = out.lines().find(|l| l.starts_with(scenario)).unwrap_or_else(|| panic!("{scenario} missing:\n{out}"));
        assert!(row.contains(status), "{row}");
    }
    assert!(out.contains("audit chain integrity      verified (7 records)"), "{out}");
    assert!(out.contains("Audit log: 7 records"), "{out}");
}

/// Issue 16 through the binary: a compromised demo agent (its own key signs
/// every line) sends requests that claim facts about themselves; each is
/// rejected with its code, next to the honest request, which is approved.
#[test]
fn validate_decides_on_trusted_facts_not_on_the_request() {
    let dir = tempfile::tempdir().unwrap();
    let setup = dir.path().join("setup");
    assert!(aigos(&["init", setup.to_str().unwrap()], "").status.success());
    let mut lines = Vec::new();
    let mut add = |name: &str, edit: &dyn Fn(&mut serde_json::Value)| {
        let mut request = demo_request();
        edit(&mut request);
        let req_path = dir.path().join(format!("{name}.json"));
        std::fs::write(&req_path, request.to_string()).unwrap();
        lines.push(demo_line(&setup, &req_path, &request));
    };
    add("honest", &|_| {});
    add("backdated", &|r| r["timestamp"] = (now() - 3600).into());
    add("unknown-instance", &|r| {
        r["instance_id"] = "demo-agent-7".into();
        r["lineage"]["root_instance_id"] = "demo-agent-7".into();
    });
    add("self-lowered", &|r| {
        r["tool"] = "system.maintenance".into();
        r["action"] = "system_maintenance".into();
    });
    add("metadata", &|r| r["resource"] = "HTTP://169.254.169.254/latest/meta-data/".into());
    add("ambiguous-url", &|r| r["payload"] = serde_json::json!({"url": "https://example.com\\@evil.example/"}));
    // 5000, not 5000.0: request lines are I-JSON, numbers written canonically.
    add("over-budget", &|r| r["estimated_cost_usd"] = 5000.into());
    add("oversized", &|r| r["payload"] = serde_json::json!({"blob": "a".repeat(1_100_000)}));
    let config = setup.join("aigos.toml");
    let o = aigos(&["validate", "--config", config.to_str().unwrap()], &(lines.join("\n") + "\n"));
    let out: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let decided = |o: &serde_json::Value| {
        let step = o["steps"].as_array().unwrap().iter().find(|s| s["result"] != "passed" && s["result"] != "skipped");
        (o["status"].as_str().unwrap().to_owned(), step.map_or("OK".into(), |s| s["code"].as_str().unwrap().to_owned()))
    };
    let expected = [
        ("APPROVED", "OK"),
        ("REJECTED", "CLOCK_SKEW"),
        ("REJECTED", "INSTANCE_UNKNOWN"),
        ("REQUIRES_MFA", "MFA_REQUIRED"),
        ("REJECTED", "EGRESS_DENIED"),
        ("REJECTED", "EGRESS_DENIED"),
        ("REJECTED", "BUDGET_EXCEEDED"),
        ("REJECTED", "PAYLOAD_TOO_LARGE"),
    ];
    assert_eq!(out.len(), expected.len(), "{}", String::from_utf8_lossy(&o.stderr));
    for (o, (status, code)) in out.iter().zip(expected) {
        let (s, c) = decided(o);
        assert_eq!((s.as_str(), c.as_str()), (status, code), "{o}");
    }
}

/// `aigos keys rotate`: prints what it did as JSON, refuses a second
/// rotation while one is pending (exit 2) and an unknown role (exit 2);
/// with no delay, a command signed through the authority ring (`--key
/// keys/authority.ring.json`) is by the new key and verifies against the
/// authority JWKS, while one signed with the old key file is refused as
/// retired.
#[test]
fn keys_rotate_contract() {
    let dir = tempfile::tempdir().unwrap();
    let setup = dir.path().join("setup");
    assert!(aigos(&["init", setup.to_str().unwrap()], "").status.success());
    let config = setup.join("aigos.toml");
    let rotate =
        |role: &str, delay: &str| aigos(&["keys", "rotate", "--config", config.to_str().unwrap(), "--role", role, "--delay", delay], "");
    let o = rotate("permit", "600");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!((v["role"].as_str(), v["old_kid"].as_str(), v["new_kid"].as_str()), (Some("permit"), Some("guard-1"), Some("guard-2")));
    assert_eq!(v["jwks_updated"], serde_json::json!(["keys/guard.jwks.json"]));
    let o = rotate("permit", "600");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("pending"));
    assert_eq!(rotate("root", "0").status.code(), Some(2));

    let o = rotate("authority", "0");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let jwks = setup.join("keys/authority.jwks.json");
    let sign = |key: &Path, kid: &str| {
        let o = aigos(
            &["killswitch", "sign", "--key", key.to_str().unwrap(), "--kid", kid, "--type", "pause", "--target", "agent:demo-agent"],
            "",
        );
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        stdout(&o)
    };
    let by_ring = sign(&setup.join("keys/authority.ring.json"), "ignored");
    let v: serde_json::Value = serde_json::from_str(by_ring.trim()).unwrap();
    assert_eq!(v["signature"]["key_id"], "authority-2");
    let o = aigos(&["killswitch", "verify", "--jwks", jwks.to_str().unwrap()], &by_ring);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let by_old = sign(&setup.join("keys/authority.key.pem"), "authority-1");
    let o = aigos(&["killswitch", "verify", "--jwks", jwks.to_str().unwrap()], &by_old);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("retired"), "{}", stdout(&o));

    // Golden threads: one the old key approves now is refused, one it
    // approved before its retirement still verifies.
    let thread = |key: &str, kid: &str, at: &str| {
        let key = setup.join(key);
        let args = [
            "golden-thread",
            "sign",
            "--key",
            key.to_str().unwrap(),
            "--kid",
            kid,
            "--agent-kid",
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs",
            "--ticket-id",
            "CHG-9",
            "--approved-by",
            "ops@example.com",
            "--approved-at",
            at,
        ];
        let o = aigos(&args, "");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        stdout(&o)
    };
    let now = time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap();
    let verify = |record: &str| aigos(&["golden-thread", "verify", "--jwks", jwks.to_str().unwrap()], record);
    let o = verify(&thread("keys/authority.key.pem", "authority-1", &now));
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("\"approved_before_key_retired\":false"), "{}", stdout(&o));
    let o = verify(&thread("keys/authority.key.pem", "authority-1", "2020-01-01T00:00:00Z"));
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let o = verify(&thread("keys/authority.ring.json", "ignored", &now));
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

/// `aigos security-audit` as JSON: every check with an outcome.
fn security_audit(config: &Path) -> (Option<i32>, std::collections::BTreeMap<String, (String, String)>) {
    let o = aigos(&["security-audit", "--config", config.to_str().unwrap(), "--format", "json"], "");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    let checks = v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (c["id"].as_str().unwrap().to_owned(), (c["outcome"].as_str().unwrap().to_owned(), c["evidence"].as_str().unwrap().to_owned()))
        })
        .collect();
    (o.status.code(), checks)
}

/// The `aigos init` setup: what the audit reports. It fails on what a
/// development setup is: keys in PEM files next to the Guard (no HSM) and
/// an agent without a budget; it passes the rest of the checklist.
#[test]
fn security_audit_of_the_init_setup() {
    let dir = tempfile::tempdir().unwrap();
    let setup = dir.path().join("setup");
    assert!(aigos(&["init", setup.to_str().unwrap()], "").status.success());
    let (code, checks) = security_audit(&setup.join("aigos.toml"));
    assert_eq!(code, Some(1), "a failing check exits 1");
    let failed: Vec<&str> = checks.iter().filter(|(_, (o, _))| o == "fail").map(|(id, _)| id.as_str()).collect();
    assert_eq!(failed, vec!["keys.hsm"], "{checks:#?}");
    assert!(checks["keys.hsm"].1.contains("keys/guard.key.pem"), "the evidence names the key file");
    for passing in [
        "keys.file_modes",
        "token.algorithms",
        "token.ttl",
        "jwks.https",
        "registry.golden_threads",
        "kill.channels",
        "kill.watchdog",
        "audit.immutable",
        "server.listen",
        "network.egress",
        "capability.budgets",
    ] {
        assert_eq!(checks[passing].0, "pass", "{passing}: {:?}", checks[passing]);
    }
    // Markdown for people: one row per check.
    let o = aigos(&["security-audit", "--config", setup.join("aigos.toml").to_str().unwrap()], "");
    assert_eq!(stdout(&o).lines().filter(|l| l.starts_with("| `")).count(), checks.len());
}

/// A deliberately weakened deployment: an HS256-capable key among the
/// trusted ones, 1 h tokens, one kill channel, no witness, a key file
/// readable by everyone, a public listen address without client
/// certificates, an egress rule for all of `.com`, a trusted JWKS anyone may
/// write, an agent without a budget. Each weakness is named by its own
/// failing check.
#[test]
fn security_audit_names_every_weakness() {
    let dir = tempfile::tempdir().unwrap();
    let setup = dir.path().join("setup");
    assert!(aigos(&["init", setup.to_str().unwrap()], "").status.success());
    let config = setup.join("aigos.toml");
    let edit = |from: &str, to: &str| {
        let text = std::fs::read_to_string(&config).unwrap();
        assert!(text.contains(from), "{from}");
        std::fs::write(&config, text.replacen(from, to, 1)).unwrap();
    };
    let jwks_path = setup.join("keys/authority.jwks.json");
    let mut jwks: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&jwks_path).unwrap()).unwrap();
    jwks["keys"].as_array_mut().unwrap().push(serde_json::json!({"kty": "oct", "kid": "shared-secret", "alg": "HS256", "k": "c2VjcmV0"}));
    std::fs::write(&jwks_path, jwks.to_string()).unwrap();
    edit("replay_capacity = 1000000", "replay_capacity = 1000000\nmax_token_ttl_secs = 3600");
    edit("kill_commands = \"kill-commands.yaml\"\n", "");
    edit("[server]\nlisten = \"127.0.0.1:8443\"", "[server]\nlisten = \"0.0.0.0:8443\"");
    edit("witness = \"audit.witness.json\"", "# witness removed");
    std::fs::write(setup.join("egress.toml"), "[[rules]]\nid = \"all-of-com\"\nhosts = [\"*.com\"]\n").unwrap();
    let registry_path = setup.join("registry.json");
    let mut registry: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&registry_path).unwrap()).unwrap();
    let peer = registry["agents"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == "peer-agent").unwrap();
    peer["capabilities"]["max_budget_usd"] = serde_json::Value::Null;
    std::fs::write(&registry_path, registry.to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(setup.join("keys/guard.key.pem"), std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(setup.join("keys/authority.jwks.json"), std::fs::Permissions::from_mode(0o666)).unwrap();
    }
    let (code, checks) = security_audit(&config);
    assert_eq!(code, Some(1));
    let expect = [
        ("token.algorithms", "HS256"),
        ("token.ttl", "3600"),
        ("kill.channels", "1 channel"),
        ("audit.immutable", "no witness"),
        ("server.listen", "0.0.0.0:8443"),
        ("network.egress", "all-of-com"),
        ("capability.budgets", "no budget: peer-agent"),
        #[cfg(unix)]
        ("keys.file_modes", "guard.key.pem is mode 644"),
        #[cfg(unix)]
        ("keys.file_modes", "authority.jwks.json (trusted"),
    ];
    for (id, named) in expect {
        assert_eq!(checks[id].0, "fail", "{id}: {:?}", checks[id]);
        assert!(checks[id].1.contains(named), "{id} does not name {named:?}: {}", checks[id].1);
    }
}

/// `--kube DIR`: the NetworkPolicy rendered from `DIR/network.toml` and the
/// Guard's egress rules must be among the manifests; one that lets agents
/// reach more than the rules say is not.
#[test]
fn security_audit_compares_the_network_policy_with_the_manifests() {
    let dir = tempfile::tempdir().unwrap();
    let setup = dir.path().join("setup");
    assert!(aigos(&["init", setup.to_str().unwrap()], "").status.success());
    std::fs::write(
        setup.join("egress.toml"),
        "[[rules]]\nid = \"payments\"\nhosts = [\"api.payments.example\"]\ncidrs = [\"203.0.113.0/24\"]\n",
    )
    .unwrap();
    let kube = dir.path().join("kube");
    std::fs::create_dir(&kube).unwrap();
    let net = kube.join("network.toml");
    std::fs::write(
        &net,
        "namespace = \"agents\"\npod_labels = { app = \"agent\" }\ncontrol_plane_namespace = \"aigos-system\"\n\n[[egress]]\nid = \"payments\"\nhosts = [\"api.payments.example\"]\ncidrs = [\"203.0.113.0/24\"]\n",
    )
    .unwrap();
    let rendered = stdout(&aigos(&["network", "render", "--config", net.to_str().unwrap()], ""));
    let audit = || {
        let o = aigos(
            &[
                "security-audit",
                "--config",
                setup.join("aigos.toml").to_str().unwrap(),
                "--format",
                "json",
                "--kube",
                kube.to_str().unwrap(),
            ],
            "",
        );
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        v["checks"].as_array().unwrap().iter().find(|c| c["id"] == "network.policies").unwrap().clone()
    };
    std::fs::write(kube.join("policy.yaml"), format!("---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: agents\n---\n{rendered}"))
        .unwrap();
    let check = audit();
    assert_eq!(check["outcome"], "pass", "{check}");
    // The applied policy opens the whole internet.
    std::fs::write(kube.join("policy.yaml"), rendered.replace("203.0.113.0/24", "0.0.0.0/0")).unwrap();
    let check = audit();
    assert_eq!(check["outcome"], "fail", "{check}");
    assert!(check["evidence"].as_str().unwrap().contains("none of the 1 NetworkPolicy"), "{check}");
}
