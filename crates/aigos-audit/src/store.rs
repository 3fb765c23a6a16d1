//! The append-only store: appenders write their own records under a short
//! lock, durability modes with leader-based group commit, segment rotation,
//! and recovery on open.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use aigos_core::{Clock, SystemClock};
use aigos_crypto::{Provider, Signer, default_provider};
use serde_json::Value;

use crate::checkpoint::{Cadence, Checkpoint};
use crate::encrypt::FieldCipher;
use crate::merkle::{Frontier, Hash, leaf_hash32};
use crate::record::{MacKey, MacKeys, PREFIX, VERSION, check_line, finish_line, hex32, parse_hex32};
use crate::verify::{Summary, VerifyOptions, verify_log};
use crate::{Error, segments, witness};

/// When an append is acknowledged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Durability {
    /// fsync after every record, then acknowledge it.
    Always,
    /// Group commit: write every queued record, fsync once, then acknowledge
    /// them all. A record is acknowledged only after the fsync that covers it.
    #[default]
    Batch,
    /// Write to the OS and acknowledge without fsync (tests, scratch logs).
    None,
}

/// Configuration of an [`AuditLog`]; see [`AuditConfig::new`].
#[derive(Clone)]
#[must_use]
pub struct AuditConfig {
    dir: PathBuf,
    durability: Durability,
    segment_max_bytes: u64,
    checkpoint_every: u64,
    checkpoint_interval: Duration,
    mac_key: Option<MacKey>,
    signing: Option<aigos_crypto::KeySchedule>,
    cipher: Option<FieldCipher>,
    encrypt_fields: Vec<String>,
    witness: Option<PathBuf>,
    clock: Arc<dyn Clock>,
    provider: Provider,
}

impl AuditConfig {
    /// The configured cadence, as a header states it (`checkpoint_every`
    /// is at least 1: the builder sees to it).
    fn cadence(&self) -> Cadence {
        Cadence { records: self.checkpoint_every, interval_ms: u64::try_from(self.checkpoint_interval.as_millis()).unwrap_or(u64::MAX) }
    }

    /// A log in `dir`: batch durability, 64 MiB segments, a checkpoint every
    /// 1,000 records or 60 s (and on close), unkeyed, unsigned, unencrypted.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        AuditConfig {
            dir: dir.into(),
            durability: Durability::Batch,
            segment_max_bytes: 64 << 20,
            checkpoint_every: 1000,
            checkpoint_interval: Duration::from_secs(60),
            mac_key: None,
            signing: None,
            cipher: None,
            encrypt_fields: Vec::new(),
            witness: None,
            clock: Arc::new(SystemClock),
            provider: default_provider(),
        }
    }
    /// Durability mode.
    pub fn durability(mut self, d: Durability) -> Self {
        self.durability = d;
        self
    }
    /// Segment size at which a new segment starts: the next record after a
    /// segment reaches it goes to a new segment, after a checkpoint at the
    /// boundary (a segment may exceed it by one record).
    pub fn segment_max_bytes(mut self, bytes: u64) -> Self {
        self.segment_max_bytes = bytes.max(1);
        self
    }
    /// Checkpoint every `records` records or `interval`, whichever comes
    /// first. A new log states this cadence in its header (the checkpoint
    /// at tree size 0, signed with the signing key); a log reopened later
    /// keeps at least the cadence of its header.
    pub fn checkpoints(mut self, records: u64, interval: Duration) -> Self {
        self.checkpoint_every = records.max(1);
        self.checkpoint_interval = interval;
        self
    }
    /// MAC every record with this key.
    pub fn mac_key(mut self, key: MacKey) -> Self {
        self.mac_key = Some(key);
        self
    }
    /// Sign checkpoints with this Ed25519 key. With it, [`AuditLog::open`]
    /// verifies the whole log (chain, MACs when keyed, every checkpoint's
    /// signature, the signed header's cadence, the witness) and refuses to
    /// resume on a log that fails.
    pub fn signing_key(mut self, key: Arc<dyn Signer>) -> Self {
        self.signing = Some(aigos_crypto::KeySchedule::single(key));
        self
    }
    /// Sign checkpoints with the keys of a rotation schedule: each
    /// checkpoint by the key that signs at its time. Checkpoints of every
    /// key of the schedule verify; a retired key's checkpoints dated at or
    /// after its retirement do not.
    pub fn signing_keys(mut self, keys: aigos_crypto::KeySchedule) -> Self {
        self.signing = Some(keys);
        self
    }
    /// The keys that sign checkpoints.
    pub(crate) fn signing_schedule(&self) -> Option<aigos_crypto::KeySchedule> {
        self.signing.clone()
    }
    /// The MAC key.
    pub(crate) fn mac(&self) -> Option<MacKey> {
        self.mac_key.clone()
    }
    /// The provider.
    pub(crate) fn provider_of(&self) -> Provider {
        self.provider
    }
    /// The witness file, if any.
    pub(crate) fn witness_path(&self) -> Option<&Path> {
        self.witness.as_deref()
    }
    /// The log directory.
    pub(crate) fn dir_path(&self) -> &Path {
        &self.dir
    }
    /// The log's clock now (Unix milliseconds).
    pub(crate) fn now_millis(&self) -> u64 {
        self.clock.now_millis()
    }
    /// The key that signs a checkpoint made at `now_ms`.
    fn signer_at(&self, now_ms: u64) -> Option<&dyn Signer> {
        let now = i64::try_from(now_ms / 1000).unwrap_or(i64::MAX);
        self.signing.as_ref().map(|s| s.current(now).as_ref() as &dyn Signer)
    }
    /// Copy every checkpoint to this file too (atomically replaced, mode
    /// 0600), a path outside the log directory, ideally on another volume
    /// or host. [`AuditLog::open`] then refuses a log that is shorter than,
    /// or not an extension of, the witnessed checkpoint, and a log with
    /// records whose witness is missing.
    pub fn witness(mut self, path: impl Into<PathBuf>) -> Self {
        self.witness = Some(path.into());
        self
    }
    /// Encrypt these top-level data fields with `cipher`.
    pub fn encrypt(mut self, cipher: FieldCipher, fields: Vec<String>) -> Self {
        self.cipher = Some(cipher);
        self.encrypt_fields = fields;
        self
    }
    /// Clock for record timestamps.
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }
    /// Crypto provider.
    pub fn provider(mut self, provider: Provider) -> Self {
        self.provider = provider;
        self
    }
}

/// What recovery found when the log was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Records in the log.
    pub records: u64,
    /// First seq that was re-verified (the last checkpoint's tree size).
    pub verified_from: u64,
    /// A torn final line that was moved aside: the `.torn` file and its size.
    pub torn: Option<(PathBuf, u64)>,
    /// Whether the whole log was verified before resuming (a signing key or
    /// a witness is configured).
    pub verified: bool,
    /// Records after the last checkpoint that recovery found (a crash's
    /// unsigned tail, at most the cadence); a checkpoint now covers them.
    pub unsigned_tail: u64,
}

/// A string's canonical JSON. serde_json's string escaping is RFC 8785's
/// (aigos-core's property test checks the two agree).
fn canonical_str(s: &str) -> Result<String, Error> {
    serde_json::to_string(s).map_err(|e| Error::Format(e.to_string()))
}

#[expect(clippy::needless_pass_by_value, reason = "used as map_err(format_error)")]
fn format_error(e: aigos_core::Error) -> Error {
    Error::Format(e.to_string())
}

/// The data of one record: any JSON value, or an object built member by
/// member from values that are canonicalized once, without building a
/// `serde_json::Value` of the whole record.
///
/// ```
/// # use aigos_audit::RecordData;
/// #[derive(serde::Serialize)]
/// struct Decision<'a> { status: &'a str, step: u8 } // fields in sorted order
/// let data = RecordData::object()
///     .member_sorted("decision", &Decision { status: "APPROVED", step: 8 })?
///     .member("payload", &serde_json::json!({"replicas": 3}))?;
/// # Ok::<(), aigos_audit::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct RecordData(DataInner);

#[derive(Debug, Clone)]
enum DataInner {
    Value(Value),
    /// Names and canonical values.
    Members(Vec<(String, Vec<u8>)>),
}

impl RecordData {
    /// An empty object to add members to.
    pub fn object() -> Self {
        RecordData(DataInner::Members(Vec::new()))
    }

    /// Adds member `name` with a JSON value (canonicalized per RFC 8785).
    ///
    /// # Errors
    /// [`Error::Format`] when the value cannot be canonicalized, or this
    /// data is not an object.
    pub fn member(self, name: impl Into<String>, value: &Value) -> Result<Self, Error> {
        let bytes = aigos_core::canonical_json_value(value).map_err(format_error)?;
        self.push(name.into(), bytes)
    }

    /// Adds member `name` from a value whose serde_json form is already
    /// RFC 8785 (see [`aigos_core::canonical_sorted`]: fields in sorted
    /// order, floats as [`aigos_core::JsNumber`]); one serialization, checked
    /// against the full canonicalizer in debug builds.
    ///
    /// # Errors
    /// As [`RecordData::member`].
    pub fn member_sorted<T: serde::Serialize>(self, name: impl Into<String>, value: &T) -> Result<Self, Error> {
        let bytes = aigos_core::canonical_sorted(value).map_err(format_error)?;
        self.push(name.into(), bytes)
    }

    /// Adds member `name` whose value is already RFC 8785 canonical JSON,
    /// e.g. a request's payload from
    /// [`aigos_core::canonical_request_and_payload`] (computed once for the
    /// action hash). Debug builds check the bytes re-canonicalize to
    /// themselves.
    ///
    /// # Errors
    /// As [`RecordData::member`]; in debug builds also when the bytes are not
    /// canonical JSON.
    pub fn member_canonical(self, name: impl Into<String>, bytes: Vec<u8>) -> Result<Self, Error> {
        if cfg!(debug_assertions) {
            let value: Value = serde_json::from_slice(&bytes).map_err(|e| Error::Format(e.to_string()))?;
            if aigos_core::canonical_json_value(&value).map_err(format_error)? != bytes {
                return Err(Error::Format("member_canonical: the bytes are not RFC 8785 canonical JSON".into()));
            }
        }
        self.push(name.into(), bytes)
    }

    fn push(mut self, name: String, bytes: Vec<u8>) -> Result<Self, Error> {
        match &mut self.0 {
            DataInner::Members(m) => m.push((name, bytes)),
            DataInner::Value(_) => return Err(Error::Format("members can only be added to an object".into())),
        }
        Ok(self)
    }
}

impl From<Value> for RecordData {
    fn from(value: Value) -> Self {
        RecordData(DataInner::Value(value))
    }
}

/// An entry whose canonical fragments were computed by the appending task,
/// before it takes the lock, so the lock covers only hashing and writing.
struct Prepared {
    kind: String,
    actor: String,
    data: Data,
}

/// The canonical data of a record, or its members when some must be sealed
/// first (sealing binds the seq, which is known only under the lock).
enum Data {
    Canonical(Vec<u8>),
    Members(Vec<Member>),
}

/// One member of an object whose members are in RFC 8785 order.
enum Member {
    /// A canonical name and value.
    Plain { name_json: String, value: Vec<u8> },
    /// A field to seal: its canonical name, name and canonical plaintext.
    Seal { name_json: String, name: String, plaintext: Vec<u8> },
}

impl Prepared {
    /// About how long the record's body will be.
    fn len_hint(&self) -> usize {
        let data = match &self.data {
            Data::Canonical(c) => c.len(),
            Data::Members(m) => m
                .iter()
                .map(|m| match m {
                    Member::Plain { name_json, value } => name_json.len() + value.len() + 2,
                    Member::Seal { name_json, plaintext, .. } => name_json.len() + plaintext.len() * 4 / 3 + 120,
                })
                .sum(),
        };
        data + self.kind.len() + self.actor.len() + 128
    }

    fn new(kind: &str, actor: &str, data: RecordData, seal: &[String]) -> Result<Self, Error> {
        let members = match data.0 {
            DataInner::Value(value) if seal.is_empty() => {
                let data = Data::Canonical(aigos_core::canonical_json_value(&value).map_err(format_error)?);
                return Ok(Prepared { kind: canonical_str(kind)?, actor: canonical_str(actor)?, data });
            }
            DataInner::Value(Value::Object(map)) => map
                .into_iter()
                .map(|(name, v)| Ok((name, aigos_core::canonical_json_value(&v).map_err(format_error)?)))
                .collect::<Result<Vec<_>, Error>>()?,
            DataInner::Value(_) => return Err(Error::Format("field encryption needs an object as data".into())),
            DataInner::Members(members) => members,
        };
        Ok(Prepared { kind: canonical_str(kind)?, actor: canonical_str(actor)?, data: Self::assemble(members, seal)? })
    }

    /// Orders members by the UTF-16 code units of their names (RFC 8785)
    /// and joins those that need no sealing.
    fn assemble(mut members: Vec<(String, Vec<u8>)>, seal: &[String]) -> Result<Data, Error> {
        members.sort_by(|(a, _), (b, _)| aigos_core::utf16_cmp(a, b));
        if members.windows(2).any(|w| w[0].0 == w[1].0) {
            return Err(Error::Format("a record's data names a member twice".into()));
        }
        let mut parts = Vec::with_capacity(members.len());
        for (name, value) in members {
            let name_json = canonical_str(&name)?;
            if seal.contains(&name) {
                parts.push(Member::Seal { name_json, name, plaintext: value });
            } else {
                parts.push(Member::Plain { name_json, value });
            }
        }
        Ok(Data::Members(parts))
    }
}

/// Group-commit state published to appenders waiting for durability.
#[derive(Debug, Clone, Default)]
struct Synced {
    /// Records `0..records` are durable.
    records: u64,
    /// Set once a write or fsync failed: the log refuses everything after.
    failed: Option<String>,
}

/// An fsync slower than this is run off the async worker threads.
const SLOW_FSYNC_NS: u64 = 50_000;
/// On such a disk the leader waits this long for more records to join its
/// group before it writes and syncs (fewer, larger fsyncs).
const GROUP_DELAY: Duration = Duration::from_micros(100);

pub(crate) struct Shared {
    writer: Mutex<Writer>,
    /// The fields to seal (empty without a cipher).
    seal: Vec<String>,
    durability: Durability,
    /// Whether an appender is currently the group-commit leader.
    syncing: AtomicBool,
    /// The group-commit state; every change is followed by a wake-up of
    /// `synced_changed`'s waiters.
    synced: Mutex<Synced>,
    synced_changed: tokio::sync::Notify,
    /// Duration of the last fsync, to decide whether the next one may run
    /// on the caller's thread.
    last_fsync_ns: AtomicU64,
}

/// An open audit log. Appends from any task or thread: the appender orders,
/// hashes and writes its own record under a short lock, and group commit
/// makes one appender fsync for everyone waiting (batch durability).
pub struct AuditLog {
    pub(crate) shared: Arc<Shared>,
}

impl Drop for AuditLog {
    /// Dropping without `close` still finishes cleanly: a final checkpoint is
    /// written when records were appended since the last one.
    fn drop(&mut self) {
        if let Ok(mut w) = self.shared.writer.lock()
            && !w.closed
        {
            w.closed = true;
            if w.failed.is_none() && w.since_checkpoint > 0 {
                let _ = w.checkpoint();
            }
        }
    }
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditLog").field("durability", &self.shared.durability).finish_non_exhaustive()
    }
}

pub(crate) struct Writer {
    pub(crate) cfg: AuditConfig,
    /// The log's id, from its header (every checkpoint repeats it).
    pub(crate) log_id: String,
    /// The MAC key id as a canonical JSON string.
    mac_kid_json: Option<String>,
    file: Arc<File>,
    /// Batch durability: lines not yet handed to the OS; the group-commit
    /// leader writes them with one call before its fsync.
    pending: Vec<u8>,
    /// Bytes of the current segment, pending lines included.
    seg_bytes: u64,
    /// The first seq of the segment being written.
    pub(crate) seg_first: u64,
    /// The kid of the last checkpoint.
    last_checkpoint_kid: String,
    next_seq: u64,
    prev: Hash,
    frontier: Frontier,
    since_checkpoint: u64,
    last_checkpoint_ms: u64,
    failed: Option<String>,
    closed: bool,
}

#[expect(clippy::needless_pass_by_value, reason = "used as map_err(|e| io(..., e))")]
fn io(context: &str, e: std::io::Error) -> Error {
    Error::Io(format!("{context}: {e}"))
}

fn sync_dir(dir: &Path) -> Result<(), Error> {
    File::open(dir).and_then(|d| d.sync_all()).map_err(|e| io("fsync directory", e))
}

/// Resets the leader flag even when the leader's future is dropped mid-sync,
/// and wakes the waiters so one of them takes over.
struct LeaderGuard<'a> {
    shared: &'a Shared,
    released: bool,
}

impl LeaderGuard<'_> {
    /// Ends the leadership and publishes the group's result with one wake-up
    /// (the flag is cleared first, so a woken waiter not covered by this
    /// group can lead the next one).
    fn release_with(mut self, target: u64, result: &Result<(), Error>) {
        self.shared.syncing.store(false, Ordering::Release);
        self.released = true;
        self.shared.publish(target, result);
    }
}

impl Drop for LeaderGuard<'_> {
    fn drop(&mut self) {
        if !self.released {
            self.shared.syncing.store(false, Ordering::Release);
            self.shared.synced_changed.notify_waiters();
        }
    }
}

impl Shared {
    /// Changes the group-commit state and wakes every waiter.
    fn update_synced(&self, change: impl FnOnce(&mut Synced)) {
        change(&mut self.synced.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        self.synced_changed.notify_waiters();
    }

    /// Whether record `seq` is durable (or never will be).
    fn synced_covers(&self, seq: u64) -> Option<Result<(), Error>> {
        Self::covered(&self.synced.lock().unwrap_or_else(std::sync::PoisonError::into_inner), seq)
    }

    pub(crate) fn lock(&self) -> Result<std::sync::MutexGuard<'_, Writer>, Error> {
        self.writer.lock().map_err(|_| Error::Io("audit writer poisoned by a panic".into()))
    }

    /// Fails the log closed: the writer refuses every later append and every
    /// waiter on a group commit gets the error.
    fn fail(&self, w: &mut Writer, e: &Error) {
        w.failed = Some(e.to_string());
        self.update_synced(|s| s.failed = Some(e.to_string()));
    }

    /// Orders, hashes and writes one record; returns its seq. The record is
    /// in the OS (not yet durable unless the mode is `Always`).
    fn write_record(&self, entry: Prepared) -> Result<u64, Error> {
        let mut w = self.lock()?;
        if w.closed {
            return Err(Error::Closed);
        }
        if let Some(reason) = &w.failed {
            return Err(Error::Io(format!("writer failed earlier: {reason}")));
        }
        // A checkpoint that is due (covering the records before this one) is
        // written first: if it fails, the log stops before this record, so a
        // record whose append reports an error is not in the file (its
        // caller is told "rejected"; the log must not say "approved").
        let ts = w.cfg.clock.now_millis();
        if let Err(e) = w.maybe_checkpoint(ts).and_then(|()| w.maybe_roll()) {
            self.fail(&mut w, &e);
            return Err(e);
        }
        // The line is built at the end of `pending` (no buffer of its own).
        let mut buf = std::mem::take(&mut w.pending);
        let start = buf.len();
        let seq = match w.prepare(entry, ts, &mut buf) {
            Ok(seq) => seq,
            Err(e) => {
                // Nothing was ordered into the chain: the log goes on.
                buf.truncate(start);
                w.pending = buf;
                return Err(e);
            }
        };
        let result = w.place(buf, start).and_then(|()| {
            if self.durability == Durability::Always {
                w.file.sync_data().map_err(|e| io("fsync segment", e))?;
            }
            Ok(())
        });
        if let Err(e) = result {
            // This record does not count as written (a failed write or
            // fsync leaves its fate to the OS: recovery truncates a torn line).
            self.fail(&mut w, &e);
            return Err(e);
        }
        Ok(seq)
    }

    /// What the leader syncs: every record so far, written to the current
    /// segment with one call (rotation syncs the segments before it). The
    /// write happens under the lock so records reach the file in order.
    fn sync_target(&self) -> Result<(u64, Arc<File>), Error> {
        let mut w = self.lock()?;
        if let Err(e) = w.flush_pending() {
            self.fail(&mut w, &e);
            return Err(e);
        }
        Ok((w.next_seq, w.file.clone()))
    }

    fn publish(&self, target: u64, result: &Result<(), Error>) {
        match result {
            Ok(()) => self.update_synced(|s| s.records = s.records.max(target)),
            Err(e) => match self.writer.lock() {
                Ok(mut w) => self.fail(&mut w, e),
                // A poisoned writer refuses appends anyway; the waiters must still hear.
                Err(_) => self.update_synced(|s| s.failed = Some(e.to_string())),
            },
        }
    }

    fn covered(s: &Synced, seq: u64) -> Option<Result<(), Error>> {
        if let Some(reason) = &s.failed {
            return Some(Err(Error::Io(format!("fsync covering the record failed: {reason}"))));
        }
        (s.records > seq).then_some(Ok(()))
    }

    fn timed_sync(&self, file: &File) -> Result<(), Error> {
        let t = Instant::now();
        let r = file.sync_data().map_err(|e| io("fsync segment", e));
        self.last_fsync_ns.store(u64::try_from(t.elapsed().as_nanos()).unwrap_or(u64::MAX), Ordering::Relaxed);
        r
    }

    /// Waits until `seq` is durable, fsyncing as the group's leader when no
    /// one else is.
    async fn durable(self: &Arc<Self>, seq: u64) -> Result<(), Error> {
        loop {
            // Registered before the state is read, so a change after the
            // read still wakes this waiter.
            let mut changed = std::pin::pin!(self.synced_changed.notified());
            changed.as_mut().enable();
            if let Some(r) = self.synced_covers(seq) {
                return r;
            }
            if self.syncing.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire).is_ok() {
                let leader = LeaderGuard { shared: self, released: false };
                let slow = self.last_fsync_ns.load(Ordering::Relaxed) > SLOW_FSYNC_NS;
                match tokio::runtime::Handle::try_current() {
                    Ok(rt) if slow => {
                        let me = self.clone();
                        let done = rt.spawn_blocking(move || {
                            std::thread::sleep(GROUP_DELAY);
                            let (target, file) = me.sync_target()?;
                            let result = me.timed_sync(&file);
                            me.publish(target, &result);
                            result
                        });
                        if let Err(e) = done.await {
                            self.publish(0, &Err(Error::Io(format!("fsync task: {e}"))));
                        }
                    }
                    _ => {
                        let (target, file) = self.sync_target()?;
                        let result = self.timed_sync(&file);
                        leader.release_with(target, &result);
                        continue;
                    }
                }
                // `leader` drops here: the flag is cleared and waiters woken.
                drop(leader);
            } else {
                changed.await;
            }
        }
    }

    /// [`Shared::durable`] for synchronous callers: fsyncs itself unless
    /// someone already covered the record.
    fn durable_blocking(&self, seq: u64) -> Result<(), Error> {
        if let Some(r) = self.synced_covers(seq) {
            return r;
        }
        let (target, file) = self.sync_target()?;
        let result = self.timed_sync(&file);
        self.publish(target, &result);
        result
    }

    fn close(&self) -> Result<(), Error> {
        let mut w = self.lock()?;
        if w.closed {
            return Err(Error::Closed);
        }
        w.closed = true;
        if let Some(reason) = &w.failed {
            return Err(Error::Io(reason.clone()));
        }
        let r = w.checkpoint().and_then(|()| w.file.sync_all().map_err(|e| io("fsync segment", e)));
        if r.is_ok() {
            let records = w.next_seq;
            self.update_synced(|s| s.records = s.records.max(records));
        }
        r
    }
}

impl AuditLog {
    /// Opens (creating if absent) the log and recovers it: a torn final line
    /// is moved to a `.torn` file and truncated, the tail after the last
    /// checkpoint is re-verified; a corrupt record before the tail refuses to
    /// open with [`Error::Corrupt`]. With a signing key or a witness
    /// configured, the whole log is then verified ([`crate::verify_log`]
    /// with the MAC key, the signing key's public half and the witness) and
    /// a log that fails is refused with [`Error::Corrupt`] naming the seq,
    /// before anything is written. A new log gets its header; records a
    /// crash left after the last checkpoint get a checkpoint.
    ///
    /// # Errors
    /// [`Error::Io`], [`Error::Corrupt`]; [`Error::Crypto`] when the
    /// signing key is not Ed25519; [`Error::Config`] when the witness lies
    /// inside the log directory.
    pub fn open(cfg: AuditConfig) -> Result<(Self, Recovery), Error> {
        segments::create_dir(&cfg.dir).map_err(|e| io("create log directory", e))?;
        if let Some(w) = &cfg.witness {
            witness::check_outside(&cfg.dir, w)?;
        }
        let seal = if cfg.cipher.is_some() { cfg.encrypt_fields.clone() } else { Vec::new() };
        let durability = cfg.durability;
        let (writer, recovery) = Writer::recover(cfg)?;
        let synced = Synced { records: writer.next_seq, failed: None };
        let shared = Shared {
            writer: Mutex::new(writer),
            seal,
            durability,
            syncing: AtomicBool::new(false),
            synced: Mutex::new(synced),
            synced_changed: tokio::sync::Notify::new(),
            last_fsync_ns: AtomicU64::new(0),
        };
        Ok((AuditLog { shared: Arc::new(shared) }, recovery))
    }

    /// Whether the log still accepts records: [`Error::Closed`] after close,
    /// [`Error::Io`] once a write or fsync failed (every later append fails
    /// too). A readiness probe; it writes nothing.
    ///
    /// # Errors
    /// As described.
    pub fn health(&self) -> Result<(), Error> {
        let w = self.shared.lock()?;
        if w.closed {
            return Err(Error::Closed);
        }
        match &w.failed {
            Some(reason) => Err(Error::Io(format!("writer failed earlier: {reason}"))),
            None => Ok(()),
        }
    }

    /// Appends a record; resolves with its seq once it is as durable as the
    /// configured mode promises. With batch durability the appenders waiting
    /// at one moment share one fsync; a slow fsync (a real disk) runs on
    /// tokio's blocking pool so async workers keep validating meanwhile.
    ///
    /// # Errors
    /// [`Error::Closed`] after close; [`Error::Io`] when the write or fsync
    /// covering the record failed (the record must then be treated as not
    /// written: fail closed), and for every append after such a failure.
    pub async fn append(&self, kind: &str, actor: &str, data: impl Into<RecordData>) -> Result<u64, Error> {
        reserved(kind)?;
        let entry = Prepared::new(kind, actor, data.into(), &self.shared.seal)?;
        let seq = self.shared.write_record(entry)?;
        if self.shared.durability == Durability::Batch {
            self.shared.durable(seq).await?;
        }
        Ok(seq)
    }

    /// [`AuditLog::append`] for synchronous callers.
    ///
    /// # Errors
    /// As [`AuditLog::append`].
    pub fn append_blocking(&self, kind: &str, actor: &str, data: impl Into<RecordData>) -> Result<u64, Error> {
        reserved(kind)?;
        self.append_reserved(kind, actor, data)
    }

    /// [`AuditLog::append_blocking`] for the log's own record kinds.
    pub(crate) fn append_reserved(&self, kind: &str, actor: &str, data: impl Into<RecordData>) -> Result<u64, Error> {
        let entry = Prepared::new(kind, actor, data.into(), &self.shared.seal)?;
        let seq = self.shared.write_record(entry)?;
        if self.shared.durability == Durability::Batch {
            self.shared.durable_blocking(seq)?;
        }
        Ok(seq)
    }

    /// Writes a final checkpoint, syncs and closes the log.
    ///
    /// # Errors
    /// [`Error::Io`] when the final checkpoint or sync fails, or the log
    /// failed earlier.
    pub async fn close(self) -> Result<(), Error> {
        self.close_blocking()
    }

    /// The keys that sign the checkpoints (with the retired ones), if any.
    pub fn signing_keys(&self) -> Option<aigos_crypto::KeySchedule> {
        self.shared.lock().ok()?.cfg.signing.clone()
    }

    /// Replaces the keys that sign checkpoints from now on (a key reload
    /// after a rotation). The new schedule must hold every key of the one
    /// in force, so that the log's earlier checkpoints still verify.
    ///
    /// # Errors
    /// [`Error::Config`] when a key of the schedule in force is missing
    /// from the new one, or the log has no signing key.
    pub fn set_signing_keys(&self, keys: aigos_crypto::KeySchedule) -> Result<(), Error> {
        let mut w = self.shared.lock()?;
        let Some(old) = &w.cfg.signing else { return Err(Error::Config("the log has no signing key to replace".into())) };
        if let Some(missing) =
            old.keys().iter().find(|k| keys.find(k.signer.kid().as_str()).is_none_or(|n| n.signer.public_key() != k.signer.public_key()))
        {
            return Err(Error::Config(format!(
                "the new checkpoint keys lack {} (its checkpoints would no longer verify)",
                missing.signer.kid()
            )));
        }
        w.cfg.signing = Some(keys);
        Ok(())
    }

    /// Writes a checkpoint over every record so far (when any is not yet
    /// covered), durable before it returns.
    pub(crate) fn checkpoint_now(&self) -> Result<(), Error> {
        let mut w = self.shared.lock()?;
        if w.since_checkpoint > 0 {
            let result = w.checkpoint();
            if let Err(e) = &result {
                self.shared.fail(&mut w, e);
            }
            result?;
        }
        Ok(())
    }

    /// [`AuditLog::close`] for synchronous callers.
    ///
    /// # Errors
    /// As [`AuditLog::close`].
    pub fn close_blocking(self) -> Result<(), Error> {
        self.shared.close()
    }
}

/// The record kinds only the log itself writes (retention, recorded reads).
fn reserved(kind: &str) -> Result<(), Error> {
    if kind == crate::RETENTION_KIND || kind == crate::ACCESS_KIND {
        return Err(Error::Format(format!("the record kind {kind:?} is the log's own")));
    }
    Ok(())
}

/// Reads the checkpoints file, moving a torn final line aside.
fn recover_checkpoints(dir: &Path) -> Result<Vec<Checkpoint>, Error> {
    let path = segments::checkpoints(dir);
    let Some(text) = segments::read_optional(&path).map_err(|e| io("read checkpoints", e))? else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    let mut good_len = 0usize;
    for line in text.split_inclusive('\n') {
        let complete = line.ends_with('\n');
        match serde_json::from_str::<Checkpoint>(line.trim_end_matches('\n')) {
            Ok(cp) if complete => {
                out.push(cp);
                good_len += line.len();
            }
            _ if good_len + line.len() == text.len() => {
                // Torn last checkpoint: keep the bytes, drop the line.
                let mut torn = segments::open_append(&path.with_extension("jsonl.torn")).map_err(|e| io("torn file", e))?;
                torn.write_all(line.as_bytes()).map_err(|e| io("torn file", e))?;
                let f = segments::open_with(OpenOptions::new().write(true), &path).map_err(|e| io("checkpoints", e))?;
                f.set_len(good_len as u64).map_err(|e| io("truncate checkpoints", e))?;
                f.sync_all().map_err(|e| io("fsync checkpoints", e))?;
                break;
            }
            _ => {
                return Err(Error::Corrupt {
                    seq: out.last().map_or(0, |c: &Checkpoint| c.tree_size),
                    reason: "corrupt checkpoint line".into(),
                });
            }
        }
    }
    Ok(out)
}

impl Writer {
    fn recover(cfg: AuditConfig) -> Result<(Writer, Recovery), Error> {
        let dir = cfg.dir.clone();
        let provider = cfg.provider;
        let checkpoints = recover_checkpoints(&dir)?;
        let (start, mut prev, mut frontier) = match checkpoints.last() {
            Some(cp) => {
                let f = cp
                    .frontier(provider)
                    .ok_or(Error::Corrupt { seq: cp.tree_size, reason: "checkpoint frontier does not match its root".into() })?;
                if let Some(keys) = &cfg.signing {
                    cp.verify_signature(provider, &|k: &str| keys.find(k).map(|s| s.signer.public_key().clone()))
                        .map_err(|reason| Error::Corrupt { seq: cp.tree_size, reason })?;
                }
                (cp.tree_size, cp.head().unwrap_or([0; 32]), f)
            }
            None => (0, [0u8; 32], Frontier::new()),
        };
        let expected_head = prev;
        let mac = cfg.mac_key.clone();
        let resolve = move |kid: &str| mac.clone().filter(|m| m.kid == kid);
        let resolver: Option<MacKeys<'_>> = if cfg.mac_key.is_some() { Some(&resolve) } else { None };
        let segs = segments::list(&dir)?;
        // Segments before the first were archived (retention); the last
        // checkpoint must cover them, verification checks the rest.
        let mut seq = segs.first().map_or(0, |(first, _)| *first);
        if seq > 0 && cfg.signing.is_none() {
            return Err(Error::Corrupt {
                seq: 0,
                reason: format!("records before {seq} are missing and the log is not signed: nothing proves they were archived"),
            });
        }
        if seq > start {
            return Err(Error::Corrupt { seq: start, reason: format!("records {start}..{seq} are missing (segments deleted)") });
        }
        let mut torn = None;
        let mut line = Vec::with_capacity(1024);
        let last_index = segs.len().saturating_sub(1);
        for (i, (first, path)) in segs.iter().enumerate() {
            if *first != seq {
                return Err(Error::Corrupt { seq, reason: format!("segment {} starts at {first}", path.display()) });
            }
            let file = segments::open_read(path).map_err(|e| io("open segment", e))?;
            let len = file.metadata().map_err(|e| io("stat segment", e))?.len();
            let mut reader = BufReader::new(file);
            let mut offset = 0u64;
            loop {
                line.clear();
                let n = reader.read_until(b'\n', &mut line).map_err(|e| io("read segment", e))? as u64;
                if n == 0 {
                    break;
                }
                let is_last = i == last_index && offset + n == len;
                let outcome = match line.strip_suffix(b"\n") {
                    None => Err("torn record (no newline)".to_string()),
                    // Covered by the checkpoint, which carries their frontier.
                    Some(_) if seq + 1 < start => Ok(None),
                    Some(content) if seq + 1 == start => {
                        // The record the checkpoint ends at: its hash must be the checkpoint's head.
                        let h = serde_json::from_slice::<Value>(content)
                            .ok()
                            .and_then(|v| v.get("hash").and_then(Value::as_str).and_then(parse_hex32));
                        if h == Some(expected_head) { Ok(None) } else { Err("record does not match the last checkpoint".to_string()) }
                    }
                    Some(content) => check_line(provider, content, seq, &prev, resolver).map(|c| Some(c.hash)),
                };
                match outcome {
                    Ok(hash) => {
                        if let Some(h) = hash {
                            prev = h;
                            frontier.push(provider, leaf_hash32(provider, &h));
                        }
                        seq += 1;
                        offset += n;
                    }
                    Err(reason) if is_last && seq >= start => {
                        // A partial or broken final line: move it aside and truncate.
                        let torn_path = path.with_extension("jsonl.torn");
                        let mut t = segments::open_append(&torn_path).map_err(|e| io("torn file", e))?;
                        t.write_all(&line).map_err(|e| io("torn file", e))?;
                        t.sync_all().map_err(|e| io("fsync torn file", e))?;
                        let f = segments::open_with(OpenOptions::new().write(true), path).map_err(|e| io("open segment", e))?;
                        f.set_len(offset).map_err(|e| io("truncate segment", e))?;
                        f.sync_all().map_err(|e| io("fsync segment", e))?;
                        let _ = reason;
                        torn = Some((torn_path, n));
                        break;
                    }
                    Err(reason) => return Err(Error::Corrupt { seq, reason }),
                }
            }
        }
        if seq < start {
            return Err(Error::Corrupt { seq, reason: format!("checkpoint covers {start} records but the log has {seq} (truncated)") });
        }
        // Before anything is created or signed: a log that fails is left as it is.
        let (verified, summary) = Self::verify_on_open(&cfg, seq, checkpoints.is_empty())?;
        let header = checkpoints.first().filter(|cp| cp.tree_size == 0).and_then(|cp| cp.cadence);
        if let Some(s) = summary {
            // The writer resumes from what it read above; the verifier read
            // the files again. Both reads must be the same log, or an insider
            // who swaps files between them (or plants FIFOs that answer each
            // reader differently) gets the writer to sign over a log nobody
            // verified.
            let same = s.records == seq
                && s.head_hash == hex32(&prev)
                && s.root == hex32(&frontier.root(provider))
                && s.checkpoints == checkpoints.len()
                && s.cadence == header;
            if !same {
                return Err(Error::Corrupt {
                    seq,
                    reason: format!(
                        "the log changed while it was opened: recovery read {seq} records, verification {} (files replaced during start)",
                        s.records
                    ),
                });
            }
        }
        // Open the last segment for appending, or start the first.
        let (file, seg_bytes) = match segs.last() {
            Some((_, path)) => {
                let mut f = segments::open_with(OpenOptions::new().append(true), path).map_err(|e| io("open segment", e))?;
                let len = f.seek(SeekFrom::End(0)).map_err(|e| io("seek segment", e))?;
                (f, len)
            }
            None => {
                let f = segments::create_segment(&dir.join(segments::segment_name(0))).map_err(|e| io("create segment", e))?;
                sync_dir(&dir)?;
                (f, 0)
            }
        };
        let mut cfg = cfg;
        if let Some(h) = header {
            // The header is the promise verifiers hold the log to: never
            // checkpoint less often, whatever the configuration says now.
            cfg.checkpoint_every = cfg.checkpoint_every.min(h.records.max(1));
            cfg.checkpoint_interval = cfg.checkpoint_interval.min(Duration::from_millis(h.interval_ms));
        }
        let last_checkpoint_ms = checkpoints.last().map_or_else(|| cfg.clock.now_millis(), |cp| cp.time);
        let unsigned_tail = seq - start;
        let new_log = checkpoints.is_empty() && seq == 0;
        // Verified above: every checkpoint names the header's log.
        let log_id = match checkpoints.first() {
            Some(h) => h.log.clone(),
            None => Checkpoint::new_log_id(provider)?,
        };
        let mut writer = Writer {
            log_id,
            mac_kid_json: cfg.mac_key.as_ref().map(|k| canonical_str(&k.kid)).transpose()?,
            cfg,
            file: Arc::new(file),
            pending: Vec::new(),
            seg_bytes,
            seg_first: segs.last().map_or(0, |(first, _)| *first),
            last_checkpoint_kid: checkpoints.last().map(|cp| cp.kid.clone()).unwrap_or_default(),
            next_seq: seq,
            prev,
            frontier,
            since_checkpoint: unsigned_tail,
            last_checkpoint_ms,
            failed: None,
            closed: false,
        };
        if new_log {
            writer.write_header()?;
        } else if unsigned_tail > 0 {
            // A crash left records no checkpoint covers (they verified):
            // cover them now, so the tail never grows past the cadence.
            writer.checkpoint()?;
        }
        let recovery = Recovery { records: seq, verified_from: start, torn, verified, unsigned_tail };
        Ok((writer, recovery))
    }

    /// With a signing key or a witness, verifies the whole log before the
    /// writer resumes on it (and signs over it): the chain, the MACs when
    /// keyed, every checkpoint and the signed header's cadence, the
    /// witness. Returns whether it verified anything, and what it found
    /// when the log was not new.
    fn verify_on_open(cfg: &AuditConfig, records: u64, no_checkpoints: bool) -> Result<(bool, Option<Summary>), Error> {
        if cfg.signing.is_none() && cfg.witness.is_none() {
            return Ok((false, None));
        }
        let witness = match &cfg.witness {
            Some(path) if path.exists() => Some(witness::read_witness(path)?),
            Some(path) if records > 0 => {
                return Err(Error::Corrupt {
                    seq: records,
                    reason: format!(
                        "the witness {} is missing but the log has {records} records (restore it, or see docs/operations.md)",
                        path.display()
                    ),
                });
            }
            _ => None,
        };
        if records == 0 && no_checkpoints && witness.as_ref().is_none_or(|w| w.tree_size == 0) {
            // A new log: its header is written next.
            return Ok((true, None));
        }
        let mac = cfg.mac_key.clone();
        let macs = move |kid: &str| mac.clone().filter(|m| m.kid == kid);
        let keys = |kid: &str| cfg.signing.as_ref()?.find(kid).map(|k| k.signer.public_key().clone());
        let retired = |kid: &str| cfg.signing.as_ref()?.find(kid)?.retired_at;
        let opts = VerifyOptions {
            mac_keys: cfg.mac_key.is_some().then_some(&macs as &dyn Fn(&str) -> Option<MacKey>),
            checkpoint_keys: cfg.signing.is_some().then_some(&keys as &dyn Fn(&str) -> Option<aigos_crypto::PublicKey>),
            retired_checkpoint_keys: Some(&retired),
            progress: None,
            witness: witness.as_ref(),
            // The configured cadence binds too: a header put back from
            // another log cannot lengthen the tail this writer accepts.
            cadence: Some(cfg.cadence()),
        };
        let summary = verify_log(cfg.provider, &cfg.dir, &opts).map_err(|t| Error::Corrupt { seq: t.seq, reason: t.reason })?;
        Ok((true, Some(summary)))
    }

    /// Hands on the line at `buf[start..]` (the lines before it are
    /// pending): with batch durability it stays pending for the next group
    /// write, otherwise it is written now. A full segment is closed first.
    fn place(&mut self, mut buf: Vec<u8>, start: usize) -> Result<(), Error> {
        let len = (buf.len() - start) as u64;
        self.seg_bytes += len;
        if self.cfg.durability == Durability::Batch {
            self.pending = buf;
            return Ok(());
        }
        // Unbatched: nothing else is ever pending.
        let written = (&*self.file).write_all(&buf).map_err(|e| io("write segment", e));
        buf.clear();
        self.pending = buf;
        written
    }

    /// Appends the record's line to `line` and orders it into the chain,
    /// hashing and MACing the body in place. On error nothing is ordered
    /// (the caller cuts `line` back to where it was).
    fn prepare(&mut self, entry: Prepared, ts: u64, line: &mut Vec<u8>) -> Result<u64, Error> {
        let seq = self.next_seq;
        line.reserve(entry.len_hint() + 400);
        line.extend_from_slice(PREFIX);
        let body_start = line.len();
        // Members in RFC 8785 order (actor, data, kind, mac_kid, seq, ts, v),
        // each value already canonical: the concatenation is canonical.
        line.extend_from_slice(b"{\"actor\":");
        line.extend_from_slice(entry.actor.as_bytes());
        line.extend_from_slice(b",\"data\":");
        match entry.data {
            Data::Canonical(canonical) => line.extend_from_slice(&canonical),
            Data::Members(members) => {
                line.push(b'{');
                for (i, member) in members.into_iter().enumerate() {
                    if i > 0 {
                        line.push(b',');
                    }
                    match member {
                        Member::Plain { name_json, value } => {
                            line.extend_from_slice(name_json.as_bytes());
                            line.push(b':');
                            line.extend_from_slice(&value);
                        }
                        Member::Seal { name_json, name, plaintext } => {
                            let cipher = self.cfg.cipher.as_ref().ok_or_else(|| Error::Crypto("no cipher to seal with".into()))?;
                            line.extend_from_slice(name_json.as_bytes());
                            line.push(b':');
                            line.extend_from_slice(cipher.seal_canonical(&name, &plaintext, seq)?.as_bytes());
                        }
                    }
                }
                line.push(b'}');
            }
        }
        line.extend_from_slice(b",\"kind\":");
        line.extend_from_slice(entry.kind.as_bytes());
        if let Some(kid) = &self.mac_kid_json {
            line.extend_from_slice(b",\"mac_kid\":");
            line.extend_from_slice(kid.as_bytes());
        }
        // Integers are written the same by JSON and RFC 8785.
        let _ = write!(line, ",\"seq\":{seq},\"ts\":{ts},\"v\":{VERSION}}}");
        let hash = finish_line(self.cfg.provider, &self.prev, line, body_start, self.cfg.mac_key.as_ref());
        self.prev = hash;
        self.frontier.push(self.cfg.provider, leaf_hash32(self.cfg.provider, &hash));
        self.next_seq += 1;
        self.since_checkpoint += 1;
        Ok(seq)
    }

    /// Hands the pending lines to the OS, in order (always under the lock).
    fn flush_pending(&mut self) -> Result<(), Error> {
        if !self.pending.is_empty() {
            let r = (&*self.file).write_all(&self.pending).map_err(|e| io("write segment", e));
            self.pending.clear();
            r?;
        }
        Ok(())
    }

    /// Writes a checkpoint when enough records or time have passed.
    /// `now` is the time of the record about to be written (one clock read).
    fn maybe_checkpoint(&mut self, now: u64) -> Result<(), Error> {
        let due = self.since_checkpoint >= self.cfg.checkpoint_every
            || (self.since_checkpoint > 0
                && now.saturating_sub(self.last_checkpoint_ms)
                    >= u64::try_from(self.cfg.checkpoint_interval.as_millis()).unwrap_or(u64::MAX));
        if due { self.checkpoint() } else { Ok(()) }
    }

    /// Starts the next segment when the current one is full (before the
    /// record about to be written), with a checkpoint at the boundary
    /// first: every segment then starts at a signed tree size, so retention
    /// can archive whole segments and verification resume from there.
    fn maybe_roll(&mut self) -> Result<(), Error> {
        if self.seg_bytes == 0 || self.seg_bytes < self.cfg.segment_max_bytes {
            return Ok(());
        }
        if self.since_checkpoint > 0 {
            self.checkpoint()?;
        }
        self.rotate(self.next_seq)
    }

    fn rotate(&mut self, first_seq: u64) -> Result<(), Error> {
        self.flush_pending()?;
        self.file.sync_all().map_err(|e| io("fsync segment", e))?;
        self.file =
            Arc::new(segments::create_segment(&self.cfg.dir.join(segments::segment_name(first_seq))).map_err(|e| io("create segment", e))?);
        self.seg_bytes = 0;
        self.seg_first = first_seq;
        sync_dir(&self.cfg.dir)
    }

    /// Writes the header of a new log: the checkpoint of the empty tree,
    /// stating the cadence.
    fn write_header(&mut self) -> Result<(), Error> {
        let now = self.checkpoint_time();
        let cp = Checkpoint::header(self.cfg.provider, &self.log_id, now, self.cfg.cadence(), self.cfg.signer_at(now))?;
        self.append_checkpoint(&cp, now)
    }

    /// The time of a checkpoint made now: never before the last one (a
    /// clock stepped back does not make the chain of checkpoints go back,
    /// which verifiers refuse).
    fn checkpoint_time(&self) -> u64 {
        let now = self.cfg.clock.now_millis();
        let kid = self.cfg.signer_at(now).map(|s| s.kid().to_string()).unwrap_or_default();
        // Across a change of key only: verifiers refuse a key change that
        // goes back in time (a retired key's backdated checkpoint).
        if kid != self.last_checkpoint_kid { now.max(self.last_checkpoint_ms) } else { now }
    }

    fn checkpoint(&mut self) -> Result<(), Error> {
        let now = self.checkpoint_time();
        let cp = Checkpoint::make(self.cfg.provider, &self.log_id, &self.frontier, &self.prev, now, self.cfg.signer_at(now))?;
        self.append_checkpoint(&cp, now)
    }

    /// Appends `cp` to the checkpoints (after the records it covers are
    /// synced), then copies it to the witness.
    fn append_checkpoint(&mut self, cp: &Checkpoint, now: u64) -> Result<(), Error> {
        let mut line = serde_json::to_string(cp).map_err(|e| Error::Format(e.to_string()))?;
        line.push('\n');
        let path = segments::checkpoints(&self.cfg.dir);
        let created = !path.exists();
        let mut f = segments::open_append(&path).map_err(|e| io("open checkpoints", e))?;
        // Checkpoints must never get ahead of the records they cover.
        self.flush_pending()?;
        self.file.sync_data().map_err(|e| io("fsync segment", e))?;
        f.write_all(line.as_bytes()).map_err(|e| io("write checkpoint", e))?;
        if self.cfg.durability != Durability::None {
            f.sync_data().map_err(|e| io("fsync checkpoints", e))?;
        }
        if created {
            sync_dir(&self.cfg.dir)?;
        }
        if let Some(w) = &self.cfg.witness {
            // Only after the checkpoint is durable: the witness is never
            // ahead of the log.
            witness::write_witness(w, line.as_bytes(), self.cfg.durability != Durability::None)?;
        }
        self.since_checkpoint = 0;
        self.last_checkpoint_ms = now;
        self.last_checkpoint_kid.clone_from(&cp.kid);
        Ok(())
    }
}
