//! Steps 5 and 7, the facade's own: the security score, every part
//! listed, and the final status.

use std::fmt::Write as _;

use aigos_core::{SecurityScore, Status, ThreatLevel};

use super::{Check, Contribution, Cx, Facts, Layer, Verdict};

/// Step 5: the security score.
pub(crate) struct ScoreCheck;

#[async_trait::async_trait]
impl Check for ScoreCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let mut score = 1.0;
        if let Some((threat, _)) = facts.threat {
            let w = -0.8 * threat;
            score += w;
            facts.score_contributions.push(Contribution {
                factor: "threat".into(),
                weight: w,
                detail: format!("-0.8 x threat score {}", fixed(threat, 2)),
            });
        }
        if !facts.finding_severities.is_empty() {
            #[allow(clippy::cast_precision_loss, reason = "a handful of findings")]
            let w = -(0.05 * facts.finding_severities.len() as f64).min(0.2);
            score += w;
            facts.score_contributions.push(Contribution {
                factor: "payload_findings".into(),
                weight: w,
                detail: format!("-0.05 per finding (at most -0.2): {}", facts.findings.join(", ")),
            });
        }
        for (layer, what) in [(Layer::Identity, "identity"), (Layer::Policy, "policy"), (Layer::Runtime, "runtime")] {
            if cx.g.skipped.contains(&layer) {
                score -= 0.1;
                facts.score_contributions.push(Contribution {
                    factor: format!("{what}_skipped"),
                    weight: -0.1,
                    detail: format!("the {what} layer is left out"),
                });
            }
        }
        facts.score = SecurityScore::saturating(score).get();
        Ok(Verdict::pass(fixed(facts.score, 3)))
    }
}

/// Step 7: the final status.
pub(crate) struct StatusCheck;

#[async_trait::async_trait]
impl Check for StatusCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        facts.reached_status = true;
        if facts.threat.is_some_and(|(_, level)| level >= ThreatLevel::Critical) {
            return Ok(Verdict::Reject("THREAT_CRITICAL", "threat level CRITICAL".into()));
        }
        let min = cx.g.min_security_score;
        if facts.score < min {
            return Ok(Verdict::Reject("SCORE_TOO_LOW", format!("security score {:.3} below the minimum {min:.3}", facts.score)));
        }
        let status = facts.pending.unwrap_or(Status::Approved);
        facts.status = Some(status);
        Ok(Verdict::pass(match status {
            Status::Approved => "Approved",
            Status::RequiresMfa => "RequiresMfa",
            Status::RequiresCoe => "RequiresCoe",
            Status::Rejected => "Rejected",
        }))
    }
}

/// `x` with `decimals` (at most 3) digits after the point, exactly as
/// `format!("{x:.decimals$}")` writes it, by integer formatting (float
/// formatting with a precision is several times slower). Where the scaled
/// value lands on a tie, is negative zero after rounding, or is out of
/// range, it defers to `format!` (`tests::fixed_matches_format` holds the two equal).
pub(crate) fn fixed(x: f64, decimals: usize) -> String {
    const SCALE: [u64; 4] = [1, 10, 100, 1000];
    let Some(&scale) = SCALE.get(decimals) else { return format!("{x:.decimals$}") };
    #[allow(clippy::cast_precision_loss, reason = "at most 1000: exact")]
    let scaled = x * scale as f64;
    #[allow(clippy::float_cmp, reason = "an exact tie is the case that must defer")]
    let tie = (scaled - scaled.trunc()).abs() == 0.5;
    if !scaled.is_finite() || scaled.abs() >= 1e15 || tie {
        return format!("{x:.decimals$}");
    }
    #[allow(clippy::cast_possible_truncation, reason = "|scaled| < 1e15")]
    let r = scaled.round() as i64;
    if r == 0 && x.is_sign_negative() {
        return format!("{x:.decimals$}");
    }
    let mut out = String::with_capacity(24);
    if r < 0 {
        out.push('-');
    }
    let (int, frac) = (r.unsigned_abs() / scale, r.unsigned_abs() % scale);
    let _ = write!(out, "{int}");
    if decimals > 0 {
        let _ = write!(out, ".{frac:0decimals$}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fixed;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        /// `fixed` writes what `{:.N}` writes: any double, and the short
        /// decimals (ties included) the pipeline shows.
        #[test]
        fn fixed_matches_format(bits in proptest::num::u64::ANY, k in -200_000i64..200_000, d in 0usize..4) {
            #[allow(clippy::cast_precision_loss, reason = "test values")]
            let short = k as f64 / 10_000.0;
            for x in [f64::from_bits(bits), short, short / 100.0] {
                proptest::prop_assert_eq!(fixed(x, d), format!("{x:.d$}"), "{:e}", x);
            }
        }
    }

    #[test]
    fn fixed_edge_cases() {
        for x in [0.0, -0.0, -0.0004, 0.125, 0.375, 2.5, -2.5, 0.0005, 1e20, f64::NAN, f64::INFINITY, -1.9999, 0.8799999] {
            for d in 0..5 {
                assert_eq!(fixed(x, d), format!("{x:.d$}"), "{x} with {d}");
            }
        }
        assert_eq!(fixed(0.88, 3), "0.880");
    }
}
