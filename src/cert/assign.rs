//! Finishing a request and assigning a certificate to the server's usages.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rcgen::{KeyPair, PublicKeyData};

use crate::cert::pages::status::{certificate_chain, request_chain, request_for};
use crate::cert::store::Store;
use crate::cert::store::history;
use crate::cert::store::record::{Request, State};
use crate::cert::x509::certificate::CertInfo;
use crate::cert::x509::names;
use crate::cert::x509::trust::ChainStatus;
use crate::cert::{Usage, now};
use crate::error::{Error, Message};

/// An assignment that took place.
#[derive(Debug, Clone)]
pub struct Assigned {
    pub thumbprint: String,
    pub usages: Vec<Usage>,
    /// What each usage had before.
    pub previous: BTreeMap<Usage, Option<String>>,
    pub cert_dir: PathBuf,
    /// The store's `live/`, absolute: `live/<usage>/fullchain.pem` and
    /// `privkey.pem` are what a server's configuration names.
    pub live_dir: PathBuf,
    /// The certificate this one renews (`wizard renew`), whose usages it took.
    pub renews: Option<String>,
}

impl Assigned {
    /// Each usage's files as a server's configuration names them (they
    /// follow the usage through later assignments): the certificate with
    /// its chain, and the private key.
    pub fn live_files(&self) -> Vec<(Usage, PathBuf, PathBuf)> {
        self.usages
            .iter()
            .map(|u| {
                let dir = self.live_dir.join(u.name());
                (*u, dir.join("fullchain.pem"), dir.join("privkey.pem"))
            })
            .collect()
    }
}

/// The deploy hook's environment, as `--help` and the README describe it.
pub mod hook_env {
    /// The usages just assigned, comma-separated (`default,web-internal`).
    pub const USAGES: &str = "DOCWIZ_USAGES";
    /// The thumbprint of the certificate assigned.
    pub const THUMBPRINT: &str = "DOCWIZ_THUMBPRINT";
    /// The certificate's directory in the store (`certs/<T>`, absolute).
    pub const CERT_DIR: &str = "DOCWIZ_CERT_DIR";
    /// On renewal: the certificate the renewed one replaces. Never set by
    /// `finish` or `assign`.
    pub const OLD_THUMBPRINT: &str = "DOCWIZ_OLD_THUMBPRINT";
}

/// What `finish` did.
#[derive(Debug, Clone)]
pub enum Finished {
    Assigned(Assigned),
    /// The check box was cleared: installed, not assigned.
    Cleared {
        thumbprint: String,
    },
    /// The chain is not trusted: installed, nothing assigned.
    Untrusted {
        thumbprint: String,
        chain: ChainStatus,
    },
}

/// Installs a request's certificate as `certs/<T>/` (cert, chain, fullchain,
/// privkey 0600), prepared aside and renamed into place. The request keeps its
/// own copy of the key.
pub fn install(store: &Store, request: &Request) -> Result<String, Error> {
    let chain = store
        .request_chain(&request.id)?
        .ok_or_else(|| Error::NotIssued {
            id: request.id.clone(),
        })?;
    let key = store
        .read(&format!("requests/{}/key.pem", request.id))?
        .ok_or_else(|| Error::NotIssued {
            id: request.id.clone(),
        })?;
    let ders: Vec<Vec<u8>> = chain.iter().map(|c| c.der.clone()).collect();
    store.install(&ders, &key)
}

/// Why each usage cannot take the certificate; empty when all can.
///
/// Names: a certificate a request produced must cover the request's FQDN
/// (`fqdn`). One imported without a request is identified by its subject
/// alternative names, as TLS clients identify it (RFC 6125 §6.4.4: the CN is
/// not looked at when SANs are present; CA/Browser Forum BR §7.1.4.3: the CN
/// is optional and, when present, one of the SANs): it needs at least one
/// DNS name or IP address SAN, and `fqdn` (a CN, or nothing) is not checked.
///
/// Key usage: a certificate without an extended key usage extension may be
/// used for any purpose (RFC 5280 §4.2.1.12, as openssl's purpose checks
/// read it); one with the extension needs serverAuth, and clientAuth for the
/// default usage (mutual TLS).
pub fn refusals(
    store: &Store,
    thumbprint: &str,
    usages: &[Usage],
    fqdn: &str,
) -> Result<Vec<Message>, Error> {
    let chain = store
        .installed(thumbprint)?
        .ok_or_else(|| Error::ThumbprintNotFound {
            thumbprint: thumbprint.to_string(),
        })?;
    let key = store.read(&format!("certs/{thumbprint}/privkey.pem"))?;
    Ok(refusals_of(store, &chain[0], key, usages, fqdn))
}

/// [`refusals`] of a certificate and its key wherever they are (a request's
/// answer not installed yet).
fn refusals_of(
    store: &Store,
    leaf: &CertInfo,
    key: Option<Vec<u8>>,
    usages: &[Usage],
    fqdn: &str,
) -> Vec<Message> {
    let chain = certificate_chain(store, &leaf.thumbprint, leaf);
    let status = chain.status;
    let key_matches = key
        .as_ref()
        .and_then(|k| KeyPair::from_pem(&String::from_utf8_lossy(k)).ok())
        .map(|k| k.subject_public_key_info() == leaf.spki);
    let requested = request_for(store, &leaf.thumbprint).is_some();
    let at = now();
    let mut reasons = Vec::new();
    for &usage in usages {
        // The usage named as pages and check boxes name it ("Server
        // default"), in every front end, not by its `--usage` id.
        let reason =
            |id: &'static str| Message::new(id).arg("usage", Message::new(usage.label_id()));
        if status != ChainStatus::Trusted {
            reasons.push(reason("refuse-chain").arg("status", status.name()));
        }
        if !leaf.is_valid_at(at) {
            reasons.push(
                reason("refuse-validity")
                    .arg("from", leaf.not_before)
                    .arg("to", leaf.not_after),
            );
        }
        if let Some(eku) = &leaf.eku {
            if !eku.server_auth {
                reasons.push(reason("refuse-eku-server"));
            }
            if usage.needs_client_auth() && !eku.client_auth {
                reasons.push(reason("refuse-eku-client"));
            }
        }
        if requested {
            if !leaf.host_names.iter().any(|san| names::covers(san, fqdn)) {
                reasons.push(reason("refuse-san").arg("fqdn", names::shown(fqdn)));
            }
        } else if leaf.host_names.is_empty() {
            reasons.push(reason("refuse-no-host-name"));
        }
        match key_matches {
            None if key.is_none() => reasons.push(reason("refuse-key-missing")),
            Some(true) => {}
            _ => reasons.push(reason("refuse-key-mismatch")),
        }
    }
    // Why the chain is not trusted, once for all usages: the certificate concerned and what to do.
    if status != ChainStatus::Trusted {
        reasons.extend(chain.reasons.iter().map(|r| r.message(&|s| s.to_string())));
    }
    reasons
}

/// Assigns an installed certificate to `usages` (default: the usages of the
/// request that produced it, else all three). All or nothing: if any usage is
/// refused, nothing changes.
pub fn assign(
    store: &Store,
    thumbprint: &str,
    usages: Option<&[Usage]>,
    hook: Option<&str>,
) -> Result<Assigned, Error> {
    // Nothing to assign in a store that does not exist; the lock would create it.
    store.require_existing()?;
    let _lock = store.lock()?;
    assign_locked(store, thumbprint, usages, hook, None)
}

fn assign_locked(
    store: &Store,
    thumbprint: &str,
    usages: Option<&[Usage]>,
    hook: Option<&str>,
    renews: Option<&str>,
) -> Result<Assigned, Error> {
    let request = request_for(store, thumbprint);
    if store.installed(thumbprint)?.is_none() {
        // An issued request whose certificate was never installed: install it now.
        match &request {
            Some(r) => {
                crate::cert::remove::refuse_removed(store, thumbprint)?;
                install(store, r)?;
            }
            None => {
                return Err(Error::ThumbprintNotFound {
                    thumbprint: thumbprint.to_string(),
                });
            }
        }
    }
    crate::cert::revoke::refuse_revoked(store, thumbprint)?;
    let usages: Vec<Usage> = match (usages, &request) {
        (Some(u), _) => u.to_vec(),
        (None, Some(r)) => r.usages.clone(),
        (None, None) => Usage::ALL.to_vec(),
    };
    let chain = store.installed(thumbprint)?.unwrap_or_default();
    let fqdn = match (&request, chain.first()) {
        (Some(r), _) => r.fqdn.clone(),
        (None, Some(leaf)) => leaf.common_name.clone().unwrap_or_default(),
        (None, None) => String::new(),
    };
    let reasons = refusals(store, thumbprint, &usages, &fqdn)?;
    if !reasons.is_empty() {
        return Err(Error::Refused { reasons });
    }
    // Recorded first, then switched: see `history` for how an interruption
    // in between is undone.
    let before = store.assigned();
    let previous: BTreeMap<Usage, Option<String>> = usages
        .iter()
        .map(|u| (*u, before.get(u).cloned()))
        .collect();
    let changes: Vec<_> = previous
        .iter()
        .map(|(u, old)| (*u, old.clone(), Some(thumbprint.to_string())))
        .collect();
    history::apply(store, &history::transaction(&changes))?;
    let absolute = |rel: &str| std::path::absolute(store.path(rel)).unwrap_or(store.path(rel));
    let assigned = Assigned {
        thumbprint: thumbprint.to_string(),
        usages,
        previous,
        cert_dir: absolute(&format!("certs/{thumbprint}")),
        live_dir: absolute("live"),
        renews: renews.map(str::to_string),
    };
    if let Some(command) = hook {
        run_hook(command, &assigned)?;
    }
    Ok(assigned)
}

/// Runs the deploy hook like certbot's: through the shell, with the usages,
/// thumbprint and certificate directory in its environment, and on renewal
/// the certificate replaced.
fn run_hook(command: &str, assigned: &Assigned) -> Result<(), Error> {
    let usages: Vec<&str> = assigned.usages.iter().map(|u| u.name()).collect();
    let mut shell = std::process::Command::new("sh");
    shell
        .arg("-c")
        .arg(command)
        .env(hook_env::USAGES, usages.join(","))
        .env(hook_env::THUMBPRINT, &assigned.thumbprint)
        .env(hook_env::CERT_DIR, &assigned.cert_dir);
    // Never inherited from whoever runs docwiz: only a renewal sets it.
    match &assigned.renews {
        Some(old) => shell.env(hook_env::OLD_THUMBPRINT, old),
        None => shell.env_remove(hook_env::OLD_THUMBPRINT),
    };
    let status = shell.status();
    use crate::error::HookEnd;
    let end = match status {
        Ok(s) if s.success() => return Ok(()),
        Ok(s) => {
            use std::os::unix::process::ExitStatusExt;
            match (s.code(), s.signal()) {
                (Some(code), _) => HookEnd::Exit(code),
                (None, Some(signal)) => HookEnd::Signal(signal),
                (None, None) => HookEnd::NotStarted(s.to_string()),
            }
        }
        Err(e) => HookEnd::NotStarted(e.to_string()),
    };
    Err(Error::Hook {
        command: command.to_string(),
        end,
    })
}

/// What completing a request does with its certificate.
#[derive(Debug, Clone, Copy)]
enum Plan<'a> {
    /// Installs it only (the check box cleared).
    Install,
    /// Assigns it to the request's usages when its chain is trusted.
    Assign,
    /// A renewal: it takes over exactly the usages this certificate holds,
    /// and only with a trusted chain.
    Replace(&'a str),
}

/// Completes a request: installs its certificate, records the check box, and
/// with the box kept and a trusted chain assigns it to the request's usages.
/// A refusal is found before anything is written; the request is recorded as
/// finished only once what it asked for is done.
pub fn finish(
    store: &Store,
    request: &Request,
    no_assign: bool,
    hook: Option<&str>,
) -> Result<Finished, Error> {
    let _lock = store.lock()?;
    let plan = if no_assign {
        Plan::Install
    } else {
        Plan::Assign
    };
    complete(store, request, plan, hook)
}

/// A renewal's last step: the renewing request's certificate, when its
/// chain is trusted, takes over exactly the usages `old` holds now, in one
/// transaction of the history (one line per usage), and the deploy hook
/// runs once with `old` as [`hook_env::OLD_THUMBPRINT`]. Refused (an
/// untrusted chain, a usage check, `old` holding no usage any more), nothing
/// is installed or switched and `old` keeps its usages. A deploy hook that
/// fails is returned beside the takeover, which stands.
pub fn take_over(
    store: &Store,
    request: &Request,
    old: &str,
    hook: Option<&str>,
) -> Result<(Assigned, Option<Error>), Error> {
    let _lock = store.lock()?;
    match complete(store, request, Plan::Replace(old), None)? {
        Finished::Assigned(assigned) => {
            let failed = hook.and_then(|command| run_hook(command, &assigned).err());
            Ok((assigned, failed))
        }
        // `complete` refuses a replacement otherwise.
        Finished::Cleared { .. } | Finished::Untrusted { .. } => Err(Error::NotIssued {
            id: request.id.clone(),
        }),
    }
}

/// [`finish`] and [`take_over`] under the lock.
fn complete(
    store: &Store,
    request: &Request,
    plan: Plan<'_>,
    hook: Option<&str>,
) -> Result<Finished, Error> {
    let mut request = store.request(&request.id)?;
    if request.state != State::Issued {
        return Err(Error::NotIssued {
            id: request.id.clone(),
        });
    }
    let (leaf, chain) = request_chain(store, &request)?.ok_or_else(|| Error::NotIssued {
        id: request.id.clone(),
    })?;
    crate::cert::revoke::refuse_revoked(store, &leaf.thumbprint)?;
    let usages = match plan {
        Plan::Replace(old) => {
            if chain.status != ChainStatus::Trusted {
                return Err(Error::RenewUntrusted {
                    status: chain.status.name().to_string(),
                });
            }
            let held = held_by(store, old);
            if held.is_empty() {
                return Err(Error::NotRenewable {
                    thumbprint: old.to_string(),
                    assigned: false,
                });
            }
            held
        }
        _ => request.usages.clone(),
    };
    let no_assign = matches!(plan, Plan::Install);
    let assign = !no_assign && chain.status == ChainStatus::Trusted;
    if assign {
        let key = store.read(&format!("requests/{}/key.pem", request.id))?;
        let reasons = refusals_of(store, &leaf, key, &usages, &request.fqdn);
        if !reasons.is_empty() {
            return Err(Error::Refused { reasons });
        }
    }
    // The record is written first and put in place last, so that a full disk
    // stops the command before it has changed anything.
    request.finished = true;
    request.assign_checked = !no_assign;
    let record = store.stage(
        &format!("requests/{}/request.json", request.id),
        &serde_json::to_vec_pretty(&request).unwrap_or_default(),
        false,
    )?;
    let fresh = request
        .thumbprint
        .as_deref()
        .map(|t| store.installed(t).map(|i| i.is_none()))
        .transpose()?
        .unwrap_or(true);
    let thumbprint = install(store, &request)?;
    let renews = match plan {
        Plan::Replace(old) => Some(old),
        _ => None,
    };
    let outcome = if no_assign {
        Ok(Finished::Cleared {
            thumbprint: thumbprint.clone(),
        })
    } else if !assign {
        Ok(Finished::Untrusted {
            thumbprint: thumbprint.clone(),
            chain: chain.status,
        })
    } else {
        assign_locked(store, &thumbprint, Some(&usages), hook, renews).map(Finished::Assigned)
    };
    // A failed deploy hook leaves the assignment standing.
    if matches!(outcome, Ok(_) | Err(Error::Hook { .. })) {
        record.commit()?;
    } else if fresh && !store.assigned().values().any(|t| *t == thumbprint) {
        // Failed (a full disk), finish takes back the installation it made.
        let _ = store.remove(&format!("certs/{thumbprint}"));
    }
    outcome
}

/// The usages `thumbprint` holds now, in order.
pub fn held_by(store: &Store, thumbprint: &str) -> Vec<Usage> {
    store
        .assigned()
        .into_iter()
        .filter(|(_, t)| t == thumbprint)
        .map(|(u, _)| u)
        .collect()
}
