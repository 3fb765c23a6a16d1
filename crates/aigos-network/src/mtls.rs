//! Mutual TLS between agents: TLS 1.3 only, both sides present a certificate
//! that chains to the configured trust bundle, and each side's identity is
//! the single SPIFFE ID (`spiffe://TRUST-DOMAIN/agent/AGENT-ID`) in its
//! certificate's URI SAN.
//!
//! The SPIFFE checks run inside the rustls verifiers, so a peer with zero or
//! several SPIFFE IDs, or one from another trust domain, fails the handshake
//! with an alert instead of being dropped after it. Server certificates are
//! not matched against a DNS name: the SPIFFE ID is the name.

use std::{fmt, sync::Arc, time::Duration};

use rustls::{
    CertificateError, DigitallySignedStruct, DistinguishedName, OtherError, SignatureScheme,
    client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier},
    crypto::{CryptoProvider, WebPkiSupportedAlgorithms, verify_tls12_signature, verify_tls13_signature},
    server::danger::{ClientCertVerified, ClientCertVerifier},
};
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime, pem::PemObject};
use tokio::io::{AsyncRead, AsyncWrite};

use crate::pki::{Anchors, ChainVerifier, Revocation, Usage, organizations_of};

/// Why a connection, a certificate or a configuration was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MtlsError {
    /// The peer's certificate does not chain to the trust bundle.
    #[error("certificate is not issued by a trusted authority")]
    UnknownIssuer,
    /// The peer's certificate has expired.
    #[error("certificate has expired")]
    Expired,
    /// The peer's certificate is not valid yet.
    #[error("certificate is not valid yet")]
    NotYetValid,
    /// The client presented no certificate.
    #[error("no client certificate was presented")]
    MissingClientCertificate,
    /// The certificate carries no SPIFFE ID.
    #[error("certificate carries no SPIFFE ID")]
    NoSpiffeId,
    /// The certificate carries more than one SPIFFE ID.
    #[error("certificate carries {0} SPIFFE IDs, exactly one is allowed")]
    SeveralSpiffeIds(usize),
    /// A SPIFFE ID that is malformed or not of the `agent/ID` form.
    #[error("invalid SPIFFE ID {id:?}: {reason}")]
    InvalidSpiffeId {
        /// The offending value.
        id: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The peer belongs to another trust domain.
    #[error("peer is in trust domain {found:?}, expected {expected:?}")]
    WrongTrustDomain {
        /// The configured trust domain.
        expected: String,
        /// The peer's.
        found: String,
    },
    /// The server is not the agent the client asked for.
    #[error("connected to {found}, expected {expected}")]
    UnexpectedPeer {
        /// The expected identity.
        expected: String,
        /// The server's.
        found: String,
    },
    /// The other side refused the handshake (TLS alert).
    #[error("peer refused the handshake: {0}")]
    PeerRefused(String),
    /// Any other certificate problem (bad encoding, signature, usage ...).
    #[error("certificate rejected: {0}")]
    Certificate(String),
    /// The handshake did not finish in time.
    #[error("handshake timed out")]
    Timeout,
    /// Bad PEM or configuration.
    #[error("configuration: {0}")]
    Config(String),
    /// Transport or protocol failure.
    #[error("tls: {0}")]
    Tls(String),
    /// The certificate is revoked (a CRL or the deny list names it).
    #[error("certificate is revoked: {0}")]
    Revoked(String),
    /// The revocation lists could not be read; every certificate is refused
    /// until they can (fail closed).
    #[error("revocation lists unavailable: {0}")]
    RevocationUnavailable(String),
    /// A constraint of an issuing authority (path length, name constraints)
    /// is violated.
    #[error("issuer constraint violated: {0}")]
    ConstraintViolated(String),
    /// The certificate's key usage or extended key usage does not allow its
    /// role in the handshake.
    #[error("key usage: {0}")]
    KeyUsage(String),
    /// The certificate must carry exactly one URI SAN.
    #[error("certificate carries {0} URI SANs, exactly one is allowed")]
    SeveralUris(usize),
}

/// A SPIFFE ID of the form `spiffe://TRUST-DOMAIN/agent/AGENT-ID`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SpiffeId {
    trust_domain: String,
    agent: String,
}

impl SpiffeId {
    /// Builds and validates an ID from its parts.
    ///
    /// # Errors
    /// [`MtlsError::InvalidSpiffeId`].
    pub fn new(trust_domain: &str, agent: &str) -> Result<Self, MtlsError> {
        Self::parse(&format!("spiffe://{trust_domain}/agent/{agent}"))
    }

    /// Parses `spiffe://TRUST-DOMAIN/agent/AGENT-ID` following the SPIFFE ID
    /// rules (lower-case trust domain of `[a-z0-9._-]`, path segments of
    /// `[A-Za-z0-9._-]`, no `.`/`..`, no port, user info, query or fragment)
    /// and the aigos agent-id rules.
    ///
    /// # Errors
    /// [`MtlsError::InvalidSpiffeId`].
    pub fn parse(id: &str) -> Result<Self, MtlsError> {
        let bad = |reason| MtlsError::InvalidSpiffeId { id: id.chars().take(256).collect(), reason };
        if id.len() > 2048 {
            return Err(bad("longer than 2048 bytes"));
        }
        let rest = id.strip_prefix("spiffe://").ok_or_else(|| bad("scheme must be spiffe://"))?;
        let (domain, path) = rest.split_once('/').ok_or_else(|| bad("no path"))?;
        if domain.is_empty() || domain.len() > 255 {
            return Err(bad("trust domain must be 1 to 255 bytes"));
        }
        if !domain.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b)) {
            return Err(bad("trust domain may hold only a-z 0-9 . _ -"));
        }
        let segments: Vec<&str> = path.split('/').collect();
        for s in &segments {
            if s.is_empty() || *s == "." || *s == ".." {
                return Err(bad("empty, . or .. path segment"));
            }
            if !s.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)) {
                return Err(bad("path may hold only A-Z a-z 0-9 . _ -"));
            }
        }
        let [kind, agent] = segments.as_slice() else { return Err(bad("path must be /agent/AGENT-ID")) };
        if *kind != "agent" {
            return Err(bad("path must be /agent/AGENT-ID"));
        }
        aigos_core::AgentId::new(*agent).map_err(|_| bad("not a valid agent id"))?;
        Ok(SpiffeId { trust_domain: domain.to_owned(), agent: (*agent).to_owned() })
    }

    /// The trust domain.
    pub fn trust_domain(&self) -> &str {
        &self.trust_domain
    }

    /// The agent id.
    pub fn agent_id(&self) -> &str {
        &self.agent
    }
}

impl fmt::Display for SpiffeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "spiffe://{}/agent/{}", self.trust_domain, self.agent)
    }
}

/// The SPIFFE ID of a DER certificate: exactly one `spiffe://` URI SAN.
///
/// # Errors
/// [`MtlsError::NoSpiffeId`], [`MtlsError::SeveralSpiffeIds`],
/// [`MtlsError::InvalidSpiffeId`] or [`MtlsError::Certificate`] for bad DER.
pub fn spiffe_id_of(certificate_der: &[u8]) -> Result<SpiffeId, MtlsError> {
    let (_, cert) = x509_parser::parse_x509_certificate(certificate_der).map_err(|e| MtlsError::Certificate(e.to_string()))?;
    let san = cert.subject_alternative_name().map_err(|e| MtlsError::Certificate(e.to_string()))?;
    let uris: Vec<&str> = san
        .iter()
        .flat_map(|ext| ext.value.general_names.iter())
        .filter_map(|n| match n {
            x509_parser::extensions::GeneralName::URI(u) => Some(*u),
            _ => None,
        })
        // The scheme is case-insensitive in URIs; count every spelling so a
        // second ID cannot hide as SPIFFE://.
        .filter(|u| is_spiffe_uri(u))
        .collect();
    match uris.as_slice() {
        [] => Err(MtlsError::NoSpiffeId),
        [one] => SpiffeId::parse(one),
        many => Err(MtlsError::SeveralSpiffeIds(many.len())),
    }
}

/// Whether a URI's scheme is `spiffe` in any letter case (byte-wise: a
/// non-ASCII URI from a mis-issuing CA is no reason to panic).
pub(crate) fn is_spiffe_uri(uri: &str) -> bool {
    uri.as_bytes().get(..7).is_some_and(|p| p.eq_ignore_ascii_case(b"spiffe:"))
}

/// The subject organization (O) of a DER certificate, when it has exactly one
/// (in any string encoding). The issuing authority vouches for it, so it
/// can prove membership where a token's claim cannot. For block lists use
/// [`organizations_of`], which returns every O value.
pub fn organization_of(certificate_der: &[u8]) -> Option<String> {
    let mut orgs = organizations_of(certificate_der).ok()?;
    if orgs.len() == 1 { orgs.pop() } else { None }
}

fn identity_in(trust_domain: &str, certificate_der: &[u8]) -> Result<SpiffeId, MtlsError> {
    let id = spiffe_id_of(certificate_der)?;
    if id.trust_domain != trust_domain {
        return Err(MtlsError::WrongTrustDomain { expected: trust_domain.to_owned(), found: id.trust_domain });
    }
    Ok(id)
}

fn rejected(e: MtlsError) -> rustls::Error {
    rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(Arc::new(e))))
}

/// Maps a handshake error to the typed error.
fn classify(e: &std::io::Error) -> MtlsError {
    let Some(tls) = e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) else {
        return MtlsError::Tls(e.to_string());
    };
    match tls {
        rustls::Error::InvalidCertificate(c) => match c {
            CertificateError::UnknownIssuer => MtlsError::UnknownIssuer,
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => MtlsError::Expired,
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => MtlsError::NotYetValid,
            CertificateError::Other(OtherError(inner)) => {
                inner.downcast_ref::<MtlsError>().cloned().unwrap_or_else(|| MtlsError::Certificate(inner.to_string()))
            }
            other => MtlsError::Certificate(format!("{other:?}")),
        },
        rustls::Error::NoCertificatesPresented => MtlsError::MissingClientCertificate,
        rustls::Error::AlertReceived(alert) => MtlsError::PeerRefused(format!("{alert:?}")),
        other => MtlsError::Tls(other.to_string()),
    }
}

/// Maps an I/O error on an established stream (for example the alert a
/// server sends after the client's TLS 1.3 handshake finished) to the typed
/// error.
pub fn classify_io_error(e: &std::io::Error) -> MtlsError {
    classify(e)
}

/// An agent's own identity and the authorities it trusts.
#[derive(Clone)]
pub struct MtlsSettings {
    trust_domain: String,
    identity: SpiffeId,
    chain: Vec<CertificateDer<'static>>,
    key: Arc<PrivateKeyDer<'static>>,
    anchors: Arc<Anchors>,
    revocation: Option<Arc<Revocation>>,
    handshake_timeout: Duration,
}

impl fmt::Debug for MtlsSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MtlsSettings")
            .field("identity", &self.identity.to_string())
            .field("roots", &self.anchors.len())
            .field("revocation", &self.revocation)
            .field("handshake_timeout", &self.handshake_timeout)
            .finish_non_exhaustive()
    }
}

impl MtlsSettings {
    /// Loads the agent's certificate chain (leaf first), its private key
    /// (PKCS#8, SEC1 or PKCS#1 PEM) and the trust bundle (one or more CA
    /// certificates). The leaf must carry a SPIFFE ID in `trust_domain`.
    ///
    /// # Errors
    /// [`MtlsError::Config`] for bad PEM or an empty bundle, or the leaf's
    /// identity error.
    pub fn from_pem(trust_domain: &str, chain_pem: &[u8], key_pem: &[u8], trust_bundle_pem: &[u8]) -> Result<Self, MtlsError> {
        let cfg = |what: &str, e: &dyn fmt::Display| MtlsError::Config(format!("{what}: {e}"));
        let chain = CertificateDer::pem_slice_iter(chain_pem).collect::<Result<Vec<_>, _>>().map_err(|e| cfg("certificate chain", &e))?;
        let leaf = chain.first().ok_or_else(|| MtlsError::Config("certificate chain is empty".into()))?;
        let identity = identity_in(trust_domain, leaf)?;
        let key = PrivateKeyDer::from_pem_slice(key_pem).map_err(|e| cfg("private key", &e))?;
        let cas = CertificateDer::pem_slice_iter(trust_bundle_pem).collect::<Result<Vec<_>, _>>().map_err(|e| cfg("trust bundle", &e))?;
        let anchors = Anchors::new(&cas)?;
        Ok(MtlsSettings {
            trust_domain: trust_domain.to_owned(),
            identity,
            chain,
            key: Arc::new(key),
            anchors: Arc::new(anchors),
            revocation: None,
            handshake_timeout: Duration::from_secs(10),
        })
    }

    /// Checks every peer certificate against these revocation lists (CRLs
    /// and a deny list, re-read when they change).
    #[must_use]
    pub fn with_revocation(mut self, revocation: Revocation) -> Self {
        self.revocation = Some(Arc::new(revocation));
        self
    }

    fn chain_verifier(&self, provider: &CryptoProvider) -> ChainVerifier {
        ChainVerifier {
            anchors: Arc::clone(&self.anchors),
            revocation: self.revocation.clone(),
            algorithms: provider.signature_verification_algorithms,
        }
    }

    /// Sets the handshake timeout (default 10 s): a peer that stalls the
    /// handshake is dropped.
    #[must_use]
    pub fn with_handshake_timeout(mut self, timeout: Duration) -> Self {
        self.handshake_timeout = timeout;
        self
    }

    /// This agent's own identity.
    pub fn identity(&self) -> &SpiffeId {
        &self.identity
    }

    /// This agent's own certificate (DER), e.g. for the `cnf` binding of
    /// the tokens it presents.
    pub fn certificate_der(&self) -> &[u8] {
        self.chain.first().map_or(&[], |c| c.as_ref())
    }

    fn provider() -> Arc<CryptoProvider> {
        Arc::new(rustls::crypto::aws_lc_rs::default_provider())
    }
}

/// The verified identity of the other side of a connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    id: SpiffeId,
    organizations: Vec<String>,
    certificate: CertificateDer<'static>,
}

impl Peer {
    fn from_certs(trust_domain: &str, certs: Option<&[CertificateDer<'static>]>) -> Result<Self, MtlsError> {
        let leaf = certs.and_then(<[_]>::first).ok_or(MtlsError::MissingClientCertificate)?;
        Ok(Peer { id: identity_in(trust_domain, leaf)?, organizations: organizations_of(leaf)?, certificate: leaf.clone() })
    }

    /// The peer's SPIFFE ID.
    pub fn id(&self) -> &SpiffeId {
        &self.id
    }

    /// The organization its certificate names (vouched for by the CA), when
    /// it names exactly one: what a trust decision may use.
    pub fn organization(&self) -> Option<&str> {
        match self.organizations.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Every organization (O) its certificate names: what a block list must
    /// be matched against.
    pub fn organizations(&self) -> &[String] {
        &self.organizations
    }

    /// The DER certificate the peer presented (for [`crate::check_binding`]).
    pub fn certificate_der(&self) -> &[u8] {
        &self.certificate
    }
}

/// The TLS 1.3 handshake signature checks both verifiers share.
fn handshake_signature(
    algorithms: &WebPkiSupportedAlgorithms,
    tls13: bool,
    message: &[u8],
    cert: &CertificateDer<'_>,
    dss: &DigitallySignedStruct,
) -> Result<HandshakeSignatureValid, rustls::Error> {
    if tls13 { verify_tls13_signature(message, cert, dss, algorithms) } else { verify_tls12_signature(message, cert, dss, algorithms) }
}

/// Client certificates: the chain (webpki plus [`ChainVerifier`]'s checks,
/// `clientAuth` usage) and the SPIFFE identity.
#[derive(Debug)]
struct SpiffeClientVerifier {
    chain: ChainVerifier,
    trust_domain: String,
}

impl ClientCertVerifier for SpiffeClientVerifier {
    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        self.chain.anchors.hints()
    }

    fn client_auth_mandatory(&self) -> bool {
        true
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
    ) -> Result<ClientCertVerified, rustls::Error> {
        self.chain.verify(end_entity, intermediates, now, Usage::Client).map_err(rejected)?;
        identity_in(&self.trust_domain, end_entity).map_err(rejected)?;
        Ok(ClientCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        handshake_signature(&self.chain.algorithms, false, message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        handshake_signature(&self.chain.algorithms, true, message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.chain.algorithms.supported_schemes()
    }
}

/// Server certificates: the chain (`serverAuth` usage) without a DNS-name
/// match, and the SPIFFE identity (the expected agent is checked after the
/// handshake).
#[derive(Debug)]
struct SpiffeServerVerifier {
    chain: ChainVerifier,
    trust_domain: String,
}

impl ServerCertVerifier for SpiffeServerVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.chain.verify(end_entity, intermediates, now, Usage::Server).map_err(rejected)?;
        identity_in(&self.trust_domain, end_entity).map_err(rejected)?;
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        handshake_signature(&self.chain.algorithms, false, message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        handshake_signature(&self.chain.algorithms, true, message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.chain.algorithms.supported_schemes()
    }
}

/// What both ends of a connection share: the trust domain its peer must
/// belong to and the handshake's time limit.
#[derive(Debug, Clone)]
struct Endpoint {
    trust_domain: String,
    timeout: Duration,
}

impl Endpoint {
    fn new(settings: &MtlsSettings) -> Self {
        Endpoint { trust_domain: settings.trust_domain.clone(), timeout: settings.handshake_timeout }
    }

    /// Runs a rustls handshake under the time limit and identifies the peer.
    async fn handshake<S>(
        &self,
        handshake: impl std::future::Future<Output = std::io::Result<S>>,
        certificates: impl FnOnce(&S) -> Option<&[CertificateDer<'static>]>,
    ) -> Result<(S, Peer), MtlsError> {
        let stream = tokio::time::timeout(self.timeout, handshake).await.map_err(|_| MtlsError::Timeout)?.map_err(|e| classify(&e))?;
        let peer = Peer::from_certs(&self.trust_domain, certificates(&stream))?;
        Ok((stream, peer))
    }
}

/// Server side: accepts TLS 1.3 connections from agents with a certificate
/// of the trust domain.
#[derive(Clone)]
pub struct MtlsAcceptor {
    inner: tokio_rustls::TlsAcceptor,
    endpoint: Endpoint,
}

impl fmt::Debug for MtlsAcceptor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MtlsAcceptor").field("trust_domain", &self.endpoint.trust_domain).finish_non_exhaustive()
    }
}

impl MtlsAcceptor {
    /// An acceptor presenting `settings`' certificate.
    ///
    /// # Errors
    /// [`MtlsError::Config`] when rustls refuses the key or certificates.
    pub fn new(settings: &MtlsSettings) -> Result<Self, MtlsError> {
        let provider = MtlsSettings::provider();
        let verifier =
            Arc::new(SpiffeClientVerifier { chain: settings.chain_verifier(&provider), trust_domain: settings.trust_domain.clone() });
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_protocol_versions(&[&rustls::version::TLS13])
            .map_err(|e| MtlsError::Config(e.to_string()))?
            .with_client_cert_verifier(verifier)
            .with_single_cert(settings.chain.clone(), settings.key.clone_key())
            .map_err(|e| MtlsError::Config(e.to_string()))?;
        Ok(MtlsAcceptor { inner: tokio_rustls::TlsAcceptor::from(Arc::new(config)), endpoint: Endpoint::new(settings) })
    }

    /// Runs the handshake on an accepted stream and returns the TLS stream
    /// with the client's verified identity.
    ///
    /// # Errors
    /// The typed reason the client was refused.
    pub async fn accept<IO>(&self, io: IO) -> Result<(tokio_rustls::server::TlsStream<IO>, Peer), MtlsError>
    where
        IO: AsyncRead + AsyncWrite + Unpin,
    {
        self.endpoint.handshake(self.inner.accept(io), |s| s.get_ref().1.peer_certificates()).await
    }
}

/// Client side: connects to agents whose certificate is of the trust domain.
#[derive(Clone)]
pub struct MtlsConnector {
    inner: tokio_rustls::TlsConnector,
    endpoint: Endpoint,
}

impl fmt::Debug for MtlsConnector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MtlsConnector").field("trust_domain", &self.endpoint.trust_domain).finish_non_exhaustive()
    }
}

impl MtlsConnector {
    /// A connector presenting `settings`' certificate.
    ///
    /// # Errors
    /// [`MtlsError::Config`] when rustls refuses the key or certificates.
    pub fn new(settings: &MtlsSettings) -> Result<Self, MtlsError> {
        let provider = MtlsSettings::provider();
        let verifier =
            Arc::new(SpiffeServerVerifier { chain: settings.chain_verifier(&provider), trust_domain: settings.trust_domain.clone() });
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_protocol_versions(&[&rustls::version::TLS13])
            .map_err(|e| MtlsError::Config(e.to_string()))?
            .dangerous() // only to replace DNS-name matching by the SPIFFE check; the chain is verified
            .with_custom_certificate_verifier(verifier)
            .with_client_auth_cert(settings.chain.clone(), settings.key.clone_key())
            .map_err(|e| MtlsError::Config(e.to_string()))?;
        Ok(MtlsConnector { inner: tokio_rustls::TlsConnector::from(Arc::new(config)), endpoint: Endpoint::new(settings) })
    }

    /// Runs the handshake on a connected stream. When `expected` is given
    /// the server must be that agent.
    ///
    /// # Errors
    /// The typed reason the server was refused.
    pub async fn connect<IO>(&self, io: IO, expected: Option<&SpiffeId>) -> Result<(tokio_rustls::client::TlsStream<IO>, Peer), MtlsError>
    where
        IO: AsyncRead + AsyncWrite + Unpin,
    {
        // SNI carries the expected agent where known; it is not used for verification.
        let sni = match expected {
            Some(id) => format!("{}.{}", id.agent.to_ascii_lowercase().replace('_', "-"), id.trust_domain.replace('_', "-")),
            None => self.endpoint.trust_domain.replace('_', "-"),
        };
        let name = ServerName::try_from(sni).unwrap_or_else(|_| ServerName::IpAddress(std::net::Ipv4Addr::UNSPECIFIED.into()));
        let (stream, peer) = self.endpoint.handshake(self.inner.connect(name, io), |s| s.get_ref().1.peer_certificates()).await?;
        if let Some(expected) = expected
            && &peer.id != expected
        {
            return Err(MtlsError::UnexpectedPeer { expected: expected.to_string(), found: peer.id.to_string() });
        }
        Ok((stream, peer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_non_ascii_uri_is_no_spiffe_id_and_no_panic() {
        assert!(is_spiffe_uri("spiffe://corp.example/agent/a"));
        assert!(is_spiffe_uri("SPIFFE://corp.example/agent/a"));
        for other in ["spiffe\u{e9}://x", "spiff\u{e9}://x", "\u{e9}", "", "spiffe", "https://x"] {
            assert!(!is_spiffe_uri(other), "{other:?}");
        }
    }

    #[test]
    fn spiffe_ids_follow_the_spec_and_the_agent_form() {
        let id = SpiffeId::parse("spiffe://corp.example/agent/billing-eu").unwrap();
        assert_eq!((id.trust_domain(), id.agent_id()), ("corp.example", "billing-eu"));
        assert_eq!(id.to_string(), "spiffe://corp.example/agent/billing-eu");
        assert_eq!(SpiffeId::new("corp.example", "billing-eu").unwrap(), id);
        for bad in [
            "https://corp.example/agent/a",
            "SPIFFE://corp.example/agent/a",
            "spiffe://Corp.example/agent/a",
            "spiffe://corp.example:443/agent/a",
            "spiffe://user@corp.example/agent/a",
            "spiffe://corp.example",
            "spiffe://corp.example/",
            "spiffe:///agent/a",
            "spiffe://corp.example/agent/a/",
            "spiffe://corp.example/agent//a",
            "spiffe://corp.example/agent/../a",
            "spiffe://corp.example/agent/a?x=1",
            "spiffe://corp.example/agent/a#f",
            "spiffe://corp.example/agent/a%2Fb",
            "spiffe://corp.example/service/a",
            "spiffe://corp.example/agent/a/b",
            "spiffe://corp.example/agent",
        ] {
            assert!(matches!(SpiffeId::parse(bad), Err(MtlsError::InvalidSpiffeId { .. })), "{bad} accepted");
        }
        assert!(SpiffeId::parse(&format!("spiffe://{}/agent/a", "a".repeat(256))).is_err());
    }
}
