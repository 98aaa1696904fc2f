//! The wizard in the browser, through the real binary: `docwiz serve` on a
//! port of the system's choosing, driven over HTTP/1.1 by the raw client of
//! tests/common/serve.rs (no redirects followed unless asked, any Origin,
//! cookies kept), so that every refusal can be seen as it is answered.

mod common;

use std::time::{Duration, Instant};

use common::serve::{Client, Server, attr, form, percent, unescape};
use common::*;

const F1_CHECKBOX: &str = "ms.lync.dep.DeployCertAssignIntroFromRequest";

/// The session's CSRF token, as a form's action carries it.
fn csrf(browser: &mut Client) -> String {
    let page = browser.get("/wizard/import");
    assert_eq!(page.status, 200, "{}", page.body);
    let action = attr(&page.body, "import-form", "action").expect("the import form");
    action
        .split("csrf=")
        .nth(1)
        .expect("a csrf token")
        .to_string()
}

/// A request made through the form, to the local CA; the status page's path.
fn request_through_the_form(browser: &mut Client, fqdn: &str) -> String {
    let page = browser.get("/wizard/request");
    assert_eq!(page.status, 200);
    let action = attr(&page.body, "request-form", "action").unwrap();
    let reply = browser.post(
        &action,
        &[
            ("form", "1"),
            ("timing", "now"),
            ("ca", "local"),
            ("fqdn", fqdn),
            ("key", "ecdsa-p256"),
            ("sans", ""),
            ("usage", "default"),
            ("usage", "web-internal"),
            ("usage", "web-external"),
        ],
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    let summary_path = reply.location();
    assert!(summary_path.starts_with("/wizard/request/summary?"));
    let summary = browser.get(&summary_path);
    assert_eq!(summary.status, 200, "{}", summary.body);
    assert!(summary.body.contains(fqdn));
    let submit = attr(&summary.body, "summary-form", "action").unwrap();
    // The summary's hidden fields, sent back as the browser would.
    let mut hidden = Vec::new();
    let mut rest = summary.body.as_str();
    while let Some(at) = rest.find("<input type=\"hidden\" name=\"") {
        let tag = &rest[at..at + rest[at..].find('>').unwrap()];
        let name = tag
            .split("name=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let value = tag
            .split("value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        hidden.push((name.to_string(), unescape(value)));
        rest = &rest[at + 1..];
    }
    let pairs: Vec<(&str, &str)> = hidden
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let reply = browser.post(&submit, &pairs);
    assert_eq!(reply.status, 303, "{}", reply.body);
    let progress = reply.location();
    assert!(
        progress.starts_with("/wizard/request/progress?job="),
        "{progress}"
    );
    // The progress page: itself while the CA works, then 303 to the status page.
    let started = Instant::now();
    loop {
        let page = browser.get(&progress);
        if page.status == 303 {
            let to = page.location();
            assert!(to.starts_with("/wizard/status?request="), "{to}");
            return to;
        }
        assert_eq!(page.status, 200, "{}", page.body);
        assert!(page.body.contains("id=\"elapsed\""));
        assert!(page.body.contains("http-equiv=\"refresh\""));
        let json = browser.get(&progress.replace("/progress?", "/progress.json?"));
        assert_eq!(json.header("content-type"), Some("application/json"));
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the request does not end"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn request_id(status_path: &str) -> String {
    status_path
        .split("request=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn the_main_page_lists_requests_made_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let issued = local_request(&store);
    let id = issued["request"].as_str().unwrap();
    let csr = p(dir.path(), "offline.csr");
    wizard_ok(
        &store,
        &[
            "wizard",
            "request",
            "--fqdn",
            "later.example.com",
            "--key",
            "ecdsa-p256",
            "--offline",
            &csr,
        ],
    );
    let pending = status_json(&store, None);
    let pending_id = pending["request"].as_str().unwrap();
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let page = browser.get("/wizard/");
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body.contains(&format!("/wizard/status?request={id}")),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(&format!("/wizard/status?request={pending_id}"))
    );
    assert!(page.body.contains("later.example.com"));
    assert!(
        page.body
            .contains("content=\"ms.lync.dep.DeployCertsMain\"")
    );
    for action in [
        "action-request",
        "action-assign",
        "action-import",
        "action-details",
        "action-trust",
    ] {
        assert!(page.body.contains(&format!("id=\"{action}\"")), "{action}");
    }
    // No inline script or style anywhere: the policy would block it.
    assert!(!page.body.contains("<script>") && !page.body.contains("style="));
    assert!(page.header("content-security-policy").is_some());
    let script = browser.get("/assets/wizard.js");
    assert_eq!(script.status, 200);
    assert!(
        script
            .header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(script.body.contains("F1"));
}

#[test]
fn the_request_form_refuses_bad_names_next_to_the_field_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let page = browser.get("/wizard/request");
    let action = attr(&page.body, "request-form", "action").unwrap();
    let before = snapshot(&store);
    for (fqdn, sans, field) in [
        ("bad_host..example.com", "", "fqdn"),
        ("-host.example.com", "", "fqdn"),
        ("host.example.com.", "", "fqdn"),
        ("*.example.com", "", "fqdn"),
        ("", "", "fqdn"),
        (
            "host.example.com",
            "ok.example.com bad..example.com",
            "sans",
        ),
        ("host.example.com", "-x.example.com", "sans"),
    ] {
        let reply = browser.post(
            &action,
            &[
                ("form", "1"),
                ("timing", "now"),
                ("ca", "local"),
                ("fqdn", fqdn),
                ("sans", sans),
                ("key", "rsa-2048"),
                ("usage", "default"),
            ],
        );
        if fqdn == "host.example.com." && reply.status == 303 {
            // A trailing dot is the root's: the library may take it.
            continue;
        }
        assert_eq!(reply.status, 422, "{fqdn:?} {sans:?}: {}", reply.body);
        assert!(
            reply.body.contains(&format!("id=\"{field}-error\"")),
            "{fqdn:?} {sans:?}: no error next to {field}: {}",
            reply.body
        );
        // What was typed is kept.
        assert_eq!(attr(&reply.body, "fqdn", "value").as_deref(), Some(fqdn));
        assert_eq!(attr(&reply.body, "sans", "value").as_deref(), Some(sans));
        // The error names the field.
        let label = if field == "fqdn" {
            "Server FQDN"
        } else {
            "Subject alternative names"
        };
        let error_at = reply.body.find(&format!("id=\"{field}-error\"")).unwrap();
        assert!(reply.body[error_at..].contains(label));
    }
    // No usage at all, and an ACME directory over plain HTTP.
    let reply = browser.post(
        &action,
        &[
            ("form", "1"),
            ("timing", "now"),
            ("ca", "local"),
            ("fqdn", "host.example.com"),
        ],
    );
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("id=\"usage-error\""));
    let reply = browser.post(
        &action,
        &[
            ("form", "1"),
            ("timing", "now"),
            ("ca", "acme"),
            ("acme-directory", "http://ca.example/dir"),
            ("acme-port", "80"),
            ("acme-address", "127.0.0.1"),
            ("fqdn", "host.example.com"),
            ("usage", "default"),
        ],
    );
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("id=\"acme-directory-error\""));
    // The summary checks again what its query says.
    let reply = browser
        .get("/wizard/request/summary?form=1&timing=now&ca=local&fqdn=bad..example&usage=default");
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("id=\"fqdn-error\""));
    // A wildcard FQDN is quoted as the reader typed it, before the reason.
    let reply = browser
        .get("/wizard/request/summary?form=1&timing=now&ca=local&fqdn=*.example.com&usage=default");
    assert_eq!(reply.status, 422);
    assert!(
        reply
            .body
            .contains("“*.example.com”: a wildcard cannot name the server"),
        "{}",
        reply.body
    );
    assert_eq!(
        snapshot(&store),
        before,
        "a refused form wrote to the store"
    );
}

#[test]
fn a_local_ca_request_goes_from_the_form_through_progress_to_the_status_page_and_finish_without_assigning()
 {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let status_path = request_through_the_form(&mut browser, "web.example.com");
    let id = request_id(&status_path);
    let status = status_json(&store, Some(&id));
    let thumbprint = status["thumbprint"].as_str().unwrap().to_string();
    let page = browser.get(&status_path);
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains(&thumbprint));
    // The check box, checked by default, with its own F1 keyword; Finish.
    let at = page.body.find("id=\"assign\"").unwrap();
    let tag =
        &page.body[page.body[..at].rfind('<').unwrap()..at + page.body[at..].find('>').unwrap()];
    assert!(
        tag.contains("type=\"checkbox\"") && tag.contains(" checked"),
        "{tag}"
    );
    assert!(tag.contains(&format!("data-f1=\"{F1_CHECKBOX}\"")));
    assert!(page.body.contains("id=\"finish\""));
    assert!(page.body.contains("id=\"details\""));
    let details = browser.get(&attr(&page.body, "details", "href").unwrap());
    assert_eq!(details.status, 200);
    assert!(details.body.contains(&thumbprint));
    // The local CA's chain is not trusted yet: the import of its root is offered.
    let import = attr(&page.body, "import-root", "href").expect("the root's import");
    assert!(import.starts_with("/wizard/trust/confirm?kind=root&file="));
    // Finish with the box cleared: installed, not assigned.
    let action = attr(&page.body, "finish-form", "action").unwrap();
    let reply = browser.post(&action, &[]);
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(reply.location(), "/wizard/");
    let after = status_json(&store, Some(&id));
    assert_eq!(after["finished"], true, "{after}");
    assert_eq!(after["assigned"], serde_json::json!({}));
    let certs = wizard_ok(&store, &["--json", "certs", "list"]);
    assert!(certs.contains(&thumbprint), "{certs}");
    let home = browser.get("/wizard/");
    assert!(
        home.body.contains("installed but not assigned"),
        "{}",
        home.body
    );
}

#[test]
fn finish_with_the_box_checked_assigns_a_trusted_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = trusted_request(&store, &[]);
    let id = status["request"].as_str().unwrap();
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let page = browser.get(&format!("/wizard/status?request={id}"));
    let action = attr(&page.body, "finish-form", "action").unwrap();
    let reply = browser.post(&action, &[("assign", "1")]);
    assert_eq!(reply.status, 303, "{}", reply.body);
    let after = status_json(&store, Some(id));
    assert_eq!(after["assigned"]["default"], thumbprint, "{after}");
    let home = browser.get("/wizard/");
    assert!(home.body.contains(thumbprint));
    // "Assigned now" shows one usage a line, as the terminal does, not the
    // three run together into one line of HTML text.
    let page = browser.get(&format!("/wizard/status?request={id}"));
    let breaks = page.body.matches(&format!(": {thumbprint}<br>")).count();
    assert_eq!(breaks, 2, "{}", page.body);
}

#[test]
fn trust_import_shows_the_confirmation_and_trusts_only_after_yes() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::create_dir_all(&store).unwrap();
    let (pem, thumbprint) = self_signed_root(dir.path(), "root", "Web Test Root CA");
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let form_page = browser.get("/wizard/trust?kind=root");
    let action = attr(&form_page.body, "trust-form", "action").unwrap();
    let before = snapshot(&store);
    let reply = browser.post(&action, &[("file", &pem), ("kind", "root")]);
    assert_eq!(reply.status, 303, "{}", reply.body);
    let confirm_path = reply.location();
    assert!(confirm_path.starts_with("/wizard/trust/confirm?"));
    let confirm = browser.get(&confirm_path);
    assert_eq!(confirm.status, 200, "{}", confirm.body);
    assert!(
        confirm.body.contains("CN=Web Test Root CA") || confirm.body.contains("Web Test Root CA")
    );
    let shown = confirm.body.to_uppercase().replace(':', "");
    assert!(
        shown.contains(&thumbprint),
        "{thumbprint} not shown: {}",
        confirm.body
    );
    assert!(confirm.body.contains("id=\"trust-yes\""));
    let no = confirm.body.find("id=\"trust-no\"").unwrap();
    let no_tag = &confirm.body
        [confirm.body[..no].rfind('<').unwrap()..no + confirm.body[no..].find('>').unwrap()];
    assert!(no_tag.contains("autofocus"), "No is the default: {no_tag}");
    assert_eq!(
        snapshot(&store),
        before,
        "the confirmation trusted something"
    );
    let answer = attr(&confirm.body, "confirm-form", "action").unwrap();
    let fields = [
        ("kind", "root"),
        ("file", pem.as_str()),
        ("back", "/wizard/"),
        ("thumbprint", thumbprint.as_str()),
    ];
    // No: nothing trusted.
    let mut with_no = fields.to_vec();
    with_no.push(("answer", "no"));
    let reply = browser.post(&answer, &with_no);
    assert_eq!(reply.status, 303);
    assert_eq!(snapshot(&store), before, "No trusted something");
    let declined = browser.get(&reply.location());
    assert!(
        declined.body.contains("Nothing was imported"),
        "{}",
        declined.body
    );
    // Yes with thumbprints that are not the file's: nothing trusted either.
    let mut wrong = fields.to_vec();
    wrong[3] = ("thumbprint", "00112233445566778899AABBCCDDEEFF00112233");
    wrong.push(("answer", "yes"));
    let reply = browser.post(&answer, &wrong);
    assert_eq!(reply.status, 409, "{}", reply.body);
    assert_eq!(snapshot(&store), before);
    // Yes: trusted.
    let mut with_yes = fields.to_vec();
    with_yes.push(("answer", "yes"));
    let reply = browser.post(&answer, &with_yes);
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert!(store.join(format!("trust/root/{thumbprint}.pem")).exists());
    let done = browser.get(&reply.location());
    assert!(done.body.contains(&thumbprint));
}

#[test]
fn every_post_without_the_csrf_token_with_a_wrong_one_or_from_another_origin_is_refused_and_changes_nothing()
 {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = local_request(&store);
    let id = status["request"].as_str().unwrap();
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let (pem, root_thumbprint) = self_signed_root(dir.path(), "root", "Refused Root CA");
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let token = csrf(&mut browser);
    let mut other = Client::new(&server);
    let other_token = csrf(&mut other);
    assert_ne!(token, other_token);
    let wrong = format!(
        "{}{}",
        if token.starts_with('0') { "1" } else { "0" },
        &token[1..]
    );
    let before = snapshot(&store);
    let request_fields = [
        ("form", "1"),
        ("timing", "now"),
        ("ca", "local"),
        ("fqdn", "evil.example.com"),
        ("key", "ecdsa-p256"),
        ("usage", "default"),
    ];
    let posts: Vec<(String, Vec<(&str, &str)>)> = vec![
        ("/wizard/request/submit".into(), request_fields.to_vec()),
        ("/wizard/request".into(), request_fields.to_vec()),
        (
            format!("/wizard/status/finish?request={id}"),
            vec![("assign", "1")],
        ),
        (
            format!("/wizard/assign?thumbprint={thumbprint}"),
            vec![("usage", "default")],
        ),
        ("/wizard/import".into(), vec![("file", pem.as_str())]),
        (
            "/wizard/trust".into(),
            vec![("file", pem.as_str()), ("kind", "intermediate")],
        ),
        (
            "/wizard/trust/confirm".into(),
            vec![
                ("kind", "root"),
                ("file", pem.as_str()),
                ("thumbprint", root_thumbprint.as_str()),
                ("answer", "yes"),
            ],
        ),
    ];
    let origin = format!("Origin: http://{}", server.addr);
    let port = server.addr.rsplit(':').next().unwrap();
    let other_port = format!(
        "Origin: http://127.0.0.1:{}",
        port.parse::<u16>().unwrap().wrapping_add(1)
    );
    // A visitor that never got a session cookie, holding a stolen token.
    let mut stranger = Client::new(&server);
    for (path, fields) in &posts {
        let joiner = if path.contains('?') { '&' } else { '?' };
        let body = form(fields);
        let with = |t: &str| format!("{path}{joiner}csrf={t}");
        let cases: Vec<(String, Vec<&str>, &str)> = vec![
            (path.clone(), vec![&origin], "no token"),
            (with(&wrong), vec![&origin], "a wrong token"),
            (with(""), vec![&origin], "an empty token"),
            (with(&other_token), vec![&origin], "another session's token"),
            (
                with(&token),
                vec!["Origin: http://evil.example"],
                "a foreign Origin",
            ),
            (with(&token), vec![&other_port], "another port's Origin"),
            (with(&token), vec!["Origin: null"], "a null Origin"),
            (with(&token), vec![], "no Origin"),
        ];
        for (target, headers, case) in cases {
            let reply = browser.send("POST", &target, &headers, &body);
            assert_eq!(reply.status, 403, "{path} with {case}: {}", reply.body);
            assert!(
                reply.body.contains("nothing was written"),
                "{path} with {case}: the page does not say why: {}",
                reply.body
            );
        }
        let reply = stranger.send("POST", &with(&token), &[&origin], &body);
        assert_eq!(
            reply.status, 403,
            "{path} without a session: {}",
            reply.body
        );
    }
    assert_eq!(snapshot(&store), before, "a refused POST changed the store");
    // The same POST with the token and the Origin goes through (the check is
    // what refused, not the request).
    let reply = browser.post(
        &format!("/wizard/status/finish?request={id}&csrf={token}"),
        &[],
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_ne!(snapshot(&store), before);
}

#[test]
fn a_german_accept_language_gets_german_pages_and_the_switcher_changes_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = local_request(&store);
    let id = status["request"].as_str().unwrap();
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    browser.language = Some("de-CH,de;q=0.9,en;q=0.5".into());
    for path in [
        "/wizard/".to_string(),
        format!("/wizard/status?request={id}"),
        "/wizard/request".into(),
        "/wizard/import".into(),
        "/wizard/trust".into(),
        "/wizard/assign".into(),
    ] {
        let page = browser.get(&path);
        assert!(
            page.body.contains("<html lang=\"de\">"),
            "{path}: {}",
            &page.body[..200.min(page.body.len())]
        );
        assert!(
            page.body.contains("aria-current=\"true\">Deutsch"),
            "{path}"
        );
    }
    let page = browser.get("/wizard/request");
    assert!(
        page.body.contains("Abbrechen") || page.body.contains("Weiter"),
        "{}",
        page.body
    );
    // A German error next to the field.
    let action = attr(&page.body, "request-form", "action").unwrap();
    let reply = browser.post(
        &action,
        &[
            ("form", "1"),
            ("timing", "now"),
            ("ca", "local"),
            ("fqdn", ""),
            ("usage", "default"),
        ],
    );
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("<html lang=\"de\">"));
    // The switcher: French from now on, on this page.
    let page = browser.get("/wizard/");
    let switch = attr(&page.body, "lang-fr", "href").expect("the switcher's French link");
    let reply = browser.get(&switch);
    assert_eq!(reply.status, 302);
    assert_eq!(reply.location(), "/wizard/");
    let page = browser.get("/wizard/");
    assert!(page.body.contains("<html lang=\"fr\">"));
}

#[test]
fn f1_on_the_status_page_leads_to_the_topic_with_this_requests_thumbprint_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let first = local_request(&store);
    let first_thumbprint = first["thumbprint"].as_str().unwrap().to_string();
    // A second request: the help must show the first, the one asked for.
    local_request(&store);
    let id = first["request"].as_str().unwrap();
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    browser.language = Some("de-CH,de;q=0.9".into());
    let path = format!("/wizard/status?request={id}");
    let page = browser.get(&path);
    assert!(
        page.body
            .contains(&format!("<meta name=\"docwiz:f1\" content=\"{KEYWORD}\">")),
        "{}",
        page.body
    );
    let help = attr(&page.body, "help", "href").expect("the Help button");
    assert!(help.starts_with("/f1?k="), "{help}");
    assert!(help.contains("&l=de"), "{help}");
    assert!(help.contains(&format!("request={id}")), "{help}");
    // What the script sends on F1 with the check box focused: its keyword first.
    let pressed = help.replacen(
        &format!("k={}", percent(KEYWORD)),
        &format!("k={}%3B{}", percent(F1_CHECKBOX), percent(KEYWORD)),
        1,
    );
    for link in [help.clone(), pressed] {
        let reply = browser.get(&link);
        assert_eq!(reply.status, 302, "{link}: {}", reply.body);
        let topic = reply.location();
        assert!(topic.starts_with("/de/"), "{topic}");
        let topic_page = browser.get(&topic);
        assert_eq!(topic_page.status, 200);
        assert!(topic_page.body.contains("<html lang=\"de\""));
        assert!(
            topic_page.body.contains(&first_thumbprint),
            "{topic}: no thumbprint"
        );
        // Back returns to this status page.
        assert!(
            unescape(&topic_page.body).contains(&format!("href=\"{path}\"")),
            "{topic}: no way back to {path}"
        );
    }
    let script = browser.get("/assets/wizard.js");
    assert!(script.body.contains("keydown") && script.body.contains("preventDefault"));
    assert!(script.body.contains("data-f1") && script.body.contains("docwiz:f1"));
}

#[test]
fn import_installs_a_certificate_with_its_key_and_refuses_next_to_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::create_dir_all(&store).unwrap();
    let (cert, key) = self_signed(
        dir.path(),
        "leaf",
        "imported.example.com",
        &["subjectAltName=DNS:imported.example.com"],
    );
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let page = browser.get("/wizard/import");
    assert!(
        page.body.contains("machine where docwiz serve runs"),
        "the page says the paths are the server's"
    );
    let action = attr(&page.body, "import-form", "action").unwrap();
    let before = snapshot(&store);
    // The certificate without its key: said next to the key field.
    let reply = browser.post(
        &action,
        &[("file", &cert), ("key", ""), ("password", "secret")],
    );
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert!(reply.body.contains("id=\"key-error\""), "{}", reply.body);
    assert_eq!(
        attr(&reply.body, "file", "value").as_deref(),
        Some(cert.as_str())
    );
    // A password is never written back into a page.
    assert!(!reply.body.contains("secret"));
    // A file that is not there: next to the file field.
    let missing = p(dir.path(), "missing.pem");
    let reply = browser.post(&action, &[("file", &missing)]);
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("id=\"file-error\""));
    assert!(reply.body.contains("missing.pem"));
    let reply = browser.post(&action, &[("file", "")]);
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("id=\"file-error\""));
    assert_eq!(snapshot(&store), before);
    // With the key: installed.
    let reply = browser.post(&action, &[("file", &cert), ("key", &key)]);
    assert_eq!(reply.status, 303, "{}", reply.body);
    let done = reply.location();
    let thumbprint = done.split("thumbprint=").nth(1).unwrap().to_string();
    let page = browser.visit(&done);
    assert!(page.body.contains(&thumbprint));
    assert!(page.body.contains("id=\"assign\""));
    let certs = wizard_ok(&store, &["--json", "certs", "list"]);
    assert!(certs.contains(&thumbprint), "{certs}");
    // Assign it anyway (a form sent as it was, the page since redrawn): the
    // refusal names each usage as the page's boxes do, in German.
    browser.language = Some("de".into());
    let page = browser.get(&format!("/wizard/assign?thumbprint={thumbprint}"));
    let action = attr(&page.body, "assign-form", "action").unwrap();
    let reply = browser.post(&action, &[("usage", "default"), ("usage", "web-external")]);
    assert_eq!(reply.status, 409, "{}", reply.body);
    let problem = reply
        .body
        .split("role=\"alert\"")
        .nth(1)
        .unwrap_or_default();
    assert!(problem.contains("<li>Serverstandard: "), "{problem}");
    assert!(problem.contains("<li>Externe Webdienste: "), "{problem}");
    assert!(!problem.contains("<li>default"), "{problem}");
}

#[test]
fn a_step_while_another_command_holds_the_store_says_so_instead_of_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = local_request(&store);
    let id = status["request"].as_str().unwrap();
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let page = browser.get(&format!("/wizard/status?request={id}"));
    let action = attr(&page.body, "finish-form", "action").unwrap();
    // Another command holds the store's lock (flock, as docwiz takes it).
    // `--no-fork`: the lock's holder is the process killed below, not a
    // forked `sleep` that would keep it for a minute after.
    let mut holder = std::process::Command::new("flock")
        .args(["-x", "--no-fork"])
        .arg(store.join(".lock"))
        .args(["sleep", "60"])
        .spawn()
        .expect("flock (util-linux)");
    let started = Instant::now();
    while std::process::Command::new("flock")
        .args(["-n", "-s"])
        .arg(store.join(".lock"))
        .arg("true")
        .status()
        .unwrap()
        .success()
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "flock did not take the lock"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let before = snapshot(&store);
    let reply = browser.post(&action, &[]);
    let _ = holder.kill();
    let _ = holder.wait();
    assert_eq!(reply.status, 503, "{}", reply.body);
    assert!(
        reply
            .body
            .contains("Another docwiz command is changing the store"),
        "{}",
        reply.body
    );
    assert_eq!(snapshot(&store), before);
    // Once it has finished, the same Finish goes through.
    let reply = browser.post(&action, &[]);
    assert_eq!(reply.status, 303, "{}", reply.body);
}

#[test]
fn beyond_loopback_the_wizard_needs_the_printed_token_and_the_help_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = local_request(&store);
    let id = status["request"].as_str().unwrap();
    let server = Server::start_at(&["--store", store.to_str().unwrap()], "0.0.0.0:0");
    // The banner's URL opens the wizard with the token; the next line says
    // why it is needed.
    let (_, token) = server
        .banner
        .trim()
        .split_once("/wizard/?token=")
        .unwrap_or_else(|| panic!("no token in the URL: {}", server.banner));
    assert!(
        token.len() >= 32 && token.chars().all(|c| c.is_ascii_hexdigit()),
        "{token}"
    );
    let said = server.next_line().unwrap_or_default();
    assert!(said.contains("access token"), "{said}");
    let before = snapshot(&store);
    // Without the token, or with another: refused with a page that says why,
    // in the reader's language.
    let mut stranger = Client::new(&server);
    for path in [
        "/wizard/".to_string(),
        format!("/wizard/status?request={id}"),
        "/wizard/request".into(),
        "/wizard/trust".into(),
        format!("/wizard/?token={}", "0".repeat(token.len())),
        "/wizard/?token=".into(),
    ] {
        let reply = stranger.get(&path);
        assert_eq!(reply.status, 403, "{path}: {}", reply.body);
        assert!(
            reply.body.contains("access token"),
            "{path}: {}",
            reply.body
        );
        assert!(!reply.body.contains(token), "{path} shows the token");
    }
    stranger.language = Some("de-CH,de;q=0.9".into());
    let reply = stranger.get("/wizard/");
    assert_eq!(reply.status, 403);
    assert!(reply.body.contains("<html lang=\"de\""), "{}", reply.body);
    assert!(reply.body.contains("Zugriffstoken"), "{}", reply.body);
    // Help and F1 need nothing.
    for (path, want) in [
        ("/en/certificate-request-returned.html", 200),
        (
            &format!("/en/certificate-request-returned.html?request={id}"),
            200,
        ),
        ("/f1?k=ms.lync.dep.DeployCertRequestReturned", 302),
        ("/", 302),
    ] {
        assert_eq!(stranger.get(path).status, want, "{path}");
    }
    // …but the store's state in them is the token's, as the wizard's pages
    // are: no thumbprint, subject or path of the store without it.
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let help = format!("/en/certificate-request-returned.html?request={id}");
    let shown = stranger.get(&help).body;
    for secret in [thumbprint, "CN=host.example.com", store.to_str().unwrap()] {
        assert!(!shown.contains(secret), "{secret} shown without the token");
    }
    // With the token once: the page, and a cookie that opens the others.
    let mut visitor = Client::new(&server);
    let reply = visitor.get(&format!("/wizard/?token={token}"));
    assert_eq!(reply.status, 200, "{}", reply.body);
    let cookies = reply.header("set-cookie").unwrap_or_default();
    assert!(
        cookies.contains(&format!("docwiz-token={token}")) && cookies.contains("HttpOnly"),
        "{cookies}"
    );
    let page = visitor.get(&format!("/wizard/status?request={id}"));
    assert_eq!(page.status, 200, "{}", page.body);
    let shown = visitor.get(&help).body;
    assert!(shown.contains(thumbprint), "{shown}");
    assert_eq!(snapshot(&store), before, "a refused page changed the store");
    // And a step goes through with the cookie, the form's token and Origin.
    let action = attr(&page.body, "finish-form", "action").unwrap();
    let reply = visitor.post(&action, &[]);
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(status_json(&store, Some(id))["finished"], true);
}

#[test]
fn on_loopback_the_wizard_needs_no_token_but_refuses_a_foreign_host() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::create_dir_all(&store).unwrap();
    let server = Server::with_store(&store);
    assert!(!server.banner.contains("token"), "{}", server.banner);
    let said = server.next_line().unwrap_or_default();
    assert!(!said.contains("access token"), "{said}");
    assert_eq!(Client::new(&server).get("/wizard/").status, 200);
    // A page of another site whose name was rebound to 127.0.0.1 by DNS.
    let reply = common::serve::send_raw(
        &server.addr,
        b"GET /wizard/ HTTP/1.1\r\nHost: rebound.example:8370\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(reply.status, 403, "{reply:?}");
    assert!(reply.body.contains("loopback address"), "{}", reply.body);
}

/// The thumbprints a page shows for the three usages: on the main page the
/// `usage-…` entries, on a topic the "Assigned now" line; `None` for a usage
/// with nothing assigned.
fn usages_shown(page: &str) -> Vec<Option<String>> {
    let thumbprint_in = |text: &str| {
        let hex: Vec<char> = text.chars().collect();
        hex.windows(40)
            .find(|w| {
                w.iter()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase())
            })
            .map(|w| w.iter().collect::<String>())
    };
    if page.contains("id=\"usage-default\"") {
        ["default", "web-internal", "web-external"]
            .iter()
            .map(|u| {
                let at = page.find(&format!("id=\"usage-{u}\"")).unwrap();
                let end = at + page[at..].find("</dd>").unwrap();
                thumbprint_in(&page[at..end])
            })
            .collect()
    } else {
        let at = page
            .find("Assigned now:")
            .unwrap_or_else(|| panic!("no live state on the page:\n{page}"));
        let end = at + page[at..].find("</li>").unwrap();
        let line = &page[at..end];
        if line.contains("nothing yet") {
            return vec![None; 3];
        }
        line.split("<code>")
            .skip(1)
            .map(|c| thumbprint_in(c.split("</code>").next().unwrap()))
            .collect()
    }
}

#[test]
fn readers_see_the_old_or_the_new_assignment_while_steps_switch_it_never_half() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    // A is assigned to all three usages; B is issued, trusted, not finished.
    let a = trusted_request(&store, &[]);
    let a_id = a["request"].as_str().unwrap();
    let a_thumbprint = a["thumbprint"].as_str().unwrap().to_string();
    wizard_ok(&store, &["wizard", "finish", "--request", a_id]);
    let b = trusted_request(&store, &[]);
    let b_id = b["request"].as_str().unwrap().to_string();
    let b_thumbprint = b["thumbprint"].as_str().unwrap().to_string();
    let server = Server::with_store(&store);
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..4)
        .map(|n| {
            let mut reader = Client::new(&server);
            let done = done.clone();
            let page = if n % 2 == 0 {
                "/wizard/".to_string()
            } else {
                format!("/en/certificate-request-returned.html?request={b_id}")
            };
            let (a, b) = (a_thumbprint.clone(), b_thumbprint.clone());
            std::thread::spawn(move || {
                let mut seen = std::collections::BTreeSet::new();
                // At least one read after the steps, whenever they ended.
                loop {
                    let last = done.load(std::sync::atomic::Ordering::SeqCst);
                    let reply = reader.get(&page);
                    assert_eq!(reply.status, 200, "{page}: {}", reply.body);
                    let shown = usages_shown(&reply.body);
                    let whole = [&a, &b]
                        .into_iter()
                        .find(|t| shown == vec![Some(t.to_string()); 3]);
                    let Some(whole) = whole else {
                        panic!("{page} shows a half state {shown:?}:\n{}", reply.body);
                    };
                    seen.insert(whole.clone());
                    if last {
                        return seen;
                    }
                }
            })
        })
        .collect();
    // The steps: Finish of B (A's usages move to B), then assignments back
    // and forth, each switching the three usages.
    let mut writer = Client::new(&server);
    let page = writer.get(&format!("/wizard/status?request={b_id}"));
    let finish = attr(&page.body, "finish-form", "action").unwrap();
    let reply = writer.post(&finish, &[("assign", "1")]);
    assert_eq!(reply.status, 303, "{}", reply.body);
    let all = [
        ("usage", "default"),
        ("usage", "web-internal"),
        ("usage", "web-external"),
    ];
    for round in 0..10 {
        let to = if round % 2 == 0 {
            &a_thumbprint
        } else {
            &b_thumbprint
        };
        let page = writer.get(&format!("/wizard/assign?thumbprint={to}"));
        assert_eq!(page.status, 200, "{}", page.body);
        let action = attr(&page.body, "assign-form", "action")
            .unwrap_or_else(|| panic!("no assign form: {}", page.body));
        let reply = writer.post(&action, &all);
        assert_eq!(reply.status, 303, "round {round}: {}", reply.body);
        // And once a round, from another process: the command line.
        let back = if round % 2 == 0 {
            &b_thumbprint
        } else {
            &a_thumbprint
        };
        wizard_ok(&store, &["wizard", "assign", "--thumbprint", back]);
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    for reader in readers {
        let seen = reader
            .join()
            .expect("a reader saw a half state or an error");
        assert!(!seen.is_empty());
    }
    // The last step stands: A (the command line's, after the browser's B).
    let status = status_json(&store, Some(&b_id));
    assert_eq!(status["finished"], true, "{status}");
    for usage in ["default", "web-internal", "web-external"] {
        assert_eq!(status["assigned"][usage], a_thumbprint.as_str(), "{status}");
    }
}

#[test]
fn private_keys_are_never_served_whatever_the_path_or_page_names() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = local_request(&store);
    let id = status["request"].as_str().unwrap();
    let thumbprint = status["thumbprint"].as_str().unwrap();
    wizard_ok(
        &store,
        &["wizard", "finish", "--request", id, "--no-assign"],
    );
    let keys = [
        store.join(format!("requests/{id}/key.pem")),
        store.join(format!("certs/{thumbprint}/privkey.pem")),
    ];
    // A line of each key's base64, to find it however a page would show it.
    let secrets: Vec<String> = keys
        .iter()
        .map(|k| {
            let pem = std::fs::read_to_string(k).unwrap();
            pem.lines().nth(1).unwrap().to_string()
        })
        .collect();
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let mut paths = vec![
        format!("/requests/{id}/key.pem"),
        format!("/certs/{thumbprint}/privkey.pem"),
        format!("/en/../requests/{id}/key.pem"),
        format!("/wizard/details?thumbprint={thumbprint}"),
        format!("/wizard/status?request={id}"),
        format!("/en/certificate-request-returned.html?request={id}"),
    ];
    for key in &keys {
        let file = percent(key.to_str().unwrap());
        paths.extend([
            format!("/wizard/trust/confirm?kind=root&file={file}"),
            format!("/wizard/trust/confirm?kind=intermediate&file={file}"),
            format!("/wizard/trust?kind=root&file={file}"),
            format!("/wizard/import?file={file}&key={file}"),
            format!("/wizard/details?file={file}"),
        ]);
    }
    for path in &paths {
        let reply = browser.visit(path);
        assert!(
            !reply.body.contains("PRIVATE KEY"),
            "{path}: {}",
            reply.body
        );
        for secret in &secrets {
            assert!(!reply.body.contains(secret.as_str()), "{path} shows a key");
        }
    }
}

#[test]
fn a_body_that_trickles_in_or_is_too_big_is_refused_and_the_connection_closed() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::create_dir_all(&store).unwrap();
    let server = Server::with_store(&store);
    let mut browser = Client::new(&server);
    let token = csrf(&mut browser);
    let cookie = browser.cookie_header();
    let head = |length: &str| {
        format!(
            "POST /wizard/import?csrf={token} HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\n{cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n",
            addr = server.addr
        )
    };
    // Announced bigger than the limit: refused before any of it is sent.
    let r = common::serve::send_raw(&server.addr, head("1000000000000").as_bytes());
    assert_eq!(r.status, 413, "{r:?}");
    // One byte a second of a 200-byte body: answered (408) and closed long
    // before the body is complete, not waited for as long as it takes.
    let mut slow = std::net::TcpStream::connect(&server.addr).unwrap();
    slow.write_all(head("200").as_bytes()).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
    let mut answer = Vec::new();
    for sent in 0..200 {
        if slow.write_all(b"a").is_err() {
            break;
        }
        let mut buf = [0u8; 4096];
        match slow.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                answer.extend_from_slice(&buf[..n]);
                break;
            }
            Err(_) => assert!(sent < 199, "the whole body was waited for"),
        }
    }
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert_eq!(browser.get("/wizard/").status, 200);
}

#[test]
fn a_request_waiting_for_its_ca_does_not_make_readers_wait() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::create_dir_all(&store).unwrap();
    // A CA that takes the request and does not answer until the test says.
    let ca = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", ca.local_addr().unwrap());
    let mut request = docwiz()
        .args(["--store", store.to_str().unwrap(), "--no-interactive"])
        .args(["wizard", "request", "--fqdn", "slow.example.com"])
        .args(["--ca", "cfssl", "--cfssl-url", &url])
        .env("NO_PROXY", "*")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let (mut asked, _) = ca.accept().unwrap();
    // Read what was sent, so the request is at its wait for the answer.
    asked
        .set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    let mut sent = [0u8; 65536];
    let _ = asked.read(&mut sent);
    // The command holds the lock (the request is pending, not interrupted)
    // but the store is whole: its generation is even, so pages read it at
    // once rather than wait for the CA.
    let lock = std::fs::read_to_string(store.join(".lock")).unwrap();
    let generation: u64 = lock.trim().parse().unwrap();
    assert_eq!(
        generation % 2,
        0,
        "generation {generation} while the CA is asked"
    );
    let server = Server::with_store(&store);
    let page = Client::new(&server).get("/wizard/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("slow.example.com"), "{}", page.body);
    // The CA hangs up: the request fails and is recorded so.
    drop(asked);
    let _ = request.wait();
    let status = status_json(&store, None);
    assert_eq!(status["state"], "failed", "{status}");
    let lock = std::fs::read_to_string(store.join(".lock")).unwrap();
    assert_eq!(lock.trim().parse::<u64>().unwrap() % 2, 0);
}
