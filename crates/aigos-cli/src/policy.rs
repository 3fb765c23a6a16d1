//! `aigos policy check | sign | verify | eval | inspect`.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use aigos_core::{ActionRequest, Clock, SystemClock};
use aigos_crypto::Provider;
use aigos_policy::{BundleLoader, Confidence, Inspector, InspectorConfig, PolicyBundle, PolicyDocument, PolicyEngine, read_aigos_policy};
use clap::{Args, Subcommand};
use serde_json::json;

use crate::Failure;
use crate::keys::{read_jwks, read_key};

#[derive(Debug, Subcommand)]
pub(crate) enum PolicyCommand {
    /// Validate a policy (TOML, JSON, or AIGOS YAML); print warnings; exit 1 on errors.
    Check {
        /// The policy file.
        file: PathBuf,
    },
    /// Sign a policy into a bundle (printed as JSON).
    #[command(disable_version_flag = true)]
    Sign(SignArgs),
    /// Verify a bundle against trusted keys.
    Verify {
        /// JWKS with the trusted Ed25519 policy keys.
        #[arg(long)]
        jwks: PathBuf,
        /// The bundle.
        bundle: PathBuf,
    },
    /// Decide ActionRequest JSON lines from stdin; one decision line each.
    Eval {
        /// A policy file, or a signed bundle (then --jwks is required).
        #[arg(long)]
        policy: PathBuf,
        /// Trusted keys for a bundle.
        #[arg(long)]
        jwks: Option<PathBuf>,
    },
    /// Inspect one JSON payload on stdin as step 3 would: the inspector's
    /// findings and the egress verdict of every URL in it (without DNS).
    /// Prints `{"findings": [...]}`; exit 1 if any finding is printed.
    Inspect {
        /// Print findings of this confidence and up (default: medium, what
        /// the Guard's default configuration acts on).
        #[arg(long, value_enum, default_value = "medium")]
        min_confidence: MinConfidence,
        /// Egress rules (TOML or JSON, as `aigos network check-url`);
        /// default: the always-deny rules only (a public host passes).
        #[arg(long)]
        egress: Option<PathBuf>,
    },
}

/// `--min-confidence`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum MinConfidence {
    /// Only high-confidence findings.
    High,
    /// Medium and high.
    Medium,
    /// Everything.
    Low,
}

#[derive(Debug, Args)]
pub(crate) struct SignArgs {
    /// Ed25519 PKCS#8 PEM key.
    #[arg(long)]
    key: PathBuf,
    /// Its kid (must be in the verifiers' JWKS).
    #[arg(long)]
    kid: String,
    /// Bundle version (monotonic).
    #[arg(long)]
    version: u64,
    /// Sign the bundle in shadow mode (decisions recorded, not enforced).
    #[arg(long)]
    dry_run: bool,
    /// The policy file.
    file: PathBuf,
}

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))
}

/// Loads a policy document: AIGOS YAML by extension (with `extends` resolved
/// next to the file), TOML or JSON otherwise. A load error exits 1.
fn load_document(path: &Path) -> Result<(PolicyDocument, String, bool), Failure> {
    let text = read(path)?;
    let is_yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
    if is_yaml {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let resolve = |name: &str| {
            std::fs::read_to_string(dir.join(name))
                .map_err(|e| aigos_policy::Error::Load { location: None, message: format!("extends {name}: {e}") })
        };
        let p = read_aigos_policy(&text, &resolve).map_err(|e| Failure::rejected(format!("{}: {e}", path.display())))?;
        Ok((p.document, text, p.dry_run_requested))
    } else {
        let doc = PolicyDocument::parse(&text).map_err(|e| Failure::rejected(format!("{}: {e}", path.display())))?;
        Ok((doc, text, false))
    }
}

pub(crate) fn run(provider: Provider, cmd: PolicyCommand) -> Result<(), Failure> {
    match cmd {
        PolicyCommand::Check { file } => {
            let (doc, text, _) = load_document(&file)?;
            for w in doc.check(Some(&text)) {
                let at = w.location.map(|l| format!("{}:{l}: ", file.display())).unwrap_or_default();
                println!("warning: {at}{}", w.message);
            }
            println!("ok: {} statements", doc.statements.len());
            Ok(())
        }
        PolicyCommand::Sign(a) => {
            let (doc, _, dry_run_requested) = load_document(&a.file)?;
            if dry_run_requested && !a.dry_run {
                eprintln!("aigos: the policy asks for dry_run; pass --dry-run to sign it in shadow mode");
            }
            let key = read_key(provider, &a.key, &a.kid)?;
            let bundle = PolicyBundle::sign(doc, a.version, SystemClock.now_secs(), a.dry_run, key.as_ref()).map_err(Failure::usage)?;
            println!("{}", serde_json::to_string(&bundle).map_err(Failure::usage)?);
            Ok(())
        }
        PolicyCommand::Verify { jwks, bundle } => {
            let loader = BundleLoader::new(provider, &read_jwks(&jwks)?).map_err(Failure::usage)?;
            let b = PolicyBundle::from_json(&read(&bundle)?).map_err(Failure::rejected)?;
            match loader.verify(&b) {
                Ok(v) => {
                    println!("{}", json!({"ok": true, "version": v.version, "content_hash": v.content_hash, "dry_run": v.dry_run}));
                    Ok(())
                }
                Err(e) => {
                    println!("{}", json!({"ok": false, "error": e.to_string()}));
                    Err(Failure::rejected(""))
                }
            }
        }
        PolicyCommand::Eval { policy, jwks } => eval(provider, &policy, jwks.as_deref()),
        PolicyCommand::Inspect { min_confidence, egress } => inspect(min_confidence, egress.as_deref()),
    }
}

fn inspect(min: MinConfidence, egress: Option<&Path>) -> Result<(), Failure> {
    let min = match min {
        MinConfidence::High => Confidence::High,
        MinConfidence::Medium => Confidence::Medium,
        MinConfidence::Low => Confidence::Low,
    };
    let filter = match egress {
        Some(path) => Some(aigos_network::EgressFilter::new(&crate::network::load::<aigos_network::EgressConfig>(path)?)),
        None => None,
    };
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input).map_err(|e| Failure::usage(format!("stdin: {e}")))?;
    let inspector = Inspector::new(InspectorConfig::default()).map_err(Failure::usage)?;
    // The limits first (size, depth: what the Guard rejects as PAYLOAD_INVALID).
    let parsed = inspector
        .inspect_call_bytes("", &input, None)
        .and_then(|_| serde_json::from_slice::<serde_json::Value>(&input).map_err(|e| aigos_policy::Error::Payload(e.to_string())));
    let payload = match parsed {
        Ok(v) => v,
        Err(e) => {
            println!("{}", json!({"error": e.to_string()}));
            return Err(Failure::rejected(""));
        }
    };
    // A tool call names its tool (`{"tool": ..., "args": ...}`, `{"name": ..., "arguments": ...}`).
    let tool = ["tool", "name", "function"].iter().find_map(|k| payload.get(*k).and_then(serde_json::Value::as_str)).unwrap_or("");
    let findings = aigos::inspection::screen_payload(&inspector, filter.as_ref(), tool, &payload, None).map_err(Failure::rejected)?;
    let shown: Vec<_> = findings.into_iter().filter(|f| f.confidence >= min).collect();
    println!("{}", json!({"findings": shown}));
    if shown.is_empty() { Ok(()) } else { Err(Failure::rejected("")) }
}

fn eval(provider: Provider, policy: &Path, jwks: Option<&Path>) -> Result<(), Failure> {
    let text = read(policy)?;
    let looks_like_bundle = serde_json::from_str::<serde_json::Value>(&text).ok().is_some_and(|v| v.get("document").is_some());
    let (doc, dry_run) = if looks_like_bundle {
        let jwks = jwks.ok_or_else(|| Failure::usage("a bundle is evaluated only after verification: pass --jwks"))?;
        let loader = BundleLoader::new(provider, &read_jwks(jwks)?).map_err(Failure::usage)?;
        let bundle = PolicyBundle::from_json(&text).map_err(Failure::rejected)?;
        let v = loader.verify(&bundle).map_err(Failure::rejected)?;
        (v.document, v.dry_run)
    } else {
        (load_document(policy)?.0, false)
    };
    let engine = PolicyEngine::new(&doc).map_err(Failure::rejected)?;
    let mut all_ok = true;
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| Failure::usage(format!("stdin: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        // The same reading as `aigos validate`: I-JSON, no duplicate names.
        let parsed = aigos_core::parse_json(line.as_bytes(), &aigos_core::JsonLimits::REQUEST)
            .map_err(|e| e.to_string())
            .and_then(|v| serde_json::from_value::<ActionRequest>(v).map_err(|e| e.to_string()));
        // A what-if tool: time conditions are evaluated at the request's
        // own timestamp (the Guard uses its clock).
        match parsed.and_then(|request| engine.try_evaluate_at(&request, request.timestamp).map_err(|e| e.to_string())) {
            Ok(d) => {
                let result = match (d.allowed, dry_run) {
                    (true, _) => "ALLOWED",
                    (false, true) => "WOULD_DENY",
                    (false, false) => "DENIED",
                };
                println!(
                    "{}",
                    json!({"allowed": d.allowed || dry_run, "result": result, "basis": d.basis, "statements": d.statements, "reason": d.reason(), "dry_run": dry_run})
                );
            }
            Err(e) => {
                all_ok = false;
                println!("{}", json!({"error": format!("invalid request: {e}")}));
            }
        }
    }
    if all_ok { Ok(()) } else { Err(Failure::rejected("")) }
}
