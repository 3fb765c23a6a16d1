//! The A2A handshake over HTTP on real mTLS connections.

use std::{collections::HashMap, sync::Arc};

use aigos_network::{
    A2aCaller, A2aClient, A2aError, A2aHandler, A2aPolicy, A2aRejection, A2aServer, MtlsAcceptor, MtlsConnector, PeerClaims, SpiffeId,
    TokenSource, TokenValidator, TrustPolicy, TrustPolicyConfig, x5t_s256,
};
use bytes::Bytes;
use hyper::{Request, Response};
use tokio::net::{TcpListener, TcpStream};

use crate::certs::{Ca, Leaf, TD, ca, settings};

/// Tokens are opaque names looked up in a table, so the tests control every
/// claim; the facade wires the real verifier.
pub(crate) struct Table(pub(crate) HashMap<String, PeerClaims>);

#[async_trait::async_trait]
impl TokenValidator for Table {
    async fn validate(&self, token: &str) -> Result<PeerClaims, String> {
        self.0.get(token).cloned().ok_or_else(|| "INVALID_SIGNATURE".to_string())
    }
}

pub(crate) struct Fixed(pub(crate) &'static str);

impl TokenSource for Fixed {
    fn token_for(&self, _peer: &SpiffeId) -> Result<String, String> {
        Ok(self.0.to_owned())
    }
}

/// Echoes who called what.
pub(crate) struct Echo;

#[async_trait::async_trait]
impl A2aHandler for Echo {
    async fn handle(&self, caller: &A2aCaller, request: Request<Bytes>) -> Response<Bytes> {
        let body = format!("{} {} {}", caller.peer.id().agent_id(), caller.action, String::from_utf8_lossy(request.body()));
        Response::new(Bytes::from(body))
    }
}

pub(crate) fn governed(agent: &str, cert: &Leaf) -> PeerClaims {
    PeerClaims {
        governed: true,
        asset_id: agent.into(),
        organization_id: None,
        risk_level: Some("limited".into()),
        kill_switch_enabled: true,
        golden_thread_verified: true,
        generation_depth: 1,
        subject: Some(agent.into()),
        cnf_x5t_s256: Some(x5t_s256(aigos_crypto::default_provider(), &cert.der)),
        registry_organization: None,
    }
}

pub(crate) fn trust() -> Arc<TrustPolicy> {
    let cfg: TrustPolicyConfig = toml::from_str(
        r#"
[[rules]]
id = "billing-charges"
effect = "allow"
peers = ["spiffe://corp.example/agent/billing", "spiffe://corp.example/agent/partner-bot", "spiffe://corp.example/agent/scraper"]
services = ["payments"]

[[rules]]
id = "no-refunds"
effect = "deny"
peers = ["spiffe://corp.example/agent/billing"]
services = ["payments"]
actions = ["refund.*"]
"#,
    )
    .unwrap();
    Arc::new(TrustPolicy::new(&cfg).unwrap())
}

pub(crate) fn strict() -> A2aPolicy {
    A2aPolicy {
        require_governed: true,
        max_risk_level: Some("limited".into()),
        require_kill_switch: true,
        require_golden_thread: true,
        max_generation_depth: Some(2),
        trusted_organizations: vec!["partner-org".into()],
        blocked_organizations: vec!["evilcorp".into()],
        blocked_assets: vec!["scraper".into()],
    }
}

pub(crate) struct World {
    pub(crate) authority: Ca,
    pub(crate) payments: Leaf,
    pub(crate) billing: Leaf,
    pub(crate) tokens: HashMap<String, PeerClaims>,
}

pub(crate) fn world() -> World {
    let authority = ca("corp CA");
    let payments = authority.agent("payments");
    let billing = authority.agent("billing");
    let mut tokens = HashMap::new();
    tokens.insert("payments-token".into(), governed("payments", &payments));
    tokens.insert("billing-token".into(), governed("billing", &billing));
    World { authority, payments, billing, tokens }
}

/// The payments server presenting `own`, with the strict inbound policy.
pub(crate) fn payments_server(w: &World, own: &aigos_network::MtlsSettings) -> aigos_network::A2aServerBuilder {
    A2aServer::builder(
        MtlsAcceptor::new(own).unwrap(),
        "payments",
        trust(),
        Arc::new(Table(w.tokens.clone())),
        Arc::new(Fixed("payments-token")),
        Arc::new(Echo),
    )
    .inbound(strict())
}

/// Runs `server`'s accept loop on a loopback port; returns the address.
pub(crate) async fn listen(server: Arc<A2aServer>) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(server.serve(listener));
    addr
}

/// Starts the payments server; returns its address and the task serving
/// the first connection (its result says how the connection ended).
async fn start(w: &World, server_token: &'static str) -> (std::net::SocketAddr, tokio::task::JoinHandle<Result<(), A2aError>>) {
    let acceptor = MtlsAcceptor::new(&settings(&w.payments, &w.authority.pem)).unwrap();
    let server =
        A2aServer::builder(acceptor, "payments", trust(), Arc::new(Table(w.tokens.clone())), Arc::new(Fixed(server_token)), Arc::new(Echo))
            .inbound(strict())
            .require_bound_tokens(true)
            .build();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move { server.serve_connection(listener.accept().await.unwrap().0).await });
    (addr, task)
}

pub(crate) fn client(w: &World, leaf: &Leaf, token: &'static str, outbound: A2aPolicy) -> A2aClient {
    let connector = MtlsConnector::new(&settings(leaf, &w.authority.pem)).unwrap();
    A2aClient::new(connector, outbound, Arc::new(Table(w.tokens.clone())), Arc::new(Fixed(token))).require_bound_tokens(true)
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

async fn call(w: &World, leaf: &Leaf, token: &'static str, server_token: &'static str, action: &str) -> Result<String, A2aError> {
    let (addr, _task) = start(w, server_token).await;
    let c = client(w, leaf, token, strict());
    let want = SpiffeId::new(TD, "payments").unwrap();
    let mut session = c.connect(TcpStream::connect(addr).await.unwrap(), &want).await?;
    let answer = session.call(action, Bytes::from_static(b"42")).await?;
    assert_eq!(answer.server.subject.as_deref(), Some("payments"));
    Ok(String::from_utf8(answer.body.to_vec()).unwrap())
}

fn code(r: Result<String, A2aError>) -> String {
    match r {
        Ok(body) => format!("OK {body}"),
        Err(A2aError::Rejected(A2aRejection { code, .. })) => format!("403 {code}"),
        Err(A2aError::ServerRejected(A2aRejection { code, .. })) => format!("server refused: {code}"),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn a_governed_bound_peer_is_served_and_checks_the_server_back() {
    let w = world();
    let rt = rt();
    assert_eq!(code(rt.block_on(call(&w, &w.billing, "billing-token", "payments-token", "charge.card"))), "OK billing charge.card 42");
    // Several requests on one connection are each checked.
    rt.block_on(async {
        let (addr, _task) = start(&w, "payments-token").await;
        let mut s =
            client(&w, &w.billing, "billing-token", strict()).connect_to_any_agent(TcpStream::connect(addr).await.unwrap()).await.unwrap();
        assert_eq!(s.call("charge.card", Bytes::new()).await.unwrap().body, Bytes::from_static(b"billing charge.card "));
        assert!(matches!(s.call("refund.issue", Bytes::new()).await, Err(A2aError::Rejected(r)) if r.code == "PEER_NOT_ALLOWED"));
        assert_eq!(s.call("charge.again", Bytes::new()).await.unwrap().status, 200);
    });
}

#[test]
fn headers_tokens_and_the_inbound_policy_are_enforced_per_request() {
    let mut w = world();
    type Edit = fn(&mut PeerClaims);
    let cases: [(&str, Edit, &str); 7] = [
        ("ungoverned", |c| c.governed = false, "NOT_GOVERNED"),
        ("risky", |c| c.risk_level = Some("high".into()), "RISK_TOO_HIGH"),
        ("no-kill-switch", |c| c.kill_switch_enabled = false, "KILL_SWITCH_DISABLED"),
        ("no-golden-thread", |c| c.golden_thread_verified = false, "GOLDEN_THREAD_MISSING"),
        ("too-deep", |c| c.generation_depth = 5, "GENERATION_TOO_DEEP"),
        ("someone-else", |c| c.subject = Some("ledger".into()), "SUBJECT_MISMATCH"),
        ("unbound", |c| c.cnf_x5t_s256 = None, "TOKEN_NOT_BOUND"),
    ];
    for (name, edit, _) in &cases {
        let mut claims = governed("billing", &w.billing);
        edit(&mut claims);
        w.tokens.insert(format!("{name}-token"), claims);
    }
    let rt = rt();
    let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    for (name, _, want) in cases {
        let got = code(rt.block_on(call(&w, &w.billing, leak(&format!("{name}-token")), "payments-token", "charge.card")));
        assert_eq!(got, format!("403 {want}"), "{name}");
    }
    assert_eq!(code(rt.block_on(call(&w, &w.billing, "", "payments-token", "charge.card"))), "403 MISSING_TOKEN");
    assert_eq!(code(rt.block_on(call(&w, &w.billing, "forged", "payments-token", "charge.card"))), "403 INVALID_SIGNATURE");
}

#[test]
fn a_token_bound_to_another_certificate_is_refused_over_the_wire() {
    let w = world();
    // Same agent id, another key pair: a stolen billing token replayed over the thief's own connection.
    let thief = w.authority.agent("billing");
    let rt = rt();
    assert_eq!(code(rt.block_on(call(&w, &thief, "billing-token", "payments-token", "charge.card"))), "403 TOKEN_BINDING_MISMATCH");
    assert_eq!(code(rt.block_on(call(&w, &w.billing, "billing-token", "payments-token", "charge.card"))), "OK billing charge.card 42");
}

#[test]
fn a_peer_the_trust_policy_does_not_name_is_disconnected() {
    let w = world();
    let stranger = w.authority.agent("stranger");
    rt().block_on(async {
        let (addr, task) = start(&w, "payments-token").await;
        let attempt = async {
            let mut s =
                client(&w, &stranger, "billing-token", strict()).connect_to_any_agent(TcpStream::connect(addr).await.unwrap()).await?;
            s.call("charge.card", Bytes::new()).await
        };
        assert!(attempt.await.is_err(), "the connection is closed before any request is served");
        assert_eq!(
            task.await.unwrap(),
            Err(A2aError::PeerNotAllowed { peer: "spiffe://corp.example/agent/stranger".into(), service: "payments".into() })
        );
    });
}

#[test]
fn trusted_organizations_count_only_when_the_certificate_proves_them() {
    let mut w = world();
    let partner_cert = w.authority.agent_of("partner-bot", Some("partner-org"));
    let self_asserted = w.authority.agent("partner-bot");
    let mut claims = governed("partner-bot", &partner_cert);
    claims.governed = false;
    claims.organization_id = Some("partner-org".into());
    w.tokens.insert("partner-token".into(), claims.clone());
    claims.cnf_x5t_s256 = Some(x5t_s256(aigos_crypto::default_provider(), &self_asserted.der));
    w.tokens.insert("claimed-partner-token".into(), claims);
    let rt = rt();
    assert_eq!(code(rt.block_on(call(&w, &partner_cert, "partner-token", "payments-token", "x"))), "OK partner-bot x 42");
    assert_eq!(code(rt.block_on(call(&w, &self_asserted, "claimed-partner-token", "payments-token", "x"))), "403 NOT_GOVERNED");
}

#[test]
fn the_client_refuses_a_server_token_that_fails_its_outbound_policy() {
    let mut w = world();
    let mut lax_server = governed("payments", &w.payments);
    lax_server.kill_switch_enabled = false;
    w.tokens.insert("lax-payments-token".into(), lax_server);
    let mut foreign = governed("ledger", &w.payments);
    foreign.subject = Some("ledger".into());
    w.tokens.insert("ledger-token".into(), foreign);
    let mut speaks_for_other = governed("payments", &w.payments);
    speaks_for_other.subject = Some("ledger".into());
    w.tokens.insert("sub-ledger-token".into(), speaks_for_other);
    let rt = rt();
    assert_eq!(
        code(rt.block_on(call(&w, &w.billing, "billing-token", "lax-payments-token", "charge.card"))),
        "server refused: KILL_SWITCH_DISABLED"
    );
    // A token of another asset returned over the payments certificate.
    assert_eq!(code(rt.block_on(call(&w, &w.billing, "billing-token", "ledger-token", "charge.card"))), "server refused: ASSET_MISMATCH");
    assert_eq!(
        code(rt.block_on(call(&w, &w.billing, "billing-token", "sub-ledger-token", "charge.card"))),
        "server refused: SUBJECT_MISMATCH"
    );
    assert_eq!(code(rt.block_on(call(&w, &w.billing, "billing-token", "nonsense", "charge.card"))), "server refused: INVALID_SIGNATURE");
}

#[test]
fn a_blocked_organization_cannot_hide_behind_a_second_o_or_another_encoding() {
    use crate::certs::LeafOptions;
    use rcgen::{DnValue, string::BmpString};
    let mut w = world();
    let orgs = |values: Vec<DnValue>| LeafOptions { organizations: values, ..LeafOptions::default() };
    let two = w.authority.agent_with("partner-bot", &orgs(vec![DnValue::from("partner-org"), DnValue::from("evilcorp")]));
    let bmp = w.authority.agent_with("partner-bot", &orgs(vec![DnValue::BmpString(BmpString::try_from("evilcorp").unwrap())]));
    let upper = w.authority.agent_with("partner-bot", &orgs(vec![DnValue::from("EvilCorp")]));
    let hidden = w.authority.agent_with("partner-bot", &orgs(vec![DnValue::from("evil\u{200b}corp")]));
    let honest = w.authority.agent_with("partner-bot", &orgs(vec![DnValue::from("partner-org")]));
    let diluted = w.authority.agent_with("partner-bot", &orgs(vec![DnValue::from("partner-org"), DnValue::from("acme")]));
    for (name, leaf) in [("two", &two), ("bmp", &bmp), ("upper", &upper), ("hidden", &hidden), ("honest", &honest), ("diluted", &diluted)] {
        let mut claims = governed("partner-bot", leaf);
        claims.governed = false; // only a trusted organization lets it through
        w.tokens.insert(format!("{name}-token"), claims);
    }
    let rt = rt();
    let run = |leaf, token| code(rt.block_on(call(&w, leaf, token, "payments-token", "charge.card")));
    assert_eq!(run(&two, "two-token"), "403 ORGANIZATION_BLOCKED");
    assert_eq!(run(&bmp, "bmp-token"), "403 ORGANIZATION_BLOCKED");
    assert_eq!(run(&upper, "upper-token"), "403 ORGANIZATION_BLOCKED");
    assert_eq!(run(&hidden, "hidden-token"), "403 ORGANIZATION_BLOCKED", "a zero-width space does not make another organization");
    // A second, harmless O makes the trusted one unprovable: governance applies.
    assert_eq!(run(&diluted, "diluted-token"), "403 NOT_GOVERNED");
    assert_eq!(run(&honest, "honest-token"), "OK partner-bot charge.card 42", "positive control");
}

#[test]
fn a_blocked_agent_cannot_rename_its_asset_in_its_own_token() {
    let mut w = world();
    let scraper = w.authority.agent("scraper");
    // The scraper holds its own key, so it signs whatever asset it likes.
    let mut renamed = governed("scraper", &scraper);
    renamed.asset_id = "billing".into();
    w.tokens.insert("renamed-token".into(), renamed);
    let mut honest_name = governed("scraper", &scraper);
    honest_name.asset_id = "scraper".into();
    w.tokens.insert("scraper-token".into(), honest_name);
    // Billing claiming another asset.
    let mut other = governed("billing", &w.billing);
    other.asset_id = "ledger".into();
    w.tokens.insert("other-asset-token".into(), other);
    let rt = rt();
    assert_eq!(code(rt.block_on(call(&w, &scraper, "renamed-token", "payments-token", "charge.card"))), "403 ASSET_BLOCKED");
    assert_eq!(code(rt.block_on(call(&w, &scraper, "scraper-token", "payments-token", "charge.card"))), "403 ASSET_BLOCKED");
    assert_eq!(code(rt.block_on(call(&w, &w.billing, "other-asset-token", "payments-token", "charge.card"))), "403 ASSET_MISMATCH");
    assert_eq!(code(rt.block_on(call(&w, &w.billing, "billing-token", "payments-token", "charge.card"))), "OK billing charge.card 42");
}

#[test]
fn only_paths_in_normal_form_reach_the_policy_and_the_handler() {
    let w = world();
    rt().block_on(async {
        let (addr, _task) = start(&w, "payments-token").await;
        let want = SpiffeId::new(TD, "payments").unwrap();
        let mut s =
            client(&w, &w.billing, "billing-token", strict()).connect(TcpStream::connect(addr).await.unwrap(), &want).await.unwrap();
        // Each spelling a normalizing proxy or handler would turn into refund.issue (denied).
        for sneaky in [
            "charge.card/../refund.issue",
            "charge.card/./x",
            "refund%2Eissue",
            "refund%2eissue",
            "%72efund.issue",
            "charge.card%2F..%2Frefund.issue",
            "charge.card%5C..%5Crefund.issue",
            "charge.card\\..\\refund.issue",
            "refund.issue;charge.card",
            "refund.issue%3Bx",
            "refund.issue%252e",
            "charge.card//refund.issue",
            "charge.card/",
            "charge.%zz",
        ] {
            let r = s.call(sneaky, Bytes::new()).await;
            assert!(
                matches!(r, Err(A2aError::Rejected(ref r)) if r.code == "PATH_NOT_NORMALIZED"),
                "{sneaky} must be refused before policy: {r:?}"
            );
        }
        // The deny rule still applies to the plain spelling; the allowed action is served.
        assert!(matches!(s.call("refund.issue", Bytes::new()).await, Err(A2aError::Rejected(r)) if r.code == "PEER_NOT_ALLOWED"));
        assert_eq!(s.call("charge.card", Bytes::new()).await.unwrap().body, Bytes::from_static(b"billing charge.card "));
        // Percent-encoding of a byte that needs it is fine.
        assert_eq!(s.call("charge.card%20eu", Bytes::new()).await.unwrap().status, 200);
    });
}

/// Keeps every event; fails on demand.
#[derive(Default)]
struct Recorder {
    events: std::sync::Mutex<Vec<aigos_network::A2aEvent>>,
    broken: std::sync::atomic::AtomicBool,
}

#[async_trait::async_trait]
impl aigos_network::A2aObserver for Recorder {
    async fn record(&self, event: &aigos_network::A2aEvent) -> Result<(), String> {
        if self.broken.load(std::sync::atomic::Ordering::SeqCst) {
            return Err("disk full".into());
        }
        self.events.lock().unwrap().push(event.clone());
        Ok(())
    }
}

#[test]
fn every_call_is_recorded_and_an_unrecordable_one_is_not_served() {
    let w = world();
    let recorder = Arc::new(Recorder::default());
    rt().block_on(async {
        let addr = listen(payments_server(&w, &settings(&w.payments, &w.authority.pem)).observer(recorder.clone()).build()).await;
        let want = SpiffeId::new(TD, "payments").unwrap();
        let client_log = Arc::new(Recorder::default());
        let mut s = client(&w, &w.billing, "billing-token", strict())
            .observer(client_log.clone())
            .connect(TcpStream::connect(addr).await.unwrap(), &want)
            .await
            .unwrap();
        assert_eq!(s.call("charge.card", Bytes::new()).await.unwrap().status, 200);
        assert!(s.call("refund.issue", Bytes::new()).await.is_err());
        assert!(s.call("charge.card/../refund.issue", Bytes::new()).await.is_err());
        recorder.broken.store(true, std::sync::atomic::Ordering::SeqCst);
        let unrecorded = s.call("charge.card", Bytes::new()).await;
        assert!(matches!(unrecorded, Err(A2aError::Rejected(ref r)) if r.code == "AUDIT_UNAVAILABLE"), "{unrecorded:?}");
        let seen: Vec<(String, String, u16)> =
            recorder.events.lock().unwrap().iter().map(|e| (e.action.clone(), e.outcome.clone(), e.status)).collect();
        assert_eq!(
            seen,
            [
                ("charge.card".to_string(), "SERVED".to_string(), 200),
                ("refund.issue".to_string(), "PEER_NOT_ALLOWED".to_string(), 403),
                ("/charge.card/../refund.issue".to_string(), "PATH_NOT_NORMALIZED".to_string(), 400),
            ]
        );
        let outbound: Vec<String> = client_log.events.lock().unwrap().iter().map(|e| format!("{} {}", e.direction, e.outcome)).collect();
        assert_eq!(
            outbound,
            ["outbound ANSWERED", "outbound PEER_NOT_ALLOWED", "outbound PATH_NOT_NORMALIZED", "outbound AUDIT_UNAVAILABLE"]
        );
    });
}

#[test]
fn a_client_sends_nothing_to_a_server_its_certificate_rules_out() {
    let w = world();
    let recorder = Arc::new(Recorder::default());
    rt().block_on(async {
        let addr = listen(payments_server(&w, &settings(&w.payments, &w.authority.pem)).observer(recorder.clone()).build()).await;
        let want = SpiffeId::new(TD, "payments").unwrap();
        let wary = A2aPolicy { blocked_assets: vec!["payments".into()], ..strict() };
        let mut s = client(&w, &w.billing, "billing-token", wary).connect(TcpStream::connect(addr).await.unwrap(), &want).await.unwrap();
        let refused = s.call("charge.card", Bytes::from_static(b"card number")).await;
        assert!(matches!(refused, Err(A2aError::PeerRefused(ref r)) if r.code == "ASSET_BLOCKED"), "{refused:?}");
        assert!(recorder.events.lock().unwrap().is_empty(), "the server never saw the request");
        // Positive control: the same server under the usual policy.
        let mut s =
            client(&w, &w.billing, "billing-token", strict()).connect(TcpStream::connect(addr).await.unwrap(), &want).await.unwrap();
        assert_eq!(s.call("charge.card", Bytes::new()).await.unwrap().status, 200);
    });
}
