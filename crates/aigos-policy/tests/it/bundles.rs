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
