//! A development certificate authority for quick starts and tests (feature
//! `dev-ca`): a self-signed P-256 CA for one trust domain and agent
//! certificates carrying `spiffe://TRUST-DOMAIN/agent/ID`. Production
//! deployments get their certificates from SPIRE or their own PKI.

use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose, SanType};

use rcgen::PublicKeyData;
use rustls_pki_types::pem::PemObject;

use crate::{MtlsError, SpiffeId};

fn rc(e: &rcgen::Error) -> MtlsError {
    MtlsError::Config(e.to_string())
}

fn to_time(d: Duration) -> time::Duration {
    time::Duration::seconds(i64::try_from(d.as_secs()).unwrap_or(i64::MAX / 2))
}

/// An agent certificate and its private key, both PEM.
#[derive(Clone)]
pub struct IssuedCertificate {
    /// The SPIFFE ID in the certificate.
    pub id: SpiffeId,
    /// The certificate (PEM).
    pub certificate_pem: String,
    /// The PKCS#8 private key (PEM). Secret.
    pub key_pem: String,
}

impl std::fmt::Debug for IssuedCertificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedCertificate").field("id", &self.id.to_string()).finish_non_exhaustive()
    }
}

/// Options of an agent certificate.
#[derive(Debug, Clone)]
pub struct AgentCertificateOptions {
    /// Subject organization (O), vouched for by this CA.
    pub organization: Option<String>,
    /// Validity from now (default 30 days).
    pub validity: Duration,
}

impl Default for AgentCertificateOptions {
    fn default() -> Self {
        AgentCertificateOptions { organization: None, validity: Duration::from_secs(30 * 24 * 3600) }
    }
}

/// A development CA for one trust domain.
pub struct DevCa {
    trust_domain: String,
    issuer: Issuer<'static, KeyPair>,
    certificate_pem: String,
}

impl std::fmt::Debug for DevCa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DevCa").field("trust_domain", &self.trust_domain).finish_non_exhaustive()
    }
}

impl DevCa {
    /// A new CA, valid for a year.
    ///
    /// # Errors
    /// [`MtlsError::InvalidSpiffeId`] for a bad trust domain, or
    /// [`MtlsError::Config`] when key generation fails.
    pub fn generate(trust_domain: &str) -> Result<Self, MtlsError> {
        SpiffeId::new(trust_domain, "probe")?;
        let key = KeyPair::generate().map_err(|e| rc(&e))?;
        let mut params = CertificateParams::default();
        params.distinguished_name.push(DnType::CommonName, format!("aigos development CA ({trust_domain})"));
        params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
        let now = time::OffsetDateTime::now_utc();
        params.not_before = now - time::Duration::minutes(5);
        params.not_after = now + time::Duration::days(365);
        let certificate_pem = params.self_signed(&key).map_err(|e| rc(&e))?.pem();
        Ok(DevCa { trust_domain: trust_domain.to_owned(), issuer: Issuer::new(params, key), certificate_pem })
    }

    /// Loads a CA written earlier ([`DevCa::certificate_pem`],
    /// [`DevCa::key_pem`]) to issue more agents under the same trust bundle.
    ///
    /// # Errors
    /// [`MtlsError::Config`] for bad PEM, a key that does not match the
    /// certificate, or a certificate that is not a CA.
    pub fn from_pem(trust_domain: &str, certificate_pem: &str, key_pem: &str) -> Result<Self, MtlsError> {
        SpiffeId::new(trust_domain, "probe")?;
        let key = KeyPair::from_pem(key_pem).map_err(|e| rc(&e))?;
        let cert = rustls_pki_types::CertificateDer::from_pem_slice(certificate_pem.as_bytes())
            .map_err(|e| MtlsError::Config(format!("CA certificate: {e}")))?;
        let (_, parsed) = x509_parser::parse_x509_certificate(&cert).map_err(|e| MtlsError::Config(format!("CA certificate: {e}")))?;
        if !parsed.is_ca() {
            return Err(MtlsError::Config("the certificate is not a CA".into()));
        }
        if parsed.public_key().raw != key.subject_public_key_info().as_slice() {
            return Err(MtlsError::Config("the key does not belong to the CA certificate".into()));
        }
        let issuer = Issuer::from_ca_cert_der(&cert, key).map_err(|e| rc(&e))?;
        Ok(DevCa { trust_domain: trust_domain.to_owned(), issuer, certificate_pem: certificate_pem.to_owned() })
    }

    /// The CA certificate (PEM): the trust bundle.
    pub fn certificate_pem(&self) -> &str {
        &self.certificate_pem
    }

    /// The CA's private key (PKCS#8 PEM). Secret.
    pub fn key_pem(&self) -> String {
        self.issuer.key().serialize_pem()
    }

    /// Issues a certificate for `agent` with the default options.
    ///
    /// # Errors
    /// See [`DevCa::issue_with`].
    pub fn issue(&self, agent: &str) -> Result<IssuedCertificate, MtlsError> {
        self.issue_with(agent, &AgentCertificateOptions::default())
    }

    /// Issues a TLS server certificate (server auth only) for host names and
    /// IP addresses (`localhost`, `127.0.0.1`, `::1`), for a service such
    /// as `aigos serve`. Returns the certificate and its private key (PEM).
    ///
    /// # Errors
    /// [`MtlsError::Config`] for no names, an invalid name, or when signing fails.
    pub fn issue_server(&self, names: &[&str], validity: Duration) -> Result<(String, String), MtlsError> {
        let Some(first) = names.first() else { return Err(MtlsError::Config("a server certificate needs a name".into())) };
        let key = KeyPair::generate().map_err(|e| rc(&e))?;
        let mut params = CertificateParams::default();
        params.distinguished_name.push(DnType::CommonName, *first);
        params.subject_alt_names = names
            .iter()
            .map(|n| match n.parse::<std::net::IpAddr>() {
                Ok(ip) => Ok(SanType::IpAddress(ip)),
                Err(_) => n.to_string().try_into().map(SanType::DnsName).map_err(|e| rc(&e)),
            })
            .collect::<Result<_, _>>()?;
        params.is_ca = IsCa::ExplicitNoCa;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.use_authority_key_identifier_extension = true;
        let now = time::OffsetDateTime::now_utc();
        params.not_before = now - time::Duration::minutes(5);
        params.not_after = now + to_time(validity);
        let cert = params.signed_by(&key, &self.issuer).map_err(|e| rc(&e))?;
        Ok((cert.pem(), key.serialize_pem()))
    }

    /// Issues a certificate for `agent`, usable as client and as server.
    ///
    /// # Errors
    /// [`MtlsError::InvalidSpiffeId`] for a bad agent id, or
    /// [`MtlsError::Config`] when signing fails.
    pub fn issue_with(&self, agent: &str, options: &AgentCertificateOptions) -> Result<IssuedCertificate, MtlsError> {
        let id = SpiffeId::new(&self.trust_domain, agent)?;
        let key = KeyPair::generate().map_err(|e| rc(&e))?;
        let mut params = CertificateParams::default();
        params.distinguished_name.push(DnType::CommonName, agent);
        if let Some(org) = &options.organization {
            params.distinguished_name.push(DnType::OrganizationName, org.as_str());
        }
        params.subject_alt_names = vec![SanType::URI(id.to_string().try_into().map_err(|e| rc(&e))?)];
        params.is_ca = IsCa::ExplicitNoCa;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth, ExtendedKeyUsagePurpose::ServerAuth];
        params.use_authority_key_identifier_extension = true;
        let now = time::OffsetDateTime::now_utc();
        params.not_before = now - time::Duration::minutes(5);
        params.not_after = now + to_time(options.validity);
        let cert = params.signed_by(&key, &self.issuer).map_err(|e| rc(&e))?;
        Ok(IssuedCertificate { id, certificate_pem: cert.pem(), key_pem: key.serialize_pem() })
    }
}
