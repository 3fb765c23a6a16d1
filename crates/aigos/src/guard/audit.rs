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
    /// Keys that sign the log's checkpoints (one, or a rotation schedule:
    /// each checkpoint by the key in service at its time). With them, the dashboard's
    /// integrity check requires every checkpoint to carry its signature, so
    /// whoever holds the HMAC key alone cannot rewrite the log and its
    /// checkpoints unnoticed, and the Guard verifies the whole log before it
    /// resumes on it (and refuses to start on a log that fails).
    pub checkpoint_keys: Option<aigos_crypto::KeySchedule>,
    /// A checkpoint at least every this many records (stated in a new
    /// log's signed header; at most this many records stay unsigned).
    pub checkpoint_every: u64,
    /// And at least this often while records are written.
    pub checkpoint_interval: std::time::Duration,
    /// Where the latest checkpoint is also written (outside the log
    /// directory); the Guard refuses to start on a log inconsistent with it.
    pub witness: Option<std::path::PathBuf>,
    /// Retention of old segments ([`crate::Guard::apply_audit_retention`]).
    pub retention: Option<aigos_audit::Retention>,
    /// A new segment once one reaches this size.
    pub segment_max_bytes: u64,
}

impl AuditLayer {
    /// A layer writing to `dir` with batch durability, no keys, a
    /// checkpoint every 1,000 records or 60 s, and no witness.
    pub fn new(dir: impl Into<std::path::PathBuf>) -> Self {
        AuditLayer {
            dir: dir.into(),
            durability: aigos_audit::Durability::Batch,
            mac_key: None,
            encryption: None,
            checkpoint_keys: None,
            checkpoint_every: 1000,
            checkpoint_interval: std::time::Duration::from_secs(60),
            witness: None,
            retention: None,
            segment_max_bytes: 64 << 20,
        }
    }

    /// Opens the log as the Guard writes it: with a checkpoint key or a
    /// witness, the whole log is verified first and a log that fails is
    /// refused (`corrupt log at seq N: ...`) instead of resumed and signed
    /// over.
    pub(crate) fn open(
        &self,
        provider: aigos_crypto::Provider,
        clock: Arc<dyn aigos_core::Clock>,
    ) -> Result<aigos_audit::AuditLog, aigos_audit::Error> {
        let mut cfg = aigos_audit::AuditConfig::new(&self.dir)
            .durability(self.durability)
            .provider(provider)
            .clock(clock)
            .checkpoints(self.checkpoint_every, self.checkpoint_interval)
            .segment_max_bytes(self.segment_max_bytes);
        if let Some(k) = &self.mac_key {
            cfg = cfg.mac_key(k.clone());
        }
        if let Some(c) = &self.encryption {
            cfg = cfg.encrypt(c.clone(), vec!["payload".into()]);
        }
        if let Some(k) = &self.checkpoint_keys {
            cfg = cfg.signing_keys(k.clone());
        }
        if let Some(w) = &self.witness {
            cfg = cfg.witness(w);
        }
        aigos_audit::AuditLog::open(cfg).map(|(log, _recovery)| log)
    }
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
