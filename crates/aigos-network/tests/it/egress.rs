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
        ("api.partner.example", &["198.51.100.10", "2001:db8::10"]),
        ("a.cdn.example", &["198.51.100.20"]),
        ("hooks.example", &["198.51.100.30"]),
        ("billing.corp.example", &["10.20.1.5"]),
        // Rebinding and wildcard-DNS tricks: public names that resolve inside.
        ("evil.cdn.example", &["127.0.0.1"]),
        ("meta.cdn.example", &["169.254.169.254"]),
        ("v6meta.cdn.example", &["fd00:ec2::254"]),
        ("mixed.cdn.example", &["198.51.100.21", "10.0.0.5"]),
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
    ("wss://api.partner.example/stream", "partner"),
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
        EgressDecision::Allow { addresses, .. } => assert_eq!(addresses, ["198.51.100.20:443".parse().unwrap()]),
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
    resolver.answers.lock().unwrap().0.insert("hooks.example".into(), vec!["198.51.100.30".parse().unwrap()]);
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
