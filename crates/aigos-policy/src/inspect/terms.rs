//! The word lists the prompt analyzers look up in one lower-cased text,
//! found by one Aho-Corasick pass: the rules' anchors
//! ([`super::prompt`]), the addressees, lexicon and unaddressed-request
//! words of [`super::addressed`], and the waivers and controls of
//! [`super::bypass`]. (Each list had its own automaton, and the same text
//! was read once per list.)
//!
//! Each list's matches are those its own automaton gave, in the same
//! order: the automaton is of the standard kind, searched for overlapping
//! matches, which reports every occurrence of every entry, by its end and,
//! at one end, the longer entry first (entries written alike in their
//! list's order). Another list's entries add states to the automaton but
//! change none of that. (The gift cards and the secrecy phrases of
//! [`super::bypass`] are looked up only for whether the text holds one:
//! their own searches run on the texts that do.)

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// One list of entries.
#[derive(Debug, Clone, Copy)]
pub(super) enum List {
    /// The prompt rules' anchors.
    Anchors,
    /// Every entry an addressee can be found by.
    Addressees,
    /// The addressed requests' lexicon.
    Lexicon,
    /// The claims and credentials of unaddressed requests.
    Words,
    /// The waivers and controls of a control bypass.
    Bypass,
    /// The gift cards of [`super::bypass::gift_card_codes`] (a text that
    /// names none is not read by it).
    Cards,
    /// The secrecy phrases of [`super::bypass::secret_payment`] (likewise).
    Secrecy,
}

/// How many lists there are.
const LISTS: usize = 7;

/// The automaton of every list's entries, one after the other.
struct Merged {
    automaton: AhoCorasick,
    /// The index of each list's first entry (and the number of entries).
    first: [usize; LISTS + 1],
}

static MERGED: LazyLock<Option<Merged>> = LazyLock::new(|| {
    let lists: [Vec<&'static str>; LISTS] = [
        super::prompt::anchors()?,
        super::addressed::addressee_entries(),
        super::addressed::lexicon_entries(),
        super::addressed::request_words(),
        super::bypass::term_entries(),
        super::bypass::card_entries(),
        super::bypass::secrecy_entries(),
    ];
    let mut first = [0; LISTS + 1];
    for (i, list) in lists.iter().enumerate() {
        *first.get_mut(i + 1)? = first.get(i)? + list.len();
    }
    // A contiguous NFA, not a DFA: the same matches in the same order (the
    // kind changes no match semantics), in 0.6 MB instead of the DFA's
    // 21.6 MB, whose transitions, read at random, missed the cache on
    // every long text and evicted what the other analyzers had there.
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::Standard)
        .build(lists.iter().flatten().copied())
        .ok()?;
    Some(Merged { automaton, first })
});

/// The matches of every list in one text: per list, the entry's index in
/// its list and the match's range.
pub(super) struct Terms {
    found: [Vec<(usize, Range<usize>)>; LISTS],
}

impl Terms {
    /// Every list's matches in `text` (`None` when the automaton could not
    /// be built).
    pub(super) fn of(text: &str) -> Option<Self> {
        let merged = MERGED.as_ref()?;
        let mut found: [Vec<(usize, Range<usize>)>; LISTS] = Default::default();
        for m in merged.automaton.find_overlapping_iter(text) {
            let p = m.pattern().as_usize();
            // The list holding entry `p`: the last that starts at or before it.
            let list = merged.first.partition_point(|&f| f <= p).saturating_sub(1);
            let start = merged.first.get(list).copied().unwrap_or(0);
            if let Some(v) = found.get_mut(list) {
                v.push((p - start, m.range()));
            }
        }
        Some(Terms { found })
    }

    /// The matches of `list`'s entries, in the order they were found.
    pub(super) fn of_list(&self, list: List) -> &[(usize, Range<usize>)] {
        self.found.get(list as usize).map_or(&[], Vec::as_slice)
    }
}
