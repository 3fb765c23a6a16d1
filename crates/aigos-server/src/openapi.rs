//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

/// An error: what went wrong and its stable code.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) struct ErrorBody {
    /// What went wrong.
    error: String,
    /// Stable code (`REQUEST_MALFORMED`, `BODY_TOO_LARGE`, ...).
    code: String,
}

/// An executor's permit check.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, read as JSON")]
pub(crate) struct PermitCheck {
    /// The permit (`AIGOS-PERMIT+jwt`) the Guard issued.
    permit: String,
    /// The exact ActionRequest the executor is about to run.
    #[schema(value_type = Object)]
    request: serde_json::Value,
}

/// A heartbeat.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, read as JSON")]
pub(crate) struct HeartbeatBody {
    /// A fresh governance token of the agent whose `aigos.identity.instance_id` names the instance.
    token: String,
}

/// A decision (the facade's `ValidationOutcome`; it has more members than these).
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) struct Outcome {
    /// The id of this validation (the permit's jti, the audit record's).
    validation_id: String,
    /// The agent that asked.
    agent_id: String,
    /// The decision.
    status: Decision,
    /// 0 to 1.
    security_score: f64,
    /// Why, when not approved.
    reasons: Vec<String>,
    /// Each step's report.
    #[schema(value_type = Vec<Object>)]
    steps: Vec<serde_json::Value>,
}

/// The four decisions.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document")]
pub(crate) enum Decision {
    /// Approved: a permit comes with it.
    #[schema(rename = "APPROVED")]
    Approved,
    /// A human's second factor is needed.
    #[schema(rename = "REQUIRES_MFA")]
    RequiresMfa,
    /// A coalition of experts is needed.
    #[schema(rename = "REQUIRES_COE")]
    RequiresCoe,
    /// Refused.
    #[schema(rename = "REJECTED")]
    Rejected,
}

/// An executor's answer.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) struct PermitAnswer {
    /// Whether the permit is valid (and now used).
    ok: bool,
}

/// A renewed lease.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) struct Lease {
    /// The agent the token authenticated.
    agent_id: String,
    /// The instance.
    instance_id: String,
    /// Seconds until the lease runs out without another beat.
    lease_secs: u64,
    /// RUNNING or PAUSED.
    state: String,
}

/// An accepted kill command.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) struct KillAccepted {
    /// Always true.
    applied: bool,
    /// The command's id.
    id: String,
}

/// A lifted block.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) struct Unblocked {
    /// The agent.
    agent_id: String,
    /// Whether it was blocked.
    was_blocked: bool,
}

/// A JWK Set.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) struct JwkSet {
    /// The keys.
    #[schema(value_type = Vec<Object>)]
    keys: Vec<serde_json::Value>,
}

/// Liveness.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) struct Health {
    /// `ok`.
    status: String,
}

/// Readiness.
#[derive(ToSchema)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) struct Ready {
    /// Whether every component answered and the server is not draining.
    ready: bool,
    /// Whether the server is draining.
    draining: bool,
    /// Each component probed, with its error when it failed.
    #[schema(value_type = Vec<Object>)]
    components: Vec<serde_json::Value>,
}

/// What any endpoint that reads a body may answer besides its own statuses.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code, reason = "described for the document, built as JSON")]
pub(crate) enum BodyRefusals {
    /// The body or the request took too long.
    #[response(status = 408, description = "The body (BODY_TIMEOUT) or the request took too long")]
    Timeout(ErrorBody),
    /// Over the body limit.
    #[response(status = 413, description = "Body over the size limit (BODY_TOO_LARGE)")]
    TooLarge(ErrorBody),
    /// This client's limits.
    #[response(
        status = 429,
        description = "This client's limits: requests in flight (CLIENT_BUSY), failing tokens (IDENTITY_FAILURES_THROTTLED), refused kill commands (KILL_THROTTLED), heartbeats (HEARTBEAT_THROTTLED)"
    )]
    ClientBusy(ErrorBody),
    /// The server's limits, or a store that did not answer.
    #[response(status = 503, description = "Too many requests in flight (SERVER_BUSY), a store that did not answer, or a layer left out")]
    Unavailable(ErrorBody),
}

struct OperatorAuth;

impl Modify for OperatorAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("operator", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "aigos serve", description = "The aigos Guard as an HTTP control plane (docs/server.md)."),
    paths(
        crate::routes::validate,
        crate::routes::verify_permit,
        crate::routes::heartbeat,
        crate::routes::kill,
        crate::routes::kill_pending,
        crate::routes::kill_stream,
        crate::routes::events,
        crate::routes::dashboard,
        crate::routes::unblock,
        crate::routes::jwks,
        crate::routes::checkpoint_jwks,
        crate::routes::metrics,
        crate::routes::healthz,
        crate::routes::readyz,
    ),
    components(schemas(ErrorBody, PermitCheck, HeartbeatBody, Outcome, Decision, PermitAnswer, Lease, KillAccepted, Unblocked, JwkSet, Health, Ready)),
    modifiers(&OperatorAuth),
)]
struct Api;

/// The document as JSON.
pub(crate) fn document() -> serde_json::Value {
    serde_json::to_value(Api::openapi()).unwrap_or_default()
}
