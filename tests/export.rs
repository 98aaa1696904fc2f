//! `docwiz export`: the static site (checked link by link, and in Chromium for
//! the F1 redirects), DocFX-style Markdown, sanitizing, and failure without
//! half-written output.

mod common;
use common::*;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const LOCALES: [&str; 6] = ["en", "ru", "zh-TW", "fr", "es", "de"];

fn export(args: &[&str]) -> std::process::Output {
    let mut all = vec!["export"];
    all.extend(args);
    run(&all)
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            html_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}

/// Values of `attr="…"` in a page.
fn attributes(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    html.split(&needle)
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].replace("&amp;", "&"))
        .collect()
}

fn ids(html: &str) -> BTreeSet<String> {
    attributes(html, "id").into_iter().collect()
}

#[test]
fn site_has_every_topic_in_every_locale_with_switcher_alternates_and_anchors() {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    let out = export(&["--out", site.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let topics = [
        "certificate-request-returned",
        "certificate-wizard",
        "certificate-request",
        "certificate-assignment",
        "certificate-details",
        "certificate-import",
        "trust-import",
        "certificate-renewal",
        "certificate-revocation",
        "certificate-removal",
        "certificate-export",
    ];
    let summary = stderr(&out);
    assert!(
        summary.contains(&format!(
            "{} pages written to {}",
            topics.len() * 6,
            site.display()
        )),
        "{summary}"
    );
    for lang in LOCALES {
        for topic in topics {
            let html =
                std::fs::read_to_string(site.join(lang).join(format!("{topic}.html"))).unwrap();
            assert!(
                html.contains(&format!("<html lang=\"{lang}\">")),
                "{lang}/{topic}"
            );
            for other in LOCALES {
                assert!(html.contains(&format!("<link rel=\"alternate\" hreflang=\"{other}\" href=\"../{other}/{topic}.html\">")), "{lang}/{topic} → {other}");
            }
            assert!(html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"../en/{topic}.html\">"
            )));
            assert!(
                html.contains(&format!("<span lang=\"{lang}\" aria-current=\"page\">")),
                "{lang}/{topic}"
            );
            assert!(
                html.contains(&format!("<a class=\"anchor\" href=\"#{topic}\"")),
                "{lang}/{topic}"
            );
        }
        assert!(site.join(lang).join("index.html").exists());
    }
    let de = std::fs::read_to_string(site.join("de/certificate-request-returned.html")).unwrap();
    assert!(de.contains("<div class=\"alert alert-important\" role=\"note\">\n<p class=\"alert-title\">Wichtig</p>"), "{de}");
    let css = std::fs::read_to_string(site.join("style.css")).unwrap();
    assert!(css.contains("@media (prefers-color-scheme: dark)") && css.contains("@media print"));
    assert!(site.join(".docwiz-export").exists());
    assert!(
        !site.join("en/no-match.html").exists(),
        "the no-match page is only for unknown keywords"
    );
    // The pages that redirect have alternates too.
    let root = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(
        root.contains("<link rel=\"alternate\" hreflang=\"zh-TW\" href=\"zh-TW/index.html\">"),
        "{root}"
    );
    let f1 = std::fs::read_to_string(site.join("f1/ms.lync.dep.deploycertsmain.html")).unwrap();
    assert!(
        f1.contains(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"../en/certificate-wizard.html\">"
        ),
        "{f1}"
    );
}

#[test]
fn no_internal_link_is_broken() {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    assert_eq!(code(&export(&["--out", site.to_str().unwrap()])), 0);
    let mut pages = Vec::new();
    html_files(&site, &mut pages);
    assert!(pages.len() > 50);
    let mut checked = 0;
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        for href in attributes(&html, "href")
            .into_iter()
            .chain(attributes(&html, "src"))
        {
            assert!(
                !href.starts_with("http:")
                    && !href.starts_with("https:")
                    && !href.starts_with("//"),
                "{}: external {href}",
                page.display()
            );
            let (path, fragment) = href.split_once('#').unwrap_or((&href, ""));
            let target = if path.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap().join(path)
            };
            assert!(target.is_file(), "{}: broken link {href}", page.display());
            if !fragment.is_empty() {
                let target_html = std::fs::read_to_string(&target).unwrap();
                assert!(
                    ids(&target_html).contains(fragment),
                    "{}: no #{fragment} in {}",
                    page.display(),
                    target.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked}");
}

#[test]
fn f1_map_and_pages_cover_every_keyword() {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    assert_eq!(code(&export(&["--out", site.to_str().unwrap()])), 0);
    let map: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("f1-map.json")).unwrap()).unwrap();
    let topics: serde_json::Value =
        serde_json::from_slice(&run(&["topics", "--json"]).stdout).unwrap();
    for topic in topics.as_array().unwrap() {
        for keyword in topic["f1"].as_array().unwrap() {
            let keyword = keyword.as_str().unwrap();
            let locales = &map[keyword][topic["id"].as_str().unwrap()];
            assert_eq!(locales.as_object().unwrap().len(), 6, "{keyword}");
            for (_, url) in locales.as_object().unwrap() {
                assert!(site.join(url.as_str().unwrap()).is_file(), "{url}");
            }
            assert!(
                site.join("f1")
                    .join(format!("{}.html", keyword.to_lowercase()))
                    .is_file(),
                "{keyword}"
            );
        }
    }
}

/// Chromium headless with a given browser language; returns the DOM it ends on.
fn chromium(url: &Path, lang: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new("chromium");
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--virtual-time-budget=5000",
    ])
    .arg(format!("--user-data-dir={}", profile.path().display()))
    .arg(format!("--lang={lang}"))
    .arg(format!("--accept-lang={lang}"));
    let out = cmd
        .arg("--dump-dom")
        .arg(format!("file://{}", url.display()))
        .output()
        .expect("chromium is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn f1_page_sends_the_browser_to_its_language_and_works_without_javascript() {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    assert_eq!(code(&export(&["--out", site.to_str().unwrap()])), 0);
    let f1 = site.join("f1/ms.lync.dep.deploycertrequestreturned.html");
    for (browser, expected) in [
        ("fr-CA", "fr"),
        ("zh-HK", "zh-TW"),
        ("zh-CN", "en"),
        ("de-CH", "de"),
        ("pt-BR", "en"),
        ("es-419", "es"),
    ] {
        let dom = chromium(&f1, browser);
        assert!(
            dom.contains(&format!("<html lang=\"{expected}\">")),
            "{browser}: {}",
            &dom[..dom.len().min(300)]
        );
        assert!(
            dom.contains("id=\"certificate-request-returned\""),
            "{browser}"
        );
    }
    // The root index sends the reader to their language's index.
    let dom = chromium(&site.join("index.html"), "ru-RU");
    assert!(
        dom.contains("<html lang=\"ru\">") && dom.contains("Разделы справки"),
        "{dom}"
    );
    // Without JavaScript the body itself is the page: a list of links, one per language.
    let html = std::fs::read_to_string(&f1).unwrap();
    let body = &html[html.find("<body>").unwrap()..];
    for lang in LOCALES {
        assert!(
            body.contains(&format!(
                "href=\"../{lang}/certificate-request-returned.html\""
            )),
            "{lang}: {body}"
        );
    }
}

#[test]
fn fallback_blocks_are_marked_english_with_a_visible_note() {
    let root = tree();
    let file = "locales/es/topics/certificate-wizard.ftl";
    let text = std::fs::read_to_string(root.path().join(file)).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("intro =")).collect();
    std::fs::write(root.path().join(file), kept.join("\n")).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "export",
        "--out",
        site.to_str().unwrap(),
        "--lang",
        "es",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 mensaje se muestra en inglés"),
        "{}",
        stderr(&out)
    );
    let html = std::fs::read_to_string(site.join("es/certificate-wizard.html")).unwrap();
    assert!(
        html.contains(
            "<p lang=\"en\" class=\"fallback\"><span class=\"fallback-badge\" lang=\"es\">"
        ),
        "{html}"
    );
    assert!(
        html.contains("<footer class=\"fallback-note\" lang=\"es\">"),
        "{html}"
    );
    assert!(!site.join("en").exists(), "only the languages asked for");
}

#[test]
fn markdown_export_has_docfx_front_matter_and_keeps_alerts() {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("md");
    let out = export(&["--format", "md", "--out", site.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let md = std::fs::read_to_string(site.join("fr/certificate-request-returned.md")).unwrap();
    assert!(
        md.starts_with("---\ntitle: \"Demande de certificat (renvoyée)\"\ndescription: "),
        "{md}"
    );
    // The schema of the seed pages (Microsoft Learn's current one).
    assert!(md.contains("\nms.assetid: 4ada9045-0fdf-4470-8574-2fa08bab9392\n"));
    assert!(
        md.contains(
            "\nms.topic: article\nms.custom:\n- \"ms.lync.dep.DeployCertRequestReturned\"\nf1.keywords:\n- CSH\nms.localizationpriority: medium\n"
        ),
        "{md}"
    );
    assert!(md.contains("\nROBOTS: NOINDEX, NOFOLLOW\n"), "{md}");
    assert!(md.contains("\nms.contentlocale: fr-FR\n"), "{md}");
    // The English original names no content locale; zh-TW keeps its region.
    let en = std::fs::read_to_string(site.join("en/certificate-request-returned.md")).unwrap();
    assert!(!en.contains("ms.contentlocale"), "{en}");
    let zh = std::fs::read_to_string(site.join("zh-TW/certificate-request-returned.md")).unwrap();
    assert!(zh.contains("\nms.contentlocale: zh-TW\n"), "{zh}");
    // Read back as a topic, the exported page names the same keywords.
    let back = md.replace("title:", "id: certificate-request-returned\ntitle:");
    let back_root = tree();
    std::fs::write(
        back_root
            .path()
            .join("content/certificate-request-returned.md"),
        back.split("\n---\n").next().unwrap().to_string()
            + "\n---\n# {{ title }} {#certificate-request-returned}\n",
    )
    .unwrap();
    let out = run(&[
        "--root",
        back_root.path().to_str().unwrap(),
        "help",
        "ms.lync.dep.DeployCertRequestReturned",
        "--format",
        "md",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(md.contains("\n> [!IMPORTANT]\n> "));
    assert!(
        md.contains("# <a name=\"certificate-request-returned\"></a>Demande de certificat"),
        "{md}"
    );
    for lang in LOCALES {
        assert!(site.join(lang).join("certificate-wizard.md").is_file());
    }
}

#[test]
fn hostile_translation_cannot_inject_script() {
    let root = tree();
    let file = "locales/fr/topics/certificate-wizard.ftl";
    let text = std::fs::read_to_string(root.path().join(file)).unwrap();
    let hostile: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("intro =") {
                "intro = <script>alert(1)</script><img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">x</a> [y](javascript:alert(4)) <svg onload=alert(5)>".to_string()
            } else if l.starts_with("usages-expiry =") {
                "usages-expiry =\n    <div onmouseover=\"alert(6)\"><iframe src=\"javascript:alert(7)\"></iframe><style>body</style>ok</div>".to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(root.path().join(file), hostile.join("\n")).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "export",
        "--out",
        site.to_str().unwrap(),
        "--lang",
        "fr",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let html = std::fs::read_to_string(site.join("fr/certificate-wizard.html"))
        .unwrap()
        .to_lowercase();
    let tags: Vec<&str> = html
        .split('<')
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap_or(t.len())])
        .collect();
    for tag in tags {
        // The site's own search script, the one script a page loads.
        if tag == "script src=\"../search.js\" defer" {
            continue;
        }
        let name = tag.split_whitespace().next().unwrap_or("");
        assert!(
            !["script", "img", "iframe", "svg", "style"].contains(&name),
            "<{tag}>"
        );
        assert!(
            !tag.split_whitespace().skip(1).any(|a| a.starts_with("on")),
            "<{tag}>"
        );
        assert!(!tag.contains("javascript:"), "<{tag}>");
    }
}

#[test]
fn bad_content_fails_the_export_and_leaves_the_previous_one_intact() {
    let root = tree();
    let r = root.path().to_str().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    assert_eq!(
        code(&run(&[
            "--root",
            r,
            "export",
            "--out",
            site.to_str().unwrap()
        ])),
        0
    );
    let before = snapshot(&site);
    let file = "locales/ru/topics/certificate-details.ftl";
    edit(
        root.path(),
        file,
        "\nfield-validity = ",
        "\nfield-validity = { ",
    );
    let out = run(&["--root", r, "export", "--out", site.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    let path = root.path().join(file).display().to_string();
    assert!(
        stderr(&out)
            .lines()
            .any(|l| l.starts_with(&format!("{path}:")) && l.contains(": error: ")),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("Nothing was exported"));
    assert_eq!(before, snapshot(&site), "the earlier export is untouched");
    let leftovers: Vec<_> = std::fs::read_dir(out_dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no staging directory is left: {leftovers:?}"
    );
    // A fresh output directory is not even created.
    let fresh = out_dir.path().join("fresh");
    assert_eq!(
        code(&run(&[
            "--root",
            r,
            "export",
            "--out",
            fresh.to_str().unwrap()
        ])),
        2
    );
    assert!(!fresh.exists());
}

#[test]
fn export_refuses_to_replace_a_foreign_directory() {
    let out_dir = tempfile::tempdir().unwrap();
    std::fs::write(out_dir.path().join("precious.txt"), "keep me").unwrap();
    let out = export(&["--out", out_dir.path().to_str().unwrap()]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("was not written by docwiz export"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(out_dir.path().join("precious.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn live_state_goes_into_the_export_only_when_asked() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    let out_dir = tempfile::tempdir().unwrap();
    let plain = out_dir.path().join("plain");
    let live = out_dir.path().join("live");
    wizard_ok(
        s,
        &["export", "--out", plain.to_str().unwrap(), "--lang", "en"],
    );
    wizard_ok(
        s,
        &[
            "export",
            "--out",
            live.to_str().unwrap(),
            "--lang",
            "en",
            "--live",
        ],
    );
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let page = |dir: &Path| {
        std::fs::read_to_string(dir.join("en/certificate-request-returned.html")).unwrap()
    };
    assert!(!page(&plain).contains(thumbprint));
    assert!(!page(&plain).contains("live-status"));
    assert!(page(&live).contains(thumbprint));
}

#[test]
fn progress_bar_is_drawn_on_a_terminal() {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    let bin = env!("CARGO_BIN_EXE_docwiz");
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{bin} export --out {}", site.display()),
            "/dev/null",
        ])
        .env("XDG_CACHE_HOME", env!("CARGO_TARGET_TMPDIR"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(
        screen.contains("[#########################] 66/66"),
        "{screen}"
    );
    assert!(screen.contains("66 pages written to"), "{screen}");
}

#[test]
fn base_url_makes_the_alternates_absolute() {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    let out = export(&[
        "--out",
        site.to_str().unwrap(),
        "--base-url",
        "https://docs.example.org/help/",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let html = std::fs::read_to_string(site.join("fr/certificate-wizard.html")).unwrap();
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"https://docs.example.org/help/de/certificate-wizard.html\">"), "{html}");
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://docs.example.org/help/en/certificate-wizard.html\">"));
    // The switcher stays relative, so the site also works from disk.
    assert!(
        html.contains("<a href=\"../de/certificate-wizard.html\" lang=\"de\" hreflang=\"de\">")
    );
}

/// An output directory that cannot be made is named as the user gave it,
/// not by the staging directory docwiz makes beside it.
#[test]
fn an_unwritable_output_is_named_as_given() {
    let out = run(&[
        "--lang",
        "de",
        "export",
        "--format",
        "md",
        "--out",
        "/proc/docwiz-x",
    ]);
    assert_ne!(code(&out), 0);
    let err = stderr(&out);
    assert!(err.contains("/proc/docwiz-x "), "{err}");
    assert!(!err.contains(".tmp-"), "{err}");
}
