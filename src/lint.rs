//! Content and translation QA: Fluent syntax, each locale against English, template
//! slots, and F1 keywords claimed twice.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use fluent_syntax::ast;

use crate::catalog::Catalog;
use crate::error::{Diagnostic, Error, LineIndex, Location, Message, Severity};
use crate::ftl;
use crate::language::SOURCE;
use crate::source::Source;
use crate::topic::Piece;

/// What one message or term uses.
#[derive(Debug, Default, Clone)]
struct Entry {
    offset: usize,
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
    /// The value as text and term references, for resolving what a term reads.
    value: Vec<ValuePart>,
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
    entries: BTreeMap<String, Entry>,
    lines: LineIndex,
}

impl FtlFile {
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
    let empty = FtlFile {
        path: String::new(),
        text: String::new(),
        entries: BTreeMap::new(),
        lines: LineIndex::default(),
    };
    let en_ui = en.get("ui.ftl").unwrap_or(&empty);
    for (rel, file) in &en {
        check_references(file, en_ui, &mut out);
        if rel.starts_with("topics/") {
            check_bold_names(file, en_ui, &mut out);
        }
    }

    for locale in locales.iter().filter(|l| l.as_str() != SOURCE) {
        let mut files: BTreeMap<String, FtlFile> = BTreeMap::new();
        for rel in ftl_files(source, locale)? {
            if let Some(file) = read_ftl(source, locale, &rel, &mut out)? {
                files.insert(rel, file);
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
        for (rel, file) in &files {
            check_references(file, ui, &mut out);
            if rel.starts_with("topics/") {
                check_bold_names(file, ui, &mut out);
            }
            if !en.contains_key(rel) {
                for (id, entry) in &file.entries {
                    out.push(Diagnostic::warning(
                        Some(file.location(entry.offset)),
                        obsolete(id, locale),
                    ));
                }
            }
        }
    }

    check_topics(source, &catalog, &en, &mut out);
    out.sort_by(|a, b| {
        a.location
            .cmp(&b.location)
            .then(a.severity.cmp(&b.severity))
    });
    Ok(out)
}

fn obsolete(id: &str, locale: &str) -> Message {
    Message::new("lint-obsolete-message")
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
    // Where each message and term starts, in file order, from the reference
    // parse; fluent-syntax reads the same valid entries in the same order.
    let mut starts: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for entry in &checked.entries {
        if let ftl::Kind::Message(id) | ftl::Kind::Term(id) = &entry.kind {
            starts.entry(id).or_default().push_back(entry.span.start);
        }
    }
    let mut entries = BTreeMap::new();
    for entry in &resource.body {
        let (id, patterns): (String, Vec<&ast::Pattern<&str>>) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => continue,
        };
        let offset = starts
            .get_mut(id.as_str())
            .and_then(VecDeque::pop_front)
            .unwrap_or(0);
        let mut used = Entry {
            offset,
            ..Entry::default()
        };
        if let Some(first) = patterns.first() {
            used.value = pieces(first);
        }
        for pattern in patterns {
            walk_pattern(pattern, &mut used);
        }
        entries.insert(id, used);
    }
    Ok(Some(FtlFile {
        path,
        lines: LineIndex::new(&text),
        text,
        entries,
    }))
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

fn walk_pattern(pattern: &ast::Pattern<&str>, used: &mut Entry) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, used);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, used: &mut Entry) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, used);
            for variant in variants {
                walk_pattern(&variant.value, used);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, used),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, used: &mut Entry) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            used.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            used.messages.insert(id.name.to_string());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            used.terms.insert(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, used);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, used)
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, used),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, used: &mut Entry) {
    for value in arguments
        .positional
        .iter()
        .chain(arguments.named.iter().map(|n| &n.value))
    {
        walk_inline(value, used);
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
                    Message::new("lint-ui-clash").arg("id", id.as_str()),
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

/// One locale's file against English: missing, obsolete, and different variables.
fn compare(
    en: &FtlFile,
    file: &FtlFile,
    locale: &str,
    missing: Severity,
    out: &mut Vec<Diagnostic>,
) {
    for (id, en_entry) in &en.entries {
        match file.entries.get(id) {
            None => out.push(Diagnostic {
                severity: missing,
                location: Some(Location::file(&file.path)),
                message: Message::new("lint-missing-message")
                    .arg("id", id.as_str())
                    .arg("locale", locale),
            }),
            Some(entry) if entry.variables != en_entry.variables => out.push(Diagnostic::error(
                Some(file.location(entry.offset)),
                Message::new("lint-variables-differ")
                    .arg("id", id.as_str())
                    .arg("found", list(&entry.variables))
                    .arg("expected", list(&en_entry.variables)),
            )),
            Some(_) => {}
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

fn list(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "—".to_string()
    } else {
        set.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Every slot of a template needs an English message; an F1 keyword belongs to one topic.
fn check_topics(
    source: &Source,
    catalog: &Catalog,
    en: &BTreeMap<String, FtlFile>,
    out: &mut Vec<Diagnostic>,
) {
    let mut claimed: BTreeMap<String, &str> = BTreeMap::new();
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
        let messages = en.get(&format!("topics/{id}.ftl"));
        for line in &topic.lines {
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

/// Counts of errors and warnings.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}
