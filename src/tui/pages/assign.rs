//! Certificate Assignment (`ms.lync.dep.DeployCertList`): the installed
//! certificates to choose from (thumbprint, subject, days left, chain), and
//! for the one chosen a check box per usage, with the reason each usage
//! would refuse it shown before anyone tries (`assign::refusals`, what
//! `assign::assign` checks) and that box disabled, and the certificate each
//! usage has now. Assign calls `assign::assign` as `docwiz wizard assign`
//! does (without a deploy hook) and leads home, where the main page says
//! what was assigned.

use std::collections::BTreeMap;
use std::path::PathBuf;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::error_items;
use super::{Notice, Outcome, Page};
use crate::cert::assign;
use crate::cert::pages::status::{self, ChainView};
use crate::cert::pages::{chain_notes, usage_label, usage_list};
use crate::cert::store::TrustKind;
use crate::cert::x509::certificate::{CertInfo, normalize_thumbprint};
use crate::cert::x509::trust::{ChainStatus, MissingKind};
use crate::cert::{F1_ASSIGN, Usage};
use crate::error::{Error, Message};
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Control, Form, Item, Kind, Tone};

/// An installed certificate that can be chosen.
struct Candidate {
    leaf: CertInfo,
    chain: ChainView,
    /// The usages of the request that produced it, if one did.
    requested: Option<Vec<Usage>>,
    /// The name its request asked for (else its subject CN), as
    /// `assign::assign` checks it.
    fqdn: String,
}

/// The check box of a usage.
fn check_id(usage: Usage) -> &'static str {
    match usage {
        Usage::Default => "usage-default",
        Usage::WebInternal => "usage-web-internal",
        Usage::WebExternal => "usage-web-external",
    }
}

/// A certificate in one line: thumbprint, subject, expiry with days left,
/// and its chain's verdict.
fn option(c: &Candidate) -> Message {
    crate::cert::pages::cert_with_chain(&c.leaf, c.chain.status)
}

/// The Certificate Assignment page.
pub struct AssignPage {
    candidates: Vec<Candidate>,
    /// `--usage` as given: the boxes checked, in place of the usages of the
    /// chosen certificate's request.
    usages: Option<Vec<Usage>>,
    /// The certificate the boxes were last set for.
    shown: Option<String>,
    /// Why each usage would refuse the chosen certificate.
    refusals: BTreeMap<Usage, Vec<Message>>,
    /// The certificate each usage has now.
    assigned: BTreeMap<Usage, String>,
    /// Why the last step failed (a refusal, an unreadable store).
    error: Option<Error>,
    problem: Option<Message>,
    form: Form,
    body: Body,
}

impl AssignPage {
    /// `thumbprint` and `usages` (comma-separated, as `--usage` takes them)
    /// as given on the command line.
    pub fn new(ctx: &Context, thumbprint: Option<String>, usages: Option<String>) -> AssignPage {
        let mut error = None;
        let usages = match usages.as_deref().map(Usage::parse_list) {
            Some(Ok(u)) => Some(u),
            Some(Err(e)) => {
                error = Some(e);
                None
            }
            None => None,
        };
        let mut page = AssignPage {
            candidates: Vec::new(),
            usages,
            shown: None,
            refusals: BTreeMap::new(),
            assigned: BTreeMap::new(),
            error: None,
            problem: None,
            form: Form::default(),
            body: Body::default(),
        };
        page.reload(ctx);
        if let Some(wanted) = thumbprint.as_deref().map(normalize_thumbprint) {
            match page
                .candidates
                .iter()
                .position(|c| c.leaf.thumbprint == wanted)
            {
                Some(at) => {
                    if let Some(Kind::Choice { selected, .. }) =
                        page.form.get_mut("certificate").map(|c| &mut c.kind)
                    {
                        *selected = at;
                    }
                    page.select(ctx);
                }
                None => error = error.or(Some(Error::ThumbprintNotFound { thumbprint: wanted })),
            }
        }
        if error.is_some() {
            page.error = error;
        }
        // The page from its top: the certificates, then the usages.
        page.form.focus_on("certificate");
        page
    }

    fn chosen(&self) -> Option<&Candidate> {
        self.candidates.get(self.form.selected("certificate"))
    }

    /// Reads the installed certificates and what each usage has.
    fn load(&mut self, ctx: &Context) {
        self.candidates.clear();
        self.assigned = ctx.store.assigned();
        let thumbprints = match ctx.store.installed_thumbprints() {
            Ok(t) => t,
            Err(e) => {
                self.error = Some(e);
                return;
            }
        };
        for thumbprint in thumbprints {
            // A revoked certificate is never offered: assignment refuses it.
            if crate::cert::store::revocation::read(&ctx.store, &thumbprint).is_some() {
                continue;
            }
            // A damaged certificate is the store check's to report.
            let Ok(Some(chain)) = ctx.store.installed(&thumbprint) else {
                continue;
            };
            let Some(leaf) = chain.into_iter().next() else {
                continue;
            };
            let request = status::request_for(&ctx.store, &thumbprint);
            let checked = status::certificate_chain(&ctx.store, &thumbprint, &leaf);
            self.candidates.push(Candidate {
                chain: ChainView::new(&checked, &ctx.commands),
                requested: request.as_ref().map(|r| r.usages.clone()),
                fqdn: request
                    .map(|r| r.fqdn)
                    .or_else(|| leaf.common_name.clone())
                    .unwrap_or_default(),
                leaf,
            });
        }
    }

    /// The chosen certificate's refusals, each usage's box enabled only when
    /// nothing refuses it; `reset` sets the boxes as its request (or
    /// `--usage`) asks.
    fn refresh(&mut self, ctx: &Context, reset: bool) {
        let before = std::mem::take(&mut self.refusals);
        let Some(c) = self.chosen() else {
            // Nothing to choose: nothing to check or press but Back.
            for id in Usage::ALL.map(check_id).into_iter().chain([
                "assign",
                "import-root",
                "import-intermediate",
            ]) {
                self.form.set_enabled(id, false);
            }
            return;
        };
        let thumbprint = c.leaf.thumbprint.clone();
        let fqdn = c.fqdn.clone();
        let wanted = self
            .usages
            .clone()
            .or_else(|| c.requested.clone())
            .unwrap_or_else(|| Usage::ALL.to_vec());
        for usage in Usage::ALL {
            match assign::refusals(&ctx.store, &thumbprint, &[usage], &fqdn) {
                Ok(reasons) => {
                    // The chain's own reasons are shown once, under the
                    // certificate; here what concerns the usage, named as
                    // its box is labelled.
                    let mine: Vec<Message> = reasons
                        .into_iter()
                        .filter(|m| m.id.starts_with("refuse-"))
                        .collect();
                    self.refusals.insert(usage, mine);
                }
                Err(e) => {
                    self.error = Some(e);
                    self.refusals.insert(usage, Vec::new());
                }
            }
            let refused = self.refusals.get(&usage).is_some_and(|r| !r.is_empty());
            let id = check_id(usage);
            // A box refused before (its root trusted since, say) comes back
            // as its request asks, like a new one.
            let was_refused = before.get(&usage).is_none_or(|r| !r.is_empty());
            if let Some(Kind::Check { checked }) = self.form.get_mut(id).map(|c| &mut c.kind) {
                if refused {
                    *checked = false;
                } else if reset || was_refused {
                    *checked = wanted.contains(&usage);
                }
            }
            self.form.set_enabled(id, !refused);
        }
        let any = Usage::ALL
            .iter()
            .any(|u| self.refusals.get(u).is_some_and(|r| r.is_empty()));
        self.form.set_enabled("assign", any);
        let missing = |kind| {
            self.chosen().is_some_and(|c| {
                c.chain
                    .missing
                    .iter()
                    .any(|m| m.kind == kind && m.file.is_some())
            })
        };
        let (root, intermediate) = (
            missing(MissingKind::Root),
            missing(MissingKind::Intermediate),
        );
        self.form.set_enabled("import-root", root);
        self.form.set_enabled("import-intermediate", intermediate);
        self.shown = Some(thumbprint);
    }

    /// Another certificate was chosen: its boxes as its request asks.
    fn select(&mut self, ctx: &Context) {
        self.error = None;
        self.problem = None;
        self.refresh(ctx, true);
    }

    fn assign(&mut self, ctx: &Context) -> Outcome {
        self.error = None;
        self.problem = None;
        let Some(thumbprint) = self.chosen().map(|c| c.leaf.thumbprint.clone()) else {
            return Outcome::Stay;
        };
        let usages: Vec<Usage> = Usage::ALL
            .into_iter()
            .filter(|u| {
                let id = check_id(*u);
                self.form.checked(id) && self.form.get(id).is_some_and(|c| c.enabled)
            })
            .collect();
        if usages.is_empty() {
            self.problem = Some(Message::new("tui-assign-none-checked"));
            return Outcome::Stay;
        }
        match assign::assign(&ctx.store, &thumbprint, Some(&usages), None) {
            Ok(done) => {
                let mut text = ctx.say(
                    &Message::new("assign-done")
                        .arg("thumbprint", done.thumbprint.as_str())
                        .arg("usages", usage_list(&ctx.ui, &done.usages)),
                );
                for (usage, old) in &done.previous {
                    if let Some(old) = old.as_ref().filter(|o| **o != done.thumbprint) {
                        text.push('\n');
                        text.push_str(
                            &ctx.say(
                                &Message::new("assign-replaced")
                                    .arg("usage", usage_label(&ctx.ui, *usage))
                                    .arg("old", old.as_str()),
                            ),
                        );
                    }
                }
                Outcome::Home(Some(Notice {
                    text,
                    tone: Tone::Good,
                }))
            }
            Err(e) => {
                self.reload(ctx);
                self.error = Some(e);
                Outcome::Stay
            }
        }
    }

    fn trust(&self, ctx: &Context, kind: MissingKind) -> Outcome {
        let file = self.chosen().and_then(|c| {
            c.chain
                .missing
                .iter()
                .find(|m| m.kind == kind)
                .and_then(|m| m.file.as_ref())
                .map(PathBuf::from)
        });
        let kind = if kind == MissingKind::Root {
            TrustKind::Root
        } else {
            TrustKind::Intermediate
        };
        Outcome::Open(Box::new(super::trust::TrustPage::new(ctx, kind, file)))
    }

    /// What each usage has now, said beside its box.
    fn holder(&self, ctx: &Context, usage: Usage) -> String {
        let chosen = self.chosen().map(|c| c.leaf.thumbprint.as_str());
        ctx.say(&crate::cert::pages::usage_holder(
            self.assigned.get(&usage).map(String::as_str),
            chosen,
            &|t| {
                self.candidates
                    .iter()
                    .find(|c| c.leaf.thumbprint == t)
                    .map(|c| c.leaf.subject.clone())
            },
        ))
    }
}

impl Page for AssignPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("tui-title-assign")
    }

    fn body(&mut self) -> Option<&mut Body> {
        Some(&mut self.body)
    }

    fn keywords(&self) -> Vec<String> {
        self.form.keywords(F1_ASSIGN)
    }

    /// The certificates again; the chosen one, focus and boxes kept.
    fn reload(&mut self, ctx: &Context) {
        let chosen = self.chosen().map(|c| c.leaf.thumbprint.clone());
        self.load(ctx);
        let options: Vec<Message> = self.candidates.iter().map(option).collect();
        let at = chosen
            .as_ref()
            .and_then(|t| self.candidates.iter().position(|c| &c.leaf.thumbprint == t))
            .unwrap_or(0);
        let focus = self.form.focused_id();
        let checked: Vec<Option<bool>> = Usage::ALL
            .iter()
            .map(|u| {
                self.form
                    .get(check_id(*u))
                    .map(|_| self.form.checked(check_id(*u)))
            })
            .collect();
        let mut controls = Vec::new();
        if !options.is_empty() {
            controls.push(
                Control::choice(
                    "certificate",
                    Message::new("tui-assign-certificate"),
                    options,
                    at,
                )
                .on_enter(Message::new("tui-key-next-control")),
            );
        }
        for (usage, was) in Usage::ALL.iter().zip(&checked) {
            controls.push(Control::check(
                check_id(*usage),
                Message::new(usage.label_id()),
                was.unwrap_or(false),
            ));
        }
        controls.extend([
            Control::button("import-root", Message::new("tui-import-root")),
            Control::button(
                "import-intermediate",
                Message::new("tui-import-intermediate"),
            ),
            Control::button("assign", Message::new("tui-assign-button")),
            Control::button("back", Message::new("tui-button-back")),
        ]);
        self.form = Form::new(controls);
        let same = chosen.is_some() && self.chosen().map(|c| &c.leaf.thumbprint) == chosen.as_ref();
        self.refresh(ctx, !same);
        match focus {
            Some(id) => self.form.focus_on(id),
            None => self.form.focus_on("back"),
        }
    }

    fn form(&self) -> Option<&Form> {
        Some(&self.form)
    }

    fn form_mut(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    fn activate(&mut self, id: &'static str, ctx: &mut Context) -> Outcome {
        match id {
            "assign" => self.assign(ctx),
            "back" => Outcome::Back,
            "import-root" => self.trust(ctx, MissingKind::Root),
            "import-intermediate" => self.trust(ctx, MissingKind::Intermediate),
            "certificate" => {
                self.form.move_focus(1);
                Outcome::Stay
            }
            _ => Outcome::Stay,
        }
    }

    fn changed(&mut self, id: &'static str, ctx: &mut Context) -> Outcome {
        if id == "certificate" {
            self.select(ctx);
        }
        Outcome::Stay
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        let mut items = vec![
            Item::toned(ctx.text("tui-assign-intro"), Tone::Dim),
            Item::Gap,
        ];
        if let Some(error) = &self.error {
            items.extend(error_items(ctx, error, None));
            items.push(Item::Gap);
        }
        if let Some(problem) = &self.problem {
            items.push(Item::toned(ctx.say(problem), Tone::Error));
            items.push(Item::Gap);
        }
        match self.chosen() {
            None => {
                items.push(Item::toned(
                    ctx.text("tui-assign-no-certificates"),
                    Tone::Warning,
                ));
                items.push(Item::Gap);
                items.push(Item::Buttons(vec!["back"]));
            }
            Some(c) => {
                items.push(Item::Control("certificate"));
                let notes = chain_notes(&ctx.ui, &c.chain);
                if c.chain.status != ChainStatus::Trusted && !notes.is_empty() {
                    items.push(Item::Gap);
                    items.push(Item::heading(ctx.text("tui-untrusted-heading")));
                    for (note, command) in notes {
                        items.push(Item::bullet(note, Tone::Warning));
                        if let Some(command) = command {
                            items.push(Item::command(command, Tone::Dim, 4));
                        }
                    }
                    items.push(Item::Buttons(vec!["import-root", "import-intermediate"]));
                }
                items.push(Item::Gap);
                items.push(Item::heading(ctx.text("tui-assign-usages")));
                for usage in Usage::ALL {
                    items.push(Item::Control(check_id(usage)));
                    for reason in self.refusals.get(&usage).into_iter().flatten() {
                        items.push(Item::indented(ctx.say(reason), Tone::Warning, 4));
                    }
                    items.push(Item::indented(self.holder(ctx, usage), Tone::Dim, 4));
                }
                items.push(Item::Gap);
                items.push(Item::Buttons(vec!["assign", "back"]));
            }
        }
        self.body.items = items;
        self.body.draw(frame, area, &mut self.form, &ctx.ui);
    }
}
