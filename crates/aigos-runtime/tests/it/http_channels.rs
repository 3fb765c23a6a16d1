//! HTTP polling and SSE channels against a real server on loopback.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use aigos_core::{Clock, SystemClock};
use aigos_crypto::{Algorithm, SigningKey, VerifyingKey, default_provider};
use aigos_runtime::{
    AgentHandle, AgentState, CommandSpec, CommandType, HttpPollingSource, Identity, KillCommand, KillVerifier, Listener, SseSource, Target,
    TargetType, Watchdog,
};
use axum::Router;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::sse::{Event, Sse};
use axum::routing::get;
use futures_util::stream::{self, Stream};
use tokio::sync::mpsc;

#[derive(Default)]
struct Server {
    commands: Mutex<Vec<String>>,
    seen_headers: Mutex<Vec<(Option<String>, Option<String>)>>,
    connections: Mutex<u32>,
    live: Mutex<Option<mpsc::Receiver<Event>>>,
}

fn header(h: &HeaderMap, name: &str) -> Option<String> {
    h.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

async fn pending(State(s): State<Arc<Server>>, h: HeaderMap) -> (axum::http::StatusCode, String) {
    let instance = header(&h, "x-agent-instance-id");
    let last = header(&h, "x-last-command-id");
    s.seen_headers.lock().unwrap().push((instance.clone(), last.clone()));
    if instance.as_deref() != Some("i-1") {
        return (axum::http::StatusCode::BAD_REQUEST, "missing X-Agent-Instance-ID".into());
    }
    let all = s.commands.lock().unwrap().clone();
    // Only what comes after the last command the agent saw.
    let start = last.and_then(|id| all.iter().position(|c| c.contains(&id)).map(|p| p + 1)).unwrap_or(0);
    (axum::http::StatusCode::OK, format!("[{}]", all[start..].join(",")))
}

async fn events(
    State(s): State<Arc<Server>>,
    h: HeaderMap,
) -> Sse<std::pin::Pin<Box<dyn Stream<Item = Result<Event, Infallible>> + Send>>> {
    s.seen_headers.lock().unwrap().push((header(&h, "x-agent-instance-id"), header(&h, "last-event-id")));
    let n = {
        let mut c = s.connections.lock().unwrap();
        *c += 1;
        *c
    };
    if n == 1 {
        // First connection: a heartbeat and a pause, then the server drops it.
        let pause = s.commands.lock().unwrap()[0].clone();
        let evs = vec![Ok(Event::default().event("heartbeat").id("1").data("{}")), Ok(Event::default().event("pause").id("2").data(pause))];
        Sse::new(Box::pin(stream::iter(evs)))
    } else {
        let rx = s.live.lock().unwrap().take().unwrap();
        Sse::new(Box::pin(stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|e| (Ok(e), rx)) })))
    }
}

async fn serve(state: Arc<Server>) -> String {
    let app = Router::new().route("/v1/commands/pending", get(pending)).route("/v1/commands/stream", get(events)).with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

fn setup() -> (SigningKey, Arc<Listener>, AgentHandle) {
    let key = SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap();
    let vk = VerifyingKey::new(default_provider(), key.public_key().clone()).unwrap();
    let verifier = KillVerifier::new(HashMap::from([(key.kid().to_string(), vk)]), Arc::new(SystemClock)).for_identity(Identity {
        instance_id: "i-1".into(),
        asset_id: "bot".into(),
        ..Identity::default()
    });
    let handle = AgentHandle::default();
    let (listener, _reports) = Listener::new(verifier, handle.clone(), Watchdog::new(Duration::from_secs(60), Arc::new(SystemClock)));
    (key, Arc::new(listener), handle)
}

fn command(key: &SigningKey, kind: CommandType, seq: u64) -> String {
    let c = KillCommand::issue(
        key,
        CommandSpec {
            kind,
            target: Target { kind: TargetType::Instance, ids: vec!["i-1".into()] },
            reason: "loopback".into(),
            issued_by: "ops".into(),
            sequence: seq,
            now: SystemClock.now_secs(),
            ttl: Duration::from_secs(300),
        },
    )
    .unwrap();
    serde_json::to_string(&c).unwrap()
}

async fn wait_for(handle: &AgentHandle, f: impl Fn(&AgentState) -> bool) {
    tokio::time::timeout(Duration::from_secs(10), async {
        while !f(&handle.state()) {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_channel_sends_the_spec_headers_and_applies_commands() {
    let (key, listener, handle) = setup();
    let server = Arc::new(Server::default());
    let pause = command(&key, CommandType::Pause, 1);
    let pause_id = serde_json::from_str::<serde_json::Value>(&pause).unwrap()["id"].as_str().unwrap().to_owned();
    server.commands.lock().unwrap().push(pause);
    let base = serve(server.clone()).await;
    listener.spawn(vec![Box::new(HttpPollingSource::new(&base, "i-1", Duration::from_millis(20)).unwrap())]);
    wait_for(&handle, |s| *s == AgentState::Paused).await;
    let started = Instant::now();
    server.commands.lock().unwrap().push(command(&key, CommandType::Terminate, 2));
    wait_for(&handle, |s| matches!(s, AgentState::Terminated { .. })).await;
    assert!(started.elapsed() < Duration::from_secs(1), "terminated {:?} after the server had the command", started.elapsed());
    let seen = server.seen_headers.lock().unwrap().clone();
    assert!(seen.iter().all(|(i, _)| i.as_deref() == Some("i-1")));
    assert!(seen.iter().any(|(_, last)| last.as_deref() == Some(pause_id.as_str())), "X-Last-Command-ID sent: {seen:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sse_channel_reconnects_with_last_event_id() {
    let (key, listener, handle) = setup();
    let server = Arc::new(Server::default());
    server.commands.lock().unwrap().push(command(&key, CommandType::Pause, 1));
    let (live_tx, live_rx) = mpsc::channel(4);
    *server.live.lock().unwrap() = Some(live_rx);
    let base = serve(server.clone()).await;
    listener.spawn(vec![Box::new(SseSource::new(&base, "i-1").unwrap())]);
    wait_for(&handle, |s| *s == AgentState::Paused).await;
    // The first stream ends; the source reconnects and says where it was.
    tokio::time::timeout(Duration::from_secs(10), async {
        while *server.connections.lock().unwrap() < 2 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap();
    let started = Instant::now();
    live_tx.send(Event::default().event("kill").id("3").data(command(&key, CommandType::Terminate, 2))).await.unwrap();
    wait_for(&handle, |s| matches!(s, AgentState::Terminated { .. })).await;
    assert!(started.elapsed() < Duration::from_secs(1), "{:?} from event to termination", started.elapsed());
    let seen = server.seen_headers.lock().unwrap().clone();
    assert_eq!(seen[1].1.as_deref(), Some("2"), "Last-Event-ID on reconnect: {seen:?}");
}
