//! Merkle trees over record hashes, as in RFC 9162 section 2.1 (RFC 6962):
//! leaves hashed with a 0x00 prefix, interior nodes with 0x01, the tree split
//! at the largest power of two smaller than the size. Inclusion and
//! consistency proofs and their verification.
//!
//! Every hash goes through the [`Provider`] the caller passes (the log's, so
//! a FIPS or HSM provider hashes the tree too); the tree's shape and its
//! hashes are the same with every provider that implements SHA-256.

use aigos_crypto::Provider;

/// A 32-byte hash.
pub type Hash = [u8; 32];

/// `SHA-256(0x00 || data)`.
pub fn leaf_hash(provider: Provider, data: &[u8]) -> Hash {
    let mut buf = Vec::with_capacity(1 + data.len());
    buf.push(0u8);
    buf.extend_from_slice(data);
    provider.sha256(&buf)
}

/// `SHA-256(0x00 || hash)` for a 32-byte leaf, without allocating.
pub fn leaf_hash32(provider: Provider, data: &Hash) -> Hash {
    let mut buf = [0u8; 33];
    buf[1..].copy_from_slice(data);
    provider.sha256(&buf)
}

/// `SHA-256(0x01 || left || right)`.
pub fn node_hash(provider: Provider, left: &Hash, right: &Hash) -> Hash {
    let mut buf = [0u8; 65];
    buf[0] = 1;
    buf[1..33].copy_from_slice(left);
    buf[33..].copy_from_slice(right);
    provider.sha256(&buf)
}

/// The root of the empty tree: `SHA-256("")`.
pub fn empty_root(provider: Provider) -> Hash {
    provider.sha256(&[])
}

/// Largest power of two strictly smaller than `n` (n >= 2).
fn split(n: usize) -> usize {
    let mut k = 1;
    while k << 1 < n {
        k <<= 1;
    }
    k
}

/// The Merkle tree hash of `leaves` (already leaf-hashed).
pub fn root(provider: Provider, leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => empty_root(provider),
        1 => leaves[0],
        n => {
            let (l, r) = leaves.split_at(split(n));
            node_hash(provider, &root(provider, l), &root(provider, r))
        }
    }
}

/// Where proof nodes come from: the hash of the subtree over leaves
/// `lo..hi` (absolute indices), or `None` when it cannot be known.
trait Subtrees {
    fn subtree(&self, lo: u64, hi: u64) -> Option<Hash>;
}

/// Every leaf at hand.
struct Full<'a> {
    provider: Provider,
    leaves: &'a [Hash],
}

impl Subtrees for Full<'_> {
    fn subtree(&self, lo: u64, hi: u64) -> Option<Hash> {
        let range = usize::try_from(lo).ok()?..usize::try_from(hi).ok()?;
        Some(root(self.provider, self.leaves.get(range)?))
    }
}

/// A tree whose first leaves are gone (archived) and known only by the
/// frontier they left (the peaks a checkpoint carries), followed by every
/// later leaf. A subtree inside the gone prefix is known only when it is
/// one of the peaks; proofs about the later leaves never need another.
struct Resumed<'a> {
    provider: Provider,
    /// (start, end, hash) of each peak of the prefix.
    peaks: Vec<(u64, u64, Hash)>,
    /// Leaves from the end of the prefix on.
    leaves: &'a [Hash],
}

impl<'a> Resumed<'a> {
    fn new(provider: Provider, prefix: &Frontier, leaves: &'a [Hash]) -> Self {
        let mut start = 0u64;
        let mut peaks = Vec::new();
        for (height, hash) in &prefix.peaks {
            let end = start.saturating_add(1u64.checked_shl(*height).unwrap_or(u64::MAX));
            peaks.push((start, end, *hash));
            start = end;
        }
        Resumed { provider, peaks, leaves }
    }

    fn prefix(&self) -> u64 {
        self.peaks.last().map_or(0, |p| p.1)
    }
}

impl Subtrees for Resumed<'_> {
    fn subtree(&self, lo: u64, hi: u64) -> Option<Hash> {
        let n0 = self.prefix();
        if hi <= n0 {
            return self.peaks.iter().find(|p| p.0 == lo && p.1 == hi).map(|p| p.2);
        }
        if lo >= n0 {
            let range = usize::try_from(lo - n0).ok()?..usize::try_from(hi - n0).ok()?;
            return Some(root(self.provider, self.leaves.get(range)?));
        }
        let k = split_u64(hi - lo);
        Some(node_hash(self.provider, &self.subtree(lo, lo + k)?, &self.subtree(lo + k, hi)?))
    }
}

/// Largest power of two strictly smaller than `n` (n >= 2), without a
/// loop that could overflow for sizes near `u64::MAX`.
fn split_u64(n: u64) -> u64 {
    1u64 << (63 - n.saturating_sub(1).max(1).leading_zeros())
}

/// The inclusion proof (audit path) of leaf `index` in the tree of `leaves`.
/// `None` when `index` is out of range.
pub fn inclusion_proof(provider: Provider, index: usize, leaves: &[Hash]) -> Option<Vec<Hash>> {
    if index >= leaves.len() {
        return None;
    }
    let mut proof = Vec::new();
    path(&Full { provider, leaves }, index as u64, 0, leaves.len() as u64, &mut proof)?;
    Some(proof)
}

/// The inclusion proof of leaf `index` in the tree of `prefix.size() +
/// later.len()` leaves whose first `prefix.size()` are known only by their
/// frontier `prefix` (archived records: the checkpoint at the archive point
/// carries it) and whose others are `later`. The same proof as
/// [`inclusion_proof`] over every leaf. `None` when `index` is in the
/// prefix or beyond the tree.
pub fn inclusion_proof_resumed(provider: Provider, prefix: &Frontier, index: u64, later: &[Hash]) -> Option<Vec<Hash>> {
    let tree = Resumed::new(provider, prefix, later);
    let size = tree.prefix().checked_add(later.len() as u64)?;
    if index < tree.prefix() || index >= size {
        return None;
    }
    let mut proof = Vec::new();
    path(&tree, index, 0, size, &mut proof)?;
    Some(proof)
}

fn path(tree: &dyn Subtrees, index: u64, lo: u64, hi: u64, out: &mut Vec<Hash>) -> Option<()> {
    if hi - lo <= 1 {
        return Some(());
    }
    let k = lo + split_u64(hi - lo);
    if index < k {
        path(tree, index, lo, k, out)?;
        out.push(tree.subtree(k, hi)?);
    } else {
        path(tree, index, k, hi, out)?;
        out.push(tree.subtree(lo, k)?);
    }
    Some(())
}

/// The consistency proof between the first `old_size` leaves and all of
/// `leaves`. `None` when `old_size` is 0 or larger than the tree.
pub fn consistency_proof(provider: Provider, old_size: usize, leaves: &[Hash]) -> Option<Vec<Hash>> {
    if old_size == 0 || old_size > leaves.len() {
        return None;
    }
    let mut proof = Vec::new();
    subproof(&Full { provider, leaves }, old_size as u64, 0, leaves.len() as u64, true, &mut proof)?;
    Some(proof)
}

/// The consistency proof from the tree of `old_size` leaves to the tree of
/// `prefix.size() + later.len()` leaves, the first `prefix.size()` known
/// only by their frontier `prefix` (see [`inclusion_proof_resumed`]). The
/// same proof as [`consistency_proof`] over every leaf. `None` when
/// `old_size` is below the prefix (its proof needs archived leaves), 0, or
/// beyond the tree.
pub fn consistency_proof_resumed(provider: Provider, prefix: &Frontier, old_size: u64, later: &[Hash]) -> Option<Vec<Hash>> {
    let tree = Resumed::new(provider, prefix, later);
    let size = tree.prefix().checked_add(later.len() as u64)?;
    if old_size == 0 || old_size < tree.prefix() || old_size > size {
        return None;
    }
    let mut proof = Vec::new();
    subproof(&tree, old_size, 0, size, true, &mut proof)?;
    Some(proof)
}

fn subproof(tree: &dyn Subtrees, m: u64, lo: u64, hi: u64, complete: bool, out: &mut Vec<Hash>) -> Option<()> {
    if m == hi {
        if !complete {
            out.push(tree.subtree(lo, hi)?);
        }
        return Some(());
    }
    let k = lo + split_u64(hi - lo);
    if m <= k {
        subproof(tree, m, lo, k, complete, out)?;
        out.push(tree.subtree(k, hi)?);
    } else {
        subproof(tree, m, k, hi, false, out)?;
        out.push(tree.subtree(lo, k)?);
    }
    Some(())
}

/// Verifies an inclusion proof (RFC 9162 section 2.1.3.2).
pub fn verify_inclusion(provider: Provider, index: u64, size: u64, leaf: &Hash, proof: &[Hash], root: &Hash) -> bool {
    if index >= size {
        return false;
    }
    let (mut fn_, mut sn) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if sn == 0 {
            return false;
        }
        if fn_ & 1 == 1 || fn_ == sn {
            r = node_hash(provider, p, &r);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = node_hash(provider, &r, p);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    sn == 0 && r == *root
}

/// Verifies a consistency proof (RFC 9162 section 2.1.4.2).
pub fn verify_consistency(provider: Provider, old_size: u64, new_size: u64, proof: &[Hash], old_root: &Hash, new_root: &Hash) -> bool {
    if old_size == 0 || old_size > new_size {
        return false;
    }
    if old_size == new_size {
        return proof.is_empty() && old_root == new_root;
    }
    let mut path: Vec<Hash> = proof.to_vec();
    if old_size.is_power_of_two() {
        path.insert(0, *old_root);
    }
    let Some((first, rest)) = path.split_first() else { return false };
    let (mut fn_, mut sn) = (old_size - 1, new_size - 1);
    while fn_ & 1 == 1 {
        fn_ >>= 1;
        sn >>= 1;
    }
    let (mut fr, mut sr) = (*first, *first);
    for c in rest {
        if sn == 0 {
            return false;
        }
        if fn_ & 1 == 1 || fn_ == sn {
            fr = node_hash(provider, c, &fr);
            sr = node_hash(provider, c, &sr);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = node_hash(provider, &sr, c);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    sn == 0 && fr == *old_root && sr == *new_root
}

/// The right edge of a growing tree: the roots of its perfect subtrees
/// (largest first). O(log n) memory; yields the root of every prefix.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frontier {
    size: u64,
    /// (height, hash), heights strictly decreasing.
    peaks: Vec<(u32, Hash)>,
}

impl Frontier {
    /// An empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Leaves so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Appends a leaf hash.
    pub fn push(&mut self, provider: Provider, leaf: Hash) {
        let mut node = (0u32, leaf);
        while let Some(&(h, top)) = self.peaks.last() {
            if h != node.0 {
                break;
            }
            self.peaks.pop();
            node = (h + 1, node_hash(provider, &top, &node.1));
        }
        self.peaks.push(node);
        self.size += 1;
    }

    /// The root of the tree so far.
    pub fn root(&self, provider: Provider) -> Hash {
        let mut iter = self.peaks.iter().rev();
        let Some(&(_, mut acc)) = iter.next() else { return empty_root(provider) };
        for (_, peak) in iter {
            acc = node_hash(provider, peak, &acc);
        }
        acc
    }

    /// The peaks, for persisting the frontier in a checkpoint.
    pub fn peaks(&self) -> Vec<(u32, Hash)> {
        self.peaks.clone()
    }

    /// Rebuilds a frontier from persisted peaks; `None` when they do not
    /// describe a tree of `size` leaves.
    pub fn from_peaks(size: u64, peaks: Vec<(u32, Hash)>) -> Option<Self> {
        let total = peaks.iter().try_fold(0u64, |sum, (h, _)| sum.checked_add(1u64.checked_shl(*h)?))?;
        let decreasing = peaks.windows(2).all(|w| w[0].0 > w[1].0);
        (total == size && decreasing).then_some(Frontier { size, peaks })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aigos_crypto::default_provider;
    use proptest::prelude::*;

    /// The provider of these tests.
    const P: fn() -> Provider = default_provider;

    fn h(s: &str) -> Hash {
        hex::decode(s).unwrap().try_into().unwrap()
    }

    /// The Certificate Transparency reference inputs (RFC 6962 test data).
    fn ct_leaves() -> Vec<Hash> {
        ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
            .iter()
            .map(|x| leaf_hash(P(), &hex::decode(x).unwrap()))
            .collect()
    }

    const ROOTS: [&str; 9] = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    /// The default provider, counting its SHA-256 calls.
    #[derive(Debug)]
    struct Counting(std::sync::atomic::AtomicUsize);

    static COUNTING: Counting = Counting(std::sync::atomic::AtomicUsize::new(0));

    impl aigos_crypto::CryptoProvider for Counting {
        fn name(&self) -> &'static str {
            "counting"
        }
        fn signer(&self, secret: &[u8; 32], public: &aigos_crypto::PublicKey) -> Result<Box<dyn aigos_crypto::Sign>, aigos_crypto::Error> {
            P().signer(secret, public)
        }
        fn verifier(&self, public: &aigos_crypto::PublicKey) -> Result<Box<dyn aigos_crypto::Verify>, aigos_crypto::Error> {
            P().verifier(public)
        }
        fn sha256(&self, data: &[u8]) -> [u8; 32] {
            self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            P().sha256(data)
        }
        fn hmac_sha256(&self, key: &[u8], data: &[u8]) -> [u8; 32] {
            P().hmac_sha256(key, data)
        }
        fn aead_seal(
            &self,
            alg: aigos_crypto::AeadAlgorithm,
            key: &[u8; 32],
            nonce: &[u8],
            aad: &[u8],
            plaintext: &[u8],
        ) -> Result<Vec<u8>, aigos_crypto::Error> {
            P().aead_seal(alg, key, nonce, aad, plaintext)
        }
        fn aead_open(
            &self,
            alg: aigos_crypto::AeadAlgorithm,
            key: &[u8; 32],
            nonce: &[u8],
            aad: &[u8],
            ciphertext: &[u8],
        ) -> Result<Vec<u8>, aigos_crypto::Error> {
            P().aead_open(alg, key, nonce, aad, ciphertext)
        }
        fn pbkdf2_hmac_sha256(&self, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) -> Result<(), aigos_crypto::Error> {
            P().pbkdf2_hmac_sha256(password, salt, iterations, out)
        }
        fn fill_random(&self, out: &mut [u8]) -> Result<(), aigos_crypto::Error> {
            P().fill_random(out)
        }
    }

    /// The tree is hashed by the provider it is given (a FIPS or HSM
    /// provider the log was configured with), not by a built-in one: every
    /// hash of building the tree, proving and verifying is counted.
    #[test]
    fn every_hash_goes_through_the_given_provider() {
        use std::sync::atomic::Ordering::SeqCst;
        let counting: Provider = &COUNTING;
        let leaves: Vec<Hash> = (0u8..5).map(|i| leaf_hash(counting, &[i])).collect();
        assert_eq!(COUNTING.0.load(SeqCst), 5, "one hash per leaf");
        let mut f = Frontier::new();
        for l in &leaves {
            f.push(counting, *l);
        }
        let before = COUNTING.0.load(SeqCst);
        let r = f.root(counting);
        assert!(COUNTING.0.load(SeqCst) > before, "the root of 5 leaves needs node hashes");
        let before = COUNTING.0.load(SeqCst);
        let proof = inclusion_proof(counting, 4, &leaves).unwrap();
        assert!(verify_inclusion(counting, 4, 5, &leaves[4], &proof, &r));
        assert!(COUNTING.0.load(SeqCst) > before);
        // Same hashes as the default provider's (it is SHA-256 either way).
        assert_eq!(r, root(P(), &leaves));
    }

    /// Every provider that is compiled in gives the RFC 6962 roots.
    #[test]
    fn ct_reference_roots_with_every_provider() {
        for name in ["rustcrypto", "aws-lc-rs"] {
            let Ok(provider) = aigos_crypto::provider_by_name(name) else { continue };
            let leaves = ct_leaves();
            for n in 0..=8 {
                assert_eq!(root(provider, &leaves[..n]), h(ROOTS[n]), "{name}, size {n}");
            }
            let again: Vec<Hash> = ["", "00", "10", "2021"].iter().map(|x| leaf_hash(provider, &hex::decode(x).unwrap())).collect();
            assert_eq!(again[..], leaves[..4], "{name}: leaf hashes");
        }
    }

    #[test]
    fn ct_reference_roots_for_every_size() {
        let leaves = ct_leaves();
        let mut f = Frontier::new();
        assert_eq!(f.root(P()), h(ROOTS[0]));
        for n in 1..=8 {
            f.push(P(), leaves[n - 1]);
            assert_eq!(root(P(), &leaves[..n]), h(ROOTS[n]), "size {n}");
            assert_eq!(f.root(P()), h(ROOTS[n]), "frontier size {n}");
        }
    }

    #[test]
    fn ct_reference_inclusion_proofs() {
        let leaves = ct_leaves();
        let vectors: [(usize, usize, &[&str]); 4] = [
            (
                0,
                8,
                &[
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
                ],
            ),
            (
                5,
                8,
                &[
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                ],
            ),
            (2, 3, &["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
            (
                1,
                5,
                &[
                    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                ],
            ),
        ];
        for (index, size, expected) in vectors {
            let proof = inclusion_proof(P(), index, &leaves[..size]).unwrap();
            assert_eq!(proof, expected.iter().map(|x| h(x)).collect::<Vec<_>>(), "leaf {index} of {size}");
            assert!(verify_inclusion(P(), index as u64, size as u64, &leaves[index], &proof, &h(ROOTS[size])));
            assert!(!verify_inclusion(P(), index as u64, size as u64, &leaves[index], &proof, &h(ROOTS[0])));
        }
    }

    #[test]
    fn ct_reference_consistency_proofs() {
        let leaves = ct_leaves();
        let vectors: [(usize, usize, &[&str]); 4] = [
            (1, 1, &[]),
            (
                1,
                8,
                &[
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
                ],
            ),
            (
                6,
                8,
                &[
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                ],
            ),
            (
                2,
                5,
                &[
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                ],
            ),
        ];
        for (m, n, expected) in vectors {
            let proof = consistency_proof(P(), m, &leaves[..n]).unwrap();
            assert_eq!(proof, expected.iter().map(|x| h(x)).collect::<Vec<_>>(), "{m} -> {n}");
            assert!(verify_consistency(P(), m as u64, n as u64, &proof, &h(ROOTS[m]), &h(ROOTS[n])));
        }
    }

    fn tree(n: usize, seed: u8) -> Vec<Hash> {
        (0..n).map(|i| leaf_hash(P(), &[&[seed][..], &(i as u64).to_le_bytes()].concat())).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Every inclusion proof verifies; a flipped bit in leaf, proof or root fails.
        #[test]
        fn inclusion_proofs_verify_and_flips_fail(n in 1usize..70, seed: u8, bit in 0usize..256) {
            let leaves = tree(n, seed);
            let r = root(P(), &leaves);
            for i in 0..n {
                let proof = inclusion_proof(P(), i, &leaves).unwrap();
                prop_assert!(verify_inclusion(P(), i as u64, n as u64, &leaves[i], &proof, &r));
                let mut bad_leaf = leaves[i];
                bad_leaf[bit / 8] ^= 1 << (bit % 8);
                prop_assert!(!verify_inclusion(P(), i as u64, n as u64, &bad_leaf, &proof, &r));
                let mut bad_root = r;
                bad_root[bit / 8] ^= 1 << (bit % 8);
                prop_assert!(!verify_inclusion(P(), i as u64, n as u64, &leaves[i], &proof, &bad_root));
                if let Some(first) = proof.first() {
                    let mut bad = proof.clone();
                    bad[0] = { let mut x = *first; x[bit / 8] ^= 1 << (bit % 8); x };
                    prop_assert!(!verify_inclusion(P(), i as u64, n as u64, &leaves[i], &bad, &r));
                }
                prop_assert!(!verify_inclusion(P(), i as u64, i as u64, &leaves[i], &proof, &r), "index outside the tree");
            }
        }

        /// Every consistency proof verifies; a flipped bit fails.
        #[test]
        fn consistency_proofs_verify_and_flips_fail(n in 1usize..50, seed: u8, bit in 0usize..256) {
            let leaves = tree(n, seed);
            let new_root = root(P(), &leaves);
            let mut f = Frontier::new();
            for m in 1..=n {
                f.push(P(), leaves[m - 1]);
                let old_root = root(P(), &leaves[..m]);
                prop_assert_eq!(f.root(P()), old_root);
                let proof = consistency_proof(P(), m, &leaves).unwrap();
                prop_assert!(verify_consistency(P(), m as u64, n as u64, &proof, &old_root, &new_root));
                let mut bad_old = old_root;
                bad_old[bit / 8] ^= 1 << (bit % 8);
                prop_assert!(!verify_consistency(P(), m as u64, n as u64, &proof, &bad_old, &new_root));
                for j in 0..proof.len() {
                    let mut bad = proof.clone();
                    bad[j][bit / 8] ^= 1 << (bit % 8);
                    prop_assert!(!verify_consistency(P(), m as u64, n as u64, &bad, &old_root, &new_root));
                }
            }
            let restored = Frontier::from_peaks(f.size(), f.peaks()).unwrap();
            prop_assert_eq!(restored.root(P()), new_root);
        }

        /// With the first `n0` leaves gone but their frontier kept (records
        /// archived under retention), every proof about a later leaf, and
        /// every consistency proof from a size at or past `n0`, is the one
        /// the whole tree gives; nothing inside the prefix can be proven.
        #[test]
        fn proofs_from_a_frontier_equal_the_whole_trees(n in 1usize..70, n0 in 0usize..70, seed: u8) {
            let n0 = n0 % (n + 1);
            let leaves = tree(n, seed);
            let mut prefix = Frontier::new();
            for leaf in &leaves[..n0] {
                prefix.push(P(), *leaf);
            }
            let later = &leaves[n0..];
            for index in 0..n {
                let resumed = inclusion_proof_resumed(P(), &prefix, index as u64, later);
                if index < n0 {
                    prop_assert!(resumed.is_none());
                } else {
                    prop_assert_eq!(resumed, inclusion_proof(P(), index, &leaves));
                }
            }
            for m in 1..=n {
                let resumed = consistency_proof_resumed(P(), &prefix, m as u64, later);
                if m < n0 {
                    prop_assert!(resumed.is_none());
                } else {
                    prop_assert_eq!(resumed, consistency_proof(P(), m, &leaves));
                }
            }
        }
    }
}
