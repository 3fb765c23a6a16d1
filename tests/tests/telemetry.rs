//! Spans and metrics follow the AIGOS telemetry conventions and carry no secrets.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aigos_core::{ActionKind, InstanceId, Lineage, Severity, Status};
use aigos_runtime::{CommandType, Target, TargetType};
use aigos_tests::World;
use tracing::field::{Field, Visit};
use tracing_subscriber::layer::{Context, SubscriberExt};

type Spans = Arc<Mutex<Vec<(String, BTreeMap<String, String>)>>>;

/// Records every span's name and fields.
struct Capture(Spans);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_string(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_string(), value.to_string());
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Capture {
    fn on_new_span(&self, attrs: &tracing::span::Attributes<'_>, _id: &tracing::span::Id, _ctx: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        self.0.lock().unwrap().push((attrs.metadata().name().to_string(), fields));
    }
}

#[test]
fn spans_and_metrics_follow_the_conventions_without_secrets() {
    let w = World::new();
    let spans: Spans = Arc::default();
    let subscriber = tracing_subscriber::registry().with(Capture(spans.clone()));
    let recorder = metrics_util::debugging::DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let approvers: Vec<aigos::Approver> =
        serde_json::from_str(&std::fs::read_to_string(w.dir.path().join("approvers.json")).unwrap()).unwrap();
    let totp = approvers[0].totp.clone().unwrap();
    let code = totp.code_at(w.now()).unwrap();
    let mut secrets = vec![code.clone(), totp.secret_base32.clone()];
    tracing::subscriber::with_default(subscriber, || {
        metrics::with_local_recorder(&recorder, || {
            rt.block_on(async {
                // Allowed, denied (replay), pending then allowed with a TOTP code, a spawn, a termination.
                let r = w.request("config.update");
                let token = w.token(&r);
                secrets.push(token.clone());
                let o = w.guard.validate(&r, &token).await;
                assert_eq!(o.status, Status::Approved);
                secrets.push(o.permit.clone().unwrap());
                assert_eq!(w.guard.validate(&r, &token).await.status, Status::Rejected);
                let critical = w.request_as("demo-agent", "system.maintenance", ActionKind::SystemMaintenance, Severity::Critical, serde_json::json!({"secret_word": "hunter2-payload"}));
                let pending = w.validate(&critical).await;
                assert_eq!(pending.status, Status::RequiresMfa);
                let challenge = pending.challenge.map(|c| c.id);
                let ev = [aigos::ApprovalEvidence::Totp { approver: "operator".into(), code: code.clone(), challenge }];
                assert_eq!(w.guard.validate_with(&critical, &w.token(&critical), &ev).await.status, Status::Approved);
                let spawn = w.request_at(
                    "agent.spawn",
                    ActionKind::Spawn,
                    serde_json::json!({"capabilities": {"tools": ["config.update"], "resources": ["*"], "max_budget_usd": 1.0}, "mode": "EXPLICIT"}),
                    "demo-agent-1",
                    Lineage::root(InstanceId::new("demo-agent-1").unwrap()),
                );
                assert_eq!(w.validate(&spawn).await.status, Status::Approved);
                let kill = w.kill(&w.authority, CommandType::Terminate, Target { kind: TargetType::Asset, ids: vec!["demo-agent".into()] }, 1, Duration::from_secs(60));
                w.guard.apply_kill(&kill).await.unwrap();
            });
        });
    });
    secrets.push("hunter2-payload".into());
    let spans = spans.lock().unwrap();
    let names: std::collections::BTreeSet<&str> = spans.iter().map(|(n, _)| n.as_str()).collect();
    for expected in ["action", "identity", "decision", "violation", "spawn", "terminate"] {
        assert!(names.contains(format!("aigos.governance.{expected}").as_str()), "no {expected} span in {names:?}");
    }
    let decisions: Vec<&str> =
        spans.iter().filter(|(n, _)| n == "aigos.governance.decision").map(|(_, f)| f["aigos.decision.result"].as_str()).collect();
    assert_eq!(decisions, ["ALLOWED", "DENIED", "PENDING", "ALLOWED", "ALLOWED"]);
    let (_, violation) = spans.iter().find(|(n, _)| n == "aigos.governance.violation").unwrap();
    assert_eq!(violation["aigos.violation.denied_by"], "identity");
    let (_, action) = spans.iter().find(|(n, _)| n == "aigos.governance.action").unwrap();
    assert_eq!(action["aigos.asset_id"], "demo-agent");
    assert_eq!(action["aigos.lineage.generation_depth"], "0");
    for (name, fields) in spans.iter() {
        for (k, v) in fields {
            for secret in &secrets {
                assert!(!v.contains(secret.as_str()), "{name}.{k} leaks a secret: {v}");
            }
            assert!(!v.contains('@'), "{name}.{k} looks like an email: {v}");
        }
    }
    let metrics: BTreeMap<String, String> = snapshotter
        .snapshot()
        .into_vec()
        .into_iter()
        .map(|(key, _, _, value)| (key.key().name().to_string(), format!("{value:?}")))
        .collect();
    assert_eq!(metrics["aigos.decisions.total"], "Counter(5)");
    assert_eq!(metrics["aigos.decisions.allowed"], "Counter(3)");
    assert_eq!(metrics["aigos.decisions.denied"], "Counter(1)");
    assert_eq!(metrics["aigos.violations.total"], "Counter(1)");
    assert_eq!(metrics["aigos.terminations.total"], "Counter(1)");
    assert!(metrics["aigos.decision.duration"].starts_with("Histogram"));
}
