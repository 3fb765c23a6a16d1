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

use std::{convert::Infallible, fmt, sync::Arc};

use aigos_crypto::Provider;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::{Request, Response, StatusCode, body::Incoming, header::HeaderValue};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};

use crate::{
    A2aPolicy, A2aRejection, BindingError, ERROR_HEADER, MtlsAcceptor, MtlsConnector, MtlsError, Peer, PeerClaims, SpiffeId, TOKEN_HEADER,
    TokenValidator, TrustPolicy, VALID_HEADER, VERSION_HEADER, a2a::reject, check_binding,
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

    /// Refuse tokens without a `cnf` certificate binding (default: off; a
    /// bound token is always checked).
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

    /// The server.
    pub fn build(self) -> Arc<A2aServer> {
        Arc::new(self.server)
    }
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
                require_bound_tokens: false,
            },
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
        let (tls, peer) = self.acceptor.accept(io).await?;
        if !self.trust.decide(&peer.id().to_string(), &self.service, None).allowed {
            return Err(A2aError::PeerNotAllowed { peer: peer.id().to_string(), service: self.service.clone() });
        }
        let this = Arc::clone(self);
        let peer = Arc::new(peer);
        let service = hyper::service::service_fn(move |req| {
            let (this, peer) = (Arc::clone(&this), Arc::clone(&peer));
            async move { Ok::<_, Infallible>(this.answer(&peer, req).await) }
        });
        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(tls), service).await.map_err(http_err)
    }

    /// Accepts connections until the listener fails, one task each.
    ///
    /// # Errors
    /// The listener's error.
    pub async fn serve(self: Arc<Self>, listener: tokio::net::TcpListener) -> std::io::Result<()> {
        loop {
            let (tcp, _) = listener.accept().await?;
            let this = Arc::clone(&self);
            tokio::spawn(async move {
                // A refused peer only ends its own connection.
                let _refused = this.serve_connection(tcp).await;
            });
        }
    }

    async fn answer(&self, peer: &Peer, req: Request<Incoming>) -> Response<Full<Bytes>> {
        let own = self.own_token.token_for(peer.id()).unwrap_or_default();
        let forbidden = |e: A2aRejection| respond(StatusCode::FORBIDDEN, &own, Err(&e), Bytes::new());
        let action = req.uri().path().trim_start_matches('/').to_owned();
        if !self.trust.decide(&peer.id().to_string(), &self.service, Some(&action)).allowed {
            return forbidden(reject("PEER_NOT_ALLOWED"));
        }
        let (parts, body) = req.into_parts();
        let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let claims = match self.inbound.check(&header, self.validator.as_ref(), peer.organization()).await {
            Ok(c) => c,
            Err(e) => return forbidden(e),
        };
        if let Err(e) = check_peer_binding(self.provider, &claims, peer, self.require_bound_tokens) {
            return forbidden(e);
        }
        let Ok(body) = Limited::new(body, MAX_BODY).collect().await.map(http_body_util::Collected::to_bytes) else {
            return respond(StatusCode::PAYLOAD_TOO_LARGE, &own, Err(&reject("BODY_TOO_LARGE")), Bytes::new());
        };
        let caller = A2aCaller { peer: peer.clone(), claims, action };
        let (parts_out, body_out) = self.handler.handle(&caller, Request::from_parts(parts, body)).await.into_parts();
        let mut response = respond(parts_out.status, &own, Ok(()), body_out);
        for (name, value) in &parts_out.headers {
            if !response.headers().contains_key(name) {
                response.headers_mut().insert(name.clone(), value.clone());
            }
        }
        response
    }
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
        A2aClient { connector, outbound, validator, own_token, provider: aigos_crypto::default_provider(), require_bound_tokens: false }
    }

    /// Refuse server tokens without a `cnf` certificate binding.
    #[must_use]
    pub fn require_bound_tokens(mut self, on: bool) -> Self {
        self.require_bound_tokens = on;
        self
    }

    /// Runs the mTLS handshake (the server must be `expected` when given)
    /// and opens an HTTP/1.1 session on it.
    ///
    /// # Errors
    /// [`A2aError::Mtls`] or [`A2aError::Http`].
    pub async fn connect<IO>(&self, io: IO, expected: Option<&SpiffeId>) -> Result<A2aSession, A2aError>
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
        let c = &self.client;
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
        if parts.status == StatusCode::FORBIDDEN {
            let code = header(ERROR_HEADER).unwrap_or_else(|| "FORBIDDEN".into());
            return Err(A2aError::Rejected(reject(&code)));
        }
        let server_token = header(TOKEN_HEADER).unwrap_or_default();
        let server = c
            .outbound
            .check_token(&server_token, c.validator.as_ref(), self.peer.organization())
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
