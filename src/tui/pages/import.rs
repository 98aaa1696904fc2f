//! Import Certificate (`ms.lync.dep.DeployCertImportBasics`): a certificate
//! obtained elsewhere with its private key — a certificate file (PEM, DER,
//! PKCS#7) with a key file, one PEM file holding both, or a PKCS#12 (.pfx,
//! .p12) file with its password — installed by `import::import`, as
//! `docwiz wizard import` does. Success shows the thumbprint, the notes
//! (which PKCS#12 pair was taken) and what stands between the certificate
//! and an assignment, and offers Assign for it.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Notice, Outcome, Page, error_items};
use crate::cert::pages::status::{self, ChainView};
use crate::cert::pages::{chain_notes, chain_summary};
use crate::cert::store::TrustKind;
use crate::cert::x509::trust::MissingKind;
use crate::cert::{F1_IMPORT, import, input};
use crate::error::{Error, Message};
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Control, Form, Item, Tone};

/// What the command line was given for `wizard import`.
#[derive(Debug, Clone, Default)]
pub struct ImportPrefill {
    pub file: Option<std::path::PathBuf>,
    pub key: Option<std::path::PathBuf>,
    pub password_file: Option<std::path::PathBuf>,
    pub key_password_file: Option<std::path::PathBuf>,
    pub friendly_name: Option<String>,
    /// The command line's own import refused for want of an input it did
    /// not give (the key, a password): said on the page, with focus on the
    /// field that takes it.
    pub missing: Option<Error>,
}

/// The field that takes what `error` says is missing, when it says that
/// an input was not given (not that one given was wrong).
pub fn missing_field(error: &Error) -> Option<&'static str> {
    let Error::Input { reason, .. } = error else {
        return None;
    };
    match reason.id {
        "import-certificate-without-key" => Some("key"),
        "pkcs12-needs-password" => Some("password"),
        "key-encrypted-needs-password" => Some("key-password"),
        _ => None,
    }
}

use crate::cert::pages::form::import_field_reason as field_reason;
pub use crate::cert::pages::form::typed_path;

/// A successful import: what `docwiz wizard import` prints after it.
struct Done {
    thumbprint: String,
    notes: Vec<Message>,
    chain: Option<ChainView>,
}

/// The Import Certificate page: the form, then what the import did.
pub struct ImportPage {
    form: Form,
    body: Body,
    /// Why the last import (or reading a password file given on the command
    /// line) failed.
    error: Option<Error>,
    /// What the page itself has to say (a field left empty).
    problem: Option<Message>,
    done: Option<Done>,
}

impl ImportPage {
    /// The page with what the command line gave filled in; password files
    /// given are read now (one that cannot be read is said on the page,
    /// its field left empty).
    pub fn new(_ctx: &Context, prefill: ImportPrefill) -> ImportPage {
        let path = |p: &Option<PathBuf>| {
            p.as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        };
        let mut error = None;
        let mut read = |file: &Option<PathBuf>| match file.as_deref().map(input::password) {
            Some(Ok(password)) => password,
            Some(Err(e)) => {
                error.get_or_insert(e);
                String::new()
            }
            None => String::new(),
        };
        let password = read(&prefill.password_file);
        let key_password = read(&prefill.key_password_file);
        let mut form = Form::new(vec![
            Control::text(
                "file",
                Message::new("tui-import-file"),
                &path(&prefill.file),
            ),
            Control::text("key", Message::new("tui-import-key"), &path(&prefill.key)),
            Control::text("password", Message::new("tui-import-password"), &password).secret(),
            Control::text(
                "key-password",
                Message::new("tui-import-key-password"),
                &key_password,
            )
            .secret(),
            Control::text(
                "friendly-name",
                Message::new("tui-import-friendly-name"),
                prefill.friendly_name.as_deref().unwrap_or_default(),
            ),
            Control::button("import", Message::new("tui-import-button")),
            Control::button("back", Message::new("tui-button-back")),
        ])
        .with_default("import");
        let missing = prefill.missing.as_ref().and_then(missing_field);
        match missing {
            Some(field) => form.focus_on(field),
            None if prefill.file.is_some() => form.focus_on("import"),
            None => {}
        }
        if let Some(e) = prefill.missing.filter(|_| missing.is_some()) {
            error.get_or_insert(e);
        }
        ImportPage {
            form,
            body: Body::default(),
            error,
            problem: None,
            done: None,
        }
    }

    fn import(&mut self, ctx: &Context) -> Outcome {
        self.error = None;
        self.problem = None;
        let file = self.form.value("file").trim().to_string();
        if file.is_empty() {
            self.problem = Some(Message::new("tui-import-file-missing"));
            self.form.focus_on("file");
            return Outcome::Stay;
        }
        let file = typed_path(&file);
        let key = Some(self.form.value("key").trim())
            .filter(|k| !k.is_empty())
            .map(typed_path);
        // An empty field is no password (the empty one, for PKCS#12), as when
        // the option is left out.
        let given = |id: &str| Some(self.form.value(id).to_string()).filter(|v| !v.is_empty());
        let options = import::ImportOptions {
            key: key.as_deref(),
            password: given("password"),
            key_password: given("key-password"),
            friendly_name: Some(self.form.value("friendly-name").trim().to_string())
                .filter(|n| !n.is_empty()),
        };
        match import::import(&ctx.store, &file, &options) {
            Ok(imported) => {
                let chain = ctx
                    .store
                    .installed(&imported.thumbprint)
                    .ok()
                    .flatten()
                    .and_then(|chain| chain.into_iter().next())
                    .map(|leaf| status::certificate_chain(&ctx.store, &imported.thumbprint, &leaf))
                    .map(|chain| ChainView::new(&chain, &ctx.commands));
                let mut buttons =
                    vec![Control::button("assign", Message::new("tui-action-assign"))];
                if chain.as_ref().is_some_and(|c| {
                    c.missing
                        .iter()
                        .any(|m| m.kind != MissingKind::Unknown && m.file.is_some())
                }) {
                    buttons.push(Control::button("trust", Message::new("tui-action-trust")));
                }
                buttons.push(Control::button(
                    "done",
                    Message::new("tui-import-button-done"),
                ));
                self.form = Form::new(buttons);
                self.body = Body::default();
                self.done = Some(Done {
                    thumbprint: imported.thumbprint,
                    notes: imported.notes,
                    chain,
                });
            }
            Err(e) => self.error = Some(e),
        }
        Outcome::Stay
    }

    fn done_text(&self, ctx: &Context) -> String {
        self.done
            .as_ref()
            .map(|d| {
                ctx.say(&Message::new("tui-import-done").arg("thumbprint", d.thumbprint.as_str()))
            })
            .unwrap_or_default()
    }

    fn done_items(&self, ctx: &Context, done: &Done) -> Vec<Item> {
        let mut items = vec![Item::toned(self.done_text(ctx), Tone::Good)];
        for note in &done.notes {
            items.push(Item::text(ctx.say(note)));
        }
        items.push(Item::Gap);
        if let Some(chain) = &done.chain {
            let tone = if chain.status == crate::cert::x509::trust::ChainStatus::Trusted {
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
                    items.push(Item::indented(command, Tone::Dim, 4));
                }
            }
            items.push(Item::Gap);
        }
        items.push(Item::Buttons(vec!["assign", "trust", "done"]));
        items
    }
}

impl Page for ImportPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text("tui-title-import")
    }

    fn body(&mut self) -> Option<&mut Body> {
        Some(&mut self.body)
    }

    fn keywords(&self) -> Vec<String> {
        self.form.keywords(F1_IMPORT)
    }

    fn form(&self) -> Option<&Form> {
        Some(&self.form)
    }

    fn form_mut(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    fn activate(&mut self, id: &'static str, ctx: &mut Context) -> Outcome {
        match id {
            "import" => self.import(ctx),
            // Import done: Assign takes this page's place, so Esc there
            // leads home.
            "assign" => match &self.done {
                Some(done) => Outcome::Replace(Box::new(super::assign::AssignPage::new(
                    ctx,
                    Some(done.thumbprint.clone()),
                    None,
                ))),
                None => Outcome::Stay,
            },
            "trust" => {
                let missing = self
                    .done
                    .as_ref()
                    .and_then(|d| d.chain.as_ref())
                    .and_then(|c| {
                        c.missing
                            .iter()
                            .find(|m| m.kind != MissingKind::Unknown && m.file.is_some())
                    });
                match missing {
                    Some(m) => Outcome::Open(Box::new(super::trust::TrustPage::new(
                        ctx,
                        if m.kind == MissingKind::Root {
                            TrustKind::Root
                        } else {
                            TrustKind::Intermediate
                        },
                        m.file.as_ref().map(PathBuf::from),
                    ))),
                    None => Outcome::Stay,
                }
            }
            "done" => Outcome::Home(Some(Notice {
                text: self.done_text(ctx),
                tone: Tone::Good,
            })),
            "back" => Outcome::Back,
            _ => Outcome::Stay,
        }
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        let items = match &self.done {
            Some(done) => self.done_items(ctx, done),
            None => {
                let mut items = vec![
                    Item::toned(ctx.text("tui-import-intro"), Tone::Dim),
                    Item::Gap,
                ];
                if let Some(error) = &self.error {
                    items.extend(error_items(ctx, error, field_reason(error)));
                    items.push(Item::Gap);
                }
                if let Some(problem) = &self.problem {
                    items.push(Item::toned(ctx.say(problem), Tone::Error));
                    items.push(Item::Gap);
                }
                for id in ["file", "key", "password", "key-password", "friendly-name"] {
                    items.push(Item::Control(id));
                }
                items.push(Item::Gap);
                items.push(Item::Buttons(vec!["import", "back"]));
                items
            }
        };
        self.body.items = items;
        self.body.draw(frame, area, &mut self.form, &ctx.ui);
    }
}
