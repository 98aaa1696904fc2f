//! `docwiz lint`: content and translation QA, exit 1 on errors.

use std::process::ExitCode;

use docwiz::error::Message;
use docwiz::lint;

use super::{
    App, FAILED, error_json, exit_code, finding_json, print_diagnostics, print_error, print_json,
};

pub fn run(app: &App) -> ExitCode {
    let ui = app.ui();
    let diagnostics = match lint::lint(&app.docwiz.source) {
        Ok(diagnostics) => diagnostics,
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
