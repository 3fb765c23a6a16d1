//! Fail closed: a backend that hangs or panics rejects, never approves.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::sync::Arc;

use aigos::config::SharedState;
use aigos::{Step, StepResult};
use aigos_core::Status;
use aigos_identity::{ReplayError, ReplayStore};
use aigos_tests::{World, reason};

#[derive(Debug)]
struct Hanging;

#[async_trait::async_trait]
impl ReplayStore for Hanging {
    async fn check_and_insert(&self, _jti: &str, _expires_at: u64) -> Result<(), ReplayError> {
        std::future::pending().await
    }
}

#[derive(Debug)]
struct Panicking;

#[async_trait::async_trait]
impl ReplayStore for Panicking {
    async fn check_and_insert(&self, _jti: &str, _expires_at: u64) -> Result<(), ReplayError> {
        panic!("replay backend bug")
    }
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

#[test]
fn a_hanging_replay_backend_times_out_and_rejects() {
    let w = World::with(SharedState::default().replay(Arc::new(Hanging)), |c| c.guard.step_timeout_ms = 100);
    rt().block_on(async {
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected);
        let step = o.step(Step::Identity).unwrap();
        assert_eq!(step.result, StepResult::Failed);
        assert!(step.detail.contains("timed out"), "{}", step.detail);
        assert_eq!(o.permit, None);
        assert!(o.audit_seq.is_some(), "the rejection is audited too");
    });
}

#[test]
fn a_panicking_replay_backend_rejects_and_the_guard_keeps_working() {
    let w = World::with(SharedState::default().replay(Arc::new(Panicking)), |_| {});
    rt().block_on(async {
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected);
        assert!(reason(&o).contains("panicked"), "{}", reason(&o));
        // The Guard is still usable: the next request is judged, and audited.
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(w.guard.dashboard().await.total_actions_audited, 2);
    });
}

#[test]
fn a_working_backend_is_the_positive_control() {
    let w = World::new();
    rt().block_on(async {
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        assert!(o.steps.iter().all(|s| s.result == StepResult::Passed || s.step == Step::Payload), "{:?}", o.steps);
    });
}

/// An audit log that cannot take a record turns the outcome into REJECTED
/// and withholds the permit: nothing is approved unrecorded. The failure is
/// forced where the store must write next: its checkpoints file (due after
/// 60 s) is replaced by a directory.
#[test]
fn an_audit_log_that_cannot_write_rejects_and_withholds_the_permit() {
    let w = World::new();
    rt().block_on(async {
        // Positive control: approved, audited, with a permit.
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        assert!(o.permit.is_some() && o.audit_seq.is_some());
        let checkpoints = w.dir.path().join("audit/checkpoints.jsonl");
        let _ = std::fs::remove_file(&checkpoints);
        std::fs::create_dir(&checkpoints).unwrap();
        w.advance(61);
        // The same kind of request, now unrecordable.
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected, "{}", reason(&o));
        assert_eq!(o.permit, None);
        assert_eq!(o.audit_seq, None);
        assert!(reason(&o).contains("audit log unavailable"), "{:?}", o.reasons);
        assert!(!o.reasons.iter().any(|r| r == "all checks passed"), "{:?}", o.reasons);
        // The log stays failed: the next request is refused too.
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected, "{}", reason(&o));
        assert!(reason(&o).contains("failed earlier"), "{:?}", o.reasons);
        assert_eq!(o.permit, None);
    });
}
