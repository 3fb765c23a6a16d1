//! Operator credentials: a bearer token whose SHA-256 is in the
//! configuration (compared in constant time, against every configured hash),
//! or a verified client certificate whose SPIFFE ID is listed.

use aigos::config::ServerSection;
use subtle::ConstantTimeEq;

use crate::ServerError;

/// Who a connection is, as the listener established it.
#[derive(Debug, Clone)]
pub(crate) struct PeerInfo {
    /// The client's socket address.
    pub(crate) addr: std::net::SocketAddr,
    /// The SPIFFE ID of a verified client certificate.
    pub(crate) client_id: Option<String>,
}

pub(crate) struct Operators {
    hashes: Vec<[u8; 32]>,
    ids: Vec<String>,
    provider: aigos::crypto::Provider,
}

impl Operators {
    pub(crate) fn from_settings(s: &ServerSection) -> Result<Self, ServerError> {
        let hashes = s
            .operator_tokens
            .iter()
            .map(|h| {
                let hex = h.strip_prefix("sha256:").ok_or_else(|| ServerError::Config("operator_tokens: each is sha256:HEX".into()))?;
                let bytes = data_encoding::HEXLOWER_PERMISSIVE
                    .decode(hex.as_bytes())
                    .map_err(|_| ServerError::Config("operator_tokens: not hex".into()))?;
                <[u8; 32]>::try_from(bytes).map_err(|_| ServerError::Config("operator_tokens: a SHA-256 is 64 hex digits".into()))
            })
            .collect::<Result<_, _>>()?;
        for id in &s.operator_ids {
            aigos::network::SpiffeId::parse(id).map_err(|e| ServerError::Config(format!("operator_ids: {id}: {e}")))?;
        }
        Ok(Operators { hashes, ids: s.operator_ids.clone(), provider: aigos::crypto::default_provider() })
    }

    /// The operator a request comes from, named for the audit log
    /// (`token:N` for the N-th configured token, or the SPIFFE ID); `None`
    /// without a valid credential.
    pub(crate) fn identify(&self, headers: &axum::http::HeaderMap, peer: Option<&PeerInfo>) -> Option<String> {
        if let Some(id) = peer.and_then(|p| p.client_id.as_ref())
            && self.ids.iter().any(|o| o == id)
        {
            return Some(id.clone());
        }
        let value = headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
        let (scheme, token) = value.split_once(' ')?;
        if !scheme.eq_ignore_ascii_case("bearer") || token.is_empty() {
            return None;
        }
        let digest = self.provider.sha256(token.trim().as_bytes());
        // Every configured hash is compared, whichever matches.
        let mut found = None;
        for (i, h) in self.hashes.iter().enumerate() {
            if bool::from(h.ct_eq(&digest)) {
                found = Some(i);
            }
        }
        found.map(|i| format!("token:{}", i + 1))
    }
}
