//! Step 1, before any signature is checked: bounds anyone may be held to.
//!
//! The payload's size and the request's clock are checked first, so a
//! request without a valid token costs the Guard no signature check when
//! it is oversized or stale, and an oversized payload never reaches the
//! audit log. The Guard's clock decides: a request whose timestamp is
//! further than the configured skew from it is rejected (a backdated
//! request cannot step out of a policy's time window either, since the
//! policy is evaluated on the Guard's clock).

use std::time::Duration;

use super::{Check, Cx, Facts, Verdict};

pub(crate) struct Admission {
    pub(crate) max_payload_bytes: usize,
    pub(crate) max_skew: Duration,
    /// The environment this Guard guards, when configured.
    pub(crate) environment: Option<aigos_core::Environment>,
}

#[async_trait::async_trait]
impl Check for Admission {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let size = facts.canonical.as_ref().map_or(0, |c| c.payload.len());
        if size > self.max_payload_bytes {
            facts.oversized = true;
            return Ok(Verdict::Reject("PAYLOAD_TOO_LARGE", format!("payload: {size} bytes, limit {}", self.max_payload_bytes)));
        }
        let now = cx.g.clock.now_secs();
        let skew = i64::try_from(self.max_skew.as_secs()).unwrap_or(i64::MAX);
        let off = cx.request.timestamp.saturating_sub(now);
        if off.unsigned_abs() > skew.unsigned_abs() {
            return Ok(Verdict::Reject(
                "CLOCK_SKEW",
                format!("time: the request's timestamp is {off} s from the Guard's clock (at most {skew} s allowed)"),
            ));
        }
        if let Some(env) = self.environment
            && cx.request.environment != env
        {
            return Ok(Verdict::Reject(
                "ENVIRONMENT_MISMATCH",
                format!("environment: this Guard guards {env:?}, the request says {:?}", cx.request.environment),
            ));
        }
        Ok(Verdict::pass("payload size, clock and environment within limits"))
    }
}
