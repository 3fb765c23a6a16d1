//! Random mutations, truncations and extensions of a valid token are all
//! rejected and never panic.

use aigos_crypto::{Algorithm, default_provider};
use proptest::prelude::*;

use crate::Fixture;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn mutated_tokens_rejected(pos in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>(), tail in "[A-Za-z0-9._-]{1,16}") {
        let f = Fixture::new(default_provider(), Algorithm::EdDsa);
        let v = f.verifier();
        let token = f.token();
        let bytes = token.as_bytes();
        let i = pos.index(bytes.len());
        let mut mutated = bytes.to_vec();
        mutated[i] = byte;
        if mutated != bytes {
            let s = String::from_utf8_lossy(&mutated).into_owned();
            prop_assert!(v.verify_stateless(&s).is_err(), "mutation at {} accepted", i);
        }
        let truncated = &token[..cut.index(token.len())];
        prop_assert!(v.verify_stateless(truncated).is_err());
        let extended = format!("{token}{tail}");
        prop_assert!(v.verify_stateless(&extended).is_err());
        prop_assert!(v.verify_stateless(&token).is_ok());
    }
}
