//! Broken content never panics: a clear error naming file and line, exit 2, and
//! the rest still renders.

mod common;
use common::*;

const FR: &str = "locales/fr/topics/certificate-request-returned.ftl";

#[test]
fn broken_ftl_names_file_line_and_column_and_the_rest_renders() {
    let root = tree();
    edit(root.path(), FR, "thumbprint = ", "thumbprint = { $broken ");
    let line = std::fs::read_to_string(root.path().join(FR))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("thumbprint ="))
        .unwrap()
        + 1;
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "help",
        KEYWORD,
        "--lang",
        "fr",
        "--format",
        "md",
    ]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let path = root.path().join(FR);
    assert!(
        err.contains(&format!("{}:{line}:", path.display())),
        "{err}"
    );
    assert!(err.contains("erreur"), "localized: {err}");
    let md = stdout(&out);
    assert!(md.contains("Demande de certificat (renvoyée)"), "{md}");
    assert!(
        md.contains("The page shows the certificate's thumbprint"),
        "broken entry falls back: {md}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn broken_front_matter_names_the_file_and_line() {
    let root = tree();
    let r = root.path().to_str().unwrap();
    edit(
        root.path(),
        &format!("content/{TOPIC}.md"),
        "topic: article",
        "this line has no colon",
    );
    let path = root.path().join(format!("content/{TOPIC}.md"));
    // Asked for by keyword: the topic cannot be indexed, and the error says why.
    let out = run(&["--root", r, "help", KEYWORD, "--format", "md"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(&format!("{}:5:1: error:", path.display())),
        "{}",
        stderr(&out)
    );
    // Asked for by id: the same error.
    let out = run(&["--root", r, "help", TOPIC]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(&format!("{}:5:1: error:", path.display())),
        "{}",
        stderr(&out)
    );
    // Other topics are not affected; lint reports the broken one.
    let out = run(&[
        "--root",
        r,
        "help",
        "ms.lync.dep.DeployCertsMain",
        "--format",
        "md",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lint = run(&["--root", r, "lint"]);
    assert_eq!(code(&lint), 1);
    assert!(stderr(&lint).contains(&format!("{}:5:1: error:", path.display())));
}

#[test]
fn unclosed_template_slot_names_line_and_column_and_the_rest_renders() {
    let root = tree();
    edit(
        root.path(),
        &format!("content/{TOPIC}.md"),
        "{{ thumbprint }}",
        "{{ thumbprint",
    );
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "help",
        KEYWORD,
        "--format",
        "md",
    ]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let path = root.path().join(format!("content/{TOPIC}.md"));
    let line = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .position(|l| l == "{{ thumbprint")
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!("{}:{line}:1: error:", path.display())),
        "{err}"
    );
    let md = stdout(&out);
    assert!(
        md.contains("{{ thumbprint\n"),
        "the broken slot stays visible: {md}"
    );
    assert!(
        md.contains("The check box **Assign this certificate"),
        "{md}"
    );
    // Another topic is not affected; lint reports the broken one.
    assert_eq!(
        code(&run(&[
            "--root",
            root.path().to_str().unwrap(),
            "help",
            "certificate-details"
        ])),
        0
    );
    let lint = run(&["--root", root.path().to_str().unwrap(), "lint"]);
    assert_eq!(code(&lint), 1);
    assert!(stderr(&lint).contains(&format!("{}:{line}:1: error:", path.display())));
}

#[test]
fn missing_front_matter_and_non_utf8_files_are_reported() {
    let root = tree();
    std::fs::write(root.path().join("content/bare.md"), "# Just a heading\n").unwrap();
    std::fs::write(
        root.path().join("locales/ru/ui.ftl"),
        [0xff, 0xfe, 0x00, 0x41],
    )
    .unwrap();
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "help",
        KEYWORD,
        "--lang",
        "ru",
    ]);
    let err = stderr(&out);
    assert_eq!(code(&out), 2, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // A topic nobody asked for is reported by lint, not by help.
    let bare = root.path().join("content/bare.md");
    let lint = run(&["--root", root.path().to_str().unwrap(), "lint"]);
    assert!(
        stderr(&lint).contains(&format!("{}:1:1: error:", bare.display())),
        "{}",
        stderr(&lint)
    );
    let ui = root.path().join("locales/ru/ui.ftl");
    assert!(err.contains(&format!("{}:1:1:", ui.display())), "{err}");
    // The Russian topic text still renders; what needs the broken ui.ftl falls back.
    assert!(
        stdout(&out).contains("Запрос сертификата"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn unknown_subcommand_or_missing_keyword_is_bad_usage() {
    assert_eq!(code(&run(&["help"])), 2);
    assert_eq!(code(&run(&["frobnicate"])), 2);
    assert_eq!(code(&run(&["help", KEYWORD, "--format", "pdf"])), 2);
}

#[test]
fn a_reader_that_goes_away_is_no_error() {
    let store = tempfile::tempdir().unwrap();
    for args in [
        vec!["help", KEYWORD, "--format", "html"],
        vec!["--json", "topics"],
        vec!["wizard"],
        vec!["--json", "certs", "list"],
    ] {
        let mut child = docwiz()
            .arg("--store")
            .arg(store.path())
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // like `| head -0`
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}
