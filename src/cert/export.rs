//! `certs export`: an installed certificate with its key and chain, for a
//! server docwiz does not run on. As a PKCS#12 (`.pfx`) file that Windows,
//! IIS and `openssl pkcs12` import, or as the four PEM files certbot writes
//! (`cert.pem`, `chain.pem`, `fullchain.pem`, `privkey.pem`).
//!
//! Both are new files outside the store, never written over anything
//! ([`crate::cert::store::outside`]); the key's files are 0600.

use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use p12_keystore::{
    Certificate, EncryptionAlgorithm, KeyStore, KeyStoreEntry, MacAlgorithm, PrivateKey,
    PrivateKeyChain,
};

use crate::cert::store::Store;
use crate::cert::store::outside::{self, NewFile};
use crate::cert::store::revocation::{self, ReasonCode, Revoked};
use crate::cert::x509::certificate::{CertInfo, to_pem};
use crate::error::{Error, Location, Message};

/// The F1 keyword of export (its own topic).
pub const F1_EXPORT: &str = "docwiz.CertExport";

/// How the PKCS#12 file is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protection {
    /// AES-256-CBC with PBKDF2-HMAC-SHA-256 and a SHA-256 MAC, as
    /// `openssl pkcs12` 3 writes by default (Windows 10 1709 and later,
    /// Windows Server 2019 and later).
    Modern,
    /// pbeWithSHAAnd3-KeyTripleDES-CBC with a SHA-1 MAC, for older Windows
    /// (`openssl pkcs12 -legacy` reads it).
    Legacy,
}

/// The iterations of the legacy key derivation: what `openssl pkcs12`
/// writes (PKCS12_DEFAULT_ITER), which older Windows reads quickly.
const LEGACY_ITERATIONS: u32 = 2048;

/// What an installed certificate is made of, read from `certs/<T>/`.
struct Installed {
    /// The certificate, then the CA certificates of `chain.pem`.
    chain: Vec<CertInfo>,
    /// `privkey.pem`: a PKCS#8 `PRIVATE KEY` block.
    key_pem: Vec<u8>,
}

fn installed(store: &Store, thumbprint: &str) -> Result<Installed, Error> {
    store.read_stable(|| {
        let chain = store
            .installed(thumbprint)?
            .ok_or_else(|| Error::ThumbprintNotFound {
                thumbprint: thumbprint.to_string(),
            })?;
        let rel = format!("certs/{thumbprint}/privkey.pem");
        let key_pem = store.read(&rel)?.ok_or_else(|| Error::Read {
            path: store.path(&rel).display().to_string(),
            reason: std::io::Error::from(std::io::ErrorKind::NotFound).to_string(),
        })?;
        Ok(Installed { chain, key_pem })
    })
}

/// Whether `thumbprint` may be exported: refused when its key was declared
/// compromised (it or another certificate of the key was revoked for
/// keyCompromise: the key must not be deployed anywhere again); its
/// revocation otherwise, for the caller to warn of.
pub fn check_revocation(store: &Store, thumbprint: &str) -> Result<Option<Revoked>, Error> {
    let revoked = revocation::read(store, thumbprint);
    let compromised = match store.installed(thumbprint)? {
        Some(chain) => revocation::compromised(store, &chain[0].spki),
        None => None,
    };
    let compromised = compromised.or_else(|| {
        revoked
            .as_ref()
            .filter(|r| r.reason == ReasonCode::KeyCompromise)
            .map(|r| revocation::CompromisedKey {
                thumbprint: thumbprint.to_string(),
                time: r.time.clone(),
            })
    });
    if let Some(key) = compromised {
        return Err(Error::ExportCompromised {
            thumbprint: thumbprint.to_string(),
            revoked: key.thumbprint,
            time: key.time,
        });
    }
    Ok(revoked)
}

/// How the names of exported files are refused.
const EXPORT_FILE: NewFile = NewFile {
    not_file_name: "export-not-file-name",
    no_directory: "export-no-directory",
    in_store: "export-in-store",
    exists: "export-exists",
    not_regular: "export-not-regular",
};

/// Checks that `file` can take the PKCS#12 file, before a password is asked for.
pub fn check_pfx_target(store: &Store, file: &Path) -> Result<(), Error> {
    outside::check_new(store, file, &EXPORT_FILE)
}

/// Writes the certificate `thumbprint`, its key and its CA certificates as a
/// new PKCS#12 file `file` (0600), protected by `password`.
pub fn pfx(
    store: &Store,
    thumbprint: &str,
    file: &Path,
    password: &str,
    protection: Protection,
) -> Result<(), Error> {
    check_pfx_target(store, file)?;
    let cert = installed(store, thumbprint)?;
    let bytes = pkcs12(store, &cert, password, protection)?;
    outside::write_new(file, &bytes, true)
}

fn crypto(e: impl std::fmt::Display) -> Error {
    Error::Crypto {
        detail: e.to_string(),
    }
}

/// The PKCS#12 bytes: one key with its chain, leaf first, as Windows wants
/// it, named by the certificate's subject CN (Windows shows it as the
/// friendly name) and tied to its certificate by the SHA-1 of the
/// certificate (the local key id openssl uses).
fn pkcs12(
    store: &Store,
    cert: &Installed,
    password: &str,
    protection: Protection,
) -> Result<Vec<u8>, Error> {
    let leaf = &cert.chain[0];
    let rel = format!("certs/{}/privkey.pem", leaf.thumbprint);
    let key_der = pem::parse(&cert.key_pem)
        .ok()
        .filter(|p| p.tag() == "PRIVATE KEY")
        .map(pem::Pem::into_contents)
        .ok_or_else(|| Error::BadKey {
            path: store.path(&rel).display().to_string(),
        })?;
    let key = PrivateKey::from_der(&key_der).map_err(crypto)?;
    let certs = cert
        .chain
        .iter()
        .map(|c| Certificate::from_der(&c.der).map_err(crypto))
        .collect::<Result<Vec<_>, _>>()?;
    let id = hex_bytes(&leaf.thumbprint);
    let mut keystore = KeyStore::new();
    let name = leaf
        .common_name
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| leaf.thumbprint.clone());
    keystore.add_entry(
        &name,
        KeyStoreEntry::PrivateKeyChain(PrivateKeyChain::new(id, key, certs)),
    );
    let writer = keystore.writer(password);
    let writer = match protection {
        Protection::Modern => writer
            .encryption_algorithm(EncryptionAlgorithm::PbeWithHmacSha256AndAes256)
            .mac_algorithm(MacAlgorithm::HmacSha256),
        Protection::Legacy => writer
            .encryption_algorithm(EncryptionAlgorithm::PbeWithShaAnd3KeyTripleDesCbc)
            .encryption_iterations(LEGACY_ITERATIONS)
            .mac_algorithm(MacAlgorithm::HmacSha1)
            .mac_iterations(LEGACY_ITERATIONS),
    };
    writer.write().map_err(crypto)
}

/// A thumbprint's bytes (it is 40 hex digits).
fn hex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len() / 2)
        .filter_map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect()
}

/// The certbot-style files, in the order they are written.
pub const PEM_FILES: [&str; 4] = ["cert.pem", "chain.pem", "fullchain.pem", "privkey.pem"];

/// Writes the certificate `thumbprint` as certbot lays out `live/<name>/`:
/// `cert.pem`, `chain.pem` (its CA certificates), `fullchain.pem` (both)
/// and `privkey.pem` (0600), in `dir`. A `dir` that does not exist is
/// created (0700, as certbot's `live/`), in a directory that does; in one
/// that exists, none of the four names may be taken. Returns the files
/// written. Either all four are written or none is (and a directory this
/// made is taken away again).
pub fn pem_files(store: &Store, thumbprint: &str, dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let files: Vec<PathBuf> = PEM_FILES.iter().map(|name| dir.join(name)).collect();
    let created = !dir.exists();
    if created {
        // The directory's own name is checked as a new file's would be.
        outside::check_new(store, dir, &EXPORT_FILE)?;
    } else if !dir.is_dir() {
        // `--pem` names a directory: say so when a file has the name.
        let reason = if dir.is_file() {
            "export-pem-is-file"
        } else {
            EXPORT_FILE.not_regular
        };
        return Err(Error::Input {
            location: Location::file(&dir.display().to_string()),
            reason: Message::new(reason),
        });
    } else {
        for file in &files {
            outside::check_new(store, file, &EXPORT_FILE)?;
        }
    }
    let cert = installed(store, thumbprint)?;
    let ders: Vec<Vec<u8>> = cert.chain.iter().map(|c| c.der.clone()).collect();
    let contents: [Vec<u8>; 4] = [
        to_pem(&ders[..1]).into_bytes(),
        to_pem(&ders[1..]).into_bytes(),
        to_pem(&ders).into_bytes(),
        cert.key_pem.clone(),
    ];
    if created {
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::Write {
                path: dir.display().to_string(),
                reason: e.to_string(),
            })?;
    }
    let mut written = Vec::new();
    for (file, data) in files.iter().zip(&contents) {
        let private = file.ends_with("privkey.pem");
        if let Err(error) = outside::write_new(file, data, private) {
            for done in &written {
                let _ = std::fs::remove_file(done);
            }
            if created {
                let _ = std::fs::remove_dir(dir);
            }
            return Err(error);
        }
        written.push(file.clone());
    }
    Ok(written)
}
