//! Faults found after issue 9 was implemented: lint's speed on long reference
//! chains, `--root` that is no tree, term names in diagnostics.

mod common;
use common::*;

use std::path::Path;

fn append(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    let mut all = std::fs::read_to_string(&path).expect("read");
    if !all.ends_with('\n') {
        all.push('\n');
    }
    all.push_str(text);
    std::fs::write(&path, all).expect("write");
}

#[test]
fn lint_on_a_long_chain_of_messages_takes_linear_time() {
    let root = tree();
    let r = root.path();
    // Quadratic, lint took about a minute at 10^4 links, so at 4 × 10^4 it would
    // outlast the hang watchdog (10 minutes); linear, it takes seconds.
    let n = 40_000;
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!(
            "-t{i} = {{ -t{} }}\nm{i} = {{ m{} }}\n",
            i + 1,
            i + 1
        ));
    }
    text.push_str(&format!("-t{n} = fin\nm{n} = fin\n"));
    append(
        r,
        "locales/fr/topics/certificate-request-returned.ftl",
        &text,
    );
    let mut lint = docwiz();
    lint.args(["--root", r.to_str().unwrap(), "lint"]);
    let out = watched(lint);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    // Messages past the placeable limit are still reported, and those within it are not.
    let err = stderr(&out);
    assert!(err.contains("The message m0 in fr cannot be formatted"));
    let (beyond, within) = (n - 101, n - 50);
    assert!(err.contains(&format!("The message m{beyond} in fr cannot be formatted")));
    assert!(!err.contains(&format!("The message m{within} in fr cannot be formatted")));
}

#[test]
fn a_root_that_is_no_tree_is_bad_usage_for_every_command() {
    let empty = tempfile::tempdir().unwrap();
    let missing = empty.path().join("nothing-here");
    for dir in [missing.as_path(), empty.path()] {
        let d = dir.to_str().unwrap();
        let out_dir = empty.path().join("site");
        for args in [
            vec!["lint"],
            vec!["topics"],
            vec!["help", KEYWORD],
            vec!["export", "--out", out_dir.to_str().unwrap()],
        ] {
            let mut all = vec!["--root", d, "--lang", "fr"];
            all.extend(&args);
            let out = run(&all);
            assert_eq!(code(&out), 2, "{args:?} {d}: {}", stderr(&out));
            assert!(
                stderr(&out).contains(&format!("{d} n’est pas une arborescence docwiz")),
                "{args:?}: {}",
                stderr(&out)
            );
        }
    }
}

#[test]
fn a_term_without_value_is_named_with_its_dash() {
    let root = tree();
    let r = root.path();
    append(r, "locales/fr/ui.ftl", "-button-finish =\n    .x = y\n");
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    let err = stderr(&out);
    assert!(
        err.contains("The term -button-finish has no value"),
        "{err}"
    );
    assert!(!err.contains(" button-finish "), "{err}");
}

#[test]
fn topics_on_the_shipped_content_warns_about_nothing() {
    for lang in ["en", "ru", "zh-TW", "fr", "es", "de"] {
        for json in [false, true] {
            let mut args = vec!["--lang", lang, "topics"];
            if json {
                args.insert(0, "--json");
            }
            let out = run(&args);
            assert_eq!(code(&out), 0, "{lang}: {}", stderr(&out));
            assert_eq!(stderr(&out), "", "{lang} json={json}");
        }
    }
}

const FR_TOPIC: &str = "locales/fr/topics/certificate-request-returned.ftl";

#[test]
fn number_is_a_fluent_builtin_in_help_and_lint() {
    let root = tree();
    let r = root.path();
    edit(
        r,
        FR_TOPIC,
        "\nthumbprint = ",
        "\nthumbprint = [{ NUMBER(2, minimumFractionDigits: 2) }|{ NUMBER(\"1\") ->\n    [one] un\n   *[other] plusieurs\n }|{ NUMBER(0, type: \"ordinal\") ->\n    [one] premier\n   *[other] autre\n }] ",
    );
    let out = run(&[
        "--root",
        r.to_str().unwrap(),
        "--lang",
        "fr",
        "help",
        KEYWORD,
        "--format",
        "md",
        "--no-live",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // 0 is "one" for French cardinals but not for ordinals.
    assert!(
        stdout(&out).contains("[2.00|un|autre] La page"),
        "{}",
        stdout(&out)
    );
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    assert!(!stderr(&out).contains("thumbprint"), "{}", stderr(&out));
}

#[test]
fn datetime_is_said_to_be_unsupported() {
    let root = tree();
    let r = root.path();
    edit(
        r,
        FR_TOPIC,
        "\nthumbprint = ",
        "\nthumbprint = { DATETIME(1) } ",
    );
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    assert!(
        stderr(&out)
            .contains("the function DATETIME() is part of Fluent, but docwiz does not support it"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_select_on_strings_is_not_a_plural_select() {
    let root = tree();
    let r = root.path();
    let sel = "sel-test = { $kind ->\n    [root] A\n    [one] B\n   *[other] C\n}\n";
    for lang in ["en", "ru", "fr", "zh-TW"] {
        append(r, &format!("locales/{lang}/ui.ftl"), sel);
    }
    // Plural selects are still checked, and with the ordinal rules where asked.
    append(
        r,
        "locales/en/ui.ftl",
        "sel-plural = { $n ->\n    [one] A\n   *[other] B\n}\nsel-ord = { NUMBER($n, type: \"ordinal\") ->\n    [one] st\n    [two] nd\n    [few] rd\n   *[other] th\n}\n",
    );
    append(
        r,
        "locales/ru/ui.ftl",
        "sel-plural = { $n ->\n    [one] A\n   *[other] B\n}\nsel-ord = { NUMBER($n, type: \"ordinal\") ->\n   *[other] -й\n}\n",
    );
    let out = run(&["--root", r.to_str().unwrap(), "lint"]);
    let err = stderr(&out);
    let about = |id: &str| {
        err.lines()
            .filter(|l| l.contains(id) && !l.contains("is missing in"))
            .collect::<Vec<_>>()
    };
    assert!(about("sel-test").is_empty(), "{err}");
    assert!(
        err.contains("The plural variants of sel-plural lack few and many"),
        "{err}"
    );
    assert!(about("sel-ord").is_empty(), "{err}");
}

/// The one JSON document on stdout, which must be an error.
fn json_error(out: &std::process::Output) -> serde_json::Value {
    let doc: serde_json::Value = serde_json::from_str(&stdout(out))
        .unwrap_or_else(|e| panic!("{e}: {:?} / {}", stdout(out), stderr(out)));
    assert!(doc["error"]["code"].is_string(), "{doc}");
    doc
}

#[test]
fn with_json_every_failing_command_prints_one_json_error() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path().to_str().unwrap();
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (vec!["wizard", "status"], 3, "error-no-request"),
        (
            vec!["wizard", "details", "--thumbprint", "ABC"],
            3,
            "error-thumbprint-not-found",
        ),
        (
            vec!["wizard", "assign", "--thumbprint", "ABC"],
            3,
            "error-thumbprint-not-found",
        ),
        (vec!["wizard", "finish"], 3, "error-no-request"),
        (
            vec!["trust", "import-root", "/nonexistent/ca.pem", "--yes"],
            2,
            "error-read",
        ),
        (
            vec!["trust", "import-intermediate", "/nonexistent/ca.pem"],
            2,
            "error-read",
        ),
        (
            vec!["--root", "/nonexistent/tree", "lint"],
            2,
            "error-not-a-tree",
        ),
        (vec!["wizard", "no-such-step"], 2, "usage"),
    ];
    for (args, exit, id) in cases {
        let mut all = vec!["--json", "--store", s];
        all.extend(&args);
        let out = run(&all);
        assert_eq!(code(&out), exit, "{args:?}: {}", stderr(&out));
        assert_eq!(json_error(&out)["error"]["code"], id, "{args:?}");
    }
}

fn append_bytes(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    let mut all = std::fs::read(&path).expect("read");
    all.extend_from_slice(bytes);
    std::fs::write(&path, all).expect("write");
}

/// Lint's stderr lines other than the summary.
fn findings(root: &Path) -> Vec<String> {
    let out = run(&["--root", root.to_str().unwrap(), "lint"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    let lines: Vec<String> = err.lines().map(str::to_string).collect();
    lines[..lines.len() - 1].to_vec()
}

#[test]
fn an_unreadable_file_is_one_error_without_its_consequences() {
    // UTF-16 as some Windows editors save it.
    let root = tree();
    let r = root.path();
    let de = std::fs::read_to_string(r.join("locales/de/ui.ftl")).unwrap();
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(de.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(r.join("locales/de/ui.ftl"), utf16).unwrap();
    let found = findings(r);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("de/ui.ftl:1:1: error: This file is not valid UTF-8"));

    for rel in [
        "locales/en/topics/certificate-details.ftl",
        "locales/en/ui.ftl",
        "locales/ru/topics/trust-import.ftl",
    ] {
        let root = tree();
        let r = root.path();
        append_bytes(r, rel, b"\xe9");
        let found = findings(r);
        assert_eq!(found.len(), 1, "{rel}: {found:#?}");
        assert!(
            found[0].contains(rel) && found[0].contains("not valid UTF-8"),
            "{found:?}"
        );
    }
}

#[test]
fn an_english_badge_is_recorded_and_marked_english() {
    let root = tree();
    let r = root.path();
    let ui = r.join("locales/fr/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("help-fallback-badge"))
        .collect();
    std::fs::write(&ui, kept.join("\n") + "\n").unwrap();
    let topic = r.join("locales/fr/topics/trust-import.ftl");
    let text = std::fs::read_to_string(&topic).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("title =")).collect();
    std::fs::write(&topic, kept.join("\n") + "\n").unwrap();
    let base = [
        "--root",
        r.to_str().unwrap(),
        "--lang",
        "fr",
        "help",
        "trust-import",
    ];
    let out = run(&[&base[..], &["--format", "html"]].concat());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains(
            r#"<span class="fallback-badge" lang="en">In English: not translated yet</span>"#
        ),
        "{}",
        stdout(&out)
    );
    let out = run(&[&base[..], &["--format", "html", "--strict"]].concat());
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("help-fallback-badge"),
        "{}",
        stderr(&out)
    );
    let out = run(&[&["--json"][..], &base[..], &["--format", "html"]].concat());
    assert!(
        stdout(&out).contains("help-fallback-badge"),
        "{}",
        stdout(&out)
    );
}
