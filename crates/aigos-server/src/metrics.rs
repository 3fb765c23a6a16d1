//! Prometheus exposition through `metrics-exporter-prometheus`: the
//! facade's counters and histogram (AIGOS telemetry names, dots become
//! underscores) and the server's own gauges, set at every scrape.

use std::sync::OnceLock;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Decision durations, in milliseconds.
const DURATION_BUCKETS_MS: [f64; 12] = [0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 25.0, 50.0, 100.0, 1000.0];

/// Installs the Prometheus recorder as the process's `metrics` recorder
/// (once; later calls return the same handle). `None` when another
/// recorder was installed first: `/metrics` then answers 503.
pub fn install_metrics() -> Option<PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full("aigos.decision.duration".into()), &DURATION_BUCKETS_MS)
                .ok()?
                .build_recorder();
            let handle = recorder.handle();
            metrics::set_global_recorder(recorder).ok()?;
            Some(handle)
        })
        .clone()
}

/// Names of the server's own series.
pub(crate) const DECISIONS: &str = "aigos.server.decisions";
pub(crate) const KILL_APPLIED: &str = "aigos.kill.commands.applied";
pub(crate) const IN_FLIGHT: &str = "aigos.validations.in_flight";
pub(crate) const AUDIT_RECORDS: &str = "aigos.audit.records";
pub(crate) const BLOCKED: &str = "aigos.agents.blocked";
pub(crate) const REFUSED: &str = "aigos.server.refused";

/// Describes the series once, so the exposition carries HELP lines.
pub(crate) fn describe() {
    metrics::describe_counter!(DECISIONS, "Decisions served by /v1/validate, by status");
    metrics::describe_counter!(KILL_APPLIED, "Kill commands applied by this server (any channel)");
    metrics::describe_gauge!(IN_FLIGHT, "Validations running now");
    metrics::describe_gauge!(AUDIT_RECORDS, "Records this Guard appended to the audit log");
    metrics::describe_gauge!(BLOCKED, "Agents the rate limiter blocks now");
    metrics::describe_counter!(REFUSED, "Requests refused by a server limit, by reason");
    metrics::describe_histogram!("aigos.decision.duration", metrics::Unit::Milliseconds, "Time of one validation");
}
