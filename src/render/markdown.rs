//! Markdown output: front matter, then the composed document, so alerts stay
//! `> [!IMPORTANT]` and heading ids stay `{#id}` — made portable first
//! (`portable`): safe for hosts that render raw HTML, and read the same by a
//! standard CommonMark parser as by ours.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::html::{inline_html, safe_url, sanitize};
use super::{parser, standard_parser};
use crate::compose::{FallbackReason, Page, escape_markdown};

pub fn render(page: &Page) -> String {
    let mut out = String::from("---\n");
    field(&mut out, "id", &page.id);
    field(&mut out, "locale", &page.locale.to_string());
    field(&mut out, "title", &page.title);
    if let Some(description) = &page.description {
        field(&mut out, "description", description);
    }
    list(&mut out, "f1", &page.f1);
    if !page.fallbacks.is_empty() {
        list(&mut out, "fallback", &page.fallback_ids());
    }
    // Which of them are in English because their translation is broken, not
    // because it is missing.
    let broken: Vec<String> = page
        .fallbacks
        .iter()
        .filter(|f| f.reason == FallbackReason::Error)
        .map(|f| f.id.clone())
        .collect();
    if !broken.is_empty() {
        list(&mut out, "fallback-error", &broken);
    }
    out.push_str("---\n");
    out.push_str(&portable(&without_blanked_runs(&page.markdown)));
    out
}

/// `markdown` with each run of lines that a section cut blanked
/// ([`Page::keep_section`] keeps byte lengths, so what it cut is lines of
/// spaces) made one empty line, outside fenced code: what `help
/// TOPIC#ANCHOR --format md` shows has no gap where the rest of the topic
/// was. A page with no such line comes back as it was.
fn without_blanked_runs(markdown: &str) -> std::borrow::Cow<'_, str> {
    let lines: Vec<&str> = markdown.split_inclusive('\n').collect();
    let blanked = |l: &str| l.trim().is_empty() && l.trim_end_matches(['\n', '\r']).contains(' ');
    if !lines.iter().any(|l| blanked(l)) {
        return markdown.into();
    }
    let mut out = String::with_capacity(markdown.len());
    let mut fence: Option<&str> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        if let Some(open) = fence {
            if trimmed.starts_with(open) {
                fence = None;
            }
        } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
        } else if line.trim().is_empty() {
            let run = lines[i..]
                .iter()
                .take_while(|l| l.trim().is_empty())
                .count();
            if lines[i..i + run].iter().any(|l| blanked(l)) {
                if i + run < lines.len() && !out.is_empty() {
                    out.push('\n');
                }
                i += run;
                continue;
            }
        }
        out.push_str(line);
        i += 1;
    }
    out.into()
}

/// YAML double-quoted scalars are a superset of JSON strings.
fn quote(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn field(out: &mut String, key: &str, value: &str) {
    out.push_str(&format!("{key}: {}\n", quote(value)));
}

fn list(out: &mut String, key: &str, values: &[String]) {
    let items: Vec<String> = values.iter().map(|v| quote(v)).collect();
    out.push_str(&format!("{key}: [{}]\n", items.join(", ")));
}

/// The composed Markdown made fit for other Markdown hosts (DocFX, GitHub,
/// static site generators), which render raw HTML and parse with standard
/// CommonMark:
///
/// - raw HTML is cleaned as the HTML export cleans it: HTML blocks through
///   ammonia (no scripts, event attributes, images or unsafe URLs), inline tags
///   kept only from the HTML export's allowlist and without attributes, others
///   shown as text;
/// - links to other topics (`topic:<id>#<anchor>`) go to `<id>.md#<anchor>`;
/// - links and images whose destination is not http, https, mailto or relative
///   (`javascript:`, `vbscript:`, `data:`…) become their text;
/// - emphasis that only the CJK-friendly amendment reads (`**「…」**`) is written
///   as `<strong>`/`<em>`, and delimiters a standard parser would pair but ours
///   does not are escaped, so every consumer bolds the span the writer meant;
/// - lines holding only whitespace are emptied.
pub fn portable(markdown: &str) -> String {
    let mut text = apply(markdown, safety_edits(markdown));
    // Each round rewrites every disagreement it sees; what is left can only be
    // delimiters whose pairing depended on the rewritten ones.
    for _ in 0..4 {
        let edits = emphasis_edits(&text);
        if edits.is_empty() {
            break;
        }
        text = apply(&text, edits);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
        } else {
            out.push_str(line);
        }
    }
    out
}

type Edit = (Range<usize>, String);

/// Applies non-overlapping edits; an edit inside an earlier one is dropped.
fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, with) in edits {
        if range.start < at || range.end > text.len() {
            continue;
        }
        out.push_str(&text[at..range.start]);
        out.push_str(&with);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Edits that neutralize raw HTML and unsafe links, as the HTML export does.
fn safety_edits(markdown: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    // An unsafe link or image being replaced: its range, nesting and text.
    let mut unsafe_link: Option<(Range<usize>, usize, String)> = None;
    // The HTML block being read: the ranges of its lines and its text.
    let mut block: Option<(Vec<Range<usize>>, String)> = None;
    let mut in_code_block = false;
    for (event, range) in parser(markdown).into_offset_iter() {
        if let Some((_, depth, text)) = &mut unsafe_link {
            match event {
                Event::Start(_) => *depth += 1,
                Event::End(_) if *depth > 0 => *depth -= 1,
                Event::End(_) => {
                    if let Some((range, _, text)) = unsafe_link.take() {
                        edits.push((range, escape_markdown(&text)));
                    }
                }
                Event::Text(t) | Event::Code(t) => text.push_str(&t),
                _ => {}
            }
            continue;
        }
        match event {
            // A link to another topic goes to its Markdown file beside this one.
            Event::Start(Tag::Link { dest_url, .. })
                if crate::link::TopicLink::parse(&dest_url).is_some() =>
            {
                if let Some(link) = crate::link::TopicLink::parse(&dest_url)
                    && let Some(text) = markdown.get(range.clone())
                    && let Some(at) = text.rfind(dest_url.as_ref())
                {
                    let start = range.start + at;
                    edits.push((start..start + dest_url.len(), link.href("md")));
                }
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if !safe_url(&dest_url) =>
            {
                unsafe_link = Some((range, 0, String::new()));
            }
            Event::Start(Tag::HtmlBlock) => block = Some((Vec::new(), String::new())),
            Event::Html(raw) if block.is_some() => {
                if let Some((ranges, text)) = &mut block {
                    ranges.push(range);
                    text.push_str(&raw);
                }
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Some((ranges, text)) = block.take() {
                    // One line, so that it stays inside its list item or quote.
                    let clean = sanitize(&text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let mut ranges = ranges.into_iter();
                    if let Some(first) = ranges.next() {
                        let end = if markdown[first.clone()].ends_with('\n') {
                            "\n"
                        } else {
                            ""
                        };
                        edits.push((first, format!("{clean}{end}")));
                    }
                    edits.extend(ranges.map(|r| (r, String::new())));
                }
            }
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            // Text that merely looks like a tag to CommonMark (`<a/href=…>`) is
            // one to a browser, and to hosts that render Markdown loosely:
            // every `<` of running text is written as an entity.
            Event::Text(_) if !in_code_block && markdown[range.clone()].contains('<') => {
                // pulldown-cmark starts the text of `\<` at the `<`.
                let after_backslash = markdown[..range.start].ends_with('\\');
                edits.push((range.clone(), entity_lt(&markdown[range], after_backslash)));
            }
            Event::Html(raw) => edits.push((range, sanitize(&raw))),
            Event::InlineHtml(raw) => {
                let replacement = match inline_html(CowStr::from(raw.to_string())) {
                    Event::InlineHtml(tag) => tag.to_string(),
                    _ => raw.replace('<', "&lt;"),
                };
                edits.push((range, replacement));
            }
            _ => {}
        }
    }
    edits
}

/// `source` with each `<` that is not backslash-escaped written as `&lt;`.
fn entity_lt(source: &str, after_backslash: bool) -> String {
    let mut out = String::with_capacity(source.len());
    let mut escaped = after_backslash;
    for c in source.chars() {
        if c == '<' && !escaped {
            out.push_str("&lt;");
        } else {
            out.push(c);
        }
        escaped = c == '\\' && !escaped;
    }
    out
}

/// Emphasis that our parser (with the CJK amendment) and a standard parser
/// read differently, rewritten so that both read what ours reads.
fn emphasis_edits(markdown: &str) -> Vec<Edit> {
    let spans = |events: Vec<(Event, Range<usize>)>| -> Vec<(Range<usize>, bool)> {
        events
            .into_iter()
            .filter_map(|(e, r)| match e {
                Event::Start(Tag::Strong) => Some((r, true)),
                Event::Start(Tag::Emphasis) => Some((r, false)),
                _ => None,
            })
            .collect()
    };
    let ours = spans(parser(markdown).into_offset_iter().collect());
    let standard = spans(standard_parser(markdown).into_offset_iter().collect());
    let (ours_set, standard_set): (HashSet<_>, HashSet<_>) = (
        ours.iter().cloned().collect(),
        standard.iter().cloned().collect(),
    );
    let mut edits = Vec::new();
    let delimiters = |r: &Range<usize>, n: usize| {
        r.end >= r.start + 2 * n
            && markdown[r.start..r.start + n]
                .bytes()
                .all(|b| b == b'*' || b == b'_')
            && markdown[r.end - n..r.end]
                .bytes()
                .all(|b| b == b'*' || b == b'_')
    };
    for (range, strong) in &ours {
        let n = if *strong { 2 } else { 1 };
        if standard_set.contains(&(range.clone(), *strong)) || !delimiters(range, n) {
            continue;
        }
        let tag = if *strong { "strong" } else { "em" };
        edits.push((range.start..range.start + n, format!("<{tag}>")));
        edits.push((range.end - n..range.end, format!("</{tag}>")));
    }
    for (range, strong) in &standard {
        let n = if *strong { 2 } else { 1 };
        if ours_set.contains(&(range.clone(), *strong)) || !delimiters(range, n) {
            continue;
        }
        for r in [range.start..range.start + n, range.end - n..range.end] {
            let escaped: String = markdown[r.clone()]
                .chars()
                .flat_map(|c| ['\\', c])
                .collect();
            edits.push((r, escaped));
        }
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::{portable, without_blanked_runs};

    #[test]
    fn a_cut_sections_blanked_lines_leave_one_empty_line_and_code_keeps_its_own() {
        let cut = "# Title\n      \n\n   \n## Part {#part}\n\nText.\n\n```\n\n\n```\n   \n\n";
        assert_eq!(
            without_blanked_runs(cut),
            "# Title\n\n## Part {#part}\n\nText.\n\n```\n\n\n```\n"
        );
        let whole = "# Title\n\n\nText.\n";
        assert_eq!(without_blanked_runs(whole), whole);
    }

    #[test]
    fn cjk_emphasis_becomes_html_for_standard_parsers() {
        assert_eq!(
            portable("核取方塊**「勾選」**預設為已選取。\n"),
            "核取方塊<strong>「勾選」</strong>預設為已選取。\n"
        );
        assert_eq!(
            portable("Click **Finish** now.\n"),
            "Click **Finish** now.\n"
        );
    }

    #[test]
    fn scripts_handlers_and_script_links_are_neutralized() {
        let out = portable(
            "a <span onclick=\"x()\">b</span> [c](javascript:alert(1)) <b>d</b>\n\n<div onmouseover=\"x()\">e<script>f()</script></div>\n\n![i](data:image/png;base64,AA) [ok](https://example.org)\n",
        );
        assert!(
            !out.contains("onclick") || out.contains("&lt;span onclick"),
            "{out}"
        );
        assert!(
            !out.contains("javascript:alert") || !out.contains("](javascript"),
            "{out}"
        );
        assert!(
            !out.contains("<script") && !out.contains("onmouseover"),
            "{out}"
        );
        assert!(!out.contains("](data:"), "{out}");
        assert!(
            out.contains("<b>d</b>") && out.contains("[ok](https://example.org)"),
            "{out}"
        );
    }
}
