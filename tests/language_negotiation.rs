//! The negotiation table of the help engine issue, through `--lang` and the
//! POSIX environment; preference lists with quality values; skipped items; CLDR's
//! close languages.

mod common;
use common::*;

fn locale_for_flag(tag: &str) -> String {
    let out = run(&["help", KEYWORD, "--format", "md", "--lang", tag]);
    assert_eq!(code(&out), 0, "{tag}: {}", stderr(&out));
    front(&stdout(&out), "locale").unwrap()
}

/// The page's locale (unquoted) and stderr, for `--lang` given once per item of `flags`.
fn negotiated(flags: &[&str]) -> (String, String) {
    let mut cmd = docwiz();
    cmd.args(["help", KEYWORD, "--format", "md"]);
    for flag in flags {
        cmd.args(["--lang", flag]);
    }
    let out = cmd.output().unwrap();
    assert_eq!(code(&out), 0, "{flags:?}: {}", stderr(&out));
    let locale = front(&stdout(&out), "locale").unwrap();
    (locale.trim_matches('"').to_string(), stderr(&out))
}

/// Each `(asked, got)`: `--lang asked` gives `got`, with nothing on stderr.
fn assert_quietly(cases: &[(&str, &str)]) {
    for (asked, got) in cases {
        let (locale, err) = negotiated(&[asked]);
        assert_eq!(locale, *got, "--lang {asked}");
        assert!(err.is_empty(), "--lang {asked}: {err}");
    }
}

fn locale_for_env(vars: &[(&str, &str)]) -> String {
    let mut cmd = docwiz();
    cmd.args(["help", KEYWORD, "--format", "md"]);
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert_eq!(code(&out), 0, "{vars:?}: {}", stderr(&out));
    front(&stdout(&out), "locale").unwrap()
}

#[test]
fn lang_flag_negotiates_with_likely_subtags() {
    for (asked, got) in [
        ("fr-CA", "fr"),
        ("es-419", "es"),
        ("de-CH", "de"),
        ("ru-RU", "ru"),
        ("zh-Hant-HK", "zh-TW"),
        ("zh-TW", "zh-TW"),
        ("zh-Hant", "zh-TW"),
        ("zh-HK", "zh-TW"),
        ("zh-CN", "en"),
        ("zh-Hans", "en"),
        ("zh", "en"),
        ("pt-BR", "en"),
        ("en-GB", "en"),
        ("fr_FR.UTF-8@euro", "fr"),
    ] {
        assert_eq!(
            locale_for_flag(asked),
            format!("\"{got}\""),
            "--lang {asked}"
        );
    }
}

#[test]
fn lang_flag_takes_a_preference_list() {
    assert_eq!(locale_for_flag("pt-BR,de"), "\"de\"");
}

#[test]
fn posix_environment_is_read_in_order() {
    assert_eq!(locale_for_env(&[("LANG", "de_AT.UTF-8")]), "\"de\"");
    assert_eq!(locale_for_env(&[("LANG", "C")]), "\"en\"");
    assert_eq!(locale_for_env(&[("LANG", "POSIX")]), "\"en\"");
    assert_eq!(locale_for_env(&[("LANG", "fr_FR.UTF-8@euro")]), "\"fr\"");
    assert_eq!(
        locale_for_env(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "ru_RU.UTF-8")]),
        "\"ru\""
    );
    assert_eq!(
        locale_for_env(&[
            ("LANG", "de_DE.UTF-8"),
            ("LC_MESSAGES", "ru_RU.UTF-8"),
            ("LC_ALL", "es_MX.UTF-8")
        ]),
        "\"es\""
    );
    assert_eq!(locale_for_env(&[("LC_ALL", "zh_TW.UTF-8")]), "\"zh-TW\"");
    assert_eq!(locale_for_env(&[("LC_ALL", "zh_CN.UTF-8")]), "\"en\"");
    assert_eq!(locale_for_env(&[]), "\"en\"");
}

#[test]
fn lang_flag_wins_over_environment() {
    let out = docwiz()
        .args(["help", KEYWORD, "--format", "md", "--lang", "es"])
        .env("LC_ALL", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert_eq!(front(&stdout(&out), "locale").unwrap(), "\"es\"");
}

#[test]
fn malformed_lang_flag_warns_and_uses_english() {
    let out = run(&["help", KEYWORD, "--format", "md", "--lang", "not a tag!"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(front(&stdout(&out), "locale").unwrap(), "\"en\"");
    let err = stderr(&out);
    assert!(err.contains("“not a tag!”"), "{err}");
    assert!(err.contains("English"), "{err}");
}

#[test]
fn extensions_and_private_use_are_ignored_for_matching() {
    assert_quietly(&[
        ("de-DE-u-co-phonebk", "de"),
        ("ru-RU-x-foo", "ru"),
        ("fr-CA-u-ca-gregory-nu-latn", "fr"),
        ("es-419-t-en-us", "es"),
        ("zh-Hant-TW-u-nu-hanidec", "zh-TW"),
        ("de-a-foo-x-bar", "de"),
        ("ru-x-a-b-c", "ru"),
        ("en-GB-x-private", "en"),
        ("de-u-co", "de"),
        ("zh-Hans-u-nu-hanidec", "en"),
        ("de-CH-1901", "de"),
        ("DE-de-U-CO-PHONEBK", "de"),
    ]);
}

#[test]
fn an_unusable_item_is_skipped_with_a_warning_and_the_rest_is_honoured() {
    for (list, item, got) in [
        ("ru-RU-x-foo,i-klingon,ru", "i-klingon", "ru"),
        ("i-klingon,fr", "i-klingon", "fr"),
        ("*,de", "*", "de"),
        ("en-GB-oed, es", "en-GB-oed", "es"),
        ("x-foo,de", "x-foo", "de"),
        ("not a tag!,ru", "not a tag!", "ru"),
        ("sgn-BE-FR, zh-TW", "sgn-BE-FR", "zh-TW"),
        ("no-bok, de", "no-bok", "de"),
        ("123,fr", "123", "fr"),
        ("fr-FR-u-, es", "fr-FR-u-", "es"),
        ("de-, ru", "de-", "ru"),
    ] {
        let (locale, err) = negotiated(&[list]);
        assert_eq!(locale, got, "--lang {list}");
        assert_eq!(err.lines().count(), 1, "--lang {list}: {err}");
        assert!(err.contains(item), "--lang {list}: {err}");
        assert!(err.contains("--lang"), "--lang {list}: {err}");
    }
}

#[test]
fn one_valid_private_use_item_no_longer_fails_the_list() {
    let (locale, err) = negotiated(&["ru-RU-x-foo,ru"]);
    assert_eq!(locale, "ru");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn a_list_with_no_usable_item_warns_and_uses_english() {
    for list in [
        "i-klingon",
        "*",
        "x-foo",
        "sgn-BE-FR",
        "i-klingon, *;q=0.5",
        "fr;q=7",
    ] {
        let (locale, err) = negotiated(&[list]);
        assert_eq!(locale, "en", "--lang {list}");
        assert!(err.contains("English"), "--lang {list}: {err}");
    }
}

#[test]
fn skip_warnings_speak_the_negotiated_language() {
    let (locale, err) = negotiated(&["i-klingon,fr"]);
    assert_eq!(locale, "fr");
    assert!(err.contains("«\u{202f}i-klingon\u{202f}»"), "{err}");
    assert!(err.contains("ignoré"), "{err}");
    let (_, err) = negotiated(&["*, ru"]);
    assert!(err.contains("«*»"), "{err}");
    let (_, err) = negotiated(&["fr;q=2, zh-TW"]);
    assert!(err.contains("「fr;q=2」"), "{err}");
    let (_, err) = negotiated(&["x-foo, de"]);
    assert!(err.contains("„x-foo“"), "{err}");
}

#[test]
fn browser_quality_lists_are_honoured() {
    assert_quietly(&[
        ("fr-CH, fr;q=0.9, en;q=0.8", "fr"),
        ("en;q=0.1, de", "de"),
        ("de;q=0.5, es;q=0.9, fr;q=0.1", "es"),
        ("ru;q=0, de;q=0.2", "de"),
        ("fr;q=0.5, ru;q=0.5", "fr"),
        ("es;q=1.000, de", "es"),
        ("de;Q=0.3, fr;q=0.2", "de"),
        ("pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7,ru;q=0.6", "en"),
        ("zh-TW;q=0.001, pt", "zh-TW"),
        ("de ; q = 0.4 , ru;q=0.41", "ru"),
        ("fr;q=1., de", "fr"),
    ]);
    let (locale, err) = negotiated(&["fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5"]);
    assert_eq!(locale, "fr");
    assert!(
        err.contains("«\u{202f}*;q=0.5\u{202f}» (toute langue)"),
        "{err}"
    );
}

#[test]
fn quality_zero_excludes_an_item_silently() {
    // A list that q=0 leaves empty is said (tests/hostile_text.rs).
    assert_quietly(&[
        ("de;q=0, fr;q=0.1", "fr"),
        ("ru;q=0.000, es;q=0.5", "es"),
        ("*;q=0, de", "de"),
        ("fr;q=0., es;q=0.001", "es"),
    ]);
}

#[test]
fn a_malformed_quality_skips_only_that_item_with_a_warning() {
    for (list, item, got) in [
        ("fr;q=2, de", "fr;q=2", "de"),
        ("fr;q=0.1234,es", "fr;q=0.1234", "es"),
        ("fr;q=abc,ru", "fr;q=abc", "ru"),
        ("fr;level=1,de", "fr;level=1", "de"),
        ("fr;q=-1,de", "fr;q=-1", "de"),
        ("fr;q=,es", "fr;q=", "es"),
        ("fr;q=.5, de;q=0.1", "fr;q=.5", "de"),
        ("fr;q=0.5;q=0.4, ru;q=0.1", "fr;q=0.5;q=0.4", "ru"),
        ("fr;q=1.5, zh-TW", "fr;q=1.5", "zh-TW"),
    ] {
        let (locale, err) = negotiated(&[list]);
        assert_eq!(locale, got, "--lang {list}");
        assert_eq!(err.lines().count(), 1, "--lang {list}: {err}");
        assert!(err.contains(item), "--lang {list}: {err}");
    }
    let (locale, err) = negotiated(&["fr;q=2, pt"]);
    assert_eq!(locale, "en");
    assert!(
        err.contains("“fr;q=2” has a malformed quality value"),
        "{err}"
    );
}

#[test]
fn repeated_lang_flags_form_one_weighted_list() {
    assert_eq!(negotiated(&["fr;q=0.5", "de"]).0, "de");
    assert_eq!(negotiated(&["de;q=0.1", "ru;q=0.9,es"]).0, "es");
    assert_eq!(negotiated(&["i-klingon", "ru"]).0, "ru");
    assert_eq!(negotiated(&["pt", "gsw"]).0, "de");
}

#[test]
fn readers_of_a_close_language_get_the_shipped_one() {
    assert_quietly(&[
        ("gsw", "de"),
        ("gsw-CH", "de"),
        ("gsw-FR", "de"),
        ("lb", "de"),
        ("lb-LU", "de"),
        ("rm", "de"),
        ("gl", "es"),
        ("eu", "es"),
        ("ca", "es"),
        ("ca-ES-valencia", "es"),
        ("br", "fr"),
        ("oc", "fr"),
        ("co", "fr"),
        ("be", "ru"),
        ("kk", "ru"),
        ("ky", "ru"),
        ("tt", "ru"),
        ("yue", "zh-TW"),
        ("yue-HK", "zh-TW"),
        ("yue-Hant", "zh-TW"),
        ("cmn-Hant-TW", "zh-TW"),
        ("pt", "en"),
        ("it", "en"),
        ("nl", "en"),
    ]);
}

#[test]
fn aliases_and_deprecated_codes_are_canonicalized() {
    assert_quietly(&[
        ("cmn-TW", "zh-TW"),
        ("cmn-Hant", "zh-TW"),
        ("cmn-Hans-CN", "en"),
        ("deu", "de"),
        ("ger-AT", "de"),
        ("fra", "fr"),
        ("fre-CA", "fr"),
        ("spa", "es"),
        ("rus", "ru"),
        ("zho-Hant", "zh-TW"),
        ("chi-TW", "zh-TW"),
        ("zh-yue-HK", "zh-TW"),
        ("zh-cmn-Hant", "zh-TW"),
    ]);
}

#[test]
fn simplified_chinese_gets_english_unless_traditional_is_asked_for() {
    assert_quietly(&[
        ("zh", "en"),
        ("zh-CN", "en"),
        ("zh-Hans", "en"),
        ("zh-SG", "en"),
        ("zh-Hans-HK", "en"),
        ("cmn", "en"),
        ("cmn-Hans", "en"),
        ("zh-cmn-Hans-CN", "en"),
        ("zh-CN,zh-TW", "zh-TW"),
        ("zh-Hans, zh-Hant;q=0.5", "zh-TW"),
        ("cmn-Hans-CN,en", "en"),
        ("zh-CN,fr", "fr"),
    ]);
}

#[test]
fn ukrainian_alone_gets_english_but_a_listed_russian_is_used() {
    assert_quietly(&[
        ("uk", "en"),
        ("uk-UA", "en"),
        ("uk,ru", "ru"),
        ("uk, ru;q=0.8", "ru"),
        ("uk,fr", "fr"),
        ("uk-UA, ru-RU;q=0.9, en;q=0.8", "ru"),
    ]);
}

/// The answers of ICU 72's LocaleMatcher (default demotion per desired
/// locale) for the same lists and the same six supported locales.
#[test]
fn lists_are_matched_as_icu_locale_matcher_does() {
    assert_quietly(&[
        ("gsw,fr", "fr"),
        ("pt,fr", "fr"),
        ("uk,ru", "ru"),
        ("lb,fr", "fr"),
        ("pt-BR, gl", "es"),
        ("br,de", "de"),
        ("yue,en", "en"),
        ("en,gsw", "en"),
        ("it,nl,be,de", "de"),
        ("de-CH,fr-CH", "de"),
        ("zh-CN,zh-TW", "zh-TW"),
        ("zh-CN,en", "en"),
        ("ca,es", "es"),
        ("yue-HK,fr", "fr"),
        ("gsw,it", "de"),
        ("it,gsw", "de"),
        ("ja, ja, uz", "ru"),
        ("ja,JA-jp,uz", "en"),
    ]);
}

#[test]
fn posix_environment_names_a_close_language() {
    assert_eq!(locale_for_env(&[("LANG", "gsw_CH.UTF-8")]), "\"de\"");
    assert_eq!(locale_for_env(&[("LC_ALL", "br_FR.UTF-8")]), "\"fr\"");
    assert_eq!(locale_for_env(&[("LANG", "be_BY.UTF-8")]), "\"ru\"");
    assert_eq!(locale_for_env(&[("LANG", "eu_ES.UTF-8")]), "\"es\"");
    assert_eq!(
        locale_for_env(&[("LANG", "ca_ES.UTF-8@valencia")]),
        "\"es\""
    );
    assert_eq!(
        locale_for_env(&[("LC_MESSAGES", "yue_HK.UTF-8")]),
        "\"zh-TW\""
    );
    assert_eq!(locale_for_env(&[("LANG", "uk_UA.UTF-8")]), "\"en\"");
}

#[test]
fn environment_values_are_read_as_weighted_lists() {
    assert_eq!(
        locale_for_env(&[("LANG", "de_DE.UTF-8;q=0.5, ru_RU.UTF-8")]),
        "\"ru\""
    );
    assert_eq!(locale_for_env(&[("LC_ALL", "fr-CH, fr;q=0.9")]), "\"fr\"");
}

#[test]
fn an_unusable_environment_value_warns_and_uses_english() {
    let out = docwiz()
        .args(["help", KEYWORD, "--format", "md"])
        .env("LANG", "i-klingon")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(front(&stdout(&out), "locale").unwrap(), "\"en\"");
    let err = stderr(&out);
    assert!(err.contains("LANG: “i-klingon”"), "{err}");
}

#[test]
fn export_selects_locales_from_weighted_close_and_skipped_items() {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    let out = run(&[
        "export",
        "--format",
        "md",
        "--out",
        site.to_str().unwrap(),
        "--lang",
        "gsw, fr;q=0.5, ru;q=0, i-klingon, yue;q=0.2",
        "--lang",
        "be;q=abc",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    // `gsw, fr` speaks French, as ICU's matcher answers for that list.
    assert!(
        err.contains("avertissement") && err.contains("i-klingon"),
        "{err}"
    );
    assert!(err.contains("be;q=abc"), "{err}");
    let mut exported: Vec<String> = std::fs::read_dir(&site)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| ["de", "en", "es", "fr", "ru", "zh-TW"].contains(&name.as_str()))
        .collect();
    exported.sort();
    assert_eq!(exported, ["de", "fr", "zh-TW"]);
}

#[test]
fn export_with_no_usable_lang_exports_english() {
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    let out = run(&[
        "export",
        "--format",
        "md",
        "--out",
        site.to_str().unwrap(),
        "--lang",
        "i-klingon",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(site.join("en").is_dir());
    assert!(!site.join("de").exists());
}
