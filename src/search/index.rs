//! The search index of one locale: tantivy's BM25 over one document per page
//! section, kept in the cache directory and rebuilt by docwiz itself when the
//! content changes (no indexing command), as the F1 index is.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use tantivy::{ReloadPolicy, TantivyDocument, Term};
use unic_langid::LanguageIdentifier;

use super::analyzer::Analysis;
use super::document::{Document, Text};
use crate::error::Error;
use crate::source::Source;

const FORMAT: &str = "docwiz-search-index 1";
/// Tokenizer of the F1 keyword field: the keyword whole and its dot-separated
/// parts, lower-cased.
const KEYWORD_TOKENIZER: &str = "docwiz-keyword";
/// Boosts: a title or F1 keyword hit ranks before a heading hit, which ranks
/// before a body hit (as Microsoft Learn and mdBook's search weigh them).
const TITLE_BOOST: f32 = 4.0;
const KEYWORD_BOOST: f32 = 4.0;
const HEADING_BOOST: f32 = 2.0;

/// The fields of a section document.
#[derive(Clone, Copy)]
struct Fields {
    topic: Field,
    anchor: Field,
    title: Field,
    title_en: Field,
    keywords: Field,
    heading: Field,
    heading_en: Field,
    body: Field,
    body_en: Field,
}

impl Fields {
    fn schema(analysis: Analysis) -> (Schema, Fields) {
        let text = |tokenizer: &str| {
            TextOptions::default()
                .set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(tokenizer)
                        .set_index_option(IndexRecordOption::WithFreqsAndPositions),
                )
                .set_stored()
        };
        let native = analysis.name();
        let english = Analysis::English.name();
        let mut builder = Schema::builder();
        let fields = Fields {
            topic: builder.add_text_field("topic", STRING | STORED),
            anchor: builder.add_text_field("anchor", STORED),
            title: builder.add_text_field("title", text(native)),
            title_en: builder.add_text_field("title_en", text(english)),
            keywords: builder.add_text_field("keywords", text(KEYWORD_TOKENIZER)),
            heading: builder.add_text_field("heading", text(native)),
            heading_en: builder.add_text_field("heading_en", text(english)),
            body: builder.add_text_field("body", text(native)),
            body_en: builder.add_text_field("body_en", text(english)),
        };
        (builder.build(), fields)
    }
}

/// A tantivy tokenizer running one [`Analysis`].
#[derive(Clone)]
struct Analyzed(Analysis);

/// A tokenizer for F1 keywords: `ms.lync.dep.DeployCertList` is found as a
/// whole and by each of its parts.
#[derive(Clone)]
struct Keywords;

/// Tokens made up front (an analysis needs the whole text for its words).
struct Tokens {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for Tokens {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }
    fn token(&self) -> &Token {
        &self.tokens[self.next.saturating_sub(1).min(self.tokens.len() - 1)]
    }
    fn token_mut(&mut self) -> &mut Token {
        let last = self.tokens.len() - 1;
        &mut self.tokens[self.next.saturating_sub(1).min(last)]
    }
}

fn token(position: usize, range: std::ops::Range<usize>, text: String) -> Token {
    Token {
        offset_from: range.start,
        offset_to: range.end,
        position,
        text,
        position_length: 1,
    }
}

impl Tokenizer for Analyzed {
    type TokenStream<'a> = Tokens;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens {
        let tokens = self
            .0
            .words(text)
            .into_iter()
            .enumerate()
            .map(|(i, w)| token(i, w.range, w.term))
            .collect();
        Tokens { tokens, next: 0 }
    }
}

impl Tokenizer for Keywords {
    type TokenStream<'a> = Tokens;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens {
        let mut tokens = Vec::new();
        let mut start = 0;
        for keyword in text.split(' ') {
            let end = start + keyword.len();
            if !keyword.is_empty() {
                tokens.push(token(tokens.len(), start..end, keyword.to_lowercase()));
                // Every leading run of parts too: `ms.lync.dep` finds
                // `ms.lync.dep.DeployCertList`.
                for (i, _) in keyword.match_indices('.').skip(1) {
                    tokens.push(token(
                        tokens.len(),
                        start..start + i,
                        keyword[..i].to_lowercase(),
                    ));
                }
                let mut at = start;
                for part in keyword.split('.') {
                    if !part.is_empty() && part.len() < keyword.len() {
                        tokens.push(token(
                            tokens.len(),
                            at..at + part.len(),
                            part.to_lowercase(),
                        ));
                    }
                    at += part.len() + 1;
                }
            }
            start = end + 1;
        }
        Tokens { tokens, next: 0 }
    }
}

fn register(index: &tantivy::Index) {
    for analysis in Analysis::ALL {
        index
            .tokenizers()
            .register(analysis.name(), TextAnalyzer::from(Analyzed(analysis)));
    }
    index
        .tokenizers()
        .register(KEYWORD_TOKENIZER, TextAnalyzer::from(Keywords));
}

/// One hit: a topic, the section of it that matched best, and a snippet.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub title: String,
    /// The title is English text shown because the locale lacks it.
    pub title_english: bool,
    /// The heading the match falls under (`None`: before the first heading).
    pub heading: Option<String>,
    /// The heading is English text shown because the locale lacks it.
    pub heading_english: bool,
    pub anchor: Option<String>,
    /// Some text of the section around the match.
    pub snippet: String,
    /// Byte ranges of `snippet` that matched.
    pub highlights: Vec<std::ops::Range<usize>>,
    /// The snippet is English text shown on the page because its locale
    /// lacks it.
    pub english: bool,
    pub score: f32,
}

/// What a query found: the hits, best first, and the words of the query
/// that no topic has (the hits then have some of the other words).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results {
    pub hits: Vec<Hit>,
    /// Query words that match nothing, as typed, in query order.
    pub unmatched: Vec<String>,
}

/// A locale's index, open for queries.
pub struct SearchIndex {
    analysis: Analysis,
    fields: Fields,
    reader: tantivy::IndexReader,
    /// Words of the pages (lower case) and how often each occurs, for the
    /// nearest terms of a query that finds nothing.
    vocabulary: Vec<(String, u32)>,
    /// Per topic, the modification stamps of its files when it was indexed.
    files: HashMap<String, String>,
    /// Whether the index was read from the cache (and so may be stale).
    pub cached: bool,
    /// The cache directory it was read from or written to.
    dir: Option<PathBuf>,
}

/// How many topics' files a search compares with the index (a stat per
/// file: the topic's template and its messages in each locale of the chain).
/// A tree this size or smaller is checked whole by every search; a larger one
/// in turns, the next search going on where the last stopped, so a file
/// edited in place is found by the `topics / CHECK_WINDOW`-th search at the
/// latest, and no search pays for all of a huge tree (30,000 stats took
/// ~70 ms of CPU on 10,000 topics; 2,000 topics take a fifth of that).
pub const CHECK_WINDOW: usize = 2_000;

/// The file (in the index's directory) that holds where the next search's
/// turn of [`CHECK_WINDOW`] topics begins, as a decimal index into the
/// topics sorted by id.
const CHECKED: &str = "checked";

/// What is indexed for one topic: its document and the stamp of its files.
pub struct Indexed {
    pub document: Document,
    pub files: String,
}

impl SearchIndex {
    /// The cached index of `locale` when it is current, else a new one made
    /// from `documents()` (and cached when there is a cache directory).
    ///
    /// # Errors
    /// `Error::Search` when the index cannot be built; a cache that cannot be
    /// read or written is not an error (the index is rebuilt or kept in memory).
    pub fn open(
        source: &Source,
        locale: &LanguageIdentifier,
        stamp: &str,
        documents: &dyn Fn() -> Result<Vec<Indexed>, Error>,
    ) -> Result<SearchIndex, Error> {
        let dir = cache_dir(source, locale);
        if let Some(dir) = &dir
            && let Some(index) = Self::read(dir, locale, stamp)
        {
            return Ok(index);
        }
        Self::build(dir.as_deref(), locale, stamp, &documents()?)
    }

    fn read(dir: &Path, locale: &LanguageIdentifier, stamp: &str) -> Option<SearchIndex> {
        let head = std::fs::read_to_string(dir.join("stamp")).ok()?;
        if head != format!("{FORMAT}\n{stamp}\n") {
            return None;
        }
        let index = tantivy::Index::open_in_dir(dir).ok()?;
        let vocabulary = read_vocabulary(&std::fs::read_to_string(dir.join("words")).ok()?);
        let files = std::fs::read_to_string(dir.join("files"))
            .ok()?
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(id, stamp)| (id.to_string(), stamp.to_string()))
            .collect();
        let mut index = Self::opened(index, locale, vocabulary, files, true)?;
        index.dir = Some(dir.to_path_buf());
        Some(index)
    }

    fn opened(
        index: tantivy::Index,
        locale: &LanguageIdentifier,
        vocabulary: Vec<(String, u32)>,
        files: HashMap<String, String>,
        cached: bool,
    ) -> Option<SearchIndex> {
        register(&index);
        let analysis = Analysis::for_locale(locale);
        let schema = index.schema();
        let field = |name: &str| schema.get_field(name).ok();
        let fields = Fields {
            topic: field("topic")?,
            anchor: field("anchor")?,
            title: field("title")?,
            title_en: field("title_en")?,
            keywords: field("keywords")?,
            heading: field("heading")?,
            heading_en: field("heading_en")?,
            body: field("body")?,
            body_en: field("body_en")?,
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .num_warming_threads(0)
            .try_into()
            .ok()?;
        Some(SearchIndex {
            analysis,
            fields,
            reader,
            vocabulary,
            files,
            cached,
            dir: None,
        })
    }

    /// Indexes `documents` into `dir` (a fresh directory beside it, renamed
    /// over it when complete, so a reader never sees half an index), or in
    /// memory when there is no cache directory or it cannot be written.
    fn build(
        dir: Option<&Path>,
        locale: &LanguageIdentifier,
        stamp: &str,
        documents: &[Indexed],
    ) -> Result<SearchIndex, Error> {
        let analysis = Analysis::for_locale(locale);
        let (schema, fields) = Fields::schema(analysis);
        let staging = dir.and_then(|dir| {
            let staging = dir.with_extension(format!("new-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&staging);
            std::fs::create_dir_all(&staging).ok().map(|()| staging)
        });
        let index = match &staging {
            Some(staging) => tantivy::Index::create_in_dir(staging, schema.clone())
                .unwrap_or_else(|_| tantivy::Index::create_in_ram(schema.clone())),
            None => tantivy::Index::create_in_ram(schema),
        };
        register(&index);
        let failed = |e: tantivy::TantivyError| Error::Search {
            reason: e.to_string(),
        };
        let mut writer = index
            .writer_with_num_threads::<TantivyDocument>(1, 50_000_000)
            .map_err(failed)?;
        let mut words: HashMap<String, u32> = HashMap::new();
        let mut files = HashMap::new();
        for Indexed { document, files: f } in documents {
            files.insert(document.id.clone(), f.clone());
            let keywords = document.keywords.join(" ");
            for text in [&document.title]
                .into_iter()
                .chain(document.sections.iter().flat_map(|s| [&s.heading, &s.body]))
            {
                for t in [&text.native, &text.english] {
                    for range in super::analyzer::word_ranges(t) {
                        *words.entry(t[range].to_lowercase()).or_default() += 1;
                    }
                }
            }
            for section in &document.sections {
                let mut doc = TantivyDocument::default();
                doc.add_text(fields.topic, &document.id);
                if let Some(anchor) = &section.anchor {
                    doc.add_text(fields.anchor, anchor);
                }
                add(&mut doc, fields.title, fields.title_en, &document.title);
                doc.add_text(fields.keywords, &keywords);
                add(
                    &mut doc,
                    fields.heading,
                    fields.heading_en,
                    &section.heading,
                );
                add(&mut doc, fields.body, fields.body_en, &section.body);
                writer.add_document(doc).map_err(failed)?;
            }
        }
        writer.commit().map_err(failed)?;
        drop(writer);
        let mut vocabulary: Vec<(String, u32)> = words.into_iter().collect();
        vocabulary.sort();
        // The reader opens (maps) every file of the index now: the directory
        // may be renamed or removed below without it noticing.
        let mut opened =
            Self::opened(index, locale, vocabulary, files, false).ok_or_else(|| Error::Search {
                reason: "the new index cannot be opened".into(),
            })?;
        if let (Some(dir), Some(staging)) = (dir, &staging) {
            let files_text: String = opened
                .files
                .iter()
                .map(|(id, stamp)| format!("{id}\t{stamp}\n"))
                .collect();
            let written =
                std::fs::write(staging.join("words"), write_vocabulary(&opened.vocabulary))
                    .and_then(|()| std::fs::write(staging.join("files"), files_text))
                    // Made from the files as they are now: checked now.
                    .and_then(|()| std::fs::write(staging.join(CHECKED), b""))
                    .and_then(|()| {
                        std::fs::write(staging.join("stamp"), format!("{FORMAT}\n{stamp}\n"))
                    });
            let mut swapped = false;
            if written.is_ok() {
                // Swap the complete index in: searches reading the old one
                // keep their open files.
                let old = dir.with_extension(format!("old-{}", std::process::id()));
                let _ = std::fs::rename(dir, &old);
                swapped = std::fs::rename(staging, dir).is_ok();
                let _ = std::fs::remove_dir_all(&old);
            }
            if swapped {
                opened.dir = Some(dir.to_path_buf());
            } else {
                // Another search put its index in place meanwhile, or the
                // cache cannot be written: this one is used from memory.
                let _ = std::fs::remove_dir_all(staging);
            }
        }
        Ok(opened)
    }

    /// A new index of `documents`, replacing the cached one.
    ///
    /// # Errors
    /// `Error::Search` when the index cannot be built.
    pub fn rebuild(
        source: &Source,
        locale: &LanguageIdentifier,
        stamp: &str,
        documents: &[Indexed],
    ) -> Result<SearchIndex, Error> {
        Self::build(
            cache_dir(source, locale).as_deref(),
            locale,
            stamp,
            documents,
        )
    }

    /// The topics (id and the stamp of their files when indexed) whose files
    /// this search compares with the index: the next [`CHECK_WINDOW`] in id
    /// order after the last search's turn, wrapping around. Where the turn
    /// after this one begins is recorded at once (a cache that cannot be
    /// written only means the next search checks the same turn again).
    pub fn next_check(&self) -> Vec<(&str, &str)> {
        let mut topics: Vec<(&str, &str)> = self.topics().collect();
        if topics.len() <= CHECK_WINDOW {
            return topics;
        }
        topics.sort_unstable();
        let start = self
            .dir
            .as_ref()
            .and_then(|dir| std::fs::read_to_string(dir.join(CHECKED)).ok())
            .and_then(|text| text.trim().parse::<usize>().ok())
            .unwrap_or(0)
            % topics.len();
        if let Some(dir) = &self.dir {
            let next = (start + CHECK_WINDOW) % topics.len();
            let _ = std::fs::write(dir.join(CHECKED), next.to_string());
        }
        topics
            .iter()
            .cycle()
            .skip(start)
            .take(CHECK_WINDOW)
            .copied()
            .collect()
    }

    /// Every indexed topic with the stamp of its files when it was indexed.
    pub fn topics(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(id, s)| (id.as_str(), s.as_str()))
    }

    /// The stamp of a topic's files when it was indexed.
    pub fn files_of(&self, id: &str) -> Option<&str> {
        self.files.get(id).map(String::as_str)
    }

    /// The best sections of at most `limit` topics for `query`, best first.
    /// Every word of the query must match (in the title, an F1 keyword, a
    /// heading or the text); when no topic has them all, topics with any.
    pub fn search(&self, query: &str, limit: usize) -> Result<Results, Error> {
        let searcher = self.reader.searcher();
        let words = self.query_words(query);
        if words.is_empty() {
            return Ok(Results::default());
        }
        let clauses: Vec<Box<dyn Query>> = words
            .iter()
            .map(|w| self.word_query(&searcher, w))
            .collect();
        let all = BooleanQuery::new(
            clauses
                .iter()
                .map(|q| (Occur::Must, q.box_clone()))
                .collect(),
        );
        let any = BooleanQuery::new(
            clauses
                .iter()
                .map(|q| (Occur::Should, q.box_clone()))
                .collect(),
        );
        let failed = |e: tantivy::TantivyError| Error::Search {
            reason: e.to_string(),
        };
        let mut query: &BooleanQuery = &all;
        let mut top = searcher
            .search(&all, &TopDocs::with_limit(limit * 8).order_by_score())
            .map_err(failed)?;
        let mut unmatched = Vec::new();
        if top.is_empty() {
            // Some word is in no topic: which ones, so the reader knows
            // what the hits below lack (only here: when every word matched
            // together, each matched).
            if words.len() > 1 {
                for (word, clause) in words.iter().zip(&clauses) {
                    if searcher.search(clause.as_ref(), &Count).map_err(failed)? == 0
                        && !unmatched.contains(word)
                    {
                        unmatched.push(word.clone());
                    }
                }
            }
            query = &any;
            top = searcher
                .search(&any, &TopDocs::with_limit(limit * 8).order_by_score())
                .map_err(failed)?;
        }
        let mut generators = Vec::new();
        for field in [self.fields.body, self.fields.body_en] {
            let mut generator =
                SnippetGenerator::create(&searcher, query, field).map_err(failed)?;
            generator.set_max_num_chars(160);
            generators.push((field, generator));
        }
        let mut hits: Vec<Hit> = Vec::new();
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address).map_err(failed)?;
            let text = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let id = text(self.fields.topic);
            if hits.iter().any(|h| h.id == id) {
                continue;
            }
            let (snippet, highlights, english) = snippet(&generators, &doc);
            let (title, title_english) =
                or_english(text(self.fields.title), text(self.fields.title_en));
            let (heading, heading_english) =
                or_english(text(self.fields.heading), text(self.fields.heading_en));
            let anchor = text(self.fields.anchor);
            hits.push(Hit {
                id,
                title,
                title_english,
                heading_english: heading_english && !heading.is_empty(),
                heading: (!heading.is_empty()).then_some(heading),
                anchor: (!anchor.is_empty()).then_some(anchor),
                snippet,
                highlights,
                english,
                score,
            });
            if hits.len() == limit {
                break;
            }
        }
        Ok(Results { hits, unmatched })
    }

    /// The words of `query`. Chinese typed without spaces is one word, as
    /// the site's search takes it, however the dictionary cuts it: its
    /// indexed terms must then stand side by side ([`Self::term_or_phrase`]).
    fn query_words(&self, query: &str) -> Vec<String> {
        let han = |s: &str| {
            s.chars().all(|c| {
                matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
                    | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
            })
        };
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        for range in super::analyzer::word_ranges(query) {
            if self.analysis == Analysis::Chinese
                && let Some(last) = ranges.last_mut()
                && last.end == range.start
                && han(&query[last.clone()])
                && han(&query[range.clone()])
            {
                last.end = range.end;
                continue;
            }
            ranges.push(range);
        }
        ranges.into_iter().map(|r| query[r].to_string()).collect()
    }

    /// The term a query word is looked up by in the fields of `analysis`:
    /// its own term when the pages have it; else, as the site's search does,
    /// the longest indexed term that begins the word (at least 3 characters
    /// and half the word: a Snowball stem begins its words, so `Zertifikate`
    /// finds `Zertifikat` even where the stemmer cuts the two apart).
    fn resolved_term(
        &self,
        searcher: &tantivy::Searcher,
        analysis: Analysis,
        fields: [Field; 3],
        word: &str,
    ) -> String {
        let known = |term: &str| {
            fields.iter().any(|f| {
                searcher
                    .doc_freq(&Term::from_field_text(*f, term))
                    .is_ok_and(|n| n > 0)
            })
        };
        let term = analysis.term(word);
        if analysis == Analysis::Chinese || known(&term) {
            return term;
        }
        let folded = analysis.fold(&word.to_lowercase());
        let ends: Vec<usize> = folded
            .char_indices()
            .map(|(i, _)| i)
            .skip(1)
            .chain([folded.len()])
            .collect();
        let shortest = 3.max(ends.len().div_ceil(2));
        // A longer "word" (a pasted line) has no indexed term that long.
        for count in (shortest..=ends.len().min(64)).rev() {
            let prefix = &folded[..ends[count - 1]];
            if known(prefix) {
                return prefix.to_string();
            }
        }
        term
    }

    /// A query word in every field: its term in the page's language, its
    /// English term in text shown in English, and the word as an F1 keyword.
    fn word_query(&self, searcher: &tantivy::Searcher, word: &str) -> Box<dyn Query> {
        let f = &self.fields;
        let native =
            self.resolved_term(searcher, self.analysis, [f.title, f.heading, f.body], word);
        let english = self.resolved_term(
            searcher,
            Analysis::English,
            [f.title_en, f.heading_en, f.body_en],
            word,
        );
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut add = |field: Field, term: &str, boost: f32| {
            let query = self.term_or_phrase(searcher, field, term);
            clauses.push((Occur::Should, Box::new(BoostQuery::new(query, boost))));
        };
        add(f.title, &native, TITLE_BOOST);
        add(f.heading, &native, HEADING_BOOST);
        add(f.body, &native, 1.0);
        add(f.title_en, &english, TITLE_BOOST);
        add(f.heading_en, &english, HEADING_BOOST);
        add(f.body_en, &english, 1.0);
        clauses.push((
            Occur::Should,
            Box::new(BoostQuery::new(
                Box::new(TermQuery::new(
                    Term::from_field_text(f.keywords, &word.to_lowercase()),
                    IndexRecordOption::WithFreqs,
                )),
                KEYWORD_BOOST,
            )),
        ));
        Box::new(BooleanQuery::new(clauses))
    }

    /// The term itself when the field has it; for Chinese, a word the
    /// dictionary does not cut as the pages' text was cut (根憑證 asked, 根 +
    /// 憑證 indexed) is matched as the phrase of the longest indexed terms
    /// it is made of.
    fn term_or_phrase(
        &self,
        searcher: &tantivy::Searcher,
        field: Field,
        term: &str,
    ) -> Box<dyn Query> {
        let whole = Term::from_field_text(field, term);
        let known = |t: &Term| searcher.doc_freq(t).map(|n| n > 0).unwrap_or(false);
        if self.analysis == Analysis::Chinese && !known(&whole) {
            let pieces = longest_known(term, &|piece| known(&Term::from_field_text(field, piece)));
            if let Some(pieces) = pieces.filter(|p| p.len() > 1) {
                let terms = pieces
                    .iter()
                    .map(|p| Term::from_field_text(field, p))
                    .collect();
                return Box::new(PhraseQuery::new(terms));
            }
        }
        Box::new(TermQuery::new(whole, IndexRecordOption::WithFreqs))
    }

    /// Words of the pages nearest to the words of `query` (edit distance at
    /// most a third of the word, at least 1), most frequent first; at most 5.
    pub fn nearest(&self, query: &str) -> Vec<String> {
        let mut found: Vec<(usize, u32, &str)> = Vec::new();
        for range in super::analyzer::word_ranges(query) {
            let word = query[range].to_lowercase();
            let folded = super::analyzer::fold_diacritics(&word);
            let length = word.chars().count();
            let limit = (length / 3).max(1);
            for (known, count) in &self.vocabulary {
                // Words whose lengths differ by more than the limit are
                // farther than it: skipped before folding and comparing
                // (most of a large vocabulary).
                if known.len() + limit < length || known.chars().count().abs_diff(length) > limit {
                    continue;
                }
                let distance =
                    strsim::levenshtein(&folded, &super::analyzer::fold_diacritics(known));
                if distance <= limit && !found.iter().any(|(_, _, k)| k == known) {
                    found.push((distance, *count, known));
                }
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        found
            .into_iter()
            .take(5)
            .map(|(_, _, w)| w.to_string())
            .collect()
    }
}

/// `term` cut into the longest pieces `known` accepts, left to right
/// (maximum matching, the classic dictionary segmentation); `None` when some
/// part of it is no known piece.
fn longest_known(term: &str, known: &dyn Fn(&str) -> bool) -> Option<Vec<String>> {
    let chars: Vec<(usize, char)> = term.char_indices().collect();
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = chars[i].0;
        let end = (i + 1..=chars.len()).rev().find(|&j| {
            let end = chars.get(j).map_or(term.len(), |c| c.0);
            known(&term[start..end])
        })?;
        let stop = chars.get(end).map_or(term.len(), |c| c.0);
        pieces.push(term[start..stop].to_string());
        i = end;
    }
    Some(pieces)
}

fn add(doc: &mut TantivyDocument, native: Field, english: Field, text: &Text) {
    if !text.native.is_empty() {
        doc.add_text(native, &text.native);
    }
    if !text.english.is_empty() {
        doc.add_text(english, &text.english);
    }
}

/// The text shown: the locale's, else the English fallback (`true`).
fn or_english(native: String, english: String) -> (String, bool) {
    if native.is_empty() {
        let fell_back = !english.is_empty();
        (english, fell_back)
    } else {
        (native, false)
    }
}

/// The snippet of a section: around the match in its own language or, when
/// the match is in text shown in English, there (marked); else the start of
/// the section.
fn snippet(
    generators: &[(Field, SnippetGenerator)],
    doc: &TantivyDocument,
) -> (String, Vec<std::ops::Range<usize>>, bool) {
    for (i, (field, generator)) in generators.iter().enumerate() {
        let snippet = generator.snippet_from_doc(doc);
        if snippet.highlighted().is_empty() {
            continue;
        }
        let whole = doc
            .get_first(*field)
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        let range = snippet.fragment_range();
        let words = |t: &str| t.chars().any(char::is_alphanumeric);
        // A fragment cut out of the section says so at its ends; what is
        // left there without a word (a full stop) is kept instead.
        let (before, after) = (&whole[..range.start], &whole[range.end..]);
        let mut text = if words(before) {
            "…".to_string()
        } else {
            before.to_string()
        };
        let shift = text.len();
        text.push_str(snippet.fragment());
        text.push_str(if words(after) { "…" } else { after });
        let mut highlights: Vec<std::ops::Range<usize>> = Vec::new();
        for h in snippet.highlighted() {
            let h = h.start + shift..h.end + shift;
            // Matches side by side (a Chinese phrase of two terms) are one.
            match highlights.last_mut() {
                Some(last) if last.end == h.start => last.end = h.end,
                _ => highlights.push(h),
            }
        }
        return (text, highlights, i == 1);
    }
    let body = generators
        .iter()
        .find_map(|(field, _)| doc.get_first(*field).and_then(|v| v.as_str()))
        .unwrap_or_default();
    (start_of(body, 160), Vec::new(), false)
}

/// At most `max` bytes of `text` from its start, cut at a word's end.
fn start_of(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end]
        .rfind(' ')
        .filter(|&i| i > max / 2)
        .unwrap_or(end);
    format!("{}…", &text[..cut])
}

fn write_vocabulary(words: &[(String, u32)]) -> String {
    words.iter().map(|(w, n)| format!("{w}\t{n}\n")).collect()
}

fn read_vocabulary(text: &str) -> Vec<(String, u32)> {
    text.lines()
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(w, n)| Some((w.to_string(), n.parse().ok()?)))
        .collect()
}

/// Where the index of `locale` for a tree lives: below the user's cache
/// directory, one directory per tree and locale.
fn cache_dir(source: &Source, locale: &LanguageIdentifier) -> Option<PathBuf> {
    let tree = match source {
        Source::BuiltIn => "built-in".to_string(),
        Source::Dir(root) => {
            use sha1::{Digest, Sha1};
            let root = std::fs::canonicalize(root).ok()?;
            let digest = Sha1::digest(root.as_os_str().as_encoded_bytes());
            digest[..8].iter().map(|b| format!("{b:02x}")).collect()
        }
    };
    Some(
        crate::f1_index::cache_base()?
            .join(format!("search-{tree}"))
            .join(locale.to_string()),
    )
}
