//! `aigos keygen`.

use std::io::Write;
use std::path::{Path, PathBuf};

use aigos_core::Kid;
use std::sync::Arc;

use aigos_crypto::{Algorithm, Jwks, Provider, Signer, SigningKey};
use clap::{Args, ValueEnum};

use crate::Failure;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum AlgArg {
    Es256,
    Eddsa,
}

/// `aigos keys`.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum KeysCommand {
    /// Create the next key of a role, publish it beside the current one
    /// (marked retired from the switch), and switch signing to it after
    /// DELAY seconds (restart the Guards within it). Prints what it did as
    /// JSON. The Guard records every key's schedule in its audit log at start.
    Rotate {
        /// The Guard's configuration.
        #[arg(long)]
        config: PathBuf,
        /// Which key: permit, checkpoint or authority.
        #[arg(long)]
        role: String,
        /// Seconds until the new key signs (time for every verifier to fetch
        /// the new public key).
        #[arg(long, default_value_t = 600)]
        delay: u64,
    },
}

pub(crate) fn run(provider: Provider, cmd: KeysCommand) -> Result<(), Failure> {
    match cmd {
        KeysCommand::Rotate { config, role, delay } => {
            let role: aigos::keyring::Role = role.parse().map_err(Failure::usage)?;
            let now = aigos_core::Clock::now_secs(&aigos_core::SystemClock);
            let done = aigos::keyring::rotate(&config, role, delay, provider, now).map_err(Failure::usage)?;
            println!("{}", serde_json::to_string(&done).map_err(Failure::usage)?);
            Ok(())
        }
    }
}

#[derive(Debug, Args)]
pub(crate) struct KeygenArgs {
    /// Signature algorithm.
    #[arg(long)]
    alg: AlgArg,
    /// Key id (written into the JWKS and used as the file name).
    #[arg(long)]
    kid: String,
    /// Directory for KID.key.pem and jwks.json (created if absent).
    #[arg(long)]
    out: PathBuf,
    /// Create the key inside a PKCS#11 token instead of a PEM file: an RFC
    /// 7512 URI naming the token and the new key's label
    /// (`pkcs11:token=aigos;object=permit`). The module comes from the URI's
    /// `module-path` or AIGOS_PKCS11_MODULE, the PIN from its `pin-source`,
    /// AIGOS_PKCS11_PIN_FILE or AIGOS_PKCS11_PIN. Only jwks.json is written.
    #[arg(long, value_name = "URI")]
    pkcs11: Option<String>,
}

/// The `[pkcs11]` settings of the command line: from the environment.
fn pkcs11_from_env() -> aigos::config::Pkcs11Section {
    aigos::config::Pkcs11Section {
        module: std::env::var_os("AIGOS_PKCS11_MODULE").map(PathBuf::from),
        pin_file: std::env::var_os("AIGOS_PKCS11_PIN_FILE").map(PathBuf::from),
        pin_env: Some("AIGOS_PKCS11_PIN".to_owned()),
    }
}

/// Writes `bytes` to `path` atomically (temp file in the same directory,
/// fsync, rename), with mode 0600 on Unix.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], private: bool) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".aigos-").tempfile_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if private { 0o600 } else { 0o644 };
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = private;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Reads a JWKS file.
pub(crate) fn read_jwks(path: &Path) -> Result<Jwks, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
    Jwks::from_json(&text).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))
}

/// The signing key `--key` names, under `kid`: a PKCS#8 PEM file, or a key
/// in a PKCS#11 token when it is a `pkcs11:` URI (module and PIN as for
/// `keygen --pkcs11`).
/// The signing key `path` names: a PKCS#8 PEM file under `kid`, a
/// `pkcs11:` URI, or a key ring (`*.ring.json`, see `aigos keys rotate`),
/// whose key in service now is used under its own kid.
pub(crate) fn read_key(provider: Provider, path: &Path, kid: &str) -> Result<Arc<dyn Signer>, Failure> {
    if path.to_str().is_some_and(|s| s.ends_with(".ring.json")) {
        let ring = aigos::keyring::KeyRing::load(path).map_err(Failure::usage)?;
        let now = aigos_core::Clock::now_secs(&aigos_core::SystemClock);
        let Some(entry) = ring.keys.iter().rev().find(|k| k.signs_from <= now).or(ring.keys.first()) else {
            return Err(Failure::usage(format!("{}: an empty key ring", path.display())));
        };
        // What is signed is dated a moment later: never across a switch.
        if let Some(next) = ring.keys.iter().find(|k| k.signs_from > now && k.signs_from - now <= 5) {
            return Err(Failure::usage(format!("{} starts signing in {} s: sign again after the switch", next.kid, next.signs_from - now)));
        }
        // Entries are relative to the configuration's directory (the ring's is keys/).
        let ring_dir = std::fs::canonicalize(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
        let base = ring_dir.parent().and_then(Path::parent).unwrap_or(Path::new("."));
        let key = Path::new(&entry.key);
        let key = if entry.key.starts_with("pkcs11:") { key.to_owned() } else { base.join(key) };
        return read_key(provider, &key, &entry.kid);
    }
    if let Some(uri) = path.to_str().filter(|s| s.starts_with("pkcs11:")) {
        return pkcs11_from_env().open(provider, Path::new("."), uri, Some(kid), "--key").map_err(Failure::usage);
    }
    let pem = std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
    let kid = Kid::new(kid).map_err(Failure::usage)?;
    Ok(Arc::new(SigningKey::from_pkcs8_pem(provider, &pem).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?.with_kid(kid)))
}

pub(crate) fn keygen(provider: Provider, args: &KeygenArgs) -> Result<(), Failure> {
    let kid = Kid::new(args.kid.as_str()).map_err(Failure::usage)?;
    let alg = match args.alg {
        AlgArg::Es256 => Algorithm::Es256,
        AlgArg::Eddsa => Algorithm::EdDsa,
    };
    std::fs::create_dir_all(&args.out).map_err(|e| Failure::usage(format!("{}: {e}", args.out.display())))?;
    let jwks_path = args.out.join("jwks.json");
    let mut jwks = if jwks_path.exists() { read_jwks(&jwks_path)? } else { Jwks::default() };
    if let Some(uri) = &args.pkcs11 {
        let parsed: aigos_pkcs11::Pkcs11Uri = uri.parse().map_err(Failure::usage)?;
        let env = pkcs11_from_env();
        let pin = || match (&env.pin_file, std::env::var("AIGOS_PKCS11_PIN")) {
            (Some(file), _) => aigos_pkcs11::read_pin(file).map(Some),
            (None, Ok(pin)) => Ok(Some(zeroize::Zeroizing::new(pin))),
            (None, Err(_)) => Ok(None),
        };
        let config = aigos_pkcs11::Pkcs11Config::for_uri(&parsed, env.module.as_deref(), pin)
            .map_err(Failure::usage)?
            .provider(provider)
            .kid(kid.clone());
        let signer = aigos_pkcs11::Pkcs11Signer::generate(&parsed, &config, alg).map_err(Failure::usage)?;
        jwks.upsert(Signer::public_jwk(&signer));
        let json = serde_json::to_vec_pretty(&jwks).map_err(Failure::usage)?;
        write_atomic(&jwks_path, &json, false).map_err(|e| Failure::usage(format!("{}: {e}", jwks_path.display())))?;
        println!("{parsed}");
        return Ok(());
    }
    let key = SigningKey::generate(provider, alg).map_err(Failure::usage)?.with_kid(kid.clone());
    let pem = key.to_pkcs8_pem().map_err(Failure::usage)?;
    let key_path = args.out.join(format!("{kid}.key.pem"));
    write_atomic(&key_path, pem.as_bytes(), true).map_err(|e| Failure::usage(format!("{}: {e}", key_path.display())))?;
    jwks.upsert(key.public_jwk());
    let json = serde_json::to_vec_pretty(&jwks).map_err(Failure::usage)?;
    write_atomic(&jwks_path, &json, false).map_err(|e| Failure::usage(format!("{}: {e}", jwks_path.display())))?;
    println!("{}", key_path.display());
    Ok(())
}
