//! A certificate request: key, CSR, submission to a CA, and its record.

use std::collections::BTreeMap;
use std::path::Path;

use rcgen::{CertificateParams, DnType, KeyPair, PublicKeyData, RsaKeySize, SanType};

use crate::cert::ca::local::LocalCa;
use crate::cert::ca::{CaChoice, Chain, Csr, Issue};
use crate::cert::store::record::{Request, State};
use crate::cert::store::{Store, random_hex};
use crate::cert::x509::certificate::{readable, thumbprint, to_pem};
use crate::cert::x509::names;
use crate::cert::{KeyType, Usage};
use crate::error::Error;

/// What `wizard request` asks for.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub fqdn: String,
    pub sans: Vec<String>,
    pub key: KeyType,
    pub usages: Vec<Usage>,
    pub ca: CaChoice,
}

/// What a renewal adds to a request: the certificate it renews, and that
/// certificate's key when it is kept (`--reuse-key`, PEM).
#[derive(Debug, Clone, Default)]
pub struct Renewing {
    pub thumbprint: String,
    /// The certificate renewed, DER.
    pub der: Vec<u8>,
    pub key_pem: Option<String>,
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

/// Creates a request and submits it to its CA ([`crate::cert::ca::Ca::issue`]). Nothing is
/// published until every file of it is written, so a command that fails
/// leaves no request behind; when it is published depends on how the CA
/// answers ([`Issue`]):
///
/// - at once (the local CA): the certificate is signed in memory and the
///   request is published issued (or failed, with its reason) in one
///   rename, key and certificate together;
/// - online (ACME, cfssl): the key, CSR and record are published before the
///   CA is asked, so a certificate a CA issued always finds its key; the
///   answer is stored before the record says "issued". A command stopped
///   before that leaves the request pending, which the next command to take
///   the lock records as failed ("interrupted", see
///   [`crate::cert::store::record::recover`]);
/// - by hand (offline): the CSR file is written first, then the request is
///   published; if the CSR cannot be written, no request is left.
pub fn request(store: &Store, new: &NewRequest) -> Result<Request, Error> {
    request_renewing(store, new, None)
}

/// [`request`], for a renewal when `renewing` says so: the record names
/// the certificate renewed, and its key is used again when given.
pub fn request_renewing(
    store: &Store,
    new: &NewRequest,
    renewing: Option<&Renewing>,
) -> Result<Request, Error> {
    let names = names::subject_names(&new.fqdn, &new.sans)?;
    let ca = new.ca.ca();
    ca.check(store)?;
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
    let key = match renewing.and_then(|r| r.key_pem.as_deref()) {
        Some(pem) => KeyPair::from_pem(pem).map_err(crypto)?,
        None => generate_key(new.key)?,
    };
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
        names: names.clone(),
        key: new.key,
        usages: new.usages.clone(),
        ca: ca.name().to_string(),
        ca_url: ca.url(),
        state: State::Pending,
        thumbprint: None,
        assign_checked: true,
        finished: false,
        reason: None,
        reason_args: BTreeMap::new(),
        ca_options: new.ca.options(),
        renews: renewing.map(|r| r.thumbprint.clone()),
    };
    let issue = ca.issue(
        store,
        Csr {
            der: csr.der(),
            pem: &csr_pem,
            names: &names,
            usages: &new.usages,
            replaces: renewing.map(|r| r.der.as_slice()),
        },
    )?;
    let answer = match &issue {
        Issue::Now(answer) => Some(answer),
        _ => None,
    };
    match answer {
        Some(Ok(chain)) => {
            request.state = State::Issued;
            request.thumbprint = Some(thumbprint(&chain[0]));
        }
        Some(Err(error)) => request.fail_with(error),
        None => {}
    }
    let published = publish(store, &request, &key.serialize_pem(), &csr_pem, answer);
    if let Err(error) = published {
        if let Issue::ByHand { withdraw } = issue {
            withdraw();
        }
        return Err(error);
    }

    // The pending request is published whole; while the CA is asked, pages
    // may read the store without waiting (the ACME account's files written
    // meanwhile are single atomic files no page shows).
    lock.settle();
    let ask = match issue {
        Issue::Now(answer) => return answer.map(|_| request),
        // The request waits for the administrator; its key is already stored.
        Issue::ByHand { .. } => return Ok(request),
        Issue::Online(ask) => ask,
    };
    let answer = ask();
    lock.unsettle();
    finish_answer(store, request, answer, false)
}

/// Publishes a new request in one rename: its key (0600), CSR, record, and
/// the CA's answer when it came at once.
fn publish(
    store: &Store,
    request: &Request,
    key_pem: &str,
    csr_pem: &str,
    answer: Option<&Result<Chain, Error>>,
) -> Result<(), Error> {
    store.mkdir("requests")?;
    let tmp = store.tmp_name("requests", &request.id);
    let staged = (|| {
        store.write(&format!("{tmp}/key.pem"), key_pem.as_bytes(), true)?;
        store.write(&format!("{tmp}/csr.pem"), csr_pem.as_bytes(), false)?;
        if let Some(Ok(chain)) = answer {
            write_answer(store, &tmp, chain)?;
        }
        store.write(
            &format!("{tmp}/request.json"),
            &serde_json::to_vec_pretty(request).unwrap_or_default(),
            false,
        )?;
        store.publish_dir(&tmp, &format!("requests/{}", request.id))
    })();
    if staged.is_err() {
        let _ = std::fs::remove_dir_all(store.path(&tmp));
    }
    staged
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
    let days = match CaChoice::of_record(&request) {
        Some(CaChoice::Local(options)) => options.days(),
        _ => crate::cert::ca::local::LEAF_DAYS,
    };
    let answer =
        LocalCa::ensure(store).and_then(|ca| ca.sign_answer(csr.contents(), &request.usages, days));
    finish_answer(store, request, answer, true)
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

fn is_self_signed(der: &[u8]) -> bool {
    crate::cert::x509::certificate::CertInfo::from_der(der).is_ok_and(|c| c.is_self_signed())
}
