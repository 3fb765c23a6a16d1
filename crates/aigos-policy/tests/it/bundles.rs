//! Signed bundles: each way of getting a policy in without the right
//! signature is refused, and the legitimate bundle loads.

use aigos_crypto::{Algorithm, Jwks, SigningKey, default_provider};
use aigos_policy::{BundleLoader, Error, PolicyBundle, PolicyDocument};

fn doc(tool: &str) -> PolicyDocument {
    PolicyDocument::from_toml(&format!("[[statements]]\nid = \"p\"\neffect = \"permit\"\nactions = [\"{tool}\"]\n")).unwrap()
}

fn setup() -> (SigningKey, BundleLoader) {
    let key = SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap();
    let loader = BundleLoader::new(default_provider(), &Jwks { keys: vec![key.public_jwk()] }).unwrap();
    (key, loader)
}

fn rejected(loader: &mut BundleLoader, bundle: &PolicyBundle) -> String {
    match loader.load(bundle).unwrap_err() {
        Error::Bundle(m) => m,
        other => panic!("{other}"),
    }
}

#[test]
fn signed_bundle_loads_and_round_trips_as_json() {
    let (key, mut loader) = setup();
    let bundle = PolicyBundle::sign(doc("deploy"), 3, 1_800_000_000, false, &key).unwrap();
    let json = serde_json::to_string(&bundle).unwrap();
    let parsed = PolicyBundle::from_json(&json).unwrap();
    let v = loader.load(&parsed).unwrap();
    assert_eq!((v.version, v.dry_run), (3, false));
    assert_eq!(loader.version_in_force(), Some(3));
    assert!(v.content_hash.starts_with("sha256:"));
}

#[test]
fn unsigned_tampered_wrong_key_and_rollback_refused() {
    let (key, mut loader) = setup();
    let good = PolicyBundle::sign(doc("deploy"), 5, 1_800_000_000, false, &key).unwrap();

    let mut unsigned = good.clone();
    unsigned.signature = None;
    assert!(rejected(&mut loader, &unsigned).contains("unsigned"));

    let mut tampered = good.clone();
    tampered.document = doc("rm -rf");
    assert!(rejected(&mut loader, &tampered).contains("signature"));
    // Re-hashing the tampered document does not help: the hash is signed.
    tampered.content_hash = PolicyBundle::sign(doc("rm -rf"), 5, 0, false, &key).unwrap().content_hash;
    assert!(rejected(&mut loader, &tampered).contains("signature"));

    let mut dry = good.clone();
    dry.dry_run = true;
    assert!(rejected(&mut loader, &dry).contains("signature"), "dry_run cannot be flipped after signing");

    let stranger = SigningKey::generate(default_provider(), Algorithm::EdDsa).unwrap();
    let foreign = PolicyBundle::sign(doc("deploy"), 6, 1_800_000_000, false, &stranger).unwrap();
    assert!(rejected(&mut loader, &foreign).contains("not a trusted"));
    let mut impostor = foreign.clone();
    impostor.kid = key.kid().to_string();
    assert!(rejected(&mut loader, &impostor).contains("signature"), "wrong key under a trusted kid");

    let es = SigningKey::generate(default_provider(), Algorithm::Es256).unwrap();
    assert!(PolicyBundle::sign(doc("deploy"), 1, 0, false, &es).is_err(), "Ed25519 only");

    loader.load(&good).unwrap();
    let older = PolicyBundle::sign(doc("old"), 4, 1_800_000_000, false, &key).unwrap();
    assert!(rejected(&mut loader, &older).contains("rollback"));
    let same_version_other_content = PolicyBundle::sign(doc("other"), 5, 1_800_000_001, false, &key).unwrap();
    assert!(rejected(&mut loader, &same_version_other_content).contains("other content"));
    loader.load(&good).unwrap();
    let newer = PolicyBundle::sign(doc("new"), 6, 1_800_000_100, true, &key).unwrap();
    assert!(loader.load(&newer).unwrap().dry_run, "dry_run honoured from a signed bundle");
}

#[test]
fn malformed_bundles_are_errors_not_empty_policies() {
    assert!(PolicyBundle::from_json("{}").is_err());
    assert!(PolicyBundle::from_json("not json").is_err());
    let (key, _) = setup();
    let mut v = serde_json::to_value(PolicyBundle::sign(doc("d"), 1, 0, false, &key).unwrap()).unwrap();
    v["extra"] = serde_json::json!(1);
    assert!(PolicyBundle::from_json(&v.to_string()).is_err(), "unknown fields refused");
}

const WITH_FLOORS: &str = r#"
[[statements]]
id = "p"
effect = "permit"
actions = ["*"]

[[severity_floors]]
id = "secrets-critical"
tools = ["secrets.*"]
actions = ["secret_rotation"]
severity = "CRITICAL"
"#;

#[test]
fn severity_floors_are_signed_with_the_document() {
    let (key, mut loader) = setup();
    let document = PolicyDocument::from_toml(WITH_FLOORS).unwrap();
    let bundle = PolicyBundle::sign(document.clone(), 1, 1_800_000_000, false, &key).unwrap();
    let parsed = PolicyBundle::from_json(&serde_json::to_string(&bundle).unwrap()).unwrap();
    assert_eq!(parsed, bundle, "round-trips as JSON");
    assert!(loader.verify(&parsed).is_ok(), "positive control");

    let mut lowered = parsed.clone();
    lowered.document.severity_floors[0].severity = aigos_core::Severity::Low;
    assert!(rejected(&mut loader, &lowered).contains("signature"), "a floor cannot be lowered after signing");
    let mut dropped = parsed.clone();
    dropped.document.severity_floors.clear();
    assert!(rejected(&mut loader, &dropped).contains("signature"), "nor removed");

    let v = loader.load(&parsed).unwrap();
    assert_eq!(v.document, document);
    assert_eq!(v.document.severity_floors[0].id, "secrets-critical");
}

#[test]
fn bundles_signed_before_severity_floors_still_verify() {
    // Signed by the code as it was before `severity_floors` existed.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bundles");
    let jwks: Jwks = serde_json::from_str(&std::fs::read_to_string(format!("{dir}/legacy-jwks.json")).unwrap()).unwrap();
    let mut loader = BundleLoader::new(default_provider(), &jwks).unwrap();
    let legacy = PolicyBundle::from_json(&std::fs::read_to_string(format!("{dir}/legacy-bundle.json")).unwrap()).unwrap();
    assert!(legacy.document.severity_floors.is_empty());
    let v = loader.load(&legacy).unwrap();
    assert_eq!(v.version, 7);
    // Re-signing the same document today gives the same canonical bytes and hash.
    let (key, _) = setup();
    let again = PolicyBundle::sign(legacy.document.clone(), 7, 1_800_000_000, false, &key).unwrap();
    assert_eq!(again.content_hash, legacy.content_hash);
    assert_eq!(again.content_hash, "sha256:8301ae64a35d7033f374ad10ee34bf61f213a7bc49d47ea1b31c7a0d9fe916d8");
}

/// A bundle file with a member named twice (the signed `version` and a
/// second one after it) is refused: one reader must not load another
/// document than the one another reader verified.
#[test]
fn a_bundle_with_a_duplicate_member_is_refused() {
    let (key, _) = setup();
    let json = serde_json::to_string(&PolicyBundle::sign(doc("deploy"), 3, 1_800_000_000, false, &key).unwrap()).unwrap();
    assert!(PolicyBundle::from_json(&json).is_ok(), "positive control");
    let twice = json.replacen("\"version\":3", "\"version\":3,\"version\":9", 1);
    assert_ne!(twice, json);
    let err = PolicyBundle::from_json(&twice).unwrap_err().to_string();
    assert!(err.contains("malformed bundle"), "{err}");
}
