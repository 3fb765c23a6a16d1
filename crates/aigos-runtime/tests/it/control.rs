//! Agent handle, watchdog and channels.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use aigos_core::{ManualClock, SystemClock};
use aigos_crypto::{Algorithm, SigningKey, VerifyingKey, default_provider};
use aigos_runtime::{
    AgentHandle, AgentState, CommandSource, CommandSpec, CommandType, FileSource, HandleConfig, Identity, InProcessSource, Interrupted,
    KillCommand, KillVerifier, Listener, Report, SourceEvent, Target, TargetType, WATCHDOG_REASON, Watchdog,
};

#[test]
fn terminate_is_final_and_cascades_pause_and_resume_do_not() {
    let root = AgentHandle::default();
    let child = root.child();
    let grandchild = child.child();
    root.pause();
    assert_eq!(root.state(), AgentState::Paused);
    assert_eq!(child.state(), AgentState::Running, "pause does not cascade");
    root.resume();
    assert_eq!(root.state(), AgentState::Running);
    root.terminate("incident");
    assert!(matches!(grandchild.state(), AgentState::Terminated { .. }), "terminate cascades");
    root.resume();
    assert!(matches!(root.state(), AgentState::Terminated { .. }), "a later RESUME cannot undo it");
    let late = root.child();
    assert!(matches!(late.state(), AgentState::Terminated { .. }), "children of a terminated agent start terminated");
}

#[tokio::test(start_paused = true)]
async fn pause_gives_in_flight_work_a_grace_period_and_terminate_interrupts() {
    let cfg = HandleConfig { pause_grace: Duration::from_secs(30), shutdown_grace: Duration::from_secs(10) };
    // Work that finishes within the grace period survives a pause.
    let h = AgentHandle::new(cfg);
    let h2 = h.clone();
    let work = tokio::spawn(async move { h2.run(tokio::time::sleep(Duration::from_secs(20))).await });
    tokio::task::yield_now().await;
    h.pause();
    assert_eq!(work.await.unwrap(), Ok(()));
    // New work waits while paused and starts on resume.
    let h3 = h.clone();
    let waiter = tokio::spawn(async move { h3.ready().await });
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert!(!waiter.is_finished());
    h.resume();
    assert_eq!(waiter.await.unwrap(), Ok(()));
    // Longer work is cut off when the grace period ends.
    let h4 = h.clone();
    let long = tokio::spawn(async move { h4.run(tokio::time::sleep(Duration::from_secs(60))).await });
    tokio::task::yield_now().await;
    h.pause();
    assert_eq!(long.await.unwrap(), Err(Interrupted::Paused));
    // Termination interrupts after the shutdown grace period, and ready() refuses.
    h.resume();
    let h5 = h.clone();
    let long = tokio::spawn(async move { h5.run(tokio::time::sleep(Duration::from_secs(60))).await });
    tokio::task::yield_now().await;
    let start = tokio::time::Instant::now();
    h.terminate("stop");
    assert_eq!(long.await.unwrap(), Err(Interrupted::Terminated("stop".into())));
    assert_eq!(start.elapsed(), Duration::from_secs(10));
    assert!(matches!(h.ready().await, Err(Interrupted::Terminated(_))));
    assert_eq!(h.terminated().await, "stop");
}

#[test]
fn watchdog_terminates_an_orphaned_agent_without_sleeping() {
    let clock = ManualClock::at_secs(1_800_000_000);
    let dog = Watchdog::new(Duration::from_secs(60), Arc::new(clock.clone()));
    let h = AgentHandle::default();
    clock.advance(Duration::from_secs(59));
    assert!(!dog.check(&h), "positive control: within the lease");
    dog.heartbeat();
    clock.advance(Duration::from_secs(59));
    assert!(!dog.check(&h), "the heartbeat renewed the lease");
    clock.advance(Duration::from_secs(2));
    assert!(dog.check(&h));
    assert_eq!(h.state(), AgentState::Terminated { reason: WATCHDOG_REASON.into() });
}

fn setup() -> (SigningKey, Arc<Listener>, AgentHandle, tokio::sync::mpsc::UnboundedReceiver<Report>) {
    let key = SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap();
    let vk = VerifyingKey::new(default_provider(), key.public_key().clone()).unwrap();
    let verifier = KillVerifier::new(HashMap::from([(key.kid().to_string(), vk)]), Arc::new(SystemClock)).for_identity(Identity {
        instance_id: "i-1".into(),
        asset_id: "bot".into(),
        ..Identity::default()
    });
    let handle = AgentHandle::default();
    let (listener, reports) = Listener::new(verifier, handle.clone(), Watchdog::new(Duration::from_secs(60), Arc::new(SystemClock)));
    (key, Arc::new(listener), handle, reports)
}

fn command(key: &SigningKey, kind: CommandType, seq: u64) -> KillCommand {
    use aigos_core::Clock;
    KillCommand::issue(
        key,
        CommandSpec {
            kind,
            target: Target { kind: TargetType::Instance, ids: vec!["i-1".into()] },
            reason: "test".into(),
            issued_by: "ops".into(),
            sequence: seq,
            now: SystemClock.now_secs(),
            ttl: Duration::from_secs(300),
        },
    )
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn channels_merge_first_valid_wins_and_a_failing_channel_does_not_stop_others() {
    let (key, listener, handle, mut reports) = setup();
    let (tx_a, a) = InProcessSource::new(8);
    let (tx_b, b) = InProcessSource::new(8);
    let broken: Box<dyn CommandSource> = Box::new(FileSource::new("/nonexistent/aigos/commands.json", Duration::from_millis(10)));
    listener.spawn(vec![Box::new(a), Box::new(b), broken]);

    let forged = {
        let mut c = command(&key, CommandType::Terminate, 1);
        c.reason = "edited".into();
        serde_json::to_string(&c).unwrap()
    };
    tx_a.send(SourceEvent::Command(forged)).await.unwrap();
    let pause = serde_json::to_string(&command(&key, CommandType::Pause, 2)).unwrap();
    let started = std::time::Instant::now();
    tx_a.send(SourceEvent::Command(pause.clone())).await.unwrap();
    tx_b.send(SourceEvent::Command(pause)).await.unwrap();
    let mut applied = 0;
    let mut refused = Vec::new();
    let mut channel_errors = 0;
    while applied + refused.len() < 3 {
        match tokio::time::timeout(Duration::from_secs(5), reports.recv()).await.unwrap().unwrap() {
            Report::Applied { .. } => applied += 1,
            Report::Refused { error, .. } => refused.push(error),
            Report::ChannelError(_) => channel_errors += 1,
        }
    }
    assert_eq!(handle.state(), AgentState::Paused);
    assert!(started.elapsed() < Duration::from_secs(1), "applied well under a second: {:?}", started.elapsed());
    assert_eq!(applied, 1, "first valid copy wins");
    assert!(refused.iter().any(|e| e.contains("signature")), "forged refused: {refused:?}");
    assert!(refused.iter().any(|e| e.contains("replayed")), "duplicate refused: {refused:?}");
    let _ = channel_errors;
    // The broken file channel keeps failing, the others keep working.
    let terminate = serde_json::to_string(&command(&key, CommandType::Terminate, 3)).unwrap();
    tx_b.send(SourceEvent::Command(terminate)).await.unwrap();
    let reason = tokio::time::timeout(Duration::from_secs(5), handle.terminated()).await.unwrap();
    assert!(reason.contains("kill switch"), "{reason}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn file_channel_picks_up_rewrites() {
    let (key, listener, handle, _reports) = setup();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("commands.json");
    std::fs::write(&path, "[]").unwrap();
    listener.spawn(vec![Box::new(FileSource::new(&path, Duration::from_millis(20)))]);
    tokio::time::sleep(Duration::from_millis(60)).await;
    assert_eq!(handle.state(), AgentState::Running);
    let pause = command(&key, CommandType::Pause, 1);
    // Rewritten as YAML this time (a list of commands).
    let yaml = format!("- {}\n", serde_json::to_string(&pause).unwrap());
    std::fs::write(&path, yaml).unwrap();
    tokio::time::timeout(Duration::from_secs(5), async {
        while handle.state() != AgentState::Paused {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .unwrap();
}

/// Two appends within one tick of the file system's clock leave the
/// modification time as it was; the second command must still be seen (the
/// length changed). The timestamp is pinned to show it.
#[tokio::test]
async fn file_channel_sees_an_append_that_keeps_the_modification_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("commands.yaml");
    let pinned = std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let write = |text: &str| {
        std::fs::write(&path, text).unwrap();
        std::fs::File::options().write(true).open(&path).unwrap().set_modified(pinned).unwrap();
    };
    write("- {\"id\": \"first\"}\n");
    let mut source = FileSource::new(&path, Duration::from_millis(5));
    let mut next = async || tokio::time::timeout(Duration::from_secs(30), source.next()).await.expect("never delivered").unwrap();
    assert_eq!(next().await, SourceEvent::Heartbeat);
    assert!(matches!(next().await, SourceEvent::Command(c) if c.contains("first")));
    write("- {\"id\": \"first\"}\n- {\"id\": \"second\"}\n");
    // Same time, so no heartbeat; the new command, and only it.
    assert!(matches!(next().await, SourceEvent::Command(c) if c.contains("second")));
}
