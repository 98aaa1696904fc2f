//! HTML output: a complete page. Translations can carry markup, so it is
//! sanitized where it enters, in the event stream: raw HTML blocks go through
//! ammonia, inline tags must be on a short allowlist, and link targets must use a
//! safe scheme.

use askama::Template;
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::{Labels, alert_class, parser, span_kind};
use crate::compose::{Page, SpanKind};

/// Light and dark styles, alerts, fallback marks, print rules.
pub const STYLE: &str = include_str!("style.css");

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
{{ css|safe }}</style>
</head>
<body>
<main>
{{ body|safe }}
</main>
{% if !fallback_note.is_empty() %}<footer class="fallback-note" lang="{{ fallback_note_lang }}">{{ fallback_note }}</footer>
{% endif %}</body>
</html>
"#
)]
struct Shell<'a> {
    css: &'a str,
    lang: &'a str,
    id: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    f1: &'a str,
    body: &'a str,
    fallback_note: &'a str,
    fallback_note_lang: &'a str,
}

pub fn render(page: &Page, labels: &Labels) -> String {
    let lang = page.locale.to_string();
    let body = body(page, labels);
    Shell {
        css: STYLE,
        lang: &lang,
        id: &page.id,
        title: &page.title,
        description: page.description.as_deref(),
        f1: &page.f1.join(", "),
        body: &body,
        fallback_note: &labels.fallback_note,
        fallback_note_lang: &labels.fallback_note_lang,
    }
    .render()
    .unwrap_or_default()
}

/// The page's content as sanitized HTML.
pub fn body(page: &Page, labels: &Labels) -> String {
    let mut events: Vec<Event> = Vec::new();
    // For each open tag: the closing HTML to emit instead of its End event.
    let mut closers: Vec<Option<String>> = Vec::new();
    let mut html_block: Option<String> = None;
    for (event, range) in parser(&page.markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) => html_block = Some(String::new()),
            Event::End(TagEnd::HtmlBlock) => {
                let raw = html_block.take().unwrap_or_default();
                events.push(Event::Html(CowStr::from(sanitize(&raw))));
            }
            Event::Html(raw) if html_block.is_some() => {
                if let Some(block) = &mut html_block {
                    block.push_str(&raw);
                }
            }
            Event::Html(raw) => events.push(Event::Html(CowStr::from(sanitize(&raw)))),
            Event::InlineHtml(raw) => events.push(inline_html(raw)),
            Event::Start(tag) => {
                let marked = span_kind(page, range.start);
                let (replacement, closer) = start(tag, marked, labels);
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
        Some(SpanKind::Broken) => r#" lang="en" class="fallback broken""#,
        Some(SpanKind::Source) => r#" lang="en" class="source""#,
        None => "",
    }
}

/// What to emit for a start tag, and what to emit for its end if not the default.
fn start<'a>(
    tag: Tag<'a>,
    marked: Option<SpanKind>,
    labels: &Labels,
) -> (Vec<Event<'a>>, Option<String>) {
    let badge = |marked: Option<SpanKind>| match marked {
        Some(SpanKind::Fallback) => format!(
            r#"<span class="fallback-badge" lang="{}">{}</span>"#,
            escape(&labels.fallback_badge_lang),
            escape(&labels.fallback_badge)
        ),
        Some(SpanKind::Broken) => format!(
            r#"<span class="fallback-badge" lang="{}">{}</span>"#,
            escape(&labels.broken_badge_lang),
            escape(&labels.broken_badge)
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
        // Headings with an id get an anchor to link to them.
        Tag::Heading { level, id: Some(id), .. } => {
            let id = escape(&id);
            (
                vec![Event::Html(format!("<{level} id=\"{id}\"{}>{}", attributes(marked), badge(marked)).into())],
                Some(format!("<a class=\"anchor\" href=\"#{id}\" aria-hidden=\"true\">#</a></{level}>\n")),
            )
        }
        Tag::Heading { level, id: None, .. } if marked.is_some() => (
            vec![Event::Html(format!("<{level}{}>{}", attributes(marked), badge(marked)).into())],
            Some(format!("</{level}>\n")),
        ),
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
        // A link to another topic goes to its page in the same language directory.
        Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        } if crate::link::TopicLink::parse(&dest_url).is_some() => {
            let href = crate::link::TopicLink::parse(&dest_url)
                .map(|link| link.href("html"))
                .unwrap_or_default();
            (
                vec![Event::Start(Tag::Link {
                    link_type,
                    dest_url: href.into(),
                    title,
                    id,
                })],
                None,
            )
        }
        // An unsafe link keeps its text; the empty closer drops its end.
        Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } if !safe_url(&dest_url) => {
            (Vec::new(), Some(String::new()))
        }
        other => (vec![Event::Start(other)], None),
    }
}

/// HTML from a translation through ammonia's allowlist, without images (which
/// would load from elsewhere) and with the link schemes of `safe_url`.
pub(crate) fn sanitize(html: &str) -> String {
    static CLEANER: std::sync::OnceLock<ammonia::Builder<'static>> = std::sync::OnceLock::new();
    CLEANER
        .get_or_init(|| {
            let mut builder = ammonia::Builder::default();
            builder.rm_tags(["img"]);
            builder.url_schemes(["http", "https", "mailto"].into_iter().collect());
            builder
        })
        .clean(html)
        .to_string()
}

/// Inline tags a translation may use, without attributes.
pub(crate) const INLINE_TAGS: &[&str] = &[
    "b", "strong", "i", "em", "code", "kbd", "sub", "sup", "br", "small", "mark", "s", "u",
];

pub(crate) fn inline_html(raw: CowStr) -> Event {
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
