//! The terminal while a full-screen view runs: raw mode, the alternate
//! screen and mouse reporting on, and all of it undone on every way out —
//! a normal return, an error, or a panic — so the shell is never left in raw
//! mode.

use std::io::{self, BufWriter, Stdout, Write, stdout};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

/// The full-screen terminal; dropping it restores the terminal.
pub struct Session {
    pub terminal: Terminal<CrosstermBackend<BufWriter<Stdout>>>,
}

/// Room for a whole frame: written to the terminal in one piece when the
/// frame is flushed, never torn halfway (stdout's own buffer is a line's).
const FRAME_BUFFER: usize = 256 * 1024;

impl Session {
    /// Enters raw mode and the alternate screen, turns on mouse reporting.
    ///
    /// # Errors
    /// When the terminal refuses a mode (not a terminal): it is restored first.
    pub fn start() -> io::Result<Session> {
        install_panic_hook();
        enable_raw_mode()?;
        let entered = execute!(stdout(), EnterAlternateScreen, EnableMouseCapture).and_then(|()| {
            Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
                FRAME_BUFFER,
                stdout(),
            )))
        });
        match entered {
            Ok(terminal) => Ok(Session { terminal }),
            Err(error) => {
                restore();
                Err(error)
            }
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves raw mode, mouse reporting and the alternate screen; harmless when
/// they are not on.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = stdout().flush();
}

/// A panic restores the terminal before its message is printed, so the
/// message is readable and the shell usable.
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
