#![allow(dead_code)]
const CHUNK: usize = 512;
/// Longest word whose character n-grams are taken (a base64 blob or a hash
/// says nothing more after its first characters).
const MAX_WORD: usize = 48;

/// Seeds that keep the three kinds of feature apart in the hashed space.
const SEED_CHARS: u32 = 0x9e37_79b9;
const SEED_WORD: u32 = 0x85eb_ca6b;
const SEED_BIGRAM: u32 = 0xc2b2_ae35;

/// `text` in pieces of at most [`CHUNK`] bytes that overlap by half, cut at
/// character boundaries, each with its offset: the whole text when it is
/// short.
pub fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let len = text.len();
    let mut start = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut end = (start + CHUNK).min(len);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let piece = (start, text.get(start..end).unwrap_or(""));
        if end >= len {
            done = true;
        } else {
            let mut next = start + CHUNK / 2;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            start = next;
        }
        Some(piece)
    })
}

/// FNV-1a step over one character.
pub fn mix(h: u32, c: char) -> u32 {
    (h ^ c as u32).wrapping_mul(0x0100_0193)
}

/// MurmurHash3's finalizer: every input bit reaches the low bits the
/// table is indexed by.
pub fn finish(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// Calls `emit` with the hash of every feature of `text` (lower-cased):
/// the 3-, 4- and 5-character n-grams of each word padded with a space on
/// both sides, each word of two or more characters, and each pair of such
/// consecutive words. In a script written without blanks (Chinese,
/// Japanese kana, Thai...) each character is a word, so the pairs are its
/// character bigrams. Returns the number of features.
pub fn features(text: &str, mut emit: impl FnMut(u32)) -> usize {
    let mut n = 0usize;
    let mut previous: Option<u32> = None;
    words(text, |_, word| {
        let h = word_features(word, &mut emit, &mut n);
        if let Some(p) = previous {
            emit(bigram(p, h));
            n += 1;
        }
        previous = Some(h);
    });
    n
}

/// The hash of the pair of consecutive words hashed `p` then `h`.
pub fn bigram(p: u32, h: u32) -> u32 {
    finish(SEED_BIGRAM ^ p.rotate_left(11) ^ h.wrapping_mul(0x9e37_79b1))
}

/// Emits the features of one word alone (its hash and its character
/// n-grams; `word` is a space, its lower-cased characters, and room for
/// one more), counts them in `n`, and returns the word's hash.
fn word_features(word: &mut Vec<char>, emit: &mut impl FnMut(u32), n: &mut usize) -> u32 {
    // The word's own hash (its first MAX_WORD characters).
    let mut h = SEED_WORD;
    for &c in word.iter().skip(1) {
        h = mix(h, c);
    }
    emit(finish(h));
    *n += 1;
    word.push(' ');
    for size in 3u32..=5 {
        let size_chars = size as usize;
        if word.len() < size_chars {
            break;
        }
        for gram in word.windows(size_chars) {
            let mut g = SEED_CHARS ^ size;
            for &c in gram {
                g = mix(g, c);
            }
            emit(finish(g));
            *n += 1;
        }
    }
    word.pop();
    h
}

/// [`word_features`] summed: the sum of `weight` over the features of one
/// word, their number and the word's hash, as `word_features` gives them.
/// The 3-, 4- and 5-grams that start at one character are hashed together
/// (their characters read once), which the scorer's sum does not see: an
/// integer sum does not depend on the order of its terms. (A test keeps
/// the two in step.)
/// Calls `each` with the byte range and the characters (a leading space,
/// then the lower-cased characters, at most [`MAX_WORD`]) of every word of
/// `text` that has features: runs of letters and digits of one character
/// or more, and each character of a script written without blanks.
pub fn words(text: &str, mut each: impl FnMut(std::ops::Range<usize>, &mut Vec<char>)) {
    let mut word: Vec<char> = Vec::with_capacity(MAX_WORD + 2);
    let mut start = 0;
    let mut flush = |word: &mut Vec<char>, at: std::ops::Range<usize>| {
        if word.len() > 1 {
            each(at, word);
        }
        word.clear();
    };
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&byte) = b.get(i) {
        // ASCII first (most text), a run of letters and digits at a time:
        // the same test and the same lower case as the Unicode functions
        // give it, without their tables or a decoding per character.
        if byte.is_ascii() {
            if !byte.is_ascii_alphanumeric() {
                if !word.is_empty() {
                    flush(&mut word, start..i);
                }
                i += 1;
                continue;
            }
            let run = b.get(i..).unwrap_or(&[]).iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            if word.is_empty() {
                word.push(' ');
                start = i;
            }
            // (Characters are kept while the word holds at most MAX_WORD.)
            let room = (MAX_WORD + 1).saturating_sub(word.len());
            word.extend(b.get(i..i + run).unwrap_or(&[]).iter().take(room).map(|c| char::from(c.to_ascii_lowercase())));
            i += run;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else { break };
        if c.is_alphanumeric() && unspaced(c) {
            // A script written without blanks: each character is a word,
            // so the word pairs are its character bigrams.
            if !word.is_empty() {
                flush(&mut word, start..i);
            }
            word.push(' ');
            word.extend(c.to_lowercase());
            flush(&mut word, i..i + c.len_utf8());
        } else if c.is_alphanumeric() {
            if word.is_empty() {
                word.push(' ');
                start = i;
            }
            if word.len() <= MAX_WORD {
                word.extend(c.to_lowercase());
            }
        } else if !word.is_empty() {
            flush(&mut word, start..i);
        }
        i += c.len_utf8();
    }
    if !word.is_empty() {
        flush(&mut word, start..text.len());
    }
}

/// Whether `c` belongs to a script written without blanks between words
/// (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar).
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F)
}

