//! Checks of a composed page's Markdown: nesting too deep to render safely,
//! authoring mistakes that CommonMark shows as literal text (an alert type GFM
//! does not have, an unclosed `**`, a slot no message fills) and raw HTML from a
//! translation. Each finding is located at the template's line, or at the
//! `.ftl` line of the message whose text it is in.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::catalog::Catalog;
use crate::compose::{Options, Page, compose};
use crate::error::{Diagnostic, Error, Location, Message, Severity};
use crate::source::Source;
use crate::topic::{Piece, Topic};

/// The deepest nesting a page may have: Markdown containers and inline spans
/// plus raw HTML elements, counted together. Real topics stay below 10; the
/// limit keeps every renderer (ours, pulldown-cmark's HTML writer, ammonia's
/// html5ever, whose tree building is quadratic in depth) fast and inside its
/// stack, whatever a translation holds.
pub const MAX_DEPTH: usize = 64;

/// What a check found, at a byte offset of the composed Markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub offset: usize,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Nesting deeper than `MAX_DEPTH` starts here.
    TooDeep,
    /// `> [!NAME]` with a name GFM has no alert for: shown as a plain quote.
    UnknownAlert(String),
    /// `**` that CommonMark did not pair: shown literally.
    UnclosedStrong,
    /// A raw HTML tag (its text as written).
    RawHtml(String),
}

impl Finding {
    fn message(&self) -> Message {
        match &self.kind {
            Kind::TooDeep => Message::new("markdown-too-deep").arg("limit", MAX_DEPTH),
            Kind::UnknownAlert(name) => {
                Message::new("markdown-unknown-alert").arg("name", name.as_str())
            }
            Kind::UnclosedStrong => Message::new("markdown-unclosed-strong"),
            Kind::RawHtml(tag) => Message::new("markdown-raw-html").arg("tag", tag.as_str()),
        }
    }

    fn severity(&self) -> Severity {
        match self.kind {
            Kind::TooDeep => Severity::Error,
            _ => Severity::Warning,
        }
    }
}

/// Elements without an end tag: they do not nest.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Change in HTML element depth made by a run of raw HTML: +1 per start tag,
/// -1 per end tag (never below `depth` 0), void and self-closing tags 0.
fn html_depth(html: &str, mut depth: usize, mut each: impl FnMut(usize)) -> usize {
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(open) = html[i..].find('<') {
        let start = i + open + 1;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name_len = html[name_start..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
        i = name_start + name_len;
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        let end = html[i..].find('>').map_or(html.len(), |e| i + e);
        let self_closing = html[..end].ends_with('/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !VOID.contains(&name.as_str()) && !self_closing {
            depth += 1;
            each(depth);
        }
    }
    depth
}

/// Runs every check over `markdown` in one pass of the topic dialect's events.
pub fn scan(markdown: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut html = 0usize;
    let mut too_deep = false;
    let mut in_code = false;
    // A run of unpaired `*` being read, and the last run reported.
    let mut stars: Option<(usize, usize)> = None;
    let mut reported_stars = None;
    let report_depth = |d: usize, offset: usize, too_deep: &mut bool, out: &mut Vec<Finding>| {
        if d > MAX_DEPTH && !*too_deep {
            *too_deep = true;
            out.push(Finding {
                offset,
                kind: Kind::TooDeep,
            });
        } else if d <= MAX_DEPTH {
            *too_deep = false;
        }
    };
    for (event, range) in crate::render::parser(markdown).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                depth += 1;
                report_depth(depth + html, range.start, &mut too_deep, &mut out);
                match tag {
                    Tag::CodeBlock(_) => in_code = true,
                    Tag::BlockQuote(None) => {
                        if let Some(name) = alert_name(&markdown[range.clone()]) {
                            out.push(Finding {
                                offset: range.start,
                                kind: Kind::UnknownAlert(name),
                            });
                        }
                    }
                    _ => {}
                }
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                if end == TagEnd::CodeBlock {
                    in_code = false;
                }
                // Raw HTML left open does not outlive its block.
                if matches!(end, TagEnd::Paragraph | TagEnd::HtmlBlock) || depth == 0 {
                    html = 0;
                }
            }
            Event::Text(_) if !in_code => {
                let raw = &markdown[range.clone()];
                // pulldown-cmark gives each unpaired delimiter its own text event.
                if !raw.is_empty() && raw.bytes().all(|b| b == b'*') {
                    let start = match stars {
                        Some((start, end)) if end == range.start => start,
                        _ => range.start,
                    };
                    stars = Some((start, range.end));
                    if range.end - start >= 2
                        && !markdown[..start].ends_with('\\')
                        && reported_stars != Some(start)
                    {
                        reported_stars = Some(start);
                        out.push(Finding {
                            offset: start,
                            kind: Kind::UnclosedStrong,
                        });
                    }
                    continue;
                }
                stars = None;
                let mut from = 0;
                while let Some(at) = raw[from..].find("**") {
                    let at = from + at;
                    if !raw[..at].ends_with('\\') {
                        out.push(Finding {
                            offset: range.start + at,
                            kind: Kind::UnclosedStrong,
                        });
                        break;
                    }
                    from = at + 2;
                }
            }
            Event::Html(raw) | Event::InlineHtml(raw) => {
                let base = depth;
                let mut deepest = 0;
                html = html_depth(&raw, html, |d| deepest = deepest.max(d));
                report_depth(base + deepest, range.start, &mut too_deep, &mut out);
                if raw.trim_start().starts_with('<') {
                    let tag: String = raw.trim().chars().take(40).collect();
                    out.push(Finding {
                        offset: range.start,
                        kind: Kind::RawHtml(tag),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// `NAME` of a quote whose first line is `[!NAME]`, when GFM has no such alert.
fn alert_name(quote: &str) -> Option<String> {
    let first = quote.lines().next()?;
    let inner = first.trim_start().trim_start_matches('>').trim();
    let name = inner.strip_prefix("[!")?.strip_suffix(']')?;
    let known = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];
    (!name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphabetic())
        && !known.contains(&name.to_ascii_uppercase().as_str()))
    .then(|| name.to_string())
}

/// Where byte `offset` of the page's Markdown was written: the `.ftl` line of the
/// message it comes from, else the template's line.
pub fn locate(source: &Source, topic: &str, page: &Page, offset: usize) -> Location {
    let inside = |o: &&crate::compose::Origin| {
        o.range.start <= offset && offset < o.range.end.max(o.range.start + 1)
    };
    if let Some(origin) = page
        .origins
        .iter()
        .find(|o| o.message.is_some() && inside(o))
        && let Some((id, locale)) = &origin.message
    {
        let before = &page.markdown[origin.range.start..offset.min(origin.range.end)];
        for rel in [
            format!("locales/{locale}/topics/{topic}.ftl"),
            format!("locales/{locale}/ui.ftl"),
        ] {
            let Ok(Some(text)) = source.read(&rel) else {
                continue;
            };
            if let Some((line, col)) = message_line(&text, id) {
                let newlines = before.matches('\n').count();
                let col = if newlines == 0 {
                    col + before.chars().count()
                } else {
                    1
                };
                return Location {
                    file: source.display(&rel),
                    line: line + newlines,
                    col,
                };
            }
        }
    }
    let line = page
        .origins
        .iter()
        .find(inside)
        .or_else(|| page.origins.iter().rev().find(|o| o.range.start <= offset));
    let (number, col) = line.map_or((0, 0), |o| {
        let start = o.range.start.min(offset);
        let col = page
            .markdown
            .get(start..offset)
            .map_or(1, |t| t.chars().count() + 1);
        (o.line, col)
    });
    Location {
        file: source.display(&format!("content/{topic}.md")),
        line: number,
        col,
    }
}

/// The start of the innermost origin (slot text, else template line) holding
/// `offset`, or the offset itself.
fn origin_of(page: &Page, offset: usize) -> usize {
    let inside = |o: &&crate::compose::Origin| o.range.contains(&offset);
    page.origins
        .iter()
        .filter(inside)
        .max_by_key(|o| o.range.start)
        .map_or(offset, |o| o.range.start)
}

/// 1-based line and the column where the value starts of message `id` in `ftl`.
fn message_line(ftl: &str, id: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = ftl.lines().collect();
    lines.iter().enumerate().find_map(|(index, line)| {
        let rest = line.strip_prefix(id)?;
        let value = rest.trim_start().strip_prefix('=')?;
        if value.trim().is_empty() {
            // The value starts on the next, indented line.
            let next = lines.get(index + 1)?;
            let indent = next.len() - next.trim_start().len();
            return Some((index + 2, next[..indent].chars().count() + 1));
        }
        let col = line.len() - value.trim_start().len();
        Some((index + 1, line[..col].chars().count() + 1))
    })
}

/// Checks a composed page for `help` and `export`: the findings as diagnostics
/// (nesting too deep is an error, the rest warnings; raw HTML is left to lint)
/// and the page made safe to render: every template line with nesting past
/// `MAX_DEPTH` is blanked out (byte lengths kept, so the page's ranges stay right).
pub fn check_page(source: &Source, topic: &Topic, page: &mut Page) -> Vec<Diagnostic> {
    let id = topic.front.id.as_str();
    let mut out = unfilled(source, topic, page);
    let mut seen = BTreeSet::new();
    // Each round blanks at least one line; a page whose depth is spread over
    // many lines is cut short after a few rounds instead.
    for round in 0..8 {
        let findings = scan(&page.markdown);
        let deep: Vec<usize> = findings
            .iter()
            .filter(|f| f.kind == Kind::TooDeep)
            .map(|f| f.offset)
            .collect();
        for finding in &findings {
            if matches!(finding.kind, Kind::RawHtml(_)) {
                continue;
            }
            // One finding of a kind per message or template line: a line of
            // 10^5 unpaired `**` is one mistake, and locating each would be slow.
            if !seen.insert((origin_of(page, finding.offset), finding.message().id)) {
                continue;
            }
            let location = locate(source, id, page, finding.offset);
            {
                out.push(Diagnostic {
                    severity: finding.severity(),
                    location: Some(location),
                    message: finding.message(),
                });
            }
        }
        if deep.is_empty() {
            break;
        }
        for offset in deep {
            let range = page
                .origins
                .iter()
                .filter(|o| o.message.is_none() && o.range.contains(&offset))
                .map(|o| o.range.clone())
                .next()
                .filter(|_| round < 7)
                .unwrap_or_else(|| {
                    let start = page.markdown[..offset].rfind('\n').map_or(0, |i| i + 1);
                    start..page.markdown.len()
                });
            blank(&mut page.markdown, range);
        }
    }
    out
}

/// Replaces every character of `range` except line breaks by spaces: blank
/// lines, which render as nothing, and the same byte length.
fn blank(markdown: &mut String, range: std::ops::Range<usize>) {
    let Some(text) = markdown.get(range.clone()) else {
        return;
    };
    let blanked: String = text
        .bytes()
        .map(|b| if b == b'\n' { '\n' } else { ' ' })
        .collect();
    markdown.replace_range(range, &blanked);
}

/// Slots that no message fills, at the template's line and column.
fn unfilled(source: &Source, topic: &Topic, page: &Page) -> Vec<Diagnostic> {
    let path = source.display(&format!("content/{}.md", topic.front.id));
    let mut out = Vec::new();
    for line in &topic.lines {
        for piece in &line.pieces {
            if let Piece::Slot { id, col } = piece
                && page.unfilled.contains(id)
            {
                out.push(Diagnostic::warning(
                    Some(Location {
                        file: path.clone(),
                        line: line.number,
                        col: *col,
                    }),
                    Message::new("lint-unfilled-slot").arg("id", id.as_str()),
                ));
            }
        }
    }
    out
}

/// Whether `--strict` refuses a page for this diagnostic: an authoring mistake
/// that the page shows literally (unfilled slot, unknown alert, unclosed `**`).
pub fn is_authoring(diagnostic: &Diagnostic) -> bool {
    matches!(
        diagnostic.message.id,
        "lint-unfilled-slot" | "markdown-unknown-alert" | "markdown-unclosed-strong"
    )
}

/// Lint's part: every topic composed in every locale, its Markdown checked.
/// Raw HTML is reported only where a translation brought it.
pub fn lint(source: &Source, catalog: &Catalog) -> Result<Vec<Diagnostic>, Error> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut locales = source.list("locales", "")?;
    locales.sort();
    for front in catalog.topics() {
        let Ok(topic) = catalog.load_topic(front) else {
            continue;
        };
        for locale in &locales {
            let mut html_in = BTreeSet::new();
            let mut per_origin = BTreeSet::new();
            let Ok(tag) = locale.parse() else { continue };
            let docwiz = crate::Docwiz {
                source: source.clone(),
                chain: crate::language::chain(&tag),
            };
            let Ok((l10n, _)) = docwiz.localizer(&docwiz.chain, &front.id) else {
                continue;
            };
            let page = compose(
                &topic,
                &l10n,
                &Options {
                    side_by_side: false,
                    args: None,
                    live: None,
                },
            );
            for finding in scan(&page.markdown) {
                if matches!(finding.kind, Kind::RawHtml(_)) {
                    // Once per message, and only for HTML a translation brought.
                    let Some(origin) = page
                        .origins
                        .iter()
                        .find(|o| o.message.is_some() && o.range.contains(&finding.offset))
                    else {
                        continue;
                    };
                    if !html_in.insert((origin.message.clone(), origin.range.start)) {
                        continue;
                    }
                }
                if !per_origin.insert((origin_of(&page, finding.offset), finding.message().id)) {
                    continue;
                }
                let location = locate(source, &front.id, &page, finding.offset);
                if seen.insert((location.clone(), finding.message().id)) {
                    out.push(Diagnostic {
                        severity: finding.severity(),
                        location: Some(location),
                        message: finding.message(),
                    });
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(md: &str) -> Vec<Kind> {
        scan(md).into_iter().map(|f| f.kind).collect()
    }

    #[test]
    fn depth_counts_markdown_and_html_together() {
        assert_eq!(kinds(&"> ".repeat(MAX_DEPTH + 5)), [Kind::TooDeep]);
        assert!(kinds(&"> ".repeat(MAX_DEPTH - 2)).is_empty());
        let deep = kinds(&format!("{}x", "<div>".repeat(MAX_DEPTH + 1)));
        assert!(deep.contains(&Kind::TooDeep));
        let flat = kinds(&format!("{}x", "<br>".repeat(MAX_DEPTH * 2)));
        assert!(!flat.contains(&Kind::TooDeep));
    }

    #[test]
    fn unknown_alerts_and_unclosed_strong_are_found() {
        assert_eq!(
            kinds("> [!DANGER]\n> text\n"),
            [Kind::UnknownAlert("DANGER".into())]
        );
        assert!(kinds("> [!WARNING]\n> text\n").is_empty());
        assert_eq!(kinds("a **b c\n"), [Kind::UnclosedStrong]);
        assert!(kinds("a **b** c \\*\\* `**`\n").is_empty());
    }
}
