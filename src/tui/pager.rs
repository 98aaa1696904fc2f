//! The full-screen pager of `docwiz help`: the help view on the whole
//! terminal, in the alternate screen, with the terminal restored on every way
//! out (q, Esc, an error, a panic).

use std::io::{self, Stdout, Write};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, event as ct_event, execute};

use super::help_view::{HelpOutcome, HelpView};

/// The terminal in full-screen mode (raw mode, alternate screen, mouse
/// capture) for as long as it lives: dropping it, or a panic while it
/// lives, puts the terminal back as it was.
pub struct Screen {
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Screen {
    /// Switches the terminal to full-screen mode.
    ///
    /// # Errors
    /// The terminal's: stdout is not a terminal, or cannot be written.
    pub fn enter() -> io::Result<Screen> {
        install_panic_hook();
        enable_raw_mode()?;
        // From here on, a failure must undo what was done: `restore` undoes
        // all of it and tolerates what was not done.
        let entered = execute!(
            io::stdout(),
            EnterAlternateScreen,
            ct_event::EnableMouseCapture
        )
        .and_then(|()| Terminal::new(CrosstermBackend::new(io::stdout())));
        match entered {
            Ok(terminal) => Ok(Screen { terminal }),
            Err(error) => {
                restore();
                Err(error)
            }
        }
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves full-screen mode; harmless when the terminal is not in it.
pub fn restore() {
    let mut stdout = io::stdout();
    let _ = execute!(
        stdout,
        ct_event::DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = stdout.flush();
}

/// A panic message printed into the alternate screen in raw mode would be
/// lost and leave the terminal unusable: the terminal is restored first.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// Shows `help` full screen until the reader closes it (q, or Esc on the
/// first page). A followed link is composed by `compose` (given the topic id
/// or keyword, with `#anchor` kept); when it gives nothing, the view stays.
///
/// # Errors
/// The terminal's, after the terminal is restored.
pub fn run(help: crate::Help, compose: &dyn Fn(&str) -> Option<crate::Help>) -> io::Result<()> {
    let mut screen = Screen::enter()?;
    let mut view = HelpView::new(help);
    loop {
        screen.terminal.draw(|frame| {
            let area = frame.area();
            view.draw(frame, area);
        })?;
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
    Ok(())
}
