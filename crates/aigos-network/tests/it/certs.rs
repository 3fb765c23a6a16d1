//! Certificates minted with rcgen for the tests, with full control over
//! SANs, organization and validity.

use aigos_network::MtlsSettings;
use rcgen::{BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose, SanType};
use time::{Duration, OffsetDateTime};

pub const TD: &str = "corp.example";

pub struct Ca {
    issuer: Issuer<'static, KeyPair>,
    pub pem: String,
}

#[derive(Clone)]
pub struct Leaf {
    pub cert_pem: String,
    pub key_pem: String,
    pub der: Vec<u8>,
}

pub fn ca(name: &str) -> Ca {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::default();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::DigitalSignature];
    let pem = params.self_signed(&key).unwrap().pem();
    Ca { issuer: Issuer::new(params, key), pem }
}

impl Ca {
    pub fn leaf(&self, uris: &[&str], org: Option<&str>, not_before: OffsetDateTime, not_after: OffsetDateTime) -> Leaf {
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::default();
        params.distinguished_name.push(DnType::CommonName, "agent");
        if let Some(o) = org {
            params.distinguished_name.push(DnType::OrganizationName, o);
        }
        params.subject_alt_names = uris.iter().map(|u| SanType::URI((*u).try_into().unwrap())).collect();
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth, ExtendedKeyUsagePurpose::ServerAuth];
        params.not_before = not_before;
        params.not_after = not_after;
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        Leaf { cert_pem: cert.pem(), key_pem: key.serialize_pem(), der: cert.der().to_vec() }
    }

    /// A currently valid certificate for `spiffe://corp.example/agent/{agent}`.
    pub fn agent(&self, agent: &str) -> Leaf {
        self.agent_of(agent, None)
    }

    pub fn agent_of(&self, agent: &str, org: Option<&str>) -> Leaf {
        let now = OffsetDateTime::now_utc();
        self.leaf(&[&format!("spiffe://{TD}/agent/{agent}")], org, now - Duration::hours(1), now + Duration::days(1))
    }
}

pub fn settings(leaf: &Leaf, bundle: &str) -> MtlsSettings {
    MtlsSettings::from_pem(TD, leaf.cert_pem.as_bytes(), leaf.key_pem.as_bytes(), bundle.as_bytes()).unwrap()
}
