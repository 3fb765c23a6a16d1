//! `aigos keygen`.

use std::io::Write;
use std::path::{Path, PathBuf};

use aigos_core::Kid;
use aigos_crypto::{Algorithm, Jwks, Provider, SigningKey};
use clap::{Args, ValueEnum};

use crate::Failure;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum AlgArg {
    Es256,
    Eddsa,
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

/// Reads a PKCS#8 PEM private key and sets its kid.
pub(crate) fn read_key(provider: Provider, path: &Path, kid: &str) -> Result<SigningKey, Failure> {
    let pem = std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
    let kid = Kid::new(kid).map_err(Failure::usage)?;
    Ok(SigningKey::from_pkcs8_pem(provider, &pem).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?.with_kid(kid))
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
