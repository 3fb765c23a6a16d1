//! Insiders against the Guard's audit log, through a restart: the Guard
//! must refuse to start on a log that fails its checks (naming the seq)
//! instead of resuming on it and signing a checkpoint over it. Each attack
//! has its honest control: a restart on an untouched log resumes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs, reason = "tests")]

use std::path::{Path, PathBuf};

use aigos_core::Status;
use aigos_tests::{World, rt};

/// A world whose `aigos.toml` names a witness outside the setup (standing
/// for another volume) and has `extra` lines in `[audit]`, on a fresh log.
struct Witnessed {
    w: World,
    witness: PathBuf,
    _volume: tempfile::TempDir,
}

async fn witnessed(extra: &str) -> Witnessed {
    let World { dir, clock, provider, guard, agent_key, authority } = World::new();
    guard.shutdown().await.unwrap();
    // A new log, so that its header states this configuration's cadence.
    std::fs::remove_dir_all(dir.path().join("audit")).unwrap();
    let volume = tempfile::tempdir().unwrap();
    let witness = volume.path().join("audit.witness.json");
    let toml = dir.path().join("aigos.toml");
    // `init` may name a witness of its own: this one replaces it.
    let text: String =
        std::fs::read_to_string(&toml).unwrap().lines().filter(|l| !l.starts_with("witness = ")).map(|l| format!("{l}\n")).collect();
    let anchor = "checkpoint_kid = \"audit-checkpoint-1\"\n";
    assert!(text.contains(anchor), "{text}");
    std::fs::write(&toml, text.replacen(anchor, &format!("{anchor}witness = {:?}\n{extra}", witness.to_str().unwrap()), 1)).unwrap();
    let guard = World::rebuild(dir.path(), &clock).unwrap();
    Witnessed { w: World { dir, clock, provider, guard, agent_key, authority }, witness, _volume: volume }
}

impl Witnessed {
    /// One approved validation and one rejected (a token that is not one).
    async fn traffic(&self) {
        let r = self.w.request("config.update");
        assert_eq!(self.w.validate(&r).await.status, Status::Approved);
        assert_eq!(self.w.guard.validate(&r, "not.a.token").await.status, Status::Rejected);
    }

    async fn restarted(self) -> Self {
        Witnessed { w: self.w.restarted().await, ..self }
    }

    /// Shuts the Guard down and gives back what stays on disk.
    async fn stopped(self) -> Stopped {
        let Witnessed { w, witness, _volume } = self;
        let World { dir, clock, guard, .. } = w;
        guard.shutdown().await.unwrap();
        Stopped { dir, clock, witness, _volume }
    }
}

struct Stopped {
    dir: tempfile::TempDir,
    clock: aigos_core::ManualClock,
    witness: PathBuf,
    _volume: tempfile::TempDir,
}

impl Stopped {
    fn audit(&self) -> PathBuf {
        self.dir.path().join("audit")
    }

    fn segment(&self) -> PathBuf {
        self.audit().join(format!("{:020}.jsonl", 0))
    }

    fn checkpoints(&self) -> PathBuf {
        self.audit().join("checkpoints.jsonl")
    }

    /// Starting the Guard must fail, naming `needle`; nothing is signed.
    fn assert_refused(&self, needle: &str) {
        let before = std::fs::read(self.checkpoints()).ok();
        let witness = std::fs::read(&self.witness).ok();
        let err = match World::rebuild(self.dir.path(), &self.clock) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("the Guard started on a log that fails its checks"),
        };
        assert!(err.contains("corrupt log at seq") && err.contains(needle), "{err}");
        assert_eq!(std::fs::read(self.checkpoints()).ok(), before, "no checkpoint signed over it");
        assert_eq!(std::fs::read(&self.witness).ok(), witness, "the witness is untouched");
    }

    fn tree_sizes(&self) -> Vec<u64> {
        lines(&self.checkpoints()).iter().map(|l| serde_json::from_str::<aigos_audit::Checkpoint>(l).unwrap().tree_size).collect()
    }

    /// The HMAC-key insider: REJECTED records become APPROVED, every hash,
    /// link and MAC recomputed.
    fn rewrite_rejected_as_approved(&self) {
        let provider = aigos_crypto::default_provider();
        let key = aigos_audit::MacKey::from_key_file(provider, &std::fs::read(self.dir.path().join("keys/audit.mac")).unwrap()).unwrap();
        let mut prev = [0u8; 32];
        let mut out = Vec::new();
        let mut changed = false;
        for line in lines(&self.segment()) {
            let body_end = line.find(",\"hash\":\"").unwrap();
            let body = &line["{\"body\":".len()..body_end];
            let forged = body.replace("\"status\":\"REJECTED\"", "\"status\":\"APPROVED\"");
            changed |= forged != body;
            let hash = aigos_audit::record_hash(provider, &prev, forged.as_bytes());
            let mac = provider.hmac_sha256(&key.key, &hash);
            let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
            out.push(format!("{{\"body\":{forged},\"hash\":\"{}\",\"mac\":\"{}\",\"prev\":\"{}\"}}", hex(&hash), hex(&mac), hex(&prev)));
            prev = hash;
        }
        assert!(changed, "there were rejected records to forge");
        write_lines(&self.segment(), &out);
    }
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path).map(|t| t.lines().map(str::to_owned).collect()).unwrap_or_default()
}

fn write_lines(path: &Path, lines: &[String]) {
    std::fs::write(path, lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
}

#[test]
fn a_restart_on_an_honest_log_resumes_and_a_crash_tail_is_signed() {
    rt().block_on(async {
        let w = witnessed("").await;
        w.traffic().await;
        let w = w.restarted().await;
        w.traffic().await;
        let o = w.w.validate(&w.w.request("config.update")).await;
        assert_eq!(o.audit_seq, Some(4), "the restarted Guard continues the log");
        let s = w.stopped().await;
        assert_eq!(s.tree_sizes(), [0, 2, 5]);
        // A crash before the last checkpoint: its records are an unsigned
        // tail within the cadence; the Guard resumes and signs them first.
        let mut cps = lines(&s.checkpoints());
        cps.pop();
        write_lines(&s.checkpoints(), &cps);
        let guard = World::rebuild(s.dir.path(), &s.clock).unwrap();
        guard.shutdown().await.unwrap();
        assert_eq!(*s.tree_sizes().last().unwrap(), 5);
    });
}

#[test]
fn an_hmac_rewrite_with_checkpoints_deleted_stops_the_guard() {
    rt().block_on(async {
        let w = witnessed("").await;
        w.traffic().await;
        w.traffic().await;
        let s = w.stopped().await;
        s.rewrite_rejected_as_approved();
        std::fs::remove_file(s.checkpoints()).unwrap();
        // The witness sees the rewrite (seq 3 is the last record it signed)...
        s.assert_refused("seq 3: the records are not the tree the witness signed");
        // ...and without the witness in the way, the missing signed header does.
        std::fs::remove_file(&s.witness).unwrap();
        let toml = s.dir.path().join("aigos.toml");
        let text: String =
            std::fs::read_to_string(&toml).unwrap().lines().filter(|l| !l.starts_with("witness = ")).map(|l| format!("{l}\n")).collect();
        std::fs::write(&toml, text).unwrap();
        s.assert_refused("seq 0: no signed log header");
        assert!(!s.checkpoints().exists(), "no new header laundering the forged log");
    });
}

#[test]
fn an_hmac_rewrite_keeping_the_header_exceeds_the_signed_cadence() {
    rt().block_on(async {
        let w = witnessed("checkpoint_every = 3\n").await;
        w.traffic().await;
        w.traffic().await;
        let s = w.stopped().await;
        assert_eq!(s.tree_sizes(), [0, 3, 4]);
        s.rewrite_rejected_as_approved();
        let header = lines(&s.checkpoints())[..1].to_vec();
        write_lines(&s.checkpoints(), &header);
        // Without the witness: 4 unsigned records, the signed header allows 3.
        std::fs::remove_file(&s.witness).unwrap();
        let toml = s.dir.path().join("aigos.toml");
        let text: String =
            std::fs::read_to_string(&toml).unwrap().lines().filter(|l| !l.starts_with("witness = ")).map(|l| format!("{l}\n")).collect();
        std::fs::write(&toml, text.replace("checkpoint_every = 3", "checkpoint_every = 1000")).unwrap();
        s.assert_refused("seq 3: 4 records after the last signed checkpoint (tree size 0) but the header allows 3");
    });
}

#[test]
fn keyless_truncation_of_records_and_checkpoints_stops_the_guard() {
    rt().block_on(async {
        let w = witnessed("").await;
        w.traffic().await;
        let w = w.restarted().await;
        w.traffic().await;
        let s = w.stopped().await;
        assert_eq!(s.tree_sizes(), [0, 2, 4]);
        let records = lines(&s.segment());
        write_lines(&s.segment(), &records[..2]);
        let cps = lines(&s.checkpoints());
        write_lines(&s.checkpoints(), &cps[..2]);
        s.assert_refused("seq 2: log ends at 2 records but the witness signed 4");
        // The untouched files start again (positive control).
        write_lines(&s.segment(), &records);
        write_lines(&s.checkpoints(), &cps);
        World::rebuild(s.dir.path(), &s.clock).unwrap().shutdown().await.unwrap();
    });
}

#[test]
fn a_deleted_witness_or_audit_directory_stops_the_guard() {
    rt().block_on(async {
        let w = witnessed("").await;
        w.traffic().await;
        let s = w.stopped().await;
        let kept = std::fs::read(&s.witness).unwrap();
        std::fs::remove_file(&s.witness).unwrap();
        s.assert_refused("is missing but the log has 2 records");
        std::fs::write(&s.witness, &kept).unwrap();
        // The whole directory gone: the witness still remembers 2 records.
        let saved = tempfile::tempdir().unwrap();
        std::fs::rename(s.audit(), saved.path().join("audit")).unwrap();
        s.assert_refused("seq 0: log ends at 0 records but the witness signed 2");
        std::fs::rename(saved.path().join("audit"), s.audit()).unwrap();
        World::rebuild(s.dir.path(), &s.clock).unwrap().shutdown().await.unwrap();
    });
}
