//! The budget ledger: a reservation on an account and its ancestors in one
//! script; commit and release in one script each.
//!
//! The accounts' parents and limits are the Guard's (from its registry),
//! passed with every call; Redis keeps only what was spent and reserved.
//! Every key shares the hash tag `{PREFIX:budget}` (a reservation spans an
//! agent's ancestors, one slot of a cluster).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use aigos_core::{CostUsd, InstanceId};
use aigos_policy::{BudgetLedger, Error, ReservationId, budget_micros, budget_usd};

use crate::conn::Conn;

static RESERVE: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| redis::Script::new(include_str!("lua/reserve.lua")));
static SETTLE: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| redis::Script::new(include_str!("lua/settle.lua")));

const STORE: &str = "budget ledger";

/// A reservation not settled within a day (its Guard died) is forgotten;
/// the amount stays reserved on the accounts (fail closed) until an
/// operator resets them.
const RESERVATION_TTL: Duration = Duration::from_secs(24 * 3600);

/// How long a positive headroom answer is reused. A validation that
/// declares no cost asks only whether anything is left (an agent whose
/// budget is spent may not act at all); asking Redis every time would add a
/// third round trip to every validation. Within this window a zero-cost
/// action may pass on one Guard after another Guard spent the last of the
/// budget; nothing is spent by it, and every reservation is decided in
/// Redis.
pub const HEADROOM_CACHE: Duration = Duration::from_secs(1);

#[derive(Debug, Clone)]
struct Account {
    parent: Option<InstanceId>,
    limit: Option<u64>,
}

/// Hierarchical budgets shared by the fleet: a child's spend counts
/// against every ancestor, and concurrent reservations on any Guard never
/// overspend.
#[derive(Debug, Clone)]
pub struct RedisLedger {
    conn: Conn,
    tag: String,
    accounts: HashMap<InstanceId, Account>,
    /// Positive headroom answers of the last [`HEADROOM_CACHE`].
    headroom: Arc<Mutex<HashMap<InstanceId, (Instant, u64)>>>,
    /// Bumped by every reservation and settlement of this ledger: an answer
    /// read across one is not kept.
    generation: Arc<std::sync::atomic::AtomicU64>,
}

fn unavailable(e: String) -> Error {
    Error::BudgetUnavailable(e)
}

impl RedisLedger {
    pub(crate) fn new(conn: Conn, prefix: &str) -> Self {
        RedisLedger {
            conn,
            tag: format!("{{{prefix}:budget}}"),
            accounts: HashMap::new(),
            headroom: Arc::default(),
            generation: Arc::default(),
        }
    }

    /// Opens an account under `parent` (which must be open), with an
    /// optional limit: the same call on every Guard of the fleet (from the
    /// same registry).
    ///
    /// # Errors
    /// [`Error::Budget`] when the account is open or the parent is not.
    pub fn open(&mut self, account: InstanceId, parent: Option<InstanceId>, limit: Option<CostUsd>) -> Result<(), Error> {
        if self.accounts.contains_key(&account) {
            return Err(Error::Budget(format!("account {account} exists")));
        }
        if let Some(p) = &parent
            && !self.accounts.contains_key(p)
        {
            return Err(Error::Budget(format!("unknown parent account {p}")));
        }
        self.accounts.insert(account, Account { parent, limit: limit.map(budget_micros) });
        Ok(())
    }

    /// The account and its ancestors, bounded against cycles.
    fn chain(&self, account: &InstanceId) -> Result<Vec<(&InstanceId, &Account)>, Error> {
        let mut out = Vec::new();
        let mut current = Some(account);
        while let Some(id) = current {
            let (id, a) = self.accounts.get_key_value(id).ok_or_else(|| Error::Budget(format!("unknown account {id}")))?;
            if out.len() > self.accounts.len() {
                return Err(Error::Budget("account cycle".into()));
            }
            current = a.parent.as_ref();
            out.push((id, a));
        }
        Ok(out)
    }

    fn key(&self, account: &InstanceId) -> String {
        format!("{}:acct:{account}", self.tag)
    }

    /// This ledger's own spend and holds change what it answered before.
    fn forget_headroom(&self) {
        self.generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.headroom.lock().unwrap_or_else(PoisonError::into_inner).clear();
    }

    async fn settle(&self, reservation: ReservationId, actual: Option<u64>) -> Result<(), Error> {
        self.forget_headroom();
        let mut invocation = SETTLE.key(format!("{}:res:{}", self.tag, reservation.get()));
        match actual {
            Some(a) => invocation.arg(a),
            None => invocation.arg("-"),
        };
        let outcome: i64 =
            self.conn.call(STORE, |mut c| async move { invocation.invoke_async(&mut c).await }).await.map_err(unavailable)?;
        match outcome {
            1 => Ok(()),
            -2 => Err(Error::Budget("actual amount above the reserved one".into())),
            _ => Err(Error::Budget("unknown reservation".into())),
        }
    }
}

#[async_trait::async_trait]
impl BudgetLedger for RedisLedger {
    async fn reserve(&self, account: &InstanceId, amount: CostUsd) -> Result<ReservationId, Error> {
        let chain = self.chain(account)?;
        self.forget_headroom();
        let amount = budget_micros(amount);
        let mut invocation = RESERVE.prepare_invoke();
        for (id, _) in &chain {
            invocation.key(self.key(id));
        }
        invocation.key(format!("{}:seq", self.tag)).arg(amount);
        for (_, a) in &chain {
            match a.limit {
                Some(l) => invocation.arg(l),
                None => invocation.arg("-"),
            };
        }
        invocation.arg(format!("{}:res:", self.tag)).arg(u64::try_from(RESERVATION_TTL.as_millis()).unwrap_or(u64::MAX));
        let reply: Vec<u64> =
            self.conn.call(STORE, |mut c| async move { invocation.invoke_async(&mut c).await }).await.map_err(unavailable)?;
        match reply.as_slice() {
            [1, id] => Ok(ReservationId::new(*id)),
            [0, index, left] => {
                let id =
                    usize::try_from(*index).ok().and_then(|i| chain.get(i)).map_or_else(|| account.to_string(), |(id, _)| id.to_string());
                Err(Error::Budget(format!("account {id} has {} USD left, {} requested", budget_usd(*left).get(), budget_usd(amount).get())))
            }
            other => Err(unavailable(format!("unexpected reply {other:?}"))),
        }
    }

    async fn commit(&self, reservation: ReservationId, actual: CostUsd) -> Result<(), Error> {
        self.settle(reservation, Some(budget_micros(actual))).await
    }

    async fn release(&self, reservation: ReservationId) -> Result<(), Error> {
        self.settle(reservation, None).await
    }

    async fn remaining(&self, account: &InstanceId) -> Result<Option<CostUsd>, Error> {
        // Only accounts with a limit on their chain are cached: a hit needs no walk.
        if let Some((at, left)) = self.headroom.lock().unwrap_or_else(PoisonError::into_inner).get(account).copied()
            && at.elapsed() < HEADROOM_CACHE
        {
            return Ok(Some(budget_usd(left)));
        }
        let chain = self.chain(account)?;
        let limited: Vec<(String, u64)> = chain.iter().filter_map(|(id, a)| a.limit.map(|l| (self.key(id), l))).collect();
        if limited.is_empty() {
            return Ok(None);
        }
        let generation = self.generation.load(std::sync::atomic::Ordering::SeqCst);
        let keys: Vec<String> = limited.iter().map(|(k, _)| k.clone()).collect();
        let used: Vec<(Option<u64>, Option<u64>)> = self
            .conn
            .call(STORE, |mut c| async move {
                let mut pipe = redis::pipe();
                for k in &keys {
                    pipe.cmd("HMGET").arg(k).arg("spent").arg("reserved");
                }
                pipe.query_async(&mut c).await
            })
            .await
            .map_err(unavailable)?;
        let least = limited
            .iter()
            .zip(used)
            .map(|((_, limit), (spent, reserved))| limit.saturating_sub(spent.unwrap_or(0).saturating_add(reserved.unwrap_or(0))))
            .min();
        if let Some(left) = least.filter(|l| *l > 0) {
            let mut cache = self.headroom.lock().unwrap_or_else(PoisonError::into_inner);
            // Checked under the lock that forget_headroom clears under.
            if self.generation.load(std::sync::atomic::Ordering::SeqCst) == generation {
                cache.insert(account.clone(), (Instant::now(), left));
            }
        }
        Ok(least.map(budget_usd))
    }
}
