//! `certs remove`: an installed certificate no usage holds, taken out of
//! the store with its key (`certs/<T>/`). The request that produced it, if
//! any, keeps its own record and key, as requests always do.

use crate::cert::store::{Store, removal};
use crate::error::Error;

/// The F1 keyword of removal (its own topic).
pub const F1_REMOVE: &str = "docwiz.CertRemove";

/// Removes the installed certificate `thumbprint`; refused with the usages
/// that hold it while any does, and nothing changes then.
pub fn remove(store: &Store, thumbprint: &str) -> Result<(), Error> {
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
        });
    }
    removal::remove(store, thumbprint)
}
