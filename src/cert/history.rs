//! `assignments.jsonl`, the history of `live/<usage>`, kept as a write-ahead
//! log so that the links and their history never disagree.
//!
//! One assignment is one transaction: a line per usage, all sharing a `tx` id
//! and the transaction's line `count`, appended in one write and synced before
//! the first link is switched. Folding every line's `old → new` per usage gives
//! what `live/` holds. When a command stops between the record and the last
//! switch (killed, disk full), the next command to take the store's lock
//! ([`recover`]) decides from the last transaction alone, since commands are
//! serialised by that lock:
//!
//! - an incomplete record (fewer lines than `count`, or a torn last line) was
//!   never acted on, since switching starts only once it is synced: it is cut
//!   off;
//! - an assignment whose links are all switched took place and stands;
//! - an assignment with a link not switched is undone: every usage of it is
//!   switched back to its `old` certificate, then its lines are cut off. A
//!   failed command thus changes nothing, all usages of one command switch
//!   together or not at all, and the history holds only what took place.
//!   Undoing again after an interruption finds the same lines and does the
//!   same.
//!
//! Lines written before transactions existed carry no `tx` and are complete.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;

use serde::{Deserialize, Serialize};

use super::store::{Store, random_hex};
use super::{Usage, now, rfc3339};
use crate::error::Error;

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
    let path = store.path(FILE);
    let mut text = String::new();
    for entry in entries {
        text.push_str(&serde_json::to_string(entry).unwrap_or_default());
        text.push('\n');
    }
    let existed = path.exists();
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| write_error(store, e))?;
    let before = file.metadata().map(|m| m.len()).unwrap_or(0);
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all());
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
        super::store::sync_dir(store.root()).map_err(|e| write_error(store, e))?;
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

/// Brings the history and `live/` back into agreement after a command that
/// stopped half-way (see the module comment). The caller holds the lock.
pub fn recover(store: &Store) -> Result<(), Error> {
    let path = store.path(FILE);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(Error::Read {
                path: path.display().to_string(),
                reason: e.to_string(),
            });
        }
    };
    if bytes.is_empty() {
        return cut(store, 0);
    }
    // A torn last line, then an incomplete last transaction: never acted on.
    let mut keep = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let lines = parse(&bytes[..keep]);
    let last = last_transaction(&lines);
    if let Some((start, entries)) = &last
        && entries.len() < entries[0].count.unwrap_or(0)
    {
        keep = *start;
    }
    if keep < bytes.len() {
        cut(store, keep)?;
        // Then the transaction now last is looked at; the file is shorter
        // each time round.
        return recover(store);
    }
    let Some((start, entries)) = last else {
        return Ok(());
    };
    let live = store.assigned();
    if entries.iter().all(|e| live.get(&e.usage) == e.new.as_ref()) {
        return Ok(());
    }
    undo(store, &entries, start as u64)
}

/// Cuts the history to its first `len` bytes; an empty history is removed.
fn cut(store: &Store, len: usize) -> Result<(), Error> {
    let path = store.path(FILE);
    let result = if len == 0 {
        fs::remove_file(&path).and_then(|()| super::store::sync_dir(store.root()))
    } else {
        OpenOptions::new()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_len(len as u64).and_then(|()| f.sync_all()))
    };
    result.map_err(|e| write_error(store, e))
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
