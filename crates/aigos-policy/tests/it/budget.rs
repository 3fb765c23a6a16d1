//! The budget ledger: hierarchy and concurrency.

use std::sync::Arc;

use aigos_core::{CostUsd, InstanceId};
use aigos_policy::{BudgetLedger, Error, InMemoryLedger};

fn id(s: &str) -> InstanceId {
    InstanceId::new(s).unwrap()
}

fn usd(v: f64) -> CostUsd {
    CostUsd::new(v).unwrap()
}

#[tokio::test]
async fn child_spend_counts_against_every_ancestor() {
    let l = InMemoryLedger::new();
    l.open(id("root"), None, Some(usd(10.0))).await.unwrap();
    l.open(id("child"), Some(id("root")), Some(usd(8.0))).await.unwrap();
    l.open(id("grandchild"), Some(id("child")), None).await.unwrap();
    let r = l.reserve(&id("grandchild"), usd(5.0)).await.unwrap();
    l.commit(r, usd(4.5)).await.unwrap();
    assert_eq!(l.spent(&id("root")).await.unwrap().get(), 4.5);
    assert_eq!(l.remaining(&id("grandchild")).await.unwrap().unwrap().get(), 3.5, "child limit 8 - 4.5");
    assert!(l.reserve(&id("grandchild"), usd(3.6)).await.is_err(), "child's limit binds");
    let r = l.reserve(&id("root"), usd(5.5)).await.unwrap();
    assert!(l.reserve(&id("grandchild"), usd(0.1)).await.is_err(), "root is now exhausted");
    l.release(r).await.unwrap();
    assert!(l.reserve(&id("grandchild"), usd(0.1)).await.is_ok());
    let r = l.reserve(&id("child"), usd(1.0)).await.unwrap();
    assert!(l.commit(r, usd(1.5)).await.is_err(), "cannot commit more than reserved");
    assert!(l.commit(r, usd(1.0)).await.is_ok());
    assert!(l.commit(r, usd(1.0)).await.is_err(), "a reservation commits once");
    assert!(l.open(id("x"), Some(id("nobody")), None).await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_reservations_never_overspend() {
    let l = Arc::new(InMemoryLedger::new());
    l.open(id("root"), None, Some(usd(100.0))).await.unwrap();
    for c in 0..4 {
        l.open(id(&format!("c{c}")), Some(id("root")), Some(usd(40.0))).await.unwrap();
    }
    let mut tasks = Vec::new();
    for t in 0..400 {
        let l = l.clone();
        tasks.push(tokio::spawn(async move {
            let account = id(&format!("c{}", t % 4));
            match l.reserve(&account, usd(0.75)).await {
                Ok(r) => {
                    tokio::task::yield_now().await;
                    l.commit(r, usd(0.75)).await.unwrap();
                    1u32
                }
                Err(_) => 0,
            }
        }));
    }
    let mut ok = 0;
    for t in tasks {
        ok += t.await.unwrap();
    }
    let spent = l.spent(&id("root")).await.unwrap().get();
    assert!(spent <= 100.0, "spent {spent}");
    assert_eq!(ok, 133, "exactly floor(100 / 0.75) reservations fit");
    for c in 0..4 {
        assert!(l.spent(&id(&format!("c{c}"))).await.unwrap().get() <= 40.0);
    }
}

#[tokio::test]
async fn a_childs_reservation_counts_against_its_parents_limit() {
    let l = InMemoryLedger::new();
    assert!(!l.has_account(&id("parent")).await);
    l.open(id("parent"), None, Some(usd(5.0))).await.unwrap();
    l.open(id("a"), Some(id("parent")), None).await.unwrap();
    l.open(id("b"), Some(id("parent")), Some(usd(100.0))).await.unwrap();
    assert!(l.has_account(&id("parent")).await && l.has_account(&id("a")).await);
    assert!(!l.has_account(&id("c")).await);
    assert_eq!(l.remaining(&id("b")).await.unwrap().unwrap().get(), 5.0, "the parent's limit is the least headroom");

    match l.reserve(&id("b"), usd(6.0)).await {
        Err(e @ Error::Budget(_)) => {
            assert!(e.to_string().contains("parent"), "names the account that cannot cover it: {e}");
            assert_eq!(e.code(), "BUDGET_REFUSED");
        }
        other => panic!("{other:?}"),
    }
    let ra = l.reserve(&id("a"), usd(3.0)).await.unwrap();
    assert!(matches!(l.reserve(&id("b"), usd(2.5)).await, Err(Error::Budget(_))), "siblings share the parent's limit");
    let rb = l.reserve(&id("b"), usd(2.0)).await.unwrap();
    assert_eq!(l.remaining(&id("parent")).await.unwrap().unwrap().get(), 0.0);
    l.release(rb).await.unwrap();
    l.commit(ra, usd(2.0)).await.unwrap();
    assert_eq!(l.remaining(&id("b")).await.unwrap().unwrap().get(), 3.0, "released and partly committed");
    assert_eq!(l.spent(&id("parent")).await.unwrap().get(), 2.0);
    assert!(matches!(l.reserve(&id("c"), usd(0.1)).await, Err(Error::Budget(_))), "unknown account");
    assert!(matches!(l.open(id("a"), None, None).await, Err(Error::Budget(_))), "an account opens once");
}
