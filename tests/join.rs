//! The join: help pages with the live state of the store, the main wizard page,
//! F1 from every page, and a topic for every keyword the wizard sends.

mod common;
use common::*;

use std::path::Path;

fn help(store: &Path, args: &[&str]) -> String {
    let mut all = vec!["help"];
    all.extend(args);
    wizard_ok(store, &all)
}

#[test]
fn status_help_follows_the_request_through_trust_import_and_finish() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    // No request yet: the panel says so and gives the command.
    let page = help(s, &[KEYWORD, "--format", "md"]);
    assert!(page.contains("## Live status {#live-status}"), "{page}");
    assert!(
        page.contains("There is no certificate request yet"),
        "{page}"
    );
    assert!(page.contains("wizard request --fqdn <FQDN>`"), "{page}");

    let status: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "host.example.com",
            "--key",
            "ecdsa-p256",
        ],
    ))
    .unwrap();
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let page = help(s, &[KEYWORD, "--format", "md"]);
    assert!(page.contains(thumbprint), "{page}");
    assert!(
        page.contains(
            "not trusted: the root CA certificate is not in Trusted Root Certification Authorities"
        ),
        "{page}"
    );
    assert!(page.contains("- **Assignment available:** no"), "{page}");
    assert!(page.contains("- **Check box “Assign this certificate to Skype for Business Server certificate usages”:** selected"), "{page}");
    assert!(page.contains("trust import-root "), "{page}");

    for missing in status["chain"]["missing"].as_array().unwrap() {
        let file = missing["file"].as_str().unwrap();
        if missing["kind"] == "root" {
            wizard_ok(s, &["trust", "import-root", file, "--yes"]);
        } else {
            wizard_ok(s, &["trust", "import-intermediate", file]);
        }
    }
    let page = help(s, &[KEYWORD, "--format", "md"]);
    assert!(page.contains(thumbprint));
    assert!(
        !page.contains("trust import-root"),
        "no import command once trusted: {page}"
    );
    assert!(!page.contains("trust import-intermediate"), "{page}");
    assert!(page.contains("- **Assignment available:** yes"), "{page}");
    assert!(page.contains("wizard finish --request"), "{page}");

    wizard_ok(s, &["wizard", "finish"]);
    let page = help(s, &[KEYWORD, "--format", "md"]);
    assert!(
        page.contains(&format!("Server default `{thumbprint}`")),
        "{page}"
    );
    assert!(page.contains("Nothing left to do"), "{page}");
}

#[test]
fn no_live_leaves_the_panel_out() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    let page = help(s, &[KEYWORD, "--format", "md", "--no-live"]);
    assert!(!page.contains("live-status"), "{page}");
    assert!(!page.contains(status["thumbprint"].as_str().unwrap()));
    assert!(
        page.contains("> [!IMPORTANT]"),
        "the topic itself is all there"
    );
}

#[test]
fn html_page_carries_the_panel() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    let html = help(s, &[KEYWORD, "--format", "html", "--lang", "de"]);
    assert!(html.contains("<h2 id=\"live-status\">"), "{html}");
    assert!(
        html.contains(&format!(
            "<code>{}</code>",
            status["thumbprint"].as_str().unwrap()
        )),
        "{html}"
    );
    assert!(html.contains("Status der Onlinezertifikatanforderung"));
    let term = help(s, &[KEYWORD, "--lang", "ru"]);
    assert!(
        term.contains(status["thumbprint"].as_str().unwrap()),
        "{term}"
    );
}

#[test]
fn live_panel_can_show_a_given_request() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let first: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "one.example.com",
            "--key",
            "ecdsa-p256",
        ],
    ))
    .unwrap();
    wizard_ok(
        s,
        &[
            "wizard",
            "request",
            "--fqdn",
            "two.example.com",
            "--key",
            "ecdsa-p256",
        ],
    );
    let id = first["request"].as_str().unwrap();
    let page = help(s, &[KEYWORD, "--format", "md", "--request", id]);
    assert!(
        page.contains(first["thumbprint"].as_str().unwrap()),
        "{page}"
    );
    assert!(page.contains("CN=one.example.com"));
}

/// Writes a request that waits for its CA, as the store lays it out.
fn plant_pending(store: &Path, id: &str) {
    let dir = store.join("requests").join(id);
    std::fs::create_dir_all(&dir).unwrap();
    let record = serde_json::json!({
        "id": id, "created": "2026-01-01T00:00:00Z", "fqdn": "later.example.com",
        "names": ["later.example.com"], "key": "ecdsa-p256", "usages": ["web-external"],
        "ca": "offline", "state": "pending",
    });
    std::fs::write(dir.join("request.json"), record.to_string()).unwrap();
}

#[test]
fn main_page_with_nothing() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let page = wizard_ok(s, &["wizard"]);
    assert!(page.contains("Certificate Wizard"), "{page}");
    assert_eq!(page.matches("no certificate assigned").count(), 3, "{page}");
    assert!(page.contains("wizard request --fqdn <FQDN>"), "{page}");
    assert!(
        page.trim_end()
            .ends_with(" help ms.lync.dep.DeployCertsMain"),
        "{page}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&wizard_ok(s, &["--json", "wizard"])).unwrap();
    assert_eq!(json["usages"].as_array().unwrap().len(), 3);
    assert!(
        json["usages"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["certificate"].is_null())
    );
    assert_eq!(json["pending"], serde_json::json!([]));
    assert_eq!(json["actions"][0]["kind"], "request");
}

#[test]
fn main_page_with_one_pending_request() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    plant_pending(s, "waiting-1");
    let json: serde_json::Value =
        serde_json::from_str(&wizard_ok(s, &["--json", "wizard"])).unwrap();
    assert_eq!(json["pending"][0]["request"], "waiting-1");
    assert_eq!(json["pending"][0]["state"], "pending");
    let process = json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "process-pending")
        .unwrap();
    assert!(
        process["command"]
            .as_str()
            .unwrap()
            .ends_with("wizard import-response --request waiting-1 <FILE>"),
        "{process}"
    );
    let import = json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "import-certificate")
        .unwrap();
    assert!(
        import["command"]
            .as_str()
            .unwrap()
            .ends_with("wizard import <FILE> --key <KEY>")
    );
    let page = wizard_ok(s, &["wizard"]);
    assert!(page.contains("waiting-1"), "{page}");
    assert!(page.contains("later.example.com"), "{page}");
    assert!(
        page.contains("wizard import-response --request waiting-1"),
        "{page}"
    );
}

#[test]
fn main_page_with_one_assigned_certificate_and_one_waiting_for_trust() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &["--usage", "default"]);
    wizard_ok(s, &["wizard", "finish"]);
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&wizard_ok(s, &["--json", "wizard"])).unwrap();
    let default = &json["usages"][0];
    assert_eq!(default["usage"], "default");
    assert_eq!(default["certificate"]["thumbprint"], thumbprint);
    assert_eq!(default["certificate"]["subject"], "CN=host.example.com");
    let days = default["certificate"]["days_left"].as_i64().unwrap();
    assert!((395..=397).contains(&days), "{days}");
    assert!(json["usages"][1]["certificate"].is_null());
    let details = json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "details")
        .unwrap();
    assert!(
        details["command"]
            .as_str()
            .unwrap()
            .ends_with(&format!("wizard details --thumbprint {thumbprint}"))
    );

    let page = wizard_ok(s, &["wizard"]);
    assert!(page.contains(thumbprint), "{page}");
    assert!(
        page.contains("(CN=host.example.com), expires on "),
        "{page}"
    );
    assert!(page.contains(&format!("{days} days left")), "{page}");
    // The same panel inside the main page's help topic.
    let help_page = help(s, &["ms.lync.dep.DeployCertsMain", "--format", "md"]);
    assert!(help_page.contains("{#live-usages}"), "{help_page}");
    assert!(help_page.contains(thumbprint));
}

#[test]
fn main_page_lists_an_issued_certificate_that_waits_for_trust() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    local_request(s);
    let json: serde_json::Value =
        serde_json::from_str(&wizard_ok(s, &["--json", "wizard"])).unwrap();
    assert_eq!(json["unassigned"].as_array().unwrap().len(), 1);
    assert_eq!(json["unassigned"][0]["chain"], "untrusted-root");
    let kinds: Vec<&str> = json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"import-root") && kinds.contains(&"import-intermediate"),
        "{kinds:?}"
    );
    assert!(!kinds.contains(&"assign"), "{kinds:?}");
}

#[test]
fn every_wizard_keyword_resolves_to_its_topic() {
    for (keyword, topic) in [
        ("ms.lync.dep.DeployCertsMain", "certificate-wizard"),
        (
            "ms.lync.dep.DeployCertRequestOnlineOffline",
            "certificate-request",
        ),
        ("ms.lync.dep.DeployCertRequestCA", "certificate-request"),
        ("ms.lync.dep.DeployCertRequestBasics", "certificate-request"),
        (
            "ms.lync.dep.DeployCertRequestSanDesc",
            "certificate-request",
        ),
        (
            "ms.lync.dep.DeployCertRequestReturned",
            "certificate-request-returned",
        ),
        (
            "ms.lync.dep.DeployCertAssignIntroFromRequest",
            "certificate-assignment",
        ),
        ("ms.lync.dep.DeployCertList", "certificate-assignment"),
        ("ms.lync.dep.DeployAssignedCertList", "certificate-details"),
        ("ms.lync.dep.DeployCertImportBasics", "certificate-import"),
        ("docwiz.TrustImport", "trust-import"),
    ] {
        let out = run(&["help", keyword, "--format", "md", "--no-live"]);
        assert_eq!(code(&out), 0, "{keyword}: {}", stderr(&out));
        assert_eq!(
            front(&stdout(&out), "id").unwrap(),
            format!("\"{topic}\""),
            "{keyword}"
        );
    }
}

#[test]
fn every_topic_is_complete_in_every_locale() {
    let out = run(&["topics", "--json"]);
    let topics: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(topics.as_array().unwrap().len() >= 7);
    for topic in topics.as_array().unwrap() {
        for (locale, missing) in topic["missing"].as_object().unwrap() {
            assert_eq!(missing, 0, "{} in {locale}", topic["id"]);
        }
    }
    for lang in ["en", "ru", "zh-TW", "fr", "es", "de"] {
        // The no-match page needs the keyword that matched nothing: it is shown
        // through an unknown keyword below.
        for topic in topics
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["id"] != "no-match")
        {
            let out = run(&[
                "help",
                topic["id"].as_str().unwrap(),
                "--lang",
                lang,
                "--strict",
                "--no-live",
                "--format",
                "md",
            ]);
            assert_eq!(code(&out), 0, "{} in {lang}: {}", topic["id"], stderr(&out));
        }
        let out = run(&[
            "help",
            "no.such.keyword",
            "--lang",
            lang,
            "--strict",
            "--format",
            "md",
        ]);
        assert_eq!(code(&out), 3);
        assert_eq!(front(&stdout(&out), "fallback"), None, "{lang}");
    }
}

#[test]
fn f1_shows_the_pages_topic_with_live_state_instead_of_running_the_step() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    for (args, title, live) in [
        (
            vec!["wizard"],
            "Certificate Wizard",
            "Certificate usages now",
        ),
        (vec!["wizard", "request"], "Request a certificate", ""),
        (
            vec!["wizard", "status"],
            "Certificate Request (Returned)",
            "Live status",
        ),
        (
            vec!["wizard", "details"],
            "View certificate details",
            "Live status",
        ),
        (
            vec!["wizard", "finish"],
            "Certificate Request (Returned)",
            "Live status",
        ),
        (
            vec!["wizard", "assign"],
            "Assign a certificate",
            "Certificate usages now",
        ),
        (
            vec!["trust", "import-root"],
            "Trust a certification authority",
            "Live status",
        ),
        (
            vec!["trust", "import-intermediate"],
            "Trust a certification authority",
            "Live status",
        ),
        (
            vec!["trust", "list"],
            "Trust a certification authority",
            "Live status",
        ),
        (
            vec!["certs", "list"],
            "Assign a certificate",
            "Certificate usages now",
        ),
        // The thumbprint and one of --pfx/--pem are required, but not for
        // the topic.
        (
            vec!["certs", "export"],
            "Export a certificate",
            "Certificate usages now",
        ),
        (
            vec!["certs", "remove"],
            "Remove a certificate",
            "Certificate usages now",
        ),
        (
            vec!["wizard", "revoke"],
            "Revoke a certificate",
            "Certificate usages now",
        ),
        (
            vec!["trust", "crl"],
            "Revoke a certificate",
            "Certificate usages now",
        ),
        (
            vec!["wizard", "import-response"],
            "Import a certificate",
            "",
        ),
    ] {
        let mut all = args.clone();
        all.push("--f1");
        let before = snapshot(s);
        let out = wizard_ok(s, &all);
        assert!(out.starts_with(title), "{args:?}: {out}");
        assert!(out.contains(live), "{args:?}: {out}");
        assert_eq!(before, snapshot(s), "{args:?} ran the step");
    }
}

#[test]
fn every_page_ends_with_its_f1_keyword() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let ends = |out: String, keyword: &str| {
        let last = out.trim_end().lines().last().unwrap().to_string();
        assert!(
            last.contains(&format!("F1 keyword {keyword}"))
                && last.ends_with(&format!(" help {keyword}")),
            "{out}"
        );
    };
    ends(wizard_ok(s, &["wizard"]), "ms.lync.dep.DeployCertsMain");
    ends(
        wizard_ok(s, &["wizard", "status"]),
        "ms.lync.dep.DeployCertRequestReturned",
    );
    ends(
        wizard_ok(s, &["wizard", "details"]),
        "ms.lync.dep.DeployAssignedCertList",
    );
    ends(
        wizard_ok(s, &["wizard", "finish", "--no-assign"]),
        "ms.lync.dep.DeployCertRequestReturned",
    );
    ends(
        wizard_ok(s, &["wizard", "assign", "--thumbprint", thumbprint]),
        "ms.lync.dep.DeployCertList",
    );
    ends(wizard_ok(s, &["trust", "list"]), "docwiz.TrustImport");
    ends(
        wizard_ok(s, &["certs", "list"]),
        "ms.lync.dep.DeployCertList",
    );
    ends(
        wizard_ok(
            s,
            &[
                "wizard",
                "request",
                "--fqdn",
                "x.example.com",
                "--key",
                "ecdsa-p256",
            ],
        ),
        "ms.lync.dep.DeployCertRequestReturned",
    );
    // In the user's language.
    let out = docwiz()
        .args(["--store", s.to_str().unwrap(), "certs", "list"])
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert!(
        !stdout(&out).contains("Help for this page"),
        "{}",
        stdout(&out)
    );
}
