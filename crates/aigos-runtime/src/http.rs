//! HTTP command channels (cargo feature `http`, on by default): polling
//! `GET /v1/commands/pending` and the server-sent-event stream
//! `/v1/commands/stream`, as in AIGOS SPEC-RT-005. Commands are signed end
//! to end, so the transport adds availability, not trust.

use std::collections::VecDeque;
use std::time::Duration;

use futures_util::StreamExt;

use crate::{CommandSource, SourceError, SourceEvent};

/// Polls `GET {base}/v1/commands/pending` every `interval` with the headers
/// `X-Agent-Instance-ID` and `X-Last-Command-ID`. The body is a JSON array of
/// commands (or `{"commands": [...]}`). Every successful poll is a heartbeat.
#[derive(Debug)]
pub struct HttpPollingSource {
    client: reqwest::Client,
    url: String,
    instance_id: String,
    interval: Duration,
    last_command_id: Option<String>,
    pending: VecDeque<SourceEvent>,
    first: bool,
}

fn client(timeout: Duration) -> Result<reqwest::Client, SourceError> {
    reqwest::Client::builder().timeout(timeout).build().map_err(|e| SourceError { channel: "http".into(), reason: e.to_string() })
}

impl HttpPollingSource {
    /// A poller of `base_url` for `instance_id`.
    ///
    /// # Errors
    /// [`SourceError`] when the HTTP client cannot be built.
    pub fn new(base_url: &str, instance_id: &str, interval: Duration) -> Result<Self, SourceError> {
        Ok(HttpPollingSource {
            client: client(Duration::from_secs(10))?,
            url: format!("{}/v1/commands/pending", base_url.trim_end_matches('/')),
            instance_id: instance_id.into(),
            interval,
            last_command_id: None,
            pending: VecDeque::new(),
            first: true,
        })
    }

    fn err(&self, reason: impl std::fmt::Display) -> SourceError {
        SourceError { channel: self.name(), reason: reason.to_string() }
    }

    async fn poll(&mut self) -> Result<(), SourceError> {
        let mut req = self.client.get(&self.url).header("X-Agent-Instance-ID", &self.instance_id);
        if let Some(last) = &self.last_command_id {
            req = req.header("X-Last-Command-ID", last);
        }
        let resp = req.send().await.map_err(|e| self.err(e))?;
        if !resp.status().is_success() {
            return Err(self.err(format!("HTTP {}", resp.status())));
        }
        let bytes = resp.bytes().await.map_err(|e| self.err(e))?;
        let body: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| self.err(e))?;
        let items = match body {
            serde_json::Value::Array(items) => items,
            serde_json::Value::Object(mut o) => match o.remove("commands") {
                Some(serde_json::Value::Array(items)) => items,
                _ => return Err(self.err("no commands array")),
            },
            _ => return Err(self.err("not a JSON array")),
        };
        self.pending.push_back(SourceEvent::Heartbeat);
        for item in items {
            if let Some(id) = item.get("id").and_then(|v| v.as_str()) {
                self.last_command_id = Some(id.to_owned());
            }
            self.pending.push_back(SourceEvent::Command(item.to_string()));
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl CommandSource for HttpPollingSource {
    fn name(&self) -> String {
        format!("polling {}", self.url)
    }
    async fn next(&mut self) -> Result<SourceEvent, SourceError> {
        loop {
            if let Some(e) = self.pending.pop_front() {
                return Ok(e);
            }
            if !self.first {
                tokio::time::sleep(self.interval).await;
            }
            self.first = false;
            self.poll().await?;
        }
    }
}

type EventStream = std::pin::Pin<Box<dyn futures_util::Stream<Item = Result<eventsource_stream::Event, String>> + Send>>;

/// Follows the server-sent-event stream `GET {base}/v1/commands/stream`:
/// events `kill`, `pause`, `resume` carry a command, `heartbeat` is a
/// heartbeat. After a disconnect it reconnects (the listener backs off, up to
/// 30 s) and resumes with `Last-Event-ID`.
pub struct SseSource {
    client: reqwest::Client,
    url: String,
    instance_id: String,
    last_event_id: Option<String>,
    stream: Option<EventStream>,
}

impl std::fmt::Debug for SseSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SseSource").field("url", &self.url).field("last_event_id", &self.last_event_id).finish_non_exhaustive()
    }
}

impl SseSource {
    /// A follower of `base_url`'s stream for `instance_id`.
    ///
    /// # Errors
    /// [`SourceError`] when the HTTP client cannot be built.
    pub fn new(base_url: &str, instance_id: &str) -> Result<Self, SourceError> {
        Self::build(base_url, instance_id, None)
    }

    /// A follower that trusts only the CA certificates in `ca_pem` (PEM,
    /// one or more) for the server's TLS certificate: a control plane with a
    /// certificate from the deployment's own CA, not the platform's roots.
    ///
    /// # Errors
    /// [`SourceError`] for PEM without a certificate, or when the HTTP
    /// client cannot be built.
    pub fn with_ca(base_url: &str, instance_id: &str, ca_pem: &[u8]) -> Result<Self, SourceError> {
        Self::build(base_url, instance_id, Some(ca_pem))
    }

    fn build(base_url: &str, instance_id: &str, ca_pem: Option<&[u8]>) -> Result<Self, SourceError> {
        let fail = |reason: String| SourceError { channel: "sse".into(), reason };
        // No overall timeout: the stream is long-lived; heartbeats and the
        // watchdog detect a dead connection.
        let mut builder = reqwest::Client::builder().connect_timeout(Duration::from_secs(10));
        if let Some(pem) = ca_pem {
            let certs = reqwest::Certificate::from_pem_bundle(pem).map_err(|e| fail(format!("CA certificates: {e}")))?;
            if certs.is_empty() {
                return Err(fail("CA certificates: no certificate in the PEM".into()));
            }
            builder = builder.tls_certs_only(certs);
        }
        Ok(SseSource {
            client: builder.build().map_err(|e| fail(e.to_string()))?,
            url: format!("{}/v1/commands/stream", base_url.trim_end_matches('/')),
            instance_id: instance_id.into(),
            last_event_id: None,
            stream: None,
        })
    }

    /// The id of the last event received (sent as `Last-Event-ID` on reconnect).
    pub fn last_event_id(&self) -> Option<&str> {
        self.last_event_id.as_deref()
    }

    fn err(&self, reason: impl std::fmt::Display) -> SourceError {
        SourceError { channel: format!("sse {}", self.url), reason: reason.to_string() }
    }

    async fn connect(&mut self) -> Result<(), SourceError> {
        let mut req = self.client.get(&self.url).header("Accept", "text/event-stream").header("X-Agent-Instance-ID", &self.instance_id);
        if let Some(last) = &self.last_event_id {
            req = req.header("Last-Event-ID", last);
        }
        let resp = req.send().await.map_err(|e| self.err(e))?;
        if !resp.status().is_success() {
            return Err(self.err(format!("HTTP {}", resp.status())));
        }
        let events = eventsource_stream::Eventsource::eventsource(resp.bytes_stream()).map(|r| r.map_err(|e| e.to_string()));
        self.stream = Some(Box::pin(events));
        Ok(())
    }
}

#[async_trait::async_trait]
impl CommandSource for SseSource {
    fn name(&self) -> String {
        format!("sse {}", self.url)
    }
    async fn next(&mut self) -> Result<SourceEvent, SourceError> {
        loop {
            if self.stream.is_none() {
                self.connect().await?;
            }
            let Some(stream) = self.stream.as_mut() else { continue };
            match stream.next().await {
                Some(Ok(event)) => {
                    if !event.id.is_empty() {
                        self.last_event_id = Some(event.id.clone());
                    }
                    match event.event.as_str() {
                        "kill" | "pause" | "resume" => return Ok(SourceEvent::Command(event.data)),
                        "heartbeat" => return Ok(SourceEvent::Heartbeat),
                        _ => continue,
                    }
                }
                Some(Err(e)) => {
                    self.stream = None;
                    return Err(self.err(e));
                }
                None => {
                    self.stream = None;
                    return Err(self.err("stream ended"));
                }
            }
        }
    }
}
