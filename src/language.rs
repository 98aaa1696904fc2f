//! Which languages the user wants, and which shipped locale serves them best.
//!
//! Reading: a preference list is BCP 47 tags or POSIX locale names separated by
//! commas, each optionally weighted with `;q=` as in HTTP's Accept-Language
//! (RFC 9110 §12.4.2, §12.5.4). Extensions (`-u-co-phonebk`, `-t-…`, any other
//! singleton) and private use (`-x-…`) are read and dropped: they say how, not
//! which language. An item that cannot be used is skipped with a typed warning.
//!
//! Matching: CLDR's language matching (UTS #35, "Enhanced Language Matching",
//! data from `common/supplemental/languageInfo.xml`) through the
//! `language-matcher` crate, on tags canonicalized (`cmn`→`zh`, `iw`→`he`) and
//! maximized with ICU4X's CLDR data.

use icu_locale::{LocaleCanonicalizer, LocaleExpander};
use language_matcher::LanguageMatcher;
use unic_langid::LanguageIdentifier;

use crate::error::Message;

/// The source language and final fallback.
pub const SOURCE: &str = "en";

/// The environment variables that name the user's locale, strongest first (POSIX).
pub const ENV_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// Why an item of a preference list was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// The wildcard `*` ("any other language"): it names no language to look
    /// for, and English, the fallback, already serves it. An HTTP server may
    /// ignore this warning.
    Wildcard,
    /// Not a language docwiz can match: a grandfathered or irregular tag (`i-klingon`, `en-GB-oed`), a tag of private use only
    /// (`x-foo`), or text that is not BCP 47.
    NotALanguage,
    /// A weight that is not `q=` followed by an RFC 9110 qvalue (0 to 1, at most
    /// three decimals), or a parameter other than `q`.
    BadQuality,
}

/// An item of a preference list that was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListWarning {
    /// The item as written, without surrounding white space.
    pub item: String,
    /// Why it cannot be used.
    pub reason: SkipReason,
}

impl ListWarning {
    /// The warning for the user; `source` names where the list came from
    /// (`--lang`, `LANG`, `Accept-Language`).
    pub fn message(&self, source: &str) -> Message {
        let id = match self.reason {
            SkipReason::Wildcard => "language-wildcard",
            SkipReason::NotALanguage => "language-skipped",
            SkipReason::BadQuality => "language-bad-quality",
        };
        Message::new(id)
            .arg("source", source)
            .arg("item", self.item.as_str())
    }
}

/// A parsed preference list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LanguageList {
    /// Most wanted first: by quality, highest first, items of equal quality in the
    /// order written. Items weighted `q=0` ("not acceptable") are left out.
    /// Extensions and private-use subtags are removed; `C` and `POSIX` read as
    /// English.
    pub languages: Vec<LanguageIdentifier>,
    /// The items that were skipped, in the order written.
    pub warnings: Vec<ListWarning>,
}

/// Parses a preference list: `fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5`, `de_AT.UTF-8`,
/// `ru-RU-x-foo,ru`. Never fails: what cannot be used is reported in
/// [`LanguageList::warnings`] and the rest is kept. Empty items are ignored. Fit
/// for HTTP's Accept-Language as well as `--lang`.
pub fn parse_list(list: &str) -> LanguageList {
    let mut weighted: Vec<(u16, LanguageIdentifier)> = Vec::new();
    let mut warnings = Vec::new();
    for item in list.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        let skip = |reason| ListWarning {
            item: item.to_string(),
            reason,
        };
        let mut parts = item.split(';');
        let range = parts.next().unwrap_or("").trim();
        let quality = match quality(parts) {
            Some(q) => q,
            None => {
                warnings.push(skip(SkipReason::BadQuality));
                continue;
            }
        };
        if quality == 0 {
            continue;
        }
        match language(range) {
            Some(id) => weighted.push((quality, id)),
            None if range == "*" => warnings.push(skip(SkipReason::Wildcard)),
            None => warnings.push(skip(SkipReason::NotALanguage)),
        }
    }
    // Stable: equal weights keep the user's order.
    weighted.sort_by_key(|(quality, _)| std::cmp::Reverse(*quality));
    LanguageList {
        languages: weighted.into_iter().map(|(_, id)| id).collect(),
        warnings,
    }
}

/// The weight of an item in thousandths from its parameters after the range:
/// none means 1; `q=` with a qvalue of RFC 9110 §12.4.2
/// (`0[.ddd]` or `1[.000]`); anything else is `None`.
fn quality<'a>(mut params: impl Iterator<Item = &'a str>) -> Option<u16> {
    let Some(param) = params.next() else {
        return Some(1000);
    };
    if params.next().is_some() {
        return None;
    }
    let (name, value) = param.split_once('=')?;
    if !name.trim().eq_ignore_ascii_case("q") {
        return None;
    }
    let value = value.trim();
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// One language range as a language identifier without extensions, or `None`
/// when it names no language that can be matched.
fn language(range: &str) -> Option<LanguageIdentifier> {
    let Some(tag) = posix_to_bcp47(range) else {
        // `C` and `POSIX` ask for the untranslated program.
        return SOURCE.parse().ok();
    };
    // ICU4X parses the whole of BCP 47's langtag, extensions and private use
    // included; unic-langid, which Fluent uses, knows only the identifier part.
    let locale = icu_locale::Locale::try_from_str(&tag)
        .or_else(|e| without_extlang(&tag).map_or(Err(e), icu_locale::Locale::try_from_str))
        .ok()?;
    locale.id.to_string().parse().ok()
}

/// `zh-yue-HK` → `yue-HK`: RFC 5646 §4.5 makes the extended language subtag the
/// language (its canonical form), which ICU4X does not parse. The grandfathered
/// tags of §2.2.8 that look like extlang forms but are not (`no-bok`,
/// `zh-min-nan`) stay unusable, as other grandfathered tags do.
fn without_extlang(tag: &str) -> Option<&str> {
    const GRANDFATHERED: [&str; 4] = ["no-bok", "no-nyn", "zh-min", "zh-min-nan"];
    let (language, rest) = tag.split_once('-')?;
    let extlang = rest.split('-').next()?;
    let letters = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
    };
    let grandfathered = GRANDFATHERED.iter().any(|g| g.eq_ignore_ascii_case(tag));
    (letters(language, 2..=3) && letters(extlang, 3..=3) && !grandfathered).then_some(rest)
}

/// Where the user's languages came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `--lang`, given at least once.
    Flag,
    /// The first of [`ENV_VARS`] that is set and not empty.
    Env(&'static str),
    /// Nothing expresses a preference.
    Default,
}

impl Origin {
    /// How the user spells the origin (`--lang`, `LANG`); empty for [`Origin::Default`].
    pub fn name(self) -> &'static str {
        match self {
            Origin::Flag => "--lang",
            Origin::Env(var) => var,
            Origin::Default => "",
        }
    }
}

/// The languages a user asked for, and what in their request was skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct Requested {
    /// The languages, most wanted first, and the items that were skipped.
    pub list: LanguageList,
    /// Where they came from, to name it in warnings.
    pub origin: Origin,
}

impl Requested {
    /// What to tell the user: one warning per skipped item and, when a list was
    /// given but no item in it can be used, that English is used instead. A list
    /// whose items were all weighted `q=0` is a choice, not a mistake, and gets no
    /// warning.
    pub fn warnings(&self) -> Vec<Message> {
        let source = self.origin.name();
        let mut out: Vec<Message> = self
            .list
            .warnings
            .iter()
            .map(|w| w.message(source))
            .collect();
        // An explicit --lang that leaves nothing (`de;q=0`, `,`) is said too.
        let asked = self.origin == Origin::Flag;
        if self.list.languages.is_empty() && (asked || !self.list.warnings.is_empty()) {
            out.push(Message::new("language-none-usable").arg("source", source));
        }
        out
    }
}

/// The languages a user asked for, most wanted first: `--lang` (a preference list;
/// a repeated `--lang` is passed joined by commas), else the first of LC_ALL,
/// LC_MESSAGES, LANG that is set and not empty, read as a list too. `C` and
/// `POSIX` in the environment express no preference.
pub fn requested(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Requested {
    if let Some(flag) = flag {
        return Requested {
            list: parse_list(flag),
            origin: Origin::Flag,
        };
    }
    let found = ENV_VARS
        .into_iter()
        .find_map(|var| env(var).filter(|v| !v.is_empty()).map(|v| (var, v)));
    match found {
        Some((_, value)) if posix_to_bcp47(&value).is_none() => Requested {
            list: LanguageList::default(),
            origin: Origin::Default,
        },
        Some((var, value)) => Requested {
            list: parse_list(&value),
            origin: Origin::Env(var),
        },
        None => Requested {
            list: LanguageList::default(),
            origin: Origin::Default,
        },
    }
}

/// `fr_CA.UTF-8@euro` → `fr-CA`; `C` and `POSIX` → `None`.
pub fn posix_to_bcp47(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next().unwrap_or("").trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

/// The CLDR data: canonical forms, likely subtags and distances.
struct Cldr {
    canonicalizer: LocaleCanonicalizer,
    expander: LocaleExpander,
    matcher: LanguageMatcher,
}

/// ICU's LocaleMatcher accepts a match whose distance is below the default
/// script distance, 50 in CLDR; `language-matcher` counts in tenths.
const THRESHOLD: u16 = 500;

/// ICU's default demotion per desired locale: CLDR's regional distance, 5
/// (ICU's `LocaleDistance::getDefaultDemotionPerDesiredLocale`), in tenths.
const DEMOTION: u16 = 50;

impl Cldr {
    /// Cheap: the data is compiled in; only the matcher's small rule index is built.
    fn new() -> Cldr {
        Cldr {
            canonicalizer: LocaleCanonicalizer::new_extended(),
            expander: LocaleExpander::new_extended(),
            matcher: LanguageMatcher::new(),
        }
    }

    /// The canonical, maximized form of `id` (`cmn-TW` → `zh-Hant-TW`), or `None`
    /// when likely subtags give it no script or region: such a tag matches nothing,
    /// and `language-matcher` asserts that both are present. Variants play no part
    /// in CLDR's distances.
    fn maximal(&self, id: &LanguageIdentifier) -> Option<icu_locale::LanguageIdentifier> {
        let mut locale = icu_locale::Locale::try_from_str(&id.to_string()).ok()?;
        self.canonicalizer.canonicalize(&mut locale);
        let mut max = locale.id;
        max.variants.clear();
        self.expander.maximize(&mut max);
        (max.script.is_some() && max.region.is_some()).then_some(max)
    }
}

/// Two decisions of ours that CLDR's data does not make (or may stop making):
/// Simplified Chinese is not served Traditional Chinese, and Ukrainian is not
/// served another language (CLDR has had a `uk`→`ru` fallback in some versions).
/// Both arguments are maximized.
fn refused(
    desired: &icu_locale::LanguageIdentifier,
    supported: &icu_locale::LanguageIdentifier,
) -> bool {
    let script = |id: &icu_locale::LanguageIdentifier| id.script.map(|s| s.to_string());
    let simplified_to_traditional =
        script(desired).as_deref() == Some("Hans") && script(supported).as_deref() == Some("Hant");
    let ukrainian_elsewhere =
        desired.language.as_str() == "uk" && supported.language != desired.language;
    simplified_to_traditional || ukrainian_elsewhere
}

/// The shipped locale that serves `requested` best, or English.
///
/// ICU's LocaleMatcher, with CLDR's data: each tag is canonicalized and
/// maximized, then CLDR's distance to each shipped locale is computed. Each
/// requested language after the first is demoted by [`DEMOTION`] (ICU's default
/// "demotion per desired locale"), so a later exact match beats an earlier
/// distant one (`gsw,fr` → fr, as ICU answers) while an earlier regional variant
/// still wins (`de-CH,fr` → de). A score of 50 or more is no match. Among equal
/// scores the earlier wins. Besides CLDR, see [`refused`]: Simplified Chinese
/// gets English unless Traditional is asked for, and `uk` alone gets English.
pub fn negotiate(requested: &[LanguageIdentifier], available: &[String]) -> LanguageIdentifier {
    let cldr = Cldr::new();
    let shipped: Vec<(LanguageIdentifier, icu_locale::LanguageIdentifier)> = available
        .iter()
        .filter_map(|tag| tag.parse::<LanguageIdentifier>().ok())
        .filter_map(|id| cldr.maximal(&id).map(|max| (id, max)))
        .collect();
    let mut best: Option<(u16, &LanguageIdentifier)> = None;
    // ICU skips a desired locale equal to one already seen (the same tag, not
    // merely the same maximized form): it is not demoted again, nor does it
    // demote the ones after it.
    let mut seen: Vec<&LanguageIdentifier> = Vec::new();
    let desired_list = requested
        .iter()
        .filter(|wanted| {
            let new = !seen.contains(wanted);
            if new {
                seen.push(wanted);
            }
            new
        })
        .filter_map(|wanted| cldr.maximal(wanted));
    for (index, desired) in desired_list.enumerate() {
        let demotion = DEMOTION.saturating_mul(u16::try_from(index).unwrap_or(u16::MAX));
        if demotion >= best.map_or(THRESHOLD, |(score, _)| score) {
            break;
        }
        let nearest = shipped
            .iter()
            .filter(|(_, supported)| !refused(&desired, supported))
            .map(|(id, supported)| {
                // CLDR's catch-all rules (`*`, `*_*`, `*_*_*`) give every
                // pair of maximized tags a distance.
                let distance = if desired == *supported {
                    0
                } else {
                    cldr.matcher.distance(desired.clone(), supported.clone())
                };
                (distance.saturating_add(demotion), id)
            })
            .min_by_key(|(score, _)| *score);
        if let Some((score, id)) = nearest
            && score < best.map_or(THRESHOLD, |(best, _)| best)
        {
            best = Some((score, id));
        }
    }
    best.map(|(_, id)| id.clone()).unwrap_or_else(source)
}

/// [`SOURCE`] as an identifier.
pub fn source() -> LanguageIdentifier {
    LanguageIdentifier::from_bytes(SOURCE.as_bytes()).unwrap_or_default()
}

/// The locales to try for each message: the best match, then English.
pub fn chain(best: &LanguageIdentifier) -> Vec<LanguageIdentifier> {
    let source = source();
    if *best == source {
        vec![source]
    } else {
        vec![best.clone(), source]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locale_names_lose_codeset_and_modifier() {
        assert_eq!(posix_to_bcp47("fr_FR.UTF-8@euro").as_deref(), Some("fr-FR"));
        assert_eq!(posix_to_bcp47("de_AT.UTF-8").as_deref(), Some("de-AT"));
        assert_eq!(posix_to_bcp47("C"), None);
        assert_eq!(posix_to_bcp47("C.UTF-8"), None);
        assert_eq!(posix_to_bcp47("POSIX"), None);
    }

    fn tags(list: &str) -> Vec<String> {
        parse_list(list)
            .languages
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    #[test]
    fn lists_are_ordered_by_quality_and_stable() {
        assert_eq!(
            tags("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.9, *;q=0.5"),
            ["fr-CH", "fr", "de", "en"]
        );
        assert_eq!(
            tags("aa;q=0.5,bb;Q=1,cc;q=1.000,dd ; q = 0.500"),
            ["bb", "cc", "aa", "dd"]
        );
    }

    #[test]
    fn qvalues_follow_rfc_9110() {
        for good in ["q=0", "q=0.", "q=0.5", "q=0.123", "q=1", "q=1.0", "q=1.000"] {
            assert!(quality([good].into_iter()).is_some(), "{good}");
        }
        for bad in [
            "q=", "q=2", "q=1.5", "q=0.1234", "q=-1", "q=.5", "q=abc", "level=1", "q", "q=0x1",
            "q=+0.5", "q=1.001",
        ] {
            assert_eq!(quality([bad].into_iter()), None, "{bad}");
        }
        assert_eq!(quality(["q=0.5", "q=0.4"].into_iter()), None);
    }

    #[test]
    fn skipped_items_are_reported_in_order() {
        let list = parse_list("i-klingon, fr;q=2, *, de-DE-u-co-phonebk, x-foo,,");
        assert_eq!(tags("de-DE-u-co-phonebk"), ["de-DE"]);
        assert_eq!(tags("zh-yue-HK, zh-cmn-Hant"), ["yue-HK", "cmn-Hant"]);
        assert!(tags("no-bok, zh-min-nan").is_empty());
        assert_eq!(list.languages.len(), 1);
        let skipped: Vec<_> = list
            .warnings
            .iter()
            .map(|w| (w.item.as_str(), w.reason))
            .collect();
        assert_eq!(
            skipped,
            [
                ("i-klingon", SkipReason::NotALanguage),
                ("fr;q=2", SkipReason::BadQuality),
                ("*", SkipReason::Wildcard),
                ("x-foo", SkipReason::NotALanguage),
            ]
        );
    }

    fn best(list: &str) -> String {
        let available: Vec<String> = ["de", "en", "es", "fr", "ru", "zh-TW"]
            .map(String::from)
            .to_vec();
        negotiate(&parse_list(list).languages, &available).to_string()
    }

    #[test]
    fn negotiation_follows_cldr_with_our_two_decisions() {
        for (asked, got) in [
            ("gsw", "de"),
            ("cmn-Hant-TW", "zh-TW"),
            ("cmn-Hans", "en"),
            ("zh-SG", "en"),
            ("uk", "en"),
            ("uk,ru", "ru"),
            ("gsw,fr", "fr"),
            ("ja, ja, uz", "ru"),
            ("tlh", "en"),
            ("und", "en"),
        ] {
            assert_eq!(best(asked), got, "{asked}");
        }
    }
}
