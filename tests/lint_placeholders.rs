//! One naming of placeholders (issue 15 item 1): `docwiz lint` reports, in
//! every locale, a `<…>` that is not a value name `--help` gives in that
//! locale (`<nom du serveur>` where `--help` says `<FQDN>`) and a value name
//! written bare in a `docwiz …` code span; `docwiz lint --fix` adds the
//! angle brackets, and the shipped tree is clean.

mod common;
use common::*;

const FR: &str = "locales/fr/topics/certificate-import.ftl";
const EN: &str = "locales/en/topics/certificate-import.ftl";
const ZH_UI: &str = "locales/zh-TW/ui.ftl";

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
fn the_shipped_tree_names_every_placeholder_as_help_does() {
    let out = run(&["--root", repo().to_str().unwrap(), "lint", "--json"]);
    let text = stdout(&out);
    assert!(!text.contains("lint-placeholder"), "{text}");
}
