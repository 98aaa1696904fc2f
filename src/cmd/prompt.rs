//! Asking on the terminal: a yes or no before a step that cannot be undone
//! (trusting a root, revoking a certificate), and a password without echoing
//! what is typed.

use std::io::{BufRead, IsTerminal, Write};
use std::os::fd::AsRawFd;

use docwiz::error::{Confirm, Error, Message};
use docwiz::localization::Localizer;

/// Whether there is someone to ask: standard input is a terminal.
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal()
}

/// Asks `question` (a `ui.ftl` message) on stderr and reads the answer from
/// the terminal: one of the language's yes answers (`answer-yes`, a
/// comma-separated list, any case) goes on; anything else, an empty line or
/// the end of input is [`Error::Declined`]. Without a terminal there is no
/// one to ask: [`Error::NeedsConfirmation`], and the caller's `--yes` is the
/// only way on.
pub fn confirm(ui: &Localizer, question: &'static str, what: Confirm) -> Result<(), Error> {
    if !can_ask() {
        return Err(Error::NeedsConfirmation { what });
    }
    let mut stderr = std::io::stderr();
    let _ = write!(stderr, "{} ", ui.text(&Message::new(question)));
    let _ = stderr.flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|_| Error::Declined { what })?;
    let answer = answer.trim().to_lowercase();
    let accepted = ui.text(&Message::new("answer-yes"));
    if !answer.is_empty() && accepted.split(',').map(str::trim).any(|a| a == answer) {
        Ok(())
    } else {
        Err(Error::Declined { what })
    }
}

/// Asks twice for a new password on the terminal (stdin and stderr), as
/// `openssl pkcs12 -export` does: a mistyped one would make the file
/// useless. Without a terminal there is no one to ask: refused.
pub fn new_password(ui: &Localizer) -> Result<String, Error> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Error::NeedsPassword);
    }
    let first = ask(&ui.text(&Message::new("prompt-password")))?;
    if first.is_empty() {
        return Err(Error::PasswordNotConfirmed);
    }
    let again = ask(&ui.text(&Message::new("prompt-password-again")))?;
    if again != first {
        return Err(Error::PasswordNotConfirmed);
    }
    Ok(first)
}

/// One line from the terminal with echo off; echo is put back whatever happens.
fn ask(prompt: &str) -> Result<String, Error> {
    let mut stderr = std::io::stderr();
    let _ = write!(stderr, "{prompt} ");
    let _ = stderr.flush();
    let stdin = std::io::stdin();
    let fd = stdin.as_raw_fd();
    // SAFETY: termios is plain data, filled in by tcgetattr before it is read.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: fd is stdin, a terminal; saved is a valid termios to fill.
    let have = unsafe { libc::tcgetattr(fd, &mut saved) } == 0;
    if have {
        let mut quiet = saved;
        quiet.c_lflag &= !libc::ECHO;
        quiet.c_lflag |= libc::ECHONL;
        // SAFETY: quiet is a valid termios derived from the terminal's own.
        unsafe { libc::tcsetattr(fd, libc::TCSAFLUSH, &quiet) };
    }
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if have {
        // SAFETY: saved holds the terminal's settings read above.
        unsafe { libc::tcsetattr(fd, libc::TCSAFLUSH, &saved) };
    }
    read.map_err(|_| Error::NeedsPassword)?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}
