//! TEMPORARY until the help view lands from its branch: the same API, the
//! page as plain rendered text.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, MouseEvent};
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::render::{Labels, term};

pub enum HelpOutcome {
    Stay,
    Close,
    Follow(String),
}

pub struct HelpView {
    pages: Vec<crate::Help>,
    scroll: u16,
}

impl HelpView {
    pub fn new(help: crate::Help) -> HelpView {
        HelpView {
            pages: vec![help],
            scroll: 0,
        }
    }
    pub fn push(&mut self, help: crate::Help) {
        self.pages.push(help);
    }
    pub fn handle_key(&mut self, key: KeyEvent) -> HelpOutcome {
        match key.code {
            KeyCode::Esc | KeyCode::Char('q') => HelpOutcome::Close,
            KeyCode::Down => {
                self.scroll += 1;
                HelpOutcome::Stay
            }
            KeyCode::Up => {
                self.scroll = self.scroll.saturating_sub(1);
                HelpOutcome::Stay
            }
            _ => HelpOutcome::Stay,
        }
    }
    pub fn handle_mouse(&mut self, _event: MouseEvent) -> HelpOutcome {
        HelpOutcome::Stay
    }
    pub fn title(&self) -> &str {
        self.pages.last().map_or("", |h| h.page.title.as_str())
    }
    pub fn draw(&mut self, frame: &mut Frame, area: Rect) {
        let Some(help) = self.pages.last() else {
            return;
        };
        let labels = Labels::new(&help.l10n, &help.page);
        let text = term::render(
            &help.page,
            &labels,
            term::Style {
                color: false,
                width: area.width.saturating_sub(2) as usize,
            },
        );
        frame.render_widget(Clear, area);
        frame.render_widget(
            Paragraph::new(text).scroll((self.scroll, 0)).block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(help.page.title.clone()),
            ),
            area,
        );
    }
}
