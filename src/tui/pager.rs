//! The full-screen pager of `docwiz help`: the help view on the whole
//! terminal, in the alternate screen, with the terminal restored on every way
//! out (q, Esc, an error, a panic).

use std::io;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyEventKind};

use super::help_view::{HelpOutcome, HelpView};
use super::terminal::{Ended, Session};

/// Shows `help` full screen until the reader closes it (q, or Esc on the
/// first page). A followed link is composed by `compose` (given the topic id
/// or keyword, with `#anchor` kept); when it gives nothing, the view stays.
/// Commands are spelt from `command_prefix` (`docwiz --store DIR --lang
/// TAG`), as the printed help spells them.
///
/// # Errors
/// The terminal's, after the terminal is restored.
pub fn run(
    help: crate::Help,
    command_prefix: &str,
    compose: &dyn Fn(&str) -> Option<crate::Help>,
) -> io::Result<Ended> {
    let mut screen = Session::start()?;
    let mut view = HelpView::new(help).with_command_prefix(command_prefix);
    loop {
        screen.terminal.draw(|frame| {
            let area = frame.area();
            view.draw(frame, area);
        })?;
        if let Some(signal) = screen.signal() {
            return Ok(Ended::Signal(signal));
        }
        if !event::poll(Duration::from_millis(100))? {
            continue;
        }
        let outcome = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => view.handle_key(key),
            Event::Mouse(mouse) => view.handle_mouse(mouse),
            // A resize is redrawn at the new width on the next pass.
            _ => HelpOutcome::Stay,
        };
        match outcome {
            HelpOutcome::Stay => {}
            HelpOutcome::Close => break,
            HelpOutcome::Follow(target) => {
                if let Some(page) = compose(&target) {
                    view.push(page);
                }
            }
        }
    }
    drop(screen);
    Ok(Ended::Closed)
}
