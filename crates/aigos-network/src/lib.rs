#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod bound;
mod egress;
mod render;

pub use bound::{BindingError, check_binding, x5t_s256};
pub use egress::{EgressConfig, EgressDecision, EgressFilter, EgressRule, Resolver, StaticResolver, SystemResolver, canonical_ip, special};
pub use render::NetworkConfig;
