//! Certificates minted with rcgen for the tests, with full control over
//! SANs, organization and validity.

use aigos_network::MtlsSettings;
use rcgen::{
    BasicConstraints, CertificateParams, CertificateRevocationListParams, CustomExtension, DnType, DnValue, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyIdMethod, KeyPair, KeyUsagePurpose, RevokedCertParams, SanType, SerialNumber,
};
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
    ca_with(name, Some(0), None)
}

/// A root CA with a path length constraint (`None`: unconstrained) and,
/// optionally, URI name constraints `(permitted, excluded)`.
pub fn ca_with(name: &str, path_len: Option<u8>, uri_constraints: Option<(&[&str], &[&str])>) -> Ca {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::default();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(path_len.map_or(BasicConstraints::Unconstrained, BasicConstraints::Constrained));
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
    if let Some((permitted, excluded)) = uri_constraints {
        // rcgen has no URI subtrees: the extension is written by hand.
        let mut ext = CustomExtension::from_oid_content(&[2, 5, 29, 30], uri_name_constraints(permitted, excluded));
        ext.set_criticality(true);
        params.custom_extensions.push(ext);
    }
    let pem = params.self_signed(&key).unwrap().pem();
    Ca { issuer: Issuer::new(params, key), pem }
}

fn der(tag: u8, content: &[u8]) -> Vec<u8> {
    assert!(content.len() < 128);
    let mut v = vec![tag, u8::try_from(content.len()).unwrap()];
    v.extend_from_slice(content);
    v
}

/// NameConstraints with `uniformResourceIdentifier` subtrees (RFC 5280 §4.2.1.10).
fn uri_name_constraints(permitted: &[&str], excluded: &[&str]) -> Vec<u8> {
    let subtrees = |names: &[&str]| names.iter().flat_map(|n| der(0x30, &der(0x86, n.as_bytes()))).collect::<Vec<u8>>();
    let mut body = Vec::new();
    if !permitted.is_empty() {
        body.extend(der(0xa0, &subtrees(permitted)));
    }
    if !excluded.is_empty() {
        body.extend(der(0xa1, &subtrees(excluded)));
    }
    der(0x30, &body)
}

/// What a test leaf looks like beyond its URIs and validity.
#[derive(Clone)]
pub struct LeafOptions {
    /// Extensions written as given (e.g. a malformed key usage).
    pub raw_extensions: Vec<(Vec<u64>, Vec<u8>)>,
    pub organizations: Vec<DnValue>,
    pub key_usages: Vec<KeyUsagePurpose>,
    pub extended_key_usages: Vec<ExtendedKeyUsagePurpose>,
    pub serial: Option<u64>,
}

impl Default for LeafOptions {
    fn default() -> Self {
        LeafOptions {
            raw_extensions: Vec::new(),
            organizations: Vec::new(),
            key_usages: vec![KeyUsagePurpose::DigitalSignature],
            extended_key_usages: vec![ExtendedKeyUsagePurpose::ClientAuth, ExtendedKeyUsagePurpose::ServerAuth],
            serial: None,
        }
    }
}

impl Ca {
    pub fn leaf(&self, uris: &[&str], org: Option<&str>, not_before: OffsetDateTime, not_after: OffsetDateTime) -> Leaf {
        let options = LeafOptions { organizations: org.map(DnValue::from).into_iter().collect(), ..LeafOptions::default() };
        self.leaf_with(uris, &options, not_before, not_after)
    }

    pub fn leaf_with(&self, uris: &[&str], options: &LeafOptions, not_before: OffsetDateTime, not_after: OffsetDateTime) -> Leaf {
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::default();
        params.distinguished_name.push(DnType::CommonName, "agent");
        // rcgen keeps one value per attribute type; a second O is written
        // under the same OID as a "custom" type.
        for (i, o) in options.organizations.iter().enumerate() {
            let ty = if i == 0 { DnType::OrganizationName } else { DnType::CustomDnType(vec![2, 5, 4, 10]) };
            params.distinguished_name.push(ty, o.clone());
        }
        params.subject_alt_names = uris.iter().map(|u| SanType::URI((*u).try_into().unwrap())).collect();
        params.key_usages = options.key_usages.clone();
        params.extended_key_usages = options.extended_key_usages.clone();
        params.serial_number = options.serial.map(SerialNumber::from);
        for (oid, content) in &options.raw_extensions {
            let mut ext = CustomExtension::from_oid_content(oid, content.clone());
            ext.set_criticality(true);
            params.custom_extensions.push(ext);
        }
        params.not_before = not_before;
        params.not_after = not_after;
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        Leaf { cert_pem: cert.pem(), key_pem: key.serialize_pem(), der: cert.der().to_vec() }
    }

    /// A currently valid agent certificate with `options`.
    pub fn agent_with(&self, agent: &str, options: &LeafOptions) -> Leaf {
        let now = OffsetDateTime::now_utc();
        self.leaf_with(&[&format!("spiffe://{TD}/agent/{agent}")], options, now - Duration::hours(1), now + Duration::days(1))
    }

    /// An intermediate CA this CA issues (itself unconstrained in path length).
    pub fn intermediate(&self, name: &str) -> Ca {
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::default();
        params.distinguished_name.push(DnType::CommonName, name);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
        let pem = params.signed_by(&key, &self.issuer).unwrap().pem();
        Ca { issuer: Issuer::new(params, key), pem }
    }

    /// A CRL revoking these serial numbers, PEM.
    pub fn crl(&self, serials: &[u64]) -> String {
        let now = OffsetDateTime::now_utc();
        let params = CertificateRevocationListParams {
            this_update: now - Duration::minutes(1),
            next_update: now + Duration::days(1),
            crl_number: SerialNumber::from(1u64),
            issuing_distribution_point: None,
            revoked_certs: serials
                .iter()
                .map(|s| RevokedCertParams {
                    serial_number: SerialNumber::from(*s),
                    revocation_time: now - Duration::minutes(1),
                    reason_code: None,
                    invalidity_date: None,
                })
                .collect(),
            key_identifier_method: KeyIdMethod::Sha256,
        };
        params.signed_by(&self.issuer).unwrap().pem().unwrap()
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

/// Settings presenting `leaf` followed by the `chain` of intermediates.
pub fn settings_with_chain(leaf: &Leaf, chain: &[&Ca], bundle: &str) -> MtlsSettings {
    let mut pem = leaf.cert_pem.clone();
    for ca in chain {
        pem.push_str(&ca.pem);
    }
    MtlsSettings::from_pem(TD, pem.as_bytes(), leaf.key_pem.as_bytes(), bundle.as_bytes()).unwrap()
}
