//! Typography of translations, per locale: what `docwiz lint` reports in the
//! text of messages and terms, and the edits `docwiz lint --fix` makes.
//!
//! Only what a reader sees as prose is looked at: never ids, placeables
//! `{ … }`, Markdown code spans, URLs, link destinations, `<…>` placeholders
//! and tags, or GFM alert markers. Each rule and where its data comes from:
//!
//! - French (`fr`): a no-break space before `: ; ? !` and inside « » (after
//!   « and before »), as the Imprimerie nationale's *Lexique des règles
//!   typographiques* and Microsoft's French Style Guide ask; docwiz uses the
//!   narrow one, U+202F (the Lexique's «fine»), for all four, so the locale
//!   has one space there; the apostrophe is ’ (U+2019), as in Microsoft's
//!   French pages, not '.
//! - German (`de`): quotation marks „…“ (inner ‚…‘), as Duden's
//!   *Rechtschreibregeln* (Anführungszeichen) and Microsoft's German Style
//!   Guide give them; "…" and “…” are not German.
//! - Spanish (`es`): one style within the locale, the «…» the files use
//!   (inner “…”), as the RAE's *Ortografía* (2010) orders them.
//! - Russian (`ru`): «…» (inner „…“), as Мильчин and Чельцова's
//!   *Справочник издателя и автора* and Розенталь's *Справочник по
//!   правописанию и литературной правке* give them.
//! - Traditional Chinese (`zh-TW`): full-width punctuation （，。：；？！）
//!   after Chinese text and no space next to it, as the Ministry of
//!   Education's 重訂標點符號手冊 (2008) sets it; one rule for parentheses:
//!   full-width （…） around text that holds a Chinese character, half-width
//!   (…) with a space on the Chinese side around text that holds none (as
//!   Windows writes 憑證授權單位 (CA)).
//!
//! English is the source and has no rule here.

use crate::error::Message;

/// One pattern (a value, an attribute or a select variant) as the reader
/// sees it: its characters, each with its byte offset in the file, and
/// U+FFFC for a placeable.
#[derive(Debug, Clone, Default)]
pub struct Prose {
    chars: Vec<char>,
    /// Byte offset of each character in the file (of the placeable's `{`).
    offsets: Vec<usize>,
    /// Byte length in the file of each character (0 for a placeable).
    lengths: Vec<usize>,
    /// Whether each character is prose (not code, URL, Markdown syntax or a placeable).
    prose: Vec<bool>,
    /// Per placeable (in order): the term or message it shows in full, if any.
    references: Vec<Option<String>>,
    /// Per placeable: the text of its variants, when it is a select.
    variants_text: Vec<String>,
    /// Per placeable: the variable it shows, if any (`$` left out).
    variables: Vec<Option<String>>,
}

/// The object replacement character stands for a placeable.
pub const PLACEABLE: char = '\u{fffc}';
const NNBSP: char = '\u{202f}';

/// A change to a file: bytes `start..end` become `text`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A rule broken at a byte offset, with the edits that mend it.
#[derive(Debug, Clone)]
pub struct Finding {
    pub offset: usize,
    pub message: Message,
    pub edits: Vec<Edit>,
}

/// Builds the prose of a pattern and of each pattern nested in it (select
/// variants), in order. `text` is the file the pattern was parsed from.
pub fn patterns(text: &str, pattern: &fluent_syntax::ast::Pattern<&str>) -> Vec<Prose> {
    let mut out = vec![Prose::default()];
    collect(text, pattern, 0, &mut out);
    for prose in &mut out {
        prose.mask();
    }
    out
}

fn collect(
    text: &str,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    me: usize,
    out: &mut Vec<Prose>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                let Some(start) = offset_of(text, value) else {
                    continue;
                };
                let prose = &mut out[me];
                for (i, c) in value.char_indices() {
                    prose.chars.push(c);
                    prose.offsets.push(start + i);
                    prose.lengths.push(c.len_utf8());
                }
            }
            PatternElement::Placeable { expression } => {
                let (reference, variable) = match expression {
                    Expression::Inline(InlineExpression::TermReference {
                        id,
                        attribute: None,
                        ..
                    }) => (Some(format!("-{}", id.name)), None),
                    Expression::Inline(InlineExpression::MessageReference {
                        id,
                        attribute: None,
                    }) => (Some(id.name.to_string()), None),
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        (None, Some(id.name.to_string()))
                    }
                    Expression::Inline(InlineExpression::FunctionReference {
                        arguments, ..
                    }) => {
                        let variable = arguments.positional.first().and_then(|a| match a {
                            InlineExpression::VariableReference { id } => Some(id.name.to_string()),
                            _ => None,
                        });
                        (None, variable)
                    }
                    _ => (None, None),
                };
                let at = offset_of(text, element_text(expression)).unwrap_or(0);
                let prose = &mut out[me];
                prose.chars.push(PLACEABLE);
                prose.offsets.push(at);
                prose.lengths.push(0);
                prose.references.push(reference);
                prose.variables.push(variable);
                let mut variants_text = String::new();
                if let Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        for e in &variant.value.elements {
                            if let PatternElement::TextElement { value } = e {
                                variants_text.push_str(value);
                            }
                        }
                    }
                }
                out[me].variants_text.push(variants_text);
                if let Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        out.push(Prose::default());
                        let index = out.len() - 1;
                        collect(text, &variant.value, index, out);
                    }
                }
            }
        }
    }
}

/// A slice of the file inside the expression, for its place.
fn element_text<'s>(expression: &fluent_syntax::ast::Expression<&'s str>) -> &'s str {
    use fluent_syntax::ast::{Expression, InlineExpression};
    let inline = match expression {
        Expression::Inline(inline) => inline,
        Expression::Select { selector, .. } => selector,
    };
    match inline {
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
            value
        }
        InlineExpression::FunctionReference { id, .. }
        | InlineExpression::MessageReference { id, .. }
        | InlineExpression::TermReference { id, .. }
        | InlineExpression::VariableReference { id } => id.name,
        InlineExpression::Placeable { expression } => element_text(expression),
    }
}

/// Where `part`, a slice of `text`, starts in it.
fn offset_of(text: &str, part: &str) -> Option<usize> {
    let start = text.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= start && at + part.len() <= start + text.len()).then(|| at - start)
}

impl Prose {
    /// The variables this pattern shows (not those it only selects on).
    pub fn shows_variable(&self, name: &str) -> bool {
        self.variables.iter().any(|v| v.as_deref() == Some(name))
    }

    /// The whole text, placeables as U+FFFC.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// Byte offset in the file of the character at `i`.
    pub fn offset(&self, i: usize) -> usize {
        self.offsets[i]
    }

    /// Whether the character at `i` is prose.
    pub fn is_prose(&self, i: usize) -> bool {
        self.prose[i]
    }

    /// Byte offset in the file just after the character at `i`.
    pub fn end_offset(&self, i: usize) -> usize {
        self.offsets[i] + self.lengths[i]
    }

    /// The term or message the placeable at `i` shows in full, if `i` is one.
    pub fn placeable_reference(&self, i: usize) -> Option<&str> {
        if self.chars.get(i) != Some(&PLACEABLE) {
            return None;
        }
        let nth = self.chars[..i].iter().filter(|c| **c == PLACEABLE).count();
        self.references.get(nth)?.as_deref()
    }

    /// Marks what is not prose: placeables, code spans, URLs, link
    /// destinations, `<…>`, and GFM alert markers `[!NOTE]`.
    fn mask(&mut self) {
        let c = &self.chars;
        let n = c.len();
        let mut prose: Vec<bool> = c.iter().map(|c| *c != PLACEABLE).collect();
        let off = |from: usize, to: usize, prose: &mut Vec<bool>| {
            for p in prose.iter_mut().take(to.min(n)).skip(from) {
                *p = false;
            }
        };
        let starts = |i: usize, s: &str| {
            (i..)
                .zip(s.chars())
                .all(|(j, want)| c.get(j) == Some(&want))
        };
        let mut i = 0;
        while i < n {
            if c[i] == '`' {
                // A code span: a run of backticks closed by a run of the same length.
                let run = c[i..].iter().take_while(|b| **b == '`').count();
                let mut j = i + run;
                let mut close = None;
                while j < n {
                    if c[j] == '`' {
                        let other = c[j..].iter().take_while(|b| **b == '`').count();
                        if other == run {
                            close = Some(j + other);
                            break;
                        }
                        j += other;
                    } else {
                        j += 1;
                    }
                }
                let end = close.unwrap_or(i + run);
                off(i, end, &mut prose);
                i = end;
                continue;
            }
            let word_start = i == 0 || !c[i - 1].is_alphanumeric();
            if word_start
                && [
                    "https://", "http://", "ftp://", "mailto:", "www.", "file://",
                ]
                .iter()
                .any(|s| starts(i, s))
            {
                let end = (i..n).find(|j| c[*j].is_whitespace()).unwrap_or(n);
                off(i, end, &mut prose);
                i = end;
                continue;
            }
            if starts(i, "](") {
                let end = (i..n).find(|j| c[*j] == ')').map_or(n, |j| j + 1);
                off(i + 1, end, &mut prose);
                i = end;
                continue;
            }
            if starts(i, "[!") {
                let end = (i..n)
                    .take_while(|j| !c[*j].is_whitespace())
                    .find(|j| c[*j] == ']')
                    .map_or(i + 2, |j| j + 1);
                off(i, end, &mut prose);
                i = end;
                continue;
            }
            if c[i] == '<'
                && c.get(i + 1).is_some_and(|d| !d.is_whitespace())
                && let Some(end) = (i + 1..n)
                    .take_while(|j| c[*j] != '\n' && c[*j] != '<')
                    .find(|j| c[*j] == '>')
            {
                off(i, end + 1, &mut prose);
                i = end + 1;
                continue;
            }
            i += 1;
        }
        self.prose = prose;
    }

    fn get(&self, i: isize) -> Option<char> {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.chars.get(i).copied())
    }

    /// The next character after `i` that is not Markdown emphasis or a
    /// closing quote or bracket, and its index.
    fn next_visible(&self, i: usize, skip: &str) -> (usize, Option<char>) {
        let mut j = i + 1;
        while let Some(c) = self.chars.get(j) {
            if !skip.contains(*c) {
                return (j, Some(*c));
            }
            j += 1;
        }
        (j, None)
    }

    fn replace(&self, i: usize, text: &str) -> Edit {
        Edit {
            start: self.offsets[i],
            end: self.offsets[i] + self.lengths[i],
            text: text.to_string(),
        }
    }

    fn insert_before(&self, i: usize, text: &str) -> Edit {
        Edit {
            start: self.offsets[i],
            end: self.offsets[i],
            text: text.to_string(),
        }
    }

    fn insert_after(&self, i: usize, text: &str) -> Edit {
        let at = self.offsets[i] + self.lengths[i];
        Edit {
            start: at,
            end: at,
            text: text.to_string(),
        }
    }

    /// Whether the placeable or text at `i` reads as Chinese: a Chinese
    /// character or punctuation mark, or a placeable showing a term, message
    /// or variants whose text has a Chinese character.
    fn chinese_at(&self, i: usize, resolve: &dyn Fn(&str) -> Option<String>) -> bool {
        if self.chars[i] != PLACEABLE {
            let c = self.chars[i];
            return is_han(c) || (FULL_WIDTH.contains(c) && c != '（' && c != '）');
        }
        let nth = self.chars[..i].iter().filter(|c| **c == PLACEABLE).count();
        if self
            .variants_text
            .get(nth)
            .is_some_and(|t| t.chars().any(is_han))
        {
            return true;
        }
        self.references
            .get(nth)
            .and_then(|r| r.as_deref())
            .and_then(resolve)
            .is_some_and(|t| t.chars().any(is_han))
    }
}

/// Han ideographs (with extensions and compatibility ideographs) and Bopomofo.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3134f}' | '\u{3100}'..='\u{312f}' | '\u{31a0}'..='\u{31bf}')
}

/// Full-width punctuation of Chinese text (重訂標點符號手冊's marks).
const FULL_WIDTH: &str = "，。、：；？！（）「」『』《》〈〉";
/// Emphasis markers between a mark and the space after it.
const EMPHASIS: &str = "*_";

/// Whether `locale` has typography rules here.
pub fn has_rules(locale: &str) -> bool {
    matches!(lang(locale), "fr" | "de" | "es" | "ru" | "zh")
}

fn lang(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

/// The findings of one pattern in `locale`. `resolve` gives the text of a
/// term or message by id (for what a placeable shows).
pub fn check(
    locale: &str,
    prose: &Prose,
    resolve: &dyn Fn(&str) -> Option<String>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    match lang(locale) {
        "fr" => {
            french(prose, &mut out);
            quotes(prose, ('«', '»'), ('“', '”'), &mut out);
        }
        "de" => quotes(prose, ('„', '“'), ('‚', '‘'), &mut out),
        "es" => quotes(prose, ('«', '»'), ('“', '”'), &mut out),
        "ru" => quotes(prose, ('«', '»'), ('„', '“'), &mut out),
        "zh" => {
            chinese(prose, resolve, &mut out);
            quotes(prose, ('「', '」'), ('『', '』'), &mut out);
        }
        _ => {}
    }
    out
}

fn finding(prose: &Prose, i: usize, id: &'static str, edits: Vec<Edit>) -> Finding {
    Finding {
        offset: prose.offsets[i],
        message: Message::new(id),
        edits,
    }
}

/// U+202F before `: ; ? !` and inside « »; ’ for the apostrophe.
fn french(p: &Prose, out: &mut Vec<Finding>) {
    let spaces = [' ', '\u{a0}', '\u{2009}'];
    for i in 0..p.chars.len() {
        if !p.prose[i] {
            continue;
        }
        let c = p.chars[i];
        let before = p.get(i as isize - 1);
        match c {
            ':' | ';' | '?' | '!' => {
                // Punctuation only when a space or the end follows (after
                // emphasis or closing marks): not `::`, 10:30, `a:b`, `?x`.
                let (_, next) = p.next_visible(i, "*_»”\")]'");
                let follows = match next {
                    None => true,
                    Some(n) => n.is_whitespace() || ("?!".contains(c) && "?!".contains(n)),
                };
                let Some(before) = before else { continue };
                if !follows || ":;?!\n([«".contains(before) || before == NNBSP {
                    continue;
                }
                let edit = if spaces.contains(&before) {
                    p.replace(i - 1, "\u{202f}")
                } else {
                    p.insert_before(i, "\u{202f}")
                };
                out.push(
                    finding(p, i, "lint-typo-fr-space", vec![edit]).with("char", c.to_string()),
                );
            }
            '«' => match p.get(i as isize + 1) {
                None | Some(NNBSP) | Some('\n') => {}
                Some(next) => {
                    let edit = if spaces.contains(&next) {
                        p.replace(i + 1, "\u{202f}")
                    } else {
                        p.insert_after(i, "\u{202f}")
                    };
                    out.push(finding(p, i, "lint-typo-fr-guillemet", vec![edit]).with("char", "«"));
                }
            },
            '»' => match before {
                None | Some(NNBSP) | Some('\n') => {}
                Some(b) => {
                    let edit = if spaces.contains(&b) {
                        p.replace(i - 1, "\u{202f}")
                    } else {
                        p.insert_before(i, "\u{202f}")
                    };
                    out.push(finding(p, i, "lint-typo-fr-guillemet", vec![edit]).with("char", "»"));
                }
            },
            '\'' => {
                let letter =
                    |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() || c == PLACEABLE);
                if letter(before) && letter(p.get(i as isize + 1)) {
                    out.push(finding(
                        p,
                        i,
                        "lint-typo-fr-apostrophe",
                        vec![p.replace(i, "’")],
                    ));
                }
            }
            _ => {}
        }
    }
}

/// Double quotation marks of the locale's style: `outer` at the first level,
/// `inner` inside it. Single quotes are left alone (’ is the apostrophe).
fn quotes(p: &Prose, outer: (char, char), inner: (char, char), out: &mut Vec<Finding>) {
    const MARKS: &str = "\"“”„«»「」『』";
    let mut depth = 0usize;
    for i in 0..p.chars.len() {
        let c = p.chars[i];
        if !p.prose[i] || !MARKS.contains(c) {
            continue;
        }
        let opening = match c {
            '«' | '„' | '「' | '『' => true,
            '»' | '」' | '』' => false,
            // The closing mark of the quotation that is open closes it.
            _ if depth == 1 && c == outer.1 || depth > 1 && c == inner.1 => false,
            // Else " “ ”: by place, a mark after a space or at the start opens.
            _ => match p.get(i as isize - 1) {
                None => true,
                Some(b) => b.is_whitespace() || "([{/–—-«„「『".contains(b),
            },
        };
        let expected = if opening {
            depth += 1;
            if depth == 1 { outer.0 } else { inner.0 }
        } else {
            let level = depth;
            depth = depth.saturating_sub(1);
            if level <= 1 { outer.1 } else { inner.1 }
        };
        if c != expected {
            out.push(
                finding(
                    p,
                    i,
                    "lint-typo-quotes",
                    vec![p.replace(i, &expected.to_string())],
                )
                .with("found", c.to_string())
                .with("expected", expected.to_string())
                .with("open", outer.0.to_string())
                .with("close", outer.1.to_string()),
            );
        }
    }
}

/// Full-width punctuation after Chinese text, no space next to it, and
/// parentheses by what they hold.
fn chinese(p: &Prose, resolve: &dyn Fn(&str) -> Option<String>, out: &mut Vec<Finding>) {
    let n = p.chars.len();
    let chinese_before =
        |i: usize| i > 0 && (is_han(p.chars[i - 1]) || FULL_WIDTH.contains(p.chars[i - 1]));
    // The spaces from `from` on, for deletion.
    let spaces_from = |from: usize| -> Vec<Edit> {
        (from..n)
            .take_while(|j| p.chars[*j] == ' ')
            .map(|j| p.replace(j, ""))
            .collect()
    };
    for i in 0..n {
        if !p.prose[i] {
            continue;
        }
        let c = p.chars[i];
        if FULL_WIDTH.contains(c) && c != '（' && c != '）' {
            // A space after it (past emphasis markers) or before it.
            let (j, next) = p.next_visible(i, EMPHASIS);
            if next == Some(' ') {
                out.push(
                    finding(p, i, "lint-typo-zh-space", spaces_from(j)).with("char", c.to_string()),
                );
            }
            if let Some(edits) = space_before(p, i) {
                out.push(finding(p, i, "lint-typo-zh-space", edits).with("char", c.to_string()));
            }
        }
        let wide = match c {
            ',' => '，',
            ':' => '：',
            ';' => '；',
            '?' => '？',
            '!' => '！',
            '.' => '。',
            _ => continue,
        };
        let next = p.get(i as isize + 1);
        let ends = next.is_none_or(|n| n == ' ' || n == '\n' || is_han(n));
        if chinese_before(i) && ends && (c != '.' || is_han(p.chars[i - 1])) {
            let mut edits = vec![p.replace(i, &wide.to_string())];
            edits.extend(spaces_from(i + 1));
            out.push(
                finding(p, i, "lint-typo-zh-full-width", edits)
                    .with("found", c.to_string())
                    .with("expected", wide.to_string()),
            );
        }
    }
    parentheses(p, resolve, out);
}

/// The spaces right before a full-width mark, unless they follow the start
/// of a line or a Markdown block marker there (`- `, `> `, `1. `).
fn space_before(p: &Prose, i: usize) -> Option<Vec<Edit>> {
    let mut j = i;
    while j > 0 && p.chars[j - 1] == ' ' {
        j -= 1;
    }
    if j == i || j == 0 {
        return None;
    }
    let line_start = p.chars[..j]
        .iter()
        .rposition(|c| *c == '\n')
        .map_or(0, |l| l + 1);
    let before: String = p.chars[line_start..j].iter().collect();
    let marker = before.trim_start();
    if marker.is_empty()
        || ["-", "*", "+", ">"].contains(&marker)
        || marker
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some((j..i).map(|k| p.replace(k, "")).collect())
}

/// Parentheses: full-width （…） around text holding a Chinese character,
/// half-width (…) around text holding none, with a space on each side that
/// touches a Chinese character or a placeable.
fn parentheses(p: &Prose, resolve: &dyn Fn(&str) -> Option<String>, out: &mut Vec<Finding>) {
    let n = p.chars.len();
    let mut open: Vec<usize> = Vec::new();
    for i in 0..n {
        if !p.prose[i] {
            continue;
        }
        match p.chars[i] {
            '(' | '（' => open.push(i),
            ')' | '）' => {
                let Some(start) = open.pop() else { continue };
                if i == start + 1 {
                    // `()`: a function's call, not a parenthesis.
                    continue;
                }
                let chinese = (start + 1..i).any(|k| p.chinese_at(k, resolve));
                let full = (p.chars[start] == '（', p.chars[i] == '）');
                let mut edits = Vec::new();
                if chinese {
                    // No space outside a full-width parenthesis either.
                    let mut spaces = space_before(p, start).unwrap_or_default();
                    spaces.extend(
                        (i + 1..n)
                            .take_while(|j| p.chars[*j] == ' ')
                            .map(|j| p.replace(j, "")),
                    );
                    if full == (true, true) {
                        if !spaces.is_empty() {
                            out.push(
                                finding(p, start, "lint-typo-zh-space", spaces).with("char", "（"),
                            );
                        }
                        continue;
                    }
                    edits.push(p.replace(start, "（"));
                    edits.push(p.replace(i, "）"));
                    edits.extend(spaces);
                } else if !chinese && full != (false, false) {
                    // Past emphasis markers: `**{ -button-assign }** (…)`.
                    let touches = |k: Option<char>| {
                        k.is_some_and(|k| is_han(k) || k == PLACEABLE || k.is_alphanumeric())
                    };
                    let mut b = start;
                    while b > 0 && EMPHASIS.contains(p.chars[b - 1]) {
                        b -= 1;
                    }
                    let (_, next) = p.next_visible(i, EMPHASIS);
                    let (before, after) = match (b, touches(next)) {
                        (0, a) => ("(", a),
                        (b, a) if touches(Some(p.chars[b - 1])) => (" (", a),
                        (_, a) => ("(", a),
                    };
                    let after = if after { ") " } else { ")" };
                    edits.push(p.replace(start, before));
                    edits.push(p.replace(i, after));
                } else {
                    continue;
                }
                let (found_open, found_close) = (p.chars[start], p.chars[i]);
                let (open_mark, close_mark) = if chinese { ('（', '）') } else { ('(', ')') };
                out.push(
                    finding(p, start, "lint-typo-zh-parentheses", edits)
                        .with("found", format!("{found_open}…{found_close}"))
                        .with("expected", format!("{open_mark}…{close_mark}")),
                );
            }
            _ => {}
        }
    }
}

impl Finding {
    fn with(mut self, name: &'static str, value: impl Into<crate::error::Arg>) -> Finding {
        self.message = self.message.arg(name, value);
        self
    }
}

/// Applies the edits that do not overlap an earlier one (by start); returns
/// the new text and how many were applied. Edits are byte ranges of `text`.
pub fn apply(text: &str, edits: &[Edit]) -> (String, usize) {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort();
    sorted.dedup();
    let mut out = String::with_capacity(text.len() + edits.len() * 3);
    let mut at = 0;
    let mut last_insert = None;
    let mut applied = 0;
    for edit in sorted {
        if edit.start < at || (edit.start == edit.end && last_insert == Some(edit.start)) {
            continue;
        }
        out.push_str(&text[at..edit.start]);
        out.push_str(&edit.text);
        at = edit.end;
        if edit.start == edit.end {
            last_insert = Some(edit.start);
        }
        applied += 1;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The findings of `value` as the value of a message in `locale`, and
    /// the value once the edits are made.
    fn run(locale: &str, value: &str) -> (Vec<&'static str>, String) {
        let source = format!("key = {value}\n");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("valid FTL");
        let fluent_syntax::ast::Entry::Message(m) = &resource.body[0] else {
            panic!("a message");
        };
        let resolve = |id: &str| (id == "-zh-term").then(|| "憑證".to_string());
        let mut ids = Vec::new();
        let mut edits = Vec::new();
        for prose in patterns(&source, m.value.as_ref().unwrap()) {
            for f in check(locale, &prose, &resolve) {
                ids.push(f.message.id);
                edits.extend(f.edits);
            }
        }
        let (fixed, _) = apply(&source, &edits);
        (
            ids,
            fixed.trim_start_matches("key = ").trim_end().to_string(),
        )
    }

    fn clean(locale: &str, value: &str) {
        let (ids, _) = run(locale, value);
        assert!(ids.is_empty(), "{locale} {value:?}: {ids:?}");
    }

    fn fixed(locale: &str, value: &str, expected: &str) {
        let (ids, fixed) = run(locale, value);
        assert!(!ids.is_empty(), "{locale} {value:?} reported nothing");
        assert_eq!(fixed, expected, "{locale} {value:?}");
        clean(locale, &fixed);
    }

    #[test]
    fn french_colon_outside_prose_is_not_punctuation() {
        for value in [
            "Voir https://example.com:8443/a?b=c pour cela.",
            "Il est 10:30 et l\u{2019}écran est en 16:9.",
            "Le chemin `C:\\docwiz` et `a : b`.",
            "Appelez std::fs ou ``x :`` ici.",
            "Voir [la page](topic:certificate-details#fields) ou <http://x.y>.",
            "{ $path }:{ $line }",
            "> [!NOTE]\n    > Texte",
            "Le lien www.example.com:80 ici.",
            "Deux\u{202f}: points\u{202f}; et\u{202f}? ou\u{202f}!",
            "«\u{202f}{ $item }\u{202f}»",
            "Vraiment\u{202f}?! Oui.",
        ] {
            clean("fr", value);
        }
    }

    #[test]
    fn french_spaces_are_fixed_in_text_only() {
        for (value, expected) in [
            ("Erreur : { $reason }", "Erreur\u{202f}: { $reason }"),
            ("Erreur: `a:b` ; ok", "Erreur\u{202f}: `a:b`\u{202f}; ok"),
            ("{ $label }: ok ?", "{ $label }\u{202f}: ok\u{202f}?"),
            ("**Remarque :** texte", "**Remarque\u{202f}:** texte"),
            ("« { $item } »", "«\u{202f}{ $item }\u{202f}»"),
            ("«{ $item }»", "«\u{202f}{ $item }\u{202f}»"),
            (
                "l'aide d'{ -product }",
                "l\u{2019}aide d\u{2019}{ -product }",
            ),
            (
                "{ $n ->\n    [one] l'un :\n   *[other] l'autre\n}",
                "{ $n ->\n    [one] l\u{2019}un\u{202f}:\n   *[other] l\u{2019}autre\n}",
            ),
        ] {
            fixed("fr", value, expected);
        }
    }

    #[test]
    fn german_quotes() {
        clean("de", "Im Speicher „{ -store-root }“ und ‚innen‘.");
        clean("de", "Code `\"x\"` bleibt, direkt nach „> “, so.");
        fixed(
            "de",
            "Im Speicher \"{ -store-root }\".",
            "Im Speicher „{ -store-root }“.",
        );
        fixed("de", "Die Seite “Status” zeigt", "Die Seite „Status“ zeigt");
    }

    #[test]
    fn spanish_and_russian_quotes() {
        clean("es", "El uso «{ -usage-default }» y «dice “hola”».");
        fixed(
            "es",
            "El uso \"{ -usage-default }\" requiere",
            "El uso «{ -usage-default }» requiere",
        );
        clean("ru", "Хранилище «{ -store-root }» и «вложенные „кавычки“».");
        fixed("ru", "Кнопка “Готово” и \"Да\"", "Кнопка «Готово» и «Да»");
    }

    #[test]
    fn chinese_punctuation_and_parentheses() {
        for value in [
            "選擇憑證授權單位 (CA)，然後按「完成」。",
            "函式 { $id }() 不存在；請見 `a, b`（選項）。",
            "- 「項目」\n    - 第二項",
            "（RFC 5280，4.2.1.1）與 (RFC 6125)",
            "不受信任（{ $s ->\n    [a] 根 CA\n   *[other] 無法驗證\n}）。",
        ] {
            clean("zh-TW", value);
        }
        for (value, expected) in [
            ("**{ $label }：** { $value }", "**{ $label }：**{ $value }"),
            ("憑證, 金鑰: 完成.", "憑證，金鑰：完成。"),
            (
                "{ $subject }（{ $thumbprint }）到期",
                "{ $subject } ({ $thumbprint }) 到期",
            ),
            ("名稱（FQDN）。", "名稱 (FQDN)。"),
            ("按一下**完成**（`x`）", "按一下**完成** (`x`)"),
            ("網域名稱 (選項 `--fqdn`)", "網域名稱（選項 `--fqdn`）"),
            ("用於 ({ -zh-term })", "用於（{ -zh-term }）"),
            ("完成。 下一步", "完成。下一步"),
            ("憑證 （選項） 下一步", "憑證（選項）下一步"),
        ] {
            fixed("zh-TW", value, expected);
        }
    }
}
