//! `assignments.jsonl`, the history of `live/<usage>`, kept as a write-ahead
//! log so that the links and their history never disagree.
//!
//! One assignment is one transaction: a line per usage, all sharing a `tx` id
//! and the transaction's line `count`, appended in one write and synced before
//! the first link is switched. Folding every line's `old → new` per usage gives
//! what `live/` holds. When a command stops between the record and the last
//! switch (killed, disk full), the next command to take the store's lock
//! ([`recover`]) decides from the last transaction alone, since commands are
//! serialised by that lock; the transactions before it took place and are
//! never touched, and the file is never removed:
//!
//! - a last record missing only its line feed is whole: the line feed is added;
//! - a torn last line is cut off, and its transaction is incomplete;
//! - an incomplete record (fewer lines than `count`) was never acted on when
//!   the transaction's usages are as they were before it: it is cut off;
//! - an incomplete record whose usages `live/` shows all switched (the lines
//!   it lost being exactly the other usages `live/` shows switched) took
//!   place: its lost lines are written back from `live/`;
//! - an assignment whose links are all switched took place and stands;
//! - an assignment with a link not switched is undone: every usage of it is
//!   switched back to its `old` certificate, then its lines are cut off. A
//!   failed command thus changes nothing, all usages of one command switch
//!   together or not at all, and the history holds only what took place.
//!   Undoing again after an interruption finds the same lines and does the
//!   same.
//!
//! A line in the middle that is no record (damage: docwiz writes none) is
//! kept as it is and skipped when folding; `wizard check` reports it with its
//! line and column (see [`problems`]). docwiz never deletes what it cannot
//! read.
//!
//! Lines written before transactions existed carry no `tx` and are complete.

use std::collections::BTreeMap;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;

use serde::{Deserialize, Serialize};

use super::removal::Removal;
use crate::cert::store::{Store, random_hex};
use crate::cert::{Usage, now, rfc3339};
use crate::error::{Diagnostic, Error, Location, Message};

/// The history file, relative to the store.
pub const FILE: &str = "assignments.jsonl";

/// One line of the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub time: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tx: Option<String>,
    /// How many lines the transaction has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<usize>,
    pub usage: Usage,
    /// What the usage had before; `None`: no certificate.
    pub old: Option<String>,
    pub new: Option<String>,
}

/// A transaction ready to be recorded: `(usage, old, new)` per usage.
pub fn transaction(changes: &[(Usage, Option<String>, Option<String>)]) -> Vec<Entry> {
    let tx = random_hex(8);
    let time = rfc3339(now());
    changes
        .iter()
        .map(|(usage, old, new)| Entry {
            time: time.clone(),
            tx: Some(tx.clone()),
            count: Some(changes.len()),
            usage: *usage,
            old: old.clone(),
            new: new.clone(),
        })
        .collect()
}

fn write_error(store: &Store, e: std::io::Error) -> Error {
    Error::Write {
        path: store.path(FILE).display().to_string(),
        reason: e.to_string(),
    }
}

/// Appends a transaction in one write and syncs it. On failure the file is put
/// back as it was (cut to its old length, or removed if this created it), so
/// a full disk leaves neither an empty history nor a torn line. Returns where
/// the transaction starts.
pub fn append(store: &Store, entries: &[Entry]) -> Result<u64, Error> {
    let mut text = String::new();
    for entry in entries {
        text.push_str(&serde_json::to_string(entry).unwrap_or_default());
        text.push('\n');
    }
    append_line(store, text.as_bytes())
}

/// Appends whole lines in one write and syncs them, as [`append`] does
/// (also for the lines of [`super::removal`]). Returns where they start.
pub fn append_line(store: &Store, text: &[u8]) -> Result<u64, Error> {
    let path = store.path(FILE);
    let existed = path.exists();
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| write_error(store, e))?;
    let before = file.metadata().map(|m| m.len()).unwrap_or(0);
    let written = file.write_all(text).and_then(|()| file.sync_all());
    if let Err(e) = written {
        let _ = if existed {
            file.set_len(before).and_then(|()| file.sync_all())
        } else {
            fs::remove_file(&path)
        };
        return Err(write_error(store, e));
    }
    if !existed {
        // The new file's name must survive a crash as well as its content.
        crate::cert::store::sync_dir(store.root()).map_err(|e| write_error(store, e))?;
    }
    Ok(before)
}

/// Points each usage at its `new` certificate (or removes its link).
fn switch_all(store: &Store, entries: &[Entry]) -> Result<(), Error> {
    for entry in entries {
        match &entry.new {
            Some(thumbprint) => store.switch_live(entry.usage, thumbprint)?,
            None => store.remove_live(entry.usage)?,
        }
    }
    Ok(())
}

/// Records `entries` and then switches their links. If a switch fails, the
/// transaction is undone at once as far as the store allows; what is left is
/// undone by [`recover`] under the next lock.
pub fn apply(store: &Store, entries: &[Entry]) -> Result<(), Error> {
    let start = append(store, entries)?;
    if let Err(e) = switch_all(store, entries) {
        let _ = undo(store, entries, start);
        return Err(e);
    }
    Ok(())
}

/// Switches back the usages of a transaction starting at `start` that are not
/// at their `old` certificate, then cuts the transaction off the history.
fn undo(store: &Store, entries: &[Entry], start: u64) -> Result<(), Error> {
    let live = store.assigned();
    let back: Vec<Entry> = entries
        .iter()
        .filter(|e| live.get(&e.usage) != e.old.as_ref())
        .map(|e| Entry {
            new: e.old.clone(),
            ..e.clone()
        })
        .collect();
    switch_all(store, &back)?;
    cut(store, start as usize)
}

/// The history as a symbolic link: a finding naming its target. docwiz keeps
/// the record of `live/` in the store itself and never writes through a link
/// (it could lead anywhere on the system).
fn link_finding(store: &Store) -> Option<Diagnostic> {
    let path = store.path(FILE);
    let target = fs::read_link(&path).ok()?;
    Some(Diagnostic::error(
        Some(Location::file(&path.display().to_string())),
        Message::new("damage-symlink").arg("target", target.display().to_string()),
    ))
}

/// Brings the history and `live/` back into agreement after a command that
/// stopped half-way (see the module comment). The caller holds the lock.
///
/// Only the last transaction is ever looked at, and only it can be cut or
/// undone; the transactions before it took place and stand, and the file is
/// never removed (an empty history stays an empty file):
///
/// - a last line that is a whole record missing only its line feed is whole:
///   the line feed is added;
/// - a torn last line (not a record) is cut off; its transaction is then
///   incomplete;
/// - an incomplete transaction whose known usages are all switched, and whose
///   missing lines are exactly the usages that `live/` shows switched besides
///   them, was fully applied: its missing lines are written back from
///   `live/`, so nothing that took place is undone;
/// - any other incomplete transaction, and a whole one with a link not
///   switched, is undone: its own usages go back to what they held before it,
///   then its lines are cut off.
pub fn recover(store: &Store) -> Result<(), Error> {
    if let Some(finding) = link_finding(store) {
        return Err(Error::Damaged {
            finding: Box::new(finding),
            hint: None,
        });
    }
    let path = store.path(FILE);
    let mut bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(Error::Read {
                path: path.display().to_string(),
                reason: e.to_string(),
            });
        }
    };
    let whole = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let mut torn = None;
    if whole < bytes.len() {
        let tail = &bytes[whole..];
        if is_line(tail) {
            append_bytes(store, b"\n")?;
            bytes.push(b'\n');
        } else {
            torn = Some(torn_header(tail));
            cut(store, whole)?;
            bytes.truncate(whole);
        }
    }
    let lines = parse(&bytes);
    let last = last_transaction(&lines);
    // A torn line of a transaction none of whose lines is whole: the
    // transactions before it stand, and only its own usages are looked at.
    if let Some((tx, count)) = torn
        && last
            .as_ref()
            .is_none_or(|(_, e)| tx.is_none() || e[0].tx != tx)
    {
        return recover_lost(store, &lines, tx, count);
    }
    let Some((start, entries)) = last else {
        return Ok(());
    };
    let before = fold(
        lines
            .iter()
            .filter(|(offset, _)| *offset < start)
            .map(|(_, e)| e),
    );
    let live = store.assigned();
    let count = entries[0].count.unwrap_or(entries.len());
    let known_switched = entries.iter().all(|e| live.get(&e.usage) == e.new.as_ref());
    if entries.len() >= count {
        if known_switched {
            return Ok(());
        }
        return undo(store, &entries, start as u64);
    }
    // Usages the record lost: those `live/` shows changed since the
    // transactions before, besides the ones the record names.
    let missing: Vec<Usage> = Usage::ALL
        .into_iter()
        .filter(|u| !entries.iter().any(|e| e.usage == *u))
        .filter(|u| live.get(u) != before.get(u))
        .collect();
    if known_switched && missing.len() == count - entries.len() {
        let template = &entries[0];
        let rest: Vec<Entry> = missing
            .iter()
            .map(|u| Entry {
                usage: *u,
                old: before.get(u).cloned(),
                new: live.get(u).cloned(),
                ..template.clone()
            })
            .collect();
        append(store, &rest)?;
        return Ok(());
    }
    // Undone: the usages it names, and those it lost (switched since the
    // transactions before), back to what they held before it.
    let mut back = entries.clone();
    back.extend(missing.iter().map(|u| Entry {
        usage: *u,
        old: before.get(u).cloned(),
        new: live.get(u).cloned(),
        ..entries[0].clone()
    }));
    undo(store, &back, start as u64)
}

/// The `tx` and `count` of a torn line, as far as they were written
/// (`serde_json` writes the fields in their declared order: `time`, `tx`,
/// `count`, …).
fn torn_header(tail: &[u8]) -> (Option<String>, Option<usize>) {
    let text = String::from_utf8_lossy(tail);
    let field = |name: &str| {
        let key = format!("\"{name}\":");
        let at = text.find(&key)? + key.len();
        let rest = &text[at..];
        let value: String = rest
            .trim_start_matches('"')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        // A value is whole only when something follows it.
        let quoted = rest.starts_with('"');
        let after = rest.get(usize::from(quoted) + value.len()..)?;
        let closed = if quoted {
            after.starts_with('"')
        } else {
            after.starts_with(',')
        };
        (closed && !value.is_empty()).then_some(value)
    };
    (field("tx"), field("count").and_then(|c| c.parse().ok()))
}

/// A transaction whose every line was lost to a torn write: the usages
/// `live/` shows changed since the history's last whole line are its own.
/// When they are as many as its `count` says (or its count was lost too), it
/// took place and its lines are written back from `live/`; when none changed,
/// it was never acted on (the torn line is already cut); otherwise its usages
/// are switched back to what the history holds.
fn recover_lost(
    store: &Store,
    lines: &[(usize, Entry)],
    tx: Option<String>,
    count: Option<usize>,
) -> Result<(), Error> {
    let before = fold(lines.iter().map(|(_, e)| e));
    let live = store.assigned();
    let changed: Vec<Usage> = Usage::ALL
        .into_iter()
        .filter(|u| live.get(u) != before.get(u))
        .collect();
    if changed.is_empty() {
        return Ok(());
    }
    if count.is_none_or(|c| c == changed.len()) {
        let time = rfc3339(now());
        let tx = tx.unwrap_or_else(|| random_hex(8));
        let rest: Vec<Entry> = changed
            .iter()
            .map(|u| Entry {
                time: time.clone(),
                tx: Some(tx.clone()),
                count: Some(changed.len()),
                usage: *u,
                old: before.get(u).cloned(),
                new: live.get(u).cloned(),
            })
            .collect();
        append(store, &rest)?;
        return Ok(());
    }
    let back: Vec<Entry> = changed
        .iter()
        .map(|u| Entry {
            time: rfc3339(now()),
            tx: None,
            count: None,
            usage: *u,
            old: None,
            new: before.get(u).cloned(),
        })
        .collect();
    switch_all(store, &back)
}

/// Whether `bytes` is one whole line docwiz writes: an assignment or a removal.
fn is_line(bytes: &[u8]) -> bool {
    serde_json::from_slice::<Entry>(bytes).is_ok()
        || serde_json::from_slice::<Removal>(bytes).is_ok()
}

/// Whether the history's last line about `thumbprint` is its removal.
pub fn last_mention_is_removal(store: &Store, thumbprint: &str) -> bool {
    let bytes = fs::read(store.path(FILE)).unwrap_or_default();
    for line in bytes.split(|b| *b == b'\n').rev() {
        if let Ok(removal) = serde_json::from_slice::<Removal>(line) {
            if removal.removed == thumbprint {
                return true;
            }
        } else if let Ok(entry) = serde_json::from_slice::<Entry>(line)
            && [&entry.old, &entry.new]
                .into_iter()
                .any(|t| t.as_deref() == Some(thumbprint))
        {
            return false;
        }
    }
    false
}

/// What `live/` holds according to `entries`, folded in order.
pub fn fold<'a>(entries: impl Iterator<Item = &'a Entry>) -> BTreeMap<Usage, String> {
    let mut out = BTreeMap::new();
    for entry in entries {
        match &entry.new {
            Some(t) => out.insert(entry.usage, t.clone()),
            None => out.remove(&entry.usage),
        };
    }
    out
}

fn append_bytes(store: &Store, data: &[u8]) -> Result<(), Error> {
    OpenOptions::new()
        .append(true)
        .open(store.path(FILE))
        .and_then(|mut f| f.write_all(data).and_then(|()| f.sync_all()))
        .map_err(|e| write_error(store, e))
}

/// Cuts the history to its first `len` bytes. The file itself is kept, even
/// empty: it is the record of what `live/` holds, never removed by docwiz.
fn cut(store: &Store, len: usize) -> Result<(), Error> {
    let path = store.path(FILE);
    OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_len(len as u64).and_then(|()| f.sync_all()))
        .map_err(|e| write_error(store, e))
}

/// Each complete line with the byte offset it starts at; lines that are not
/// history entries are skipped.
fn parse(bytes: &[u8]) -> Vec<(usize, Entry)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in bytes.split_inclusive(|b| *b == b'\n') {
        if let Ok(entry) = serde_json::from_slice::<Entry>(line) {
            out.push((offset, entry));
        }
        offset += line.len();
    }
    out
}

/// The last transaction: where it starts and its lines.
fn last_transaction(lines: &[(usize, Entry)]) -> Option<(usize, Vec<Entry>)> {
    let (_, last) = lines.last()?;
    let tx = last.tx.clone()?;
    let mut start = lines.len();
    while start > 0 && lines[start - 1].1.tx.as_deref() == Some(tx.as_str()) {
        start -= 1;
    }
    let entries = lines[start..].iter().map(|(_, e)| e.clone()).collect();
    Some((lines[start].0, entries))
}

/// What is wrong with the history, for `wizard check`: lines that are not
/// records (with line and column), a last line without its line feed or torn,
/// an incomplete last transaction, lines naming a certificate that is not
/// installed, and usages whose `live/` link is not what the history folds to
/// (a transaction only partly applied), each at the history line concerned.
pub fn problems(store: &Store) -> Vec<Diagnostic> {
    if let Some(finding) = link_finding(store) {
        return vec![finding];
    }
    let path = store.path(FILE);
    let shown = path.display().to_string();
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            return vec![Diagnostic::error(
                Some(Location::file(&shown)),
                Message::new("damage-unreadable").arg("reason", e.to_string()),
            )];
        }
    };
    let mut out = Vec::new();
    let at = |line: usize, col: usize| {
        Some(Location {
            file: shown.clone(),
            line,
            col,
        })
    };
    let mut entries: Vec<(usize, Entry)> = Vec::new();
    let mut removals: Vec<(usize, String)> = Vec::new();
    let count = bytes.split_inclusive(|b| *b == b'\n').count();
    for (i, line) in bytes.split_inclusive(|b| *b == b'\n').enumerate() {
        let number = i + 1;
        let ended = line.ends_with(b"\n");
        if line.iter().all(u8::is_ascii_whitespace) && ended {
            continue;
        }
        if let Ok(removal) = serde_json::from_slice::<Removal>(line) {
            if !ended {
                out.push(Diagnostic::warning(
                    at(number, 1),
                    Message::new("history-no-newline"),
                ));
            }
            removals.push((number, removal.removed));
            continue;
        }
        match serde_json::from_slice::<Entry>(line) {
            Ok(entry) => {
                if !ended {
                    out.push(Diagnostic::warning(
                        at(number, 1),
                        Message::new("history-no-newline"),
                    ));
                }
                entries.push((number, entry));
            }
            Err(e) if !ended && number == count => out.push(Diagnostic::error(
                at(number, e.column().max(1)),
                Message::new("history-torn"),
            )),
            Err(e) => out.push(Diagnostic::error(
                at(number, e.column().max(1)),
                Message::new("history-line-unreadable"),
            )),
        }
    }
    if let Some((_, last)) = entries.last()
        && let Some(tx) = &last.tx
    {
        let lines = entries
            .iter()
            .rev()
            .take_while(|(_, e)| e.tx.as_ref() == Some(tx))
            .count();
        let expected = last.count.unwrap_or(lines);
        if lines < expected {
            out.push(Diagnostic::error(
                at(entries[entries.len() - lines].0, 1),
                Message::new("history-incomplete")
                    .arg("count", expected)
                    .arg("lines", lines),
            ));
        }
    }
    let installed = store.installed_thumbprints().unwrap_or_default();
    for (number, entry) in &entries {
        for thumbprint in [&entry.old, &entry.new].into_iter().flatten() {
            // A certificate removed after this line was installed then.
            let removed_later = removals
                .iter()
                .any(|(at, t)| at > number && t == thumbprint);
            if !installed.contains(thumbprint) && !removed_later {
                out.push(Diagnostic::error(
                    at(*number, 1),
                    Message::new("history-not-installed").arg("thumbprint", thumbprint.as_str()),
                ));
            }
        }
    }
    let folded = fold(entries.iter().map(|(_, e)| e));
    let links = crate::cert::store::health::live_links(store).unwrap_or_default();
    for usage in Usage::ALL {
        let live = match links.get(&usage) {
            Some(crate::cert::store::health::Live::Assigned(t)) => Some(t),
            Some(crate::cert::store::health::Live::Unassigned) | None => None,
            // Reported with the link itself.
            Some(crate::cert::store::health::Live::Damaged(_)) => continue,
        };
        if live == folded.get(&usage) {
            continue;
        }
        let line = entries
            .iter()
            .rev()
            .find(|(_, e)| e.usage == usage)
            .map(|(n, _)| *n);
        let none = || "-".to_string();
        out.push(Diagnostic::error(
            match line {
                Some(n) => at(n, 1),
                None => Some(Location::file(&shown)),
            },
            Message::new("history-live-mismatch")
                .arg("usage", usage.name())
                .arg("history", folded.get(&usage).cloned().unwrap_or_else(none))
                .arg("live", live.cloned().unwrap_or_else(none)),
        ));
    }
    out
}
