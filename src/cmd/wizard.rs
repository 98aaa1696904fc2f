//! `docwiz wizard …`: request, status, details, finish, assign.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use docwiz::cert::assign::{self, Finished};
use docwiz::cert::ca::CaChoice;
use docwiz::cert::ca::acme::AcmeOptions;
use docwiz::cert::ca::cfssl::CfsslOptions;
use docwiz::cert::ca::local::LocalOptions;
use docwiz::cert::import;
use docwiz::cert::pages;
use docwiz::cert::pages::live;
use docwiz::cert::pages::overview::{self, F1_MAIN};
use docwiz::cert::pages::status::{self, Status};
use docwiz::cert::renew::{self, F1_RENEW, Outcome};
use docwiz::cert::request::{self, NewRequest};
use docwiz::cert::revoke::F1_REVOKE;
use docwiz::cert::store::health;
use docwiz::cert::x509::certificate::CertInfo;
use docwiz::cert::{F1_ASSIGN, F1_DETAILS, F1_IMPORT, F1_REQUEST, F1_STATUS, KeyType, Usage};
use docwiz::error::{Diagnostic, Error, Message};

use docwiz::tui::Start;
use docwiz::tui::context::Context;
use docwiz::tui::pages::import::{self as import_page, ImportPrefill};
use docwiz::tui::pages::request::RequestPrefill;

use super::{App, fail};

#[derive(clap::Args)]
pub struct Args {
    /// Show this page's help topic with the live state instead of running the step.
    #[arg(long, global = true)]
    f1: bool,
    /// Without a subcommand: the main page of the wizard.
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(clap::Args)]
struct RequestArgs {
    /// The server's fully qualified domain name (subject CN and first SAN).
    #[arg(long)]
    fqdn: Option<String>,
    /// Another DNS name for the certificate (repeatable).
    #[arg(long = "san", value_name = "NAME")]
    sans: Vec<String>,
    /// rsa-2048 (default), rsa-3072, rsa-4096, ecdsa-p256, ecdsa-p384.
    // A key type, not a key file as `wizard import --key`: its own name.
    #[arg(long, value_name = "KEY_TYPE", default_value = "rsa-2048")]
    key: String,
    /// Comma-separated: default, web-internal, web-external (all by default).
    #[arg(long, default_value = "default,web-internal,web-external")]
    usage: String,
    /// The CA: the embedded local CA, an ACME CA, or cfssl.
    #[arg(long, default_value = "local", value_parser = ["local", "acme", "cfssl"])]
    ca: String,
    /// Write the CSR to this new file instead; import the CA's answer later.
    /// An existing file is never replaced, nor is anything inside the store
    /// written; the file's directory must exist (exit 2 otherwise).
    #[arg(long, value_name = "CSR_FILE", conflicts_with = "ca")]
    offline: Option<PathBuf>,
    /// The ACME directory URL (with --ca acme).
    #[arg(long, value_name = "URL")]
    acme_directory: Option<String>,
    /// A PEM CA certificate the ACME server's HTTPS certificate chains to.
    #[arg(long, value_name = "PEM")]
    acme_ca_bundle: Option<PathBuf>,
    /// A contact e-mail address for the ACME account.
    #[arg(long, value_name = "EMAIL")]
    acme_contact: Option<String>,
    /// The port docwiz answers http-01 challenges on.
    #[arg(long, value_name = "PORT", default_value_t = 80)]
    acme_http_port: u16,
    /// The address it listens on for them (only 127.0.0.1 unless you say so).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    acme_http_address: std::net::IpAddr,
    /// The local CA: the certificate's lifetime in days (1 to 397; 397 by
    /// default). Renewals repeat it; short lifetimes are for trying renewal.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=397))]
    local_validity_days: Option<u32>,
    /// The URL of `cfssl serve` (with --ca cfssl).
    #[arg(long, value_name = "URL")]
    cfssl_url: Option<String>,
    /// The cfssl signing profile.
    #[arg(long, value_name = "NAME")]
    cfssl_profile: Option<String>,
}

impl RequestArgs {
    fn ca(&self) -> CaChoice {
        if let Some(file) = &self.offline {
            return CaChoice::Offline(file.clone());
        }
        match self.ca.as_str() {
            "acme" => CaChoice::Acme(AcmeOptions {
                directory: self.acme_directory.clone().unwrap_or_default(),
                ca_bundle: self.acme_ca_bundle.clone(),
                contact: self.acme_contact.clone(),
                http_port: self.acme_http_port,
                http_address: self.acme_http_address,
            }),
            "cfssl" => CaChoice::Cfssl(CfsslOptions {
                url: self.cfssl_url.clone().unwrap_or_default(),
                profile: self.cfssl_profile.clone(),
            }),
            _ => CaChoice::Local(LocalOptions {
                validity_days: self.local_validity_days,
            }),
        }
    }
}

#[derive(clap::Subcommand)]
enum Command {
    /// Request a certificate online: key, CSR, the CA's answer, then the status page.
    Request(Box<RequestArgs>),
    /// Import the CA's answer to an offline request (PEM, DER or PKCS#7).
    ImportResponse {
        // Required, but --f1 shows the topic without it (main's `for_f1`).
        #[arg(long, required = true)]
        request: Option<String>,
        // Required, but --f1 shows the topic without it (main's `for_f1`).
        #[arg(required = true)]
        file: Option<PathBuf>,
    },
    /// Install a certificate obtained elsewhere with its key: CERT --key KEY, a PEM
    /// file holding both, or a .pfx.
    Import {
        /// A certificate (PEM, DER, PKCS#7; with --key), a PEM file holding the
        /// certificate and its key, or a PKCS#12 file.
        file: Option<PathBuf>,
        /// The certificate's private key (PEM or DER: PKCS#8, encrypted PKCS#8,
        /// PKCS#1, SEC1).
        #[arg(long)]
        key: Option<PathBuf>,
        /// A file whose first line is the PKCS#12 password.
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
        /// A file whose first line is the password of an encrypted key.
        #[arg(long, value_name = "FILE")]
        key_password_file: Option<PathBuf>,
        /// Which pair of a PKCS#12 file holding several to take: its friendly
        /// name, or its certificate's thumbprint.
        #[arg(long, value_name = "NAME")]
        friendly_name: Option<String>,
    },
    /// Ask the local CA again for a failed local request (same key and CSR).
    Retry {
        /// The failed request (default: the latest request).
        #[arg(long)]
        request: Option<String>,
    },
    /// The Online Certificate Request Status page.
    Status {
        #[arg(long)]
        request: Option<String>,
    },
    /// View Certificate Details.
    Details {
        #[arg(long)]
        thumbprint: Option<String>,
    },
    /// Complete the request; assign it to its usages unless --no-assign.
    #[command(after_help = DEPLOY_HOOK_HELP)]
    Finish {
        #[arg(long)]
        request: Option<String>,
        /// Clear the check box "Assign this certificate to … certificate usages".
        #[arg(long)]
        no_assign: bool,
        /// A shell command run after the assignment (certbot-style). If it
        /// fails, the assignment stands (links and history switched) and
        /// docwiz reports the hook's failure with exit 1, as certbot does.
        #[arg(long, value_name = "CMD")]
        deploy_hook: Option<String>,
    },
    /// Check the store: live links, private keys, records, certificate files
    /// and the local CA; every problem by file. Exit 1 if there is any.
    Check,
    /// Assign an installed certificate to usages.
    #[command(after_help = DEPLOY_HOOK_HELP)]
    Assign {
        #[arg(long)]
        thumbprint: Option<String>,
        /// Comma-separated usages (default: those of its request).
        #[arg(long)]
        usage: Option<String>,
        /// A shell command run after the assignment (certbot-style). If it
        /// fails, the assignment stands (links and history switched) and
        /// docwiz reports the hook's failure with exit 1, as certbot does.
        #[arg(long, value_name = "CMD")]
        deploy_hook: Option<String>,
    },
    /// Revoke a certificate at the CA that issued it (the local CA, ACME or
    /// cfssl, as its request was made); asks first. Its usages lose it; it
    /// stays installed.
    Revoke {
        /// The certificate's thumbprint (SHA-1, as `certs list` shows it).
        // Required, but --f1 shows the topic without it (main's `for_f1`).
        #[arg(required = true)]
        thumbprint: Option<String>,
        /// Why (RFC 5280): unspecified, keyCompromise, caCompromise,
        /// affiliationChanged, superseded, cessationOfOperation, privilegeWithdrawn.
        #[arg(long, value_name = "REASON", default_value = "unspecified",
              value_parser = clap::builder::PossibleValuesParser::new(REASONS))]
        reason: String,
        /// Revoke without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Renew the assigned certificates that are due: the same request again
    /// (names, key type, usages, CA), and the new certificate takes over the
    /// old one's usages. Nothing due: one line, exit 0 (for a timer).
    #[command(after_help = DEPLOY_HOOK_HELP)]
    Renew {
        /// Only this certificate (its thumbprint).
        #[arg(long, conflicts_with = "all")]
        thumbprint: Option<String>,
        /// Every assigned certificate that is due (the default).
        #[arg(long)]
        all: bool,
        /// Due when fewer than N days are left, N from 0 to 3650 (default: a third of the
        /// lifetime, at most 30 days, or the ACME CA's renewal window).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=3650))]
        days: Option<u32>,
        /// Keep the certificate's key instead of making a new one.
        #[arg(long)]
        reuse_key: bool,
        /// A shell command run once after each renewed certificate took over
        /// its usages, with DOCWIZ_OLD_THUMBPRINT set to the certificate replaced.
        #[arg(long, value_name = "CMD")]
        deploy_hook: Option<String>,
        /// Print nothing when nothing is due (errors are still printed).
        #[arg(long)]
        quiet: bool,
    },
}

/// The reasons `--reason` takes, by their RFC 5280 names.
const REASONS: [&str; 7] = [
    "unspecified",
    "keyCompromise",
    "caCompromise",
    "affiliationChanged",
    "superseded",
    "cessationOfOperation",
    "privilegeWithdrawn",
];

/// What `finish --help` and `assign --help` say of the files and the deploy
/// hook (one text for both; issue 15 localizes the help).
const DEPLOY_HOOK_HELP: &str = "\
Files: after the assignment each usage's certificate is in the store's
live/<usage>/fullchain.pem (the certificate and its CA certificates) and
live/<usage>/privkey.pem (its key, 0600); the command prints their full paths.
They follow the usage when another certificate is assigned to it, so a
server's configuration names them once.

Deploy hook (--deploy-hook CMD): run with sh -c after the links are switched,
with this environment:
  DOCWIZ_USAGES          the usages just assigned, comma-separated
                         (default,web-internal,web-external)
  DOCWIZ_THUMBPRINT      the thumbprint of the certificate assigned
  DOCWIZ_CERT_DIR        its directory in the store, absolute (certs/<T>:
                         cert.pem, chain.pem, fullchain.pem, privkey.pem)
  DOCWIZ_OLD_THUMBPRINT  on renewal (wizard renew): the certificate
                         replaced; never set by finish or assign
If the hook fails, the assignment stands and docwiz exits 1, as certbot does.";

impl Args {
    /// A step that cannot run without more arguments (its page asks for
    /// them on a terminal; main.rs reports them missing elsewhere).
    pub fn incomplete(&self) -> bool {
        if self.f1 {
            return false;
        }
        match &self.command {
            Some(Command::Request(r)) => {
                r.fqdn.is_none()
                    || (r.offline.is_none() && r.ca == "acme" && r.acme_directory.is_none())
                    || (r.offline.is_none() && r.ca == "cfssl" && r.cfssl_url.is_none())
            }
            Some(Command::Assign { thumbprint, .. }) => thumbprint.is_none(),
            Some(Command::Import { file, .. }) => file.is_none(),
            _ => false,
        }
    }

    /// Where the full-screen wizard opens for this command on a terminal,
    /// if it does: the main page, the status page, or the page of a step
    /// missing an argument, with the arguments given filled in.
    fn start(&self) -> Option<Start> {
        if self.f1 {
            return None;
        }
        match &self.command {
            None => Some(Start::Main),
            Some(Command::Status { request }) => Some(Start::Status {
                request: request.clone(),
            }),
            Some(Command::Request(r)) if self.incomplete() => {
                Some(Start::Request(RequestPrefill {
                    fqdn: r.fqdn.clone(),
                    sans: r.sans.clone(),
                    key: Some(r.key.clone()),
                    usages: Some(r.usage.clone()),
                    ca: Some(r.ca.clone()),
                    offline: r.offline.clone(),
                    acme_directory: r.acme_directory.clone(),
                    acme_ca_bundle: r.acme_ca_bundle.clone(),
                    acme_contact: r.acme_contact.clone(),
                    acme_http_port: Some(r.acme_http_port),
                    acme_http_address: Some(r.acme_http_address),
                    cfssl_url: r.cfssl_url.clone(),
                    cfssl_profile: r.cfssl_profile.clone(),
                }))
            }
            Some(Command::Assign {
                thumbprint, usage, ..
            }) if self.incomplete() => Some(Start::Assign {
                thumbprint: thumbprint.clone(),
                usages: usage.clone(),
            }),
            Some(Command::Import {
                file,
                key,
                password_file,
                key_password_file,
                friendly_name,
            }) if self.incomplete() => Some(Start::Import(ImportPrefill {
                file: file.clone(),
                key: key.clone(),
                password_file: password_file.clone(),
                key_password_file: key_password_file.clone(),
                friendly_name: friendly_name.clone(),
                missing: None,
            })),
            _ => None,
        }
    }
}

/// The F1 keyword of each page of the wizard.
fn keyword(command: Option<&Command>) -> &'static str {
    match command {
        None => F1_MAIN,
        Some(Command::Request(_) | Command::Retry { .. }) => F1_REQUEST,
        Some(Command::ImportResponse { .. } | Command::Import { .. }) => F1_IMPORT,
        Some(Command::Status { .. } | Command::Finish { .. }) => F1_STATUS,
        Some(Command::Details { .. }) => F1_DETAILS,
        Some(Command::Assign { .. }) => F1_ASSIGN,
        Some(Command::Check) => F1_MAIN,
        Some(Command::Renew { .. }) => F1_RENEW,
        Some(Command::Revoke { .. }) => F1_REVOKE,
    }
}

pub fn run(app: &App, args: &Args, json: bool) -> ExitCode {
    if args.f1 {
        return app.f1(keyword(args.command.as_ref()));
    }
    let ui = app.ui();
    // Every step reads the store: one that exists but cannot be read is named
    // as such (exit 2), before any step could mistake it for an empty one.
    if let Err(error) = health::readable(&app.store) {
        return fail(&ui, &app.spell(&ui, error), json);
    }
    // A status page that cannot be shown fails as the printed page does
    // (exit 3 for an unknown request, 2 for a damaged one), so that
    // `wizard status --request ID && …` does not proceed from a terminal.
    if app.interactive
        && let Some(Command::Status { request }) = &args.command
    {
        let checked = match request {
            Some(id) => app.store.request(id).map(|_| ()),
            None => match app.store.latest_request() {
                Err(error @ Error::Damaged { .. }) => Err(error),
                _ => Ok(()),
            },
        };
        if let Err(error) = checked {
            return fail(&ui, &app.spell(&ui, error), json);
        }
    }
    if app.interactive
        && let Some(start) = args.start()
    {
        return open_wizard(app, start, json);
    }
    let result = match &args.command {
        None => run_main(app, json),
        Some(Command::Request(request)) => run_request(app, request, json),
        Some(Command::ImportResponse { request, file }) => run_import_response(
            app,
            request.as_deref().unwrap_or_default(),
            file.as_deref().unwrap_or(Path::new("")),
            json,
        ),
        Some(Command::Import {
            file,
            key,
            password_file,
            key_password_file,
            friendly_name,
        }) => match run_import(
            app,
            file.as_deref().unwrap_or(Path::new("")),
            key.as_deref(),
            [password_file.as_deref(), key_password_file.as_deref()],
            friendly_name.clone(),
        ) {
            // What was missing shows only once the file is read (a
            // certificate without its key, a PKCS#12 or key that needs a
            // password): on a terminal the page asks for it, as it does
            // for a missing file (issue 11: "open it at their page when a
            // required argument is missing").
            Err(error) if app.interactive && import_page::missing_field(&error).is_some() => {
                return open_wizard(
                    app,
                    Start::Import(ImportPrefill {
                        file: file.clone(),
                        key: key.clone(),
                        password_file: password_file.clone(),
                        key_password_file: key_password_file.clone(),
                        friendly_name: friendly_name.clone(),
                        missing: Some(error),
                    }),
                    json,
                );
            }
            other => other,
        },
        Some(Command::Retry { request }) => run_retry(app, request.as_deref(), json),
        Some(Command::Status { request }) => run_status(app, request.as_deref(), json),
        Some(Command::Check) => return run_check(app, json),
        Some(Command::Renew {
            thumbprint,
            all: _,
            days,
            reuse_key,
            deploy_hook,
            quiet,
        }) => {
            let options = renew::Options {
                thumbprint: match thumbprint.as_deref().map(super::thumbprint_arg) {
                    Some(Ok(t)) => Some(t),
                    Some(Err(error)) => return fail(&ui, &app.spell(&ui, error), json),
                    None => None,
                },
                days: days.map(i64::from),
                reuse_key: *reuse_key,
                hook: deploy_hook.clone(),
            };
            return run_renew(app, &options, json, *quiet);
        }
        Some(Command::Revoke {
            thumbprint,
            reason,
            yes,
        }) => {
            return super::revoke::run(
                app,
                thumbprint.as_deref().unwrap_or_default(),
                reason,
                *yes,
                json,
            );
        }
        Some(Command::Details { thumbprint }) => run_details(app, thumbprint.as_deref(), json),
        Some(Command::Finish {
            request,
            no_assign,
            deploy_hook,
        }) => run_finish(app, request.as_deref(), *no_assign, deploy_hook.as_deref()),
        Some(Command::Assign {
            thumbprint,
            usage,
            deploy_hook,
        }) => run_assign(
            app,
            thumbprint.as_deref().unwrap_or_default(),
            usage.as_deref(),
            deploy_hook.as_deref(),
        ),
    };
    match result {
        Ok(text) if json => {
            say!("{text}");
            ExitCode::SUCCESS
        }
        Ok(text) => {
            super::print_page(&ui, &text);
            ExitCode::SUCCESS
        }
        Err(error) => fail(&ui, &app.spell(&ui, error), json),
    }
}

/// Runs the full-screen wizard at `start` on the terminal; its exit code.
fn open_wizard(app: &App, start: Start, json: bool) -> ExitCode {
    let ui = app.ui();
    let docwiz = docwiz::Docwiz {
        source: app.docwiz.source.clone(),
        chain: app.docwiz.chain.clone(),
    };
    // A step never waits for another command's lock: the wizard would
    // freeze; it says the store is busy instead.
    let ctx = Context::new(
        docwiz,
        app.store.clone().without_waiting(),
        app.commands.clone(),
    );
    match docwiz::tui::run(ctx, start) {
        Ok(docwiz::tui::terminal::Ended::Closed) => ExitCode::SUCCESS,
        Ok(docwiz::tui::terminal::Ended::Signal(signal)) => super::signalled(signal),
        Err(error) => fail(
            &ui,
            &Error::Write {
                path: "/dev/tty".into(),
                reason: error.to_string(),
            },
            json,
        ),
    }
}

/// The main page: usages, open requests, unassigned certificates, actions.
fn run_main(app: &App, json: bool) -> Result<String, Error> {
    let overview = overview::overview(&app.store, &app.commands)?;
    let ui = app.ui();
    if json {
        let mut doc = serde_json::to_value(&overview).unwrap_or_default();
        doc["problems"] = problems_json(&ui, &overview.problems);
        return Ok(serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n");
    }
    let markdown = format!(
        "# {} {{#certificate-wizard}}\n\n{}",
        ui.text(&Message::new("wizard-main-title")),
        live::usages_panel(&ui, &overview, 2)
    );
    Ok(format!(
        "{}\n{}\n",
        super::render_markdown(&ui, &markdown),
        pages::f1_line(&ui, &app.commands, F1_MAIN)
    ))
}

fn problems_json(
    ui: &docwiz::localization::Localizer,
    problems: &[Diagnostic],
) -> serde_json::Value {
    problems
        .iter()
        .map(|d| super::finding_json(ui, d))
        .collect()
}

/// The status page with the store's problems (a section of the page, and
/// `problems` in JSON): the page shows what it can, the section what is wrong.
fn status_output(app: &App, status: &Status, json: bool) -> Result<String, Error> {
    let problems = health::check(&app.store)?.findings;
    let ui = app.ui();
    let mut status = status.clone();
    status.localize_reason(&ui);
    let status = &status;
    if json {
        let mut doc = serde_json::to_value(status).unwrap_or_default();
        doc["problems"] = problems_json(&ui, &problems);
        return Ok(serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n");
    }
    let mut section = pages::problems_section(&ui, &problems);
    if !section.is_empty() {
        section.insert(0, '\n');
    }
    Ok(format!(
        "{}{section}\n{}\n",
        pages::status_page(&ui, status),
        pages::f1_line(&ui, &app.commands, F1_STATUS)
    ))
}

/// `wizard check`: every problem of the store by file; exit 0 when there is
/// none, 1 when there are some, 2 when the store cannot be read.
fn run_check(app: &App, json: bool) -> ExitCode {
    let ui = app.ui();
    let health = match health::check(&app.store) {
        Ok(h) => h,
        Err(error) => return fail(&ui, &app.spell(&ui, error), json),
    };
    let store = app.store.root().display().to_string();
    if json {
        super::print_json(&serde_json::json!({
            "store": store,
            "problems": problems_json(&ui, &health.findings),
        }));
    } else {
        let summary = if health.is_clean() {
            ui.text(&Message::new("store-check-ok").arg("store", store.as_str()))
        } else {
            ui.text(
                &Message::new("store-check-found")
                    .arg("count", health.findings.len())
                    .arg("store", store.as_str()),
            )
        };
        let mut section = pages::problems_section(&ui, &health.findings);
        if !section.is_empty() {
            section.push('\n');
        }
        super::print_page(
            &ui,
            &format!(
                "{section}{summary}\n\n{}\n",
                pages::f1_line(&ui, &app.commands, F1_MAIN)
            ),
        );
    }
    if health.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(super::FAILED)
    }
}

fn run_request(app: &App, args: &RequestArgs, json: bool) -> Result<String, Error> {
    let new = NewRequest {
        fqdn: args.fqdn.clone().unwrap_or_default(),
        sans: args.sans.clone(),
        key: args.key.parse::<KeyType>()?,
        usages: Usage::parse_list(&args.usage)?,
        ca: args.ca(),
    };
    let request = request::request(&app.store, &new)?;
    let status = status::status(&app.store, &request, &app.commands)?;
    status_output(app, &status, json)
}

fn run_retry(app: &App, id: Option<&str>, json: bool) -> Result<String, Error> {
    let id = match id {
        Some(id) => id.to_string(),
        None => app.store.latest_request()?.id,
    };
    let request = request::retry(&app.store, &id)?;
    let status = status::status(&app.store, &request, &app.commands)?;
    status_output(app, &status, json)
}

fn run_import_response(app: &App, id: &str, file: &Path, json: bool) -> Result<String, Error> {
    let request = request::import_response(&app.store, id, file)?;
    let status = status::status(&app.store, &request, &app.commands)?;
    status_output(app, &status, json)
}

/// The first line of a password file (a BOM and the line end dropped).
fn read_password(path: &Path) -> Result<String, Error> {
    docwiz::cert::input::password(path)
}

fn run_import(
    app: &App,
    file: &Path,
    key: Option<&Path>,
    [password_file, key_password_file]: [Option<&Path>; 2],
    friendly_name: Option<String>,
) -> Result<String, Error> {
    let options = import::ImportOptions {
        key,
        password: password_file.map(read_password).transpose()?,
        key_password: key_password_file.map(read_password).transpose()?,
        friendly_name,
    };
    let imported = import::import(&app.store, file, &options)?;
    let thumbprint = imported.thumbprint;
    let ui = app.ui();
    let command = app
        .commands
        .command(&format!("wizard assign --thumbprint {thumbprint}"));
    let mut out = ui.text(
        &Message::new("import-done")
            .arg("thumbprint", thumbprint.as_str())
            .arg("command", command),
    );
    out.push('\n');
    for note in &imported.notes {
        out.push_str(&ui.text(note));
        out.push('\n');
    }
    // What stands between the certificate and an assignment, said now.
    let chain = app
        .store
        .installed(&thumbprint)?
        .and_then(|chain| chain.into_iter().next())
        .map(|leaf| status::certificate_chain(&app.store, &thumbprint, &leaf))
        .map(|chain| pages::chain_section(&ui, &status::ChainView::new(&chain, &app.commands)))
        .unwrap_or_default();
    Ok(format!(
        "{out}\n{chain}\n{}\n",
        pages::f1_line(&ui, &app.commands, F1_IMPORT)
    ))
}

fn run_status(app: &App, id: Option<&str>, json: bool) -> Result<String, Error> {
    let request = match id {
        Some(id) => app.store.request(id)?,
        None => app.store.latest_request()?,
    };
    let status = status::status(&app.store, &request, &app.commands)?;
    status_output(app, &status, json)
}

/// The certificate to show: the given thumbprint (installed or issued by a
/// request), else the latest request's.
fn find_certificate(app: &App, thumbprint: Option<&str>) -> Result<CertInfo, Error> {
    let wanted = match thumbprint {
        Some(t) => super::thumbprint_arg(t)?,
        None => {
            let request = app.store.latest_request()?;
            request
                .thumbprint
                .clone()
                .ok_or(Error::NotIssued { id: request.id })?
        }
    };
    status::certificate(&app.store, &wanted)
}

fn run_details(app: &App, thumbprint: Option<&str>, json: bool) -> Result<String, Error> {
    let cert = find_certificate(app, thumbprint)?;
    let chain = status::certificate_chain(&app.store, &cert.thumbprint, &cert);
    let chain = status::ChainView::new(&chain, &app.commands);
    let revoked = docwiz::cert::store::revocation::read(&app.store, &cert.thumbprint);
    if json {
        let mut doc = cert.to_json();
        doc["chain"] = serde_json::to_value(&chain).unwrap_or_default();
        doc["revoked"] = serde_json::to_value(&revoked).unwrap_or_default();
        return Ok(serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n");
    }
    let ui = app.ui();
    // Revoked, the certificate is said to be so where its chain's verdict
    // would be: "trusted" would read as if it could still be used.
    let chain_section = match &revoked {
        Some(revoked) => format!(
            "\n{}\n",
            ui.text(&docwiz::cert::pages::expiry::revoked_note(revoked))
        ),
        None => pages::chain_section(&ui, &chain),
    };
    Ok(format!(
        "{}{}\n{}\n",
        pages::details_page(&ui, &app.store, &cert),
        chain_section,
        pages::f1_line(&ui, &app.commands, F1_DETAILS)
    ))
}

fn run_finish(
    app: &App,
    id: Option<&str>,
    no_assign: bool,
    hook: Option<&str>,
) -> Result<String, Error> {
    let request = match id {
        Some(id) => app.store.request(id)?,
        None => app.store.latest_request()?,
    };
    let outcome = assign::finish(&app.store, &request, no_assign, hook)?;
    let ui = app.ui();
    let mut out = match &outcome {
        Finished::Assigned(done) => assigned_text(app, done),
        Finished::Cleared { thumbprint } => {
            let usages: Vec<&str> = request.usages.iter().map(|u| u.name()).collect();
            let command = app.commands.command(&format!(
                "wizard assign --thumbprint {thumbprint} --usage {}",
                usages.join(",")
            ));
            ui.text(&Message::new("finish-result-cleared").arg("command", command)) + "\n"
        }
        Finished::Untrusted { .. } => ui.text(&Message::new("finish-result-untrusted")) + "\n",
    };
    out.push('\n');
    let request = app.store.request(&request.id)?;
    let status = status::status(&app.store, &request, &app.commands)?;
    out.push_str(&status_output(app, &status, false)?);
    Ok(out)
}

fn assigned_text(app: &App, done: &assign::Assigned) -> String {
    let ui = app.ui();
    let mut out = ui.text(
        &Message::new("assign-done")
            .arg("thumbprint", done.thumbprint.as_str())
            .arg("usages", pages::usage_list(&ui, &done.usages)),
    );
    out.push('\n');
    for (usage, fullchain, key) in done.live_files() {
        let label = pages::usage_label(&ui, usage);
        for (id, path) in [("assign-file-chain", fullchain), ("assign-file-key", key)] {
            let line = Message::new(id)
                .arg("usage", label.as_str())
                .arg("path", path.display().to_string());
            out.push_str(&format!("  {}\n", ui.text(&line)));
        }
    }
    for (usage, old) in &done.previous {
        if let Some(old) = old.as_ref().filter(|o| **o != done.thumbprint) {
            out.push_str(&format!(
                "  {}\n",
                ui.text(
                    &Message::new("assign-replaced")
                        .arg("usage", pages::usage_label(&ui, *usage))
                        .arg("old", old.as_str())
                )
            ));
        }
    }
    out
}

fn run_assign(
    app: &App,
    thumbprint: &str,
    usage: Option<&str>,
    hook: Option<&str>,
) -> Result<String, Error> {
    let usages = usage.map(Usage::parse_list).transpose()?;
    let done = assign::assign(
        &app.store,
        &super::thumbprint_arg(thumbprint)?,
        usages.as_deref(),
        hook,
    )?;
    Ok(format!(
        "{}\n{}\n",
        assigned_text(app, &done),
        pages::f1_line(&app.ui(), &app.commands, F1_ASSIGN)
    ))
}

/// `wizard renew`: renews what is due. Nothing due: one line (exit 0), or
/// nothing with `--quiet`;
/// otherwise each renewal with its files, each failure on stderr as an
/// error, and the F1 line; exit 1 when any failed.
fn run_renew(app: &App, options: &renew::Options, json: bool, quiet: bool) -> ExitCode {
    let ui = app.ui();
    let outcomes = match renew::renew(&app.store, options) {
        Ok(outcomes) => outcomes,
        Err(error) => return fail(&ui, &app.spell(&ui, error), json),
    };
    let any_failed = outcomes.iter().any(Outcome::failed);
    if json {
        super::print_json(&renew_json(app, &outcomes));
    } else {
        for outcome in &outcomes {
            match outcome {
                Outcome::Failed { error, .. }
                | Outcome::Renewed {
                    hook: Some(error), ..
                } => {
                    let _ = fail(&ui, error, false);
                }
                _ => {}
            }
        }
        let acted = outcomes
            .iter()
            .any(|o| !matches!(o, Outcome::NotDue { .. }));
        if acted {
            super::print_page(&ui, &renew_text(app, &outcomes));
        } else if !quiet {
            sayln!("{}", ui.text(&nothing_due(&outcomes)));
        }
    }
    if any_failed {
        ExitCode::from(super::FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// The one line of a run with nothing due: the next certificate due and when.
fn nothing_due(outcomes: &[Outcome]) -> Message {
    let next = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::NotDue {
                thumbprint,
                renew_after,
            } => Some((renew_after, thumbprint)),
            _ => None,
        })
        .min();
    match next {
        Some((after, thumbprint)) => Message::new("renew-nothing-due")
            .arg("thumbprint", thumbprint.as_str())
            .arg("date", docwiz::error::Arg::Date(*after)),
        None => Message::new("renew-nothing-assigned"),
    }
}

fn renew_text(app: &App, outcomes: &[Outcome]) -> String {
    let ui = app.ui();
    let mut out = String::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Renewed {
                old,
                request,
                assigned,
                ..
            } => {
                out.push_str(
                    &ui.text(
                        &Message::new("renew-done")
                            .arg("old", old.as_str())
                            .arg("new", assigned.thumbprint.as_str())
                            .arg("request", request.as_str()),
                    ),
                );
                out.push('\n');
                out.push_str(&assigned_text(app, assigned));
            }
            Outcome::Failed { thumbprint, .. } => {
                out.push_str(&ui.text(
                    &Message::new("renew-failed-line").arg("thumbprint", thumbprint.as_str()),
                ));
                out.push('\n');
            }
            Outcome::NotDue {
                thumbprint,
                renew_after,
            } => {
                out.push_str(
                    &ui.text(
                        &Message::new("renew-not-due-line")
                            .arg("thumbprint", thumbprint.as_str())
                            .arg("date", docwiz::error::Arg::Date(*renew_after)),
                    ),
                );
                out.push('\n');
            }
        }
        out.push('\n');
    }
    format!("{out}{}\n", pages::f1_line(&ui, &app.commands, F1_RENEW))
}

fn renew_json(app: &App, outcomes: &[Outcome]) -> serde_json::Value {
    let ui = app.ui();
    let mut renewed = Vec::new();
    let mut failed = Vec::new();
    let mut not_due = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Renewed {
                old,
                request,
                assigned,
                hook,
            } => {
                let files: Vec<serde_json::Value> = assigned
                    .live_files()
                    .into_iter()
                    .map(|(usage, fullchain, key)| {
                        serde_json::json!({"usage": usage, "fullchain": fullchain, "privkey": key})
                    })
                    .collect();
                renewed.push(serde_json::json!({
                    "old": old,
                    "new": assigned.thumbprint,
                    "request": request,
                    "usages": assigned.usages,
                    "files": files,
                    "hook_error": hook.as_ref().map(|e| ui.text(&e.message())),
                }));
            }
            Outcome::Failed {
                thumbprint,
                request,
                error,
            } => {
                let reason = docwiz::cert::store::record::Reason::of(error);
                failed.push(serde_json::json!({
                    "thumbprint": thumbprint,
                    "request": request,
                    "code": reason.code,
                    "args": reason.args,
                    "message": ui.text(&error.message()),
                }));
            }
            Outcome::NotDue {
                thumbprint,
                renew_after,
            } => not_due.push(serde_json::json!({
                "thumbprint": thumbprint,
                "renew_after": docwiz::cert::rfc3339(*renew_after),
            })),
        }
    }
    serde_json::json!({
        "renewed": renewed,
        "failed": failed,
        "not_due": not_due,
        "f1": F1_RENEW,
    })
}
