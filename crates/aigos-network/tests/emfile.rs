//! Descriptor exhaustion against `A2aServer::serve`: with `RLIMIT_NOFILE`
//! used up, `accept` fails with EMFILE again and again; the loop must log,
//! count and back off, and serve again once descriptors are free. (Its own
//! test binary: the limit is per process.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, unreachable_pub, reason = "tests")]

#[path = "it/certs.rs"]
#[allow(dead_code, reason = "shared helpers, partly used here")]
mod certs;

use std::{collections::HashMap, sync::Arc, time::Duration};

use aigos_network::{
    A2aCaller, A2aClient, A2aHandler, A2aPolicy, A2aServer, MtlsAcceptor, MtlsConnector, PeerClaims, SpiffeId, TokenSource, TokenValidator,
    TrustPolicy, TrustPolicyConfig, x5t_s256,
};
use bytes::Bytes;
use certs::{TD, ca, settings};
use rlimit::Resource;
use tokio::net::{TcpListener, TcpStream};

struct Table(HashMap<String, PeerClaims>);

#[async_trait::async_trait]
impl TokenValidator for Table {
    async fn validate(&self, token: &str) -> Result<PeerClaims, String> {
        self.0.get(token).cloned().ok_or_else(|| "INVALID_SIGNATURE".into())
    }
}

struct Own(&'static str);

impl TokenSource for Own {
    fn token_for(&self, _peer: &SpiffeId) -> Result<String, String> {
        Ok(self.0.into())
    }
}

struct Ok200;

#[async_trait::async_trait]
impl A2aHandler for Ok200 {
    async fn handle(&self, caller: &A2aCaller, _request: hyper::Request<Bytes>) -> hyper::Response<Bytes> {
        hyper::Response::new(Bytes::from(caller.action.clone()))
    }
}

fn claims(agent: &str, der: &[u8]) -> PeerClaims {
    PeerClaims {
        asset_id: agent.into(),
        subject: Some(agent.into()),
        cnf_x5t_s256: Some(x5t_s256(aigos_crypto::default_provider(), der)),
        ..PeerClaims::default()
    }
}

#[test]
fn the_accept_loop_survives_descriptor_exhaustion() {
    let authority = ca("corp CA");
    let (payments, billing) = (authority.agent("payments"), authority.agent("billing"));
    let tokens: HashMap<String, PeerClaims> =
        [("p".to_string(), claims("payments", &payments.der)), ("b".to_string(), claims("billing", &billing.der))].into();
    let trust: TrustPolicyConfig = toml::from_str(
        "[[rules]]\nid = \"b\"\neffect = \"allow\"\npeers = [\"spiffe://corp.example/agent/billing\"]\nservices = [\"payments\"]\n",
    )
    .unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        let server = A2aServer::builder(
            MtlsAcceptor::new(&settings(&payments, &authority.pem)).unwrap(),
            "payments",
            Arc::new(TrustPolicy::new(&trust).unwrap()),
            Arc::new(Table(tokens.clone())),
            Arc::new(Own("p")),
            Arc::new(Ok200),
        )
        .build();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        // Connections waiting in the kernel's backlog before the loop runs.
        let waiting: Vec<TcpStream> = futures_connect(addr, 3).await;

        // Use up every descriptor the process may have.
        let (soft, hard) = Resource::NOFILE.get().unwrap();
        let mut burned = Vec::new();
        Resource::NOFILE.set(256.min(soft), hard).unwrap();
        while let Ok(f) = std::fs::File::open("/dev/null") {
            burned.push(f);
        }
        tokio::spawn(Arc::clone(&server).serve(listener));
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while server.stats().accept_errors < 3 {
            assert!(tokio::time::Instant::now() < deadline, "accept never failed: {:?}", server.stats());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // The loop is still there, backing off.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let errors = server.stats().accept_errors;
        assert!(errors < 200, "backoff keeps the retries few: {errors}");

        drop(burned);
        Resource::NOFILE.set(soft, hard).unwrap();
        drop(waiting);
        let client = A2aClient::new(
            MtlsConnector::new(&settings(&billing, &authority.pem)).unwrap(),
            A2aPolicy::default(),
            Arc::new(Table(tokens)),
            Arc::new(Own("b")),
        );
        let want = SpiffeId::new(TD, "payments").unwrap();
        let mut session = tokio::time::timeout(Duration::from_secs(10), async {
            client.connect(TcpStream::connect(addr).await.unwrap(), &want).await.unwrap()
        })
        .await
        .expect("served again after the burst");
        assert_eq!(session.call("charge.card", Bytes::new()).await.unwrap().body, Bytes::from_static(b"charge.card"));
        assert!(server.stats().accept_errors >= 3);
    });
}

async fn futures_connect(addr: std::net::SocketAddr, n: usize) -> Vec<TcpStream> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(TcpStream::connect(addr).await.unwrap());
    }
    v
}
