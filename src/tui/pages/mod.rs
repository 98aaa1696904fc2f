//! The wizard's pages, one file each, named after the help topics that
//! document them. A page holds its state (a [`Form`](super::widgets::Form)
//! and what it shows), turns input into an [`Outcome`], and draws itself;
//! the library functions it calls are the ones the command line calls.

pub mod assign;
pub mod details;
pub mod import;
pub mod main;
pub mod request;
pub mod status;
pub mod trust;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyEvent, MouseEvent};
use ratatui::layout::Rect;

use super::context::Context;
use super::widgets::{Form, FormEvent, Item, Tone};
use crate::error::{Error, Message};

/// What an input asks the wizard to do after a page handled it.
pub enum Outcome {
    /// Nothing more: the page changed (or not) and is drawn again.
    Stay,
    /// The page did not use the input: the wizard's own keys apply
    /// (Esc goes back, F1 opens help…).
    Ignored,
    /// Back to the page before (closing the wizard on the first page).
    Back,
    /// Close the wizard.
    Quit,
    /// Open a page over this one; Esc comes back here.
    Open(Box<dyn Page>),
    /// Put a page in this one's place (a step done: a request became its
    /// status page).
    Replace(Box<dyn Page>),
    /// Back to the first page, which reloads what the store holds now and
    /// shows what the step did.
    Home(Option<Notice>),
}

/// What a step did, said on the page the wizard shows next.
#[derive(Debug, Clone)]
pub struct Notice {
    pub text: String,
    pub tone: super::widgets::Tone,
}

/// A key on the status line: the key's name and what it does, in the
/// wizard's language.
pub type KeyHint = (&'static str, String);

/// What Esc does on a page, for the wizard and its status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Esc {
    /// The wizard's Esc: back to the page before (closing on the first).
    Back,
    /// The page's own, said with this message (No on a confirmation, the
    /// step before on a multi-step page).
    Does(&'static str),
    /// Nothing (while a CA is asked).
    Nothing,
}

pub trait Page {
    /// The page's title (its heading, in the current language).
    fn title(&self, ctx: &Context) -> String;
    /// The F1 keywords, most specific first: the focused control's, then the
    /// page's own.
    fn keywords(&self) -> Vec<String>;
    /// The heading of the topic (its `{#id}`) that documents where the page
    /// is now, when the topic covers more than this page: F1 opens there.
    fn help_anchor(&self) -> Option<&'static str> {
        None
    }
    /// The request whose state the help's live panel shows (the status
    /// page's request); `None` is the latest.
    fn request(&self) -> Option<String> {
        None
    }
    /// The form the keys and the mouse act on now (the current step's);
    /// the status line's keys are derived from it.
    fn form(&self) -> Option<&Form> {
        None
    }
    fn form_mut(&mut self) -> Option<&mut Form> {
        None
    }
    /// A button pressed, or Enter on a control (see [`Form::handle_key`]).
    fn activate(&mut self, _id: &'static str, _ctx: &mut Context) -> Outcome {
        Outcome::Stay
    }
    /// A control's value changed (typed, toggled, chosen).
    fn changed(&mut self, _id: &'static str, _ctx: &mut Context) -> Outcome {
        Outcome::Stay
    }
    /// What a form's answer to an input means for the page: the one
    /// dispatch every page shares, for keys and the mouse alike.
    fn on_form(&mut self, event: FormEvent, ctx: &mut Context) -> Outcome {
        match event {
            FormEvent::Activated(id) => self.activate(id, ctx),
            FormEvent::Changed(id) => self.changed(id, ctx),
            FormEvent::Moved => Outcome::Stay,
            FormEvent::Ignored => Outcome::Ignored,
        }
    }
    fn on_key(&mut self, key: KeyEvent, ctx: &mut Context) -> Outcome {
        match self.form_mut().map(|form| form.handle_key(key)) {
            Some(event) => self.on_form(event, ctx),
            None => Outcome::Ignored,
        }
    }
    fn on_mouse(&mut self, event: MouseEvent, ctx: &mut Context) -> Outcome {
        match self.form_mut().map(|form| form.handle_mouse(event)) {
            Some(event) => self.on_form(event, ctx),
            None => Outcome::Ignored,
        }
    }
    /// What Esc does here.
    fn esc(&self) -> Esc {
        Esc::Back
    }
    /// Called about ten times a second: a page waiting on a CA looks again.
    fn tick(&mut self, _ctx: &mut Context) -> Outcome {
        Outcome::Ignored
    }
    /// Reads the store again (after a step, or when the page comes back on
    /// top); form state — focus, typed text, check boxes — is kept.
    fn reload(&mut self, _ctx: &Context) {}
    /// The page's scrolling body, for PgUp/PgDn when the page does not use
    /// them itself.
    fn body(&mut self) -> Option<&mut super::widgets::Body> {
        None
    }
    /// Shows what a step on another page did (a Finish that led home).
    fn notice(&mut self, _notice: Notice) {}
    fn draw(&mut self, frame: &mut Frame, area: Rect, ctx: &Context);
    /// The page's keys for the status line (the wizard adds F1, F2, Esc
    /// before them and PgUp/PgDn after when the page scrolls): those of
    /// its form's focused control.
    fn keys(&self, ctx: &Context) -> Vec<KeyHint> {
        self.form().map(|f| f.hints(&ctx.ui)).unwrap_or_default()
    }
}

/// An error as a page shows it, in the current language: where (file, and
/// line:col when there is one) and why, `reason` in place of the error's
/// own when given; then what the command line prints under it
/// (`cmd::print_error`, `cmd::fail`): a refusal's reasons, a damaged file's
/// hint, the local CA's findings, an unknown keyword's nearest keywords.
pub fn error_items(ctx: &Context, error: &Error, reason: Option<Message>) -> Vec<Item> {
    let text = ctx.say(&reason.unwrap_or_else(|| error.message()));
    let text = match error.location() {
        Some(location) => format!("{location}: {text}"),
        None => text,
    };
    let mut items = vec![Item::toned(text, Tone::Error)];
    if let Error::Refused { reasons } = error {
        for reason in reasons {
            items.push(Item::bullet(ctx.say(reason), Tone::Warning));
        }
    }
    if let Error::Damaged {
        hint: Some(hint), ..
    } = error
    {
        items.push(Item::toned(ctx.say(hint), Tone::Dim));
    }
    if let Error::CaUnsafe { findings } = error {
        for finding in findings {
            items.push(Item::bullet(
                crate::cert::pages::problem_line(&ctx.ui, finding),
                Tone::Warning,
            ));
        }
    }
    if let Error::UnknownKeyword {
        keywords,
        suggestions,
        ..
    } = error
    {
        let hint = if suggestions.is_empty() {
            // "close to it" or "to any of them", as many as were asked.
            Message::new("error-no-nearest-keywords").arg("count", keywords.len())
        } else {
            Message::new("error-nearest-keywords")
                .arg("suggestions", crate::error::Arg::or_list(suggestions))
                .arg("count", suggestions.len())
        };
        items.push(Item::toned(ctx.say(&hint), Tone::Dim));
    }
    items
}
