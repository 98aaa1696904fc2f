//! The request pages of the wizard: one page walking the steps of the Skype
//! for Business Server certificate request wizard that the topic
//! `certificate-request` documents — Delayed or Immediate Requests, Choose a
//! Certification Authority, Name and Security Settings, Subject Alternative
//! Names — then the usages, a summary, and the request itself, which runs on
//! a background thread while the page shows what is happening.
//!
//! Every check is the library's own, so the page refuses exactly what
//! `wizard request` refuses: names through [`names::dns_name`] (as you type),
//! the CSR file through [`crate::cert::ca::offline::check_offline_target`], the ACME CA bundle
//! as [`crate::cert::request::request`] reads it. Nothing is written before the summary's
//! Request: Cancel and Esc leave the store as it was.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Instant;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use super::status::StatusPage;
use super::{Esc, Outcome, Page, error_items};
use crate::cert::pages::form::{
    CAS, DEFAULT_HTTP_ADDRESS, DEFAULT_HTTP_PORT, Part, RequestFields, bundle_error, name_error,
    progress_message, request_left, split_names, summary_facts,
};
use crate::cert::request::{self, NewRequest};
use crate::cert::store::record::Request;
use crate::cert::x509::names;
use crate::cert::{F1_REQUEST, KeyType, Usage};
use crate::error::{Error, Message};
use crate::tui::context::Context;
use crate::tui::widgets::{Body, Control, Form, Item, MOUSE_ARM_DELAY, Tone};

pub use crate::cert::{F1_REQUEST_BASICS, F1_REQUEST_CA, F1_REQUEST_SANS};

/// The steps, in order; the CA step is skipped for an offline request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Timing,
    Ca,
    Basics,
    Sans,
    Usages,
    Summary,
    Progress,
}

const STEPS: usize = 7;

impl Step {
    fn title(self) -> &'static str {
        match self {
            Step::Timing => "tui-title-request",
            Step::Ca => "tui-request-ca-title",
            Step::Basics => "tui-request-basics-title",
            Step::Sans => "tui-request-sans-title",
            Step::Usages => "tui-request-usages-title",
            Step::Summary => "tui-request-summary-title",
            Step::Progress => "tui-request-progress-title",
        }
    }

    /// The step's F1 keyword: the topic's own for the SfB pages; the usages,
    /// summary and progress steps have none of their own in the topics, so
    /// they send the request topic's first.
    fn keyword(self) -> &'static str {
        match self {
            Step::Ca => F1_REQUEST_CA,
            Step::Basics => F1_REQUEST_BASICS,
            Step::Sans => F1_REQUEST_SANS,
            _ => F1_REQUEST,
        }
    }

    /// The section of the request topic about the step (the topic's
    /// headings' ids); the steps after the names have none of their own.
    fn anchor(self) -> Option<&'static str> {
        match self {
            Step::Timing => Some("online-or-offline"),
            Step::Ca => Some("certification-authority"),
            Step::Basics => Some("name-and-key"),
            Step::Sans => Some("subject-alternative-names"),
            _ => None,
        }
    }
}

/// A request on its way, on a background thread.
struct Running {
    answer: Receiver<Result<Request, Error>>,
    started: Instant,
    /// The requests in the store before: a new one after a failure is the
    /// failed request the CA's refusal left.
    before: Vec<String>,
    fqdn: String,
}

enum Progress {
    Idle,
    Running(Running),
    /// Why the request failed without leaving a request: the message, and
    /// the file and line it concerns when there is one.
    Failed {
        message: Message,
        location: Option<String>,
        /// The error itself, for what the command line prints under its
        /// line (the local CA's findings, a refusal's reasons).
        error: Option<Error>,
    },
}

pub struct RequestPage {
    step: Step,
    /// One form per step, by `Step as usize`: what was typed stays when the
    /// steps go back and forth.
    forms: Vec<Form>,
    body: Body,
    /// Next was chosen on the step: empty required fields say so.
    tried: [bool; STEPS],
    /// The ACME CA bundle's check, made on Next (it reads the file).
    bundle_error: Option<Message>,
    /// What the command line gave that cannot be used (`--key`, `--usage`).
    key_note: Option<Message>,
    usage_note: Option<Message>,
    progress: Progress,
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
    /// `--acme-http-port` (default 80).
    pub acme_http_port: Option<u16>,
    /// `--acme-http-address` (default 127.0.0.1).
    pub acme_http_address: Option<IpAddr>,
    pub cfssl_url: Option<String>,
    pub cfssl_profile: Option<String>,
}

fn buttons(next: &'static str) -> Vec<Control> {
    vec![
        Control::button("back", Message::new("tui-button-back")),
        Control::button("next", Message::new(next)),
        Control::button("cancel", Message::new("tui-button-cancel")),
    ]
}

fn with_buttons(mut controls: Vec<Control>, next: &'static str) -> Form {
    controls.extend(buttons(next));
    // Enter in a field, on a check box or an option goes on, as Next does.
    Form::new(controls).with_default("next")
}

fn path_text(path: Option<&PathBuf>) -> String {
    path.map(|p| p.display().to_string()).unwrap_or_default()
}

impl RequestPage {
    pub fn new(_ctx: &Context, prefill: RequestPrefill) -> RequestPage {
        let text = |id, label, value: Option<&String>| {
            Control::text(id, Message::new(label), value.map_or("", String::as_str))
        };
        let offline = prefill.offline.is_some();
        let timing = with_buttons(
            vec![
                Control::choice(
                    "timing",
                    Message::new("tui-request-timing"),
                    vec![
                        Message::new("tui-request-send-now"),
                        Message::new("tui-request-send-later"),
                    ],
                    usize::from(offline),
                ),
                Control::text(
                    "offline-file",
                    Message::new("tui-request-offline-file"),
                    &path_text(prefill.offline.as_ref()),
                ),
            ],
            "tui-button-next",
        );
        let ca = prefill
            .ca
            .as_deref()
            .and_then(|c| CAS.iter().position(|n| n.eq_ignore_ascii_case(c)))
            .unwrap_or(0);
        let port = prefill
            .acme_http_port
            .unwrap_or(DEFAULT_HTTP_PORT)
            .to_string();
        let address = prefill
            .acme_http_address
            .map_or_else(|| DEFAULT_HTTP_ADDRESS.to_string(), |a| a.to_string());
        let ca_form = with_buttons(
            vec![
                Control::choice(
                    "ca",
                    Message::new("tui-request-ca"),
                    vec![
                        Message::new("tui-request-ca-local"),
                        Message::new("tui-request-ca-acme"),
                        Message::new("tui-request-ca-cfssl"),
                    ],
                    ca,
                ),
                text(
                    "acme-directory",
                    "tui-request-acme-directory",
                    prefill.acme_directory.as_ref(),
                ),
                Control::text(
                    "acme-bundle",
                    Message::new("tui-request-acme-bundle"),
                    &path_text(prefill.acme_ca_bundle.as_ref()),
                ),
                text(
                    "acme-contact",
                    "tui-request-acme-contact",
                    prefill.acme_contact.as_ref(),
                ),
                Control::text("acme-port", Message::new("tui-request-acme-port"), &port),
                Control::text(
                    "acme-address",
                    Message::new("tui-request-acme-address"),
                    &address,
                ),
                text(
                    "cfssl-url",
                    "tui-request-cfssl-url",
                    prefill.cfssl_url.as_ref(),
                ),
                text(
                    "cfssl-profile",
                    "tui-request-cfssl-profile",
                    prefill.cfssl_profile.as_ref(),
                ),
            ],
            "tui-button-next",
        );
        let (key, key_note) = match prefill.key.as_deref().map(str::parse::<KeyType>) {
            None => (KeyType::Rsa2048, None),
            Some(Ok(key)) => (key, None),
            Some(Err(e)) => (KeyType::Rsa2048, Some(e.message())),
        };
        let basics = with_buttons(
            vec![
                text("fqdn", "tui-request-fqdn", prefill.fqdn.as_ref())
                    .with_keyword(F1_REQUEST_BASICS),
                Control::choice(
                    "key",
                    Message::new("tui-request-key"),
                    KeyType::ALL
                        .iter()
                        .map(|k| Message::new("tui-request-key-option").arg("key", k.name()))
                        .collect(),
                    KeyType::ALL.iter().position(|k| *k == key).unwrap_or(0),
                ),
            ],
            "tui-button-next",
        );
        let sans = with_buttons(
            vec![
                Control::text(
                    "sans",
                    Message::new("tui-request-sans"),
                    &prefill.sans.join(", "),
                )
                .with_keyword(F1_REQUEST_SANS),
            ],
            "tui-button-next",
        );
        // All usages unless the command line chose (as `--usage` defaults).
        let (usages, usage_note) = match prefill.usages.as_deref().map(Usage::parse_list) {
            None => (Usage::ALL.to_vec(), None),
            Some(Ok(list)) => (list, None),
            Some(Err(e)) => (Usage::ALL.to_vec(), Some(e.message())),
        };
        let usages = with_buttons(
            Usage::ALL
                .iter()
                .map(|u| Control::check(u.name(), Message::new(u.label_id()), usages.contains(u)))
                .collect(),
            "tui-button-next",
        );
        let mut summary = with_buttons(Vec::new(), "tui-request-submit");
        summary.focus_on("next");
        let progress = Form::new(vec![
            Control::button("back", Message::new("tui-button-back")),
            Control::button("cancel", Message::new("tui-button-cancel")),
        ]);
        let mut page = RequestPage {
            step: Step::Timing,
            forms: vec![timing, ca_form, basics, sans, usages, summary, progress],
            body: Body::default(),
            tried: [false; STEPS],
            bundle_error: None,
            key_note,
            usage_note,
            progress: Progress::Idle,
        };
        page.sync();
        page.step_form_mut(Step::Timing).focus_on("timing");
        page
    }

    fn step_form(&self, step: Step) -> &Form {
        &self.forms[step as usize]
    }

    fn step_form_mut(&mut self, step: Step) -> &mut Form {
        &mut self.forms[step as usize]
    }

    fn value(&self, step: Step, id: &str) -> &str {
        self.step_form(step).value(id)
    }

    fn offline(&self) -> bool {
        self.step_form(Step::Timing).selected("timing") == 1
    }

    /// `local`, `acme` or `cfssl`.
    fn ca(&self) -> &'static str {
        CAS[self.step_form(Step::Ca).selected("ca").min(CAS.len() - 1)]
    }

    fn fqdn(&self) -> &str {
        self.value(Step::Basics, "fqdn").trim()
    }

    fn sans(&self) -> Vec<String> {
        split_names(self.value(Step::Sans, "sans"))
    }

    fn key(&self) -> KeyType {
        let at = self.step_form(Step::Basics).selected("key");
        KeyType::ALL.get(at).copied().unwrap_or(KeyType::Rsa2048)
    }

    fn usages(&self) -> Vec<Usage> {
        let form = self.step_form(Step::Usages);
        Usage::ALL
            .into_iter()
            .filter(|u| form.checked(u.name()))
            .collect()
    }

    fn optional(&self, step: Step, id: &str) -> Option<String> {
        Some(self.value(step, id).trim().to_string()).filter(|v| !v.is_empty())
    }

    /// The steps of this request: the CA is not asked for an offline one.
    fn sequence(&self) -> Vec<Step> {
        let mut steps = vec![Step::Timing];
        if !self.offline() {
            steps.push(Step::Ca);
        }
        steps.extend([Step::Basics, Step::Sans, Step::Usages, Step::Summary]);
        steps
    }

    /// Shows the fields of what is chosen (the CSR file when sending later,
    /// the chosen CA's own), and Back and Cancel once a request failed.
    fn sync(&mut self) {
        let offline = self.offline();
        self.step_form_mut(Step::Timing)
            .set_enabled("offline-file", offline);
        self.step_form_mut(Step::Timing).set_enabled("back", false);
        let ca = self.ca();
        let form = self.step_form_mut(Step::Ca);
        for id in [
            "acme-directory",
            "acme-bundle",
            "acme-contact",
            "acme-port",
            "acme-address",
        ] {
            form.set_enabled(id, ca == "acme");
        }
        for id in ["cfssl-url", "cfssl-profile"] {
            form.set_enabled(id, ca == "cfssl");
        }
        let failed = matches!(self.progress, Progress::Failed { .. });
        let form = self.step_form_mut(Step::Progress);
        form.set_enabled("back", failed);
        form.set_enabled("cancel", failed);
    }

    /// The errors of a step's fields, field by field, in the order shown.
    /// With `strict` (Next was chosen) an empty required field is one too;
    /// before that, only what was typed is judged, as it is typed.
    fn errors(&self, step: Step, ctx: &Context, strict: bool) -> Vec<(&'static str, Message)> {
        let part = match step {
            Step::Timing => Part::Timing,
            Step::Ca => Part::Ca,
            Step::Basics => Part::Basics,
            Step::Sans => Part::Sans,
            Step::Usages => Part::Usages,
            Step::Summary | Step::Progress => return Vec::new(),
        };
        // The bundle was read on Next; drawing does not read it again.
        let bundle = |_: &str| self.bundle_error.clone();
        self.fields().errors(part, &ctx.store, strict, &bundle)
    }

    /// The fields of every step as typed.
    fn fields(&self) -> RequestFields {
        let ca = |id| self.value(Step::Ca, id).to_string();
        RequestFields {
            offline: self.offline(),
            offline_file: self.value(Step::Timing, "offline-file").to_string(),
            ca: self.ca(),
            acme_directory: ca("acme-directory"),
            acme_bundle: ca("acme-bundle"),
            acme_contact: ca("acme-contact"),
            acme_port: ca("acme-port"),
            acme_address: ca("acme-address"),
            cfssl_url: ca("cfssl-url"),
            cfssl_profile: ca("cfssl-profile"),
            fqdn: self.value(Step::Basics, "fqdn").to_string(),
            sans: self.value(Step::Sans, "sans").to_string(),
            key: self.key(),
            usages: self.usages(),
        }
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        // Each step starts at its top.
        self.body = Body::default();
        if step == Step::Summary {
            // The summary's Request sends it: the second click of a
            // double-click on the step before must not press it unseen.
            self.step_form_mut(step).arm_mouse_after(MOUSE_ARM_DELAY);
        }
    }

    fn next(&mut self, ctx: &mut Context) -> Outcome {
        let step = self.step;
        if step == Step::Progress {
            return Outcome::Stay;
        }
        if step == Step::Ca {
            self.bundle_error = match self.optional(step, "acme-bundle") {
                Some(file) if self.ca() == "acme" => bundle_error(&file),
                _ => None,
            };
        }
        if let Some((field, _)) = self.errors(step, ctx, true).first() {
            self.tried[step as usize] = true;
            self.step_form_mut(step).focus_on(field);
            return Outcome::Stay;
        }
        if step == Step::Summary {
            self.start(ctx);
            return Outcome::Stay;
        }
        let sequence = self.sequence();
        if let Some(next) = sequence
            .iter()
            .position(|s| *s == step)
            .and_then(|at| sequence.get(at + 1))
        {
            self.go(*next);
        }
        Outcome::Stay
    }

    fn back(&mut self) -> Outcome {
        if self.step == Step::Progress {
            self.progress = Progress::Idle;
            self.sync();
            self.go(Step::Summary);
            return Outcome::Stay;
        }
        let sequence = self.sequence();
        match sequence
            .iter()
            .position(|s| *s == self.step)
            .and_then(|at| at.checked_sub(1))
        {
            Some(at) => {
                self.go(sequence[at]);
                Outcome::Stay
            }
            None => Outcome::Back,
        }
    }

    fn request(&self) -> NewRequest {
        self.fields().new_request()
    }

    /// Sends the request on a thread of its own: making the key and waiting
    /// for a CA's answer (ACME polls for up to a minute) must not stop the
    /// page from drawing, nor F1 and F2 from working.
    /// `request::request` takes the store's lock itself, which serializes it
    /// with every other writer; it shares nothing else with this thread.
    fn start(&mut self, ctx: &Context) {
        let new = self.request();
        let before = ctx.store.list("requests").unwrap_or_default();
        let store = ctx.store.clone();
        let fqdn = names::dns_name(&new.fqdn, false).unwrap_or_else(|_| new.fqdn.clone());
        let (sender, answer) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("docwiz-request".into())
            .spawn(move || {
                // The page may be gone (the wizard closed): nobody to tell.
                let _ = sender.send(request::request(&store, &new));
            });
        self.progress = match spawned {
            Ok(_) => Progress::Running(Running {
                answer,
                started: Instant::now(),
                before,
                fqdn,
            }),
            Err(_) => Progress::Failed {
                message: Message::new("tui-request-stopped"),
                location: None,
                error: None,
            },
        };
        self.go(Step::Progress);
        self.sync();
    }

    fn running(&self) -> bool {
        matches!(self.progress, Progress::Running(_))
    }

    /// A field's errors, under it.
    fn field_errors(
        &self,
        items: &mut Vec<Item>,
        errors: &[(&str, Message)],
        id: &str,
        ctx: &Context,
    ) {
        for (_, message) in errors.iter().filter(|(field, _)| *field == id) {
            items.push(Item::indented(ctx.say(message), Tone::Error, 2));
        }
    }

    fn summary(&self, items: &mut Vec<Item>, ctx: &Context) {
        for (label, value) in summary_facts(&ctx.ui, &self.fields()) {
            items.push(Item::fact(label, value));
        }
    }

    fn progress_items(&self, items: &mut Vec<Item>, ctx: &Context) {
        match &self.progress {
            Progress::Running(running) => {
                let new = self.request();
                let doing = progress_message(&new.ca);
                items.push(Item::text(ctx.say(&doing)));
                items.push(Item::Gap);
                let elapsed = running.started.elapsed();
                // A turning bar: the page is alive even when the seconds are not moving yet.
                let spinner = ['|', '/', '-', '\\'][(elapsed.as_millis() / 250 % 4) as usize];
                let seconds = usize::try_from(elapsed.as_secs()).unwrap_or(usize::MAX);
                items.push(Item::toned(
                    format!(
                        "{spinner} {}",
                        ctx.say(&Message::new("tui-request-elapsed").arg("seconds", seconds))
                    ),
                    Tone::Heading,
                ));
                items.push(Item::Gap);
                items.push(Item::toned(ctx.text("tui-request-running-keys"), Tone::Dim));
            }
            Progress::Failed {
                message,
                location,
                error,
            } => {
                let text = match location {
                    Some(at) => ctx.say(
                        &Message::new("store-problem-line")
                            .arg("file", at.as_str())
                            .arg("problem", message.clone()),
                    ),
                    None => ctx.say(message),
                };
                items.push(Item::toned(text, Tone::Error));
                if let Some(error) = error {
                    // The line above is the error's own: only what the
                    // command line prints under it.
                    items.extend(error_items(ctx, error, None).into_iter().skip(1));
                }
                items.push(Item::Gap);
                items.push(Item::toned(ctx.text("tui-request-failed"), Tone::Dim));
                items.push(Item::Gap);
                items.push(Item::Buttons(vec!["back", "cancel"]));
            }
            Progress::Idle => {}
        }
    }
}

impl Page for RequestPage {
    fn title(&self, ctx: &Context) -> String {
        ctx.text(self.step.title())
    }

    fn body(&mut self) -> Option<&mut Body> {
        Some(&mut self.body)
    }

    fn help_anchor(&self) -> Option<&'static str> {
        self.step.anchor()
    }

    fn keywords(&self) -> Vec<String> {
        let mut keywords = self.step_form(self.step).keywords(self.step.keyword());
        // The SAN field's keyword is its step's too: sent once.
        keywords.dedup();
        keywords
    }

    fn form(&self) -> Option<&Form> {
        // While the CA is asked no key but the wizard's works.
        (!self.running()).then(|| self.step_form(self.step))
    }

    fn form_mut(&mut self) -> Option<&mut Form> {
        if self.running() {
            return None;
        }
        Some(self.step_form_mut(self.step))
    }

    fn activate(&mut self, id: &'static str, ctx: &mut Context) -> Outcome {
        match id {
            "back" => self.back(),
            "cancel" => Outcome::Home(None),
            _ => self.next(ctx),
        }
    }

    fn changed(&mut self, id: &'static str, _ctx: &mut Context) -> Outcome {
        match id {
            "timing" | "ca" => self.sync(),
            "acme-bundle" => self.bundle_error = None,
            _ => {}
        }
        Outcome::Stay
    }

    fn on_key(&mut self, key: KeyEvent, ctx: &mut Context) -> Outcome {
        // While the CA is asked, Esc (or anything else) does not leave the
        // page: the request goes on and its outcome comes here. F1, F2 and
        // Ctrl+C are the wizard's and still work.
        if self.running() {
            return Outcome::Stay;
        }
        let event = self.step_form_mut(self.step).handle_key(key);
        match self.on_form(event, ctx) {
            // The first step's Esc leaves the page (the wizard's Back).
            Outcome::Ignored if key.code == KeyCode::Esc && self.step != Step::Timing => {
                self.back()
            }
            other => other,
        }
    }

    fn esc(&self) -> Esc {
        match self.step {
            _ if self.running() => Esc::Nothing,
            Step::Timing => Esc::Back,
            _ => Esc::Does("tui-key-back"),
        }
    }

    /// Looks whether the request's thread answered: issued, or pending
    /// offline, leads to its status page; a failure that left a request (a
    /// CA's refusal, which `wizard request` records as failed with its
    /// reason) too; any other failure stays here, with Back.
    fn tick(&mut self, ctx: &mut Context) -> Outcome {
        let Progress::Running(running) = &self.progress else {
            return Outcome::Ignored;
        };
        let error = match running.answer.try_recv() {
            Err(TryRecvError::Empty) => return Outcome::Stay,
            Ok(Ok(request)) => {
                return Outcome::Replace(Box::new(StatusPage::new(ctx, Some(request.id))));
            }
            Ok(Err(error)) => Some(error),
            Err(TryRecvError::Disconnected) => None,
        };
        let left = request_left(&ctx.store, &running.before, &running.fqdn);
        if let Some(id) = left {
            return Outcome::Replace(Box::new(StatusPage::new(ctx, Some(id))));
        }
        self.progress = match error {
            Some(error) => Progress::Failed {
                message: name_error(&error),
                location: error.location().map(|l| l.to_string()),
                error: Some(error),
            },
            None => Progress::Failed {
                message: Message::new("tui-request-stopped"),
                location: None,
                error: None,
            },
        };
        self.sync();
        self.step_form_mut(Step::Progress).focus_on("back");
        Outcome::Stay
    }

    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context) {
        let step = self.step;
        let mut items = Vec::new();
        let sequence = self.sequence();
        if let Some(at) = sequence.iter().position(|s| *s == step) {
            items.push(Item::toned(
                ctx.say(
                    &Message::new("tui-request-step")
                        .arg("step", at + 1)
                        .arg("total", sequence.len()),
                ),
                Tone::Dim,
            ));
        }
        let errors = self.errors(step, ctx, self.tried[step as usize]);
        let next = vec!["back", "next", "cancel"];
        match step {
            Step::Timing => {
                items.push(Item::text(ctx.text("tui-request-timing-intro")));
                items.push(Item::Gap);
                items.push(Item::Control("timing"));
                if self.offline() {
                    items.push(Item::Gap);
                    items.push(Item::Control("offline-file"));
                    self.field_errors(&mut items, &errors, "offline-file", ctx);
                }
            }
            Step::Ca => {
                items.push(Item::text(ctx.text("tui-request-ca-intro")));
                items.push(Item::Gap);
                items.push(Item::Control("ca"));
                let fields: &[&'static str] = match self.ca() {
                    "acme" => &[
                        "acme-directory",
                        "acme-bundle",
                        "acme-contact",
                        "acme-port",
                        "acme-address",
                    ],
                    "cfssl" => &["cfssl-url", "cfssl-profile"],
                    _ => &[],
                };
                for id in fields {
                    items.push(Item::Control(id));
                    self.field_errors(&mut items, &errors, id, ctx);
                }
            }
            Step::Basics => {
                items.push(Item::text(ctx.text("tui-request-basics-intro")));
                items.push(Item::Gap);
                items.push(Item::Control("fqdn"));
                self.field_errors(&mut items, &errors, "fqdn", ctx);
                if let Ok(ascii) = names::dns_name(self.fqdn(), false)
                    && ascii != self.fqdn()
                {
                    items.push(Item::indented(
                        ctx.say(&Message::new("tui-request-name-as").arg("name", ascii)),
                        Tone::Dim,
                        2,
                    ));
                }
                items.push(Item::Gap);
                items.push(Item::Control("key"));
                if let Some(note) = &self.key_note {
                    items.push(Item::indented(
                        ctx.say(
                            &Message::new("tui-request-prefill-invalid").arg("error", note.clone()),
                        ),
                        Tone::Warning,
                        2,
                    ));
                }
            }
            Step::Sans => {
                let fqdn = names::dns_name(self.fqdn(), false).unwrap_or_default();
                items.push(Item::text(
                    ctx.say(
                        &Message::new("tui-request-sans-intro")
                            .arg("fqdn", names::shown(&fqdn))
                            .arg("known", if fqdn.is_empty() { "no" } else { "yes" }),
                    ),
                ));
                items.push(Item::Gap);
                items.push(Item::Control("sans"));
                self.field_errors(&mut items, &errors, "sans", ctx);
                // What the certificate will carry, as it will carry it.
                if errors.is_empty()
                    && let Ok(names) = names::subject_names(&fqdn, &self.sans())
                    && names.len() > 1
                {
                    for name in &names[1..] {
                        items.push(Item::indented(
                            format!("• {}", names::shown(name)),
                            Tone::Dim,
                            2,
                        ));
                    }
                }
            }
            Step::Usages => {
                items.push(Item::text(ctx.text("tui-request-usages-intro")));
                if let Some(note) = &self.usage_note {
                    items.push(Item::toned(
                        ctx.say(
                            &Message::new("tui-request-prefill-invalid").arg("error", note.clone()),
                        ),
                        Tone::Warning,
                    ));
                }
                items.push(Item::Gap);
                for usage in Usage::ALL {
                    items.push(Item::Control(usage.name()));
                }
                self.field_errors(&mut items, &errors, Usage::Default.name(), ctx);
            }
            Step::Summary => {
                items.push(Item::text(ctx.text("tui-request-summary-intro")));
                items.push(Item::Gap);
                self.summary(&mut items, ctx);
            }
            Step::Progress => self.progress_items(&mut items, ctx),
        }
        if step != Step::Progress {
            items.push(Item::Gap);
            items.push(Item::Buttons(next));
        }
        self.body.items = items;
        self.body
            .draw(frame, area, &mut self.forms[step as usize], &ctx.ui);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cert::pages::status::Commands;
    use crate::cert::store::Store;
    use crate::source::Source;

    fn context() -> Context {
        let docwiz = crate::Docwiz {
            source: Source::new(None),
            chain: crate::language::chain(&"en".parse().unwrap()),
        };
        Context::new(
            docwiz,
            Store::new("/nonexistent/docwiz-store"),
            Commands::new(None),
        )
    }

    fn page() -> RequestPage {
        RequestPage::new(
            &context(),
            RequestPrefill {
                fqdn: Some("host.example.com".into()),
                ..Default::default()
            },
        )
    }

    #[test]
    fn each_step_sends_its_topic_keyword_and_a_field_its_own_first() {
        let mut ctx = context();
        let mut page = page();
        assert_eq!(page.keywords(), [F1_REQUEST]);
        page.next(&mut ctx);
        assert_eq!(page.keywords(), [F1_REQUEST_CA]);
        page.next(&mut ctx);
        assert_eq!(page.keywords(), [F1_REQUEST_BASICS]);
        page.next(&mut ctx);
        // The SAN field's keyword is its step's: sent once.
        assert_eq!(page.keywords(), [F1_REQUEST_SANS]);
        page.next(&mut ctx);
        assert_eq!(page.step, Step::Usages);
        assert_eq!(page.keywords(), [F1_REQUEST]);
    }

    #[test]
    fn an_offline_request_skips_the_ca_and_back_returns_through_the_same_steps() {
        let mut ctx = context();
        let mut page = page();
        page.on_key(KeyEvent::from(KeyCode::Down), &mut ctx);
        assert!(page.offline());
        assert_eq!(
            page.sequence(),
            [
                Step::Timing,
                Step::Basics,
                Step::Sans,
                Step::Usages,
                Step::Summary
            ]
        );
        // No CSR file yet: Next is refused and says so.
        page.next(&mut ctx);
        assert_eq!(page.step, Step::Timing);
        assert!(page.tried[Step::Timing as usize]);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("req.csr");
        page.step_form_mut(Step::Timing)
            .set_value("offline-file", file.to_str().unwrap());
        page.next(&mut ctx);
        assert_eq!(page.step, Step::Basics);
        page.back();
        assert_eq!(page.step, Step::Timing);
        assert!(matches!(page.back(), Outcome::Back));
    }
}
