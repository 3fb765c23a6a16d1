//! `aigos golden-thread hash | sign | verify`.

use std::io::Read;
use std::path::PathBuf;

use aigos_core::{Clock, SystemClock};
use aigos_crypto::Provider;
use aigos_identity::{Approval, GoldenThread};
use clap::{Args, Subcommand};

use crate::Failure;
use crate::keys::{read_jwks, read_key};

#[derive(Debug, Subcommand)]
pub(crate) enum GoldenCommand {
    /// Print the golden thread hash (`sha256:` + 64 hex digits).
    Hash(ApprovalArgs),
    /// Sign an approval for an agent key; prints the record as JSON.
    Sign(SignArgs),
    /// Verify a record (JSON on stdin); prints the report, exit 0 iff valid.
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ApprovalArgs {
    /// Ticket id.
    #[arg(long)]
    ticket_id: String,
    /// Approver email.
    #[arg(long)]
    approved_by: String,
    /// Approval time, RFC 3339 with a zone.
    #[arg(long)]
    approved_at: String,
}

impl ApprovalArgs {
    fn approval(&self) -> Approval {
        Approval { ticket_id: self.ticket_id.clone(), approved_by: self.approved_by.clone(), approved_at: self.approved_at.clone() }
    }
}

#[derive(Debug, Args)]
pub(crate) struct SignArgs {
    #[command(flatten)]
    approval: ApprovalArgs,
    /// Approver's PKCS#8 PEM private key.
    #[arg(long)]
    key: PathBuf,
    /// Approver's key id.
    #[arg(long)]
    kid: String,
    /// The RFC 7638 thumbprint of the agent key the approval is bound to
    /// (what the Guard holds the token's key to). A thumbprint is base64url
    /// and may begin with `-`, so a value that does is a value, not a flag.
    #[arg(long, required_unless_present = "agent_jwk", conflicts_with = "agent_jwk", allow_hyphen_values = true)]
    agent_kid: Option<String>,
    /// The agent's public key (a JWK, or a JWKS holding one key): the
    /// approval is bound to its thumbprint.
    #[arg(long, value_name = "FILE")]
    agent_jwk: Option<PathBuf>,
    /// Validity in seconds from now (default 90 days).
    #[arg(long, default_value_t = 90 * 24 * 3600)]
    ttl: u64,
}

#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// JWKS with the approvers' keys.
    #[arg(long)]
    jwks: PathBuf,
    /// The RFC 7638 thumbprint of the agent key the record must be bound to
    /// (base64url: it may begin with `-`).
    #[arg(long, allow_hyphen_values = true)]
    agent_kid: Option<String>,
}

pub(crate) fn run(provider: Provider, cmd: GoldenCommand) -> Result<(), Failure> {
    match cmd {
        GoldenCommand::Hash(a) => {
            println!("{}", a.approval().hash(provider).map_err(Failure::usage)?);
            Ok(())
        }
        GoldenCommand::Sign(a) => {
            let key = read_key(provider, &a.key, &a.kid)?;
            let expires = SystemClock.now_secs().saturating_add(i64::try_from(a.ttl).unwrap_or(i64::MAX));
            let bound = match (&a.agent_kid, &a.agent_jwk) {
                // A thumbprint: 43 base64url characters (SHA-256). A kid label would make a thread nothing verifies.
                (Some(kid), _) if kid.len() != 43 || !kid.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') => {
                    return Err(Failure::usage(format!(
                        "--agent-kid {kid:?} is not an RFC 7638 thumbprint (43 base64url characters); pass --agent-jwk with the agent's public key"
                    )));
                }
                (Some(kid), _) => kid.clone(),
                (None, Some(path)) => agent_thumbprint(path)?,
                (None, None) => return Err(Failure::usage("--agent-kid or --agent-jwk")),
            };
            let gt = GoldenThread::sign(a.approval.approval(), &bound, expires, key.as_ref()).map_err(Failure::usage)?;
            println!("{}", serde_json::to_string(&gt).map_err(Failure::usage)?);
            Ok(())
        }
        GoldenCommand::Verify(a) => {
            let jwks = read_jwks(&a.jwks)?;
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|e| Failure::usage(format!("stdin: {e}")))?;
            let gt: GoldenThread =
                serde_json::from_str(&text).map_err(|e| Failure::rejected(format!("not a golden thread record: {e}")))?;
            let resolve = |kid: &str| jwks.find(kid).and_then(|j| j.to_public_key().ok());
            let report = gt.verify(provider, &resolve, SystemClock.now_secs(), a.agent_kid.as_deref());
            // A retired authority key verifies the threads approved before its retirement only.
            let in_service = gt.approved_before_retirement(jwks.find(&gt.signer_kid).and_then(aigos_crypto::Jwk::retired_at));
            let valid = report.is_valid() && in_service;
            let mut out = serde_json::to_value(report).map_err(Failure::usage)?;
            out["approved_before_key_retired"] = in_service.into();
            out["valid"] = valid.into();
            println!("{out}");
            if valid { Ok(()) } else { Err(Failure::rejected("")) }
        }
    }
}

/// The RFC 7638 thumbprint of the one public key in `path` (a JWK or a JWKS).
fn agent_thumbprint(path: &std::path::Path) -> Result<String, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
    let jwk = match aigos_crypto::Jwks::from_json(&text) {
        Ok(set) if set.keys.len() == 1 => set.keys.into_iter().next(),
        Ok(set) => return Err(Failure::usage(format!("{}: {} keys; name the agent's one key", path.display(), set.keys.len()))),
        Err(_) => serde_json::from_str::<aigos_crypto::Jwk>(&text).ok(),
    };
    let jwk = jwk.ok_or_else(|| Failure::usage(format!("{}: not a JWK or a JWKS", path.display())))?;
    // A public ES256 or EdDSA key, as an agent's must be (no private members, no RSA).
    jwk.to_public_key().map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
    jwk.thumbprint().map_err(Failure::usage)
}
