//! `docwiz export --format html|md --out DIR [--lang TAG]... [--live]`

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::ValueEnum;
use docwiz::error::Message;
use docwiz::export::{self, ExportError, ExportOptions, Format};
use docwiz::language;
use docwiz::localization::Localizer;

use super::{
    App, BAD_INPUT, error_json, exit_code, finding_json, print_diagnostics, print_error, print_json,
};

#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Html,
    Md,
}

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value = "html")]
    format: FormatArg,
    /// The directory to write (replaced as a whole when the export succeeds).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Put the live state of the wizard into the pages that have a live slot.
    #[arg(long)]
    live: bool,
    /// The URL the site will be published at: alternates become absolute.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
}

pub fn run(app: &App, args: &Args) -> ExitCode {
    let ui = app.ui();
    // Each language of --lang names a locale to export, negotiated like a
    // reader's language; App::new has already warned about skipped items. When
    // --lang was given and none of it is usable, English is what is left.
    let available = app.docwiz.source.list("locales", "").unwrap_or_default();
    let mut locales = Vec::new();
    if app.requested.origin == language::Origin::Flag {
        for wanted in &app.requested.list.languages {
            let best = language::negotiate(std::slice::from_ref(wanted), &available);
            if !locales.contains(&best) {
                locales.push(best);
            }
        }
        if locales.is_empty() {
            locales.push(language::source());
        }
    }
    let fill = |name: &str, l10n: &Localizer| app.live(name, l10n, None);
    let options = ExportOptions {
        format: match args.format {
            FormatArg::Html => Format::Html,
            FormatArg::Md => Format::Md,
        },
        out: args.out.clone(),
        locales,
        live: args.live.then_some(&fill as _),
        base_url: args.base_url.clone(),
    };
    // A bar redrawn in place is no line-by-line output: not with --plain.
    let terminal = std::io::stderr().is_terminal() && !app.plain;
    let shown = AtomicUsize::new(usize::MAX);
    let progress = |done: usize, total: usize| {
        if !terminal || total == 0 {
            return;
        }
        let percent = done * 100 / total;
        if shown.swap(percent, Ordering::Relaxed) != percent || done == total {
            let filled = percent / 4;
            let bar = format!("{}{}", "#".repeat(filled), " ".repeat(25 - filled));
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r[{bar}] {done}/{total}");
            if done == total {
                let _ = writeln!(err);
            }
            let _ = err.flush();
        }
    };
    let findings = |diagnostics: &[docwiz::error::Diagnostic]| -> Vec<serde_json::Value> {
        diagnostics.iter().map(|d| finding_json(&ui, d)).collect()
    };
    match export::export(&app.docwiz.source, &options, &progress) {
        Ok(summary) => {
            print_diagnostics(&ui, &summary.warnings);
            if app.json {
                print_json(&serde_json::json!({
                    "out": args.out.display().to_string(),
                    "pages": summary.pages,
                    "fallbacks": summary.fallbacks,
                    "seconds": summary.seconds,
                    "diagnostics": findings(&summary.warnings),
                }));
            }
            eprintln!(
                "{}",
                ui.text(
                    &Message::new("export-summary")
                        .arg("pages", summary.pages)
                        .arg("fallbacks", summary.fallbacks)
                        .arg(
                            "seconds",
                            docwiz::cldr_format::decimal(ui.locale(), summary.seconds, 2)
                        )
                        .arg("out", args.out.display().to_string())
                )
            );
            ExitCode::SUCCESS
        }
        Err(ExportError::Content(diagnostics)) => {
            print_diagnostics(&ui, &diagnostics);
            eprintln!("{}", ui.text(&Message::new("export-failed")));
            if app.json {
                print_json(&serde_json::json!({
                    "error": { "code": "export-failed", "message": ui.text(&Message::new("export-failed")) },
                    "diagnostics": findings(&diagnostics),
                }));
            }
            ExitCode::from(BAD_INPUT)
        }
        Err(ExportError::Write(error)) => {
            print_error(&ui, &error);
            if app.json {
                print_json(&serde_json::json!({ "error": error_json(&ui, &error) }));
            }
            ExitCode::from(exit_code(&error))
        }
    }
}
