//! A certificate request: key, CSR, submission to a CA, and its record.

use std::path::{Path, PathBuf};

use rcgen::{CertificateParams, DnType, KeyPair, PublicKeyData, RsaKeySize, SanType};
use serde::{Deserialize, Serialize};

use super::acme::{self, AcmeOptions};
use super::ca::LocalCa;
use super::certificate::{thumbprint, to_pem};
use super::cfssl::{self, CfsslOptions};
use super::store::{Store, random_hex};
use super::{KeyType, Usage, names};
use crate::error::Error;

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
    #[serde(default)]
    pub reason: Option<String>,
}

fn checked() -> bool {
    true
}

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

/// Creates a request and submits it online to the local CA. The key, CSR and
/// record are in place before the CA is asked, so an issued certificate always
/// finds its key; the answer is written before the record says "issued".
pub fn request(store: &Store, new: &NewRequest) -> Result<Request, Error> {
    let names = names::subject_names(&new.fqdn, &new.sans)?;
    let _lock = store.lock()?;
    let created = super::now();
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
    };

    store.mkdir("requests")?;
    let tmp = store.tmp_name("requests", &id);
    store.write(
        &format!("{tmp}/key.pem"),
        key.serialize_pem().as_bytes(),
        true,
    )?;
    store.write(
        &format!("{tmp}/csr.pem"),
        csr.pem().map_err(crypto)?.as_bytes(),
        false,
    )?;
    store.write(
        &format!("{tmp}/request.json"),
        &serde_json::to_vec_pretty(&request).unwrap_or_default(),
        false,
    )?;
    store.publish_dir(&tmp, &format!("requests/{id}"))?;

    let csr_pem = csr.pem().map_err(crypto)?;
    let answer = match &new.ca {
        CaChoice::Local => {
            LocalCa::ensure(store).and_then(|ca| ca.sign(csr.der(), &request.usages))
        }
        CaChoice::Acme(options) => acme::order(store, options, &request.names, csr.der()),
        CaChoice::Cfssl(options) => cfssl::sign(options, &csr_pem),
        CaChoice::Offline(file) => {
            // The request waits for the CA's answer; its key is already stored.
            write_public(file, csr_pem.as_bytes())?;
            return Ok(request);
        }
    };
    match answer {
        Ok(chain) => {
            store_answer(store, &id, &chain)?;
            request.state = State::Issued;
            request.thumbprint = Some(thumbprint(&chain[0]));
            store.save_request(&request)?;
            Ok(request)
        }
        Err(error) => {
            request.state = State::Failed;
            request.reason = Some(error.to_string());
            store.save_request(&request)?;
            Err(error)
        }
    }
}

/// A file outside the store (the CSR to take to a CA), written atomically.
fn write_public(path: &Path, data: &[u8]) -> Result<(), Error> {
    super::store::write_atomic(path, data, false).map_err(|e| Error::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
}

/// `wizard import-response`: the CA's answer to an offline request. The
/// certificate must carry the request's public key; otherwise nothing changes
/// and the request stays pending.
pub fn import_response(store: &Store, id: &str, file: &Path) -> Result<Request, Error> {
    let shown = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|e| Error::Read {
        path: shown.clone(),
        reason: e.to_string(),
    })?;
    let ders = super::response::certificates(&shown, &bytes)?;
    let _lock = store.lock()?;
    let mut request = store.request(id)?;
    let key = store
        .read(&format!("requests/{id}/key.pem"))?
        .and_then(|k| KeyPair::from_pem(&String::from_utf8_lossy(&k)).ok())
        .ok_or_else(|| Error::NotIssued { id: id.to_string() })?;
    let chain = super::response::leaf_first(&shown, ders, &key.subject_public_key_info())?;
    store_answer(store, id, &chain)?;
    request.state = State::Issued;
    request.thumbprint = Some(thumbprint(&chain[0]));
    request.reason = None;
    store.save_request(&request)?;
    Ok(request)
}

/// Writes a CA's answer: `chain.pem` (leaf and intermediates) and each CA
/// certificate as `issuers/<T>.pem`, the files the status page tells the
/// administrator to import.
pub fn store_answer(store: &Store, id: &str, chain: &[Vec<u8>]) -> Result<(), Error> {
    for der in &chain[1..] {
        store.write(
            &format!("requests/{id}/issuers/{}.pem", thumbprint(der)),
            to_pem(std::slice::from_ref(der)).as_bytes(),
            false,
        )?;
    }
    let without_roots: Vec<Vec<u8>> = chain
        .iter()
        .enumerate()
        .filter(|(i, der)| *i == 0 || !is_self_signed(der))
        .map(|(_, der)| der.clone())
        .collect();
    store.write(
        &format!("requests/{id}/chain.pem"),
        to_pem(&without_roots).as_bytes(),
        false,
    )
}

fn is_self_signed(der: &[u8]) -> bool {
    super::certificate::CertInfo::from_der(der).is_ok_and(|c| c.is_self_signed())
}
