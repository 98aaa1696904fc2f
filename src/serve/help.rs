//! The help site over HTTP, at the paths of the HTML export: `/<lang>/<id>.html`,
//! `/<lang>/index.html`, `/f1-map.json`, `/f1/<keyword>.html`, `/style.css`;
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
        .route("/f1", get(super::f1::f1))
        .route("/f1/{file}", get(super::f1::f1_page))
        .route("/f1-map.json", get(f1_map))
        .route("/lang", get(switch_language))
        .route("/{lang}/{file}", get(page))
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

async fn style() -> Response {
    let mut response = crate::render::html::STYLE.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    response
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

/// The switcher of `serve`: through `/lang`, which remembers the choice.
fn switch_href(lang: &LanguageIdentifier, file: &str) -> String {
    format!("/lang?set={lang}&to=/{lang}/{file}")
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
    // A plain page (no request, no way back) without live state is kept
    // while the content is unchanged; any page with live state for a second
    // while the store is unchanged.
    let plain = wanted.is_none() && back.is_none();
    let key = format!(
        "{lang}/{id}?{}&{}",
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
    let rendered = tokio::task::spawn_blocking({
        let site = site.clone();
        // Live state: the store before or after a step, never halfway.
        move || {
            site.store
                .read_stable(|| render_page(&site, &locale, &id, wanted.as_deref(), back.clone()))
        }
    })
    .await
    .ok()
    .flatten();
    match rendered {
        Some((body, live)) => {
            let body = Cached::from(body);
            if live {
                site.keep_live(&key, stamp, body.clone());
            } else if plain {
                site.keep(&key, body.clone());
            }
            html(StatusCode::OK, body, !live)
        }
        None => not_found_in(&site, &headers).await,
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

/// The page and whether it shows live state; `None` when there is no such topic.
fn render_page(
    site: &Site,
    locale: &LanguageIdentifier,
    id: &str,
    request: Option<&str>,
    back: Option<String>,
) -> Option<(String, bool)> {
    let docwiz = site.docwiz(locale).ok()?;
    let names = site.language_names();
    let ui = site.ui(locale);
    let back = back.map(|href| {
        let label = ui.text(&Message::new("site-back-to-wizard"));
        (href, label)
    });
    let toc = site.toc(locale);
    let nav = Nav {
        base: None,
        switch: &switch_href,
        back,
        toc: toc.as_deref().map(Vec::as_slice),
    };
    if id == "index" {
        let (catalog, _) = docwiz.catalog().ok()?;
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
        return Some((
            pages::index_page(locale, &entries, &ui, &names, &nav),
            false,
        ));
    }
    if id == NO_MATCH {
        return None;
    }
    let topic = crate::f1_index::load_topic(&site.source, id).ok()??;
    let live = AtomicBool::new(false);
    let fill = |name: &str, l10n: &crate::localization::Localizer| {
        live.store(true, Ordering::Relaxed);
        crate::cert::live::slot(&site.store, &site.commands, name, l10n, request)
    };
    let view = View {
        side_by_side: false,
        live: Some(&fill),
    };
    let help = docwiz.page(&topic, view, None).ok()?;
    Some((
        topic_html(help, &names, &nav, &topic.front),
        live.into_inner(),
    ))
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
    let nav = Nav {
        base: None,
        switch: &|lang, _| format!("/lang?set={lang}&to=/{lang}/index.html"),
        back: None,
        toc: None,
    };
    let front = crate::topic::FrontMatter {
        id: NO_MATCH.to_string(),
        ..Default::default()
    };
    Some(topic_html(page, &names, &nav, &front))
}
