//! `docwiz lint` finds what compare-locales finds in Fluent translations, at the
//! offending token (file:line:col), with compare-locales' severities: entries
//! defined twice, plural variants against the locale's CLDR categories, term and
//! message references that differ from English, missing and obsolete attributes
//! and values; terms are called terms; an unreadable file gives one error.

mod common;
use common::*;

use std::path::Path;

const RU: &str = "locales/ru/topics/certificate-request-returned.ftl";
const DE: &str = "locales/de/topics/certificate-request-returned.ftl";

/// A finding of `lint --json`.
#[derive(Debug)]
struct Finding {
    file: String,
    line: u64,
    col: u64,
    severity: String,
    code: String,
    message: String,
}

/// Runs `lint --json` on the tree; its exit code and findings.
fn lint(root: &Path) -> (i32, Vec<Finding>) {
    let out = run(&["--root", root.to_str().unwrap(), "--json", "lint"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("lint --json is JSON: {e}\n{}", stdout(&out)));
    let findings = json
        .as_array()
        .expect("an array of findings")
        .iter()
        .map(|f| Finding {
            file: f["file"].as_str().unwrap_or_default().to_string(),
            line: f["line"].as_u64().unwrap_or(0),
            col: f["col"].as_u64().unwrap_or(0),
            severity: f["severity"].as_str().unwrap().to_string(),
            code: f["code"].as_str().unwrap().to_string(),
            message: f["message"].as_str().unwrap().to_string(),
        })
        .collect();
    (code(&out), findings)
}

/// The findings of `code` in `rel`.
fn of<'a>(findings: &'a [Finding], root: &Path, rel: &str, code: &str) -> Vec<&'a Finding> {
    let path = root.join(rel).display().to_string();
    findings
        .iter()
        .filter(|f| f.file == path && f.code == code)
        .collect()
}

/// 1-based line and column of the first `needle` at or after line `from`.
fn position(root: &Path, rel: &str, needle: &str, from: usize) -> (u64, u64) {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    for (i, line) in text.lines().enumerate().skip(from.saturating_sub(1)) {
        if let Some(byte) = line.find(needle) {
            return ((i + 1) as u64, (line[..byte].chars().count() + 1) as u64);
        }
    }
    panic!("{needle} not in {rel}");
}

/// The line (1-based, from line `from` on) that starts with `needle`: a
/// definition, not a longer id that ends the same (`tui-button-finish =`
/// holds `-button-finish =`).
fn definition_line(root: &Path, rel: &str, needle: &str, from: usize) -> u64 {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    for (i, line) in text.lines().enumerate().skip(from.saturating_sub(1)) {
        if line.starts_with(needle) {
            return (i + 1) as u64;
        }
    }
    panic!("no line of {rel} starts with {needle}");
}

fn append(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    let mut old = std::fs::read_to_string(&path).unwrap();
    if !old.ends_with('\n') {
        old.push('\n');
    }
    std::fs::write(path, old + text).unwrap();
}

#[test]
fn a_message_defined_twice_is_an_error_at_the_second_definition() {
    let root = tree();
    let r = root.path();
    append(
        r,
        RU,
        "finish = Второе определение, которое никогда не показывается.\n",
    );
    let (code, findings) = lint(r);
    assert_eq!(code, 1);
    let found = of(&findings, r, RU, "lint-duplicate-message");
    assert_eq!(found.len(), 1, "{findings:#?}");
    let (first, _) = position(r, RU, "finish =", 1);
    let (second, _) = position(r, RU, "finish =", first as usize + 1);
    assert_eq!((found[0].line, found[0].col), (second, 1));
    assert_eq!(found[0].severity, "error");
    assert!(
        found[0].message.contains(&format!("line {first}")),
        "{found:?}"
    );
    // The page shows the first definition, as lint says.
    let md = stdout(&run(&[
        "--root",
        r.to_str().unwrap(),
        "help",
        KEYWORD,
        "--lang",
        "ru",
        "--format",
        "md",
    ]));
    assert!(!md.contains("Второе определение"), "{md}");
}

#[test]
fn a_term_defined_twice_is_called_a_term() {
    let root = tree();
    let r = root.path();
    append(r, "locales/de/ui.ftl", "-product = Doppelt\n");
    append(r, "locales/en/ui.ftl", "-button-finish = Finish again\n");
    let (code, findings) = lint(r);
    assert_eq!(code, 1);
    for (rel, term) in [
        ("locales/de/ui.ftl", "-product"),
        ("locales/en/ui.ftl", "-button-finish"),
    ] {
        let found = of(&findings, r, rel, "lint-duplicate-term");
        assert_eq!(found.len(), 1, "{rel}: {findings:#?}");
        let first = definition_line(r, rel, &format!("{term} ="), 1);
        let second = definition_line(r, rel, &format!("{term} ="), first as usize + 1);
        assert_eq!((found[0].line, found[0].col), (second, 1));
        assert!(
            found[0].message.starts_with(&format!("The term {term} ")),
            "{found:?}"
        );
    }
}

#[test]
fn a_missing_or_obsolete_term_is_called_a_term() {
    let root = tree();
    let r = root.path();
    let es = "locales/es/ui.ftl";
    let text = std::fs::read_to_string(r.join(es)).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("-button-finish ="))
        .collect();
    std::fs::write(
        r.join(es),
        kept.join("\n") + "\n-button-gone = Ya no existe\n",
    )
    .unwrap();
    let (_, findings) = lint(r);
    let missing = of(&findings, r, es, "lint-missing-term");
    assert_eq!(missing.len(), 1, "{findings:#?}");
    assert!(
        missing[0]
            .message
            .starts_with("The term -button-finish is missing in es"),
        "{missing:?}"
    );
    let obsolete = of(&findings, r, es, "lint-obsolete-term");
    assert_eq!(obsolete.len(), 1, "{findings:#?}");
    assert_eq!(
        (obsolete[0].line, obsolete[0].col),
        position(r, es, "-button-gone =", 1)
    );
    assert!(
        findings.iter().all(|f| !f.message.contains("message -")),
        "{findings:#?}"
    );
}

/// The no-match page is the one formatted with `$count`.
const NO_MATCH_EN: &str = "locales/en/topics/no-match.ftl";

fn plural_tree(locale: &str, variants: &str) -> tempfile::TempDir {
    let root = tree();
    append(
        root.path(),
        NO_MATCH_EN,
        "count-line = { $count ->\n    [one] { $count } block\n   *[other] { $count } blocks\n}\n",
    );
    for l in ["ru", "zh-TW", "fr", "es", "de"] {
        let body = if l == locale {
            variants.to_string()
        } else {
            complete(l).to_string()
        };
        append(
            root.path(),
            &format!("locales/{l}/topics/no-match.ftl"),
            &format!("count-line = {body}\n"),
        );
    }
    root
}

/// Plural variants that cover every category of the locale.
fn complete(locale: &str) -> &'static str {
    match locale {
        "ru" => {
            "{ $count ->\n    [one] { $count } блок\n    [few] { $count } блока\n    [many] { $count } блоков\n   *[other] { $count } блока\n}"
        }
        "zh-TW" => "{ $count } 個區塊",
        _ => "{ $count ->\n    [one] { $count } x\n   *[other] { $count } xs\n}",
    }
}

#[test]
fn russian_plural_without_few_and_many_is_reported() {
    let root = plural_tree(
        "ru",
        "{ $count ->\n    [one] { $count } блок\n   *[other] { $count } блока\n}",
    );
    let r = root.path();
    let rel = "locales/ru/topics/no-match.ftl";
    let (code, findings) = lint(r);
    assert_eq!(code, 0, "a warning, as compare-locales: {findings:#?}");
    let found = of(&findings, r, rel, "lint-plural-missing");
    assert_eq!(found.len(), 1, "{findings:#?}");
    let (line, _) = position(r, rel, "count-line =", 1);
    assert_eq!(
        (found[0].line, found[0].col),
        (line + 1, 6),
        "at the first key"
    );
    assert!(found[0].message.contains("lack few and many"), "{found:?}");
    assert_eq!(found[0].severity, "warning");
}

#[test]
fn russian_plural_with_only_the_default_variant_is_reported_too() {
    // English selects on $count by plural category: so must Russian.
    let root = plural_tree("ru", "{ $count ->\n   *[other] { $count } блока\n}");
    let r = root.path();
    let (_, findings) = lint(r);
    let found = of(
        &findings,
        r,
        "locales/ru/topics/no-match.ftl",
        "lint-plural-missing",
    );
    assert_eq!(found.len(), 1, "{findings:#?}");
    assert!(
        found[0].message.contains("lack one, few, and many"),
        "{found:?}"
    );
}

#[test]
fn a_misspelt_plural_category_suggests_the_nearest() {
    let root = plural_tree(
        "ru",
        "{ $count ->\n    [one] { $count } блок\n    [fwe] { $count } блока\n    [many] { $count } блоков\n   *[other] { $count } блока\n}",
    );
    let r = root.path();
    let rel = "locales/ru/topics/no-match.ftl";
    let (_, findings) = lint(r);
    let typo = of(&findings, r, rel, "lint-plural-typo");
    assert_eq!(typo.len(), 1, "{findings:#?}");
    assert_eq!((typo[0].line, typo[0].col), {
        let (l, c) = position(r, rel, "[fwe]", 1);
        (l, c + 1)
    });
    assert!(typo[0].message.contains("did you mean [few]"), "{typo:?}");
    // And [few] is still missing.
    let missing = of(&findings, r, rel, "lint-plural-missing");
    assert!(missing[0].message.contains("lack few:"), "{missing:?}");
}

#[test]
fn complete_plurals_in_every_locale_pass() {
    for (locale, variants) in [
        (
            "ru",
            "{ $count ->\n    [one] { $count } блок\n    [few] { $count } блока\n    [many] { $count } блоков\n   *[other] { $count } блока\n}",
        ),
        (
            "de",
            "{ $count ->\n    [one] { $count } Block\n   *[other] { $count } Blöcke\n}",
        ),
        (
            "fr",
            "{ $count ->\n    [one] { $count } bloc\n   *[other] { $count } blocs\n}",
        ),
        (
            "es",
            "{ $count ->\n    [one] { $count } bloque\n   *[other] { $count } bloques\n}",
        ),
        ("zh-TW", "{ $count ->\n   *[other] { $count } 個區塊\n}"),
    ] {
        let root = plural_tree(locale, variants);
        let (code, findings) = lint(root.path());
        assert_eq!(code, 0, "{locale}: {findings:#?}");
        assert!(
            findings.iter().all(|f| !f.code.starts_with("lint-plural")),
            "{locale}: {findings:#?}"
        );
    }
}

#[test]
fn plural_selectors_in_german_french_spanish_and_chinese_are_checked() {
    // de, fr, es have one and other: without [one], "1 Blöcke".
    for (locale, variants) in [
        (
            "de",
            "{ $count ->\n    [zero] keine\n   *[other] { $count } Blöcke\n}",
        ),
        (
            "fr",
            "{ $count ->\n    [few] quelques\n   *[other] { $count } blocs\n}",
        ),
        ("es", "{ $count ->\n   *[other] { $count } bloques\n}"),
    ] {
        let root = plural_tree(locale, variants);
        let r = root.path();
        let rel = format!("locales/{locale}/topics/no-match.ftl");
        let (_, findings) = lint(r);
        let missing = of(&findings, r, &rel, "lint-plural-missing");
        assert_eq!(missing.len(), 1, "{locale}: {findings:#?}");
        assert!(
            missing[0].message.contains("lack one:"),
            "{locale}: {missing:?}"
        );
        if locale != "es" {
            let never = of(&findings, r, &rel, "lint-plural-never");
            assert_eq!(never.len(), 1, "{locale}: {findings:#?}");
        }
    }
    // Chinese has only `other`: a [one] variant is never chosen.
    let root = plural_tree(
        "zh-TW",
        "{ $count ->\n    [one] 一個區塊\n   *[other] { $count } 個區塊\n}",
    );
    let r = root.path();
    let rel = "locales/zh-TW/topics/no-match.ftl";
    let (_, findings) = lint(r);
    let never = of(&findings, r, rel, "lint-plural-never");
    assert_eq!(never.len(), 1, "{findings:#?}");
    assert_eq!((never[0].line, never[0].col), {
        let (l, c) = position(r, rel, "[one]", 1);
        (l, c + 1)
    });
    assert!(of(&findings, r, rel, "lint-plural-missing").is_empty());
}

#[test]
fn a_select_on_something_else_than_a_number_is_not_a_plural() {
    let root = tree();
    let r = root.path();
    append(
        r,
        NO_MATCH_EN,
        "kind-line = { $keyword ->\n    [default] Default\n   *[web] Web\n}\n",
    );
    for l in ["ru", "zh-TW", "fr", "es", "de"] {
        append(
            r,
            &format!("locales/{l}/topics/no-match.ftl"),
            "kind-line = { $keyword ->\n    [default] D\n   *[web] W\n}\n",
        );
    }
    let (_, findings) = lint(r);
    assert!(
        findings.iter().all(|f| !f.code.starts_with("lint-plural")),
        "{findings:#?}"
    );
}

#[test]
fn a_term_swapped_for_another_is_reported_at_the_reference() {
    let root = tree();
    let r = root.path();
    edit(
        r,
        RU,
        "Нажмите кнопку **{ -button-finish }**",
        "Нажмите кнопку **{ -button-assign }**",
    );
    let (_, findings) = lint(r);
    let obsolete = of(&findings, r, RU, "lint-obsolete-term-ref");
    assert_eq!(obsolete.len(), 1, "{findings:#?}");
    assert_eq!(
        (obsolete[0].line, obsolete[0].col),
        position(r, RU, "-button-assign }**, чтобы", 1)
    );
    assert!(
        obsolete[0].message.contains("-button-assign"),
        "{obsolete:?}"
    );
    assert_eq!(obsolete[0].severity, "warning");
    let missing = of(&findings, r, RU, "lint-missing-term-ref");
    assert_eq!(missing.len(), 1, "{findings:#?}");
    assert!(
        missing[0]
            .message
            .starts_with("finish does not use the term -button-finish")
    );
    let (line, _) = position(r, RU, "finish = ", 1);
    assert_eq!(missing[0].line, line);
}

#[test]
fn a_term_replaced_by_plain_text_is_reported() {
    let root = tree();
    let r = root.path();
    edit(
        r,
        DE,
        "view-details = Klicken Sie auf **{ -button-view-details }**",
        "view-details = Klicken Sie auf **Details**",
    );
    let (_, findings) = lint(r);
    let missing = of(&findings, r, DE, "lint-missing-term-ref");
    assert_eq!(missing.len(), 1, "{findings:#?}");
    assert!(
        missing[0].message.contains("-button-view-details"),
        "{missing:?}"
    );
    let (line, _) = position(r, DE, "view-details = ", 1);
    assert_eq!(
        (missing[0].line, missing[0].col),
        (line, 16),
        "at the value"
    );
}

#[test]
fn attributes_are_compared_with_english() {
    let root = tree();
    let r = root.path();
    append(
        r,
        NO_MATCH_EN,
        "labeled = Text\n    .title = Tooltip\n    .alt = Alt\n",
    );
    for l in ["ru", "zh-TW", "es", "de"] {
        append(
            r,
            &format!("locales/{l}/topics/no-match.ftl"),
            "labeled = T\n    .title = T\n    .alt = A\n",
        );
    }
    // fr: .titel instead of .title (missing and obsolete), .alt twice.
    let fr = "locales/fr/topics/no-match.ftl";
    append(
        r,
        fr,
        "labeled = Texte\n    .titel = Infobulle\n    .alt = A\n    .alt = B\n",
    );
    let (code, findings) = lint(r);
    assert_eq!(
        code, 1,
        "a missing or obsolete attribute is an error: {findings:#?}"
    );
    let missing = of(&findings, r, fr, "lint-missing-attribute");
    assert_eq!(missing.len(), 1, "{findings:#?}");
    assert_eq!(
        (missing[0].line, missing[0].col),
        position(r, fr, "labeled =", 1)
    );
    assert!(missing[0].message.contains(".title"), "{missing:?}");
    let obsolete = of(&findings, r, fr, "lint-obsolete-attribute");
    assert_eq!(obsolete.len(), 1, "{findings:#?}");
    assert_eq!(
        (obsolete[0].line, obsolete[0].col),
        position(r, fr, ".titel", 1)
    );
    let twice = of(&findings, r, fr, "lint-duplicate-attribute");
    assert_eq!(twice.len(), 1, "{findings:#?}");
    assert_eq!(twice[0].severity, "warning");
    let (first, _) = position(r, fr, ".alt", 1);
    assert_eq!(twice[0].line, first + 1);
}

#[test]
fn a_value_english_does_not_have_is_an_error() {
    let root = tree();
    let r = root.path();
    append(r, NO_MATCH_EN, "only-attribute =\n    .title = Tooltip\n");
    for l in ["ru", "zh-TW", "fr", "es"] {
        append(
            r,
            &format!("locales/{l}/topics/no-match.ftl"),
            "only-attribute =\n    .title = T\n",
        );
    }
    let de = "locales/de/topics/no-match.ftl";
    append(r, de, "only-attribute = Wert\n    .title = T\n");
    let (code, findings) = lint(r);
    assert_eq!(code, 1);
    let found = of(&findings, r, de, "lint-obsolete-value");
    assert_eq!(found.len(), 1, "{findings:#?}");
    let (line, col) = position(r, de, "Wert", 1);
    assert_eq!((found[0].line, found[0].col), (line, col));
}

#[test]
fn a_file_that_is_not_utf8_gives_exactly_one_error() {
    let root = tree();
    let r = root.path();
    let rel = "locales/fr/topics/no-match.ftl";
    let mut bytes = std::fs::read(r.join(rel)).unwrap();
    bytes.extend_from_slice(b"\nbroken = caf\xe9\n");
    std::fs::write(r.join(rel), bytes).unwrap();
    let (code, findings) = lint(r);
    assert_eq!(code, 1);
    let path = r.join(rel).display().to_string();
    let about: Vec<&Finding> = findings.iter().filter(|f| f.file == path).collect();
    assert_eq!(about.len(), 1, "{about:#?}");
    assert_eq!(about[0].severity, "error");
    assert!(
        findings.iter().all(|f| f.code != "lint-missing-file"),
        "{findings:#?}"
    );
}

#[test]
fn an_english_file_that_is_not_utf8_does_not_make_its_translations_obsolete() {
    let root = tree();
    let r = root.path();
    let mut bytes = std::fs::read(r.join(NO_MATCH_EN)).unwrap();
    bytes.extend_from_slice(b"\nbroken = caf\xe9\n");
    std::fs::write(r.join(NO_MATCH_EN), bytes).unwrap();
    let (_, findings) = lint(r);
    assert!(
        findings.iter().all(|f| f.code != "lint-obsolete-message"),
        "{findings:#?}"
    );
    let path = r.join(NO_MATCH_EN).display().to_string();
    assert_eq!(findings.iter().filter(|f| f.file == path).count(), 1);
}

#[test]
fn duplicate_variant_keys_are_warned() {
    let root = tree();
    let r = root.path();
    let es = "locales/es/topics/no-match.ftl";
    edit(
        r,
        es,
        "   *[other] Palabras clave",
        "    [0] Otra vez.\n   *[other] Palabras clave",
    );
    let (_, findings) = lint(r);
    let found = of(&findings, r, es, "lint-duplicate-variant");
    assert_eq!(found.len(), 1, "{findings:#?}");
    let (first, _) = position(r, es, "[0]", 1);
    let (second, col) = position(r, es, "[0]", first as usize + 1);
    assert_eq!((found[0].line, found[0].col), (second, col + 1));
}

#[test]
fn a_term_shadowed_by_ui_ftl_is_called_a_term() {
    let root = tree();
    let r = root.path();
    let rel = "locales/fr/topics/no-match.ftl";
    append(r, rel, "-product = Autre produit\n");
    let (code, findings) = lint(r);
    assert_eq!(code, 1);
    let found = of(&findings, r, rel, "lint-ui-clash-term");
    assert_eq!(found.len(), 1, "{findings:#?}");
    assert_eq!(
        (found[0].line, found[0].col),
        position(r, rel, "-product =", 1)
    );
    assert!(
        found[0]
            .message
            .starts_with("The term -product is also defined in ui.ftl")
    );
}
