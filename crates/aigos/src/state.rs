//! The local state store: approvals' single-use markers, failed-attempt
//! counters, lockouts and challenges, and the policy high-water mark, in
//! one process, or in one file that survives a restart.
//!
//! The file is small (live entries only; expired ones are dropped on every
//! write) and rewritten whole on every change: written to a temporary file
//! created 0600, synced, renamed over the old one, and the directory synced,
//! so a crash leaves the old state or the new one, never half of either.
//! Changes are rare (an approval used, a wrong code, a challenge opened, a
//! new policy version), so the rewrite costs nothing on the hot path. One
//! process at a time may hold the file: a `<file>.lock` beside it is locked
//! for as long as the store lives, and a second Guard on the same file
//! refuses to start instead of losing the first one's writes.
//!
//! A fleet of Guards shares one store implementing the same traits
//! ([`aigos_core::ApprovalStore`], [`aigos_core::VersionStore`]) instead.
//!
//! ```
//! use std::sync::Arc;
//! use aigos::LocalState;
//! use aigos_core::{SystemClock, VersionStore};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let file = dir.path().join("state.json");
//! let state = LocalState::open(&file, 100_000, Arc::new(SystemClock)).unwrap();
//! state.advance("policy", 2, "hash-of-v2").unwrap();
//! drop(state);
//! // After a restart, version 1 is a rollback.
//! let state = LocalState::open(&file, 100_000, Arc::new(SystemClock)).unwrap();
//! assert!(state.advance("policy", 1, "hash-of-v1").is_err());
//! ```

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use aigos_core::{ApprovalStore, Attempts, Challenge, Clock, LockoutRule, StateError, UnixMillis, VersionError, VersionStore};
use serde::{Deserialize, Serialize};

/// Largest state file read back (a file over it is refused, not parsed).
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// What the file holds (format version 1).
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    /// Format version.
    #[serde(default = "one")]
    format: u32,
    /// Single-use keys -> expiry.
    #[serde(default)]
    used: BTreeMap<String, UnixMillis>,
    /// Approver -> times of the failures in the current window.
    #[serde(default)]
    failures: BTreeMap<String, Vec<UnixMillis>>,
    /// Approver -> end of the lockout.
    #[serde(default)]
    lockouts: BTreeMap<String, UnixMillis>,
    /// Open challenges by id.
    #[serde(default)]
    challenges: BTreeMap<String, Challenge>,
    /// Name -> highest accepted version and its content hash.
    #[serde(default)]
    versions: BTreeMap<String, Mark>,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Mark {
    version: u64,
    content_hash: String,
}

impl Data {
    /// Drops what has expired at `now`.
    fn prune(&mut self, now: UnixMillis) {
        self.used.retain(|_, exp| *exp > now);
        self.challenges.retain(|_, c| c.expires_at > now);
        self.lockouts.retain(|_, until| *until > now);
    }

    fn live_entries(&self) -> usize {
        self.used.len() + self.challenges.len() + self.failures.len()
    }
}

/// The local state store (see the module docs).
#[derive(Debug)]
pub struct LocalState {
    data: Mutex<Data>,
    /// `None`: in memory only.
    path: Option<PathBuf>,
    /// Held for the store's life: one process per file.
    _lock: Option<File>,
    capacity: usize,
    clock: Arc<dyn Clock>,
}

impl LocalState {
    /// A store in memory only (gone with the process), for tests and for
    /// Guards that share a store through [`crate::SharedState`].
    pub fn in_memory(capacity: usize, clock: Arc<dyn Clock>) -> Self {
        LocalState { data: Mutex::new(Data { format: 1, ..Data::default() }), path: None, _lock: None, capacity, clock }
    }

    /// Opens (or creates on the first write) the state file at `path`,
    /// holding at most `capacity` live single-use keys, challenges and
    /// failure counters; `clock` tells which entries have expired.
    ///
    /// # Errors
    /// [`StateError::Backend`] when the file cannot be locked (another
    /// process holds it), read or parsed: a Guard must not start on state
    /// it cannot read, since starting empty would forget used approvals.
    pub fn open(path: impl Into<PathBuf>, capacity: usize, clock: Arc<dyn Clock>) -> Result<Self, StateError> {
        let path = path.into();
        let backend = |what: &str, e: &dyn std::fmt::Display| StateError::Backend(format!("{}: {what}: {e}", path.display()));
        let lock_path = lock_path(&path);
        let lock = create_private(&lock_path, false).map_err(|e| backend("lock file", &e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StateError::Backend(format!("{}: in use by another Guard (locked)", path.display())));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(backend("lock", &e)),
        }
        let data = match std::fs::metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Data { format: 1, ..Data::default() },
            Err(e) => return Err(backend("read", &e)),
            Ok(m) if m.len() > MAX_FILE_BYTES => {
                return Err(StateError::Backend(format!("{}: larger than {MAX_FILE_BYTES} bytes", path.display())));
            }
            Ok(_) => {
                let bytes = std::fs::read(&path).map_err(|e| backend("read", &e))?;
                let data: Data = serde_json::from_slice(&bytes).map_err(|e| backend("not a state file", &e))?;
                if data.format != 1 {
                    return Err(StateError::Backend(format!("{}: unknown format {}", path.display(), data.format)));
                }
                data
            }
        };
        Ok(LocalState { data: Mutex::new(data), path: Some(path), _lock: Some(lock), capacity, clock })
    }

    /// The file, if the store has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn lock(&self) -> MutexGuard<'_, Data> {
        self.data.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Writes `data` (pruned at `now`) through to the file.
    fn persist(&self, data: &mut Data, now: UnixMillis) -> Result<(), StateError> {
        data.prune(now);
        let Some(path) = &self.path else { return Ok(()) };
        let bytes = serde_json::to_vec(&*data).map_err(|e| StateError::Backend(e.to_string()))?;
        write_atomic(path, &bytes).map_err(|e| StateError::Backend(format!("{}: write: {e}", path.display())))
    }

    fn room(&self, data: &Data) -> Result<(), StateError> {
        if data.live_entries() >= self.capacity { Err(StateError::Full) } else { Ok(()) }
    }
}

fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(".lock");
    path.with_file_name(name)
}

/// Creates (or opens) a file readable and writable by its owner only,
/// whatever the umask.
fn create_private(path: &Path, truncate: bool) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(truncate);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Writes `bytes` to `path` atomically: temporary file (0600), sync,
/// rename, directory sync.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp_name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    tmp_name.push(".tmp");
    let tmp = path.with_file_name(tmp_name);
    let mut f = create_private(&tmp, true)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl ApprovalStore for LocalState {
    async fn use_once(&self, key: &str, expires_at: UnixMillis) -> Result<bool, StateError> {
        let now = self.clock.now_millis();
        let mut data = self.lock();
        if data.used.get(key).is_some_and(|exp| *exp > now) {
            return Ok(false);
        }
        data.prune(now);
        self.room(&data)?;
        data.used.insert(key.to_owned(), expires_at);
        self.persist(&mut data, now)?;
        Ok(true)
    }

    async fn open_challenge(&self, challenge: &Challenge) -> Result<(), StateError> {
        let now = self.clock.now_millis();
        let mut data = self.lock();
        data.prune(now);
        self.room(&data)?;
        data.challenges.insert(challenge.id.clone(), challenge.clone());
        self.persist(&mut data, now)
    }

    async fn challenge(&self, id: &str, now: UnixMillis) -> Result<Option<Challenge>, StateError> {
        Ok(self.lock().challenges.get(id).filter(|c| c.expires_at > now).cloned())
    }

    async fn take_challenge(&self, id: &str, now: UnixMillis) -> Result<bool, StateError> {
        let mut data = self.lock();
        match data.challenges.remove(id) {
            Some(c) if c.expires_at > now => {
                self.persist(&mut data, now)?;
                Ok(true)
            }
            Some(_) | None => Ok(false),
        }
    }

    async fn locked_until(&self, approver: &str, now: UnixMillis) -> Result<Option<UnixMillis>, StateError> {
        Ok(self.lock().lockouts.get(approver).copied().filter(|until| *until > now))
    }

    async fn record_failure(&self, approver: &str, now: UnixMillis, rule: &LockoutRule) -> Result<Attempts, StateError> {
        let mut data = self.lock();
        if !data.failures.contains_key(approver) {
            self.room(&data)?;
        }
        let window_start = now.saturating_sub(rule.window_ms);
        let failures = data.failures.entry(approver.to_owned()).or_default();
        failures.retain(|t| *t > window_start);
        failures.push(now);
        let count = u32::try_from(failures.len()).unwrap_or(u32::MAX);
        let outcome = if count >= rule.max_failures.max(1) {
            let until = now.saturating_add(rule.lockout_ms);
            data.failures.remove(approver);
            data.lockouts.insert(approver.to_owned(), until);
            Attempts::LockedUntil(until)
        } else {
            Attempts::Counted(count)
        };
        // Counters of other approvers whose window has passed go too.
        data.failures.retain(|_, times| times.last().is_some_and(|t| *t > window_start));
        self.persist(&mut data, now)?;
        Ok(outcome)
    }

    async fn lockouts(&self, now: UnixMillis) -> Result<Vec<(String, UnixMillis)>, StateError> {
        Ok(self.lock().lockouts.iter().filter(|(_, until)| **until > now).map(|(a, until)| (a.clone(), *until)).collect())
    }
}

impl VersionStore for LocalState {
    fn advance(&self, name: &str, version: u64, content_hash: &str) -> Result<(), VersionError> {
        let mut data = self.lock();
        if let Some(mark) = data.versions.get(name) {
            if version < mark.version {
                return Err(VersionError::Rollback { offered: version, accepted: mark.version });
            }
            if version == mark.version {
                if mark.content_hash != content_hash {
                    return Err(VersionError::Conflict {
                        version,
                        accepted_hash: mark.content_hash.clone(),
                        offered_hash: content_hash.to_owned(),
                    });
                }
                return Ok(());
            }
        }
        data.versions.insert(name.to_owned(), Mark { version, content_hash: content_hash.to_owned() });
        let now = self.clock.now_millis();
        self.persist(&mut data, now)?;
        Ok(())
    }

    fn high_water(&self, name: &str) -> Result<Option<(u64, String)>, StateError> {
        Ok(self.lock().versions.get(name).map(|m| (m.version, m.content_hash.clone())))
    }
}
