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
    aigos_crypto::{Algorithm, Jwks, SigningKey},
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Its public key (JWK with its kid): the key file must hold exactly
    /// this key, and once the key is retired its private half may be
    /// removed (the ring then keeps only this, to verify what it signed).
    pub public: aigos_crypto::Jwk,
}

/// The keys of one role, oldest first (`keys/ROLE.ring.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyRing {
    /// The role.
    pub role: Role,
    /// Its keys, oldest first; each but the last is retired at the next
    /// one's `signs_from`.
    pub keys: Vec<RingEntry>,
}

impl KeyRing {
    /// Reads a ring, checking it: writable by its owner only, start times
    /// strictly increasing, kids and keys unique, each key but the last
    /// retired exactly when the next starts, each key file a relative path
    /// under the configuration's directory (or a `pkcs11:` URI), each
    /// public key valid and under its entry's kid.
    ///
    /// # Errors
    /// [`ConfigError`] for an unreadable, malformed or inconsistent ring.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).map_err(|e| file_err(path, e))?.permissions().mode();
            if mode & 0o022 != 0 {
                return Err(file_err(path, format!("a key ring writable by group or others (mode {:o}) is not trusted", mode & 0o777)));
            }
        }
        let ring: KeyRing = serde_json::from_str(&read(path)?).map_err(|e| file_err(path, e))?;
        for entry in &ring.keys {
            let confined = Path::new(&entry.key).components().all(|c| matches!(c, std::path::Component::Normal(_)));
            if !entry.key.starts_with("pkcs11:") && (!confined || entry.key.is_empty()) {
                return Err(file_err(
                    path,
                    format!("key {}: {:?} is not a relative path under the configuration's directory", entry.kid, entry.key),
                ));
            }
            if entry.public.kid.as_deref() != Some(entry.kid.as_str()) {
                return Err(file_err(path, format!("key {}: its public key names another kid", entry.kid)));
            }
            entry.public.to_public_key().map_err(|e| file_err(path, format!("key {}: {e}", entry.kid)))?;
        }
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
        let publics: Vec<_> = ring.keys.iter().filter_map(|k| k.public.to_public_key().ok()).collect();
        if publics.iter().enumerate().any(|(i, a)| publics[..i].contains(a)) {
            return Err(file_err(path, "a key appears twice under two kids"));
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
/// kids already in the ring and those whose key file exists.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
fn next_kid(kid: &str, taken: &[RingEntry], file_exists: impl Fn(&str) -> bool) -> String {
    let (stem, n) = match kid.rsplit_once('-') {
        Some((stem, n)) if n.parse::<u64>().is_ok() => (stem, n.parse::<u64>().unwrap_or(1)),
        _ => (kid, 1),
    };
    let mut next = n.saturating_add(1);
    loop {
        let candidate = format!("{stem}-{next}");
        if !taken.iter().any(|k| k.kid == candidate) && !file_exists(&candidate) {
            return candidate;
        }
        next = next.saturating_add(1);
    }
}

/// Rotates `role`'s key: creates the next key (a PEM file beside the
/// current one, mode 0600; for a key in a PKCS#11 token, a key in the same
/// token labelled with the new kid, with `[pkcs11]`'s module and PIN),
/// publishes it in the JWKS files that publish the current key (matched by
/// key, whatever its kid there) with the current key marked retired from
/// `now + delay_secs`, and last records both in the ring. A Guard picks the
/// ring up when it (re)starts or reloads its keys, which must happen within
/// the delay. One rotation at a time (`keys/ROLE.ring.lock`).
///
/// # Errors
/// [`ConfigError`] when the configuration has no such key, a rotation is
/// pending (the last key has not started signing) or running, no JWKS file
/// publishes the current key (authority, checkpoint), or a file cannot be
/// read or written.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
pub fn rotate(config_path: &Path, role: Role, delay_secs: u64, provider: Provider, now: i64) -> Result<Rotation, ConfigError> {
    let (config, base) = GuardConfig::load(config_path)?;
    let ring_file = ring_path(&base, role);
    let _lock = RotationLock::take(&ring_file)?;
    let mut ring = if ring_file.exists() {
        KeyRing::load(&ring_file)?
    } else {
        let (key, kid) = first_key(&config, &base, role, provider)?;
        let path = base.join(&key);
        let created_at = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(now, |d| i64::try_from(d.as_secs()).unwrap_or(now));
        // A key in a token has no file to date it: its age counts from
        // this first rotation.
        let mut public = if key.starts_with("pkcs11:") {
            config.pkcs11.open(provider, &base, &key, Some(&kid), role.name())?.public_jwk()
        } else {
            aigos_crypto::Signer::public_jwk(&SigningKey::from_pkcs8_pem(provider, &read(&path)?).map_err(|e| file_err(&path, e))?)
        };
        public.kid = Some(kid.clone());
        // The ring never holds a PIN: a URI is kept as it prints (without `pin-value`).
        let key = if key.starts_with("pkcs11:") {
            key.parse::<aigos_pkcs11::Pkcs11Uri>().map_err(|e| ConfigError::Invalid(format!("the {} key: {e}", role.name())))?.to_string()
        } else {
            key
        };
        KeyRing { role, keys: vec![RingEntry { kid, key, created_at, signs_from: 0, retired_at: None, public }] }
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
    let old_public = current.public.to_public_key().map_err(|e| file_err(&ring_file, e))?;
    let alg: Algorithm = old_public.algorithm();
    let signs_from = now.saturating_add(i64::try_from(delay_secs).unwrap_or(i64::MAX));

    // The JWKS files to update: those that publish the current key.
    let candidates: Vec<PathBuf> = match role {
        Role::Authority => authority_jwks(&config),
        Role::Permit => vec![PathBuf::from("keys/guard.jwks.json")],
        Role::Checkpoint => vec![PathBuf::from("keys/audit.jwks.json")],
    };
    let mut publishing = Vec::new();
    for rel in candidates {
        let path = base.join(&rel);
        if !path.exists() {
            continue;
        }
        let jwks = read_jwks(&path)?;
        if jwks.keys.iter().any(|k| k.to_public_key().is_ok_and(|p| p == old_public)) {
            publishing.push((rel, jwks));
        }
    }
    if publishing.is_empty() && role != Role::Permit {
        return Err(ConfigError::Invalid(format!(
            "no JWKS file of the {} role publishes its current key {}: nothing would verify the new one",
            role.name(),
            current.kid
        )));
    }

    // 1. The new key: in the same token as the current one, labelled with
    // its kid (the token refuses a label it holds), or in a PEM file of its
    // own (never over an existing one).
    let (new, new_kid, new_key_str): (std::sync::Arc<dyn aigos_crypto::Signer>, String, String) = if current.key.starts_with("pkcs11:") {
        let mut uri: aigos_pkcs11::Pkcs11Uri = current.key.parse().map_err(|e| file_err(&ring_file, e))?;
        // A label the token holds is skipped (a key left by a rotation that failed later).
        let taken = |kid: &str| {
            let mut probe = uri.clone();
            probe.object = Some(kid.to_owned());
            probe.id = None;
            config.pkcs11.open(provider, &base, &probe.to_string(), Some(kid), "next key").is_ok()
        };
        let new_kid = next_kid(&current.kid, &ring.keys, taken);
        uri.object = Some(new_kid.clone());
        uri.id = None;
        let uri = uri.to_string();
        (config.pkcs11.generate(provider, &base, &uri, &new_kid, alg)?, new_kid, uri)
    } else {
        let new_kid = next_kid(&current.kid, &ring.keys, |kid| base.join(key_dir(&current.key)).join(format!("{kid}.key.pem")).exists());
        let kid = aigos_core::Kid::new(new_kid.as_str()).map_err(|e| ConfigError::Invalid(e.to_string()))?;
        let new = SigningKey::generate(provider, alg).map_err(|e| ConfigError::Invalid(e.to_string()))?.with_kid(kid);
        let new_key = key_dir(&current.key).join(format!("{new_kid}.key.pem"));
        let new_key_str = new_key.to_str().ok_or_else(|| ConfigError::Invalid("a key path is not UTF-8".into()))?.to_owned();
        let pem = new.to_pkcs8_pem().map_err(|e| ConfigError::Invalid(e.to_string()))?;
        write_file(&base.join(&new_key), pem.as_bytes(), true)?;
        (std::sync::Arc::new(new), new_kid, new_key_str)
    };

    // 2. Published: the new key beside the old one, marked retired from `signs_from`.
    let mut jwks_updated = Vec::new();
    for (rel, mut jwks) in publishing {
        for k in &mut jwks.keys {
            if k.to_public_key().is_ok_and(|p| p == old_public) {
                *k = k.clone().retired(signs_from);
            }
        }
        if role == Role::Permit {
            // A permit key retired long enough ago signed nothing still valid.
            let gone = now.saturating_sub(PERMIT_KEY_GRACE_SECS);
            jwks.keys.retain(|k| k.retired_at().is_none_or(|at| at > gone));
        }
        jwks.upsert(new.public_jwk().created(now));
        let path = base.join(&rel);
        let json = serde_json::to_string_pretty(&jwks).map_err(|e| file_err(&path, e))?;
        write_file(&path, json.as_bytes(), false)?;
        jwks_updated.push(rel);
    }

    // 3. The ring, last: what Guards load.
    if let Some(last) = ring.keys.last_mut() {
        last.retired_at = Some(signs_from);
    }
    let mut public = new.public_jwk();
    public.kid = Some(new_kid.clone());
    ring.keys.push(RingEntry { kid: new_kid.clone(), key: new_key_str.clone(), created_at: now, signs_from, retired_at: None, public });
    ring.save(&ring_file)?;
    Ok(Rotation { role, old_kid: current.kid, new_kid, new_key: new_key_str, signs_from, ring: ring_file, jwks_updated })
}

/// How long after its retirement a permit key stays in `keys/guard.jwks.json`:
/// the longest permit lifetime and a minute of clock skew.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
const PERMIT_KEY_GRACE_SECS: i64 = 360;

/// The directory of a key setting (`keys/guard.key.pem` -> `keys`).
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
fn key_dir(key: &str) -> &Path {
    Path::new(key).parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("keys"))
}

/// One rotation of a role at a time: `keys/ROLE.ring.lock`, created
/// exclusively and removed when the rotation ends.
#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
struct RotationLock(PathBuf);

#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
impl RotationLock {
    fn take(ring_file: &Path) -> Result<Self, ConfigError> {
        let path = ring_file.with_extension("lock");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| file_err(dir, e))?;
        }
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(_) => Ok(RotationLock(path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(ConfigError::Invalid(format!("another rotation is running ({} exists; remove it if none is)", path.display())))
            }
            Err(e) => Err(file_err(&path, e)),
        }
    }
}

#[cfg(all(feature = "identity", feature = "policy", feature = "runtime", feature = "audit"))]
impl Drop for RotationLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The keys of the role a setting names at `now`, as a schedule: the ring
/// `keys/ROLE.ring.json` when there is one, else the configured key alone.
/// With a ring, the configured kid (when set) must be in it, each key
/// file must hold the key its entry names, and a retired key whose file
/// was removed verifies only ([`aigos_crypto::RetiredKey`]).
///
/// # Errors
/// [`ConfigError`] when a key cannot be opened, holds another key, or the
/// ring is inconsistent.
#[cfg(any(feature = "identity", feature = "audit"))]
#[allow(clippy::too_many_arguments, reason = "the signing_key arguments, the role and the time")]
pub(crate) fn key_schedule(
    provider: Provider,
    base: &Path,
    setting_value: &Path,
    kid: Option<&str>,
    setting: &str,
    pkcs11: &crate::config::Pkcs11Section,
    role: Role,
    now: i64,
) -> Result<aigos_crypto::KeySchedule, ConfigError> {
    use crate::config::signing_key;
    let ring_file = ring_path(base, role);
    if !ring_file.exists() {
        return Ok(aigos_crypto::KeySchedule::single(signing_key(provider, base, setting_value, kid, setting, pkcs11)?));
    }
    let ring = KeyRing::load(&ring_file)?;
    if let Some(kid) = kid
        && !ring.keys.iter().any(|k| k.kid == kid)
    {
        return Err(file_err(&ring_file, format!("the ring does not hold the configured {setting} (kid {kid})")));
    }
    let mut keys = Vec::with_capacity(ring.keys.len());
    for entry in &ring.keys {
        let public = entry.public.to_public_key().map_err(|e| file_err(&ring_file, e))?;
        let file = base.join(&entry.key);
        let retired = entry.retired_at.is_some_and(|at| at <= now);
        let signer: std::sync::Arc<dyn aigos_crypto::Signer> = if !entry.key.starts_with("pkcs11:") && !file.exists() && retired {
            let kid = aigos_core::Kid::new(entry.kid.as_str()).map_err(|e| file_err(&ring_file, e))?;
            std::sync::Arc::new(aigos_crypto::RetiredKey::new(kid, public.clone(), provider))
        } else {
            signing_key(provider, base, Path::new(&entry.key), Some(&entry.kid), setting, pkcs11)?
        };
        if *signer.public_key() != public {
            return Err(file_err(&ring_file, format!("{} does not hold the key the ring names for {}", entry.key, entry.kid)));
        }
        keys.push((signer, entry.signs_from));
    }
    aigos_crypto::KeySchedule::new(keys).map_err(|e| file_err(&ring_file, e))
}

/// The permit key schedule `[identity]` names at `now`.
#[cfg(feature = "identity")]
pub(crate) fn permit_schedule(
    provider: Provider,
    base: &Path,
    id: &crate::config::IdentitySection,
    pkcs11: &crate::config::Pkcs11Section,
    now: i64,
) -> Result<aigos_crypto::KeySchedule, ConfigError> {
    key_schedule(provider, base, &id.permit_key, id.permit_kid.as_deref(), "permit_key", pkcs11, Role::Permit, now)
}

/// The checkpoint key schedule `[audit]` names at `now`, if it names a key.
#[cfg(feature = "audit")]
pub(crate) fn checkpoint_schedule(
    provider: Provider,
    base: &Path,
    audit: &crate::config::AuditSection,
    pkcs11: &crate::config::Pkcs11Section,
    now: i64,
) -> Result<Option<aigos_crypto::KeySchedule>, ConfigError> {
    match &audit.checkpoint_key {
        Some(p) => {
            key_schedule(provider, base, p, audit.checkpoint_kid.as_deref(), "checkpoint_key", pkcs11, Role::Checkpoint, now).map(Some)
        }
        None if audit.checkpoint_kid.is_some() => Err(ConfigError::Invalid("[audit] checkpoint_kid without checkpoint_key".into())),
        None => Ok(None),
    }
}
