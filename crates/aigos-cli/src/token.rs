//! `aigos token issue | verify`.

use std::io::BufRead;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use aigos_core::SystemClock;
use aigos_crypto::Provider;
use aigos_identity::{InMemoryReplayStore, KeySet, RiskLevel, TokenIssuer, TokenRequest, TokenVerifier};
use clap::{Args, Subcommand};
use serde_json::Value;

use crate::Failure;
use crate::keys::{read_jwks, read_key};

#[derive(Debug, Subcommand)]
pub(crate) enum TokenCommand {
    /// Print one compact governance token (typ AIGOS-GOV+jwt).
    Issue(IssueArgs),
    /// Verify tokens read one per line from stdin; one JSON line out per token.
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub(crate) struct IssueArgs {
    /// PKCS#8 PEM private key.
    #[arg(long)]
    key: PathBuf,
    /// Key id for the header.
    #[arg(long)]
    kid: String,
    /// Audience.
    #[arg(long)]
    aud: String,
    /// Subject (agent id).
    #[arg(long)]
    sub: String,
    /// Lifetime in seconds (clamped to 300).
    #[arg(long)]
    ttl: Option<u64>,
    /// Extra claims as a JSON object (`aigos`, `ahash`, `cnf`, `iss` and custom claims).
    #[arg(long)]
    claims: Option<String>,
    /// Bind the token to this action: an ActionRequest JSON file (its agent_id must be --sub); sets `ahash`.
    #[arg(long)]
    request: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// JWKS with the trusted keys.
    #[arg(long)]
    jwks: PathBuf,
    /// Expected audience.
    #[arg(long)]
    aud: String,
    /// Maximum exp - iat in seconds.
    #[arg(long, default_value_t = 300)]
    max_ttl: u64,
    /// Required issuer.
    #[arg(long)]
    iss: Option<String>,
    /// Require a verified golden thread in the aigos claims.
    #[arg(long)]
    require_golden_thread: bool,
    /// Require these tools (comma-separated) in aigos.capabilities.tools.
    #[arg(long, value_delimiter = ',')]
    require_capabilities: Vec<String>,
    /// Highest acceptable risk level (minimal, limited, high, unacceptable).
    #[arg(long)]
    max_risk_level: Option<String>,
    /// Require an enabled kill switch.
    #[arg(long)]
    require_kill_switch: bool,
    /// Highest acceptable generation depth.
    #[arg(long)]
    max_generation_depth: Option<u32>,
}

pub(crate) fn run(provider: Provider, cmd: TokenCommand) -> Result<(), Failure> {
    match cmd {
        TokenCommand::Issue(a) => issue(provider, &a),
        TokenCommand::Verify(a) => verify(provider, &a),
    }
}

fn issue(provider: Provider, a: &IssueArgs) -> Result<(), Failure> {
    let key = read_key(provider, &a.key, &a.kid)?;
    let mut issuer = TokenIssuer::new(key);
    let mut req = TokenRequest { sub: a.sub.clone(), aud: vec![a.aud.clone()], ttl: a.ttl.map(Duration::from_secs), ..Default::default() };
    if let Some(text) = &a.claims {
        let Value::Object(mut map) = serde_json::from_str(text).map_err(|e| Failure::usage(format!("--claims: {e}")))? else {
            return Err(Failure::usage("--claims must be a JSON object"));
        };
        if let Some(v) = map.remove("aigos") {
            req.aigos = Some(serde_json::from_value(v).map_err(|e| Failure::usage(format!("--claims aigos: {e}")))?);
        }
        if let Some(v) = map.remove("ahash") {
            req.ahash = Some(serde_json::from_value(v).map_err(|e| Failure::usage(format!("--claims ahash: {e}")))?);
        }
        if let Some(v) = map.remove("cnf") {
            req.cnf = Some(serde_json::from_value(v).map_err(|e| Failure::usage(format!("--claims cnf: {e}")))?);
        }
        if let Some(v) = map.remove("iss") {
            let iss: String = serde_json::from_value(v).map_err(|e| Failure::usage(format!("--claims iss: {e}")))?;
            issuer = issuer.issuer(iss);
        }
        req.extra = map;
    }
    if let Some(path) = &a.request {
        let text = std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
        let request: aigos_core::ActionRequest =
            serde_json::from_str(&text).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
        if request.agent_id.as_str() != a.sub {
            return Err(Failure::usage(format!("{}: agent_id {} is not --sub {}", path.display(), request.agent_id, a.sub)));
        }
        req.ahash = Some(aigos_identity::action_hash(provider, &request).map_err(Failure::usage)?);
    }
    let token = issuer.issue(&req).map_err(Failure::usage)?;
    println!("{token}");
    Ok(())
}

fn verify(provider: Provider, a: &VerifyArgs) -> Result<(), Failure> {
    let jwks = read_jwks(&a.jwks)?;
    let keys = KeySet::from_jwks(provider, &jwks).map_err(|e| Failure::usage(format!("{}: {e}", a.jwks.display())))?;
    let clock = Arc::new(SystemClock);
    let mut b = TokenVerifier::builder(Arc::new(keys), a.aud.clone())
        .max_ttl(Duration::from_secs(a.max_ttl))
        .clock(clock.clone())
        .replay_store(Arc::new(InMemoryReplayStore::new(1_000_000, clock)))
        .require_golden_thread(a.require_golden_thread)
        .require_kill_switch(a.require_kill_switch)
        .require_capabilities(a.require_capabilities.clone());
    if let Some(iss) = &a.iss {
        b = b.issuer(iss.clone());
    }
    if let Some(level) = &a.max_risk_level {
        b = b.max_risk_level(level.parse::<RiskLevel>().map_err(Failure::usage)?);
    }
    if let Some(depth) = a.max_generation_depth {
        b = b.max_generation_depth(depth);
    }
    let verifier = b.build();
    let rt = tokio::runtime::Builder::new_current_thread().build().map_err(Failure::usage)?;
    let mut all_ok = true;
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| Failure::usage(format!("stdin: {e}")))?;
        let token = line.trim();
        if token.is_empty() {
            continue;
        }
        // `ok` first, as the documented contract shows it.
        match rt.block_on(verifier.verify(token)) {
            Ok(v) => println!(r#"{{"ok":true,"claims":{}}}"#, serde_json::to_string(&v.claims).map_err(Failure::usage)?),
            Err(e) => {
                all_ok = false;
                println!(r#"{{"ok":false,"error":{}}}"#, Value::String(e.to_string()));
            }
        }
    }
    if all_ok { Ok(()) } else { Err(Failure::rejected("")) }
}
