//! The PKCS#11 signer: a key pair inside a token, used through a logged-in
//! session.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock, PoisonError};

use aigos_core::Kid;
use aigos_crypto::{Algorithm, KeyStorage, Provider, PublicKey, Signature, Signer};
use cryptoki::context::{CInitializeArgs, CInitializeFlags, Pkcs11};
use cryptoki::error::RvError;
use cryptoki::mechanism::Mechanism;
use cryptoki::mechanism::eddsa::{EddsaParams, EddsaSignatureScheme};
use cryptoki::object::{Attribute, AttributeType, KeyType, ObjectClass, ObjectHandle};
use cryptoki::session::{Session, UserType};
use cryptoki::slot::Slot;
use cryptoki::types::AuthPin;
use zeroize::Zeroizing;

use crate::{Error, Pkcs11Uri};

/// DER of the named curve P-256 (OID 1.2.840.10045.3.1.7).
const P256_PARAMS: &[u8] = &[0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07];
/// DER of Ed25519 (OID 1.3.101.112, RFC 8410).
const ED25519_PARAMS: &[u8] = &[0x06, 0x03, 0x2B, 0x65, 0x70];
/// The older form: the printable string "edwards25519".
const ED25519_PARAMS_NAME: &[u8] = b"\x13\x0cedwards25519";

/// Where the module is and how to log in: what a [`Pkcs11Signer`] needs
/// besides the URI.
#[derive(Clone)]
pub struct Pkcs11Config {
    module: PathBuf,
    pin: Zeroizing<String>,
    provider: Provider,
    kid: Option<Kid>,
}

impl fmt::Debug for Pkcs11Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pkcs11Config").field("module", &self.module).field("kid", &self.kid).finish_non_exhaustive()
    }
}

impl Pkcs11Config {
    /// The module at `module` (e.g. `/usr/lib/softhsm/libsofthsm2.so`),
    /// the user PIN, the default provider and the thumbprint as kid.
    pub fn new(module: impl Into<PathBuf>, pin: Zeroizing<String>) -> Self {
        Pkcs11Config { module: module.into(), pin, provider: aigos_crypto::default_provider(), kid: None }
    }

    /// The provider that verifies this key's signatures and hashes for it.
    #[must_use]
    pub fn provider(mut self, provider: Provider) -> Self {
        self.provider = provider;
        self
    }

    /// Publishes signatures under `kid` instead of the thumbprint.
    #[must_use]
    pub fn kid(mut self, kid: Kid) -> Self {
        self.kid = Some(kid);
        self
    }

    /// The config for `uri`: its `module-path` and PIN (`pin-value`, or
    /// the file of `pin-source`) when it names them, else `module` and
    /// `pin()`'s.
    ///
    /// # Errors
    /// [`Error::Config`] when neither names a module or a PIN, or the PIN
    /// file cannot be read.
    pub fn for_uri(
        uri: &Pkcs11Uri,
        module: Option<&Path>,
        pin: impl FnOnce() -> Result<Option<Zeroizing<String>>, Error>,
    ) -> Result<Self, Error> {
        let module = uri
            .module_path
            .as_deref()
            .or(module)
            .ok_or_else(|| Error::Config("no PKCS#11 module: give module-path in the URI or the module in the configuration".into()))?;
        let pin = match (&uri.pin_value, &uri.pin_source) {
            (Some(v), _) => v.clone(),
            (None, Some(path)) => read_pin(path)?,
            (None, None) => pin()?.ok_or_else(|| Error::Config("no PIN: give pin-source in the URI or a PIN file or variable".into()))?,
        };
        Ok(Pkcs11Config::new(module, pin))
    }
}

/// Reads a PIN file (its first line, without the line end).
///
/// # Errors
/// [`Error::Config`] when the file cannot be read or is empty.
pub fn read_pin(path: &Path) -> Result<Zeroizing<String>, Error> {
    let text = Zeroizing::new(std::fs::read_to_string(path).map_err(|e| Error::Config(format!("PIN file {}: {e}", path.display())))?);
    let pin = text.lines().next().unwrap_or_default();
    if pin.is_empty() {
        return Err(Error::Config(format!("PIN file {} is empty", path.display())));
    }
    Ok(Zeroizing::new(pin.to_owned()))
}

/// One initialized context per module and process: `C_Initialize` may run
/// once, and every signer of the module shares it.
fn context(module: &Path) -> Result<Pkcs11, Error> {
    static CONTEXTS: OnceLock<Mutex<HashMap<PathBuf, Pkcs11>>> = OnceLock::new();
    let mut contexts = CONTEXTS.get_or_init(Mutex::default).lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(ctx) = contexts.get(module) {
        return Ok(ctx.clone());
    }
    let ctx = Pkcs11::new(module).map_err(|e| Error::Module(format!("{}: {e}", module.display())))?;
    match ctx.initialize(CInitializeArgs::new(CInitializeFlags::OS_LOCKING_OK)) {
        Ok(()) | Err(cryptoki::error::Error::Pkcs11(RvError::CryptokiAlreadyInitialized, _)) => {}
        Err(e) => return Err(Error::Module(format!("{}: {e}", module.display()))),
    }
    contexts.insert(module.to_owned(), ctx.clone());
    Ok(ctx)
}

/// The one slot whose token the URI names. A token whose information
/// cannot be read is not taken for the one named; when no readable token
/// matches and some could not be read, the search is tried again (up to 2 s:
/// a token another process is writing, as SoftHSM keeps tokens in files,
/// answers again a moment later) before the read error is reported.
fn slot(ctx: &Pkcs11, uri: &Pkcs11Uri) -> Result<Slot, Error> {
    let mut attempt = 0;
    loop {
        match slot_once(ctx, uri) {
            Err(Error::Token(_)) if attempt < 20 => {
                attempt += 1;
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

fn slot_once(ctx: &Pkcs11, uri: &Pkcs11Uri) -> Result<Slot, Error> {
    let mut found = Vec::new();
    let mut unreadable = None;
    for slot in ctx.get_slots_with_token().map_err(token_err)? {
        if uri.slot_id.is_some_and(|id| id != slot.id()) {
            continue;
        }
        let info = match ctx.get_token_info(slot) {
            Ok(info) => info,
            Err(e) => {
                unreadable = Some(token_err(e));
                continue;
            }
        };
        if !info.token_initialized() {
            continue;
        }
        let matches = |want: &Option<String>, have: &str| want.as_deref().is_none_or(|w| w == have.trim_end());
        if matches(&uri.token, info.label())
            && matches(&uri.serial, info.serial_number())
            && matches(&uri.manufacturer, info.manufacturer_id())
            && matches(&uri.model, info.model())
        {
            found.push(slot);
        }
    }
    match found.as_slice() {
        [one] => Ok(*one),
        [] if unreadable.is_some() => Err(unreadable.unwrap_or_else(|| Error::Token("a token could not be read".into()))),
        [] => Err(Error::NotFound(format!("no token matches {uri}"))),
        _ => Err(Error::NotFound(format!("{} tokens match {uri}: name one (token=, serial= or slot-id=)", found.len()))),
    }
}

#[expect(clippy::needless_pass_by_value, reason = "the shape map_err wants")]
fn token_err(e: cryptoki::error::Error) -> Error {
    Error::Token(e.to_string())
}

/// A logged-in session on the URI's token (read-write to create keys).
fn session(config: &Pkcs11Config, uri: &Pkcs11Uri, rw: bool) -> Result<Session, Error> {
    let ctx = context(&config.module)?;
    let slot = slot(&ctx, uri)?;
    let session = if rw { ctx.open_rw_session(slot) } else { ctx.open_ro_session(slot) }.map_err(token_err)?;
    let pin = AuthPin::new(config.pin.as_str().into());
    match session.login(UserType::User, Some(&pin)) {
        Ok(()) | Err(cryptoki::error::Error::Pkcs11(RvError::UserAlreadyLoggedIn, _)) => Ok(session),
        Err(cryptoki::error::Error::Pkcs11(RvError::PinIncorrect | RvError::PinLenRange, _)) => Err(Error::Login("wrong PIN".into())),
        Err(e) => Err(Error::Login(e.to_string())),
    }
}

/// The URI's key attributes as a search template for `class`.
fn template(uri: &Pkcs11Uri, class: ObjectClass) -> Vec<Attribute> {
    let mut t = vec![Attribute::Class(class)];
    if let Some(label) = &uri.object {
        t.push(Attribute::Label(label.as_bytes().to_vec()));
    }
    if let Some(id) = &uri.id {
        t.push(Attribute::Id(id.clone()));
    }
    t
}

fn one_object(session: &Session, uri: &Pkcs11Uri, class: ObjectClass, what: &str) -> Result<ObjectHandle, Error> {
    match session.find_objects(&template(uri, class)).map_err(token_err)?.as_slice() {
        [one] => Ok(*one),
        [] => Err(Error::NotFound(format!("no {what} matches {uri}"))),
        more => Err(Error::NotFound(format!("{} {what}s match {uri}: name one (object= and id=)", more.len()))),
    }
}

/// The public key of the key pair, from the public object's
/// `CKA_EC_PARAMS` and `CKA_EC_POINT`.
fn public_key(session: &Session, uri: &Pkcs11Uri) -> Result<PublicKey, Error> {
    let public = one_object(session, uri, ObjectClass::PUBLIC_KEY, "public key")?;
    let attrs = session.get_attributes(public, &[AttributeType::EcParams, AttributeType::EcPoint]).map_err(token_err)?;
    let (mut params, mut point) = (None, None);
    for a in attrs {
        match a {
            Attribute::EcParams(p) => params = Some(p),
            Attribute::EcPoint(p) => point = Some(p),
            _ => {}
        }
    }
    let (Some(params), Some(point)) = (params, point) else {
        return Err(Error::Unsupported("the public key has no EC parameters or point (an RSA key?)".into()));
    };
    let alg = if params == P256_PARAMS {
        Algorithm::Es256
    } else if params == ED25519_PARAMS || params == ED25519_PARAMS_NAME {
        Algorithm::EdDsa
    } else {
        return Err(Error::Unsupported("the key is neither Ed25519 nor P-256".into()));
    };
    PublicKey::from_bytes(alg, unwrap_octet_string(&point)).map_err(|e| Error::Token(format!("the token's public key: {e}")))
}

/// `CKA_EC_POINT` is a DER OCTET STRING (some tokens give the raw point).
fn unwrap_octet_string(point: &[u8]) -> &[u8] {
    match point {
        [0x04, len, rest @ ..] if usize::from(*len) == rest.len() && *len < 0x80 => rest,
        _ => point,
    }
}

/// A signing key inside a PKCS#11 token. The private key never leaves it:
/// this process holds a session handle and the public key.
///
/// At start the key signs a probe that is verified with the token's public
/// key, so a public object swapped for another key (or a key pair the token
/// mixed up) is refused before anything is signed with it.
pub struct Pkcs11Signer {
    session: Mutex<Session>,
    key: ObjectHandle,
    public: PublicKey,
    kid: Kid,
    provider: Provider,
    uri: String,
}

impl fmt::Debug for Pkcs11Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pkcs11Signer")
            .field("uri", &self.uri)
            .field("alg", &self.public.algorithm())
            .field("kid", &self.kid.as_str())
            .finish()
    }
}

impl Pkcs11Signer {
    /// Opens the key the URI names.
    ///
    /// # Errors
    /// [`Error`] when the module does not load, no token or several match,
    /// the PIN is wrong, the key is missing, not Ed25519 or P-256, cannot
    /// sign, or its signature does not verify with the token's public key.
    pub fn open(uri: &Pkcs11Uri, config: &Pkcs11Config) -> Result<Self, Error> {
        let session = session(config, uri, false)?;
        let key = one_object(&session, uri, ObjectClass::PRIVATE_KEY, "private key")?;
        let attrs = session.get_attributes(key, &[AttributeType::KeyType, AttributeType::Sign]).map_err(token_err)?;
        for a in &attrs {
            match a {
                Attribute::KeyType(t) if *t != KeyType::EC && *t != KeyType::EC_EDWARDS => {
                    return Err(Error::Unsupported(format!("key type {t}: only Ed25519 and P-256 keys sign here")));
                }
                Attribute::Sign(false) => return Err(Error::Unsupported("the key may not sign (CKA_SIGN is false)".into())),
                _ => {}
            }
        }
        let public = public_key(&session, uri)?;
        let kid = match &config.kid {
            Some(kid) => kid.clone(),
            None => Kid::new(public.thumbprint()).map_err(|e| Error::Token(e.to_string()))?,
        };
        let signer = Pkcs11Signer { session: Mutex::new(session), key, public, kid, provider: config.provider, uri: uri.to_string() };
        signer.self_test()?;
        Ok(signer)
    }

    /// Creates a key pair inside the token (the private key sensitive,
    /// never extractable, on the token) labelled with the URI's `object`
    /// (and `id`), and opens it.
    ///
    /// # Errors
    /// [`Error::Exists`] when a key with that label or id is already in the
    /// token; otherwise as [`Pkcs11Signer::open`].
    pub fn generate(uri: &Pkcs11Uri, config: &Pkcs11Config, alg: Algorithm) -> Result<Self, Error> {
        {
            let session = session(config, uri, true)?;
            for class in [ObjectClass::PRIVATE_KEY, ObjectClass::PUBLIC_KEY] {
                if !session.find_objects(&template(uri, class)).map_err(token_err)?.is_empty() {
                    return Err(Error::Exists(format!("{uri} already names a key in the token")));
                }
            }
            let (mechanism, params) = match alg {
                Algorithm::EdDsa => (Mechanism::EccEdwardsKeyPairGen, ED25519_PARAMS),
                Algorithm::Es256 => (Mechanism::EccKeyPairGen, P256_PARAMS),
                other => return Err(Error::Unsupported(format!("{other:?}"))),
            };
            let mut naming = Vec::new();
            if let Some(label) = &uri.object {
                naming.push(Attribute::Label(label.as_bytes().to_vec()));
            }
            if let Some(id) = &uri.id {
                naming.push(Attribute::Id(id.clone()));
            }
            let mut public = vec![Attribute::Token(true), Attribute::Verify(true), Attribute::EcParams(params.to_vec())];
            public.extend(naming.iter().cloned());
            let mut private = vec![
                Attribute::Token(true),
                Attribute::Private(true),
                Attribute::Sensitive(true),
                Attribute::Extractable(false),
                Attribute::Sign(true),
            ];
            private.extend(naming);
            session.generate_key_pair(&mechanism, &public, &private).map_err(|e| Error::Token(format!("generating the key: {e}")))?;
        }
        Self::open(uri, config)
    }

    fn self_test(&self) -> Result<(), Error> {
        let probe = b"aigos-pkcs11 self-test";
        let signature = Signer::sign(self, probe).map_err(|e| Error::Token(e.to_string()))?;
        aigos_crypto::VerifyingKey::new(self.provider, self.public.clone())
            .and_then(|v| v.verify(probe, signature.as_bytes()))
            .map_err(|_| Error::Token("the key's signature does not verify with the token's public key".into()))
    }

    fn sign_raw(&self, message: &[u8]) -> Result<Vec<u8>, cryptoki::error::Error> {
        let session = self.session.lock().unwrap_or_else(PoisonError::into_inner);
        match self.public.algorithm() {
            Algorithm::Es256 => {
                // CKM_ECDSA signs a digest and returns r || s, as JOSE wants.
                let digest = self.provider.sha256(message);
                session.sign(&Mechanism::Ecdsa, self.key, &digest)
            }
            _ => session.sign(&Mechanism::Eddsa(EddsaParams::new(EddsaSignatureScheme::Pure)), self.key, message),
        }
    }
}

impl Signer for Pkcs11Signer {
    fn sign(&self, message: &[u8]) -> Result<Signature, aigos_crypto::Error> {
        // The token's reason is not carried (the error holds static text):
        // a signer that fails fails closed, whatever the reason.
        let raw = self
            .sign_raw(message)
            .map_err(|_| aigos_crypto::Error::Provider { provider: "pkcs11", reason: "the token refused to sign" })?;
        Signature::from_slice(&raw)
    }

    fn kid(&self) -> &Kid {
        &self.kid
    }

    fn public_key(&self) -> &PublicKey {
        &self.public
    }

    fn storage(&self) -> KeyStorage {
        KeyStorage::Pkcs11
    }

    fn provider(&self) -> Provider {
        self.provider
    }
}
