//! The embedded local CA: a root and an issuing intermediate kept in the store's
//! `ca/`, created on first use. It signs the wizard's CSRs online.

use rcgen::{
    BasicConstraints, CertificateParams, CertificateRevocationListParams, DistinguishedName,
    DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    PKCS_ECDSA_P256_SHA256, RevocationReason, RevokedCertParams, SanType, SerialNumber,
};
use time::Duration;
use x509_parser::prelude::{
    FromDer, GeneralName, ParsedExtension, X509Certificate, X509CertificationRequest,
};

use super::{Ca, Chain, Csr, Issue, readable_answer};
use crate::cert::Usage;
use crate::cert::store::health;
use crate::cert::store::outside::{self, NewFile};
use crate::cert::store::revocation::{self, ReasonCode};
use crate::cert::store::{Store, random_hex};
use crate::cert::x509::certificate::CertInfo;
use crate::cert::x509::names;
use crate::cert::x509::trust;
use crate::error::Error;
use crate::error::{Diagnostic, Location, Message};

/// Leaf certificates are valid for 397 days, the longest browsers accept.
pub const LEAF_DAYS: i64 = 397;
const ROOT_YEARS: i64 = 10;
const ISSUING_YEARS: i64 = 5;

/// Where the local CA's answers come from, as messages name it.
pub const SOURCE: &str = "ca/issuing.pem";

/// The shortest lifetime `--local-validity-days` accepts: a renewal's
/// threshold (a third of the lifetime) is then 8 hours.
pub const MIN_DAYS: u32 = 1;

/// What a request tells the local CA.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LocalOptions {
    /// The leaf's lifetime in days ([`MIN_DAYS`]..=[`LEAF_DAYS`]); `None`:
    /// [`LEAF_DAYS`]. Short lifetimes are for trying renewal out.
    pub validity_days: Option<u32>,
}

impl LocalOptions {
    /// The leaf's lifetime in days.
    pub fn days(&self) -> i64 {
        self.validity_days.map_or(LEAF_DAYS, |d| {
            i64::from(d).clamp(i64::from(MIN_DAYS), LEAF_DAYS)
        })
    }
}

/// The embedded local CA as [`Ca`]: it signs in memory, so the request is
/// published with its certificate ([`Issue::Now`]).
pub struct Embedded<'a>(pub &'a LocalOptions);

impl Ca for Embedded<'_> {
    fn name(&self) -> &'static str {
        "local"
    }

    /// The CA is made on first use here, before the request is published,
    /// so that a CA that cannot be written (or is unsafe) leaves no request.
    fn issue<'a>(&'a self, store: &'a Store, csr: Csr<'a>) -> Result<Issue<'a>, Error> {
        let ca = LocalCa::ensure(store)?;
        Ok(Issue::Now(ca.sign_answer(
            csr.der,
            csr.usages,
            self.0.days(),
        )))
    }

    /// The local CA keeps its own list (`ca/revoked.json`), from which
    /// `trust crl` signs CRLs: the serial is added, once.
    fn revoke(&self, store: &Store, leaf: &CertInfo, reason: ReasonCode) -> Result<(), Error> {
        revoke(store, leaf, reason)
    }
}

/// How long a CRL of the local CA is current: its nextUpdate is this many
/// days after its thisUpdate.
pub const CRL_DAYS: i64 = 7;

/// A CRL v2 of the local issuing CA (RFC 5280 §5), signed with its key:
/// every certificate on `ca/revoked.json` with its revocation time and its
/// reason code as an entry extension, the next CRL number (kept in the list,
/// so that numbers only grow), the AKI, and a nextUpdate [`CRL_DAYS`] on.
/// The caller holds the lock (the number is written back).
pub fn crl(store: &Store) -> Result<Crl, Error> {
    let (Some(cert), Some(key)) = (
        read_pem(store, "ca/issuing.pem")?,
        read_pem(store, "ca/issuing.key")?,
    ) else {
        return Err(Error::NoLocalCa);
    };
    let findings = health::ca_problems(store);
    if !findings.is_empty() {
        return Err(Error::CaUnsafe { findings });
    }
    let key = KeyPair::from_pem(&key).map_err(crypto)?;
    let der = pem_to_der(&cert)?;
    // The CRL's AKI is the issuing CA's own SKI, whatever way it was derived,
    // so that verifiers match the CRL to the CA that signs it.
    let key_identifier_method = match subject_key_id(&der) {
        Some(id) => rcgen::KeyIdMethod::PreSpecified(id),
        None => rcgen::KeyIdMethod::Sha256,
    };
    let issuer = Issuer::from_ca_cert_der(&der.into(), &key).map_err(crypto)?;
    let mut list = revocation::read_ca_list(store)?;
    list.crl_number += 1;
    let now = crate::cert::now();
    let parse = |t: &str| {
        time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339)
            .unwrap_or(now)
    };
    let revoked_certs = list
        .revoked
        .iter()
        .map(|e| {
            let serial = (0..e.serial.len())
                .step_by(2)
                .filter_map(|i| u8::from_str_radix(e.serial.get(i..i + 2)?, 16).ok())
                .collect::<Vec<u8>>();
            RevokedCertParams {
                serial_number: SerialNumber::from_slice(&serial),
                revocation_time: parse(&e.time),
                reason_code: Some(crl_reason(e.reason)),
                invalidity_date: None,
            }
        })
        .collect();
    let params = CertificateRevocationListParams {
        this_update: now,
        next_update: now + Duration::days(CRL_DAYS),
        crl_number: SerialNumber::from(list.crl_number),
        issuing_distribution_point: None,
        revoked_certs,
        key_identifier_method,
    };
    let crl = params.signed_by(&issuer).map_err(crypto)?;
    revocation::write_ca_list(store, &list)?;
    Ok(Crl {
        der: crl.der().to_vec(),
        pem: crl.pem().map_err(crypto)?,
        number: list.crl_number,
        next_update: params.next_update,
        count: list.revoked.len(),
    })
}

/// A CRL made by [`crl`], and what the command says of it.
pub struct Crl {
    pub der: Vec<u8>,
    pub pem: String,
    /// Its CRL number.
    pub number: u64,
    pub next_update: time::OffsetDateTime,
    /// How many certificates it lists.
    pub count: usize,
}

/// How the CRL's file name is refused.
const CRL_FILE: NewFile = NewFile {
    not_file_name: "crl-not-file-name",
    no_directory: "crl-no-directory",
    in_store: "crl-in-store",
    exists: "crl-exists",
    not_regular: "crl-not-regular",
};

/// `trust crl --out FILE`: a new CRL of the local CA written to a new file
/// outside the store (never over an existing one, unless `force`: then an
/// existing regular file is replaced atomically), PEM or `der`. The file's
/// name is checked before anything is signed.
pub fn write_crl(
    store: &Store,
    file: &std::path::Path,
    der: bool,
    force: bool,
) -> Result<Crl, Error> {
    outside::check_target(store, file, &CRL_FILE, force)?;
    // Taking the lock would create the store: a failed command creates nothing.
    store.require_existing()?;
    let _lock = store.lock()?;
    let crl = crl(store)?;
    let bytes = if der {
        crl.der.clone()
    } else {
        crl.pem.clone().into_bytes()
    };
    if force {
        outside::write_replacing(file, &bytes)?;
    } else {
        outside::write_new(file, &bytes, false)?;
    }
    Ok(crl)
}

/// The CRL entry's reason code of a stored reason.
fn crl_reason(reason: ReasonCode) -> RevocationReason {
    match reason {
        ReasonCode::Unspecified => RevocationReason::Unspecified,
        ReasonCode::KeyCompromise => RevocationReason::KeyCompromise,
        ReasonCode::CaCompromise => RevocationReason::CaCompromise,
        ReasonCode::AffiliationChanged => RevocationReason::AffiliationChanged,
        ReasonCode::Superseded => RevocationReason::Superseded,
        ReasonCode::CessationOfOperation => RevocationReason::CessationOfOperation,
        ReasonCode::PrivilegeWithdrawn => RevocationReason::PrivilegeWithdrawn,
    }
}

/// Adds `leaf` to the local CA's revocation list, if the store's issuing CA
/// is the one that issued it (a CA made afresh since cannot speak for the
/// certificates of the one it replaced). The caller holds the lock.
pub fn revoke(store: &Store, leaf: &CertInfo, reason: ReasonCode) -> Result<(), Error> {
    let issued_here = read_pem(store, "ca/issuing.pem")?
        .and_then(|pem| pem_to_der(&pem).ok())
        .and_then(|der| CertInfo::from_der(&der).ok())
        .is_some_and(|issuing| {
            issuing.subject == leaf.issuer
                && issuing.subject_key_id.is_some()
                && issuing.subject_key_id == leaf.authority_key_id
        });
    if !issued_here {
        return Err(Error::NotRevocable {
            thumbprint: leaf.thumbprint.clone(),
            ca: Some("local".to_string()),
        });
    }
    let mut list = revocation::read_ca_list(store)?;
    if list.revoked.iter().any(|e| e.serial == leaf.serial) {
        return Ok(());
    }
    list.revoked.push(revocation::Entry {
        serial: leaf.serial.clone(),
        time: crate::cert::rfc3339(crate::cert::now()),
        reason,
    });
    revocation::write_ca_list(store, &list)
}

/// The local CA loaded from the store, ready to sign.
pub struct LocalCa {
    pub root_der: Vec<u8>,
    pub issuing_der: Vec<u8>,
    issuing_key: KeyPair,
    /// `ca/issuing.pem` and `ca/root.pem` as shown in messages.
    files: [String; 2],
}

fn crypto(e: impl std::fmt::Display) -> Error {
    Error::Crypto {
        detail: e.to_string(),
    }
}

/// A random positive 128-bit serial number.
fn serial() -> SerialNumber {
    let mut bytes = [0u8; 16];
    let _ = aws_lc_rs::rand::fill(&mut bytes);
    bytes[0] = (bytes[0] & 0x7f) | 0x01;
    SerialNumber::from_slice(&bytes)
}

fn read_pem(store: &Store, rel: &str) -> Result<Option<String>, Error> {
    Ok(store
        .read(rel)?
        .map(|b| String::from_utf8_lossy(&b).into_owned()))
}

fn pem_to_der(pem: &str) -> Result<Vec<u8>, Error> {
    pem::parse(pem).map(|p| p.into_contents()).map_err(crypto)
}

impl LocalCa {
    /// Loads the CA, creating what is missing. The caller holds the store lock.
    /// Keys are written before the certificates that depend on them.
    ///
    /// Before anything is signed the CA is checked ([`health::ca_problems`]):
    /// each key must match its certificate, the issuing CA certificate must
    /// verify under the root, a certificate is never silently replaced when
    /// its key is gone, and CA keys must be private (mode 0600, owned by the
    /// user). Otherwise [`Error::CaUnsafe`] names each file and nothing is
    /// issued: a certificate signed by a replaced key would not verify under
    /// docwiz's own chain, and one signed by a key others could read could
    /// have been forged as easily.
    pub fn ensure(store: &Store) -> Result<LocalCa, Error> {
        let findings = health::ca_problems(store);
        if !findings.is_empty() {
            return Err(Error::CaUnsafe { findings });
        }
        let root_cert = read_pem(store, "ca/root.pem")?;
        let root_key = read_pem(store, "ca/root.key")?;
        let (root_der, root_params, root_key) = match (root_cert, root_key) {
            (Some(cert), Some(key)) => {
                let key = KeyPair::from_pem(&key).map_err(crypto)?;
                let der = pem_to_der(&cert)?;
                (der, None, key)
            }
            // No root yet, or a crash before its certificate was written: nothing
            // was issued under a root without a certificate, so start afresh.
            _ => {
                let key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).map_err(crypto)?;
                store.write("ca/root.key", key.serialize_pem().as_bytes(), true)?;
                let tag = random_hex(4).to_uppercase();
                let mut params = CertificateParams::default();
                params.distinguished_name = dn(&format!("docwiz Local Root CA {tag}"));
                params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
                params.key_usages = vec![
                    KeyUsagePurpose::KeyCertSign,
                    KeyUsagePurpose::CrlSign,
                    KeyUsagePurpose::DigitalSignature,
                ];
                validity(&mut params, ROOT_YEARS * 365);
                params.serial_number = Some(serial());
                let cert = params.self_signed(&key).map_err(crypto)?;
                store.write("ca/root.pem", cert.pem().as_bytes(), false)?;
                // A new root invalidates any old issuing CA.
                let _ = std::fs::remove_file(store.path("ca/issuing.pem"));
                (cert.der().to_vec(), Some(params), key)
            }
        };
        let issuing_cert = read_pem(store, "ca/issuing.pem")?;
        let issuing_key = read_pem(store, "ca/issuing.key")?;
        let (issuing_der, issuing_key) = match (issuing_cert, issuing_key, root_params) {
            (Some(cert), Some(key), None) => {
                (pem_to_der(&cert)?, KeyPair::from_pem(&key).map_err(crypto)?)
            }
            _ => {
                let key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).map_err(crypto)?;
                store.write("ca/issuing.key", key.serialize_pem().as_bytes(), true)?;
                let root_issuer = Issuer::from_ca_cert_der(&root_der.clone().into(), &root_key)
                    .map_err(crypto)?;
                let root_cn = common_name(&root_der).unwrap_or_default();
                let tag = root_cn.rsplit(' ').next().unwrap_or_default().to_string();
                let mut params = CertificateParams::default();
                params.distinguished_name = dn(&format!("docwiz Local Issuing CA {tag}"));
                params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
                params.key_usages = vec![
                    KeyUsagePurpose::KeyCertSign,
                    KeyUsagePurpose::CrlSign,
                    KeyUsagePurpose::DigitalSignature,
                ];
                params.use_authority_key_identifier_extension = true;
                validity(&mut params, ISSUING_YEARS * 365);
                params.serial_number = Some(serial());
                let cert = params.signed_by(&key, &root_issuer).map_err(crypto)?;
                store.write("ca/issuing.pem", cert.pem().as_bytes(), false)?;
                (cert.der().to_vec(), key)
            }
        };
        let files = [
            health::shown(store, "ca/issuing.pem"),
            health::shown(store, "ca/root.pem"),
        ];
        Ok(LocalCa {
            root_der,
            issuing_der,
            issuing_key,
            files,
        })
    }

    /// Signs a CSR: subject and DNS names from the CSR (its signature checked),
    /// CA:FALSE, `days` (397 by default), a random serial, AKI/SKI, and the EKU the usages need:
    /// serverAuth always, clientAuth only for `default`. Returns the chain leaf
    /// first: leaf, issuing CA, root.
    ///
    /// Nothing is signed unless the CA's own path passes the chain checks for
    /// these names and usages ([`health::ca_path_findings`]); the leaf never
    /// outlives the issuing CA or the root (its notAfter is capped at theirs,
    /// as a path is valid only while every certificate is, RFC 5280 6.1.3);
    /// and the signed leaf must then pass docwiz's own chain check with the
    /// root as the only trust anchor. Otherwise [`Error::CaUnsafe`] names
    /// `ca/issuing.pem` or `ca/root.pem` and each reason.
    /// [`LocalCa::sign`], checked as every CA's answer is.
    pub fn sign_answer(&self, csr_der: &[u8], usages: &[Usage], days: i64) -> Result<Chain, Error> {
        self.sign(csr_der, usages, days)
            .and_then(|chain| readable_answer(SOURCE, chain))
    }

    pub fn sign(&self, csr_der: &[u8], usages: &[Usage], days: i64) -> Result<Vec<Vec<u8>>, Error> {
        let (_, csr) = X509CertificationRequest::from_der(csr_der).map_err(crypto)?;
        csr.verify_signature().map_err(crypto)?;
        let info = &csr.certification_request_info;
        let cn = info
            .subject
            .iter_common_name()
            .next()
            .and_then(|cn| cn.as_str().ok())
            .map(str::to_string);
        let mut dns = Vec::new();
        for extension in csr.requested_extensions().into_iter().flatten() {
            if let ParsedExtension::SubjectAlternativeName(san) = extension {
                for name in &san.general_names {
                    if let GeneralName::DNSName(n) = name {
                        dns.push(names::dns_name(n, true)?);
                    }
                }
            }
        }
        let client_auth = usages.iter().any(|u| u.needs_client_auth());
        let root = CertInfo::from_der(&self.root_der).map_err(crypto)?;
        let issuing = CertInfo::from_der(&self.issuing_der).map_err(crypto)?;
        let findings = health::ca_path_findings(&self.files, &issuing, &root, &dns, client_auth);
        if !findings.is_empty() {
            return Err(Error::CaUnsafe { findings });
        }
        let mut params = CertificateParams::default();
        params.distinguished_name = DistinguishedName::new();
        if let Some(cn) = &cn {
            params
                .distinguished_name
                .push(DnType::CommonName, cn.as_str());
        }
        params.subject_alt_names = dns
            .iter()
            .cloned()
            .map(|n| n.try_into().map(SanType::DnsName).map_err(crypto))
            .collect::<Result<_, _>>()?;
        params.is_ca = IsCa::ExplicitNoCa;
        let spki = rcgen::SubjectPublicKeyInfo::from_der(info.subject_pki.raw).map_err(crypto)?;
        let rsa = matches!(
            info.subject_pki.parsed(),
            Ok(x509_parser::public_key::PublicKey::RSA(_))
        );
        params.key_usages = if rsa {
            vec![
                KeyUsagePurpose::DigitalSignature,
                KeyUsagePurpose::KeyEncipherment,
            ]
        } else {
            vec![KeyUsagePurpose::DigitalSignature]
        };
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        if client_auth {
            params
                .extended_key_usages
                .push(ExtendedKeyUsagePurpose::ClientAuth);
        }
        params.use_authority_key_identifier_extension = true;
        validity(&mut params, days);
        params.not_after = params.not_after.min(issuing.not_after).min(root.not_after);
        params.serial_number = Some(serial());
        let issuer = Issuer::from_ca_cert_der(&self.issuing_der.clone().into(), &self.issuing_key)
            .map_err(crypto)?;
        let leaf = params.signed_by(&spki, &issuer).map_err(crypto)?;
        let leaf_info = CertInfo::from_der(leaf.der()).map_err(crypto)?;
        let chain = trust::check_with(
            &leaf_info,
            &[],
            std::slice::from_ref(&root),
            std::slice::from_ref(&issuing),
            crate::cert::now(),
        );
        if chain.status != trust::ChainStatus::Trusted {
            let mut findings: Vec<Diagnostic> = chain
                .reasons
                .iter()
                .map(|reason| {
                    let file = match reason.role {
                        trust::Role::Root => Some(&self.files[1]),
                        trust::Role::Intermediate => Some(&self.files[0]),
                        trust::Role::Leaf => None,
                    };
                    Diagnostic::error(
                        file.map(|f| Location::file(f)),
                        reason.message(&|s| s.to_string()),
                    )
                })
                .collect();
            if findings.is_empty() {
                findings.push(Diagnostic::error(
                    Some(Location::file(&self.files[0])),
                    Message::new("damage-ca-not-signed").arg("root", self.files[1].as_str()),
                ));
            }
            return Err(Error::CaUnsafe { findings });
        }
        Ok(vec![
            leaf.der().to_vec(),
            self.issuing_der.clone(),
            self.root_der.clone(),
        ])
    }
}

fn dn(cn: &str) -> DistinguishedName {
    let mut dn = DistinguishedName::new();
    dn.push(DnType::OrganizationName, "docwiz");
    dn.push(DnType::CommonName, cn);
    dn
}

/// From a minute ago (clocks differ a little) for `days`.
fn validity(params: &mut CertificateParams, days: i64) {
    let start = crate::cert::now() - Duration::minutes(1);
    params.not_before = start;
    params.not_after = start + Duration::days(days);
}

/// The subject key identifier of a certificate, raw.
fn subject_key_id(der: &[u8]) -> Option<Vec<u8>> {
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    cert.iter_extensions()
        .find_map(|ext| match ext.parsed_extension() {
            ParsedExtension::SubjectKeyIdentifier(id) => Some(id.0.to_vec()),
            _ => None,
        })
}

fn common_name(der: &[u8]) -> Option<String> {
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    cert.subject()
        .iter_common_name()
        .next()?
        .as_str()
        .ok()
        .map(str::to_string)
}
