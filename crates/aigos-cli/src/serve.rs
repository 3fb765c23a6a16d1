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
    // Warning and error events only (plaintext off loopback, accept
    // failures, kill commands applied, watchdog terminations) on stderr; the
    // facade's per-decision spans are for a telemetry pipeline, not this log,
    // and are not even recorded here.
    {
        use tracing_subscriber::layer::SubscriberExt as _;
        use tracing_subscriber::util::SubscriberInitExt as _;
        let events = tracing_subscriber::filter::filter_fn(|m| m.is_event() && *m.level() <= tracing::Level::WARN);
        let layer = tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_target(false);
        let _ = tracing_subscriber::registry().with(tracing_subscriber::Layer::with_filter(layer, events)).try_init();
    }
    let rt = crate::guard::runtime()?;
    rt.block_on(async {
        let (guard, config, base) = crate::guard::load(&args.config).await?;
        let reloader = tokio::spawn(maintain(guard.clone(), config.clone(), base.clone()));
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
        // The reloader holds a clone of the Guard: gone before it closes.
        reloader.abort();
        let _ = reloader.await;
        guard.shutdown().await.map_err(|e| Failure::usage(format!("closing the audit log: {e}")))?;
        eprintln!("aigos serve: stopped; audit log closed");
        Ok(())
    })
}

/// How often `aigos serve` looks at the key rings for a rotation.
const RING_POLL: std::time::Duration = std::time::Duration::from_secs(15);

/// How often `aigos serve` applies the audit retention.
const RETENTION_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Reloads the permit and checkpoint keys when their rings change (`aigos
/// keys rotate` while the server runs): the new key is published within
/// [`RING_POLL`] and signs from its `signs_from`, with no restart. Applies
/// the audit retention every [`RETENTION_EVERY`].
async fn maintain(guard: aigos::Guard, config: aigos::config::GuardConfig, base: std::path::PathBuf) {
    use aigos::keyring::{Role, ring_path};
    let stamp = |role| std::fs::metadata(ring_path(&base, role)).ok().map(|m| (m.modified().ok(), m.len()));
    let mut seen = (stamp(Role::Permit), stamp(Role::Checkpoint));
    let mut retained = tokio::time::Instant::now();
    loop {
        tokio::time::sleep(RING_POLL).await;
        crate::guard::record_reads(&guard).await;
        if retained.elapsed() >= RETENTION_EVERY {
            crate::guard::retain(&guard).await;
            retained = tokio::time::Instant::now();
        }
        let now = (stamp(Role::Permit), stamp(Role::Checkpoint));
        if now == seen {
            continue;
        }
        match config.reload_signing_keys(&guard, &base).await {
            Ok(_) => eprintln!("aigos serve: signing keys reloaded from their rings"),
            // Kept: the keys in force, until the rings change again.
            Err(e) => eprintln!("aigos serve: key rings not reloaded, keys in force kept: {e}"),
        }
        seen = now;
    }
}
