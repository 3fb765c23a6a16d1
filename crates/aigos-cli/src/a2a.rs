//! `aigos a2a serve | call`: one agent's A2A server or one call, from
//! `[a2a]` in aigos.toml, checked by the Guard that file describes.

use std::{path::PathBuf, sync::Arc};

use aigos::a2a::A2aNode;
use aigos_core::{Clock, SystemClock};
use aigos_network::{A2aCaller, A2aError, A2aHandler, SpiffeId};
use bytes::Bytes;
use clap::Subcommand;
use serde_json::json;

use crate::{
    Failure,
    guard::{describe, load, runtime},
};

#[derive(Debug, Subcommand)]
pub(crate) enum A2aCommand {
    /// Serve one agent's A2A endpoint (mTLS, tokens, trust policy, kill state, audit) until SIGTERM or Ctrl-C.
    ///
    /// Prints {"listening": ADDR, "agent": SPIFFE_ID} on stdout once ready. Every call is
    /// answered with {"served": ACTION, "caller": SPIFFE_ID, "body_bytes": N}.
    Serve {
        /// aigos.toml with an [a2a] section.
        #[arg(long)]
        config: PathBuf,
        /// The agent to serve as ([a2a.agents.ID]); default: [a2a] agent, or the only one listed.
        #[arg(long)]
        agent: Option<String>,
        /// Address to listen on; default: the agent's `listen`.
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
    },
    /// Call ACTION on the agent with SPIFFE ID --to; prints the answer as JSON.
    ///
    /// Exit 0 when the call was served (2xx), 1 when refused by either side, 2 on a usage error.
    Call {
        /// aigos.toml with an [a2a] section.
        #[arg(long)]
        config: PathBuf,
        /// The agent to call as ([a2a.agents.ID]); default: [a2a] agent, or the only one listed.
        #[arg(long)]
        agent: Option<String>,
        /// The server's SPIFFE ID (required: the server must prove it is that agent).
        #[arg(long)]
        to: String,
        /// The action (request path without the leading /).
        #[arg(long)]
        action: String,
        /// Request body.
        #[arg(long, default_value = "")]
        body: String,
        /// The server's address; default: its `listen` in [a2a.agents].
        #[arg(long)]
        addr: Option<std::net::SocketAddr>,
    },
}

/// How long `call` waits for the handshake and the answer together.
const CALL_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

pub(crate) fn run(cmd: A2aCommand) -> Result<(), Failure> {
    match cmd {
        A2aCommand::Serve { config, agent, listen } => serve(&config, agent.as_deref(), listen),
        A2aCommand::Call { config, agent, to, action, body, addr } => call(&config, agent.as_deref(), &to, &action, body, addr),
    }
}

async fn node(
    config: &std::path::Path,
    agent: Option<&str>,
) -> Result<(aigos::Guard, aigos::config::GuardConfig, PathBuf, A2aNode), Failure> {
    let (guard, cfg, base) = load(config).await?;
    let section = cfg.a2a.as_ref().ok_or_else(|| Failure::usage(format!("{}: no [a2a] section", config.display())))?;
    let agent = match (agent, section.agent.as_deref()) {
        (Some(a), _) | (None, Some(a)) => a.to_owned(),
        (None, None) => match section.agents.keys().collect::<Vec<_>>().as_slice() {
            [only] => (*only).clone(),
            _ => return Err(Failure::usage("several (or no) [a2a.agents] and no [a2a] agent: name one with --agent")),
        },
    };
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let node = A2aNode::from_config(&guard, &cfg, &base, &agent, clock).map_err(Failure::usage)?;
    Ok((guard, cfg, base, node))
}

/// Acknowledges each served call.
struct Acknowledge;

#[async_trait::async_trait]
impl A2aHandler for Acknowledge {
    async fn handle(&self, caller: &A2aCaller, request: hyper::Request<Bytes>) -> hyper::Response<Bytes> {
        let body = json!({"served": caller.action, "caller": caller.peer.id().to_string(), "body_bytes": request.body().len()});
        let mut response = hyper::Response::new(Bytes::from(body.to_string()));
        response.headers_mut().insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("application/json"));
        response
    }
}

fn serve(config: &std::path::Path, agent: Option<&str>, listen: Option<std::net::SocketAddr>) -> Result<(), Failure> {
    let rt = runtime()?;
    rt.block_on(async {
        let (guard, cfg, base, node) = node(config, agent).await?;
        let addr = listen.or_else(|| node.listen_address()).ok_or_else(|| Failure::usage("no --listen and no `listen` for this agent"))?;
        // Kill commands reach the server through `[runtime] kill_commands`.
        let (listeners, mut reports) = guard.listen(cfg.kill_sources(&base));
        tokio::spawn(async move {
            while let Some(report) = reports.recv().await {
                eprintln!("{}", describe(&report));
            }
        });
        let server = node.server(Arc::new(Acknowledge)).map_err(Failure::usage)?;
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| Failure::usage(format!("{addr}: {e}")))?;
        let bound = listener.local_addr().map_err(Failure::usage)?;
        println!("{}", json!({"listening": bound.to_string(), "agent": node.identity().to_string()}));
        let serving = tokio::spawn(Arc::clone(&server).serve(listener));
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .map_err(|e| Failure::usage(format!("SIGTERM: {e}")))?;
        tokio::select! {
            _ = term.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
        serving.abort();
        let _ = serving.await;
        for task in listeners {
            task.abort();
            let _ = task.await;
        }
        let stats = server.stats();
        drop((server, node));
        eprintln!("aigos: a2a server stopped ({stats:?})");
        // Open connections still hold the Guard; every served call was
        // recorded before it ran, so only the closing checkpoint waits.
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        match guard.shutdown().await {
            Ok(()) => Ok(()),
            Err(aigos::Error::StillShared) => {
                eprintln!("aigos: connections still open at exit; the audit log is closed without its final checkpoint");
                Ok(())
            }
            Err(e) => Err(Failure::usage(e)),
        }
    })
}

fn call(
    config: &std::path::Path,
    agent: Option<&str>,
    to: &str,
    action: &str,
    body: String,
    addr: Option<std::net::SocketAddr>,
) -> Result<(), Failure> {
    let rt = runtime()?;
    rt.block_on(async {
        let (guard, _cfg, _base, node) = node(config, agent).await?;
        let to = SpiffeId::parse(to).map_err(|e| Failure::usage(format!("--to: {e}")))?;
        let addr = addr
            .or_else(|| node.address_of(to.agent_id()))
            .ok_or_else(|| Failure::usage(format!("no --addr and no `listen` for {} in [a2a.agents]", to.agent_id())))?;
        let client = node.client().map_err(Failure::usage)?;
        let tcp = tokio::net::TcpStream::connect(addr).await.map_err(|e| Failure::usage(format!("{addr}: {e}")))?;
        let exchange = async {
            match client.connect(tcp, &to).await {
                Ok(mut session) => session.call(action, Bytes::from(body)).await,
                Err(e) => Err(e),
            }
        };
        let result = tokio::time::timeout(CALL_TIMEOUT, exchange)
            .await
            .unwrap_or_else(|_| Err(A2aError::Http(format!("no answer within {} s", CALL_TIMEOUT.as_secs()))));
        let outcome = match result {
            Ok(answer) => {
                let text = String::from_utf8_lossy(&answer.body).into_owned();
                let body = serde_json::from_str::<serde_json::Value>(&text).unwrap_or(serde_json::Value::String(text));
                println!("{}", json!({"status": answer.status.as_u16(), "body": body, "server": answer.server.asset_id}));
                if answer.status.is_success() { Ok(()) } else { Err(Failure::rejected("")) }
            }
            Err(e) => {
                let code = match &e {
                    A2aError::Rejected(r) => r.code.clone(),
                    A2aError::ServerRejected(r) => format!("SERVER_{}", r.code),
                    A2aError::PeerRefused(r) => format!("NOT_SENT_{}", r.code),
                    A2aError::Mtls(m) => format!("MTLS: {m}"),
                    other => other.to_string(),
                };
                println!("{}", json!({"error": code}));
                Err(Failure::rejected(""))
            }
        };
        drop((client, node));
        guard.shutdown().await.map_err(Failure::usage)?;
        outcome
    })
}
