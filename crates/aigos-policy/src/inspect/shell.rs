//! Shell injection: a POSIX shell lexer over the text, then the constructs
//! that make a command line dangerous.

use super::{Hit, Subject};

/// Shell findings in `s`.
pub(crate) fn analyze(_s: &Subject<'_>, _out: &mut Vec<Hit>) {}

/// The names of every command `text` runs (in pipelines, lists,
/// substitutions and subshells), for a `kind = "shell"` schema.
///
/// # Errors
/// Why the text cannot be read as a command line.
pub(crate) fn commands(_text: &str) -> Result<Vec<String>, String> {
    Err("not implemented".into())
}
