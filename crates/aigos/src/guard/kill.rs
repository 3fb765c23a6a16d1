//! Kill state: signed kill commands (applied, persisted, taken back on
//! restart, received from channels), the step-1 check that stops a killed
//! or paused agent, heartbeat leases and the watchdog, and the operator's
//! audited unblock.
//!
//! Who a command addresses is decided on trusted facts only: the agent
//! authenticated at step 1, its organization from the registry, and the
//! instance's ancestors from the Guard's records. A termination cascades:
//! the descendants of a terminated instance are stopped too.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError};
use std::time::Duration;

use aigos_core::{AgentId, InstanceId};
use aigos_runtime::{CommandSource, CommandType, JournalEntry, JournalEvent, KillCommand, SourceError, SourceEvent, Target, TargetType};
use tokio::sync::mpsc;

use super::runtime::Runtime;
use super::{Check, Cx, Facts, Guard, Inner, Layer, Verdict, bounded};
use crate::Error;

const MIN_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// How long joining a fleet may take to read its whole kill journal.
const JOIN_TIMEOUT: Duration = Duration::from_secs(30);

pub(crate) struct KillState {
    pub(crate) verifier: aigos_runtime::KillVerifier,
    pub(crate) terminated: Vec<Target>,
    pub(crate) paused: Vec<Target>,
    /// Instances under a heartbeat lease, with the handle their process watches.
    pub(crate) leases: HashMap<String, (aigos_runtime::Watchdog, aigos_runtime::AgentHandle)>,
    /// Where applied commands are kept ([`crate::RuntimeLayer::kill_state`]).
    pub(crate) file: Option<std::path::PathBuf>,
    /// Instances the watchdog terminated, as taken back from the file.
    pub(crate) reaped: Vec<String>,
    /// Every command applied (or taken back), in order: what this Guard
    /// publishes again when a fleet's journal was lost.
    pub(crate) applied: Vec<KillCommand>,
    /// Leases are a fleet's ([`crate::RuntimeLayer::leases`]): this
    /// Guard's watchdogs do not reap (the instance may beat elsewhere).
    pub(crate) shared_leases: bool,
    /// Entries this Guard applied that the fleet's journal did not take
    /// yet: published again by the journal follower until it does.
    pub(crate) outbox: Vec<JournalEntry>,
}

/// A watchdog termination as the kill-state file keeps it. It is not
/// signed: a line of this kind can only terminate, never release, so
/// whoever adds one gains nothing a kill command would not give them.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Reaped {
    reaped: String,
}

impl KillState {
    /// Applies a verified command to the state.
    fn apply(&mut self, command: &KillCommand) {
        self.applied.push(command.clone());
        let target = command.target.clone();
        match command.kind {
            CommandType::Terminate => self.terminated.push(target),
            CommandType::Pause => self.paused.push(target),
            CommandType::Resume => self.paused.retain(|t| t != &target),
        }
    }

    /// Appends an applied command to the kill-state file and syncs it.
    fn persist(&self, command: &KillCommand) -> Result<(), String> {
        self.append(command)
    }

    /// Appends the watchdog's terminations to the kill-state file, so a
    /// restart keeps them too.
    fn persist_reaped(&self, reaped: &[String]) -> Result<(), String> {
        reaped.iter().try_for_each(|id| self.append(&Reaped { reaped: id.clone() }))
    }

    fn append<T: serde::Serialize>(&self, value: &T) -> Result<(), String> {
        use std::io::Write as _;
        let Some(path) = &self.file else { return Ok(()) };
        let mut line = serde_json::to_vec(value).map_err(|e| e.to_string())?;
        line.push(b'\n');
        let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        f.write_all(&line).and_then(|()| f.sync_data()).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Takes back the commands of the kill-state file, in order. A line
    /// that does not parse, or whose command no longer verifies (edited,
    /// or signed by a key no longer trusted), stops the Guard from starting;
    /// a last line without its newline is the torn end of a write and is
    /// skipped.
    pub(crate) fn restore(&mut self) -> Result<(), String> {
        let Some(path) = self.file.clone() else { return Ok(()) };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let lines: Vec<&str> = text.split('\n').collect();
        // The piece after the last newline: empty, or a write cut short.
        let torn = lines.len() - 1;
        for (i, line) in lines.iter().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let at = |e: &dyn std::fmt::Display| format!("{} line {}: {e}", path.display(), i + 1);
            if let Ok(Reaped { reaped }) = serde_json::from_str(line) {
                self.reaped.push(reaped);
                continue;
            }
            let command: KillCommand = match serde_json::from_str(line) {
                Ok(c) => c,
                Err(_) if i == torn => continue,
                Err(e) => return Err(at(&e)),
            };
            let verified = self.verifier.restore(&command).map_err(|e| at(&e))?;
            self.apply(&verified.command);
        }
        Ok(())
    }

    /// Instance ids that terminations name (instance and lineage targets,
    /// and the watchdog's).
    pub(crate) fn terminated_instances(&self) -> impl Iterator<Item = &str> {
        self.terminated
            .iter()
            .filter(|t| matches!(t.kind, TargetType::Instance | TargetType::Lineage))
            .flat_map(|t| t.ids.iter().map(String::as_str))
            .chain(self.reaped.iter().map(String::as_str))
    }

    /// Terminates instances whose heartbeat lease ran out (all, or `only`
    /// that one); returns their ids. A terminated orphan stays terminated.
    fn reap(&mut self, only: Option<&str>) -> Vec<String> {
        let mut reaped = Vec::new();
        if self.shared_leases {
            // The fleet's lease store decides (Guard::sweep_orphans).
            return reaped;
        }
        match only {
            // One instance (every validation): a lookup, not a walk over all leases.
            Some(instance) => {
                if self.leases.get(instance).is_some_and(|(watchdog, handle)| watchdog.check(handle)) {
                    self.leases.remove(instance);
                    reaped.push(instance.to_owned());
                }
            }
            None => self.leases.retain(|instance, (watchdog, handle)| {
                if !watchdog.check(handle) {
                    return true;
                }
                reaped.push(instance.clone());
                false
            }),
        }
        for instance in &reaped {
            crate::telemetry::terminate(instance, "watchdog", "watchdog", None, aigos_runtime::WATCHDOG_REASON);
        }
        reaped
    }
}

/// The Guard's view of `instance` as a kill command addresses it: its
/// agent and ancestors from the Guard's records, its organization from
/// the registry.
fn identity_of(g: &Inner, instance: &str, record: Option<&super::instances::Record>) -> Option<aigos_runtime::Identity> {
    let record = record?;
    let id = InstanceId::new(instance).ok()?;
    Some(aigos_runtime::Identity {
        instance_id: instance.to_owned(),
        asset_id: record.agent.to_string(),
        organization_id: g.agents.get(&record.agent).and_then(|a| a.organization.clone()),
        ancestors: g.instances.ancestors(&id, Some(&record.lineage)),
    })
}

/// Whether `target` addresses `me`: a terminated or paused instance takes
/// its descendants with it (they act on its behalf). Where the Guard knows
/// no organizations (`orgs_known` false: no registry), an organization
/// target addresses everyone: it cannot tell who belongs to it, so it
/// fails closed.
fn addresses(me: &aigos_runtime::Identity, target: &Target, orgs_known: bool) -> bool {
    match target.kind {
        TargetType::Instance => me.matches(&Target { kind: TargetType::Lineage, ids: target.ids.clone() }),
        TargetType::Organization if !orgs_known => true,
        _ => me.matches(target),
    }
}

/// Step 1: the agent is neither terminated nor paused, by any command
/// addressed to its instance, an ancestor instance (terminations cascade),
/// its agent id or its registered organization.
pub(crate) struct KillCheck(pub(crate) Arc<Runtime>);

#[async_trait::async_trait]
impl Check for KillCheck {
    async fn run(&self, cx: &Cx<'_>, facts: &mut Facts) -> Result<Verdict, String> {
        let (g, r) = (cx.g, cx.request);
        let mut kills = self.0.kills.lock().unwrap_or_else(PoisonError::into_inner);
        let reaped = kills.reap(Some(r.instance_id.as_str()));
        if !reaped.is_empty() {
            g.instances.terminate(reaped.iter().map(String::as_str));
            // Not kept: the next restart forgets this one orphan (it is still refused until then).
            let _ = kills.persist_reaped(&reaped);
        }
        // Nothing was ever terminated or paused: the common case, decided
        // without walking the spawn tree.
        if kills.terminated.is_empty() && kills.paused.is_empty() && !g.instances.any_terminated_at_all() {
            return Ok(Verdict::pass("not killed or paused"));
        }
        let ancestors = g.instances.ancestors(&r.instance_id, facts.lineage.as_ref());
        let organization = facts.agent.as_ref().and_then(|a| a.organization.clone());
        match kill_verdict(g, &kills, &r.agent_id, Some(r.instance_id.as_str()), ancestors, organization, true) {
            Some((code, why)) => Ok(Verdict::Reject(code, why)),
            None => Ok(Verdict::pass("not killed or paused")),
        }
    }
}

/// Whether the kill switch stops `agent` (its `instance` when known, with
/// its `ancestors`, in `organization`): the code and reason, or `None`.
/// A termination of the instance or an ancestor cascades; commands address
/// instances, assets (agents) and organizations. With `book`, an instance
/// the Guard's book holds as terminated (by a command or the watchdog)
/// counts too; without, only kill commands do.
pub(crate) fn kill_verdict(
    g: &super::Inner,
    kills: &KillState,
    agent: &AgentId,
    instance: Option<&str>,
    ancestors: Vec<String>,
    organization: Option<String>,
    book: bool,
) -> Option<(&'static str, String)> {
    let terminated = || ("KILL_TERMINATED", format!("kill switch: agent {agent} was terminated by the kill switch"));
    if book && instance.is_some_and(|i| g.instances.any_terminated(std::iter::once(i).chain(ancestors.iter().map(String::as_str)))) {
        return Some(terminated());
    }
    let me = aigos_runtime::Identity {
        instance_id: instance.unwrap_or_default().to_owned(),
        asset_id: agent.to_string(),
        organization_id: organization,
        ancestors,
    };
    let orgs_known = g.instances.required;
    if kills.terminated.iter().any(|t| addresses(&me, t, orgs_known)) {
        return Some(terminated());
    }
    if kills.paused.iter().any(|t| addresses(&me, t, orgs_known)) {
        return Some(("KILL_PAUSED", format!("kill switch: agent {agent} is paused by the kill switch")));
    }
    None
}

/// What happened to a command a channel delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum KillReport {
    /// Verified, applied and recorded in the audit log.
    Applied {
        /// The channel's name.
        channel: String,
        /// The command's id.
        id: String,
    },
    /// Applied (it takes effect), but the audit log could not record it.
    AppliedUnrecorded {
        /// The channel's name.
        channel: String,
        /// The command's id.
        id: String,
        /// Why it is not recorded.
        error: String,
    },
    /// Refused: malformed, forged, expired, replayed or untrusted.
    Refused {
        /// The channel's name.
        channel: String,
        /// Why.
        error: String,
    },
    /// The channel failed; it is retried with backoff.
    ChannelError(SourceError),
}

impl Guard {
    fn runtime(&self) -> Result<&Runtime, Error> {
        self.inner.runtime.as_deref().ok_or(Error::LayerLeftOut(Layer::Runtime))
    }

    /// Records a heartbeat of `agent`'s `instance` and puts it under a
    /// lease (on its first beat). Returns the handle the agent's process
    /// watches: it is terminated when the lease runs out or a kill command
    /// reaches it. A heartbeat never makes an instance known: the registry
    /// or the host ([`Guard::register_instance`]) does, so whoever can
    /// heartbeat cannot mint a fresh instance to escape a kill, a depth or
    /// a lineage (without a registry there is nothing to hold an instance
    /// against, and the first beat registers it as a root).
    ///
    /// # Errors
    /// [`Error::LayerLeftOut`] without the runtime layer; [`Error::Instance`]
    /// when the instance is unknown, was terminated, or belongs to another
    /// agent.
    pub fn heartbeat(&self, agent: &AgentId, instance: &InstanceId) -> Result<aigos_runtime::AgentHandle, Error> {
        let rt = self.runtime()?;
        match self.inner.instances.get(instance) {
            (_, true) => return Err(Error::Instance(format!("{instance} was terminated and is never accepted again"))),
            (Some(r), false) if &r.agent != agent => return Err(Error::Instance(format!("{instance} belongs to another agent"))),
            (Some(_), false) => {}
            (None, false) if self.inner.instances.required => {
                return Err(Error::Instance(format!("{instance} is unknown: the registry or the host registers instances")));
            }
            (None, false) => {
                self.register_instance(agent, instance, None)?;
            }
        }
        let mut kills = rt.kills.lock().unwrap_or_else(PoisonError::into_inner);
        let (watchdog, handle) = kills.leases.entry(instance.to_string()).or_insert_with(|| {
            (aigos_runtime::Watchdog::new(rt.layer.watchdog_timeout, self.inner.clock.clone()), aigos_runtime::AgentHandle::default())
        });
        watchdog.heartbeat();
        Ok(handle.clone())
    }

    /// Terminates every instance whose heartbeat lease ran out, audits each
    /// termination, and returns their ids. Call it periodically (validation
    /// also checks the requesting instance's lease). In a fleet the lease
    /// store hands each orphan to one sweeping Guard, which terminates it,
    /// records it and publishes it to the kill journal for the others.
    pub async fn sweep_orphans(&self) -> Vec<String> {
        let Ok(rt) = self.runtime() else { return Vec::new() };
        if let Some(leases) = &rt.layer.leases {
            let now = self.inner.clock.now_millis();
            return match bounded(self.inner.step_timeout, leases.claim_expired(now)).await {
                Ok(Ok(claimed)) => self.end_orphans(claimed, false).await,
                Ok(Err(e)) => {
                    tracing::error!(error = %e, "lease store: orphans not swept");
                    Vec::new()
                }
                Err(e) => {
                    tracing::error!(error = %e, "lease store: orphans not swept");
                    Vec::new()
                }
            };
        }
        let reaped = {
            let mut kills = rt.kills.lock().unwrap_or_else(PoisonError::into_inner);
            let reaped = kills.reap(None);
            self.inner.instances.terminate(reaped.iter().map(String::as_str));
            kills.reaped.extend(reaped.iter().cloned());
            // A failed write leaves the orphans refused until a restart; the sweep still reports them.
            let _ = kills.persist_reaped(&reaped);
            reaped
        };
        self.audit_orphans(&reaped, None).await;
        reaped
    }

    /// Terminates the orphans a fleet's lease store or journal names (those
    /// not terminated here yet), keeps and audits them, and publishes them
    /// to the journal unless they came from it.
    async fn end_orphans(&self, ids: Vec<String>, from_journal: bool) -> Vec<String> {
        let Ok(rt) = self.runtime() else { return Vec::new() };
        let fresh: Vec<String> = {
            let mut kills = rt.kills.lock().unwrap_or_else(PoisonError::into_inner);
            // With a registry, only instances this Guard knows (registered,
            // or spawned here): an unsigned entry cannot reserve ids it never saw.
            let fresh: Vec<String> = ids
                .iter()
                .filter(|i| {
                    // Without a registry any instance may have acted here: all are ended.
                    InstanceId::new(i.as_str()).is_ok_and(|id| match self.inner.instances.get(&id) {
                        (Some(_), false) => true,
                        (None, false) => !self.inner.instances.required,
                        (_, true) => false,
                    }) && !kills.reaped.contains(i)
                })
                .cloned()
                .collect();
            for instance in &fresh {
                if let Some((_, handle)) = kills.leases.remove(instance) {
                    handle.terminate(aigos_runtime::WATCHDOG_REASON);
                }
                crate::telemetry::terminate(instance, "watchdog", "watchdog", None, aigos_runtime::WATCHDOG_REASON);
            }
            self.inner.instances.terminate(fresh.iter().map(String::as_str));
            kills.reaped.extend(fresh.iter().cloned());
            let _ = kills.persist_reaped(&fresh);
            fresh
        };
        self.audit_orphans(&fresh, from_journal.then_some("kill journal")).await;
        // Every claimed orphan goes to the journal, known here or not:
        // the Guard that spawned it must end it too.
        if !from_journal && let Some(bus) = &rt.layer.kill_bus {
            for instance in &ids {
                let entry = JournalEntry::Reaped(instance.clone());
                let published = bounded(self.inner.step_timeout, bus.publish(&entry)).await;
                if !matches!(published, Ok(Ok(()))) {
                    tracing::error!(%instance, "orphan terminated here, not yet published to the fleet (retried)");
                    self.outbox_push(entry);
                }
            }
        }
        fresh
    }

    #[cfg_attr(not(feature = "audit"), expect(clippy::unused_async, reason = "records only with the audit layer"))]
    async fn audit_orphans(&self, instances: &[String], via: Option<&str>) {
        #[cfg(feature = "audit")]
        if let Some((log, _)) = &self.inner.audit {
            for instance in instances {
                let data = match via {
                    None => serde_json::json!({"instance_id": instance, "reason": aigos_runtime::WATCHDOG_REASON}),
                    Some(via) => serde_json::json!({"instance_id": instance, "reason": aigos_runtime::WATCHDOG_REASON, "via": via}),
                };
                // A failed append cannot undo a termination; the next validation fails closed on the same log.
                let _ = log.append("watchdog_termination", instance, data).await;
            }
        }
        #[cfg(not(feature = "audit"))]
        let _ = (instances, via);
    }

    /// Every kill command this Guard has applied (those taken back from its
    /// kill-state file first), in the order it applied them.
    pub fn kill_commands_applied(&self) -> Vec<KillCommand> {
        self.kill_commands_applied_from(0)
    }

    /// [`Guard::kill_commands_applied`] from the `from`-th on: what a
    /// follower holding the first `from` lacks (the list only grows).
    pub fn kill_commands_applied_from(&self, from: usize) -> Vec<KillCommand> {
        self.runtime()
            .map(|rt| {
                rt.kills.lock().unwrap_or_else(PoisonError::into_inner).applied.get(from..).map(<[KillCommand]>::to_vec).unwrap_or_default()
            })
            .unwrap_or_default()
    }

    /// [`Guard::kill_commands_applied`], and a subscription to every
    /// command the Guard applies from now on, whichever way it came (the
    /// API, a channel of [`Guard::listen`], the fleet's journal): what a
    /// control plane relays to the agents that follow it. Both are taken
    /// under the kill lock, so nothing falls between them and nothing is in
    /// both. A subscriber that falls 1,024 commands behind gets
    /// [`tokio::sync::broadcast::error::RecvError::Lagged`] and should call
    /// this again to catch up.
    pub fn follow_kill_commands(&self) -> (Vec<KillCommand>, tokio::sync::broadcast::Receiver<KillCommand>) {
        match self.runtime() {
            Ok(rt) => {
                let kills = rt.kills.lock().unwrap_or_else(PoisonError::into_inner);
                (kills.applied.clone(), self.inner.kills_applied.subscribe())
            }
            Err(_) => (Vec::new(), self.inner.kills_applied.subscribe()),
        }
    }

    /// Joins a fleet's kill journal ([`crate::RuntimeLayer::kill_bus`]):
    /// applies every entry the other Guards published (each command verified
    /// again against this Guard's own keys, in journal order), publishes
    /// what this Guard applied that the journal lacks (so a journal lost
    /// with its server is rebuilt from the Guards' own kill state), then
    /// follows the journal live until the Guard is shut down. Call it once
    /// after building and before serving.
    ///
    /// # Errors
    /// [`Error::LayerLeftOut`], [`Error::Invalid`] without a kill journal,
    /// or [`Error::Unavailable`] when the journal cannot be read: a Guard
    /// that cannot learn the fleet's kills must not serve.
    pub async fn join_fleet(&self) -> Result<tokio::task::JoinHandle<()>, Error> {
        let rt = self.runtime()?;
        let bus = rt.layer.kill_bus.clone().ok_or_else(|| Error::Invalid("no kill journal is configured".into()))?;
        let unavailable = |message: String| Error::Unavailable { what: "kill journal", message };
        let (entries, cursor) =
            bounded(JOIN_TIMEOUT, bus.read_all()).await.map_err(unavailable)?.map_err(|e| unavailable(e.to_string()))?;
        // What the journal holds, commands compared whole (in this Guard's
        // serialization): a forged entry that reuses the id of a lost
        // command does not keep it from coming back.
        let mut known = std::collections::HashSet::new();
        for entry in &entries {
            known.insert(match entry {
                JournalEntry::Command(raw) => match serde_json::from_str::<KillCommand>(raw).and_then(|c| serde_json::to_string(&c)) {
                    Ok(normal) => JournalEntry::Command(normal),
                    Err(_) => entry.clone(),
                },
                other => other.clone(),
            });
            self.apply_journal(entry).await;
        }
        self.republish(bus.as_ref(), &known).await.map_err(unavailable)?;
        let weak = Arc::downgrade(&self.inner);
        let mut gone = self.inner.gone.subscribe();
        let mut reader = bus.follow(cursor);
        Ok(tokio::spawn(async move {
            let mut backoff = MIN_BACKOFF;
            // The journal was lost and this Guard's kills are not back in it yet.
            let mut owed = false;
            loop {
                let behind = {
                    let Some(inner) = weak.upgrade() else { return };
                    let guard = Guard { inner };
                    if owed {
                        owed = guard.republish(bus.as_ref(), &std::collections::HashSet::new()).await.is_err();
                    }
                    if guard.outbox_pending() {
                        guard.drain_outbox(bus.as_ref()).await;
                    }
                    owed || guard.outbox_pending()
                };
                let event = tokio::select! {
                    event = reader.next() => event,
                    _ = gone.changed() => return,
                    // A journal that stays quiet must not hold up what this Guard owes it.
                    () = tokio::time::sleep(MIN_BACKOFF * 5), if behind => continue,
                };
                let Some(inner) = weak.upgrade() else { return };
                let guard = Guard { inner };
                match event {
                    Ok(JournalEvent::Entry(entry)) => {
                        backoff = MIN_BACKOFF;
                        guard.apply_journal(&entry).await;
                    }
                    Ok(JournalEvent::Reset) => {
                        tracing::warn!("kill journal lost (the store restarted empty): publishing this Guard's kill state again");
                        owed = true;
                    }
                    Ok(_) => {}
                    Err(e) => {
                        tracing::warn!(error = %e, "kill journal failing, retrying");
                        drop(guard);
                        tokio::time::sleep(backoff).await;
                        backoff = (backoff * 2).min(MAX_BACKOFF);
                    }
                }
            }
        }))
    }

    /// Publishes every command this Guard applied and every orphan it
    /// terminated, except those in `known` (already in the journal).
    async fn republish(&self, bus: &dyn aigos_runtime::KillBus, known: &std::collections::HashSet<JournalEntry>) -> Result<(), String> {
        let rt = self.runtime().map_err(|e| e.to_string())?;
        let (commands, reaped) = {
            let kills = rt.kills.lock().unwrap_or_else(PoisonError::into_inner);
            (kills.applied.clone(), kills.reaped.clone())
        };
        let mut entries = Vec::new();
        for c in &commands {
            entries.push(JournalEntry::Command(serde_json::to_string(c).map_err(|e| e.to_string())?));
        }
        entries.extend(reaped.into_iter().map(JournalEntry::Reaped));
        for entry in entries.iter().filter(|e| !known.contains(*e)) {
            bounded(self.inner.step_timeout, bus.publish(entry)).await?.map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    fn outbox_push(&self, entry: JournalEntry) {
        if let Ok(rt) = self.runtime() {
            rt.kills.lock().unwrap_or_else(PoisonError::into_inner).outbox.push(entry);
        }
    }

    fn outbox_pending(&self) -> bool {
        self.runtime().is_ok_and(|rt| !rt.kills.lock().unwrap_or_else(PoisonError::into_inner).outbox.is_empty())
    }

    /// Publishes what the journal did not take before, in order; what
    /// fails stays for the next try.
    async fn drain_outbox(&self, bus: &dyn aigos_runtime::KillBus) {
        let Ok(rt) = self.runtime() else { return };
        let pending = std::mem::take(&mut rt.kills.lock().unwrap_or_else(PoisonError::into_inner).outbox);
        for (i, entry) in pending.iter().enumerate() {
            if !matches!(bounded(self.inner.step_timeout, bus.publish(entry)).await, Ok(Ok(()))) {
                let mut kills = rt.kills.lock().unwrap_or_else(PoisonError::into_inner);
                let mut rest: Vec<JournalEntry> = pending.get(i..).unwrap_or_default().to_vec();
                rest.append(&mut kills.outbox);
                kills.outbox = rest;
                return;
            }
        }
    }

    /// Applies one journal entry: a command not applied here yet (verified
    /// against this Guard's keys), or an orphan's termination.
    async fn apply_journal(&self, entry: &JournalEntry) {
        match entry {
            JournalEntry::Command(raw) => {
                let command: KillCommand = match serde_json::from_str(raw) {
                    Ok(c) => c,
                    Err(e) => {
                        tracing::warn!(error = %e, "kill journal: an entry that is not a command");
                        return;
                    }
                };
                // This Guard's own entries, and copies: nothing to do or record.
                let seen =
                    self.runtime().is_ok_and(|rt| rt.kills.lock().unwrap_or_else(PoisonError::into_inner).verifier.has_seen(&command.id));
                if seen {
                    return;
                }
                match self.apply_and_record(&command, true).await {
                    (Err(e), _) => tracing::warn!(id = %command.id, error = %e, "kill journal: command refused"),
                    (Ok(()), Err(e)) => tracing::error!(id = %command.id, error = %e, "kill journal: command applied, not recorded"),
                    (Ok(()), Ok(())) => {}
                }
            }
            JournalEntry::Reaped(instance) => {
                self.end_orphans(vec![instance.clone()], true).await;
            }
            _ => {}
        }
    }

    /// Verifies a kill command as [`Guard::apply_kill`] would (trusted key,
    /// signature, freshness, id and sequence never seen) without applying
    /// or recording it: a cheap first look for a service that must tell a
    /// real command from noise before it spends anything on it.
    ///
    /// # Errors
    /// [`Error::KillRefused`], or [`Error::LayerLeftOut`].
    pub fn check_kill(&self, command: &KillCommand) -> Result<(), Error> {
        let rt = self.runtime()?;
        let state = rt.kills.lock().unwrap_or_else(PoisonError::into_inner);
        state.verifier.check(command).map_err(|e| Error::KillRefused(e.to_string()))
    }

    /// Applies a kill command after verifying it (trusted key, signature,
    /// freshness, id and sequence never seen). A terminated agent's requests
    /// are rejected from then on; a pause lasts until a resume.
    ///
    /// # Errors
    /// [`Error::KillRefused`] for a forged, expired or replayed command,
    /// [`Error::LayerLeftOut`], or [`Error::Unavailable`] when it was
    /// applied but could not be kept or recorded.
    pub async fn apply_kill(&self, command: &KillCommand) -> Result<(), Error> {
        let (applied, recorded) = self.apply_and_record(command, false).await;
        applied?;
        recorded
    }

    /// [`Guard::apply_kill`]'s two results apart: whether the command was
    /// applied (or why it was refused), and whether it was kept, recorded
    /// and (in a fleet) published. A command from the fleet's journal is
    /// taken as [`aigos_runtime::KillVerifier::replay`] takes it and not
    /// published again.
    async fn apply_and_record(&self, command: &KillCommand, from_journal: bool) -> (Result<(), Error>, Result<(), Error>) {
        let mut kept = Ok(());
        let result = match self.runtime() {
            Err(e) => Err(e),
            Ok(rt) => {
                let mut state = rt.kills.lock().unwrap_or_else(PoisonError::into_inner);
                let verified = if from_journal { state.verifier.replay(command) } else { state.verifier.verify(command) };
                match verified {
                    Err(e) => Err(Error::KillRefused(e.to_string())),
                    Ok(v) => {
                        let target = &v.command.target;
                        if v.command.kind == CommandType::Terminate {
                            let ids = if target.ids.is_empty() { "all".to_string() } else { target.ids.join(",") };
                            crate::telemetry::terminate(&ids, "kill_switch", &v.command.issued_by, Some(&v.command.id), &v.command.reason);
                            if matches!(target.kind, TargetType::Instance | TargetType::Lineage) {
                                self.inner.instances.terminate(target.ids.iter().map(String::as_str));
                            }
                        }
                        state.apply(&v.command);
                        // The processes under a lease that the command addresses see it on their handle.
                        let g = &self.inner;
                        let mut ended = Vec::new();
                        for (instance, (_, handle)) in &state.leases {
                            let (record, _) = InstanceId::new(instance.as_str()).map(|i| g.instances.get(&i)).unwrap_or((None, false));
                            if identity_of(g, instance, record.as_ref()).is_some_and(|me| addresses(&me, target, g.instances.required)) {
                                handle.apply(&v.command);
                                if v.command.kind == CommandType::Terminate {
                                    ended.push(instance.clone());
                                }
                            }
                        }
                        g.instances.terminate(ended.iter().map(String::as_str));
                        // Kept under the lock, so the file has the order of application.
                        kept = state
                            .persist(&v.command)
                            .map_err(|message| Error::Unavailable { what: "kill state", message: format!("not kept: {message}") });
                        // Sent under the lock too, so subscribers see the
                        // order of application; none listening is not an error.
                        let _ = g.kills_applied.send(v.command.clone());
                        Ok(())
                    }
                }
            }
        };
        if result.is_ok()
            && !from_journal
            && let Some(bus) = self.runtime().ok().and_then(|rt| rt.layer.kill_bus.as_ref())
        {
            let published = match serde_json::to_string(command) {
                Ok(raw) => {
                    let entry = JournalEntry::Command(raw);
                    // Behind entries still waiting: in order, after them.
                    let sent = if self.outbox_pending() {
                        Err("earlier entries are not published yet".to_owned())
                    } else {
                        bounded(self.inner.step_timeout, bus.publish(&entry)).await.and_then(|r| r.map_err(|e| e.to_string()))
                    };
                    if sent.is_err() {
                        // The journal follower publishes it when the store answers again.
                        self.outbox_push(entry);
                    }
                    sent
                }
                Err(e) => Err(e.to_string()),
            };
            if let Err(message) = published
                && kept.is_ok()
            {
                kept = Err(Error::Unavailable {
                    what: "kill journal",
                    message: format!("applied here, not yet published to the fleet (retried): {message}"),
                });
            }
        }
        #[cfg(feature = "audit")]
        if let Some((log, _)) = &self.inner.audit {
            // A refused command is the sender's words, not a trusted
            // issuer's: it is recorded as a bounded summary (its digest, a
            // cut id, the reason) under a fixed actor, so forged commands
            // cannot write their bulk or name an actor into the log.
            let (actor, data) = match &result {
                Ok(()) => (
                    command.issued_by.as_str(),
                    serde_json::json!({
                        "command_id": command.id, "type": command.kind, "target": command.target,
                        "issued_by": command.issued_by, "applied": true, "refused": null,
                    }),
                ),
                Err(e) => {
                    let digest = serde_json::to_vec(command)
                        .map(|b| data_encoding::HEXLOWER.encode(&self.inner.provider.sha256(&b)))
                        .unwrap_or_default();
                    let mut reason = e.to_string();
                    super::truncate(&mut reason, 256);
                    let mut id = command.id.clone();
                    super::truncate(&mut id, 128);
                    (
                        "kill-ingress",
                        serde_json::json!({"command_id": id, "type": command.kind, "sha256": digest, "applied": false, "refused": reason}),
                    )
                }
            };
            if let Err(e) = log.append("kill_command", actor, data).await {
                return (result, Err(Error::Unavailable { what: "audit log", message: e.to_string() }));
            }
        }
        (result, kept)
    }

    /// Lifts `agent`'s rate-limit block and penalties: an operator's
    /// decision, since a block otherwise lasts. The lift is recorded in the
    /// audit log first (kind `rate_unblock`, actor `operator`), and nothing
    /// is lifted when it cannot be recorded. Returns whether the agent was
    /// blocked. Each call to the rate-limit store runs under the step
    /// timeout, so a store that hangs fails this call instead of hanging it.
    ///
    /// # Errors
    /// [`Error::LayerLeftOut`], or [`Error::Unavailable`]: the audit log
    /// cannot record the lift, or the rate-limit store does not answer
    /// (before the record: nothing recorded or lifted; after it: the lift
    /// is recorded but unconfirmed, and the agent may still be blocked).
    pub async fn unblock(&self, agent: &AgentId, operator: &str) -> Result<bool, Error> {
        let limiter = &self.runtime()?.layer.limiter;
        let timeout = self.inner.step_timeout;
        let store = |message: String| Error::Unavailable { what: "rate-limit store", message };
        let was_blocked = bounded(timeout, limiter.is_blocked(agent.as_str())).await.map_err(|e| store(format!("{e}; nothing lifted")))?;
        #[cfg(feature = "audit")]
        if let Some((log, _)) = &self.inner.audit {
            let data = serde_json::json!({"agent_id": agent.as_str(), "was_blocked": was_blocked});
            log.append("rate_unblock", operator, data)
                .await
                .map_err(|e| Error::Unavailable { what: "audit log", message: e.to_string() })?;
        }
        #[cfg(not(feature = "audit"))]
        let _ = operator;
        let lifted = bounded(timeout, limiter.unblock(agent.as_str()))
            .await
            .map_err(|e| store(format!("{e}; the lift is recorded but not confirmed")))?;
        if was_blocked && !lifted && bounded(timeout, limiter.is_blocked(agent.as_str())).await.unwrap_or(true) {
            // The store said blocked, then did not lift it: never report a lift that did not happen.
            return Err(store("the lift is recorded but the store did not confirm it; the agent may still be blocked".into()));
        }
        Ok(was_blocked)
    }

    /// Listens to kill-command channels: every command any of `sources`
    /// delivers goes through [`Guard::apply_kill`] (verified, applied,
    /// kept, audited) and is reported on the returned receiver. A failing
    /// channel is retried with backoff (100 ms doubling to 30 s) without
    /// holding the others up. The tasks end when the Guard is dropped or
    /// shut down.
    pub fn listen(&self, sources: Vec<Box<dyn CommandSource>>) -> (Vec<tokio::task::JoinHandle<()>>, mpsc::UnboundedReceiver<KillReport>) {
        let (reports, rx) = mpsc::unbounded_channel();
        let tasks = sources
            .into_iter()
            .map(|mut source| {
                let weak = Arc::downgrade(&self.inner);
                let mut gone = self.inner.gone.subscribe();
                let reports = reports.clone();
                tokio::spawn(async move {
                    let mut backoff = MIN_BACKOFF;
                    loop {
                        // A channel may stay silent for ever: the Guard's end
                        // must not wait for its next event.
                        let event = tokio::select! {
                            event = source.next() => event,
                            _ = gone.changed() => return,
                        };
                        // Shut down or dropped: nothing left to protect.
                        let Some(inner) = weak.upgrade() else { return };
                        let guard = Guard { inner };
                        match event {
                            Ok(SourceEvent::Heartbeat) => backoff = MIN_BACKOFF,
                            Ok(SourceEvent::Command(raw)) => {
                                backoff = MIN_BACKOFF;
                                let _ = reports.send(guard.apply_raw(&source.name(), &raw).await);
                            }
                            Err(e) => {
                                let _ = reports.send(KillReport::ChannelError(e));
                                // Not held while waiting.
                                drop(guard);
                                tokio::time::sleep(backoff).await;
                                backoff = (backoff * 2).min(MAX_BACKOFF);
                            }
                        }
                    }
                })
            })
            .collect();
        (tasks, rx)
    }

    async fn apply_raw(&self, channel: &str, raw: &str) -> KillReport {
        let channel = channel.to_owned();
        let command: KillCommand = match serde_json::from_str(raw) {
            Ok(c) => c,
            Err(e) => return KillReport::Refused { channel, error: format!("malformed command: {e}") },
        };
        match self.apply_and_record(&command, false).await {
            (Ok(()), Ok(())) => KillReport::Applied { channel, id: command.id },
            (Ok(()), Err(error)) => KillReport::AppliedUnrecorded { channel, id: command.id, error: error.to_string() },
            (Err(error), _) => KillReport::Refused { channel, error: error.to_string() },
        }
    }
}

impl Inner {
    /// The kill state to build a runtime layer with, taken back from its file.
    pub(crate) fn kill_state(layer: &super::RuntimeLayer, clock: Arc<dyn aigos_core::Clock>) -> Result<KillState, Error> {
        let mut state = KillState {
            verifier: aigos_runtime::KillVerifier::new(layer.kill_keys.clone(), clock).retired_keys(layer.kill_keys_retired.clone()),
            terminated: Vec::new(),
            paused: Vec::new(),
            leases: HashMap::new(),
            file: layer.kill_state.clone(),
            reaped: Vec::new(),
            applied: Vec::new(),
            shared_leases: layer.leases.is_some(),
            outbox: Vec::new(),
        };
        state.restore().map_err(|message| Error::Component { layer: Layer::Runtime, message })?;
        Ok(state)
    }
}
