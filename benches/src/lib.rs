//! Criterion benches across the aigos crates live in `benches/`; this
//! library is empty. Run them with `cargo bench -p aigos-benches` or
//! `cargo xtask bench`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
