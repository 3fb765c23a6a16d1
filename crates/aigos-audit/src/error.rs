//! The one error type of the audit layer.

/// Errors of the audit layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file operation failed.
    #[error("I/O: {0}")]
    Io(String),
    /// The log is corrupt before its tail and will not be opened for writing.
    #[error("corrupt log at seq {seq}: {reason}")]
    Corrupt {
        /// First bad record.
        seq: u64,
        /// What is wrong.
        reason: String,
    },
    /// A value could not be encoded.
    #[error("format: {0}")]
    Format(String),
    /// Encryption, decryption, signing or key loading failed.
    #[error("crypto: {0}")]
    Crypto(String),
    /// The log was closed or its writer stopped.
    #[error("audit log closed")]
    Closed,
    /// A proof does not verify or cannot be made.
    #[error("proof: {0}")]
    Proof(String),
    /// The configuration would defeat the log's protection (a witness
    /// inside the log directory).
    #[error("configuration: {0}")]
    Config(String),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e.to_string())
    }
}
