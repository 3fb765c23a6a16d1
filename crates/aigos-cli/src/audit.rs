//! `aigos audit append | verify | show | prove | check-proof`.

use std::io::{BufRead, IsTerminal, Read};
use std::path::{Path, PathBuf};

use aigos_audit::{
    AuditConfig, AuditLog, ConsistencyProof, Durability, FieldCipher, InclusionProof, KdfParams, MacKey, VerifyOptions, read_records,
    read_witness, verify_log,
};
use aigos_crypto::{Jwks, Provider, PublicKey};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::Failure;
use crate::keys::{read_jwks, read_key};

#[derive(Debug, Subcommand)]
pub(crate) enum AuditCommand {
    /// Append JSON objects (one per line on stdin) as records; print the last seq.
    Append(AppendArgs),
    /// Verify a log: exit 0 with a summary, 1 with `seq N: reason`, 2 on usage errors.
    Verify {
        #[command(flatten)]
        log: LogArg,
        /// HMAC key file: every record's MAC is checked.
        #[arg(long)]
        hmac_key: Option<PathBuf>,
        /// JWKS of trusted checkpoint keys: every checkpoint's signature is checked, the first must be
        /// the signed log header, and the records after the last checkpoint must stay within its cadence.
        #[arg(long)]
        jwks: Option<PathBuf>,
        /// A witness file (the latest checkpoint, kept outside the log): its signature is checked with
        /// --jwks, and the log must hold the witnessed tree as its prefix.
        #[arg(long, requires = "jwks")]
        witness: Option<PathBuf>,
        /// With --jwks: hold the records after the last checkpoint to at most this many, whatever the
        /// log's header says (the writer's `checkpoint_every`).
        #[arg(long, requires = "jwks", value_parser = clap::value_parser!(u64).range(1..))]
        checkpoint_every: Option<u64>,
        /// With --jwks: and to records younger than this after the last checkpoint (the writer's
        /// `checkpoint_interval_secs`).
        #[arg(long, requires = "jwks", value_parser = clap::value_parser!(u64).range(1..))]
        checkpoint_interval_secs: Option<u64>,
    },
    /// Print records (checked against the chain) as JSON lines.
    Show {
        #[command(flatten)]
        log: LogArg,
        /// First seq.
        #[arg(long, default_value_t = 0)]
        from: u64,
        /// Last seq.
        #[arg(long)]
        to: Option<u64>,
        /// Decrypt sealed fields.
        #[arg(long, requires = "enc")]
        decrypt: bool,
        #[command(flatten)]
        enc: EncArgs,
    },
    /// Print an inclusion proof of record N against the latest checkpoint.
    Prove {
        #[command(flatten)]
        log: LogArg,
        /// The record.
        #[arg(long)]
        seq: u64,
    },
    /// Print an RFC 9162 consistency proof from a witness's tree to the latest checkpoint.
    ProveConsistency {
        #[command(flatten)]
        log: LogArg,
        /// The older checkpoint (a witness file).
        #[arg(long)]
        witness: PathBuf,
    },
    /// Check a consistency proof (file or stdin) against a witness, without the log; exit 0 iff
    /// the witness's tree is a prefix of the proof's checkpoint.
    CheckConsistency {
        /// The older checkpoint (a witness file).
        #[arg(long)]
        witness: PathBuf,
        /// JWKS of trusted checkpoint keys (both signatures are then required).
        #[arg(long)]
        jwks: Option<PathBuf>,
        /// The proof; stdin when absent.
        proof: Option<PathBuf>,
    },
    /// Check an inclusion proof (file or stdin); exit 0 iff valid.
    CheckProof {
        /// JWKS of trusted checkpoint keys (the checkpoint's signature is then required).
        #[arg(long)]
        jwks: Option<PathBuf>,
        /// The proof; stdin when absent.
        proof: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub(crate) struct LogArg {
    /// The log directory.
    #[arg(long = "log")]
    dir: PathBuf,
}

#[derive(Debug, Args)]
#[group(id = "enc", multiple = true, required = false)]
pub(crate) struct EncArgs {
    /// 32-byte (or 64 hex digit) field-encryption key file.
    #[arg(long)]
    enc_key: Option<PathBuf>,
    /// Name of an environment variable holding a passphrase (PBKDF2, salt in DIR/encryption.json).
    #[arg(long)]
    enc_passphrase_env: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct AppendArgs {
    #[command(flatten)]
    log: LogArg,
    /// HMAC key file (any length >= 16 bytes).
    #[arg(long)]
    hmac_key: Option<PathBuf>,
    /// Ed25519 PKCS#8 PEM key that signs checkpoints.
    #[arg(long, requires = "kid")]
    signing_key: Option<PathBuf>,
    /// The signing key's id.
    #[arg(long)]
    kid: Option<String>,
    /// A checkpoint at least every N records (stated in a new log's header).
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    checkpoint_every: u64,
    /// And at least every T seconds while records are written.
    #[arg(long, default_value_t = 60)]
    checkpoint_interval_secs: u64,
    /// Also write every checkpoint to this witness file (outside the log directory).
    #[arg(long)]
    witness: Option<PathBuf>,
    /// Top-level fields to encrypt (comma-separated).
    #[arg(long, value_delimiter = ',')]
    encrypt_fields: Vec<String>,
    #[command(flatten)]
    enc: EncArgs,
    /// Record kind.
    #[arg(long, default_value = "event")]
    kind: String,
    /// Record actor.
    #[arg(long, default_value = "aigos-cli")]
    actor: String,
    /// Durability: always, batch or none.
    #[arg(long, default_value = "batch")]
    durability: String,
}

/// An HMAC key from a file; its id is derived from the key (`hmac-` + the
/// first 16 hex digits of its SHA-256), so verify finds it without a flag.
fn read_mac(provider: Provider, path: &Path) -> Result<MacKey, Failure> {
    let key = std::fs::read(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
    MacKey::from_key_file(provider, &key).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))
}

fn read_cipher(provider: Provider, dir: &Path, enc: &EncArgs) -> Result<Option<FieldCipher>, Failure> {
    if let Some(path) = &enc.enc_key {
        let bytes = std::fs::read(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
        return FieldCipher::from_key_file(provider, &bytes).map(Some).map_err(Failure::usage);
    }
    if let Some(var) = &enc.enc_passphrase_env {
        let pass = std::env::var(var).map_err(|_| Failure::usage(format!("environment variable {var} is not set")))?;
        let params_path = dir.join("encryption.json");
        let params = match std::fs::read_to_string(&params_path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| Failure::usage(format!("{}: {e}", params_path.display())))?,
            Err(_) => {
                let p = KdfParams::generate(provider).map_err(Failure::usage)?;
                write_private(dir, &params_path, serde_json::to_string_pretty(&p).map_err(Failure::usage)?.as_bytes())
                    .map_err(|e| Failure::usage(format!("{}: {e}", params_path.display())))?;
                p
            }
        };
        return FieldCipher::from_passphrase(provider, pass.as_bytes(), &params).map(Some).map_err(Failure::usage);
    }
    Ok(None)
}

/// Creates `path` (and its log directory, 0700) with mode 0600 whatever
/// the umask, as the log creates its own files.
fn write_private(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut d = std::fs::DirBuilder::new();
    d.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut d, 0o700);
    d.create(dir)?;
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path)?.write_all(bytes)
}

fn trusted(jwks: Option<&Path>) -> Result<Option<Jwks>, Failure> {
    jwks.map(read_jwks).transpose()
}

pub(crate) fn run(provider: Provider, cmd: AuditCommand) -> Result<(), Failure> {
    match cmd {
        AuditCommand::Append(a) => append(provider, &a),
        AuditCommand::Verify { log, hmac_key, jwks, witness, checkpoint_every, checkpoint_interval_secs } => {
            let mac = hmac_key.as_deref().map(|p| read_mac(provider, p)).transpose()?;
            let jwks = trusted(jwks.as_deref())?;
            let witness = witness.as_deref().map(|p| read_witness(p).map_err(Failure::usage)).transpose()?;
            let macs = |kid: &str| mac.clone().filter(|m| m.kid == kid);
            let keys = |kid: &str| -> Option<PublicKey> { jwks.as_ref()?.find(kid)?.to_public_key().ok() };
            let retired = |kid: &str| jwks.as_ref()?.find(kid)?.retired_at();
            if !log.dir.is_dir() {
                return Err(Failure::usage(format!("{}: not a log directory", log.dir.display())));
            }
            let total: u64 =
                std::fs::read_dir(&log.dir).map(|d| d.filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum()).unwrap_or(0);
            let bar = (std::io::stderr().is_terminal() && total > 4 << 20).then(|| indicatif::ProgressBar::new(total));
            let progress = |bytes: u64| {
                if let Some(b) = &bar {
                    b.set_position(bytes);
                }
            };
            let opts = VerifyOptions {
                mac_keys: mac.is_some().then_some(&macs as &dyn Fn(&str) -> Option<MacKey>),
                checkpoint_keys: jwks.is_some().then_some(&keys as &dyn Fn(&str) -> Option<PublicKey>),
                retired_checkpoint_keys: Some(&retired),
                progress: Some(&progress),
                witness: witness.as_ref(),
                cadence: (checkpoint_every.is_some() || checkpoint_interval_secs.is_some()).then(|| aigos_audit::Cadence {
                    records: checkpoint_every.unwrap_or(u64::MAX),
                    interval_ms: checkpoint_interval_secs.map_or(u64::MAX, |s| s.saturating_mul(1000)),
                }),
            };
            let result = verify_log(provider, &log.dir, &opts);
            if let Some(b) = &bar {
                b.finish_and_clear();
            }
            match result {
                Ok(s) => {
                    println!(
                        "{}",
                        json!({"ok": true, "records": s.records, "segments": s.segments, "checkpoints": s.checkpoints, "head_hash": s.head_hash, "root": s.root, "unsigned_tail": s.unsigned_tail, "witnessed": s.witnessed})
                    );
                    Ok(())
                }
                Err(t) => {
                    println!("{t}");
                    Err(Failure::rejected(""))
                }
            }
        }
        AuditCommand::Show { log, from, to, decrypt, enc } => {
            record_read(&log.dir, "show", from, to)?;
            let cipher = if decrypt { read_cipher(provider, &log.dir, &enc)? } else { None };
            let mut failed = None;
            let result = read_records(provider, &log.dir, from, to.unwrap_or(u64::MAX), &mut |r| {
                let mut data = r.body.data.clone();
                if let Some(c) = &cipher
                    && let Err(e) = c.open_fields(&mut data, r.body.seq)
                {
                    failed = Some(e.to_string());
                }
                println!(
                    "{}",
                    json!({"seq": r.body.seq, "ts": r.body.ts, "kind": r.body.kind, "actor": r.body.actor, "data": data, "hash": hex(&r.hash)})
                );
                Ok(())
            });
            match (result, failed) {
                (Err(e), _) => Err(Failure::rejected(e)),
                (Ok(()), Some(e)) => Err(Failure::rejected(e)),
                (Ok(()), None) => Ok(()),
            }
        }
        AuditCommand::Prove { log, seq } => {
            record_read(&log.dir, "prove", seq, Some(seq))?;
            let proof = aigos_audit::prove(provider, &log.dir, seq).map_err(Failure::rejected)?;
            println!("{}", serde_json::to_string(&proof).map_err(Failure::usage)?);
            Ok(())
        }
        AuditCommand::ProveConsistency { log, witness } => {
            let old = read_witness(&witness).map_err(Failure::usage)?;
            record_read(&log.dir, "prove-consistency", old.tree_size, None)?;
            let proof = aigos_audit::prove_consistency(provider, &log.dir, old.tree_size).map_err(Failure::rejected)?;
            println!("{}", serde_json::to_string(&proof).map_err(Failure::usage)?);
            Ok(())
        }
        AuditCommand::CheckConsistency { witness, jwks, proof } => {
            let old = read_witness(&witness).map_err(Failure::usage)?;
            let text = read_input(proof.as_deref())?;
            let proof: ConsistencyProof = serde_json::from_str(&text).map_err(|e| Failure::rejected(format!("not a proof: {e}")))?;
            let jwks = trusted(jwks.as_deref())?;
            let keys = |kid: &str| -> Option<PublicKey> { jwks.as_ref()?.find(kid)?.to_public_key().ok() };
            let checked = proof
                .check(provider, &old, jwks.is_some().then_some(&keys as &dyn Fn(&str) -> Option<PublicKey>))
                .map_err(|e| e.to_string())
                .and_then(|()| not_retired(jwks.as_ref(), &old))
                .and_then(|()| not_retired(jwks.as_ref(), &proof.checkpoint));
            match checked {
                Ok(()) => {
                    println!("{}", json!({"ok": true, "old_size": proof.old_size, "tree_size": proof.checkpoint.tree_size}));
                    Ok(())
                }
                Err(e) => {
                    println!("{}", json!({"ok": false, "error": e}));
                    Err(Failure::rejected(""))
                }
            }
        }
        AuditCommand::CheckProof { jwks, proof } => {
            let text = read_input(proof.as_deref())?;
            let proof: InclusionProof = serde_json::from_str(&text).map_err(|e| Failure::rejected(format!("not a proof: {e}")))?;
            let jwks = trusted(jwks.as_deref())?;
            let keys = |kid: &str| -> Option<PublicKey> { jwks.as_ref()?.find(kid)?.to_public_key().ok() };
            let checked = proof
                .check(provider, jwks.is_some().then_some(&keys as &dyn Fn(&str) -> Option<PublicKey>))
                .map_err(|e| e.to_string())
                .and_then(|()| not_retired(jwks.as_ref(), &proof.checkpoint));
            match checked {
                Ok(()) => {
                    println!("{}", json!({"ok": true, "seq": proof.seq, "tree_size": proof.checkpoint.tree_size}));
                    Ok(())
                }
                Err(e) => {
                    println!("{}", json!({"ok": false, "error": e}));
                    Err(Failure::rejected(""))
                }
            }
        }
    }
}

/// Leaves the request that records this read in the log (the Guard, its
/// writer, appends it); a read that cannot be recorded is refused.
fn record_read(dir: &Path, command: &str, from: u64, to: Option<u64>) -> Result<(), Failure> {
    if !dir.is_dir() {
        return Err(Failure::usage(format!("{}: not a log directory", dir.display())));
    }
    aigos_audit::request_access_record(dir, command, from, to)
        .map(|_| ())
        .map_err(|e| Failure::usage(format!("this read cannot be recorded in the log, so it is refused: {e}")))
}

/// A proof's checkpoint made before its key's retirement (key rotation):
/// a retired key's checkpoint dated after it is refused.
fn not_retired(jwks: Option<&Jwks>, cp: &aigos_audit::Checkpoint) -> Result<(), String> {
    let retired = jwks.and_then(|j| j.find(&cp.kid)?.retired_at());
    match retired {
        Some(at) if i64::try_from(cp.time / 1000).unwrap_or(i64::MAX) >= at => {
            Err(format!("checkpoint signed by key {:?} after its retirement at {at}", cp.kid))
        }
        _ => Ok(()),
    }
}

/// A file's text, or stdin's when no file is named.
fn read_input(path: Option<&Path>) -> Result<String, Failure> {
    match path {
        Some(p) => std::fs::read_to_string(p).map_err(|e| Failure::usage(format!("{}: {e}", p.display()))),
        None => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map_err(|e| Failure::usage(e.to_string()))?;
            Ok(s)
        }
    }
}

fn hex(h: &[u8]) -> String {
    h.iter().map(|b| format!("{b:02x}")).collect()
}

fn append(provider: Provider, a: &AppendArgs) -> Result<(), Failure> {
    let durability = match a.durability.as_str() {
        "always" => Durability::Always,
        "batch" => Durability::Batch,
        "none" => Durability::None,
        other => return Err(Failure::usage(format!("durability {other:?} is not always, batch or none"))),
    };
    // Read and check every line first: a bad line appends nothing.
    let mut entries: Vec<Value> = Vec::new();
    for (i, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.map_err(|e| Failure::usage(format!("stdin: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(&line) {
            Ok(v @ Value::Object(_)) => entries.push(v),
            _ => return Err(Failure::usage(format!("line {}: not a JSON object", i + 1))),
        }
    }
    let mut cfg = AuditConfig::new(&a.log.dir)
        .durability(durability)
        .provider(provider)
        .checkpoints(a.checkpoint_every, std::time::Duration::from_secs(a.checkpoint_interval_secs));
    if let Some(w) = &a.witness {
        cfg = cfg.witness(w);
    }
    if let Some(p) = &a.hmac_key {
        cfg = cfg.mac_key(read_mac(provider, p)?);
    }
    if let (Some(p), Some(kid)) = (&a.signing_key, &a.kid) {
        cfg = cfg.signing_key(read_key(provider, p, kid)?);
    }
    if !a.encrypt_fields.is_empty() {
        let cipher = read_cipher(provider, &a.log.dir, &a.enc)?
            .ok_or_else(|| Failure::usage("--encrypt-fields needs --enc-key or --enc-passphrase-env"))?;
        cfg = cfg.encrypt(cipher, a.encrypt_fields.clone());
    }
    let (log, recovery) = AuditLog::open(cfg).map_err(Failure::rejected)?;
    if let Some((path, bytes)) = &recovery.torn {
        eprintln!("aigos: recovered a torn final record ({bytes} bytes moved to {})", path.display());
    }
    let mut last = None;
    for data in entries {
        last = Some(log.append_blocking(&a.kind, &a.actor, data).map_err(Failure::rejected)?);
    }
    log.close_blocking().map_err(Failure::rejected)?;
    if let Some(seq) = last {
        println!("{seq}");
    }
    Ok(())
}
