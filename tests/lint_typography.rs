//! `docwiz lint` reports each locale's typography at file:line:col with its
//! rule and fix; `docwiz lint --fix` mends the text of messages only (never
//! ids, placeables, code spans or URLs), atomically, and leaves the tree
//! lint-clean.

mod common;
use common::*;

use std::path::Path;

const FR: &str = "locales/fr/topics/certificate-request-returned.ftl";
const DE: &str = "locales/de/topics/certificate-request-returned.ftl";
const ES: &str = "locales/es/topics/certificate-request-returned.ftl";
const RU: &str = "locales/ru/topics/certificate-request-returned.ftl";
const ZH: &str = "locales/zh-TW/topics/certificate-request-returned.ftl";

/// Puts `text` at the start of the value of `thumbprint` in `rel`.
fn prefix_thumbprint(root: &Path, rel: &str, text: &str) {
    edit(
        root,
        rel,
        "\nthumbprint = ",
        &format!("\nthumbprint = {text}"),
    );
}

/// The (line, col, code, message) of the warnings lint gives for `rel`.
fn warnings(root: &Path, rel: &str) -> Vec<(u64, u64, String, String)> {
    lint_findings(root, rel, "warning")
}

fn assert_reported(found: &[(u64, u64, String, String)], line: u64, col: u64, code: &str) {
    assert!(
        found
            .iter()
            .any(|(l, c, k, m)| *l == line && *c == col && k == code && m.contains("--fix")),
        "no {code} at {line}:{col}: {found:#?}"
    );
}

#[test]
fn each_locale_rule_is_reported_at_its_place_with_the_fix() {
    let root = tree();
    let r = root.path();
    prefix_thumbprint(r, FR, "Note : l'aide «\u{202f}x » ");
    prefix_thumbprint(r, DE, "Siehe \"Status\" und “Details” ");
    prefix_thumbprint(r, ES, "Vea \"Estado\" ");
    prefix_thumbprint(r, RU, "См. “Состояние” ");
    prefix_thumbprint(r, ZH, "名稱（FQDN）, 下一步 ");

    let fr = warnings(r, FR);
    let line = line_starting(r, FR, "thumbprint =");
    // "thumbprint = " is 13 characters: the text starts at column 14.
    assert_reported(&fr, line, 19, "lint-typo-fr-space");
    assert_reported(&fr, line, 22, "lint-typo-fr-apostrophe");
    assert_reported(&fr, line, 32, "lint-typo-fr-guillemet");
    let de = warnings(r, DE);
    let line = line_starting(r, DE, "thumbprint =");
    for col in [20, 27, 33, 41] {
        assert_reported(&de, line, col, "lint-typo-quotes");
    }
    assert!(de.iter().any(|(_, _, _, m)| m.contains("„…“")), "{de:#?}");
    let es = warnings(r, ES);
    let line = line_starting(r, ES, "thumbprint =");
    assert_reported(&es, line, 18, "lint-typo-quotes");
    assert_reported(&es, line, 25, "lint-typo-quotes");
    let ru = warnings(r, RU);
    let line = line_starting(r, RU, "thumbprint =");
    assert_reported(&ru, line, 18, "lint-typo-quotes");
    let zh = warnings(r, ZH);
    let line = line_starting(r, ZH, "thumbprint =");
    assert_reported(&zh, line, 16, "lint-typo-zh-parentheses");
    assert_reported(&zh, line, 22, "lint-typo-zh-full-width");

    // Warnings: lint still exits 0, and says why in the reader's language.
    let out = run(&["--root", r.to_str().unwrap(), "--lang", "de", "lint"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Französische Typografie"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn what_is_not_prose_is_never_reported() {
    let root = tree();
    let r = root.path();
    prefix_thumbprint(
        r,
        FR,
        "`a : b` https://example.com:8443/x?y=1 10:30 std::fs [lien](topic:certificate-details#fields) <FILE:x> { -button-finish }:{ -button-assign } ",
    );
    prefix_thumbprint(r, ZH, "`a, b` (`--fqdn`) 函式 f() ");
    for rel in [FR, ZH] {
        let typography: Vec<_> = warnings(r, rel)
            .into_iter()
            .filter(|(_, _, code, _)| code.starts_with("lint-typo"))
            .collect();
        assert!(typography.is_empty(), "{rel}: {typography:#?}");
    }
}

#[test]
fn fix_mends_the_text_only_and_leaves_the_tree_lint_clean() {
    let root = tree();
    let r = root.path();
    prefix_thumbprint(
        r,
        FR,
        "Voir `a : b` et https://x.org:8443/?q=1 ; l'aide « { \"Terminer\" } » : fin. ",
    );
    prefix_thumbprint(r, ZH, "按一下**{ \"完成\" }**（`--x`）, 然後 ");
    prefix_thumbprint(r, DE, "Die Seite \"{ \"Status\" }\" ");
    // A byte order mark stays; every other line stays as it was.
    let path = r.join(FR);
    let before = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("\u{feff}{before}")).unwrap();

    let out = run(&["--root", r.to_str().unwrap(), "lint", "--fix"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("0 errors, 0 warnings"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("Typography fixes made"),
        "{}",
        stderr(&out)
    );

    let after = std::fs::read_to_string(&path).unwrap();
    let after = after.strip_prefix('\u{feff}').expect("the BOM is kept");
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:#?}");
    let fixed_line = changed[0].1;
    assert!(
        fixed_line.starts_with(
            "thumbprint = Voir `a : b` et https://x.org:8443/?q=1\u{202f}; l\u{2019}aide «\u{202f}{ \"Terminer\" }\u{202f}»\u{202f}: fin. "
        ),
        "{fixed_line}"
    );
    let zh = std::fs::read_to_string(r.join(ZH)).unwrap();
    assert!(
        zh.contains("thumbprint = 按一下**{ \"完成\" }** (`--x`)，然後"),
        "{zh}"
    );
    let de = std::fs::read_to_string(r.join(DE)).unwrap();
    assert!(
        de.contains("thumbprint = Die Seite „{ \"Status\" }“ "),
        "{de}"
    );
    // The fixed tree lints clean, and a second fix has nothing to do.
    let out = run(&["--root", r.to_str().unwrap(), "lint", "--fix"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("fixes made: 0"), "{}", stderr(&out));
}

#[test]
fn a_failed_write_leaves_the_file_as_it_was() {
    let root = tree();
    let r = root.path();
    prefix_thumbprint(r, FR, "Note : ");
    let dir = r.join("locales/fr/topics");
    let before = snapshot(&dir);
    let (rc, err) = docwiz_read_only(&dir, &["--root", r.to_str().unwrap(), "lint", "--fix"]);
    assert_eq!(rc, 1, "{err}");
    assert!(err.contains("certificate-request-returned.ftl"), "{err}");
    assert!(before == snapshot(&dir), "the failed fix changed the files");
}

#[test]
fn fix_needs_a_tree_to_rewrite() {
    let out = run(&["lint", "--fix"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("--root"), "{}", stderr(&out));
}
