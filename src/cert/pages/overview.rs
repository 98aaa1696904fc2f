//! The main page of the certificate wizard: each usage with its certificate,
//! open requests, issued certificates not assigned yet, and the actions
//! available now as exact commands.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::cert::pages::expiry::Expiry;
use crate::cert::pages::status::{ChainView, Commands, certificate_chain};
use crate::cert::store::Store;
use crate::cert::store::record::State;
use crate::cert::x509::certificate::CertInfo;
use crate::cert::x509::trust::ChainStatus;
use crate::cert::{Usage, rfc3339};
use crate::error::{Diagnostic, Error, Message};

/// The F1 keyword of the main page.
pub const F1_MAIN: &str = "ms.lync.dep.DeployCertsMain";

#[derive(Debug, Clone, Serialize)]
pub struct CertView {
    pub thumbprint: String,
    pub subject: String,
    pub not_after: String,
    /// Days left, when it is renewed, and its renewal's warnings.
    #[serde(flatten)]
    pub expiry: Expiry,
    pub chain: ChainStatus,
    /// Why the chain is not trusted and what is missing, with the commands.
    #[serde(rename = "chain_detail")]
    pub chain_view: ChainView,
    pub request: Option<String>,
}

impl CertView {
    /// [`crate::cert::pages::cert_line`] of this certificate, its thumbprint and subject as text.
    pub fn line(&self) -> Message {
        crate::cert::pages::cert_line(
            self.thumbprint.as_str(),
            self.subject.as_str(),
            &self.not_after,
            self.expiry.days_left,
            self.expiry.revoked.as_ref().map(|r| r.time.as_str()),
        )
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct UsageView {
    pub usage: Usage,
    pub certificate: Option<CertView>,
    /// `live/<usage>` is damaged (outside the store, dangling, not a link…):
    /// the usage has no certificate, and `problems` says why.
    pub damaged: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequestView {
    pub request: String,
    pub fqdn: String,
    /// `null` when the record cannot be read (`damaged`).
    pub state: Option<State>,
    /// The request's record is damaged; `problems` says how.
    pub damaged: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    Request,
    Finish,
    Assign,
    Details,
    ImportRoot,
    ImportIntermediate,
    ProcessPending,
    /// Install a certificate obtained elsewhere, with its key.
    ImportCertificate,
}

#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub kind: ActionKind,
    /// The certificate (thumbprint) or request the action is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub command: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub usages: Vec<UsageView>,
    pub pending: Vec<RequestView>,
    pub unassigned: Vec<CertView>,
    pub actions: Vec<Action>,
    /// What the store's check found, by file; the command line adds the
    /// localized text to the JSON.
    #[serde(skip)]
    pub problems: Vec<Diagnostic>,
    pub f1: &'static str,
}

fn view(store: &Store, leaf: &CertInfo, commands: &Commands) -> CertView {
    let held = store.assigned().values().any(|t| *t == leaf.thumbprint);
    let request = crate::cert::pages::status::request_for(store, &leaf.thumbprint).map(|r| r.id);
    let chain = certificate_chain(store, &leaf.thumbprint, leaf);
    CertView {
        thumbprint: leaf.thumbprint.clone(),
        subject: leaf.subject.clone(),
        not_after: rfc3339(leaf.not_after),
        expiry: Expiry::of(store, leaf, held, commands),
        chain: chain.status,
        chain_view: ChainView::new(&chain, commands),
        request,
    }
}

/// Reads the store; an absent store is an empty one, an unreadable one an
/// error. Damaged parts are left out of the lists and reported in `problems`;
/// everything else is shown.
pub fn overview(store: &Store, commands: &Commands) -> Result<Overview, Error> {
    let health = crate::cert::store::health::check(store)?;
    let assigned = store.assigned();
    let mut actions = Vec::new();
    let mut seen_actions = BTreeSet::new();
    let mut push = |kind, target: Option<String>, command: String| {
        if seen_actions.insert(command.clone()) {
            actions.push(Action {
                kind,
                target,
                command,
            });
        }
    };

    let mut usages = Vec::new();
    for usage in Usage::ALL {
        let certificate = match assigned.get(&usage) {
            Some(t) => store
                .installed(t)
                .ok()
                .flatten()
                .and_then(|chain| chain.first().map(|leaf| view(store, leaf, commands))),
            None => None,
        };
        usages.push(UsageView {
            usage,
            certificate,
            damaged: health.damaged_usages.contains(&usage),
        });
    }

    let requests = store.requests()?;
    let latest = requests.last().cloned();
    push(
        ActionKind::Request,
        None,
        commands.command(&match &latest {
            Some(r) => crate::cert::pages::status::request_command(r),
            None => crate::cert::pages::status::FIRST_REQUEST.to_string(),
        }),
    );

    let mut pending: Vec<RequestView> = health
        .damaged_requests
        .iter()
        .rev()
        .map(|id| RequestView {
            request: id.clone(),
            fqdn: String::new(),
            state: None,
            damaged: true,
        })
        .collect();
    let mut unassigned: Vec<CertView> = Vec::new();
    let assigned_thumbprints: BTreeSet<&String> = assigned.values().collect();
    for request in requests.iter().rev() {
        match request.state {
            State::Pending | State::Failed => {
                pending.push(RequestView {
                    request: request.id.clone(),
                    fqdn: request.fqdn.clone(),
                    state: Some(request.state),
                    damaged: false,
                });
                push(
                    ActionKind::ProcessPending,
                    Some(request.id.clone()),
                    // An offline request waits for the CA's answer, to be imported.
                    commands.command(
                        &if request.ca == "offline" && request.state == State::Pending {
                            format!("wizard import-response --request {} <FILE>", request.id)
                        } else {
                            format!("wizard status --request {}", request.id)
                        },
                    ),
                );
            }
            State::Issued => {
                let Some(thumbprint) = &request.thumbprint else {
                    continue;
                };
                if assigned_thumbprints.contains(thumbprint)
                    || unassigned.iter().any(|c| &c.thumbprint == thumbprint)
                    || removed(store, thumbprint)
                {
                    continue;
                }
                // A damaged chain.pem is among the problems.
                let Ok(Some(chain)) = store.request_chain(&request.id) else {
                    continue;
                };
                let cert = view(store, &chain[0], commands);
                // A revoked certificate is listed, never offered to a usage.
                let usable = cert.expiry.revoked.is_none();
                match cert.chain {
                    _ if !usable => {}
                    ChainStatus::Trusted if !request.finished => push(
                        ActionKind::Finish,
                        Some(request.id.clone()),
                        commands.command(&format!("wizard finish --request {}", request.id)),
                    ),
                    ChainStatus::Trusted => push(
                        ActionKind::Assign,
                        Some(thumbprint.clone()),
                        commands.command(&format!(
                            "wizard assign --thumbprint {thumbprint} --usage {}",
                            usage_list(&request.usages)
                        )),
                    ),
                    _ => {}
                }
                if usable {
                    import_actions(&cert, &mut push);
                }
                unassigned.push(cert);
            }
        }
    }
    // Installed certificates that no request produced (imported, or requests removed).
    for thumbprint in store.installed_thumbprints()? {
        if assigned_thumbprints.contains(&thumbprint)
            || unassigned.iter().any(|c| c.thumbprint == thumbprint)
        {
            continue;
        }
        if let Ok(Some(chain)) = store.installed(&thumbprint) {
            let cert = view(store, &chain[0], commands);
            if cert.expiry.revoked.is_some() {
                unassigned.push(cert);
                continue;
            }
            import_actions(&cert, &mut push);
            if cert.chain == ChainStatus::Trusted {
                push(
                    ActionKind::Assign,
                    Some(thumbprint.clone()),
                    commands.command(&format!("wizard assign --thumbprint {thumbprint}")),
                );
            }
            unassigned.push(cert);
        }
    }
    push(
        ActionKind::ImportCertificate,
        None,
        commands.command("wizard import <FILE> --key <KEY>"),
    );
    for usage in &usages {
        if let Some(cert) = &usage.certificate {
            push(
                ActionKind::Details,
                Some(cert.thumbprint.clone()),
                commands.command(&format!("wizard details --thumbprint {}", cert.thumbprint)),
            );
        }
    }
    Ok(Overview {
        usages,
        pending,
        unassigned,
        actions,
        problems: health.findings,
        f1: F1_MAIN,
    })
}

/// The commands that import the CA certificates a certificate's chain lacks.
fn import_actions(cert: &CertView, push: &mut impl FnMut(ActionKind, Option<String>, String)) {
    for missing in &cert.chain_view.missing {
        if let Some(command) = &missing.command {
            let kind = match missing.kind {
                crate::cert::x509::trust::MissingKind::Root => ActionKind::ImportRoot,
                _ => ActionKind::ImportIntermediate,
            };
            push(kind, missing.thumbprint.clone(), command.clone());
        }
    }
}

fn usage_list(usages: &[Usage]) -> String {
    usages
        .iter()
        .map(|u| u.name())
        .collect::<Vec<_>>()
        .join(",")
}

/// A certificate `certs remove` took out (and nothing installed again): its
/// request's copy is no certificate waiting to be assigned.
fn removed(store: &Store, thumbprint: &str) -> bool {
    matches!(store.installed(thumbprint), Ok(None))
        && crate::cert::store::history::last_mention_is_removal(store, thumbprint)
}
