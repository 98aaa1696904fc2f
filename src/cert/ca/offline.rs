//! A request taken to a CA by hand: the CSR is written to a file of the
//! administrator's choosing, outside the store, and the CA's answer comes
//! back with `wizard import-response`.

use std::path::Path;

use super::{Ca, Csr, Issue};
use crate::cert::store::{Store, random_hex};
use crate::error::{Error, Message};

/// The offline "CA": the CSR goes to this file.
pub struct Offline<'a>(pub &'a Path);

impl Ca for Offline<'_> {
    fn name(&self) -> &'static str {
        "offline"
    }

    fn check(&self, store: &Store) -> Result<(), Error> {
        check_offline_target(store, self.0)
    }

    /// The CSR file is written before the request is published; if the CSR
    /// cannot be written, no request is left.
    fn issue<'a>(&'a self, _store: &'a Store, csr: Csr<'a>) -> Result<Issue<'a>, Error> {
        write_public(self.0, csr.pem.as_bytes())?;
        Ok(Issue::ByHand {
            withdraw: Box::new(move || {
                let _ = std::fs::remove_file(self.0);
            }),
        })
    }
}

/// Where `--offline FILE` may write the CSR: a new file (docwiz never
/// replaces one: it might be anything the administrator keeps, even the
/// store's own keys or history), whose directory exists (docwiz creates no
/// directory outside its store), outside the store (compared as canonical
/// paths, links and `..` resolved). Checked before anything is done, so a
/// refused target changes nothing (exit 2).
pub fn check_offline_target(store: &Store, file: &Path) -> Result<(), Error> {
    let shown = file.display().to_string();
    let refuse = |reason: Message| Error::Input {
        location: crate::error::Location::file(&shown),
        reason,
    };
    let Some(name) = file.file_name() else {
        return Err(refuse(Message::new("offline-not-file-name")));
    };
    let parent = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let canonical_parent = match std::fs::canonicalize(parent) {
        Ok(dir) if dir.is_dir() => dir,
        _ => {
            return Err(refuse(
                Message::new("offline-no-directory").arg("dir", parent.display().to_string()),
            ));
        }
    };
    let target = canonical_parent.join(name);
    let root = std::fs::canonicalize(store.root())
        .or_else(|_| std::path::absolute(store.root()))
        .unwrap_or_else(|_| store.root().to_path_buf());
    if target.starts_with(&root) {
        return Err(refuse(
            Message::new("offline-in-store").arg("store", store.root().display().to_string()),
        ));
    }
    // A link to a file is that file; a dangling link, a directory, a FIFO…
    // is something else that holds the name.
    if std::fs::metadata(&target).is_ok_and(|m| m.is_file()) {
        return Err(refuse(Message::new("offline-exists")));
    }
    if std::fs::symlink_metadata(&target).is_ok() {
        return Err(refuse(Message::new("offline-not-regular")));
    }
    Ok(())
}

/// A file outside the store (the CSR to take to a CA): written whole aside,
/// then linked to its name, which fails rather than replace a file that
/// appeared since [`check_offline_target`].
fn write_public(path: &Path, data: &[u8]) -> Result<(), Error> {
    let error = |e: std::io::Error| Error::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("csr");
    let tmp = dir.join(format!(".tmp-{name}-{}", random_hex(4)));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .create_new(true)
            .write(true)
            .open(&tmp)?;
        std::io::Write::write_all(&mut file, data)?;
        file.sync_all()?;
        match std::fs::hard_link(&tmp, path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(e),
            // A file system without hard links: create the name itself,
            // still never over an existing file.
            Err(_) => {
                let mut file = std::fs::OpenOptions::new()
                    .create_new(true)
                    .write(true)
                    .open(path)?;
                std::io::Write::write_all(&mut file, data)?;
                file.sync_all()?;
            }
        }
        crate::cert::store::sync_dir(dir)
    })();
    let _ = std::fs::remove_file(&tmp);
    result.map_err(error)
}
