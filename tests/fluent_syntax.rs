//! Fluent files through the real binary: any nesting depth is one clear error and
//! the rest of the tree works; a broken entry costs only itself; what editors
//! write (byte order mark, CRLF, no final newline) reads as meant; every
//! diagnostic is one line.

mod common;
use common::*;

use std::path::Path;
use std::process::Output;

const FR: &str = "locales/fr/topics/certificate-request-returned.ftl";
const FR_UI: &str = "locales/fr/ui.ftl";

/// Appends `lines` to a file of the tree; returns the 1-based line number of
/// the first one.
fn append(root: &Path, rel: &str, lines: &[String]) -> usize {
    let path = root.join(rel);
    let mut text = std::fs::read_to_string(&path).expect("read");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let first = text.lines().count() + 1;
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    std::fs::write(&path, text).expect("write");
    first
}

fn in_tree(root: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--root", root.to_str().unwrap(), "--lang", "fr"];
    all.extend(args);
    run(&all)
}

/// Exited with a code (no signal, no abort), and not the abort's 134.
fn did_not_crash(out: &Output, what: &str) {
    let code = out.status.code();
    assert!(
        matches!(code, Some(0..=3)),
        "{what}: {:?}\n{}",
        out.status,
        stderr(out)
    );
    assert!(!stderr(out).contains("overflow"), "{what}");
    assert!(!stderr(out).contains("panicked"), "{what}");
}

/// Messages nested `depth` levels deep, balanced and not, in every way Fluent nests.
fn deep_messages(depth: usize) -> Vec<String> {
    let select = "{ $n ->\n *[x] ".repeat(depth.min(20_000));
    vec![
        format!(
            "deep-balanced = {}$x{}",
            "{".repeat(depth),
            "}".repeat(depth)
        ),
        format!("deep-unbalanced = {}", "{".repeat(depth)),
        format!(
            "deep-calls = {{ {}1{} }}",
            "F(".repeat(depth),
            ")".repeat(depth)
        ),
        format!("deep-unclosed-calls = {{ {}", "NUMBER(".repeat(depth)),
        format!(
            "deep-term-args = {{ {}1{} }}",
            "-t(".repeat(depth),
            ")".repeat(depth)
        ),
        format!("deep-selects = {select}x"),
    ]
}

#[test]
fn any_nesting_depth_is_a_located_error_and_every_command_still_works() {
    for depth in [20_000, 100_000] {
        let root = tree();
        let r = root.path();
        let lines = deep_messages(depth);
        let first = append(r, FR, &lines);
        let path = r.join(FR).display().to_string();
        // Where each goes one level too deep: on its own line, except the
        // selects, whose 101st placeable is 100 lines further down.
        let deep_lines: Vec<usize> = {
            let text = std::fs::read_to_string(r.join(FR)).unwrap();
            text.lines()
                .enumerate()
                .filter(|(_, l)| l.starts_with("deep-"))
                .map(|(i, l)| {
                    if l.starts_with("deep-selects") {
                        i + 101
                    } else {
                        i + 1
                    }
                })
                .collect()
        };
        assert_eq!(deep_lines.len(), lines.len());
        assert_eq!(deep_lines[0], first);

        let out = in_tree(r, &["help", KEYWORD, "--format", "md", "--no-live"]);
        did_not_crash(&out, "help");
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        let err = stderr(&out);
        for line in &deep_lines {
            assert!(
                err.lines()
                    .any(|l| l.starts_with(&format!("{path}:{line}:"))
                        && l.contains(": erreur\u{202f}: ")
                        && l.contains("plus de 100 niveaux")),
                "depth {depth}, line {line}: {err}"
            );
        }
        let md = stdout(&out);
        assert!(md.contains("Demande de certificat (renvoyée)"), "{md}");
        assert!(md.contains("l’empreinte numérique du certificat"), "{md}");

        let out = in_tree(r, &["lint"]);
        did_not_crash(&out, "lint");
        assert_eq!(code(&out), 1);
        for line in &deep_lines {
            assert!(
                stderr(&out).contains(&format!("{path}:{line}:")),
                "lint, line {line}: {}",
                stderr(&out)
            );
        }

        let out = in_tree(r, &["topics"]);
        did_not_crash(&out, "topics");
        assert!(stdout(&out).contains("certificate-request-returned"));

        for format in ["html", "md"] {
            let dest = tempfile::tempdir().unwrap();
            let out_dir = dest.path().join("site");
            let out = in_tree(
                r,
                &[
                    "export",
                    "--format",
                    format,
                    "--out",
                    out_dir.to_str().unwrap(),
                ],
            );
            did_not_crash(&out, format);
            // An export with broken content is refused, naming every error.
            assert_eq!(code(&out), 2, "{format}");
            for line in &deep_lines {
                assert!(
                    stderr(&out).contains(&format!("{path}:{line}:")),
                    "{format}, line {line}"
                );
            }
        }
    }
}

#[test]
fn deep_nesting_in_the_ui_strings_leaves_the_rest_of_them_usable() {
    let root = tree();
    let r = root.path();
    let line = append(r, FR_UI, &[format!("deep = {}", "{".repeat(100_000))]);
    // "deep = " and 100 braces: the 101st goes too deep.
    let col = 7 + 101;
    let out = in_tree(r, &["help", KEYWORD, "--format", "md", "--no-live"]);
    did_not_crash(&out, "help");
    assert_eq!(code(&out), 2);
    let path = r.join(FR_UI).display().to_string();
    assert!(
        stderr(&out).contains(&format!("{path}:{line}:{col}: erreur\u{202f}: ")),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("Demande de certificat (renvoyée)"));
}

#[test]
fn a_chain_of_100000_terms_or_messages_is_cut_by_the_placeable_limit() {
    let root = tree();
    let r = root.path();
    let n = 100_000;
    let mut lines: Vec<String> = (0..n)
        .map(|i| format!("-t{i} = {{ -t{} }}", i + 1))
        .collect();
    lines.push(format!("-t{n} = end"));
    lines.extend((0..n).map(|i| format!("m{i} = {{ m{} }}", i + 1)));
    lines.push(format!("m{n} = end"));
    append(r, FR, &lines);
    edit(r, FR, "\nthumbprint = ", "\nthumbprint = { -t0 }{ m0 } ");
    let out = in_tree(r, &["help", KEYWORD, "--format", "md", "--no-live"]);
    did_not_crash(&out, "help");
    let md = stdout(&out);
    assert!(md.contains("Demande de certificat (renvoyée)"), "{md}");
    // fluent-bundle stops at 100 placeables: the message cannot be formatted,
    // and the English one is shown.
    assert!(
        md.contains("The page shows the certificate's thumbprint"),
        "{md}"
    );
    let out = in_tree(r, &["lint"]);
    did_not_crash(&out, "lint");
    let dest = tempfile::tempdir().unwrap();
    let out = in_tree(
        r,
        &[
            "export",
            "--format",
            "html",
            "--out",
            dest.path().join("site").to_str().unwrap(),
        ],
    );
    did_not_crash(&out, "export");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = std::fs::read_to_string(dest.path().join(format!("site/fr/{TOPIC}.html"))).unwrap();
    assert!(page.contains("The page shows the certificate"), "{page}");
}

#[test]
fn an_unclosed_placeable_costs_only_its_own_message() {
    let root = tree();
    let r = root.path();
    edit(r, FR, "\nintro = ", "\nintro = {\n# was: ");
    let out = in_tree(r, &["help", KEYWORD, "--format", "md", "--no-live"]);
    assert_eq!(code(&out), 2);
    let md = stdout(&out);
    assert!(md.contains("l’empreinte numérique du certificat"), "{md}");
    assert!(
        md.contains("page appears when an online certificate request"),
        "intro falls back: {md}"
    );
    let line = std::fs::read_to_string(r.join(FR))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("intro ="))
        .unwrap()
        + 2;
    assert!(
        stderr(&out).contains(&format!(
            "{}:{line}:1: erreur\u{202f}: ",
            r.join(FR).display()
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_next_valid_message_after_an_unclosed_placeable_is_kept() {
    // The issue's input: `intro = {` directly followed by a valid message.
    let root = tree();
    let r = root.path();
    edit(r, FR, "\nintro = ", "\nintro = {\nbroken-intro = ");
    let out = in_tree(r, &["help", KEYWORD, "--format", "md", "--no-live"]);
    assert_eq!(code(&out), 2);
    let md = stdout(&out);
    assert!(md.contains("l’empreinte numérique du certificat"), "{md}");
    let out = in_tree(r, &["lint"]);
    assert_eq!(code(&out), 1);
    assert!(!stderr(&out).contains("thumbprint"), "{}", stderr(&out));
}

/// The bytes of a file as a Windows editor may save it: BOM, CRLF, no final newline.
fn windows(root: &Path, rel: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let crlf = text.trim_end_matches('\n').replace('\n', "\r\n");
    std::fs::write(&path, format!("\u{feff}{crlf}")).unwrap();
}

#[test]
fn files_saved_with_bom_crlf_and_no_final_newline_read_as_meant() {
    let plain = tree();
    let saved = tree();
    for rel in [
        FR,
        FR_UI,
        "locales/en/ui.ftl",
        &format!("content/{TOPIC}.md"),
    ] {
        windows(saved.path(), rel);
    }
    for format in ["md", "term", "html"] {
        let args = ["help", KEYWORD, "--format", format, "--no-live"];
        let want = in_tree(plain.path(), &args);
        let got = in_tree(saved.path(), &args);
        assert_eq!(code(&got), 0, "{format}: {}", stderr(&got));
        assert_eq!(stderr(&got), "", "{format}");
        // The two trees differ only in their files: a command the page
        // prints names its own tree's --root.
        let got = stdout(&got).replace(&saved.path().display().to_string(), "ROOT");
        let want = stdout(&want).replace(&plain.path().display().to_string(), "ROOT");
        assert_eq!(got, want, "{format}");
    }
    let md = stdout(&in_tree(saved.path(), &["help", KEYWORD, "--format", "md"]));
    // The first message of the file (after the BOM) and the last (before the
    // missing newline) are the French ones.
    assert!(md.contains("Demande de certificat (renvoyée)"), "{md}");
    let last = std::fs::read_to_string(plain.path().join(FR)).unwrap();
    let last = last.trim_end().lines().last().unwrap();
    let (_, value) = last.split_once(" = ").unwrap();
    let words: String = value.chars().take(30).collect();
    assert!(md.contains(&words), "{words}: {md}");
    let out = in_tree(saved.path(), &["lint"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn positions_in_a_bom_crlf_file_count_from_after_the_mark() {
    let root = tree();
    let r = root.path();
    let text = std::fs::read_to_string(r.join(FR)).unwrap();
    let text = format!("broken = {{ $n -> }}\n{}", text.trim_end());
    let last_line = text.lines().count() + 1;
    let text = format!("{text}\nend = {{");
    let crlf = text.replace('\n', "\r\n");
    std::fs::write(r.join(FR), format!("\u{feff}{crlf}")).unwrap();
    let out = in_tree(r, &["lint"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    let path = r.join(FR).display().to_string();
    // `}` where the line should end, column 18 counted without the BOM.
    assert!(
        err.contains(&format!("{path}:1:18: erreur\u{202f}: ")),
        "{err}"
    );
    // The unclosed last placeable, at the end of the file that has no newline.
    assert!(
        err.contains(&format!("{path}:{last_line}:8: erreur\u{202f}: ")),
        "{err}"
    );
}

#[test]
fn a_non_literal_named_argument_is_a_syntax_error() {
    let root = tree();
    let r = root.path();
    let bad = "bad-number = { NUMBER(2, minimumIntegerDigits: description) }";
    let line = append(r, FR, &[bad.to_string()]);
    let col = bad.find("description").unwrap() + 1;
    let out = in_tree(r, &["lint"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}:{line}:{col}: erreur\u{202f}: ",
            r.join(FR).display()
        )),
        "{err}"
    );
    assert!(err.contains("littéral"), "{err}");
}

#[test]
fn every_diagnostic_is_one_line_with_control_characters_escaped() {
    let root = tree();
    // A directory name with a line feed: the file name is quoted in every line.
    let r = root.path().join("odd\nroot");
    std::fs::create_dir(&r).unwrap();
    for sub in ["content", "locales"] {
        std::fs::rename(root.path().join(sub), r.join(sub)).unwrap();
    }
    let lines = [
        "select = { $n -> }".to_string(),
        "escape-lf = { \"\\\n }".to_string(),
        "escape-cr = { \"\\\r\" }".to_string(),
        "escape-tab = { \"\\\t\" }".to_string(),
        "escape-bidi = { \"\\\u{202e}\" }".to_string(),
        "escape-c1 = { \"\\\u{85}\" }".to_string(),
        "unicode-lf = { \"\\u12\n }".to_string(),
    ];
    append(&r, FR, &lines);
    let out = in_tree(&r, &["lint"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    let root_shown = r.display().to_string().replace('\n', "\\n");
    let mut lines = err.lines().collect::<Vec<_>>();
    let summary = lines.pop().unwrap();
    assert!(summary.contains("erreur"), "{summary}");
    assert!(lines.len() >= 7, "{err}");
    for line in &lines {
        assert!(
            !line
                .chars()
                .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{line:?}"
        );
        let (place, _) = line
            .split_once(": erreur\u{202f}: ")
            .or_else(|| line.split_once(": avertissement: "))
            .unwrap_or_else(|| panic!("no severity: {line:?}"));
        if place == "docwiz" {
            continue;
        }
        let file = place
            .strip_prefix(&root_shown)
            .unwrap_or_else(|| panic!("not a file of the tree: {line:?}"));
        // file:line:col, or the file alone for what concerns the whole file.
        let mut parts = file.rsplitn(3, ':');
        let (col, row) = (parts.next().unwrap(), parts.next());
        if let Some(row) = row {
            assert!(
                row.parse::<usize>().is_ok() && col.parse::<usize>().is_ok(),
                "{line:?}"
            );
        }
    }
    for escaped in [
        "\\\\n",
        "\\\\r",
        "\\\\t",
        "\\\\u{202e}",
        "\\\\u{85}",
        "\\u12\\n",
    ] {
        assert!(err.contains(escaped), "{escaped}: {err}");
    }
}
