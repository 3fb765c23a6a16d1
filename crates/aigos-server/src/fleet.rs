//! `[state] backend = "redis"`: the stores a fleet of Guards shares,
//! connected through `aigos-redis` before the Guard is built.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use std::sync::Arc;
//! let (config, base) = aigos::config::GuardConfig::load("aigos.toml".as_ref())?;
//! let clock: Arc<dyn aigos::core::Clock> = Arc::new(aigos::core::SystemClock);
//! let shared = aigos_server::fleet::shared_state(&config, &base, &clock).await?;
//! let joins = shared.kill_bus.is_some();
//! let guard = config.build_with(&base, &clock, shared)?;
//! if joins {
//!     guard.join_fleet().await?; // the fleet's kills, before serving
//! }
//! # Ok(()) }
//! ```

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use aigos::config::{GuardConfig, SharedState, StateBackend};
use aigos::core::Clock;

/// Why the fleet's stores could not be connected.
#[derive(Debug, thiserror::Error)]
#[error("[state] redis: {0}")]
pub struct FleetError(String);

impl FleetError {
    fn usage(e: impl std::fmt::Display) -> Self {
        FleetError(e.to_string())
    }
}

/// The shared stores `config` asks for: with `[state] backend = "redis"`,
/// every store on the fleet's Redis (connected, its eviction policy
/// checked); otherwise none (the Guard's own).
///
/// # Errors
/// [`FleetError`]: a missing URL, an unreadable password or CA file, an
/// unreachable or evicting server.
pub async fn shared_state(config: &GuardConfig, base: &Path, clock: &Arc<dyn Clock>) -> Result<SharedState, FleetError> {
    match connect(config, base, clock).await? {
        Some(state) => shared_from(&state, config),
        None => Ok(SharedState::default()),
    }
}

/// The Redis state `config` names (`None` for a file or memory backend),
/// connected and checked.
///
/// # Errors
/// As [`shared_state`].
pub async fn connect(config: &GuardConfig, base: &Path, clock: &Arc<dyn Clock>) -> Result<Option<aigos_redis::RedisState>, FleetError> {
    let s = &config.state;
    if s.backend != StateBackend::Redis {
        return Ok(None);
    }
    let url = s.url.as_deref().ok_or_else(|| FleetError::usage("[state] backend = \"redis\" needs url"))?;
    let mut redis = aigos_redis::RedisConfig::new(url)
        .prefix(s.prefix.as_str())
        .connect_timeout(Duration::from_millis(s.connect_timeout_ms))
        // Every call runs under the Guard's step timeout.
        .command_timeout(Duration::from_millis(config.guard.step_timeout_ms))
        .pool_size(s.pool_size);
    let password = match (&s.password_file, &s.password_env) {
        (Some(_), Some(_)) => return Err(FleetError::usage("[state]: password_file or password_env, not both")),
        (Some(file), None) => {
            let path = base.join(file);
            let text = std::fs::read_to_string(&path).map_err(|e| FleetError::usage(format!("{}: {e}", path.display())))?;
            Some(text.trim_end_matches(['\r', '\n']).to_owned())
        }
        (None, Some(var)) => Some(std::env::var(var).map_err(|e| FleetError::usage(format!("[state] password_env {var}: {e}")))?),
        (None, None) => None,
    };
    if let Some(password) = password {
        redis = redis.credentials(s.username.clone(), password);
    }
    if let Some(ca) = &s.ca {
        let path = base.join(ca);
        redis = redis.ca_pem(std::fs::read(&path).map_err(|e| FleetError::usage(format!("{}: {e}", path.display())))?);
    }
    aigos_redis::RedisState::connect(redis, clock.clone()).await.map_err(FleetError::usage).map(Some)
}

/// Every store of `state`, for a Guard built from `config` (its rate
/// limits from `[runtime]`, its budget accounts from the registry).
///
/// # Errors
/// [`FleetError`] when the policy mark's connection cannot be opened.
pub fn shared_from(state: &aigos_redis::RedisState, config: &GuardConfig) -> Result<SharedState, FleetError> {
    let mut shared = SharedState::default().replay(state.replay());
    if let Some(r) = &config.runtime {
        shared = shared.rate_limits(state.rate_limits(r.rate_limit_config()));
    }
    shared.approvals = Some(state.approvals());
    shared.versions = Some(state.versions().map_err(FleetError::usage)?);
    shared.kill_bus = Some(state.kill_bus());
    shared.leases = Some(state.leases());
    shared.health = Some(state.health());
    let ledger = state.clone();
    shared.budget_opener = Some(Arc::new(move |accounts| {
        let mut l = ledger.ledger();
        for (account, parent, limit) in accounts {
            l.open(account.clone(), parent.clone(), *limit).map_err(|e| e.to_string())?;
        }
        Ok(Arc::new(l) as Arc<dyn aigos::policy::BudgetLedger>)
    }));
    Ok(shared)
}
