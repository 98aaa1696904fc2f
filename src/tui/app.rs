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
use super::pages::{KeyHint, Outcome, Page};

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
}

impl Wizard {
    pub fn new(ctx: Context, first: Box<dyn Page>) -> Wizard {
        Wizard {
            ctx,
            pages: vec![first],
            help: None,
            done: false,
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
                if let Some(help) = self.ctx.help(&keywords, overlay.request.as_deref()) {
                    self.help = Some(Overlay {
                        view: HelpView::new(help),
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
                view: HelpView::new(help),
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
        let [top, body, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let depth = self.pages.len();
        let Some(page) = self.pages.last_mut() else {
            return;
        };
        let title = format!(" {} ", page.title(&self.ctx));
        let bar = Style::default().add_modifier(Modifier::REVERSED);
        frame.render_widget(
            Paragraph::new(Line::from(super::widgets::fit(&title, area.width as usize))).style(bar),
            top,
        );
        let inner = Rect {
            x: body.x + 1,
            width: body.width.saturating_sub(2),
            ..body
        };
        page.draw(frame, inner, &self.ctx);
        // The wizard's own keys first: they must not be the ones cut.
        let mut keys = Vec::new();
        if self.help.is_none() {
            keys.push(("F1", self.ctx.text("tui-key-help")));
        }
        keys.push(("F2", self.ctx.text("tui-key-language")));
        if self.help.is_none() {
            let back = if depth > 1 {
                "tui-key-back"
            } else {
                "tui-key-close"
            };
            keys.push(("Esc", self.ctx.text(back)));
            keys.extend(page.keys(&self.ctx));
        }
        frame.render_widget(Paragraph::new(status_line(&keys, area.width)), bottom);
        if let Some(overlay) = &mut self.help {
            frame.render_widget(Clear, body);
            overlay.view.draw(frame, body);
        }
    }
}

/// `F1 Help  F2 Language  Esc Back`, as many as fit in `width` columns.
fn status_line(keys: &[KeyHint], width: u16) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0usize;
    for (key, label) in keys {
        let w = key.width() + 1 + label.width() + 2;
        if used + w > width as usize {
            break;
        }
        used += w;
        spans.push(Span::styled(
            key.to_string(),
            Style::default().add_modifier(Modifier::REVERSED),
        ));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    Line::from(spans)
}
