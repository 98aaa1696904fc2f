//! A request taken to a CA by hand: the CSR is written to a file of the
//! administrator's choosing, outside the store, and the CA's answer comes
//! back with `wizard import-response`.

use std::path::Path;

use super::{Ca, Csr, Issue};
use crate::cert::store::Store;
use crate::cert::store::outside::{self, NewFile};
use crate::error::Error;

/// The offline "CA": the CSR goes to this file.
pub struct Offline<'a>(pub &'a Path);

impl Ca for Offline<'_> {
    fn name(&self) -> &'static str {
        "offline"
    }

    fn check(&self, store: &Store) -> Result<(), Error> {
        check_offline_target(store, self.0)
    }

    /// The CSR file is written before the request is published; if the CSR
    /// cannot be written, no request is left.
    fn issue<'a>(&'a self, _store: &'a Store, csr: Csr<'a>) -> Result<Issue<'a>, Error> {
        outside::write_new(self.0, csr.pem.as_bytes(), false)?;
        Ok(Issue::ByHand {
            withdraw: Box::new(move || {
                let _ = std::fs::remove_file(self.0);
            }),
        })
    }
}

/// Where `--offline FILE` may write the CSR: a new file (docwiz never
/// replaces one: it might be anything the administrator keeps, even the
/// store's own keys or history), whose directory exists (docwiz creates no
/// directory outside its store), outside the store (compared as canonical
/// paths, links and `..` resolved). Checked before anything is done, so a
/// refused target changes nothing (exit 2).
pub fn check_offline_target(store: &Store, file: &Path) -> Result<(), Error> {
    outside::check_new(store, file, &CSR_FILE)
}

/// How a CSR file's name is refused.
const CSR_FILE: NewFile = NewFile {
    not_file_name: "offline-not-file-name",
    no_directory: "offline-no-directory",
    in_store: "offline-in-store",
    exists: "offline-exists",
    not_regular: "offline-not-regular",
};
