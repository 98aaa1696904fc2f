//! `docwiz wizard revoke T`: says what will happen, asks (as `trust
//! import-root` does), then revokes through the library.

use std::io::Write;
use std::process::ExitCode;

use docwiz::cert::pages;
use docwiz::cert::revoke::{self, F1_REVOKE};
use docwiz::cert::store::revocation::ReasonCode;
use docwiz::error::{Arg, Confirm, Error, Message};

use super::{App, fail};

/// The CA as the messages name it.
fn ca_name(ca: &str) -> Message {
    Message::new("revoke-ca-name").arg("ca", ca)
}

pub fn run(app: &App, thumbprint: &str, reason: &str, yes: bool, json: bool) -> ExitCode {
    let ui = app.ui();
    match revoke(app, thumbprint, reason, yes, json) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&ui, &app.spell(&ui, error), json),
    }
}

fn revoke(app: &App, thumbprint: &str, reason: &str, yes: bool, json: bool) -> Result<(), Error> {
    let ui = app.ui();
    let thumbprint = super::thumbprint_arg(thumbprint)?;
    // clap only lets the RFC names through.
    let reason: ReasonCode = reason.parse().unwrap_or_default();
    // Refusals first: nobody is asked about what cannot be done.
    let plan = revoke::plan(&app.store, &thumbprint)?;
    if !yes {
        if !super::prompt::can_ask() {
            return Err(Error::NeedsConfirmation {
                what: Confirm::Revoke,
            });
        }
        let mut stderr = std::io::stderr();
        let warning = Message::new("revoke-warning")
            .arg("thumbprint", plan.leaf.thumbprint.as_str())
            .arg("subject", plan.leaf.subject.as_str())
            .arg("ca", ca_name(&plan.ca))
            .arg("reason", Message::new(reason.label_id()));
        let _ = writeln!(stderr, "{}", ui.text(&warning));
        if !plan.usages.is_empty() {
            let usages = Message::new("revoke-warning-usages")
                .arg("count", Arg::Num(plan.usages.len() as i64))
                .arg("usages", pages::usage_list(&ui, &plan.usages));
            let _ = writeln!(stderr, "{}", ui.text(&usages));
        }
        super::prompt::confirm(&ui, "revoke-question", Confirm::Revoke)?;
    }
    let done = revoke::revoke(&app.store, &thumbprint, reason)?;
    if json {
        super::print_json(&serde_json::json!({
            "thumbprint": done.thumbprint,
            "revoked": done.revoked,
            "unassigned": done.usages,
            "same_key": done.same_key,
            "f1": F1_REVOKE,
        }));
        return Ok(());
    }
    let mut out = ui.text(
        &Message::new("revoke-done")
            .arg("thumbprint", done.thumbprint.as_str())
            .arg("ca", ca_name(&done.revoked.ca))
            .arg("date", Arg::date_of(&done.revoked.time))
            .arg("reason", Message::new(done.revoked.reason.label_id())),
    );
    out.push('\n');
    if !done.usages.is_empty() {
        let command = pages::with_placeholders(
            &ui,
            &app.commands
                .command("wizard assign --thumbprint <THUMBPRINT>"),
        );
        out.push_str(
            &ui.text(
                &Message::new("revoke-unassigned")
                    .arg("count", Arg::Num(done.usages.len() as i64))
                    .arg("usages", pages::usage_list(&ui, &done.usages))
                    .arg("command", command),
            ),
        );
        out.push('\n');
    }
    // Only an installed certificate can be removed: one whose request was
    // never finished is in no certs/ directory, and `certs remove` would
    // not find it.
    if matches!(app.store.installed(&done.thumbprint), Ok(Some(_))) {
        let command = app
            .commands
            .command(&format!("certs remove {}", done.thumbprint));
        out.push_str(&ui.text(&Message::new("revoke-kept").arg("command", command)));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&pages::f1_line(&ui, &app.commands, F1_REVOKE));
    out.push('\n');
    super::print_page(&ui, &out);
    // A warning: told on stderr, so that it is seen even with stdout
    // redirected.
    for other in &done.same_key {
        let command = app.commands.command(&format!(
            "wizard revoke {other} --reason {}",
            ReasonCode::KeyCompromise.name()
        ));
        let warning = Message::new("revoke-same-key")
            .arg("thumbprint", other.as_str())
            .arg("command", command);
        eprintln!("{}", ui.text(&warning));
    }
    Ok(())
}
