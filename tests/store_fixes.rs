//! The tester's findings on store integrity (S1, S2, S4, S5, S6, S8 of the
//! second round): each kind of input, through the real binary.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::Command;

/// `cp -a`: links stay links, modes stay.
fn copy_store(from: &Path, to: &Path) {
    let out = Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// What each usage's `live/` link points to (thumbprint), by usage name.
fn live(store: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(store.join("live"))
        .map(|d| {
            d.flatten()
                .map(|e| {
                    let target = std::fs::read_link(e.path()).unwrap();
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        target.to_string_lossy().trim_start_matches("../certs/").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The history's lines as JSON values.
fn history(store: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(store.join("assignments.jsonl"))
        .expect("the history is never removed")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

/// What the history folds to, by usage name.
fn folded(lines: &[serde_json::Value]) -> Vec<(String, String)> {
    let mut map = std::collections::BTreeMap::new();
    for line in lines {
        let usage = line["usage"].as_str().unwrap().to_string();
        match line["new"].as_str() {
            Some(t) => map.insert(usage, t.to_string()),
            None => map.remove(&usage),
        };
    }
    map.into_iter().collect()
}

/// A store with three assignments: two requests finished (three usages each),
/// then `default` assigned back to the first certificate.
fn three_assignments(store: &Path) -> (String, String) {
    let first = trusted_request(store, &[]);
    wizard_ok(store, &["wizard", "finish"]);
    let second = trusted_request(store, &[]);
    wizard_ok(store, &["wizard", "finish"]);
    let a = first["thumbprint"].as_str().unwrap().to_string();
    let b = second["thumbprint"].as_str().unwrap().to_string();
    wizard_ok(
        store,
        &["wizard", "assign", "--thumbprint", &a, "--usage", "default"],
    );
    (a, b)
}

#[test]
fn a_damaged_last_history_line_undoes_no_complete_assignment_and_keeps_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base");
    let (a, b) = three_assignments(&base);
    let full_history = history(&base);
    assert_eq!(full_history.len(), 7);
    let full_live = live(&base);
    assert_eq!(
        full_live,
        vec![
            ("default".to_string(), a.clone()),
            ("web-external".to_string(), b.clone()),
            ("web-internal".to_string(), b.clone()),
        ]
    );
    let full = std::fs::metadata(base.join("assignments.jsonl"))
        .unwrap()
        .len();
    let intermediate = std::fs::read_dir(base.join("trust/ca"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    for len in full - 20..=full {
        let s = dir.path().join(format!("cut-{len}"));
        copy_store(&base, &s);
        std::fs::OpenOptions::new()
            .write(true)
            .open(s.join("assignments.jsonl"))
            .unwrap()
            .set_len(len)
            .unwrap();
        // Any command that takes the lock repairs the history.
        let out = wizard(
            &s,
            &["trust", "import-intermediate", intermediate.to_str().unwrap()],
        );
        assert_eq!(code(&out), 0, "{len}: {}{}", stdout(&out), stderr(&out));
        let lines = history(&s);
        // Every complete transaction still stands: the first two assignments
        // line for line, and the links all switched as they were.
        assert_eq!(lines[..6], full_history[..6], "cut to {len}");
        assert_eq!(live(&s), full_live, "cut to {len}");
        assert_eq!(folded(&lines), live(&s), "cut to {len}: history != live/");
        let check = wizard(&s, &["wizard", "check"]);
        assert_eq!(code(&check), 0, "{len}: {}", stdout(&check));
    }
}

#[test]
fn a_torn_record_of_an_assignment_never_switched_is_cut_alone() {
    // As a crash during the append leaves it: the record torn, no link switched.
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let (a, b) = three_assignments(&s);
    let mut text = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();
    let line = format!(
        "{{\"time\":\"2026-01-01T00:00:00Z\",\"tx\":\"00112233aabbccdd\",\"count\":2,\"usage\":\"web-internal\",\"old\":\"{b}\",\"new\":\"{a}\"}}\n"
    );
    let before = text.clone();
    text.push_str(&line);
    text.push_str(&line[..line.len() / 2]);
    std::fs::write(s.join("assignments.jsonl"), &text).unwrap();
    let links = live(&s);
    let check = wizard(&s, &["wizard", "check"]);
    assert_eq!(code(&check), 1, "{}", stdout(&check));
    wizard_ok(&s, &["wizard", "assign", "--thumbprint", &a, "--usage", "default"]);
    assert_eq!(live(&s), links);
    let now = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();
    assert!(now.starts_with(&before), "{now}");
    assert_eq!(folded(&history(&s)), live(&s));
    wizard_ok(&s, &["wizard", "check"]);
}
