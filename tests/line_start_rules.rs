//! Kinsoku (UAX #14 LB13/LB14/LB16, JIS X 4051, W3C clreq and the Ministry
//! of Education's 重訂標點符號手冊): no line of a printed page, the help
//! printed with --no-pager or the help pager starts with closing punctuation
//! (，。、」）：；！？…) or ends with opening punctuation (（「『《〈【), also
//! where CJK text is glued to a code span wider than what is left of the
//! line; and every line still fits.

mod common;
use common::tmux::{Tmux, width};
use common::*;

const BIN: &str = env!("CARGO_BIN_EXE_docwiz");

/// Characters a line must not start with (Line_Break CL, CP, EX, IS, NS in
/// the CJK forms the translations use).
const NO_START: &[char] = &[
    '，', '。', '、', '」', '』', '）', '：', '；', '！', '？', '〉', '》', '】', '〕', '］', '｝',
];

/// Characters a line must not end with (Line_Break OP in the CJK forms the
/// translations use, and the ASCII ones).
const NO_END: &[char] = &[
    '（', '「', '『', '《', '〈', '【', '〔', '［', '｛', '(', '[',
];

fn assert_line_starts(what: &str, text: &str, columns: usize) {
    for line in text.lines() {
        let body = line.trim_start_matches([' ', '•', '│', '-', '!']);
        assert!(
            !body.starts_with(NO_START),
            "{what}: a line starts with closing punctuation: {line:?}\n{text}"
        );
        assert!(
            !line.trim_end().ends_with(NO_END),
            "{what}: a line ends with opening punctuation: {line:?}\n{text}"
        );
        assert!(
            width(line) <= columns,
            "{what}: a line is wider than {columns}: {line:?}\n{text}"
        );
    }
}

fn topic_ids() -> Vec<String> {
    let out = run(&["--json", "topics"]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let list = doc.as_array().or_else(|| doc["topics"].as_array()).unwrap();
    list.iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .filter(|id| id != "no-match")
        .collect()
}

#[test]
fn no_printed_help_line_starts_with_closing_punctuation() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    for columns in [40, 30, 25, 60] {
        for topic in topic_ids() {
            let out = docwiz()
                .env("COLUMNS", columns.to_string())
                .args(["--lang", "zh-TW", "--store"])
                .arg(&store)
                .args(["help", &topic, "--no-pager"])
                .output()
                .unwrap();
            assert_eq!(code(&out), 0, "{topic}: {}", stderr(&out));
            assert_line_starts(&format!("{topic} at {columns}"), &stdout(&out), columns);
        }
    }
}

#[test]
fn no_printed_wizard_page_line_starts_with_closing_punctuation() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    for columns in [40, 30] {
        for args in [
            &["wizard", "--no-interactive"][..],
            &["wizard", "status", "--no-interactive"],
            &["wizard", "details", "--no-interactive"],
            &["wizard", "check"],
            &["certs", "list"],
        ] {
            let out = docwiz()
                .env("COLUMNS", columns.to_string())
                .args(["--lang", "zh-TW", "--store"])
                .arg(&store)
                .args(args)
                .output()
                .unwrap();
            assert!(matches!(code(&out), 0 | 1), "{args:?}: {}", stderr(&out));
            assert_line_starts(&format!("{args:?} at {columns}"), &stdout(&out), columns);
        }
    }
}

/// In the pager at 40x15, where the tester saw `  ）。` and `  ，或`: the
/// commands to import a PFX file, glued to full-width punctuation.
#[test]
fn no_pager_line_starts_with_closing_punctuation() {
    let dir = tempfile::tempdir().unwrap();
    for topic in [
        "certificate-import",
        "certificate-assignment",
        "trust-import",
    ] {
        let command = format!(
            "'{BIN}' --lang zh-TW --store '{}' help {topic}",
            dir.path().join("store").display()
        );
        let tmux = Tmux::start(40, 15, &[("LANG", "zh_TW.UTF-8")], &command);
        tmux.wait_until("the pager", |s| {
            s.lines().count() > 3 && !s.trim().is_empty()
        });
        for _ in 0..40 {
            let screen = tmux.settled("");
            assert_line_starts(&format!("pager {topic}"), &screen, 40);
            tmux.send(&["Down"]);
        }
        tmux.send(&["q"]);
        assert_eq!(tmux.try_wait_exit(), Ok(0));
    }
}

/// Where the tryout saw `這裡` / `（` / `` `docwiz trust import-root <檔案>`）。``:
/// the bracket goes to the next line with the command it opens.
#[test]
fn an_opening_bracket_stays_with_the_command_it_opens() {
    // As the tryout ran it: the language from LANG and the default store,
    // so that the examples are spelt `docwiz trust …`, no flags before.
    let dir = tempfile::tempdir().unwrap();
    let out = docwiz()
        .env("COLUMNS", "40")
        .env("LANG", "zh_TW.UTF-8")
        .env("DOCWIZ_HOME", dir.path().join("store"))
        .args(["help", "trust-import", "--no-pager"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert_line_starts("trust-import at 40", &text, 40);
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("（`docwiz trust")),
        "{text}"
    );
}

/// A command code span one column wider than the room (`docwiz certs export
/// <指紋> --pfx <檔案>` with its backquotes at 40 columns) is continued with
/// ` \`, and the code spans after it keep their places: the span that
/// followed in the text is not put where the cut one went on.
#[test]
fn a_command_span_wider_than_the_room_is_continued_and_spans_keep_their_order() {
    // The example as written (no flags from the command line): 39 columns
    // of command, 41 with its backquotes.
    let dir = tempfile::tempdir().unwrap();
    let out = docwiz()
        .env("COLUMNS", "40")
        .env("LANG", "zh_TW.UTF-8")
        .env("DOCWIZ_HOME", dir.path().join("store"))
        .args(["help", "certificate-export", "--no-pager"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert_line_starts("certificate-export at 40", &text, 40);
    let joined = joined_as_shell(&text);
    let pfx = joined
        .find("`docwiz certs export <指紋> --pfx <檔案>` 會寫入")
        .unwrap_or_else(|| panic!("{joined}"));
    let openssl = joined
        .find("`openssl pkcs12` 可匯入")
        .unwrap_or_else(|| panic!("{joined}"));
    assert!(pfx < openssl, "{joined}");
}

/// In Latin text too, a code span is one word with the parenthesis before
/// it and the punctuation after it: when the commands are long (a store
/// path with a space, `--lang`), a line neither ends with `(` nor starts
/// with `)` or `.`, at widths where the span still fits on a line.
#[test]
fn a_parenthesised_command_keeps_its_parenthesis_and_full_stop_in_latin_text() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s A");
    for lang in ["en", "ru", "fr", "es", "de"] {
        for columns in [60, 70, 80, 90] {
            for topic in [
                "trust-import",
                "certificate-wizard",
                "certificate-removal",
                "certificate-renewal",
            ] {
                let out = docwiz()
                    .env("COLUMNS", columns.to_string())
                    .arg("--store")
                    .arg(&store)
                    .args(["--lang", lang, "help", topic, "--no-pager"])
                    .output()
                    .unwrap();
                let text = stdout(&out);
                for line in text.lines() {
                    let body = line.trim_start_matches([' ', '•', '│']);
                    assert!(
                        !body.starts_with([')', '.', ',', ':', ';']),
                        "{lang} {topic} at {columns}: {line:?}\n{text}"
                    );
                    assert!(
                        !line.trim_end().ends_with('('),
                        "{lang} {topic} at {columns}: {line:?}\n{text}"
                    );
                }
            }
        }
    }
}
