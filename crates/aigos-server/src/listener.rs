//! The accept loop: connection caps (in all and per client) before any TLS
//! work, the TLS handshake under the header-read timeout, HTTP/1.1 by hyper
//! with its header-read timeout and head size limit, and a drain on
//! shutdown: no new connection, requests in flight finish (up to the drain
//! timeout), streams end, then the Guard is handed back to be shut down.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use aigos::Guard;
use aigos::config::ServerSection;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tower::Service;

use crate::ServerError;
use crate::app::{App, InFlight};
use crate::auth::PeerInfo;

/// A server bound to its address, ready to serve.
pub struct Bound {
    listener: TcpListener,
    app: Arc<App>,
    settings: ServerSection,
    tls: Option<Arc<rustls::ServerConfig>>,
    sources: Vec<Box<dyn aigos::runtime::CommandSource>>,
}

impl std::fmt::Debug for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bound").field("addr", &self.local_addr()).field("tls", &self.tls.is_some()).finish_non_exhaustive()
    }
}

/// What one connection needs.
#[derive(Clone)]
struct ConnSettings {
    header_read_timeout: Duration,
    max_buf: usize,
}

impl Bound {
    pub(crate) fn new(
        listener: TcpListener,
        app: Arc<App>,
        settings: ServerSection,
        tls: Option<Arc<rustls::ServerConfig>>,
        sources: Vec<Box<dyn aigos::runtime::CommandSource>>,
    ) -> Self {
        Bound { listener, app, settings, tls, sources }
    }

    /// The bound address (the port the system picked for port 0).
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.listener.local_addr().ok()
    }

    /// `https://ADDR` or `http://ADDR`.
    pub fn url(&self) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        self.local_addr().map_or_else(String::new, |a| format!("{scheme}://{a}"))
    }

    /// Serves until `shutdown` resolves, then drains: stops accepting,
    /// lets requests in flight finish (up to `drain_timeout_secs`), ends
    /// the event streams and the kill channels, and hands the Guard back
    /// for [`Guard::shutdown`] (which writes the audit log's final
    /// checkpoint). Accept errors (out of file descriptors, say) are
    /// logged and retried with a backoff; they never end the loop.
    ///
    /// # Errors
    /// None today; the type leaves room for listener failures.
    pub async fn serve(self, shutdown: impl Future<Output = ()>) -> Result<Guard, ServerError> {
        let Bound { listener, app, settings, tls, sources } = self;
        let (kill_tasks, mut reports) = app.guard.listen(sources);
        // Whatever the Guard applies goes out on the stream and the polling
        // list, including what it took from the fleet's journal or a
        // channel whose copy came second.
        let relay = {
            let app = app.clone();
            let taken = app.applied.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
            let mut applied = match taken {
                Some(rx) => rx,
                None => {
                    let (all, rx) = app.guard.follow_kill_commands();
                    app.journal.catch_up(&all);
                    rx
                }
            };
            tokio::spawn(async move {
                loop {
                    match applied.recv().await {
                        Ok(command) => app.journal.push(&command),
                        Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                            // Fell behind: what was missed comes back from the Guard's own state, in order.
                            let (_, rx) = app.guard.follow_kill_commands();
                            applied = rx;
                            app.journal.catch_up(&app.guard.kill_commands_applied_from(app.journal.len()));
                        }
                        Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
                    }
                }
            })
        };
        let reporter = {
            tokio::spawn(async move {
                while let Some(report) = reports.recv().await {
                    match &report {
                        aigos::KillReport::Applied { channel, id } => {
                            metrics::counter!(crate::metrics::KILL_APPLIED).increment(1);
                            tracing::warn!(%channel, %id, "kill command applied");
                        }
                        aigos::KillReport::AppliedUnrecorded { channel, id, error } => {
                            metrics::counter!(crate::metrics::KILL_APPLIED).increment(1);
                            tracing::error!(%channel, %id, %error, "kill command applied but not recorded");
                        }
                        other => tracing::warn!(?other, "kill channel"),
                    }
                }
            })
        };
        let sweeper = {
            let app = app.clone();
            let mut draining = app.draining.clone();
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(Duration::from_secs(1));
                loop {
                    tokio::select! {
                        _ = tick.tick() => {
                            for instance in app.guard.sweep_orphans().await {
                                tracing::warn!(%instance, "instance terminated: its heartbeat lease ran out");
                            }
                        }
                        () = drained(&mut draining) => return,
                    }
                }
            })
        };
        let router = crate::routes::router(app.clone(), Duration::from_millis(settings.request_timeout_ms));
        let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
        // Open connections, in all and per client: the same accounting as requests in flight.
        let conns = Arc::new(InFlight::new(settings.max_connections, settings.max_connections_per_ip));
        let conn_settings = ConnSettings {
            header_read_timeout: Duration::from_millis(settings.header_read_timeout_ms),
            max_buf: settings.max_header_bytes.max(8192),
        };
        let mut tasks = tokio::task::JoinSet::new();
        let mut shutdown = std::pin::pin!(shutdown);
        let mut backoff = Duration::from_millis(5);
        loop {
            let (stream, addr) = tokio::select! {
                () = &mut shutdown => break,
                accepted = listener.accept() => match accepted {
                    Ok(a) => {
                        backoff = Duration::from_millis(5);
                        a
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "accept failed; retrying");
                        tokio::time::sleep(backoff).await;
                        backoff = (backoff * 2).min(Duration::from_secs(1));
                        continue;
                    }
                },
                Some(_) = tasks.join_next(), if !tasks.is_empty() => continue,
            };
            let Ok(slot) = conns.admit(addr.ip()) else {
                metrics::counter!(crate::metrics::REFUSED, "reason" => "connections").increment(1);
                drop(stream);
                continue;
            };
            let (acceptor, router, cs, draining) = (acceptor.clone(), router.clone(), conn_settings.clone(), app.draining.clone());
            tasks.spawn(async move {
                connection(stream, addr, acceptor, router, cs, draining).await;
                drop(slot);
            });
        }
        // Drain.
        drop(listener);
        let _ = app.drain.send(true);
        let drained =
            tokio::time::timeout(Duration::from_secs(settings.drain_timeout_secs), async { while tasks.join_next().await.is_some() {} })
                .await;
        if drained.is_err() {
            tracing::warn!("drain timeout: closing the connections still open");
            tasks.shutdown().await;
        }
        for task in kill_tasks {
            task.abort();
            let _ = task.await;
        }
        // The relay holds the state and its Guard holds the sender: it
        // never sees the channel close, so it is stopped here.
        relay.abort();
        let _ = relay.await;
        let _ = reporter.await;
        let _ = sweeper.await;
        drop(router);
        // Every task that held the state has ended; a response body still
        // being dropped may hold it a moment longer.
        let mut app = app;
        for _ in 0..200 {
            match Arc::try_unwrap(app) {
                Ok(app) => return Ok(app.guard),
                Err(shared) => app = shared,
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        tracing::warn!("the server state is still shared after the drain");
        Ok(app.guard.clone())
    }
}

/// Resolves once the server drains (or its sender is gone).
pub(crate) async fn drained(rx: &mut watch::Receiver<bool>) {
    let _ = rx.wait_for(|d| *d).await;
}

async fn connection(
    stream: TcpStream,
    addr: SocketAddr,
    acceptor: Option<tokio_rustls::TlsAcceptor>,
    router: axum::Router,
    cs: ConnSettings,
    draining: watch::Receiver<bool>,
) {
    let _ = stream.set_nodelay(true);
    match acceptor {
        None => http(TokioIo::new(stream), PeerInfo { addr, client_id: None }, router, cs, draining).await,
        Some(acceptor) => {
            let Ok(Ok(tls)) = tokio::time::timeout(cs.header_read_timeout, acceptor.accept(stream)).await else { return };
            let client_id = tls
                .get_ref()
                .1
                .peer_certificates()
                .and_then(|c| c.first())
                .and_then(|c| aigos::network::spiffe_id_of(c).ok())
                .map(|id| id.to_string());
            http(TokioIo::new(tls), PeerInfo { addr, client_id }, router, cs, draining).await;
        }
    }
}

async fn http<I>(io: I, peer: PeerInfo, router: axum::Router, cs: ConnSettings, mut draining: watch::Receiver<bool>)
where
    I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
        req.extensions_mut().insert(peer.clone());
        let mut router = router.clone();
        async move { router.call(req).await }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(cs.header_read_timeout)
        .max_buf_size(cs.max_buf)
        .serve_connection(io, service);
    let mut conn = std::pin::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        () = drained(&mut draining) => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}
