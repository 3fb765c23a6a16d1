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

/// A rate-limit backend that never answers, or panics, whatever it is asked.
#[derive(Debug)]
enum BrokenLimits {
    Hanging,
    Panicking,
}

impl BrokenLimits {
    async fn answer<T>(&self) -> T {
        match self {
            BrokenLimits::Hanging => std::future::pending().await,
            BrokenLimits::Panicking => panic!("rate-limit backend bug"),
        }
    }
}

#[async_trait::async_trait]
impl aigos_runtime::RateLimitStore for BrokenLimits {
    async fn check(&self, _key: &str) -> aigos_runtime::RateDecision {
        self.answer().await
    }
    async fn recent(&self, _key: &str) -> u32 {
        self.answer().await
    }
    async fn blocked(&self) -> Vec<String> {
        self.answer().await
    }
    async fn unblock(&self, _key: &str) -> bool {
        self.answer().await
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
        assert_eq!(step.code, "STEP_TIMEOUT", "{}", step.detail);
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
        assert_eq!(o.code(), "STEP_PANICKED", "{}", reason(&o));
        // The Guard is still usable: the next request is judged, and audited.
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected);
        assert_eq!(w.guard.dashboard().await.total_actions_audited, 2);
    });
}

#[test]
fn a_hanging_or_panicking_rate_limit_backend_rejects() {
    for (broken, code) in [(BrokenLimits::Hanging, "STEP_TIMEOUT"), (BrokenLimits::Panicking, "STEP_PANICKED")] {
        let w = World::with(SharedState::default().rate_limits(Arc::new(broken)), |c| c.guard.step_timeout_ms = 100);
        rt().block_on(async {
            let o = w.validate(&w.request("config.update")).await;
            assert_eq!(o.status, Status::Rejected);
            assert_eq!(o.step(Step::Identity).unwrap().result, StepResult::Passed, "the token was fine");
            let step = o.step(Step::RateLimit).unwrap();
            assert_eq!(step.result, StepResult::Failed);
            assert_eq!(step.code, code, "{}", step.detail);
            assert_eq!(o.permit, None);
            assert!(o.audit_seq.is_some(), "the rejection is audited too");
        });
    }
}

/// The operator's calls reach the same store: a store that hangs or panics
/// fails them within the step timeout instead of hanging the operator. The
/// dashboard says DEGRADED and why (the audit check still runs); a lift is
/// refused before anything is recorded or lifted. (The outer timeout only
/// turns a hang, the bug this guards against, into a failure.)
#[test]
fn a_broken_rate_limit_backend_fails_the_operator_calls_instead_of_hanging_them() {
    for (broken, expect) in [(BrokenLimits::Hanging, "timed out"), (BrokenLimits::Panicking, "panicked")] {
        let w = World::with(SharedState::default().rate_limits(Arc::new(broken)), |c| c.guard.step_timeout_ms = 100);
        let agent = aigos_core::AgentId::new("demo-agent").unwrap();
        rt().block_on(async {
            let hang_guard = std::time::Duration::from_secs(60);
            let d = tokio::time::timeout(hang_guard, w.guard.dashboard()).await.expect("the dashboard hung");
            assert_eq!(d.overall_status, aigos::OverallStatus::Degraded);
            assert!(d.blocked_agents.is_empty());
            assert!(d.blocked_agents_error.as_deref().is_some_and(|e| e.contains(expect)), "{:?}", d.blocked_agents_error);
            assert!(d.audit_integrity.as_ref().is_some_and(|a| a.verified), "{:?}", d.audit_integrity);
            let json = serde_json::to_value(&d).unwrap();
            assert!(json["blocked_agents_error"].as_str().is_some_and(|e| e.contains("rate-limit store")), "{json}");

            let lift = tokio::time::timeout(hang_guard, w.guard.unblock(&agent, "ops@example.invalid")).await.expect("unblock hung");
            assert!(
                lift.as_ref().is_err_and(|e| matches!(e, aigos::Error::Unavailable { .. })
                    && e.to_string().contains(expect)
                    && e.to_string().contains("nothing lifted")),
                "{lift:?}"
            );
            let log: String = std::fs::read_dir(w.dir.path().join("audit"))
                .unwrap()
                .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
                .collect();
            assert!(!log.contains("rate_unblock"), "a refused lift is not recorded as one");
        });
    }
}

#[test]
fn a_working_backend_is_the_positive_control() {
    let w = World::new();
    rt().block_on(async {
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        assert!(o.steps.iter().all(|s| s.result == StepResult::Passed || s.step == Step::Payload), "{:?}", o.steps);
        let d = w.guard.dashboard().await;
        assert_eq!((d.overall_status, d.blocked_agents_error), (aigos::OverallStatus::Operational, None));
        let json = serde_json::to_value(w.guard.dashboard().await).unwrap();
        assert!(json.get("blocked_agents_error").is_none(), "absent when the store answered: {json}");
        let agent = aigos_core::AgentId::new("demo-agent").unwrap();
        assert!(!w.guard.unblock(&agent, "ops@example.invalid").await.unwrap(), "a store that answers: nothing to lift");
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
        let approved_id = o.validation_id.clone();
        // The same kind of request, now unrecordable.
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected, "{}", reason(&o));
        assert_eq!(o.permit, None);
        assert_eq!(o.audit_seq, None);
        assert_eq!(o.code(), "AUDIT_UNAVAILABLE", "{:?}", o.reasons);
        assert!(!o.reasons.iter().any(|r| r == "all checks passed"), "{:?}", o.reasons);
        // The log does not hold an approval the caller never got.
        let mut log = String::new();
        for entry in std::fs::read_dir(w.dir.path().join("audit")).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                log.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
        assert!(log.contains(&approved_id), "positive control: the approved validation is in the log");
        assert!(!log.contains(&o.validation_id), "the rejected validation's record was written anyway");
        // The log stays failed: the next request is refused too.
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Rejected, "{}", reason(&o));
        assert_eq!(o.code(), "AUDIT_UNAVAILABLE", "{:?}", o.reasons);
        assert!(reason(&o).contains("failed earlier"), "{:?}", o.reasons);
        assert_eq!(o.permit, None);
    });
}

/// Lifting a rate-limit block loosens the Guard, so it happens only once
/// the audit log has recorded it: with the log unable to write, the lift is
/// refused and the agent stays blocked.
#[test]
fn an_unblock_that_cannot_be_audited_lifts_nothing() {
    let w = World::with(SharedState::default(), |c| {
        let r = c.runtime.as_mut().unwrap();
        (r.rate, r.burst, r.block_after) = (1, 1, 1);
    });
    let agent = aigos_core::AgentId::new("demo-agent").unwrap();
    rt().block_on(async {
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "positive control");
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.code(), "RATE_BLOCKED", "{}", reason(&o));
        let checkpoints = w.dir.path().join("audit/checkpoints.jsonl");
        let _ = std::fs::remove_file(&checkpoints);
        std::fs::create_dir(&checkpoints).unwrap();
        w.advance(61);
        let refused = w.guard.unblock(&agent, "ops@example.invalid").await;
        assert!(
            refused
                .as_ref()
                .is_err_and(|e| matches!(e, aigos::Error::Unavailable { .. }) && e.to_string().contains("audit log unavailable")),
            "{refused:?}"
        );
        assert_eq!(w.guard.dashboard().await.blocked_agents, ["demo-agent".to_string()], "still blocked");
    });
}

/// The default provider, with a random source that can be made to fail.
#[derive(Debug)]
struct FlakyRandom {
    failing: std::sync::atomic::AtomicBool,
}

static FLAKY: FlakyRandom = FlakyRandom { failing: std::sync::atomic::AtomicBool::new(false) };

impl aigos_crypto::CryptoProvider for FlakyRandom {
    fn name(&self) -> &'static str {
        "flaky-random"
    }
    fn signer(&self, secret: &[u8; 32], public: &aigos_crypto::PublicKey) -> Result<Box<dyn aigos_crypto::Sign>, aigos_crypto::Error> {
        aigos_crypto::default_provider().signer(secret, public)
    }
    fn verifier(&self, public: &aigos_crypto::PublicKey) -> Result<Box<dyn aigos_crypto::Verify>, aigos_crypto::Error> {
        aigos_crypto::default_provider().verifier(public)
    }
    fn sha256(&self, data: &[u8]) -> [u8; 32] {
        aigos_crypto::default_provider().sha256(data)
    }
    fn hmac_sha256(&self, key: &[u8], data: &[u8]) -> [u8; 32] {
        aigos_crypto::default_provider().hmac_sha256(key, data)
    }
    fn aead_seal(
        &self,
        alg: aigos_crypto::AeadAlgorithm,
        key: &[u8; 32],
        nonce: &[u8],
        aad: &[u8],
        plaintext: &[u8],
    ) -> Result<Vec<u8>, aigos_crypto::Error> {
        aigos_crypto::default_provider().aead_seal(alg, key, nonce, aad, plaintext)
    }
    fn aead_open(
        &self,
        alg: aigos_crypto::AeadAlgorithm,
        key: &[u8; 32],
        nonce: &[u8],
        aad: &[u8],
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, aigos_crypto::Error> {
        aigos_crypto::default_provider().aead_open(alg, key, nonce, aad, ciphertext)
    }
    fn pbkdf2_hmac_sha256(&self, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) -> Result<(), aigos_crypto::Error> {
        aigos_crypto::default_provider().pbkdf2_hmac_sha256(password, salt, iterations, out)
    }
    fn fill_random(&self, out: &mut [u8]) -> Result<(), aigos_crypto::Error> {
        if self.failing.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(aigos_crypto::Error::Random);
        }
        aigos_crypto::default_provider().fill_random(out)
    }
}

/// Without randomness there is no unique validation id and no permit jti:
/// the request is rejected (never approved with a guessable id).
#[test]
fn a_failing_random_source_rejects_and_withholds_the_permit() {
    let w = World::with(SharedState::default().provider(&FLAKY), |_| {});
    rt().block_on(async {
        // Positive control: the same provider, randomness working.
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
        assert!(o.permit.is_some());
        FLAKY.failing.store(true, std::sync::atomic::Ordering::SeqCst);
        let o = w.validate(&w.request("config.update")).await;
        FLAKY.failing.store(false, std::sync::atomic::Ordering::SeqCst);
        assert_eq!(o.status, Status::Rejected, "{}", reason(&o));
        assert_eq!(o.permit, None);
        assert_eq!(o.code(), "RANDOM_FAILED", "{:?}", o.reasons);
        assert!(!o.reasons.iter().any(|r| r == "all checks passed"), "{:?}", o.reasons);
        assert_eq!(o.steps.iter().find(|s| s.step == Step::Identity).map(|s| s.result), Some(StepResult::Rejected));
    });
}
