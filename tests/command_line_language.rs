//! The command line speaks the user's language: `--help` of every command and
//! clap's usage errors carry no English sentence in another locale.

mod common;
use common::*;

const OTHER_LOCALES: [&str; 5] = ["ru", "zh-TW", "fr", "es", "de"];

fn help(lang: &str, path: &[&str]) -> String {
    let mut args = vec!["--lang", lang];
    args.extend_from_slice(path);
    args.push("--help");
    let out = run(&args);
    assert_eq!(code(&out), 0, "{path:?} --help in {lang}: {}", stderr(&out));
    stdout(&out)
}

/// Every command path, from the English help's command lists.
fn command_paths() -> Vec<Vec<String>> {
    let mut paths = vec![Vec::new()];
    let mut next = 0;
    while next < paths.len() {
        let path = paths[next].clone();
        next += 1;
        let args: Vec<&str> = path.iter().map(String::as_str).collect();
        let text = help("en", &args);
        let mut in_commands = false;
        for line in text.lines() {
            if line == "Commands:" {
                in_commands = true;
            } else if in_commands && line.starts_with("  ") {
                let name = line.split_whitespace().next().unwrap().to_string();
                let mut sub = path.clone();
                sub.push(name);
                paths.push(sub);
            } else {
                in_commands = false;
            }
        }
    }
    paths
}

/// The descriptions of an English help text: what follows the option or
/// command name, and the about line.
fn english_sentences(text: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        let description = if line.starts_with("  ") {
            // "  -h, --help     Print help": the part after the run of spaces.
            trimmed.split_once("  ").map(|(_, d)| d.trim())
        } else {
            Some(trimmed)
        };
        if let Some(d) = description
            && d.len() > 12
            && d.contains(' ')
            && !d.starts_with("docwiz ")
        {
            sentences.push(d.to_string());
        }
    }
    sentences
}

#[test]
fn every_commands_help_is_in_the_users_language() {
    let paths = command_paths();
    assert!(paths.len() > 15, "{paths:?}");
    for path in &paths {
        let args: Vec<&str> = path.iter().map(String::as_str).collect();
        let english = help("en", &args);
        let sentences = english_sentences(&english);
        assert!(!sentences.is_empty(), "{path:?}");
        for lang in OTHER_LOCALES {
            let text = help(lang, &args);
            for sentence in &sentences {
                assert!(
                    !text.contains(sentence.as_str()),
                    "{path:?} in {lang} says in English {sentence:?}:\n{text}"
                );
            }
            for word in [
                "Usage:",
                "Options:",
                "Commands:",
                "Arguments:",
                "Print help",
                "[default:",
                "[possible values:",
            ] {
                assert!(
                    !text.contains(word),
                    "{path:?} in {lang} has {word:?}:\n{text}"
                );
            }
        }
    }
}

/// Arguments clap refuses, one per kind of error.
const MISUSES: [&[&str]; 12] = [
    &["--frobnicate"],
    &["wizard", "requst"],
    &["search"],
    &["export", "--format", "foo", "--out", "x"],
    &["search", "x", "--limit", "abc"],
    &["serve", "--listen", "foo"],
    &["help", "--format"],
    &["--root", "a", "--root", "b", "topics"],
    &[
        "wizard",
        "request",
        "--fqdn",
        "a.example",
        "--offline",
        "f.csr",
        "--ca",
        "acme",
    ],
    &["lint", "extra"],
    &["certs", "list", "--bogus"],
    &[
        "wizard",
        "request",
        "--key",
        "dsa-1024",
        "--fqdn",
        "a.example",
        "--usage",
        "x",
        "--ca",
        "nope",
    ],
];

/// clap's English phrases, and ours before they were localized.
const ENGLISH: [&str; 14] = [
    "error:",
    "Usage:",
    "For more information",
    "required",
    "not a valid value",
    "Unexpected",
    "unexpected",
    "Unknown command",
    "Tip:",
    "tip:",
    "possible values",
    "cannot be used",
    "invalid value",
    "expected",
];

#[test]
fn usage_errors_are_in_the_users_language() {
    for misuse in MISUSES {
        let english = run(&[&["--lang", "en"], misuse].concat());
        assert_eq!(code(&english), 2, "{misuse:?}: {}", stderr(&english));
        let said = stderr(&english);
        assert!(
            ENGLISH.iter().any(|e| said.contains(e)),
            "{misuse:?} in English: {said}"
        );
        for lang in OTHER_LOCALES {
            let out = run(&[&["--lang", lang], misuse].concat());
            assert_eq!(code(&out), 2, "{misuse:?} in {lang}");
            let text = stderr(&out);
            for phrase in ENGLISH {
                // Spanish says "error" too.
                if lang == "es" && phrase == "error:" {
                    continue;
                }
                assert!(
                    !text.contains(phrase),
                    "{misuse:?} in {lang} says {phrase:?}:\n{text}"
                );
            }
        }
    }
}

#[test]
fn a_usage_error_names_the_argument_and_keeps_json_for_scripts() {
    let out = run(&[
        "--lang", "de", "export", "--format", "foo", "--out", "x", "--json",
    ]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("„foo“") && err.contains("--format"), "{err}");
    assert!(err.contains("html, md"), "{err}");
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(doc["error"]["code"], "usage");
    assert_eq!(doc["error"]["kind"], "InvalidValue");
    // The language comes from the environment too.
    let out = docwiz()
        .env("LANG", "ru_RU.UTF-8")
        .args(["wizard", "requst"])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("request"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("Unknown"), "{}", stderr(&out));
}

#[test]
fn an_out_of_range_number_is_refused_with_its_range_in_every_language() {
    for (args, min, max) in [
        (vec!["wizard", "renew", "--days", "36500"], "0", "3650"),
        (vec!["search", "x", "--limit", "0"], "1", "100000"),
        (
            vec![
                "wizard",
                "request",
                "--fqdn",
                "a.example",
                "--local-validity-days",
                "0",
            ],
            "1",
            "397",
        ),
        (
            vec![
                "wizard",
                "request",
                "--fqdn",
                "a.example",
                "--local-validity-days",
                "398",
            ],
            "1",
            "397",
        ),
    ] {
        let out = run(&args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(
            stderr(&out).contains(&format!("give a whole number from {min} to {max}")),
            "{args:?}: {}",
            stderr(&out)
        );
        for lang in OTHER_LOCALES {
            let mut localized = vec!["--lang", lang];
            localized.extend_from_slice(&args);
            let out = run(&localized);
            let said = stderr(&out);
            assert!(said.contains(min) && said.contains(max), "{lang}: {said}");
            assert!(!said.contains("whole number"), "{lang}: {said}");
        }
    }
    let help = help("en", &["wizard", "renew"]);
    assert!(help.contains("N from 0 to 3650"), "{help}");
}

#[test]
fn certs_export_without_pfx_or_pem_names_both() {
    let out = run(&["certs", "export", "ABCDEF"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("--pfx <FILE>|--pem <DIR>"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_group_without_its_subcommand_lists_that_groups_subcommands_after_lang() {
    for (group, sub) in [("trust", "import-root"), ("certs", "remove")] {
        for args in [
            vec![group],
            vec!["--lang", "ru", group],
            vec!["--lang=fr", group],
        ] {
            let out = run(&args);
            let err = stderr(&out);
            assert_eq!(code(&out), 2, "{args:?}: {err}");
            assert!(err.contains(sub), "{args:?}: {err}");
            assert!(!err.contains("topics"), "{args:?}: {err}");
        }
    }
}

#[test]
fn possible_values_are_enumerated_with_the_locales_separator() {
    let err = stderr(&run(&["--lang", "zh-TW", "help", "--format", "xx"]));
    assert!(err.contains("term、md、html"), "{err}");
    let help = stdout(&run(&["--lang", "zh-TW", "help", "--help"]));
    assert!(help.contains("term、md、html"), "{help}");
    let err = stderr(&run(&["--lang", "fr", "help", "--format", "xx"]));
    assert!(err.contains("term, md, html"), "{err}");
}

#[test]
fn help_says_a_default_and_the_possible_values_once() {
    for lang in ["en", "ru", "zh-TW", "fr", "es", "de"] {
        let request = stdout(&run(&["--lang", lang, "wizard", "request", "--help"]));
        let key = request.lines().find(|l| l.contains("--key")).unwrap();
        assert_eq!(key.matches("rsa-2048").count(), 2, "{lang}: {key}");
        let revoke = stdout(&run(&["--lang", lang, "wizard", "revoke", "--help"]));
        assert_eq!(
            revoke.matches("keyCompromise").count(),
            1,
            "{lang}: {revoke}"
        );
    }
    let zh = stdout(&run(&["--lang", "zh-TW", "wizard", "request", "--help"]));
    assert!(!zh.contains("預設為全部"), "{zh}");
}

/// Every `<…>` in `text`: a placeholder, or clap's group of alternatives.
fn angle_tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        match after.find(['>', '<', '\n', ' ']) {
            Some(end) if after[end..].starts_with('>') && end > 0 => {
                out.push(after[..end].to_string());
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

/// One naming of placeholders (issue 15 item 1): what the pages, the
/// errors and the topics ask the user to type is named as `--help` names
/// that value in the same language (`<DATEI>`, `<FINGERABDRUCK>`), never
/// with words of their own (`<Zertifikatdatei>`, `<nom du serveur>`), and
/// the commands they suggest keep this run's `--store`.
#[test]
fn placeholders_on_pages_errors_and_topics_are_the_names_help_gives() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    let offline = dir.path().join("offline");
    let csr = dir.path().join("a.csr");
    wizard_ok(
        &offline,
        &[
            "wizard",
            "request",
            "--fqdn",
            "a.example.com",
            "--offline",
            csr.to_str().unwrap(),
        ],
    );
    let (cert, _key) = self_signed(dir.path(), "leaf", "a.example.com", &[]);
    let paths = command_paths();
    for lang in ["en", "ru", "zh-TW", "fr", "es", "de"] {
        let mut names = std::collections::BTreeSet::new();
        for path in &paths {
            let args: Vec<&str> = path.iter().map(String::as_str).collect();
            names.extend(angle_tokens(&help(lang, &args)));
        }
        let in_store = |store: &std::path::Path, args: &[&str]| {
            let mut all = vec!["--store", store.to_str().unwrap(), "--lang", lang];
            all.extend_from_slice(args);
            let out = run(&all);
            format!("{}{}", stdout(&out), stderr(&out))
        };
        let mut shown = vec![
            (
                "main page",
                in_store(&empty, &["wizard", "--no-interactive"]),
            ),
            ("no request", in_store(&empty, &["wizard", "status"])),
            (
                "offline",
                in_store(&offline, &["wizard", "--no-interactive"]),
            ),
            (
                "no key",
                in_store(&empty, &["wizard", "import", cert.as_str()]),
            ),
        ];
        for topic in [
            "certificate-import",
            "certificate-export",
            "certificate-removal",
            "certificate-revocation",
            "certificate-request",
            "certificate-renewal",
            "certificate-assignment",
            "certificate-details",
            "trust-import",
        ] {
            shown.push((topic, in_store(&empty, &["help", topic, "--no-pager"])));
        }
        for (what, text) in &shown {
            let tokens = angle_tokens(text);
            assert!(
                !tokens.is_empty() || what.starts_with("trust"),
                "{lang} {what}: {text}"
            );
            for token in tokens {
                assert!(
                    names.contains(&token),
                    "{lang} {what}: <{token}> is no value name of --help ({names:?}):\n{text}"
                );
            }
        }
        let no_request = &shown[1].1;
        assert!(
            no_request.contains(&format!("docwiz --store {} ", empty.display())),
            "{lang}: {no_request}"
        );
    }
}

/// An argument a step needs is shown required (`<THUMBPRINT>`, not
/// `[THUMBPRINT]`) in every language's usage and argument list, although
/// `--f1` shows the step's topic without it; with it, `--f1` still works.
#[test]
fn arguments_that_only_f1_does_without_are_shown_required() {
    for path in [
        &["wizard", "revoke"][..],
        &["wizard", "import-response"],
        &["trust", "import-root"],
        &["trust", "import-intermediate"],
        &["trust", "crl"],
        &["certs", "remove"],
        &["certs", "export"],
    ] {
        for lang in ["en", "de", "zh-TW"] {
            let text = help(lang, path);
            // The usage line: only the options are in brackets.
            let usage = text
                .lines()
                .find(|l| l.contains("docwiz ") && l.contains(path[1]))
                .unwrap_or_else(|| panic!("{path:?} {lang}: {text}"));
            assert!(
                usage.ends_with('>') && usage.matches('[').count() == 1,
                "{path:?} {lang}: {usage}"
            );
        }
        let store = tempfile::tempdir().unwrap();
        let mut args = vec!["--store", store.path().to_str().unwrap()];
        args.extend_from_slice(path);
        args.push("--f1");
        let out = run(&args);
        assert_eq!(code(&out), 0, "{path:?} --f1: {}", stderr(&out));
    }
    let store = tempfile::tempdir().unwrap();
    let with_argument = run(&[
        "--store",
        store.path().to_str().unwrap(),
        "wizard",
        "revoke",
        "ABCDEF",
        "--f1",
    ]);
    assert_eq!(code(&with_argument), 0, "{}", stderr(&with_argument));
    assert!(stdout(&with_argument).starts_with("Revoke a certificate"));
}

/// The value name `--help` gives `option` of the command at `path`.
fn value_name(lang: &str, path: &[&str], option: &str) -> String {
    let text = help(lang, path);
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{option} <")))
        .unwrap_or_else(|| panic!("{lang} {path:?}: no {option} <…>:\n{text}"));
    angle_tokens(line).remove(0)
}

/// One value, one name: the request id is the same placeholder in `help
/// --request` as in the wizard's `--request` (not `<ID>` there and
/// `<REQUEST>` here), and an address with its port keeps the ASCII colon it
/// is typed with, in Chinese too (`<位址:連接埠>`, not `<位址：連接埠>`).
#[test]
fn a_value_has_one_name_in_every_help_and_reads_as_it_is_typed() {
    for lang in ["en", "ru", "zh-TW", "fr", "es", "de"] {
        let request = value_name(lang, &["wizard", "status"], "--request");
        for path in [
            &["help"][..],
            &["wizard", "finish"],
            &["wizard", "retry"],
            &["wizard", "import-response"],
        ] {
            assert_eq!(
                value_name(lang, path, "--request"),
                request,
                "{lang} {path:?}"
            );
        }
    }
    assert_eq!(value_name("en", &["help"], "--request"), "REQUEST");
    assert_eq!(value_name("zh-TW", &["serve"], "--listen"), "位址:連接埠");
}

/// The missing-arguments sentence agrees with how many are missing: one
/// (`wizard request` without `--fqdn`) or several (`certs export` without a
/// thumbprint nor a destination), in every language.
#[test]
fn a_missing_argument_error_agrees_with_how_many_are_missing() {
    let expected = [
        (
            "en",
            "This required argument was not given",
            "These required arguments were not given",
        ),
        (
            "ru",
            "Не указан обязательный аргумент",
            "Не указаны обязательные аргументы",
        ),
        ("zh-TW", "未提供必要引數", "未提供下列必要引數"),
        (
            "fr",
            "Cet argument obligatoire n’a pas été donné",
            "Ces arguments obligatoires n’ont pas été donnés",
        ),
        (
            "es",
            "Falta este argumento obligatorio",
            "Faltan estos argumentos obligatorios",
        ),
        (
            "de",
            "Dieses erforderliche Argument fehlt",
            "Diese erforderlichen Argumente fehlen",
        ),
    ];
    for (lang, one, several) in expected {
        let out = run(&["--lang", lang, "wizard", "request"]);
        assert_eq!(code(&out), 2, "{lang}: {}", stderr(&out));
        let said = stderr(&out);
        assert!(
            said.contains(one) && said.contains("--fqdn"),
            "{lang}: {said}"
        );
        assert!(!said.contains(several), "{lang}: {said}");
        let out = run(&["--lang", lang, "certs", "export"]);
        assert_eq!(code(&out), 2, "{lang}: {}", stderr(&out));
        let said = stderr(&out);
        assert!(
            said.contains(several) && said.contains("--pfx"),
            "{lang}: {said}"
        );
    }
}

/// `wizard request --key` takes a key type (rsa-2048) and `wizard import
/// --key` a key file: two values, two names, in every language.
#[test]
fn a_key_type_and_a_key_file_have_different_names() {
    for (lang, key_type, key_file) in [
        ("en", "KEY_TYPE", "KEY"),
        ("ru", "ТИП_КЛЮЧА", "КЛЮЧ"),
        ("zh-TW", "金鑰類型", "金鑰"),
        ("fr", "TYPE_DE_CLÉ", "CLÉ"),
        ("es", "TIPO_DE_CLAVE", "CLAVE"),
        ("de", "SCHLÜSSELTYP", "SCHLÜSSEL"),
    ] {
        assert_eq!(value_name(lang, &["wizard", "request"], "--key"), key_type);
        assert_eq!(value_name(lang, &["wizard", "import"], "--key"), key_file);
    }
}

/// A request id that does not exist is quoted as each language quotes what
/// the user typed, so that a mistyped id reads apart from the sentence.
#[test]
fn an_unknown_request_id_is_quoted_in_every_language() {
    let store = tempfile::tempdir().unwrap();
    for (lang, quoted) in [
        ("en", "“nosuch”"),
        ("ru", "«nosuch»"),
        ("zh-TW", "「nosuch」"),
        ("fr", "«\u{202f}nosuch\u{202f}»"),
        ("es", "«nosuch»"),
        ("de", "„nosuch“"),
    ] {
        let out = wizard(
            store.path(),
            &["--lang", lang, "wizard", "status", "--request", "nosuch"],
        );
        assert_eq!(code(&out), 3, "{lang}: {}", stderr(&out));
        assert!(stderr(&out).contains(quoted), "{lang}: {}", stderr(&out));
    }
}
