//! A wrong PIN, in a process of its own: PKCS#11 shares a token's login
//! among all sessions of a process, so the PIN is checked by the first
//! session that logs in.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use aigos_pkcs11::testing::SoftHsm;
use aigos_pkcs11::{Error, Pkcs11Config, Pkcs11Signer};
use zeroize::Zeroizing;

#[test]
fn a_wrong_pin_is_refused_and_the_right_one_logs_in() {
    let hsm = SoftHsm::token().unwrap();
    let wrong = Pkcs11Config::new(&hsm.module, Zeroizing::new("0000".to_owned()));
    let err = Pkcs11Signer::open(&hsm.uri("any"), &wrong).unwrap_err();
    assert!(matches!(err, Error::Login(_)), "{err}");
    // Positive control: the right PIN logs in (and then finds no such key).
    let err = Pkcs11Signer::open(&hsm.uri("any"), &hsm.config()).unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err}");
}
