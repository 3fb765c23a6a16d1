//! `aigos network egress-check | render`.

use std::path::{Path, PathBuf};

use aigos_network::{EgressConfig, EgressDecision, EgressFilter, NetworkConfig, SystemResolver};
use clap::Subcommand;
use serde_json::json;

use crate::Failure;

#[derive(Debug, Subcommand)]
pub(crate) enum NetworkCommand {
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

fn load<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
    if text.trim_start().starts_with('{') {
        serde_json::from_str(&text).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))
    } else {
        toml::from_str(&text).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))
    }
}

pub(crate) fn run(cmd: NetworkCommand) -> Result<(), Failure> {
    match cmd {
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
