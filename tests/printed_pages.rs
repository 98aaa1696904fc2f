//! The wizard's printed pages (main page, status, details, lists, check,
//! trust import, finish, assign, import) wrap to the width they are given
//! (COLUMNS without a terminal) at word boundaries: every line fits, in
//! German and Traditional Chinese, no word of a Latin script is broken, and
//! piped output has no escape codes.

mod common;
use common::*;

use std::collections::BTreeSet;
use std::path::Path;

fn page(store: &Path, lang: &str, columns: usize, args: &[&str]) -> String {
    let out = docwiz()
        .env("COLUMNS", columns.to_string())
        .args(["--lang", lang, "--store"])
        .arg(store)
        .args(args)
        .output()
        .expect("run docwiz");
    assert!(
        matches!(code(&out), 0 | 1),
        "docwiz {args:?}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

/// The runs of Latin letters in the words of `text` that are not
/// thumbprints, paths, names or addresses (which may be broken when wider than
/// the line).
fn latin_words(text: &str) -> BTreeSet<String> {
    let latin = |c: char| c.is_alphabetic() && (c as u32) < 0x250;
    // A path wider than the line is broken: its pieces are one token again.
    let mut joined = String::new();
    for line in text.lines() {
        let last = joined.rsplit(char::is_whitespace).next().unwrap_or("");
        if last.contains('/') {
            joined.push_str(line.trim_start());
        } else {
            joined.push('\n');
            joined.push_str(line);
        }
    }
    let mut out = BTreeSet::new();
    // Words end at spaces and at CJK characters and punctuation.
    let word_char = |c: char| c.is_ascii_graphic() || latin(c);
    for token in joined.split(|c: char| !word_char(c)) {
        // Quotes and punctuation around a word are not part of it (the
        // backtick after a code span's last piece).
        let token = token.trim_matches(|c: char| !c.is_alphanumeric());
        // Hexadecimal (a thumbprint wider than the line is broken, rightly:
        // a piece may be letters A-F only).
        let hex = token
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase());
        if hex || token.contains(|c: char| c.is_ascii_digit() || "/=.@:<>".contains(c)) {
            continue;
        }
        for run in token.split(|c: char| !latin(c)) {
            if run.chars().count() > 1 {
                out.insert(run.to_string());
            }
        }
    }
    out
}

/// `narrow` fits `columns`, holds no escape code, and breaks no Latin word
/// that `wide`, the same page unwrapped, has.
fn assert_wrapped(what: &str, narrow: &str, wide: &str, columns: usize) {
    assert!(!narrow.is_empty(), "{what}: no output");
    assert!(!narrow.contains('\x1b'), "{what}: escape codes:\n{narrow}");
    for line in narrow.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= columns,
            "{what}: a line wider than {columns} columns: {line:?}\n{narrow}"
        );
    }
    let known = latin_words(wide);
    for word in latin_words(narrow) {
        assert!(
            known.contains(&word),
            "{what}: {word:?} is a broken word at {columns} columns:\n{narrow}\n---\n{wide}"
        );
    }
}

/// A copy of a store, for a command that changes it: run once wide, once narrow.
fn copy_store(from: &Path, to: &Path) {
    let status = std::process::Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .expect("cp");
    assert!(status.success());
}

#[test]
fn printed_pages_fit_the_width_and_break_no_word() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base");
    let status = local_request(&base);
    let thumbprint = status["thumbprint"].as_str().unwrap().to_string();
    sh(
        dir.path(),
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout other.key \
         -out other.pem -days 30 -subj /CN=other.example.org \
         -addext subjectAltName=DNS:other.example.org 2>/dev/null",
    );
    for lang in ["de", "zh-TW"] {
        for columns in [60, 40] {
            let what = |name: &str| format!("{name} ({lang}, {columns} columns)");
            // Pages that only read the store.
            for args in [
                &["wizard"][..],
                &["wizard", "status"],
                &["wizard", "details"],
                &["certs", "list"],
                &["trust", "list"],
                &["wizard", "check"],
            ] {
                let narrow = page(&base, lang, columns, args);
                let wide = page(&base, lang, 1000, args);
                assert_wrapped(&what(&args.join(" ")), &narrow, &wide, columns);
            }
            // Steps that change it: each in two copies of the store.
            let narrow_store = dir.path().join(format!("{lang}-{columns}-narrow"));
            let wide_store = dir.path().join(format!("{lang}-{columns}-wide"));
            copy_store(&base, &narrow_store);
            copy_store(&base, &wide_store);
            let mut steps: Vec<Vec<String>> = Vec::new();
            for missing in status["chain"]["missing"].as_array().unwrap() {
                let file = missing["file"].as_str().unwrap().to_string();
                let rel = Path::new(&file)
                    .strip_prefix(&base)
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_string();
                steps.push(match missing["kind"].as_str().unwrap() {
                    "root" => vec!["trust".into(), "import-root".into(), rel, "--yes".into()],
                    _ => vec!["trust".into(), "import-intermediate".into(), rel],
                });
            }
            steps.push(vec!["wizard".into(), "finish".into()]);
            steps.push(vec![
                "wizard".into(),
                "assign".into(),
                "--thumbprint".into(),
                thumbprint.clone(),
                "--usage".into(),
                "default".into(),
            ]);
            steps.push(vec![
                "wizard".into(),
                "import".into(),
                p(dir.path(), "other.pem"),
                "--key".into(),
                p(dir.path(), "other.key"),
            ]);
            steps.push(vec!["certs".into(), "list".into()]);
            steps.push(vec!["wizard".into(), "status".into()]);
            for step in steps {
                let in_store = |store: &Path, columns: usize| {
                    let args: Vec<String> = step
                        .iter()
                        .map(|a| {
                            if a.starts_with("requests/") || a.starts_with("requests\\") {
                                p(store, a)
                            } else {
                                a.clone()
                            }
                        })
                        .collect();
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    page(store, lang, columns, &args)
                };
                let narrow = in_store(&narrow_store, columns);
                let wide = in_store(&wide_store, 1000);
                assert_wrapped(&what(&step.join(" ")), &narrow, &wide, columns);
            }
        }
    }
}

#[test]
fn a_long_label_and_value_keep_their_hanging_indent() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    let narrow = page(&store, "en", 60, &["wizard", "status"]);
    // The chain's verdict continues under its value, not under the label.
    let lines: Vec<&str> = narrow.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with("Certificate chain"))
        .expect("a chain row");
    let value_col = lines[at].find("not trusted").expect("the verdict");
    let next = lines[at + 1];
    assert_eq!(
        next.len() - next.trim_start().len(),
        value_col,
        "the verdict does not continue under its value:\n{narrow}"
    );
    // A `!` line continues under its text.
    let bang = lines
        .iter()
        .position(|l| l.trim_start().starts_with("! "))
        .expect("a ! line");
    assert!(lines[bang + 1].starts_with("    "), "{narrow}");
}

#[test]
fn warnings_are_highlighted_on_a_terminal_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    let bin = env!("CARGO_BIN_EXE_docwiz");
    let command = |extra: &str| {
        format!(
            "'{bin}' {extra} --store '{}' wizard status --no-interactive",
            store.display()
        )
    };
    // The printed page on a terminal (without --no-interactive the wizard
    // opens full-screen). tmux writes bold yellow as `ESC[1m ESC[33m`.
    let highlighted = |screen: &str| screen.contains("\x1b[33m") && screen.contains("\x1b[1m");
    let tmux = common::tmux::Tmux::start(100, 50, &[("LANG", "en_US.UTF-8")], &command(""));
    assert_eq!(tmux.try_wait_exit(), Ok(0));
    let screen = tmux.styled_screen();
    assert!(highlighted(&screen), "no highlighted warning:\n{screen}");
    let line = screen
        .lines()
        .find(|l| l.contains("Certificate chain"))
        .expect("the chain row");
    assert!(
        line.contains("\x1b[33m"),
        "the untrusted chain is not highlighted: {line:?}"
    );
    assert!(
        screen
            .lines()
            .any(|l| l.contains("\x1b[33m") && l.contains("! Import")),
        "the missing root is not highlighted:\n{screen}"
    );
    let tmux = common::tmux::Tmux::start(100, 50, &[("LANG", "en_US.UTF-8")], &command("--plain"));
    assert_eq!(tmux.try_wait_exit(), Ok(0));
    let screen = tmux.styled_screen();
    assert!(!highlighted(&screen), "--plain: styled:\n{screen}");
    assert!(screen.contains("Certificate chain"), "{screen}");
    let tmux = common::tmux::Tmux::start(
        100,
        50,
        &[("LANG", "en_US.UTF-8"), ("NO_COLOR", "1")],
        &command(""),
    );
    assert_eq!(tmux.try_wait_exit(), Ok(0));
    assert!(!highlighted(&tmux.styled_screen()), "NO_COLOR: styled");
    // A dumb terminal (Emacs' shell) or none named: no styling at all, for
    // the status page and the main page alike.
    for term in ["TERM=dumb", "TERM=", "-u TERM"] {
        for args in [
            "wizard status --no-interactive",
            "wizard --no-interactive",
            "wizard",
        ] {
            let command = format!("env {term} '{bin}' --store '{}' {args}", store.display());
            let tmux = common::tmux::Tmux::start(100, 50, &[("LANG", "en_US.UTF-8")], &command);
            assert_eq!(tmux.try_wait_exit(), Ok(0), "{term} {args}");
            let screen = tmux.styled_screen();
            assert!(
                !screen.contains("\x1b["),
                "{term} {args}: styled:\n{screen}"
            );
            assert!(
                screen.contains("host.example.com"),
                "{term} {args}:\n{screen}"
            );
        }
    }
}

/// The root CA file that the next step imports, as the store holds it.
fn root_file(store: &Path) -> String {
    let mut files = Vec::new();
    for request in std::fs::read_dir(store.join("requests")).unwrap() {
        for file in std::fs::read_dir(request.unwrap().path().join("issuers")).unwrap() {
            files.push(file.unwrap().path().display().to_string());
        }
    }
    files
        .into_iter()
        .find(|f| {
            page(store, "en", 300, &["wizard", "status", "--no-interactive"])
                .contains(&format!("import-root {f}"))
        })
        .expect("a root to import")
}

#[test]
fn paths_and_commands_break_only_at_spaces() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    let root = root_file(&store);
    for lang in ["en", "de"] {
        let text = page(&store, lang, 140, &["wizard", "status", "--no-interactive"]);
        assert!(
            text.lines().any(|l| l.contains(&root)),
            "{lang}: the path is broken:\n{text}"
        );
        assert!(
            !text.lines().any(|l| l.trim_end().ends_with('/')),
            "{lang}: a line ends inside a path:\n{text}"
        );
    }
}

#[test]
fn a_value_that_does_not_fit_beside_its_label_goes_below_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = local_request(&store);
    let thumbprint = status["thumbprint"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(thumbprint.len(), 40, "{status}");
    // At 40 columns the values of long labels used to be squeezed into a
    // strip of 11 columns, a word a line.
    let narrow = page(&store, "en", 40, &["wizard", "status", "--no-interactive"]);
    assert!(
        narrow.contains("Server default, Web services"),
        "a value squeezed beside its label:\n{narrow}"
    );
    assert!(
        narrow.lines().all(|l| common::tmux::width(l) <= 40),
        "{narrow}"
    );
    for lang in ["en", "de", "zh-TW"] {
        let text = page(&store, lang, 60, &["wizard", "status", "--no-interactive"]);
        assert!(
            text.lines().all(|l| common::tmux::width(l) <= 60),
            "{lang}:\n{text}"
        );
        // Whole, under its label, not cut into an 11-column strip.
        assert!(
            text.lines()
                .any(|l| l.trim_end().ends_with(&format!(" {thumbprint}"))),
            "{lang}: the thumbprint is cut:\n{text}"
        );
    }
}

#[test]
fn columns_zero_or_garbage_is_eighty() {
    let dir = tempfile::tempdir().unwrap();
    let eighty = docwiz()
        .env("COLUMNS", "80")
        .args(["--lang", "de", "help", TOPIC, "--no-pager"])
        .output()
        .unwrap();
    for value in ["0", "abc", "-5", ""] {
        let out = docwiz()
            .env("COLUMNS", value)
            .args(["--lang", "de", "help", TOPIC, "--no-pager"])
            .output()
            .unwrap();
        assert_eq!(stdout(&out), stdout(&eighty), "COLUMNS={value:?}");
    }
    drop(dir);
}

/// The printed main page highlights what the status page highlights, from
/// the same texts: an untrusted chain, a missing CA certificate to import and
/// a failed request (red); the status page of the failed request highlights
/// its explanation, not only the word "failed". In every language.
#[test]
fn the_main_page_highlights_warnings_like_the_status_page() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    // Nothing listens on the discard port: the request fails at once.
    let failed = wizard(
        &store,
        &[
            "wizard",
            "request",
            "--fqdn",
            "fail.example.com",
            "--ca",
            "cfssl",
            "--cfssl-url",
            "http://127.0.0.1:9",
            "--no-interactive",
        ],
    );
    assert_ne!(code(&failed), 0, "{}", stdout(&failed));
    let failed_id = std::fs::read_dir(store.join("requests"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|id| {
            std::fs::read_to_string(store.join("requests").join(id).join("request.json"))
                .unwrap_or_default()
                .contains("fail.example.com")
        })
        .expect("the failed request");
    let bin = env!("CARGO_BIN_EXE_docwiz");
    let yellow = "\x1b[33m";
    let red = "\x1b[31m";
    for lang in ["en", "de", "zh-TW", "fr", "ru", "es"] {
        for args in ["wizard --no-interactive", "wizard"] {
            let command = format!(
                "'{bin}' --lang {lang} --store '{}' {args} </dev/null",
                store.display()
            );
            let tmux = common::tmux::Tmux::start(120, 60, &[("LANG", "en_US.UTF-8")], &command);
            assert_eq!(tmux.try_wait_exit(), Ok(0), "{lang} {args}");
            let screen = tmux.styled_screen();
            let plain = tmux.screen();
            assert!(
                plain.contains("fail.example.com"),
                "{lang} {args}:\n{plain}"
            );
            let line = |needle: &str| {
                screen
                    .lines()
                    .find(|l| l.contains(needle))
                    .unwrap_or_else(|| panic!("{lang} {args}: no {needle:?}:\n{screen}"))
                    .to_string()
            };
            assert!(
                line("fail.example.com").contains(red),
                "{lang} {args}: the failed request is not highlighted:\n{screen}"
            );
            // The issued certificate's untrusted chain (the line after its
            // thumbprint's line holds the verdict) and the missing root.
            let yellow_lines = screen.lines().filter(|l| l.contains(yellow)).count();
            assert!(
                yellow_lines >= 2,
                "{lang} {args}: the untrusted chain and the missing root are not highlighted:\n{screen}"
            );
        }
        let command = format!(
            "'{bin}' --lang {lang} --store '{}' wizard status --no-interactive --request {failed_id}",
            store.display()
        );
        let tmux = common::tmux::Tmux::start(100, 40, &[("LANG", "en_US.UTF-8")], &command);
        assert_eq!(tmux.try_wait_exit(), Ok(0), "{lang} status");
        let screen = tmux.styled_screen();
        // Red from before the explanation's error up to it, with no reset between.
        // The explanation names the CA's host first ("127.0.0.1 on port 9").
        let at = screen.find("127.0.0.1").expect("the explanation");
        let before = &screen[..at];
        let painted = before
            .rfind(red)
            .is_some_and(|r| !before[r..].contains("[39m") && !before[r..].contains("[0m"));
        assert!(
            painted,
            "{lang}: the failed request's explanation is not highlighted:\n{screen}"
        );
    }
}

/// No width makes a line one column too wide: textwrap's optimal fit, left
/// to its default, prefers such a line to a ragged paragraph (the status
/// page's F1 line at 69 columns in English, 64 in Chinese), and a terminal
/// cuts off its last character. Every width from 40 to 100, every language.
#[test]
fn no_width_gives_a_line_wider_than_itself() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    for lang in ["en", "de", "es", "fr", "ru", "zh-TW"] {
        for columns in 40..=100 {
            let text = page(&store, lang, columns, &["wizard", "status"]);
            for line in text.lines() {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line) <= columns,
                    "{lang}, {columns} columns: a line of {} columns: {line:?}",
                    unicode_width::UnicodeWidthStr::width(line)
                );
            }
        }
    }
}

/// French puts a narrow no-break space (U+202F) before : ; ? ! and inside
/// « »: never an ordinary space, at which a line may break and start with
/// the colon. The printed pages and a help page, in French.
#[test]
fn french_punctuation_has_its_narrow_no_break_space() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    let mut pages = Vec::new();
    for args in [
        &["wizard"][..],
        &["wizard", "status"],
        &["wizard", "details"],
        &["certs", "list"],
        &[
            "help",
            "ms.lync.dep.DeployCertRequestReturned",
            "--no-pager",
        ],
        &["help", "certificate-wizard", "--no-pager"],
    ] {
        pages.push((args.join(" "), page(&store, "fr", 100, args)));
    }
    for (what, text) in pages {
        for line in text.lines() {
            let chars: Vec<char> = line.chars().collect();
            for (i, pair) in chars.windows(3).enumerate() {
                let spaced = pair[0] != ' ' && pair[1] == ' ' && ":;?!".contains(pair[2]);
                let after = chars.get(i + 3).is_none_or(|c| c.is_whitespace());
                assert!(!(spaced && after), "{what}: {line:?}");
            }
            assert!(
                !line.contains("« ") && !line.contains(" »"),
                "{what}: {line:?}"
            );
        }
    }
}

/// The commands a printed page suggests (the lines that are a command, and
/// the command at the end of the F1 line), as printed without wrapping.
fn suggested_commands(wide: &str) -> Vec<String> {
    wide.lines()
        .filter_map(|l| l.find("docwiz --").map(|at| l[at..].trim_end().to_string()))
        .collect()
}

/// Issue 15: the status page's commands (import the root, the next step)
/// and the F1 line's help command were wrapped in the middle of a path or
/// with no continuation. Now they break only between arguments, with ` \`
/// at the end of each line but the last, so that the lines pasted into a
/// shell are the command; an argument that fits a line is never cut.
#[test]
fn suggested_commands_break_between_arguments_with_continuations() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    for (lang, columns, args) in [
        ("de", 120, &["wizard", "status", "--no-interactive"][..]),
        ("zh-TW", 60, &["wizard", "status", "--no-interactive"]),
        ("en", 60, &["wizard", "status", "--no-interactive"]),
        ("fr", 80, &["wizard", "--no-interactive"]),
        ("zh-TW", 40, &["wizard", "--no-interactive"]),
    ] {
        let what = format!("{lang} {args:?} at {columns}");
        let wide = page(&store, lang, 1000, args);
        let narrow = page(&store, lang, columns, args);
        let commands = suggested_commands(&wide);
        assert!(!commands.is_empty(), "{what}: no command:\n{wide}");
        let joined = joined_as_shell(&narrow);
        for command in &commands {
            assert!(
                joined.contains(command.as_str()),
                "{what}: {command:?} is not the command pasted:\n{narrow}"
            );
            for word in command.split(' ') {
                if unicode_width::UnicodeWidthStr::width(word) + 2 <= columns {
                    assert!(
                        narrow.lines().any(|l| l.contains(word)),
                        "{what}: {word:?} is cut:\n{narrow}"
                    );
                }
            }
        }
        for line in narrow.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= columns,
                "{what}: a line wider than {columns} columns: {line:?}\n{narrow}"
            );
        }
    }
}

/// A word of a command wider than the line (a long store path) is broken
/// with a bare `\`, and the rest of the word starts the next line, in a
/// list item too: pasted, the shell joins the pieces only when no spaces
/// come between them.
#[test]
fn a_word_broken_in_a_command_goes_on_at_the_next_lines_start() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("a".repeat(60)).join("store");
    local_request(&store);
    for args in [
        &["wizard", "--no-interactive"][..],
        &["wizard", "status", "--no-interactive"],
    ] {
        let text = page(&store, "de", 40, args);
        let lines: Vec<&str> = text.lines().collect();
        let mut broken = 0;
        for pair in lines.windows(2) {
            let end = pair[0].trim_end();
            if end.ends_with('\\') && !end.ends_with(" \\") {
                broken += 1;
                assert!(
                    !pair[1].starts_with(' '),
                    "{args:?}: the word goes on after spaces: {:?}\n{text}",
                    pair[1]
                );
            }
        }
        assert!(broken > 0, "{args:?}: no word broken:\n{text}");
    }
}

/// A store whose path has a space is quoted in the commands the pages
/// suggest; laid out on a narrow terminal, a quoted path is never broken
/// inside its quotes (where a backslash is literal) but closed and opened
/// again around the break: bash reads the pasted lines as the same words.
/// Piped without COLUMNS, the main page is not wrapped at all.
#[test]
fn a_quoted_path_broken_across_lines_pastes_as_one_word() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("my store");
    local_request(&store);
    let wide = page(&store, "fr", 1000, &["wizard", "--no-interactive"]);
    let root = wide
        .split('`')
        .skip(1)
        .step_by(2)
        .find(|c| c.contains("trust import-root"))
        .expect("a root to import")
        .to_string();
    for columns in [50, 70, 90] {
        let narrow = page(&store, "fr", columns, &["wizard", "--no-interactive"]);
        // The code span (between backquotes) that imports the root, as laid out.
        let pasted = narrow
            .split('`')
            .skip(1)
            .step_by(2)
            .find(|c| c.contains("import-root"))
            .unwrap_or_else(|| panic!("{columns}: {narrow}"))
            .replacen("docwiz", "printf '%s\\n'", 1);
        let words = std::process::Command::new("bash")
            .args(["-c", &pasted])
            .output()
            .unwrap();
        let words = String::from_utf8(words.stdout).unwrap();
        let want = std::process::Command::new("bash")
            .args(["-c", &root.replacen("docwiz", "printf '%s\\n'", 1)])
            .output()
            .unwrap();
        assert_eq!(
            words,
            String::from_utf8(want.stdout).unwrap(),
            "{columns}:\n{pasted}"
        );
    }
    let piped = docwiz()
        .env_remove("COLUMNS")
        .args(["--lang", "fr", "--store"])
        .arg(&store)
        .args(["wizard", "--no-interactive"])
        .output()
        .unwrap();
    assert!(
        stdout(&piped).contains(&format!("`{root}`")),
        "{}",
        stdout(&piped)
    );
}
