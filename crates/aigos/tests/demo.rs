//! The seed table's five scenarios through the facade, on a fresh `init` setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::sync::Arc;

use aigos::core::{Severity, Status};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_five_scenarios_end_as_the_seed_table_says() {
    let dir = tempfile::tempdir().unwrap();
    let report = aigos::demo::run(dir.path(), aigos::crypto::default_provider(), Arc::new(aigos::core::SystemClock)).await.unwrap();
    let got: Vec<(&str, Severity, Vec<Status>)> =
        report.rows.iter().map(|r| (r.scenario.as_str(), r.severity, r.statuses.clone())).collect();
    for r in &report.rows {
        eprintln!("{} {:?} {:?} {:.3} {:?} {:?}", r.scenario, r.severity, r.statuses, r.security_score.get(), r.threat_level, r.reasons);
    }
    assert_eq!(
        got,
        vec![
            ("Configuration Change", Severity::Low, vec![Status::Approved]),
            ("Secret Rotation", Severity::High, vec![Status::Approved]),
            ("System Maintenance", Severity::Critical, vec![Status::RequiresMfa, Status::Approved]),
            ("Emergency Response", Severity::Emergency, vec![Status::RequiresCoe, Status::Approved]),
            ("Suspicious Activity", Severity::High, vec![Status::Rejected]),
        ]
    );
    assert!(report.rows[4].reasons[0].contains("identity"), "{:?}", report.rows[4].reasons);
    // Seven validations, each audited, and the log verifies.
    assert_eq!(report.dashboard.total_validations, 7);
    assert_eq!(report.dashboard.total_actions_audited, 7);
    assert_eq!(report.audit_records_verified, 7);
    assert!(report.audit_checkpoints_verified >= 1, "the close writes a signed checkpoint");
    assert!(report.dashboard.audit_integrity.as_ref().unwrap().verified);
    assert!(report.dashboard.audit_encryption);
    // Payloads are stored encrypted: the injection string is not in the log in clear.
    let mut clear = Vec::new();
    for entry in std::fs::read_dir(dir.path().join("audit")).unwrap() {
        clear.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    assert!(!String::from_utf8_lossy(&clear).contains("DROP TABLE"), "payload stored in clear");
    assert!(String::from_utf8_lossy(&clear).contains("unknown-agent"), "the rest of the record stays readable");
    assert_eq!((report.dashboard.mfa.required, report.dashboard.mfa.satisfied), (2, 1));
    assert_eq!((report.dashboard.coe.required, report.dashboard.coe.satisfied), (2, 1));
}
