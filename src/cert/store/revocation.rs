//! What the store keeps of revocations, in two kinds of file:
//!
//! - `revoked/<THUMBPRINT>.json`: an installed certificate that its CA has
//!   revoked (when, why, which CA). Pages show it; `assign`, `finish` and
//!   `renew` refuse the certificate. Written once the CA has confirmed.
//! - `ca/revoked.json`: the embedded local CA's own revocation list (each
//!   serial, when, why) and the number of the last CRL made from it; `trust
//!   crl` signs a CRL from it.
//!
//! Both are written atomically under the lock, as every file of the store.
//! A record that cannot be read counts as absent for the pages; the local
//! CA's list that cannot be read is an error (a CRL made without it would
//! say a revoked certificate is good).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Store;
use crate::error::Error;

/// The directory of the certificates' records, relative to the store.
pub const DIR: &str = "revoked";

/// The local CA's revocation list, relative to the store.
pub const CA_LIST: &str = "ca/revoked.json";

/// Why a certificate is revoked: the CRLReason codes of RFC 5280 §5.3.1
/// that a certificate's holder may give (not certificateHold, removeFromCRL
/// nor aACompromise, which concern CAs and attribute certificates), with
/// their RFC names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ReasonCode {
    #[default]
    Unspecified,
    KeyCompromise,
    CaCompromise,
    AffiliationChanged,
    Superseded,
    CessationOfOperation,
    PrivilegeWithdrawn,
}

impl ReasonCode {
    pub const ALL: [ReasonCode; 7] = [
        ReasonCode::Unspecified,
        ReasonCode::KeyCompromise,
        ReasonCode::CaCompromise,
        ReasonCode::AffiliationChanged,
        ReasonCode::Superseded,
        ReasonCode::CessationOfOperation,
        ReasonCode::PrivilegeWithdrawn,
    ];

    /// The RFC 5280 name, as `--reason` takes it.
    pub fn name(self) -> &'static str {
        match self {
            ReasonCode::Unspecified => "unspecified",
            ReasonCode::KeyCompromise => "keyCompromise",
            ReasonCode::CaCompromise => "caCompromise",
            ReasonCode::AffiliationChanged => "affiliationChanged",
            ReasonCode::Superseded => "superseded",
            ReasonCode::CessationOfOperation => "cessationOfOperation",
            ReasonCode::PrivilegeWithdrawn => "privilegeWithdrawn",
        }
    }

    /// The CRLReason value (RFC 5280 §5.3.1), as CRLs, ACME (RFC 8555
    /// §7.6) and cfssl carry it.
    pub fn code(self) -> u8 {
        match self {
            ReasonCode::Unspecified => 0,
            ReasonCode::KeyCompromise => 1,
            ReasonCode::CaCompromise => 2,
            ReasonCode::AffiliationChanged => 3,
            ReasonCode::Superseded => 4,
            ReasonCode::CessationOfOperation => 5,
            ReasonCode::PrivilegeWithdrawn => 9,
        }
    }

    /// The `ui.ftl` message that says the reason in the reader's language.
    pub fn label_id(self) -> &'static str {
        match self {
            ReasonCode::Unspecified => "revoke-reason-unspecified",
            ReasonCode::KeyCompromise => "revoke-reason-key-compromise",
            ReasonCode::CaCompromise => "revoke-reason-ca-compromise",
            ReasonCode::AffiliationChanged => "revoke-reason-affiliation-changed",
            ReasonCode::Superseded => "revoke-reason-superseded",
            ReasonCode::CessationOfOperation => "revoke-reason-cessation-of-operation",
            ReasonCode::PrivilegeWithdrawn => "revoke-reason-privilege-withdrawn",
        }
    }
}

impl FromStr for ReasonCode {
    type Err = String;
    fn from_str(s: &str) -> Result<ReasonCode, String> {
        ReasonCode::ALL
            .into_iter()
            .find(|r| r.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| s.to_string())
    }
}

impl fmt::Display for ReasonCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// `revoked/<T>.json`: a certificate its CA revoked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revoked {
    /// When the CA confirmed it (RFC 3339, UTC).
    pub time: String,
    pub reason: ReasonCode,
    /// The CA, as the request's record names it (`local`, `acme`, `cfssl`).
    pub ca: String,
    /// The certificate's serial number (hex), as the CA lists it.
    pub serial: String,
}

fn file(thumbprint: &str) -> String {
    format!("{DIR}/{thumbprint}.json")
}

/// The certificate's revocation, if it is revoked (a record that cannot be
/// read counts as none).
pub fn read(store: &Store, thumbprint: &str) -> Option<Revoked> {
    store
        .read(&file(thumbprint))
        .ok()
        .flatten()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
}

/// Records the certificate as revoked. The caller holds the lock.
pub fn write(store: &Store, thumbprint: &str, revoked: &Revoked) -> Result<(), Error> {
    store.mkdir(DIR)?;
    store.write(
        &file(thumbprint),
        &serde_json::to_vec_pretty(revoked).unwrap_or_default(),
        false,
    )
}

/// Removes the certificate's record (`certs remove`). The caller holds the lock.
pub fn remove(store: &Store, thumbprint: &str) -> Result<(), Error> {
    store.remove(&file(thumbprint))
}

/// A key declared compromised: a certificate of it was revoked for
/// keyCompromise. `revoked/key-<SHA-256 of the SPKI>.json`, kept when that
/// certificate is removed (the key stays compromised), so that `wizard renew
/// --reuse-key` never has the key certified again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompromisedKey {
    /// The certificate revoked for keyCompromise.
    pub thumbprint: String,
    /// When it was revoked (RFC 3339, UTC).
    pub time: String,
}

fn key_file(spki: &[u8]) -> String {
    format!(
        "{DIR}/key-{}.json",
        crate::cert::x509::certificate::sha256_hex(spki)
    )
}

/// The record of the key `spki` (SubjectPublicKeyInfo, DER), if it was
/// declared compromised (a record that cannot be read counts as one, with
/// no certificate named: a key's compromise is not forgotten by accident).
pub fn compromised(store: &Store, spki: &[u8]) -> Option<CompromisedKey> {
    let bytes = store.read(&key_file(spki)).ok().flatten()?;
    Some(serde_json::from_slice(&bytes).unwrap_or(CompromisedKey {
        thumbprint: String::new(),
        time: String::new(),
    }))
}

/// Records the key `spki` as compromised. The caller holds the lock.
pub fn write_compromised(store: &Store, spki: &[u8], key: &CompromisedKey) -> Result<(), Error> {
    store.mkdir(DIR)?;
    store.write(
        &key_file(spki),
        &serde_json::to_vec_pretty(key).unwrap_or_default(),
        false,
    )
}

/// One certificate on the local CA's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The serial number, hex (upper case, as `CertInfo::serial`).
    pub serial: String,
    /// When it was revoked (RFC 3339, UTC).
    pub time: String,
    pub reason: ReasonCode,
}

/// `ca/revoked.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaList {
    /// The number of the last CRL made (RFC 5280 §5.2.3: it only grows).
    #[serde(default)]
    pub crl_number: u64,
    #[serde(default)]
    pub revoked: Vec<Entry>,
}

/// The local CA's list; empty when there is none yet. One that cannot be
/// read is an error, never an empty list.
pub fn read_ca_list(store: &Store) -> Result<CaList, Error> {
    let Some(bytes) = store.read(CA_LIST)? else {
        return Ok(CaList::default());
    };
    serde_json::from_slice(&bytes).map_err(|e| Error::Damaged {
        finding: Box::new(crate::cert::store::health::record_finding(
            &store.path(CA_LIST).display().to_string(),
            &bytes,
            &e,
        )),
        hint: None,
    })
}

/// Replaces the local CA's list. The caller holds the lock.
pub fn write_ca_list(store: &Store, list: &CaList) -> Result<(), Error> {
    store.write(
        CA_LIST,
        &serde_json::to_vec_pretty(list).unwrap_or_default(),
        false,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_parsed_by_their_rfc_names_in_any_case() {
        assert_eq!(
            "keyCompromise".parse::<ReasonCode>(),
            Ok(ReasonCode::KeyCompromise)
        );
        assert_eq!(
            "PRIVILEGEWITHDRAWN".parse::<ReasonCode>(),
            Ok(ReasonCode::PrivilegeWithdrawn)
        );
        assert!("certificateHold".parse::<ReasonCode>().is_err());
        for reason in ReasonCode::ALL {
            assert_eq!(reason.name().parse::<ReasonCode>(), Ok(reason));
            let json = serde_json::to_string(&reason).unwrap();
            assert_eq!(json, format!("\"{}\"", reason.name()));
        }
    }
}
