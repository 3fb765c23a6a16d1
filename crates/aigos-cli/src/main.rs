//! The `aigos` command line.
//!
//! Exit codes, for every subcommand: 0 success (all inputs accepted), 1 at
//! least one input rejected, 2 usage error (bad arguments, unreadable or
//! invalid files). Command-line contracts are documented in `docs/`.

mod a2a;
mod audit;
mod golden;
mod guard;
mod keys;
mod killswitch;
mod network;
mod policy;
mod probe;
mod security;
mod serve;
mod token;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Harden what autonomous AI agents do: check, limit, approve and record every action.
#[derive(Debug, Parser)]
#[command(name = "aigos", version, about, long_about = None, propagate_version = true)]
struct Cli {
    /// Crypto provider: rustcrypto (default) or aws-lc-rs (when built with it).
    #[arg(long, global = true, default_value = "rustcrypto")]
    provider: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Generate a signing key (PKCS#8 PEM, mode 0600) and add its public key to DIR/jwks.json.
    Keygen(keys::KeygenArgs),
    /// Rotate the Guard's signing keys.
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Issue and verify governance tokens.
    #[command(subcommand)]
    Token(token::TokenCommand),
    /// Golden thread hashes, signatures and verification (AIGOS SPEC-PRT-001).
    #[command(subcommand, name = "golden-thread")]
    GoldenThread(golden::GoldenCommand),
    /// Check, sign, verify and evaluate policies; inspect payloads.
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
    /// Append to, verify, show and prove tamper-evident audit logs.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Sign and verify kill switch commands.
    #[command(subcommand)]
    Killswitch(killswitch::KillCommandCli),
    /// Development certificates, egress checks and Kubernetes NetworkPolicy rendering.
    #[command(subcommand)]
    Network(network::NetworkCommand),
    /// Agent-to-agent calls over mTLS, checked by the Guard: serve an agent, call one.
    #[command(subcommand, name = "a2a")]
    A2a(a2a::A2aCommand),
    /// Serve the Guard over HTTPS (validation, permits, heartbeats, kill switch, dashboard, metrics) until SIGTERM.
    Serve(serve::ServeArgs),
    /// Create a complete working local setup (keys, registry, signed policy, approvers, audit log, aigos.toml).
    Init(guard::InitArgs),
    /// Validate requests (ActionRequest JSON with a token field, one per line on stdin); one outcome JSON line each.
    Validate(guard::ValidateArgs),
    /// Run the five demo scenarios on embedded defaults and print the table, the dashboard and the audit check.
    Demo(guard::DemoArgs),
    /// Check a deployment against the AIGOS security checklist (keys, tokens, kill switch, capabilities, network, audit); exit 1 when a check fails.
    #[command(name = "security-audit")]
    SecurityAudit(security::SecurityAuditArgs),
}

/// A failed command: a message and the exit code to leave with.
#[derive(Debug)]
pub(crate) struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    /// A usage error (exit 2).
    pub(crate) fn usage(message: impl std::fmt::Display) -> Self {
        Failure { code: 2, message: message.to_string() }
    }
    /// A rejected input (exit 1).
    pub(crate) fn rejected(message: impl std::fmt::Display) -> Self {
        Failure { code: 1, message: message.to_string() }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let provider = match aigos_crypto::provider_by_name(&cli.provider) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("aigos: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Keygen(args) => keys::keygen(provider, &args),
        Command::Keys(cmd) => keys::run(provider, cmd),
        Command::Token(cmd) => token::run(provider, cmd),
        Command::GoldenThread(cmd) => golden::run(provider, cmd),
        Command::Policy(cmd) => policy::run(provider, cmd),
        Command::Audit(cmd) => audit::run(provider, cmd),
        Command::Killswitch(cmd) => killswitch::run(provider, cmd),
        Command::Network(cmd) => network::run(cmd),
        Command::A2a(cmd) => a2a::run(cmd),
        Command::Init(args) => guard::init(provider, &args),
        Command::Serve(args) => serve::serve(&args),
        Command::Validate(args) => guard::validate(&args),
        Command::Demo(args) => guard::demo(provider, &args),
        Command::SecurityAudit(args) => security::run(provider, &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            if !f.message.is_empty() {
                eprintln!("aigos: {}", f.message);
            }
            ExitCode::from(f.code)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn command_line_definition_is_consistent() {
        // clap's own checks of every subcommand (duplicate flags, bad defaults).
        <super::Cli as clap::CommandFactory>::command().debug_assert();
    }
}
