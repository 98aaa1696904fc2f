//! The table of contents: `content/toc.yml` in DocFX's `toc.yml` format (a
//! YAML sequence of items with `name`, `href` and `items`; DocFX's "Table of
//! Contents" reference). An item with `href: <id>.md` is a topic, named by
//! the topic's title in the reader's language unless `name` is given; an
//! item without `href` is a section, and its `name` is the id of a `ui.ftl`
//! message, so that the section is named in every language. The YAML is
//! read by marked-yaml, which keeps each node's line and column for errors.

use crate::error::{Diagnostic, Error, Location, Message};
use crate::localization::Localizer;
use crate::source::Source;

/// Where the table of contents is, relative to the content tree's root.
pub const TOC_FILE: &str = "content/toc.yml";

/// Nesting deeper than this is refused (a TOC is a few levels deep; the
/// bound keeps a hostile file from exhausting the stack).
const MAX_DEPTH: usize = 16;

/// One entry of the table of contents.
#[derive(Debug, Clone, PartialEq)]
pub struct TocItem {
    /// A `ui.ftl` message id (a section's name, or a topic's own label).
    pub name: Option<String>,
    /// The topic's id (`href` without `.md`), if the entry is a topic.
    pub topic: Option<String>,
    pub items: Vec<TocItem>,
    /// Where the entry starts in `toc.yml` (1-based line and column).
    pub line: usize,
    pub col: usize,
}

/// The table of contents of a content tree.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Toc {
    pub items: Vec<TocItem>,
}

/// An entry named in one language, for drawing.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Named {
    pub title: String,
    pub topic: Option<String>,
    pub items: Vec<Named>,
}

impl Toc {
    /// The tree's table of contents; `None` when it has no `toc.yml`.
    ///
    /// # Errors
    /// `Error::Content` naming the file, line and column of what is not a
    /// table of contents (YAML syntax, an item that is not a mapping, an
    /// `href` that is not a topic file, an item with neither `name` nor `href`).
    pub fn load(source: &Source) -> Result<Option<Toc>, Error> {
        let Some(text) = source.read(TOC_FILE)? else {
            return Ok(None);
        };
        Toc::parse(&source.display(TOC_FILE), &text).map(Some)
    }

    /// Parses `text`; `path` is the file as errors name it.
    ///
    /// # Errors
    /// As [`Toc::load`]: the first problem [`Toc::read`] finds.
    pub fn parse(path: &str, text: &str) -> Result<Toc, Error> {
        let (toc, mut problems) = Toc::read(path, text);
        if problems.is_empty() {
            Ok(toc)
        } else {
            Err(Error::Content(problems.remove(0)))
        }
    }

    /// The tree's table of contents with every problem of it (for lint);
    /// `None` when it has no `toc.yml`.
    ///
    /// # Errors
    /// `Error::Read` when the file cannot be read.
    pub fn load_all(source: &Source) -> Result<Option<(Toc, Vec<Diagnostic>)>, Error> {
        let Some(text) = source.read(TOC_FILE)? else {
            return Ok(None);
        };
        Ok(Some(Toc::read(&source.display(TOC_FILE), &text)))
    }

    /// Parses `text` as far as it goes: the entries that are well formed,
    /// and every problem (each bad entry at its line and column; a YAML
    /// syntax error stops the reading, so it is the only problem then).
    /// `path` is the file as the problems name it.
    pub fn read(path: &str, text: &str) -> (Toc, Vec<Diagnostic>) {
        let at = |line: usize, col: usize| Location {
            file: path.to_string(),
            line: line.max(1),
            col: col.max(1),
        };
        if text.trim().is_empty() {
            return (Toc::default(), Vec::new());
        }
        let options = marked_yaml::LoaderOptions::default()
            .toplevel_sequence()
            .error_on_duplicate_keys(true);
        let syntax = |line: usize, col: usize| {
            vec![Diagnostic::error(
                Some(at(line, col)),
                Message::new("error-toc-syntax"),
            )]
        };
        let root = match marked_yaml::parse_yaml_with_options(0, text, options) {
            Ok(root) => root,
            Err(e) => {
                let (line, col) = load_error_place(&e);
                return (Toc::default(), syntax(line, col));
            }
        };
        let Some(items) = root.as_sequence() else {
            return (Toc::default(), syntax(1, 1));
        };
        let mut problems = Vec::new();
        let items = read_items(items, 0, &at, &mut problems);
        (Toc { items }, problems)
    }

    /// The topics in reading order (depth first, as listed).
    pub fn order(&self) -> Vec<&str> {
        fn walk<'a>(items: &'a [TocItem], out: &mut Vec<&'a str>) {
            for item in items {
                if let Some(topic) = &item.topic {
                    out.push(topic);
                }
                walk(&item.items, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.items, &mut out);
        out
    }

    /// Every entry, depth first.
    pub fn entries(&self) -> Vec<&TocItem> {
        fn walk<'a>(items: &'a [TocItem], out: &mut Vec<&'a TocItem>) {
            for item in items {
                out.push(item);
                walk(&item.items, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.items, &mut out);
        out
    }

    /// The entries named in one language: topics by `title(id)` (their
    /// title, or the id when it has none), sections by their message.
    pub fn named(&self, ui: &Localizer, title: &dyn Fn(&str) -> Option<String>) -> Vec<Named> {
        fn walk(
            items: &[TocItem],
            ui: &Localizer,
            title: &dyn Fn(&str) -> Option<String>,
        ) -> Vec<Named> {
            items
                .iter()
                .map(|item| {
                    let text = match (&item.name, &item.topic) {
                        (Some(name), _) => ui
                            .format(name, None)
                            .map_or_else(|| name.clone(), |f| f.text),
                        (None, Some(topic)) => title(topic).unwrap_or_else(|| topic.clone()),
                        (None, None) => String::new(),
                    };
                    Named {
                        title: text,
                        topic: item.topic.clone(),
                        items: walk(&item.items, ui, title),
                    }
                })
                .collect()
        }
        walk(&self.items, ui, title)
    }
}

/// The entries above the one for `topic`, outermost first (breadcrumbs);
/// empty when the topic is not listed or at the top.
pub fn trail<'a>(items: &'a [Named], topic: &str) -> Vec<&'a Named> {
    for item in items {
        if item.topic.as_deref() == Some(topic) {
            return Vec::new();
        }
        let below = trail(&item.items, topic);
        if !below.is_empty() || contains(&item.items, topic) {
            let mut out = vec![item];
            out.extend(below);
            return out;
        }
    }
    Vec::new()
}

fn contains(items: &[Named], topic: &str) -> bool {
    items
        .iter()
        .any(|i| i.topic.as_deref() == Some(topic) || contains(&i.items, topic))
}

/// The topics before and after `topic` in reading order, with their titles.
pub fn neighbours<'a>(items: &'a [Named], topic: &str) -> (Option<&'a Named>, Option<&'a Named>) {
    fn flat<'a>(items: &'a [Named], out: &mut Vec<&'a Named>) {
        for item in items {
            if item.topic.is_some() {
                out.push(item);
            }
            flat(&item.items, out);
        }
    }
    let mut order = Vec::new();
    flat(items, &mut order);
    let Some(at) = order.iter().position(|n| n.topic.as_deref() == Some(topic)) else {
        return (None, None);
    };
    (
        at.checked_sub(1).map(|i| order[i]),
        order.get(at + 1).copied(),
    )
}

fn load_error_place(error: &marked_yaml::LoadError) -> (usize, usize) {
    use marked_yaml::LoadError as E;
    let marker = match error {
        E::TopLevelMustBeMapping(m)
        | E::TopLevelMustBeSequence(m)
        | E::UnexpectedAnchor(m)
        | E::MappingKeyMustBeScalar(m)
        | E::UnexpectedTag(m)
        | E::ScanError(m, _) => Some(*m),
        E::DuplicateKey(inner) => inner.key.span().start().copied(),
    };
    marker.map_or((1, 1), |m| (m.line(), m.column()))
}

/// The entries of `items`. Each problem is reported in `problems` (all of
/// them, not only the first: a writer fixes the file in one go); an entry
/// with a bad `name` or `href` is kept without it, so that the entries under
/// it are still read and checked.
fn read_items(
    items: &[marked_yaml::Node],
    depth: usize,
    at: &dyn Fn(usize, usize) -> Location,
    problems: &mut Vec<Diagnostic>,
) -> Vec<TocItem> {
    let place = |node: &marked_yaml::Node| {
        node.span()
            .start()
            .map_or((1, 1), |m| (m.line(), m.column()))
    };
    let fail = |problems: &mut Vec<Diagnostic>, (l, c): (usize, usize), message: Message| {
        problems.push(Diagnostic::error(Some(at(l, c)), message));
    };
    let mut out = Vec::new();
    for node in items {
        let (line, col) = place(node);
        if depth >= MAX_DEPTH {
            // Once per list: what is below is not read at all.
            fail(problems, (line, col), Message::new("error-toc-too-deep"));
            break;
        }
        let Some(map) = node.as_mapping() else {
            fail(problems, (line, col), Message::new("error-toc-item"));
            continue;
        };
        // A mapping's own mark is after its first key: the item starts there.
        let (line, col) = map
            .keys()
            .next()
            .and_then(|k| k.span().start())
            .map_or((line, col), |m| (m.line(), m.column()));
        let before = problems.len();
        let mut scalar = |key: &str| -> Option<String> {
            let value = map.get_node(key)?;
            match value.as_scalar() {
                Some(s) if !s.as_str().trim().is_empty() => Some(s.as_str().trim().to_string()),
                _ => {
                    fail(
                        problems,
                        place(value),
                        Message::new("error-toc-value").arg("key", key),
                    );
                    None
                }
            }
        };
        let name = scalar("name");
        let href = scalar("href");
        let topic = href.and_then(|href| {
            let id = href.strip_suffix(".md").filter(|id| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            });
            if id.is_none() {
                let href_at = map.get_node("href").map_or((line, col), place);
                fail(
                    problems,
                    href_at,
                    Message::new("error-toc-href").arg("href", href.as_str()),
                );
            }
            id.map(str::to_string)
        });
        if name.is_none() && topic.is_none() && problems.len() == before {
            fail(problems, (line, col), Message::new("error-toc-item"));
        }
        let children = match map.get_node("items") {
            None => Vec::new(),
            Some(value) => match value.as_sequence() {
                Some(seq) => read_items(seq, depth + 1, at, problems),
                None => {
                    fail(
                        problems,
                        place(value),
                        Message::new("error-toc-value").arg("key", "items"),
                    );
                    Vec::new()
                }
            },
        };
        out.push(TocItem {
            name,
            topic,
            items: children,
            line,
            col,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(e: Error) -> (usize, usize, String) {
        let Error::Content(d) = e else {
            panic!("{e:?}")
        };
        let l = d.location.unwrap();
        (l.line, l.col, d.message.id.to_string())
    }

    #[test]
    fn items_sections_and_order_are_read() {
        let toc = Toc::parse(
            "toc.yml",
            "- href: a.md\n  items:\n  - name: toc-x\n    items:\n    - href: b.md\n- href: c.md\n",
        )
        .unwrap();
        assert_eq!(toc.order(), ["a", "b", "c"]);
        assert_eq!(toc.items[0].items[0].name.as_deref(), Some("toc-x"));
        assert_eq!((toc.items[1].line, toc.items[1].col), (6, 3));
    }

    #[test]
    fn what_is_not_a_toc_is_named_with_its_place() {
        assert_eq!(
            place(Toc::parse("t", "- href: a.md\n- href: [x\n").unwrap_err()).2,
            "error-toc-syntax"
        );
        assert_eq!(
            place(Toc::parse("t", "- href: a.md\n- just text\n").unwrap_err()),
            (2, 3, "error-toc-item".into())
        );
        assert_eq!(
            place(Toc::parse("t", "- href: a.md\n- href: ../x.md\n").unwrap_err()),
            (2, 9, "error-toc-href".into())
        );
        assert_eq!(
            place(Toc::parse("t", "- href: a.md\n  items: nope\n").unwrap_err()),
            (2, 10, "error-toc-value".into())
        );
        assert_eq!(
            place(Toc::parse("t", "a: b\n").unwrap_err()).2,
            "error-toc-syntax"
        );
        let deep = (0..40)
            .map(|d| format!("{}- name: x\n{}  items:\n", "  ".repeat(d), "  ".repeat(d)))
            .collect::<String>()
            + &"  ".repeat(40)
            + "- href: a.md\n";
        assert_eq!(
            place(Toc::parse("t", &deep).unwrap_err()).2,
            "error-toc-too-deep"
        );
    }

    #[test]
    fn every_bad_entry_is_reported_not_only_the_first() {
        let text = "- href: a.md\n- just text\n- href: ../x.md\n- name: s\n  items:\n  - href: b.txt\n  - href: c.md\n    items: nope\n";
        let (toc, problems) = Toc::read("t", text);
        let found: Vec<(usize, usize, &str)> = problems
            .iter()
            .map(|d| {
                let l = d.location.as_ref().unwrap();
                (l.line, l.col, d.message.id)
            })
            .collect();
        assert_eq!(
            found,
            [
                (2, 3, "error-toc-item"),
                (3, 9, "error-toc-href"),
                (6, 11, "error-toc-href"),
                (8, 12, "error-toc-value"),
            ]
        );
        // What could be read is there for the other checks.
        assert_eq!(toc.order(), ["a", "c"]);
    }

    #[test]
    fn breadcrumbs_and_neighbours_follow_the_tree() {
        let n = |t: &str, topic: Option<&str>, items: Vec<Named>| Named {
            title: t.into(),
            topic: topic.map(Into::into),
            items,
        };
        let tree = vec![n(
            "A",
            Some("a"),
            vec![
                n("S", None, vec![n("B", Some("b"), vec![])]),
                n("C", Some("c"), vec![]),
            ],
        )];
        let titles = |v: Vec<&Named>| v.iter().map(|n| n.title.clone()).collect::<Vec<_>>();
        assert_eq!(titles(trail(&tree, "b")), ["A", "S"]);
        assert!(trail(&tree, "a").is_empty());
        let (prev, next) = neighbours(&tree, "b");
        assert_eq!(
            (prev.unwrap().title.as_str(), next.unwrap().title.as_str()),
            ("A", "C")
        );
        assert_eq!(neighbours(&tree, "a").0, None);
    }
}
