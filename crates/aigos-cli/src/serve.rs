//! `aigos serve`: the Guard over HTTP(S) until SIGTERM or Ctrl-C, then a
//! drain and a clean close of the audit log.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use crate::Failure;

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The Guard's configuration (aigos.toml); `[server]` says where and how to listen.
    #[arg(long)]
    config: PathBuf,
    /// Listen here instead of `[server] listen` (port 0 picks a free port).
    #[arg(long)]
    listen: Option<SocketAddr>,
}

pub(crate) fn serve(args: &ServeArgs) -> Result<(), Failure> {
    // The server's warnings (plaintext off loopback, accept failures, kill
    // commands applied but not recorded, watchdog terminations) on stderr.
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing_subscriber::filter::LevelFilter::INFO)
        .with_target(false)
        .try_init();
    let rt = crate::guard::runtime()?;
    rt.block_on(async {
        let (guard, config, base) = crate::guard::load(&args.config)?;
        let server = aigos_server::Server::from_config(guard, &config, &base).map_err(Failure::usage)?;
        let bound = server.bind(args.listen).await.map_err(Failure::usage)?;
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .map_err(|e| Failure::usage(format!("SIGTERM: {e}")))?;
        println!("{}", json!({"listening": bound.url()}));
        let stop = async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            eprintln!("aigos serve: draining");
        };
        let guard = bound.serve(stop).await.map_err(Failure::usage)?;
        guard.shutdown().await.map_err(|e| Failure::usage(format!("closing the audit log: {e}")))?;
        eprintln!("aigos serve: stopped; audit log closed");
        Ok(())
    })
}
