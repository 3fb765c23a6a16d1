//! A hierarchical budget ledger: a child's spend counts against every
//! ancestor, and concurrent reservations never overspend.

use std::collections::HashMap;

use aigos_core::{CostUsd, InstanceId};
use tokio::sync::Mutex;

use crate::Error;

/// A reservation handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReservationId(u64);

impl ReservationId {
    /// A handle from a ledger's own numbering (a shared ledger allocates
    /// them in its store).
    pub const fn new(id: u64) -> Self {
        ReservationId(id)
    }

    /// The number behind the handle.
    pub const fn get(self) -> u64 {
        self.0
    }
}

/// A budget store shared by every guard that spends from the same accounts.
/// Implementations must make `reserve` atomic across the whole ancestor
/// chain (a Redis backend does it in one Lua script).
#[async_trait::async_trait]
pub trait BudgetLedger: Send + Sync + std::fmt::Debug {
    /// Reserves `amount` on `account` and every ancestor.
    ///
    /// # Errors
    /// [`Error::Budget`] naming the first account that cannot cover it.
    async fn reserve(&self, account: &InstanceId, amount: CostUsd) -> Result<ReservationId, Error>;
    /// Turns a reservation into spend of `actual` (at most the reserved amount).
    ///
    /// # Errors
    /// [`Error::Budget`] for an unknown reservation or `actual` above it.
    async fn commit(&self, reservation: ReservationId, actual: CostUsd) -> Result<(), Error>;
    /// Cancels a reservation.
    ///
    /// # Errors
    /// [`Error::Budget`] for an unknown reservation.
    async fn release(&self, reservation: ReservationId) -> Result<(), Error>;
    /// What `account` may still spend: the least headroom along its chain.
    ///
    /// # Errors
    /// [`Error::Budget`] for an unknown account.
    async fn remaining(&self, account: &InstanceId) -> Result<Option<CostUsd>, Error>;
}

/// Micro-dollars: exact integer arithmetic (what every ledger counts in).
#[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "CostUsd is finite and >= 0; saturates at u64::MAX")]
pub fn micros(c: CostUsd) -> u64 {
    let m = (c.get() * 1e6).round();
    if m >= u64::MAX as f64 { u64::MAX } else { m as u64 }
}

/// Back from micro-dollars.
pub fn usd(m: u64) -> CostUsd {
    CostUsd::new(m as f64 / 1e6).unwrap_or(CostUsd::ZERO)
}

#[derive(Debug)]
struct Account {
    parent: Option<InstanceId>,
    limit: Option<u64>,
    spent: u64,
    reserved: u64,
}

#[derive(Debug, Default)]
struct State {
    accounts: HashMap<InstanceId, Account>,
    reservations: HashMap<u64, (InstanceId, u64)>,
    next: u64,
}

impl State {
    /// The account and its ancestors, bounded against cycles.
    fn chain(&self, account: &InstanceId) -> Result<Vec<InstanceId>, Error> {
        let mut out = Vec::new();
        let mut current = Some(account.clone());
        while let Some(id) = current {
            let a = self.accounts.get(&id).ok_or_else(|| Error::Budget(format!("unknown account {id}")))?;
            if out.len() > self.accounts.len() {
                return Err(Error::Budget("account cycle".into()));
            }
            current = a.parent.clone();
            out.push(id);
        }
        Ok(out)
    }

    fn apply(&mut self, chain: &[InstanceId], f: impl Fn(&mut Account)) {
        for id in chain {
            if let Some(a) = self.accounts.get_mut(id) {
                f(a);
            }
        }
    }
}

/// The in-memory ledger (one async mutex: reservations are atomic).
#[derive(Debug, Default)]
pub struct InMemoryLedger {
    state: Mutex<State>,
}

impl InMemoryLedger {
    /// An empty ledger.
    pub fn new() -> Self {
        Self::default()
    }

    /// Opens an account under `parent` (which must exist), with an optional limit.
    ///
    /// # Errors
    /// [`Error::Budget`] when the account exists or the parent does not.
    pub async fn open(&self, account: InstanceId, parent: Option<InstanceId>, limit: Option<CostUsd>) -> Result<(), Error> {
        let mut s = self.state.lock().await;
        if s.accounts.contains_key(&account) {
            return Err(Error::Budget(format!("account {account} exists")));
        }
        if let Some(p) = &parent
            && !s.accounts.contains_key(p)
        {
            return Err(Error::Budget(format!("unknown parent account {p}")));
        }
        s.accounts.insert(account, Account { parent, limit: limit.map(micros), spent: 0, reserved: 0 });
        Ok(())
    }

    /// Whether `account` has been opened.
    pub async fn has_account(&self, account: &InstanceId) -> bool {
        self.state.lock().await.accounts.contains_key(account)
    }

    /// Spent (committed) amount of an account, its descendants included.
    ///
    /// # Errors
    /// [`Error::Budget`] for an unknown account.
    pub async fn spent(&self, account: &InstanceId) -> Result<CostUsd, Error> {
        let s = self.state.lock().await;
        s.accounts.get(account).map(|a| usd(a.spent)).ok_or_else(|| Error::Budget(format!("unknown account {account}")))
    }
}

#[async_trait::async_trait]
impl BudgetLedger for InMemoryLedger {
    async fn reserve(&self, account: &InstanceId, amount: CostUsd) -> Result<ReservationId, Error> {
        let amount = micros(amount);
        let mut s = self.state.lock().await;
        let chain = s.chain(account)?;
        for id in &chain {
            let a = s.accounts.get(id).ok_or_else(|| Error::Budget(format!("unknown account {id}")))?;
            if let Some(limit) = a.limit {
                let used = a.spent.saturating_add(a.reserved);
                if used.saturating_add(amount) > limit {
                    return Err(Error::Budget(format!(
                        "account {id} has {} USD left, {} requested",
                        usd(limit.saturating_sub(used)).get(),
                        usd(amount).get()
                    )));
                }
            }
        }
        s.apply(&chain, |a| a.reserved = a.reserved.saturating_add(amount));
        s.next += 1;
        let id = s.next;
        s.reservations.insert(id, (account.clone(), amount));
        Ok(ReservationId(id))
    }

    async fn commit(&self, reservation: ReservationId, actual: CostUsd) -> Result<(), Error> {
        let actual = micros(actual);
        let mut s = self.state.lock().await;
        let (account, amount) = s.reservations.get(&reservation.0).cloned().ok_or_else(|| Error::Budget("unknown reservation".into()))?;
        if actual > amount {
            return Err(Error::Budget(format!("actual {} USD above the reserved {}", usd(actual).get(), usd(amount).get())));
        }
        s.reservations.remove(&reservation.0);
        let chain = s.chain(&account)?;
        s.apply(&chain, |a| {
            a.reserved = a.reserved.saturating_sub(amount);
            a.spent = a.spent.saturating_add(actual);
        });
        Ok(())
    }

    async fn release(&self, reservation: ReservationId) -> Result<(), Error> {
        let mut s = self.state.lock().await;
        let (account, amount) = s.reservations.remove(&reservation.0).ok_or_else(|| Error::Budget("unknown reservation".into()))?;
        let chain = s.chain(&account)?;
        s.apply(&chain, |a| a.reserved = a.reserved.saturating_sub(amount));
        Ok(())
    }

    async fn remaining(&self, account: &InstanceId) -> Result<Option<CostUsd>, Error> {
        let s = self.state.lock().await;
        let chain = s.chain(account)?;
        let mut least: Option<u64> = None;
        for id in &chain {
            if let Some(a) = s.accounts.get(id)
                && let Some(limit) = a.limit
            {
                let left = limit.saturating_sub(a.spent.saturating_add(a.reserved));
                least = Some(least.map_or(left, |l| l.min(left)));
            }
        }
        Ok(least.map(usd))
    }
}
