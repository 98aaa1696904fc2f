//! `docwiz lint`: the shipped tree is clean; each kind of problem is found with
//! its place, and errors exit 1.

mod common;
use common::*;

#[test]
fn shipped_content_lints_clean() {
    let out = run(&["lint"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("0 errors, 0 warnings"),
        "{}",
        stderr(&out)
    );
    let out = run(&["--root", repo().to_str().unwrap(), "lint"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn syntax_error_is_reported_as_file_line_col() {
    let root = tree();
    let file = "locales/es/topics/certificate-request-returned.ftl";
    edit(root.path(), file, "\nthumbprint = ", "\nthumbprint = {{ ");
    let line = std::fs::read_to_string(root.path().join(file))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("thumbprint ="))
        .unwrap()
        + 1;
    let out = run(&["--root", root.path().to_str().unwrap(), "lint"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    let prefix = format!("{}:{line}:", root.path().join(file).display());
    assert!(
        err.lines()
            .any(|l| l.starts_with(&prefix) && l.contains(": error: ")),
        "{err}"
    );
}

#[test]
fn every_kind_of_translation_problem_is_found() {
    let root = tree();
    let r = root.path();
    let de = "locales/de/topics/certificate-request-returned.ftl";
    // missing message
    let text = std::fs::read_to_string(r.join(de)).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("purposes-intro ="))
        .collect();
    std::fs::write(
        r.join(de),
        kept.join("\n") + "\nleftover = Nicht mehr verwendet\n",
    )
    .unwrap();
    // unknown term, unknown message, different variables
    edit(
        r,
        "locales/ru/topics/certificate-request-returned.ftl",
        "{ -button-assign }",
        "{ -button-asign }",
    );
    edit(
        r,
        "locales/fr/topics/certificate-request-returned.ftl",
        "\nthumbprint = ",
        "\nthumbprint = { no-such-message } ",
    );
    edit(
        r,
        "locales/es/topics/no-match.ftl",
        "{ $keyword }",
        "{ $palabra }",
    );
    // a slot no message fills, and an F1 keyword claimed twice
    edit(
        r,
        &format!("content/{TOPIC}.md"),
        "{{ finish }}",
        "{{ finish }} {{ not-written }}",
    );
    std::fs::write(
        r.join("content/copy.md"),
        format!(
            "---\nid: copy\nf1: [{}]\n---\n# {{{{ title }}}} {{#copy}}\n",
            KEYWORD.to_uppercase()
        ),
    )
    .unwrap();
    std::fs::write(r.join("locales/en/topics/copy.ftl"), "title = Copy\n").unwrap();

    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    let has = |file: &str, needle: &str| {
        let path = r.join(file).display().to_string();
        err.lines()
            .any(|l| l.starts_with(&path) && l.contains(needle))
    };
    assert!(
        has(de, "error: The message purposes-intro is missing in de"),
        "{err}"
    );
    assert!(
        has(
            de,
            "warning: The message leftover in de no longer exists in English"
        ),
        "{err}"
    );
    assert!(
        has(
            "locales/ru/topics/certificate-request-returned.ftl",
            "error: Reference to an unknown term -button-asign"
        ),
        "{err}"
    );
    assert!(
        has(
            "locales/fr/topics/certificate-request-returned.ftl",
            "error: Reference to an unknown message no-such-message"
        ),
        "{err}"
    );
    assert!(
        has(
            "locales/es/topics/no-match.ftl",
            // The edit renames the first of its variants' { $keyword }.
            "error: The message explanation uses the variables $keyword, $keyword-count, and $palabra, but English uses $keyword and $keyword-count"
        ),
        "{err}"
    );
    assert!(
        has(
            &format!("content/{TOPIC}.md"),
            "error: The slot not-written is filled by no English message"
        ),
        "{err}"
    );
    assert!(
        has(
            "content/copy.md",
            "error: The F1 keyword MS.LYNC.DEP.DEPLOYCERTREQUESTRETURNED is claimed by both certificate-request-returned and copy"
        ),
        "{err}"
    );
    // Locations carry line and column where there is one.
    let slot = format!("{}:", r.join(format!("content/{TOPIC}.md")).display());
    let line = std::fs::read_to_string(r.join(format!("content/{TOPIC}.md")))
        .unwrap()
        .lines()
        .position(|l| l.contains("{{ not-written }}"))
        .unwrap()
        + 1;
    assert!(
        err.lines()
            .any(|l| l.starts_with(&slot) && l[slot.len()..].starts_with(&format!("{line}:"))),
        "{err}"
    );
    // The other locales miss copy.ftl entirely.
    assert!(
        has(
            "locales/ru/topics/copy.ftl",
            "error: The locale ru has no translation file topics/copy.ftl"
        ),
        "{err}"
    );
}

#[test]
fn lint_speaks_the_users_language() {
    let root = tree();
    edit(
        root.path(),
        "locales/ru/topics/certificate-request-returned.ftl",
        "{ -button-assign }",
        "{ -button-asign }",
    );
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "lint",
        "--lang",
        "ru",
    ]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("ошибка"), "{}", stderr(&out));
}

#[test]
fn names_that_fluent_would_silently_drop_are_errors() {
    let root = tree();
    let r = root.path();
    // A topic message with the name of a ui.ftl message, and a message named like a term.
    edit(
        r,
        "locales/fr/topics/no-match.ftl",
        "\nnext-step =",
        "\nstatus-title = Doublon\nnext-step =",
    );
    edit(
        r,
        "locales/en/ui.ftl",
        "\nvalue-none =",
        "\nproduct = Shadowed\nvalue-none =",
    );
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("The message status-title is also defined in ui.ftl"),
        "{err}"
    );
    assert!(
        err.contains("The message product has the same name as the term -product"),
        "{err}"
    );
}

#[test]
fn a_ui_string_may_lag_behind_but_a_topic_may_not() {
    let root = tree();
    let r = root.path();
    let ui = std::fs::read_to_string(r.join("locales/es/ui.ftl")).unwrap();
    let kept: Vec<&str> = ui
        .lines()
        .filter(|l| !l.starts_with("status-key ="))
        .collect();
    std::fs::write(r.join("locales/es/ui.ftl"), kept.join("\n")).unwrap();
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("warning: The message status-key is missing in es"));
}

#[test]
fn bold_button_name_without_its_term_is_a_warning() {
    let root = tree();
    let r = root.path();
    edit(
        r,
        "locales/fr/topics/certificate-wizard.ftl",
        "**{ -button-request }**",
        "**Demander**",
    );
    edit(
        r,
        "locales/en/topics/certificate-assignment.ftl",
        "**{ -button-finish }**",
        "**Finish**",
    );
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 0, "a warning only: {err}");
    let fr = r
        .join("locales/fr/topics/certificate-wizard.ftl")
        .display()
        .to_string();
    let en = r
        .join("locales/en/topics/certificate-assignment.ftl")
        .display()
        .to_string();
    assert!(
        err.lines().any(|l| l.starts_with(&fr)
            && l.contains("warning: **Demander** names")
            && l.contains("-button-request")),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.starts_with(&en) && l.contains("-button-finish")),
        "{err}"
    );
}

#[test]
fn every_topic_needs_an_assetid_of_its_own() {
    let root = tree();
    let dir = root.path().join("content");
    let line_of = |file: &str, start: &str| {
        std::fs::read_to_string(dir.join(file))
            .unwrap()
            .lines()
            .position(|l| l.starts_with(start))
            .unwrap()
            + 1
    };
    // One topic without, one with a malformed GUID, one with another's.
    let details = std::fs::read_to_string(dir.join("certificate-details.md")).unwrap();
    let kept: Vec<&str> = details
        .lines()
        .filter(|l| !l.starts_with("assetid:"))
        .collect();
    std::fs::write(dir.join("certificate-details.md"), kept.join("\n") + "\n").unwrap();
    let import = std::fs::read_to_string(dir.join("certificate-import.md")).unwrap();
    let import = import
        .lines()
        .map(|l| {
            if l.starts_with("assetid:") {
                "ms.assetid: 4ada9045-0fdf-4470-8574-2fa08bab939".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.join("certificate-import.md"), import + "\n").unwrap();
    edit(
        root.path(),
        "content/trust-import.md",
        "\nid: trust-import\n",
        "\nid: trust-import\nms.assetid: 4ada9045-0fdf-4470-8574-2fa08bab9392\n",
    );
    let text = std::fs::read_to_string(dir.join("trust-import.md")).unwrap();
    let text: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("assetid:"))
        .collect();
    std::fs::write(dir.join("trust-import.md"), text.join("\n") + "\n").unwrap();

    let out = run(&["--root", root.path().to_str().unwrap(), "lint"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    let at = |file: &str, line: usize| format!("{}:{line}:1: error: ", dir.join(file).display());
    assert!(
        err.contains(&format!(
            "{}The topic certificate-details has no ms.assetid",
            at("certificate-details.md", 1)
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}The ms.assetid 4ada9045-0fdf-4470-8574-2fa08bab939 of certificate-import is not a GUID",
            at("certificate-import.md", line_of("certificate-import.md", "ms.assetid:"))
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}The ms.assetid 4ada9045-0fdf-4470-8574-2fa08bab9392 is given to both certificate-request-returned and trust-import",
            at("trust-import.md", line_of("trust-import.md", "ms.assetid:"))
        )),
        "{err}"
    );
}
