//! Terminal output: wrapped to the width, ANSI styling only for a terminal, alerts
//! as a labelled block.

use pulldown_cmark::{BlockQuoteKind, Event, HeadingLevel, Tag, TagEnd};

use super::{LINK_COMMAND, LINK_TITLE, Labels, parser, span_kind};
use crate::compose::{Page, SpanKind};
use crate::link::TopicLink;

/// A warning to highlight in program-made markdown (the main wizard page),
/// found by its text in each block when styling is on.
#[derive(Debug, Clone)]
pub struct Highlight {
    pub text: String,
    pub emphasis: crate::render::printed::Emphasis,
    pub reach: Reach,
}

/// How much of a block a [`Highlight`] paints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The text, wherever it occurs.
    Phrase,
    /// From the text to the end of the block (an explanation that follows it).
    Rest,
    /// The text only when it ends the block (a state after its request).
    Ending,
}

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

const BOLD: (&str, &str) = ("\x1b[1m", "\x1b[22m");
const ITALIC: (&str, &str) = ("\x1b[3m", "\x1b[23m");
const UNDERLINE: (&str, &str) = ("\x1b[4m", "\x1b[24m");
const CODE: (&str, &str) = ("\x1b[36m", "\x1b[39m");
const DIM: (&str, &str) = ("\x1b[2m", "\x1b[22m");
const ALERT: (&str, &str) = ("\x1b[1;35m", "\x1b[22;39m");

/// Where the text of a link to another topic starts and ends, while the
/// help view's rendering is wrapped: CSI sequences, which textwrap measures as
/// nothing, found and removed after wrapping (see [`render_with_links`]).
const LINK_START: &str = "\x1b[8001z";
const LINK_END: &str = "\x1b[8002z";
/// Where a heading with an id (`{#id}`) starts, found as [`LINK_START`] is.
const ANCHOR: &str = "\x1b[8003z";

/// Stand in for code spans while a block is wrapped: private-use characters,
/// which never occur in content and never offer a line break.
const PLACEHOLDERS: [char; 2] = ['\u{E000}', '\u{E001}'];

enum Container {
    List(Option<u64>),
    /// A list item: the marker for its first line, whether that line was written.
    Item {
        marker: String,
        used: bool,
    },
    Quote,
}

struct Writer<'a> {
    style: Style,
    labels: &'a Labels,
    out: String,
    inline: String,
    stack: Vec<Container>,
    /// Inside a tight list item, blocks are not separated by blank lines.
    tight: bool,
    gap: bool,
    /// Code spans of the block being collected, in order.
    codes: Vec<String>,
    dim_block: bool,
    /// The link being read: its destination, and the topic it links to.
    link: Option<(String, Option<TopicLink>)>,
    /// The titles of linked topics (`Page::link_titles`).
    titles: &'a std::collections::BTreeMap<String, String>,
    /// Whether link texts are marked for [`render_with_links`].
    mark: bool,
    /// The targets of the topic links met, in order.
    targets: Vec<String>,
    /// The ids of the headings met that have one, in order.
    anchors: Vec<String>,
    highlights: &'a [Highlight],
    /// The text that follows the event being written (the punctuation
    /// glued after a code span), empty when another kind of event follows.
    following: String,
}

/// A piece of a link's text on one line of the rendered page: 0-based line,
/// and display columns `start..end` (CJK characters are two columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkSpan {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// A link to another topic in the rendered page: what it opens (`id` or
/// `id#anchor`) and where its text is (several spans when it wraps).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedLink {
    pub target: String,
    pub spans: Vec<LinkSpan>,
}

/// A page rendered for the terminal with the places of its topic links.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub text: String,
    /// In the order they appear on the page.
    pub links: Vec<RenderedLink>,
    /// The headings with an id (`{#id}`): the id and the 0-based line where
    /// the heading starts, for following a link to `topic#id`.
    pub anchors: Vec<(String, usize)>,
}

/// The page as terminal text: wrapped to `style.width` at word boundaries
/// (display width, CJK between characters), styled with ANSI codes when
/// `style.color`. A link to another topic is followed by the topic's title
/// and the command that opens it (`help-topic-link`).
pub fn render(page: &Page, labels: &Labels, style: Style) -> String {
    write(page, labels, style, false, &[]).0
}

/// [`render`] with `highlights` painted where they occur (only with
/// `style.color`): the printed main wizard page.
pub fn render_highlighted(
    page: &Page,
    labels: &Labels,
    style: Style,
    highlights: &[Highlight],
) -> String {
    write(page, labels, style, false, highlights).0
}

/// [`render`], and where the text of each link to another topic is, for a
/// view that lets the reader follow them (the help view).
pub fn render_with_links(page: &Page, labels: &Labels, style: Style) -> Rendered {
    let (marked, targets, anchor_ids) = write(page, labels, style, true, &[]);
    let mut anchor_ids = anchor_ids.into_iter();
    let mut anchors = Vec::new();
    let mut text = String::with_capacity(marked.len());
    let mut links: Vec<RenderedLink> = targets
        .into_iter()
        .map(|target| RenderedLink {
            target,
            spans: Vec::new(),
        })
        .collect();
    // The link being read, and where its piece on this line starts.
    let mut open: Option<(usize, usize)> = None;
    let mut next = 0;
    for (number, line) in marked.split_inclusive('\n').enumerate() {
        let mut col = 0;
        if let Some((index, _)) = open {
            open = Some((index, 0));
        }
        let mut rest = line;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix(LINK_START) {
                open = Some((next, col));
                next += 1;
                rest = after;
                continue;
            }
            if let Some(after) = rest.strip_prefix(ANCHOR) {
                if let Some(id) = anchor_ids.next() {
                    anchors.push((id, number));
                }
                rest = after;
                continue;
            }
            if let Some(after) = rest.strip_prefix(LINK_END) {
                if let Some((index, start)) = open.take()
                    && let Some(link) = links.get_mut(index)
                    && col > start
                {
                    link.spans.push(LinkSpan {
                        line: number,
                        start,
                        end: col,
                    });
                }
                rest = after;
                continue;
            }
            if let Some(len) = csi_len(rest) {
                text.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
            let Some(c) = rest.chars().next() else { break };
            if c != '\n' {
                col += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            }
            text.push(c);
            rest = &rest[c.len_utf8()..];
        }
        if let Some((index, start)) = open
            && let Some(link) = links.get_mut(index)
            && col > start
        {
            link.spans.push(LinkSpan {
                line: number,
                start,
                end: col,
            });
        }
    }
    Rendered {
        text,
        links,
        anchors,
    }
}

/// `text` without its CSI escape sequences (what the terminal shows).
fn without_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = csi_len(rest) {
            rest = &rest[len..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The length of the CSI escape sequence `text` starts with, if it does.
fn csi_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("\x1b[")?;
    let end = rest.find(|c: char| ('\x40'..='\x7e').contains(&c))?;
    Some(2 + end + 1)
}

fn write(
    page: &Page,
    labels: &Labels,
    style: Style,
    mark: bool,
    highlights: &[Highlight],
) -> (String, Vec<String>, Vec<String>) {
    let mut w = Writer {
        highlights,
        style,
        labels,
        out: String::new(),
        inline: String::new(),
        stack: Vec::new(),
        tight: false,
        gap: false,
        codes: Vec::new(),
        dim_block: false,
        link: None,
        titles: &page.link_titles,
        mark,
        targets: Vec::new(),
        anchors: Vec::new(),
        following: String::new(),
    };
    let events: Vec<_> = parser(&page.markdown).into_offset_iter().collect();
    for (i, (event, range)) in events.iter().enumerate() {
        w.following = match events.get(i + 1) {
            Some((Event::Text(text), _)) => text.to_string(),
            _ => String::new(),
        };
        w.event(event.clone(), page, range.start);
    }
    w.flush();
    let mut out = w.out.trim_end().to_string();
    out.push('\n');
    if !labels.fallback_note.is_empty() {
        out.push('\n');
        let options = textwrap::Options::new(style.width.max(20))
            .word_separator(separator())
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for line in wrap(&labels.fallback_note, options) {
            out.push_str(&w.styled(DIM, line.trim_end()));
            out.push('\n');
        }
    }
    (out, w.targets, w.anchors)
}

impl Writer<'_> {
    fn styled(&self, (on, off): (&str, &str), text: &str) -> String {
        if self.style.color {
            format!("{on}{text}{off}")
        } else {
            text.to_string()
        }
    }

    fn open(&mut self, style: (&str, &str)) {
        if self.style.color {
            self.inline.push_str(style.0);
        }
    }

    fn close(&mut self, style: (&str, &str)) {
        if self.style.color {
            self.inline.push_str(style.1);
        }
    }

    /// Prefixes for the first and following lines of the next block.
    fn prefixes(&mut self) -> (String, String) {
        let mut first = String::new();
        let mut rest = String::new();
        let bar = self.styled(ALERT, "│");
        for container in &mut self.stack {
            match container {
                Container::List(_) => {}
                Container::Quote => {
                    first.push_str(&bar);
                    first.push(' ');
                    rest.push_str(&bar);
                    rest.push(' ');
                }
                Container::Item { marker, used } => {
                    let blank = " ".repeat(marker.chars().count());
                    if *used {
                        first.push_str(&blank);
                    } else {
                        first.push_str(marker);
                        *used = true;
                    }
                    rest.push_str(&blank);
                }
            }
        }
        (first, rest)
    }

    fn flush(&mut self) {
        if self.inline.trim().is_empty() {
            self.inline.clear();
            self.codes.clear();
            return;
        }
        let text = std::mem::take(&mut self.inline);
        let text = self.highlight(text);
        let text = if self.dim_block {
            self.styled(DIM, &text)
        } else {
            text
        };
        self.begin_block();
        let (first, rest) = self.prefixes();
        let options = textwrap::Options::new(self.style.width.max(20))
            .initial_indent(&first)
            .subsequent_indent(&rest)
            .word_separator(separator())
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let mut codes = std::mem::take(&mut self.codes).into_iter();
        // The placeholder run that ended the last line: a run textwrap had
        // to cut (wider than the line) goes on at the next line's start and
        // is the same code, not the next one.
        let mut previous = None;
        let mut broken_word = false;
        for line in wrap(text.trim(), options) {
            let mut restored = String::with_capacity(line.len());
            if !line.starts_with(PLACEHOLDERS) {
                previous = None;
            }
            for c in line.trim_end().chars() {
                if PLACEHOLDERS.contains(&c) {
                    if previous != Some(c) {
                        restored.push_str(&codes.next().unwrap_or_default());
                    }
                    previous = Some(c);
                } else {
                    restored.push(c);
                    previous = None;
                }
            }
            // A code span wider than the terminal leaves an empty line behind.
            if restored.trim().is_empty() {
                continue;
            }
            // The piece after a word broken with a bare `\` starts its line
            // when the indent is only spaces (a list item): the shell joins
            // the two only without spaces between.
            let restored = if broken_word && rest.trim().is_empty() {
                restored.trim_start_matches(' ').to_string()
            } else {
                restored
            };
            let visible_end = without_escapes(&restored);
            let visible_end = visible_end.trim_end();
            broken_word = visible_end.ends_with('\\') && !visible_end.ends_with(" \\");
            self.out.push_str(&restored);
            self.out.push('\n');
        }
        self.block_gap();
    }

    /// `text` (a block being collected) with its [`Highlight`]s painted.
    fn highlight(&self, mut text: String) -> String {
        use crate::render::printed::paint;
        if !self.style.color {
            return text;
        }
        for h in self.highlights.iter().filter(|h| !h.text.trim().is_empty()) {
            let end = text.trim_end().len();
            text = match h.reach {
                Reach::Ending => match text[..end].strip_suffix(h.text.as_str()) {
                    Some(head) => format!("{head}{}{}", paint(&h.text, h.emphasis), &text[end..]),
                    None => text,
                },
                Reach::Rest => match text[..end].find(h.text.as_str()) {
                    Some(at) => format!(
                        "{}{}{}",
                        &text[..at],
                        paint(&text[at..end], h.emphasis),
                        &text[end..]
                    ),
                    None => text,
                },
                Reach::Phrase => text.replace(h.text.as_str(), &paint(&h.text, h.emphasis)),
            };
        }
        text
    }

    /// Blocks are separated lazily, so the gap takes the prefix of the block that
    /// follows (no alert bar below the end of an alert).
    fn block_gap(&mut self) {
        if !self.tight {
            self.gap = true;
        }
    }

    fn begin_block(&mut self) {
        if std::mem::take(&mut self.gap) && !self.out.is_empty() {
            let (_, rest) = self.prefixes_peek();
            self.out.push_str(rest.trim_end());
            self.out.push('\n');
        }
    }

    /// The continuation prefix without marking list markers as used.
    fn prefixes_peek(&self) -> (String, String) {
        let mut rest = String::new();
        for container in &self.stack {
            match container {
                Container::Quote => rest.push_str(&format!("{} ", self.styled(ALERT, "│"))),
                Container::Item { marker, .. } => {
                    rest.push_str(&" ".repeat(marker.chars().count()))
                }
                Container::List(_) => {}
            }
        }
        (String::new(), rest)
    }

    /// The display width left for text on a line of the block being
    /// collected (the width less the list and quote prefixes).
    fn room(&self) -> usize {
        let (_, rest) = self.prefixes_peek();
        self.style
            .width
            .max(20)
            .saturating_sub(textwrap::core::display_width(&rest))
            .max(8)
    }

    fn code(&mut self, code: &str) {
        // Code is mostly commands to copy: it is wrapped as a placeholder of
        // its width (a run of one private-use character, alternating so that
        // neighbours stay apart) and put back afterwards. A span wider than
        // the line starts a line of its own and is continued as the shell
        // continues a command (see `command_lines`), so that all of it is
        // visible and it still works when pasted.
        let quotes = if self.style.color { 0 } else { 2 };
        // In CJK text the span is glued to the punctuation around it (no
        // break between `（`, the code and `）。`): room is kept for two
        // full-width marks after it, so that none has to start a line.
        // Past a half-width opening parenthesis too: `伺服器 (`…`)。` keeps
        // `)。` with the code as `（…）。` does.
        let wide_end = |text: &str| {
            text.chars()
                .next_back()
                .is_some_and(|c| unicode_width::UnicodeWidthChar::width(c) == Some(2))
        };
        let before = self.inline.trim_end();
        let cjk = wide_end(before) || wide_end(before.trim_end_matches(no_line_end).trim_end());
        let glued = if cjk {
            4 + self
                .inline
                .trim_end()
                .chars()
                .rev()
                .take_while(|c| no_line_end(*c))
                .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(1))
                .sum::<usize>()
        } else {
            // In other text the span is one word with the opening
            // punctuation right before it and the closing punctuation
            // right after it (`(`…`).`): the word must fit whole, or a
            // line would end with `(` or start with `)`.
            let width = |c: char| unicode_width::UnicodeWidthChar::width(c).unwrap_or(1);
            let opening: usize = self
                .inline
                .chars()
                .rev()
                .take_while(|c| no_line_end(*c))
                .map(width)
                .sum();
            let closing: usize = self
                .following
                .chars()
                .take_while(|c| no_line_start(*c))
                .map(width)
                .sum();
            opening + closing
        };
        let room = self.room().saturating_sub(glued).max(8);
        if textwrap::core::display_width(code) + quotes <= room {
            let shown = if self.style.color {
                self.styled(CODE, code)
            } else {
                format!("`{code}`")
            };
            self.push_code(shown);
            return;
        }
        let trimmed = self.inline.trim_end_matches(' ').len();
        self.inline.truncate(trimmed);
        // Opening punctuation (`（`, `(`) goes to the new line with the code
        // it opens: a line does not end with it (UAX #14 LB14).
        let opening =
            self.inline.len() - self.inline.trim_end_matches(|c: char| no_line_end(c)).len();
        let opening = self.inline.split_off(self.inline.len() - opening);
        if !self.inline.trim().is_empty() && !self.inline.ends_with('\n') {
            self.inline.push('\n');
        }
        self.inline.push_str(&opening);
        // The lines take the whole line's room; the last keeps room for
        // the full-width marks glued after it, when its word fits with them.
        let room = self
            .room()
            .saturating_sub(textwrap::core::display_width(&opening))
            .max(8);
        // The last line keeps room for the punctuation that follows the
        // span and may not start a line (`）。`, `).`).
        let after: usize = self
            .following
            .chars()
            .take_while(|c| no_line_start(*c))
            .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(1))
            .sum();
        // Without color the first line starts with a backquote and the last
        // ends with one: a command on one line needs room for both.
        let quote = quotes / 2;
        let pieces = command_lines_then(code, room.saturating_sub(quote), after + quote);
        let last = pieces.len().saturating_sub(1);
        for (i, piece) in pieces.iter().enumerate() {
            if i > 0 {
                self.inline.push('\n');
            }
            let shown = if self.style.color {
                self.styled(CODE, piece)
            } else {
                let open = if i == 0 { "`" } else { "" };
                let close = if i == last { "`" } else { "" };
                format!("{open}{piece}{close}")
            };
            self.push_code(shown);
        }
    }

    fn push_code(&mut self, shown: String) {
        let width = textwrap::core::display_width(&shown).max(1);
        let mark = PLACEHOLDERS[self.codes.len() % 2];
        self.inline.extend(std::iter::repeat_n(mark, width));
        self.codes.push(shown);
    }

    /// After a link to another topic: the topic's title and the command
    /// that opens it, as the locale writes them.
    fn topic_suffix(&mut self, link: &TopicLink) {
        let mut title = self
            .titles
            .get(&link.topic)
            .cloned()
            .unwrap_or_else(|| link.topic.clone());
        // A link to a section names the section too, and the command opens
        // it there (`help TOPIC#ANCHOR`).
        if link.anchor.is_some()
            && let Some(heading) = self.titles.get(&link.target())
        {
            title.push_str(" › ");
            title.push_str(heading);
        }
        let command = format!("{} {}", self.labels.help_command, link.target());
        let pattern = self.labels.topic_link.clone();
        for (at, c) in pattern.char_indices() {
            match c {
                LINK_TITLE => self.inline.push_str(&visible(&title)),
                LINK_COMMAND => {
                    // What follows the command is the pattern's rest, then
                    // the text after the link.
                    let rest = format!("{}{}", &pattern[at + c.len_utf8()..], self.following);
                    let following = std::mem::replace(&mut self.following, rest);
                    self.code(&visible(&command));
                    self.following = following;
                }
                c => self.inline.push(c),
            }
        }
    }

    fn event(&mut self, event: Event, page: &Page, start: usize) {
        match event {
            Event::Start(tag) => self.start(tag, page, start),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.inline.push_str(&visible(&text)),
            Event::Code(code) => {
                let code = self.labels.spelt_command(&code).into_owned();
                self.code(&visible(&code))
            }
            Event::SoftBreak => self.inline.push(' '),
            Event::HardBreak => self.inline.push('\n'),
            Event::Rule => {
                self.flush();
                let rule = "─".repeat(self.style.width.clamp(20, 80));
                self.begin_block();
                self.out.push_str(&self.styled(DIM, &rule));
                self.out.push('\n');
                self.gap = true;
            }
            // Raw HTML from a translation is not shown; its text events still are.
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::TaskListMarker(done) => self.inline.push_str(if done { "[x] " } else { "[ ] " }),
            Event::FootnoteReference(name) => self.inline.push_str(&format!("[{name}]")),
            Event::InlineMath(m) | Event::DisplayMath(m) => self.inline.push_str(&m),
        }
    }

    fn start(&mut self, tag: Tag, page: &Page, start: usize) {
        match tag {
            Tag::Paragraph => {
                self.dim_block = span_kind(page, start) == Some(SpanKind::Source);
            }
            Tag::Heading { level, id, .. } => {
                self.flush();
                if let Some(id) = id.filter(|_| self.mark) {
                    self.anchors.push(id.to_string());
                    self.inline.push_str(ANCHOR);
                }
                self.open(BOLD);
                if level == HeadingLevel::H1 {
                    self.open(UNDERLINE);
                }
            }
            Tag::BlockQuote(kind) => {
                self.flush();
                self.begin_block();
                self.stack.push(Container::Quote);
                if let Some(kind) = kind {
                    let label = self.alert_label(kind);
                    let (first, _) = self.prefixes();
                    self.out.push_str(&first);
                    self.out.push_str(&label);
                    self.out.push('\n');
                }
            }
            Tag::CodeBlock(_) => self.flush(),
            Tag::List(first) => {
                self.flush();
                self.stack.push(Container::List(first));
            }
            Tag::Item => {
                self.flush();
                let marker = match self.stack.iter_mut().rev().find_map(|c| match c {
                    Container::List(n) => Some(n),
                    _ => None,
                }) {
                    Some(Some(n)) => {
                        let marker = format!("{n}. ");
                        *n += 1;
                        marker
                    }
                    _ => "• ".to_string(),
                };
                self.stack.push(Container::Item {
                    marker,
                    used: false,
                });
                self.tight = true;
                self.dim_block = span_kind(page, start) == Some(SpanKind::Source);
            }
            Tag::Emphasis => self.open(ITALIC),
            Tag::Strong => self.open(BOLD),
            Tag::Strikethrough => {}
            Tag::Link { dest_url, .. } => {
                let topic = TopicLink::parse(&dest_url);
                if let Some(topic) = &topic {
                    self.targets.push(topic.target());
                    if self.mark {
                        self.inline.push_str(LINK_START);
                    }
                }
                self.link = Some((dest_url.to_string(), topic));
            }
            Tag::Image { dest_url, .. } => self.link = Some((dest_url.to_string(), None)),
            Tag::Table(_) | Tag::TableHead | Tag::TableRow => self.flush(),
            Tag::TableCell if !self.inline.is_empty() => {
                self.inline.push_str(" | ");
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                // A loose list separates its paragraphs with blank lines.
                self.tight = false;
                self.flush();
                self.dim_block = false;
            }
            TagEnd::Heading(level) => {
                if level == HeadingLevel::H1 {
                    self.close(UNDERLINE);
                }
                self.close(BOLD);
                self.tight = false;
                self.flush();
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.stack.pop();
                self.tight = false;
                self.block_gap();
            }
            TagEnd::CodeBlock => {
                let code = std::mem::take(&mut self.inline);
                self.begin_block();
                let (_, rest) = self.prefixes_peek();
                let room = self.room().saturating_sub(4);
                for line in code.lines() {
                    let line = self.labels.spelt_command(line);
                    let line = line.as_ref();
                    let pieces = if textwrap::core::display_width(line) > room {
                        command_lines(line, room)
                    } else {
                        vec![line.to_string()]
                    };
                    for piece in pieces {
                        self.out
                            .push_str(&format!("{rest}    {}\n", self.styled(CODE, &piece)));
                    }
                }
                self.gap = true;
            }
            TagEnd::Item => {
                self.tight = true;
                self.flush();
                self.dim_block = false;
                self.stack.pop();
            }
            TagEnd::List(_) => {
                self.stack.pop();
                self.tight = false;
                self.block_gap();
            }
            TagEnd::Emphasis => self.close(ITALIC),
            TagEnd::Strong => self.close(BOLD),
            TagEnd::Link | TagEnd::Image => match self.link.take() {
                Some((_, Some(topic))) => {
                    if self.mark {
                        self.inline.push_str(LINK_END);
                    }
                    self.topic_suffix(&topic);
                }
                Some((url, None)) if !url.starts_with('#') && !self.inline.ends_with(&url) => {
                    self.inline.push_str(&format!(" <{url}>"));
                }
                _ => {}
            },
            TagEnd::TableRow | TagEnd::TableHead => {
                self.tight = true;
                self.flush();
            }
            TagEnd::Table => {
                self.tight = false;
                self.block_gap();
            }
            _ => {}
        }
    }

    fn alert_label(&self, kind: BlockQuoteKind) -> String {
        self.styled(ALERT, &self.labels.alert(kind).to_uppercase())
    }
}

/// How text is broken into lines: between words and CJK characters as
/// UAX #14 allows (textwrap's `UnicodeBreakProperties`), except right after a
/// `/`, which UAX #14 allows (class SY) but which would cut a path or a
/// command in two: pasted, it would be another command, and right after
/// opening punctuation, which must not end a line. A path wider than
/// the whole line is still broken (textwrap's `break_words`).
pub fn separator() -> textwrap::WordSeparator {
    textwrap::WordSeparator::Custom(no_break_after_slash)
}

fn no_break_after_slash(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let base = line.as_ptr() as usize;
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for word in textwrap::WordSeparator::UnicodeBreakProperties.find_words(line) {
        let offset = (word.word.as_ptr() as usize).saturating_sub(base);
        let from = start.unwrap_or(offset);
        let end = (offset + word.word.len() + word.whitespace.len()).min(line.len());
        // Nor after opening punctuation (`（`, `「`, `(` before CJK text):
        // it stays with what it opens (clreq, 重訂標點符號手冊: no line
        // ends with an opening bracket; UAX #14 LB14).
        if word.whitespace.is_empty()
            && (word.word.ends_with('/') || word.word.chars().next_back().is_some_and(no_line_end))
        {
            start = Some(from);
            continue;
        }
        start = None;
        if let Some(text) = line.get(from..end) {
            words.push(textwrap::core::Word::from(text));
        }
    }
    if let Some(text) = start.and_then(|from| line.get(from..)) {
        words.push(textwrap::core::Word::from(text));
    }
    let room = LINE_WIDTH.with(std::cell::Cell::get);
    if room > 0 && words.iter().any(|w| w.width > room) {
        words = words
            .into_iter()
            .flat_map(|w| {
                if w.width > room {
                    break_word(w, room)
                } else {
                    vec![w]
                }
            })
            .collect();
    }
    Box::new(words.into_iter())
}

thread_local! {
    /// The width of a continuation line of the text being wrapped by
    /// [`wrap`]: the separator breaks words wider than it itself (0: none).
    static LINE_WIDTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// `options` with textwrap's optimal fit made to keep every line within the
/// width. Its default overflow penalty is finite, so it sometimes prefers a
/// line one column too wide to a ragged paragraph: on a terminal that
/// column is cut off (the last letter of a command). Overflow then happens
/// only where nothing else fits (a word wider than the line, unbroken).
pub fn never_wider(options: textwrap::Options<'_>) -> textwrap::Options<'_> {
    let mut penalties = textwrap::wrap_algorithms::Penalties::new();
    // Far above any sum of the other costs (squares of the gaps), still
    // finite so that a forced overflow is weighed by its size.
    penalties.overflow_penalty = 1 << 40;
    options.wrap_algorithm(textwrap::WrapAlgorithm::OptimalFit(penalties))
}

/// `textwrap::wrap` with [`separator`], where a word wider than a line is
/// broken by the line-start rules (see [`break_word`]) instead of at the
/// exact width (textwrap's `break_words` then finds nothing to break).
pub fn wrap<'a>(text: &'a str, options: textwrap::Options<'_>) -> Vec<std::borrow::Cow<'a, str>> {
    let room = options
        .width
        .saturating_sub(textwrap::core::display_width(options.subsequent_indent))
        .max(1);
    let options = never_wider(options).word_separator(separator());
    LINE_WIDTH.with(|w| w.set(room));
    let lines = textwrap::wrap(text, options);
    LINE_WIDTH.with(|w| w.set(0));
    lines
}

/// Whether a line may not start with `c`: closing punctuation and marks
/// (Line_Break classes CL, CP, EX, IS, NS: `，。、」）：；！？` and `) . , : ; ! ?`),
/// the kinsoku rule of UAX #14 (LB13, LB16) and JIS X 4051.
fn no_line_start(c: char) -> bool {
    use icu_properties::{CodePointMapData, props::LineBreak};
    matches!(
        CodePointMapData::<LineBreak>::new().get(c),
        LineBreak::CL | LineBreak::CP | LineBreak::EX | LineBreak::IS | LineBreak::NS
    )
}

/// Whether a line may not end with `c`: opening punctuation (class OP:
/// `（「『【` and `( [ {`), UAX #14 LB14.
fn no_line_end(c: char) -> bool {
    use icu_properties::{CodePointMapData, props::LineBreak};
    CodePointMapData::<LineBreak>::new().get(c) == LineBreak::OP
}

/// A word wider than `room` columns (a parenthesised command, a long path,
/// CJK text glued to a code span) in pieces of at most `room` columns,
/// contiguous as textwrap needs them. A piece never ends inside a code
/// span's placeholder run or an escape sequence; where it can, it ends so
/// that the next line does not start with closing punctuation and this one
/// does not end with opening punctuation; only when no such place fits is
/// the word broken elsewhere.
fn break_word(word: textwrap::core::Word<'_>, room: usize) -> Vec<textwrap::core::Word<'_>> {
    let text = word.word;
    // Units that are never cut: (start byte, width, first char).
    let mut units: Vec<(usize, usize, Option<char>)> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if let Some(len) = csi_len(rest) {
            units.push((i, 0, None));
            i += len;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        let mut len = c.len_utf8();
        if PLACEHOLDERS.contains(&c) {
            len = rest.len() - rest.trim_start_matches(c).len();
        }
        let width = textwrap::core::display_width(&rest[..len]);
        units.push((i, width, Some(c)));
        i += len;
    }
    let visible_before = |k: usize| units[..k].iter().rev().find_map(|u| u.2);
    let visible_from = |k: usize| units[k..].iter().find_map(|u| u.2);
    let mut cuts = Vec::new();
    let (mut start, mut width) = (0usize, 0usize);
    let mut k = 0;
    while k < units.len() {
        let w = units[k].1;
        if width + w <= room || k == start {
            width += w;
            k += 1;
            continue;
        }
        // The best place to cut in start+1..=k: the last that keeps the rules,
        // else the last before a visible unit.
        let allowed = |j: usize| {
            units[j].2.is_some()
                && !visible_from(j).is_some_and(no_line_start)
                && !visible_before(j).is_some_and(no_line_end)
        };
        // Closing punctuation at a line's start is worse than opening
        // punctuation at its end.
        let cut = (start + 1..=k)
            .rev()
            .find(|&j| allowed(j))
            .or_else(|| {
                (start + 1..=k)
                    .rev()
                    .find(|&j| units[j].2.is_some() && !visible_from(j).is_some_and(no_line_start))
            })
            .or_else(|| (start + 1..=k).rev().find(|&j| units[j].2.is_some()))
            .unwrap_or(k);
        cuts.push(units[cut].0);
        start = cut;
        width = units[start..k].iter().map(|u| u.1).sum();
    }
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for cut in cuts {
        pieces.push(textwrap::core::Word::from(&text[from..cut]));
        from = cut;
    }
    let mut last = textwrap::core::Word::from(&text[from..]);
    last.whitespace = word.whitespace;
    last.penalty = word.penalty;
    pieces.push(last);
    pieces
}

/// A command (or any code) wider than `room` display columns as lines that
/// fit, which the shell reads as the same command when pasted: it is broken
/// at spaces, each line but the last ending in ` \` and the following ones
/// indented by two spaces (POSIX shell, 2.2.1: a backslash before the line
/// feed continues the line; the spaces before the next word only separate
/// words again). Only a word wider than the whole line is broken inside,
/// with a `\` right after the piece and the next piece at the start of the
/// following line, which the shell joins back into the same word.
pub fn command_lines(code: &str, room: usize) -> Vec<String> {
    command_lines_then(code, room, 0)
}

/// A command laid out on lines of at most `width` columns, as a page
/// shows a suggested command on lines of its own: [`command_lines_then`]
/// after `indent` spaces, or from the line's start when a word of it (a
/// long path) fits whole there but not under the indent. A piece that goes on a
/// word broken with a bare `\` starts its line: the shell joins the two only
/// without spaces between.
pub fn command_block(command: &str, width: usize, indent: usize, after: usize) -> Vec<String> {
    // Only when that keeps the word whole: a word wider than the whole
    // line is broken anyway, and the command keeps its place.
    let indent = if shell_words(command).into_iter().any(|w| {
        let w = textwrap::core::display_width(w);
        indent + 2 + w > width && 2 + w <= width
    }) {
        0
    } else {
        indent
    };
    let mut joined = false;
    command_lines_then(command, width.saturating_sub(indent), after)
        .into_iter()
        .map(|piece| {
            let pad = if joined { 0 } else { indent };
            joined = piece.ends_with('\\') && !piece.ends_with(" \\");
            format!("{}{piece}", " ".repeat(pad))
        })
        .collect()
}

/// [`command_lines`], keeping `after` columns free at the end of the last
/// line, for punctuation that must not start a line.
pub fn command_lines_then(code: &str, room: usize, after: usize) -> Vec<String> {
    let room = room.max(4);
    let width = textwrap::core::display_width;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Where the line being filled starts: 0 on the first line and after a
    // broken word, 2 after a continued command.
    let mut indent = 0;
    let words = shell_words(code);
    for (i, &word) in words.iter().enumerate() {
        // Room for the ` \` that continues the line, or for what follows
        // the last line.
        let last = i + 1 == words.len();
        // (When even that cannot keep the word whole, the word is broken:
        // a line must not start with closing punctuation, UAX #14 LB13.)
        let tail = if last { after } else { 2 };
        if !line.is_empty() {
            if indent + width(&line) + 1 + width(word) + tail <= room {
                line.push(' ');
                line.push_str(word);
                continue;
            }
            lines.push(format!("{}{line} \\", " ".repeat(indent)));
            line.clear();
            // The last word goes without the indent (which only looks
            // better) when that is what keeps it whole with what follows.
            indent = if last && 2 + width(word) + tail > room {
                0
            } else {
                2
            };
        }
        let mut rest = word.to_string();
        while !rest.is_empty() && indent + width(&rest) + tail > room {
            // Room for the `\`, and for the `'` that closes a quoted path
            // cut inside its quotes.
            let limit = room.saturating_sub(indent + 2).max(2);
            let mut cut = 0;
            let mut used = 0;
            for (at, c) in rest.char_indices() {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if used + w > limit && cut > 0 {
                    break;
                }
                used += w;
                cut = at + c.len_utf8();
            }
            // The end of the word stays for the line that follows, where
            // the next word is separated from it by a space.
            if cut >= rest.len() {
                match rest.char_indices().last() {
                    Some((at, _)) if at > 0 => cut = at,
                    _ => break,
                }
            }
            // Inside single quotes a backslash is literal: the quote is
            // closed before the `\` and opened again on the next line,
            // which the shell joins into the same word.
            if quote_open(&rest[..cut]) {
                lines.push(format!("{}{}'\\", " ".repeat(indent), &rest[..cut]));
                rest = format!("'{}", &rest[cut..]);
            } else {
                lines.push(format!("{}{}\\", " ".repeat(indent), &rest[..cut]));
                rest = rest[cut..].to_string();
            }
            indent = 0;
        }
        line.push_str(&rest);
    }
    if line.is_empty() {
        // A command that ends with a broken word ends there.
        if let Some(last) = lines.last_mut()
            && last.ends_with('\\')
        {
            last.pop();
        }
    } else {
        lines.push(format!("{}{line}", " ".repeat(indent)));
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Where a POSIX shell reading a word is: inside single quotes or not, and
/// whether the last character was a backslash outside them (`\'` is a
/// quote character, not a quote).
#[derive(Default)]
struct ShellQuotes {
    quoted: bool,
    escaped: bool,
}

impl ShellQuotes {
    fn step(&mut self, c: char) {
        if c == '\'' && (self.quoted || !self.escaped) {
            self.quoted = !self.quoted;
        }
        self.escaped = c == '\\' && !self.quoted && !self.escaped;
    }
}

/// The words of a shell command: split at spaces outside single quotes, so
/// that a quoted path with a space (`'/tmp/my store'`) is one word.
fn shell_words(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut state = ShellQuotes::default();
    for (i, c) in code.char_indices() {
        if c == ' ' && !state.quoted && !state.escaped {
            if let Some(s) = start.take() {
                out.push(&code[s..i]);
            }
            continue;
        }
        start.get_or_insert(i);
        state.step(c);
    }
    if let Some(s) = start {
        out.push(&code[s..]);
    }
    out
}

/// Whether a single quote is open at the end of `prefix` (of a shell word).
fn quote_open(prefix: &str) -> bool {
    let mut state = ShellQuotes::default();
    prefix.chars().for_each(|c| state.step(c));
    state.quoted
}

/// `text` with every control character but the line feed written as an escape
/// (`\u{1b}`): a translation or a keyword must not be able to send terminal
/// escape sequences (clear the screen, set the title) or reorder a line with
/// bidi controls. Line feeds stay: code blocks are several lines.
fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .split('\n')
        .any(|line| matches!(crate::error::one_line(line), std::borrow::Cow::Owned(_)))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.split('\n')
            .map(crate::error::one_line)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

#[cfg(test)]
mod tests {
    use super::command_lines;

    #[test]
    fn the_last_word_keeps_room_for_what_follows_without_breaking() {
        use super::command_lines_then;
        let code = "docwiz --usage default,web-internal,web-external";
        // Nothing follows: the last word needs no room after it.
        assert_eq!(
            command_lines(code, 35),
            ["docwiz --usage \\", "  default,web-internal,web-external"]
        );
        // Two full-width marks follow: the last word drops the indent to
        // stay whole with them.
        assert_eq!(
            command_lines_then(code, 37, 4),
            ["docwiz --usage \\", "default,web-internal,web-external"]
        );
    }

    #[test]
    fn no_word_ends_with_opening_punctuation() {
        let words: Vec<String> = super::separator()
            .find_words("放在這裡（中文）或「這裡」")
            .map(|w| w.word.to_string())
            .collect();
        assert!(
            words.iter().all(|w| !w.ends_with(['（', '「'])),
            "{words:?}"
        );
        assert!(words.iter().any(|w| w.starts_with('（')), "{words:?}");
    }

    #[test]
    fn commands_break_at_spaces_with_a_continuation() {
        let lines = command_lines(
            "docwiz --store /tmp/a/store trust import-root /tmp/a/b.pem",
            30,
        );
        assert!(
            lines.iter().all(|l| textwrap::core::display_width(l) <= 30),
            "{lines:?}"
        );
        assert_eq!(lines[0], "docwiz --store /tmp/a/store \\");
        assert!(lines[1..].iter().all(|l| l.starts_with("  ")), "{lines:?}");
        assert!(!lines.last().unwrap().ends_with('\\'));
        let joined: Vec<&str> = lines
            .iter()
            .flat_map(|l| l.trim_end_matches('\\').split_whitespace())
            .collect();
        assert_eq!(
            joined.join(" "),
            "docwiz --store /tmp/a/store trust import-root /tmp/a/b.pem"
        );
    }

    /// The last word needs no room for a ` \` after it: one that fits the
    /// continued line exactly stays whole (`--usage default,web-internal,…`
    /// was cut before its last letters).
    #[test]
    fn the_last_word_may_fill_the_line() {
        let lines = command_lines("request --usage default,web-internal", 22);
        assert_eq!(
            lines,
            ["request --usage \\", "  default,web-internal"],
            "{lines:?}"
        );
    }

    #[test]
    fn only_a_word_wider_than_the_line_is_broken() {
        let word = "/tmp/store/requests/0123456789abcdef/issuers/ABCDEF.pem";
        let lines = command_lines(&format!("import {word} now"), 20);
        assert!(
            lines.iter().all(|l| textwrap::core::display_width(l) <= 20),
            "{lines:?}"
        );
        // The shell joins `\` + line feed with what follows: the word comes back.
        let mut shell = String::new();
        for l in &lines {
            if let Some(piece) = l.strip_suffix(" \\") {
                shell.push_str(piece);
                shell.push(' ');
            } else if let Some(piece) = l.strip_suffix('\\') {
                shell.push_str(piece);
            } else {
                shell.push_str(l);
            }
        }
        let words: Vec<&str> = shell.split_whitespace().collect();
        assert_eq!(words, ["import", word, "now"]);
    }
}
