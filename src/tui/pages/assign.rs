//! SKELETON (to be written on its branch): the assign page of the wizard.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::{Outcome, Page};
use crate::cert::F1_ASSIGN;
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Form, Item};

pub struct AssignPage {
    form: Form,
    body: Body,
}

impl Page for AssignPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("tui-title-assign")
    }

    fn keywords(&self) -> Vec<String> {
        self.form.keywords(F1_ASSIGN)
    }

    fn on_key(&mut self, _key: KeyEvent, _ctx: &mut Context) -> Outcome {
        Outcome::Ignored
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        self.body.items = vec![Item::text(ctx.text("tui-title-assign"))];
        self.body.draw(frame, area, &mut self.form, &ctx.ui);
    }
}

impl AssignPage {
    /// `thumbprint` and `usages` (comma-separated, as `--usage` takes them)
    /// as given on the command line.
    pub fn new(_ctx: &Context, _thumbprint: Option<String>, _usages: Option<String>) -> AssignPage {
        AssignPage {
            form: Form::default(),
            body: Body::default(),
        }
    }
}
