//! The help site on a phone, in headless Chromium at 360 CSS pixels wide
//! (issue 13, item 6): no page is wider than the screen (long German words,
//! code and the live panel's commands wrap), a skip link comes first, the
//! navigation's, the search box's and the headings' anchors' touch targets are at
//! least 44 by 44 pixels (the search results' links too), and the table of contents is collapsed
//! until opened; on a wide screen it is open beside the page.

#[path = "common/browser.rs"]
mod browser;
mod common;

use browser::Browser;
use common::serve::Server;
use common::*;

const TOPICS: [&str; 8] = [
    "index",
    "certificate-wizard",
    "certificate-request",
    "certificate-request-returned",
    "certificate-assignment",
    "certificate-import",
    "certificate-details",
    "trust-import",
];

/// What a page breaks of the rules, as one line per fault (empty when none).
const FAULTS: &str = r##"
const faults = [];
const root = document.documentElement;
if (root.scrollWidth > window.innerWidth) faults.push(`scrollWidth ${root.scrollWidth} > ${window.innerWidth}`);
const first = document.querySelector("a");
if (!first || first.className !== "skip" || first.getAttribute("href") !== "#main" || !document.getElementById("main"))
  faults.push("no skip link first");
const search = document.querySelector("form.search");
if (!search || !search.checkVisibility()) faults.push("no search box");
for (const a of document.querySelectorAll("nav a, nav summary, form.search input, form.search button, .search-results a, a.anchor")) {
  const r = a.getBoundingClientRect();
  if (a.checkVisibility() && (r.height < 44 || r.width < 44))
    faults.push(`touch target ${Math.round(r.width)}x${Math.round(r.height)}: ${a.textContent.trim()}`);
}
const toc = document.querySelector("nav.toc ul");
if (toc && toc.checkVisibility()) faults.push("the table of contents is open");
return faults.join("\n");
"##;

fn resize(browser: &Browser, width: u32) {
    browser
        .runtime
        .block_on(browser.client.set_window_size(width, 900))
        .expect("resize the window");
}

#[test]
fn every_page_fits_a_phone_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    // A request whose chain is not trusted: the live panel shows the long
    // import commands with the store's path.
    local_request(&store);
    let server = Server::start(&["--store", store.to_str().unwrap()]);
    let browser = Browser::start("de");
    resize(&browser, 360);
    let mut faults = Vec::new();
    for lang in ["de", "zh-TW", "ru", "fr", "es", "en"] {
        for topic in TOPICS {
            browser.goto(&format!("http://{}/{lang}/{topic}.html", server.addr));
            let found = browser.eval(FAULTS);
            let found = found.as_str().unwrap_or_default();
            if !found.is_empty() {
                faults.push(format!("{lang}/{topic}: {found}"));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));

    // The same pages exported, opened from the disk.
    let site = dir.path().join("site");
    let out = run(&["export", "--out", site.to_str().unwrap(), "--lang", "de"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    browser.goto(&format!(
        "file://{}",
        site.join("de/certificate-request-returned.html").display()
    ));
    assert_eq!(browser.eval(FAULTS).as_str(), Some(""));

    // The search box's results fit the phone too, their links big enough.
    browser.type_into("#search-query", "Zertifikate");
    browser.press(fantoccini::key::Key::Enter);
    browser.wait_until("search results", |_, text| text.contains("„Zertifikate“"));
    assert_eq!(browser.eval(FAULTS).as_str(), Some(""));

    // Tapping the summary opens the table; on a wide screen it is open.
    browser.click("nav.toc summary");
    assert_eq!(
        browser.eval("return document.querySelector('nav.toc ul').checkVisibility()"),
        true
    );
    browser.goto(&format!(
        "http://{}/de/certificate-details.html",
        server.addr
    ));
    resize(&browser, 1200);
    assert_eq!(
        browser.eval("return document.querySelector('nav.toc ul').checkVisibility()"),
        true
    );
    server.stop();
}
