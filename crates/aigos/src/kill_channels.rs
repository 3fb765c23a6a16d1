//! Kill commands from the control plane's channels, applied by a Guard.
//!
//! [`Guard::apply_kill`] takes one command from a caller; a Guard that
//! [`listen`](Guard::listen)s takes them from the same channels an agent's
//! runtime listens to (a polled file, HTTP polling, SSE: any
//! [`aigos_runtime::CommandSource`]). Every replica that listens stops a
//! killed agent's actions without an operator calling each one.

use std::sync::Arc;
use std::time::Duration;

use aigos_runtime::{CommandSource, KillCommand, SourceError, SourceEvent};
use tokio::sync::mpsc;

use crate::Guard;

/// The first retry of a failing channel; doubled per failure.
const MIN_BACKOFF: Duration = Duration::from_millis(100);
/// The longest wait between retries of a failing channel.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// What happened to one event of a channel a Guard listens to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum KillReport {
    /// Verified, applied and recorded in the audit log.
    Applied {
        /// The channel's name.
        channel: String,
        /// The command's id.
        id: String,
    },
    /// Verified and applied, but the audit log could not record it (the
    /// next validation fails closed on the same log).
    AppliedUnrecorded {
        /// The channel's name.
        channel: String,
        /// The command's id.
        id: String,
        /// Why the log could not record it.
        error: String,
    },
    /// Refused: malformed, forged, expired, replayed, a copy already taken
    /// from another channel. Never applied; recorded in the audit log
    /// when it parsed as a command.
    Refused {
        /// The channel's name.
        channel: String,
        /// Why.
        error: String,
    },
    /// A channel failed; it is retried with capped exponential backoff.
    ChannelError(SourceError),
}

impl Guard {
    /// Subscribes this Guard to kill-command channels: one task per channel
    /// on the current tokio runtime. Each command a channel delivers goes
    /// through [`Guard::apply_kill`] (trusted key, signature, freshness, id
    /// and sequence never seen; then applied and recorded in the audit log),
    /// and what happened is sent to the returned receiver. A failing channel
    /// is retried with capped exponential backoff (100 ms doubling to 30 s)
    /// and never stops the others. Heartbeats are not needed here: a Guard
    /// enforces kill state, and the agent's own runtime watches the control
    /// plane's heartbeats.
    ///
    /// The tasks hold the Guard weakly and end when it is gone (dropped, or
    /// [`Guard::shutdown`]), even on a channel that never delivers again, so
    /// they never keep it (or its audit log) alive. Abort them with the
    /// returned handles to stop listening earlier.
    ///
    /// # Panics
    /// Outside a tokio runtime.
    pub fn listen(&self, sources: Vec<Box<dyn CommandSource>>) -> (Vec<tokio::task::JoinHandle<()>>, mpsc::UnboundedReceiver<KillReport>) {
        let (reports, rx) = mpsc::unbounded_channel();
        let tasks = sources
            .into_iter()
            .map(|mut source| {
                let weak = Arc::downgrade(&self.inner);
                let mut gone = self.inner.gone.subscribe();
                let reports = reports.clone();
                tokio::spawn(async move {
                    let mut backoff = MIN_BACKOFF;
                    loop {
                        // A channel may stay silent for ever: the Guard's end
                        // must not wait for its next event.
                        let event = tokio::select! {
                            event = source.next() => event,
                            _ = gone.changed() => return,
                        };
                        // Shut down or dropped: nothing left to protect.
                        let Some(inner) = weak.upgrade() else { return };
                        let guard = Guard { inner };
                        match event {
                            Ok(SourceEvent::Heartbeat) => backoff = MIN_BACKOFF,
                            Ok(SourceEvent::Command(raw)) => {
                                backoff = MIN_BACKOFF;
                                let _ = reports.send(guard.apply_raw(&source.name(), &raw).await);
                            }
                            Err(e) => {
                                let _ = reports.send(KillReport::ChannelError(e));
                                // Not held while waiting.
                                drop(guard);
                                tokio::time::sleep(backoff).await;
                                backoff = (backoff * 2).min(MAX_BACKOFF);
                            }
                        }
                    }
                })
            })
            .collect();
        (tasks, rx)
    }

    /// One raw command from `channel`: parsed, verified, applied, recorded.
    async fn apply_raw(&self, channel: &str, raw: &str) -> KillReport {
        let channel = channel.to_owned();
        let command: KillCommand = match serde_json::from_str(raw) {
            Ok(c) => c,
            Err(e) => return KillReport::Refused { channel, error: format!("malformed command: {e}") },
        };
        match self.apply_and_record(&command).await {
            (Ok(()), Ok(())) => KillReport::Applied { channel, id: command.id },
            (Ok(()), Err(error)) => KillReport::AppliedUnrecorded { channel, id: command.id, error },
            (Err(error), _) => KillReport::Refused { channel, error },
        }
    }
}
