//! RFC 8785 JSON Canonicalization Scheme (JCS).
//!
//! Every hash and signature in aigos is computed over these bytes: object
//! members sorted by the UTF-16 code units of their names, no insignificant
//! white space, numbers in the ECMAScript shortest round-trip form, strings
//! with the minimal escaping of RFC 8785 section 3.2.2.2.
//!
//! Integers above 2^53 lose precision (JCS numbers are IEEE 754 doubles): put
//! such values in strings.

use serde::Serialize;

use crate::Error;

/// The RFC 8785 canonical bytes of any serializable value.
///
/// # Errors
/// [`Error::Canonical`] when the value cannot be serialized (a NaN or infinite
/// float, a map with non-string keys, a failing `Serialize` impl).
pub fn canonical_json<T: Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json_canonicalizer::to_vec(value).map_err(|e| Error::Canonical(e.to_string()))
}

/// The RFC 8785 canonical bytes of a JSON value.
///
/// # Errors
/// [`Error::Canonical`] when serialization fails (it cannot for a
/// `serde_json::Value`, which holds no NaN, but the error is kept typed).
pub fn canonical_json_value(value: &serde_json::Value) -> Result<Vec<u8>, Error> {
    canonical_json(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(json: &str) -> String {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        String::from_utf8(canonical_json_value(&v).unwrap()).unwrap()
    }

    /// RFC 8785 section 3.2.2 (sample input and output).
    #[test]
    fn rfc8785_section_3_2_2_sample() {
        let input = r#"{
            "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
            "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
            "literals": [null, true, false]
        }"#;
        let expected = concat!(
            r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"#,
            r#""string":"€$\u000f\nA'B\"\\\\\"/"}"#
        );
        assert_eq!(canon(input), expected);
    }

    /// RFC 8785 section 3.2.3: members sorted by UTF-16 code units.
    #[test]
    fn rfc8785_section_3_2_3_sorting() {
        let input = r#"{
            "\u20ac": "Euro Sign",
            "\r": "Carriage Return",
            "\ufb33": "Hebrew Letter Dalet With Dagesh",
            "1": "One",
            "\ud83d\ude00": "Emoji: Grinning Face",
            "\u0080": "Control",
            "\u00f6": "Latin Small Letter O With Diaeresis"
        }"#;
        let out = canon(input);
        let order: Vec<&str> = [
            "Carriage Return",
            "One",
            "Control",
            "Latin Small Letter O With Diaeresis",
            "Euro Sign",
            "Emoji: Grinning Face",
            "Hebrew Letter Dalet With Dagesh",
        ]
        .into();
        let positions: Vec<usize> = order.iter().map(|s| out.find(s).unwrap()).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{out}");
    }

    /// RFC 8785 appendix B: IEEE 754 doubles and their canonical form.
    #[test]
    fn rfc8785_appendix_b_numbers() {
        let cases: &[(u64, &str)] = &[
            (0x0000_0000_0000_0000, "0"),
            (0x8000_0000_0000_0000, "0"),
            (0x0000_0000_0000_0001, "5e-324"),
            (0x8000_0000_0000_0001, "-5e-324"),
            (0x7fef_ffff_ffff_ffff, "1.7976931348623157e+308"),
            (0xffef_ffff_ffff_ffff, "-1.7976931348623157e+308"),
            (0x4340_0000_0000_0000, "9007199254740992"),
            (0xc340_0000_0000_0000, "-9007199254740992"),
            (0x4430_0000_0000_0000, "295147905179352830000"),
            (0x44b5_2d02_c7e1_4af5, "9.999999999999997e+22"),
            (0x44b5_2d02_c7e1_4af6, "1e+23"),
            (0x44b5_2d02_c7e1_4af7, "1.0000000000000001e+23"),
            (0x444b_1ae4_d6e2_ef4e, "999999999999999700000"),
            (0x444b_1ae4_d6e2_ef4f, "999999999999999900000"),
            (0x444b_1ae4_d6e2_ef50, "1e+21"),
            (0x3eb0_c6f7_a0b5_ed8c, "9.999999999999997e-7"),
            (0x3eb0_c6f7_a0b5_ed8d, "0.000001"),
            (0x41b3_de43_5555_5553, "333333333.3333332"),
            (0x41b3_de43_5555_5554, "333333333.33333325"),
            (0x41b3_de43_5555_5555, "333333333.3333333"),
            (0x41b3_de43_5555_5556, "333333333.3333334"),
            (0x41b3_de43_5555_5557, "333333333.33333343"),
            (0xbecb_f647_612f_3696, "-0.0000033333333333333333"),
            (0x4314_3ff3_c1cb_0959, "1424953923781206.2"),
        ];
        for &(bits, expected) in cases {
            let out = canonical_json(&f64::from_bits(bits)).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), expected, "{bits:#018x}");
        }
    }

    /// RFC 8785 appendix B: NaN and Infinity must be rejected.
    #[test]
    fn rfc8785_rejects_nan_and_infinity() {
        for bits in [0x7fff_ffff_ffff_ffff_u64, 0x7ff0_0000_0000_0000] {
            assert!(matches!(canonical_json(&f64::from_bits(bits)), Err(Error::Canonical(_))));
        }
    }

    #[test]
    fn nested_objects_are_sorted_and_arrays_keep_order() {
        assert_eq!(canon(r#"{"b":[3,1,{"z":1,"a":2}],"a":{"d":null,"c":"x"}}"#), r#"{"a":{"c":"x","d":null},"b":[3,1,{"a":2,"z":1}]}"#);
    }

    proptest::proptest! {
        /// Canonicalisation is idempotent: canonical bytes parse back to the
        /// same canonical bytes.
        #[test]
        fn idempotent(keys in proptest::collection::vec("\\PC{0,8}", 0..8), n in proptest::num::f64::NORMAL) {
            let mut map = serde_json::Map::new();
            for (i, k) in keys.iter().enumerate() {
                map.insert(k.clone(), serde_json::json!([i, n, k]));
            }
            let once = canonical_json_value(&serde_json::Value::Object(map)).unwrap();
            let again: serde_json::Value = serde_json::from_slice(&once).unwrap();
            proptest::prop_assert_eq!(canonical_json_value(&again).unwrap(), once);
        }
    }
}
