//! AIGOS YAML policy files (SPEC-FMT-003), read into our statements.
//!
//! Deliberate deviations, each because the spec's behaviour is unsound:
//! - Domains are matched structurally on the parsed URL's scheme and host
//!   (see `domains`), never as a regex over the whole URL; the spec's regex
//!   shapes are converted, and shapes that cannot be converted are refused.
//! - `extends` can only tighten: allow lists intersect, deny lists union,
//!   budgets take the minimum, schedules intersect, spawning narrows.
//! - `mode.fail_open: true` is refused.
//! - `mode.dry_run` is reported as requested, never applied here: shadow mode
//!   takes effect only from a signed bundle (`PolicyBundle::dry_run`).
//! - `schedule.allowed_hours.timezone` accepts `UTC` or a fixed offset
//!   (`+02:00`); named zones are refused rather than guessed.
//! - `capabilities.allowed_tools` missing or empty means nothing is allowed.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::document::{Conditions, Effect, Period, PolicyDocument, Statement, TimeWindow, Weekday, pattern_covers};
use crate::domains::{DomainPattern, from_spec_regex};
use crate::{DecayMode, Error};

/// Maximum `extends` chain (the spec's limit).
const MAX_EXTENDS: usize = 5;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AppliesTo {
    #[serde(default)]
    risk_levels: Vec<String>,
    #[serde(default)]
    assets: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Tools {
    #[serde(default)]
    allowed_tools: Option<Vec<String>>,
    #[serde(default)]
    denied_tools: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Domains {
    #[serde(default)]
    allowed_domains: Option<Vec<String>>,
    #[serde(default)]
    denied_domains: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Models {
    #[serde(default)]
    allowed_models: Option<Vec<String>>,
    #[serde(default)]
    denied_models: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Budget {
    max_cost_per_session: Option<f64>,
    max_cost_per_day: Option<f64>,
    max_cost_per_month: Option<f64>,
    max_tokens_per_call: Option<u64>,
    max_calls_per_minute: Option<u64>,
    max_concurrent_operations: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Hours {
    start: String,
    end: String,
    #[serde(default)]
    timezone: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Blackout {
    start: String,
    end: String,
    #[serde(default)]
    #[expect(dead_code, reason = "documentation field of the spec")]
    reason: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Schedule {
    allowed_hours: Option<Hours>,
    allowed_days: Option<Vec<u8>>,
    #[serde(default)]
    blackout_windows: Vec<Blackout>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Spawning {
    may_spawn_children: Option<bool>,
    max_child_depth: Option<u32>,
    child_capability_mode: Option<String>,
    #[serde(default)]
    child_denied_capabilities: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Mode {
    #[serde(default)]
    dry_run: bool,
    #[serde(default)]
    fail_open: bool,
    #[serde(default)]
    strict: Option<bool>,
    #[serde(default)]
    verbose_logging: Option<bool>,
}

/// One AIGOS policy file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: String,
    name: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    extends: Option<String>,
    #[serde(default)]
    applies_to: Option<AppliesTo>,
    #[serde(default)]
    capabilities: Tools,
    #[serde(default)]
    resources: Domains,
    #[serde(default)]
    models: Models,
    #[serde(default)]
    budget: Budget,
    #[serde(default)]
    schedule: Option<Schedule>,
    #[serde(default)]
    spawning: Spawning,
    #[serde(default)]
    data: Option<serde_json::Value>,
    #[serde(default)]
    mode: Mode,
    #[serde(default)]
    custom: Option<serde_json::Value>,
    #[serde(default)]
    signature: Option<serde_json::Value>,
}

/// Limits the policy sets for other components (rate limiter, budget ledger).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AigosLimits {
    /// Per-session budget in USD (also a per-action ceiling in the statements).
    pub max_cost_per_session: Option<f64>,
    /// Per-day budget in USD, for the ledger.
    pub max_cost_per_day: Option<f64>,
    /// Per-month budget in USD, for the ledger.
    pub max_cost_per_month: Option<f64>,
    /// Tokens per model call.
    pub max_tokens_per_call: Option<u64>,
    /// Rate limit for the runtime layer.
    pub max_calls_per_minute: Option<u64>,
    /// Concurrency limit.
    pub max_concurrent_operations: Option<u64>,
}

/// Spawning rules for capability decay.
#[derive(Debug, Clone, PartialEq)]
pub struct AigosSpawning {
    /// Whether children may be spawned.
    pub may_spawn_children: bool,
    /// Deepest generation.
    pub max_child_depth: u32,
    /// Decay mode (the spec's `decay` and `explicit` both map to EXPLICIT).
    pub mode: DecayMode,
    /// Tools no child may have.
    pub child_denied_capabilities: BTreeSet<String>,
}

/// The result of reading an AIGOS policy (after `extends`).
#[derive(Debug, Clone, PartialEq)]
pub struct AigosPolicy {
    /// The policy's name.
    pub name: String,
    /// Our statements.
    pub document: PolicyDocument,
    /// Limits for other components.
    pub limits: AigosLimits,
    /// Spawning rules.
    pub spawning: AigosSpawning,
    /// Allowed models (`None`: no rule), and denied models.
    pub models: (Option<BTreeSet<String>>, BTreeSet<String>),
    /// Whether the file asked for shadow mode; applied only through a signed bundle.
    pub dry_run_requested: bool,
}

fn err(m: impl Into<String>) -> Error {
    Error::load(None, m)
}

/// Reads an AIGOS policy. `resolve` loads the file an `extends` names.
///
/// # Errors
/// [`Error::Load`] for a file over 4 MiB or with flow collections nested
/// deeper than 32 (checked before it is parsed), YAML errors, unknown fields, a version other than
/// "1.0", `fail_open: true`, unsupported domain shapes or time zones, an
/// `extends` chain longer than 5 or circular.
pub fn read_aigos_policy(text: &str, resolve: &dyn Fn(&str) -> Result<String, Error>) -> Result<AigosPolicy, Error> {
    let mut chain = vec![parse_file(text)?];
    let mut seen = BTreeSet::new();
    while let Some(parent) = chain.last().and_then(|f| f.extends.clone()) {
        if chain.len() > MAX_EXTENDS {
            return Err(err(format!("extends chain longer than {MAX_EXTENDS}")));
        }
        if !seen.insert(parent.clone()) {
            return Err(err(format!("circular extends through {parent:?}")));
        }
        chain.push(parse_file(&resolve(&parent)?)?);
    }
    // Fold from the base outwards, each step only tightening.
    let mut files = chain.into_iter().rev();
    let base = files.next().ok_or_else(|| err("empty chain"))?;
    let mut merged = Merged::from_file(base)?;
    for f in files {
        merged = merged.tighten(Merged::from_file(f)?);
    }
    merged.into_policy()
}

fn parse_file(text: &str) -> Result<File, Error> {
    // Size and flow nesting first: libyaml takes quadratic time on deeply
    // nested flow collections, before serde's recursion limit is reached.
    aigos_core::prefilter_yaml(text, &crate::document::TEXT_LIMITS).map_err(|e| err(e.to_string()))?;
    let file: File = serde_norway::from_str(text).map_err(|e| {
        let location = e.location().map(|l| crate::Location { line: l.line(), column: l.column() });
        Error::load(location, e.to_string())
    })?;
    if file.version != "1.0" {
        return Err(err(format!("version {:?} is not 1.0", file.version)));
    }
    if file.mode.fail_open {
        return Err(err("mode.fail_open is refused: policy evaluation fails closed"));
    }
    let _ = (&file.description, &file.data, &file.custom, &file.signature, file.mode.strict, file.mode.verbose_logging);
    Ok(file)
}

/// A weekly schedule as a bitmap of UTC minutes (7 x 1440).
#[derive(Debug, Clone, PartialEq)]
struct Week(Vec<bool>);

const WEEK: usize = 7 * 1440;

impl Week {
    fn all() -> Self {
        Week(vec![true; WEEK])
    }

    fn from_schedule(s: &Schedule) -> Result<Self, Error> {
        let mut week = Week(vec![false; WEEK]);
        let days: BTreeSet<u8> = s.allowed_days.clone().map_or_else(|| (0..7).collect(), |d| d.into_iter().collect());
        if days.iter().any(|d| *d > 6) {
            return Err(err("allowed_days are 0 (Sunday) to 6 (Saturday)"));
        }
        let (start, end, offset) = match &s.allowed_hours {
            Some(h) => (
                crate::document::parse_hhmm(&h.start).map_err(err)?,
                crate::document::parse_hhmm(&h.end).map_err(err)?,
                offset_minutes(h.timezone.as_deref())?,
            ),
            None => (0, 1440, 0),
        };
        for day in days {
            // Local minutes of this day, converted to UTC minutes of the week (Monday = 0).
            let monday_based = (usize::from(day) + 6) % 7;
            let span: Vec<u32> = if start <= end { (start..end).collect() } else { (start..1440).chain(1440..1440 + end).collect() };
            for local in span {
                let minute = i64::try_from(monday_based * 1440).unwrap_or(0) + i64::from(local) - offset;
                let utc = usize::try_from(minute.rem_euclid(7 * 1440)).unwrap_or(0);
                if let Some(slot) = week.0.get_mut(utc) {
                    *slot = true;
                }
            }
        }
        Ok(week)
    }

    fn and(self, other: &Week) -> Week {
        Week(self.0.iter().zip(&other.0).map(|(a, b)| *a && *b).collect())
    }

    /// The bitmap as per-day UTC windows.
    fn windows(&self) -> Vec<TimeWindow> {
        const DAYS: [Weekday; 7] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
        let hhmm = |m: usize| format!("{:02}:{:02}", m / 60, m % 60);
        let mut out = Vec::new();
        for (d, day) in DAYS.iter().enumerate() {
            let mut m = 0;
            while m < 1440 {
                if self.0.get(d * 1440 + m).copied().unwrap_or(false) {
                    let start = m;
                    while m < 1440 && self.0.get(d * 1440 + m).copied().unwrap_or(false) {
                        m += 1;
                    }
                    out.push(TimeWindow { days: Some([*day].into()), start: hhmm(start), end: hhmm(m) });
                } else {
                    m += 1;
                }
            }
        }
        out
    }
}

fn offset_minutes(tz: Option<&str>) -> Result<i64, Error> {
    match tz {
        None | Some("UTC" | "Z" | "Etc/UTC" | "GMT") => Ok(0),
        Some(s) => {
            let sign = match s.chars().next() {
                Some('+') => 1,
                Some('-') => -1,
                _ => return Err(err(format!("time zone {s:?}: only UTC or a fixed offset like +02:00 is supported"))),
            };
            let m = crate::document::parse_hhmm(s.get(1..).unwrap_or_default()).map_err(|_| err(format!("bad offset {s:?}")))?;
            Ok(sign * i64::from(m))
        }
    }
}

/// Policy contents during the `extends` fold.
struct Merged {
    name: String,
    assets: Option<BTreeSet<String>>,
    allowed_tools: BTreeSet<String>,
    denied_tools: BTreeSet<String>,
    allowed_domains: Option<Vec<String>>,
    denied_domains: BTreeSet<String>,
    allowed_models: Option<BTreeSet<String>>,
    denied_models: BTreeSet<String>,
    limits: AigosLimits,
    week: Week,
    blackouts: Vec<Period>,
    spawning: AigosSpawning,
    dry_run: bool,
}

fn min_opt<T: PartialOrd + Copy>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y < x { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

/// Patterns of `a` covered by `b` and of `b` covered by `a`: the structural
/// intersection of two allow lists.
fn intersect(a: &BTreeSet<String>, b: &BTreeSet<String>, covers: impl Fn(&str, &str) -> bool) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = a.iter().filter(|x| b.iter().any(|y| covers(y, x))).cloned().collect();
    out.extend(b.iter().filter(|y| a.iter().any(|x| covers(x, y))).cloned());
    out
}

fn domain_covers(outer: &str, inner: &str) -> bool {
    match (DomainPattern::parse(outer), DomainPattern::parse(inner)) {
        (Ok(o), Ok(i)) => i.covered_by(&o),
        _ => false,
    }
}

impl Merged {
    fn from_file(f: File) -> Result<Self, Error> {
        let convert = |list: Option<Vec<String>>| -> Result<Option<Vec<String>>, Error> {
            list.map(|l| l.iter().map(|r| from_spec_regex(r).map_err(err)).collect()).transpose()
        };
        let allowed_domains = convert(f.resources.allowed_domains)?.filter(|l| !l.iter().any(|d| d == "*"));
        let denied_domains = convert(f.resources.denied_domains)?.unwrap_or_default().into_iter().collect();
        let schedule = f.schedule.unwrap_or_default();
        let mode = match f.spawning.child_capability_mode.as_deref() {
            None | Some("decay" | "explicit") => DecayMode::Explicit,
            Some("inherit") => DecayMode::Inherit,
            Some(other) => return Err(err(format!("unknown child_capability_mode {other:?}"))),
        };
        Ok(Merged {
            name: f.name,
            assets: f.applies_to.and_then(|a| {
                let _ = a.risk_levels;
                (!a.assets.is_empty()).then(|| a.assets.into_iter().collect())
            }),
            allowed_tools: f.capabilities.allowed_tools.unwrap_or_default().into_iter().collect(),
            denied_tools: f.capabilities.denied_tools.unwrap_or_default().into_iter().collect(),
            allowed_domains,
            denied_domains,
            allowed_models: f.models.allowed_models.map(|m| m.into_iter().collect()),
            denied_models: f.models.denied_models.unwrap_or_default().into_iter().collect(),
            limits: AigosLimits {
                max_cost_per_session: f.budget.max_cost_per_session,
                max_cost_per_day: f.budget.max_cost_per_day,
                max_cost_per_month: f.budget.max_cost_per_month,
                max_tokens_per_call: f.budget.max_tokens_per_call,
                max_calls_per_minute: f.budget.max_calls_per_minute,
                max_concurrent_operations: f.budget.max_concurrent_operations,
            },
            week: Week::from_schedule(&schedule)?,
            blackouts: schedule.blackout_windows.into_iter().map(|b| Period { start: b.start, end: b.end }).collect(),
            spawning: AigosSpawning {
                may_spawn_children: f.spawning.may_spawn_children.unwrap_or(true),
                max_child_depth: f.spawning.max_child_depth.unwrap_or(3),
                mode,
                child_denied_capabilities: f.spawning.child_denied_capabilities.into_iter().collect(),
            },
            dry_run: f.mode.dry_run,
        })
    }

    /// `self` is the parent, `child` extends it; the result is never looser than either.
    fn tighten(self, child: Merged) -> Merged {
        let l = (&self.limits, &child.limits);
        Merged {
            name: child.name,
            assets: match (self.assets, child.assets) {
                (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
                (a, b) => a.or(b),
            },
            allowed_tools: intersect(&self.allowed_tools, &child.allowed_tools, pattern_covers),
            denied_tools: self.denied_tools.union(&child.denied_tools).cloned().collect(),
            allowed_domains: match (self.allowed_domains, child.allowed_domains) {
                (Some(a), Some(b)) => {
                    Some(intersect(&a.into_iter().collect(), &b.into_iter().collect(), domain_covers).into_iter().collect())
                }
                (a, b) => a.or(b),
            },
            denied_domains: self.denied_domains.union(&child.denied_domains).cloned().collect(),
            allowed_models: match (self.allowed_models, child.allowed_models) {
                (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
                (a, b) => a.or(b),
            },
            denied_models: self.denied_models.union(&child.denied_models).cloned().collect(),
            limits: AigosLimits {
                max_cost_per_session: min_opt(l.0.max_cost_per_session, l.1.max_cost_per_session),
                max_cost_per_day: min_opt(l.0.max_cost_per_day, l.1.max_cost_per_day),
                max_cost_per_month: min_opt(l.0.max_cost_per_month, l.1.max_cost_per_month),
                max_tokens_per_call: min_opt(l.0.max_tokens_per_call, l.1.max_tokens_per_call),
                max_calls_per_minute: min_opt(l.0.max_calls_per_minute, l.1.max_calls_per_minute),
                max_concurrent_operations: min_opt(l.0.max_concurrent_operations, l.1.max_concurrent_operations),
            },
            week: self.week.and(&child.week),
            blackouts: self.blackouts.into_iter().chain(child.blackouts).collect(),
            spawning: AigosSpawning {
                may_spawn_children: self.spawning.may_spawn_children && child.spawning.may_spawn_children,
                max_child_depth: self.spawning.max_child_depth.min(child.spawning.max_child_depth),
                mode: if self.spawning.mode == DecayMode::Explicit { DecayMode::Explicit } else { child.spawning.mode },
                child_denied_capabilities: self
                    .spawning
                    .child_denied_capabilities
                    .union(&child.spawning.child_denied_capabilities)
                    .cloned()
                    .collect(),
            },
            dry_run: self.dry_run || child.dry_run,
        }
    }

    fn into_policy(self) -> Result<AigosPolicy, Error> {
        let principals = self.assets.clone().map_or_else(|| vec!["*".to_string()], |a| a.into_iter().collect());
        let mut statements = Vec::new();
        if !self.denied_tools.is_empty() {
            statements.push(Statement {
                id: "aigos.denied_tools".into(),
                effect: Effect::Forbid,
                principals: principals.clone(),
                actions: self.denied_tools.iter().cloned().collect(),
                resources: vec!["*".into()],
                conditions: Conditions::default(),
                description: Some("capabilities.denied_tools".into()),
            });
        }
        if !self.denied_domains.is_empty() {
            statements.push(Statement {
                id: "aigos.denied_domains".into(),
                effect: Effect::Forbid,
                principals: principals.clone(),
                actions: vec!["*".into()],
                resources: vec!["*".into()],
                conditions: Conditions { domains: Some(self.denied_domains.iter().cloned().collect()), ..Conditions::default() },
                description: Some("resources.denied_domains".into()),
            });
        }
        if !self.blackouts.is_empty() {
            statements.push(Statement {
                id: "aigos.blackout_windows".into(),
                effect: Effect::Forbid,
                principals: principals.clone(),
                actions: vec!["*".into()],
                resources: vec!["*".into()],
                conditions: Conditions { periods: Some(self.blackouts.clone()), ..Conditions::default() },
                description: Some("schedule.blackout_windows".into()),
            });
        }
        if !self.allowed_tools.is_empty() {
            let windows = (self.week != Week::all()).then(|| self.week.windows());
            let conditions = Conditions { time_windows: windows, max_cost_usd: self.limits.max_cost_per_session, ..Conditions::default() };
            let permit = |id: &str, resources: Vec<String>, conditions: Conditions| Statement {
                id: id.into(),
                effect: Effect::Permit,
                principals: principals.clone(),
                actions: self.allowed_tools.iter().cloned().collect(),
                resources,
                conditions,
                description: Some("capabilities.allowed_tools, resources.allowed_domains, schedule, budget".into()),
            };
            match &self.allowed_domains {
                None => statements.push(permit("aigos.allowed", vec!["*".into()], conditions)),
                Some(domains) => {
                    // A resource must be a URL on an allowed host; an action
                    // without a resource has no domain to check.
                    statements.push(permit(
                        "aigos.allowed",
                        vec!["*".into()],
                        Conditions { domains: Some(domains.clone()), ..conditions.clone() },
                    ));
                    statements.push(permit("aigos.allowed_without_resource", vec![String::new()], conditions));
                }
            }
        }
        let document = PolicyDocument { groups: BTreeMap::new(), statements, severity_floors: Vec::new(), tools: BTreeMap::new() };
        document.validate(None)?;
        Ok(AigosPolicy {
            name: self.name,
            document,
            limits: self.limits,
            spawning: self.spawning,
            models: (self.allowed_models, self.denied_models),
            dry_run_requested: self.dry_run,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<AigosPolicy, Error> {
        read_aigos_policy(text, &|_| Err(err("no extends")))
    }

    const HEAD: &str = "version: \"1.0\"\nname: p\n";

    #[test]
    fn a_deeply_nested_flow_sequence_is_refused_before_parsing() {
        let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let text = format!("{HEAD}capabilities:\n  allowed_tools: {nested}\n");
        assert!(text.len() > 200_000);
        let e = read(&text).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("nested deeper than 32"), "{e}");
        let maps = format!("{HEAD}data: {}\n", "{a: ".repeat(60_000));
        assert!(read(&maps).err().is_some_and(|e| e.to_string().contains("nested deeper")));
        // Positive control: an ordinary policy with flow lists.
        let ok = format!("{HEAD}capabilities:\n  allowed_tools: [\"deploy.*\", 'config.update']\n");
        assert!(read(&ok).is_ok(), "{:?}", read(&ok).err());
    }

    #[test]
    fn a_billion_laughs_fails_fast() {
        let mut text = format!("{HEAD}data:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        let mut previous = "a".to_owned();
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            let refs = vec![format!("*{previous}"); 9].join(",");
            text.push_str(&format!("  {name}: &{name} [{refs}]\n"));
            previous = name.to_owned();
        }
        // 9^9 strings if expanded: serde_norway stops after 100 x the events.
        let e = read(&text).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("repetition limit exceeded"), "{e}");
        // Positive control: a few aliases are fine.
        assert!(read(&format!("{HEAD}data:\n  a: &a [x]\n  b: [*a, *a]\n")).is_ok());
    }

    fn depth(v: &serde_json::Value) -> usize {
        match v {
            serde_json::Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
            serde_json::Value::Object(m) => 1 + m.values().map(depth).max().unwrap_or(0),
            _ => 0,
        }
    }

    /// The least depth limit the prefilter accepts `text` with.
    fn scanned_depth(text: &str) -> usize {
        (0..=40)
            .find(|&d| aigos_core::prefilter_yaml(text, &aigos_core::TextLimits { max_bytes: 1 << 20, max_depth: d }).is_ok())
            .unwrap_or(41)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        /// Differential against libyaml: in a document that is one flow
        /// collection, every level of the parsed value comes from a flow
        /// level (a flow sequence may add one: `[a: b]` holds a one-pair
        /// mapping without a flow level of its own), so the value is at most
        /// twice as deep as the flow levels; the prefilter never counts fewer,
        /// whatever mix of quotes, comments, colons and line breaks it holds.
        #[test]
        fn the_prefilter_never_counts_less_than_libyaml(body in "[\\[\\]{}'\",:# ax\n-]{0,48}") {
            let text = format!("[{body}");
            if let Ok(v) = serde_norway::from_str::<serde_json::Value>(&text) {
                proptest::prop_assert!(2 * scanned_depth(&text) >= depth(&v), "{:?}: parsed depth {}", text, depth(&v));
            }
        }

        /// The same under a block mapping with block scalars and plain
        /// scalars spanning lines: flow levels are at most the parsed depth
        /// less the block levels (one here), never more than the scan counts.
        #[test]
        fn block_context_does_not_hide_flow_levels(a in "[\\[\\]{}'\",:# ax|>-]{0,12}", b in "[\\[\\]{}'\",:# ax]{0,24}", i in 0usize..4) {
            let text = format!("k: {a}\n{}{b}\nz: [{b}\n", " ".repeat(i));
            if let Ok(v) = serde_norway::from_str::<serde_json::Value>(&text) {
                proptest::prop_assert!(2 * scanned_depth(&text) + 1 >= depth(&v), "{:?}: parsed depth {}", text, depth(&v));
            }
        }
    }
}
