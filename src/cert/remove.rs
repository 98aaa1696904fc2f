//! `certs remove`: an installed certificate no usage holds, taken out of
//! the store with its key (`certs/<T>/`, and the copies of the key its
//! requests kept). The request that produced it, if any, keeps its record
//! and certificate; its page says the certificate was removed, and `wizard
//! assign` refuses it ([`refuse_removed`]).

use crate::cert::store::{Store, removal};
use crate::error::Error;

/// The F1 keyword of removal (its own topic).
pub const F1_REMOVE: &str = "docwiz.CertRemove";

/// Removes the installed certificate `thumbprint`; refused with the usages
/// that hold it while any does, and nothing changes then.
pub fn remove(store: &Store, thumbprint: &str) -> Result<(), Error> {
    store.require_existing()?;
    let _lock = store.lock()?;
    if store.installed(thumbprint)?.is_none() {
        return Err(Error::ThumbprintNotFound {
            thumbprint: thumbprint.to_string(),
        });
    }
    let usages = crate::cert::assign::held_by(store, thumbprint);
    if !usages.is_empty() {
        return Err(Error::InUse {
            thumbprint: thumbprint.to_string(),
            usages,
            // The command line puts its own prefix on it (`cmd::certs`).
            command: "docwiz wizard assign".to_string(),
        });
    }
    removal::remove(store, thumbprint)
}

/// Refuses a certificate `certs remove` took out of the store (its request
/// still lists it): `wizard assign` calls it before installing a request's
/// certificate.
pub fn refuse_removed(store: &Store, thumbprint: &str) -> Result<(), Error> {
    if store.installed(thumbprint)?.is_none()
        && crate::cert::store::history::last_mention_is_removal(store, thumbprint)
    {
        return Err(Error::CertRemoved {
            thumbprint: thumbprint.to_string(),
        });
    }
    Ok(())
}
