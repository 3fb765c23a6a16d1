//! Keys in a SoftHSM2 token: both algorithms sign and verify, the secret
//! stays in the token, and what an insider or a misconfiguration could
//! slip in is refused.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::sync::Arc;

use aigos_crypto::{Algorithm, KeyStorage, Signer, VerifyingKey, default_provider};
use aigos_pkcs11::testing::SoftHsm;
use aigos_pkcs11::{Error, Pkcs11Config, Pkcs11Signer};
use zeroize::Zeroizing;

fn hsm() -> &'static SoftHsm {
    SoftHsm::token().unwrap()
}

fn verify(signer: &dyn Signer, message: &[u8]) -> Result<(), aigos_crypto::Error> {
    let signature = signer.sign(message)?;
    VerifyingKey::new(default_provider(), signer.public_key().clone())?.verify(message, signature.as_bytes())
}

#[test]
fn both_algorithms_sign_inside_the_token_and_verify_outside() {
    for (object, alg) in [("ed25519-key", Algorithm::EdDsa), ("p256-key", Algorithm::Es256)] {
        let uri = hsm().uri(object);
        let signer = Pkcs11Signer::generate(&uri, &hsm().config(), alg).unwrap();
        assert_eq!(signer.algorithm(), alg);
        assert_eq!(signer.storage(), KeyStorage::Pkcs11);
        assert_eq!(signer.kid().as_str(), signer.public_key().thumbprint(), "the kid defaults to the thumbprint");
        verify(&signer, b"a policy bundle").unwrap();
        // A signature over one message does not verify another.
        let signature = signer.sign(b"one").unwrap();
        let verifier = VerifyingKey::new(default_provider(), signer.public_key().clone()).unwrap();
        assert!(verifier.verify(b"two", signature.as_bytes()).is_err());
        // Opened again by its URI: the same key.
        let again = Pkcs11Signer::open(&uri, &hsm().config()).unwrap();
        assert_eq!(again.public_key(), signer.public_key());
        verify(&again, b"after a restart").unwrap();
    }
}

#[test]
fn signing_from_many_threads_is_serialized_not_broken() {
    let signer = Arc::new(Pkcs11Signer::generate(&hsm().uri("threads"), &hsm().config(), Algorithm::EdDsa).unwrap());
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let s = signer.clone();
            std::thread::spawn(move || (0..20).all(|j| verify(s.as_ref(), format!("{i}/{j}").as_bytes()).is_ok()))
        })
        .collect();
    assert!(handles.into_iter().all(|h| h.join().unwrap()));
}

/// (A wrong PIN is in `login.rs`: a token's login is shared by every
/// session of a process, so it must be tried before any other.)
#[test]
fn a_missing_key_and_a_second_key_of_the_same_name_are_refused() {
    Pkcs11Signer::generate(&hsm().uri("named"), &hsm().config(), Algorithm::EdDsa).unwrap();
    assert!(matches!(Pkcs11Signer::open(&hsm().uri("absent"), &hsm().config()), Err(Error::NotFound(_))));
    assert!(matches!(Pkcs11Signer::generate(&hsm().uri("named"), &hsm().config(), Algorithm::Es256), Err(Error::Exists(_))));
    let mut other_token = hsm().uri("named");
    other_token.token = Some("no-such-token".into());
    assert!(matches!(Pkcs11Signer::open(&other_token, &hsm().config()), Err(Error::NotFound(_))));
    let missing_module = Pkcs11Config::new("/nonexistent/libpkcs11.so", Zeroizing::new(aigos_pkcs11::testing::PIN.to_owned()));
    assert!(matches!(Pkcs11Signer::open(&hsm().uri("named"), &missing_module), Err(Error::Module(_))));
    // Positive control: the right PIN opens it.
    Pkcs11Signer::open(&hsm().uri("named"), &hsm().config()).unwrap();
}

/// Attack (an insider with write access to the token's objects): relabel
/// another key's public object so that the Guard publishes a public key
/// that is not its signing key's. The self-test at open refuses it.
#[test]
fn a_public_key_swapped_in_the_token_is_refused_at_open() {
    use cryptoki::object::{Attribute, ObjectClass};
    Pkcs11Signer::generate(&hsm().uri("victim"), &hsm().config(), Algorithm::EdDsa).unwrap();
    Pkcs11Signer::generate(&hsm().uri("planted"), &hsm().config(), Algorithm::EdDsa).unwrap();
    let ctx = cryptoki::context::Pkcs11::new(&hsm().module).unwrap();
    let _ = ctx.initialize(cryptoki::context::CInitializeArgs::new(cryptoki::context::CInitializeFlags::OS_LOCKING_OK));
    // Other test processes write their own tokens meanwhile: a slot may not
    // answer for a moment.
    let slot = (0..20)
        .find_map(|_| {
            let slot = ctx
                .get_slots_with_token()
                .ok()?
                .into_iter()
                .find(|s| ctx.get_token_info(*s).is_ok_and(|info| info.label().trim_end() == hsm().label));
            if slot.is_none() {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            slot
        })
        .unwrap();
    let session = ctx.open_rw_session(slot).unwrap();
    let _ = session.login(cryptoki::session::UserType::User, Some(&cryptoki::types::AuthPin::new(aigos_pkcs11::testing::PIN.into())));
    let find = |label: &str| {
        session.find_objects(&[Attribute::Class(ObjectClass::PUBLIC_KEY), Attribute::Label(label.as_bytes().to_vec())]).unwrap()[0]
    };
    let (victim, planted) = (find("victim"), find("planted"));
    session.update_attributes(victim, &[Attribute::Label(b"moved-away".to_vec())]).unwrap();
    session.update_attributes(planted, &[Attribute::Label(b"victim".to_vec())]).unwrap();
    let err = Pkcs11Signer::open(&hsm().uri("victim"), &hsm().config()).unwrap_err();
    assert!(err.to_string().contains("does not verify"), "{err}");
    // The secret itself cannot be read out of the token.
    let private = session.find_objects(&[Attribute::Class(ObjectClass::PRIVATE_KEY), Attribute::Label(b"planted".to_vec())]).unwrap()[0];
    let value = session.get_attributes(private, &[cryptoki::object::AttributeType::Value]).unwrap_or_default();
    assert!(!value.iter().any(|a| matches!(a, Attribute::Value(v) if !v.is_empty())), "the private key was readable: {value:?}");
    drop(session);
}
