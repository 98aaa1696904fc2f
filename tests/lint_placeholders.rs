//! One naming of placeholders (issue 15 item 1): `docwiz lint` reports, in
//! every locale, a `<…>` that is not a value name `--help` gives in that
//! locale (`<nom du serveur>` where `--help` says `<FQDN>`) and a value name
//! written bare in a `docwiz …` code span or after an option in any code
//! span, and a bare uppercase word in a command that is no value name;
//! `docwiz lint --fix` adds the angle brackets, and the shipped tree is
//! clean.

mod common;
use common::*;

const FR: &str = "locales/fr/topics/certificate-import.ftl";
const EN: &str = "locales/en/topics/certificate-import.ftl";
const ZH_UI: &str = "locales/zh-TW/ui.ftl";
const DE: &str = "locales/de/topics/certificate-renewal.ftl";

fn prefix(root: &std::path::Path, rel: &str, id: &str, text: &str) {
    edit(
        root,
        rel,
        &format!("\n{id} = "),
        &format!("\n{id} = {text}"),
    );
}

#[test]
fn a_placeholder_help_does_not_name_is_reported_in_every_locale() {
    let root = tree();
    let r = root.path();
    prefix(
        r,
        FR,
        "what-answer",
        "Voir `docwiz wizard import <fichier du certificat>`. ",
    );
    prefix(
        r,
        EN,
        "what-answer",
        "See `docwiz wizard request --fqdn <server-fqdn>`. ",
    );
    prefix(r, ZH_UI, "error-write", "（<檔名>）");

    let fr = lint_findings(r, FR, "warning");
    let line = line_starting(r, FR, "what-answer =");
    // "what-answer = " is 14 characters, "Voir `docwiz wizard import " 27.
    assert!(
        fr.iter().any(|(l, c, k, m)| *l == line
            && *c == 42
            && k == "lint-placeholder-unknown"
            && m.contains("fichier du certificat")),
        "{fr:#?}"
    );
    let en = lint_findings(r, EN, "warning");
    assert!(
        en.iter()
            .any(|(_, _, k, m)| k == "lint-placeholder-unknown" && m.contains("server-fqdn")),
        "{en:#?}"
    );
    let zh = lint_findings(r, ZH_UI, "warning");
    assert!(
        zh.iter()
            .any(|(_, _, k, m)| k == "lint-placeholder-unknown" && m.contains("檔名")),
        "{zh:#?}"
    );
}

#[test]
fn a_bare_value_name_in_a_command_gets_its_angle_brackets_from_fix() {
    let root = tree();
    let r = root.path();
    prefix(
        r,
        FR,
        "what-answer",
        "Voir `docwiz wizard import FICHIER.pfx --key CLÉ`. ",
    );
    let fr = lint_findings(r, FR, "warning");
    let line = line_starting(r, FR, "what-answer =");
    for (col, name) in [(42, "FICHIER"), (60, "CLÉ")] {
        assert!(
            fr.iter().any(|(l, c, k, m)| *l == line
                && *c == col
                && k == "lint-placeholder-bare"
                && m.contains(&format!("<{name}>"))
                // The fix to run, for this tree.
                && m.contains(&format!("`docwiz --root {} lint --fix`", r.display()))),
            "no bare {name} at {line}:{col}: {fr:#?}"
        );
    }
    // Prose outside a command keeps its words: "FICHIER" there is no placeholder.
    prefix(r, FR, "what-existing", "Le mot FICHIER. ");
    assert!(
        !lint_findings(r, FR, "warning")
            .iter()
            .any(|(l, _, _, _)| *l == line_starting(r, FR, "what-existing =")),
    );

    let out = run(&["--root", r.to_str().unwrap(), "lint", "--fix"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // Two placeholders bracketed: two fixes, not one per bracket.
    assert!(stderr(&out).contains("fixes made: 2 "), "{}", stderr(&out));
    let text = std::fs::read_to_string(r.join(FR)).unwrap();
    assert!(
        text.contains("Voir `docwiz wizard import <FICHIER>.pfx --key <CLÉ>`. "),
        "{text}"
    );
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    assert!(
        stderr(&out).contains("0 errors, 0 warnings"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_value_name_after_an_option_in_any_code_span_gets_its_angle_brackets() {
    let root = tree();
    let r = root.path();
    prefix(
        r,
        DE,
        "intro",
        "Mit `--days N`, `--offline CSR-DATEI` oder `--ca local`; `N` allein. ",
    );
    let de = lint_findings(r, DE, "warning");
    let line = line_starting(r, DE, "intro =");
    // "intro = " is 8 characters, "Mit `--days " 12, then "N`, `--offline " 15.
    for (col, name) in [(21, "N"), (36, "CSR-DATEI")] {
        assert!(
            de.iter().any(|(l, c, k, m)| *l == line
                && *c == col
                && k == "lint-placeholder-bare"
                && m.contains(&format!("<{name}>"))),
            "no bare {name} at {line}:{col}: {de:#?}"
        );
    }
    // A literal after an option and a one-letter name alone are no placeholders.
    let on_line = de.iter().filter(|(l, _, _, _)| *l == line).count();
    assert_eq!(on_line, 2, "{de:#?}");

    let out = run(&["--root", r.to_str().unwrap(), "lint", "--fix"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = std::fs::read_to_string(r.join(DE)).unwrap();
    assert!(
        text.contains("Mit `--days <N>`, `--offline <CSR-DATEI>` oder `--ca local`; `N` allein. "),
        "{text}"
    );
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    assert!(
        stderr(&out).contains("0 errors, 0 warnings"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_uppercase_word_in_a_command_that_is_no_value_name_is_an_unknown_placeholder() {
    let root = tree();
    let r = root.path();
    prefix(
        r,
        EN,
        "what-answer",
        "Run `docwiz certs remove T`, `docwiz certs export <THUMBPRINT> --pem ./OUT/ca README.md`. ",
    );
    let en = lint_findings(r, EN, "warning");
    let line = line_starting(r, EN, "what-answer =");
    let on_line: Vec<_> = en.iter().filter(|(l, _, _, _)| *l == line).collect();
    // "what-answer = " is 14 characters, "Run `docwiz certs remove " 25.
    assert!(
        on_line
            .iter()
            .any(|(_, c, k, m)| *c == 40 && k == "lint-placeholder-unknown" && m.contains("“<T>”")),
        "{en:#?}"
    );
    // A path, a file name, a lowercase word and an option are not.
    assert_eq!(on_line.len(), 1, "{on_line:#?}");
}

#[test]
fn the_unknown_placeholder_example_is_in_the_files_language_not_the_readers() {
    let root = tree();
    let r = root.path();
    let de = "locales/de/topics/certificate-import.ftl";
    prefix(
        r,
        de,
        "what-answer",
        "Siehe `docwiz wizard import <Zertifikatdatei>`. ",
    );
    let out = run(&["--root", r.to_str().unwrap(), "--lang", "fr", "lint"]);
    let report = stderr(&out);
    let finding = report
        .lines()
        .find(|l| l.contains("certificate-import.ftl") && l.contains("Zertifikatdatei"))
        .unwrap_or_else(|| panic!("{report}"));
    assert!(
        finding.contains("<DATEI>") && !finding.contains("<FICHIER>"),
        "{finding}"
    );
}

#[test]
fn fix_without_a_tree_names_the_value_of_root() {
    for (lang, dir) in [
        ("en", "<DIR>"),
        ("de", "<VERZEICHNIS>"),
        ("zh-TW", "<目錄>"),
    ] {
        let out = run(&["--lang", lang, "lint", "--fix"]);
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!("--root {dir}")),
            "{lang}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn the_shipped_tree_names_every_placeholder_as_help_does() {
    let out = run(&["--root", repo().to_str().unwrap(), "lint", "--json"]);
    let text = stdout(&out);
    assert!(!text.contains("lint-placeholder"), "{text}");
}

/// The fix a finding names is spelt as this run's commands are: with the
/// tree linted and the language asked for, so that it runs as printed.
#[test]
fn the_fix_a_finding_names_keeps_the_runs_root_and_language() {
    let root = tree();
    let r = root.path();
    prefix(
        r,
        FR,
        "what-answer",
        "Voir `docwiz wizard import FICHIER`. ",
    );
    let out = run(&["--root", r.to_str().unwrap(), "--lang", "ru", "lint"]);
    assert!(
        stderr(&out).contains(&format!(
            "`docwiz --root {} --lang ru lint --fix`",
            r.display()
        )),
        "{}",
        stderr(&out)
    );
}
