//! Unicode's Alphabetic and Numeric properties, as `char::is_alphabetic`
//! and `char::is_numeric` give them, for the first four planes from a
//! table filled a block of 256 characters at a time, at the block's first
//! use, by those very functions: the same answers, without a search of
//! std's tables for each non-ASCII character (some 200 instructions each,
//! read for every character of a text in another script).

use std::sync::OnceLock;

/// A block's bits: Alphabetic in the first four words, Numeric in the
/// last four.
type Block = [u64; 8];

/// How many blocks the table has (U+0000 to U+3FFFF).
const BLOCKS_LEN: usize = 1024;

static BLOCKS: [OnceLock<Block>; BLOCKS_LEN] = [const { OnceLock::new() }; BLOCKS_LEN];

/// The bits of the block of characters whose code points start with `hi`.
fn block(hi: u32) -> Option<&'static Block> {
    let cell = BLOCKS.get(hi as usize)?;
    Some(cell.get_or_init(|| {
        let mut b: Block = [0; 8];
        for lo in 0..256u32 {
            // (A surrogate is no character: its bits stay 0, never read.)
            let Some(c) = char::from_u32(hi << 8 | lo) else { continue };
            let (word, bit) = ((lo / 64) as usize, lo % 64);
            if let Some(w) = b.get_mut(word)
                && c.is_alphabetic()
            {
                *w |= 1 << bit;
            }
            if let Some(w) = b.get_mut(4 + word)
                && c.is_numeric()
            {
                *w |= 1 << bit;
            }
        }
        b
    }))
}

/// The property (Numeric if `numeric`, else Alphabetic) of `c` from the
/// table, `None` past it.
fn lookup(c: char, numeric: bool) -> Option<bool> {
    let cp = c as u32;
    let b = block(cp >> 8)?;
    let lo = cp & 0xff;
    let word = (lo / 64) as usize + if numeric { 4 } else { 0 };
    b.get(word).map(|bits| bits >> (lo % 64) & 1 == 1)
}

/// `c.is_alphabetic()`.
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    lookup(c, false).unwrap_or_else(|| c.is_alphabetic())
}

/// `c.is_numeric()`.
pub(crate) fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    lookup(c, true).unwrap_or_else(|| c.is_numeric())
}

/// `c.is_alphanumeric()`.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    is_alphabetic(c) || is_numeric(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character, in the table and past it, has std's answers.
    #[test]
    fn every_character_has_std_answers() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{:x}", c as u32);
            assert_eq!(is_numeric(c), c.is_numeric(), "{:x}", c as u32);
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{:x}", c as u32);
        }
    }
}
