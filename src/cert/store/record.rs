//! A request's record, `requests/<id>/request.json`: what was asked, of which
//! CA, and how it stands (pending, issued or failed, with the reason). The
//! store reads and writes it; the steps that make and answer requests
//! (`cert::request`) fill it in. It lives here, in the store's layer, so that
//! the store never depends on those steps.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Store;
use crate::cert::{KeyType, Usage};
use crate::error::{Error, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Pending,
    Issued,
    Failed,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Issued => "issued",
            State::Failed => "failed",
        }
    }
}

/// `requests/<id>/request.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    pub id: String,
    /// RFC 3339 with nanoseconds: the order of requests.
    pub created: String,
    pub fqdn: String,
    /// The FQDN, then each subject alternative name.
    pub names: Vec<String>,
    pub key: KeyType,
    pub usages: Vec<Usage>,
    pub ca: String,
    /// The ACME directory or cfssl URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_url: Option<String>,
    pub state: State,
    #[serde(default)]
    pub thumbprint: Option<String>,
    /// The check box "Assign this certificate to … certificate usages".
    #[serde(default = "checked")]
    pub assign_checked: bool,
    #[serde(default)]
    pub finished: bool,
    /// Why the request failed: a code ([`Request::reason_message`] renders it),
    /// never a sentence, so that each reader sees it in their language.
    #[serde(default)]
    pub reason: Option<String>,
    /// The code's arguments (a CA's own words, a file name).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reason_args: BTreeMap<String, String>,
    /// The CA's options besides its address, so that a renewal asks the CA
    /// as the request did. Records written before renewal existed lack it:
    /// the defaults are what those requests could only have used.
    #[serde(default, skip_serializing_if = "CaOptions::is_default")]
    pub ca_options: CaOptions,
    /// The certificate this request renews (`wizard renew`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renews: Option<String>,
}

/// What a request's CA was told besides its name and address, as the record
/// keeps it (plain data: the store knows no CA).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaOptions {
    /// The local CA: the certificate's lifetime in days (397 when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_days: Option<u32>,
    /// ACME: the PEM CA bundle the server's HTTPS certificate chains to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_bundle: Option<std::path::PathBuf>,
    /// ACME: the account's contact address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// ACME: the port and address http-01 challenges are answered on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_port: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_address: Option<std::net::IpAddr>,
    /// cfssl: the signing profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
}

impl CaOptions {
    fn is_default(&self) -> bool {
        *self == CaOptions::default()
    }
}

/// Why something failed, as the store keeps it: a code and its arguments,
/// rendered in each reader's language ([`Reason::message`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub code: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

impl Reason {
    /// The code and arguments of `error`.
    pub fn of(error: &Error) -> Reason {
        if let Error::CaRefused {
            ca,
            problem,
            detail,
        } = error
        {
            let mut args: BTreeMap<String, String> = problem
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            args.insert("ca".into(), ca.clone());
            args.insert("detail".into(), detail.clone());
            return Reason {
                code: "ca-refused".into(),
                args,
            };
        }
        let (code, args): (&str, Vec<(&str, &str)>) = match error {
            Error::Write { path, reason } => {
                ("store-write", vec![("path", path), ("reason", reason)])
            }
            Error::Read { path, reason } => {
                ("store-read", vec![("path", path), ("reason", reason)])
            }
            Error::Crypto { detail } => ("crypto", vec![("detail", detail)]),
            Error::InvalidName { name } => ("invalid-name", vec![("name", name)]),
            Error::CaUnsafe { .. } => ("ca-unsafe", Vec::new()),
            Error::RenewUntrusted { status } => ("untrusted-chain", vec![("status", status)]),
            Error::NotRenewable { thumbprint, .. } => {
                ("not-renewable", vec![("thumbprint", thumbprint)])
            }
            other => ("other", vec![("code", other.message().id)]),
        };
        Reason {
            code: code.to_string(),
            args: args
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    /// The reason as a message. What is not a code docwiz knows (a sentence
    /// stored by an older version) is shown as it is. A reason that names a
    /// command to run has it as `$check` (`docwiz wizard check`): a page
    /// [`Message::set`]s it spelt with its `--store` and `--lang`.
    pub fn message(&self) -> Message {
        self.message_of_code().arg("check", "docwiz wizard check")
    }

    fn message_of_code(&self) -> Message {
        let arg = |name: &str| self.args.get(name).cloned().unwrap_or_default();
        // The CA's problem in the reader's words; its client's English
        // (`detail`) stays in the record and `--json`.
        if self.code == "ca-refused" {
            return Message::new("request-reason-ca-refused")
                .arg("ca", arg("ca"))
                .arg(
                    "detail",
                    crate::cert::ca::problem::CaProblem::from_args(&self.args).message(),
                );
        }
        match REASONS.iter().find(|(c, _)| *c == self.code) {
            Some((_, id)) => REASON_ARGS.iter().fold(Message::new(id), |m, name| {
                if *name == "reason" {
                    m.arg(name, crate::error::os_reason(&arg(name)))
                } else {
                    m.arg(name, arg(name))
                }
            }),
            None if self.code == "other" => {
                Message::new("request-reason-other").arg("code", arg("code"))
            }
            // Not a code of docwiz's: a hand-edited record, or an English
            // sentence stored by a version before codes. It is shown as data
            // in a sentence of the reader's language, never as if it were
            // docwiz's own words, and `wizard check` reports it.
            None => Message::new("request-reason-unknown").arg("code", self.code.as_str()),
        }
    }
}

fn checked() -> bool {
    true
}

/// Reason codes and the `ui.ftl` messages that render them.
const REASONS: [(&str, &str); 9] = [
    ("interrupted", "request-reason-interrupted"),
    // Not error-ca-refused: its advice ("its status page shows it as
    // failed") is for the moment of failure, not for that status page.
    ("ca-refused", "request-reason-ca-refused"),
    ("store-write", "error-write"),
    ("store-read", "error-read"),
    ("crypto", "error-crypto"),
    ("invalid-name", "error-invalid-name"),
    ("ca-unsafe", "request-reason-ca-unsafe"),
    ("untrusted-chain", "renew-reason-untrusted"),
    ("not-renewable", "renew-reason-not-renewable"),
];

impl Request {
    /// Waiting for an online CA's answer, which only a command holding the
    /// store's lock can be doing; offline requests wait for the administrator.
    pub fn is_interrupted(&self) -> bool {
        self.state == State::Pending && self.ca != "offline"
    }

    pub fn fail_interrupted(&mut self) {
        self.state = State::Failed;
        self.reason = Some("interrupted".to_string());
        self.reason_args.clear();
    }

    /// Records `error` as the reason the request failed.
    pub fn fail_with(&mut self, error: &Error) {
        let reason = Reason::of(error);
        self.state = State::Failed;
        self.reason = Some(reason.code);
        self.reason_args = reason.args;
    }

    /// The reason as a message ([`Reason::message`]).
    pub fn reason_message(&self) -> Option<Message> {
        let code = self.reason.clone()?;
        Some(
            Reason {
                code,
                args: self.reason_args.clone(),
            }
            .message(),
        )
    }
}

/// Whether `code` is a reason code docwiz writes.
pub fn is_known_reason(code: &str) -> bool {
    code == "other" || REASONS.iter().any(|(c, _)| *c == code)
}

/// Every argument a reason message may use.
const REASON_ARGS: [&str; 8] = [
    "ca",
    "detail",
    "path",
    "reason",
    "name",
    "code",
    "status",
    "thumbprint",
];

/// Run under the lock before a command changes the store: a request still
/// pending for an online CA was interrupted (the lock is held from the request
/// to its answer), so it is recorded as failed with the reason "interrupted";
/// one whose answer was stored (`chain.pem`) is recorded as issued.
pub fn recover(store: &Store) -> Result<(), Error> {
    for id in store.list("requests")? {
        let Ok(mut request) = store.request(&id) else {
            continue;
        };
        let Some(Ok(on_disk)) = store
            .read(&format!("requests/{id}/request.json"))?
            .map(|b| serde_json::from_slice::<Request>(&b))
        else {
            continue;
        };
        if request.is_interrupted() {
            request.fail_interrupted();
        }
        // Best effort: reads derive the same state while this cannot be written.
        if request.state != on_disk.state {
            let _ = store.save_request(&request);
        }
    }
    Ok(())
}
