//! Typed errors and diagnostics. Each carries a message id from `ui.ftl` and its
//! arguments, so the command line can print it in the user's language.

use std::borrow::Cow;
use std::fmt;

/// A value for a Fluent variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(i64),
    /// A localizable text inside another: formatted in the same language first.
    Text(Box<Message>),
    /// A day, written as the reader's locale writes dates (CLDR, see
    /// [`crate::cldr_format`]).
    Date(time::OffsetDateTime),
    /// A moment, written with date, time and offset from UTC as the reader's
    /// locale writes them.
    Time(time::OffsetDateTime),
    /// Items joined as the reader's locale joins a list of `kind` (CLDR's
    /// list patterns, see [`crate::cldr_format::list`]), never with a comma
    /// chosen here.
    List {
        items: Vec<String>,
        kind: crate::cldr_format::ListKind,
    },
}

impl Arg {
    /// Items all meant at once, joined with the locale's "and".
    pub fn and_list(items: impl IntoIterator<Item = impl Into<String>>) -> Arg {
        Arg::list(items, crate::cldr_format::ListKind::And)
    }

    /// Alternatives, joined with the locale's "or".
    pub fn or_list(items: impl IntoIterator<Item = impl Into<String>>) -> Arg {
        Arg::list(items, crate::cldr_format::ListKind::Or)
    }

    /// Items enumerated after a colon or in brackets, with the separator
    /// of the locale's lists and no conjunction.
    pub fn enumeration(items: impl IntoIterator<Item = impl Into<String>>) -> Arg {
        Arg::list(items, crate::cldr_format::ListKind::Enumeration)
    }

    fn list(
        items: impl IntoIterator<Item = impl Into<String>>,
        kind: crate::cldr_format::ListKind,
    ) -> Arg {
        Arg::List {
            items: items.into_iter().map(Into::into).collect(),
            kind,
        }
    }

    /// The day of an RFC 3339 timestamp as [`Arg::Date`]; the text's first
    /// ten characters when it is no such timestamp.
    pub fn date_of(rfc3339: &str) -> Arg {
        time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
            .map(Arg::Date)
            .unwrap_or_else(|_| Arg::Str(rfc3339.get(..10).unwrap_or(rfc3339).to_string()))
    }

    /// An RFC 3339 timestamp as [`Arg::Time`]; the text itself when it is
    /// no such timestamp.
    pub fn time_of(rfc3339: &str) -> Arg {
        time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
            .map(Arg::Time)
            .unwrap_or_else(|_| Arg::Str(rfc3339.to_string()))
    }
}

impl From<time::OffsetDateTime> for Arg {
    fn from(t: time::OffsetDateTime) -> Arg {
        Arg::Time(t)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Text(Box::new(m))
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as i64)
    }
}

/// A localizable text: a `ui.ftl` message id and its variables.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message with `name` set to `value`, in place of any value it had.
    pub fn set(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.retain(|(n, _)| *n != name);
        self.arg(name, value)
    }
}

/// Where in a file something is: 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub col: usize,
}

impl Location {
    /// The location of byte `offset` in `text`.
    pub fn at(file: &str, text: &str, offset: usize) -> Location {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Location {
            file: file.to_string(),
            line,
            col,
        }
    }
}

/// The line starts of a text, so that many locations in one file cost a binary
/// search each instead of a scan from the start (a file of 10^5 broken or
/// obsolete entries would otherwise take minutes).
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The same as [`Location::at`] for the text the index was made from.
    pub fn location(&self, file: &str, text: &str, offset: usize) -> Location {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|start| *start <= offset);
        let line_start = self.starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
        let col = text
            .get(line_start.min(offset)..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        Location {
            file: file.to_string(),
            line: line.max(1),
            col,
        }
    }
}

impl Location {
    /// A whole file, when no line applies.
    pub fn file(file: &str) -> Location {
        Location {
            file: file.to_string(),
            line: 0,
            col: 0,
        }
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(&self.file)
        } else {
            write!(f, "{}:{}:{}", self.file, self.line, self.col)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A problem found in content or translations that does not stop the rest from
/// working: a broken Fluent entry, a topic whose front matter cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub location: Option<Location>,
    pub message: Message,
}

impl Diagnostic {
    pub fn error(location: Option<Location>, message: Message) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            location,
            message,
        }
    }

    pub fn warning(location: Option<Location>, message: Message) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            location,
            message,
        }
    }
}

/// How a deploy hook that failed ended, worded in the reader's language
/// (std's "exit status: 3" is English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HookEnd {
    /// It exited with this code.
    Exit(i32),
    /// A signal ended it.
    Signal(i32),
    /// It could not be started: the OS error's text (see [`os_reason`]).
    NotStarted(String),
}

impl HookEnd {
    /// `hook-exit-code`, `hook-signal` or `hook-not-started`.
    pub fn message(&self) -> Message {
        match self {
            HookEnd::Exit(code) => {
                Message::new("hook-exit-code").arg("code", Arg::Num(i64::from(*code)))
            }
            HookEnd::Signal(signal) => {
                Message::new("hook-signal").arg("signal", Arg::Num(i64::from(*signal)))
            }
            HookEnd::NotStarted(reason) => {
                Message::new("hook-not-started").arg("reason", os_reason(reason))
            }
        }
    }
}

/// What a step asks the user to confirm before it acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// `trust import-root`: trusting a new root.
    TrustRoot,
    /// `wizard revoke`: revoking a certificate at its CA, which cannot be undone.
    Revoke,
}

/// Errors that stop an operation.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A file could not be read.
    Read {
        path: String,
        reason: String,
    },
    /// Content that cannot be used: bad front matter or template.
    Content(Diagnostic),
    /// No topic matches any of the keywords.
    UnknownKeyword {
        keywords: Vec<String>,
        suggestions: Vec<String>,
    },
    /// A search that no topic matches, with the nearest words of the pages.
    NoSearchHit {
        query: String,
        nearest: Vec<String>,
    },
    /// The search index cannot be built or read.
    Search {
        reason: String,
    },
    /// `--strict` and some messages fell back to English.
    StrictFallback {
        locale: String,
        messages: Vec<String>,
    },
    /// A host name that is not a valid DNS name.
    InvalidName {
        name: String,
    },
    UnknownKeyType {
        value: String,
    },
    UnknownUsage {
        value: String,
    },
    /// A file holding no certificate that can be read (empty, truncated, other data).
    NotCertificate {
        path: String,
    },
    /// A certificate that is not a self-signed CA certificate, offered as a root.
    NotRoot {
        path: String,
        subject: String,
    },
    /// A certificate that is not an intermediate CA certificate, offered as one.
    NotIntermediate {
        path: String,
        subject: String,
    },
    RequestNotFound {
        id: String,
    },
    /// The store holds no request at all. `command` is the one to make the
    /// first ([`crate::cert::pages::status::FIRST_REQUEST`] after `docwiz`,
    /// which the command line spells with its `--store` and `--lang`).
    NoRequest {
        command: String,
    },
    ThumbprintNotFound {
        thumbprint: String,
    },
    /// The request has no certificate yet.
    NotIssued {
        id: String,
    },
    /// Assignment refused: one reason per refused usage and check.
    Refused {
        reasons: Vec<Message>,
    },
    /// A certificate that usages hold cannot be removed: which usages.
    InUse {
        thumbprint: String,
        usages: Vec<crate::cert::Usage>,
        /// The command that assigns another certificate, as the caller
        /// suggests it (with its `--store`, `--lang`, `--root`).
        command: String,
    },
    /// A file written for others to import needs a password, and none could
    /// be had (no `--password-file`, no terminal to ask on).
    NeedsPassword,
    /// The password typed twice was not the same, or empty.
    PasswordNotConfirmed,
    /// A step that asks first (trusting a root, revoking) could not ask:
    /// no terminal, and no `--yes`.
    NeedsConfirmation {
        what: Confirm,
    },
    /// The user answered no.
    Declined {
        what: Confirm,
    },
    /// `wizard revoke` of a certificate no CA docwiz can ask issued: one
    /// imported (`ca` is `None`), requested offline, or from a local CA the
    /// store no longer has.
    NotRevocable {
        thumbprint: String,
        ca: Option<String>,
    },
    /// `trust crl` with no local CA in the store: it has issued nothing.
    NoLocalCa,
    /// `wizard revoke` of a certificate revoked before (`time`, RFC 3339).
    AlreadyRevoked {
        thumbprint: String,
        time: String,
    },
    /// `assign`, `finish` or `renew` of a revoked certificate.
    CertRevoked {
        thumbprint: String,
        time: String,
    },
    /// `wizard renew --reuse-key` of a certificate whose key was declared
    /// compromised when certificate `revoked` was revoked (`time`, RFC 3339;
    /// both empty when the record could not be read).
    KeyCompromised {
        thumbprint: String,
        revoked: String,
        time: String,
    },
    /// `certs export` of a certificate whose key was declared compromised
    /// when certificate `revoked` was revoked (`time`, RFC 3339).
    ExportCompromised {
        thumbprint: String,
        revoked: String,
        time: String,
    },
    /// `wizard assign` of a certificate `certs remove` took out of the store.
    CertRemoved {
        thumbprint: String,
    },
    /// The store (`--store`, `DOCWIZ_HOME`, or the default) does not exist,
    /// for a command that needs one.
    StoreNotFound {
        store: String,
    },
    /// The store could not be written.
    Write {
        path: String,
        reason: String,
    },
    /// Another command holds the store's lock, and this one does not wait
    /// (the full-screen wizard).
    StoreBusy {
        store: String,
    },
    /// `docwiz serve` cannot listen on the address (in use, not on this
    /// machine, no permission).
    Listen {
        addr: String,
        reason: String,
    },
    /// Key generation or signing failed.
    Crypto {
        detail: String,
    },
    /// The deploy hook failed; what it was run for stands.
    Hook {
        command: String,
        end: HookEnd,
    },
    /// An export would replace a directory that holds something else.
    ForeignOutput {
        path: String,
    },
    /// A CA refused the request or could not be reached: what went wrong
    /// ([`crate::cert::ca::problem::CaProblem`], worded in the reader's
    /// language) and the CA client's own text as the technical detail
    /// (`--json`, the record; English, never the sentence shown).
    CaRefused {
        ca: String,
        problem: crate::cert::ca::problem::CaProblem,
        detail: String,
    },
    /// A certificate whose public key is not the one of the private key it goes with.
    KeyMismatch {
        path: String,
    },
    /// A PKCS#12 file that cannot be opened (wrong password, or not PKCS#12).
    Pkcs12 {
        path: String,
    },
    /// A private key file that cannot be read.
    BadKey {
        path: String,
    },
    /// `wizard retry` of a request that has not failed.
    RetryNotFailed {
        id: String,
    },
    /// `wizard retry` of a request to a CA other than the local one.
    RetryNotLocal {
        id: String,
    },
    /// A directory of the store exists but cannot be read (permission denied,
    /// a file or a dangling link in its place): never shown as empty.
    StoreUnreadable {
        path: String,
        reason: String,
    },
    /// A file of the store the command needs is damaged (a truncated
    /// `request.json`): the finding names it, with line and column.
    Damaged {
        finding: Box<Diagnostic>,
        /// What can still be done, such as the newest request that can be read.
        hint: Option<Message>,
    },
    /// The local CA refuses to sign: its keys or certificates do not belong
    /// together, or a CA key is not private. Nothing was issued.
    CaUnsafe {
        findings: Vec<Diagnostic>,
    },
    /// A renewal's certificate whose chain is not trusted (`status`, the
    /// chain's verdict): it takes over no usage.
    RenewUntrusted {
        status: String,
    },
    /// `wizard renew --thumbprint T` of a certificate no request of docwiz's
    /// can repeat (imported, or requested offline) or that no usage holds.
    NotRenewable {
        thumbprint: String,
        /// Whether a usage holds it (then no request can be repeated).
        assigned: bool,
    },
    /// A host name that is not a valid DNS name, and why.
    InvalidNameWhy {
        name: String,
        reason: Message,
    },
    /// `--thumbprint` with characters a thumbprint cannot hold (hex digits,
    /// with spaces or colons between them as Windows and openssl print them).
    BadThumbprint {
        value: String,
    },
    /// An input file that docwiz cannot use as it is: where (file, and the line
    /// of the PEM block when there is one) and why, with what to do.
    Input {
        location: Location,
        reason: Message,
    },
    /// An input file docwiz reads but refuses by its policy (an RSA key below
    /// 2048 bits, a key type or an encryption it does not use): where and why.
    /// Unlike [`Error::Input`] the input is not broken, so the command failed
    /// (exit 1) rather than was misused (exit 2).
    Policy {
        location: Location,
        reason: Message,
    },
}

impl Error {
    pub fn message(&self) -> Message {
        match self {
            Error::Read { path, reason } => Message::new("error-read")
                .arg("path", path.as_str())
                .arg("reason", os_reason(reason)),
            Error::Content(d) => d.message.clone(),
            Error::UnknownKeyword { keywords, .. } => {
                // No topic matches any of them: one of the keywords, "or".
                // Their number: the sentence agrees with it.
                Message::new("error-unknown-keyword")
                    .arg("keywords", Arg::or_list(keywords))
                    .arg("count", keywords.len())
            }
            Error::NoSearchHit { query, .. } => {
                // A pasted page as a query is not echoed whole.
                Message::new("error-no-search-hit").arg("query", short(query))
            }
            Error::Search { reason } => {
                Message::new("error-search-index").arg("reason", reason.as_str())
            }
            Error::StrictFallback { locale, messages } => Message::new("error-strict-fallback")
                .arg("count", messages.len())
                .arg("locale", locale.as_str())
                .arg("messages", Arg::enumeration(messages)),
            Error::InvalidName { name } => {
                Message::new("error-invalid-name").arg("name", name.as_str())
            }
            Error::UnknownKeyType { value } => {
                Message::new("error-unknown-key-type").arg("value", value.as_str())
            }
            Error::UnknownUsage { value } => {
                Message::new("error-unknown-usage").arg("value", value.as_str())
            }
            Error::NotCertificate { path } => {
                Message::new("error-not-certificate").arg("path", path.as_str())
            }
            Error::NotRoot { path, subject } => Message::new("error-not-root")
                .arg("path", path.as_str())
                .arg("subject", subject.as_str()),
            Error::NotIntermediate { path, subject } => Message::new("error-not-intermediate")
                .arg("path", path.as_str())
                .arg("subject", subject.as_str()),
            Error::RequestNotFound { id } => {
                Message::new("error-request-not-found").arg("id", id.as_str())
            }
            Error::NoRequest { command } => {
                Message::new("error-no-request").arg("command", command.as_str())
            }
            Error::ThumbprintNotFound { thumbprint } => {
                Message::new("error-thumbprint-not-found").arg("thumbprint", thumbprint.as_str())
            }
            Error::NotIssued { id } => Message::new("error-not-issued").arg("id", id.as_str()),
            Error::Refused { reasons } => Message::new("error-refused").arg("count", reasons.len()),
            Error::InUse {
                thumbprint,
                usages,
                command,
            } => Message::new("error-in-use")
                .arg("thumbprint", thumbprint.as_str())
                .arg("count", usages.len())
                .arg("command", command.as_str()),
            Error::NeedsPassword => Message::new("error-needs-password"),
            Error::PasswordNotConfirmed => Message::new("error-password-not-confirmed"),
            Error::NeedsConfirmation {
                what: Confirm::TrustRoot,
            } => Message::new("error-needs-confirmation"),
            Error::Declined {
                what: Confirm::TrustRoot,
            } => Message::new("error-declined"),
            Error::NeedsConfirmation {
                what: Confirm::Revoke,
            } => Message::new("error-revoke-needs-confirmation"),
            Error::Declined {
                what: Confirm::Revoke,
            } => Message::new("error-revoke-declined"),
            Error::NotRevocable { thumbprint, ca } => Message::new("error-not-revocable")
                .arg("thumbprint", thumbprint.as_str())
                .arg("ca", ca.clone().unwrap_or_else(|| "imported".to_string())),
            Error::NoLocalCa => Message::new("error-no-local-ca"),
            Error::AlreadyRevoked { thumbprint, time } => Message::new("error-already-revoked")
                .arg("thumbprint", thumbprint.as_str())
                .arg("date", Arg::date_of(time)),
            Error::CertRevoked { thumbprint, time } => Message::new("error-cert-revoked")
                .arg("thumbprint", thumbprint.as_str())
                .arg("date", Arg::date_of(time)),
            Error::KeyCompromised {
                thumbprint,
                revoked,
                time,
            } => Message::new("error-key-compromised")
                .arg("thumbprint", thumbprint.as_str())
                .arg("revoked", revoked.as_str())
                .arg("date", Arg::date_of(time)),
            Error::ExportCompromised {
                thumbprint,
                revoked,
                time,
            } => Message::new("error-export-compromised")
                .arg("thumbprint", thumbprint.as_str())
                .arg("revoked", revoked.as_str())
                .arg("date", Arg::date_of(time)),
            Error::CertRemoved { thumbprint } => {
                Message::new("error-cert-removed").arg("thumbprint", thumbprint.as_str())
            }
            Error::StoreNotFound { store } => {
                Message::new("error-store-not-found").arg("store", store.as_str())
            }
            Error::StoreBusy { store } => {
                Message::new("error-store-busy").arg("store", store.as_str())
            }
            Error::Listen { addr, reason } => Message::new("error-listen")
                .arg("addr", addr.as_str())
                .arg("reason", os_reason(reason)),
            Error::Write { path, reason } => Message::new("error-write")
                .arg("path", path.as_str())
                .arg("reason", os_reason(reason)),
            Error::Crypto { detail } => Message::new("error-crypto").arg("detail", detail.as_str()),
            Error::CaRefused { ca, problem, .. } => Message::new("error-ca-refused")
                .arg("ca", ca.as_str())
                .arg("detail", problem.message()),
            Error::KeyMismatch { path } => {
                Message::new("error-key-mismatch").arg("path", path.as_str())
            }
            Error::Pkcs12 { path } => Message::new("error-pkcs12").arg("path", path.as_str()),
            Error::BadKey { path } => Message::new("error-bad-key").arg("path", path.as_str()),
            Error::RetryNotFailed { id } => {
                Message::new("error-retry-not-failed").arg("id", id.as_str())
            }
            Error::RetryNotLocal { id } => {
                Message::new("error-retry-not-local").arg("id", id.as_str())
            }
            Error::StoreUnreadable { path, reason } => Message::new("error-store-unreadable")
                .arg("path", path.as_str())
                .arg("reason", os_reason(reason)),
            Error::Damaged { finding, .. } => finding.message.clone(),
            Error::CaUnsafe { findings } => {
                Message::new("error-ca-unsafe").arg("count", findings.len())
            }
            Error::Input { reason, .. } | Error::Policy { reason, .. } => reason.clone(),
            // The error line says a sentence; the renewal's record keeps the
            // clause (renew-reason-*) that renew-failed-note puts after a colon.
            Error::RenewUntrusted { status } => {
                Message::new("error-renew-untrusted").arg("status", status.as_str())
            }
            Error::NotRenewable {
                thumbprint,
                assigned,
            } => Message::new(if *assigned {
                "error-renew-not-renewable"
            } else {
                "error-not-renewable-unassigned"
            })
            .arg("thumbprint", thumbprint.as_str()),
            Error::InvalidNameWhy { name, reason } => Message::new("error-invalid-name-why")
                .arg("name", name.as_str())
                .arg("reason", reason.clone()),
            Error::ForeignOutput { path } => {
                Message::new("error-export-foreign").arg("path", path.as_str())
            }
            Error::Hook { command, end } => Message::new("error-hook")
                .arg("command", command.as_str())
                .arg("status", end.message()),
            Error::BadThumbprint { value } => {
                Message::new("error-bad-thumbprint").arg("value", value.as_str())
            }
        }
    }

    pub fn location(&self) -> Option<&Location> {
        match self {
            Error::Content(d) => d.location.as_ref(),
            Error::Damaged { finding, .. } => finding.location.as_ref(),
            Error::Input { location, .. } | Error::Policy { location, .. } => Some(location),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    /// English, for library users; the command line prints the localized form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = self.location() {
            write!(f, "{}: ", one_line(&location.to_string()))?;
        }
        let english = crate::localization::Ui::english();
        f.write_str(&one_line(&english.text(&self.message())))?;
        // Library users get the CA client's own words too.
        if let Error::CaRefused { detail, .. } = self
            && !detail.is_empty()
        {
            write!(f, " [{}]", one_line(detail))?;
        }
        // The CA's problems are the reason itself (a failed request keeps it).
        if let Error::CaUnsafe { findings } = self {
            for d in findings {
                let place = d.location.as_ref().map(Location::to_string);
                write!(
                    f,
                    " {}: {}",
                    one_line(&place.unwrap_or_default()),
                    one_line(&english.text(&d.message))
                )?;
            }
        }
        Ok(())
    }
}

/// `text` as one line that shows what it holds: control characters (C0, DEL,
/// C1), the Unicode line and paragraph separators and the bidirectional
/// controls (Unicode TR9: ALM, LRM, RLM, LRE…RLO, LRI…PDI) are written as
/// escapes (`\n`, `\r`, `\t`, else `\u{202e}`). A diagnostic quotes file names
/// and file content: a line feed in either would split it, and a bidi control
/// would reorder what the terminal shows.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
        )
}

impl std::error::Error for Error {}

/// The operating system's errors docwiz names in the reader's language, by
/// `errno` (Linux numbering, as `std::io::Error` prints it: "… (os error N)"),
/// with the `ui.ftl` message of each. They cover `io::ErrorKind`'s NotFound,
/// PermissionDenied, IsADirectory, NotADirectory, ReadOnlyFilesystem,
/// StorageFull, QuotaExceeded, AlreadyExists, InvalidInput,
/// FilesystemLoop, AddrInUse and AddrNotAvailable (`docwiz serve`'s
/// `--listen`).
const OS_ERRORS: [(i64, &str); 14] = [
    (1, "os-error-permission"),
    (2, "os-error-not-found"),
    (5, "os-error-io"),
    (13, "os-error-permission"),
    (17, "os-error-exists"),
    (20, "os-error-not-dir"),
    (21, "os-error-is-dir"),
    (22, "os-error-invalid"),
    (28, "os-error-no-space"),
    (30, "os-error-read-only"),
    (40, "os-error-loop"),
    (98, "os-error-address-in-use"),
    (99, "os-error-address-not-available"),
    (122, "os-error-no-space"),
];

/// At most 80 characters of `text`, with "…" when cut.
fn short(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// An operating system error's text (`io::Error`'s Display, as errors carry
/// it) as a localized phrase with its number as the detail (`os-error-…`;
/// `os-error-other` for a number without a phrase of its own, so the OS's
/// English never shows); other text is given as it is. Errors keep the
/// OS's text so that library users (and `Display`) still have it.
pub fn os_reason(text: &str) -> Arg {
    let number = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once("(os error "))
        .and_then(|(_, n)| n.parse::<i64>().ok());
    let Some(number) = number else {
        return Arg::Str(text.to_string());
    };
    let id = OS_ERRORS
        .iter()
        .find(|(e, _)| *e == number)
        .map_or("os-error-other", |(_, id)| id);
    Arg::Text(Box::new(Message::new(id).arg("errno", Arg::Num(number))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_index_finds_what_a_scan_finds() {
        for text in ["", "a", "a\nb", "é\r\nü\n\nxyz", "\n\n", "x\u{1f602}y\nz"] {
            let lines = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    lines.location("f", text, offset),
                    Location::at("f", text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }

    #[test]
    fn every_os_error_is_a_phrase_never_the_oss_english() {
        let phrase = |text: &str| match os_reason(text) {
            Arg::Text(m) => Some(m.id),
            _ => None,
        };
        assert_eq!(
            phrase("No such file or directory (os error 2)"),
            Some("os-error-not-found")
        );
        assert_eq!(
            phrase("Directory not empty (os error 39)"),
            Some("os-error-other")
        );
        assert_eq!(phrase("not an OS error"), None);
    }

    #[test]
    fn one_line_escapes_controls_and_bidi_and_nothing_else() {
        assert_eq!(one_line("plain «é» 「中」"), "plain «é» 「中」");
        assert_eq!(
            one_line("a\nb\rc\td\u{0}e\u{7f}f\u{85}g\u{202e}h\u{2066}i\u{2028}"),
            "a\\nb\\rc\\td\\u{0}e\\u{7f}f\\u{85}g\\u{202e}h\\u{2066}i\\u{2028}"
        );
    }
}
