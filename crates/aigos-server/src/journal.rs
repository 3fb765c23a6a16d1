//! The kill commands this server has applied, in order, for the AIGOS
//! kill-switch channels: the SSE stream replays what a subscriber missed
//! (after its `Last-Event-ID`) and the polling endpoint what a poller has
//! not seen (after its `X-Last-Command-ID`). Seeded from the Guard's
//! kill-state file at start, so a restarted server still serves every
//! command it applied before. Commands are signed end to end: whoever
//! receives them verifies them again.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use aigos::runtime::{CommandType, KillCommand};
use tokio::sync::broadcast;

/// One applied command.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The command's id (the SSE event id).
    pub(crate) id: String,
    /// `kill`, `pause` or `resume` (the SSE event name).
    pub(crate) event: &'static str,
    /// The command as JSON.
    pub(crate) data: Arc<str>,
}

pub(crate) struct Journal {
    entries: Mutex<Vec<Entry>>,
    tx: broadcast::Sender<Entry>,
    file: Option<PathBuf>,
}

fn event_name(kind: CommandType) -> &'static str {
    match kind {
        CommandType::Terminate => "kill",
        CommandType::Pause => "pause",
        CommandType::Resume => "resume",
    }
}

impl Journal {
    pub(crate) fn new(file: Option<PathBuf>) -> Self {
        let (tx, _) = broadcast::channel(1024);
        let journal = Journal { entries: Mutex::new(Vec::new()), tx, file };
        journal.refresh();
        journal
    }

    /// Adds an applied command (once per id) and sends it to subscribers.
    pub(crate) fn push(&self, command: &KillCommand) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        Self::add(&mut entries, &self.tx, command);
    }

    fn add(entries: &mut Vec<Entry>, tx: &broadcast::Sender<Entry>, command: &KillCommand) {
        let Ok(json) = serde_json::to_string(command) else { return };
        if entries.iter().any(|e| e.id == command.id) {
            return;
        }
        let entry = Entry { id: command.id.clone(), event: event_name(command.kind), data: Arc::from(json) };
        entries.push(entry.clone());
        // No subscriber is not an error.
        let _ = tx.send(entry);
    }

    /// Takes in the commands of the kill-state file not yet journaled (the
    /// Guard appends every command it applies there, from any channel).
    /// Lines that are not commands (watchdog terminations) are skipped;
    /// the Guard verified the file when it started.
    pub(crate) fn refresh(&self) {
        let Some(path) = &self.file else { return };
        let Ok(text) = std::fs::read_to_string(path) else { return };
        let commands: Vec<KillCommand> =
            text.lines().filter(|l| !l.trim().is_empty()).filter_map(|l| serde_json::from_str::<KillCommand>(l).ok()).collect();
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        for command in &commands {
            Self::add(&mut entries, &self.tx, command);
        }
    }

    /// A command the Guard applied: taken from the kill-state file when
    /// there is one (the Guard writes it there under its kill lock, so the
    /// file has the order of application, which followers need: they refuse
    /// a sequence below one they saw), else added in the order of the calls.
    pub(crate) fn applied(&self, command: &KillCommand) {
        if self.file.is_some() {
            self.refresh();
        }
        // Without a file, or when the Guard could not keep it there.
        self.push(command);
    }

    /// A subscription to new entries, and every entry after the one with
    /// id `after` (all of them when `after` is absent or unknown: a
    /// command seen twice is refused as a replay by whoever verifies it,
    /// one missed is not recovered).
    pub(crate) fn subscribe(&self, after: Option<&str>) -> (Vec<Entry>, broadcast::Receiver<Entry>) {
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let rx = self.tx.subscribe();
        (Self::after(&entries, after), rx)
    }

    /// Every entry after the one with id `after` (all when unknown).
    pub(crate) fn since(&self, after: Option<&str>) -> Vec<Entry> {
        Self::after(&self.entries.lock().unwrap_or_else(PoisonError::into_inner), after)
    }

    fn after(entries: &[Entry], after: Option<&str>) -> Vec<Entry> {
        let start = after.and_then(|id| entries.iter().position(|e| e.id == id)).map_or(0, |i| i + 1);
        entries[start..].to_vec()
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}
