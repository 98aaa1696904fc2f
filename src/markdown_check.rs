//! Checks of a composed page's Markdown: nesting too deep to render safely,
//! authoring mistakes that CommonMark shows as literal text (an alert type GFM
//! does not have, an unclosed `**`, a slot no message fills) and raw HTML from a
//! translation. Each finding is located at the template's line, or at the
//! `.ftl` line of the message whose text it is in.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Tag, TagEnd};

use unic_langid::LanguageIdentifier;

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
    /// Byte length of the offending text at `offset` (0 when there is no one
    /// token to point at, as for nesting): what `locate` looks for in the source.
    pub len: usize,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Nesting deeper than `MAX_DEPTH` starts here.
    TooDeep,
    /// `> [!NAME]` with a name GFM has no alert for: shown as a plain quote.
    UnknownAlert(String),
    /// `> [!NOTE] text`: a known alert marker that is not alone on the quote's
    /// first line, which GFM shows as text.
    AlertAsText(String),
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
            Kind::AlertAsText(name) => {
                Message::new("markdown-alert-as-text").arg("name", name.as_str())
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

/// Offsets of the container marker (`>`, `-`, `1.`...) past `MAX_DEPTH` on
/// each line that opens that many containers, found on the raw text. A line
/// of 10^5 `>` would otherwise reach the parser and every pass over its
/// events, where each of 10^5 nested quotes looks at the rest of its line.
fn deep_prefixes(markdown: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in markdown.split_inclusive('\n') {
        let bytes = line.as_bytes();
        let mut i = 0;
        let mut depth = 0;
        loop {
            while matches!(bytes.get(i), Some(b' ' | b'\t')) {
                i += 1;
            }
            let marker = i;
            match bytes.get(i) {
                Some(b'>') => i += 1,
                Some(b'-' | b'+' | b'*') if matches!(bytes.get(i + 1), Some(b' ' | b'\t')) => {
                    i += 1
                }
                Some(b'0'..=b'9') => {
                    let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                    // CommonMark: at most 9 digits, then `.` or `)` and a space.
                    if digits > 9
                        || !matches!(bytes.get(i + digits), Some(b'.' | b')'))
                        || !matches!(bytes.get(i + digits + 1), Some(b' ' | b'\t'))
                    {
                        break;
                    }
                    i += digits + 1;
                }
                _ => break,
            }
            depth += 1;
            if depth > MAX_DEPTH {
                out.push(start + marker);
                break;
            }
        }
        start += line.len();
    }
    out
}

/// `markdown` with the lines at `offsets` blanked (same byte length).
fn without_lines(markdown: &str, offsets: &[usize]) -> String {
    let mut copy = markdown.to_string();
    for &offset in offsets {
        let start = markdown[..offset].rfind('\n').map_or(0, |i| i + 1);
        let end = markdown[offset..]
            .find('\n')
            .map_or(markdown.len(), |i| offset + i);
        crate::compose::blank(&mut copy, start..end);
    }
    copy
}

/// Runs every check over `markdown` in one pass of the topic dialect's events.
/// Lines whose container prefix alone is too deep are reported without being
/// parsed.
pub fn scan(markdown: &str) -> Vec<Finding> {
    let deep = deep_prefixes(markdown);
    let mut out: Vec<Finding> = deep
        .iter()
        .map(|&offset| Finding {
            offset,
            len: 0,
            kind: Kind::TooDeep,
        })
        .collect();
    let parsed;
    let markdown = if deep.is_empty() {
        markdown
    } else {
        parsed = without_lines(markdown, &deep);
        parsed.as_str()
    };
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
                len: 0,
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
                        if let Some((at, len, kind)) = alert_mistake(&markdown[range.clone()]) {
                            out.push(Finding {
                                offset: range.start + at,
                                len,
                                kind,
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
                            len: 2,
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
                            len: 2,
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
                let lead = raw.len() - raw.trim_start().len();
                if raw[lead..].starts_with('<') {
                    let tag: String = raw.trim().chars().take(40).collect();
                    let first = raw[lead..].find('\n').map_or(raw.len(), |n| lead + n);
                    out.push(Finding {
                        offset: range.start + lead,
                        len: raw[lead..first].trim_end().len(),
                        kind: Kind::RawHtml(tag),
                    });
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|f| f.offset);
    out
}

/// The GFM alert names, as pulldown-cmark reads them (case-insensitively).
const ALERTS: [&str; 5] = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];

/// For a quote that did not become an alert (`quote` is its text, from its
/// `>`), an alert marker `[!NAME]` at the start of its first line that shows
/// as text: the marker's offset in `quote`, its length, and why. Only this
/// quote's own `>` is skipped, so each of many nested quotes costs O(1).
fn alert_mistake(quote: &str) -> Option<(usize, usize, Kind)> {
    let bytes = quote.as_bytes();
    let mut i = bytes.iter().take_while(|b| **b == b' ').count();
    if bytes.get(i) != Some(&b'>') {
        return None;
    }
    i += 1;
    i += bytes[i..]
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    let at = i;
    if !quote[at..].starts_with("[!") {
        return None;
    }
    // Any name a writer may have meant as an alert type (`DANGER2`, `ÄRGER`,
    // `_`): everything up to `]` on the line, without blanks or brackets.
    let rest = &quote[at + 2..];
    let name_len = rest
        .find(|c: char| c == ']' || c == '[' || c.is_whitespace())
        .filter(|end| rest[*end..].starts_with(']'))?;
    let name = &rest[..name_len];
    if name.is_empty() {
        return None;
    }
    let shown: String = name.chars().take(40).collect();
    let len = name_len + 2;
    if ALERTS.iter().any(|a| a.eq_ignore_ascii_case(name)) {
        // A known name in a quote that is not an alert: text after the marker,
        // or the marker not right after `> `.
        Some((at, len, Kind::AlertAsText(shown)))
    } else {
        Some((at, len, Kind::UnknownAlert(shown)))
    }
}

/// Where the text at byte `offset` (and `len` bytes on) of the page's Markdown
/// was written: in the `.ftl` file of the message it comes from (or of the
/// term that message uses, when the text is the term's), else on the
/// template's line. See [`locate_message`] and [`locate_in_line`].
pub fn locate(source: &Source, topic: &str, page: &Page, offset: usize, len: usize) -> Location {
    let inside = |o: &&crate::compose::Origin| {
        o.range.start <= offset && offset < o.range.end.max(o.range.start + 1)
    };
    if let Some(origin) = page
        .origins
        .iter()
        .find(|o| o.message.is_some() && inside(o))
        && let Some((id, locale)) = &origin.message
        && let Some(text) = page.markdown.get(origin.range.clone())
        && let Some(location) = locate_message(
            source,
            topic,
            id,
            locale,
            text,
            offset - origin.range.start,
            len,
        )
    {
        return location;
    }
    let line = page
        .origins
        .iter()
        .find(|o| o.message.is_none() && inside(o))
        .or_else(|| page.origins.iter().rev().find(|o| o.range.start <= offset));
    let file = format!("content/{topic}.md");
    let Some(origin) = line else {
        return Location {
            file: source.display(&file),
            line: 0,
            col: 0,
        };
    };
    let start = origin.range.start.min(offset);
    // Slot text masked out (same byte length): only the template's own text
    // is looked for in the template line.
    let mut composed = page
        .markdown
        .get(start..origin.range.end)
        .unwrap_or("")
        .to_string();
    for slot in page.origins.iter().filter(|o| o.message.is_some()) {
        let from = slot.range.start.max(start) - start;
        let to = slot.range.end.min(origin.range.end).saturating_sub(start);
        if from < to && composed.is_char_boundary(from) && composed.is_char_boundary(to) {
            composed.replace_range(from..to, &"\0".repeat(to - from));
        }
    }
    let col = match source.read(&file) {
        Ok(Some(text)) => text.lines().nth(origin.line.saturating_sub(1)).map(|l| {
            locate_in_line(
                l.trim_start_matches('\u{feff}'),
                &composed,
                offset - start,
                len,
            )
        }),
        _ => None,
    };
    Location {
        file: source.display(&file),
        line: origin.line,
        col: col.unwrap_or(1),
    }
}

/// The 1-based column in the template line `written` of the text at byte `at`
/// (`len` bytes) of `composed`, the same line with its slots filled: the
/// offending token's occurrence in `written` when `written` has as many of it
/// as `composed` (slot text did not add any), else the composed column, kept
/// inside the line.
fn locate_in_line(written: &str, composed: &str, at: usize, len: usize) -> usize {
    let at = floor_boundary(composed, at);
    if let Some(token) = composed.get(at..at + len).filter(|t| !t.is_empty()) {
        let k = composed[..at].matches(token).count();
        let found: Vec<usize> = written.match_indices(token).map(|(i, _)| i).collect();
        if found.len() == composed.matches(token).count()
            && let Some(&i) = found.get(k)
        {
            return written[..i].chars().count() + 1;
        }
    }
    let col = composed[..at].chars().count() + 1;
    col.min(written.chars().count() + 1)
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where the text at byte `at` (`len` bytes on) of `text`, message `id` as
/// `locale` formatted it, is written. The offending token is looked for in the
/// message's entry (the k-th of k occurrences in the text, when the entry has
/// as many); when the entry has none, in the terms it references, in turn
/// (those terms' text is what the page shows); failing both, the start of the
/// message's value. `None` when neither the topic's `.ftl` nor `ui.ftl` of
/// `locale` defines `id`.
pub fn locate_message(
    source: &Source,
    topic: &str,
    id: &str,
    locale: &LanguageIdentifier,
    text: &str,
    at: usize,
    len: usize,
) -> Option<Location> {
    let files = [
        format!("locales/{locale}/topics/{topic}.ftl"),
        format!("locales/{locale}/ui.ftl"),
    ];
    let texts: Vec<(String, String)> = files
        .iter()
        .filter_map(|rel| Some((source.display(rel), source.read(rel).ok()??.into_owned())))
        .collect();
    let at = floor_boundary(text, at);
    let token = text.get(at..at + len).filter(|t| !t.is_empty());
    for (display, ftl) in &texts {
        let Some((value, range)) = entry(ftl, id) else {
            continue;
        };
        if let Some(token) = token {
            let k = text[..at].matches(token).count();
            let found: Vec<usize> = ftl[range.clone()]
                .match_indices(token)
                .map(|(i, _)| range.start + i)
                .collect();
            if found.len() == text.matches(token).count()
                && let Some(&i) = found.get(k)
            {
                return Some(Location::at(display, ftl, i));
            }
            if found.is_empty()
                && let Some(location) = in_terms(&texts, &ftl[range.clone()], token)
            {
                return Some(location);
            }
        }
        return Some(Location::at(display, ftl, value));
    }
    None
}

/// The first occurrence of `token` in the terms that `entry` references,
/// directly or through other terms (each term once, at most 64).
fn in_terms(texts: &[(String, String)], entry_text: &str, token: &str) -> Option<Location> {
    let mut queue: Vec<String> = term_refs(entry_text);
    let mut seen = BTreeSet::new();
    while let Some(name) = queue.pop() {
        if !seen.insert(name.clone()) || seen.len() > 64 {
            continue;
        }
        for (display, ftl) in texts {
            let Some((_, range)) = entry(ftl, &name) else {
                continue;
            };
            if let Some(i) = ftl[range.clone()].find(token) {
                return Some(Location::at(display, ftl, range.start + i));
            }
            let mut more = term_refs(&ftl[range]);
            more.reverse();
            queue.extend(more);
            break;
        }
    }
    None
}

/// The terms (`-name`) that Fluent source `text` references, last first (the
/// caller pops them in order of appearance).
fn term_refs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, _) in text.match_indices('{') {
        let rest = text[i + 1..].trim_start();
        let Some(name) = rest.strip_prefix('-') else {
            continue;
        };
        let len = name
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
            .count();
        if len > 0 {
            out.push(format!("-{}", &name[..len]));
        }
    }
    out.reverse();
    out
}

/// Entry `id` (message or term) of `ftl`: the byte offset where its value
/// starts, and the bytes of the entry (its first line and the indented or blank
/// lines after it, as Fluent continues a pattern).
fn entry(ftl: &str, id: &str) -> Option<(usize, std::ops::Range<usize>)> {
    let mut offset = 0;
    let mut lines = ftl.split_inclusive('\n');
    for line in lines.by_ref() {
        let bare = line.trim_start_matches('\u{feff}');
        let lead = line.len() - bare.len();
        let start = offset;
        offset += line.len();
        let Some(rest) = bare.strip_prefix(id) else {
            continue;
        };
        let Some(value) = rest.trim_start_matches([' ', '\t']).strip_prefix('=') else {
            continue;
        };
        let spaces = value.len() - value.trim_start_matches([' ', '\t']).len();
        let first_blank = value.trim().is_empty();
        let mut value_at =
            (!first_blank).then(|| start + lead + id.len() + (rest.len() - value.len()) + spaces);
        let mut end = offset;
        for next in ftl[offset..].split_inclusive('\n') {
            if !next.starts_with([' ', '\t']) && !next.trim().is_empty() {
                break;
            }
            if value_at.is_none() && !next.trim().is_empty() {
                // The value starts on the next, indented line.
                value_at = Some(end + (next.len() - next.trim_start().len()));
            }
            end += next.len();
        }
        let value_at = value_at.unwrap_or(start + lead);
        return Some((value_at, start..end));
    }
    None
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

/// The `{#id}` anchors of a topic by its id, `None` when no such topic exists:
/// what a `topic:` link is checked against.
pub type Anchors<'a> = &'a dyn Fn(&str) -> Option<Vec<String>>;

/// The anchors of topic `id` read from its template in `source` (`None`:
/// there is no such topic), for a page checked on its own (`help`, `serve`).
pub fn anchors_in(source: &Source, id: &str) -> Option<Vec<String>> {
    let well_formed = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !well_formed {
        return None;
    }
    match source.read(&format!("content/{id}.md")) {
        Ok(Some(text)) => Some(crate::link::anchors(&text)),
        _ => None,
    }
}

/// Checks a composed page for `help` and `export`: the findings as diagnostics
/// (nesting too deep and a `topic:` link to a topic or anchor that `anchors`
/// does not know are errors, the rest warnings; raw HTML is left to lint)
/// and the page made safe to render: every template line with nesting past
/// `MAX_DEPTH` is blanked out (byte lengths kept, so the page's ranges stay right).
pub fn check_page(
    source: &Source,
    topic: &Topic,
    page: &mut Page,
    anchors: Anchors,
) -> Vec<Diagnostic> {
    let id = topic.front.id.as_str();
    let mut out = unfilled(source, topic, page);
    // A link that goes nowhere is an error, as lint says: the page would
    // send the reader to a missing page or section.
    let mut linked = BTreeSet::new();
    for (offset, len, message) in broken_topic_links(&page.markdown, anchors) {
        let location = locate(source, id, page, offset, len);
        if linked.insert((location.clone(), message.id)) {
            out.push(Diagnostic::error(Some(location), message));
        }
    }
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
            let location = locate(source, id, page, finding.offset, finding.len);
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
            crate::compose::blank(&mut page.markdown, range);
        }
    }
    out
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
/// that the page shows literally or leaves out (unfilled slot, unknown alert,
/// alert marker shown as text, unclosed `**`, a broken `{{ }}` slot).
pub fn is_authoring(diagnostic: &Diagnostic) -> bool {
    matches!(
        diagnostic.message.id,
        "lint-unfilled-slot"
            | "error-template-unclosed"
            | "error-template-live"
            | "error-template-empty"
            | "markdown-unknown-alert"
            | "markdown-alert-as-text"
            | "markdown-unclosed-strong"
    )
}

/// Lint's part: every topic composed in every locale, its Markdown checked.
/// Raw HTML is reported only where a translation brought it.
pub fn lint(source: &Source, catalog: &Catalog) -> Result<Vec<Diagnostic>, Error> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut locales = source.list("locales", "")?;
    locales.sort();
    let known = known_anchors(source, catalog);
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
            // The title and description reach outputs outside the page's
            // Markdown too (the HTML head, the front matter): their own text
            // is checked, at their own entries.
            let mut per_message = BTreeSet::new();
            for id in ["title", "description"] {
                let Some(formatted) = l10n.format(id, None) else {
                    continue;
                };
                let Some(locale) = l10n.locale_at(formatted.locale) else {
                    continue;
                };
                for finding in scan(&formatted.text) {
                    if !per_message.insert((id, finding.message().id)) {
                        continue;
                    }
                    let Some(location) = locate_message(
                        source,
                        &front.id,
                        id,
                        locale,
                        &formatted.text,
                        finding.offset,
                        finding.len,
                    ) else {
                        continue;
                    };
                    if seen.insert((location.clone(), finding.message().id)) {
                        out.push(Diagnostic {
                            severity: finding.severity(),
                            location: Some(location),
                            message: finding.message(),
                        });
                    }
                }
            }
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
                let location = locate(source, &front.id, &page, finding.offset, finding.len);
                if seen.insert((location.clone(), finding.message().id)) {
                    out.push(Diagnostic {
                        severity: finding.severity(),
                        location: Some(location),
                        message: finding.message(),
                    });
                }
            }
            let anchors = |id: &str| known.get(id).cloned();
            for (offset, len, message) in broken_topic_links(&page.markdown, &anchors) {
                let location = locate(source, &front.id, &page, offset, len);
                if seen.insert((location.clone(), message.id)) {
                    out.push(Diagnostic::error(Some(location), message));
                }
            }
        }
    }
    Ok(out)
}

/// Each topic's id with the `{#id}` heading ids of its template.
pub fn known_anchors(
    source: &Source,
    catalog: &Catalog,
) -> std::collections::BTreeMap<String, Vec<String>> {
    catalog
        .topics()
        .iter()
        .map(|front| {
            let anchors = match source.read(&format!("content/{}.md", front.id)) {
                Ok(Some(text)) => crate::link::anchors(&text),
                _ => Vec::new(),
            };
            (front.id.clone(), anchors)
        })
        .collect()
}

/// `topic:` links of `markdown` to a topic that does not exist or to an
/// anchor that topic does not have: the offset and length of the
/// destination, and the message.
pub fn broken_topic_links(markdown: &str, known: Anchors) -> Vec<(usize, usize, Message)> {
    let mut out = Vec::new();
    for (event, range) in crate::render::parser(markdown).into_offset_iter() {
        let Event::Start(Tag::Link { dest_url, .. }) = event else {
            continue;
        };
        if !crate::link::is_topic_scheme(&dest_url) {
            continue;
        }
        let at = markdown
            .get(range.clone())
            .and_then(|text| text.rfind(dest_url.as_ref()))
            .map_or(range.start, |i| range.start + i);
        let len = if at == range.start && !markdown[at..].starts_with(dest_url.as_ref()) {
            0
        } else {
            dest_url.len()
        };
        // A malformed destination names no topic that exists.
        let Some(link) = crate::link::TopicLink::parse(&dest_url) else {
            let written = dest_url[crate::link::SCHEME.len()..].to_string();
            out.push((
                at,
                len,
                Message::new("lint-link-unknown-topic").arg("topic", written),
            ));
            continue;
        };
        let message = match known(&link.topic) {
            None => Message::new("lint-link-unknown-topic").arg("topic", link.topic.as_str()),
            Some(anchors) => match &link.anchor {
                Some(anchor) if !anchors.contains(anchor) => {
                    Message::new("lint-link-unknown-anchor")
                        .arg("topic", link.topic.as_str())
                        .arg("anchor", anchor.as_str())
                }
                _ => continue,
            },
        };
        out.push((at, len, message));
    }
    out
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

    #[test]
    fn deep_container_prefixes_are_found_without_parsing() {
        let started = std::time::Instant::now();
        for prefix in [
            ">".repeat(100_000),
            ">- ".repeat(30_000),
            " > 1.".repeat(20_000),
        ] {
            let found = scan(&format!("a\n{prefix} x\nb\n"));
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].kind, Kind::TooDeep);
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
        assert!(deep_prefixes(&"- - ".repeat(10)).is_empty());
    }

    #[test]
    fn alert_markers_that_show_as_text_are_found() {
        assert_eq!(
            kinds("> [!NOTE] text\n"),
            [Kind::AlertAsText("NOTE".into())]
        );
        assert_eq!(kinds(">[!danger]\n"), [Kind::UnknownAlert("danger".into())]);
        assert!(kinds("> [!Tip]\n> ok\n").is_empty());
        assert!(kinds("> > [!NOTE]\n> > ok\n").is_empty());
    }
}
