//! The terminal while a full-screen view runs: raw mode, the alternate
//! screen and mouse reporting on, and all of it undone on every way out —
//! a normal return, an error, a panic, or a signal (SIGTERM, SIGHUP, and
//! SIGINT or SIGQUIT sent by `kill` or `timeout`, which raw mode does not turn
//! into keys) — so the shell is never left in raw mode.

use std::io::{self, BufWriter, Stdout, Write, stdout};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

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
        received();
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

/// How a full-screen view ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The reader closed it (q, Esc, Ctrl+C).
    Closed,
    /// A signal asked the process to end; its number (the command exits
    /// with 128 + it, as a shell reports a process a signal ended).
    Signal(i32),
}

/// The signals that end a view: their handlers only record the number, and
/// the view's loop, which looks at least ten times a second, ends and
/// restores the terminal.
const ENDING: [i32; 4] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
];

fn received() -> &'static Arc<AtomicUsize> {
    static RECEIVED: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
    RECEIVED.get_or_init(|| {
        let flag = Arc::new(AtomicUsize::new(0));
        for signal in ENDING {
            // Without the handler the default action (ending the process,
            // the terminal left raw) remains: nothing better to do then.
            let _ = signal_hook::flag::register_usize(signal, Arc::clone(&flag), signal as usize);
        }
        flag
    })
}

impl Session {
    /// The signal that asked the process to end since the session started.
    pub fn signal(&self) -> Option<i32> {
        match received().load(Ordering::Relaxed) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
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
