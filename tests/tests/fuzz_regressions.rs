//! Fuzz findings stay fixed: every file under `fuzz/regressions/<target>/`
//! (inputs that once crashed a target) and `fuzz/seeds/<target>/` (the seed
//! corpora) goes through the same target body the fuzzer runs
//! (`fuzz/src/harness.rs`, included below), on stable Rust, in every
//! `cargo test`. A target body panics when aigos panics on the input or
//! breaks an invariant the target checks; see docs/fuzzing.md.
//!
//! `cargo test -p aigos-tests --test fuzz_regressions -- --ignored write_seeds`
//! regenerates the seeds that are made with the fixed keys (tokens, kill
//! commands, audit logs, request lines).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

#[path = "../../fuzz/src/harness.rs"]
#[allow(dead_code, unreachable_pub, reason = "the fuzz crate's library, included as a module: public for the fuzz targets")]
mod harness;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use aigos::audit::AuditLog;
use aigos::core::ManualClock;
use aigos::identity::{TokenIssuer, TokenRequest};
use aigos::runtime::{CommandSpec, CommandType, KillCommand, Target, TargetType};
use harness::{AGENT, AUDIENCE, NOW, TARGETS};
use serde_json::json;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    out.sort();
    out
}

/// Runs every file of `kind/<target>/` through its target; the failures.
fn replay(kind: &str) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, body) in TARGETS {
        for file in files(&fuzz_dir().join(kind).join(name)) {
            let bytes = std::fs::read(&file).unwrap();
            count += 1;
            if let Err(panic) = std::panic::catch_unwind(|| body(&bytes)) {
                let why = panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()));
                failures.push(format!("{}: {}", file.display(), why.unwrap_or_default()));
            }
        }
    }
    (count, failures)
}

#[test]
fn every_fuzz_regression_input_is_handled() {
    let (count, failures) = replay("regressions");
    assert!(failures.is_empty(), "{} of {count} regression inputs fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_seed_input_is_handled() {
    let (count, failures) = replay("seeds");
    assert!(count > 0, "no seeds found under {}", fuzz_dir().join("seeds").display());
    assert!(failures.is_empty(), "{} of {count} seeds fail:\n{}", failures.len(), failures.join("\n"));
}

/// Every fuzz target has a `fuzz_targets/` file, and every such file is a target here.
#[test]
fn the_target_list_matches_the_fuzz_crate() {
    let mut on_disk: Vec<String> =
        files(&fuzz_dir().join("fuzz_targets")).iter().filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_owned)).collect();
    on_disk.sort();
    let mut listed: Vec<String> = TARGETS.iter().map(|(n, _)| (*n).to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

/// The harness's positive oracles hold on their own: a well-formed token
/// verifies, a current command addressed to us is applied, a written log
/// verifies (a target that panics by itself would report nothing real).
#[test]
fn harness_positive_controls() {
    let request = harness::fixed_request();
    let key = harness::keys()[0].clone();
    let issuer = TokenIssuer::new(key).clock(Arc::new(ManualClock::at_secs(NOW.unsigned_abs())));
    let token = issuer.issue(&TokenRequest { sub: AGENT.into(), aud: vec![AUDIENCE.into()], ..TokenRequest::default() }).unwrap();
    harness::token_raw(token.as_bytes());
    let line = line_with_token(&request, &token);
    harness::request_line(line.as_bytes());
    for data in [&[0u8; 64][..], &[1; 64], &[2; 64], &[3; 64], &[0xff; 64]] {
        harness::token_signed(data);
        harness::kill_signed(data);
        harness::audit_chain(data);
    }
}

fn line_with_token(request: &aigos::core::ActionRequest, token: &str) -> String {
    let mut v = serde_json::to_value(request).unwrap();
    v["token"] = json!(token);
    v.to_string()
}

fn put(target: &str, name: &str, bytes: &[u8]) {
    let dir = fuzz_dir().join("seeds").join(target);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// Writes the seeds that need the harness's fixed keys and clock.
#[test]
#[ignore = "writes fuzz/seeds/; run by hand after changing the harness's fixtures"]
fn write_seeds() {
    let clock = Arc::new(ManualClock::at_secs(NOW.unsigned_abs()));
    let request = harness::fixed_request();
    let provider = aigos::crypto::default_provider();
    for (i, key) in harness::keys().iter().enumerate() {
        let issuer = TokenIssuer::new(key.clone()).clock(clock.clone());
        let ahash = aigos::identity::action_hash(provider, &request).unwrap();
        let plain = issuer.issue(&TokenRequest { sub: AGENT.into(), aud: vec![AUDIENCE.into()], ..TokenRequest::default() }).unwrap();
        let bound = issuer
            .issue(&TokenRequest {
                sub: AGENT.into(),
                aud: vec![AUDIENCE.into(), "x".into()],
                ahash: Some(ahash),
                ..TokenRequest::default()
            })
            .unwrap();
        put("token_raw", &format!("plain-{i}"), plain.as_bytes());
        put("token_raw", &format!("bound-{i}"), bound.as_bytes());
        put("request_line", &format!("bound-{i}"), line_with_token(&request, &bound).as_bytes());
        // Header variants the verifier must refuse, signed so only the header decides.
        for (j, header) in [
            json!({"alg": "none", "typ": "AIGOS-GOV+jwt", "kid": key.kid().as_str()}),
            json!({"alg": key.algorithm().jose_name(), "alg": "HS256", "typ": "AIGOS-GOV+jwt", "kid": key.kid().as_str()}),
            json!({"alg": key.algorithm().jose_name(), "typ": "AIGOS-GOV+jwt", "kid": key.kid().as_str(), "jwk": {}}),
            json!({"alg": "RS256", "typ": "JWT", "kid": key.kid().as_str()}),
        ]
        .iter()
        .enumerate()
        {
            let payload = plain.split('.').nth(1).unwrap();
            let payload = aigos::crypto::base64url::decode(payload).unwrap();
            let t = harness::compact(key, header.to_string().as_bytes(), &payload);
            put("token_raw", &format!("header-{i}-{j}"), t.as_bytes());
        }
        // Kill commands signed by the fixed keys, current at NOW.
        let cmd = |kind, target_kind, ids: &[&str], seq| {
            KillCommand::issue(
                key,
                CommandSpec {
                    kind,
                    target: Target { kind: target_kind, ids: ids.iter().map(|s| (*s).to_owned()).collect() },
                    reason: "fuzz seed".into(),
                    issued_by: "ops@example.invalid".into(),
                    sequence: seq,
                    now: NOW - 10,
                    ttl: std::time::Duration::from_secs(300),
                },
            )
            .unwrap()
        };
        let cmds = vec![
            cmd(CommandType::Pause, TargetType::Instance, &["i-1"], 1),
            cmd(CommandType::Resume, TargetType::Asset, &[AGENT], 2),
            cmd(CommandType::Terminate, TargetType::Lineage, &["i-0"], 3),
            cmd(CommandType::Pause, TargetType::All, &[], 4),
        ];
        put("kill_raw", &format!("single-{i}.json"), serde_json::to_string(&cmds[0]).unwrap().as_bytes());
        put("kill_raw", &format!("array-{i}.json"), serde_json::to_string_pretty(&cmds).unwrap().as_bytes());
        let yaml: String = cmds
            .iter()
            .map(|c| {
                let v = serde_json::to_value(c).unwrap();
                let mut s = String::from("- ");
                for (n, (k, val)) in v.as_object().unwrap().iter().enumerate() {
                    if n > 0 {
                        s.push_str("  ");
                    }
                    s.push_str(&format!("{k}: {val}\n"));
                }
                s
            })
            .collect();
        put("kill_raw", &format!("list-{i}.yaml"), yaml.as_bytes());
    }
    // Approvals beside the token.
    let mut v = serde_json::to_value(&request).unwrap();
    v["token"] = json!("e30.e30.e30");
    v["approvals"] = json!([{"type": "totp", "approver": "operator", "code": "123456"}]);
    put("request_line", "approvals-totp", v.to_string().as_bytes());
    // The fixed keys as a JWKS.
    let jwks = aigos::crypto::Jwks { keys: harness::keys().iter().map(|k| k.public_jwk()).collect() };
    put("jwks", "fixed-keys.json", serde_json::to_string(&jwks).unwrap().as_bytes());
    // Audit logs written with the fixed MAC and checkpoint keys: segment, 0xFE, checkpoints.
    for (name, records, every) in [("one", 1u8, 1u64), ("five", 5, 2)] {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let witness = outside.path().join("witness.json");
        let cfg = harness::audit_config(dir.path(), &witness).checkpoints(every, std::time::Duration::from_secs(3600));
        let (log, _) = AuditLog::open(cfg).unwrap();
        for n in 0..records {
            log.append_blocking("validation", AGENT, json!({"n": n, "status": "APPROVED", "x": 1.5, "s": "\u{e9}\u{1f600}"})).unwrap();
        }
        log.close_blocking().unwrap();
        let mut bytes = std::fs::read(dir.path().join("00000000000000000000.jsonl")).unwrap();
        for part in [dir.path().join("checkpoints.jsonl"), witness] {
            bytes.push(0xFE);
            bytes.extend(std::fs::read(part).unwrap());
        }
        put("audit_raw", name, &bytes);
    }
}

/// kill_signed found it: RFC 8785 writes a u64 as an IEEE double, so a kill
/// command with sequence 2^53 + 1 had the signed bytes of 2^53 and a
/// sequence changed by one kept its signature. Such sequences are refused
/// now, on issue and on verification; a policy bundle's version likewise.
#[test]
fn integers_beyond_2_53_are_not_signed() {
    use aigos::runtime::{KillError, KillVerifier};
    let key = &harness::keys()[0];
    let spec = |sequence| CommandSpec {
        kind: CommandType::Pause,
        target: Target { kind: TargetType::All, ids: Vec::new() },
        reason: "r".into(),
        issued_by: "ops".into(),
        sequence,
        now: NOW,
        ttl: std::time::Duration::from_secs(300),
    };
    assert!(matches!(KillCommand::issue(key, spec((1 << 53) + 1)), Err(KillError::Malformed(_))));
    // Positive control, then the attack: a signed command with its sequence moved past 2^53.
    let mut cmd = KillCommand::issue(key, spec((1 << 53) - 1)).unwrap();
    let keys: std::collections::HashMap<_, _> = [(key.kid().as_str().to_owned(), key.verifying_key().unwrap())].into_iter().collect();
    let clock = Arc::new(ManualClock::at_secs(NOW.unsigned_abs()));
    assert!(KillVerifier::new(keys.clone(), clock.clone()).check(&cmd).is_ok());
    cmd.sequence = 1 << 53;
    assert!(matches!(KillVerifier::new(keys, clock).check(&cmd), Err(KillError::Malformed(_))));

    let doc = aigos::policy::PolicyDocument::from_toml("").unwrap();
    assert!(aigos::policy::PolicyBundle::sign(doc.clone(), (1 << 53) - 1, NOW, false, key).is_ok());
    assert!(aigos::policy::PolicyBundle::sign(doc, (1 << 53) + 1, NOW, false, key).is_err());
}
