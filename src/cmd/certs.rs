//! `docwiz certs`: installed certificates, their usages and expiry; removal
//! and export for other servers.

use std::process::ExitCode;

use docwiz::cert::F1_ASSIGN;
use docwiz::cert::pages;
use docwiz::cert::pages::expiry::Expiry;
use docwiz::cert::store::health;
use docwiz::cert::x509::certificate::CertInfo;
use std::path::{Path, PathBuf};

use docwiz::cert::export::{self, F1_EXPORT};
use docwiz::cert::remove::F1_REMOVE;
use docwiz::cert::store::revocation::Revoked;
use docwiz::error::{Arg, Error, Message};
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
    /// Installed certificates and the usages they are assigned to.
    List,
    /// Remove an installed certificate and its key from the store; refused
    /// while a usage holds it (assign another certificate to the usage first).
    /// The request that produced it keeps its record and key.
    Remove {
        /// The certificate's thumbprint (SHA-1, as `certs list` shows it).
        // Required, but --f1 shows the topic without it (see main's `for_f1`).
        #[arg(required = true)]
        thumbprint: Option<String>,
    },
    /// Write an installed certificate with its key and chain for another
    /// server: a PKCS#12 file (--pfx) or certbot-style PEM files (--pem).
    // One of the two is required: a group, so that the error names both.
    #[command(group(clap::ArgGroup::new("format").required(true).args(["pfx", "pem"])))]
    Export {
        /// The certificate's thumbprint (SHA-1, as `certs list` shows it).
        // Required, as the format group is, but --f1 shows the topic
        // without them (see main's `for_f1`).
        #[arg(required = true)]
        thumbprint: Option<String>,
        /// A new PKCS#12 (.pfx) file (0600) with the key and the chain, for
        /// Windows, IIS or `openssl pkcs12`. AES-256-CBC with PBKDF2-SHA256.
        #[arg(long, value_name = "FILE", conflicts_with = "pem")]
        pfx: Option<PathBuf>,
        /// A file whose first line is the PKCS#12 password. Without it the
        /// password is asked for on the terminal (twice); an empty one is refused.
        #[arg(long, value_name = "FILE", requires = "pfx")]
        password_file: Option<PathBuf>,
        /// Protect the PKCS#12 file with 3DES and a SHA-1 MAC, for Windows
        /// before Windows 10 1709 and Windows Server 2019.
        #[arg(long, requires = "pfx")]
        legacy: bool,
        /// A directory for cert.pem, chain.pem, fullchain.pem and privkey.pem
        /// (0600), as certbot writes them. Created (0700) when it does not
        /// exist; files already there are never replaced.
        #[arg(long, value_name = "DIR")]
        pem: Option<PathBuf>,
    },
}

pub fn run(app: &App, args: &Args, json: bool) -> ExitCode {
    if args.f1 {
        return app.f1(match args.command {
            Command::List => F1_ASSIGN,
            Command::Remove { .. } => F1_REMOVE,
            Command::Export { .. } => F1_EXPORT,
        });
    }
    if let Command::List = args.command {
        return list(app, json);
    }
    let ui = app.ui();
    let result = match &args.command {
        Command::List => Ok(()),
        Command::Remove {
            thumbprint: Some(thumbprint),
        } => remove(app, &ui, thumbprint, json),
        Command::Export {
            thumbprint: Some(thumbprint),
            pfx,
            password_file,
            legacy,
            pem,
        } => match (pfx, pem) {
            (Some(file), _) => export_pfx(
                app,
                &ui,
                thumbprint,
                file,
                password_file.as_deref(),
                *legacy,
                json,
            ),
            (None, Some(dir)) => export_pem(app, &ui, thumbprint, dir, json),
            // clap requires one of them.
            (None, None) => return ExitCode::from(super::BAD_INPUT),
        },
        // clap requires the thumbprint without --f1.
        Command::Remove { thumbprint: None }
        | Command::Export {
            thumbprint: None, ..
        } => {
            return ExitCode::from(super::BAD_INPUT);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&ui, &app.spell(&ui, error), json),
    }
}

/// `certs remove T`.
fn remove(app: &App, ui: &Localizer, thumbprint: &str, json: bool) -> Result<(), Error> {
    let thumbprint = super::thumbprint_arg(thumbprint)?;
    docwiz::cert::remove::remove(&app.store, &thumbprint).map_err(|error| match error {
        // Suggested as the other commands are, with --store, --lang, --root.
        Error::InUse {
            thumbprint, usages, ..
        } => Error::InUse {
            command: docwiz::cert::pages::with_placeholders(
                ui,
                &app.commands.command(&format!(
                    "wizard assign --thumbprint <THUMBPRINT> --usage {}",
                    usages
                        .iter()
                        .map(|u| u.name())
                        .collect::<Vec<_>>()
                        .join(",")
                )),
            ),
            thumbprint,
            usages,
        },
        other => other,
    })?;
    if json {
        super::print_json(&serde_json::json!({ "removed": thumbprint }));
    } else {
        sayln!(
            "{}",
            ui.text(&Message::new("certs-removed").arg("thumbprint", thumbprint))
        );
        sayln!("\n{}", pages::f1_line(ui, &app.commands, F1_REMOVE));
    }
    Ok(())
}

/// `certs export T --pfx FILE`: the target is checked before the password
/// is asked for, so nobody types one for a file that cannot be written.
fn export_pfx(
    app: &App,
    ui: &Localizer,
    thumbprint: &str,
    file: &Path,
    password_file: Option<&Path>,
    legacy: bool,
    json: bool,
) -> Result<(), Error> {
    let thumbprint = super::thumbprint_arg(thumbprint)?;
    if app.store.installed(&thumbprint)?.is_none() {
        return Err(Error::ThumbprintNotFound { thumbprint });
    }
    warn_revoked(
        ui,
        &thumbprint,
        export::check_revocation(&app.store, &thumbprint)?,
    );
    export::check_pfx_target(&app.store, file)?;
    let password = match password_file {
        Some(path) => {
            let password = docwiz::cert::input::password(path)?;
            if password.is_empty() {
                return Err(Error::Input {
                    location: docwiz::error::Location::file(&path.display().to_string()),
                    reason: Message::new("export-password-empty"),
                });
            }
            password
        }
        None => super::prompt::new_password(ui)?,
    };
    let protection = if legacy {
        export::Protection::Legacy
    } else {
        export::Protection::Modern
    };
    export::pfx(&app.store, &thumbprint, file, &password, protection)?;
    let shown = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    if json {
        super::print_json(&serde_json::json!({ "thumbprint": thumbprint, "pfx": shown }));
    } else {
        sayln!(
            "{}",
            ui.text(&Message::new("certs-exported-pfx").arg("file", shown.display().to_string()))
        );
        sayln!("\n{}", pages::f1_line(ui, &app.commands, F1_EXPORT));
    }
    Ok(())
}

/// Exporting a revoked certificate is allowed (it may be wanted for the
/// record), but told on stderr: clients that check revocation refuse it.
fn warn_revoked(ui: &Localizer, thumbprint: &str, revoked: Option<Revoked>) {
    if let Some(revoked) = revoked {
        let warning = Message::new("export-revoked-warning")
            .arg("thumbprint", thumbprint)
            .arg("date", docwiz::error::Arg::date_of(&revoked.time))
            .arg("reason", Message::new(revoked.reason.label_id()));
        eprintln!("{}", ui.text(&warning));
    }
}

/// `certs export T --pem DIR`.
fn export_pem(
    app: &App,
    ui: &Localizer,
    thumbprint: &str,
    dir: &Path,
    json: bool,
) -> Result<(), Error> {
    let thumbprint = super::thumbprint_arg(thumbprint)?;
    warn_revoked(
        ui,
        &thumbprint,
        export::check_revocation(&app.store, &thumbprint)?,
    );
    let files = export::pem_files(&app.store, &thumbprint, dir)?;
    let files: Vec<PathBuf> = files
        .into_iter()
        .map(|f| std::path::absolute(&f).unwrap_or(f))
        .collect();
    if json {
        super::print_json(&serde_json::json!({ "thumbprint": thumbprint, "files": files }));
    } else {
        sayln!("{}", ui.text(&Message::new("certs-exported-pem")));
        for file in &files {
            sayln!("  {}", file.display());
        }
        sayln!("\n{}", pages::f1_line(ui, &app.commands, F1_EXPORT));
    }
    Ok(())
}

/// `certs list`.
fn list(app: &App, json: bool) -> ExitCode {
    let ui = app.ui();
    // An unreadable store is an error (exit 2); damaged certificates are
    // listed as damaged and the rest is shown.
    let health = match health::check(&app.store) {
        Ok(h) => h,
        Err(error) => return fail(&ui, &app.spell(&ui, error), json),
    };
    let thumbprints = match app.store.installed_thumbprints() {
        Ok(t) => t,
        Err(error) => return fail(&ui, &app.spell(&ui, error), json),
    };
    let assigned = app.store.assigned();
    let mut rows: Vec<(CertInfo, String)> = Vec::new();
    let mut expiries: Vec<Expiry> = Vec::new();
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
                let expiry = Expiry::of(&app.store, &chain[0], !usages.is_empty(), &app.commands);
                let assignment = if usages.is_empty() {
                    Message::new("list-unassigned")
                } else {
                    Message::new("list-assigned").arg("usages", pages::usage_list(&ui, &usages))
                };
                let days = if expiry.days_left < 0 {
                    Message::new("list-expired")
                } else {
                    Message::new("list-days-left").arg("days", Arg::Num(expiry.days_left))
                };
                // The locale's semicolon between the two ("；" in Chinese).
                let mut note = ui.text(
                    &Message::new("list-notes")
                        .arg("first", assignment)
                        .arg("second", days),
                );
                for warning in expiry.notes(&|c| c.to_string()) {
                    note.push_str("\n      ");
                    note.push_str(&ui.text(&warning));
                }
                rows.push((chain[0].clone(), note));
                expiries.push(expiry);
            }
            Ok(None) => {}
            Err(_) => damaged.push(thumbprint),
        }
    }
    if json {
        let mut doc: Vec<serde_json::Value> = rows
            .iter()
            .zip(&expiries)
            .map(|((cert, _), expiry)| {
                let mut value = cert.to_json();
                let usages: Vec<&str> = assigned
                    .iter()
                    .filter(|(_, t)| **t == cert.thumbprint)
                    .map(|(u, _)| u.name())
                    .collect();
                value["usages"] = usages.into();
                if let (Some(value), Ok(serde_json::Value::Object(expiry))) =
                    (value.as_object_mut(), serde_json::to_value(expiry))
                {
                    value.extend(expiry);
                }
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
    super::print_page(
        &ui,
        &format!("{out}\n{}\n", pages::f1_line(&ui, &app.commands, F1_ASSIGN)),
    );
    ExitCode::SUCCESS
}
