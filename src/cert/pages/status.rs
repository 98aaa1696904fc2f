//! The Online Certificate Request Status page's facts, for the page and `--json`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::cert::store::Store;
use crate::cert::store::record::{Request, State};
use crate::cert::x509::certificate::CertInfo;
use crate::cert::x509::trust::{self, Chain, ChainStatus, MissingKind, Reason};
use crate::cert::{F1_STATUS, Usage, now, rfc3339};
use crate::error::{Arg, Error, Message};
use crate::localization::Localizer;

/// A missing CA certificate with the command that imports it.
#[derive(Debug, Clone, Serialize)]
pub struct MissingCert {
    pub kind: MissingKind,
    pub subject: String,
    pub thumbprint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// Where the certificate below says this issuer's certificate is published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChainView {
    pub status: ChainStatus,
    pub missing: Vec<MissingCert>,
    /// The first of `reasons`: why the chain is not trusted, as a code with
    /// the certificate concerned; null when trusted or when only missing
    /// CA certificates stand in the way.
    pub reason: Option<Reason>,
    /// Every reason found, leaf first.
    pub reasons: Vec<Reason>,
}

impl ChainView {
    /// The chain check as pages and `--json` show it, with the command that
    /// imports each missing CA certificate that came with the certificate.
    pub fn new(chain: &Chain, commands: &Commands) -> ChainView {
        let missing = chain
            .missing
            .iter()
            .map(|m| {
                let file = m.file.as_ref().map(|f| f.display().to_string());
                let verb = match m.kind {
                    MissingKind::Root => Some("trust import-root"),
                    MissingKind::Intermediate => Some("trust import-intermediate"),
                    MissingKind::Unknown => None,
                };
                MissingCert {
                    kind: m.kind,
                    subject: m.subject.clone(),
                    thumbprint: m.thumbprint.clone(),
                    command: verb.zip(file.as_ref()).map(|(verb, file)| {
                        commands.command(&format!("{verb} {}", shell_quote(file)))
                    }),
                    file,
                    url: m.url.clone(),
                }
            })
            .collect();
        ChainView {
            status: chain.status,
            missing,
            reason: chain.reasons.first().cloned(),
            reasons: chain.reasons.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub request: String,
    pub state: State,
    pub fqdn: String,
    pub ca: String,
    pub thumbprint: Option<String>,
    pub subject: Option<String>,
    pub issuer: Option<String>,
    pub serial: Option<String>,
    pub not_before: Option<String>,
    pub not_after: Option<String>,
    /// Days left and renewal (`days_left`, `renew_after`, …), once issued.
    #[serde(flatten)]
    pub expiry: Option<crate::cert::pages::expiry::Expiry>,
    pub sans: Vec<String>,
    pub key: String,
    pub eku: Vec<String>,
    pub chain: ChainView,
    pub assign_available: bool,
    /// Why the certificate can no longer be assigned, whatever its chain:
    /// `revoked`, `removed` (`certs remove`) or `replaced` (a renewal took
    /// its usages over).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assign_blocked: Option<&'static str>,
    /// What the page says of assigning, in words.
    #[serde(skip)]
    pub availability: Message,
    pub assign_checked: bool,
    pub finished: bool,
    pub usages: Vec<Usage>,
    pub assigned: BTreeMap<Usage, String>,
    /// Usages the certificate cannot serve, whatever the chain: known before
    /// anyone tries to assign it.
    pub usage_problems: Vec<UsageProblem>,
    /// The exact command for the next step, if there is one.
    pub next_step: Option<String>,
    /// Why the request failed, in words: English here;
    /// [`Status::localize_reason`] puts it in the reader's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The stored reason code (`interrupted`, `ca-refused`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<String>,
    /// The CA client's own text of a `ca-refused` reason (English, as the
    /// library gave it): technical detail for `--json`, never shown as the
    /// reason's sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_detail: Option<String>,
    #[serde(skip)]
    pub reason_message: Option<Message>,
    pub f1: &'static str,
}

impl Status {
    /// Renders the reason in `l10n`'s language.
    pub fn localize_reason(&mut self, l10n: &Localizer) {
        self.reason = self.reason_message.as_ref().map(|m| l10n.text(m));
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct UsageProblem {
    pub usage: Usage,
    /// `no-server-auth` or `no-client-auth`.
    pub problem: &'static str,
}

impl UsageProblem {
    /// What every page says of it: the usage the certificate cannot serve.
    pub fn message(&self) -> crate::error::Message {
        let id = if self.problem == "no-server-auth" {
            "refuse-eku-server"
        } else {
            "refuse-eku-client"
        };
        crate::error::Message::new(id)
            .arg("usage", crate::error::Message::new(self.usage.label_id()))
    }
}

/// What the certificate's enhanced key usage rules out among `usages`. Without
/// the extension nothing is ruled out (RFC 5280 §4.2.1.12).
pub fn usage_problems(leaf: &CertInfo, usages: &[Usage]) -> Vec<UsageProblem> {
    let Some(eku) = &leaf.eku else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for &usage in usages {
        if !eku.server_auth {
            out.push(UsageProblem {
                usage,
                problem: "no-server-auth",
            });
        } else if usage.needs_client_auth() && !eku.client_auth {
            out.push(UsageProblem {
                usage,
                problem: "no-client-auth",
            });
        }
    }
    out
}

/// The command that makes a first request (after `docwiz`): what a page
/// or an error suggests when the store has none. `<FQDN>` is a placeholder
/// ([`crate::placeholder`]).
pub const FIRST_REQUEST: &str = "wizard request --fqdn <FQDN>";

/// How commands are spelt in pages: `docwiz`, plus `--store DIR` when the store
/// was given on the command line, and `--root DIR` and `--lang TAG` with
/// [`Commands::with_context`], so that a command run as printed shows the
/// same store, content and language.
#[derive(Debug, Clone)]
pub struct Commands {
    pub prefix: String,
}

impl Commands {
    pub fn new(store_flag: Option<&std::path::Path>) -> Commands {
        let mut prefix = "docwiz".to_string();
        if let Some(dir) = store_flag {
            push_path(&mut prefix, "--store", dir);
        }
        Commands { prefix }
    }

    /// The same, with the content tree and the language preference given on
    /// the command line (`--root`, `--lang`; none when not given).
    pub fn with_context(mut self, root: Option<&std::path::Path>, lang: Option<&str>) -> Commands {
        if let Some(dir) = root {
            push_path(&mut self.prefix, "--root", dir);
        }
        if let Some(lang) = lang {
            self.prefix.push_str(" --lang ");
            self.prefix.push_str(&shell_quote(lang));
        }
        self
    }

    /// Commands spelt with `--lang lang` from now on, in place of the
    /// `--lang` they had (the full-screen wizard after F2 changed its
    /// language): a command run as printed shows that language.
    pub fn set_lang(&mut self, lang: &str) {
        // `with_context` writes `--lang` last, its tag a single word.
        if let Some(at) = self.prefix.rfind(" --lang ") {
            let tag = &self.prefix[at + " --lang ".len()..];
            if !tag.is_empty() && !tag.contains([' ', '\'']) {
                self.prefix.truncate(at);
            }
        }
        self.prefix.push_str(" --lang ");
        self.prefix.push_str(&shell_quote(lang));
    }

    /// These commands for a page shown in `lang` (a web page in the
    /// language its reader negotiated): when they name a language, it is the
    /// page's, so that a command copied from a Chinese page answers in
    /// Chinese although the server was started with `--lang de`.
    pub fn for_page_in(&self, lang: &str) -> Commands {
        let mut commands = self.clone();
        if commands.names_lang() {
            commands.set_lang(lang);
        }
        commands
    }

    /// Whether these commands name a language (`--lang` was given).
    pub fn names_lang(&self) -> bool {
        self.prefix.contains(" --lang ")
    }

    pub fn command(&self, rest: &str) -> String {
        format!("{} {rest}", self.prefix)
    }
}

/// ` FLAG DIR` with `dir` absolute and quoted for a shell.
fn push_path(prefix: &mut String, flag: &str, dir: &std::path::Path) {
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    prefix.push(' ');
    prefix.push_str(flag);
    prefix.push(' ');
    prefix.push_str(&shell_quote(&dir.display().to_string()));
}

/// Quotes for a POSIX shell when needed.
pub fn shell_quote(text: &str) -> String {
    if !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/._-:=,+@".contains(&b))
    {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// The chain of a request's certificate, with the CA certificates its answer
/// carried and the files that hold them.
pub fn request_chain(store: &Store, request: &Request) -> Result<Option<(CertInfo, Chain)>, Error> {
    let Some(chain) = store.request_chain(&request.id)? else {
        return Ok(None);
    };
    let leaf = chain[0].clone();
    let offered = store.request_issuers(&request.id);
    let checked = trust::check(store, &leaf, &offered, now());
    Ok(Some((leaf, checked)))
}

/// The newest request that produced a certificate, if any.
pub fn request_for(store: &Store, thumbprint: &str) -> Option<Request> {
    store
        .requests()
        .ok()?
        .into_iter()
        .rev()
        .find(|r| r.thumbprint.as_deref() == Some(thumbprint))
}

/// The chain check of any certificate, with every CA certificate docwiz knows
/// from the request that produced it.
/// An installed certificate's `chain.pem` counts as offered too: an imported
/// certificate's intermediates come from the file it was imported from.
pub fn certificate_chain(store: &Store, thumbprint: &str, leaf: &CertInfo) -> Chain {
    let mut offered = request_for(store, thumbprint)
        .map(|r| store.request_issuers(&r.id))
        .unwrap_or_default();
    if let Ok(Some(installed)) = store.installed(thumbprint) {
        let rel = format!("certs/{thumbprint}/chain.pem");
        let file = std::path::absolute(store.path(&rel)).unwrap_or_else(|_| store.path(&rel));
        for cert in installed.into_iter().skip(1) {
            if !offered.iter().any(|(c, _)| c.thumbprint == cert.thumbprint) {
                offered.push((cert, file.clone()));
            }
        }
    }
    trust::check(store, leaf, &offered, now())
}

pub fn status(store: &Store, request: &Request, commands: &Commands) -> Result<Status, Error> {
    let assigned = store.assigned();
    // A damaged chain.pem is reported by the store's check: the page still
    // shows the request, with the chain as one that cannot be verified.
    let found = request_chain(store, request).unwrap_or_default();
    let (leaf, chain) = match found {
        Some((leaf, chain)) => (Some(leaf), chain),
        None => (
            None,
            Chain {
                status: ChainStatus::Invalid,
                missing: Vec::new(),
                reasons: Vec::new(),
            },
        ),
    };
    let view = ChainView::new(&chain, commands);
    let missing = &view.missing;
    let trusted = chain.status == ChainStatus::Trusted;
    // A reason that names a command to run (`$check`) names it as this run
    // spells commands; the others ignore the argument.
    let reason_message = request
        .reason_message()
        .map(|m| m.set("check", commands.command("wizard check")));
    let thumbprint = leaf
        .as_ref()
        .map(|l| l.thumbprint.clone())
        .or_else(|| request.thumbprint.clone());
    let assigned_here = thumbprint
        .as_ref()
        .is_some_and(|t| request.usages.iter().all(|u| assigned.get(u) == Some(t)));
    let blocked = thumbprint
        .as_deref()
        .filter(|_| request.state == State::Issued)
        .and_then(|t| blocked(store, t));
    let next_step = match (request.state, chain.status) {
        _ if blocked.is_some() => blocked.as_ref().and_then(|(code, _)| match *code {
            // Revoked: a new certificate is wanted.
            "revoked" => Some(commands.command(&request_command(request))),
            // Replaced and still installed, held by no usage: only its
            // removal is left (assigning it would undo the renewal).
            "replaced" => thumbprint.as_ref().and_then(|t| {
                let installed = matches!(store.installed(t), Ok(Some(_)));
                (installed && !assigned.values().any(|a| a == t))
                    .then(|| commands.command(&format!("certs remove {t}")))
            }),
            _ => None,
        }),
        (State::Pending, _) if request.ca == "offline" => Some(commands.command(&format!(
            "wizard import-response --request {} <FILE>",
            request.id
        ))),
        (State::Pending, _) => {
            Some(commands.command(&format!("wizard status --request {}", request.id)))
        }
        (State::Failed, _) if request.ca == "local" => {
            Some(commands.command(&format!("wizard retry --request {}", request.id)))
        }
        (State::Failed, _) => Some(commands.command(&request_command(request))),
        (State::Issued, ChainStatus::UntrustedRoot | ChainStatus::MissingIntermediate) => {
            missing.iter().find_map(|m| m.command.clone())
        }
        (State::Issued, ChainStatus::Expired | ChainStatus::NotYetValid | ChainStatus::Invalid) => {
            Some(commands.command(&request_command(request)))
        }
        (State::Issued, ChainStatus::Trusted) if !request.finished => {
            Some(commands.command(&format!("wizard finish --request {}", request.id)))
        }
        (State::Issued, ChainStatus::Trusted) if !assigned_here => thumbprint.as_ref().map(|t| {
            let usages: Vec<&str> = request.usages.iter().map(|u| u.name()).collect();
            commands.command(&format!(
                "wizard assign --thumbprint {t} --usage {}",
                usages.join(",")
            ))
        }),
        (State::Issued, ChainStatus::Trusted) => None,
    };
    let expiry = leaf.as_ref().map(|l| {
        let held = assigned.values().any(|t| *t == l.thumbprint);
        crate::cert::pages::expiry::Expiry::of(store, l, held, commands)
    });
    // Assigned and due: renewing is what is left to do.
    let next_step = next_step.or_else(|| {
        expiry
            .as_ref()
            .filter(|e| e.renewal_due)
            .and_then(|e| e.renew_command.clone())
    });
    Ok(Status {
        request: request.id.clone(),
        state: request.state,
        fqdn: request.fqdn.clone(),
        ca: request.ca.clone(),
        thumbprint,
        subject: leaf.as_ref().map(|l| l.subject.clone()),
        issuer: leaf.as_ref().map(|l| l.issuer.clone()),
        serial: leaf.as_ref().map(|l| l.serial.clone()),
        not_before: leaf.as_ref().map(|l| rfc3339(l.not_before)),
        not_after: leaf.as_ref().map(|l| rfc3339(l.not_after)),
        expiry,
        sans: leaf
            .as_ref()
            .map(|l| l.sans.clone())
            .unwrap_or_else(|| request.names.clone()),
        key: leaf
            .as_ref()
            .map(|l| l.key.clone())
            .unwrap_or_else(|| request.key.label().to_string()),
        eku: leaf
            .as_ref()
            .and_then(|l| l.eku.as_ref())
            .map(|e| e.names())
            .unwrap_or_default(),
        chain: view,
        assign_available: request.state == State::Issued && trusted && blocked.is_none(),
        availability: match &blocked {
            Some((_, message)) => message.clone(),
            None if request.state == State::Issued && trusted => {
                Message::new("status-assign-available")
            }
            None => Message::new("status-assign-unavailable"),
        },
        assign_blocked: blocked.as_ref().map(|(code, _)| *code),
        assign_checked: request.assign_checked,
        finished: request.finished,
        usages: request.usages.clone(),
        assigned,
        usage_problems: leaf
            .as_ref()
            .map(|l| usage_problems(l, &request.usages))
            .unwrap_or_default(),
        next_step,
        reason: reason_message
            .as_ref()
            .map(|m| crate::localization::Ui::english().text(m)),
        reason_code: request.reason.clone(),
        reason_detail: request
            .reason_args
            .get("detail")
            .filter(|_| request.reason.as_deref() == Some("ca-refused"))
            .cloned(),
        reason_message,
        f1: F1_STATUS,
    })
}

/// Why the certificate `thumbprint` can no longer be assigned,
/// as a code and a sentence: revoked, removed by `certs remove` (the request
/// keeps its copy, which is never installed again), or replaced by a
/// renewal that took its usages over.
fn blocked(store: &Store, thumbprint: &str) -> Option<(&'static str, Message)> {
    if let Some(revoked) = crate::cert::store::revocation::read(store, thumbprint) {
        return Some((
            "revoked",
            Message::new("status-assign-revoked").arg("date", Arg::date_of(&revoked.time)),
        ));
    }
    let installed = matches!(store.installed(thumbprint), Ok(Some(_)));
    if !installed && crate::cert::store::history::last_mention_is_removal(store, thumbprint) {
        return Some(("removed", Message::new("status-assign-removed")));
    }
    let renewal = store
        .requests()
        .ok()?
        .into_iter()
        .filter(|r| {
            r.renews.as_deref() == Some(thumbprint) && r.state == State::Issued && r.finished
        })
        .max_by(|a, b| a.created.cmp(&b.created))?;
    let new = renewal.thumbprint?;
    Some((
        "replaced",
        Message::new("status-assign-replaced")
            .arg("thumbprint", new)
            .arg("date", Arg::date_of(&renewal.created)),
    ))
}

/// The certificate with thumbprint `wanted` (normalized hex): installed, or
/// issued to a request of the store.
///
/// # Errors
/// `ThumbprintNotFound` when no certificate of the store has it; the store's
/// read errors.
pub fn certificate(store: &Store, wanted: &str) -> Result<CertInfo, Error> {
    if let Some(leaf) = store.installed(wanted)?.and_then(|c| c.into_iter().next()) {
        return Ok(leaf);
    }
    for request in store.requests()?.into_iter().rev() {
        if request.thumbprint.as_deref() == Some(wanted)
            && let Some(leaf) = store
                .request_chain(&request.id)?
                .and_then(|c| c.into_iter().next())
        {
            return Ok(leaf);
        }
    }
    Err(Error::ThumbprintNotFound {
        thumbprint: wanted.to_string(),
    })
}

/// The command that makes the same request again (to the same CA).
pub fn request_command(request: &Request) -> String {
    let mut command = format!("wizard request --fqdn {}", shell_quote(&request.fqdn));
    for san in request.names.iter().skip(1) {
        command.push_str(&format!(" --san {}", shell_quote(san)));
    }
    command.push_str(&format!(" --key {}", request.key.name()));
    let usages: Vec<&str> = request.usages.iter().map(|u| u.name()).collect();
    command.push_str(&format!(" --usage {}", usages.join(",")));
    match (request.ca.as_str(), &request.ca_url) {
        ("acme", Some(url)) => {
            command.push_str(&format!(" --ca acme --acme-directory {}", shell_quote(url)))
        }
        ("cfssl", Some(url)) => {
            command.push_str(&format!(" --ca cfssl --cfssl-url {}", shell_quote(url)))
        }
        ("offline", _) => command.push_str(" --offline <CSR_FILE>"),
        _ => {}
    }
    command
}

#[cfg(test)]
mod tests {
    use super::Commands;

    #[test]
    fn set_lang_replaces_the_lang_or_adds_one() {
        let mut commands =
            Commands::new(Some(std::path::Path::new("/s"))).with_context(None, Some("de"));
        commands.set_lang("es");
        assert_eq!(
            commands.command("help x"),
            "docwiz --store /s --lang es help x"
        );
        let mut commands = Commands::new(Some(std::path::Path::new("/a --lang b")));
        commands.set_lang("fr");
        assert_eq!(
            commands.command("help x"),
            "docwiz --store '/a --lang b' --lang fr help x"
        );
    }
}
