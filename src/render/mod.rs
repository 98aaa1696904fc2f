//! Turns a composed page into output: one file per format.

pub mod html;
pub mod markdown;
pub mod printed;
pub mod term;

use pulldown_cmark::{BlockQuoteKind, Options, Parser};

use crate::compose::{Page, SpanKind};
use crate::error::Message;
use crate::localization::Localizer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Term,
    Md,
    Html,
}

/// Localized words the renderers put around the content.
#[derive(Debug, Clone)]
pub struct Labels {
    pub note: String,
    pub tip: String,
    pub important: String,
    pub warning: String,
    pub caution: String,
    pub fallback_badge: String,
    /// The badge of a block shown in English because its translation has an error.
    pub broken_badge: String,
    /// The note under a page with English blocks; empty when there are none.
    pub fallback_note: String,
    /// The languages the badges and the note are in (BCP 47): a label the
    /// locale lacks is English, and HTML must say so.
    pub fallback_badge_lang: String,
    pub broken_badge_lang: String,
    pub fallback_note_lang: String,
    /// What the terminal writes after the text of a link to another topic,
    /// with [`LINK_TITLE`] where the topic's title goes and [`LINK_COMMAND`]
    /// where the command that opens it goes (`help-topic-link`).
    pub topic_link: String,
    /// The command that opens a topic, before its id (`docwiz help`): the
    /// command line spells it with its `--store`, `--root` and `--lang`, so
    /// that a link's command run as printed shows the same content.
    pub help_command: String,
    /// How the terminal spells a command example of the topic text (a code
    /// span that starts with `docwiz `): `docwiz` and the run's `--store`,
    /// `--root` and `--lang`, so that the example run as printed works on
    /// the same store, content and language. `docwiz` (the default) shows
    /// the examples as written.
    pub command_prefix: String,
}

/// Stand-ins in [`Labels::topic_link`] for the linked topic's title and the
/// command: private-use characters, which never occur in a translation.
pub const LINK_TITLE: char = '\u{E010}';
pub const LINK_COMMAND: char = '\u{E011}';

impl Labels {
    pub fn new(l10n: &Localizer, page: &Page) -> Labels {
        let text = |id| l10n.text(&Message::new(id));
        let count = |kind| page.spans.iter().filter(|s| s.kind == kind).count();
        let blocks = count(SpanKind::Fallback);
        let broken = count(SpanKind::Broken);
        let mut notes = Vec::new();
        if blocks > 0 {
            notes.push(l10n.text_in(&Message::new("help-fallback-note").arg("count", blocks)));
        }
        if broken > 0 {
            notes.push(l10n.text_in(&Message::new("help-broken-note").arg("count", broken)));
        }
        let (fallback_badge, fallback_badge_lang) =
            l10n.text_in(&Message::new("help-fallback-badge"));
        let (broken_badge, broken_badge_lang) = l10n.text_in(&Message::new("help-broken-badge"));
        let fallback_note_lang = notes
            .first()
            .map_or_else(|| l10n.locale().to_string(), |(_, lang)| lang.clone());
        let notes: Vec<String> = notes.into_iter().map(|(text, _)| text).collect();
        Labels {
            note: text("alert-note"),
            tip: text("alert-tip"),
            important: text("alert-important"),
            warning: text("alert-warning"),
            caution: text("alert-caution"),
            fallback_badge,
            broken_badge,
            fallback_note: notes.join(" "),
            help_command: "docwiz help".to_string(),
            command_prefix: "docwiz".to_string(),
            fallback_badge_lang,
            broken_badge_lang,
            fallback_note_lang,
            topic_link: l10n.text(
                &Message::new("help-topic-link")
                    .arg("title", LINK_TITLE.to_string())
                    .arg("command", LINK_COMMAND.to_string()),
            ),
        }
    }

    /// The same labels with commands spelt from `prefix` (`docwiz --store
    /// DIR --lang TAG`, [`crate::cert::pages::status::Commands::prefix`]):
    /// topic links' commands and the topic's command examples.
    pub fn with_command_prefix(mut self, prefix: &str) -> Labels {
        self.help_command = format!("{prefix} help");
        self.command_prefix = prefix.to_string();
        self
    }

    /// `code` (a code span or a line of a code block) as the terminal shows
    /// it: a `docwiz …` example spelt with [`Labels::command_prefix`], unless
    /// it names a store, content tree or language of its own.
    pub fn spelt_command<'a>(&self, code: &'a str) -> std::borrow::Cow<'a, str> {
        let Some(rest) = code.strip_prefix("docwiz ") else {
            return std::borrow::Cow::Borrowed(code);
        };
        let own = ["--store", "--root", "--lang"].iter().any(|flag| {
            code.split(' ')
                .any(|w| w == *flag || w.starts_with(&format!("{flag}=")))
        });
        if own || self.command_prefix == "docwiz" {
            return std::borrow::Cow::Borrowed(code);
        }
        std::borrow::Cow::Owned(format!("{} {rest}", self.command_prefix))
    }

    pub fn alert(&self, kind: BlockQuoteKind) -> &str {
        match kind {
            BlockQuoteKind::Note => &self.note,
            BlockQuoteKind::Tip => &self.tip,
            BlockQuoteKind::Important => &self.important,
            BlockQuoteKind::Warning => &self.warning,
            BlockQuoteKind::Caution => &self.caution,
        }
    }
}

/// The CommonMark dialect of topics: GFM alerts, heading ids, tables, and the
/// CJK-friendly emphasis amendment, so that `**「…」**` in Chinese, Japanese or
/// Korean text is bold as its writer meant (commonmark-spec#650).
pub fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(markdown, DIALECT | Options::ENABLE_CJK_FRIENDLY_EMPHASIS)
}

/// The same dialect without the CJK amendment: what a standard CommonMark
/// consumer of our Markdown output sees.
pub fn standard_parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(markdown, DIALECT)
}

const DIALECT: Options = Options::ENABLE_GFM
    .union(Options::ENABLE_HEADING_ATTRIBUTES)
    .union(Options::ENABLE_TABLES)
    .union(Options::ENABLE_STRIKETHROUGH);

/// The special kind of the block starting at byte `start`, if any.
pub fn span_kind(page: &Page, start: usize) -> Option<SpanKind> {
    page.spans
        .iter()
        .find(|s| s.range.contains(&start))
        .map(|s| s.kind)
}

pub fn alert_class(kind: BlockQuoteKind) -> &'static str {
    match kind {
        BlockQuoteKind::Note => "note",
        BlockQuoteKind::Tip => "tip",
        BlockQuoteKind::Important => "important",
        BlockQuoteKind::Warning => "warning",
        BlockQuoteKind::Caution => "caution",
    }
}
