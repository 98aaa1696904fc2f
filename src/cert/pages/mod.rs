//! What the wizard's pages show, built from the logic they present and shared
//! by the command line (`src/cmd/`), the terminal wizard (`src/tui/pages/`)
//! and the web wizard (`src/serve/wizard/`): the facts of a page
//! ([`status`], [`overview`]), their localized text (here: status, certificate
//! details, the results of finish, assign and trust import, and the lists),
//! the checks a
//! form makes before it calls the library ([`form`]), and the live state in
//! help topics ([`live`]).
//!
//! A new page gets its facts and text here, and its drawing in the two
//! front ends.

pub mod expiry;
pub mod form;
pub mod live;
pub mod overview;
pub mod status;

use crate::cert::pages::status::{ChainView, Status};
use crate::cert::store::Store;
use crate::cert::x509::certificate::CertInfo;
use crate::cert::x509::trust::{ChainStatus, MissingKind};
use crate::cert::{Usage, rfc3339};
use crate::error::{Arg, Diagnostic, Location, Message};
use crate::localization::Localizer;

/// Label and value rows, labels padded to one column.
struct Rows<'a> {
    l10n: &'a Localizer,
    rows: Vec<(String, String)>,
}

impl<'a> Rows<'a> {
    fn new(l10n: &'a Localizer) -> Rows<'a> {
        Rows {
            l10n,
            rows: Vec::new(),
        }
    }

    fn add(&mut self, label: &'static str, value: impl Into<String>) {
        self.rows
            .push((self.l10n.text(&Message::new(label)), value.into()));
    }

    fn render(&self) -> String {
        render_rows(&self.rows)
    }
}

/// Label and value rows as text, labels padded to one column.
fn render_rows(rows: &[(String, String)]) -> String {
    let width = rows
        .iter()
        .map(|(l, _)| textwrap::core::display_width(l))
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (label, value) in rows {
        let pad = width - textwrap::core::display_width(label);
        let mut lines = value.lines();
        out.push_str(&format!(
            "  {label}{}  {}\n",
            " ".repeat(pad),
            lines.next().unwrap_or("")
        ));
        for line in lines {
            out.push_str(&format!("  {}  {line}\n", " ".repeat(width)));
        }
    }
    out
}

fn text(l10n: &Localizer, id: &'static str) -> String {
    l10n.text(&Message::new(id))
}

fn title(out: &mut String, title: &str) {
    out.push_str(title);
    out.push('\n');
    out.push_str(&"=".repeat(textwrap::core::display_width(title)));
    out.push_str("\n\n");
}

pub fn usage_label(l10n: &Localizer, usage: Usage) -> String {
    l10n.text(&Message::new(usage.label_id()))
}

pub fn usage_list(l10n: &Localizer, usages: &[Usage]) -> String {
    let labels: Vec<String> = usages.iter().map(|u| usage_label(l10n, *u)).collect();
    word_list(l10n, &labels)
}

/// Words of the reader's language in a list, as CLDR's list patterns join
/// them ("A, B, and C"; "A、B和C" in Traditional Chinese). Names and
/// identifiers (DNS names) keep ", ".
pub fn word_list(l10n: &Localizer, items: &[String]) -> String {
    crate::cldr_format::and_list(l10n.locale(), items)
}

/// A label and its value on one line, with the locale's colon
/// (`label-value`: "Empreinte numérique : …" with a narrow no-break space
/// in French, "憑證指紋：…" in Chinese).
pub fn label_value(l10n: &Localizer, label: &str, value: &str) -> String {
    l10n.text(
        &Message::new("label-value")
            .arg("label", label)
            .arg("value", value),
    )
}

/// `command` with its placeholders (`<FQDN>`, `<FILE>`, `<KEY>`: what the
/// user types there) named as `--help` names them in the reader's language
/// ([`crate::placeholder::localize`]), as every page shows a suggested
/// command; the commands in `--json` keep the English names.
pub fn with_placeholders(l10n: &Localizer, command: &str) -> String {
    crate::placeholder::localize(command, |id| l10n.format(id, None).map(|f| f.text))
}

/// The line every wizard page ends with: its F1 keyword and the help
/// command, spelt with the store, content and language of this run.
pub fn f1_line(l10n: &Localizer, commands: &status::Commands, keyword: &str) -> String {
    l10n.text(
        &Message::new("wizard-f1-line")
            .arg("keyword", keyword)
            .arg("command", commands.command(&format!("help {keyword}"))),
    )
}

pub fn chain_label(l10n: &Localizer, status: ChainStatus) -> String {
    text(l10n, chain_message_id(status))
}

/// A certificate's line followed by its chain's verdict, with the chain
/// named: the verdicts agree with "chain" (feminine in French, Spanish and
/// Russian), and after a certificate alone they would read as said of it.
pub fn with_chain(l10n: &Localizer, certificate: String, chain: String) -> String {
    l10n.text(
        &Message::new("cert-chain-line")
            .arg("certificate", certificate)
            .arg("chain", chain),
    )
}

/// A certificate in one line, as every page names one: thumbprint, subject,
/// expiry date (`YYYY-MM-DD` of RFC 3339 `not_after`) and days left, or that
/// it expired (`live-cert-line`, `live-cert-expired`), or that its CA
/// revoked it (`live-cert-revoked`, `revoked`: when). `thumbprint` and
/// `subject` come as the page shows them (in a code span, escaped).
pub fn cert_line(
    thumbprint: impl Into<Arg>,
    subject: impl Into<Arg>,
    not_after: &str,
    days_left: i64,
    revoked: Option<&str>,
) -> Message {
    let date = Arg::date_of(not_after);
    let message = if let Some(revoked) = revoked {
        Message::new("live-cert-revoked").arg("revoked", Arg::date_of(revoked))
    } else if days_left < 0 {
        Message::new("live-cert-expired")
    } else {
        Message::new("live-cert-line").arg("days", Arg::Num(days_left))
    };
    message
        .arg("thumbprint", thumbprint)
        .arg("subject", subject)
        .arg("date", date)
}

/// A certificate in one line with its chain's verdict (`cert-chain-line`),
/// the chain named so that the verdict agrees with it.
pub fn cert_with_chain(leaf: &CertInfo, chain: ChainStatus) -> Message {
    let days = (leaf.not_after - crate::cert::now()).whole_days();
    Message::new("cert-chain-line")
        .arg(
            "certificate",
            cert_line(
                leaf.thumbprint.as_str(),
                leaf.subject.as_str(),
                &rfc3339(leaf.not_after),
                days,
                None,
            ),
        )
        .arg("chain", Message::new(chain_message_id(chain)))
}

/// Who holds a usage now, as the Assign page says it beside the usage's
/// box: nobody, the certificate chosen on the page, or another one
/// (thumbprint and its subject, found by `subject`).
pub fn usage_holder(
    holder: Option<&str>,
    chosen: Option<&str>,
    subject: &dyn Fn(&str) -> Option<String>,
) -> Message {
    match holder {
        None => Message::new("tui-assign-holder-none"),
        Some(t) if Some(t) == chosen => Message::new("tui-assign-holder-this"),
        Some(t) => Message::new("tui-assign-holder")
            .arg("thumbprint", t)
            .arg("subject", subject(t).unwrap_or_default()),
    }
}

/// The message that names a chain's verdict.
pub fn chain_message_id(status: ChainStatus) -> &'static str {
    match status {
        ChainStatus::Trusted => "chain-trusted",
        ChainStatus::UntrustedRoot => "chain-untrusted-root",
        ChainStatus::MissingIntermediate => "chain-missing-intermediate",
        ChainStatus::Expired => "chain-expired",
        ChainStatus::NotYetValid => "chain-not-yet-valid",
        ChainStatus::Invalid => "chain-invalid",
    }
}

/// The texts of the pages that are warnings when they are a row's value or
/// a line of their own: a chain that is not trusted, a failed request,
/// assigning not available. `render::printed::layout` highlights them (with
/// the `! ` lines: reasons and missing CA certificates).
pub fn warnings(l10n: &Localizer) -> Vec<(String, crate::render::printed::Emphasis)> {
    use crate::render::printed::Emphasis;
    let mut out: Vec<(String, Emphasis)> = [
        ChainStatus::UntrustedRoot,
        ChainStatus::MissingIntermediate,
        ChainStatus::Expired,
        ChainStatus::NotYetValid,
        ChainStatus::Invalid,
    ]
    .into_iter()
    .map(|status| (chain_label(l10n, status), Emphasis::Warning))
    .collect();
    // The unknown issuer's verdict starts with the same word as the missing
    // intermediate's: the part before the issuer's name is highlighted.
    let unknown = l10n.text(&Message::new("chain-unknown-issuer").arg("subject", "\u{E000}"));
    if let Some(head) = unknown
        .split('\u{E000}')
        .next()
        .filter(|h| !h.trim().is_empty())
    {
        out.push((head.trim_end().to_string(), Emphasis::Warning));
    }
    out.push((text(l10n, "state-failed"), Emphasis::Failure));
    out.push((text(l10n, "status-assign-unavailable"), Emphasis::Warning));
    // A failed request's explanation, a line of its own: the whole line.
    if let Some(head) = head_of(l10n, Message::new("status-failed-reason"), "reason") {
        out.push((head, Emphasis::Failure));
    }
    out.push((text(l10n, "store-problems-title"), Emphasis::Warning));
    // A certificate due for renewal, and a renewal that failed: their lines.
    let due = Message::new("renew-due-note").arg("command", "");
    if let Some(head) = head_of(l10n, due, "date") {
        out.push((head, Emphasis::Warning));
    }
    if let Some(head) = head_of(
        l10n,
        Message::new("renew-failed-note").arg("reason", ""),
        "date",
    ) {
        out.push((head, Emphasis::Failure));
    }
    out
}

/// The text of `message` before its argument `arg`, when there is any: what
/// every rendering of the message starts with.
fn head_of(l10n: &Localizer, message: Message, arg: &'static str) -> Option<String> {
    let full = l10n.text(&message.arg(arg, "\u{E000}"));
    full.split('\u{E000}')
        .next()
        .map(|h| h.trim_end().to_string())
        .filter(|h| !h.is_empty())
}

/// The warnings of the main wizard page (markdown rendered for the
/// terminal), from the same texts as [`warnings`]: an untrusted chain after
/// its certificate, a failed request after its id, a missing CA certificate
/// with its command, and the store's problems.
pub fn main_highlights(l10n: &Localizer) -> Vec<crate::render::term::Highlight> {
    use crate::render::printed::Emphasis;
    use crate::render::term::{Highlight, Reach};
    let state_failed = text(l10n, "state-failed");
    let mut out: Vec<Highlight> = warnings(l10n)
        .into_iter()
        .filter(|(t, _)| *t != state_failed)
        .map(|(text, emphasis)| Highlight {
            text,
            emphasis,
            reach: Reach::Phrase,
        })
        .collect();
    out.push(Highlight {
        text: state_failed,
        emphasis: Emphasis::Failure,
        reach: Reach::Ending,
    });
    for id in ["missing-root", "missing-intermediate", "missing-unknown"] {
        // Every argument given: a message missing one is not formatted.
        let message = Message::new(id).arg("thumbprint", "");
        if let Some(head) = head_of(l10n, message, "subject") {
            out.push(Highlight {
                text: head,
                emphasis: Emphasis::Warning,
                reach: Reach::Rest,
            });
        }
    }
    out
}

/// The chain's verdict as [`chain_label`] says it, except when an issuer is
/// not known at all: then the summary names it (and where the certificate
/// below says it is published), as the detail lines do, rather than blaming a
/// root or an intermediate store.
pub fn chain_summary(l10n: &Localizer, chain: &ChainView) -> String {
    match chain
        .missing
        .iter()
        .find(|m| m.kind == MissingKind::Unknown)
    {
        Some(m) if chain.status == ChainStatus::MissingIntermediate => {
            let message = match &m.url {
                Some(url) => Message::new("chain-unknown-issuer-url").arg("url", url.as_str()),
                None => Message::new("chain-unknown-issuer"),
            };
            l10n.text(&message.arg("subject", m.subject.as_str()))
        }
        _ => chain_label(l10n, chain.status),
    }
}

/// An extended key usage as Windows names it in the reader's language
/// (Microsoft's localized certificate dialog: "Server Authentication",
/// "Serverauthentifizierung"); one without a name there stays its OID.
fn eku_label(l10n: &Localizer, name: &str) -> String {
    let id = match name {
        "serverAuth" => "eku-server-auth",
        "clientAuth" => "eku-client-auth",
        "anyExtendedKeyUsage" => "eku-any",
        "codeSigning" => "eku-code-signing",
        "emailProtection" => "eku-email-protection",
        "timeStamping" => "eku-time-stamping",
        "OCSPSigning" => "eku-ocsp-signing",
        other => return other.to_string(),
    };
    text(l10n, id)
}

/// The Online Certificate Request Status page.
/// The status page's facts as (label, value) rows, in the reader's language:
/// what the printed page and the terminal wizard show.
pub fn status_facts(l10n: &Localizer, s: &Status) -> Vec<(String, String)> {
    let none = text(l10n, "value-none");
    let mut rows = Rows::new(l10n);
    rows.add("status-request", s.request.clone());
    rows.add(
        "status-state",
        text(
            l10n,
            match s.state {
                crate::cert::store::record::State::Pending => "state-pending",
                crate::cert::store::record::State::Issued => "state-issued",
                crate::cert::store::record::State::Failed => "state-failed",
            },
        ),
    );
    if let Some(t) = &s.thumbprint {
        rows.add("status-thumbprint", t.clone());
    }
    let or_none = |v: &Option<String>| v.clone().unwrap_or_else(|| none.clone());
    if s.thumbprint.is_some() {
        rows.add("status-subject", or_none(&s.subject));
        rows.add("status-issuer", or_none(&s.issuer));
        rows.add("status-serial", or_none(&s.serial));
        // The reader's date and time, as `wizard details` writes them;
        // only --json keeps RFC 3339.
        let moment = |v: &Option<String>| match v
            .as_deref()
            .map(|t| time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339))
        {
            Some(Ok(t)) => crate::cldr_format::date_time(l10n.locale(), t),
            _ => or_none(v),
        };
        rows.add("status-valid-from", moment(&s.not_before));
        // Days left always, not only once renewal is due.
        let valid_to = match (&s.not_after, &s.expiry) {
            (Some(_), Some(e)) => l10n.text(
                &Message::new("value-with-note")
                    .arg("value", moment(&s.not_after))
                    .arg(
                        "note",
                        if e.days_left < 0 {
                            Message::new("list-expired")
                        } else {
                            Message::new("list-days-left").arg("days", Arg::Num(e.days_left))
                        },
                    ),
            ),
            _ => moment(&s.not_after),
        };
        rows.add("status-valid-to", valid_to);
    }
    let sans: Vec<String> = s
        .sans
        .iter()
        .map(|n| crate::cert::x509::names::shown(n))
        .collect();
    rows.add(
        "status-sans",
        crate::cldr_format::enumeration(l10n.locale(), &sans),
    );
    rows.add("status-key", s.key.clone());
    if s.thumbprint.is_some() {
        let eku: Vec<String> = s.eku.iter().map(|e| eku_label(l10n, e)).collect();
        rows.add(
            "status-eku",
            if eku.is_empty() {
                none.clone()
            } else {
                word_list(l10n, &eku)
            },
        );
        rows.add("status-chain", chain_summary(l10n, &s.chain));
    }
    rows.add("status-usages", usage_list(l10n, &s.usages));
    let assigned: Vec<String> = s
        .assigned
        .iter()
        .map(|(u, t)| label_value(l10n, &usage_label(l10n, *u), t))
        .collect();
    rows.add(
        "status-assigned",
        if assigned.is_empty() {
            text(l10n, "status-assigned-none")
        } else {
            assigned.join("\n")
        },
    );
    rows.rows
}

pub fn status_page(l10n: &Localizer, s: &Status) -> String {
    let mut out = String::new();
    title(&mut out, &text(l10n, "status-title"));
    out.push_str(&render_rows(&status_facts(l10n, s)));
    out.push('\n');

    if let Some(reason) = &s.reason_message {
        out.push_str(
            &l10n.text(&Message::new("status-failed-reason").arg("reason", reason.clone())),
        );
        out.push_str("\n\n");
    }
    for note in s.expiry.iter().flat_map(|e| e.notes(&|c| c.to_string())) {
        out.push_str(&l10n.text(&note));
        out.push_str("\n\n");
    }
    out.push_str(&chain_lines(l10n, &s.chain));
    for p in &s.usage_problems {
        out.push_str(&format!("  ! {}\n", l10n.text(&p.message())));
    }
    if !s.usage_problems.is_empty() {
        out.push('\n');
    }
    let mark = if s.assign_checked { "[x]" } else { "[ ]" };
    out.push_str(&format!("{mark} {}\n", text(l10n, "status-checkbox")));
    if s.state == crate::cert::store::record::State::Issued {
        out.push_str(&format!("    {}\n", l10n.text(&s.availability)));
    }
    out.push('\n');
    match &s.next_step {
        Some(command) => out.push_str(&format!(
            "{}\n  {}\n",
            text(l10n, "status-next"),
            with_placeholders(l10n, command)
        )),
        None if s.chain.status == ChainStatus::Trusted && s.assign_blocked.is_none() => {
            out.push_str(&format!("{}\n", text(l10n, "status-done")))
        }
        None => {}
    }
    out
}

/// The certification path's verdict as a row (`Certificate chain: trusted`),
/// then [`chain_lines`]; a blank line first.
pub fn chain_section(l10n: &Localizer, chain: &ChainView) -> String {
    let mut rows = Rows::new(l10n);
    rows.add("status-chain", chain_summary(l10n, chain));
    format!("\n{}\n{}", rows.render(), chain_lines(l10n, chain))
}

/// Why a chain is not trusted, one `  ! ` line each: the reasons, then the
/// missing CA certificates with the commands that import them; a blank line
/// after, if there was anything.
pub fn chain_lines(l10n: &Localizer, chain: &ChainView) -> String {
    let mut out = String::new();
    let notes = chain_notes(l10n, chain);
    for (note, command) in &notes {
        out.push_str(&format!("  ! {note}\n"));
        if let Some(command) = command {
            out.push_str(&format!("      {command}\n"));
        }
    }
    if !notes.is_empty() {
        out.push('\n');
    }
    out
}

/// Why a chain is not trusted: each reason, then each missing CA
/// certificate with the command that imports it (or why there is none).
pub fn chain_notes(l10n: &Localizer, chain: &ChainView) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    for reason in &chain.reasons {
        out.push((l10n.text(&reason.message(&|s| s.to_string())), None));
    }
    for m in &chain.missing {
        let id = match m.kind {
            MissingKind::Root => "missing-root",
            MissingKind::Intermediate => "missing-intermediate",
            MissingKind::Unknown => "missing-unknown",
        };
        let message = Message::new(id)
            .arg("subject", m.subject.as_str())
            .arg("thumbprint", m.thumbprint.clone().unwrap_or_default());
        let command = match &m.command {
            Some(command) => Some(command.clone()),
            None if m.kind != MissingKind::Unknown => {
                Some(l10n.text(&Message::new("missing-no-file")))
            }
            None => None,
        };
        out.push((l10n.text(&message), command));
    }
    out
}

/// A key or signature algorithm's name as pages show it: an OID docwiz has no
/// name for as "unknown algorithm (OID)" in the reader's language.
pub fn algorithm_label(l10n: &Localizer, name: &str) -> String {
    if crate::cert::x509::certificate::is_unknown_algorithm(name) {
        l10n.text(&Message::new("algorithm-unknown").arg("oid", name))
    } else {
        name.to_string()
    }
}

/// View Certificate Details' facts as (label, value) rows.
pub fn details_facts(l10n: &Localizer, c: &CertInfo) -> Vec<(String, String)> {
    let none = text(l10n, "value-none");
    let list = |items: &[String]| {
        if items.is_empty() {
            none.clone()
        } else {
            crate::cldr_format::enumeration(l10n.locale(), items)
        }
    };
    let mut rows = Rows::new(l10n);
    rows.add("details-version", format!("V{}", c.version));
    rows.add("details-serial", c.serial.clone());
    rows.add(
        "details-signature-algorithm",
        algorithm_label(l10n, &c.signature_algorithm),
    );
    rows.add("details-issuer", c.issuer.clone());
    rows.add(
        "details-valid-from",
        crate::cldr_format::date_time(l10n.locale(), c.not_before),
    );
    rows.add(
        "details-valid-to",
        crate::cldr_format::date_time(l10n.locale(), c.not_after),
    );
    rows.add("details-subject", c.subject.clone());
    rows.add("details-public-key", algorithm_label(l10n, &c.key));
    let sans: Vec<String> = c
        .sans
        .iter()
        .map(|n| crate::cert::x509::names::shown(n))
        .collect();
    rows.add("details-sans", list(&sans));
    let key_usage: Vec<String> = c
        .key_usage
        .iter()
        .map(|bit| l10n.text(&Message::new("key-usage-bit").arg("bit", bit.as_str())))
        .collect();
    let words = |items: &[String]| {
        if items.is_empty() {
            none.clone()
        } else {
            word_list(l10n, items)
        }
    };
    rows.add("details-key-usage", words(&key_usage));
    let eku: Vec<String> = c
        .eku
        .as_ref()
        .map(|e| e.names().iter().map(|n| eku_label(l10n, n)).collect())
        .unwrap_or_default();
    rows.add("details-eku", words(&eku));
    let constraints = if c.is_ca {
        match c.path_len {
            Some(n) => l10n.text(&Message::new("details-ca-path").arg("length", n as usize)),
            None => text(l10n, "details-ca"),
        }
    } else {
        text(l10n, "details-end-entity")
    };
    rows.add("details-basic-constraints", constraints);
    rows.add(
        "details-ski",
        c.subject_key_id.clone().unwrap_or_else(|| none.clone()),
    );
    rows.add(
        "details-aki",
        c.authority_key_id.clone().unwrap_or_else(|| none.clone()),
    );
    rows.add("details-sha1", c.thumbprint.clone());
    rows.add("details-sha256", c.sha256.clone());
    rows.rows
}

/// [`details_facts`] with what the store knows of the certificate besides
/// the certificate itself: that its CA revoked it, when and why.
pub fn details_facts_in(l10n: &Localizer, store: &Store, c: &CertInfo) -> Vec<(String, String)> {
    let mut rows = details_facts(l10n, c);
    if let Some(revoked) = crate::cert::store::revocation::read(store, &c.thumbprint) {
        rows.push((
            text(l10n, "details-revocation"),
            l10n.text(&expiry::revoked_note(&revoked)),
        ));
    }
    rows
}

/// View Certificate Details.
pub fn details_page(l10n: &Localizer, store: &Store, c: &CertInfo) -> String {
    let mut out = String::new();
    title(&mut out, &text(l10n, "details-title"));
    out.push_str(&render_rows(&details_facts_in(l10n, store, c)));
    out
}

/// One certificate per line: thumbprint, subject, expiry, and a note.
pub fn cert_lines(l10n: &Localizer, certs: &[(CertInfo, String)]) -> String {
    let mut out = String::new();
    for (c, note) in certs {
        let expires = Message::new("list-expires").arg("date", Arg::Date(c.not_after));
        let notes = if note.is_empty() {
            l10n.text(&expires)
        } else {
            l10n.text(
                &Message::new("list-notes")
                    .arg("first", expires)
                    .arg("second", note.as_str()),
            )
        };
        out.push_str(&format!("  {}  {}\n      {notes}", c.thumbprint, c.subject));
        out.push('\n');
    }
    out
}

pub fn heading(l10n: &Localizer, id: &'static str) -> String {
    let mut out = String::new();
    title(&mut out, &text(l10n, id));
    out
}

/// One finding of the store's check: its file (with line and column), then
/// what is wrong.
pub fn problem_line(l10n: &Localizer, d: &Diagnostic) -> String {
    l10n.text(
        &Message::new("store-problem-line")
            .arg(
                "file",
                d.location
                    .as_ref()
                    .map(Location::to_string)
                    .unwrap_or_default(),
            )
            .arg("problem", Arg::Text(Box::new(d.message.clone()))),
    )
}

/// The "Problems in the store" section of a text page; nothing when there
/// are none.
pub fn problems_section(l10n: &Localizer, problems: &[Diagnostic]) -> String {
    if problems.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    title(&mut out, &text(l10n, "store-problems-title"));
    for d in problems {
        let line = crate::error::one_line(&problem_line(l10n, d)).into_owned();
        out.push_str(&format!("  ! {line}\n"));
    }
    out
}
