#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod document;
mod engine;
mod error;

pub use document::{Conditions, Effect, PolicyDocument, Statement, TimeWindow, Warning, Weekday};
pub use engine::{Basis, Decision, PolicyEngine};
pub use error::{Error, Location};
