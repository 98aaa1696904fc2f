//! Fluent bundles for a locale chain, with per-message fallback to English.

use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::parser::ErrorKind;
use unic_langid::LanguageIdentifier;

use crate::error::{Arg, Diagnostic, Error, Location, Message};
use crate::ftl;
use crate::language;
use crate::source::Source;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// A bundle for `locale` with the Fluent built-in functions docwiz supports;
/// Unicode isolation marks are off, because output is Markdown and they would
/// end up in it.
pub fn new_bundle<R>(locale: &LanguageIdentifier) -> FluentBundle<R> {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
    bundle.set_use_isolating(false);
    // fluent-bundle ships the type but not the function: it cannot fail here,
    // the name being new to the bundle.
    let _ = bundle.add_function("NUMBER", number);
    bundle
}

/// Fluent's built-in `NUMBER()` (Fluent spec, "Built-in functions"; the
/// options are those of ECMA-402 `Intl.NumberFormat` that fluent-bundle's
/// `FluentNumberOptions::merge` knows): the number with the named arguments
/// merged into its options, so that `type: "ordinal"` and the digit options
/// apply and a plural select sees a number. A string argument is read as a
/// number; anything else is an error value, as in fluent.js.
fn number<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let value = match positional.first() {
        Some(FluentValue::Number(n)) => Some(n.clone()),
        Some(FluentValue::String(s)) => match FluentValue::try_number(s.as_ref()) {
            FluentValue::Number(n) => Some(n),
            _ => None,
        },
        _ => None,
    };
    match value {
        Some(mut n) => {
            n.options.merge(named);
            FluentValue::Number(n)
        }
        None => FluentValue::Error,
    }
}

/// A formatted message and the locale it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Formatted {
    pub text: String,
    /// Index into the chain: 0 is the negotiated locale, anything else a fallback.
    pub locale: usize,
    /// Resolver errors met on the way, in chain order: a locale that has the
    /// message but cannot format it (the reason the answer comes from a later
    /// locale), and the answer's own errors when even the last locale could not
    /// format it cleanly.
    pub failures: Vec<FormatFailure>,
}

/// Why one locale of the chain could not format a message it has.
#[derive(Debug, Clone, PartialEq)]
pub struct FormatFailure {
    /// Index into the chain.
    pub index: usize,
    pub locale: LanguageIdentifier,
    /// The resolver's errors, localizable, each once.
    pub errors: Vec<Message>,
}

impl Formatted {
    pub fn is_fallback(&self) -> bool {
        self.locale > 0
    }

    /// Whether the negotiated locale has the message but could not format it:
    /// a fallback caused by an error rather than by a missing translation.
    pub fn fell_back_on_error(&self) -> bool {
        self.is_fallback() && self.failures.iter().any(|f| f.index == 0)
    }
}

/// The bundles of a locale chain (`[best, en]`), each holding `ui.ftl` plus the
/// files asked for.
pub struct Localizer {
    bundles: Vec<(LanguageIdentifier, Bundle)>,
    /// For reused bundles: per bundle, the message ids that belong to the page
    /// being made (ids left over from earlier pages do not count).
    scopes: Vec<Option<Scope>>,
}

/// The messages a reused bundle may answer with, and what it has been given.
pub struct Scope {
    ui: Arc<std::collections::HashSet<String>>,
    page: std::collections::HashSet<String>,
    topic: Option<String>,
    pages: usize,
}

impl Scope {
    fn allows(&self, id: &str) -> bool {
        self.page.contains(id) || self.ui.contains(id)
    }
}

/// Message ids of a resource.
pub fn message_ids(resource: &FluentResource) -> std::collections::HashSet<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// A bundle kept across pages (an export makes thousands): `ui.ftl` is added
/// once, and each topic's file is added over the previous topic's.
pub struct ReusableBundle {
    bundle: Bundle,
    scope: Scope,
}

impl ReusableBundle {
    /// Past this many topics the bundle is rebuilt, so that the topic files it
    /// keeps alive stay few.
    const TOPICS: usize = 64;

    pub fn new(locale: &LanguageIdentifier, ui: Option<Arc<FluentResource>>) -> ReusableBundle {
        let mut bundle: Bundle = new_bundle(locale);
        let ids = ui.as_deref().map(message_ids).unwrap_or_default();
        if let Some(ui) = ui {
            let _ = bundle.add_resource(ui);
        }
        ReusableBundle {
            bundle,
            scope: Scope {
                ui: Arc::new(ids),
                page: Default::default(),
                topic: None,
                pages: 0,
            },
        }
    }

    /// Whether the bundle holds enough old topic files to be rebuilt.
    pub fn worn(&self) -> bool {
        self.scope.pages >= Self::TOPICS
    }

    /// Makes `topic`'s file the one the bundle answers from.
    fn load(&mut self, topic: &str, resource: Option<Arc<FluentResource>>) {
        if self.scope.topic.as_deref() == Some(topic) {
            return;
        }
        self.scope.page = resource.as_deref().map(message_ids).unwrap_or_default();
        if let Some(resource) = resource {
            self.bundle.add_resource_overriding(resource);
        }
        self.scope.topic = Some(topic.to_string());
        self.scope.pages += 1;
    }
}

impl Localizer {
    /// Loads `files` (paths below `locales/<lang>/`) for every locale of `chain`.
    /// A file that does not exist is skipped: its messages fall back. Syntax errors
    /// become diagnostics; the entries that do parse are still used.
    pub fn load(
        source: &Source,
        chain: &[LanguageIdentifier],
        files: &[&str],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<Localizer, Error> {
        let mut resources = Vec::with_capacity(chain.len());
        for locale in chain {
            let mut parsed = Vec::with_capacity(files.len());
            for file in files {
                let rel = format!("locales/{locale}/{file}");
                if let Some(resource) = parse(source, &rel, diagnostics)? {
                    parsed.push(resource);
                }
            }
            resources.push(parsed);
        }
        Ok(Localizer::from_resources(chain, resources))
    }

    /// Bundles from resources already parsed (for each locale of `chain`, in
    /// order): an export parses each file once and builds many bundles.
    pub fn from_resources(
        chain: &[LanguageIdentifier],
        resources: Vec<Vec<Arc<FluentResource>>>,
    ) -> Localizer {
        let mut bundles = Vec::with_capacity(chain.len());
        for (locale, parsed) in chain.iter().zip(resources) {
            let mut bundle: Bundle = new_bundle(locale);
            for resource in parsed {
                // A message defined twice keeps its first definition.
                let _ = bundle.add_resource(resource);
            }
            bundles.push((locale.clone(), bundle));
        }
        let scopes = bundles.iter().map(|_| None).collect();
        Localizer { bundles, scopes }
    }

    /// A localizer over reused bundles (one per locale of `chain`), each given
    /// the file of `topic` in its locale.
    pub fn from_reused(
        chain: &[LanguageIdentifier],
        reused: Vec<ReusableBundle>,
        topic: &str,
        files: Vec<Option<Arc<FluentResource>>>,
    ) -> Localizer {
        let mut bundles = Vec::with_capacity(chain.len());
        let mut scopes = Vec::with_capacity(chain.len());
        for ((locale, mut r), file) in chain.iter().zip(reused).zip(files) {
            r.load(topic, file);
            scopes.push(Some(r.scope));
            bundles.push((locale.clone(), r.bundle));
        }
        Localizer { bundles, scopes }
    }

    /// Gives reused bundles back for the next page.
    pub fn into_reused(self) -> Vec<ReusableBundle> {
        self.bundles
            .into_iter()
            .zip(self.scopes)
            .filter_map(|((_, bundle), scope)| scope.map(|scope| ReusableBundle { bundle, scope }))
            .collect()
    }

    fn in_scope(&self, index: usize, id: &str) -> bool {
        self.scopes
            .get(index)
            .and_then(Option::as_ref)
            .is_none_or(|s| s.allows(id))
    }

    /// The negotiated locale.
    pub fn locale(&self) -> &LanguageIdentifier {
        &self.bundles[0].0
    }

    /// The locale at `index` of the chain, as in `Formatted::locale`.
    pub fn locale_at(&self, index: usize) -> Option<&LanguageIdentifier> {
        self.bundles.get(index).map(|(l, _)| l)
    }

    /// Formats `id` from the first locale of the chain that has it and formats it
    /// without error; the last locale (English) answers even with errors.
    /// The errors of the locales that could not are kept in
    /// [`Formatted::failures`].
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<Formatted> {
        let last = self.bundles.len() - 1;
        let mut failures = Vec::new();
        for (index, (locale, bundle)) in self.bundles.iter().enumerate() {
            if !self.in_scope(index, id) {
                continue;
            }
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                failures.push(FormatFailure {
                    index,
                    locale: locale.clone(),
                    errors: format_errors(&errors),
                });
            }
            if errors.is_empty() || index == last {
                return Some(Formatted {
                    text: text.into_owned(),
                    locale: index,
                    failures,
                });
            }
        }
        None
    }

    /// Formats `id` in the source locale (English), the last of the chain.
    pub fn format_in_source(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let (_, bundle) = self.bundles.last()?;
        if !self.in_scope(self.bundles.len() - 1, id) {
            return None;
        }
        let pattern = bundle.get_message(id)?.value()?;
        Some(
            bundle
                .format_pattern(pattern, args, &mut Vec::new())
                .into_owned(),
        )
    }

    /// Whether the negotiated locale itself defines message `id` with a value.
    pub fn has_message(&self, id: &str) -> bool {
        self.in_scope(0, id)
            && self.bundles[0]
                .1
                .get_message(id)
                .is_some_and(|m| m.value().is_some())
    }

    /// Fluent arguments for a message's variables, nested texts formatted here.
    fn args(&self, args: &[(&'static str, Arg)]) -> FluentArgs<'static> {
        let mut out = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => out.set(*name, FluentValue::from(s.clone())),
                Arg::Num(n) => out.set(*name, FluentValue::from(*n)),
                Arg::Text(m) => out.set(*name, FluentValue::from(self.text(m))),
                Arg::Date(t) => out.set(
                    *name,
                    FluentValue::from(crate::cldr_format::date(self.locale(), *t)),
                ),
                Arg::Time(t) => out.set(
                    *name,
                    FluentValue::from(crate::cldr_format::date_time(self.locale(), *t)),
                ),
                Arg::List { items, kind } => out.set(
                    *name,
                    FluentValue::from(crate::cldr_format::list(self.locale(), items, *kind)),
                ),
            }
        }
        out
    }

    /// A UI text in the user's language; the id itself if no locale has it.
    /// `text` with the locale the text is in (a BCP 47 tag): what an HTML
    /// `lang` attribute around it must say.
    pub fn text_in(&self, message: &Message) -> (String, String) {
        let args = self.args(&message.args);
        if let Some(f) = self.format(message.id, Some(&args)) {
            let lang = self
                .bundles
                .get(f.locale)
                .map_or_else(|| language::SOURCE.to_string(), |(l, _)| l.to_string());
            return (self.one_stop(f.text, &message.args), lang);
        }
        (self.text(message), language::SOURCE.to_string())
    }

    pub fn text(&self, message: &Message) -> String {
        let args = self.args(&message.args);
        // A tree given with --root may predate a message; the built-in English has it.
        self.format(message.id, Some(&args))
            .or_else(|| Ui::english().format(message.id, Some(&args)))
            .map(|f| self.one_stop(f.text, &message.args))
            .unwrap_or_else(|| message.id.to_string())
    }

    /// `text` with one full stop where a sentence ends in a date that ends
    /// in one itself (Russian «4 дек. 2027 г.»): the message's own stop goes,
    /// whichever locale's message puts a date last. In Chinese, parentheses
    /// around what turned out Chinese are made full-width.
    fn one_stop(&self, mut text: String, args: &[(&'static str, Arg)]) -> String {
        for (_, value) in args {
            let shown = match value {
                Arg::Date(t) => crate::cldr_format::date(self.locale(), *t),
                Arg::Time(t) => crate::cldr_format::date_time(self.locale(), *t),
                _ => continue,
            };
            if shown.ends_with('.') {
                text = text.replace(&format!("{shown}."), &shown);
            }
        }
        if self.locale().language.as_str() == "zh" {
            text = chinese_parentheses(&text);
        }
        text
    }
}

/// Half-width parentheses whose text, once formatted, holds a Chinese
/// character made full-width, without the spaces outside them: the rule
/// lint applies to what a message says itself (see [`crate::typography`]),
/// applied to what its variables turned out to say («上次更新（2026年12月2日）
/// 失敗»), which lint cannot know.
fn chinese_parentheses(text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let mut open: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '(' => open.push(i),
            ')' => {
                if let Some(start) = open.pop()
                    && chars[start + 1..i].iter().any(|c| is_han(*c))
                {
                    chars[start] = '（';
                    chars[i] = '）';
                    if chars.get(i + 1) == Some(&' ') {
                        chars.remove(i + 1);
                    }
                    if start > 0 && chars[start - 1] == ' ' {
                        chars.remove(start - 1);
                        i -= 1;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    chars.into_iter().collect()
}

/// CJK ideographs: what makes a parenthesis's text Chinese.
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// The UI strings (`ui.ftl`) for a locale chain.
pub struct Ui;

impl Ui {
    pub fn load(source: &Source, chain: &[LanguageIdentifier]) -> (Localizer, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let localizer = Localizer::load(source, chain, &["ui.ftl"], &mut diagnostics)
            .unwrap_or_else(|_| Self::english_localizer());
        (localizer, diagnostics)
    }

    /// The built-in English UI strings, for messages that must not depend on any
    /// file a user can break.
    pub fn english() -> &'static Localizer {
        static ENGLISH: OnceLock<Localizer> = OnceLock::new();
        ENGLISH.get_or_init(Self::english_localizer)
    }

    fn english_localizer() -> Localizer {
        let chain = language::chain(&language::SOURCE.parse().expect("en is valid"));
        Localizer::load(&Source::BuiltIn, &chain, &["ui.ftl"], &mut Vec::new())
            .expect("the built-in tree is readable")
    }
}

/// Fluent arguments for a message's variables; a nested text is given in English.
pub fn fluent_args(args: &[(&'static str, Arg)]) -> FluentArgs<'static> {
    Ui::english().args(args)
}

/// Parses one `.ftl` file; `None` if it does not exist.
pub fn parse(
    source: &Source,
    rel: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Option<Arc<FluentResource>>, Error> {
    // An unreadable file is reported; its messages fall back like missing ones.
    let text = match source.read(rel) {
        Ok(Some(text)) => text,
        Ok(None) => return Ok(None),
        Err(Error::Content(d)) => {
            diagnostics.push(d);
            return Ok(None);
        }
        Err(Error::Read { path, reason }) => {
            diagnostics.push(Diagnostic::error(
                Some(Location::file(&path)),
                Message::new("error-read")
                    .arg("path", path.as_str())
                    .arg("reason", reason),
            ));
            return Ok(None);
        }
        Err(other) => return Err(other),
    };
    // The reference grammar decides what is valid, and fluent-syntax only ever
    // sees the valid entries: it would lose the message after a broken one, and
    // it recurses once per nesting level of any depth.
    // The built-in tree is checked by lint before it is built in (CI runs it),
    // so a cold `help` does not pay for a second parse of it.
    let path = source.display(rel);
    let text = if matches!(source, Source::BuiltIn) {
        text.into_owned()
    } else {
        let checked = ftl::check(&path, &text);
        diagnostics.extend(checked.diagnostics);
        checked.text
    };
    let resource = match FluentResource::try_new(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            // Where fluent-syntax rejects what the reference accepts, the entry is
            // lost: say so rather than let its messages fall back in silence.
            for error in errors {
                diagnostics.push(Diagnostic::error(
                    Some(Location::at(&path, resource.source(), error.pos.start)),
                    Message::new("ftl-unsupported"),
                ));
            }
            resource
        }
    };
    Ok(Some(Arc::new(resource)))
}

/// Localizable descriptions of fluent-bundle's errors, each once, in order.
pub fn format_errors(errors: &[FluentError]) -> Vec<Message> {
    let mut out: Vec<Message> = Vec::new();
    for error in errors {
        let message = format_error(error);
        if !out.contains(&message) {
            out.push(message);
        }
    }
    out
}

/// A localizable description of one fluent-bundle error (resolver errors are
/// the ones formatting meets: see fluent-bundle's `ResolverError`).
pub fn format_error(error: &FluentError) -> Message {
    match error {
        FluentError::ResolverError(error) => match error {
            // Fluent's other built-in: it needs date formatting data docwiz
            // does not carry.
            ResolverError::Reference(ReferenceKind::Function { id }) if id == "DATETIME" => {
                Message::new("fluent-unsupported-function").arg("id", id.as_str())
            }
            ResolverError::Reference(ReferenceKind::Function { id }) => {
                Message::new("fluent-unknown-function").arg("id", id.as_str())
            }
            ResolverError::Reference(ReferenceKind::Message {
                id,
                attribute: None,
            }) => Message::new("fluent-unknown-message").arg("id", id.as_str()),
            ResolverError::Reference(ReferenceKind::Message {
                id,
                attribute: Some(attribute),
            }) => Message::new("fluent-unknown-attribute").arg("id", format!("{id}.{attribute}")),
            ResolverError::Reference(ReferenceKind::Term {
                id,
                attribute: None,
            }) => Message::new("fluent-unknown-term").arg("id", format!("-{id}")),
            ResolverError::Reference(ReferenceKind::Term {
                id,
                attribute: Some(attribute),
            }) => Message::new("fluent-unknown-attribute").arg("id", format!("-{id}.{attribute}")),
            ResolverError::Reference(ReferenceKind::Variable { id }) => {
                Message::new("fluent-unknown-variable").arg("id", format!("${id}"))
            }
            ResolverError::NoValue(id) => Message::new("fluent-no-value").arg("id", id.as_str()),
            ResolverError::MissingDefault => Message::new("fluent-no-default"),
            ResolverError::Cyclic => Message::new("fluent-cyclic"),
            ResolverError::TooManyPlaceables => Message::new("fluent-too-many-placeables"),
        },
        FluentError::Overriding { id, .. } => {
            Message::new("fluent-overriding").arg("id", id.as_str())
        }
        FluentError::ParserError(error) => syntax_message(&error.kind),
    }
}

/// A localizable description of a Fluent syntax error.
pub fn syntax_message(kind: &ErrorKind) -> Message {
    match kind {
        ErrorKind::ExpectedToken(c) => {
            Message::new("ftl-expected-token").arg("token", c.to_string())
        }
        ErrorKind::ExpectedCharRange { range } => {
            Message::new("ftl-expected-char-range").arg("range", range.as_str())
        }
        ErrorKind::ExpectedMessageField { entry_id } => {
            Message::new("ftl-expected-message-field").arg("id", entry_id.as_str())
        }
        ErrorKind::ExpectedTermField { entry_id } => {
            Message::new("ftl-expected-term-field").arg("id", format!("-{entry_id}"))
        }
        ErrorKind::MissingDefaultVariant => Message::new("ftl-missing-default-variant"),
        ErrorKind::MissingValue => Message::new("ftl-missing-value"),
        ErrorKind::UnterminatedStringLiteral => Message::new("ftl-unterminated-string"),
        ErrorKind::UnbalancedClosingBrace => Message::new("ftl-unbalanced-brace"),
        ErrorKind::ExpectedInlineExpression => Message::new("ftl-expected-expression"),
        ErrorKind::MultipleDefaultVariants => Message::new("ftl-multiple-default-variants"),
        ErrorKind::MessageReferenceAsSelector
        | ErrorKind::TermReferenceAsSelector
        | ErrorKind::MessageAttributeAsSelector
        | ErrorKind::ExpectedSimpleExpressionAsSelector => Message::new("ftl-bad-selector"),
        ErrorKind::TermAttributeAsPlaceable => Message::new("ftl-term-attribute-placeable"),
        ErrorKind::ForbiddenCallee => Message::new("ftl-forbidden-callee"),
        ErrorKind::PositionalArgumentFollowsNamed => Message::new("ftl-positional-after-named"),
        ErrorKind::DuplicatedNamedArgument(name) => {
            Message::new("ftl-duplicated-argument").arg("name", name.as_str())
        }
        ErrorKind::UnknownEscapeSequence(seq) | ErrorKind::InvalidUnicodeEscapeSequence(seq) => {
            Message::new("ftl-bad-escape").arg("sequence", seq.as_str())
        }
        ErrorKind::ExpectedLiteral => Message::new("ftl-expected-literal"),
    }
}

#[cfg(test)]
mod parentheses_tests {
    use super::chinese_parentheses;

    #[test]
    fn full_width_only_around_chinese_text() {
        assert_eq!(
            chinese_parentheses("上次更新 (2026年12月2日) 失敗"),
            "上次更新（2026年12月2日）失敗"
        );
        assert_eq!(
            chinese_parentheses("/tmp/x (權限不足（系統錯誤 13）)"),
            "/tmp/x（權限不足（系統錯誤 13））"
        );
        assert_eq!(
            chinese_parentheses("md (Markdown) 或 html"),
            "md (Markdown) 或 html"
        );
        assert_eq!(chinese_parentheses("a ) b (c"), "a ) b (c");
    }
}
