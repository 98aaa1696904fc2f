//! Markdown in the style of Microsoft Learn / DocFX: its front matter keys,
//! alerts kept as `> [!IMPORTANT]`, and heading anchors as `<a name>`.

use std::collections::HashMap;
use std::path::Path;

use unic_langid::LanguageIdentifier;

use super::{ExportError, Written, write_error};
use crate::compose::Page;
use crate::error::Message;
use crate::localization::Localizer;
use crate::toc::Named;
use crate::topic::FrontMatter;

fn quote(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A page as Markdown for a Microsoft Learn-style repository, its front
/// matter in the schema of the seed pages (learn.microsoft.com's metadata
/// reference): `ms.custom` holds the F1 keywords and `f1.keywords: CSH`
/// marks a context-help page, which also gets `ROBOTS: NOINDEX, NOFOLLOW`
/// (found by F1, not by search engines); a localized copy (any language but
/// the source's) names its language with a region in `ms.contentlocale`.
pub fn page(page: &Page, front: &FrontMatter) -> String {
    let mut out = String::from("---\n");
    out.push_str(&format!("title: {}\n", quote(&page.title)));
    if let Some(description) = &page.description {
        out.push_str(&format!("description: {}\n", quote(description)));
    }
    for (key, value) in &front.authors {
        out.push_str(&format!("{key}: {}\n", quote(value)));
    }
    if let Some(audience) = &front.audience {
        out.push_str(&format!("audience: {audience}\n"));
    }
    if let Some(topic) = &front.topic {
        out.push_str(&format!("ms.topic: {topic}\n"));
    }
    let context_help = !front.f1.is_empty();
    if context_help {
        out.push_str("ms.custom:\n");
        for keyword in &front.f1 {
            out.push_str(&format!("- {}\n", quote(keyword)));
        }
    }
    out.push_str("f1.keywords:\n");
    out.push_str(if context_help { "- CSH\n" } else { "- NOCSH\n" });
    if let Some(priority) = &front.localization_priority {
        out.push_str(&format!("ms.localizationpriority: {priority}\n"));
    }
    if let Some(assetid) = &front.assetid {
        out.push_str(&format!("ms.assetid: {assetid}\n"));
    }
    if context_help {
        out.push_str("ROBOTS: NOINDEX, NOFOLLOW\n");
    }
    if page.locale != crate::language::source() {
        out.push_str(&format!(
            "ms.contentlocale: {}\n",
            content_locale(&page.locale)
        ));
    }
    out.push_str("---\n");
    for line in crate::render::markdown::portable(&page.markdown).lines() {
        out.push_str(&docfx_heading(line).unwrap_or_else(|| line.to_string()));
        out.push('\n');
    }
    out
}

/// A language with its region, as `ms.contentlocale` names it (`fr` →
/// `fr-FR`, `zh-TW` stays): the region is CLDR's likely subtag for the
/// language (through unic-langid's likely-subtags data); the script is left
/// out, as Learn's locales do.
pub fn content_locale(locale: &unic_langid::LanguageIdentifier) -> String {
    let mut likely = locale.clone();
    likely.maximize();
    match likely.region {
        Some(region) => format!("{}-{}", likely.language, region),
        None => locale.to_string(),
    }
}

/// Per language, `toc.yml` (DocFX's format: `name`, `href` to the `.md`
/// file, nested `items`; names in that language) and `index.md` listing the
/// exported topics in the table's order.
///
/// # Errors
/// `ExportError::Write` when a file cannot be written.
pub fn write_indexes(
    dir: &Path,
    locales: &[LanguageIdentifier],
    written: &[Written],
    ui: &dyn Fn(&LanguageIdentifier) -> Localizer,
    tocs: &HashMap<LanguageIdentifier, Vec<Named>>,
) -> Result<(), ExportError> {
    for locale in locales {
        let toc = tocs.get(locale).map(Vec::as_slice);
        let titles: HashMap<&str, &str> = written
            .iter()
            .filter(|w| &w.locale == locale)
            .map(|w| (w.id.as_str(), w.title.as_str()))
            .collect();
        let title = ui(locale).text(&Message::new("site-index-title"));
        let mut index = format!("---\ntitle: {}\n---\n# {}\n\n", quote(&title), title);
        // The table of contents as a nested list, sections by their names;
        // topics it does not list follow it, as the HTML index orders them.
        let mut listed = std::collections::HashSet::new();
        index_list(toc.unwrap_or_default(), &titles, 0, &mut listed, &mut index);
        let rest: Vec<(String, String)> = titles
            .iter()
            .filter(|(id, _)| !listed.contains(**id))
            .map(|(id, t)| (id.to_string(), t.to_string()))
            .collect();
        for (id, topic_title) in super::site::in_toc_order(rest, None) {
            index.push_str(&format!(
                "- [{}]({id}.md)\n",
                escape_link_text(&topic_title)
            ));
        }
        let mut yml = String::new();
        toc_yml(toc.unwrap_or_default(), 0, &mut yml);
        for (rel, text) in [("index.md", index), ("toc.yml", yml)] {
            let path = dir.join(locale.to_string()).join(rel);
            std::fs::write(&path, text).map_err(|e| write_error(&path, e))?;
        }
    }
    Ok(())
}

/// The entries of `items` that lead to a written topic, as Markdown list
/// items `depth` levels deep: a topic links to its page, a section is its
/// name with its entries under it. Each topic listed goes into `listed`.
fn index_list<'a>(
    items: &'a [Named],
    titles: &HashMap<&str, &str>,
    depth: usize,
    listed: &mut std::collections::HashSet<&'a str>,
    out: &mut String,
) {
    let indent = "  ".repeat(depth);
    for item in items {
        let mut below = String::new();
        index_list(&item.items, titles, depth + 1, listed, &mut below);
        match item
            .topic
            .as_deref()
            .and_then(|id| Some((id, *titles.get(id)?)))
        {
            Some((id, title)) => {
                listed.insert(id);
                out.push_str(&format!(
                    "{indent}- [{}]({id}.md)\n",
                    escape_link_text(title)
                ));
            }
            // A section (or a topic not written) with nothing written under
            // it is left out.
            None if below.is_empty() => continue,
            None => out.push_str(&format!("{indent}- {}\n", escape_link_text(&item.title))),
        }
        out.push_str(&below);
    }
}

fn toc_yml(items: &[Named], depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    for item in items {
        out.push_str(&format!("{indent}- name: {}\n", quote(&item.title)));
        if let Some(id) = &item.topic {
            out.push_str(&format!("{indent}  href: {id}.md\n"));
        }
        if !item.items.is_empty() {
            out.push_str(&format!("{indent}  items:\n"));
            toc_yml(&item.items, depth + 1, out);
        }
    }
}

/// Text for a Markdown link's brackets.
fn escape_link_text(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escaped = matches!(c, '[' | ']' | '\\' | '*' | '_' | '`' | '<');
            escaped.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// `## Title {#id}` → `## <a name="id"></a>Title`, as DocFX pages write anchors.
fn docfx_heading(line: &str) -> Option<String> {
    let hashes = line.len() - line.trim_start_matches('#').len();
    if hashes == 0 || hashes > 6 || !line[hashes..].starts_with(' ') {
        return None;
    }
    let text = line[hashes..].trim();
    let open = text.rfind("{#")?;
    let id = text[open + 2..].strip_suffix('}')?;
    Some(format!(
        "{} <a name=\"{id}\"></a>{}",
        &line[..hashes],
        text[..open].trim_end()
    ))
}

#[cfg(test)]
mod tests {
    use super::{content_locale, docfx_heading};

    #[test]
    fn content_locales_carry_the_likely_region() {
        for (tag, expected) in [
            ("fr", "fr-FR"),
            ("de", "de-DE"),
            ("es", "es-ES"),
            ("ru", "ru-RU"),
            ("zh-TW", "zh-TW"),
            ("de-CH", "de-CH"),
        ] {
            assert_eq!(content_locale(&tag.parse().unwrap()), expected);
        }
    }

    #[test]
    fn heading_ids_become_named_anchors() {
        assert_eq!(
            docfx_heading("## Purposes {#default-purposes}").unwrap(),
            "## <a name=\"default-purposes\"></a>Purposes"
        );
        assert_eq!(docfx_heading("Plain text {#x}"), None);
        assert_eq!(docfx_heading("## No id"), None);
    }
}
