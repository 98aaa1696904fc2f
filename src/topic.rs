//! A topic file: YAML-like front matter and a Markdown template with `{{ slots }}`.

use crate::error::{Diagnostic, Error, Location, Message};

/// The front matter of a topic. Both key sets of Microsoft Learn-style
/// repositories are read: docwiz's short keys (`f1: [K]`, `assetid`,
/// `topic`) and the `ms.*` keys of the seed pages, where the F1 keywords are
/// in `ms.custom` and `f1.keywords: [CSH]` marks the page as context help
/// (the older form lists the keywords in `f1.keywords` itself).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    pub id: String,
    /// `ms.assetid`: the GUID that names the topic in every language and
    /// every repository it is copied to (RFC 9562 text form).
    pub assetid: Option<String>,
    /// F1 keywords, most specific first as written.
    pub f1: Vec<String>,
    /// `ms.topic`: the page type (`article`, `reference`, …).
    pub topic: Option<String>,
    pub audience: Option<String>,
    /// `ms.localizationpriority` (`high`, `medium`, `low`).
    pub localization_priority: Option<String>,
    /// Author fields in the order written: `author`, `ms.author`,
    /// `manager`, `ms.reviewer`, with their values.
    pub authors: Vec<(String, String)>,
}

/// The author fields [`FrontMatter::authors`] keeps.
pub const AUTHOR_KEYS: [&str; 4] = ["author", "ms.author", "manager", "ms.reviewer"];

/// `f1.keywords` values that mark a page as (not) context help rather than
/// name keywords: the keywords are then those of `ms.custom`.
const F1_MARKERS: [&str; 2] = ["CSH", "NOCSH"];

/// A piece of a template line.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    /// `{{ message-id }}`: filled from Fluent.
    Slot {
        id: String,
        col: usize,
    },
    /// `{{ live: name }}`: filled from live state, if any.
    Live {
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// 1-based line number in the topic file.
    pub number: usize,
    pub pieces: Vec<Piece>,
}

/// A parsed topic file.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub front: FrontMatter,
    pub lines: Vec<Line>,
    /// Broken slots, kept as text; reported wherever the topic is used.
    pub problems: Vec<Diagnostic>,
}

/// Live slots the program knows how to fill.
pub const LIVE_SLOTS: &[&str] = &["cert-status", "cert-usages"];

impl Topic {
    /// Parses a topic file. `path` is used in error locations; `expected_id` is
    /// the file stem, which must equal the front matter's id.
    pub fn parse(path: &str, text: &str, expected_id: &str) -> Result<Topic, Error> {
        let (front, body_start, body) = split_front_matter(path, text)?;
        let front = parse_front_matter(path, front, expected_id)?;
        let mut problems = Vec::new();
        let lines = parse_template(path, body, body_start, &mut problems);
        Ok(Topic {
            front,
            lines,
            problems,
        })
    }

    /// Only the front matter: enough to index a topic without parsing its template.
    pub fn parse_front(path: &str, text: &str, expected_id: &str) -> Result<FrontMatter, Error> {
        let (front, _, _) = split_front_matter(path, text)?;
        parse_front_matter(path, front, expected_id)
    }

    /// Message ids of all slots, in order of appearance.
    pub fn slot_ids(&self) -> impl Iterator<Item = &str> {
        self.lines
            .iter()
            .flat_map(|l| &l.pieces)
            .filter_map(|p| match p {
                Piece::Slot { id, .. } => Some(id.as_str()),
                _ => None,
            })
    }
}

fn content_error(path: &str, text: &str, offset: usize, message: Message) -> Error {
    Error::Content(Diagnostic::error(
        Some(Location::at(path, text, offset)),
        message,
    ))
}

/// Returns the front matter text, the line number where the body starts, and the body.
fn split_front_matter<'a>(path: &str, text: &'a str) -> Result<(&'a str, usize, &'a str), Error> {
    let text_nobom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text_nobom
        .strip_prefix("---\n")
        .or_else(|| text_nobom.strip_prefix("---\r\n"))
    else {
        return Err(content_error(
            path,
            text,
            0,
            Message::new("error-front-matter-missing"),
        ));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_start = text_nobom[..text_nobom.len() - body.len()]
                .matches('\n')
                .count()
                + 1;
            return Ok((front, body_start, body));
        }
        offset += line.len();
    }
    Err(content_error(
        path,
        text,
        text.len(),
        Message::new("error-front-matter-unclosed"),
    ))
}

fn parse_front_matter(path: &str, front: &str, expected_id: &str) -> Result<FrontMatter, Error> {
    let mut fm = FrontMatter::default();
    // `ms.custom`'s values: the F1 keywords when `f1.keywords` is `CSH`.
    let mut custom: Vec<String> = Vec::new();
    // `key:` followed by `- item` lines collects into this key.
    let mut list_key: Option<String> = None;
    let at = |index: usize| Location {
        file: path.to_string(),
        line: index + 2,
        col: 1,
    };
    for (index, raw) in front.lines().enumerate() {
        let line = raw.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some(item) = line.trim_start().strip_prefix("- ") {
            let Some(key) = &list_key else {
                return Err(Error::Content(Diagnostic::error(
                    Some(at(index)),
                    Message::new("error-front-matter-line"),
                )));
            };
            if key == "f1" || key == "f1.keywords" {
                fm.f1.push(unquote(item.trim()).to_string());
            } else if key == "ms.custom" {
                custom.push(unquote(item.trim()).to_string());
            }
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(Error::Content(Diagnostic::error(
                Some(at(index)),
                Message::new("error-front-matter-line"),
            )));
        };
        let key = key.trim();
        let value = value.trim();
        list_key = value.is_empty().then(|| key.to_string());
        match key {
            "id" => fm.id = unquote(value).to_string(),
            "assetid" | "ms.assetid" => fm.assetid = Some(unquote(value).to_string()),
            "topic" | "ms.topic" => fm.topic = Some(unquote(value).to_string()),
            "audience" => fm.audience = Some(unquote(value).to_string()),
            "ms.localizationpriority" => {
                fm.localization_priority = Some(unquote(value).to_string());
            }
            _ if AUTHOR_KEYS.contains(&key) && !value.is_empty() => {
                fm.authors
                    .push((key.to_string(), unquote(value).to_string()));
            }
            "f1" | "f1.keywords" if !value.is_empty() => {
                fm.f1 = inline_list(value).ok_or_else(|| {
                    Error::Content(Diagnostic::error(
                        Some(at(index)),
                        Message::new("error-front-matter-list").arg("key", key),
                    ))
                })?;
            }
            // A single value (`ms.custom: K`) or an inline list.
            "ms.custom" if !value.is_empty() => {
                custom = inline_list(value).unwrap_or_else(|| vec![unquote(value).to_string()]);
            }
            _ => {}
        }
    }
    if let [marker] = fm.f1.as_slice()
        && let Some(marker) = F1_MARKERS.iter().find(|m| m.eq_ignore_ascii_case(marker))
    {
        fm.f1 = if *marker == "CSH" { custom } else { Vec::new() };
    }
    if fm.id.is_empty() {
        return Err(Error::Content(Diagnostic::error(
            Some(Location {
                file: path.to_string(),
                line: 1,
                col: 1,
            }),
            Message::new("error-front-matter-no-id"),
        )));
    }
    if fm.id != expected_id {
        let line = front
            .lines()
            .position(|l| l.trim_start().starts_with("id:"))
            .unwrap_or(0);
        return Err(Error::Content(Diagnostic::error(
            Some(at(line)),
            Message::new("error-front-matter-id-mismatch")
                .arg("id", fm.id.as_str())
                .arg("expected", expected_id),
        )));
    }
    Ok(fm)
}

/// `[a, "b"]` as its items; `None` when it is not one flat list (brackets
/// inside it are an authoring mistake, refused rather than read as a value).
fn inline_list(value: &str) -> Option<Vec<String>> {
    let inner = value.strip_prefix('[')?.strip_suffix(']')?;
    if inner.contains(['[', ']']) {
        return None;
    }
    Some(
        inner
            .split(',')
            .map(|k| unquote(k.trim()).to_string())
            .filter(|k| !k.is_empty())
            .collect(),
    )
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    value
}

/// Parses the template. A broken slot is reported and kept as literal text, so the
/// rest of the page still renders.
fn parse_template(
    path: &str,
    body: &str,
    first_line: usize,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Line> {
    let mut lines = Vec::new();
    for (index, raw) in body.lines().enumerate() {
        let number = first_line + index;
        let mut located = |col: usize, message: Message| {
            problems.push(Diagnostic::error(
                Some(Location {
                    file: path.to_string(),
                    line: number,
                    col,
                }),
                message,
            ))
        };
        let mut pieces = Vec::new();
        let mut rest = raw;
        let mut consumed = 0;
        while let Some(open) = rest.find("{{") {
            if open > 0 {
                pieces.push(Piece::Text(rest[..open].to_string()));
            }
            let col = raw[..consumed + open].chars().count() + 1;
            let after = &rest[open + 2..];
            let Some(close) = after.find("}}") else {
                located(col, Message::new("error-template-unclosed"));
                pieces.push(Piece::Text(rest[open..].to_string()));
                rest = "";
                break;
            };
            let inner = after[..close].trim();
            if let Some(name) = inner.strip_prefix("live:") {
                let name = name.trim();
                if LIVE_SLOTS.contains(&name) {
                    pieces.push(Piece::Live {
                        name: name.to_string(),
                    });
                } else {
                    located(col, Message::new("error-template-live").arg("name", name));
                }
            } else if is_identifier(inner) {
                pieces.push(Piece::Slot {
                    id: inner.to_string(),
                    col,
                });
            } else {
                located(col, Message::new("error-template-empty"));
                pieces.push(Piece::Text(rest[open..open + 2 + close + 2].to_string()));
            }
            consumed += open + 2 + close + 2;
            rest = &after[close + 2..];
        }
        if !rest.is_empty() || pieces.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        lines.push(Line { number, pieces });
    }
    lines
}

/// A Fluent message identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOPIC: &str =
        "---\nid: t\nf1: [A.b, c]\n---\n# {{ title }} {#t}\n\n{{ live: cert-status }}\n";

    #[test]
    fn front_matter_and_slots_are_parsed_with_line_numbers() {
        let topic = Topic::parse("t.md", TOPIC, "t").unwrap();
        assert_eq!(topic.front.f1, ["A.b", "c"]);
        assert_eq!(topic.lines[0].number, 5);
        assert_eq!(topic.slot_ids().collect::<Vec<_>>(), ["title"]);
        assert_eq!(
            topic.lines[2].pieces,
            [Piece::Live {
                name: "cert-status".into()
            }]
        );
    }

    #[test]
    fn unclosed_slot_names_line_and_column_and_stays_text() {
        let topic = Topic::parse("t.md", "---\nid: t\n---\n\nsome {{ title\n", "t").unwrap();
        let loc = topic.problems[0].location.as_ref().unwrap();
        assert_eq!((loc.line, loc.col), (5, 6));
        assert_eq!(
            topic.lines[1].pieces,
            [Piece::Text("some ".into()), Piece::Text("{{ title".into())]
        );
    }

    #[test]
    fn keywords_are_read_from_ms_custom_when_f1_keywords_says_csh() {
        // The seed pages' schema.
        let seed = "---\ntitle: x\nms.author: v-someone\nauthor: writer\nms.topic: article\nms.custom:\n- ms.lync.dep.A\n- ms.lync.dep.B\nf1.keywords:\n- CSH\nms.localizationpriority: medium\nms.assetid: 4ada9045-0fdf-4470-8574-2fa08bab9392\nROBOTS: NOINDEX, NOFOLLOW\nid: t\n---\nbody\n";
        let t = Topic::parse("t.md", seed, "t").unwrap();
        assert_eq!(t.front.f1, ["ms.lync.dep.A", "ms.lync.dep.B"]);
        assert_eq!(t.front.topic.as_deref(), Some("article"));
        assert_eq!(t.front.localization_priority.as_deref(), Some("medium"));
        assert_eq!(
            t.front.assetid.as_deref(),
            Some("4ada9045-0fdf-4470-8574-2fa08bab9392")
        );
        assert_eq!(
            t.front.authors,
            [
                ("ms.author".to_string(), "v-someone".to_string()),
                ("author".to_string(), "writer".to_string())
            ]
        );
        // Inline forms, and NOCSH: no keywords.
        let inline = "---\nid: t\nms.custom: [K.one, 'K.two']\nf1.keywords: [CSH]\n---\n";
        assert_eq!(
            Topic::parse("t.md", inline, "t").unwrap().front.f1,
            ["K.one", "K.two"]
        );
        let single = "---\nid: t\nms.custom: K.one\nf1.keywords:\n- csh\n---\n";
        assert_eq!(
            Topic::parse("t.md", single, "t").unwrap().front.f1,
            ["K.one"]
        );
        let none = "---\nid: t\nms.custom: K.one\nf1.keywords: [NOCSH]\n---\n";
        assert!(Topic::parse("t.md", none, "t").unwrap().front.f1.is_empty());
        // The older form: the keywords themselves in f1.keywords.
        let old = "---\nid: t\nf1.keywords: [K.old]\nms.custom: seo-thing\n---\n";
        assert_eq!(Topic::parse("t.md", old, "t").unwrap().front.f1, ["K.old"]);
    }

    #[test]
    fn yaml_block_list_of_keywords_is_accepted() {
        let t = Topic::parse("t.md", "---\nid: t\nf1.keywords:\n- X.y\n---\nbody\n", "t").unwrap();
        assert_eq!(t.front.f1, ["X.y"]);
    }
}

#[cfg(test)]
mod robustness {
    use super::Topic;

    #[test]
    fn mangled_topics_never_panic() {
        let base = "---\nid: t\nf1: [A.b]\n---\n# {{ title }} {#t}\n\n- {{ x }} ü {{ live: cert-status }}\n> {{ y }}\n";
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let chars: Vec<char> = "{}-:#\n[]ü 中\u{feff}".chars().collect();
        for _ in 0..3000 {
            let mut text: Vec<char> = base.chars().collect();
            for _ in 0..(next() % 5) {
                let i = (next() as usize) % text.len();
                text[i] = chars[(next() as usize) % chars.len()];
            }
            let cut = (next() as usize) % (text.len() + 1);
            let text: String = text[..cut].iter().collect();
            let _ = Topic::parse("fuzz.md", &text, "t");
            let _ = Topic::parse_front("fuzz.md", &text, "t");
        }
    }
}
