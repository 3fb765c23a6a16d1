//! What the binary's test files share: running `aigos` with stdin, its
//! output, the time.
#![allow(dead_code, reason = "each test binary uses a part of it")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `cmd` with `stdin` written to it, and waits for its output.
pub(crate) fn run(mut cmd: Command, stdin: &str) -> Output {
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // A command that fails early may exit before reading stdin: a broken
    // pipe here is not the test's concern, the exit code is.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// `aigos ARGS` with `stdin`.
pub(crate) fn aigos(args: &[&str], stdin: &str) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_aigos"));
    cmd.args(args);
    run(cmd, stdin)
}

/// Its stdout as text.
pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Now, in Unix seconds.
pub(crate) fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// A token of the demo agent of the `aigos init` setup in `setup`, bound to
/// the request saved at `request` (`aigos token issue --request`).
pub(crate) fn demo_token(setup: &std::path::Path, request: &std::path::Path) -> String {
    let key = setup.join("keys/demo-agent.key.pem");
    let (key, request) = (key.to_str().unwrap(), request.to_str().unwrap());
    let args =
        ["token", "issue", "--key", key, "--kid", "demo-agent-key-1", "--aud", "aigos-guard", "--sub", "demo-agent", "--request", request];
    let o = aigos(&args, "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    stdout(&o).trim().to_owned()
}

/// One `/v1/validate` body (an `aigos validate` line): a LOW config change of
/// the demo agent's instance setting `log_level` to `value`, with a fresh
/// token from the demo agent's key in the setup at `base`.
pub(crate) fn config_change_line(base: &std::path::Path, value: &str) -> String {
    use aigos_core::Clock as _;
    let payload = serde_json::json!({"key": "log_level", "value": value});
    request_line(base, "config.update", aigos_core::ActionKind::ConfigChange, payload, None, &[], aigos_core::SystemClock.now_secs())
}

/// One `/v1/validate` body of the demo agent's instance: `tool` as `kind`,
/// LOW, in production, with `payload`, an optional declared cost and
/// approval evidence, stamped `now` (the same action again is the same
/// stamp), and a fresh token from the demo agent's key.
pub(crate) fn request_line(
    base: &std::path::Path,
    tool: &str,
    kind: aigos_core::ActionKind,
    payload: serde_json::Value,
    cost: Option<f64>,
    approvals: &[aigos::ApprovalEvidence],
    now: i64,
) -> String {
    use aigos::config::{DEMO_AGENT, DEMO_AGENT_KID, DEMO_INSTANCE};
    use aigos_core::{ActionRequest, AgentId, Environment, InstanceId, Severity};
    let pem = std::fs::read_to_string(base.join("keys/demo-agent.key.pem")).unwrap();
    let key = aigos_crypto::SigningKey::from_pkcs8_pem(aigos_crypto::default_provider(), &pem)
        .unwrap()
        .with_kid(aigos_core::Kid::new(DEMO_AGENT_KID).unwrap());
    let mut builder = ActionRequest::builder(AgentId::new(DEMO_AGENT).unwrap(), tool)
        .instance(InstanceId::new(DEMO_INSTANCE).unwrap())
        .action(kind)
        .severity(Severity::Low)
        .environment(Environment::Production)
        .payload(payload)
        .timestamp(now);
    if let Some(usd) = cost {
        builder = builder.estimated_cost(aigos_core::CostUsd::new(usd).unwrap());
    }
    let request = builder.build().unwrap();
    let token = aigos_identity::TokenIssuer::new(std::sync::Arc::new(key))
        .issue(&aigos_identity::TokenRequest {
            sub: DEMO_AGENT.into(),
            aud: vec!["aigos-guard".into()],
            ahash: Some(aigos::action_hash(aigos_crypto::default_provider(), &request).unwrap()),
            ..Default::default()
        })
        .unwrap();
    let mut v = serde_json::to_value(&request).unwrap();
    v["token"] = serde_json::json!(token);
    if !approvals.is_empty() {
        v["approvals"] = serde_json::to_value(approvals).unwrap();
    }
    v.to_string()
}
