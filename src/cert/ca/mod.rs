//! The certificate authorities a request can go to, behind one interface,
//! [`Ca`]: the embedded local CA ([`local`]), an ACME CA ([`acme`]), a cfssl
//! CA ([`cfssl`]), and the administrator's own CA reached by hand
//! ([`offline`]: the CSR written to a file, the answer imported later).
//!
//! `cert::request` makes the key and the CSR, asks [`CaChoice::ca`] for the
//! chosen CA and calls [`Ca::issue`] once; how the CA answers ([`Issue`]:
//! at once, online after the request is stored, or by hand) decides when the
//! request is published and when the answer is written.
//!
//! `cert::revoke` asks the CA a certificate's request went to
//! ([`CaChoice::of_record`]) to revoke it with [`Ca::revoke`].
//!
//! A new CA is a file here implementing [`Ca`] plus its variant of
//! [`CaChoice`] and its line in [`CaChoice::ca`]; the front ends that offer
//! it (`--ca` in `src/cmd/wizard.rs`, [`crate::cert::pages::form::CAS`]) and
//! the texts that name it follow.

pub mod acme;
pub mod cfssl;
pub mod local;
pub mod offline;
pub mod problem;

use std::path::PathBuf;

use acme::AcmeOptions;
use cfssl::CfsslOptions;
use local::LocalOptions;

use crate::cert::Usage;
use crate::cert::store::Store;
use crate::cert::store::record::{CaOptions, Request};
use crate::cert::store::revocation::ReasonCode;
use crate::cert::x509::certificate::{CertInfo, readable};
use crate::error::Error;

/// A CA's answer: the certificate first, then the CA certificates sent with it.
pub type Chain = Vec<Vec<u8>>;

/// The request as a CA is given it.
#[derive(Debug, Clone, Copy)]
pub struct Csr<'a> {
    /// The CSR, DER.
    pub der: &'a [u8],
    /// The same CSR, PEM, as it is written or sent.
    pub pem: &'a str,
    /// The FQDN, then each subject alternative name, as certificates carry them.
    pub names: &'a [String],
    /// The usages the certificate is for (the local CA sets EKUs from them).
    pub usages: &'a [Usage],
    /// On renewal, the certificate replaced (DER): an ACME CA that keeps
    /// renewal information is told (RFC 9773 `replaces`).
    pub replaces: Option<&'a [u8]>,
}

/// How a CA answers a request, which decides when it is published.
pub enum Issue<'a> {
    /// Signed at once, in memory (the local CA): the request is published
    /// with its answer, or with the refusal as its reason, in one rename, so
    /// no command ever sees it pending.
    Now(Result<Chain, Error>),
    /// An online CA, asked once the request, its key and CSR are published
    /// (so a certificate the CA issued always finds its key), with the store
    /// readable by pages while it answers.
    Online(Box<dyn FnOnce() -> Result<Chain, Error> + 'a>),
    /// Handed to the administrator (the CSR written to a file); the answer
    /// comes back with `import-response`. `withdraw` takes the hand-over
    /// back when the request cannot be published after all: a CSR without
    /// its request would bring back an answer no request can take.
    ByHand { withdraw: Box<dyn FnOnce() + 'a> },
}

/// A certificate authority a request can go to.
pub trait Ca {
    /// What the request's record calls the CA (`local`, `acme`, …).
    fn name(&self) -> &'static str;

    /// The CA's address recorded with the request, where it has one.
    fn url(&self) -> Option<String> {
        None
    }

    /// Checks made before the store is locked or anything is written, so
    /// that a refusal leaves no request behind.
    fn check(&self, _store: &Store) -> Result<(), Error> {
        Ok(())
    }

    /// Submits the request. Called under the store's lock before the
    /// request is published; an error here leaves no request.
    fn issue<'a>(&'a self, store: &'a Store, csr: Csr<'a>) -> Result<Issue<'a>, Error>;

    /// Revokes `leaf`, a certificate this CA issued, for `reason`, and
    /// returns once the CA has confirmed it. Called under the store's lock
    /// (`wizard revoke`); an error means the CA did not revoke it, and the
    /// caller then changes nothing. Revoking again what the CA already
    /// revoked is confirmed too, so that a revocation stopped before the
    /// store recorded it can be finished. A CA docwiz cannot ask refuses.
    fn revoke(&self, _store: &Store, leaf: &CertInfo, _reason: ReasonCode) -> Result<(), Error> {
        Err(Error::NotRevocable {
            thumbprint: leaf.thumbprint.clone(),
            ca: Some(self.name().to_string()),
        })
    }
}

/// Where the request goes, as the command line and the pages choose it.
#[derive(Debug, Clone)]
pub enum CaChoice {
    /// The embedded local CA.
    Local(LocalOptions),
    Acme(AcmeOptions),
    Cfssl(CfsslOptions),
    /// Written to this file for the administrator to take to a CA; the CA's
    /// answer comes back with `import-response`.
    Offline(PathBuf),
}

impl CaChoice {
    /// The CA behind the choice: the one place each CA is registered.
    pub fn ca(&self) -> Box<dyn Ca + '_> {
        match self {
            CaChoice::Local(options) => Box::new(local::Embedded(options)),
            CaChoice::Acme(options) => Box::new(acme::Acme(options)),
            CaChoice::Cfssl(options) => Box::new(cfssl::Cfssl(options)),
            CaChoice::Offline(file) => Box::new(offline::Offline(file)),
        }
    }

    /// What the request's record keeps of the choice besides the CA's name
    /// and address ([`Ca::name`], [`Ca::url`]), for [`CaChoice::of_record`].
    pub fn options(&self) -> CaOptions {
        match self {
            CaChoice::Local(o) => CaOptions {
                validity_days: o.validity_days,
                ..CaOptions::default()
            },
            CaChoice::Acme(o) => CaOptions {
                ca_bundle: o.ca_bundle.clone(),
                contact: o.contact.clone(),
                http_port: Some(o.http_port),
                http_address: Some(o.http_address),
                ..CaOptions::default()
            },
            CaChoice::Cfssl(o) => CaOptions {
                profile: o.profile.clone(),
                ..CaOptions::default()
            },
            CaChoice::Offline(_) => CaOptions::default(),
        }
    }

    /// The CA a request went to, as its record keeps it, to ask again
    /// (`wizard renew`); `None` for a request taken to a CA by hand.
    /// Records from before the options were kept get the defaults those
    /// requests could only have used (the local CA's 397 days, ACME's
    /// port 80 on 127.0.0.1).
    pub fn of_record(request: &Request) -> Option<CaChoice> {
        let o = &request.ca_options;
        let url = request.ca_url.clone().unwrap_or_default();
        match request.ca.as_str() {
            "local" => Some(CaChoice::Local(LocalOptions {
                validity_days: o.validity_days,
            })),
            "acme" => Some(CaChoice::Acme(AcmeOptions {
                directory: url,
                ca_bundle: o.ca_bundle.clone(),
                contact: o.contact.clone(),
                http_port: o.http_port.unwrap_or(80),
                http_address: o
                    .http_address
                    .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)),
            })),
            "cfssl" => Some(CaChoice::Cfssl(CfsslOptions {
                url,
                profile: o.profile.clone(),
            })),
            _ => None,
        }
    }
}

/// A CA's answer must be certificates the store can read back; `source`
/// names where it came from.
pub fn readable_answer(source: &str, chain: Chain) -> Result<Chain, Error> {
    if readable(&chain) {
        Ok(chain)
    } else {
        Err(Error::NotCertificate {
            path: source.to_string(),
        })
    }
}
