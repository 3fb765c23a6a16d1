//! Issue 17's approval attacks through `aigos validate`, each next to its
//! positive control, across restarts (every `aigos validate` run is a new
//! process on the same `aigos init` setup), and policy rollback at start.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs, reason = "tests")]

mod common;
use common::{aigos, now};

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

/// An `aigos init` setup and the demo agent's key.
struct Setup {
    _dir: tempfile::TempDir,
    root: PathBuf,
    provider: aigos_crypto::Provider,
}

impl Setup {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("setup");
        let o = aigos(&["init", root.to_str().unwrap()], "");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        Setup { _dir: dir, root, provider: aigos_crypto::default_provider() }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// A request by the demo agent for `tool`, stamped now.
    fn request(&self, tool: &str, action: &str, severity: &str) -> Value {
        json!({
            "agent_id": "demo-agent", "instance_id": "demo-agent-1", "action": action, "tool": tool,
            "resource": "svc/payments", "severity": severity, "environment": "staging", "payload": {"window": "02:00"},
            "timestamp": now(), "lineage": {"parent_instance_id": null, "root_instance_id": "demo-agent-1", "generation_depth": 0}
        })
    }

    fn critical(&self) -> Value {
        self.request("system.maintenance", "system_maintenance", "CRITICAL")
    }

    /// `request` as an input line with a fresh token bound to it, and
    /// `approvals` when given.
    fn line(&self, request: &Value, approvals: Option<Value>) -> String {
        let req: aigos_core::ActionRequest = serde_json::from_value(request.clone()).unwrap();
        let key = aigos_crypto::SigningKey::from_pkcs8_pem(
            self.provider,
            &std::fs::read_to_string(self.path("keys/demo-agent.key.pem")).unwrap(),
        )
        .unwrap()
        .with_kid(aigos_core::Kid::new("demo-agent-key-1").unwrap());
        let ahash = aigos::action_hash(self.provider, &req).unwrap();
        let token = aigos_identity::TokenIssuer::new(std::sync::Arc::new(key))
            .issue(&aigos_identity::TokenRequest {
                sub: "demo-agent".into(),
                aud: vec!["aigos-guard".into()],
                ahash: Some(ahash),
                ..Default::default()
            })
            .unwrap();
        let mut v = request.clone();
        v["token"] = token.into();
        if let Some(a) = approvals {
            v["approvals"] = a;
        }
        v.to_string()
    }

    /// Runs `aigos validate` (a new process: a restart) on `lines`.
    fn validate(&self, lines: &[String]) -> Vec<Value> {
        let o = self.validate_raw(lines);
        assert!(o.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    }

    fn validate_raw(&self, lines: &[String]) -> Output {
        let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
        aigos(&["validate", "--config", self.path("aigos.toml").to_str().unwrap()], &input)
    }

    fn operator_code(&self) -> String {
        let approvers: Vec<aigos::Approver> = serde_json::from_str(&std::fs::read_to_string(self.path("approvers.json")).unwrap()).unwrap();
        approvers.iter().find(|a| a.id == "operator").unwrap().totp.as_ref().unwrap().code_at(now()).unwrap()
    }

    fn expert_approval(&self, n: u8, request: &Value) -> Value {
        let req: aigos_core::ActionRequest = serde_json::from_value(request.clone()).unwrap();
        let ahash = aigos::action_hash(self.provider, &req).unwrap();
        let pem = std::fs::read_to_string(self.path(&format!("keys/expert-{n}.key.pem"))).unwrap();
        let key = aigos_crypto::SigningKey::from_pkcs8_pem(self.provider, &pem)
            .unwrap()
            .with_kid(aigos_core::Kid::new(format!("expert-{n}-key")).unwrap());
        let a = aigos::SignedApproval::sign(&key, &format!("expert-{n}"), &ahash, "reviewed the failover plan", now() + 600).unwrap();
        let mut v = serde_json::to_value(a).unwrap();
        v["type"] = "signed".into();
        v
    }
}

fn totp(code: &str, challenge: &Value) -> Value {
    json!({"type": "totp", "approver": "operator", "code": code, "challenge": challenge})
}

fn reasons(o: &Value) -> String {
    o["reasons"].to_string()
}

/// 250,000 TOTP guesses in one line (13 MB), two codes from one approver,
/// then the honest path: one right code with the challenge approves once;
/// the same code is refused on a later request, after a restart too.
#[test]
fn totp_guessing_and_reuse_are_refused_and_one_right_code_approves_once() {
    let s = Setup::new();
    let critical = s.critical();
    let pending = s.validate(&[s.line(&critical, None)]);
    assert_eq!(pending[0]["status"], "REQUIRES_MFA", "{}", reasons(&pending[0]));
    let challenge = pending[0]["challenge"]["id"].clone();
    assert!(challenge.is_string(), "the pending outcome names its challenge: {}", pending[0]);
    assert_eq!(pending[0]["challenge"]["ahash"].as_str().unwrap().len(), 43);

    // The attack of the issue: 250,000 codes at once (13 MB, under the 16 MiB line limit).
    let guesses: Vec<Value> = (0..250_000u32).map(|c| json!({"type": "totp", "approver": "operator", "code": format!("{c:06}")})).collect();
    let brute = s.validate(&[s.line(&critical, Some(Value::Array(guesses)))]);
    assert_eq!(brute[0]["status"], "REJECTED");
    assert_eq!(brute[0]["steps"][5]["code"], "EVIDENCE_TOO_MANY", "{}", brute[0]);
    // Two codes from one approver.
    let two = s.validate(&[s.line(&critical, Some(json!([totp("000000", &challenge), totp("000001", &challenge)])))]);
    assert_eq!(two[0]["steps"][5]["code"], "EVIDENCE_DUPLICATE", "{}", two[0]);

    // Positive control: the right code with the challenge approves, and the
    // outcome names the approver (not the code) and the token.
    let code = s.operator_code();
    let ok = s.validate(&[s.line(&critical, Some(json!([totp(&code, &challenge)])))]);
    assert_eq!(ok[0]["status"], "APPROVED", "{}", reasons(&ok[0]));
    assert_eq!(ok[0]["approved_by"], json!([{"approver": "operator", "evidence": "totp"}]));
    assert_eq!(ok[0]["token"]["kid"], "demo-agent-key-1");
    assert!(!ok[0].to_string().contains(&format!("\"{code}\"")), "the code is not echoed");
    // The audit record names the approver, the token's jti and kid, never the code.
    let jti = ok[0]["token"]["jti"].as_str().unwrap().to_owned();
    let log: String = std::fs::read_dir(s.path("audit"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    let record = log.lines().find(|l| l.contains(&jti)).expect("the record names the jti");
    assert!(record.contains(r#""approved_by":[{"approver":"operator","evidence":"totp"}]"#), "{record}");
    assert!(record.contains(r#""kid":"demo-agent-key-1""#), "{record}");
    assert!(!record.contains(&format!("\"{code}\"")), "the code is not recorded: {record}");

    // A restart, a fresh challenge for the same action, the same code: refused.
    let again = s.validate(&[s.line(&critical, None)]);
    let fresh = again[0]["challenge"]["id"].clone();
    let reuse = s.validate(&[s.line(&critical, Some(json!([totp(&code, &fresh)])))]);
    assert_eq!(reuse[0]["status"], "REQUIRES_MFA", "{}", reasons(&reuse[0]));
    // Within the same 30 s step the reason is the reuse; a step later the code is stale.
    assert!(reasons(&reuse[0]).contains("already used") || reasons(&reuse[0]).contains("wrong"), "{}", reasons(&reuse[0]));
    // The challenge used by the approval cannot be presented again.
    let replayed = s.validate(&[s.line(&critical, Some(json!([totp(&s.operator_code(), &challenge)])))]);
    assert_eq!(replayed[0]["status"], "REQUIRES_MFA");
    assert!(reasons(&replayed[0]).contains("unknown, used or expired"), "{}", reasons(&replayed[0]));
}

/// A code given for request A is not accepted on request B (B's challenge
/// is for another action, and A's challenge names A's action hash).
#[test]
fn a_code_for_one_request_does_not_approve_another() {
    let s = Setup::new();
    let a = s.critical();
    let mut b = s.critical();
    b["payload"] = json!({"window": "04:00", "reboot": "all"});
    let pending = s.validate(&[s.line(&a, None), s.line(&b, None)]);
    let (challenge_a, challenge_b) = (pending[0]["challenge"]["id"].clone(), pending[1]["challenge"]["id"].clone());
    let code = s.operator_code();
    let moved = s.validate(&[s.line(&b, Some(json!([totp(&code, &challenge_a)])))]);
    assert_eq!(moved[0]["status"], "REQUIRES_MFA");
    assert!(reasons(&moved[0]).contains("another action"), "{}", reasons(&moved[0]));
    // Positive control: with its own challenge, B is approved.
    let ok = s.validate(&[s.line(&b, Some(json!([totp(&code, &challenge_b)])))]);
    assert_eq!(ok[0]["status"], "APPROVED", "{}", reasons(&ok[0]));
}

/// Five wrong codes lock the operator out: the right code is then refused,
/// after a restart too; the lockout is in the audit log.
#[test]
fn wrong_codes_lock_the_approver_out_across_a_restart() {
    let s = Setup::new();
    let critical = s.critical();
    let pending = s.validate(&[s.line(&critical, None)]);
    let challenge = pending[0]["challenge"]["id"].clone();
    let right = s.operator_code();
    let wrong: Vec<String> = (0..5u32)
        .map(|i| format!("{:06}", (right.parse::<u32>().unwrap() + 1 + i) % 1_000_000))
        .map(|c| s.line(&critical, Some(json!([totp(&c, &challenge)]))))
        .collect();
    let outcomes = s.validate(&wrong);
    assert!(reasons(&outcomes[4]).contains("locked out"), "{}", reasons(&outcomes[4]));
    // A restart; the right code is refused while the lockout lasts.
    let locked = s.validate(&[s.line(&critical, Some(json!([totp(&s.operator_code(), &challenge)])))]);
    assert_eq!(locked[0]["status"], "REQUIRES_MFA");
    assert!(reasons(&locked[0]).contains("locked out"), "{}", reasons(&locked[0]));
    let log = std::fs::read_dir(s.path("audit"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect::<String>();
    assert!(log.contains("approver_lockout"), "the lockout is audited");
}

/// A coalition's signatures approve the action once: the same signatures
/// with fresh tokens are refused, in the same run and after a restart.
#[test]
fn a_coalition_approves_one_execution_across_restarts() {
    let s = Setup::new();
    let emergency = s.request("incident.respond", "emergency_response", "EMERGENCY");
    let evidence = json!([s.expert_approval(1, &emergency), s.expert_approval(2, &emergency)]);
    let first = s.validate(&[s.line(&emergency, Some(evidence.clone())), s.line(&emergency, Some(evidence.clone()))]);
    assert_eq!(first[0]["status"], "APPROVED", "positive control: {}", reasons(&first[0]));
    assert_eq!(first[0]["approved_by"].as_array().unwrap().len(), 2);
    assert_eq!(first[1]["status"], "REQUIRES_COE", "{}", reasons(&first[1]));
    assert!(reasons(&first[1]).contains("already used"), "{}", reasons(&first[1]));
    let restarted = s.validate(&[s.line(&emergency, Some(evidence))]);
    assert_eq!(restarted[0]["status"], "REQUIRES_COE", "a restart does not make them fresh: {}", reasons(&restarted[0]));
}

fn sign_bundle(s: &Setup, version: u64, out: &Path) {
    let o = aigos(
        &[
            "policy",
            "sign",
            "--key",
            s.path("keys/authority.key.pem").to_str().unwrap(),
            "--kid",
            "authority-1",
            "--version",
            &version.to_string(),
            s.path("policy.toml").to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::write(out, &o.stdout).unwrap();
}

/// Copying the older signed bundle (v1) back over v2 and restarting is
/// refused; a higher version loads (positive control).
#[test]
fn an_older_policy_bundle_is_refused_after_a_restart() {
    let s = Setup::new();
    let bundle = s.path("policy.bundle.json");
    let v1 = std::fs::read(&bundle).unwrap();
    let low = || s.line(&s.request("config.update", "config_change", "LOW"), None);
    assert_eq!(s.validate(&[low()])[0]["status"], "APPROVED", "v1 loads");
    sign_bundle(&s, 2, &bundle);
    assert_eq!(s.validate(&[low()])[0]["status"], "APPROVED", "v2 loads");
    // The insider's rollback: v1 is still validly signed.
    std::fs::write(&bundle, &v1).unwrap();
    let o = s.validate_raw(&[low()]);
    assert!(!o.status.success() && o.stdout.is_empty(), "the Guard must not start on v1: {}", String::from_utf8_lossy(&o.stdout));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("rollback") && err.contains("policy.bundle.json"), "{err}");
    // Positive control: a higher version loads.
    sign_bundle(&s, 3, &bundle);
    assert_eq!(s.validate(&[low()])[0]["status"], "APPROVED", "v3 loads");
}

/// Two Guards on one state file would lose each other's writes (a used
/// code forgotten): the second refuses to start while the first runs.
#[test]
fn a_second_guard_on_the_same_state_file_refuses_to_start() {
    let s = Setup::new();
    let mut first = Command::new(env!("CARGO_BIN_EXE_aigos"))
        .args(["validate", "--config", s.path("aigos.toml").to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The first one answers a line, so it has started (and holds the lock).
    let mut stdin = first.stdin.take().unwrap();
    writeln!(stdin, "{}", s.line(&s.request("config.update", "config_change", "LOW"), None)).unwrap();
    let mut out = std::io::BufReader::new(first.stdout.take().unwrap());
    let mut answer = String::new();
    std::io::BufRead::read_line(&mut out, &mut answer).unwrap();
    assert!(answer.contains("APPROVED"), "positive control: {answer}");
    let second = s.validate_raw(&[s.line(&s.request("config.update", "config_change", "LOW"), None)]);
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(!second.status.success() && err.contains("in use by another Guard"), "{err}");
    drop(stdin);
    assert!(first.wait().unwrap().success());
    // Once the first has exited, a Guard starts on the file again.
    assert_eq!(s.validate(&[s.line(&s.request("config.update", "config_change", "LOW"), None)])[0]["status"], "APPROVED");
}
