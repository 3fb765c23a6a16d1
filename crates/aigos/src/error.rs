//! The facade's one error type.

use crate::Layer;

/// Why a Guard could not be built, or an operation on it failed. Each
/// layer's own error converts into it, so callers name one type whatever
/// layers they compile in.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A layer that is compiled in was neither configured nor skipped.
    #[error("layer {0:?} is not configured; configure it or skip it explicitly")]
    Missing(Layer),
    /// The operation needs a layer this Guard leaves out.
    #[error("the {0:?} layer is left out")]
    LayerLeftOut(Layer),
    /// A component could not be set up.
    #[error("{layer:?}: {message}")]
    Component {
        /// The layer.
        layer: Layer,
        /// What went wrong.
        message: String,
    },
    /// A setting is out of range.
    #[error("invalid setting: {0}")]
    Invalid(String),
    /// An agent instance may not be registered or act (terminated, unknown
    /// agent, bound to another agent).
    #[error("instance: {0}")]
    Instance(String),
    /// A kill command was refused (forged, expired, replayed, untrusted).
    #[error("kill command refused: {0}")]
    KillRefused(String),
    /// A shared store did not answer in time, or failed.
    #[error("{what} unavailable: {message}")]
    Unavailable {
        /// The store or log.
        what: &'static str,
        /// What happened.
        message: String,
    },
    /// Approval evidence or an approver could not be used.
    #[error("approval: {0}")]
    Approval(String),
    /// Other clones of the Guard are alive at shutdown.
    #[error("other clones of the Guard are still alive")]
    StillShared,
    /// The shared vocabulary's error (an invalid id, a request that cannot be hashed).
    #[error(transparent)]
    Core(#[from] aigos_core::Error),
    /// The crypto layer's error.
    #[error(transparent)]
    Crypto(#[from] aigos_crypto::Error),
    /// The identity layer's error.
    #[cfg(feature = "identity")]
    #[error(transparent)]
    Identity(#[from] aigos_identity::Error),
    /// The policy layer's error.
    #[cfg(feature = "policy")]
    #[error(transparent)]
    Policy(#[from] aigos_policy::Error),
    /// The audit layer's error.
    #[cfg(feature = "audit")]
    #[error(transparent)]
    Audit(#[from] aigos_audit::Error),
}

/// The former name of [`Error`] for build failures.
pub type BuildError = Error;
