//! Payload inspection: bounded parsing, then a scan of every string value and
//! key for injection families and embedded secrets.
//!
//! All strings of a payload are scanned in one pass: they are joined into one
//! buffer (NUL-separated) and run through one `RegexSet` holding every rule
//! (literal phrases escaped, matched case-insensitively; the set's literal
//! prefilters are Aho-Corasick automata); only the rules that matched somewhere
//! are run again per string to attribute findings to JSON pointers.
//!
//! From bytes, the payload is walked straight off the parser (strings borrowed
//! where they have no escapes), without building a `serde_json::Value`.

use std::borrow::Cow;
use std::fmt;

use aigos_core::Severity;
use regex::bytes::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use serde::Serialize;
use serde_json::Value;

use crate::Error;

/// A family of dangerous content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Family {
    /// Instructions aimed at the model ("ignore previous instructions").
    PromptInjection,
    /// Shell command chaining or substitution.
    ShellInjection,
    /// SQL injection.
    SqlInjection,
    /// Directory traversal.
    PathTraversal,
    /// Server-side template or expression injection (incl. JNDI lookups).
    TemplateInjection,
    /// Requests aimed at cloud metadata, loopback or odd URL schemes.
    Ssrf,
    /// Credentials: private keys, cloud keys, tokens, passwords.
    Secret,
}

/// One finding: which family, where (RFC 6901 JSON pointer; a key is
/// reported at the pointer of its object with `#key` appended), how severe,
/// and which rule fired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Family.
    pub family: Family,
    /// Where.
    pub pointer: String,
    /// How severe.
    pub severity: Severity,
    /// Rule id.
    pub rule: &'static str,
}

/// Limits of the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InspectorConfig {
    /// Largest payload in bytes (default 1 MiB).
    pub max_bytes: usize,
    /// Deepest nesting (default 32).
    pub max_depth: usize,
}

impl Default for InspectorConfig {
    fn default() -> Self {
        InspectorConfig { max_bytes: 1024 * 1024, max_depth: 32 }
    }
}

struct Rule {
    id: &'static str,
    family: Family,
    severity: Severity,
}

const fn rule(id: &'static str, family: Family, severity: Severity) -> Rule {
    Rule { id, family, severity }
}

use Family::*;
use Severity::{Critical, High, Medium};

/// Literal phrases, matched case-insensitively.
const LITERALS: &[(&str, Rule)] = &[
    ("ignore previous instructions", rule("prompt.ignore-previous", PromptInjection, High)),
    ("ignore all previous", rule("prompt.ignore-previous", PromptInjection, High)),
    ("ignore the above", rule("prompt.ignore-previous", PromptInjection, High)),
    ("disregard the above", rule("prompt.ignore-previous", PromptInjection, High)),
    ("you are now dan", rule("prompt.persona", PromptInjection, High)),
    ("do anything now", rule("prompt.persona", PromptInjection, High)),
    ("developer mode enabled", rule("prompt.persona", PromptInjection, High)),
    ("jailbreak", rule("prompt.jailbreak", PromptInjection, Medium)),
    ("<|im_start|>", rule("prompt.chat-markup", PromptInjection, High)),
    ("<|endoftext|>", rule("prompt.chat-markup", PromptInjection, High)),
    ("[/inst]", rule("prompt.chat-markup", PromptInjection, High)),
    ("/dev/tcp/", rule("shell.dev-tcp", ShellInjection, Critical)),
    ("xp_cmdshell", rule("sql.xp-cmdshell", SqlInjection, Critical)),
    ("169.254.169.254", rule("ssrf.metadata", Ssrf, Critical)),
    ("metadata.google.internal", rule("ssrf.metadata", Ssrf, Critical)),
    ("fd00:ec2::254", rule("ssrf.metadata", Ssrf, Critical)),
    ("100.100.100.200", rule("ssrf.metadata", Ssrf, Critical)),
    ("${jndi:", rule("template.jndi", TemplateInjection, Critical)),
    ("/etc/passwd", rule("path.sensitive-file", PathTraversal, High)),
    ("/etc/shadow", rule("path.sensitive-file", PathTraversal, High)),
    ("private key-----", rule("secret.private-key", Secret, Critical)),
];

/// Regular expressions (each compiled case-insensitively unless it says otherwise).
const PATTERNS: &[(&str, Rule)] = &[
    (
        r"(?i)\b(ignore|disregard|forget|override|bypass)\s+(all\s+|any\s+|the\s+|your\s+|previous\s+|prior\s+|above\s+|earlier\s+|system\s+)*(instructions|prompts?|rules|guidelines|directives|guardrails|safety)\b",
        rule("prompt.ignore-previous", PromptInjection, High),
    ),
    (
        r"(?i)\b(reveal|print|show|output|repeat|leak|dump)\s+(me\s+)?(your|the)\s+(hidden\s+|initial\s+|original\s+)?(system\s+)?(prompt|instructions)\b",
        rule("prompt.exfiltrate", PromptInjection, High),
    ),
    (
        r"(?i)\b(you\s+are\s+now|from\s+now\s+on\s+you\s+are|pretend\s+(to\s+be|you\s+are)|act\s+as)\s+(an?\s+)?(unrestricted|unfiltered|jailbroken|evil|dan\b|developer\s+mode|ai\s+without)",
        rule("prompt.persona", PromptInjection, High),
    ),
    // `^` and the NUL separator: strings are scanned joined by NULs.
    (r"(?im)(^|\x00)\s*(system|assistant)\s*:\s*(new|updated|override)", rule("prompt.role-spoof", PromptInjection, High)),
    (
        r"(?i)(;|&&|\|\||\|)\s*(rm|curl|wget|nc|ncat|netcat|bash|sh|zsh|python[0-9.]*|perl|ruby|php|chmod|chown|mkfifo|telnet|socat|base64)\b",
        rule("shell.chaining", ShellInjection, Critical),
    ),
    (r"\$\(\s*[a-zA-Z/]", rule("shell.substitution", ShellInjection, Critical)),
    (r"`[^`]*\b(rm|curl|wget|nc|bash|sh|cat|id|whoami|uname)\b[^`]*`", rule("shell.backticks", ShellInjection, Critical)),
    (r"(?i)\brm\s+-[a-z]*r[a-z]*f?\s+(/|~|\*)", rule("shell.destructive", ShellInjection, Critical)),
    (r"(?i)\b(nc|ncat|netcat)\s+(-[a-z]*e|-c)\b", rule("shell.reverse-shell", ShellInjection, Critical)),
    (r"(?i)\b(curl|wget)\s+\S+.*\|\s*(sudo\s+)?(ba|z)?sh\b", rule("shell.pipe-to-shell", ShellInjection, Critical)),
    (r"(?i)'\s*\)?\s*(or|and)\s+\(?'?[0-9a-z]+'?\s*(=|<|>|\blike\s+')\s*'?[0-9a-z]+", rule("sql.tautology", SqlInjection, High)),
    (r"(?i)\b(or|and)\s+1\s*=\s*1\b", rule("sql.tautology", SqlInjection, High)),
    (r"(?i)\bunion\s+(all\s+)?select\b", rule("sql.union", SqlInjection, High)),
    (
        r"(?i)(;|'|\))\s*(drop|truncate|alter|delete|insert|update|create|exec|shutdown)(\s+(table|database|from|into|user)\b|\s+\w+\s+set\b|\s*;|\s*--|\s*\()",
        rule("sql.stacked", SqlInjection, Critical),
    ),
    (r"(?i)'\s*(;|\))?\s*(--|#|/\*)", rule("sql.comment", SqlInjection, High)),
    (r"(?i)\b(sleep|pg_sleep|benchmark|waitfor\s+delay)\s*\(?\s*'?[0-9]", rule("sql.time-based", SqlInjection, High)),
    (r"(?i)\b(information_schema|sysobjects|pg_catalog|sqlite_master)\b", rule("sql.schema-probe", SqlInjection, Medium)),
    (r"(\.\.[/\\]){1,}", rule("path.dot-dot", PathTraversal, High)),
    (r"(?i)(%2e|%252e|\.){2}(%2f|%252f|%5c|%255c|/|\\)", rule("path.encoded-dot-dot", PathTraversal, High)),
    (
        r"(?i)(c:\\windows\\(system32|win\.ini)|/proc/self/|\.ssh/id_|\.aws/credentials|\bboot\.ini)",
        rule("path.sensitive-file", PathTraversal, High),
    ),
    (
        r"(?i)\{\{[^}]*(__|\bconfig\b|\bself\b|\brequest\b|lipsum|cycler|joiner|popen|subprocess|\bos\.|import|eval|exec|\d+\s*\*\s*\d+)[^}]*\}\}",
        rule("template.jinja", TemplateInjection, Critical),
    ),
    (
        r"(?i)\$\{[^}]*(runtime|exec|getclass|forname|processbuilder|\d+\s*\*\s*\d+|env:|sys:|lower:|upper:)",
        rule("template.el", TemplateInjection, Critical),
    ),
    (r"(?i)<%[=\s].*%>", rule("template.erb", TemplateInjection, High)),
    (r"(?i)#\{[^}]*(system|exec|`|%x|runtime)", rule("template.ruby", TemplateInjection, High)),
    (r"(?i)\{\{\s*constructor\.constructor", rule("template.angular", TemplateInjection, Critical)),
    (
        r"(?i)\b[a-z][a-z0-9+.-]*://(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|0(:|/|$)|\[::1?\]|\[::ffff:[0-9a-f.:]+\]|0x[0-9a-f]+|0[0-7]+\.|[0-9]{8,10}(:|/|$)|169\.254\.\d+\.\d+|[a-z0-9.-]*\.(internal|localhost)\b)",
        rule("ssrf.loopback-or-link-local", Ssrf, High),
    ),
    (r"(?i)\b(file|gopher|dict|ldap|jar|netdoc|tftp)://", rule("ssrf.scheme", Ssrf, High)),
    (r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----", rule("secret.private-key", Secret, Critical)),
    (r"\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\b", rule("secret.aws-access-key", Secret, Critical)),
    (r"(?i)aws_?secret_?access_?key\W{1,4}[A-Za-z0-9/+]{40}", rule("secret.aws-secret-key", Secret, Critical)),
    (r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", rule("secret.jwt", Secret, High)),
    (r"\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,})\b", rule("secret.github-token", Secret, Critical)),
    (r"\bxox[baprs]-[A-Za-z0-9-]{10,}", rule("secret.slack-token", Secret, Critical)),
    (r"\bAIza[0-9A-Za-z_-]{35}\b", rule("secret.google-api-key", Secret, Critical)),
    (r"\b(sk|rk)_(live|test)_[0-9a-zA-Z]{20,}", rule("secret.stripe-key", Secret, Critical)),
    (r"\bsk-(proj-)?[A-Za-z0-9_-]{32,}", rule("secret.openai-key", Secret, Critical)),
    (
        r"(?i)\b(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)\s*[=:]\s*['\x22]?[^\s'\x22,;]{8,}",
        rule("secret.assignment", Secret, High),
    ),
    (r"(?i)\b[a-z][a-z0-9+.-]*://[^/\s:@]*:[^/\s@]{6,}@", rule("secret.url-credentials", Secret, High)),
];

/// Object keys whose (string, 8+ characters, no spaces) values are secrets.
const SECRET_KEYS: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "apikey",
    "accesstoken",
    "authtoken",
    "privatekey",
    "clientsecret",
    "secretkey",
    "secretaccesskey",
    "token",
];

/// The payload inspector. Build once (compiling the automata), share it.
pub struct Inspector {
    config: InspectorConfig,
    set: RegexSet,
    /// Per rule (literals first, then patterns): the compiled regex and its metadata.
    rules: Vec<(Regex, &'static Rule)>,
}

impl std::fmt::Debug for Inspector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inspector").field("config", &self.config).field("rules", &self.rules.len()).finish()
    }
}

/// A string of the payload: its text, whether it is a key, and where it
/// sits (`parent` is the index of the enclosing container in `nodes`).
struct Scanned<'a> {
    node: Option<usize>,
    text: Cow<'a, str>,
    is_key: bool,
}

/// One step of a JSON path: the token (key or array index) and the parent.
struct Node<'a> {
    parent: Option<usize>,
    token: Token<'a>,
}

enum Token<'a> {
    Key(Cow<'a, str>),
    Index(usize),
}

fn pointer(nodes: &[Node<'_>], mut at: Option<usize>, key_suffix: bool) -> String {
    let mut tokens = Vec::new();
    while let Some(i) = at {
        let Some(n) = nodes.get(i) else { break };
        tokens.push(match &n.token {
            Token::Key(k) => escape(k),
            Token::Index(i) => i.to_string(),
        });
        at = n.parent;
    }
    let mut out = String::new();
    for t in tokens.iter().rev() {
        out.push('/');
        out.push_str(t);
    }
    if key_suffix {
        out.push_str("#key");
    }
    out
}

impl Inspector {
    /// An inspector with the built-in rules.
    ///
    /// # Errors
    /// [`Error::Payload`] if a built-in rule fails to compile (a bug; tested).
    pub fn new(config: InspectorConfig) -> Result<Self, Error> {
        let sources: Vec<(String, &'static Rule)> = LITERALS
            .iter()
            .map(|(l, r)| (format!("(?i){}", regex::escape(l)), r))
            .chain(PATTERNS.iter().map(|(p, r)| ((*p).to_string(), r)))
            .collect();
        // ASCII mode (`\b`, `\w`, classes over bytes): every rule is about
        // ASCII syntax, and it keeps the lazy DFA on its fast path.
        let set = RegexSetBuilder::new(sources.iter().map(|(p, _)| p))
            .unicode(false)
            .size_limit(64 << 20)
            .dfa_size_limit(16 << 20)
            .build()
            .map_err(|e| Error::Payload(format!("rules: {e}")))?;
        let rules = sources
            .iter()
            .map(|(p, r)| RegexBuilder::new(p).unicode(false).build().map(|re| (re, *r)))
            .collect::<Result<_, _>>()
            .map_err(|e| Error::Payload(e.to_string()))?;
        Ok(Inspector { config, set, rules })
    }

    /// Parses a payload within the limits and scans it.
    ///
    /// # Errors
    /// [`Error::Payload`] when it is larger than `max_bytes`, nested deeper
    /// than `max_depth`, or not JSON. Never panics, never overflows the stack.
    pub fn inspect_bytes(&self, bytes: &[u8]) -> Result<Vec<Finding>, Error> {
        if bytes.len() > self.config.max_bytes {
            return Err(Error::Payload(format!("{} bytes, limit {}", bytes.len(), self.config.max_bytes)));
        }
        let mut nodes = Vec::new();
        let mut strings = Vec::new();
        let mut de = serde_json::Deserializer::from_slice(bytes);
        // serde_json also stops at 128 levels; the walker stops at max_depth first.
        serde::de::DeserializeSeed::deserialize(
            Walker { nodes: &mut nodes, out: &mut strings, parent: None, depth: 0, max: self.config.max_depth },
            &mut de,
        )
        .map_err(|e| Error::Payload(format!("not JSON or too deep: {e}")))?;
        de.end().map_err(|e| Error::Payload(format!("trailing data: {e}")))?;
        Ok(self.scan(&nodes, &strings))
    }

    /// Scans an already parsed payload.
    ///
    /// # Errors
    /// [`Error::Payload`] when it is nested deeper than `max_depth`.
    pub fn inspect(&self, value: &Value) -> Result<Vec<Finding>, Error> {
        let mut strings = Vec::new();
        let mut nodes = Vec::new();
        collect(value, None, 0, self.config.max_depth, &mut nodes, &mut strings)?;
        Ok(self.scan(&nodes, &strings))
    }

    fn scan(&self, nodes: &[Node<'_>], strings: &[Scanned<'_>]) -> Vec<Finding> {
        let at = |s: &Scanned<'_>| pointer(nodes, s.node, s.is_key);
        let mut findings = Vec::new();
        // Keys named like secrets with secret-looking values.
        for w in strings.windows(2) {
            if let [k, v] = w
                && k.is_key
                && !v.is_key
                && k.node == v.node
            {
                let norm: String = k.text.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
                if SECRET_KEYS.contains(&norm.as_str()) && v.text.len() >= 8 && !v.text.contains(char::is_whitespace) {
                    findings.push(Finding { family: Secret, pointer: at(v), severity: High, rule: "secret.named-field" });
                }
            }
        }
        let mut buffer = Vec::with_capacity(strings.iter().map(|s| s.text.len() + 1).sum());
        for s in strings {
            buffer.extend_from_slice(s.text.as_bytes());
            buffer.push(0);
        }
        // Most payloads are clean: one leftmost search answers that, and only
        // a payload with some hit pays for the overlapping search that names
        // every rule that matched.
        if !self.set.is_match(&buffer) {
            findings.sort_by(|a, b| (&a.pointer, a.family, a.rule).cmp(&(&b.pointer, b.family, b.rule)));
            return findings;
        }
        let hits = self.set.matches(&buffer);
        if hits.matched_any() {
            for i in hits.iter() {
                let Some((re, r)) = self.rules.get(i) else { continue };
                for s in strings {
                    if re.is_match(s.text.as_bytes()) {
                        findings.push(Finding { family: r.family, pointer: at(s), severity: r.severity, rule: r.id });
                    }
                }
            }
        }
        findings.sort_by(|a, b| (&a.pointer, a.family, a.rule).cmp(&(&b.pointer, b.family, b.rule)));
        findings.dedup();
        findings
    }
}

/// RFC 6901 escaping of one reference token.
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn collect<'a>(
    v: &'a Value,
    node: Option<usize>,
    depth: usize,
    max: usize,
    nodes: &mut Vec<Node<'a>>,
    out: &mut Vec<Scanned<'a>>,
) -> Result<(), Error> {
    if depth > max {
        return Err(Error::Payload(format!("nested deeper than {max}")));
    }
    match v {
        Value::String(s) => out.push(Scanned { node, text: Cow::Borrowed(s), is_key: false }),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                nodes.push(Node { parent: node, token: Token::Index(i) });
                let child = Some(nodes.len() - 1);
                collect(item, child, depth + 1, max, nodes, out)?;
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                nodes.push(Node { parent: node, token: Token::Key(Cow::Borrowed(k)) });
                let child = Some(nodes.len() - 1);
                out.push(Scanned { node: child, text: Cow::Borrowed(k), is_key: true });
                collect(item, child, depth + 1, max, nodes, out)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Walks JSON straight off the parser, recording strings and keys with their
/// paths; numbers, booleans and nulls are skipped.
struct Walker<'w, 'de> {
    nodes: &'w mut Vec<Node<'de>>,
    out: &'w mut Vec<Scanned<'de>>,
    parent: Option<usize>,
    depth: usize,
    max: usize,
}

impl<'de> serde::de::DeserializeSeed<'de> for Walker<'_, 'de> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

/// A key or string, borrowed from the input when it has no escapes.
struct Text<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Text<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> serde::de::Visitor<'de> for Walker<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<(), E> {
        self.out.push(Scanned { node: self.parent, text: Cow::Borrowed(v), is_key: false });
        Ok(())
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.out.push(Scanned { node: self.parent, text: Cow::Owned(v.to_owned()), is_key: false });
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let depth = self.depth + 1;
        if depth > self.max {
            return Err(serde::de::Error::custom(format!("nested deeper than {}", self.max)));
        }
        let mut i = 0;
        loop {
            self.nodes.push(Node { parent: self.parent, token: Token::Index(i) });
            let node = Some(self.nodes.len() - 1);
            let walker = Walker { nodes: &mut *self.nodes, out: &mut *self.out, parent: node, depth, max: self.max };
            if seq.next_element_seed(walker)?.is_none() {
                self.nodes.pop();
                return Ok(());
            }
            i += 1;
        }
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let depth = self.depth + 1;
        if depth > self.max {
            return Err(serde::de::Error::custom(format!("nested deeper than {}", self.max)));
        }
        while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
            self.nodes.push(Node { parent: self.parent, token: Token::Key(key.clone()) });
            let node = Some(self.nodes.len() - 1);
            self.out.push(Scanned { node, text: key, is_key: true });
            map.next_value_seed(Walker { nodes: &mut *self.nodes, out: &mut *self.out, parent: node, depth, max: self.max })?;
        }
        Ok(())
    }
}
