//! Template and expression injection: engine delimiters, the object walks
//! and lookups that make them dangerous, JNDI (Log4Shell) lookups.

use super::{Hit, Subject};

/// Template findings in `s`.
pub(crate) fn analyze(_s: &Subject<'_>, _out: &mut Vec<Hit>) {}
