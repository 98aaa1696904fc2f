//! The Online Certificate Request Status page
//! (`ms.lync.dep.DeployCertRequestReturned`): the facts `wizard status`
//! shows, what stands in the way of trust with the import offered, the check
//! box "Assign this certificate to … certificate usages", View Certificate
//! Details, and Finish, which does what `wizard finish` does.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Notice, Outcome, Page, error_items};
use crate::cert::F1_STATUS;
use crate::cert::assign::{self, Finished};
use crate::cert::pages::status::{self, Status};
use crate::cert::pages::{chain_notes, problem_line, status_facts, usage_list};
use crate::cert::store::TrustKind;
use crate::cert::store::health;
use crate::cert::store::record::State;
use crate::cert::x509::trust::{ChainStatus, MissingKind};
use crate::error::{Diagnostic, Error, Message};
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Control, Form, Item, Tone};

pub use crate::cert::F1_CHECKBOX;

pub struct StatusPage {
    /// The request shown; `None` until one exists (then the latest).
    request: Option<String>,
    status: Option<Status>,
    problems: Vec<Diagnostic>,
    /// What the last step said (Finish's outcome, an error), and how.
    notice: Option<(String, Tone)>,
    error: Option<Error>,
    /// Finish's failure, shown with what the command line prints under it.
    finish_error: Option<Error>,
    form: Form,
    body: Body,
}

impl StatusPage {
    /// The page of request `request`, else of the latest request.
    pub fn new(ctx: &Context, request: Option<String>) -> StatusPage {
        let form = Form::new(vec![
            Control::button("import-root", Message::new("tui-import-root")),
            Control::button(
                "import-intermediate",
                Message::new("tui-import-intermediate"),
            ),
            Control::check("assign", Message::new("status-checkbox"), true)
                .with_keyword(F1_CHECKBOX),
            Control::button("details", Message::new("tui-button-details")),
            Control::button("finish", Message::new("tui-button-finish")),
            Control::button("back", Message::new("tui-button-back")),
        ]);
        let mut page = StatusPage {
            request,
            status: None,
            problems: Vec::new(),
            notice: None,
            error: None,
            finish_error: None,
            form,
            body: Body::default(),
        };
        let first = page.status.is_none();
        page.reload(ctx);
        if first {
            // Checked as the request recorded it (by default: checked).
            let checked = page.status.as_ref().is_none_or(|s| s.assign_checked);
            if let Some(Control {
                kind: crate::tui::widgets::Kind::Check { checked: c },
                ..
            }) = page.form.get_mut("assign")
            {
                *c = checked;
            }
            page.form.focus_on("finish");
        }
        page
    }

    /// The first missing CA certificate of `kind` that came with the answer.
    fn missing_file(&self, kind: MissingKind) -> Option<PathBuf> {
        let status = self.status.as_ref()?;
        status
            .chain
            .missing
            .iter()
            .find(|m| m.kind == kind)
            .and_then(|m| m.file.as_ref())
            .map(PathBuf::from)
    }

    fn finish(&mut self, ctx: &mut Context) -> Outcome {
        let Some(id) = self.status.as_ref().map(|s| s.request.clone()) else {
            return Outcome::Stay;
        };
        let no_assign = !self.form.checked("assign");
        let result = ctx
            .store
            .request(&id)
            .and_then(|r| assign::finish(&ctx.store, &r, no_assign, None));
        match result {
            Ok(Finished::Assigned(done)) => {
                let text = ctx.say(
                    &Message::new("assign-done")
                        .arg("thumbprint", done.thumbprint.as_str())
                        .arg("usages", usage_list(&ctx.ui, &done.usages)),
                );
                Outcome::Home(Some(Notice {
                    text,
                    tone: Tone::Good,
                }))
            }
            Ok(Finished::Cleared { thumbprint }) => {
                let text = ctx.say(
                    &Message::new("tui-finish-cleared").arg("thumbprint", thumbprint.as_str()),
                );
                Outcome::Home(Some(Notice {
                    text,
                    tone: Tone::Good,
                }))
            }
            Ok(Finished::Untrusted { .. }) => {
                self.finish_error = None;
                self.notice = Some((ctx.text("finish-result-untrusted"), Tone::Warning));
                // The outcome is at the top: show it where the user looks.
                self.body.scroll = 0;
                self.reload(ctx);
                Outcome::Stay
            }
            Err(e) => {
                self.notice = None;
                self.finish_error = Some(e);
                self.body.scroll = 0;
                self.reload(ctx);
                Outcome::Stay
            }
        }
    }
}

impl Page for StatusPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("status-title")
    }

    fn body(&mut self) -> Option<&mut Body> {
        Some(&mut self.body)
    }

    fn keywords(&self) -> Vec<String> {
        self.form.keywords(F1_STATUS)
    }

    fn request(&self) -> Option<String> {
        self.status
            .as_ref()
            .map(|s| s.request.clone())
            .or_else(|| self.request.clone())
    }

    fn reload(&mut self, ctx: &Context) {
        let found = match &self.request {
            Some(id) => ctx.store.request(id),
            None => ctx.store.latest_request(),
        };
        match found.and_then(|r| status::status(&ctx.store, &r, &ctx.commands)) {
            Ok(mut s) => {
                s.localize_reason(&ctx.ui);
                self.request = Some(s.request.clone());
                self.status = Some(s);
                self.error = None;
            }
            Err(e) => {
                self.status = None;
                self.error = Some(e);
            }
        }
        self.problems = health::check(&ctx.store)
            .map(|h| h.findings)
            .unwrap_or_default();
        let s = self.status.as_ref();
        let issued = s.is_some_and(|s| s.state == State::Issued && !s.finished);
        let root = self.missing_file(MissingKind::Root).is_some();
        let intermediate = self.missing_file(MissingKind::Intermediate).is_some();
        self.form.set_enabled("import-root", root);
        self.form.set_enabled("import-intermediate", intermediate);
        self.form.set_enabled("assign", issued);
        self.form.set_enabled("finish", issued);
        self.form
            .set_enabled("details", s.is_some_and(|s| s.thumbprint.is_some()));
    }

    fn form(&self) -> Option<&Form> {
        Some(&self.form)
    }

    fn form_mut(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    fn activate(&mut self, id: &'static str, ctx: &mut Context) -> Outcome {
        match id {
            "finish" => self.finish(ctx),
            "back" => Outcome::Back,
            "details" => match self.status.as_ref().and_then(|s| s.thumbprint.clone()) {
                Some(t) => Outcome::Open(Box::new(super::details::DetailsPage::new(ctx, &t))),
                None => Outcome::Stay,
            },
            "import-root" => Outcome::Open(Box::new(super::trust::TrustPage::new(
                ctx,
                TrustKind::Root,
                self.missing_file(MissingKind::Root),
            ))),
            "import-intermediate" => Outcome::Open(Box::new(super::trust::TrustPage::new(
                ctx,
                TrustKind::Intermediate,
                self.missing_file(MissingKind::Intermediate),
            ))),
            _ => Outcome::Stay,
        }
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        let mut items = Vec::new();
        if let Some(error) = &self.error {
            items.extend(error_items(ctx, error, None));
        }
        if let Some(error) = &self.finish_error {
            items.extend(error_items(ctx, error, None));
            items.push(Item::Gap);
        }
        if let Some((text, tone)) = &self.notice {
            items.push(Item::toned(text.clone(), *tone));
            items.push(Item::Gap);
        }
        if let Some(s) = &self.status {
            for (label, value) in status_facts(&ctx.ui, s) {
                let tone = if value == crate::cert::pages::chain_summary(&ctx.ui, &s.chain)
                    && s.chain.status != ChainStatus::Trusted
                {
                    Tone::Warning
                } else if s.state == State::Failed && label == ctx.text("status-state") {
                    Tone::Error
                } else {
                    Tone::Normal
                };
                items.push(Item::Fact { label, value, tone });
            }
            items.push(Item::Gap);
            if let Some(reason) = &s.reason_message {
                items.push(Item::toned(
                    ctx.say(&Message::new("status-failed-reason").arg("reason", reason.clone())),
                    Tone::Error,
                ));
                items.push(Item::Gap);
            }
            let notes = chain_notes(&ctx.ui, &s.chain);
            if s.thumbprint.is_some() && !notes.is_empty() {
                items.push(Item::heading(ctx.text("tui-untrusted-heading")));
                for (note, command) in notes {
                    items.push(Item::bullet(note, Tone::Warning));
                    if let Some(command) = command {
                        items.push(Item::command(command, Tone::Dim, 4));
                    }
                }
                items.push(Item::Buttons(vec!["import-root", "import-intermediate"]));
                items.push(Item::Gap);
            }
            for p in &s.usage_problems {
                items.push(Item::bullet(ctx.say(&p.message()), Tone::Warning));
            }
            items.push(Item::Control("assign"));
            if s.state == State::Issued {
                let tone = if s.assign_available {
                    Tone::Dim
                } else {
                    Tone::Warning
                };
                items.push(Item::indented(ctx.say(&s.availability), tone, 4));
            }
            if s.finished {
                items.push(Item::toned(ctx.text("tui-request-finished"), Tone::Dim));
            }
            // What `wizard status` ends with: without it a pending offline
            // request's page has no way on (only disabled buttons).
            if let Some(command) = &s.next_step {
                items.push(Item::Gap);
                items.push(Item::heading(ctx.text("status-next")));
                items.push(Item::command(
                    crate::cert::pages::with_placeholders(&ctx.ui, command),
                    Tone::Normal,
                    2,
                ));
            }
            items.push(Item::Gap);
        }
        if !self.problems.is_empty() {
            items.push(Item::heading(ctx.text("store-problems-title")));
            for d in &self.problems {
                items.push(Item::bullet(problem_line(&ctx.ui, d), Tone::Error));
            }
            items.push(Item::Gap);
        }
        items.push(Item::Buttons(vec!["details", "finish", "back"]));
        self.body.items = items;
        self.body.draw(frame, area, &mut self.form, &ctx.ui);
    }
}
