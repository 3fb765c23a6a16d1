//! The dashboard's counters: decisions, approvals, average score, the
//! last hour by minute, and recent denials per agent (a threat indicator).

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use aigos_core::{Status, ThreatLevel};

use super::Guard;
use crate::outcome::ValidationOutcome;

/// Agents whose recent denials are remembered at most.
const MAX_TRACKED_AGENTS: usize = 100_000;

#[derive(Default)]
pub(crate) struct Stats {
    pub(crate) in_flight: AtomicU64,
    total: AtomicU64,
    approved: AtomicU64,
    rejected: AtomicU64,
    pub(crate) mfa_required: AtomicU64,
    pub(crate) mfa_satisfied: AtomicU64,
    pub(crate) coe_required: AtomicU64,
    pub(crate) coe_satisfied: AtomicU64,
    score_micros: AtomicU64,
    pub(crate) audited: AtomicU64,
    /// Approvers locked out after failed TOTP codes.
    pub(crate) lockouts: AtomicU64,
    /// Per-minute counts and highest threat of the last hour.
    minutes: Mutex<VecDeque<(i64, u64, Option<ThreatLevel>)>>,
    /// Recent rejections per agent (timestamps), of authenticated requests only.
    denials: Mutex<HashMap<String, VecDeque<i64>>>,
}

/// What [`Guard::dashboard`] reads.
pub(crate) struct StatsView {
    pub(crate) in_flight: u64,
    pub(crate) total: u64,
    pub(crate) approved: u64,
    pub(crate) rejected: u64,
    pub(crate) mfa: (u64, u64),
    pub(crate) coe: (u64, u64),
    pub(crate) average_score: Option<f64>,
    pub(crate) last_hour: u64,
    pub(crate) last_hour_threat: Option<ThreatLevel>,
    pub(crate) audited: u64,
}

impl Stats {
    /// The agent's denials in the last hour.
    #[cfg(feature = "runtime")]
    pub(crate) fn recent_denials(&self, agent: &str, now: i64) -> u32 {
        let mut d = self.denials.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(q) = d.get_mut(agent) else { return 0 };
        while q.front().is_some_and(|t| now - *t > 3600) {
            q.pop_front();
        }
        u32::try_from(q.len()).unwrap_or(u32::MAX)
    }

    /// Counts an outcome. A rejection counts against the agent only when
    /// the request authenticated as it (`authenticated`): a request
    /// without a valid token never changes an agent's threat history.
    pub(crate) fn count(&self, outcome: &ValidationOutcome, authenticated: bool, now: i64) {
        self.total.fetch_add(1, Ordering::Relaxed);
        match outcome.status {
            Status::Approved => self.approved.fetch_add(1, Ordering::Relaxed),
            Status::Rejected => self.rejected.fetch_add(1, Ordering::Relaxed),
            _ => 0,
        };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a score in 0..=1 times 1e6 fits")]
        let micros = (outcome.security_score.get() * 1e6).round() as u64;
        self.score_micros.fetch_add(micros, Ordering::Relaxed);
        if outcome.status == Status::Rejected && authenticated {
            let mut d = self.denials.lock().unwrap_or_else(PoisonError::into_inner);
            // Keep the map bounded (entries older than the hour the threat step looks at go first).
            if d.len() >= MAX_TRACKED_AGENTS && !d.contains_key(&outcome.agent_id) {
                d.retain(|_, q| q.back().is_some_and(|t| now - *t <= 3600));
            }
            if d.len() < MAX_TRACKED_AGENTS || d.contains_key(&outcome.agent_id) {
                let q = d.entry(outcome.agent_id.clone()).or_default();
                q.push_back(now);
                if q.len() > 64 {
                    q.pop_front();
                }
            }
        }
        let minute = now.div_euclid(60);
        let mut m = self.minutes.lock().unwrap_or_else(PoisonError::into_inner);
        match m.back_mut() {
            Some((at, n, worst)) if *at == minute => {
                *n += 1;
                *worst = (*worst).max(outcome.threat_level);
            }
            _ => m.push_back((minute, 1, outcome.threat_level)),
        }
        while m.front().is_some_and(|(at, _, _)| minute - at >= 60) {
            m.pop_front();
        }
    }
}

impl Guard {
    pub(crate) fn stats(&self) -> StatsView {
        let s = &self.inner.stats;
        let total = s.total.load(Ordering::Relaxed);
        let minute = self.inner.clock.now_secs().div_euclid(60);
        let m = s.minutes.lock().unwrap_or_else(PoisonError::into_inner);
        let recent = m.iter().filter(|(at, _, _)| minute - at < 60);
        #[allow(clippy::cast_precision_loss, reason = "an average for display")]
        let average_score = (total > 0).then(|| s.score_micros.load(Ordering::Relaxed) as f64 / 1e6 / total as f64);
        StatsView {
            in_flight: s.in_flight.load(Ordering::Relaxed),
            total,
            approved: s.approved.load(Ordering::Relaxed),
            rejected: s.rejected.load(Ordering::Relaxed),
            mfa: (s.mfa_required.load(Ordering::Relaxed), s.mfa_satisfied.load(Ordering::Relaxed)),
            coe: (s.coe_required.load(Ordering::Relaxed), s.coe_satisfied.load(Ordering::Relaxed)),
            average_score,
            last_hour: recent.clone().map(|(_, n, _)| n).sum(),
            last_hour_threat: recent.filter_map(|(_, _, t)| *t).max(),
            audited: s.audited.load(Ordering::Relaxed),
        }
    }
}
