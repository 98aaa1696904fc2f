//! A real terminal for the tests: a tmux server of the test's own (its own
//! socket in a temporary directory, no user configuration), one window of a
//! given size running one command. Keys are sent with `send-keys`, the screen
//! is read with `capture-pane`, and every wait polls the screen until a
//! deadline, failing with the last screen. The server is killed when the
//! value is dropped, also when the test fails.
//!
//! tmux is required: without it `start` panics with a message that says to
//! install it (`.ci/run` does), and the test fails; it is never skipped.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// How long a wait lasts before the test fails: far more than any screen
/// takes, so that only a hang fails.
pub const DEADLINE: Duration = Duration::from_secs(60);

/// The one session's name, the target of every command.
const SESSION: &str = "docwiz";

/// Between two looks at the screen.
const POLL: Duration = Duration::from_millis(40);

pub struct Tmux {
    /// Holds the socket; removed after the server is killed.
    dir: tempfile::TempDir,
    socket: PathBuf,
    pub width: u16,
    pub height: u16,
}

impl Tmux {
    /// Starts a tmux server with one detached window of `width` x `height`
    /// running `command` (a shell command line) with the variables `env`
    /// added to a clean language environment (LANG, LC_*, LANGUAGE, COLUMNS,
    /// NO_COLOR removed). The pane stays after the command ends, so that its
    /// exit status can be read ([`Tmux::wait_exit`]).
    pub fn start(width: u16, height: u16, env: &[(&str, &str)], command: &str) -> Tmux {
        let dir = tempfile::tempdir().expect("a temporary directory for the tmux socket");
        let socket = dir.path().join("sock");
        let tmux = Tmux {
            dir,
            socket,
            width,
            height,
        };
        let mut args: Vec<String> = vec![
            "-f".into(),
            "/dev/null".into(),
            "start-server".into(),
            ";".into(),
            "set-option".into(),
            "-g".into(),
            "remain-on-exit".into(),
            "on".into(),
            ";".into(),
            "set-option".into(),
            "-g".into(),
            "history-limit".into(),
            "5000".into(),
            ";".into(),
            "new-session".into(),
            "-d".into(),
            "-s".into(),
            SESSION.into(),
            "-x".into(),
            width.to_string(),
            "-y".into(),
            height.to_string(),
        ];
        for (name, value) in env {
            args.push("-e".into());
            args.push(format!("{name}={value}"));
        }
        // The command's exit status goes to a file: tmux may reap a command
        // that ends at once only much later, so its own record of the
        // status is not waited for.
        let script = tmux.dir.path().join("run.sh");
        std::fs::write(
            &script,
            format!("{command}\necho $? > '{}'\n", tmux.exit_file().display()),
        )
        .expect("write the pane's script");
        args.push(format!("sh '{}'", script.display()));
        let out = tmux.tmux(&args);
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    fn exit_file(&self) -> PathBuf {
        self.dir.path().join("exit-status")
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.arg("-S").arg(&self.socket);
        for var in [
            "LC_ALL",
            "LC_MESSAGES",
            "LC_CTYPE",
            "LANG",
            "LANGUAGE",
            "COLUMNS",
            "LINES",
            "NO_COLOR",
            "TMUX",
        ] {
            cmd.env_remove(var);
        }
        // tmux itself needs a UTF-8 locale to pass CJK through; the program
        // in the pane gets its language from `env`.
        cmd.env("LC_CTYPE", "C.UTF-8");
        cmd.env("TERM", "xterm-256color");
        cmd
    }

    fn tmux<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Output {
        match self.command().args(args).output() {
            Ok(out) => out,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
                "tmux is not installed: these tests drive a real terminal through tmux. \
                 Install it (Debian/Ubuntu: apt-get install tmux; .ci/run does)."
            ),
            Err(e) => panic!("cannot run tmux: {e}"),
        }
    }

    /// Sends keys by tmux name (`Tab`, `BTab`, `Enter`, `Escape`, `NPage`,
    /// `PPage`, `Up`, `F1`, `q`, `C-c`…), one argument each.
    pub fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", SESSION];
        args.extend(keys);
        let out = self.tmux(&args);
        assert!(out.status.success(), "tmux send-keys {keys:?} failed");
    }

    /// Types `text` literally (no key names).
    pub fn type_text(&self, text: &str) {
        let out = self.tmux(&["send-keys", "-t", SESSION, "-l", "--", text]);
        assert!(out.status.success(), "tmux send-keys -l {text:?} failed");
    }

    /// The visible screen, one line per row (tmux trims trailing spaces).
    pub fn screen(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-t", SESSION]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The visible screen with its styles as escape sequences (`capture-pane -e`).
    pub fn styled_screen(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-e", "-t", SESSION]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The whole pane, its scrolled-off history included.
    pub fn history(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-S", "-", "-E", "-", "-t", SESSION]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen holds `text`; the screen then, or the last
    /// screen seen when the deadline passed.
    pub fn try_wait_for(&self, text: &str) -> Result<String, String> {
        self.try_wait_until(|screen| screen.contains(text))
    }

    /// Waits until `ready` holds for the screen.
    pub fn try_wait_until(&self, ready: impl Fn(&str) -> bool) -> Result<String, String> {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return Ok(screen);
            }
            if started.elapsed() > DEADLINE {
                return Err(screen);
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until the command in the pane has ended; its exit status, or
    /// the last screen when it has not ended by the deadline.
    pub fn try_wait_exit(&self) -> Result<i32, String> {
        let started = Instant::now();
        loop {
            if let Ok(text) = std::fs::read_to_string(self.exit_file())
                && let Ok(status) = text.trim().parse()
            {
                return Ok(status);
            }
            if started.elapsed() > DEADLINE {
                return Err(self.screen());
            }
            std::thread::sleep(POLL);
        }
    }

    /// Starts docwiz with `args` (quoted for the shell) as [`Tmux::start`] does.
    pub fn docwiz(width: u16, height: u16, env: &[(&str, &str)], args: &[&str]) -> Tmux {
        let quote = |a: &str| format!("'{}'", a.replace('\'', "'\\''"));
        let mut command = quote(env!("CARGO_BIN_EXE_docwiz"));
        for arg in args {
            command.push(' ');
            command.push_str(&quote(arg));
        }
        Tmux::start(width, height, env, &command)
    }

    /// Sends keys as tmux names them; the same as [`Tmux::send`].
    pub fn keys(&self, keys: &[&str]) {
        self.send(keys);
    }

    /// Waits until the screen shows `text` and returns it; fails the test
    /// with the last screen otherwise.
    pub fn wait_for(&self, text: &str) -> String {
        self.try_wait_for(text)
            .unwrap_or_else(|s| panic!("waited {DEADLINE:?} for {text:?}; the screen was:\n{s}"))
    }

    /// Waits until `ready` holds for the screen; `what` names it when it
    /// does not.
    pub fn wait_until(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        self.try_wait_until(ready)
            .unwrap_or_else(|s| panic!("waited {DEADLINE:?} for {what}; the screen was:\n{s}"))
    }

    /// The screen once it shows `text` and two captures in a row agree: a
    /// frame can reach tmux in pieces, and a capture between them shows
    /// half a page.
    pub fn settled(&self, text: &str) -> String {
        let last = std::cell::RefCell::new(String::new());
        self.wait_until(&format!("{text:?} on a settled screen"), |s| {
            let same = *last.borrow() == s && s.contains(text);
            *last.borrow_mut() = s.to_string();
            same
        })
    }

    /// The settled screen once its words, joined across rows ([`flat`]),
    /// say `text`.
    pub fn wait_flat(&self, text: &str) -> String {
        let last = std::cell::RefCell::new(String::new());
        self.wait_until(&format!("the screen to say {text:?}"), |s| {
            let same = *last.borrow() == s && flat(s).contains(text);
            *last.borrow_mut() = s.to_string();
            same
        })
    }

    /// A pane variable as tmux formats it (`alternate_on`, `pane_pid`,
    /// `mouse_any_flag`, `cursor_flag`…).
    pub fn pane(&self, variable: &str) -> String {
        let format = format!("#{{{variable}}}");
        let out = self.tmux(&["display-message", "-p", "-t", SESSION, &format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Sends `signal` (`TERM`, `HUP`, `INT`…) to the program the pane runs
    /// (the child of the pane's shell), and to nothing else.
    pub fn signal(&self, signal: &str) {
        let shell = self.pane("pane_pid");
        let status = Command::new("pkill")
            .args([&format!("-{signal}"), "-P", &shell])
            .status()
            .expect("pkill (procps)");
        assert!(
            status.success(),
            "no child of the pane's shell {shell} to signal"
        );
    }

    /// Waits until the screen no longer shows `text`.
    pub fn wait_gone(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} to leave the screen"), |s| {
            !s.contains(text)
        })
    }

    /// Waits for the command to end and returns its exit status.
    pub fn wait_exit(&self) -> i32 {
        self.try_wait_exit()
            .unwrap_or_else(|s| panic!("docwiz did not end; the screen was:\n{s}"))
    }

    /// Resizes the window (the program gets SIGWINCH and redraws).
    pub fn resize(&mut self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        let out = self.tmux(&["resize-window", "-t", SESSION, "-x", &w, "-y", &h]);
        assert!(out.status.success(), "tmux resize-window failed");
        self.width = width;
        self.height = height;
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.command().arg("kill-server").output();
        let _ = &self.dir;
    }
}

/// The screen's words joined by single spaces: a sentence wrapped over
/// several rows reads as one (Latin scripts, which wrap at spaces).
pub fn flat(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The display width of `line` (CJK characters are two columns).
pub fn width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}
