//! The store: durability modes, rotation, checkpoints, recovery.

use std::time::Duration;

use aigos_audit::{AuditConfig, AuditLog, Durability, Error};
use serde_json::json;

use crate::{config, verify_full, write_log};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_appends_get_unique_gapless_seqs_in_every_mode() {
    for mode in [Durability::Always, Durability::Batch, Durability::None] {
        let dir = tempfile::tempdir().unwrap();
        let (log, _) = AuditLog::open(config(dir.path()).durability(mode)).unwrap();
        let log = std::sync::Arc::new(log);
        let mut tasks = Vec::new();
        for t in 0..8 {
            let log = log.clone();
            tasks.push(tokio::spawn(async move {
                let mut seqs = Vec::new();
                for i in 0..25 {
                    seqs.push(log.append("k", &format!("t{t}"), json!({"i": i})).await.unwrap());
                }
                seqs
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        all.sort_unstable();
        assert_eq!(all, (0..200).collect::<Vec<u64>>(), "{mode:?}");
        std::sync::Arc::try_unwrap(log).unwrap().close().await.unwrap();
        assert_eq!(verify_full(dir.path()).unwrap().records, 200);
    }
}

#[test]
fn segments_rotate_and_the_chain_continues() {
    let dir = tempfile::tempdir().unwrap();
    write_log(dir.path(), 60, config(dir.path()).segment_max_bytes(2048));
    let segments: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "jsonl") && e.file_name() != "checkpoints.jsonl")
        .collect();
    assert!(segments.len() >= 5, "{} segments", segments.len());
    let s = verify_full(dir.path()).unwrap();
    assert_eq!((s.records, s.segments), (60, segments.len()));
    // Reopen and append: continues in the last segment with the right seq.
    let (log, rec) = AuditLog::open(config(dir.path()).segment_max_bytes(2048)).unwrap();
    assert_eq!(rec.records, 60);
    assert_eq!(log.append_blocking("k", "a", json!({})).unwrap(), 60);
    log.close_blocking().unwrap();
    assert_eq!(verify_full(dir.path()).unwrap().records, 61);
}

#[test]
fn checkpoints_every_n_records_and_on_close() {
    let dir = tempfile::tempdir().unwrap();
    write_log(dir.path(), 23, config(dir.path()).checkpoints(10, Duration::from_secs(3600)));
    let cps = std::fs::read_to_string(dir.path().join("checkpoints.jsonl")).unwrap();
    let sizes: Vec<u64> =
        cps.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["tree_size"].as_u64().unwrap()).collect();
    assert_eq!(sizes, [0, 10, 20, 23], "the header, every 10 records, on close");
}

#[test]
fn checkpoints_every_t_seconds_with_a_manual_clock() {
    let dir = tempfile::tempdir().unwrap();
    let clock = aigos_core::ManualClock::at_secs(1_800_000_000);
    let (log, _) =
        AuditLog::open(config(dir.path()).clock(std::sync::Arc::new(clock.clone())).checkpoints(1_000_000, Duration::from_secs(60)))
            .unwrap();
    log.append_blocking("k", "a", json!({})).unwrap();
    clock.advance(Duration::from_secs(61));
    log.append_blocking("k", "a", json!({})).unwrap();
    log.close_blocking().unwrap();
    let n = std::fs::read_to_string(dir.path().join("checkpoints.jsonl")).unwrap().lines().count();
    assert_eq!(n, 3, "the header, one after 60 s, one on close");
}

#[test]
fn torn_final_line_is_moved_aside_and_truncated() {
    let dir = tempfile::tempdir().unwrap();
    write_log(dir.path(), 5, config(dir.path()).checkpoints(2, Duration::from_secs(3600)));
    let seg = dir.path().join(format!("{:020}.jsonl", 0));
    let mut bytes = std::fs::read(&seg).unwrap();
    let full = bytes.len();
    let partial = br#"{"body":{"actor":"a","da"#;
    bytes.extend_from_slice(partial);
    std::fs::write(&seg, &bytes).unwrap();
    let (log, rec) = AuditLog::open(config(dir.path())).unwrap();
    assert_eq!(rec.records, 5);
    let (torn_path, torn_len) = rec.torn.clone().unwrap();
    assert_eq!(torn_len, partial.len() as u64);
    assert!(std::fs::read(&torn_path).unwrap().starts_with(br#"{"body""#));
    assert_eq!(std::fs::metadata(&seg).unwrap().len() as usize, full);
    assert_eq!(log.append_blocking("k", "a", json!({})).unwrap(), 5);
    log.close_blocking().unwrap();
    verify_full(dir.path()).unwrap();
}

#[test]
fn corrupt_record_in_the_middle_refuses_to_open() {
    let dir = tempfile::tempdir().unwrap();
    write_log(dir.path(), 8, config(dir.path()).checkpoints(1_000, Duration::from_secs(3600)));
    // Remove the close checkpoint so that the tail is re-verified from 0.
    std::fs::remove_file(dir.path().join("checkpoints.jsonl")).unwrap();
    let seg = dir.path().join(format!("{:020}.jsonl", 0));
    let text = std::fs::read_to_string(&seg).unwrap().replacen("\"i\":3", "\"i\":4", 1);
    std::fs::write(&seg, text).unwrap();
    match AuditLog::open(config(dir.path())) {
        Err(Error::Corrupt { seq, .. }) => assert_eq!(seq, 3),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn truncated_log_behind_a_checkpoint_refuses_to_open() {
    let dir = tempfile::tempdir().unwrap();
    write_log(dir.path(), 8, config(dir.path()));
    let seg = dir.path().join(format!("{:020}.jsonl", 0));
    let text = std::fs::read_to_string(&seg).unwrap();
    let kept: String = text.lines().take(5).map(|l| format!("{l}\n")).collect();
    std::fs::write(&seg, kept).unwrap();
    assert!(matches!(AuditLog::open(config(dir.path())), Err(Error::Corrupt { .. })));
}

#[test]
fn appends_after_close_fail() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = AuditLog::open(AuditConfig::new(dir.path()).durability(Durability::None)).unwrap();
    log.append_blocking("k", "a", json!({})).unwrap();
    log.close_blocking().unwrap();
    let (log, rec) = AuditLog::open(AuditConfig::new(dir.path())).unwrap();
    assert_eq!(rec.records, 1);
    drop(log);
}

/// A write that fails (here: the next segment cannot be created because a
/// directory sits at its name) is reported, and the log refuses every later
/// append instead of leaving a gap in the chain; the records before it verify.
#[test]
fn a_failed_write_fails_closed_and_stays_failed() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = AuditLog::open(config(dir.path()).segment_max_bytes(64)).unwrap();
    assert_eq!(log.append_blocking("k", "a", json!({"n": 0})).unwrap(), 0);
    // Positive control: without the obstacle, rotation to seq 1 would work.
    std::fs::create_dir(dir.path().join("00000000000000000001.jsonl")).unwrap();
    assert!(matches!(log.append_blocking("k", "a", json!({"n": 1})), Err(Error::Io(_))));
    let again = log.append_blocking("k", "a", json!({"n": 2}));
    assert!(matches!(&again, Err(Error::Io(m)) if m.contains("failed earlier")), "{again:?}");
    assert!(log.close_blocking().is_err(), "close reports the earlier failure");
    std::fs::remove_dir(dir.path().join("00000000000000000001.jsonl")).unwrap();
    assert_eq!(verify_full(dir.path()).unwrap().records, 1);
}

/// Group commit: an appender whose future is dropped while it leads the
/// fsync does not leave the others waiting forever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_leader_does_not_stall_the_group() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = AuditLog::open(config(dir.path()).durability(Durability::Batch)).unwrap();
    let log = std::sync::Arc::new(log);
    for round in 0..50u64 {
        let mut tasks = Vec::new();
        for t in 0..4 {
            let log = log.clone();
            tasks.push(tokio::spawn(async move {
                let append = log.append("k", "a", json!({"t": t}));
                if t == 0 {
                    // Dropped at its first await point (possibly as leader).
                    let _ = tokio::time::timeout(Duration::from_nanos(1), append).await;
                    None
                } else {
                    Some(append.await.unwrap())
                }
            }));
        }
        let done = tokio::time::timeout(Duration::from_secs(10), futures_join(tasks)).await;
        assert!(done.is_ok(), "round {round}: appenders stalled");
    }
    let n = log.append("k", "a", json!({})).await.unwrap();
    std::sync::Arc::try_unwrap(log).unwrap().close().await.unwrap();
    assert_eq!(verify_full(dir.path()).unwrap().records, n + 1);
}

async fn futures_join(tasks: Vec<tokio::task::JoinHandle<Option<u64>>>) {
    for t in tasks {
        t.await.unwrap();
    }
}

/// Blocking and async appenders mix on one log: seqs stay unique and gapless.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocking_and_async_appenders_share_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = AuditLog::open(config(dir.path()).durability(Durability::Batch)).unwrap();
    let log = std::sync::Arc::new(log);
    let blocking = {
        let log = log.clone();
        std::thread::spawn(move || (0..50).map(|i| log.append_blocking("k", "b", json!({"i": i})).unwrap()).collect::<Vec<_>>())
    };
    let mut all = Vec::new();
    for i in 0..50 {
        all.push(log.append("k", "a", json!({"i": i})).await.unwrap());
    }
    all.extend(blocking.join().unwrap());
    all.sort_unstable();
    assert_eq!(all, (0..100).collect::<Vec<u64>>());
    std::sync::Arc::try_unwrap(log).unwrap().close().await.unwrap();
    assert_eq!(verify_full(dir.path()).unwrap().records, 100);
}

/// Batch durability buffers lines until the group's fsync, but an
/// acknowledged record is always in the file already (written, then synced).
#[tokio::test]
async fn an_acknowledged_batch_record_is_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = AuditLog::open(config(dir.path()).durability(Durability::Batch)).unwrap();
    let segment = dir.path().join("00000000000000000000.jsonl");
    for n in 0..3u64 {
        assert_eq!(log.append("k", "a", json!({"n": n})).await.unwrap(), n);
        let text = std::fs::read_to_string(&segment).unwrap();
        assert_eq!(text.lines().count() as u64, n + 1, "record {n} acknowledged but not written");
    }
    assert_eq!(log.append_blocking("k", "a", json!({"n": 3})).unwrap(), 3);
    assert_eq!(std::fs::read_to_string(&segment).unwrap().lines().count(), 4);
    log.close().await.unwrap();
    assert_eq!(verify_full(dir.path()).unwrap().records, 4);
}

/// Concurrent batch appenders on small segments: lines pending for a group
/// write go to the segment they were counted in, a segment is closed once
/// it is full, each boundary has a checkpoint, and the chain runs through
/// all of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batch_groups_rotate_segments_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = AuditLog::open(config(dir.path()).durability(Durability::Batch).segment_max_bytes(2048)).unwrap();
    let log = std::sync::Arc::new(log);
    let mut tasks = Vec::new();
    for t in 0..8u64 {
        let log = log.clone();
        tasks.push(tokio::spawn(async move {
            let mut seqs = Vec::new();
            for i in 0..25u64 {
                seqs.push(log.append("k", "a", json!({"t": t, "i": i, "pad": "p".repeat((i % 5) as usize * 40)})).await.unwrap());
            }
            seqs
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort_unstable();
    assert_eq!(all, (0..200).collect::<Vec<u64>>());
    std::sync::Arc::try_unwrap(log).unwrap().close().await.unwrap();
    let mut segments = 0;
    let checkpoints = std::fs::read_to_string(dir.path().join("checkpoints.jsonl")).unwrap();
    let sizes: Vec<u64> =
        checkpoints.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["tree_size"].as_u64().unwrap()).collect();
    for e in std::fs::read_dir(dir.path()).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_some_and(|x| x == "jsonl") && !path.ends_with("checkpoints.jsonl") {
            segments += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            // A segment is closed once it reaches the size: only its last record may cross it.
            let last = text.trim_end_matches('\n').rsplit('\n').next().unwrap().len() + 1;
            assert!(text.len() - last < 2048, "{} held {} bytes before its last record", path.display(), text.len() - last);
            // Each later segment starts at a checkpoint (retention archives whole segments).
            let first: u64 = path.file_stem().unwrap().to_str().unwrap().parse().unwrap();
            assert!(first == 0 || sizes.contains(&first), "no checkpoint at the boundary {first}");
        }
    }
    assert!(segments >= 10, "{segments} segments");
    assert_eq!(verify_full(dir.path()).unwrap().records, 200);
}
