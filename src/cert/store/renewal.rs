//! `renewal/<THUMBPRINT>.json`: what `wizard renew` learnt of an installed
//! certificate between runs: the renewal window its ACME CA suggests (RFC
//! 9773), and why its last renewal failed. Pages read it to say when the
//! certificate is due and that its renewal failed; a renewal that succeeds
//! removes the failure. One small file per certificate, written atomically
//! under the lock; one that cannot be read counts as absent (it holds
//! nothing the store's soundness depends on).

use serde::{Deserialize, Serialize};

use super::Store;
use super::record::Reason;
use crate::error::Error;

/// The directory, relative to the store.
pub const DIR: &str = "renewal";

/// The renewal window an ACME CA suggests (RFC 3339, UTC).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub start: String,
    pub end: String,
}

/// A renewal that failed: when, why, and the request it made, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub time: String,
    #[serde(flatten)]
    pub reason: Reason,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
}

/// What is known of a certificate's renewal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Renewal {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<Failure>,
}

fn file(thumbprint: &str) -> String {
    format!("{DIR}/{thumbprint}.json")
}

/// The certificate's renewal record; empty when there is none or it cannot
/// be read.
pub fn read(store: &Store, thumbprint: &str) -> Renewal {
    store
        .read(&file(thumbprint))
        .ok()
        .flatten()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Replaces the record (removes it when empty). The caller holds the lock.
pub fn write(store: &Store, thumbprint: &str, renewal: &Renewal) -> Result<(), Error> {
    if *renewal == Renewal::default() {
        return store.remove(&file(thumbprint));
    }
    store.mkdir(DIR)?;
    store.write(
        &file(thumbprint),
        &serde_json::to_vec_pretty(renewal).unwrap_or_default(),
        false,
    )
}
