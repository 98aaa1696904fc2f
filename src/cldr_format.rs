//! Numbers, dates and lists as the reader's locale writes them, from CLDR
//! through ICU4X's compiled data (`icu_datetime`, `icu_decimal`, `icu_list`):
//! "1 déc. 2026, 07:05:00 UTC", "0,01", "A、B和C". Machine-readable output
//! (`--json`, the store's records) keeps RFC 3339 and plain numbers.

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

/// Words of the reader's language joined as a list with "and" ("A, B and
/// C"; "A、B和C" in Traditional Chinese), as CLDR's list patterns say.
pub fn and_list(lang: &LanguageIdentifier, items: &[String]) -> String {
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    match ListFormatter::try_new_and(locale(lang).into(), options) {
        Ok(formatter) => formatter.format(items.iter()).to_string(),
        Err(_) => items.join(", "),
    }
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
/// ("a, b, or c"; "a、b或c" in Traditional Chinese): the nearest keywords
/// or words, one of which the reader meant.
pub fn or_list(lang: &LanguageIdentifier, items: &[String]) -> String {
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    match ListFormatter::try_new_or(locale(lang).into(), options) {
        Ok(formatter) => formatter.format(items.iter()).to_string(),
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
        assert_eq!(and_list(&lang("zh-TW"), &items), "A、B和C");
        assert_eq!(and_list(&lang("en"), &items), "A, B, and C");
        assert_eq!(or_list(&lang("zh-TW"), &items), "A、B或C");
    }
}
