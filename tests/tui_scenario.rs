//! The wizard from an empty store to an assigned certificate, in a real
//! terminal (tmux), as an administrator goes through it: request through the
//! pages, the status page, F1 for its topic with this request's thumbprint,
//! Esc back to the page as it was, trust the root after confirming (and the
//! intermediate CA that came with it), clear and re-check the box, Finish,
//! and the main page lists the assignment. In German at 100x40 and in
//! Traditional Chinese at 80x24, where no line may be wider than the
//! terminal.

mod common;

use common::tmux::{Tmux, width};
use common::*;

/// What the scenario looks for on the screen, in the language it runs in.
struct Words {
    lang: &'static str,
    status_title: &'static str,
    topic_title: &'static str,
    confirm_heading: &'static str,
    finish: &'static str,
    main_title: &'static str,
    /// "Step # of 6", # standing for the step.
    step: &'static str,
}

const GERMAN: Words = Words {
    lang: "de_DE.UTF-8",
    status_title: "Status der Onlinezertifikatanforderung",
    topic_title: "Zertifikatanforderung (zurückgegeben)",
    confirm_heading: "Sicherheitswarnung",
    finish: "[ Fertig stellen ]",
    main_title: "Zertifikat-Assistent",
    step: "Schritt # von 6",
};

const CHINESE: Words = Words {
    lang: "zh_TW.UTF-8",
    status_title: "線上憑證要求狀態",
    topic_title: "憑證要求（已傳回）",
    confirm_heading: "安全性警告",
    finish: "[ 完成 ]",
    main_title: "憑證精靈",
    step: "步驟 #／6",
};

fn fits(t: &Tmux, screen: &str) -> String {
    for line in screen.lines() {
        assert!(
            width(line) <= t.width as usize,
            "wider than {} columns: {line:?}\n{screen}",
            t.width
        );
    }
    screen.to_string()
}

fn scenario(words: &Words, columns: u16, rows: u16) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let store_arg = store.to_str().unwrap();
    let t = Tmux::docwiz(
        columns,
        rows,
        &[("LANG", words.lang)],
        &["--store", store_arg, "wizard"],
    );
    let shown = |text: &str| fits(&t, &t.settled(text));

    // The main page of an empty store; focus starts on Request.
    shown(words.main_title);
    t.keys(&["Enter"]);
    // Send now, the local CA, the name, no more names, all usages, the
    // summary, and the request.
    for step in 1..=5 {
        shown(&words.step.replace('#', &step.to_string()));
        if step == 3 {
            t.type_text("server.example.com");
        }
        t.keys(&["Enter"]);
    }
    t.keys(&["Enter"]);
    let page = shown(words.finish);
    assert!(page.contains(words.status_title), "{page}");
    let status = status_json(&store, None);
    let thumbprint = status["thumbprint"].as_str().unwrap().to_string();
    let root = status["chain"]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == "root")
        .unwrap()["thumbprint"]
        .as_str()
        .unwrap()
        .to_string();

    // F1: the topic in the reader's language, with this request's
    // thumbprint in its live panel further down.
    t.keys(&["F1"]);
    shown(words.topic_title);
    // The live panel is at the end of the topic: from the end, page up
    // until this request's thumbprint shows.
    t.keys(&["End"]);
    let mut help = String::new();
    for _ in 0..6 {
        help = t.settled("F2");
        if help.replace(char::is_whitespace, "").contains(&thumbprint) {
            break;
        }
        t.keys(&["PageUp"]);
    }
    assert!(
        help.replace(char::is_whitespace, "").contains(&thumbprint),
        "the thumbprint {thumbprint} is not in the help's live panel:\n{help}"
    );
    fits(&t, &help);
    // Esc: the page exactly as it was.
    t.keys(&["Escape"]);
    t.wait_until("the page as it was before F1", |s| s == page);

    // The root CA certificate that came with the answer: trusted only after
    // the confirmation, which shows its subject and thumbprint.
    t.keys(&["BTab", "BTab", "BTab", "BTab", "Enter"]);
    t.keys(&["Enter"]);
    let confirm = shown(words.confirm_heading);
    assert!(
        confirm.replace(char::is_whitespace, "").contains(&root),
        "the confirmation does not show the root's thumbprint {root}:\n{confirm}"
    );
    assert!(confirm.contains("docwiz Local Root CA"), "{confirm}");
    // Focus is on No; Yes is the button before it.
    t.keys(&["BTab", "Enter"]);
    t.wait_gone(words.confirm_heading);
    let trusted = wizard_ok(&store, &["--json", "trust", "list"]);
    assert!(trusted.contains(&root), "{trusted}");
    t.keys(&["Enter"]);
    shown(words.finish);
    // The intermediate CA certificate of the same answer (no confirmation
    // for an intermediate, as in the command line).
    t.keys(&["Enter", "Enter"]);
    t.wait_gone(words.finish);
    t.keys(&["Enter"]);
    let trusted_page = shown(words.finish);
    assert_eq!(
        status_json(&store, None)["chain"]["status"],
        "trusted",
        "{trusted_page}"
    );

    // The check box: cleared, checked again, then Finish assigns.
    assert!(trusted_page.contains("[x]"), "{trusted_page}");
    t.keys(&["Space"]);
    shown("[ ]");
    t.keys(&["Space"]);
    shown("[x]");
    t.keys(&["Tab", "Tab", "Enter"]);
    let main = shown(words.main_title);
    let assigned = wizard_ok(&store, &["--json", "wizard"]);
    let overview: serde_json::Value = serde_json::from_str(&assigned).unwrap();
    for usage in overview["usages"].as_array().unwrap() {
        assert_eq!(
            usage["certificate"]["thumbprint"],
            thumbprint.as_str(),
            "{assigned}"
        );
    }
    assert!(
        main.replace(char::is_whitespace, "")
            .contains(&thumbprint[..16]),
        "the main page does not list the assignment:\n{main}"
    );
}

#[test]
fn from_an_empty_store_to_an_assigned_certificate_in_german() {
    scenario(&GERMAN, 100, 40);
}

#[test]
fn from_an_empty_store_to_an_assigned_certificate_in_chinese_at_80x24() {
    scenario(&CHINESE, 80, 24);
}
