//! The wizard's store on disk (layout in DESIGN.md). Every write is atomic
//! (temporary file, fsync, rename, fsync of the directory); one lock file
//! serialises the commands that change the store.
//!
//! What the store holds and how it stays whole lives in this folder: the
//! files themselves and the lock here, the assignment history of
//! `live/<usage>` in [`history`], and the checks of what docwiz relies on
//! (links, key modes, readable records) in [`health`]. A new kind of file in
//! the store gets its reading and writing here.

pub mod health;
pub mod history;
pub mod outside;
pub mod record;
pub mod removal;
pub mod renewal;
pub mod revocation;

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::cert::Usage;
use crate::cert::x509::certificate::{CertInfo, parse_certificates, to_pem};
use crate::error::Error;
use record::{Request, State};

/// Prefix of files and directories being written; left over only by a crash.
const TMP: &str = ".tmp-";

/// The store's own directories: temporaries are looked for below these only,
/// so a store given as a directory that holds other things leaves those alone.
const STORE_DIRS: [&str; 8] = [
    "ca", "requests", "certs", "trust", "live", "acme", "renewal", "revoked",
];

#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// Whether [`Store::lock`] waits for another command to finish (the
    /// command line) or refuses at once (the full-screen wizard, which must
    /// not freeze while another command works).
    wait: bool,
}

/// Held while a command changes the store; released on drop.
///
/// The lock file also holds the store's generation, a counter readers use to
/// see the store whole ([`Store::read_stable`]): taking the lock makes it odd
/// before anything is changed, releasing it makes it even after everything
/// is. One step may change several files (Finish installs the certificate,
/// switches three links, appends to the history and marks the request), and
/// each is atomic on its own, but not together.
pub struct Lock {
    file: File,
    generation: u64,
}

impl Lock {
    /// Says the store is whole while the lock is still held: a request that
    /// has published its pending record and now waits for a remote CA (for
    /// as long as the CA takes) changes nothing until the answer comes, so
    /// readers need not wait for it ([`Store::read_stable`]). The generation
    /// goes even; [`Lock::unsettle`] makes it odd again before the next write.
    pub fn settle(&mut self) {
        let _ = write_generation(&self.file, self.generation + 1);
    }

    /// Ends [`Lock::settle`]: odd again, and a new number, so that a reader
    /// that read while the store was settled reads again.
    pub fn unsettle(&mut self) {
        self.generation += 2;
        let _ = write_generation(&self.file, self.generation);
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Even again: the change is whole. The flock is released with the file.
        let _ = write_generation(&self.file, self.generation + 1);
    }
}

/// The generation as the lock file holds it: fixed width, so that a reader
/// never sees a shorter number half-overwritten by a longer one.
fn write_generation(file: &File, generation: u64) -> std::io::Result<()> {
    use std::os::unix::fs::FileExt;
    file.write_all_at(format!("{generation:020}\n").as_bytes(), 0)
}

/// The generation the lock file holds; 0 for none yet.
fn read_generation(file: &File) -> u64 {
    use std::os::unix::fs::FileExt;
    let mut bytes = [0u8; 20];
    file.read_exact_at(&mut bytes, 0)
        .ok()
        .and_then(|()| std::str::from_utf8(&bytes).ok()?.parse().ok())
        .unwrap_or(0)
}

/// How long a reader waits for a command that holds the store before it
/// reads anyway: longer than any step that only writes files, shorter than a
/// request to a remote CA, which holds the lock while the CA answers and
/// publishes its result in one rename.
const STABLE_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// The two trust stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustKind {
    /// Trusted Root Certification Authorities.
    Root,
    /// Intermediate Certification Authorities.
    Intermediate,
}

impl TrustKind {
    pub fn dir(self) -> &'static str {
        match self {
            TrustKind::Root => "trust/root",
            TrustKind::Intermediate => "trust/ca",
        }
    }
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store {
            root: root.into(),
            wait: true,
        }
    }

    /// The same store, whose lock refuses with [`Error::StoreBusy`] instead
    /// of waiting while another command holds it.
    pub fn without_waiting(mut self) -> Store {
        self.wait = false;
        self
    }

    /// `--store`, else `$DOCWIZ_HOME`, else `$XDG_DATA_HOME/docwiz`, else
    /// `~/.local/share/docwiz`.
    pub fn locate(flag: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> PathBuf {
        if let Some(dir) = flag {
            return dir.to_path_buf();
        }
        let set = |name: &str| env(name).filter(|v| !v.is_empty());
        if let Some(home) = set("DOCWIZ_HOME") {
            return PathBuf::from(home);
        }
        if let Some(data) = set("XDG_DATA_HOME") {
            return Path::new(&data).join("docwiz");
        }
        // Never relative to the working directory: a service run without HOME
        // (a systemd unit, cron) would otherwise find no store, or another one.
        // std's home_dir reads the user's passwd entry (getpwuid_r) when HOME
        // is unset; with no entry either, the store goes where the FHS keeps
        // a service's state.
        let home = set("HOME")
            .map(PathBuf::from)
            .filter(|h| h.is_absolute())
            .or_else(|| std::env::home_dir().filter(|h| h.is_absolute()));
        match home {
            Some(home) => home.join(".local/share/docwiz"),
            None => PathBuf::from("/var/lib/docwiz"),
        }
    }

    /// Refuses a store that does not exist, naming it: a command that only
    /// reads it (`wizard renew` from a timer) would otherwise report
    /// "nothing to do" about a store it was never given.
    pub fn require_existing(&self) -> Result<(), Error> {
        if self.root.is_dir() {
            return Ok(());
        }
        Err(Error::StoreNotFound {
            store: std::path::absolute(&self.root)
                .unwrap_or_else(|_| self.root.clone())
                .display()
                .to_string(),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// The error names the file the command meant to write: a staging name
    /// (`certs/.tmp-T-1a2b/key.pem`) is given as the name it was to take
    /// (`certs/T/key.pem`), which is what a full disk failed to make.
    fn write_error(&self, path: &Path, e: std::io::Error) -> Error {
        Error::Write {
            path: real_name(path).display().to_string(),
            reason: e.to_string(),
        }
    }

    /// Creates `rel` (and its parents) as private directories.
    pub fn mkdir(&self, rel: &str) -> Result<PathBuf, Error> {
        let path = self.path(rel);
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&path)
            .map_err(|e| self.write_error(&path, e))?;
        Ok(path)
    }

    /// Takes the store's lock, waiting for another command to finish (or,
    /// [`Store::without_waiting`], refusing with `Error::StoreBusy`), and
    /// clears what a crashed command left half-written.
    pub fn lock(&self) -> Result<Lock, Error> {
        self.mkdir("")?;
        let path = self.path(".lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .mode(0o600)
            .open(&path)
            .map_err(|e| self.write_error(&path, e))?;
        if self.wait {
            file.lock().map_err(|e| self.write_error(&path, e))?;
        } else {
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Error::StoreBusy {
                        store: self.root.display().to_string(),
                    });
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(self.write_error(&path, e)),
            }
        }
        // Odd before anything changes, recovery included; a command that
        // died left it odd, and the next one goes on from there.
        let last = read_generation(&file);
        let generation = if last.is_multiple_of(2) {
            last + 1
        } else {
            last + 2
        };
        write_generation(&file, generation).map_err(|e| self.write_error(&path, e))?;
        let lock = Lock { file, generation };
        self.remove_leftovers(&self.root, 8);
        for dir in STORE_DIRS {
            self.remove_leftovers(&self.path(dir), 0);
        }
        crate::cert::store::history::recover(self)?;
        record::recover(self)?;
        removal::recover(self)?;
        Ok(lock)
    }

    /// The store's generation now (0 for a store no command has locked yet):
    /// it changes whenever a command changes the store, and is odd while
    /// one is doing so (see [`Lock`]).
    pub fn generation(&self) -> u64 {
        File::open(self.path(".lock"))
            .map(|file| read_generation(&file))
            .unwrap_or(0)
    }

    /// Runs `read` (which must only read the store) so that what it returns
    /// shows the store before a command's change or after it, never halfway:
    /// it waits while a command holds the lock and reads again when one came
    /// and went meanwhile (a sequence lock over the generation [`Lock`]
    /// keeps). Readers never take the lock, so they never make a command
    /// wait or refuse. A command that holds the lock longer than
    /// [`STABLE_WAIT`] (a request to a remote CA), or one that died holding
    /// it, is read past. Not for use under the lock.
    pub fn read_stable<T>(&self, mut read: impl FnMut() -> T) -> T {
        let started = std::time::Instant::now();
        loop {
            let before = self.generation();
            let patient = started.elapsed() < STABLE_WAIT;
            if !before.is_multiple_of(2) && patient {
                std::thread::sleep(std::time::Duration::from_millis(5));
                continue;
            }
            let value = read();
            if self.generation() == before || !patient {
                return value;
            }
        }
    }

    /// Whether no command holds the lock now: then no request is being
    /// answered, and a pending online request was interrupted. Never true
    /// inside a command, which holds the lock itself.
    pub fn nobody_writing(&self) -> bool {
        File::open(self.path(".lock")).is_ok_and(|file| file.try_lock_shared().is_ok())
    }

    /// Temporary entries are only ever renamed into place once complete, so
    /// what is left of them (anywhere below the store: `requests/<id>/`,
    /// `issuers/`, `certs/<T>/`, …) holds nothing that could be lost. Links are
    /// not followed; the store is a few levels deep (`depth` 8: this level only).
    fn remove_leftovers(&self, dir: &Path, depth: usize) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let path = entry.path();
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if name.to_string_lossy().contains(TMP) {
                let _ = if is_dir {
                    fs::remove_dir_all(&path)
                } else {
                    fs::remove_file(&path)
                };
            } else if is_dir && depth < 8 {
                self.remove_leftovers(&path, depth + 1);
            }
        }
    }

    /// Writes `rel` atomically; `private` files are created 0600.
    pub fn write(&self, rel: &str, data: &[u8], private: bool) -> Result<(), Error> {
        let path = self.path(rel);
        write_atomic(&path, data, private).map_err(|e| self.write_error(&path, e))
    }

    /// Writes `rel`'s new content aside, to be put in place by
    /// [`Staged::commit`] (a rename, which needs no space) once the rest of a
    /// command has succeeded; dropped uncommitted, it is removed.
    pub fn stage(&self, rel: &str, data: &[u8], private: bool) -> Result<Staged, Error> {
        let rel_path = Path::new(rel);
        let dir = rel_path
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = rel_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = self.tmp_name(&dir, &name);
        self.write(&tmp, data, private)?;
        Ok(Staged {
            store: self.clone(),
            tmp,
            rel: rel.to_string(),
            done: false,
        })
    }

    /// A file's bytes, or `None` when it does not exist.
    pub fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, Error> {
        let path = self.path(rel);
        match fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::Read {
                path: path.display().to_string(),
                reason: e.to_string(),
            }),
        }
    }

    /// Names in a directory (none if it does not exist), without temporaries,
    /// sorted. A directory that exists but cannot be read is an error, never
    /// an empty one.
    pub fn list(&self, rel: &str) -> Result<Vec<String>, Error> {
        let path = self.path(rel);
        let entries = match fs::read_dir(&path) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => {
                return Err(Error::StoreUnreadable {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                });
            }
        };
        let mut names: Vec<String> = entries
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| !n.contains(TMP) && !n.starts_with('.'))
            .collect();
        names.sort();
        Ok(names)
    }

    /// Makes a directory (or file) prepared as `tmp` visible as `rel` in one rename.
    pub fn publish_dir(&self, tmp: &str, rel: &str) -> Result<(), Error> {
        let from = self.path(tmp);
        let to = self.path(rel);
        fs::rename(&from, &to).map_err(|e| self.write_error(&to, e))?;
        sync_dir(to.parent().unwrap_or(&self.root)).map_err(|e| self.write_error(&to, e))
    }

    /// A name for a temporary entry in `dir`.
    pub fn tmp_name(&self, dir: &str, name: &str) -> String {
        let nonce = random_hex(4);
        if dir.is_empty() {
            format!("{TMP}{name}-{nonce}")
        } else {
            format!("{dir}/{TMP}{name}-{nonce}")
        }
    }

    // ---- requests ----

    /// All requests, oldest first. A request whose certificate was written but
    /// whose record was not yet updated (a crash in between) reads as issued.
    /// Requests whose record cannot be read are left out here and reported by
    /// [`crate::cert::store::health::check`].
    pub fn requests(&self) -> Result<Vec<Request>, Error> {
        let mut requests = Vec::new();
        for id in self.list("requests")? {
            if let Ok(request) = self.request(&id) {
                requests.push(request);
            }
        }
        requests.sort_by(|a, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
        Ok(requests)
    }

    pub fn request(&self, id: &str) -> Result<Request, Error> {
        let not_found = || Error::RequestNotFound { id: id.to_string() };
        if id.is_empty() || id.contains('/') || id.starts_with('.') {
            return Err(not_found());
        }
        let rel = format!("requests/{id}/request.json");
        let bytes = self.read(&rel)?.ok_or_else(not_found)?;
        let mut request: Request = serde_json::from_slice(&bytes).map_err(|e| Error::Damaged {
            finding: Box::new(crate::cert::store::health::record_finding(
                &self.path(&rel).display().to_string(),
                &bytes,
                &e,
            )),
            hint: None,
        })?;
        // A damaged chain.pem is reported by the store's check; the record stands.
        if request.state != State::Issued
            && let Ok(Some(chain)) = self.request_chain(id)
            && !chain.is_empty()
        {
            request.state = State::Issued;
            request.thumbprint = Some(chain[0].thumbprint.clone());
            request.reason = None;
            request.reason_args.clear();
        } else if request.is_interrupted() && self.nobody_writing() {
            request.fail_interrupted();
        }
        Ok(request)
    }

    /// The newest request; when the newest request's record is damaged, that
    /// is the error (see [`crate::cert::store::health::latest_request`]).
    pub fn latest_request(&self) -> Result<Request, Error> {
        crate::cert::store::health::latest_request(self)
    }

    pub fn save_request(&self, request: &Request) -> Result<(), Error> {
        let json = serde_json::to_vec_pretty(request).unwrap_or_default();
        self.write(
            &format!("requests/{}/request.json", request.id),
            &json,
            false,
        )
    }

    /// The issued chain of a request (leaf first), if any.
    /// An empty `chain.pem` is damage: a request's chain always holds its leaf.
    pub fn request_chain(&self, id: &str) -> Result<Option<Vec<CertInfo>>, Error> {
        let rel = format!("requests/{id}/chain.pem");
        match self.cert_file(&rel)? {
            Some(chain) if chain.is_empty() => Err(Error::NotCertificate {
                path: self.path(&rel).display().to_string(),
            }),
            chain => Ok(chain),
        }
    }

    /// The CA certificates that came with a request's answer, with their files.
    pub fn request_issuers(&self, id: &str) -> Vec<(CertInfo, PathBuf)> {
        let dir = format!("requests/{id}/issuers");
        // Damaged or unreadable files are reported by the store's check.
        self.list(&dir)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|name| {
                let rel = format!("{dir}/{name}");
                let info = self.cert_file(&rel).ok().flatten()?.into_iter().next()?;
                Some((info, self.path(&rel)))
            })
            .collect()
    }

    /// Certificates of a PEM file in the store; `None` if it does not exist.
    pub fn cert_file(&self, rel: &str) -> Result<Option<Vec<CertInfo>>, Error> {
        let Some(bytes) = self.read(rel)? else {
            return Ok(None);
        };
        // A chain file of a certificate issued right under a root has nothing in it.
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Some(Vec::new()));
        }
        let path = self.path(rel).display().to_string();
        let ders = parse_certificates(&path, &bytes)?;
        ders.iter()
            .map(|der| {
                CertInfo::from_der(der).map_err(|_| Error::NotCertificate { path: path.clone() })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }

    // ---- trust stores ----

    pub fn trusted(&self, kind: TrustKind) -> Vec<CertInfo> {
        // Damaged or unreadable files are reported by the store's check.
        self.list(kind.dir())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|name| {
                self.cert_file(&format!("{}/{name}", kind.dir()))
                    .ok()
                    .flatten()
            })
            .flatten()
            .collect()
    }

    // ---- installed certificates and usages ----

    /// `certs/<T>/`, if the certificate is installed.
    pub fn installed(&self, thumbprint: &str) -> Result<Option<Vec<CertInfo>>, Error> {
        if thumbprint.is_empty() || !thumbprint.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(None);
        }
        let rel = format!("certs/{thumbprint}/cert.pem");
        let Some(mut chain) = self.cert_file(&rel)? else {
            return Ok(None);
        };
        if chain.is_empty() {
            return Err(Error::NotCertificate {
                path: self.path(&rel).display().to_string(),
            });
        }
        if let Some(intermediates) = self.cert_file(&format!("certs/{thumbprint}/chain.pem"))? {
            chain.extend(intermediates);
        }
        Ok(Some(chain))
    }

    /// Installs a chain (leaf first) and its key as `certs/<T>/`: cert, chain,
    /// fullchain and privkey (0600), prepared aside and renamed into place. The
    /// caller holds the lock.
    pub fn install(&self, chain: &[Vec<u8>], key_pem: &[u8]) -> Result<String, Error> {
        // Callers check their input; this keeps anything the store could not
        // read back from ever being written.
        if !crate::cert::x509::certificate::readable(chain) {
            return Err(Error::NotCertificate {
                path: "certs".to_string(),
            });
        }
        let thumbprint = crate::cert::x509::certificate::thumbprint(&chain[0]);
        if self.installed(&thumbprint)?.is_some() {
            return Ok(thumbprint);
        }
        self.mkdir("certs")?;
        let tmp = self.tmp_name("certs", &thumbprint);
        let staged = (|| {
            self.write(&format!("{tmp}/privkey.pem"), key_pem, true)?;
            self.write(
                &format!("{tmp}/cert.pem"),
                to_pem(&chain[..1]).as_bytes(),
                false,
            )?;
            self.write(
                &format!("{tmp}/chain.pem"),
                to_pem(&chain[1..]).as_bytes(),
                false,
            )?;
            self.write(
                &format!("{tmp}/fullchain.pem"),
                to_pem(chain).as_bytes(),
                false,
            )?;
            self.publish_dir(&tmp, &format!("certs/{thumbprint}"))
        })();
        if staged.is_err() {
            let _ = fs::remove_dir_all(self.path(&tmp));
        }
        staged.map(|()| thumbprint)
    }

    /// Takes out `rel` (a file or directory) in one rename, then deletes it:
    /// interrupted, what is left has a temporary name and goes under the next
    /// lock.
    pub fn remove(&self, rel: &str) -> Result<(), Error> {
        let path = self.path(rel);
        if fs::symlink_metadata(&path).is_err() {
            return Ok(());
        }
        let parent = Path::new(rel)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = Path::new(rel)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let aside = self.tmp_name(&parent, &format!("gone-{name}"));
        self.publish_dir(rel, &aside)?;
        let aside = self.path(&aside);
        let _ = if aside.is_dir() {
            fs::remove_dir_all(&aside)
        } else {
            fs::remove_file(&aside)
        };
        Ok(())
    }

    pub fn installed_thumbprints(&self) -> Result<Vec<String>, Error> {
        self.list("certs")
    }

    /// The certificate each usage's `live/<usage>` link points to. Only links
    /// that pass [`crate::cert::store::health::live_link`] count: a damaged link (outside
    /// the store, dangling, not a link) is no assignment.
    pub fn assigned(&self) -> BTreeMap<Usage, String> {
        let mut out = BTreeMap::new();
        for usage in Usage::ALL {
            if let Ok(crate::cert::store::health::Live::Assigned(t)) =
                crate::cert::store::health::live_link(self, usage)
            {
                out.insert(usage, t);
            }
        }
        out
    }

    /// Points `live/<usage>` at `certs/<T>` with a new link renamed over the old.
    pub fn switch_live(&self, usage: Usage, thumbprint: &str) -> Result<(), Error> {
        let live = self.mkdir("live")?;
        let tmp = self.path(&self.tmp_name("live", usage.name()));
        let target = format!("../certs/{thumbprint}");
        let link = live.join(usage.name());
        std::os::unix::fs::symlink(&target, &tmp).map_err(|e| self.write_error(&tmp, e))?;
        fs::rename(&tmp, &link).map_err(|e| {
            let _ = fs::remove_file(&tmp);
            self.write_error(&link, e)
        })?;
        sync_dir(&live).map_err(|e| self.write_error(&live, e))
    }

    /// Removes `live/<usage>` (undoing the assignment of a usage that had none).
    pub fn remove_live(&self, usage: Usage) -> Result<(), Error> {
        let live = self.path("live");
        let link = live.join(usage.name());
        match fs::remove_file(&link) {
            Ok(()) => sync_dir(&live).map_err(|e| self.write_error(&live, e)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(self.write_error(&link, e)),
        }
    }
}

/// A file written aside by [`Store::stage`].
pub struct Staged {
    store: Store,
    tmp: String,
    rel: String,
    done: bool,
}

impl Staged {
    pub fn commit(mut self) -> Result<(), Error> {
        self.done = true;
        self.store.publish_dir(&self.tmp, &self.rel)
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_file(self.store.path(&self.tmp));
        }
    }
}

/// Temporary file in the same directory, fsync, rename, fsync the directory.
pub fn write_atomic(path: &Path, data: &[u8], private: bool) -> std::io::Result<()> {
    // A bare file name's parent is "": the current directory.
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!("{TMP}{name}-{}", random_hex(4)));
    let result = (|| {
        let mut file = OpenOptions::new()
            .create_new(true)
            .write(true)
            .mode(if private { 0o600 } else { 0o644 })
            .open(&tmp)?;
        if private {
            // The mode above is filtered by the umask; a key must be 0600 exactly.
            file.set_permissions(fs::Permissions::from_mode(0o600))?;
        }
        file.write_all(data)?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// `path` with each staging component (`.tmp-<name>-<nonce>`, as
/// [`Store::tmp_name`] and [`write_atomic`] make them) given its own name.
pub fn real_name(path: &Path) -> PathBuf {
    path.components()
        .map(|c| {
            let text = c.as_os_str().to_string_lossy();
            match text
                .strip_prefix(TMP)
                .and_then(|rest| rest.rsplit_once('-'))
                .filter(|(_, nonce)| {
                    nonce.len() == 8 && nonce.bytes().all(|b| b.is_ascii_hexdigit())
                }) {
                Some((name, _)) => std::ffi::OsString::from(name),
                None => c.as_os_str().to_os_string(),
            }
        })
        .collect()
}

pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

/// `bytes` random bytes as lowercase hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    let _ = aws_lc_rs::rand::fill(&mut buf);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staging_names_are_given_as_the_names_they_were_to_take() {
        let staged = Path::new("/s/certs/.tmp-ABCDEF-0a1b2c3d/privkey.pem");
        assert_eq!(real_name(staged), Path::new("/s/certs/ABCDEF/privkey.pem"));
        let file = Path::new("/s/requests/r1/.tmp-chain.pem-ffff0000");
        assert_eq!(real_name(file), Path::new("/s/requests/r1/chain.pem"));
        // Names that only look alike are left alone.
        let other = Path::new("/s/.tmp-notes/x");
        assert_eq!(real_name(other), other);
    }
}
