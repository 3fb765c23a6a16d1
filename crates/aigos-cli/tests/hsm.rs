//! `aigos keygen --pkcs11` and `--key pkcs11:...` against a SoftHSM2 token.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs, reason = "tests")]

use std::process::{Command, Output};

use aigos_pkcs11::testing::{PIN, SoftHsm};

fn aigos(hsm: &SoftHsm, pin: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aigos"))
        .args(args)
        .env("AIGOS_PKCS11_MODULE", &hsm.module)
        .env("AIGOS_PKCS11_PIN", pin)
        .env("SOFTHSM2_CONF", &hsm.conf)
        .output()
        .unwrap()
}

#[test]
fn keygen_creates_the_key_in_the_token_and_commands_sign_with_it() {
    let hsm = SoftHsm::token().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let uri = format!("pkcs11:token={};object=cli-authority", hsm.label);
    let made = aigos(hsm, PIN, &["keygen", "--alg", "es256", "--kid", "authority-hsm", "--out", out, "--pkcs11", &uri]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let jwks = std::fs::read_to_string(dir.path().join("jwks.json")).unwrap();
    assert!(jwks.contains("authority-hsm") && jwks.contains("P-256"), "{jwks}");
    assert!(!dir.path().join("authority-hsm.key.pem").exists(), "no private key file is written");
    // A second key of the same name is refused, not added beside it.
    let again = aigos(hsm, PIN, &["keygen", "--alg", "es256", "--kid", "authority-hsm", "--out", out, "--pkcs11", &uri]);
    assert_eq!(again.status.code(), Some(2), "{}", String::from_utf8_lossy(&again.stderr));
    // The token's key signs a kill command that verifies with the published JWKS.
    let signed = aigos(
        hsm,
        PIN,
        &[
            "killswitch",
            "sign",
            "--key",
            &uri,
            "--kid",
            "authority-hsm",
            "--type",
            "pause",
            "--target",
            "agent:demo-agent",
            "--reason",
            "test",
        ],
    );
    assert!(signed.status.success(), "{}", String::from_utf8_lossy(&signed.stderr));
    let verify = Command::new(env!("CARGO_BIN_EXE_aigos"))
        .args(["killswitch", "verify", "--jwks", dir.path().join("jwks.json").to_str().unwrap()])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    verify.stdin.as_ref().unwrap().write_all(&signed.stdout).unwrap();
    let verified = verify.wait_with_output().unwrap();
    assert!(verified.status.success(), "{} {}", String::from_utf8_lossy(&verified.stdout), String::from_utf8_lossy(&verified.stderr));
    // Attack: a wrong PIN (a fresh process, so the token's login is its own).
    let refused = aigos(
        hsm,
        "0000",
        &[
            "killswitch",
            "sign",
            "--key",
            &uri,
            "--kid",
            "authority-hsm",
            "--type",
            "pause",
            "--target",
            "agent:demo-agent",
            "--reason",
            "test",
        ],
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("PIN"), "{}", String::from_utf8_lossy(&refused.stderr));
}
