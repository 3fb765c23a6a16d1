//! Memory of the rate limiter with 1,000,000 distinct agents, idle ones
//! evicted as time passes. A binary of its own so no other test allocates
//! meanwhile.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, reason = "tests")]

use std::sync::Arc;
use std::time::Duration;

use aigos_core::ManualClock;
use aigos_runtime::{RateLimitConfig, RateLimiter};

fn rss_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    Some(statm.split_whitespace().nth(1)?.parse::<u64>().ok()? * 4096)
}

#[test]
fn one_million_distinct_agents_stay_bounded() {
    let clock = ManualClock::at_secs(1_800_000_000);
    let l =
        RateLimiter::new(RateLimitConfig { idle_eviction: Duration::from_secs(60), ..RateLimitConfig::default() }, Arc::new(clock.clone()));
    let Some(before) = rss_bytes() else {
        println!("limiter memory: /proc/self/statm unavailable, not measured");
        return;
    };
    let mut peak_keys = 0;
    // 1,000,000 agents, one action each, 1 ms apart: at most ~60,000 are
    // within the idle window at any time.
    for i in 0..1_000_000u32 {
        assert!(l.check(&format!("agent-{i}")).is_allowed());
        clock.advance(Duration::from_millis(1));
        if i % 100_000 == 99_999 {
            peak_keys = peak_keys.max(l.len());
        }
    }
    let after = rss_bytes().unwrap();
    let used = after.saturating_sub(before);
    println!("limiter memory: 1,000,000 distinct agents, at most {peak_keys} tracked at once, RSS grew {:.1} MiB", used as f64 / 1048576.0);
    assert!(peak_keys < 200_000, "idle agents are evicted: {peak_keys}");
    assert!(used < 64 * 1024 * 1024, "{used} bytes");
}
