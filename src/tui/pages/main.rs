//! The main page of the wizard (`ms.lync.dep.DeployCertsMain`): each usage
//! with the certificate assigned to it and its days left, the open
//! requests, the certificates not assigned yet, and the actions.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Notice, Outcome, Page, error_items};
use crate::cert::pages::overview::{self, CertView, F1_MAIN, Overview};
use crate::cert::pages::{chain_label, chain_notes, problem_line, usage_label, with_chain};
use crate::cert::store::TrustKind;
use crate::cert::store::record::State;
use crate::cert::x509::trust::ChainStatus;
use crate::error::{Arg, Error, Message};
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Control, Form, Item, Tone};

pub struct MainPage {
    form: Form,
    body: Body,
    overview: Option<Overview>,
    /// Why the store could not be read, in words.
    error: Option<Error>,
    /// What the last step did (a Finish that led here).
    notice: Option<Notice>,
    /// Request ids in the order of the `requests` list.
    requests: Vec<String>,
    /// Thumbprints in the order of the `certificates` list.
    certificates: Vec<String>,
}

impl MainPage {
    pub fn new(ctx: &Context) -> MainPage {
        let mut page = MainPage {
            form: Form::default(),
            body: Body::default(),
            overview: None,
            error: None,
            notice: None,
            requests: Vec::new(),
            certificates: Vec::new(),
        };
        page.reload(ctx);
        page
    }

    fn selected_request(&self) -> Option<String> {
        self.requests.get(self.form.selected("requests")).cloned()
    }

    fn selected_certificate(&self) -> Option<String> {
        self.certificates
            .get(self.form.selected("certificates"))
            .cloned()
    }
}

/// A certificate in one line: thumbprint, subject, expiry and days left.
fn cert_line(ctx: &Context, c: &CertView) -> String {
    ctx.say(&c.line())
}

impl Page for MainPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("wizard-main-title")
    }

    fn body(&mut self) -> Option<&mut Body> {
        Some(&mut self.body)
    }

    fn keywords(&self) -> Vec<String> {
        self.form.keywords(F1_MAIN)
    }

    fn reload(&mut self, ctx: &Context) {
        // What a step did is said once: the next reload forgets it.
        self.notice = None;
        match overview::overview(&ctx.store, &ctx.commands) {
            Ok(o) => {
                self.overview = Some(o);
                self.error = None;
            }
            Err(e) => {
                self.overview = None;
                self.error = Some(e);
            }
        }
        let mut requests = Vec::new();
        let mut request_options = Vec::new();
        let mut certificates = Vec::new();
        let mut certificate_options = Vec::new();
        if let Some(o) = &self.overview {
            for p in o.pending.iter().filter(|p| !p.damaged) {
                let state = if p.state == Some(State::Failed) {
                    "state-failed"
                } else {
                    "state-pending"
                };
                requests.push(p.request.clone());
                request_options.push(
                    Message::new("live-pending-line")
                        .arg("request", p.request.as_str())
                        .arg("fqdn", p.fqdn.as_str())
                        .arg("state", Arg::Text(Box::new(Message::new(state)))),
                );
            }
            let assigned = o.usages.iter().filter_map(|u| u.certificate.as_ref());
            for c in assigned.chain(o.unassigned.iter()) {
                if certificates.contains(&c.thumbprint) {
                    continue;
                }
                certificates.push(c.thumbprint.clone());
                certificate_options.push(
                    Message::new("tui-certificate-option")
                        .arg("thumbprint", c.thumbprint.as_str())
                        .arg("subject", c.subject.as_str()),
                );
            }
        }
        let keep = |form: &Form, id: &str, len: usize| form.selected(id).min(len.saturating_sub(1));
        let old_focus = self.form.focused_id();
        let mut controls = vec![
            Control::button("request", Message::new("tui-action-request")),
            Control::button("assign", Message::new("tui-action-assign")),
            Control::button("import", Message::new("tui-action-import")),
            Control::button("details", Message::new("tui-action-details")),
            Control::button("trust", Message::new("tui-action-trust")),
        ];
        if !requests.is_empty() {
            let at = keep(&self.form, "requests", requests.len());
            controls.push(
                Control::choice(
                    "requests",
                    Message::new("live-pending-title"),
                    request_options,
                    at,
                )
                .on_enter(Message::new("tui-key-open")),
            );
        }
        if !certificates.is_empty() {
            let at = keep(&self.form, "certificates", certificates.len());
            controls.push(
                Control::choice(
                    "certificates",
                    Message::new("tui-certificates-title"),
                    certificate_options,
                    at,
                )
                .on_enter(Message::new("tui-key-open")),
            );
        }
        let mut form = Form::new(controls);
        if certificates.is_empty() {
            form.set_enabled("details", false);
            form.set_enabled("assign", false);
        }
        if let Some(id) = old_focus {
            form.focus_on(id);
        }
        self.form = form;
        self.requests = requests;
        self.certificates = certificates;
    }

    fn form(&self) -> Option<&Form> {
        Some(&self.form)
    }

    fn form_mut(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    fn activate(&mut self, id: &'static str, ctx: &mut Context) -> Outcome {
        match id {
            "requests" => match self.selected_request() {
                Some(request) => {
                    Outcome::Open(Box::new(super::status::StatusPage::new(ctx, Some(request))))
                }
                None => Outcome::Stay,
            },
            "certificates" | "details" => match self.selected_certificate() {
                Some(thumbprint) => {
                    Outcome::Open(Box::new(super::details::DetailsPage::new(ctx, &thumbprint)))
                }
                None => Outcome::Stay,
            },
            "request" => Outcome::Open(Box::new(super::request::RequestPage::new(
                ctx,
                Default::default(),
            ))),
            "assign" => Outcome::Open(Box::new(super::assign::AssignPage::new(
                ctx,
                self.selected_certificate(),
                None,
            ))),
            "import" => Outcome::Open(Box::new(super::import::ImportPage::new(
                ctx,
                Default::default(),
            ))),
            "trust" => Outcome::Open(Box::new(super::trust::TrustPage::new(
                ctx,
                TrustKind::Root,
                None,
            ))),
            _ => Outcome::Stay,
        }
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        let mut items = Vec::new();
        if let Some(notice) = &self.notice {
            items.push(Item::toned(notice.text.clone(), notice.tone));
            items.push(Item::Gap);
        }
        if let Some(error) = &self.error {
            items.extend(error_items(ctx, error, None));
            items.push(Item::Gap);
        }
        if let Some(o) = &self.overview {
            items.push(Item::heading(ctx.text("live-usages-title")));
            for u in &o.usages {
                let (value, tone) = match &u.certificate {
                    Some(c) if c.chain != ChainStatus::Trusted => (
                        with_chain(&ctx.ui, cert_line(ctx, c), chain_label(&ctx.ui, c.chain)),
                        Tone::Warning,
                    ),
                    Some(c) if c.expiry.renewal_due => (cert_line(ctx, c), Tone::Warning),
                    Some(c) => (cert_line(ctx, c), Tone::Good),
                    None if u.damaged => (
                        ctx.say(
                            &Message::new("live-usage-damaged")
                                .arg("file", format!("live/{}", u.usage.name())),
                        ),
                        Tone::Error,
                    ),
                    None => (ctx.text("live-usage-none"), Tone::Dim),
                };
                items.push(Item::Fact {
                    label: usage_label(&ctx.ui, u.usage),
                    value,
                    tone,
                });
                if let Some(c) = &u.certificate {
                    for (note, command) in chain_notes(&ctx.ui, &c.chain_view) {
                        items.push(Item::bullet(note, Tone::Warning));
                        if let Some(command) = command {
                            items.push(Item::command(command, Tone::Dim, 4));
                        }
                    }
                }
            }
            items.push(Item::Gap);
            if self.form.get("requests").is_some() {
                items.push(Item::Control("requests"));
            } else {
                items.push(Item::heading(ctx.text("live-pending-title")));
                items.push(Item::toned(ctx.text("live-pending-none"), Tone::Dim));
            }
            items.push(Item::Gap);
            if !o.unassigned.is_empty() {
                items.push(Item::heading(ctx.text("live-unassigned-title")));
                for c in &o.unassigned {
                    items.push(Item::bullet(
                        with_chain(&ctx.ui, cert_line(ctx, c), chain_label(&ctx.ui, c.chain)),
                        Tone::Normal,
                    ));
                }
                items.push(Item::Gap);
            }
            if self.form.get("certificates").is_some() {
                items.push(Item::Control("certificates"));
                items.push(Item::Gap);
            }
            if !o.problems.is_empty() {
                items.push(Item::heading(ctx.text("store-problems-title")));
                for d in &o.problems {
                    items.push(Item::bullet(problem_line(&ctx.ui, d), Tone::Error));
                }
                items.push(Item::Gap);
            }
        }
        items.push(Item::Buttons(vec![
            "request", "assign", "import", "details", "trust",
        ]));
        self.body.items = items;
        self.body.draw(frame, area, &mut self.form, &ctx.ui);
    }

    fn notice(&mut self, notice: Notice) {
        self.notice = Some(notice);
    }
}
