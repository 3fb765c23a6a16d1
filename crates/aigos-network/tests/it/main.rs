//! Integration tests of aigos-network.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    unreachable_pub,
    reason = "tests"
)]

mod a2a_http;
mod certs;
mod discover;
mod egress;
mod mtls;
mod pki;
mod resilience;
