//! `aigos serve`: the aigos [`Guard`] as an HTTP control plane, so agents
//! in any language, tool executors and operators reach it over HTTPS.
//!
//! Agents post one request to `POST /v1/validate` (the body is one `aigos
//! validate` input line) and get the outcome for every decision; executors
//! check a permit once with `POST /v1/permits/verify`; instances renew their
//! lease with `POST /v1/heartbeat`; signed kill commands enter by `POST
//! /v1/kill` and leave by the AIGOS kill-switch channels (`GET
//! /v1/kill/stream`, server-sent events, and `GET /v1/kill/pending`,
//! polling); operators read `GET /v1/dashboard`, the page at `GET /` and
//! the decision stream `GET /v1/events`, and lift rate-limit blocks.
//! `GET /metrics` is Prometheus text, `GET /openapi.json` describes it all.
//!
//! Who may do what comes from trusted facts only: agents authenticate by
//! their governance token (the Guard verifies it), executors by the permit
//! (signed by the Guard), kill commands by their signature, operators by a
//! bearer token whose SHA-256 is in the configuration or a client
//! certificate whose SPIFFE ID is. TLS is on by default; every limit (body,
//! head, time, concurrency per server and per client) answers with a clear
//! status, never a hang.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use std::sync::Arc;
//! use aigos::config::GuardConfig;
//! use aigos::core::{Clock, SystemClock};
//!
//! let (config, base) = GuardConfig::load("aigos.toml".as_ref())?;
//! let clock: Arc<dyn Clock> = Arc::new(SystemClock);
//! let guard = config.build(&base, &clock)?;
//! let server = aigos_server::Server::from_config(guard, &config, &base)?;
//! let bound = server.bind(None).await?;
//! println!("listening on {}", bound.url());
//! // Runs until the future resolves (SIGTERM, say), then drains.
//! let guard = bound.serve(std::future::pending::<()>()).await?;
//! guard.shutdown().await?;
//! # Ok(()) }
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod app;
mod auth;
pub mod fleet;
mod journal;
mod listener;
mod metrics;
mod openapi;
mod routes;
mod tls;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use aigos::Guard;
use aigos::config::{GuardConfig, ServerSection};

pub use listener::Bound;
pub use metrics::install_metrics;

/// Why the server could not be set up or run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServerError {
    /// The `[server]` section or a file it names is wrong.
    #[error("server configuration: {0}")]
    Config(String),
    /// The listen address could not be bound.
    #[error("cannot listen on {addr}: {error}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The operating system's error.
        error: std::io::Error,
    },
}

/// A configured server, not yet listening.
pub struct Server {
    app: Arc<app::App>,
    settings: ServerSection,
    tls: Option<Arc<rustls::ServerConfig>>,
    sources: Vec<Box<dyn aigos::runtime::CommandSource>>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("listen", &self.settings.listen).field("tls", &self.tls.is_some()).finish_non_exhaustive()
    }
}

impl Server {
    /// A server for `guard` as `config`'s `[server]` section says (its
    /// defaults when absent), with the kill channels of `[runtime]`. Paths
    /// are relative to `base`.
    ///
    /// # Errors
    /// [`ServerError::Config`]: unreadable certificate or key, an operator
    /// credential that is not `sha256:` and 64 hex digits, plaintext on a
    /// non-loopback address without `insecure_plaintext`, a limit of zero.
    pub fn from_config(guard: Guard, config: &GuardConfig, base: &Path) -> Result<Self, ServerError> {
        let settings = config.server.clone().unwrap_or_default();
        Self::with_settings(guard, settings, config, base)
    }

    /// As [`Server::from_config`], with `settings` in place of the file's `[server]`.
    ///
    /// # Errors
    /// As [`Server::from_config`].
    pub fn with_settings(guard: Guard, settings: ServerSection, config: &GuardConfig, base: &Path) -> Result<Self, ServerError> {
        check_limits(&settings)?;
        let tls = tls::server_config(&settings, base)?;
        if tls.is_none() && !settings.listen.ip().is_loopback() && !settings.insecure_plaintext {
            return Err(ServerError::Config(format!(
                "{} is not a loopback address: give [server] cert and key, or set insecure_plaintext = true to serve plaintext anyway",
                settings.listen
            )));
        }
        let operators = auth::Operators::from_settings(&settings)?;
        let app = app::App::new(guard, &settings, operators)?;
        Ok(Server { app: Arc::new(app), settings, tls, sources: config.kill_sources(base) })
    }

    /// Binds the listen address (`listen` in place of the configured one
    /// when given; port 0 picks a free port).
    ///
    /// # Errors
    /// [`ServerError::Bind`].
    pub async fn bind(self, listen: Option<SocketAddr>) -> Result<Bound, ServerError> {
        let addr = listen.unwrap_or(self.settings.listen);
        if self.tls.is_none() && !addr.ip().is_loopback() && !self.settings.insecure_plaintext {
            return Err(ServerError::Config(format!("{addr} is not a loopback address and no certificate is configured")));
        }
        if self.tls.is_none() && !addr.ip().is_loopback() {
            tracing::warn!(%addr, "aigos serve: plaintext HTTP on a non-loopback address (insecure_plaintext = true)");
        }
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|error| ServerError::Bind { addr, error })?;
        Ok(listener::Bound::new(listener, self.app, self.settings, self.tls, self.sources))
    }
}

fn check_limits(s: &ServerSection) -> Result<(), ServerError> {
    let zero = [
        ("max_body_bytes", s.max_body_bytes == 0),
        ("max_header_bytes", s.max_header_bytes == 0),
        ("header_read_timeout_ms", s.header_read_timeout_ms == 0),
        ("request_timeout_ms", s.request_timeout_ms == 0),
        ("max_in_flight", s.max_in_flight == 0),
        ("max_in_flight_per_ip", s.max_in_flight_per_ip == 0),
        ("max_connections", s.max_connections == 0),
        ("max_connections_per_ip", s.max_connections_per_ip == 0),
        ("max_streams", s.max_streams == 0),
        ("max_streams_per_ip", s.max_streams_per_ip == 0),
        ("max_stream_secs", s.max_stream_secs == 0),
        ("body_read_timeout_ms", s.body_read_timeout_ms == 0),
        ("stream_heartbeat_secs", s.stream_heartbeat_secs == 0),
    ];
    match zero.iter().find(|(_, z)| *z) {
        Some((name, _)) => Err(ServerError::Config(format!("[server] {name} must be greater than zero"))),
        None => Ok(()),
    }
}
