//! `aigos a2a serve | call`: an end-to-end call between two `aigos`
//! processes on loopback, a wrong server, a kill delivered through the
//! kill-command file, and a clean SIGTERM.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs, reason = "tests")]

mod common;
use common::{aigos, stdout};

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `aigos a2a call` from the demo agent's Guard (aigos.toml).
fn call(dir: &std::path::Path, to: &str, action: &str, addr: &str) -> (i32, serde_json::Value) {
    let config = dir.join("aigos.toml");
    let o = aigos(
        &["a2a", "call", "--config", config.to_str().unwrap(), "--to", to, "--action", action, "--body", "{\"n\":1}", "--addr", addr],
        "",
    );
    let out = stdout(&o);
    let json = serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("{e}: {out} / {}", String::from_utf8_lossy(&o.stderr)));
    (o.status.code().unwrap(), json)
}

#[test]
fn two_aigos_processes_call_each_other_over_mtls() {
    let dir = tempfile::tempdir().unwrap();
    let o = aigos(&["init", dir.path().to_str().unwrap()], "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let peer_config = dir.path().join("peer-agent.toml");
    let mut server = Command::new(env!("CARGO_BIN_EXE_aigos"))
        .args(["a2a", "serve", "--config", peer_config.to_str().unwrap(), "--listen", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut ready = String::new();
    BufReader::new(server.stdout.take().unwrap()).read_line(&mut ready).unwrap();
    let ready: serde_json::Value = serde_json::from_str(&ready).unwrap();
    assert_eq!(ready["agent"], "spiffe://aigos.local/agent/peer-agent");
    let addr = ready["listening"].as_str().unwrap().to_owned();
    let peer = "spiffe://aigos.local/agent/peer-agent";

    let (code, answer) = call(dir.path(), peer, "reports.read", &addr);
    assert_eq!(code, 0, "{answer}");
    assert_eq!(answer["status"], 200);
    assert_eq!(answer["body"]["served"], "reports.read");
    assert_eq!(answer["body"]["caller"], "spiffe://aigos.local/agent/demo-agent");
    assert_eq!(answer["server"], "peer-agent");

    // The server must be the agent named: the demo agent's own ID is not who answers.
    let (code, answer) = call(dir.path(), "spiffe://aigos.local/agent/demo-agent", "reports.read", &addr);
    assert_eq!(code, 1);
    assert!(answer["error"].as_str().unwrap().contains("expected spiffe://aigos.local/agent/demo-agent"), "{answer}");
    // A path a normalizing proxy would rewrite.
    let (code, answer) = call(dir.path(), peer, "reports.read/../admin", &addr);
    assert_eq!((code, answer["error"].as_str()), (1, Some("PATH_NOT_NORMALIZED")));

    // A kill command appended to the shared kill-command file reaches the serving process.
    let key = dir.path().join("keys/authority.key.pem");
    let signed = aigos(
        &[
            "killswitch",
            "sign",
            "--key",
            key.to_str().unwrap(),
            "--kid",
            "authority-1",
            "--type",
            "terminate",
            "--target",
            "agent:demo-agent",
        ],
        "",
    );
    assert!(signed.status.success(), "{}", String::from_utf8_lossy(&signed.stderr));
    let file = dir.path().join("kill-commands.yaml");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str(&format!("- {}\n", stdout(&signed).trim()));
    std::fs::write(&file, text).unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (code, answer) = call(dir.path(), peer, "reports.read", &addr);
        if answer["error"] == "KILL_TERMINATED" {
            assert_eq!(code, 1);
            break;
        }
        assert!(Instant::now() < deadline, "the kill never reached the server: {answer}");
        std::thread::sleep(Duration::from_millis(200));
    }

    // SIGTERM: the server stops and exits cleanly.
    Command::new("kill").args(["-TERM", &server.id().to_string()]).status().unwrap();
    let status = server.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let log = dir.path().join("peer-agent.audit");
    let shown = aigos(&["audit", "show", "--log", log.to_str().unwrap()], "");
    let kinds: Vec<String> = stdout(&shown)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|r| r["kind"] == "a2a_call")
        .map(|r| r["data"]["outcome"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds.first().map(String::as_str), Some("SERVED"));
    assert!(kinds.contains(&"PATH_NOT_NORMALIZED".to_owned()) && kinds.contains(&"KILL_TERMINATED".to_owned()), "{kinds:?}");
}
