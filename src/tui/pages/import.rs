//! SKELETON (to be written on its branch): the import page of the wizard.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::{Outcome, Page};
use crate::cert::F1_IMPORT;
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Form, Item};

pub struct ImportPage {
    form: Form,
    body: Body,
}

impl Page for ImportPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("tui-title-import")
    }

    fn keywords(&self) -> Vec<String> {
        self.form.keywords(F1_IMPORT)
    }

    fn on_key(&mut self, _key: KeyEvent, _ctx: &mut Context) -> Outcome {
        Outcome::Ignored
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        self.body.items = vec![Item::text(ctx.text("tui-title-import"))];
        self.body.draw(frame, area, &mut self.form, &ctx.ui);
    }
}

/// What the command line was given for `wizard import`.
#[derive(Debug, Clone, Default)]
pub struct ImportPrefill {
    pub file: Option<std::path::PathBuf>,
    pub key: Option<std::path::PathBuf>,
    pub password_file: Option<std::path::PathBuf>,
    pub key_password_file: Option<std::path::PathBuf>,
    pub friendly_name: Option<String>,
}

impl ImportPage {
    pub fn new(_ctx: &Context, _prefill: ImportPrefill) -> ImportPage {
        ImportPage {
            form: Form::default(),
            body: Body::default(),
        }
    }
}
