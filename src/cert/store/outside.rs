//! Files docwiz writes outside its store: the CSR of an offline request,
//! certificates exported for other servers. Each is a new file: docwiz never
//! replaces one (it might be anything the administrator keeps, even the
//! store's own keys or history), creates it in a directory that exists, and
//! never writes inside the store, whose files it manages itself.

use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use super::{Store, random_hex};
use crate::error::{Error, Message};

/// The messages that refuse a new file's name, in the words of what it is for.
pub struct NewFile {
    /// The name is no file name (`/`, `..`).
    pub not_file_name: &'static str,
    /// Its directory does not exist (`$dir`).
    pub no_directory: &'static str,
    /// It is inside the store (`$store`).
    pub in_store: &'static str,
    /// A file has the name.
    pub exists: &'static str,
    /// Something else (a directory, a link, a FIFO…) has the name.
    pub not_regular: &'static str,
}

/// Checks that `file` can be created as a new file outside the store, before
/// anything is done, so that a refused name changes nothing (exit 2).
pub fn check_new(store: &Store, file: &Path, refusals: &NewFile) -> Result<(), Error> {
    check_target(store, file, refusals, false)
}

/// [`check_new`], except that with `replace` an existing regular file (or a
/// link to one) may be replaced: what `trust crl --force` rewrites.
pub fn check_target(
    store: &Store,
    file: &Path,
    refusals: &NewFile,
    replace: bool,
) -> Result<(), Error> {
    let shown = file.display().to_string();
    let refuse = |reason: Message| Error::Input {
        location: crate::error::Location::file(&shown),
        reason,
    };
    let Some(name) = file.file_name() else {
        return Err(refuse(Message::new(refusals.not_file_name)));
    };
    let parent = match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let canonical_parent = match std::fs::canonicalize(parent) {
        Ok(dir) if dir.is_dir() => dir,
        _ => {
            return Err(refuse(
                Message::new(refusals.no_directory).arg("dir", parent.display().to_string()),
            ));
        }
    };
    let target = canonical_parent.join(name);
    let root = std::fs::canonicalize(store.root())
        .or_else(|_| std::path::absolute(store.root()))
        .unwrap_or_else(|_| store.root().to_path_buf());
    if target.starts_with(&root) {
        return Err(refuse(
            Message::new(refusals.in_store).arg("store", store.root().display().to_string()),
        ));
    }
    // A link to a file is that file; a dangling link, a directory, a FIFO…
    // is something else that holds the name.
    if std::fs::metadata(&target).is_ok_and(|m| m.is_file()) {
        if replace && !std::fs::symlink_metadata(&target).is_ok_and(|m| m.is_symlink()) {
            return Ok(());
        }
        if !replace {
            return Err(refuse(Message::new(refusals.exists)));
        }
    }
    if std::fs::symlink_metadata(&target).is_ok() {
        return Err(refuse(Message::new(refusals.not_regular)));
    }
    Ok(())
}

/// A new file outside the store, `private` ones 0600: written whole aside,
/// then linked to its name, which fails rather than replace a file that
/// appeared since [`check_new`].
pub fn write_new(path: &Path, data: &[u8], private: bool) -> Result<(), Error> {
    let error = |e: std::io::Error| Error::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let (dir, tmp) = aside(path);
    let result = (|| {
        let mut file = open_new(&tmp, private)?;
        std::io::Write::write_all(&mut file, data)?;
        file.sync_all()?;
        match std::fs::hard_link(&tmp, path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(e),
            // A file system without hard links: create the name itself,
            // still never over an existing file.
            Err(_) => {
                let mut file = open_new(path, private)?;
                std::io::Write::write_all(&mut file, data)?;
                file.sync_all()?;
            }
        }
        crate::cert::store::sync_dir(dir)
    })();
    let _ = std::fs::remove_file(&tmp);
    result.map_err(error)
}

/// The directory of `path` (`.` for a bare name) and a new temporary name
/// beside it, so that the temporary is renamed or linked within one file system.
fn aside(path: &Path) -> (&Path, std::path::PathBuf) {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    (dir, dir.join(format!(".tmp-{name}-{}", random_hex(4))))
}

/// Creates `path`, which must not exist; `private`: mode 0600 whatever the umask.
fn open_new(path: &Path, private: bool) -> std::io::Result<std::fs::File> {
    let file = std::fs::OpenOptions::new()
        .create_new(true)
        .write(true)
        .mode(if private { 0o600 } else { 0o666 })
        .open(path)?;
    if private {
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// Writes `path` whole, replacing the file it names if any: a temporary in
/// the same directory, synced, then renamed over it, so that a reader (a web
/// server loading the CRL) sees the old file or the new one, never a part.
pub fn write_replacing(path: &Path, data: &[u8]) -> Result<(), Error> {
    let error = |e: std::io::Error| Error::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let (dir, tmp) = aside(path);
    let result = (|| {
        let mut file = open_new(&tmp, false)?;
        std::io::Write::write_all(&mut file, data)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)?;
        crate::cert::store::sync_dir(dir)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(error)
}
