//! The exported site's search box (issue 13, item 2), in headless Chromium:
//! pages opened from the disk (`file://`, where the index must load without
//! fetch) and from a static server on 127.0.0.1, and `docwiz serve`'s pages;
//! inflected German, French without accents, Traditional Chinese inside
//! running text, results in the page's language, a localized "nothing
//! found", and a block a translation lacks found in English and marked.

#[path = "common/browser.rs"]
mod browser;
mod common;

use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use browser::Browser;
use common::serve::Server;
use common::*;

/// `python3 -m http.server` serving a directory on 127.0.0.1, as any static
/// host would; stopped when dropped.
struct StaticServer {
    child: Child,
    base: String,
}

impl StaticServer {
    fn start(dir: &Path) -> StaticServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let child = Command::new("python3")
            .args(["-m", "http.server", "--bind", "127.0.0.1"])
            .arg(port.to_string())
            .arg("--directory")
            .arg(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 is needed for a static server");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the static server did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        StaticServer {
            child,
            base: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One hit as the page shows it.
#[derive(Debug, serde::Deserialize)]
struct Hit {
    title: String,
    href: String,
    heading: Option<String>,
    anchor_href: Option<String>,
    snippet: String,
    snippet_lang: String,
    marks: Vec<String>,
    english: Option<String>,
}

/// What the search panel shows for `query`: its status line and hits.
fn search(browser: &Browser, query: &str) -> (String, Vec<Hit>) {
    browser.type_into("#search-query", query);
    browser.press(fantoccini::key::Key::Enter);
    let started = Instant::now();
    loop {
        let shown = browser.eval(
            r#"const panel = document.getElementById("search-results");
            if (panel.hidden) return null;
            const status = panel.querySelector(".search-status");
            return {
              status: status ? status.textContent : "",
              hits: Array.from(panel.querySelectorAll("ol.search-hits > li")).map(li => {
                const h = li.querySelector(".hit-heading"), s = li.querySelector(".hit-snippet"), e = li.querySelector(".hit-english");
                return {
                  title: li.querySelector(".hit-title").textContent,
                  href: li.querySelector(".hit-title").getAttribute("href"),
                  heading: h ? h.textContent : null,
                  anchor_href: h ? h.getAttribute("href") : null,
                  snippet: s ? s.textContent : "",
                  snippet_lang: s ? s.lang : "",
                  marks: s ? Array.from(s.querySelectorAll("mark")).map(m => m.textContent) : [],
                  english: e ? e.textContent : null,
                };
              }),
            };"#,
        );
        let status = shown["status"].as_str().unwrap_or_default();
        if status.contains(query) {
            let hits = serde_json::from_value(shown["hits"].clone()).expect("hits");
            return (status.to_string(), hits);
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no results for {query:?}: {}",
            browser.text()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The text of message `id` of `lang`'s ui.ftl with `{ $query }` filled in.
fn message(lang: &str, id: &str, query: &str) -> String {
    let ftl = std::fs::read_to_string(repo().join(format!("locales/{lang}/ui.ftl"))).unwrap();
    let line = ftl
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{id} in {lang}"));
    line.replace("{ $query }", query)
}

/// The titles of a language's topics, from its exported index page.
fn titles(site: &Path, lang: &str) -> Vec<String> {
    let index = std::fs::read_to_string(site.join(format!("{lang}/index.html"))).unwrap();
    index
        .split("<ul class=\"topics\">")
        .nth(1)
        .unwrap_or_default()
        .split("</ul>")
        .next()
        .unwrap_or_default()
        .split("\">")
        .skip(1)
        .filter_map(|t| t.split("</a>").next())
        .map(common::serve::unescape)
        .collect()
}

fn export(args: &[&str], out: &Path) {
    let mut all = vec!["export", "--format", "html", "--out", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = run(&all);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}

/// The checks of the built-in content's site, at `base` (`file://…` or
/// `http://…`, the site's root).
fn check_site(browser: &Browser, base: &str, site: &Path) {
    // English: a word of a section's text, with the heading it falls under.
    browser.goto(&format!("{base}/en/index.html"));
    let (_, hits) = search(browser, "slips");
    let hit = hits
        .iter()
        .find(|h| h.href == "trust-import.html")
        .unwrap_or_else(|| panic!("{hits:?}"));
    assert_eq!(hit.heading.as_deref(), Some("Trusting a root"), "{hit:?}");
    assert_eq!(
        hit.anchor_href.as_deref(),
        Some("trust-import.html#trusting-a-root")
    );
    assert!(hit.marks.iter().any(|m| m == "slips"), "{hit:?}");
    assert!(hit.english.is_none(), "{hit:?}");
    // An F1 keyword finds its topic first.
    let (_, hits) = search(browser, KEYWORD);
    assert_eq!(hits[0].href, format!("{TOPIC}.html"), "{hits:?}");

    // German: an inflected form finds the word's other forms, the hits in
    // German (the titles of the German pages, the links in de/).
    browser.goto(&format!("{base}/de/certificate-details.html"));
    let (status, hits) = search(browser, "Zertifikate");
    assert_eq!(status, message("de", "site-search-results", "Zertifikate"));
    assert!(!hits.is_empty());
    let german = titles(site, "de");
    for hit in &hits {
        assert!(german.contains(&hit.title), "{hit:?} not in {german:?}");
        assert!(!hit.href.contains('/'), "{hit:?}");
    }
    assert!(
        hits.iter()
            .any(|h| h.marks.iter().any(|m| m == "Zertifikat")),
        "{hits:?}"
    );

    // French: accents are optional.
    browser.goto(&format!("{base}/fr/index.html"));
    let (_, hits) = search(browser, "empreinte numerique");
    assert!(
        hits.iter()
            .any(|h| h.marks.iter().any(|m| m == "numérique")),
        "{hits:?}"
    );
    let french = titles(site, "fr");
    assert!(hits.iter().all(|h| french.contains(&h.title)), "{hits:?}");
    // Typed with its accent, the word is folded as the index's terms are.
    let (_, accented) = search(browser, "numérique");
    assert!(
        accented
            .iter()
            .any(|h| h.marks.iter().any(|m| m == "numérique")),
        "{accented:?}"
    );

    // Traditional Chinese: words inside running text, one the browser's
    // segmenter may cut otherwise than the index.
    browser.goto(&format!("{base}/zh-TW/index.html"));
    for word in ["指紋", "根憑證"] {
        let (_, hits) = search(browser, word);
        assert!(
            hits.iter().any(|h| h.marks.iter().any(|m| m == word)),
            "{word}: {hits:?}"
        );
        // Its characters side by side, not each somewhere in the section.
        for hit in &hits {
            let shown = format!("{} {:?} {}", hit.title, hit.heading, hit.snippet);
            assert!(shown.contains(word), "{word}: {hit:?}");
        }
    }

    // Nothing found, said in the page's language.
    for (lang, query) in [
        ("de", "Xylofonquartett"),
        ("fr", "xylophone"),
        ("zh-TW", "鋼琴"),
    ] {
        browser.goto(&format!("{base}/{lang}/index.html"));
        let (status, hits) = search(browser, query);
        assert!(hits.is_empty(), "{query}: {hits:?}");
        assert_eq!(status, message(lang, "site-search-nothing", query));
    }
}

#[test]
fn the_exported_site_searches_from_the_disk_and_from_a_static_server() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    export(&[], &site);
    let browser = Browser::start("en");
    check_site(&browser, &format!("file://{}", site.display()), &site);
    let server = StaticServer::start(&site);
    check_site(&browser, &server.base, &site);
}

#[test]
fn a_block_the_translation_lacks_is_found_in_english_and_marked() {
    let tree = tree();
    let root = tree.path();
    drop_lines(root, "locales/de/topics/trust-import.ftl", "root-why =");
    let site = root.join("site");
    export(&["--root", root.to_str().unwrap(), "--lang", "de"], &site);
    let browser = Browser::start("de");
    browser.goto(&format!("file://{}", site.join("de/index.html").display()));
    let (_, hits) = search(&browser, "slips");
    let hit = hits
        .iter()
        .find(|h| h.href == "trust-import.html")
        .unwrap_or_else(|| panic!("{hits:?}"));
    assert_eq!(hit.title, "Einer Zertifizierungsstelle vertrauen");
    assert_eq!(
        hit.heading.as_deref(),
        Some("Einem Stammzertifikat vertrauen")
    );
    assert_eq!(hit.snippet_lang, "en", "{hit:?}");
    assert!(hit.marks.iter().any(|m| m == "slips"), "{hit:?}");
    assert_eq!(
        hit.english.as_deref(),
        Some(message("de", "search-in-english", "").as_str())
    );
}

#[test]
fn docwiz_serve_answers_the_same_search() {
    let server = Server::start(&[]);
    let browser = Browser::start("en");
    browser.goto(&format!("http://{}/zh-TW/index.html", server.addr));
    let (_, hits) = search(&browser, "根憑證");
    assert!(
        hits.iter().any(|h| h.marks.iter().any(|m| m == "根憑證")),
        "{hits:?}"
    );
    browser.goto(&format!("http://{}/de/trust-import.html", server.addr));
    let (_, hits) = search(&browser, "Zertifikate");
    assert!(!hits.is_empty());
    server.stop();
}

#[test]
fn a_query_loads_only_a_part_of_a_big_index() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let made = Command::new("python3")
        .arg(repo().join("bench/corpus.py"))
        .arg("400")
        .arg(&corpus)
        .arg(repo())
        .status()
        .expect("python3 runs bench/corpus.py");
    assert!(made.success());
    let site = dir.path().join("site");
    let root = corpus.join("docwiz");
    export(&["--root", root.to_str().unwrap(), "--lang", "en"], &site);
    let files: Vec<String> = snapshot(&site.join("search/en"))
        .into_iter()
        .filter(|(path, _)| path.is_file())
        .map(|(path, _)| path.display().to_string())
        .collect();
    let shards = files.iter().filter(|f| f.contains("/t/")).count();
    assert!(shards > 10, "the dictionary is sharded: {files:?}");

    let server = StaticServer::start(&site);
    let browser = Browser::start("en");
    browser.goto(&format!("{}/en/index.html", server.base));
    let (_, hits) = search(&browser, "sentence 123");
    assert_eq!(hits[0].title, "The request 123 (en)", "{hits:?}");
    let loaded = browser.eval(
        r#"return performance.getEntriesByType("resource").map(e => e.name).filter(n => n.includes("/search/en/"))"#,
    );
    let loaded: Vec<String> = serde_json::from_value(loaded).unwrap();
    assert!(
        loaded.iter().any(|l| l.ends_with("/meta.js")) && loaded.len() * 3 < files.len(),
        "loaded {} of {} files: {loaded:?}",
        loaded.len(),
        files.len()
    );
}

/// A Traditional Chinese section long enough for its snippet to be cut, the
/// match far into it.
const ZH_TEXT: &str = "系統管理員在部署伺服器之前，應該先確認每一張憑證的用途、有效期限以及簽發機構。若憑證鏈中缺少中繼憑證，用戶端可能無法建立信任關係，因此需要匯入對應的根憑證與中繼憑證。完成這些步驟後，再次比對憑證的指紋，確認它就是您申請的那一張。";

#[test]
fn a_chinese_snippet_begins_and_ends_between_words() {
    let tree = tree();
    let root = tree.path();
    std::fs::write(
        root.join("content/zh-sample.md"),
        "---\nid: zh-sample\nf1: [test.zh-sample]\n---\n# {{ title }} {#zh-sample}\n\n{{ text }}\n",
    )
    .unwrap();
    std::fs::write(
        root.join("locales/en/topics/zh-sample.ftl"),
        "title = Sample\ntext = Sample text.\n",
    )
    .unwrap();
    std::fs::write(
        root.join("locales/zh-TW/topics/zh-sample.ftl"),
        format!("title = 範例\ntext = {ZH_TEXT}\n"),
    )
    .unwrap();
    let site = root.join("site");
    export(
        &["--root", root.to_str().unwrap(), "--lang", "zh-TW"],
        &site,
    );
    let browser = Browser::start("zh-TW");
    browser.goto(&format!(
        "file://{}",
        site.join("zh-TW/index.html").display()
    ));
    let (_, hits) = search(&browser, "指紋");
    let hit = hits
        .iter()
        .find(|h| h.href == "zh-sample.html")
        .unwrap_or_else(|| panic!("{hits:?}"));
    let shown = hit.snippet.trim_start_matches('…').trim_end_matches('…');
    assert!(hit.snippet.starts_with('…'), "not cut: {hit:?}");
    let start = ZH_TEXT.find(shown).unwrap_or_else(|| panic!("{shown}"));
    let start = ZH_TEXT[..start].chars().count();
    let end = start + shown.chars().count();
    // The browser's own word boundaries of the whole text (UTF-16 indexes
    // are code points here: every character is in the BMP).
    let boundaries = browser.eval(&format!(
        "return [...new Intl.Segmenter('zh-TW', {{granularity: 'word'}}).segment({ZH_TEXT:?})].map(s => s.index).concat([{len}]);",
        len = ZH_TEXT.chars().count()
    ));
    let boundaries: Vec<usize> = serde_json::from_value(boundaries).unwrap();
    assert!(boundaries.contains(&start), "begins mid-word: {shown}");
    assert!(boundaries.contains(&end), "ends mid-word: {shown}");
}

#[test]
fn nothing_found_names_the_nearest_words_in_the_pages_language() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    export(&["--lang", "de", "--lang", "fr"], &site);
    let browser = Browser::start("de");
    for (lang, typo, near) in [
        ("de", "Zertifkat", "zertifikat"),
        ("fr", "empriente", "empreinte"),
    ] {
        browser.goto(&format!(
            "file://{}",
            site.join(format!("{lang}/index.html")).display()
        ));
        let (status, hits) = search(&browser, typo);
        assert!(hits.is_empty(), "{typo}: {hits:?}");
        assert_eq!(status, message(lang, "site-search-nothing", typo));
        let nearest = browser.eval(
            "const n = document.querySelector('#search-results .search-nearest'); return n ? n.textContent : '';",
        );
        let nearest = nearest.as_str().unwrap_or_default();
        let ftl = std::fs::read_to_string(repo().join(format!("locales/{lang}/ui.ftl"))).unwrap();
        let label = ftl
            .lines()
            .find_map(|l| l.strip_prefix("error-nearest-terms = "))
            .unwrap()
            .split("{ $terms }")
            .next()
            .unwrap()
            .to_string();
        assert!(nearest.starts_with(&label), "{lang}: {nearest:?}");
        assert!(
            nearest[label.len()..].split(", ").any(|w| w == near),
            "{lang}: {nearest:?}"
        );
    }
}
