//! A real terminal for the tests of the full-screen wizard and the pager:
//! tmux on its own socket, started by the test and killed when the guard
//! drops (also when the test fails). Never skipped: without tmux the test
//! fails and says so (CI installs it).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// How long a screen may take to show what a test waits for: a wait that
/// runs out is a hang or a wrong screen, not a measure of speed.
pub const PATIENCE: Duration = Duration::from_secs(60);

pub struct Tmux {
    socket: PathBuf,
    _dir: tempfile::TempDir,
    pub width: u16,
    pub height: u16,
}

fn tmux_binary() -> &'static str {
    "tmux"
}

impl Tmux {
    /// Starts `args` of docwiz in a `width`×`height` terminal with `env`
    /// (besides a clean language environment and TERM=xterm-256color).
    /// The pane stays open after docwiz exits, so its last screen and exit
    /// status can be read.
    pub fn start(width: u16, height: u16, env: &[(&str, &str)], args: &[&str]) -> Tmux {
        let dir = tempfile::tempdir().expect("tempdir");
        let socket = dir.path().join("tmux.sock");
        let mut command = vec![env!("CARGO_BIN_EXE_docwiz").to_string()];
        command.extend(args.iter().map(|a| a.to_string()));
        let mut tmux = Command::new(tmux_binary());
        tmux.arg("-S")
            .arg(&socket)
            .args(["-f", "/dev/null", "new-session", "-d"])
            .args(["-x", &width.to_string(), "-y", &height.to_string()]);
        let mut envs: Vec<(String, String)> = vec![
            ("TERM".into(), "xterm-256color".into()),
            ("LC_ALL".into(), String::new()),
            ("LC_MESSAGES".into(), String::new()),
            ("LANGUAGE".into(), String::new()),
            ("LANG".into(), "C.UTF-8".into()),
        ];
        for (k, v) in env {
            envs.retain(|(name, _)| name != k);
            envs.push((k.to_string(), v.to_string()));
        }
        for (k, v) in &envs {
            tmux.args(["-e", &format!("{k}={v}")]);
        }
        tmux.arg("--").args(&command);
        let status = tmux.env_remove("TMUX").status().unwrap_or_else(|e| {
            panic!("cannot start tmux ({e}): the terminal tests need tmux (apt-get install tmux)")
        });
        assert!(status.success(), "tmux new-session failed: {status}");
        let t = Tmux {
            socket,
            _dir: dir,
            width,
            height,
        };
        t.ctl(&["set-option", "-g", "remain-on-exit", "on"]);
        t
    }

    fn ctl(&self, args: &[&str]) -> String {
        let out = Command::new(tmux_binary())
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Sends keys as tmux names them (`Tab`, `BTab`, `Enter`, `Escape`,
    /// `F1`, `Space`, `PageDown`…), one argument each.
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend(keys);
        self.ctl(&args);
    }

    /// Types `text` literally.
    pub fn type_text(&self, text: &str) {
        self.ctl(&["send-keys", "-t", "0", "-l", text]);
    }

    /// The screen as it is now, one line per row, trailing spaces cut.
    pub fn screen(&self) -> String {
        self.ctl(&["capture-pane", "-p", "-t", "0"])
    }

    /// Waits until the screen shows `text` and returns it; fails the test
    /// with the last screen when it does not within [`PATIENCE`].
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("the screen to show {text:?}"), |s| {
            s.contains(text)
        })
    }

    /// Waits until `ready` holds for the screen.
    pub fn wait_until(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            if started.elapsed() > PATIENCE {
                panic!("waited {PATIENCE:?} for {what}; the screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the screen no longer shows `text`.
    pub fn wait_gone(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} to leave the screen"), |s| {
            !s.contains(text)
        })
    }

    /// Whether docwiz has exited, and its exit status.
    pub fn exit_status(&self) -> Option<i32> {
        let out = self.ctl(&[
            "display-message",
            "-p",
            "-t",
            "0",
            "#{pane_dead} #{pane_dead_status}",
        ]);
        let mut parts = out.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some("1"), Some(code)) => code.parse().ok(),
            _ => None,
        }
    }

    /// Waits for docwiz to exit and returns its exit status.
    pub fn wait_exit(&self) -> i32 {
        let started = Instant::now();
        loop {
            if let Some(code) = self.exit_status() {
                return code;
            }
            if started.elapsed() > PATIENCE {
                panic!("docwiz did not exit; the screen was:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Resizes the terminal (docwiz gets SIGWINCH and redraws).
    pub fn resize(&mut self, width: u16, height: u16) {
        self.ctl(&[
            "resize-window",
            "-t",
            "0",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
        self.width = width;
        self.height = height;
    }

    pub fn socket(&self) -> &Path {
        &self.socket
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.ctl(&["kill-server"]);
    }
}

/// Display width of a screen line (CJK characters count two columns).
pub fn width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}
