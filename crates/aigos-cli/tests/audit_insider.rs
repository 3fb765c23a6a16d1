//! Insiders against the audit log of an `aigos init` setup, through the
//! `aigos` binary: `aigos validate` writes the log, the insider edits the
//! files, `aigos audit verify` and a restarted `aigos validate` must refuse
//! it. Each attack has its honest control.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs, reason = "tests")]

mod common;
use common::{aigos, demo_token, run, stdout};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `aigos ARGS` under a umask of 000, so a file created without an explicit
/// mode would be world-writable (0666).
fn aigos_umask_000(args: &[&str], stdin: &str) -> Output {
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg("umask 000; exec \"$0\" \"$@\"").arg(env!("CARGO_BIN_EXE_aigos")).args(args);
    run(cmd, stdin)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// An `aigos init` setup whose `aigos.toml` gets `extra` lines in `[audit]`,
/// and a witness directory outside it (standing for another volume).
struct Setup {
    _root: tempfile::TempDir,
    dir: PathBuf,
    witness: PathBuf,
}

impl Setup {
    fn new(extra: &str) -> Self {
        Self::with(extra, aigos)
    }

    fn with(extra: &str, aigos: fn(&[&str], &str) -> Output) -> Self {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("setup");
        let witness = root.path().join("witness-volume/audit.witness.json");
        std::fs::create_dir_all(witness.parent().unwrap()).unwrap();
        let o = aigos(&["init", s(&dir)], "");
        assert!(o.status.success(), "{}", stderr(&o));
        let toml = dir.join("aigos.toml");
        // `init` may name a witness of its own: this one replaces it.
        let text: String =
            std::fs::read_to_string(&toml).unwrap().lines().filter(|l| !l.starts_with("witness = ")).map(|l| format!("{l}\n")).collect();
        let anchor = "checkpoint_kid = \"audit-checkpoint-1\"\n";
        assert!(text.contains(anchor), "{text}");
        let lines = format!("{anchor}witness = {:?}\n{extra}", s(&witness));
        std::fs::write(&toml, text.replacen(anchor, &lines, 1)).unwrap();
        Setup { _root: root, dir, witness }
    }

    fn log(&self) -> PathBuf {
        self.dir.join("audit")
    }

    fn segment(&self) -> PathBuf {
        self.log().join(format!("{:020}.jsonl", 0))
    }

    fn checkpoints(&self) -> PathBuf {
        self.log().join("checkpoints.jsonl")
    }

    /// `aigos validate` with one approved request (a fresh token) and one
    /// rejected (a token that is not one), `times` times over, each a run
    /// of the Guard (start, validate, shut down).
    fn validate(&self, times: usize) -> Output {
        let mut last = None;
        for _ in 0..times {
            let o = self.validate_once();
            assert!(o.status.code() == Some(1), "one approved, one rejected: {} {}", stdout(&o), stderr(&o));
            let outcomes: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
            assert_eq!(outcomes[0]["status"], "APPROVED", "{}", outcomes[0]);
            assert_eq!(outcomes[1]["status"], "REJECTED", "{}", outcomes[1]);
            last = Some(o);
        }
        last.unwrap()
    }

    fn validate_once(&self) -> Output {
        let request = serde_json::json!({
            "agent_id": "demo-agent", "instance_id": "demo-agent-1", "action": "config_change", "tool": "config.update",
            "resource": "svc/payments", "severity": "LOW", "environment": "staging", "payload": {"key": "log_level"},
            "timestamp": std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs(),
            "lineage": {"parent_instance_id": null, "root_instance_id": "demo-agent-1", "generation_depth": 0}
        });
        let req_path = self.dir.join("request.json");
        std::fs::write(&req_path, request.to_string()).unwrap();
        let mut good = request.clone();
        good["token"] = demo_token(&self.dir, &req_path).into();
        let mut bad = request;
        bad["token"] = "not.a.token".into();
        aigos(&["validate", "--config", s(&self.dir.join("aigos.toml"))], &format!("{good}\n{bad}\n"))
    }

    /// `aigos audit verify` with the setup's HMAC key and checkpoint JWKS,
    /// and the witness when `witnessed`.
    fn verify(&self, witnessed: bool) -> Output {
        let (log, mac, jwks) = (self.log(), self.dir.join("keys/audit.mac"), self.dir.join("keys/audit.jwks.json"));
        let mut args = vec!["audit", "verify", "--log", s(&log), "--hmac-key", s(&mac), "--jwks", s(&jwks)];
        if witnessed {
            args.extend(["--witness", s(&self.witness)]);
        }
        aigos(&args, "")
    }

    fn lines(path: &Path) -> Vec<String> {
        std::fs::read_to_string(path).map(|t| t.lines().map(str::to_owned).collect()).unwrap_or_default()
    }

    fn write_lines(path: &Path, lines: &[String]) {
        std::fs::write(path, lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
    }

    fn tree_sizes(&self) -> Vec<u64> {
        Self::lines(&self.checkpoints())
            .iter()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["tree_size"].as_u64().unwrap())
            .collect()
    }

    /// The HMAC-key insider: every REJECTED becomes APPROVED, and every
    /// hash, link and MAC is recomputed from the first record on.
    fn rewrite_rejected_as_approved(&self) {
        let provider = aigos_crypto::default_provider();
        let key = std::fs::read(self.dir.join("keys/audit.mac")).unwrap();
        let mut prev = [0u8; 32];
        let mut out = Vec::new();
        let mut changed = 0;
        for line in Self::lines(&self.segment()) {
            let body_end = line.find(",\"hash\":\"").unwrap();
            let body = &line["{\"body\":".len()..body_end];
            let forged = body.replace("\"status\":\"REJECTED\"", "\"status\":\"APPROVED\"");
            changed += usize::from(forged != body);
            let hash = aigos_audit::record_hash(provider, &prev, forged.as_bytes());
            let mac = provider.hmac_sha256(&key, &hash);
            let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
            out.push(format!("{{\"body\":{forged},\"hash\":\"{}\",\"mac\":\"{}\",\"prev\":\"{}\"}}", hex(&hash), hex(&mac), hex(&prev)));
            prev = hash;
        }
        assert!(changed > 0, "the log holds rejected records to forge");
        Self::write_lines(&self.segment(), &out);
    }
}

fn assert_fails(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(1), "{} {}", stdout(o), stderr(o));
    assert!(stdout(o).contains(needle), "{:?} not in {}", needle, stdout(o));
}

/// The Guard must refuse to start; the message names the seq.
fn assert_guard_refuses(setup: &Setup, needle: &str) {
    let before = std::fs::read(setup.checkpoints()).unwrap_or_default();
    let o = setup.validate_once();
    assert_eq!(o.status.code(), Some(2), "{} {}", stdout(&o), stderr(&o));
    assert!(stderr(&o).contains("corrupt log at seq") && stderr(&o).contains(needle), "{}", stderr(&o));
    assert!(stdout(&o).is_empty(), "nothing validated: {}", stdout(&o));
    assert_eq!(std::fs::read(setup.checkpoints()).unwrap_or_default(), before, "nothing signed over the forged log");
}

#[test]
fn an_untouched_log_with_its_witness_verifies_and_the_guard_resumes_on_it() {
    let setup = Setup::new("");
    setup.validate(2);
    let o = setup.verify(true);
    assert!(o.status.success(), "{} {}", stdout(&o), stderr(&o));
    let summary: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(
        (summary["records"].as_u64(), summary["witnessed"].as_u64(), summary["unsigned_tail"].as_u64()),
        (Some(4), Some(4), Some(0))
    );
    let old = setup.dir.join("witness-then.json");
    std::fs::copy(&setup.witness, &old).unwrap();
    // A restart on the honest log resumes and goes on.
    setup.validate(1);
    let o = setup.verify(true);
    assert!(o.status.success(), "{} {}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("\"records\":6"), "{}", stdout(&o));
    // A remote witness holding the older checkpoint checks the new one
    // with an RFC 9162 consistency proof, without the log.
    let jwks = setup.dir.join("keys/audit.jwks.json");
    let o = aigos(&["audit", "prove-consistency", "--log", s(&setup.log()), "--witness", s(&old)], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let proof = stdout(&o);
    let o = aigos(&["audit", "check-consistency", "--witness", s(&old), "--jwks", s(&jwks)], &proof);
    assert!(o.status.success(), "{} {}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("\"old_size\":4,\"tree_size\":6"), "{}", stdout(&o));
    let mut bent: serde_json::Value = serde_json::from_str(&proof).unwrap();
    bent["checkpoint"]["root"] =
        serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&old).unwrap()).unwrap()["root"].clone();
    let o = aigos(&["audit", "check-consistency", "--witness", s(&old)], &bent.to_string());
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let o = aigos(&["audit", "check-consistency", "--witness", s(&old), "--jwks", s(&jwks)], &bent.to_string());
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    // --witness needs --jwks, and a witness that is not one is a usage error.
    assert_eq!(aigos(&["audit", "verify", "--log", s(&setup.log()), "--witness", s(&setup.witness)], "").status.code(), Some(2));
    std::fs::write(setup.dir.join("junk.json"), "{}").unwrap();
    let jwks = setup.dir.join("keys/audit.jwks.json");
    let o = aigos(&["audit", "verify", "--log", s(&setup.log()), "--jwks", s(&jwks), "--witness", s(&setup.dir.join("junk.json"))], "");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn keyless_truncation_of_records_and_checkpoints_is_caught_by_the_witness() {
    let setup = Setup::new("");
    setup.validate(3);
    let sizes = setup.tree_sizes();
    assert_eq!(*sizes.last().unwrap(), 6, "{sizes:?}");
    // The insider cuts the last run: its records and the checkpoints that cover them.
    let keep = sizes.iter().rposition(|&n| n == 4).unwrap();
    let cps = Setup::lines(&setup.checkpoints());
    Setup::write_lines(&setup.checkpoints(), &cps[..=keep]);
    let records = Setup::lines(&setup.segment());
    Setup::write_lines(&setup.segment(), &records[..4]);
    // The keys alone cannot tell (the rest is consistent)...
    assert!(setup.verify(false).status.success());
    // ...the witness can.
    assert_fails(&setup.verify(true), "seq 4: log ends at 4 records but the witness signed 6");
    let o = aigos(&["audit", "prove-consistency", "--log", s(&setup.log()), "--witness", s(&setup.witness)], "");
    assert_eq!(o.status.code(), Some(1), "no proof that a truncated log extends the witness: {}", stdout(&o));
    assert_guard_refuses(&setup, "witness signed 6");
}

#[test]
fn hmac_insider_rewrite_with_checkpoints_deleted_is_refused_by_verify_and_the_guard() {
    let setup = Setup::new("");
    setup.validate(2);
    assert!(setup.verify(false).status.success(), "control");
    setup.rewrite_rejected_as_approved();
    std::fs::remove_file(setup.checkpoints()).unwrap();
    // Without --jwks the rewritten chain and MACs check (that is the attack).
    let mac = setup.dir.join("keys/audit.mac");
    assert!(aigos(&["audit", "verify", "--log", s(&setup.log()), "--hmac-key", s(&mac)], "").status.success());
    assert_fails(&setup.verify(false), "seq 0: no signed log header");
    assert_fails(&setup.verify(true), "seq 3: the records are not the tree the witness signed");
    assert_guard_refuses(&setup, "the witness signed");
    // Without a witness configured, the missing header alone stops it.
    let toml = setup.dir.join("aigos.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let text: String = text.lines().filter(|l| !l.starts_with("witness = ")).map(|l| format!("{l}\n")).collect();
    std::fs::write(&toml, text).unwrap();
    assert_guard_refuses(&setup, "seq 0: no signed log header");
    assert!(!setup.checkpoints().exists(), "the Guard did not launder the forged log with a new header");
}

#[test]
fn hmac_insider_rewrite_keeping_the_header_exceeds_the_signed_cadence() {
    let setup = Setup::new("checkpoint_every = 3\n");
    setup.validate(2);
    assert!(setup.verify(false).status.success(), "control");
    setup.rewrite_rejected_as_approved();
    let header = Setup::lines(&setup.checkpoints())[..1].to_vec();
    Setup::write_lines(&setup.checkpoints(), &header);
    // 4 records after the header; it allows 3 unsigned: caught without the witness.
    assert_fails(&setup.verify(false), "seq 3: 4 records after the last signed checkpoint (tree size 0) but the header allows 3");
    assert_fails(&setup.verify(true), "seq");
    assert_guard_refuses(&setup, "seq 3");
    // Raising the bound in aigos.toml does not help: the header is signed.
    let toml = setup.dir.join("aigos.toml");
    let text = std::fs::read_to_string(&toml).unwrap().replace("checkpoint_every = 3", "checkpoint_every = 100000");
    std::fs::write(&toml, text).unwrap();
    assert_guard_refuses(&setup, "seq 3");
}

#[test]
fn verify_holds_the_log_to_the_cadence_it_is_given() {
    // Default cadence (1,000 records): after a rewrite with the checkpoints
    // deleted, 4 records follow the header. Given the writer's cadence of 3
    // (`--checkpoint-every`), verify refuses what the header alone allows.
    let setup = Setup::new("");
    setup.validate(2);
    let (log, mac, jwks) = (setup.log(), setup.dir.join("keys/audit.mac"), setup.dir.join("keys/audit.jwks.json"));
    let with = |every: &str| {
        aigos(&["audit", "verify", "--log", s(&log), "--hmac-key", s(&mac), "--jwks", s(&jwks), "--checkpoint-every", every], "")
    };
    assert!(with("3").status.success(), "control: the untouched log is checkpointed on close");
    setup.rewrite_rejected_as_approved();
    let header = Setup::lines(&setup.checkpoints())[..1].to_vec();
    Setup::write_lines(&setup.checkpoints(), &header);
    assert!(setup.verify(false).status.success(), "the header's 1,000 records allow it");
    assert_fails(&with("3"), "but the verifier's cadence allows 3");
    assert!(with("4").status.success(), "4 unsigned records are within a cadence of 4");
    // The bound needs the checkpoint keys, and 0 is no cadence.
    assert_eq!(aigos(&["audit", "verify", "--log", s(&log), "--checkpoint-every", "3"], "").status.code(), Some(2));
    assert_eq!(with("0").status.code(), Some(2));
}

#[test]
fn the_witness_catches_an_hmac_rewrite_within_the_crash_allowance() {
    // Default cadence (1,000 records): 4 records after the header look like
    // a crash's unsigned tail to the keys; the witness signed them.
    let setup = Setup::new("");
    setup.validate(2);
    setup.rewrite_rejected_as_approved();
    let header = Setup::lines(&setup.checkpoints())[..1].to_vec();
    Setup::write_lines(&setup.checkpoints(), &header);
    assert!(setup.verify(false).status.success(), "within the cadence, the keys alone cannot tell");
    assert_fails(&setup.verify(true), "the records are not the tree the witness signed");
    assert_guard_refuses(&setup, "witness");
}

#[cfg(unix)]
#[test]
fn audit_files_are_owner_only_under_umask_000() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // Control: the umask really is 000 in the child (a file it creates without a mode is 0666).
    let probe = tempfile::tempdir().unwrap();
    let o = {
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg("umask 000; : > \"$0\"").arg(probe.path().join("probe"));
        run(cmd, "")
    };
    assert!(o.status.success());
    assert_eq!(mode(&probe.path().join("probe")), 0o666);

    // The Guard's log, written by `aigos validate`.
    let setup = Setup::with("", aigos_umask_000);
    let o = {
        let mut cmd = Command::new("sh");
        let toml = setup.dir.join("aigos.toml");
        cmd.arg("-c").arg("umask 000; exec \"$0\" validate --config \"$1\"").arg(env!("CARGO_BIN_EXE_aigos")).arg(s(&toml));
        run(cmd, "")
    };
    assert!(o.status.success(), "{}", stderr(&o));
    for f in [setup.segment(), setup.checkpoints(), setup.witness.clone()] {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }

    // `aigos audit append`, with a witness and a passphrase-derived key.
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log");
    let witness = dir.path().join("w.json");
    let o = {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg("umask 000; exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_aigos"))
            .args(["audit", "append", "--log", s(&log), "--witness", s(&witness), "--encrypt-fields", "p"])
            .args(["--enc-passphrase-env", "AIGOS_TEST_PASS"])
            .env("AIGOS_TEST_PASS", "correct horse");
        run(cmd, "{\"p\":1}\n")
    };
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(mode(&log), 0o700);
    for f in [log.join(format!("{:020}.jsonl", 0)), log.join("checkpoints.jsonl"), log.join("encryption.json"), witness] {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
}
