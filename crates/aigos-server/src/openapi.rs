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
    components(schemas(ErrorBody, PermitCheck, HeartbeatBody)),
    modifiers(&OperatorAuth),
)]
struct Api;

/// The document as JSON.
pub(crate) fn document() -> serde_json::Value {
    serde_json::to_value(Api::openapi()).unwrap_or_default()
}
