//! Structural domain patterns: matched on the parsed URL's scheme and host,
//! never as a regular expression over the whole URL (a regex such as
//! `^https://.*\.wikipedia\.org/.*` also matches
//! `https://evil.com/x.wikipedia.org/`; a host pattern cannot be fooled by the
//! path).
//!
//! Syntax: `[scheme://]host` where host is `*` (any), `*.example.com` (any
//! subdomain of example.com, not example.com itself), `10.*` (any host that
//! starts with `10.`), or an exact host. Hosts are compared after the URL
//! parser's normalization (lower case, IDNA, IPv4 canonical form).

use serde::{Deserialize, Serialize};

/// A host pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(crate) enum HostPattern {
    Any,
    Exact(String),
    /// `*.suffix`: stored with the leading dot.
    Suffix(String),
    /// `prefix*`.
    Prefix(String),
}

/// A domain pattern: optional schemes and a host pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct DomainPattern {
    schemes: Option<Vec<String>>,
    host: HostPattern,
}

fn valid_host_chars(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

impl DomainPattern {
    /// Parses `[scheme://]host-pattern`.
    pub(crate) fn parse(pattern: &str) -> Result<Self, String> {
        let (schemes, host) = match pattern.split_once("://") {
            Some((s, h)) => {
                let schemes: Vec<String> = s.split('|').map(|x| x.to_ascii_lowercase()).collect();
                if schemes.iter().any(|x| x.is_empty() || !x.chars().all(|c| c.is_ascii_alphanumeric() || c == '+')) {
                    return Err(format!("bad scheme in {pattern:?}"));
                }
                (Some(schemes), h)
            }
            None => (None, pattern),
        };
        let host = host.to_ascii_lowercase();
        let host = host.strip_suffix('/').unwrap_or(&host).to_string();
        let host = if host == "*" {
            HostPattern::Any
        } else if let Some(suffix) = host.strip_prefix("*.") {
            if !valid_host_chars(suffix) || suffix.contains('*') {
                return Err(format!("bad host pattern {pattern:?}"));
            }
            HostPattern::Suffix(format!(".{suffix}"))
        } else if let Some(prefix) = host.strip_suffix('*') {
            if !valid_host_chars(prefix) {
                return Err(format!("bad host pattern {pattern:?}"));
            }
            HostPattern::Prefix(prefix.to_string())
        } else if valid_host_chars(&host) {
            HostPattern::Exact(host.trim_end_matches('.').to_string())
        } else {
            return Err(format!("bad host pattern {pattern:?} (use host, *.domain or prefix*)"));
        };
        Ok(DomainPattern { schemes, host })
    }

    /// Whether `resource` is an absolute URL whose scheme and host match.
    /// Anything that does not parse as a URL with a host does not match.
    pub(crate) fn matches(&self, resource: &str) -> bool {
        let Ok(url) = url::Url::parse(resource) else { return false };
        let Some(host) = url.host_str() else { return false };
        let host = host.trim_end_matches('.');
        if let Some(s) = &self.schemes
            && !s.iter().any(|x| x == url.scheme())
        {
            return false;
        }
        match &self.host {
            HostPattern::Any => true,
            HostPattern::Exact(h) => host == h,
            HostPattern::Suffix(s) => host.ends_with(s.as_str()) && host.len() > s.len(),
            HostPattern::Prefix(p) => host.starts_with(p.as_str()),
        }
    }

    /// Whether every URL this pattern matches is also matched by `outer`
    /// (conservative: false when not provable).
    pub(crate) fn covered_by(&self, outer: &DomainPattern) -> bool {
        let schemes_ok = match (&outer.schemes, &self.schemes) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(o), Some(i)) => i.iter().all(|x| o.contains(x)),
        };
        let host_ok = match (&outer.host, &self.host) {
            (HostPattern::Any, _) => true,
            (HostPattern::Exact(o), HostPattern::Exact(i)) => o == i,
            (HostPattern::Suffix(o), HostPattern::Exact(i)) => i.ends_with(o.as_str()) && i.len() > o.len(),
            (HostPattern::Suffix(o), HostPattern::Suffix(i)) => i.ends_with(o.as_str()),
            (HostPattern::Prefix(o), HostPattern::Exact(i) | HostPattern::Prefix(i)) => i.starts_with(o.as_str()),
            _ => false,
        };
        schemes_ok && host_ok
    }
}

/// Converts one of the AIGOS spec's URL regexes to a structural pattern, for
/// the shapes the spec uses: `^https?://HOST(/.*)?$`, `.*\.gov$`,
/// `^https?://10\..*`. Anything else is refused rather than guessed.
pub(crate) fn from_spec_regex(regex: &str) -> Result<String, String> {
    let fail = || format!("domain pattern {regex:?} is not a supported shape (use host, *.domain, prefix*, optionally with scheme://)");
    if !regex.contains(['^', '$', '\\', '(', ')', '?', '+', '[']) && !regex.contains(".*") {
        // Already one of ours.
        DomainPattern::parse(regex)?;
        return Ok(regex.to_string());
    }
    let mut r = regex.strip_prefix('^').unwrap_or(regex);
    r = r.strip_suffix('$').unwrap_or(r);
    let (schemes, rest) = if let Some(rest) = r.strip_prefix("https?://") {
        ("http|https://", rest)
    } else if let Some((scheme, rest)) = r.split_once("://") {
        if !scheme.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(fail());
        }
        (
            if scheme == "https" {
                "https://"
            } else if scheme == "http" {
                "http://"
            } else {
                return Err(fail());
            },
            rest,
        )
    } else {
        ("", r)
    };
    // Drop a path part: `/.*`, `/` or `.*` directly after a host that ends with a dot escape is a prefix.
    let host = rest.strip_suffix("/.*").or_else(|| rest.strip_suffix('/')).unwrap_or(rest);
    let (host, prefix) = match host.strip_suffix(".*") {
        Some(h) => (h, true),
        None => (host, false),
    };
    let (host, suffix) = match host.strip_prefix(".*\\.") {
        Some(h) => (h, true),
        None => (host, false),
    };
    let host = host.replace("\\.", ".");
    if host.is_empty() {
        return if prefix || suffix { Ok(format!("{schemes}*")) } else { Err(fail()) };
    }
    if !valid_host_chars(&host) || (prefix && suffix) {
        return Err(fail());
    }
    let pattern = if suffix {
        format!("{schemes}*.{host}")
    } else if prefix {
        format!("{schemes}{host}*")
    } else {
        format!("{schemes}{host}")
    };
    DomainPattern::parse(&pattern)?;
    Ok(pattern)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, url: &str) -> bool {
        DomainPattern::parse(p).unwrap().matches(url)
    }

    #[test]
    fn structural_matching_resists_path_tricks() {
        assert!(m("https://*.wikipedia.org", "https://en.wikipedia.org/wiki/Rust"));
        assert!(!m("https://*.wikipedia.org", "https://evil.com/x.wikipedia.org/"), "the path is not the host");
        assert!(!m("https://*.wikipedia.org", "https://wikipedia.org.evil.com/"));
        assert!(!m("https://*.wikipedia.org", "http://en.wikipedia.org/"), "scheme");
        assert!(!m("https://*.wikipedia.org", "https://en.wikipedia.org@evil.com/"), "userinfo trick");
        assert!(m("https://*.wikipedia.org", "HTTPS://EN.WIKIPEDIA.ORG./x"), "case and trailing dot normalized");
        assert!(m("api.company.com", "https://api.company.com:8443/v1"));
        assert!(!m("api.company.com", "configmap/web"), "not a URL: no match");
        assert!(m("10.*", "http://10.1.2.3/"));
        assert!(m("127.0.0.1", "http://2130706433/"), "IPv4 forms normalized by the URL parser");
        assert!(m("*", "ftp://anything.example/"));
    }

    #[test]
    fn spec_regexes_convert_or_are_refused() {
        let cases = [
            ("^https://api\\.company\\.com/.*", "https://api.company.com"),
            ("^https://.*\\.wikipedia\\.org/.*", "https://*.wikipedia.org"),
            (".*\\.gov$", "*.gov"),
            ("^https?://localhost.*", "http|https://localhost*"),
            ("^https?://127\\.0\\.0\\.1.*", "http|https://127.0.0.1*"),
            ("^https?://10\\..*", "http|https://10.*"),
            ("*", "*"),
            ("*.example.com", "*.example.com"),
        ];
        for (regex, ours) in cases {
            assert_eq!(from_spec_regex(regex).unwrap(), ours, "{regex}");
        }
        for bad in ["^https://(a|b)\\.com/.*", "[a-z]+\\.com", "^ftp://x\\.com", "https://ex ample.com"] {
            assert!(from_spec_regex(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn coverage_is_conservative() {
        let p = |s: &str| DomainPattern::parse(s).unwrap();
        assert!(p("https://a.example.com").covered_by(&p("*.example.com")));
        assert!(p("*.b.example.com").covered_by(&p("*.example.com")));
        assert!(!p("*.example.com").covered_by(&p("https://*.example.com")), "scheme-less is wider");
        assert!(!p("example.com").covered_by(&p("*.example.com")), "apex is not a subdomain");
        assert!(p("10.1.*").covered_by(&p("10.*")));
        assert!(!p("*").covered_by(&p("*.com")));
    }
}
