//! A plural variant `[one]` whose text does not show the number reads as
//! "exactly one"; where CLDR's `one` also covers other numbers (ru 21, 31…;
//! fr 0) lint warns and suggests `[1]`.

mod common;
use common::*;

use std::path::Path;

/// The `lint-plural-one` warnings of `rel`: (line, message).
fn plural_one(root: &Path, rel: &str) -> Vec<(u64, String)> {
    lint_findings(root, rel, "warning")
        .into_iter()
        .filter(|(_, _, code, _)| code == "lint-plural-one")
        .map(|(line, _, _, message)| (line, message))
        .collect()
}

#[test]
fn russian_one_without_the_number_is_reported_and_1_is_suggested() {
    let root = tree();
    let r = root.path();
    let ru = "locales/ru/ui.ftl";
    edit(
        r,
        ru,
        "    [1] Назначение отклонено по следующей причине",
        "    [one] Назначение отклонено по следующей причине",
    );
    let line = line_starting(r, ru, "    [one] Назначение отклонено");
    let found = plural_one(r, ru);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, line);
    assert!(found[0].1.contains("21, 31"), "{}", found[0].1);
    assert!(found[0].1.contains("[1]"), "{}", found[0].1);
    assert!(found[0].1.contains("error-refused"), "{}", found[0].1);
}

#[test]
fn french_one_covers_zero() {
    let root = tree();
    let r = root.path();
    let fr = "locales/fr/ui.ftl";
    let text = std::fs::read_to_string(r.join(fr)).unwrap();
    // The question for exactly one root, as [one] (no [1] beside it).
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("    [one] Voulez-vous approuver { $count }"))
        .collect();
    std::fs::write(r.join(fr), kept.join("\n") + "\n").unwrap();
    edit(
        r,
        fr,
        "    [1] Voulez-vous approuver",
        "    [one] Voulez-vous approuver",
    );
    let found = plural_one(r, fr);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].1.contains(": 0,") || found[0].1.contains(" 0,") || found[0].1.contains(" 0 "),
        "{}",
        found[0].1
    );
}

#[test]
fn one_that_shows_the_number_or_means_only_1_is_fine() {
    let root = tree();
    let r = root.path();
    // German `one` is 1 alone: the shipped "[one] … aus folgendem Grund"
    // without a number is right there.
    let de = std::fs::read_to_string(r.join("locales/de/ui.ftl")).unwrap();
    assert!(de.contains("    [one] Die Zuweisung wurde aus folgendem Grund abgelehnt"));
    assert!(plural_one(r, "locales/de/ui.ftl").is_empty());
    // Russian `[one]` with { $days } in it is right for 21 too.
    let ru = std::fs::read_to_string(r.join("locales/ru/ui.ftl")).unwrap();
    assert!(ru.contains("    [one] остался { $days } день"));
    assert!(plural_one(r, "locales/ru/ui.ftl").is_empty());
}
