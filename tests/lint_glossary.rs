//! Each locale's glossary (`locales/<lang>/glossary.tbx`, TBX-Basic): lint
//! reports a forbidden term in a translation at file:line:col with the
//! preferred term, in its inflected forms too, but not in code; a broken
//! glossary is reported at its place.

mod common;
use common::*;

use std::path::Path;

const RU: &str = "locales/ru/topics/certificate-request-returned.ftl";

/// The (line, col, code, message) of the warnings lint gives for `rel`.
fn findings(root: &Path, rel: &str) -> Vec<(u64, u64, String, String)> {
    lint_findings(root, rel, "warning")
}

#[test]
fn a_forbidden_term_is_reported_with_the_preferred_one_but_not_in_code() {
    let root = tree();
    let r = root.path();
    edit(
        r,
        RU,
        "\nthumbprint = ",
        "\nthumbprint = Для незавершённых запросов (`незавершённый запрос`) ",
    );
    let line = line_starting(r, RU, "thumbprint =");
    let found: Vec<_> = findings(r, RU)
        .into_iter()
        .filter(|(_, _, code, _)| code == "lint-glossary-forbidden")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    let (l, c, _, message) = &found[0];
    assert_eq!((*l, *c), (line, 18));
    assert!(message.contains("незавершённых запросов"), "{message}");
    assert!(message.contains("открытый запрос"), "{message}");
    assert!(message.contains("glossary.tbx"), "{message}");
}

#[test]
fn zh_tw_issuer_label_holds_the_forbidden_verb_and_is_fine() {
    let root = tree();
    let r = root.path();
    let zh = "locales/zh-TW/topics/certificate-request-returned.ftl";
    edit(
        r,
        zh,
        "\nthumbprint = ",
        "\nthumbprint = 簽發者會簽發憑證。",
    );
    let found: Vec<_> = findings(r, zh)
        .into_iter()
        .filter(|(_, _, code, _)| code == "lint-glossary-forbidden")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].1, 18, "{found:#?}");
    assert!(found[0].3.contains("核發"), "{found:#?}");
}

#[test]
fn a_broken_glossary_is_reported_at_its_line() {
    let root = tree();
    let r = root.path();
    let glossary = "locales/es/glossary.tbx";
    edit(
        r,
        glossary,
        "solicitud abierta</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts<",
        "solicitud abierta</term><termNote type=\"administrativeStatus\">forbiddenTerm-admn-sts<",
    );
    let line = line_starting(r, glossary, "          <tig><term>solicitud abierta");
    let found = findings(r, glossary);
    assert!(
        found.iter().any(|(l, _, code, m)| *l == line
            && code == "lint-glossary-status"
            && m.contains("forbiddenTerm-admn-sts")),
        "{found:#?}"
    );
    std::fs::write(r.join(glossary), "<martif>\n<text>\n</martif>\n").unwrap();
    let found = findings(r, glossary);
    assert!(
        found
            .iter()
            .any(|(l, _, code, _)| *l == 3 && code == "lint-glossary-xml"),
        "{found:#?}"
    );
}

/// es writes Windows' «huella digital» for the thumbprint: the short
/// «huella» is reported, the full term (also in the plural) and the value
/// name `<HUELLA_DIGITAL>` that --help gives are not.
#[test]
fn es_thumbprint_is_huella_digital_not_huella() {
    let root = tree();
    let r = root.path();
    let es = "locales/es/topics/certificate-request-returned.ftl";
    edit(
        r,
        es,
        "\nthumbprint = ",
        "\nthumbprint = Su huella, sus huellas digitales. ",
    );
    let found: Vec<_> = findings(r, es)
        .into_iter()
        .filter(|(_, _, code, _)| code == "lint-glossary-forbidden")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].1, 17, "{found:#?}");
    assert!(found[0].3.contains("huella digital"), "{found:#?}");
    assert!(
        !lint_findings(r, "locales/es/ui.ftl", "warning")
            .iter()
            .any(|(_, _, code, _)| code == "lint-glossary-forbidden"),
    );
}
