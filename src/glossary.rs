//! Per-locale glossaries: `locales/<lang>/glossary.tbx`, in TBX-Basic
//! (ISO 30042), the term-exchange format translation vendors' tools import
//! and export (SDL MultiTerm, memoQ, Phrase, Crowdin). Each concept
//! (`termEntry`) holds the English term and the locale's terms, each with
//! its TBX-Basic administrative status: `preferredTerm-admn-sts` (the term
//! to use), `admittedTerm-admn-sts` (also fine), `deprecatedTerm-admn-sts`
//! or `supersededTerm-admn-sts` (forbidden). Both the 2008 element names
//! (`martif`, `termEntry`, `langSet`, `tig`/`ntig`) and the 2019 ones
//! (`tbx`, `conceptEntry`, `langSec`, `termSec`) are read.
//!
//! Lint reports a forbidden term in the text of a translation, matched by
//! the language's stemmer (so inflected forms are found), unless it is part
//! of a term the glossary allows (簽發者 holds 簽發).

use quick_xml::events::Event;

use crate::error::{Diagnostic, Location, Message};
use crate::search::analyzer::Analysis;
use crate::typography::Prose;

/// A concept of the glossary, for one locale.
#[derive(Debug, Clone, Default)]
pub struct Concept {
    pub id: String,
    pub english: String,
    pub preferred: Option<String>,
    /// Preferred and admitted terms: occurrences of a forbidden term inside
    /// one of them are fine.
    pub allowed: Vec<String>,
    pub forbidden: Vec<String>,
}

/// A locale's glossary: where it is (as shown) and its concepts.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    pub path: String,
    pub concepts: Vec<Concept>,
}

const FORBIDDEN: [&str; 2] = ["deprecatedTerm-admn-sts", "supersededTerm-admn-sts"];
const ALLOWED: [&str; 2] = ["preferredTerm-admn-sts", "admittedTerm-admn-sts"];

/// Reads the glossary `text` (shown as `path`) for `locale`; what is wrong
/// in it is reported at its place.
pub fn parse(path: &str, text: &str, locale: &str) -> (Glossary, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut glossary = Glossary {
        path: path.to_string(),
        concepts: Vec::new(),
    };
    let mut reader = quick_xml::Reader::from_str(text);
    let mut concept: Option<(Concept, usize)> = None;
    let mut lang = String::new();
    // The term being read: its text, status and where the status is.
    let mut term: Option<(String, Option<(String, usize)>)> = None;
    // What text goes to: the term, or its status.
    let mut into: Option<&'static str> = None;
    loop {
        let at = reader.buffer_position() as usize;
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(_) => {
                let at = (reader.error_position() as usize).min(text.len());
                problems.push(Diagnostic::warning(
                    Some(Location::at(path, text, at)),
                    Message::new("lint-glossary-xml"),
                ));
                return (
                    Glossary {
                        path: path.to_string(),
                        concepts: Vec::new(),
                    },
                    problems,
                );
            }
        };
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"termEntry" | b"conceptEntry" => {
                    let id = attribute(&e, b"id").unwrap_or_default();
                    concept = Some((
                        Concept {
                            id,
                            ..Concept::default()
                        },
                        at,
                    ));
                }
                b"langSet" | b"langSec" => lang = attribute(&e, b"lang").unwrap_or_default(),
                b"tig" | b"ntig" | b"termSec" => term = Some((String::new(), None)),
                b"term" => into = Some("term"),
                b"termNote"
                    if attribute(&e, b"type").as_deref() == Some("administrativeStatus") =>
                {
                    if let Some((_, status)) = &mut term {
                        *status = Some((String::new(), reader.buffer_position() as usize));
                    }
                    into = Some("status");
                }
                _ => {}
            },
            Event::Text(t) => push_text(&mut term, into, &t.xml10_content().unwrap_or_default()),
            Event::CData(t) => push_text(&mut term, into, &String::from_utf8_lossy(&t)),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match r.decode().unwrap_or_default().as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        _ => String::new(),
                    },
                };
                push_text(&mut term, into, &resolved);
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"term" | b"termNote" => into = None,
                b"tig" | b"ntig" | b"termSec" => {
                    let (Some((text_of_term, status)), Some((c, _))) = (term.take(), &mut concept)
                    else {
                        continue;
                    };
                    let word = text_of_term.trim().to_string();
                    if word.is_empty() {
                        continue;
                    }
                    if same_language(&lang, "en") {
                        c.english = word;
                        continue;
                    }
                    if !same_language(&lang, locale) {
                        continue;
                    }
                    let status = status.map(|(s, at)| (s.trim().to_string(), at));
                    match status.as_ref().map(|(s, at)| (s.as_str(), *at)) {
                        None | Some(("preferredTerm-admn-sts", _)) => {
                            c.preferred.get_or_insert(word.clone());
                            c.allowed.push(word);
                        }
                        Some((s, _)) if ALLOWED.contains(&s) => c.allowed.push(word),
                        Some((s, _)) if FORBIDDEN.contains(&s) => c.forbidden.push(word),
                        Some((s, at)) => problems.push(Diagnostic::warning(
                            Some(Location::at(path, text, at)),
                            Message::new("lint-glossary-status").arg("value", s),
                        )),
                    }
                }
                b"termEntry" | b"conceptEntry" => {
                    if let Some((c, at)) = concept.take() {
                        if !c.forbidden.is_empty() && c.preferred.is_none() {
                            problems.push(Diagnostic::warning(
                                Some(Location::at(path, text, at)),
                                Message::new("lint-glossary-no-preferred")
                                    .arg("concept", c.id.as_str())
                                    .arg("locale", locale),
                            ));
                        }
                        glossary.concepts.push(c);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    (glossary, problems)
}

fn push_text(term: &mut Option<(String, Option<(String, usize)>)>, into: Option<&str>, text: &str) {
    let Some((word, status)) = term else { return };
    match into {
        Some("term") => word.push_str(text),
        Some("status") => {
            if let Some((s, _)) = status {
                s.push_str(text);
            }
        }
        _ => {}
    }
}

/// The value of the attribute whose local name is `name` (`xml:lang` is `lang`).
fn attribute(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// `zh-TW` is `zh-tw`, and `en-US` is English.
fn same_language(tag: &str, locale: &str) -> bool {
    let tag = tag.to_ascii_lowercase();
    let locale = locale.to_ascii_lowercase();
    tag == locale || (!locale.contains('-') && tag.split('-').next() == Some(locale.as_str()))
}

/// A forbidden term found in a pattern: the byte offset in the file, what
/// was written, and the concept.
#[derive(Debug, Clone)]
pub struct Found<'g> {
    pub offset: usize,
    pub text: String,
    pub concept: &'g Concept,
}

/// The forbidden terms of `glossary` in `prose`, a pattern of `locale`.
pub fn find<'g>(glossary: &'g Glossary, locale: &str, prose: &Prose) -> Vec<Found<'g>> {
    let text = prose.text();
    // Byte offset in `text` of each character, to map matches back.
    let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let char_at = |byte: usize| starts.partition_point(|s| *s < byte);
    let matches = |term: &str| -> Vec<std::ops::Range<usize>> { occurrences(locale, &text, term) };
    let allowed: Vec<std::ops::Range<usize>> = glossary
        .concepts
        .iter()
        .flat_map(|c| c.allowed.iter())
        .flat_map(|t| matches(t))
        .collect();
    let mut out = Vec::new();
    for concept in &glossary.concepts {
        for term in &concept.forbidden {
            for range in matches(term) {
                let inside = allowed
                    .iter()
                    .any(|a| a.start <= range.start && range.end <= a.end);
                let (first, last) = (char_at(range.start), char_at(range.end));
                let prose_only = (first..last).all(|i| prose.is_prose(i));
                if !inside && prose_only {
                    out.push(Found {
                        offset: prose.offset(first),
                        text: text[range].to_string(),
                        concept,
                    });
                }
            }
        }
    }
    out
}

/// Byte ranges of `term` in `text`: for Chinese, the characters as they
/// are; else consecutive words with the same stemmed terms, separated by
/// spaces only.
fn occurrences(locale: &str, text: &str, term: &str) -> Vec<std::ops::Range<usize>> {
    let Ok(langid) = locale.parse() else {
        return Vec::new();
    };
    let analysis = Analysis::for_locale(&langid);
    if matches!(analysis, Analysis::Chinese) {
        return text
            .match_indices(term)
            .map(|(i, m)| i..i + m.len())
            .collect();
    }
    let wanted: Vec<String> = analysis.words(term).into_iter().map(|w| w.term).collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    // UAX #29 joins U+202F (ExtendNumLet) to the word before it: French
    // «approuvés ;» would be one word with its space. Spaces of the same
    // UTF-8 length that break words keep every offset.
    let spaced = text
        .replace('\u{202f}', "\u{2009}")
        .replace('\u{a0}', "\u{85}");
    let words = analysis.words(&spaced);
    // A stem stands for its inflected forms, whose stems the Snowball
    // stemmers do not always cut to it (French délivrer: délivr, délivrent:
    // délivrent); a short stem must match whole.
    let same_word = |found: &str, stem: &str| {
        found == stem || (stem.chars().count() >= 4 && found.starts_with(stem))
    };
    let mut out = Vec::new();
    for (i, window) in words.windows(wanted.len()).enumerate() {
        let same = window
            .iter()
            .zip(&wanted)
            .all(|(w, t)| same_word(&w.term, t));
        let joined = window
            .windows(2)
            .all(|p| text[p[0].range.end..p[1].range.start].trim().is_empty());
        if same && joined {
            out.push(words[i].range.start..window[window.len() - 1].range.end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TBX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
<text><body>
<termEntry id="open-request">
  <langSet xml:lang="en"><tig><term>open request</term></tig></langSet>
  <langSet xml:lang="ru">
    <tig><term>открытый запрос</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>незавершённый запрос</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
</termEntry>
</body></text>
</martif>"#;

    fn prose(value: &str) -> (String, Prose) {
        let source = format!("key = {value}\n");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("valid FTL");
        let fluent_syntax::ast::Entry::Message(m) = &resource.body[0] else {
            panic!("a message");
        };
        let p = crate::typography::patterns(&source, m.value.as_ref().unwrap())
            .into_iter()
            .next()
            .unwrap();
        (source.clone(), p)
    }

    #[test]
    fn inflected_forbidden_terms_are_found_and_code_is_not() {
        let (glossary, problems) = parse("g.tbx", TBX, "ru");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(glossary.concepts[0].english, "open request");
        assert_eq!(
            glossary.concepts[0].preferred.as_deref(),
            Some("открытый запрос")
        );
        let (source, p) = prose("Показывает незавершённые запросы и `незавершённый запрос`.");
        let found = find(&glossary, "ru", &p);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            &source[found[0].offset..][..found[0].text.len()],
            "незавершённые запросы"
        );
        let (_, p) = prose("Открытые запросы { $count }");
        assert!(find(&glossary, "ru", &p).is_empty());
    }

    #[test]
    fn chinese_forbidden_term_inside_an_allowed_one_is_fine() {
        let tbx = r#"<tbx type="TBX-Basic"><text><body>
<conceptEntry id="issue"><langSec xml:lang="en"><termSec><term>issue</term></termSec></langSec>
<langSec xml:lang="zh-TW"><termSec><term>核發</term></termSec>
<termSec><term>簽發</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
<conceptEntry id="issuer"><langSec xml:lang="zh-TW"><termSec><term>簽發者</term></termSec></langSec></conceptEntry>
</body></text></tbx>"#;
        let (glossary, problems) = parse("g.tbx", tbx, "zh-TW");
        assert!(problems.is_empty(), "{problems:?}");
        let (_, p) = prose("簽發者與它簽發的憑證");
        let found = find(&glossary, "zh-TW", &p);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "簽發");
    }

    #[test]
    fn a_broken_glossary_is_reported_at_its_place() {
        let (_, problems) = parse("g.tbx", "<martif>\n<termEntry>\n</martif>", "ru");
        assert_eq!(problems.len(), 1);
        let bad = TBX.replace("deprecatedTerm-admn-sts", "forbidden");
        let (_, problems) = parse("g.tbx", &bad, "ru");
        assert_eq!(problems[0].message.id, "lint-glossary-status");
        assert_eq!(problems[0].location.as_ref().unwrap().line, 8);
    }
}
