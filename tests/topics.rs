//! `docwiz topics`, plain and `--json`.

mod common;
use common::*;

fn topics_json(args: &[&str]) -> serde_json::Value {
    let out = run(args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("topics --json prints JSON")
}

#[test]
fn json_lists_every_topic_with_id_title_f1_and_missing() {
    let topics = topics_json(&["topics", "--json", "--lang", "zh-TW"]);
    let list = topics.as_array().unwrap();
    let topic = list.iter().find(|t| t["id"] == TOPIC).unwrap();
    assert_eq!(topic["title"], "憑證要求（已傳回）");
    assert_eq!(topic["f1"], serde_json::json!([KEYWORD]));
    let missing = topic["missing"].as_object().unwrap();
    for lang in ["en", "ru", "zh-TW", "fr", "es", "de"] {
        assert_eq!(missing[lang], 0, "{lang} is complete");
    }
    // The no-match page is shown for a lookup that found nothing; it is not
    // a topic one can open, so it is not listed.
    assert!(!list.iter().any(|t| t["id"] == "no-match"));
}

#[test]
fn json_counts_messages_that_fall_back() {
    let root = tree();
    let file = "locales/es/topics/certificate-request-returned.ftl";
    let text = std::fs::read_to_string(root.path().join(file)).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("intro =") && !l.starts_with("finish ="))
        .collect();
    std::fs::write(root.path().join(file), kept.join("\n")).unwrap();
    std::fs::remove_file(root.path().join("locales/de/topics/trust-import.ftl")).unwrap();
    let topics = topics_json(&["--root", root.path().to_str().unwrap(), "topics", "--json"]);
    let by_id = |id: &str| {
        topics
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(by_id(TOPIC)["missing"]["es"], 2);
    assert_eq!(by_id(TOPIC)["missing"]["fr"], 0);
    // Every message of the removed file.
    let messages = std::fs::read_to_string(root.path().join("locales/en/topics/trust-import.ftl"))
        .unwrap()
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .count();
    assert_eq!(by_id("trust-import")["missing"]["de"], messages);
}

#[test]
fn plain_listing_has_localized_headers() {
    let out = run(&["topics", "--lang", "de"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.lines().next().unwrap().starts_with("Thema"), "{text}");
    assert!(text.contains(KEYWORD));
}
