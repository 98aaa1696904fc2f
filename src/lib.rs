//! docwiz: localized help topics looked up by F1 keyword, composed from Fluent
//! messages, rendered for the terminal, Markdown or HTML, exported as a static
//! site; and the certificate wizard (`cert`) whose pages those topics document
//! and whose live state they show.

pub mod catalog;
pub mod cert;
pub mod cldr_format;
pub mod compose;
pub mod error;
pub mod export;
pub mod f1_index;
pub mod ftl;
pub mod glossary;
pub mod language;
pub mod link;
pub mod lint;
pub mod localization;
pub mod markdown_check;
pub mod placeholder;
pub mod render;
pub mod search;
pub mod serve;
pub mod source;
pub mod toc;
pub mod topic;
pub mod tui;
pub mod typography;

use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::catalog::{Catalog, NO_MATCH};
use crate::compose::{LiveFill, Options, Page, code_span, compose};
use crate::error::{Diagnostic, Error};
use crate::f1_index::{Found, Index, load_topic};
use crate::localization::{Localizer, Ui};
use crate::source::Source;
use crate::topic::Topic;

/// The variables a topic's messages are formatted with: the no-match page
/// gets the keywords asked for and their number, the nearest known ones and
/// their count (see `Docwiz::no_match`); every other topic gets none. Lint checks the
/// messages against this list.
pub fn page_variables(topic: &str) -> &'static [&'static str] {
    if topic == NO_MATCH {
        &["keyword", "keyword-count", "suggestions", "count"]
    } else {
        &[]
    }
}

/// Values for `page_variables(topic)` when a page is composed outside a
/// lookup (`topics` lists titles): the no-match page as it is for a lookup
/// with no keyword and nothing near, so its messages format as at run time.
/// `None` for topics without variables.
pub fn listing_args(topic: &str) -> Option<FluentArgs<'static>> {
    let variables = page_variables(topic);
    if variables.is_empty() {
        return None;
    }
    let mut args = FluentArgs::new();
    for &name in variables {
        let value = if name == "count" || name == "keyword-count" {
            FluentValue::from(0)
        } else {
            FluentValue::from(String::new())
        };
        args.set(name, value);
    }
    Some(args)
}

/// A content tree and the locale chain negotiated for the user.
pub struct Docwiz {
    pub source: Source,
    pub chain: Vec<LanguageIdentifier>,
}

/// How a page is composed: with English sources after each block, and with
/// what fills its live slots.
#[derive(Clone, Copy, Default)]
pub struct View<'a> {
    pub side_by_side: bool,
    pub live: Option<LiveFill<'a>>,
}

/// What `help` found: the topic, or the no-match page and why.
pub enum Lookup {
    Found(Help),
    NoMatch { error: Error, page: Help },
}

/// A composed help page with the localizer that made it.
pub struct Help {
    pub page: Page,
    pub l10n: Localizer,
    /// Problems met on the way (broken Fluent entries, unreadable topics).
    pub diagnostics: Vec<Diagnostic>,
}

impl Docwiz {
    /// Negotiates the user's languages against the locales the tree ships.
    ///
    /// # Errors
    /// `error-not-a-tree` when a `--root` has no `content/` and `locales/`;
    /// `Error::Read` when `locales/` cannot be listed.
    pub fn new(source: Source, requested: &[LanguageIdentifier]) -> Result<Docwiz, Error> {
        source.check()?;
        let available = source.list("locales", "")?;
        let best = language::negotiate(requested, &available);
        Ok(Docwiz {
            source,
            chain: language::chain(&best),
        })
    }

    /// The UI strings in the user's language, for messages and labels.
    pub fn ui(&self) -> (Localizer, Vec<Diagnostic>) {
        Ui::load(&self.source, &self.chain)
    }

    pub fn catalog(&self) -> Result<(Catalog, Vec<Diagnostic>), Error> {
        Catalog::load(&self.source)
    }

    /// Loads `ui.ftl` and the topic's messages for the chain.
    pub fn localizer(
        &self,
        chain: &[LanguageIdentifier],
        topic: &str,
    ) -> Result<(Localizer, Vec<Diagnostic>), Error> {
        let mut diagnostics = Vec::new();
        let file = format!("topics/{topic}.ftl");
        let l10n = Localizer::load(&self.source, chain, &["ui.ftl", &file], &mut diagnostics)?;
        Ok((l10n, diagnostics))
    }

    /// Composes `topic` in the user's language.
    pub fn page(
        &self,
        topic: &Topic,
        view: View,
        args: Option<&FluentArgs>,
    ) -> Result<Help, Error> {
        let (l10n, mut diagnostics) = self.localizer(&self.chain, &topic.front.id)?;
        diagnostics.extend(topic.problems.iter().cloned());
        let mut page = compose(
            topic,
            &l10n,
            &Options {
                side_by_side: view.side_by_side,
                args,
                live: view.live,
            },
        );
        for failure in &page.failures {
            diagnostics.extend(failure.diagnostics(&self.source, &topic.front.id));
        }
        let anchors = |id: &str| markdown_check::anchors_in(&self.source, id);
        diagnostics.extend(markdown_check::check_page(
            &self.source,
            topic,
            &mut page,
            &anchors,
        ));
        page.link_titles = self.link_titles(&page.markdown);
        Ok(Help {
            page,
            l10n,
            diagnostics,
        })
    }

    /// The page for an ordered list of keywords, most specific first. When none
    /// matches, the answer is the localized no-match page with the error.
    ///
    /// A topic id or keyword may name a section, `TOPIC#ANCHOR` (as the
    /// terminal shows a link to one): the page is then that section under
    /// the topic's title; an anchor the topic does not have shows the whole
    /// page with a warning.
    pub fn help(&self, keywords: &[String], view: View) -> Result<Lookup, Error> {
        let asked: Vec<(String, Option<String>)> = keywords
            .iter()
            .map(|k| match link::split_target(k) {
                (base, Some(anchor)) if !base.is_empty() && !anchor.is_empty() => {
                    (base.to_string(), Some(anchor.to_string()))
                }
                _ => (k.clone(), None),
            })
            .collect();
        let bases: Vec<String> = asked.iter().map(|(b, _)| b.clone()).collect();
        match Index::open(&self.source)?.find(&self.source, &bases)? {
            Found::Topic(topic) => {
                let mut help = self.page(&topic, view, None)?;
                // The anchor of the keyword that found the topic.
                let claims = |base: &str| {
                    base.eq_ignore_ascii_case(&topic.front.id)
                        || topic.front.f1.iter().any(|k| k.eq_ignore_ascii_case(base))
                };
                let anchor = asked
                    .iter()
                    .find(|(base, _)| claims(base))
                    .and_then(|(_, anchor)| anchor.as_deref());
                if let Some(anchor) = anchor
                    && !help.page.keep_section(anchor)
                {
                    help.diagnostics.push(Diagnostic::warning(
                        None,
                        error::Message::new("help-no-such-section")
                            .arg("topic", topic.front.id.as_str())
                            .arg("anchor", anchor),
                    ));
                }
                Ok(Lookup::Found(help))
            }
            Found::Nothing {
                suggestions,
                diagnostics,
            } => {
                let error = Error::UnknownKeyword {
                    keywords: keywords.to_vec(),
                    suggestions,
                };
                let Some(mut page) = self.no_match(&error, view) else {
                    return Err(error);
                };
                // A topic that could not be read may be the one that was asked for.
                page.diagnostics.splice(0..0, diagnostics);
                Ok(Lookup::NoMatch { error, page })
            }
        }
    }

    /// The titles of the topics `markdown` links to, in the user's language
    /// (the topic's id when it has no title or cannot be read: lint reports it).
    /// A link to a section also gets the section's heading, under the key
    /// `id#anchor`.
    fn link_titles(&self, markdown: &str) -> std::collections::BTreeMap<String, String> {
        let mut titles: std::collections::BTreeMap<String, String> = link::linked_topics(markdown)
            .into_iter()
            .map(|id| {
                let title = self.title(&id).unwrap_or_else(|| id.clone());
                (id, title)
            })
            .collect();
        for target in link::links(markdown) {
            let Some(anchor) = &target.anchor else {
                continue;
            };
            if let Some(heading) = self.heading(&target.topic, anchor) {
                titles.insert(target.target(), heading);
            }
        }
        titles
    }

    /// The heading of section `anchor` of topic `id` in the user's language,
    /// from the template's heading line and the topic's messages.
    fn heading(&self, id: &str, anchor: &str) -> Option<String> {
        let template = self.source.read(&format!("content/{id}.md")).ok()??;
        let file = format!("topics/{id}.ftl");
        let mut diagnostics = Vec::new();
        let l10n = Localizer::load(
            &self.source,
            &self.chain,
            &["ui.ftl", &file],
            &mut diagnostics,
        )
        .ok()?;
        link::heading_text(&template, anchor, &|message| {
            l10n.format(message, None).map(|f| f.text)
        })
    }

    /// The title of topic `id` in the user's language, from its messages alone.
    pub fn title(&self, id: &str) -> Option<String> {
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return None;
        }
        let file = format!("topics/{id}.ftl");
        let mut diagnostics = Vec::new();
        let l10n = Localizer::load(&self.source, &self.chain, &[&file], &mut diagnostics).ok()?;
        l10n.format("title", None).map(|f| f.text)
    }

    fn no_match(&self, error: &Error, view: View) -> Option<Help> {
        let Error::UnknownKeyword {
            keywords,
            suggestions,
        } = error
        else {
            return None;
        };
        let topic = load_topic(&self.source, NO_MATCH).ok()??;
        let code = |s: &str| code_span(s);
        let mut args = FluentArgs::new();
        let asked: Vec<String> = keywords.iter().map(|k| code(k)).collect();
        let lang = self.chain.first().cloned().unwrap_or_default();
        args.set(
            "keyword",
            FluentValue::from(crate::cldr_format::enumeration(&lang, &asked)),
        );
        args.set("keyword-count", FluentValue::from(asked.len()));
        args.set(
            "suggestions",
            // Alternatives, one of which was meant: joined with "or" as the
            // stderr line joins them.
            FluentValue::from(crate::cldr_format::or_list(
                &lang,
                &suggestions.iter().map(|s| code(s)).collect::<Vec<_>>(),
            )),
        );
        args.set("count", FluentValue::from(suggestions.len()));
        self.page(&topic, view, Some(&args)).ok()
    }

    /// Messages of `topic` that `locale` lacks and that therefore fall back to English.
    pub fn untranslated(
        &self,
        topic: &Topic,
        locale: &LanguageIdentifier,
    ) -> Result<Vec<String>, Error> {
        let chain = language::chain(locale);
        let (l10n, _) = self.localizer(&chain[..1], &topic.front.id)?;
        let (english, _) = self.localizer(&chain[chain.len() - 1..], &topic.front.id)?;
        let mut missing: Vec<String> = Vec::new();
        // The title and description are shown too (front matter, page title),
        // slot or not.
        let shown = ["title", "description"]
            .into_iter()
            .filter(|id| english.has_message(id));
        for id in topic.slot_ids().chain(shown) {
            if !l10n.has_message(id) && !missing.iter().any(|m| m == id) {
                missing.push(id.to_string());
            }
        }
        Ok(missing)
    }

    /// The locales the tree ships, English first.
    pub fn locales(&self) -> Result<Vec<LanguageIdentifier>, Error> {
        let mut locales: Vec<LanguageIdentifier> = self
            .source
            .list("locales", "")?
            .iter()
            .filter_map(|l| l.parse().ok())
            .collect();
        locales.sort_by_key(|l: &LanguageIdentifier| {
            (l.language.as_str() != language::SOURCE, l.to_string())
        });
        Ok(locales)
    }
}
