//! The certificate path checks aigos runs on top of webpki, and revocation.
//!
//! webpki builds and verifies the chain (signatures, validity, the basic
//! constraints and name constraints of intermediates, extended key usage
//! when present). What it leaves out, and a mis-issuing or copied CA would
//! use, is checked here inside the same verification call:
//!
//! - the trust anchor's own `pathLenConstraint` (webpki treats an anchor as
//!   a bare name and key, so a `pathlen:0` root would accept a leaf under an
//!   intermediate it was never allowed to issue);
//! - URI name constraints on the trust anchor, the form SPIFFE authorities
//!   use (webpki refuses every URI name under a URI constraint; aigos matches
//!   the trust domain against the subtrees as RFC 5280 §4.2.1.10 says);
//! - the leaf's key usage must allow `digitalSignature` (the TLS handshake
//!   signs with it) and it must hold exactly one URI SAN;
//! - revocation: CRL files (verified by webpki against the issuing CA) and
//!   a deny list of serial numbers and SPIFFE IDs, both reloaded when the
//!   files change, failing closed when a file cannot be read.

use std::{
    fmt,
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::SystemTime,
};

use rustls::{DistinguishedName, crypto::WebPkiSupportedAlgorithms};
use rustls_pki_types::{CertificateDer, CertificateRevocationListDer, TrustAnchor, UnixTime, pem::PemObject};
use serde::Deserialize;
use webpki::{
    CertRevocationList, EndEntityCert, ExpirationPolicy, KeyUsage, OwnedCertRevocationList, RevocationCheckDepth, RevocationOptionsBuilder,
    UnknownStatusPolicy, VerifiedPath,
};
use x509_parser::{
    certificate::X509Certificate,
    extensions::{GeneralName, ParsedExtension},
};

use crate::MtlsError;

/// Which side's certificate is being verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Usage {
    /// A client certificate (`clientAuth`).
    Client,
    /// A server certificate (`serverAuth`).
    Server,
}

/// What aigos checks itself about one trust anchor.
#[derive(Debug, Clone, Default)]
struct AnchorRules {
    path_len: Option<u32>,
    uri_permitted: Vec<String>,
    uri_excluded: Vec<String>,
}

/// The trust bundle: webpki's anchors and, index for index, aigos' rules.
pub(crate) struct Anchors {
    webpki: Vec<TrustAnchor<'static>>,
    rules: Vec<AnchorRules>,
    hints: Vec<DistinguishedName>,
}

impl fmt::Debug for Anchors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Anchors").field("count", &self.webpki.len()).finish_non_exhaustive()
    }
}

fn parse(der: &[u8]) -> Result<X509Certificate<'_>, MtlsError> {
    x509_parser::parse_x509_certificate(der).map(|(_, c)| c).map_err(|e| MtlsError::Certificate(e.to_string()))
}

fn uri_name(name: &GeneralName<'_>) -> Option<String> {
    match name {
        GeneralName::URI(u) => Some((*u).to_owned()),
        _ => None,
    }
}

impl Anchors {
    /// Reads the bundle's CA certificates.
    ///
    /// # Errors
    /// [`MtlsError::Config`] for a certificate webpki or the parser refuses,
    /// or an empty bundle.
    pub(crate) fn new(certificates: &[CertificateDer<'_>]) -> Result<Self, MtlsError> {
        let cfg = |e: &dyn fmt::Display| MtlsError::Config(format!("trust bundle: {e}"));
        let (mut webpki, mut rules, mut hints) = (Vec::new(), Vec::new(), Vec::new());
        for der in certificates {
            let mut anchor = webpki::anchor_from_trusted_cert(der).map_err(|e| cfg(&e))?.to_owned();
            let cert = parse(der).map_err(|e| cfg(&e))?;
            let mut rule = AnchorRules::default();
            for ext in cert.extensions() {
                match ext.parsed_extension() {
                    ParsedExtension::BasicConstraints(bc) => rule.path_len = bc.path_len_constraint,
                    ParsedExtension::NameConstraints(nc) => {
                        let permitted = nc.permitted_subtrees.as_deref().unwrap_or_default();
                        let excluded = nc.excluded_subtrees.as_deref().unwrap_or_default();
                        let all_uri = permitted.iter().chain(excluded).all(|s| uri_name(&s.base).is_some());
                        // Only URI subtrees: aigos enforces them and webpki
                        // (which would refuse every SPIFFE ID under them) is
                        // given the anchor without. Any other form stays
                        // with webpki, which then also refuses URI names.
                        if all_uri {
                            rule.uri_permitted = permitted.iter().filter_map(|s| uri_name(&s.base)).collect();
                            rule.uri_excluded = excluded.iter().filter_map(|s| uri_name(&s.base)).collect();
                            anchor.name_constraints = None;
                        }
                    }
                    _ => {}
                }
            }
            hints.push(DistinguishedName::in_sequence(anchor.subject.as_ref()));
            webpki.push(anchor);
            rules.push(rule);
        }
        if webpki.is_empty() {
            return Err(MtlsError::Config("trust bundle holds no certificate".into()));
        }
        Ok(Anchors { webpki, rules, hints })
    }

    pub(crate) fn len(&self) -> usize {
        self.webpki.len()
    }

    pub(crate) fn hints(&self) -> &[DistinguishedName] {
        &self.hints
    }

    fn rules_of(&self, anchor: &TrustAnchor<'_>) -> Option<&AnchorRules> {
        self.webpki
            .iter()
            .position(|a| {
                a.subject.as_ref() == anchor.subject.as_ref()
                    && a.subject_public_key_info.as_ref() == anchor.subject_public_key_info.as_ref()
            })
            .and_then(|i| self.rules.get(i))
    }
}

/// RFC 5280 §4.2.1.10 for URIs: a constraint names a host (the URI must
/// have exactly that host) or, with a leading period, a domain (any host
/// below it). Case-insensitive.
fn uri_host_matches(host: &str, constraint: &str) -> bool {
    let (host, constraint) = (host.to_ascii_lowercase(), constraint.to_ascii_lowercase());
    match constraint.strip_prefix('.') {
        Some(domain) => host.len() > domain.len() + 1 && host.ends_with(&constraint),
        None => host == constraint,
    }
}

/// The host part of a `scheme://host/...` URI.
fn uri_host(uri: &str) -> Option<&str> {
    let rest = uri.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    Some(host.split(':').next().unwrap_or(host))
}

/// A deny list: serial numbers (hex, colons and case free) and SPIFFE IDs.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DenyListFile {
    #[serde(default)]
    serials: Vec<String>,
    #[serde(default)]
    spiffe_ids: Vec<String>,
}

#[derive(Debug, Default)]
struct DenyList {
    serials: std::collections::HashSet<String>,
    spiffe_ids: std::collections::HashSet<String>,
}

/// Lower-case hex without colons, white space or leading zeros; `None`
/// for anything else (a decimal or mistyped serial must not deny another
/// certificate, or none, silently).
fn normal_serial(s: &str) -> Option<String> {
    let hex: String = s.chars().filter(|c| *c != ':' && !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect();
    if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let trimmed = hex.trim_start_matches('0');
    Some(if trimmed.is_empty() { "0".into() } else { trimmed.into() })
}

fn serial_of(cert: &X509Certificate<'_>) -> String {
    let hex: String = cert.raw_serial().iter().map(|b| format!("{b:02x}")).collect();
    normal_serial(&hex).unwrap_or(hex)
}

/// What identifies a file's version without reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    #[cfg(unix)]
    inode: u64,
}

fn stamp(path: &Path) -> std::io::Result<Stamp> {
    let m = std::fs::metadata(path)?;
    Ok(Stamp {
        modified: m.modified().ok(),
        len: m.len(),
        #[cfg(unix)]
        inode: std::os::unix::fs::MetadataExt::ino(&m),
    })
}

#[derive(Default)]
struct Loaded {
    stamps: Vec<Stamp>,
    crls: Arc<Vec<CertRevocationList<'static>>>,
    deny: Arc<DenyList>,
    /// Set when the files could not be read: every handshake is refused.
    failure: Option<String>,
    /// When a failed load was last retried (at most once a second, so a
    /// flood of handshakes during an outage does not re-read the files each).
    retried: Option<std::time::Instant>,
    loaded: bool,
}

/// Certificate revocation: CRL files and a deny list, re-read whenever one
/// of the files changes (checked at each handshake by its size, time and
/// inode; replace files by renaming a new one over them).
///
/// Fails closed: a file that is missing, unreadable or malformed refuses
/// every certificate with [`MtlsError::RevocationUnavailable`] until it is
/// fixed. A CRL is trusted only for the CA that signed it (webpki checks the
/// signature); certificates of an issuer without a CRL are not refused for
/// that.
///
/// The deny list is TOML:
///
/// ```toml
/// serials = ["1f:a3:09"]                                # hex; colons, case and leading zeros free
/// spiffe_ids = ["spiffe://corp.example/agent/leaked"]
/// ```
pub struct Revocation {
    crl_files: Vec<PathBuf>,
    deny_file: Option<PathBuf>,
    state: Mutex<Loaded>,
}

impl fmt::Debug for Revocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Revocation").field("crl_files", &self.crl_files).field("deny_file", &self.deny_file).finish_non_exhaustive()
    }
}

impl Revocation {
    /// Revocation from these CRL files (PEM or DER, several CRLs per PEM
    /// file allowed) and an optional deny-list file.
    ///
    /// # Errors
    /// [`MtlsError::RevocationUnavailable`] when the files cannot be read
    /// now: a configuration that names a missing CRL is refused at start.
    pub fn from_files(crl_files: Vec<PathBuf>, deny_file: Option<PathBuf>) -> Result<Self, MtlsError> {
        let r = Revocation { crl_files, deny_file, state: Mutex::new(Loaded::default()) };
        r.current()?;
        Ok(r)
    }

    fn files(&self) -> impl Iterator<Item = &PathBuf> {
        self.crl_files.iter().chain(&self.deny_file)
    }

    fn load(&self) -> Result<(Vec<CertRevocationList<'static>>, DenyList), String> {
        let mut crls = Vec::new();
        for path in &self.crl_files {
            let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let ders: Vec<CertificateRevocationListDer<'static>> = if bytes.starts_with(b"-----") {
                CertificateRevocationListDer::pem_slice_iter(&bytes)
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("{}: {e}", path.display()))?
            } else {
                vec![CertificateRevocationListDer::from(bytes)]
            };
            if ders.is_empty() {
                return Err(format!("{}: no CRL in the file", path.display()));
            }
            for der in ders {
                let crl = OwnedCertRevocationList::from_der(der.as_ref()).map_err(|e| format!("{}: {e}", path.display()))?;
                crls.push(CertRevocationList::from(crl));
            }
        }
        let mut deny = DenyList::default();
        if let Some(path) = &self.deny_file {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let file: DenyListFile = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            deny.serials = file
                .serials
                .iter()
                .map(|s| normal_serial(s).ok_or_else(|| format!("{}: serial {s:?} is not hex (colons allowed)", path.display())))
                .collect::<Result<_, _>>()?;
            for id in &file.spiffe_ids {
                crate::SpiffeId::parse(id).map_err(|e| format!("{}: {e}", path.display()))?;
            }
            deny.spiffe_ids = file.spiffe_ids.into_iter().collect();
        }
        Ok((crls, deny))
    }

    /// The current lists, re-read when a file changed.
    fn current(&self) -> Result<(Arc<Vec<CertRevocationList<'static>>>, Arc<DenyList>), MtlsError> {
        let stamps: Result<Vec<Stamp>, String> = self.files().map(|p| stamp(p).map_err(|e| format!("{}: {e}", p.display()))).collect();
        let mut state = self.state.lock().map_err(|_| MtlsError::RevocationUnavailable("revocation state poisoned".into()))?;
        match stamps {
            Err(e) => {
                state.failure = Some(e);
                // Whatever comes back at these paths is read again at once.
                state.stamps.clear();
            }
            // A failure is retried (at most once a second), whatever the stamps.
            Ok(stamps)
                if !state.loaded
                    || stamps != state.stamps
                    || (state.failure.is_some() && state.retried.is_none_or(|t| t.elapsed() >= std::time::Duration::from_secs(1))) =>
            {
                state.retried = Some(std::time::Instant::now());
                match self.load() {
                    Ok((crls, deny)) => {
                        state.crls = Arc::new(crls);
                        state.deny = Arc::new(deny);
                        state.failure = None;
                    }
                    Err(e) => state.failure = Some(e),
                }
                state.stamps = stamps;
                state.loaded = true;
            }
            Ok(_) => {}
        }
        match &state.failure {
            Some(e) => Err(MtlsError::RevocationUnavailable(e.clone())),
            None => Ok((Arc::clone(&state.crls), Arc::clone(&state.deny))),
        }
    }
}

/// Chain verification: webpki plus the checks this module adds.
#[derive(Clone)]
pub(crate) struct ChainVerifier {
    pub(crate) anchors: Arc<Anchors>,
    pub(crate) revocation: Option<Arc<Revocation>>,
    pub(crate) algorithms: WebPkiSupportedAlgorithms,
}

impl fmt::Debug for ChainVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChainVerifier").field("anchors", &self.anchors).field("revocation", &self.revocation).finish_non_exhaustive()
    }
}

fn from_webpki(e: &webpki::Error) -> MtlsError {
    use webpki::Error as W;
    match e {
        W::UnknownIssuer => MtlsError::UnknownIssuer,
        W::CertExpired { .. } => MtlsError::Expired,
        W::CertNotValidYet { .. } => MtlsError::NotYetValid,
        W::CertRevoked => MtlsError::Revoked("listed in a certificate revocation list".into()),
        W::PathLenConstraintViolated => MtlsError::ConstraintViolated("path length constraint of an issuing authority".into()),
        W::NameConstraintViolation => MtlsError::ConstraintViolated("name constraints of an issuing authority".into()),
        W::RequiredEkuNotFoundContext(_) | W::EmptyEkuExtension => {
            MtlsError::KeyUsage("extended key usage does not allow this role".into())
        }
        other => MtlsError::Certificate(format!("{other:?}")),
    }
}

impl ChainVerifier {
    /// Verifies `leaf` (with the `intermediates` the peer sent) for `usage`
    /// at `now`.
    pub(crate) fn verify(
        &self,
        leaf: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        now: UnixTime,
        usage: Usage,
    ) -> Result<(), MtlsError> {
        let end_entity = EndEntityCert::try_from(leaf).map_err(|e| from_webpki(&e))?;
        let cert = parse(leaf)?;
        let uris: Vec<String> = cert
            .subject_alternative_name()
            .map_err(|e| MtlsError::Certificate(e.to_string()))?
            .iter()
            .flat_map(|ext| ext.value.general_names.iter())
            .filter_map(uri_name)
            .collect();
        let lists = self.revocation.as_ref().map(|r| r.current()).transpose()?;
        let crl_refs: Vec<&CertRevocationList<'static>> = lists.as_ref().map(|(crls, _)| crls.iter().collect()).unwrap_or_default();
        let revocation = RevocationOptionsBuilder::new(&crl_refs).ok().map(|b| {
            b.with_depth(RevocationCheckDepth::Chain)
                .with_status_policy(UnknownStatusPolicy::Allow)
                .with_expiration_policy(ExpirationPolicy::Ignore)
                .build()
        });
        // The anchor's own constraints, checked on each candidate path.
        let why = std::cell::RefCell::new(None::<MtlsError>);
        let check_path = |path: &VerifiedPath<'_>| -> Result<(), webpki::Error> {
            let Some(rules) = self.anchors.rules_of(path.anchor()) else { return Err(webpki::Error::UnknownIssuer) };
            let below = path.intermediate_certificates().count();
            if rules.path_len.is_some_and(|max| below > max as usize) {
                why.replace(Some(MtlsError::ConstraintViolated(format!(
                    "the trust anchor allows {} intermediate authorities, the chain has {below}",
                    rules.path_len.unwrap_or_default()
                ))));
                return Err(webpki::Error::PathLenConstraintViolated);
            }
            for uri in &uris {
                let host = uri_host(uri).unwrap_or_default();
                let permitted = rules.uri_permitted.is_empty() || rules.uri_permitted.iter().any(|c| uri_host_matches(host, c));
                if !permitted || rules.uri_excluded.iter().any(|c| uri_host_matches(host, c)) {
                    why.replace(Some(MtlsError::ConstraintViolated(format!("{uri} is outside the trust anchor's name constraints"))));
                    return Err(webpki::Error::NameConstraintViolation);
                }
            }
            Ok(())
        };
        let eku = match usage {
            Usage::Client => KeyUsage::client_auth(),
            Usage::Server => KeyUsage::server_auth(),
        };
        end_entity
            .verify_for_usage(self.algorithms.all, &self.anchors.webpki, intermediates, now, eku, revocation, Some(&check_path))
            .map_err(|e| why.take().unwrap_or_else(|| from_webpki(&e)))?;
        // The leaf itself.
        match cert.key_usage() {
            Ok(Some(ku)) if !ku.value.digital_signature() => {
                return Err(MtlsError::KeyUsage("key usage does not allow digitalSignature".into()));
            }
            Ok(_) => {}
            // A key usage that does not parse allows nothing.
            Err(e) => return Err(MtlsError::KeyUsage(format!("unreadable key usage: {e}"))),
        }
        // Exactly one URI SAN. Zero or several SPIFFE IDs are reported as
        // such by the identity check that follows; here a SPIFFE ID with
        // another URI beside it.
        let spiffe = uris.iter().filter(|u| crate::mtls::is_spiffe_uri(u)).count();
        if uris.len() > 1 && spiffe == 1 {
            return Err(MtlsError::SeveralUris(uris.len()));
        }
        if let Some((_, deny)) = &lists {
            if deny.serials.contains(&serial_of(&cert)) {
                return Err(MtlsError::Revoked("serial number is on the deny list".into()));
            }
            if uris.iter().any(|u| deny.spiffe_ids.contains(u)) {
                return Err(MtlsError::Revoked("SPIFFE ID is on the deny list".into()));
            }
        }
        Ok(())
    }
}

/// Every subject organization (O) of a certificate, decoded from any of the
/// X.520 string encodings (UTF8String, PrintableString, IA5String,
/// TeletexString as Latin-1, BMPString, UniversalString).
///
/// # Errors
/// [`MtlsError::Certificate`] for bad DER or an O value in no string
/// encoding: a certificate whose organization cannot be read must not pass
/// a block list by being unreadable.
pub fn organizations_of(certificate_der: &[u8]) -> Result<Vec<String>, MtlsError> {
    let cert = parse(certificate_der)?;
    cert.subject()
        .iter_organization()
        .map(|attr| decode_directory_string(attr.attr_value().header.tag().0, attr.attr_value().data))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| MtlsError::Certificate("an organization (O) attribute is in no readable string encoding".into()))
}

fn decode_directory_string(tag: u32, data: &[u8]) -> Option<String> {
    match tag {
        // UTF8String, PrintableString, IA5String, VisibleString
        12 | 19 | 22 | 26 => String::from_utf8(data.to_vec()).ok(),
        // TeletexString: decoded as Latin-1, what issuers put there in practice.
        20 => Some(data.iter().map(|&b| char::from(b)).collect()),
        // BMPString: UTF-16BE.
        30 => {
            let units: Vec<u16> = data.chunks(2).map(|c| c.try_into().map(u16::from_be_bytes)).collect::<Result<_, _>>().ok()?;
            String::from_utf16(&units).ok()
        }
        // UniversalString: UTF-32BE.
        28 => data.chunks(4).map(|c| c.try_into().ok().map(u32::from_be_bytes).and_then(char::from_u32)).collect(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_constraints_follow_rfc_5280() {
        assert!(uri_host_matches("corp.example", "corp.example"));
        assert!(uri_host_matches("CORP.example", "corp.EXAMPLE"));
        assert!(!uri_host_matches("eu.corp.example", "corp.example"), "a host constraint is exact");
        assert!(uri_host_matches("eu.corp.example", ".corp.example"));
        assert!(!uri_host_matches("corp.example", ".corp.example"), "a domain constraint names hosts below it");
        assert!(!uri_host_matches("evilcorp.example", ".corp.example"));
        assert_eq!(uri_host("spiffe://corp.example/agent/a"), Some("corp.example"));
        assert_eq!(uri_host("https://u@h.example:8443/x"), Some("h.example"));
    }

    #[test]
    fn serials_compare_without_separators_case_or_leading_zeros() {
        assert_eq!(normal_serial("00:1F:a3").as_deref(), Some("1fa3"));
        assert_eq!(normal_serial("1fa3").as_deref(), Some("1fa3"));
        assert_eq!(normal_serial("00").as_deref(), Some("0"));
        assert_eq!(normal_serial("0x1fa3"), None, "no prefix");
        assert_eq!(normal_serial("1fz3"), None, "a typo is an error, not another serial");
        assert_eq!(normal_serial(""), None);
    }

    #[test]
    fn directory_strings_decode_in_every_encoding() {
        assert_eq!(decode_directory_string(12, b"acme").as_deref(), Some("acme"));
        assert_eq!(decode_directory_string(19, b"acme").as_deref(), Some("acme"));
        assert_eq!(decode_directory_string(30, &[0, b'e', 0, b'v', 0, b'i', 0, b'l']).as_deref(), Some("evil"));
        assert_eq!(decode_directory_string(28, &[0, 0, 0, b'e', 0, 0, 0, b'v']).as_deref(), Some("ev"));
        assert_eq!(decode_directory_string(20, &[b'e', 0xe9]).as_deref(), Some("e\u{e9}"));
        assert_eq!(decode_directory_string(30, &[0, b'e', 0]), None, "odd-length BMPString");
        assert_eq!(decode_directory_string(4, b"acme"), None, "OCTET STRING is no directory string");
    }
}
