//! The compiled policy engine.
//!
//! Statements are indexed by action: exact tool names in a hash map, glob
//! patterns in one `GlobSet` (matched in a single pass), `*` in a list. Only
//! the candidates of a request's tool are evaluated, so the cost does not grow
//! with the number of statements about other tools.
//!
//! The request is a claim of the agent that signed it: the engine never takes
//! the time from it (the caller passes its own clock to
//! [`PolicyEngine::evaluate_at`]) and raises its declared severity to the
//! policy's severity floors before matching `severities` conditions.

use std::collections::{BTreeSet, HashMap, HashSet};

use aigos_core::{ActionKind, ActionRequest, Severity};
use globset::{Glob, GlobBuilder, GlobMatcher, GlobSet, GlobSetBuilder};
use serde::Serialize;

use crate::document::{Effect, Period, PolicyDocument, SeverityFloor, Statement, TimeWindow, Weekday, is_glob, parse_hhmm};
use crate::domains::DomainPattern;
use crate::error::Error;

/// The largest time magnitude the engine evaluates (2^53 - 1 seconds).
const MAX_TIME: i64 = (1 << 53) - 1;

/// Compiles one glob: `*` matches any sequence (separators included), `?` one
/// character, `[...]` a class, `{a,b}` alternatives.
pub(crate) fn compile_glob(pattern: &str) -> Result<Glob, globset::Error> {
    GlobBuilder::new(pattern).literal_separator(false).backslash_escape(true).build()
}

/// How the decision was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Basis {
    /// At least one permit matched and no forbid did.
    Permit,
    /// At least one forbid matched (forbid beats permit).
    Forbid,
    /// Nothing matched: default deny.
    DefaultDeny,
}

/// An explainable decision: whether the action is allowed, on which basis,
/// and which statements decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// Whether the action may proceed (as far as policy is concerned).
    pub allowed: bool,
    /// How it was decided.
    pub basis: Basis,
    /// The ids of the deciding statements (the matching forbids, or the
    /// matching permits); empty for a default deny.
    pub statements: Vec<String>,
}

impl Decision {
    /// A human-readable reason.
    pub fn reason(&self) -> String {
        match self.basis {
            Basis::Permit => format!("permitted by {}", self.statements.join(", ")),
            Basis::Forbid => format!("forbidden by {}", self.statements.join(", ")),
            Basis::DefaultDeny => "no statement permits this action (default deny)".into(),
        }
    }
}

#[derive(Debug)]
enum Set {
    Any,
    Exact(HashSet<String>),
    Patterns { exact: HashSet<String>, globs: Vec<GlobMatcher> },
}

impl Set {
    fn new(items: impl IntoIterator<Item = String>) -> Result<Set, globset::Error> {
        let mut exact = HashSet::new();
        let mut globs = Vec::new();
        for item in items {
            if item == "*" {
                return Ok(Set::Any);
            }
            if is_glob(&item) {
                globs.push(compile_glob(&item)?.compile_matcher());
            } else {
                exact.insert(item);
            }
        }
        Ok(if globs.is_empty() { Set::Exact(exact) } else { Set::Patterns { exact, globs } })
    }

    fn contains(&self, value: &str) -> bool {
        match self {
            Set::Any => true,
            Set::Exact(e) => e.contains(value),
            Set::Patterns { exact, globs } => exact.contains(value) || globs.iter().any(|g| g.is_match(value)),
        }
    }
}

#[derive(Debug)]
struct Window {
    days: Option<Vec<Weekday>>,
    start: u32,
    end: u32,
}

impl Window {
    fn new(w: &TimeWindow) -> Result<Window, String> {
        Ok(Window { days: w.days.as_ref().map(|d| d.iter().copied().collect()), start: parse_hhmm(&w.start)?, end: parse_hhmm(&w.end)? })
    }

    /// Whether `unix` falls in the window: from `start` (inclusive) to `end`
    /// (exclusive), by the minute; a window that wraps past midnight belongs
    /// to the weekday it started on. Total: no `unix` overflows.
    fn contains(&self, unix: i64) -> bool {
        let minute = u32::try_from(unix.rem_euclid(86_400) / 60).unwrap_or(u32::MAX);
        let (inside, day_of_start) = if self.start <= self.end {
            (self.start <= minute && minute < self.end, Some(unix))
        } else if minute >= self.start {
            (true, Some(unix))
        } else {
            // After midnight in a window that started the day before.
            (minute < self.end, unix.checked_sub(86_400))
        };
        let Some(day_of_start) = day_of_start else { return false };
        inside && self.days.as_ref().is_none_or(|d| d.contains(&Weekday::of_unix(day_of_start)))
    }
}

#[derive(Debug)]
struct Compiled {
    id: String,
    effect: Effect,
    principals: Set,
    resources: Set,
    environments: Option<Vec<aigos_core::Environment>>,
    severities: Option<Vec<aigos_core::Severity>>,
    max_cost: Option<f64>,
    windows: Option<Vec<Window>>,
    max_depth: Option<u32>,
    domains: Option<Vec<DomainPattern>>,
    periods: Option<Vec<(i64, i64)>>,
}

impl Compiled {
    /// Whether the statement matches `r` at `now` (Unix seconds, from the
    /// caller's clock) for the effective `severity`.
    fn matches(&self, r: &ActionRequest, now: i64, severity: Severity) -> bool {
        self.principals.contains(r.agent_id.as_str())
            && self.resources.contains(&r.resource)
            && self.environments.as_ref().is_none_or(|e| e.contains(&r.environment))
            && self.severities.as_ref().is_none_or(|s| s.contains(&severity))
            // An unknown cost never satisfies a cost ceiling (fail closed).
            && self.max_cost.is_none_or(|max| r.estimated_cost_usd.is_some_and(|c| c.get() <= max))
            && self.windows.as_ref().is_none_or(|ws| ws.iter().any(|w| w.contains(now)))
            && self.max_depth.is_none_or(|d| r.lineage.depth() <= d)
            && self.domains.as_ref().is_none_or(|ds| ds.iter().any(|d| d.matches(&r.resource)))
            && self.periods.as_ref().is_none_or(|ps| ps.iter().any(|(a, b)| *a <= now && now < *b))
    }
}

#[derive(Debug)]
struct Floor {
    id: String,
    tools: Option<Set>,
    actions: Option<BTreeSet<ActionKind>>,
    severity: Severity,
}

impl Floor {
    fn new(f: &SeverityFloor) -> Result<Floor, Error> {
        let tools = f
            .tools
            .as_ref()
            .map(|ts| Set::new(ts.iter().cloned()))
            .transpose()
            .map_err(|e| Error::load(None, format!("severity floor {:?}: bad glob: {e}", f.id)))?;
        Ok(Floor { id: f.id.clone(), tools, actions: f.actions.clone(), severity: f.severity })
    }

    /// A floor applies when the tool matches one of its globs OR the action
    /// kind is one it lists: the action kind is the agent's own label, so
    /// requiring both would let an agent step out of a floor by calling
    /// `secrets.rotate` a `tool_call`. (Validation guarantees one is given.)
    fn matches(&self, r: &ActionRequest) -> bool {
        self.tools.as_ref().is_some_and(|t| t.contains(&r.tool)) || self.actions.as_ref().is_some_and(|a| a.contains(&r.action))
    }
}

/// The effective severity of a request: the higher of the severity it
/// declares (a claim of the agent) and the policy's floor for it, if any
/// (see [`PolicyEngine::severity_floor`]).
///
/// ```
/// use aigos_core::Severity;
/// use aigos_policy::effective_severity;
///
/// assert_eq!(effective_severity(Severity::Low, Some(Severity::Critical)), Severity::Critical);
/// assert_eq!(effective_severity(Severity::Emergency, Some(Severity::Critical)), Severity::Emergency);
/// assert_eq!(effective_severity(Severity::Medium, None), Severity::Medium);
/// ```
pub fn effective_severity(declared: Severity, floor: Option<Severity>) -> Severity {
    floor.map_or(declared, |f| declared.max(f))
}

/// A policy compiled for evaluation. Build once, evaluate many times;
/// `Send + Sync`, share it behind an `Arc`.
#[derive(Debug)]
pub struct PolicyEngine {
    statements: Vec<Compiled>,
    exact: HashMap<String, Vec<u32>>,
    globs: GlobSet,
    glob_owner: Vec<u32>,
    any_action: Vec<u32>,
    floors: Vec<Floor>,
    tools: crate::ToolSchemas,
}

impl PolicyEngine {
    /// The argument schema the policy declares for `tool`, if any.
    pub fn tool_schema(&self, tool: &str) -> Option<&crate::ToolSchema> {
        self.tools.get(tool)
    }

    /// Compiles a document (validating it first), severity floors included.
    ///
    /// # Errors
    /// [`Error::Load`] when a glob, group, window, period or domain is
    /// invalid, or a severity floor is (its tool globs are compiled here; the
    /// message names the floor's id). Documents from
    /// [`PolicyDocument::parse`] are already validated.
    pub fn new(doc: &PolicyDocument) -> Result<Self, Error> {
        doc.validate(None)?;
        let mut statements = Vec::with_capacity(doc.statements.len());
        let mut exact: HashMap<String, Vec<u32>> = HashMap::new();
        let mut globs = GlobSetBuilder::new();
        let mut glob_owner = Vec::new();
        let mut any_action = Vec::new();
        for (i, s) in doc.statements.iter().enumerate() {
            let idx = u32::try_from(i).map_err(|_| Error::load(None, "too many statements"))?;
            for a in &s.actions {
                if a == "*" {
                    any_action.push(idx);
                } else if is_glob(a) {
                    globs.add(compile_glob(a).map_err(|e| Error::load(None, e.to_string()))?);
                    glob_owner.push(idx);
                } else {
                    exact.entry(a.clone()).or_default().push(idx);
                }
            }
            statements.push(compile_statement(doc, s)?);
        }
        let globs = globs.build().map_err(|e| Error::load(None, e.to_string()))?;
        let floors = doc.severity_floors.iter().map(Floor::new).collect::<Result<_, _>>()?;
        Ok(PolicyEngine { statements, exact, globs, glob_owner, any_action, floors, tools: doc.tools.clone() })
    }

    /// Number of statements.
    pub fn len(&self) -> usize {
        self.statements.len()
    }

    /// Whether the policy has no statements (and so denies everything).
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// The highest severity floor that applies to `request` (by its tool and
    /// action kind, never by its declared severity), with the floor's id; the
    /// first such floor in the document when several share that severity.
    /// `None` when no floor applies.
    pub fn severity_floor(&self, request: &ActionRequest) -> Option<(Severity, &str)> {
        let mut best: Option<&Floor> = None;
        for f in self.floors.iter().filter(|f| f.matches(request)) {
            if best.is_none_or(|b| f.severity > b.severity) {
                best = Some(f);
            }
        }
        best.map(|f| (f.severity, f.id.as_str()))
    }

    /// Decides one request at `now` (Unix seconds, UTC): default deny, any
    /// matching forbid beats every permit, and the decision names the
    /// statements that decided it.
    ///
    /// `now` comes from the caller's clock: every time condition
    /// (`time_windows`, `periods`) is evaluated on it, never on
    /// `request.timestamp`, which the agent chose and could have backdated.
    /// `severities` conditions are matched on the request's effective
    /// severity ([`effective_severity`] of its declared severity and its
    /// [`severity_floor`](PolicyEngine::severity_floor)), so an agent cannot
    /// declare itself into a lower tier than the policy assigns.
    ///
    /// To replay a recorded request at the time it claims (offline analysis
    /// only), pass `request.timestamp` as `now`.
    ///
    /// A `now` outside [`PolicyEngine::TIME_RANGE`] is denied (default
    /// deny, no statement named); [`PolicyEngine::try_evaluate_at`] says why.
    pub fn evaluate_at(&self, request: &ActionRequest, now: i64) -> Decision {
        self.try_evaluate_at(request, now).unwrap_or(Decision { allowed: false, basis: Basis::DefaultDeny, statements: Vec::new() })
    }

    /// The Unix times the engine evaluates: within +-(2^53 - 1) seconds, the
    /// range of a request's timestamp (time arithmetic on them cannot
    /// overflow).
    pub const TIME_RANGE: std::ops::RangeInclusive<i64> = -MAX_TIME..=MAX_TIME;

    /// [`PolicyEngine::evaluate_at`], refusing a `now` outside
    /// [`PolicyEngine::TIME_RANGE`] instead of denying it.
    ///
    /// # Errors
    /// [`Error::Time`] when `now` is out of range.
    pub fn try_evaluate_at(&self, request: &ActionRequest, now: i64) -> Result<Decision, Error> {
        if !Self::TIME_RANGE.contains(&now) {
            return Err(Error::Time(format!("{now} s is beyond +-(2^53 - 1) s of the Unix epoch")));
        }
        Ok(self.decide(request, now))
    }

    fn decide(&self, request: &ActionRequest, now: i64) -> Decision {
        let severity = effective_severity(request.severity, self.severity_floor(request).map(|(s, _)| s));
        let mut candidates: Vec<u32> = Vec::new();
        if let Some(list) = self.exact.get(&request.tool) {
            candidates.extend_from_slice(list);
        }
        if !self.globs.is_empty() {
            for m in self.globs.matches(&request.tool) {
                if let Some(&owner) = self.glob_owner.get(m) {
                    candidates.push(owner);
                }
            }
        }
        candidates.extend_from_slice(&self.any_action);
        candidates.sort_unstable();
        candidates.dedup();

        let mut forbids = Vec::new();
        let mut permits = Vec::new();
        for &i in &candidates {
            let Some(s) = self.statements.get(i as usize) else { continue };
            if s.matches(request, now, severity) {
                match s.effect {
                    Effect::Forbid => forbids.push(s.id.clone()),
                    Effect::Permit if forbids.is_empty() => permits.push(s.id.clone()),
                    Effect::Permit => {}
                }
            }
        }
        if !forbids.is_empty() {
            Decision { allowed: false, basis: Basis::Forbid, statements: forbids }
        } else if !permits.is_empty() {
            Decision { allowed: true, basis: Basis::Permit, statements: permits }
        } else {
            Decision { allowed: false, basis: Basis::DefaultDeny, statements: Vec::new() }
        }
    }
}

fn compile_statement(doc: &PolicyDocument, s: &Statement) -> Result<Compiled, Error> {
    let fail = |m: String| Error::load(None, format!("statement {:?}: {m}", s.id));
    let mut principals = Vec::new();
    for p in &s.principals {
        match p.strip_prefix("group:") {
            Some(g) => principals.extend(doc.groups.get(g).ok_or_else(|| fail(format!("unknown group {g}")))?.iter().cloned()),
            None => principals.push(p.clone()),
        }
    }
    let c = &s.conditions;
    Ok(Compiled {
        id: s.id.clone(),
        effect: s.effect,
        // Principals are ids or `*`; a glob-looking id matches only itself.
        principals: if principals.iter().any(|p| p == "*") { Set::Any } else { Set::Exact(principals.into_iter().collect()) },
        resources: Set::new(s.resources.iter().cloned()).map_err(|e| fail(e.to_string()))?,
        environments: c.environments.as_ref().map(|e| e.iter().copied().collect()),
        severities: c.severities.as_ref().map(|e| e.iter().copied().collect()),
        max_cost: c.max_cost_usd,
        windows: c.time_windows.as_ref().map(|ws| ws.iter().map(Window::new).collect::<Result<_, _>>()).transpose().map_err(fail)?,
        max_depth: c.max_lineage_depth,
        domains: c
            .domains
            .as_ref()
            .map(|ds| ds.iter().map(|d| DomainPattern::parse(d)).collect::<Result<_, _>>())
            .transpose()
            .map_err(fail)?,
        periods: c.periods.as_ref().map(|ps| ps.iter().map(Period::bounds).collect::<Result<_, _>>()).transpose().map_err(fail)?,
    })
}

#[cfg(test)]
mod tests {
    use aigos_core::{ActionRequest, AgentId};

    use super::*;

    /// Friday 2024-01-12 00:00:00 UTC.
    const FRIDAY: i64 = 1_705_017_600;
    const H: i64 = 3600;

    fn engine(conditions: &str) -> PolicyEngine {
        let text = format!("[[statements]]\nid = \"s\"\neffect = \"permit\"\nactions = [\"t\"]\nconditions = {{ {conditions} }}\n");
        PolicyEngine::new(&PolicyDocument::from_toml(&text).unwrap()).unwrap()
    }

    fn allowed(e: &PolicyEngine, now: i64) -> bool {
        let r = ActionRequest::builder(AgentId::new("a").unwrap(), "t").timestamp(0).build().unwrap();
        e.evaluate_at(&r, now).allowed
    }

    #[test]
    fn a_window_includes_its_start_and_excludes_its_end_to_the_second() {
        let e = engine("time_windows = [{ start = \"08:00\", end = \"18:00\" }]");
        assert!(!allowed(&e, FRIDAY + 8 * H - 1), "07:59:59");
        assert!(allowed(&e, FRIDAY + 8 * H), "08:00:00");
        assert!(allowed(&e, FRIDAY + 18 * H - 1), "17:59:59");
        assert!(!allowed(&e, FRIDAY + 18 * H), "18:00:00: the end is exclusive");
        assert!(!allowed(&e, FRIDAY + 18 * H + 59), "18:00:59: not one more minute");
        let full = engine("time_windows = [{ start = \"00:00\", end = \"24:00\" }]");
        assert!(allowed(&full, FRIDAY) && allowed(&full, FRIDAY + 24 * H - 1));
        let empty = engine("time_windows = [{ start = \"10:00\", end = \"10:00\" }]");
        assert!(!allowed(&empty, FRIDAY + 10 * H));
    }

    #[test]
    fn a_wrapping_window_belongs_to_the_day_it_starts() {
        let e = engine("time_windows = [{ days = [\"fri\"], start = \"22:00\", end = \"06:00\" }]");
        assert!(!allowed(&e, FRIDAY + 22 * H - 1), "Friday 21:59:59");
        assert!(allowed(&e, FRIDAY + 22 * H), "Friday 22:00");
        assert!(allowed(&e, FRIDAY + 30 * H - 1), "Saturday 05:59:59, in Friday's window");
        assert!(!allowed(&e, FRIDAY + 30 * H), "Saturday 06:00:00: the end is exclusive");
        assert!(!allowed(&e, FRIDAY + 3 * H), "Friday 03:00 is in Thursday's window");
        assert!(!allowed(&e, FRIDAY + 46 * H), "Saturday 22:00");
        assert!(allowed(&e, FRIDAY + 7 * 24 * H + 23 * H), "the next Friday, 23:00");
    }

    #[test]
    fn a_period_includes_its_start_and_excludes_its_end_to_the_second() {
        let e = engine("periods = [{ start = \"2024-01-12T10:00:00Z\", end = \"2024-01-12T11:00:00Z\" }]");
        assert!(!allowed(&e, FRIDAY + 10 * H - 1));
        assert!(allowed(&e, FRIDAY + 10 * H));
        assert!(allowed(&e, FRIDAY + 11 * H - 1));
        assert!(!allowed(&e, FRIDAY + 11 * H), "the end is exclusive");
    }

    #[test]
    fn extreme_times_are_refused_not_wrapped() {
        let e = engine("time_windows = [{ start = \"22:00\", end = \"06:00\" }]");
        let forbid = PolicyEngine::new(
            &PolicyDocument::from_toml(
                "[[statements]]\nid = \"p\"\neffect = \"permit\"\nactions = [\"*\"]\n[[statements]]\nid = \"f\"\neffect = \"forbid\"\nactions = [\"t\"]\nconditions = { time_windows = [{ start = \"22:00\", end = \"06:00\" }] }\n",
            )
            .unwrap(),
        )
        .unwrap();
        let r = ActionRequest::builder(AgentId::new("a").unwrap(), "t").timestamp(0).build().unwrap();
        for now in [i64::MIN, i64::MIN + 1, i64::MIN + 86_399, -MAX_TIME - 1, MAX_TIME + 1, i64::MAX] {
            assert!(matches!(e.try_evaluate_at(&r, now), Err(Error::Time(_))), "{now}");
            assert!(!e.evaluate_at(&r, now).allowed, "{now}: denied");
            assert!(!forbid.evaluate_at(&r, now).allowed, "{now}: denied even where only a forbid could match");
            assert_eq!(forbid.evaluate_at(&r, now).basis, Basis::DefaultDeny);
        }
        // The ends of the range are evaluated (positive control).
        assert!(e.try_evaluate_at(&r, -MAX_TIME).is_ok());
        assert!(e.try_evaluate_at(&r, MAX_TIME).is_ok());
        assert_eq!(e.try_evaluate_at(&r, FRIDAY + 23 * H).unwrap().basis, Basis::Permit);
        assert_eq!(Error::Time(String::new()).code(), "POLICY_TIME_OUT_OF_RANGE");
    }
}
