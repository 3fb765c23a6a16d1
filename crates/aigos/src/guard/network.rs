//! The network layer's check, in step 3: every destination the request
//! names (its resource when that is a URL, and every URL-like string in
//! the payload, at any depth, in any letter case and scheme) must pass the
//! egress filter. The checked addresses go into the permit, so the
//! executor connects only to them and never resolves a name again.

use std::sync::Arc;

use super::{Check, Cx, Facts, Verdict};

/// Destinations one request may name at most.
const MAX_DESTINATIONS: usize = 32;

/// The network layer's components.
pub struct NetworkLayer {
    /// Egress filter (schemes, hosts, CIDRs, ports) with its cache.
    pub egress: aigos_network::EgressCache,
}

/// Step 3: egress of every destination.
pub(crate) struct EgressCheck(pub(crate) Arc<NetworkLayer>);

#[async_trait::async_trait]
impl Check for EgressCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let request = cx.request;
        let mut named: Vec<(String, String)> = Vec::new();
        if aigos_network::looks_like_url(&request.resource) {
            named.push(("resource".into(), request.resource.clone()));
        }
        // The resource read as text too (a scheme-relative `//host/`, a URL
        // after an option), then the payload at any depth.
        let resource = serde_json::Value::String(request.resource.clone());
        let sources: &[(&str, &serde_json::Value)] = if request.resource.is_empty() {
            &[("payload", &request.payload)]
        } else {
            &[("resource", &resource), ("payload", &request.payload)]
        };
        for &(at, value) in sources {
            let (urls, addresses) = aigos_network::destinations_in_json(value, MAX_DESTINATIONS + 1);
            for (pointer, url) in urls {
                // The whole resource, pushed above, is not named twice.
                if at != "resource" || !named.iter().any(|(_, u)| u == &url) {
                    named.push((format!("{at}{pointer}"), url));
                }
            }
            // Addresses named without a scheme (`curl 169.254.169.254/...`,
            // `-x10.0.0.1:80`, `{"host": "127.0.0.1", "port": 6379}`): an
            // internal one must pass egress like a URL (a rule's CIDR may
            // name it); a public one in free text is no destination the
            // Guard can tell from a log line, and is left alone.
            for bare in addresses {
                if aigos_network::special(bare.ip).is_some() {
                    let host = match bare.ip {
                        std::net::IpAddr::V4(v4) => v4.to_string(),
                        std::net::IpAddr::V6(v6) => format!("[{v6}]"),
                    };
                    named.push((format!("{at}{}", bare.pointer), format!("http://{host}:{}/", bare.port.unwrap_or(80))));
                }
            }
        }
        // URLs the payload inspector revealed under an encoding (base64,
        // percent, escapes, an embedded JSON document).
        for (pointer, url) in &facts.revealed_urls {
            if !named.iter().any(|(_, u)| u == url) {
                named.push((format!("payload{pointer}"), url.clone()));
            }
        }
        if named.is_empty() {
            return Ok(Verdict::skip("no destination named"));
        }
        if named.len() > MAX_DESTINATIONS {
            return Ok(Verdict::Reject("EGRESS_TOO_MANY", format!("egress: more than {MAX_DESTINATIONS} destinations named")));
        }
        let mut rules = Vec::new();
        for (at, url) in named {
            match self.0.egress.check_url(&url).await {
                aigos_network::EgressDecision::Allow { rule, addresses } => {
                    rules.push(rule);
                    facts.egress.push(crate::outcome::CheckedDestination { url, addresses });
                }
                aigos_network::EgressDecision::Deny { reason } => {
                    return Ok(Verdict::Reject("EGRESS_DENIED", format!("egress: {at}: {reason}")));
                }
                #[allow(unreachable_patterns, reason = "EgressDecision may grow")]
                _ => return Ok(Verdict::Reject("EGRESS_DENIED", format!("egress: {at}: unknown decision"))),
            }
        }
        rules.dedup();
        Ok(Verdict::pass(format!("egress allowed by {}", rules.join(", "))))
    }
}
