//! Markdown in the style of Microsoft Learn / DocFX: its front matter keys,
//! alerts kept as `> [!IMPORTANT]`, and heading anchors as `<a name>`.

use crate::compose::Page;
use crate::topic::FrontMatter;

fn quote(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

pub fn page(page: &Page, front: &FrontMatter) -> String {
    let mut out = String::from("---\n");
    out.push_str(&format!("title: {}\n", quote(&page.title)));
    if let Some(description) = &page.description {
        out.push_str(&format!("description: {}\n", quote(description)));
    }
    if let Some(assetid) = &front.assetid {
        out.push_str(&format!("ms.assetid: {assetid}\n"));
    }
    if let Some(topic) = &front.topic {
        out.push_str(&format!("ms.topic: {topic}\n"));
    }
    if let Some(audience) = &front.audience {
        out.push_str(&format!("audience: {audience}\n"));
    }
    out.push_str("f1.keywords:\n");
    for keyword in &front.f1 {
        out.push_str(&format!("- {}\n", quote(keyword)));
    }
    out.push_str(&format!("ms.locale: {}\n", page.locale));
    out.push_str("---\n");
    for line in crate::render::markdown::portable(&page.markdown).lines() {
        out.push_str(&docfx_heading(line).unwrap_or_else(|| line.to_string()));
        out.push('\n');
    }
    out
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
    use super::docfx_heading;

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
