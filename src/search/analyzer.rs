//! How text becomes search terms, one analysis per language, the same for the
//! pages that are indexed and for the query:
//!
//! 1. words by Unicode word boundaries (UAX #29), Chinese and Japanese text by
//!    ICU4X's CJ dictionary (`icu_segmenter`, CLDR/ICU data), so that 指紋 is a
//!    word inside running text without spaces;
//! 2. lower case (Unicode default case conversion);
//! 3. the language's Snowball stemmer (`frostem`, generated from the Snowball
//!    project's algorithms) for English, Russian, German, French and Spanish,
//!    so that `сертификаты` and `сертификата` have one term;
//! 4. diacritics folded after stemming where readers type without them
//!    (French, Spanish, German, English: NFD, nonspacing marks dropped, ß → ss),
//!    and ё → е in Russian, which Russian text writes either way.

use std::ops::Range;

use icu_properties::{CodePointMapData, props::GeneralCategory};
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use unic_langid::LanguageIdentifier;

/// The analysis of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Analysis {
    English,
    Russian,
    German,
    French,
    Spanish,
    /// Chinese: dictionary words, no stemming, no folding.
    Chinese,
    /// Any other language: words and lower case only.
    Plain,
}

/// A word of a text and the term it is indexed under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range of the word in the analysed text.
    pub range: Range<usize>,
    /// The term: lower-cased, stemmed and folded as the language says.
    pub term: String,
}

impl Analysis {
    /// Every analysis, for registering each with the index.
    pub const ALL: [Analysis; 7] = [
        Analysis::English,
        Analysis::Russian,
        Analysis::German,
        Analysis::French,
        Analysis::Spanish,
        Analysis::Chinese,
        Analysis::Plain,
    ];

    /// The analysis for a locale, by its language subtag.
    pub fn for_locale(locale: &LanguageIdentifier) -> Analysis {
        match locale.language.as_str() {
            "en" => Analysis::English,
            "ru" => Analysis::Russian,
            "de" => Analysis::German,
            "fr" => Analysis::French,
            "es" => Analysis::Spanish,
            "zh" | "ja" => Analysis::Chinese,
            _ => Analysis::Plain,
        }
    }

    /// The name the index knows this analysis by.
    pub fn name(self) -> &'static str {
        match self {
            Analysis::English => "docwiz-en",
            Analysis::Russian => "docwiz-ru",
            Analysis::German => "docwiz-de",
            Analysis::French => "docwiz-fr",
            Analysis::Spanish => "docwiz-es",
            Analysis::Chinese => "docwiz-zh",
            Analysis::Plain => "docwiz-plain",
        }
    }

    fn stemmer(self) -> Option<frostem::Stemmer> {
        let algorithm = match self {
            Analysis::English => frostem::Algorithm::English,
            Analysis::Russian => frostem::Algorithm::Russian,
            Analysis::German => frostem::Algorithm::German,
            Analysis::French => frostem::Algorithm::French,
            Analysis::Spanish => frostem::Algorithm::Spanish,
            Analysis::Chinese | Analysis::Plain => return None,
        };
        Some(frostem::Stemmer::new(algorithm))
    }

    /// The words of `text` with their terms, in order.
    pub fn words(self, text: &str) -> Vec<Word> {
        let stemmer = self.stemmer();
        word_ranges(text)
            .into_iter()
            .map(|range| {
                let term = self.term_with(&text[range.clone()], stemmer.as_ref());
                Word { range, term }
            })
            .collect()
    }

    /// The term of one word (as [`Analysis::words`] makes it).
    pub fn term(self, word: &str) -> String {
        self.term_with(word, self.stemmer().as_ref())
    }

    fn term_with(self, word: &str, stemmer: Option<&frostem::Stemmer>) -> String {
        let lower = word.to_lowercase();
        let stemmed = match stemmer {
            Some(stemmer) => stemmer.stem(&lower).into_owned(),
            None => lower,
        };
        self.fold(&stemmed)
    }

    /// A lower-cased word (or stem) with its diacritics folded as this
    /// language's terms are, unstemmed: what the exported site's search
    /// compares a query word with (it has no stemmer of its own).
    pub fn fold(self, lower: &str) -> String {
        match self {
            Analysis::English | Analysis::German | Analysis::French | Analysis::Spanish => {
                fold_diacritics(lower)
            }
            Analysis::Russian => lower.replace('ё', "е"),
            Analysis::Chinese | Analysis::Plain => lower.to_string(),
        }
    }
}

/// Byte ranges of the word-like segments of `text` (letters, numbers, CJK
/// words), by UAX #29 with ICU4X's dictionary for Chinese and Japanese.
pub fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let segmenter = WordSegmenter::new_auto(WordBreakInvariantOptions::default());
    let mut breaks = segmenter.segment_str(text);
    let mut ranges = Vec::new();
    let mut last = 0;
    while let Some(end) = breaks.next() {
        if end > last && breaks.is_word_like() {
            ranges.push(last..end);
        }
        last = end;
    }
    ranges
}

/// `text` without diacritics: NFD with nonspacing marks dropped, ß as ss.
pub fn fold_diacritics(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    let categories = CodePointMapData::<GeneralCategory>::new();
    let mut out = String::with_capacity(text.len());
    for c in nfd.normalize(text).chars() {
        match c {
            'ß' => out.push_str("ss"),
            c if categories.get(c) == GeneralCategory::NonspacingMark => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(analysis: Analysis, text: &str) -> Vec<String> {
        analysis.words(text).into_iter().map(|w| w.term).collect()
    }

    #[test]
    fn inflected_forms_share_a_term() {
        assert_eq!(
            terms(Analysis::Russian, "сертификаты"),
            terms(Analysis::Russian, "сертификата")
        );
        assert_eq!(
            terms(Analysis::German, "Zertifikate"),
            terms(Analysis::German, "Zertifikat")
        );
    }

    #[test]
    fn accents_are_optional_in_french() {
        assert_eq!(
            terms(Analysis::French, "empreinte numerique"),
            terms(Analysis::French, "empreinte numérique")
        );
    }

    #[test]
    fn chinese_running_text_is_split_into_words() {
        let words = terms(Analysis::Chinese, "請先匯入根憑證，再檢查指紋。");
        assert!(words.iter().any(|w| w == "指紋"), "{words:?}");
        assert!(words.iter().any(|w| w.contains("憑證")), "{words:?}");
    }
}
