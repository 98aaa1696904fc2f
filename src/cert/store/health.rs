//! What docwiz relies on in its store, checked: the `live/<usage>` links stay
//! inside the store, private keys are private and belong to their
//! certificates, records and certificate files can be read, and the local CA's
//! keys match its certificates. Each problem is a [`Diagnostic`] naming the
//! file (with line and column where there is one); pages show them in a
//! "Problems in the store" section and keep showing everything else.
//!
//! Two kinds of trouble are told apart. A store directory that cannot be read
//! at all (`requests/`, `certs/`, `live/`, `trust/`, … or the store itself:
//! permission denied, a file or a dangling link in its place) is an error,
//! [`Error::StoreUnreadable`]: an unreadable store is never shown as an empty
//! one. Anything below that is a finding, and the rest of the store is shown.
//!
//! Private keys: docwiz warns about every key whose mode lets anyone but its
//! owner read or change it (any group or other bit, as OpenSSH's
//! `UNPROTECTED PRIVATE KEY FILE` check) or that a user other than the one
//! running docwiz (or root) owns, and it refuses to *sign* with such a CA key
//! ([`ca_problems`]), as OpenSSH refuses such a key: a CA key others could
//! read may have been copied, and every certificate signed with it would be
//! trusted as docwiz's. Leaf keys are only warned about, on every page, since
//! docwiz signs nothing with them; fixing the mode is the administrator's
//! call (`chmod 600`).

use std::collections::BTreeMap;
use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::MetadataExt;

use rcgen::{KeyPair, PublicKeyData};

use super::record::{self, Request};
use crate::cert::Usage;
use crate::cert::store::Store;
use crate::cert::x509::certificate::CertInfo;
use crate::error::{Arg, Diagnostic, Error, Location, Message};

/// The store's directories that must be readable when they exist; a failure
/// to read one of them stops the command ([`Error::StoreUnreadable`]).
pub const DIRECTORIES: [&str; 11] = [
    "",
    "ca",
    "requests",
    "certs",
    "live",
    "trust",
    "trust/root",
    "trust/ca",
    "acme",
    "renewal",
    "revoked",
];

/// What `live/<usage>` holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Live {
    /// No link: the usage has no certificate.
    Unassigned,
    /// A link `../certs/<T>` to an installed certificate whose `cert.pem` is `T`.
    Assigned(String),
    /// Anything else: the usage is shown as damaged, never as assigned.
    Damaged(Box<Diagnostic>),
}

/// The result of checking the whole store.
#[derive(Debug, Clone, Default)]
pub struct Health {
    /// Every problem, in the order the store is walked.
    pub findings: Vec<Diagnostic>,
    /// Usages whose `live/<usage>` is damaged.
    pub damaged_usages: Vec<Usage>,
    /// Request directories whose `request.json` cannot be read.
    pub damaged_requests: Vec<String>,
    /// `certs/<T>` directories whose certificate cannot be used.
    pub damaged_certs: Vec<String>,
}

impl Health {
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }
}

fn finding(store: &Store, rel: &str, message: Message) -> Diagnostic {
    Diagnostic::error(Some(Location::file(&shown(store, rel))), message)
}

/// The path as the administrator knows it: the store as given, then `rel`.
pub fn shown(store: &Store, rel: &str) -> String {
    store.path(rel).display().to_string()
}

fn unreadable(store: &Store, rel: &str, e: &std::io::Error) -> Diagnostic {
    finding(
        store,
        rel,
        Message::new("damage-unreadable").arg("reason", crate::error::os_reason(&e.to_string())),
    )
}

fn kind_of(meta: &fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_symlink() {
        "link"
    } else if t.is_dir() {
        "directory"
    } else if t.is_file() {
        "file"
    } else {
        "other"
    }
}

/// Fails when a store directory exists but cannot be read: permission
/// denied, a file, a FIFO or a dangling link in its place. An absent
/// directory (or store) is an empty one.
pub fn readable(store: &Store) -> Result<(), Error> {
    for rel in DIRECTORIES {
        let path = if rel.is_empty() {
            store.root().to_path_buf()
        } else {
            store.path(rel)
        };
        let error = |reason: String| Error::StoreUnreadable {
            path: path.display().to_string(),
            reason,
        };
        match fs::symlink_metadata(&path) {
            Err(e) if e.kind() == ErrorKind::NotFound => continue,
            Err(e) => return Err(error(e.to_string())),
            Ok(meta) if meta.file_type().is_symlink() => {
                if let Err(e) = fs::metadata(&path) {
                    let target = fs::read_link(&path)
                        .map(|t| t.display().to_string())
                        .unwrap_or_default();
                    return Err(error(format!("→ {target}: {e}")));
                }
            }
            Ok(_) => {}
        }
        if let Err(e) = fs::read_dir(&path) {
            return Err(error(e.to_string()));
        }
    }
    Ok(())
}

/// Whether `name` is a thumbprint as docwiz names directories: 40 uppercase hex.
fn is_thumbprint(name: &str) -> bool {
    name.len() == 40
        && name
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
}

/// What `live/<usage>` holds, checked: a relative link `../certs/<T>` (as
/// [`Store::switch_live`] writes it) to a real directory inside the store
/// whose `cert.pem` has the thumbprint `T`. Errors only when the `live/`
/// directory itself cannot be read.
pub fn live_link(store: &Store, usage: Usage) -> Result<Live, Error> {
    let rel = format!("live/{}", usage.name());
    let path = store.path(&rel);
    let damaged = |message: Message| Ok(Live::Damaged(Box::new(finding(store, &rel, message))));
    let meta = match fs::symlink_metadata(&path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Live::Unassigned),
        Err(e) => {
            return Err(Error::StoreUnreadable {
                path: shown(store, "live"),
                reason: e.to_string(),
            });
        }
    };
    if !meta.file_type().is_symlink() {
        return damaged(Message::new("damage-live-not-link").arg("kind", kind_of(&meta)));
    }
    let target = match fs::read_link(&path) {
        Ok(t) => t,
        Err(e) => return Ok(Live::Damaged(Box::new(unreadable(store, &rel, &e)))),
    };
    let target_text = target.display().to_string();
    // Exactly as `switch_live` writes it: `Path::components` would read
    // `../certs/./T` and `../certs/T/` as the same path, which they are not
    // byte for byte (and no tool of docwiz's made them).
    let thumbprint = match target_text.strip_prefix("../certs/") {
        Some(t) if is_thumbprint(t) => t.to_string(),
        _ => {
            return damaged(Message::new("damage-live-outside").arg("target", target_text));
        }
    };
    // Each step must be a real directory of the store: a link on the way
    // (live/, certs/ or certs/<T>) could lead anywhere.
    for step in ["live", "certs"] {
        if fs::symlink_metadata(store.path(step)).is_ok_and(|m| m.file_type().is_symlink()) {
            return damaged(
                Message::new("damage-live-through-link")
                    .arg("target", target_text.clone())
                    .arg("link", shown(store, step)),
            );
        }
    }
    let dir = format!("certs/{thumbprint}");
    match fs::symlink_metadata(store.path(&dir)) {
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return damaged(Message::new("damage-live-dangling").arg("target", target_text));
        }
        Err(e) => return Ok(Live::Damaged(Box::new(unreadable(store, &dir, &e)))),
        Ok(m) if m.file_type().is_symlink() => {
            return damaged(
                Message::new("damage-live-through-link")
                    .arg("target", target_text)
                    .arg("link", shown(store, &dir)),
            );
        }
        Ok(m) if !m.is_dir() => {
            return damaged(Message::new("damage-live-not-cert").arg("target", target_text));
        }
        Ok(_) => {}
    }
    // The certificate's own problems are reported with its file.
    match leaf_file(store, &format!("{dir}/cert.pem"), &mut Vec::new()) {
        Some(leaf) if leaf.thumbprint == thumbprint => Ok(Live::Assigned(thumbprint)),
        _ => damaged(Message::new("damage-live-not-cert").arg("target", target_text)),
    }
}

/// Every usage's `live/<usage>`, checked.
pub fn live_links(store: &Store) -> Result<BTreeMap<Usage, Live>, Error> {
    Usage::ALL
        .into_iter()
        .map(|u| live_link(store, u).map(|l| (u, l)))
        .collect()
}

/// The current user's id, which owns the keys docwiz writes.
fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail (POSIX).
    unsafe { libc::geteuid() }
}

/// Checks a file that holds a secret: a regular file (not a link), mode
/// without any group or other bit, owned by the current user. Returns its
/// bytes when it can be read; `None` when it is absent (the caller decides
/// whether that is a problem) or cannot be read.
fn private_file(store: &Store, rel: &str, out: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
    let path = store.path(rel);
    let meta = match fs::symlink_metadata(&path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == ErrorKind::NotFound => return None,
        Err(e) => {
            out.push(unreadable(store, rel, &e));
            return None;
        }
    };
    if meta.file_type().is_symlink() {
        let target = fs::read_link(&path)
            .map(|t| t.display().to_string())
            .unwrap_or_default();
        out.push(finding(
            store,
            rel,
            Message::new("damage-symlink").arg("target", target),
        ));
        return None;
    }
    if meta.mode() & 0o077 != 0 {
        out.push(finding(
            store,
            rel,
            Message::new("damage-key-mode").arg("mode", format!("{:04o}", meta.mode() & 0o7777)),
        ));
    }
    // Root's files are as safe as root itself, which can read everything.
    if meta.uid() != euid() && meta.uid() != 0 {
        out.push(finding(
            store,
            rel,
            Message::new("damage-key-owner")
                .arg("owner", meta.uid().to_string())
                .arg("user", euid().to_string()),
        ));
    }
    match fs::read(&path) {
        Ok(b) => Some(b),
        Err(e) => {
            out.push(unreadable(store, rel, &e));
            None
        }
    }
}

/// Checks a private key file as [`private_file`] does, and that it can be
/// read as a key. Returns its public key (SubjectPublicKeyInfo, DER).
pub fn key_file(store: &Store, rel: &str, out: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
    let bytes = private_file(store, rel, out)?;
    match KeyPair::from_pem(&String::from_utf8_lossy(&bytes)) {
        Ok(key) => Some(key.subject_public_key_info()),
        Err(_) => {
            out.push(finding(store, rel, Message::new("damage-bad-key")));
            None
        }
    }
}

/// Reads a certificate file of the store; a file that cannot be read or
/// parsed is a finding, and so is a blank one unless `blank_ok` (the chain
/// file of a certificate issued right under a root). `None` when absent or
/// damaged.
fn cert_file(
    store: &Store,
    rel: &str,
    blank_ok: bool,
    out: &mut Vec<Diagnostic>,
) -> Option<Vec<CertInfo>> {
    let cut = fs::read(store.path(rel)).is_ok_and(|b| !pem_is_whole(&b));
    match store.cert_file(rel) {
        Ok(Some(certs)) if (certs.is_empty() && !blank_ok) || cut => {
            out.push(finding(store, rel, Message::new("damage-not-certificate")));
            None
        }
        Ok(certs) => certs,
        Err(Error::Read { reason, .. }) => {
            out.push(finding(
                store,
                rel,
                Message::new("damage-unreadable").arg("reason", crate::error::os_reason(&reason)),
            ));
            None
        }
        Err(_) => {
            out.push(finding(store, rel, Message::new("damage-not-certificate")));
            None
        }
    }
}

/// Whether a PEM file is whole: as many `-----END ` lines as `-----BEGIN `
/// lines, and nothing but white space after the last one. A file cut between
/// two blocks still parses (its first certificates are whole), yet it lost the
/// rest. DER files (no `-----BEGIN `) are whole here; their parser checks them.
fn pem_is_whole(bytes: &[u8]) -> bool {
    let count = |marker: &[u8]| bytes.windows(marker.len()).filter(|w| *w == marker).count();
    let begins = count(b"-----BEGIN ");
    if begins == 0 {
        return true;
    }
    if begins != count(b"-----END ") {
        return false;
    }
    let last = bytes
        .windows(9)
        .rposition(|w| w == b"-----END ")
        .unwrap_or(0);
    let rest = &bytes[last + 9..];
    // The rest of the END line (`CERTIFICATE-----`), then white space only.
    let after_line = rest
        .iter()
        .position(|b| *b == b'\n')
        .map_or(&rest[rest.len()..], |i| &rest[i..]);
    rest.windows(5).any(|w| w == b"-----") && after_line.iter().all(u8::is_ascii_whitespace)
}

/// A file whose first certificate is the one that matters (`cert.pem`, a
/// request's `chain.pem`): empty is damage too.
fn leaf_file(store: &Store, rel: &str, out: &mut Vec<Diagnostic>) -> Option<CertInfo> {
    cert_file(store, rel, false, out)?.into_iter().next()
}

/// A directory entry that must be a real directory of the store.
fn real_dir(store: &Store, rel: &str, out: &mut Vec<Diagnostic>) -> bool {
    match fs::symlink_metadata(store.path(rel)) {
        Ok(m) if m.is_dir() => match fs::read_dir(store.path(rel)) {
            Ok(_) => true,
            Err(e) => {
                out.push(unreadable(store, rel, &e));
                false
            }
        },
        Ok(m) => {
            out.push(finding(
                store,
                rel,
                Message::new("damage-not-dir").arg("kind", kind_of(&m)),
            ));
            false
        }
        Err(e) => {
            out.push(unreadable(store, rel, &e));
            false
        }
    }
}

/// Why `request.json` could not be read as a record, located where serde_json
/// stopped: truncated, not JSON, or JSON that is no request record.
pub fn record_finding(path: &str, bytes: &[u8], error: &serde_json::Error) -> Diagnostic {
    let location = if error.line() > 0 {
        Location {
            file: path.to_string(),
            line: error.line(),
            col: error.column().max(1),
        }
    } else {
        Location::file(path)
    };
    let message = if bytes.iter().all(u8::is_ascii_whitespace) || error.is_eof() {
        Message::new("damage-record-truncated")
    } else if error.is_data() {
        let text = error.to_string();
        let detail = text
            .rsplit_once(" at line ")
            .map_or(text.as_str(), |(d, _)| d);
        data_problem(detail)
    } else {
        Message::new("damage-record-syntax")
    };
    Diagnostic::error(Some(location), message)
}

/// What serde_json found wrong in well-formed JSON, in the reader's words:
/// serde's messages for a derived `Deserialize` have fixed shapes (serde's
/// `de::Error` constructors: "missing field `x`", "unknown variant `x`,
/// expected one of `a`, `b`", "duplicate field `x`", "unknown field `x`",
/// "invalid type: …" and "invalid value: …"), and only the names and values
/// in backticks are taken from them: their English never reaches the
/// reader. Anything else is said in general terms.
fn data_problem(detail: &str) -> Message {
    let ticked: Vec<&str> = detail.split('`').skip(1).step_by(2).collect();
    let first = ticked.first().copied().unwrap_or_default().to_string();
    if detail.starts_with("missing field `") {
        Message::new("damage-record-field-missing").arg("field", first)
    } else if detail.starts_with("duplicate field `") {
        Message::new("damage-record-field-duplicate").arg("field", first)
    } else if detail.starts_with("unknown field `") {
        Message::new("damage-record-field-unknown").arg("field", first)
    } else if detail.starts_with("unknown variant `") {
        Message::new("damage-record-value-unknown")
            .arg("value", first)
            .arg("allowed", ticked[1..].join(", "))
    } else if detail.starts_with("invalid type: ") || detail.starts_with("invalid value: ") {
        Message::new("damage-record-value-wrong")
    } else {
        Message::new("damage-record-data")
    }
}

/// The record of `requests/<id>/`, or the finding that says why it cannot be read.
fn record(store: &Store, id: &str) -> Result<Request, Diagnostic> {
    let rel = format!("requests/{id}/request.json");
    let bytes = match fs::read(store.path(&rel)) {
        Ok(b) => b,
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Err(finding(store, &rel, Message::new("damage-record-missing")));
        }
        Err(e) => return Err(unreadable(store, &rel, &e)),
    };
    let request: Request = serde_json::from_slice(&bytes)
        .map_err(|e| record_finding(&shown(store, &rel), &bytes, &e))?;
    if request.id != id {
        return Err(finding(
            store,
            &rel,
            Message::new("damage-record-id")
                .arg("id", request.id.as_str())
                .arg("dir", id),
        ));
    }
    Ok(request)
}

/// A failed request whose reason is no code docwiz writes (a hand-edited
/// record, or a sentence an older version stored): shown as an unknown
/// reason, and reported here at the `"reason"` of its record.
fn unknown_reason(store: &Store, id: &str, request: &Request) -> Option<Diagnostic> {
    let code = request.reason.as_deref()?;
    if record::is_known_reason(code) {
        return None;
    }
    let rel = format!("requests/{id}/request.json");
    let file = shown(store, &rel);
    let text = fs::read_to_string(store.path(&rel)).unwrap_or_default();
    let location = text
        .find("\"reason\"")
        .map(|at| Location::at(&file, &text, at))
        .unwrap_or_else(|| Location::file(&file));
    Some(Diagnostic::warning(
        Some(location),
        Message::new("damage-reason-unknown").arg("code", code),
    ))
}

/// Nanoseconds since 1970 of a request id's time (`YYYYMMDD-HHMMSS-…`, as
/// [`crate::cert::request::request`] names requests).
fn id_time(id: &str) -> Option<i128> {
    let format = time::macros::format_description!("[year][month][day]-[hour][minute][second]");
    let stamp = id.get(..15)?;
    let t = time::PrimitiveDateTime::parse(stamp, format).ok()?;
    Some(t.assume_utc().unix_timestamp_nanos())
}

fn created_time(request: &Request) -> Option<i128> {
    time::OffsetDateTime::parse(
        &request.created,
        &time::format_description::well_known::Rfc3339,
    )
    .ok()
    .map(|t| t.unix_timestamp_nanos())
}

/// The newest request. A newer request directory whose record cannot be read
/// is not skipped for an older one: its finding is the error (exit 2), with a
/// hint naming the newest request that can be read. A damaged directory
/// whose name is not a request id is left to [`check`].
pub fn latest_request(store: &Store) -> Result<Request, Error> {
    let mut newest: Option<(i128, Result<Request, Diagnostic>)> = None;
    let mut newest_ok: Option<(i128, Request)> = None;
    for id in store.list("requests")? {
        let (at, read) = match record(store, &id) {
            Ok(request) => {
                // A record that is readable but was made before a crash is
                // completed as `Store::request` completes it.
                let request = store.request(&id).unwrap_or(request);
                let at = created_time(&request)
                    .or_else(|| id_time(&id))
                    .unwrap_or(i128::MIN);
                if newest_ok.as_ref().is_none_or(|(t, _)| at >= *t) {
                    newest_ok = Some((at, request.clone()));
                }
                (at, Ok(request))
            }
            // Within the same second a damaged request counts as the newer:
            // better to say so than to show another request.
            Err(d) => match id_time(&id) {
                Some(at) => (at + 999_999_999, Err(d)),
                None => continue,
            },
        };
        if newest.as_ref().is_none_or(|(t, _)| at >= *t) {
            newest = Some((at, read));
        }
    }
    match newest {
        None => Err(Error::NoRequest {
            command: format!("docwiz {}", crate::cert::pages::status::FIRST_REQUEST),
        }),
        Some((_, Ok(request))) => Ok(request),
        Some((_, Err(finding))) => Err(Error::Damaged {
            finding: Box::new(finding),
            hint: newest_ok.map(|(_, r)| {
                let command = format!("docwiz wizard status --request {}", r.id);
                Message::new("damage-newest-hint")
                    .arg("request", Arg::Str(r.id))
                    .arg("command", command)
            }),
        }),
    }
}

/// The local CA's problems that forbid signing: a certificate without its
/// key, a key that does not match its certificate, an issuing CA certificate
/// its root did not sign, a CA key others can read or another user owns.
/// Files that do not exist yet (a CA not created, or a crash before its
/// certificate was written) are no problem: [`crate::cert::ca::local::LocalCa::ensure`]
/// creates them.
pub fn ca_problems(store: &Store) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let exists = |rel: &str| fs::symlink_metadata(store.path(rel)).is_ok();
    let root = if exists("ca/root.pem") {
        leaf_file(store, "ca/root.pem", &mut out)
    } else {
        None
    };
    let issuing = if exists("ca/issuing.pem") {
        leaf_file(store, "ca/issuing.pem", &mut out)
    } else {
        None
    };
    for (cert_rel, key_rel, cert) in [
        ("ca/root.pem", "ca/root.key", &root),
        ("ca/issuing.pem", "ca/issuing.key", &issuing),
    ] {
        let key = key_file(store, key_rel, &mut out);
        if !exists(cert_rel) {
            continue;
        }
        match (key, cert) {
            (None, _) if !exists(key_rel) => out.push(finding(
                store,
                key_rel,
                Message::new("damage-ca-missing").arg("other", shown(store, cert_rel)),
            )),
            (Some(spki), Some(cert)) if spki != cert.spki => out.push(finding(
                store,
                key_rel,
                Message::new("damage-ca-key-mismatch").arg("cert", shown(store, cert_rel)),
            )),
            _ => {}
        }
    }
    if issuing.is_some() && !exists("ca/root.pem") {
        out.push(finding(
            store,
            "ca/root.pem",
            Message::new("damage-ca-missing").arg("other", shown(store, "ca/issuing.pem")),
        ));
    }
    let before = out.len();
    let false_signature = |cert: &CertInfo, by: &CertInfo| {
        crate::cert::x509::signature::verify(&cert.der, &by.spki)
            == crate::cert::x509::signature::Verdict::Invalid
    };
    if let Some(root) = &root
        && (!root.self_issued || false_signature(root, root))
    {
        out.push(finding(
            store,
            "ca/root.pem",
            Message::new("damage-ca-not-signed").arg("root", shown(store, "ca/root.pem")),
        ));
    }
    if let (Some(root), Some(issuing)) = (&root, &issuing)
        && (issuing.issuer != root.subject || false_signature(issuing, root))
    {
        out.push(finding(
            store,
            "ca/issuing.pem",
            Message::new("damage-ca-not-signed").arg("root", shown(store, "ca/root.pem")),
        ));
    }
    if let (Some(root), Some(issuing)) = (&root, &issuing)
        && out.len() == before
    {
        let files = [shown(store, "ca/issuing.pem"), shown(store, "ca/root.pem")];
        out.extend(ca_path_findings(&files, issuing, root, &[], false));
    }
    out
}

/// The local CA's own path checked as a chain would be
/// ([`crate::cert::x509::trust::check_ca_path`]), each reason reported on the file of the
/// certificate concerned (`files`: the issuing and the root certificate's
/// file as shown): a CA whose path does not verify issues certificates
/// nobody can verify.
pub fn ca_path_findings(
    files: &[String; 2],
    issuing: &CertInfo,
    root: &CertInfo,
    names: &[String],
    client_auth: bool,
) -> Vec<Diagnostic> {
    crate::cert::x509::trust::check_ca_path(issuing, root, names, client_auth, crate::cert::now())
        .iter()
        .map(|reason| {
            let file = match reason.role {
                crate::cert::x509::trust::Role::Root => &files[1],
                _ => &files[0],
            };
            Diagnostic::error(
                Some(Location::file(file)),
                reason.message(&|s| s.to_string()),
            )
        })
        .collect()
}

/// Checks the whole store. Errors only when a store directory cannot be read.
pub fn check(store: &Store) -> Result<Health, Error> {
    readable(store)?;
    let mut health = Health::default();
    let out = &mut health.findings;

    for (usage, live) in live_links(store)? {
        if let Live::Damaged(d) = live {
            out.push(*d);
            health.damaged_usages.push(usage);
        }
    }

    for id in store.list("requests")? {
        let dir = format!("requests/{id}");
        if !real_dir(store, &dir, out) {
            health.damaged_requests.push(id);
            continue;
        }
        match record(store, &id) {
            Err(d) => {
                out.push(d);
                health.damaged_requests.push(id.clone());
            }
            Ok(request) => {
                if let Some(d) = unknown_reason(store, &id, &request) {
                    out.push(d);
                }
            }
        }
        let key = key_file(store, &format!("{dir}/key.pem"), out);
        let leaf = leaf_file(store, &format!("{dir}/chain.pem"), out);
        if let (Some(key), Some(leaf)) = (&key, &leaf)
            && *key != leaf.spki
        {
            out.push(finding(
                store,
                &format!("{dir}/key.pem"),
                Message::new("damage-key-mismatch").arg("thumbprint", leaf.thumbprint.as_str()),
            ));
        }
        let issuers = format!("{dir}/issuers");
        if fs::symlink_metadata(store.path(&issuers)).is_ok() && real_dir(store, &issuers, out) {
            for name in store.list(&issuers).unwrap_or_default() {
                cert_file(store, &format!("{issuers}/{name}"), false, out);
            }
        }
    }

    for name in store.list("certs")? {
        let dir = format!("certs/{name}");
        if !real_dir(store, &dir, out) {
            health.damaged_certs.push(name);
            continue;
        }
        let cert_rel = format!("{dir}/cert.pem");
        let exists = fs::symlink_metadata(store.path(&cert_rel)).is_ok();
        let leaf = leaf_file(store, &cert_rel, out);
        let leaf = leaf.as_ref();
        match leaf {
            Some(leaf) if leaf.thumbprint != name => {
                out.push(finding(
                    store,
                    &format!("{dir}/cert.pem"),
                    Message::new("damage-cert-thumbprint")
                        .arg("actual", leaf.thumbprint.as_str())
                        .arg("expected", name.as_str()),
                ));
                health.damaged_certs.push(name.clone());
            }
            Some(_) => {}
            None => {
                if !exists {
                    out.push(finding(
                        store,
                        &cert_rel,
                        Message::new("damage-cert-missing"),
                    ));
                }
                health.damaged_certs.push(name.clone());
            }
        }
        cert_file(store, &format!("{dir}/chain.pem"), true, out);
        cert_file(store, &format!("{dir}/fullchain.pem"), false, out);
        let key_rel = format!("{dir}/privkey.pem");
        match key_file(store, &key_rel, out) {
            Some(spki) => {
                if let Some(leaf) = leaf
                    && spki != leaf.spki
                {
                    out.push(finding(
                        store,
                        &key_rel,
                        Message::new("damage-key-mismatch")
                            .arg("thumbprint", leaf.thumbprint.as_str()),
                    ));
                }
            }
            None if fs::symlink_metadata(store.path(&key_rel)).is_err() => {
                out.push(finding(store, &key_rel, Message::new("damage-key-missing")));
            }
            None => {}
        }
    }

    for dir in ["trust/root", "trust/ca"] {
        for name in store.list(dir)? {
            let rel = format!("{dir}/{name}");
            if let Some(certs) = cert_file(store, &rel, false, out)
                && let Some(stem) = name.strip_suffix(".pem")
                && let Some(cert) = certs.first()
                && certs.len() == 1
                && is_thumbprint(stem)
                && cert.thumbprint != stem
            {
                out.push(finding(
                    store,
                    &rel,
                    Message::new("damage-cert-thumbprint")
                        .arg("actual", cert.thumbprint.as_str())
                        .arg("expected", stem),
                ));
            }
        }
    }

    out.extend(ca_problems(store));

    // Only the usages docwiz knows have a link; anything else in `live/`
    // (a hand-made `live/bogus`) is served by nothing and is reported.
    for name in store.list("live")? {
        if !Usage::ALL.iter().any(|u| u.name() == name) {
            out.push(finding(
                store,
                &format!("live/{name}"),
                Message::new("damage-live-unknown-usage").arg("name", name.as_str()),
            ));
        }
    }
    out.extend(crate::cert::store::history::problems(store));

    // ACME account credentials hold the account's private key.
    for name in store.list("acme")? {
        private_file(store, &format!("acme/{name}"), out);
    }
    Ok(health)
}
