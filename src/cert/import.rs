//! Certificates obtained outside the wizard, with their private keys: PEM files
//! or a PKCS#12 (`.pfx`) file. The key must belong to the certificate; the
//! result is installed in `certs/<T>/`, ready to assign.

use std::path::Path;

use rcgen::{KeyPair, PublicKeyData};

use super::certificate::pem_block;
use super::response::{certificates, leaf_first};
use super::store::Store;
use crate::error::Error;

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| Error::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
}

/// `wizard import CERT --key KEY`: PEM certificate(s) and a PEM private key
/// (PKCS#8, PKCS#1 or SEC1).
pub fn import_pem(store: &Store, cert: &Path, key: &Path) -> Result<String, Error> {
    let shown = cert.display().to_string();
    let ders = certificates(&shown, &read(cert)?)?;
    let key_text = String::from_utf8(read(key)?).map_err(|_| Error::BadKey {
        path: key.display().to_string(),
    })?;
    let pair = KeyPair::from_pem(&key_text).map_err(|_| Error::BadKey {
        path: key.display().to_string(),
    })?;
    let chain = leaf_first(&shown, ders, &pair.subject_public_key_info())?;
    install(store, &chain, key_text.as_bytes())
}

/// `wizard import FILE.pfx [--password-file F]`.
pub fn import_pfx(store: &Store, file: &Path, password: &str) -> Result<String, Error> {
    let shown = file.display().to_string();
    let data = read(file)?;
    let bad = || Error::Pkcs12 {
        path: shown.clone(),
    };
    let keystore = p12_keystore::KeyStore::from_pkcs12(
        &data,
        password,
        p12_keystore::Pkcs12ImportPolicy::Relaxed,
    )
    .map_err(|_| bad())?;
    let (_, chain) = keystore.private_key_chain().ok_or_else(bad)?;
    let pkcs8 = chain.key().as_der();
    let pair = KeyPair::try_from(pkcs8).map_err(|_| bad())?;
    let ders: Vec<Vec<u8>> = chain.certs().iter().map(|c| c.as_der().to_vec()).collect();
    if ders.is_empty() {
        return Err(bad());
    }
    let chain = leaf_first(&shown, ders, &pair.subject_public_key_info())?;
    // Each certificate whole, with nothing after it, before anything is written.
    if !super::certificate::readable(&chain) {
        return Err(Error::NotCertificate { path: shown });
    }
    install(store, &chain, pem_block("PRIVATE KEY", pkcs8).as_bytes())
}

fn install(store: &Store, chain: &[Vec<u8>], key_pem: &[u8]) -> Result<String, Error> {
    let _lock = store.lock()?;
    store.install(chain, key_pem)
}
