//! View Certificate Details (`ms.lync.dep.DeployAssignedCertList`): the
//! certificate's fields as `wizard details` prints them, and its chain.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use super::{KeyHint, Outcome, Page};
use crate::cert::F1_DETAILS;
use crate::cert::pages::status::{self, ChainView};
use crate::cert::pages::{chain_notes, chain_summary, details_facts_in};
use crate::cert::x509::trust::ChainStatus;
use crate::error::Message;
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Control, Form, Item, Tone};

pub struct DetailsPage {
    thumbprint: String,
    items: Result<(Vec<(String, String)>, ChainView), Message>,
    form: Form,
    body: Body,
}

impl DetailsPage {
    pub fn new(ctx: &Context, thumbprint: &str) -> DetailsPage {
        let mut page = DetailsPage {
            thumbprint: thumbprint.to_string(),
            items: Err(Message::new("value-none")),
            form: Form::new(vec![Control::button(
                "back",
                Message::new("tui-button-back"),
            )]),
            body: Body::default(),
        };
        page.reload(ctx);
        page
    }
}

impl Page for DetailsPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("details-title")
    }

    fn body(&mut self) -> Option<&mut Body> {
        Some(&mut self.body)
    }

    fn keywords(&self) -> Vec<String> {
        self.form.keywords(F1_DETAILS)
    }

    fn reload(&mut self, ctx: &Context) {
        self.items = status::certificate(&ctx.store, &self.thumbprint)
            .map(|cert| {
                let chain = status::certificate_chain(&ctx.store, &cert.thumbprint, &cert);
                (
                    details_facts_in(&ctx.ui, &ctx.store, &cert),
                    ChainView::new(&chain, &ctx.commands),
                )
            })
            .map_err(|e| e.message());
    }

    fn form(&self) -> Option<&Form> {
        Some(&self.form)
    }

    fn form_mut(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    fn activate(&mut self, id: &'static str, _ctx: &mut Context) -> Outcome {
        match id {
            "back" => Outcome::Back,
            _ => Outcome::Stay,
        }
    }

    /// ↑ and ↓ scroll: the page has one button, nothing to move to.
    fn on_key(&mut self, key: KeyEvent, ctx: &mut Context) -> Outcome {
        match key.code {
            KeyCode::Up => self.body.scroll_by(-1),
            KeyCode::Down => self.body.scroll_by(1),
            _ => {
                let event = self.form.handle_key(key);
                return self.on_form(event, ctx);
            }
        }
        Outcome::Stay
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        let mut items = Vec::new();
        match &self.items {
            Ok((facts, chain)) => {
                for (label, value) in facts {
                    items.push(Item::fact(label.clone(), value.clone()));
                }
                items.push(Item::Gap);
                let tone = if chain.status == ChainStatus::Trusted {
                    Tone::Good
                } else {
                    Tone::Warning
                };
                items.push(Item::Fact {
                    label: ctx.text("status-chain"),
                    value: chain_summary(&ctx.ui, chain),
                    tone,
                });
                for (note, command) in chain_notes(&ctx.ui, chain) {
                    items.push(Item::bullet(note, Tone::Warning));
                    if let Some(command) = command {
                        items.push(Item::command(command, Tone::Dim, 4));
                    }
                }
            }
            Err(message) => items.push(Item::toned(ctx.say(message), Tone::Error)),
        }
        items.push(Item::Gap);
        items.push(Item::Buttons(vec!["back"]));
        self.body.items = items;
        self.body.draw(frame, area, &mut self.form, &ctx.ui);
    }

    fn keys(&self, ctx: &Context) -> Vec<KeyHint> {
        let mut keys = self.form.hints(&ctx.ui);
        if self.body.scrolls() {
            keys.push(("↑↓", ctx.text("tui-key-scroll")));
        }
        keys
    }
}
