#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod a2a;
mod bound;
mod egress;
mod render;
mod trust;

pub use a2a::{
    A2aPolicy, A2aRejection, ERROR_HEADER, PeerClaims, TOKEN_HEADER, TokenValidator, VALID_HEADER, VERSION_HEADER, response_headers,
};
pub use bound::{BindingError, check_binding, x5t_s256};
pub use egress::{EgressConfig, EgressDecision, EgressFilter, EgressRule, Resolver, StaticResolver, SystemResolver, canonical_ip, special};
pub use render::NetworkConfig;
pub use trust::{TrustDecision, TrustEffect, TrustPolicy, TrustPolicyConfig, TrustRule};
