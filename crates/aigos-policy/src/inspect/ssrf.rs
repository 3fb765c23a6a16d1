//! SSRF: the URLs in a text, and the destinations no egress rule should
//! ever reach (metadata services, loopback, link-local, odd schemes),
//! recognized without I/O. The facade runs every URL found through the
//! network layer's egress rules.

use super::{Hit, Subject};

/// SSRF findings in `s`.
pub(crate) fn analyze(_s: &Subject<'_>, _out: &mut Vec<Hit>) {}

/// The URLs written in `text`.
pub(crate) fn urls(_text: &str) -> Vec<String> {
    Vec::new()
}
