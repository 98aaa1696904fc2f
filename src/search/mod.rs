//! `docwiz search`: full-text search over every topic's title, headings, text
//! and F1 keywords, in the reader's language, ranked by BM25 with title and
//! keyword hits first.
//!
//! - [`analyzer`]: how each language's text becomes terms (words, stems,
//!   diacritics, Chinese words);
//! - [`document`]: what of a composed page is searched, section by section;
//! - [`index`]: the tantivy index per locale, cached and kept current.
//!
//! The index of a `--root` tree is rebuilt when a directory of the tree
//! changes (a topic added, removed or saved by rename, as editors save), when
//! a file of a hit changed since it was indexed, and when any topic's file
//! changed (a word added in place), which each search checks for a turn of
//! [`index::CHECK_WINDOW`] topics (a whole tree of that size or smaller);
//! the built-in tree's index is keyed by a digest of its files.

pub mod analyzer;
pub mod document;
pub mod index;

use std::sync::Arc;

use fluent_bundle::FluentResource;
use unic_langid::LanguageIdentifier;

use crate::Docwiz;
use crate::catalog::NO_MATCH;
use crate::compose::{Options, compose};
use crate::error::{Diagnostic, Error};
use crate::f1_index::load_topic;
use crate::localization::{Localizer, ReusableBundle, parse};
use crate::source::Source;

pub use document::Document;
pub use index::{Hit, Indexed, Results, SearchIndex};

/// How many topics a search shows unless asked for another number.
pub const DEFAULT_LIMIT: usize = 10;

/// The best sections of at most `limit` topics for `query`, in the user's
/// language (`docwiz.chain[0]`), best first.
///
/// # Errors
/// [`Error::NoSearchHit`] with the nearest words of the pages when nothing
/// matches; [`Error::Search`] when the index cannot be built; content errors
/// of a topic that cannot be read.
pub fn search(docwiz: &Docwiz, query: &str, limit: usize) -> Result<Results, Error> {
    let source = &docwiz.source;
    let chain = &docwiz.chain;
    let locale = &chain[0];
    let stamp = tree_stamp(source, chain);
    let documents = || documents(source, chain);
    let mut index = SearchIndex::open(source, locale, &stamp, &documents)?;
    let mut found = index.search(query, limit)?;
    // A topic's file edited in place leaves its directory's time alone: a
    // hit whose files changed since they were indexed makes a new index.
    if index.cached
        && found
            .hits
            .iter()
            .any(|h| index.files_of(&h.id) != Some(files_stamp(source, &h.id, chain).as_str()))
    {
        index = SearchIndex::rebuild(source, locale, &stamp, &documents()?)?;
        found = index.search(query, limit)?;
    }
    // A file edited in place (a word added to a topic that is no hit)
    // leaves the directories' times alone: each search compares a turn of
    // topics' files with the index, so no search pays for a whole huge tree.
    if index.cached
        && matches!(source, Source::Dir(_))
        && index
            .next_check()
            .into_iter()
            .any(|(id, stamp)| stamp != files_stamp(source, id, chain))
    {
        index = SearchIndex::rebuild(source, locale, &stamp, &documents()?)?;
        found = index.search(query, limit)?;
    }
    if found.hits.is_empty() {
        return Err(Error::NoSearchHit {
            query: query.to_string(),
            nearest: index.nearest(query),
        });
    }
    Ok(found)
}

/// Every topic of the tree (but the no-match page) composed in `chain`'s
/// first locale, as search documents.
///
/// # Errors
/// A topic whose template cannot be read or parsed.
pub fn documents(source: &Source, chain: &[LanguageIdentifier]) -> Result<Vec<Indexed>, Error> {
    let (catalog, _) = crate::catalog::Catalog::load(source)?;
    let mut ignored: Vec<Diagnostic> = Vec::new();
    let ui: Vec<Option<Arc<FluentResource>>> = chain
        .iter()
        .map(|l| parse(source, &format!("locales/{l}/ui.ftl"), &mut ignored))
        .collect::<Result<_, _>>()?;
    let mut pool: Vec<ReusableBundle> = Vec::new();
    let mut out = Vec::new();
    for front in catalog.topics() {
        if front.id == NO_MATCH {
            continue;
        }
        let Some(topic) = load_topic(source, &front.id)? else {
            continue;
        };
        let files = chain
            .iter()
            .map(|l| {
                parse(
                    source,
                    &format!("locales/{l}/topics/{}.ftl", front.id),
                    &mut ignored,
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        let reused: Vec<ReusableBundle> =
            if pool.len() == chain.len() && !pool.iter().any(ReusableBundle::worn) {
                std::mem::take(&mut pool)
            } else {
                chain
                    .iter()
                    .zip(&ui)
                    .map(|(l, ui)| ReusableBundle::new(l, ui.clone()))
                    .collect()
            };
        let l10n = Localizer::from_reused(chain, reused, &front.id, files);
        let page = compose(
            &topic,
            &l10n,
            &Options {
                side_by_side: false,
                args: None,
                live: None,
            },
        );
        pool = l10n.into_reused();
        out.push(Indexed {
            document: Document::of(&page),
            files: files_stamp(source, &front.id, chain),
        });
    }
    Ok(out)
}

/// What the index of a tree depends on besides each topic's files: the
/// directories topics and translations are added to, removed from or saved
/// into by rename, and the UI messages (section names) of the chain.
fn tree_stamp(source: &Source, chain: &[LanguageIdentifier]) -> String {
    let Source::Dir(root) = source else {
        return format!("built-in {}", Source::built_in_digest());
    };
    let mut paths = vec!["content".to_string(), "locales".to_string()];
    for l in chain {
        paths.push(format!("locales/{l}"));
        paths.push(format!("locales/{l}/topics"));
        paths.push(format!("locales/{l}/ui.ftl"));
    }
    let times: Vec<String> = paths.iter().map(|p| modified(&root.join(p))).collect();
    format!("{} {}", env!("CARGO_PKG_VERSION"), times.join(" "))
}

/// The modification times and sizes of a topic's template and translations.
fn files_stamp(source: &Source, id: &str, chain: &[LanguageIdentifier]) -> String {
    let Source::Dir(root) = source else {
        return String::new();
    };
    let mut paths = vec![format!("content/{id}.md")];
    paths.extend(chain.iter().map(|l| format!("locales/{l}/topics/{id}.ftl")));
    let times: Vec<String> = paths.iter().map(|p| modified(&root.join(p))).collect();
    times.join(" ")
}

fn modified(path: &std::path::Path) -> String {
    match std::fs::metadata(path) {
        Ok(meta) => {
            let time = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .unwrap_or_default();
            format!(
                "{}.{:09}:{}",
                time.as_secs(),
                time.subsec_nanos(),
                meta.len()
            )
        }
        Err(_) => "-".to_string(),
    }
}
