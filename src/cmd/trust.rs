//! `docwiz trust …`: import roots (with confirmation) and intermediates, list.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use docwiz::cert::F1_TRUST;
use docwiz::cert::pages;
use docwiz::cert::pages::status;
use docwiz::cert::revoke::F1_REVOKE;
use docwiz::cert::store::TrustKind;
use docwiz::cert::x509::certificate::CertInfo;
use docwiz::cert::x509::trust;
use docwiz::error::{Confirm, Error, Message};
use docwiz::localization::Localizer;

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
    /// Trust a root CA (Trusted Root Certification Authorities); asks first.
    ImportRoot {
        // Required, but --f1 shows the topic without it (main's `for_f1`).
        #[arg(required = true)]
        file: Option<PathBuf>,
        /// Trust without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Add an intermediate CA (Intermediate Certification Authorities).
    ImportIntermediate {
        // Required, but --f1 shows the topic without it (main's `for_f1`).
        #[arg(required = true)]
        file: Option<PathBuf>,
    },
    /// Show both trust stores.
    List,
    /// Write the local CA's certificate revocation list (CRL), signed by its
    /// issuing CA, to a new file: PEM, or DER with --der.
    Crl {
        /// The new file (an existing file is never replaced).
        // Required, but --f1 shows the topic without it (main's `for_f1`).
        #[arg(long, value_name = "FILE", required = true)]
        out: Option<PathBuf>,
        /// Write DER instead of PEM.
        #[arg(long)]
        der: bool,
        /// Replace FILE if it exists (atomically: a new file renamed over
        /// it), to write a new CRL every few days from a timer.
        #[arg(long)]
        force: bool,
    },
}

pub fn run(app: &App, args: &Args, json: bool) -> ExitCode {
    if args.f1 {
        return app.f1(match args.command {
            // The CRL is the local CA's side of revocation.
            Command::Crl { .. } => F1_REVOKE,
            _ => F1_TRUST,
        });
    }
    let ui = app.ui();
    // An unreadable trust store is an error, never an empty list; damaged
    // files are listed as the store's problems.
    let problems = match args.command {
        Command::List => match docwiz::cert::store::health::check(&app.store) {
            Ok(health) => health.findings,
            Err(error) => return fail(&ui, &app.spell(&ui, error), json),
        },
        _ => Vec::new(),
    };
    let none = PathBuf::new();
    let result = match &args.command {
        Command::ImportRoot { file, yes } => import(
            app,
            &ui,
            file.as_ref().unwrap_or(&none),
            TrustKind::Root,
            *yes,
        ),
        Command::ImportIntermediate { file } => import(
            app,
            &ui,
            file.as_ref().unwrap_or(&none),
            TrustKind::Intermediate,
            true,
        ),
        Command::List if json => {
            let store = |kind| -> Vec<serde_json::Value> {
                app.store
                    .trusted(kind)
                    .iter()
                    .map(|c| c.to_json())
                    .collect()
            };
            let doc = serde_json::json!({"root": store(TrustKind::Root), "intermediate": store(TrustKind::Intermediate)});
            sayln!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
            super::print_problems(&ui, &problems);
            return ExitCode::SUCCESS;
        }
        Command::List => Ok(list(app, &ui) + &pages::problems_section(&ui, &problems)),
        Command::Crl { out, der, force } => {
            return crl(
                app,
                &ui,
                out.as_deref().unwrap_or(Path::new("")),
                *der,
                *force,
                json,
            );
        }
    };
    match result {
        Ok(text) if json => {
            say!("{text}\n{}\n", pages::f1_line(&ui, &app.commands, F1_TRUST));
            ExitCode::SUCCESS
        }
        Ok(text) => {
            super::print_page(
                &ui,
                &format!("{text}\n{}\n", pages::f1_line(&ui, &app.commands, F1_TRUST)),
            );
            ExitCode::SUCCESS
        }
        Err(error) => fail(&ui, &app.spell(&ui, error), json),
    }
}

fn import(
    app: &App,
    ui: &Localizer,
    file: &Path,
    kind: TrustKind,
    confirmed: bool,
) -> Result<String, Error> {
    let offered = trust::read_offered(file)?;
    // A bundle gives each certificate to its own store: what does not belong
    // in this one is skipped and said so, unless nothing belongs here at all.
    let (certs, skipped): (Vec<CertInfo>, Vec<CertInfo>) = offered
        .iter()
        .cloned()
        .partition(|c| trust::skip_reason(c, kind).is_none());
    if certs.is_empty() {
        trust::check_kind(file, &offered, kind)?;
    }
    let now = docwiz::cert::now();
    if !confirmed {
        confirm_roots(ui, &certs, now)?;
    }
    let added = trust::import(&app.store, &certs, kind)?;
    let mut out = String::new();
    for cert in &certs {
        let id = match (added.iter().any(|a| a.thumbprint == cert.thumbprint), kind) {
            (false, _) => "trust-already",
            (true, TrustKind::Root) => "trust-imported-root",
            (true, TrustKind::Intermediate) => "trust-imported-intermediate",
        };
        out.push_str(
            &ui.text(
                &Message::new(id)
                    .arg("subject", cert.subject.as_str())
                    .arg("thumbprint", cert.thumbprint.as_str()),
            ),
        );
        out.push('\n');
        if let Some(warning) = trust::validity_warning(cert, now) {
            out.push_str(&format!("  ! {}\n", ui.text(&warning)));
        }
        if kind == TrustKind::Root {
            for warning in trust::policy_warnings(cert) {
                out.push_str(&format!("  ! {}\n", ui.text(&warning)));
            }
        }
    }
    let quoted = status::shell_quote(
        &std::path::absolute(file)
            .unwrap_or_else(|_| file.to_path_buf())
            .display()
            .to_string(),
    );
    for cert in &skipped {
        let id = trust::skip_reason(cert, kind).unwrap_or("trust-skipped-leaf");
        let verb = match id {
            "trust-skipped-root" => Some("trust import-root"),
            "trust-skipped-intermediate" => Some("trust import-intermediate"),
            _ => None,
        };
        let command = match verb {
            Some(verb) => app.commands.command(&format!("{verb} {quoted}")),
            // A server certificate goes in with its key, from its own file.
            None => docwiz::cert::pages::with_placeholders(
                ui,
                &app.commands.command("wizard import <FILE> --key <KEY>"),
            ),
        };
        let message = Message::new(id)
            .arg("subject", cert.subject.as_str())
            .arg("thumbprint", cert.thumbprint.as_str())
            .arg("command", command);
        out.push_str(&format!("{}\n", ui.text(&message)));
    }
    Ok(out)
}

/// Like the operating system's warning before it trusts a new root: shows what
/// would be trusted and asks on the terminal. Without a terminal it refuses.
fn confirm_roots(
    ui: &Localizer,
    certs: &[CertInfo],
    now: time::OffsetDateTime,
) -> Result<(), Error> {
    if !super::prompt::can_ask() {
        return Err(Error::NeedsConfirmation {
            what: Confirm::TrustRoot,
        });
    }
    let mut stderr = std::io::stderr();
    let _ = writeln!(stderr, "{}", ui.text(&Message::new("trust-warning")));
    for cert in certs {
        let _ = writeln!(stderr, "  {}", cert.subject);
        let _ = writeln!(
            stderr,
            "  {}",
            docwiz::cert::pages::label_value(
                ui,
                &ui.text(&Message::new("status-thumbprint")),
                &cert.thumbprint
            )
        );
        if let Some(warning) = trust::validity_warning(cert, now) {
            let _ = writeln!(stderr, "  ! {}", ui.text(&warning));
        }
        for warning in trust::policy_warnings(cert) {
            let _ = writeln!(stderr, "  ! {}", ui.text(&warning));
        }
    }
    super::prompt::confirm(ui, "trust-question", Confirm::TrustRoot)
}

/// `trust crl --out FILE [--der] [--force]`.
fn crl(app: &App, ui: &Localizer, file: &Path, der: bool, force: bool, json: bool) -> ExitCode {
    let crl = match docwiz::cert::ca::local::write_crl(&app.store, file, der, force) {
        Ok(crl) => crl,
        Err(error) => return fail(ui, &error, json),
    };
    let shown = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    if json {
        super::print_json(&serde_json::json!({
            "file": shown,
            "format": if der { "der" } else { "pem" },
            "number": crl.number,
            "next_update": docwiz::cert::rfc3339(crl.next_update),
            "revoked": crl.count,
        }));
    } else {
        sayln!(
            "{}",
            ui.text(
                &Message::new("crl-written")
                    .arg("file", shown.display().to_string())
                    .arg("number", crl.number.to_string())
                    .arg("count", crl.count)
                    .arg("date", docwiz::error::Arg::Date(crl.next_update))
            )
        );
        sayln!("\n{}", pages::f1_line(ui, &app.commands, F1_REVOKE));
    }
    ExitCode::SUCCESS
}

fn list(app: &App, ui: &Localizer) -> String {
    let mut out = String::new();
    for (kind, title) in [
        (TrustKind::Root, "trust-list-root"),
        (TrustKind::Intermediate, "trust-list-intermediate"),
    ] {
        out.push_str(&pages::heading(ui, title));
        let certs: Vec<(CertInfo, String)> = app
            .store
            .trusted(kind)
            .into_iter()
            .map(|c| (c, String::new()))
            .collect();
        if certs.is_empty() {
            out.push_str(&format!("  {}\n", ui.text(&Message::new("list-empty"))));
        } else {
            out.push_str(&pages::cert_lines(ui, &certs));
        }
        out.push('\n');
    }
    out
}
