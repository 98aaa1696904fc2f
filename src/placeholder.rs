//! Placeholders of the command line: what the user types in place of
//! `<FILE>` or `<FQDN>`, named once per locale by the `cli-value-*` messages
//! of `ui.ftl` (`<DATEI>`, `<FICHIER>`, `<檔案>`).
//!
//! One naming everywhere: `--help` shows these names (clap's value names,
//! localized in `src/cmd/command_line.rs`), the pages write suggested
//! commands with them ([`localize`]), and messages and topics refer to them.
//! `docwiz lint` holds messages and topics to it ([`check`]): a `<…>`
//! placeholder must be a value name of its locale, and a value name in a
//! `docwiz …` code span is written in angle brackets, as the usage line of
//! `--help` writes it.

use std::collections::BTreeMap;

use crate::error::Message;
use crate::typography::{Edit, Finding, PLACEABLE, Prose};

/// The message that names a placeholder: `cli-value-` and the English name
/// in lower case, each run of characters other than ASCII letters and digits
/// as one `-` (`FILE` → `cli-value-file`, `ADDR:PORT` → `cli-value-addr-port`).
pub fn message_id(name: &str) -> String {
    let mut id = "cli-value-".to_string();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// `command` with each `<NAME>` (an English value name such as `<FQDN>`)
/// in the reader's language, as `--help` names it (`<FQDN>`, `<DATEI>`);
/// `text` gives a message's text, `None` when there is no such message, and
/// then the name stays as it is. The commands in `--json` keep the English
/// names.
pub fn localize(command: &str, text: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(command.len());
    let mut rest = command;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || "_:|".contains(c)))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        match (after[name_len..].starts_with('>') && !name.is_empty())
            .then(|| text(&message_id(name)))
            .flatten()
        {
            Some(local) => {
                out.push('<');
                out.push_str(&local);
                out.push('>');
                rest = &after[name_len + 1..];
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A locale's value names: each `cli-value-*` message's text and its id.
pub type ValueNames = BTreeMap<String, String>;

/// HTML elements (the WHATWG HTML Living Standard's element index): raw
/// HTML a translation carries (`<kbd>`, even a hostile `<script>`, which
/// lint reports as raw HTML) is markup, not a placeholder.
const HTML_ELEMENTS: [&str; 112] = [
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "menu",
    "meta",
    "meter",
    "nav",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// The placeholder findings of one pattern: a `<…>` that is not one of
/// `values` (nor a placeable showing a `cli-value-*` message, nor markup or
/// an autolink), a value name written bare where it stands for a value in a
/// code span (see [`code_spans`]), with the edits that add its angle
/// brackets, and an uppercase word in a `docwiz …` command that is no value
/// name.
pub fn check(prose: &Prose, values: &ValueNames) -> Vec<Finding> {
    let chars: Vec<char> = prose.text().chars().collect();
    let mut out = Vec::new();
    unknown_names(prose, &chars, values, &mut out);
    code_spans(prose, &chars, values, &mut out);
    out
}

fn unknown_names(prose: &Prose, chars: &[char], values: &ValueNames, out: &mut Vec<Finding>) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        if chars[i] != '<' {
            i += 1;
            continue;
        }
        let Some(end) = (i + 1..n.min(i + 48))
            .take_while(|j| chars[*j] != '\n' && chars[*j] != '<')
            .find(|j| chars[*j] == '>')
        else {
            i += 1;
            continue;
        };
        let inside: String = chars[i + 1..end].iter().collect();
        let only_placeable = inside == PLACEABLE.to_string();
        let named_by_message = only_placeable
            && prose
                .placeable_reference(i + 1)
                .is_some_and(|id| id.starts_with("cli-value-"));
        if !(named_by_message
            || values.contains_key(&inside)
            || is_markup(&inside)
            || inside.trim().is_empty()
            || inside.contains(PLACEABLE))
        {
            out.push(Finding {
                offset: prose.offset(i),
                message: Message::new("lint-placeholder-unknown")
                    .arg("found", inside)
                    .arg("example", example(values)),
                edits: Vec::new(),
            });
        }
        i = end + 1;
    }
}

/// Markup, an autolink or a comparison rather than a placeholder.
fn is_markup(inside: &str) -> bool {
    let first = inside.split([' ', '/']).next().unwrap_or("");
    inside.starts_with(['/', '!', '?', '=', '-', ' '])
        || inside.contains("://")
        || inside.contains(['=', '"', '@'])
        // HTML element names are case-insensitive (`<ScRiPt>`).
        || HTML_ELEMENTS.contains(&first.to_ascii_lowercase().as_str())
}

/// Placeholders in code spans. In any code span, a value name right after
/// an option (`--days N`, `--offline CSR-DATEI`) is what the user types
/// there, so it is written `<N>`; in a `docwiz …` command, so is every value
/// name longer than one letter wherever it stands (a one-letter word such
/// as `N` elsewhere in a command may be a literal). A bare all-uppercase
/// word of a cased script in a `docwiz …` command that is no value name
/// (`docwiz certs remove T`) is a placeholder nobody can look up.
fn code_spans(prose: &Prose, chars: &[char], values: &ValueNames, out: &mut Vec<Finding>) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        if chars[i] != '`' {
            i += 1;
            continue;
        }
        let Some(close) = (i + 1..n).find(|j| chars[*j] == '`') else {
            break;
        };
        let code: String = chars[i + 1..close].iter().collect();
        let command = code.starts_with("docwiz ");
        let mut after_option = false;
        let mut j = i + 1;
        while j < close {
            if chars[j].is_whitespace() {
                j += 1;
                continue;
            }
            let start = j;
            while j < close && !chars[j].is_whitespace() {
                j += 1;
            }
            let token: String = chars[start..j].iter().collect();
            // `DATEI.pfx`: the name, then a literal suffix.
            let name = token.split('.').next().unwrap_or("");
            let len = name.chars().count();
            if values.contains_key(name) && (after_option || (command && len > 1)) {
                out.push(bare(prose, start, start + len - 1, name));
            } else if command && is_unknown_name(&token) {
                out.push(Finding {
                    offset: prose.offset(start),
                    message: Message::new("lint-placeholder-unknown")
                        .arg("found", token.as_str())
                        .arg("example", example(values)),
                    edits: Vec::new(),
                });
            }
            // `--out=FILE` carries its value; `--yes` followed by a literal
            // is told apart only by clap, so any option counts.
            after_option = token.starts_with("--") && token.len() > 2 && !token.contains('=');
        }
        i = close + 1;
    }
}

/// A value name written bare from character `first` to `last`, with the
/// edit that puts it in angle brackets: one edit, so that `lint --fix`
/// counts one fix for it.
fn bare(prose: &Prose, first: usize, last: usize, name: &str) -> Finding {
    Finding {
        offset: prose.offset(first),
        message: Message::new("lint-placeholder-bare").arg("name", name),
        edits: vec![Edit {
            start: prose.offset(first),
            end: prose.end_offset(last),
            text: format!("<{name}>"),
        }],
    }
}

/// A word that reads as a placeholder but is no value name: letters of a
/// cased script, all uppercase (digits, `_`, `-`, `:` and `|` may join
/// them, as in value names). Options, paths and file names (`README.md`),
/// `<…>`, lowercase words and words of scripts without case (Chinese) are
/// not.
fn is_unknown_name(word: &str) -> bool {
    word.chars().any(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || "_-:|".contains(c))
        && !word.starts_with('-')
}

/// The value name lint gives as an example of a placeholder: `FILE` in the
/// linted file's own language (`DATEI` in a German file, whatever language
/// lint speaks), so the example is one that file may use.
fn example(values: &ValueNames) -> String {
    values
        .iter()
        .find(|(_, id)| *id == "cli-value-file")
        .map_or_else(|| "FILE".to_string(), |(text, _)| text.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_in_any_case_is_markup_and_a_word_of_the_locale_is_not() {
        assert!(is_markup("ScRiPt"));
        assert!(is_markup("img src=x onerror=alert(2)"));
        assert!(is_markup("/b"));
        assert!(!is_markup("Zertifikatdatei"));
        assert!(!is_markup("nom du serveur"));
    }

    #[test]
    fn message_id_joins_runs_of_other_characters() {
        assert_eq!(message_id("ADDR:PORT"), "cli-value-addr-port");
        assert_eq!(message_id("KEYWORD|TOPIC"), "cli-value-keyword-topic");
        assert_eq!(message_id("CSR_FILE"), "cli-value-csr-file");
    }

    #[test]
    fn localize_replaces_known_names_and_keeps_the_rest() {
        let text = |id: &str| match id {
            "cli-value-file" => Some("DATEI".to_string()),
            "cli-value-key" => Some("SCHLÜSSEL".to_string()),
            _ => None,
        };
        assert_eq!(
            localize("docwiz wizard import <FILE> --key <KEY> <NOPE> a<b", text),
            "docwiz wizard import <DATEI> --key <SCHLÜSSEL> <NOPE> a<b"
        );
    }

    #[test]
    fn only_uppercase_words_of_a_cased_script_read_as_placeholders() {
        for word in ["T", "ZERTIFIKAT", "ФАЙЛ", "CSR-X", "A:B"] {
            assert!(is_unknown_name(word), "{word}");
        }
        for word in [
            "--pem",
            "-T",
            "./OUT",
            "README.md",
            "local",
            "Datei",
            "檔案",
            "127.0.0.1",
        ] {
            assert!(!is_unknown_name(word), "{word}");
        }
    }
}
