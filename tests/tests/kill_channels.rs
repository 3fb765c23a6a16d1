//! Kill commands that reach a running Guard through its channels
//! (`Guard::listen`): only a command signed by a trusted key is applied,
//! every command is recorded, and the file `aigos init` sets up works. And
//! what was applied survives a restart of the Guard (`[runtime] kill_state`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::time::Duration;

use aigos::KillReport;
use aigos::config::GuardConfig;
use aigos_core::Status;
use aigos_crypto::{Algorithm, SigningKey};
use aigos_runtime::{CommandType, InProcessSource, SourceEvent, Target, TargetType};
use aigos_tests::{World, reason};
use tokio::sync::mpsc::UnboundedReceiver;

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

fn agent_target() -> Target {
    Target { kind: TargetType::Asset, ids: vec!["demo-agent".into()] }
}

/// The next report; the outer timeout only turns a hang into a failure.
async fn next(reports: &mut UnboundedReceiver<KillReport>) -> KillReport {
    tokio::time::timeout(Duration::from_secs(60), reports.recv()).await.expect("no report").expect("listener gone")
}

fn audit_log(w: &World) -> String {
    std::fs::read_dir(w.dir.path().join("audit")).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default()).collect()
}

#[test]
fn a_listening_guard_applies_only_trusted_commands_from_its_channel() {
    let w = World::new();
    rt().block_on(async {
        let (tx, source) = InProcessSource::new(8);
        let (_tasks, mut reports) = w.guard.listen(vec![Box::new(source)]);

        // A command signed by a key the Guard does not trust: refused, the agent acts on.
        let rogue = SigningKey::generate(w.provider, Algorithm::EdDsa).unwrap().with_kid(aigos_core::Kid::new("authority-1").unwrap());
        let forged = w.kill(&rogue, CommandType::Terminate, agent_target(), 1, Duration::from_secs(300));
        tx.send(SourceEvent::Command(serde_json::to_string(&forged).unwrap())).await.unwrap();
        assert!(matches!(next(&mut reports).await, KillReport::Refused { .. }), "forged");
        tx.send(SourceEvent::Command("{not a command".into())).await.unwrap();
        match next(&mut reports).await {
            KillReport::Refused { error, .. } => assert!(error.contains("malformed"), "{error}"),
            other => panic!("{other:?}"),
        }
        // Heartbeats are not reported; the next report is the next command's.
        tx.send(SourceEvent::Heartbeat).await.unwrap();
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "positive control: refused commands change nothing: {}", reason(&o));

        // The authority's command: applied, and the agent is stopped.
        let real = w.kill(&w.authority, CommandType::Terminate, agent_target(), 2, Duration::from_secs(300));
        tx.send(SourceEvent::Command(serde_json::to_string(&real).unwrap())).await.unwrap();
        assert_eq!(next(&mut reports).await, KillReport::Applied { channel: "in-process".into(), id: real.id.clone() });
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(o.code(), "KILL_TERMINATED", "{}", reason(&o));

        // The same command again (say, from a second channel): a replay.
        tx.send(SourceEvent::Command(serde_json::to_string(&real).unwrap())).await.unwrap();
        match next(&mut reports).await {
            KillReport::Refused { error, .. } => assert!(error.to_lowercase().contains("already"), "{error}"),
            other => panic!("{other:?}"),
        }
        // Forged, applied and replayed are in the audit log; the malformed line parsed as no command.
        let log = audit_log(&w);
        assert_eq!(log.matches("\"kind\":\"kill_command\"").count(), 3, "{log}");
        assert_eq!(log.matches("\"applied\":true").count(), 1);
    });
}

/// What `aigos init` writes: `[runtime] kill_commands` names a YAML list
/// with only comments in it. Appending one line of `aigos killswitch sign`
/// output stops the agent through a Guard that polls it.
#[test]
fn the_kill_commands_file_of_init_reaches_a_running_guard() {
    let w = World::new();
    let (mut config, base) = GuardConfig::load(&w.dir.path().join("aigos.toml")).unwrap();
    let runtime = config.runtime.as_mut().unwrap();
    assert_eq!(runtime.kill_commands.as_deref(), Some(std::path::Path::new("kill-commands.yaml")));
    runtime.kill_poll_ms = 20;
    let file = base.join("kill-commands.yaml");
    assert!(std::fs::read_to_string(&file).unwrap().lines().all(|l| l.starts_with('#')), "init writes comments only");
    rt().block_on(async {
        let (_tasks, mut reports) = w.guard.listen(config.kill_sources(&base));
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));

        let pause = w.kill(&w.authority, CommandType::Pause, agent_target(), 1, Duration::from_secs(300));
        let mut text = std::fs::read_to_string(&file).unwrap();
        text.push_str(&format!("- {}\n", serde_json::to_string(&pause).unwrap()));
        std::fs::write(&file, &text).unwrap();
        // The comments-only file parsed as no commands: the first report is this one.
        assert_eq!(next(&mut reports).await, KillReport::Applied { channel: format!("file {}", file.display()), id: pause.id.clone() });
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.code(), "KILL_PAUSED", "{}", reason(&o));

        // The file keeps its old lines; a rewrite with one more applies only the new one.
        let resume = w.kill(&w.authority, CommandType::Resume, agent_target(), 2, Duration::from_secs(300));
        text.push_str(&format!("- {}\n", serde_json::to_string(&resume).unwrap()));
        std::fs::write(&file, &text).unwrap();
        assert!(matches!(next(&mut reports).await, KillReport::Applied { id, .. } if id == resume.id));
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "resumed: {}", reason(&o));
    });
}

/// A failing channel is reported and retried, and never stops another.
#[test]
fn a_failing_channel_is_retried_and_the_others_keep_working() {
    let w = World::new();
    rt().block_on(async {
        let missing = aigos_runtime::FileSource::new(w.dir.path().join("no-such-file.yaml"), Duration::from_millis(10));
        let (tx, source) = InProcessSource::new(8);
        let (_tasks, mut reports) = w.guard.listen(vec![Box::new(missing), Box::new(source)]);
        assert!(matches!(next(&mut reports).await, KillReport::ChannelError(_)));
        let real = w.kill(&w.authority, CommandType::Terminate, agent_target(), 1, Duration::from_secs(300));
        tx.send(SourceEvent::Command(serde_json::to_string(&real).unwrap())).await.unwrap();
        loop {
            match next(&mut reports).await {
                KillReport::ChannelError(_) => {}
                other => {
                    assert_eq!(other, KillReport::Applied { channel: "in-process".into(), id: real.id.clone() });
                    break;
                }
            }
        }
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Rejected);
    });
}

/// The listener holds the Guard weakly: the Guard can still be shut down
/// (which needs its only handle), and the listener ends with it, also on
/// channels that never deliver again (an in-process channel nobody sends
/// on, a file that never changes).
#[test]
fn listening_never_keeps_the_guard_alive() {
    let w = World::new();
    rt().block_on(async {
        let (_tx, source) = InProcessSource::new(8);
        let file = w.dir.path().join("kill-commands.yaml");
        let quiet = aigos_runtime::FileSource::new(&file, Duration::from_millis(10));
        let (tasks, _reports) = w.guard.listen(vec![Box::new(source), Box::new(quiet)]);
        let World { guard, dir, .. } = w;
        guard.shutdown().await.expect("a listening Guard shuts down");
        for task in tasks {
            tokio::time::timeout(Duration::from_secs(60), task).await.expect("a listener outlived its Guard").unwrap();
        }
        drop(dir);
    });
}

/// A terminated agent stays terminated across a restart of the Guard, long
/// after the command itself expired: the Guard keeps what it applied in the
/// kill-state file and takes it back when it starts.
#[test]
fn a_termination_survives_a_restart_of_the_guard() {
    let w = World::new();
    rt().block_on(async {
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "positive control");
        let real = w.kill(&w.authority, CommandType::Terminate, agent_target(), 1, Duration::from_secs(300));
        w.guard.apply_kill(&real).await.unwrap();
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Rejected);

        let w = w.restarted().await;
        w.advance(2 * 3600);
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected, "a restart does not undo a termination");
        assert_eq!(o.code(), "KILL_TERMINATED", "{}", reason(&o));
        // The restored command is known: a copy of it is not applied twice.
        assert!(w.guard.apply_kill(&real).await.is_err());

        // Without the file, the restarted Guard starts clean: the file is what carries it.
        std::fs::remove_file(w.dir.path().join("kill-state.jsonl")).unwrap();
        let w = w.restarted().await;
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

/// The kill-state file cannot be used to release an agent: a line that was
/// edited (here, a terminate turned into a resume) no longer verifies, and
/// the Guard refuses to start, naming the file and line.
#[test]
fn an_edited_kill_state_file_stops_the_guard_from_starting() {
    let w = World::new();
    rt().block_on(async {
        let pause = w.kill(&w.authority, CommandType::Pause, agent_target(), 1, Duration::from_secs(300));
        w.guard.apply_kill(&pause).await.unwrap();
        let World { dir, clock, guard, .. } = w;
        guard.shutdown().await.unwrap();
        let file = dir.path().join("kill-state.jsonl");
        let kept = std::fs::read_to_string(&file).unwrap();
        assert_eq!(kept.lines().count(), 1);
        let edited = kept.replace("\"PAUSE\"", "\"RESUME\"");
        assert_ne!(edited, kept);
        std::fs::write(&file, edited).unwrap();
        let err = World::rebuild(dir.path(), &clock).expect_err("an edited kill state was taken back");
        assert!(err.to_string().contains("kill-state.jsonl line 1"), "{err}");
        // Positive control: the file as the Guard wrote it starts, also with
        // the torn end of a write that a crash cut short.
        std::fs::write(&file, format!("{kept}{{\"id\": \"d1c9")).unwrap();
        let guard = World::rebuild(dir.path(), &clock).unwrap();
        guard.shutdown().await.unwrap();
        // A broken line that is not the torn end is not skipped.
        std::fs::write(&file, format!("{{\"id\": \"d1c9\n{kept}")).unwrap();
        let err = World::rebuild(dir.path(), &clock).expect_err("a broken line was skipped");
        assert!(err.to_string().contains("kill-state.jsonl line 1"), "{err}");
    });
}
