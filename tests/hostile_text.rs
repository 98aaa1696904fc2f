//! Text a translation or a user types must not act on the reader's screen or
//! browser: control characters, tag-like text, language lists, alert names.

mod common;
use common::*;

use std::path::Path;

const DETAILS_FR: &str = "locales/fr/topics/certificate-details.ftl";

fn at(root: &Path, args: &[&str]) -> std::process::Output {
    docwiz()
        .arg("--root")
        .arg(root)
        .args(args)
        .output()
        .expect("run docwiz")
}

#[test]
fn terminal_output_shows_control_characters_of_a_translation_as_escapes() {
    let root = tree();
    edit(
        root.path(),
        DETAILS_FR,
        "compare = ",
        "compare = \u{1b}]0;PWNED\u{7}\u{1b}[2J\u{202e}evil\u{202c} ",
    );
    let out = at(
        root.path(),
        &["--lang", "fr", "help", "certificate-details", "--no-live"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = stdout(&out);
    assert!(
        !page.contains('\u{1b}') && !page.contains('\u{202e}'),
        "{page:?}"
    );
    assert!(page.contains("\\u{1b}]0;PWNED"), "{page}");

    let lint = at(root.path(), &["lint"]);
    let findings = stderr(&lint);
    assert!(
        findings
            .lines()
            .any(|l| l.contains("certificate-details.ftl") && l.contains("U+001B")),
        "{findings}"
    );
    assert!(findings.contains("U+202E"), "{findings}");
}

#[test]
fn a_keyword_with_escape_sequences_is_shown_escaped_on_the_no_match_page() {
    let out = run(&["help", "ms.lync\u{1b}[2J", "--no-live"]);
    assert_eq!(code(&out), 3);
    assert!(!stdout(&out).contains('\u{1b}'), "{:?}", stdout(&out));
    assert!(!stderr(&out).contains('\u{1b}'), "{:?}", stderr(&out));
}

#[test]
fn markdown_outputs_write_tag_like_text_as_entities() {
    let root = tree();
    edit(
        root.path(),
        DETAILS_FR,
        "compare = ",
        "compare = Voir <a/href=\"javascript:alert(1)\">ici</a> et <b/onclick=alert(2)>b</b>, 3 \\< 4, `a<b`. ",
    );
    let out = at(
        root.path(),
        &[
            "--lang",
            "fr",
            "help",
            "certificate-details",
            "--no-live",
            "--format",
            "md",
        ],
    );
    let page = stdout(&out);
    let line = page
        .lines()
        .find(|l| l.contains("Voir"))
        .expect("the message");
    assert!(!line.contains("<a/") && !line.contains("<b/"), "{line}");
    assert!(line.contains("&lt;a/href"), "{line}");
    assert!(line.contains("3 \\< 4") && line.contains("`a<b`"), "{line}");

    let site = tempfile::tempdir().unwrap();
    let dir = site.path().join("md");
    let out = at(
        root.path(),
        &[
            "--lang",
            "fr",
            "export",
            "--format",
            "md",
            "--out",
            dir.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let exported = std::fs::read_to_string(dir.join("fr/certificate-details.md")).unwrap();
    assert!(!exported.contains("<a/href"), "{exported}");
}

#[test]
fn language_warnings_stay_on_one_line_and_an_emptied_list_is_said() {
    let out = run(&["--lang", "fr\u{1b}[31m\r\nX", "topics"]);
    let err = stderr(&out);
    assert!(!err.contains('\u{1b}') && !err.contains('\r'), "{err:?}");
    assert!(err.lines().all(|l| l.starts_with("docwiz: ")), "{err}");

    for list in ["fr;q=0,de;q=0.000", "de;q=0", ","] {
        let out = run(&["--lang", list, "topics"]);
        assert_eq!(code(&out), 0);
        assert!(
            stderr(&out).contains("no language given can be used"),
            "{list}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn alert_names_with_digits_or_accents_are_unknown_alerts() {
    let root = tree();
    let template = root.path().join("content/certificate-details.md");
    let mut text = std::fs::read_to_string(&template).unwrap();
    text.push_str("\n> [!DANGER2]\n> {{ compare }}\n\n> [!ÄRGER]\n> {{ compare }}\n");
    std::fs::write(&template, text).unwrap();
    let lint = at(root.path(), &["lint"]);
    let findings = stderr(&lint);
    assert!(findings.contains("[!DANGER2]"), "{findings}");
    assert!(findings.contains("[!ÄRGER]"), "{findings}");
    let strict = at(
        root.path(),
        &["help", "certificate-details", "--strict", "--no-live"],
    );
    assert_eq!(code(&strict), 1, "{}", stderr(&strict));
}
