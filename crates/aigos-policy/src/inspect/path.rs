//! Path traversal: decode, normalize, then escapes from a root and
//! sensitive absolute paths.

use super::{Hit, Subject};

/// Path findings in `s`.
pub(crate) fn analyze(_s: &Subject<'_>, _out: &mut Vec<Hit>) {}

/// Whether `text`, normalized, stays under one of `roots`, for a
/// `kind = "path"` schema.
///
/// # Errors
/// Why it does not.
pub(crate) fn within_roots(_text: &str, _roots: &[String]) -> Result<(), String> {
    Err("not implemented".into())
}
