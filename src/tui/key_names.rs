//! The names of keyboard keys on the status lines, as each language's
//! keyboard documentation writes them (Microsoft's style guides: fr
//! « Entrée », de „Eingabetaste“, ru «Пробел»). Keys named in words are
//! messages; the ones shown as their key caps print them (F1, PgUp/PgDn,
//! ↑↓, /, n/N, q) stay as they are.

use crate::error::Message;
use crate::localization::Localizer;

/// The message naming `key` (its English name) in words, if it has one.
fn message_id(key: &str) -> Option<&'static str> {
    match key {
        "Space" => Some("tui-key-name-space"),
        "Enter" => Some("tui-key-name-enter"),
        "Esc" => Some("tui-key-name-esc"),
        "Tab" => Some("tui-key-name-tab"),
        _ => None,
    }
}

/// `key` (its English name, as the pages list their keys) as the reader's
/// language names it.
pub fn localized(l10n: &Localizer, key: &str) -> String {
    message_id(key).map_or_else(|| key.to_string(), |id| l10n.text(&Message::new(id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_keys_named_in_words_have_a_message() {
        assert_eq!(message_id("Space"), Some("tui-key-name-space"));
        assert_eq!(message_id("Enter"), Some("tui-key-name-enter"));
        assert_eq!(message_id("F1"), None);
        assert_eq!(message_id("PgUp/PgDn"), None);
    }
}
