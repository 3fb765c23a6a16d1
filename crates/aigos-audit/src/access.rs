//! Reads of the log are recorded in the log. A reader (`aigos audit show`,
//! `prove`) cannot append itself: the log has one writer (the Guard) and
//! the keys are its own. So the reader first leaves an access request in
//! `DIR/access-requests/` (a file only it could create there), and the
//! writer appends an `audit_access` record for each request (who, which
//! command, which range; the reader's uid as the file system says, not as
//! the request claims) and removes it ([`AuditLog::ingest_access_requests`]).
//! A reader that cannot leave its request is refused the read.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{AuditLog, Error, segments};

/// The `kind` of the record of a read.
pub const ACCESS_KIND: &str = "audit_access";

/// The directory of pending access requests, inside the log directory.
const INBOX: &str = "access-requests";

/// Largest access request read (anything longer is recorded as malformed).
const MAX_REQUEST: u64 = 4096;

/// Requests recorded per pass at most (the rest wait for the next).
const MAX_PER_PASS: usize = 1000;

/// Leaves the request to record that this process reads records `from..=to`
/// of the log in `dir` with `command`: who (the user name in `USER` or
/// `LOGNAME`), the command, the range and the time. Call it before reading.
///
/// # Errors
/// [`Error::Io`] when the request cannot be written (then do not read).
pub fn request_access_record(dir: &Path, command: &str, from: u64, to: Option<u64>) -> Result<PathBuf, Error> {
    let inbox = dir.join(INBOX);
    segments::create_dir(&inbox).map_err(|e| Error::Io(format!("{}: {e}", inbox.display())))?;
    #[cfg(unix)]
    {
        // The writer must read the requests: the inbox belongs to the log's
        // owner (a reader running as root hands it over), and is a real directory.
        use std::os::unix::fs::MetadataExt;
        let owner = std::fs::metadata(dir).map_err(|e| Error::Io(format!("{}: {e}", dir.display())))?.uid();
        let meta = std::fs::symlink_metadata(&inbox).map_err(|e| Error::Io(format!("{}: {e}", inbox.display())))?;
        if !meta.is_dir() {
            return Err(Error::Io(format!("{} is not a directory", inbox.display())));
        }
        if meta.uid() != owner {
            std::os::unix::fs::chown(&inbox, Some(owner), None)
                .map_err(|e| Error::Io(format!("{} is not owned by the log's owner: {e}", inbox.display())))?;
        }
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis());
    let who = std::env::var("USER").or_else(|_| std::env::var("LOGNAME")).unwrap_or_default();
    let body = serde_json::json!({"who": who, "command": command, "from": from, "to": to, "requested_at_ms": now});
    let mut attempt = 0u32;
    loop {
        let path = inbox.join(format!("{now:020}-{}-{attempt}.json", std::process::id()));
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        // Nothing secret, and the writer (another user when the reader is root) reads it.
        std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o644);
        match o.open(&path) {
            Ok(mut f) => {
                f.write_all(body.to_string().as_bytes())
                    .and_then(|()| f.sync_all())
                    .map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(Error::Io(format!("{}: {e}", path.display()))),
        }
    }
}

impl AuditLog {
    /// Appends an `audit_access` record for each pending access request
    /// (oldest first) and removes it. The record's data: the request's
    /// `who`, `command`, `from`, `to`, `requested_at_ms` as the reader gave
    /// them, and `uid`, the owner of the request file (the reader's user,
    /// from the file system). A request that does not parse is recorded as
    /// `malformed` with its uid. Returns how many were recorded.
    ///
    /// # Errors
    /// [`Error::Io`] when the inbox cannot be read or a request removed;
    /// the append's errors.
    pub fn ingest_access_requests(&self) -> Result<usize, Error> {
        let inbox = {
            let w = self.shared.lock()?;
            w.cfg.dir_path().join(INBOX)
        };
        match std::fs::symlink_metadata(&inbox) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Err(Error::Io(format!("{} is not a directory (planted?): reads are not recorded", inbox.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(Error::Io(format!("{}: {e}", inbox.display()))),
        }
        let entries = std::fs::read_dir(&inbox).map_err(|e| Error::Io(format!("{}: {e}", inbox.display())))?;
        let mut paths: Vec<PathBuf> =
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json" || x == "claimed")).collect();
        paths.sort();
        paths.truncate(MAX_PER_PASS);
        let mut n = 0;
        for path in paths {
            // Claimed first: a request whose record is written is never
            // written again (a crash in between writes it once more, at most).
            let claimed = if path.extension().is_some_and(|x| x == "claimed") {
                path
            } else {
                let claimed = path.with_extension("json.claimed");
                if std::fs::rename(&path, &claimed).is_err() {
                    continue;
                }
                claimed
            };
            let Ok(meta) = std::fs::symlink_metadata(&claimed) else { continue };
            #[cfg(unix)]
            let uid = Some(std::os::unix::fs::MetadataExt::uid(&meta));
            #[cfg(not(unix))]
            let uid: Option<u32> = None;
            let mut text = String::new();
            let read = meta.is_file()
                && meta.len() <= MAX_REQUEST
                && segments::open_read(&claimed)
                    .is_ok_and(|f| std::io::Read::read_to_string(&mut std::io::Read::take(f, MAX_REQUEST), &mut text).is_ok());
            let request = read.then(|| serde_json::from_str::<serde_json::Value>(&text).ok()).flatten();
            let field = |name: &str| request.as_ref().map_or(serde_json::Value::Null, |r| r[name].clone());
            let data = serde_json::json!({
                "uid": uid,
                "claimed_who": field("who"),
                "command": field("command"),
                "from": field("from"),
                "to": field("to"),
                "requested_at_ms": field("requested_at_ms"),
                "malformed": request.is_none(),
            });
            // Who read: the request file's owner as the file system says;
            // the name the reader gave is only a claim.
            let actor = uid.map_or_else(|| "unknown".to_owned(), |u| format!("uid:{u}"));
            self.append_reserved(ACCESS_KIND, &actor, data)?;
            if let Err(e) = std::fs::remove_file(&claimed) {
                return Err(Error::Io(format!("{} recorded but not removed: {e}", claimed.display())));
            }
            n += 1;
        }
        Ok(n)
    }
}
