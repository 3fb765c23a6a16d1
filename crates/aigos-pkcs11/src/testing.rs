//! A SoftHSM2 token for tests (feature `test-support`).
//!
//! SoftHSM2 reads its configuration from the file named by `SOFTHSM2_CONF`
//! when the module initializes, once per process. The workspace's
//! `.cargo/config.toml` points that variable at
//! `target/softhsm/softhsm2.conf` for every test process; [`SoftHsm::token`]
//! writes that file (its token directory beside it) and creates a token of
//! this process's own with `softhsm2-util`, before the module is loaded.
//! Tokens left by earlier runs are removed after an hour.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use zeroize::Zeroizing;

use crate::{Pkcs11Config, Pkcs11Uri};

/// The user PIN of test tokens.
pub const PIN: &str = "1234-test";

/// The SoftHSM2 module of Debian (`apt-get install softhsm2`).
pub fn module() -> Option<PathBuf> {
    [
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// This process's token.
#[derive(Debug, Clone)]
pub struct SoftHsm {
    /// The token's label.
    pub label: String,
    /// The module.
    pub module: PathBuf,
    /// The configuration file (`SOFTHSM2_CONF`).
    pub conf: PathBuf,
}

impl SoftHsm {
    /// This process's token, created on first use.
    ///
    /// # Errors
    /// When SoftHSM2 is not installed, `SOFTHSM2_CONF` is not set, or the
    /// token cannot be created.
    pub fn token() -> Result<&'static SoftHsm, String> {
        static TOKEN: OnceLock<Result<SoftHsm, String>> = OnceLock::new();
        TOKEN.get_or_init(create).as_ref().map_err(Clone::clone)
    }

    /// A URI naming `object` in this token.
    pub fn uri(&self, object: &str) -> Pkcs11Uri {
        Pkcs11Uri { token: Some(self.label.clone()), object: Some(object.to_owned()), ..Pkcs11Uri::default() }
    }

    /// The config that logs in to this token.
    pub fn config(&self) -> Pkcs11Config {
        Pkcs11Config::new(&self.module, Zeroizing::new(PIN.to_owned()))
    }
}

fn create() -> Result<SoftHsm, String> {
    let module = module().ok_or("SoftHSM2 is not installed (apt-get install softhsm2)")?;
    let conf =
        PathBuf::from(std::env::var_os("SOFTHSM2_CONF").ok_or("SOFTHSM2_CONF is not set (the workspace's .cargo/config.toml sets it)")?);
    let dir = conf.parent().ok_or("SOFTHSM2_CONF has no directory")?;
    let tokens = dir.join("tokens");
    std::fs::create_dir_all(&tokens).map_err(|e| format!("{}: {e}", tokens.display()))?;
    write_conf(&conf, &tokens)?;
    forget_old_tokens(&tokens);
    // Test processes share the token directory: a token another one is
    // writing can make the utility fail for a moment; try again, under a
    // new label (a failed attempt may have left a token with the old one,
    // removed with the old tokens later).
    let mut attempt = 0;
    loop {
        let label = format!(
            "aigos-test-{}-{attempt}-{:x}",
            std::process::id(),
            SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_nanos()) & 0xffff_ffff
        );
        let out = Command::new("softhsm2-util")
            .env("SOFTHSM2_CONF", &conf)
            .args(["--init-token", "--free", "--label", &label, "--pin", PIN, "--so-pin", "5678-test"])
            .output()
            .map_err(|e| format!("softhsm2-util: {e}"))?;
        if out.status.success() {
            return Ok(SoftHsm { label, module, conf });
        }
        attempt += 1;
        if attempt == 10 {
            return Err(format!("softhsm2-util --init-token: {}", String::from_utf8_lossy(&out.stderr)));
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// The same content from every process, written whole (rename) so that no
/// module reads half a file.
fn write_conf(conf: &Path, tokens: &Path) -> Result<(), String> {
    let text =
        format!("directories.tokendir = {}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n", tokens.display());
    if std::fs::read_to_string(conf).is_ok_and(|t| t == text) {
        return Ok(());
    }
    let tmp = conf.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, &text).and_then(|()| std::fs::rename(&tmp, conf)).map_err(|e| format!("{}: {e}", conf.display()))
}

fn forget_old_tokens(tokens: &Path) {
    let Ok(entries) = std::fs::read_dir(tokens) else { return };
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > Duration::from_secs(3600));
        if old {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
