//! The help site over HTTP, at the paths of the HTML export: `/<lang>/<id>.html`,
//! `/<lang>/index.html`, `/f1-map.json`, `/f1/<keyword>.html`, `/style.css`,
//! the site search's `/search.js` and `/search/<lang>/<file>.js`;
//! plus `/` and `/lang` (the switcher), which the export does with files and
//! script. Pages are composed on request with the live state of the store;
//! those without live state are kept until the content changes.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::Router;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use unic_langid::LanguageIdentifier;

use super::security::{self, LANG_COOKIE, query_param};
use super::site::{Cached, Site};
use crate::catalog::NO_MATCH;
use crate::error::Message;
use crate::export::Written;
use crate::export::site::{self as pages, Nav};
use crate::render::Labels;
use crate::{Lookup, View};

/// Every route of the server, with the security headers on all of them.
pub fn router(site: Arc<Site>) -> Router {
    Router::new()
        .route("/", get(root))
        .route("/style.css", get(style))
        .route("/search.js", get(search_script))
        .route("/search/{lang}/{*path}", get(search_file))
        .route("/f1", get(super::f1::f1))
        .route("/f1/{file}", get(super::f1::f1_page))
        .route("/f1-map.json", get(f1_map))
        .route("/lang", get(switch_language))
        .route("/{lang}/{file}", get(page))
        .route("/index.html", get(root))
        .route("/{lang}", get(language_dir))
        .route("/{lang}/", get(language_dir))
        .route("/assets/wizard.js", get(super::wizard::script))
        .merge(super::wizard::router(site.clone()))
        .fallback(not_found)
        .layer(axum::extract::DefaultBodyLimit::max(super::MAX_BODY))
        .layer(axum::middleware::from_fn(security::headers))
        .with_state(site)
}

/// An HTML response; `cache: false` forbids the browser to keep it.
pub fn html(status: StatusCode, body: impl Into<Cached>, cache: bool) -> Response {
    let mut response = (status, body.into()).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if !cache {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// A 302 to a path of this site.
pub fn redirect(to: &str) -> Response {
    let mut response = StatusCode::FOUND.into_response();
    if let Ok(value) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// The reader's language when the URL does not say: the switcher's cookie,
/// else Accept-Language, negotiated as the command line does.
pub fn reader_language(
    site: &Site,
    headers: &HeaderMap,
    asked: Option<&str>,
) -> LanguageIdentifier {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    site.negotiate(&[asked, security::cookie(headers, LANG_COOKIE), accept])
}

async fn root(State(site): State<Arc<Site>>, headers: HeaderMap) -> Response {
    let lang = reader_language(&site, &headers, None);
    redirect(&format!("/{lang}/index.html"))
}

/// `/de` and `/de/`: a static server gives the directory's index there.
async fn language_dir(
    State(site): State<Arc<Site>>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Response {
    match site.locale(&lang).filter(|l| l.to_string() == lang) {
        Some(locale) => redirect(&format!("/{locale}/index.html")),
        None => not_found_in(&site, &headers).await,
    }
}

async fn style() -> Response {
    let mut response = crate::render::html::STYLE.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    response
}

/// A script response (`nosniff` runs only scripts served as JavaScript).
fn script(body: impl Into<Cached>) -> Response {
    let mut response = body.into().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    response
}

async fn search_script() -> Response {
    script(crate::export::site_search::SCRIPT)
}

/// `/search/<lang>/<file>.js`: the site search's index, the same files as
/// the export's, made from the content when first asked for.
async fn search_file(
    State(site): State<Arc<Site>>,
    Path((lang, path)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some(locale) = site.locale(&lang).filter(|l| l.to_string() == lang) else {
        return not_found_in(&site, &headers).await;
    };
    // One reader makes the index; the others take what it kept.
    let lock = site.render_lock(&format!("search/{locale}"));
    let _making = lock.lock().await;
    let files = tokio::task::spawn_blocking({
        let site = site.clone();
        move || site.search_files(&locale).ok()
    })
    .await
    .ok()
    .flatten();
    match files.and_then(|files| files.get(&path).cloned()) {
        Some(body) => script(body),
        None => not_found_in(&site, &headers).await,
    }
}

/// `/lang?set=de&to=/de/x.html`: remembers the choice in a cookie (read by
/// `/` and `/f1`) and goes to the page in that language.
async fn switch_language(State(site): State<Arc<Site>>, request: Request) -> Response {
    let Some(lang) = query_param(&request, "set").and_then(|t| site.locale(&t)) else {
        return not_found_in(&site, request.headers()).await;
    };
    let to = query_param(&request, "to")
        .filter(|to| local_path(to))
        .unwrap_or_else(|| format!("/{lang}/index.html"));
    let mut response = redirect(&to);
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_str(&format!(
            "{LANG_COOKIE}={lang}; Path=/; Max-Age=31536000; SameSite=Lax"
        ))
        .unwrap_or_else(|_| HeaderValue::from_static("")),
    );
    response
}

/// A path on this site (`/…`), never another host (`//host`, `/\host`) or scheme.
pub fn local_path(to: &str) -> bool {
    to.starts_with('/')
        && !to.starts_with("//")
        && !to.starts_with("/\\")
        && !to.chars().any(|c| c.is_control() || c == '\\')
}

async fn f1_map(State(site): State<Arc<Site>>) -> Response {
    let key = "f1-map.json";
    let body = match site.cached(key) {
        Some(body) => body,
        None => {
            let built = tokio::task::spawn_blocking({
                let site = site.clone();
                move || -> Option<String> {
                    let docwiz = site.docwiz(&crate::language::source()).ok()?;
                    let (catalog, _) = docwiz.catalog().ok()?;
                    let locales = site.locales().ok()?;
                    let written: Vec<Written> = catalog
                        .topics()
                        .iter()
                        .filter(|t| t.id != NO_MATCH)
                        .flat_map(|t| {
                            locales.iter().map(|l| Written {
                                locale: l.clone(),
                                id: t.id.clone(),
                                title: String::new(),
                                f1: t.f1.clone(),
                                search: None,
                            })
                        })
                        .collect();
                    Some(pages::f1_map(&catalog, &written))
                }
            })
            .await
            .ok()
            .flatten();
            let Some(built) = built else {
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            };
            let body = Cached::from(built);
            site.keep(key, body.clone());
            body
        }
    };
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// `/<lang>/<id>.html` and `/<lang>/index.html`. Query: `request=ID` (the
/// request whose state the page shows), `back=/wizard/…` (a link back to
/// the wizard page the help was opened from).
async fn page(
    State(site): State<Arc<Site>>,
    Path((lang, file)): Path<(String, String)>,
    request: Request,
) -> Response {
    let headers = request.headers().clone();
    let Some(locale) = site.locale(&lang).filter(|l| l.to_string() == lang) else {
        return not_found_in(&site, &headers).await;
    };
    let Some(id) = file.strip_suffix(".html").filter(|id| topic_id(id)) else {
        return not_found_in(&site, &headers).await;
    };
    let wanted = query_param(&request, "request").filter(|r| r.len() <= 200);
    let back = query_param(&request, "back").filter(|b| b.starts_with("/wizard") && local_path(b));
    // Beyond loopback the store's state is the access token's to see, as
    // the wizard's pages are; without it the topic is shown without it.
    let live = security::has_token(&site, &request);
    // A plain page (no request, no way back) without live state is kept
    // while the content is unchanged; any page with live state for a second
    // while the store is unchanged.
    let plain = wanted.is_none() && back.is_none();
    let key = format!(
        "{lang}/{id}?{}&{}&{live}",
        wanted.as_deref().unwrap_or(""),
        back.as_deref().unwrap_or("")
    );
    if plain && let Some(body) = site.cached(&key) {
        return html(StatusCode::OK, body, true);
    }
    if let Some(body) = site.live_cached(&key, site.live_stamp()) {
        return html(StatusCode::OK, body, false);
    }
    // One reader renders; the others take what it kept.
    let lock = site.render_lock(&key);
    let _rendering = lock.lock().await;
    let stamp = site.live_stamp();
    if let Some(body) = site.live_cached(&key, stamp) {
        return html(StatusCode::OK, body, false);
    }
    let id = id.to_string();
    let locale_of_page = locale.clone();
    let rendered = tokio::task::spawn_blocking({
        let site = site.clone();
        let asked = Asked {
            request: wanted,
            back,
            live,
        };
        // Live state: the store before or after a step, never halfway.
        move || {
            site.store
                .read_stable(|| render_page(&site, &locale, &id, &asked))
        }
    })
    .await
    .unwrap_or(Rendered::Missing);
    match rendered {
        Rendered::Page(body, live) => {
            let body = Cached::from(body);
            if live {
                site.keep_live(&key, stamp, body.clone());
            } else if plain {
                site.keep(&key, body.clone());
            }
            html(StatusCode::OK, body, !live)
        }
        Rendered::Missing => not_found_in(&site, &headers).await,
        Rendered::Broken(problems) => broken_page(&site, &locale_of_page, &problems),
    }
}

/// A topic id as the catalog spells them: ASCII letters, digits, `-`, `_`.
fn topic_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 200
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// What a topic page is asked to show besides its topic.
struct Asked {
    /// The request whose state the live panel shows.
    request: Option<String>,
    /// The wizard page the help was opened from.
    back: Option<String>,
    /// Whether the reader may see the store's state.
    live: bool,
}

/// A topic page, drawn or not.
enum Rendered {
    /// The page and whether it shows live state.
    Page(String, bool),
    /// No such topic.
    Missing,
    /// The topic's content has errors (a `--root` being written): each
    /// where and what, in the reader's language.
    Broken(Vec<String>),
}

/// An error of the content as a line of the broken page: where, then what.
fn problem_line(ui: &crate::localization::Localizer, error: &crate::error::Error) -> String {
    let text = ui.text(&error.message());
    match error.location() {
        Some(at) => format!("{at}: {text}"),
        None => text,
    }
}

/// The switcher of a topic page: the same page in the other language,
/// with the same request and the same way back.
fn topic_switch(asked: &Asked) -> impl Fn(&LanguageIdentifier, &str) -> String + '_ {
    move |lang, file| {
        let mut to = format!("/{lang}/{file}");
        let pairs = [("request", &asked.request), ("back", &asked.back)];
        for (i, (name, value)) in pairs
            .iter()
            .filter_map(|(n, v)| v.as_ref().map(|v| (n, v)))
            .enumerate()
        {
            to.push(if i == 0 { '?' } else { '&' });
            to.push_str(&format!("{name}={}", super::f1::encode(value)));
        }
        format!("/lang?set={lang}&to={}", super::f1::encode(&to))
    }
}

/// The page of topic `id` in `locale`, with live state when `asked.live`.
fn render_page(site: &Site, locale: &LanguageIdentifier, id: &str, asked: &Asked) -> Rendered {
    let Ok(docwiz) = site.docwiz(locale) else {
        return Rendered::Missing;
    };
    let names = site.language_names();
    let ui = site.ui(locale);
    let back = asked.back.clone().map(|href| {
        let label = ui.text(&Message::new("site-back-to-wizard"));
        (href, label)
    });
    let toc = site.toc(locale);
    let switch = topic_switch(asked);
    let nav = Nav {
        base: None,
        switch: &switch,
        back,
        toc: toc.as_deref().map(Vec::as_slice),
        elsewhere: false,
    };
    if id == "index" {
        let Ok((catalog, _)) = docwiz.catalog() else {
            return Rendered::Missing;
        };
        let entries: Vec<(String, String)> = catalog
            .topics()
            .iter()
            .filter(|t| t.id != NO_MATCH)
            .map(|t| {
                let title = docwiz.title(&t.id).unwrap_or_else(|| t.id.clone());
                (t.id.clone(), title)
            })
            .collect();
        let entries = pages::in_toc_order(entries, nav.toc);
        return Rendered::Page(
            pages::index_page(locale, &entries, &ui, &names, &nav),
            false,
        );
    }
    if id == NO_MATCH {
        return Rendered::Missing;
    }
    let topic = match crate::f1_index::load_topic(&site.source, id) {
        Ok(Some(topic)) => topic,
        Ok(None) => return Rendered::Missing,
        Err(e) => return Rendered::Broken(vec![problem_line(&ui, &e)]),
    };
    let live = AtomicBool::new(false);
    let fill = |name: &str, l10n: &crate::localization::Localizer| {
        live.store(true, Ordering::Relaxed);
        crate::cert::pages::live::slot(
            &site.store,
            &site.commands.for_page_in(&l10n.locale().to_string()),
            name,
            l10n,
            asked.request.as_deref(),
        )
    };
    let view = View {
        side_by_side: false,
        live: if asked.live { Some(&fill) } else { None },
    };
    let help = match docwiz.page(&topic, view, None) {
        Ok(help) => help,
        Err(e) => return Rendered::Broken(vec![problem_line(&ui, &e)]),
    };
    // A tree being written (`--root`) shows its errors instead of a page
    // that silently falls back: `serve` is the writers' preview. The
    // built-in content is checked by lint before it ships.
    if matches!(site.source, crate::source::Source::Dir(_)) {
        let errors: Vec<String> = help
            .diagnostics
            .iter()
            .filter(|d| d.severity == crate::error::Severity::Error)
            .map(|d| {
                let text = ui.text(&d.message);
                match &d.location {
                    Some(at) => format!("{at}: {text}"),
                    None => text,
                }
            })
            .collect();
        if !errors.is_empty() {
            return Rendered::Broken(errors);
        }
    }
    Rendered::Page(
        topic_html(help, &names, &nav, &topic.front),
        live.into_inner(),
    )
}

/// A composed page as a site page.
pub fn topic_html(
    mut help: crate::Help,
    names: &[(LanguageIdentifier, String)],
    nav: &Nav,
    front: &crate::topic::FrontMatter,
) -> String {
    help.page
        .record_labels(&help.l10n, &["site-languages", "site-all-topics"]);
    help.page.record_labels(&help.l10n, &pages::SEARCH_LABELS);
    help.page.record_alert_labels(&help.l10n);
    let labels = Labels::new(&help.l10n, &help.page);
    pages::topic_page(&help.page, &labels, &help.l10n, front, names, nav)
}

async fn not_found(State(site): State<Arc<Site>>, headers: HeaderMap) -> Response {
    not_found_in(&site, &headers).await
}

/// The localized 404 page, in the reader's language.
pub async fn not_found_in(site: &Arc<Site>, headers: &HeaderMap) -> Response {
    notice_page(
        site,
        headers,
        StatusCode::NOT_FOUND,
        "site-not-found-title",
        "site-not-found",
    )
}

/// A page that only says why (a title and one paragraph, then the way to the
/// index), in the reader's language; never cached.
pub fn notice_page(
    site: &Site,
    headers: &HeaderMap,
    status: StatusCode,
    title: &'static str,
    text: &'static str,
) -> Response {
    let locale = reader_language(site, headers, None);
    let ui = site.ui(&locale);
    let title = ui.text(&Message::new(title));
    let text = ui.text(&Message::new(text));
    let body = format!(
        "<!DOCTYPE html>\n<html lang=\"{locale}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n<main>\n<h1>{}</h1>\n<p>{}</p>\n<p><a href=\"/{locale}/index.html\">{}</a></p>\n</main>\n</body>\n</html>\n",
        escape(&title),
        escape(&title),
        escape(&text),
        escape(&ui.text(&Message::new("site-all-topics"))),
    );
    html(status, body, false)
}

/// The page of a topic whose content has errors, status 500: each problem
/// with its file, line and column, in the page's language.
fn broken_page(site: &Site, locale: &LanguageIdentifier, problems: &[String]) -> Response {
    let ui = site.ui(locale);
    let title = ui.text(&Message::new("site-broken-title"));
    let mut list = String::new();
    for problem in problems {
        list.push_str(&format!("<li><code>{}</code></li>\n", escape(problem)));
    }
    let body = format!(
        "<!DOCTYPE html>\n<html lang=\"{locale}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n<p>{}</p>\n<ul class=\"error\" id=\"problems\">\n{list}</ul>\n<p><a href=\"/{locale}/index.html\">{}</a></p>\n</main>\n</body>\n</html>\n",
        escape(&ui.text(&Message::new("site-broken"))),
        escape(&ui.text(&Message::new("site-all-topics"))),
        title = escape(&title),
    );
    html(StatusCode::INTERNAL_SERVER_ERROR, body, false)
}

/// Text for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// The no-match page of `/f1`, status 404.
pub fn no_match_page(
    site: &Site,
    locale: &LanguageIdentifier,
    keywords: &[String],
) -> Option<String> {
    let docwiz = site.docwiz(locale).ok()?;
    let lookup = docwiz
        .help(
            keywords,
            View {
                side_by_side: false,
                live: None,
            },
        )
        .ok()?;
    let Lookup::NoMatch { page, .. } = lookup else {
        return None;
    };
    let names = site.language_names();
    // The switcher asks the same question in the other language.
    let k = keywords.join(";");
    let switch = |lang: &LanguageIdentifier, _: &str| {
        let to = format!("/f1?k={}&l={lang}", super::f1::encode(&k));
        format!("/lang?set={lang}&to={}", super::f1::encode(&to))
    };
    let nav = Nav {
        base: None,
        switch: &switch,
        back: None,
        toc: None,
        elsewhere: true,
    };
    let front = crate::topic::FrontMatter {
        id: NO_MATCH.to_string(),
        ..Default::default()
    };
    Some(topic_html(page, &names, &nav, &front))
}
