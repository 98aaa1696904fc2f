//! `wizard renew`: each installed certificate that a usage holds and that is
//! due is requested again as its request was (names, key type, usages, CA
//! and the CA's options), with a new key unless the old one is kept; the new
//! certificate, when its chain is trusted, takes over exactly the usages the
//! old one holds ([`crate::cert::assign::take_over`]). A renewal that fails
//! leaves the old certificate assigned and its failure in
//! `renewal/<T>.json` ([`crate::cert::store::renewal`]), which the pages show.
//!
//! Due: when less than a third of the certificate's lifetime is left, at most
//! 30 days (`--days N` sets the number of days instead), or from the start
//! of the renewal window its ACME CA suggests (RFC 9773), whichever comes
//! first.

use time::{Duration, OffsetDateTime};

use crate::cert::assign::{self, Assigned};
use crate::cert::ca::CaChoice;
use crate::cert::pages::status::request_for;
use crate::cert::request::{self, NewRequest, Renewing};
use crate::cert::store::Store;
use crate::cert::store::record::{Reason, Request, State};
use crate::cert::store::renewal::{self, Failure, Renewal, Window};
use crate::cert::x509::certificate::CertInfo;
use crate::cert::{now, rfc3339};
use crate::error::Error;

/// The F1 keyword of renewal (its own topic).
pub const F1_RENEW: &str = "docwiz.CertRenew";

/// The most days before expiry a certificate is renewed by default.
pub const MAX_DAYS: i64 = 30;

/// What `wizard renew` was asked.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only this certificate (else every one a usage holds).
    pub thumbprint: Option<String>,
    /// Due when fewer than this many days are left, instead of the default.
    pub days: Option<i64>,
    /// Keep the certificate's key instead of making a new one.
    pub reuse_key: bool,
    /// The deploy hook, run once per renewed certificate.
    pub hook: Option<String>,
}

/// What happened to one certificate.
#[derive(Debug)]
pub enum Outcome {
    /// Not due before `renew_after`.
    NotDue {
        thumbprint: String,
        renew_after: OffsetDateTime,
    },
    /// Renewed: the new certificate holds the old one's usages. `hook` is
    /// the deploy hook's failure, if it failed (the renewal stands).
    Renewed {
        old: String,
        request: String,
        assigned: Assigned,
        hook: Option<Error>,
    },
    /// Not renewed; the old certificate keeps its usages.
    Failed {
        thumbprint: String,
        request: Option<String>,
        error: Error,
    },
}

impl Outcome {
    pub fn failed(&self) -> bool {
        matches!(
            self,
            Outcome::Failed { .. } | Outcome::Renewed { hook: Some(_), .. }
        )
    }
}

/// When a certificate is due by its lifetime: `days` before it expires,
/// else a third of its lifetime before, at most [`MAX_DAYS`].
pub fn due_by_lifetime(leaf: &CertInfo, days: Option<i64>) -> OffsetDateTime {
    let before = match days {
        Some(days) => Duration::days(days),
        None => {
            let lifetime: Duration = leaf.not_after - leaf.not_before;
            Ord::min(lifetime / 3_i32, Duration::days(MAX_DAYS))
        }
    };
    leaf.not_after - before
}

/// When a certificate is due: by its lifetime, or from the start of the
/// window its CA suggests, whichever comes first.
pub fn renew_after(leaf: &CertInfo, days: Option<i64>, window: Option<&Window>) -> OffsetDateTime {
    let own = due_by_lifetime(leaf, days);
    let suggested = window.and_then(|w| {
        OffsetDateTime::parse(&w.start, &time::format_description::well_known::Rfc3339).ok()
    });
    suggested.map_or(own, |s| s.min(own))
}

/// When an installed certificate is due, from what the store knows (the
/// window its CA suggested at the last `wizard renew`), by the default
/// threshold: what the pages show.
pub fn renew_after_stored(store: &Store, leaf: &CertInfo) -> OffsetDateTime {
    let known = renewal::read(store, &leaf.thumbprint);
    renew_after(leaf, None, known.window.as_ref())
}

/// Renews what is due (see the module comment); one outcome per
/// certificate looked at. An error is returned only when nothing could be
/// looked at (a store that does not exist or cannot be read, an unknown
/// `--thumbprint`).
pub fn renew(store: &Store, options: &Options) -> Result<Vec<Outcome>, Error> {
    store.require_existing()?;
    let assigned = store.assigned();
    let mut thumbprints: Vec<String> = assigned.values().cloned().collect();
    thumbprints.sort();
    thumbprints.dedup();
    if let Some(wanted) = &options.thumbprint {
        if store.installed(wanted)?.is_none() {
            return Err(Error::ThumbprintNotFound {
                thumbprint: wanted.clone(),
            });
        }
        // A revoked certificate is not renewed: its CA withdrew it, and a
        // new request is a decision of its own.
        crate::cert::revoke::refuse_revoked(store, wanted)?;
        if !thumbprints.contains(wanted) {
            return Err(Error::NotRenewable {
                thumbprint: wanted.clone(),
                assigned: false,
            });
        }
        thumbprints = vec![wanted.clone()];
    }
    let mut outcomes = Vec::new();
    for thumbprint in thumbprints {
        let Some(chain) = store.installed(&thumbprint)? else {
            continue;
        };
        outcomes.push(renew_one(store, options, &chain[0]));
    }
    Ok(outcomes)
}

fn renew_one(store: &Store, options: &Options, leaf: &CertInfo) -> Outcome {
    let thumbprint = leaf.thumbprint.clone();
    let request = request_for(store, &thumbprint);
    let ca = request.as_ref().and_then(CaChoice::of_record);
    let mut known = renewal::read(store, &thumbprint);
    // Held while revoked only when a revocation stopped half-way; it is
    // finished by `wizard revoke`, never renewed.
    if let Err(error) = crate::cert::revoke::refuse_revoked(store, &thumbprint) {
        return failed(store, known, &thumbprint, None, error);
    }
    if let Some(CaChoice::Acme(acme)) = &ca {
        // Asked every time: the CA may move the window (a revocation ahead,
        // RFC 9773 §4.2). Not reachable, the lifetime alone decides.
        if let Ok(window) = crate::cert::ca::acme::renewal_window(store, acme, &leaf.der) {
            known.window = window.map(|(start, end)| Window {
                start: rfc3339(start),
                end: rfc3339(end),
            });
        }
    }
    let after = renew_after(leaf, options.days, known.window.as_ref());
    if now() < after {
        let _ = record(store, &thumbprint, known);
        return Outcome::NotDue {
            thumbprint,
            renew_after: after,
        };
    }
    let (Some(request), Some(ca)) = (request, ca) else {
        return failed(
            store,
            known,
            &thumbprint,
            None,
            Error::NotRenewable {
                thumbprint: thumbprint.clone(),
                assigned: true,
            },
        );
    };
    let key_pem = if options.reuse_key {
        if let Err(error) = crate::cert::revoke::refuse_compromised_key(store, leaf) {
            return failed(store, known, &thumbprint, None, error);
        }
        match store.read(&format!("certs/{thumbprint}/privkey.pem")) {
            Ok(Some(pem)) => Some(String::from_utf8_lossy(&pem).into_owned()),
            Ok(None) => {
                let error = Error::BadKey {
                    path: store
                        .path(&format!("certs/{thumbprint}/privkey.pem"))
                        .display()
                        .to_string(),
                };
                return failed(store, known, &thumbprint, None, error);
            }
            Err(error) => return failed(store, known, &thumbprint, None, error),
        }
    } else {
        None
    };
    let new = NewRequest {
        fqdn: request.fqdn.clone(),
        sans: request.names.iter().skip(1).cloned().collect(),
        key: request.key,
        usages: request.usages.clone(),
        ca,
    };
    let renewing = Renewing {
        thumbprint: thumbprint.clone(),
        der: leaf.der.clone(),
        key_pem,
    };
    let made = match request::request_renewing(store, &new, Some(&renewing)) {
        Ok(made) => made,
        Err(error) => {
            let id = newest_renewal(store, &thumbprint).map(|r| r.id);
            return failed(store, known, &thumbprint, id, error);
        }
    };
    match assign::take_over(store, &made, &thumbprint, options.hook.as_deref()) {
        Ok((assigned, hook)) => renewed(store, known, &thumbprint, made.id, assigned, hook),
        Err(error) => failed(store, known, &thumbprint, Some(made.id), error),
    }
}

/// The newest request renewing `thumbprint`, if any (a failed one).
fn newest_renewal(store: &Store, thumbprint: &str) -> Option<Request> {
    store
        .requests()
        .ok()?
        .into_iter()
        .filter(|r| r.renews.as_deref() == Some(thumbprint) && r.state == State::Failed)
        .max_by(|a, b| a.created.cmp(&b.created))
}

fn renewed(
    store: &Store,
    mut known: Renewal,
    old: &str,
    request: String,
    assigned: Assigned,
    hook: Option<Error>,
) -> Outcome {
    known.failure = None;
    let _ = record(store, old, known);
    Outcome::Renewed {
        old: old.to_string(),
        request,
        assigned,
        hook,
    }
}

fn failed(
    store: &Store,
    mut known: Renewal,
    thumbprint: &str,
    request: Option<String>,
    error: Error,
) -> Outcome {
    known.failure = Some(Failure {
        time: rfc3339(now()),
        reason: Reason::of(&error),
        request: request.clone(),
    });
    // The failure is told on the command's output in any case; recorded, the
    // pages show it too. A store that cannot take it says why on its own.
    let _ = record(store, thumbprint, known);
    Outcome::Failed {
        thumbprint: thumbprint.to_string(),
        request,
        error,
    }
}

/// Writes what is known of the certificate's renewal, under the lock, when
/// it changed.
fn record(store: &Store, thumbprint: &str, known: Renewal) -> Result<(), Error> {
    if renewal::read(store, thumbprint) == known {
        return Ok(());
    }
    let _lock = store.lock()?;
    // A certificate removed meanwhile has nothing to record.
    if store.installed(thumbprint)?.is_none() {
        return Ok(());
    }
    renewal::write(store, thumbprint, &known)
}
