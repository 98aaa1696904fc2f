//! The full-screen wizard in a real terminal (tmux).

mod common;

use common::tmux::{Tmux, flat, width};
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
    // The topic's commands carry the store: its words wrap where they may.
    t.wait_flat("Certificate Assignment");
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

/// SIGTERM, SIGHUP or a sent SIGINT end the wizard with the terminal
/// restored (no alternate screen, no mouse reporting, the cursor shown) and
/// exit with 128 + the signal, as a shell reports it.
#[test]
fn a_signal_ends_the_wizard_with_the_terminal_restored() {
    let (_dir, store, _) = request_store();
    let bin = env!("CARGO_BIN_EXE_docwiz");
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2)] {
        // The shell outlives docwiz, so the terminal's state after it is
        // read from a live pane.
        let command = format!("'{bin}' --store '{store}' wizard status; echo EXIT=$?; sleep 600");
        let t = Tmux::start(100, 40, &[], &command);
        t.settled("[ Finish ]");
        assert_eq!(t.pane("alternate_on"), "1");
        assert_eq!(t.pane("mouse_any_flag"), "1");
        t.signal(signal);
        t.wait_for(&format!("EXIT={}", 128 + number));
        assert_eq!(
            t.pane("alternate_on"),
            "0",
            "SIG{signal}: still on the alternate screen"
        );
        assert_eq!(
            t.pane("mouse_any_flag"),
            "0",
            "SIG{signal}: mouse reporting left on"
        );
        assert_eq!(
            t.pane("cursor_flag"),
            "1",
            "SIG{signal}: the cursor left hidden"
        );
    }
}

/// While another command holds the store's lock, a step in the wizard says
/// the store is busy at once — the wizard never freezes — and changes
/// nothing; once the lock is free, the same step works.
#[test]
fn a_step_while_another_command_holds_the_lock_says_the_store_is_busy() {
    let (_dir, store, thumbprint) = request_store();
    let lock = std::path::Path::new(&store).join(".lock");
    // --no-fork: the process that holds the lock is the one killed below.
    let mut holder = std::process::Command::new("flock")
        .arg("--no-fork")
        .arg(&lock)
        .args(["sleep", "600"])
        .spawn()
        .expect("flock (util-linux)");
    // flock holds the lock once it runs sleep.
    while std::process::Command::new("flock")
        .args(["-n"])
        .arg(&lock)
        .arg("true")
        .status()
        .unwrap()
        .success()
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let before = snapshot(std::path::Path::new(&store));
    let t = Tmux::docwiz(100, 40, &[], &["--store", &store, "wizard", "status"]);
    t.settled("[ Finish ]");
    t.keys(&["Enter"]);
    let busy = t.wait_until("the busy store said", |s| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains("Another docwiz command is changing the store")
    });
    assert!(busy.contains("[ Finish ]"), "{busy}");
    // Still answering keys.
    t.keys(&["F2"]);
    t.wait_for("Fertig stellen");
    t.keys(&["F2", "F2", "F2", "F2", "F2"]);
    t.wait_for("[ Finish ]");
    assert_eq!(
        before,
        snapshot(std::path::Path::new(&store)),
        "a busy step wrote"
    );
    let _ = holder.kill();
    let _ = holder.wait();
    t.keys(&["Enter"]);
    // The chain is not trusted: Finish installs without assigning, and says so.
    t.wait_until("Finish's answer", |s| {
        let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
        flat.contains("installed") && !flat.contains("Another docwiz command")
    });
    let installed = wizard_ok(std::path::Path::new(&store), &["--json", "certs", "list"]);
    assert!(installed.contains(&thumbprint), "{installed}");
}

/// A dumb terminal gets the printed page, as without a terminal.
#[test]
fn a_dumb_terminal_gets_the_printed_page() {
    let (_dir, store, thumbprint) = request_store();
    // tmux names the pane's terminal itself: TERM is set in the command.
    let bin = env!("CARGO_BIN_EXE_docwiz");
    let command = format!("TERM=dumb '{bin}' --store '{store}' wizard status");
    let t = Tmux::start(100, 40, &[], &command);
    assert_eq!(t.try_wait_exit(), Ok(0));
    let screen = t.screen();
    assert!(screen.contains(&thumbprint), "{screen}");
    assert!(screen.contains("Help for this page"), "{screen}");
}

/// The help pager too ends on SIGTERM with the terminal restored.
#[test]
fn a_signal_ends_the_help_pager_with_the_terminal_restored() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let bin = env!("CARGO_BIN_EXE_docwiz");
    let command = format!(
        "'{bin}' --store '{}' help {KEYWORD}; echo EXIT=$?; sleep 600",
        store.display()
    );
    let t = Tmux::start(60, 20, &[], &command);
    t.settled("Certificate Request (Returned)");
    assert_eq!(t.pane("alternate_on"), "1");
    t.signal("TERM");
    t.wait_for("EXIT=143");
    assert_eq!(t.pane("alternate_on"), "0");
    assert_eq!(t.pane("mouse_any_flag"), "0");
    assert_eq!(t.pane("cursor_flag"), "1");
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
        // The command goes on after a ` \` continuation.
        if line
            .trim_end()
            .trim_end_matches('\\')
            .trim_end()
            .ends_with("trust import-root")
        {
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

/// The status line: the bottom rows of the screen, below the page (one or
/// two rows, joined by two spaces).
fn status_line(screen: &str, rows: usize) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let start = lines.len().saturating_sub(rows);
    lines[start..].join("  ")
}

/// The status line offers exactly the keys that act on the focused
/// control: Space only on a check box, ↑↓ on a list of options, Enter with
/// what the focused button does (Finish, Request), PgUp/PgDn only while the
/// page is longer than the screen.
#[test]
fn the_status_line_offers_the_keys_of_the_focused_control() {
    let (_dir, store, _) = request_store();
    // Status page, focus on Finish: Enter finishes, no Space (the focused
    // control is no check box); the page scrolls at 80x24.
    let t = Tmux::docwiz(80, 24, &[], &["--store", &store, "wizard", "status"]);
    let page = t.settled("[ Finish ]");
    let keys = status_line(&page, 2);
    assert!(keys.contains("Enter Finish"), "{keys}");
    assert!(!keys.contains("Space"), "{keys}");
    assert!(keys.contains("PgUp/PgDn"), "{keys}");
    // On the check box: Space, and Enter does nothing there.
    t.keys(&["BTab", "BTab"]);
    let page = t.wait_until("Space on the status line", |s| {
        status_line(s, 2).contains("Space Check box")
    });
    assert!(!status_line(&page, 2).contains("Enter"), "{page}");
    drop(t);

    // An empty store's status page: no check box, no Space; the page fits,
    // no PgUp/PgDn.
    let empty = tempfile::tempdir().unwrap();
    let e = empty.path().join("store");
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", e.to_str().unwrap(), "wizard", "status"],
    );
    let page = t.settled("[ Back ]");
    let keys = status_line(&page, 2);
    assert!(!keys.contains("Space"), "{keys}");
    assert!(!keys.contains("PgUp"), "{keys}");
    assert!(keys.contains("Enter Back"), "{keys}");
    drop(t);

    // The request's first step: a list of options, ↑↓ choose and Enter
    // goes on; the summary's Enter is its Request button.
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", e.to_str().unwrap(), "wizard", "request"],
    );
    let page = t.settled("Step 1 of");
    let keys = status_line(&page, 2);
    assert!(keys.contains("↑↓ Choose"), "{keys}");
    assert!(keys.contains("Enter Next"), "{keys}");
    t.keys(&["Enter", "Enter"]);
    t.wait_for("Step 3 of");
    t.type_text("keys.example.com");
    t.keys(&["Enter", "Enter", "Enter"]);
    let page = t.settled("Certificate Request Summary");
    let keys = status_line(&page, 2);
    assert!(keys.contains("Enter Request"), "{keys}");
    assert!(!keys.contains("Next page"), "{keys}");
}

/// While a request waits on its CA nothing but F1, F2 and Ctrl+C works:
/// the status line offers neither Esc nor any control's key.
#[test]
fn the_progress_page_offers_no_esc_while_the_ca_is_asked() {
    use std::io::Read;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (release, released) = std::sync::mpsc::channel::<()>();
    let ca = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut buf = [0u8; 4096];
        let _ = stream.read(&mut buf);
        let _ = released.recv();
        drop(stream);
    });
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        100,
        40,
        &[("LANG", "de_DE.UTF-8")],
        &[
            "--store",
            store.to_str().unwrap(),
            "wizard",
            "request",
            "--ca",
            "cfssl",
            "--cfssl-url",
            &url,
        ],
    );
    t.wait_for("Schritt 1 von");
    t.keys(&["Enter", "Enter"]);
    t.wait_for("Schritt 3 von");
    t.type_text("wait.example.com");
    t.keys(&["Enter", "Enter", "Enter"]);
    t.settled("Anfordern");
    t.keys(&["Enter"]);
    let page = t.wait_until("the progress page", |s| s.contains("s vergangen"));
    let keys = status_line(&page, 2);
    assert!(
        keys.contains("F1 Hilfe") && keys.contains("F2 Sprache"),
        "{keys}"
    );
    assert!(!keys.contains("Esc"), "{keys}");
    assert!(!keys.contains("Tab"), "{keys}");
    release.send(()).unwrap();
    ca.join().unwrap();
}

/// The status line names the keys as each language's keyboard documentation
/// does (Microsoft's style guides): on the status page's check box, Space
/// and, on the Finish button, Enter.
#[test]
fn the_status_line_names_the_keys_in_the_readers_language() {
    let (_dir, store, _) = request_store();
    for (lang, enter, space) in [
        ("ru_RU.UTF-8", "Ввод", "Пробел Флажок"),
        ("es_ES.UTF-8", "Entrar", "Barra espaciadora Casilla"),
        ("zh_TW.UTF-8", "Enter", "空白鍵 核取方塊"),
    ] {
        let t = Tmux::docwiz(
            100,
            24,
            &[("LANG", lang)],
            &["--store", &store, "wizard", "status"],
        );
        let page = t.wait_until(&format!("{enter} on the status line"), |s| {
            status_line(s, 2).contains(&format!("{enter} "))
        });
        assert!(!status_line(&page, 2).contains("Space"), "{lang}: {page}");
        t.keys(&["BTab", "BTab"]);
        t.wait_until(&format!("{space} on the status line"), |s| {
            status_line(s, 2).contains(space)
        });
    }
}

/// At 60 columns the status line drops no key: it takes a second row, each
/// key with its whole label (French main page, Entrée on a list: Open), and
/// the keys are named as French keyboards name them (Échap, Entrée).
#[test]
fn a_narrow_status_line_keeps_every_key() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(
        60,
        20,
        &[("LANG", "fr_FR.UTF-8")],
        &["--store", &store, "wizard"],
    );
    let page = t.settled("Demander");
    let keys = status_line(&page, 2);
    for key in [
        "F1 Aide",
        "F2 Langue",
        "Échap Fermer",
        "Entrée",
        "Tab Champ suivant",
    ] {
        assert!(keys.contains(key), "{key} lost: {keys}\n{page}");
    }
    for english in ["Esc ", "Enter "] {
        assert!(!keys.contains(english), "{english}in French: {keys}");
    }
    assert_fits(&page, 60);
    // On the list of open requests: ↑↓ and Enter opens.
    let page = (0..8)
        .find_map(|_| {
            t.keys(&["Tab"]);
            std::thread::sleep(std::time::Duration::from_millis(150));
            let s = t.screen();
            status_line(&s, 2).contains("↑↓ Choisir").then_some(s)
        })
        .expect("a list on the main page");
    let keys = status_line(&page, 2);
    assert!(keys.contains("Entrée Ouvrir"), "{keys}");
    assert!(keys.contains("Échap Fermer"), "{keys}");
    assert_fits(&page, 60);
}

/// A certificate's line names the chain its verdict is about: the verdicts
/// agree with "chain" (feminine in French and Russian), and after the
/// certificate alone "— non approuvée" read as said of the certificate.
#[test]
fn a_certificates_chain_verdict_names_the_chain_in_french_and_russian() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(
        100,
        30,
        &[("LANG", "fr_FR.UTF-8")],
        &["--store", &store, "wizard"],
    );
    let screen = t.wait_flat("— chaîne de certificats non approuvée :");
    assert!(
        !flat(&screen).contains("restants — non approuvée"),
        "{screen}"
    );
    // French is followed by Russian.
    t.keys(&["F2"]);
    let screen = t.wait_flat("— цепочка сертификатов не является доверенной:");
    assert!(
        !flat(&screen).contains("дней — не является доверенной"),
        "{screen}"
    );
}

/// "None" under the open requests agrees with them: feminine in French and
/// Spanish ("aucune", "ninguna"), not the masculine "aucun" of the
/// certificates' lists.
#[test]
fn no_open_request_is_said_in_the_requests_gender() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        80,
        24,
        &[("LANG", "es_ES.UTF-8")],
        &["--store", store.to_str().unwrap(), "wizard"],
    );
    t.wait_flat("Solicitudes pendientes ninguna");
    // Spanish is followed by French.
    t.keys(&["F2"]);
    t.wait_flat("Demandes en cours aucune");
}

/// `/` in the F1 help finds a phrase the page wrapped over two lines, and
/// ignores diacritics ("numerique" finds "numérique", as typed on a keyboard
/// without accents); Esc first clears the find, then closes the help.
#[test]
fn find_in_help_crosses_line_ends_ignores_accents_and_esc_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        80,
        24,
        &[("LANG", "en_US.UTF-8")],
        &["--store", store.to_str().unwrap(), "wizard"],
    );
    t.wait_for("[ Request… ]");
    t.keys(&["F1"]);
    t.wait_for("Lines 1–");
    // Two words of the text on either side of a line end (where the page
    // wraps depends on the length of the store's path in its commands).
    let help = t.screen();
    let lines: Vec<&str> = help.lines().collect();
    let plain_word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
    let phrase = lines
        .windows(2)
        .skip(2)
        .find_map(|pair| {
            let last = pair[0].trim_end().rsplit(' ').next()?;
            let first = pair[1].split(' ').next()?;
            (plain_word(last) && plain_word(first)).then(|| format!("{last} {first}"))
        })
        .unwrap_or_else(|| panic!("no two words across a line end:\n{help}"));
    t.keys(&["/"]);
    t.type_text(&phrase);
    t.keys(&["Enter"]);
    t.wait_for("Match 1 of");
    t.keys(&["Escape"]);
    let cleared = t.wait_for("Lines 1–");
    assert!(cleared.contains("Esc close"), "{cleared}");
    t.keys(&["Escape"]);
    t.wait_for("[ Request… ]");
    // English, German, Spanish, French.
    t.keys(&["F2", "F2", "F2"]);
    t.wait_for("[ Demander… ]");
    t.keys(&["F1"]);
    t.wait_for("Lignes 1–");
    t.keys(&["/"]);
    t.type_text("empreinte numerique");
    t.keys(&["Enter"]);
    t.wait_for("Occurrence 1 sur 1");
}

/// At 60 columns the fact labels' column is too narrow for some German
/// compounds: such a label gets its own line with the value below it, never
/// "Schlüsselverwendun" and "g" on two lines.
#[test]
fn a_label_too_wide_for_its_column_is_not_broken_inside_a_word() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(
        60,
        20,
        &[("LANG", "de_DE.UTF-8")],
        &["--store", &store, "wizard", "status"],
    );
    t.wait_for("Fertig stellen");
    t.keys(&["NPage"]);
    let screen = t.wait_flat("Erweiterte Schlüsselverwendung Serverauthentifizierung");
    assert!(
        flat(&screen).contains("Zertifikatverwendungen Serverstandard"),
        "{screen}"
    );
}

/// Lists of words are enumerated as CLDR says (ICU4X): 、 and 和 in
/// Traditional Chinese, not an ASCII comma.
#[test]
fn chinese_lists_use_the_enumeration_comma() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(
        100,
        40,
        &[("LANG", "zh_TW.UTF-8")],
        &["--store", &store, "wizard", "status"],
    );
    let screen = t.wait_for("伺服器驗證和用戶端驗證");
    assert!(
        screen.contains("伺服器預設、內部 Web 服務和外部 Web 服務"),
        "{screen}"
    );
}

/// When even two rows cannot hold every key with its whole label (German,
/// 60 columns, on "Zertifikatdetails anzeigen"), the first row keeps F1, F2
/// and Esc whole and only the second row's labels are shortened, not every
/// label cut to two letters on one row.
#[test]
fn a_status_line_needing_three_rows_shortens_only_the_second() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(
        60,
        20,
        &[("LANG", "de_DE.UTF-8")],
        &["--store", &store, "wizard", "status"],
    );
    t.wait_for("Fertig stellen");
    // From Finish back to View Certificate Details.
    t.keys(&["BTab"]);
    let screen = t.wait_until("Eingabetaste on the details button", |s| {
        status_line(s, 2).contains("Eingabetaste Zertifika")
    });
    let rows: Vec<&str> = screen.lines().collect();
    assert_eq!(rows[18], "F1 Hilfe  F2 Sprache  Esc Zurück", "{screen}");
    // The second row: each key with the start of its label.
    assert!(rows[19].contains("Tab Nächstes"), "{screen}");
    assert_fits(&screen, 60);
}

/// View Certificate Details names the key usage bits in the reader's
/// language, as it does the enhanced key usages, not as RFC identifiers.
#[test]
fn key_usage_is_named_in_the_readers_language() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(
        100,
        40,
        &[("LANG", "de_DE.UTF-8")],
        &["--store", &store, "wizard", "details"],
    );
    let screen = t.wait_for("Schlüsselverwendung");
    let row = screen
        .lines()
        .find(|l| l.trim_start().starts_with("Schlüsselverwendung"))
        .unwrap_or_else(|| panic!("no key usage row:\n{screen}"));
    assert!(row.contains("Digitale Signatur"), "{screen}");
    assert!(!screen.contains("digitalSignature"), "{screen}");
}

/// The commands the F1 help offers say what to type in the reader's
/// language, with the names `--help` gives the values there:
/// "<FICHIER>" and "<CLÉ>", not "<FILE>" and "<KEY>".
#[test]
fn command_placeholders_are_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        140,
        40,
        &[("LANG", "fr_FR.UTF-8")],
        &["--store", store.to_str().unwrap(), "wizard"],
    );
    t.wait_for("[ Demander… ]");
    t.keys(&["F1"]);
    t.wait_for("Lignes 1–");
    t.keys(&["End"]);
    let help = t.wait_flat("wizard request --fqdn <FQDN>");
    assert!(
        flat(&help).contains("wizard import <FICHIER> --key <CLÉ>"),
        "{help}"
    );
    assert!(!help.contains("<FILE>"), "{help}");
}

/// A title or a button cut by a narrow terminal ends with "…", rather than
/// show "…certificat en lig" as if it were the whole title.
#[test]
fn a_cut_title_or_button_says_so() {
    let (_dir, store, _) = request_store();
    let mut t = Tmux::docwiz(
        40,
        20,
        &[("LANG", "fr_FR.UTF-8")],
        &["--store", &store, "wizard", "status"],
    );
    let screen = t.wait_for("Terminer");
    let title = screen.lines().next().unwrap_or_default();
    assert!(title.starts_with(" État de la demande"), "{screen}");
    assert!(title.ends_with('…'), "{screen}");
    assert_fits(&screen, 40);
    t.resize(14, 8);
    t.wait_until("the buttons cut with …", |s| {
        s.lines().any(|l| l.starts_with(" [ ") && l.contains("… ]"))
    });
}

/// Issue 15: the F1 help over the wizard spells its topic links' commands
/// with the wizard's `--store`, and after F2 the page's suggested commands
/// carry `--lang` of the language F2 chose, so that they run as printed on
/// the same store, in the language shown.
#[test]
fn the_wizards_help_keeps_the_store_and_f2_gives_commands_the_new_language() {
    let (_dir, store, _) = request_store();
    let t = Tmux::docwiz(
        200,
        50,
        &[("LANG", "de_DE.UTF-8")],
        &["--store", &store, "wizard", "status"],
    );
    t.wait_for("Fertig stellen");
    t.keys(&["F1"]);
    t.wait_for("Zertifikatanforderung (zurückgegeben)");
    let mut seen = String::new();
    for _ in 0..6 {
        seen.push_str(&t.settled(""));
        seen.push('\n');
        t.keys(&["PageDown"]);
    }
    let words = flat(&seen);
    assert!(
        words.contains(&format!("docwiz --store {store} help ")),
        "the help's links lost --store:\n{seen}"
    );
    assert!(
        !words.contains("docwiz help ") && !words.contains("`docwiz trust"),
        "a command without --store:\n{seen}"
    );
    t.keys(&["Escape"]);
    // (F2 right after Esc would be read as Alt+F2.)
    t.wait_gone("Zertifikatanforderung (zurückgegeben)");
    t.settled("Fertig stellen");
    // de → es: the next language the content ships.
    t.keys(&["F2"]);
    t.wait_flat(&format!(
        "docwiz --store {store} --lang es trust import-root"
    ));
}

/// Issue 15: the full-screen status page's suggested commands (the
/// imports under the chain's notes, the next step) break between arguments
/// with ` \` continuations, so that the lines copied from the terminal are
/// the command, and a path that fits a line is never cut.
#[test]
fn suggested_commands_on_the_full_screen_page_are_continued_with_backslashes() {
    let (_dir, store, _) = request_store();
    let mut files = Vec::new();
    for request in std::fs::read_dir(std::path::Path::new(&store).join("requests")).unwrap() {
        for file in std::fs::read_dir(request.unwrap().path().join("issuers")).unwrap() {
            files.push(file.unwrap().path().display().to_string());
        }
    }
    let t = Tmux::docwiz(
        124,
        60,
        &[("LANG", "en_US.UTF-8")],
        &["--store", &store, "wizard", "status"],
    );
    let screen = t.settled("Finish");
    assert_fits(&screen, 124);
    let joined = joined_as_shell(&screen);
    for file in &files {
        assert!(
            screen.lines().any(|l| l.contains(file.as_str())),
            "{file} is cut:\n{screen}"
        );
    }
    assert!(
        files.iter().any(
            |file| joined.contains(&format!("docwiz --store {store} trust import-root {file}"))
        ),
        "the import is not one command when pasted:\n{screen}"
    );
}
