//! Which language the user wants, and which shipped locale serves it best.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::error::Error;

/// The source language and final fallback.
pub const SOURCE: &str = "en";

/// The languages a user asked for, most wanted first: `--lang` (a comma-separated
/// list), else the first of LC_ALL, LC_MESSAGES, LANG that is set. `C` and `POSIX`
/// express no preference.
pub fn requested(
    flag: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Vec<LanguageIdentifier>, Error> {
    if let Some(flag) = flag {
        return flag
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|tag| {
                posix_to_bcp47(tag)
                    .unwrap_or_else(|| SOURCE.to_string())
                    .parse()
                    .map_err(|_| Error::BadLanguage {
                        tag: tag.to_string(),
                    })
            })
            .collect();
    }
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&env)
        .find(|v| !v.is_empty());
    // A malformed environment variable is not the user's command line: ignore it.
    Ok(value
        .and_then(|v| posix_to_bcp47(&v))
        .and_then(|tag| tag.parse().ok())
        .into_iter()
        .collect())
}

/// `fr_CA.UTF-8@euro` → `fr-CA`; `C` and `POSIX` → `None`.
pub fn posix_to_bcp47(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next().unwrap_or("").trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

/// The shipped locale that serves `requested` best, or English. Available locales
/// are compared in their maximized form (zh-TW as zh-Hant-TW), so that Simplified
/// Chinese never matches Traditional only because the language subtag agrees.
pub fn negotiate(requested: &[LanguageIdentifier], available: &[String]) -> LanguageIdentifier {
    let source: LanguageIdentifier = SOURCE.parse().expect("en is a valid tag");
    let shipped: Vec<(LanguageIdentifier, LanguageIdentifier)> = available
        .iter()
        .filter_map(|tag| tag.parse::<LanguageIdentifier>().ok())
        .map(|id| {
            let mut max = id.clone();
            max.maximize();
            (id, max)
        })
        .collect();
    let maximized: Vec<LanguageIdentifier> = shipped.iter().map(|(_, max)| max.clone()).collect();
    let chosen = negotiate_languages(requested, &maximized, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|best| shipped.iter().find(|(_, max)| max == *best))
        .map(|(id, _)| id.clone())
        .unwrap_or(source)
}

/// The locales to try for each message: the best match, then English.
pub fn chain(best: &LanguageIdentifier) -> Vec<LanguageIdentifier> {
    let source: LanguageIdentifier = SOURCE.parse().expect("en is a valid tag");
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
}
