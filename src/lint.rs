//! Content and translation QA: Fluent syntax, each locale against English, template
//! slots, and F1 keywords claimed twice.
//!
//! The translation checks cover those of compare-locales (Mozilla's l10n
//! linter: `compare_locales/checks/fluent.py` and `compare/content.py`), with
//! its severities:
//! - an entry defined twice in one file: error (the first definition is used);
//! - a missing or obsolete value or attribute: error;
//! - term and message references that differ from English, per value and
//!   attribute: warning;
//! - plural variants that miss a CLDR category of the locale: warning; we add a
//!   variant key that is no category of the locale (never chosen), a warning too;
//! - a variant key or attribute given twice, an empty value or attribute, and
//!   U+FFFD (text saved in another encoding): warning.
//!
//! Beyond compare-locales, every message of every locale is formatted the way
//! pages format it, to find what only the resolver sees (cycles, more than 100
//! placeables, unknown functions or attributes): error.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::catalog::{Catalog, NO_MATCH};
use crate::error::{Arg, Diagnostic, Error, LineIndex, Location, Message, Severity};
use crate::ftl;
use crate::glossary;
use crate::language::SOURCE;
use crate::localization::format_errors;
use crate::placeholder;
use crate::source::Source;
use crate::toc::{TOC_FILE, Toc, TocItem};
use crate::topic::FrontMatter;
use crate::topic::Piece;
use crate::typography::{self, Prose};

/// What one message or term uses, with byte offsets into its file.
#[derive(Debug, Default, Clone)]
struct Entry {
    /// The identifier (the `-` of a term).
    offset: usize,
    term: bool,
    variables: BTreeSet<String>,
    /// Where each variable is first used (its `$`).
    variable_at: BTreeMap<String, usize>,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
    /// The value as text and term references, for resolving what a term reads.
    value: Vec<ValuePart>,
    has_value: bool,
    value_offset: usize,
    value_empty: bool,
    attributes: Vec<Attribute>,
    /// Message references (`id` or `id.attr`) and term references without an
    /// attribute, per pattern ("" for the value, else the attribute's name),
    /// each with where it is first used: what compare-locales compares.
    refs: BTreeMap<String, BTreeMap<String, usize>>,
    selects: Vec<Select>,
    /// Nested deeper than `MAX_DEPTH`: not formatted by lint.
    too_deep: bool,
    /// The text of the value, attributes and variants as the reader sees it.
    prose: Vec<Prose>,
}

#[derive(Debug, Clone)]
struct Attribute {
    name: String,
    /// The `.` that starts it.
    offset: usize,
    empty: bool,
}

/// A select expression: its selector and variant keys.
#[derive(Debug, Clone)]
struct Select {
    /// The variable it selects on, directly or through `NUMBER()`.
    variable: Option<String>,
    number: bool,
    /// `NUMBER(…, type: "ordinal")`: chosen by the ordinal rules.
    ordinal: bool,
    keys: Vec<Key>,
}

impl Select {
    /// Keys alone make a plural select: one CLDR category other than
    /// `other`, and no key that is neither a category nor a number (`[root]`
    /// makes it a select on strings, whose `[one]` is just a word).
    fn is_plural(&self) -> bool {
        let words = || self.keys.iter().filter(|k| !k.numeric);
        words().any(|k| k.name != "other" && is_cldr_category(&k.name))
            && words().all(|k| is_cldr_category(&k.name))
    }
}

#[derive(Debug, Clone)]
struct Key {
    name: String,
    offset: usize,
    numeric: bool,
    /// The variant shows the number it is chosen by (its selector's variable).
    shows_number: bool,
}

#[derive(Debug, Clone)]
enum ValuePart {
    Text(String),
    Term(String),
}

/// A parsed `.ftl` file: its entries (terms keep their leading `-`).
struct FtlFile {
    path: String,
    text: String,
    /// The first definition of each id: the one Fluent uses.
    entries: BTreeMap<String, Entry>,
    /// Later definitions of an id: (id, offset, offset of the first).
    duplicates: Vec<(String, usize, usize)>,
    lines: LineIndex,
}

impl FtlFile {
    fn empty() -> FtlFile {
        FtlFile {
            path: String::new(),
            text: String::new(),
            entries: BTreeMap::new(),
            duplicates: Vec::new(),
            lines: LineIndex::default(),
        }
    }

    fn location(&self, offset: usize) -> Location {
        self.lines.location(&self.path, &self.text, offset)
    }

    /// The location of `needle` inside the entry at `offset`, or the entry itself.
    fn location_in(&self, offset: usize, needle: &str) -> Location {
        let found = self.text[offset..]
            .find(needle)
            .map_or(offset, |i| offset + i);
        self.location(found)
    }
}

/// Runs every check; diagnostics sorted by file, line and column.
pub fn lint(source: &Source) -> Result<Vec<Diagnostic>, Error> {
    let mut out = Vec::new();
    // What a fixable finding tells the user to run: for this tree, so that
    // the command run as printed mends the files it names.
    let root = match source {
        Source::Dir(dir) => Some(dir.as_path()),
        Source::BuiltIn => None,
    };
    let fix = crate::cert::pages::status::Commands::new(None)
        .with_context(root, None)
        .command("lint --fix");
    let locales = source.list("locales", "")?;
    let (catalog, topic_errors) = Catalog::load(source)?;
    out.extend(topic_errors);

    let en_files = ftl_files(source, SOURCE)?;
    let mut en: BTreeMap<String, FtlFile> = BTreeMap::new();
    for rel in &en_files {
        if let Some(file) = read_ftl(source, SOURCE, rel, &mut out)? {
            en.insert(rel.clone(), file);
        }
    }
    let empty = FtlFile::empty();
    let en_ui = en.get("ui.ftl").unwrap_or(&empty);
    // An unreadable ui.ftl has its own error; what would be checked against
    // its terms and messages is not reported as missing for that.
    let unreadable = |listed: &[String], files: &BTreeMap<String, FtlFile>, rel: &str| {
        listed.iter().any(|l| l == rel) && !files.contains_key(rel)
    };
    let en_ui_unreadable = unreadable(&en_files, &en, "ui.ftl");
    for (rel, file) in &en {
        if !en_ui_unreadable {
            check_references(file, en_ui, &mut out);
        }
        check_file(file, SOURCE, None, &mut out);
        for finding in fixable_findings(file, en_ui, en_ui, SOURCE) {
            out.push(Diagnostic::warning(
                Some(file.location(finding.offset)),
                finding.message.arg("fix", fix.as_str()),
            ));
        }
        if let Some(topic) = rel
            .strip_prefix("topics/")
            .and_then(|r| r.strip_suffix(".ftl"))
        {
            if !en_ui_unreadable {
                check_bold_names(file, en_ui, &mut out);
            }
            check_page_variables(file, topic, &mut out);
        }
    }
    check_formatting(source, SOURCE, &en_files, &en, &mut out);

    for locale in locales.iter().filter(|l| l.as_str() != SOURCE) {
        let listed = ftl_files(source, locale)?;
        let mut files: BTreeMap<String, FtlFile> = BTreeMap::new();
        for rel in &listed {
            if let Some(file) = read_ftl(source, locale, rel, &mut out)? {
                files.insert(rel.clone(), file);
            }
        }
        for (rel, en_file) in &en {
            // A topic must be complete in every shipped locale; a UI string
            // may lag behind and fall back.
            let severity = if rel.starts_with("topics/") {
                Severity::Error
            } else {
                Severity::Warning
            };
            match files.get(rel) {
                // A file that exists but cannot be read has its own error.
                None if listed.contains(rel) => {}
                None => out.push(Diagnostic {
                    severity,
                    location: Some(Location::file(
                        &source.display(&format!("locales/{locale}/{rel}")),
                    )),
                    message: Message::new("lint-missing-file")
                        .arg("locale", locale.as_str())
                        .arg("file", rel.as_str()),
                }),
                Some(file) => compare(en_file, file, locale, severity, &mut out),
            }
        }
        let ui = files.get("ui.ftl").unwrap_or(&empty);
        let ui_unreadable = unreadable(&listed, &files, "ui.ftl") || en_ui_unreadable;
        let glossary = read_glossary(source, locale, &mut out)?;
        for (rel, file) in &files {
            if !ui_unreadable {
                check_references(file, ui, &mut out);
            }
            check_file(file, locale, en.get(rel), &mut out);
            for finding in fixable_findings(file, ui, en_ui, locale) {
                out.push(Diagnostic::warning(
                    Some(file.location(finding.offset)),
                    finding.message.arg("fix", fix.as_str()),
                ));
            }
            for prose in sentences(file) {
                for found in glossary::find(&glossary, locale, prose) {
                    let concept = found.concept;
                    out.push(Diagnostic::warning(
                        Some(file.location(found.offset)),
                        Message::new("lint-glossary-forbidden")
                            .arg("found", found.text)
                            .arg("english", concept.english.as_str())
                            .arg("preferred", concept.preferred.clone().unwrap_or_default())
                            .arg("glossary", glossary.path.as_str()),
                    ));
                }
            }
            if rel.starts_with("topics/") && !ui_unreadable {
                check_bold_names(file, ui, &mut out);
            }
            // An English file that cannot be read has its own error; its
            // translations are not obsolete for that.
            if !en_files.contains(rel) {
                for (id, entry) in &file.entries {
                    out.push(Diagnostic::warning(
                        Some(file.location(entry.offset)),
                        obsolete(id, locale),
                    ));
                }
            }
        }
        check_formatting(source, locale, &listed, &files, &mut out);
    }

    check_topics(source, &catalog, &en_files, &en, &mut out);
    if !en_ui_unreadable {
        check_toc(source, &catalog, en_ui, &mut out);
    }
    out.extend(crate::markdown_check::lint(source, &catalog)?);
    out.sort_by(|a, b| {
        a.location
            .cmp(&b.location)
            .then(a.severity.cmp(&b.severity))
    });
    Ok(out)
}

/// The locale's glossary (`locales/<locale>/glossary.tbx`), empty when it
/// has none; what is wrong in it goes to `out`.
fn read_glossary(
    source: &Source,
    locale: &str,
    out: &mut Vec<Diagnostic>,
) -> Result<glossary::Glossary, Error> {
    let rel = format!("locales/{locale}/glossary.tbx");
    let text = match source.read(&rel) {
        Ok(Some(text)) => text,
        Ok(None) => return Ok(glossary::Glossary::default()),
        Err(Error::Content(d)) => {
            out.push(d);
            return Ok(glossary::Glossary::default());
        }
        Err(e) => return Err(e),
    };
    let (glossary, problems) = glossary::parse(&source.display(&rel), &text, locale);
    out.extend(problems);
    Ok(glossary)
}

/// The findings `docwiz lint --fix` can mend in a file, with their edits:
/// typography of a translation (see [`crate::typography`]) and placeholders
/// in every locale (see [`crate::placeholder`]). `ui` is the locale's
/// `ui.ftl`, for what terms read and the value names; `en_ui` the English
/// one, for a value name the locale lacks.
fn fixable_findings(
    file: &FtlFile,
    ui: &FtlFile,
    en_ui: &FtlFile,
    locale: &str,
) -> Vec<typography::Finding> {
    let values: placeholder::ValueNames = en_ui
        .entries
        .keys()
        .filter(|id| id.starts_with("cli-value-"))
        .filter_map(|id| Some((term_text(id, &[ui, en_ui], 0)?, id.clone())))
        .collect();
    // A ui.ftl that cannot be read has that one error: the value names it
    // holds are unknown, and no placeholder is wrong for that.
    let names_known = !en_ui.entries.is_empty() && (locale == SOURCE || !ui.entries.is_empty());
    let mut out: Vec<typography::Finding> = file
        .entries
        .values()
        .flat_map(|e| e.prose.iter())
        .filter(|_| names_known)
        .flat_map(|p| placeholder::check(p, &values))
        .collect();
    if locale != SOURCE && typography::has_rules(locale) {
        let resolve = |id: &str| term_text(id, &[file, ui], 0);
        out.extend(sentences(file).flat_map(|p| typography::check(locale, p, &resolve)));
    }
    out
}

/// The patterns of `file` that are sentences, for the rules of prose
/// (typography, glossary): all but the value names (`cli-value-*`), which
/// are what the user types, not prose. `位址:連接埠` keeps the ASCII colon
/// typed between address and port, which the Chinese rules would make
/// full-width, and `HUELLA_DIGITAL` is one token, not the word «huella».
fn sentences(file: &FtlFile) -> impl Iterator<Item = &typography::Prose> {
    file.entries
        .iter()
        .filter(|(id, _)| !id.starts_with("cli-value-"))
        .flat_map(|(_, e)| e.prose.iter())
}

/// What `docwiz lint --fix` changed: how many edits, in which files.
#[derive(Debug, Default)]
pub struct Fixed {
    pub edits: usize,
    pub files: BTreeSet<String>,
}

/// Makes the typography edits lint proposes in every translation of the
/// tree at `root`, in the text of messages only, and rewrites each changed
/// file atomically (a failed write leaves it as it was). Edits that touch
/// one another are made in later rounds, with the file read again.
///
/// # Errors
/// `Error::Write` naming the file that could not be written (files written
/// before it keep their fixes); errors reading the tree.
pub fn fix(root: &std::path::Path) -> Result<Fixed, Error> {
    let source = Source::new(Some(root));
    let mut fixed = Fixed::default();
    // Each round makes every edit that overlaps no other; a few rounds settle
    // marks whose edits touch (a parenthesis and the space beside it).
    for _ in 0..4 {
        let mut made = 0;
        let mut ignored = Vec::new();
        let en_ui = read_ftl(&source, SOURCE, "ui.ftl", &mut ignored)?;
        for locale in source.list("locales", "")? {
            let ui = read_ftl(&source, &locale, "ui.ftl", &mut ignored)?;
            for rel in ftl_files(&source, &locale)? {
                let Some(file) = read_ftl(&source, &locale, &rel, &mut ignored)? else {
                    continue;
                };
                let empty = FtlFile::empty();
                let findings = fixable_findings(
                    &file,
                    ui.as_ref().unwrap_or(&empty),
                    en_ui.as_ref().unwrap_or(&empty),
                    &locale,
                );
                let edits: Vec<typography::Edit> =
                    findings.into_iter().flat_map(|f| f.edits).collect();
                if edits.is_empty() {
                    continue;
                }
                let path = root.join(format!("locales/{locale}/{rel}"));
                let write_error = |e: std::io::Error| Error::Write {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                };
                let bytes = std::fs::read(&path).map_err(|e| Error::Read {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                })?;
                let bom = bytes.len() - crate::source::without_bom(&bytes).len();
                // read_ftl read this text: it is UTF-8.
                let text = String::from_utf8_lossy(&bytes[bom..]);
                let (new, applied) = typography::apply(&text, &edits);
                let mut out = bytes[..bom].to_vec();
                out.extend_from_slice(new.as_bytes());
                crate::cert::store::write_atomic(&path, &out, false).map_err(write_error)?;
                made += applied;
                fixed.files.insert(path.display().to_string());
            }
        }
        fixed.edits += made;
        if made == 0 {
            break;
        }
    }
    Ok(fixed)
}

fn obsolete(id: &str, locale: &str) -> Message {
    Message::new(if id.starts_with('-') {
        "lint-obsolete-term"
    } else {
        "lint-obsolete-message"
    })
    .arg("id", id)
    .arg("locale", locale)
}

/// `ui.ftl` and `topics/*.ftl` of a locale, relative to `locales/<locale>/`.
fn ftl_files(source: &Source, locale: &str) -> Result<Vec<String>, Error> {
    let mut files: Vec<String> = source
        .list(&format!("locales/{locale}"), ".ftl")?
        .into_iter()
        .collect();
    files.extend(
        source
            .list(&format!("locales/{locale}/topics"), ".ftl")?
            .into_iter()
            .map(|f| format!("topics/{f}")),
    );
    Ok(files)
}

fn read_ftl(
    source: &Source,
    locale: &str,
    rel: &str,
    out: &mut Vec<Diagnostic>,
) -> Result<Option<FtlFile>, Error> {
    let full = format!("locales/{locale}/{rel}");
    let text = match source.read(&full) {
        Ok(Some(text)) => text,
        Ok(None) => return Ok(None),
        // An unreadable file is one finding among others, not the end of lint.
        Err(Error::Content(d)) => {
            out.push(d);
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    let path = source.display(&full);
    // Syntax as the reference parser reads it; fluent-syntax then reads only the
    // valid entries. The blanked text keeps every offset and line, and the checks
    // below do not see Junk as if it were a message.
    let checked = ftl::check(&path, &text);
    out.extend(checked.diagnostics);
    let text = checked.text;
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                out.push(Diagnostic::error(
                    Some(Location::at(&path, &text, error.pos.start)),
                    Message::new("ftl-unsupported"),
                ));
            }
            resource
        }
    };
    let (entries, duplicates) = entries(&text, &resource);
    Ok(Some(FtlFile {
        path,
        lines: LineIndex::new(&text),
        text,
        entries,
        duplicates,
    }))
}

/// Where `part`, a slice of `text`, starts in it.
fn offset_of(text: &str, part: &str) -> Option<usize> {
    let start = text.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= start && at + part.len() <= start + text.len()).then(|| at - start)
}

/// The entries of a parsed file, first definitions apart from later ones.
#[allow(clippy::type_complexity)]
fn entries(
    text: &str,
    resource: &ast::Resource<&str>,
) -> (BTreeMap<String, Entry>, Vec<(String, usize, usize)>) {
    let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
    let mut duplicates = Vec::new();
    let mut search_from = 0;
    for entry in &resource.body {
        let (id, term, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
            _ => continue,
        };
        let key = if term {
            format!("-{id}")
        } else {
            id.to_string()
        };
        let offset = offset_of(text, id)
            .map(|o| o - usize::from(term))
            .unwrap_or_else(|| find_entry(text, &key, search_from));
        search_from = offset;
        let mut used = Entry {
            offset,
            term,
            has_value: value.is_some(),
            value_offset: value_start(text, offset),
            ..Entry::default()
        };
        if let Some(value) = value {
            used.value = pieces(value);
            used.value_empty = pattern_empty(value);
            walk_pattern(value, &mut Walk::new(text, &mut used, ""));
            if !used.too_deep {
                used.prose.extend(typography::patterns(text, value));
            }
        }
        for attribute in attributes {
            let name = attribute.id.name;
            used.attributes.push(Attribute {
                name: name.to_string(),
                offset: offset_of(text, name).map_or(offset, |o| o.saturating_sub(1)),
                empty: pattern_empty(&attribute.value),
            });
            walk_pattern(&attribute.value, &mut Walk::new(text, &mut used, name));
            if !used.too_deep {
                used.prose
                    .extend(typography::patterns(text, &attribute.value));
            }
        }
        match entries.get(&key) {
            Some(first) => duplicates.push((key, offset, first.offset)),
            None => {
                entries.insert(key, used);
            }
        }
    }
    (entries, duplicates)
}

/// Where the value of the entry at `offset` starts: after `=` and blanks.
fn value_start(text: &str, offset: usize) -> usize {
    let rest = &text[offset.min(text.len())..];
    let Some(eq) = rest.find('=') else {
        return offset;
    };
    let after = &rest[eq + 1..];
    let blank = after.len() - after.trim_start().len();
    (offset + eq + 1 + blank).min(text.len())
}

/// A pattern that shows nothing: only empty text and `{ "" }` (as
/// compare-locales judges it; a select expression counts as content).
fn pattern_empty(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.is_empty(),
        _ => false,
    })
}

/// Byte offset of the line that defines `id`, searching from `from`.
fn find_entry(text: &str, id: &str, from: usize) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset >= from
            && let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return offset;
        }
        offset += line.len();
    }
    from
}

/// Text elements and term references of a pattern; other placeables are dropped.
fn pieces(pattern: &ast::Pattern<&str>) -> Vec<ValuePart> {
    pattern
        .elements
        .iter()
        .filter_map(|element| match element {
            ast::PatternElement::TextElement { value } => Some(ValuePart::Text(value.to_string())),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::TermReference { id, .. }),
            } => Some(ValuePart::Term(format!("-{}", id.name))),
            _ => None,
        })
        .collect()
}

/// What a term reads as, with the terms it uses resolved.
fn term_text(id: &str, files: &[&FtlFile], depth: usize) -> Option<String> {
    let entry = files.iter().find_map(|f| f.entries.get(id))?;
    let mut out = String::new();
    for piece in &entry.value {
        match piece {
            ValuePart::Text(t) => out.push_str(t),
            ValuePart::Term(t) if depth < 8 => out.push_str(&term_text(t, files, depth + 1)?),
            ValuePart::Term(_) => return None,
        }
    }
    Some(out)
}

/// Help text must name buttons, check boxes, pages and options through their
/// terms, so that it says what the wizard shows. Bold text that spells out such
/// a name by hand is reported.
fn check_bold_names(file: &FtlFile, ui: &FtlFile, out: &mut Vec<Diagnostic>) {
    let ui_prefixes = ["-button-", "-checkbox-", "-page-", "-option-"];
    let names: Vec<(String, &String)> = ui
        .entries
        .keys()
        .filter(|id| ui_prefixes.iter().any(|p| id.starts_with(p)))
        .filter_map(|id| Some((term_text(id, &[file, ui], 0)?.trim().to_lowercase(), id)))
        .collect();
    let mut offsets: Vec<usize> = file.entries.values().map(|e| e.offset).collect();
    offsets.sort();
    for entry in file.entries.values() {
        // Sorted: a binary search keeps a file of 10^5 entries linear-ish.
        let end = offsets
            .get(offsets.partition_point(|o| *o <= entry.offset))
            .copied()
            .unwrap_or(file.text.len());
        let source = &file.text[entry.offset..end];
        let mut rest = source;
        while let Some(open) = rest.find("**") {
            let after = &rest[open + 2..];
            let Some(close) = after.find("**") else { break };
            let bold = after[..close].trim();
            if !bold.contains('{') {
                let said = bold
                    .trim_matches(|c: char| "«»「」“”„\"'".contains(c))
                    .trim()
                    .to_lowercase();
                if let Some((_, term)) = names.iter().find(|(name, _)| *name == said) {
                    let at = entry.offset + (source.len() - rest.len()) + open;
                    out.push(Diagnostic::warning(
                        Some(file.location(at)),
                        Message::new("lint-bold-ui")
                            .arg("text", bold)
                            .arg("term", term.as_str()),
                    ));
                }
            }
            rest = &after[close + 2..];
        }
    }
}

/// Collects what a pattern uses into an entry.
struct Walk<'a> {
    text: &'a str,
    used: &'a mut Entry,
    /// The pattern being walked: "" for the value, else the attribute's name.
    pattern: String,
    /// How many expressions deep the walk is.
    depth: usize,
}

/// Past this nesting of expressions an entry is not walked further nor
/// formatted: the walk and fluent-bundle's resolver recurse, and no real
/// translation nests this deep (the syntax check reports what is too deep).
const MAX_DEPTH: usize = 200;

impl<'a> Walk<'a> {
    fn new(text: &'a str, used: &'a mut Entry, pattern: &str) -> Walk<'a> {
        used.refs.entry(pattern.to_string()).or_default();
        Walk {
            text,
            used,
            pattern: pattern.to_string(),
            depth: 0,
        }
    }

    fn at(&self, part: &str, back: usize) -> usize {
        offset_of(self.text, part).map_or(self.used.offset, |o| o.saturating_sub(back))
    }

    fn reference(&mut self, name: String, at: usize) {
        self.used
            .refs
            .entry(self.pattern.clone())
            .or_default()
            .entry(name)
            .or_insert(at);
    }
}

fn walk_pattern(pattern: &ast::Pattern<&str>, walk: &mut Walk) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, walk);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, walk: &mut Walk) {
    deeper(walk, |walk| walk_expression_inner(expression, walk));
}

/// Runs `step` one level deeper, unless the walk is already [`MAX_DEPTH`] deep
/// (then the entry is marked too deep), so that lint's own recursion is bounded.
fn deeper(walk: &mut Walk, step: impl FnOnce(&mut Walk)) {
    if walk.depth >= MAX_DEPTH {
        walk.used.too_deep = true;
        return;
    }
    walk.depth += 1;
    step(walk);
    walk.depth -= 1;
}

fn walk_expression_inner(expression: &ast::Expression<&str>, walk: &mut Walk) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, walk);
            let ordinal = matches!(selector, ast::InlineExpression::FunctionReference { id, arguments }
                if id.name == "NUMBER" && arguments.named.iter().any(|a| a.name.name == "type"
                    && matches!(a.value, ast::InlineExpression::StringLiteral { value } if value == "ordinal")));
            let (variable, number) = match selector {
                ast::InlineExpression::VariableReference { id } => {
                    (Some(id.name.to_string()), false)
                }
                ast::InlineExpression::FunctionReference { id, arguments } => (
                    arguments.positional.first().and_then(|a| match a {
                        ast::InlineExpression::VariableReference { id } => {
                            Some(id.name.to_string())
                        }
                        _ => None,
                    }),
                    id.name == "NUMBER",
                ),
                _ => (None, false),
            };
            let keys = variants
                .iter()
                .map(|variant| {
                    let shows_number = variable
                        .as_deref()
                        .is_some_and(|v| pattern_shows(&variant.value, v, 0));
                    match &variant.key {
                        ast::VariantKey::Identifier { name } => Key {
                            name: name.to_string(),
                            offset: walk.at(name, 0),
                            numeric: false,
                            shows_number,
                        },
                        ast::VariantKey::NumberLiteral { value } => Key {
                            name: value.to_string(),
                            offset: walk.at(value, 0),
                            numeric: true,
                            shows_number,
                        },
                    }
                })
                .collect();
            walk.used.selects.push(Select {
                variable,
                number,
                ordinal,
                keys,
            });
            for variant in variants {
                walk_pattern(&variant.value, walk);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, walk),
    }
}

/// Whether `pattern` shows `$variable` (itself or through a function such
/// as `NUMBER()`), in any of its variants.
fn pattern_shows(pattern: &ast::Pattern<&str>, variable: &str, depth: usize) -> bool {
    fn inline(e: &ast::InlineExpression<&str>, variable: &str, depth: usize) -> bool {
        match e {
            ast::InlineExpression::VariableReference { id } => id.name == variable,
            ast::InlineExpression::FunctionReference { arguments, .. } => arguments
                .positional
                .iter()
                .any(|a| inline(a, variable, depth + 1)),
            ast::InlineExpression::Placeable { expression } => {
                expression_shows(expression, variable, depth + 1)
            }
            _ => false,
        }
    }
    fn expression_shows(e: &ast::Expression<&str>, variable: &str, depth: usize) -> bool {
        depth < MAX_DEPTH
            && match e {
                ast::Expression::Inline(i) => inline(i, variable, depth),
                ast::Expression::Select { variants, .. } => variants
                    .iter()
                    .all(|v| pattern_shows(&v.value, variable, depth + 1)),
            }
    }
    pattern.elements.iter().any(|element| match element {
        ast::PatternElement::Placeable { expression } => {
            expression_shows(expression, variable, depth)
        }
        ast::PatternElement::TextElement { .. } => false,
    })
}

fn walk_inline(inline: &ast::InlineExpression<&str>, walk: &mut Walk) {
    deeper(walk, |walk| walk_inline_inner(inline, walk));
}

fn walk_inline_inner(inline: &ast::InlineExpression<&str>, walk: &mut Walk) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            let at = walk.at(id.name, 1);
            walk.used.variables.insert(id.name.to_string());
            walk.used
                .variable_at
                .entry(id.name.to_string())
                .or_insert(at);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            walk.used.messages.insert(id.name.to_string());
            let name = match attribute {
                Some(attribute) => format!("{}.{}", id.name, attribute.name),
                None => id.name.to_string(),
            };
            let at = walk.at(id.name, 0);
            walk.reference(name, at);
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            walk.used.terms.insert(format!("-{}", id.name));
            // As compare-locales: a term's attribute (used in selectors) is
            // the locale's own business.
            if attribute.is_none() {
                let at = walk.at(id.name, 1);
                walk.reference(format!("-{}", id.name), at);
            }
            if let Some(arguments) = arguments {
                walk_arguments(arguments, walk);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, walk)
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, walk),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, walk: &mut Walk) {
    for value in arguments
        .positional
        .iter()
        .chain(arguments.named.iter().map(|n| &n.value))
    {
        walk_inline(value, walk);
    }
}

/// Message and term references must resolve within the file and the locale's `ui.ftl`,
/// which share one bundle.
fn check_references(file: &FtlFile, ui: &FtlFile, out: &mut Vec<Diagnostic>) {
    // fluent-bundle keeps messages and terms in one map by bare name: a message
    // named like a term is dropped without a word.
    // A topic's file shares its bundle with ui.ftl: the first definition wins.
    if !std::ptr::eq(file, ui) {
        for (id, entry) in &file.entries {
            if ui.entries.contains_key(id) {
                out.push(Diagnostic::error(
                    Some(file.location(entry.offset)),
                    Message::new(if entry.term {
                        "lint-ui-clash-term"
                    } else {
                        "lint-ui-clash"
                    })
                    .arg("id", id.as_str()),
                ));
            }
        }
    }
    for (id, entry) in &file.entries {
        let term = format!("-{id}");
        if !id.starts_with('-')
            && (file.entries.contains_key(&term) || ui.entries.contains_key(&term))
        {
            out.push(Diagnostic::error(
                Some(file.location(entry.offset)),
                Message::new("lint-id-clash").arg("id", id.as_str()),
            ));
        }
    }
    for entry in file.entries.values() {
        for id in &entry.messages {
            if !file.entries.contains_key(id) && !ui.entries.contains_key(id) {
                out.push(Diagnostic::error(
                    Some(file.location_in(entry.offset, id)),
                    Message::new("lint-unknown-message").arg("id", id.as_str()),
                ));
            }
        }
        for id in &entry.terms {
            if !file.entries.contains_key(id) && !ui.entries.contains_key(id) {
                out.push(Diagnostic::error(
                    Some(file.location_in(entry.offset, id)),
                    Message::new("lint-unknown-term").arg("id", id.as_str()),
                ));
            }
        }
    }
}

/// One locale's file against English: missing and obsolete entries, values
/// and attributes; variables; message and term references.
fn compare(
    en: &FtlFile,
    file: &FtlFile,
    locale: &str,
    missing: Severity,
    out: &mut Vec<Diagnostic>,
) {
    for (id, en_entry) in &en.entries {
        let Some(entry) = file.entries.get(id) else {
            out.push(Diagnostic {
                severity: missing,
                location: Some(Location::file(&file.path)),
                message: Message::new(if en_entry.term {
                    "lint-missing-term"
                } else {
                    "lint-missing-message"
                })
                .arg("id", id.as_str())
                .arg("locale", locale),
            });
            continue;
        };
        if entry.variables != en_entry.variables {
            // At the first variable English does not use, else at the value.
            let at = entry
                .variable_at
                .iter()
                .filter(|(v, _)| !en_entry.variables.contains(*v))
                .map(|(_, at)| *at)
                .min()
                .unwrap_or(entry.value_offset);
            out.push(Diagnostic::error(
                Some(file.location(at)),
                Message::new(if entry.term {
                    "lint-variables-differ-term"
                } else {
                    "lint-variables-differ"
                })
                .arg("id", id.as_str())
                .arg("found", list(&entry.variables))
                .arg("expected", list(&en_entry.variables)),
            ));
        }
        // A term's attributes and references are the locale's own (grammatical
        // case, gender): compare-locales compares messages only.
        if !entry.term {
            compare_message(id, en_entry, entry, file, out);
        }
    }
    for (id, entry) in &file.entries {
        if !en.entries.contains_key(id) {
            out.push(Diagnostic::warning(
                Some(file.location(entry.offset)),
                obsolete(id, locale),
            ));
        }
    }
}

/// Value, attributes and references of one message against English.
fn compare_message(id: &str, en: &Entry, entry: &Entry, file: &FtlFile, out: &mut Vec<Diagnostic>) {
    let message = |key: &'static str| Message::new(key).arg("id", id);
    if en.has_value && !entry.has_value {
        out.push(Diagnostic::error(
            Some(file.location(entry.offset)),
            message("lint-missing-value"),
        ));
    } else if !en.has_value && entry.has_value {
        out.push(Diagnostic::error(
            Some(file.location(entry.value_offset)),
            message("lint-obsolete-value"),
        ));
    } else if entry.has_value && entry.value_empty && !en.value_empty {
        out.push(Diagnostic::warning(
            Some(file.location(entry.value_offset)),
            message("lint-empty-value"),
        ));
    }
    let names =
        |e: &Entry| -> BTreeSet<String> { e.attributes.iter().map(|a| a.name.clone()).collect() };
    let (en_names, names_here) = (names(en), names(entry));
    for name in en_names.difference(&names_here) {
        out.push(Diagnostic::error(
            Some(file.location(entry.offset)),
            message("lint-missing-attribute").arg("attribute", name.as_str()),
        ));
    }
    let mut seen = BTreeSet::new();
    for attribute in &entry.attributes {
        if !seen.insert(&attribute.name) {
            continue;
        }
        let name = attribute.name.as_str();
        if !en_names.contains(name) {
            out.push(Diagnostic::error(
                Some(file.location(attribute.offset)),
                message("lint-obsolete-attribute").arg("attribute", name),
            ));
        } else if attribute.empty
            && en
                .attributes
                .iter()
                .any(|a| a.name == attribute.name && !a.empty)
        {
            out.push(Diagnostic::warning(
                Some(file.location(attribute.offset)),
                message("lint-empty-attribute").arg("attribute", name),
            ));
        }
    }
    // References per pattern, where both have the pattern (a missing or
    // obsolete attribute is reported above).
    for (pattern, en_refs) in &en.refs {
        let Some(refs) = entry.refs.get(pattern) else {
            continue;
        };
        let pattern_at = if pattern.is_empty() {
            entry.value_offset
        } else {
            entry
                .attributes
                .iter()
                .find(|a| &a.name == pattern)
                .map_or(entry.offset, |a| a.offset)
        };
        for name in en_refs.keys().filter(|r| !refs.contains_key(*r)) {
            out.push(Diagnostic::warning(
                Some(file.location(pattern_at)),
                reference_message(
                    id,
                    pattern,
                    name,
                    "lint-missing-term-ref",
                    "lint-missing-message-ref",
                ),
            ));
        }
        for (name, at) in refs.iter().filter(|(r, _)| !en_refs.contains_key(*r)) {
            out.push(Diagnostic::warning(
                Some(file.location(*at)),
                reference_message(
                    id,
                    pattern,
                    name,
                    "lint-obsolete-term-ref",
                    "lint-obsolete-message-ref",
                ),
            ));
        }
    }
}

fn reference_message(
    id: &str,
    pattern: &str,
    reference: &str,
    term: &'static str,
    message: &'static str,
) -> Message {
    let whole = if pattern.is_empty() {
        id.to_string()
    } else {
        format!("{id}.{pattern}")
    };
    Message::new(if reference.starts_with('-') {
        term
    } else {
        message
    })
    .arg("id", whole)
    .arg("reference", reference)
}

/// Checks of one file on its own (English ones too): entries, attributes and
/// variant keys given twice, plural variants against the locale's CLDR
/// categories, and U+FFFD.
fn check_file(file: &FtlFile, locale: &str, en: Option<&FtlFile>, out: &mut Vec<Diagnostic>) {
    for (id, at, first) in &file.duplicates {
        out.push(Diagnostic::error(
            Some(file.location(*at)),
            Message::new(if id.starts_with('-') {
                "lint-duplicate-term"
            } else {
                "lint-duplicate-message"
            })
            .arg("id", id.as_str())
            .arg("line", file.location(*first).line),
        ));
    }
    let cardinal = plural_categories(locale, PluralRuleType::CARDINAL);
    let ordinal = plural_categories(locale, PluralRuleType::ORDINAL);
    for (id, entry) in &file.entries {
        let mut seen = BTreeSet::new();
        for attribute in &entry.attributes {
            if !seen.insert(&attribute.name) {
                out.push(Diagnostic::warning(
                    Some(file.location(attribute.offset)),
                    Message::new("lint-duplicate-attribute")
                        .arg("id", id.as_str())
                        .arg("attribute", attribute.name.as_str()),
                ));
            }
        }
        let en_plural: BTreeSet<&str> = en
            .and_then(|en| en.entries.get(id))
            .map(|e| {
                e.selects
                    .iter()
                    .filter(|s| s.is_plural())
                    .filter_map(|s| s.variable.as_deref())
                    .collect()
            })
            .unwrap_or_default();
        for select in &entry.selects {
            let mut keys = BTreeSet::new();
            for key in &select.keys {
                if !keys.insert(&key.name) {
                    out.push(Diagnostic::warning(
                        Some(file.location(key.offset)),
                        Message::new("lint-duplicate-variant")
                            .arg("id", id.as_str())
                            .arg("key", key.name.as_str()),
                    ));
                }
            }
            let categories = if select.ordinal { &ordinal } else { &cardinal };
            if let Some(categories) = categories {
                check_plural(file, id, locale, select, categories, &en_plural, out);
            }
        }
    }
    for (at, _) in file.text.match_indices('\u{fffd}') {
        out.push(Diagnostic::warning(
            Some(file.location(at)),
            Message::new("lint-replacement-character"),
        ));
    }
    // Control characters and bidi embeddings/overrides: on a terminal they are
    // escape sequences or reorder the line (help escapes them; the writer
    // should know).
    for (at, c) in file.text.char_indices() {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if bidi || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            out.push(Diagnostic::warning(
                Some(file.location(at)),
                Message::new("lint-control-character").arg("code", format!("U+{:04X}", c as u32)),
            ));
        }
    }
}

/// CLDR's plural category names, in CLDR's order.
const CLDR_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn is_cldr_category(key: &str) -> bool {
    CLDR_CATEGORIES.contains(&key)
}

/// Plural variants against the locale's categories, as compare-locales
/// checks them: a select is plural when a key other than `other` is a plural
/// category (or it selects on `NUMBER()`, or English selects on the same
/// variable by plural category); then every category but `other` (which the
/// default variant takes) needs its variant, and a key that is no category of
/// the locale is never chosen.
fn check_plural(
    file: &FtlFile,
    id: &str,
    locale: &str,
    select: &Select,
    categories: &[&'static str],
    en_plural: &BTreeSet<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let given: BTreeSet<&str> = select
        .keys
        .iter()
        .filter(|k| !k.numeric)
        .map(|k| k.name.as_str())
        .collect();
    let plural = select.is_plural()
        || select.number
        || select
            .variable
            .as_deref()
            .is_some_and(|v| en_plural.contains(v));
    if !plural {
        return;
    }
    let missing: Vec<&str> = categories
        .iter()
        .filter(|c| **c != "other" && !given.contains(**c))
        .copied()
        .collect();
    let exact_one = select
        .keys
        .iter()
        .any(|k| k.numeric && k.name.parse::<f64>() == Ok(1.0));
    let shown = select.keys.iter().any(|k| k.shows_number);
    // A text that never shows the number can only say "exactly one" or
    // "several": the categories' forms differ only next to a number, so an
    // exact `[1]` and the default say all there is.
    if !missing.is_empty()
        && (!exact_one || shown)
        && let Some(first) = select.keys.first()
    {
        out.push(Diagnostic::warning(
            Some(file.location(first.offset)),
            Message::new("lint-plural-missing")
                .arg("id", id)
                .arg("locale", locale)
                .arg("missing", Arg::and_list(missing))
                .arg("categories", Arg::and_list(categories.iter().copied())),
        ));
    }
    if !select.ordinal && !exact_one {
        check_one(file, id, locale, select, out);
    }
    for key in select.keys.iter().filter(|k| !k.numeric) {
        if categories.contains(&key.name.as_str()) {
            continue;
        }
        let nearest = categories
            .iter()
            .map(|c| (strsim::damerau_levenshtein(&key.name, c), *c))
            .min()
            .filter(|(distance, _)| *distance <= 2 && !is_cldr_category(&key.name));
        let message = match nearest {
            Some((_, suggestion)) => Message::new("lint-plural-typo").arg("suggestion", suggestion),
            None => Message::new("lint-plural-never"),
        };
        out.push(Diagnostic::warning(
            Some(file.location(key.offset)),
            message
                .arg("id", id)
                .arg("key", key.name.as_str())
                .arg("locale", locale)
                // In brackets: enumerated.
                .arg("categories", Arg::enumeration(categories.iter().copied())),
        ));
    }
}

/// `[one]` that reads as "exactly one" (its text does not show the number)
/// where CLDR's `one` also covers other numbers (ru: 21, 31…; fr: 0) is
/// reported: `[1]` says exactly one.
fn check_one(file: &FtlFile, id: &str, locale: &str, select: &Select, out: &mut Vec<Diagnostic>) {
    // A select on a literal (`NUMBER("1")`) has no number to show.
    let Some(variable) = select.variable.as_deref() else {
        return;
    };
    let Some(key) = select
        .keys
        .iter()
        .find(|k| !k.numeric && k.name == "one" && !k.shows_number)
    else {
        return;
    };
    let Some(rules) = plural_rules(locale, PluralRuleType::CARDINAL) else {
        return;
    };
    // Numbers with a variant of their own (`[0]`) never reach `[one]`.
    let exact: Vec<f64> = select
        .keys
        .iter()
        .filter(|k| k.numeric)
        .filter_map(|k| k.name.parse().ok())
        .collect();
    let others: Vec<u32> = (0..=1000u32)
        .filter(|n| *n != 1 && !exact.contains(&f64::from(*n)))
        .filter(|n| rules.select(*n) == Ok(PluralCategory::ONE))
        .collect();
    if others.is_empty() {
        return;
    }
    let mut numbers: Vec<String> = others.iter().take(4).map(u32::to_string).collect();
    if others.len() > 4 {
        numbers.push("…".to_string());
    }
    out.push(Diagnostic::warning(
        Some(file.location(key.offset)),
        Message::new("lint-plural-one")
            .arg("id", id)
            .arg("locale", locale)
            .arg("numbers", Arg::enumeration(numbers))
            .arg("variable", format!("{{ ${variable} }}")),
    ));
}

/// The plural rules fluent-bundle selects variants with for `locale`: the
/// locale negotiated like fluent-bundle's `types/plural.rs` does (lookup,
/// English by default).
fn plural_rules(locale: &str, kind: PluralRuleType) -> Option<PluralRules> {
    let requested: LanguageIdentifier = locale.parse().ok()?;
    let available = PluralRules::get_locales(kind);
    let default: LanguageIdentifier = SOURCE.parse().ok()?;
    let chosen = fluent_langneg::negotiate_languages(
        &[requested],
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (*l).clone())?;
    PluralRules::create(chosen, kind).ok()
}

/// The CLDR cardinal plural categories of `locale`, in CLDR's order, as
/// fluent-bundle selects variants at run time: from intl_pluralrules (CLDR 37),
/// the locale negotiated like fluent-bundle's `types/plural.rs` does (lookup,
/// English by default). Newer CLDR (38+, as in ICU4X) adds `many` to French and
/// Spanish for millions; fluent-bundle never selects it, so it is not asked
/// for (compare-locales does not ask for it either). The crate lists no
/// categories, so they are read off the rules for integers 0–1000, powers of
/// ten and decimals with one and two fraction digits: the ranges CLDR's own
/// `@integer`/`@decimal` samples are drawn from.
fn plural_categories(locale: &str, kind: PluralRuleType) -> Option<Vec<&'static str>> {
    let rules = plural_rules(locale, kind)?;
    let name = |c: PluralCategory| match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    };
    let mut names = BTreeSet::new();
    let mut note = |category: Result<PluralCategory, &str>| {
        if let Ok(category) = category {
            names.insert(name(category));
        }
    };
    for n in 0..=1000u32 {
        note(rules.select(n));
    }
    for exponent in 4..=9 {
        note(rules.select(10u64.pow(exponent)));
    }
    for i in 0..=110 {
        for fraction in ["0", "1", "2", "5", "00", "01", "02", "05", "10", "50"] {
            note(rules.select(format!("{i}.{fraction}").as_str()));
        }
    }
    Some(
        CLDR_CATEGORIES
            .into_iter()
            .filter(|c| names.contains(c))
            .collect(),
    )
}

/// Topic messages may use only the variables their page is formatted with
/// (`crate::page_variables`); any other is unknown when the page is made.
/// Checked in English: translations must use English's variables.
fn check_page_variables(file: &FtlFile, topic: &str, out: &mut Vec<Diagnostic>) {
    let provided = crate::page_variables(topic);
    let given: BTreeSet<String> = provided.iter().map(|v| v.to_string()).collect();
    for (id, entry) in file.entries.iter().filter(|(_, e)| !e.term) {
        for (variable, at) in &entry.variable_at {
            if !given.contains(variable) {
                out.push(Diagnostic::error(
                    Some(file.location(*at)),
                    Message::new("lint-unknown-variable")
                        .arg("id", id.as_str())
                        .arg("variable", format!("${variable}"))
                        .arg("provided", list(&given)),
                ));
            }
        }
    }
}

/// Formats every message of a locale the way pages do (its `ui.ftl` and the
/// file in one bundle), with every variable set in turn to numbers of each
/// plural category and to each variant key, so that every variant is
/// resolved: what only the resolver finds (a cycle, more than 100 placeables,
/// an unknown function or attribute, a message without value) is an error.
/// Unknown message and term names and variables are reported by the checks
/// above, at their place.
fn check_formatting(
    source: &Source,
    locale: &str,
    listed: &[String],
    files: &BTreeMap<String, FtlFile>,
    out: &mut Vec<Diagnostic>,
) {
    let Ok(langid) = locale.parse::<LanguageIdentifier>() else {
        return;
    };
    let resource = |rel: &str| -> Option<std::sync::Arc<FluentResource>> {
        // Syntax errors were reported when the file was read.
        crate::localization::parse(source, &format!("locales/{locale}/{rel}"), &mut Vec::new())
            .ok()
            .flatten()
    };
    let ui_file = files.get("ui.ftl");
    let ui = ui_file.and(resource("ui.ftl"));
    let numbers: Vec<FluentValue> = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1_000_000]
        .into_iter()
        .map(FluentValue::from)
        .chain([FluentValue::from(1.5)])
        .collect();
    for rel in listed {
        let Some(file) = files.get(rel) else {
            continue;
        };
        let own = if rel == "ui.ftl" {
            ui.clone()
        } else {
            resource(rel)
        };
        let Some(own) = own else {
            continue;
        };
        // Formatting recurses as deep as the entries nest.
        let too_deep = |f: &FtlFile| f.entries.values().any(|e| e.too_deep);
        if too_deep(file) || ui_file.is_some_and(too_deep) {
            continue;
        }
        let mut bundle = crate::localization::new_bundle(&langid);
        if let Some(ui) = &ui {
            let _ = bundle.add_resource(ui.clone());
        }
        let own_ref = own.clone();
        if rel != "ui.ftl" {
            let _ = bundle.add_resource(own);
        }
        let placeables = Placeables::new(ui.as_deref(), (rel != "ui.ftl").then_some(&*own_ref));
        let variables: BTreeSet<&String> = file
            .entries
            .values()
            .chain(ui_file.iter().flat_map(|u| u.entries.values()))
            .flat_map(|e| e.variables.iter())
            .collect();
        for (id, entry) in &file.entries {
            let shadowed = rel != "ui.ftl" && ui_file.is_some_and(|u| u.entries.contains_key(id));
            if entry.term || shadowed {
                continue;
            }
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            // fluent-bundle's cycle check compares every pattern on its path,
            // which makes a long reference chain quadratic per value tried:
            // a message certain to exceed the limit is reported without it.
            if placeables.certainly_too_many(id) {
                out.push(Diagnostic::error(
                    Some(file.location(entry.offset)),
                    Message::new(if locale == SOURCE {
                        "format-broken"
                    } else {
                        "format-fallback"
                    })
                    .arg("id", id.as_str())
                    .arg("locale", locale)
                    .arg(
                        "reason",
                        crate::localization::format_error(
                            &fluent_bundle::FluentError::ResolverError(
                                fluent_bundle::resolver::ResolverError::TooManyPlaceables,
                            ),
                        ),
                    ),
                ));
                continue;
            }
            let keys = entry
                .selects
                .iter()
                .flat_map(|s| s.keys.iter())
                .filter(|k| !k.numeric)
                .map(|k| FluentValue::from(k.name.clone()));
            let mut errors = Vec::new();
            for value in numbers.iter().cloned().chain(keys) {
                let mut args = FluentArgs::new();
                for variable in &variables {
                    args.set(variable.to_string(), value.clone());
                }
                let patterns = message
                    .value()
                    .into_iter()
                    .chain(message.attributes().map(|a| a.value()));
                for pattern in patterns {
                    bundle.format_pattern(pattern, Some(&args), &mut errors);
                }
            }
            errors.retain(|e| !reported_elsewhere(e));
            for reason in format_errors(&errors) {
                out.push(Diagnostic::error(
                    Some(file.location(entry.offset)),
                    Message::new(if locale == SOURCE {
                        "format-broken"
                    } else {
                        "format-fallback"
                    })
                    .arg("id", id.as_str())
                    .arg("locale", locale)
                    .arg("reason", reason),
                ));
            }
        }
    }
}

/// fluent-bundle's limit on placeables resolved in one formatting
/// (`MAX_PLACEABLES` in fluent-bundle 0.16 `resolver/pattern.rs`).
const MAX_PLACEABLES: usize = 100;

/// A lower bound of the placeables fluent-bundle resolves to format each
/// message, whatever the arguments, computed once per entry (linear in the
/// size of the resources).
struct Placeables<'a> {
    messages: BTreeMap<&'a str, &'a ast::Message<&'a str>>,
    terms: BTreeMap<&'a str, &'a ast::Term<&'a str>>,
    /// Per message or term id (terms keep their `-`): the bound, or `None`
    /// where a reference cycle passes (fluent-bundle cuts cycles depending on
    /// the path, so no bound is claimed there).
    memo: std::cell::RefCell<BTreeMap<String, Option<usize>>>,
}

impl<'a> Placeables<'a> {
    /// The entries as the bundle sees them: the first resource added wins.
    fn new(ui: Option<&'a FluentResource>, own: Option<&'a FluentResource>) -> Placeables<'a> {
        let mut messages = BTreeMap::new();
        let mut terms = BTreeMap::new();
        for resource in ui.into_iter().chain(own) {
            for entry in resource.entries() {
                match entry {
                    ast::Entry::Message(m) => {
                        messages.entry(m.id.name).or_insert(m);
                    }
                    ast::Entry::Term(t) => {
                        terms.entry(t.id.name).or_insert(t);
                    }
                    _ => {}
                }
            }
        }
        Placeables {
            messages,
            terms,
            memo: Default::default(),
        }
    }

    fn certainly_too_many(&self, id: &str) -> bool {
        self.bound(id.to_string())
            .is_some_and(|n| n > MAX_PLACEABLES)
    }

    fn pattern_of(&self, key: &str) -> Option<&'a ast::Pattern<&'a str>> {
        match key.strip_prefix('-') {
            Some(term) => self.terms.get(term).map(|t| &t.value),
            None => self.messages.get(key).and_then(|m| m.value.as_ref()),
        }
    }

    /// Walks the references depth first with an explicit stack (a chain of
    /// entries is as long as the file), and computes each entry's bound once
    /// all it references have theirs.
    fn bound(&self, root: String) -> Option<usize> {
        if let Some(known) = self.memo.borrow().get(&root) {
            return *known;
        }
        let mut on_path: BTreeSet<String> = BTreeSet::new();
        let mut stack: Vec<(String, Vec<String>)> = Vec::new();
        let children = |key: &str| {
            let mut out = Vec::new();
            if let Some(p) = self.pattern_of(key) {
                references(p, &mut out);
            }
            out
        };
        on_path.insert(root.clone());
        stack.push((root.clone(), children(&root)));
        while let Some((key, pending)) = stack.last_mut() {
            if let Some(next) = pending.pop() {
                if self.memo.borrow().contains_key(&next) {
                    continue;
                }
                if on_path.contains(&next) {
                    // A cycle: fluent-bundle cuts it where the path meets it.
                    self.memo.borrow_mut().insert(next, None);
                    continue;
                }
                let grand = children(&next);
                on_path.insert(next.clone());
                stack.push((next, grand));
                continue;
            }
            let key = key.clone();
            let bound = match self.pattern_of(&key) {
                Some(p) => self.pattern(p),
                None => Some(0),
            };
            on_path.remove(&key);
            stack.pop();
            // A member of a cycle may already be marked: keep the mark.
            self.memo.borrow_mut().entry(key).or_insert(bound);
        }
        self.memo.borrow().get(&root).copied().flatten()
    }

    /// Saturates past the limit: only "more than the limit" matters.
    fn pattern(&self, pattern: &ast::Pattern<&str>) -> Option<usize> {
        let mut total = 0usize;
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                total += 1 + self.expression(expression)?;
                if total > MAX_PLACEABLES {
                    return Some(total);
                }
            }
        }
        Some(total)
    }

    fn expression(&self, expression: &ast::Expression<&str>) -> Option<usize> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { variants, .. } => {
                let mut least: Option<usize> = None;
                for variant in variants {
                    let n = self.pattern(&variant.value)?;
                    least = Some(least.map_or(n, |l| l.min(n)));
                }
                Some(least.unwrap_or(0))
            }
        }
    }

    fn inline(&self, inline: &ast::InlineExpression<&str>) -> Option<usize> {
        match reference_key(inline) {
            // Computed before: `bound` visits what is referenced first.
            Some(key) => self.memo.borrow().get(&key).copied().flatten(),
            None => match inline {
                ast::InlineExpression::Placeable { expression } => self.expression(expression),
                // Attributes, functions and the rest: nothing is claimed.
                _ => Some(0),
            },
        }
    }
}

/// The entry a placeable's expression formats in full: a message (`id`) or a
/// term (`-id`) without attribute.
fn reference_key(inline: &ast::InlineExpression<&str>) -> Option<String> {
    match inline {
        ast::InlineExpression::MessageReference {
            id,
            attribute: None,
        } => Some(id.name.to_string()),
        ast::InlineExpression::TermReference {
            id,
            attribute: None,
            ..
        } => Some(format!("-{}", id.name)),
        _ => None,
    }
}

/// The entries a pattern formats in full, as `reference_key` names them.
fn references(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    fn expression(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Inline(inline) => {
                if let Some(key) = reference_key(inline) {
                    out.push(key);
                } else if let ast::InlineExpression::Placeable { expression: inner } = inline {
                    expression(inner, out);
                }
            }
            ast::Expression::Select { variants, .. } => {
                for variant in variants {
                    references(&variant.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression: e } = element {
            expression(e, out);
        }
    }
}

/// Resolver errors that other checks report at their exact place.
fn reported_elsewhere(error: &fluent_bundle::FluentError) -> bool {
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;
    matches!(
        error,
        fluent_bundle::FluentError::ResolverError(ResolverError::Reference(
            ReferenceKind::Variable { .. }
                | ReferenceKind::Message {
                    attribute: None,
                    ..
                }
                | ReferenceKind::Term {
                    attribute: None,
                    ..
                }
        ))
    )
}

fn list(set: &BTreeSet<String>) -> Arg {
    if set.is_empty() {
        Arg::Str("—".to_string())
    } else {
        Arg::and_list(set.iter().map(|v| format!("${v}")))
    }
}

/// Every slot of a template needs an English message; an F1 keyword belongs to one topic.
fn check_topics(
    source: &Source,
    catalog: &Catalog,
    en_files: &[String],
    en: &BTreeMap<String, FtlFile>,
    out: &mut Vec<Diagnostic>,
) {
    let mut claimed: BTreeMap<String, &str> = BTreeMap::new();
    let mut assetids: BTreeMap<String, String> = BTreeMap::new();
    for front in catalog.topics() {
        let topic = match catalog.load_topic(front) {
            Ok(topic) => topic,
            Err(Error::Content(d)) => {
                out.push(d);
                continue;
            }
            Err(other) => {
                out.push(Diagnostic::error(None, other.message()));
                continue;
            }
        };
        out.extend(topic.problems.iter().cloned());
        let id = front.id.as_str();
        let path = source.display(&format!("content/{id}.md"));
        let rel = format!("topics/{id}.ftl");
        let messages = en.get(&rel);
        // An English file that exists but cannot be read has its own error.
        let unreadable = messages.is_none() && en_files.contains(&rel);
        for line in topic.lines.iter().filter(|_| !unreadable) {
            for piece in &line.pieces {
                if let Piece::Slot { id: slot, col } = piece
                    && !messages.is_some_and(|m| m.entries.contains_key(slot))
                {
                    out.push(Diagnostic::error(
                        Some(Location {
                            file: path.clone(),
                            line: line.number,
                            col: *col,
                        }),
                        Message::new("lint-unfilled-slot").arg("id", slot.as_str()),
                    ));
                }
            }
        }
        check_assetid(source, front, &path, &mut assetids, out);
        for keyword in &front.f1 {
            match claimed.get(&keyword.to_lowercase()) {
                Some(first) => out.push(Diagnostic::error(
                    Some(Location::file(&path)),
                    Message::new("lint-duplicate-f1")
                        .arg("keyword", keyword.as_str())
                        .arg("first", *first)
                        .arg("second", id),
                )),
                None => {
                    claimed.insert(keyword.to_lowercase(), id);
                }
            }
        }
    }
}

/// The table of contents lists every topic (but the no-match page) once,
/// names only topics that exist, and names its sections with messages of
/// `ui.ftl`. A tree without `content/toc.yml` has nothing to check.
fn check_toc(source: &Source, catalog: &Catalog, ui: &FtlFile, out: &mut Vec<Diagnostic>) {
    let toc = match Toc::load_all(source) {
        Ok(Some((toc, problems))) => {
            out.extend(problems);
            toc
        }
        Ok(None) => return,
        Err(other) => {
            out.push(Diagnostic::error(None, other.message()));
            return;
        }
    };
    let file = source.display(TOC_FILE);
    let at = |item: &TocItem| Location {
        file: file.clone(),
        line: item.line,
        col: item.col,
    };
    let known: BTreeSet<&str> = catalog.topics().iter().map(|t| t.id.as_str()).collect();
    let mut listed = BTreeSet::new();
    for item in toc.entries() {
        if let Some(topic) = &item.topic {
            if !known.contains(topic.as_str()) {
                out.push(Diagnostic::error(
                    Some(at(item)),
                    Message::new("lint-toc-unknown").arg("id", topic.as_str()),
                ));
            } else if !listed.insert(topic.as_str()) {
                out.push(Diagnostic::warning(
                    Some(at(item)),
                    Message::new("lint-toc-twice").arg("id", topic.as_str()),
                ));
            }
        }
        if let Some(name) = &item.name
            && !ui.entries.contains_key(name)
        {
            out.push(Diagnostic::error(
                Some(at(item)),
                Message::new("lint-toc-name").arg("id", name.as_str()),
            ));
        }
    }
    for id in known
        .iter()
        .filter(|id| **id != NO_MATCH && !listed.contains(*id))
    {
        out.push(Diagnostic::error(
            Some(Location::file(&source.display(&format!("content/{id}.md")))),
            Message::new("lint-toc-missing").arg("id", *id),
        ));
    }
}

/// Every topic needs an `ms.assetid`, a GUID of its own: Microsoft
/// Learn-style repositories name a topic across languages and moves by it.
/// `path` is the topic file as shown; `seen` maps each GUID to its topic.
fn check_assetid(
    source: &Source,
    front: &FrontMatter,
    path: &str,
    seen: &mut BTreeMap<String, String>,
    out: &mut Vec<Diagnostic>,
) {
    let id = front.id.as_str();
    let Some(assetid) = &front.assetid else {
        out.push(Diagnostic::error(
            Some(Location {
                file: path.to_string(),
                line: 1,
                col: 1,
            }),
            Message::new("lint-no-assetid").arg("id", id),
        ));
        return;
    };
    // The line that gives it, for the location.
    let line = source
        .read(&format!("content/{id}.md"))
        .ok()
        .flatten()
        .and_then(|text| {
            text.lines().position(|l| {
                let l = l.trim_start();
                l.starts_with("assetid:") || l.starts_with("ms.assetid:")
            })
        })
        .map_or(1, |i| i + 1);
    let at = Location {
        file: path.to_string(),
        line,
        col: 1,
    };
    if !is_guid(assetid) {
        out.push(Diagnostic::error(
            Some(at),
            Message::new("lint-bad-assetid")
                .arg("value", assetid.as_str())
                .arg("id", id),
        ));
    } else if let Some(first) = seen.get(&assetid.to_lowercase()) {
        out.push(Diagnostic::error(
            Some(at),
            Message::new("lint-duplicate-assetid")
                .arg("value", assetid.as_str())
                .arg("first", first.as_str())
                .arg("second", id),
        ));
    } else {
        seen.insert(assetid.to_lowercase(), id.to_string());
    }
}

/// The text form of a UUID (RFC 9562, section 4): 32 hexadecimal digits in
/// groups of 8, 4, 4, 4 and 12, joined by hyphens.
fn is_guid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Counts of errors and warnings.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

#[cfg(test)]
mod tests {
    use super::plural_categories;
    use intl_pluralrules::PluralRuleType;

    #[test]
    fn plural_categories_are_the_runtime_cldr_ones() {
        let plural_categories_cardinal = |l| plural_categories(l, PluralRuleType::CARDINAL);
        assert_eq!(plural_categories_cardinal("en").unwrap(), ["one", "other"]);
        assert_eq!(
            plural_categories_cardinal("ru").unwrap(),
            ["one", "few", "many", "other"]
        );
        assert_eq!(plural_categories_cardinal("zh-TW").unwrap(), ["other"]);
        assert_eq!(plural_categories_cardinal("fr").unwrap(), ["one", "other"]);
        assert_eq!(plural_categories_cardinal("de").unwrap(), ["one", "other"]);
        assert_eq!(plural_categories_cardinal("es").unwrap(), ["one", "other"]);
        assert_eq!(
            plural_categories_cardinal("ar").unwrap(),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(
            plural_categories_cardinal("cy").unwrap(),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(
            plural_categories_cardinal("pl").unwrap(),
            ["one", "few", "many", "other"]
        );
    }
}
