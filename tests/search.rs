//! `docwiz search`: ranked hits with heading and highlighted snippet in six
//! languages (stemming, optional accents, Chinese words), English fallback
//! text marked, exit 3 with the nearest words, and an index that follows the
//! tree without an indexing command.

mod common;
use common::*;

use std::path::Path;
use std::process::Output;

/// `docwiz search` with its own cache directory (never the user's).
fn search(cache: &Path, root: Option<&Path>, lang: &str, query: &[&str], json: bool) -> Output {
    let mut cmd = docwiz();
    cmd.env("XDG_CACHE_HOME", cache);
    if let Some(root) = root {
        cmd.arg("--root").arg(root);
    }
    cmd.args(["--lang", lang, "search"]).args(query);
    if json {
        cmd.arg("--json");
    }
    cmd.output().expect("run docwiz search")
}

fn hits(cache: &Path, root: Option<&Path>, lang: &str, query: &[&str]) -> Vec<serde_json::Value> {
    let out = search(cache, root, lang, query, true);
    assert_eq!(code(&out), 0, "{query:?} in {lang}: {}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(doc["locale"], lang);
    doc["hits"].as_array().expect("hits").clone()
}

/// The highlighted words of every hit's snippet, lower-cased.
fn highlighted(hits: &[serde_json::Value]) -> Vec<String> {
    let mut words = Vec::new();
    for hit in hits {
        let snippet = hit["snippet"].as_str().expect("snippet");
        for range in hit["highlights"].as_array().expect("highlights") {
            let (start, end) = (range[0].as_u64().unwrap(), range[1].as_u64().unwrap());
            words.push(snippet[start as usize..end as usize].to_lowercase());
        }
    }
    words
}

#[test]
fn inflected_forms_are_found_in_russian_and_german() {
    let cache = tempfile::tempdir().unwrap();
    // In the shipped topics, one query finds several forms of the word.
    let ru = hits(cache.path(), None, "ru", &["сертификаты"]);
    let mut forms = highlighted(&ru);
    forms.sort();
    forms.dedup();
    assert!(forms.len() >= 3, "{forms:?}");
    // The examples, in a topic that has only the other form.
    let tree = ranking_tree();
    let root = tree.path();
    for (lang, text) in [
        ("ru", "Мастер проверяет подпись сертификата."),
        (
            "de",
            "Der Assistent prüft die Signatur dem Zertifikat nach.",
        ),
    ] {
        std::fs::write(
            root.join(format!("locales/{lang}/topics/quokka-body.ftl")),
            format!("title = Tier\nintro = Einleitung.\nmore = Mehr\ntext = {text}\n"),
        )
        .unwrap();
    }
    let sample = |lang: &str, query: &str| {
        // Every topic is about certificates: the sample is looked for among
        // all hits, not the first page of them.
        let found = hits(cache.path(), Some(root), lang, &[query, "--limit", "100"]);
        let hit = found
            .into_iter()
            .find(|h| h["id"] == "quokka-body")
            .unwrap_or_else(|| panic!("{query} does not find the sample topic"));
        (highlighted(std::slice::from_ref(&hit)), hit)
    };
    let (words, hit) = sample("ru", "сертификаты");
    assert_eq!(words, ["сертификата"]);
    assert_eq!(hit["snippet"], "Мастер проверяет подпись сертификата.");
    let (words, _) = sample("de", "Zertifikate");
    assert_eq!(words, ["zertifikat"]);
}

#[test]
fn accents_are_optional_in_french() {
    let cache = tempfile::tempdir().unwrap();
    let fr = hits(cache.path(), None, "fr", &["empreinte", "numerique"]);
    let words = highlighted(&fr);
    assert!(words.iter().any(|w| w == "numérique"), "{words:?}");
    assert!(words.iter().any(|w| w == "empreinte"), "{words:?}");
}

#[test]
fn chinese_words_match_inside_running_text() {
    let cache = tempfile::tempdir().unwrap();
    for word in ["指紋", "根憑證"] {
        let zh = hits(cache.path(), None, "zh-TW", &[word]);
        let hit = zh
            .iter()
            .find(|h| {
                highlighted(std::slice::from_ref(h))
                    .iter()
                    .any(|w| w == word)
            })
            .unwrap_or_else(|| panic!("{word} not highlighted: {zh:?}"));
        // The match sits between other Han characters: no spaces delimit it.
        let snippet = hit["snippet"].as_str().unwrap();
        let range = hit["highlights"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize)
            .find(|r| &snippet[r.clone()] == word)
            .unwrap();
        let before = snippet[..range.start].chars().next_back();
        let after = snippet[range.end..].chars().next();
        assert!(
            [before, after]
                .iter()
                .any(|c| c.is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))),
            "{word} in {snippet:?}"
        );
    }
}

#[test]
fn a_hit_names_its_topic_heading_and_the_command_that_opens_it() {
    let cache = tempfile::tempdir().unwrap();
    // Words of a section of the details topic (its intro names the
    // thumbprint option too, so a word of a section is asked).
    let en = hits(cache.path(), None, "en", &["enhanced", "key", "usage"]);
    assert!(!en.is_empty());
    let details = en
        .iter()
        .find(|h| h["id"] == "certificate-details")
        .expect("the details topic explains the enhanced key usage");
    assert_eq!(details["title"], "View certificate details");
    assert!(details["heading"].is_string(), "{details}");
    assert!(details["anchor"].is_string(), "{details}");
    assert_eq!(
        details["command"],
        "docwiz --lang en help certificate-details"
    );
    // Scores come best first.
    let scores: Vec<f64> = en.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn an_f1_keyword_finds_its_topic_first() {
    let cache = tempfile::tempdir().unwrap();
    let en = hits(cache.path(), None, "en", &["ms.lync.dep.DeployCertList"]);
    assert_eq!(en[0]["id"], "certificate-assignment", "{en:?}");
    let part = hits(cache.path(), None, "de", &["DeployCertImportBasics"]);
    assert_eq!(part[0]["id"], "certificate-import", "{part:?}");
}

/// A tree with two topics made for ranking: one has the word in its title,
/// the other three times in a section's text.
fn ranking_tree() -> tempfile::TempDir {
    let tree = tree();
    let root = tree.path();
    for (id, title, text) in [
        (
            "quokka-title",
            "Quokka care",
            "Feed the animals twice a day.",
        ),
        (
            "quokka-body",
            "Animal care",
            "A quokka sleeps by day. A quokka eats leaves. Every quokka is small.",
        ),
    ] {
        std::fs::write(
            root.join(format!("content/{id}.md")),
            format!(
                "---\nid: {id}\nf1: [test.{id}]\ntopic: article\n---\n# {{{{ title }}}} {{#{id}}}\n\n{{{{ intro }}}}\n\n## {{{{ more }}}} {{#more}}\n\n{{{{ text }}}}\n"
            ),
        )
        .unwrap();
        std::fs::write(
            root.join(format!("locales/en/topics/{id}.ftl")),
            format!(
                "title = {title}\nintro = An intro.\nmore = Habits of animals\ntext = {text}\n"
            ),
        )
        .unwrap();
    }
    tree
}

#[test]
fn a_title_hit_ranks_before_text_hits_and_the_heading_is_the_sections() {
    let cache = tempfile::tempdir().unwrap();
    let tree = ranking_tree();
    let en = hits(cache.path(), Some(tree.path()), "en", &["quokka"]);
    let ids: Vec<&str> = en.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["quokka-title", "quokka-body"]);
    assert_eq!(en[1]["heading"], "Habits of animals");
    assert_eq!(en[1]["anchor"], "more");
    let command = en[0]["command"].as_str().unwrap();
    assert!(command.contains(" --root "), "{command}");
}

#[test]
fn untranslated_text_is_searched_in_english_and_marked() {
    let cache = tempfile::tempdir().unwrap();
    let tree = tree();
    let root = tree.path();
    let rel = "locales/de/topics/certificate-details.ftl";
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    let kept: String = text
        .lines()
        .filter(|l| !l.starts_with("intro ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(root.join(rel), kept).unwrap();
    // "meant" is in the English intro, and in no German text.
    let de = hits(cache.path(), Some(root), "de", &["meant"]);
    assert_eq!(de[0]["id"], "certificate-details", "{de:?}");
    assert_eq!(de[0]["english"], true);
    assert_eq!(de[0]["title"], "Zertifikatdetails anzeigen");
    let out = search(cache.path(), Some(root), "de", &["meant"], false);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("[auf Englisch]"), "{}", stdout(&out));
    // German text is not marked.
    let native = hits(cache.path(), Some(root), "de", &["Zertifikat"]);
    assert!(native.iter().all(|h| h["english"] == false), "{native:?}");
}

#[test]
fn nothing_found_exits_3_with_the_nearest_words() {
    let cache = tempfile::tempdir().unwrap();
    // (A typo after the stem's letters, `certifcate`, is found: the stem
    // `certif` begins it.)
    let out = search(cache.path(), None, "en", &["sertificate"], false);
    assert_eq!(code(&out), 3);
    let err = stderr(&out);
    assert!(err.contains("“sertificate”"), "{err}");
    assert!(err.contains("certificate"), "{err}");
    let out = search(cache.path(), None, "de", &["Zertifkat"], true);
    assert_eq!(code(&out), 3);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["error"]["code"], "error-no-search-hit");
    let nearest: Vec<&str> = doc["error"]["nearest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(nearest.contains(&"zertifikat"), "{nearest:?}");
    assert!(stderr(&out).contains("„Zertifkat“"), "{}", stderr(&out));
}

#[test]
fn plain_output_marks_the_match_and_a_terminal_shows_it_bold() {
    let cache = tempfile::tempdir().unwrap();
    let out = search(cache.path(), None, "en", &["thumbprint"], false);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.starts_with("1. "), "{text}");
    assert!(
        text.contains("**thumbprint**") || text.contains("**Thumbprint**"),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "{text}");

    let cache_dir = cache.path().to_str().unwrap();
    let tmux = common::tmux::Tmux::docwiz(
        100,
        40,
        &[("XDG_CACHE_HOME", cache_dir), ("TERM", "xterm-256color")],
        &["--lang", "en", "search", "thumbprint"],
    );
    tmux.wait_for("docwiz --lang en help");
    let styled = tmux.styled_screen();
    assert!(
        styled.contains("\x1b[1mthumbprint") || styled.contains("\x1b[1mThumbprint"),
        "{styled}"
    );
}

#[test]
fn plain_output_carries_no_highlight_marks() {
    let cache = tempfile::tempdir().unwrap();
    for (lang, word) in [
        ("en", "thumbprint"),
        ("de", "Fingerabdruck"),
        ("zh-TW", "指紋"),
    ] {
        let out = docwiz()
            .env("XDG_CACHE_HOME", cache.path())
            .args(["--plain", "--lang", lang, "search", word])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{lang}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.starts_with("1. "), "{lang}: {text}");
        assert!(!text.contains("**"), "{lang}: {text}");
        assert!(!text.contains('\x1b'), "{lang}: {text}");
        assert!(
            text.to_lowercase().contains(&word.to_lowercase()),
            "{lang}: {text}"
        );
    }
}

#[test]
fn the_index_follows_the_tree_without_an_indexing_command() {
    let cache = tempfile::tempdir().unwrap();
    let tree = ranking_tree();
    let root = tree.path();
    assert_eq!(hits(cache.path(), Some(root), "en", &["quokka"]).len(), 2);
    // A word added in place (the directory's time does not change) is
    // found by a search a second later.
    let ftl = root.join("locales/en/topics/quokka-title.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(
        &ftl,
        text.replace("twice a day", "twice a day with a wombat"),
    )
    .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let wombat = hits(cache.path(), Some(root), "en", &["wombat"]);
    assert_eq!(wombat[0]["id"], "quokka-title");
    // A hit's text changed in place: its snippet is the new text.
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, text.replace("Feed the animals", "Feed the quokkas")).unwrap();
    let fed = hits(cache.path(), Some(root), "en", &["quokka"]);
    let snippet = fed[0]["snippet"].as_str().unwrap();
    assert!(snippet.contains("quokkas"), "{snippet}");
    // A new topic.
    std::fs::copy(
        root.join("content/quokka-body.md"),
        root.join("content/numbat.md"),
    )
    .unwrap();
    edit(root, "content/numbat.md", "id: quokka-body", "id: numbat");
    edit(root, "content/numbat.md", "test.quokka-body", "test.numbat");
    std::fs::write(
        root.join("locales/en/topics/numbat.ftl"),
        "title = Numbat\nintro = Termites.\nmore = Food\ntext = Termites only.\n",
    )
    .unwrap();
    let numbat = hits(cache.path(), Some(root), "en", &["termites"]);
    assert_eq!(numbat[0]["id"], "numbat");
    // A removed topic is gone.
    std::fs::remove_file(root.join("content/numbat.md")).unwrap();
    let out = search(cache.path(), Some(root), "en", &["termites"], false);
    assert_eq!(code(&out), 3, "{}", stdout(&out));
}

#[test]
fn a_damaged_or_unwritable_cache_does_not_stop_a_search() {
    let cache = tempfile::tempdir().unwrap();
    assert!(!hits(cache.path(), None, "en", &["thumbprint"]).is_empty());
    // Every file of the cached index is garbage now.
    let mut damaged = 0;
    for dir in std::fs::read_dir(cache.path().join("docwiz")).unwrap() {
        let dir = dir.unwrap().path();
        for locale in std::fs::read_dir(&dir).unwrap() {
            for file in std::fs::read_dir(locale.unwrap().path()).unwrap() {
                let file = file.unwrap().path();
                if file.file_name().unwrap() != "stamp" {
                    std::fs::write(&file, b"garbage").unwrap();
                    damaged += 1;
                }
            }
        }
    }
    assert!(damaged > 0);
    assert!(!hits(cache.path(), None, "en", &["thumbprint"]).is_empty());
    // A cache "directory" that is a file: the index is kept in memory.
    let file = cache.path().join("not-a-dir");
    std::fs::write(&file, b"").unwrap();
    assert!(!hits(&file, None, "en", &["thumbprint"]).is_empty());
}

#[test]
fn searches_started_together_all_answer_while_the_index_is_made() {
    let cache = tempfile::tempdir().unwrap();
    let tree = ranking_tree();
    let children: Vec<std::process::Child> = (0..8)
        .map(|_| {
            docwiz()
                .env("XDG_CACHE_HOME", cache.path())
                .arg("--root")
                .arg(tree.path())
                .args(["--lang", "en", "search", "quokka", "--json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(doc["hits"][0]["id"], "quokka-title");
    }
    // And the index they left is a good one.
    assert_eq!(
        hits(cache.path(), Some(tree.path()), "en", &["quokka"]).len(),
        2
    );
}

#[test]
fn findings_of_the_first_tryout_stay_fixed() {
    let cache = tempfile::tempdir().unwrap();
    // A leading run of an F1 keyword's parts finds its topic.
    let part = hits(cache.path(), None, "en", &["ms.lync.dep"]);
    assert!(!part.is_empty());
    // No space before punctuation after a bold name or a link in snippets.
    for (lang, word) in [
        ("ru", "сертификате"),
        ("es", "certificado"),
        ("en", "thumbprint"),
        ("fr", "empreinte"),
    ] {
        for hit in hits(cache.path(), None, lang, &[word]) {
            let snippet = hit["snippet"].as_str().unwrap();
            assert!(
                !snippet.contains(" ,") && !snippet.contains(" ."),
                "{lang}: {snippet}"
            );
        }
    }
    // At least one topic is asked for.
    let out = search(
        cache.path(),
        None,
        "en",
        &["thumbprint", "--limit", "0"],
        false,
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    // A pasted page as a query is not echoed whole.
    let long = "x".repeat(5000);
    let out = search(cache.path(), None, "en", &[&long], false);
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).len() < 1000, "{}", stderr(&out).len());
}

#[test]
fn a_query_word_no_topic_has_is_named() {
    let cache = tempfile::tempdir().unwrap();
    let tree = ranking_tree();
    let root = tree.path();
    let out = search(cache.path(), Some(root), "en", &["quokka", "wombat"], true);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["unmatched"], serde_json::json!(["wombat"]));
    assert_eq!(doc["hits"][0]["id"], "quokka-title");
    // Every word matched: none is named.
    let out = search(cache.path(), Some(root), "en", &["quokka", "leaves"], true);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["unmatched"], serde_json::json!([]));
    // In the reader's language, before the hits.
    for (lang, line) in [
        ("en", "No topic has “wombat”."),
        ("de", "Kein Thema enthält „wombat“."),
        ("zh-TW", "沒有主題包含「wombat」。"),
    ] {
        let out = search(cache.path(), Some(root), lang, &["quokka", "wombat"], false);
        assert_eq!(code(&out), 0, "{lang}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.starts_with(line), "{lang}: {text}");
        assert!(text.contains("\n1. "), "{lang}: {text}");
    }
}

#[test]
fn an_english_title_or_heading_is_marked_as_english() {
    let cache = tempfile::tempdir().unwrap();
    let tree = ranking_tree();
    let root = tree.path();
    // The sample topics have no German text: their title and heading are
    // shown in English.
    let de = hits(cache.path(), Some(root), "de", &["quokka"]);
    let body = de.iter().find(|h| h["id"] == "quokka-body").unwrap();
    assert_eq!(body["title_english"], true, "{body}");
    assert_eq!(body["heading_english"], true, "{body}");
    let out = search(cache.path(), Some(root), "de", &["quokka"], false);
    let text = stdout(&out);
    assert!(
        text.contains("[auf Englisch] Animal care › [auf Englisch] Habits of animals"),
        "{text}"
    );
    // English pages and translated titles are not marked.
    let en = hits(cache.path(), Some(root), "en", &["quokka"]);
    assert!(
        en.iter()
            .all(|h| h["title_english"] == false && h["heading_english"] == false)
    );
    let shipped = hits(cache.path(), None, "de", &["Fingerabdruck"]);
    assert!(
        shipped.iter().all(|h| h["title_english"] == false),
        "{shipped:?}"
    );
}

#[test]
fn a_topic_edited_in_place_is_found_while_other_topics_are_hits() {
    let cache = tempfile::tempdir().unwrap();
    let tree = ranking_tree();
    let root = tree.path();
    let found = hits(cache.path(), Some(root), "en", &["sleeps"]);
    let ids: Vec<&str> = found.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert!(
        ids.contains(&"quokka-body") && !ids.contains(&"quokka-title"),
        "{ids:?}"
    );
    // Another topic gets the word in place: the hit's files are unchanged
    // and the query still finds something, yet the very next search finds
    // the edited topic too (a small tree is checked whole by every search).
    let ftl = root.join("locales/en/topics/quokka-title.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, text.replace("twice a day", "twice a day; it sleeps")).unwrap();
    let found = hits(cache.path(), Some(root), "en", &["sleeps"]);
    let ids: Vec<&str> = found.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"quokka-title"), "{ids:?}");
}

#[test]
fn the_command_line_takes_a_query_as_the_site_search_does() {
    let cache = tempfile::tempdir().unwrap();
    // A word no page uses finds the longest indexed term that begins it.
    let found = hits(cache.path(), None, "de", &["Zertifikatdetailsansicht"]);
    assert!(
        found.iter().any(|h| h["id"] == "certificate-details"),
        "{found:?}"
    );
    // Chinese typed without spaces is one word: its terms must stand side
    // by side (根憑證 is in the pages, 憑證根 nowhere), not each anywhere.
    assert!(!hits(cache.path(), None, "zh-TW", &["根憑證"]).is_empty());
    let out = search(cache.path(), None, "zh-TW", &["憑證根"], true);
    assert_eq!(code(&out), 3, "{}", stdout(&out));
}

/// A hit's command opens the topic with this run's store, whose state its
/// live panels show, and in the language searched: run as printed, it is
/// the same help.
#[test]
fn a_hits_command_keeps_the_store_and_the_language() {
    let cache = tempfile::tempdir().unwrap();
    let store = cache.path().join("my store");
    let out = docwiz()
        .env("XDG_CACHE_HOME", cache.path())
        .arg("--store")
        .arg(&store)
        .args(["--lang", "de", "search", "Vertrauensspeicher", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let command = doc["hits"][0]["command"].as_str().unwrap();
    assert!(
        command.starts_with(&format!(
            "docwiz --store '{}' --lang de help ",
            store.display()
        )),
        "{command}"
    );
}
