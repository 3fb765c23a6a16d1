//! The egress filter: default deny; rules name hosts (exact or `*.suffix`),
//! CIDRs and ports, and the configuration names the URL schemes that may be
//! used (`http` and `https` unless set; `ws`/`wss` only when listed).
//!
//! Addresses that are not globally reachable are denied unless a rule names
//! them explicitly (an exact host or a CIDR that contains them; `*` never
//! does): loopback, "this network", private, link-local, shared (CGNAT),
//! IETF protocol assignments (192.0.0.0/24, 2001::/23), benchmarking
//! (198.18.0.0/15), documentation (192.0.2.0/24, 198.51.100.0/24,
//! 203.0.113.0/24, 2001:db8::/32, 3fff::/20), 6to4 relay anycast, multicast,
//! broadcast and reserved, unique-local, site-local (fec0::/10), discard-only,
//! IPv4-mapped (`::ffff:0:0/96`) and -compatible IPv6, IPv4-embedding
//! transition addresses (6to4, Teredo, NAT64), and cloud metadata names. An
//! IPv4-mapped address is denied as such: a CIDR rule for the IPv4 address it
//! embeds does not allow it, only a CIDR over the IPv6 range does.
//!
//! A URL is read twice, by the WHATWG parser (`url`, what browsers and many
//! clients do: it normalizes IPv4 literals in decimal, octal, hex and short
//! forms, IDNA including full-width and circled digits, and case) and by the
//! RFC 3986 grammar (`fluent-uri`, what curl, Python's `urlsplit` and most
//! other clients come close to). It proceeds only when both parse it and agree
//! on scheme, host and port; a URL with leading or trailing whitespace,
//! control characters, a backslash or an authority that the two readings cut
//! differently (`https://a.example\@b.example/`, `http:/host/`,
//! `http://0x7f.1/`) is denied as "not a URL" or "ambiguous URL". Host names
//! are resolved through a [`Resolver`]; every resolved address is checked,
//! and only checked addresses are handed back to connect to, so DNS cannot
//! rebind between the check and the connection.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

/// Host names of cloud metadata services, denied unless named.
const METADATA_HOSTS: &[&str] = &["metadata.google.internal", "metadata", "metadata.azure.com", "instance-data"];

/// Schemes that reach local files, other protocols' servers or code
/// loaders: denied by the always-deny screen ([`always_denied`]).
const DANGEROUS_SCHEMES: &[&str] =
    &["file", "gopher", "dict", "ldap", "ldaps", "tftp", "jar", "netdoc", "php", "phar", "expect", "sftp", "smb", "telnet"];

/// Cloud metadata names, `localhost` and `.internal`/`.localhost` names.
fn is_local_name(host: &str) -> bool {
    METADATA_HOSTS.contains(&host) || host.ends_with(".internal") || host == "localhost" || host.ends_with(".localhost")
}

/// The screen no configuration starts without, decided without DNS: why
/// `url` is denied whatever the allow rules say about public destinations,
/// or `None`. Denied: URLs the two parsers read differently, schemes that
/// reach files or other protocols (`file`, `gopher`, `dict`, `ldap`, ...),
/// IP literals that are not globally reachable (loopback, private,
/// link-local, metadata, in any notation WHATWG accepts), and metadata or
/// local names. A public host name is not denied here: only the
/// configured rules (and DNS) can tell.
pub fn always_denied(url: &str) -> Option<String> {
    let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase()).unwrap_or_default();
    if DANGEROUS_SCHEMES.contains(&scheme.as_str()) {
        return Some(format!("scheme {scheme} reaches files or other protocols"));
    }
    // Every other scheme is let through the scheme check: only where it goes matters here.
    let filter = EgressFilter { rules: Vec::new(), schemes: vec![scheme.clone()] };
    let destination = match filter.destination(url) {
        Ok(d) => d,
        // Read differently by the two parsers: denied when either reading
        // leads somewhere no rule should reach (a template or a bracket in
        // a query is no route inside).
        Err(reason) if reason.starts_with("ambiguous") => {
            let whatwg_host = url::Url::parse(url).ok().and_then(|u| u.host().map(|h| h.to_owned()));
            let inside = match whatwg_host {
                Some(url::Host::Ipv4(ip)) => special(IpAddr::V4(ip)).is_some(),
                Some(url::Host::Ipv6(ip)) => special(IpAddr::V6(ip)).is_some(),
                Some(url::Host::Domain(d)) => is_local_name(&d.to_ascii_lowercase()),
                None => false,
            };
            return inside.then_some(reason);
        }
        Err(_) => return None,
    };
    match &destination.target {
        Target::Ip(ip) => special(*ip).map(|why| format!("{ip} is {why}")),
        Target::Domain(host) => is_local_name(host).then(|| format!("{host} is a metadata or local name")),
    }
}

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

/// The egress configuration (TOML or JSON): `[[rules]]` and `schemes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EgressConfig {
    /// Allow rules; anything else is denied.
    #[serde(default)]
    pub rules: Vec<EgressRule>,
    /// URL schemes that may be used, compared case-insensitively; any other
    /// scheme is denied. Default `["http", "https"]`: WebSockets (`ws`,
    /// `wss`) only when listed. Default ports: `http` and `ws` 80, `https`
    /// and `wss` 443, `ftp` 21; a URL of any other scheme needs an explicit
    /// port.
    #[serde(default = "default_schemes")]
    pub schemes: Vec<String>,
}

fn default_schemes() -> Vec<String> {
    vec!["http".to_owned(), "https".to_owned()]
}

impl Default for EgressConfig {
    /// No rules (everything denied), schemes `http` and `https`.
    fn default() -> Self {
        EgressConfig { rules: Vec::new(), schemes: default_schemes() }
    }
}

/// The port a scheme uses when a URL names none (WHATWG's special schemes).
fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        "ftp" => Some(21),
        _ => None,
    }
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
///
/// The egress filter does not use it to decide: both ranges are denied as
/// such by [`special`] (a CIDR rule for the embedded IPv4 address does not
/// allow them). It is kept for callers that want to show or log the IPv4
/// address inside.
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

/// Why an address is special (not globally reachable, or an IPv6 form that
/// embeds an IPv4 address; denied unless a CIDR names it), or `None`.
///
/// The address is taken as it is: `::ffff:127.0.0.1` is special as an
/// IPv4-mapped address, whatever the IPv4 address inside.
pub fn special(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => special_v4(v4),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            if v6.is_loopback() {
                Some("loopback")
            } else if v6.is_unspecified() {
                Some("unspecified")
            } else if v6.to_ipv4_mapped().is_some() {
                Some("IPv4-mapped IPv6 (::ffff:0:0/96)")
            } else if s[..6] == [0; 6] {
                Some("IPv4-compatible IPv6 (deprecated ::/96)")
            } else if s[0] & 0xfe00 == 0xfc00 {
                Some("unique-local (AWS metadata fd00:ec2::254 lives here)")
            } else if s[0] & 0xffc0 == 0xfe80 {
                Some("link-local")
            } else if s[0] & 0xffc0 == 0xfec0 {
                Some("site-local (deprecated fec0::/10)")
            } else if v6.is_multicast() {
                Some("multicast")
            } else if s[0] == 0x2002 || (s[0] == 0x2001 && s[1] == 0) || s[0] == 0x64 && s[1] == 0xff9b {
                // 6to4, Teredo and NAT64 embed IPv4 addresses: refuse rather than decode.
                Some("IPv4-embedding transition address")
            } else if s[0] == 0x2001 && s[1] == 0xdb8 || s[0] == 0x3fff && s[1] < 0x1000 {
                Some("documentation (2001:db8::/32, 3fff::/20)")
            } else if s[0] == 0x2001 && s[1] < 0x200 {
                Some("IETF protocol assignments (2001::/23)")
            } else if s[..4] == [0x100, 0, 0, 0] {
                Some("discard-only (100::/64)")
            } else if s[0] == 0x5f00 {
                Some("SRv6 segment identifiers (5f00::/16)")
            } else {
                None
            }
        }
    }
}

fn special_v4(v4: Ipv4Addr) -> Option<&'static str> {
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
    } else if o[..3] == [192, 0, 0] {
        Some("IETF protocol assignments (192.0.0.0/24)")
    } else if o[..3] == [192, 0, 2] || o[..3] == [198, 51, 100] || o[..3] == [203, 0, 113] {
        Some("documentation (TEST-NET)")
    } else if o[0] == 198 && (o[1] & 0xfe) == 18 {
        Some("benchmarking (198.18.0.0/15)")
    } else if o[..3] == [192, 88, 99] {
        Some("6to4 relay anycast (deprecated 192.88.99.0/24)")
    } else if v4.is_multicast() || v4.is_broadcast() || o[0] >= 240 {
        Some("multicast, broadcast or reserved")
    } else {
        None
    }
}

fn host_matches(pattern: &str, host: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(suffix) => host.len() > suffix.len() + 1 && host.ends_with(suffix) && host.as_bytes()[host.len() - suffix.len() - 1] == b'.',
        None => pattern.trim_end_matches('.').eq_ignore_ascii_case(host),
    }
}

/// The host of a URL as both readings agree on it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    /// An IP literal.
    Ip(IpAddr),
    /// A host name: ASCII, lower-cased, without a trailing dot.
    Domain(String),
}

/// Where a URL leads, as both readings agree on it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Destination {
    /// Lower-cased, one of the allowed schemes.
    scheme: String,
    target: Target,
    /// Explicit or the scheme's default.
    port: u16,
}

impl Destination {
    /// `scheme://host:port`: every spelling of one destination shares it.
    fn key(&self) -> String {
        match &self.target {
            Target::Ip(IpAddr::V6(ip)) => format!("{}://[{ip}]:{}", self.scheme, self.port),
            Target::Ip(ip) => format!("{}://{ip}:{}", self.scheme, self.port),
            Target::Domain(host) => format!("{}://{host}:{}", self.scheme, self.port),
        }
    }
}

/// "; ip is why" when WHATWG reads a special IP literal, for denial reasons.
fn whatwg_note(url: &url::Url) -> String {
    let ip = match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip),
        _ => return String::new(),
    };
    special(ip).map(|why| format!("; {ip} is {why}")).unwrap_or_default()
}

fn show_port(port: Option<u16>) -> String {
    port.map_or_else(|| "no port".to_owned(), |p| format!("port {p}"))
}

/// The egress filter.
#[derive(Debug, Clone)]
pub struct EgressFilter {
    rules: Vec<EgressRule>,
    /// Lower-cased.
    schemes: Vec<String>,
}

impl EgressFilter {
    /// A filter over `config` (host patterns and schemes are lower-cased).
    pub fn new(config: &EgressConfig) -> Self {
        let rules = config
            .rules
            .iter()
            .map(|r| EgressRule { hosts: r.hosts.iter().map(|h| h.trim_end_matches('.').to_ascii_lowercase()).collect(), ..r.clone() })
            .collect();
        let schemes = config.schemes.iter().map(|s| s.to_ascii_lowercase()).collect();
        EgressFilter { rules, schemes }
    }

    fn deny(reason: impl Into<String>) -> EgressDecision {
        EgressDecision::Deny { reason: reason.into() }
    }

    /// Decides a URL: it must be unambiguous (see the module documentation),
    /// of an allowed scheme, and its destination allowed by a rule.
    pub async fn check_url(&self, url: &str, resolver: &dyn Resolver) -> EgressDecision {
        match self.destination(url) {
            Ok(destination) => self.decide(&destination, resolver).await.0,
            Err(reason) => Self::deny(reason),
        }
    }

    /// Reads `raw` with both parsers; the destination they agree on, or why
    /// the URL is denied.
    ///
    /// The second reading is `fluent-uri`, chosen over `http::Uri` (lenient
    /// by design for HTTP traffic, and its host is text that does not tell an
    /// IPv4 address from a registered name) and `iri-string` (strict too, but
    /// hands the host back as text only): it follows the RFC 3986 grammar exactly,
    /// types the host as the grammar reads it (`127.1` and `0x7f.1` are
    /// registered names, not addresses), forbids unsafe code, does no I/O and
    /// has two small dependencies. URLs are read as IRIs (RFC 3987: RFC 3986
    /// plus non-ASCII characters), so a non-ASCII path or query is fine; a
    /// non-ASCII host never equals WHATWG's punycode and is denied as
    /// ambiguous.
    fn destination(&self, raw: &str) -> Result<Destination, String> {
        let odd = |c: char| c.is_whitespace() || c.is_control();
        if raw.is_empty() {
            return Err("not a URL: empty".into());
        }
        if raw.starts_with(odd) || raw.ends_with(odd) {
            // WHATWG strips them, clients differ: read the URL as it is written.
            return Err("not a URL: leading or trailing whitespace or control characters".into());
        }
        if let Some(c) = raw.chars().find(|&c| odd(c)) {
            return Err(format!("not a URL: contains whitespace or control character {c:?}"));
        }
        let whatwg = url::Url::parse(raw).map_err(|e| format!("not a URL: {e}"))?;
        let rfc = match fluent_uri::Iri::parse(raw) {
            Ok(rfc) => rfc,
            Err(e) => {
                let detail = match raw.get(e.index()..).and_then(|rest| rest.chars().next()) {
                    Some('\\') => format!("a backslash at index {}, which WHATWG reads as '/' and curl as data", e.index()),
                    Some(c) => format!("{e}: {c:?}"),
                    None => e.to_string(),
                };
                return Err(match whatwg.host_str() {
                    Some(host) => {
                        format!("ambiguous URL: WHATWG reads host {host}, RFC 3986 rejects the URL ({detail}){}", whatwg_note(&whatwg))
                    }
                    None => format!("not a URL: RFC 3986 rejects it ({detail})"),
                });
            }
        };
        let scheme = whatwg.scheme();
        if !rfc.scheme().as_str().eq_ignore_ascii_case(scheme) {
            return Err(format!("ambiguous URL: WHATWG reads scheme {scheme}, RFC 3986 reads {}", rfc.scheme().as_str()));
        }
        if !self.schemes.iter().any(|s| s == scheme) {
            return Err(format!("scheme {scheme} is not allowed"));
        }
        let authority = rfc.authority();
        let target = match (whatwg.host(), authority.as_ref().map(fluent_uri::component::Authority::host_parsed)) {
            (Some(url::Host::Ipv4(a)), Some(fluent_uri::component::Host::Ipv4(b))) if a == b => Target::Ip(IpAddr::V4(a)),
            (Some(url::Host::Ipv6(a)), Some(fluent_uri::component::Host::Ipv6(b))) if a == b => Target::Ip(IpAddr::V6(a)),
            // The opaque host of a non-special scheme: WHATWG leaves IPv4 text as is.
            (Some(url::Host::Domain(a)), Some(fluent_uri::component::Host::Ipv4(b))) if a.parse() == Ok(b) => Target::Ip(IpAddr::V4(b)),
            (Some(url::Host::Domain(a)), Some(fluent_uri::component::Host::RegName(b))) if b.as_str().eq_ignore_ascii_case(a) => {
                if a.is_empty() {
                    return Err("no host".into());
                }
                if !a.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_')) {
                    // Sub-delimiters, or the `%` an opaque host of a
                    // non-special scheme keeps: no resolver should see them.
                    return Err(format!("host {a} is not a DNS name"));
                }
                Target::Domain(a.trim_end_matches('.').to_ascii_lowercase())
            }
            (None, None) => return Err("no host".into()),
            (w, _) => {
                let w = w.map_or_else(|| "no host".to_owned(), |h| h.to_string());
                let r = match &authority {
                    None => "no host".to_owned(),
                    Some(a) if a.host().is_empty() => "an empty host".to_owned(),
                    Some(a) => a.host().to_owned(),
                };
                return Err(format!("ambiguous URL: WHATWG reads host {w}, RFC 3986 reads {r}{}", whatwg_note(&whatwg)));
            }
        };
        let rfc_port = match authority.as_ref().map(fluent_uri::component::Authority::port_to_u16) {
            Some(Ok(Some(port))) => Some(port),
            Some(Err(_)) => return Err("not a URL: RFC 3986 reads a port out of range".into()),
            Some(Ok(None)) | None => default_port(scheme),
        };
        let whatwg_port = whatwg.port().or_else(|| default_port(scheme));
        let port = match (whatwg_port, rfc_port) {
            (Some(a), Some(b)) if a == b => a,
            (None, None) => return Err(format!("no port (scheme {scheme} has no default)")),
            (a, b) => return Err(format!("ambiguous URL: WHATWG reads {}, RFC 3986 reads {}", show_port(a), show_port(b))),
        };
        Ok(Destination { scheme: scheme.to_owned(), target, port })
    }

    /// The decision and whether it may be cached (not when resolution failed).
    async fn decide(&self, destination: &Destination, resolver: &dyn Resolver) -> (EgressDecision, bool) {
        match &destination.target {
            Target::Ip(ip) => (self.check_ip(*ip, destination.port), true),
            Target::Domain(host) => self.check_host(host, destination.port, resolver).await,
        }
    }

    fn port_ok(rule: &EgressRule, port: u16) -> bool {
        if rule.ports.is_empty() { port == 443 } else { rule.ports.contains(&port) }
    }

    fn check_ip(&self, ip: IpAddr, port: u16) -> EgressDecision {
        for rule in &self.rules {
            if rule.cidrs.iter().any(|c| c.contains(&ip)) && Self::port_ok(rule, port) {
                // A CIDR names its addresses explicitly, special ones included
                // (an IPv4-mapped address only by an IPv6 CIDR).
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
        if is_local_name(&host) && !self.rules.iter().any(named) {
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

    /// Decides a URL without DNS (for offline screening, such as `aigos
    /// policy inspect --egress FILE`): as [`EgressFilter::check_url`], except
    /// that a host name a rule allows is allowed on its name alone, with no
    /// checked addresses (so the decision can never be used to connect).
    pub fn check_url_offline(&self, url: &str) -> EgressDecision {
        let destination = match self.destination(url) {
            Ok(d) => d,
            Err(reason) => return Self::deny(reason),
        };
        match &destination.target {
            Target::Ip(ip) => self.check_ip(*ip, destination.port),
            Target::Domain(host) => {
                let named = |r: &EgressRule| r.hosts.iter().any(|p| p == host);
                if is_local_name(host) && !self.rules.iter().any(named) {
                    return Self::deny(format!("{host} is a metadata or local name"));
                }
                match self.rules.iter().find(|r| r.hosts.iter().any(|p| host_matches(p, host)) && Self::port_ok(r, destination.port)) {
                    Some(rule) => EgressDecision::Allow { rule: rule.id.clone(), addresses: Vec::new() },
                    None => Self::deny(format!("no rule allows {host}:{}", destination.port)),
                }
            }
        }
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

    /// Decides a URL, from the cache when a live decision is there; the same
    /// checks as [`EgressFilter::check_url`], and an allow carries the
    /// addresses checked when it was made.
    pub async fn check_url(&self, url: &str) -> EgressDecision {
        // Both readings first: only an unambiguous URL has a destination to
        // look up, and all its spellings share one entry.
        let destination = match self.filter.destination(url) {
            Ok(destination) => destination,
            Err(reason) => return EgressFilter::deny(reason),
        };
        let key = destination.key();
        let key = key.as_str();
        let now = tokio::time::Instant::now();
        if let Some((expires, decision)) = self.lock().get(key)
            && *expires > now
        {
            return decision.clone();
        }
        let (decision, cacheable) = self.filter.decide(&destination, self.resolver.as_ref()).await;
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
