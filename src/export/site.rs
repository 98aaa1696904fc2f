//! The static HTML site: topic pages with a language switcher and alternates,
//! an index per language, a root index and one F1 page per keyword that sends
//! the browser to the topic in the reader's language, and `f1-map.json`.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use askama::Template;
use unic_langid::LanguageIdentifier;

use super::{ExportError, Written, write_error};
use crate::catalog::Catalog;
use crate::compose::Page;
use crate::error::Message;
use crate::localization::Localizer;
use crate::render::Labels;
use crate::render::html::{STYLE, body};
use crate::toc::Named;
use crate::topic::FrontMatter;

/// Picks the best exported locale from `navigator.languages`, as docwiz
/// negotiates: exact tag, Traditional Chinese for zh-Hant/TW/HK/MO (never for
/// Simplified), the same language, else English.
const PICK_JS: &str = r#"function docwizPick(available) {
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
  var lower = available.map(function (a) { return a.toLowerCase(); });
  for (var i = 0; i < wanted.length; i++) {
    var tag = String(wanted[i]).toLowerCase().replace(/_/g, "-");
    var exact = lower.indexOf(tag);
    if (exact >= 0) return available[exact];
    var parts = tag.split("-");
    if (parts[0] === "zh") {
      var simplified = parts.indexOf("hans") > 0 || parts.indexOf("cn") > 0 || parts.indexOf("sg") > 0;
      var traditional = parts.indexOf("hant") > 0 || parts.indexOf("tw") > 0 || parts.indexOf("hk") > 0 || parts.indexOf("mo") > 0;
      var tw = lower.indexOf("zh-tw");
      if (traditional && !simplified && tw >= 0) return available[tw];
      continue;
    }
    for (var j = 0; j < lower.length; j++) if (lower[j].split("-")[0] === parts[0]) return available[j];
  }
  var en = lower.indexOf("en");
  return en >= 0 ? available[en] : available[0];
}"#;

/// A link to the same page in another language.
pub struct Switch {
    pub lang: String,
    pub name: String,
    pub href: String,
    pub current: bool,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = r##"<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
{% if let Some(description) = description %}<meta name="description" content="{{ description }}">
{% endif %}{% for (lang, href) in alternates %}<link rel="alternate" hreflang="{{ lang }}" href="{{ href }}">
{% endfor %}{% if let Some(default) = x_default %}<link rel="alternate" hreflang="x-default" href="{{ default }}">
{% endif %}<link rel="stylesheet" href="{{ css }}">
<script src="{{ search.script }}" defer></script>
</head>
<body>
<a class="skip" href="#main">{{ skip_label }}</a>
<nav class="languages" aria-label="{{ nav_label }}">{% for s in switches %}{% if s.current %}<span lang="{{ s.lang }}" aria-current="page">{{ s.name }}</span>{% else %}<a href="{{ s.href }}" lang="{{ s.lang }}" hreflang="{{ s.lang }}">{{ s.name }}</a>{% endif %}
{% endfor %}· <a href="{{ index_href }}">{{ index_label }}</a>{% if let Some((href, label)) = back %} · <a href="{{ href }}" rel="prev" class="back">{{ label }}</a>{% endif %}</nav>
<form class="search" role="search" hidden data-index="{{ search.index }}" data-results="{{ search.results }}" data-nothing="{{ search.nothing }}" data-english="{{ search.english }}" data-unavailable="{{ search.unavailable }}" data-nearest="{{ search.nearest }}">
<label for="search-query">{{ search.label }}</label>
<input id="search-query" name="q" type="search" placeholder="{{ search.label }}" autocomplete="off" spellcheck="false">
<button type="submit">{{ search.button }}</button>
</form>
<section id="search-results" class="search-results" aria-live="polite" hidden></section>
<div class="site">
{{ toc|safe }}<main id="main">
{{ crumbs|safe }}{{ body|safe }}
{{ pager|safe }}</main>
</div>
{% if !fallback_note.is_empty() %}<footer class="fallback-note" lang="{{ fallback_note_lang }}">{{ fallback_note }}</footer>
{% endif %}</body>
</html>
"##
)]
struct SitePage<'a> {
    lang: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    switches: &'a [Switch],
    alternates: &'a [(String, String)],
    x_default: Option<&'a str>,
    css: &'a str,
    nav_label: &'a str,
    index_href: &'a str,
    index_label: &'a str,
    body: &'a str,
    fallback_note: &'a str,
    fallback_note_lang: &'a str,
    back: Option<(&'a str, &'a str)>,
    /// The table of contents as a sidebar, the breadcrumbs and the
    /// previous/next links (HTML, empty without a table of contents).
    toc: &'a str,
    crumbs: &'a str,
    pager: &'a str,
    skip_label: &'a str,
    search: SearchBox,
}

/// The search box of a site page (see [`super::site_search`]): where the
/// script and the page language's index are, and its messages, the query
/// in them as U+E000 for the script to fill in.
struct SearchBox {
    script: String,
    index: String,
    label: String,
    button: String,
    results: String,
    nothing: String,
    english: String,
    unavailable: String,
    /// The nearest words of a query that found nothing (`docwiz search`'s
    /// message), the words as U+E000.
    nearest: String,
}

impl SearchBox {
    fn new(l10n: &Localizer, locale: &LanguageIdentifier, root: &str) -> SearchBox {
        let text = |id: &'static str| l10n.text(&Message::new(id));
        let with_query =
            |id: &'static str| l10n.text(&Message::new(id).arg("query", QUERY_SLOT.to_string()));
        SearchBox {
            script: format!("{root}search.js"),
            index: format!("{root}search/{locale}/"),
            label: text("site-search-label"),
            button: text("site-search-button"),
            results: with_query("site-search-results"),
            nothing: with_query("site-search-nothing"),
            english: text("search-in-english"),
            unavailable: text("site-search-unavailable"),
            nearest: l10n
                .text(&Message::new("error-nearest-terms").arg("terms", QUERY_SLOT.to_string())),
        }
    }
}

/// Stands for the query in the search box's messages.
const QUERY_SLOT: char = '\u{E000}';

/// The UI labels the search box puts on a topic page.
pub const SEARCH_LABELS: [&str; 2] = ["site-search-label", "site-search-button"];

/// How a site page links out: the static export links between files; `serve`
/// sends the language switcher through a URL that remembers the choice, and
/// may offer a way back to the wizard page the help was opened from.
pub struct Nav<'a> {
    /// Where the site will be published, for absolute `hreflang` alternates.
    pub base: Option<&'a str>,
    /// The switcher's link to `file` in language `lang`.
    pub switch: &'a dyn Fn(&LanguageIdentifier, &str) -> String,
    /// A link back (URL, label), shown after the index link.
    pub back: Option<(String, String)>,
    /// The table of contents named in the page's language, if the tree has
    /// one: drawn as a sidebar with the current page marked, breadcrumbs
    /// and previous/next links.
    pub toc: Option<&'a [Named]>,
    /// The page is answered at another path than `<lang>/<file>` (`serve`'s
    /// no-match page at `/f1?k=…`): its links are absolute paths, since
    /// relative ones would resolve against that path, and it has no
    /// alternates, since no other language has it at an address of its own.
    pub elsewhere: bool,
}

/// The export's switcher link: the same file in the sibling directory.
pub fn sibling(lang: &LanguageIdentifier, file: &str) -> String {
    format!("../{lang}/{file}")
}

/// The root index and the F1 pages: they send the browser to the reader's
/// language, and without JavaScript show one link per language.
///
/// Their own words (title, heading) are in one language, the first exported
/// (the first `--lang`, English when all are exported), and `lang` says
/// that one: `mul` would tell a screen reader or a browser's hyphenation
/// nothing about how to read the title. The chooser's links name each
/// language in itself, each with its own `lang`.
#[derive(Template)]
#[template(
    ext = "html",
    source = r#"<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{% if let Some(keyword) = keyword %}<meta name="docwiz:f1" content="{{ keyword }}">
{% endif %}<title>{{ title }}</title>
{% for (lang, href) in alternates %}<link rel="alternate" hreflang="{{ lang }}" href="{{ href }}">
{% endfor %}{% if let Some(default) = x_default %}<link rel="alternate" hreflang="x-default" href="{{ default }}">
{% endif %}<link rel="stylesheet" href="{{ css }}">
<script>
{{ pick|safe }}
var pages = {{ pages|safe }};
location.replace(pages[docwizPick(Object.keys(pages))]);
</script>
</head>
<body>
<main>
<h1>{{ title }}</h1>
<ul class="languages">
{% for (lang, name, href) in links %}<li><a href="{{ href }}" lang="{{ lang }}" hreflang="{{ lang }}">{{ name }}</a></li>
{% endfor %}</ul>
</main>
</body>
</html>
"#
)]
struct RedirectPage<'a> {
    lang: &'a str,
    keyword: Option<&'a str>,
    title: &'a str,
    alternates: &'a [(String, String)],
    x_default: Option<&'a str>,
    css: &'a str,
    pick: &'a str,
    pages: &'a str,
    links: &'a [(String, String, String)],
}

impl RedirectPage<'_> {
    /// `targets`: language, its name, and the page's URL relative to this page.
    fn html(
        lang: &str,
        keyword: Option<&str>,
        title: &str,
        targets: &[(String, String, String)],
        absolute: &[(String, String)],
        css: &str,
    ) -> String {
        let pages: BTreeMap<&String, &String> =
            targets.iter().map(|(l, _, href)| (l, href)).collect();
        let x_default = absolute
            .iter()
            .find(|(l, _)| l == crate::language::SOURCE)
            .map(|(_, href)| href.as_str());
        RedirectPage {
            lang,
            keyword,
            title,
            alternates: absolute,
            x_default,
            css,
            pick: PICK_JS,
            pages: &script_json(&serde_json::json!(pages)),
            links: targets,
        }
        .render()
        .unwrap_or_default()
    }
}

/// Names of the exported languages, each in its own language.
pub fn language_names(
    locales: &[LanguageIdentifier],
    ui: &dyn Fn(&LanguageIdentifier) -> String,
) -> Vec<(LanguageIdentifier, String)> {
    locales.iter().map(|l| (l.clone(), ui(l))).collect()
}

fn switches(
    names: &[(LanguageIdentifier, String)],
    current: &LanguageIdentifier,
    file: &str,
    href: &dyn Fn(&LanguageIdentifier, &str) -> String,
) -> Vec<Switch> {
    names
        .iter()
        .map(|(l, name)| Switch {
            lang: l.to_string(),
            name: name.clone(),
            href: href(l, file),
            current: l == current,
        })
        .collect()
}

/// Where the page of `lang` is: absolute under `base` (search engines want
/// absolute alternates), else relative to a page one directory down.
fn page_url(base: Option<&str>, lang: &str, file: &str) -> String {
    match base {
        Some(base) => format!("{}/{lang}/{file}", base.trim_end_matches('/')),
        None => format!("../{lang}/{file}"),
    }
}

fn alternates(
    names: &[(LanguageIdentifier, String)],
    base: Option<&str>,
    file: &str,
) -> Vec<(String, String)> {
    names
        .iter()
        .map(|(l, _)| (l.to_string(), page_url(base, &l.to_string(), file)))
        .collect()
}

fn x_default(
    names: &[(LanguageIdentifier, String)],
    base: Option<&str>,
    file: &str,
) -> Option<String> {
    names
        .iter()
        .any(|(l, _)| *l == crate::language::SOURCE)
        .then(|| page_url(base, crate::language::SOURCE, file))
}

/// A topic page of the site: `DIR/<lang>/<id>.html`.
pub fn topic_page(
    page: &Page,
    labels: &Labels,
    l10n: &Localizer,
    front: &FrontMatter,
    names: &[(LanguageIdentifier, String)],
    nav: &Nav,
) -> String {
    let file = format!("{}.html", front.id);
    let body = body(page, labels);
    shell(
        &page.locale,
        &page.title,
        page.description.as_deref(),
        &file,
        &body,
        (&labels.fallback_note, &labels.fallback_note_lang),
        l10n,
        names,
        nav,
    )
}

/// The index of one language: every topic with its title, in `entries`
/// order (id, title).
pub fn index_page(
    locale: &LanguageIdentifier,
    entries: &[(String, String)],
    l10n: &Localizer,
    names: &[(LanguageIdentifier, String)],
    nav: &Nav,
) -> String {
    let title = l10n.text(&Message::new("site-index-title"));
    let mut items = String::new();
    for (id, topic_title) in entries {
        items.push_str(&format!(
            "<li><a href=\"{}.html\">{}</a></li>\n",
            escape(id),
            escape(topic_title)
        ));
    }
    let body = format!(
        "<h1 id=\"topics\">{}</h1>\n<ul class=\"topics\">\n{items}</ul>",
        escape(&title)
    );
    shell(
        locale,
        &title,
        None,
        "index.html",
        &body,
        ("", ""),
        l10n,
        names,
        nav,
    )
}

/// Topics (id, title) in the order of the table of contents, those it
/// does not list after them by title; by title when there is none.
pub fn in_toc_order(
    mut entries: Vec<(String, String)>,
    toc: Option<&[Named]>,
) -> Vec<(String, String)> {
    fn order(items: &[Named], out: &mut Vec<String>) {
        for item in items {
            if let Some(id) = &item.topic {
                out.push(id.clone());
            }
            order(&item.items, out);
        }
    }
    let mut listed = Vec::new();
    order(toc.unwrap_or_default(), &mut listed);
    entries.sort_by_cached_key(|(id, title)| {
        (
            listed.iter().position(|l| l == id).unwrap_or(usize::MAX),
            title.to_lowercase(),
        )
    });
    entries
}

/// A page in a language directory: switcher, alternates, index link, body.
#[allow(clippy::too_many_arguments)]
fn shell(
    locale: &LanguageIdentifier,
    title: &str,
    description: Option<&str>,
    file: &str,
    body: &str,
    (fallback_note, fallback_note_lang): (&str, &str),
    l10n: &Localizer,
    names: &[(LanguageIdentifier, String)],
    nav: &Nav,
) -> String {
    let current = file.strip_suffix(".html").unwrap_or(file);
    let (toc, crumbs, pager) = nav
        .toc
        .map(|toc| toc_html(toc, current, l10n))
        .unwrap_or_default();
    let switches = switches(names, locale, file, nav.switch);
    let (alternates, x_default, root, index_href) = if nav.elsewhere {
        (Vec::new(), None, "/", format!("/{locale}/index.html"))
    } else {
        (
            alternates(names, nav.base, file),
            x_default(names, nav.base, file),
            "../",
            "index.html".to_string(),
        )
    };
    let css = format!("{root}style.css");
    SitePage {
        lang: &locale.to_string(),
        title,
        description,
        switches: &switches,
        alternates: &alternates,
        x_default: x_default.as_deref(),
        css: &css,
        nav_label: &l10n.text(&Message::new("site-languages")),
        index_href: &index_href,
        index_label: &l10n.text(&Message::new("site-all-topics")),
        body,
        fallback_note,
        fallback_note_lang,
        back: nav.back.as_ref().map(|(h, l)| (h.as_str(), l.as_str())),
        toc: &toc,
        crumbs: &crumbs,
        pager: &pager,
        skip_label: &l10n.text(&Message::new("site-skip")),
        search: SearchBox::new(l10n, locale, root),
    }
    .render()
    .unwrap_or_default()
}

/// The sidebar (nested lists, the current page marked with
/// `aria-current="page"`), the breadcrumbs and the previous/next links of
/// page `current`, as HTML. Links are relative: every page of a language
/// is in the same directory, in the export and under `serve`.
fn toc_html(toc: &[Named], current: &str, l10n: &Localizer) -> (String, String, String) {
    fn list(items: &[Named], current: &str, out: &mut String) {
        out.push_str("<ul>\n");
        for item in items {
            out.push_str("<li>");
            match &item.topic {
                Some(id) if id == current => out.push_str(&format!(
                    "<a href=\"{}.html\" aria-current=\"page\">{}</a>",
                    escape(id),
                    escape(&item.title)
                )),
                Some(id) => out.push_str(&format!(
                    "<a href=\"{}.html\">{}</a>",
                    escape(id),
                    escape(&item.title)
                )),
                None => out.push_str(&format!("<span>{}</span>", escape(&item.title))),
            }
            if !item.items.is_empty() {
                out.push('\n');
                list(&item.items, current, out);
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    let label = escape(&l10n.text(&Message::new("site-toc")));
    let mut sidebar = format!(
        "<nav class=\"toc\" aria-label=\"{label}\">\n<details>\n<summary>{label}</summary>\n"
    );
    list(toc, current, &mut sidebar);
    sidebar.push_str("</details>\n</nav>\n");

    let trail = crate::toc::trail(toc, current);
    let crumbs = if trail.is_empty() {
        String::new()
    } else {
        let items: String = trail
            .iter()
            .map(|n| match &n.topic {
                Some(id) => format!(
                    "<li><a href=\"{}.html\">{}</a></li>",
                    escape(id),
                    escape(&n.title)
                ),
                None => format!("<li>{}</li>", escape(&n.title)),
            })
            .collect();
        format!(
            "<nav class=\"breadcrumbs\" aria-label=\"{}\"><ol>{items}</ol></nav>\n",
            escape(&l10n.text(&Message::new("site-breadcrumbs")))
        )
    };

    let (previous, next) = crate::toc::neighbours(toc, current);
    let link = |n: Option<&Named>, rel: &str, message: &'static str| {
        n.and_then(|n| {
            let id = n.topic.as_ref()?;
            let text = l10n.text(&Message::new(message).arg("title", n.title.as_str()));
            Some(format!(
                "<a href=\"{}.html\" rel=\"{rel}\">{}</a>",
                escape(id),
                escape(&text)
            ))
        })
    };
    let links: Vec<String> = [
        link(previous, "prev", "site-previous"),
        link(next, "next", "site-next"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let pager = if links.is_empty() {
        String::new()
    } else {
        format!("<nav class=\"pager\">{}</nav>\n", links.join("\n"))
    };
    (sidebar, crumbs, pager)
}

fn escape(text: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// JSON safe inside `<script>`.
fn script_json(value: &serde_json::Value) -> String {
    value.to_string().replace("</", "<\\/")
}

/// A keyword as a file name: lowercase, and nothing but `[a-z0-9._-]`.
pub fn keyword_file(keyword: &str) -> String {
    keyword
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Each F1 keyword with its file name (see [`keyword_file`]), the topic
/// that claims it and that topic's page per language (`lang/id.html`); a
/// keyword whose file name an earlier topic took is left out (lint reports it).
fn f1_entries<'a>(
    catalog: &'a Catalog,
    written: &[Written],
) -> Vec<(
    &'a String,
    String,
    &'a FrontMatter,
    BTreeMap<String, String>,
)> {
    let mut by_topic: std::collections::HashMap<&str, Vec<&Written>> =
        std::collections::HashMap::new();
    for w in written {
        by_topic.entry(w.id.as_str()).or_default().push(w);
    }
    let mut files = std::collections::HashSet::new();
    let mut entries = Vec::new();
    for front in catalog.topics() {
        let of_topic = by_topic
            .get(front.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default();
        for keyword in &front.f1 {
            let file = keyword_file(keyword);
            if files.contains(&file) {
                continue;
            }
            let pages: BTreeMap<String, String> = of_topic
                .iter()
                .map(|w| (w.locale.to_string(), format!("{}/{}.html", w.locale, w.id)))
                .collect();
            if pages.is_empty() {
                continue;
            }
            files.insert(file.clone());
            entries.push((keyword, file, front, pages));
        }
    }
    entries
}

/// `f1-map.json`: keyword → topic id → language → page path, for programs
/// that open F1 help without a server.
pub fn f1_map(catalog: &Catalog, written: &[Written]) -> String {
    let mut map: BTreeMap<String, BTreeMap<String, BTreeMap<String, String>>> = BTreeMap::new();
    for (keyword, _, front, pages) in f1_entries(catalog, written) {
        map.entry(keyword.clone())
            .or_default()
            .insert(front.id.clone(), pages);
    }
    serde_json::to_string_pretty(&map).unwrap_or_default()
}

/// Indexes, the root page, F1 pages, `f1-map.json` and the style sheet.
pub fn write_site(
    dir: &Path,
    catalog: &Catalog,
    names: &[(LanguageIdentifier, String)],
    written: &[Written],
    ui: &dyn Fn(&LanguageIdentifier) -> Localizer,
    tocs: &HashMap<LanguageIdentifier, Vec<Named>>,
    base: Option<&str>,
) -> Result<(), ExportError> {
    let write = |rel: &str, text: &str| {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| write_error(parent, e))?;
        }
        std::fs::write(&path, text).map_err(|e| write_error(&path, e))
    };
    write("style.css", STYLE)?;

    // The search index of each language, and the script that reads it.
    write("search.js", super::site_search::SCRIPT)?;
    for (locale, _) in names {
        let pages: Vec<&super::site_search::Analyzed> = written
            .iter()
            .filter(|w| &w.locale == locale)
            .filter_map(|w| w.search.as_ref())
            .collect();
        for (path, text) in super::site_search::files(locale, &pages) {
            write(&format!("search/{locale}/{path}"), &text)?;
        }
    }

    // One index per language, in the order of the table of contents.
    for (locale, _) in names {
        let toc = tocs.get(locale).map(Vec::as_slice);
        let nav = Nav {
            base,
            switch: &sibling,
            back: None,
            toc,
            elsewhere: false,
        };
        let entries: Vec<(String, String)> = written
            .iter()
            .filter(|w| &w.locale == locale)
            .map(|w| (w.id.clone(), w.title.clone()))
            .collect();
        let entries = in_toc_order(entries, toc);
        let page = index_page(locale, &entries, &ui(locale), names, &nav);
        write(&format!("{locale}/index.html"), &page)?;
    }

    // The root sends the reader to their language; without JavaScript it lists them.
    let targets: Vec<(String, String, String)> = names
        .iter()
        .map(|(l, name)| (l.to_string(), name.clone(), format!("{l}/index.html")))
        .collect();
    let absolute: Vec<(String, String)> = names
        .iter()
        .map(|(l, _)| {
            let href = match base {
                Some(base) => format!("{}/{l}/index.html", base.trim_end_matches('/')),
                None => format!("{l}/index.html"),
            };
            (l.to_string(), href)
        })
        .collect();
    // The root's own words are in the first exported language.
    let first = names.first().map_or_else(
        || crate::language::SOURCE.to_string(),
        |(l, _)| l.to_string(),
    );
    let root_title = names
        .first()
        .map(|(l, _)| ui(l).text(&Message::new("site-index-title")))
        .unwrap_or_default();
    write(
        "index.html",
        &RedirectPage::html(&first, None, &root_title, &targets, &absolute, "style.css"),
    )?;

    // F1: one page per keyword, and the whole map as JSON. Its title is the
    // topic's in the first exported language that has it.
    for (keyword, file, front, pages) in f1_entries(catalog, written) {
        let titled = names.iter().find_map(|(l, _)| {
            written
                .iter()
                .find(|w| &w.locale == l && w.id == front.id)
                .map(|w| (l.to_string(), w.title.as_str()))
        });
        let (lang, title) = titled.unwrap_or_else(|| (first.clone(), ""));
        let targets: Vec<(String, String, String)> = names
            .iter()
            .filter(|(l, _)| pages.contains_key(&l.to_string()))
            .map(|(l, name)| {
                (
                    l.to_string(),
                    name.clone(),
                    format!("../{l}/{}.html", front.id),
                )
            })
            .collect();
        let file_name = format!("{}.html", front.id);
        let absolute: Vec<(String, String)> = alternates(names, base, &file_name)
            .into_iter()
            .filter(|(l, _)| pages.contains_key(l))
            .collect();
        let html = RedirectPage::html(
            &lang,
            Some(keyword),
            title,
            &targets,
            &absolute,
            "../style.css",
        );
        write(&format!("f1/{file}.html"), &html)?;
    }
    write("f1-map.json", &f1_map(catalog, written))?;
    Ok(())
}
