//! The full-screen wizard in a real terminal (tmux).

mod common;

use common::tmux::{Tmux, width};
use common::*;

/// F1 on the status page opens its topic over the page, with this request's
/// thumbprint in the live panel; Esc brings back the page as it was.
#[test]
fn f1_on_the_status_page_shows_its_topic_with_the_thumbprint_and_esc_returns() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = local_request(&store);
    let thumbprint = status["thumbprint"].as_str().unwrap().to_string();
    let store_arg = store.to_str().unwrap();
    let t = Tmux::docwiz(
        100,
        40,
        &[("LANG", "de_DE.UTF-8")],
        &["--store", store_arg, "wizard", "status"],
    );
    let page = t.wait_for("Fertig stellen");
    assert!(page.contains("[x]"), "{page}");
    t.keys(&["F1"]);
    t.wait_for("Zertifikatanforderung (zurückgegeben)");
    t.keys(&["End"]);
    let help = t.wait_for(&thumbprint);
    for line in help.lines() {
        assert!(width(line) <= 100, "wider than the terminal: {line:?}");
    }
    t.keys(&["Escape"]);
    t.wait_until("the page exactly as it was left", |s| s == page);
}

fn request_store() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = local_request(&store);
    let thumbprint = status["thumbprint"].as_str().unwrap().to_string();
    let store = store.to_str().unwrap().to_string();
    (dir, store, thumbprint)
}

fn assert_fits(screen: &str, columns: u16) {
    for line in screen.lines() {
        assert!(
            width(line) <= columns as usize,
            "wider than {columns} columns: {line:?}\n{screen}"
        );
    }
}

/// Space toggles the check box; F1 on it sends its own keyword first (the
/// assignment topic answers it); Esc brings the page back with the box as
/// it was left.
#[test]
fn the_check_box_toggles_and_f1_on_it_opens_its_own_topic_and_keeps_it() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(100, 40, &[], &["--store", &store, "wizard", "status"]);
    t.wait_for("[x] Assign this certificate");
    // Focus starts on Finish; the check box is two controls before it.
    t.keys(&["BTab", "BTab", "Space"]);
    let cleared = t.wait_for("[ ] Assign this certificate");
    t.keys(&["F1"]);
    t.wait_for("Certificate Assignment");
    t.keys(&["Escape"]);
    // Frames arrive in pieces: the whole page is waited for.
    t.wait_until("the page exactly as it was left", |s| s == cleared);
    t.keys(&["Space"]);
    t.wait_for("[x] Assign this certificate");
}

/// The main page in Traditional Chinese at 80x24: the usages, nothing wider
/// than the terminal; F2 switches the whole wizard to the next language.
#[test]
fn the_main_page_fits_80x24_in_chinese_and_f2_switches_the_language() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(
        80,
        24,
        &[("LANG", "zh_TW.UTF-8")],
        &["--store", &store, "wizard"],
    );
    let screen = t.wait_for("憑證精靈");
    assert_fits(&screen, 80);
    // zh-TW is the last language the content ships: F2 wraps to English.
    t.keys(&["F2"]);
    let english = t.wait_for("Certificate Wizard");
    assert!(english.contains("F1 Help"), "{english}");
    t.keys(&["F2"]);
    t.wait_for("Zertifikat");
}

/// A resized terminal is redrawn to its new size.
#[test]
fn a_resized_terminal_is_redrawn_to_fit() {
    let (_dir, store, _) = request_store();
    let mut t = Tmux::docwiz(
        120,
        40,
        &[("LANG", "de_DE.UTF-8")],
        &["--store", &store, "wizard", "status"],
    );
    t.wait_for("Fertig stellen");
    t.resize(80, 24);
    let screen = t.wait_until("a frame of 80 columns", |s| {
        s.contains("Fertig stellen") && s.lines().all(|l| width(l) <= 80)
    });
    assert_fits(&screen, 80);
}

/// A click on the check box toggles it (the terminal reports the mouse in
/// SGR mode, which tmux passes on as typed).
#[test]
fn a_mouse_click_toggles_the_check_box() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(100, 40, &[], &["--store", &store, "wizard", "status"]);
    let screen = t.wait_for("[x] Assign this certificate");
    let row = screen
        .lines()
        .position(|l| l.contains("[x] Assign"))
        .unwrap()
        + 1;
    let col = screen.lines().nth(row - 1).unwrap().find("[x]").unwrap() + 2;
    t.type_text(&format!("\x1b[<0;{col};{row}M\x1b[<0;{col};{row}m"));
    t.wait_for("[ ] Assign this certificate");
}

/// Without a terminal, with --no-interactive or --plain, `wizard status`
/// prints its page and exits, as it always did.
#[test]
fn no_interactive_and_plain_print_the_page_and_exit() {
    let (_dir, store, thumbprint) = request_store();
    for flag in ["--no-interactive", "--plain"] {
        let t = Tmux::docwiz(100, 40, &[], &["--store", &store, flag, "wizard", "status"]);
        assert_eq!(t.wait_exit(), 0);
        let screen = t.screen();
        assert!(screen.contains(&thumbprint), "{flag}: {screen}");
        assert!(screen.contains("Help for this page"), "{flag}: {screen}");
    }
    let piped = wizard(std::path::Path::new(&store), &["wizard", "status"]);
    assert!(stdout(&piped).contains(&thumbprint));
}

/// Commands on the status page break at spaces only: the file to import
/// is never split after a `/` (A2), so copying the lines gives the
/// command; a thumbprint beside a narrow label is not split either (A3).
#[test]
fn commands_and_thumbprints_are_not_broken_inside_a_word() {
    let (_dir, store, thumbprint) = request_store();
    let t = Tmux::docwiz(120, 50, &[], &["--store", &store, "wizard", "status"]);
    let page = t.settled("Finish");
    let lines: Vec<&str> = page.lines().collect();
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.trim_end().ends_with("trust import-root") {
            seen += 1;
            let next = lines[i + 1].trim();
            assert!(
                next.starts_with('/') && next.ends_with(".pem"),
                "the path is split: {next:?}\n{page}"
            );
        }
        assert!(
            !line.trim_end().ends_with('/'),
            "a line ends inside a path: {line:?}\n{page}"
        );
    }
    assert!(seen > 0, "{page}");
    assert!(page.contains(&thumbprint), "{page}");
}

/// End reaches the real end of a long status page (A6), and Finish with an
/// untrusted chain scrolls back to its outcome at the top (A7).
#[test]
fn end_reaches_the_end_and_finish_shows_its_outcome() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(80, 24, &[], &["--store", &store, "wizard", "status"]);
    let top = t.settled("Online Certificate Request Status");
    assert!(!top.contains("Next step:"), "the page is not long: {top}");
    t.keys(&["End"]);
    let end = t.wait_for("Next step:");
    assert!(end.contains("[ Finish ]"), "{end}");
    // Finish, on the pinned row, clicked.
    let (row, line) = end
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("[ Finish ]"))
        .unwrap();
    let col = width(&line[..line.find("[ Finish ]").unwrap()]) + 4;
    t.type_text(&format!(
        "\x1b[<0;{col};{r}M\x1b[<0;{col};{r}m",
        r = row + 1
    ));
    t.wait_until("the outcome of Finish at the top", |s| {
        s.lines().take(4).any(|l| l.contains("nothing was"))
    });
}

/// On a terminal `wizard status --request NOPE` fails as without one:
/// exit 3 and the error printed, no page that exits 0 (G1).
#[test]
fn status_of_an_unknown_request_fails_on_a_terminal_too() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(
        80,
        24,
        &[],
        &["--store", &store, "wizard", "status", "--request", "NOPE"],
    );
    assert_eq!(t.wait_exit(), 3, "{}", t.history());
}
