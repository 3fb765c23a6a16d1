//! Step 3's payload screen outside the Guard (`aigos policy inspect`, the
//! detection evaluation): the policy layer's inspector and, for every URL
//! the payload names (plainly or under an encoding the inspector revealed),
//! the network layer's egress verdict, decided without DNS.

use aigos_policy::{Confidence, Family, Finding, Inspector, ToolSchema};
use serde_json::Value;

/// How sure a denied URL is a destination the tool will reach rather than a
/// mention: high when the string is the URL, sits in a URL field
/// (`url`, `endpoint`, `webhook`...), or was revealed by a decoding; low in
/// prose, logs and documents (a runbook naming `http://localhost:8080`) and
/// for a private address written as a bare value; `None` for documentation
/// addresses (TEST-NET, `2001:db8::/32`), which examples use for public ones.
fn destination_confidence(payload: &Value, tool: &str, pointer: &str, chain: &[aigos_policy::Decoding], url: &str) -> Option<Confidence> {
    let host_ip = url::Url::parse(url).ok().and_then(|u| match u.host() {
        Some(url::Host::Ipv4(ip)) => Some(std::net::IpAddr::V4(ip)),
        Some(url::Host::Ipv6(ip)) => Some(std::net::IpAddr::V6(ip)),
        // The opaque host of a non-special scheme (`redis://10.0.0.5:6379`).
        Some(url::Host::Domain(d)) => d.trim_start_matches('[').trim_end_matches(']').parse().ok(),
        None => None,
    });
    let why = host_ip.and_then(aigos_network::special).unwrap_or("");
    // Documentation ranges (TEST-NET, 2001:db8::/32) stand for public
    // addresses in examples, runbooks and tests: not a destination inside.
    if why.starts_with("documentation") {
        return None;
    }
    if !chain.is_empty() {
        return Some(Confidence::High);
    }
    // A client of a named service at its own internal endpoint (`vault.status`
    // at `vault.internal`); an origin a CORS or CSRF setting allows, which
    // is matched against requests, never fetched.
    let metadata = why.starts_with("link-local") || url.to_ascii_lowercase().contains("metadata");
    // (The allow-list field is the last key: `/cors.allowed_origins/2`.)
    let list_field = pointer.rsplit('/').find(|p| !p.is_empty() && !p.bytes().all(|b| b.is_ascii_digit())).unwrap_or("");
    let origin = aigos_policy::allowed_origin(&list_field.replace("~1", "/").replace("~0", "~"), url);
    if aigos_policy::serves_tool(tool, url) || origin && !metadata {
        return Some(Confidence::Low);
    }
    let field = pointer.rsplit('/').next().unwrap_or("").replace("~1", "/").replace("~0", "~");
    const NEVER_EVERYDAY: [&str; 4] = ["loopback", "link-local", "unspecified", "this network"];
    let inside = NEVER_EVERYDAY.iter().any(|p| why.starts_with(p)) || (why.starts_with("unique-local") && url.contains("fd00:ec2"));
    let everyday = !why.is_empty() && !inside;
    if aigos_policy::is_url_field(&field) {
        // A private address handed to a tool that does not fetch (a deploy
        // target, an SSH host) is where it works, not a request it makes.
        const FETCHING: [&str; 12] =
            ["http", "fetch", "brows", "request", "web", "curl", "url", "scrape", "crawl", "download", "webhook", "proxy"];
        let tool = tool.to_ascii_lowercase();
        return Some(if everyday && !FETCHING.iter().any(|w| tool.contains(w)) { Confidence::Low } else { Confidence::High });
    }
    let whole = payload.pointer(pointer).and_then(Value::as_str).is_some_and(|s| {
        let s = s.trim().trim_matches(|c| c == '"' || c == '\'' || c == '<' || c == '>');
        s == url || s.strip_suffix('/') == Some(url.trim_end_matches('/'))
    });
    // A database or broker connection string is configuration, and
    // `localhost` there is the usual development value.
    let scheme = url.split_once(':').map_or("", |(s, _)| s).to_ascii_lowercase();
    if !whole || CONNECTION_SCHEMES.contains(&scheme.as_str()) {
        return Some(Confidence::Low);
    }
    // A bare URL in a field that does not say it is one (`upstream` in a
    // log line, a `value` in a config change): loopback, link-local
    // (metadata), unspecified addresses and local names are never an
    // everyday value; a private address is.
    Some(if everyday { Confidence::Low } else { Confidence::High })
}

/// Schemes of connection strings (databases, caches, brokers).
const CONNECTION_SCHEMES: &[&str] = &[
    "postgres",
    "postgresql",
    "mysql",
    "mariadb",
    "mongodb",
    "mongodb+srv",
    "redis",
    "rediss",
    "amqp",
    "amqps",
    "kafka",
    "nats",
    "memcached",
    "sqlserver",
    "jdbc",
    "clickhouse",
    "cassandra",
    "elasticsearch",
];

/// What step 3 would report for `payload`: the inspector's findings, then
/// one high-confidence SSRF finding (`egress.denied`) per URL the egress
/// screen denies. `egress`: the configured filter (decided offline, see
/// [`aigos_network::EgressFilter::check_url_offline`]); `None`: the
/// always-deny rules only ([`aigos_network::always_denied`]), under which a
/// public host name passes.
///
/// # Errors
/// The inspector's: a payload over its limits.
pub fn screen_payload(
    inspector: &Inspector,
    egress: Option<&aigos_network::EgressFilter>,
    tool: &str,
    payload: &Value,
    schema: Option<&ToolSchema>,
) -> Result<Vec<Finding>, aigos_policy::Error> {
    let report = inspector.inspect_call(tool, payload, schema)?;
    let mut findings = report.findings;
    // Every destination is screened: a count would let harmless ones
    // before a denied one hide it. (The Guard rejects a request that
    // names more than its own limit; this screen reports what it denies.)
    let (urls, addresses) = aigos_network::destinations_in_json(payload, usize::MAX);
    let mut named: Vec<(String, Vec<aigos_policy::Decoding>, String)> = urls.into_iter().map(|(p, u)| (p, Vec::new(), u)).collect();
    for bare in addresses {
        if aigos_network::special(bare.ip).is_some() {
            let host = match bare.ip {
                std::net::IpAddr::V4(v4) => v4.to_string(),
                std::net::IpAddr::V6(v6) => format!("[{v6}]"),
            };
            named.push((bare.pointer, Vec::new(), format!("http://{host}:{}/", bare.port.unwrap_or(80))));
        }
    }
    named.extend(report.urls.into_iter().map(|u| (u.pointer, u.chain, u.url)));
    // (Each destination once per pointer and decoding: a payload may
    // repeat one, and the same three give the same verdict.)
    let mut screened = std::collections::HashSet::new();
    for (pointer, chain, url) in named {
        if !screened.insert((pointer.clone(), chain.clone(), url.clone())) {
            continue;
        }
        let denied = match egress {
            Some(filter) => match filter.check_url_offline(&url) {
                aigos_network::EgressDecision::Deny { reason } => Some(reason),
                _ => None,
            },
            None => aigos_network::always_denied(&url),
        };
        if let Some(reason) = denied
            && !findings.iter().any(|f| f.pointer == pointer && f.rule == "egress.denied")
        {
            let shown: String = url.chars().take(96).collect();
            let Some(confidence) = destination_confidence(payload, tool, &pointer, &chain, &url) else { continue };
            findings.push(Finding {
                family: Family::Ssrf,
                confidence,
                pointer,
                chain,
                rule: "egress.denied",
                excerpt: format!("{shown}: {reason}"),
            });
        }
    }
    findings.sort_by(|a, b| (&a.pointer, a.family, a.rule).cmp(&(&b.pointer, b.family, b.rule)));
    Ok(findings)
}

#[cfg(test)]
mod tests {
    use super::screen_payload;
    use aigos_policy::{Confidence, Inspector, InspectorConfig};
    use serde_json::{Value, json};

    fn egress(tool: &str, payload: &Value) -> Option<Confidence> {
        let inspector = Inspector::new(InspectorConfig::default()).unwrap();
        let findings = screen_payload(&inspector, None, tool, payload, None).unwrap();
        findings.iter().filter(|f| f.rule == "egress.denied").map(|f| f.confidence).max()
    }

    /// The egress verdict is reported, but a client of a named service at
    /// its own internal endpoint and a CORS origin are not acted on; a
    /// generic fetcher, loopback and metadata still are.
    #[test]
    fn egress_verdicts_a_tool_works_with() {
        let vault = json!({"url": "https://vault.internal:8200/v1/sys/health"});
        assert_eq!(egress("vault.status", &vault), Some(Confidence::Low));
        assert_eq!(egress("http.fetch", &vault), Some(Confidence::High));
        let metadata = json!({"url": "http://metadata.google.internal/computeMetadata/v1/"});
        assert_eq!(egress("metadata.get", &metadata), Some(Confidence::High));
        let origins = json!({"settings": {"cors.allowed_origins": ["http://localhost:5173"]}});
        assert_eq!(egress("app_settings.update", &origins), Some(Confidence::Low));
        let hook = json!({"settings": {"webhook_url": "http://localhost:5173/admin"}});
        assert_eq!(egress("app_settings.update", &hook), Some(Confidence::High));
        // A field that merely says origin, and a wildcard-DNS name posing as
        // the service's host (the red team's): acted on.
        let fetched = json!({"originUrl": "http://localhost:9200/_cat/indices"});
        assert_eq!(egress("link_preview.fetch", &fetched), Some(Confidence::High));
        let posing = json!({"url": "http://vault.10.0.0.12.nip.io:2375/containers/create"});
        assert!(egress("vault.status", &posing).is_none_or(|c| c == Confidence::High));
    }

    /// Destinations before the one the egress screen denies no longer
    /// hide it: the Docker API on loopback after seventy public links (64
    /// destinations of a payload were screened) is denied; the links alone
    /// are not.
    #[test]
    fn decoys_do_not_use_up_the_destinations() {
        let seeds = |last: &str| {
            let mut urls: Vec<String> = (0..70).map(|i| format!("https://docs.example.com/p{i}")).collect();
            urls.push(last.to_owned());
            json!({ "seeds": urls })
        };
        let docker = "http://127.0.0.1:2375/containers/json";
        assert_eq!(egress("crawler.run", &json!({ "seeds": [docker] })), Some(Confidence::High), "alone");
        assert_eq!(egress("crawler.run", &seeds(docker)), Some(Confidence::High), "after the links");
        assert_eq!(egress("crawler.run", &seeds("https://status.example.com/ping")), None, "the links alone");
    }
}
