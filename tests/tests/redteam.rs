//! Red team of the rebuilt facade (issue 16: every fact a step decides on
//! comes from a trusted source), written by a review session attacking the
//! change. Each test performs an attack as the attacker would and asserts
//! the SECURE behaviour. The review found 17 weaknesses; the fixes made
//! most of these tests pass, and they stay as regression tests. Tests
//! still marked `#[ignore = "redteam, issue N: ..."]` FAIL today: they
//! document a weakness that belongs to a later issue (run them with
//! `--run-ignored only`).
//!
//! Attackers: (1) a compromised agent holding its own registered key (its
//! tokens verify); (2) anyone without a key; (3) an insider with write
//! access to some files.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::sync::Arc;
use std::time::Duration;

use aigos::config::SharedState;
use aigos::{ApprovalEvidence, Step, StepResult};
use aigos_core::{ActionKind, ActionRequest, AgentId, CostUsd, Environment, Kid, Lineage, Severity, Status};
use aigos_crypto::{Algorithm, SigningKey};
use aigos_runtime::{CommandType, Target, TargetType};
use aigos_tests::{T0, World, agent, demo_policy_with, egress_world, helper_agent, instance, reason, rt};

fn spawn_payload() -> serde_json::Value {
    serde_json::json!({"capabilities": {"tools": ["config.update"], "resources": ["*"], "max_budget_usd": 1.0, "can_spawn": false, "max_child_depth": 0}, "mode": "EXPLICIT"})
}

fn expert_key(w: &World, n: u8) -> SigningKey {
    SigningKey::from_pkcs8_pem(w.provider, &std::fs::read_to_string(w.dir.path().join(format!("keys/expert-{n}.key.pem"))).unwrap())
        .unwrap()
        .with_kid(Kid::new(format!("expert-{n}-key")).unwrap())
}

/// A world with the helper agent registered and permitted (`config.*`).
fn helper_world(shared: SharedState, edit: impl FnOnce(&mut aigos::config::GuardConfig)) -> (World, aigos_identity::TokenIssuer) {
    let key = Arc::new(
        SigningKey::generate(aigos_crypto::default_provider(), Algorithm::EdDsa).unwrap().with_kid(Kid::new("helper-key-1").unwrap()),
    );
    let k = key.clone();
    let policy = demo_policy_with(
        "\n[[statements]]\nid = \"helper\"\neffect = \"permit\"\nprincipals = [\"helper-agent\"]\nactions = [\"config.*\"]\n",
    );
    let w = World::with_setup(shared, edit, |_| {}, move |authority| vec![helper_agent(authority, &k, 80.0)], Some(&policy));
    let issuer = aigos_identity::TokenIssuer::new(key).clock(Arc::new(w.clock.clone()));
    (w, issuer)
}

fn helper_request(w: &World, instance_id: &str, lineage: Lineage) -> ActionRequest {
    ActionRequest::builder(AgentId::new("helper-agent").unwrap(), "config.update")
        .instance(instance(instance_id))
        .environment(Environment::Staging)
        .payload(serde_json::json!({"n": 1}))
        .timestamp(w.now())
        .lineage(lineage)
        .build()
        .unwrap()
}

// ---------------------------------------------------------------------------
// Instances, heartbeats and the kill switch
// ---------------------------------------------------------------------------

/// `Guard::heartbeat` takes no credential and registers any unknown
/// instance id of a registered agent as a new ROOT. The agent's process is
/// what sends heartbeats, so a compromised agent whose instance was
/// terminated (or paused) by an instance-targeted command beats once under a
/// fresh id and keeps acting: the kill never reaches the new root.
#[test]
fn a_terminated_instance_cannot_come_back_through_a_heartbeat_of_a_fresh_id() {
    let w = World::new();
    rt().block_on(async {
        assert_eq!(w.validate(&w.request("config.update")).await.status, Status::Approved, "positive control");
        w.guard.apply_kill(&w.terminate(TargetType::Instance, "demo-agent-1", 1)).await.unwrap();
        assert_eq!(w.validate(&w.request("config.update")).await.code(), "INSTANCE_TERMINATED", "the kill works");
        // The killed agent beats under a fresh id (no token needed)...
        let minted = w.guard.heartbeat(&agent(), &instance("demo-agent-9"));
        // ...and acts from it as a root of its own.
        let r = w.request_at(
            "config.update",
            ActionKind::ToolCall,
            serde_json::json!({}),
            "demo-agent-9",
            Lineage::root(instance("demo-agent-9")),
        );
        let o = w.validate(&r).await;
        assert!(
            minted.is_err() || o.status != Status::Approved,
            "a terminated agent minted instance demo-agent-9 by heartbeat and was APPROVED: {}",
            reason(&o)
        );
    });
}

/// The same hole resets the spawn depth: an instance at the deepest allowed
/// generation (it may no longer spawn) beats a fresh id, which the Guard
/// records as a depth-0 root, and spawns from there (capability decay escaped).
#[test]
fn a_deep_instance_cannot_reset_its_depth_through_a_heartbeat() {
    let w = World::new();
    rt().block_on(async {
        w.guard.register_instance(&agent(), &instance("demo-agent-2"), Some(&instance("demo-agent-1"))).unwrap();
        let l3 = w.guard.register_instance(&agent(), &instance("demo-agent-3"), Some(&instance("demo-agent-2"))).unwrap();
        let o = w.validate(&w.request_at("agent.spawn", ActionKind::Spawn, spawn_payload(), "demo-agent-3", l3)).await;
        assert_eq!(o.code(), "DEPTH_EXCEEDED", "positive control: {}", reason(&o));
        // demo-agent-3's process beats a fresh id and spawns from it.
        let minted = w.guard.heartbeat(&agent(), &instance("demo-agent-7"));
        let root = Lineage::root(instance("demo-agent-7"));
        let o = w.validate(&w.request_at("agent.spawn", ActionKind::Spawn, spawn_payload(), "demo-agent-7", root)).await;
        assert!(minted.is_err() || o.status != Status::Approved, "depth reset by heartbeat: spawn APPROVED at depth 0: {}", reason(&o));
    });
}

/// A registered child agent (the registry records it under `demo-agent-1`)
/// gets every new instance registered as a root by heartbeat (and by
/// `register_instance(.., None)`), ignoring the registered lineage: its
/// parent's termination no longer cascades to it.
#[test]
fn a_registered_child_agents_new_instance_keeps_its_registered_lineage() {
    let (w, issuer) = helper_world(SharedState::default(), |_| {});
    rt().block_on(async {
        let registered = Lineage::root(instance("demo-agent-1")).child(instance("demo-agent-1")).unwrap();
        w.guard.apply_kill(&w.terminate(TargetType::Instance, "demo-agent-1", 1)).await.unwrap();
        let r = helper_request(&w, "helper-agent-1", registered.clone());
        let o = w.guard.validate(&r, &issuer.issue(&w.token_request(&r)).unwrap()).await;
        assert_eq!(o.code(), "KILL_TERMINATED", "positive control: the registered instance is stopped by its parent's kill");
        // The child agent beats a fresh instance: recorded as a root.
        let minted = w.guard.heartbeat(&AgentId::new("helper-agent").unwrap(), &instance("helper-agent-2"));
        let r = helper_request(&w, "helper-agent-2", Lineage::root(instance("helper-agent-2")));
        let o = w.guard.validate(&r, &issuer.issue(&w.token_request(&r)).unwrap()).await;
        assert!(minted.is_err() || o.status != Status::Approved, "the child escaped its parent's kill: {}", reason(&o));
    });
}

/// The heartbeat's doc: "Returns the handle the agent's process watches: it
/// is terminated when the lease runs out or a kill command reaches it." A
/// kill command never touches the lease handles, so a process that obeys
/// its handle keeps running.
#[test]
fn a_kill_command_terminates_the_lease_handle() {
    let w = World::new();
    rt().block_on(async {
        let handle = w.guard.heartbeat(&agent(), &instance("demo-agent-1")).unwrap();
        assert_eq!(handle.state(), aigos_runtime::AgentState::Running);
        w.guard.apply_kill(&w.terminate(TargetType::Instance, "demo-agent-1", 1)).await.unwrap();
        assert!(
            matches!(handle.state(), aigos_runtime::AgentState::Terminated { .. }),
            "the killed instance's handle is still {:?}",
            handle.state()
        );
    });
}

/// "A terminated orphan stays terminated" and "A terminated instance id is
/// never accepted again, after a restart too": the watchdog's terminations
/// are only in memory (only kill commands go to the kill-state file), so
/// after a restart the reaped id beats again and acts.
#[test]
fn a_watchdog_termination_survives_a_restart() {
    let w = World::new();
    rt().block_on(async {
        w.guard.heartbeat(&agent(), &instance("demo-agent-1")).unwrap();
        w.advance(61);
        assert_eq!(w.guard.sweep_orphans().await, vec!["demo-agent-1".to_string()]);
        assert_eq!(w.validate(&w.request("config.update")).await.code(), "INSTANCE_TERMINATED", "positive control");
        assert!(w.guard.heartbeat(&agent(), &instance("demo-agent-1")).is_err(), "positive control");
    });
    let w = rt().block_on(w.restarted());
    rt().block_on(async {
        let beat = w.guard.heartbeat(&agent(), &instance("demo-agent-1"));
        let o = w.validate(&w.request("config.update")).await;
        assert!(beat.is_err() && o.status != Status::Approved, "the reaped orphan is back after a restart: {}", reason(&o));
    });
}

/// Anyone (no key: heartbeat takes none) can fill the instance book, which
/// never forgets an instance (terminated ones included) and refuses new
/// ones at 1,000,000: from then on the host cannot start (register) any new
/// instance of any agent until the Guard restarts.
#[test]
fn heartbeats_cannot_exhaust_the_instance_book() {
    let w = World::new();
    let mut refused_at = None;
    for i in 0..1_000_001u32 {
        if w.guard.heartbeat(&agent(), &instance(&format!("junk-{i}"))).is_err() {
            refused_at = Some(i);
            break;
        }
    }
    eprintln!("heartbeat registrations refused from #{refused_at:?}");
    // The host starts a real child instance.
    let registered = w.guard.register_instance(&agent(), &instance("demo-agent-2"), Some(&instance("demo-agent-1")));
    assert!(registered.is_ok(), "the host can no longer start instances: {registered:?}");
}

// ---------------------------------------------------------------------------
// Approvals
// ---------------------------------------------------------------------------

/// The evidence list is unbounded and wrong TOTP codes cost nothing: a
/// compromised agent answers REQUIRES_MFA with every 6-digit code at once
/// (about 52 bytes each; ~320,000 fit in one 16 MiB `aigos validate` line,
/// so two lines reach ~90 %) and approves its own CRITICAL action. The
/// evaluation is synchronous, so the 2 s step timeout never fires either.
#[test]
fn the_operators_totp_cannot_be_brute_forced_through_the_evidence_list() {
    let w = World::new();
    rt().block_on(async {
        let critical =
            w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Low, serde_json::json!({}));
        let pending = w.validate(&critical).await;
        assert_eq!(pending.status, Status::RequiresMfa, "positive control");
        let challenge = pending.challenge.map(|c| c.id);
        let guesses: Vec<ApprovalEvidence> = (0..1_000_000u32)
            .map(|c| ApprovalEvidence::Totp { approver: "operator".into(), code: format!("{c:06}"), challenge: challenge.clone() })
            .collect();
        let o = w.guard.validate_with(&critical, &w.token(&critical), &guesses).await;
        eprintln!("step 6 took {} ms", o.step(Step::Approval).unwrap().duration_us / 1000);
        assert_ne!(o.status, Status::Approved, "a brute-forced TOTP approved a CRITICAL action");
    });
}

/// Refused evidence is spelled out in the pending reason, which goes into
/// the authenticated record in full: the evidence list is a way around the
/// payload limit (1 MiB) into the audit log (and the outcome).
#[test]
fn refused_evidence_cannot_grow_the_audit_record_past_the_payload_limit() {
    let w = World::new();
    rt().block_on(async {
        let critical =
            w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Low, serde_json::json!({}));
        let junk: Vec<ApprovalEvidence> = (0..200_000u32)
            .map(|i| ApprovalEvidence::Totp { approver: format!("nobody-{i}"), code: "0".into(), challenge: None })
            .collect();
        let before = w.audit_bytes();
        let o = w.guard.validate_with(&critical, &w.token(&critical), &junk).await;
        assert_ne!(o.status, Status::Approved);
        let grown = w.audit_bytes() - before;
        let reasons: usize = o.reasons.iter().map(String::len).sum();
        assert!(grown < (1 << 20), "one record took {grown} bytes (reasons: {reasons} bytes)");
    });
}

/// A signed approval (human or expert) names the action hash; before
/// issue 17 it was not consumed: within the request's clock skew (300 s)
/// the agent resubmitted the identical request with fresh tokens and got a
/// new permit each time. Approvals are now single use (their content hash
/// goes through the approval state store until they expire).
#[test]
fn a_signed_approval_approves_one_execution() {
    let w = World::new();
    rt().block_on(async {
        let emergency = w.request_as(
            "demo-agent",
            "incident.respond",
            ActionKind::EmergencyResponse,
            Severity::Low,
            serde_json::json!({"drop": "prod-db"}),
        );
        let ahash = aigos::action_hash(w.provider, &emergency).unwrap();
        let evidence: Vec<ApprovalEvidence> = [1u8, 2]
            .iter()
            .map(|n| {
                ApprovalEvidence::Signed(
                    aigos::SignedApproval::sign(&expert_key(&w, *n), &format!("expert-{n}"), &ahash, "ok once", w.now() + 600).unwrap(),
                )
            })
            .collect();
        let o = w.guard.validate_with(&emergency, &w.token(&emergency), &evidence).await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
        let mut permits = 1;
        for _ in 0..5 {
            w.advance(30);
            let o = w.guard.validate_with(&emergency, &w.token(&emergency), &evidence).await;
            permits += usize::from(o.permit.is_some());
        }
        assert_eq!(permits, 1, "one coalition approval produced {permits} permits for the same action");
    });
}

// ---------------------------------------------------------------------------
// Identity: one agent's tokens against everyone's availability
// ---------------------------------------------------------------------------

/// The replay store is one global pool that rejects when full, and a jti
/// is stored at step 1, before the rate limit of step 2. A compromised
/// agent mints tokens for one request (same ahash, fresh jti) at CPU speed:
/// even while it is rate-limited or blocked each token takes a slot for
/// its lifetime (up to 300 s), and once the pool is full every other
/// agent's valid tokens are rejected (IDENTITY_REPLAY_STORE). Shown with a
/// capacity of 64; the default 1,000,000 takes ~1 M signature checks
/// (tens of seconds of Guard CPU).
#[test]
#[ignore = "redteam, issue 21: one agent fills the global replay store and locks every agent out; per-agent quotas belong to the shared-state work"]
fn one_agent_cannot_fill_the_replay_store_for_everyone() {
    let (w, issuer) = helper_world(SharedState::default(), |c| c.identity.as_mut().unwrap().replay_capacity = 64);
    rt().block_on(async {
        let registered = Lineage::root(instance("demo-agent-1")).child(instance("demo-agent-1")).unwrap();
        let r = helper_request(&w, "helper-agent-1", registered.clone());
        let o = w.guard.validate(&r, &issuer.issue(&w.token_request(&r)).unwrap()).await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
        let flood = w.request("config.update");
        let mut codes = std::collections::BTreeMap::new();
        for _ in 0..200 {
            *codes.entry(w.validate(&flood).await.code()).or_insert(0) += 1;
        }
        eprintln!("the flooding agent got {codes:?}");
        let r = helper_request(&w, "helper-agent-1", registered);
        let o = w.guard.validate(&r, &issuer.issue(&w.token_request(&r)).unwrap()).await;
        assert_eq!(o.status, Status::Approved, "another agent is locked out: {} ({})", o.code(), reason(&o));
    });
}

// ---------------------------------------------------------------------------
// Self-declared facts that still decide
// ---------------------------------------------------------------------------

/// A severity floor naming tools AND action kinds matches only when both
/// match, and the action kind is the agent's claim: `secrets.rotate`
/// declared as a plain `tool_call` escapes the floor and its MFA. Approval
/// rules likewise match on the declared `environment` and action kind:
/// "production needs MFA" is escaped by declaring `staging`.
#[test]
fn the_declared_action_kind_and_environment_do_not_choose_the_approval_tier() {
    let policy = demo_policy_with(
        "\n[[severity_floors]]\nid = \"rotation-is-critical\"\ntools = [\"secrets.rotate\"]\nactions = [\"secret_rotation\"]\nseverity = \"CRITICAL\"\n",
    );
    let rules = vec![
        serde_json::json!({"id": "critical-mfa", "when": {"severities": ["CRITICAL"]}, "require": {"type": "mfa"}}),
        serde_json::json!({"id": "production-needs-mfa", "when": {"environments": ["production"]}, "require": {"type": "mfa"}}),
    ];
    // The Guard guards production: that is its configuration's fact, not the request's.
    let w = World::with_setup(
        SharedState::default(),
        |c| {
            c.policy.as_mut().unwrap().approval_rules = Some(rules);
            c.guard.environment = Some(Environment::Production);
        },
        |_| {},
        |_| Vec::new(),
        Some(&policy),
    );
    rt().block_on(async {
        let prod = |mut r: aigos_core::ActionRequest| {
            r.environment = Environment::Production;
            r
        };
        let honest = prod(w.request_as(
            "demo-agent",
            "secrets.rotate",
            ActionKind::SecretRotation,
            Severity::Low,
            serde_json::json!({"secret": "db"}),
        ));
        assert_eq!(w.validate(&honest).await.status, Status::RequiresMfa, "positive control");
        let relabelled =
            prod(w.request_as("demo-agent", "secrets.rotate", ActionKind::ToolCall, Severity::Low, serde_json::json!({"secret": "db"})));
        let o = w.validate(&relabelled).await;
        let kind_escape = o.status == Status::Approved;
        assert_eq!(
            w.validate(&prod(w.request("config.update"))).await.status,
            Status::RequiresMfa,
            "positive control: production needs MFA"
        );
        let o2 = w.validate(&w.request("config.update")).await; // the same action, declared staging
        let env_escape = o2.status == Status::Approved;
        assert_eq!(o2.code(), "ENVIRONMENT_MISMATCH");
        assert!(
            !kind_escape && !env_escape,
            "secrets.rotate as tool_call: {:?}; config.update declared staging: {:?}",
            o.status,
            o2.status
        );
    });
}

/// The budget only counts what the agent declares: once its 100 USD are
/// spent, it simply stops declaring a cost. Neither the Guard nor the
/// permit (no cost claim) bounds what the approved action spends.
#[test]
fn an_exhausted_budget_is_not_bypassed_by_omitting_the_estimate() {
    let w = World::new();
    rt().block_on(async {
        let mut r = w.request("config.update");
        r.estimated_cost_usd = Some(CostUsd::new(100.0).unwrap());
        assert_eq!(w.validate(&r).await.status, Status::Approved);
        let mut r = w.request("config.update");
        r.estimated_cost_usd = Some(CostUsd::new(1.0).unwrap());
        assert_eq!(w.validate(&r).await.code(), "BUDGET_EXCEEDED", "positive control");
        let o = w.validate(&w.request("config.update")).await;
        assert_ne!(o.status, Status::Approved, "the exhausted agent acts on by declaring no cost");
    });
}

// ---------------------------------------------------------------------------
// Egress discovery
// ---------------------------------------------------------------------------

/// Destinations the discovery does not see: scheme-less hosts (curl and
/// wget default to http), a URL glued to a short option (`-xhttp://…`,
/// curl's proxy), scheme-relative URLs and structured host/port arguments.
/// Each reaches the metadata service or localhost and is APPROVED with a
/// permit that lists no destination at all.
#[test]
fn destinations_without_a_leading_scheme_are_checked_too() {
    let (w, _rules) = egress_world();
    rt().block_on(async {
        let mut approved = Vec::new();
        for payload in [
            serde_json::json!({"cmd": "curl -s 169.254.169.254/latest/meta-data/iam/security-credentials/"}),
            serde_json::json!({"cmd": "curl -xhttp://127.0.0.1:6379 https://93.184.215.14/"}),
            serde_json::json!({"cmd": "curl -x169.254.169.254:80 https://93.184.215.14/"}),
            serde_json::json!({"url": "//169.254.169.254/latest/meta-data/"}),
            serde_json::json!({"host": "169.254.169.254", "port": 80, "path": "/latest/meta-data/"}),
        ] {
            let o = w.validate(&w.request_on("config.update", Severity::Low, "configmap/web", payload.clone())).await;
            if o.status == Status::Approved {
                approved.push(payload.to_string());
            }
        }
        assert!(approved.is_empty(), "approved with an unchecked destination: {approved:#?}");
    });
}

/// Regression: URLs in object keys, past the destination cap, or spelled
/// with backslashes are still caught.
#[test]
fn urls_in_keys_too_many_urls_and_backslash_spellings_are_denied() {
    let (w, _rules) = egress_world();
    rt().block_on(async {
        let o = w
            .validate(&w.request_on("config.update", Severity::Low, "configmap/web", serde_json::json!({"http://169.254.169.254/": 1})))
            .await;
        assert_eq!(o.code(), "EGRESS_DENIED", "{}", reason(&o));
        let many: Vec<String> = (0..40).map(|_| "https://93.184.215.14/x".to_string()).collect();
        let o = w.validate(&w.request_on("config.update", Severity::Low, "configmap/web", serde_json::json!({"u": many}))).await;
        assert_eq!(o.code(), "EGRESS_TOO_MANY", "{}", reason(&o));
        for s in ["HTTP:\\\\169.254.169.254\\x", "see <http://127.0.0.1:8080/admin>", "x=http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/"] {
            let o = w.validate(&w.request_on("config.update", Severity::Low, "configmap/web", serde_json::json!({"t": s}))).await;
            // Step 3 denies it: the egress filter, or the payload inspector first.
            assert!(matches!(o.code(), "EGRESS_DENIED" | "PAYLOAD_REJECTED"), "{s}: {}", reason(&o));
        }
        let o = w
            .validate(&w.request_on("config.update", Severity::Low, "configmap/web", serde_json::json!({"u": "https://93.184.215.14/"})))
            .await;
        assert_eq!(o.status, Status::Approved, "positive control: {}", reason(&o));
    });
}

// ---------------------------------------------------------------------------
// Admission, budget hold, scores, configuration
// ---------------------------------------------------------------------------

/// Regression: timestamps just outside the skew, negative or zero are
/// rejected at admission, from anyone (i64::MIN/MAX: see
/// `a_huge_timestamp_does_not_panic_validate`).
#[test]
fn extreme_and_skewed_timestamps_are_rejected_at_admission() {
    let w = World::new();
    rt().block_on(async {
        for ts in [T0 - 301, T0 + 301, -1, 0, -T0] {
            let mut r = w.request("config.update");
            r.timestamp = ts;
            let o = w.guard.validate(&r, "x").await;
            assert_eq!((o.status, o.code()), (Status::Rejected, "CLOCK_SKEW"), "{ts}: {}", reason(&o));
        }
        for ts in [T0 - 300, T0 + 300] {
            let mut r = w.request("config.update");
            r.timestamp = ts;
            assert_eq!(w.validate(&r).await.status, Status::Approved, "positive control {ts}");
        }
    });
}

/// Regression: an approval the audit log cannot record spends nothing (the
/// hold is given back after the audit observer turned it into REJECTED).
#[test]
fn an_approval_the_audit_log_cannot_record_spends_no_budget() {
    let ledger = Arc::new(aigos_policy::InMemoryLedger::new());
    futures_lite_block(ledger.open(instance("demo-agent"), None, Some(CostUsd::new(100.0).unwrap()))).unwrap();
    let w = World::with(SharedState::default().budget(ledger.clone()), |_| {});
    rt().block_on(async {
        let mut r = w.request("config.update");
        r.estimated_cost_usd = Some(CostUsd::new(10.0).unwrap());
        assert_eq!(w.validate(&r).await.status, Status::Approved);
        use aigos_policy::BudgetLedger as _;
        assert_eq!(ledger.remaining(&instance("demo-agent")).await.unwrap().unwrap().get(), 90.0);
        let checkpoints = w.dir.path().join("audit/checkpoints.jsonl");
        let _ = std::fs::remove_file(&checkpoints);
        std::fs::create_dir(&checkpoints).unwrap();
        w.advance(61);
        let mut r = w.request("config.update");
        r.estimated_cost_usd = Some(CostUsd::new(50.0).unwrap());
        let o = w.validate(&r).await;
        assert_eq!(o.status, Status::Rejected, "{}", reason(&o));
        assert_eq!(ledger.remaining(&instance("demo-agent")).await.unwrap().unwrap().get(), 90.0, "the hold was spent");
    });
}

fn futures_lite_block<F: std::future::Future>(f: F) -> F::Output {
    rt().block_on(f)
}

/// Regression (documented: "0 when the pipeline stopped before step 7"): a
/// rejection at step 7 keeps its score and withholds the permit; one
/// before it scores 0.
#[test]
fn a_status_rejection_keeps_its_score_and_an_earlier_one_scores_zero() {
    let w = World::with(SharedState::default(), |c| c.guard.min_security_score = 0.999);
    rt().block_on(async {
        let mut r = w.request("config.update");
        r.environment = Environment::Production;
        r.severity = Severity::High;
        let o = w.validate(&r).await;
        assert_eq!((o.status, o.code()), (Status::Rejected, "SCORE_TOO_LOW"), "{}", reason(&o));
        assert_eq!(o.step(Step::Status).unwrap().result, StepResult::Rejected);
        assert_eq!(o.step(Step::Permit).unwrap().result, StepResult::NotRun);
        assert!(o.permit.is_none());
        assert!(o.security_score.get() > 0.0 && o.security_score.get() < 0.999, "{}", o.security_score.get());
        let o = w.validate(&w.request("shell.exec")).await;
        assert_eq!((o.code(), o.security_score.get()), ("POLICY_DENIED", 0.0));
    });
}

/// An insider who edits `aigos.toml` (or a caller of the builder) sets
/// `min_security_score = nan`: every comparison with NaN is false, so no
/// score is ever "below the minimum". The builder should refuse it.
#[test]
fn a_nan_minimum_score_is_refused() {
    let mut b = aigos::Guard::builder(aigos_crypto::default_provider()).min_security_score(f64::NAN);
    for l in aigos::Layer::ALL {
        b = b.skip(l);
    }
    assert!(b.build().is_err(), "a Guard with min_security_score NaN was built");
}

/// Regression: a step timeout near u64::MAX ms (`aigos.toml`) does not
/// overflow the deadline arithmetic (`Instant + Duration`) into a panic.
#[test]
fn a_huge_step_timeout_is_refused_or_harmless() {
    let mut b = aigos::Guard::builder(aigos_crypto::default_provider()).step_timeout(Duration::from_millis(u64::MAX));
    for l in aigos::Layer::ALL {
        b = b.skip(l);
    }
    let Ok(guard) = b.build() else { return };
    let r = ActionRequest::builder(agent(), "config.update").timestamp(T0).build().unwrap();
    let result = rt().block_on(async move { tokio::spawn(async move { guard.validate(&r, "x").await }).await });
    assert!(result.is_ok(), "validate panicked");
}

/// Payload canonicalization runs before any step, outside `catch_unwind`:
/// in builds with debug assertions a timestamp above 2^53 (which RFC 8785
/// cannot print as serde_json does) trips the canonical self-check and
/// panics `validate` for anyone, without a key.
#[test]
fn a_huge_timestamp_does_not_panic_validate() {
    let w = World::new();
    for ts in [(1i64 << 53) + 1, i64::MAX, i64::MIN] {
        let mut r = w.request("config.update");
        r.timestamp = ts;
        let guard = w.guard.clone();
        let result = rt().block_on(async move { tokio::spawn(async move { guard.validate(&r, "x").await.code() }).await });
        // Rejected, not panicking: the request cannot even be hashed.
        assert!(matches!(result.as_deref(), Ok("REQUEST_UNHASHABLE" | "CLOCK_SKEW")), "{ts}: {result:?}");
    }
}

/// A pause addressed to an instance stops that instance only: its children
/// (which spend its budget and act for it) keep working, unlike a
/// termination, which cascades. An operator who pauses a misbehaving
/// instance expects its spawn tree to stop too.
#[test]
fn pausing_an_instance_pauses_its_children() {
    let w = World::new();
    rt().block_on(async {
        let child = w.guard.register_instance(&agent(), &instance("demo-agent-2"), Some(&instance("demo-agent-1"))).unwrap();
        let pause = w.kill(
            &w.authority,
            CommandType::Pause,
            Target { kind: TargetType::Instance, ids: vec!["demo-agent-1".into()] },
            1,
            Duration::from_secs(300),
        );
        w.guard.apply_kill(&pause).await.unwrap();
        assert_eq!(w.validate(&w.request("config.update")).await.code(), "KILL_PAUSED", "positive control");
        let o = w.validate(&w.request_at("config.update", ActionKind::ToolCall, serde_json::json!({}), "demo-agent-2", child)).await;
        assert_eq!(o.code(), "KILL_PAUSED", "the paused instance's child acts on: {}", reason(&o));
    });
}

/// Without the identity layer nothing trusted names an agent's
/// organization, so a termination addressed to an organization matches no
/// one (fails open) instead of stopping every request it might concern.
#[test]
fn an_organization_kill_is_not_ignored_without_the_identity_layer() {
    let w = World::with(SharedState::default(), |c| {
        c.identity = None;
        c.guard.skip.push(aigos::Layer::Identity);
    });
    rt().block_on(async {
        assert_eq!(w.guard.validate(&w.request("config.update"), "").await.status, Status::Approved, "positive control");
        let kill = w.terminate(TargetType::Organization, "acme", 1);
        w.guard.apply_kill(&kill).await.unwrap();
        let o = w.guard.validate(&w.request("config.update"), "").await;
        assert_ne!(o.status, Status::Approved, "acme was terminated, its agent was approved: {}", reason(&o));
    });
}
