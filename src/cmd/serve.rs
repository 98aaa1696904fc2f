//! `docwiz serve [--listen ADDR:PORT] [--open]`

use std::net::SocketAddr;
use std::process::ExitCode;

use docwiz::error::Message;
use docwiz::serve::{self, Options};

use super::{App, print_error};

#[derive(clap::Args)]
pub struct Args {
    /// Address and port to listen on; anything beyond loopback makes the
    /// wizard pages require the access token printed at start.
    #[arg(long, value_name = "ADDR:PORT", default_value = serve::DEFAULT_LISTEN, value_parser = listen_addr)]
    listen: SocketAddr,
    /// Open the site in the default browser once listening.
    #[arg(long)]
    open: bool,
}

/// An IP address and port, or `localhost:PORT` (what people type), which is
/// the IPv4 loopback. Other names are not looked up: what a name resolves to
/// could be beyond loopback without the user seeing it.
fn listen_addr(text: &str) -> Result<SocketAddr, String> {
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Ok(addr);
    }
    match text.rsplit_once(':') {
        Some((host, port)) if host.eq_ignore_ascii_case("localhost") => port
            .parse::<u16>()
            .map(|port| SocketAddr::from(([127, 0, 0, 1], port)))
            .map_err(|_| "cli-error-listen-address".to_string()),
        _ => Err("cli-error-listen-address".into()),
    }
}

pub fn run(app: &App, args: &Args) -> ExitCode {
    let ui = app.ui();
    let bound = match serve::bind(Options {
        listen: args.listen,
        source: app.docwiz.source.clone(),
        store: app.store.clone(),
        commands: app.commands.clone(),
    }) {
        Ok(bound) => bound,
        Err(error) => {
            print_error(&ui, &error);
            return ExitCode::from(super::exit_code(&error));
        }
    };
    let url = bound.url();
    sayln!(
        "{}",
        ui.text(&Message::new("serve-listening").arg("url", url.as_str()))
    );
    if bound.needs_token() {
        sayln!("{}", ui.text(&Message::new("serve-token-required")));
    }
    sayln!("{}", ui.text(&Message::new("serve-stop-hint")));
    if args.open {
        open_browser(
            &url,
            format!(
                "docwiz: {}",
                docwiz::cert::pages::label_value(
                    &ui,
                    &ui.text(&Message::new("diag-warning")),
                    &ui.text(&Message::new("serve-open-failed").arg("url", url.as_str()))
                )
            ),
        );
    }
    let signal = bound.serve();
    sayln!("{}", ui.text(&Message::new("serve-stopped")));
    // Stopping on request is the normal end of a server.
    let _ = signal;
    ExitCode::SUCCESS
}

/// Hands `url` to the desktop's browser opener; prints `warning` when it
/// cannot be started or fails (`xdg-open` exits non-zero when no browser
/// opens), and reaps it, so that it is not left a zombie while serving.
fn open_browser(url: &str, warning: String) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let spawned = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match spawned {
        Ok(mut opener) => {
            std::thread::spawn(move || {
                if !opener.wait().is_ok_and(|status| status.success()) {
                    eprintln!("{warning}");
                }
            });
        }
        Err(_) => eprintln!("{warning}"),
    }
}
