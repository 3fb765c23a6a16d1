//! Per-tool argument schemas: a positive model of what a typed argument may
//! be (a shell command line running only listed commands, one read-only SQL
//! statement, a path under its roots, a URL, plain text).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Confidence, Context, Family, Finding};

/// What an argument is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ArgKind {
    /// A shell command line; `commands` lists the programs it may run.
    Shell,
    /// A SQL statement; `read_only` requires one read-only statement.
    Sql,
    /// A file path; `roots` lists the directories it must stay under.
    Path,
    /// A URL (the egress rules decide where it may go).
    Url,
    /// Prose: only the prompt-injection and secret analyzers apply.
    Text,
}

/// The schema of one argument (`{ kind = "shell", commands = ["ls", "npm"] }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArgSchema {
    /// What it is.
    pub kind: ArgKind,
    /// `shell`: the commands it may run (by name; a path's last component).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commands: Vec<String>,
    /// `sql`: exactly one read-only statement.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read_only: bool,
    /// `path`: the roots it must stay under, after normalization.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roots: Vec<String>,
}

impl ArgSchema {
    /// Checks that the fields fit the kind.
    ///
    /// # Errors
    /// A message naming the misplaced field.
    pub fn validate(&self) -> Result<(), String> {
        if !self.commands.is_empty() && self.kind != ArgKind::Shell {
            return Err("`commands` applies to kind = \"shell\" only".into());
        }
        if self.read_only && self.kind != ArgKind::Sql {
            return Err("`read_only` applies to kind = \"sql\" only".into());
        }
        if !self.roots.is_empty() && self.kind != ArgKind::Path {
            return Err("`roots` applies to kind = \"path\" only".into());
        }
        if let Some(r) = self.roots.iter().find(|r| !r.starts_with('/')) {
            return Err(format!("root {r:?} is not an absolute path"));
        }
        if let Some(c) = self.commands.iter().find(|c| c.is_empty() || c.contains(['/', ' '])) {
            return Err(format!("command {c:?} must be a bare program name"));
        }
        Ok(())
    }

    fn context(&self) -> Context {
        match self.kind {
            ArgKind::Shell => Context::Shell,
            ArgKind::Sql => Context::Sql,
            ArgKind::Path => Context::Path,
            ArgKind::Url => Context::Url,
            ArgKind::Text => Context::Text,
        }
    }

    /// The family the schema check replaces the signature analyzer of.
    /// Only where a positive model is set: a kind without constraints
    /// keeps its family's signature analyzer.
    pub(crate) fn family(&self) -> Option<Family> {
        match self.kind {
            ArgKind::Shell if !self.commands.is_empty() => Some(Family::ShellInjection),
            ArgKind::Sql if self.read_only => Some(Family::SqlInjection),
            ArgKind::Path if !self.roots.is_empty() => Some(Family::PathTraversal),
            _ => None,
        }
    }
}

/// The argument schema of one tool: field (`cmd`, or a dotted path
/// `args.cmd`, or a JSON pointer `/args/cmd`) to its schema.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolSchema {
    /// The typed arguments.
    #[serde(default)]
    pub args: BTreeMap<String, ArgSchema>,
}

/// The JSON pointer a schema's field name stands for.
fn field_pointer(field: &str) -> String {
    if field.starts_with('/') {
        return field.to_owned();
    }
    let mut out = String::new();
    for part in field.split('.') {
        out.push('/');
        out.push_str(&super::escape(part));
    }
    out
}

impl ToolSchema {
    /// The declared schema of the string at `pointer`, if any.
    pub(crate) fn arg_at(&self, pointer: &str) -> Option<&ArgSchema> {
        self.args.iter().find(|(field, _)| field_pointer(field) == pointer).map(|(_, s)| s)
    }

    /// The context the schema declares for the string at `pointer`.
    pub(crate) fn context_for(&self, pointer: &str) -> Option<Context> {
        self.arg_at(pointer).map(ArgSchema::context)
    }

    /// Checks every field's schema.
    ///
    /// # Errors
    /// A message naming the field.
    pub fn validate(&self) -> Result<(), String> {
        for (field, s) in &self.args {
            if field.is_empty() {
                return Err("an empty field name".into());
            }
            s.validate().map_err(|e| format!("args.{field}: {e}"))?;
        }
        Ok(())
    }
}

/// Tool name (exact) to its argument schema.
pub type ToolSchemas = BTreeMap<String, ToolSchema>;

fn finding(family: Family, rule: &'static str, pointer: &str, excerpt: String) -> Finding {
    Finding { family, confidence: Confidence::High, pointer: pointer.to_owned(), chain: Vec::new(), rule, excerpt }
}

/// Programs that run another program named in their arguments, and the
/// name a `commands` list must hold to allow that: `npm exec`/`npx`/`pnpm
/// dlx`/`yarn dlx`/`bunx` run any package, `git -c core.pager=...`,
/// `core.sshCommand`, `core.editor`, `core.fsmonitor`, `core.hooksPath`,
/// `alias.x=!...` and `--upload-pack`/`--receive-pack`/`--exec` run any
/// command.
const RUNNERS: &[(&str, &str)] = &[
    ("npx ", "npx"),
    ("npm exec", "npx"),
    ("npm x ", "npx"),
    ("pnpm dlx", "npx"),
    ("pnpm exec", "npx"),
    ("yarn dlx", "npx"),
    ("yarn exec", "npx"),
    ("bunx ", "npx"),
    ("core.pager", "git-config"),
    ("core.sshcommand", "git-config"),
    ("core.editor", "git-config"),
    ("core.fsmonitor", "git-config"),
    ("core.hookspath", "git-config"),
    ("core.gitproxy", "git-config"),
    ("alias.", "git-config"),
    ("--config-env", "git-config"),
    ("--upload-pack", "git-config"),
    ("--receive-pack", "git-config"),
    ("--exec=", "git-config"),
];

/// The positive model for one typed string: a finding if it breaks its
/// schema. Applied where the string is found, embedded documents included.
pub(crate) fn check_text(arg: &ArgSchema, text: &str, at: &str) -> Option<Finding> {
    let short = |m: String| m.chars().take(120).collect::<String>();
    match arg.kind {
        ArgKind::Shell if !arg.commands.is_empty() => match super::shell::commands(text) {
            Ok(run) => {
                if let Some(bad) = run.iter().find(|c| !arg.commands.iter().any(|a| a == basename(c))) {
                    return Some(finding(
                        Family::ShellInjection,
                        "schema.shell-command",
                        at,
                        short(format!("runs {bad}, not in {:?}", arg.commands)),
                    ));
                }
                // Allowed programs that run whatever their arguments name.
                let squashed: String = text.to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ") + " ";
                let runner = RUNNERS.iter().find(|(pattern, needs)| squashed.contains(pattern) && !arg.commands.iter().any(|a| a == needs));
                runner.map(|(pattern, needs)| {
                    finding(
                        Family::ShellInjection,
                        "schema.shell-command",
                        at,
                        short(format!("{} runs a command its arguments name; allow it by listing {needs:?}", pattern.trim())),
                    )
                })
            }
            Err(e) => Some(finding(Family::ShellInjection, "schema.shell-unparsable", at, short(e))),
        },
        ArgKind::Sql if arg.read_only => {
            super::sql::read_only(text).err().map(|e| finding(Family::SqlInjection, "schema.sql-not-read-only", at, short(e)))
        }
        ArgKind::Path if !arg.roots.is_empty() => super::path::within_roots(text, &arg.roots)
            .err()
            .map(|e| finding(Family::PathTraversal, "schema.path-outside-roots", at, short(e))),
        ArgKind::Url => {
            let urls = super::ssrf::urls(text);
            (urls.len() != 1 || urls.first().map(String::as_str) != Some(text.trim()))
                .then(|| finding(Family::Ssrf, "schema.not-one-url", at, short(format!("{} URL(s) in the field", urls.len()))))
        }
        _ => None,
    }
}

/// Typed arguments that are not strings (a string is checked where the
/// walk finds it, by [`check_text`]).
pub(crate) fn check(schema: &ToolSchema, payload: &Value) -> Vec<Finding> {
    let mut out = Vec::new();
    for (field, arg) in &schema.args {
        let at = field_pointer(field);
        let Some(value) = payload.pointer(&at) else { continue };
        if !value.is_string() && !value.is_null() {
            out.push(finding(Family::PromptInjection, "schema.not-a-string", &at, format!("{} is not a string", kind_name(arg.kind))));
        }
    }
    out
}

fn kind_name(kind: ArgKind) -> &'static str {
    match kind {
        ArgKind::Shell => "a shell argument",
        ArgKind::Sql => "a SQL argument",
        ArgKind::Path => "a path argument",
        ArgKind::Url => "a URL argument",
        ArgKind::Text => "a text argument",
    }
}

fn basename(command: &str) -> &str {
    command.rsplit('/').next().unwrap_or(command)
}
