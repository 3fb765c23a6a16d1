//! The endpoints (docs/server.md lists them with their statuses).

use std::collections::VecDeque;
use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use aigos::RequestInput;
use aigos::core::{AgentId, Clock, Status};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::sse::{Event, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use futures_util::Stream;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tokio::sync::broadcast;

use crate::app::{App, Busy};
use crate::auth::PeerInfo;
use crate::journal::Entry;
use crate::metrics as m;

type AppState = Arc<App>;

/// The server's routes over `app`. Every route but the event streams runs
/// under the request timeout.
pub(crate) fn router(app: AppState, request_timeout: Duration) -> Router {
    let timed = Router::new()
        .route("/v1/validate", post(validate))
        .route("/v1/permits/verify", post(verify_permit))
        .route("/v1/heartbeat", post(heartbeat))
        .route("/v1/kill", post(kill))
        .route("/v1/kill/pending", get(kill_pending))
        .route("/v1/commands/pending", get(kill_pending))
        .route("/v1/dashboard", get(dashboard))
        .route("/v1/agents/{id}/unblock", post(unblock))
        .route("/.well-known/jwks.json", get(jwks))
        .route("/.well-known/aigos/checkpoint-jwks.json", get(checkpoint_jwks))
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/openapi.json", get(openapi))
        .route("/", get(page))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, request_timeout));
    let streams = Router::new()
        .route("/v1/kill/stream", get(kill_stream))
        .route("/v1/commands/stream", get(kill_stream))
        .route("/v1/events", get(events));
    timed.merge(streams).fallback(not_found).layer(axum::middleware::from_fn_with_state(app.clone(), admit)).with_state(app)
}

/// `{"error", "code"}` with `status`.
pub(crate) fn error(status: StatusCode, code: &str, message: impl std::fmt::Display) -> Response {
    (status, Json(json!({"error": message.to_string(), "code": code}))).into_response()
}

fn peer_ip(peer: Option<&PeerInfo>) -> IpAddr {
    peer.map_or(IpAddr::from([0, 0, 0, 0]), |p| p.addr.ip())
}

/// Admits a request within the server's and its client's share of
/// requests in flight, or answers at once (never queues).
async fn admit(State(app): State<AppState>, req: Request, next: Next) -> Response {
    // Probes and scrapes answer even when clients fill every slot: an
    // orchestrator must not restart a server that is only busy.
    if matches!(req.uri().path(), "/healthz" | "/readyz" | "/metrics") {
        return next.run(req).await;
    }
    let ip = peer_ip(req.extensions().get::<PeerInfo>());
    let _ticket = match app.in_flight.admit(ip) {
        Ok(t) => t,
        Err(Busy::Server) => {
            metrics::counter!(m::REFUSED, "reason" => "server_busy").increment(1);
            let mut r = error(StatusCode::SERVICE_UNAVAILABLE, "SERVER_BUSY", "too many requests in flight; retry");
            r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            return r;
        }
        Err(Busy::Client) => {
            metrics::counter!(m::REFUSED, "reason" => "client_busy").increment(1);
            let mut r = error(StatusCode::TOO_MANY_REQUESTS, "CLIENT_BUSY", "too many requests in flight from this address");
            r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            return r;
        }
    };
    next.run(req).await
}

/// The body, at most `limit` bytes (413 above), within the body-read
/// timeout (408 past it).
async fn body_bytes(app: &App, headers: &HeaderMap, body: Body, limit: usize) -> Result<bytes::Bytes, Response> {
    let too_large = || {
        metrics::counter!(m::REFUSED, "reason" => "body_too_large").increment(1);
        error(StatusCode::PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", format!("body over {limit} bytes"))
    };
    // A client that waits for `100 Continue` is told at once; any other
    // over-long body is read up to the limit (within the body-read
    // timeout), so the client is not cut off mid-send and gets the 413.
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if headers.contains_key(header::EXPECT) && declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    match tokio::time::timeout(app.body_read_timeout, http_body_util::Limited::new(body, limit).collect()).await {
        Err(_) => {
            metrics::counter!(m::REFUSED, "reason" => "body_timeout").increment(1);
            Err(error(StatusCode::REQUEST_TIMEOUT, "BODY_TIMEOUT", "the body did not arrive in time"))
        }
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e)) if e.downcast_ref::<http_body_util::LengthLimitError>().is_some() => Err(too_large()),
        Ok(Err(e)) => Err(error(StatusCode::BAD_REQUEST, "BODY_UNREADABLE", e)),
    }
}

/// The largest kill command accepted (a signed command is small).
const MAX_KILL_BYTES: usize = 64 << 10;

/// `POST /v1/validate`: one `aigos validate` input line.
#[utoipa::path(post, path = "/v1/validate", tag = "agents",
    request_body(content = Object, description = "An ActionRequest with its governance `token` and optional `approvals` (one `aigos validate` line)"),
    responses(
        (status = 200, description = "The outcome, for every decision (APPROVED, REQUIRES_MFA, REQUIRES_COE, REJECTED)", body = crate::openapi::Outcome),
        (status = 400, description = "Not a request", body = crate::openapi::ErrorBody),
        crate::openapi::BodyRefusals,
    ))]
pub(crate) async fn validate(State(app): State<AppState>, headers: HeaderMap, peer: Option<Extension<PeerInfo>>, body: Body) -> Response {
    // An address whose tokens keep failing is answered without a decision
    // (and without a record) until its budget refills. The check runs
    // before validation, so at most its requests in flight get past it.
    let ip = peer_ip(peer.as_deref());
    if app.identity_failures_spent(ip) {
        metrics::counter!(m::REFUSED, "reason" => "identity_failures").increment(1);
        let mut r = error(
            StatusCode::TOO_MANY_REQUESTS,
            "IDENTITY_FAILURES_THROTTLED",
            "too many requests with failing tokens from this address; retry later",
        );
        r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        return r;
    }
    let bytes = match body_bytes(&app, &headers, body, app.max_body_bytes).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let input = match RequestInput::parse(&bytes) {
        Ok(i) => i,
        Err(e) => return error(StatusCode::BAD_REQUEST, e.code, e.message),
    };
    let outcome = app.guard.validate_with(&input.request, &input.token, &input.approvals).await;
    if outcome.step(aigos::Step::Identity).is_some_and(|s| s.result == aigos::StepResult::Rejected) {
        app.identity_failed(ip);
    }
    metrics::counter!(m::DECISIONS, "status" => Status::as_str(outcome.status)).increment(1);
    if app.events.receiver_count() > 0 {
        let event = json!({
            "at_ms": aigos::core::SystemClock.now_millis(),
            "validation_id": outcome.validation_id,
            "agent_id": outcome.agent_id,
            "tool": input.request.tool,
            "status": outcome.status.as_str(),
            "code": outcome.code(),
            "security_score": outcome.security_score.get(),
            "threat_level": outcome.threat_level,
            "reasons": outcome.reasons,
        });
        let _ = app.events.send(Arc::from(event.to_string()));
    }
    (StatusCode::OK, Json(outcome)).into_response()
}

/// `POST /v1/permits/verify`: an executor's check of a permit, once.
#[utoipa::path(post, path = "/v1/permits/verify", tag = "executors",
    request_body(content = crate::openapi::PermitCheck, description = "The permit and the exact request it is to run"),
    responses(
        (status = 200, description = "Valid, and now used", body = crate::openapi::PermitAnswer),
        (status = 403, description = "Refused: forged, expired, for another action or executor, or used before", body = crate::openapi::PermitAnswer),
        (status = 400, description = "Not a permit check", body = crate::openapi::ErrorBody),
        crate::openapi::BodyRefusals,
    ))]
pub(crate) async fn verify_permit(State(app): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let bytes = match body_bytes(&app, &headers, body, app.max_body_bytes).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(verifier) = &app.permits else {
        return error(StatusCode::SERVICE_UNAVAILABLE, "LAYER_LEFT_OUT", "this Guard issues no permits (identity layer left out)");
    };
    let parsed = aigos::core::parse_json(&bytes, &aigos::core::JsonLimits::REQUEST).map_err(|e| e.to_string()).and_then(|mut v| {
        let permit = match v.get_mut("permit").map(Value::take) {
            Some(Value::String(p)) => p,
            _ => return Err("permit must be a string".to_owned()),
        };
        let request: aigos::core::ActionRequest =
            serde_json::from_value(v.get_mut("request").map(Value::take).unwrap_or_default()).map_err(|e| format!("request: {e}"))?;
        Ok((permit, request))
    });
    let (permit, request) = match parsed {
        Ok(p) => p,
        Err(e) => return error(StatusCode::BAD_REQUEST, "REQUEST_MALFORMED", e),
    };
    match verifier.verify(&permit, &request).await {
        Ok(claims) => (StatusCode::OK, Json(json!({"ok": true, "claims": claims}))).into_response(),
        Err(e) => {
            (StatusCode::FORBIDDEN, Json(json!({"ok": false, "code": permit_code(e.rule()), "error": e.to_string()}))).into_response()
        }
    }
}

fn permit_code(rule: aigos::identity::Rule) -> &'static str {
    use aigos::identity::Rule;
    match rule {
        Rule::Replayed => "PERMIT_USED",
        Rule::Expired => "PERMIT_EXPIRED",
        Rule::ActionMismatch => "PERMIT_ACTION_MISMATCH",
        Rule::Audience => "PERMIT_AUDIENCE",
        Rule::ReplayStore | Rule::StateUnavailable => "PERMIT_STORE_UNAVAILABLE",
        Rule::UnknownKid | Rule::AlgNotAllowed | Rule::AlgKeyMismatch | Rule::Signature => "PERMIT_SIGNATURE",
        Rule::KeyRetired => "PERMIT_KEY_RETIRED",
        _ => "PERMIT_INVALID",
    }
}

/// `POST /v1/heartbeat`: `{"token"}`, a fresh governance token of the instance.
#[utoipa::path(post, path = "/v1/heartbeat", tag = "agents",
    request_body(content = crate::openapi::HeartbeatBody, description = "A fresh governance token naming the instance"),
    responses(
        (status = 200, description = "Lease renewed", body = crate::openapi::Lease),
        (status = 400, description = "Not a heartbeat", body = crate::openapi::ErrorBody),
        (status = 403, description = "Refused (token, agent, instance or kill switch)", body = crate::openapi::ErrorBody),
        crate::openapi::BodyRefusals,
    ))]
pub(crate) async fn heartbeat(State(app): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let bytes = match body_bytes(&app, &headers, body, app.max_body_bytes).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let token = match aigos::core::parse_json(&bytes, &aigos::core::JsonLimits::REQUEST) {
        Ok(Value::Object(mut o)) => match o.remove("token") {
            Some(Value::String(t)) => t,
            _ => return error(StatusCode::BAD_REQUEST, "REQUEST_MALFORMED", "token must be a string"),
        },
        _ => return error(StatusCode::BAD_REQUEST, "REQUEST_MALFORMED", "not a JSON object"),
    };
    match app.guard.heartbeat_with_token(&token, |agent| app.take_heartbeat(agent.as_str())).await {
        Ok(lease) => Json(json!({
            "agent_id": lease.agent.as_str(),
            "instance_id": lease.instance.as_str(),
            "lease_secs": lease.timeout.as_secs(),
            "state": if lease.paused { "PAUSED".to_owned() } else { format!("{:?}", lease.handle.state()).to_uppercase() },
        }))
        .into_response(),
        Err(e) if e.code == "HEARTBEAT_THROTTLED" => error(StatusCode::TOO_MANY_REQUESTS, e.code, e.message),
        Err(e) if e.code == "UNAVAILABLE" => error(StatusCode::SERVICE_UNAVAILABLE, e.code, e.message),
        Err(e) => error(StatusCode::FORBIDDEN, e.code, e.message),
    }
}

/// `POST /v1/kill`: a signed kill command.
#[utoipa::path(post, path = "/v1/kill", tag = "kill switch",
    request_body(content = Object, description = "A signed kill command (SPEC-RT-005)"),
    responses(
        (status = 200, description = "Verified, applied, kept and audited; sent on the streams", body = crate::openapi::KillAccepted),
        (status = 400, description = "Not a kill command", body = crate::openapi::ErrorBody),
        (status = 403, description = "Refused: forged, expired, replayed or untrusted", body = crate::openapi::ErrorBody),
        (status = 500, description = "Applied but not kept or recorded", body = crate::openapi::ErrorBody),
        crate::openapi::BodyRefusals,
    ))]
pub(crate) async fn kill(State(app): State<AppState>, headers: HeaderMap, peer: Option<Extension<PeerInfo>>, body: Body) -> Response {
    let ip = peer_ip(peer.as_deref());
    let bytes = match body_bytes(&app, &headers, body, MAX_KILL_BYTES).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let command = match aigos::core::parse_json(&bytes, &aigos::core::JsonLimits::REQUEST)
        .map_err(|e| e.to_string())
        .and_then(|v| serde_json::from_value::<aigos::runtime::KillCommand>(v).map_err(|e| e.to_string()))
    {
        Ok(c) => c,
        Err(e) => return error(StatusCode::BAD_REQUEST, "KILL_MALFORMED", e),
    };
    // A command that verifies is always applied, whoever sends it and
    // however much noise came from the same address. One that does not is
    // recorded (as a bounded summary) only within the address's refusals
    // of the minute, each taken before it is recorded; past them it is
    // answered 429 and recorded nowhere.
    if app.guard.check_kill(&command).is_err() && !app.take_kill_refusal(ip) {
        metrics::counter!(m::REFUSED, "reason" => "kill_refusals").increment(1);
        let mut r = error(StatusCode::TOO_MANY_REQUESTS, "KILL_THROTTLED", "too many refused kill commands from this address; retry later");
        r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        return r;
    }
    // Applied in a task of its own: a request timeout or a client that
    // goes away cannot leave a command applied but not sent on.
    let task = {
        let app = app.clone();
        tokio::spawn(async move {
            let result = app.guard.apply_kill(&command).await;
            if !matches!(result, Err(aigos::Error::KillRefused(_) | aigos::Error::LayerLeftOut(_))) {
                // In the journal before the answer, in the order the Guard
                // applied it among commands from other channels (the
                // relay brings the same ones; the journal keeps each once).
                app.journal.catch_up(&app.guard.kill_commands_applied_from(app.journal.len()));
                metrics::counter!(m::KILL_APPLIED).increment(1);
                tracing::warn!(id = %command.id, channel = "POST /v1/kill", "kill command applied");
            }
            (command.id, result)
        })
    };
    let Ok((id, result)) = task.await else {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "KILL_FAILED", "applying the command failed");
    };
    match result {
        Ok(()) => Json(json!({"applied": true, "id": id})).into_response(),
        Err(aigos::Error::KillRefused(e)) => error(StatusCode::FORBIDDEN, "KILL_REFUSED", e),
        Err(aigos::Error::LayerLeftOut(_)) => error(StatusCode::SERVICE_UNAVAILABLE, "LAYER_LEFT_OUT", "the runtime layer is left out"),
        // Applied (it takes effect) but not kept or recorded: sent on all the same.
        Err(e) => {
            (StatusCode::INTERNAL_SERVER_ERROR, Json(json!({"applied": true, "id": id, "code": "KILL_UNRECORDED", "error": e.to_string()})))
                .into_response()
        }
    }
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok()).filter(|s| !s.is_empty())
}

/// `GET /v1/kill/pending` (and `/v1/commands/pending`): the commands after `X-Last-Command-ID`.
#[utoipa::path(get, path = "/v1/kill/pending", tag = "kill switch",
    params(("X-Last-Command-ID" = Option<String>, Header, description = "The last command received"),
           ("X-Agent-Instance-ID" = Option<String>, Header, description = "The polling instance")),
    responses((status = 200, description = "Commands applied after the last one received, oldest first (JSON array)", body = Vec<Object>)))]
pub(crate) async fn kill_pending(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let entries = app.journal.since(header_str(&headers, "x-last-command-id"));
    // The journal holds each command as the JSON it was serialized to once:
    // the array is joined from it, not parsed and written again per poll.
    let body = format!("[{}]", entries.iter().map(|e| &*e.data).collect::<Vec<_>>().join(","));
    let mut r = ([(header::CONTENT_TYPE, "application/json")], body).into_response();
    let h = r.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&app.kill_poll_interval_secs.to_string()) {
        h.insert("x-poll-interval", v);
    }
    if let Some(last) = entries.last().and_then(|e| HeaderValue::from_str(&e.id).ok()) {
        h.insert("x-last-command-id", last);
    }
    r
}

/// A stream that ends when the server drains or its lifetime is over
/// (its client resumes with `Last-Event-ID`).
fn bounded_stream<S: Stream<Item = Result<Event, Infallible>> + Send + 'static>(
    app: &App,
    s: S,
) -> impl Stream<Item = Result<Event, Infallible>> + Send + 'static {
    use futures_util::StreamExt;
    let mut draining = app.draining.clone();
    let lifetime = app.max_stream;
    s.take_until(async move {
        tokio::select! {
            () = crate::listener::drained(&mut draining) => {}
            () = tokio::time::sleep(lifetime) => {}
        }
    })
}

/// Places for one more stream, the kind's and the client's, or the answer.
type StreamPlaces = (tokio::sync::OwnedSemaphorePermit, Option<crate::app::ClientSlot>);

fn open_stream(
    app: &App,
    kind: &Arc<tokio::sync::Semaphore>,
    per_client: bool,
    peer: Option<&PeerInfo>,
) -> Result<StreamPlaces, Box<Response>> {
    let slot = if per_client {
        Some(app.streams_per_ip.take(peer_ip(peer)).ok_or_else(|| {
            metrics::counter!(m::REFUSED, "reason" => "client_streams").increment(1);
            Box::new(error(StatusCode::TOO_MANY_REQUESTS, "TOO_MANY_STREAMS", "too many open streams from this address"))
        })?)
    } else {
        None
    };
    let permit = kind.clone().try_acquire_owned().map_err(|_| {
        metrics::counter!(m::REFUSED, "reason" => "streams").increment(1);
        Box::new(error(StatusCode::SERVICE_UNAVAILABLE, "TOO_MANY_STREAMS", "too many open streams"))
    })?;
    Ok((permit, slot))
}

fn heartbeat_event() -> Event {
    Event::default().event("heartbeat").data(aigos::core::SystemClock.now_millis().to_string())
}

/// `GET /v1/kill/stream` (and `/v1/commands/stream`): the kill commands as
/// server-sent events (`kill`, `pause`, `resume`; id = the command's id),
/// resumed after `Last-Event-ID`, with `heartbeat` events.
#[utoipa::path(get, path = "/v1/kill/stream", tag = "kill switch",
    params(("Last-Event-ID" = Option<String>, Header, description = "Resume after this command id")),
    responses((status = 200, description = "text/event-stream of kill, pause, resume and heartbeat events"),
              (status = 429, description = "Too many open streams from this client", body = crate::openapi::ErrorBody),
              (status = 503, description = "Too many open streams", body = crate::openapi::ErrorBody)))]
pub(crate) async fn kill_stream(State(app): State<AppState>, headers: HeaderMap, peer: Option<Extension<PeerInfo>>) -> Response {
    let permit = match open_stream(&app, &app.kill_streams, true, peer.as_deref()) {
        Ok(p) => p,
        Err(r) => return *r,
    };
    let (backlog, rx) = app.journal.subscribe(header_str(&headers, "last-event-id"));
    let tick = tokio::time::interval_at(tokio::time::Instant::now() + app.stream_heartbeat, app.stream_heartbeat);
    let state = (VecDeque::from(backlog), rx, tick, permit);
    let stream = futures_util::stream::unfold(state, |(mut backlog, mut rx, mut tick, permit)| async move {
        let to_event = |e: Entry| Event::default().event(e.event).id(e.id).data(&*e.data);
        if let Some(e) = backlog.pop_front() {
            return Some((Ok(to_event(e)), (backlog, rx, tick, permit)));
        }
        tokio::select! {
            r = rx.recv() => match r {
                Ok(e) => Some((Ok(to_event(e)), (backlog, rx, tick, permit))),
                // Fell behind or closed: end; the subscriber resumes from its last id.
                Err(_) => None,
            },
            _ = tick.tick() => Some((Ok(heartbeat_event()), (backlog, rx, tick, permit))),
        }
    });
    Sse::new(bounded_stream(&app, stream)).into_response()
}

/// The 401 an operator endpoint answers without a valid credential.
fn unauthorized() -> Response {
    metrics::counter!(m::REFUSED, "reason" => "unauthenticated").increment(1);
    let mut r = error(StatusCode::UNAUTHORIZED, "OPERATOR_UNAUTHENTICATED", "an operator credential is required");
    r.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    r
}

/// `GET /v1/events` (operator): decisions as server-sent events for the page.
#[utoipa::path(get, path = "/v1/events", tag = "operators", security(("operator" = [])),
    responses((status = 200, description = "text/event-stream of `decision` events"),
              (status = 401, description = "No operator credential", body = crate::openapi::ErrorBody)))]
pub(crate) async fn events(State(app): State<AppState>, headers: HeaderMap, peer: Option<Extension<PeerInfo>>) -> Response {
    if app.operators.identify(&headers, peer.as_deref()).is_none() {
        return unauthorized();
    }
    let permit = match open_stream(&app, &app.event_streams, false, peer.as_deref()) {
        Ok(p) => p,
        Err(r) => return *r,
    };
    let rx = app.events.subscribe();
    let tick = tokio::time::interval_at(tokio::time::Instant::now() + app.stream_heartbeat, app.stream_heartbeat);
    let stream = futures_util::stream::unfold((rx, tick, permit), |(mut rx, mut tick, permit)| async move {
        loop {
            tokio::select! {
                r = rx.recv() => match r {
                    Ok(data) => return Some((Ok(Event::default().event("decision").data(&*data)), (rx, tick, permit))),
                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
                _ = tick.tick() => return Some((Ok(heartbeat_event()), (rx, tick, permit))),
            }
        }
    });
    Sse::new(bounded_stream(&app, stream)).into_response()
}

/// `GET /v1/dashboard` (operator).
#[utoipa::path(get, path = "/v1/dashboard", tag = "operators", security(("operator" = [])),
    responses((status = 200, description = "The dashboard", body = Object),
              (status = 401, description = "No operator credential", body = crate::openapi::ErrorBody)))]
pub(crate) async fn dashboard(State(app): State<AppState>, headers: HeaderMap, peer: Option<Extension<PeerInfo>>) -> Response {
    if app.operators.identify(&headers, peer.as_deref()).is_none() {
        return unauthorized();
    }
    let d = app.guard.dashboard().await;
    let mut v = serde_json::to_value(&d).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        o.insert("kill_commands_applied".into(), json!(app.journal.len()));
    }
    Json(v).into_response()
}

/// `POST /v1/agents/{id}/unblock` (operator): lifts a rate-limit block, audited.
#[utoipa::path(post, path = "/v1/agents/{id}/unblock", tag = "operators", security(("operator" = [])),
    params(("id" = String, Path, description = "The agent")),
    responses((status = 200, description = "Lifted (was_blocked says whether it was blocked)", body = crate::openapi::Unblocked),
              (status = 400, description = "Not an agent id", body = crate::openapi::ErrorBody),
              (status = 401, description = "No operator credential", body = crate::openapi::ErrorBody),
              (status = 503, description = "The audit log or the rate-limit store is unavailable", body = crate::openapi::ErrorBody)))]
pub(crate) async fn unblock(
    State(app): State<AppState>,
    path: Result<Path<String>, axum::extract::rejection::PathRejection>,
    headers: HeaderMap,
    peer: Option<Extension<PeerInfo>>,
) -> Response {
    let Ok(Path(id)) = path else {
        return error(StatusCode::BAD_REQUEST, "AGENT_ID_INVALID", "not an agent id");
    };
    // A browser holding an operator certificate must not be steered into
    // this by another site (cross-site request forgery).
    if cross_site(&headers) {
        return error(StatusCode::FORBIDDEN, "CROSS_SITE", "operator actions are not taken from another site");
    }
    let Some(who) = app.operators.identify(&headers, peer.as_deref()) else {
        return unauthorized();
    };
    let Ok(agent) = AgentId::new(&id) else {
        return error(StatusCode::BAD_REQUEST, "AGENT_ID_INVALID", "not an agent id");
    };
    match app.guard.unblock(&agent, &format!("operator {who}")).await {
        Ok(was_blocked) => Json(json!({"agent_id": agent.as_str(), "was_blocked": was_blocked})).into_response(),
        Err(aigos::Error::LayerLeftOut(_)) => error(StatusCode::SERVICE_UNAVAILABLE, "LAYER_LEFT_OUT", "the runtime layer is left out"),
        Err(e) => error(StatusCode::SERVICE_UNAVAILABLE, "UNAVAILABLE", e),
    }
}

/// Whether a browser says this request comes from another site: its
/// `Sec-Fetch-Site`, or an `Origin` that is not this server's host.
fn cross_site(headers: &HeaderMap) -> bool {
    if header_str(headers, "sec-fetch-site").is_some_and(|v| v != "same-origin" && v != "none") {
        return true;
    }
    match (header_str(headers, "origin"), header_str(headers, "host")) {
        (Some(origin), Some(host)) => origin.split_once("://").is_none_or(|(_, h)| h != host),
        (Some(_), None) => true,
        (None, _) => false,
    }
}

fn cached_json(v: impl serde::Serialize) -> Response {
    let mut r = Json(v).into_response();
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    r
}

/// `GET /.well-known/jwks.json`: the permit verification keys.
#[utoipa::path(get, path = "/.well-known/jwks.json", tag = "keys",
    responses((status = 200, description = "JWK Set of the permit keys", body = crate::openapi::JwkSet),
              (status = 404, description = "No permit key (identity layer left out)", body = crate::openapi::ErrorBody)))]
pub(crate) async fn jwks(State(app): State<AppState>) -> Response {
    match app.guard.permit_jwks() {
        Some(j) => cached_json(j),
        None => error(StatusCode::NOT_FOUND, "NO_PERMIT_KEY", "this Guard issues no permits"),
    }
}

/// `GET /.well-known/aigos/checkpoint-jwks.json`: the audit checkpoint keys.
#[utoipa::path(get, path = "/.well-known/aigos/checkpoint-jwks.json", tag = "keys",
    responses((status = 200, description = "JWK Set of the audit checkpoint keys", body = crate::openapi::JwkSet),
              (status = 404, description = "Checkpoints are not signed", body = crate::openapi::ErrorBody)))]
pub(crate) async fn checkpoint_jwks(State(app): State<AppState>) -> Response {
    match app.guard.checkpoint_jwks() {
        Some(j) => cached_json(j),
        None => error(StatusCode::NOT_FOUND, "NO_CHECKPOINT_KEY", "checkpoints are not signed"),
    }
}

/// `GET /metrics`: Prometheus text exposition.
#[utoipa::path(get, path = "/metrics", tag = "operations",
    responses((status = 200, description = "Prometheus text format", content_type = "text/plain"),
              (status = 503, description = "Another metrics recorder is installed in this process")))]
pub(crate) async fn metrics(State(app): State<AppState>) -> Response {
    let Some(handle) = &app.metrics else {
        return error(StatusCode::SERVICE_UNAVAILABLE, "METRICS_UNAVAILABLE", "another metrics recorder is installed");
    };
    let c = app.guard.counters();
    #[allow(clippy::cast_precision_loss, reason = "gauges are f64")]
    {
        metrics::gauge!(m::IN_FLIGHT).set(c.in_flight as f64);
        metrics::gauge!(m::AUDIT_RECORDS).set(c.audited as f64);
        if let Ok(blocked) = app.guard.blocked_agents().await {
            metrics::gauge!(m::BLOCKED).set(blocked.len() as f64);
        }
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], handle.render()).into_response()
}

/// `GET /healthz`: the process answers.
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, description = "Alive", body = crate::openapi::Health)))]
pub(crate) async fn healthz() -> Response {
    Json(json!({"status": "ok"})).into_response()
}

/// `GET /readyz`: the audit log is open and every store answers.
#[utoipa::path(get, path = "/readyz", tag = "operations",
    responses((status = 200, description = "Ready", body = crate::openapi::Ready), (status = 503, description = "Not ready: draining, or a component failed", body = crate::openapi::Ready)))]
pub(crate) async fn readyz(State(app): State<AppState>) -> Response {
    let components = app.guard.readiness().await;
    let draining = *app.draining.borrow();
    let ready = !draining && components.iter().all(|c| c.error.is_none());
    let status = if ready { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, Json(json!({"ready": ready, "draining": draining, "components": components}))).into_response()
}

/// `GET /openapi.json`.
pub(crate) async fn openapi() -> Response {
    Json(crate::openapi::document()).into_response()
}

/// `GET /`: the dashboard page (it asks for the operator token and reads
/// the operator endpoints with it).
pub(crate) async fn page() -> Response {
    let mut r = Html(include_str!("dashboard.html")).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'"),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    r
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "NOT_FOUND", "no such endpoint")
}
