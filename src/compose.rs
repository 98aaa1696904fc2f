//! Fills a topic template from Fluent messages: one localized Markdown document,
//! with a record of which blocks fell back to English.

use std::ops::Range;

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::error::{Diagnostic, Location, Message};
use crate::localization::{Formatted, Localizer};
use crate::source::Source;
use crate::topic::{Piece, Topic};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanKind {
    /// A block shown in English because the locale lacks its message.
    Fallback,
    /// A block shown in English because the locale's message cannot be
    /// formatted (an unknown reference, a cycle, too many placeables...).
    Broken,
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
    /// Messages shown in English although the page is in another locale, each
    /// once, in the order the page uses them: slots, the title and description,
    /// and the UI labels a format puts on the page.
    pub fallbacks: Vec<Fallback>,
    /// Slots that no locale of the chain fills.
    pub unfilled: Vec<String>,
    /// Messages some locale of the chain has but cannot format, with the
    /// resolver's errors: each (message, locale) once.
    pub failures: Vec<Failure>,
    /// Per template line and per filled slot, in order; slot ranges lie inside
    /// their line's range.
    pub origins: Vec<Origin>,
    /// The titles of the topics the page links to (`topic:` links, see
    /// [`crate::link`]), in the page's language, by topic id: filled by
    /// `Docwiz::page`; the terminal names the topic after the link's text.
    pub link_titles: std::collections::BTreeMap<String, String>,
}

/// Why a message is shown in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FallbackReason {
    /// The locale has no such message: not translated yet.
    Missing,
    /// The locale has it, but it cannot be formatted (see [`Page::failures`]).
    Error,
}

/// A message of the page shown in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    pub id: String,
    pub reason: FallbackReason,
}

/// A message that a locale has but cannot format.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub id: String,
    pub locale: LanguageIdentifier,
    /// Whether the page shows English instead (false when the failing locale
    /// is the last of the chain, whose text is shown with its errors).
    pub fell_back: bool,
    pub errors: Vec<Message>,
}

impl Failure {
    /// One warning per resolver error, at the message's definition in the
    /// topic's file or `ui.ftl` of the failing locale (the page still renders:
    /// exit codes do not change).
    pub fn diagnostics(&self, source: &Source, topic: &str) -> Vec<Diagnostic> {
        let files = [
            format!("locales/{}/topics/{topic}.ftl", self.locale),
            format!("locales/{}/ui.ftl", self.locale),
        ];
        let location = files.iter().find_map(|rel| locate(source, rel, &self.id));
        let id = if self.fell_back {
            "format-fallback"
        } else {
            "format-broken"
        };
        self.errors
            .iter()
            .map(|error| {
                Diagnostic::warning(
                    location.clone(),
                    Message::new(id)
                        .arg("id", self.id.as_str())
                        .arg("locale", self.locale.to_string())
                        .arg("reason", error.clone()),
                )
            })
            .collect()
    }
}

/// The line that defines message `id` in the `.ftl` file `rel`, if it does.
fn locate(source: &Source, rel: &str, id: &str) -> Option<Location> {
    let text = source.read(rel).ok()??;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = line.trim_start_matches('\u{feff}');
        if let Some(rest) = line_start.strip_prefix(id)
            && rest.trim_start_matches([' ', '\t']).starts_with('=')
        {
            let at = offset + (line.len() - line_start.len());
            return Some(Location::at(&source.display(rel), &text, at));
        }
        offset += line.len();
    }
    None
}

impl Page {
    /// Keeps only the page's first heading (its title) and the section under
    /// the heading whose id is `anchor`, up to the next heading of the same
    /// or a higher level: what `help TOPIC#ANCHOR` shows. The rest is blanked
    /// (byte lengths kept, so every range of the page stays right). `false`
    /// (and the page unchanged) when no heading has that id.
    pub fn keep_section(&mut self, anchor: &str) -> bool {
        use pulldown_cmark::{Event, Tag};
        let mut headings = Vec::new();
        for (event, range) in crate::render::parser(&self.markdown).into_offset_iter() {
            if let Event::Start(Tag::Heading { level, id, .. }) = event {
                headings.push((level, id.map(|i| i.to_string()), range.start));
            }
        }
        let Some(at) = headings
            .iter()
            .position(|(_, id, _)| id.as_deref() == Some(anchor))
        else {
            return false;
        };
        let (level, _, start) = headings[at];
        let end = headings[at + 1..]
            .iter()
            .find(|(l, _, _)| *l <= level)
            .map_or(self.markdown.len(), |(_, _, s)| *s);
        // The title stays: the reader sees which topic the section is of.
        let title_end = match headings.first() {
            Some((_, _, s)) if at > 0 => self.markdown[*s..]
                .find('\n')
                .map_or(self.markdown.len(), |i| s + i + 1)
                .min(start),
            _ => 0,
        };
        blank(&mut self.markdown, title_end..start);
        let len = self.markdown.len();
        blank(&mut self.markdown, end..len);
        true
    }

    /// The ids of the messages shown in English.
    pub fn fallback_ids(&self) -> Vec<String> {
        self.fallbacks.iter().map(|f| f.id.clone()).collect()
    }

    /// Records what formatting `id` gave: a fallback (each message once) and
    /// the errors met.
    pub fn record(&mut self, id: &str, formatted: &Formatted) {
        for failure in &formatted.failures {
            let locale = &failure.locale;
            if !self
                .failures
                .iter()
                .any(|f| f.id == id && f.locale == *locale)
            {
                self.failures.push(Failure {
                    id: id.to_string(),
                    locale: locale.clone(),
                    fell_back: failure.index < formatted.locale,
                    errors: failure.errors.clone(),
                });
            }
        }
        if formatted.is_fallback() && !self.fallbacks.iter().any(|f| f.id == id) {
            self.fallbacks.push(Fallback {
                id: id.to_string(),
                reason: if formatted.fell_back_on_error() {
                    FallbackReason::Error
                } else {
                    FallbackReason::Missing
                },
            });
        }
    }

    /// Records the fallbacks of UI labels (from `ui.ftl`) that a format puts
    /// on the page, such as alert titles.
    pub fn record_labels(&mut self, l10n: &Localizer, ids: &[&str]) {
        for id in ids {
            self.record_label(l10n, id, None);
        }
    }

    /// `record_labels` for one label formatted with `args`.
    pub fn record_label(&mut self, l10n: &Localizer, id: &str, args: Option<&FluentArgs>) {
        if let Some(formatted) = l10n.format(id, args) {
            self.record(id, &formatted);
        }
    }

    /// The alert label messages (`alert-note`...) of the GFM alerts on the page,
    /// each once: only quotes the parser reads as alerts (`> [!NOTE] text` is
    /// not one). Call it after [`crate::markdown_check::check_page`], which
    /// keeps nesting too deep for the parser off the page.
    pub fn alert_labels(&self) -> Vec<&'static str> {
        use pulldown_cmark::{BlockQuoteKind, Event, Tag};
        let mut out = Vec::new();
        for event in crate::render::parser(&self.markdown) {
            let Event::Start(Tag::BlockQuote(Some(kind))) = event else {
                continue;
            };
            let id = match kind {
                BlockQuoteKind::Note => "alert-note",
                BlockQuoteKind::Tip => "alert-tip",
                BlockQuoteKind::Important => "alert-important",
                BlockQuoteKind::Warning => "alert-warning",
                BlockQuoteKind::Caution => "alert-caution",
            };
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }

    /// Records the fallbacks of the alert labels, for a format that shows them
    /// (HTML and the terminal title each alert with its label; Markdown and
    /// DocFX keep `> [!NOTE]` and leave the title to the host).
    pub fn record_alert_labels(&mut self, l10n: &Localizer) {
        let labels = self.alert_labels();
        self.record_labels(l10n, &labels);
    }
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
        description: None,
        f1: topic.front.f1.clone(),
        markdown: String::new(),
        spans: Vec::new(),
        fallbacks: Vec::new(),
        unfilled: Vec::new(),
        failures: Vec::new(),
        origins: Vec::new(),
        link_titles: Default::default(),
    };
    page.title = match l10n.format("title", args) {
        Some(f) => {
            page.record("title", &f);
            f.text
        }
        None => topic.front.id.clone(),
    };
    // The front matter's description is read by the Markdown, HTML and DocFX
    // formats: its fallback counts like a block's.
    page.description = l10n.format("description", args).map(|f| {
        page.record("description", &f);
        f.text
    });
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
        let mut any_broken = false;
        let mut english = String::new();
        let in_code = slots_in_code(&line.pieces);
        for (index, piece) in line.pieces.iter().enumerate() {
            match piece {
                Piece::Text(text) => page.markdown.push_str(text),
                Piece::Live { .. } => {}
                Piece::Slot { id, .. } => match l10n.format(id, args) {
                    Some(formatted) => {
                        page.record(id, &formatted);
                        let locale = formatted.locale;
                        if locale > 0 {
                            any_fallback = true;
                            any_broken |= formatted.fell_back_on_error();
                        } else if options.side_by_side
                            && translated
                            && let Some(source) = l10n.format_in_source(id, args)
                        {
                            english.push_str(&source);
                        }
                        let at = page.markdown.len();
                        page.markdown
                            .push_str(&kind.continue_lines(prefix, &formatted.text));
                        page.origins.push(Origin {
                            range: at..page.markdown.len(),
                            line: line.number,
                            message: l10n.locale_at(locale).map(|l| (id.clone(), l.clone())),
                        });
                    }
                    None => {
                        page.unfilled.push(id.clone());
                        // Inside a code span, backslashes would show: the
                        // span already shows the braces literally.
                        if in_code.get(index).copied().unwrap_or(false) {
                            page.markdown.push_str(&format!("{{{{ {id} }}}}"));
                        } else {
                            page.markdown.push_str(&format!("\\{{\\{{ {id} \\}}\\}}"));
                        }
                    }
                },
            }
        }
        if any_fallback {
            page.spans.push(Span {
                range: start..page.markdown.len(),
                kind: if any_broken {
                    SpanKind::Broken
                } else {
                    SpanKind::Fallback
                },
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
    // Alert labels depend on the format: see `Page::record_alert_labels`.
    if options.side_by_side && translated {
        page.record_labels(l10n, &["help-source-label"]);
    }
    // The badges and the note that the HTML and terminal formats put on
    // blocks shown in English (see `render::Labels`).
    for (kind, badge, note) in [
        (
            SpanKind::Fallback,
            "help-fallback-badge",
            "help-fallback-note",
        ),
        (SpanKind::Broken, "help-broken-badge", "help-broken-note"),
    ] {
        let count = page.spans.iter().filter(|s| s.kind == kind).count();
        if count > 0 {
            page.record_label(l10n, badge, None);
            let mut args = FluentArgs::new();
            args.set("count", count);
            page.record_label(l10n, note, Some(&args));
        }
    }
    page
}

/// For each piece of a template line, whether it is a slot inside a code span
/// (CommonMark 6.1: a backtick run opens a span closed by the next run of the
/// same length; a run without one is literal; a backslash does not escape
/// inside a span). A slot's message text is put in the span as it is, which
/// shows it literally as code: Markdown in it is not rendered, and it should
/// not hold a backtick run as long as the span's fence, which would end the span.
fn slots_in_code(pieces: &[Piece]) -> Vec<bool> {
    // The line's text, each slot one placeholder byte.
    let mut text = Vec::new();
    let mut at = Vec::with_capacity(pieces.len());
    for piece in pieces {
        at.push(text.len());
        match piece {
            Piece::Text(t) => text.extend_from_slice(t.as_bytes()),
            _ => text.push(b'x'),
        }
    }
    // Backtick runs: start and length, and per length the starts in order,
    // so that finding each opener's closer stays O(log n).
    let mut runs = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'`' {
            let n = text[i..].iter().take_while(|b| **b == b'`').count();
            runs.push((i, n));
            i += n;
        } else {
            i += 1;
        }
    }
    let mut by_len: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for (index, &(_, n)) in runs.iter().enumerate() {
        by_len.entry(n).or_default().push(index);
    }
    let mut spans = Vec::new();
    let mut r = 0;
    while r < runs.len() {
        let (start, n) = runs[r];
        let escaped = text[..start]
            .iter()
            .rev()
            .take_while(|b| **b == b'\\')
            .count()
            % 2
            == 1;
        let (start, n) = if escaped {
            (start + 1, n - 1)
        } else {
            (start, n)
        };
        let closer = by_len.get(&n).and_then(|list| {
            let next = list.partition_point(|&x| x <= r);
            list.get(next).copied()
        });
        match closer {
            Some(c) if n > 0 => {
                spans.push(start + n..runs[c].0);
                r = c + 1;
            }
            _ => r += 1,
        }
    }
    pieces
        .iter()
        .zip(at)
        .map(|(piece, at)| {
            matches!(piece, Piece::Slot { .. }) && spans.iter().any(|s| s.contains(&at))
        })
        .collect()
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

/// Replaces every character of `range` but line breaks by spaces: lines that
/// render as nothing, with the byte length kept.
pub(crate) fn blank(markdown: &mut String, range: Range<usize>) {
    let Some(text) = markdown.get(range.clone()) else {
        return;
    };
    let blanked: String = text
        .bytes()
        .map(|b| if b == b'\n' { '\n' } else { ' ' })
        .collect();
    markdown.replace_range(range, &blanked);
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
