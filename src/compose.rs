//! Fills a topic template from Fluent messages: one localized Markdown document,
//! with a record of which blocks fell back to English.

use std::ops::Range;

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::error::Message;
use crate::localization::{Formatted, Localizer};
use crate::topic::{Piece, Topic};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanKind {
    /// A block shown in English because the locale lacks its message.
    Fallback,
    /// The English source of the block before it (`--side-by-side`).
    Source,
}

/// A byte range of the composed Markdown holding one block of a special kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    pub kind: SpanKind,
}

/// Where a byte range of the composed Markdown comes from, so that a problem
/// found in it can be reported at the template's or the translation's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    pub range: Range<usize>,
    /// 1-based line of the topic template.
    pub line: usize,
    /// For the text of a slot: the message id and the locale that gave it.
    pub message: Option<(String, LanguageIdentifier)>,
}

/// A composed page: Markdown plus what renderers need to know about it.
#[derive(Debug, Clone)]
pub struct Page {
    pub id: String,
    pub locale: LanguageIdentifier,
    pub title: String,
    pub description: Option<String>,
    pub f1: Vec<String>,
    pub markdown: String,
    pub spans: Vec<Span>,
    /// Messages shown in English although the page is in another locale.
    pub fallbacks: Vec<String>,
    /// Slots that no locale of the chain fills.
    pub unfilled: Vec<String>,
    /// Per template line and per filled slot, in order; slot ranges lie inside
    /// their line's range.
    pub origins: Vec<Origin>,
}

/// Fills `{{ live: name }}` slots with Markdown, in the page's language;
/// `None` leaves the slot out.
pub type LiveFill<'a> = &'a (dyn Fn(&str, &Localizer) -> Option<String> + Sync);

pub struct Options<'a> {
    pub side_by_side: bool,
    /// Variables for the page's messages; values must already be Markdown-escaped.
    pub args: Option<&'a FluentArgs<'a>>,
    pub live: Option<LiveFill<'a>>,
}

pub fn compose(topic: &Topic, l10n: &Localizer, options: &Options) -> Page {
    let args = options.args;
    let mut page = Page {
        id: topic.front.id.clone(),
        locale: l10n.locale().clone(),
        title: String::new(),
        description: l10n.format("description", args).map(|f| f.text),
        f1: topic.front.f1.clone(),
        markdown: String::new(),
        spans: Vec::new(),
        fallbacks: Vec::new(),
        unfilled: Vec::new(),
        origins: Vec::new(),
    };
    page.title = match l10n.format("title", args) {
        Some(f) => {
            if f.is_fallback() {
                page.fallbacks.push("title".into());
            }
            f.text
        }
        None => topic.front.id.clone(),
    };
    let source_label = l10n.text(&Message::new("help-source-label"));
    let translated = l10n.locale().language.as_str() != crate::language::SOURCE;

    for line in &topic.lines {
        if let Some(name) = line.pieces.iter().find_map(|p| match p {
            Piece::Live { name } => Some(name),
            _ => None,
        }) {
            if let Some(fill) = options.live.and_then(|live| live(name, l10n)) {
                let start = page.markdown.len();
                page.markdown.push_str(fill.trim_end());
                page.markdown.push('\n');
                page.origins.push(Origin {
                    range: start..page.markdown.len(),
                    line: line.number,
                    message: None,
                });
            }
            continue;
        }
        let start = page.markdown.len();
        let prefix = match line.pieces.first() {
            Some(Piece::Text(t)) => t.as_str(),
            _ => "",
        };
        let kind = BlockKind::of(prefix);
        let mut any_fallback = false;
        let mut english = String::new();
        for piece in &line.pieces {
            match piece {
                Piece::Text(text) => page.markdown.push_str(text),
                Piece::Live { .. } => {}
                Piece::Slot { id, .. } => match l10n.format(id, args) {
                    Some(Formatted { text, locale }) => {
                        if locale > 0 {
                            any_fallback = true;
                            page.fallbacks.push(id.clone());
                        } else if options.side_by_side
                            && translated
                            && let Some(source) = l10n.format_in_source(id, args)
                        {
                            english.push_str(&source);
                        }
                        let at = page.markdown.len();
                        page.markdown.push_str(&kind.continue_lines(prefix, &text));
                        page.origins.push(Origin {
                            range: at..page.markdown.len(),
                            line: line.number,
                            message: l10n.locale_at(locale).map(|l| (id.clone(), l.clone())),
                        });
                    }
                    None => {
                        page.unfilled.push(id.clone());
                        page.markdown.push_str(&format!("\\{{\\{{ {id} \\}}\\}}"));
                    }
                },
            }
        }
        if any_fallback {
            page.spans.push(Span {
                range: start..page.markdown.len(),
                kind: SpanKind::Fallback,
            });
        }
        if !english.is_empty() {
            push_source(&mut page, kind, prefix, &source_label, &english);
        }
        page.origins.push(Origin {
            range: start..page.markdown.len(),
            line: line.number,
            message: None,
        });
        page.markdown.push('\n');
    }
    page
}

/// Appends the English source of the block just written, as a sibling block.
fn push_source(page: &mut Page, kind: BlockKind, prefix: &str, label: &str, english: &str) {
    let (lead, inner) = match kind {
        BlockKind::Heading | BlockKind::Paragraph => ("\n\n".to_string(), String::new()),
        BlockKind::Quote => {
            let q = kind.continuation(prefix);
            (format!("\n{}\n", q.trim_end()), q)
        }
        BlockKind::ListItem => ("\n\n".to_string(), kind.continuation(prefix)),
    };
    page.markdown.push_str(&lead);
    let start = page.markdown.len();
    page.markdown.push_str(&inner);
    let body = format!("*{label}* {english}");
    let continued = match kind {
        BlockKind::Heading => body.replace('\n', " "),
        _ => body.replace('\n', &format!("\n{}", kind.continuation(prefix))),
    };
    page.markdown.push_str(&continued);
    page.spans.push(Span {
        range: start..page.markdown.len(),
        kind: SpanKind::Source,
    });
}

/// The Markdown block a template line opens, judged by the text before its slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Heading,
    ListItem,
    Quote,
    Paragraph,
}

impl BlockKind {
    fn of(prefix: &str) -> BlockKind {
        let trimmed = prefix.trim_start();
        if trimmed.starts_with('#') {
            BlockKind::Heading
        } else if trimmed.starts_with('>') {
            BlockKind::Quote
        } else if ["- ", "* ", "+ "].iter().any(|m| trimmed.starts_with(m))
            || trimmed
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        }
    }

    /// What a continuation line of this block starts with.
    fn continuation(self, prefix: &str) -> String {
        match self {
            BlockKind::Quote => {
                let end = prefix.rfind('>').map_or(0, |i| i + 1);
                format!("{} ", &prefix[..end])
            }
            BlockKind::ListItem => " ".repeat(prefix.chars().count()),
            BlockKind::Heading | BlockKind::Paragraph => String::new(),
        }
    }

    /// A message spanning several lines, made to stay inside this block.
    fn continue_lines(self, prefix: &str, text: &str) -> String {
        if !text.contains('\n') {
            return text.to_string();
        }
        match self {
            BlockKind::Heading => text.replace('\n', " "),
            _ => text.replace('\n', &format!("\n{}", self.continuation(prefix))),
        }
    }
}

/// Escapes text so that Markdown shows it literally inside a line (values are
/// never placed at the start of a line, where `#`, `-` or `1.` would matter).
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A code span holding `text` exactly, whatever backticks it contains.
pub fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_survive_backticks() {
        assert_eq!(code_span("docwiz"), "`docwiz`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
    }

    #[test]
    fn markdown_specials_are_escaped() {
        assert_eq!(
            escape_markdown("CN=a_b*c, O=<x>"),
            "CN=a\\_b\\*c, O=\\<x\\>"
        );
    }
}
