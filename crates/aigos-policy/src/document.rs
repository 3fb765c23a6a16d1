//! The policy document: statements in TOML or JSON.

use std::collections::{BTreeMap, BTreeSet};

use aigos_core::{ActionKind, Environment, Severity};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Location, location_of};

/// Bounds on a policy text (TOML, AIGOS YAML), checked before it is parsed
/// so that parse time stays linear: 4 MiB, nesting depth 32.
pub(crate) const TEXT_LIMITS: aigos_core::TextLimits = aigos_core::TextLimits { max_bytes: 4 << 20, max_depth: 32 };

/// The same bounds for a JSON policy, whose member names must also be unique.
const JSON_LIMITS: aigos_core::JsonLimits =
    aigos_core::JsonLimits { max_bytes: TEXT_LIMITS.max_bytes, max_depth: TEXT_LIMITS.max_depth, ijson_numbers: false };

/// Whether a statement allows or forbids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    /// Allows the action when it matches (and no forbid does).
    Permit,
    /// Forbids the action when it matches; beats every permit.
    Forbid,
}

/// A day of the week, for time windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// The weekday of a Unix timestamp (UTC).
    pub fn of_unix(secs: i64) -> Weekday {
        // 1970-01-01 was a Thursday.
        match secs.div_euclid(86_400).rem_euclid(7) {
            0 => Weekday::Thu,
            1 => Weekday::Fri,
            2 => Weekday::Sat,
            3 => Weekday::Sun,
            4 => Weekday::Mon,
            5 => Weekday::Tue,
            _ => Weekday::Wed,
        }
    }
}

/// A UTC time window: `start` and `end` as `HH:MM`; a window whose end is
/// before its start wraps past midnight. `days` restricts the weekdays (of the
/// start of the window).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeWindow {
    /// Weekdays; all when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<BTreeSet<Weekday>>,
    /// Start, `HH:MM` UTC, inclusive.
    pub start: String,
    /// End, `HH:MM` UTC, exclusive.
    pub end: String,
}

/// Conditions that must all hold for a statement to match.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    /// The request's environment is one of these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environments: Option<BTreeSet<Environment>>,
    /// The request's severity is one of these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severities: Option<BTreeSet<Severity>>,
    /// The estimated cost is known and at most this many USD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cost_usd: Option<f64>,
    /// The request time falls in one of these UTC windows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_windows: Option<Vec<TimeWindow>>,
    /// The requester's lineage depth is at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_lineage_depth: Option<u32>,
    /// The resource is an absolute URL whose scheme and host match one of
    /// these structural patterns (`[scheme://]host`, `*.domain`, `prefix*`, `*`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    /// The request time falls in one of these absolute periods (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub periods: Option<Vec<Period>>,
}

/// An absolute period, `start` inclusive, `end` exclusive, RFC 3339 with a zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// Start.
    pub start: String,
    /// End.
    pub end: String,
}

impl Period {
    /// Start and end in Unix seconds.
    ///
    /// # Errors
    /// A message when either is not RFC 3339 or end is not after start.
    pub fn bounds(&self) -> Result<(i64, i64), String> {
        let parse = |s: &str| {
            time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
                .map(|t| t.unix_timestamp())
                .map_err(|_| format!("{s:?} is not RFC 3339 with a zone"))
        };
        let (a, b) = (parse(&self.start)?, parse(&self.end)?);
        if b <= a {
            return Err(format!("period ends ({}) before it starts ({})", self.end, self.start));
        }
        Ok((a, b))
    }
}

impl Conditions {
    /// Whether there are no conditions at all.
    pub fn is_empty(&self) -> bool {
        *self == Conditions::default()
    }
}

fn star() -> Vec<String> {
    vec!["*".into()]
}

/// One statement of a policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Unique id, named in decisions.
    pub id: String,
    /// Permit or forbid.
    pub effect: Effect,
    /// Agent ids, `group:NAME`, or `*` (the default).
    #[serde(default = "star")]
    pub principals: Vec<String>,
    /// Tool names or globs (`config.*`, `*`). Required.
    pub actions: Vec<String>,
    /// Resource globs; `*` (the default) matches every resource.
    #[serde(default = "star")]
    pub resources: Vec<String>,
    /// Further conditions.
    #[serde(default, skip_serializing_if = "Conditions::is_empty")]
    pub conditions: Conditions,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A severity floor: the least severity that the policy assigns to a kind of
/// action, whatever severity the request declares.
///
/// A request's `severity` is a claim of the (possibly compromised) agent; a
/// floor lets the signed policy say that, for example, `secrets.*` is always
/// at least `CRITICAL`. A floor applies when the request's tool matches one
/// of `tools` **or** its action kind is one of `actions` (the action kind is
/// the agent's own label); at least one of the two must be given, and
/// neither may be empty.
///
/// ```toml
/// [[severity_floors]]
/// id = "secrets-are-critical"
/// tools = ["secrets.*", "vault.*"]
/// severity = "CRITICAL"
///
/// [[severity_floors]]
/// id = "rotation-is-critical"
/// actions = ["secret_rotation"]
/// severity = "CRITICAL"
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeverityFloor {
    /// Unique id among the floors (1 to 128 bytes), named by
    /// [`PolicyEngine::severity_floor`](crate::PolicyEngine::severity_floor).
    pub id: String,
    /// Tool names or globs, compiled like statement actions; any may match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<String>>,
    /// Action kinds (`tool_call`, `config_change`, `secret_rotation`, ...);
    /// any may match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<BTreeSet<ActionKind>>,
    /// The least severity of a matching request.
    pub severity: Severity,
}

/// A policy document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyDocument {
    /// Named groups of agent ids, used as `group:NAME` principals.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub groups: BTreeMap<String, BTreeSet<String>>,
    /// The statements.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Severity floors (see [`SeverityFloor`]). Omitted from the serialized
    /// form when empty, so a document without floors has the same canonical
    /// bytes, content hash and bundle signature as before the field existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub severity_floors: Vec<SeverityFloor>,
    /// Per-tool argument schemas for payload inspection, by exact tool name
    /// (`[tools."shell.exec".args] cmd = { kind = "shell", commands = ["ls"] }`).
    /// Omitted when empty, for the same reason as `severity_floors`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub tools: crate::ToolSchemas,
}

/// A warning from [`PolicyDocument::check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The statement warned about.
    pub statement: String,
    /// Where it is, when the source is known.
    pub location: Option<Location>,
    /// What is wrong.
    pub message: String,
}

impl PolicyDocument {
    /// Parses and validates a TOML document.
    ///
    /// # Errors
    /// [`Error::Load`] with line and column for syntax errors, unknown
    /// fields, bad globs, bad time windows and duplicate ids; without a
    /// location for a text over 4 MiB or nested deeper than 32.
    pub fn from_toml(text: &str) -> Result<Self, Error> {
        aigos_core::prefilter_toml(text, &TEXT_LIMITS).map_err(|e| Error::load(None, e.to_string()))?;
        let doc: PolicyDocument = toml::from_str(text).map_err(|e| {
            let location = e.span().map(|s| location_of(text, s.start));
            Error::load(location, e.message().to_string())
        })?;
        doc.validate(Some(text))?;
        Ok(doc)
    }

    /// Parses and validates a JSON document (the same structure).
    ///
    /// # Errors
    /// As [`PolicyDocument::from_toml`].
    pub fn from_json(text: &str) -> Result<Self, Error> {
        // Size, depth and duplicate member names first (the typed parse
        // below would take the last of two `statements`).
        aigos_core::parse_json(text.as_bytes(), &JSON_LIMITS).map_err(|e| Error::load(None, e.to_string()))?;
        let doc: PolicyDocument =
            serde_json::from_str(text).map_err(|e| Error::load(Some(Location { line: e.line(), column: e.column() }), e.to_string()))?;
        doc.validate(Some(text))?;
        Ok(doc)
    }

    /// Parses TOML or JSON, by the first non-blank character (`{` is JSON).
    ///
    /// # Errors
    /// As [`PolicyDocument::from_toml`].
    pub fn parse(text: &str) -> Result<Self, Error> {
        if text.trim_start().starts_with('{') { Self::from_json(text) } else { Self::from_toml(text) }
    }

    /// Where statement `id` is defined in `source` (its `n`-th definition).
    fn locate(source: Option<&str>, id: &str, nth: usize) -> Option<Location> {
        let text = source?;
        let quoted = format!("\"{id}\"");
        let mut found = 0;
        let mut from = 0;
        while let Some(pos) = text.get(from..)?.find(&quoted) {
            let at = from + pos;
            let before = text.get(..at)?.trim_end();
            if before.ends_with('=') || before.ends_with(':') {
                let key = before.trim_end_matches(['=', ':']).trim_end();
                if key.ends_with("id") || key.ends_with("\"id\"") {
                    if found == nth {
                        return Some(location_of(text, at));
                    }
                    found += 1;
                }
            }
            from = at + quoted.len();
        }
        None
    }

    /// Checks ids, globs, groups, windows, periods, domains and severity
    /// floors.
    ///
    /// # Errors
    /// [`Error::Load`] for the first problem found; a problem with a severity
    /// floor names the floor's id.
    pub fn validate(&self, source: Option<&str>) -> Result<(), Error> {
        let mut seen = BTreeSet::new();
        for s in &self.statements {
            let at = Self::locate(source, &s.id, 0);
            let fail = |msg: String| Error::load(at, format!("statement {:?}: {msg}", s.id));
            if s.id.is_empty() || s.id.len() > 128 {
                return Err(fail("id must be 1 to 128 bytes".into()));
            }
            if !seen.insert(s.id.as_str()) {
                return Err(Error::load(Self::locate(source, &s.id, 1), format!("duplicate statement id {:?}", s.id)));
            }
            if s.actions.is_empty() || s.principals.is_empty() || s.resources.is_empty() {
                return Err(fail("principals, actions and resources must not be empty".into()));
            }
            for pattern in s.actions.iter().chain(&s.resources) {
                crate::engine::compile_glob(pattern).map_err(|e| fail(format!("bad glob {pattern:?}: {e}")))?;
            }
            for p in &s.principals {
                if let Some(group) = p.strip_prefix("group:")
                    && !self.groups.contains_key(group)
                {
                    return Err(fail(format!("unknown group {group:?}")));
                }
            }
            if let Some(max) = s.conditions.max_cost_usd
                && !(max.is_finite() && max >= 0.0)
            {
                return Err(fail("max_cost_usd must be a finite, non-negative number".into()));
            }
            for w in s.conditions.time_windows.iter().flatten() {
                parse_hhmm(&w.start).and(parse_hhmm(&w.end)).map_err(|e| fail(format!("time window: {e}")))?;
            }
            for d in s.conditions.domains.iter().flatten() {
                crate::domains::DomainPattern::parse(d).map_err(|e| fail(format!("domain: {e}")))?;
            }
            for p in s.conditions.periods.iter().flatten() {
                p.bounds().map_err(|e| fail(format!("period: {e}")))?;
            }
        }
        self.validate_floors(source)?;
        for (tool, schema) in &self.tools {
            schema.validate().map_err(|e| Error::load(Self::locate(source, tool, 0), format!("tools.{tool:?}: {e}")))?;
        }
        Ok(())
    }

    fn validate_floors(&self, source: Option<&str>) -> Result<(), Error> {
        let mut seen = BTreeSet::new();
        for f in &self.severity_floors {
            // Best effort: floors usually follow the statements in a file.
            let nth = self.statements.iter().filter(|s| s.id == f.id).count();
            let at = Self::locate(source, &f.id, nth);
            let fail = |msg: String| Error::load(at, format!("severity floor {:?}: {msg}", f.id));
            if f.id.is_empty() || f.id.len() > 128 {
                return Err(fail("id must be 1 to 128 bytes".into()));
            }
            if !seen.insert(f.id.as_str()) {
                return Err(Error::load(Self::locate(source, &f.id, nth + 1), format!("duplicate severity floor id {:?}", f.id)));
            }
            if f.tools.is_none() && f.actions.is_none() {
                return Err(fail("give tools, actions or both".into()));
            }
            if f.tools.as_ref().is_some_and(Vec::is_empty) || f.actions.as_ref().is_some_and(BTreeSet::is_empty) {
                return Err(fail("tools and actions, when given, must not be empty (the floor would never apply)".into()));
            }
            for pattern in f.tools.iter().flatten() {
                crate::engine::compile_glob(pattern).map_err(|e| fail(format!("bad glob {pattern:?}: {e}")))?;
            }
        }
        Ok(())
    }

    /// Validation warnings: permits that a forbid fully shadows (the forbid
    /// matches every request the permit matches, so the permit can never
    /// decide anything).
    pub fn check(&self, source: Option<&str>) -> Vec<Warning> {
        let mut warnings = Vec::new();
        for p in self.statements.iter().filter(|s| s.effect == Effect::Permit) {
            for f in self.statements.iter().filter(|s| s.effect == Effect::Forbid) {
                if covers(&f.principals, &p.principals)
                    && covers(&f.actions, &p.actions)
                    && covers(&f.resources, &p.resources)
                    && (f.conditions.is_empty() || f.conditions == p.conditions)
                {
                    warnings.push(Warning {
                        statement: p.id.clone(),
                        location: Self::locate(source, &p.id, 0),
                        message: format!("permit {:?} is fully shadowed by forbid {:?} and can never allow anything", p.id, f.id),
                    });
                    break;
                }
            }
        }
        warnings
    }
}

/// Whether every pattern of `inner` is covered by some pattern of `outer`:
/// a universal pattern (`*`, `**`, ...), equality, or a `prefix*` glob
/// covering a pattern with that prefix. Conservative: anything it cannot
/// prove is not covered.
pub(crate) fn covers(outer: &[String], inner: &[String]) -> bool {
    inner.iter().all(|i| outer.iter().any(|o| pattern_covers(o, i)))
}

/// Whether `pattern` matches every string, the empty one included: it is made
/// of `*` only (`*`, `**`, ...), each of which matches any sequence.
pub(crate) fn is_universal(pattern: &str) -> bool {
    !pattern.is_empty() && pattern.bytes().all(|b| b == b'*')
}

pub(crate) fn pattern_covers(outer: &str, inner: &str) -> bool {
    if is_universal(outer) || outer == inner {
        return true;
    }
    match outer.strip_suffix('*') {
        Some(prefix) if !is_glob(prefix) => inner.starts_with(prefix) && !is_glob(inner.get(..prefix.len()).unwrap_or("*")),
        _ => false,
    }
}

pub(crate) fn is_glob(s: &str) -> bool {
    s.contains(['*', '?', '[', ']', '{', '}'])
}

/// Minutes after midnight of `HH:MM`.
pub(crate) fn parse_hhmm(s: &str) -> Result<u32, String> {
    let (h, m) = s.split_once(':').ok_or_else(|| format!("{s:?} is not HH:MM"))?;
    let (h, m): (u32, u32) = (h.parse().map_err(|_| format!("{s:?} is not HH:MM"))?, m.parse().map_err(|_| format!("{s:?} is not HH:MM"))?);
    if h > 24 || m > 59 || (h == 24 && m != 0) || s.len() != 5 {
        return Err(format!("{s:?} is not a time of day"));
    }
    Ok(h * 60 + m)
}
