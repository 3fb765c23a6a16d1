//! The kill commands this server has applied, in order, for the AIGOS
//! kill-switch channels: the SSE stream replays what a subscriber missed
//! (after its `Last-Event-ID`) and the polling endpoint what a poller has
//! not seen (after its `X-Last-Command-ID`). Seeded from the commands the
//! Guard applied (its kill-state file's included), so a restarted server
//! still serves every command it applied before, and fed with each one it
//! applies whichever channel brought it. Commands are signed end to end: whoever
//! receives them verifies them again.

use std::collections::HashSet;
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
    entries: Mutex<Entries>,
    tx: broadcast::Sender<Entry>,
}

#[derive(Default)]
struct Entries {
    list: Vec<Entry>,
    ids: HashSet<String>,
}

fn event_name(kind: CommandType) -> &'static str {
    match kind {
        CommandType::Terminate => "kill",
        CommandType::Pause => "pause",
        CommandType::Resume => "resume",
    }
}

impl Journal {
    /// A journal of `applied`, the commands the Guard applied so far in
    /// the order it applied them ([`aigos::Guard::follow_kill_commands`]).
    pub(crate) fn new(applied: &[KillCommand]) -> Self {
        let (tx, _) = broadcast::channel(1024);
        let journal = Journal { entries: Mutex::new(Entries::default()), tx };
        journal.catch_up(applied);
        journal
    }

    /// Adds a command the Guard applied (once per id) and sends it to
    /// subscribers. The relay of the Guard's applied commands is the only
    /// caller, so the journal has the order of application, which
    /// followers need: they refuse a sequence below one they saw.
    pub(crate) fn push(&self, command: &KillCommand) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        Self::add(&mut entries, &self.tx, command);
    }

    /// Adds those of `applied` (the Guard's commands in order, or their
    /// tail from [`Journal::len`] on: the journal is always a prefix of the
    /// Guard's list) not yet in the journal.
    pub(crate) fn catch_up(&self, applied: &[KillCommand]) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        for command in applied {
            Self::add(&mut entries, &self.tx, command);
        }
    }

    fn add(entries: &mut Entries, tx: &broadcast::Sender<Entry>, command: &KillCommand) {
        if entries.ids.contains(&command.id) {
            return;
        }
        let Ok(json) = serde_json::to_string(command) else { return };
        let entry = Entry { id: command.id.clone(), event: event_name(command.kind), data: Arc::from(json) };
        entries.ids.insert(command.id.clone());
        entries.list.push(entry.clone());
        // No subscriber is not an error.
        let _ = tx.send(entry);
    }

    /// A subscription to new entries, and every entry after the one with
    /// id `after` (all of them when `after` is absent or unknown: a
    /// command seen twice is refused as a replay by whoever verifies it,
    /// one missed is not recovered).
    pub(crate) fn subscribe(&self, after: Option<&str>) -> (Vec<Entry>, broadcast::Receiver<Entry>) {
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let rx = self.tx.subscribe();
        (Self::after(&entries.list, after), rx)
    }

    /// Every entry after the one with id `after` (all when unknown).
    pub(crate) fn since(&self, after: Option<&str>) -> Vec<Entry> {
        Self::after(&self.entries.lock().unwrap_or_else(PoisonError::into_inner).list, after)
    }

    fn after(entries: &[Entry], after: Option<&str>) -> Vec<Entry> {
        let start = after.and_then(|id| entries.iter().position(|e| e.id == id)).map_or(0, |i| i + 1);
        entries[start..].to_vec()
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner).list.len()
    }
}
