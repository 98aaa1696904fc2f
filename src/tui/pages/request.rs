//! SKELETON (to be written on its branch): the request page of the wizard.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::{Outcome, Page};
use crate::cert::F1_REQUEST;
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Form, Item};

pub struct RequestPage {
    form: Form,
    body: Body,
}

impl Page for RequestPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("tui-title-request")
    }

    fn keywords(&self) -> Vec<String> {
        self.form.keywords(F1_REQUEST)
    }

    fn on_key(&mut self, _key: KeyEvent, _ctx: &mut Context) -> Outcome {
        Outcome::Ignored
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        self.body.items = vec![Item::text(ctx.text("tui-title-request"))];
        self.body.draw(frame, area, &mut self.form, &ctx.ui);
    }
}

/// What the command line was given for `wizard request`: the page starts
/// with these filled in.
#[derive(Debug, Clone, Default)]
pub struct RequestPrefill {
    pub fqdn: Option<String>,
    pub sans: Vec<String>,
    /// `--key` as typed (`rsa-2048`, …).
    pub key: Option<String>,
    /// `--usage` as typed (comma-separated).
    pub usages: Option<String>,
    /// `--ca`: `local`, `acme` or `cfssl`.
    pub ca: Option<String>,
    pub offline: Option<std::path::PathBuf>,
    pub acme_directory: Option<String>,
    pub acme_ca_bundle: Option<std::path::PathBuf>,
    pub acme_contact: Option<String>,
    pub cfssl_url: Option<String>,
    pub cfssl_profile: Option<String>,
}

impl RequestPage {
    pub fn new(_ctx: &Context, _prefill: RequestPrefill) -> RequestPage {
        RequestPage {
            form: Form::default(),
            body: Body::default(),
        }
    }
}
