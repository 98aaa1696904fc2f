//! Trust import of a CA certificate (`docwiz.TrustImport`): a file and the
//! store it goes to, then, for a root, a confirmation like the operating
//! system's security warning before it trusts a new root ("You are about to
//! install a certificate from a certification authority (CA) claiming to
//! represent …", with its subject and SHA-1 thumbprint), focus on No: nothing
//! is trusted without an explicit Yes. An intermediate needs no confirmation,
//! as `docwiz trust import-intermediate` needs none. A file holding several
//! certificates gives each to its own store (as `docwiz trust` sorts them):
//! those that do not belong in the chosen store are named, with a button that
//! imports them into theirs.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use super::error_items;
use super::{Esc, Outcome, Page};
use crate::cert::F1_TRUST;
use crate::cert::pages::form::{offered_for, trust_warnings, typed_path};
use crate::cert::pages::status;
use crate::cert::store::TrustKind;
use crate::cert::x509::certificate::CertInfo;
use crate::cert::x509::trust;
use crate::error::{Error, Message};
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Control, Form, Item, MOUSE_ARM_DELAY, Tone};

pub use crate::cert::{F1_TRUST_INTERMEDIATE, F1_TRUST_ROOT};

/// Where the page is: asking for the file, asking for confirmation, done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Input,
    Confirm,
    Done,
}

/// The trust import page, in its three steps.
pub struct TrustPage {
    step: Step,
    /// The file and the store, kept as typed while the other steps show.
    input: Form,
    confirm: Form,
    done: Form,
    body: Body,
    /// Why the last step did not go through (an unreadable file, a refusal).
    error: Option<Error>,
    /// What the last step said otherwise (a declined confirmation).
    notice: Option<(Message, Tone)>,
    /// The file read, as the store's name for it.
    file: PathBuf,
    /// The store the certificates read go to.
    kind: TrustKind,
    /// Certificates of the file that belong in `kind`'s store.
    certs: Vec<CertInfo>,
    /// Certificates of the file that do not, with the reason.
    skipped: Vec<(CertInfo, &'static str)>,
    /// Thumbprints the import added (the others were there already).
    added: Vec<String>,
}

fn kind_index(kind: TrustKind) -> usize {
    match kind {
        TrustKind::Root => 0,
        TrustKind::Intermediate => 1,
    }
}

fn other(kind: TrustKind) -> TrustKind {
    match kind {
        TrustKind::Root => TrustKind::Intermediate,
        TrustKind::Intermediate => TrustKind::Root,
    }
}

impl TrustPage {
    /// Trust import of a CA certificate of `kind`, `file` filled in (the
    /// status page offers the root that came with the CA's answer).
    pub fn new(_ctx: &Context, kind: TrustKind, file: Option<PathBuf>) -> TrustPage {
        let shown = file
            .as_ref()
            .map(|f| f.display().to_string())
            .unwrap_or_default();
        let mut input = Form::new(vec![
            Control::text("file", Message::new("tui-trust-file"), &shown),
            Control::choice(
                "kind",
                Message::new("tui-trust-kind"),
                vec![
                    Message::new("tui-trust-kind-root"),
                    Message::new("tui-trust-kind-intermediate"),
                ],
                kind_index(kind),
            ),
            Control::button("next", Message::new("tui-trust-button-next")),
            Control::button("back", Message::new("tui-button-back")),
        ])
        .with_default("next");
        if file.is_some() {
            input.focus_on("next");
        }
        TrustPage {
            step: Step::Input,
            input,
            confirm: Form::default(),
            done: Form::default(),
            body: Body::default(),
            error: None,
            notice: None,
            file: PathBuf::new(),
            kind,
            certs: Vec::new(),
            skipped: Vec::new(),
            added: Vec::new(),
        }
    }

    /// The store chosen on the first step.
    fn chosen_kind(&self) -> TrustKind {
        if self.input.selected("kind") == 1 {
            TrustKind::Intermediate
        } else {
            TrustKind::Root
        }
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        // A new step is a new page: shown from its top.
        self.body = Body::default();
    }

    /// Next: reads the file; a root goes to the confirmation, an
    /// intermediate is imported at once.
    fn next(&mut self, ctx: &Context) -> Outcome {
        self.error = None;
        self.notice = None;
        let typed = self.input.value("file").trim().to_string();
        if typed.is_empty() {
            self.notice = Some((Message::new("tui-trust-file-missing"), Tone::Error));
            self.input.focus_on("file");
            return Outcome::Stay;
        }
        let file = typed_path(&typed);
        let kind = self.chosen_kind();
        let (certs, skipped) = match offered_for(&file, kind) {
            Ok(sorted) => sorted,
            Err(e) => {
                self.error = Some(e);
                return Outcome::Stay;
            }
        };
        self.file = file;
        self.kind = kind;
        self.certs = certs;
        self.skipped = skipped;
        match kind {
            TrustKind::Root => {
                let mut confirm = Form::new(vec![
                    Control::button("yes", Message::new("tui-trust-button-yes")),
                    Control::button("no", Message::new("tui-trust-button-no")),
                ]);
                confirm.focus_on("no");
                // Yes trusts the root: the second click of a double-click
                // on Next, drawn at the same place, must not press it.
                confirm.arm_mouse_after(MOUSE_ARM_DELAY);
                self.confirm = confirm;
                self.go(Step::Confirm);
                Outcome::Stay
            }
            TrustKind::Intermediate => self.import(ctx),
        }
    }

    /// No (or Esc) on the confirmation: back to the file, nothing trusted.
    fn decline(&mut self) -> Outcome {
        self.notice = Some((Message::new("error-declined"), Tone::Warning));
        self.go(Step::Input);
        Outcome::Stay
    }

    /// Writes the certificates into the store (`trust::import`, what
    /// `docwiz trust import-root` and `import-intermediate` call).
    fn import(&mut self, ctx: &Context) -> Outcome {
        match trust::import(&ctx.store, &self.certs, self.kind) {
            Ok(added) => {
                self.added = added.into_iter().map(|c| c.thumbprint).collect();
                let mut buttons = Vec::new();
                if self.other_kind_skipped() {
                    let label = match self.kind {
                        TrustKind::Root => "tui-trust-import-skipped-intermediate",
                        TrustKind::Intermediate => "tui-trust-import-skipped-root",
                    };
                    buttons.push(Control::button("other", Message::new(label)));
                }
                buttons.push(Control::button("back", Message::new("tui-button-back")));
                let mut done = Form::new(buttons);
                done.focus_on("back");
                self.done = done;
                self.go(Step::Done);
            }
            Err(e) => {
                self.error = Some(e);
                self.go(Step::Input);
            }
        }
        Outcome::Stay
    }

    /// Whether the file held certificates for the other store.
    fn other_kind_skipped(&self) -> bool {
        let wanted = match self.kind {
            TrustKind::Root => "trust-skipped-intermediate",
            TrustKind::Intermediate => "trust-skipped-root",
        };
        self.skipped.iter().any(|(_, reason)| *reason == wanted)
    }

    /// Each skipped certificate with why, and the command that imports it
    /// into its own store.
    fn skipped_items(&self, ctx: &Context, items: &mut Vec<Item>) {
        let quoted = status::shell_quote(
            &std::path::absolute(&self.file)
                .unwrap_or_else(|_| self.file.clone())
                .display()
                .to_string(),
        );
        for (cert, id) in &self.skipped {
            let verb = match *id {
                "trust-skipped-root" => Some("trust import-root"),
                "trust-skipped-intermediate" => Some("trust import-intermediate"),
                _ => None,
            };
            let command = verb
                .map(|verb| ctx.commands.command(&format!("{verb} {quoted}")))
                .unwrap_or_default();
            let message = Message::new(id)
                .arg("subject", cert.subject.as_str())
                .arg("thumbprint", cert.thumbprint.as_str())
                .arg("command", command);
            items.push(Item::bullet(ctx.say(&message), Tone::Dim));
        }
    }

    /// The validity and policy warnings of a CA certificate, as
    /// `docwiz trust import-root` prints them.
    fn warnings(&self, cert: &CertInfo) -> Vec<Message> {
        trust_warnings(cert, self.kind)
    }

    fn confirm_items(&self, ctx: &Context) -> Vec<Item> {
        let mut items = vec![Item::toned(
            ctx.text("tui-trust-confirm-heading"),
            Tone::Warning,
        )];
        if self.certs.len() > 1 {
            // One Yes trusts them all: each is named with its thumbprint
            // before any detail, so none is below the fold unseen.
            items.push(Item::Gap);
            items.push(Item::heading(ctx.say(
                &Message::new("tui-trust-confirm-list").arg("count", self.certs.len()),
            )));
            for cert in &self.certs {
                items.push(Item::bullet(
                    format!("{}\n{}", cert.subject, cert.thumbprint),
                    Tone::Normal,
                ));
            }
        }
        for cert in &self.certs {
            items.push(Item::Gap);
            items.push(Item::text(ctx.say(
                &Message::new("tui-trust-confirm-claim").arg("subject", cert.subject.as_str()),
            )));
            items.push(Item::fact(ctx.text("status-subject"), cert.subject.clone()));
            items.push(Item::fact(ctx.text("status-issuer"), cert.issuer.clone()));
            items.push(Item::Fact {
                label: ctx.text("details-sha1"),
                value: cert.thumbprint.clone(),
                tone: Tone::Heading,
            });
            items.push(Item::fact(
                ctx.text("status-valid-from"),
                crate::cldr_format::date_time(ctx.ui.locale(), cert.not_before),
            ));
            items.push(Item::fact(
                ctx.text("status-valid-to"),
                crate::cldr_format::date_time(ctx.ui.locale(), cert.not_after),
            ));
            for warning in self.warnings(cert) {
                items.push(Item::bullet(ctx.say(&warning), Tone::Warning));
            }
        }
        if !self.skipped.is_empty() {
            items.push(Item::Gap);
            self.skipped_items(ctx, &mut items);
        }
        items.push(Item::Gap);
        items.push(Item::toned(ctx.text("tui-trust-confirm-check"), Tone::Dim));
        // The question stays in sight with its buttons.
        items.push(Item::Pin);
        items.push(Item::heading(ctx.say(
            &Message::new("tui-trust-confirm-question").arg("count", self.certs.len()),
        )));
        items.push(Item::Buttons(vec!["yes", "no"]));
        items
    }

    fn done_items(&self, ctx: &Context) -> Vec<Item> {
        let mut items = Vec::new();
        for cert in &self.certs {
            let id = match (self.added.contains(&cert.thumbprint), self.kind) {
                (false, _) => "trust-already",
                (true, TrustKind::Root) => "trust-imported-root",
                (true, TrustKind::Intermediate) => "trust-imported-intermediate",
            };
            items.push(Item::toned(
                ctx.say(
                    &Message::new(id)
                        .arg("subject", cert.subject.as_str())
                        .arg("thumbprint", cert.thumbprint.as_str()),
                ),
                Tone::Good,
            ));
            for warning in self.warnings(cert) {
                items.push(Item::bullet(ctx.say(&warning), Tone::Warning));
            }
        }
        if !self.skipped.is_empty() {
            items.push(Item::Gap);
            self.skipped_items(ctx, &mut items);
        }
        items.push(Item::Gap);
        items.push(Item::Buttons(vec!["other", "back"]));
        items
    }

    fn input_items(&self, ctx: &Context) -> Vec<Item> {
        let mut items = vec![
            Item::toned(ctx.text("tui-trust-intro"), Tone::Dim),
            Item::Gap,
        ];
        if let Some(error) = &self.error {
            items.extend(error_items(ctx, error, None));
            items.push(Item::Gap);
        }
        if let Some((message, tone)) = &self.notice {
            items.push(Item::toned(ctx.say(message), *tone));
            items.push(Item::Gap);
        }
        items.extend([
            Item::Control("file"),
            Item::Gap,
            Item::Control("kind"),
            Item::Gap,
            Item::Buttons(vec!["next", "back"]),
        ]);
        items
    }
}

impl Page for TrustPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("tui-title-trust")
    }

    /// The store's own keyword first (the kind chosen), then the page's.
    fn body(&mut self) -> Option<&mut Body> {
        Some(&mut self.body)
    }

    fn keywords(&self) -> Vec<String> {
        let kind = match self.step {
            Step::Input => self.chosen_kind(),
            _ => self.kind,
        };
        let specific = match kind {
            TrustKind::Root => F1_TRUST_ROOT,
            TrustKind::Intermediate => F1_TRUST_INTERMEDIATE,
        };
        vec![specific.to_string(), F1_TRUST.to_string()]
    }

    /// The confirmation is documented where the topic explains trusting a
    /// root.
    fn help_anchor(&self) -> Option<&'static str> {
        (self.step == Step::Confirm).then_some("trusting-a-root")
    }

    fn form(&self) -> Option<&Form> {
        Some(match self.step {
            Step::Input => &self.input,
            Step::Confirm => &self.confirm,
            Step::Done => &self.done,
        })
    }

    fn form_mut(&mut self) -> Option<&mut Form> {
        Some(match self.step {
            Step::Input => &mut self.input,
            Step::Confirm => &mut self.confirm,
            Step::Done => &mut self.done,
        })
    }

    fn activate(&mut self, id: &'static str, ctx: &mut Context) -> Outcome {
        match (self.step, id) {
            (Step::Input, "next") => self.next(ctx),
            (Step::Confirm, "yes") => self.import(ctx),
            (Step::Confirm, "no") => self.decline(),
            (Step::Done, "other") => {
                let kind = other(self.kind);
                if let Some(crate::tui::widgets::Kind::Choice { selected, .. }) =
                    self.input.get_mut("kind").map(|c| &mut c.kind)
                {
                    *selected = kind_index(kind);
                }
                self.go(Step::Input);
                self.next(ctx)
            }
            (_, "back") => Outcome::Back,
            _ => Outcome::Stay,
        }
    }

    fn on_key(&mut self, key: KeyEvent, ctx: &mut Context) -> Outcome {
        // Esc on the confirmation is No, never a way past it.
        if key.code == KeyCode::Esc && self.step == Step::Confirm {
            return self.decline();
        }
        let event = self.form_mut().map(|form| form.handle_key(key));
        match event {
            Some(event) => self.on_form(event, ctx),
            None => Outcome::Ignored,
        }
    }

    fn esc(&self) -> Esc {
        match self.step {
            Step::Confirm => Esc::Does("tui-trust-button-no"),
            _ => Esc::Back,
        }
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        self.body.items = match self.step {
            Step::Input => self.input_items(ctx),
            Step::Confirm => self.confirm_items(ctx),
            Step::Done => self.done_items(ctx),
        };
        let form = match self.step {
            Step::Input => &mut self.input,
            Step::Confirm => &mut self.confirm,
            Step::Done => &mut self.done,
        };
        self.body.draw(frame, area, form, &ctx.ui);
    }
}
