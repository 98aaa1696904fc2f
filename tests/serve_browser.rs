//! `docwiz serve` in a real browser: headless Chromium from Debian through
//! chromium-driver (issue 12, item 7).

#[path = "common/browser.rs"]
mod browser;
mod common;

use browser::Browser;
use common::serve::Server;
use common::*;
use fantoccini::key::Key;

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

/// F1 on a request's status page, pressed on the keyboard: the German topic
/// with this request's thumbprint (not the latest request's); Back returns.
#[test]
fn f1_on_the_status_page_shows_this_requests_thumbprint_in_german_and_back_returns() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let first = local_request(&store);
    let id = first["request"].as_str().unwrap();
    let thumbprint = first["thumbprint"].as_str().unwrap();
    let latest = local_request(&store);
    let latest_thumbprint = latest["thumbprint"].as_str().unwrap();
    assert_ne!(thumbprint, latest_thumbprint);
    let server = Server::with_store(&store);
    let browser = Browser::start("de-CH,de");
    let status = format!("http://{}/wizard/status?request={id}", server.addr);
    browser.goto(&status);
    browser.wait_until("the German status page", |url, text| {
        url == status && text.contains(thumbprint)
    });
    assert_eq!(browser.eval("return document.documentElement.lang"), "de");
    browser.press(Key::F1);
    browser.wait_until("the German topic", |url, _| {
        url.contains("/de/certificate-request-returned.html")
    });
    let topic = browser.url();
    assert!(topic.contains(&format!("request={id}")), "{topic}");
    let text = browser.text();
    assert!(text.contains("Aktueller Status"), "{text}");
    assert!(
        text.contains(thumbprint),
        "{topic}: no thumbprint in\n{text}"
    );
    assert!(
        !text.contains(latest_thumbprint),
        "{topic} shows the latest request, not this one:\n{text}"
    );
    // The topic's way back to the wizard.
    browser.click("nav a.back");
    browser.wait_until("the status page again", |url, _| url == status);
    // F1 with the check box focused: its own topic first; the browser's Back
    // returns as well.
    browser.eval("document.getElementById('assign').focus(); return null");
    browser.press(Key::F1);
    browser.wait_until("the check box's topic", |url, _| {
        url.contains("/de/certificate-assignment.html")
    });
    browser.back();
    browser.wait_until("the status page after Back", |url, text| {
        url == status && text.contains(thumbprint)
    });
}

/// Finish with the box cleared by a click: installed, not assigned, as the
/// CLI sees the store.
#[test]
fn clearing_the_check_box_and_finish_installs_without_assigning() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    // A trusted chain: the box is checked and assigning is possible.
    let status = trusted_request(&store, &[]);
    let id = status["request"].as_str().unwrap();
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let installed = || wizard_ok(&store, &["--json", "certs", "list"]).contains(thumbprint);
    assert!(!installed(), "installed before Finish");
    let server = Server::with_store(&store);
    let browser = Browser::start("en-US,en");
    let page = format!("http://{}/wizard/status?request={id}", server.addr);
    browser.goto(&page);
    browser.wait_until("the status page", |url, text| {
        url == page && text.contains(thumbprint)
    });
    let checked = "return document.getElementById('assign').checked";
    assert_eq!(browser.eval(checked), true, "checked by default");
    browser.click("#assign");
    assert_eq!(browser.eval(checked), false, "the click cleared the box");
    browser.click("#finish");
    browser.wait_until("the main page", |url, _| url.ends_with("/wizard/"));
    let after = status_json(&store, Some(id));
    assert_eq!(after["finished"], true, "{after}");
    assert_eq!(after["assigned"], serde_json::json!({}), "{after}");
    assert!(installed(), "not installed after Finish");
}

/// Trust import in the browser: the confirmation shows subject and
/// thumbprint, and the root is trusted only after Yes.
#[test]
fn a_root_is_trusted_through_the_confirmation_page_only_after_yes() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::create_dir_all(&store).unwrap();
    let (pem, thumbprint) = self_signed_root(dir.path(), "root", "Browser Test Root CA");
    let trusted_roots = || {
        let list: serde_json::Value =
            serde_json::from_str(&wizard_ok(&store, &["--json", "trust", "list"])).unwrap();
        list["root"].to_string().to_uppercase().replace(':', "")
    };
    let server = Server::with_store(&store);
    let browser = Browser::start("en-US,en");
    browser.goto(&format!("http://{}/wizard/trust?kind=root", server.addr));
    browser.type_into("#file", &pem);
    browser.click("#next");
    browser.wait_until("the confirmation", |url, _| {
        url.contains("/wizard/trust/confirm")
    });
    let text = browser.text();
    assert!(text.contains("Browser Test Root CA"), "{text}");
    assert!(
        text.to_uppercase().replace(':', "").contains(&thumbprint),
        "{thumbprint} not shown:\n{text}"
    );
    assert!(
        !trusted_roots().contains(&thumbprint),
        "trusted before the answer"
    );
    browser.click("#trust-yes");
    browser.wait_until("the answer's page", |url, _| {
        !url.contains("/wizard/trust/confirm")
    });
    assert!(
        trusted_roots().contains(&thumbprint),
        "not trusted after Yes: {}",
        trusted_roots()
    );
}
