//! Normalization: the views of a string an analyzer must see.

use super::Decoding;

/// One view of a string.
pub(crate) struct View {
    /// The text.
    pub(crate) text: String,
    /// The decodings that produced it from the raw string.
    pub(crate) chain: Vec<Decoding>,
    /// Whether invisible characters were removed to produce it.
    pub(crate) hidden: bool,
}

/// The raw text and every distinct decoding of it, at most `layers` deep,
/// producing at most `budget` bytes (decremented).
pub(crate) fn views(text: &str, _layers: usize, _budget: &mut usize) -> Vec<View> {
    vec![View { text: text.to_owned(), chain: Vec::new(), hidden: false }]
}

/// Zero-width, bidi-control and tag characters.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{E0000}'..='\u{E007F}')
}
