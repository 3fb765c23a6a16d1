//! Certificate-bound tokens (RFC 8705): the `x5t#S256` thumbprint of a
//! certificate, and the check that a token's `cnf` names the certificate the
//! TLS peer actually presented. The claim is taken as data, so this crate
//! does not depend on the identity layer.

use aigos_crypto::{Provider, base64url};
use subtle::ConstantTimeEq;

/// base64url SHA-256 of a DER certificate: the `x5t#S256` confirmation value.
pub fn x5t_s256(provider: Provider, certificate_der: &[u8]) -> String {
    base64url::encode(&provider.sha256(certificate_der))
}

/// Why a bound token was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BindingError {
    /// The token carries no `cnf` thumbprint but binding is required.
    #[error("token is not bound to a certificate")]
    Unbound,
    /// The token is bound to another certificate than the peer's.
    #[error("token is bound to another certificate")]
    Mismatch,
}

/// Checks a token's `cnf` `x5t#S256` value against the DER certificate the
/// TLS peer presented (constant-time comparison).
///
/// # Errors
/// [`BindingError`] when the token is unbound or bound elsewhere.
pub fn check_binding(provider: Provider, cnf_x5t_s256: Option<&str>, peer_certificate_der: &[u8]) -> Result<(), BindingError> {
    let claimed = cnf_x5t_s256.ok_or(BindingError::Unbound)?;
    let actual = x5t_s256(provider, peer_certificate_der);
    if bool::from(claimed.as_bytes().ct_eq(actual.as_bytes())) { Ok(()) } else { Err(BindingError::Mismatch) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aigos_crypto::default_provider;

    #[test]
    fn token_bound_to_the_presented_certificate_passes_and_others_fail() {
        let p = default_provider();
        let cert_a = b"DER bytes of certificate A";
        let cert_b = b"DER bytes of certificate B";
        let bound_to_a = x5t_s256(p, cert_a);
        assert_eq!(bound_to_a.len(), 43);
        check_binding(p, Some(&bound_to_a), cert_a).unwrap();
        assert_eq!(check_binding(p, Some(&bound_to_a), cert_b), Err(BindingError::Mismatch), "used over another certificate");
        assert_eq!(check_binding(p, None, cert_a), Err(BindingError::Unbound));
        assert_eq!(check_binding(p, Some(""), cert_a), Err(BindingError::Mismatch));
    }
}
