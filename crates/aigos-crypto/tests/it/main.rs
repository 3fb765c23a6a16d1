//! Integration tests of aigos-crypto: one binary, modules by topic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests")]

mod keys;
mod primitives;
mod wycheproof_vectors;
