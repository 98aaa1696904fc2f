//! The certificate wizard in the browser, at `/wizard/…`: the pages of the
//! terminal wizard (`src/tui/pages/`) as web pages, calling the same library
//! functions (`src/cert/`), in the reader's language, with F1.
//!
//! Every page is a GET; every change is a POST whose action URL carries the
//! session's CSRF token (`?csrf=…`, checked with the Origin by
//! [`security::wizard_guard`] before the handler runs) and answers 303 to the
//! page that follows (post/redirect/get); a refused form is drawn again with
//! what was typed and the error beside its field. What a step did is said on
//! the next page through a per-session notice ([`Wizard::tell`]).
//!
//! Store work runs on blocking threads, a CA request on a thread of its own
//! ([`request`]), so the server keeps answering. Writes use
//! [`Store::without_waiting`]: when another docwiz holds the store's lock the
//! page says so instead of hanging.
//!
//! F1: every page names its keywords in `<meta name="docwiz:f1">` (most
//! specific first); controls with a keyword of their own carry `data-f1`;
//! `/assets/wizard.js` opens the Help link on F1 with the focused control's
//! keyword first. The Help link (`id="help"`) works without script.

mod assign;
mod details;
mod import;
mod main;
mod request;
mod status;
mod trust;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use unic_langid::LanguageIdentifier;

use super::f1::encode;
use super::help::{escape, html, reader_language};
use super::security::{self, Session};
use super::site::Site;
use crate::cert::store::Store;
use crate::error::{Error, Message};
use crate::localization::Localizer;

/// The wizard's script: F1 opens the help, the progress page polls.
pub const SCRIPT: &str = include_str!("wizard.js");

/// The wizard's routes (`/wizard/…`), behind [`security::wizard_guard`], to
/// be merged into the site's router.
pub fn router(site: Arc<Site>) -> Router<Arc<Site>> {
    let wizard = Arc::new(Wizard::default());
    Router::new()
        .route("/wizard/", get(main::page))
        .route("/wizard", get(|| async { see_other("/wizard/") }))
        .route("/wizard/request", get(request::form).post(request::check))
        .route("/wizard/request/summary", get(request::summary))
        .route(
            "/wizard/request/submit",
            axum::routing::post(request::submit),
        )
        .route("/wizard/request/progress", get(request::progress))
        .route("/wizard/request/progress.json", get(request::progress_json))
        .route("/wizard/status", get(status::page))
        .route("/wizard/status/finish", axum::routing::post(status::finish))
        .route("/wizard/details", get(details::page))
        .route("/wizard/assign", get(assign::page).post(assign::assign))
        .route("/wizard/import", get(import::form).post(import::import))
        .route("/wizard/import/done", get(import::done))
        .route("/wizard/trust", get(trust::form).post(trust::next))
        .route(
            "/wizard/trust/confirm",
            get(trust::confirm).post(trust::answer),
        )
        .route("/wizard/trust/done", get(trust::done))
        .layer(axum::Extension(wizard))
        .route_layer(axum::middleware::from_fn_with_state(
            site,
            security::wizard_guard,
        ))
}

/// `/assets/wizard.js`.
pub async fn script() -> Response {
    let mut response = SCRIPT.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    response
}

/// What the wizard keeps between requests: requests on their way to a CA,
/// and what a step did, to be said on the next page of the same session.
#[derive(Default)]
pub struct Wizard {
    jobs: Mutex<HashMap<String, request::Job>>,
    notices: Mutex<HashMap<String, Vec<Notice>>>,
}

/// What a step did, said once on the next page.
#[derive(Debug, Clone)]
pub struct Notice {
    pub message: Message,
    pub tone: Tone,
}

/// How a line is shown (a CSS class).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Warning,
    Error,
    Dim,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Warning => "warning",
            Tone::Error => "error",
            Tone::Dim => "dim",
        }
    }
}

/// At most this many notices wait for one session (a client that never
/// reads its pages cannot grow the map without bound).
const MAX_NOTICES: usize = 32;
/// At most this many sessions with notices waiting.
const MAX_SESSIONS: usize = 1024;

impl Wizard {
    /// Keeps a notice for the next page `session` opens.
    pub fn tell(&self, session: &str, message: Message, tone: Tone) {
        let mut notices = self.notices.lock().unwrap_or_else(|p| p.into_inner());
        if notices.len() >= MAX_SESSIONS && !notices.contains_key(session) {
            notices.clear();
        }
        let list = notices.entry(session.to_string()).or_default();
        if list.len() < MAX_NOTICES {
            list.push(Notice { message, tone });
        }
    }

    /// The notices waiting for `session`, forgotten once taken.
    pub fn take(&self, session: &str) -> Vec<Notice> {
        let mut notices = self.notices.lock().unwrap_or_else(|p| p.into_inner());
        notices.remove(session).unwrap_or_default()
    }
}

/// One request to a wizard page: who asks, in which language, with what.
pub struct Ctx {
    pub site: Arc<Site>,
    pub wizard: Arc<Wizard>,
    pub locale: LanguageIdentifier,
    pub ui: Localizer,
    pub session: String,
    /// This page's path and query, for the way back from help and the
    /// language switcher.
    pub here: String,
    query: Vec<(String, String)>,
    form: Vec<(String, String)>,
    /// The notices this page shows, taken once: a page drawn again (see
    /// [`run`]) shows them again rather than losing them.
    notices: std::sync::OnceLock<Vec<Notice>>,
}

impl Ctx {
    /// How this page spells the commands it suggests: the site's, in the
    /// page's language ([`Commands::for_page_in`]).
    pub fn commands(&self) -> crate::cert::pages::status::Commands {
        self.site.commands.for_page_in(&self.locale.to_string())
    }

    pub fn text(&self, id: &'static str) -> String {
        self.ui.text(&Message::new(id))
    }

    pub fn say(&self, message: &Message) -> String {
        self.ui.text(message)
    }

    /// The store for writes: refuses with `Error::StoreBusy` rather than
    /// wait for another command's lock.
    pub fn store(&self) -> Store {
        self.site.store.clone().without_waiting()
    }

    /// The first value of query parameter `name`.
    pub fn query(&self, name: &str) -> Option<&str> {
        first(&self.query, name)
    }

    /// The first value of form field `name` (a POST's body).
    pub fn field(&self, name: &str) -> Option<&str> {
        first(&self.form, name)
    }

    /// Every value of form field `name` (check boxes of one name).
    pub fn fields(&self, name: &str) -> Vec<&str> {
        self.form
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Every value of query parameter `name`.
    pub fn queries(&self, name: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// A form's action: `path` with this session's CSRF token.
    pub fn action(&self, path: &str) -> String {
        let joiner = if path.contains('?') { '&' } else { '?' };
        format!("{path}{joiner}csrf={}", self.site.csrf_token(&self.session))
    }

    /// A notice for the next page of this session.
    pub fn tell(&self, message: Message, tone: Tone) {
        self.wizard.tell(&self.session, message, tone);
    }
}

fn first<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// `application/x-www-form-urlencoded` pairs; a pair that does not decode
/// is left out.
fn pairs(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            Some((security::decode(k)?, security::decode(v)?))
        })
        .collect()
}

/// Runs a page: reads the request (the body of a POST, bounded by
/// [`super::MAX_BODY`]), then `page` on a blocking thread, since the library
/// reads and writes files and may take the store's lock. A GET only reads:
/// it is drawn from the store as it is before or after another command's
/// step, never halfway ([`Store::read_stable`]), drawn again if need be.
pub async fn run(
    site: Arc<Site>,
    request: Request,
    page: impl Fn(&Ctx) -> Response + Send + 'static,
) -> Response {
    run_page(site, request, page, true).await
}

/// [`run`] for a page drawn from the wizard's own state, not the store's
/// files (the progress of a request): it never waits for the store, whose
/// lock the request it shows may hold for as long as the CA takes.
pub async fn run_unlocked(
    site: Arc<Site>,
    request: Request,
    page: impl Fn(&Ctx) -> Response + Send + 'static,
) -> Response {
    run_page(site, request, page, false).await
}

async fn run_page(
    site: Arc<Site>,
    request: Request,
    page: impl Fn(&Ctx) -> Response + Send + 'static,
    stable: bool,
) -> Response {
    let reads_only =
        stable && (request.method() == Method::GET || request.method() == Method::HEAD);
    let (parts, body) = request.into_parts();
    let Some(wizard) = parts.extensions.get::<Arc<Wizard>>().cloned() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Some(Session(session)) = parts.extensions.get::<Session>().cloned() else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let form = if parts.method == Method::POST {
        let declared = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        // Refused before a byte of it is waited for.
        if declared.is_some_and(|n| n > super::MAX_BODY as u64) {
            return closing(StatusCode::PAYLOAD_TOO_LARGE);
        }
        let read = axum::body::to_bytes(body, super::MAX_BODY);
        match tokio::time::timeout(super::BODY_TIMEOUT, read).await {
            Ok(Ok(bytes)) => match std::str::from_utf8(&bytes) {
                Ok(text) => pairs(text),
                Err(_) => return StatusCode::BAD_REQUEST.into_response(),
            },
            Ok(Err(_)) => return closing(StatusCode::PAYLOAD_TOO_LARGE),
            Err(_) => return closing(StatusCode::REQUEST_TIMEOUT),
        }
    } else {
        Vec::new()
    };
    let query: Vec<(String, String)> = parts.uri.query().map(pairs).unwrap_or_default();
    // The page's own address, without the CSRF token and access token.
    let kept: Vec<String> = query
        .iter()
        .filter(|(k, _)| k != "csrf" && k != "token")
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    let path = parts.uri.path().to_string();
    let here = if kept.is_empty() {
        path
    } else {
        format!("{path}?{}", kept.join("&"))
    };
    let locale = reader_language(&site, &parts.headers, None);
    let ui = site.ui(&locale);
    let ctx = Ctx {
        site,
        wizard,
        locale,
        ui,
        session,
        here,
        query,
        form,
        notices: std::sync::OnceLock::new(),
    };
    tokio::task::spawn_blocking(move || {
        if reads_only {
            ctx.site.store.read_stable(|| page(&ctx))
        } else {
            page(&ctx)
        }
    })
    .await
    .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// A refusal after which the connection is closed: the rest of the body
/// is not read.
fn closing(status: StatusCode) -> Response {
    let mut response = status.into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// 303 See Other to a wizard page (post/redirect/get).
pub fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// A query string of `pairs`, percent-encoded.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// What a page is, besides its body.
pub struct Frame<'a> {
    pub title: String,
    /// The page's F1 keywords, most specific first.
    pub keywords: Vec<&'a str>,
    /// The request whose state the help's live panel shows.
    pub request: Option<&'a str>,
    /// Seconds after which the page reloads itself (the progress page's
    /// fallback without script).
    pub refresh: Option<u32>,
}

/// A whole wizard page: the language switcher, the Help button, the title,
/// the notices waiting for this session, then `body`.
pub fn layout(ctx: &Ctx, frame: Frame, body: &str) -> String {
    let keywords = frame.keywords.join(";");
    let mut help = format!(
        "/f1?{}",
        query_string(&[("k", &keywords), ("l", &ctx.locale.to_string())])
    );
    if let Some(request) = frame.request {
        help.push_str(&format!("&request={}", encode(request)));
    }
    help.push_str(&format!("&back={}", encode(&ctx.here)));
    let mut switches = String::new();
    for (lang, name) in ctx.site.language_names().iter() {
        let current = *lang == ctx.locale;
        let href = format!(
            "/lang?{}",
            query_string(&[("set", &lang.to_string()), ("to", &ctx.here)])
        );
        if current {
            switches.push_str(&format!(
                "<a id=\"lang-{lang}\" href=\"{}\" lang=\"{lang}\" hreflang=\"{lang}\" aria-current=\"true\">{}</a>\n",
                escape(&href),
                escape(name)
            ));
        } else {
            switches.push_str(&format!(
                "<a id=\"lang-{lang}\" href=\"{}\" lang=\"{lang}\" hreflang=\"{lang}\">{}</a>\n",
                escape(&href),
                escape(name)
            ));
        }
    }
    let mut notices = String::new();
    let taken = ctx.notices.get_or_init(|| ctx.wizard.take(&ctx.session));
    for notice in taken {
        notices.push_str(&format!(
            "<p class=\"notice {}\" role=\"status\">{}</p>\n",
            notice.tone.class(),
            escape(&ctx.say(&notice.message))
        ));
    }
    let refresh = frame
        .refresh
        .map(|s| format!("<meta http-equiv=\"refresh\" content=\"{s}\">\n"))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<meta name=\"docwiz:f1\" content=\"{keywords}\">\n{refresh}<link rel=\"stylesheet\" href=\"/style.css\">\n<script src=\"/assets/wizard.js\" defer></script>\n</head>\n<body class=\"wizard\">\n<header class=\"wizard-bar\">\n<nav id=\"languages\" class=\"languages\" aria-label=\"{languages}\">\n{switches}</nav>\n<a id=\"help\" class=\"button help\" href=\"{help}\" title=\"F1\">{help_label}</a>\n</header>\n<main>\n<h1>{title}</h1>\n{notices}{body}</main>\n</body>\n</html>\n",
        lang = ctx.locale,
        title = escape(&frame.title),
        keywords = escape(&keywords),
        languages = escape(&ctx.text("site-languages")),
        help = escape(&help),
        help_label = escape(&ctx.text("tui-key-help")),
    )
}

/// A page as a response (never cached: it shows the store as it is now).
pub fn respond(status: StatusCode, ctx: &Ctx, frame: Frame, body: &str) -> Response {
    html(status, layout(ctx, frame, body), false)
}

/// The status of a refused step: 503 when another command holds the store,
/// else 409.
pub fn refused_status(error: &Error) -> StatusCode {
    if matches!(error, Error::StoreBusy { .. }) {
        StatusCode::SERVICE_UNAVAILABLE
    } else {
        StatusCode::CONFLICT
    }
}

/// An error as a page shows it, as the terminal wizard does: where (file,
/// and line:col when there is one) and why (`reason` in place of the
/// error's own when given), then what the command line prints under it.
pub fn error_html(ctx: &Ctx, error: &Error, reason: Option<Message>) -> String {
    let text = ctx.say(&reason.unwrap_or_else(|| error.message()));
    let text = match error.location() {
        Some(location) => format!("{location}: {text}"),
        None => text,
    };
    let mut out = format!(
        "<div class=\"problem\" role=\"alert\">\n<p class=\"error\">{}</p>\n",
        escape(&text)
    );
    let mut bullets = Vec::new();
    if let Error::Refused { reasons } = error {
        bullets.extend(reasons.iter().map(|r| ctx.say(r)));
    }
    if let Error::CaUnsafe { findings } = error {
        bullets.extend(
            findings
                .iter()
                .map(|f| crate::cert::pages::problem_line(&ctx.ui, f)),
        );
    }
    if !bullets.is_empty() {
        out.push_str("<ul class=\"warning\">\n");
        for b in bullets {
            out.push_str(&format!("<li>{}</li>\n", escape(&b)));
        }
        out.push_str("</ul>\n");
    }
    if let Error::Damaged {
        hint: Some(hint), ..
    } = error
    {
        out.push_str(&format!(
            "<p class=\"dim\">{}</p>\n",
            escape(&ctx.say(hint))
        ));
    }
    out.push_str("</div>\n");
    out
}

/// Label/value pairs as a definition list; a value of several lines (the
/// usages assigned now, one a line) keeps its lines, which HTML would run
/// together.
pub fn facts(pairs: &[(String, String)], class: &str) -> String {
    let mut out = format!("<dl class=\"facts {class}\">\n");
    for (label, value) in pairs {
        let lines: Vec<String> = value.lines().map(escape).collect();
        out.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            escape(label),
            lines.join("<br>\n")
        ));
    }
    out.push_str("</dl>\n");
    out
}

/// Why a chain is not trusted, each note with its command.
pub fn chain_notes_html(ctx: &Ctx, chain: &crate::cert::pages::status::ChainView) -> String {
    let notes = crate::cert::pages::chain_notes(&ctx.ui, chain);
    if notes.is_empty() {
        return String::new();
    }
    let mut out = String::from("<ul class=\"chain-notes warning\">\n");
    for (note, command) in notes {
        out.push_str(&format!("<li>{}", escape(&note)));
        if let Some(command) = command {
            out.push_str(&format!("<br><code>{}</code>", escape(&command)));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
    out
}

/// A text field with its label, its error (if any) next to it, and its F1
/// keyword when it has its own.
pub struct Field<'a> {
    pub id: &'a str,
    pub label: String,
    pub value: &'a str,
    pub errors: Vec<String>,
    pub kind: &'a str,
    pub f1: Option<&'a str>,
}

impl Field<'_> {
    pub fn html(&self) -> String {
        let described = if self.errors.is_empty() {
            String::new()
        } else {
            format!(
                " aria-invalid=\"true\" aria-describedby=\"{}-error\"",
                self.id
            )
        };
        let f1 = self
            .f1
            .map(|k| format!(" data-f1=\"{}\"", escape(k)))
            .unwrap_or_default();
        let mut out = format!(
            "<p class=\"field\"><label for=\"{id}\">{label}</label>\n<input type=\"{kind}\" id=\"{id}\" name=\"{id}\" value=\"{value}\"{described}{f1}>\n",
            id = self.id,
            label = escape(&self.label),
            kind = self.kind,
            value = escape(self.value),
        );
        if !self.errors.is_empty() {
            out.push_str(&format!(
                "<span class=\"field-error error\" id=\"{}-error\">{}</span>\n",
                self.id,
                self.errors
                    .iter()
                    .map(|e| escape(e))
                    .collect::<Vec<_>>()
                    .join("<br>")
            ));
        }
        out.push_str("</p>\n");
        out
    }
}

/// An error said beside field `label`: “Field: what is wrong”.
pub fn field_error(ctx: &Ctx, label: &str, message: &Message) -> String {
    ctx.say(
        &Message::new("web-field-error")
            .arg("field", label)
            .arg("error", message.clone()),
    )
}

/// A hidden field.
pub fn hidden(name: &str, value: &str) -> String {
    format!(
        "<input type=\"hidden\" name=\"{}\" value=\"{}\">\n",
        escape(name),
        escape(value)
    )
}

/// A link styled as a button.
pub fn link_button(id: &str, href: &str, label: &str) -> String {
    format!(
        "<a class=\"button\" id=\"{id}\" href=\"{}\">{}</a>",
        escape(href),
        escape(label)
    )
}

/// Handler glue: every page is `run(site, request, <page fn>)`.
macro_rules! handler {
    ($name:ident, $page:path) => {
        $crate::serve::wizard::handler!($name, $page, run);
    };
    ($name:ident, $page:path, $run:ident) => {
        pub async fn $name(
            axum::extract::State(site): axum::extract::State<std::sync::Arc<crate::serve::Site>>,
            request: axum::extract::Request,
        ) -> axum::response::Response {
            super::$run(site, request, $page).await
        }
    };
}
pub(crate) use handler;
