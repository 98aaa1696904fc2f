//! The three output formats, side-by-side review, and sanitizing translations.

mod common;
use common::*;

#[test]
fn markdown_has_front_matter_and_keeps_the_alert() {
    let out = run(&["help", KEYWORD, "--format", "md", "--lang", "es"]);
    assert_eq!(code(&out), 0);
    let md = stdout(&out);
    assert_eq!(front(&md, "id").unwrap(), format!("\"{TOPIC}\""));
    assert_eq!(front(&md, "locale").unwrap(), "\"es\"");
    assert_eq!(front(&md, "f1").unwrap(), format!("[\"{KEYWORD}\"]"));
    assert!(
        front(&md, "title")
            .unwrap()
            .contains("Solicitud de certificado")
    );
    assert!(md.contains("\n> [!IMPORTANT]\n> "), "{md}");
    assert!(md.contains("{#certificate-request-returned}"));
}

#[test]
fn html_is_a_complete_page_with_ids_and_a_localized_alert() {
    let out = run(&["help", KEYWORD, "--format", "html", "--lang", "de"]);
    assert_eq!(code(&out), 0);
    let html = stdout(&out);
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"),
        "{html}"
    );
    assert!(
        html.contains("<title>Zertifikatanforderung (zurückgegeben)</title>"),
        "{html}"
    );
    assert!(
        html.contains("<h1 id=\"certificate-request-returned\">"),
        "{html}"
    );
    assert!(html.contains("<h2 id=\"default-purposes\">"));
    assert!(html.contains("<div class=\"alert alert-important\" role=\"note\">\n<p class=\"alert-title\">Wichtig</p>"), "{html}");
    assert!(html.contains("<strong>Fertig stellen</strong>"));
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn terminal_output_is_plain_and_wrapped_when_piped() {
    let out = docwiz()
        .args(["help", KEYWORD, "--lang", "zh-TW", "--no-live"])
        .env("COLUMNS", "40")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(
        !text.contains('\x1b'),
        "no ANSI when stdout is not a terminal"
    );
    for line in text.lines() {
        let width = unicode_width::UnicodeWidthStr::width(line);
        assert!(width <= 40, "line wider than 40 columns: {line:?}");
    }
    // The alert is a labelled block with the localized label.
    assert!(text.contains("│ 重要\n"), "{text}");
}

/// Runs docwiz on a pseudo-terminal of the given width (util-linux `script`).
fn on_terminal(cols: u16, args: &str) -> String {
    let bin = env!("CARGO_BIN_EXE_docwiz");
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("stty rows 24 cols {cols}; {bin} {args}"),
            "/dev/null",
        ])
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("util-linux script runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n")
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn terminal_output_is_styled_and_wrapped_to_the_terminal_width() {
    // The page is longer than the 24 rows: without --no-pager it would open
    // in the pager (tests/help_pager.rs).
    let text = on_terminal(50, &format!("help {KEYWORD} --lang de --no-pager"));
    assert!(
        text.contains("\x1b[1mFertig stellen\x1b[22m"),
        "bold button name: {text:?}"
    );
    let plain = strip_ansi(&text);
    assert!(plain.contains("│ WICHTIG\n"), "{plain}");
    for line in plain.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 50,
            "wider than the terminal: {line:?}"
        );
    }
    assert!(
        plain
            .lines()
            .any(|l| unicode_width::UnicodeWidthStr::width(l) > 40),
        "uses the width"
    );
}

#[test]
fn terminal_alert_label_follows_the_language() {
    for (lang, label) in [
        ("en", "IMPORTANT"),
        ("ru", "ВАЖНО"),
        ("fr", "IMPORTANT"),
        ("es", "IMPORTANTE"),
        ("de", "WICHTIG"),
    ] {
        let out = run(&["help", KEYWORD, "--lang", lang]);
        assert!(
            stdout(&out).contains(&format!("│ {label}\n")),
            "{lang}: {}",
            stdout(&out)
        );
    }
}

#[test]
fn side_by_side_follows_each_block_with_its_english_source() {
    let out = run(&[
        "help",
        KEYWORD,
        "--lang",
        "fr",
        "--format",
        "md",
        "--side-by-side",
    ]);
    assert_eq!(code(&out), 0);
    let md = stdout(&out);
    let french = md.find("Demande de certificat (renvoyée)").unwrap();
    let english = md.find("Certificate Request (Returned)").unwrap();
    assert!(french < english);
    // Inside the alert, the source stays inside the alert.
    assert!(
        md.contains("\n>\n> *Texte source en anglais\u{202f}:* If the root certificate"),
        "{md}"
    );
    // In a list item, the source is a paragraph of the same item.
    assert!(
        md.contains("\n\n  *Texte source en anglais\u{202f}:* **Server default**"),
        "{md}"
    );
    let alert = md.find("> [!IMPORTANT]").unwrap();
    assert!(md[alert..].contains("If the root certificate of the issuing CA"));
    // HTML marks the source blocks as English.
    let out = run(&[
        "help",
        KEYWORD,
        "--lang",
        "fr",
        "--format",
        "html",
        "--side-by-side",
    ]);
    assert!(stdout(&out).contains("<p lang=\"en\" class=\"source\">"));
}

#[test]
fn output_is_deterministic() {
    for format in ["term", "md", "html"] {
        let a = run(&["help", KEYWORD, "--lang", "ru", "--format", format]);
        let b = run(&["help", KEYWORD, "--lang", "ru", "--format", format]);
        assert_eq!(a.stdout, b.stdout, "{format}");
    }
}

#[test]
fn markup_from_a_hostile_translation_is_neutralized_in_html() {
    let root = tree();
    let file = "locales/fr/topics/certificate-request-returned.ftl";
    let text = std::fs::read_to_string(root.path().join(file)).unwrap();
    let hostile = text
        .lines()
        .map(|l| {
            if l.starts_with("thumbprint =") {
                "thumbprint = Voir <img src=x onerror=alert(1)> et <script>alert(2)</script> <b>gras</b> [lien](javascript:alert(3)) [l2](JaVaScRiPt:alert(4))".to_string()
            } else if l.starts_with("finish-cleared =") {
                "finish-cleared =\n    <div onclick=\"alert(5)\"><a href=\"javascript:alert(6)\">x</a><iframe src=\"https://evil.example\"></iframe>bloc</div>".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(root.path().join(file), hostile).unwrap();
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "help",
        KEYWORD,
        "--lang",
        "fr",
        "--format",
        "html",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let html = stdout(&out).to_lowercase();
    let body = &html[html.find("<body>").unwrap()..];
    // Text `<` is escaped, so every `<` left starts a real tag.
    let tags: Vec<&str> = body
        .split('<')
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap()])
        .collect();
    for tag in &tags {
        let name = tag.split_whitespace().next().unwrap();
        assert!(!["script", "img", "iframe"].contains(&name), "<{tag}>");
        assert!(
            !tag.split_whitespace().skip(1).any(|a| a.starts_with("on")),
            "event handler in <{tag}>"
        );
        assert!(!tag.contains("javascript:"), "script URL in <{tag}>");
    }
    assert!(
        body.contains("&lt;script&gt;"),
        "hostile text is shown, escaped"
    );
    // Allowed inline markup and the text itself survive.
    assert!(body.contains("<b>gras</b>"), "{body}");
    assert!(body.contains("bloc"), "{body}");
    assert!(body.contains("lien"), "{body}");
}

#[test]
fn commands_in_code_wider_than_the_line_are_continued_as_the_shell_reads_them() {
    let store = tempfile::tempdir().unwrap();
    let out = docwiz()
        .args(["--store", store.path().to_str().unwrap(), "help", KEYWORD])
        .env("COLUMNS", "30")
        .output()
        .unwrap();
    let text = stdout(&out);
    let command = format!(
        "`docwiz --store {} wizard request --fqdn <FQDN>`",
        store.path().display()
    );
    // Every line fits; the pieces, joined as a pasted ` \` continuation is,
    // give the command back.
    assert!(
        text.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 30),
        "{text}"
    );
    let joined = joined_as_shell(&text);
    assert!(joined.lines().any(|l| l == command), "{text}");
}
