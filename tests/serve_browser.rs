//! `docwiz serve` in a real browser: headless Chromium from Debian through
//! chromium-driver (issue 12, item 7).

#[path = "common/browser.rs"]
mod browser;
mod common;

use browser::Browser;
use common::serve::Server;

#[test]
fn f1_url_with_a_swiss_german_browser_lands_on_the_german_topic() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let browser = Browser::start("de-CH,de");
    browser.goto(&format!(
        "http://{}/f1?k=k(ms.lync.dep.DeployCertRequestReturned)",
        server.addr
    ));
    browser.wait_until("the German topic", |url, _| {
        url.ends_with("/de/certificate-request-returned.html")
    });
    assert_eq!(browser.eval("return document.documentElement.lang"), "de");
    let text = browser.text();
    assert!(text.contains("Aktueller Status"), "{text}");
}

#[test]
fn the_language_switcher_choice_is_kept_for_the_next_f1() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let browser = Browser::start("de-CH,de");
    browser.goto(&format!(
        "http://{}/f1?k=ms.lync.dep.DeployCertsMain",
        server.addr
    ));
    browser.wait_until("the German topic", |url, _| url.contains("/de/"));
    browser.click("nav.languages a[hreflang='fr']");
    browser.wait_until("the French page", |url, _| url.contains("/fr/"));
    // A program opens F1 again without a language: the switcher's choice wins
    // over the browser's German.
    browser.goto(&format!(
        "http://{}/f1?k=ms.lync.dep.DeployCertRequestReturned",
        server.addr
    ));
    browser.wait_until("the French topic", |url, _| {
        url.ends_with("/fr/certificate-request-returned.html")
    });
    assert_eq!(browser.eval("return document.documentElement.lang"), "fr");
}
