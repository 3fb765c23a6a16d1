//! `aigos killswitch sign | verify`.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use aigos_core::{Clock, SystemClock};
use aigos_crypto::{Provider, VerifyingKey};
use aigos_runtime::{CommandSpec, CommandType, KillCommand, KillVerifier, Target, TargetType};
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use crate::Failure;
use crate::keys::{read_jwks, read_key};

#[derive(Debug, Subcommand)]
pub(crate) enum KillCommandCli {
    /// Print a signed kill command as one JSON line.
    Sign(SignArgs),
    /// Verify commands read one per line from stdin; one JSON result line each; exit 0 iff all valid.
    Verify {
        /// JWKS with the trusted command keys.
        #[arg(long)]
        jwks: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum TypeArg {
    Terminate,
    Pause,
    Resume,
}

#[derive(Debug, Args)]
pub(crate) struct SignArgs {
    /// PKCS#8 PEM key (Ed25519 or P-256).
    #[arg(long)]
    key: PathBuf,
    /// Its kid (must be in the verifiers' JWKS).
    #[arg(long)]
    kid: String,
    /// Command type.
    #[arg(long = "type")]
    kind: TypeArg,
    /// instance:ID, agent:ID, lineage:ID or all.
    #[arg(long)]
    target: String,
    /// Validity in seconds (default 300).
    #[arg(long, default_value_t = 300)]
    ttl: u64,
    /// Reason (signed).
    #[arg(long, default_value = "operator command")]
    reason: String,
    /// Issuer (signed; default: the kid).
    #[arg(long)]
    issued_by: Option<String>,
    /// Sequence (default: the current time in milliseconds, so it only grows).
    #[arg(long)]
    sequence: Option<u64>,
}

fn parse_target(s: &str) -> Result<Target, Failure> {
    if s == "all" {
        return Ok(Target { kind: TargetType::All, ids: Vec::new() });
    }
    let (kind, id) =
        s.split_once(':').ok_or_else(|| Failure::usage(format!("target {s:?} is not instance:ID, agent:ID, lineage:ID or all")))?;
    let kind = match kind {
        "instance" => TargetType::Instance,
        "agent" | "asset" => TargetType::Asset,
        "lineage" => TargetType::Lineage,
        "organization" => TargetType::Organization,
        other => return Err(Failure::usage(format!("unknown target type {other:?}"))),
    };
    if id.is_empty() {
        return Err(Failure::usage("empty target id"));
    }
    Ok(Target { kind, ids: id.split(',').map(str::to_owned).collect() })
}

pub(crate) fn run(provider: Provider, cmd: KillCommandCli) -> Result<(), Failure> {
    match cmd {
        KillCommandCli::Sign(a) => {
            let key = read_key(provider, &a.key, &a.kid)?;
            let kind = match a.kind {
                TypeArg::Terminate => CommandType::Terminate,
                TypeArg::Pause => CommandType::Pause,
                TypeArg::Resume => CommandType::Resume,
            };
            let clock = SystemClock;
            let spec = CommandSpec {
                kind,
                target: parse_target(&a.target)?,
                reason: a.reason.clone(),
                issued_by: a.issued_by.clone().unwrap_or_else(|| a.kid.clone()),
                sequence: a.sequence.unwrap_or_else(|| clock.now_millis()),
                now: clock.now_secs(),
                ttl: Duration::from_secs(a.ttl),
            };
            let c = KillCommand::issue(key.as_ref(), spec).map_err(Failure::usage)?;
            println!("{}", serde_json::to_string(&c).map_err(Failure::usage)?);
            Ok(())
        }
        KillCommandCli::Verify { jwks } => {
            let jwks = read_jwks(&jwks)?;
            let mut keys = HashMap::new();
            for jwk in &jwks.keys {
                let (Some(kid), Ok(public)) = (&jwk.kid, jwk.to_public_key()) else { continue };
                keys.insert(kid.clone(), VerifyingKey::new(provider, public).map_err(Failure::usage)?);
            }
            let mut verifier = KillVerifier::new(keys, Arc::new(SystemClock)).retired_keys(jwks.retirements());
            let mut all_ok = true;
            for line in std::io::stdin().lock().lines() {
                let line = line.map_err(|e| Failure::usage(format!("stdin: {e}")))?;
                if line.trim().is_empty() {
                    continue;
                }
                let result = serde_json::from_str::<KillCommand>(&line)
                    .map_err(|e| format!("malformed command: {e}"))
                    .and_then(|c| verifier.verify(&c).map_err(|e| e.to_string()));
                match result {
                    Ok(v) => println!("{}", json!({"ok": true, "id": v.command.id, "type": v.command.kind, "target": v.command.target})),
                    Err(e) => {
                        all_ok = false;
                        println!("{}", json!({"ok": false, "error": e}));
                    }
                }
            }
            if all_ok { Ok(()) } else { Err(Failure::rejected("")) }
        }
    }
}
