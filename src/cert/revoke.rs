//! `wizard revoke`: an installed certificate revoked by the CA that issued
//! it, as its request's record names the CA ([`CaChoice::of_record`]): the
//! local CA adds it to its own list, an ACME CA and cfssl are asked over the
//! network ([`crate::cert::ca::Ca::revoke`]). A certificate imported, or
//! requested offline, is refused: only the CA that issued it can revoke it.
//!
//! Once the CA has confirmed, `revoked/<T>.json` records it, then every
//! usage the certificate holds is unassigned in one transaction of the
//! history (one line per usage, as a renewal's takeover writes them). The
//! certificate stays installed (`certs remove` takes it out); one issued to a
//! request and not installed yet can be revoked too. A CA that
//! refuses changes nothing. Stopped after the record and before the
//! unassignment, the next `wizard revoke` of the certificate finishes it.

use crate::cert::Usage;
use crate::cert::assign::held_by;
use crate::cert::ca::CaChoice;
use crate::cert::pages::status::{certificate, request_for};
use crate::cert::store::history;
use crate::cert::store::revocation::{self, ReasonCode, Revoked};
use crate::cert::store::{Lock, Store};
use crate::cert::x509::certificate::CertInfo;
use crate::cert::{now, rfc3339};
use crate::error::Error;

/// The F1 keyword of revocation (its own topic).
pub const F1_REVOKE: &str = "docwiz.CertRevoke";

/// What a revocation would do, told before it is confirmed.
#[derive(Debug, Clone)]
pub struct Plan {
    pub leaf: CertInfo,
    /// The CA that will be asked, as the request's record names it.
    pub ca: String,
    /// The usages that will be unassigned.
    pub usages: Vec<Usage>,
    /// The certificate was revoked before and a usage still holds it (a
    /// revocation stopped half-way): only the unassignment is left to do.
    pub finishing: bool,
}

/// A revocation done.
#[derive(Debug, Clone)]
pub struct Done {
    pub thumbprint: String,
    pub revoked: Revoked,
    /// The usages unassigned.
    pub usages: Vec<Usage>,
    /// Revoked for keyCompromise: the other installed certificates, not
    /// revoked, that certify the same key (each should be revoked too).
    pub same_key: Vec<String>,
}

/// What revoking `thumbprint` (installed, or issued to a request) would do; the refusals (not installed, no CA
/// docwiz can ask, revoked already) come here, before anything is asked.
pub fn plan(store: &Store, thumbprint: &str) -> Result<Plan, Error> {
    // Installed, or issued to a request and not installed yet (not finished).
    let leaf = certificate(store, thumbprint)?;
    let usages = held_by(store, thumbprint);
    if let Some(revoked) = revocation::read(store, thumbprint) {
        if usages.is_empty() {
            return Err(Error::AlreadyRevoked {
                thumbprint: thumbprint.to_string(),
                time: revoked.time,
            });
        }
        return Ok(Plan {
            leaf,
            ca: revoked.ca,
            usages,
            finishing: true,
        });
    }
    let request = request_for(store, thumbprint);
    let ca = match &request {
        Some(r) if CaChoice::of_record(r).is_some() => r.ca.clone(),
        _ => {
            return Err(Error::NotRevocable {
                thumbprint: thumbprint.to_string(),
                ca: request.map(|r| r.ca),
            });
        }
    };
    Ok(Plan {
        leaf,
        ca,
        usages,
        finishing: false,
    })
}

/// Revokes `thumbprint` for `reason` (see the module comment).
pub fn revoke(store: &Store, thumbprint: &str, reason: ReasonCode) -> Result<Done, Error> {
    store.require_existing()?;
    let lock = store.lock()?;
    let plan = plan(store, thumbprint)?;
    let revoked = if plan.finishing {
        revocation::read(store, thumbprint).ok_or_else(|| Error::ThumbprintNotFound {
            thumbprint: thumbprint.to_string(),
        })?
    } else {
        ask_ca(store, &plan, reason)?
    };
    unassign(store, &lock, thumbprint, &plan.usages)?;
    let same_key = if revoked.reason == ReasonCode::KeyCompromise {
        sharing_key(store, &plan.leaf)
    } else {
        Vec::new()
    };
    Ok(Done {
        thumbprint: thumbprint.to_string(),
        revoked,
        usages: plan.usages,
        same_key,
    })
}

/// Asks the certificate's CA, then records what it confirmed.
fn ask_ca(store: &Store, plan: &Plan, reason: ReasonCode) -> Result<Revoked, Error> {
    let thumbprint = &plan.leaf.thumbprint;
    let request = request_for(store, thumbprint);
    let choice = request
        .as_ref()
        .and_then(CaChoice::of_record)
        .ok_or_else(|| Error::NotRevocable {
            thumbprint: thumbprint.clone(),
            ca: request.as_ref().map(|r| r.ca.clone()),
        })?;
    choice.ca().revoke(store, &plan.leaf, reason)?;
    let revoked = Revoked {
        time: rfc3339(now()),
        reason,
        ca: plan.ca.clone(),
        serial: plan.leaf.serial.clone(),
    };
    if reason == ReasonCode::KeyCompromise {
        // First: stopped before the certificate's own record, the key is
        // refused anyway, which is the safe side.
        revocation::write_compromised(
            store,
            &plan.leaf.spki,
            &revocation::CompromisedKey {
                thumbprint: thumbprint.clone(),
                time: revoked.time.clone(),
            },
        )?;
    }
    revocation::write(store, thumbprint, &revoked)?;
    Ok(revoked)
}

/// The installed certificates other than `leaf`, not revoked, that certify
/// `leaf`'s key.
pub fn sharing_key(store: &Store, leaf: &CertInfo) -> Vec<String> {
    let mut out = Vec::new();
    for other in store.installed_thumbprints().unwrap_or_default() {
        if other == leaf.thumbprint || revocation::read(store, &other).is_some() {
            continue;
        }
        if let Ok(Some(chain)) = store.installed(&other)
            && chain[0].spki == leaf.spki
        {
            out.push(other);
        }
    }
    out
}

/// Refuses a key declared compromised (a certificate of it was revoked for
/// keyCompromise): `wizard renew --reuse-key` would have it certified again.
pub fn refuse_compromised_key(store: &Store, leaf: &CertInfo) -> Result<(), Error> {
    match revocation::compromised(store, &leaf.spki) {
        Some(key) => Err(Error::KeyCompromised {
            thumbprint: leaf.thumbprint.clone(),
            revoked: key.thumbprint,
            time: key.time,
        }),
        None => Ok(()),
    }
}

/// Every usage in `usages` loses its certificate, in one transaction.
fn unassign(store: &Store, _lock: &Lock, thumbprint: &str, usages: &[Usage]) -> Result<(), Error> {
    if usages.is_empty() {
        return Ok(());
    }
    let changes: Vec<_> = usages
        .iter()
        .map(|u| (*u, Some(thumbprint.to_string()), None))
        .collect();
    history::apply(store, &history::transaction(&changes))
}

/// Refuses a revoked certificate: `assign`, `finish` and `renew` call it.
pub fn refuse_revoked(store: &Store, thumbprint: &str) -> Result<(), Error> {
    match revocation::read(store, thumbprint) {
        Some(revoked) => Err(Error::CertRevoked {
            thumbprint: thumbprint.to_string(),
            time: revoked.time,
        }),
        None => Ok(()),
    }
}
