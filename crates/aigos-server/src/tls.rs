//! The server's TLS: rustls (aws-lc-rs), TLS 1.2 and 1.3, HTTP/1.1 by
//! ALPN, and optional client certificates chained to `client_ca`.

use std::path::Path;
use std::sync::Arc;

use aigos::config::ServerSection;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

use crate::ServerError;

fn read(base: &Path, path: &Path) -> Result<Vec<u8>, ServerError> {
    let at = base.join(path);
    std::fs::read(&at).map_err(|e| ServerError::Config(format!("{}: {e}", at.display())))
}

fn certs(base: &Path, path: &Path) -> Result<Vec<CertificateDer<'static>>, ServerError> {
    let pem = read(base, path)?;
    let certs: Vec<_> = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<_, _>>()
        .map_err(|e| ServerError::Config(format!("{}: {e}", path.display())))?;
    if certs.is_empty() {
        return Err(ServerError::Config(format!("{}: no certificate", path.display())));
    }
    Ok(certs)
}

/// The TLS configuration `[server]` asks for; `None` for plaintext (no
/// certificate configured, or `insecure_plaintext`).
pub(crate) fn server_config(s: &ServerSection, base: &Path) -> Result<Option<Arc<rustls::ServerConfig>>, ServerError> {
    if s.insecure_plaintext && (s.cert.is_some() || s.key.is_some() || s.client_ca.is_some() || s.require_client_cert) {
        // Never drop configured TLS or client certificates silently.
        return Err(ServerError::Config(
            "[server] insecure_plaintext contradicts cert, key, client_ca and require_client_cert: remove one side".into(),
        ));
    }
    if s.require_client_cert && s.client_ca.is_none() {
        return Err(ServerError::Config("[server] require_client_cert needs client_ca".into()));
    }
    let (cert, key) = match (&s.cert, &s.key) {
        (Some(c), Some(k)) => (c, k),
        (None, None) if s.client_ca.is_some() => {
            return Err(ServerError::Config("[server] client_ca needs TLS: give cert and key".into()));
        }
        (None, None) => return Ok(None),
        _ => return Err(ServerError::Config("[server] cert and key go together".into())),
    };
    let chain = certs(base, cert)?;
    let key_pem = read(base, key)?;
    let key = PrivateKeyDer::from_pem_slice(&key_pem).map_err(|e| ServerError::Config(format!("{}: {e}", key.display())))?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| ServerError::Config(e.to_string()))?;
    let builder = match &s.client_ca {
        None => builder.with_no_client_auth(),
        Some(ca) => {
            let mut roots = rustls::RootCertStore::empty();
            for c in certs(base, ca)? {
                roots.add(c).map_err(|e| ServerError::Config(format!("{}: {e}", ca.display())))?;
            }
            let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider);
            let verifier = if s.require_client_cert { verifier } else { verifier.allow_unauthenticated() };
            builder.with_client_cert_verifier(verifier.build().map_err(|e| ServerError::Config(e.to_string()))?)
        }
    };
    let mut config = builder.with_single_cert(chain, key).map_err(|e| ServerError::Config(format!("certificate and key: {e}")))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Some(Arc::new(config)))
}
