//! The interactive terminal wizard: full-screen pages that follow the Skype
//! for Business Server certificate wizard the topics document, with F1 on
//! every page opening its topic over the page, joined with the live state.
//!
//! Layout, as in gitui and helix: [`context`] holds what pages read,
//! [`app`] the page stack and the wizard-wide keys, [`widgets`] the controls
//! and body layout, [`pages`] one file per page, [`help_view`] the help
//! (F1 and the `help` pager), [`terminal`] the terminal's modes,
//! [`key_names`] the keys' names in the reader's language.

pub mod app;
pub mod context;
pub mod help_view;
pub mod key_names;
pub mod pager;
pub mod pages;
pub mod terminal;
pub mod widgets;

use std::time::Duration;

use ratatui::crossterm::event;

use app::Wizard;
use context::Context;
use pages::Page;

/// The page the wizard opens at.
pub enum Start {
    /// The main page (`docwiz wizard`).
    Main,
    /// The Online Certificate Request Status page of a request (default:
    /// the latest).
    Status { request: Option<String> },
    /// A new request, with what the command line gave filled in.
    Request(pages::request::RequestPrefill),
    /// Assign, with the thumbprint and usages the command line gave.
    Assign {
        thumbprint: Option<String>,
        usages: Option<String>,
    },
    /// Import a certificate obtained elsewhere.
    Import(pages::import::ImportPrefill),
}

/// The first page for `start`, over the main page so Esc leads there.
pub fn pages_for(ctx: &Context, start: Start) -> Vec<Box<dyn Page>> {
    let main: Box<dyn Page> = Box::new(pages::main::MainPage::new(ctx));
    match start {
        Start::Main => vec![main],
        Start::Status { request } => {
            vec![main, Box::new(pages::status::StatusPage::new(ctx, request))]
        }
        Start::Request(prefill) => vec![
            main,
            Box::new(pages::request::RequestPage::new(ctx, prefill)),
        ],
        Start::Assign { thumbprint, usages } => {
            vec![
                main,
                Box::new(pages::assign::AssignPage::new(ctx, thumbprint, usages)),
            ]
        }
        Start::Import(prefill) => {
            vec![main, Box::new(pages::import::ImportPage::new(ctx, prefill))]
        }
    }
}

/// Runs the wizard on the terminal until it is closed.
///
/// # Errors
/// When the terminal cannot be put in full-screen mode or read.
pub fn run(ctx: Context, start: Start) -> std::io::Result<terminal::Ended> {
    let mut pages = pages_for(&ctx, start).into_iter();
    let Some(first) = pages.next() else {
        return Ok(terminal::Ended::Closed);
    };
    let mut wizard = Wizard::new(ctx, first);
    for page in pages {
        wizard.push(page);
    }
    let mut session = terminal::Session::start()?;
    while !wizard.is_done() {
        session.terminal.draw(|frame| wizard.draw(frame))?;
        if let Some(signal) = session.signal() {
            return Ok(terminal::Ended::Signal(signal));
        }
        if event::poll(Duration::from_millis(100))? {
            // Everything already waiting is handled before the next frame.
            loop {
                let input = event::read()?;
                wizard.handle(&input);
                if wizard.is_done() || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        wizard.tick();
    }
    Ok(terminal::Ended::Closed)
}
