//! `docwiz lint`: content and translation QA, exit 1 on errors.

use std::process::ExitCode;

use docwiz::error::Message;
use docwiz::lint;

use super::{App, FAILED, exit_code, print_diagnostics, print_error};

pub fn run(app: &App) -> ExitCode {
    let ui = app.ui();
    let diagnostics = match lint::lint(&app.docwiz.source) {
        Ok(diagnostics) => diagnostics,
        Err(error) => {
            print_error(&ui, &error);
            return ExitCode::from(exit_code(&error));
        }
    };
    print_diagnostics(&ui, &diagnostics);
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
