//! Inclusion proofs against the latest checkpoint, consistency proofs from
//! a witnessed checkpoint to it, and reading records back.

use std::io::{BufRead, BufReader};
use std::path::Path;

use aigos_crypto::Provider;
use serde::{Deserialize, Serialize};

use crate::checkpoint::{Checkpoint, CheckpointKeys};
use crate::merkle::{
    Frontier, Hash, consistency_proof_resumed, inclusion_proof_resumed, leaf_hash32, verify_consistency, verify_inclusion,
};
use crate::record::{Record, check_line, hex32, parse_hex32};
use crate::{Error, segments, verify};

/// A self-contained inclusion proof: record `seq` (its hash) is leaf `seq` of
/// the tree the checkpoint signs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InclusionProof {
    /// The record.
    pub seq: u64,
    /// Its hash (hex).
    pub record_hash: String,
    /// The audit path (hex), leaf to root.
    pub path: Vec<String>,
    /// The checkpoint the proof is against.
    pub checkpoint: Checkpoint,
}

impl InclusionProof {
    /// Checks the path against the checkpoint's root, and the checkpoint's
    /// signature when trusted keys are given.
    ///
    /// # Errors
    /// [`Error::Proof`] saying what failed.
    pub fn check(&self, provider: Provider, keys: Option<CheckpointKeys<'_>>) -> Result<(), Error> {
        if let Some(k) = keys {
            self.checkpoint.verify_signature(provider, k).map_err(Error::Proof)?;
        }
        let leaf = parse_hex32(&self.record_hash).ok_or_else(|| Error::Proof("record hash is not hex".into()))?;
        let path: Vec<Hash> =
            self.path.iter().map(|p| parse_hex32(p)).collect::<Option<_>>().ok_or_else(|| Error::Proof("path is not hex".into()))?;
        let root = self.checkpoint.root_hash().ok_or_else(|| Error::Proof("checkpoint root is not hex".into()))?;
        if verify_inclusion(provider, self.seq, self.checkpoint.tree_size, &leaf_hash32(provider, &leaf), &path, &root) {
            Ok(())
        } else {
            Err(Error::Proof(format!("record {} is not in the tree of size {}", self.seq, self.checkpoint.tree_size)))
        }
    }
}

/// Streams records `from..=to` (checked against the chain) to `f`.
///
/// # Errors
/// [`Error::Corrupt`] at the first record that does not check.
pub fn read_records(
    provider: Provider,
    dir: &Path,
    from: u64,
    to: u64,
    f: &mut dyn FnMut(Record) -> Result<(), Error>,
) -> Result<(), Error> {
    let segs = segments::list(dir)?;
    // Records before the first segment were archived: the chain resumes
    // from the head of the checkpoint at that tree size.
    let mut seq = segs.first().map_or(0, |(first, _)| *first);
    let mut prev: Hash = if seq == 0 {
        [0; 32]
    } else {
        let cps = verify::read_checkpoints(dir).map_err(|t| Error::Corrupt { seq: t.seq, reason: t.reason })?;
        cps.iter()
            .find(|cp| cp.tree_size == seq)
            .and_then(Checkpoint::head)
            .ok_or_else(|| Error::Corrupt { seq, reason: format!("records before {seq} are gone and no checkpoint covers them") })?
    };
    let mut line = Vec::new();
    for (_, path) in segs {
        let mut reader = BufReader::new(segments::open_read(&path)?);
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            if seq > to {
                return Ok(());
            }
            let content = line.strip_suffix(b"\n").ok_or(Error::Corrupt { seq, reason: "torn record".into() })?;
            let checked = check_line(provider, content, seq, &prev, None).map_err(|reason| Error::Corrupt { seq, reason })?;
            prev = checked.hash;
            if seq >= from {
                f(checked.record().map_err(|reason| Error::Corrupt { seq, reason })?)?;
            }
            seq += 1;
        }
    }
    Ok(())
}

/// An inclusion proof of record `seq` against the latest checkpoint.
///
/// # Errors
/// [`Error::Proof`] when no checkpoint covers `seq`; [`Error::Corrupt`] when
/// the log does not check.
pub fn prove(provider: Provider, dir: &Path, seq: u64) -> Result<InclusionProof, Error> {
    let checkpoints = verify::read_checkpoints(dir).map_err(|t| Error::Corrupt { seq: t.seq, reason: t.reason })?;
    let cp = checkpoints.last().cloned().ok_or_else(|| Error::Proof("the log has no checkpoint yet".into()))?;
    if seq >= cp.tree_size {
        return Err(Error::Proof(format!("seq {seq} is not covered by the latest checkpoint (tree size {})", cp.tree_size)));
    }
    let mut record_hash = [0u8; 32];
    let (prefix, leaves) = leaves_of(provider, dir, &checkpoints, cp.tree_size, &mut |s, hash| {
        if s == seq {
            record_hash = *hash;
        }
    })?;
    if seq < prefix.size() {
        return Err(Error::Proof(format!(
            "record {seq} was archived (retention keeps records from {} on): prove it against the log with its archived segments",
            prefix.size()
        )));
    }
    let path = inclusion_proof_resumed(provider, &prefix, seq, &leaves).ok_or_else(|| Error::Proof("seq out of range".into()))?;
    let proof = InclusionProof { seq, record_hash: hex32(&record_hash), path: path.iter().map(hex32).collect(), checkpoint: cp };
    proof.check(provider, None)?;
    Ok(proof)
}

/// The leaves of the tree of `size` records: the archived prefix as the
/// frontier its checkpoint carries (empty when nothing was archived), and
/// the leaf hash of every later record, read and checked against the chain
/// (each record's seq and hash shown to `seen`).
fn leaves_of(
    provider: Provider,
    dir: &Path,
    checkpoints: &[Checkpoint],
    size: u64,
    seen: &mut dyn FnMut(u64, &Hash),
) -> Result<(Frontier, Vec<Hash>), Error> {
    let first = segments::list(dir)?.first().map_or(0, |(first, _)| *first);
    let prefix = if first == 0 {
        Frontier::new()
    } else {
        checkpoints.iter().find(|cp| cp.tree_size == first).and_then(|cp| cp.frontier(provider)).ok_or_else(|| Error::Corrupt {
            seq: first,
            reason: format!("records before {first} are gone and no checkpoint carries their frontier"),
        })?
    };
    let mut leaves = Vec::new();
    if size > first {
        read_records(provider, dir, first, size - 1, &mut |r| {
            seen(r.body.seq, &r.hash);
            leaves.push(leaf_hash32(provider, &r.hash));
            Ok(())
        })?;
    }
    let held = prefix.size().saturating_add(leaves.len() as u64);
    if held != size {
        return Err(Error::Proof(format!("the log holds {held} of the {size} records its latest checkpoint covers")));
    }
    Ok((prefix, leaves))
}

/// An RFC 9162 consistency proof: the tree of an older checkpoint (a
/// witness) of `old_size` records is a prefix of the tree `checkpoint`
/// signs. Lets whoever holds only the older checkpoint (a remote witness)
/// check a newer one without the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsistencyProof {
    /// Tree size of the older checkpoint.
    pub old_size: u64,
    /// The proof nodes (hex), RFC 9162 section 2.1.4.
    pub path: Vec<String>,
    /// The newer checkpoint (the latest of the log).
    pub checkpoint: Checkpoint,
}

impl ConsistencyProof {
    /// Checks that `old` (e.g. a witness) is the prefix of the proof's
    /// checkpoint, and both signatures when trusted keys are given.
    ///
    /// # Errors
    /// [`Error::Proof`] saying what failed.
    pub fn check(&self, provider: Provider, old: &Checkpoint, keys: Option<CheckpointKeys<'_>>) -> Result<(), Error> {
        if let Some(k) = keys {
            old.verify_signature(provider, k).map_err(|r| Error::Proof(format!("older checkpoint: {r}")))?;
            self.checkpoint.verify_signature(provider, k).map_err(Error::Proof)?;
        }
        if old.log != self.checkpoint.log {
            return Err(Error::Proof(format!("the older checkpoint is of another log ({:?}, not {:?})", old.log, self.checkpoint.log)));
        }
        if old.tree_size != self.old_size {
            return Err(Error::Proof(format!(
                "the proof starts at tree size {}, the older checkpoint has {}",
                self.old_size, old.tree_size
            )));
        }
        let path: Vec<Hash> =
            self.path.iter().map(|p| parse_hex32(p)).collect::<Option<_>>().ok_or_else(|| Error::Proof("path is not hex".into()))?;
        let (Some(old_root), Some(new_root)) = (old.root_hash(), self.checkpoint.root_hash()) else {
            return Err(Error::Proof("a root is not hex".into()));
        };
        // The empty tree is a prefix of every tree (RFC 9162 proves sizes from 1).
        let consistent = if self.old_size == 0 {
            path.is_empty()
        } else {
            verify_consistency(provider, self.old_size, self.checkpoint.tree_size, &path, &old_root, &new_root)
        };
        if consistent {
            Ok(())
        } else {
            Err(Error::Proof(format!(
                "the tree of size {} is not a prefix of the tree of size {} (rewritten or truncated log)",
                self.old_size, self.checkpoint.tree_size
            )))
        }
    }
}

/// A consistency proof from the tree of size `old_size` (a witness's) to
/// the latest checkpoint. Reads the records the latest checkpoint covers
/// (one hash each in memory).
///
/// # Errors
/// [`Error::Proof`] when the latest checkpoint is older than `old_size` (the
/// log was truncated) or there is none; [`Error::Corrupt`] when the log does
/// not check.
pub fn prove_consistency(provider: Provider, dir: &Path, old_size: u64) -> Result<ConsistencyProof, Error> {
    let checkpoints = verify::read_checkpoints(dir).map_err(|t| Error::Corrupt { seq: t.seq, reason: t.reason })?;
    let cp = checkpoints.last().cloned().ok_or_else(|| Error::Proof("the log has no checkpoint yet".into()))?;
    if old_size > cp.tree_size {
        return Err(Error::Proof(format!("the latest checkpoint covers {} records, fewer than {old_size} (truncated log)", cp.tree_size)));
    }
    let (prefix, leaves) = leaves_of(provider, dir, &checkpoints, cp.tree_size, &mut |_, _| {})?;
    let path = match old_size {
        0 => Vec::new(),
        m if m < prefix.size() => {
            return Err(Error::Proof(format!(
                "tree size {m} is below the archived prefix ({} records): prove it against the log with its archived segments, \
                 or from the checkpoint at the archive point",
                prefix.size()
            )));
        }
        m => consistency_proof_resumed(provider, &prefix, m, &leaves).ok_or_else(|| Error::Proof("old size out of range".into()))?,
    };
    Ok(ConsistencyProof { old_size, path: path.iter().map(hex32).collect(), checkpoint: cp })
}
