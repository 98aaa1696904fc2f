//! Links between topics (`[text](topic:<id>#<anchor>)`): what each format
//! makes of them, and lint's errors for a link that goes nowhere.

mod common;
use common::*;

const LOCALES: [&str; 6] = ["en", "ru", "zh-TW", "fr", "es", "de"];

/// The status page topic links to details, assignment and trust import.
const TARGETS: [(&str, Option<&str>); 4] = [
    ("certificate-details", Some("fields")),
    ("certificate-assignment", None),
    ("trust-import", Some("trusting-a-root")),
    ("trust-import", Some("intermediates")),
];

fn help(lang: &str, format: &str) -> String {
    let out = run(&[
        "--lang",
        lang,
        "help",
        TOPIC,
        "--no-live",
        "--format",
        format,
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn the_terminal_names_the_linked_topic_and_the_command_in_every_language() {
    for lang in LOCALES {
        let page = help(lang, "term");
        for (topic, anchor) in TARGETS {
            // The command is one unbroken code span, and opens the section.
            let target = anchor.map_or(topic.to_string(), |a| format!("{topic}#{a}"));
            assert!(
                // With the --lang of this run, so that it opens in the same language.
                page.contains(&format!("`docwiz --lang {lang} help {target}`")),
                "{lang}: no command for {target}:\n{page}"
            );
        }
        assert!(!page.contains("topic:"), "{lang}:\n{page}");
    }
    let de = help("de", "term").replace('\n', " ").replace("  ", " ");
    assert!(
        de.contains(
            "in einem eigenen Schritt (Zertifikat zuweisen: `docwiz --lang de help certificate-assignment`)"
        ),
        "{de}"
    );
    let zh = help("zh-TW", "term").replace('\n', "");
    assert!(
        zh.contains(
            "在另一個步驟中指派憑證（指派憑證：`docwiz --lang zh-TW help certificate-assignment`）"
        ),
        "{zh}"
    );
}

#[test]
fn markdown_and_html_link_to_the_topic_file_in_the_same_directory() {
    for lang in LOCALES {
        let md = help(lang, "md");
        let html = help(lang, "html");
        for (topic, anchor) in TARGETS {
            let tail = anchor.map(|a| format!("#{a}")).unwrap_or_default();
            assert!(
                md.contains(&format!("]({topic}.md{tail})")),
                "{lang}: {topic}{tail} in Markdown:\n{md}"
            );
            assert!(
                html.contains(&format!("<a href=\"{topic}.html{tail}\">")),
                "{lang}: {topic}{tail} in HTML:\n{html}"
            );
        }
        assert!(!md.contains("topic:") && !html.contains("topic:"), "{lang}");
    }
}

#[test]
fn exported_links_reach_their_page_and_anchor() {
    for format in ["html", "md"] {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        let out = run(&[
            "export",
            "--format",
            format,
            "--out",
            site.to_str().unwrap(),
        ]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        for lang in LOCALES {
            let page =
                std::fs::read_to_string(site.join(lang).join(format!("{TOPIC}.{format}"))).unwrap();
            for (topic, anchor) in TARGETS {
                let tail = anchor.map(|a| format!("#{a}")).unwrap_or_default();
                let href = format!("{topic}.{format}{tail}");
                assert!(page.contains(&href), "{lang}/{TOPIC}.{format}: no {href}");
                let target =
                    std::fs::read_to_string(site.join(lang).join(format!("{topic}.{format}")))
                        .unwrap_or_else(|_| panic!("{lang}/{topic}.{format} is missing"));
                if let Some(anchor) = anchor {
                    // DocFX Markdown declares a heading's id as an HTML anchor.
                    let declared = if format == "html" {
                        format!("id=\"{anchor}\"")
                    } else {
                        format!("<a name=\"{anchor}\"></a>")
                    };
                    assert!(
                        target.contains(&declared),
                        "{lang}/{topic}.{format}: no {anchor}"
                    );
                }
            }
        }
    }
}

/// 1-based line and column of `needle` in the file.
fn position(path: &std::path::Path, needle: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(path).unwrap();
    for (i, line) in text.lines().enumerate() {
        if let Some(at) = line.find(needle) {
            return (i + 1, line[..at].chars().count() + 1);
        }
    }
    panic!("{needle} not in {}", path.display());
}

#[test]
fn lint_reports_a_link_to_an_unknown_topic_or_anchor_where_it_is_written() {
    let root = tree();
    let r = root.path();
    // A translation links to a topic that does not exist …
    let de = "locales/de/topics/certificate-request-returned.ftl";
    edit(
        r,
        de,
        "topic:certificate-assignment",
        "topic:certificate-asignment",
    );
    // … English to an anchor the topic does not have …
    let en = "locales/en/topics/certificate-request-returned.ftl";
    edit(
        r,
        en,
        "topic:trust-import#intermediates",
        "topic:trust-import#intermediate-cas",
    );
    // … and a template to an unknown topic.
    let template = "content/certificate-details.md";
    edit(
        r,
        template,
        "{{ intro }}",
        "{{ intro }} [more](topic:no-such-topic)",
    );
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    for (file, needle, words) in [
        (de, "topic:certificate-asignment", "certificate-asignment"),
        (
            en,
            "topic:trust-import#intermediate-cas",
            "intermediate-cas",
        ),
        (template, "topic:no-such-topic", "no-such-topic"),
    ] {
        let (line, col) = position(&r.join(file), needle);
        let prefix = format!("{}:{line}:{col}: error: ", r.join(file).display());
        assert!(
            err.lines()
                .any(|l| l.starts_with(&prefix) && l.contains(words)),
            "no {prefix}… for {needle}:\n{err}"
        );
    }
    // The shipped content has no such link.
    let shipped = run(&["lint"]);
    assert_eq!(code(&shipped), 0, "{}", stderr(&shipped));
}

#[test]
fn a_malformed_topic_link_is_no_link_and_lint_reports_it() {
    let root = tree();
    let r = root.path();
    let de = "locales/de/topics/certificate-request-returned.ftl";
    edit(
        r,
        de,
        "\nthumbprint = ",
        "\nthumbprint = [a](topic:javascript:alert(1)) [b](topic:../../secret) [c](TOPIC:trust-import) ",
    );
    let root_arg = r.to_str().unwrap();
    for format in ["html", "md"] {
        let out = run(&[
            "--root",
            root_arg,
            "--lang",
            "de",
            "help",
            TOPIC,
            "--no-live",
            "--format",
            format,
        ]);
        let page = stdout(&out);
        assert!(!page.contains("javascript:"), "{format}:\n{page}");
        assert!(!page.contains("secret."), "{format}:\n{page}");
        // A well-formed link in another case is a link.
        assert!(
            page.contains(&format!("trust-import.{format}")),
            "{format}:\n{page}"
        );
    }
    let out = run(&["--root", root_arg, "lint"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    for needle in ["topic:javascript:alert(1)", "topic:../../secret"] {
        let (line, col) = position(&r.join(de), needle);
        let prefix = format!("{}:{line}:{col}: error: ", r.join(de).display());
        assert!(
            err.lines().any(|l| l.starts_with(&prefix)),
            "no {prefix}… for {needle}:\n{err}"
        );
    }
}

#[test]
fn a_link_that_goes_nowhere_fails_help_strict_export_and_the_preview() {
    let root = tree();
    let r = root.path();
    let de = "locales/de/topics/certificate-request-returned.ftl";
    edit(
        r,
        de,
        "topic:certificate-assignment",
        "topic:certificate-asignment",
    );
    let en = "locales/en/topics/certificate-request-returned.ftl";
    edit(
        r,
        en,
        "topic:trust-import#intermediates",
        "topic:trust-import#intermediate-cas",
    );
    let root_arg = r.to_str().unwrap();
    let expected = |file: &str, needle: &str| {
        let (line, col) = position(&r.join(file), needle);
        format!("{}:{line}:{col}: ", r.join(file).display())
    };
    let unknown_topic = expected(de, "topic:certificate-asignment");
    let unknown_anchor = expected(en, "topic:trust-import#intermediate-cas");
    // help --strict: refused, each link an error at its file, line and column.
    for (lang, at, words) in [
        ("de", &unknown_topic, "certificate-asignment"),
        ("en", &unknown_anchor, "intermediate-cas"),
    ] {
        let out = run(&[
            "--root",
            root_arg,
            "--lang",
            lang,
            "help",
            TOPIC,
            "--no-live",
            "--strict",
        ]);
        assert_ne!(code(&out), 0, "{lang}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.lines()
                .any(|l| l.starts_with(at.as_str()) && l.contains(words)),
            "{lang}: no {at}… for {words}:\n{err}"
        );
    }
    // export: bad content, exit 2, nothing written.
    for format in ["html", "md"] {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        let out = run(&[
            "--root",
            root_arg,
            "export",
            "--format",
            format,
            "--out",
            site.to_str().unwrap(),
        ]);
        assert_eq!(code(&out), 2, "{format}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&unknown_topic) || err.contains(&unknown_anchor),
            "{format}:\n{err}"
        );
        assert!(
            !site.exists(),
            "{format}: a site with a dead link was written"
        );
    }
    // serve --root: the preview answers with the errors, as for other
    // broken topics.
    let store = tempfile::tempdir().unwrap();
    let server = common::serve::Server::start(&[
        "--root",
        root_arg,
        "--store",
        store.path().to_str().unwrap(),
    ]);
    for (lang, at) in [("de", &unknown_topic), ("en", &unknown_anchor)] {
        let page = server.get(&format!("/{lang}/{TOPIC}.html"), &[]);
        assert_eq!(page.status, 500, "{lang}: {}", page.body);
        let body = common::serve::unescape(&page.body);
        assert!(body.contains(at.as_str()), "{lang}: no {at}:\n{body}");
    }
}

#[test]
fn a_link_to_a_section_names_it_and_help_opens_the_topic_there() {
    // The terminal shows the section's heading after the topic's title.
    // (The link is in an alert: its frame is taken out with the line breaks.)
    let de = help("de", "term")
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let heading = |lang: &str| {
        let ftl =
            std::fs::read_to_string(repo().join(format!("locales/{lang}/topics/trust-import.ftl")))
                .unwrap();
        ftl.lines()
            .find_map(|l| l.strip_prefix("root-heading = "))
            .unwrap()
            .to_string()
    };
    let root_heading = heading("de");
    assert!(
        de.contains(&format!(
            "› {root_heading}: `docwiz --lang de help trust-import#trusting-a-root`"
        )),
        "{de}"
    );
    // `help TOPIC#ANCHOR` shows the topic's title and that section, in every format.
    let other = |lang: &str| {
        let ftl =
            std::fs::read_to_string(repo().join(format!("locales/{lang}/topics/trust-import.ftl")))
                .unwrap();
        ftl.lines()
            .find_map(|l| l.strip_prefix("intermediate-heading = "))
            .unwrap()
            .to_string()
    };
    for lang in LOCALES {
        for format in ["term", "md", "html"] {
            let out = run(&[
                "--lang",
                lang,
                "help",
                "trust-import#trusting-a-root",
                "--no-live",
                "--format",
                format,
            ]);
            assert_eq!(code(&out), 0, "{lang} {format}: {}", stderr(&out));
            let page = stdout(&out);
            // The page's text, without the front matter or the head (the
            // description names the other section's subject too).
            let body = match format {
                "md" => page.splitn(3, "---\n").nth(2).unwrap_or_default(),
                "html" => page.split("<body").nth(1).unwrap_or_default(),
                _ => page.as_str(),
            };
            assert!(body.contains(&heading(lang)), "{lang} {format}:\n{page}");
            assert!(!body.contains(&other(lang)), "{lang} {format}:\n{page}");
        }
    }
    // An anchor the topic lacks: the whole topic, and a warning that says so.
    let out = run(&["help", "trust-import#no-such-section", "--no-live"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains(&other("en")));
    assert!(stderr(&out).contains("no-such-section"), "{}", stderr(&out));
}

#[test]
fn the_shipped_topics_link_where_they_refer_to_each_other() {
    // (topic, a link it has), in every language.
    let links = [
        ("certificate-wizard", "certificate-renewal.md)"),
        ("certificate-wizard", "trust-import.md)"),
        ("certificate-wizard", "certificate-details.md)"),
        ("certificate-renewal", "certificate-assignment.md#checks)"),
        ("certificate-assignment", "certificate-renewal.md)"),
        ("certificate-assignment", "trust-import.md)"),
        ("certificate-import", "certificate-assignment.md)"),
        ("certificate-request", "trust-import.md#trusting-a-root)"),
        ("trust-import", "certificate-request-returned.md)"),
    ];
    for lang in LOCALES {
        for (topic, href) in links {
            let out = run(&["--lang", lang, "help", topic, "--no-live", "--format", "md"]);
            assert_eq!(code(&out), 0, "{lang} {topic}: {}", stderr(&out));
            assert!(
                stdout(&out).contains(&format!("]({href}")),
                "{lang}: {topic} does not link to {href}"
            );
        }
    }
}

/// Issue 15: in the terminal a topic's command examples (code spans that
/// start with `docwiz `) are spelt with the run's `--store` and `--lang`, as
/// its links' commands are, so that they run as printed on the same store
/// in the same language; Markdown and HTML keep them as written.
#[test]
fn command_examples_in_the_terminal_keep_the_runs_store_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let store_arg = store.to_str().unwrap();
    let printed = |format: &str| {
        let out = docwiz()
            .env("COLUMNS", "400")
            .args(["--store", store_arg, "--lang", "de", "help", "trust-import"])
            .args(["--no-pager", "--format", format])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        stdout(&out)
    };
    let term = printed("term");
    assert!(
        term.contains(&format!(
            "`docwiz --store {store_arg} --lang de trust import-root <DATEI>`"
        )),
        "{term}"
    );
    assert!(
        !term.contains("`docwiz trust") && !term.contains("`docwiz certs"),
        "an example without --store and --lang:\n{term}"
    );
    for format in ["md", "html"] {
        let text = printed(format);
        assert!(
            text.contains("docwiz trust import-root &lt;DATEI&gt;")
                || text.contains("docwiz trust import-root <DATEI>"),
            "{format}:\n{text}"
        );
        assert!(
            !text.contains(&format!("--store {store_arg} --lang de trust")),
            "{format}:\n{text}"
        );
    }
}
