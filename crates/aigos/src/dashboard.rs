//! The operator's view of a Guard.

use aigos_core::ThreatLevel;
use serde::Serialize;

use crate::{Guard, Layer};

/// Overall health.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum OverallStatus {
    /// Every configured layer works and the audit chain verifies.
    Operational,
    /// A layer is left out (protection is reduced), or a shared backend
    /// does not answer.
    Degraded,
    /// The audit chain does not verify: the record cannot be trusted.
    Compromised,
}

/// Audit chain integrity, verified when the dashboard is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditIntegrity {
    /// Whether the whole log verified (hash chain, Merkle checkpoints, MACs when keyed).
    pub verified: bool,
    /// Records verified.
    pub records: u64,
    /// What failed, when it did.
    pub error: Option<String>,
}

/// A second-factor or quorum requirement's compliance.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Compliance {
    /// Validations that required it.
    pub required: u64,
    /// Of those, satisfied by valid evidence.
    pub satisfied: u64,
    /// satisfied / required (1 when nothing was required).
    pub rate: f64,
}

impl Compliance {
    fn of((required, satisfied): (u64, u64)) -> Self {
        Compliance { required, satisfied, rate: if required == 0 { 1.0 } else { satisfied as f64 / required as f64 } }
    }
}

/// An approver locked out after failed TOTP codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LockedOut {
    /// The approver's id.
    pub approver: String,
    /// When the lockout ends (Unix milliseconds).
    pub until_ms: u64,
}

/// What an operator sees.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dashboard {
    /// Overall health.
    pub overall_status: OverallStatus,
    /// Zero trust: identity and policy enforced on every action (neither left out).
    pub zero_trust: bool,
    /// The highest threat level seen in the last hour (MINIMAL when idle).
    pub threat_level: ThreatLevel,
    /// Agents blocked by the rate limiter.
    pub blocked_agents: Vec<String>,
    /// Why the rate-limit store could not list them (it failed or did not
    /// answer within the step timeout): the list above is then empty and
    /// the overall status DEGRADED. Absent from the JSON when it answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked_agents_error: Option<String>,
    /// Approvers locked out after failed TOTP codes (from the approval
    /// state store, so a lockout made by another Guard sharing it shows).
    pub locked_out_approvers: Vec<LockedOut>,
    /// Why the approval state store could not list them: the list above is
    /// then empty and the overall status DEGRADED.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_state_error: Option<String>,
    /// The stores of a shared state backend (a fleet's Redis) failing now,
    /// with their last error: the overall status is then DEGRADED, and
    /// validations that need them are REJECTED with `STATE_UNAVAILABLE`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub state_failures: Vec<StoreFailure>,
    /// Validations running now.
    pub validations_in_flight: u64,
    /// Validations since start.
    pub total_validations: u64,
    /// Records appended to the audit log by this Guard.
    pub total_actions_audited: u64,
    /// Validations in the last hour.
    pub actions_last_hour: u64,
    /// APPROVED outcomes.
    pub approved: u64,
    /// REJECTED outcomes.
    pub rejected: u64,
    /// approved / total (0 when idle).
    pub success_rate: f64,
    /// Mean security score (None when idle).
    pub average_security_score: Option<f64>,
    /// The audit chain, verified now.
    pub audit_integrity: Option<AuditIntegrity>,
    /// Whether request payloads are encrypted in the audit log.
    pub audit_encryption: bool,
    /// MFA compliance.
    pub mfa: Compliance,
    /// Coalition-of-experts compliance.
    pub coe: Compliance,
    /// Layers left out.
    pub skipped_layers: Vec<Layer>,
}

/// A failing store of a shared state backend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoreFailure {
    /// Which store (`replay`, `rate limits`, `approval state`, `budget
    /// ledger`, `policy version`, `kill journal`, `leases`, `connection`).
    pub store: String,
    /// Its last error.
    pub error: String,
}

impl Guard {
    /// The operator's view. Verifies the audit chain from disk, so it costs
    /// a read of the log.
    pub async fn dashboard(&self) -> Dashboard {
        let s = self.stats();
        let g = &self.inner;
        // A shared store that hangs must not hang the operator's view.
        #[cfg(feature = "runtime")]
        let (blocked_agents, blocked_agents_error) = match &g.runtime {
            Some(r) => match crate::guard::bounded(g.step_timeout, r.layer.limiter.blocked()).await {
                Ok(blocked) => (blocked, None),
                Err(e) => (Vec::new(), Some(format!("rate-limit store: {e}"))),
            },
            None => (Vec::new(), None),
        };
        #[cfg(not(feature = "runtime"))]
        let (blocked_agents, blocked_agents_error) = (Vec::new(), None);
        let now_ms = g.clock.now_millis();
        let (locked_out_approvers, approval_state_error) =
            match crate::guard::bounded(g.step_timeout, async { g.approval_state.lockouts(now_ms).await.map_err(|e| e.to_string()) })
                .await
                .and_then(|answer| answer)
            {
                Ok(list) => (list.into_iter().map(|(approver, until_ms)| LockedOut { approver, until_ms }).collect(), None),
                Err(e) => (Vec::new(), Some(format!("approval state: {e}"))),
            };
        #[cfg(feature = "audit")]
        let (audit_integrity, audit_encryption) = match &g.audit {
            Some((log, layer)) => {
                let (dir, mac, provider) = (layer.dir.clone(), layer.mac_key.clone(), g.provider);
                let checkpoint = log.signing_keys();
                let verified = tokio::task::spawn_blocking(move || {
                    let keyed = mac.is_some();
                    let lookup = move |kid: &str| mac.clone().filter(|k| k.kid == kid);
                    let signed = checkpoint.is_some();
                    let trusted = |kid: &str| checkpoint.as_ref()?.find(kid).map(|k| k.signer.public_key().clone());
                    let retired = |kid: &str| checkpoint.as_ref()?.find(kid)?.retired_at;
                    let opts = aigos_audit::VerifyOptions {
                        mac_keys: keyed.then_some(&lookup),
                        checkpoint_keys: signed.then_some(&trusted),
                        retired_checkpoint_keys: Some(&retired),
                        ..Default::default()
                    };
                    aigos_audit::verify_log(provider, &dir, &opts)
                })
                .await;
                let integrity = match verified {
                    Ok(Ok(summary)) => AuditIntegrity { verified: true, records: summary.records, error: None },
                    Ok(Err(t)) => AuditIntegrity { verified: false, records: 0, error: Some(t.to_string()) },
                    Err(e) => AuditIntegrity { verified: false, records: 0, error: Some(e.to_string()) },
                };
                (Some(integrity), layer.encryption.is_some())
            }
            None => (None, false),
        };
        #[cfg(not(feature = "audit"))]
        let (audit_integrity, audit_encryption): (Option<AuditIntegrity>, bool) = (None, false);
        let skipped_layers: Vec<Layer> = g.skipped.iter().copied().collect();
        let state_failures: Vec<StoreFailure> = g
            .state_health
            .as_ref()
            .map(|h| h.failing().into_iter().map(|(store, error)| StoreFailure { store, error }).collect())
            .unwrap_or_default();
        let overall_status = if audit_integrity.as_ref().is_some_and(|a| !a.verified) {
            OverallStatus::Compromised
        } else if skipped_layers.is_empty() && blocked_agents_error.is_none() && approval_state_error.is_none() && state_failures.is_empty()
        {
            OverallStatus::Operational
        } else {
            OverallStatus::Degraded
        };
        Dashboard {
            overall_status,
            zero_trust: !g.skipped.contains(&Layer::Identity) && !g.skipped.contains(&Layer::Policy),
            threat_level: s.last_hour_threat.unwrap_or(ThreatLevel::Minimal),
            blocked_agents,
            blocked_agents_error,
            locked_out_approvers,
            approval_state_error,
            state_failures,
            validations_in_flight: s.in_flight,
            total_validations: s.total,
            total_actions_audited: s.audited,
            actions_last_hour: s.last_hour,
            approved: s.approved,
            rejected: s.rejected,
            success_rate: if s.total == 0 { 0.0 } else { s.approved as f64 / s.total as f64 },
            average_security_score: s.average_score,
            audit_integrity,
            audit_encryption,
            mfa: Compliance::of(s.mfa),
            coe: Compliance::of(s.coe),
            skipped_layers,
        }
    }
}
