//! Step 3's payload screen outside the Guard (`aigos policy inspect`, the
//! detection evaluation): the policy layer's inspector and, for every URL
//! the payload names (plainly or under an encoding the inspector revealed),
//! the network layer's egress verdict, decided without DNS.

use aigos_policy::{Confidence, Family, Finding, Inspector, ToolSchema};
use serde_json::Value;

/// URLs and addresses screened per payload at most (the Guard rejects more).
const MAX_DESTINATIONS: usize = 64;

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
    let (urls, addresses) = aigos_network::destinations_in_json(payload, MAX_DESTINATIONS);
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
    named.truncate(MAX_DESTINATIONS);
    for (pointer, chain, url) in named {
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
            findings.push(Finding {
                family: Family::Ssrf,
                confidence: Confidence::High,
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
