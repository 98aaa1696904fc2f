//! CJK-friendly emphasis (docwiz's addition to this copy of pulldown-cmark).
//!
//! The CommonMark CJK-friendly amendments
//! (<https://github.com/tats-u/markdown-cjk-friendly/blob/main/specification.md>)
//! change the flanking rules of delimiter runs so that `**「強調」**した` is strong
//! emphasis: CJK punctuation next to a delimiter no longer requires whitespace or
//! punctuation on the other side, and a CJK character counts like punctuation there.
//! Text without CJK characters parses exactly as CommonMark says.

use crate::puncttable::is_punctuation;

/// Code point ranges of "CJK characters" in the amendment's sense: UAX #11 East
/// Asian Width W, F or H, without the wide emoji (default emoji presentation,
/// UTS #51), plus the Hangul script (UAX #24). Generated from the Unicode 14.0
/// EastAsianWidth and UnicodeData tables (Python's `unicodedata`): assigned code
/// points with width W/F/H outside U+2000–U+2E7F (except the angle brackets
/// U+2329/U+232A) and outside U+1F000–U+1FAFF, the reserved ideograph blocks
/// that EastAsianWidth.txt defaults to W, and the Hangul blocks.
const CJK: &[(u32, u32)] = &[
    (0x1100, 0x11FF),
    (0x2329, 0x232A),
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x2FF0, 0x2FFB),
    (0x3000, 0x303E),
    (0x3041, 0x3096),
    (0x3099, 0x30FF),
    (0x3105, 0x312F),
    (0x3131, 0x318E),
    (0x3190, 0x31E3),
    (0x31F0, 0x321E),
    (0x3220, 0x3247),
    (0x3250, 0x4DBF),
    (0x4E00, 0xA48C),
    (0xA490, 0xA4C6),
    (0xA960, 0xA97C),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB),
    (0xF900, 0xFAFF),
    (0xFE10, 0xFE19),
    (0xFE30, 0xFE52),
    (0xFE54, 0xFE66),
    (0xFE68, 0xFE6B),
    (0xFF01, 0xFFBE),
    (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF),
    (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC),
    (0xFFE0, 0xFFE6),
    (0xFFE8, 0xFFEE),
    (0x16FE0, 0x16FE4),
    (0x16FF0, 0x16FF1),
    (0x17000, 0x187F7),
    (0x18800, 0x18CD5),
    (0x18D00, 0x18D08),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122),
    (0x1B150, 0x1B152),
    (0x1B164, 0x1B167),
    (0x1B170, 0x1B2FB),
    (0x20000, 0x3FFFD),
];

/// A CJK character of the amendment (section 2.1).
pub(crate) fn is_cjk(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x1100 {
        return false;
    }
    CJK.binary_search_by(|&(lo, hi)| {
        if hi < cp {
            std::cmp::Ordering::Less
        } else if lo > cp {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

/// An Ideographic Variation Selector (U+E0100–U+E01EF).
fn is_ivs(c: char) -> bool {
    ('\u{E0100}'..='\u{E01EF}').contains(&c)
}

/// A variation selector of U+FE00–U+FE0E (not the emoji selector U+FE0F).
fn is_general_vs(c: char) -> bool {
    ('\u{FE00}'..='\u{FE0E}').contains(&c)
}

/// Unicode punctuation that is not CJK punctuation.
pub(crate) fn is_non_cjk_punctuation(c: char) -> bool {
    is_punctuation(c) && !is_cjk(c)
}

/// The character before a delimiter run, seen through a general-use variation
/// selector (the amendment reads `X` + VS as `X`); `None` at the start.
pub(crate) fn previous(before: &str) -> Option<char> {
    let mut chars = before.chars().rev();
    let last = chars.next()?;
    if is_general_vs(last) {
        if let Some(base) = chars.next() {
            return Some(base);
        }
    }
    Some(last)
}

/// Whether the character before a run lets it be flanking on that side although
/// the other side is non-CJK punctuation: a CJK character or an IVS.
pub(crate) fn is_cjk_or_ivs(c: char) -> bool {
    is_cjk(c) || is_ivs(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_characters_and_punctuation() {
        for c in ['中', '「', '」', '、', '。', '（', '）', '！', '？', 'ア', '한', 'ｱ', '〈'] {
            assert!(is_cjk(c), "{c}");
        }
        for c in ['a', 'é', '!', '(', '—', '😀', '⌚', 'Ж'] {
            assert!(!is_cjk(c), "{c}");
        }
        assert!(is_non_cjk_punctuation('!'));
        assert!(!is_non_cjk_punctuation('「'));
    }

    #[cfg(feature = "html")]
    fn html(markdown: &str, options: crate::Options) -> String {
        let mut out = String::new();
        crate::html::push_html(&mut out, crate::Parser::new_ext(markdown, options));
        out
    }

    #[cfg(feature = "html")]
    #[test]
    fn emphasis_next_to_cjk_punctuation_opens_and_closes() {
        let cjk = crate::Options::ENABLE_CJK_FRIENDLY_EMPHASIS;
        for (markdown, expected) in [
            ("方塊**「勾選」**預設", "方塊<strong>「勾選」</strong>預設"),
            ("**指紋 (SHA-1)**與**x**：", "<strong>指紋 (SHA-1)</strong>與<strong>x</strong>："),
            ("これは**「重要」**です", "これは<strong>「重要」</strong>です"),
            ("**이 별표는 (괄호)**이", "<strong>이 별표는 (괄호)</strong>이"),
            ("文*『強調』*字", "文<em>『強調』</em>字"),
        ] {
            assert_eq!(html(markdown, cjk), format!("<p>{expected}</p>\n"), "{markdown}");
            assert_ne!(html(markdown, crate::Options::empty()), format!("<p>{expected}</p>\n"));
        }
        // Without CJK text, nothing changes.
        for markdown in ["a**(b)**c", "**a** b", "snake_case_name", "*a*b", "a*\"b\"*c"] {
            assert_eq!(html(markdown, cjk), html(markdown, crate::Options::empty()), "{markdown}");
        }
    }
}
