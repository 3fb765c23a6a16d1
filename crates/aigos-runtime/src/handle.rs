//! The agent-side handle: the state a kill switch drives, and futures the
//! agent's task loop selects on.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::watch;

use crate::{CommandType, KillCommand};

/// The state of an agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgentState {
    /// Working.
    Running,
    /// No new work; in-flight work gets a grace period.
    Paused,
    /// Stopped for good.
    Terminated {
        /// Why.
        reason: String,
    },
}

/// How a piece of work ended when the handle interrupted it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Interrupted {
    /// The agent was terminated (after the graceful-shutdown timeout).
    #[error("terminated: {0}")]
    Terminated(String),
    /// The agent was paused and the grace period ran out.
    #[error("paused")]
    Paused,
}

/// Timeouts of the handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandleConfig {
    /// How long in-flight work may continue after a pause (default 30 s).
    pub pause_grace: Duration,
    /// How long in-flight work may continue after a termination (default 10 s).
    pub shutdown_grace: Duration,
}

impl Default for HandleConfig {
    fn default() -> Self {
        HandleConfig { pause_grace: Duration::from_secs(30), shutdown_grace: Duration::from_secs(10) }
    }
}

/// A cheap-to-clone handle on one agent's state, with its children.
#[derive(Clone, Debug)]
pub struct AgentHandle {
    state: Arc<watch::Sender<AgentState>>,
    children: Arc<Mutex<Vec<AgentHandle>>>,
    cfg: HandleConfig,
}

impl Default for AgentHandle {
    fn default() -> Self {
        Self::new(HandleConfig::default())
    }
}

impl AgentHandle {
    /// A running agent.
    pub fn new(cfg: HandleConfig) -> Self {
        AgentHandle { state: Arc::new(watch::Sender::new(AgentState::Running)), children: Arc::new(Mutex::new(Vec::new())), cfg }
    }

    /// The current state.
    pub fn state(&self) -> AgentState {
        self.state.borrow().clone()
    }

    /// A child agent: terminated whenever this one is (a child of a terminated
    /// agent starts terminated).
    pub fn child(&self) -> AgentHandle {
        let child = AgentHandle::new(self.cfg);
        if let AgentState::Terminated { reason } = self.state() {
            child.terminate(&format!("parent terminated: {reason}"));
        }
        if let Ok(mut c) = self.children.lock() {
            c.push(child.clone());
        }
        child
    }

    /// Pauses (ignored once terminated).
    pub fn pause(&self) {
        self.state.send_if_modified(|s| {
            let change = *s == AgentState::Running;
            if change {
                *s = AgentState::Paused;
            }
            change
        });
    }

    /// Resumes a paused agent; never undoes a termination.
    pub fn resume(&self) {
        self.state.send_if_modified(|s| {
            let change = *s == AgentState::Paused;
            if change {
                *s = AgentState::Running;
            }
            change
        });
    }

    /// Terminates this agent and, recursively, its children. Final.
    pub fn terminate(&self, reason: &str) {
        let changed = self.state.send_if_modified(|s| {
            let change = !matches!(s, AgentState::Terminated { .. });
            if change {
                *s = AgentState::Terminated { reason: reason.to_owned() };
            }
            change
        });
        if changed {
            let children = self.children.lock().map(|c| c.clone()).unwrap_or_default();
            for c in children {
                c.terminate(&format!("parent terminated: {reason}"));
            }
        }
    }

    /// Applies a verified command.
    pub fn apply(&self, cmd: &KillCommand) {
        match cmd.kind {
            CommandType::Terminate => self.terminate(&format!("kill switch {}: {}", cmd.id, cmd.reason)),
            CommandType::Pause => self.pause(),
            CommandType::Resume => self.resume(),
        }
    }

    /// Resolves with the reason once the agent is terminated: the
    /// cancellation future a task loop selects on.
    pub async fn terminated(&self) -> String {
        let mut rx = self.state.subscribe();
        loop {
            if let AgentState::Terminated { reason } = &*rx.borrow_and_update() {
                return reason.clone();
            }
            if rx.changed().await.is_err() {
                return "handle dropped".into();
            }
        }
    }

    /// Waits until new work may start: returns at once when running, waits
    /// while paused, fails when terminated.
    ///
    /// # Errors
    /// [`Interrupted::Terminated`] once terminated.
    pub async fn ready(&self) -> Result<(), Interrupted> {
        let mut rx = self.state.subscribe();
        loop {
            match &*rx.borrow_and_update() {
                AgentState::Running => return Ok(()),
                AgentState::Terminated { reason } => return Err(Interrupted::Terminated(reason.clone())),
                AgentState::Paused => {}
            }
            if rx.changed().await.is_err() {
                return Err(Interrupted::Terminated("handle dropped".into()));
            }
        }
    }

    /// Runs in-flight work under the handle: a pause lets it go on for the
    /// pause grace period (a resume in time keeps it running), a termination
    /// for the shutdown grace period; then the work is dropped (interrupted).
    ///
    /// # Errors
    /// [`Interrupted`] when the work was cut off.
    pub async fn run<F: std::future::Future>(&self, work: F) -> Result<F::Output, Interrupted> {
        tokio::pin!(work);
        let mut rx = self.state.subscribe();
        let mut deadline: Option<tokio::time::Instant> = None;
        loop {
            let state = rx.borrow_and_update().clone();
            deadline = match (&state, deadline) {
                (AgentState::Running, _) => None,
                (AgentState::Paused, Some(d)) => Some(d),
                (AgentState::Paused, None) => Some(tokio::time::Instant::now() + self.cfg.pause_grace),
                (AgentState::Terminated { .. }, d) => {
                    let t = tokio::time::Instant::now() + self.cfg.shutdown_grace;
                    Some(d.map_or(t, |d| d.min(t)))
                }
            };
            let sleep = async {
                match deadline {
                    Some(d) => tokio::time::sleep_until(d).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                out = &mut work => return Ok(out),
                () = sleep => {
                    return Err(match state {
                        AgentState::Terminated { reason } => Interrupted::Terminated(reason),
                        _ => Interrupted::Paused,
                    });
                }
                changed = rx.changed() => {
                    if changed.is_err() {
                        return Err(Interrupted::Terminated("handle dropped".into()));
                    }
                }
            }
        }
    }
}
