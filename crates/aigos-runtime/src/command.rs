//! Kill switch commands (AIGOS SPEC-RT-005), made sound: every field but the
//! signature is signed (RFC 8785 bytes), verification is never skipped, and
//! replays, stale and expired commands are refused.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use aigos_core::Clock;
use aigos_crypto::{Algorithm, Signer, VerifyingKey};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// What a command does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum CommandType {
    /// Stop for good; cascades to children; cannot be undone.
    Terminate,
    /// Stop taking new work; in-flight work gets a grace period.
    Pause,
    /// Undo a pause (never a termination).
    Resume,
}

/// Which agents a command addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetType {
    /// Running instances by id.
    Instance,
    /// Agents (assets) by id: every instance of them.
    Asset,
    /// Organizations by id.
    Organization,
    /// Lineages by root-or-ancestor instance id: every descendant.
    Lineage,
    /// Everything.
    All,
}

/// The target of a command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// Kind of target.
    #[serde(rename = "type")]
    pub kind: TargetType,
    /// Ids (empty for `all`).
    #[serde(default)]
    pub ids: Vec<String>,
}

/// The signature block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommandSignature {
    /// `Ed25519` or `ES256`.
    pub algorithm: String,
    /// Standard base64 of the signature.
    pub value: String,
    /// The signing key's id.
    pub key_id: String,
}

/// A kill switch command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KillCommand {
    /// Unique id (UUID).
    pub id: String,
    /// What to do.
    #[serde(rename = "type")]
    pub kind: CommandType,
    /// Whom.
    pub target: Target,
    /// Why (signed).
    pub reason: String,
    /// Who issued it (signed).
    pub issued_by: String,
    /// When, RFC 3339.
    pub issued_at: String,
    /// Until when it may be applied, RFC 3339.
    pub expires_at: String,
    /// Monotonic per issuer: a command must be above the last applied one.
    pub sequence: u64,
    /// Signature over the RFC 8785 bytes of every other field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<CommandSignature>,
}

#[derive(Serialize)]
struct Signed<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: CommandType,
    target: &'a Target,
    reason: &'a str,
    issued_by: &'a str,
    issued_at: &'a str,
    expires_at: &'a str,
    sequence: u64,
}

/// Why a command was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KillError {
    /// Not a command (bad JSON, unknown fields, bad times, bad id).
    #[error("malformed command: {0}")]
    Malformed(String),
    /// No signature.
    #[error("unsigned command")]
    Unsigned,
    /// The key id is not trusted.
    #[error("untrusted key id {0:?}")]
    UntrustedKey(String),
    /// The signature does not verify (forged, or wrongly keyed).
    #[error("bad signature")]
    BadSignature,
    /// Past `expires_at`.
    #[error("expired")]
    Expired,
    /// `issued_at` more than the maximum age ago, or in the future.
    #[error("stale or future-dated: {0}")]
    Stale(String),
    /// Id seen before, or sequence not above the last applied.
    #[error("replayed: {0}")]
    Replayed(String),
    /// The command does not address this agent.
    #[error("not addressed to this agent")]
    NotForMe,
}

fn rfc3339(unix: i64) -> Result<String, KillError> {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .ok_or_else(|| KillError::Malformed("time out of range".into()))
}

fn parse_time(s: &str) -> Result<i64, KillError> {
    OffsetDateTime::parse(s, &Rfc3339)
        .map(OffsetDateTime::unix_timestamp)
        .map_err(|_| KillError::Malformed(format!("{s:?} is not RFC 3339")))
}

impl KillCommand {
    fn signed_bytes(&self) -> Result<Vec<u8>, KillError> {
        // RFC 8785 writes numbers as IEEE doubles: a sequence beyond 2^53 - 1
        // would share its signed bytes with its neighbours (found by fuzzing).
        if self.sequence > aigos_core::MAX_SAFE_INTEGER {
            return Err(KillError::Malformed(format!("sequence {} is beyond 2^53 - 1", self.sequence)));
        }
        aigos_core::canonical_json(&Signed {
            id: &self.id,
            kind: self.kind,
            target: &self.target,
            reason: &self.reason,
            issued_by: &self.issued_by,
            issued_at: &self.issued_at,
            expires_at: &self.expires_at,
            sequence: self.sequence,
        })
        .map_err(|e| KillError::Malformed(e.to_string()))
    }

    /// A new signed command as described by `spec`.
    ///
    /// # Errors
    /// [`KillError::Malformed`] for a bad target; signing failures as
    /// [`KillError::BadSignature`].
    pub fn issue(key: &dyn Signer, spec: CommandSpec) -> Result<Self, KillError> {
        let CommandSpec { kind, target, reason, issued_by, sequence, now, ttl } = spec;
        if target.kind != TargetType::All && target.ids.is_empty() {
            return Err(KillError::Malformed("a target other than all needs ids".into()));
        }
        let mut id = [0u8; 16];
        key.provider().fill_random(&mut id).map_err(|e| KillError::Malformed(e.to_string()))?;
        let mut cmd = KillCommand {
            id: uuid::Builder::from_random_bytes(id).into_uuid().hyphenated().to_string(),
            kind,
            target,
            reason,
            issued_by,
            issued_at: rfc3339(now)?,
            expires_at: rfc3339(now.saturating_add(i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX)))?,
            sequence,
            signature: None,
        };
        let sig = key.sign(&cmd.signed_bytes()?).map_err(|_| KillError::BadSignature)?;
        cmd.signature = Some(CommandSignature {
            algorithm: if key.algorithm() == Algorithm::EdDsa { "Ed25519".into() } else { "ES256".into() },
            value: BASE64.encode(sig.as_bytes()),
            key_id: key.kid().to_string(),
        });
        Ok(cmd)
    }
}

/// What to put in a new command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandSpec {
    /// What to do.
    pub kind: CommandType,
    /// Whom.
    pub target: Target,
    /// Why.
    pub reason: String,
    /// Who issues it.
    pub issued_by: String,
    /// Above every earlier command of this issuer.
    pub sequence: u64,
    /// Issue time (Unix seconds).
    pub now: i64,
    /// Validity.
    pub ttl: Duration,
}

/// Who this agent is, for target matching.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    /// This instance.
    pub instance_id: String,
    /// Its agent (asset) id.
    pub asset_id: String,
    /// Its organization, when any.
    pub organization_id: Option<String>,
    /// Its ancestors' instance ids (parent first, up to the root).
    pub ancestors: Vec<String>,
}

impl Identity {
    /// Whether `target` addresses this agent. A lineage target matches the
    /// named instance and every descendant of it.
    pub fn matches(&self, target: &Target) -> bool {
        let any = |v: &str| target.ids.iter().any(|i| i == v);
        match target.kind {
            TargetType::All => true,
            TargetType::Instance => any(&self.instance_id),
            TargetType::Asset => any(&self.asset_id),
            TargetType::Organization => self.organization_id.as_deref().is_some_and(any),
            TargetType::Lineage => any(&self.instance_id) || self.ancestors.iter().any(|a| any(a)),
        }
    }
}

/// A verified command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The command.
    pub command: KillCommand,
}

/// Verifies commands: trusted key, valid signature, not expired, issued
/// within the last hour, addressed to this agent (when an identity is set),
/// id never seen and sequence above the last applied.
pub struct KillVerifier {
    keys: HashMap<String, VerifyingKey>,
    /// Retired keys: the time from which their commands are refused.
    retired: HashMap<String, i64>,
    clock: Arc<dyn Clock>,
    max_age: Duration,
    identity: Option<Identity>,
    seen: HashSet<String>,
    order: VecDeque<String>,
    last_sequence: HashMap<String, u64>,
    /// The highest sequence of a pause or resume per issuer and target
    /// (what orders a journal's pauses and resumes).
    last_switch: HashMap<(String, String), u64>,
}

impl std::fmt::Debug for KillVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KillVerifier").field("keys", &self.keys.len()).field("identity", &self.identity).finish_non_exhaustive()
    }
}

/// How many command ids are remembered (older ones are also older than the
/// maximum age, so they are refused as stale anyway).
const SEEN_CAPACITY: usize = 100_000;

impl KillVerifier {
    /// A verifier trusting `keys` (kid -> key).
    pub fn new(keys: HashMap<String, VerifyingKey>, clock: Arc<dyn Clock>) -> Self {
        KillVerifier {
            keys,
            retired: HashMap::new(),
            clock,
            max_age: Duration::from_secs(3600),
            identity: None,
            seen: HashSet::new(),
            order: VecDeque::new(),
            last_sequence: HashMap::new(),
            last_switch: HashMap::new(),
        }
    }

    /// Only accept commands addressed to `identity`.
    #[must_use]
    pub fn for_identity(mut self, identity: Identity) -> Self {
        self.identity = Some(identity);
        self
    }

    /// Retired keys (kid -> Unix seconds of retirement, as in
    /// [`aigos_crypto::Jwks::retirements`]): a command one of them signed
    /// with an `issued_at` at or after its retirement is refused as signed
    /// by an untrusted key.
    #[must_use]
    pub fn retired_keys(mut self, retired: HashMap<String, i64>) -> Self {
        self.retired = retired;
        self
    }

    /// Maximum age of `issued_at` (default 1 h).
    #[must_use]
    pub fn max_age(mut self, age: Duration) -> Self {
        self.max_age = age;
        self
    }

    /// Checks a command without recording it.
    ///
    /// # Errors
    /// The [`KillError`] of the first check that fails.
    pub fn check(&self, cmd: &KillCommand) -> Result<(), KillError> {
        self.check_authentic(cmd)?;
        let now = self.clock.now_secs();
        let (issued, expires) = (parse_time(&cmd.issued_at)?, parse_time(&cmd.expires_at)?);
        if now >= expires {
            return Err(KillError::Expired);
        }
        if issued > now + 60 {
            return Err(KillError::Stale("issued in the future".into()));
        }
        if now - issued > i64::try_from(self.max_age.as_secs()).unwrap_or(i64::MAX) {
            return Err(KillError::Stale(format!("issued {}s ago", now - issued)));
        }
        if let Some(me) = &self.identity
            && !me.matches(&cmd.target)
        {
            return Err(KillError::NotForMe);
        }
        if self.seen.contains(&cmd.id) {
            return Err(KillError::Replayed(format!("id {} already applied", cmd.id)));
        }
        if let Some(last) = self.last_sequence.get(&cmd.issued_by)
            && cmd.sequence <= *last
        {
            return Err(KillError::Replayed(format!("sequence {} not above {last}", cmd.sequence)));
        }
        Ok(())
    }

    /// Checks a command and records it as applied.
    ///
    /// # Errors
    /// As [`KillVerifier::check`].
    pub fn verify(&mut self, cmd: &KillCommand) -> Result<Verified, KillError> {
        self.check(cmd)?;
        Ok(self.record(cmd))
    }

    /// Takes back a command that was verified and applied before (by a
    /// process that has since restarted, from its persisted kill state):
    /// the key must still be trusted and the signature must verify, but
    /// expiry, age and sequence are not checked again, since they were
    /// checked when it was first applied and a termination is final. Its
    /// id and sequence are recorded, so a copy from a channel is a replay.
    ///
    /// # Errors
    /// [`KillError`] when it is malformed, unsigned, signed by a key no
    /// longer trusted, or its signature does not verify.
    pub fn restore(&mut self, cmd: &KillCommand) -> Result<Verified, KillError> {
        self.check_authentic(cmd)?;
        Ok(self.record(cmd))
    }

    /// Takes a command from a fleet's kill journal ([`crate::KillBus`]):
    /// another Guard verified and applied it, maybe longer ago than the
    /// freshness window, so expiry and age are not checked; the key must be
    /// trusted here, the signature must verify, and the id must be new (a
    /// journal entry copied again is a replay). Guards publish in the order
    /// they apply, not in the issuer's: a termination applies whatever its
    /// sequence (it is final), while a pause or resume at or below the
    /// issuer's last sequence is recorded and not applied, so an older
    /// RESUME appended after a newer PAUSE releases nothing.
    ///
    /// # Errors
    /// [`KillError`].
    pub fn replay(&mut self, cmd: &KillCommand) -> Result<Verified, KillError> {
        self.check_authentic(cmd)?;
        if self.seen.contains(&cmd.id) {
            return Err(KillError::Replayed(format!("id {} already applied", cmd.id)));
        }
        // A pause or resume is ordered against the issuer's pauses and
        // resumes of the same target only: a newer command for another
        // target must not drop one that arrived late.
        if cmd.kind != CommandType::Terminate
            && let Some(last) = self.last_switch.get(&switch_key(cmd)).copied()
            && cmd.sequence <= last
        {
            self.record(cmd);
            return Err(KillError::Replayed(format!(
                "sequence {} not above {last}: a pause or resume out of order is not applied",
                cmd.sequence
            )));
        }
        Ok(self.record(cmd))
    }

    /// Whether a command with this id was applied (or taken back).
    pub fn has_seen(&self, id: &str) -> bool {
        self.seen.contains(id)
    }

    /// A well-formed id, and a valid signature by a trusted key.
    fn check_authentic(&self, cmd: &KillCommand) -> Result<(), KillError> {
        if uuid::Uuid::try_parse(&cmd.id).is_err() {
            return Err(KillError::Malformed("id is not a UUID".into()));
        }
        let sig = cmd.signature.as_ref().ok_or(KillError::Unsigned)?;
        let key = self.keys.get(&sig.key_id).ok_or_else(|| KillError::UntrustedKey(sig.key_id.clone()))?;
        let expected_alg = if key.algorithm() == Algorithm::EdDsa { "Ed25519" } else { "ES256" };
        if sig.algorithm != expected_alg {
            return Err(KillError::BadSignature);
        }
        let value = BASE64.decode(&sig.value).map_err(|_| KillError::BadSignature)?;
        key.verify(&cmd.signed_bytes()?, &value).map_err(|_| KillError::BadSignature)?;
        if let Some(retired) = self.retired.get(&sig.key_id)
            && parse_time(&cmd.issued_at)? >= *retired
        {
            return Err(KillError::UntrustedKey(format!("{} (retired at {retired})", sig.key_id)));
        }
        Ok(())
    }

    /// Remembers `cmd` as applied: its id, and its issuer's highest sequence.
    fn record(&mut self, cmd: &KillCommand) -> Verified {
        if self.order.len() >= SEEN_CAPACITY
            && let Some(old) = self.order.pop_front()
        {
            self.seen.remove(&old);
        }
        self.seen.insert(cmd.id.clone());
        self.order.push_back(cmd.id.clone());
        let last = self.last_sequence.entry(cmd.issued_by.clone()).or_insert(cmd.sequence);
        *last = (*last).max(cmd.sequence);
        if cmd.kind != CommandType::Terminate {
            let last = self.last_switch.entry(switch_key(cmd)).or_insert(cmd.sequence);
            *last = (*last).max(cmd.sequence);
        }
        Verified { command: cmd.clone() }
    }
}

/// Issuer and target of a pause or resume.
fn switch_key(cmd: &KillCommand) -> (String, String) {
    (cmd.issued_by.clone(), serde_json::to_string(&cmd.target).unwrap_or_default())
}
