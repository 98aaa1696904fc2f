//! One file per subcommand; this file holds what they share: the negotiated
//! library handle, printing of errors and diagnostics, and exit codes.

/// `print!` that does not panic when stdout is a closed pipe (`docwiz … | head`):
/// the reader has gone, which is no error of ours.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        let _ = write!(stdout, $($arg)*);
        let _ = stdout.flush();
    }};
}

/// `println!` that does not panic when stdout is a closed pipe.
macro_rules! sayln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, $($arg)*);
        let _ = stdout.flush();
    }};
}

pub mod certs;
pub mod command_line;
pub mod export;
pub mod help;
pub mod lint;
pub mod prompt;
pub mod revoke;
pub mod search;
pub mod serve;
pub mod topics;
pub mod trust;
pub mod wizard;

use std::path::Path;
use std::process::ExitCode;

use docwiz::Docwiz;
use docwiz::cert::pages::live;
use docwiz::cert::pages::status::Commands;
use docwiz::cert::store::Store;
use docwiz::error::{Diagnostic, Error, Location, Severity, one_line};
use docwiz::language;
use docwiz::localization::{Localizer, Ui};
use docwiz::source::Source;

/// Exit codes of DESIGN.md: 0 success, 1 failed or refused, 2 bad usage or
/// unreadable input, 3 not found.
pub const FAILED: u8 = 1;
pub const BAD_INPUT: u8 = 2;
pub const NOT_FOUND: u8 = 3;

pub fn exit_code(error: &Error) -> u8 {
    match error {
        Error::StrictFallback { .. }
        | Error::NotIssued { .. }
        | Error::Refused { .. }
        | Error::InUse { .. }
        | Error::NeedsConfirmation { .. }
        | Error::Declined { .. }
        | Error::NotRevocable { .. }
        | Error::NoLocalCa
        | Error::AlreadyRevoked { .. }
        | Error::CertRevoked { .. }
        | Error::KeyCompromised { .. }
        | Error::ExportCompromised { .. }
        | Error::CertRemoved { .. }
        | Error::Write { .. }
        | Error::StoreBusy { .. }
        | Error::Listen { .. }
        | Error::Crypto { .. }
        | Error::Hook { .. }
        | Error::Search { .. }
        | Error::ForeignOutput { .. }
        | Error::CaRefused { .. }
        | Error::KeyMismatch { .. }
        | Error::RetryNotFailed { .. }
        | Error::RetryNotLocal { .. }
        | Error::CaUnsafe { .. }
        | Error::RenewUntrusted { .. }
        | Error::NotRenewable { .. }
        // Readable input that docwiz refuses (a weak key, a non-CA
        // certificate as a CA): the command failed, it was not misused.
        | Error::Policy { .. }
        | Error::NotRoot { .. }
        | Error::NotIntermediate { .. } => FAILED,
        Error::UnknownKeyword { .. }
        | Error::NoSearchHit { .. }
        | Error::RequestNotFound { .. }
        | Error::NoRequest { .. }
        | Error::ThumbprintNotFound { .. }
        | Error::StoreNotFound { .. } => NOT_FOUND,
        Error::Read { .. }
        | Error::Content(_)
        | Error::InvalidName { .. }
        | Error::UnknownKeyType { .. }
        | Error::UnknownUsage { .. }
        | Error::NotCertificate { .. }
        | Error::Pkcs12 { .. }
        | Error::BadKey { .. }
        | Error::StoreUnreadable { .. }
        | Error::Damaged { .. }
        | Error::Input { .. }
        | Error::InvalidNameWhy { .. }
        | Error::NeedsPassword
        | Error::PasswordNotConfirmed
        | Error::BadThumbprint { .. } => BAD_INPUT,
    }
}

pub struct App {
    pub docwiz: Docwiz,
    /// `--json`: print one JSON document on stdout.
    pub json: bool,
    pub store: Store,
    /// How pages spell the commands they suggest.
    pub commands: Commands,
    /// What the user asked for: `export` exports the languages of `--lang`.
    pub requested: language::Requested,
    /// `--plain`: line-by-line output for screen readers: no pager, no
    /// full-screen UI, no ANSI styling.
    pub plain: bool,
    /// Whether full-screen UI (the wizard, the pager) may be used: stdin and
    /// stdout are terminals, and none of `--json`, `--plain`,
    /// `--no-interactive` was given. Set by [`App::set_modes`].
    pub interactive: bool,
}

/// Whether the full-screen wizard and the pager may be used: stdin and
/// stdout are terminals and none of `--json`, `--plain`, `--no-interactive`
/// was given.
pub fn interactive(json: bool, plain: bool, no_interactive: bool) -> bool {
    use std::io::IsTerminal;
    // A dumb terminal (or none named) cannot draw a full screen; git does
    // not page there either.
    let capable = help::capable_terminal();
    std::io::stdin().is_terminal()
        && std::io::stdout().is_terminal()
        && capable
        && !json
        && !plain
        && !no_interactive
}

/// The exit code of a command a signal ended (after its full-screen view
/// restored the terminal): 128 + the signal, as a shell reports it.
pub fn signalled(signal: i32) -> ExitCode {
    ExitCode::from(u8::try_from(128 + signal).unwrap_or(FAILED))
}

/// `--plain` for the whole process, for the printing helpers that have no `App`.
static PLAIN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether `--plain` was given.
pub fn plain() -> bool {
    PLAIN.load(std::sync::atomic::Ordering::Relaxed)
}

impl App {
    /// `error` with the commands it suggests spelt as this run spells them
    /// (`--store`, `--root`, `--lang`) and their placeholders in the
    /// reader's language, so that a command run as printed works on the
    /// same store: the hint of a damaged newest request, and the first
    /// request when the store has none.
    pub fn spell(&self, ui: &Localizer, error: Error) -> Error {
        match error {
            Error::Damaged {
                finding,
                hint: Some(hint),
            } if hint.id == "damage-newest-hint" => {
                let id = hint
                    .args
                    .iter()
                    .find(|(name, _)| *name == "request")
                    .map(|(_, value)| match value {
                        docwiz::error::Arg::Str(s) => s.clone(),
                        _ => String::new(),
                    })
                    .unwrap_or_default();
                let command = self
                    .commands
                    .command(&format!("wizard status --request {id}"));
                Error::Damaged {
                    finding,
                    hint: Some(
                        docwiz::error::Message::new("damage-newest-hint")
                            .arg("request", id.as_str())
                            .arg("command", command),
                    ),
                }
            }
            Error::NoRequest { .. } => Error::NoRequest {
                command: docwiz::cert::pages::with_placeholders(
                    ui,
                    &self
                        .commands
                        .command(docwiz::cert::pages::status::FIRST_REQUEST),
                ),
            },
            other => other,
        }
    }

    /// Negotiates the language and prints, in it, what in the request was skipped.
    pub fn new(
        lang: Option<&str>,
        root: Option<&Path>,
        store: Option<&Path>,
        json: bool,
    ) -> Result<App, ExitCode> {
        let source = Source::new(root);
        let requested = language::requested(lang, |name| std::env::var(name).ok());
        let result = Docwiz::new(source.clone(), &requested.list.languages);
        let located = Store::new(Store::locate(store, |name| std::env::var(name).ok()));
        match result {
            Ok(docwiz) => {
                let app = App {
                    docwiz,
                    json,
                    store: located,
                    commands: Commands::new(store).with_context(root, lang),
                    requested,
                    plain: false,
                    interactive: false,
                };
                let warnings = app.requested.warnings();
                // The UI strings only when there is something to say: a cold
                // `help` should not parse them twice.
                let ui = if warnings.is_empty() {
                    None
                } else {
                    Some(app.ui())
                };
                let warning = ui
                    .as_ref()
                    .map(|ui| ui.text(&docwiz::error::Message::new("diag-warning")))
                    .unwrap_or_default();
                for message in warnings {
                    let Some(ui) = &ui else { break };
                    let line = format!(
                        "docwiz: {}",
                        docwiz::cert::pages::label_value(ui, &warning, &ui.text(&message))
                    );
                    eprint_wrapped("", &docwiz::error::one_line(&line));
                }
                Ok(app)
            }
            Err(error) => {
                // A --root that is no tree cannot speak: the built-in strings
                // can, in the user's language. Otherwise the tree is broken,
                // with nothing to negotiate against: speak English.
                let ui = match (
                    source.check(),
                    Docwiz::new(Source::BuiltIn, &requested.list.languages),
                ) {
                    (Err(_), Ok(built_in)) => built_in.ui().0,
                    _ => Ui::load(&source, &language::chain(&language::source())).0,
                };
                Err(fail(&ui, &error, json))
            }
        }
    }

    /// Records `--plain` and `--no-interactive`, and decides whether the
    /// full-screen UI may be used (see [`App::interactive`]).
    pub fn set_modes(&mut self, plain: bool, no_interactive: bool) {
        self.plain = plain;
        PLAIN.store(plain, std::sync::atomic::Ordering::Relaxed);
        self.interactive = interactive(self.json, plain, no_interactive);
    }

    pub fn ui(&self) -> Localizer {
        self.docwiz.ui().0
    }

    /// Markdown for a `{{ live: name }}` slot: the state of the store now,
    /// with the store's problems; when the state cannot be read (an
    /// unreadable store, a damaged newest request) the slot says why.
    pub fn live(&self, name: &str, l10n: &Localizer, request: Option<&str>) -> Option<String> {
        live::slot(&self.store, &self.commands, name, l10n, request)
    }

    /// What `--f1` does on a wizard, trust or certs command: the page's topic
    /// with the live state, instead of running the step.
    pub fn f1(&self, keyword: &str) -> ExitCode {
        help::run(self, &help::Args::f1(keyword))
    }
}

/// Prints a wizard page (the text of `cert::page`) laid out for the
/// terminal: wrapped to its width with hanging indents, warnings highlighted
/// when styling is on (`render::printed`). Without a terminal and without
/// `COLUMNS` the page is printed as it is: a script reading it gets exactly
/// what it got before pages were wrapped (issue 11, "scripts keep working").
pub fn print_page(ui: &Localizer, text: &str) {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() && std::env::var_os("COLUMNS").is_none() {
        say!("{text}");
        return;
    }
    let out = docwiz::render::printed::layout(
        text,
        help::terminal_style(),
        &docwiz::cert::pages::warnings(ui),
    );
    say!("{out}");
}

/// The width of a page printed unwrapped: wider than any line it has.
const UNWRAPPED: usize = 100_000;

/// Markdown made by the program (the main wizard page) rendered for the terminal.
pub fn render_markdown(ui: &Localizer, markdown: &str) -> String {
    let page = docwiz::compose::Page {
        id: String::new(),
        locale: ui.locale().clone(),
        title: String::new(),
        description: None,
        f1: Vec::new(),
        markdown: markdown.to_string(),
        spans: Vec::new(),
        fallbacks: Vec::new(),
        unfilled: Vec::new(),
        failures: Vec::new(),
        origins: Vec::new(),
        link_titles: Default::default(),
    };
    let labels = docwiz::render::Labels::new(ui, &page);
    let mut style = help::terminal_style();
    // Piped without COLUMNS, pages print unwrapped, as scripts read them:
    // a line break inside a command or a quoted path would break it.
    if !std::io::IsTerminal::is_terminal(&std::io::stdout())
        && std::env::var_os("COLUMNS").is_none()
    {
        style.width = UNWRAPPED;
    }
    docwiz::render::term::render_highlighted(
        &page,
        &labels,
        style,
        &docwiz::cert::pages::main_highlights(ui),
    )
}

/// One line to stderr: `file:line:col: severity: message` (`docwiz:` when there
/// is no location), with control characters escaped in all of it.
/// `place: label: message`. The place's colon is ASCII in every language,
/// as GCC and GNU tools write `file:line:col: ` (editors and scripts find
/// the place by it); the label's is the locale's (`label-value`: "erreur :"
/// in French, "錯誤：" in Chinese), as their translations write it.
fn print_line(ui: &Localizer, location: Option<&Location>, label: &str, message: &str) {
    let place = location.map_or_else(|| "docwiz".to_string(), Location::to_string);
    let said = docwiz::cert::pages::label_value(ui, label, message);
    eprint_wrapped("", &one_line(&format!("{place}: {said}")));
}

/// One message to stderr after `lead`: wrapped to the terminal's width at
/// word boundaries when stderr is a terminal (continuation lines indented
/// under the text), as one line when it is redirected, so that a log or a
/// script reading it gets one message a line.
pub fn eprint_wrapped(lead: &str, text: &str) {
    use std::io::IsTerminal;
    let stderr = std::io::stderr();
    let width = stderr
        .is_terminal()
        .then(|| terminal_size::terminal_size_of(&stderr))
        .flatten()
        .map(|(w, _)| usize::from(w.0))
        .filter(|w| *w > 0);
    let Some(width) = width else {
        eprintln!("{lead}{text}");
        return;
    };
    let rest = " ".repeat(textwrap::core::display_width(lead).max(2));
    let options = textwrap::Options::new(width)
        .initial_indent(lead)
        .subsequent_indent(&rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let lines = docwiz::render::term::wrap(text, options);
    let out: Vec<&str> = lines.iter().map(|l| l.trim_end()).collect();
    eprintln!("{}", out.join("\n"));
}

/// `error: message`, with the location first when there is one.
pub fn print_error(ui: &Localizer, error: &Error) {
    let label = ui.text(&docwiz::error::Message::new("diag-error"));
    print_line(ui, error.location(), &label, &ui.text(&error.message()));
    if let Error::UnknownKeyword {
        keywords,
        suggestions,
        ..
    } = error
    {
        let hint = if suggestions.is_empty() {
            // "close to it" or "to any of them", as many as were asked.
            docwiz::error::Message::new("error-no-nearest-keywords").arg("count", keywords.len())
        } else {
            docwiz::error::Message::new("error-nearest-keywords")
                .arg("suggestions", docwiz::error::Arg::or_list(suggestions))
                .arg("count", suggestions.len())
        };
        eprint_wrapped("  ", &one_line(&ui.text(&hint)));
    }
    if let Error::NoSearchHit { nearest, .. } = error {
        let hint = if nearest.is_empty() {
            docwiz::error::Message::new("error-no-nearest-terms")
        } else {
            docwiz::error::Message::new("error-nearest-terms")
                .arg("terms", docwiz::error::Arg::or_list(nearest))
        };
        eprint_wrapped("  ", &one_line(&ui.text(&hint)));
    }
    if let Error::Damaged {
        hint: Some(hint), ..
    } = error
    {
        eprint_wrapped("  ", &one_line(&ui.text(hint)));
    }
    if let Error::CaUnsafe { findings } = error {
        for d in findings {
            eprint_wrapped("  - ", &one_line(&docwiz::cert::pages::problem_line(ui, d)));
        }
    }
}

/// A diagnostic as JSON: file, line and column (null when they do not apply),
/// severity, code (the message id) and the localized message.
pub fn finding_json(ui: &Localizer, d: &Diagnostic) -> serde_json::Value {
    let (file, line, col) = match &d.location {
        Some(l) if l.line > 0 => (Some(l.file.as_str()), Some(l.line), Some(l.col)),
        Some(l) => (Some(l.file.as_str()), None, None),
        None => (None, None, None),
    };
    serde_json::json!({
        "file": file,
        "line": line,
        "col": col,
        "severity": match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        "code": d.message.id,
        "message": ui.text(&d.message),
    })
}

/// An error as JSON: its code (the message id), localized message and place.
pub fn error_json(ui: &Localizer, error: &Error) -> serde_json::Value {
    serde_json::json!({
        "code": error.message().id,
        "message": ui.text(&error.message()),
        "location": error.location().map(|l| l.to_string()),
    })
}

/// Reports a command's error: one line (and a refusal's reasons) on stderr,
/// and with `--json` the `{"error": …}` document on stdout, so that a script
/// reading stdout always gets one JSON document. Returns the exit code.
pub fn fail(ui: &Localizer, error: &Error, json: bool) -> ExitCode {
    print_error(ui, error);
    let reasons = reasons(error);
    for reason in &reasons {
        eprint_wrapped("  - ", &one_line(&ui.text(reason)));
    }
    if json {
        let mut doc = error_json(ui, error);
        if !reasons.is_empty() {
            doc["reasons"] = reasons.iter().map(|r| ui.text(r)).collect();
        }
        if let Error::NoSearchHit { nearest, .. } = error {
            doc["nearest"] = nearest.clone().into();
        }
        if let Error::InUse { usages, .. } = error {
            doc["usages"] = usages.iter().map(|u| u.name()).collect();
        }
        // The CA client's own words, for whoever debugs the connection:
        // technical detail, not a sentence of the reader's language.
        if let Error::CaRefused { detail, .. } = error {
            doc["detail"] = detail.clone().into();
        }
        if let Error::CaUnsafe { findings } = error {
            doc["problems"] = findings.iter().map(|d| finding_json(ui, d)).collect();
        }
        if let Error::Damaged {
            hint: Some(hint), ..
        } = error
        {
            doc["hint"] = ui.text(hint).into();
        }
        print_json(&serde_json::json!({ "error": doc }));
    }
    ExitCode::from(exit_code(error))
}

/// The lines under an error's own: a refusal's reasons, the usages that hold
/// a certificate (as the pages name them, with the name `--usage` takes).
fn reasons(error: &Error) -> Vec<docwiz::error::Message> {
    match error {
        Error::Refused { reasons } => reasons.clone(),
        Error::InUse { usages, .. } => usages
            .iter()
            .map(|u| {
                docwiz::error::Message::new("in-use-usage")
                    .arg("label", docwiz::error::Message::new(u.label_id()))
                    .arg("usage", u.name())
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// `--thumbprint` as typed: hex digits, with spaces or colons between them
/// as Windows and openssl print thumbprints; anything else is bad usage
/// (exit 2), not a thumbprint that was looked for and not found.
pub fn thumbprint_arg(value: &str) -> Result<String, Error> {
    let normalized = docwiz::cert::x509::certificate::normalize_thumbprint(value);
    if normalized.is_empty()
        || !value
            .chars()
            .all(|c| c.is_ascii_hexdigit() || c.is_whitespace() || c == ':')
    {
        return Err(Error::BadThumbprint {
            value: value.to_string(),
        });
    }
    Ok(normalized)
}

/// The store's findings on stderr as warnings, for outputs (JSON arrays)
/// that have no place for them.
pub fn print_problems(ui: &Localizer, problems: &[Diagnostic]) {
    let label = ui.text(&docwiz::error::Message::new("diag-warning"));
    for d in problems {
        print_line(ui, d.location.as_ref(), &label, &ui.text(&d.message));
    }
}

/// Prints one JSON document on stdout.
pub fn print_json(value: &serde_json::Value) {
    sayln!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

/// Prints diagnostics to stderr, one line each; returns whether any was an error.
pub fn print_diagnostics(ui: &Localizer, diagnostics: &[Diagnostic]) -> bool {
    let error = ui.text(&docwiz::error::Message::new("diag-error"));
    let warning = ui.text(&docwiz::error::Message::new("diag-warning"));
    for d in diagnostics {
        let label = if d.severity == Severity::Error {
            &error
        } else {
            &warning
        };
        print_line(ui, d.location.as_ref(), label, &ui.text(&d.message));
    }
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}
