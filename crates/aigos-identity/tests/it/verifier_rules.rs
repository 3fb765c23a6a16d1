//! One test per verifier rule: the attack is rejected with that rule, and
//! the legitimate token passes (positive control).

use aigos_crypto::base64url;
use aigos_identity::{AigosClaims, RiskLevel, Rule};
use serde_json::json;

use crate::{AUD, Fixture, NOW, all_fixtures, block_on, uuid_v4};

fn rule_of(f: &Fixture, token: &str) -> Result<(), Rule> {
    block_on(f.verifier().verify(token)).map(|_| ()).map_err(|e| e.rule())
}

#[test]
fn positive_control_every_provider_and_algorithm() {
    for f in all_fixtures() {
        assert_eq!(rule_of(&f, &f.token()), Ok(()), "{} {}", f.provider.name(), f.key.algorithm());
        assert_eq!(rule_of(&f, &f.sign_raw(&f.header(), &f.claims())), Ok(()));
    }
}

#[test]
fn alg_allowlist() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    for alg in ["none", "None", "NONE", "HS256", "HS512", "RS256", "PS256", "ES384", "ES512", "eddsa", "EDDSA", "es256", "Ed25519"] {
        let mut h = f.header();
        h["alg"] = json!(alg);
        assert_eq!(rule_of(&f, &f.sign_raw(&h, &f.claims())), Err(Rule::AlgNotAllowed), "{alg}");
    }
    // alg none with an empty signature segment: rejected before anything else.
    let unsigned = format!(
        "{}.{}.",
        base64url::encode(br#"{"alg":"none","typ":"AIGOS-GOV+jwt","kid":"x"}"#),
        base64url::encode(f.claims().to_string().as_bytes())
    );
    assert_eq!(rule_of(&f, &unsigned), Err(Rule::Malformed));
    assert_eq!(rule_of(&f, &f.token()), Ok(()));
}

#[test]
fn alg_must_match_the_key_type() {
    for f in all_fixtures() {
        let mut h = f.header();
        h["alg"] = json!(if f.key.algorithm() == aigos_crypto::Algorithm::EdDsa { "ES256" } else { "EdDSA" });
        assert_eq!(rule_of(&f, &f.sign_raw(&h, &f.claims())), Err(Rule::AlgKeyMismatch));
    }
}

#[test]
fn typ_is_pinned() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::Es256);
    for typ in [json!("JWT"), json!("aigos-gov+jwt"), json!("AIGOS-PERMIT+jwt"), json!(null), json!(1)] {
        let mut h = f.header();
        h["typ"] = typ.clone();
        assert_eq!(rule_of(&f, &f.sign_raw(&h, &f.claims())), Err(Rule::Typ), "{typ}");
    }
    let mut h = f.header();
    h.as_object_mut().unwrap().remove("typ");
    assert_eq!(rule_of(&f, &f.sign_raw(&h, &f.claims())), Err(Rule::Typ));
}

#[test]
fn dangerous_header_parameters_rejected() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    for name in ["jwk", "jku", "x5u", "x5c", "crit", "b64", "zip", "cty", "foo"] {
        let mut h = f.header();
        h[name] = json!("x");
        assert_eq!(rule_of(&f, &f.sign_raw(&h, &f.claims())), Err(Rule::ForbiddenHeader), "{name}");
    }
}

#[test]
fn unknown_or_missing_kid_rejected() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    let other = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    // A token signed by a key the verifier does not know.
    assert_eq!(rule_of(&f, &other.token()), Err(Rule::UnknownKid));
    let mut h = f.header();
    h.as_object_mut().unwrap().remove("kid");
    assert_eq!(rule_of(&f, &f.sign_raw(&h, &f.claims())), Err(Rule::UnknownKid));
    // Another key's kid on our signature: the signature fails under that key.
    let mut h = f.header();
    h["kid"] = json!(other.key.kid().as_str());
    let forged = f.sign_raw(&h, &f.claims());
    assert_eq!(rule_of(&other, &forged), Err(Rule::Signature));
}

#[test]
fn signature_must_verify_and_be_raw_64_bytes() {
    for f in all_fixtures() {
        let token = f.token();
        let (input, sig) = token.rsplit_once('.').unwrap();
        let mut bytes = base64url::decode(sig).unwrap();
        bytes[10] ^= 1;
        assert_eq!(rule_of(&f, &format!("{input}.{}", base64url::encode(&bytes))), Err(Rule::Signature));
        // All-zero r||s (CVE-2022-21449 "psychic signatures").
        assert_eq!(rule_of(&f, &format!("{input}.{}", base64url::encode(&[0u8; 64]))), Err(Rule::Signature));
        // A claims change under the old signature.
        let (h, _) = input.split_once('.').unwrap();
        let mut c = f.claims();
        c["sub"] = json!("admin");
        let swapped = format!("{h}.{}.{sig}", base64url::encode(c.to_string().as_bytes()));
        assert_eq!(rule_of(&f, &swapped), Err(Rule::Signature));
        // DER-shaped (too long) signature.
        let mut der = vec![0x30, 0x44, 0x02, 0x20];
        der.extend_from_slice(&base64url::decode(sig).unwrap()[..32]);
        der.extend_from_slice(&[0x02, 0x20]);
        der.extend_from_slice(&base64url::decode(sig).unwrap()[32..]);
        assert_eq!(rule_of(&f, &format!("{input}.{}", base64url::encode(&der))), Err(Rule::Signature));
    }
}

#[test]
fn strict_base64url() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    let token = f.token();
    let (h, rest) = token.split_once('.').unwrap();
    let (p, s) = rest.split_once('.').unwrap();
    for bad in [
        format!("{h}=.{p}.{s}"),
        format!("{h}.{p}.{s}=="),
        format!("{h} .{p}.{s}"),
        format!("{h}.{p}\n.{s}"),
        format!("{h}.{p}.{}/", &s[..s.len() - 1]),
        format!("{h}.{p}.{s}%"),
    ] {
        let r = rule_of(&f, &bad);
        assert!(matches!(r, Err(Rule::Base64) | Err(Rule::Signature)), "{bad}: {r:?}");
    }
    // Non-canonical trailing bits: the last character of a 64-byte signature
    // (86 chars) carries 2 spare bits; setting one must be rejected.
    let last = s.chars().last().unwrap();
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let idx = alphabet.find(last).unwrap();
    let tweaked: String = alphabet.chars().nth(idx | 1).unwrap().to_string();
    if idx & 1 == 0 {
        let bad = format!("{h}.{p}.{}{tweaked}", &s[..s.len() - 1]);
        assert_eq!(rule_of(&f, &bad), Err(Rule::Base64));
    }
    assert_eq!(rule_of(&f, &token), Ok(()));
}

#[test]
fn duplicate_members_rejected() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    let header = format!(r#"{{"alg":"EdDSA","typ":"AIGOS-GOV+jwt","kid":"{}","alg":"EdDSA"}}"#, f.key.kid());
    let claims = f.claims().to_string();
    let sign = |h: &str, c: &str| {
        let input = format!("{}.{}", base64url::encode(h.as_bytes()), base64url::encode(c.as_bytes()));
        let sig = f.key.sign(input.as_bytes()).unwrap();
        format!("{input}.{}", base64url::encode(sig.as_bytes()))
    };
    assert_eq!(rule_of(&f, &sign(&header, &claims)), Err(Rule::Json));
    let dup_claims = format!(r#"{{"sub":"agent-1","sub":"admin",{}"#, &claims[1..]);
    assert_eq!(rule_of(&f, &sign(&f.header().to_string(), &dup_claims)), Err(Rule::Json));
    assert_eq!(rule_of(&f, &sign(&f.header().to_string(), "[1,2]")), Err(Rule::Json));
    assert_eq!(rule_of(&f, &sign("\"alg\"", &claims)), Err(Rule::Json));
    assert_eq!(rule_of(&f, &sign(&f.header().to_string(), &claims)), Ok(()));
}

#[test]
fn size_limit_checked_before_decoding() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    // Not even base64: if decoding ran first this would be a Base64 error.
    let huge = "!".repeat(8 * 1024 + 1);
    assert_eq!(rule_of(&f, &huge), Err(Rule::TooLarge));
    let mut c = f.claims();
    c["pad"] = json!("x".repeat(7000));
    assert_eq!(rule_of(&f, &f.sign_raw(&f.header(), &c)), Err(Rule::TooLarge));
    c["pad"] = json!("x".repeat(3000));
    assert_eq!(rule_of(&f, &f.sign_raw(&f.header(), &c)), Ok(()));
}

#[test]
fn required_claims_and_numeric_date_types() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    for name in ["exp", "iat", "jti", "aud", "sub"] {
        let mut c = f.claims();
        c.as_object_mut().unwrap().remove(name);
        assert_eq!(rule_of(&f, &f.sign_raw(&f.header(), &c)), Err(Rule::Claim), "missing {name}");
    }
    let now = NOW as i64;
    for (name, bad) in [
        ("exp", json!(format!("{}", now + 60))),
        ("exp", json!(now as f64 + 60.5)),
        ("iat", json!(-1)),
        ("nbf", json!("0")),
        ("jti", json!(7)),
        ("jti", json!("not-a-uuid")),
        ("sub", json!("")),
    ] {
        let mut c = f.claims();
        c[name] = bad.clone();
        assert_eq!(rule_of(&f, &f.sign_raw(&f.header(), &c)), Err(Rule::Claim), "{name}={bad}");
    }
}

#[test]
fn time_rules_with_leeway() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    let now = NOW as i64;
    let with = |iat: i64, exp: i64, nbf: Option<i64>| {
        let mut c = f.claims();
        c["iat"] = json!(iat);
        c["exp"] = json!(exp);
        if let Some(n) = nbf {
            c["nbf"] = json!(n);
        }
        rule_of(&f, &f.sign_raw(&f.header(), &c))
    };
    assert_eq!(with(now - 400, now - 10, None), Err(Rule::Expired));
    assert_eq!(with(now - 290, now - 3, None), Ok(()), "within the 5 s leeway");
    assert_eq!(with(now, now + 100, Some(now + 60)), Err(Rule::NotYetValid));
    assert_eq!(with(now, now + 100, Some(now + 4)), Ok(()), "nbf within leeway");
    assert_eq!(with(now + 60, now + 100, None), Err(Rule::NotYetValid), "iat in the future");
    assert_eq!(with(now, now + 301, None), Err(Rule::TtlTooLong));
    assert_eq!(with(now, now + 300, None), Ok(()));
    assert_eq!(with(now + 3, now + 1, None), Err(Rule::TtlTooLong), "exp before iat");
}

#[test]
fn issuer_clamps_ttl() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    let token = f
        .issuer()
        .issue(&aigos_identity::TokenRequest {
            sub: "a".into(),
            aud: vec![AUD.into()],
            ttl: Some(std::time::Duration::from_secs(86_400)),
            ..Default::default()
        })
        .unwrap();
    let v = block_on(f.verifier().verify(&token)).unwrap();
    assert_eq!(v.claims.exp - v.claims.iat, 300);
}

#[test]
fn audience_and_issuer() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    let mut c = f.claims();
    c["aud"] = json!("other-service");
    assert_eq!(rule_of(&f, &f.sign_raw(&f.header(), &c)), Err(Rule::Audience));
    c["aud"] = json!(["x", AUD]);
    assert_eq!(rule_of(&f, &f.sign_raw(&f.header(), &c)), Ok(()), "array containing the audience");
    c["aud"] = json!([]);
    assert_eq!(rule_of(&f, &f.sign_raw(&f.header(), &c)), Err(Rule::Audience));
    let strict = f.builder().issuer("aigos-runtime").build();
    let err = block_on(strict.verify(&f.token())).unwrap_err();
    assert_eq!(err.rule(), Rule::Issuer);
    let good = f
        .issuer()
        .issuer("aigos-runtime")
        .issue(&aigos_identity::TokenRequest { sub: "a".into(), aud: vec![AUD.into()], ..Default::default() })
        .unwrap();
    block_on(strict.verify(&good)).unwrap();
}

#[test]
fn replay_rejected() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    let v = f.verifier();
    let t = f.token();
    block_on(v.verify(&t)).unwrap();
    assert_eq!(block_on(v.verify(&t)).unwrap_err().rule(), Rule::Replayed);
    block_on(v.verify(&f.token())).unwrap();
}

fn aigos_claims() -> AigosClaims {
    serde_json::from_value(json!({
        "version": "1.0",
        "identity": {"instance_id": "i-1", "asset_id": "agent-1", "asset_name": "Agent", "asset_version": "1.0.0"},
        "governance": {"risk_level": "limited", "mode": "NORMAL",
            "golden_thread": {"hash": format!("sha256:{}", "a".repeat(64)), "verified": true, "ticket_id": "CHG-1"}},
        "control": {"kill_switch": {"enabled": true, "channel": "sse"}, "paused": false, "termination_pending": false},
        "capabilities": {"hash": format!("sha256:{}", "b".repeat(64)), "tools": ["deploy", "read"], "max_budget_usd": 10.0, "can_spawn": true, "max_child_depth": 2},
        "lineage": {"generation_depth": 1, "parent_instance_id": "i-0", "root_instance_id": "i-0"}
    }))
    .unwrap()
}

#[test]
fn aigos_options() {
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    let token_with = |edit: &dyn Fn(&mut AigosClaims)| {
        let mut a = aigos_claims();
        edit(&mut a);
        let mut c = f.claims();
        c["aigos"] = serde_json::to_value(a).unwrap();
        f.sign_raw(&f.header(), &c)
    };
    let check = |b: aigos_identity::TokenVerifierBuilder, t: &str| block_on(b.build().verify(t)).map(|_| ()).map_err(|e| e.rule());
    let all = || {
        f.builder()
            .require_golden_thread(true)
            .require_capabilities(vec!["deploy".into()])
            .max_risk_level(RiskLevel::Limited)
            .require_kill_switch(true)
            .max_generation_depth(2)
    };
    assert_eq!(check(all(), &token_with(&|_| {})), Ok(()), "positive control");
    assert_eq!(check(all(), &token_with(&|a| a.control.paused = true)), Err(Rule::Paused));
    assert_eq!(check(all(), &token_with(&|a| a.control.termination_pending = true)), Err(Rule::TerminationPending));
    assert_eq!(check(all(), &token_with(&|a| a.governance.risk_level = RiskLevel::High)), Err(Rule::RiskTooHigh));
    assert_eq!(check(all(), &token_with(&|a| a.control.kill_switch.enabled = false)), Err(Rule::KillSwitchDisabled));
    assert_eq!(check(all(), &token_with(&|a| a.governance.golden_thread.verified = false)), Err(Rule::GoldenThreadMissing));
    assert_eq!(check(all(), &token_with(&|a| a.governance.golden_thread.hash = "sha256:xyz".into())), Err(Rule::GoldenThreadMissing));
    assert_eq!(check(all(), &token_with(&|a| a.capabilities.tools = Some(vec!["read".into()]))), Err(Rule::CapabilityMissing));
    // The spec's sample passes a token with no tools list; we do not.
    assert_eq!(check(all(), &token_with(&|a| a.capabilities.tools = None)), Err(Rule::CapabilityMissing));
    assert_eq!(check(all(), &token_with(&|a| a.lineage.generation_depth = 3)), Err(Rule::GenerationTooDeep));
    // The claim object is validated whenever present, options or not.
    assert_eq!(check(f.builder(), &token_with(&|a| a.capabilities.hash = "md5:00".into())), Err(Rule::Claim));
    assert_eq!(check(f.builder(), &token_with(&|a| a.version = "2.0".into())), Err(Rule::Claim));
    assert_eq!(check(f.builder(), &token_with(&|_| {})), Ok(()));
    // Options need the claim object.
    assert_eq!(check(all(), &f.token()), Err(Rule::AigosMissing));
    assert_eq!(check(f.builder(), &f.token()), Ok(()), "no options, no aigos object: fine");
    let _ = uuid_v4();
}

#[test]
fn rs256_only_with_explicit_opt_in() {
    use std::collections::HashMap;
    let f = Fixture::new(aigos_crypto::default_provider(), aigos_crypto::Algorithm::EdDsa);
    // A 2048-bit RSA key made for this test only (fixtures/), signing with jsonwebtoken.
    let pem = include_bytes!("fixtures/rsa2048-test-only.pem");
    let jwk: aigos_crypto::Jwk = serde_json::from_str(include_str!("fixtures/rsa2048-test-only.jwk.json")).unwrap();
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
    header.typ = Some("AIGOS-GOV+jwt".into());
    header.kid = Some("rsa-test".into());
    let token = jsonwebtoken::encode(&header, &f.claims(), &jsonwebtoken::EncodingKey::from_rsa_pem(pem).unwrap()).unwrap();

    // Off by default.
    assert_eq!(rule_of(&f, &token), Err(Rule::AlgNotAllowed));
    // On with the RSA key registered under its kid.
    let rsa = HashMap::from([("rsa-test".to_string(), aigos_crypto::Rs256VerifyingKey::from_jwk(&jwk).unwrap())]);
    let opted_in = f.builder().dangerous_allow_rs256(rsa).build();
    block_on(opted_in.verify(&token)).unwrap();
    // RS256 naming the Ed25519 kid: mismatch, not a downgrade.
    let mut confused = header;
    confused.kid = Some(f.key.kid().to_string());
    let t = jsonwebtoken::encode(&confused, &f.claims(), &jsonwebtoken::EncodingKey::from_rsa_pem(pem).unwrap()).unwrap();
    assert_eq!(block_on(opted_in.verify(&t)).unwrap_err().rule(), Rule::AlgKeyMismatch);
    // The Ed25519 path still works on the opted-in verifier.
    block_on(opted_in.verify(&f.token())).unwrap();
}
