//! Trust import of a CA certificate (`docwiz.TrustImport`):
//!
//! - `/wizard/trust?kind=root|intermediate&file=PATH`: the file (a path on
//!   the server's machine, field `file`) and the store (`kind`); Next posts.
//! - a root goes to `/wizard/trust/confirm?kind=root&file=PATH`, the security
//!   warning the operating system shows before it trusts a new root: for
//!   every root of the file its subject, issuer, SHA-1 thumbprint, validity
//!   and warnings, then Yes (`id="trust-yes"`) and No (`id="trust-no"`, the
//!   default: focused). Yes posts the thumbprints shown; if the file holds
//!   other certificates by then, nothing is trusted and the page is shown
//!   again. An intermediate needs no confirmation, as
//!   `docwiz trust import-intermediate` needs none.
//! - `/wizard/trust/done`: what was imported, and the certificates of the
//!   file that belong in the other store with a link that imports them.
//!
//! A `back=/wizard/…` parameter (the status, assign or import page that
//! offered the import) is where Back and Done lead.

use axum::http::StatusCode;
use axum::response::Response;

use super::{
    Ctx, Field, Frame, Tone, escape, facts, field_error, handler, hidden, link_button,
    query_string, refused_status, respond, see_other,
};
use crate::cert::pages::form::{offered_for, trust_warnings, typed_path};
use crate::cert::pages::status;
use crate::cert::store::TrustKind;
use crate::cert::x509::certificate::CertInfo;
use crate::cert::x509::trust;
use crate::cert::{F1_TRUST, F1_TRUST_INTERMEDIATE, F1_TRUST_ROOT};
use crate::error::{Error, Message};

handler!(form, show_form);
handler!(next, do_next);
handler!(confirm, show_confirm);
handler!(answer, do_answer);
handler!(done, show_done);

fn kind_of(text: Option<&str>) -> TrustKind {
    if text == Some("intermediate") {
        TrustKind::Intermediate
    } else {
        TrustKind::Root
    }
}

fn kind_name(kind: TrustKind) -> &'static str {
    match kind {
        TrustKind::Root => "root",
        TrustKind::Intermediate => "intermediate",
    }
}

fn frame(ctx: &Ctx, kind: TrustKind) -> Frame<'static> {
    let specific = match kind {
        TrustKind::Root => F1_TRUST_ROOT,
        TrustKind::Intermediate => F1_TRUST_INTERMEDIATE,
    };
    Frame {
        title: ctx.text("tui-title-trust"),
        keywords: vec![specific, F1_TRUST],
        request: None,
        refresh: None,
    }
}

/// Where Back leads: the wizard page that offered the import, else home.
fn back(ctx: &Ctx) -> String {
    ctx.query("back")
        .or_else(|| ctx.field("back"))
        .filter(|b| b.starts_with("/wizard") && super::super::help::local_path(b))
        .unwrap_or("/wizard/")
        .to_string()
}

/// `path?kind=…&file=…&back=…`.
fn with(path: &str, kind: TrustKind, file: &str, back: &str) -> String {
    format!(
        "{path}?{}",
        query_string(&[("kind", kind_name(kind)), ("file", file), ("back", back)])
    )
}

fn show_form(ctx: &Ctx) -> Response {
    let kind = kind_of(ctx.query("kind"));
    let file = ctx.query("file").unwrap_or_default().to_string();
    draw_form(ctx, StatusCode::OK, kind, &file, None)
}

fn draw_form(
    ctx: &Ctx,
    code: StatusCode,
    kind: TrustKind,
    file: &str,
    failed: Option<String>,
) -> Response {
    let back = back(ctx);
    let mut body = format!(
        "<p class=\"dim\">{}</p>\n<p class=\"dim\">{}</p>\n<form method=\"post\" action=\"{}\" id=\"trust-form\">\n{}",
        escape(&ctx.text("tui-trust-intro")),
        escape(&ctx.text("web-paths-on-server")),
        escape(&ctx.action("/wizard/trust")),
        hidden("back", &back)
    );
    body.push_str(
        &Field {
            id: "file",
            label: ctx.text("tui-trust-file"),
            value: file,
            errors: failed.into_iter().collect(),
            kind: "text",
            f1: None,
        }
        .html(),
    );
    body.push_str(&format!(
        "<fieldset id=\"kind\">\n<legend>{}</legend>\n",
        escape(&ctx.text("tui-trust-kind"))
    ));
    for (k, label, f1) in [
        (TrustKind::Root, "tui-trust-kind-root", F1_TRUST_ROOT),
        (
            TrustKind::Intermediate,
            "tui-trust-kind-intermediate",
            F1_TRUST_INTERMEDIATE,
        ),
    ] {
        let name = kind_name(k);
        body.push_str(&format!(
            "<p class=\"check\"><input type=\"radio\" name=\"kind\" id=\"kind-{name}\" value=\"{name}\" data-f1=\"{f1}\"{}>\n<label for=\"kind-{name}\">{}</label></p>\n",
            if k == kind { " checked" } else { "" },
            escape(&ctx.text(label))
        ));
    }
    body.push_str(&format!(
        "</fieldset>\n<p class=\"actions\">\n<button type=\"submit\" id=\"next\" class=\"default\">{}</button>\n{}\n</p>\n</form>\n",
        escape(&ctx.text("tui-trust-button-next")),
        link_button("back", &back, &ctx.text("tui-button-back"))
    ));
    respond(code, ctx, frame(ctx, kind), &body)
}

/// The file's refusal, said beside the file field.
fn file_error(ctx: &Ctx, error: &Error) -> String {
    let text = ctx.say(&error.message());
    let text = match error.location() {
        Some(at) => format!("{at}: {text}"),
        None => text,
    };
    ctx.say(
        &Message::new("web-field-error")
            .arg("field", ctx.text("tui-trust-file"))
            .arg("error", text),
    )
}

/// Next: a root goes to the confirmation; an intermediate is imported now.
fn do_next(ctx: &Ctx) -> Response {
    let kind = kind_of(ctx.field("kind"));
    let typed = ctx.field("file").unwrap_or_default().trim().to_string();
    if typed.is_empty() {
        let text = field_error(
            ctx,
            &ctx.text("tui-trust-file"),
            &Message::new("tui-trust-file-missing"),
        );
        return draw_form(
            ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            kind,
            &typed,
            Some(text),
        );
    }
    let file = typed_path(&typed);
    let shown = file.display().to_string();
    let certs = match offered_for(&file, kind) {
        Ok((certs, _)) => certs,
        Err(e) => {
            let text = file_error(ctx, &e);
            return draw_form(
                ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                kind,
                &typed,
                Some(text),
            );
        }
    };
    let back = back(ctx);
    match kind {
        TrustKind::Root => see_other(&with("/wizard/trust/confirm", kind, &shown, &back)),
        TrustKind::Intermediate => import(ctx, kind, &shown, &certs, &back),
    }
}

/// Writes the certificates into the store (`trust::import`, what
/// `docwiz trust import-root` and `import-intermediate` call) and says what
/// it did on the done page.
fn import(ctx: &Ctx, kind: TrustKind, file: &str, certs: &[CertInfo], back: &str) -> Response {
    match trust::import(&ctx.store(), certs, kind) {
        Ok(added) => {
            for cert in certs {
                let id = match (added.iter().any(|a| a.thumbprint == cert.thumbprint), kind) {
                    (false, _) => "trust-already",
                    (true, TrustKind::Root) => "trust-imported-root",
                    (true, TrustKind::Intermediate) => "trust-imported-intermediate",
                };
                ctx.tell(
                    Message::new(id)
                        .arg("subject", cert.subject.as_str())
                        .arg("thumbprint", cert.thumbprint.as_str()),
                    Tone::Good,
                );
                for warning in trust_warnings(cert, kind) {
                    ctx.tell(warning, Tone::Warning);
                }
            }
            see_other(&with("/wizard/trust/done", kind, file, back))
        }
        Err(e) => {
            let text = file_error(ctx, &e);
            draw_form(ctx, refused_status(&e), kind, file, Some(text))
        }
    }
}

/// Each certificate of the file that belongs in another store, with why and
/// the command that imports it there.
fn skipped_html(ctx: &Ctx, file: &str, skipped: &[(CertInfo, &'static str)]) -> String {
    if skipped.is_empty() {
        return String::new();
    }
    let quoted = status::shell_quote(
        &std::path::absolute(file)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| file.to_string()),
    );
    let mut out = String::from("<ul class=\"dim skipped\">\n");
    for (cert, id) in skipped {
        let verb = match *id {
            "trust-skipped-root" => Some("trust import-root"),
            "trust-skipped-intermediate" => Some("trust import-intermediate"),
            _ => None,
        };
        let command = verb
            .map(|verb| ctx.commands().command(&format!("{verb} {quoted}")))
            .unwrap_or_default();
        let message = Message::new(id)
            .arg("subject", cert.subject.as_str())
            .arg("thumbprint", cert.thumbprint.as_str())
            .arg("command", command);
        out.push_str(&format!("<li>{}</li>\n", escape(&ctx.say(&message))));
    }
    out.push_str("</ul>\n");
    out
}

fn show_confirm(ctx: &Ctx) -> Response {
    draw_confirm(ctx, StatusCode::OK, None)
}

/// The security warning: every root of the file, then Yes and No.
fn draw_confirm(ctx: &Ctx, code: StatusCode, problem: Option<Message>) -> Response {
    let kind = kind_of(ctx.query("kind").or_else(|| ctx.field("kind")));
    let file = ctx
        .query("file")
        .or_else(|| ctx.field("file"))
        .unwrap_or_default()
        .to_string();
    let back = back(ctx);
    let (certs, skipped) = match offered_for(&typed_path(&file), kind) {
        Ok(sorted) => sorted,
        Err(e) => {
            let text = file_error(ctx, &e);
            return draw_form(
                ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                kind,
                &file,
                Some(text),
            );
        }
    };
    if kind == TrustKind::Intermediate {
        // Nothing to confirm: the form imports an intermediate at once.
        return draw_form(ctx, StatusCode::OK, kind, &file, None);
    }
    let mut body = String::new();
    if let Some(problem) = problem {
        body.push_str(&format!(
            "<p class=\"error\" role=\"alert\">{}</p>\n",
            escape(&ctx.say(&problem))
        ));
    }
    body.push_str(&format!(
        "<section class=\"security-warning\" id=\"confirm\">\n<h2 class=\"warning\">{}</h2>\n",
        escape(&ctx.text("tui-trust-confirm-heading"))
    ));
    if certs.len() > 1 {
        body.push_str(&format!(
            "<p>{}</p>\n<ul>\n",
            escape(&ctx.say(&Message::new("tui-trust-confirm-list").arg("count", certs.len())))
        ));
        for cert in &certs {
            body.push_str(&format!(
                "<li>{}<br><code>{}</code></li>\n",
                escape(&cert.subject),
                escape(&cert.thumbprint)
            ));
        }
        body.push_str("</ul>\n");
    }
    for cert in &certs {
        body.push_str(&format!(
            "<div class=\"root\" id=\"root-{}\">\n<p>{}</p>\n",
            escape(&cert.thumbprint),
            escape(&ctx.say(
                &Message::new("tui-trust-confirm-claim").arg("subject", cert.subject.as_str())
            ))
        ));
        body.push_str(&facts(
            &[
                (ctx.text("status-subject"), cert.subject.clone()),
                (ctx.text("status-issuer"), cert.issuer.clone()),
                (ctx.text("details-sha1"), cert.thumbprint.clone()),
                (
                    ctx.text("status-valid-from"),
                    crate::cldr_format::date_time(&ctx.locale, cert.not_before),
                ),
                (
                    ctx.text("status-valid-to"),
                    crate::cldr_format::date_time(&ctx.locale, cert.not_after),
                ),
            ],
            "root-facts",
        ));
        let warnings = trust_warnings(cert, kind);
        if !warnings.is_empty() {
            body.push_str("<ul class=\"warning\">\n");
            for w in warnings {
                body.push_str(&format!("<li>{}</li>\n", escape(&ctx.say(&w))));
            }
            body.push_str("</ul>\n");
        }
        body.push_str("</div>\n");
    }
    body.push_str(&skipped_html(ctx, &file, &skipped));
    body.push_str(&format!(
        "<p class=\"dim\">{}</p>\n<form method=\"post\" action=\"{}\" id=\"confirm-form\">\n{}{}{}",
        escape(&ctx.text("tui-trust-confirm-check")),
        escape(&ctx.action("/wizard/trust/confirm")),
        hidden("kind", kind_name(kind)),
        hidden("file", &file),
        hidden("back", &back)
    ));
    for cert in &certs {
        body.push_str(&hidden("thumbprint", &cert.thumbprint));
    }
    // No is the default: it has the focus, so Enter answers No.
    body.push_str(&format!(
        "<p class=\"question\"><strong>{}</strong></p>\n<p class=\"actions\">\n<button type=\"submit\" name=\"answer\" value=\"yes\" id=\"trust-yes\">{}</button>\n<button type=\"submit\" name=\"answer\" value=\"no\" id=\"trust-no\" class=\"default\" autofocus>{}</button>\n</p>\n</form>\n</section>\n",
        escape(&ctx.say(
            &Message::new("tui-trust-confirm-question").arg("count", certs.len())
        )),
        escape(&ctx.text("tui-trust-button-yes")),
        escape(&ctx.text("tui-trust-button-no"))
    ));
    respond(code, ctx, frame(ctx, kind), &body)
}

/// Yes or No. Yes trusts what the confirmation showed, and only that: a
/// file that holds other roots by now is shown again, nothing trusted.
fn do_answer(ctx: &Ctx) -> Response {
    let kind = kind_of(ctx.field("kind"));
    let file = ctx.field("file").unwrap_or_default().to_string();
    let back = back(ctx);
    if ctx.field("answer") != Some("yes") {
        ctx.tell(Message::new("error-declined"), Tone::Warning);
        return see_other(&with("/wizard/trust", kind, &file, &back));
    }
    let certs = match offered_for(&typed_path(&file), kind) {
        Ok((certs, _)) => certs,
        Err(e) => {
            let text = file_error(ctx, &e);
            return draw_form(
                ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                kind,
                &file,
                Some(text),
            );
        }
    };
    let mut shown: Vec<&str> = ctx.fields("thumbprint");
    let mut read: Vec<&str> = certs.iter().map(|c| c.thumbprint.as_str()).collect();
    shown.sort_unstable();
    read.sort_unstable();
    if shown != read {
        return draw_confirm(
            ctx,
            StatusCode::CONFLICT,
            Some(Message::new("web-trust-file-changed")),
        );
    }
    import(ctx, kind, &file, &certs, &back)
}

/// What the import did (the notices), and the certificates of the file that
/// belong in the other store.
fn show_done(ctx: &Ctx) -> Response {
    let kind = kind_of(ctx.query("kind"));
    let file = ctx.query("file").unwrap_or_default().to_string();
    let back = back(ctx);
    let mut body = String::new();
    if let Ok((_, skipped)) = offered_for(&typed_path(&file), kind) {
        body.push_str(&skipped_html(ctx, &file, &skipped));
        let other = match kind {
            TrustKind::Root => (
                "trust-skipped-intermediate",
                TrustKind::Intermediate,
                "tui-trust-import-skipped-intermediate",
                "/wizard/trust",
            ),
            TrustKind::Intermediate => (
                "trust-skipped-root",
                TrustKind::Root,
                "tui-trust-import-skipped-root",
                "/wizard/trust/confirm",
            ),
        };
        if skipped.iter().any(|(_, reason)| *reason == other.0) {
            body.push_str(&format!(
                "<p class=\"actions\">{}</p>\n",
                link_button(
                    "other",
                    &with(other.3, other.1, &file, &back),
                    &ctx.text(other.2)
                )
            ));
        }
    }
    body.push_str(&format!(
        "<p class=\"actions\">{}</p>\n",
        link_button("back", &back, &ctx.text("tui-button-back"))
    ));
    respond(StatusCode::OK, ctx, frame(ctx, kind), &body)
}
