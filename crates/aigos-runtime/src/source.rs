//! Channels that deliver raw kill commands and heartbeats, and the listener
//! that merges them: the first valid command wins, duplicates from other
//! channels are refused as replays, and one failing channel never stops the
//! others.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use tokio::sync::mpsc;

use crate::{AgentHandle, KillCommand, KillError, KillVerifier, Watchdog};

/// What a channel delivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceEvent {
    /// A raw command (JSON), not yet verified.
    Command(String),
    /// The control plane is alive.
    Heartbeat,
}

/// A channel failure (the listener retries with backoff).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("channel {channel}: {reason}")]
pub struct SourceError {
    /// Which channel.
    pub channel: String,
    /// What went wrong.
    pub reason: String,
}

/// A source of raw commands. Implementations: [`InProcessSource`],
/// [`FileSource`]; HTTP polling, SSE and Redis pub/sub fit the same trait.
#[async_trait::async_trait]
pub trait CommandSource: Send {
    /// A name for reports.
    fn name(&self) -> String;
    /// The next event; errors are retried by the listener.
    async fn next(&mut self) -> Result<SourceEvent, SourceError>;
}

/// An in-process channel (tests, embedding).
#[derive(Debug)]
pub struct InProcessSource {
    rx: mpsc::Receiver<SourceEvent>,
}

impl InProcessSource {
    /// The sending side and the source.
    pub fn new(capacity: usize) -> (mpsc::Sender<SourceEvent>, Self) {
        let (tx, rx) = mpsc::channel(capacity.max(1));
        (tx, InProcessSource { rx })
    }
}

#[async_trait::async_trait]
impl CommandSource for InProcessSource {
    fn name(&self) -> String {
        "in-process".into()
    }
    async fn next(&mut self) -> Result<SourceEvent, SourceError> {
        match self.rx.recv().await {
            Some(e) => Ok(e),
            None => {
                // A closed channel never delivers again; stay quiet (the
                // watchdog notices the missing heartbeats).
                std::future::pending::<()>().await;
                Err(SourceError { channel: self.name(), reason: "closed".into() })
            }
        }
    }
}

/// Bounds on the kill-command file, checked before it is parsed: 16 MiB
/// (some thirty thousand commands), flow collections nested at most 32 deep.
/// A larger or deeper file is a channel error (reported and retried): none
/// of its commands is read until it is fixed.
const KILL_FILE_LIMITS: aigos_core::TextLimits = aigos_core::TextLimits { max_bytes: 16 << 20, max_depth: 32 };

/// A local file holding a JSON array or YAML list of commands, polled; the
/// file may be rewritten at any time. A change of the file's modification
/// time is a heartbeat (the control plane touches it to show it is alive).
/// The file is read again when its modification time or its length
/// changes: two appends within one tick of the file system's clock leave
/// the time as it was, but not the length.
#[derive(Debug)]
pub struct FileSource {
    path: PathBuf,
    interval: Duration,
    seen: HashSet<String>,
    mtime: Option<SystemTime>,
    len: Option<u64>,
    pending: Vec<SourceEvent>,
    first: bool,
}

impl FileSource {
    /// Polls `path` every `interval`.
    pub fn new(path: impl Into<PathBuf>, interval: Duration) -> Self {
        FileSource { path: path.into(), interval, seen: HashSet::new(), mtime: None, len: None, pending: Vec::new(), first: true }
    }

    fn err(&self, reason: impl Into<String>) -> SourceError {
        SourceError { channel: self.name(), reason: reason.into() }
    }

    fn poll(&mut self) -> Result<(), SourceError> {
        let meta = std::fs::metadata(&self.path).map_err(|e| self.err(e.to_string()))?;
        let (mtime, len) = (meta.modified().ok(), Some(meta.len()));
        if (mtime, len) == (self.mtime, self.len) {
            return Ok(());
        }
        if mtime != self.mtime {
            self.pending.push(SourceEvent::Heartbeat);
        }
        (self.mtime, self.len) = (mtime, len);
        if len.is_some_and(|l| l > u64::try_from(KILL_FILE_LIMITS.max_bytes).unwrap_or(u64::MAX)) {
            return Err(self.err(format!("larger than {} bytes: refused unread", KILL_FILE_LIMITS.max_bytes)));
        }
        let text = std::fs::read_to_string(&self.path).map_err(|e| self.err(e.to_string()))?;
        let items: Vec<serde_json::Value> = if text.trim_start().starts_with('[') {
            serde_json::from_str(&text).map_err(|e| self.err(e.to_string()))?
        } else if text.trim().is_empty() {
            Vec::new()
        } else {
            // Size and flow nesting before libyaml sees it (quadratic on
            // deeply nested flow collections).
            aigos_core::prefilter_yaml(&text, &KILL_FILE_LIMITS).map_err(|e| self.err(e.to_string()))?;
            serde_norway::from_str(&text).map_err(|e| self.err(e.to_string()))?
        };
        for item in items {
            let id = item.get("id").and_then(|v| v.as_str()).unwrap_or_default().to_owned();
            if self.seen.insert(id) {
                self.pending.push(SourceEvent::Command(item.to_string()));
            }
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl CommandSource for FileSource {
    fn name(&self) -> String {
        format!("file {}", self.path.display())
    }
    async fn next(&mut self) -> Result<SourceEvent, SourceError> {
        loop {
            if !self.pending.is_empty() {
                return Ok(self.pending.remove(0));
            }
            if !self.first {
                tokio::time::sleep(self.interval).await;
            }
            self.first = false;
            self.poll()?;
        }
    }
}

/// What happened to one delivered command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    /// Verified and applied.
    Applied {
        /// Channel.
        channel: String,
        /// Command id.
        id: String,
    },
    /// Refused (forged, stale, replayed, duplicate from another channel ...).
    Refused {
        /// Channel.
        channel: String,
        /// Why.
        error: String,
    },
    /// A channel failed; it is retried.
    ChannelError(SourceError),
}

/// Merges channels into one agent handle and watchdog.
pub struct Listener {
    verifier: Arc<Mutex<KillVerifier>>,
    handle: AgentHandle,
    watchdog: Watchdog,
    reports: mpsc::UnboundedSender<Report>,
}

impl std::fmt::Debug for Listener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Listener").finish_non_exhaustive()
    }
}

impl Listener {
    /// A listener; reports (applied, refused, channel errors) go to the returned receiver.
    pub fn new(verifier: KillVerifier, handle: AgentHandle, watchdog: Watchdog) -> (Self, mpsc::UnboundedReceiver<Report>) {
        let (reports, rx) = mpsc::unbounded_channel();
        (Listener { verifier: Arc::new(Mutex::new(verifier)), handle, watchdog, reports }, rx)
    }

    /// Verifies and applies one raw command.
    ///
    /// # Errors
    /// The [`KillError`] that refused it (also sent as a [`Report`]).
    pub fn deliver(&self, channel: &str, raw: &str) -> Result<(), KillError> {
        let cmd: KillCommand = serde_json::from_str(raw).map_err(|e| KillError::Malformed(e.to_string()))?;
        // One lock for check and record: the first valid copy wins, every
        // other copy is a replay.
        let verified = self.verifier.lock().map_err(|_| KillError::Malformed("verifier poisoned".into()))?.verify(&cmd);
        match verified {
            Ok(v) => {
                self.handle.apply(&v.command);
                let _ = self.reports.send(Report::Applied { channel: channel.into(), id: v.command.id });
                Ok(())
            }
            Err(e) => {
                let _ = self.reports.send(Report::Refused { channel: channel.into(), error: e.to_string() });
                Err(e)
            }
        }
    }

    /// Spawns one task per channel (on the current tokio runtime). A failing
    /// channel is retried with capped exponential backoff (max 30 s) and never
    /// stops the others.
    pub fn spawn(self: &Arc<Self>, sources: Vec<Box<dyn CommandSource>>) -> Vec<tokio::task::JoinHandle<()>> {
        sources
            .into_iter()
            .map(|mut source| {
                let me = self.clone();
                tokio::spawn(async move {
                    let mut backoff = Duration::from_millis(100);
                    loop {
                        tokio::select! {
                            event = source.next() => match event {
                                Ok(SourceEvent::Heartbeat) => {
                                    me.watchdog.heartbeat();
                                    backoff = Duration::from_millis(100);
                                }
                                Ok(SourceEvent::Command(raw)) => {
                                    let _ = me.deliver(&source.name(), &raw);
                                    backoff = Duration::from_millis(100);
                                }
                                Err(e) => {
                                    let _ = me.reports.send(Report::ChannelError(e));
                                    tokio::time::sleep(backoff).await;
                                    backoff = (backoff * 2).min(Duration::from_secs(30));
                                }
                            },
                            _ = me.handle.terminated() => return,
                        }
                    }
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deeply_nested_kill_file_is_refused_before_parsing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kill-commands.yaml");
        let nested = format!("- {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        std::fs::write(&path, &nested).unwrap();
        let mut source = FileSource::new(&path, Duration::from_secs(1));
        let e = source.poll().unwrap_err();
        assert!(e.reason.contains("nested deeper than 32"), "{e}");
        // Positive control: a list of commands is read.
        std::fs::write(&path, "# commands\n- {\"id\": \"c-1\", \"type\": \"pause\"}\n- {\"id\": \"c-2\", \"type\": \"resume\"}\n").unwrap();
        let mut source = FileSource::new(&path, Duration::from_secs(1));
        source.poll().unwrap();
        assert_eq!(source.pending.iter().filter(|e| matches!(e, SourceEvent::Command(_))).count(), 2);
    }
}
