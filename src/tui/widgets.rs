//! The wizard's controls — text fields, check boxes, buttons, choices — kept
//! in a [`Form`] with one focus, and a page body laid out as rows that wrap
//! at word boundaries by display width (CJK is two columns wide, and breaks
//! between characters as UAX #14 allows, through textwrap).
//!
//! State ([`Form`], [`Control`]) and input ([`Form::handle_key`],
//! [`Form::handle_mouse`]) are apart from drawing ([`Body::draw`]).

use ratatui::Frame;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use std::time::Instant;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::error::Message;
use crate::localization::Localizer;

/// What a control is and holds.
#[derive(Debug, Clone)]
pub enum Kind {
    /// A line of text; `cursor` is a byte offset in `value`, always at
    /// the start or end of an extended grapheme cluster (UAX #29).
    Text {
        value: String,
        cursor: usize,
        secret: bool,
    },
    Check {
        checked: bool,
    },
    Button,
    /// One of several options, each a message.
    Choice {
        options: Vec<Message>,
        selected: usize,
    },
}

/// A focusable control: its id (what the page asks about), label, the F1
/// keyword more specific than its page's, and where it was last drawn.
#[derive(Debug, Clone)]
pub struct Control {
    pub id: &'static str,
    pub label: Message,
    pub keyword: Option<&'static str>,
    pub kind: Kind,
    pub enabled: bool,
    /// What Enter on this control does when it is not the form's default
    /// button (a list whose entry Enter opens): shown on the status line.
    pub enter: Option<Message>,
}

impl Control {
    pub fn text(id: &'static str, label: Message, value: &str) -> Control {
        Control {
            id,
            label,
            keyword: None,
            kind: Kind::Text {
                value: value.to_string(),
                cursor: value.len(),
                secret: false,
            },
            enabled: true,
            enter: None,
        }
    }

    pub fn check(id: &'static str, label: Message, checked: bool) -> Control {
        Control {
            id,
            label,
            keyword: None,
            kind: Kind::Check { checked },
            enabled: true,
            enter: None,
        }
    }

    pub fn button(id: &'static str, label: Message) -> Control {
        Control {
            id,
            label,
            keyword: None,
            kind: Kind::Button,
            enabled: true,
            enter: None,
        }
    }

    pub fn choice(
        id: &'static str,
        label: Message,
        options: Vec<Message>,
        selected: usize,
    ) -> Control {
        Control {
            id,
            label,
            keyword: None,
            kind: Kind::Choice { options, selected },
            enabled: true,
            enter: None,
        }
    }

    /// The F1 keyword of this control, sent before its page's.
    pub fn with_keyword(mut self, keyword: &'static str) -> Control {
        self.keyword = Some(keyword);
        self
    }

    /// Enter on this control activates it (a list opens its entry),
    /// said as `action` on the status line.
    pub fn on_enter(mut self, action: Message) -> Control {
        self.enter = Some(action);
        self
    }

    /// A text field whose characters are shown as `•` (passwords).
    pub fn secret(mut self) -> Control {
        if let Kind::Text { secret, .. } = &mut self.kind {
            *secret = true;
        }
        self
    }

    fn focusable(&self) -> bool {
        self.enabled
    }
}

/// What an input did to a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormEvent {
    /// Not for the form: the page or the wizard may use it.
    Ignored,
    /// Focus moved or the cursor did: redraw only.
    Moved,
    /// The value of this control changed (typed, toggled, chosen).
    Changed(&'static str),
    /// Enter on this control, or a click on a button.
    Activated(&'static str),
}

/// How long the controls of a step that decides something irreversible
/// (trusting a root, sending a request) ignore the mouse after the step is
/// shown: the second click of a double-click on the step before must not
/// press a button drawn under the pointer. Firefox does the same for its
/// security dialogs (`security.dialog_enable_delay`, 1000 ms there).
pub const MOUSE_ARM_DELAY: std::time::Duration = std::time::Duration::from_millis(500);

/// A page's controls with one focus. Hit areas are those of the last frame.
///
/// The mouse activates a control on the release of the left button over the
/// control the press was on (as GUI toolkits do): a press that slides off
/// does nothing. Keys act at once, also on an armed form: Enter and Space
/// are deliberate, and a key is not sent to where the pointer happens to be.
#[derive(Debug, Clone, Default)]
pub struct Form {
    pub controls: Vec<Control>,
    pub focus: usize,
    /// The button Enter presses from a text field, a check box or a list
    /// without an Enter of its own (Next, Import): [`Form::with_default`].
    default: Option<&'static str>,
    hits: Vec<Hit>,
    /// Before this instant the mouse activates nothing ([`Form::arm_mouse_after`]).
    armed_at: Option<Instant>,
    /// The control (and option) the left button went down on, waiting for
    /// its release.
    pressed: Option<(usize, Option<usize>)>,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    area: Rect,
    control: usize,
    option: Option<usize>,
}

impl Form {
    pub fn new(controls: Vec<Control>) -> Form {
        let mut form = Form {
            controls,
            focus: 0,
            default: None,
            hits: Vec::new(),
            armed_at: None,
            pressed: None,
        };
        if !form.controls.first().is_some_and(Control::focusable) {
            form.move_focus(1);
        }
        form
    }

    /// Enter on a control that is not a button presses `button` (a page's
    /// Next), as a dialog's default button.
    pub fn with_default(mut self, button: &'static str) -> Form {
        self.default = Some(button);
        self
    }

    /// The default button, when it can be pressed.
    fn default_button(&self) -> Option<&Control> {
        self.default
            .and_then(|id| self.get(id))
            .filter(|c| c.focusable())
    }

    /// The keys that act on the focused control, for the status line, in
    /// the order they matter: the control's own key (Space for a check
    /// box, ↑↓ for a list), what Enter does there (the button's own label;
    /// the default button's from a field), then Tab when there is another
    /// control to go to. Derived from the same rules as
    /// [`Form::handle_key`], so the line never offers a key that does
    /// nothing.
    pub fn hints(&self, l10n: &Localizer) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let default = self.default_button().map(|b| l10n.text(&b.label));
        if let Some(control) = self.focused() {
            match &control.kind {
                Kind::Text { .. } => {}
                Kind::Check { .. } => {
                    out.push(("Space", l10n.text(&Message::new("tui-key-toggle"))));
                }
                Kind::Choice { .. } => {
                    out.push(("↑↓", l10n.text(&Message::new("tui-key-arrows-choose"))));
                }
                Kind::Button => {}
            }
            let enter = match &control.kind {
                Kind::Button => Some(l10n.text(&control.label)),
                _ => control.enter.as_ref().map(|m| l10n.text(m)).or(default),
            };
            if let Some(enter) = enter {
                out.push(("Enter", enter));
            }
        }
        if self.controls.iter().filter(|c| c.focusable()).count() > 1 {
            out.push(("Tab", l10n.text(&Message::new("tui-key-next-control"))));
        }
        out
    }

    /// Makes the mouse inert on this form for `delay` from now: presses and
    /// releases before then neither focus nor activate anything. Call it
    /// when a step whose buttons act irreversibly is shown.
    pub fn arm_mouse_after(&mut self, delay: std::time::Duration) {
        self.armed_at = Some(Instant::now() + delay);
        self.pressed = None;
    }

    fn mouse_armed(&self) -> bool {
        self.armed_at.is_none_or(|at| Instant::now() >= at)
    }

    pub fn index(&self, id: &str) -> Option<usize> {
        self.controls.iter().position(|c| c.id == id)
    }

    pub fn get(&self, id: &str) -> Option<&Control> {
        self.controls.iter().find(|c| c.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Control> {
        self.controls.iter_mut().find(|c| c.id == id)
    }

    /// The text of a text field ("" when there is none).
    pub fn value(&self, id: &str) -> &str {
        match self.get(id).map(|c| &c.kind) {
            Some(Kind::Text { value, .. }) => value,
            _ => "",
        }
    }

    pub fn set_value(&mut self, id: &str, text: &str) {
        if let Some(Kind::Text { value, cursor, .. }) = self.get_mut(id).map(|c| &mut c.kind) {
            *value = text.to_string();
            *cursor = value.len();
        }
    }

    pub fn checked(&self, id: &str) -> bool {
        matches!(
            self.get(id).map(|c| &c.kind),
            Some(Kind::Check { checked: true })
        )
    }

    pub fn selected(&self, id: &str) -> usize {
        match self.get(id).map(|c| &c.kind) {
            Some(Kind::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }

    pub fn set_enabled(&mut self, id: &str, enabled: bool) {
        if let Some(c) = self.get_mut(id) {
            c.enabled = enabled;
        }
        if !self
            .controls
            .get(self.focus)
            .is_some_and(Control::focusable)
        {
            self.move_focus(1);
        }
    }

    pub fn focused(&self) -> Option<&Control> {
        self.controls.get(self.focus).filter(|c| c.focusable())
    }

    pub fn focused_id(&self) -> Option<&'static str> {
        self.focused().map(|c| c.id)
    }

    pub fn focus_on(&mut self, id: &str) {
        if let Some(i) = self.index(id).filter(|i| self.controls[*i].focusable()) {
            self.focus = i;
        }
    }

    /// The F1 keywords, most specific first: the focused control's, then
    /// the page's.
    pub fn keywords(&self, page: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(k) = self.focused().and_then(|c| c.keyword) {
            out.push(k.to_string());
        }
        out.push(page.to_string());
        out
    }

    /// Moves focus by `step` (+1 Tab, -1 Shift+Tab) to the next enabled
    /// control, wrapping around.
    pub fn move_focus(&mut self, step: isize) {
        let n = self.controls.len();
        if n == 0 {
            return;
        }
        let mut at = self.focus.min(n - 1);
        for _ in 0..n {
            at = (at as isize + step).rem_euclid(n as isize) as usize;
            if self.controls[at].focusable() {
                self.focus = at;
                return;
            }
        }
    }

    /// Tab, Shift+Tab, and the keys of the focused control.
    pub fn handle_key(&mut self, key: KeyEvent) -> FormEvent {
        match key.code {
            KeyCode::Tab => {
                self.move_focus(1);
                return FormEvent::Moved;
            }
            KeyCode::BackTab => {
                self.move_focus(-1);
                return FormEvent::Moved;
            }
            _ => {}
        }
        let Some(control) = self.controls.get(self.focus).filter(|c| c.focusable()) else {
            return FormEvent::Ignored;
        };
        let id = control.id;
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if key.code == KeyCode::Enter && !matches!(control.kind, Kind::Button) {
            if control.enter.is_some() {
                return FormEvent::Activated(id);
            }
            return match self.default_button() {
                Some(button) => FormEvent::Activated(button.id),
                None => FormEvent::Ignored,
            };
        }
        let Some(control) = self.controls.get_mut(self.focus) else {
            return FormEvent::Ignored;
        };
        match (&mut control.kind, key.code) {
            (Kind::Text { value, cursor, .. }, code) => edit(value, cursor, code, ctrl, id),
            (Kind::Check { checked }, KeyCode::Char(' ')) => {
                *checked = !*checked;
                FormEvent::Changed(id)
            }
            (Kind::Button, KeyCode::Enter | KeyCode::Char(' ')) => FormEvent::Activated(id),
            (Kind::Choice { options, selected }, KeyCode::Up | KeyCode::Left) => {
                *selected = selected
                    .checked_sub(1)
                    .unwrap_or(options.len().saturating_sub(1));
                FormEvent::Changed(id)
            }
            (Kind::Choice { options, selected }, KeyCode::Down | KeyCode::Right) => {
                *selected = if *selected + 1 >= options.len() {
                    0
                } else {
                    *selected + 1
                };
                FormEvent::Changed(id)
            }
            (Kind::Choice { .. }, KeyCode::Char(' ')) => FormEvent::Changed(id),
            (Kind::Button | Kind::Check { .. }, KeyCode::Down | KeyCode::Right) => {
                self.move_focus(1);
                FormEvent::Moved
            }
            (Kind::Button | Kind::Check { .. }, KeyCode::Up | KeyCode::Left) => {
                self.move_focus(-1);
                FormEvent::Moved
            }
            _ => FormEvent::Ignored,
        }
    }

    /// A left press focuses the control under it; the release over the same
    /// control (and option) acts as Space would (a button is pressed, a box
    /// toggled, an option chosen). While the form is not armed yet
    /// ([`Form::arm_mouse_after`]) the mouse does nothing.
    pub fn handle_mouse(&mut self, event: MouseEvent) -> FormEvent {
        let down = match event.kind {
            MouseEventKind::Down(MouseButton::Left) => true,
            MouseEventKind::Up(MouseButton::Left) => false,
            _ => return FormEvent::Ignored,
        };
        if !self.mouse_armed() {
            self.pressed = None;
            return FormEvent::Ignored;
        }
        let at = Position::new(event.column, event.row);
        let hit = self.hits.iter().find(|h| h.area.contains(at)).copied();
        let hit = hit.filter(|h| self.controls.get(h.control).is_some_and(Control::focusable));
        if down {
            self.pressed = hit.map(|h| (h.control, h.option));
            let Some(hit) = hit else {
                return FormEvent::Ignored;
            };
            self.focus = hit.control;
            return FormEvent::Moved;
        }
        let pressed = self.pressed.take();
        let Some(hit) = hit.filter(|h| pressed == Some((h.control, h.option))) else {
            return FormEvent::Ignored;
        };
        let Some(control) = self.controls.get_mut(hit.control) else {
            return FormEvent::Ignored;
        };
        self.focus = hit.control;
        let id = control.id;
        match (&mut control.kind, hit.option) {
            (Kind::Button, _) => FormEvent::Activated(id),
            (Kind::Check { checked }, _) => {
                *checked = !*checked;
                FormEvent::Changed(id)
            }
            (Kind::Choice { selected, .. }, Some(option)) => {
                *selected = option;
                FormEvent::Changed(id)
            }
            _ => FormEvent::Moved,
        }
    }
}

/// Line editing of a text field: characters, Backspace, Delete, arrows,
/// Home/End, Ctrl+U (clear). The cursor moves and deletes by extended
/// grapheme cluster (UAX #29, through unicode-segmentation): a letter with
/// its combining marks, an emoji ZWJ sequence or a flag is one step, as it
/// is one character on the screen; a zero-width space is one too, so it
/// can be deleted.
fn edit(
    value: &mut String,
    cursor: &mut usize,
    code: KeyCode,
    ctrl: bool,
    id: &'static str,
) -> FormEvent {
    use unicode_segmentation::GraphemeCursor;
    // A cursor left inside a cluster (by a value set from elsewhere) goes
    // to the cluster's start.
    *cursor = (*cursor).min(value.len());
    while !value.is_char_boundary(*cursor) {
        *cursor -= 1;
    }
    let before = |value: &str, at: usize| {
        GraphemeCursor::new(at, value.len(), true)
            .prev_boundary(value, 0)
            .ok()
            .flatten()
    };
    let after = |value: &str, at: usize| {
        GraphemeCursor::new(at, value.len(), true)
            .next_boundary(value, 0)
            .ok()
            .flatten()
    };
    if !GraphemeCursor::new(*cursor, value.len(), true)
        .is_boundary(value, 0)
        .unwrap_or(true)
    {
        *cursor = before(value, *cursor).unwrap_or(0);
    }
    match code {
        KeyCode::Char('u') if ctrl => {
            value.clear();
            *cursor = 0;
            FormEvent::Changed(id)
        }
        KeyCode::Char(_) if ctrl => FormEvent::Ignored,
        KeyCode::Char(c) if !c.is_control() => {
            value.insert(*cursor, c);
            *cursor += c.len_utf8();
            // A combining mark or a joiner typed after a letter joins its
            // cluster: the cursor stays after the whole cluster.
            if let Some(end) = Some(*cursor).filter(|at| *at < value.len())
                && !GraphemeCursor::new(end, value.len(), true)
                    .is_boundary(value, 0)
                    .unwrap_or(true)
            {
                *cursor = after(value, end).unwrap_or(value.len());
            }
            FormEvent::Changed(id)
        }
        KeyCode::Backspace => match before(value, *cursor) {
            Some(start) => {
                value.replace_range(start..*cursor, "");
                *cursor = start;
                FormEvent::Changed(id)
            }
            None => FormEvent::Ignored,
        },
        KeyCode::Delete => match after(value, *cursor) {
            Some(end) => {
                value.replace_range(*cursor..end, "");
                FormEvent::Changed(id)
            }
            None => FormEvent::Ignored,
        },
        KeyCode::Left => match before(value, *cursor) {
            Some(start) => {
                *cursor = start;
                FormEvent::Moved
            }
            None => FormEvent::Ignored,
        },
        KeyCode::Right => match after(value, *cursor) {
            Some(end) => {
                *cursor = end;
                FormEvent::Moved
            }
            None => FormEvent::Ignored,
        },
        KeyCode::Home => {
            *cursor = 0;
            FormEvent::Moved
        }
        KeyCode::End => {
            *cursor = value.len();
            FormEvent::Moved
        }
        _ => FormEvent::Ignored,
    }
}

/// How a paragraph of a page looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Normal,
    Heading,
    /// Quieter text: hints, explanations.
    Dim,
    /// Something that stands in the way: an untrusted chain, a refusal.
    Warning,
    /// Something that failed.
    Error,
    /// Done and well.
    Good,
}

impl Tone {
    pub fn style(self) -> Style {
        match self {
            Tone::Normal => Style::default(),
            Tone::Heading => Style::default().add_modifier(Modifier::BOLD),
            Tone::Dim => Style::default().add_modifier(Modifier::DIM),
            Tone::Warning => Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            Tone::Error => Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            Tone::Good => Style::default().fg(Color::Green),
        }
    }
}

/// One piece of a page body, top to bottom.
#[derive(Debug, Clone)]
pub enum Item {
    /// A paragraph, wrapped; its first line indented by `lead` columns,
    /// later lines by `indent`.
    Text {
        text: String,
        tone: Tone,
        lead: u16,
        indent: u16,
    },
    /// `label  value`, labels in a column, the value wrapped beside it.
    Fact {
        label: String,
        value: String,
        tone: Tone,
    },
    /// A suggested command under what it does, `indent` columns in: broken
    /// only between its arguments, with ` \` continuations, so that the
    /// lines copied from the terminal are the command
    /// ([`crate::render::term::command_block`]).
    Command {
        text: String,
        tone: Tone,
        indent: u16,
    },
    /// A control of the form, by id.
    Control(&'static str),
    /// Buttons side by side (wrapping onto more rows when narrow).
    Buttons(Vec<&'static str>),
    Gap,
    /// What follows stays at the bottom of the page while the rest
    /// scrolls above it (a question with its Yes and No). Without it, a
    /// last row of buttons does.
    Pin,
}

impl Item {
    pub fn text(text: impl Into<String>) -> Item {
        Item::Text {
            text: text.into(),
            tone: Tone::Normal,
            lead: 0,
            indent: 0,
        }
    }
    pub fn toned(text: impl Into<String>, tone: Tone) -> Item {
        Item::Text {
            text: text.into(),
            tone,
            lead: 0,
            indent: 0,
        }
    }
    pub fn heading(text: impl Into<String>) -> Item {
        Item::Text {
            text: text.into(),
            tone: Tone::Heading,
            lead: 0,
            indent: 0,
        }
    }
    pub fn bullet(text: impl Into<String>, tone: Tone) -> Item {
        Item::Text {
            text: format!("• {}", text.into()),
            tone,
            lead: 0,
            indent: 2,
        }
    }
    /// A paragraph indented by `indent` columns as a whole (a command under
    /// the note that gives it).
    pub fn indented(text: impl Into<String>, tone: Tone, indent: u16) -> Item {
        Item::Text {
            text: text.into(),
            tone,
            lead: indent,
            indent,
        }
    }
    /// A suggested command `indent` columns in ([`Item::Command`]).
    pub fn command(text: impl Into<String>, tone: Tone, indent: u16) -> Item {
        Item::Command {
            text: text.into(),
            tone,
            indent,
        }
    }
    pub fn fact(label: impl Into<String>, value: impl Into<String>) -> Item {
        Item::Fact {
            label: label.into(),
            value: value.into(),
            tone: Tone::Normal,
        }
    }
}

/// One drawn row: its spans, the controls on it, and where a text cursor goes.
#[derive(Default)]
struct Row {
    spans: Vec<Span<'static>>,
    hits: Vec<(u16, u16, usize, Option<usize>)>,
    cursor: Option<u16>,
    control: Option<usize>,
}

/// A page body: its items and how far it is scrolled.
#[derive(Debug, Clone, Default)]
pub struct Body {
    pub items: Vec<Item>,
    pub scroll: u16,
    /// The focus and area the last frame scrolled for: scrolling follows
    /// the focus when it moves or the terminal is resized, so the page can
    /// otherwise be scrolled away from it.
    shown_focus: Option<(usize, Rect)>,
    /// Rows of the scrolling part in the last frame (PgUp/PgDn step).
    height: u16,
    /// Whether the last frame had more rows than fit (PgUp/PgDn do
    /// something, and the status line says so).
    overflow: bool,
}

/// Rows kept in view under the focused control.
const SCROLL_OFF: usize = 1;

/// The lines of a text item: [`wrap`], except that a suggested command in
/// it (`To trust it: docwiz …`) that does not fit goes on lines of its own
/// under the text, broken between its arguments with ` \` continuations
/// ([`crate::render::term::command_block`]), as the printed page shows it.
fn text_lines(text: &str, width: u16, indent: u16) -> Vec<String> {
    let found = crate::render::printed::find_command(text)
        .filter(|(start, _)| !text[*start..].contains('\n') && text.width() > usize::from(width));
    let Some((start, end)) = found else {
        return wrap(text, width, indent);
    };
    let (head, command, tail) = (&text[..start], &text[start..end], &text[end..]);
    let mut lines = if head.trim().is_empty() {
        Vec::new()
    } else {
        wrap(head.trim_end(), width, indent)
    };
    let indent = if head.trim().is_empty() {
        head.len()
    } else {
        usize::from(indent)
    };
    let mut block = crate::render::term::command_block(
        command,
        usize::from(width.max(1)),
        indent,
        tail.width(),
    );
    if let Some(last) = block.last_mut() {
        last.push_str(tail);
    }
    lines.append(&mut block);
    lines
}

/// Lines of `text` at most `width` columns wide, broken at word boundaries
/// (UAX #14 through textwrap: between CJK characters, never inside a Latin
/// word unless the word alone is wider than the line), later lines after
/// `indent` spaces. Line breaks in `text` are kept.
pub fn wrap(text: &str, width: u16, indent: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    let pad = " ".repeat(usize::from(indent).min(width.saturating_sub(1)));
    let options = crate::render::term::never_wider(textwrap::Options::new(width))
        .subsequent_indent(&pad)
        .word_separator(textwrap::WordSeparator::Custom(break_at_spaces_and_cjk))
        // Not at hyphens either (`rsa-2048`, a request id in a path).
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    let mut out = Vec::new();
    for (i, para) in text.split('\n').enumerate() {
        let first = if i == 0 { "" } else { pad.as_str() };
        let options = options.clone().initial_indent(first);
        let lines = textwrap::wrap(para, options);
        if lines.is_empty() {
            out.push(String::new());
        }
        out.extend(lines.into_iter().map(|l| l.into_owned()));
    }
    out
}

/// The words of `line` as UAX #14 finds them, except that a break between
/// two narrow characters with no space (after the `/` of a path, the `-` of
/// `rsa-2048`, the `:` of a key identifier) is not taken: a command copied
/// from the page must be the command. Breaks next to a wide (CJK) character
/// stay, so Chinese still wraps between characters.
fn break_at_spaces_and_cjk(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let wide = |c: char| c.width().unwrap_or(0) > 1;
    let base = line.as_ptr() as usize;
    let mut breaks: Vec<usize> = textwrap::WordSeparator::UnicodeBreakProperties
        .find_words(line)
        .map(|w| w.word.as_ptr() as usize - base)
        .filter(|at| {
            let before = line[..*at].chars().next_back();
            let after = line[*at..].chars().next();
            before.is_some_and(wide) || after.is_some_and(wide)
        })
        .collect();
    // After each run of spaces (UAX #14 does not break before a `/`).
    let mut prev = None;
    for (at, c) in line.char_indices() {
        if prev == Some(' ') && c != ' ' {
            breaks.push(at);
        }
        prev = Some(c);
    }
    breaks.retain(|at| *at > 0 && *at < line.len());
    breaks.sort_unstable();
    breaks.dedup();
    breaks.push(line.len());
    let mut start = 0;
    Box::new(breaks.into_iter().map(move |end| {
        let word = textwrap::core::Word::from(&line[start..end]);
        start = end;
        word
    }))
}

/// `text` in `width` columns: whole when it fits, else cut and ended with
/// `…`, so that a title or a button cut by a narrow terminal says so rather
/// than show half a word as if it were whole.
pub fn fit_marked(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    match width {
        0 => String::new(),
        _ => format!("{}…", fit(text, width - 1)),
    }
}

/// `text` cut to `width` columns.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

impl Body {
    pub fn new(items: Vec<Item>) -> Body {
        Body {
            items,
            scroll: 0,
            shown_focus: None,
            height: 0,
            overflow: false,
        }
    }

    /// Draws the body in `area`, scrolled so the focused control shows;
    /// records the controls' areas in `form` for the mouse.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, form: &mut Form, l10n: &Localizer) {
        // A last row of buttons (Back, Next, Finish…) stays at the bottom,
        // as a wizard's buttons do, while the rest scrolls above it.
        let split = match self.items.last() {
            _ if self.items.iter().any(|i| matches!(i, Item::Pin)) => self
                .items
                .iter()
                .rposition(|i| matches!(i, Item::Pin))
                .unwrap_or(self.items.len()),
            Some(Item::Buttons(_)) => self.items.len() - 1,
            _ => self.items.len(),
        };
        let footer = layout(&self.items[split..], area.width, form, l10n);
        let footer_height = (footer.len() as u16).min(area.height / 2);
        let gap = u16::from(footer_height > 0 && area.height > footer_height + 2);
        let body_area = Rect {
            height: area.height.saturating_sub(footer_height + gap),
            ..area
        };
        let footer_area = Rect {
            y: area.bottom().saturating_sub(footer_height),
            height: footer_height,
            ..area
        };
        let rows = layout(&self.items[..split], area.width, form, l10n);
        self.height = body_area.height;
        let moved = self.shown_focus != Some((form.focus, area));
        self.shown_focus = Some((form.focus, area));
        if let Some(focus_row) = rows
            .iter()
            .position(|r| r.control == Some(form.focus))
            .filter(|_| moved)
        {
            let last = rows
                .iter()
                .rposition(|r| r.control == Some(form.focus))
                .unwrap_or(focus_row);
            let height = body_area.height.max(1) as usize;
            let scroll = self.scroll as usize;
            // The row under a control (where its error appears) comes into
            // view with it, as vim's scrolloff keeps context in view.
            let end = (last + 1 + SCROLL_OFF).min(rows.len());
            if focus_row < scroll {
                self.scroll = focus_row as u16;
            } else if end > scroll + height {
                self.scroll = end.saturating_sub(height).min(focus_row) as u16;
            }
        }
        let max = rows.len().saturating_sub(body_area.height as usize) as u16;
        self.overflow = max > 0;
        self.scroll = self.scroll.min(max);
        form.hits.clear();
        let skip = self.scroll as usize;
        draw_rows(frame, body_area, rows.into_iter().skip(skip), form);
        draw_rows(frame, footer_area, footer.into_iter(), form);
    }

    /// Whether the page is longer than its place on the screen (as last
    /// drawn).
    pub fn scrolls(&self) -> bool {
        self.overflow
    }

    /// Scrolls one screen down (`down`) or up.
    pub fn page(&mut self, down: bool) {
        let step = i32::from(self.height.saturating_sub(2).max(1));
        self.scroll_by(if down { step } else { -step });
    }

    /// Scrolls by `lines` (negative: up) when the page is longer than the screen.
    pub fn scroll_by(&mut self, lines: i32) {
        self.scroll = (i32::from(self.scroll) + lines).max(0) as u16;
    }
}

/// Draws `rows` from the top of `area`, recording the controls' places in
/// `form` for the mouse and placing the cursor of a focused text field.
fn draw_rows(frame: &mut Frame, area: Rect, rows: impl Iterator<Item = Row>, form: &mut Form) {
    let mut lines = Vec::new();
    for (y, row) in rows.take(area.height as usize).enumerate() {
        let y = area.y + y as u16;
        for (x, w, control, option) in &row.hits {
            form.hits.push(Hit {
                area: Rect::new(area.x + x, y, (*w).min(area.width.saturating_sub(*x)), 1),
                control: *control,
                option: *option,
            });
        }
        if let Some(x) = row.cursor {
            frame.set_cursor_position(Position::new(
                area.x + x.min(area.width.saturating_sub(1)),
                y,
            ));
        }
        lines.push(Line::from(row.spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The rows of `items` at `width` columns.
fn layout(items: &[Item], width: u16, form: &Form, l10n: &Localizer) -> Vec<Row> {
    let width = width.max(8);
    let mut rows: Vec<Row> = Vec::new();
    let label_width = items
        .iter()
        .filter_map(|i| match i {
            Item::Fact { label, .. } => Some(label.width() as u16 + 2),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        .min(width / 3);
    for item in items {
        match item {
            Item::Gap => rows.push(Row::default()),
            Item::Pin => {}
            Item::Text {
                text,
                tone,
                lead,
                indent,
            } => {
                let lead = " ".repeat(usize::from(*lead).min(usize::from(width) / 2));
                let full = format!("{lead}{text}");
                for line in text_lines(&full, width, *indent) {
                    rows.push(Row {
                        spans: vec![Span::styled(line, tone.style())],
                        ..Row::default()
                    });
                }
            }
            Item::Command { text, tone, indent } => {
                let indent = usize::from(*indent).min(usize::from(width) / 2);
                for line in
                    crate::render::term::command_block(text, usize::from(width.max(1)), indent, 0)
                {
                    rows.push(Row {
                        spans: vec![Span::styled(line, tone.style())],
                        ..Row::default()
                    });
                }
            }
            Item::Fact { label, value, tone } => {
                let column = width.saturating_sub(label_width).max(1);
                let label_room = label_width.saturating_sub(1).max(1);
                if value
                    .split_whitespace()
                    .any(|word| word.width() > usize::from(column))
                    || label
                        .split_whitespace()
                        .any(|word| word.width() > usize::from(label_room))
                {
                    // A word of the value (a thumbprint, a path) would be
                    // split beside the label, or a word of the label in its
                    // column (German compounds in a narrow terminal): the
                    // value goes below the label, indented, where it has the
                    // whole line.
                    for line in wrap(label, width, 0) {
                        rows.push(Row {
                            spans: vec![Span::styled(
                                line,
                                Style::default().add_modifier(Modifier::DIM),
                            )],
                            ..Row::default()
                        });
                    }
                    for line in wrap(&format!("  {value}"), width, 2) {
                        rows.push(Row {
                            spans: vec![Span::styled(line, tone.style())],
                            ..Row::default()
                        });
                    }
                    continue;
                }
                let labels = wrap(label, label_room, 0);
                let values = wrap(value, width.saturating_sub(label_width).max(1), 0);
                for i in 0..labels.len().max(values.len()) {
                    let l = labels.get(i).map(String::as_str).unwrap_or("");
                    let pad = usize::from(label_width).saturating_sub(l.width());
                    let v = values.get(i).cloned().unwrap_or_default();
                    rows.push(Row {
                        spans: vec![
                            Span::styled(
                                format!("{l}{}", " ".repeat(pad)),
                                Style::default().add_modifier(Modifier::DIM),
                            ),
                            Span::styled(v, tone.style()),
                        ],
                        ..Row::default()
                    });
                }
            }
            Item::Control(id) => {
                if let Some(index) = form.index(id) {
                    control_rows(&mut rows, form, index, width, l10n);
                }
            }
            Item::Buttons(ids) => {
                let mut row = Row::default();
                let mut x: u16 = 0;
                for id in ids {
                    let Some(index) = form.index(id) else {
                        continue;
                    };
                    let control = &form.controls[index];
                    let label = fit_marked(
                        &l10n.text(&control.label),
                        usize::from(width.saturating_sub(4)),
                    );
                    let text = format!("[ {label} ]");
                    let w = text.width() as u16;
                    if x > 0 && x + 2 + w > width {
                        rows.push(std::mem::take(&mut row));
                        x = 0;
                    }
                    if x > 0 {
                        row.spans.push(Span::raw("  "));
                        x += 2;
                    }
                    row.hits.push((x, w, index, None));
                    row.spans
                        .push(Span::styled(text, control_style(form, index)));
                    if form.focus == index {
                        row.control = Some(index);
                    }
                    x += w;
                }
                rows.push(row);
            }
        }
    }
    rows
}

fn control_style(form: &Form, index: usize) -> Style {
    let control = &form.controls[index];
    if !control.enabled {
        Style::default().add_modifier(Modifier::DIM)
    } else if form.focus == index {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        Style::default()
    }
}

fn control_rows(rows: &mut Vec<Row>, form: &Form, index: usize, width: u16, l10n: &Localizer) {
    let control = &form.controls[index];
    let focused = form.focus == index && control.enabled;
    let label = l10n.text(&control.label);
    let style = control_style(form, index);
    match &control.kind {
        Kind::Text {
            value,
            cursor,
            secret,
        } => {
            for line in wrap(&label, width, 0) {
                let tone = if focused { Tone::Heading } else { Tone::Normal };
                rows.push(Row {
                    spans: vec![Span::styled(line, tone.style())],
                    control: Some(index),
                    ..Row::default()
                });
            }
            let field = usize::from(width.saturating_sub(2)).max(1);
            // Drawn by grapheme cluster and its display width (CJK two
            // columns, a combining mark or a zero-width space none), so the
            // cursor stands where the terminal puts the next character.
            use unicode_segmentation::UnicodeSegmentation;
            let cursor = (*cursor).min(value.len());
            let clusters: Vec<(usize, &str)> = value.grapheme_indices(true).collect();
            let at = clusters
                .iter()
                .position(|(start, _)| *start >= cursor)
                .unwrap_or(clusters.len());
            let shown: Vec<&str> = clusters
                .iter()
                .map(|(_, g)| if *secret { "•" } else { *g })
                .collect();
            let col =
                |from: usize, to: usize| shown[from..to].iter().map(|g| g.width()).sum::<usize>();
            let mut start = 0;
            while col(start, at) + 1 > field && start < at {
                start += 1;
            }
            let mut visible = String::new();
            let mut used = 0;
            for g in &shown[start..] {
                let w = g.width();
                if used + w > field {
                    break;
                }
                used += w;
                visible.push_str(g);
            }
            let cursor = at;
            let pad = field.saturating_sub(visible.width());
            let field_style = if focused {
                Style::default().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
            } else {
                Style::default().add_modifier(Modifier::UNDERLINED)
            };
            rows.push(Row {
                spans: vec![
                    Span::raw("  "),
                    Span::styled(format!("{visible}{}", " ".repeat(pad)), field_style),
                ],
                hits: vec![(0, width, index, None)],
                cursor: focused.then(|| 2 + col(start, cursor) as u16),
                control: Some(index),
            });
        }
        Kind::Check { checked } => {
            let mark = if *checked { "[x] " } else { "[ ] " };
            for (i, line) in wrap(&format!("{mark}{label}"), width, 4)
                .into_iter()
                .enumerate()
            {
                rows.push(Row {
                    spans: vec![Span::styled(
                        line,
                        if i == 0 || focused {
                            style
                        } else {
                            Style::default()
                        },
                    )],
                    hits: vec![(0, width, index, None)],
                    control: Some(index),
                    ..Row::default()
                });
            }
        }
        Kind::Button => {
            let text = format!(
                "[ {} ]",
                fit_marked(&label, usize::from(width.saturating_sub(4)))
            );
            let w = text.width() as u16;
            rows.push(Row {
                spans: vec![Span::styled(text, style)],
                hits: vec![(0, w, index, None)],
                control: Some(index),
                ..Row::default()
            });
        }
        Kind::Choice { options, selected } => {
            for line in wrap(&label, width, 0) {
                let tone = if focused { Tone::Heading } else { Tone::Normal };
                rows.push(Row {
                    spans: vec![Span::styled(line, tone.style())],
                    control: Some(index),
                    ..Row::default()
                });
            }
            for (i, option) in options.iter().enumerate() {
                let mark = if i == *selected { "(•) " } else { "( ) " };
                let text = format!("  {mark}{}", l10n.text(option));
                for line in wrap(&text, width, 6) {
                    let st = if i == *selected && focused {
                        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
                    } else if !control.enabled {
                        Style::default().add_modifier(Modifier::DIM)
                    } else {
                        Style::default()
                    };
                    rows.push(Row {
                        spans: vec![Span::styled(line, st)],
                        hits: vec![(0, width, index, Some(i))],
                        control: Some(index),
                        ..Row::default()
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The German status page at 60 columns (a 58-column body): textwrap's
    /// optimal fit left to its defaults made the command's line 59 columns
    /// wide, and the terminal cut the "e" of `import-intermediate`.
    #[test]
    fn no_wrapped_line_is_wider_than_the_width() {
        let command = "docwiz --store /tmp/try11/store trust import-intermediate \
                       /tmp/try11/store/requests/20261201-041803-0124dd/issuers/\
                       4135B5736AAB9B516723ADFB77F0D495E8F7A956.pem";
        let lines = wrap(&format!("  {command}"), 58, 2);
        for line in &lines {
            assert!(line.width() <= 58, "{} columns: {line:?}", line.width());
        }
        // Nothing is lost: the words, and the path's pieces, are all there.
        let letters = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(letters(&lines.concat()), letters(command));
    }
}
