//! The Fluent specification's fixtures (tests/fixtures/fluent/, Apache-2.0,
//! projectfluent/fluent commit 10a1bc60): docwiz's syntax checker agrees with the
//! reference parser on every one — the same Junk, error codes and positions, and
//! the same valid messages — and the bundles it feeds keep every valid message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use docwiz::error::Location;
use docwiz::ftl::{self, Kind};
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    junk_entries: usize,
    error_positions: Vec<String>,
    error_codes: Vec<String>,
    valid_messages: Vec<String>,
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fluent")
}

fn fixtures() -> BTreeMap<String, (String, Expected)> {
    let json = std::fs::read_to_string(dir().join("expected.json")).expect("expected.json");
    let expected: BTreeMap<String, Expected> = serde_json::from_str(&json).expect("JSON");
    assert_eq!(expected.len(), 39, "every fixture is listed");
    expected
        .into_iter()
        .map(|(name, e)| {
            let text = std::fs::read_to_string(dir().join(format!("{name}.ftl"))).expect("ftl");
            (name, (text, e))
        })
        .collect()
}

/// `line:col`, 1-based, columns in characters.
fn position(text: &str, offset: usize) -> String {
    let at = Location::at("f", text, offset);
    format!("{}:{}", at.line, at.col)
}

#[test]
fn every_fixture_gives_the_reference_junk_codes_positions_and_messages() {
    let mut wrong = Vec::new();
    let mut with_errors = 0;
    let mut exact = 0;
    for (name, (text, expected)) in fixtures() {
        let entries = ftl::parse(&text);
        let mut junk = 0;
        let mut positions = Vec::new();
        let mut codes = Vec::new();
        let mut valid = BTreeSet::new();
        for entry in &entries {
            match &entry.kind {
                Kind::Junk { error, at } => {
                    junk += 1;
                    positions.push(position(&text, *at));
                    codes.push(error.code().to_string());
                }
                Kind::Message(id) | Kind::Term(id) => {
                    valid.insert(id.clone());
                }
                Kind::Comment => {}
            }
        }
        let expected_valid: BTreeSet<String> = expected.valid_messages.iter().cloned().collect();
        if !expected.error_positions.is_empty() {
            with_errors += 1;
            if positions == expected.error_positions {
                exact += 1;
            }
        }
        if junk != expected.junk_entries
            || positions != expected.error_positions
            || codes != expected.error_codes
            || valid != expected_valid
        {
            wrong.push(format!(
                "{name}: junk {junk} (expected {}), positions {positions:?} (expected {:?}), \
                 codes {codes:?} (expected {:?}), valid {valid:?} (expected {expected_valid:?})",
                expected.junk_entries, expected.error_positions, expected.error_codes
            ));
        }
    }
    eprintln!("{exact} of {with_errors} fixtures with errors have every position exact");
    assert_eq!(with_errors, 27);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(exact, 27);
}

fn resource_ids(resource: &FluentResource) -> BTreeSet<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn bundles_get_every_valid_message_of_every_fixture_and_no_junk() {
    let mut wrong = Vec::new();
    for (name, (text, expected)) in fixtures() {
        let checked = ftl::check(&name, &text);
        // Offsets are kept: only Junk changes, and only a last Junk line is cut.
        let kept = checked.text.len();
        assert!(kept <= text.len(), "{name}");
        for (i, (a, b)) in checked.text.bytes().zip(text.bytes()).enumerate() {
            let junk = checked
                .entries
                .iter()
                .any(|e| matches!(e.kind, Kind::Junk { .. }) && e.span.contains(&i));
            assert!(a == b || (junk && a == b' '), "{name}: byte {i} changed");
        }
        let (resource, errors) = match FluentResource::try_new(checked.text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let ids = resource_ids(&resource);
        let expected: BTreeSet<String> = expected.valid_messages.iter().cloned().collect();
        if ids != expected || !errors.is_empty() {
            wrong.push(format!(
                "{name}: resource has {ids:?}, expected {expected:?}; fluent-syntax errors {errors:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
