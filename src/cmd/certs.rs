//! `docwiz certs list`: installed certificates, their usages and expiry.

use std::process::ExitCode;

use docwiz::cert::F1_ASSIGN;
use docwiz::cert::certificate::CertInfo;
use docwiz::cert::page;
use docwiz::error::Message;

use super::{App, fail};

#[derive(clap::Args)]
pub struct Args {
    /// Show this page's help topic with the live state instead of running the step.
    #[arg(long, global = true)]
    f1: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Installed certificates and the usages they are assigned to.
    List,
}

pub fn run(app: &App, args: &Args, json: bool) -> ExitCode {
    let Command::List = args.command;
    if args.f1 {
        return app.f1(F1_ASSIGN);
    }
    let ui = app.ui();
    let assigned = app.store.assigned();
    let mut rows: Vec<(CertInfo, String)> = Vec::new();
    for thumbprint in app.store.installed_thumbprints() {
        match app.store.installed(&thumbprint) {
            Ok(Some(chain)) => {
                let usages: Vec<_> = assigned
                    .iter()
                    .filter(|(_, t)| **t == thumbprint)
                    .map(|(u, _)| *u)
                    .collect();
                let note = if usages.is_empty() {
                    ui.text(&Message::new("list-unassigned"))
                } else {
                    ui.text(
                        &Message::new("list-assigned")
                            .arg("usages", page::usage_list(&ui, &usages)),
                    )
                };
                rows.push((chain[0].clone(), note));
            }
            Ok(None) => {}
            Err(error) => return fail(&ui, &error, json),
        }
    }
    if json {
        let doc: Vec<serde_json::Value> = rows
            .iter()
            .map(|(cert, _)| {
                let mut value = cert.to_json();
                let usages: Vec<&str> = assigned
                    .iter()
                    .filter(|(_, t)| **t == cert.thumbprint)
                    .map(|(u, _)| u.name())
                    .collect();
                value["usages"] = usages.into();
                value
            })
            .collect();
        sayln!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return ExitCode::SUCCESS;
    }
    let mut out = page::heading(&ui, "certs-title");
    if rows.is_empty() {
        out.push_str(&format!("  {}\n", ui.text(&Message::new("list-empty"))));
    } else {
        out.push_str(&page::cert_lines(&ui, &rows));
    }
    say!("{out}\n{}\n", page::f1_line(&ui, F1_ASSIGN));
    ExitCode::SUCCESS
}
