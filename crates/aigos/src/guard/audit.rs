//! The audit observer: every finished outcome, with each step's report,
//! is appended to the log before `validate` returns. A request that did
//! not authenticate, or whose payload is over the size limit, is recorded
//! with its payload's size and SHA-256 only, so whoever holds no key cannot
//! write large records into the log.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use aigos_core::{ActionRequest, Status};

use super::{ALL_PASSED, Facts, Inner};
use crate::outcome::ValidationOutcome;

/// Where and how outcomes are audited.
pub struct AuditLayer {
    /// The log directory.
    pub dir: std::path::PathBuf,
    /// Durability (batch by default).
    pub durability: aigos_audit::Durability,
    /// HMAC key of the records (checked by the dashboard's integrity check).
    pub mac_key: Option<aigos_audit::MacKey>,
    /// Field encryption of request payloads.
    pub encryption: Option<aigos_audit::FieldCipher>,
    /// Key that signs the log's checkpoints. With it, the dashboard's
    /// integrity check requires every checkpoint to carry its signature, so
    /// whoever holds the HMAC key alone cannot rewrite the log and its
    /// checkpoints unnoticed.
    pub checkpoint_key: Option<Arc<aigos_crypto::SigningKey>>,
}

/// Appends the outcome to the audit log; when the log cannot take it, the
/// outcome becomes REJECTED (fail closed).
pub(crate) async fn record(g: &Inner, request: &ActionRequest, facts: &mut Facts, outcome: &mut ValidationOutcome) {
    let Some((log, _)) = &g.audit else { return };
    let canonical = facts.canonical.take();
    let data = if facts.authenticated == Some(false) || facts.oversized {
        outcome.audit_record_digest(request, canonical, |bytes| aigos_crypto::base64url::encode(&g.provider.sha256(bytes)))
    } else {
        outcome.audit_record_with(request, canonical)
    };
    let appended = match data {
        Ok(data) => log.append("validation", request.agent_id.as_str(), data).await,
        Err(e) => Err(e),
    };
    match appended {
        Ok(seq) => {
            outcome.audit_seq = Some(seq);
            g.stats.audited.fetch_add(1, Ordering::Relaxed);
        }
        Err(e) => {
            outcome.status = Status::Rejected;
            outcome.permit = None;
            // The reason it is rejected comes first; "all checks passed" no longer holds.
            outcome.reasons.retain(|r| r != ALL_PASSED);
            outcome.reasons.insert(0, format!("audit log unavailable, rejected: {e}"));
        }
    }
}
