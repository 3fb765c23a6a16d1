//! Cost of a mutual TLS 1.3 handshake with identity extraction (both sides,
//! in memory so the network does not blur it), of extracting the SPIFFE ID
//! alone, of one A2A request on an open session, and of an egress check
//! answered from the decision cache against one decided afresh.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, reason = "bench harness")]

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use aigos_network::{
    A2aCaller, A2aClient, A2aHandler, A2aPolicy, A2aServer, DevCa, EgressCache, EgressConfig, EgressFilter, MtlsAcceptor, MtlsConnector,
    MtlsSettings, PeerClaims, SpiffeId, StaticResolver, TokenSource, TokenValidator, TrustPolicy, TrustPolicyConfig, spiffe_id_of,
};
use bytes::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use rustls_pki_types::{CertificateDer, pem::PemObject};

const TD: &str = "corp.example";

fn settings(ca: &DevCa, agent: &str) -> MtlsSettings {
    let cert = ca.issue(agent).unwrap();
    MtlsSettings::from_pem(TD, cert.certificate_pem.as_bytes(), cert.key_pem.as_bytes(), ca.certificate_pem().as_bytes()).unwrap()
}

struct AnyToken;

#[async_trait::async_trait]
impl TokenValidator for AnyToken {
    /// The token is the asset's name: the bench measures the transport, not
    /// token cryptography.
    async fn validate(&self, token: &str) -> Result<PeerClaims, String> {
        Ok(PeerClaims { governed: true, asset_id: token.to_owned(), ..PeerClaims::default() })
    }
}

struct Fixed(&'static str);

impl TokenSource for Fixed {
    fn token_for(&self, _peer: &SpiffeId) -> Result<String, String> {
        Ok(self.0.into())
    }
}

struct Ok200;

#[async_trait::async_trait]
impl A2aHandler for Ok200 {
    async fn handle(&self, _caller: &A2aCaller, _request: hyper::Request<Bytes>) -> hyper::Response<Bytes> {
        hyper::Response::new(Bytes::from_static(b"ok"))
    }
}

fn mtls(c: &mut Criterion) {
    let ca = DevCa::generate(TD).unwrap();
    let acceptor = MtlsAcceptor::new(&settings(&ca, "payments")).unwrap();
    let connector = MtlsConnector::new(&settings(&ca, "billing")).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut g = c.benchmark_group("mtls");
    g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(4));
    g.bench_function("handshake+identity (both sides, P-256)", |b| {
        b.iter(|| {
            rt.block_on(async {
                let (client_io, server_io) = tokio::io::duplex(64 * 1024);
                let (server, client) = tokio::join!(acceptor.accept(server_io), connector.connect(client_io, None));
                black_box((server.unwrap().1, client.unwrap().1))
            })
        })
    });
    let leaf = CertificateDer::from_pem_slice(ca.issue("billing").unwrap().certificate_pem.as_bytes()).unwrap();
    g.bench_function("spiffe_id_of", |b| b.iter(|| black_box(spiffe_id_of(black_box(&leaf)).unwrap())));

    // One A2A request on an open session: headers, trust policy, inbound
    // policy with an injected validator, HTTP/1.1 over TLS both ways.
    let trust: TrustPolicyConfig = toml::from_str(
        "[[rules]]\nid = \"all\"\neffect = \"allow\"\npeers = [\"spiffe://corp.example/agent/*\"]\nservices = [\"payments\"]\n",
    )
    .unwrap();
    let server = A2aServer::builder(
        acceptor.clone(),
        "payments",
        Arc::new(TrustPolicy::new(&trust).unwrap()),
        Arc::new(AnyToken),
        Arc::new(Fixed("payments")),
        Arc::new(Ok200),
    )
    .inbound(A2aPolicy { require_governed: true, ..A2aPolicy::default() })
    .require_bound_tokens(false)
    .build();
    let client =
        A2aClient::new(connector.clone(), A2aPolicy::default(), Arc::new(AnyToken), Arc::new(Fixed("billing"))).require_bound_tokens(false);
    let mut session = rt.block_on(async {
        let (client_io, server_io) = tokio::io::duplex(64 * 1024);
        tokio::spawn(async move { server.serve_connection(server_io).await });
        client.connect(client_io, &SpiffeId::new(TD, "payments").unwrap()).await.unwrap()
    });
    g.bench_function("a2a request on an open session", |b| {
        b.iter(|| rt.block_on(async { black_box(session.call("charge.card", Bytes::from_static(b"{}")).await.unwrap()) }))
    });
    g.finish();
}

fn egress(c: &mut Criterion) {
    let config: EgressConfig = toml::from_str(
        "[[rules]]\nid = \"partner\"\nhosts = [\"api.partner.example\", \"*.cdn.example\"]\n\n[[rules]]\nid = \"office\"\ncidrs = [\"203.0.113.0/24\"]\nports = [8443]\n",
    )
    .unwrap();
    let resolver = StaticResolver([("api.partner.example".to_string(), vec!["93.184.215.10".parse().unwrap()])].into());
    let filter = EgressFilter::new(&config);
    let cache = EgressCache::new(filter.clone(), Arc::new(resolver.clone()));
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let url = "https://api.partner.example/v1/charges?id=42";
    assert!(rt.block_on(cache.check_url(url)).is_allowed());
    let mut g = c.benchmark_group("egress");
    g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    g.bench_function("cached decision", |b| b.iter(|| rt.block_on(async { black_box(cache.check_url(black_box(url)).await) })));
    g.bench_function("fresh decision (static resolver)", |b| {
        b.iter(|| rt.block_on(async { black_box(filter.check_url(black_box(url), &resolver).await) }))
    });
    // What every check pays before any decision: the executor round trip and the URL parser.
    g.bench_function("baseline: block_on + url parse", |b| {
        b.iter(|| rt.block_on(async { black_box(url::Url::parse(black_box(url)).unwrap()) }))
    });
    g.finish();
}

criterion_group!(benches, mtls, egress);
criterion_main!(benches);
