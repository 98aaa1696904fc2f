//! The command line's own text in the user's language: `--help` of every
//! command and clap's usage errors, from the same Fluent bundles as the rest
//! (`cli-*` messages in `locales/*/ui.ftl`), as uutils coreutils does over
//! clap: the help of each argument and command is set at run time, the help
//! template and headings are localized, and clap's error kinds are mapped to
//! messages with clap's context (the argument, the value, the suggestion).
//!
//! Message ids: `cli-about` (docwiz), `cli-about-<path>` (a command, its path
//! joined by `-`, e.g. `cli-about-wizard-request`), `cli-arg-<arg>` (a global
//! argument), `cli-arg-<path>-<arg>` (a command's argument; `_` in clap's id
//! becomes `-`), `cli-after-<path>` (text after a command's help, when the
//! English one has it), `cli-value-<name>` (a placeholder such as `FILE`).
//! Option names are never translated; placeholders are, as in the pages.

use std::ffi::OsString;
use std::io::Write as _;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use docwiz::error::{Arg, Message};
use docwiz::localization::Localizer;

/// The UI strings for the language the arguments and environment ask for,
/// read before clap has parsed anything: `--lang` and `--root` are looked
/// for as clap would take them (`--lang X`, `--lang=X`, repeatable, none after
/// `--`). A `--root` that is no tree speaks with the built-in strings.
pub fn ui_for(args: &[OsString]) -> Localizer {
    let mut lang: Vec<String> = Vec::new();
    let mut root: Option<std::path::PathBuf> = None;
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let Some(text) = arg.to_str() else { continue };
        match text {
            "--" => break,
            "--lang" => lang.extend(iter.next().and_then(|v| v.to_str()).map(str::to_string)),
            "--root" => root = iter.next().map(std::path::PathBuf::from),
            _ => {
                if let Some(value) = text.strip_prefix("--lang=") {
                    lang.push(value.to_string());
                } else if let Some(value) = text.strip_prefix("--root=") {
                    root = Some(value.into());
                }
            }
        }
    }
    let lang = (!lang.is_empty()).then(|| lang.join(","));
    let requested = docwiz::language::requested(lang.as_deref(), |name| std::env::var(name).ok());
    let source = docwiz::source::Source::new(root.as_deref());
    docwiz::Docwiz::new(source, &requested.list.languages)
        .or_else(|_| {
            docwiz::Docwiz::new(docwiz::source::Source::BuiltIn, &requested.list.languages)
        })
        .map(|d| d.ui().0)
        .unwrap_or_else(|_| {
            docwiz::localization::Ui::load(
                &docwiz::source::Source::BuiltIn,
                &docwiz::language::chain(&docwiz::language::source()),
            )
            .0
        })
}

/// `command` with every help text, heading and placeholder from `ui`.
pub fn localize(command: clap::Command, ui: &Localizer) -> clap::Command {
    let text = |id: &str| ui.format(id, None).map(|f| f.text);
    localize_at(command, "", ui, &text)
}

fn localize_at(
    command: clap::Command,
    path: &str,
    ui: &Localizer,
    text: &dyn Fn(&str) -> Option<String>,
) -> clap::Command {
    let about_id = if path.is_empty() {
        "cli-about".to_string()
    } else {
        format!("cli-about-{path}")
    };
    let options = text("cli-heading-options").unwrap_or_else(|| "Options".into());
    let arguments = text("cli-heading-arguments").unwrap_or_else(|| "Arguments".into());
    let usage = text("cli-heading-usage").unwrap_or_else(|| "Usage".into());
    let mut command = command
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(text("cli-help-flag").unwrap_or_default())
                .help_heading(options.clone())
                .display_order(usize::MAX),
        )
        .subcommand_help_heading(text("cli-heading-commands").unwrap_or_else(|| "Commands".into()))
        .subcommand_value_name(text("cli-value-command").unwrap_or_else(|| "COMMAND".into()))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
            heading_line(ui, &usage)
        ));
    if path.is_empty() {
        command = command.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(text("cli-version-flag").unwrap_or_default())
                .help_heading(options.clone())
                .display_order(usize::MAX),
        );
    }
    if let Some(about) = text(&about_id) {
        command = command
            .about(about.clone())
            .long_about(None::<&'static str>);
    }
    let after_id = format!("cli-after-{path}");
    if command.get_after_help().is_some()
        && let Some(after) = text(&after_id)
    {
        command = command
            .after_help(after)
            .after_long_help(None::<&'static str>);
    }
    let prefix = if path.is_empty() {
        "cli-arg-".to_string()
    } else {
        format!("cli-arg-{path}-")
    };
    command =
        command.mut_args(|arg| {
            let name = arg.get_id().as_str().replace('_', "-");
            if name == "help" || name == "version" {
                return arg;
            }
            let heading = if arg.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            let mut arg = arg.help_heading(heading);
            // Globals are not propagated yet: each is met once, where defined.
            if let Some(mut help) = text(&format!("{prefix}{name}")) {
                // clap's own "[default: …]" and "[possible values: …]" are
                // English: they are said here instead.
                let values = takes_values(&arg);
                if values {
                    let defaults: Vec<String> = arg
                        .get_default_values()
                        .iter()
                        .map(|v| v.to_string_lossy().into_owned())
                        .collect();
                    if !defaults.is_empty() {
                        space_after(&mut help);
                        help.push_str(&ui.text(
                            &Message::new("cli-default-value").arg("value", defaults.join(",")),
                        ));
                    }
                    let possible: Vec<String> = arg
                        .get_possible_values()
                        .iter()
                        .filter(|v| !v.is_hide_set())
                        .map(|v| v.get_name().to_string())
                        .collect();
                    if !possible.is_empty() {
                        space_after(&mut help);
                        help.push_str(
                            &ui.text(
                                &Message::new("cli-possible-values")
                                    .arg("values", Arg::enumeration(possible)),
                            ),
                        );
                    }
                }
                arg = arg.help(help).long_help(None::<&'static str>);
                if values {
                    arg = arg.hide_default_value(true).hide_possible_values(true);
                }
            }
            if takes_values(&arg)
                && let Some(names) = arg.get_value_names()
            {
                let localized: Vec<String> = names
                    .iter()
                    .map(|n| text(&value_id(n)).unwrap_or_else(|| n.to_string()))
                    .collect();
                arg = arg.value_names(localized);
            }
            arg
        });
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        command = command.mut_subcommand(&name, |sub| localize_at(sub, &sub_path, ui, text));
    }
    command
}

/// Every message id the command line asks for: the `cli-*` messages each
/// locale's `ui.ftl` must have.
#[cfg(test)]
fn message_ids(command: &clap::Command) -> Vec<String> {
    let mut ids = vec![
        "cli-about".to_string(),
        "cli-help-flag".into(),
        "cli-version-flag".into(),
        "cli-heading-options".into(),
        "cli-heading-arguments".into(),
        "cli-heading-commands".into(),
        "cli-heading-usage".into(),
        "cli-value-command".into(),
        "cli-usage-options".into(),
        "cli-try-help".into(),
    ];
    collect_ids(command, "", &mut ids);
    ids.sort();
    ids.dedup();
    ids
}

#[cfg(test)]
fn collect_ids(command: &clap::Command, path: &str, ids: &mut Vec<String>) {
    if !path.is_empty() {
        ids.push(format!("cli-about-{path}"));
        if command.get_after_help().is_some() {
            ids.push(format!("cli-after-{path}"));
        }
    }
    let prefix = if path.is_empty() {
        "cli-arg-".to_string()
    } else {
        format!("cli-arg-{path}-")
    };
    for arg in command.get_arguments() {
        let name = arg.get_id().as_str().replace('_', "-");
        if name == "help" || name == "version" {
            continue;
        }
        ids.push(format!("{prefix}{name}"));
        if takes_values(arg) {
            ids.extend(
                arg.get_value_names()
                    .unwrap_or_default()
                    .iter()
                    .map(value_id),
            );
        }
    }
    for sub in command.get_subcommands() {
        let sub_path = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path}-{}", sub.get_name())
        };
        collect_ids(sub, &sub_path, ids);
    }
}

/// A space before what follows `text`, unless it ends in full-width
/// punctuation or a CJK character (which no space follows).
fn space_after(text: &mut String) {
    let wide = text
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}'));
    if !wide {
        text.push(' ');
    }
}

fn takes_values(arg: &clap::Arg) -> bool {
    arg.get_action().takes_values()
}

/// The message of a placeholder ([`docwiz::placeholder::message_id`]).
fn value_id(name: &clap::builder::Str) -> String {
    docwiz::placeholder::message_id(name.as_str())
}

/// clap's answer to arguments it cannot parse, in the user's language: help
/// and version requests print as asked; an error prints its localized
/// message, clap's suggestion, the usage and where to read more. With
/// `--json` among the arguments, a script reading stdout still gets one JSON
/// document with clap's error kind and the message.
pub fn usage_error(ui: &Localizer, error: &clap::Error, command: &clap::Command) -> ExitCode {
    let json = std::env::args_os()
        .take_while(|a| a != "--")
        .any(|a| a == "--json");
    if !error.use_stderr() {
        // --help, --version: clap renders the (localized) command; the
        // usage line's "[OPTIONS]" is clap's own word.
        let text = error.render().ansi().to_string();
        let _ = anstream::AutoStream::auto(std::io::stdout().lock())
            .write_all(localize_options(ui, &text).as_bytes());
        return ExitCode::SUCCESS;
    }
    let message = error_message(ui, error, command);
    let label = ui.text(&Message::new("diag-error"));
    let mut parts = vec![format!(
        "docwiz: {}",
        docwiz::cert::pages::label_value(ui, &label, &message)
    )];
    let tips: Vec<String> = tips(ui, error).iter().map(|t| format!("  {t}")).collect();
    if !tips.is_empty() {
        parts.push(tips.join("\n"));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        parts.push(localized_usage(ui, &usage.to_string()));
    }
    parts.push(ui.text(&Message::new("cli-try-help").arg("flag", "--help")));
    eprintln!("{}", parts.join("\n\n"));
    if json {
        super::print_json(&serde_json::json!({
            "error": {
                "code": "usage",
                "kind": format!("{:?}", error.kind()),
                "message": message,
                "location": null,
            }
        }));
    }
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(super::BAD_INPUT))
}

/// clap's usage line with its heading and `[OPTIONS]` in the user's language.
fn localized_usage(ui: &Localizer, usage: &str) -> String {
    let heading = ui.text(&Message::new("cli-heading-usage"));
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").map_or(usage, str::trim_start);
    format!(
        "{}{}",
        heading_line(ui, &heading),
        localize_options(ui, usage)
    )
}

/// A heading and the locale's colon (`Usage: `, `Utilisation : `, `用法：`),
/// with a space after it unless the colon is full-width.
fn heading_line(ui: &Localizer, heading: &str) -> String {
    let colon = ui.text(&Message::new("cli-heading-colon"));
    if colon.ends_with('：') {
        format!("{heading}{colon}")
    } else {
        format!("{heading}{colon} ")
    }
}

/// clap's help text with its own words in the user's language: `[OPTIONS]`
/// of the usage line, and the colon clap puts after each section heading.
fn localize_options(ui: &Localizer, text: &str) -> String {
    let options = ui.text(&Message::new("cli-usage-options"));
    let colon = ui.text(&Message::new("cli-heading-colon"));
    let mut text = text.replace("[OPTIONS]", &format!("[{options}]"));
    if colon != ":" {
        for id in [
            "cli-heading-options",
            "cli-heading-arguments",
            "cli-heading-commands",
        ] {
            let heading = ui.text(&Message::new(id));
            text = text.replace(&format!("{heading}:"), &format!("{heading}{colon}"));
        }
    }
    text
}

/// `command` and its subcommands with no argument or group required: what
/// a command line with `--f1` is parsed against, since `--f1` shows the
/// step's topic instead of running it, while `--help` and the usage show
/// what the step itself requires.
pub fn relaxed(command: clap::Command) -> clap::Command {
    let groups: Vec<String> = command
        .get_groups()
        .map(|g| g.get_id().as_str().to_string())
        .collect();
    groups
        .iter()
        .fold(command, |c, id| c.mut_group(id, |g| g.required(false)))
        .mut_args(|a| a.required(false))
        .mut_subcommands(relaxed)
}

/// Whether `--f1` is set on the command or one of its subcommands.
pub fn asks_f1(matches: &clap::ArgMatches) -> bool {
    matches
        .try_get_one::<bool>("f1")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
        || matches.subcommand().is_some_and(|(_, sub)| asks_f1(sub))
}

/// Clap's context as an argument: a list of values (missing arguments,
/// commands, valid values) enumerated as the reader's locale enumerates,
/// anything else as its text.
fn context_arg(error: &clap::Error, kind: ContextKind) -> Arg {
    match error.get(kind) {
        Some(ContextValue::Strings(v)) => Arg::enumeration(v),
        Some(ContextValue::StyledStrs(v)) => Arg::enumeration(v.iter().map(ToString::to_string)),
        _ => Arg::Str(context(error, kind)),
    }
}

/// How many values clap's context holds (missing arguments), so that the
/// sentence agrees with their number.
fn context_count(error: &clap::Error, kind: ContextKind) -> usize {
    match error.get(kind) {
        Some(ContextValue::Strings(v)) => v.len(),
        Some(ContextValue::StyledStrs(v)) => v.len(),
        Some(_) => 1,
        None => 0,
    }
}

fn context(error: &clap::Error, kind: ContextKind) -> String {
    match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        Some(ContextValue::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// The bounds of clap's range error (`… is not in 1..=397`), if it is one.
fn number_range(text: &str) -> Option<(String, String)> {
    let range = text.rsplit(' ').next()?;
    let (min, max) = range.split_once("..=")?;
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    (number(min) && number(max)).then(|| (min.to_string(), max.to_string()))
}

/// The error's sentence: one message per clap error kind, with clap's
/// context as its arguments.
fn error_message(ui: &Localizer, error: &clap::Error, command: &clap::Command) -> String {
    let arg = || context(error, ContextKind::InvalidArg);
    let value = || context(error, ContextKind::InvalidValue);
    let message = match error.kind() {
        ErrorKind::InvalidValue => {
            // Values enumerated with the locale's separator ("、" in Chinese).
            let valid = context_arg(error, ContextKind::ValidValue);
            if value().is_empty() {
                Message::new("cli-error-missing-value").arg("arg", arg())
            } else if context(error, ContextKind::ValidValue).is_empty() {
                Message::new("cli-error-invalid-value")
                    .arg("arg", arg())
                    .arg("value", value())
            } else {
                Message::new("cli-error-invalid-choice")
                    .arg("arg", arg())
                    .arg("value", value())
                    .arg("valid", valid)
            }
        }
        ErrorKind::ValueValidation => {
            // Our value parsers give a message id as their reason; clap's
            // own (numbers) give English, which is left out.
            let reason = std::error::Error::source(error)
                .map(ToString::to_string)
                .filter(|id| id.starts_with("cli-"))
                .and_then(|id| ui.format(&id, None))
                .map(|f| f.text);
            // clap's number range check says "36500 is not in 0..=3650": the
            // range is taken from it, the sentence is ours.
            let range = std::error::Error::source(error)
                .map(ToString::to_string)
                .and_then(|text| number_range(&text));
            match (reason, range) {
                (_, Some((min, max))) => Message::new("cli-error-out-of-range")
                    .arg("arg", arg())
                    .arg("value", value())
                    .arg("min", min)
                    .arg("max", max),
                (Some(reason), None) => Message::new("cli-error-invalid-value-why")
                    .arg("arg", arg())
                    .arg("value", value())
                    .arg("reason", reason),
                (None, None) => Message::new("cli-error-invalid-value")
                    .arg("arg", arg())
                    .arg("value", value()),
            }
        }
        ErrorKind::UnknownArgument => Message::new("cli-error-unknown-argument").arg("arg", arg()),
        ErrorKind::InvalidSubcommand => Message::new("cli-error-unknown-command")
            .arg("command", context(error, ContextKind::InvalidSubcommand)),
        ErrorKind::MissingRequiredArgument => Message::new("cli-error-missing-arguments")
            .arg("args", context_arg(error, ContextKind::InvalidArg))
            .arg("count", context_count(error, ContextKind::InvalidArg)),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let commands = if context(error, ContextKind::ValidSubcommand).is_empty() {
                Arg::enumeration(deepest(command).get_subcommands().map(|s| s.get_name()))
            } else {
                context_arg(error, ContextKind::ValidSubcommand)
            };
            Message::new("cli-error-missing-command").arg("commands", commands)
        }
        ErrorKind::ArgumentConflict => {
            let prior = context(error, ContextKind::PriorArg);
            if prior.is_empty() || prior == arg() {
                Message::new("cli-error-given-twice").arg("arg", arg())
            } else {
                Message::new("cli-error-conflict")
                    .arg("arg", arg())
                    .arg("other", prior)
            }
        }
        ErrorKind::NoEquals => Message::new("cli-error-no-equals").arg("arg", arg()),
        ErrorKind::TooManyValues => Message::new("cli-error-too-many-values")
            .arg("arg", arg())
            .arg("value", value()),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            Message::new("cli-error-wrong-number-of-values").arg("arg", arg())
        }
        ErrorKind::InvalidUtf8 => Message::new("cli-error-not-utf8"),
        _ => Message::new("cli-error-other"),
    };
    ui.text(&message)
}

/// The command the arguments name (`docwiz trust` → `trust`): the one whose
/// subcommands a missing command is one of.
fn deepest(command: &clap::Command) -> &clap::Command {
    let mut current = command;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if let Some(sub) = current.find_subcommand(&arg) {
            current = sub;
        } else if arg.starts_with('-') {
            // An option's value (`--lang ru`) is no command: skip it, or
            // `docwiz --lang ru certs` would stop at the top level.
            if takes_separate_value(command, current, &arg) {
                args.next();
            }
        } else {
            break;
        }
    }
    current
}

/// Whether `arg` (`--name` or `-x`, without `=value`) is an option of
/// `current` or a global one of `root` whose value is the next argument.
fn takes_separate_value(root: &clap::Command, current: &clap::Command, arg: &str) -> bool {
    let matches = |a: &clap::Arg| {
        if let Some(long) = arg.strip_prefix("--") {
            !long.contains('=') && a.get_long() == Some(long)
        } else {
            let mut chars = arg.chars().skip(1);
            matches!((chars.next(), chars.next()), (Some(c), None) if a.get_short() == Some(c))
        }
    };
    current
        .get_arguments()
        .chain(root.get_arguments())
        .find(|a| matches(a))
        .is_some_and(|a| a.get_action().takes_values())
}

/// clap's "did you mean" and "to pass it as a value" tips, localized.
fn tips(ui: &Localizer, error: &clap::Error) -> Vec<String> {
    let mut tips = Vec::new();
    for (kind, id) in [
        (ContextKind::SuggestedSubcommand, "cli-tip-similar-command"),
        (ContextKind::SuggestedArg, "cli-tip-similar-argument"),
        (ContextKind::SuggestedValue, "cli-tip-similar-value"),
    ] {
        let suggestion = context(error, kind);
        if !suggestion.is_empty() {
            tips.push(ui.text(&Message::new(id).arg("suggestion", suggestion)));
        }
    }
    if error.kind() == ErrorKind::UnknownArgument
        && error.get(ContextKind::Suggested).is_some()
        && context(error, ContextKind::InvalidArg).starts_with('-')
    {
        tips.push(
            ui.text(
                &Message::new("cli-tip-value-with-dash")
                    .arg("arg", context(error, ContextKind::InvalidArg)),
            ),
        );
    }
    tips
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// The messages `usage_error` says errors and tips with.
    const ERROR_IDS: [&str; 25] = [
        "cli-error-out-of-range",
        "cli-error-missing-value",
        "cli-error-invalid-value",
        "cli-error-invalid-choice",
        "cli-error-invalid-value-why",
        "cli-error-unknown-argument",
        "cli-error-unknown-command",
        "cli-error-missing-arguments",
        "cli-error-missing-command",
        "cli-error-given-twice",
        "cli-error-conflict",
        "cli-error-no-equals",
        "cli-error-too-many-values",
        "cli-error-wrong-number-of-values",
        "cli-error-not-utf8",
        "cli-error-other",
        "cli-tip-similar-command",
        "cli-tip-similar-argument",
        "cli-tip-similar-value",
        "cli-tip-value-with-dash",
        "cli-error-listen-address",
        "cli-try-help",
        "cli-default-value",
        "cli-possible-values",
        "cli-heading-colon",
    ];

    /// Every `docwiz …` code span of the topics and messages of every
    /// locale, with where it is.
    fn commands_in_texts() -> Vec<(String, String)> {
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&locales).unwrap() {
            let dir = entry.unwrap().path();
            files.push(dir.join("ui.ftl"));
            if let Ok(topics) = std::fs::read_dir(dir.join("topics")) {
                files.extend(topics.map(|t| t.unwrap().path()));
            }
        }
        let mut out = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                // Code spans are the odd pieces between backticks.
                for code in line.split('`').skip(1).step_by(2) {
                    if code.starts_with("docwiz ") {
                        out.push((format!("{}:{}", file.display(), n + 1), code.to_string()));
                    }
                }
            }
        }
        out
    }

    /// A command a topic or message writes runs when pasted with its
    /// placeholders filled in: no option without its value (`wizard assign
    /// --thumbprint`), no required argument left out (unless the span only
    /// names the command), no option the command lacks. clap's own definitions judge; a value the sample `x` does not
    /// satisfy (a number, a choice) is the sample's fault, not the text's.
    #[test]
    fn commands_in_topics_and_messages_parse_with_their_placeholders_filled_in() {
        use clap::error::{ContextKind, ErrorKind};
        let commands = commands_in_texts();
        assert!(commands.len() > 50, "{commands:?}");
        let mut wrong = Vec::new();
        for (at, code) in &commands {
            let args: Vec<String> = code
                .split_whitespace()
                .map(|token| match (token.find('<'), token.rfind('>')) {
                    (Some(open), Some(close)) if open < close => {
                        format!("{}x{}", &token[..open], &token[close + 1..])
                    }
                    _ => token.to_string(),
                })
                .collect();
            // Words only (`docwiz certs export`) name a command in a
            // sentence; what it then needs, the text goes on to give.
            let name_only = args
                .iter()
                .all(|a| a.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                && !args.iter().any(|a| a.starts_with('-'));
            if let Err(e) = crate::Cli::command().try_get_matches_from(&args) {
                // clap says a missing value is an invalid empty one.
                let sample = e
                    .get(ContextKind::InvalidValue)
                    .is_some_and(|v| v.to_string() == "x");
                let fine = match e.kind() {
                    ErrorKind::InvalidValue => sample,
                    ErrorKind::ValueValidation | ErrorKind::DisplayHelp => true,
                    ErrorKind::MissingRequiredArgument => name_only,
                    _ => false,
                };
                if !fine {
                    wrong.push(format!("{at}: `{code}`: {:?}", e.kind()));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn every_locale_has_every_command_line_message() {
        let mut wanted = super::message_ids(&crate::Cli::command());
        wanted.extend(ERROR_IDS.iter().map(|s| s.to_string()));
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(&locales).unwrap() {
            let dir = entry.unwrap().path();
            let text = std::fs::read_to_string(dir.join("ui.ftl")).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
            let have: std::collections::HashSet<&str> = resource
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                    _ => None,
                })
                .collect();
            for id in &wanted {
                if !have.contains(id.as_str()) {
                    missing.push(format!("{}: {id}", dir.display()));
                }
            }
        }
        assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
    }
}
