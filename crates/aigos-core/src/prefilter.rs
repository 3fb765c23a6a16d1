//! Size and nesting prefilters for YAML and TOML text, run before the
//! parser so that parse time stays linear in the input.
//!
//! libyaml (under serde_norway) keeps one entry per open flow collection
//! (`[`, `{`) and walks them for every token, and nested flow mappings cost
//! it quadratic time: 200 KB of `[[[[...` or `{a: {a: ...` kept a policy
//! check busy for tens of seconds before serde's own recursion limit was
//! reached (that limit applies only after the whole text has been
//! scanned). The YAML prefilter tracks the flow depth the way libyaml's
//! scanner does: quoted scalars, comments and plain scalars are followed
//! with libyaml's rules inside flow collections (where brackets count);
//! outside them, block scalars and the continuation lines of plain
//! scalars are skipped only where libyaml certainly reads them as text (an
//! estimate that errs towards reading them as tokens). Brackets that could
//! hide in a quoted scalar spanning lines, or in a comment inside a flow
//! collection, are counted as well, so that a text that misleads the scan
//! is refused rather than let through.
//!
//! TOML has no unquoted text: the TOML prefilter skips strings (all four
//! kinds) and comments and counts brackets exactly.
//!
//! YAML aliases need no prefilter: serde_norway stops expanding them after
//! a hundred times the document's events ("repetition limit exceeded"), so a
//! billion-laughs document fails fast.

use crate::{Error, InputError, InputErrorKind};

/// Bounds on a YAML or TOML text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextLimits {
    /// The most bytes accepted.
    pub max_bytes: usize,
    /// The deepest nesting of flow collections (YAML `[...]`, `{...}`) or
    /// arrays and inline tables (TOML) accepted.
    pub max_depth: usize,
}

impl TextLimits {
    /// A policy or configuration document: 1 MiB, depth 32.
    pub const DOCUMENT: TextLimits = TextLimits { max_bytes: 1 << 20, max_depth: 32 };
}

fn too_large(len: usize, limits: &TextLimits) -> Result<(), Error> {
    if len > limits.max_bytes {
        return Err(Error::Input(InputError::new(InputErrorKind::TooLarge, format!("{len} bytes, at most {}", limits.max_bytes))));
    }
    Ok(())
}

fn too_deep(what: &str, line: usize, limits: &TextLimits) -> Error {
    Error::Input(InputError::new(InputErrorKind::TooDeep, format!("{what} nested deeper than {} (line {line})", limits.max_depth)))
}

/// Checks a TOML text's size and the nesting of its arrays and inline
/// tables before it is parsed.
///
/// ```
/// use aigos_core::{TextLimits, prefilter_toml};
/// let limits = TextLimits { max_bytes: 1 << 20, max_depth: 4 };
/// assert!(prefilter_toml("a = [[1], { b = \"[[[[[\" }] # [[[[[", &limits).is_ok());
/// assert!(prefilter_toml("a = [[[[[1]]]]]", &limits).is_err());
/// ```
///
/// # Errors
/// [`Error::Input`] with [`InputErrorKind::TooLarge`] or
/// [`InputErrorKind::TooDeep`].
pub fn prefilter_toml(text: &str, limits: &TextLimits) -> Result<(), Error> {
    too_large(text.len(), limits)?;
    let b = text.as_bytes();
    let (mut i, mut depth, mut line) = (0usize, 0usize, 1usize);
    while let Some(&c) = b.get(i) {
        match c {
            b'\n' => line += 1,
            b'#' => {
                while b.get(i).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                i += if triple { 3 } else { 1 };
                while let Some(&d) = b.get(i) {
                    if d == b'\n' {
                        line += 1;
                    }
                    if d == b'\\' && c == b'"' {
                        i += 2;
                        continue;
                    }
                    if d == c && (!triple || (b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c))) {
                        // A multi-line string may end in up to two more quotes.
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limits.max_depth {
                    return Err(too_deep("arrays and inline tables", line, limits));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Checks a YAML text's size and the nesting of its flow collections
/// before it is parsed (see the module documentation).
///
/// ```
/// use aigos_core::{TextLimits, prefilter_yaml};
/// let limits = TextLimits { max_bytes: 1 << 20, max_depth: 4 };
/// assert!(prefilter_yaml("a: [[1], {b: '[[[[['}]  # [[[[[\nc: it's [[[[[ text\n", &limits).is_ok());
/// assert!(prefilter_yaml("a: [[[[[1]]]]]", &limits).is_err());
/// ```
///
/// # Errors
/// [`Error::Input`] with [`InputErrorKind::TooLarge`] or
/// [`InputErrorKind::TooDeep`].
pub fn prefilter_yaml(text: &str, limits: &TextLimits) -> Result<(), Error> {
    too_large(text.len(), limits)?;
    Yaml { b: text.as_bytes(), i: 0, line: 1, line_start: 0, flow: 0, hidden: 0, line_ref: -1, last_node: 0, region: Region::None, limits }
        .run()
}

/// Text libyaml reads as the content of a scalar, spanning lines, outside
/// flow collections.
#[derive(Debug, Clone, Copy)]
enum Region {
    None,
    /// A block scalar (`|`, `>`): lines indented deeper than `reference`
    /// (at least `indent` once known), and blank lines.
    Block {
        reference: i64,
        indent: Option<i64>,
        leading: i64,
    },
    /// A plain scalar's continuation lines: indented deeper than `reference`.
    Plain {
        reference: i64,
    },
}

struct Yaml<'a> {
    b: &'a [u8],
    i: usize,
    line: usize,
    line_start: usize,
    /// Open flow collections, as libyaml counts them.
    flow: usize,
    /// Brackets the scan may have missed (in quoted scalars spanning lines,
    /// in comments inside flow collections): counted against the limit.
    hidden: usize,
    /// At least the indentation of the block collection on this line (the
    /// column of its last key or `-`, else the line's indentation - 1).
    line_ref: i64,
    /// Column where the last node on this line started (a key, when `: `
    /// follows).
    last_node: i64,
    region: Region,
    limits: &'a TextLimits,
}

fn blank(c: Option<&u8>) -> bool {
    matches!(c, None | Some(b' ' | b'\t' | b'\r' | b'\n'))
}

fn flow_indicator(c: Option<&u8>) -> bool {
    matches!(c, Some(b',' | b'[' | b']' | b'{' | b'}'))
}

impl Yaml<'_> {
    fn at(&self, k: usize) -> Option<&u8> {
        self.b.get(self.i + k)
    }

    fn col(&self) -> i64 {
        i64::try_from(self.i - self.line_start).unwrap_or(i64::MAX)
    }

    fn check(&self) -> Result<(), Error> {
        if self.flow.saturating_add(self.hidden) > self.limits.max_depth {
            return Err(too_deep("flow collections", self.line, self.limits));
        }
        Ok(())
    }

    /// Past a line break at `self.i` (`\r\n`, `\n` or `\r`).
    fn newline(&mut self) {
        if self.at(0) == Some(&b'\r') && self.at(1) == Some(&b'\n') {
            self.i += 1;
        }
        self.i += 1;
        self.line += 1;
        self.line_start = self.i;
    }

    fn skip_to_line_end(&mut self) {
        while !matches!(self.at(0), None | Some(b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn run(mut self) -> Result<(), Error> {
        let mut line_begins = true;
        loop {
            if line_begins {
                line_begins = false;
                if self.flow == 0 && self.skip_region_line() {
                    line_begins = true;
                    continue;
                }
                let indent = self.b.get(self.i..).map_or(0, |rest| rest.iter().take_while(|&&c| c == b' ').count());
                self.line_ref = i64::try_from(indent).unwrap_or(i64::MAX) - 1;
            }
            match self.at(0) {
                None => return Ok(()),
                Some(b' ' | b'\t') => self.i += 1,
                Some(b'\n' | b'\r') => {
                    self.newline();
                    line_begins = true;
                }
                Some(b'#') => self.comment()?,
                Some(b'[' | b'{') => {
                    self.last_node = self.col();
                    self.flow += 1;
                    self.check()?;
                    self.i += 1;
                }
                Some(b']' | b'}') => {
                    self.flow = self.flow.saturating_sub(1);
                    self.i += 1;
                }
                Some(b',') => self.i += 1,
                Some(b'-' | b'.') if self.col() == 0 && self.document_marker() => self.i += 3,
                Some(b'%') if self.col() == 0 => self.skip_to_line_end(),
                Some(b'-') if blank(self.at(1)) => {
                    self.line_ref = self.col();
                    self.i += 1;
                }
                Some(b'?') if self.flow > 0 || blank(self.at(1)) => {
                    self.line_ref = self.col();
                    self.i += 1;
                }
                Some(b':') if self.flow > 0 || blank(self.at(1)) => {
                    if self.flow == 0 {
                        self.line_ref = self.last_node;
                    }
                    self.i += 1;
                }
                Some(b'*' | b'&') => {
                    self.last_node = self.col();
                    self.i += 1;
                    while self.at(0).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_')) {
                        self.i += 1;
                    }
                }
                Some(b'!') => self.tag(),
                Some(b'|' | b'>') if self.flow == 0 => self.block_scalar_header(),
                Some(&q @ (b'\'' | b'"')) => {
                    self.last_node = self.col();
                    self.quoted(q)?;
                }
                Some(_) => {
                    self.last_node = self.col();
                    self.plain();
                }
            }
        }
    }

    fn document_marker(&self) -> bool {
        let c = self.at(0);
        self.at(1) == c && self.at(2) == c && blank(self.at(3))
    }

    /// A comment to the end of the line; inside a flow collection its
    /// brackets count as hidden (libyaml may not read it as a comment if the
    /// scan lost its place).
    fn comment(&mut self) -> Result<(), Error> {
        while let Some(&c) = self.b.get(self.i) {
            if matches!(c, b'\n' | b'\r') {
                break;
            }
            if self.flow > 0 && matches!(c, b'[' | b'{') {
                self.hidden += 1;
            }
            self.i += 1;
        }
        self.check()
    }

    /// A tag: `!<...>` or a run of URI characters.
    fn tag(&mut self) {
        self.last_node = self.col();
        self.i += 1;
        if self.at(0) == Some(&b'<') {
            while !matches!(self.at(0), None | Some(b'>' | b'\n' | b'\r')) {
                self.i += 1;
            }
            return;
        }
        while self.at(0).is_some_and(|c| c.is_ascii_alphanumeric() || b";/?:@&=+$.%!~*'()-_#".contains(c)) {
            self.i += 1;
        }
    }

    /// A quoted scalar; brackets in one that spans lines count as hidden.
    fn quoted(&mut self, q: u8) -> Result<(), Error> {
        self.i += 1;
        let (mut opens, mut lines) = (0usize, false);
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'\\' if q == b'"' => self.i += 1,
                b'\'' if q == b'\'' && self.at(1) == Some(&b'\'') => self.i += 1,
                c if c == q => {
                    self.i += 1;
                    break;
                }
                b'\n' | b'\r' => {
                    lines = true;
                    self.newline();
                    continue;
                }
                b'[' | b'{' => opens += 1,
                _ => {}
            }
            self.i += 1;
        }
        if lines {
            self.hidden += opens;
            self.check()?;
        }
        Ok(())
    }

    /// A plain scalar, with libyaml's rules for where it ends: at `: `, at
    /// ` #`, inside a flow collection at `,[]{}` (and it goes on across
    /// lines); outside, at the end of its line, after which its
    /// continuation lines are a region.
    fn plain(&mut self) {
        loop {
            // One word.
            while !blank(self.at(0)) {
                let c = self.at(0);
                if c == Some(&b':') && (blank(self.at(1)) || (self.flow > 0 && (flow_indicator(self.at(1)) || self.at(1) == Some(&b'?')))) {
                    return;
                }
                if self.flow > 0 && flow_indicator(c) {
                    return;
                }
                self.i += 1;
            }
            // Blanks, and in a flow collection line breaks, up to the next word.
            loop {
                match self.at(0) {
                    Some(b' ' | b'\t') => self.i += 1,
                    Some(b'\n' | b'\r') if self.flow > 0 => self.newline(),
                    Some(b'\n' | b'\r') => {
                        self.region = Region::Plain { reference: self.line_ref };
                        return;
                    }
                    _ => break,
                }
            }
            if self.at(0).is_none()
                || self.at(0) == Some(&b'#')
                || (self.col() == 0 && matches!(self.at(0), Some(b'-' | b'.')) && self.document_marker())
            {
                return;
            }
        }
    }

    /// `|` or `>` and its header; the scalar's lines are a region.
    fn block_scalar_header(&mut self) {
        self.i += 1;
        let mut explicit = None;
        while let Some(&c) = self.at(0) {
            match c {
                b'1'..=b'9' => explicit = Some(i64::from(c - b'0')),
                b'+' | b'-' => {}
                _ => break,
            }
            self.i += 1;
        }
        let reference = self.line_ref;
        // An explicit indentation is relative to the block collection's:
        // measured from the estimate (never below libyaml's).
        let indent = explicit.map(|d| reference.max(0) + d);
        self.region = Region::Block { reference, indent, leading: 0 };
        // The rest of the header line is blanks and a comment.
        self.skip_to_line_end();
    }

    /// At the start of a line outside flow collections: skips the line and
    /// returns true when it belongs to the current region.
    fn skip_region_line(&mut self) -> bool {
        let rest = self.b.get(self.i..).unwrap_or_default();
        let spaces = rest.iter().take_while(|&&c| c == b' ').count();
        let indent = i64::try_from(spaces).unwrap_or(i64::MAX);
        let empty = matches!(rest.get(spaces), None | Some(b'\n' | b'\r'));
        match self.region {
            Region::None => false,
            Region::Block { reference, indent: known, leading } => {
                if empty {
                    if rest.get(spaces).is_none() {
                        self.region = Region::None;
                        return false;
                    }
                    if known.is_none() {
                        self.region = Region::Block { reference, indent: None, leading: leading.max(indent) };
                    }
                } else {
                    let needed = known.unwrap_or_else(|| leading.max(reference + 1));
                    if indent < needed || indent <= reference {
                        self.region = Region::None;
                        return false;
                    }
                    self.region = Region::Block { reference, indent: Some(known.unwrap_or(indent)), leading };
                }
                self.skip_to_line_end();
                if self.at(0).is_some() {
                    self.newline();
                }
                true
            }
            Region::Plain { reference } => {
                if empty {
                    if rest.get(spaces).is_none() {
                        return false;
                    }
                    // Blank lines inside a plain scalar are folded into it.
                    self.skip_to_line_end();
                    self.newline();
                    return true;
                }
                self.region = Region::None;
                let starts_comment = rest.get(spaces) == Some(&b'#');
                if indent <= reference || starts_comment {
                    return false;
                }
                // A continuation: the same plain scalar goes on.
                self.i += spaces;
                self.plain();
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: TextLimits = TextLimits { max_bytes: 1 << 20, max_depth: 8 };

    fn yaml_ok(text: &str) -> bool {
        prefilter_yaml(text, &L).is_ok()
    }

    fn deep(n: usize) -> String {
        format!("{}{}", "[".repeat(n), "]".repeat(n))
    }

    #[test]
    fn the_nested_sequence_attack_is_refused() {
        let text = format!("version: '1.0'\nname: x\ncapabilities: {{allowed_tools: {}}}\n", deep(100_000));
        assert!(text.len() > 200_000);
        let e = prefilter_yaml(&text, &TextLimits::DOCUMENT).unwrap_err();
        assert!(matches!(&e, Error::Input(i) if i.kind() == InputErrorKind::TooDeep), "{e}");
        let maps = "{a: ".repeat(50_000);
        assert!(prefilter_yaml(&maps, &TextLimits::DOCUMENT).is_err());
        assert!(yaml_ok(&deep(7)), "positive control: within the limit");
        assert!(!yaml_ok(&deep(9)));
    }

    #[test]
    fn size_is_bounded() {
        let limits = TextLimits { max_bytes: 10, max_depth: 8 };
        assert!(matches!(prefilter_yaml("a: 12345678901", &limits), Err(Error::Input(e)) if e.kind() == InputErrorKind::TooLarge));
        assert!(matches!(prefilter_toml("a = 12345678901", &limits), Err(Error::Input(e)) if e.kind() == InputErrorKind::TooLarge));
    }

    #[test]
    fn brackets_in_text_do_not_count() {
        let text = concat!(
            "a: '[[[[[[[[[[' # [[[[[[[[[[\n",
            "b: \"[[[[[[[[[[\\\"[[[[\"\n",
            "c: it's [[[[[[[[[[ plain\n",
            "d: |\n  [[[[[[[[[[\n  it's {{{{{{{{{{\n\n  more [[[[[[[[[\n",
            "e: >-\n    [[[[[[[[[[\n",
            "f: plain\n  continued [[[[[[[[[[\n",
            "g: [a, 'b]]]', \"c]]]\", d'e, {f: g}]\n",
            "h: [it's, x]\n",
            "i: !tag x [[[[[[[[[[\n",
        );
        assert!(prefilter_yaml(text, &L).is_ok(), "{:?}", prefilter_yaml(text, &L));
    }

    #[test]
    fn quotes_that_do_not_start_a_scalar_do_not_hide_brackets() {
        // A quote inside a plain scalar is text: the deep sequence after it counts.
        assert!(!yaml_ok(&format!("a: it's\nb: {}\nc: 'x'\n", deep(20))));
        assert!(!yaml_ok(&format!("a: [it's, {}, 'x']\n", deep(20))));
        assert!(!yaml_ok(&format!("a: [x:'y], b: {}, c: 'x'\n", deep(20))));
        // A block scalar's text ends where its indentation does.
        assert!(!yaml_ok(&format!("- k: |\n    it's\n  other: {}\n  x: 'y'\n", deep(20))));
        assert!(!yaml_ok(&format!("k:\n          a\n  [\nb,#c: {}\n", deep(20))));
        // Brackets in a quoted scalar spanning lines count.
        assert!(!yaml_ok(&format!("a: 'x\n{}'\n", "[".repeat(20))));
        // A comment inside a flow collection: its brackets count.
        assert!(!yaml_ok(&format!("a: [x, # {}\n]\n", "[".repeat(20))));
    }

    #[test]
    fn toml_strings_and_comments() {
        assert!(
            prefilter_toml(
                &format!("a = '{0}'\nb = \"{0}\\\"{0}\"\nc = '''{0}\n'''\nd = \"\"\"{0}\"\"\" # {0}\n[t]\n[[u]]\n", "[".repeat(20)),
                &L
            )
            .is_ok()
        );
        assert!(prefilter_toml(&format!("a = {}", deep(9)), &L).is_err());
        assert!(prefilter_toml(&format!("a = {}", "{b = ".repeat(9)), &L).is_err());
        let big = format!("a = {}", deep(100_000));
        assert!(prefilter_toml(&big, &TextLimits::DOCUMENT).is_err());
    }
}
