//! Crash safety: a child process appending in `batch` mode is killed with
//! SIGKILL at arbitrary points, many times. After each kill the log reopens,
//! verifies, and holds every record the child reported as acknowledged.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aigos_audit::{AuditConfig, AuditLog, Durability};

use crate::verify_full;

const CHILD_ENV: &str = "AIGOS_AUDIT_CRASH_CHILD_DIR";

fn child_config(dir: &std::path::Path) -> AuditConfig {
    AuditConfig::new(dir)
        .durability(Durability::Batch)
        .mac_key(crate::mac_key())
        .signing_key(crate::signing_key())
        .checkpoints(50, Duration::from_secs(3600))
        .segment_max_bytes(16 * 1024)
}

/// Not a test on its own: the child half of `sigkill_at_random_points`.
#[test]
fn crash_child_writer() {
    let Ok(dir) = std::env::var(CHILD_ENV) else { return };
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).build().unwrap();
    rt.block_on(async move {
        let (log, _) = AuditLog::open(child_config(std::path::Path::new(&dir))).unwrap();
        let log = Arc::new(log);
        let mut tasks = Vec::new();
        for t in 0..4 {
            let log = log.clone();
            tasks.push(tokio::spawn(async move {
                for i in 0u64.. {
                    let seq =
                        log.append("crash-test", &format!("p{t}"), serde_json::json!({"i": i, "pad": "y".repeat(200)})).await.unwrap();
                    let mut out = std::io::stdout().lock();
                    let _ = writeln!(out, "ack {seq}");
                    let _ = out.flush();
                }
            }));
        }
        for t in tasks {
            let _ = t.await;
        }
    });
}

#[test]
fn sigkill_at_random_points() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut total_acked = 0usize;
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    for round in 0..20 {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash::crash_child_writer", "--nocapture", "--test-threads", "1"])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let acked = Arc::new(Mutex::new(Vec::new()));
        let stdout = child.stdout.take().unwrap();
        let sink = acked.clone();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(seq) = line.strip_prefix("ack ").and_then(|s| s.parse::<u64>().ok()) {
                    sink.lock().unwrap().push(seq);
                }
            }
        });
        // xorshift: a different kill point every round, the same every run.
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        // The kill lands while the child writes: after its first
        // acknowledged append (however slow the machine), then a random
        // while more.
        let started = std::time::Instant::now();
        while acked.lock().unwrap().is_empty() && started.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(2));
        }
        std::thread::sleep(Duration::from_millis(rng % 170));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();

        let (log, recovery) = AuditLog::open(child_config(dir.path())).unwrap_or_else(|e| panic!("round {round}: reopen failed: {e}"));
        drop(log);
        let summary = verify_full(dir.path()).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let acked = acked.lock().unwrap();
        assert!(!acked.is_empty(), "round {round}: the child made progress before the kill");
        if let Some(max) = acked.iter().max() {
            assert!(*max < summary.records, "round {round}: acknowledged seq {max} missing (log has {} records)", summary.records);
        }
        total_acked += acked.len();
        assert_eq!(recovery.records, summary.records.min(recovery.records));
    }
    println!("crash test: 20 SIGKILLs, {total_acked} acknowledged appends, all present after recovery");
}
