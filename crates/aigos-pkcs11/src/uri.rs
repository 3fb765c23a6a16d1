//! PKCS#11 URIs (RFC 7512): which token, which key, and optionally which
//! module and where the PIN is.

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

use zeroize::Zeroizing;

use crate::Error;

/// A parsed `pkcs11:` URI. Path attributes select the token (`token`,
/// `serial`, `manufacturer`, `model`, `slot-id`) and the key (`object`,
/// `id`, `type`); query attributes may name the module (`module-path`) and
/// the PIN (`pin-source`, or `pin-value`). Values are percent-decoded;
/// an attribute given twice, an unknown standard attribute or a `type`
/// other than `private` is refused. Vendor attributes (`x-...`) are kept
/// and ignored.
///
/// ```
/// use aigos_pkcs11::Pkcs11Uri;
///
/// let uri: Pkcs11Uri = "pkcs11:token=aigos;object=permit%20key?pin-source=/run/secrets/pin".parse().unwrap();
/// assert_eq!(uri.token.as_deref(), Some("aigos"));
/// assert_eq!(uri.object.as_deref(), Some("permit key"));
/// assert_eq!(uri.pin_source.as_deref(), Some(std::path::Path::new("/run/secrets/pin")));
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Pkcs11Uri {
    /// The token's label.
    pub token: Option<String>,
    /// The token's manufacturer.
    pub manufacturer: Option<String>,
    /// The token's model.
    pub model: Option<String>,
    /// The token's serial number.
    pub serial: Option<String>,
    /// The slot's id.
    pub slot_id: Option<u64>,
    /// The key's label (`CKA_LABEL`).
    pub object: Option<String>,
    /// The key's id (`CKA_ID`), raw bytes.
    pub id: Option<Vec<u8>>,
    /// The PKCS#11 module to load.
    pub module_path: Option<PathBuf>,
    /// A file holding the PIN (`pin-source=file:/path` or a bare path).
    pub pin_source: Option<PathBuf>,
    /// The PIN itself (`pin-value`; prefer `pin-source`).
    pub pin_value: Option<Zeroizing<String>>,
}

impl fmt::Debug for Pkcs11Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pkcs11Uri")
            .field("token", &self.token)
            .field("serial", &self.serial)
            .field("slot_id", &self.slot_id)
            .field("object", &self.object)
            .field("id", &self.id)
            .field("module_path", &self.module_path)
            .field("pin_source", &self.pin_source)
            .field("pin_value", &self.pin_value.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

fn decode(name: &str, value: &str) -> Result<Vec<u8>, Error> {
    // Every `%` must start a two-digit escape: `%zz` is not passed through.
    let bytes = value.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'%' && !bytes.get(i + 1..i + 3).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
            return Err(Error::Uri(format!("{name}: a '%' not followed by two hex digits")));
        }
    }
    Ok(percent_encoding::percent_decode_str(value).collect())
}

fn text(name: &str, value: &str) -> Result<String, Error> {
    String::from_utf8(decode(name, value)?).map_err(|_| Error::Uri(format!("{name}: not UTF-8")))
}

fn set<T>(slot: &mut Option<T>, name: &str, value: T) -> Result<(), Error> {
    if slot.is_some() {
        return Err(Error::Uri(format!("attribute {name} given twice")));
    }
    *slot = Some(value);
    Ok(())
}

impl FromStr for Pkcs11Uri {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let rest = s
            .strip_prefix("pkcs11:")
            .or_else(|| s.get(..7).filter(|p| p.eq_ignore_ascii_case("pkcs11:")).and_then(|_| s.get(7..)))
            .ok_or_else(|| Error::Uri("not a pkcs11: URI".into()))?;
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let mut uri = Pkcs11Uri::default();
        for attr in path.split(';').filter(|a| !a.is_empty()) {
            let (name, value) = attr.split_once('=').ok_or_else(|| Error::Uri(format!("path attribute {attr:?} has no value")))?;
            match name {
                "token" => set(&mut uri.token, name, text(name, value)?)?,
                "manufacturer" => set(&mut uri.manufacturer, name, text(name, value)?)?,
                "model" => set(&mut uri.model, name, text(name, value)?)?,
                "serial" => set(&mut uri.serial, name, text(name, value)?)?,
                "object" => set(&mut uri.object, name, text(name, value)?)?,
                "id" => set(&mut uri.id, name, decode(name, value)?)?,
                "slot-id" => {
                    let id = text(name, value)?.parse().map_err(|_| Error::Uri(format!("slot-id {value:?} is not a number")))?;
                    set(&mut uri.slot_id, name, id)?;
                }
                "type" => {
                    if text(name, value)? != "private" {
                        return Err(Error::Uri(format!("type={value}: a signing key is a private key")));
                    }
                }
                "library-manufacturer" | "library-description" | "library-version" | "slot-description" | "slot-manufacturer" => {}
                vendor if vendor.starts_with("x-") => {}
                other => return Err(Error::Uri(format!("unknown path attribute {other:?}"))),
            }
        }
        for attr in query.split('&').filter(|a| !a.is_empty()) {
            // Query errors never print what was written: a `pin-value` with
            // a `&` in it would spill part of the PIN into a message.
            let (name, value) = attr.split_once('=').ok_or_else(|| Error::Uri("a query attribute has no value".into()))?;
            match name {
                "module-path" => set(&mut uri.module_path, name, PathBuf::from(text(name, value)?))?,
                "pin-source" => {
                    let source = text(name, value)?;
                    let path = source.strip_prefix("file:").unwrap_or(&source);
                    set(&mut uri.pin_source, name, PathBuf::from(path))?;
                }
                "pin-value" => set(&mut uri.pin_value, name, Zeroizing::new(text(name, value)?))?,
                "module-name" => {}
                vendor if vendor.starts_with("x-") => {}
                _ => return Err(Error::Uri("an unknown query attribute (module-path, pin-source and pin-value are known)".into())),
            }
        }
        if uri.object.is_none() && uri.id.is_none() {
            return Err(Error::Uri("the URI names no key: give object= or id=".into()));
        }
        Ok(uri)
    }
}

impl fmt::Display for Pkcs11Uri {
    /// The URI without its PIN (`pin-value` is never printed).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
        const KEEP: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~').remove(b'/');
        let mut path = Vec::new();
        let mut push = |name: &str, value: &Option<String>| {
            if let Some(v) = value {
                path.push(format!("{name}={}", utf8_percent_encode(v, KEEP)));
            }
        };
        push("token", &self.token);
        push("manufacturer", &self.manufacturer);
        push("model", &self.model);
        push("serial", &self.serial);
        push("object", &self.object);
        if let Some(slot) = self.slot_id {
            path.push(format!("slot-id={slot}"));
        }
        if let Some(id) = &self.id {
            path.push(format!("id={}", id.iter().map(|b| format!("%{b:02X}")).collect::<String>()));
        }
        write!(f, "pkcs11:{}", path.join(";"))?;
        let mut query = Vec::new();
        if let Some(m) = &self.module_path {
            query.push(format!("module-path={}", utf8_percent_encode(&m.to_string_lossy(), KEEP)));
        }
        if let Some(p) = &self.pin_source {
            query.push(format!("pin-source={}", utf8_percent_encode(&p.to_string_lossy(), KEEP)));
        }
        if !query.is_empty() {
            write!(f, "?{}", query.join("&"))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn rfc_7512_examples_parse() {
        // Section 7 of RFC 7512 (those that name a key).
        let u: Pkcs11Uri = "pkcs11:object=my-pubkey;type=private".parse().unwrap();
        assert_eq!(u.object.as_deref(), Some("my-pubkey"));
        let u: Pkcs11Uri = "pkcs11:token=The%20Software%20PKCS%2311%20Softtoken;manufacturer=Snake%20Oil,%20Inc.;model=1.0;object=my-key;type=private;serial=".parse().unwrap();
        assert_eq!(u.token.as_deref(), Some("The Software PKCS#11 Softtoken"));
        assert_eq!(u.manufacturer.as_deref(), Some("Snake Oil, Inc."));
        assert_eq!(u.serial.as_deref(), Some(""), "an empty value is a value");
        let u: Pkcs11Uri =
            "pkcs11:token=Software%20PKCS%2311%20softtoken;manufacturer=Snake%20Oil,%20Inc.;id=%01%02?pin-value=the-pin".parse().unwrap();
        assert_eq!(u.id.as_deref(), Some(&[1u8, 2][..]));
        assert_eq!(u.pin_value.as_deref().map(String::as_str), Some("the-pin"));
        let u: Pkcs11Uri = "pkcs11:object=k?module-path=/mylibs/libmypkcs11.so.1&pin-source=file:/etc/token_pin".parse().unwrap();
        assert_eq!(u.module_path.as_deref(), Some(std::path::Path::new("/mylibs/libmypkcs11.so.1")));
        assert_eq!(u.pin_source.as_deref(), Some(std::path::Path::new("/etc/token_pin")));
        let u: Pkcs11Uri = "pkcs11:slot-id=3;object=k;x-vendor=1".parse().unwrap();
        assert_eq!(u.slot_id, Some(3));
    }

    #[test]
    fn malformed_uris_are_refused() {
        for bad in [
            "pkcs12:object=k",
            "object=k",
            "pkcs11:token=t",
            "pkcs11:object=k;object=j",
            "pkcs11:object=k;type=cert",
            "pkcs11:object=k;color=red",
            "pkcs11:object=%zz",
            "pkcs11:object=%4",
            "pkcs11:object=k;slot-id=x",
            "pkcs11:object=%ff",
            "pkcs11:object",
            "pkcs11:object=k?pin-value=a&pin-value=b",
        ] {
            assert!(bad.parse::<Pkcs11Uri>().is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn the_pin_is_never_printed() {
        let u: Pkcs11Uri = "pkcs11:object=k?pin-value=s3cret".parse().unwrap();
        assert!(!format!("{u} {u:?}").contains("s3cret"));
    }

    proptest! {
        #[test]
        fn printing_and_parsing_agree(token in "[ -~]{0,20}", object in "\\PC{1,20}", id in proptest::collection::vec(any::<u8>(), 0..8), slot in proptest::option::of(0u64..1000)) {
            let uri = Pkcs11Uri { token: Some(token), object: Some(object), id: (!id.is_empty()).then_some(id), slot_id: slot, ..Pkcs11Uri::default() };
            let again: Pkcs11Uri = uri.to_string().parse().unwrap();
            prop_assert_eq!(again, uri);
        }
    }
}
