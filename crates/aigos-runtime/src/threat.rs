//! Threat assessment: a pure, explainable function from indicators to a
//! threat score in `0..=1` and a [`ThreatLevel`]. Every indicator that
//! contributed is listed with its weight.

use aigos_core::{Environment, Severity, ThreatLevel};
use serde::{Deserialize, Serialize};

/// What is known about one action when it is assessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicators {
    /// When (Unix seconds, UTC).
    pub timestamp: i64,
    /// Target environment.
    pub environment: Environment,
    /// Declared severity.
    pub severity: Severity,
    /// Severities of the payload inspector's findings (data from aigos-core,
    /// so this crate does not depend on the policy crate).
    pub finding_severities: Vec<Severity>,
    /// Actions by this agent in the rate limiter's current window.
    pub recent_actions: u32,
    /// Whether the agent is registered.
    pub agent_known: bool,
    /// When it was registered (Unix seconds), if known.
    pub registered_at: Option<i64>,
    /// Spawn depth of the requester.
    pub lineage_depth: u32,
    /// Denials of this agent in the recent past.
    pub recent_denials: u32,
}

/// Business hours in local time given by a fixed UTC offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessHours {
    /// First business hour (inclusive), 0-23.
    pub start_hour: u8,
    /// Last business hour (exclusive), 1-24.
    pub end_hour: u8,
    /// Minutes east of UTC.
    pub utc_offset_minutes: i32,
    /// Whether Saturday and Sunday are outside business hours.
    pub weekdays_only: bool,
}

impl Default for BusinessHours {
    /// 08:00-18:00 UTC, Monday to Friday.
    fn default() -> Self {
        BusinessHours { start_hour: 8, end_hour: 18, utc_offset_minutes: 0, weekdays_only: true }
    }
}

/// Weights of the indicators (documented defaults; the score is their sum,
/// capped at 1).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    /// Outside business hours.
    pub after_hours: f64,
    /// More than `high_frequency_threshold` recent actions.
    pub high_frequency: f64,
    /// Recent actions above which frequency counts.
    pub high_frequency_threshold: u32,
    /// Production environment.
    pub production: f64,
    /// HIGH severity.
    pub high_severity: f64,
    /// CRITICAL or EMERGENCY severity.
    pub critical_severity: f64,
    /// Any HIGH or CRITICAL payload finding.
    pub injection_finding: f64,
    /// Only LOW or MEDIUM payload findings.
    pub minor_finding: f64,
    /// Unregistered agent.
    pub unknown_agent: f64,
    /// Registered less than `new_agent_seconds` ago.
    pub new_agent: f64,
    /// Age below which an agent counts as new.
    pub new_agent_seconds: i64,
    /// Per generation of lineage depth.
    pub per_lineage_level: f64,
    /// Cap of the lineage contribution.
    pub lineage_cap: f64,
    /// Per recent denial.
    pub per_recent_denial: f64,
    /// Cap of the denial contribution.
    pub denials_cap: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            after_hours: 0.15,
            high_frequency: 0.15,
            high_frequency_threshold: 15,
            production: 0.15,
            high_severity: 0.15,
            critical_severity: 0.25,
            injection_finding: 0.35,
            minor_finding: 0.1,
            unknown_agent: 0.3,
            new_agent: 0.1,
            new_agent_seconds: 24 * 3600,
            per_lineage_level: 0.05,
            lineage_cap: 0.15,
            per_recent_denial: 0.05,
            denials_cap: 0.2,
        }
    }
}

/// One indicator's part of the score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    /// Indicator name.
    pub indicator: &'static str,
    /// Added to the score.
    pub weight: f64,
    /// Why.
    pub detail: String,
}

/// The result: score, level and the contributions that make up the score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// Sum of contributions, capped into `0..=1`.
    pub score: f64,
    /// The band of the score.
    pub level: ThreatLevel,
    /// Each contributing indicator.
    pub contributions: Vec<Contribution>,
}

fn is_business_time(ts: i64, h: &BusinessHours) -> bool {
    let local = ts + i64::from(h.utc_offset_minutes) * 60;
    let hour = local.rem_euclid(86_400) / 3600;
    // 1970-01-01 was a Thursday: day 0 -> Thu.
    let weekday = (local.div_euclid(86_400) + 3).rem_euclid(7); // 0 = Monday
    let weekday_ok = !h.weekdays_only || weekday < 5;
    weekday_ok && hour >= i64::from(h.start_hour) && hour < i64::from(h.end_hour)
}

/// Assesses one action.
pub fn assess(ind: &Indicators, hours: &BusinessHours, w: &Weights) -> Assessment {
    let mut c = Vec::new();
    let mut add = |indicator: &'static str, weight: f64, detail: String| {
        if weight > 0.0 {
            c.push(Contribution { indicator, weight, detail });
        }
    };
    if !is_business_time(ind.timestamp, hours) {
        add("after_hours", w.after_hours, "outside business hours".into());
    }
    if ind.recent_actions > w.high_frequency_threshold {
        add("high_frequency", w.high_frequency, format!("{} recent actions", ind.recent_actions));
    }
    if ind.environment == Environment::Production {
        add("production", w.production, "production environment".into());
    }
    match ind.severity {
        Severity::High => add("severity", w.high_severity, "HIGH severity".into()),
        Severity::Critical | Severity::Emergency => add("severity", w.critical_severity, format!("{:?} severity", ind.severity)),
        _ => {}
    }
    if ind.finding_severities.iter().any(|s| *s >= Severity::High) {
        add("payload_findings", w.injection_finding, format!("{} finding(s), at least one HIGH or worse", ind.finding_severities.len()));
    } else if !ind.finding_severities.is_empty() {
        add("payload_findings", w.minor_finding, format!("{} minor finding(s)", ind.finding_severities.len()));
    }
    if !ind.agent_known {
        add("unknown_agent", w.unknown_agent, "agent is not registered".into());
    } else if ind.registered_at.is_some_and(|r| ind.timestamp - r < w.new_agent_seconds) {
        add("new_agent", w.new_agent, "agent registered recently".into());
    }
    if ind.lineage_depth > 0 {
        add(
            "lineage_depth",
            (w.per_lineage_level * f64::from(ind.lineage_depth)).min(w.lineage_cap),
            format!("generation {}", ind.lineage_depth),
        );
    }
    if ind.recent_denials > 0 {
        add(
            "recent_denials",
            (w.per_recent_denial * f64::from(ind.recent_denials)).min(w.denials_cap),
            format!("{} recent denial(s)", ind.recent_denials),
        );
    }
    let sum: f64 = c.iter().map(|x| x.weight).sum();
    let score = aigos_core::SecurityScore::saturating(sum).get();
    Assessment { score, level: ThreatLevel::from_score(score).unwrap_or(ThreatLevel::Critical), contributions: c }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2027-01-15 (Friday) 12:00 UTC.
    const FRIDAY_NOON: i64 = 1_800_014_400;

    fn base() -> Indicators {
        Indicators {
            timestamp: FRIDAY_NOON,
            environment: Environment::Staging,
            severity: Severity::Low,
            finding_severities: vec![],
            recent_actions: 1,
            agent_known: true,
            registered_at: Some(FRIDAY_NOON - 90 * 86_400),
            lineage_depth: 0,
            recent_denials: 0,
        }
    }

    #[test]
    fn seed_low_config_change_in_staging_is_minimal() {
        let a = assess(&base(), &BusinessHours::default(), &Weights::default());
        assert_eq!(a.level, ThreatLevel::Minimal);
        assert!(a.contributions.is_empty());
    }

    #[test]
    fn seed_high_unknown_agent_at_3am_in_production_with_injection_is_high_or_critical() {
        let mut i = base();
        i.timestamp = FRIDAY_NOON - 9 * 3600; // 03:00
        i.environment = Environment::Production;
        i.severity = Severity::High;
        i.agent_known = false;
        i.finding_severities = vec![Severity::Critical];
        let a = assess(&i, &BusinessHours::default(), &Weights::default());
        assert!(a.level >= ThreatLevel::High, "{a:?}");
        let names: Vec<_> = a.contributions.iter().map(|c| c.indicator).collect();
        assert_eq!(names, ["after_hours", "production", "severity", "payload_findings", "unknown_agent"]);
        assert_eq!(a.score, 1.0, "capped");
    }

    #[test]
    fn table_of_indicators() {
        let w = Weights::default();
        let h = BusinessHours::default();
        type Edit = Box<dyn Fn(&mut Indicators)>;
        let cases: Vec<(&str, Edit, f64)> = vec![
            ("weekend", Box::new(|i| i.timestamp += 86_400), 0.15),
            ("frequency", Box::new(|i| i.recent_actions = 16), 0.15),
            ("critical", Box::new(|i| i.severity = Severity::Critical), 0.25),
            ("minor finding", Box::new(|i| i.finding_severities = vec![Severity::Low]), 0.1),
            ("new agent", Box::new(|i| i.registered_at = Some(FRIDAY_NOON - 3600)), 0.1),
            ("deep lineage capped", Box::new(|i| i.lineage_depth = 9), 0.15),
            ("denials", Box::new(|i| i.recent_denials = 2), 0.1),
        ];
        for (name, edit, expected) in cases {
            let mut i = base();
            edit(&mut i);
            let a = assess(&i, &h, &w);
            assert!((a.score - expected).abs() < 1e-9, "{name}: {a:?}");
        }
        let shifted = BusinessHours { utc_offset_minutes: -7 * 60, ..h };
        assert!(assess(&base(), &shifted, &w).score > 0.0, "noon UTC is 05:00 at -07:00");
    }
}
