//! SQL injection: a SQL tokenizer over the text, then tautologies, UNION
//! reads, stacked statements, blind and out-of-band functions, and NoSQL
//! operator injection.

use super::{Hit, Subject};

/// SQL findings in `s`.
pub(crate) fn analyze(_s: &Subject<'_>, _out: &mut Vec<Hit>) {}

/// Whether `text` is exactly one read-only statement, for a `kind = "sql",
/// read_only = true` schema.
///
/// # Errors
/// Why it is not.
pub(crate) fn read_only(_text: &str) -> Result<(), String> {
    Err("not implemented".into())
}
