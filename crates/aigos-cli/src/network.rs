//! `aigos network certs | egress-check | render`.

use std::path::{Path, PathBuf};

use aigos_network::{DevCa, EgressConfig, EgressDecision, EgressFilter, NetworkConfig, SystemResolver};
use clap::Subcommand;
use serde_json::json;

use crate::{Failure, keys::write_atomic};

#[derive(Debug, Subcommand)]
pub(crate) enum NetworkCommand {
    /// Create a development CA and agent certificates (SPIFFE IDs) for quick starts.
    ///
    /// Writes ca.pem (the trust bundle), ca.key.pem, and AGENT.pem + AGENT.key.pem per
    /// agent into DIR. An existing CA in DIR is reused, so agents can be added later;
    /// existing agent files are kept unless --force. Not for production.
    Certs {
        /// Trust domain, e.g. corp.example.
        #[arg(long)]
        trust_domain: String,
        /// Output directory (created if absent).
        #[arg(long)]
        out: PathBuf,
        /// Agent ids; each gets spiffe://TRUST-DOMAIN/agent/ID.
        #[arg(long = "agent", required = true, num_args = 1..)]
        agents: Vec<String>,
        /// Replace existing agent certificates.
        #[arg(long)]
        force: bool,
    },
    /// Check URLs against egress rules; one JSON line per URL; exit 0 iff all allowed.
    EgressCheck {
        /// Egress rules (TOML or JSON, `[[rules]]`).
        #[arg(long)]
        config: PathBuf,
        /// The URLs.
        #[arg(required = true)]
        urls: Vec<String>,
    },
    /// Print the Kubernetes NetworkPolicy (YAML) for a network config.
    Render {
        /// Network config (TOML or JSON).
        #[arg(long)]
        config: PathBuf,
    },
}

pub(crate) fn load<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
    if text.trim_start().starts_with('{') {
        serde_json::from_str(&text).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))
    } else {
        toml::from_str(&text).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))
    }
}

fn certs(trust_domain: &str, out: &Path, agents: &[String], force: bool) -> Result<(), Failure> {
    let at = |p: &Path, e: &dyn std::fmt::Display| Failure::usage(format!("{}: {e}", p.display()));
    std::fs::create_dir_all(out).map_err(|e| at(out, &e))?;
    let (ca_path, ca_key_path) = (out.join("ca.pem"), out.join("ca.key.pem"));
    let (ca, reused) = if ca_path.exists() || ca_key_path.exists() {
        let cert = std::fs::read_to_string(&ca_path).map_err(|e| at(&ca_path, &e))?;
        let key = std::fs::read_to_string(&ca_key_path).map_err(|e| at(&ca_key_path, &e))?;
        (DevCa::from_pem(trust_domain, &cert, &key).map_err(|e| at(&ca_path, &e))?, true)
    } else {
        let ca = DevCa::generate(trust_domain).map_err(Failure::usage)?;
        write_atomic(&ca_key_path, ca.key_pem().as_bytes(), true).map_err(|e| at(&ca_key_path, &e))?;
        write_atomic(&ca_path, ca.certificate_pem().as_bytes(), false).map_err(|e| at(&ca_path, &e))?;
        (ca, false)
    };
    // Check every agent before writing any file.
    let mut planned = Vec::new();
    for agent in agents {
        let (cert, key) = (out.join(format!("{agent}.pem")), out.join(format!("{agent}.key.pem")));
        aigos_network::SpiffeId::new(trust_domain, agent).map_err(Failure::usage)?;
        if !force && (cert.exists() || key.exists()) {
            return Err(Failure::usage(format!("{} exists; pass --force to replace it", cert.display())));
        }
        planned.push((agent, cert, key));
    }
    let mut issued = Vec::new();
    for (agent, cert_path, key_path) in planned {
        let cert = ca.issue(agent).map_err(Failure::usage)?;
        write_atomic(&key_path, cert.key_pem.as_bytes(), true).map_err(|e| at(&key_path, &e))?;
        write_atomic(&cert_path, cert.certificate_pem.as_bytes(), false).map_err(|e| at(&cert_path, &e))?;
        issued.push(json!({"agent": agent, "spiffe_id": cert.id.to_string(), "certificate": cert_path, "key": key_path}));
    }
    println!("{}", json!({"trust_domain": trust_domain, "ca": ca_path, "ca_key": ca_key_path, "ca_reused": reused, "agents": issued}));
    Ok(())
}

pub(crate) fn run(cmd: NetworkCommand) -> Result<(), Failure> {
    match cmd {
        NetworkCommand::Certs { trust_domain, out, agents, force } => certs(&trust_domain, &out, &agents, force),
        NetworkCommand::EgressCheck { config, urls } => {
            let filter = EgressFilter::new(&load::<EgressConfig>(&config)?);
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(Failure::usage)?;
            let mut all_allowed = true;
            for url in urls {
                let decision = rt.block_on(filter.check_url(&url, &SystemResolver));
                let line = match decision {
                    EgressDecision::Allow { rule, addresses } => json!({"url": url, "allowed": true, "rule": rule, "addresses": addresses}),
                    EgressDecision::Deny { reason } => {
                        all_allowed = false;
                        json!({"url": url, "allowed": false, "reason": reason})
                    }
                };
                println!("{line}");
            }
            if all_allowed { Ok(()) } else { Err(Failure::rejected("")) }
        }
        NetworkCommand::Render { config } => {
            let cfg: NetworkConfig = load(&config)?;
            print!("{}", cfg.render_yaml().map_err(Failure::usage)?);
            Ok(())
        }
    }
}
