//! One conformance suite per shared-state trait, run on the in-memory
//! implementation and on Redis (a `redis-server` of this suite's own, on a
//! free loopback port): both answer every question the same way. Then what
//! only a store across a network can do wrong: refuse to start on an
//! evicting server, fail closed while the server is down (and come back
//! with it), and keep one jti single-use under 64 concurrent uses through
//! two Guards.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::sync::Arc;
use std::time::Duration;

use aigos_core::{
    ApprovalStore, Attempts, Challenge, Clock, CostUsd, InstanceId, LockoutRule, ManualClock, SystemClock, VersionError, VersionStore,
};
use aigos_identity::{ReplayError, ReplayStore};
use aigos_policy::BudgetLedger;
use aigos_redis::testing::RedisServer;
use aigos_redis::{RedisConfig, RedisState};
use aigos_runtime::{JournalEntry, JournalEvent, KillBus as _, LeaseStore, RateDecision, RateLimitConfig, RateLimitStore};

async fn connect(server: &RedisServer, prefix: &str, clock: Arc<dyn Clock>) -> RedisState {
    let config =
        RedisConfig::new(server.url()).prefix(prefix).command_timeout(Duration::from_millis(500)).journal_block(Duration::from_millis(200));
    RedisState::connect(config, clock).await.unwrap()
}

fn jti() -> String {
    uuid_like(rand_u128())
}

fn rand_u128() -> u128 {
    use std::hash::{BuildHasher, Hasher};
    let a = std::collections::hash_map::RandomState::new().build_hasher().finish();
    let b = std::collections::hash_map::RandomState::new().build_hasher().finish();
    (u128::from(a) << 64) | u128::from(b)
}

fn uuid_like(n: u128) -> String {
    let h = format!("{n:032x}");
    format!("{}-{}-4{}-8{}-{}", &h[0..8], &h[8..12], &h[13..16], &h[17..20], &h[20..32])
}

// ---- replay ----

/// On `clock`, the store's own: an expiry is a time of the Guard's clock,
/// which the in-memory store reads and Redis counts down from in real time
/// (so the suite moves the clock and also waits).
async fn replay_suite(store: &dyn ReplayStore, clock: &ManualClock) {
    let now = clock.now_millis();
    let id = jti();
    store.check_and_insert(&id, now + 60_000).await.unwrap();
    assert_eq!(store.check_and_insert(&id, now + 60_000).await, Err(ReplayError::Replayed), "a replay");
    store.check_and_insert(&jti(), now + 60_000).await.expect("another jti is fresh");
    assert_eq!(store.check_and_insert("not-a-uuid", now + 60_000).await, Err(ReplayError::BadJti));
    // An entry lives as long as its token and no longer.
    let short = jti();
    store.check_and_insert(&short, clock.now_millis() + 300).await.unwrap();
    assert_eq!(store.check_and_insert(&short, clock.now_millis() + 300).await, Err(ReplayError::Replayed));
    clock.advance(Duration::from_millis(450));
    tokio::time::sleep(Duration::from_millis(450)).await;
    store.check_and_insert(&short, clock.now_millis() + 300).await.expect("expired with its token");
    // Still live after most of its life.
    store.check_and_insert(&id, clock.now_millis() + 60_000).await.expect_err("a live entry is kept");
}

// ---- rate limits ----

async fn rate_suite(store: &dyn RateLimitStore, clock: &ManualClock) {
    // 20 a minute, then a penalty that doubles, then a block after five violations.
    for i in 0..20 {
        assert_eq!(store.check("agent-a").await, RateDecision::Allowed, "action {i}");
    }
    assert_eq!(store.recent("agent-a").await, 20);
    let first = store.check("agent-a").await;
    assert_eq!(first, RateDecision::Limited { until: clock.now_millis() + 60_000, violations: 1 }, "the first penalty is one minute");
    assert!(matches!(store.check("agent-a").await, RateDecision::Penalized { .. }));
    assert_eq!(store.check("agent-b").await, RateDecision::Allowed, "keys are independent");
    let (decision, recent) = store.check_recent("agent-c").await;
    assert_eq!((decision, recent), (RateDecision::Allowed, 1));
    // Each violation soon after the last penalty doubles the next one.
    let mut penalty = 60_000u64;
    for v in 2..=4u32 {
        clock.advance(Duration::from_millis(penalty + 1_000));
        for _ in 0..20 {
            assert_eq!(store.check("agent-a").await, RateDecision::Allowed);
        }
        penalty *= 2;
        assert_eq!(store.check("agent-a").await, RateDecision::Limited { until: clock.now_millis() + penalty, violations: v });
    }
    assert!(!store.is_blocked("agent-a").await);
    clock.advance(Duration::from_millis(penalty + 1_000));
    for _ in 0..20 {
        assert_eq!(store.check("agent-a").await, RateDecision::Allowed);
    }
    assert_eq!(store.check("agent-a").await, RateDecision::Blocked, "the fifth violation blocks");
    clock.advance(Duration::from_secs(24 * 3600));
    assert_eq!(store.check("agent-a").await, RateDecision::Blocked, "a block outlasts any penalty");
    assert!(store.is_blocked("agent-a").await);
    assert_eq!(store.blocked().await, vec!["agent-a".to_owned()]);
    assert!(!store.unblock("agent-b").await, "agent-b was not blocked");
    assert!(store.unblock("agent-a").await);
    assert!(!store.is_blocked("agent-a").await);
    assert!(store.blocked().await.is_empty());
    assert_eq!(store.check("agent-a").await, RateDecision::Allowed, "lifted");
}

// ---- approvals ----

async fn approvals_suite(store: &dyn ApprovalStore, clock: &ManualClock) {
    let now = clock.now_millis();
    let later = now + 60_000;
    // Single use, all or none.
    assert_eq!(store.use_all_once(&[("a".into(), later), ("b".into(), later)]).await.unwrap(), Vec::<usize>::new());
    assert_eq!(store.use_all_once(&[("c".into(), later), ("b".into(), later)]).await.unwrap(), vec![1]);
    assert!(store.use_once("c", later).await.unwrap(), "c was not marked by the refused batch");
    assert!(!store.use_once("c", later).await.unwrap());
    // Challenges: one per action, a quota per agent, taken once.
    let ch = |id: &str, ahash: &str| Challenge { agent: "agent-1".into(), ahash: ahash.into(), expires_at: now + 300_000, id: id.into() };
    assert_eq!(store.open_challenge(&ch("c1", "h1"), 2).await.unwrap().id, "c1");
    assert_eq!(store.open_challenge(&ch("c9", "h1"), 2).await.unwrap().id, "c1", "one pending approval per action");
    assert_eq!(store.open_challenge(&ch("c2", "h2"), 2).await.unwrap().id, "c2");
    assert!(matches!(store.open_challenge(&ch("c3", "h3"), 2).await, Err(aigos_core::StateError::Quota(_))), "per-agent quota");
    assert_eq!(store.challenge("c1", now).await.unwrap().map(|c| c.ahash), Some("h1".into()));
    assert_eq!(store.challenge("c1", now + 300_000).await.unwrap(), None, "expired");
    assert!(store.take_challenge("c1", now).await.unwrap());
    assert!(!store.take_challenge("c1", now).await.unwrap(), "taken once");
    assert_eq!(store.challenge("c1", now).await.unwrap(), None);
    assert!(!store.take_challenge("unknown", now).await.unwrap());
    assert_eq!(store.open_challenge(&ch("c3", "h3"), 2).await.unwrap().id, "c3", "room again after a take");
    // Failed attempts and lockouts.
    let rule = LockoutRule { max_failures: 3, window_ms: 60_000, lockout_ms: 120_000 };
    assert_eq!(store.begin_attempt("alice", now, &rule).await.unwrap(), Attempts::Allowed(1));
    assert_eq!(store.end_attempt("alice", now, &rule, true).await.unwrap(), None);
    assert_eq!(store.begin_attempt("alice", now, &rule).await.unwrap(), Attempts::Allowed(1), "a success takes its attempt back");
    assert_eq!(store.end_attempt("alice", now, &rule, false).await.unwrap(), None);
    assert_eq!(store.begin_attempt("alice", now + 1, &rule).await.unwrap(), Attempts::Allowed(2));
    assert_eq!(store.end_attempt("alice", now + 1, &rule, false).await.unwrap(), None);
    assert_eq!(store.begin_attempt("alice", now + 2, &rule).await.unwrap(), Attempts::Allowed(3));
    assert_eq!(store.end_attempt("alice", now + 2, &rule, false).await.unwrap(), Some(now + 2 + 120_000), "the third failure locks");
    assert_eq!(store.begin_attempt("alice", now + 3, &rule).await.unwrap(), Attempts::Locked(now + 2 + 120_000));
    assert_eq!(store.lockouts(now + 3).await.unwrap(), vec![("alice".to_owned(), now + 2 + 120_000)]);
    assert_eq!(store.begin_attempt("bob", now + 3, &rule).await.unwrap(), Attempts::Allowed(1), "approvers are independent");
    // Concurrent guesses cannot all pass a lockout not yet recorded.
    let guesses = (0..5).map(|_| store.begin_attempt("carol", now, &rule));
    let allowed = futures_util::future::join_all(guesses).await.into_iter().filter(|a| matches!(a, Ok(Attempts::Allowed(_)))).count();
    assert_eq!(allowed, 3, "only max_failures attempts in flight");
    // A failure outside the window is forgiven.
    assert_eq!(store.begin_attempt("dave", now, &rule).await.unwrap(), Attempts::Allowed(1));
    assert_eq!(store.end_attempt("dave", now, &rule, false).await.unwrap(), None);
    assert_eq!(store.begin_attempt("dave", now + 61_000, &rule).await.unwrap(), Attempts::Allowed(1));
}

// ---- policy version ----

fn versions_suite(store: &dyn VersionStore) {
    assert_eq!(store.high_water("policy").unwrap(), None);
    store.advance("policy", 3, "h3").unwrap();
    store.advance("policy", 3, "h3").expect("the same bundle again");
    assert_eq!(store.high_water("policy").unwrap(), Some((3, "h3".into())));
    assert!(matches!(store.advance("policy", 3, "hx"), Err(VersionError::Conflict { version: 3, .. })));
    assert!(matches!(store.advance("policy", 2, "h2"), Err(VersionError::Rollback { offered: 2, accepted: 3 })));
    store.advance("policy", 4, "h4").unwrap();
    assert_eq!(store.high_water("policy").unwrap(), Some((4, "h4".into())));
    store.advance("other", 1, "o1").expect("names are independent");
}

// ---- budgets ----

fn acct(s: &str) -> InstanceId {
    InstanceId::new(s).unwrap()
}

fn usd(x: f64) -> CostUsd {
    CostUsd::new(x).unwrap()
}

async fn budget_suite(ledger: &dyn BudgetLedger) {
    // root (10) <- child (8) <- grandchild (no limit of its own)
    let r1 = ledger.reserve(&acct("grandchild"), usd(5.0)).await.unwrap();
    assert_eq!(ledger.remaining(&acct("grandchild")).await.unwrap(), Some(usd(3.0)), "the least headroom along the chain");
    assert_eq!(ledger.remaining(&acct("root")).await.unwrap(), Some(usd(5.0)));
    assert!(matches!(ledger.reserve(&acct("child"), usd(4.0)).await, Err(aigos_policy::Error::Budget(_))), "the child has 3 left");
    ledger.commit(r1, usd(4.0)).await.unwrap();
    assert_eq!(ledger.remaining(&acct("child")).await.unwrap(), Some(usd(4.0)), "spend 4, nothing reserved");
    assert!(ledger.commit(r1, usd(1.0)).await.is_err(), "a reservation is settled once");
    let r2 = ledger.reserve(&acct("child"), usd(2.0)).await.unwrap();
    assert!(ledger.commit(r2, usd(3.0)).await.is_err(), "above the reservation");
    ledger.release(r2).await.unwrap();
    assert_eq!(ledger.remaining(&acct("child")).await.unwrap(), Some(usd(4.0)), "released");
    assert!(ledger.reserve(&acct("nobody"), usd(1.0)).await.is_err(), "unknown account");
    // Concurrent reservations never overspend: 6 left at the root.
    let other = acct("other");
    let tries = (0..20).map(|_| ledger.reserve(&other, usd(1.0)));
    let granted = futures_util::future::join_all(tries).await.into_iter().filter(Result::is_ok).count();
    assert_eq!(granted, 6, "root has 6 left");
}

fn accounts() -> Vec<(InstanceId, Option<InstanceId>, Option<CostUsd>)> {
    vec![
        (acct("root"), None, Some(usd(10.0))),
        (acct("child"), Some(acct("root")), Some(usd(8.0))),
        (acct("grandchild"), Some(acct("child")), None),
        (acct("other"), Some(acct("root")), None),
    ]
}

// ---- the suites on both backends ----

#[tokio::test(flavor = "multi_thread")]
async fn in_memory_backend_conforms() {
    let clock = ManualClock::at_secs(1_800_000_000);
    replay_suite(&aigos_identity::InMemoryReplayStore::new(1000, Arc::new(clock.clone())), &clock).await;
    rate_suite(&aigos_runtime::RateLimiter::new(RateLimitConfig::default(), Arc::new(clock.clone())), &clock).await;
    let local = aigos::LocalState::in_memory(1000, Arc::new(clock.clone()));
    approvals_suite(&local, &clock).await;
    versions_suite(&aigos::LocalState::in_memory(1000, Arc::new(clock.clone())));
    let ledger = aigos_policy::InMemoryLedger::new();
    for (a, p, l) in accounts() {
        ledger.open(a, p, l).await.unwrap();
    }
    budget_suite(&ledger).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn redis_backend_conforms() {
    let server = RedisServer::start().unwrap();
    let clock = ManualClock::at_secs(1_800_000_000);
    let state = connect(&server, "conf", Arc::new(clock.clone())).await;
    replay_suite(state.replay().as_ref(), &clock).await;
    rate_suite(state.rate_limits(RateLimitConfig::default()).as_ref(), &clock).await;
    approvals_suite(state.approvals().as_ref(), &clock).await;
    let versions = state.versions().unwrap();
    tokio::task::spawn_blocking(move || versions_suite(versions.as_ref())).await.unwrap();
    let mut ledger = state.ledger();
    for (a, p, l) in accounts() {
        ledger.open(a, p, l).unwrap();
    }
    budget_suite(&ledger).await;
    // Another deployment's prefix shares nothing.
    let other = connect(&server, "other", Arc::new(clock.clone())).await;
    let versions = other.versions().unwrap();
    assert_eq!(tokio::task::spawn_blocking(move || versions.high_water("policy").unwrap()).await.unwrap(), None);
}

#[tokio::test(flavor = "multi_thread")]
async fn redis_leases_hand_each_orphan_to_one_sweeper() {
    let server = RedisServer::start().unwrap();
    let a = connect(&server, "leases", Arc::new(SystemClock)).await.leases();
    let b = connect(&server, "leases", Arc::new(SystemClock)).await.leases();
    a.renew("inst-1", 1_000).await.unwrap();
    a.renew("inst-2", 10_000).await.unwrap();
    b.renew("inst-2", 5_000).await.unwrap();
    b.renew("inst-3", 3_000).await.unwrap();
    assert_eq!(b.claim_expired(4_000).await.unwrap(), vec!["inst-1".to_owned(), "inst-3".to_owned()], "a beat never shortens a lease");
    assert!(a.claim_expired(4_000).await.unwrap().is_empty(), "each orphan is claimed once");
    a.release("inst-2").await.unwrap();
    assert!(a.claim_expired(20_000).await.unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn redis_kill_journal_replays_follows_and_reports_a_lost_journal() {
    let mut server = RedisServer::start().unwrap();
    let bus = connect(&server, "journal", Arc::new(SystemClock)).await.kill_bus();
    bus.publish(&JournalEntry::Command("{\"c\":1}".into())).await.unwrap();
    bus.publish(&JournalEntry::Reaped("inst-9".into())).await.unwrap();
    let (entries, cursor) = bus.read_all().await.unwrap();
    assert_eq!(entries, vec![JournalEntry::Command("{\"c\":1}".into()), JournalEntry::Reaped("inst-9".into())]);
    let mut reader = bus.follow(cursor);
    let other = connect(&server, "journal", Arc::new(SystemClock)).await.kill_bus();
    other.publish(&JournalEntry::Command("{\"c\":2}".into())).await.unwrap();
    let next = tokio::time::timeout(Duration::from_secs(5), reader.next()).await.unwrap().unwrap();
    assert_eq!(next, JournalEvent::Entry(JournalEntry::Command("{\"c\":2}".into())), "live delivery");
    // The server restarts empty: the reader says so, then reads from the start.
    server.restart().unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        match tokio::time::timeout(Duration::from_secs(5), reader.next()).await {
            Ok(Ok(JournalEvent::Reset)) => break,
            Ok(Ok(other)) => panic!("{other:?}"),
            _ => assert!(std::time::Instant::now() < deadline, "no reset reported"),
        }
    }
    // The first call on a connection the restart broke fails (fail closed); the next reconnects.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while other.publish(&JournalEntry::Reaped("inst-10".into())).await.is_err() {
        assert!(std::time::Instant::now() < deadline, "no reconnection");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A reader's errors are retried by its caller (the Guard, with backoff).
    let next = loop {
        match tokio::time::timeout(Duration::from_secs(5), reader.next()).await.unwrap() {
            Ok(event) => break event,
            Err(_) => assert!(std::time::Instant::now() < deadline, "no reconnection"),
        }
    };
    assert_eq!(next, JournalEvent::Entry(JournalEntry::Reaped("inst-10".into())));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_evicting_server_is_refused() {
    let server = RedisServer::start_with_policy("allkeys-lru").unwrap();
    let config = RedisConfig::new(server.url());
    let refused = RedisState::connect(config, Arc::new(SystemClock)).await;
    assert!(matches!(refused, Err(aigos_redis::RedisError::Evicting(ref p)) if p == "allkeys-lru"), "{refused:?}");
    // Positive control: the same server once it never evicts.
    let _: () = redis_cli(server.port(), &["CONFIG", "SET", "maxmemory-policy", "noeviction"]);
    RedisState::connect(RedisConfig::new(server.url()), Arc::new(SystemClock)).await.unwrap();
}

fn redis_cli(port: u16, args: &[&str]) {
    let out = std::process::Command::new("redis-cli").args(["-p", &port.to_string()]).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[tokio::test(flavor = "multi_thread")]
async fn every_store_fails_closed_while_redis_is_down_and_recovers() {
    use aigos_core::StateHealth as _;
    let mut server = RedisServer::start().unwrap();
    let clock = ManualClock::at_secs(1_800_000_000);
    let state = connect(&server, "down", Arc::new(clock.clone())).await;
    let (replay, rate, approvals, leases) =
        (state.replay(), state.rate_limits(RateLimitConfig::default()), state.approvals(), state.leases());
    let mut ledger = state.ledger();
    ledger.open(acct("root"), None, Some(usd(10.0))).unwrap();
    let later = clock.now_millis() + 60_000;
    // Positive control.
    replay.check_and_insert(&jti(), later).await.unwrap();
    assert_eq!(rate.check("a").await, RateDecision::Allowed);
    assert!(state.health().failing().is_empty());

    server.kill();
    assert!(matches!(replay.check_and_insert(&jti(), later).await, Err(ReplayError::Backend(_))), "never a fresh jti on no answer");
    assert_eq!(rate.check("a").await, RateDecision::Unavailable, "never allowed on no answer");
    assert_eq!(rate.check_recent("a").await.0, RateDecision::Unavailable);
    assert!(approvals.use_once("k", later).await.is_err());
    assert!(matches!(ledger.reserve(&acct("root"), usd(1.0)).await, Err(aigos_policy::Error::BudgetUnavailable(_))));
    assert!(matches!(ledger.remaining(&acct("root")).await, Err(aigos_policy::Error::BudgetUnavailable(_))));
    assert!(leases.renew("i", later).await.is_err());
    let failing: Vec<String> = state.health().failing().into_iter().map(|(s, _)| s).collect();
    for store in ["replay", "rate limits", "approval state", "budget ledger", "leases"] {
        assert!(failing.iter().any(|s| s == store), "{store} not reported failing: {failing:?}");
    }

    server.restart().unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while replay.check_and_insert(&jti(), later).await.is_err() {
        assert!(std::time::Instant::now() < deadline, "no reconnection");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(rate.check("a").await, RateDecision::Allowed, "service resumes");
    ledger.reserve(&acct("root"), usd(1.0)).await.unwrap();
    // The probe clears the record once the server answers.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !state.health().failing().is_empty() {
        assert!(std::time::Instant::now() < deadline, "{:?}", state.health().failing());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn redis_over_tls_with_a_password_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let issued = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned(), "localhost".to_owned()]).unwrap();
    let (cert, key) = (dir.path().join("redis.pem"), dir.path().join("redis.key.pem"));
    std::fs::write(&cert, issued.cert.pem()).unwrap();
    std::fs::write(&key, issued.signing_key.serialize_pem()).unwrap();
    let password = "correct horse battery staple";
    let server = RedisServer::start_tls(&cert, &key, password).unwrap();
    assert!(server.url().starts_with("rediss://"));
    // As `aigos serve` connects it: [state] with rediss://, the CA file and a password file.
    let setup = dir.path().join("setup");
    let path = aigos::config::init(&setup, aigos_crypto::default_provider(), SystemClock.now_secs()).unwrap();
    std::fs::write(setup.join("redis.password"), format!("{password}\n")).unwrap();
    let (mut config, base) = aigos::config::GuardConfig::load(&path).unwrap();
    config.state.backend = aigos::config::StateBackend::Redis;
    config.state.url = Some(server.url());
    config.state.password_file = Some("redis.password".into());
    config.state.ca = Some(cert.clone());
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let mut connected = None;
    for _ in 0..50 {
        match aigos_server::fleet::shared_state(&config, &base, &clock).await {
            Ok(shared) => {
                connected = Some(shared);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    let shared = connected.expect("no TLS connection with the CA and the password");
    let id = jti();
    let replay = shared.replay.unwrap();
    replay.check_and_insert(&id, SystemClock.now_millis() + 60_000).await.unwrap();
    assert_eq!(replay.check_and_insert(&id, SystemClock.now_millis() + 60_000).await, Err(ReplayError::Replayed));
    // Refused: a wrong password, a certificate no trusted CA signed, plaintext to the TLS port.
    let pem = std::fs::read(&cert).unwrap();
    let attempt = |config: RedisConfig| async move {
        RedisState::connect(config.connect_timeout(Duration::from_secs(1)), Arc::new(SystemClock)).await
    };
    assert!(attempt(RedisConfig::new(server.url()).ca_pem(pem.clone()).credentials(None, "wrong".into())).await.is_err(), "wrong password");
    assert!(attempt(RedisConfig::new(server.url()).credentials(None, password.into())).await.is_err(), "untrusted certificate");
    let plain = server.url().replacen("rediss://", "redis://", 1);
    assert!(attempt(RedisConfig::new(plain).ca_pem(pem).credentials(None, password.into())).await.is_err(), "plaintext");
}
