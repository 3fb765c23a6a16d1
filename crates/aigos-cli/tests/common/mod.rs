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
