//! A certificate request: key, CSR, submission to a CA, and its record.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rcgen::{CertificateParams, DnType, KeyPair, PublicKeyData, RsaKeySize, SanType};
use serde::{Deserialize, Serialize};

use crate::cert::ca::acme::{self, AcmeOptions};
use crate::cert::ca::cfssl::{self, CfsslOptions};
use crate::cert::ca::local::LocalCa;
use crate::cert::store::{Store, random_hex};
use crate::cert::x509::certificate::{readable, thumbprint, to_pem};
use crate::cert::x509::names;
use crate::cert::{KeyType, Usage};
use crate::error::{Error, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Pending,
    Issued,
    Failed,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Issued => "issued",
            State::Failed => "failed",
        }
    }
}

/// `requests/<id>/request.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    pub id: String,
    /// RFC 3339 with nanoseconds: the order of requests.
    pub created: String,
    pub fqdn: String,
    /// The FQDN, then each subject alternative name.
    pub names: Vec<String>,
    pub key: KeyType,
    pub usages: Vec<Usage>,
    pub ca: String,
    /// The ACME directory or cfssl URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_url: Option<String>,
    pub state: State,
    #[serde(default)]
    pub thumbprint: Option<String>,
    /// The check box "Assign this certificate to … certificate usages".
    #[serde(default = "checked")]
    pub assign_checked: bool,
    #[serde(default)]
    pub finished: bool,
    /// Why the request failed: a code ([`Request::reason_message`] renders it),
    /// never a sentence, so that each reader sees it in their language.
    #[serde(default)]
    pub reason: Option<String>,
    /// The code's arguments (a CA's own words, a file name).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reason_args: BTreeMap<String, String>,
}

fn checked() -> bool {
    true
}

/// Reason codes and the `ui.ftl` messages that render them.
const REASONS: [(&str, &str); 7] = [
    ("interrupted", "request-reason-interrupted"),
    ("ca-refused", "error-ca-refused"),
    ("store-write", "error-write"),
    ("store-read", "error-read"),
    ("crypto", "error-crypto"),
    ("invalid-name", "error-invalid-name"),
    ("ca-unsafe", "request-reason-ca-unsafe"),
];

impl Request {
    /// Waiting for an online CA's answer, which only a command holding the
    /// store's lock can be doing; offline requests wait for the administrator.
    pub fn is_interrupted(&self) -> bool {
        self.state == State::Pending && self.ca != "offline"
    }

    pub fn fail_interrupted(&mut self) {
        self.state = State::Failed;
        self.reason = Some("interrupted".to_string());
        self.reason_args.clear();
    }

    /// Records `error` as the reason the request failed.
    pub fn fail_with(&mut self, error: &Error) {
        let (code, args): (&str, Vec<(&str, &str)>) = match error {
            Error::CaRefused { ca, detail } => ("ca-refused", vec![("ca", ca), ("detail", detail)]),
            Error::Write { path, reason } => {
                ("store-write", vec![("path", path), ("reason", reason)])
            }
            Error::Read { path, reason } => {
                ("store-read", vec![("path", path), ("reason", reason)])
            }
            Error::Crypto { detail } => ("crypto", vec![("detail", detail)]),
            Error::InvalidName { name } => ("invalid-name", vec![("name", name)]),
            Error::CaUnsafe { .. } => ("ca-unsafe", Vec::new()),
            other => ("other", vec![("code", other.message().id)]),
        };
        self.state = State::Failed;
        self.reason = Some(code.to_string());
        self.reason_args = args
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
    }

    /// The reason as a message. What is not a code docwiz knows (a sentence
    /// stored by an older version) is shown as it is.
    pub fn reason_message(&self) -> Option<Message> {
        let code = self.reason.as_deref()?;
        let arg = |name: &str| self.reason_args.get(name).cloned().unwrap_or_default();
        let message = match REASONS.iter().find(|(c, _)| *c == code) {
            Some((_, id)) => REASON_ARGS.iter().fold(Message::new(id), |m, name| {
                if *name == "reason" {
                    m.arg(name, crate::error::os_reason(&arg(name)))
                } else {
                    m.arg(name, arg(name))
                }
            }),
            None if code == "other" => {
                Message::new("request-reason-other").arg("code", arg("code"))
            }
            // Not a code of docwiz's: a hand-edited record, or an English
            // sentence stored by a version before codes. It is shown as data
            // in a sentence of the reader's language, never as if it were
            // docwiz's own words, and `wizard check` reports it.
            None => Message::new("request-reason-unknown").arg("code", code),
        };
        Some(message)
    }
}

/// Whether `code` is a reason code docwiz writes.
pub fn is_known_reason(code: &str) -> bool {
    code == "other" || REASONS.iter().any(|(c, _)| *c == code)
}

/// Every argument a reason message may use.
const REASON_ARGS: [&str; 6] = ["ca", "detail", "path", "reason", "name", "code"];

/// What `wizard request` asks for.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub fqdn: String,
    pub sans: Vec<String>,
    pub key: KeyType,
    pub usages: Vec<Usage>,
    pub ca: CaChoice,
}

/// Where the request goes.
#[derive(Debug, Clone)]
pub enum CaChoice {
    /// The embedded local CA.
    Local,
    Acme(AcmeOptions),
    Cfssl(CfsslOptions),
    /// Written to this file for the administrator to take to a CA; the CA's
    /// answer comes back with `import-response`.
    Offline(PathBuf),
}

impl CaChoice {
    fn name(&self) -> &'static str {
        match self {
            CaChoice::Local => "local",
            CaChoice::Acme(_) => "acme",
            CaChoice::Cfssl(_) => "cfssl",
            CaChoice::Offline(_) => "offline",
        }
    }

    fn url(&self) -> Option<String> {
        match self {
            CaChoice::Acme(a) => Some(a.directory.clone()),
            CaChoice::Cfssl(c) => Some(c.url.clone()),
            _ => None,
        }
    }
}

fn crypto(e: impl std::fmt::Display) -> Error {
    Error::Crypto {
        detail: e.to_string(),
    }
}

pub fn generate_key(key: KeyType) -> Result<KeyPair, Error> {
    let pair = match key {
        KeyType::Rsa2048 => KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, RsaKeySize::_2048),
        KeyType::Rsa3072 => KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, RsaKeySize::_3072),
        KeyType::Rsa4096 => KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, RsaKeySize::_4096),
        KeyType::EcdsaP256 => KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256),
        KeyType::EcdsaP384 => KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384),
    };
    pair.map_err(crypto)
}

/// Creates a request and submits it. Nothing is published until every file
/// of it is written, so a command that fails leaves no request behind:
///
/// - local CA: the certificate is signed in memory and the request is
///   published issued (or failed, with its reason) in one rename, key and
///   certificate together;
/// - ACME and cfssl: the key, CSR and record are published before the CA is
///   asked, so a certificate a CA issued always finds its key; the answer is
///   stored before the record says "issued". A command stopped before that
///   leaves the request pending, which the next command to take the lock
///   records as failed ("interrupted", see [`recover`]);
/// - offline: the CSR file is written first, then the request is published; if
///   the CSR cannot be written, no request is left.
pub fn request(store: &Store, new: &NewRequest) -> Result<Request, Error> {
    let names = names::subject_names(&new.fqdn, &new.sans)?;
    if let CaChoice::Offline(file) = &new.ca {
        check_offline_target(store, file)?;
    }
    // The ACME client reads the bundle itself; it is checked as every input
    // file is (a FIFO or /dev/zero would never end), and must hold
    // certificates, before anything is done: a bad bundle leaves no request.
    if let CaChoice::Acme(AcmeOptions {
        ca_bundle: Some(bundle),
        ..
    }) = &new.ca
    {
        let bytes = crate::cert::input::read(bundle)?;
        crate::cert::x509::response::certificates(&bundle.display().to_string(), &bytes)?;
    }
    let mut lock = store.lock()?;
    let created = crate::cert::now();
    let id = format!(
        "{:04}{:02}{:02}-{:02}{:02}{:02}-{}",
        created.year(),
        created.month() as u8,
        created.day(),
        created.hour(),
        created.minute(),
        created.second(),
        random_hex(3)
    );
    // The local CA is made (on first use) before the request, so that a CA
    // that cannot be written stops the command before it leaves a request.
    let local_ca = match new.ca {
        CaChoice::Local => Some(LocalCa::ensure(store)?),
        _ => None,
    };
    let key = generate_key(new.key)?;
    let mut params = CertificateParams::new(Vec::<String>::new()).map_err(crypto)?;
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(DnType::CommonName, names[0].as_str());
    params.subject_alt_names = names
        .iter()
        .map(|n| n.clone().try_into().map(SanType::DnsName).map_err(crypto))
        .collect::<Result<_, _>>()?;
    let csr = params.serialize_request(&key).map_err(crypto)?;
    let csr_pem = csr.pem().map_err(crypto)?;
    let mut request = Request {
        id: id.clone(),
        created: created
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        fqdn: names[0].clone(),
        names,
        key: new.key,
        usages: new.usages.clone(),
        ca: new.ca.name().to_string(),
        ca_url: new.ca.url(),
        state: State::Pending,
        thumbprint: None,
        assign_checked: true,
        finished: false,
        reason: None,
        reason_args: BTreeMap::new(),
    };
    let answer = local_ca.map(|ca| {
        ca.sign(csr.der(), &request.usages)
            .and_then(|chain| readable_answer("ca/issuing.pem", chain))
    });
    match &answer {
        Some(Ok(chain)) => {
            request.state = State::Issued;
            request.thumbprint = Some(thumbprint(&chain[0]));
        }
        Some(Err(error)) => request.fail_with(error),
        None => {}
    }

    store.mkdir("requests")?;
    let tmp = store.tmp_name("requests", &id);
    let staged = (|| {
        store.write(
            &format!("{tmp}/key.pem"),
            key.serialize_pem().as_bytes(),
            true,
        )?;
        store.write(&format!("{tmp}/csr.pem"), csr_pem.as_bytes(), false)?;
        if let Some(Ok(chain)) = &answer {
            write_answer(store, &tmp, chain)?;
        }
        store.write(
            &format!("{tmp}/request.json"),
            &serde_json::to_vec_pretty(&request).unwrap_or_default(),
            false,
        )?;
        let CaChoice::Offline(file) = &new.ca else {
            return store.publish_dir(&tmp, &format!("requests/{id}"));
        };
        write_public(file, csr_pem.as_bytes())?;
        store
            .publish_dir(&tmp, &format!("requests/{id}"))
            .inspect_err(|_| {
                // A CSR without its request would bring back an answer no
                // request can take.
                let _ = std::fs::remove_file(file);
            })
    })();
    if let Err(error) = staged {
        let _ = std::fs::remove_dir_all(store.path(&tmp));
        return Err(error);
    }

    // The pending request is published whole; while the CA is asked, pages
    // may read the store without waiting (the ACME account's files written
    // meanwhile are single atomic files no page shows).
    lock.settle();
    let answer = match (&new.ca, answer) {
        (_, Some(Ok(_))) => return Ok(request),
        (_, Some(Err(error))) => return Err(error),
        // The request waits for the CA's answer; its key is already stored.
        (CaChoice::Offline(_) | CaChoice::Local, None) => return Ok(request),
        (CaChoice::Acme(options), None) => acme::order(store, options, &request.names, csr.der()),
        (CaChoice::Cfssl(options), None) => cfssl::sign(options, &csr_pem),
    };
    lock.unsettle();
    let source = request.ca_url.clone().unwrap_or_default();
    let answer = answer.and_then(|chain| readable_answer(&source, chain));
    finish_answer(store, request, answer, false)
}

/// Stores a CA's answer, or its failure with the reason. With `undo`, the
/// answer can be had again (a file, the local CA): if it cannot be recorded
/// whole, the request is left as it was. An online CA's certificate is kept
/// whatever happens: `chain.pem` alone makes the request read as issued.
fn finish_answer(
    store: &Store,
    mut request: Request,
    answer: Result<Vec<Vec<u8>>, Error>,
    undo: bool,
) -> Result<Request, Error> {
    match answer {
        Ok(chain) => {
            let had_chain = store.request_chain(&request.id)?.is_some();
            store_answer(store, &request.id, &chain)?;
            request.state = State::Issued;
            request.thumbprint = Some(thumbprint(&chain[0]));
            request.reason = None;
            request.reason_args.clear();
            if let Err(error) = store.save_request(&request) {
                if undo && !had_chain {
                    let _ = store.remove(&format!("requests/{}/chain.pem", request.id));
                    let _ = store.remove(&format!("requests/{}/issuers", request.id));
                }
                return Err(error);
            }
            Ok(request)
        }
        Err(error) => {
            request.fail_with(&error);
            store.save_request(&request)?;
            Err(error)
        }
    }
}

/// A CA's answer must be certificates the store can read back; `source`
/// names where it came from.
fn readable_answer(source: &str, chain: Vec<Vec<u8>>) -> Result<Vec<Vec<u8>>, Error> {
    if readable(&chain) {
        Ok(chain)
    } else {
        Err(Error::NotCertificate {
            path: source.to_string(),
        })
    }
}

/// `wizard retry`: asks the local CA again for a failed local request, with
/// the request's own key and CSR.
pub fn retry(store: &Store, id: &str) -> Result<Request, Error> {
    let _lock = store.lock()?;
    let request = store.request(id)?;
    if request.state != State::Failed {
        return Err(Error::RetryNotFailed { id: id.to_string() });
    }
    if request.ca != "local" {
        return Err(Error::RetryNotLocal { id: id.to_string() });
    }
    let csr = store
        .read(&format!("requests/{id}/csr.pem"))?
        .and_then(|pem| pem::parse(pem).ok())
        .ok_or_else(|| Error::NotIssued { id: id.to_string() })?;
    let answer = LocalCa::ensure(store)
        .and_then(|ca| ca.sign(csr.contents(), &request.usages))
        .and_then(|chain| readable_answer("ca/issuing.pem", chain));
    finish_answer(store, request, answer, true)
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

/// `wizard import-response`: the CA's answer to an offline request. The file
/// is read and checked whole (every certificate complete, the certificate
/// carrying the request's public key) before anything is written; otherwise
/// nothing changes and the request stays pending.
pub fn import_response(store: &Store, id: &str, file: &Path) -> Result<Request, Error> {
    let shown = file.display().to_string();
    let bytes = crate::cert::input::read(file)?;
    let ders = crate::cert::x509::response::certificates(&shown, &bytes)?;
    let _lock = store.lock()?;
    let request = store.request(id)?;
    let key = store
        .read(&format!("requests/{id}/key.pem"))?
        .and_then(|k| KeyPair::from_pem(&String::from_utf8_lossy(&k)).ok())
        .ok_or_else(|| Error::NotIssued { id: id.to_string() })?;
    let chain =
        crate::cert::x509::response::leaf_first(&shown, ders, &key.subject_public_key_info())?;
    if !readable(&chain) {
        return Err(Error::NotCertificate { path: shown });
    }
    finish_answer(store, request, Ok(chain), true)
}

/// Writes a CA's answer into a published request: `issuers/` (each CA
/// certificate as `<T>.pem`, the files the status page tells the administrator
/// to import) is prepared aside and swapped in whole, then `chain.pem` (leaf
/// and intermediates), whose arrival makes the request issued. Stopped before
/// that, the request is as it was.
pub fn store_answer(store: &Store, id: &str, chain: &[Vec<u8>]) -> Result<(), Error> {
    let dir = format!("requests/{id}");
    let issuers = format!("{dir}/issuers");
    let tmp = store.tmp_name(&dir, "answer");
    let old = store.tmp_name(&dir, "issuers-old");
    let had_issuers = store.path(&issuers).exists();
    let staged = (|| {
        store.mkdir(&tmp)?;
        write_issuers(store, &format!("{tmp}/issuers"), chain)?;
        // A rename cannot replace a directory that holds files: the old one
        // (left by an earlier answer) is moved aside first.
        if had_issuers {
            store.publish_dir(&issuers, &old)?;
        }
        store.publish_dir(&format!("{tmp}/issuers"), &issuers)?;
        write_chain(store, &dir, chain)
    })();
    let _ = std::fs::remove_dir_all(store.path(&tmp));
    if staged.is_err() && store.path(&old).exists() {
        let _ = std::fs::remove_dir_all(store.path(&issuers));
        let _ = store.publish_dir(&old, &issuers);
    } else if staged.is_err() && !had_issuers {
        let _ = store.remove(&issuers);
    }
    let _ = std::fs::remove_dir_all(store.path(&old));
    staged
}

/// `chain.pem` and `issuers/` into a directory not yet published.
fn write_answer(store: &Store, dir: &str, chain: &[Vec<u8>]) -> Result<(), Error> {
    write_issuers(store, &format!("{dir}/issuers"), chain)?;
    write_chain(store, dir, chain)
}

fn write_issuers(store: &Store, dir: &str, chain: &[Vec<u8>]) -> Result<(), Error> {
    store.mkdir(dir)?;
    for der in &chain[1..] {
        store.write(
            &format!("{dir}/{}.pem", thumbprint(der)),
            to_pem(std::slice::from_ref(der)).as_bytes(),
            false,
        )?;
    }
    Ok(())
}

fn write_chain(store: &Store, dir: &str, chain: &[Vec<u8>]) -> Result<(), Error> {
    let without_roots: Vec<Vec<u8>> = chain
        .iter()
        .enumerate()
        .filter(|(i, der)| *i == 0 || !is_self_signed(der))
        .map(|(_, der)| der.clone())
        .collect();
    store.write(
        &format!("{dir}/chain.pem"),
        to_pem(&without_roots).as_bytes(),
        false,
    )
}

/// Run under the lock before a command changes the store: a request still
/// pending for an online CA was interrupted (the lock is held from the request
/// to its answer), so it is recorded as failed with the reason "interrupted";
/// one whose answer was stored (`chain.pem`) is recorded as issued.
pub fn recover(store: &Store) -> Result<(), Error> {
    for id in store.list("requests")? {
        let Ok(mut request) = store.request(&id) else {
            continue;
        };
        let Some(Ok(on_disk)) = store
            .read(&format!("requests/{id}/request.json"))?
            .map(|b| serde_json::from_slice::<Request>(&b))
        else {
            continue;
        };
        if request.is_interrupted() {
            request.fail_interrupted();
        }
        // Best effort: reads derive the same state while this cannot be written.
        if request.state != on_disk.state {
            let _ = store.save_request(&request);
        }
    }
    Ok(())
}

fn is_self_signed(der: &[u8]) -> bool {
    crate::cert::x509::certificate::CertInfo::from_der(der).is_ok_and(|c| c.is_self_signed())
}
