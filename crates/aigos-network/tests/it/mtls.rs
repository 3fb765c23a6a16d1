//! Real TLS 1.3 handshakes on loopback.

use std::sync::Arc;

use aigos_network::{DevCa, MtlsAcceptor, MtlsConnector, MtlsError, MtlsSettings, Peer, SpiffeId, check_binding, spiffe_id_of, x5t_s256};
use time::{Duration, OffsetDateTime};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
};

use crate::certs::{Leaf, TD, ca, settings};

pub(crate) fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// Runs one handshake between a server with `server` and a client with
/// `client` settings; returns both sides' results.
pub(crate) async fn handshake(server: &MtlsSettings, client: &MtlsSettings) -> (Result<Peer, MtlsError>, Result<Peer, MtlsError>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = MtlsAcceptor::new(server).unwrap();
    let server_side = tokio::spawn(async move {
        let (tcp, _) = listener.accept().await.unwrap();
        match acceptor.accept(tcp).await {
            Ok((mut tls, peer)) => {
                // Prove the channel works: answer with the peer's identity.
                tls.write_all(peer.id().to_string().as_bytes()).await.unwrap();
                tls.shutdown().await.unwrap();
                Ok(peer)
            }
            Err(e) => Err(e),
        }
    });
    let connector = MtlsConnector::new(client).unwrap();
    let tcp = TcpStream::connect(addr).await.unwrap();
    let client_side = match connector.connect(tcp, None).await {
        Ok((mut tls, peer)) => {
            let mut echoed = String::new();
            match tls.read_to_string(&mut echoed).await {
                Ok(_) => {
                    assert_eq!(echoed, client.identity().to_string(), "the server saw our identity");
                    Ok(peer)
                }
                // TLS 1.3: the server's verdict on our certificate arrives after our handshake.
                Err(e) => Err(aigos_network::classify_io_error(&e)),
            }
        }
        Err(e) => Err(e),
    };
    (server_side.await.unwrap(), client_side)
}

#[test]
fn valid_peers_are_accepted_and_identified_both_ways() {
    let authority = ca("corp CA");
    let server = settings(&authority.agent_of("payments", Some("corp")), &authority.pem);
    let client_leaf = authority.agent("billing-eu");
    let client = settings(&client_leaf, &authority.pem);
    let (s, c) = rt().block_on(handshake(&server, &client));
    let seen_by_server = s.unwrap();
    assert_eq!(seen_by_server.id().to_string(), "spiffe://corp.example/agent/billing-eu");
    assert_eq!(seen_by_server.organization(), None);
    assert_eq!(seen_by_server.certificate_der(), client_leaf.der.as_slice());
    let seen_by_client = c.unwrap();
    assert_eq!(seen_by_client.id().agent_id(), "payments");
    assert_eq!(seen_by_client.organization(), Some("corp"), "the CA-issued O attribute is the proven organization");
}

#[test]
fn untrusted_expired_and_foreign_client_certificates_are_refused() {
    let authority = ca("corp CA");
    let server = settings(&authority.agent("payments"), &authority.pem);
    let now = OffsetDateTime::now_utc();
    let rogue = ca("rogue CA");
    let cases: Vec<(&str, Leaf, MtlsError)> = vec![
        ("unknown CA", rogue.agent("billing"), MtlsError::UnknownIssuer),
        (
            "expired",
            authority.leaf(&["spiffe://corp.example/agent/billing"], None, now - Duration::days(10), now - Duration::days(1)),
            MtlsError::Expired,
        ),
        (
            "not yet valid",
            authority.leaf(&["spiffe://corp.example/agent/billing"], None, now + Duration::days(1), now + Duration::days(10)),
            MtlsError::NotYetValid,
        ),
        (
            "wrong trust domain",
            authority.leaf(&["spiffe://evil.example/agent/billing"], None, now - Duration::hours(1), now + Duration::days(1)),
            MtlsError::WrongTrustDomain { expected: TD.into(), found: "evil.example".into() },
        ),
        (
            "two SPIFFE IDs",
            authority.leaf(
                &["spiffe://corp.example/agent/billing", "spiffe://corp.example/agent/admin"],
                None,
                now - Duration::hours(1),
                now + Duration::days(1),
            ),
            MtlsError::SeveralSpiffeIds(2),
        ),
        (
            "no SPIFFE ID",
            authority.leaf(&["https://billing.corp.example/"], None, now - Duration::hours(1), now + Duration::days(1)),
            MtlsError::NoSpiffeId,
        ),
    ];
    let rt = rt();
    for (name, leaf, expected) in cases {
        // `from_pem` refuses a leaf without exactly one SPIFFE ID of the domain as our own.
        let own = MtlsSettings::from_pem(TD, leaf.cert_pem.as_bytes(), leaf.key_pem.as_bytes(), authority.pem.as_bytes());
        if matches!(expected, MtlsError::WrongTrustDomain { .. } | MtlsError::SeveralSpiffeIds(_) | MtlsError::NoSpiffeId) {
            assert_eq!(own.unwrap_err(), expected, "{name}: own-certificate check");
        }
        // The server's verdict, with a plain rustls client presenting the leaf.
        let (server_verdict, client_saw) = rt.block_on(raw_handshake(&server, Some(&leaf)));
        assert_eq!(server_verdict.unwrap_err(), expected, "{name}: server verdict");
        assert!(matches!(client_saw, MtlsError::PeerRefused(_)), "{name}: client sees the alert: {client_saw:?}");
    }
}

/// A handshake against `server` by a plain rustls client presenting `leaf`
/// (or nothing) that accepts any server certificate: the server's verdict
/// and what the client saw.
pub(crate) async fn raw_handshake(server: &MtlsSettings, leaf: Option<&Leaf>) -> (Result<Peer, MtlsError>, MtlsError) {
    use rustls_pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject};
    let acceptor = MtlsAcceptor::new(server).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { acceptor.accept(listener.accept().await.unwrap().0).await.map(|(_, p)| p) });
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .unwrap()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyServer(provider)));
    let config = match leaf {
        Some(l) => builder
            .with_client_auth_cert(
                vec![CertificateDer::from_pem_slice(l.cert_pem.as_bytes()).unwrap()],
                PrivateKeyDer::from_pem_slice(l.key_pem.as_bytes()).unwrap(),
            )
            .unwrap(),
        None => builder.with_no_client_auth(),
    };
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = TcpStream::connect(addr).await.unwrap();
    let name = rustls_pki_types::ServerName::try_from("payments.corp.example").unwrap();
    let mut tls = connector.connect(name, tcp).await.unwrap();
    let mut buf = [0u8; 1];
    let refused = tls.read(&mut buf).await.unwrap_err();
    (server.await.unwrap(), aigos_network::classify_io_error(&refused))
}

#[test]
fn a_client_without_a_certificate_is_refused() {
    let authority = ca("corp CA");
    let server = settings(&authority.agent("payments"), &authority.pem);
    let (server_verdict, client_saw) = rt().block_on(raw_handshake(&server, None));
    assert_eq!(server_verdict.unwrap_err(), MtlsError::MissingClientCertificate);
    assert!(matches!(client_saw, MtlsError::PeerRefused(_)));
}

#[derive(Debug)]
struct AnyServer(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for AnyServer {
    fn verify_server_cert(
        &self,
        _: &rustls_pki_types::CertificateDer<'_>,
        _: &[rustls_pki_types::CertificateDer<'_>],
        _: &rustls_pki_types::ServerName<'_>,
        _: &[u8],
        _: rustls_pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &rustls_pki_types::CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &rustls_pki_types::CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[test]
fn the_client_refuses_untrusted_or_unexpected_servers() {
    let authority = ca("corp CA");
    let rogue = ca("rogue CA");
    let client = settings(&authority.agent("billing"), &authority.pem);
    let rt = rt();
    // A server whose certificate another CA issued.
    let (_, c) = rt.block_on(handshake(&settings(&rogue.agent("payments"), &rogue.pem), &client));
    assert_eq!(c.unwrap_err(), MtlsError::UnknownIssuer);
    // A valid server that is not the agent we meant to reach.
    rt.block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let acceptor = MtlsAcceptor::new(&settings(&authority.agent("ledger"), &authority.pem)).unwrap();
        tokio::spawn(async move { acceptor.accept(listener.accept().await.unwrap().0).await.map(|_| ()) });
        let connector = MtlsConnector::new(&client).unwrap();
        let want = SpiffeId::new(TD, "payments").unwrap();
        let got = connector.connect(TcpStream::connect(addr).await.unwrap(), Some(&want)).await.map(|(_, p)| p);
        assert_eq!(
            got.unwrap_err(),
            MtlsError::UnexpectedPeer { expected: want.to_string(), found: "spiffe://corp.example/agent/ledger".into() }
        );
    });
}

#[test]
fn a_token_bound_to_another_certificate_is_refused() {
    let authority = ca("corp CA");
    let p = aigos_crypto::default_provider();
    let billing = authority.agent("billing");
    let thief = authority.agent("billing"); // same SPIFFE ID, another key and certificate
    let bound = x5t_s256(p, &billing.der);
    assert_eq!(check_binding(p, Some(&bound), &billing.der), Ok(()), "positive control");
    assert_eq!(check_binding(p, Some(&bound), &thief.der), Err(aigos_network::BindingError::Mismatch));
    assert_eq!(spiffe_id_of(&thief.der).unwrap(), spiffe_id_of(&billing.der).unwrap(), "the identity alone cannot tell them apart");
}

#[test]
fn the_development_ca_issues_working_certificates() {
    let dev = DevCa::generate(TD).unwrap();
    let a = dev.issue("alpha").unwrap();
    let b = dev.issue("beta").unwrap();
    let s = MtlsSettings::from_pem(TD, a.certificate_pem.as_bytes(), a.key_pem.as_bytes(), dev.certificate_pem().as_bytes()).unwrap();
    let c = MtlsSettings::from_pem(TD, b.certificate_pem.as_bytes(), b.key_pem.as_bytes(), dev.certificate_pem().as_bytes()).unwrap();
    let (server_saw, client_saw) = rt().block_on(handshake(&s, &c));
    assert_eq!(server_saw.unwrap().id(), &b.id);
    assert_eq!(client_saw.unwrap().id(), &a.id);
    // Reloaded from its PEM, the CA issues certificates the same bundle trusts.
    let again = DevCa::from_pem(TD, dev.certificate_pem(), &dev.key_pem()).unwrap();
    let c2 = again.issue("gamma").unwrap();
    let g = MtlsSettings::from_pem(TD, c2.certificate_pem.as_bytes(), c2.key_pem.as_bytes(), dev.certificate_pem().as_bytes()).unwrap();
    assert_eq!(rt().block_on(handshake(&s, &g)).0.unwrap().id().agent_id(), "gamma");
    assert!(DevCa::from_pem(TD, dev.certificate_pem(), &b.key_pem).is_err(), "a key that is not the CA's");
    assert!(DevCa::from_pem(TD, &a.certificate_pem, &a.key_pem).is_err(), "a leaf is not a CA");
    assert!(DevCa::generate("Bad Domain").is_err());
    assert!(dev.issue("bad/agent").is_err());
}

#[test]
fn openssl_s_client_completes_a_handshake_and_is_identified() {
    use std::{io::Write, process::Command};
    if Command::new("openssl").arg("version").output().is_err() {
        eprintln!("SKIPPED: openssl is not installed; the s_client interop test did not run");
        return;
    }
    let authority = ca("corp CA");
    let client = authority.agent("openssl-peer");
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let (cert, key, bundle) = (write("c.pem", &client.cert_pem), write("k.pem", &client.key_pem), write("ca.pem", &authority.pem));
    let acceptor = MtlsAcceptor::new(&settings(&authority.agent("payments"), &authority.pem)).unwrap();
    let rt = rt();
    let listener = rt.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = rt.spawn(async move {
        let (tcp, _) = listener.accept().await.unwrap();
        let (mut tls, peer) = acceptor.accept(tcp).await?;
        let mut line = [0u8; 6];
        tls.read_exact(&mut line).await.unwrap();
        tls.write_all(format!("{}\n", peer.id()).as_bytes()).await.unwrap();
        tls.shutdown().await.unwrap();
        Ok::<_, MtlsError>((peer, line))
    });
    let mut child = Command::new("openssl")
        .args(["s_client", "-connect", &format!("127.0.0.1:{port}"), "-tls1_3", "-quiet", "-verify_return_error"])
        .arg("-cert")
        .arg(&cert)
        .arg("-key")
        .arg(&key)
        .arg("-CAfile")
        .arg(&bundle)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(b"hello\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let (peer, line) = rt.block_on(server).unwrap().unwrap();
    assert_eq!(&line, b"hello\n");
    assert_eq!(peer.id().to_string(), "spiffe://corp.example/agent/openssl-peer");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("spiffe://corp.example/agent/openssl-peer"),
        "s_client got: {stdout} / {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
