//! The request pages: the form (`/wizard/request`), its summary
//! (`/wizard/request/summary`), and the progress of the request while the CA
//! is asked (`/wizard/request/progress?job=ID`), which leads to the
//! request's status page.
//!
//! The form holds the steps of the terminal wizard's request page on one
//! page: Delayed or Immediate Requests (`timing`: `now` or `later`, with
//! `offline-file`), the CA (`ca`: `local`, `acme`, `cfssl`, with
//! `acme-directory`, `acme-bundle`, `acme-contact`, `acme-port`,
//! `acme-address`, `cfssl-url`, `cfssl-profile`), the FQDN (`fqdn`) and key
//! type (`key`), the SANs (`sans`) and the usages (`usage`, one check box
//! each). Every field is checked by [`RequestFields::errors`], as on the
//! terminal; nothing is written before the summary's Request.
//!
//! The request runs on a thread of its own ([`request::request`] takes the
//! store's lock, without waiting for it); the progress page shows the time
//! elapsed, reloads itself (script: a poll of `progress.json`; without it:
//! `<meta http-equiv="refresh">`) and goes to the status page once the CA
//! has answered.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::http::StatusCode;
use axum::http::header::{self, HeaderValue};
use axum::response::{IntoResponse, Response};

use super::{
    Ctx, Field, Frame, error_html, escape, facts, field_error, handler, hidden, link_button,
    query_string, respond, see_other,
};
use crate::cert::pages::form::{
    CAS, Part, RequestFields, bundle_error, progress_message, request_left, summary_facts,
};
use crate::cert::request;
use crate::cert::store::record::Request;
use crate::cert::x509::names;
use crate::cert::{F1_REQUEST, F1_REQUEST_BASICS, F1_REQUEST_CA, F1_REQUEST_SANS, KeyType, Usage};
use crate::error::{Error, Message};

handler!(form, show_form);
handler!(check, check_form);
handler!(summary, show_summary);
handler!(submit, submit_form);
// The progress reads the job, not the store, whose lock the request holds.
handler!(progress, show_progress, run_unlocked);
handler!(progress_json, poll, run_unlocked);

/// At most this many requests are remembered (finished ones are forgotten
/// first).
const MAX_JOBS: usize = 256;

/// A request on its way to the CA.
pub struct Job {
    session: String,
    started: Instant,
    doing: Message,
    /// The form's fields, for Back after a failure.
    fields: String,
    before: Vec<String>,
    fqdn: String,
    answer: Arc<Mutex<Option<Result<Request, Error>>>>,
}

/// Where a request is.
enum Outcome {
    Running {
        seconds: u64,
        doing: Message,
    },
    /// Its status page (issued, pending offline, or refused by the CA).
    Status(String),
    Failed {
        error: Error,
        fields: String,
    },
    Unknown,
}

/// The fields as the form (or the summary's query) gives them. Without the
/// form's marker (`form=1`) the usages are all checked, as `--usage`
/// defaults.
fn fields_of(get: &dyn Fn(&str) -> Option<String>, usages: Vec<String>) -> RequestFields {
    let text = |name: &str| get(name).unwrap_or_default();
    let defaults = RequestFields::default();
    let posted = get("form").is_some();
    RequestFields {
        offline: get("timing").as_deref() == Some("later"),
        offline_file: text("offline-file"),
        ca: get("ca")
            .and_then(|c| CAS.iter().find(|n| n.eq_ignore_ascii_case(&c)).copied())
            .unwrap_or(CAS[0]),
        acme_directory: text("acme-directory"),
        acme_bundle: text("acme-bundle"),
        acme_contact: text("acme-contact"),
        acme_port: get("acme-port").unwrap_or(defaults.acme_port),
        acme_address: get("acme-address").unwrap_or(defaults.acme_address),
        cfssl_url: text("cfssl-url"),
        cfssl_profile: text("cfssl-profile"),
        fqdn: text("fqdn"),
        sans: text("sans"),
        key: get("key")
            .and_then(|k| k.parse::<KeyType>().ok())
            .unwrap_or(KeyType::Rsa2048),
        usages: if posted {
            Usage::ALL
                .into_iter()
                .filter(|u| usages.iter().any(|n| n == u.name()))
                .collect()
        } else {
            defaults.usages
        },
    }
}

fn from_query(ctx: &Ctx) -> RequestFields {
    let get = |n: &str| ctx.query(n).map(str::to_string);
    fields_of(
        &get,
        ctx.queries("usage").into_iter().map(String::from).collect(),
    )
}

fn from_form(ctx: &Ctx) -> RequestFields {
    let get = |n: &str| ctx.field(n).map(str::to_string);
    fields_of(
        &get,
        ctx.fields("usage").into_iter().map(String::from).collect(),
    )
}

/// The fields as name/value pairs (the summary's query, its hidden fields).
fn pairs(f: &RequestFields) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("form", "1".to_string()),
        (
            "timing",
            if f.offline { "later" } else { "now" }.to_string(),
        ),
        ("offline-file", f.offline_file.clone()),
        ("ca", f.ca.to_string()),
        ("acme-directory", f.acme_directory.clone()),
        ("acme-bundle", f.acme_bundle.clone()),
        ("acme-contact", f.acme_contact.clone()),
        ("acme-port", f.acme_port.clone()),
        ("acme-address", f.acme_address.clone()),
        ("cfssl-url", f.cfssl_url.clone()),
        ("cfssl-profile", f.cfssl_profile.clone()),
        ("fqdn", f.fqdn.clone()),
        ("sans", f.sans.clone()),
        ("key", f.key.name().to_string()),
    ];
    for u in &f.usages {
        out.push(("usage", u.name().to_string()));
    }
    out
}

fn query_of(f: &RequestFields) -> String {
    let pairs = pairs(f);
    let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    query_string(&refs)
}

/// Every error of the form, each ACME bundle read once.
fn errors(ctx: &Ctx, f: &RequestFields) -> Vec<(&'static str, Message)> {
    let store = &ctx.site.store;
    [
        Part::Timing,
        Part::Ca,
        Part::Basics,
        Part::Sans,
        Part::Usages,
    ]
    .into_iter()
    .flat_map(|part| f.errors(part, store, true, &bundle_error))
    .collect()
}

fn frame(ctx: &Ctx, title: &'static str) -> Frame<'static> {
    Frame {
        title: ctx.text(title),
        keywords: vec![F1_REQUEST],
        request: None,
        refresh: None,
    }
}

fn show_form(ctx: &Ctx) -> Response {
    let fields = from_query(ctx);
    draw_form(ctx, &fields, &[], StatusCode::OK)
}

fn check_form(ctx: &Ctx) -> Response {
    let fields = from_form(ctx);
    let errors = errors(ctx, &fields);
    if !errors.is_empty() {
        return draw_form(ctx, &fields, &errors, StatusCode::UNPROCESSABLE_ENTITY);
    }
    see_other(&format!("/wizard/request/summary?{}", query_of(&fields)))
}

/// The label of each field, as the terminal wizard labels it.
fn label(id: &str) -> &'static str {
    match id {
        "offline-file" => "tui-request-offline-file",
        "acme-directory" => "tui-request-acme-directory",
        "acme-bundle" => "tui-request-acme-bundle",
        "acme-contact" => "tui-request-acme-contact",
        "acme-port" => "tui-request-acme-port",
        "acme-address" => "tui-request-acme-address",
        "cfssl-url" => "tui-request-cfssl-url",
        "cfssl-profile" => "tui-request-cfssl-profile",
        "fqdn" => "tui-request-fqdn",
        "sans" => "tui-request-sans",
        _ => "tui-request-usages-title",
    }
}

fn draw_form(
    ctx: &Ctx,
    f: &RequestFields,
    errors: &[(&'static str, Message)],
    code: StatusCode,
) -> Response {
    let errors_of = |id: &str| -> Vec<String> {
        errors
            .iter()
            .filter(|(field, _)| *field == id)
            .map(|(_, m)| field_error(ctx, &ctx.text(label(id)), m))
            .collect()
    };
    let field = |id: &'static str, value: &'static str, f1: Option<&'static str>| Field {
        id,
        label: ctx.text(label(id)),
        value,
        errors: errors_of(id),
        kind: "text",
        f1,
    };
    let mut body = String::new();
    if !errors.is_empty() {
        body.push_str(&format!(
            "<p class=\"error\" role=\"alert\" id=\"form-errors\">{}</p>\n",
            escape(&ctx.text("web-form-invalid"))
        ));
    }
    body.push_str(&format!(
        "<p class=\"dim\">{}</p>\n<form method=\"post\" action=\"{}\" id=\"request-form\">\n{}",
        escape(&ctx.text("web-paths-on-server")),
        escape(&ctx.action("/wizard/request")),
        hidden("form", "1")
    ));
    // Delayed or Immediate Requests.
    body.push_str(&format!(
        "<fieldset id=\"timing\" data-f1=\"{F1_REQUEST}\">\n<legend>{}</legend>\n<p class=\"dim\">{}</p>\n",
        escape(&ctx.text("tui-request-timing")),
        escape(&ctx.text("tui-request-timing-intro"))
    ));
    for (value, label, on) in [
        ("now", "tui-request-send-now", !f.offline),
        ("later", "tui-request-send-later", f.offline),
    ] {
        body.push_str(&format!(
            "<p class=\"check\"><input type=\"radio\" name=\"timing\" id=\"timing-{value}\" value=\"{value}\"{}>\n<label for=\"timing-{value}\">{}</label></p>\n",
            if on { " checked" } else { "" },
            escape(&ctx.text(label))
        ));
    }
    let offline_file = f.offline_file.clone();
    body.push_str(
        &Field {
            value: &offline_file,
            ..field("offline-file", "", None)
        }
        .html(),
    );
    body.push_str("</fieldset>\n");
    // Choose a Certification Authority.
    body.push_str(&format!(
        "<fieldset id=\"ca\" data-f1=\"{F1_REQUEST_CA}\">\n<legend>{}</legend>\n<p class=\"dim\">{}</p>\n",
        escape(&ctx.text("tui-request-ca")),
        escape(&ctx.text("tui-request-ca-intro"))
    ));
    for (value, label) in [
        ("local", "tui-request-ca-local"),
        ("acme", "tui-request-ca-acme"),
        ("cfssl", "tui-request-ca-cfssl"),
    ] {
        body.push_str(&format!(
            "<p class=\"check\"><input type=\"radio\" name=\"ca\" id=\"ca-{value}\" value=\"{value}\"{}>\n<label for=\"ca-{value}\">{}</label></p>\n",
            if f.ca == value { " checked" } else { "" },
            escape(&ctx.text(label))
        ));
    }
    let values = [
        ("acme-directory", f.acme_directory.clone()),
        ("acme-bundle", f.acme_bundle.clone()),
        ("acme-contact", f.acme_contact.clone()),
        ("acme-port", f.acme_port.clone()),
        ("acme-address", f.acme_address.clone()),
    ];
    body.push_str("<div class=\"ca-fields\" id=\"ca-acme-fields\">\n");
    for (id, value) in &values {
        body.push_str(
            &Field {
                value,
                ..field(id, "", None)
            }
            .html(),
        );
    }
    body.push_str("</div>\n<div class=\"ca-fields\" id=\"ca-cfssl-fields\">\n");
    for (id, value) in [
        ("cfssl-url", f.cfssl_url.clone()),
        ("cfssl-profile", f.cfssl_profile.clone()),
    ] {
        body.push_str(
            &Field {
                value: &value,
                ..field(id, "", None)
            }
            .html(),
        );
    }
    body.push_str("</div>\n</fieldset>\n");
    // Name and Security Settings.
    body.push_str(&format!(
        "<fieldset id=\"basics\" data-f1=\"{F1_REQUEST_BASICS}\">\n<legend>{}</legend>\n<p class=\"dim\">{}</p>\n",
        escape(&ctx.text("tui-request-basics-title")),
        escape(&ctx.text("tui-request-basics-intro"))
    ));
    let fqdn = f.fqdn.clone();
    body.push_str(
        &Field {
            value: &fqdn,
            ..field("fqdn", "", Some(F1_REQUEST_BASICS))
        }
        .html(),
    );
    if let Ok(ascii) = names::dns_name(f.fqdn(), false)
        && ascii != f.fqdn()
    {
        body.push_str(&format!(
            "<p class=\"dim indented\">{}</p>\n",
            escape(&ctx.say(&Message::new("tui-request-name-as").arg("name", ascii)))
        ));
    }
    body.push_str(&format!(
        "<p class=\"field\"><label for=\"key\">{}</label>\n<select id=\"key\" name=\"key\">\n",
        escape(&ctx.text("tui-request-key"))
    ));
    for key in KeyType::ALL {
        body.push_str(&format!(
            "<option value=\"{}\"{}>{}</option>\n",
            key.name(),
            if key == f.key { " selected" } else { "" },
            escape(&ctx.say(&Message::new("tui-request-key-option").arg("key", key.name())))
        ));
    }
    body.push_str("</select></p>\n</fieldset>\n");
    // Subject Alternative Names.
    let fqdn_ascii = names::dns_name(f.fqdn(), false).unwrap_or_default();
    body.push_str(&format!(
        "<fieldset id=\"san\" data-f1=\"{F1_REQUEST_SANS}\">\n<legend>{}</legend>\n<p class=\"dim\">{}</p>\n",
        escape(&ctx.text("tui-request-sans-title")),
        escape(&ctx.say(
            &Message::new("tui-request-sans-intro")
                .arg("fqdn", names::shown(&fqdn_ascii))
                .arg("known", if fqdn_ascii.is_empty() { "no" } else { "yes" })
        ))
    ));
    let sans = f.sans.clone();
    body.push_str(
        &Field {
            value: &sans,
            ..field("sans", "", Some(F1_REQUEST_SANS))
        }
        .html(),
    );
    body.push_str("</fieldset>\n");
    // Usages.
    body.push_str(&format!(
        "<fieldset id=\"usages\">\n<legend>{}</legend>\n<p class=\"dim\">{}</p>\n",
        escape(&ctx.text("tui-request-usages-title")),
        escape(&ctx.text("tui-request-usages-intro"))
    ));
    for u in Usage::ALL {
        body.push_str(&format!(
            "<p class=\"check\"><input type=\"checkbox\" name=\"usage\" id=\"usage-{n}\" value=\"{n}\"{}>\n<label for=\"usage-{n}\">{}</label></p>\n",
            if f.usages.contains(&u) { " checked" } else { "" },
            escape(&ctx.text(u.label_id())),
            n = u.name(),
        ));
    }
    for e in errors_of(Usage::Default.name()) {
        body.push_str(&format!(
            "<p class=\"field-error error\" id=\"usage-error\">{}</p>\n",
            escape(&e)
        ));
    }
    body.push_str("</fieldset>\n");
    body.push_str(&format!(
        "<p class=\"actions\">\n<button type=\"submit\" id=\"next\" class=\"default\">{}</button>\n{}\n</p>\n</form>\n",
        escape(&ctx.text("tui-button-next")),
        link_button("cancel", "/wizard/", &ctx.text("tui-button-cancel"))
    ));
    respond(code, ctx, frame(ctx, "tui-title-request"), &body)
}

fn show_summary(ctx: &Ctx) -> Response {
    let fields = from_query(ctx);
    let errors = errors(ctx, &fields);
    if !errors.is_empty() {
        return draw_form(ctx, &fields, &errors, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let mut body = format!(
        "<p>{}</p>\n{}",
        escape(&ctx.text("tui-request-summary-intro")),
        facts(&summary_facts(&ctx.ui, &fields), "summary")
    );
    body.push_str(&format!(
        "<form method=\"post\" action=\"{}\" id=\"summary-form\">\n",
        escape(&ctx.action("/wizard/request/submit"))
    ));
    for (name, value) in pairs(&fields) {
        body.push_str(&hidden(name, &value));
    }
    body.push_str(&format!(
        "<p class=\"actions\">\n{}\n<button type=\"submit\" id=\"submit\" class=\"default\">{}</button>\n{}\n</p>\n</form>\n",
        link_button(
            "back",
            &format!("/wizard/request?{}", query_of(&fields)),
            &ctx.text("tui-button-back")
        ),
        escape(&ctx.text("tui-request-submit")),
        link_button("cancel", "/wizard/", &ctx.text("tui-button-cancel"))
    ));
    respond(
        StatusCode::OK,
        ctx,
        frame(ctx, "tui-request-summary-title"),
        &body,
    )
}

/// The summary's Request: sends the request on a thread of its own and
/// goes to its progress page.
fn submit_form(ctx: &Ctx) -> Response {
    let fields = from_form(ctx);
    let errors = errors(ctx, &fields);
    if !errors.is_empty() {
        return draw_form(ctx, &fields, &errors, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let new = fields.new_request();
    let store = ctx.store();
    let before = store.list("requests").unwrap_or_default();
    let fqdn = names::dns_name(&new.fqdn, false).unwrap_or_else(|_| new.fqdn.clone());
    let answer = Arc::new(Mutex::new(None));
    let doing = progress_message(&new.ca);
    let slot = answer.clone();
    // `request::request` takes the store's lock itself (without waiting:
    // a busy store is said on the progress page).
    let spawned = std::thread::Builder::new()
        .name("docwiz-web-request".into())
        .spawn(move || {
            let result = request::request(&store, &new);
            *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(result);
        });
    if spawned.is_err() {
        *answer.lock().unwrap_or_else(|p| p.into_inner()) = Some(Err(Error::Crypto {
            detail: "thread".into(),
        }));
    }
    let id = crate::cert::store::random_hex(16);
    let job = Job {
        session: ctx.session.clone(),
        started: Instant::now(),
        doing,
        fields: query_of(&fields),
        before,
        fqdn,
        answer,
    };
    {
        let mut jobs = ctx.wizard.jobs.lock().unwrap_or_else(|p| p.into_inner());
        if jobs.len() >= MAX_JOBS {
            jobs.retain(|_, j| j.answer.lock().map(|a| a.is_none()).unwrap_or(false));
        }
        jobs.insert(id.clone(), job);
    }
    see_other(&format!("/wizard/request/progress?job={id}"))
}

/// Where the job of this session named in `?job=` is.
fn outcome(ctx: &Ctx) -> Outcome {
    let Some(id) = ctx.query("job") else {
        return Outcome::Unknown;
    };
    let jobs = ctx.wizard.jobs.lock().unwrap_or_else(|p| p.into_inner());
    let Some(job) = jobs.get(id).filter(|j| j.session == ctx.session) else {
        return Outcome::Unknown;
    };
    let answer = job.answer.lock().unwrap_or_else(|p| p.into_inner()).clone();
    match answer {
        None => Outcome::Running {
            seconds: job.started.elapsed().as_secs(),
            doing: job.doing.clone(),
        },
        Some(Ok(request)) => Outcome::Status(request.id),
        Some(Err(error)) => match request_left(&ctx.site.store, &job.before, &job.fqdn) {
            Some(left) => Outcome::Status(left),
            None => Outcome::Failed {
                error,
                fields: job.fields.clone(),
            },
        },
    }
}

fn status_path(id: &str) -> String {
    format!("/wizard/status?{}", query_string(&[("request", id)]))
}

fn show_progress(ctx: &Ctx) -> Response {
    let mut body = String::new();
    let mut frame = frame(ctx, "tui-request-progress-title");
    let code = match outcome(ctx) {
        Outcome::Status(id) => return see_other(&status_path(&id)),
        Outcome::Running { seconds, doing } => {
            frame.refresh = Some(2);
            let job = ctx.query("job").unwrap_or_default();
            body.push_str(&format!(
                "<div id=\"progress\" data-poll=\"/wizard/request/progress.json?{}\">\n<p>{}</p>\n<p class=\"elapsed\" id=\"elapsed\" role=\"status\">{}</p>\n<p class=\"dim\">{}</p>\n</div>\n",
                escape(&query_string(&[("job", job)])),
                escape(&ctx.say(&doing)),
                escape(&elapsed(ctx, seconds)),
                escape(&ctx.text("web-progress-refresh"))
            ));
            StatusCode::OK
        }
        Outcome::Failed { error, fields } => {
            body.push_str(&error_html(
                ctx,
                &error,
                Some(crate::cert::pages::form::name_error(&error)),
            ));
            body.push_str(&format!(
                "<p class=\"dim\">{}</p>\n<p class=\"actions\">{}\n{}</p>\n",
                escape(&ctx.text("tui-request-failed")),
                link_button(
                    "back",
                    &format!("/wizard/request?{fields}"),
                    &ctx.text("tui-button-back")
                ),
                link_button("cancel", "/wizard/", &ctx.text("tui-button-cancel"))
            ));
            super::refused_status(&error)
        }
        Outcome::Unknown => {
            body.push_str(&format!(
                "<p class=\"error\">{}</p>\n<p class=\"actions\">{}</p>\n",
                escape(&ctx.text("web-job-unknown")),
                link_button("back", "/wizard/", &ctx.text("tui-button-back"))
            ));
            StatusCode::NOT_FOUND
        }
    };
    respond(code, ctx, frame, &body)
}

fn elapsed(ctx: &Ctx, seconds: u64) -> String {
    let seconds = usize::try_from(seconds).unwrap_or(usize::MAX);
    ctx.say(&Message::new("tui-request-elapsed").arg("seconds", seconds))
}

/// `progress.json?job=ID`: `{"done": false, "elapsed": "3 s elapsed"}`
/// while the CA is asked, then `{"done": true, "next": "/wizard/…"}`.
fn poll(ctx: &Ctx) -> Response {
    let value = match outcome(ctx) {
        Outcome::Running { seconds, .. } => {
            serde_json::json!({ "done": false, "elapsed": elapsed(ctx, seconds) })
        }
        Outcome::Status(id) => serde_json::json!({ "done": true, "next": status_path(&id) }),
        Outcome::Failed { .. } | Outcome::Unknown => serde_json::json!({
            "done": true,
            "next": format!(
                "/wizard/request/progress?{}",
                query_string(&[("job", ctx.query("job").unwrap_or_default())])
            ),
        }),
    };
    let mut response = value.to_string().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}
