//! `docwiz help <KEYWORD|TOPIC>...`

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::ValueEnum;
use docwiz::error::Error;
use docwiz::render::{self, Labels, term};
use docwiz::{Lookup, View};

use super::{
    App, BAD_INPUT, error_json, exit_code, finding_json, print_diagnostics, print_error, print_json,
};

#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Term,
    Md,
    Html,
}

#[derive(clap::Args)]
pub struct Args {
    /// F1 keywords, most specific first, or topic ids.
    #[arg(required = true, value_name = "KEYWORD|TOPIC")]
    keywords: Vec<String>,
    #[arg(long, value_enum, default_value = "term")]
    format: FormatArg,
    /// Follow each block with its English source.
    #[arg(long)]
    side_by_side: bool,
    /// Fail (exit 1) when any message falls back to English.
    #[arg(long)]
    strict: bool,
    /// Show the live state of the wizard in the page (the default).
    #[arg(long, overrides_with = "no_live")]
    live: bool,
    /// Leave the live state out.
    #[arg(long)]
    no_live: bool,
    /// The request whose status the page shows (default: the latest).
    #[arg(long, value_name = "REQUEST")]
    request: Option<String>,
    /// Print the page even when it is longer than the terminal, instead of
    /// showing it in the full-screen pager.
    #[arg(long)]
    no_pager: bool,
}

impl Args {
    /// The topic for `keyword`, joined with the live state: what `--f1` shows.
    pub fn f1(keyword: &str) -> Args {
        Args {
            keywords: vec![keyword.to_string()],
            format: FormatArg::Term,
            side_by_side: false,
            strict: false,
            live: true,
            no_live: false,
            request: None,
            no_pager: false,
        }
    }
}

pub fn run(app: &App, args: &Args) -> ExitCode {
    let fill = |name: &str, l10n: &docwiz::localization::Localizer| {
        app.live(name, l10n, args.request.as_deref())
    };
    let view = View {
        side_by_side: args.side_by_side,
        live: if args.no_live { None } else { Some(&fill) },
    };
    let (mut help, error) = match app.docwiz.help(&args.keywords, view) {
        Ok(Lookup::Found(help)) => (help, None),
        Ok(Lookup::NoMatch { error, page }) => (page, Some(error)),
        Err(error) => {
            let ui = app.ui();
            print_error(&ui, &error);
            if app.json {
                print_json(&serde_json::json!({ "error": error_json(&ui, &error) }));
            }
            return ExitCode::from(exit_code(&error));
        }
    };
    if !matches!(args.format, FormatArg::Md) {
        help.page.record_alert_labels(&help.l10n);
    }
    let broken = print_diagnostics(&help.l10n, &help.diagnostics);
    // Broken input (exit 2) wins over a refusal by --strict (exit 1).
    let refused = if broken { BAD_INPUT } else { super::FAILED };
    let authoring = help
        .diagnostics
        .iter()
        .filter(|d| docwiz::markdown_check::is_authoring(d))
        .count();
    if args.strict && authoring > 0 {
        print_diagnostics(
            &help.l10n,
            &[docwiz::error::Diagnostic::error(
                None,
                docwiz::error::Message::new("help-strict-authoring").arg("count", authoring),
            )],
        );
        return ExitCode::from(refused);
    }
    if args.strict && !help.page.fallbacks.is_empty() {
        let refusal = Error::StrictFallback {
            locale: help.page.locale.to_string(),
            messages: help.page.fallback_ids(),
        };
        print_error(&help.l10n, &refusal);
        if app.json {
            // The page is refused, but a script learns why from the document.
            print_json(&page_json(&help, Some(&refusal)));
        }
        return ExitCode::from(if broken {
            BAD_INPUT
        } else {
            exit_code(&refusal)
        });
    }
    if app.json {
        print_json(&page_json(&help, error.as_ref()));
        if let Some(error) = &error {
            print_error(&help.l10n, error);
        }
        if broken {
            return ExitCode::from(BAD_INPUT);
        }
        return error.map_or(ExitCode::SUCCESS, |e| ExitCode::from(exit_code(&e)));
    }
    let labels = Labels::new(&help.l10n, &help.page).with_command_prefix(&app.commands.prefix);
    let output = match args.format {
        FormatArg::Md => render::markdown::render(&help.page),
        FormatArg::Html => render::html::render(&help.page, &labels),
        FormatArg::Term => term::render(&help.page, &labels, terminal_style()),
    };
    let pageable =
        matches!(args.format, FormatArg::Term) && error.is_none() && !broken && !args.no_pager;
    let pager = if pageable && app.interactive {
        pager_choice(|name| std::env::var(name).ok())
    } else {
        Pager::Off
    };
    if let Pager::Command(command) = &pager {
        match run_pager_command(command, &output) {
            Ok(()) => return ExitCode::SUCCESS,
            Err(e) => {
                let message =
                    docwiz::error::Message::new("help-pager-failed").arg("error", e.to_string());
                super::print_problems(
                    &app.ui(),
                    &[docwiz::error::Diagnostic::warning(None, message)],
                );
            }
        }
    }
    if matches!(pager, Pager::BuiltIn) && longer_than_screen(&output) {
        let compose = |target: &str| -> Option<docwiz::Help> {
            let (topic, _) = docwiz::link::split_target(target);
            match app.docwiz.help(&[topic.to_string()], view) {
                Ok(Lookup::Found(mut help)) => {
                    help.page.record_alert_labels(&help.l10n);
                    Some(help)
                }
                _ => None,
            }
        };
        match docwiz::tui::pager::run(help, &app.commands.prefix, &compose) {
            Ok(docwiz::tui::terminal::Ended::Closed) => return ExitCode::SUCCESS,
            Ok(docwiz::tui::terminal::Ended::Signal(signal)) => return super::signalled(signal),
            // The terminal refused full-screen mode: the page is printed.
            Err(e) => {
                let message =
                    docwiz::error::Message::new("help-pager-failed").arg("error", e.to_string());
                super::print_problems(
                    &app.ui(),
                    &[docwiz::error::Diagnostic::warning(None, message)],
                );
                let mut stdout = std::io::stdout().lock();
                let _ = stdout.write_all(output.as_bytes());
                let _ = stdout.flush();
                return ExitCode::SUCCESS;
            }
        }
    }
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`docwiz help … | head`) is not an error worth reporting.
    let _ = stdout.write_all(output.as_bytes());
    let _ = stdout.flush();
    if let Some(error) = &error {
        print_error(&help.l10n, error);
    }
    // Broken content explains more than "not found": it may be why nothing matched.
    if broken {
        return ExitCode::from(BAD_INPUT);
    }
    if let Some(error) = error {
        return ExitCode::from(exit_code(&error));
    }
    ExitCode::SUCCESS
}

/// The composed page with its metadata: each fallback with its reason (and
/// the resolver's errors when it is one), the messages no locale could
/// format cleanly, the diagnostics, and the error when the lookup failed or
/// `--strict` refused the page.
fn page_json(help: &docwiz::Help, error: Option<&Error>) -> serde_json::Value {
    use docwiz::compose::FallbackReason;
    let l10n = &help.l10n;
    let page = &help.page;
    let texts = |errors: &[docwiz::error::Message]| -> Vec<String> {
        errors.iter().map(|e| l10n.text(e)).collect()
    };
    let fallbacks: Vec<serde_json::Value> = page
        .fallbacks
        .iter()
        .map(|f| {
            let errors: Vec<String> = page
                .failures
                .iter()
                .filter(|x| x.id == f.id && x.locale == page.locale)
                .flat_map(|x| texts(&x.errors))
                .collect();
            serde_json::json!({
                "id": f.id,
                "reason": match f.reason {
                    FallbackReason::Missing => "missing",
                    FallbackReason::Error => "error",
                },
                "errors": errors,
            })
        })
        .collect();
    let failures: Vec<serde_json::Value> = page
        .failures
        .iter()
        .map(|f| {
            serde_json::json!({
                "id": f.id,
                "locale": f.locale.to_string(),
                "fell_back": f.fell_back,
                "errors": texts(&f.errors),
            })
        })
        .collect();
    serde_json::json!({
        "id": page.id,
        "locale": page.locale.to_string(),
        "title": page.title,
        "description": page.description,
        "f1": page.f1,
        "markdown": page.markdown,
        "fallbacks": fallbacks,
        "unfilled": page.unfilled,
        "failures": failures,
        "diagnostics": help
            .diagnostics
            .iter()
            .map(|d| finding_json(l10n, d))
            .collect::<Vec<_>>(),
        "error": error.map(|e| error_json(l10n, e)),
    })
}

/// Which pager shows a page on a terminal, by git's rules (git-var(1),
/// `GIT_PAGER`/`PAGER`): `DOCWIZ_PAGER`, else `PAGER`; a value that is empty
/// or `cat` turns paging off; any other value is a shell command that gets
/// the page on its stdin; neither set: the built-in full-screen pager.
#[derive(Debug, PartialEq)]
enum Pager {
    Off,
    BuiltIn,
    Command(String),
}

fn pager_choice(var: impl Fn(&str) -> Option<String>) -> Pager {
    match var("DOCWIZ_PAGER").or_else(|| var("PAGER")) {
        None => Pager::BuiltIn,
        Some(command) if command.trim().is_empty() || command.trim() == "cat" => Pager::Off,
        Some(command) => Pager::Command(command),
    }
}

/// Runs `command` with `sh -c` (as git does) and writes `page` to its stdin;
/// `LESS=FRX` unless the user set `LESS` (quit if one screen, keep colours,
/// leave the page on the screen), as git sets it. The pager's own exit
/// status is not ours to report (git ignores it too); only a pager that
/// cannot be started is an error.
fn run_pager_command(command: &str, page: &str) -> std::io::Result<()> {
    let mut child = std::process::Command::new("sh");
    child
        .arg("-c")
        .arg(command)
        .stdin(std::process::Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        child.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        child.env("LV", "-c");
    }
    let mut child = child.spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        // A pager that quits early (q in less) closes the pipe: not an error.
        let _ = stdin.write_all(page.as_bytes());
    }
    let _ = child.wait();
    Ok(())
}

/// Whether `output` has more lines than the terminal (stdout) has rows.
fn longer_than_screen(output: &str) -> bool {
    terminal_size::terminal_size()
        .is_some_and(|(_, height)| output.lines().count() > usize::from(height.0))
}

/// ANSI styling only on a terminal (and not with NO_COLOR or `--plain`); its
/// width, else COLUMNS, else 80.
pub fn terminal_style() -> term::Style {
    let tty = std::io::stdout().is_terminal();
    let width = tty
        .then(terminal_size::terminal_size)
        .flatten()
        .map(|(w, _)| w.0 as usize)
        .filter(|w| *w > 0)
        // COLUMNS=0 or garbage is no width (as `less` and `ls` take it).
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse::<usize>().ok())
                .filter(|w| *w > 0)
        })
        .unwrap_or(80);
    term::Style {
        color: tty
            && capable_terminal()
            && !super::plain()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        width,
    }
}

/// Whether `TERM` names a terminal that understands escape sequences: a
/// dumb terminal (Emacs' shell, some CI logs) or none named gets plain text,
/// as git and less treat them.
pub fn capable_terminal() -> bool {
    std::env::var("TERM").is_ok_and(|t| !t.is_empty() && t != "dumb")
}

#[cfg(test)]
mod tests {
    use super::{Pager, pager_choice};

    fn choice(vars: &[(&str, &str)]) -> Pager {
        pager_choice(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn the_pager_follows_gits_rules() {
        assert_eq!(choice(&[]), Pager::BuiltIn);
        assert_eq!(choice(&[("PAGER", "cat")]), Pager::Off);
        assert_eq!(choice(&[("PAGER", "")]), Pager::Off);
        assert_eq!(
            choice(&[("PAGER", "less -S")]),
            Pager::Command("less -S".into())
        );
        assert_eq!(
            choice(&[("PAGER", "less"), ("DOCWIZ_PAGER", "cat")]),
            Pager::Off
        );
        assert_eq!(
            choice(&[("PAGER", "cat"), ("DOCWIZ_PAGER", "more")]),
            Pager::Command("more".into())
        );
    }
}
