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
    /// Guards that share a store through [`crate::config::SharedState`].
    pub fn in_memory(capacity: usize, clock: Arc<dyn Clock>) -> Self {
        LocalState { data: Mutex::new(Data { format: 1, ..Data::default() }), path: None, _lock: None, capacity, clock }
    }

    /// Opens (or creates, empty) the state file at `path`,
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
        let lock = create_private(&lock_path).map_err(|e| backend("lock file", &e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StateError::Backend(format!("{}: in use by another Guard (locked)", path.display())));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(backend("lock", &e)),
        }
        let data = match std::fs::metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // Written now, so a file missing at a later start was removed.
                let data = Data { format: 1, ..Data::default() };
                let bytes = serde_json::to_vec(&data).map_err(|e| backend("encode", &e))?;
                write_atomic(&path, &bytes).map_err(|e| backend("create", &e))?;
                data
            }
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
fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Writes `bytes` to `path` atomically: a fresh temporary file (random
/// name, created exclusively and 0600, so a planted file or symlink is never
/// written through), sync, rename, directory sync.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".state-").tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    File::open(dir)?.sync_all()
}

#[async_trait::async_trait]
impl ApprovalStore for LocalState {
    async fn use_all_once(&self, keys: &[(String, UnixMillis)]) -> Result<Vec<usize>, StateError> {
        let now = self.clock.now_millis();
        let mut data = self.lock();
        let used: Vec<usize> =
            keys.iter().enumerate().filter(|(_, (key, _))| data.used.get(key).is_some_and(|exp| *exp > now)).map(|(i, _)| i).collect();
        if !used.is_empty() {
            return Ok(used);
        }
        data.prune(now);
        if data.live_entries().saturating_add(keys.len()) > self.capacity {
            return Err(StateError::Full);
        }
        for (key, expires_at) in keys {
            data.used.insert(key.clone(), *expires_at);
        }
        self.persist(&mut data, now)?;
        Ok(Vec::new())
    }

    async fn open_challenge(&self, challenge: &Challenge, per_agent: usize) -> Result<Challenge, StateError> {
        let now = self.clock.now_millis();
        let mut data = self.lock();
        data.prune(now);
        let mine = data.challenges.values().filter(|c| c.agent == challenge.agent);
        let mut count = 0usize;
        for c in mine {
            if c.ahash == challenge.ahash {
                return Ok(c.clone());
            }
            count += 1;
        }
        if count >= per_agent {
            return Err(StateError::Quota(format!("agent {} holds {count} open challenges, at most {per_agent}", challenge.agent)));
        }
        self.room(&data)?;
        data.challenges.insert(challenge.id.clone(), challenge.clone());
        self.persist(&mut data, now)?;
        Ok(challenge.clone())
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

    async fn begin_attempt(&self, approver: &str, now: UnixMillis, rule: &LockoutRule) -> Result<Attempts, StateError> {
        let mut data = self.lock();
        if let Some(until) = data.lockouts.get(approver).copied().filter(|until| *until > now) {
            return Ok(Attempts::Locked(until));
        }
        if !data.failures.contains_key(approver) {
            self.room(&data)?;
        }
        let window_start = now.saturating_sub(rule.window_ms);
        let failures = data.failures.entry(approver.to_owned()).or_default();
        failures.retain(|t| *t > window_start);
        let outcome = if failures.len() >= usize::try_from(rule.max_failures).unwrap_or(usize::MAX) {
            // Attempts still in flight used up the window: lock now.
            let until = now.saturating_add(rule.lockout_ms);
            data.failures.remove(approver);
            data.lockouts.insert(approver.to_owned(), until);
            Attempts::Locked(until)
        } else {
            failures.push(now);
            Attempts::Allowed(u32::try_from(failures.len()).unwrap_or(u32::MAX))
        };
        // Counters of other approvers whose window has passed go too.
        data.failures.retain(|_, times| times.last().is_some_and(|t| *t > window_start));
        self.persist(&mut data, now)?;
        Ok(outcome)
    }

    async fn end_attempt(
        &self,
        approver: &str,
        now: UnixMillis,
        rule: &LockoutRule,
        succeeded: bool,
    ) -> Result<Option<UnixMillis>, StateError> {
        let mut data = self.lock();
        let Some(failures) = data.failures.get_mut(approver) else { return Ok(None) };
        if succeeded {
            failures.pop();
            if failures.is_empty() {
                data.failures.remove(approver);
            }
            self.persist(&mut data, now)?;
            return Ok(None);
        }
        let window_start = now.saturating_sub(rule.window_ms);
        let in_window = failures.iter().filter(|t| **t > window_start).count();
        if in_window < usize::try_from(rule.max_failures).unwrap_or(usize::MAX) {
            return Ok(None);
        }
        let until = now.saturating_add(rule.lockout_ms);
        data.failures.remove(approver);
        data.lockouts.insert(approver.to_owned(), until);
        self.persist(&mut data, now)?;
        Ok(Some(until))
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

#[cfg(test)]
mod tests {
    use super::*;
    use aigos_core::ManualClock;

    const T: UnixMillis = 1_800_000_000_000;

    fn store(dir: &Path) -> (LocalState, ManualClock) {
        let clock = ManualClock::new(T);
        (LocalState::open(dir.join("state.json"), 1000, Arc::new(clock.clone())).unwrap(), clock)
    }

    fn challenge(agent: &str, ahash: &str, id: &str) -> Challenge {
        Challenge { agent: agent.into(), ahash: ahash.into(), expires_at: T + 60_000, id: id.into() }
    }

    #[tokio::test]
    async fn keys_are_used_all_or_none_and_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let (s, clock) = store(dir.path());
        assert!(s.use_once("a", T + 1000).await.unwrap(), "positive control: fresh");
        let both = [("b".to_owned(), T + 1000), ("a".to_owned(), T + 1000)];
        assert_eq!(s.use_all_once(&both).await.unwrap(), vec![1], "a is used");
        assert!(s.use_once("b", T + 1000).await.unwrap(), "b was not marked next to a used key");
        drop(s);
        let s = LocalState::open(dir.path().join("state.json"), 1000, Arc::new(clock.clone())).unwrap();
        assert!(!s.use_once("a", T + 1000).await.unwrap(), "used before the restart");
        clock.set(T + 1000);
        assert!(s.use_once("a", T + 2000).await.unwrap(), "fresh again once expired");
    }

    #[tokio::test]
    async fn one_open_challenge_per_action_and_a_quota_per_agent() {
        let dir = tempfile::tempdir().unwrap();
        let (s, _) = store(dir.path());
        let first = s.open_challenge(&challenge("a1", "h1", "c1"), 2).await.unwrap();
        assert_eq!(first.id, "c1");
        assert_eq!(s.open_challenge(&challenge("a1", "h1", "c2"), 2).await.unwrap().id, "c1", "the open one is reused");
        assert_eq!(s.open_challenge(&challenge("a1", "h2", "c3"), 2).await.unwrap().id, "c3");
        let over = s.open_challenge(&challenge("a1", "h3", "c4"), 2).await;
        assert!(matches!(over, Err(StateError::Quota(_))), "{over:?}");
        assert_eq!(s.open_challenge(&challenge("a2", "h3", "c5"), 2).await.unwrap().id, "c5", "another agent is not affected");
        assert!(s.take_challenge("c1", T).await.unwrap());
        assert!(!s.take_challenge("c1", T).await.unwrap(), "taken once");
        assert_eq!(s.challenge("c3", T + 60_000).await.unwrap(), None, "expired");
    }

    #[tokio::test]
    async fn attempts_are_counted_before_the_check_and_lock_at_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let (s, _) = store(dir.path());
        let rule = LockoutRule { max_failures: 3, window_ms: 60_000, lockout_ms: 120_000 };
        // Three attempts in flight at once: a fourth is refused before any ends.
        for n in 1..=3 {
            assert_eq!(s.begin_attempt("op", T, &rule).await.unwrap(), Attempts::Allowed(n));
        }
        assert_eq!(s.begin_attempt("op", T, &rule).await.unwrap(), Attempts::Locked(T + 120_000));
        assert_eq!(s.lockouts(T).await.unwrap(), vec![("op".to_owned(), T + 120_000)]);
        // A success takes its attempt back (positive control, another approver).
        assert_eq!(s.begin_attempt("alice", T, &rule).await.unwrap(), Attempts::Allowed(1));
        assert_eq!(s.end_attempt("alice", T, &rule, true).await.unwrap(), None);
        for n in 1..=2 {
            assert_eq!(s.begin_attempt("alice", T, &rule).await.unwrap(), Attempts::Allowed(n));
            assert_eq!(s.end_attempt("alice", T, &rule, false).await.unwrap(), None);
        }
        assert_eq!(s.begin_attempt("alice", T, &rule).await.unwrap(), Attempts::Allowed(3));
        assert_eq!(s.end_attempt("alice", T, &rule, false).await.unwrap(), Some(T + 120_000), "the third failure locks");
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn writes_never_follow_a_planted_file_and_the_state_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep me").unwrap();
        std::os::unix::fs::symlink(&victim, dir.path().join("state.json.tmp")).unwrap();
        let (s, _) = store(dir.path());
        assert!(s.use_once("a", T + 1000).await.unwrap());
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
        let state = dir.path().join("state.json");
        assert!(!std::fs::symlink_metadata(&state).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::metadata(&state).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn a_second_store_on_the_file_is_refused_while_the_first_lives() {
        let dir = tempfile::tempdir().unwrap();
        let (first, clock) = store(dir.path());
        let second = LocalState::open(dir.path().join("state.json"), 1000, Arc::new(clock.clone()));
        assert!(matches!(second, Err(StateError::Backend(ref e)) if e.contains("in use")), "{second:?}");
        drop(first);
        assert!(LocalState::open(dir.path().join("state.json"), 1000, Arc::new(clock)).is_ok(), "positive control");
    }

    #[test]
    fn versions_only_go_up_and_the_same_version_keeps_its_content() {
        let dir = tempfile::tempdir().unwrap();
        let (s, _) = store(dir.path());
        s.advance("p", 2, "h2").unwrap();
        s.advance("p", 2, "h2").unwrap();
        assert!(matches!(s.advance("p", 1, "h1"), Err(VersionError::Rollback { offered: 1, accepted: 2 })));
        assert!(matches!(s.advance("p", 2, "other"), Err(VersionError::Conflict { .. })));
        s.advance("p", 3, "h3").unwrap();
        assert_eq!(s.high_water("p").unwrap(), Some((3, "h3".to_owned())));
    }
}

/// Two high-water marks kept together: a version is accepted only if both
/// accept it, and the mark is the higher of the two.
#[derive(Debug)]
pub(crate) struct BothMarks {
    pub(crate) local: Arc<LocalState>,
    pub(crate) shared: Arc<dyn VersionStore>,
}

impl VersionStore for BothMarks {
    fn advance(&self, name: &str, version: u64, content_hash: &str) -> Result<(), VersionError> {
        // This Guard's own mark refuses first without moving; then the
        // fleet's; the own mark moves only once the fleet took it.
        if let Some((accepted, accepted_hash)) = self.local.high_water(name)? {
            if version < accepted {
                return Err(VersionError::Rollback { offered: version, accepted });
            }
            if version == accepted && accepted_hash != content_hash {
                return Err(VersionError::Conflict { version, accepted_hash, offered_hash: content_hash.to_owned() });
            }
        }
        self.shared.advance(name, version, content_hash)?;
        self.local.advance(name, version, content_hash)
    }

    fn high_water(&self, name: &str) -> Result<Option<(u64, String)>, StateError> {
        let (a, b) = (self.local.high_water(name)?, self.shared.high_water(name)?);
        Ok(match (a, b) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        })
    }
}
