//! A flood, a slow client and an idle one against `A2aServer::serve`: each
//! is cut off by its limit, and an honest call is served afterwards.

use std::{sync::Arc, time::Duration};

use aigos_network::{A2aServer, MtlsConnector, ServeLimits, SpiffeId};
use bytes::Bytes;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
    time::{sleep, timeout},
};

use crate::{
    a2a_http::{World, client, listen, payments_server, strict, world},
    certs::{TD, settings},
};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

fn limits(max_handshakes: usize, per_ip: usize, header: Duration, idle: Duration) -> ServeLimits {
    let mut l = ServeLimits::default();
    l.max_handshakes = max_handshakes;
    l.max_connections_per_ip = per_ip;
    l.header_read_timeout = header;
    l.idle_timeout = idle;
    l
}

/// Runs the payments server's accept loop with `limits`.
async fn serve(w: &World, limits: ServeLimits) -> (std::net::SocketAddr, Arc<A2aServer>) {
    let own = settings(&w.payments, &w.authority.pem).with_handshake_timeout(Duration::from_millis(400));
    let server = payments_server(w, &own).limits(limits).build();
    (listen(Arc::clone(&server)).await, server)
}

/// One honest A2A call on a new connection.
async fn honest_call(w: &World, addr: std::net::SocketAddr) -> String {
    let want = SpiffeId::new(TD, "payments").unwrap();
    let mut s = client(w, &w.billing, "billing-token", strict()).connect(TcpStream::connect(addr).await.unwrap(), &want).await.unwrap();
    String::from_utf8(s.call("charge.card", Bytes::from_static(b"1")).await.unwrap().body.to_vec()).unwrap()
}

/// Whether the server closes `stream` (EOF or reset) within `within`.
async fn closed_within<S: AsyncReadExt + Unpin>(stream: &mut S, within: Duration) -> bool {
    let mut buf = [0u8; 256];
    let deadline = tokio::time::Instant::now() + within;
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Err(_) => return false,
            Ok(Ok(0) | Err(_)) => return true,
            Ok(Ok(_)) => {}
        }
    }
}

#[test]
fn a_slowloris_client_is_cut_off_by_the_header_timeout() {
    let w = world();
    rt().block_on(async {
        let (addr, _server) = serve(&w, limits(16, 8, Duration::from_millis(300), Duration::from_secs(30))).await;
        let connector = MtlsConnector::new(&settings(&w.billing, &w.authority.pem)).unwrap();
        let want = SpiffeId::new(TD, "payments").unwrap();
        let (mut tls, _) = connector.connect(TcpStream::connect(addr).await.unwrap(), Some(&want)).await.unwrap();
        tls.write_all(b"POST /charge.card HTTP/1.1\r\nHost: payments\r\n").await.unwrap();
        // One header byte every 100 ms: never a whole header block.
        let drip = async {
            for b in b"X-AIGOS-Protocol-Version: 1.0\r\n".iter().cycle() {
                if tls.write_all(&[*b]).await.is_err() {
                    return;
                }
                sleep(Duration::from_millis(100)).await;
            }
        };
        assert!(timeout(Duration::from_secs(5), drip).await.is_ok(), "the server hung up on the slow client");
        assert_eq!(honest_call(&w, addr).await, "billing charge.card 1", "positive control");
    });
}

#[test]
fn an_idle_connection_is_closed_and_a_busy_one_is_not() {
    let w = world();
    rt().block_on(async {
        let (addr, _server) = serve(&w, limits(16, 8, Duration::from_secs(5), Duration::from_millis(300))).await;
        let connector = MtlsConnector::new(&settings(&w.billing, &w.authority.pem)).unwrap();
        let want = SpiffeId::new(TD, "payments").unwrap();
        let (mut idle, _) = connector.connect(TcpStream::connect(addr).await.unwrap(), Some(&want)).await.unwrap();
        assert!(closed_within(&mut idle, Duration::from_secs(5)).await, "an idle connection is closed");
        // A session making calls more often than the idle timeout stays open.
        let mut s =
            client(&w, &w.billing, "billing-token", strict()).connect(TcpStream::connect(addr).await.unwrap(), &want).await.unwrap();
        for _ in 0..5 {
            assert_eq!(s.call("charge.card", Bytes::new()).await.unwrap().status, 200);
            sleep(Duration::from_millis(150)).await;
        }
    });
}

#[test]
fn connections_over_the_per_ip_and_handshake_caps_are_closed_at_once() {
    let w = world();
    rt().block_on(async {
        // Two connections per IP: two silent TCP connections hold the slots.
        let (addr, server) = serve(&w, limits(16, 2, Duration::from_secs(5), Duration::from_secs(30))).await;
        let held = [TcpStream::connect(addr).await.unwrap(), TcpStream::connect(addr).await.unwrap()];
        let mut third = TcpStream::connect(addr).await.unwrap();
        assert!(closed_within(&mut third, Duration::from_secs(2)).await, "the third connection from one IP is closed");
        assert!(server.stats().over_limit >= 1);
        drop(held);
        sleep(Duration::from_millis(100)).await;
        assert_eq!(honest_call(&w, addr).await, "billing charge.card 1", "slots are given back");

        // One handshake at a time: a silent client holds it until its
        // handshake times out, and a second is closed meanwhile.
        let (addr, server) = serve(&w, limits(1, 8, Duration::from_secs(5), Duration::from_secs(30))).await;
        let _stalled = TcpStream::connect(addr).await.unwrap();
        sleep(Duration::from_millis(50)).await;
        let mut second = TcpStream::connect(addr).await.unwrap();
        assert!(closed_within(&mut second, Duration::from_millis(300)).await, "over the handshake cap");
        assert!(server.stats().over_limit >= 1);
        sleep(Duration::from_millis(500)).await; // the stalled handshake times out (400 ms)
        assert_eq!(honest_call(&w, addr).await, "billing charge.card 1");
        assert!(server.stats().refused >= 1, "the stalled handshake counts as refused");
    });
}

#[test]
fn a_request_whose_body_never_comes_is_answered_408() {
    let w = world();
    rt().block_on(async {
        let mut l = limits(16, 1, Duration::from_secs(5), Duration::from_millis(300));
        l.body_read_timeout = Duration::from_millis(300);
        let (addr, _server) = serve(&w, l).await;
        let connector = MtlsConnector::new(&settings(&w.billing, &w.authority.pem)).unwrap();
        let want = SpiffeId::new(TD, "payments").unwrap();
        let (mut tls, _) = connector.connect(TcpStream::connect(addr).await.unwrap(), Some(&want)).await.unwrap();
        // A valid token, a promised body that never arrives: the request is
        // "in flight", so only the body timeout can end it.
        tls.write_all(
            b"POST /charge.card HTTP/1.1\r\nHost: payments\r\nX-AIGOS-Token: billing-token\r\nX-AIGOS-Protocol-Version: 1.0\r\nContent-Length: 1000\r\n\r\n",
        )
        .await
        .unwrap();
        let mut head = vec![0u8; 12];
        timeout(Duration::from_secs(5), tls.read_exact(&mut head)).await.expect("answered in time").unwrap();
        assert_eq!(&head, b"HTTP/1.1 408");
        drop(tls);
        sleep(Duration::from_millis(100)).await;
        assert_eq!(honest_call(&w, addr).await, "billing charge.card 1", "its IP slot is free again");
    });
}
