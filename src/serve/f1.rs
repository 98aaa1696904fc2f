//! The F1 endpoint: `/f1?k=KEYWORD1;KEYWORD2&l=LOCALE`, and Microsoft's form
//! `/f1?k=k(KEYWORD1);k(KEYWORD2)&l=LOCALE` that its products send on F1.
//! Answers 302 to the first topic that claims a keyword (case-insensitive,
//! most specific first) in the reader's language: `l`, else the switcher's
//! cookie, else Accept-Language, negotiated as the command line does. No
//! match: the localized no-match page with the nearest keywords, status 404.

use std::sync::Arc;

use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::help::{html, local_path, no_match_page, not_found_in, reader_language, redirect};
use super::security::query_param;
use super::site::Site;
use crate::f1_index::{Found, Index};

/// At most this many keywords are looked up from one request.
const MAX_KEYWORDS: usize = 32;

/// The keywords of a `k` value, most specific first: split at `;`, each
/// unwrapped from Microsoft's `k(…)`, blanks dropped.
pub fn keywords(k: &str) -> Vec<String> {
    k.split(';')
        .map(str::trim)
        .map(|item| {
            let unwrapped = item
                .get(..2)
                .filter(|p| p.eq_ignore_ascii_case("k("))
                .and_then(|_| item[2..].strip_suffix(')'));
            unwrapped.unwrap_or(item).trim().to_string()
        })
        .filter(|k| !k.is_empty())
        .take(MAX_KEYWORDS)
        .collect()
}

/// `/f1?k=…&l=…` (with `request=` and `back=` passed on to the topic page).
pub async fn f1(State(site): State<Arc<Site>>, request: Request) -> Response {
    let wanted = keywords(&query_param(&request, "k").unwrap_or_default());
    let asked = query_param(&request, "l");
    answer(&site, Asked::of(request), wanted, asked.as_deref()).await
}

/// `/f1/<keyword>.html`, the export's F1 pages: the same answer as `/f1?k=`.
pub async fn f1_page(
    State(site): State<Arc<Site>>,
    Path(file): Path<String>,
    request: Request,
) -> Response {
    let asked = Asked::of(request);
    let Some(stem) = file.strip_suffix(".html") else {
        return not_found_in(&site, &asked.headers).await;
    };
    let keyword = site
        .docwiz(&crate::language::source())
        .ok()
        .and_then(|d| d.catalog().ok())
        .and_then(|(catalog, _)| {
            catalog
                .topics()
                .iter()
                .flat_map(|t| t.f1.iter())
                // Keywords are case-insensitive here as in `/f1?k=`; the
                // export's file names are lower case.
                .find(|k| crate::export::site::keyword_file(k) == stem.to_lowercase())
                .cloned()
        });
    let Some(keyword) = keyword else {
        return not_found_in(&site, &asked.headers).await;
    };
    answer(&site, asked, vec![keyword], None).await
}

/// What an F1 answer needs of the request: its headers (language) and what
/// is passed on to the topic page.
struct Asked {
    headers: HeaderMap,
    pass_on: Vec<(&'static str, String)>,
}

impl Asked {
    fn of(request: Request) -> Asked {
        let pass_on = ["request", "back"]
            .into_iter()
            .filter_map(|name| query_param(&request, name).map(|v| (name, v)))
            .filter(|(name, value)| *name != "back" || local_path(value))
            .collect();
        Asked {
            headers: request.into_parts().0.headers,
            pass_on,
        }
    }
}

async fn answer(
    site: &Arc<Site>,
    asked_for: Asked,
    wanted: Vec<String>,
    asked: Option<&str>,
) -> Response {
    let locale = reader_language(site, &asked_for.headers, asked);
    let key = format!(
        "f1:{}",
        wanted
            .iter()
            .map(|k| k.to_lowercase())
            .collect::<Vec<_>>()
            .join(";")
    );
    let topic = match site.cached(&key) {
        Some(id) => Some(String::from_utf8_lossy(&id).into_owned()),
        None => {
            let found = tokio::task::spawn_blocking({
                let site = site.clone();
                let wanted = wanted.clone();
                move || match Index::open(&site.source).and_then(|i| i.find(&site.source, &wanted))
                {
                    Ok(Found::Topic(topic)) => Some(topic.front.id),
                    _ => None,
                }
            })
            .await
            .ok()
            .flatten();
            if let Some(id) = &found {
                site.keep(&key, id.clone().into());
            }
            found
        }
    };
    let Some(id) = topic else {
        let page = tokio::task::spawn_blocking({
            let site = site.clone();
            let locale = locale.clone();
            move || no_match_page(&site, &locale, &wanted)
        })
        .await
        .ok()
        .flatten();
        return match page {
            Some(page) => html(StatusCode::NOT_FOUND, page, false),
            None => not_found_in(site, &asked_for.headers).await,
        };
    };
    let mut to = format!("/{locale}/{id}.html");
    for (i, (name, value)) in asked_for.pass_on.iter().enumerate() {
        to.push(if i == 0 { '?' } else { '&' });
        to.push_str(name);
        to.push('=');
        to.push_str(&encode(value));
    }
    redirect(&to)
}

/// Percent-encodes a query value (everything but unreserved characters, RFC 3986 §2.3).
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsoft_keyword_lists_are_unwrapped_in_order() {
        assert_eq!(
            keywords("k(ms.lync.dep.DeployCertRequestReturned);K(ms.lync.dep.DeployCertsMain)"),
            [
                "ms.lync.dep.DeployCertRequestReturned",
                "ms.lync.dep.DeployCertsMain"
            ]
        );
        assert_eq!(keywords(" a ; ;b"), ["a", "b"]);
        assert_eq!(keywords("k()"), Vec::<String>::new());
        assert_eq!(keywords("k(unclosed"), ["k(unclosed"]);
    }
}
