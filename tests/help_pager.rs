//! `docwiz help` on a real terminal (tmux): a page longer than the screen
//! opens in the full-screen help view, which scrolls, finds, follows links
//! between topics and goes back; `--no-pager`, a pipe, `--plain` and
//! `--no-interactive` print the page as before.

mod common;
use common::tmux::{Tmux, width};
use common::*;

const BIN: &str = env!("CARGO_BIN_EXE_docwiz");

/// `docwiz --store <empty store> help <keyword> <extra>` as a shell command.
fn help_command(store: &std::path::Path, extra: &str) -> String {
    format!(
        "'{BIN}' --store '{}' help {KEYWORD} {extra}",
        store.join("store").display()
    )
}

fn first_lines(screen: &str, n: usize) -> String {
    screen.lines().take(n).collect::<Vec<_>>().join("\n")
}

/// Every captured line fits the terminal's width.
fn assert_fits(screen: &str, columns: usize) {
    for line in screen.lines() {
        assert!(
            width(line) <= columns,
            "a line is {} columns wide on a {columns}-column terminal: {line:?}\n{screen}",
            width(line)
        );
    }
}

#[test]
fn the_pager_shows_the_title_first_scrolls_finds_follows_links_and_quits() {
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::start(
        60,
        20,
        &[("LANG", "en_US.UTF-8")],
        &help_command(dir.path(), ""),
    );
    let title = "Certificate Request (Returned)";
    let first = tmux
        .try_wait_until(|s| {
            s.contains(title) && s.contains("Lines 1–18 of") && s.contains("Esc close")
        })
        .unwrap_or_else(|s| panic!("no pager with the title on the screen:\n{s}"));
    assert!(
        first_lines(&first, 2).contains(title),
        "the title is not on the first lines:\n{first}"
    );
    assert_fits(&first, 60);

    // PgDn: the next screen, the title scrolled away from the body.
    tmux.send(&["NPage"]);
    let second = tmux
        .try_wait_until(|s| {
            s.contains("Lines 18–35 of") && !s.lines().skip(1).any(|l| l.contains(title))
        })
        .unwrap_or_else(|s| panic!("PgDn did not scroll:\n{s}"));
    assert!(
        !second.lines().skip(1).any(|l| l.contains(title)),
        "{second}"
    );
    assert_ne!(first_lines(&first, 19), first_lines(&second, 19));

    // `/` opens the prompt; a word further down is found and shown.
    tmux.send(&["/"]);
    tmux.try_wait_for("Find:")
        .unwrap_or_else(|s| panic!("no find prompt:\n{s}"));
    tmux.type_text("INTERMEDIATE CA");
    tmux.send(&["Enter"]);
    let found = tmux
        .try_wait_until(|s| {
            s.contains("Match 1 of")
                && s.lines()
                    .skip(1)
                    .any(|l| l.to_lowercase().contains("intermediate ca"))
        })
        .unwrap_or_else(|s| panic!("the word was not found, or not shown:\n{s}"));
    let found_at = found.lines().next().unwrap().to_string();
    tmux.send(&["n"]);
    tmux.try_wait_until(|s| s.contains("Match 2 of"))
        .unwrap_or_else(|s| panic!("n did not go to the next match:\n{s}"));

    // Tab focuses a link on the screen, Enter follows it to another topic.
    tmux.send(&["Tab", "Enter"]);
    let linked = [
        "View certificate details",
        "Assign a certificate",
        "Trust a certification authority",
    ];
    let followed = tmux
        .try_wait_until(|s| {
            linked.iter().any(|t| first_lines(s, 1).contains(t)) && s.contains("Esc back")
        })
        .unwrap_or_else(|s| panic!("Tab and Enter did not open a linked topic:\n{s}"));
    assert_fits(&followed, 60);

    // Esc returns to the page, where it was.
    tmux.send(&["Escape"]);
    // (Frames are drawn by differences: the whole screen is waited for.)
    let back = tmux
        .try_wait_until(|s| first_lines(s, 1).contains(title) && s.contains("Esc close"))
        .unwrap_or_else(|s| panic!("Esc did not return to the page:\n{s}"));
    assert!(
        !back.lines().nth(1).unwrap_or("").contains(title),
        "back at the top, not where the page was left ({found_at}):\n{back}"
    );

    // q leaves the pager and the command ends, successfully.
    tmux.send(&["q"]);
    assert_eq!(tmux.try_wait_exit(), Ok(0), "docwiz did not end after q");
}

#[test]
fn esc_on_the_first_page_closes_the_pager() {
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::start(
        60,
        20,
        &[("LANG", "en_US.UTF-8")],
        &help_command(dir.path(), ""),
    );
    tmux.try_wait_for("Lines 1–18 of")
        .unwrap_or_else(|s| panic!("no pager:\n{s}"));
    tmux.send(&["Escape"]);
    assert_eq!(tmux.try_wait_exit(), Ok(0), "docwiz did not end after Esc");
}

/// Pages through the whole topic in `lang`; every screen fits 60 columns.
fn every_screen_fits(lang: &str, title: &str) {
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::start(60, 20, &[("LANG", lang)], &help_command(dir.path(), ""));
    let mut screen = tmux
        .try_wait_for(title)
        .unwrap_or_else(|s| panic!("no title in {lang}:\n{s}"));
    assert!(first_lines(&screen, 2).contains(title), "{screen}");
    for _ in 0..30 {
        assert_fits(&screen, 60);
        let top = screen.lines().next().unwrap_or("").to_string();
        // The title bar ends with the lines shown and their count
        // ("Zeilen 61–78 von 78", "第 61–78 行，共 78 行").
        let numbers: Vec<usize> = top
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        if numbers.len() >= 3 && numbers[1] == numbers[2] {
            tmux.send(&["q"]);
            assert_eq!(tmux.try_wait_exit(), Ok(0));
            return;
        }
        tmux.send(&["NPage"]);
        screen = tmux
            .try_wait_until(|s| s.lines().next() != Some(top.as_str()))
            .unwrap_or_else(|s| panic!("PgDn did not scroll in {lang}:\n{s}"));
    }
    panic!("never reached the end of the page in {lang}:\n{screen}");
}

#[test]
fn every_german_screen_fits_sixty_columns() {
    every_screen_fits("de_DE.UTF-8", "Zertifikatanforderung (zurückgegeben)");
}

#[test]
fn every_traditional_chinese_screen_fits_sixty_columns() {
    every_screen_fits("zh_TW.UTF-8", "憑證要求（已傳回）");
}

#[test]
fn find_works_in_traditional_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux::start(
        60,
        20,
        &[("LANG", "zh_TW.UTF-8")],
        &help_command(dir.path(), ""),
    );
    tmux.try_wait_for("憑證要求（已傳回）")
        .unwrap_or_else(|s| panic!("no title:\n{s}"));
    tmux.send(&["/"]);
    tmux.type_text("中繼憑證授權單位");
    tmux.send(&["Enter"]);
    let found = tmux
        .try_wait_until(|s| {
            s.contains("個符合項目") && s.lines().skip(1).any(|l| l.contains("中繼憑證授權單位"))
        })
        .unwrap_or_else(|s| panic!("not found, or not shown:\n{s}"));
    assert_fits(&found, 60);
    tmux.send(&["q"]);
    assert_eq!(tmux.try_wait_exit(), Ok(0));
}

/// The page as `help` prints it without a terminal.
fn printed_page() -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = wizard(&dir.path().join("store"), &["help", KEYWORD]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn no_pager_prints_the_whole_page_on_a_terminal() {
    for flag in ["--no-pager", "--plain", "--no-interactive"] {
        let dir = tempfile::tempdir().unwrap();
        let (before, after) = if flag == "--no-pager" {
            ("", flag)
        } else {
            (flag, "")
        };
        let command = format!(
            "'{BIN}' {before} --store '{}' help {KEYWORD} {after}",
            dir.path().join("store").display()
        );
        let tmux = Tmux::start(60, 20, &[("LANG", "en_US.UTF-8")], &command);
        // It ends by itself: nothing waits for a key.
        assert_eq!(tmux.try_wait_exit(), Ok(0), "{flag}: docwiz did not end");
        let all = tmux.history();
        assert!(
            all.contains("Certificate Request (Returned)"),
            "{flag}: no title:\n{all}"
        );
        assert!(
            !all.contains("Lines 1–18"),
            "{flag}: the pager opened:\n{all}"
        );
        // The end of the page is there too: the live status of the empty store.
        assert!(
            all.contains("There is no certificate request yet."),
            "{flag}: not the whole page:\n{all}"
        );
    }
}

#[test]
fn a_pipe_prints_the_whole_page_without_escape_codes() {
    let dir = tempfile::tempdir().unwrap();
    let command = format!("{} | cat", help_command(dir.path(), ""));
    let tmux = Tmux::start(60, 20, &[("LANG", "en_US.UTF-8")], &command);
    assert_eq!(tmux.try_wait_exit(), Ok(0), "the pipe did not end");
    let all = tmux.history();
    assert!(all.contains("Certificate Request (Returned)"), "{all}");
    assert!(!all.contains("Lines 1–18"), "the pager opened:\n{all}");
    let printed = printed_page();
    assert!(!printed.contains('\x1b'), "{printed}");
    assert!(printed.lines().count() > 20);
}

#[test]
fn a_page_that_fits_the_screen_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    let command = format!(
        "'{BIN}' --store '{}' help certificate-details",
        dir.path().join("store").display()
    );
    // 27 lines at 100 columns: on a 100x60 terminal it is printed, and the
    // command ends without waiting for a key.
    let tmux = Tmux::start(100, 60, &[("LANG", "en_US.UTF-8")], &command);
    assert_eq!(tmux.try_wait_exit(), Ok(0), "{}", tmux.history());
    let all = tmux.history();
    assert!(all.contains("View certificate details"), "{all}");
    assert!(!all.contains("Lines 1–"), "the pager opened:\n{all}");
}

#[test]
fn live_import_commands_are_wrapped_whole_in_the_help_view_and_printed() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    let mut files = Vec::new();
    for request in std::fs::read_dir(store.join("requests")).unwrap() {
        for file in std::fs::read_dir(request.unwrap().path().join("issuers")).unwrap() {
            files.push(file.unwrap().path().display().to_string());
        }
    }
    assert!(!files.is_empty());
    for columns in [60u16, 80, 100] {
        let command = format!("'{BIN}' --store '{}' help {KEYWORD}", store.display());
        let tmux = Tmux::start(columns, 30, &[("LANG", "en_US.UTF-8")], &command);
        tmux.wait_for("Lines");
        tmux.keys(&["End"]);
        let screen = tmux.settled("trust");
        assert_fits(&screen, usize::from(columns));
        let joined = joined_as_shell(&screen);
        // The last screen ends with the next step: the root's import.
        assert!(
            files
                .iter()
                .any(|file| joined.contains(&format!("trust import-root {file}"))),
            "{columns} columns: the import command is not all there:\n{screen}"
        );
        tmux.keys(&["q"]);
    }
    // Printed (`--no-pager`, COLUMNS): the same commands, every line fits.
    for columns in ["40", "60"] {
        let out = docwiz()
            .env("COLUMNS", columns)
            .args([
                "--store",
                store.to_str().unwrap(),
                "help",
                KEYWORD,
                "--no-pager",
            ])
            .output()
            .unwrap();
        let text = stdout(&out);
        let limit: usize = columns.parse().unwrap();
        assert_fits(&text, limit);
        let joined = joined_as_shell(&text);
        for file in &files {
            assert!(
                joined.contains(file.as_str()),
                "{columns}: {file} missing:\n{text}"
            );
        }
    }
}

#[test]
fn a_link_to_an_anchor_lands_on_the_heading_with_that_id_in_every_language() {
    // The third link of the page goes to trust-import#trusting-a-root. In es
    // and fr the root's heading starts as the topic's title does, and the
    // view used to find the heading by its text: it opened at the title.
    for (lang, heading) in [
        ("en_US.UTF-8", "Trusting a root"),
        ("es_ES.UTF-8", "Confiar en una raíz"),
        ("fr_FR.UTF-8", "Approuver une racine"),
        ("de_DE.UTF-8", "Einem Stammzertifikat vertrauen"),
    ] {
        let command = format!("'{BIN}' help {TOPIC}");
        let tmux = Tmux::start(60, 20, &[("LANG", lang)], &command);
        tmux.wait_for("1–18");
        tmux.keys(&["Tab", "Tab", "Tab", "Enter"]);
        let screen = tmux.wait_until(heading, |s| {
            s.lines().nth(1).is_some_and(|l| l.contains(heading))
        });
        assert!(!screen.contains("1–18"), "{lang}: at the top:\n{screen}");
        tmux.keys(&["q"]);
    }
}

/// Styling seen on the last screen: `capture-pane -e` shows the escape
/// sequences of colours and bold.
fn styled(tmux: &Tmux) -> bool {
    tmux.styled_screen().contains("\x1b[")
}

/// git's rules: PAGER=cat or an empty PAGER turns paging off (DOCWIZ_PAGER
/// first), so the page is printed as with --no-pager and docwiz ends by itself.
#[test]
fn pager_cat_or_empty_prints_the_page_as_no_pager_does() {
    for env in [
        "PAGER=cat",
        "PAGER=",
        "PAGER=' cat '",
        "DOCWIZ_PAGER=cat PAGER=less",
        "DOCWIZ_PAGER= PAGER=less",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let command = format!("env {env} {}", help_command(dir.path(), ""));
        let tmux = Tmux::start(60, 20, &[("LANG", "en_US.UTF-8")], &command);
        assert_eq!(tmux.try_wait_exit(), Ok(0), "{env}: docwiz did not end");
        let all = tmux.history();
        assert!(!all.contains("Lines 1–"), "{env}: the pager opened:\n{all}");
        assert!(
            all.contains("Certificate Request (Returned)")
                && all.contains("There is no certificate request yet."),
            "{env}: not the whole page:\n{all}"
        );
    }
}

/// Another PAGER is run with the page on its stdin, with LESS=FRX unless
/// LESS is set, instead of the built-in pager.
#[test]
fn another_pager_command_gets_the_page_on_its_stdin() {
    for (env, less) in [
        ("PAGER", "LESS=FRX"),
        ("DOCWIZ_PAGER", "LESS=FRX"),
        ("LESS=-S PAGER", "LESS=-S"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("paged.txt");
        let pager = format!("{{ echo LESS=$LESS; cat; }} > '{}'", file.display());
        let command = format!("env {env}=\"$PAGER_CMD\" {}", help_command(dir.path(), ""));
        let tmux = Tmux::start(
            60,
            20,
            &[("LANG", "en_US.UTF-8"), ("PAGER_CMD", &pager)],
            &command,
        );
        assert_eq!(tmux.try_wait_exit(), Ok(0), "{env}: docwiz did not end");
        let all = tmux.history();
        assert!(
            !all.contains("Lines 1–"),
            "{env}: the built-in pager opened:\n{all}"
        );
        let paged = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(paged.starts_with(&format!("{less}\n")), "{env}: {paged}");
        assert!(
            paged.contains("Certificate Request (Returned)")
                && paged.contains("There is no certificate request yet."),
            "{env}: not the whole page:\n{paged}"
        );
    }
}

/// A dumb terminal (or none named) gets the page printed without styling and
/// without the full-screen pager; a capable terminal gets styles (the check
/// sees them).
#[test]
fn a_dumb_terminal_gets_the_help_printed_without_styling() {
    for term in ["TERM=dumb", "TERM=", "-u TERM"] {
        let dir = tempfile::tempdir().unwrap();
        let command = format!("env {term} {}", help_command(dir.path(), ""));
        let tmux = Tmux::start(60, 20, &[("LANG", "en_US.UTF-8")], &command);
        assert_eq!(tmux.try_wait_exit(), Ok(0), "{term}: docwiz did not end");
        let all = tmux.history();
        assert!(
            !all.contains("Lines 1–"),
            "{term}: the pager opened:\n{all}"
        );
        assert!(!styled(&tmux), "{term}: styled:\n{}", tmux.styled_screen());
    }
    let dir = tempfile::tempdir().unwrap();
    let command = help_command(dir.path(), "--no-pager");
    let tmux = Tmux::start(60, 20, &[("LANG", "en_US.UTF-8")], &command);
    assert_eq!(tmux.try_wait_exit(), Ok(0));
    assert!(styled(&tmux), "{}", tmux.styled_screen());
}

/// Issue 15: the full-screen pager spells its topic links' commands and the
/// topic's command examples with the run's `--store` and `--lang`, as
/// `--no-pager` does (it showed `docwiz help certificate-request-returned`).
#[test]
fn the_pager_keeps_the_runs_store_and_language_in_commands() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let command = format!(
        "'{BIN}' --lang fr --store '{}' help trust-import",
        store.display()
    );
    let tmux = Tmux::start(200, 12, &[("LANG", "fr_FR.UTF-8")], &command);
    // The pager is on the alternate screen (a printed page is not).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while tmux.pane("alternate_on") != "1" {
        assert!(std::time::Instant::now() < deadline, "not the pager");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    tmux.wait_until("the pager", |s| s.lines().count() > 3);
    let mut seen = String::new();
    for _ in 0..12 {
        seen.push_str(&tmux.settled(""));
        seen.push('\n');
        tmux.keys(&["PageDown"]);
    }
    tmux.keys(&["q"]);
    let words = tmux_flat(&seen);
    let prefix = format!("docwiz --store {} --lang fr", store.display());
    assert!(
        words.contains(&format!("{prefix} help certificate-request-returned")),
        "a link's command without --store and --lang:\n{seen}"
    );
    assert!(
        words.contains(&format!("{prefix} trust import-root")),
        "an example without --store and --lang:\n{seen}"
    );
    assert!(
        !words.contains("`docwiz help") && !words.contains("`docwiz trust"),
        "{seen}"
    );
}

fn tmux_flat(screen: &str) -> String {
    common::tmux::flat(screen)
}
