//! The A2A handshake carried over HTTP/1.1 on an mTLS connection.
//!
//! Server ([`A2aServer`]), per connection: TLS 1.3 with a client certificate
//! of the trust domain ([`MtlsAcceptor`]), then the trust policy for the peer
//! and the service (a connection no rule opens is closed). Per request (the
//! action is the request path, `POST /refund.issue` calls `refund.issue`):
//! the trust policy for the action, the inbound [`A2aPolicy`] over
//! `X-AIGOS-Token` (organization proven by the certificate only), the token's
//! subject against the certificate's agent, and the `cnf` certificate
//! binding. A rejection is 403 with `X-AIGOS-Request-Token-Valid: false` and
//! the code in `X-AIGOS-Request-Token-Error`; every response carries the
//! server's own `X-AIGOS-Token`.
//!
//! Client ([`A2aClient`], [`A2aSession`]): the same checks the other way
//! round: the server's certificate ([`MtlsConnector`], optionally a given
//! agent), then the server's token under the outbound policy, subject and
//! binding included.

use std::{
    collections::HashMap,
    convert::Infallible,
    fmt,
    net::IpAddr,
    pin::Pin,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, AtomicUsize, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use aigos_crypto::Provider;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::{Request, Response, StatusCode, body::Incoming, header::HeaderValue};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    sync::{OwnedSemaphorePermit, Semaphore},
    time::{Instant, Sleep},
};

use crate::{
    A2aPolicy, A2aRejection, BindingError, ERROR_HEADER, MtlsAcceptor, MtlsConnector, MtlsError, Peer, PeerClaims, PeerRefusal, SpiffeId,
    TOKEN_HEADER, TokenValidator, TrustPolicy, VALID_HEADER, VERSION_HEADER, a2a::reject, check_binding,
};

/// Largest request or response body read (1 MiB).
pub const MAX_BODY: usize = 1 << 20;

/// Supplies this agent's own governance token for a peer.
pub trait TokenSource: Send + Sync {
    /// A token to present to `peer` (for example bound to this agent's
    /// certificate with `cnf.x5t#S256`).
    ///
    /// # Errors
    /// Why no token could be issued.
    fn token_for(&self, peer: &SpiffeId) -> Result<String, String>;
}

/// A caller that passed every check.
#[derive(Debug, Clone)]
pub struct A2aCaller {
    /// The verified TLS peer.
    pub peer: Peer,
    /// Its validated token claims.
    pub claims: PeerClaims,
    /// The action called (the request path without its leading `/`).
    pub action: String,
}

/// Serves checked requests.
#[async_trait::async_trait]
pub trait A2aHandler: Send + Sync {
    /// Answers one request of a checked caller.
    async fn handle(&self, caller: &A2aCaller, request: Request<Bytes>) -> Response<Bytes>;
}

/// Why an A2A exchange failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum A2aError {
    /// The mutual TLS handshake failed.
    #[error(transparent)]
    Mtls(#[from] MtlsError),
    /// The trust policy does not let the peer use this service.
    #[error("{peer} may not call {service}")]
    PeerNotAllowed {
        /// The peer.
        peer: String,
        /// The service.
        service: String,
    },
    /// The server refused our request (HTTP 403) with this code.
    #[error("rejected by the server: {0}")]
    Rejected(A2aRejection),
    /// We refused the server's token under the outbound policy.
    #[error("server's token refused: {0}")]
    ServerRejected(A2aRejection),
    /// Our own token could not be issued.
    #[error("no token: {0}")]
    Token(String),
    /// We refused to send to this server: what its certificate proved
    /// fails the outbound policy, or the validator refuses the peer (killed,
    /// blocked).
    #[error("server refused before sending: {0}")]
    PeerRefused(A2aRejection),
    /// HTTP failure.
    #[error("http: {0}")]
    Http(String),
}

fn http_err(e: impl fmt::Display) -> A2aError {
    A2aError::Http(e.to_string())
}

/// Checks what both directions check after the policy: the token speaks for
/// the certificate's agent, and a bound token is bound to the certificate
/// presented.
fn check_peer_binding(provider: Provider, claims: &PeerClaims, peer: &Peer, require_bound: bool) -> Result<(), A2aRejection> {
    if claims.subject.as_deref().is_some_and(|s| s != peer.id().agent_id()) {
        return Err(reject("SUBJECT_MISMATCH"));
    }
    match check_binding(provider, claims.cnf_x5t_s256.as_deref(), peer.certificate_der()) {
        Ok(()) => Ok(()),
        Err(BindingError::Unbound) if !require_bound => Ok(()),
        Err(BindingError::Unbound) => Err(reject("TOKEN_NOT_BOUND")),
        Err(_) => Err(reject("TOKEN_BINDING_MISMATCH")),
    }
}

/// The server side of the A2A handshake.
pub struct A2aServer {
    acceptor: MtlsAcceptor,
    service: String,
    trust: Arc<TrustPolicy>,
    inbound: A2aPolicy,
    validator: Arc<dyn TokenValidator>,
    own_token: Arc<dyn TokenSource>,
    handler: Arc<dyn A2aHandler>,
    provider: Provider,
    require_bound_tokens: bool,
    limits: ServeLimits,
    observer: Option<Arc<dyn A2aObserver>>,
    handshakes: Arc<Semaphore>,
    per_ip: Arc<Mutex<HashMap<IpAddr, usize>>>,
    stats: Arc<Counters>,
}

/// The limits that keep one peer, or a flood of handshakes, from taking the
/// server down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServeLimits {
    /// TLS handshakes in progress at once (default 256); a connection
    /// beyond it is closed at once, before any TLS work.
    pub max_handshakes: usize,
    /// Open connections from one IP address (default 32).
    pub max_connections_per_ip: usize,
    /// Time a client has to send a request's headers (default 10 s): the
    /// slowloris bound after the handshake.
    pub header_read_timeout: Duration,
    /// A connection with no request in flight and no bytes either way for
    /// this long is closed (default 60 s).
    pub idle_timeout: Duration,
    /// Time a client has to send a request's body once its headers are in
    /// (default 30 s); past it the request is answered 408.
    pub body_read_timeout: Duration,
    /// IPv6 addresses share one per-IP count per prefix of this length
    /// (default 64, one host's usual block; 128 counts each address, for
    /// example when pods of one node share a /64).
    pub ipv6_prefix_len: u8,
}

impl Default for ServeLimits {
    fn default() -> Self {
        ServeLimits {
            max_handshakes: 256,
            max_connections_per_ip: 32,
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            body_read_timeout: Duration::from_secs(30),
            ipv6_prefix_len: 64,
        }
    }
}

#[derive(Debug, Default)]
struct Counters {
    accept_errors: AtomicU64,
    over_limit: AtomicU64,
    refused: AtomicU64,
    served: AtomicU64,
    throttled: AtomicU64,
}

/// What a running server has counted since it started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ServeStats {
    /// `accept` failures (for example EMFILE), each retried after a backoff.
    pub accept_errors: u64,
    /// Connections closed unserved because a handshake or per-IP cap was reached.
    pub over_limit: u64,
    /// Connections refused by the handshake or the connection-level trust policy.
    pub refused: u64,
    /// Connections served to their end.
    pub served: u64,
    /// Requests refused inside a rate penalty (429, counted, not recorded).
    pub throttled: u64,
}

/// The address a per-IP limit counts under: an IPv4 address (an
/// IPv4-mapped IPv6 address as its IPv4), or an IPv6 address's prefix of
/// `prefix_len` bits.
pub fn ip_group(ip: IpAddr, prefix_len: u8) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let keep = u32::from(prefix_len.min(128));
                let mask = u128::MAX.checked_shl(128 - keep).unwrap_or(0);
                IpAddr::V6(std::net::Ipv6Addr::from(u128::from(v6) & mask))
            }
        },
    }
}

/// One IP's share of [`ServeLimits::max_connections_per_ip`], given back on drop.
struct IpSlot {
    map: Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: IpAddr,
}

impl IpSlot {
    fn take(map: &Arc<Mutex<HashMap<IpAddr, usize>>>, ip: IpAddr, limits: &ServeLimits) -> Option<Self> {
        let (ip, max) = (ip_group(ip, limits.ipv6_prefix_len), limits.max_connections_per_ip);
        let mut m = map.lock().ok()?;
        let n = m.entry(ip).or_insert(0);
        if *n >= max {
            return None;
        }
        *n += 1;
        Some(IpSlot { map: Arc::clone(map), ip })
    }
}

impl Drop for IpSlot {
    fn drop(&mut self) {
        if let Ok(mut m) = self.map.lock()
            && let Some(n) = m.get_mut(&self.ip)
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                m.remove(&self.ip);
            }
        }
    }
}

/// An I/O stream that fails with `TimedOut` once no byte has moved either
/// way for `timeout` while no request is in flight.
struct IdleTimeout<IO> {
    io: IO,
    timeout: Duration,
    /// The timer, re-armed lazily: only when it fires is it moved to
    /// `last + timeout` (resetting a tokio timer on every read and write
    /// would cost more than the read).
    deadline: Pin<Box<Sleep>>,
    /// The last time a byte moved or a request was in flight.
    last: Instant,
    in_flight: Arc<AtomicUsize>,
}

impl<IO> IdleTimeout<IO> {
    fn new(io: IO, timeout: Duration, in_flight: Arc<AtomicUsize>) -> Self {
        IdleTimeout { io, timeout, deadline: Box::pin(tokio::time::sleep(timeout)), last: Instant::now(), in_flight }
    }

    fn touch(&mut self) {
        self.last = Instant::now();
    }

    /// Called when the inner stream is pending: has the connection idled out?
    fn expired(&mut self, cx: &mut Context<'_>) -> bool {
        if self.in_flight.load(Ordering::Acquire) > 0 {
            self.touch();
        }
        loop {
            if self.deadline.as_mut().poll(cx).is_pending() {
                return false;
            }
            let due = self.last + self.timeout;
            if due <= Instant::now() {
                return true;
            }
            // Activity since the timer was armed: wait for the rest.
            self.deadline.as_mut().reset(due);
        }
    }
}

fn idle_error() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::TimedOut, "connection idle")
}

impl<IO: AsyncRead + Unpin> AsyncRead for IdleTimeout<IO> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        match Pin::new(&mut self.io).poll_read(cx, buf) {
            Poll::Ready(r) => {
                self.touch();
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(idle_error())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<IO: AsyncWrite + Unpin> AsyncWrite for IdleTimeout<IO> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        match Pin::new(&mut self.io).poll_write(cx, buf) {
            Poll::Ready(r) => {
                self.touch();
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(idle_error())),
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

/// Counts a request in flight for [`IdleTimeout`].
struct InFlight(Arc<AtomicUsize>);

impl InFlight {
    fn enter(counter: &Arc<AtomicUsize>) -> Self {
        counter.fetch_add(1, Ordering::AcqRel);
        InFlight(Arc::clone(counter))
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Why a request path is not an action: the action is taken from the raw
/// path only when it is already in normal form, so that no proxy or
/// handler that normalizes paths can see another action than the policy
/// decided on.
fn action_of(path: &str) -> Result<&str, &'static str> {
    let action = path.strip_prefix('/').ok_or("path must start with /")?;
    if action.is_empty() {
        return Err("empty action");
    }
    for segment in action.split('/') {
        if segment.is_empty() {
            return Err("empty path segment");
        }
        if segment == "." || segment == ".." {
            return Err("dot segment");
        }
    }
    let bytes = action.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
                let decoded = hex.ok_or("bad percent escape")?;
                if decoded.is_ascii_alphanumeric() || b"-._~/\\%;".contains(&decoded) || decoded.is_ascii_control() {
                    return Err("percent-encoded unreserved or separator character");
                }
                i += 3;
            }
            b'\\' | b';' => return Err("backslash or semicolon in path"),
            _ if b.is_ascii_control() || b == b' ' || !b.is_ascii() => return Err("control, space or non-ASCII byte in path"),
            _ => i += 1,
        }
    }
    Ok(action)
}

impl fmt::Debug for A2aServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("A2aServer").field("service", &self.service).field("inbound", &self.inbound).finish_non_exhaustive()
    }
}

/// Builds an [`A2aServer`].
pub struct A2aServerBuilder {
    server: A2aServer,
}

impl fmt::Debug for A2aServerBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.server.fmt(f)
    }
}

impl A2aServerBuilder {
    /// The inbound policy (default: every requirement off).
    #[must_use]
    pub fn inbound(mut self, policy: A2aPolicy) -> Self {
        self.server.inbound = policy;
        self
    }

    /// Refuse tokens without a `cnf` certificate binding (default: on).
    /// Turning it off lets a token stolen from one agent be used over
    /// another agent's certificate; a bound token is always checked.
    #[must_use]
    pub fn require_bound_tokens(mut self, on: bool) -> Self {
        self.server.require_bound_tokens = on;
        self
    }

    /// The crypto provider for thumbprints (default: RustCrypto).
    #[must_use]
    pub fn provider(mut self, provider: Provider) -> Self {
        self.server.provider = provider;
        self
    }

    /// The connection limits (default [`ServeLimits::default`]).
    #[must_use]
    pub fn limits(mut self, limits: ServeLimits) -> Self {
        self.server.handshakes = Arc::new(Semaphore::new(limits.max_handshakes.max(1)));
        self.server.limits = limits;
        self
    }

    /// Records every call, accepted or refused (default: none).
    #[must_use]
    pub fn observer(mut self, observer: Arc<dyn A2aObserver>) -> Self {
        self.server.observer = Some(observer);
        self
    }

    /// The server.
    pub fn build(self) -> Arc<A2aServer> {
        Arc::new(self.server)
    }
}

/// 429 `RATE_LIMITED` without a token, closing the connection: the peer
/// pays a new handshake for its next try.
fn throttled() -> Response<Full<Bytes>> {
    let mut response = respond(StatusCode::TOO_MANY_REQUESTS, "", Err(&reject("RATE_LIMITED")), Bytes::new());
    response.headers_mut().insert(hyper::header::CONNECTION, HeaderValue::from_static("close"));
    response
}

fn respond(status: StatusCode, own_token: &str, outcome: Result<(), &A2aRejection>, body: Bytes) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = status;
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(own_token) {
        h.insert(TOKEN_HEADER, v);
    }
    h.insert(VALID_HEADER, HeaderValue::from_static(if outcome.is_ok() { "true" } else { "false" }));
    if let Err(e) = outcome
        && let Ok(v) = HeaderValue::from_str(&e.code)
    {
        h.insert(ERROR_HEADER, v);
    }
    response
}

impl A2aServer {
    /// A server for `service`: peers are checked against `trust`, tokens by
    /// `validator`; `own_token` supplies the token returned to callers.
    pub fn builder(
        acceptor: MtlsAcceptor,
        service: impl Into<String>,
        trust: Arc<TrustPolicy>,
        validator: Arc<dyn TokenValidator>,
        own_token: Arc<dyn TokenSource>,
        handler: Arc<dyn A2aHandler>,
    ) -> A2aServerBuilder {
        A2aServerBuilder {
            server: A2aServer {
                acceptor,
                service: service.into(),
                trust,
                inbound: A2aPolicy::default(),
                validator,
                own_token,
                handler,
                provider: aigos_crypto::default_provider(),
                require_bound_tokens: true,
                limits: ServeLimits::default(),
                observer: None,
                handshakes: Arc::new(Semaphore::new(ServeLimits::default().max_handshakes)),
                per_ip: Arc::default(),
                stats: Arc::default(),
            },
        }
    }

    /// What the server has counted so far.
    pub fn stats(&self) -> ServeStats {
        let c = &self.stats;
        ServeStats {
            accept_errors: c.accept_errors.load(Ordering::Relaxed),
            over_limit: c.over_limit.load(Ordering::Relaxed),
            refused: c.refused.load(Ordering::Relaxed),
            served: c.served.load(Ordering::Relaxed),
            throttled: c.throttled.load(Ordering::Relaxed),
        }
    }

    /// Serves one connection: handshake, connection-level trust, then its
    /// requests until the client closes it.
    ///
    /// # Errors
    /// [`A2aError::Mtls`] or [`A2aError::PeerNotAllowed`] when the peer is
    /// refused (the connection is closed), [`A2aError::Http`] on a broken
    /// connection.
    pub async fn serve_connection<IO>(self: &Arc<Self>, io: IO) -> Result<(), A2aError>
    where
        IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        self.serve_counted(io, None).await
    }

    async fn serve_counted<IO>(self: &Arc<Self>, io: IO, handshake: Option<OwnedSemaphorePermit>) -> Result<(), A2aError>
    where
        IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let in_flight = Arc::new(AtomicUsize::new(0));
        let io = IdleTimeout::new(io, self.limits.idle_timeout, Arc::clone(&in_flight));
        let accepted = self.acceptor.accept(io).await;
        drop(handshake);
        let (tls, peer) = accepted.inspect_err(|_| {
            self.stats.refused.fetch_add(1, Ordering::Relaxed);
        })?;
        if !self.trust.decide(&peer.id().to_string(), &self.service, None).allowed {
            self.stats.refused.fetch_add(1, Ordering::Relaxed);
            if let Some(o) = &self.observer {
                let event = A2aEvent::inbound(&peer, &self.service, "", "PEER_NOT_ALLOWED", StatusCode::FORBIDDEN);
                if let Err(e) = o.record(&event).await {
                    tracing::warn!(error = %e, "a2a: a refusal could not be recorded");
                }
            }
            return Err(A2aError::PeerNotAllowed { peer: peer.id().to_string(), service: self.service.clone() });
        }
        let this = Arc::clone(self);
        let peer = Arc::new(peer);
        let service = hyper::service::service_fn(move |req| {
            let (this, peer, busy) = (Arc::clone(&this), Arc::clone(&peer), InFlight::enter(&in_flight));
            async move {
                let response = this.answer(&peer, req).await;
                drop(busy);
                Ok::<_, Infallible>(response)
            }
        });
        let served = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(self.limits.header_read_timeout)
            .keep_alive(true)
            .serve_connection(TokioIo::new(tls), service)
            .await
            .map_err(http_err);
        self.stats.served.fetch_add(1, Ordering::Relaxed);
        served
    }

    /// Accepts connections, one task each, and never returns: an `accept`
    /// error (descriptor exhaustion, a connection reset before it was
    /// accepted) is logged, counted and retried after a backoff that grows
    /// from 5 ms to 1 s. A connection over [`ServeLimits::max_handshakes`]
    /// or [`ServeLimits::max_connections_per_ip`] is closed at once.
    ///
    /// # Errors
    /// None in practice; the result type is kept for callers that `?` it.
    pub async fn serve(self: Arc<Self>, listener: tokio::net::TcpListener) -> std::io::Result<()> {
        const FIRST: Duration = Duration::from_millis(5);
        let mut backoff = FIRST;
        loop {
            let (tcp, addr) = match listener.accept().await {
                Ok(accepted) => {
                    backoff = FIRST;
                    accepted
                }
                Err(e) => {
                    let errors = self.stats.accept_errors.fetch_add(1, Ordering::Relaxed) + 1;
                    tracing::warn!(error = %e, errors, retry_in_ms = backoff.as_millis(), "a2a: accept failed; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(1));
                    continue;
                }
            };
            let Some(slot) = IpSlot::take(&self.per_ip, addr.ip(), &self.limits) else {
                self.stats.over_limit.fetch_add(1, Ordering::Relaxed);
                continue;
            };
            let Ok(handshake) = Arc::clone(&self.handshakes).try_acquire_owned() else {
                self.stats.over_limit.fetch_add(1, Ordering::Relaxed);
                continue;
            };
            let this = Arc::clone(&self);
            tokio::spawn(async move {
                // A refused peer only ends its own connection.
                let _refused = this.serve_counted(tcp, Some(handshake)).await;
                drop(slot);
            });
        }
    }

    async fn answer(&self, peer: &Peer, req: Request<Incoming>) -> Response<Full<Bytes>> {
        let raw_path = req.uri().path().to_owned();
        // The peer first: over its rate, it gets 429 without a token signed
        // for it, the connection closed, and (inside a penalty) no record.
        let refusal = match self.validator.check_peer(peer).await {
            Ok(()) => None,
            Err(PeerRefusal::Throttled { first }) => {
                if !first {
                    self.stats.throttled.fetch_add(1, Ordering::Relaxed);
                    return throttled();
                }
                Some((StatusCode::TOO_MANY_REQUESTS, reject("RATE_LIMITED"), None))
            }
            Err(PeerRefusal::Refused(code)) => Some((StatusCode::FORBIDDEN, reject(&code), None)),
        };
        let admitted = match refusal {
            Some(refused) => Err(refused),
            None => self.admit(peer, req).await,
        };
        let own = self.own_token.token_for(peer.id()).unwrap_or_default();
        let (caller, request) = match admitted {
            Ok(admitted) => admitted,
            Err((status, rejection, action)) => {
                // A refusal is recorded best effort: it is refused either way.
                let event = A2aEvent::inbound(peer, &self.service, action.as_deref().unwrap_or(&raw_path), &rejection.code, status);
                if let Some(o) = &self.observer
                    && let Err(e) = o.record(&event).await
                {
                    tracing::warn!(error = %e, "a2a: a refusal could not be recorded");
                }
                if status == StatusCode::TOO_MANY_REQUESTS {
                    return throttled();
                }
                return respond(status, &own, Err(&rejection), Bytes::new());
            }
        };
        // An accepted call runs only once it is recorded.
        if let Some(o) = &self.observer {
            let event = A2aEvent::inbound(peer, &self.service, &caller.action, "SERVED", StatusCode::OK);
            if let Err(e) = o.record(&event).await {
                tracing::error!(error = %e, "a2a: the call could not be recorded; refused");
                return respond(StatusCode::SERVICE_UNAVAILABLE, &own, Err(&reject("AUDIT_UNAVAILABLE")), Bytes::new());
            }
        }
        let (parts_out, body_out) = self.handler.handle(&caller, request).await.into_parts();
        let mut response = respond(parts_out.status, &own, Ok(()), body_out);
        for (name, value) in &parts_out.headers {
            if !response.headers().contains_key(name) {
                response.headers_mut().insert(name.clone(), value.clone());
            }
        }
        response
    }

    /// Every check of one request after the peer's own, in order: path,
    /// trust policy, block lists on the certificate, token and inbound
    /// policy, binding, body size.
    async fn admit(
        &self,
        peer: &Peer,
        req: Request<Incoming>,
    ) -> Result<(A2aCaller, Request<Bytes>), (StatusCode, A2aRejection, Option<String>)> {
        let action = match action_of(req.uri().path()) {
            Ok(a) => a.to_owned(),
            Err(why) => {
                tracing::debug!(peer = %peer.id(), why, "a2a: path not in normal form");
                return Err((StatusCode::BAD_REQUEST, reject("PATH_NOT_NORMALIZED"), None));
            }
        };
        let forbidden = |e: A2aRejection| (StatusCode::FORBIDDEN, e, Some(action.clone()));
        if !self.trust.decide(&peer.id().to_string(), &self.service, Some(&action)).allowed {
            return Err(forbidden(reject("PEER_NOT_ALLOWED")));
        }
        // What the certificate proved, before any token is verified.
        self.inbound.check_proven(crate::ProvenPeer::of(peer)).map_err(forbidden)?;
        let (parts, body) = req.into_parts();
        let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let claims = self.inbound.check(&header, self.validator.as_ref(), crate::ProvenPeer::of(peer)).await.map_err(forbidden)?;
        check_peer_binding(self.provider, &claims, peer, self.require_bound_tokens).map_err(forbidden)?;
        let body = match tokio::time::timeout(self.limits.body_read_timeout, Limited::new(body, MAX_BODY).collect()).await {
            Ok(Ok(collected)) => collected.to_bytes(),
            Ok(Err(_)) => return Err((StatusCode::PAYLOAD_TOO_LARGE, reject("BODY_TOO_LARGE"), Some(action))),
            Err(_) => return Err((StatusCode::REQUEST_TIMEOUT, reject("BODY_TIMEOUT"), Some(action))),
        };
        Ok((A2aCaller { peer: peer.clone(), claims, action }, Request::from_parts(parts, body)))
    }
}

/// One A2A call as one side decided it: what an [`A2aObserver`] records.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct A2aEvent {
    /// `inbound` (a server deciding a caller's request) or `outbound` (a
    /// client checking a server's answer).
    pub direction: &'static str,
    /// The other side's SPIFFE ID (from its certificate).
    pub peer: String,
    /// The service (server side; empty on the client side).
    pub service: String,
    /// The action (the raw path when it was not in normal form).
    pub action: String,
    /// `SERVED` / `ANSWERED`, or the refusal code.
    pub outcome: String,
    /// The HTTP status.
    pub status: u16,
}

impl A2aEvent {
    fn inbound(peer: &Peer, service: &str, action: &str, outcome: &str, status: StatusCode) -> Self {
        A2aEvent {
            direction: "inbound",
            peer: peer.id().to_string(),
            service: service.to_owned(),
            action: action.chars().take(256).collect(),
            outcome: outcome.to_owned(),
            status: status.as_u16(),
        }
    }
}

/// Records every A2A call, accepted or refused (the facade writes them to
/// the audit log). On the server an accepted call is handled only once it
/// is recorded; a failure to record it answers 503 `AUDIT_UNAVAILABLE`.
#[async_trait::async_trait]
pub trait A2aObserver: Send + Sync {
    /// Records one call.
    ///
    /// # Errors
    /// Why it could not be recorded.
    async fn record(&self, event: &A2aEvent) -> Result<(), String>;
}

/// The client side of the A2A handshake.
#[derive(Clone)]
pub struct A2aClient {
    connector: MtlsConnector,
    outbound: A2aPolicy,
    validator: Arc<dyn TokenValidator>,
    own_token: Arc<dyn TokenSource>,
    provider: Provider,
    require_bound_tokens: bool,
    observer: Option<Arc<dyn A2aObserver>>,
}

impl fmt::Debug for A2aClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("A2aClient").field("outbound", &self.outbound).finish_non_exhaustive()
    }
}

/// An answer that passed the outbound checks.
#[derive(Debug, Clone)]
pub struct A2aResponse {
    /// HTTP status (never 403: that is [`A2aError::Rejected`]).
    pub status: StatusCode,
    /// The body.
    pub body: Bytes,
    /// The server's validated token claims.
    pub server: PeerClaims,
}

/// An open, checked connection to one agent.
pub struct A2aSession {
    sender: hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    peer: Peer,
    client: A2aClient,
}

impl fmt::Debug for A2aSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("A2aSession").field("peer", &self.peer.id().to_string()).finish_non_exhaustive()
    }
}

impl A2aClient {
    /// A client presenting `own_token`, validating servers' tokens with
    /// `validator` under `outbound`.
    pub fn new(connector: MtlsConnector, outbound: A2aPolicy, validator: Arc<dyn TokenValidator>, own_token: Arc<dyn TokenSource>) -> Self {
        A2aClient {
            connector,
            outbound,
            validator,
            own_token,
            provider: aigos_crypto::default_provider(),
            require_bound_tokens: true,
            observer: None,
        }
    }

    /// Records every call and its result (default: none).
    #[must_use]
    pub fn observer(mut self, observer: Arc<dyn A2aObserver>) -> Self {
        self.observer = Some(observer);
        self
    }

    /// Refuse server tokens without a `cnf` certificate binding (default: on).
    #[must_use]
    pub fn require_bound_tokens(mut self, on: bool) -> Self {
        self.require_bound_tokens = on;
        self
    }

    /// Runs the mTLS handshake (the server must be `expected`) and opens an
    /// HTTP/1.1 session on it.
    ///
    /// # Errors
    /// [`A2aError::Mtls`] (with [`MtlsError::UnexpectedPeer`] when another
    /// agent answered) or [`A2aError::Http`].
    pub async fn connect<IO>(&self, io: IO, expected: &SpiffeId) -> Result<A2aSession, A2aError>
    where
        IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        self.open(io, Some(expected)).await
    }

    /// Like [`A2aClient::connect`] but accepts any agent of the trust
    /// domain as the server: an explicit opt-out, for discovery tools only;
    /// an agent calling a peer should name it.
    ///
    /// # Errors
    /// As [`A2aClient::connect`].
    pub async fn connect_to_any_agent<IO>(&self, io: IO) -> Result<A2aSession, A2aError>
    where
        IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        tracing::info!("a2a: connecting without an expected server identity (explicit opt-out)");
        self.open(io, None).await
    }

    async fn open<IO>(&self, io: IO, expected: Option<&SpiffeId>) -> Result<A2aSession, A2aError>
    where
        IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let (tls, peer) = self.connector.connect(io, expected).await?;
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tls)).await.map_err(http_err)?;
        tokio::spawn(async move {
            // Ends when the session is dropped or the server closes.
            let _closed = connection.await;
        });
        Ok(A2aSession { sender, peer, client: self.clone() })
    }
}

impl A2aSession {
    /// The server's verified identity.
    pub fn peer(&self) -> &Peer {
        &self.peer
    }

    /// Calls `action` with `body` and checks the answer.
    ///
    /// # Errors
    /// [`A2aError::Rejected`] with the server's code on 403,
    /// [`A2aError::ServerRejected`] when the server's token fails the
    /// outbound policy, [`A2aError::Token`] or [`A2aError::Http`].
    pub async fn call(&mut self, action: &str, body: Bytes) -> Result<A2aResponse, A2aError> {
        let result = self.exchange(action, body).await;
        if let Some(o) = &self.client.observer {
            let (outcome, status) = match &result {
                Ok(r) => ("ANSWERED".to_owned(), r.status.as_u16()),
                Err(A2aError::Rejected(r)) => (r.code.clone(), 403),
                Err(A2aError::ServerRejected(r)) => (format!("SERVER_{}", r.code), 0),
                Err(A2aError::PeerRefused(r)) => (format!("NOT_SENT_{}", r.code), 0),
                Err(e) => (format!("ERROR: {e}"), 0),
            };
            let event = A2aEvent {
                direction: "outbound",
                peer: self.peer.id().to_string(),
                service: String::new(),
                action: action.chars().take(256).collect(),
                outcome,
                status,
            };
            if let Err(e) = o.record(&event).await {
                tracing::warn!(error = %e, "a2a: an outbound call could not be recorded");
            }
        }
        result
    }

    async fn exchange(&mut self, action: &str, body: Bytes) -> Result<A2aResponse, A2aError> {
        let c = &self.client;
        // Nothing is sent to a server we would refuse on its certificate alone.
        c.outbound.check_proven(crate::ProvenPeer::of(&self.peer)).map_err(A2aError::PeerRefused)?;
        c.validator.check_peer(&self.peer).await.map_err(|r| {
            A2aError::PeerRefused(match r {
                PeerRefusal::Refused(code) => reject(&code),
                PeerRefusal::Throttled { .. } => reject("RATE_LIMITED"),
            })
        })?;
        let token = c.own_token.token_for(self.peer.id()).map_err(A2aError::Token)?;
        let request = Request::post(format!("/{action}"))
            .header(hyper::header::HOST, self.peer.id().agent_id())
            .header(TOKEN_HEADER, token)
            .header(VERSION_HEADER, "1.0")
            .body(Full::new(body))
            .map_err(http_err)?;
        self.sender.ready().await.map_err(|e| self.broken(&e))?;
        let response = self.sender.send_request(request).await.map_err(|e| self.broken(&e))?;
        let (parts, body) = response.into_parts();
        let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        // Every refusal the server states (403, and 400, 408, 413, 429, 503
        // with the valid header false) is a rejection, whatever its status.
        if parts.status == StatusCode::FORBIDDEN || header(VALID_HEADER).as_deref() == Some("false") {
            let code = header(ERROR_HEADER).unwrap_or_else(|| parts.status.as_u16().to_string());
            return Err(A2aError::Rejected(reject(&code)));
        }
        let server_token = header(TOKEN_HEADER).unwrap_or_default();
        let server = c
            .outbound
            .check_token(&server_token, c.validator.as_ref(), crate::ProvenPeer::of(&self.peer))
            .await
            .map_err(A2aError::ServerRejected)?;
        check_peer_binding(c.provider, &server, &self.peer, c.require_bound_tokens).map_err(A2aError::ServerRejected)?;
        let body = Limited::new(body, MAX_BODY).collect().await.map_err(http_err)?.to_bytes();
        Ok(A2aResponse { status: parts.status, body, server })
    }

    /// A hyper error, with the TLS alert behind it when there is one (a
    /// server refusing our certificate after TLS 1.3 completed on our side).
    fn broken(&self, e: &hyper::Error) -> A2aError {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
        while let Some(s) = source {
            if let Some(io) = s.downcast_ref::<std::io::Error>() {
                return A2aError::Mtls(crate::classify_io_error(io));
            }
            source = s.source();
        }
        A2aError::Http(e.to_string())
    }
}

#[cfg(test)]
mod limit_tests {
    use super::*;

    #[test]
    fn an_ipv6_host_counts_as_its_64_and_a_mapped_ipv4_as_itself() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:ffff:ffff:ffff".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(ip_group(a, 64), ip_group(b, 64), "one /64");
        assert_ne!(ip_group(a, 64), ip_group(other, 64), "positive control: another /64");
        assert_ne!(ip_group(a, 128), ip_group(b, 128), "each address with /128");
        assert_eq!(ip_group(a, 0), ip_group(other, 0));
        assert_eq!(ip_group("::ffff:192.0.2.7".parse().unwrap(), 64), "192.0.2.7".parse::<IpAddr>().unwrap());
        assert_eq!(ip_group("192.0.2.7".parse().unwrap(), 64), "192.0.2.7".parse::<IpAddr>().unwrap());
        let map = Arc::new(Mutex::new(HashMap::new()));
        let limits = ServeLimits { max_connections_per_ip: 1, ..ServeLimits::default() };
        let first = IpSlot::take(&map, a, &limits).unwrap();
        assert!(IpSlot::take(&map, b, &limits).is_none(), "the same /64 is over its cap");
        drop(first);
        assert!(IpSlot::take(&map, b, &limits).is_some(), "given back on drop");
    }

    #[test]
    fn paths_in_normal_form_only() {
        assert_eq!(action_of("/charge.card"), Ok("charge.card"));
        assert_eq!(action_of("/reports/2026/q4"), Ok("reports/2026/q4"));
        assert_eq!(action_of("/charge.card%20eu"), Ok("charge.card%20eu"));
        for bad in [
            "", "charge", "/", "//a", "/a/", "/a/./b", "/a/../b", "/%2e", "/a%2Fb", "/a%5cb", "/a%25", "/a%3bb", "/a;b", "/a\\b", "/a b",
            "/\u{e9}", "/a%2", "/a%zz",
        ] {
            assert!(action_of(bad).is_err(), "{bad:?}");
        }
    }
}
