//! A message missing in the chosen locale falls back to English for that message
//! only, the fallback is shown, and `--strict` refuses it.

mod common;
use common::*;

const FR: &str = "locales/fr/topics/certificate-request-returned.ftl";

/// A tree whose French topic lacks the `thumbprint` message.
fn tree_without_french_thumbprint() -> tempfile::TempDir {
    let root = tree();
    let text = std::fs::read_to_string(root.path().join(FR)).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("thumbprint ="))
        .collect();
    std::fs::write(root.path().join(FR), kept.join("\n")).unwrap();
    root
}

#[test]
fn missing_message_falls_back_to_english_for_that_message_only() {
    let root = tree_without_french_thumbprint();
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
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.contains("The page shows the certificate's thumbprint"),
        "{md}"
    );
    assert!(
        md.contains("Demande de certificat (renvoyée)"),
        "the rest stays French"
    );
    assert_eq!(front(&md, "fallback").unwrap(), "[\"thumbprint\"]");
    assert_eq!(front(&md, "locale").unwrap(), "\"fr\"");
}

#[test]
fn fallback_block_is_marked_english_in_html_and_noted_in_the_terminal() {
    let root = tree_without_french_thumbprint();
    let root = root.path().to_str().unwrap();
    let html = stdout(&run(&[
        "--root", root, "help", KEYWORD, "--lang", "fr", "--format", "html",
    ]));
    assert!(
        html.contains(
            "<p lang=\"en\" class=\"fallback\"><span class=\"fallback-badge\" lang=\"fr\">"
        ),
        "{html}"
    );
    assert!(html.contains("class=\"fallback-note\""));
    let term = stdout(&run(&["--root", root, "help", KEYWORD, "--lang", "fr"]));
    assert!(term.contains("1 bloc"), "{term}");
}

#[test]
fn strict_turns_a_fallback_into_an_error() {
    let root = tree_without_french_thumbprint();
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "help",
        KEYWORD,
        "--lang",
        "fr",
        "--strict",
    ]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("--strict") && err.contains("thumbprint") && err.contains("fr"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn strict_passes_when_the_locale_is_complete() {
    for lang in ["en", "ru", "zh-TW", "fr", "es", "de"] {
        let out = run(&[
            "help", KEYWORD, "--lang", lang, "--strict", "--format", "md",
        ]);
        assert_eq!(code(&out), 0, "{lang}: {}", stderr(&out));
        assert_eq!(front(&stdout(&out), "fallback"), None, "{lang}");
    }
}

#[test]
fn message_whose_term_is_missing_falls_back() {
    let root = tree();
    edit(
        root.path(),
        "locales/de/ui.ftl",
        "-button-view-details =",
        "-button-view-details-renamed =",
    );
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "help",
        KEYWORD,
        "--lang",
        "de",
        "--format",
        "md",
    ]);
    let md = stdout(&out);
    assert!(md.contains("Click **View Certificate Details**"), "{md}");
    assert_eq!(front(&md, "fallback").unwrap(), "[\"view-details\"]");
}

/// A tree whose French topic lacks the lines starting with `prefix`.
fn tree_without_french(prefix: &str) -> tempfile::TempDir {
    let root = tree();
    let text = std::fs::read_to_string(root.path().join(FR)).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with(prefix)).collect();
    std::fs::write(root.path().join(FR), kept.join("\n") + "\n").unwrap();
    root
}

#[test]
fn a_missing_description_is_a_recorded_fallback() {
    let root = tree_without_french("description =");
    let r = root.path().to_str().unwrap();
    let out = run(&[
        "--root", r, "help", KEYWORD, "--lang", "fr", "--format", "md",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let md = stdout(&out);
    assert_eq!(front(&md, "fallback").unwrap(), "[\"description\"]", "{md}");
    assert!(
        front(&md, "description").unwrap().contains("What the"),
        "{md}"
    );
    // --strict refuses it.
    let out = run(&["--root", r, "help", KEYWORD, "--lang", "fr", "--strict"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("description"), "{}", stderr(&out));
    // The export counts it, in both formats.
    for format in ["md", "html"] {
        let dir = tempfile::tempdir().unwrap();
        let out_dir = dir.path().join("site");
        let out = run(&[
            "--root",
            r,
            "--json",
            "export",
            "--format",
            format,
            "--lang",
            "fr",
            "--out",
            out_dir.to_str().unwrap(),
        ]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let summary: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(summary["fallbacks"], 1, "{format}: {summary}");
    }
}

#[test]
fn a_message_used_twice_on_a_page_is_listed_once() {
    // The title is the page's title and its first heading.
    let root = tree_without_french("title =");
    let r = root.path().to_str().unwrap();
    let md = stdout(&run(&[
        "--root", r, "help", KEYWORD, "--lang", "fr", "--format", "md",
    ]));
    assert_eq!(front(&md, "fallback").unwrap(), "[\"title\"]", "{md}");
    let out = run(&["--root", r, "help", KEYWORD, "--lang", "fr", "--strict"]);
    let err = stderr(&out);
    assert!(
        err.contains(": title") && !err.contains("title, title"),
        "{err}"
    );
    assert!(err.contains("1 message"), "{err}");
}

#[test]
fn an_untranslated_label_a_format_shows_is_a_fallback() {
    // The page has an IMPORTANT alert, titled by alert-important from ui.ftl.
    let root = tree();
    let ui = root.path().join("locales/fr/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("alert-important =") && !l.starts_with("site-all-topics ="))
        .collect();
    std::fs::write(&ui, kept.join("\n") + "\n").unwrap();
    let r = root.path().to_str().unwrap();
    let md = stdout(&run(&[
        "--root", r, "help", KEYWORD, "--lang", "fr", "--format", "md",
    ]));
    // Markdown keeps `> [!IMPORTANT]` and shows no label: nothing fell back.
    assert_eq!(front(&md, "fallback"), None, "{md}");
    let out = run(&["--root", r, "help", KEYWORD, "--lang", "fr", "--strict"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    // The HTML site puts "All topics" on every page: each page counts it.
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("site");
    let out = run(&[
        "--root",
        r,
        "--json",
        "export",
        "--lang",
        "fr",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let summary: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let pages = summary["pages"].as_u64().unwrap();
    assert!(summary["fallbacks"].as_u64().unwrap() >= pages, "{summary}");
}

#[test]
fn topics_counts_a_missing_description() {
    let root = tree_without_french("description =");
    let out = run(&["--root", root.path().to_str().unwrap(), "--json", "topics"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == TOPIC)
        .unwrap();
    assert_eq!(row["missing"]["fr"], 1, "{row}");
    assert_eq!(row["missing"]["de"], 0, "{row}");
}
