//! `docwiz help`: F1 keywords, ordered context, topic ids, and unknown keywords.

mod common;
use common::*;

#[test]
fn keyword_matches_whatever_its_case() {
    for keyword in [
        KEYWORD,
        "MS.LYNC.DEP.DEPLOYCERTREQUESTRETURNED",
        "ms.lync.dep.deploycertrequestreturned",
    ] {
        let out = run(&["help", keyword, "--format", "md"]);
        assert_eq!(code(&out), 0, "{keyword}");
        assert_eq!(front(&stdout(&out), "id").unwrap(), format!("\"{TOPIC}\""));
    }
}

#[test]
fn first_matching_keyword_of_the_context_wins() {
    // Most specific first: an unknown page keyword, then the one that exists.
    let out = run(&[
        "help",
        "ms.lync.dep.SomeUnknownPage",
        KEYWORD,
        "no-match",
        "--format",
        "md",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(front(&stdout(&out), "id").unwrap(), format!("\"{TOPIC}\""));
    // The order decides: a topic id first wins over the keyword.
    let out = run(&["help", "certificate-details", KEYWORD, "--format", "md"]);
    assert_eq!(
        front(&stdout(&out), "id").unwrap(),
        "\"certificate-details\""
    );
    // The no-match page is no topic: asked for by its id, it is passed over.
    let out = run(&["help", "no-match", KEYWORD, "--format", "md"]);
    assert_eq!(front(&stdout(&out), "id").unwrap(), format!("\"{TOPIC}\""));
}

#[test]
fn topic_id_works_as_a_keyword() {
    let out = run(&["help", TOPIC, "--format", "md", "--lang", "de"]);
    assert_eq!(code(&out), 0);
    let md = stdout(&out);
    assert_eq!(front(&md, "id").unwrap(), format!("\"{TOPIC}\""));
    assert_eq!(front(&md, "locale").unwrap(), "\"de\"");
}

#[test]
fn unknown_keyword_exits_3_naming_it_and_the_nearest_keywords() {
    let out = run(&["help", "ms.lync.dep.DeployCertRequestReturnd"]);
    assert_eq!(code(&out), 3);
    let err = stderr(&out);
    assert!(
        err.contains("ms.lync.dep.DeployCertRequestReturnd"),
        "{err}"
    );
    assert!(
        err.contains("Nearest known keywords: ms.lync.dep.DeployCertRequestReturned"),
        "{err}"
    );
}

/// One suggestion is named in the singular, on the no-match page and in the
/// error's hint alike, in each locale (Russian and French by the exact
/// number, since their CLDR "one" covers 21 or 0 as well).
#[test]
fn a_single_nearest_keyword_is_named_in_the_singular() {
    for (lang, singular) in [
        ("en", "Nearest known keyword: "),
        ("ru", "Ближайшее известное ключевое слово: "),
        ("fr", "Mot clé connu le plus proche\u{202F}: "),
        ("es", "Palabra clave conocida más cercana: "),
        ("de", "Ähnlichstes bekanntes Schlüsselwort: "),
    ] {
        let out = run(&[
            "help",
            "DeployCertRequestReturned",
            "--lang",
            lang,
            "--format",
            "md",
        ]);
        assert_eq!(code(&out), 3, "{lang}");
        let (md, err) = (stdout(&out), stderr(&out));
        assert!(
            md.contains(&format!("{singular}`{KEYWORD}`")),
            "{lang}: {md}"
        );
        assert!(
            err.contains(&format!("{singular}{KEYWORD}")),
            "{lang}: {err}"
        );
    }
}

#[test]
fn keyword_without_its_prefix_is_suggested() {
    let out = run(&["help", "DeployCertRequestReturned"]);
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).contains(KEYWORD));
}

#[test]
fn unknown_keyword_shows_the_localized_no_match_page() {
    let out = run(&[
        "help",
        "totally.unrelated",
        "--lang",
        "fr",
        "--format",
        "md",
    ]);
    assert_eq!(code(&out), 3);
    let md = stdout(&out);
    assert_eq!(front(&md, "id").unwrap(), "\"no-match\"");
    assert_eq!(front(&md, "locale").unwrap(), "\"fr\"");
    assert!(md.contains("`totally.unrelated`"), "{md}");
    assert!(md.contains("`docwiz topics`"), "{md}");
    // The error itself is in French too.
    assert!(stderr(&out).contains("erreur"), "{}", stderr(&out));
}

#[test]
fn built_in_content_is_used_from_any_directory() {
    let elsewhere = tempfile::tempdir().unwrap();
    let out = docwiz()
        .current_dir(elsewhere.path())
        .args(["help", KEYWORD, "--lang", "ru", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("Запрос сертификата"));
}

#[test]
fn root_reads_another_tree() {
    let root = tree();
    edit(
        root.path(),
        "locales/en/topics/certificate-request-returned.ftl",
        "title = Certificate Request (Returned)",
        "title = Certificate Request (Returned, from another tree)",
    );
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "help",
        KEYWORD,
        "--format",
        "md",
    ]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("from another tree"));
    let builtin = run(&["help", KEYWORD, "--format", "md"]);
    assert!(!stdout(&builtin).contains("from another tree"));
}

#[test]
fn the_keyword_index_of_a_tree_follows_its_changes() {
    let root = tree();
    let r = root.path();
    let rs = r.to_str().unwrap();
    let id = |out: &std::process::Output| front(&stdout(out), "id");
    // First lookup builds the cached index.
    assert_eq!(
        id(&run(&[
            "--root",
            rs,
            "help",
            KEYWORD,
            "--format",
            "md",
            "--no-live"
        ]))
        .unwrap(),
        format!("\"{TOPIC}\"")
    );
    // A new topic file: the content directory changes, the index is rebuilt.
    std::fs::write(
        r.join("content/extra.md"),
        "---\nid: extra\nf1: [Test.Extra]\n---\n# {{ title }} {#extra}\n",
    )
    .unwrap();
    std::fs::write(r.join("locales/en/topics/extra.ftl"), "title = Extra\n").unwrap();
    assert_eq!(
        id(&run(&[
            "--root",
            rs,
            "help",
            "test.extra",
            "--format",
            "md",
            "--no-live"
        ]))
        .unwrap(),
        "\"extra\""
    );
    // A keyword added to an existing file in place: a miss rescans before giving up.
    edit(
        r,
        "content/extra.md",
        "f1: [Test.Extra]",
        "f1: [Test.Extra, Test.Added]",
    );
    assert_eq!(
        id(&run(&[
            "--root",
            rs,
            "help",
            "Test.Added",
            "--format",
            "md",
            "--no-live"
        ]))
        .unwrap(),
        "\"extra\""
    );
    // A keyword removed in place: the index is checked against the topic.
    edit(
        r,
        "content/extra.md",
        "f1: [Test.Extra, Test.Added]",
        "f1: [Test.Added]",
    );
    assert_eq!(
        code(&run(&["--root", rs, "help", "Test.Extra", "--no-live"])),
        3
    );
}

#[test]
fn the_no_match_page_speaks_of_several_keywords_in_the_plural() {
    let page = |lang: &str, keywords: &[&str]| {
        let mut args = vec!["--lang", lang, "help"];
        args.extend(keywords);
        stdout(&run(&args))
    };
    let ru = page("ru", &["zzqq", "yyxx"]);
    assert!(ru.contains("ключевым словам"), "{ru}");
    let ru = page("ru", &["zzqq"]);
    assert!(ru.contains("ключевому слову"), "{ru}");
    let en = page("en", &["zzqq", "yyxx"]);
    assert!(en.contains("any of the keywords"), "{en}");
}

/// The error line on stderr and its hint agree with how many keywords were
/// asked for: one keyword is "it", several are "them", in every language
/// that tells them apart (ru «ключевому слову», es «se le/les parece»).
#[test]
fn the_unknown_keyword_error_agrees_with_the_number_of_keywords() {
    let said = |lang: &str, keywords: &[&str]| {
        let mut args = vec!["--lang", lang, "help"];
        args.extend(keywords);
        let out = run(&args);
        assert_ne!(code(&out), 0, "{lang} {keywords:?}");
        stderr(&out)
    };
    let one = ["nosuch1"];
    let three = ["nosuch1", "nosuch2", "nosuch3"];
    for (lang, for_one, for_several) in [
        (
            "en",
            ["the keyword nosuch1", "close to it."],
            ["any of the keywords", "close to any of them."],
        ),
        (
            "ru",
            ["ключевому слову nosuch1", "Близких к нему"],
            ["ни одному из ключевых слов", "Близких к ним"],
        ),
        (
            "es",
            ["la palabra clave nosuch1", "se le parece"],
            ["ninguna de las palabras clave", "se les parece"],
        ),
        (
            "fr",
            ["au mot clé nosuch1", "n’en est proche"],
            ["aux mots clés", "proche de l’un d’eux"],
        ),
        (
            "de",
            ["Zum Schlüsselwort nosuch1", "ähnelt ihm."],
            ["Zu keinem der Schlüsselwörter", "einem von ihnen"],
        ),
        (
            "zh-TW",
            ["沒有符合關鍵字 nosuch1 的說明主題", "與其相近"],
            ["中任何一個", "與這些關鍵字相近"],
        ),
    ] {
        let text = said(lang, &one);
        for phrase in for_one {
            assert!(text.contains(phrase), "{lang}, one keyword: {text}");
        }
        let text = said(lang, &three);
        for phrase in for_several {
            assert!(text.contains(phrase), "{lang}, three keywords: {text}");
        }
    }
}
