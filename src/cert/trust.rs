//! Trust stores: importing roots and intermediates, and checking a chain against
//! them. Only `trust/root` and `trust/ca` count: what a CA sends along with a
//! certificate never makes itself trusted.

use std::path::{Path, PathBuf};

use rustls_pki_types::{CertificateDer, UnixTime};
use serde::Serialize;

use super::certificate::{CertInfo, parse_certificates, readable, to_pem};
use super::store::{Store, TrustKind};
use crate::error::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChainStatus {
    Trusted,
    UntrustedRoot,
    MissingIntermediate,
    Expired,
    Invalid,
}

impl ChainStatus {
    pub fn name(self) -> &'static str {
        match self {
            ChainStatus::Trusted => "trusted",
            ChainStatus::UntrustedRoot => "untrusted-root",
            ChainStatus::MissingIntermediate => "missing-intermediate",
            ChainStatus::Expired => "expired",
            ChainStatus::Invalid => "invalid",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MissingKind {
    Root,
    Intermediate,
    /// An issuer whose certificate docwiz does not have.
    Unknown,
}

/// A CA certificate the chain needs and the trust stores lack.
#[derive(Debug, Clone, Serialize)]
pub struct Missing {
    pub kind: MissingKind,
    pub subject: String,
    pub thumbprint: Option<String>,
    /// A file holding exactly this certificate, ready to import.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Chain {
    pub status: ChainStatus,
    pub missing: Vec<Missing>,
}

/// Checks `leaf` against the trust stores with rustls-webpki. webpki reports
/// one `UnknownIssuer` for an untrusted root and for a missing intermediate, so
/// the chain is then walked with the certificates at hand (`offered`, and the
/// stores) to say which CA certificates are missing.
pub fn check(
    store: &Store,
    leaf: &CertInfo,
    offered: &[(CertInfo, PathBuf)],
    now: time::OffsetDateTime,
) -> Chain {
    let roots = store.trusted(TrustKind::Root);
    let intermediates = store.trusted(TrustKind::Intermediate);
    if !leaf.is_valid_at(now) {
        return Chain {
            status: ChainStatus::Expired,
            missing: Vec::new(),
        };
    }
    let anchors: Vec<_> = roots
        .iter()
        .filter_map(|r| {
            webpki::anchor_from_trusted_cert(&CertificateDer::from(r.der.as_slice()))
                .ok()
                .map(|a| a.to_owned())
        })
        .collect();
    let intermediate_ders: Vec<CertificateDer> = intermediates
        .iter()
        .map(|c| CertificateDer::from(c.der.clone()))
        .collect();
    let leaf_der = CertificateDer::from(leaf.der.as_slice());
    let time = UnixTime::since_unix_epoch(std::time::Duration::from_secs(
        now.unix_timestamp().max(0) as u64,
    ));
    let status = match webpki::EndEntityCert::try_from(&leaf_der) {
        Err(_) => ChainStatus::Invalid,
        Ok(ee) => match ee.verify_for_usage(
            webpki::ALL_VERIFICATION_ALGS,
            &anchors,
            &intermediate_ders,
            time,
            webpki::KeyUsage::server_auth(),
            None,
            None,
        ) {
            Ok(_) => ChainStatus::Trusted,
            Err(webpki::Error::CertExpired { .. } | webpki::Error::CertNotValidYet { .. }) => {
                ChainStatus::Expired
            }
            Err(webpki::Error::UnknownIssuer) => {
                return diagnose(leaf, offered, &roots, &intermediates);
            }
            Err(_) => ChainStatus::Invalid,
        },
    };
    Chain {
        status,
        missing: Vec::new(),
    }
}

fn diagnose(
    leaf: &CertInfo,
    offered: &[(CertInfo, PathBuf)],
    roots: &[CertInfo],
    intermediates: &[CertInfo],
) -> Chain {
    let mut missing = Vec::new();
    let mut current = leaf.clone();
    let known: Vec<(&CertInfo, Option<&PathBuf>)> = offered
        .iter()
        .map(|(c, p)| (c, Some(p)))
        .chain(roots.iter().chain(intermediates).map(|c| (c, None)))
        .collect();
    for _ in 0..8 {
        let Some((issuer, file)) = known.iter().find(|(c, _)| current.signed_by(c)) else {
            missing.push(Missing {
                kind: MissingKind::Unknown,
                subject: current.issuer.clone(),
                thumbprint: None,
                file: None,
            });
            break;
        };
        let in_store = |list: &[CertInfo]| list.iter().any(|c| c.thumbprint == issuer.thumbprint);
        if issuer.is_self_signed() {
            if !in_store(roots) {
                missing.push(Missing {
                    kind: MissingKind::Root,
                    subject: issuer.subject.clone(),
                    thumbprint: Some(issuer.thumbprint.clone()),
                    file: file.cloned(),
                });
            }
            break;
        }
        if in_store(roots) {
            break;
        }
        if !in_store(intermediates) {
            missing.push(Missing {
                kind: MissingKind::Intermediate,
                subject: issuer.subject.clone(),
                thumbprint: Some(issuer.thumbprint.clone()),
                file: file.cloned(),
            });
        }
        current = (*issuer).clone();
    }
    let status = if missing.iter().any(|m| m.kind != MissingKind::Intermediate) {
        ChainStatus::UntrustedRoot
    } else if missing.is_empty() {
        ChainStatus::Invalid
    } else {
        ChainStatus::MissingIntermediate
    };
    // Roots first: they are imported first.
    missing.sort_by_key(|m| m.kind != MissingKind::Root);
    Chain { status, missing }
}

/// Reads certificates offered for import: PEM (one or several) or DER.
pub fn read_offered(path: &Path) -> Result<Vec<CertInfo>, Error> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::Read {
        path: shown.clone(),
        reason: e.to_string(),
    })?;
    parse_certificates(&shown, &bytes)?
        .iter()
        .map(|der| {
            CertInfo::from_der(der).map_err(|_| Error::NotCertificate {
                path: shown.clone(),
            })
        })
        .collect()
}

/// Every certificate must belong in the store: self-signed CA certificates for
/// the root store, CA certificates that are not self-signed for the other.
pub fn check_kind(path: &Path, certs: &[CertInfo], kind: TrustKind) -> Result<(), Error> {
    for cert in certs {
        let root = cert.is_ca && cert.is_self_signed();
        let ok = match kind {
            TrustKind::Root => root,
            TrustKind::Intermediate => cert.is_ca && !cert.self_issued,
        };
        if !ok {
            let path = path.display().to_string();
            let subject = cert.subject.clone();
            return Err(match kind {
                TrustKind::Root => Error::NotRoot { path, subject },
                TrustKind::Intermediate => Error::NotIntermediate { path, subject },
            });
        }
    }
    Ok(())
}

/// Adds certificates to a trust store (`<dir>/<T>.pem`); returns those that were
/// not there yet. Every file is written aside first and only then renamed into
/// place, so a full disk adds none of them.
pub fn import(store: &Store, certs: &[CertInfo], kind: TrustKind) -> Result<Vec<CertInfo>, Error> {
    let ders: Vec<Vec<u8>> = certs.iter().map(|c| c.der.clone()).collect();
    if !readable(&ders) {
        return Err(Error::NotCertificate {
            path: kind.dir().to_string(),
        });
    }
    let _lock = store.lock()?;
    let mut added: Vec<CertInfo> = Vec::new();
    let mut staged = Vec::new();
    let written = (|| {
        for cert in certs {
            let rel = format!("{}/{}.pem", kind.dir(), cert.thumbprint);
            if store.read(&rel)?.is_some() || added.iter().any(|a| a.thumbprint == cert.thumbprint)
            {
                continue;
            }
            let tmp = store.tmp_name(kind.dir(), &cert.thumbprint);
            staged.push((tmp.clone(), rel));
            store.write(
                &tmp,
                to_pem(std::slice::from_ref(&cert.der)).as_bytes(),
                false,
            )?;
            added.push(cert.clone());
        }
        for (tmp, rel) in &staged {
            store.publish_dir(tmp, rel)?;
        }
        Ok(())
    })();
    if let Err(error) = written {
        for (tmp, _) in &staged {
            let _ = std::fs::remove_file(store.path(tmp));
        }
        return Err(error);
    }
    Ok(added)
}
