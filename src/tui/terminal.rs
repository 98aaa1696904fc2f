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
        watch_for_a_stuck_loop();
        // A signal before this session is not one for it.
        received().store(0, Ordering::Relaxed);
        ACTIVE.store(true, Ordering::Relaxed);
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
        ACTIVE.store(false, Ordering::Relaxed);
        restore();
    }
}

/// Whether a session has the terminal.
static ACTIVE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// How long the view's loop has to end after a signal before the process is
/// ended for it.
const SIGNAL_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// Ends the process (terminal restored, exit 128 + the signal) when a
/// signal came and the view's loop did not end within [`SIGNAL_GRACE`].
/// The loop cannot see the signal while crossterm's `event::read` waits: on
/// a terminal that hung up (an SSH connection gone, a tmux server killed)
/// reading gives end-of-file forever, and crossterm keeps reading, so
/// without this the process would spin on for good, deaf to SIGTERM.
fn watch_for_a_stuck_loop() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = std::thread::Builder::new()
            .name("docwiz-signal-watch".into())
            .spawn(|| {
                loop {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                    let signal = received().load(Ordering::Relaxed);
                    if signal == 0 || !ACTIVE.load(Ordering::Relaxed) {
                        continue;
                    }
                    std::thread::sleep(SIGNAL_GRACE);
                    if ACTIVE.load(Ordering::Relaxed) {
                        restore();
                        std::process::exit(128 + i32::try_from(signal).unwrap_or(0));
                    }
                }
            });
    });
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
