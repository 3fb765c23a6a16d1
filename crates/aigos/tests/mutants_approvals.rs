//! Approval rules that mutation testing (`cargo xtask mutants`) found
//! untested: a TOTP enrolment written as authenticator apps show it
//! (defaults of 6 digits and 30 s, spaces, padding, lower case) yields the
//! codes the app shows, and a secret never reaches debug output.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs,
    unreachable_pub,
    reason = "tests"
)]

use aigos::{Approver, ApproverRole, Approvers, TotpSecret};
use aigos_crypto::default_provider;

/// Base32 of the RFC 6238 appendix B SHA-1 seed "12345678901234567890".
const RFC_SEED_B32: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// An enrolment with only the secret, as most authenticator apps export
/// it, uses SHA-1, 6 digits and 30 s steps: the RFC 6238 vectors (their
/// last six digits) come out.
#[test]
fn an_enrolment_with_defaults_gives_the_codes_the_app_shows() {
    let t: TotpSecret = serde_json::from_value(serde_json::json!({ "secret_base32": RFC_SEED_B32 })).unwrap();
    assert_eq!((t.digits, t.step_secs), (6, 30));
    assert_eq!(t.code_at(59).unwrap(), "287082");
    assert_eq!(t.code_at(1_111_111_109).unwrap(), "081804", "leading zero kept");
    assert_eq!(t.code_at(1_111_111_111).unwrap(), "050471");
    // The code changes with the 30 s step, not before.
    assert_eq!(t.code_at(60).unwrap(), t.code_at(89).unwrap());
    assert_ne!(t.code_at(89).unwrap(), t.code_at(90).unwrap());
}

/// The secret may be written as apps display it: in groups, padded, in
/// lower case; it is the same key. A secret that is not base32 is refused
/// when the approvers are loaded.
#[test]
fn secrets_as_apps_display_them_are_the_same_key() {
    let spelled = |s: &str| TotpSecret { secret_base32: s.into(), algorithm: Default::default(), digits: 6, step_secs: 30 };
    let want = spelled(RFC_SEED_B32).code_at(59).unwrap();
    for s in ["GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", "gezdgnbvgy3tqojqgezdgnbvgy3tqojq", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ===="] {
        assert_eq!(spelled(s).code_at(59).unwrap(), want, "{s:?}");
    }
    let approver = |secret: &str| Approver {
        id: "alice".into(),
        role: ApproverRole::Human,
        group: None,
        keys: Default::default(),
        totp: Some(spelled(secret)),
        email: None,
    };
    assert_eq!(Approvers::new(default_provider(), vec![approver("GEZD GNBV GY3T QOJQ")]).unwrap().len(), 1);
    assert!(Approvers::new(default_provider(), vec![approver("not base32!")]).is_err());
    assert!(spelled("1!").code_at(59).is_err());
}

/// Debug output of an enrolment shows its parameters, never the secret.
#[test]
fn a_totp_secret_never_reaches_debug_output() {
    let t = TotpSecret { secret_base32: RFC_SEED_B32.into(), algorithm: Default::default(), digits: 6, step_secs: 30 };
    let dbg = format!("{t:?}");
    assert!(dbg.contains("TotpSecret") && dbg.contains("digits: 6"), "{dbg}");
    assert!(!dbg.contains(RFC_SEED_B32) && !dbg.contains("GEZD"), "{dbg}");
}
