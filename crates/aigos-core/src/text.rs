//! Character classes that more than one layer reads text by.

/// Zero-width, bidi-control, tag and other default-ignorable format
/// characters: invisible when text is shown, so a word can hide behind
/// them. The inspector flags their presence; block lists strip them before
/// comparing names.
///
/// ```
/// assert!(aigos_core::is_invisible('\u{200B}'));
/// assert!(!aigos_core::is_invisible('a'));
/// ```
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{E0000}'..='\u{E007F}'
    )
}
