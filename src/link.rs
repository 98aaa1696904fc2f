//! Links between topics. A message or a template links to another topic with
//! a Markdown link whose destination is `topic:<topic-id>` or
//! `topic:<topic-id>#<anchor>`, the anchor being a `{#id}` heading id of that
//! topic. Each output resolves the link in its own way: the terminal names the
//! topic and the command that opens it, Markdown links to `<id>.md#anchor`,
//! HTML to `<id>.html#anchor` in the same language directory, the help view
//! follows it. Lint reports a link to an unknown topic or anchor.

use std::collections::BTreeSet;

use crate::render::parser;
use pulldown_cmark::{Event, Tag};

/// The scheme of a link to another topic.
pub const SCHEME: &str = "topic:";

/// A parsed `topic:` destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicLink {
    pub topic: String,
    pub anchor: Option<String>,
}

impl TopicLink {
    /// `topic:<id>` or `topic:<id>#<anchor>` (the scheme in any case), with
    /// an id and an anchor of ASCII letters, digits, `-` and `_` (as topic
    /// ids and heading ids are written); `None` for any other destination.
    /// A malformed one (`topic:javascript:…`, `topic:../x`) is no topic link:
    /// the outputs treat it as a link with an unknown scheme (dropped to its
    /// text in HTML and Markdown), and lint reports it ([`is_topic_scheme`]).
    pub fn parse(dest: &str) -> Option<TopicLink> {
        if !is_topic_scheme(dest) {
            return None;
        }
        let rest = dest[SCHEME.len()..].trim();
        let (topic, anchor) = match rest.split_once('#') {
            Some((topic, anchor)) => (topic, Some(anchor)),
            None => (rest, None),
        };
        let name = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        if !name(topic) || anchor.is_some_and(|a| !name(a)) {
            return None;
        }
        Some(TopicLink {
            topic: topic.to_string(),
            anchor: anchor.map(str::to_string),
        })
    }

    /// The relative address of the topic's file with extension `ext` (`md`,
    /// `html`) in the same directory, with the anchor.
    pub fn href(&self, ext: &str) -> String {
        match &self.anchor {
            Some(anchor) => format!("{}.{ext}#{anchor}", self.topic),
            None => format!("{}.{ext}", self.topic),
        }
    }

    /// What `help` and the help view are asked to open: the topic id, with the
    /// anchor kept (`id#anchor`).
    pub fn target(&self) -> String {
        match &self.anchor {
            Some(anchor) => format!("{}#{anchor}", self.topic),
            None => self.topic.clone(),
        }
    }
}

/// Whether `dest` uses the `topic:` scheme (in any case), well-formed or not.
pub fn is_topic_scheme(dest: &str) -> bool {
    dest.get(..SCHEME.len())
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case(SCHEME))
}

/// The topics `markdown` links to, each once, in order of first link.
pub fn linked_topics(markdown: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for event in parser(markdown) {
        if let Event::Start(Tag::Link { dest_url, .. }) = event
            && let Some(link) = TopicLink::parse(&dest_url)
            && seen.insert(link.topic.clone())
        {
            out.push(link.topic);
        }
    }
    out
}

/// The `topic:` links of `markdown`, each destination once, in order.
pub fn links(markdown: &str) -> Vec<TopicLink> {
    let mut out: Vec<TopicLink> = Vec::new();
    for event in parser(markdown) {
        if let Event::Start(Tag::Link { dest_url, .. }) = event
            && let Some(link) = TopicLink::parse(&dest_url)
            && !out.contains(&link)
        {
            out.push(link);
        }
    }
    out
}

/// The text of the heading with id `anchor` in a topic template, its `{{ id }}`
/// slots filled by `format` (`None` when no heading has that id).
pub fn heading_text(
    template: &str,
    anchor: &str,
    format: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    let mark = format!("{{#{anchor}}}");
    let line = template
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with('#') && line.ends_with(&mark))?;
    let mut rest = line.trim_start_matches('#').trim_end_matches(mark.as_str());
    let mut out = String::new();
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find("}}") else {
            break;
        };
        let id = rest[open + 2..open + close].trim();
        out.push_str(&format(id).unwrap_or_default());
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    let out = out.trim().to_string();
    (!out.is_empty()).then_some(out)
}

/// The `{#id}` heading ids a topic template declares, in order.
pub fn anchors(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in template.lines() {
        let line = line.trim_end();
        if !line.trim_start().starts_with('#') || !line.ends_with('}') {
            continue;
        }
        if let Some(open) = line.rfind("{#") {
            let id = &line[open + 2..line.len() - 1];
            if !id.is_empty() && !id.contains(char::is_whitespace) {
                out.push(id.to_string());
            }
        }
    }
    out
}

/// Splits a target a Follow carries (`id` or `id#anchor`) into the topic id
/// and the anchor.
pub fn split_target(target: &str) -> (&str, Option<&str>) {
    match target.split_once('#') {
        Some((topic, anchor)) => (topic, Some(anchor)),
        None => (target, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_links_parse_with_and_without_anchor() {
        let link = TopicLink::parse("topic:trust-import#stores").unwrap();
        assert_eq!(link.topic, "trust-import");
        assert_eq!(link.anchor.as_deref(), Some("stores"));
        assert_eq!(link.href("html"), "trust-import.html#stores");
        assert_eq!(link.target(), "trust-import#stores");
        assert_eq!(
            TopicLink::parse("TOPIC:a").unwrap().href("md"),
            "a.md".to_string()
        );
        assert!(TopicLink::parse("https://example.org").is_none());
        assert!(TopicLink::parse("top").is_none());
        // Nothing that could leave the directory or run a script.
        for bad in [
            "topic:javascript:alert(1)",
            "topic:../x",
            "topic:",
            "topic:a#b c",
            "topic:a#",
            "topic:/etc/passwd",
        ] {
            assert!(TopicLink::parse(bad).is_none(), "{bad}");
            assert!(is_topic_scheme(bad), "{bad}");
        }
    }

    #[test]
    fn linked_topics_are_listed_once_in_order() {
        let md = "[a](topic:b) [c](https://x) [d](topic:e#f) [g](topic:b#h)\n";
        assert_eq!(linked_topics(md), ["b", "e"]);
    }

    #[test]
    fn a_heading_is_found_by_its_id_and_its_slots_filled() {
        let md = "# {{ title }} {#one}\n\n## {{ a }} and {{ b }} {#two}\n";
        let format = |id: &str| Some(id.to_uppercase());
        assert_eq!(heading_text(md, "two", &format).as_deref(), Some("A and B"));
        assert_eq!(heading_text(md, "three", &format), None);
    }

    #[test]
    fn anchors_are_the_heading_ids() {
        let md = "# {{ title }} {#one}\n\ntext {#no}\n## {{ x }} {#two}\n";
        assert_eq!(anchors(md), ["one", "two"]);
    }
}
