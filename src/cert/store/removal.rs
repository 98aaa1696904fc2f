//! Taking an installed certificate (`certs/<T>/`) out of the store, in one
//! step that a crash cannot leave half done, with a line in the history.
//!
//! The certificate's directory is first renamed to `certs/.removing-<T>`
//! (hidden from every listing, and not a temporary that the next lock would
//! delete), then the removal is appended to `assignments.jsonl` and synced,
//! then the certificate's records (renewal, revocation), the copies of its
//! key that its requests kept (`requests/<id>/key.pem`) and the directory
//! are deleted. Stopped in between, the next command to
//! take the lock ([`recover`]) finishes the removal when its line was
//! written, and puts the certificate back otherwise. Whether a usage holds
//! the certificate is the caller's check (`cert::remove`), made under the
//! same lock.

use std::fs;

use serde::{Deserialize, Serialize};

use super::Store;
use super::{history, renewal, revocation};
use crate::cert::{now, rfc3339};
use crate::error::Error;

/// A removal's line in the history. It has no `usage`, so the history's
/// assignment lines never read it as one of theirs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Removal {
    pub time: String,
    /// The thumbprint of the certificate removed.
    pub removed: String,
}

/// Where a certificate waits while it is being removed.
const REMOVING: &str = ".removing-";

/// Removes `certs/<thumbprint>/` (see the module comment). The caller holds
/// the lock and has checked that no usage holds the certificate.
pub fn remove(store: &Store, thumbprint: &str) -> Result<(), Error> {
    let dir = format!("certs/{thumbprint}");
    let aside = format!("certs/{REMOVING}{thumbprint}");
    store.publish_dir(&dir, &aside)?;
    let line = Removal {
        time: rfc3339(now()),
        removed: thumbprint.to_string(),
    };
    let mut text = serde_json::to_string(&line).unwrap_or_default();
    text.push('\n');
    if let Err(error) = history::append_line(store, text.as_bytes()) {
        // Nothing recorded: the certificate goes back where it was.
        let _ = store.publish_dir(&aside, &dir);
        return Err(error);
    }
    finish(store, thumbprint, &aside)
}

/// The removal's last steps, once its line is written: the certificate's
/// own records go first (`renewal/<T>.json`, `revoked/<T>.json`: a
/// certificate imported again later starts afresh), then its directory, so
/// that an interruption in between still finds the directory aside and
/// [`recover`] ends the removal.
fn finish(store: &Store, thumbprint: &str, aside: &str) -> Result<(), Error> {
    renewal::write(store, thumbprint, &renewal::Renewal::default())?;
    revocation::remove(store, thumbprint)?;
    // The key's copies kept by the requests that produced the certificate
    // go too: "removed with its key" is then true, and nothing can install
    // the certificate again. Their records and certificates stay, as the
    // history of what was requested.
    for request in store.requests().unwrap_or_default() {
        if request.thumbprint.as_deref() == Some(thumbprint) {
            store.remove(&format!("requests/{}/key.pem", request.id))?;
        }
    }
    let _ = fs::remove_dir_all(store.path(aside));
    Ok(())
}

/// Finishes or undoes a removal a command left half done: recorded in the
/// history (the last line about that certificate is its removal), it is
/// finished; not recorded, the certificate is put back. The caller holds the
/// lock; runs after the history's own recovery.
pub fn recover(store: &Store) -> Result<(), Error> {
    let Ok(entries) = fs::read_dir(store.path("certs")) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(thumbprint) = name.strip_prefix(REMOVING) else {
            continue;
        };
        if history::last_mention_is_removal(store, thumbprint) {
            finish(store, thumbprint, &format!("certs/{name}"))?;
        } else {
            store.publish_dir(&format!("certs/{name}"), &format!("certs/{thumbprint}"))?;
        }
    }
    Ok(())
}
