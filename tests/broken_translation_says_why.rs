//! A message that exists but cannot be formatted (an unknown reference, a cycle,
//! more than 100 placeables, an unknown function or variable) is shown in
//! English as "the translation has an error", not "not translated yet"; help
//! and export say why on stderr with the message's file and line, and lint
//! reports it.

mod common;
use common::*;

use std::path::Path;

const FR: &str = "locales/fr/topics/certificate-request-returned.ftl";

/// The tree with the French `thumbprint` replaced by `value`.
fn french_thumbprint(value: &str) -> tempfile::TempDir {
    let root = tree();
    let text = std::fs::read_to_string(root.path().join(FR)).unwrap();
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("thumbprint =") {
                format!("thumbprint = {value}")
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(root.path().join(FR), lines.join("\n") + "\n").unwrap();
    root
}

fn thumbprint_line(root: &Path) -> usize {
    std::fs::read_to_string(root.join(FR))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("thumbprint ="))
        .unwrap()
        + 1
}

/// `help` in French as Markdown: the page falls back for `thumbprint` because
/// of an error, exit 0, and stderr names the file, the line and the reason
/// (in French, the reader's language).
fn assert_falls_back_with(root: &Path, reason: &str) {
    let r = root.to_str().unwrap();
    let out = run(&[
        "--root", r, "help", KEYWORD, "--lang", "fr", "--format", "md",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.contains("The page shows the certificate's thumbprint"),
        "{md}"
    );
    assert_eq!(front(&md, "fallback").unwrap(), "[\"thumbprint\"]", "{md}");
    assert_eq!(
        front(&md, "fallback-error").unwrap(),
        "[\"thumbprint\"]",
        "{md}"
    );
    let err = stderr(&out);
    let place = format!(
        "{}:{}:1: avertissement\u{202f}: ",
        root.join(FR).display(),
        thumbprint_line(root)
    );
    let line = err
        .lines()
        .find(|l| l.starts_with(&place))
        .unwrap_or_else(|| panic!("no warning at {place}: {err}"));
    assert!(
        line.contains("Le message thumbprint (fr) ne peut pas être mis en forme\u{202f}: ")
            && line.contains(reason)
            && line.ends_with("Le texte anglais est affiché à la place."),
        "{line}"
    );
}

/// Lint's finding about the French `thumbprint`: (code, severity, line, message).
fn lint_findings(root: &Path) -> Vec<(String, String, u64, String)> {
    let path = root.join(FR).display().to_string();
    lint_json(root)
        .iter()
        .filter(|f| f["file"] == path.as_str())
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap_or(0),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn assert_lint_reports(root: &Path, reason: &str) {
    let found = lint_findings(root);
    let line = thumbprint_line(root) as u64;
    assert!(
        found
            .iter()
            .any(|(code, severity, l, message)| code == "format-fallback"
                && severity == "error"
                && *l == line
                && message.contains(reason)),
        "{found:#?}"
    );
}

#[test]
fn a_cycle_falls_back_with_its_reason_and_lint_reports_it() {
    let root = french_thumbprint("Voir { thumbprint }.");
    assert_falls_back_with(
        root.path(),
        "il renvoie à lui-même par d’autres messages ou termes.",
    );
    assert_lint_reports(
        root.path(),
        "it refers to itself through other messages or terms.",
    );
}

#[test]
fn a_cycle_through_terms_is_reported() {
    let root = french_thumbprint("Voir { -boucle-a }.");
    std::fs::write(
        root.path().join(FR),
        std::fs::read_to_string(root.path().join(FR)).unwrap()
            + "-boucle-a = { -boucle-b }\n-boucle-b = { -boucle-a }\n",
    )
    .unwrap();
    assert_falls_back_with(root.path(), "renvoie à lui-même");
    assert_lint_reports(root.path(), "refers to itself");
}

#[test]
fn more_than_100_placeables_fall_back_with_their_reason() {
    let root = french_thumbprint(&"{ \"x\" }".repeat(101));
    assert_falls_back_with(root.path(), "il contient plus de 100 substitutions.");
    assert_lint_reports(root.path(), "it has more than 100 placeables.");
}

#[test]
fn an_unknown_function_falls_back_with_its_reason() {
    let root = french_thumbprint("{ NOMBRE(1) } empreinte.");
    assert_falls_back_with(root.path(), "la fonction NOMBRE() n’existe pas.");
    assert_lint_reports(root.path(), "the function NOMBRE() does not exist.");
}

#[test]
fn an_unknown_attribute_falls_back_with_its_reason() {
    let root = french_thumbprint("Voir { title.infobulle }.");
    assert_falls_back_with(root.path(), "l’attribut title.infobulle n’existe pas.");
    assert_lint_reports(root.path(), "the attribute title.infobulle does not exist.");
}

#[test]
fn an_unknown_term_falls_back_with_its_reason_and_lint_points_at_it() {
    let root = french_thumbprint("Voir { -bouton-inconnu }.");
    assert_falls_back_with(root.path(), "le terme -bouton-inconnu n’existe pas.");
    let found = lint_findings(root.path());
    assert!(
        found
            .iter()
            .any(|(code, _, _, m)| code == "lint-unknown-term" && m.contains("-bouton-inconnu")),
        "{found:#?}"
    );
}

#[test]
fn an_unknown_variable_is_reported_where_it_is_used() {
    let root = tree();
    let en = "locales/en/topics/certificate-request-returned.ftl";
    edit(
        root.path(),
        en,
        "\nthumbprint = The page",
        "\nthumbprint = { $fingerprint } The page",
    );
    let r = root.path().to_str().unwrap();
    // English is the last locale: shown with its error, and said so.
    let out = run(&["--root", r, "help", KEYWORD, "--format", "md"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("The message thumbprint in en cannot be formatted: the variable $fingerprint is not given. It is shown as far as it can be."),
        "{err}"
    );
    let out = run(&["--root", r, "--json", "lint"]);
    assert_eq!(code(&out), 1);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let path = root.path().join(en).display().to_string();
    let line = std::fs::read_to_string(root.path().join(en))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("thumbprint ="))
        .unwrap()
        + 1;
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .any(|f| f["file"] == path.as_str()
                && f["code"] == "lint-unknown-variable"
                && f["line"] == line
                && f["col"] == 16),
        "{json:#}"
    );
}

#[test]
fn outputs_tell_a_broken_translation_from_a_missing_one() {
    let root = french_thumbprint("Voir { thumbprint }.");
    let r = root.path().to_str().unwrap();
    let html = stdout(&run(&[
        "--root", r, "help", KEYWORD, "--lang", "fr", "--format", "html",
    ]));
    assert!(
        html.contains("<p lang=\"en\" class=\"fallback broken\"><span class=\"fallback-badge\" lang=\"fr\">En anglais\u{202f}: la traduction comporte une erreur</span>"),
        "{html}"
    );
    assert!(!html.contains("pas encore traduit"), "{html}");
    let term = stdout(&run(&["--root", r, "help", KEYWORD, "--lang", "fr"]));
    // The page is wrapped to the width, so the note may break anywhere.
    let term = term.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        term.contains("car sa traduction comporte une erreur"),
        "{term}"
    );
    assert!(!term.contains("pas encore traduit"), "{term}");
    let out = run(&["--root", r, "--json", "help", KEYWORD, "--lang", "fr"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let fallback = &json["fallbacks"][0];
    assert_eq!(fallback["id"], "thumbprint");
    assert_eq!(fallback["reason"], "error");
    assert!(
        fallback["errors"][0]
            .as_str()
            .unwrap()
            .contains("renvoie à lui-même"),
        "{json:#}"
    );
}

#[test]
fn export_says_why_on_stderr() {
    let root = french_thumbprint("Voir { thumbprint }.");
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("site");
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "export",
        "--format",
        "md",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    let place = format!(
        "{}:{}:1: warning: ",
        root.path().join(FR).display(),
        thumbprint_line(root.path())
    );
    assert_eq!(
        err.lines().filter(|l| l.starts_with(&place)).count(),
        1,
        "once: {err}"
    );
    let page = std::fs::read_to_string(out_dir.join("fr").join(format!("{TOPIC}.md"))).unwrap();
    assert!(
        page.contains("The page shows the certificate's thumbprint"),
        "{page}"
    );
}
