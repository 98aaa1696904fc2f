//! Numbers, dates and lists as the reader's locale writes them, from CLDR
//! through ICU4X's compiled data (`icu_datetime`, `icu_decimal`, `icu_list`):
//! "1 déc. 2026, 07:05:00 UTC", "0,01", "甲、乙和丙", "a、b 或 c".
//! Machine-readable output (`--json`, the store's records) keeps RFC 3339
//! and plain numbers. Messages get lists as [`crate::error::Arg::List`],
//! joined here in the locale of the reader.

use fixed_decimal::Decimal;
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT, zone::LocalizedOffsetShort};
use icu_decimal::DecimalFormatter;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::Locale;
use unic_langid::LanguageIdentifier;

fn locale(lang: &LanguageIdentifier) -> Locale {
    lang.to_string().parse().unwrap_or(Locale::UNKNOWN)
}

/// A moment as the locale writes a date and time, with the offset from UTC
/// (CLDR's localized GMT format: "GMT" in English, "UTC" in French), to the
/// second, in UTC as the store keeps it. RFC 3339 when the locale has no data.
pub fn date_time(lang: &LanguageIdentifier, moment: time::OffsetDateTime) -> String {
    let moment = moment
        .to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(moment);
    let zoned = (|| {
        let date = icu_calendar::Date::try_new_gregorian(
            moment.year(),
            u8::from(moment.month()),
            moment.day(),
        )
        .ok()?;
        let time =
            icu_time::Time::try_new(moment.hour(), moment.minute(), moment.second(), 0).ok()?;
        Some(icu_time::ZonedDateTime {
            date,
            time,
            zone: icu_time::zone::UtcOffset::zero(),
        })
    })();
    let fields = YMDT::medium().with_zone(LocalizedOffsetShort);
    match (
        zoned,
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(lang).into(), fields),
    ) {
        (Some(zoned), Ok(formatter)) => formatter.format(&zoned).to_string(),
        _ => crate::cert::rfc3339(moment),
    }
}

/// A day as the locale writes a date ("1 déc. 2026", "01.12.2026").
pub fn date(lang: &LanguageIdentifier, moment: time::OffsetDateTime) -> String {
    let moment = moment.to_offset(time::UtcOffset::UTC);
    let formatter =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(lang).into(), YMD::medium());
    match (
        icu_calendar::Date::try_new_gregorian(
            moment.year(),
            u8::from(moment.month()),
            moment.day(),
        ),
        formatter,
    ) {
        (Ok(day), Ok(formatter)) => formatter.format(&day).to_string(),
        _ => crate::cert::rfc3339(moment)
            .get(..10)
            .unwrap_or_default()
            .to_string(),
    }
}

/// `value` with `fraction` digits after the locale's decimal separator and
/// its grouping ("1 234,57" in French).
pub fn decimal(lang: &LanguageIdentifier, value: f64, fraction: i16) -> String {
    let text = format!("{value:.*}", fraction.max(0) as usize);
    let Ok(number) = text.parse::<Decimal>() else {
        return text;
    };
    match DecimalFormatter::try_new(locale(lang).into(), Default::default()) {
        Ok(formatter) => formatter.format(&number).to_string(),
        Err(_) => text,
    }
}

/// How the items of a list are joined, as the message's wording needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// All of them, with "and": "a, b, and c".
    And,
    /// One of them, with "or": "a, b, or c".
    Or,
    /// Enumerated without a conjunction, after a colon or in brackets: "a, b, c".
    Enumeration,
}

/// `items` joined as `kind` says, in the locale's way.
pub fn list(lang: &LanguageIdentifier, items: &[String], kind: ListKind) -> String {
    match kind {
        ListKind::And => and_list(lang, items),
        ListKind::Or => or_list(lang, items),
        ListKind::Enumeration => enumeration(lang, items),
    }
}

/// Words of the reader's language joined as a list with "and" ("A, B, and
/// C"; "甲、乙和丙" in Traditional Chinese, "A、B 和 C" with Latin items), as
/// CLDR's list patterns say.
pub fn and_list(lang: &LanguageIdentifier, items: &[String]) -> String {
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    match ListFormatter::try_new_and(locale(lang).into(), options) {
        Ok(formatter) => joined(lang, &formatter, items),
        Err(_) => items.join(", "),
    }
}

/// The list as the formatter joins it; in Chinese, with a space between a
/// conjunction (和, 或) and an item that does not read as Chinese there
/// ("a、b 或 c"), as Chinese text sets a Latin word apart from a Chinese
/// one (the messages' own `沒有符合 { $keywords } 的…`). CLDR's patterns
/// assume Chinese items ("A、B或C"); the full-width 、 needs no space.
fn joined(lang: &LanguageIdentifier, formatter: &ListFormatter, items: &[String]) -> String {
    if lang.language.as_str() == "zh"
        && let Some(spaced) = latin_spaced(formatter, items)
    {
        return spaced;
    }
    formatter.format(items.iter()).to_string()
}

// Marks around each item, so that the literals between items can be told
// from the items; Chinese patterns do not depend on the items' text.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// The list with a space between a Chinese literal and a Latin item next to
/// it; `None` when an item holds a mark (the list is then left as CLDR has it).
fn latin_spaced(formatter: &ListFormatter, items: &[String]) -> Option<String> {
    if items.iter().any(|i| i.contains([OPEN, CLOSE])) {
        return None;
    }
    let wrapped: Vec<String> = items.iter().map(|i| format!("{OPEN}{i}{CLOSE}")).collect();
    let marked = formatter.format(wrapped.iter()).to_string();
    let mut out = String::new();
    let mut previous: Option<&str> = None;
    let mut rest = marked.as_str();
    while let Some(start) = rest.find(OPEN) {
        let literal = &rest[..start];
        let after = &rest[start + OPEN.len_utf8()..];
        let end = after.find(CLOSE)?;
        let item = &after[..end];
        let latin_end = |text: &str| text.chars().next_back().is_some_and(not_chinese);
        let latin_start = |text: &str| text.chars().next().is_some_and(not_chinese);
        if previous.is_some_and(latin_end) && literal.chars().next().is_some_and(is_han) {
            out.push(' ');
        }
        out.push_str(literal);
        if latin_start(item) && literal.chars().next_back().is_some_and(is_han) {
            out.push(' ');
        }
        out.push_str(item);
        previous = Some(item);
        rest = &after[end + CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    Some(out)
}

fn is_han(c: char) -> bool {
    crate::typography::is_han(c)
}

/// A character that needs a space next to a Chinese word: not Chinese
/// (Han, CJK or full-width punctuation) and no space itself.
fn not_chinese(c: char) -> bool {
    !(is_han(c)
        || c.is_whitespace()
        || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}'))
}

/// Items enumerated without a conjunction, with the separator CLDR's list
/// pattern puts between the first two ("a, b, c"; "a、b、c" in Traditional
/// Chinese): values and names in brackets or after a colon.
pub fn enumeration(lang: &LanguageIdentifier, items: &[String]) -> String {
    // The separator is read from the locale's own "and" pattern: the text
    // between two private-use marks that no pattern contains.
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    let separator = ListFormatter::try_new_and(locale(lang).into(), options)
        .ok()
        .and_then(|f| {
            let probe = f
                .format(["\u{E000}", "\u{E001}", "\u{E002}"].iter())
                .to_string();
            let start = probe.find('\u{E000}')? + '\u{E000}'.len_utf8();
            let end = probe.find('\u{E001}')?;
            probe.get(start..end).map(str::to_string)
        })
        .unwrap_or_else(|| ", ".to_string());
    items.join(&separator)
}

/// Alternatives in a list with "or", as CLDR's list patterns join them
/// ("a, b, or c"; "a、b 或 c" in Traditional Chinese): the nearest keywords
/// or words, one of which the reader meant.
pub fn or_list(lang: &LanguageIdentifier, items: &[String]) -> String {
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    match ListFormatter::try_new_or(locale(lang).into(), options) {
        Ok(formatter) => joined(lang, &formatter, items),
        Err(_) => items.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enumeration_uses_the_locales_separator() {
        let items = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(enumeration(&"en".parse().unwrap(), &items), "a, b, c");
        assert_eq!(enumeration(&"zh-TW".parse().unwrap(), &items), "a、b、c");
    }

    fn lang(tag: &str) -> LanguageIdentifier {
        tag.parse().unwrap()
    }

    #[test]
    fn each_locale_writes_its_own_dates_numbers_and_lists() {
        let moment = time::macros::datetime!(2026-12-01 07:05:09 UTC);
        let de = date_time(&lang("de"), moment);
        assert!(de.contains("01.12.2026") && de.contains("07:05:09"), "{de}");
        let fr = date_time(&lang("fr"), moment);
        assert!(fr.contains("déc.") && fr.contains("UTC"), "{fr}");
        let zh = date_time(&lang("zh-TW"), moment);
        assert!(zh.contains("2026年12月1日"), "{zh}");
        assert_eq!(decimal(&lang("fr"), 0.0123, 2), "0,01");
        assert_eq!(decimal(&lang("en"), 1234.5, 1), "1,234.5");
        let items = ["A".to_string(), "B".into(), "C".into()];
        assert_eq!(and_list(&lang("zh-TW"), &items), "A、B 和 C");
        assert_eq!(and_list(&lang("en"), &items), "A, B, and C");
        assert_eq!(or_list(&lang("zh-TW"), &items), "A、B 或 C");
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn each_kind_of_list_is_joined_with_the_locales_words() {
        let items = strings(&["a", "b", "c"]);
        let fr = lang("fr");
        assert_eq!(list(&fr, &items, ListKind::And), "a, b et c");
        assert_eq!(list(&fr, &items, ListKind::Or), "a, b ou c");
        assert_eq!(list(&fr, &items, ListKind::Enumeration), "a, b, c");
        assert_eq!(list(&lang("de"), &items, ListKind::Or), "a, b oder c");
        assert_eq!(list(&lang("ru"), &items, ListKind::And), "a, b и c");
        assert_eq!(list(&lang("es"), &items, ListKind::Or), "a, b o c");
        assert_eq!(list(&lang("en"), &items[..1], ListKind::Or), "a");
        assert_eq!(list(&lang("en"), &[], ListKind::And), "");
    }

    #[test]
    fn chinese_conjunctions_are_set_apart_from_latin_items_only() {
        let zh = lang("zh-TW");
        let latin = strings(&["nosuch1", "nosuch2", "nosuch3"]);
        assert_eq!(or_list(&zh, &latin), "nosuch1、nosuch2 或 nosuch3");
        assert_eq!(and_list(&zh, &latin[..2]), "nosuch1 和 nosuch2");
        assert_eq!(enumeration(&zh, &latin), "nosuch1、nosuch2、nosuch3");
        let han = strings(&["憑證", "金鑰"]);
        assert_eq!(or_list(&zh, &han), "憑證或金鑰");
        // Each side by its own neighbour: a Chinese word stays next to 或.
        assert_eq!(or_list(&zh, &strings(&["憑證", "CA"])), "憑證或 CA");
        assert_eq!(or_list(&zh, &strings(&["CA", "「憑證」"])), "CA 或「憑證」");
        // The marks the spacing uses, in an item, leave CLDR's pattern as is.
        let marked = strings(&["a\u{E000}", "b"]);
        assert_eq!(or_list(&zh, &marked), "a\u{E000}或b");
    }
}
