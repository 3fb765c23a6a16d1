//! Red team of issue 17's approvals (parts 1 and 3): bounded evidence, TOTP
//! codes bound to a challenge, lockouts after wrong codes, single-use signed
//! approvals and coalitions, the approval state store and the policy
//! high-water mark. Written by a review session attacking the change.
//!
//! Each test performs an attack as the attacker would and asserts the
//! SECURE behaviour. The findings (each failed before its fix) now pass;
//! the one left open is `#[ignore = "redteam approvals, left open: ..."]`
//! (run it with `--run-ignored only`). The others stay as coverage of
//! attacks the change stops.
//!
//! Attackers: (1) a compromised agent holding its own registered key (its
//! tokens verify; it builds any request and evidence and sees its own
//! outcomes, including the challenge); (2) a malicious peer; (3) an insider
//! with write access to some files (the state file's directory, the bundle).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::sync::Arc;

use aigos::config::SharedState;
use aigos::{ApprovalEvidence, LocalState, SignedApproval, TotpSecret};
use aigos_core::{
    ActionKind, ActionRequest, ApprovalStore, Attempts, Challenge, Kid, LockoutRule, ManualClock, Severity, StateError, Status, UnixMillis,
};
use aigos_crypto::{Algorithm, SigningKey};
use aigos_tests::{T0, World, demo_policy_with, helper_agent, reason, rt};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A request `aigos init`'s policy raises to CRITICAL (MFA needed).
fn critical(w: &World, payload: serde_json::Value) -> ActionRequest {
    w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Low, payload)
}

/// A request that needs a 2-of-3 coalition of experts.
fn emergency(w: &World) -> ActionRequest {
    w.request_as("demo-agent", "incident.respond", ActionKind::EmergencyResponse, Severity::Low, serde_json::json!({"drop": "prod-db"}))
}

fn operator_secret(w: &World) -> TotpSecret {
    let approvers: Vec<aigos::Approver> =
        serde_json::from_str(&std::fs::read_to_string(w.dir.path().join("approvers.json")).unwrap()).unwrap();
    approvers.into_iter().find(|a| a.id == "operator").unwrap().totp.unwrap()
}

/// The operator's current code.
fn code_now(w: &World) -> String {
    operator_secret(w).code_at(w.now()).unwrap()
}

/// A 6-digit code that is none of the codes accepted now (one step of drift).
fn wrong_code(w: &World, i: u32) -> String {
    let s = operator_secret(w);
    let valid: Vec<String> = [-30, 0, 30].iter().map(|d| s.code_at(w.now() + d).unwrap()).collect();
    (i..).map(|n| format!("{:06}", (n * 7919 + 13) % 1_000_000)).find(|c| !valid.contains(c)).unwrap()
}

fn totp(code: &str, challenge: Option<&str>) -> ApprovalEvidence {
    ApprovalEvidence::Totp { approver: "operator".into(), code: code.into(), challenge: challenge.map(str::to_owned) }
}

fn expert_key(w: &World, n: u8) -> SigningKey {
    SigningKey::from_pkcs8_pem(w.provider, &std::fs::read_to_string(w.dir.path().join(format!("keys/expert-{n}.key.pem"))).unwrap())
        .unwrap()
        .with_kid(Kid::new(format!("expert-{n}-key")).unwrap())
}

fn expert_sig(w: &World, n: u8, r: &ActionRequest, rationale: &str) -> ApprovalEvidence {
    let ahash = aigos::action_hash(w.provider, r).unwrap();
    ApprovalEvidence::Signed(SignedApproval::sign(&expert_key(w, n), &format!("expert-{n}"), &ahash, rationale, w.now() + 600).unwrap())
}

/// A multi-thread runtime (the Guard is `Clone` and shared by tasks).
fn mt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// An approval store that answers after a round trip, as the networked
/// store the traits are shaped for (Redis) does: every call yields to the
/// scheduler before it reaches the state, so concurrent validations
/// interleave between two calls. Each call is still atomic on its own.
#[derive(Debug)]
struct RoundTrip(LocalState);

#[async_trait::async_trait]
impl ApprovalStore for RoundTrip {
    async fn use_all_once(&self, keys: &[(String, UnixMillis)]) -> Result<Vec<usize>, StateError> {
        tokio::task::yield_now().await;
        self.0.use_all_once(keys).await
    }
    async fn open_challenge(&self, challenge: &Challenge, per_agent: usize) -> Result<Challenge, StateError> {
        tokio::task::yield_now().await;
        self.0.open_challenge(challenge, per_agent).await
    }
    async fn challenge(&self, id: &str, now: UnixMillis) -> Result<Option<Challenge>, StateError> {
        tokio::task::yield_now().await;
        self.0.challenge(id, now).await
    }
    async fn take_challenge(&self, id: &str, now: UnixMillis) -> Result<bool, StateError> {
        tokio::task::yield_now().await;
        self.0.take_challenge(id, now).await
    }
    async fn begin_attempt(&self, approver: &str, now: UnixMillis, rule: &LockoutRule) -> Result<Attempts, StateError> {
        tokio::task::yield_now().await;
        self.0.begin_attempt(approver, now, rule).await
    }
    async fn end_attempt(
        &self,
        approver: &str,
        now: UnixMillis,
        rule: &LockoutRule,
        succeeded: bool,
    ) -> Result<Option<UnixMillis>, StateError> {
        tokio::task::yield_now().await;
        self.0.end_attempt(approver, now, rule, succeeded).await
    }
    async fn lockouts(&self, now: UnixMillis) -> Result<Vec<(String, UnixMillis)>, StateError> {
        tokio::task::yield_now().await;
        self.0.lockouts(now).await
    }
}

/// A world whose approval state answers after a round trip, and whose rate
/// limit lets a burst of 100 through (the lockout alone must bound guesses).
fn round_trip_world() -> World {
    let store = RoundTrip(LocalState::in_memory(10_000, Arc::new(ManualClock::at_secs(u64::try_from(T0).unwrap()))));
    let mut shared = SharedState::default();
    shared.approvals = Some(Arc::new(store));
    World::with(shared, |c| {
        let r = c.runtime.as_mut().unwrap();
        r.rate = 1000;
        r.burst = 1000;
    })
}

// ---------------------------------------------------------------------------
// Findings (each failed before its fix; finding 3 is left open)
// ---------------------------------------------------------------------------

/// Finding 1 (medium). `check_totp` asks `locked_until`, then checks the
/// code, then `record_failure`: three calls, no reservation. A compromised
/// agent that holds a challenge sends its guesses concurrently (the Guard
/// is `Clone`, validate is async): every guess passes the lockout check
/// before the first failure is recorded, so all of them are checked
/// against the operator's secret. With 30 in flight, 30 codes are tried
/// where the lockout allows 5 per 15 minutes; the bound is set by the rate
/// limit's burst, not by the lockout: 29 of 30 were checked. Latent with
/// today's default: against the in-process LocalState the window is the
/// few microseconds between two calls (200 concurrent guesses on two worker
/// threads: 5 checked, three runs), but the traits are the contract the
/// shared (Redis) backend "only implements", and there each call is a
/// round trip.
#[test]
fn concurrent_wrong_codes_are_not_all_checked_before_the_lockout() {
    let w = round_trip_world();
    mt().block_on(async {
        let r = critical(&w, serde_json::json!({}));
        let pending = w.validate(&r).await;
        assert_eq!(pending.status, Status::RequiresMfa, "positive control: {}", reason(&pending));
        let challenge = pending.challenge.unwrap().id;
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..30 {
            let (guard, r, token) = (w.guard.clone(), r.clone(), w.token(&r));
            let evidence = vec![totp(&wrong_code(&w, i * 1000), Some(&challenge))];
            tasks.spawn(async move { guard.validate_with(&r, &token, &evidence).await });
        }
        let mut checked = 0;
        while let Some(o) = tasks.join_next().await {
            let o = o.unwrap();
            assert_ne!(o.status, Status::Approved);
            checked += usize::from(o.reasons.iter().any(|x| x.contains("is wrong")));
        }
        assert!(checked <= 5, "{checked} wrong codes were checked against the secret; the lockout allows 5 in 15 minutes");
    });
}

/// Finding 2 (medium). Evidence is bounded in count (16) but not in size,
/// and refused evidence is echoed into the pending reason, which goes into
/// the outcome and the authenticated audit record in full. One TOTP item
/// naming a 4 MiB "challenge id" (or approver id) puts 4 MiB into one
/// record: the payload limit (1 MiB) is bypassed, and at the default rate
/// limit (20 a minute) one agent grows the log by ~5 GB an hour through
/// `aigos validate` (16 MiB lines).
#[test]
fn refused_evidence_strings_cannot_grow_the_audit_record_past_the_payload_limit() {
    let w = World::new();
    rt().block_on(async {
        let r = critical(&w, serde_json::json!({}));
        // Incompressible filler, in case records are compressed.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let filler: String = (0..4 << 20)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                char::from(b'a' + u8::try_from(x % 26).unwrap())
            })
            .collect();
        let evidence =
            [totp("000000", Some(&filler)), ApprovalEvidence::Totp { approver: filler.clone(), code: "0".into(), challenge: None }];
        let before = w.audit_bytes();
        let o = w.guard.validate_with(&r, &w.token(&r), &evidence).await;
        assert_ne!(o.status, Status::Approved);
        let reasons: usize = o.reasons.iter().map(String::len).sum();
        let grown = w.audit_bytes() - before;
        assert!(grown < (1 << 20) && reasons < (64 << 10), "one record took {grown} bytes of audit log (reasons: {reasons} bytes)");
    });
}

/// Finding 3 (medium, design). A TOTP code is not bound to any action:
/// the code the operator types depends on the time only, and the pairing
/// "code + challenge id" is made by the agent that carries the evidence.
/// A compromised agent asks for approval of a harmless action A and, in the
/// same breath, of a harmful action B (both CRITICAL, two challenges); the
/// operator reviews A and hands over the current code; the agent spends it
/// on B's challenge. The challenge stops a code from being used twice, not
/// from being used for an action the operator never saw.
#[test]
#[ignore = "redteam approvals, left open: a TOTP code relayed by the agent approves whichever of its open challenges it names; binding needs the operator to enter the code against the challenge out of band (the server's operator endpoint, issue 20) or a signed approval"]
fn a_code_the_operator_gave_for_one_action_does_not_approve_another() {
    let w = World::new();
    rt().block_on(async {
        let harmless = critical(&w, serde_json::json!({"task": "rotate logs"}));
        let harmful = critical(&w, serde_json::json!({"task": "wipe backups"}));
        let a = w.validate(&harmless).await;
        let b = w.validate(&harmful).await;
        assert_eq!((a.status, b.status), (Status::RequiresMfa, Status::RequiresMfa));
        // The operator reviews A ("rotate logs") and gives the current code.
        let code = code_now(&w);
        // The agent names B's challenge instead.
        let b_challenge = b.challenge.unwrap().id;
        let o = w.guard.validate_with(&harmful, &w.token(&harmful), &[totp(&code, Some(&b_challenge))]).await;
        assert_ne!(o.status, Status::Approved, "the operator's code for \"rotate logs\" approved \"wipe backups\"");
        // Positive control: the code approves A, the action it was given for.
        let a_challenge = a.challenge.unwrap().id;
        let o = w.guard.validate_with(&harmless, &w.token(&harmless), &[totp(&code, Some(&a_challenge))]).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

/// Finding 4 (low). A coalition's signatures are used up one by one; when a
/// later one turns out to be used already, the earlier fresh ones are spent
/// without an approval. Submitting a fresh signature next to a used one (of
/// the same action, still unexpired) burns the fresh one; two concurrent
/// submissions of one honest coalition (a client retry) each take one
/// signature and neither is approved.
#[test]
fn a_used_signature_does_not_burn_a_fresh_one() {
    let w = World::new();
    rt().block_on(async {
        let r = emergency(&w);
        let (s1, s2) = (expert_sig(&w, 1, &r, "ok"), expert_sig(&w, 2, &r, "ok"));
        let o = w.guard.validate_with(&r, &w.token(&r), &[s1.clone(), s2]).await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
        // Expert 3 approves a second execution; the agent adds expert 1's used signature.
        let s3 = expert_sig(&w, 3, &r, "a second run is fine");
        let o = w.guard.validate_with(&r, &w.token(&r), &[s3.clone(), s1]).await;
        assert_eq!(o.status, Status::RequiresCoe, "{}", reason(&o));
        // Expert 2 signs again for the second run: two fresh experts.
        let s2b = expert_sig(&w, 2, &r, "agreed, second run");
        let o = w.guard.validate_with(&r, &w.token(&r), &[s3, s2b]).await;
        assert_eq!(o.status, Status::Approved, "expert 3's fresh signature was burnt by the refused attempt: {}", reason(&o));
    });
}

/// Finding 5 (low-medium, insider). The state file is written through a
/// fixed temporary name, `state.json.tmp`, opened with create+truncate and
/// without O_NOFOLLOW/O_EXCL. Someone who can write the state file's
/// directory (where the docs say bundle writers must not, but nothing else)
/// plants `state.json.tmp` as a symlink to any file the Guard may write
/// (its audit MAC key, the kill-state file, the audit segment): the next
/// challenge opened truncates and overwrites that file with state JSON, and
/// `state.json` becomes the symlink. A pre-created temporary file also keeps
/// its own mode (0600 is applied only on creation).
#[test]
#[cfg(unix)]
fn the_state_file_write_does_not_follow_a_planted_symlink() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("audit.mac");
    std::fs::write(&victim, b"the audit MAC key").unwrap();
    std::os::unix::fs::symlink(&victim, dir.path().join("state.json.tmp")).unwrap();
    let clock = ManualClock::at_secs(u64::try_from(T0).unwrap());
    let state = LocalState::open(dir.path().join("state.json"), 100, Arc::new(clock)).unwrap();
    let c = Challenge { agent: "a".into(), ahash: "x".into(), expires_at: u64::try_from(T0).unwrap() * 1000 + 60_000, id: "c".into() };
    // Writing must either refuse or leave the victim alone.
    let _ = rt().block_on(state.open_challenge(&c, 16));
    assert_eq!(std::fs::read(&victim).unwrap(), b"the audit MAC key", "the Guard overwrote a file through the planted symlink");
    assert!(!std::fs::symlink_metadata(dir.path().join("state.json")).unwrap().file_type().is_symlink());
}

/// Finding 6 (low; documented). The policy high-water mark lives in the
/// state file only. An insider who can replace the bundle and remove
/// `state.json` (or edit it: it carries no MAC) brings v1 back after v2:
/// the Guard starts as on a first run. Yet the Guard knows it is not a
/// first run: its audit log (MAC'd, with signed checkpoints) already holds
/// records made under v2. The docs say "keep the file where the bundle's
/// writers cannot write"; the default `init` layout puts both in one
/// directory.
#[test]
fn deleting_the_state_file_does_not_reopen_a_policy_rollback() {
    let w = World::new();
    rt().block_on(async {
        let bundle = w.dir.path().join("policy.bundle.json");
        let v1 = std::fs::read(&bundle).unwrap();
        let doc = aigos_policy::PolicyDocument::from_toml(&demo_policy_with("")).unwrap();
        let v2 = aigos_policy::PolicyBundle::sign(doc, 2, T0, false, &w.authority).unwrap();
        std::fs::write(&bundle, serde_json::to_string(&v2).unwrap()).unwrap();
        let w = w.restarted().await;
        let o = w.validate(&w.request("config.update")).await;
        assert_eq!(o.status, Status::Approved, "positive control: v2 loads: {}", reason(&o));
        let World { dir, clock, guard, .. } = w;
        guard.shutdown().await.unwrap();
        // Positive control: the plain rollback is refused.
        std::fs::write(dir.path().join("policy.bundle.json"), &v1).unwrap();
        let err = World::rebuild(dir.path(), &clock).map(|_| ()).unwrap_err().to_string();
        assert!(err.contains("rollback"), "{err}");
        // The insider also removes the state file.
        std::fs::remove_file(dir.path().join("state.json")).unwrap();
        let started = World::rebuild(dir.path(), &clock);
        assert!(started.is_err(), "the Guard started on policy bundle v1 after v2 had been accepted");
    });
}

/// Finding 7 (low). Challenges have no per-agent quota and are not shared
/// between requests of one action: every REQUIRES_MFA outcome opens a new
/// one (and rewrites the state file). Open challenges, used codes and used
/// approvals share one capacity; one agent's pending requests fill it and
/// every other agent's MFA is refused (STATE_UNAVAILABLE) until they
/// expire. Shown with a capacity of 8; at the default 100,000 and the
/// default rate limit (20 a minute, challenges living 5 minutes) it takes
/// about 1,000 compromised agents, or a larger rate limit.
#[test]
fn one_agent_cannot_fill_the_approval_state_with_challenges() {
    let key = Arc::new(
        SigningKey::generate(aigos_crypto::default_provider(), Algorithm::EdDsa).unwrap().with_kid(Kid::new("helper-key-1").unwrap()),
    );
    let k = key.clone();
    let policy = demo_policy_with(
        "\n[[statements]]\nid = \"helper\"\neffect = \"permit\"\nprincipals = [\"helper-agent\"]\nactions = [\"config.*\"]\n",
    );
    let w = World::with_setup(
        SharedState::default(),
        |c| c.state.capacity = 8,
        |_| {},
        move |authority| vec![helper_agent(authority, &k, 80.0)],
        Some(&policy),
    );
    let issuer = aigos_identity::TokenIssuer::new(key).clock(Arc::new(w.clock.clone()));
    rt().block_on(async {
        let registered =
            aigos_core::Lineage::root(aigos_tests::instance("demo-agent-1")).child(aigos_tests::instance("demo-agent-1")).unwrap();
        let flood = ActionRequest::builder(aigos_core::AgentId::new("helper-agent").unwrap(), "config.update")
            .instance(aigos_tests::instance("helper-agent-1"))
            .severity(Severity::Critical)
            .environment(aigos_core::Environment::Staging)
            .payload(serde_json::json!({"n": 1}))
            .timestamp(w.now())
            .lineage(registered)
            .build()
            .unwrap();
        let mut codes = std::collections::BTreeMap::new();
        for _ in 0..10 {
            let o = w.guard.validate(&flood, &issuer.issue(&w.token_request(&flood)).unwrap()).await;
            *codes.entry(o.code().to_owned()).or_insert(0) += 1;
        }
        eprintln!("the flooding agent got {codes:?}");
        let r = critical(&w, serde_json::json!({}));
        let o = w.validate(&r).await;
        assert_eq!(o.status, Status::RequiresMfa, "another agent cannot ask for MFA: {} ({})", o.code(), reason(&o));
    });
}

/// Finding 8 (low, configuration). `max_failures = 0` is refused at
/// start, but `lockout_secs = 0` (or `failure_window_secs = 0`) is
/// accepted and silently turns lockouts off: the fifth wrong code reports
/// "now locked out until <now>" and the sixth is checked again.
#[test]
fn a_zero_lockout_is_refused_or_still_locks() {
    let built = std::panic::catch_unwind(|| World::with(SharedState::default(), |c| c.approvers.as_mut().unwrap().lockout_secs = 0));
    let Ok(w) = built else { return }; // refused at start: fine
    rt().block_on(async {
        let r = critical(&w, serde_json::json!({}));
        let challenge = w.validate(&r).await.challenge.unwrap().id;
        for i in 0..5 {
            w.guard.validate_with(&r, &w.token(&r), &[totp(&wrong_code(&w, i * 1000), Some(&challenge))]).await;
        }
        let sixth = w.guard.validate_with(&r, &w.token(&r), &[totp(&wrong_code(&w, 9000), Some(&challenge))]).await;
        assert!(reason(&sixth).contains("locked out"), "a sixth wrong code was checked: {}", reason(&sixth));
    });
}

// ---------------------------------------------------------------------------
// Attacks the change stops (coverage)
// ---------------------------------------------------------------------------

/// Codes without a challenge, with an invented one, or with a challenge of
/// another action are not checked and do not count: an attacker without a
/// challenge of this action can neither guess nor lock the operator out.
/// Garbage codes (wrong length, non-digits) with a real challenge do count.
#[test]
fn codes_without_a_valid_challenge_neither_guess_nor_lock_out() {
    let w = World::new();
    rt().block_on(async {
        let r = critical(&w, serde_json::json!({}));
        let other = critical(&w, serde_json::json!({"other": true}));
        let other_challenge = w.validate(&other).await.challenge.unwrap().id;
        for i in 0..12u32 {
            let challenge = match i % 3 {
                0 => None,
                1 => Some(format!("made-up-{i}")),
                _ => Some(other_challenge.clone()),
            };
            let o = w.guard.validate_with(&r, &w.token(&r), &[totp(&wrong_code(&w, i * 1000), challenge.as_deref())]).await;
            assert_eq!(o.status, Status::RequiresMfa);
            assert!(!reason(&o).contains("is wrong"), "a code without a valid challenge was checked: {}", reason(&o));
        }
        assert!(w.guard.dashboard().await.locked_out_approvers.is_empty());
        // Garbage codes with a real challenge count (4 of 5).
        let challenge = w.validate(&r).await.challenge.unwrap().id;
        for garbage in ["", "12345", "1234567", "abcdef"] {
            let o = w.guard.validate_with(&r, &w.token(&r), &[totp(garbage, Some(&challenge))]).await;
            assert!(reason(&o).contains("is wrong"), "{}", reason(&o));
            assert!(garbage.len() < 5 || !reason(&o).contains(garbage), "the code is echoed: {}", reason(&o));
        }
        // Positive control: the right code still approves, once.
        let o = w.guard.validate_with(&r, &w.token(&r), &[totp(&code_now(&w), Some(&challenge))]).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

/// One right code given on several challenges of the same action at once
/// (a compromised agent racing itself through a store with round trips)
/// approves once: `use_once` and `take_challenge` are each atomic.
#[test]
fn one_code_raced_over_many_challenges_approves_once() {
    let w = round_trip_world();
    mt().block_on(async {
        let r = critical(&w, serde_json::json!({}));
        let mut challenges = Vec::new();
        for _ in 0..8 {
            challenges.push(w.validate(&r).await.challenge.unwrap().id);
        }
        let code = code_now(&w);
        let mut tasks = tokio::task::JoinSet::new();
        for c in challenges.iter().chain(challenges.iter()) {
            let (guard, r, token, evidence) = (w.guard.clone(), r.clone(), w.token(&r), vec![totp(&code, Some(c))]);
            tasks.spawn(async move { guard.validate_with(&r, &token, &evidence).await });
        }
        let mut approved = 0;
        while let Some(o) = tasks.join_next().await {
            approved += usize::from(o.unwrap().status == Status::Approved);
        }
        assert_eq!(approved, 1, "one code approved {approved} times");
    });
}

/// The same coalition raced by concurrent submissions never approves twice.
#[test]
fn one_coalition_raced_approves_at_most_once() {
    let w = round_trip_world();
    mt().block_on(async {
        let r = emergency(&w);
        let evidence = vec![expert_sig(&w, 1, &r, "ok"), expert_sig(&w, 2, &r, "ok")];
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..8 {
            let (guard, r, token, evidence) = (w.guard.clone(), r.clone(), w.token(&r), evidence.clone());
            tasks.spawn(async move { guard.validate_with(&r, &token, &evidence).await });
        }
        let mut approved = 0;
        while let Some(o) = tasks.join_next().await {
            approved += usize::from(o.unwrap().status == Status::Approved);
        }
        assert!(approved <= 1, "one coalition approved {approved} times");
    });
}

/// `EVIDENCE_DUPLICATE` compares the approver id after JSON decoding: an
/// escaped spelling of the same id is the same approver, and look-alike ids
/// (case, zero-width space) are not registered approvers, so they are
/// neither checked nor counted against the real one.
#[test]
fn duplicate_evidence_is_not_bypassed_by_spelling() {
    let w = World::new();
    rt().block_on(async {
        let r = critical(&w, serde_json::json!({}));
        let challenge = w.validate(&r).await.challenge.unwrap().id;
        let escaped: ApprovalEvidence = serde_json::from_str(&format!(
            r#"{{"type":"totp","approver":"op\u0065rator","code":"{}","challenge":"{challenge}"}}"#,
            wrong_code(&w, 1)
        ))
        .unwrap();
        let o = w.guard.validate_with(&r, &w.token(&r), &[totp(&wrong_code(&w, 2), Some(&challenge)), escaped]).await;
        assert_eq!(o.code(), "EVIDENCE_DUPLICATE", "{}", reason(&o));
        let lookalikes: Vec<ApprovalEvidence> = ["Operator", "operator\u{200b}", "OPERATOR", "operator "]
            .iter()
            .map(|id| ApprovalEvidence::Totp { approver: (*id).into(), code: wrong_code(&w, 3), challenge: Some(challenge.clone()) })
            .collect();
        let o = w.guard.validate_with(&r, &w.token(&r), &lookalikes).await;
        assert!(!reason(&o).contains("is wrong"), "{}", reason(&o));
        // Positive control: the real operator's right code approves.
        let o = w.guard.validate_with(&r, &w.token(&r), &[totp(&code_now(&w), Some(&challenge))]).await;
        assert_eq!(o.status, Status::Approved, "{}", reason(&o));
    });
}

/// The same bundle version with other content (re-signed by the authority
/// key, e.g. by an insider holding it for a moment) is refused at start;
/// a higher version loads (positive control).
#[test]
fn the_same_policy_version_with_other_content_is_refused_after_a_restart() {
    let w = World::new();
    rt().block_on(async {
        let World { dir, clock, guard, authority, .. } = w;
        guard.shutdown().await.unwrap();
        let bundle = dir.path().join("policy.bundle.json");
        let wider =
            demo_policy_with("\n[[statements]]\nid = \"everything\"\neffect = \"permit\"\nprincipals = [\"*\"]\nactions = [\"*\"]\n");
        let doc = aigos_policy::PolicyDocument::from_toml(&wider).unwrap();
        let same_version = aigos_policy::PolicyBundle::sign(doc.clone(), 1, T0, false, &authority).unwrap();
        std::fs::write(&bundle, serde_json::to_string(&same_version).unwrap()).unwrap();
        let err = World::rebuild(dir.path(), &clock).map(|_| ()).unwrap_err().to_string();
        assert!(err.contains("other content"), "{err}");
        let higher = aigos_policy::PolicyBundle::sign(doc, 2, T0, false, &authority).unwrap();
        std::fs::write(&bundle, serde_json::to_string(&higher).unwrap()).unwrap();
        assert!(World::rebuild(dir.path(), &clock).is_ok(), "positive control: v2 loads");
    });
}

/// A state file that does not parse (torn by hand, truncated, another
/// format) stops the Guard from starting instead of starting empty (which
/// would forget used approvals, lockouts and the policy mark).
#[test]
fn a_corrupt_state_file_stops_the_guard_from_starting() {
    let w = World::new();
    rt().block_on(async {
        let r = critical(&w, serde_json::json!({}));
        assert_eq!(w.validate(&r).await.status, Status::RequiresMfa, "a challenge is written");
        let World { dir, clock, guard, .. } = w;
        guard.shutdown().await.unwrap();
        let path = dir.path().join("state.json");
        let good = std::fs::read(&path).unwrap();
        for bad in [&good[..good.len() / 2], b"", br#"{"format":2}"#, br#"{"used":{},"extra":1}"#] {
            std::fs::write(&path, bad).unwrap();
            assert!(World::rebuild(dir.path(), &clock).is_err(), "started on {:?}", String::from_utf8_lossy(bad));
        }
        std::fs::write(&path, &good).unwrap();
        assert!(World::rebuild(dir.path(), &clock).is_ok(), "positive control");
    });
}
