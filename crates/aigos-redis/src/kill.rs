//! The kill journal on a Redis Stream: every command a Guard applied and
//! every watchdog termination, kept (never trimmed) and delivered live.
//!
//! `PREFIX:kill` holds the entries (`XADD`; field `c` a signed command,
//! `r` a reaped instance, `o` the publishing Guard). `PREFIX:kill-epoch`
//! holds a random value written once: when it is gone or changed, the
//! server lost its data, and every reader reports
//! [`JournalEvent::Reset`] so each Guard publishes what it applied again.

use std::time::Duration;

use aigos_runtime::{JournalEntry, JournalEvent, JournalReader, KillBus, SourceError};
use redis::aio::MultiplexedConnection;

use crate::RedisConfig;
use crate::conn::{Conn, client};

const STORE: &str = "kill journal";
/// The follower's reads, apart: a read that succeeds says nothing of a publish that failed.
const FOLLOW: &str = "kill journal (follow)";
/// Entries read per call.
const PAGE: usize = 500;

/// Stream entries as read: values as bytes, so one entry that is not
/// UTF-8 (written by someone else) is skipped instead of failing the read
/// and stalling the cursor for ever.
type Entries = Vec<(String, Vec<(Vec<u8>, Vec<u8>)>)>;

fn err(reason: impl std::fmt::Display) -> SourceError {
    SourceError { channel: "redis".into(), reason: reason.to_string() }
}

/// The journal entry of one stream entry: `None` when it is of neither
/// kind (written by someone else: ignored, the Guard verifies anyway).
fn entry(fields: &[(Vec<u8>, Vec<u8>)]) -> Option<JournalEntry> {
    fields.iter().find_map(|(k, v)| {
        let v = String::from_utf8(v.clone()).ok()?;
        match k.as_slice() {
            b"c" => Some(JournalEntry::Command(v)),
            b"r" => Some(JournalEntry::Reaped(v)),
            _ => None,
        }
    })
}

/// A fleet's kill journal on one Redis deployment.
#[derive(Debug, Clone)]
pub struct RedisKillBus {
    conn: Conn,
    stream: String,
    epoch: String,
    config: RedisConfig,
}

impl RedisKillBus {
    pub(crate) fn new(conn: Conn, prefix: &str, config: &RedisConfig) -> Self {
        RedisKillBus { conn, stream: format!("{prefix}:kill"), epoch: format!("{prefix}:kill-epoch"), config: config.clone() }
    }

    /// The journal's epoch, created when absent.
    async fn epoch(&self) -> Result<String, SourceError> {
        let (key, fresh) = (self.epoch.clone(), uuid::Uuid::new_v4().to_string());
        let (value,): (String,) = self
            .conn
            .call(STORE, |mut c| async move {
                redis::pipe().cmd("SET").arg(&key).arg(fresh).arg("NX").ignore().cmd("GET").arg(&key).query_async(&mut c).await
            })
            .await
            .map_err(err)?;
        Ok(value)
    }
}

#[async_trait::async_trait]
impl KillBus for RedisKillBus {
    async fn publish(&self, entry: &JournalEntry) -> Result<(), SourceError> {
        let (field, value) = match entry {
            JournalEntry::Command(c) => ("c", c.clone()),
            JournalEntry::Reaped(r) => ("r", r.clone()),
            _ => return Err(err("an entry of an unknown kind")),
        };
        let stream = self.stream.clone();
        let _: String = self
            .conn
            .call(STORE, |mut c| async move { redis::cmd("XADD").arg(stream).arg("*").arg(field).arg(value).query_async(&mut c).await })
            .await
            .map_err(err)?;
        Ok(())
    }

    async fn read_all(&self) -> Result<(Vec<JournalEntry>, String), SourceError> {
        // The epoch first, handed to the follower in the cursor: a restart
        // between this read and the follower's first is a reset.
        let epoch = self.epoch().await?;
        let mut out = Vec::new();
        let mut cursor = "-".to_owned();
        loop {
            let (stream, start) = (self.stream.clone(), cursor.clone());
            let page: Entries = self
                .conn
                .call(STORE, |mut c| async move {
                    redis::cmd("XRANGE").arg(stream).arg(start).arg("+").arg("COUNT").arg(PAGE).query_async(&mut c).await
                })
                .await
                .map_err(err)?;
            let full = page.len() == PAGE;
            for (id, fields) in page {
                out.extend(entry(&fields));
                cursor = format!("({id}");
            }
            if !full {
                break;
            }
        }
        let last = cursor.strip_prefix('(').unwrap_or("0-0");
        Ok((out, format!("{epoch} {last}")))
    }

    fn follow(&self, cursor: String) -> Box<dyn JournalReader> {
        let (epoch, cursor) = match cursor.split_once(' ') {
            Some((epoch, id)) => (Some(epoch.to_owned()), id.to_owned()),
            None => (None, cursor),
        };
        Box::new(RedisJournalReader { bus: self.clone(), cursor, epoch, conn: None, pending: std::collections::VecDeque::new() })
    }
}

/// Follows the journal with `XREAD BLOCK` on a connection of its own (a
/// blocking read would hold up every call multiplexed with it).
pub struct RedisJournalReader {
    bus: RedisKillBus,
    cursor: String,
    epoch: Option<String>,
    conn: Option<MultiplexedConnection>,
    pending: std::collections::VecDeque<JournalEntry>,
}

impl std::fmt::Debug for RedisJournalReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisJournalReader").field("cursor", &self.cursor).finish_non_exhaustive()
    }
}

impl RedisJournalReader {
    async fn connection(&mut self) -> Result<MultiplexedConnection, SourceError> {
        if let Some(c) = &self.conn {
            return Ok(c.clone());
        }
        let cfg = &self.bus.config;
        let settings = redis::AsyncConnectionConfig::new()
            .set_connection_timeout(Some(cfg.connect_timeout))
            .set_response_timeout(Some(cfg.block + cfg.command_timeout + Duration::from_secs(1)));
        let c = client(cfg).map_err(err)?.get_multiplexed_async_connection_with_config(&settings).await.map_err(err)?;
        self.conn = Some(c.clone());
        Ok(c)
    }

    async fn read(&mut self) -> Result<Option<JournalEvent>, SourceError> {
        let epoch = self.bus.epoch().await?;
        match &self.epoch {
            Some(known) if *known != epoch => {
                self.epoch = Some(epoch);
                self.cursor = "0-0".into();
                self.pending.clear();
                // The server restarted: its old connection is gone too.
                self.conn = None;
                return Ok(Some(JournalEvent::Reset));
            }
            Some(_) => {}
            None => self.epoch = Some(epoch),
        }
        let mut c = self.connection().await?;
        let block = u64::try_from(self.bus.config.block.as_millis()).unwrap_or(5_000);
        let reply: Option<Vec<(String, Entries)>> = redis::cmd("XREAD")
            .arg("COUNT")
            .arg(PAGE)
            .arg("BLOCK")
            .arg(block)
            .arg("STREAMS")
            .arg(&self.bus.stream)
            .arg(&self.cursor)
            .query_async(&mut c)
            .await
            .map_err(|e| {
                self.conn = None;
                let message = crate::conn::classify(&e);
                self.bus.conn.health().record::<()>(FOLLOW, &Err(message.clone()));
                err(message.replace(crate::conn::CONNECTION, ""))
            })?;
        self.bus.conn.health().record(FOLLOW, &Ok::<(), String>(()));
        for (_, entries) in reply.unwrap_or_default() {
            for (id, fields) in entries {
                self.pending.extend(entry(&fields));
                self.cursor = id;
            }
        }
        Ok(self.pending.pop_front().map(JournalEvent::Entry))
    }
}

#[async_trait::async_trait]
impl JournalReader for RedisJournalReader {
    fn name(&self) -> String {
        "redis".into()
    }

    async fn next(&mut self) -> Result<JournalEvent, SourceError> {
        loop {
            if let Some(e) = self.pending.pop_front() {
                return Ok(JournalEvent::Entry(e));
            }
            if let Some(event) = self.read().await? {
                return Ok(event);
            }
        }
    }
}
