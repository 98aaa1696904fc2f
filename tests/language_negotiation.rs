//! The negotiation table of the help engine issue, through `--lang` and the
//! POSIX environment.

mod common;
use common::*;

fn locale_for_flag(tag: &str) -> String {
    let out = run(&["help", KEYWORD, "--format", "md", "--lang", tag]);
    assert_eq!(code(&out), 0, "{tag}: {}", stderr(&out));
    front(&stdout(&out), "locale").unwrap()
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
fn malformed_lang_flag_is_bad_usage() {
    let out = run(&["help", KEYWORD, "--lang", "not a tag!"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("not a tag!"), "{}", stderr(&out));
}
