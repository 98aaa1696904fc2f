//! What of a composed page is searched: its title, F1 keywords, and its text
//! cut into sections at its headings, so that a hit names the heading it falls
//! under. Text a locale shows in English (a block that fell back, see
//! [`crate::compose::SpanKind`]) is kept apart: it is searched in English.

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::compose::{Page, SpanKind};
use crate::render::parser;

/// Text of a section in the page's language and, apart, in English.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    pub native: String,
    /// What the page shows in English because its locale lacks it.
    pub english: String,
}

/// A part of a page from one heading to the next; the first one is the part
/// before the first heading below the title.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// The heading's anchor (`{#id}`), `None` for the first part.
    pub anchor: Option<String>,
    pub heading: Text,
    pub body: Text,
}

/// The searchable parts of one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub title: Text,
    pub keywords: Vec<String>,
    pub sections: Vec<Section>,
}

impl Document {
    /// The searchable text of `page`.
    pub fn of(page: &Page) -> Document {
        let title_fell_back = page.fallbacks.iter().any(|f| f.id == "title");
        let mut title = Text::default();
        if title_fell_back {
            title.english = page.title.clone();
        } else {
            title.native = page.title.clone();
        }
        let mut sections = vec![Section::default()];
        // Level 1 is the page's title, which is searched as the title.
        let mut in_title = false;
        let mut in_heading = false;
        for (event, range) in parser(&page.markdown).into_offset_iter() {
            let english = matches!(
                crate::render::span_kind(page, range.start),
                Some(SpanKind::Fallback | SpanKind::Broken)
            );
            let section = sections.last_mut().expect("there is always a section");
            match event {
                Event::Start(Tag::Heading { level, id, .. }) => {
                    if level == pulldown_cmark::HeadingLevel::H1 {
                        in_title = true;
                    } else {
                        sections.push(Section {
                            anchor: id.map(|id| id.to_string()),
                            ..Section::default()
                        });
                        in_heading = true;
                    }
                }
                Event::End(TagEnd::Heading(_)) => {
                    in_title = false;
                    in_heading = false;
                }
                Event::Text(text) | Event::Code(text) if !in_title => {
                    let part = if in_heading {
                        &mut section.heading
                    } else {
                        &mut section.body
                    };
                    let out = if english {
                        &mut part.english
                    } else {
                        &mut part.native
                    };
                    out.push_str(&text);
                }
                // A line or block ends with a space; the end of an inline
                // element (a link, bold text) does not: "**Name**," stays
                // "Name,".
                Event::SoftBreak
                | Event::HardBreak
                | Event::End(
                    TagEnd::Paragraph
                    | TagEnd::Item
                    | TagEnd::BlockQuote(_)
                    | TagEnd::CodeBlock
                    | TagEnd::TableCell
                    | TagEnd::TableRow
                    | TagEnd::List(_),
                ) if !in_title => {
                    for text in [&mut section.body.native, &mut section.body.english] {
                        if !text.is_empty() && !text.ends_with(' ') {
                            text.push(' ');
                        }
                    }
                }
                _ => {}
            }
        }
        for section in &mut sections {
            for text in [
                &mut section.heading.native,
                &mut section.heading.english,
                &mut section.body.native,
                &mut section.body.english,
            ] {
                *text = collapse_spaces(text);
            }
        }
        sections.retain(|s| {
            s.anchor.is_some() || !s.body.native.is_empty() || !s.body.english.is_empty()
        });
        Document {
            id: page.id.clone(),
            title,
            keywords: page.f1.clone(),
            sections,
        }
    }
}

/// `text` with each run of white space as one space, and none between two
/// Chinese or Japanese characters or full-width punctuation marks (a line or
/// block break there is no space: that text is written without spaces).
fn collapse_spaces(text: &str) -> String {
    let wide = |c: char| matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}');
    let mut out = String::with_capacity(text.len());
    // ASCII white space only: a no-break or narrow no-break space (French
    // "numérique :") is part of the text.
    for word in text
        .split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
    {
        let joins =
            out.chars().next_back().is_some_and(wide) && word.chars().next().is_some_and(wide);
        if !out.is_empty() && !joins {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
