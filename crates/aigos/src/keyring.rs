//! Scheduled key rotation: the keys of one signing role over time.
//!
//! A role (`permit`, `checkpoint`, `authority`) starts with the key its
//! setting names. [`rotate`] (`aigos keys rotate`) creates the next key and
//! records both in the role's ring, `keys/ROLE.ring.json` beside
//! `aigos.toml`: the old key signs until the new key's `signs_from` (now plus
//! a delay, so that every verifier has fetched the new public key first),
//! then it is *retired*: its public key stays published (marked
//! `retired_at`) and verifies what it signed before, and verifiers refuse
//! what it claims to have signed from then on. The Guard reads the ring at
//! start and signs with the key in service at each
//! moment; it records the schedule in its audit log
//! ([`crate::Guard::audit_key_schedules`]).
//!
//! ```
//! use aigos::keyring::{Role, rotate, ring_path};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let provider = aigos_crypto::default_provider();
//! let config = aigos::config::init(dir.path(), provider, 1_700_000_000).unwrap();
//! let report = rotate(&config, Role::Permit, 600, provider, 1_700_000_100).unwrap();
//! assert_eq!((report.old_kid.as_str(), report.new_kid.as_str()), ("guard-1", "guard-2"));
//! assert_eq!(report.signs_from, 1_700_000_700);
//! assert!(ring_path(dir.path(), Role::Permit).exists());
//! ```

use std::path::{Path, PathBuf};

#[cfg(any(feature = "identity", feature = "audit"))]
use aigos_crypto::Provider;
use serde::{Deserialize, Serialize};

use crate::config::{ConfigError, file_err, read};
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
use {
    crate::config::{GuardConfig, write_file},
    aigos_crypto::{Algorithm, Jwk, Jwks, SigningKey},
};

/// A signing role whose key rotates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Role {
    /// The Guard's execution permits (`[identity] permit_key`).
    Permit,
    /// The audit log's checkpoints (`[audit] checkpoint_key`).
    Checkpoint,
    /// The authority: golden threads, policy bundles, kill commands
    /// (`keys/authority.key.pem`; its public keys are in the JWKS files
    /// `golden_thread_keys`, `bundle_keys` and `kill_keys`).
    Authority,
}

impl Role {
    /// Its name (`permit`, `checkpoint`, `authority`).
    pub fn name(self) -> &'static str {
        match self {
            Role::Permit => "permit",
            Role::Checkpoint => "checkpoint",
            Role::Authority => "authority",
        }
    }
}

impl std::str::FromStr for Role {
    type Err = ConfigError;
    fn from_str(s: &str) -> Result<Self, ConfigError> {
        match s {
            "permit" => Ok(Role::Permit),
            "checkpoint" => Ok(Role::Checkpoint),
            "authority" => Ok(Role::Authority),
            other => Err(ConfigError::Invalid(format!("role {other:?} is not permit, checkpoint or authority"))),
        }
    }
}

/// One key of a ring.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RingEntry {
    /// Its kid.
    pub kid: String,
    /// A PKCS#8 PEM file relative to the configuration's directory, or a
    /// `pkcs11:` URI.
    pub key: String,
    /// When it was created (Unix seconds): its age for `aigos security-audit`.
    pub created_at: i64,
    /// When it starts signing (Unix seconds).
    pub signs_from: i64,
    /// When it stopped signing (the next key's `signs_from`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired_at: Option<i64>,
}

/// The keys of one role, oldest first (`keys/ROLE.ring.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyRing {
    /// The role.
    pub role: Role,
    /// Its keys, oldest first; each but the last is retired at the next
    /// one's `signs_from`.
    pub keys: Vec<RingEntry>,
}

impl KeyRing {
    /// Reads a ring, checking its order: start times strictly increase,
    /// kids are unique, each key but the last is retired exactly when the
    /// next starts.
    ///
    /// # Errors
    /// [`ConfigError`] for an unreadable, malformed or inconsistent ring.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let ring: KeyRing = serde_json::from_str(&read(path)?).map_err(|e| file_err(path, e))?;
        if ring.keys.is_empty() {
            return Err(file_err(path, "a key ring needs a key"));
        }
        for (i, pair) in ring.keys.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            if b.signs_from <= a.signs_from || a.retired_at != Some(b.signs_from) {
                return Err(file_err(path, format!("key {} is not retired exactly when key {} starts (entry {i})", a.kid, b.kid)));
            }
        }
        if ring.keys.last().is_some_and(|k| k.retired_at.is_some()) {
            return Err(file_err(path, "the last key of a ring is never retired"));
        }
        let mut kids: Vec<&str> = ring.keys.iter().map(|k| k.kid.as_str()).collect();
        kids.sort_unstable();
        if kids.windows(2).any(|w| w[0] == w[1]) {
            return Err(file_err(path, "a kid appears twice"));
        }
        Ok(ring)
    }

    #[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
    fn save(&self, path: &Path) -> Result<(), ConfigError> {
        let json = serde_json::to_string_pretty(self).map_err(|e| file_err(path, e))?;
        write_file(path, json.as_bytes(), true)
    }
}

/// Where the ring of `role` lives: `keys/ROLE.ring.json` under the
/// configuration's directory `base`.
pub fn ring_path(base: &Path, role: Role) -> PathBuf {
    base.join("keys").join(format!("{}.ring.json", role.name()))
}

/// What [`rotate`] did.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Rotation {
    /// The role.
    pub role: Role,
    /// The key in service until `signs_from`.
    pub old_kid: String,
    /// The new key.
    pub new_kid: String,
    /// Where the new key is (relative to the configuration's directory).
    pub new_key: String,
    /// When the new key starts signing and the old one is retired.
    pub signs_from: i64,
    /// The ring written.
    pub ring: PathBuf,
    /// The JWKS files that now publish the new key (and mark the old one retired).
    pub jwks_updated: Vec<PathBuf>,
}

/// The role's key setting and kid in `config`: where its first key is.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
fn first_key(config: &GuardConfig, base: &Path, role: Role, provider: Provider) -> Result<(String, String), ConfigError> {
    let missing = |what: &str| ConfigError::Invalid(format!("no {what} to rotate in the configuration"));
    let (setting, kid) = match role {
        Role::Permit => {
            let id = config.identity.as_ref().ok_or_else(|| missing("[identity] permit_key"))?;
            (id.permit_key.clone(), id.permit_kid.clone())
        }
        Role::Checkpoint => {
            let audit = config.audit.as_ref().ok_or_else(|| missing("[audit] checkpoint_key"))?;
            (audit.checkpoint_key.clone().ok_or_else(|| missing("[audit] checkpoint_key"))?, audit.checkpoint_kid.clone())
        }
        Role::Authority => {
            let path = PathBuf::from("keys/authority.key.pem");
            let key = SigningKey::from_pkcs8_pem(provider, &read(&base.join(&path))?).map_err(|e| file_err(&base.join(&path), e))?;
            // Its kid is the one the authority JWKS gives its public key.
            let public = key.public_jwk();
            let kid = authority_jwks(config)
                .iter()
                .filter_map(|p| read_jwks(&base.join(p)).ok())
                .find_map(|jwks| jwks.keys.into_iter().find(|k| k.x == public.x && k.y == public.y)?.kid);
            (path, Some(kid.ok_or_else(|| ConfigError::Invalid("keys/authority.key.pem is in no authority JWKS".into()))?))
        }
    };
    let setting = setting.to_str().ok_or_else(|| ConfigError::Invalid("a key setting is not UTF-8".into()))?.to_owned();
    let kid = match kid {
        Some(kid) => kid,
        None if setting.starts_with("pkcs11:") => {
            return Err(ConfigError::Invalid(format!("the {} key needs an explicit kid to rotate", role.name())));
        }
        None => SigningKey::from_pkcs8_pem(provider, &read(&base.join(&setting))?)
            .map_err(|e| file_err(&base.join(&setting), e))?
            .kid()
            .to_string(),
    };
    Ok((setting, kid))
}

/// The JWKS files that publish the authority's keys.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
fn authority_jwks(config: &GuardConfig) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    if let Some(id) = &config.identity {
        paths.push(id.golden_thread_keys.clone());
    }
    if let Some(p) = &config.policy {
        paths.push(p.bundle_keys.clone());
    }
    if let Some(r) = &config.runtime {
        paths.push(r.kill_keys.clone());
    }
    paths.sort();
    paths.dedup();
    paths
}

#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
fn read_jwks(path: &Path) -> Result<Jwks, ConfigError> {
    Jwks::from_json(&read(path)?).map_err(|e| file_err(path, e))
}

/// The next kid after `kid`: `guard-1` -> `guard-2`, `k` -> `k-2`, skipping
/// kids already in the ring.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
fn next_kid(kid: &str, taken: &[RingEntry]) -> String {
    let (stem, n) = match kid.rsplit_once('-') {
        Some((stem, n)) if n.parse::<u64>().is_ok() => (stem, n.parse::<u64>().unwrap_or(1)),
        _ => (kid, 1),
    };
    let mut next = n.saturating_add(1);
    loop {
        let candidate = format!("{stem}-{next}");
        if !taken.iter().any(|k| k.kid == candidate) {
            return candidate;
        }
        next = next.saturating_add(1);
    }
}

/// Rotates `role`'s key: creates the next key (a PEM file beside the
/// current one, mode 0600; a key in a PKCS#11 token is refused: create the
/// next one with `aigos keygen --pkcs11` and add it to the ring by hand),
/// records it in the ring to start signing `delay_secs` after `now`, publishes it in the
/// role's JWKS files with the current key marked retired from that time,
/// and returns what it did. A Guard picks the ring up when it (re)starts,
/// which must happen within the delay.
///
/// # Errors
/// [`ConfigError`] when the configuration has no such key, a rotation is
/// already pending (the last key has not started signing), or a file
/// cannot be read or written.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
pub fn rotate(config_path: &Path, role: Role, delay_secs: u64, provider: Provider, now: i64) -> Result<Rotation, ConfigError> {
    let (config, base) = GuardConfig::load(config_path)?;
    let ring_file = ring_path(&base, role);
    let mut ring = if ring_file.exists() {
        KeyRing::load(&ring_file)?
    } else {
        let (key, kid) = first_key(&config, &base, role, provider)?;
        let created_at = std::fs::metadata(base.join(&key))
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(now, |d| i64::try_from(d.as_secs()).unwrap_or(now));
        KeyRing { role, keys: vec![RingEntry { kid, key, created_at, signs_from: 0, retired_at: None }] }
    };
    let Some(current) = ring.keys.last().cloned() else { return Err(file_err(&ring_file, "a key ring needs a key")) };
    if current.signs_from > now {
        return Err(ConfigError::Invalid(format!(
            "a rotation of the {} key is pending: {} starts signing at {}",
            role.name(),
            current.kid,
            current.signs_from
        )));
    }
    if current.key.starts_with("pkcs11:") {
        return Err(ConfigError::Invalid(format!(
            "the {} key is in a PKCS#11 token: create the next key with `aigos keygen --pkcs11` and add it to {} (see docs/operations.md)",
            role.name(),
            ring_file.display()
        )));
    }
    let old = SigningKey::from_pkcs8_pem(provider, &read(&base.join(&current.key))?).map_err(|e| file_err(&base.join(&current.key), e))?;
    let alg: Algorithm = old.algorithm();
    let new_kid = next_kid(&current.kid, &ring.keys);
    let kid = aigos_core::Kid::new(new_kid.as_str()).map_err(|e| ConfigError::Invalid(e.to_string()))?;
    let new = SigningKey::generate(provider, alg).map_err(|e| ConfigError::Invalid(e.to_string()))?.with_kid(kid);
    let dir = Path::new(&current.key).parent().unwrap_or(Path::new("keys"));
    let new_key = dir.join(format!("{new_kid}.key.pem"));
    let new_key_str = new_key.to_str().ok_or_else(|| ConfigError::Invalid("a key path is not UTF-8".into()))?.to_owned();
    if base.join(&new_key).exists() {
        return Err(ConfigError::Invalid(format!("{} exists already", base.join(&new_key).display())));
    }
    let pem = new.to_pkcs8_pem().map_err(|e| ConfigError::Invalid(e.to_string()))?;
    write_file(&base.join(&new_key), pem.as_bytes(), true)?;

    let signs_from = now.saturating_add(i64::try_from(delay_secs).unwrap_or(i64::MAX));
    if let Some(last) = ring.keys.last_mut() {
        last.retired_at = Some(signs_from);
    }
    ring.keys.push(RingEntry { kid: new_kid.clone(), key: new_key_str.clone(), created_at: now, signs_from, retired_at: None });
    ring.save(&ring_file)?;

    // Publish: the new key, and the old one marked retired from `signs_from`.
    let jwks_files: Vec<PathBuf> = match role {
        Role::Authority => authority_jwks(&config),
        Role::Permit => vec![PathBuf::from("keys/guard.jwks.json")],
        Role::Checkpoint => vec![PathBuf::from("keys/audit.jwks.json")],
    };
    let mut jwks_updated = Vec::new();
    for rel in jwks_files {
        let path = base.join(&rel);
        if !path.exists() {
            continue;
        }
        let mut jwks = read_jwks(&path)?;
        if let Some(old_jwk) = jwks.find(&current.kid).cloned() {
            jwks.upsert(old_jwk.retired(signs_from));
        } else {
            jwks.upsert(old.public_jwk().retired(signs_from));
        }
        jwks.upsert(public_jwk(&new, now));
        let json = serde_json::to_string_pretty(&jwks).map_err(|e| file_err(&path, e))?;
        write_file(&path, json.as_bytes(), false)?;
        jwks_updated.push(rel);
    }
    Ok(Rotation { role, old_kid: current.kid, new_kid, new_key: new_key_str, signs_from, ring: ring_file, jwks_updated })
}

#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
fn public_jwk(key: &SigningKey, created_at: i64) -> Jwk {
    aigos_crypto::Signer::public_jwk(key).created(created_at)
}

/// The keys of the role a setting names, as a schedule: the ring
/// `keys/ROLE.ring.json` when there is one (it must hold the configured key
/// `kid`), else the configured key alone.
///
/// # Errors
/// [`ConfigError`] when a key cannot be opened or the ring is inconsistent.
#[cfg(any(feature = "identity", feature = "audit"))]
pub(crate) fn key_schedule(
    provider: Provider,
    base: &Path,
    setting_value: &Path,
    kid: Option<&str>,
    setting: &str,
    pkcs11: &crate::config::Pkcs11Section,
    role: Role,
) -> Result<aigos_crypto::KeySchedule, ConfigError> {
    use crate::config::signing_key;
    let first = signing_key(provider, base, setting_value, kid, setting, pkcs11)?;
    let ring_file = ring_path(base, role);
    if !ring_file.exists() {
        return Ok(aigos_crypto::KeySchedule::single(first));
    }
    let ring = KeyRing::load(&ring_file)?;
    if !ring.keys.iter().any(|k| k.kid == first.kid().as_str()) {
        return Err(file_err(&ring_file, format!("the ring does not hold the configured {setting} (kid {})", first.kid())));
    }
    let mut keys = Vec::with_capacity(ring.keys.len());
    for entry in &ring.keys {
        let signer = if entry.kid == first.kid().as_str() {
            first.clone()
        } else {
            signing_key(provider, base, Path::new(&entry.key), Some(&entry.kid), setting, pkcs11)?
        };
        keys.push((signer, entry.signs_from));
    }
    aigos_crypto::KeySchedule::new(keys).map_err(|e| file_err(&ring_file, e))
}
