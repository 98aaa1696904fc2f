//! SKELETON (to be written on its branch): the trust page of the wizard.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::{Outcome, Page};
use crate::cert::F1_TRUST;
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Form, Item};

pub struct TrustPage {
    form: Form,
    body: Body,
}

impl Page for TrustPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("tui-title-trust")
    }

    fn keywords(&self) -> Vec<String> {
        self.form.keywords(F1_TRUST)
    }

    fn on_key(&mut self, _key: KeyEvent, _ctx: &mut Context) -> Outcome {
        Outcome::Ignored
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        self.body.items = vec![Item::text(ctx.text("tui-title-trust"))];
        self.body.draw(frame, area, &mut self.form, &ctx.ui);
    }
}

impl TrustPage {
    /// Trust import of a CA certificate of `kind`, `file` filled in (the
    /// status page offers the root that came with the CA's answer).
    pub fn new(
        _ctx: &Context,
        _kind: crate::cert::store::TrustKind,
        _file: Option<std::path::PathBuf>,
    ) -> TrustPage {
        TrustPage {
            form: Form::default(),
            body: Body::default(),
        }
    }
}
