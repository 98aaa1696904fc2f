//! The wizard's printed pages (status, details, lists, check, the results
//! of finish, assign and import: the text of `cert::page`) laid out for the
//! terminal: each line wrapped to the width at word boundaries with its
//! hanging indent kept, and warnings highlighted when styling is on.
//!
//! The pages are lines of a few shapes, which give the hanging indent:
//! a label and its value separated by two or more spaces (`  Status   issued`:
//! continuation lines start under the value), a marked line (`  ! text`,
//! `- `, `• `, `[x] `: under the text), or indented text (under its first
//! character). When a word would not fit beside that indent, a smaller one is
//! taken, so that a word of a Latin script is broken only when it is wider than
//! the whole line; CJK text breaks between characters (UAX #14, as textwrap
//! does with unicode-linebreak), widths are display widths.

use super::term::Style;

/// How a highlighted text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// Something to act on (an untrusted chain, a missing CA certificate):
    /// bold yellow.
    Warning,
    /// Something that failed (a refused request): bold red.
    Failure,
}

const WARNING: (&str, &str) = ("\x1b[1;33m", "\x1b[22;39m");
const FAILURE: (&str, &str) = ("\x1b[1;31m", "\x1b[22;39m");

/// `text` in the colours of `emphasis`.
pub fn paint(text: &str, emphasis: Emphasis) -> String {
    let (on, off) = match emphasis {
        Emphasis::Warning => WARNING,
        Emphasis::Failure => FAILURE,
    };
    format!("{on}{text}{off}")
}

/// `text` laid out for `style`: every line wrapped to `style.width`; with
/// `style.color`, the `! ` lines and each text of `marked` highlighted.
/// Without color the output holds no escape codes (the page's own text has
/// none: its values are escaped where they are made).
pub fn layout(text: &str, style: Style, marked: &[(String, Emphasis)]) -> String {
    let width = style.width.max(10);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.split('\n') {
        out.push_str(&layout_line(line, width, style.color, marked));
        out.push('\n');
    }
    // `split` gives one more piece than there are line feeds.
    out.pop();
    out
}

fn layout_line(line: &str, width: usize, color: bool, marked: &[(String, Emphasis)]) -> String {
    let line = line.trim_end();
    if line.is_empty() {
        return String::new();
    }
    if textwrap::core::display_width(line) > width
        && let Some(out) = layout_command_line(line, width, color, marked)
    {
        return out;
    }
    // A title's underline is as wide as the title, at most the width.
    if line.chars().all(|c| c == '=' || c == '─' || c == '-') && line.chars().count() > 2 {
        let c = line.chars().next().unwrap_or('=');
        return c.to_string().repeat(line.chars().count().min(width));
    }
    let lead = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[lead..];
    let (marker, hang, value) = hanging_indent(rest);
    let mut body = rest.to_string();
    if color {
        if marker == Some('!') {
            body = paint(&body, Emphasis::Warning);
        } else if let Some((text, emphasis)) = marked
            .iter()
            .find(|(t, _)| !t.is_empty() && rest[value..].starts_with(t.as_str()))
        {
            // A value that is a warning; a line of its own that starts with
            // one (a failed request's explanation) is the warning as a whole.
            body = if value == 0 {
                paint(rest, *emphasis)
            } else {
                format!(
                    "{}{}{}",
                    &rest[..value],
                    paint(text, *emphasis),
                    &rest[value + text.len()..]
                )
            };
        }
    }
    if textwrap::core::display_width(line) <= width {
        return format!("{}{body}", " ".repeat(lead));
    }
    // The widest word of the value decides whether the indent can stay: a
    // smaller one rather than a broken word (a row's continuation line, all
    // indent, moves left as its first line does). A word wider than the line
    // (a thumbprint, a path at 40 columns) is broken whatever the indent:
    // under a short one, in few pieces.
    let words = || {
        rest[value..]
            .split_whitespace()
            .map(textwrap::core::display_width)
    };
    let fitting = |w: &usize| w + 2 <= width;
    let giant = words().any(|w| !fitting(&w));
    let longest = words().filter(fitting).max().unwrap_or(0);
    // A label whose value does not fit beside it in words of a reasonable
    // width: the value goes below the label, indented, instead of in a
    // narrow column (a thumbprint cut into pieces, a word a line).
    if marker.is_none()
        && value > 0
        && (giant || lead + hang + longest > width || width < lead + hang + 20)
    {
        let label = body[..value].trim_end();
        let indent = " ".repeat(lead + 4);
        let options = textwrap::Options::new(width)
            .initial_indent(&indent)
            .subsequent_indent(&indent)
            .break_words(true)
            .word_separator(super::term::separator())
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        // A label as wide as the line (a thumbprint heading a row) is
        // wrapped as well.
        let first = " ".repeat(lead);
        let label_options = textwrap::Options::new(width)
            .initial_indent(&first)
            .subsequent_indent(&first)
            .break_words(true)
            .word_separator(super::term::separator())
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let mut out = super::term::wrap(label, label_options)
            .iter()
            .map(|l| l.trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n");
        for l in super::term::wrap(&body[value..], options) {
            out.push('\n');
            out.push_str(l.trim_end());
        }
        return out;
    }
    let lead = [lead, 4.min(lead), 2.min(lead)]
        .into_iter()
        .find(|l| l + longest <= width)
        .unwrap_or(0);
    let mut hang = [lead + hang, lead + 2, lead]
        .into_iter()
        .find(|h| h + longest <= width)
        .unwrap_or(lead);
    if giant {
        hang = hang.min(lead + 2);
    }
    let first = " ".repeat(lead);
    let rest_indent = " ".repeat(hang);
    let options = textwrap::Options::new(width)
        .initial_indent(&first)
        .subsequent_indent(&rest_indent)
        .break_words(true)
        .word_separator(super::term::separator())
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    super::term::wrap(&body, options)
        .iter()
        .map(|l| l.trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A line that holds a suggested command (`docwiz …` to its end, or before
/// the punctuation that closes it: `(docwiz …):`), too wide for `width`: the
/// text before the command wrapped as any line, then the command broken
/// only between its arguments with ` \` continuations
/// ([`super::term::command_lines`]), as the main page breaks its commands,
/// so that no path is cut in the middle and the lines, pasted, are the
/// command. `None` when the line holds no command.
fn layout_command_line(
    line: &str,
    width: usize,
    color: bool,
    marked: &[(String, Emphasis)],
) -> Option<String> {
    let lead = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[lead..];
    let (start, end) = find_command(rest)?;
    let (marker, hang, _) = hanging_indent(rest);
    let head = &rest[..start];
    let command = &rest[start..end];
    let tail = &rest[end..];
    let tail_width = textwrap::core::display_width(tail);
    let paint_command = |text: String| {
        if color && marker == Some('!') {
            paint(&text, Emphasis::Warning)
        } else {
            text
        }
    };
    let mut out = String::new();
    let indent = if head.trim().is_empty() {
        lead
    } else {
        let wrapped = layout_line(
            &format!("{}{}", " ".repeat(lead), head.trim_end()),
            width,
            color,
            marked,
        );
        // The command on the last line of the text when all of it fits
        // there (after the text's own space, or none in CJK text).
        let last = wrapped.rsplit('\n').next().unwrap_or_default();
        let gap = &head[head.trim_end().len()..];
        let used = textwrap::core::display_width(last) + textwrap::core::display_width(gap);
        if used + textwrap::core::display_width(command) + tail_width <= width {
            return Some(format!(
                "{wrapped}{gap}{}{tail}",
                paint_command(command.to_string())
            ));
        }
        out.push_str(&wrapped);
        out.push('\n');
        // Under the text it follows, unless that leaves too little room.
        if lead + hang + 30 <= width {
            lead + hang
        } else {
            lead
        }
    };
    let pieces = super::term::command_block(command, width, indent, tail_width);
    let last = pieces.len().saturating_sub(1);
    for (i, piece) in pieces.into_iter().enumerate() {
        // The indent stays unpainted, as on the other lines.
        let text = piece.trim_start_matches(' ');
        out.push_str(&piece[..piece.len() - text.len()]);
        out.push_str(&paint_command(text.to_string()));
        if i == last {
            out.push_str(tail);
        } else {
            out.push('\n');
        }
    }
    Some(out)
}

/// Where a suggested command is in `text` (a line without its leading
/// spaces): from `docwiz ` followed by an option or a subcommand (not the
/// `docwiz Local Root CA` of a certificate's name) to the end, less the
/// punctuation and spaces that close the sentence around it.
pub fn find_command(text: &str) -> Option<(usize, usize)> {
    let start = text
        .match_indices("docwiz ")
        .map(|(at, _)| at)
        .find(|&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + "docwiz ".len()..].chars().next();
            before.is_none_or(|c| c == ' ' || c == '(' || !c.is_ascii())
                && after.is_some_and(|c| c == '-' || c.is_ascii_lowercase())
        })?;
    let closing = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ')' | '）'
                    | ':'
                    | '：'
                    | '。'
                    | '.'
                    | ','
                    | '，'
                    | ';'
                    | '；'
                    | '!'
                    | '！'
                    | '?'
                    | '？'
                    | '」'
                    | '』'
                    | '»'
                    | '“'
                    | '”'
            )
    };
    let end = start + text[start..].trim_end_matches(closing).len();
    (end > start).then_some((start, end))
}

/// For a line without its leading spaces: the marker it starts with, if
/// any, how far past the leading spaces continuation lines start (display
/// columns), and the byte offset where the text after the marker or label
/// starts.
fn hanging_indent(rest: &str) -> (Option<char>, usize, usize) {
    for marker in ["! ", "- ", "• ", "[x] ", "[ ] "] {
        if let Some(after) = rest.strip_prefix(marker) {
            let value = rest.len() - after.trim_start_matches(' ').len();
            return (
                marker.chars().next(),
                textwrap::core::display_width(&rest[..value]),
                value,
            );
        }
    }
    // A label and its value: the value's column.
    if let Some(gap) = rest.find("  ") {
        let after = &rest[gap..];
        let value = gap + after.len() - after.trim_start_matches(' ').len();
        if value < rest.len() {
            return (None, textwrap::core::display_width(&rest[..value]), value);
        }
    }
    (None, 0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(width: usize) -> Style {
        Style {
            color: false,
            width,
        }
    }

    #[test]
    fn rows_wrap_under_their_value() {
        let text = "  Status    the chain is not trusted because the root is missing\n";
        let out = layout(text, plain(40), &[]);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "  Status    the chain is not trusted");
        assert!(lines[1].starts_with("            because"), "{out}");
        assert!(out.lines().all(|l| textwrap::core::display_width(l) <= 40));
    }

    #[test]
    fn a_long_word_takes_a_smaller_indent_rather_than_break() {
        let text = "  Erweiterte Schlüsselverwendung  Zwischenzertifizierungsstellen und mehr\n";
        let out = layout(text, plain(40), &[]);
        assert!(out.contains("Zwischenzertifizierungsstellen"), "{out}");
        assert!(out.lines().all(|l| textwrap::core::display_width(l) <= 40));
    }

    #[test]
    fn cjk_breaks_between_characters_and_fits() {
        let text = "  ! 如果發行 CA 的根憑證不在電腦的「受信任的根憑證授權單位」存放區中，此頁面會回報這個狀況。\n";
        let out = layout(text, plain(30), &[]);
        assert!(out.lines().count() > 1);
        assert!(
            out.lines().all(|l| textwrap::core::display_width(l) <= 30),
            "{out}"
        );
        assert!(out.lines().skip(1).all(|l| l.starts_with("    ")), "{out}");
    }

    #[test]
    fn a_command_is_found_but_not_a_certificate_named_docwiz() {
        assert_eq!(find_command("O=docwiz, CN=docwiz Local Root CA"), None);
        let line = "To assign it: docwiz --store /s wizard assign --thumbprint AB.";
        let (start, end) = find_command(line).unwrap();
        assert_eq!(
            &line[start..end],
            "docwiz --store /s wizard assign --thumbprint AB"
        );
        let line = "此頁面的說明（F1 關鍵字 k）：docwiz help k";
        let (start, end) = find_command(line).unwrap();
        assert_eq!(&line[start..end], "docwiz help k");
    }

    #[test]
    fn a_command_after_its_text_starts_a_line_and_is_continued() {
        let text = "Help for this page (F1 keyword ms.lync.dep.Main): docwiz --store /tmp/a/store --lang fr help ms.lync.dep.Main";
        let out = layout(text, plain(50), &[]);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            "Help for this page (F1 keyword ms.lync.dep.Main):"
        );
        assert_eq!(lines[1], "docwiz --store /tmp/a/store --lang fr help \\");
        assert_eq!(lines[2], "  ms.lync.dep.Main");
        assert_eq!(lines.len(), 3, "{out}");
    }

    #[test]
    fn warnings_are_painted_only_with_color() {
        let text = "  ! import the root\n  Chain  not trusted\n";
        let marked = [("not trusted".to_string(), Emphasis::Warning)];
        assert!(!layout(text, plain(80), &marked).contains('\x1b'));
        let colored = layout(
            text,
            Style {
                color: true,
                width: 80,
            },
            &marked,
        );
        assert!(colored.contains("\x1b[1;33m! import the root"));
        assert!(colored.contains("\x1b[1;33mnot trusted"));
    }
}
