//! Prompt injection: instruction overrides and role forging in several
//! languages (after normalization), fake chat-template and turn tokens,
//! hidden or encoded instructions, instructions addressed to the assistant
//! inside retrieved content and tool descriptions.

use super::{Hit, Subject};

/// Prompt-injection findings in `s`.
pub(crate) fn analyze(_s: &Subject<'_>, _out: &mut Vec<Hit>) {}
