//! The SSRF corpus: bypass forms all denied, allowed destinations all pass.

use std::collections::HashMap;
use std::net::IpAddr;

use aigos_network::{EgressConfig, EgressDecision, EgressFilter, StaticResolver};

fn filter() -> EgressFilter {
    let config: EgressConfig = toml::from_str(
        r#"
[[rules]]
id = "partner"
hosts = ["api.partner.example", "*.cdn.example"]

[[rules]]
id = "webhooks"
hosts = ["hooks.example"]
ports = [443, 8443]

[[rules]]
id = "office-range"
cidrs = ["203.0.113.0/24"]
ports = [8443]

[[rules]]
id = "internal-billing"
hosts = ["billing.corp.example"]
cidrs = ["10.20.0.0/16"]
"#,
    )
    .unwrap();
    EgressFilter::new(&config)
}

fn dns() -> StaticResolver {
    let entries: &[(&str, &[&str])] = &[
        ("api.partner.example", &["93.184.215.10", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"]),
        ("a.cdn.example", &["93.184.215.20"]),
        ("hooks.example", &["93.184.215.30"]),
        ("billing.corp.example", &["10.20.1.5"]),
        // Rebinding and wildcard-DNS tricks: public names that resolve inside.
        ("evil.cdn.example", &["127.0.0.1"]),
        ("meta.cdn.example", &["169.254.169.254"]),
        ("v6meta.cdn.example", &["fd00:ec2::254"]),
        ("mixed.cdn.example", &["93.184.215.21", "10.0.0.5"]),
        ("mapped.cdn.example", &["::ffff:127.0.0.1"]),
        ("private.cdn.example", &["192.168.1.10"]),
        ("cgnat.cdn.example", &["100.100.100.200"]),
        ("linklocal6.cdn.example", &["fe80::1"]),
        ("localtest.me", &["127.0.0.1"]),
        ("127.0.0.1.nip.io", &["127.0.0.1"]),
        ("169.254.169.254.nip.io", &["169.254.169.254"]),
    ];
    StaticResolver(
        entries
            .iter()
            .map(|(h, ips)| (h.to_string(), ips.iter().map(|i| i.parse::<IpAddr>().unwrap()).collect()))
            .collect::<HashMap<_, _>>(),
    )
}

const BYPASSES: &[&str] = &[
    "http://127.0.0.1/",
    "https://127.0.0.1/",
    "http://localhost/",
    "http://LOCALHOST./",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://0x7f.1/",
    "http://0/",
    "http://0.0.0.0/",
    "http://[::1]/",
    "http://[::]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://[::127.0.0.1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://0251.0376.0251.0376/",
    "http://0xa9fea9fe/",
    "http://2852039166/",
    "http://169.254.43518/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://METADATA.GOOGLE.INTERNAL./",
    "http://100.100.100.200/latest/meta-data/",
    "http://10.0.0.1/",
    "http://172.16.0.1/",
    "http://192.168.1.1/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    "http://[2002:7f00:1::]/",
    "https://evil.cdn.example/",
    "https://meta.cdn.example/",
    "https://v6meta.cdn.example/",
    "https://mixed.cdn.example/",
    "https://mapped.cdn.example/",
    "https://private.cdn.example/",
    "https://cgnat.cdn.example/",
    "https://linklocal6.cdn.example/",
    "http://localtest.me/",
    "http://127.0.0.1.nip.io/",
    "http://169.254.169.254.nip.io/",
    "https://api.partner.example@127.0.0.1/",
    "https://api.partner.example.evil.net/",
    "https://evil.net/api.partner.example",
    "https://evil.net#@api.partner.example",
    "https://api.partner.example:22/",
    "http://api.partner.example/",
    "https://cdn.example/",
    "gopher://api.partner.example/",
    "file:///etc/passwd",
    "https://①②⑦.⓪.⓪.①/",
    "https://１２７．０．０．１/",
    "https://hooks.example:9000/",
    "https://203.0.113.5/",
    "not a url",
];

const ALLOWED: &[(&str, &str)] = &[
    ("https://api.partner.example/v1/orders", "partner"),
    ("https://API.PARTNER.EXAMPLE./v1", "partner"),
    ("https://a.cdn.example/img.png", "partner"),
    ("https://hooks.example:8443/incoming", "webhooks"),
    ("https://hooks.example/incoming", "webhooks"),
    ("https://203.0.113.5:8443/", "office-range"),
    ("https://billing.corp.example/invoices", "internal-billing"),
    ("https://10.20.3.4/health", "internal-billing"),
];

#[tokio::test]
async fn ssrf_bypass_corpus_is_denied() {
    let (f, dns) = (filter(), dns());
    assert!(BYPASSES.len() >= 40);
    for url in BYPASSES {
        let d = f.check_url(url, &dns).await;
        assert!(!d.is_allowed(), "{url} was allowed: {d:?}");
    }
    println!("egress corpus: {} bypass forms denied", BYPASSES.len());
}

#[tokio::test]
async fn allowed_destinations_pass_with_checked_addresses() {
    let (f, dns) = (filter(), dns());
    for (url, rule) in ALLOWED {
        match f.check_url(url, &dns).await {
            EgressDecision::Allow { rule: r, addresses } => {
                assert_eq!(&r, rule, "{url}");
                assert!(!addresses.is_empty());
                assert!(addresses.iter().all(|a| a.port() != 0));
            }
            d => panic!("{url} denied: {d:?}"),
        }
    }
    // Only checked addresses come back: both of the partner's.
    match f.check_url("https://api.partner.example/", &dns).await {
        EgressDecision::Allow { addresses, .. } => assert_eq!(addresses.len(), 2),
        d => panic!("{d:?}"),
    }
}

#[tokio::test]
async fn resolution_failure_denies_and_connect_uses_checked_addresses_only() {
    let f = filter();
    let empty = StaticResolver::default();
    assert!(!f.check_url("https://api.partner.example/", &empty).await.is_allowed());
    // connect() refuses a denied URL without touching the network.
    let err = f.connect("http://169.254.169.254/", &empty).await.unwrap_err();
    assert!(err.contains("link-local"), "{err}");
}

/// A resolver whose answers can change and which counts its lookups.
struct Counting {
    answers: std::sync::Mutex<StaticResolver>,
    lookups: std::sync::atomic::AtomicUsize,
}

#[async_trait::async_trait]
impl aigos_network::Resolver for Counting {
    async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, String> {
        self.lookups.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let answers = self.answers.lock().unwrap().clone();
        aigos_network::Resolver::resolve(&answers, host).await
    }
}

fn counting() -> std::sync::Arc<Counting> {
    std::sync::Arc::new(Counting { answers: std::sync::Mutex::new(dns()), lookups: 0.into() })
}

fn lookups(c: &Counting) -> usize {
    c.lookups.load(std::sync::atomic::Ordering::SeqCst)
}

#[tokio::test(start_paused = true)]
async fn cached_decisions_are_reused_until_they_expire_and_rebinding_is_still_caught() {
    use aigos_network::EgressCache;
    let resolver = counting();
    let cache = EgressCache::new(filter(), resolver.clone()).with_ttl(std::time::Duration::from_secs(30));
    let first = cache.check_url("https://a.cdn.example/x").await;
    assert!(first.is_allowed());
    assert_eq!(cache.check_url("https://a.cdn.example/other?path").await, first, "same destination, cached");
    assert_eq!(lookups(&resolver), 1, "one lookup for both checks");
    // The cache answers exactly what the filter answers.
    assert_eq!(first, filter().check_url("https://a.cdn.example/x", &dns()).await);
    // The name now points inside: while the allow is cached, connections still
    // go to the address checked before, never to the new one.
    resolver.answers.lock().unwrap().0.insert("a.cdn.example".into(), vec!["10.0.0.9".parse().unwrap()]);
    match cache.check_url("https://a.cdn.example/").await {
        EgressDecision::Allow { addresses, .. } => assert_eq!(addresses, ["93.184.215.20:443".parse().unwrap()]),
        d => panic!("{d:?}"),
    }
    // After the time to live the rebinding is seen and denied.
    tokio::time::advance(std::time::Duration::from_secs(31)).await;
    let after = cache.check_url("https://a.cdn.example/").await;
    assert!(!after.is_allowed(), "{after:?}");
    assert_eq!(lookups(&resolver), 2);
    // Denials are cached too (no lookup needed for a rule miss) ...
    assert!(!cache.check_url("https://unlisted.example/").await.is_allowed());
    assert!(!cache.check_url("https://unlisted.example/").await.is_allowed());
    assert_eq!(lookups(&resolver), 2);
    // ... but a failed resolution is not: the next check asks again.
    resolver.answers.lock().unwrap().0.remove("hooks.example");
    assert!(!cache.check_url("https://hooks.example/").await.is_allowed());
    resolver.answers.lock().unwrap().0.insert("hooks.example".into(), vec!["93.184.215.30".parse().unwrap()]);
    assert!(cache.check_url("https://hooks.example/").await.is_allowed(), "recovers as soon as DNS answers");
    assert_eq!(lookups(&resolver), 4);
    // Bypass spellings are still denied through the cache.
    for url in ["http://0x7f.1/", "http://[::ffff:169.254.169.254]/", "http://metadata.google.internal/"] {
        assert!(!cache.check_url(url).await.is_allowed(), "{url}");
        assert!(!cache.check_url(url).await.is_allowed(), "{url} (cached)");
    }
}

#[tokio::test]
async fn the_cache_stays_within_its_capacity() {
    use aigos_network::EgressCache;
    let cache = EgressCache::new(filter(), counting()).with_capacity(2);
    for url in ["https://a.cdn.example/", "https://hooks.example/", "https://api.partner.example/", "https://b.example/"] {
        cache.check_url(url).await;
        assert!(cache.len() <= 2);
    }
    cache.clear();
    assert!(cache.is_empty());
}

// ---------------------------------------------------------------------------
// URLs written to slip past the filter: both parsers must agree, the scheme
// must be listed, special ranges stay special.

fn strict_filter(extra: &str) -> EgressFilter {
    let config: EgressConfig = toml::from_str(&format!(
        r#"{extra}
[[rules]]
id = "allowed"
hosts = ["allowed.example", "*.allowed.example"]
cidrs = ["93.184.215.0/24"]
ports = [80, 443]
"#
    ))
    .unwrap();
    EgressFilter::new(&config)
}

fn strict_dns() -> StaticResolver {
    let entries: &[(&str, &str)] = &[
        ("allowed.example", "93.184.215.14"),
        ("evil.example", "93.184.216.99"),
        ("good.allowed.example", "93.184.215.15"),
        ("mapped.allowed.example", "::ffff:93.184.215.14"),
        ("sitelocal.allowed.example", "fec0::1"),
        ("ietf.allowed.example", "192.0.0.8"),
        ("bench.allowed.example", "198.18.0.5"),
        ("docs.allowed.example", "192.0.2.7"),
        ("docs6.allowed.example", "2001:db8::7"),
    ];
    StaticResolver(entries.iter().map(|(h, ip)| (h.to_string(), vec![ip.parse().unwrap()])).collect())
}

fn reason(d: &EgressDecision) -> &str {
    match d {
        EgressDecision::Deny { reason } => reason,
        EgressDecision::Allow { .. } => panic!("allowed: {d:?}"),
    }
}

/// Each attack, the part of the reason it must be denied with, and a positive
/// control that differs only in the attack and is allowed.
const ATTACKS: &[(&str, &str, &str)] = &[
    ("HTTP://169.254.169.254/", "169.254.169.254 is link-local", "HTTP://allowed.example/"),
    ("http:/169.254.169.254/", "ambiguous URL: WHATWG reads host 169.254.169.254, RFC 3986 reads no host", "http://allowed.example/"),
    ("https:allowed.example/", "ambiguous URL: WHATWG reads host allowed.example, RFC 3986 reads no host", "https://allowed.example/"),
    (
        "https:///allowed.example/",
        "ambiguous URL: WHATWG reads host allowed.example, RFC 3986 reads an empty host",
        "https://allowed.example/",
    ),
    (" http://169.254.169.254/", "not a URL: leading or trailing whitespace", "http://allowed.example/"),
    (" https://allowed.example/", "not a URL: leading or trailing whitespace", "https://allowed.example/"),
    ("https://allowed.example/ ", "not a URL: leading or trailing whitespace", "https://allowed.example/"),
    ("\u{a0}https://allowed.example/", "not a URL: leading or trailing whitespace", "https://allowed.example/"),
    ("\u{1}https://allowed.example/", "not a URL: leading or trailing whitespace", "https://allowed.example/"),
    ("https://allowed.exa\tmple/", "not a URL: contains whitespace or control character '\\t'", "https://allowed.example/"),
    ("https://allowed.example\n.evil.example/", "not a URL: contains whitespace", "https://allowed.example/"),
    ("ws://127.0.0.1:6379/", "scheme ws is not allowed", "http://allowed.example/"),
    ("wss://allowed.example/", "scheme wss is not allowed", "https://allowed.example/"),
    ("gopher://127.0.0.1:6379/_INFO", "scheme gopher is not allowed", "http://allowed.example/"),
    ("GOPHER://allowed.example:70/", "scheme gopher is not allowed", "http://allowed.example/"),
    ("file:///etc/shadow", "scheme file is not allowed", "https://allowed.example/etc/shadow"),
    ("dict://127.0.0.1:11211/stats", "scheme dict is not allowed", "http://allowed.example/stats"),
    (
        "https://allowed.example\\@evil.example/",
        "ambiguous URL: WHATWG reads host allowed.example, RFC 3986 rejects the URL (a backslash at index 23",
        "https://allowed.example/@evil.example/",
    ),
    (
        "https:\\\\allowed.example/",
        "ambiguous URL: WHATWG reads host allowed.example, RFC 3986 rejects the URL (a backslash at index 6",
        "https://allowed.example/",
    ),
    ("https://allowed.example@evil.example/", "no rule allows evil.example:443", "https://user@allowed.example/"),
    ("https://allowed.example:443@evil.example/", "no rule allows evil.example:443", "https://user:443@allowed.example/"),
    (
        "https://x@y@allowed.example/",
        "ambiguous URL: WHATWG reads host allowed.example, RFC 3986 rejects the URL",
        "https://x%40y@allowed.example/",
    ),
    ("http://0x7f.1/", "ambiguous URL: WHATWG reads host 127.0.0.1, RFC 3986 reads 0x7f.1; 127.0.0.1 is loopback", "http://93.184.215.14/"),
    ("http://2130706433/", "RFC 3986 reads 2130706433; 127.0.0.1 is loopback", "http://93.184.215.14/"),
    ("http://93.184.215.014/", "ambiguous URL: WHATWG reads host 93.184.215.12, RFC 3986 reads 93.184.215.014", "http://93.184.215.14/"),
    (
        "https://%61llowed.example/",
        "ambiguous URL: WHATWG reads host allowed.example, RFC 3986 reads %61llowed.example",
        "https://allowed.example/",
    ),
    (
        "https://allowed.example\u{3002}evil.example/",
        "ambiguous URL: WHATWG reads host allowed.example.evil.example",
        "https://allowed.example/",
    ),
    ("https://allowed.exam\u{200b}ple/", "ambiguous URL: WHATWG reads host allowed.example", "https://allowed.example/"),
    ("https://１２７．０．０．１/", "; 127.0.0.1 is loopback", "https://allowed.example/"),
    ("http://[::ffff:169.254.169.254]/", "::ffff:169.254.169.254 is IPv4-mapped IPv6 (::ffff:0:0/96)", "http://93.184.215.14/"),
    ("http://[::ffff:93.184.215.14]/", "::ffff:93.184.215.14 is IPv4-mapped IPv6", "http://93.184.215.14/"),
    ("http://[::93.184.215.14]/", "IPv4-compatible IPv6", "http://93.184.215.14/"),
    ("http://[fec0::1]/", "fec0::1 is site-local", "http://93.184.215.14/"),
    ("http://192.0.0.8/", "192.0.0.8 is IETF protocol assignments", "http://93.184.215.14/"),
    ("http://198.18.0.1/", "198.18.0.1 is benchmarking", "http://93.184.215.14/"),
    ("http://192.0.2.1/", "192.0.2.1 is documentation", "http://93.184.215.14/"),
    ("http://198.51.100.1/", "198.51.100.1 is documentation", "http://93.184.215.14/"),
    ("http://203.0.113.1/", "203.0.113.1 is documentation", "http://93.184.215.14/"),
    ("http://[2001:db8::1]/", "2001:db8::1 is documentation", "http://93.184.215.14/"),
    ("https://mapped.allowed.example/", "resolves to ::ffff:93.184.215.14, which is IPv4-mapped", "https://good.allowed.example/"),
    ("https://sitelocal.allowed.example/", "resolves to fec0::1, which is site-local", "https://good.allowed.example/"),
    ("https://ietf.allowed.example/", "resolves to 192.0.0.8, which is IETF protocol assignments", "https://good.allowed.example/"),
    ("https://bench.allowed.example/", "resolves to 198.18.0.5, which is benchmarking", "https://good.allowed.example/"),
    ("https://docs.allowed.example/", "resolves to 192.0.2.7, which is documentation", "https://good.allowed.example/"),
    ("https://docs6.allowed.example/", "resolves to 2001:db8::7, which is documentation", "https://good.allowed.example/"),
    ("https://allowed.example:8443/", "no rule allows allowed.example:8443", "https://allowed.example:443/"),
    ("", "not a URL: empty", "https://allowed.example/"),
    ("allowed.example", "not a URL", "https://allowed.example"),
];

#[tokio::test]
async fn urls_written_to_slip_past_are_denied_for_the_right_reason() {
    let (f, dns) = (strict_filter(""), strict_dns());
    for (attack, why, control) in ATTACKS {
        let d = f.check_url(attack, &dns).await;
        assert!(reason(&d).contains(why), "{attack:?}: {d:?}, expected {why:?}");
        let c = f.check_url(control, &dns).await;
        assert!(c.is_allowed(), "control {control:?} for {attack:?}: {c:?}");
    }
    println!("egress attacks: {} denied, each next to an allowed control", ATTACKS.len());
}

#[tokio::test]
async fn spellings_that_both_parsers_read_alike_are_allowed() {
    let (f, dns) = (strict_filter(""), strict_dns());
    for url in [
        "https://allowed.example/",
        "HTTPS://ALLOWED.EXAMPLE./x",
        "https://allowed.example:443/",
        "https://allowed.example:0443/",
        "https://allowed.example:/",
        "http://allowed.example:80/",
        "https://user:pw@allowed.example/",
        "https://allowed.example#@evil.example/",
        "https://allowed.example/?next=http://169.254.169.254/",
        "https://allowed.example/caf\u{e9}?q=\u{fc}ber",
        "http://93.184.215.14/",
    ] {
        let d = f.check_url(url, &dns).await;
        assert!(d.is_allowed(), "{url}: {d:?}");
    }
}

#[tokio::test]
async fn an_ipv4_mapped_address_needs_an_ipv6_cidr() {
    let dns = strict_dns();
    // The IPv4 CIDR of the rule allows the address, not its mapped form ...
    let f = strict_filter("");
    assert!(f.check_url("http://93.184.215.14/", &dns).await.is_allowed());
    assert!(!f.check_url("http://[::ffff:93.184.215.14]/", &dns).await.is_allowed());
    assert!(!f.check_url("https://mapped.allowed.example/", &dns).await.is_allowed());
    // ... a CIDR over the mapped range does, for literals and DNS answers alike.
    let config: EgressConfig = toml::from_str(
        r#"
[[rules]]
id = "mapped"
hosts = ["*.allowed.example"]
cidrs = ["::ffff:93.184.215.0/120"]
"#,
    )
    .unwrap();
    let f = EgressFilter::new(&config);
    match f.check_url("https://[::ffff:93.184.215.14]/", &dns).await {
        EgressDecision::Allow { rule, addresses } => {
            assert_eq!(rule, "mapped");
            assert_eq!(addresses, ["[::ffff:93.184.215.14]:443".parse().unwrap()]);
        }
        d => panic!("{d:?}"),
    }
    assert!(f.check_url("https://mapped.allowed.example/", &dns).await.is_allowed());
    // The IPv4 address itself is not in that IPv6 range.
    assert!(!f.check_url("https://93.184.215.14/", &dns).await.is_allowed());
}

#[tokio::test]
async fn websockets_only_when_listed() {
    let dns = strict_dns();
    let default = strict_filter("");
    for url in ["ws://allowed.example/", "wss://allowed.example/", "WSS://allowed.example/"] {
        assert_eq!(
            reason(&default.check_url(url, &dns).await),
            format!("scheme {} is not allowed", &url[..url.find(':').unwrap()].to_lowercase())
        );
    }
    let f = strict_filter(r#"schemes = ["HTTPS", "wss", "Ws"]"#);
    for (url, port) in [("wss://allowed.example/stream", 443), ("WS://allowed.example/", 80), ("https://allowed.example/", 443)] {
        match f.check_url(url, &dns).await {
            EgressDecision::Allow { addresses, .. } => assert_eq!(addresses, [format!("93.184.215.14:{port}").parse().unwrap()], "{url}"),
            d => panic!("{url}: {d:?}"),
        }
    }
    assert_eq!(reason(&f.check_url("http://allowed.example/", &dns).await), "scheme http is not allowed");
    // Still no way to the inside through a listed scheme.
    assert!(reason(&f.check_url("ws://127.0.0.1:6379/", &dns).await).contains("loopback"));
}

#[tokio::test]
async fn a_listed_scheme_without_a_default_port_needs_one() {
    let dns = strict_dns();
    let f = strict_filter(r#"schemes = ["gopher"]"#);
    assert_eq!(reason(&f.check_url("gopher://allowed.example/", &dns).await), "no port (scheme gopher has no default)");
    assert!(f.check_url("gopher://allowed.example:443/", &dns).await.is_allowed());
    // An opaque host is not resolved when it cannot be a DNS name; IPv4 text is an address.
    assert!(reason(&f.check_url("gopher://allowed%2eexample:443/", &dns).await).contains("not a DNS name"));
    assert!(reason(&f.check_url("gopher://127.0.0.1:443/", &dns).await).contains("loopback"));
    assert!(f.check_url("gopher://93.184.215.14:443/", &dns).await.is_allowed());
}

#[test]
fn configurations_without_schemes_stay_valid_and_unknown_fields_are_refused() {
    let toml_cfg: EgressConfig = toml::from_str("rules = []\n").unwrap();
    let json_cfg: EgressConfig = serde_json::from_str(r#"{"rules": []}"#).unwrap();
    assert_eq!(toml_cfg, EgressConfig::default());
    assert_eq!(json_cfg, EgressConfig::default());
    assert_eq!(EgressConfig::default().schemes, ["http", "https"]);
    let listed: EgressConfig = toml::from_str("schemes = [\"https\", \"wss\"]\nrules = []\n").unwrap();
    assert_eq!(listed.schemes, ["https", "wss"]);
    assert!(toml::from_str::<EgressConfig>("rules = []\nscheme = [\"ws\"]\n").is_err());
    assert!(serde_json::from_str::<EgressConfig>(r#"{"rules": [], "extra": 1}"#).is_err());
}

#[tokio::test(start_paused = true)]
async fn the_cache_applies_the_same_checks_and_returns_the_checked_addresses() {
    use aigos_network::EgressCache;
    let f = strict_filter("");
    let cache = EgressCache::new(f.clone(), std::sync::Arc::new(strict_dns()));
    for (attack, why, control) in ATTACKS {
        for _ in 0..2 {
            let d = cache.check_url(attack).await;
            assert!(reason(&d).contains(why), "{attack:?} (cached): {d:?}");
            assert_eq!(d, f.check_url(attack, &strict_dns()).await);
        }
        assert_eq!(cache.check_url(control).await, f.check_url(control, &strict_dns()).await, "{control:?}");
    }
    cache.clear();
    // Every spelling of one destination shares one entry, with its addresses.
    for url in
        ["https://allowed.example/", "HTTPS://ALLOWED.EXAMPLE:443/a", "https://u:p@allowed.example./b", "https://allowed.example:0443/"]
    {
        match cache.check_url(url).await {
            EgressDecision::Allow { rule, addresses } => {
                assert_eq!(rule, "allowed");
                assert_eq!(addresses, ["93.184.215.14:443".parse().unwrap()], "{url}");
            }
            d => panic!("{url}: {d:?}"),
        }
    }
    assert_eq!(cache.len(), 1);
    // Denied before any lookup: a URL the parsers disagree on is never cached.
    assert!(!cache.check_url("https://allowed.example\\@evil.example/").await.is_allowed());
    assert_eq!(cache.len(), 1);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn run<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
    }

    /// URL-ish strings: a scheme-like prefix, then characters that matter to parsers.
    fn urlish() -> impl Strategy<Value = String> {
        let prefix =
            prop::sample::select(vec!["", "http://", "HTTPS://", "http:/", "https:", "ws://", "gopher://", "file:///", "http:\\\\", "//"]);
        let body = prop::collection::vec(
            prop::sample::select(vec![
                "a",
                "allowed.example",
                "evil.example",
                ".",
                "@",
                ":",
                "/",
                "\\",
                "?",
                "#",
                "%",
                "%2e",
                "[",
                "]",
                "::ffff:",
                "127.0.0.1",
                "0x7f",
                "1",
                "443",
                " ",
                "\t",
                "\n",
                "\u{0}",
                "\u{3002}",
                "\u{ff0e}",
                "ü",
                "\"",
                "'",
            ]),
            0..12,
        );
        (prefix, body).prop_map(|(p, b)| format!("{p}{}", b.concat()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn check_url_never_panics_on_ascii(s in "[ -~\t\n\r]{0,64}") {
            let (f, dns) = (strict_filter(""), strict_dns());
            let _ = run(f.check_url(&s, &dns));
        }

        #[test]
        fn the_cache_and_the_filter_agree(s in urlish()) {
            let f = strict_filter("");
            let cache = aigos_network::EgressCache::new(f.clone(), std::sync::Arc::new(strict_dns()));
            let (direct, cached, again) = run(async { (f.check_url(&s, &strict_dns()).await, cache.check_url(&s).await, cache.check_url(&s).await) });
            prop_assert_eq!(&direct, &cached);
            prop_assert_eq!(&direct, &again);
        }

        #[test]
        fn leading_or_trailing_whitespace_is_always_denied(
            ws in prop::sample::select(vec![" ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{0}", "\u{a0}", "\u{3000}"]),
            s in urlish(),
            before in any::<bool>(),
        ) {
            let (f, dns) = (strict_filter(""), strict_dns());
            let url = if before { format!("{ws}{s}") } else { format!("{s}{ws}") };
            let d = run(f.check_url(&url, &dns));
            prop_assert!(!d.is_allowed(), "{:?}: {:?}", url, d);
            let control = run(f.check_url("https://allowed.example/", &dns));
            prop_assert!(control.is_allowed());
        }
    }
}
