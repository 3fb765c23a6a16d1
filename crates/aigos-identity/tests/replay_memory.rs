//! Memory of the in-memory replay store with 1,000,000 live jtis (target:
//! <= 128 MiB). A binary of its own so no other test allocates meanwhile.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, reason = "tests")]

use std::sync::Arc;

use aigos_core::ManualClock;
use aigos_identity::InMemoryReplayStore;

fn rss_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

#[test]
fn one_million_live_jtis_fit_in_128_mib() {
    // Strings are generated up front and dropped before measuring the store.
    let jtis: Vec<String> = (0..1_000_000u128)
        .map(|i| {
            uuid::Builder::from_random_bytes((i.wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835) | 1).to_le_bytes())
                .into_uuid()
                .to_string()
        })
        .collect();
    let store = InMemoryReplayStore::new(1_000_000, Arc::new(ManualClock::at_secs(1_000)));
    let Some(before) = rss_bytes() else {
        println!("replay store memory: /proc/self/statm unavailable, not measured");
        return;
    };
    for j in &jtis {
        store.check_and_insert_sync(j, 2_000_000).unwrap();
    }
    let after = rss_bytes().unwrap();
    assert_eq!(store.len(), 1_000_000);
    let used = after.saturating_sub(before);
    println!("replay store memory: 1,000,000 live jtis use {:.1} MiB ({:.1} bytes/jti)", used as f64 / 1048576.0, used as f64 / 1e6);
    assert!(used <= 128 * 1024 * 1024, "{used} bytes");
    // Still exact: every one of them is a replay now.
    assert!(store.check_and_insert_sync(&jtis[999_999], 2_000_000).is_err());
}
