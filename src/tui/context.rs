//! What every page of the terminal wizard reads: the content and the
//! negotiated language, the store, how commands are spelt, and the help
//! composed with the live state.

use unic_langid::LanguageIdentifier;

use crate::cert::pages::live;
use crate::cert::pages::status::Commands;
use crate::cert::store::Store;
use crate::error::Message;
use crate::localization::Localizer;
use crate::{Docwiz, Help, Lookup, View, language};

pub struct Context {
    pub docwiz: Docwiz,
    pub store: Store,
    pub commands: Commands,
    /// The wizard's strings in the current language (`ui.ftl`).
    pub ui: Localizer,
}

impl Context {
    pub fn new(docwiz: Docwiz, store: Store, commands: Commands) -> Context {
        let ui = docwiz.ui().0;
        Context {
            docwiz,
            store,
            commands,
            ui,
        }
    }

    /// A UI string in the current language.
    pub fn text(&self, id: &'static str) -> String {
        self.ui.text(&Message::new(id))
    }

    /// A UI message in the current language.
    pub fn say(&self, message: &Message) -> String {
        self.ui.text(message)
    }

    /// The language pages are shown in now.
    pub fn locale(&self) -> &LanguageIdentifier {
        self.ui.locale()
    }

    /// Switches the whole wizard to the next language the content ships
    /// (in the order `topics` lists them, English first), wrapping around.
    pub fn next_language(&mut self) {
        let Ok(locales) = self.docwiz.locales() else {
            return;
        };
        if locales.is_empty() {
            return;
        }
        let current = self.docwiz.chain.first().cloned();
        let at = locales
            .iter()
            .position(|l| Some(l) == current.as_ref())
            .map_or(0, |i| (i + 1) % locales.len());
        self.set_language(&locales[at]);
    }

    /// Shows everything in `locale` from now on (with English fallback).
    pub fn set_language(&mut self, locale: &LanguageIdentifier) {
        self.docwiz.chain = language::chain(locale);
        self.ui = self.docwiz.ui().0;
        // The pages' commands show the language the wizard shows.
        self.commands.set_lang(&locale.to_string());
    }

    /// The help topic for `keywords` (most specific first) in the current
    /// language, its live slots filled from the store (`request` is the
    /// request the status panel shows; default the latest). No topic: the
    /// localized no-match page. `None` only when the content cannot be read.
    pub fn help(&self, keywords: &[String], request: Option<&str>) -> Option<Help> {
        let fill = |name: &str, l10n: &Localizer| {
            live::slot(&self.store, &self.commands, name, l10n, request)
        };
        let view = View {
            side_by_side: false,
            live: Some(&fill),
        };
        match self.docwiz.help(keywords, view).ok()? {
            Lookup::Found(help) => Some(help),
            Lookup::NoMatch { page, .. } => Some(page),
        }
    }
}
