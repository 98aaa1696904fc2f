//! The running wizard: the stack of pages, the help over them, and the keys
//! that mean the same on every page (F1 help, F2 language, Esc back, Ctrl+C).
//! Input is dispatched in [`Wizard::handle`]; [`Wizard::draw`] only draws.

use ratatui::Frame;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::context::Context;
use super::help_view::{HelpOutcome, HelpView};
use super::key_names;
use super::pages::{Esc, KeyHint, Outcome, Page};

/// The help shown over a page, and the request its live panel shows.
struct Overlay {
    view: HelpView,
    request: Option<String>,
}

pub struct Wizard {
    pub ctx: Context,
    pages: Vec<Box<dyn Page>>,
    help: Option<Overlay>,
    done: bool,
    /// Lines the status line took in the last frame: the page is laid out
    /// for them first (drawing it again only when that changes, since a
    /// page scrolls to its focus when its place changes).
    status_height: u16,
}

impl Wizard {
    pub fn new(ctx: Context, first: Box<dyn Page>) -> Wizard {
        Wizard {
            ctx,
            pages: vec![first],
            help: None,
            done: false,
            status_height: 1,
        }
    }

    /// Opens `page` on top of the current one.
    pub fn push(&mut self, page: Box<dyn Page>) {
        self.pages.push(page);
    }

    /// Whether the wizard was closed.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Whether the help is open over the page.
    pub fn help_open(&self) -> bool {
        self.help.is_some()
    }

    /// The page on top.
    pub fn page(&self) -> Option<&dyn Page> {
        self.pages.last().map(|p| p.as_ref())
    }

    /// One input: a key, a mouse event, a resize (which only redraws).
    pub fn handle(&mut self, event: &Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.key(*key),
            Event::Mouse(mouse) => {
                if let Some(overlay) = &mut self.help {
                    let outcome = overlay.view.handle_mouse(*mouse);
                    self.help_outcome(outcome);
                } else if let Some(page) = self.pages.last_mut() {
                    let outcome = page.on_mouse(*mouse, &mut self.ctx);
                    if !matches!(mouse.kind, MouseEventKind::Moved) {
                        self.apply(outcome);
                    }
                }
            }
            _ => {}
        }
    }

    /// Lets a page waiting on something (a CA) look again.
    pub fn tick(&mut self) {
        if let Some(page) = self.pages.last_mut() {
            let outcome = page.tick(&mut self.ctx);
            self.apply(outcome);
        }
    }

    fn key(&mut self, key: KeyEvent) {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.done = true;
            return;
        }
        if key.code == KeyCode::F(2) {
            self.ctx.next_language();
            for page in &mut self.pages {
                page.reload(&self.ctx);
            }
            if let Some(overlay) = &self.help {
                // The open topic again, in the new language.
                let keywords = self.pages.last().map(|p| p.keywords()).unwrap_or_default();
                let anchor = self.pages.last().and_then(|p| p.help_anchor());
                if let Some(help) = self.ctx.help(&keywords, overlay.request.as_deref()) {
                    self.help = Some(Overlay {
                        view: HelpView::at(help, anchor)
                            .with_command_prefix(&self.ctx.commands.prefix),
                        request: overlay.request.clone(),
                    });
                }
            }
            return;
        }
        if let Some(overlay) = &mut self.help {
            let outcome = overlay.view.handle_key(key);
            self.help_outcome(outcome);
            return;
        }
        if key.code == KeyCode::F(1) {
            self.open_help();
            return;
        }
        let Some(page) = self.pages.last_mut() else {
            self.done = true;
            return;
        };
        let outcome = page.on_key(key, &mut self.ctx);
        match outcome {
            Outcome::Ignored if key.code == KeyCode::Esc => self.apply(Outcome::Back),
            Outcome::Ignored if matches!(key.code, KeyCode::PageDown | KeyCode::PageUp) => {
                if let Some(body) = page.body() {
                    body.page(key.code == KeyCode::PageDown);
                }
            }
            // End and Home: the page's real end (the scroll is bounded by
            // the rows of the next frame) and its top.
            Outcome::Ignored if matches!(key.code, KeyCode::End | KeyCode::Home) => {
                if let Some(body) = page.body() {
                    body.scroll = if key.code == KeyCode::End {
                        u16::MAX
                    } else {
                        0
                    };
                }
            }
            other => self.apply(other),
        }
    }

    /// F1: the page's topic over the page, for its keywords (the focused
    /// control's first), with the live state of the page's request.
    pub fn open_help(&mut self) {
        let Some(page) = self.pages.last() else {
            return;
        };
        let request = page.request();
        if let Some(help) = self.ctx.help(&page.keywords(), request.as_deref()) {
            self.help = Some(Overlay {
                view: HelpView::at(help, page.help_anchor())
                    .with_command_prefix(&self.ctx.commands.prefix),
                request,
            });
        }
    }

    fn help_outcome(&mut self, outcome: HelpOutcome) {
        match outcome {
            HelpOutcome::Stay => {}
            HelpOutcome::Close => self.help = None,
            HelpOutcome::Follow(target) => {
                let Some(overlay) = &mut self.help else {
                    return;
                };
                let topic = target.split('#').next().unwrap_or_default().to_string();
                if let Some(help) = self.ctx.help(&[topic], overlay.request.as_deref()) {
                    overlay.view.push(help);
                }
            }
        }
    }

    fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Stay | Outcome::Ignored => {}
            Outcome::Back => {
                self.pages.pop();
                match self.pages.last_mut() {
                    Some(page) => page.reload(&self.ctx),
                    None => self.done = true,
                }
            }
            Outcome::Quit => self.done = true,
            Outcome::Open(page) => self.pages.push(page),
            Outcome::Replace(page) => {
                self.pages.pop();
                self.pages.push(page);
            }
            Outcome::Home(notice) => {
                self.pages.truncate(1);
                if let Some(page) = self.pages.last_mut() {
                    page.reload(&self.ctx);
                    if let Some(notice) = notice {
                        page.notice(notice);
                    }
                }
            }
        }
    }

    /// The title bar, the page, the status line with the page's keys, and
    /// the help over the page when it is open.
    pub fn draw(&mut self, frame: &mut Frame) {
        let area = frame.area();
        let depth = self.pages.len();
        let help_open = self.help.is_some();
        let Some(page) = self.pages.last_mut() else {
            return;
        };
        let title = format!(" {} ", page.title(&self.ctx));
        let bar = Style::default().add_modifier(Modifier::REVERSED);
        let top = Rect {
            height: 1.min(area.height),
            ..area
        };
        frame.render_widget(
            Paragraph::new(Line::from(super::widgets::fit_marked(
                &title,
                area.width as usize,
            )))
            .style(bar),
            top,
        );
        // The page is drawn with a one-line status line; when its keys need
        // two lines (a narrow terminal), again in the smaller place. Which
        // keys apply (PgUp/PgDn) is known once the page was laid out.
        let mut lines = Vec::new();
        let mut body = area;
        let mut status_height = self.status_height.clamp(1, 2);
        for _ in 0..2 {
            let [_, b, _] = Layout::vertical([
                Constraint::Length(1),
                Constraint::Min(1),
                Constraint::Length(status_height),
            ])
            .areas(area);
            body = b;
            frame.render_widget(Clear, body);
            let inner = Rect {
                x: body.x + 1,
                width: body.width.saturating_sub(2),
                ..body
            };
            page.draw(frame, inner, &self.ctx);
            let keys = status_keys(&self.ctx, page.as_mut(), depth, help_open);
            // Two lines only where the page keeps some room for itself.
            let most = if area.height >= 10 { 2 } else { 1 };
            lines = status_lines(&keys, area.width, most);
            if lines.len() as u16 == status_height {
                break;
            }
            if lines.len() as u16 > status_height && status_height == 2 {
                // Laid out for two lines the page wants two more keys than
                // fit: one shortened line, rather than a page that never
                // settles.
                lines = vec![status_line(&keys, area.width)];
                break;
            }
            status_height = lines.len() as u16;
        }
        self.status_height = status_height;
        let bottom = Rect {
            y: area.bottom().saturating_sub(lines.len() as u16),
            height: (lines.len() as u16).min(area.height),
            ..area
        };
        frame.render_widget(Paragraph::new(lines), bottom);
        if let Some(overlay) = &mut self.help {
            frame.render_widget(Clear, body);
            overlay.view.draw(frame, body);
        }
    }
}

/// The keys of the status line in the order they matter: the wizard's own
/// (F1, F2, Esc as the page says it acts), then the focused control's,
/// then PgUp/PgDn when the page scrolls.
/// Each key's name is the reader's language's ([`key_names`]).
fn status_keys(
    ctx: &Context,
    page: &mut dyn Page,
    depth: usize,
    help_open: bool,
) -> Vec<(String, String)> {
    localized(ctx, hints(ctx, page, depth, help_open))
}

/// The keys' English names, as pages list them, in the reader's language.
fn localized(ctx: &Context, keys: Vec<KeyHint>) -> Vec<(String, String)> {
    keys.into_iter()
        .map(|(key, label)| (key_names::localized(&ctx.ui, key), label))
        .collect()
}

/// The keys of [`status_keys`] by their English names.
fn hints(ctx: &Context, page: &mut dyn Page, depth: usize, help_open: bool) -> Vec<KeyHint> {
    let mut keys = Vec::new();
    if !help_open {
        keys.push(("F1", ctx.text("tui-key-help")));
    }
    keys.push(("F2", ctx.text("tui-key-language")));
    if help_open {
        return keys;
    }
    match page.esc() {
        Esc::Back if depth > 1 => keys.push(("Esc", ctx.text("tui-key-back"))),
        Esc::Back => keys.push(("Esc", ctx.text("tui-key-close"))),
        Esc::Does(id) => keys.push(("Esc", ctx.text(id))),
        Esc::Nothing => {}
    }
    keys.extend(page.keys(ctx));
    if page.body().is_some_and(|b| b.scrolls()) {
        keys.push(("PgUp/PgDn", ctx.text("tui-key-scroll")));
    }
    keys
}

/// The status line in at most `most` lines of `width` columns: each key
/// with its whole label, wrapped between keys; when they need more lines
/// than that, the first line as full as whole labels allow and the rest on
/// a second line shortened as [`status_line`] does (one such line when only
/// one is allowed).
pub fn status_lines<K: AsRef<str>>(
    keys: &[(K, String)],
    width: u16,
    most: usize,
) -> Vec<Line<'static>> {
    let key_style = Style::default().add_modifier(Modifier::REVERSED);
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0usize;
    for (key, label) in keys {
        let key = key.as_ref();
        let w = key.width() + 1 + label.width();
        if used > 0 && used + 2 + w > usize::from(width) {
            lines.push(Vec::new());
            used = 0;
        }
        let Some(line) = lines.last_mut() else {
            break;
        };
        if used > 0 {
            line.push(Span::raw("  "));
            used += 2;
        }
        line.push(Span::styled(key.to_string(), key_style));
        line.push(Span::raw(format!(" {label}")));
        used += w;
    }
    let fits = lines.len() <= most
        && lines
            .iter()
            .all(|l| l.iter().map(|s| s.content.width()).sum::<usize>() <= usize::from(width));
    if fits {
        return lines.into_iter().map(Line::from).collect();
    }
    // The keys on the first line: a key and its label, and a gap between.
    let first = lines.first().map_or(0, |l| (l.len() + 1) / 3);
    if most >= 2 && first > 0 && first < keys.len() {
        // Shortening only what the first line cannot hold keeps the keys
        // that matter most (F1, F2, Esc) whole.
        let rest = status_line(&keys[first..], width);
        return vec![Line::from(lines.swap_remove(0)), rest];
    }
    vec![status_line(keys, width)]
}

/// `F1 Help  F2 Language  Esc Back …` in `width` columns. When the keys
/// with their labels do not fit, the longest labels are shortened first
/// (ending in `…`), so that every key keeps a word of what it does; then
/// the last keys lose their labels, then the first ones; and only when the
/// names alone do not fit (below about 30 columns) are the last names left
/// out. The keys come in the order they matter (F1, F2, Esc, the focused
/// control's), so the wizard's own keys are the last to go.
pub fn status_line<K: AsRef<str>>(keys: &[(K, String)], width: u16) -> Line<'static> {
    let width = usize::from(width);
    let key_style = Style::default().add_modifier(Modifier::REVERSED);
    let gaps = 2 * keys.len().saturating_sub(1);
    let names: usize = keys.iter().map(|(k, _)| k.as_ref().width()).sum();
    let labels: Vec<usize> = keys.iter().map(|(_, l)| l.width()).collect();
    // The first `labelled` keys with labels, each at most `cap` wide
    // (labels narrower stay whole: water-filling), the rest names alone.
    let fits = |labelled: usize| -> Option<usize> {
        let room = width.checked_sub(names + gaps + labelled)?;
        let labels = &labels[..labelled];
        if labels.iter().sum::<usize>() <= room {
            return Some(usize::MAX);
        }
        (2..=labels.iter().copied().max().unwrap_or(0))
            .rev()
            .find(|cap| labels.iter().map(|w| (*w).min(*cap)).sum::<usize>() <= room)
    };
    let chosen = (0..=keys.len())
        .rev()
        .find_map(|labelled| fits(labelled).map(|cap| (labelled, cap)));
    let mut spans = Vec::new();
    let Some((labelled, cap)) = chosen else {
        let mut used = 0;
        for (key, _) in keys {
            let key = key.as_ref();
            let w = key.width() + usize::from(used > 0);
            if used + w > width {
                break;
            }
            if used > 0 {
                spans.push(Span::raw(" "));
            }
            used += w;
            spans.push(Span::styled(key.to_string(), key_style));
        }
        return Line::from(spans);
    };
    for (i, (key, label)) in keys.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(key.as_ref().to_string(), key_style));
        if i < labelled {
            let label = if label.width() > cap {
                format!("{}…", super::widgets::fit(label, cap - 1))
            } else {
                label.clone()
            };
            spans.push(Span::raw(format!(" {label}")));
        }
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    fn hints() -> Vec<KeyHint> {
        vec![
            ("F1", "Aide".into()),
            ("F2", "Langue".into()),
            ("Esc", "Fermer".into()),
            ("Enter", "Demander un certificat…".into()),
            ("Tab", "Champ suivant".into()),
            ("PgUp/PgDn", "Défiler".into()),
        ]
    }

    #[test]
    fn every_key_stays_when_the_line_is_narrow_its_long_labels_shortened() {
        let full = shown(&status_line(&hints(), 200));
        assert!(
            full.contains("Enter Demander un certificat…  Tab Champ suivant"),
            "{full}"
        );
        for width in [80, 60, 50, 40] {
            let line = shown(&status_line(&hints(), width));
            assert!(line.width() <= usize::from(width), "{width}: {line}");
            for (key, _) in hints() {
                assert!(line.contains(key), "{width}: {key} lost in {line}");
            }
        }
        let narrow = shown(&status_line(&hints(), 75));
        // Short labels whole, long ones cut.
        assert!(narrow.contains("F1 Aide"), "{narrow}");
        assert!(narrow.contains('…'), "{narrow}");
    }

    #[test]
    fn a_line_too_narrow_wraps_between_keys_with_whole_labels() {
        // 64 columns: the first line ends after Enter's label (61 columns).
        let lines = status_lines(&hints(), 64, 2);
        assert_eq!(lines.len(), 2);
        let text: Vec<String> = lines.iter().map(shown).collect();
        assert!(text.iter().all(|l| l.width() <= 64), "{text:?}");
        assert!(!text.concat().contains("Demander un certificat……"));
        assert!(
            text[0].starts_with("F1 Aide  F2 Langue  Esc Fermer"),
            "{text:?}"
        );
        assert_eq!(status_lines(&hints(), 200, 2).len(), 1);
        // One line allowed: shortened.
        let one = status_lines(&hints(), 60, 1);
        assert_eq!(one.len(), 1);
        // Three lines' worth in two: the second line shortened, the first
        // whole.
        let two: Vec<String> = status_lines(&hints(), 40, 2).iter().map(shown).collect();
        assert_eq!(two[0], "F1 Aide  F2 Langue  Esc Fermer", "{two:?}");
        assert!(
            two[1].starts_with("Enter Dem") && two[1].contains("PgUp/PgDn"),
            "{two:?}"
        );
        assert!(two[1].width() <= 40, "{two:?}");
    }

    #[test]
    fn below_the_keys_own_width_the_first_keys_stay() {
        let line = shown(&status_line(&hints(), 12));
        assert!(line.starts_with("F1 F2 Esc"), "{line}");
        assert!(line.width() <= 12, "{line}");
        assert_eq!(shown(&status_line(&hints(), 0)), "");
    }
}
