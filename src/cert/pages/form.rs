//! What the wizard's pages check before they call the library, shared by the
//! terminal wizard (`src/tui/pages/`) and the browser's (`src/serve/wizard/`)
//! so that both refuse exactly what `docwiz wizard request`, `import` and
//! `trust` refuse, with the same words, field by field.
//!
//! Every check is the library's own underneath: names through
//! [`names::dns_name`], the CSR file through [`offline::check_offline_target`],
//! the ACME CA bundle as [`crate::cert::request::request`] reads it.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use crate::cert::ca::CaChoice;
use crate::cert::ca::acme::AcmeOptions;
use crate::cert::ca::cfssl::CfsslOptions;
use crate::cert::ca::offline;
use crate::cert::request::NewRequest;
use crate::cert::store::{Store, TrustKind};
use crate::cert::x509::certificate::CertInfo;
use crate::cert::x509::{names, trust};
use crate::cert::{KeyType, Usage, now};
use crate::error::{Arg, Error, Message};

/// The CAs in the order the pages list them (`--ca` spells them so).
pub const CAS: [&str; 3] = ["local", "acme", "cfssl"];
/// `--acme-http-port` by default.
pub const DEFAULT_HTTP_PORT: u16 = 80;
/// `--acme-http-address` by default.
pub const DEFAULT_HTTP_ADDRESS: &str = "127.0.0.1";

/// The parts of a request form, in the order the steps ask for them (the
/// Skype for Business Server request wizard's pages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Delayed or Immediate Requests (and the CSR file of a delayed one).
    Timing,
    /// Choose a Certification Authority, with the CA's own settings.
    Ca,
    /// Name and Security Settings: the FQDN (and the key type).
    Basics,
    /// Subject Alternative Names.
    Sans,
    /// The usages the certificate is for.
    Usages,
}

/// A request form's fields as typed (text kept as typed, so that a page
/// shown again after an error shows it unchanged).
#[derive(Debug, Clone)]
pub struct RequestFields {
    /// Delayed request: the CSR is written to `offline_file`.
    pub offline: bool,
    pub offline_file: String,
    /// One of [`CAS`].
    pub ca: &'static str,
    pub acme_directory: String,
    pub acme_bundle: String,
    pub acme_contact: String,
    pub acme_port: String,
    pub acme_address: String,
    pub cfssl_url: String,
    pub cfssl_profile: String,
    pub fqdn: String,
    /// The SANs as typed, see [`split_names`].
    pub sans: String,
    pub key: KeyType,
    pub usages: Vec<Usage>,
}

impl Default for RequestFields {
    fn default() -> RequestFields {
        RequestFields {
            offline: false,
            offline_file: String::new(),
            ca: CAS[0],
            acme_directory: String::new(),
            acme_bundle: String::new(),
            acme_contact: String::new(),
            acme_port: DEFAULT_HTTP_PORT.to_string(),
            acme_address: DEFAULT_HTTP_ADDRESS.to_string(),
            cfssl_url: String::new(),
            cfssl_profile: String::new(),
            fqdn: String::new(),
            sans: String::new(),
            key: KeyType::Rsa2048,
            usages: Usage::ALL.to_vec(),
        }
    }
}

/// `text` trimmed, `None` when nothing is left.
fn optional(text: &str) -> Option<String> {
    Some(text.trim().to_string()).filter(|v| !v.is_empty())
}

impl RequestFields {
    /// The FQDN as typed, without surrounding blanks.
    pub fn fqdn(&self) -> &str {
        self.fqdn.trim()
    }

    /// The SANs typed, one name each.
    pub fn san_list(&self) -> Vec<String> {
        split_names(&self.sans)
    }

    /// The errors of one part's fields, field by field (the field's id
    /// first), in the order the page shows them. With `strict` (the user
    /// asked to go on) an empty required field is one too; before that only
    /// what was typed is judged. `bundle` checks the ACME CA bundle file
    /// (the terminal wizard reads it once, on Next; see [`bundle_error`]).
    pub fn errors(
        &self,
        part: Part,
        store: &Store,
        strict: bool,
        bundle: &dyn Fn(&str) -> Option<Message>,
    ) -> Vec<(&'static str, Message)> {
        let mut out = Vec::new();
        match part {
            Part::Timing if self.offline => {
                let file = self.offline_file.as_str();
                if file.is_empty() {
                    if strict {
                        out.push(("offline-file", Message::new("tui-request-offline-empty")));
                    }
                } else if let Err(e) = offline::check_offline_target(store, Path::new(file)) {
                    out.push(("offline-file", e.message()));
                }
            }
            Part::Ca if !self.offline && self.ca == "acme" => {
                // The ACME client (instant-acme over hyper-rustls) speaks
                // HTTPS only: an http:// directory fails every request, after
                // its key and record were written. A test CA (pebble) is
                // reached over HTTPS with its CA bundle.
                if let Some(m) = url_error(
                    &self.acme_directory,
                    &["https://"],
                    "tui-request-url-acme-https",
                    strict,
                ) {
                    out.push(("acme-directory", m));
                }
                if let Some(m) = optional(&self.acme_bundle).and_then(|file| bundle(&file)) {
                    out.push(("acme-bundle", m));
                }
                if let Some(contact) = optional(&self.acme_contact)
                    && !contact_ok(&contact)
                {
                    out.push(("acme-contact", Message::new("tui-request-contact-invalid")));
                }
                if !self.acme_port.trim().parse::<u16>().is_ok_and(|p| p > 0) {
                    out.push(("acme-port", Message::new("tui-request-port-invalid")));
                }
                if self.acme_address.trim().parse::<IpAddr>().is_err() {
                    out.push(("acme-address", Message::new("tui-request-address-invalid")));
                }
            }
            Part::Ca if !self.offline && self.ca == "cfssl" => {
                if let Some(m) = url_error(
                    &self.cfssl_url,
                    &["http://"],
                    "tui-request-url-cfssl",
                    strict,
                ) {
                    out.push(("cfssl-url", m));
                }
            }
            Part::Basics => {
                let fqdn = self.fqdn();
                if fqdn.is_empty() {
                    if strict {
                        out.push(("fqdn", Message::new("tui-request-fqdn-empty")));
                    }
                } else if let Err(e) = names::dns_name(fqdn, false) {
                    out.push(("fqdn", name_error(&e)));
                }
            }
            Part::Sans => {
                for san in self.san_list() {
                    if let Err(e) = names::dns_name(&san, true) {
                        out.push(("sans", name_error(&e)));
                    }
                }
            }
            Part::Usages if self.usages.is_empty() => {
                out.push((
                    Usage::Default.name(),
                    Message::new("tui-request-usage-none"),
                ));
            }
            _ => {}
        }
        out
    }

    /// Every part's errors, in the order of the parts.
    pub fn all_errors(&self, store: &Store) -> Vec<(&'static str, Message)> {
        [
            Part::Timing,
            Part::Ca,
            Part::Basics,
            Part::Sans,
            Part::Usages,
        ]
        .into_iter()
        .flat_map(|part| self.errors(part, store, true, &bundle_error))
        .collect()
    }

    /// The request these fields make, for [`crate::cert::request::request`].
    pub fn new_request(&self) -> NewRequest {
        let ca = if self.offline {
            CaChoice::Offline(PathBuf::from(&self.offline_file))
        } else {
            match self.ca {
                "acme" => CaChoice::Acme(AcmeOptions {
                    directory: self.acme_directory.trim().to_string(),
                    ca_bundle: optional(&self.acme_bundle).map(PathBuf::from),
                    contact: optional(&self.acme_contact),
                    http_port: self.acme_port.trim().parse().unwrap_or(DEFAULT_HTTP_PORT),
                    http_address: self
                        .acme_address
                        .trim()
                        .parse()
                        .unwrap_or(IpAddr::from([127, 0, 0, 1])),
                }),
                "cfssl" => CaChoice::Cfssl(CfsslOptions {
                    url: self.cfssl_url.trim().to_string(),
                    profile: optional(&self.cfssl_profile),
                }),
                _ => CaChoice::Local(Default::default()),
            }
        };
        NewRequest {
            fqdn: self.fqdn().to_string(),
            sans: self.san_list(),
            key: self.key,
            usages: self.usages.clone(),
            ca,
        }
    }
}

/// An ACME contact as the CA takes it: `user@host.domain`, no blanks.
pub fn contact_ok(contact: &str) -> bool {
    contact
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
        && !contact.chars().any(char::is_whitespace)
}

/// The names typed in a SAN field: separated by commas (also the
/// full-width and ideographic commas CJK input methods type), semicolons or
/// spaces; a DNS name holds none of them.
pub fn split_names(text: &str) -> Vec<String> {
    text.split(|c: char| matches!(c, ',' | ';' | '，' | '、' | '；') || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A refused name in words. The library's reason for a wildcard FQDN names
/// the command line's `--san`; on a page it points at the SAN field instead.
pub fn name_error(error: &Error) -> Message {
    if let Error::InvalidNameWhy { name, reason } = error
        && reason
            .args
            .iter()
            .any(|(k, v)| *k == "reason" && matches!(v, Arg::Str(s) if s == "wildcard-fqdn"))
    {
        return Message::new("tui-request-wildcard-fqdn").arg("name", name.as_str());
    }
    error.message()
}

/// A URL field: required, with one of `schemes` (what the CA client can
/// reach: cfssl's is plain HTTP only); `wrong` says which.
pub fn url_error(
    value: &str,
    schemes: &[&str],
    wrong: &'static str,
    strict: bool,
) -> Option<Message> {
    let value = value.trim();
    if value.is_empty() {
        return strict.then(|| Message::new("tui-request-url-empty"));
    }
    if schemes
        .iter()
        .any(|s| value.len() > s.len() && value[..s.len()].eq_ignore_ascii_case(s))
    {
        return None;
    }
    Some(Message::new(wrong))
}

/// The ACME CA bundle as [`crate::cert::request::request`] checks it: a readable file of
/// certificates.
pub fn bundle_error(path: &str) -> Option<Message> {
    let path = Path::new(path);
    crate::cert::input::read(path)
        .and_then(|bytes| {
            crate::cert::x509::response::certificates(&path.display().to_string(), &bytes)
        })
        .err()
        .map(|e| e.message())
}

/// A path as typed in a field: surrounding blanks dropped, and `~/` as the
/// home directory, since no shell expands it there.
pub fn typed_path(text: &str) -> PathBuf {
    let text = text.trim();
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(text),
    }
}

/// The import refusals whose command-line wording names an option
/// (`--password-file`, `--key`): said in terms of the page's fields.
pub fn import_field_reason(error: &Error) -> Option<Message> {
    let (Error::Input { reason, .. } | Error::Policy { reason, .. }) = error else {
        return None;
    };
    let id = match reason.id {
        "pkcs12-wrong-password" => "tui-import-wrong-password",
        "pkcs12-needs-password" => "tui-import-needs-password",
        "key-encrypted-needs-password" => "tui-import-key-needs-password",
        "key-wrong-password" => "tui-import-key-wrong-password",
        "import-certificate-without-key" => "tui-import-needs-key",
        _ => return None,
    };
    Some(Message::new(id))
}

/// The field an import refusal concerns (`file`, `key`, `password`,
/// `key-password`), for a page that shows it next to that field.
pub fn import_field(error: &Error) -> &'static str {
    let (Error::Input { reason, .. } | Error::Policy { reason, .. }) = error else {
        return "file";
    };
    match reason.id {
        "pkcs12-wrong-password" | "pkcs12-needs-password" => "password",
        "key-encrypted-needs-password" | "key-wrong-password" => "key-password",
        "import-certificate-without-key" => "key",
        _ => "file",
    }
}

/// A certificate offered to a trust store it does not belong in, with the id
/// of the message that says why.
pub type Skipped = (CertInfo, &'static str);

/// The certificates of a file offered to the trust store of `kind`, sorted
/// as `docwiz trust` sorts them: those that belong there, and the others
/// with the id of the message that says why (see [`trust::skip_reason`]).
///
/// # Errors
/// What [`trust::read_offered`] refuses; when none belongs in the store, the
/// refusal of [`trust::check_kind`] naming the first that does not.
pub fn offered_for(file: &Path, kind: TrustKind) -> Result<(Vec<CertInfo>, Vec<Skipped>), Error> {
    let offered = trust::read_offered(file)?;
    let mut certs = Vec::new();
    let mut skipped = Vec::new();
    for cert in offered.iter().cloned() {
        match trust::skip_reason(&cert, kind) {
            None => certs.push(cert),
            Some(reason) => skipped.push((cert, reason)),
        }
    }
    if certs.is_empty() {
        return Err(trust::check_kind(file, &offered, kind).err().unwrap_or(
            Error::NotCertificate {
                path: file.display().to_string(),
            },
        ));
    }
    Ok((certs, skipped))
}

/// The validity and policy warnings of a CA certificate about to be
/// trusted, as `docwiz trust import-root` prints them (policy warnings for
/// roots only).
pub fn trust_warnings(cert: &CertInfo, kind: TrustKind) -> Vec<Message> {
    let mut out: Vec<Message> = trust::validity_warning(cert, now()).into_iter().collect();
    if kind == TrustKind::Root {
        out.extend(trust::policy_warnings(cert));
    }
    out
}

/// What a request is doing while it runs, by CA.
pub fn progress_message(ca: &CaChoice) -> Message {
    match ca {
        CaChoice::Local(_) => Message::new("tui-request-progress-local"),
        CaChoice::Acme(acme) => Message::new("tui-request-progress-acme")
            .arg("url", acme.directory.as_str())
            .arg("address", acme.http_address.to_string())
            .arg("port", usize::from(acme.http_port)),
        CaChoice::Cfssl(cfssl) => {
            Message::new("tui-request-progress-cfssl").arg("url", cfssl.url.as_str())
        }
        CaChoice::Offline(file) => {
            Message::new("tui-request-progress-offline").arg("file", file.display().to_string())
        }
    }
}

/// The request a failed [`crate::cert::request::request`] left behind: a CA's refusal is
/// recorded as a failed request with its reason (as `wizard request` does),
/// which the pages show on its status page. `before` lists the requests
/// there were before; `fqdn` is the request's name as the store spells it.
pub fn request_left(store: &Store, before: &[String], fqdn: &str) -> Option<String> {
    store
        .list("requests")
        .unwrap_or_default()
        .into_iter()
        .filter(|id| !before.contains(id))
        .find(|id| store.request(id).is_ok_and(|r| r.fqdn == fqdn))
}

/// The request's summary before it is sent: each fact's label and value in
/// `l10n`'s language, as the summary step lists them.
pub fn summary_facts(
    l10n: &crate::localization::Localizer,
    fields: &RequestFields,
) -> Vec<(String, String)> {
    let say = |m: Message| l10n.text(&m);
    let text = |id: &'static str| l10n.text(&Message::new(id));
    let new = fields.new_request();
    let mut out = Vec::new();
    let timing = if fields.offline {
        "tui-request-send-later"
    } else {
        "tui-request-send-now"
    };
    out.push((text("tui-request-fact-timing"), text(timing)));
    let with_url = |ca: &str, url: &str| {
        say(Message::new("tui-request-ca-with-url")
            .arg("ca", ca)
            .arg("url", url))
    };
    match &new.ca {
        CaChoice::Offline(file) => {
            let shown = std::path::absolute(file).unwrap_or_else(|_| file.clone());
            out.push((text("tui-request-fact-csr"), shown.display().to_string()));
        }
        CaChoice::Local(_) => out.push((text("tui-request-fact-ca"), text("tui-request-ca-local"))),
        CaChoice::Acme(acme) => {
            out.push((
                text("tui-request-fact-ca"),
                with_url("ACME", &acme.directory),
            ));
            if let Some(bundle) = &acme.ca_bundle {
                out.push((
                    text("tui-request-fact-bundle"),
                    bundle.display().to_string(),
                ));
            }
            if let Some(contact) = &acme.contact {
                out.push((text("tui-request-fact-contact"), contact.clone()));
            }
            out.push((
                text("tui-request-fact-http"),
                say(Message::new("tui-request-http-value")
                    .arg("address", acme.http_address.to_string())
                    .arg("port", usize::from(acme.http_port))),
            ));
        }
        CaChoice::Cfssl(cfssl) => {
            out.push((text("tui-request-fact-ca"), with_url("cfssl", &cfssl.url)));
            if let Some(profile) = &cfssl.profile {
                out.push((text("tui-request-fact-profile"), profile.clone()));
            }
        }
    }
    let names = names::subject_names(&new.fqdn, &new.sans).unwrap_or_default();
    if let Some(fqdn) = names.first() {
        out.push((text("tui-request-fact-fqdn"), names::shown(fqdn)));
    }
    out.push((
        text("status-sans"),
        // Enumerated as the request's page enumerates its names.
        crate::cldr_format::enumeration(
            l10n.locale(),
            &names.iter().map(|n| names::shown(n)).collect::<Vec<_>>(),
        ),
    ));
    out.push((
        text("status-key"),
        say(Message::new("tui-request-key-option").arg("key", new.key.name())),
    ));
    out.push((
        text("status-usages"),
        crate::cert::pages::usage_list(l10n, &new.usages),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn san_lists_split_at_commas_spaces_and_cjk_commas() {
        assert_eq!(
            split_names(" a.example,b.example  c.example，d.example、e.example;;"),
            [
                "a.example",
                "b.example",
                "c.example",
                "d.example",
                "e.example"
            ]
        );
        assert!(split_names(" , ").is_empty());
    }

    #[test]
    fn urls_need_the_scheme_their_client_speaks() {
        let acme = ["https://"];
        assert!(url_error("https://ca.example/dir", &acme, "a", true).is_none());
        assert!(url_error("HTTPS://ca.example/dir", &acme, "a", true).is_none());
        assert!(url_error("http://ca.example/dir", &acme, "a", true).is_some());
        assert!(url_error("ftp://ca.example", &acme, "a", true).is_some());
        assert!(url_error("https://", &acme, "a", true).is_some());
        assert!(url_error("", &acme, "a", false).is_none());
        assert!(url_error("", &acme, "a", true).is_some());
        assert!(url_error("https://ca.example", &["http://"], "c", true).is_some());
    }

    #[test]
    fn a_bad_fqdn_is_refused_with_the_field_named() {
        let fields = RequestFields {
            fqdn: "bad_host..example".into(),
            ..Default::default()
        };
        let store = Store::new("/nonexistent/docwiz-store");
        let errors = fields.all_errors(&store);
        assert_eq!(errors.first().map(|e| e.0), Some("fqdn"));
    }
}
