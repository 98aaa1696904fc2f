//! HTML output: a complete page. Translations can carry markup, so it is
//! sanitized where it enters, in the event stream: raw HTML blocks go through
//! ammonia, inline tags must be on a short allowlist, and link targets must use a
//! safe scheme.

use askama::Template;
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::{Labels, alert_class, parser, span_kind};
use crate::compose::{Page, SpanKind};

#[derive(Template)]
#[template(
    ext = "html",
    source = r#"<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
{% if let Some(description) = description %}<meta name="description" content="{{ description }}">
{% endif %}<meta name="docwiz:topic" content="{{ id }}">
<meta name="docwiz:f1" content="{{ f1 }}">
<style>
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #5c5c5c; --rule: #d0d0d0;
  --important-bg: #f3ecfc; --important-fg: #5b2a9e; --note-bg: #e8f1fb; --note-fg: #0b5394;
  --warning-bg: #fdf3e1; --warning-fg: #8a5300; --caution-bg: #fdeaea; --caution-fg: #a4262c;
  --tip-bg: #e9f6ec; --tip-fg: #1e6b34; --code-bg: #f2f2f2; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e6e6; --bg: #171717; --muted: #a8a8a8; --rule: #3a3a3a;
    --important-bg: #2c2238; --important-fg: #c9a7f5; --note-bg: #1c2a3a; --note-fg: #8cc2ff;
    --warning-bg: #33290f; --warning-fg: #f0c36b; --caution-bg: #3a1f21; --caution-fg: #ff9a9f;
    --tip-bg: #1b3023; --tip-fg: #8fd6a4; --code-bg: #262626; }
}
body { font: 16px/1.6 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
code { background: var(--code-bg); padding: 0 .25em; border-radius: 3px; }
.alert { border-left: 4px solid; border-radius: 4px; padding: .5rem 1rem; margin: 1rem 0; }
.alert-title { font-weight: 600; margin: 0 0 .25rem; }
.alert-important { background: var(--important-bg); border-color: var(--important-fg); }
.alert-important .alert-title { color: var(--important-fg); }
.alert-note { background: var(--note-bg); border-color: var(--note-fg); }
.alert-note .alert-title { color: var(--note-fg); }
.alert-warning { background: var(--warning-bg); border-color: var(--warning-fg); }
.alert-warning .alert-title { color: var(--warning-fg); }
.alert-caution { background: var(--caution-bg); border-color: var(--caution-fg); }
.alert-caution .alert-title { color: var(--caution-fg); }
.alert-tip { background: var(--tip-bg); border-color: var(--tip-fg); }
.alert-tip .alert-title { color: var(--tip-fg); }
.fallback-badge { font-size: .75em; color: var(--muted); border: 1px solid var(--rule); border-radius: 3px; padding: 0 .3em; margin-right: .4em; }
.source { color: var(--muted); }
.fallback-note { color: var(--muted); border-top: 1px solid var(--rule); padding-top: .5rem; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; color: #000; background: #fff; }
  .alert { break-inside: avoid; border-color: #000; background: none; }
  .fallback-badge { border-color: #000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; }
}
</style>
</head>
<body>
<main>
{{ body|safe }}
</main>
{% if !fallback_note.is_empty() %}<footer class="fallback-note">{{ fallback_note }}</footer>
{% endif %}</body>
</html>
"#
)]
struct Shell<'a> {
    lang: &'a str,
    id: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    f1: &'a str,
    body: &'a str,
    fallback_note: &'a str,
}

pub fn render(page: &Page, labels: &Labels) -> String {
    let lang = page.locale.to_string();
    let body = body(page, labels);
    Shell {
        lang: &lang,
        id: &page.id,
        title: &page.title,
        description: page.description.as_deref(),
        f1: &page.f1.join(", "),
        body: &body,
        fallback_note: &labels.fallback_note,
    }
    .render()
    .unwrap_or_default()
}

/// The page's content as sanitized HTML.
pub fn body(page: &Page, labels: &Labels) -> String {
    let lang = page.locale.to_string();
    let mut events: Vec<Event> = Vec::new();
    // For each open tag: the closing HTML to emit instead of its End event.
    let mut closers: Vec<Option<String>> = Vec::new();
    let mut html_block: Option<String> = None;
    for (event, range) in parser(&page.markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) => html_block = Some(String::new()),
            Event::End(TagEnd::HtmlBlock) => {
                let raw = html_block.take().unwrap_or_default();
                events.push(Event::Html(CowStr::from(ammonia::clean(&raw))));
            }
            Event::Html(raw) if html_block.is_some() => {
                if let Some(block) = &mut html_block {
                    block.push_str(&raw);
                }
            }
            Event::Html(raw) => events.push(Event::Html(CowStr::from(ammonia::clean(&raw)))),
            Event::InlineHtml(raw) => events.push(inline_html(raw)),
            Event::Start(tag) => {
                let marked = span_kind(page, range.start);
                let (replacement, closer) = start(tag, marked, labels, &lang);
                events.extend(replacement);
                closers.push(closer);
            }
            Event::End(end) => match closers.pop().flatten() {
                Some(html) if html.is_empty() => {}
                Some(html) => events.push(Event::Html(CowStr::from(html))),
                None => events.push(Event::End(end)),
            },
            other => events.push(other),
        }
    }
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
}

fn attributes(marked: Option<SpanKind>) -> &'static str {
    match marked {
        Some(SpanKind::Fallback) => r#" lang="en" class="fallback""#,
        Some(SpanKind::Source) => r#" lang="en" class="source""#,
        None => "",
    }
}

/// What to emit for a start tag, and what to emit for its end if not the default.
fn start<'a>(
    tag: Tag<'a>,
    marked: Option<SpanKind>,
    labels: &Labels,
    lang: &str,
) -> (Vec<Event<'a>>, Option<String>) {
    let badge = |marked: Option<SpanKind>| match marked {
        Some(SpanKind::Fallback) => format!(
            r#"<span class="fallback-badge" lang="{}">{}</span>"#,
            escape(lang),
            escape(&labels.fallback_badge)
        ),
        _ => String::new(),
    };
    match tag {
        Tag::Paragraph if marked.is_some() => (
            vec![Event::Html(format!("<p{}>{}", attributes(marked), badge(marked)).into())],
            Some("</p>\n".into()),
        ),
        Tag::Item if marked.is_some() => (
            vec![Event::Html(format!("<li{}>{}", attributes(marked), badge(marked)).into())],
            Some("</li>\n".into()),
        ),
        Tag::Heading { level, id, .. } if marked.is_some() => {
            let id = id.map(|id| format!(r#" id="{}""#, escape(&id))).unwrap_or_default();
            (
                vec![Event::Html(format!("<{level}{id}{}>{}", attributes(marked), badge(marked)).into())],
                Some(format!("</{level}>\n")),
            )
        }
        Tag::BlockQuote(Some(kind)) => (
            vec![Event::Html(
                format!(
                    "<div class=\"alert alert-{}\" role=\"note\">\n<p class=\"alert-title\">{}</p>\n",
                    alert_class(kind),
                    escape(labels.alert(kind))
                )
                .into(),
            )],
            Some("</div>\n".into()),
        ),
        // An unsafe link keeps its text; the empty closer drops its end.
        Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } if !safe_url(&dest_url) => {
            (Vec::new(), Some(String::new()))
        }
        other => (vec![Event::Start(other)], None),
    }
}

/// Inline tags a translation may use, without attributes.
const INLINE_TAGS: &[&str] = &[
    "b", "strong", "i", "em", "code", "kbd", "sub", "sup", "br", "small", "mark", "s", "u",
];

fn inline_html(raw: CowStr) -> Event {
    let inner = raw.trim();
    let name = inner
        .strip_prefix("</")
        .or_else(|| inner.strip_prefix('<'))
        .and_then(|s| s.strip_suffix("/>").or_else(|| s.strip_suffix('>')))
        .map(|s| s.trim().to_ascii_lowercase());
    match name {
        Some(name) if INLINE_TAGS.contains(&name.as_str()) => {
            let closing = inner.starts_with("</");
            Event::InlineHtml(CowStr::from(if closing {
                format!("</{name}>")
            } else {
                format!("<{name}>")
            }))
        }
        _ => Event::Text(raw),
    }
}

/// Relative links and http, https and mailto only. Browsers ignore tabs and
/// newlines in a scheme, so they are removed before looking at it.
pub fn safe_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect();
    let lower = cleaned.to_ascii_lowercase();
    match lower.find(':') {
        None => true,
        Some(colon) if lower[..colon].contains(['/', '?', '#']) => true,
        Some(colon) => matches!(&lower[..colon], "http" | "https" | "mailto"),
    }
}

fn escape(text: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::safe_url;

    #[test]
    fn script_urls_are_unsafe_whatever_their_spelling() {
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url("JaVa\tScript:alert(1)"));
        assert!(!safe_url("data:text/html,x"));
        assert!(safe_url("https://example.org/a"));
        assert!(safe_url("../fr/topic.html#x"));
        assert!(safe_url("#anchor"));
    }
}
