//! Path traversal: decode what is intrinsic to paths (percent and overlong
//! UTF-8 encodings of dots and separators, backslashes, `..;` path
//! parameters, `....//` filter bypasses, NUL truncation, `\\?\` and UNC
//! prefixes, `file://` URLs), normalize lexically, then judge escapes above
//! the starting directory and sensitive targets.
//!
//! Every step is a single pass over the candidate (percent decoding runs at
//! most [`DECODE_ROUNDS`] times), so the work is linear in the text.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::{Confidence, Context, Family, Hit, Subject, has};

/// Rounds of percent decoding (double and triple encoding).
const DECODE_ROUNDS: usize = 3;
/// Longest candidate examined (a path longer than this is cut).
const MAX_CANDIDATE: usize = 4096;

/// Path findings in `s`.
pub(crate) fn analyze(s: &Subject<'_>, out: &mut Vec<Hit>) {
    let before = out.len();
    analyze_path(s, out);
    // `/static../settings.py`: a location mapped with `alias` and no
    // trailing slash (nginx) serves the directory above it.
    if matches!(s.context, Context::Url | Context::Path | Context::Unknown)
        && s.text.len() <= 4096
        && !s.text.contains(char::is_whitespace)
        && let Some(at) = alias_traversal(s.text)
    {
        out.push(Hit::new(Family::PathTraversal, Confidence::Medium, "path.alias-traversal", at));
    }
    // A tool that writes, given a path where a write runs code for every
    // later session (a shell's rc file, sudoers, `ld.so.preload`, a login
    // item, a git hook): a human should see it. Reading them is everyday.
    if s.context == Context::Path && writes(s.tool) && s.text.len() <= 4096 && is_persistence_target(s.text) {
        out.push(Hit::new(Family::PathTraversal, Confidence::Medium, "path.persistence-write", 0..s.text.len()));
    }
    // An object store's keys are flat names: a `..` segment in one
    // (`../../tenant-0001-exports/payroll.csv`, `tenant-4471/../tenant-0001/x`)
    // means something only to a store kept on a file system, where it
    // leaves the bucket's directory or another tenant's is reached.
    // (The field's name without `_` and `-`, reduced on the stack when it
    // is short, as nearly all are.)
    let (mut buf, mut owned) = ([0u8; 64], String::new());
    let field = super::reduce_name(s.field, |b| *b != b'_' && *b != b'-', |b| b, &mut buf, &mut owned);
    let key_field = matches!(field, "key" | "object" | "objectname" | "blob" | "blobname" | "prefix" | "copysource" | "name")
        || field.ends_with("key") && field.len() <= 12 && !field.contains("api");
    if key_field
        && s.text.len() <= 4096
        && ["storage", "s3", "gcs", "blob", "bucket", "object", "minio", "r2", "oss", "cos", "wasabi", "spaces", "b2", "swift", "ceph"]
            .iter()
            .any(|w| s.tool.split(['.', '_', '-', '/', ':']).any(|p| p == *w) || has(s.tool, w) && w.len() > 3)
        && s.text.split(['/', '\\']).any(|seg| seg == "..")
    {
        traversal_at_least_medium(out, before, s.text.len());
    }
    // An archive's member names, given to a tool that extracts it
    // (`archive.extract` with `"entries": ["../../.bashrc"]`): a `..`
    // segment writes outside the destination (zip slip).
    let member_field = matches!(field, "entries" | "entry" | "members" | "member" | "names" | "name" | "filename" | "filenames" | "files");
    if member_field
        && s.text.len() <= 4096
        && s.tool
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w.starts_with("extract") || matches!(w, "unzip" | "untar" | "unpack" | "unarchive" | "decompress" | "expand"))
        && leaves_start(s.text)
    {
        traversal_at_least_medium(out, before, s.text.len());
    }
    // A search command's pattern (`grep -E '\.\./|/etc/passwd' access.log`)
    // is what it looks for in the files it reads.
    if s.context == Context::Shell && out.len() > before && s.text.len() <= 4096 {
        let patterns = super::shell::search_patterns(s.text);
        for h in out.iter_mut().skip(before).filter(|h| patterns.iter().any(|p| p.contains(&h.at.start))) {
            h.confidence = Confidence::Low;
        }
    }
    // Where a volume appears inside a container (`mountPath`) names the
    // container's own file, not one read on the host (`hostPath` is).
    if matches!(s.field, "mountpath" | "mount_path" | "containerpath" | "container_path") {
        for h in out.iter_mut().skip(before).filter(|h| h.rule == "path.sensitive-file") {
            h.confidence = Confidence::Low;
        }
    }
}

/// A path segment that runs into `../` (`/assets../`): where it is.
fn alias_traversal(text: &str) -> Option<Range<usize>> {
    // (Only a `../` can be one: `match_indices` builds its searcher even for
    // a text without any, most, so the test first.)
    if !has(text, "../") {
        return None;
    }
    let bytes = text.as_bytes();
    // Every `../` is read (seventy `v1.../` before `/assets../` hid it when
    // 64 were): the search back for the segment's `/` stops at the one of
    // the `../` before at the latest, so the work stays linear.
    for (i, _) in text.match_indices("../") {
        // The segment before: `/` then letters, digits, `_` or `-`, then `..`.
        let Some(start) = bytes.get(..i).and_then(|b| b.iter().rposition(|b| *b == b'/')) else { continue };
        let segment = bytes.get(start + 1..i).unwrap_or(&[]);
        if !segment.is_empty() && segment.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')) {
            return Some(start..(i + 3).min(text.len()));
        }
    }
    None
}

fn analyze_path(s: &Subject<'_>, out: &mut Vec<Hit>) {
    let text = s.text;
    if text.is_empty() || !text.bytes().any(|b| matches!(b, b'.' | b'/' | b'\\' | b'%' | b':' | 0)) {
        return;
    }
    let trimmed = text.trim();
    // A field named like the parameters of file inclusion, or a file tool's
    // unnamed argument, holds a path even when it has spaces.
    let named = LFI_FIELDS.contains(&s.field) || ((s.tool.starts_with("fs.") || has(s.tool, "file")) && s.context == Context::Unknown);
    let bare = !trimmed.is_empty() && (!trimmed.contains(char::is_whitespace) || (named && !trimmed.contains('\n')));
    // What the string is for the path rules: a bare value in a prose field
    // is still a value; prose and code only ever quote paths.
    let ctx = match s.context {
        Context::Text | Context::Code | Context::Unknown | Context::Key | Context::Sql if bare => Context::Path,
        c => c,
    };
    let mut found: Vec<Hit> = Vec::new();
    // Remote file inclusion: a URL where the application includes a file.
    if INCLUDE_FIELDS.contains(&s.field) && bare {
        let lower = trimmed.get(..8.min(trimmed.len())).unwrap_or("").to_ascii_lowercase();
        if ["http://", "https://", "ftp://", "smb://", "\\\\"].iter().any(|p| lower.starts_with(p)) {
            found.push(Hit::new(Family::PathTraversal, Confidence::Medium, "path.remote-include", 0..text.len()));
        }
    }
    if bare {
        special_targets(trimmed, s, &mut found);
    }
    if matches!(s.context, Context::Path) || (bare && !matches!(s.context, Context::Url)) {
        let start = text.len() - text.trim_start().len();
        judge(trimmed, start, ctx, s.field, &mut found);
        // A query's parameters are values of their own
        // (`/download.aspx?file=%uff0e%uff0e%u2215...`): the path judged
        // above ends at the `?`.
        if let Some(q) = trimmed.find('?').filter(|_| trimmed.contains('=')) {
            let query = trimmed.get(q + 1..).unwrap_or("");
            let mut offset = start + q + 1;
            // (Every parameter: each is judged on its own, and a count
            // let harmless parameters before the climbing one hide it.)
            for pair in query.split('&') {
                if let Some((_, value)) = pair.split_once('=')
                    && !value.is_empty()
                {
                    // A climb or an encoding there; a file named in a
                    // query (`?path=/etc/shadow` of a monitoring API) is a
                    // parameter's value.
                    let mut params = Vec::new();
                    judge(value, offset + pair.len() - value.len(), Context::Path, s.field, &mut params);
                    found.extend(params.into_iter().filter(|h| h.rule != "path.sensitive-file"));
                }
                offset += pair.len() + 1;
            }
        }
    } else {
        for (range, token) in tokens(text) {
            judge(token, range.start, ctx, s.field, &mut found);
        }
    }
    // A decoded view keeps the backticks of the text it came from: a quoted
    // example stays quoted after its `%2e%2e%2f` is decoded.
    let quoted = if !bare && s.context == Context::Text && !found.is_empty() { super::template::code_spans(text) } else { Vec::new() };
    for mut h in found {
        // Prose and code (not a bare value): a path quoted in a code span or
        // a plain one is at most low; a certain traversal in running prose
        // (an instruction to open it) is medium, in code at most medium.
        if !bare {
            let in_code = quoted.iter().any(|r| r.start <= h.at.start && h.at.start < r.end)
                || (s.context == Context::Text && super::template::log_record(text, h.at.start));
            h.confidence = match s.context {
                Context::Text if h.confidence == Confidence::High && !in_code => Confidence::Medium,
                Context::Text => Confidence::Low,
                Context::Code => h.confidence.min(Confidence::Medium),
                _ => h.confidence,
            };
        }
        // A decoded view's hits are raised one level by the caller: a low
        // one there (a relative link behind `&amp;` entities) stays unsaid.
        if !(s.decoded && h.confidence == Confidence::Low) {
            out.push(h);
        }
    }
}

/// Targets that are not a climb: a UNC path to a public address (forced
/// NTLM authentication), a container runtime's socket reached as a URL, a
/// symbolic link made to point at the root or a system directory.
fn special_targets(v: &str, s: &Subject<'_>, out: &mut Vec<Hit>) {
    let hit = |c: Confidence, rule: &'static str| Hit::new(Family::PathTraversal, c, rule, 0..s.text.len());
    // \\203.0.113.5\share: Windows sends the user's NTLM hash to that host.
    if matches!(s.context, Context::Path | Context::Unknown | Context::Url)
        && let Some(rest) =
            v.strip_prefix("\\\\").or_else(|| v.strip_prefix("//")).filter(|_| v.starts_with("\\\\") || s.context != Context::Url)
    {
        let host = rest.split(['\\', '/', '@']).next().unwrap_or("");
        if let Ok(ip) = host.parse::<std::net::Ipv4Addr>()
            && !(ip.is_private() || ip.is_loopback() || ip.is_link_local())
        {
            out.push(hit(Confidence::Medium, "path.unc-remote"));
        }
    }
    // (Both tests of `lower` look for a `:`, which lower-casing keeps: a
    // value without one, most, is not lower-cased.)
    let lower = if v.contains(':') { v.to_ascii_lowercase() } else { String::new() };
    // index.php::$DATA: the alternate data stream serves a script's source.
    if matches!(s.context, Context::Path | Context::Url | Context::Unknown) && has(&lower, "::$data") {
        out.push(hit(Confidence::Medium, "path.alternate-stream"));
    }
    // `@/etc/passwd` as an argument: CLI parsers (args4j in Jenkins,
    // CVE-2024-23897; curl -d @file) expand it to the file's contents.
    if let Some(file) = v.strip_prefix('@').filter(|f| f.starts_with(['/', '\\', '~'])) {
        let n = normalize(file);
        let low = n.path.to_ascii_lowercase();
        let r = resolve(&low);
        if rooted_tier(&r.rest).max(anywhere_tier(&r.rest)).is_some_and(|t| t >= Tier::Recon) {
            out.push(hit(Confidence::Medium, "path.file-expansion"));
        }
    }
    // http://unix:/var/run/docker.sock:/containers/json: the Docker API is
    // root on the host.
    if let Some(p) = super::find(&lower, "unix:") {
        let sock = lower.get(p + 5..).unwrap_or("");
        if sock.starts_with('/') && (has(sock, "docker.sock") || has(sock, "containerd.sock") || has(sock, "/kubelet")) {
            out.push(hit(Confidence::High, "path.sensitive-file"));
        }
    }
    // fs.symlink {target: "/"}: a link that serves the whole file system.
    if (has(s.tool, "symlink") || s.tool.ends_with(".link") || s.tool.ends_with(".ln"))
        && matches!(s.field, "target" | "src" | "source" | "to")
    {
        let n = normalize(v);
        let low = n.path.to_ascii_lowercase();
        let r = resolve(&low);
        if n.absolute {
            let sensitive = rooted_tier(&r.rest).max(anywhere_tier(&r.rest)).is_some_and(|t| t >= Tier::Recon);
            let system_root = r.rest.len() <= 1 && r.rest.first().is_none_or(|f| SYSTEM_DIRS.contains(f));
            if sensitive || system_root {
                out.push(hit(if r.rest.is_empty() { Confidence::High } else { Confidence::Medium }, "path.symlink-escape"));
            }
        }
    }
}

/// Field names of the parameters file-inclusion attacks target.
const LFI_FIELDS: &[&str] = &[
    "page",
    "include",
    "inc",
    "view",
    "lang",
    "language",
    "locale",
    "doc",
    "load",
    "read",
    "download",
    "attachment",
    "image",
    "img",
    "filename",
    "file_name",
    "template_name",
    "layout",
    "theme",
    "module",
    "style",
    "pdf",
    "log",
    "logfile",
];

/// Fields an application includes as code or a template (PHP `include`,
/// `?page=`, `?lang=`): a URL there is remote file inclusion.
const INCLUDE_FIELDS: &[&str] =
    &["page", "include", "inc", "template_name", "layout", "module", "lang", "language", "view", "theme", "require"];

/// The token of `text` at `r` when it may be a finding: only a climb, an
/// encoding, a NUL, a scheme or an absolute or home path can be
/// (`src/main.rs` cannot), and not an alternative of a regular expression.
/// (One pass over the bytes: `..`, a `%`, NUL or `:`, a non-ASCII byte; and
/// the first byte. Tested before the regex group, both pure: most tokens
/// are words.)
fn candidate(text: &str, r: Range<usize>) -> Option<(Range<usize>, &str)> {
    let t = text.get(r.clone())?;
    let b = t.as_bytes();
    let interesting = b.first().is_some_and(|c| matches!(c, b'/' | b'\\' | b'~' | b'$'))
        || b.iter().enumerate().any(|(i, &c)| matches!(c, b'%' | 0 | b':') || !c.is_ascii() || c == b'.' && b.get(i + 1) == Some(&b'.'));
    if !interesting || regex_alternative(text, &r) {
        return None;
    }
    Some((r, t))
}

/// Candidate tokens of free text: runs between whitespace, quotes, brackets
/// and the separators of query strings and assignments.
fn tokens(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    // (A token is kept only if it holds one of the bytes tested below (its
    // first byte `/`, `\`, `~` or `$`; a `%`, NUL, `:` or non-ASCII byte;
    // or `..`), each a byte of the text that is no separator: only the
    // tokens around such bytes are split out, the text between them is
    // passed over a byte at a time. Most prose has few or none.)
    let b = text.as_bytes();
    let sep = |c: char| {
        c.is_whitespace()
            || matches!(c, '"' | '\'' | '`' | '<' | '>' | '(' | ')' | '[' | ']' | '{' | '}' | '|' | '=' | '&' | '?' | ',' | '*')
    };
    let mut spans = Vec::new();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let trigger =
            matches!(c, b'/' | b'\\' | b'~' | b'$' | b'%' | 0 | b':') || !c.is_ascii() || c == b'.' && b.get(i + 1) == Some(&b'.');
        if !trigger {
            i += 1;
            continue;
        }
        // (`i` is a character's first byte: the bytes before it were ASCII
        // or ended a token.)
        let Some(ch) = text.get(i..).and_then(|r| r.chars().next()) else { break };
        if sep(ch) {
            i += ch.len_utf8();
            continue;
        }
        let start = text.get(..i).unwrap_or("").char_indices().rev().take_while(|(_, c)| !sep(*c)).last().map_or(i, |(j, _)| j);
        let end = text.get(i..).unwrap_or("").char_indices().find(|(_, c)| sep(*c)).map_or(text.len(), |(j, _)| i + j);
        spans.push(start..end);
        i = end;
    }
    spans.into_iter().filter_map(move |r| candidate(text, r))
}

/// Whether the token at `r` is an alternative of a regular expression's
/// group (`(\.\./|%2e%2e%2f|%252e)` in a rewrite condition or a filter):
/// inside one `(...)` without blanks that holds a `|` and a backslash
/// escape, glued to `(` or `|` before and `|` or `)` after. Such a group
/// lists what the pattern matches; a shell's pipe (`a|../x|sh`) has no
/// group around it.
fn regex_alternative(text: &str, r: &Range<usize>) -> bool {
    let b = text.as_bytes();
    let (before, after) = (r.start.checked_sub(1).and_then(|p| b.get(p)), b.get(r.end));
    if !matches!((before, after), (Some(b'(' | b'|'), Some(b'|' | b')'))) {
        return false;
    }
    let head = b.get(r.start.saturating_sub(256)..r.start).unwrap_or(&[]);
    let tail = b.get(r.end..(r.end + 256).min(b.len())).unwrap_or(&[]);
    let (Some(open), Some(close)) =
        (head.iter().rposition(|c| matches!(c, b'(' | b')')), tail.iter().position(|c| matches!(c, b'(' | b')')))
    else {
        return false;
    };
    let group = [head.get(open..).unwrap_or(&[]), b.get(r.clone()).unwrap_or(&[]), tail.get(..=close).unwrap_or(&[])].concat();
    group.first() == Some(&b'(')
        && group.last() == Some(&b')')
        && group.contains(&b'|')
        && group.contains(&b'\\')
        && !group.iter().any(u8::is_ascii_whitespace)
}

/// What lexical normalization found in one candidate path.
#[derive(Debug, Default)]
struct Norm {
    /// Decoded, `\` turned to `/`, prefixes removed, cut at NUL (case kept).
    path: String,
    /// Absolute (`/x`, `C:/x`, UNC, `file://`).
    absolute: bool,
    /// A percent or overlong encoding produced a dot or a separator.
    encoded: bool,
    /// A NUL byte (or `%00`) cut the path.
    nul: bool,
    /// Text after the NUL (the suffix a filter checks).
    after_nul: String,
    /// A wrapper scheme (`php://`, `phar://`, `zip://`, `jar:`, `expect://`).
    wrapper: Option<&'static str>,
    /// A `file://` URL.
    file_url: bool,
    /// Written from the user's home by a variable (`$HOME/`, `${HOME}/`,
    /// `%USERPROFILE%\`, `%APPDATA%\`, `$env:USERPROFILE\`): read as `~/`.
    home: bool,
}

/// Variables that name the Windows directory (`%SystemRoot%`,
/// `$env:windir`), lower-cased with `/` after them.
const WINDOWS_VARS: &[&str] = &["%systemroot%/", "%windir%/", "$env:systemroot/", "$env:windir/", "${env:systemroot}/", "${env:windir}/"];

/// Variables that name the user's home (or a directory in it), lower-cased
/// with `/` after them, and the directory under `~` each stands for.
const HOME_VARS: &[(&str, &str)] = &[
    ("$home/", ""),
    ("${home}/", ""),
    ("%userprofile%/", ""),
    ("%homedrive%%homepath%/", ""),
    ("%homepath%/", ""),
    ("$env:userprofile/", ""),
    ("${env:userprofile}/", ""),
    ("$env:home/", ""),
    ("\"$home\"/", ""),
    ("\"${home}\"/", ""),
    ("$userprofile/", ""),
    ("${userprofile}/", ""),
    ("$env:homedrive$env:homepath/", ""),
    ("$xdg_config_home/", ".config/"),
    ("${xdg_config_home}/", ".config/"),
    ("%appdata%/", "AppData/Roaming/"),
    ("$env:appdata/", "AppData/Roaming/"),
    ("%localappdata%/", "AppData/Local/"),
    ("$env:localappdata/", "AppData/Local/"),
];

/// Percent decoding of one round, with the overlong UTF-8 and `%u`
/// encodings of dots and separators (IIS, old Java and Tomcat).
fn percent_round(s: &str) -> Option<String> {
    if !s.contains('%') {
        return None;
    }
    let b = s.as_bytes();
    let hex = |i: usize| -> Option<u8> {
        let h = |c: u8| (c as char).to_digit(16);
        let hi = h(*b.get(i)?)?;
        let lo = h(*b.get(i + 1)?)?;
        u8::try_from(hi * 16 + lo).ok()
    };
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    let mut changed = false;
    while i < b.len() {
        if b[i] == b'%' {
            // %uXXXX (IIS).
            if matches!(b.get(i + 1), Some(b'u' | b'U'))
                && let (Some(h1), Some(h2)) = (hex(i + 2), hex(i + 4))
            {
                let cp = u32::from(h1) << 8 | u32::from(h2);
                let mapped = match cp {
                    0x2e | 0xff0e | 0x2024 => Some(b'.'),
                    0x2f | 0x2215 | 0xff0f => Some(b'/'),
                    0x5c | 0x2216 | 0xff3c => Some(b'\\'),
                    0 => Some(0),
                    c if c < 0x80 => u8::try_from(c).ok(),
                    _ => None,
                };
                if let Some(m) = mapped {
                    out.push(m);
                    i += 6;
                    changed = true;
                    continue;
                }
            }
            if let Some(v) = hex(i + 1) {
                // Overlong two- and three-byte forms of '.', '/', '\'.
                if (v == 0xc0 || v == 0xc1)
                    && b.get(i + 3) == Some(&b'%')
                    && let Some(w) = hex(i + 4)
                {
                    let m = match (v, w) {
                        (0xc0, 0xae) => Some(b'.'),
                        (0xc0, 0xaf) | (0xc0, 0x2f) => Some(b'/'),
                        (0xc1, 0x9c) | (0xc1, 0x1c) | (0xc0, 0x5c) => Some(b'\\'),
                        (0xc0, 0x2e) | (0xc1, 0x8e) => Some(b'.'),
                        _ => None,
                    };
                    if let Some(m) = m {
                        out.push(m);
                        i += 6;
                        changed = true;
                        continue;
                    }
                }
                if v == 0xe0
                    && b.get(i + 3) == Some(&b'%')
                    && b.get(i + 6) == Some(&b'%')
                    && let (Some(0x80), Some(w)) = (hex(i + 4), hex(i + 7))
                {
                    let m = match w {
                        0xae => Some(b'.'),
                        0xaf => Some(b'/'),
                        _ => None,
                    };
                    if let Some(m) = m {
                        out.push(m);
                        i += 9;
                        changed = true;
                        continue;
                    }
                }
                out.push(v);
                i += 3;
                changed = true;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    changed.then(|| String::from_utf8_lossy(&out).into_owned())
}

/// How many `..` segments a path has (separators `/` and `\`, path
/// parameters and trailing dots or spaces ignored).
fn dotdot_segments(s: &str) -> usize {
    s.split(['/', '\\']).filter(|seg| is_parent(seg).is_some()).count()
}

/// Whether a segment climbs: `..`, `..;param`, `.. ` (Windows strips
/// trailing spaces), `....` (four or more dots: a `../`-stripping filter
/// leaves `..`). `Some(true)` for the evasive forms.
fn is_parent(seg: &str) -> Option<bool> {
    let core = seg.split(';').next().unwrap_or(seg).trim_end_matches([' ', '\t']);
    let evasive = core.len() != seg.len();
    if core == ".." {
        Some(evasive)
    } else if core.len() >= 4 && core.bytes().all(|b| b == b'.') {
        Some(true)
    } else {
        None
    }
}

/// Wrapper schemes (PHP stream wrappers, Java `jar:`/`netdoc:`), as written
/// and as named in findings.
const WRAPPERS: &[(&str, &str)] = &[
    ("php://filter/", "php://filter"),
    ("php://input", "php://input"),
    ("php://fd", "php://fd"),
    ("phar://", "phar://"),
    ("zip://", "zip://"),
    ("compress.zlib://", "compress.zlib://"),
    ("expect://", "expect://"),
    ("data://", "data://"),
    ("glob://", "glob://"),
    ("jar:", "jar:"),
    ("netdoc:", "netdoc:"),
];

/// Decodes and normalizes one candidate.
fn normalize(raw: &str) -> Norm {
    let mut n = Norm::default();
    let cut = if raw.len() > MAX_CANDIDATE { raw.get(..floor(raw, MAX_CANDIDATE)).unwrap_or("") } else { raw };
    let mut s = cut.to_owned();
    if s.contains('%') {
        let raw_dots = dotdot_segments(&s) + s.matches("..").count();
        for _ in 0..DECODE_ROUNDS {
            match percent_round(&s) {
                Some(d) => s = d,
                None => break,
            }
        }
        if dotdot_segments(&s) + s.matches("..").count() > raw_dots || (s.len() != cut.len() && has(&s, "..") && raw_dots == 0) {
            n.encoded = true;
        }
    }
    // Literal escapes of NUL the normalizer may not have removed.
    if s.contains('\\') {
        for esc in ["\\x00", "\\u0000"] {
            if let Some(p) = super::find(&s, esc) {
                s.replace_range(p..p + esc.len(), "\0");
            }
        }
    }
    if let Some(p) = s.bytes().position(|b| b == 0) {
        n.nul = true;
        n.after_nul = s.get(p + 1..).unwrap_or("").to_ascii_lowercase();
        s.truncate(p);
    }
    // Separators and dots in other code points (full-width forms, the
    // division and fraction slashes) read as ASCII by some file APIs.
    if !s.is_ascii() {
        s = s
            .chars()
            .map(|c| match c {
                '\u{2215}' | '\u{2044}' | '\u{29F8}' | '\u{FF0F}' => '/',
                '\u{2216}' | '\u{29F5}' | '\u{FF3C}' => '\\',
                '\u{FF0E}' | '\u{2024}' => '.',
                c => c,
            })
            .collect();
    }
    // Case is kept (a Linux path is case-sensitive); prefixes and schemes
    // are compared without case.
    let mut path = if s.contains('\\') { s.replace('\\', "/") } else { s };
    if path.starts_with(['$', '%', '"'])
        && let Some((rest, under)) = HOME_VARS.iter().find_map(|(var, under)| strip_ci(&path, var).map(|r| (r, *under)))
    {
        n.home = true;
        path = format!("~/{under}{rest}");
    } else if path.starts_with(['$', '%'])
        && let Some(rest) = WINDOWS_VARS.iter().find_map(|var| strip_ci(&path, var))
    {
        // `%SystemRoot%\System32\config\SAM`: the Windows directory.
        path = format!("/Windows/{rest}");
    }
    if path.contains(':') {
        let lower = path.to_ascii_lowercase();
        // Wrappers: the path is what they wrap.
        // (Every wrapper holds `://` or is `jar:` or `netdoc:`.)
        // (And a wrapper found at `p` puts its scheme's head, the text
        // before its first `:`, right before a `:` of `lower`: a URL's
        // `https:` ends with none of them, so the eleven searches, most of
        // a URL's cost here, are skipped. The heads are read from
        // [`WRAPPERS`] itself, so the test cannot fall out of step.)
        let wrapped = (has(&lower, "://") || has(&lower, "jar:") || has(&lower, "netdoc:")) && may_wrap(&lower);
        if let Some((p, scheme, name)) =
            WRAPPERS.iter().filter(|_| wrapped).find_map(|(scheme, name)| super::find(&lower, scheme).map(|p| (p, *scheme, *name)))
        {
            n.wrapper = Some(name);
            let start = p + scheme.len();
            let from = lower.get(start..).and_then(|r| r.find("resource=")).map_or(start, |r| start + r + 9);
            path = path.get(from..).unwrap_or("").to_owned();
        }
    }
    if let Some(rest) = strip_ci(&path, "file:") {
        n.file_url = true;
        let rest = rest.trim_start_matches('/');
        let rest = strip_ci(rest, "localhost/").unwrap_or(rest);
        path = format!("/{rest}");
    }
    if let Some(rest) = strip_ci(&path, "//?/unc/").or_else(|| strip_ci(&path, "//./unc/")) {
        // \\?\UNC\server\share\path: drop server and share.
        let rest: String = rest.splitn(3, '/').nth(2).unwrap_or("").to_owned();
        path = format!("/{rest}");
    } else if let Some(rest) = path.strip_prefix("//?/").or_else(|| path.strip_prefix("//./")) {
        // \\?\GLOBALROOT\Device\HarddiskVolumeShadowCopy1\Windows\...: a
        // volume (or its shadow copy, which holds the hives the running
        // system locks) by its device name; the path is from its root.
        path = match strip_ci(rest, "globalroot/device/") {
            Some(device) => format!("/{}", device.split_once('/').map_or("", |(_, p)| p)),
            None => format!("/{rest}"),
        };
    } else if path.starts_with("//") && !path.starts_with("///") {
        // UNC \\server\share\path.
        let rest: String = path.get(2..).unwrap_or("").splitn(3, '/').nth(2).unwrap_or("").to_owned();
        path = format!("/{rest}");
    } else if let Some((_, after)) = super::split_once(&path, "://") {
        // A URL: its path is absolute.
        path = match after.find('/') {
            Some(p) => after.get(p..).unwrap_or("/").to_owned(),
            None => "/".to_owned(),
        };
    }
    // Drive letter: C:/x is absolute; its root is the drive.
    let b = path.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':' && (b.len() == 2 || b[2] == b'/') {
        path = path.get(2..).unwrap_or("").to_owned();
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
    }
    // macOS keeps `/etc`, `/var` and `/tmp` under `/private`.
    if let Some(rest) = strip_ci(&path, "/private")
        && ["/etc/", "/var/", "/tmp/"].iter().any(|d| strip_ci(rest, d).is_some())
    {
        path = rest.to_owned();
    }
    n.absolute = path.starts_with('/');
    n.path = path;
    n
}

/// Whether some `:` of `lower` follows the head (the text before the first
/// `:`) of a scheme of [`WRAPPERS`]: a necessary condition for any of them
/// to occur in `lower`.
fn may_wrap(lower: &str) -> bool {
    let b = lower.as_bytes();
    b.iter().enumerate().filter(|(_, c)| **c == b':').any(|(i, _)| {
        let before = b.get(..i).unwrap_or(&[]);
        WRAPPERS.iter().any(|(scheme, _)| before.ends_with(scheme.split(':').next().unwrap_or(scheme).as_bytes()))
    })
}

/// `s` without the prefix `p` (compared without ASCII case).
fn strip_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    s.get(..p.len()).filter(|head| head.eq_ignore_ascii_case(p)).and_then(|_| s.get(p.len()..))
}

/// The largest char boundary at or below `i`.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The lexical resolution of a normalized path.
#[derive(Debug, Default)]
struct Resolved<'a> {
    /// Levels climbed above the start (relative) or above `/` (absolute).
    climb: usize,
    /// Any `..` segment at all.
    parents: usize,
    /// An evasive parent segment (`....`, `..;`, `.. `).
    evasive: bool,
    /// The remaining segments: for a relative path, those after the last
    /// climb above the start; for an absolute one, the resolved path.
    rest: Vec<&'a str>,
}

/// Resolves `.` and `..` lexically.
fn resolve(path: &str) -> Resolved<'_> {
    let mut r = Resolved::default();
    let mut stack: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        if seg.is_empty() || seg == "." {
            continue;
        }
        if let Some(ev) = is_parent(seg) {
            r.parents += 1;
            r.evasive |= ev;
            if stack.pop().is_none() {
                r.climb += 1;
            }
            continue;
        }
        stack.push(seg);
    }
    r.rest = stack;
    r
}

/// Whether a path goes down, climbs back and goes down elsewhere
/// (`a/b/../c/x`, `/srv/t/acme/../globex/.env`): a climb no one writes to
/// reach their own file.
fn sideways(path: &str) -> bool {
    let segs: Vec<&str> = path.split('/').filter(|g| !g.is_empty() && *g != ".").collect();
    let Some(first_up) = segs.iter().position(|g| is_parent(g).is_some()) else { return false };
    let last_up = segs.iter().rposition(|g| is_parent(g).is_some()).unwrap_or(first_up);
    first_up > 0 && last_up + 1 < segs.len()
}

/// A `../`-stripping filter applied once: does a climb survive it?
fn survives_strip(path: &str) -> bool {
    // Both bypasses (`....//`, `..././`) have three dots in a row.
    if !has(path, "...") || !has(path, "../") {
        return false;
    }
    let once = path.replace("../", "");
    // A `..` followed by a separator: one the removal joined together.
    once.rsplit_once('/').is_some_and(|(head, _)| head.split('/').any(|seg| seg == ".."))
}

/// How sensitive a target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    /// A project file that is sensitive when reached from outside
    /// (`.env`, `.git/config`, `web.config`).
    Project,
    /// Recon targets of every LFI (`/etc/passwd`, `win.ini`).
    Recon,
    /// A user's credential files (private keys, cloud and cluster
    /// credentials): everyday objects of shell commands, secrets to a read.
    Credential,
    /// System secret material (`/etc/shadow`, SAM, process environment,
    /// service account tokens).
    Secret,
}

/// Whether a tool's name says it writes files (`fs.write`, `fs.append_file`,
/// `files.save`, `storage.put`, `editor.create`).
fn writes(tool: &str) -> bool {
    tool.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        w.starts_with("write")
            || w.starts_with("append")
            || matches!(w, "save" | "put" | "create" | "edit" | "upload" | "copy" | "move" | "cp" | "mv")
    })
}

/// The path findings from `before` on, with a `..` the tool's use makes
/// an escape: at least one of them medium (`path.traversal` raised to it,
/// or added over the whole text of `len` bytes).
fn traversal_at_least_medium(out: &mut Vec<Hit>, before: usize, len: usize) {
    if out.iter().skip(before).any(|h| h.family == Family::PathTraversal && h.confidence >= Confidence::Medium) {
        return;
    }
    match out.iter_mut().skip(before).find(|h| h.rule == "path.traversal") {
        Some(h) => h.confidence = Confidence::Medium,
        None => out.push(Hit::new(Family::PathTraversal, Confidence::Medium, "path.traversal", 0..len)),
    }
}

/// Whether the relative path `path` climbs above where it starts at some
/// point (`../x`, `a/../../x`); `docs/../README.md` stays inside.
fn leaves_start(path: &str) -> bool {
    let mut depth = 0i64;
    for seg in path.split(['/', '\\']).filter(|g| !g.is_empty() && *g != ".") {
        depth += if seg == ".." { -1 } else { 1 };
        if depth < 0 {
            return true;
        }
    }
    false
}

/// Whether a file written at `path` (lower-cased, `\` read as `/`) runs
/// code for every later session.
pub(crate) fn is_persistence_target(path: &str) -> bool {
    // (Cron files, systemd units and `authorized_keys` are everyday
    // provisioning for an operations agent; these are not.)
    const TARGETS: &[&str] = &[
        ".bashrc",
        ".bash_profile",
        ".bash_login",
        ".profile",
        ".zshrc",
        ".zprofile",
        "/etc/profile.d/",
        "/etc/sudoers",
        "/etc/sudoers.d/",
        "/etc/ld.so.preload",
        "library/launchagents/",
        ".git/hooks/",
        "start menu/programs/startup/",
    ];
    let p = path.trim().replace('\\', "/").to_ascii_lowercase();
    TARGETS.iter().any(|t| {
        let Some(i) = p.find(t) else { return false };
        // A whole segment: `.profile` is not `user.profile.json`'s.
        let before = p.get(..i).and_then(|b| b.chars().next_back());
        let starts = t.starts_with('/') || before.is_none_or(|c| c == '/' || c == '~');
        let ends = t.ends_with('/') || p.get(i + t.len()..).is_none_or(|r| r.is_empty() || r.starts_with('/'));
        // A shell's rc file in a repository's directory (`dotfiles/.zshrc`,
        // `skel/.bashrc`) is a file under version control; the live one is
        // at home, absolute, or reached by climbing.
        let repository = p.get(..i).is_some_and(|d| {
            let d = d.trim_start_matches("./");
            !d.starts_with(['/', '~', '$', '%', '.']) && !has(d, "..") && !has(d, "//") && {
                let segments: Vec<&str> = d.split('/').filter(|x| !x.is_empty()).collect();
                segments.iter().any(|x| matches!(*x, "dotfiles" | ".dotfiles" | "skel"))
                    && !segments.iter().any(|x| matches!(*x, "home" | "users" | "root"))
            }
        });
        starts && ends && !(t.starts_with('.') && !t.contains('/') && repository)
    })
}

/// Root-anchored targets (the resolved path starts with them).
const ROOTED: &[(&str, Tier)] = &[
    ("etc/shadow", Tier::Secret),
    ("etc/gshadow", Tier::Secret),
    ("etc/sudoers", Tier::Secret),
    ("etc/master.passwd", Tier::Secret),
    // Kubernetes distributions' admin kubeconfigs and join tokens (kubeadm's
    // are matched anywhere, under a node-debug mount too; their CA keys by
    // [`cluster_key`]).
    ("etc/rancher/k3s/k3s.yaml", Tier::Credential),
    ("etc/rancher/rke2/rke2.yaml", Tier::Credential),
    ("var/lib/rancher/k3s/server/token", Tier::Secret),
    ("var/lib/rancher/rke2/server/token", Tier::Secret),
    ("var/lib/kubelet/kubeconfig", Tier::Credential),
    ("etc/kubernetes/azure.json", Tier::Secret),
    // macOS: the system keychain (adding a CA to it is everyday shell).
    ("library/keychains/", Tier::Credential),
    ("etc/security/opasswd", Tier::Secret),
    ("etc/ssl/private", Tier::Secret),
    ("etc/ssh/ssh_host_", Tier::Secret),
    ("root/.ssh/", Tier::Credential),
    ("root/.aws/", Tier::Credential),
    ("proc/self/environ", Tier::Secret),
    // Azure's provisioning file (the admin password) and cloud-init's
    // user data (what the image was given, secrets included).
    ("var/lib/waagent/ovf-env.xml", Tier::Secret),
    ("var/lib/cloud/instance/user-data.txt", Tier::Credential),
    ("var/lib/cloud/instance/user-data.txt.i", Tier::Credential),
    ("var/lib/waagent/customdata", Tier::Secret),
    ("run/cloud-init/instance-data-sensitive.json", Tier::Secret),
    ("proc/self/mem", Tier::Secret),
    ("proc/1/environ", Tier::Secret),
    ("proc/self/fd/", Tier::Recon),
    ("proc/self/cwd/", Tier::Recon),
    ("proc/self/root/", Tier::Recon),
    ("proc/self/cmdline", Tier::Recon),
    ("proc/self/status", Tier::Recon),
    ("proc/self/maps", Tier::Recon),
    ("proc/version", Tier::Recon),
    ("proc/self/exe", Tier::Recon),
    ("var/run/secrets/", Tier::Secret),
    ("run/secrets/", Tier::Secret),
    ("windows/system32/config/", Tier::Secret),
    // The Active Directory database and its registry hives.
    ("windows/ntds/", Tier::Secret),
    ("windows/repair/", Tier::Secret),
    ("winnt/repair/", Tier::Secret),
    ("windows/panther/unattend.xml", Tier::Secret),
    ("windows/panther/unattend/unattend.xml", Tier::Secret),
    ("windows/system32/sysprep/unattend.xml", Tier::Secret),
    ("windows/system32/sysprep/sysprep.xml", Tier::Secret),
    ("etc/passwd", Tier::Recon),
    ("etc/group", Tier::Recon),
    ("etc/issue", Tier::Recon),
    ("etc/crontab", Tier::Recon),
    ("windows/win.ini", Tier::Recon),
    ("winnt/win.ini", Tier::Recon),
    ("windows/system.ini", Tier::Recon),
    ("windows/system32/drivers/etc/hosts", Tier::Recon),
    ("boot.ini", Tier::Recon),
    ("inetpub/wwwroot/web.config", Tier::Recon),
];

/// Targets matched anywhere (a run of whole segments).
const ANYWHERE: &[(&str, Tier)] = &[
    (".ssh/id_rsa", Tier::Credential),
    // IIS: application pool identities and their (reversibly encrypted) passwords.
    ("applicationhost.config", Tier::Secret),
    (".ssh/id_dsa", Tier::Credential),
    (".ssh/id_ecdsa", Tier::Credential),
    (".ssh/id_ed25519", Tier::Credential),
    ("id_rsa", Tier::Credential),
    ("id_dsa", Tier::Credential),
    ("id_ecdsa", Tier::Credential),
    ("id_ed25519", Tier::Credential),
    // Public keys: writing one is everyday provisioning; a climb to it is not.
    (".ssh/authorized_keys", Tier::Project),
    (".aws/credentials", Tier::Credential),
    (".azure/accesstokens.json", Tier::Credential),
    // The Azure CLI's token cache since 2.30 (MSAL), and its service
    // principal secrets.
    (".azure/msal_token_cache.json", Tier::Credential),
    (".azure/msal_token_cache.bin", Tier::Credential),
    (".azure/service_principal_entries.json", Tier::Credential),
    (".config/gcloud/access_tokens.db", Tier::Credential),
    (".azure/azurermcontext.json", Tier::Credential),
    (".identityservice/msal.cache", Tier::Credential),
    (".config/gcloud/credentials.db", Tier::Credential),
    (".config/gcloud/application_default_credentials.json", Tier::Credential),
    (".docker/config.json", Tier::Credential),
    (".kube/config", Tier::Credential),
    (".git-credentials", Tier::Credential),
    (".netrc", Tier::Credential),
    (".npmrc", Tier::Credential),
    (".pypirc", Tier::Credential),
    (".gem/credentials", Tier::Credential),
    (".cargo/credentials", Tier::Credential),
    (".cargo/credentials.toml", Tier::Credential),
    (".config/gh/hosts.yml", Tier::Credential),
    (".vault-token", Tier::Credential),
    (".terraform.d/credentials.tfrc.json", Tier::Credential),
    (".pgpass", Tier::Credential),
    (".bash_history", Tier::Credential),
    // PowerShell's history: commands typed with their passwords.
    ("psreadline/consolehost_history.txt", Tier::Credential),
    ("ntds.dit", Tier::Secret),
    (".zsh_history", Tier::Credential),
    (".mysql_history", Tier::Credential),
    (".htpasswd", Tier::Credential),
    ("serviceaccount/token", Tier::Secret),
    ("config/sam", Tier::Secret),
    ("win.ini", Tier::Recon),
    ("boot.ini", Tier::Recon),
    ("etc/passwd", Tier::Recon),
    ("etc/shadow", Tier::Secret),
    (".env", Tier::Project),
    (".env.local", Tier::Project),
    (".env.production", Tier::Project),
    (".git/config", Tier::Project),
    (".git/head", Tier::Project),
    ("web.config", Tier::Project),
    (".htaccess", Tier::Project),
    ("wp-config.php", Tier::Project),
    ("config.php", Tier::Project),
    ("database.yml", Tier::Project),
    ("settings.py", Tier::Project),
    ("application.properties", Tier::Project),
    ("credentials.json", Tier::Project),
    ("secrets.yml", Tier::Project),
    ("secrets.yaml", Tier::Project),
    ("secrets.json", Tier::Project),
    ("master.key", Tier::Project),
    ("web-inf/web.xml", Tier::Recon),
    ("ntuser.dat", Tier::Credential),
    // A kubeadm control plane's cluster-admin kubeconfigs (`cp admin.conf
    // $HOME/.kube/config` is its documented setup: everyday in a shell).
    ("kubernetes/admin.conf", Tier::Credential),
    ("kubernetes/super-admin.conf", Tier::Credential),
    ("kubernetes/controller-manager.conf", Tier::Credential),
    ("kubernetes/scheduler.conf", Tier::Credential),
    ("kubernetes/kubelet.conf", Tier::Credential),
    ("kubernetes/bootstrap-kubelet.conf", Tier::Credential),
    // macOS keychains (a user's passwords) and browsers' saved logins
    // (Chromium's `Login Data` in any profile, Firefox's key databases).
    ("keychains/login.keychain-db", Tier::Credential),
    ("keychains/login.keychain", Tier::Credential),
    ("login data", Tier::Credential),
    ("login data for account", Tier::Credential),
    ("key4.db", Tier::Credential),
    ("key3.db", Tier::Credential),
    // cloud-init's user data behind `instance` (`instances/<id>/user-data.txt`).
    ("user-data.txt", Tier::Credential),
    ("access.log", Tier::Project),
    ("error.log", Tier::Project),
];

/// Top-level directories of an OS (a climb that lands in one left the
/// workspace).
const SYSTEM_DIRS: &[&str] = &[
    "etc",
    "windows",
    "winnt",
    "proc",
    "root",
    "var",
    "usr",
    "boot",
    "home",
    "sys",
    "dev",
    "bin",
    "sbin",
    "lib",
    "opt",
    "tmp",
    "inetpub",
    "users",
    "program files",
    "programdata",
    "system32",
    "srv",
    "mnt",
    "run",
];

/// Whether `segs` starts with the segments of `pat` (the last one may be a
/// prefix if `pat` ends with `_`, or any child if it ends with `/`).
fn starts_with_segs(segs: &[&str], pat: &str) -> bool {
    let body = pat.trim_end_matches('/');
    let count = body.split('/').count();
    if segs.len() < count {
        return false;
    }
    body.split('/').zip(segs).enumerate().all(|(i, (p, s))| if i + 1 == count && p.ends_with('_') { s.starts_with(p) } else { *s == p })
}

/// The targets of [`ROOTED`] by first segment, of [`ANYWHERE`] by last.
type Index = HashMap<&'static str, Vec<(&'static str, Tier)>>;

static ROOTED_BY_FIRST: LazyLock<Index> = LazyLock::new(|| {
    let mut m: Index = HashMap::new();
    for (p, t) in ROOTED {
        m.entry(p.split('/').next().unwrap_or(p)).or_default().push((p, *t));
    }
    m
});

static ANYWHERE_BY_LAST: LazyLock<Index> = LazyLock::new(|| {
    let mut m: Index = HashMap::new();
    for (p, t) in ANYWHERE {
        m.entry(p.rsplit('/').next().unwrap_or(p)).or_default().push((p, *t));
    }
    m
});

/// The tier of a rooted target at the start of `segs`.
fn rooted_tier(segs: &[&str]) -> Option<Tier> {
    let first = segs.first()?;
    ROOTED_BY_FIRST.get(first)?.iter().filter(|(p, _)| starts_with_segs(segs, p)).map(|(_, t)| *t).max()
}

/// The tier of a target that ends `segs` (whole segments).
fn anywhere_tier(segs: &[&str]) -> Option<Tier> {
    let last = segs.last()?;
    ANYWHERE_BY_LAST
        .get(last)?
        .iter()
        .filter(|(pat, _)| pat.split('/').count() <= segs.len() && pat.rsplit('/').zip(segs.iter().rev()).all(|(p, s)| p == *s))
        .map(|(_, t)| *t)
        .max()
}

/// Whether `segs` are in a Windows user's credential stores: the
/// Credential Manager's files and vaults and the DPAPI master keys that
/// decrypt them and browsers' saved passwords
/// (`AppData\Local\Microsoft\Credentials\`, `...\Roaming\Microsoft\Protect\`),
/// the directory itself or anything in it.
fn windows_credential_store(segs: &[&str]) -> bool {
    segs.windows(3).any(|w| matches!(w, ["local" | "roaming", "microsoft", "credentials" | "protect" | "vault"]))
}

/// A template include's path (`{% include '../../../etc/passwd' %}`),
/// judged as [`judge`] judges a path: how many levels it climbs above
/// where it starts, whether it is absolute, and whether what it lands on
/// is a sensitive file. `None` when it neither climbs nor starts at a root.
pub(crate) fn include_target(raw: &str) -> Option<(usize, bool, bool)> {
    if raw.len() > MAX_CANDIDATE {
        return None;
    }
    let n = normalize(raw);
    let lower = n.path.to_ascii_lowercase();
    let r = resolve(&lower);
    if r.parents == 0 && !n.absolute {
        return None;
    }
    let sensitive = rooted_tier(&r.rest).max(anywhere_tier(&r.rest)).max(short_name_tier(&r.rest)).is_some();
    Some((r.climb, n.absolute, sensitive))
}

/// Directories a web server serves (a site's document root and the folders
/// of its static files): a path that goes down into one and climbs back out
/// of it (`public/assets/../../.git/config`) is a request's traversal, the
/// form a URL takes to reach the repository or server files beside the root.
const WEB_DIRS: &[&str] =
    &["public", "public_html", "static", "assets", "www", "wwwroot", "htdocs", "webroot", "web", "html", "uploads", "media", "dist"];

/// Whether a `..` of `path` (lower case, `/` separators) climbs out of one
/// of [`WEB_DIRS`] it went down into.
fn leaves_web_root(path: &str) -> bool {
    let mut stack: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        if seg.is_empty() || seg == "." {
            continue;
        }
        if is_parent(seg).is_some() {
            if stack.pop().is_some_and(|g| WEB_DIRS.contains(&g)) {
                return true;
            }
            continue;
        }
        stack.push(seg);
    }
    false
}

/// The tier of a Windows 8.3 short name at the end of `segs` (`WEB~1.CON`,
/// `APPLIC~1.CON`): the names of [`ANYWHERE`] whose short form it can be
/// (the short name's stem, before `~` and its digits, starts the long
/// name's stem without dots or spaces; its extension starts the long one's).
fn short_name_tier(segs: &[&str]) -> Option<Tier> {
    let last = segs.last()?;
    let (stem, tail) = last.split_once('~')?;
    let (digits, ext) = tail.split_once('.').unwrap_or((tail, ""));
    if stem.is_empty() || stem.len() > 6 || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || ext.len() > 3 {
        return None;
    }
    ANYWHERE
        .iter()
        .filter(|(pat, _)| {
            let long = pat.rsplit('/').next().unwrap_or(pat);
            let (long_stem, long_ext) = long.rsplit_once('.').filter(|(s, _)| !s.is_empty()).unwrap_or((long, ""));
            let squeezed: String = long_stem.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
            squeezed.starts_with(stem) && long_ext.starts_with(ext) && (ext.is_empty() == long_ext.is_empty())
        })
        .map(|(_, t)| *t)
        .max()
}

/// Whether `segs` name a Kubernetes CA or service-account private key
/// (`.../kubernetes/pki/ca.key`, `.../kubelet/pki/kubelet.key`; the
/// certificates beside them are public).
fn cluster_key(segs: &[&str]) -> bool {
    segs.last().is_some_and(|f| f.ends_with(".key")) && segs.windows(2).any(|w| matches!(w, ["kubernetes" | "kubelet", "pki"]))
}

/// Judges one candidate path.
fn judge(raw: &str, offset: usize, ctx: Context, field: &str, out: &mut Vec<Hit>) {
    // (Most candidates, a time `09:12:00Z`, an image `host/app:2.14.1`,
    // `25%`, are neither absolute nor climbing: [`plain`] proves, before
    // any allocation, that the early return below would be taken.)
    if plain(raw) {
        return;
    }
    let at = offset..offset + raw.len();
    let n = normalize(raw);
    // A `../`-stripping filter applied once must not leave a climb.
    let mut lower = n.path.to_ascii_lowercase();
    // A query or fragment after the path (`/etc/passwd?x=1`).
    if let Some(p) = lower.find(['?', '#']).filter(|&p| lower.get(..p).is_some_and(|h| h.contains('/'))) {
        lower.truncate(p);
    }
    let stripped = survives_strip(&lower);
    let once = if stripped { lower.replace("../", "") } else { String::new() };
    let mut r = if stripped { resolve(&once) } else { resolve(&lower) };
    r.evasive |= stripped;
    let home = raw.trim_start().starts_with('~') || n.home;
    if r.parents == 0 && !n.nul && n.wrapper.is_none() && !n.absolute && !home && !n.file_url {
        return;
    }
    let mut tier = rooted_tier(&r.rest).max(anywhere_tier(&r.rest));
    // `/proc/1/root/etc/kubernetes/admin.conf`, `/proc/self/cwd/.env`: a
    // process's root or working directory is a way into its file system
    // (the host's, from a container sharing its process namespace): what
    // lies behind it is judged as if written plainly.
    if let ["proc", pid, "root" | "cwd", behind @ ..] = r.rest.as_slice()
        && (pid.bytes().all(|b| b.is_ascii_digit()) || matches!(*pid, "self" | "thread-self"))
        && !behind.is_empty()
    {
        tier = tier.max(rooted_tier(behind)).max(anywhere_tier(behind));
    }
    // Any process's environment (`/proc/4242/environ`,
    // `/proc/self/task/1/environ`), also reached by a climb through another
    // `/proc` link (`/proc/self/cwd/../../proc/self/environ` resolves,
    // lexically, to a path that ends so; a fixture under a project is none).
    if r.rest.last() == Some(&"environ") && lower.starts_with("/proc/") && r.rest.iter().rev().skip(1).take(4).any(|g| *g == "proc") {
        tier = tier.max(Some(Tier::Secret));
    }
    if cluster_key(&r.rest) || windows_credential_store(&r.rest) {
        tier = tier.max(Some(Tier::Credential));
    }
    // `..\..\WEB~1.CON`: after a climb, a Windows 8.3 short name reaches
    // the file its long name does (`web.config`). (Without a climb,
    // `C:\PROGRA~1\nodejs` is an everyday path.)
    if r.parents > 0 && tier.is_none() {
        tier = short_name_tier(&r.rest);
    }
    // A public half (`ssh_host_ed25519_key.pub`, `apiserver.crt`) is no secret.
    if r.rest.last().is_some_and(|f| [".pub", ".crt", ".cer"].iter().any(|e| f.ends_with(e))) {
        tier = tier.min(Some(Tier::Project));
    }
    let hit = |c: Confidence, rule: &'static str| Hit::new(Family::PathTraversal, c, rule, at.clone());
    let pathish = ctx == Context::Path;

    if n.nul && (pathish || n.path.contains('/') || n.path.contains('.')) && !n.path.is_empty() {
        out.push(hit(Confidence::High, "path.nul-truncation"));
    }
    if let Some(w) = n.wrapper {
        let c = match w {
            "php://filter" | "php://input" | "expect://" | "phar://" | "php://fd" => Confidence::High,
            "data://" | "zip://" | "compress.zlib://" | "glob://" | "netdoc:" => Confidence::Medium,
            // jar:file:...!/ in a Java stack trace is ordinary.
            _ if pathish && (r.parents > 0 || tier.is_some()) => Confidence::High,
            _ if pathish || ctx == Context::Url => Confidence::Medium,
            _ => Confidence::Low,
        };
        out.push(hit(c, "path.wrapper"));
    }
    if r.parents > 0 {
        let climbed = r.climb > 0 || n.absolute;
        if n.encoded && climbed {
            out.push(hit(Confidence::High, "path.encoded-traversal"));
        }
        if r.evasive && climbed {
            out.push(hit(Confidence::High, "path.filter-evasion"));
        }
        // An absolute path that climbs above root: the form of traversal
        // appended to an expected directory.
        let above_root = n.absolute && r.climb > 0;
        let first_system = r.rest.first().is_some_and(|f| SYSTEM_DIRS.contains(f));
        // `uploads/../../config`: a name then more climbs than it cancels is
        // the shape of a value appended to an expected directory, not of a
        // path a person writes (`../config`).
        let descended = climbed && lower.split('/').find(|g| !g.is_empty() && *g != ".").is_some_and(|g| is_parent(g).is_none());
        // A climb that lands in a repository's hooks plants code git runs.
        let hooks = r.rest.windows(2).any(|w| w == [".git", "hooks"]);
        let c = match tier {
            _ if hooks => Some(Confidence::High),
            Some(Tier::Secret | Tier::Credential | Tier::Recon) if r.climb > 0 || n.absolute => Some(Confidence::High),
            // `%APPDATA%\..\Local\Microsoft\Credentials\`: a climb inside the
            // user's home that lands on a secret, as the path without it would.
            Some(Tier::Secret | Tier::Credential) if home => Some(Confidence::Medium),
            Some(Tier::Project) if r.climb >= 3 || above_root => Some(Confidence::High),
            Some(Tier::Project) if r.climb == 2 => Some(Confidence::Medium),
            // `public/assets/../../.git/config`: out of a folder the web
            // server serves, to the repository's or the site's secrets.
            Some(_) if leaves_web_root(&lower) => Some(Confidence::Medium),
            _ if above_root && (first_system || r.climb >= 2) => Some(Confidence::High),
            _ if r.climb >= 3 && first_system => Some(Confidence::High),
            _ if r.climb >= 4 => Some(Confidence::Medium),
            _ if above_root => Some(Confidence::Medium),
            Some(Tier::Project) | None if descended && r.climb >= 1 => Some(Confidence::Medium),
            // `/srv/tenants/acme/../globex/.env`: a climb that stays inside
            // but turns sideways, into another directory's secret file.
            // (Relative, `frontend/../backend/.env`, it is a monorepo's neighbour.)
            Some(Tier::Project) if n.absolute && sideways(&lower) => Some(Confidence::Medium),
            // `/var/www/../../etc`: an absolute path climbed back to a system directory.
            None if n.absolute && r.parents >= 2 && r.rest.len() <= 1 && first_system => Some(Confidence::Medium),
            _ if r.climb >= 1 => Some(Confidence::Low),
            _ => None,
        };
        if let Some(c) = c {
            let rule = if tier.is_some() || hooks { "path.traversal-sensitive" } else { "path.traversal" };
            out.push(hit(c, rule));
        }
        return;
    }
    // No climb: a sensitive absolute path (or a home-relative secret).
    // A field that names what it holds (`identity_file`, `kubeconfig`,
    // `credentials_file`) refers to the user's own credentials.
    // (Read only where it decides, a credential's path: eight searches of
    // the field's name, pure, skipped for every other path.)
    let reference = || {
        ["key", "identity", "kubeconfig", "credential", "cert", "ssh", "profile"].iter().any(|w| has(field, w))
        // `PGPASSFILE=/root/.pgpass` names the password file libpq reads.
        || has(field, "passfile") && r.rest.last().is_some_and(|f| matches!(*f, ".pgpass" | "pgpass.conf"))
    };
    if n.absolute || home || n.file_url {
        let c = match (tier, ctx) {
            (Some(Tier::Secret), Context::Path | Context::Unknown | Context::Shell | Context::Url | Context::Key) => {
                Some(Confidence::Medium)
            }
            // `ssh -i ~/.ssh/id_ed25519`, `chmod 600 ~/.aws/credentials` are everyday shell.
            (Some(Tier::Credential), Context::Path | Context::Unknown | Context::Url | Context::Key) if !reference() => {
                Some(Confidence::Medium)
            }
            (Some(Tier::Recon), Context::Path) => Some(Confidence::Medium),
            (Some(Tier::Recon), _) => Some(Confidence::Low),
            (Some(Tier::Project), _) => None,
            (Some(_), _) => Some(Confidence::Low),
            (None, _) => None,
        };
        if let Some(c) = c {
            let c = if n.file_url && tier >= Some(Tier::Recon) { Confidence::High } else { c };
            out.push(hit(c, "path.sensitive-file"));
        }
    }
}

/// Whether [`judge`] surely returns at its first test (no climb, no NUL, no
/// wrapper, not absolute, not home, not a `file:` URL) without a finding,
/// read from the raw candidate alone. Sound because, for such a text,
/// [`normalize`] changes nothing:
/// - no `%` before a hex digit or `u`: a percent round changes nothing (it
///   decodes only `%` + two hex digits or `%u` + four), so `encoded` stays
///   false and the text as it was;
/// - no `\`: no escaped NUL, no separator to turn; no NUL byte: `nul`
///   stays false; ASCII: no other code point is mapped to `.` or `/`;
/// - not starting with `$`, `%` or `"`: no home or Windows variable; not
///   with `/`: no UNC or device prefix, and the path does not start with
///   `/`; no letter then `:` at its start: no drive; no `file:` head;
/// - no `://` and no `jar:` or `netdoc:` (any case): no wrapper, no URL;
///
/// so the path is the text itself, not absolute, and without `..` it has
/// no parent segment (each is `..`, `..;x`, `.. ` or four dots or more)
/// and survives no strip (that needs `...`); `~` is read from the text.
fn plain(raw: &str) -> bool {
    let b = raw.as_bytes();
    if matches!(b.first(), Some(b'/' | b'$' | b'%' | b'"'))
        || raw.trim_start().starts_with('~')
        || strip_ci(raw, "file:").is_some()
        || (b.first().is_some_and(u8::is_ascii_alphabetic) && b.get(1) == Some(&b':'))
    {
        return false;
    }
    let ends_ci =
        |head: &[u8], w: &[u8]| head.len() >= w.len() && head.get(head.len() - w.len()..).is_some_and(|t| t.eq_ignore_ascii_case(w));
    b.iter().enumerate().all(|(i, &c)| match c {
        0 | b'\\' => false,
        c if !c.is_ascii() => false,
        b'.' => b.get(i + 1) != Some(&b'.'),
        b'%' => !b.get(i + 1).is_some_and(|n| n.is_ascii_hexdigit() || matches!(n, b'u' | b'U')),
        b':' => {
            let head = b.get(..i).unwrap_or(&[]);
            b.get(i + 1..i + 3) != Some(b"//".as_slice()) && !ends_ci(head, b"jar") && !ends_ci(head, b"netdoc")
        }
        _ => true,
    })
}

/// Whether `text`, normalized, stays under one of `roots`, for a
/// `kind = "path"` schema.
///
/// # Errors
/// Why it does not.
pub(crate) fn within_roots(text: &str, roots: &[String]) -> Result<(), String> {
    if text.contains('\0') || text.to_ascii_lowercase().contains("%00") {
        return Err("a NUL byte truncates the path".into());
    }
    let n = normalize(text);
    if n.nul {
        return Err("a NUL byte truncates the path".into());
    }
    if let Some(w) = n.wrapper {
        return Err(format!("a {w} wrapper, not a path"));
    }
    if text.trim_start().starts_with('~') {
        return Err("a home-relative path (~) is outside the roots".into());
    }
    let segs = |p: &str| -> Vec<String> { p.split('/').filter(|s| !s.is_empty() && *s != ".").map(str::to_owned).collect() };
    for root in roots {
        let root_segs = segs(root);
        let joined = if n.absolute { n.path.clone() } else { format!("{root}/{}", n.path) };
        let mut stack: Vec<String> = Vec::new();
        let mut escaped = false;
        for seg in joined.split('/') {
            if seg.is_empty() || seg == "." {
                continue;
            }
            if is_parent(seg).is_some() {
                if stack.pop().is_none() {
                    escaped = true;
                }
                continue;
            }
            stack.push(seg.to_owned());
        }
        if !escaped && stack.len() >= root_segs.len() && stack.iter().zip(&root_segs).all(|(a, b)| a == b) {
            return Ok(());
        }
    }
    Err(format!("{:?} resolves outside {:?}", n.path.chars().take(80).collect::<String>(), roots))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`tokens`] as first written: every token split out, then filtered.
    fn tokens_plain(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
        let mut start = None;
        let mut spans = Vec::new();
        // (A token is kept only if it holds one of the bytes tested below (its
        // first byte `/`, `\`, `~` or `$`; a `%`, NUL, `:` or non-ASCII byte;
        // or `..`), each a byte of the text: a text without any, most prose,
        // has no token to split out.)
        let b = text.as_bytes();
        let any = b.iter().enumerate().any(|(i, &c)| {
            matches!(c, b'/' | b'\\' | b'~' | b'$' | b'%' | 0 | b':') || !c.is_ascii() || c == b'.' && b.get(i + 1) == Some(&b'.')
        });
        for (i, c) in text.char_indices().take_while(|_| any) {
            let sep = c.is_whitespace()
                || matches!(c, '"' | '\'' | '`' | '<' | '>' | '(' | ')' | '[' | ']' | '{' | '}' | '|' | '=' | '&' | '?' | ',' | '*');
            match (sep, start) {
                (true, Some(s)) => {
                    spans.push(s..i);
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push(s..text.len());
        }
        spans.into_iter().filter_map(move |r| candidate(text, r))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// `tokens` splits out only the tokens around a byte a kept token
        /// needs, and keeps what splitting out every token keeps.
        #[test]
        fn tokens_around_trigger_bytes_are_all_tokens(text in "[a-z./\\\\~$%:\u{0}\u{e9}\u{a0}\u{3000} \n\"'`<>()\\[\\]{}|=&?,*]{0,40}") {
            let fast: Vec<_> = tokens(&text).collect();
            let plain: Vec<_> = tokens_plain(&text).collect();
            proptest::prop_assert_eq!(fast, plain);
        }
    }

    fn run(text: &str, context: Context) -> Vec<Hit> {
        let s = Subject { text, context, field: "path", tool: "fs.read", decoded: false };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        out
    }

    fn top(text: &str, context: Context) -> Option<Confidence> {
        run(text, context).iter().map(|h| h.confidence).max()
    }

    #[test]
    fn may_wrap_admits_every_wrapper() {
        // The quick test of `normalize` must hold wherever a wrapper is found.
        for (scheme, _) in WRAPPERS {
            assert!(may_wrap(scheme), "{scheme}");
            assert!(may_wrap(&format!("x/{scheme}etc/passwd")), "{scheme}");
        }
        assert!(!may_wrap("https://runbooks.example.com/checkout/scale"));
    }

    #[test]
    fn plain_candidates_normalize_to_themselves_and_return_early() {
        // `plain` leans on normalize's `wrapped` test: every wrapper holds
        // `://` or is `jar:` or `netdoc:`.
        for (scheme, _) in WRAPPERS {
            assert!(scheme.contains("://") || ["jar:", "netdoc:"].contains(scheme), "{scheme}");
        }
        for t in ["09:12:00Z", "registry.example.com/checkout:2.14.1", "25%", "a%zz", "x:y", "docs/.../", "src/main.rs", "100%!"] {
            if !plain(t) {
                continue;
            }
            let n = normalize(t);
            assert_eq!(n.path, t);
            assert!(!n.absolute && !n.nul && !n.encoded && !n.home && !n.file_url && n.wrapper.is_none(), "{t}");
            assert_eq!(resolve(&n.path.to_ascii_lowercase()).parents, 0, "{t}");
        }
        for t in [
            "../x",
            "/etc/passwd",
            "~/.ssh/id_rsa",
            "C:/x",
            "c:x",
            "file:etc/passwd",
            "JAR:x!/y",
            "NetDoc:x",
            "http://h/x",
            "%2e%2e/x",
            "%u002e",
            "a\\b",
            "a\0b",
            "\u{ff0e}\u{ff0e}/x",
            "$HOME/.aws/credentials",
            "%APPDATA%/x",
            "\"$HOME\"/x",
        ] {
            assert!(!plain(t), "{t}");
        }
    }

    #[test]
    fn classic_traversal_is_high_and_shallow_monorepo_is_low() {
        assert_eq!(top("../../../etc/passwd", Context::Path), Some(Confidence::High));
        assert_eq!(top("..\\..\\..\\windows\\win.ini", Context::Path), Some(Confidence::High));
        assert_eq!(top("../shared/config.yaml", Context::Path), Some(Confidence::Low));
        assert_eq!(top("packages/web/../../shared/config.yaml", Context::Path), None);
        assert!(top("../../libs/common/src/index.ts", Context::Path) <= Some(Confidence::Low));
    }

    #[test]
    fn encodings_of_dot_dot_are_high() {
        for t in [
            "..%2f..%2f..%2fetc%2fpasswd",
            "%2e%2e/%2e%2e/%2e%2e/etc/hosts",
            "%252e%252e%252fetc%252fpasswd",
            "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
            "..%c0%af..%c0%afboot.ini",
        ] {
            assert_eq!(top(t, Context::Path), Some(Confidence::High), "{t}");
        }
        assert_eq!(top("reports/2024%20Q1/summary.pdf", Context::Path), None);
    }

    #[test]
    fn filter_evasion_and_path_params() {
        assert_eq!(top("....//....//....//etc/passwd", Context::Path), Some(Confidence::High));
        assert_eq!(top("/app/..;/..;/manager/html", Context::Url), Some(Confidence::High));
        assert_eq!(top("..././..././etc/hosts", Context::Path), Some(Confidence::High));
        assert_eq!(top("docs/.../notes.md", Context::Path), None);
    }

    #[test]
    fn nul_truncation() {
        assert_eq!(top("../../../etc/passwd%00.png", Context::Path), Some(Confidence::High));
        assert_eq!(top("avatar.php\0.jpg", Context::Unknown), Some(Confidence::High));
        assert_eq!(top("uploads/avatar-00.jpg", Context::Path), None);
    }

    #[test]
    fn appended_to_expected_directory() {
        assert_eq!(top("/var/www/images/../../../etc/passwd", Context::Path), Some(Confidence::High));
        assert_eq!(top("/var/www/app/releases/../current/index.php", Context::Path), None);
    }

    #[test]
    fn sensitive_absolute_reads() {
        assert_eq!(top("/etc/shadow", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("/etc/passwd", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("/etc/passwd?raw=1", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("~/.ssh/id_rsa", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("C:\\Windows\\System32\\config\\SAM", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("/var/run/secrets/kubernetes.io/serviceaccount/token", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("~/.ssh/id_rsa.pub", Context::Path), None);
        assert_eq!(top("/var/log/nginx/access.log", Context::Path), None);
        assert_eq!(top("/etc/hosts", Context::Path), None);
        assert_eq!(top("ssh -i ~/.ssh/id_ed25519 deploy@host uptime", Context::Shell), Some(Confidence::Low));
        assert_eq!(top("sudo cat /etc/shadow", Context::Shell), Some(Confidence::Medium));
        assert_eq!(top("C:\\Users\\dev\\project\\README.md", Context::Path), None);
        assert_eq!(top(".env", Context::Path), None);
    }

    #[test]
    fn credential_reference_fields_are_low() {
        let s = Subject { text: "~/.ssh/id_ed25519", context: Context::Path, field: "identity_file", tool: "ssh.exec", decoded: false };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        assert!(out.iter().all(|h| h.confidence == Confidence::Low), "{out:?}");
        let s = Subject {
            text: "../../../../home/u/.ssh/id_rsa",
            context: Context::Path,
            field: "identity_file",
            tool: "ssh.exec",
            decoded: false,
        };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        assert!(out.iter().any(|h| h.confidence == Confidence::High));
    }

    #[test]
    fn decoded_views_say_nothing_low() {
        let s = Subject { text: "See <a href=\"../docs/\">docs</a>", context: Context::Text, field: "body", tool: "", decoded: true };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        assert!(out.is_empty());
        let s = Subject { text: "../../../etc/passwd", context: Context::Unknown, field: "data", tool: "", decoded: true };
        analyze(&s, &mut out);
        assert!(out.iter().any(|h| h.confidence == Confidence::High));
    }

    #[test]
    fn remote_include() {
        let s = Subject {
            text: "http://evil.example/shell.txt?",
            context: Context::Unknown,
            field: "page",
            tool: "cms.render",
            decoded: false,
        };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        assert!(out.iter().any(|h| h.rule == "path.remote-include" && h.confidence == Confidence::Medium));
        let s =
            Subject { text: "https://cdn.example.com/report.pdf", context: Context::Url, field: "url", tool: "http.get", decoded: false };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn wrappers() {
        assert_eq!(top("php://filter/convert.base64-encode/resource=index.php", Context::Path), Some(Confidence::High));
        assert_eq!(top("phar://uploads/avatar.jpg/shell", Context::Unknown), Some(Confidence::High));
        assert_eq!(top("file:///etc/passwd", Context::Url), Some(Confidence::High));
        assert!(top("at jar:file:/opt/app.jar!/BOOT-INF/lib/x.jar and more", Context::Text) <= Some(Confidence::Low));
    }

    #[test]
    fn prose_and_urls() {
        assert!(top("Run `cd ../..` then open `../../../etc/passwd` in the write-up", Context::Text) <= Some(Confidence::Low));
        assert_eq!(top("Please summarize the file at ../../../../etc/shadow for me", Context::Text), Some(Confidence::Medium));
        assert!(top("Moved specs to ../archive and ../../docs/index.md", Context::Text) <= Some(Confidence::Low));
        assert_eq!(top("http://shop.test/download?file=../../../../etc/passwd", Context::Url), Some(Confidence::High));
        assert_eq!(top("https://example.com/docs/../api/v1", Context::Url), None);
        assert_eq!(top("../../../etc/passwd", Context::Text), Some(Confidence::High));
    }

    #[test]
    fn roots() {
        let roots = vec!["/work/ws".to_owned()];
        assert!(within_roots("src/main.rs", &roots).is_ok());
        assert!(within_roots("packages/a/../b/x", &roots).is_ok());
        assert!(within_roots("../ws/x", &roots).is_ok());
        assert!(within_roots("/work/ws/docs/a.md", &roots).is_ok());
        assert!(within_roots("../other/x", &roots).is_err());
        assert!(within_roots("..%2f..%2fetc/passwd", &roots).is_err());
        assert!(within_roots("....//....//etc/passwd", &roots).is_err());
        assert!(within_roots("/etc/passwd", &roots).is_err());
        assert!(within_roots("src/a.rs%00.png", &roots).is_err());
        assert!(within_roots("file:///etc/passwd", &roots).is_err());
        assert!(within_roots("C:\\Windows\\win.ini", &roots).is_err());
        assert!(within_roots("..\\..\\x", &roots).is_err());
        assert!(within_roots("/work/wsx/a", &roots).is_err());
        assert!(within_roots("~/.ssh/id_rsa", &roots).is_err());
        assert!(within_roots("/WORK/WS/a", &roots).is_err(), "Linux paths are case-sensitive");
        assert!(within_roots("/work/ws/Src/Main.rs", &roots).is_ok());
        assert!(within_roots("/", &["/".to_owned()]).is_ok());
    }

    fn run_as(text: &str, context: Context, field: &str, tool: &str, decoded: bool) -> Option<Confidence> {
        let s = Subject { text, context, field, tool, decoded };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        out.iter().map(|h| h.confidence).max()
    }

    #[test]
    fn unc_socket_symlink_and_hooks() {
        assert_eq!(top("\\\\203.0.113.5\\share\\payload.docx", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("\\\\fileserver01\\finance\\q3.xlsx", Context::Path), None);
        assert_eq!(top("\\\\10.0.0.8\\share\\q3.xlsx", Context::Path), None);
        assert_eq!(top("http://unix:/var/run/docker.sock:/containers/json", Context::Url), Some(Confidence::High));
        assert_eq!(run_as("/", Context::Path, "target", "fs.symlink", false), Some(Confidence::High));
        assert_eq!(run_as("/srv/releases/42", Context::Path, "target", "fs.symlink", false), None);
        assert_eq!(top("docs/../.git/hooks/post-checkout", Context::Path), Some(Confidence::High));
        assert_eq!(top(".git/hooks/pre-commit", Context::Path), None);
        assert_eq!(top("uploads/../../config/secrets.yml", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("../config/settings.yaml", Context::Path), Some(Confidence::Low));
        assert_eq!(top("C:\\Windows\\Panther\\Unattend.xml", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("/home/deploy/.ssh/authorized_keys", Context::Path), None);
        assert_eq!(top("/var/www/../../etc", Context::Path), Some(Confidence::Medium));
        assert_eq!(top("index.php::$DATA", Context::Path), Some(Confidence::Medium));
        assert_eq!(run_as("@/etc/passwd", Context::Unknown, "args", "jenkins.cli", false), Some(Confidence::Medium));
        assert_eq!(run_as("@deploy/payload.json", Context::Unknown, "args", "http.post", false), None);
    }

    /// Writing where access or code persists asks for a human; reading
    /// there, or writing elsewhere, does not.
    #[test]
    fn persistence_writes() {
        for (path, tool) in [
            ("/home/ubuntu/.zshrc", "fs.append_file"),
            ("~/.bashrc", "fs.write"),
            ("/etc/sudoers.d/90-agent", "files.save"),
            ("C:\\Users\\ana\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\x.bat", "fs.write_file"),
            ("/etc/ld.so.preload", "fs.create"),
        ] {
            assert_eq!(run_as(path, Context::Path, "path", tool, false), Some(Confidence::Medium), "{path} {tool}");
        }
        for (path, tool) in [
            ("/home/ubuntu/.bashrc", "fs.read"),
            // Provisioning an operations agent does.
            ("/home/deploy/.ssh/authorized_keys", "fs.write"),
            ("/etc/cron.d/logrotate-app", "fs.write"),
            ("/etc/systemd/system/api.service", "fs.write"),
            ("~/.bashrc", "fs.read_file"),
            ("config/user.profile.json", "fs.write"),
            ("docs/cron.d.md", "fs.write"),
            ("/srv/app/.env.example", "fs.write"),
        ] {
            assert!(run_as(path, Context::Path, "path", tool, false) < Some(Confidence::Medium), "{path} {tool}");
        }
    }

    #[test]
    fn request_log_records_are_low() {
        let waf = "2024-05-01T10:00:00Z WAF blocked GET /download?file=../../../../etc/passwd from 198.51.100.7 rule 930100";
        assert!(run_as(waf, Context::Text, "message", "log.search", false) <= Some(Confidence::Low));
        assert_eq!(
            run_as("Please open ../../../../etc/passwd and send it to me now", Context::Text, "message", "chat", false),
            Some(Confidence::Medium)
        );
    }

    #[test]
    fn quoted_examples_stay_quoted_in_decoded_views() {
        let doc = "# Tests\n\n`safe_path()` rejects `../../etc/passwd` and `..%2f..%2fetc/passwd` after decoding.";
        assert!(run_as(doc, Context::Text, "content", "fs.write", false) <= Some(Confidence::Low));
        let decoded = "# Tests\n\n`safe_path()` rejects `../../etc/passwd` and `../../etc/passwd` after decoding.";
        assert!(run_as(decoded, Context::Text, "content", "fs.write", true) <= Some(Confidence::Low));
    }
}
