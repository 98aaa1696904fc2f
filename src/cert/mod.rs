//! The certificate wizard: requests with real keys and CSRs, the embedded local
//! CA, trust stores, the status page's facts, finish and assignment to usages.
//!
//! Each role has its folder; the steps of the wizard sit at this level:
//!
//! - [`ca`]: the certificate authorities a request can go to (the embedded
//!   local CA, ACME, cfssl, offline), behind one interface. A new CA goes there.
//! - [`store`]: the store on disk (layout in DESIGN.md): request records, the
//!   assignment history, the `live/<usage>` links and the store's health.
//! - [`x509`]: certificates as such: parsing, host names, signatures, chains
//!   and the trust stores they are checked against.
//! - [`pages`]: what the wizard's pages show, built from the logic below and
//!   shared by the command line, the terminal wizard and the web wizard. A
//!   new page's facts and text go there; its drawing goes to `src/tui/pages/`
//!   and `src/serve/wizard/`.
//! - [`request`], [`import`], [`assign`]: the wizard's steps (a request and
//!   its answer, a certificate brought from elsewhere, finish and assignment),
//!   with [`input`] for the files an administrator gives them; and the
//!   certificate's later life: [`renew`], [`revoke`], [`remove`], [`export`].
//!
//! Dependencies go one way: the steps use `ca`, `store` and `x509`; `pages`
//! use all of them; `ca` uses `store` and `x509`; `store` uses only `x509`
//! (and [`input`]), never a step or a CA.

pub mod assign;
pub mod ca;
pub mod export;
pub mod import;
pub mod input;
pub mod pages;
pub mod remove;
pub mod renew;
pub mod request;
pub mod revoke;
pub mod store;
pub mod x509;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The F1 keyword of the status page (the seed page's topic).
pub const F1_STATUS: &str = "ms.lync.dep.DeployCertRequestReturned";
/// The first page of a request: online or offline.
pub const F1_REQUEST: &str = "ms.lync.dep.DeployCertRequestOnlineOffline";
/// View Certificate Details.
pub const F1_DETAILS: &str = "ms.lync.dep.DeployAssignedCertList";
/// Assigning an existing certificate from the list of certificates.
pub const F1_ASSIGN: &str = "ms.lync.dep.DeployCertList";
/// Importing a certificate: an offline request's answer or one obtained elsewhere.
pub const F1_IMPORT: &str = "ms.lync.dep.DeployCertImportBasics";
/// docwiz's own page for the trust stores.
pub const F1_TRUST: &str = "docwiz.TrustImport";
/// The status page's check box: assigning a certificate from its request.
pub const F1_CHECKBOX: &str = "ms.lync.dep.DeployCertAssignIntroFromRequest";
/// Choose a Certification Authority (the request topic's second keyword).
pub const F1_REQUEST_CA: &str = "ms.lync.dep.DeployCertRequestCA";
/// Name and Security Settings.
pub const F1_REQUEST_BASICS: &str = "ms.lync.dep.DeployCertRequestBasics";
/// Subject Alternative Names: the page and its field.
pub const F1_REQUEST_SANS: &str = "ms.lync.dep.DeployCertRequestSanDesc";
/// A root's trust import (the same topic as [`F1_TRUST`]).
pub const F1_TRUST_ROOT: &str = "docwiz.TrustImportRoot";
/// An intermediate's trust import.
pub const F1_TRUST_INTERMEDIATE: &str = "docwiz.TrustImportIntermediate";

/// A purpose a server uses a certificate for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Usage {
    /// Server default: mutual TLS to clients and other servers.
    Default,
    /// TLS on the internal web services site.
    WebInternal,
    /// TLS on the external web services site.
    WebExternal,
}

impl Usage {
    pub const ALL: [Usage; 3] = [Usage::Default, Usage::WebInternal, Usage::WebExternal];

    pub fn name(self) -> &'static str {
        match self {
            Usage::Default => "default",
            Usage::WebInternal => "web-internal",
            Usage::WebExternal => "web-external",
        }
    }

    /// The `ui.ftl` message that names the usage.
    pub fn label_id(self) -> &'static str {
        match self {
            Usage::Default => "usage-name-default",
            Usage::WebInternal => "usage-name-web-internal",
            Usage::WebExternal => "usage-name-web-external",
        }
    }

    /// Whether the usage needs the clientAuth EKU besides serverAuth.
    pub fn needs_client_auth(self) -> bool {
        self == Usage::Default
    }

    /// `default,web-internal` → the usages, duplicates folded, in canonical order.
    pub fn parse_list(list: &str) -> Result<Vec<Usage>, Error> {
        let mut usages = Vec::new();
        for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let usage: Usage = item.parse()?;
            if !usages.contains(&usage) {
                usages.push(usage);
            }
        }
        if usages.is_empty() {
            return Err(Error::UnknownUsage {
                value: list.to_string(),
            });
        }
        usages.sort();
        Ok(usages)
    }
}

impl FromStr for Usage {
    type Err = Error;
    fn from_str(s: &str) -> Result<Usage, Error> {
        Usage::ALL
            .into_iter()
            .find(|u| u.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| Error::UnknownUsage {
                value: s.to_string(),
            })
    }
}

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Key algorithms a request can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyType {
    #[serde(rename = "rsa-2048")]
    Rsa2048,
    #[serde(rename = "rsa-3072")]
    Rsa3072,
    #[serde(rename = "rsa-4096")]
    Rsa4096,
    #[serde(rename = "ecdsa-p256")]
    EcdsaP256,
    #[serde(rename = "ecdsa-p384")]
    EcdsaP384,
}

impl KeyType {
    pub const ALL: [KeyType; 5] = [
        KeyType::Rsa2048,
        KeyType::Rsa3072,
        KeyType::Rsa4096,
        KeyType::EcdsaP256,
        KeyType::EcdsaP384,
    ];

    pub fn name(self) -> &'static str {
        match self {
            KeyType::Rsa2048 => "rsa-2048",
            KeyType::Rsa3072 => "rsa-3072",
            KeyType::Rsa4096 => "rsa-4096",
            KeyType::EcdsaP256 => "ecdsa-p256",
            KeyType::EcdsaP384 => "ecdsa-p384",
        }
    }

    /// The key as pages name an issued certificate's key ("RSA 2048",
    /// "ECDSA P-256", as [`x509::certificate::key_name`] does), not by its
    /// `--key` id: a pending request's page reads as an issued one's.
    pub fn label(self) -> &'static str {
        match self {
            KeyType::Rsa2048 => "RSA 2048",
            KeyType::Rsa3072 => "RSA 3072",
            KeyType::Rsa4096 => "RSA 4096",
            KeyType::EcdsaP256 => "ECDSA P-256",
            KeyType::EcdsaP384 => "ECDSA P-384",
        }
    }
}

impl FromStr for KeyType {
    type Err = Error;
    fn from_str(s: &str) -> Result<KeyType, Error> {
        KeyType::ALL
            .into_iter()
            .find(|k| k.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| Error::UnknownKeyType {
                value: s.to_string(),
            })
    }
}

impl fmt::Display for KeyType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The current time, as the wizard sees it.
pub fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// RFC 3339, UTC, whole seconds: what JSON and pages show.
pub fn rfc3339(t: time::OffsetDateTime) -> String {
    let t = t
        .to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(t);
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Message;
    use crate::localization::Ui;

    #[test]
    fn every_usage_has_an_english_label() {
        for usage in Usage::ALL {
            let label = Ui::english().text(&Message::new(usage.label_id()));
            assert_ne!(label, usage.label_id());
        }
    }

    #[test]
    fn usage_lists_are_parsed_folded_and_ordered() {
        assert_eq!(
            Usage::parse_list("web-external, default,default").unwrap(),
            [Usage::Default, Usage::WebExternal]
        );
        assert!(Usage::parse_list("web").is_err());
        assert!(Usage::parse_list("").is_err());
        assert!("rsa-1024".parse::<KeyType>().is_err());
    }
}
