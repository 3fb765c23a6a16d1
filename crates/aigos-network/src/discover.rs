//! URL discovery: which strings of a payload (tool arguments, a shell
//! command, free text) lead somewhere, so that each can be put to the egress
//! filter. Pure functions, no I/O.
//!
//! Discovery errs on the side of reporting: a reported string that is not a
//! valid URL is denied by [`EgressFilter::check_url`](crate::EgressFilter::check_url)
//! ("not a URL"), which is the safe outcome for a string built to confuse
//! parsers. It does not undo shell quoting or escapes (`'ht''tp://…'`,
//! `$(printf …)`): it is a net under the argument-level checks, not a shell
//! interpreter.

use serde_json::Value;

/// Schemes that reach the network and that clients accept without `//`
/// after the colon (`http:169.254.169.254`, `gopher:host`, `jdbc:mysql:…`).
const NETWORK_SCHEMES: &[&str] = &[
    "amqp",
    "amqps",
    "dict",
    "file",
    "ftp",
    "ftps",
    "gopher",
    "http",
    "https",
    "jar",
    "jdbc",
    "ldap",
    "ldapi",
    "ldaps",
    "mongodb",
    "mongodb+srv",
    "mqtt",
    "mysql",
    "netdoc",
    "postgres",
    "postgresql",
    "redis",
    "rediss",
    "rtsp",
    "sftp",
    "smb",
    "telnet",
    "tftp",
    "ws",
    "wss",
];

/// Characters of a URI scheme after the first (RFC 3986 §3.1).
fn is_scheme_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')
}

/// The index of the colon ending a scheme that opens `s`
/// (`[A-Za-z][A-Za-z0-9+.-]*:`), or `None`.
fn scheme_end(s: &str) -> Option<usize> {
    if !s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = s.find(|c: char| !is_scheme_char(c))?;
    s[end..].starts_with(':').then_some(end)
}

/// Whether `s` opens with a URL: a scheme of two or more characters (one
/// letter is a Windows drive) followed by `/` or `\`, or a network scheme
/// followed by anything but whitespace.
fn url_like_at(s: &str) -> bool {
    let Some(colon) = scheme_end(s) else { return false };
    if colon < 2 {
        return false;
    }
    match s[colon + 1..].chars().next() {
        Some('/' | '\\') => true,
        Some(c) if !c.is_whitespace() => NETWORK_SCHEMES.iter().any(|n| n.eq_ignore_ascii_case(&s[..colon])),
        _ => false,
    }
}

/// Whether a string is meant as a URL: after trimming whitespace and control
/// characters (which clients strip) and dropping tabs and newlines (which
/// WHATWG drops anywhere), it opens with a URI scheme of two or more
/// characters (`[A-Za-z][A-Za-z0-9+.-]*:`, case-insensitive) followed by
/// `/` or `\`, or with a network scheme that needs no slashes (`file`,
/// `gopher`, `dict`, `ldap`, `ftp`, `ws`, `http`, `jdbc`, `redis`, `mysql`,
/// …) followed by anything but whitespace.
///
/// `note: hi`, `config.update`, `a:b`, `C:\Windows` and `std::mem` are not
/// URLs; `HTTP://x`, `http:/x`, `http:x`, ` https://x` and
/// `file:///etc/passwd` are.
pub fn looks_like_url(s: &str) -> bool {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    if t.contains(['\t', '\n', '\r']) {
        let joined: String = t.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
        url_like_at(&joined)
    } else {
        url_like_at(t)
    }
}

/// The index of a bracket pair in [`token_len`]'s counts, and whether `c`
/// closes it.
fn bracket(c: char) -> Option<(usize, bool)> {
    match c {
        '(' => Some((0, false)),
        ')' => Some((0, true)),
        '[' => Some((1, false)),
        ']' => Some((1, true)),
        '{' => Some((2, false)),
        '}' => Some((2, true)),
        '<' => Some((3, false)),
        '>' => Some((3, true)),
        _ => None,
    }
}

/// The length of the URL token opening `t` (which [`url_like_at`]), or 0
/// when nothing follows the scheme and its slashes.
fn token_len(t: &str) -> usize {
    let Some(colon) = scheme_end(t) else { return 0 };
    let body = colon + 1 + t[colon + 1..].find(|c: char| !matches!(c, '/' | '\\')).unwrap_or(t.len() - colon - 1);
    let mut end = t.len();
    let mut in_authority = true;
    for (i, c) in t[body..].char_indices() {
        if c.is_whitespace() || c.is_control() {
            end = body + i;
            break;
        }
        if in_authority {
            // Only whitespace ends the authority early: a shell joins
            // `"http://a.example"@b.example` into one word whose host is
            // b.example, and curl reads `a.example\@b.example` the same way.
            in_authority = !matches!(c, '/' | '?' | '#');
        } else if matches!(c, '"' | '\'' | '`' | '<' | '>' | '{' | '}' | '|' | '^' | '\\' | '[' | ']') {
            // The host is settled: what follows is the path or the query.
            end = body + i;
            break;
        }
    }
    let mut token = &t[..end];
    // Closing brackets minus opening ones, per pair: counted once, so that
    // trimming stays linear.
    let mut unmatched = [0_isize; 4];
    for (pair, closes) in token.chars().filter_map(bracket) {
        unmatched[pair] += if closes { 1 } else { -1 };
    }
    while let Some(last) = token.chars().next_back() {
        let trailing = match (last, bracket(last)) {
            ('.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"', _) => true,
            (_, Some((pair, true))) if unmatched[pair] > 0 => {
                unmatched[pair] -= 1;
                true
            }
            _ => false,
        };
        if !trailing {
            break;
        }
        token = &token[..token.len() - last.len_utf8()];
    }
    if token.len() > body { token.len() } else { 0 }
}

/// Every URL embedded in free text (a shell command, a message, code), as
/// slices of `s`, in order; schemes are matched case-insensitively.
///
/// A URL starts at a scheme (as for [`looks_like_url`]) that is not preceded
/// by a scheme character (letter, digit, `+`, `-`, `.`): at the start, after
/// whitespace, a quote, a bracket, `=`, `:`, `;`, `,`, `|`, `&`, `@` and so
/// on. It ends:
/// - in the authority (after `scheme:` and its slashes, up to the first `/`,
///   `?` or `#`), only at whitespace or a control character: quotes,
///   brackets and backslashes there stay in, since shells join quoted pieces
///   and parsers cut a backslash differently (such a URL is then denied as
///   not a URL or ambiguous);
/// - after the authority, also at a quote (`"`, `'`, `` ` ``), `<`, `>`,
///   `{`, `}`, `|`, `^`, `\`, `[` or `]`.
///
/// Trailing punctuation (`.`, `,`, `;`, `:`, `!`, `?`, quotes) and unmatched
/// closing brackets are dropped, as is a URL with nothing after its scheme
/// and slashes. A URL inside another URL's path or query is part of that
/// URL, not reported on its own.
pub fn urls_in_text(s: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut prev: Option<char> = None;
    let mut at = 0;
    while let Some(c) = s[at..].chars().next() {
        if c.is_ascii_alphabetic() && !prev.is_some_and(is_scheme_char) {
            let rest = &s[at..];
            let len = if url_like_at(rest) { token_len(rest) } else { 0 };
            if len > 0 {
                found.push(&rest[..len]);
                prev = rest[..len].chars().next_back();
                at += len;
                continue;
            }
        }
        prev = Some(c);
        at += c.len_utf8();
    }
    found
}

/// Appends a reference token to a JSON pointer (RFC 6901 escaping).
fn pointer_to(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", token.replace('~', "~0").replace('/', "~1"))
}

/// The URLs of one string: the string itself when it is one URL (even with
/// whitespace around it or tabs and newlines in it, which clients strip and
/// WHATWG drops: the filter then denies it), else those of [`urls_in_text`].
fn urls_in_string(s: &str) -> Vec<&str> {
    let inner = s.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    if looks_like_url(s) && !inner.contains(|c: char| c.is_whitespace() && !matches!(c, '\t' | '\n' | '\r')) {
        vec![s]
    } else {
        urls_in_text(s)
    }
}

enum Work<'a> {
    Value(String, &'a Value),
    Key(String, &'a str),
}

/// Every URL in a JSON value at any depth, as (JSON pointer, URL), in
/// document order.
///
/// Each string (object values, array items and object keys; a key is
/// reported under the pointer of its member) counts as one URL when it is
/// one as a whole ([`looks_like_url`], no spaces inside; reported as it is,
/// surrounding whitespace included, so that the filter denies what a client
/// would strip), and otherwise is searched with [`urls_in_text`].
///
/// At most `max + 1` pairs come back: more than `max` means the value holds
/// more URLs than the caller wanted to check (the walk stopped there; treat
/// it as "too many"). Iterative: any depth is fine.
pub fn urls_in_json(value: &Value, max: usize) -> Vec<(String, String)> {
    let limit = max.saturating_add(1);
    let mut found = Vec::new();
    let mut work = vec![Work::Value(String::new(), value)];
    while let Some(item) = work.pop() {
        let (pointer, text) = match item {
            Work::Key(pointer, key) => (pointer, key),
            Work::Value(pointer, Value::String(s)) => (pointer, s.as_str()),
            Work::Value(pointer, Value::Array(items)) => {
                work.extend(items.iter().enumerate().rev().map(|(i, v)| Work::Value(format!("{pointer}/{i}"), v)));
                continue;
            }
            Work::Value(pointer, Value::Object(members)) => {
                for (key, v) in members.iter().rev() {
                    let at = pointer_to(&pointer, key);
                    work.push(Work::Value(at.clone(), v));
                    work.push(Work::Key(at, key));
                }
                continue;
            }
            Work::Value(_, Value::Null | Value::Bool(_) | Value::Number(_)) => continue,
        };
        for url in urls_in_string(text) {
            found.push((pointer.clone(), url.to_owned()));
            if found.len() >= limit {
                return found;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_and_drives() {
        assert_eq!(scheme_end("http://x"), Some(4));
        assert_eq!(scheme_end("mongodb+srv://x"), Some(11));
        assert_eq!(scheme_end("1http://x"), None);
        assert_eq!(scheme_end("config.update"), None);
        assert!(!url_like_at("C:\\Windows") && !url_like_at("c:/x") && !url_like_at("http: x"));
        assert!(url_like_at("x-custom://a") && url_like_at("jdbc:mysql://h/db") && url_like_at("http:\\\\h"));
    }

    #[test]
    fn tokens_end_where_documented() {
        assert_eq!(token_len("http://"), 0);
        assert_eq!(token_len("http://a.example/x\"y"), "http://a.example/x".len());
        assert_eq!(token_len("http://a.example\"@b.example/"), "http://a.example\"@b.example/".len());
        assert_eq!(token_len("http://[::1]"), "http://[::1]".len());
        assert_eq!(token_len("http://a.example/(x))."), "http://a.example/(x)".len());
        assert_eq!(token_len("http://[::1]]>"), "http://[::1]".len());
    }

    #[test]
    fn long_inputs_take_linear_time() {
        // Quadratic trimming or scanning would take minutes here.
        let closers = format!("http://a.example/{}", ")".repeat(300_000));
        assert_eq!(urls_in_text(&closers), ["http://a.example/"]);
        let many = "a:/b ".repeat(100_000);
        assert!(urls_in_text(&many).is_empty());
        let schemes = "ab:".repeat(100_000);
        assert!(urls_in_text(&schemes).is_empty() && !looks_like_url(&schemes));
        let nested = format!("{}http://x{}", "(".repeat(100_000), ")".repeat(100_000));
        assert_eq!(urls_in_text(&nested), ["http://x"]);
    }
}
