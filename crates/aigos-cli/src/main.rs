//! The `aigos` command line.
//!
//! Subcommands arrive with the layers they expose (keys and tokens with the
//! identity layer, policies with the policy layer, and so on); until then the
//! binary answers `--help` and `--version` only, and claims nothing it cannot do.

use clap::Parser;

/// Harden what autonomous AI agents do: check, limit, approve and record every action.
#[derive(Debug, Parser)]
#[command(name = "aigos", version, about, long_about = None, propagate_version = true)]
struct Cli {}

fn main() {
    let Cli {} = Cli::parse();
    // No subcommand yet: print help, as `git` does when called bare.
    let mut cmd = <Cli as clap::CommandFactory>::command();
    if cmd.print_help().is_err() {
        std::process::exit(2);
    }
}
