//! What a mis-issuing or copied CA, a leaked certificate and a renamed agent
//! try against the certificate checks, each next to the honest case.

use aigos_network::{MtlsError, MtlsSettings, Revocation, organization_of, organizations_of};
use rcgen::{DnValue, ExtendedKeyUsagePurpose, KeyUsagePurpose, string::BmpString};

use crate::{
    certs::{LeafOptions, TD, ca, ca_with, settings, settings_with_chain},
    mtls::{handshake, rt},
};

/// The server's verdict on `client` (the client only sees an alert).
fn server_verdict(server: &MtlsSettings, client: &MtlsSettings) -> Result<String, MtlsError> {
    rt().block_on(handshake(server, client)).0.map(|p| p.id().to_string())
}

/// The client's verdict on `server`.
fn client_verdict(server: &MtlsSettings, client: &MtlsSettings) -> Result<String, MtlsError> {
    rt().block_on(handshake(server, client)).1.map(|p| p.id().to_string())
}

fn constraint(r: Result<String, MtlsError>) -> String {
    match r {
        Err(MtlsError::ConstraintViolated(why)) => why,
        other => panic!("expected a constraint violation, got {other:?}"),
    }
}

#[test]
fn a_pathlen_zero_root_does_not_vouch_for_an_intermediate_it_issued() {
    // The CA was only allowed to issue leaves, yet an intermediate exists
    // (mis-issued, or its key copied into an issuing tool).
    let root = ca_with("corp root", Some(0), None);
    let rogue_sub = root.intermediate("rogue issuing CA");
    let server = settings(&root.agent("payments"), &root.pem);
    let client = settings(&root.agent("billing"), &root.pem);
    let smuggled = settings_with_chain(&rogue_sub.agent("billing"), &[&rogue_sub], &root.pem);
    assert!(constraint(server_verdict(&server, &smuggled)).contains("allows 0 intermediate"), "client side of the attack");
    let smuggled_server = settings_with_chain(&rogue_sub.agent("payments"), &[&rogue_sub], &root.pem);
    assert!(constraint(client_verdict(&smuggled_server, &client)).contains("allows 0 intermediate"), "server side of the attack");
    // Positive controls: a leaf straight under the root, and an intermediate
    // under a root that allows one.
    assert_eq!(server_verdict(&server, &client).unwrap(), "spiffe://corp.example/agent/billing");
    let open = ca_with("open root", Some(1), None);
    let sub = open.intermediate("issuing CA");
    let open_server = settings(&open.agent("payments"), &open.pem);
    let chained = settings_with_chain(&sub.agent("billing"), &[&sub], &open.pem);
    assert_eq!(server_verdict(&open_server, &chained).unwrap(), "spiffe://corp.example/agent/billing");
}

#[test]
fn uri_name_constraints_of_the_trust_anchor_bind_the_trust_domain() {
    let cases: [(&[&str], &[&str], bool); 5] = [
        (&["corp.example"], &[], true),
        (&[".example"], &[], true),
        (&["partner.example"], &[], false),
        (&[], &["corp.example"], false),
        (&[".example"], &["corp.example"], false),
    ];
    for (permitted, excluded, accepted) in cases {
        let root = ca_with("constrained root", Some(0), Some((permitted, excluded)));
        let server = settings(&root.agent("payments"), &root.pem);
        if accepted {
            let verdict = server_verdict(&server, &settings(&root.agent("billing"), &root.pem));
            assert_eq!(verdict.unwrap(), "spiffe://corp.example/agent/billing", "{permitted:?} {excluded:?}");
        } else {
            // Both ends would refuse the other; a client that accepts any
            // server shows the server's own verdict.
            let (verdict, _) = rt().block_on(crate::mtls::raw_handshake(&server, Some(&root.agent("billing"))));
            assert!(constraint(verdict.map(|p| p.id().to_string())).contains("name constraints"), "{permitted:?} {excluded:?}");
        }
    }
}

#[test]
fn the_leaf_must_be_usable_for_signing_and_for_its_role() {
    let root = ca("corp CA");
    let server = settings(&root.agent("payments"), &root.pem);
    let with = |key_usages: Vec<KeyUsagePurpose>, eku: Vec<ExtendedKeyUsagePurpose>| {
        let options = LeafOptions { key_usages, extended_key_usages: eku, ..LeafOptions::default() };
        settings(&root.agent_with("billing", &options), &root.pem)
    };
    let both = vec![ExtendedKeyUsagePurpose::ClientAuth, ExtendedKeyUsagePurpose::ServerAuth];
    // keyEncipherment only: the key may not sign the handshake.
    let encipher_only = with(vec![KeyUsagePurpose::KeyEncipherment], both.clone());
    assert!(matches!(server_verdict(&server, &encipher_only), Err(MtlsError::KeyUsage(m)) if m.contains("digitalSignature")));
    // A server-only certificate used as a client, and a client-only one as a server.
    let server_only = with(vec![KeyUsagePurpose::DigitalSignature], vec![ExtendedKeyUsagePurpose::ServerAuth]);
    assert!(matches!(server_verdict(&server, &server_only), Err(MtlsError::KeyUsage(_))));
    let client_only = with(vec![KeyUsagePurpose::DigitalSignature], vec![ExtendedKeyUsagePurpose::ClientAuth]);
    let client = settings(&root.agent("billing"), &root.pem);
    assert!(matches!(client_verdict(&client_only, &client), Err(MtlsError::KeyUsage(_))));
    // Positive controls: digitalSignature with the role's usage, or no
    // extended key usage at all (RFC 5280: any purpose).
    assert!(server_verdict(&server, &with(vec![KeyUsagePurpose::DigitalSignature], both)).is_ok());
    assert!(server_verdict(&server, &with(vec![KeyUsagePurpose::DigitalSignature], vec![])).is_ok());
    assert!(server_verdict(&server, &client_only).is_ok(), "a client-only certificate is fine as a client");
}

#[test]
fn a_key_usage_that_does_not_parse_allows_nothing() {
    let root = ca("corp CA");
    let server = settings(&root.agent("payments"), &root.pem);
    // Critical key usage whose value is an OCTET STRING, not a BIT STRING.
    let options =
        LeafOptions { key_usages: vec![], raw_extensions: vec![(vec![2, 5, 29, 15], vec![0x04, 0x01, 0x20])], ..LeafOptions::default() };
    let malformed = settings(&root.agent_with("billing", &options), &root.pem);
    assert!(matches!(server_verdict(&server, &malformed), Err(MtlsError::KeyUsage(m)) if m.contains("unreadable")));
    // Positive control: the same bytes as a proper BIT STRING (digitalSignature).
    let options = LeafOptions {
        key_usages: vec![],
        raw_extensions: vec![(vec![2, 5, 29, 15], vec![0x03, 0x02, 0x07, 0x80])],
        ..LeafOptions::default()
    };
    assert!(server_verdict(&server, &settings(&root.agent_with("billing", &options), &root.pem)).is_ok());
}

#[test]
fn a_certificate_with_a_second_uri_is_refused() {
    let root = ca("corp CA");
    let server = settings(&root.agent("payments"), &root.pem);
    let now = time::OffsetDateTime::now_utc();
    let two = root.leaf(
        &["spiffe://corp.example/agent/billing", "https://admin.corp.example/"],
        None,
        now - time::Duration::hours(1),
        now + time::Duration::days(1),
    );
    let (verdict, _) = rt().block_on(crate::mtls::raw_handshake(&server, Some(&two)));
    assert_eq!(verdict.unwrap_err(), MtlsError::SeveralUris(2));
}

/// Replaces `path` atomically, as an operator's tooling should.
fn replace(path: &std::path::Path, text: &str) {
    let tmp = path.with_extension("new");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn a_revoked_certificate_is_refused_after_the_crl_changes_without_a_restart() {
    let root = ca("corp CA");
    let dir = tempfile::tempdir().unwrap();
    let (crl, deny) = (dir.path().join("corp.crl.pem"), dir.path().join("deny.toml"));
    replace(&crl, &root.crl(&[]));
    replace(&deny, "");
    let revocation = || Revocation::from_files(vec![crl.clone()], Some(deny.clone())).unwrap();
    let server = settings(&root.agent("payments"), &root.pem).with_revocation(revocation());
    let leaked = settings(&root.agent_with("billing", &LeafOptions { serial: Some(0x1f_a3), ..LeafOptions::default() }), &root.pem);
    let other = settings(&root.agent_with("billing", &LeafOptions { serial: Some(0x1f_a4), ..LeafOptions::default() }), &root.pem);
    assert!(server_verdict(&server, &leaked).is_ok(), "positive control: not revoked yet");

    replace(&crl, &root.crl(&[0x1f_a3]));
    assert!(matches!(server_verdict(&server, &leaked), Err(MtlsError::Revoked(m)) if m.contains("revocation list")));
    assert!(server_verdict(&server, &other).is_ok(), "another certificate of the same agent still works");

    // A CRL signed by another CA names nothing here: its signature does not verify.
    let forger = ca("forger");
    replace(&crl, &forger.crl(&[0x1f_a4]));
    assert!(server_verdict(&server, &other).is_ok());

    // The deny list: by serial (any spelling) and by SPIFFE ID.
    replace(&crl, &root.crl(&[]));
    replace(&deny, "serials = [\"00:1F:A4\"]\n");
    assert!(matches!(server_verdict(&server, &other), Err(MtlsError::Revoked(m)) if m.contains("serial")));
    assert!(server_verdict(&server, &leaked).is_ok());
    replace(&deny, "spiffe_ids = [\"spiffe://corp.example/agent/billing\"]\n");
    assert!(matches!(server_verdict(&server, &leaked), Err(MtlsError::Revoked(m)) if m.contains("SPIFFE ID")));

    // The client checks the server's certificate against its lists too.
    let client = settings(&root.agent("ops"), &root.pem).with_revocation(revocation());
    let revoked_server = settings(&root.agent("billing"), &root.pem);
    assert!(matches!(client_verdict(&revoked_server, &client), Err(MtlsError::Revoked(_))));

    // Fail closed: a CRL that disappears or is garbage refuses everyone.
    std::fs::remove_file(&crl).unwrap();
    assert!(matches!(server_verdict(&server, &other), Err(MtlsError::RevocationUnavailable(_))));
    replace(&crl, "-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n");
    assert!(matches!(server_verdict(&server, &other), Err(MtlsError::RevocationUnavailable(_))));
    replace(&crl, &root.crl(&[]));
    replace(&deny, "");
    assert!(server_verdict(&server, &other).is_ok(), "and recovers when the file is fixed");
    // A passing outage (the same file moved away and back) is retried, not kept.
    let aside = dir.path().join("aside.pem");
    std::fs::rename(&crl, &aside).unwrap();
    assert!(matches!(server_verdict(&server, &other), Err(MtlsError::RevocationUnavailable(_))));
    std::fs::rename(&aside, &crl).unwrap();
    assert!(server_verdict(&server, &other).is_ok(), "the unchanged file is read again");
    // A deny list that does not parse as serials or SPIFFE IDs fails closed.
    replace(&deny, "serials = [\"12z4\"]\n");
    assert!(matches!(server_verdict(&server, &other), Err(MtlsError::RevocationUnavailable(m)) if m.contains("not hex")));
    replace(&deny, "spiffe_ids = [\"spiffe://corp.example/agent/../admin\"]\n");
    assert!(matches!(server_verdict(&server, &other), Err(MtlsError::RevocationUnavailable(_))));
    replace(&deny, "");
    assert!(Revocation::from_files(vec![dir.path().join("missing.pem")], None).is_err(), "a missing CRL is refused at start");
}

#[test]
fn every_organization_is_read_in_every_encoding() {
    let root = ca("corp CA");
    let two = root.agent_with(
        "billing",
        &LeafOptions { organizations: vec![DnValue::from("acme"), DnValue::from("evilcorp")], ..LeafOptions::default() },
    );
    assert_eq!(organizations_of(&two.der).unwrap(), ["acme", "evilcorp"]);
    assert_eq!(organization_of(&two.der), None, "no single organization to trust");
    let bmp = root.agent_with(
        "billing",
        &LeafOptions { organizations: vec![DnValue::BmpString(BmpString::try_from("evilcorp").unwrap())], ..LeafOptions::default() },
    );
    assert_eq!(organizations_of(&bmp.der).unwrap(), ["evilcorp"]);
    assert_eq!(organization_of(&bmp.der).as_deref(), Some("evilcorp"));
    let one = root.agent_of("billing", Some("acme"));
    assert_eq!(organization_of(&one.der).as_deref(), Some("acme"));
    // The handshake exposes all of them.
    let server = settings(&root.agent("payments"), &root.pem);
    let (peer, _) = rt().block_on(handshake(&server, &settings(&two, &root.pem)));
    assert_eq!(peer.unwrap().organizations(), ["acme", "evilcorp"]);
    let _ = TD;
}
