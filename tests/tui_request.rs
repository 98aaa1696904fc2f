//! The request pages of the full-screen wizard, in a real terminal (tmux):
//! through every step to the status page, names checked as they are typed,
//! Back and F1 keeping what was typed, Cancel writing nothing, the command
//! line's arguments filled in, an offline request, a request that waits on
//! its CA, and zh-TW at 80x24.

mod common;

use std::io::Read;
use std::net::TcpListener;
use std::path::Path;
use std::sync::mpsc;

use common::tmux::{Tmux, flat, width};
use common::*;

fn wait_flat(t: &Tmux, text: &str) -> String {
    t.wait_flat(text)
}

fn wait_flat_gone(t: &Tmux, text: &str) -> String {
    t.wait_until(&format!("{text:?} to leave the screen"), |s| {
        !flat(s).contains(text)
    })
}

fn start(store: &Path, lang: &str, w: u16, h: u16, extra: &[&str]) -> Tmux {
    let mut args = vec!["--store", store.to_str().unwrap(), "wizard", "request"];
    args.extend(extra);
    Tmux::docwiz(w, h, &[("LANG", lang)], &args)
}

fn assert_fits(screen: &str, columns: usize) {
    for line in screen.lines() {
        assert!(
            width(line) <= columns,
            "wider than {columns} columns: {line:?}\n{screen}"
        );
    }
}

fn request_json(store: &Path, id: &str) -> serde_json::Value {
    let path = store.join("requests").join(id).join("request.json");
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn a_local_request_through_every_page_ends_on_its_status_page() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = start(&store, "C.UTF-8", 100, 40, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 2 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 3 of 6");
    t.type_text("host.example.com");
    t.keys(&["Tab", "Down", "Down", "Down"]);
    t.wait_for("(•) ECDSA, curve P-256");
    t.keys(&["Enter"]);
    t.wait_for("Step 4 of 6");
    t.type_text("www.example.com, *.example.com");
    t.wait_for("• *.example.com");
    t.keys(&["Enter"]);
    t.wait_for("Step 5 of 6");
    t.keys(&["Space"]);
    t.wait_for("[ ] Server default");
    t.keys(&["Enter"]);
    let summary = t.settled("Certificate Request Summary");
    let facts = flat(&summary);
    for fact in [
        "The local CA embedded in docwiz",
        "host.example.com, www.example.com, *.example.com",
        "ECDSA, curve P-256",
        "Web services internal and Web services external",
    ] {
        assert!(
            facts.contains(fact),
            "{fact:?} not in the summary:\n{summary}"
        );
    }
    assert!(
        !store.join("requests").exists(),
        "the summary wrote something"
    );
    t.keys(&["Enter"]);
    t.wait_for("Online Certificate Request Status");
    let status = status_json(&store, None);
    let thumbprint = status["thumbprint"].as_str().unwrap();
    t.wait_for(thumbprint);
    assert_eq!(status["state"], "issued");
    assert_eq!(status["fqdn"], "host.example.com");
    assert_eq!(
        status["sans"],
        serde_json::json!(["host.example.com", "www.example.com", "*.example.com"])
    );
    assert_eq!(
        status["usages"],
        serde_json::json!(["web-internal", "web-external"])
    );
    let record = request_json(&store, status["request"].as_str().unwrap());
    assert_eq!(record["key"], "ecdsa-p256");
    assert_eq!(record["ca"], "local");
    // Esc on the status page leads to the main page, not back to the request.
    t.keys(&["Escape"]);
    t.wait_for("Certificate Wizard");
}

#[test]
fn invalid_names_show_their_reason_as_typed_and_next_does_not_advance() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = start(&store, "de_DE.UTF-8", 120, 40, &[]);
    t.wait_for("Schritt 1 von 6");
    t.keys(&["Enter"]);
    t.wait_for("Schritt 2 von 6");
    t.keys(&["Enter"]);
    t.wait_for("Schritt 3 von 6");
    t.keys(&["Enter"]);
    // Next on an empty FQDN says what is missing.
    wait_flat(&t, "Geben Sie den FQDN des Servers ein.");
    for (name, reason) in [
        ("bad_name.example", "Das Label „bad_name“ enthält „_“"),
        ("a-.example", "beginnt oder endet mit einem Bindestrich"),
        ("a..example", "Er hat ein leeres Label"),
        ("192.0.2.1", "Es ist eine IP-Adresse"),
        ("host.123", "Sein letztes Label besteht nur aus Ziffern"),
        (
            "*.example.com",
            "Ein Platzhalter kann nicht den Server selbst benennen",
        ),
    ] {
        t.keys(&["C-u"]);
        t.type_text(name);
        // Shown while typing, before any Next.
        wait_flat(&t, &format!("{name} "));
        wait_flat(&t, reason);
        t.keys(&["Enter"]);
    }
    let screen = t.screen();
    assert!(
        screen.contains("Schritt 3 von 6"),
        "Next advanced:\n{screen}"
    );
    t.keys(&["C-u"]);
    t.type_text("host.example.com");
    wait_flat_gone(&t, "kein gültiger DNS-Name");
    t.keys(&["Enter"]);
    t.wait_for("Schritt 4 von 6");
    for (name, reason) in [
        ("bad_san.example", "Das Label „bad_san“ enthält „_“"),
        ("a..b", "Er hat ein leeres Label"),
        ("192.0.2.7", "Es ist eine IP-Adresse"),
        ("a.*.example", "Ein Platzhalter ist nur als ganzes"),
        ("ok.example, x_y.example", "Das Label „x_y“ enthält „_“"),
    ] {
        t.keys(&["C-u"]);
        t.type_text(name);
        wait_flat(&t, reason);
        t.keys(&["Enter"]);
    }
    let screen = t.screen();
    assert!(
        screen.contains("Schritt 4 von 6"),
        "Next advanced:\n{screen}"
    );
    t.keys(&["C-u"]);
    t.type_text("ok.example *.example.com");
    wait_flat_gone(&t, "kein gültiger DNS-Name");
    t.keys(&["Enter"]);
    t.wait_for("Schritt 5 von 6");
    // No usage: Next refused with the reason.
    t.keys(&["Space", "Tab", "Space", "Tab", "Space"]);
    t.wait_for("[ ] Externe Webdienste");
    t.keys(&["Enter"]);
    wait_flat(&t, "Wählen Sie mindestens eine Verwendung.");
    assert!(t.screen().contains("Schritt 5 von 6"));
    assert!(!store.join("requests").exists());
}

#[test]
fn back_and_help_keep_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = start(&store, "C.UTF-8", 100, 40, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 2 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 3 of 6");
    t.type_text("keep.example.com");
    t.keys(&["Tab", "Down"]);
    t.wait_for("(•) RSA, 3072 bits");
    t.keys(&["Enter"]);
    t.wait_for("Step 4 of 6");
    t.type_text("san.example.org");
    t.wait_for("• san.example.org");
    t.keys(&["Escape"]);
    let basics = t.settled("Step 3 of 6");
    assert!(basics.contains("keep.example.com"), "{basics}");
    assert!(basics.contains("(•) RSA, 3072 bits"), "{basics}");
    // The help over the page, then the page exactly as it was.
    t.keys(&["F1"]);
    t.wait_until("the help over the page", |s| s != basics);
    t.keys(&["Escape"]);
    t.wait_until("the page as it was", |s| s == basics);
    t.keys(&["Enter"]);
    let sans = t.settled("Step 4 of 6");
    assert!(sans.contains("san.example.org"), "{sans}");
    // The Back button, as Esc.
    t.keys(&["Tab", "Enter"]);
    let basics = t.settled("Step 3 of 6");
    assert!(basics.contains("keep.example.com"), "{basics}");
}

#[test]
fn cancel_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    let before = snapshot(&store);
    let t = start(&store, "C.UTF-8", 100, 40, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 2 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 3 of 6");
    t.type_text("cancel.example.com");
    t.keys(&["Enter"]);
    t.wait_for("Step 4 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 5 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Certificate Request Summary");
    // Focus is on Request; Cancel is the next button.
    t.keys(&["Tab", "Enter"]);
    t.wait_for("Certificate Wizard");
    assert_eq!(snapshot(&store), before, "Cancel changed the store");
    // Closed: the full screen is gone. (Not `wait_exit`: tmux 3.3a now and
    // then reports the pane dead without its exit status.)
    t.keys(&["Escape"]);
    t.wait_gone("Certificate Wizard");
    assert_eq!(snapshot(&store), before, "closing changed the store");

    // Esc on the first step leaves the page without writing either.
    let t = start(&store, "C.UTF-8", 100, 40, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Escape"]);
    t.wait_for("Certificate Wizard");
    t.keys(&["Escape"]);
    t.wait_gone("Certificate Wizard");
    assert_eq!(snapshot(&store), before);
}

#[test]
fn the_command_lines_arguments_are_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = start(
        &store,
        "C.UTF-8",
        100,
        40,
        &[
            "--san",
            "b.example",
            "--san",
            "c.example",
            "--key",
            "ecdsa-p256",
            "--usage",
            "web-external",
            "--ca",
            "cfssl",
            "--cfssl-url",
            "http://127.0.0.1:9",
            "--cfssl-profile",
            "www",
        ],
    );
    t.wait_for("Step 1 of 6");
    t.keys(&["Enter"]);
    let ca = t.settled("Step 2 of 6");
    assert!(ca.contains("(•) A cfssl CA"), "{ca}");
    assert!(ca.contains("http://127.0.0.1:9"), "{ca}");
    assert!(ca.contains("www"), "{ca}");
    t.keys(&["Enter"]);
    let basics = t.settled("Step 3 of 6");
    assert!(basics.contains("(•) ECDSA, curve P-256"), "{basics}");
    t.type_text("a.example");
    t.keys(&["Enter"]);
    let sans = t.settled("Step 4 of 6");
    assert!(sans.contains("b.example, c.example"), "{sans}");
    t.keys(&["Enter"]);
    let usages = t.settled("Step 5 of 6");
    assert!(usages.contains("[ ] Server default"), "{usages}");
    assert!(usages.contains("[ ] Web services internal"), "{usages}");
    assert!(usages.contains("[x] Web services external"), "{usages}");

    // An offline file from the command line: the second option, filled in.
    let csr = dir.path().join("given.csr");
    let t = start(
        &store,
        "C.UTF-8",
        100,
        40,
        &["--offline", csr.to_str().unwrap()],
    );
    let timing = t.settled("Step 1 of 5");
    assert!(
        timing.contains("(•) Prepare the request now, but send it later"),
        "{timing}"
    );
    assert!(timing.contains(csr.to_str().unwrap()), "{timing}");
}

#[test]
fn an_offline_request_writes_the_csr_to_the_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    // An existing store, so that a file inside it is refused as such.
    std::fs::create_dir(&store).unwrap();
    let taken = dir.path().join("taken.csr");
    std::fs::write(&taken, "keep me").unwrap();
    let csr = dir.path().join("new.csr");
    let t = start(&store, "C.UTF-8", 100, 40, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Down"]);
    t.wait_for("Step 1 of 5");
    t.keys(&["Tab"]);
    t.type_text(taken.to_str().unwrap());
    wait_flat(&t, "This file already exists.");
    t.keys(&["Enter"]);
    t.keys(&["C-u"]);
    t.type_text(&dir.path().join("missing/x.csr").display().to_string());
    wait_flat(&t, "does not exist");
    t.keys(&["Enter"]);
    t.keys(&["C-u"]);
    t.type_text(&store.join("inside.csr").display().to_string());
    wait_flat(&t, "is inside the store");
    let screen = t.screen();
    assert!(screen.contains("Step 1 of 5"), "Next advanced:\n{screen}");
    t.keys(&["C-u"]);
    t.type_text(csr.to_str().unwrap());
    wait_flat_gone(&t, "is inside the store");
    t.keys(&["Enter"]);
    // No CA to choose for an offline request.
    t.wait_for("Step 2 of 5");
    t.wait_for("Name and Security Settings");
    t.type_text("offline.example.com");
    t.keys(&["Tab", "Down", "Down", "Down", "Enter"]);
    t.wait_for("Step 3 of 5");
    t.keys(&["Enter"]);
    t.wait_for("Step 4 of 5");
    t.keys(&["Enter"]);
    let summary = t.settled("Certificate Request Summary");
    assert!(flat(&summary).contains(csr.to_str().unwrap()), "{summary}");
    assert!(!csr.exists());
    t.keys(&["Enter"]);
    t.wait_for("Online Certificate Request Status");
    let status = status_json(&store, None);
    assert_eq!(status["state"], "pending");
    assert_eq!(status["fqdn"], "offline.example.com");
    let pem = std::fs::read_to_string(&csr).unwrap();
    assert!(
        pem.starts_with("-----BEGIN CERTIFICATE REQUEST-----"),
        "{pem}"
    );
    let subject = openssl(&[
        "req",
        "-in",
        csr.to_str().unwrap(),
        "-noout",
        "-verify",
        "-subject",
    ]);
    assert!(subject.contains("offline.example.com"), "{subject}");
    assert_eq!(std::fs::read_to_string(&taken).unwrap(), "keep me");
}

/// A CA that takes its time: the progress page shows what is happening and
/// the time, F2 works, Esc does not abandon the request; the CA's refusal
/// leaves a failed request, whose status page says why (as the command line
/// records it).
#[test]
fn a_request_waiting_on_its_ca_shows_progress_and_a_refusal_its_status_page() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (release, released) = mpsc::channel::<()>();
    let ca = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut buf = [0u8; 4096];
        let _ = stream.read(&mut buf);
        // Holds the connection until the test has seen the progress page,
        // then closes it without an answer.
        let _ = released.recv();
        drop(stream);
    });
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = start(&store, "C.UTF-8", 100, 40, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 2 of 6");
    t.keys(&["Down", "Down", "Tab"]);
    t.type_text(&url);
    t.keys(&["Enter"]);
    t.wait_for("Step 3 of 6");
    t.type_text("slow.example.com");
    t.keys(&["Tab", "Down", "Down", "Down", "Enter"]);
    t.wait_for("Step 4 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 5 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Certificate Request Summary");
    t.keys(&["Enter"]);
    t.wait_for("Sending the request");
    wait_flat(&t, &format!("asking cfssl at {url}"));
    t.wait_for("s elapsed");
    t.keys(&["Escape"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    // F2 after Esc: the page in the next language is still the progress
    // page, so Esc did not leave it.
    t.keys(&["F2"]);
    let other = t.wait_gone("Sending the request");
    assert!(flat(&other).contains(&url), "{other}");
    assert!(!other.contains("Certificate Wizard"), "{other}");
    // Round the languages back to English.
    for _ in 0..5 {
        t.keys(&["F2"]);
    }
    t.wait_for("Sending the request");
    release.send(()).unwrap();
    ca.join().unwrap();
    let page = t.settled("Online Certificate Request Status");
    let status = status_json(&store, None);
    assert_eq!(status["state"], "failed");
    assert_eq!(status["fqdn"], "slow.example.com");
    assert!(flat(&page).contains("The request failed"), "{page}");
}

#[test]
fn zh_tw_at_80x24_no_line_is_wider_than_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = start(&store, "zh_TW.UTF-8", 80, 24, &[]);
    let screen = t.settled("步驟 1／6");
    assert_fits(&screen, 80);
    t.keys(&["Down", "Tab"]);
    t.type_text("/nonexistent-dir/x.csr");
    assert_fits(&t.settled("不存在"), 80);
    t.keys(&["BTab", "Up", "Enter"]);
    t.wait_for("步驟 2／6");
    // ACME with every field, and errors under them.
    t.keys(&["Down", "Tab"]);
    t.type_text("ftp://ca.example");
    t.keys(&["Tab", "Tab"]);
    t.type_text("nobody");
    t.keys(&["Tab", "C-u"]);
    t.type_text("70000");
    t.keys(&["Tab", "C-u"]);
    t.type_text("localhost");
    let screen = t.settled("IP 位址的格式");
    assert_fits(&screen, 80);
    for _ in 0..5 {
        t.keys(&["BTab"]);
    }
    t.keys(&["Up"]);
    let screen = t.wait_until("the local CA chosen", |s| {
        s.contains("(•) docwiz 內建的本機 CA")
    });
    assert_fits(&screen, 80);
    t.keys(&["Enter"]);
    t.wait_for("步驟 3／6");
    t.type_text("*.例子.測試");
    assert_fits(&t.settled("萬用字元不能用來命名伺服器本身"), 80);
    t.keys(&["C-u"]);
    t.type_text("伺服器.例子.測試");
    assert_fits(&t.settled("xn--"), 80);
    t.keys(&["Tab", "Down", "Down", "Down", "Enter"]);
    t.wait_for("步驟 4／6");
    t.type_text("網站.例子.測試、*.例子.測試，a..b");
    assert_fits(&t.settled("不是有效的 DNS 名稱"), 80);
    t.keys(&["BSpace", "BSpace", "BSpace", "BSpace", "BSpace"]);
    t.wait_gone("不是有效的 DNS 名稱");
    t.keys(&["Enter"]);
    assert_fits(&t.settled("步驟 5／6"), 80);
    t.keys(&["Enter"]);
    let summary = t.settled("憑證要求摘要");
    assert_fits(&summary, 80);
    t.keys(&["Enter"]);
    let status = t.settled("線上憑證要求狀態");
    assert_fits(&status, 80);
    let json = status_json(&store, None);
    assert_eq!(json["sans"].as_array().unwrap().len(), 3, "{json}");
}

#[test]
fn ca_fields_are_checked_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let not_pem = dir.path().join("bundle.txt");
    std::fs::write(&not_pem, "not a certificate\n").unwrap();
    let t = start(&store, "C.UTF-8", 100, 40, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 2 of 6");
    // ACME: only its fields are shown, and its directory is required.
    t.keys(&["Down"]);
    let acme = t.settled("ACME directory URL");
    assert!(!acme.contains("URL of cfssl serve"), "{acme}");
    t.keys(&["Enter"]);
    t.wait_for("Enter the URL.");
    t.type_text("ftp://ca.example/directory");
    wait_flat(&t, "The URL must begin with https://");
    // The ACME client speaks HTTPS only: http:// is refused on the field,
    // not after a key and a request were written (K1).
    t.keys(&["C-u"]);
    t.type_text("http://127.0.0.1:14000/dir");
    wait_flat(&t, "the ACME client speaks HTTPS only");
    t.keys(&["Enter"]);
    wait_flat(&t, "the ACME client speaks HTTPS only");
    assert!(t.screen().contains("Step 2 of 6"));
    t.keys(&["C-u"]);
    t.type_text("https://127.0.0.1:9/directory");
    wait_flat_gone(&t, "The URL must begin with https://");
    t.keys(&["Tab"]);
    t.type_text(not_pem.to_str().unwrap());
    t.keys(&["Tab"]);
    t.type_text("admin");
    wait_flat(&t, "An e-mail address looks like name@example.com.");
    t.type_text("@example.com");
    t.keys(&["Tab", "C-u"]);
    t.type_text("0");
    wait_flat(&t, "A port is a number from 1 to 65535.");
    t.keys(&["BSpace"]);
    t.type_text("8080");
    t.keys(&["Tab", "C-u"]);
    t.type_text("localhost");
    wait_flat(&t, "An IP address looks like 127.0.0.1 or ::1.");
    t.keys(&["C-u"]);
    t.type_text("::1");
    wait_flat_gone(&t, "An IP address looks like");
    // The bundle is read as the request would read it, on Next.
    t.keys(&["Enter"]);
    wait_flat(&t, "holds no readable certificate");
    assert!(t.screen().contains("Step 2 of 6"));
    // Next put the focus on the refused field; the CA list is above it.
    // cfssl: plain HTTP only, its own fields.
    t.keys(&["BTab", "BTab", "Down"]);
    let cfssl = t.settled("URL of cfssl serve");
    assert!(!cfssl.contains("ACME directory URL"), "{cfssl}");
    t.keys(&["Tab"]);
    t.type_text("https://127.0.0.1:8888");
    wait_flat(&t, "the URL must begin with http://.");
    t.keys(&["Enter"]);
    assert!(t.screen().contains("Step 2 of 6"));
    assert!(!store.exists(), "a check wrote the store");
}

/// A request refused before anything is written (here: the CSR file appeared
/// after it was chosen) leaves no request: the page says why, and Back leads
/// to the summary with everything as it was, to change it.
#[test]
fn a_failure_that_leaves_no_request_says_why_and_back_returns() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let csr = dir.path().join("late.csr");
    let t = start(&store, "de_DE.UTF-8", 80, 24, &[]);
    t.wait_for("Schritt 1 von 6");
    t.keys(&["Down"]);
    t.wait_for("Schritt 1 von 5");
    t.keys(&["Tab"]);
    t.type_text(csr.to_str().unwrap());
    t.keys(&["Enter"]);
    t.wait_for("Schritt 2 von 5");
    t.type_text("late.example.com");
    t.keys(&["Tab", "Down", "Down", "Down", "Enter"]);
    t.wait_for("Schritt 3 von 5");
    t.keys(&["Enter"]);
    t.wait_for("Schritt 4 von 5");
    t.keys(&["Enter"]);
    let summary = t.settled("Zusammenfassung der Zertifikatanforderung");
    assert_fits(&summary, 80);
    std::fs::write(&csr, "someone else's").unwrap();
    t.keys(&["Enter"]);
    let failed = wait_flat(&t, "Diese Datei existiert bereits.");
    assert_fits(&failed, 80);
    assert!(flat(&failed).contains(csr.to_str().unwrap()), "{failed}");
    assert!(
        flat(&failed).contains("nichts wurde gespeichert"),
        "{failed}"
    );
    assert_eq!(std::fs::read_to_string(&csr).unwrap(), "someone else's");
    assert!(!store.join("requests").exists());
    t.keys(&["Enter"]);
    let back = t.settled("Zusammenfassung der Zertifikatanforderung");
    assert!(flat(&back).contains("late.example.com"), "{back}");
}

/// A click at `(col, row)` (1-based), as a terminal reports it in SGR mode.
fn click_at(col: usize, row: usize) -> String {
    format!("\x1b[<0;{col};{row}M\x1b[<0;{col};{row}m")
}

/// A double-click on Next of step 5 opens the summary and does not send
/// the request: the summary's Request, drawn where Next was, ignores the
/// mouse for a moment after the summary is shown (B3). A deliberate click
/// later sends it.
#[test]
fn a_double_click_on_next_does_not_send_the_request_from_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = start(&store, "C.UTF-8", 80, 24, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 2 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 3 of 6");
    t.type_text("dbl.example.com");
    t.keys(&["Enter"]);
    t.wait_for("Step 4 of 6");
    t.keys(&["Enter"]);
    let step5 = t.settled("Step 5 of 6");
    let (row, line) = step5
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("[ Next ]"))
        .last()
        .unwrap();
    let col = width(&line[..line.find("[ Next ]").unwrap()]) + 4;
    t.type_text(&format!(
        "{}{}",
        click_at(col, row + 1),
        click_at(col, row + 1)
    ));
    t.settled("Certificate Request Summary");
    // Tab is handled after both clicks: once focus moved, both were seen.
    t.keys(&["Tab"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    t.settled("Certificate Request Summary");
    assert!(
        !store.join("requests").exists(),
        "the second click of a double-click sent the request"
    );
    // Past the delay a click on Request sends it.
    let summary = t.settled("Certificate Request Summary");
    std::thread::sleep(std::time::Duration::from_millis(600));
    let (row, line) = summary
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("[ Request ]"))
        .last()
        .unwrap();
    let col = width(&line[..line.find("[ Request ]").unwrap()]) + 4;
    t.type_text(&click_at(col, row + 1));
    t.wait_for("Online Certificate Request Status");
    assert!(store.join("requests").exists());
}

/// When the local CA refuses to sign (its issuing certificate replaced by
/// an unrelated one), the page lists the problems its sentence announces,
/// each with its file, as the command line does (H1).
#[test]
fn a_local_ca_refusal_lists_its_problems_with_their_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    local_request(&store);
    sh(
        dir.path(),
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
         -keyout other.key -out other.pem -subj '/CN=Unrelated' -days 30 2>/dev/null",
    );
    std::fs::copy(dir.path().join("other.pem"), store.join("ca/issuing.pem")).unwrap();
    let cli = wizard(
        &store,
        &[
            "--no-interactive",
            "wizard",
            "request",
            "--fqdn",
            "y.example.com",
        ],
    );
    let printed: Vec<String> = stderr(&cli)
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- ").map(str::to_string))
        .collect();
    assert!(!printed.is_empty(), "{}", stderr(&cli));
    let t = start(&store, "C.UTF-8", 120, 40, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 2 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 3 of 6");
    t.type_text("z.example.com");
    t.keys(&["Enter"]);
    t.wait_for("Step 4 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 5 of 6");
    t.keys(&["Enter"]);
    t.settled("Certificate Request Summary");
    t.keys(&["Enter"]);
    let page = wait_flat(&t, "nothing was stored");
    let flat_page = flat(&page);
    for line in &printed {
        assert!(
            flat_page.contains(&flat(line)),
            "{line:?} is not on the page:\n{page}"
        );
    }
}

/// F1 on a step opens the request topic at that step's section (the topic
/// documents every step), in German after F2 too; on the first step, at
/// its own section.
#[test]
fn f1_opens_the_request_topic_at_the_steps_section() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = start(&store, "C.UTF-8", 80, 24, &[]);
    t.wait_for("Step 1 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 2 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 3 of 6");
    t.keys(&["F1"]);
    // The help's first line under its title bar is the section's heading.
    let help = t.wait_until("the help at the step's section", |s| {
        s.lines().nth(2) == Some("Name, key and security settings")
    });
    assert!(!help.contains("Lines 1–"), "{help}");
    t.keys(&["F2"]);
    t.wait_until("the German help at the step's section", |s| {
        s.lines().nth(2) == Some("Name, Schlüssel und Sicherheitseinstellungen")
    });
}
