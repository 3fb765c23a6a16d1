//! The egress filter: default deny; rules name hosts (exact or `*.suffix`),
//! CIDRs and ports. Loopback, private, link-local, unique-local, multicast,
//! unspecified, shared (CGNAT) and cloud metadata destinations are denied
//! unless a rule names them explicitly (an exact host or a CIDR that contains
//! them; `*` never does).
//!
//! URLs are parsed with the WHATWG `url` parser, which normalizes IPv4
//! literals in decimal, octal, hex and short forms, IDNA (including
//! full-width and circled digits) and case; IPv4-mapped and -compatible IPv6
//! addresses are unwrapped before checks. Host names are resolved through a
//! [`Resolver`]; every resolved address is checked, and only checked
//! addresses are handed back to connect to, so DNS cannot rebind between the
//! check and the connection.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

/// Host names of cloud metadata services, denied unless named.
const METADATA_HOSTS: &[&str] = &["metadata.google.internal", "metadata", "metadata.azure.com", "instance-data"];

/// One allow rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EgressRule {
    /// Rule id, named in decisions.
    pub id: String,
    /// Host names: exact (`api.example.com`) or `*.example.com` (subdomains).
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Address ranges (also for IP literals and resolved addresses).
    #[serde(default)]
    pub cidrs: Vec<IpNet>,
    /// Allowed ports; empty means 443 only.
    #[serde(default)]
    pub ports: Vec<u16>,
}

/// The egress configuration (TOML or JSON): `[[rules]]`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EgressConfig {
    /// Allow rules; anything else is denied.
    #[serde(default)]
    pub rules: Vec<EgressRule>,
}

/// The decision for one destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "decision", rename_all = "lowercase")]
pub enum EgressDecision {
    /// Allowed: connect only to these (checked) addresses.
    Allow {
        /// The deciding rule.
        rule: String,
        /// Checked socket addresses.
        addresses: Vec<SocketAddr>,
    },
    /// Denied, and why.
    Deny {
        /// The reason.
        reason: String,
    },
}

impl EgressDecision {
    /// Whether the destination is allowed.
    pub fn is_allowed(&self) -> bool {
        matches!(self, EgressDecision::Allow { .. })
    }
}

/// Resolves host names. Tests use [`StaticResolver`]; production uses
/// [`SystemResolver`].
#[async_trait::async_trait]
pub trait Resolver: Send + Sync {
    /// The addresses of `host`.
    ///
    /// # Errors
    /// A message when resolution fails (the destination is then denied).
    async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, String>;
}

/// A fixed table of names and addresses.
#[derive(Debug, Clone, Default)]
pub struct StaticResolver(pub HashMap<String, Vec<IpAddr>>);

#[async_trait::async_trait]
impl Resolver for StaticResolver {
    async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, String> {
        self.0.get(host).cloned().ok_or_else(|| format!("{host}: no such host"))
    }
}

/// The operating system's resolver (through tokio).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemResolver;

#[async_trait::async_trait]
impl Resolver for SystemResolver {
    async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, String> {
        tokio::net::lookup_host((host, 0)).await.map(|it| it.map(|s| s.ip()).collect()).map_err(|e| format!("{host}: {e}"))
    }
}

/// Unwraps IPv4-mapped (`::ffff:a.b.c.d`) and IPv4-compatible (`::a.b.c.d`)
/// IPv6 addresses.
pub fn canonical_ip(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let b = v6.octets();
                if b[..12] == [0; 12] && !v6.is_loopback() && !v6.is_unspecified() {
                    IpAddr::V4(Ipv4Addr::new(b[12], b[13], b[14], b[15]))
                } else {
                    IpAddr::V6(v6)
                }
            }
        },
        v4 => v4,
    }
}

/// Why an address is special (denied unless named), or `None`.
pub fn special(ip: IpAddr) -> Option<&'static str> {
    match canonical_ip(ip) {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            if v4.is_loopback() {
                Some("loopback")
            } else if v4.is_unspecified() || o[0] == 0 {
                Some("unspecified / this network")
            } else if v4.is_private() {
                Some("private")
            } else if v4.is_link_local() {
                Some("link-local (cloud metadata lives here)")
            } else if o[0] == 100 && (64..128).contains(&o[1]) {
                Some("shared address space (CGNAT; Alibaba metadata)")
            } else if v4.is_multicast() || v4.is_broadcast() || o[0] >= 240 {
                Some("multicast, broadcast or reserved")
            } else {
                None
            }
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            if v6.is_loopback() {
                Some("loopback")
            } else if v6.is_unspecified() {
                Some("unspecified")
            } else if s[0] & 0xfe00 == 0xfc00 {
                Some("unique-local (AWS metadata fd00:ec2::254 lives here)")
            } else if s[0] & 0xffc0 == 0xfe80 {
                Some("link-local")
            } else if v6.is_multicast() {
                Some("multicast")
            } else if s[0] == 0x2002 || (s[0] == 0x2001 && s[1] == 0) || s[0] == 0x64 && s[1] == 0xff9b {
                // 6to4, Teredo and NAT64 embed IPv4 addresses: refuse rather than decode.
                Some("IPv4-embedding transition address")
            } else {
                None
            }
        }
    }
}

fn host_matches(pattern: &str, host: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(suffix) => host.len() > suffix.len() + 1 && host.ends_with(suffix) && host.as_bytes()[host.len() - suffix.len() - 1] == b'.',
        None => pattern.trim_end_matches('.').eq_ignore_ascii_case(host),
    }
}

/// The egress filter.
#[derive(Debug, Clone)]
pub struct EgressFilter {
    rules: Vec<EgressRule>,
}

impl EgressFilter {
    /// A filter over `config` (host patterns are lower-cased).
    pub fn new(config: &EgressConfig) -> Self {
        let rules = config
            .rules
            .iter()
            .map(|r| EgressRule { hosts: r.hosts.iter().map(|h| h.trim_end_matches('.').to_ascii_lowercase()).collect(), ..r.clone() })
            .collect();
        EgressFilter { rules }
    }

    fn deny(reason: impl Into<String>) -> EgressDecision {
        EgressDecision::Deny { reason: reason.into() }
    }

    /// Decides a URL.
    pub async fn check_url(&self, url: &str, resolver: &dyn Resolver) -> EgressDecision {
        let Ok(parsed) = url::Url::parse(url) else { return Self::deny("not a URL") };
        self.decide(&parsed, resolver).await.0
    }

    /// The decision and whether it may be cached (not when resolution failed).
    async fn decide(&self, parsed: &url::Url, resolver: &dyn Resolver) -> (EgressDecision, bool) {
        if !matches!(parsed.scheme(), "http" | "https" | "ws" | "wss") {
            return (Self::deny(format!("scheme {} is not allowed", parsed.scheme())), true);
        }
        let Some(port) = parsed.port_or_known_default() else { return (Self::deny("no port"), true) };
        match parsed.host() {
            None => (Self::deny("no host"), true),
            Some(url::Host::Ipv4(ip)) => (self.check_ip(IpAddr::V4(ip), port), true),
            Some(url::Host::Ipv6(ip)) => (self.check_ip(IpAddr::V6(ip), port), true),
            Some(url::Host::Domain(d)) => self.check_host(d, port, resolver).await,
        }
    }

    fn port_ok(rule: &EgressRule, port: u16) -> bool {
        if rule.ports.is_empty() { port == 443 } else { rule.ports.contains(&port) }
    }

    fn check_ip(&self, ip: IpAddr, port: u16) -> EgressDecision {
        let ip = canonical_ip(ip);
        for rule in &self.rules {
            if rule.cidrs.iter().any(|c| c.contains(&ip)) && Self::port_ok(rule, port) {
                // A CIDR names its addresses explicitly, special ones included.
                return EgressDecision::Allow { rule: rule.id.clone(), addresses: vec![SocketAddr::new(ip, port)] };
            }
        }
        match special(ip) {
            Some(why) => Self::deny(format!("{ip} is {why}")),
            None => Self::deny(format!("no rule allows {ip}:{port}")),
        }
    }

    async fn check_host(&self, host: &str, port: u16, resolver: &dyn Resolver) -> (EgressDecision, bool) {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let named = |r: &EgressRule| r.hosts.iter().any(|p| p == &host);
        if (METADATA_HOSTS.contains(&host.as_str()) || host.ends_with(".internal") || host == "localhost" || host.ends_with(".localhost"))
            && !self.rules.iter().any(named)
        {
            return (Self::deny(format!("{host} is a metadata or local name")), true);
        }
        let Some(rule) = self.rules.iter().find(|r| r.hosts.iter().any(|p| host_matches(p, &host)) && Self::port_ok(r, port)) else {
            return (Self::deny(format!("no rule allows {host}:{port}")), true);
        };
        let addresses = match resolver.resolve(&host).await {
            Ok(a) if !a.is_empty() => a,
            Ok(_) => return (Self::deny(format!("{host} has no addresses")), false),
            Err(e) => return (Self::deny(format!("resolution failed: {e}")), false),
        };
        let mut checked = Vec::with_capacity(addresses.len());
        for ip in addresses {
            let ip = canonical_ip(ip);
            // Special addresses need a CIDR of the same rule naming them:
            // a public name must not lead inside (DNS rebinding).
            if let Some(why) = special(ip)
                && !rule.cidrs.iter().any(|c| c.contains(&ip))
            {
                return (Self::deny(format!("{host} resolves to {ip}, which is {why}")), true);
            }
            checked.push(SocketAddr::new(ip, port));
        }
        (EgressDecision::Allow { rule: rule.id.clone(), addresses: checked }, true)
    }

    /// Connects to the first checked address of an allowed URL.
    ///
    /// # Errors
    /// The denial reason, or the connection error.
    pub async fn connect(&self, url: &str, resolver: &dyn Resolver) -> Result<tokio::net::TcpStream, String> {
        connect_checked(self.check_url(url, resolver).await).await
    }
}

async fn connect_checked(decision: EgressDecision) -> Result<tokio::net::TcpStream, String> {
    match decision {
        EgressDecision::Allow { addresses, .. } => {
            let mut last = String::from("no address");
            for a in addresses {
                match tokio::net::TcpStream::connect(a).await {
                    Ok(s) => return Ok(s),
                    Err(e) => last = e.to_string(),
                }
            }
            Err(last)
        }
        EgressDecision::Deny { reason } => Err(reason),
    }
}

/// An [`EgressFilter`] with its resolver and a cache of decisions per
/// destination (`scheme://host:port` after normalization).
///
/// A cached allow carries the addresses checked when it was made, so a
/// connection still only goes to checked addresses; the time to live bounds
/// how long a DNS change takes to be seen (default 30 s). Decisions that
/// failed on resolution are not cached. When the cache is full, expired
/// entries are dropped, and if none were, the whole cache.
pub struct EgressCache {
    filter: EgressFilter,
    resolver: std::sync::Arc<dyn Resolver>,
    ttl: std::time::Duration,
    capacity: usize,
    entries: std::sync::Mutex<HashMap<String, (tokio::time::Instant, EgressDecision)>>,
}

impl std::fmt::Debug for EgressCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EgressCache").field("ttl", &self.ttl).field("capacity", &self.capacity).field("len", &self.len()).finish()
    }
}

impl EgressCache {
    /// A cache over `filter` resolving with `resolver` (30 s, 10,000 entries).
    pub fn new(filter: EgressFilter, resolver: std::sync::Arc<dyn Resolver>) -> Self {
        EgressCache {
            filter,
            resolver,
            ttl: std::time::Duration::from_secs(30),
            capacity: 10_000,
            entries: std::sync::Mutex::new(HashMap::new()),
        }
    }

    /// Sets the time to live of a decision.
    #[must_use]
    pub fn with_ttl(mut self, ttl: std::time::Duration) -> Self {
        self.ttl = ttl;
        self
    }

    /// Sets the largest number of cached destinations (at least 1).
    #[must_use]
    pub fn with_capacity(mut self, capacity: usize) -> Self {
        self.capacity = capacity.max(1);
        self
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (tokio::time::Instant, EgressDecision)>> {
        // A panic while holding the lock cannot leave a half-written entry.
        self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Number of cached destinations (expired ones included until evicted).
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether nothing is cached.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forgets every decision (for example after the rules changed).
    pub fn clear(&self) {
        self.lock().clear();
    }

    /// Decides a URL, from the cache when a live decision is there.
    pub async fn check_url(&self, url: &str) -> EgressDecision {
        let Ok(parsed) = url::Url::parse(url) else { return EgressFilter::deny("not a URL") };
        // `scheme://host[:port]` as the parser normalized it (a default port
        // is dropped, so both spellings share an entry); borrowed from the
        // URL unless credentials sit in between.
        let owned;
        let key: &str = if parsed.username().is_empty() && parsed.password().is_none() {
            &parsed[..url::Position::AfterPort]
        } else {
            owned = format!("{}://{}", parsed.scheme(), &parsed[url::Position::BeforeHost..url::Position::AfterPort]);
            &owned
        };
        let now = tokio::time::Instant::now();
        if let Some((expires, decision)) = self.lock().get(key)
            && *expires > now
        {
            return decision.clone();
        }
        let (decision, cacheable) = self.filter.decide(&parsed, self.resolver.as_ref()).await;
        if cacheable {
            let mut entries = self.lock();
            if entries.len() >= self.capacity && !entries.contains_key(key) {
                entries.retain(|_, (expires, _)| *expires > now);
                if entries.len() >= self.capacity {
                    entries.clear();
                }
            }
            entries.insert(key.to_owned(), (now + self.ttl, decision.clone()));
        }
        decision
    }

    /// Connects to the first checked address of an allowed URL.
    ///
    /// # Errors
    /// The denial reason, or the connection error.
    pub async fn connect(&self, url: &str) -> Result<tokio::net::TcpStream, String> {
        connect_checked(self.check_url(url).await).await
    }
}
