//! Destination discovery: which strings of a payload (tool arguments, a
//! shell command, free text) lead somewhere, so that each can be put to the
//! egress filter. Pure functions, no I/O.
//!
//! - URLs ([`urls_in_json`], [`urls_in_text`], [`looks_like_url`]): a scheme
//!   in any case (`HTTP://…`, `gopher:…`), also glued to a short option
//!   (`-xhttp://…`) or after `=` (`--proxy=http://…`); and scheme-relative
//!   references (`//169.254.169.254/`), reported with `http:` put in front so
//!   that the whole egress check runs on them.
//! - IP literals outside any URL ([`addresses_in_json`]): `curl
//!   169.254.169.254/latest`, `wget 10.0.0.1:8080`, `-x169.254.169.254:80`,
//!   `[::1]:6379`, and host/port objects (`{"host": "127.0.0.1", "port":
//!   6379}`); where a host is expected, also the IPv4 forms that `inet_aton`
//!   and WHATWG accept (`0x7f000001`, `2130706433`, `0177.0.0.1`, `127.1`).
//!   Host names without a scheme are not reported: `a.b` is too often a file,
//!   a method or a version.
//!
//! Discovery errs on the side of reporting: a reported string that is not a
//! valid URL is denied by [`EgressFilter::check_url`](crate::EgressFilter::check_url)
//! ("not a URL"), which is the safe outcome for a string built to confuse
//! parsers. It does not undo shell quoting or escapes (`'ht''tp://…'`,
//! `$(printf …)`) nor percent-encoding: it is a net under the argument-level
//! checks, not a shell interpreter.

use std::borrow::Cow;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

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
    token_end(t, body)
}

/// The length of the URL token opening `t` whose authority starts at byte
/// `body`, or 0 when nothing is left after `body` (see [`urls_in_text`] for
/// where a token ends).
fn token_end(t: &str, body: usize) -> usize {
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

/// Whether a token (a URL, an address, an option) can start after `prev`:
/// at the start, after whitespace, a control character, a quote, an opening
/// bracket, `>`, `=`, `,`, `;`, `|` or `&`.
fn opens_token(prev: Option<char>) -> bool {
    prev.is_none_or(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '`' | '(' | '[' | '{' | '<' | '>' | '=' | ',' | ';' | '|' | '&')
    })
}

/// Whether the last label of a host name is a number to WHATWG (decimal
/// digits, or `0x` and hex digits), which makes the host an IPv4 address
/// or invalid.
fn ends_in_number(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    let hex = last.strip_prefix("0x").or_else(|| last.strip_prefix("0X"));
    match hex {
        Some(digits) => digits.bytes().all(|b| b.is_ascii_hexdigit()),
        None => !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()),
    }
}

/// Whether `host` is one a client would connect to: an IPv6 literal in
/// brackets, an IPv4 address in a form [`loose_ipv4`] reads (but not a lone
/// number below 2^24 other than 0), `localhost`, or a DNS name with a dot
/// (labels of letters, digits, `-`, `_` or `%`, the last one not a number).
/// One trailing dot is allowed.
fn is_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[') {
        return inner.strip_suffix(']').is_some_and(|a| a.split_once('%').map_or(a, |(a, _)| a).parse::<Ipv6Addr>().is_ok());
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    if name.eq_ignore_ascii_case("localhost") || host_ipv4(host, true).is_some() {
        return true;
    }
    name.contains('.')
        && name.split('.').all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'%')))
        && !ends_in_number(name)
}

/// Whether `rest` (what follows `//`) opens with an authority whose host
/// [`is_host`]: `[userinfo@]host[:digits]`, up to `/`, `?`, `#` or `\`.
fn authority_is_host(rest: &str) -> bool {
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or(rest);
    let host_port = authority.rsplit('@').next().unwrap_or(authority);
    let host_len = if host_port.starts_with('[') {
        host_port.find(']').map_or(host_port.len(), |i| i + 1)
    } else {
        host_port.find(':').unwrap_or(host_port.len())
    };
    let (host, after) = host_port.split_at(host_len);
    let port_ok = after.is_empty() || after.strip_prefix(':').is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()));
    port_ok && is_host(host)
}

/// The length of the scheme-relative reference opening `t` (`//` and an
/// authority whose host [`is_host`], then a path, query or fragment), or 0.
fn relative_len(t: &str) -> usize {
    if !t.starts_with("//") || t[2..].starts_with(['/', '\\']) {
        return 0;
    }
    // The authority is checked first, so that a refused candidate costs no
    // more than its authority (which stops at the next `/`): scanning the
    // whole token of each would be quadratic on `(//a(//a(//a…`.
    let rest = &t[2..];
    let authority =
        &rest[..rest.find(|c: char| matches!(c, '/' | '?' | '#' | '\\') || c.is_whitespace() || c.is_control()).unwrap_or(rest.len())];
    let trimmed = authority.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', ')', ']', '}', '>']);
    if !authority_is_host(authority) && !authority_is_host(trimmed) {
        return 0;
    }
    let len = token_end(t, 2);
    if len > 2 { len } else { 0 }
}

/// Letters at most in a cluster of short options (`-sSx`), scheme included.
const MAX_CLUSTER: usize = 16;

/// A URL glued to a short option at the start of `t`, which starts with `-`
/// (`-xhttp://…`, `-sSxgopher://…`, `-x//host/`): its offset in `t`, length,
/// and whether it is scheme-relative.
///
/// The option letters and the scheme are told apart by the first network
/// scheme ([`NETWORK_SCHEMES`]) that starts at the dash or after one of the
/// letters; a scheme-relative reference must follow the letters.
fn glued_url(t: &str) -> Option<(usize, usize, bool)> {
    let cluster = t.get(1..)?;
    let letters = cluster.bytes().take_while(u8::is_ascii_alphabetic).take(MAX_CLUSTER + 1).count();
    if letters == 0 || letters > MAX_CLUSTER {
        return None;
    }
    for k in 0..letters {
        let candidate = &cluster[k..];
        if let Some(colon) = scheme_end(candidate)
            && NETWORK_SCHEMES.iter().any(|n| n.eq_ignore_ascii_case(&candidate[..colon]))
            && url_like_at(candidate)
        {
            let len = token_len(candidate);
            if len > 0 {
                return Some((1 + k, len, false));
            }
        }
    }
    let len = relative_len(&cluster[letters..]);
    (len > 0).then_some((1 + letters, len, true))
}

/// A URL found in text: its bytes, and whether it is scheme-relative (then
/// reported with `http:` in front).
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    relative: bool,
}

impl Span {
    fn text(self, s: &str) -> Cow<'_, str> {
        let t = &s[self.start..self.end];
        if self.relative { Cow::Owned(format!("http:{t}")) } else { Cow::Borrowed(t) }
    }
}

/// Whether `s` may hold a URL: every URL has the colon after its scheme
/// or a scheme-relative `//`. The pre-filter (vectorized by `memchr`) that
/// passes over ordinary text in a few hundred instructions per KiB; a
/// byte-by-byte scan cost a validation about ten times as much.
fn may_hold_url(s: &str) -> bool {
    memchr::memchr2(b':', b'/', s.as_bytes()).is_some()
}

/// Whether `s` may hold an IP literal: every form has a digit or a colon
/// (`[::]`).
fn may_hold_address(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3(b'0', b'1', b'2', b).is_some()
        || memchr::memchr3(b'3', b'4', b'5', b).is_some()
        || memchr::memchr3(b'6', b'7', b'8', b).is_some()
        || memchr::memchr2(b'9', b':', b).is_some()
}

/// The URLs of [`urls_in_text`], as spans of `s`.
fn url_spans(s: &str) -> Vec<Span> {
    // A URL has the colon after its scheme, a scheme-relative one its `//`:
    // text with neither is passed over in one scan.
    if !may_hold_url(s) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut prev: Option<char> = None;
    let mut at = 0;
    while let Some(c) = s[at..].chars().next() {
        let rest = &s[at..];
        let hit = if c.is_ascii_alphabetic() && !prev.is_some_and(is_scheme_char) {
            let len = if url_like_at(rest) { token_len(rest) } else { 0 };
            (len > 0).then_some((0, len, false))
        } else if c == '/' && opens_token(prev) {
            let len = relative_len(rest);
            (len > 0).then_some((0, len, true))
        } else if c == '-' && opens_token(prev) {
            glued_url(rest)
        } else {
            None
        };
        if let Some((offset, len, relative)) = hit {
            let (start, end) = (at + offset, at + offset + len);
            found.push(Span { start, end, relative });
            prev = s[..end].chars().next_back();
            at = end;
            continue;
        }
        prev = Some(c);
        at += c.len_utf8();
    }
    found
}

/// Every URL embedded in free text (a shell command, a message, code), in
/// order; schemes are matched case-insensitively. A URL comes back as a
/// slice of `s`, but a scheme-relative one with `http:` put in front
/// (`//169.254.169.254/x` → `http://169.254.169.254/x`), so that the egress
/// filter checks its host rather than refusing it as relative.
///
/// A URL starts:
/// - at a scheme (as for [`looks_like_url`]) that is not preceded by a
///   scheme character (letter, digit, `+`, `-`, `.`): at the start, after
///   whitespace, a quote, a bracket, `=` (so `--proxy=http://…`), `:`, `;`,
///   `,`, `|`, `&`, `@` and so on;
/// - at a network scheme (`http`, `gopher`, … as for [`looks_like_url`])
///   glued to a cluster of short options at the start of a word
///   (`-xhttp://…`, `-sSxhttps:…`: the URL starts at the first network
///   scheme after the dash);
/// - at `//` immediately followed by a host (an IP literal, `localhost`, or
///   a DNS name with a dot), at the start of a word or right after a short
///   option (`-x//host/`): `//169.254.169.254/`, `//user@a.example:8080/`;
///   `// TODO`, `//`, `//TODO: x` and `a//b` are not URLs.
///
/// It ends:
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
pub fn urls_in_text(s: &str) -> Vec<Cow<'_, str>> {
    url_spans(s).into_iter().map(|span| span.text(s)).collect()
}

/// Appends a reference token to a JSON pointer (RFC 6901 escaping).
fn pointer_to(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", token.replace('~', "~0").replace('/', "~1"))
}

/// `s` when it is one URL as a whole (even with whitespace around it or tabs
/// and newlines in it, which clients strip and WHATWG drops: the filter then
/// denies it), a scheme-relative one with `http:` put in front (after the
/// leading whitespace), or `None`.
fn whole_url(s: &str) -> Option<Cow<'_, str>> {
    let odd = |c: char| c.is_whitespace() || c.is_control();
    let inner = s.trim_matches(odd);
    if inner.contains(|c: char| c.is_whitespace() && !matches!(c, '\t' | '\n' | '\r')) {
        return None;
    }
    if looks_like_url(s) {
        return Some(Cow::Borrowed(s));
    }
    let joined: Cow<'_, str> = if inner.contains(['\t', '\n', '\r']) {
        Cow::Owned(inner.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect())
    } else {
        Cow::Borrowed(inner)
    };
    let rest = joined.strip_prefix("//")?;
    if rest.starts_with(['/', '\\']) || !authority_is_host(rest) {
        return None;
    }
    let lead = s.len() - s.trim_start_matches(odd).len();
    Some(Cow::Owned(format!("{}http:{}", &s[..lead], &s[lead..])))
}

/// The URLs of one string: the string itself when it is one URL as a whole
/// ([`whole_url`]), else those of [`urls_in_text`].
fn urls_in_string(s: &str) -> Vec<Cow<'_, str>> {
    // Every URL has the colon after its scheme or a scheme-relative `//`.
    if !may_hold_url(s) {
        return Vec::new();
    }
    match whole_url(s) {
        Some(url) => vec![url],
        None => urls_in_text(s),
    }
}

/// Member names of an object whose string value is taken for a host by
/// [`addresses_in_json`] (compared case-insensitively).
const HOST_KEYS: &[&str] = &["host", "hostname", "ip", "address", "addr"];

/// One step of a JSON pointer: a member name or an array index, under the
/// step at `parent` (pointers are built only for what is reported).
struct Step<'a> {
    parent: Option<usize>,
    token: Token<'a>,
}

enum Token<'a> {
    Key(&'a str),
    Index(usize),
}

/// The JSON pointer of step `at` (RFC 6901 escaping).
fn pointer_of(steps: &[Step<'_>], at: Option<usize>) -> String {
    let mut chain = Vec::new();
    let mut cur = at;
    while let Some(i) = cur {
        let Some(step) = steps.get(i) else { break };
        chain.push(&step.token);
        cur = step.parent;
    }
    let mut out = String::new();
    for token in chain.into_iter().rev() {
        out = match token {
            Token::Key(k) => pointer_to(&out, k),
            Token::Index(i) => format!("{out}/{i}"),
        };
    }
    out
}

enum Work<'a> {
    Value(Option<usize>, &'a Value),
    Key(Option<usize>, &'a str),
    /// A string member named in [`HOST_KEYS`], and the port of its object.
    Host(Option<usize>, &'a str, Option<u16>),
}

/// The port a `port` member names: a number or a string of decimal digits,
/// at most 65535.
fn port_of(value: &Value) -> Option<u16> {
    match value {
        Value::Number(n) => n.as_u64().and_then(|p| u16::try_from(p).ok()),
        Value::String(s) => port_digits(s.trim()),
        _ => None,
    }
}

/// Visits every string of `value` in document order with its JSON pointer:
/// object values, array items and object keys (a key under the pointer of
/// its member), until `visit` returns false. With `hosts`, a string member
/// named in [`HOST_KEYS`] comes with `Some` of its object's `port` member.
/// Iterative: any depth is fine. `visit` gets a function that makes the
/// string's JSON pointer (only what is reported pays for one).
fn walk<'a>(value: &'a Value, hosts: bool, mut visit: impl FnMut(&dyn Fn() -> String, &'a str, Option<Option<u16>>) -> bool) {
    let mut steps: Vec<Step<'a>> = Vec::new();
    let mut work = vec![Work::Value(None, value)];
    while let Some(item) = work.pop() {
        let more = match item {
            Work::Key(at, key) => visit(&|| pointer_of(&steps, at), key, None),
            Work::Host(at, s, port) => visit(&|| pointer_of(&steps, at), s, Some(port)),
            Work::Value(at, Value::String(s)) => visit(&|| pointer_of(&steps, at), s, None),
            Work::Value(at, Value::Array(items)) => {
                for (i, v) in items.iter().enumerate().rev() {
                    steps.push(Step { parent: at, token: Token::Index(i) });
                    work.push(Work::Value(Some(steps.len() - 1), v));
                }
                true
            }
            Work::Value(at, Value::Object(members)) => {
                let port =
                    if hosts { members.iter().find(|(k, _)| k.eq_ignore_ascii_case("port")).and_then(|(_, v)| port_of(v)) } else { None };
                for (key, v) in members.iter().rev() {
                    steps.push(Step { parent: at, token: Token::Key(key) });
                    let here = Some(steps.len() - 1);
                    match v {
                        Value::String(s) if hosts && HOST_KEYS.iter().any(|h| h.eq_ignore_ascii_case(key)) => {
                            work.push(Work::Host(here, s, port));
                        }
                        _ => work.push(Work::Value(here, v)),
                    }
                    work.push(Work::Key(here, key));
                }
                true
            }
            Work::Value(_, Value::Null | Value::Bool(_) | Value::Number(_)) => true,
        };
        if !more {
            return;
        }
    }
}

/// Every URL in a JSON value at any depth, as (JSON pointer, URL), in
/// document order.
///
/// Each string (object values, array items and object keys; a key is
/// reported under the pointer of its member) counts as one URL when it is
/// one as a whole ([`looks_like_url`], no spaces inside; reported as it is,
/// surrounding whitespace included, so that the filter denies what a client
/// would strip), or when it is a scheme-relative reference as a whole
/// (`//169.254.169.254/`: reported with `http:` put in front, see
/// [`urls_in_text`]); otherwise it is searched with [`urls_in_text`].
///
/// At most `max + 1` pairs come back: more than `max` means the value holds
/// more URLs than the caller wanted to check (the walk stopped there; treat
/// it as "too many"). Iterative: any depth is fine.
pub fn urls_in_json(value: &Value, max: usize) -> Vec<(String, String)> {
    let limit = max.saturating_add(1);
    let mut found = Vec::new();
    walk(value, false, |pointer, text, _| {
        for url in urls_in_string(text) {
            found.push((pointer(), url.into_owned()));
            if found.len() >= limit {
                return false;
            }
        }
        true
    });
    found
}

/// An IP address that a payload names outside any URL, found by
/// [`addresses_in_json`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct BareAddress {
    /// The JSON pointer of the string that names it (for an object key, of
    /// its member; for a host/port object, of the host member).
    pub pointer: String,
    /// The address, decoded (`0x7f000001`, `0177.0.0.1` and `127.1` are
    /// 127.0.0.1).
    pub ip: IpAddr,
    /// The port, when one is named (`:8080` after the address, or the `port`
    /// member of a host/port object).
    pub port: Option<u16>,
    /// The address as written, with the port that follows it
    /// (`0x7f000001:80`, `[::1]:6379`); for a host/port object, the host
    /// member's value.
    pub written: String,
}

/// Longest text taken for one address (an IPv6 address is at most 45).
const MAX_ADDRESS: usize = 64;

/// Short options whose value is a host (`-x` proxy for curl, `-h` host for
/// mysql, psql and redis-cli).
const HOST_SHORT_OPTIONS: &[char] = &['x', 'h'];

/// Long options whose value is a host.
const HOST_LONG_OPTIONS: &[&str] =
    &["--proxy", "--preproxy", "--socks4", "--socks4a", "--socks5", "--socks5-hostname", "--host", "--hostname"];

/// Whether `c` continues a word: an ASCII letter, a digit or `_`.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Whether an address may end where `after` starts: at the end, or at a
/// character that does not continue a word; a `.` only when no word
/// character follows it (`1.2.3.4.` ends a sentence, `1.2.3.4.5` is not an
/// address).
fn ends_word(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        None => true,
        Some('.') => !chars.next().is_some_and(is_word_char),
        Some(c) => !is_word_char(c),
    }
}

/// A port: 1 to 5 decimal digits, at most 65535.
fn port_digits(p: &str) -> Option<u16> {
    if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    p.parse().ok()
}

/// The port opening `after` (`:` and a port that [`ends_word`]), and the
/// length taken.
fn port_after(after: &str) -> Option<(u16, usize)> {
    let rest = after.strip_prefix(':')?;
    let len = rest.bytes().take_while(u8::is_ascii_digit).take(6).count();
    if !ends_word(&rest[len..]) {
        return None;
    }
    Some((port_digits(&rest[..len])?, 1 + len))
}

/// The four decimal octets (0 to 255, no leading zeros) opening `t`, and
/// the length taken.
fn dotted_quad(t: &str) -> Option<(Ipv4Addr, usize)> {
    let mut octets = [0_u8; 4];
    let mut at = 0;
    for (k, octet) in octets.iter_mut().enumerate() {
        if k > 0 {
            if !t[at..].starts_with('.') {
                return None;
            }
            at += 1;
        }
        let len = t[at..].bytes().take_while(u8::is_ascii_digit).take(4).count();
        let digits = &t[at..at + len];
        if len == 0 || len > 3 || (len > 1 && digits.starts_with('0')) {
            return None;
        }
        *octet = digits.parse().ok()?;
        at += len;
    }
    Some((Ipv4Addr::from(octets), at))
}

/// One part of a [`loose_ipv4`] address: `0x` and hex digits, `0` and octal
/// digits, or decimal digits.
fn ipv4_part(part: &str) -> Option<u64> {
    let (digits, radix) = match part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
        Some(hex) => (hex, 16),
        None if part.len() > 1 && part.starts_with('0') => (&part[1..], 8),
        None => (part, 10),
    };
    if digits.is_empty() || digits.len() > 32 || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u64::from_str_radix(digits, radix).ok()
}

/// An IPv4 address in any form that `inet_aton` and WHATWG read: one to four
/// parts separated by dots (one trailing dot allowed), each decimal, octal
/// (leading `0`) or hex (`0x`), the last one filling the remaining bytes
/// (`127.1`, `0x7f.1`, `2130706433`, `0177.0.0.1`). With the number of
/// parts.
fn loose_ipv4(s: &str) -> Option<(Ipv4Addr, usize)> {
    let s = s.strip_suffix('.').unwrap_or(s);
    if s.is_empty() || s.len() > MAX_ADDRESS {
        return None;
    }
    let mut parts = [0_u64; 4];
    let mut n = 0;
    for part in s.split('.') {
        *parts.get_mut(n)? = ipv4_part(part)?;
        n += 1;
    }
    let (last, leading) = parts[..n].split_last()?;
    if leading.iter().any(|&p| p > 255) || *last >= 1 << (8 * (5 - n)) {
        return None;
    }
    let value = leading.iter().enumerate().fold(*last, |v, (i, &p)| v | (p << (8 * (3 - i))));
    Some((Ipv4Addr::from(u32::try_from(value).ok()?), n))
}

/// A [`loose_ipv4`] address that is written like one: dotted, or a lone
/// number of at least 2^24 (`2130706433`, `0x7f000001`), or, with
/// `zero`, a lone 0 (which reaches this host on Linux). `3`, `12` and
/// `0x10` are not taken for addresses (`3:2`, `12:30`, `{0x10:5}`).
fn host_ipv4(s: &str, zero: bool) -> Option<Ipv4Addr> {
    let (ip, parts) = loose_ipv4(s)?;
    let n = u32::from(ip);
    (parts > 1 || n >= 1 << 24 || (zero && n == 0)).then_some(ip)
}

/// The IPv6 address in brackets opening `t` (a zone after `%` is ignored),
/// and the length taken, brackets included.
fn bracketed_v6(t: &str) -> Option<(Ipv6Addr, usize)> {
    let close = t.bytes().take(MAX_ADDRESS).position(|b| b == b']')?;
    let inner = t.get(1..close)?;
    let address = inner.split_once('%').map_or(inner, |(a, _)| a);
    Some((address.parse().ok()?, close + 1))
}

/// The IPv6 address without brackets opening `t` (with `::` or all eight
/// groups, one hex digit at least; not followed by a word character or
/// `(`, so `a::b(` and `::add(` in code are not addresses), and its length.
fn bare_v6(t: &str) -> Option<(Ipv6Addr, usize)> {
    let run = t.bytes().take_while(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.')).take(MAX_ADDRESS + 1).count();
    if run > MAX_ADDRESS {
        return None;
    }
    let mut text = &t[..run];
    text = text.strip_suffix('.').unwrap_or(text);
    if text.ends_with(':') && !text.ends_with("::") {
        text = &text[..text.len() - 1];
    }
    let colons = text.bytes().filter(|&b| b == b':').count();
    if !(text.contains("::") || colons == 7) || !text.bytes().any(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let after = &t[text.len()..];
    if !ends_word(after) || after.starts_with('(') {
        return None;
    }
    Some((text.parse().ok()?, text.len()))
}

/// The last letter of the cluster of short options that `before` ends with
/// (`-x`, `-sSx`, at the start of a word), if it does.
fn glued_option(before: &str) -> Option<char> {
    let letters = before.bytes().rev().take_while(u8::is_ascii_alphabetic).take(MAX_CLUSTER + 1).count();
    if letters == 0 || letters > MAX_CLUSTER {
        return None;
    }
    let head = before[..before.len() - letters].strip_suffix('-')?;
    if opens_token(head.chars().next_back()) { before.chars().next_back() } else { None }
}

/// Whether the text before a word ends with an option that takes a host
/// ([`HOST_SHORT_OPTIONS`], [`HOST_LONG_OPTIONS`]): `--proxy=`,
/// `--proxy `, `-x `, each maybe followed by a quote.
fn host_option_before(before: &str) -> bool {
    let b = before.strip_suffix(['"', '\'']).unwrap_or(before);
    let (b, long_only) = match b.strip_suffix('=') {
        Some(b) => (b, true),
        None => {
            let trimmed = b.trim_end_matches([' ', '\t']);
            if trimmed.len() == b.len() {
                return false;
            }
            (trimmed, false)
        }
    };
    let len = b.bytes().rev().take_while(|c| c.is_ascii_alphanumeric() || *c == b'-').take(MAX_CLUSTER + 2).count();
    let (head, option) = b.split_at(b.len() - len);
    if !opens_token(head.chars().next_back()) {
        return false;
    }
    HOST_LONG_OPTIONS.contains(&option)
        || !long_only && option.strip_prefix('-').is_some_and(|l| l.len() == 1 && l.chars().all(|c| HOST_SHORT_OPTIONS.contains(&c)))
}

/// Whether an address may start after `before`: at the start or after a
/// character that does not continue a word, a number or a version (letter,
/// digit, `_`, `.`, `-`), nor after a lone `/` (a path segment: `a/10.0.0.1`);
/// `//` is fine (`x://10.0.0.1`).
fn address_may_start(before: &str) -> bool {
    let mut back = before.chars().rev();
    match back.next() {
        None => true,
        Some('/') => back.next() == Some('/'),
        Some(c) => !(is_word_char(c) || matches!(c, '.' | '-')),
    }
}

/// The IPv4 address in a form [`loose_ipv4`] reads at a host position
/// opening `t`: before a port (`127.1:6379`, `0x7f000001:80`; written like an
/// address, see [`host_ipv4`]) or as the value of a host option
/// (`-x0x7f000001`, `--proxy 127.1`; a lone 0 too). With the port and the
/// length taken.
fn loose_host_at(before: &str, t: &str, glued: Option<char>) -> Option<(IpAddr, Option<u16>, usize)> {
    let len = t.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'.').take(MAX_ADDRESS + 1).count();
    if len > MAX_ADDRESS {
        return None;
    }
    let ip = host_ipv4(&t[..len], true)?;
    let after = &t[len..];
    let port = port_after(after);
    let option = match glued {
        Some(letter) => HOST_SHORT_OPTIONS.contains(&letter),
        None => host_option_before(before),
    };
    let taken = if option { port.is_some() || ends_word(after) } else { port.is_some() && host_ipv4(&t[..len], false).is_some() };
    taken.then(|| (IpAddr::V4(ip), port.map(|p| p.0), len + port.map_or(0, |p| p.1)))
}

/// The address at byte `at` of `s` (see [`addresses_in_json`]): the address,
/// its port and the length taken.
fn address_at(s: &str, at: usize) -> Option<(IpAddr, Option<u16>, usize)> {
    let (before, t) = s.split_at(at);
    let c = t.chars().next()?;
    if !(c.is_ascii_hexdigit() || matches!(c, '[' | ':')) {
        return None;
    }
    let glued = if c.is_ascii_digit() || c == '[' { glued_option(before) } else { None };
    if glued.is_none() && !address_may_start(before) {
        return None;
    }
    let prev = before.chars().next_back();
    if c == '[' {
        if glued.is_none() && matches!(prev, Some(')' | ']')) {
            // Indexing or slicing (`f(x)[::2]`), not a host.
            return None;
        }
        let (ip, len) = bracketed_v6(t)?;
        let after = &t[len..];
        let port = port_after(after);
        if port.is_none() && !ends_word(after) {
            return None;
        }
        return Some((IpAddr::V6(ip), port.map(|p| p.0), len + port.map_or(0, |p| p.1)));
    }
    if c.is_ascii_digit() {
        if let Some((ip, len)) = dotted_quad(t)
            && ends_word(&t[len..])
        {
            let port = port_after(&t[len..]);
            return Some((IpAddr::V4(ip), port.map(|p| p.0), len + port.map_or(0, |p| p.1)));
        }
        if let Some(found) = loose_host_at(before, t, glued) {
            return Some(found);
        }
    }
    if matches!(prev, Some(':' | '[')) {
        // Inside a longer run of colons, or brackets refused above.
        return None;
    }
    let (ip, len) = bare_v6(t)?;
    Some((IpAddr::V6(ip), None, len))
}

/// The IP literals of one string outside its URLs: (address, port, as
/// written), in order. Nothing when the string is one URL as a whole.
fn addresses_in_string(s: &str) -> Vec<(IpAddr, Option<u16>, &str)> {
    // Every address form has a digit or a colon (`[::]`): most text has
    // neither, and is passed over in one scan.
    if !may_hold_address(s) || whole_url(s).is_some() {
        return Vec::new();
    }
    let spans = url_spans(s);
    let mut spans = spans.iter().peekable();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(c) = s[at..].chars().next() {
        if let Some(span) = spans.peek()
            && at >= span.start
        {
            at = at.max(span.end);
            spans.next();
            continue;
        }
        if let Some((ip, port, len)) = address_at(s, at) {
            found.push((ip, port, &s[at..at + len]));
            at += len;
            continue;
        }
        at += c.len_utf8();
    }
    found
}

/// The address a host member of an object names: an IP literal (IPv6 bare
/// or in brackets, IPv4 in any form [`loose_ipv4`] reads that is written
/// like an address, or 0) and an optional `:port`; whitespace around is
/// ignored.
fn host_field(s: &str) -> Option<(IpAddr, Option<u16>)> {
    let t = s.trim();
    if let Ok(v6) = t.split_once('%').map_or(t, |(a, _)| a).parse::<Ipv6Addr>() {
        return Some((IpAddr::V6(v6), None));
    }
    if t.starts_with('[') {
        let (ip, len) = bracketed_v6(t)?;
        let port = match &t[len..] {
            "" => None,
            rest => Some(port_digits(rest.strip_prefix(':')?)?),
        };
        return Some((IpAddr::V6(ip), port));
    }
    let (host, port) = match t.rsplit_once(':') {
        Some((host, port)) => (host, Some(port_digits(port)?)),
        None => (t, None),
    };
    Some((IpAddr::V4(host_ipv4(host, true)?), port))
}

/// Every IP address that a JSON value names outside a URL, at any depth, in
/// document order; at most `max + 1` (more than `max` means "too many": the
/// walk stopped there).
///
/// Only IP literals count: a host name without a scheme is too ambiguous,
/// and URLs are [`urls_in_json`]'s. In each string (object values, array
/// items, object keys) outside its URLs (as [`urls_in_text`] finds them; a
/// string that is one URL as a whole has none):
/// - an IPv4 address of four decimal octets (0 to 255, no leading zeros),
///   not inside a word, a number, a version or a path segment: not preceded
///   by a letter, a digit, `_`, `.`, `-` or a lone `/`, nor followed by a
///   letter, a digit, `_` or a `.` and one of those (`v1.2.3.4`,
///   `1.2.3.4.5`, `1.2.3.4a`, `a/1.2.3.4` are not addresses; `1.2.3.4.` at
///   the end of a sentence is);
/// - an IPv6 address in brackets (`[::1]`, not after `)` or `]`, which
///   index), or without them when it has `::` or eight groups and is not
///   followed by `(` (`::1`, `fe80::1%eth0`; `std::mem`, `a::b(` are not);
/// - either of these also glued to a cluster of short options at the start
///   of a word (`-x169.254.169.254`, `-sSx[::1]`); a port right after the
///   address (`:6379`, at most 65535) is reported with it;
/// - where a host is expected, also the IPv4 forms that `inet_aton` and
///   WHATWG read (hex `0x7f000001`, decimal `2130706433`, octal
///   `0177.0.0.1`, short `127.1`): before a port (`2130706433:80`), or as the
///   value of a proxy or host option (`-x`, `-h`, `--proxy`, `--preproxy`,
///   `--socks4`, `--socks4a`, `--socks5`, `--socks5-hostname`, `--host`,
///   `--hostname`; glued, after `=` or after a space: `-x0x7f000001`,
///   `--proxy 127.1`, `-h 0`). A lone number below 2^24 is not an address
///   there (`3:2`, `12:30`, `{0x10:5}`; except 0 as an option's value), nor
///   is any form but the dotted quad anywhere else (`2130706433` alone).
///
/// An object with a string member `host`, `hostname`, `ip`, `address` or
/// `addr` (any case) that is an IP literal (any of the forms above, `0`
/// included, optionally with `:port`) is a host/port pair: reported once,
/// under the host member's pointer, with the port of its `:port` or else of
/// its `port` member (a number or a string of digits).
///
/// Public addresses are reported too: the caller decides (the Guard denies
/// the [`special`](crate::special) ones and ignores the others, so a public
/// address in a log line or a version number that looks like one does not
/// block an action). Iterative, linear in the size of the value.
pub fn addresses_in_json(value: &Value, max: usize) -> Vec<BareAddress> {
    let limit = max.saturating_add(1);
    let mut found = Vec::new();
    walk(value, true, |pointer, text, host| {
        if let Some(port) = host
            && let Some((ip, own)) = host_field(text)
        {
            found.push(BareAddress { pointer: pointer(), ip, port: own.or(port), written: text.to_owned() });
            return found.len() < limit;
        }
        for (ip, port, written) in addresses_in_string(text) {
            found.push(BareAddress { pointer: pointer(), ip, port, written: written.to_owned() });
            if found.len() >= limit {
                return false;
            }
        }
        true
    });
    found
}

/// What a JSON value names as destinations, in one walk: its URLs (as
/// [`urls_in_json`] finds them) and the IP literals outside them (as
/// [`addresses_in_json`] finds them); each list holds at most `max + 1`.
/// A caller that needs both pays for one walk instead of two.
pub fn destinations_in_json(value: &Value, max: usize) -> (Vec<(String, String)>, Vec<BareAddress>) {
    let limit = max.saturating_add(1);
    let (mut urls, mut addresses) = (Vec::new(), Vec::new());
    walk(value, true, |pointer, text, host| {
        if urls.len() < limit {
            for url in urls_in_string(text) {
                urls.push((pointer(), url.into_owned()));
                if urls.len() >= limit {
                    break;
                }
            }
        }
        if addresses.len() < limit {
            if let Some(port) = host
                && let Some((ip, own)) = host_field(text)
            {
                addresses.push(BareAddress { pointer: pointer(), ip, port: own.or(port), written: text.to_owned() });
            } else {
                for (ip, port, written) in addresses_in_string(text) {
                    addresses.push(BareAddress { pointer: pointer(), ip, port, written: written.to_owned() });
                    if addresses.len() >= limit {
                        break;
                    }
                }
            }
        }
        urls.len() < limit || addresses.len() < limit
    });
    (urls, addresses)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// One walk finds what the two functions find apart.
        #[test]
        fn destinations_are_urls_and_addresses(text in "[a-z0-9:/.\\[\\] -]{0,40}", key in "[a-z:/.0-9]{0,12}") {
            let value = serde_json::json!({"a": text, "host": text, key: [text, {"port": 80, "host": "10.0.0.1"}]});
            let (urls, addresses) = destinations_in_json(&value, 100);
            proptest::prop_assert_eq!(urls, urls_in_json(&value, 100));
            proptest::prop_assert_eq!(addresses, addresses_in_json(&value, 100));
        }
    }

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
    fn ipv4_forms() {
        let v4 = |s: &str| loose_ipv4(s).map(|(ip, parts)| (ip.to_string(), parts));
        assert_eq!(v4("127.0.0.1"), Some(("127.0.0.1".into(), 4)));
        assert_eq!(v4("127.1"), Some(("127.0.0.1".into(), 2)));
        assert_eq!(v4("0x7f.1"), Some(("127.0.0.1".into(), 2)));
        assert_eq!(v4("0177.0.0.1"), Some(("127.0.0.1".into(), 4)));
        assert_eq!(v4("2130706433"), Some(("127.0.0.1".into(), 1)));
        assert_eq!(v4("0X7F000001."), Some(("127.0.0.1".into(), 1)));
        assert_eq!(v4("169.16689662"), Some(("169.254.169.254".into(), 2)));
        for bad in ["", ".", "1.2.3.4.5", "256.1.1.1", "1.2.3.256", "4294967296", "08", "0x", "1..2", "+1", "1.2.3.-4", "a.b"] {
            assert_eq!(v4(bad), None, "{bad:?}");
        }
        assert_eq!(dotted_quad("10.0.0.1:80"), Some((Ipv4Addr::new(10, 0, 0, 1), 8)));
        for bad in ["1.2.3", "01.2.3.4", "1.2.3.256", "1.2.3.1234", "1.2..3.4", "1.2.3."] {
            assert_eq!(dotted_quad(bad), None, "{bad:?}");
        }
        assert_eq!(host_ipv4("3", true), None);
        assert_eq!(host_ipv4("0x10", false), None);
        assert_eq!(host_ipv4("0", false), None);
        assert_eq!(host_ipv4("0", true), Some(Ipv4Addr::UNSPECIFIED));
        assert_eq!(host_ipv4("16777216", false), Some(Ipv4Addr::new(1, 0, 0, 0)));
    }

    #[test]
    fn hosts_after_two_slashes() {
        for host in ["a.example", "a.example.", "localhost", "LOCALHOST", "127.1", "2130706433", "[::1]", "[fe80::1%25eth0]", "x_y.a-b.com"]
        {
            assert!(is_host(host), "{host:?}");
        }
        for host in ["", "a", "TODO", "1.2.3.4.5", "a.123", "a..b", "[::1", "[x]", "console.log(x)", "a b.c", "3"] {
            assert!(!is_host(host), "{host:?}");
        }
        assert!(authority_is_host("user:pw@10.0.0.1:8080/x") && authority_is_host("[::1]:6379"));
        assert!(!authority_is_host("a.example:http") && !authority_is_host("@") && !authority_is_host(" a.example"));
        assert_eq!(relative_len("//a.example/x y"), "//a.example/x".len());
        assert_eq!(relative_len("//169.254.169.254]"), "//169.254.169.254".len());
        assert_eq!((relative_len("// TODO"), relative_len("///x"), relative_len("//")), (0, 0, 0));
        assert_eq!(glued_url("-sSxhttp://h/ y"), Some((4, "http://h/".len(), false)));
        assert_eq!(glued_url("-http://h/"), Some((1, "http://h/".len(), false)));
        assert_eq!(glued_url("-x//h.example/"), Some((2, "//h.example/".len(), true)));
        assert_eq!((glued_url("-xfoo://h/"), glued_url("--url=http://h/"), glued_url("-xvf")), (None, None, None));
    }

    #[test]
    fn options_that_take_a_host() {
        assert_eq!(glued_option("curl -sSx"), Some('x'));
        assert_eq!(glued_option("'-h"), Some('h'));
        assert_eq!((glued_option("a-x"), glued_option("x"), glued_option("-"), glued_option("--x")), (None, None, None, None));
        for before in ["curl -x ", "curl --proxy=", "curl --proxy '", "mysql -h\t", "--socks5-hostname \""] {
            assert!(host_option_before(before), "{before:?}");
        }
        for before in ["curl -v ", "curl -x=", "curl --proxyx ", "a--proxy ", "curl -x", "-p "] {
            assert!(!host_option_before(before), "{before:?}");
        }
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
        // Refused scheme-relative candidates, option clusters, address-like runs.
        for (unit, n) in [
            ("(//a(", 60_000),
            ("'//a.example\"@", 30_000),
            ("-", 300_000),
            ("-aaaaaaaaaaaaaaaaaaaa", 20_000),
            ("-xhttp", 50_000),
            ("1.", 200_000),
            ("::", 200_000),
            ("[", 300_000),
            ("[::1", 60_000),
            ("-x", 200_000),
            (" -x 1.1", 40_000),
            ("0x7f000001:", 30_000),
            ("1:", 200_000),
            ("a", 300_000),
            ("\t", 300_000),
        ] {
            let s = unit.repeat(n);
            let started = std::time::Instant::now();
            let _ = urls_in_text(&s);
            let _ = addresses_in_string(&s);
            assert!(started.elapsed() < std::time::Duration::from_secs(20), "{unit:?}");
        }
    }
}
