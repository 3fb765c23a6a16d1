//! `aigos init`: a complete working local setup (keys, registry with the
//! demo agent and its instance, signed policy, approvers, audit log,
//! `aigos.toml`), and the names the demo and tests use.

#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
mod create;
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
pub use create::init;

/// The agent `aigos init` registers.
pub const DEMO_AGENT: &str = "demo-agent";
/// The demo agent's key id.
pub const DEMO_AGENT_KID: &str = "demo-agent-key-1";
/// The demo agent's instance that `aigos init` lists in the registry.
pub const DEMO_INSTANCE: &str = "demo-agent-1";
/// The trust domain of the development certificates `aigos init` writes
/// (built with the network layer).
pub const A2A_TRUST_DOMAIN: &str = "aigos.local";
/// The second agent `aigos init` registers (built with the network layer):
/// the demo agent's A2A peer.
pub const PEER_AGENT: &str = "peer-agent";
/// The demo agent's organization in the registry.
pub const DEMO_ORGANIZATION: &str = "acme";
/// The human approver `aigos init` enrols for TOTP.
pub const DEMO_OPERATOR: &str = "operator";
/// The experts `aigos init` registers (group `experts`).
pub const DEMO_EXPERTS: [&str; 3] = ["expert-1", "expert-2", "expert-3"];
