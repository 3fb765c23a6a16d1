#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod access;
mod checkpoint;
mod encrypt;
mod error;
pub mod merkle;
mod proof;
mod record;
mod retention;
mod segments;
mod store;
mod verify;
mod witness;

pub use access::{ACCESS_KIND, request_access_record};
pub use checkpoint::{Cadence, Checkpoint, CheckpointKeys};
pub use encrypt::{FieldCipher, KdfParams, PBKDF2_ITERATIONS};
pub use error::Error;
pub use proof::{ConsistencyProof, InclusionProof, prove, prove_consistency, read_records};
pub use record::{Body, MacKey, MacKeys, RECORD_TAG, Record, record_hash};
pub use retention::{Archive, Retention, RetentionReport};
pub use store::{AuditConfig, AuditLog, Durability, RecordData, Recovery};
pub use verify::{RETENTION_KIND, RetiredKeys, Summary, Tampering, VerifyOptions, verify_log};
pub use witness::read_witness;
