//! `docwiz certs list`: installed certificates, their usages and expiry.

use std::process::ExitCode;

use docwiz::cert::F1_ASSIGN;
use docwiz::cert::pages;
use docwiz::cert::store::health;
use docwiz::cert::x509::certificate::CertInfo;
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
    // An unreadable store is an error (exit 2); damaged certificates are
    // listed as damaged and the rest is shown.
    let health = match health::check(&app.store) {
        Ok(h) => h,
        Err(error) => return fail(&ui, &error, json),
    };
    let thumbprints = match app.store.installed_thumbprints() {
        Ok(t) => t,
        Err(error) => return fail(&ui, &error, json),
    };
    let assigned = app.store.assigned();
    let mut rows: Vec<(CertInfo, String)> = Vec::new();
    let mut damaged: Vec<String> = Vec::new();
    for thumbprint in thumbprints {
        if health.damaged_certs.contains(&thumbprint) {
            damaged.push(thumbprint);
            continue;
        }
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
                            .arg("usages", pages::usage_list(&ui, &usages)),
                    )
                };
                rows.push((chain[0].clone(), note));
            }
            Ok(None) => {}
            Err(_) => damaged.push(thumbprint),
        }
    }
    if json {
        let mut doc: Vec<serde_json::Value> = rows
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
        doc.extend(
            damaged
                .iter()
                .map(|t| serde_json::json!({"thumbprint": t, "damaged": true})),
        );
        sayln!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        super::print_problems(&ui, &health.findings);
        return ExitCode::SUCCESS;
    }
    let mut out = pages::heading(&ui, "certs-title");
    if rows.is_empty() && damaged.is_empty() {
        out.push_str(&format!("  {}\n", ui.text(&Message::new("list-empty"))));
    } else {
        out.push_str(&pages::cert_lines(&ui, &rows));
        for t in &damaged {
            out.push_str(&format!(
                "  {t}\n      {}\n",
                ui.text(&Message::new("list-damaged"))
            ));
        }
    }
    let problems = pages::problems_section(&ui, &health.findings);
    if !problems.is_empty() {
        out.push('\n');
        out.push_str(&problems);
    }
    super::print_page(&ui, &format!("{out}\n{}\n", pages::f1_line(&ui, F1_ASSIGN)));
    ExitCode::SUCCESS
}
