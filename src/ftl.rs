//! The Fluent syntax checker: reads a `.ftl` text with the Fluent syntax 1.0
//! grammar exactly as the reference parser does (projectfluent/fluent.js,
//! `@fluent/syntax` `FluentParser`, whose results the specification's fixtures
//! record), and tells for every entry whether it is valid or Junk, with the
//! reference's error code (E0002…E0029) and byte offset.
//!
//! It builds no AST: fluent-syntax and fluent-bundle still read the text, but
//! only after [`check`] has blanked the Junk, so that a broken entry costs
//! nothing but itself (the reference keeps the next valid message; fluent-syntax
//! alone sometimes does not) and so that fluent-syntax, which recurses once per
//! nesting level, never sees a nesting deeper than [`MAX_DEPTH`].
//!
//! Recursion here is bounded too: placeables and call argument lists may nest
//! [`MAX_DEPTH`] levels; one more makes the entry Junk with
//! [`SyntaxError::TooDeep`], whatever the depth of the input, balanced or not.
//! That Junk ends where any Junk ends: at the next line that starts with
//! `a-zA-Z`, `-` or `#`.
//!
//! Two points where "the reference" needs saying precisely:
//! - A broken attribute after a value (or after a valid attribute) leaves the
//!   message valid and is Junk on its own, as the specification's reference
//!   parser and its fixtures have it; fluent.js makes the whole entry Junk
//!   (its issue 237). Error codes and offsets are fluent.js's in both cases.
//! - Line ends are LF and CRLF; a lone CR is an ordinary character, as in the
//!   grammar (`line_end ::= "\u000D\u000A" | "\u000A" | EOF`) and fixtures
//!   `cr_*`.
//!
//! Checked against all 39 fixtures of the specification (tests/fluent_fixtures.rs).

use std::collections::HashSet;
use std::ops::Range;

use crate::error::{Diagnostic, LineIndex, Message};

/// How deep placeables (`{`) and call argument lists (`(`) may nest in one
/// entry. fluent-bundle resolves at most 100 placeables per message
/// (`MAX_PLACEABLES` in its resolver), so a deeper nesting could not be shown
/// anyway.
pub const MAX_DEPTH: usize = 100;

/// A syntax error: the reference parser's codes and arguments
/// (fluent.js `fluent-syntax/src/errors.ts`), plus the nesting limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxError {
    /// E0002: a line at column 1 that starts no message, term or comment.
    ExpectedEntry,
    /// E0003: this token was expected (`␤` for the end of a line).
    ExpectedToken(char),
    /// E0004: a character from this range was expected.
    ExpectedCharRange(&'static str),
    /// E0005: a message with neither value nor attributes (its id).
    ExpectedMessageField(String),
    /// E0006: a term without a value (its id, without `-`).
    ExpectedTermField(String),
    /// E0008: a call of something that is not an upper-case function name.
    ForbiddenCallee,
    /// E0009: a named argument whose name is not a plain identifier.
    ForbiddenKey,
    /// E0010: a select expression without a default variant.
    MissingDefaultVariant,
    /// E0011: `->` followed by no variant.
    MissingVariants,
    /// E0012: an attribute or variant without a value.
    MissingValue,
    /// E0013: `[` followed by the end of the file.
    MissingVariantKey,
    /// E0014: a named argument whose value is not a string or number literal.
    MissingLiteral,
    /// E0015: two default variants.
    MultipleDefaultVariants,
    /// E0016: a message reference as selector.
    MessageReferenceAsSelector,
    /// E0017: a term reference as selector.
    TermReferenceAsSelector,
    /// E0018: a message attribute as selector.
    MessageAttributeAsSelector,
    /// E0019: a term attribute shown as a placeable.
    TermAttributeAsPlaceable,
    /// E0020: a string literal that the line ends.
    UnterminatedStringLiteral,
    /// E0021: a positional argument after a named one.
    PositionalArgumentFollowsNamed,
    /// E0022: a named argument given twice (its name).
    DuplicatedNamedArgument(String),
    /// E0025: an unknown escape sequence (the sequence, with its `\`).
    UnknownEscapeSequence(String),
    /// E0026: an invalid `\u`/`\U` escape (what was read of it).
    InvalidUnicodeEscapeSequence(String),
    /// E0027: a `}` in text.
    UnbalancedClosingBrace,
    /// E0028: no expression where one must be.
    ExpectedInlineExpression,
    /// E0029: a placeable as selector.
    ExpectedSimpleExpressionAsSelector,
    /// docwiz's own: placeables or calls nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

impl SyntaxError {
    /// The reference's error code; `nesting` for [`SyntaxError::TooDeep`].
    pub fn code(&self) -> &'static str {
        match self {
            SyntaxError::ExpectedEntry => "E0002",
            SyntaxError::ExpectedToken(_) => "E0003",
            SyntaxError::ExpectedCharRange(_) => "E0004",
            SyntaxError::ExpectedMessageField(_) => "E0005",
            SyntaxError::ExpectedTermField(_) => "E0006",
            SyntaxError::ForbiddenCallee => "E0008",
            SyntaxError::ForbiddenKey => "E0009",
            SyntaxError::MissingDefaultVariant => "E0010",
            SyntaxError::MissingVariants => "E0011",
            SyntaxError::MissingValue => "E0012",
            SyntaxError::MissingVariantKey => "E0013",
            SyntaxError::MissingLiteral => "E0014",
            SyntaxError::MultipleDefaultVariants => "E0015",
            SyntaxError::MessageReferenceAsSelector => "E0016",
            SyntaxError::TermReferenceAsSelector => "E0017",
            SyntaxError::MessageAttributeAsSelector => "E0018",
            SyntaxError::TermAttributeAsPlaceable => "E0019",
            SyntaxError::UnterminatedStringLiteral => "E0020",
            SyntaxError::PositionalArgumentFollowsNamed => "E0021",
            SyntaxError::DuplicatedNamedArgument(_) => "E0022",
            SyntaxError::UnknownEscapeSequence(_) => "E0025",
            SyntaxError::InvalidUnicodeEscapeSequence(_) => "E0026",
            SyntaxError::UnbalancedClosingBrace => "E0027",
            SyntaxError::ExpectedInlineExpression => "E0028",
            SyntaxError::ExpectedSimpleExpressionAsSelector => "E0029",
            SyntaxError::TooDeep => "nesting",
        }
    }

    /// The localizable description.
    pub fn message(&self) -> Message {
        match self {
            SyntaxError::ExpectedEntry => Message::new("ftl-expected-entry"),
            SyntaxError::ExpectedToken(LINE_END) => Message::new("ftl-expected-line-end"),
            SyntaxError::ExpectedToken(c) => {
                Message::new("ftl-expected-token").arg("token", c.to_string())
            }
            SyntaxError::ExpectedCharRange(range) => {
                Message::new("ftl-expected-char-range").arg("range", *range)
            }
            SyntaxError::ExpectedMessageField(id) => {
                Message::new("ftl-expected-message-field").arg("id", id.as_str())
            }
            SyntaxError::ExpectedTermField(id) => {
                Message::new("ftl-expected-term-field").arg("id", format!("-{id}"))
            }
            SyntaxError::ForbiddenCallee => Message::new("ftl-forbidden-callee"),
            SyntaxError::ForbiddenKey => Message::new("ftl-bad-argument-name"),
            SyntaxError::MissingDefaultVariant => Message::new("ftl-missing-default-variant"),
            SyntaxError::MissingVariants => Message::new("ftl-expected-variant"),
            SyntaxError::MissingValue => Message::new("ftl-missing-value"),
            SyntaxError::MissingVariantKey => Message::new("ftl-expected-variant-key"),
            SyntaxError::MissingLiteral => Message::new("ftl-expected-literal"),
            SyntaxError::MultipleDefaultVariants => Message::new("ftl-multiple-default-variants"),
            SyntaxError::MessageReferenceAsSelector
            | SyntaxError::TermReferenceAsSelector
            | SyntaxError::MessageAttributeAsSelector
            | SyntaxError::ExpectedSimpleExpressionAsSelector => Message::new("ftl-bad-selector"),
            SyntaxError::TermAttributeAsPlaceable => Message::new("ftl-term-attribute-placeable"),
            SyntaxError::UnterminatedStringLiteral => Message::new("ftl-unterminated-string"),
            SyntaxError::PositionalArgumentFollowsNamed => {
                Message::new("ftl-positional-after-named")
            }
            SyntaxError::DuplicatedNamedArgument(name) => {
                Message::new("ftl-duplicated-argument").arg("name", name.as_str())
            }
            SyntaxError::UnknownEscapeSequence(sequence)
            | SyntaxError::InvalidUnicodeEscapeSequence(sequence) => {
                Message::new("ftl-bad-escape").arg("sequence", sequence.as_str())
            }
            SyntaxError::UnbalancedClosingBrace => Message::new("ftl-unbalanced-brace"),
            SyntaxError::ExpectedInlineExpression => Message::new("ftl-expected-expression"),
            SyntaxError::TooDeep => Message::new("ftl-too-deep").arg("limit", MAX_DEPTH),
        }
    }
}

/// What an entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A valid message (its id).
    Message(String),
    /// A valid term (its id, with its `-`).
    Term(String),
    /// A comment of any level.
    Comment,
    /// Junk: the first error met and its byte offset (inside the Junk).
    Junk { error: SyntaxError, at: usize },
}

/// One entry: its kind and its bytes. Junk runs from the start of the broken
/// entry to the next line that starts with `a-zA-Z`, `-` or `#` (or the end).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub span: Range<usize>,
    pub kind: Kind,
}

/// The entries of a `.ftl` text, in order. Blank lines between entries belong
/// to none. Never fails and never recurses deeper than [`MAX_DEPTH`] levels.
pub fn parse(text: &str) -> Vec<Entry> {
    let mut parser = Parser::new(text);
    let mut entries = Vec::new();
    parser.skip_blank_block();
    while parser.current().is_some() {
        parser.entry_or_junk(&mut entries);
        parser.skip_blank_block();
    }
    entries
}

/// `text` with every Junk entry blanked: each of its characters but line ends
/// (LF, CRLF) becomes a space, one per byte, so line numbers and the byte
/// offsets of everything else stay as they were, and the blanked lines are
/// blank lines to any Fluent parser. A last line of nothing but spaces (after
/// blanking, or as written) is cut off: the reference takes it as blank,
/// fluent-syntax as an entry that does not start right.
pub fn blank_junk(text: &str, entries: &[Entry]) -> String {
    let source = text.as_bytes();
    let mut bytes = source.to_vec();
    for entry in entries {
        if let Kind::Junk { .. } = entry.kind {
            let end = entry.span.end.min(bytes.len());
            for i in entry.span.start.min(end)..end {
                let line_end =
                    source[i] == b'\n' || (source[i] == b'\r' && source.get(i + 1) == Some(&b'\n'));
                if !line_end {
                    bytes[i] = b' ';
                }
            }
        }
    }
    let last_line = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    if bytes[last_line..].iter().all(|&b| b == b' ') {
        bytes.truncate(last_line);
    }
    // Whole characters were replaced (Junk starts and ends at line starts), so
    // the bytes are UTF-8; the fallback only keeps this free of panics.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A `.ftl` text read with the reference grammar.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The text with its Junk blanked (see [`blank_junk`]): what fluent-syntax
    /// and fluent-bundle are given.
    pub text: String,
    pub entries: Vec<Entry>,
    /// One error per Junk entry, located in `path`.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads `text` (the file `path`, its byte order mark already removed by
/// [`crate::source::Source::read`]) with the reference grammar.
pub fn check(path: &str, text: &str) -> Checked {
    let entries = parse(text);
    let lines = LineIndex::new(text);
    let diagnostics = entries
        .iter()
        .filter_map(|entry| match &entry.kind {
            Kind::Junk { error, at } => Some(Diagnostic::error(
                Some(lines.location(path, text, *at)),
                error.message(),
            )),
            _ => None,
        })
        .collect();
    Checked {
        text: blank_junk(text, &entries),
        entries,
        diagnostics,
    }
}

/// The reference's stand-in for an expected line end: U+2424 SYMBOL FOR NEWLINE.
const LINE_END: char = '\u{2424}';

type Parsed<T> = Result<T, SyntaxError>;

/// What the grammar needs to know of an inline expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inline<'a> {
    Message { name: &'a str, attribute: bool },
    Term { attribute: bool },
    Placeable,
    Other,
}

/// The reference's `FluentParserStream` over bytes: `index` is the cursor,
/// `peek` a look-ahead from it. Every character the grammar tests is ASCII, so
/// the bytes of other characters simply never match; CRLF reads as one `\n`.
struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    index: usize,
    peek: usize,
    depth: usize,
    /// Set when an attribute breaks after a value or another attribute: the
    /// entry as it stood before it, and where the broken attribute's line starts.
    kept: Option<(Kind, usize)>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser {
            text,
            bytes: text.as_bytes(),
            index: 0,
            peek: 0,
            depth: 0,
            kept: None,
        }
    }

    fn char_at(&self, at: usize) -> Option<u8> {
        match self.bytes.get(at) {
            Some(b'\r') if self.bytes.get(at + 1) == Some(&b'\n') => Some(b'\n'),
            other => other.copied(),
        }
    }

    fn current(&self) -> Option<u8> {
        self.char_at(self.index)
    }

    fn current_peek(&self) -> Option<u8> {
        self.char_at(self.index + self.peek)
    }

    fn is_crlf(&self, at: usize) -> bool {
        self.bytes.get(at) == Some(&b'\r') && self.bytes.get(at + 1) == Some(&b'\n')
    }

    /// Moves past the current character (CRLF as one); returns the raw byte
    /// now under the cursor, as the reference's `next()` does.
    fn next(&mut self) -> Option<u8> {
        self.peek = 0;
        if self.is_crlf(self.index) {
            self.index += 1;
        }
        self.index = (self.index + 1).min(self.bytes.len());
        self.bytes.get(self.index).copied()
    }

    /// Moves the look-ahead one character; returns the raw byte under it.
    fn peek_next(&mut self) -> Option<u8> {
        if self.is_crlf(self.index + self.peek) {
            self.peek += 1;
        }
        self.peek += 1;
        self.bytes.get(self.index + self.peek).copied()
    }

    fn reset_peek(&mut self, offset: usize) {
        self.peek = offset;
    }

    fn skip_to_peek(&mut self) {
        self.index = (self.index + self.peek).min(self.bytes.len());
        self.peek = 0;
    }

    /// Peeks over spaces; returns how many.
    fn peek_blank_inline(&mut self) -> usize {
        let start = self.index + self.peek;
        while self.current_peek() == Some(b' ') {
            self.peek_next();
        }
        self.index + self.peek - start
    }

    fn skip_blank_inline(&mut self) -> usize {
        let blank = self.peek_blank_inline();
        self.skip_to_peek();
        blank
    }

    /// Peeks over blank lines; stops at column 1 of the first other line.
    fn peek_blank_block(&mut self) {
        loop {
            let line_start = self.peek;
            self.peek_blank_inline();
            match self.current_peek() {
                Some(b'\n') => {
                    self.peek_next();
                }
                None => return,
                Some(_) => {
                    self.reset_peek(line_start);
                    return;
                }
            }
        }
    }

    fn skip_blank_block(&mut self) {
        self.peek_blank_block();
        self.skip_to_peek();
    }

    fn peek_blank(&mut self) {
        while matches!(self.current_peek(), Some(b' ' | b'\n')) {
            self.peek_next();
        }
    }

    fn skip_blank(&mut self) {
        self.peek_blank();
        self.skip_to_peek();
    }

    fn expect_char(&mut self, c: u8) -> Parsed<()> {
        if self.current() == Some(c) {
            self.next();
            Ok(())
        } else {
            Err(SyntaxError::ExpectedToken(c as char))
        }
    }

    fn expect_line_end(&mut self) -> Parsed<()> {
        match self.current() {
            None => Ok(()),
            Some(b'\n') => {
                self.next();
                Ok(())
            }
            Some(_) => Err(SyntaxError::ExpectedToken(LINE_END)),
        }
    }

    fn take_if(&mut self, accept: impl Fn(u8) -> bool) -> bool {
        match self.current() {
            Some(c) if accept(c) => {
                self.next();
                true
            }
            _ => false,
        }
    }

    fn is_id_start(c: Option<u8>) -> bool {
        c.is_some_and(|c| c.is_ascii_alphabetic())
    }

    fn is_identifier_start(&self) -> bool {
        Self::is_id_start(self.current_peek())
    }

    fn is_number_start(&mut self) -> bool {
        let c = if self.current() == Some(b'-') {
            self.peek_next()
        } else {
            self.current()
        };
        self.reset_peek(0);
        c.is_some_and(|c| c.is_ascii_digit())
    }

    fn is_pattern_continuation(c: Option<u8>) -> bool {
        c.is_some_and(|c| !matches!(c, b'}' | b'.' | b'[' | b'*'))
    }

    fn is_value_start(&self) -> bool {
        !matches!(self.current_peek(), Some(b'\n') | None)
    }

    /// Whether the peeked line continues a pattern: indented and not starting
    /// with `}`, `.`, `[` or `*`, or starting (after any indent) with `{`.
    fn is_value_continuation(&mut self) -> bool {
        let column1 = self.peek;
        self.peek_blank_inline();
        if self.current_peek() == Some(b'{') {
            self.reset_peek(column1);
            return true;
        }
        if self.peek == column1 {
            return false;
        }
        if Self::is_pattern_continuation(self.current_peek()) {
            self.reset_peek(column1);
            return true;
        }
        false
    }

    /// `level`: -1 any, 0 `#`, 1 `##`, 2 `###`.
    fn is_next_line_comment(&mut self, level: i32) -> bool {
        if self.current() != Some(b'\n') {
            return false;
        }
        let mut i = 0;
        while i <= level || (level == -1 && i < 3) {
            if self.peek_next() != Some(b'#') {
                if i <= level && level != -1 {
                    self.reset_peek(0);
                    return false;
                }
                break;
            }
            i += 1;
        }
        let c = self.peek_next();
        self.reset_peek(0);
        matches!(c, Some(b' ' | b'\n'))
    }

    fn is_variant_start(&mut self) -> bool {
        let offset = self.peek;
        if self.current_peek() == Some(b'*') {
            self.peek_next();
        }
        let start = self.current_peek() == Some(b'[');
        self.reset_peek(offset);
        start
    }

    fn skip_to_next_entry_start(&mut self, junk_start: usize) {
        let upto = (self.index + 1).min(self.bytes.len());
        if let Some(newline) = self.bytes[..upto].iter().rposition(|&b| b == b'\n')
            && junk_start < newline
        {
            // The last newline is past the junk's start: resuming there cannot
            // meet the same broken entry again.
            self.index = newline;
        }
        while let Some(c) = self.current() {
            if c != b'\n' {
                self.next();
                continue;
            }
            let first = self.next();
            if Self::is_id_start(first) || matches!(first, Some(b'-' | b'#')) {
                break;
            }
        }
    }

    /// The character under the cursor, for messages ("" at the end).
    fn current_char(&self) -> String {
        if self.current() == Some(b'\n') {
            return "\n".to_string();
        }
        self.text
            .get(self.index..)
            .and_then(|rest| rest.chars().next())
            .map(String::from)
            .unwrap_or_default()
    }

    /// The next entry, or two when a broken attribute leaves its message valid.
    fn entry_or_junk(&mut self, entries: &mut Vec<Entry>) {
        let mut start = self.index;
        self.depth = 0;
        self.kept = None;
        let parsed = self.entry().and_then(|kind| {
            self.expect_line_end()?;
            Ok(kind)
        });
        match parsed {
            Ok(kind) => entries.push(Entry {
                span: start..self.index,
                kind,
            }),
            Err(error) => {
                if let Some((kind, attribute_line)) = self.kept.take() {
                    entries.push(Entry {
                        span: start..attribute_line,
                        kind,
                    });
                    start = attribute_line;
                }
                let error_at = self.index;
                self.skip_to_next_entry_start(start);
                let end = self.index;
                entries.push(Entry {
                    span: start..end,
                    kind: Kind::Junk {
                        error,
                        // The error must lie inside the Junk.
                        at: error_at.min(end),
                    },
                });
            }
        }
    }

    fn entry(&mut self) -> Parsed<Kind> {
        match self.current() {
            Some(b'#') => {
                self.comment()?;
                Ok(Kind::Comment)
            }
            Some(b'-') => self.term(),
            _ if self.is_identifier_start() => self.message(),
            _ => Err(SyntaxError::ExpectedEntry),
        }
    }

    fn comment(&mut self) -> Parsed<()> {
        let mut level = -1;
        loop {
            let mut i = -1;
            while self.current() == Some(b'#') && i < (if level == -1 { 2 } else { level }) {
                self.next();
                i += 1;
            }
            if level == -1 {
                level = i;
            }
            if self.current() != Some(b'\n') {
                self.expect_char(b' ')?;
                while self.take_if(|c| c != b'\n') {}
            }
            if self.is_next_line_comment(level) {
                self.next();
            } else {
                return Ok(());
            }
        }
    }

    fn message(&mut self) -> Parsed<Kind> {
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect_char(b'=')?;
        let value = self.maybe_pattern()?;
        let kind = Kind::Message(id.to_string());
        let attributes = self.attributes(value, &kind)?;
        if !value && attributes == 0 {
            return Err(SyntaxError::ExpectedMessageField(id.to_string()));
        }
        Ok(kind)
    }

    fn term(&mut self) -> Parsed<Kind> {
        self.expect_char(b'-')?;
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect_char(b'=')?;
        if !self.maybe_pattern()? {
            return Err(SyntaxError::ExpectedTermField(id.to_string()));
        }
        let kind = Kind::Term(format!("-{id}"));
        self.attributes(true, &kind)?;
        Ok(kind)
    }

    fn attribute(&mut self) -> Parsed<()> {
        self.expect_char(b'.')?;
        self.identifier()?;
        self.skip_blank_inline();
        self.expect_char(b'=')?;
        if !self.maybe_pattern()? {
            return Err(SyntaxError::MissingValue);
        }
        Ok(())
    }

    /// The attributes of `entry`; how many. A broken attribute after a value or
    /// another attribute leaves the entry valid without it, and is Junk from
    /// the start of its line: so the specification's reference parser reads
    /// `Attribute*` (fixture leading_dots, key07), where fluent.js would make the
    /// whole entry Junk (fluent.js issue 237).
    fn attributes(&mut self, value: bool, entry: &Kind) -> Parsed<usize> {
        let mut count = 0;
        self.peek_blank();
        while self.current_peek() == Some(b'.') {
            self.skip_to_peek();
            let line_start = self.bytes[..self.index]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |newline| newline + 1);
            if let Err(error) = self.attribute() {
                if value || count > 0 {
                    self.kept = Some((entry.clone(), line_start));
                }
                return Err(error);
            }
            count += 1;
            self.peek_blank();
        }
        Ok(count)
    }

    fn identifier(&mut self) -> Parsed<&'a str> {
        let start = self.index;
        if !self.take_if(|c| c.is_ascii_alphabetic()) {
            return Err(SyntaxError::ExpectedCharRange("a-zA-Z"));
        }
        while self.take_if(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-') {}
        Ok(self.text.get(start..self.index).unwrap_or_default())
    }

    fn variant_key(&mut self) -> Parsed<()> {
        match self.current() {
            None => Err(SyntaxError::MissingVariantKey),
            Some(c) if c.is_ascii_digit() || c == b'-' => self.number(),
            Some(_) => self.identifier().map(|_| ()),
        }
    }

    /// One variant; whether it is the default.
    fn variant(&mut self, has_default: bool) -> Parsed<bool> {
        let mut default = false;
        if self.current() == Some(b'*') {
            if has_default {
                return Err(SyntaxError::MultipleDefaultVariants);
            }
            self.next();
            default = true;
        }
        self.expect_char(b'[')?;
        self.skip_blank();
        self.variant_key()?;
        self.skip_blank();
        self.expect_char(b']')?;
        if !self.maybe_pattern()? {
            return Err(SyntaxError::MissingValue);
        }
        Ok(default)
    }

    fn variants(&mut self) -> Parsed<()> {
        let mut count = 0;
        let mut has_default = false;
        self.skip_blank();
        while self.is_variant_start() {
            if self.variant(has_default)? {
                has_default = true;
            }
            count += 1;
            self.expect_line_end()?;
            self.skip_blank();
        }
        if count == 0 {
            return Err(SyntaxError::MissingVariants);
        }
        if !has_default {
            return Err(SyntaxError::MissingDefaultVariant);
        }
        Ok(())
    }

    fn digits(&mut self) -> Parsed<()> {
        let start = self.index;
        while self.take_if(|c| c.is_ascii_digit()) {}
        if self.index == start {
            return Err(SyntaxError::ExpectedCharRange("0-9"));
        }
        Ok(())
    }

    fn number(&mut self) -> Parsed<()> {
        if self.current() == Some(b'-') {
            self.next();
        }
        self.digits()?;
        if self.current() == Some(b'.') {
            self.next();
            self.digits()?;
        }
        Ok(())
    }

    /// A pattern on the same line as `=` or `]`, or starting on an indented
    /// line below; whether there was one.
    fn maybe_pattern(&mut self) -> Parsed<bool> {
        self.peek_blank_inline();
        if self.is_value_start() {
            self.skip_to_peek();
            self.pattern(false)?;
            return Ok(true);
        }
        self.peek_blank_block();
        if self.is_value_continuation() {
            self.skip_to_peek();
            self.pattern(true)?;
            return Ok(true);
        }
        Ok(false)
    }

    fn pattern(&mut self, is_block: bool) -> Parsed<()> {
        if is_block {
            self.skip_blank_inline();
        }
        while let Some(c) = self.current() {
            match c {
                b'\n' => {
                    self.peek_blank_block();
                    if self.is_value_continuation() {
                        self.skip_to_peek();
                        self.skip_blank_inline();
                        continue;
                    }
                    // A line end that no continuation follows ends the pattern.
                    self.reset_peek(0);
                    break;
                }
                b'{' => self.placeable()?,
                b'}' => return Err(SyntaxError::UnbalancedClosingBrace),
                _ => {
                    while !matches!(self.current(), None | Some(b'{' | b'}' | b'\n')) {
                        self.next();
                    }
                }
            }
        }
        Ok(())
    }

    /// Counts one nesting level; past [`MAX_DEPTH`] the entry is Junk, with the
    /// error at the `{` or `(` that went too deep.
    fn enter(&mut self) -> Parsed<()> {
        if self.depth >= MAX_DEPTH {
            return Err(SyntaxError::TooDeep);
        }
        self.depth += 1;
        Ok(())
    }

    fn placeable(&mut self) -> Parsed<()> {
        self.enter()?;
        self.expect_char(b'{')?;
        self.skip_blank();
        self.expression()?;
        self.expect_char(b'}')?;
        self.depth -= 1;
        Ok(())
    }

    fn expression(&mut self) -> Parsed<()> {
        let selector = self.inline_expression()?;
        self.skip_blank();
        if self.current() == Some(b'-') {
            if self.peek_next() != Some(b'>') {
                self.reset_peek(0);
                return Ok(());
            }
            match selector {
                Inline::Message {
                    attribute: false, ..
                } => return Err(SyntaxError::MessageReferenceAsSelector),
                Inline::Message {
                    attribute: true, ..
                } => return Err(SyntaxError::MessageAttributeAsSelector),
                Inline::Term { attribute: false } => {
                    return Err(SyntaxError::TermReferenceAsSelector);
                }
                Inline::Placeable => return Err(SyntaxError::ExpectedSimpleExpressionAsSelector),
                Inline::Term { attribute: true } | Inline::Other => {}
            }
            self.next();
            self.next();
            self.skip_blank_inline();
            self.expect_line_end()?;
            return self.variants();
        }
        if selector == (Inline::Term { attribute: true }) {
            return Err(SyntaxError::TermAttributeAsPlaceable);
        }
        Ok(())
    }

    fn inline_expression(&mut self) -> Parsed<Inline<'a>> {
        if self.current() == Some(b'{') {
            self.placeable()?;
            return Ok(Inline::Placeable);
        }
        if self.is_number_start() {
            self.number()?;
            return Ok(Inline::Other);
        }
        match self.current() {
            Some(b'"') => {
                self.string()?;
                Ok(Inline::Other)
            }
            Some(b'$') => {
                self.next();
                self.identifier()?;
                Ok(Inline::Other)
            }
            Some(b'-') => {
                self.next();
                self.identifier()?;
                let mut attribute = false;
                if self.current() == Some(b'.') {
                    self.next();
                    self.identifier()?;
                    attribute = true;
                }
                self.peek_blank();
                if self.current_peek() == Some(b'(') {
                    self.skip_to_peek();
                    self.call_arguments()?;
                }
                Ok(Inline::Term { attribute })
            }
            _ if self.is_identifier_start() => {
                let name = self.identifier()?;
                self.peek_blank();
                if self.current_peek() == Some(b'(') {
                    if !is_function_name(name) {
                        return Err(SyntaxError::ForbiddenCallee);
                    }
                    self.skip_to_peek();
                    self.call_arguments()?;
                    return Ok(Inline::Other);
                }
                let mut attribute = false;
                if self.current() == Some(b'.') {
                    self.next();
                    self.identifier()?;
                    attribute = true;
                }
                Ok(Inline::Message { name, attribute })
            }
            _ => Err(SyntaxError::ExpectedInlineExpression),
        }
    }

    /// One argument; its name if it is a named one.
    fn call_argument(&mut self) -> Parsed<Option<&'a str>> {
        let expression = self.inline_expression()?;
        self.skip_blank();
        if self.current() != Some(b':') {
            return Ok(None);
        }
        match expression {
            Inline::Message {
                name,
                attribute: false,
            } => {
                self.next();
                self.skip_blank();
                self.literal()?;
                Ok(Some(name))
            }
            _ => Err(SyntaxError::ForbiddenKey),
        }
    }

    fn call_arguments(&mut self) -> Parsed<()> {
        self.enter()?;
        let mut names = HashSet::new();
        self.expect_char(b'(')?;
        self.skip_blank();
        while self.current() != Some(b')') {
            match self.call_argument()? {
                Some(name) if !names.insert(name) => {
                    return Err(SyntaxError::DuplicatedNamedArgument(name.to_string()));
                }
                None if !names.is_empty() => {
                    return Err(SyntaxError::PositionalArgumentFollowsNamed);
                }
                _ => {}
            }
            self.skip_blank();
            if self.current() != Some(b',') {
                break;
            }
            self.next();
            self.skip_blank();
        }
        self.expect_char(b')')?;
        self.depth -= 1;
        Ok(())
    }

    fn string(&mut self) -> Parsed<()> {
        self.expect_char(b'"')?;
        loop {
            match self.current() {
                None | Some(b'"' | b'\n') => break,
                Some(b'\\') => {
                    self.next();
                    self.escape_sequence()?;
                }
                Some(_) => {
                    self.next();
                }
            }
        }
        if self.current() == Some(b'\n') {
            return Err(SyntaxError::UnterminatedStringLiteral);
        }
        self.expect_char(b'"')
    }

    fn escape_sequence(&mut self) -> Parsed<()> {
        match self.current() {
            Some(b'\\' | b'"') => {
                self.next();
                Ok(())
            }
            Some(b'u') => self.unicode_escape('u', 4),
            Some(b'U') => self.unicode_escape('U', 6),
            _ => Err(SyntaxError::UnknownEscapeSequence(format!(
                "\\{}",
                self.current_char()
            ))),
        }
    }

    fn unicode_escape(&mut self, u: char, digits: usize) -> Parsed<()> {
        self.expect_char(u as u8)?;
        let start = self.index;
        for _ in 0..digits {
            if !self.take_if(|c| c.is_ascii_hexdigit()) {
                let read = self.text.get(start..self.index).unwrap_or_default();
                return Err(SyntaxError::InvalidUnicodeEscapeSequence(format!(
                    "\\{u}{read}{}",
                    self.current_char()
                )));
            }
        }
        Ok(())
    }

    fn literal(&mut self) -> Parsed<()> {
        if self.is_number_start() {
            return self.number();
        }
        if self.current() == Some(b'"') {
            return self.string();
        }
        Err(SyntaxError::MissingLiteral)
    }
}

/// `[A-Z][A-Z0-9_-]*`, the reference's test for a callable name.
fn is_function_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_uppercase())
        && bytes.all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Location;

    fn kinds(text: &str) -> Vec<Kind> {
        parse(text).into_iter().map(|e| e.kind).collect()
    }

    fn junk(text: &str) -> Vec<(&'static str, usize)> {
        parse(text)
            .into_iter()
            .filter_map(|e| match e.kind {
                Kind::Junk { error, at } => Some((error.code(), at)),
                _ => None,
            })
            .collect()
    }

    fn valid(text: &str) -> Vec<String> {
        parse(text)
            .into_iter()
            .filter_map(|e| match e.kind {
                Kind::Message(id) | Kind::Term(id) => Some(id),
                _ => None,
            })
            .collect()
    }

    /// A text with one `deep` message of `depth` nesting levels made by
    /// `open`/`close`, between two valid messages.
    fn nested(open: &str, inner: &str, close: &str, depth: usize) -> String {
        format!(
            "before = ok\ndeep = {}{inner}{}\nafter = ok\n",
            open.repeat(depth),
            close.repeat(depth)
        )
    }

    #[test]
    fn an_unclosed_placeable_does_not_take_the_next_message() {
        let text = "intro = {\nthumbprint = The SHA-1 thumbprint.\n";
        assert_eq!(valid(text), ["thumbprint"]);
        // `thumbprint` reads as a reference inside the placeable, then `}` is
        // missing; the error moves back into the Junk, at the next line's start.
        assert_eq!(junk(text), [("E0003", 10)]);
    }

    #[test]
    fn nesting_up_to_the_limit_is_valid() {
        for (open, inner, close) in [("{ ", "$x", " }"), ("F(", "1", ")"), ("-t(", "1", ")")] {
            let text = format!(
                "deep = {{ {}{inner}{} }}\n",
                open.repeat(MAX_DEPTH - 1),
                close.repeat(MAX_DEPTH - 1)
            );
            assert_eq!(valid(&text), ["deep"], "{open}");
        }
    }

    #[test]
    fn nesting_past_the_limit_is_junk_at_the_level_that_goes_too_deep() {
        let text = nested("{", "$x", "}", MAX_DEPTH + 1);
        let at = text.find("{").unwrap() + MAX_DEPTH;
        assert_eq!(junk(&text), [("nesting", at)]);
        assert_eq!(valid(&text), ["before", "after"]);
    }

    #[test]
    fn any_depth_of_any_nesting_is_one_junk_entry_and_no_overflow() {
        let select = "{ $n ->\n *[x] ";
        let cases: [(&str, &str, &str); 6] = [
            ("{", "$x", "}"),
            ("{", "", ""),
            ("{ F(", "1", ") }"),
            ("{ -t(", "1", ") }"),
            (select, "x", "\n}\n"),
            ("{ NUMBER(", "", ""),
        ];
        for depth in [MAX_DEPTH + 1, 20_000, 100_000, 1_000_000] {
            for (open, inner, close) in cases {
                let text = nested(open, inner, close, depth);
                let junk = junk(&text);
                assert_eq!(junk.len(), 1, "{open:?} × {depth}");
                assert_eq!(junk[0].0, "nesting", "{open:?} × {depth}");
                assert_eq!(valid(&text), ["before", "after"], "{open:?} × {depth}");
            }
        }
    }

    #[test]
    fn a_long_chain_of_terms_is_valid_syntax() {
        let text: String = (0..100_000)
            .map(|i| format!("-t{i} = {{ -t{} }}\n", i + 1))
            .collect();
        assert_eq!(parse(&text).len(), 100_000);
        assert!(junk(&text).is_empty());
    }

    #[test]
    fn a_named_argument_must_be_a_literal() {
        let text = "a = { NUMBER(2, minimumIntegerDigits: description) }\n";
        assert_eq!(junk(text), [("E0014", text.find("description").unwrap())]);
        for value in ["$n", "-t", "{ 1 }"] {
            let text = format!("a = {{ NUMBER(2, x: {value}) }}\n");
            assert_eq!(junk(&text)[0].0, "E0014", "{value}");
        }
        assert!(junk("a = { NUMBER(2, x: 1, y: \"z\", z: -1.5) }\n").is_empty());
    }

    #[test]
    fn select_without_variants_expects_a_line_end() {
        let text = "a = { $n -> }\nb = ok\n";
        assert_eq!(junk(text), [("E0003", text.find("}").unwrap())]);
        assert_eq!(
            parse(text)[0].kind,
            Kind::Junk {
                error: SyntaxError::ExpectedToken(LINE_END),
                at: 12
            }
        );
        assert_eq!(valid(text), ["b"]);
    }

    #[test]
    fn crlf_and_no_final_newline_read_like_lf() {
        let lf = "a = one\n  two\nb = { $x ->\n   *[x] X\n}\nbad = {\nc = last";
        let crlf = lf.replace('\n', "\r\n");
        assert_eq!(valid(lf), ["a", "b", "c"]);
        assert_eq!(valid(&crlf), ["a", "b", "c"]);
        let at = |text: &str| {
            parse(text)
                .into_iter()
                .find_map(|e| match e.kind {
                    Kind::Junk { at, .. } => Some(Location::at("f", text, at)),
                    _ => None,
                })
                .unwrap()
        };
        assert_eq!(at(lf), at(&crlf));
        assert_eq!((at(lf).line, at(lf).col), (7, 1));
    }

    #[test]
    fn a_byte_order_mark_is_not_fluent() {
        // Source::read removes it; the grammar itself has no place for it.
        assert_eq!(junk("\u{feff}a = b\n"), [("E0002", 0)]);
    }

    #[test]
    fn blanking_keeps_lines_and_offsets() {
        let text = "a = ok\nbad = { é\n  more\nc = ok\nend = {";
        let entries = parse(text);
        let blank = blank_junk(text, &entries);
        assert_eq!(
            blank,
            format!("a = ok\n{}\n{}\nc = ok\n", " ".repeat(10), " ".repeat(6))
        );
        assert_eq!(blank.find("c = ok"), text.find("c = ok"));
    }

    #[test]
    fn every_kind_is_reported() {
        assert_eq!(kinds("# c\n## g\n### r\n").len(), 3);
        assert!(kinds("# c\n").iter().all(|k| *k == Kind::Comment));
        assert_eq!(kinds("-t = x\n"), [Kind::Term("-t".into())]);
    }
}
