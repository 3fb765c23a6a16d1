//! Outcomes of a validation: status, threat level and security score.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Error;

/// The final status of a validation (step 7 of the pipeline).
///
/// Serialized as `APPROVED`, `REQUIRES_MFA`, `REQUIRES_COE`, `REJECTED`.
/// Deliberately exhaustive: a caller must handle every outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Status {
    /// The action may run (with the attached permit).
    Approved,
    /// The action needs a second factor (TOTP or a signed human approval).
    RequiresMfa,
    /// The action needs a quorum of expert signatures.
    RequiresCoe,
    /// The action must not run.
    Rejected,
}

impl Status {
    /// Whether the action may run now.
    pub fn is_approved(self) -> bool {
        matches!(self, Status::Approved)
    }

    /// The serialized name (`APPROVED`, `REQUIRES_MFA`, `REQUIRES_COE`, `REJECTED`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Approved => "APPROVED",
            Status::RequiresMfa => "REQUIRES_MFA",
            Status::RequiresCoe => "REQUIRES_COE",
            Status::Rejected => "REJECTED",
        }
    }
}

/// The threat level that a threat score in `0..=1` falls into.
///
/// Bands: MINIMAL `< 0.2` <= LOW `< 0.4` <= MODERATE `< 0.6` <= HIGH `< 0.8` <= CRITICAL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ThreatLevel {
    /// Score below 0.2.
    Minimal,
    /// Score in `[0.2, 0.4)`.
    Low,
    /// Score in `[0.4, 0.6)`.
    Moderate,
    /// Score in `[0.6, 0.8)`.
    High,
    /// Score of 0.8 or more.
    Critical,
}

impl ThreatLevel {
    /// The band that a threat score falls into.
    ///
    /// # Errors
    /// [`Error::InvalidScore`] for NaN or a value outside `0.0..=1.0`.
    pub fn from_score(score: f64) -> Result<Self, Error> {
        let s = SecurityScore::new(score)?.get();
        Ok(if s < 0.2 {
            ThreatLevel::Minimal
        } else if s < 0.4 {
            ThreatLevel::Low
        } else if s < 0.6 {
            ThreatLevel::Moderate
        } else if s < 0.8 {
            ThreatLevel::High
        } else {
            ThreatLevel::Critical
        })
    }
}

/// A score in `0.0..=1.0` (1.0 is the safest), never NaN.
#[derive(Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct SecurityScore(f64);

impl SecurityScore {
    /// Validates a score.
    ///
    /// # Errors
    /// [`Error::InvalidScore`] for NaN, infinities and values outside `0.0..=1.0`.
    pub fn new(value: f64) -> Result<Self, Error> {
        if (0.0..=1.0).contains(&value) { Ok(SecurityScore(value + 0.0)) } else { Err(Error::InvalidScore(value.to_string())) }
    }

    /// The score clamped into `0.0..=1.0`; NaN becomes 0.0 (the least safe),
    /// so an arithmetic slip can only lower a score, never raise it.
    pub fn saturating(value: f64) -> Self {
        if value.is_nan() { SecurityScore(0.0) } else { SecurityScore(value.clamp(0.0, 1.0) + 0.0) }
    }

    /// The value.
    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for SecurityScore {
    type Error = Error;
    fn try_from(value: f64) -> Result<Self, Error> {
        Self::new(value)
    }
}

impl From<SecurityScore> for f64 {
    fn from(s: SecurityScore) -> f64 {
        s.0
    }
}

impl fmt::Debug for SecurityScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecurityScore({})", self.0)
    }
}

impl fmt::Display for SecurityScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.3}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_are_the_serialized_ones() {
        for s in [Status::Approved, Status::RequiresMfa, Status::RequiresCoe, Status::Rejected] {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
    }

    #[test]
    fn threat_bands_at_their_edges() {
        let cases = [
            (0.0, ThreatLevel::Minimal),
            (0.199_999, ThreatLevel::Minimal),
            (0.2, ThreatLevel::Low),
            (0.399, ThreatLevel::Low),
            (0.4, ThreatLevel::Moderate),
            (0.6, ThreatLevel::High),
            (0.799, ThreatLevel::High),
            (0.8, ThreatLevel::Critical),
            (1.0, ThreatLevel::Critical),
        ];
        for (score, level) in cases {
            assert_eq!(ThreatLevel::from_score(score).unwrap(), level, "{score}");
        }
        for bad in [f64::NAN, -0.1, 1.01, f64::INFINITY] {
            assert!(ThreatLevel::from_score(bad).is_err());
        }
    }

    #[test]
    fn score_rejects_nan_and_out_of_range() {
        for bad in [f64::NAN, -0.000_1, 1.000_1, f64::NEG_INFINITY] {
            assert!(matches!(SecurityScore::new(bad), Err(Error::InvalidScore(_))));
        }
        assert_eq!(SecurityScore::new(0.5).unwrap().get(), 0.5);
        assert!(serde_json::from_str::<SecurityScore>("1.5").is_err());
        assert_eq!(SecurityScore::saturating(f64::NAN).get(), 0.0);
        assert_eq!(SecurityScore::saturating(7.0).get(), 1.0);
    }

    #[test]
    fn serde_names() {
        assert_eq!(serde_json::to_string(&Status::RequiresMfa).unwrap(), "\"REQUIRES_MFA\"");
        assert_eq!(serde_json::to_string(&Status::RequiresCoe).unwrap(), "\"REQUIRES_COE\"");
        assert_eq!(serde_json::to_string(&ThreatLevel::Moderate).unwrap(), "\"MODERATE\"");
        for s in [Status::Approved, Status::RequiresMfa, Status::RequiresCoe, Status::Rejected] {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), s);
        }
        let score = SecurityScore::new(0.75).unwrap();
        assert_eq!(serde_json::from_str::<SecurityScore>(&serde_json::to_string(&score).unwrap()).unwrap(), score);
    }
}
