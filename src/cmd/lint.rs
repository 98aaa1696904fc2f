//! `docwiz lint`: content and translation QA, exit 1 on errors; `--fix`
//! makes the typography edits it proposes.

use std::process::ExitCode;

use docwiz::error::Message;
use docwiz::lint;
use docwiz::source::Source;

use super::{
    App, BAD_INPUT, FAILED, error_json, exit_code, finding_json, print_diagnostics, print_error,
    print_json,
};

#[derive(clap::Args)]
pub struct Args {
    /// Rewrite the translations of the --root tree with the typography
    /// fixes lint proposes (text of messages only), then check again.
    #[arg(long)]
    fix: bool,
}

pub fn run(app: &App, args: &Args) -> ExitCode {
    let ui = app.ui();
    if args.fix {
        let Source::Dir(root) = &app.docwiz.source else {
            print_error(
                &ui,
                &docwiz::error::Error::Content(docwiz::error::Diagnostic::error(
                    None,
                    Message::new("lint-fix-built-in"),
                )),
            );
            return ExitCode::from(BAD_INPUT);
        };
        match lint::fix(root) {
            Ok(fixed) => eprintln!(
                "{}",
                ui.text(
                    &Message::new("lint-fixed")
                        .arg("edits", fixed.edits)
                        .arg("files", fixed.files.len())
                )
            ),
            Err(error) => {
                print_error(&ui, &error);
                return ExitCode::from(exit_code(&error));
            }
        }
    }
    let diagnostics = match lint::lint(&app.docwiz.source) {
        // The fix a finding names, spelt as this run's commands are (its
        // --root and --lang too), so that it runs as printed.
        Ok(diagnostics) => diagnostics
            .into_iter()
            .map(|mut d| {
                if d.message.args.iter().any(|(name, _)| *name == "fix") {
                    d.message = d.message.set("fix", app.commands.command("lint --fix"));
                }
                d
            })
            .collect::<Vec<_>>(),
        Err(error) => {
            print_error(&ui, &error);
            if app.json {
                print_json(&serde_json::json!({ "error": error_json(&ui, &error) }));
            }
            return ExitCode::from(exit_code(&error));
        }
    };
    if app.json {
        // The findings are the document; stderr keeps only the summary.
        print_json(&serde_json::Value::Array(
            diagnostics.iter().map(|d| finding_json(&ui, d)).collect(),
        ));
    } else {
        print_diagnostics(&ui, &diagnostics);
    }
    let (errors, warnings) = lint::counts(&diagnostics);
    eprintln!(
        "{}",
        ui.text(
            &Message::new("lint-summary")
                .arg("errors", errors)
                .arg("warnings", warnings)
        )
    );
    if errors > 0 {
        ExitCode::from(FAILED)
    } else {
        ExitCode::SUCCESS
    }
}
