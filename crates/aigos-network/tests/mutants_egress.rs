//! Egress rules that mutation testing (`cargo xtask mutants`) found
//! untested: the exact edges of every special address range (one address
//! inside, denied for the right reason; one just outside and globally
//! routable, allowed by a `*`-free rule only when a CIDR names it), wildcard
//! host patterns against look-alike names, default ports per scheme, and the
//! cache's time to live at its exact end.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    unreachable_pub,
    reason = "tests"
)]

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use aigos_network::{EgressCache, EgressConfig, EgressDecision, EgressFilter, Resolver, StaticResolver, canonical_ip, special};

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

/// Each special range: an address inside it and the words its reason must
/// contain.
const INSIDE: &[(&str, &str)] = &[
    // IPv4
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("0.0.0.0", "this network"),
    ("0.1.2.3", "this network"),
    ("10.0.0.1", "private"),
    ("172.31.255.1", "private"),
    ("192.168.0.1", "private"),
    ("169.254.169.254", "link-local"),
    ("100.64.0.1", "shared address space"),
    ("100.127.255.254", "shared address space"),
    ("192.0.0.8", "IETF protocol assignments"),
    ("192.0.2.1", "documentation"),
    ("198.51.100.7", "documentation"),
    ("203.0.113.9", "documentation"),
    ("198.18.0.1", "benchmarking"),
    ("198.19.255.254", "benchmarking"),
    ("192.88.99.1", "6to4 relay"),
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"),
    ("255.255.255.255", "broadcast"),
    ("240.0.0.1", "reserved"),
    ("250.1.2.3", "reserved"),
    // IPv6
    ("::1", "loopback"),
    ("::", "unspecified"),
    ("::ffff:8.8.8.8", "IPv4-mapped"),
    ("::8.8.8.8", "IPv4-compatible"),
    ("::2:3", "IPv4-compatible"),
    ("fc00::1", "unique-local"),
    ("fdff:ffff::1", "unique-local"),
    ("fd00:ec2::254", "unique-local"),
    ("fe80::1", "link-local"),
    ("febf::1", "link-local"),
    ("fec0::1", "site-local"),
    ("feff::1", "site-local"),
    ("ff02::1", "multicast"),
    ("2002:7f00:1::", "transition"),
    ("2001:0:4136:e378::1", "transition"),
    ("64:ff9b::7f00:1", "transition"),
    ("2001:db8::1", "documentation"),
    ("3fff::1", "documentation"),
    ("3fff:fff:ffff::1", "documentation"),
    ("2001:1::1", "IETF protocol assignments"),
    ("2001:1ff::1", "IETF protocol assignments"),
    ("100::1", "discard-only"),
    ("5f00::1", "SRv6"),
];

/// Globally routable addresses next to a special range (or sharing one of
/// the words its check looks at): never special.
const OUTSIDE: &[&str] = &[
    "8.8.8.8",
    "1.1.1.1",
    "100.63.255.254",
    "100.128.0.1",
    "8.64.0.1",
    "192.0.1.1",
    "192.0.3.1",
    "198.51.101.1",
    "203.0.114.1",
    "198.17.255.254",
    "198.20.0.1",
    "8.18.0.1",
    "192.88.98.1",
    "223.255.255.254",
    "2606:4700::1111",
    "2606::1",
    "2001:4860:4860::8888",
    "2001:200::1",
    "2606:db8::1",
    "2606:ff9b::1",
    "64:ff9c::1",
    "3fff:1000::1",
    "2400:cb00::1",
    "100:0:0:1::1",
    "5f01::1",
];

#[test]
fn every_special_range_has_its_reason_and_its_neighbours_are_global() {
    for (addr, why) in INSIDE {
        let got = special(ip(addr));
        assert!(got.is_some_and(|r| r.contains(why)), "{addr}: expected {why:?}, got {got:?}");
    }
    for addr in OUTSIDE {
        assert_eq!(special(ip(addr)), None, "{addr} is globally routable");
    }
}

#[test]
fn canonical_ip_unwraps_only_embedded_ipv4() {
    assert_eq!(canonical_ip(ip("::ffff:8.8.8.8")), ip("8.8.8.8"));
    assert_eq!(canonical_ip(ip("::8.8.8.8")), ip("8.8.8.8"));
    for same in ["::1", "::", "2606:4700::1111", "8.8.8.8", "fe80::1"] {
        assert_eq!(canonical_ip(ip(same)), ip(same), "{same}");
    }
}

fn resolver(entries: &[(&str, &str)]) -> StaticResolver {
    let mut map: HashMap<String, Vec<IpAddr>> = HashMap::new();
    for (host, addr) in entries {
        map.entry((*host).to_owned()).or_default().push(ip(addr));
    }
    StaticResolver(map)
}

fn reason(d: &EgressDecision) -> &str {
    match d {
        EgressDecision::Deny { reason } => reason,
        EgressDecision::Allow { .. } => "allowed",
    }
}

fn filter(toml_text: &str) -> EgressFilter {
    EgressFilter::new(&toml::from_str::<EgressConfig>(toml_text).unwrap())
}

/// An IP literal just outside a special range is only allowed by a CIDR
/// rule; one inside is denied for its reason even with a rule for every
/// public address.
#[tokio::test]
async fn literals_inside_and_outside_special_ranges() {
    let f = filter(
        r#"
[[rules]]
id = "world"
cidrs = ["0.0.0.0/0", "::/0"]
"#,
    );
    let dns = StaticResolver::default();
    // Positive control: every neighbour is reachable through a CIDR rule.
    for addr in OUTSIDE {
        let url = if addr.contains(':') { format!("https://[{addr}]/") } else { format!("https://{addr}/") };
        assert!(f.check_url(&url, &dns).await.is_allowed(), "{url}");
    }
    let none = filter("rules = []\n");
    for (addr, why) in INSIDE {
        let url = if addr.contains(':') { format!("https://[{addr}]/") } else { format!("https://{addr}/") };
        let d = none.check_url(&url, &dns).await;
        assert!(reason(&d).contains(why), "{url}: {d:?}");
    }
    assert_eq!(reason(&none.check_url("https://8.8.8.8/", &dns).await), "no rule allows 8.8.8.8:443");
}

/// A public host name that resolves into any special range is denied (DNS
/// rebinding), unless the same rule names the range.
#[tokio::test]
async fn names_resolving_into_special_ranges_are_denied() {
    let f = filter(
        r#"
[[rules]]
id = "cdn"
hosts = ["*.cdn.example"]

[[rules]]
id = "billing"
hosts = ["billing.cdn.example"]
cidrs = ["10.20.0.0/16"]
"#,
    );
    for (addr, why) in INSIDE {
        let dns = resolver(&[("x.cdn.example", "93.184.215.20"), ("x.cdn.example", addr)]);
        let d = f.check_url("https://x.cdn.example/", &dns).await;
        assert!(reason(&d).contains(why) && reason(&d).contains(&ip(addr).to_string()), "{addr}: {d:?}");
    }
    let dns = resolver(&[("x.cdn.example", "93.184.215.20"), ("x.cdn.example", "2606:4700::1111")]);
    match f.check_url("https://x.cdn.example/", &dns).await {
        EgressDecision::Allow { rule, addresses } => {
            assert_eq!(rule, "cdn");
            assert_eq!(addresses, ["93.184.215.20:443".parse().unwrap(), "[2606:4700::1111]:443".parse().unwrap()]);
        }
        d => panic!("{d:?}"),
    }
    // The first matching rule decides: billing.cdn.example matches "cdn" first, which names no CIDR.
    let dns = resolver(&[("billing.cdn.example", "10.20.1.5")]);
    assert!(reason(&f.check_url("https://billing.cdn.example/", &dns).await).contains("private"));
    let own = filter("[[rules]]\nid = \"billing\"\nhosts = [\"billing.cdn.example\"]\ncidrs = [\"10.20.0.0/16\"]\n");
    assert!(own.check_url("https://billing.cdn.example/", &dns).await.is_allowed(), "the rule names the range");
    let other = resolver(&[("billing.cdn.example", "10.30.1.5")]);
    assert!(reason(&own.check_url("https://billing.cdn.example/", &other).await).contains("private"), "outside the named range");
    // A resolver that answers nothing denies, and the reason says so.
    let empty = StaticResolver(HashMap::from([("x.cdn.example".to_owned(), vec![])]));
    assert_eq!(reason(&f.check_url("https://x.cdn.example/", &empty).await), "x.cdn.example has no addresses");
}

/// `*.suffix` matches names below the suffix only: not the suffix itself,
/// not a name that merely ends with its text, not an empty label.
#[tokio::test]
async fn wildcard_patterns_against_look_alike_names() {
    let f = filter("[[rules]]\nid = \"cdn\"\nhosts = [\"*.cdn.example\", \"api.partner.example\"]\n");
    let public = "93.184.215.20";
    let hosts = [
        "a.cdn.example",
        "a.b.cdn.example",
        "cdn.example",
        "evilcdn.example",
        "a.xyz.example",
        "aaaaaaaaaaaaaaaaaaaaaaaa.other",
        "api.partner.example",
        "x.api.partner.example",
    ];
    let dns = resolver(&hosts.map(|h| (h, public)));
    for host in ["a.cdn.example", "a.b.cdn.example", "api.partner.example"] {
        assert!(f.check_url(&format!("https://{host}/"), &dns).await.is_allowed(), "{host}");
    }
    for host in ["cdn.example", "evilcdn.example", "a.xyz.example", "aaaaaaaaaaaaaaaaaaaaaaaa.other", "x.api.partner.example"] {
        let d = f.check_url(&format!("https://{host}/"), &dns).await;
        assert_eq!(reason(&d), format!("no rule allows {host}:443"), "{host}");
    }
    // An empty label is not a subdomain, even when it resolves.
    let dotted = resolver(&[(".cdn.example", public)]);
    assert_eq!(reason(&f.check_url("https://.cdn.example/", &dotted).await), "no rule allows .cdn.example:443");
}

/// Metadata and local names are denied unless a rule names them exactly.
#[tokio::test]
async fn metadata_and_local_names_need_an_exact_rule() {
    let wildcard = filter("[[rules]]\nid = \"any-internal\"\nhosts = [\"*.internal\", \"*.localhost\"]\nports = [80]\n");
    let dns = resolver(&[("metadata.google.internal", "93.184.215.20"), ("app.localhost", "93.184.215.20")]);
    for url in ["http://metadata.google.internal/", "http://app.localhost/", "http://localhost/", "http://metadata/"] {
        assert!(reason(&wildcard.check_url(url, &dns).await).contains("metadata or local name"), "{url}");
    }
    let exact = filter("[[rules]]\nid = \"gce\"\nhosts = [\"metadata.google.internal\"]\nports = [80]\ncidrs = [\"169.254.0.0/16\"]\n");
    let dns = resolver(&[("metadata.google.internal", "169.254.169.254")]);
    assert!(exact.check_url("http://metadata.google.internal/", &dns).await.is_allowed(), "named exactly, with its range");
}

/// Each scheme's default port is the one checked against the rule's ports.
#[tokio::test]
async fn default_ports_per_scheme() {
    let dns = resolver(&[("files.example", "93.184.215.20")]);
    let cases = [("http", 80), ("https", 443), ("ws", 80), ("wss", 443), ("ftp", 21)];
    for (scheme, port) in cases {
        let f = filter(&format!("schemes = [\"{scheme}\"]\n[[rules]]\nid = \"files\"\nhosts = [\"files.example\"]\nports = [{port}]\n"));
        match f.check_url(&format!("{scheme}://files.example/"), &dns).await {
            EgressDecision::Allow { addresses, .. } => assert_eq!(addresses[0].port(), port, "{scheme}"),
            d => panic!("{scheme}: {d:?}"),
        }
        let other = if port == 443 { 80 } else { 443 };
        let f = filter(&format!("schemes = [\"{scheme}\"]\n[[rules]]\nid = \"files\"\nhosts = [\"files.example\"]\nports = [{other}]\n"));
        assert_eq!(reason(&f.check_url(&format!("{scheme}://files.example/"), &dns).await), format!("no rule allows files.example:{port}"));
    }
    // A rule without ports allows 443 only.
    let f = filter("[[rules]]\nid = \"files\"\nhosts = [\"files.example\"]\n");
    assert!(f.check_url("https://files.example/", &dns).await.is_allowed());
    assert_eq!(reason(&f.check_url("http://files.example/", &dns).await), "no rule allows files.example:80");
    assert_eq!(reason(&f.check_url("https://files.example:8443/", &dns).await), "no rule allows files.example:8443");
    // A CIDR rule is held to its ports too.
    let f = filter("[[rules]]\nid = \"range\"\ncidrs = [\"93.184.215.0/24\"]\nports = [8443]\n");
    assert!(f.check_url("https://93.184.215.20:8443/", &dns).await.is_allowed());
    assert_eq!(reason(&f.check_url("https://93.184.215.20/", &dns).await), "no rule allows 93.184.215.20:443");
    // The default configuration allows http and https only.
    assert_eq!(EgressConfig::default().schemes, ["http", "https"]);
    let f = EgressFilter::new(&EgressConfig::default());
    assert_eq!(reason(&f.check_url("ftp://files.example/", &dns).await), "scheme ftp is not allowed");
    assert_eq!(reason(&f.check_url("https://files.example/", &dns).await), "no rule allows files.example:443");
}

/// Denial reasons name the address WHATWG would have connected to when the
/// two readings disagree.
#[tokio::test]
async fn ambiguous_urls_name_what_whatwg_would_reach() {
    let f = filter("[[rules]]\nid = \"any\"\nhosts = [\"a.example\"]\n");
    let dns = StaticResolver::default();
    let d = f.check_url("http://0x7f.1/", &dns).await;
    assert!(reason(&d).contains("127.0.0.1 is loopback"), "{d:?}");
    let d = f.check_url("https://a.example\\@169.254.169.254/", &dns).await;
    assert!(reason(&d).starts_with("ambiguous URL"), "{d:?}");
    // The same for an IPv6 literal WHATWG would reach.
    let d = f.check_url("http://[::1]\\@a.example/", &dns).await;
    assert!(reason(&d).starts_with("ambiguous URL: WHATWG reads host [::1]") && reason(&d).ends_with("; ::1 is loopback"), "{d:?}");
    let d = f.check_url("https://[2606:4700::1111]\\@a.example/", &dns).await;
    assert!(reason(&d).ends_with("curl as data)"), "a global address needs no note: {d:?}");
    let d = f.check_url("http://[::1]:99999/", &dns).await;
    assert!(!d.is_allowed(), "{d:?}");
}

/// A resolver that counts lookups.
struct Counting(StaticResolver, std::sync::atomic::AtomicUsize);

#[async_trait::async_trait]
impl Resolver for Counting {
    async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, String> {
        self.1.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.0.resolve(host).await
    }
}

/// A cached decision lives exactly its time to live: at the instant it
/// expires the destination is decided (and resolved) again.
#[tokio::test(start_paused = true)]
async fn cache_entries_expire_exactly_at_their_ttl() {
    let f = filter("[[rules]]\nid = \"cdn\"\nhosts = [\"a.cdn.example\"]\n");
    let dns = Arc::new(Counting(resolver(&[("a.cdn.example", "93.184.215.20")]), 0.into()));
    let cache = EgressCache::new(f, dns.clone()).with_ttl(Duration::from_secs(30));
    let lookups = || dns.1.load(std::sync::atomic::Ordering::SeqCst);
    assert!(cache.check_url("https://a.cdn.example/").await.is_allowed());
    tokio::time::advance(Duration::from_secs(29)).await;
    assert!(cache.check_url("https://a.cdn.example/").await.is_allowed());
    assert_eq!(lookups(), 1, "still cached one second before the end");
    tokio::time::advance(Duration::from_secs(1)).await;
    assert!(cache.check_url("https://a.cdn.example/").await.is_allowed());
    assert_eq!(lookups(), 2, "resolved again at the end of the time to live");
    assert_eq!(cache.len(), 1);
    assert!(!cache.is_empty());
    let dbg = format!("{cache:?}");
    assert!(dbg.contains("EgressCache") && dbg.contains("len: 1"), "{dbg}");
}

/// A full cache drops expired entries first and keeps live ones; with no
/// expired entry it starts over; a destination already cached is updated in
/// place.
#[tokio::test(start_paused = true)]
async fn a_full_cache_evicts_expired_entries_first() {
    let f = filter("[[rules]]\nid = \"cdn\"\nhosts = [\"*.cdn.example\"]\n");
    let dns = Arc::new(Counting(
        resolver(&[("a.cdn.example", "93.184.215.20"), ("b.cdn.example", "93.184.215.21"), ("c.cdn.example", "93.184.215.22")]),
        0.into(),
    ));
    let cache = EgressCache::new(f, dns.clone()).with_ttl(Duration::from_secs(30)).with_capacity(2);
    let lookups = || dns.1.load(std::sync::atomic::Ordering::SeqCst);
    cache.check_url("https://a.cdn.example/").await;
    tokio::time::advance(Duration::from_secs(20)).await;
    cache.check_url("https://b.cdn.example/").await;
    tokio::time::advance(Duration::from_secs(15)).await; // a expired, b live
    cache.check_url("https://c.cdn.example/").await; // full: drops a only
    assert_eq!(cache.len(), 2);
    assert_eq!(lookups(), 3);
    cache.check_url("https://b.cdn.example/").await;
    assert_eq!(lookups(), 3, "b was kept");
    // The capacity is at least one.
    let one = EgressCache::new(filter("rules = []\n"), dns.clone()).with_capacity(0);
    one.check_url("https://a.cdn.example/").await;
    one.check_url("https://b.cdn.example/").await;
    assert_eq!(one.len(), 1);
}

/// The system resolver's answers are what the filter checks: `localhost`
/// (from the hosts file, no network needed) resolves to loopback, which a
/// rule naming the host does not make reachable without a CIDR for it.
#[tokio::test]
async fn the_system_resolver_answers_are_checked() {
    let addrs = aigos_network::SystemResolver.resolve("localhost").await.unwrap();
    assert!(!addrs.is_empty() && addrs.iter().all(|a| a.is_loopback()), "{addrs:?}");
    let named = filter("[[rules]]\nid = \"local\"\nhosts = [\"localhost\"]\n");
    let d = named.check_url("https://localhost/", &aigos_network::SystemResolver).await;
    assert!(reason(&d).starts_with("localhost resolves to") && reason(&d).contains("loopback"), "{d:?}");
    let with_cidr = filter("[[rules]]\nid = \"local\"\nhosts = [\"localhost\"]\ncidrs = [\"127.0.0.0/8\", \"::1/128\"]\n");
    assert!(with_cidr.check_url("https://localhost/", &aigos_network::SystemResolver).await.is_allowed());
}

/// Expired entries are swept only when the cache is full, so a check costs
/// no pass over the whole cache while there is room (an attacker choosing
/// many URLs cannot make every check sweep); until then `len` counts them.
#[tokio::test(start_paused = true)]
async fn expired_entries_are_swept_only_when_the_cache_is_full() {
    let f = filter("[[rules]]\nid = \"cdn\"\nhosts = [\"*.cdn.example\"]\n");
    let dns =
        Arc::new(resolver(&[("a.cdn.example", "93.184.215.20"), ("b.cdn.example", "93.184.215.21"), ("c.cdn.example", "93.184.215.22")]));
    let cache = EgressCache::new(f, dns).with_ttl(Duration::from_secs(30)).with_capacity(3);
    assert!(cache.check_url("https://a.cdn.example/").await.is_allowed());
    tokio::time::advance(Duration::from_secs(31)).await;
    assert!(cache.check_url("https://b.cdn.example/").await.is_allowed());
    assert_eq!(cache.len(), 2, "a expired but kept: there was room");
    assert!(cache.check_url("https://c.cdn.example/").await.is_allowed());
    assert_eq!(cache.len(), 3, "still room for c");
    assert!(cache.check_url("https://a.cdn.example/").await.is_allowed(), "an expired entry is decided again");
    assert_eq!(cache.len(), 3);
}

/// An entry is dead at the instant its time to live ends, in the sweep as
/// in a lookup: a full cache then drops it and keeps the live ones.
#[tokio::test(start_paused = true)]
async fn the_sweep_drops_an_entry_at_the_instant_it_expires() {
    let f = filter("[[rules]]\nid = \"cdn\"\nhosts = [\"*.cdn.example\"]\n");
    let entries = [("a.cdn.example", "93.184.215.20"), ("b.cdn.example", "93.184.215.21"), ("c.cdn.example", "93.184.215.22")];
    let dns = Arc::new(Counting(resolver(&entries), 0.into()));
    let cache = EgressCache::new(f, dns.clone()).with_ttl(Duration::from_secs(30)).with_capacity(2);
    let lookups = || dns.1.load(std::sync::atomic::Ordering::SeqCst);
    cache.check_url("https://a.cdn.example/").await;
    tokio::time::advance(Duration::from_secs(10)).await;
    cache.check_url("https://b.cdn.example/").await;
    tokio::time::advance(Duration::from_secs(20)).await; // a's last instant has passed
    cache.check_url("https://c.cdn.example/").await;
    assert_eq!(cache.len(), 2);
    cache.check_url("https://b.cdn.example/").await;
    assert_eq!(lookups(), 3, "b was kept (only a was dropped), no new lookup");
}
