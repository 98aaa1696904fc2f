//! Markdown output: front matter, then the composed document as it is, so alerts
//! stay `> [!IMPORTANT]` and heading ids stay `{#id}`.

use crate::compose::{FallbackReason, Page};

pub fn render(page: &Page) -> String {
    let mut out = String::from("---\n");
    field(&mut out, "id", &page.id);
    field(&mut out, "locale", &page.locale.to_string());
    field(&mut out, "title", &page.title);
    if let Some(description) = &page.description {
        field(&mut out, "description", description);
    }
    list(&mut out, "f1", &page.f1);
    if !page.fallbacks.is_empty() {
        list(&mut out, "fallback", &page.fallback_ids());
    }
    // Which of them are in English because their translation is broken, not
    // because it is missing.
    let broken: Vec<String> = page
        .fallbacks
        .iter()
        .filter(|f| f.reason == FallbackReason::Error)
        .map(|f| f.id.clone())
        .collect();
    if !broken.is_empty() {
        list(&mut out, "fallback-error", &broken);
    }
    out.push_str("---\n");
    out.push_str(&page.markdown);
    out
}

/// YAML double-quoted scalars are a superset of JSON strings.
fn quote(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn field(out: &mut String, key: &str, value: &str) {
    out.push_str(&format!("{key}: {}\n", quote(value)));
}

fn list(out: &mut String, key: &str, values: &[String]) {
    let items: Vec<String> = values.iter().map(|v| quote(v)).collect();
    out.push_str(&format!("{key}: [{}]\n", items.join(", ")));
}
