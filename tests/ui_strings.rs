//! Every message id the program asks `ui.ftl` for exists in English, so no
//! output ever shows a bare id.

mod common;
use common::*;

fn ids_used_in(dir: &std::path::Path, ids: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_used_in(&path, ids);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for part in text.split("Message::new(\"").skip(1) {
                ids.push(part[..part.find('"').unwrap()].to_string());
            }
        }
    }
}

#[test]
fn every_message_the_code_uses_is_in_english_ui_ftl() {
    let mut ids = Vec::new();
    ids_used_in(&repo().join("src"), &mut ids);
    assert!(ids.len() > 20, "found {} ids", ids.len());
    let ui = std::fs::read_to_string(repo().join("locales/en/ui.ftl")).unwrap();
    for id in ids {
        assert!(
            ui.lines().any(|l| l.starts_with(&format!("{id} ="))),
            "{id} is not in locales/en/ui.ftl"
        );
    }
}
