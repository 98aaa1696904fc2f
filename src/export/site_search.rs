//! The search index of the exported site, and the script that reads it.
//!
//! Why docwiz writes its own index instead of using Pagefind: the site must
//! be searchable when opened from the disk (`file://`) as well as from a
//! server, and browsers refuse `fetch`/XHR of local files from a `file://`
//! page (Chromium: "Cross origin requests are only supported for protocol
//! schemes: http, …"). Pagefind loads its index with `fetch`, so it works
//! only when served. A `<script src>` of a local file is allowed, so the index
//! is written as JavaScript files, each calling `docwizSearch(path, data)`,
//! which `search.js` injects on demand.
//!
//! The index never has to be loaded whole (the 10,000-topic corpus has
//! 120,000 sections in six languages): per language,
//! - `meta.js`: the counts BM25 needs and the list of term shards;
//! - `t/<prefix>.js`: the terms that begin with a prefix (a shard is split
//!   by one more character while it is bigger than [`SHARD_BYTES`]), each
//!   with its postings per field, and the surface forms of words whose term
//!   differs (`zertifikate` → `zertifikat`), so that a query word found on the
//!   pages reaches the very term the Rust analysis gave it;
//! - `d/<n>.js`: the texts of a run of sections (about [`CHUNK_BYTES`]), for
//!   the titles, headings and snippets of the hits shown.
//!
//! Terms are made by the same [`Analysis`] as `docwiz search`; a section is
//! one document, with the topic's title and F1 keywords, as in
//! [`crate::search::index`], and the same boosts.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use unic_langid::LanguageIdentifier;

use crate::search::analyzer::Analysis;
use crate::search::document::Document;

/// The site's search script (`search.js` at the site's root).
pub const SCRIPT: &str = include_str!("search.js");

/// A shard of the term dictionary is split while it is bigger than this.
const SHARD_BYTES: usize = 32 * 1024;
/// A shard's prefix is at most this many characters.
const MAX_PREFIX: usize = 16;
/// A chunk of section texts is about this big.
const CHUNK_BYTES: usize = 24 * 1024;

/// The fields of a section, in the order `search.js` knows them: title,
/// heading, body in the page's language, the same three for text shown in
/// English, and the F1 keywords.
const FIELDS: usize = 7;

/// A page's text as search terms, made where the page is composed (on every
/// core of the export) and gathered per language by [`files`].
#[derive(Debug, Clone)]
pub struct Analyzed {
    id: String,
    title: String,
    title_english: bool,
    /// Terms of the title (in the page's language, in English) and of the
    /// keywords: every section has them.
    shared: [Terms; 3],
    sections: Vec<Section>,
    /// Word forms (lower case, folded) whose term differs, in the page's
    /// language and in English.
    forms: [Vec<(String, String)>; 2],
}

#[derive(Debug, Clone)]
struct Section {
    anchor: Option<String>,
    heading: String,
    heading_english: bool,
    body: String,
    body_english: String,
    /// Terms of the heading and body in the page's language, then in English.
    terms: [Terms; 4],
}

/// A field's terms in order, in one string (a 10,000-topic export holds
/// those of every page until the index is written: one allocation per
/// field, not per word).
#[derive(Debug, Clone, Default)]
struct Terms(String);

impl Terms {
    /// Terms hold no NUL: it is no word's character.
    const SEPARATOR: char = '\0';

    fn of(terms: impl IntoIterator<Item = String>) -> Terms {
        let mut out = String::new();
        for (i, term) in terms.into_iter().enumerate() {
            if i > 0 {
                out.push(Self::SEPARATOR);
            }
            out.push_str(&term);
        }
        Terms(out)
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.split(Self::SEPARATOR).filter(|t| !t.is_empty())
    }
}

/// The code `search.js` knows an analysis by.
fn code(analysis: Analysis) -> &'static str {
    match analysis {
        Analysis::English => "en",
        Analysis::Russian => "ru",
        Analysis::German => "de",
        Analysis::French => "fr",
        Analysis::Spanish => "es",
        Analysis::Chinese => "zh",
        Analysis::Plain => "plain",
    }
}

impl Analyzed {
    /// The terms of `document`, a page of `locale`.
    pub fn of(document: &Document, locale: &LanguageIdentifier) -> Analyzed {
        let native = Analysis::for_locale(locale);
        let mut forms: [HashMap<String, String>; 2] = Default::default();
        let mut terms = |analysis: Analysis, text: &str, group: usize| -> Terms {
            Terms::of(analysis.words(text).into_iter().map(|w| {
                let form = analysis.fold(&text[w.range].to_lowercase());
                if form != w.term {
                    forms[group].insert(form, w.term.clone());
                }
                w.term
            }))
        };
        let keywords = Terms::of(document.keywords.iter().flat_map(|k| {
            let k = k.to_lowercase();
            let parts: Vec<String> = if k.contains('.') {
                k.split('.')
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect()
            } else {
                Vec::new()
            };
            std::iter::once(k).chain(parts)
        }));
        let shared = [
            terms(native, &document.title.native, 0),
            terms(Analysis::English, &document.title.english, 1),
            keywords,
        ];
        let sections = document
            .sections
            .iter()
            .map(|s| Section {
                anchor: s.anchor.clone(),
                heading_english: s.heading.native.is_empty() && !s.heading.english.is_empty(),
                heading: if s.heading.native.is_empty() {
                    s.heading.english.clone()
                } else {
                    s.heading.native.clone()
                },
                body: s.body.native.clone(),
                body_english: s.body.english.clone(),
                terms: [
                    terms(native, &s.heading.native, 0),
                    terms(native, &s.body.native, 0),
                    terms(Analysis::English, &s.heading.english, 1),
                    terms(Analysis::English, &s.body.english, 1),
                ],
            })
            .collect();
        let [native_forms, english_forms] = forms;
        Analyzed {
            id: document.id.clone(),
            title: if document.title.native.is_empty() {
                document.title.english.clone()
            } else {
                document.title.native.clone()
            },
            title_english: document.title.native.is_empty(),
            shared,
            sections,
            forms: [
                native_forms.into_iter().collect(),
                english_forms.into_iter().collect(),
            ],
        }
    }
}

/// A term's postings, per field: `[field, doc, tf, length, (positions), doc
/// - previous doc, tf, length, …]`.
#[derive(Default)]
struct Postings {
    fields: [Option<(u32, Vec<u32>)>; FIELDS],
}

/// The index files of one language's pages, as (path below
/// `search/<lang>/`, content), pages in the order given.
pub fn files(locale: &LanguageIdentifier, pages: &[&Analyzed]) -> Vec<(String, String)> {
    let analysis = Analysis::for_locale(locale);
    // Positions only where a query word may be a phrase of terms: Chinese
    // words the browser's segmenter cuts otherwise than ICU4X did.
    let positions = analysis == Analysis::Chinese;
    let mut postings: HashMap<String, Postings> = HashMap::new();
    let mut forms: [HashMap<String, HashMap<String, u32>>; 2] = Default::default();
    let mut totals = [0u64; FIELDS];
    let mut docs = 0u32;
    for page in pages {
        for (group, list) in page.forms.iter().enumerate() {
            for (form, term) in list {
                *forms[group]
                    .entry(form.clone())
                    .or_default()
                    .entry(term.clone())
                    .or_default() += 1;
            }
        }
        for section in &page.sections {
            let fields: [&Terms; FIELDS] = [
                &page.shared[0],
                &section.terms[0],
                &section.terms[1],
                &page.shared[1],
                &section.terms[2],
                &section.terms[3],
                &page.shared[2],
            ];
            for (field, terms) in fields.iter().enumerate() {
                let mut at: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
                let mut length = 0u32;
                for (i, term) in terms.iter().enumerate() {
                    at.entry(term).or_default().push(i as u32);
                    length += 1;
                }
                totals[field] += u64::from(length);
                for (term, places) in at {
                    let entry = postings.entry(term.to_string()).or_default();
                    let (last, list) =
                        entry.fields[field].get_or_insert_with(|| (0, vec![field as u32]));
                    list.extend([docs - *last, places.len() as u32, length]);
                    if positions && field < 3 {
                        list.extend(&places);
                    }
                    *last = docs;
                }
            }
            docs += 1;
        }
    }

    // Every entry of the dictionary: a term's postings, a form's term in
    // the page's language ("f") and in English ("e").
    let mut entries: BTreeMap<String, [Option<String>; 3]> = BTreeMap::new();
    for (term, p) in postings {
        let mut json = String::from("[");
        for (_, list) in p.fields.iter().flatten() {
            if json.len() > 1 {
                json.push(',');
            }
            json.push_str(&ints(list));
        }
        json.push(']');
        entries.entry(term).or_default()[0] = Some(json);
    }
    for (group, map) in forms.into_iter().enumerate() {
        for (form, terms) in map {
            // Two words folded alike with different terms: the commoner wins.
            if let Some((term, _)) = terms
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            {
                entries.entry(form).or_default()[group + 1] = Some(string(&term));
            }
        }
    }
    let sized: Vec<(String, usize)> = entries
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                k.len() + v.iter().flatten().map(String::len).sum::<usize>() + 8,
            )
        })
        .collect();
    let mut shards = Vec::new();
    split(&sized, 0..sized.len(), 0, String::new(), &mut shards);
    let mut out = Vec::new();
    let mut names = Vec::new();
    for (prefix, range) in &shards {
        let name = shard_name(prefix);
        let mut parts: [String; 3] = Default::default();
        for (key, _) in &sized[range.clone()] {
            for (i, value) in entries[key].iter().enumerate() {
                if let Some(value) = value {
                    let part = &mut parts[i];
                    if !part.is_empty() {
                        part.push(',');
                    }
                    let _ = write!(part, "{}:{value}", string(key));
                }
            }
        }
        let path = format!("t/{name}");
        out.push((
            format!("{path}.js"),
            format!(
                "docwizSearch({},{{\"t\":{{{}}},\"f\":{{{}}},\"e\":{{{}}}}});\n",
                string(&path),
                parts[0],
                parts[1],
                parts[2]
            ),
        ));
        names.push(string(prefix));
    }

    // Section texts in chunks of a fixed count, so that a section's chunk
    // is its number divided by the count.
    let texts: Vec<(usize, String)> = pages
        .iter()
        .enumerate()
        .flat_map(|(p, page)| {
            page.sections.iter().map(move |s| {
                (
                    p,
                    format!(
                        "[{},{},{},{},{},{}]",
                        string(&page.id),
                        s.anchor.as_deref().map_or("null".to_string(), string),
                        string(&s.heading),
                        u8::from(s.heading_english),
                        string(&s.body),
                        string(&s.body_english)
                    ),
                )
            })
        })
        .collect();
    let average = texts.iter().map(|t| t.1.len()).sum::<usize>() / texts.len().max(1);
    let chunk = (CHUNK_BYTES / average.max(1)).clamp(1, 1000);
    for (n, part) in texts.chunks(chunk).enumerate() {
        let mut titles = String::new();
        let mut seen = Vec::new();
        for (p, _) in part {
            if !seen.contains(p) {
                seen.push(*p);
                let page = pages[*p];
                if !titles.is_empty() {
                    titles.push(',');
                }
                let _ = write!(
                    titles,
                    "{}:[{},{}]",
                    string(&page.id),
                    string(&page.title),
                    u8::from(page.title_english)
                );
            }
        }
        let sections: Vec<&str> = part.iter().map(|t| t.1.as_str()).collect();
        let path = format!("d/{n}");
        out.push((
            format!("{path}.js"),
            format!(
                "docwizSearch({},{{\"t\":{{{titles}}},\"d\":[{}]}});\n",
                string(&path),
                sections.join(",\n")
            ),
        ));
    }

    let averages: Vec<String> = totals
        .iter()
        .map(|t| format!("{:.3}", *t as f64 / f64::from(docs.max(1))))
        .collect();
    out.push((
        "meta.js".to_string(),
        format!(
            "docwizSearch(\"meta\",{{\"a\":{},\"n\":{docs},\"avg\":[{}],\"k\":{chunk},\"pos\":{positions},\"shards\":[{}]}});\n",
            string(code(analysis)),
            averages.join(","),
            names.join(",")
        ),
    ));
    out
}

/// Splits the sorted `entries[range]` (all beginning with `prefix`, of
/// `depth` characters) into shards no bigger than [`SHARD_BYTES`] where a
/// longer prefix can split them; the entry equal to the prefix keeps a shard
/// of its own, so every shard's entries begin with its prefix and with no
/// longer prefix of another shard.
fn split(
    entries: &[(String, usize)],
    range: std::ops::Range<usize>,
    depth: usize,
    prefix: String,
    out: &mut Vec<(String, std::ops::Range<usize>)>,
) {
    let total: usize = entries[range.clone()].iter().map(|e| e.1).sum();
    if total <= SHARD_BYTES || depth >= MAX_PREFIX {
        out.push((prefix, range));
        return;
    }
    let mut i = range.start;
    if i < range.end && entries[i].0 == prefix {
        out.push((prefix.clone(), i..i + 1));
        i += 1;
    }
    while i < range.end {
        let next: String = entries[i].0.chars().take(depth + 1).collect();
        let mut j = i;
        while j < range.end && entries[j].0.starts_with(&next) {
            j += 1;
        }
        split(entries, i..j, depth + 1, next, out);
        i = j;
    }
}

/// A shard's file name: its prefix's code points in hex (file systems
/// disagree on case and on which characters a name may hold).
pub fn shard_name(prefix: &str) -> String {
    if prefix.is_empty() {
        return "all".to_string();
    }
    prefix
        .chars()
        .map(|c| format!("{:x}", u32::from(c)))
        .collect::<Vec<_>>()
        .join("-")
}

fn ints(list: &[u32]) -> String {
    let mut out = String::with_capacity(list.len() * 3 + 2);
    out.push('[');
    for (i, n) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{n}");
    }
    out.push(']');
    out
}

/// A JSON string (valid JavaScript: U+2028 and U+2029 are escaped too).
fn string(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap_or_default()
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_in_the_shard_of_its_longest_prefix() {
        // Entries too big to share a shard: each splits down to its own.
        let mut entries: Vec<(String, usize)> = ["ab", "abc", "abd", "b", "zertifikat", "zz"]
            .iter()
            .map(|k| (k.to_string(), SHARD_BYTES / 2 + 1))
            .collect();
        entries.push(("zertifikatz".to_string(), 10));
        entries.sort();
        let mut shards = Vec::new();
        split(&entries, 0..entries.len(), 0, String::new(), &mut shards);
        for (i, (key, _)) in entries.iter().enumerate() {
            let longest = shards
                .iter()
                .filter(|(prefix, _)| key.starts_with(prefix.as_str()))
                .max_by_key(|(prefix, _)| prefix.len())
                .expect("a shard begins every key");
            assert!(
                longest.1.contains(&i),
                "{key} not in {longest:?}: {shards:?}"
            );
        }
        let total: usize = shards.iter().map(|(_, r)| r.len()).sum();
        assert_eq!(total, entries.len(), "{shards:?}");
    }

    #[test]
    fn an_inflected_form_leads_to_its_term() {
        let locale: LanguageIdentifier = "de".parse().unwrap();
        let document = Document {
            id: "t".into(),
            title: crate::search::document::Text {
                native: "Zertifikate".into(),
                english: String::new(),
            },
            keywords: vec!["ms.Test".into()],
            sections: Vec::new(),
        };
        let analyzed = Analyzed::of(&document, &locale);
        assert_eq!(
            analyzed.forms[0],
            vec![("zertifikate".to_string(), "zertifikat".to_string())]
        );
        let keywords: Vec<&str> = analyzed.shared[2].iter().collect();
        assert_eq!(keywords, ["ms.test", "ms", "test"]);
    }
}
