//! What keeps `docwiz serve` safe by default: headers on every response,
//! sessions and CSRF tokens for changes, the same-origin check, the Host check
//! against DNS rebinding, and the access token beyond loopback.
//!
//! Rules and their sources:
//! - Content-Security-Policy without inline script or style and with
//!   `frame-ancestors 'none'` (CSP Level 3), `X-Content-Type-Options: nosniff`
//!   (Fetch standard), `Referrer-Policy: same-origin` so a token in a URL is
//!   never sent to another site. Not `no-referrer`: under it a browser sends
//!   `Origin: null` with every POST (Fetch, "append a request `Origin`
//!   header"), and the same-origin check below would refuse every form.
//! - A change (any POST) needs the session cookie, the CSRF token derived
//!   from it (in the `csrf` query parameter of the form's action, so the body
//!   is not read before the check) and an `Origin` equal to the server's own
//!   (OWASP CSRF Prevention Cheat Sheet: synchronizer token plus origin
//!   verification). Anything else is 403 and changes nothing.
//! - On loopback the wizard answers only to a loopback Host (`127.0.0.1`,
//!   `localhost`, `[::1]`): a page of another site rebound to 127.0.0.1 by DNS
//!   cannot read the wizard. Beyond loopback the wizard needs the access token
//!   printed at start (as Jupyter does), once in `?token=`, then in a cookie.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use super::site::Site;

/// The session cookie: a random id, HttpOnly, SameSite=Strict.
pub const SESSION_COOKIE: &str = "docwiz-session";
/// The cookie that carries the access token after the first visit.
pub const TOKEN_COOKIE: &str = "docwiz-token";
/// The cookie the language switcher sets.
pub const LANG_COOKIE: &str = "docwiz-lang";

/// The policy every response carries.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Adds the security headers to every response.
pub async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}

/// The value of cookie `name`, if sent.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim_matches('"'))
}

/// A `Set-Cookie` value for this site: path `/`, HttpOnly, SameSite=Strict.
pub fn set_cookie(name: &str, value: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Strict"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Whether a Host header names this machine's loopback interface.
fn loopback_host(host: &str) -> bool {
    let name = match host.rsplit_once(':') {
        // `[::1]:8370`, `127.0.0.1:8370`, `localhost:8370`
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    };
    let name = name.trim_start_matches('[').trim_end_matches(']');
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The query parameter `name` of a request's URI, percent-decoded.
pub fn query_param(request: &Request, name: &str) -> Option<String> {
    let query = request.uri().query()?;
    form_urlencoded_pairs(query).find_map(|(k, v)| (k == name).then_some(v))
}

fn form_urlencoded_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.split('&').filter_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        Some((decode(k)?, decode(v)?))
    })
}

/// `application/x-www-form-urlencoded` decoding; `None` for bad escapes or
/// invalid UTF-8.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// 403 with a page that says why, in the reader's language.
fn refuse(site: &Site, request: &Request, why: &'static str) -> Response {
    super::help::notice_page(
        site,
        request.headers(),
        StatusCode::FORBIDDEN,
        "web-refused-title",
        why,
    )
}

/// Whether the request may see the store: always on loopback; beyond it,
/// only with the access token (in `?token=` or its cookie). The wizard's
/// pages and the live state in help pages are the same secret: host names,
/// thumbprints and the store's paths.
pub fn has_token(site: &Site, request: &Request) -> bool {
    let Some(token) = site.access_token() else {
        return true;
    };
    let given = query_param(request, "token");
    let presented = given
        .as_deref()
        .or_else(|| cookie(request.headers(), TOKEN_COOKIE));
    presented.is_some_and(|p| constant_time_eq(p.as_bytes(), token.as_bytes()))
}

/// Guards the wizard: loopback Host on loopback, the access token beyond it,
/// a session cookie for every visitor, and for a POST the CSRF token and a
/// same-origin `Origin`. Every wizard response is `no-store`.
pub async fn wizard_guard(State(site): State<Arc<Site>>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_string();
    let mut set = Vec::new();
    match site.access_token() {
        None => {
            if !loopback_host(&host) {
                return refuse(&site, &request, "web-refused-host");
            }
        }
        Some(token) => {
            if !has_token(&site, &request) {
                return refuse(&site, &request, "web-refused-token");
            }
            if query_param(&request, "token").is_some() {
                set.push(set_cookie(TOKEN_COOKIE, token));
            }
        }
    }
    let session = cookie(request.headers(), SESSION_COOKIE)
        .filter(|s| s.len() == 32 && s.chars().all(|c| c.is_ascii_hexdigit()))
        .map(str::to_string);
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let origin_ok = request
            .headers()
            .get(header::ORIGIN)
            .and_then(|o| o.to_str().ok())
            .is_some_and(|o| o == format!("http://{host}"));
        let token_ok = match (&session, query_param(&request, "csrf")) {
            (Some(session), Some(token)) => site.csrf_ok(session, &token),
            _ => false,
        };
        if !(origin_ok && token_ok) {
            return refuse(&site, &request, "web-refused-change");
        }
    }
    let (session, new) = match session {
        Some(s) => (s, false),
        None => (crate::cert::store::random_hex(16), true),
    };
    if new {
        set.push(set_cookie(SESSION_COOKIE, &session));
    }
    let mut request = request;
    request.extensions_mut().insert(Session(session));
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    for cookie in set {
        h.append(header::SET_COOKIE, cookie);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The visitor's session id (32 hex digits), set by [`wizard_guard`] on every
/// wizard request; forms put `Site::csrf_token(&session.0)` in their action.
#[derive(Clone, Debug)]
pub struct Session(pub String);

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts_are_recognised_with_and_without_port() {
        for host in [
            "127.0.0.1:8370",
            "localhost",
            "LOCALHOST:1",
            "[::1]:8370",
            "127.0.0.2",
        ] {
            assert!(loopback_host(host), "{host}");
        }
        for host in [
            "example.com",
            "127.0.0.1.evil.test:8370",
            "10.0.0.1:8370",
            "",
        ] {
            assert!(!loopback_host(host), "{host}");
        }
    }

    #[test]
    fn form_decoding_refuses_bad_escapes() {
        assert_eq!(decode("a+b%2Fc").as_deref(), Some("a b/c"));
        assert_eq!(decode("%zz"), None);
        assert_eq!(decode("%ff"), None);
    }
}
