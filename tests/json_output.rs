//! Every command that prints a result honours the global `--json`: one JSON
//! document on stdout, exit codes unchanged.

mod common;
use common::*;

fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(&stdout(out))
        .unwrap_or_else(|e| panic!("one JSON document: {e}\n{}", stdout(out)))
}

#[test]
fn lint_json_is_an_array_of_findings() {
    let out = run(&["--json", "lint"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json(&out), serde_json::json!([]));

    let root = tree();
    edit(
        root.path(),
        "locales/ru/topics/certificate-request-returned.ftl",
        "{ -button-assign }",
        "{ -button-asign }",
    );
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "--json",
        "lint",
        "--lang",
        "ru",
    ]);
    assert_eq!(code(&out), 1, "exit code as without --json");
    let findings = json(&out);
    let finding = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "lint-unknown-term")
        .unwrap_or_else(|| panic!("{findings:#}"));
    for key in ["file", "line", "col", "severity", "code", "message"] {
        assert!(finding.get(key).is_some(), "{key}: {finding}");
    }
    assert_eq!(finding["severity"], "error");
    assert!(finding["line"].as_u64().unwrap() > 0 && finding["col"].as_u64().unwrap() > 0);
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .contains("-button-asign")
            && finding["message"].as_str().unwrap().contains("термин"),
        "localized: {finding}"
    );
    // The findings are not printed twice.
    assert!(!stderr(&out).contains("-button-asign"), "{}", stderr(&out));
}

#[test]
fn help_json_is_the_composed_page_with_its_metadata() {
    let out = run(&["--json", "help", KEYWORD, "--lang", "de"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = json(&out);
    assert_eq!(page["id"], TOPIC);
    assert_eq!(page["locale"], "de");
    assert!(
        page["title"].as_str().unwrap().contains("Zertifikat"),
        "{page:#}"
    );
    assert!(page["description"].is_string());
    assert_eq!(page["f1"][0], KEYWORD);
    assert!(
        page["markdown"].as_str().unwrap().starts_with("# "),
        "{page:#}"
    );
    assert_eq!(page["fallbacks"], serde_json::json!([]));
    assert_eq!(page["unfilled"], serde_json::json!([]));
    assert_eq!(page["diagnostics"], serde_json::json!([]));
    assert!(page["error"].is_null());
}

#[test]
fn help_json_lists_fallbacks_with_their_reasons() {
    let root = tree();
    let fr = "locales/fr/topics/certificate-request-returned.ftl";
    let text = std::fs::read_to_string(root.path().join(fr)).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("intro =")).collect();
    std::fs::write(root.path().join(fr), kept.join("\n") + "\n").unwrap();
    edit(
        root.path(),
        fr,
        "\nthumbprint = ",
        "\nthumbprint = { $nope } ",
    );
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "--json",
        "help",
        KEYWORD,
        "--lang",
        "fr",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = json(&out);
    let fallbacks = page["fallbacks"].as_array().unwrap();
    let reason = |id: &str| {
        fallbacks
            .iter()
            .find(|f| f["id"] == id)
            .map(|f| f["reason"].clone())
    };
    assert_eq!(reason("intro"), Some("missing".into()), "{page:#}");
    assert_eq!(reason("thumbprint"), Some("error".into()), "{page:#}");
    let diagnostic = &page["diagnostics"][0];
    assert_eq!(diagnostic["code"], "format-fallback", "{page:#}");
    assert_eq!(diagnostic["severity"], "warning");
}

#[test]
fn help_json_refused_or_not_found_is_still_one_document() {
    let root = tree();
    let fr = "locales/fr/topics/certificate-request-returned.ftl";
    let text = std::fs::read_to_string(root.path().join(fr)).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("intro =")).collect();
    std::fs::write(root.path().join(fr), kept.join("\n") + "\n").unwrap();
    let r = root.path().to_str().unwrap();
    let out = run(&[
        "--root", r, "--json", "help", KEYWORD, "--lang", "fr", "--strict",
    ]);
    assert_eq!(code(&out), 1);
    assert_eq!(json(&out)["error"]["code"], "error-strict-fallback");

    let out = run(&["--json", "help", "no.such.keyword"]);
    assert_eq!(code(&out), 3);
    let page = json(&out);
    assert_eq!(page["error"]["code"], "error-unknown-keyword");
    assert_eq!(page["id"], "no-match");
}

#[test]
fn export_json_is_its_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("site");
    let out = run(&[
        "--json",
        "export",
        "--format",
        "md",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let summary = json(&out);
    assert!(summary["pages"].as_u64().unwrap() > 0, "{summary:#}");
    assert_eq!(summary["fallbacks"], 0);
    assert_eq!(summary["out"], out_dir.to_str().unwrap());
    assert_eq!(summary["diagnostics"], serde_json::json!([]));

    // Refused: a directory docwiz did not write.
    let foreign = tempfile::tempdir().unwrap();
    std::fs::write(foreign.path().join("keep.txt"), "mine").unwrap();
    let out = run(&[
        "--json",
        "export",
        "--out",
        foreign.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 1);
    assert_eq!(json(&out)["error"]["code"], "error-export-foreign");
}

#[test]
fn topics_json_is_still_one_document() {
    let out = run(&["--json", "topics"]);
    assert_eq!(code(&out), 0);
    assert!(json(&out).as_array().unwrap().len() > 1);
}
