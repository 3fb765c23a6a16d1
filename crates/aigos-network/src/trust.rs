//! Who may call what: a trust policy over peer identities (SPIFFE ids),
//! services and actions. Allowlist; an explicit deny wins; default deny.

use globset::{GlobBuilder, GlobMatcher};
use serde::{Deserialize, Serialize};

/// Allow or deny.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TrustEffect {
    /// Allows when it matches (and no deny does).
    Allow,
    /// Denies when it matches; beats every allow.
    Deny,
}

/// One rule: peers, services and actions are globs. `*` and `?` match
/// within one `/`-separated segment; `**` as a whole segment (`a/**`,
/// `**/b`, `**`) crosses segments. Actions default to every action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustRule {
    /// Rule id, named in decisions.
    pub id: String,
    /// Allow or deny.
    pub effect: TrustEffect,
    /// Peer SPIFFE ids, e.g. `spiffe://corp.example/agent/billing-*`.
    pub peers: Vec<String>,
    /// Services, e.g. `payments`.
    pub services: Vec<String>,
    /// Actions, e.g. `refund.*`; all when absent.
    #[serde(default)]
    pub actions: Option<Vec<String>>,
}

/// The policy (TOML or JSON: `[[rules]]`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustPolicyConfig {
    /// The rules.
    #[serde(default)]
    pub rules: Vec<TrustRule>,
}

struct Compiled {
    id: String,
    effect: TrustEffect,
    peers: Vec<GlobMatcher>,
    services: Vec<GlobMatcher>,
    actions: Option<Vec<GlobMatcher>>,
}

/// The compiled trust policy.
pub struct TrustPolicy {
    rules: Vec<Compiled>,
}

impl std::fmt::Debug for TrustPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrustPolicy").field("rules", &self.rules.len()).finish()
    }
}

/// A decision and the rules that made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrustDecision {
    /// Whether the call may proceed.
    pub allowed: bool,
    /// The deciding rules (the matching denies, or the matching allows).
    pub rules: Vec<String>,
}

/// Why a pattern's character classes or escapes are refused, if they are.
/// A class may hold only ASCII letters, digits, `.`, `_`, `-` and ranges
/// within one kind (`a-z`, `0-9`, `A-F`): no negation (`[!x]` matches `/`),
/// no range that spans `/` (`[+-0]`), no escapes (`\[` would hide a class
/// from this check), nothing outside ASCII.
fn unsafe_class(pattern: &str) -> Option<&'static str> {
    if pattern.contains('\\') {
        return Some("escapes are not allowed");
    }
    let mut rest = pattern;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        // An unclosed class is globset's to refuse.
        let close = after.find(']')?;
        let body = after.as_bytes().get(..close).unwrap_or_default();
        if body.is_empty() || body[0] == b'!' || body[0] == b'^' {
            return Some("a negated or empty character class could match /");
        }
        let kind = |b: u8| match b {
            b'0'..=b'9' => Some(0),
            b'a'..=b'z' => Some(1),
            b'A'..=b'Z' => Some(2),
            _ => None,
        };
        for (k, &b) in body.iter().enumerate() {
            let range_dash = b == b'-' && k > 0 && k + 1 < body.len();
            if range_dash {
                let (lo, hi) = (body[k - 1], body[k + 1]);
                if kind(lo).is_none() || kind(lo) != kind(hi) || lo > hi {
                    return Some("a range in a character class must stay within letters or digits of one kind");
                }
            } else if !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-')) {
                return Some("a character class may hold only letters, digits, '.', '_', '-' and ranges");
            }
        }
        rest = &after[close + 1..];
    }
    None
}

fn compile(patterns: &[String]) -> Result<Vec<GlobMatcher>, String> {
    patterns
        .iter()
        .map(|p| {
            if let Some(why) = unsafe_class(p) {
                return Err(format!("bad pattern {p:?}: {why}"));
            }
            GlobBuilder::new(p).literal_separator(true).build().map(|g| g.compile_matcher()).map_err(|e| format!("bad pattern {p:?}: {e}"))
        })
        .collect()
}

impl TrustPolicy {
    /// Compiles a policy.
    ///
    /// # Errors
    /// A message for a bad pattern or a rule without peers or services.
    pub fn new(config: &TrustPolicyConfig) -> Result<Self, String> {
        let mut rules = Vec::new();
        for r in &config.rules {
            if r.peers.is_empty() || r.services.is_empty() {
                return Err(format!("rule {:?}: peers and services must not be empty", r.id));
            }
            rules.push(Compiled {
                id: r.id.clone(),
                effect: r.effect,
                peers: compile(&r.peers)?,
                services: compile(&r.services)?,
                actions: r.actions.as_deref().map(compile).transpose()?,
            });
        }
        Ok(TrustPolicy { rules })
    }

    /// Decides whether `peer` may call `action` on `service`.
    ///
    /// With no action this is the connection-level question "may this peer
    /// call anything here": any matching allow opens the connection, and
    /// only a deny without an action list closes it; every request on it is
    /// then decided with its action.
    pub fn decide(&self, peer: &str, service: &str, action: Option<&str>) -> TrustDecision {
        let (mut allows, mut denies) = (Vec::new(), Vec::new());
        for r in &self.rules {
            let action_ok = match (&r.actions, action) {
                (None, _) => true,
                (Some(list), Some(a)) => list.iter().any(|m| m.is_match(a)),
                // Connection level: an action-limited allow may be used on
                // it; an action-limited deny is enforced per request.
                (Some(_), None) => r.effect == TrustEffect::Allow,
            };
            if action_ok && r.peers.iter().any(|m| m.is_match(peer)) && r.services.iter().any(|m| m.is_match(service)) {
                match r.effect {
                    TrustEffect::Allow => allows.push(r.id.clone()),
                    TrustEffect::Deny => denies.push(r.id.clone()),
                }
            }
        }
        if !denies.is_empty() {
            TrustDecision { allowed: false, rules: denies }
        } else {
            TrustDecision { allowed: !allows.is_empty(), rules: allows }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> TrustPolicy {
        let cfg: TrustPolicyConfig = toml::from_str(
            r#"
[[rules]]
id = "billing-to-payments"
effect = "allow"
peers = ["spiffe://corp.example/agent/billing-*"]
services = ["payments"]
actions = ["charge.*", "refund.read"]

[[rules]]
id = "ops-anything"
effect = "allow"
peers = ["spiffe://corp.example/agent/ops"]
services = ["*"]

[[rules]]
id = "ban"
effect = "deny"
peers = ["spiffe://corp.example/agent/banned"]
services = ["*"]

[[rules]]
id = "banned-would-be-allowed"
effect = "allow"
peers = ["spiffe://corp.example/agent/banned"]
services = ["*"]

[[rules]]
id = "no-refunds-from-canary"
effect = "deny"
peers = ["spiffe://corp.example/agent/billing-canary"]
services = ["payments"]
actions = ["refund.*"]
"#,
        )
        .unwrap();
        TrustPolicy::new(&cfg).unwrap()
    }

    #[test]
    fn allowlist_with_deny_winning_and_default_deny() {
        let p = policy();
        let billing = "spiffe://corp.example/agent/billing-eu";
        assert!(p.decide(billing, "payments", Some("charge.card")).allowed, "positive control");
        assert!(!p.decide(billing, "payments", Some("refund.issue")).allowed, "action not allowed");
        assert!(p.decide(billing, "payments", None).allowed, "an action-limited allow opens the connection; requests are checked");
        assert!(!p.decide(billing, "ledger", Some("charge.card")).allowed, "other service");
        assert!(!p.decide("spiffe://evil.example/agent/billing-eu", "payments", Some("charge.card")).allowed, "other trust domain");
        assert!(p.decide("spiffe://corp.example/agent/ops", "ledger", None).allowed);
        let canary = "spiffe://corp.example/agent/billing-canary";
        let d = p.decide(canary, "payments", Some("refund.read"));
        assert!(!d.allowed, "an explicit deny wins over the matching allow");
        assert_eq!(d.rules, ["no-refunds-from-canary"]);
        assert!(p.decide(canary, "payments", Some("charge.card")).allowed);
        assert!(p.decide(canary, "payments", None).allowed, "an action-limited deny does not close the connection");
        assert!(!p.decide("spiffe://corp.example/agent/banned", "ledger", None).allowed, "a deny without actions closes it");
        assert!(!p.decide("spiffe://corp.example/agent/banned", "ledger", Some("read")).allowed);
        assert!(!p.decide("spiffe://corp.example/agent/unknown", "payments", None).allowed, "default deny");
    }

    #[test]
    fn a_star_stays_within_one_segment_and_a_double_star_crosses() {
        let cfg: TrustPolicyConfig = toml::from_str(
            r#"
[[rules]]
id = "charges"
effect = "allow"
peers = ["spiffe://corp.example/agent/*"]
services = ["payments"]
actions = ["charge.*", "reports/**"]
"#,
        )
        .unwrap();
        let p = TrustPolicy::new(&cfg).unwrap();
        let peer = "spiffe://corp.example/agent/billing";
        assert!(p.decide(peer, "payments", Some("charge.card")).allowed, "positive control");
        assert!(!p.decide(peer, "payments", Some("charge.card/refund.issue")).allowed, "* does not cross /");
        assert!(p.decide(peer, "payments", Some("reports/2026/q4")).allowed, "** does");
        assert!(!p.decide("spiffe://corp.example/agent/team/billing", "payments", None).allowed, "peer globs too");
    }

    /// One allow rule for `peer` on service `s`, limited to `action`.
    fn one_rule(peer: &str, action: &str) -> TrustPolicyConfig {
        let rule = TrustRule {
            id: "x".into(),
            effect: TrustEffect::Allow,
            peers: vec![peer.into()],
            services: vec!["s".into()],
            actions: Some(vec![action.into()]),
        };
        TrustPolicyConfig { rules: vec![rule] }
    }

    #[test]
    fn classes_that_could_match_a_slash_are_refused() {
        for bad in [
            "charge[!_]*",
            "charge[^x]*",
            "a[/]b",
            "a[x/]b",
            "a[+-0]b",
            "a[ -~]b",
            "a[--0]b",
            "a\\[[!x]b",
            "[\u{e9}a][!_]*",
            "a[]]b",
            "a[z-a]b",
            "a[0-z]b",
        ] {
            assert!(TrustPolicy::new(&one_rule("spiffe://corp.example/agent/a", bad)).is_err(), "{bad} accepted");
        }
        let p = TrustPolicy::new(&one_rule("spiffe://corp.example/agent/billing-[ab]", "charge.[a-z0-9_-]*")).unwrap();
        assert!(p.decide("spiffe://corp.example/agent/billing-a", "s", Some("charge.card")).allowed, "positive control");
    }

    #[test]
    fn bad_rules_are_refused() {
        let bad = TrustPolicyConfig {
            rules: vec![TrustRule {
                id: "x".into(),
                effect: TrustEffect::Allow,
                peers: vec!["[".into()],
                services: vec!["s".into()],
                actions: None,
            }],
        };
        assert!(TrustPolicy::new(&bad).is_err());
        let empty = TrustPolicyConfig {
            rules: vec![TrustRule { id: "x".into(), effect: TrustEffect::Allow, peers: vec![], services: vec!["s".into()], actions: None }],
        };
        assert!(TrustPolicy::new(&empty).is_err());
    }
}
