//! The docwiz command line: argument parsing, exit codes and printing. The work
//! is done by the library.

mod cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "docwiz",
    version,
    about = "Localized F1 help with live certificate status",
    disable_help_subcommand = true
)]
struct Cli {
    /// Language for all output: BCP 47 or POSIX, a preference list separated by
    /// commas, weighted with `;q=` as in Accept-Language; repeatable. Default:
    /// LC_ALL, LC_MESSAGES, LANG. With `export`, the languages to export.
    #[arg(long, global = true, value_name = "TAG", action = clap::ArgAction::Append)]
    lang: Vec<String>,
    /// A content tree (with content/ and locales/) instead of the built-in one.
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<PathBuf>,
    /// The wizard's store (default: $DOCWIZ_HOME, else $XDG_DATA_HOME/docwiz).
    #[arg(long, global = true, value_name = "DIR")]
    store: Option<PathBuf>,
    /// Print one JSON document.
    #[arg(long, global = true)]
    json: bool,
    /// Line-by-line output for screen readers: no pager, no full-screen UI,
    /// no ANSI styling.
    #[arg(long, global = true)]
    plain: bool,
    /// Never open the full-screen wizard or pager: commands print as without
    /// a terminal.
    #[arg(long, global = true)]
    no_interactive: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show the help topic for F1 keywords (most specific first) or a topic id.
    Help(cmd::help::Args),
    /// Find topics by words of their titles, headings, text and F1 keywords.
    Search(cmd::search::Args),
    /// List topics, their titles, F1 keywords and untranslated messages.
    Topics(cmd::topics::Args),
    /// Check content and translations; exit 1 on errors.
    Lint(cmd::lint::Args),
    /// Write every topic in every language as a static HTML site or as Markdown.
    Export(cmd::export::Args),
    /// The certificate wizard.
    Wizard(Box<cmd::wizard::Args>),
    /// The trust stores: Trusted Root and Intermediate Certification Authorities.
    Trust(cmd::trust::Args),
    /// Installed certificates.
    Certs(cmd::certs::Args),
    /// Serve the help site, the F1 endpoint and the wizard over HTTP.
    Serve(cmd::serve::Args),
}

fn main() -> ExitCode {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&argv).ok().or_else(|| for_f1(&argv)) {
        Some(cli) => cli,
        None => return in_user_language(&argv, Cli::command()),
    };
    // A wizard step missing what it needs opens its page on a terminal;
    // elsewhere it is the usage error it always was.
    if let Command::Wizard(args) = &cli.command
        && !cmd::interactive(cli.json, cli.plain, cli.no_interactive)
        && args.incomplete()
        && strict().try_get_matches_from(&argv).is_err()
    {
        return in_user_language(&argv, strict());
    }
    let lang = (!cli.lang.is_empty()).then(|| cli.lang.join(","));
    let mut app = match cmd::App::new(
        lang.as_deref(),
        cli.root.as_deref(),
        cli.store.as_deref(),
        cli.json,
    ) {
        Ok(app) => app,
        Err(code) => return code,
    };
    app.set_modes(cli.plain, cli.no_interactive);
    match &cli.command {
        Command::Help(args) => cmd::help::run(&app, args),
        Command::Search(args) => cmd::search::run(&app, args, cli.json),
        Command::Topics(args) => cmd::topics::run(&app, args, cli.json),
        Command::Lint(args) => cmd::lint::run(&app, args),
        Command::Export(args) => cmd::export::run(&app, args),
        Command::Wizard(args) => cmd::wizard::run(&app, args, cli.json),
        Command::Trust(args) => cmd::trust::run(&app, args, cli.json),
        Command::Certs(args) => cmd::certs::run(&app, args, cli.json),
        Command::Serve(args) => cmd::serve::run(&app, args),
    }
}

/// The command line with the arguments a wizard step cannot run without
/// marked required, as they are when there is no terminal to ask on.
fn strict() -> clap::Command {
    Cli::command().mut_subcommand("wizard", |wizard| {
        wizard
            .mut_subcommand("request", |request| {
                request
                    .mut_arg("fqdn", |a| a.required_unless_present("f1"))
                    .mut_arg("acme_directory", |a| a.required_if_eq("ca", "acme"))
                    .mut_arg("cfssl_url", |a| a.required_if_eq("ca", "cfssl"))
            })
            .mut_subcommand("assign", |assign| {
                assign.mut_arg("thumbprint", |a| a.required_unless_present("f1"))
            })
            .mut_subcommand("import", |import| {
                import.mut_arg("file", |a| a.required_unless_present("f1"))
            })
    })
}

/// The command line of `--f1` when the step's own required arguments are
/// missing: `--f1` shows the step's help topic instead of running it, so
/// what the step needs is not asked for, while `--help` and the usage
/// still show it required (`<THUMBPRINT>`). clap itself tells whether
/// `--f1` was given; without it, `None` (the usage error stands).
fn for_f1(argv: &[std::ffi::OsString]) -> Option<Cli> {
    let matches = cmd::command_line::relaxed(Cli::command())
        .try_get_matches_from(argv)
        .ok()?;
    cmd::command_line::asks_f1(&matches)
        .then(|| Cli::from_arg_matches(&matches).ok())
        .flatten()
}

/// Help, version or a usage error for `args`, which `command` refused: the
/// UI strings are read only now (a command that parses needs none of them),
/// and `command` parses again in the user's language to say it there.
fn in_user_language(args: &[std::ffi::OsString], command: clap::Command) -> ExitCode {
    let ui = cmd::command_line::ui_for(args);
    let mut command = cmd::command_line::localize(command, &ui);
    match command.try_get_matches_from_mut(args) {
        Err(error) => cmd::command_line::usage_error(&ui, &error, &command),
        // Both commands take the same arguments.
        Ok(_) => ExitCode::from(cmd::BAD_INPUT),
    }
}
