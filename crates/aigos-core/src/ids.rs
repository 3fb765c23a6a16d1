//! Validated identifier newtypes.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Error;

/// Upper bound on the length, in bytes, of every identifier.
pub const MAX_ID_LEN: usize = 128;

fn validate(kind: &'static str, value: &str, extra: &[u8]) -> Result<(), Error> {
    let fail = |reason: String| Error::InvalidId { kind, reason };
    if value.is_empty() {
        return Err(fail("empty".into()));
    }
    if value.len() > MAX_ID_LEN {
        return Err(fail(format!("{} bytes, at most {MAX_ID_LEN} allowed", value.len())));
    }
    if let Some((pos, c)) =
        value.char_indices().find(|(_, c)| !(c.is_ascii_alphanumeric() || (c.is_ascii() && extra.contains(&(*c as u8)))))
    {
        return Err(fail(format!("character {c:?} at byte {pos} is not allowed")));
    }
    Ok(())
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $extra:literal) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Validates and wraps an identifier.
            ///
            /// # Errors
            /// [`Error::InvalidId`] when the value is empty, longer than
            /// [`MAX_ID_LEN`] bytes, or has a character outside the charset.
            pub fn new(value: impl Into<String>) -> Result<Self, Error> {
                let value = value.into();
                validate($kind, &value, $extra)?;
                Ok(Self(value))
            }

            /// The identifier as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = Error;
            fn try_from(value: String) -> Result<Self, Error> {
                Self::new(value)
            }
        }

        impl std::str::FromStr for $name {
            type Err = Error;
            fn from_str(value: &str) -> Result<Self, Error> {
                Self::new(value)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.0)
            }
        }
    };
}

id_type!(
    /// The stable identity of an agent (its asset), e.g. `deploy-bot`.
    ///
    /// 1 to 128 bytes of ASCII letters, digits and `- _ . : @`.
    AgentId, "agent id", b"-_.:@"
);
id_type!(
    /// One running instance of an agent, usually a UUID.
    ///
    /// 1 to 128 bytes of ASCII letters, digits and `- _ . : @`.
    InstanceId, "instance id", b"-_.:@"
);
id_type!(
    /// A key identifier (JOSE `kid`), by default an RFC 7638 thumbprint.
    ///
    /// 1 to 128 bytes of ASCII letters, digits and `- _ . :`.
    Kid, "kid", b"-_.:"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_ids() {
        for ok in ["a", "deploy-bot", "agent_7.v2", "spiffe:agent@corp", &"x".repeat(MAX_ID_LEN)] {
            assert_eq!(AgentId::new(ok).unwrap().as_str(), ok);
        }
        assert!(Kid::new("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs").is_ok());
    }

    #[test]
    fn rejects_bad_ids_with_typed_error() {
        let long = "x".repeat(MAX_ID_LEN + 1);
        for bad in ["", " ", "a b", "a/b", "é", "a\n", "a\0", long.as_str(), "../etc"] {
            let err = AgentId::new(bad).unwrap_err();
            assert!(matches!(err, Error::InvalidId { kind: "agent id", .. }), "{bad:?}: {err}");
        }
        assert!(Kid::new("user@host").is_err(), "@ is not in the kid charset");
    }

    #[test]
    fn serde_validates_on_the_way_in() {
        let id: InstanceId = serde_json::from_str("\"i-1\"").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"i-1\"");
        assert!(serde_json::from_str::<InstanceId>("\"\"").is_err());
        assert!(serde_json::from_str::<InstanceId>("\"a b\"").is_err());
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_round_trips(s in "\\PC{0,200}") {
            if let Ok(id) = AgentId::new(s) {
                let json = serde_json::to_string(&id).unwrap();
                proptest::prop_assert_eq!(serde_json::from_str::<AgentId>(&json).unwrap(), id);
            }
        }
    }
}
