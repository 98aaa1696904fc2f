//! The help view: a composed help page drawn in a terminal area, scrolled,
//! searched, and with the links between topics followed. The F1 overlay of the
//! wizard and the `help` pager both show it. State and input are here; the
//! page's text is the terminal renderer's (`render::term`), converted from
//! ANSI to ratatui text, so F1, the pager and `help` show the same page.
//!
//! The view does not compose pages: following a link returns
//! [`HelpOutcome::Follow`] to the owner, which composes the topic (with the
//! live state) and hands it back with [`HelpView::push`].

use ansi_to_tui::IntoText;
use ratatui::Frame;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::Help;
use crate::error::Message;
use crate::localization::Localizer;
use crate::render::Labels;
use crate::render::term::{self, RenderedLink};
use crate::tui::key_names;
use crate::tui::widgets::{fit, fit_marked};

/// What the owner of the view does after an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpOutcome {
    /// Keep showing the view.
    Stay,
    /// Leave the view (Esc on the first page, or q).
    Close,
    /// Compose this topic (`id`, or `id#anchor` with the anchor kept) and
    /// [`HelpView::push`] it.
    Follow(String),
}

/// Lines the mouse wheel scrolls per notch.
const WHEEL_LINES: usize = 3;

/// One page of the history, rendered for one width.
struct PageView {
    help: Help,
    /// The width `text` was rendered for; 0 before the first draw.
    width: u16,
    text: Text<'static>,
    /// The text of each line without styling, for find.
    plain: Vec<String>,
    links: Vec<RenderedLink>,
    scroll: usize,
    focus: Option<usize>,
    /// The anchor to show once the page is rendered (a followed `#anchor`).
    anchor: Option<String>,
}

impl PageView {
    fn new(help: Help, anchor: Option<String>) -> PageView {
        PageView {
            help,
            width: 0,
            text: Text::default(),
            plain: Vec::new(),
            links: Vec::new(),
            scroll: 0,
            focus: None,
            anchor,
        }
    }

    /// Renders the page for `width` columns, keeping the reader's place.
    fn render(&mut self, width: u16, command_prefix: &str) {
        if width == self.width && self.width != 0 {
            return;
        }
        let old_lines = self.plain.len().max(1);
        let labels =
            Labels::new(&self.help.l10n, &self.help.page).with_command_prefix(command_prefix);
        let style = term::Style {
            color: true,
            width: usize::from(width.max(1)),
        };
        let rendered = term::render_with_links(&self.help.page, &labels, style);
        let text = rendered
            .text
            .trim_end()
            .into_text()
            .unwrap_or_else(|_| Text::raw(rendered.text.clone()));
        self.plain = text.lines.iter().map(line_text).collect();
        self.text = text;
        self.links = rendered.links;
        // The heading with this id (`{#id}`), not one found by its text,
        // which a title or a paragraph that starts alike would take.
        let anchor_line = self.anchor.take().and_then(|anchor| {
            rendered
                .anchors
                .iter()
                .find(|(id, _)| *id == anchor)
                .map(|(_, line)| *line)
        });
        if self.width != 0 {
            self.scroll = self.scroll * self.plain.len() / old_lines;
        }
        self.width = width;
        if let Some(line) = anchor_line {
            self.scroll = line;
        }
    }
}

fn line_text(line: &Line) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// The find prompt and its results.
#[derive(Default)]
struct Find {
    /// The prompt is open, with what has been typed.
    typing: Option<String>,
    /// The last query looked for, lower-cased.
    query: String,
    /// Matches of `query` in the current page.
    matches: Vec<Match>,
    current: Option<usize>,
    /// The query found nothing: said on the bottom line until the next key.
    missed: Option<String>,
}

/// A stack of composed help pages (the history of followed links), each with
/// its scroll position, link focus and find state.
pub struct HelpView {
    pages: Vec<PageView>,
    find: Find,
    /// The anchor of the last Follow, for the page the owner pushes next.
    pending_anchor: Option<String>,
    /// Where the body was last drawn, for mouse clicks and page sizes.
    body: Rect,
    /// How commands are spelt (`Labels::with_command_prefix`).
    command_prefix: String,
}

impl HelpView {
    /// A view showing `help`, the first page of its history.
    pub fn new(help: Help) -> HelpView {
        HelpView::at(help, None)
    }

    /// A view showing `help` scrolled to the heading `anchor` (its `{#id}`),
    /// or at the top when the page has no such heading.
    pub fn at(help: Help, anchor: Option<&str>) -> HelpView {
        HelpView {
            pages: vec![PageView::new(help, anchor.map(str::to_string))],
            find: Find::default(),
            pending_anchor: None,
            body: Rect::new(0, 1, 80, 22),
            command_prefix: "docwiz".to_string(),
        }
    }

    /// The view with topic links' commands and the topics' command examples
    /// spelt from `prefix` (`docwiz --store DIR --lang TAG`), so that a
    /// command copied from it works on the same store, content and language.
    pub fn with_command_prefix(mut self, prefix: &str) -> HelpView {
        self.command_prefix = prefix.to_string();
        for page in &mut self.pages {
            page.width = 0;
        }
        self
    }

    /// Shows `help`, the page a [`HelpOutcome::Follow`] asked for, on top of
    /// the history; Esc and Backspace return to the page before.
    pub fn push(&mut self, help: Help) {
        let anchor = self.pending_anchor.take();
        self.pages.push(PageView::new(help, anchor));
        self.find = Find::default();
    }

    /// The title of the page shown.
    pub fn title(&self) -> &str {
        &self.page().help.page.title
    }

    /// How many pages the history holds (1 on the first page).
    pub fn depth(&self) -> usize {
        self.pages.len()
    }

    /// The first line shown.
    pub fn scroll(&self) -> usize {
        self.page().scroll
    }

    /// The rendered lines of the page shown, without styling (empty before
    /// the first draw).
    pub fn lines(&self) -> &[String] {
        &self.page().plain
    }

    /// The targets of the page's links, in page order (after the first draw).
    pub fn links(&self) -> Vec<&str> {
        self.page()
            .links
            .iter()
            .map(|l| l.target.as_str())
            .collect()
    }

    /// The focused link's target, if any.
    pub fn focused(&self) -> Option<&str> {
        let page = self.page();
        page.focus
            .and_then(|i| page.links.get(i))
            .map(|l| l.target.as_str())
    }

    fn page(&self) -> &PageView {
        // The history is never empty: `new` starts it and `back` keeps one.
        &self.pages[self.pages.len() - 1]
    }

    fn page_mut(&mut self) -> &mut PageView {
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn height(&self) -> usize {
        usize::from(self.body.height.max(1))
    }

    fn max_scroll(&self) -> usize {
        self.page().plain.len().saturating_sub(self.height())
    }

    fn scroll_to(&mut self, line: usize) {
        let max = self.max_scroll();
        self.page_mut().scroll = line.min(max);
    }

    fn scroll_by(&mut self, delta: isize) {
        let now = self.page().scroll;
        self.scroll_to(now.saturating_add_signed(delta));
    }

    /// Scrolls so that `line` is on screen, a little below the top when it
    /// was not.
    fn reveal(&mut self, line: usize) {
        let height = self.height();
        let scroll = self.page().scroll;
        if line < scroll || line >= scroll + height {
            self.scroll_to(line.saturating_sub(height / 3));
        }
    }

    fn back(&mut self) -> bool {
        if self.pages.len() > 1 {
            self.pages.pop();
            self.find = Find::default();
            true
        } else {
            false
        }
    }

    /// Handles a key: scrolling, find, links and history.
    pub fn handle_key(&mut self, key: KeyEvent) -> HelpOutcome {
        if key.kind == KeyEventKind::Release {
            return HelpOutcome::Stay;
        }
        self.find.missed = None;
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            return HelpOutcome::Close;
        }
        if self.find.typing.is_some() {
            self.find_key(key);
            return HelpOutcome::Stay;
        }
        let page = self.height().saturating_sub(1).max(1) as isize;
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Left if alt => {
                self.back();
            }
            KeyCode::Backspace => {
                self.back();
            }
            // A find shown (its matches marked, or "no match") is cleared
            // first; the next Esc goes back or closes.
            KeyCode::Esc if !self.find.query.is_empty() => self.find = Find::default(),
            // Back one page; on the first page there is none, and Esc closes.
            KeyCode::Esc if !self.back() => return HelpOutcome::Close,
            KeyCode::Char('q') if !ctrl => return HelpOutcome::Close,
            KeyCode::Up | KeyCode::Char('k') => self.scroll_by(-1),
            KeyCode::Down | KeyCode::Char('j') => self.scroll_by(1),
            KeyCode::PageUp | KeyCode::Char('b') => self.scroll_by(-page),
            KeyCode::PageDown | KeyCode::Char(' ') => self.scroll_by(page),
            KeyCode::Home | KeyCode::Char('g') => self.scroll_to(0),
            KeyCode::End | KeyCode::Char('G') => self.scroll_to(usize::MAX),
            KeyCode::Char('/') => self.find.typing = Some(String::new()),
            KeyCode::Char('n') => self.next_match(true),
            KeyCode::Char('N') => self.next_match(false),
            KeyCode::Tab => self.move_focus(true),
            KeyCode::BackTab => self.move_focus(false),
            KeyCode::Enter => {
                let page = self.page();
                if let Some(link) = page.focus.and_then(|i| page.links.get(i)) {
                    let target = link.target.clone();
                    return self.follow(target);
                }
            }
            _ => {}
        }
        HelpOutcome::Stay
    }

    fn follow(&mut self, target: String) -> HelpOutcome {
        self.pending_anchor = crate::link::split_target(&target).1.map(str::to_string);
        HelpOutcome::Follow(target)
    }

    fn find_key(&mut self, key: KeyEvent) {
        let Some(typed) = &mut self.find.typing else {
            return;
        };
        match key.code {
            KeyCode::Esc => self.find.typing = None,
            KeyCode::Enter => {
                let query = std::mem::take(typed);
                self.find.typing = None;
                self.search(&query);
            }
            KeyCode::Backspace => {
                typed.pop();
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => typed.push(c),
            _ => {}
        }
    }

    /// Finds `query` (case-insensitively) and shows the first match at or
    /// below the top of the screen.
    fn search(&mut self, query: &str) {
        let query = query.trim();
        if query.is_empty() {
            return;
        }
        self.find.query = query.to_lowercase();
        self.find.matches = find_all(&self.page().plain, &self.find.query);
        if self.find.matches.is_empty() {
            self.find.current = None;
            self.find.missed = Some(query.to_string());
            return;
        }
        let top = self.page().scroll;
        let first = self
            .find
            .matches
            .iter()
            .position(|m| m[0].0 >= top)
            .unwrap_or(0);
        self.find.current = Some(first);
        self.reveal(self.find.matches[first][0].0);
    }

    fn next_match(&mut self, forward: bool) {
        let count = self.find.matches.len();
        if count == 0 {
            if !self.find.query.is_empty() {
                self.find.missed = Some(self.find.query.clone());
            }
            return;
        }
        let next = match self.find.current {
            Some(i) if forward => (i + 1) % count,
            Some(i) => (i + count - 1) % count,
            None => 0,
        };
        self.find.current = Some(next);
        self.reveal(self.find.matches[next][0].0);
    }

    /// Tab and Shift+Tab: the next or previous link; without a focus, the
    /// first link on screen (or the last above the bottom).
    fn move_focus(&mut self, forward: bool) {
        let height = self.height();
        let page = self.page();
        let count = page.links.len();
        if count == 0 {
            return;
        }
        let first_line = |l: &RenderedLink| l.spans.first().map_or(0, |s| s.line);
        let next = match page.focus {
            Some(i) if forward => (i + 1) % count,
            Some(i) => (i + count - 1) % count,
            None if forward => page
                .links
                .iter()
                .position(|l| first_line(l) >= page.scroll)
                .unwrap_or(0),
            None => page
                .links
                .iter()
                .rposition(|l| first_line(l) < page.scroll + height)
                .unwrap_or(count - 1),
        };
        let line = first_line(&page.links[next]);
        self.page_mut().focus = Some(next);
        self.reveal(line);
    }

    /// Handles the mouse: the wheel scrolls, a click on a link follows it.
    pub fn handle_mouse(&mut self, event: MouseEvent) -> HelpOutcome {
        match event.kind {
            MouseEventKind::ScrollDown => self.scroll_by(WHEEL_LINES as isize),
            MouseEventKind::ScrollUp => self.scroll_by(-(WHEEL_LINES as isize)),
            MouseEventKind::Down(MouseButton::Left) => {
                let body = self.body;
                if event.column < body.x
                    || event.row < body.y
                    || event.column >= body.x + body.width
                    || event.row >= body.y + body.height
                {
                    return HelpOutcome::Stay;
                }
                let line = self.page().scroll + usize::from(event.row - body.y);
                let col = usize::from(event.column - body.x);
                let hit = self.page().links.iter().position(|l| {
                    l.spans
                        .iter()
                        .any(|s| s.line == line && s.start <= col && col < s.end)
                });
                if let Some(index) = hit {
                    self.page_mut().focus = Some(index);
                    let target = self.page().links[index].target.clone();
                    return self.follow(target);
                }
            }
            _ => {}
        }
        HelpOutcome::Stay
    }

    /// Draws the view over `area`: the title bar, the page, and the key line
    /// (or the find prompt) at the bottom. Nothing is wider than `area`.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        frame.render_widget(Clear, area);
        let body_height = area.height.saturating_sub(2).max(1);
        let body = Rect::new(
            area.x,
            area.y + u16::from(area.height > 2),
            area.width,
            body_height.min(area.height),
        );
        self.body = body;
        let width = area.width;
        let find_query = self.find.query.clone();
        let prefix = self.command_prefix.clone();
        self.page_mut().render(width, &prefix);
        if !find_query.is_empty() {
            self.find.matches = find_all(&self.page().plain, &find_query);
            if self
                .find
                .current
                .is_some_and(|c| c >= self.find.matches.len())
            {
                self.find.current = None;
            }
        }
        let max = self.max_scroll();
        let page = self.page_mut();
        page.scroll = page.scroll.min(max);
        let page = self.page();
        let width = usize::from(width);

        if area.height > 2 {
            let title = Rect::new(area.x, area.y, area.width, 1);
            frame.render_widget(
                Paragraph::new(self.title_line(width))
                    .style(Style::default().add_modifier(Modifier::REVERSED)),
                title,
            );
        }

        let link_style = Style::default().add_modifier(Modifier::UNDERLINED);
        let focus_style = Style::default().add_modifier(Modifier::REVERSED);
        let match_style = Style::default().bg(Color::Yellow).fg(Color::Black);
        let current_style = Style::default()
            .bg(Color::LightRed)
            .fg(Color::Black)
            .add_modifier(Modifier::BOLD);
        let end = (page.scroll + usize::from(body.height)).min(page.text.lines.len());
        let mut lines: Vec<Line> = Vec::with_capacity(end.saturating_sub(page.scroll));
        for number in page.scroll..end {
            let mut marks: Vec<(usize, usize, Style)> = Vec::new();
            for (index, link) in page.links.iter().enumerate() {
                for span in link.spans.iter().filter(|s| s.line == number) {
                    let style = if page.focus == Some(index) {
                        focus_style
                    } else {
                        link_style
                    };
                    marks.push((span.start, span.end, style));
                }
            }
            for (index, m) in self.find.matches.iter().enumerate() {
                for piece in m.iter().filter(|p| p.0 == number) {
                    let style = if self.find.current == Some(index) {
                        current_style
                    } else {
                        match_style
                    };
                    marks.push((piece.1, piece.2, style));
                }
            }
            lines.push(mark(&page.text.lines[number], &marks, width));
        }
        frame.render_widget(Paragraph::new(Text::from(lines)), body);

        if area.height > 1 {
            let bottom = Rect::new(area.x, area.y + area.height - 1, area.width, 1);
            frame.render_widget(Paragraph::new(self.bottom_line(width)), bottom);
        }
    }

    fn text(&self, id: &'static str) -> String {
        self.page().help.l10n.text(&Message::new(id))
    }

    fn title_line(&self, width: usize) -> Line<'static> {
        let page = self.page();
        let total = page.plain.len();
        let first = (page.scroll + 1).min(total);
        let last = (page.scroll + self.height()).min(total);
        let position = match self.find.current {
            Some(current) => self.page().help.l10n.text(
                &Message::new("help-view-find-count")
                    .arg("current", current + 1)
                    .arg("total", self.find.matches.len()),
            ),
            None => self.page().help.l10n.text(
                &Message::new("help-view-position")
                    .arg("first", first)
                    .arg("last", last)
                    .arg("total", total),
            ),
        };
        let title = format!(" {}", self.title());
        let title_width = title.width();
        let position = format!("{position} ");
        if title_width + 2 + position.width() <= width {
            let gap = width - title_width - position.width();
            Line::from(vec![
                Span::styled(title, Style::default().add_modifier(Modifier::BOLD)),
                Span::raw(" ".repeat(gap)),
                Span::raw(position),
            ])
        } else {
            Line::from(Span::styled(
                fit_marked(&title, width),
                Style::default().add_modifier(Modifier::BOLD),
            ))
        }
    }

    /// The key line, or the find prompt while it is open, or why the last
    /// find found nothing.
    fn bottom_line(&self, width: usize) -> Line<'static> {
        let key = Style::default().add_modifier(Modifier::BOLD | Modifier::REVERSED);
        if let Some(typed) = &self.find.typing {
            let prompt = format!("{} ", self.text("help-view-find-prompt"));
            let mut spans = vec![Span::styled(prompt.clone(), key)];
            // The end of a long query stays visible, with the cursor.
            let room = width.saturating_sub(prompt.width() + 1);
            spans.push(Span::raw(tail(typed, room)));
            spans.push(Span::styled(
                " ",
                Style::default().add_modifier(Modifier::REVERSED),
            ));
            let used: usize = spans.iter().map(|s| s.content.width()).sum();
            let hints = [
                ("Enter", self.text("help-view-key-find")),
                ("Esc", self.text("help-view-key-cancel")),
            ];
            let l10n = &self.page().help.l10n;
            push_keys(l10n, &mut spans, &hints, width.saturating_sub(used), key);
            return Line::from(spans);
        }
        if let Some(query) = &self.find.missed {
            let text = self
                .page()
                .help
                .l10n
                .text(&Message::new("help-view-find-none").arg("query", query.as_str()));
            return Line::from(Span::styled(
                fit(&text, width),
                Style::default().fg(Color::Yellow),
            ));
        }
        // Most needed first: what does not fit at the right is left out.
        let mut keys: Vec<(&str, String)> = Vec::new();
        let esc = if !self.find.query.is_empty() {
            "help-view-key-clear"
        } else if self.pages.len() > 1 {
            "help-view-key-back"
        } else {
            "help-view-key-close"
        };
        keys.push(("Esc", self.text(esc)));
        if !self.page().links.is_empty() {
            keys.push(("Tab", self.text("help-view-key-link")));
            keys.push(("Enter", self.text("help-view-key-follow")));
        }
        keys.push(("/", self.text("help-view-key-find")));
        if !self.find.matches.is_empty() {
            keys.push(("n/N", self.text("help-view-key-next")));
        }
        keys.push(("PgDn", self.text("help-view-key-page")));
        keys.push(("↑↓", self.text("help-view-key-scroll")));
        if self.pages.len() > 1 {
            keys.push(("q", self.text("help-view-key-close")));
        }
        let mut spans = Vec::new();
        push_keys(&self.page().help.l10n, &mut spans, &keys, width, key);
        Line::from(spans)
    }
}

/// Appends `key label` pairs while they fit in `room` columns.
/// Each key's name is the reader's language's ([`key_names`]).
fn push_keys(
    l10n: &Localizer,
    spans: &mut Vec<Span<'static>>,
    keys: &[(&str, String)],
    room: usize,
    key: Style,
) {
    let mut used = 0;
    for (name, label) in keys {
        let name = key_names::localized(l10n, name);
        let label = format!(" {label} ");
        let need = 1 + name.width() + label.width();
        if used + need > room {
            break;
        }
        spans.push(Span::raw(" "));
        spans.push(Span::styled(name, key));
        spans.push(Span::raw(label));
        used += need;
    }
}

/// The end of `text` that fits in `width` columns.
fn tail(text: &str, width: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.into_iter().rev().collect()
}

/// A match of a find: the piece of each line it covers (line and display
/// columns), one piece when it does not cross a line end.
type Match = Vec<(usize, usize, usize)>;

/// A character of the page as find compares it, and where it is drawn.
struct Unit {
    c: char,
    line: usize,
    start: usize,
    end: usize,
}

/// `c` as find compares it, pushed to `out`: lower-cased and without its
/// diacritics (NFD, nonspacing marks dropped), so that "numerique" typed on
/// a keyboard without accents finds "numérique", as browsers' find does.
/// A combining mark gives nothing; whitespace is a space.
fn fold(c: char, out: &mut Vec<char>) {
    use icu_properties::{CodePointMapData, props::GeneralCategory};
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    let categories = CodePointMapData::<GeneralCategory>::new();
    for lower in c.to_lowercase() {
        let mut buffer = [0u8; 4];
        for d in nfd.normalize(lower.encode_utf8(&mut buffer)).chars() {
            if d.is_whitespace() {
                out.push(' ');
            } else if categories.get(d) != GeneralCategory::NonspacingMark {
                out.push(d);
            }
        }
    }
}

/// Every occurrence of `query` in `lines`, compared as [`fold`] says, also
/// across line ends: a wrapped sentence is found as it was written (a space
/// of the query matches any run of spaces and line ends), and so are CJK
/// text and a long path or thumbprint, which wrap without a space. Widths are
/// display columns, so CJK and Cyrillic text is found like Latin.
fn find_all(lines: &[String], query: &str) -> Vec<Match> {
    let mut wanted = Vec::new();
    for c in query.chars() {
        fold(c, &mut wanted);
    }
    wanted.dedup_by(|a, b| *a == ' ' && *b == ' ');
    let first = wanted.iter().position(|c| *c != ' ');
    let last = wanted.iter().rposition(|c| *c != ' ');
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    let wanted = &wanted[first..=last];
    let mut units: Vec<Unit> = Vec::new();
    let mut folded = Vec::new();
    for (number, line) in lines.iter().enumerate() {
        if number > 0 {
            units.push(Unit {
                c: '\n',
                line: number,
                start: 0,
                end: 0,
            });
        }
        let mut col = 0;
        for c in line.chars() {
            let width = c.width().unwrap_or(0);
            folded.clear();
            fold(c, &mut folded);
            for f in &folded {
                units.push(Unit {
                    c: *f,
                    line: number,
                    start: col,
                    end: col + width,
                });
            }
            col += width;
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    while at < units.len() {
        match match_at(&units, at, wanted) {
            Some(end) => {
                out.push(pieces(&units[at..end]));
                at = end;
            }
            None => at += 1,
        }
    }
    out
}

/// Where a match of `wanted` starting at `units[at]` ends. A line end, with
/// the indentation after it, is crossed where the query has no space too.
fn match_at(units: &[Unit], at: usize, wanted: &[char]) -> Option<usize> {
    let blank = |i: usize| units.get(i).is_some_and(|u| u.c == ' ' || u.c == '\n');
    if blank(at) {
        return None;
    }
    let mut i = at;
    for &q in wanted {
        if q == ' ' {
            let from = i;
            while blank(i) {
                i += 1;
            }
            if i == from {
                return None;
            }
            continue;
        }
        if units.get(i).is_some_and(|u| u.c == '\n') {
            i += 1;
            while units.get(i).is_some_and(|u| u.c == ' ') {
                i += 1;
            }
        }
        if units.get(i)?.c != q {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// The piece of each line `units` cover, from their first to their last
/// character there (the indentation of a continued line is not marked).
fn pieces(units: &[Unit]) -> Match {
    let mut out: Match = Vec::new();
    for u in units.iter().filter(|u| u.c != ' ' && u.c != '\n') {
        match out.last_mut() {
            Some(piece) if piece.0 == u.line => {
                piece.1 = piece.1.min(u.start);
                piece.2 = piece.2.max(u.end);
            }
            _ => out.push((u.line, u.start, u.end)),
        }
    }
    out
}

/// `line` with the styles of `marks` (display columns `start..end`) laid over
/// its own, later marks over earlier ones, cut to `width` columns.
fn mark(line: &Line<'static>, marks: &[(usize, usize, Style)], width: usize) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut col = 0;
    for span in &line.spans {
        let mut piece = String::new();
        let mut piece_style = None;
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            if col + w > width {
                break;
            }
            let mut style = span.style;
            for (start, end, extra) in marks {
                if *start <= col && col < *end {
                    style = style.patch(*extra);
                }
            }
            if piece_style.is_some_and(|s| s != style) {
                spans.push(Span::styled(
                    std::mem::take(&mut piece),
                    piece_style.unwrap_or_default(),
                ));
            }
            piece_style = Some(style);
            piece.push(c);
            col += w;
        }
        if !piece.is_empty() {
            spans.push(Span::styled(piece, piece_style.unwrap_or(span.style)));
        }
    }
    Line::from(spans).style(line.style)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Docwiz, Lookup, View};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyEvent, MouseEvent};

    fn page(lang: &str, topic: &str) -> Help {
        let docwiz = Docwiz::new(crate::source::Source::BuiltIn, &[lang.parse().unwrap()]).unwrap();
        match docwiz.help(&[topic.to_string()], View::default()).unwrap() {
            Lookup::Found(help) => help,
            Lookup::NoMatch { .. } => panic!("{topic} not found"),
        }
    }

    fn draw(view: &mut HelpView, terminal: &mut Terminal<TestBackend>) {
        terminal
            .draw(|frame| view.draw(frame, frame.area()))
            .unwrap();
    }

    fn key(view: &mut HelpView, code: KeyCode) -> HelpOutcome {
        view.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn screen(terminal: &Terminal<TestBackend>) -> Vec<String> {
        let buffer = terminal.backend().buffer();
        (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .collect()
    }

    #[test]
    fn scrolling_stays_within_the_page() {
        let mut terminal = Terminal::new(TestBackend::new(60, 20)).unwrap();
        let mut view = HelpView::new(page("en", "certificate-request-returned"));
        draw(&mut view, &mut terminal);
        let lines = view.lines().len();
        assert!(lines > 18, "{lines}");
        assert!(screen(&terminal)[0].contains("Certificate Request (Returned)"));
        key(&mut view, KeyCode::Up);
        assert_eq!(view.scroll(), 0);
        key(&mut view, KeyCode::PageDown);
        assert_eq!(view.scroll(), 17);
        key(&mut view, KeyCode::End);
        assert_eq!(view.scroll(), lines - 18);
        key(&mut view, KeyCode::Down);
        key(&mut view, KeyCode::Char(' '));
        assert_eq!(view.scroll(), lines - 18);
        key(&mut view, KeyCode::Char('g'));
        assert_eq!(view.scroll(), 0);
        key(&mut view, KeyCode::Char('j'));
        assert_eq!(view.scroll(), 1);
    }

    #[test]
    fn find_goes_to_each_match_in_turn() {
        let mut terminal = Terminal::new(TestBackend::new(60, 20)).unwrap();
        let mut view = HelpView::new(page("en", "certificate-request-returned"));
        draw(&mut view, &mut terminal);
        key(&mut view, KeyCode::Char('/'));
        for c in "INTERMEDIATE".chars() {
            key(&mut view, KeyCode::Char(c));
        }
        draw(&mut view, &mut terminal);
        assert!(screen(&terminal)[19].starts_with("Find: INTERMEDIATE"));
        key(&mut view, KeyCode::Enter);
        draw(&mut view, &mut terminal);
        let shown = |view: &HelpView| {
            view.lines()[view.scroll()..(view.scroll() + 18).min(view.lines().len())]
                .iter()
                .any(|l| l.to_lowercase().contains("intermediate"))
        };
        assert!(shown(&view));
        assert!(screen(&terminal)[0].contains("Match 1 of"));
        let first = view.scroll();
        key(&mut view, KeyCode::Char('n'));
        draw(&mut view, &mut terminal);
        assert!(screen(&terminal)[0].contains("Match 2 of"));
        assert!(shown(&view) && view.scroll() >= first);
        key(&mut view, KeyCode::Char('N'));
        draw(&mut view, &mut terminal);
        assert!(screen(&terminal)[0].contains("Match 1 of"));
        // Nothing found: said, and the place kept.
        key(&mut view, KeyCode::Char('/'));
        for c in "zzzq".chars() {
            key(&mut view, KeyCode::Char(c));
        }
        key(&mut view, KeyCode::Enter);
        draw(&mut view, &mut terminal);
        assert!(screen(&terminal)[19].contains("No match for “zzzq”"));
    }

    #[test]
    fn links_are_followed_in_page_order_and_esc_goes_back() {
        let mut terminal = Terminal::new(TestBackend::new(60, 20)).unwrap();
        let mut view = HelpView::new(page("en", "certificate-request-returned"));
        draw(&mut view, &mut terminal);
        assert_eq!(
            view.links(),
            [
                "certificate-details#fields",
                "certificate-assignment",
                "trust-import#trusting-a-root",
                "trust-import#intermediates"
            ]
        );
        assert_eq!(key(&mut view, KeyCode::Enter), HelpOutcome::Stay);
        key(&mut view, KeyCode::Tab);
        key(&mut view, KeyCode::Tab);
        assert_eq!(view.focused(), Some("certificate-assignment"));
        key(&mut view, KeyCode::BackTab);
        assert_eq!(view.focused(), Some("certificate-details#fields"));
        key(&mut view, KeyCode::BackTab);
        assert_eq!(view.focused(), Some("trust-import#intermediates"));
        let scroll = view.scroll();
        assert!(scroll > 0, "the last link is scrolled into view");
        let outcome = key(&mut view, KeyCode::Enter);
        assert_eq!(
            outcome,
            HelpOutcome::Follow("trust-import#intermediates".into())
        );
        view.push(page("en", "trust-import"));
        draw(&mut view, &mut terminal);
        assert_eq!(view.title(), "Trust a certification authority");
        assert_eq!(view.depth(), 2);
        // The anchor's heading is at the top.
        let top = &view.lines()[view.scroll()];
        assert!(view.scroll() > 0 && !top.trim().is_empty(), "{top}");
        assert!(screen(&terminal)[19].contains("Esc back"));
        assert_eq!(key(&mut view, KeyCode::Esc), HelpOutcome::Stay);
        draw(&mut view, &mut terminal);
        assert_eq!(view.title(), "Certificate Request (Returned)");
        assert_eq!(view.scroll(), scroll);
        assert_eq!(view.focused(), Some("trust-import#intermediates"));
        assert_eq!(key(&mut view, KeyCode::Backspace), HelpOutcome::Stay);
        assert_eq!(view.depth(), 1);
        assert_eq!(key(&mut view, KeyCode::Esc), HelpOutcome::Close);
        assert_eq!(key(&mut view, KeyCode::Char('q')), HelpOutcome::Close);
    }

    #[test]
    fn a_click_on_a_link_follows_it_and_the_wheel_scrolls() {
        let mut terminal = Terminal::new(TestBackend::new(60, 20)).unwrap();
        let mut view = HelpView::new(page("de", "certificate-request-returned"));
        draw(&mut view, &mut terminal);
        let mouse = |kind, column, row| MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        };
        view.handle_mouse(mouse(MouseEventKind::ScrollDown, 5, 5));
        assert_eq!(view.scroll(), WHEEL_LINES);
        view.handle_mouse(mouse(MouseEventKind::ScrollUp, 5, 5));
        assert_eq!(view.scroll(), 0);
        // Bring the first link on screen and click its first character.
        key(&mut view, KeyCode::Tab);
        draw(&mut view, &mut terminal);
        let link = &view.page().links[0];
        let span = link.spans[0];
        let row = u16::try_from(span.line - view.scroll()).unwrap() + 1;
        let outcome = view.handle_mouse(mouse(
            MouseEventKind::Down(MouseButton::Left),
            u16::try_from(span.start).unwrap(),
            row,
        ));
        assert_eq!(
            outcome,
            HelpOutcome::Follow("certificate-details#fields".into())
        );
        // The line on the screen is the link's text there.
        let text: String = screen(&terminal)[usize::from(row)].chars().collect();
        assert!(text.contains("Zertifikat"), "{text}");
    }

    #[test]
    fn nothing_is_wider_than_the_area_and_a_resize_rewraps() {
        for lang in ["zh-TW", "de", "ru"] {
            let mut view = HelpView::new(page(lang, "certificate-request-returned"));
            for width in [80u16, 41, 12] {
                let mut terminal = Terminal::new(TestBackend::new(width, 12)).unwrap();
                draw(&mut view, &mut terminal);
                // Below the renderer's narrowest wrap (20 columns) and for a
                // command wider than the area, lines are cut when drawn.
                if width < 41 {
                    continue;
                }
                for line in view.lines() {
                    assert!(
                        line.width() <= usize::from(width),
                        "{lang} at {width}: {line:?}"
                    );
                }
                for link in &view.page().links {
                    for span in &link.spans {
                        assert!(span.end <= usize::from(width));
                        let line = &view.lines()[span.line];
                        assert!(fit(line, span.end).width() == span.end, "{lang}: {line:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn find_is_case_insensitive_and_measures_cjk_in_columns() {
        let lines = vec![
            "Ein Zertifikat, ZERTIFIKAT".to_string(),
            "憑證鏈 與 憑證".to_string(),
        ];
        assert_eq!(
            find_all(&lines, "zertifikat"),
            [vec![(0, 4, 14)], vec![(0, 16, 26)]]
        );
        assert_eq!(
            find_all(&lines, "憑證"),
            [vec![(1, 0, 4)], vec![(1, 10, 14)]]
        );
    }

    #[test]
    fn find_crosses_line_ends_with_or_without_a_space_and_folds_accents() {
        let lines = vec![
            "the assigned".to_string(),
            "  certificate; 憑".to_string(),
            "證 and 4135B5".to_string(),
            "736A, Empreinte Numérique".to_string(),
        ];
        assert_eq!(
            find_all(&lines, "assigned  certificate"),
            [vec![(0, 4, 12), (1, 2, 13)]]
        );
        assert_eq!(find_all(&lines, "憑證"), [vec![(1, 15, 17), (2, 0, 2)]]);
        assert_eq!(
            find_all(&lines, "4135b5736a"),
            [vec![(2, 7, 13), (3, 0, 4)]]
        );
        assert_eq!(find_all(&lines, "empreinte numerique"), [vec![(3, 6, 25)]]);
        assert_eq!(find_all(&lines, "NUMÉRIQUE"), [vec![(3, 16, 25)]]);
        assert!(find_all(&lines, "  ").is_empty());
    }

    #[test]
    fn marks_split_spans_at_display_columns() {
        let line = Line::from("ab憑證cd");
        let marked = mark(&line, &[(2, 4, Style::default().bg(Color::Yellow))], 80);
        let texts: Vec<&str> = marked.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["ab", "憑", "證cd"]);
        let cut = mark(&line, &[], 5);
        assert_eq!(line_text(&cut), "ab憑");
    }
}
