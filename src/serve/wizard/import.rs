//! Import Certificate, `/wizard/import` (`ms.lync.dep.DeployCertImportBasics`):
//! a certificate obtained elsewhere with its private key, installed by
//! `import::import` as `docwiz wizard import` does. The files are paths on
//! the machine docwiz serve runs on, as the command line takes them (the page
//! says so); fields `file`, `key`, `password`, `key-password`,
//! `friendly-name`. Passwords are never written back into a page.

use std::path::PathBuf;

use axum::http::StatusCode;
use axum::response::Response;

use super::{
    Ctx, Field, Frame, Tone, chain_notes_html, escape, field_error, handler, link_button,
    query_string, refused_status, respond, see_other,
};
use crate::cert::pages::chain_summary;
use crate::cert::pages::form::{import_field, import_field_reason, typed_path};
use crate::cert::pages::status::{self, ChainView};
use crate::cert::x509::trust::{ChainStatus, MissingKind};
use crate::cert::{F1_IMPORT, import};
use crate::error::{Error, Message};

handler!(form, show_form);
handler!(import, do_import);
handler!(done, show_done);

fn frame(ctx: &Ctx) -> Frame<'static> {
    Frame {
        title: ctx.text("tui-title-import"),
        keywords: vec![F1_IMPORT],
        request: None,
        refresh: None,
    }
}

fn show_form(ctx: &Ctx) -> Response {
    draw(ctx, StatusCode::OK, None)
}

/// The form; `failed` is the import's refusal, said next to its field.
fn draw(ctx: &Ctx, code: StatusCode, failed: Option<(&'static str, String)>) -> Response {
    let mut body = format!(
        "<p class=\"dim\">{}</p>\n<p class=\"dim\">{}</p>\n",
        escape(&ctx.text("tui-import-intro")),
        escape(&ctx.text("web-paths-on-server"))
    );
    body.push_str(&format!(
        "<form method=\"post\" action=\"{}\" id=\"import-form\">\n",
        escape(&ctx.action("/wizard/import"))
    ));
    for (id, label, kind) in [
        ("file", "tui-import-file", "text"),
        ("key", "tui-import-key", "text"),
        ("password", "tui-import-password", "password"),
        ("key-password", "tui-import-key-password", "password"),
        ("friendly-name", "tui-import-friendly-name", "text"),
    ] {
        let value = if kind == "password" {
            ""
        } else {
            ctx.field(id).unwrap_or_default()
        };
        let errors = failed
            .iter()
            .filter(|(field, _)| *field == id)
            .map(|(_, text)| text.clone())
            .collect();
        body.push_str(
            &Field {
                id,
                label: ctx.text(label),
                value,
                errors,
                kind,
                f1: None,
            }
            .html(),
        );
    }
    body.push_str(&format!(
        "<p class=\"actions\">\n<button type=\"submit\" id=\"import\" class=\"default\">{}</button>\n{}\n</p>\n</form>\n",
        escape(&ctx.text("tui-import-button")),
        link_button("back", "/wizard/", &ctx.text("tui-button-back"))
    ));
    respond(code, ctx, frame(ctx), &body)
}

fn do_import(ctx: &Ctx) -> Response {
    let file = ctx.field("file").unwrap_or_default().trim().to_string();
    let label = |id: &'static str| ctx.text(id);
    if file.is_empty() {
        let text = field_error(
            ctx,
            &label("tui-import-file"),
            &Message::new("tui-import-file-missing"),
        );
        return draw(ctx, StatusCode::UNPROCESSABLE_ENTITY, Some(("file", text)));
    }
    let file = typed_path(&file);
    let key: Option<PathBuf> = ctx
        .field("key")
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(typed_path);
    // An empty field is no password (the empty one, for PKCS#12), as when
    // the option is left out.
    let given = |id: &str| ctx.field(id).map(str::to_string).filter(|v| !v.is_empty());
    let options = import::ImportOptions {
        key: key.as_deref(),
        password: given("password"),
        key_password: given("key-password"),
        friendly_name: ctx
            .field("friendly-name")
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty()),
    };
    match import::import(&ctx.store(), &file, &options) {
        Ok(imported) => {
            ctx.tell(
                Message::new("tui-import-done").arg("thumbprint", imported.thumbprint.as_str()),
                Tone::Good,
            );
            for note in imported.notes {
                ctx.tell(note, Tone::Dim);
            }
            see_other(&format!(
                "/wizard/import/done?{}",
                query_string(&[("thumbprint", &imported.thumbprint)])
            ))
        }
        Err(e) => {
            let field = import_field(&e);
            let field_label = match field {
                "key" => "tui-import-key",
                "password" => "tui-import-password",
                "key-password" => "tui-import-key-password",
                _ => "tui-import-file",
            };
            let reason = import_field_reason(&e).unwrap_or_else(|| e.message());
            let reason = match e.location() {
                Some(at) if import_field_reason(&e).is_none() => Message::new("web-located")
                    .arg("location", at.to_string())
                    .arg("error", reason),
                _ => reason,
            };
            let text = field_error(ctx, &label(field_label), &reason);
            draw(ctx, refused_status_of(&e), Some((field, text)))
        }
    }
}

/// A refused import: 503 when the store is busy, else 422 (the input).
fn refused_status_of(e: &Error) -> StatusCode {
    match refused_status(e) {
        StatusCode::SERVICE_UNAVAILABLE => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// What the import did: the thumbprint, notes, the chain, and the ways on
/// (Assign, the trust import of what is missing, Done).
fn show_done(ctx: &Ctx) -> Response {
    let store = &ctx.site.store;
    let thumbprint = ctx.query("thumbprint").unwrap_or_default().to_string();
    let chain = store
        .installed(&thumbprint)
        .ok()
        .flatten()
        .and_then(|chain| chain.into_iter().next())
        .map(|leaf| status::certificate_chain(store, &thumbprint, &leaf))
        .map(|chain| ChainView::new(&chain, &ctx.commands()));
    let mut body = String::new();
    if let Some(chain) = &chain {
        let class = if chain.status == ChainStatus::Trusted {
            "good"
        } else {
            "warning"
        };
        body.push_str(&format!(
            "<dl class=\"facts\"><dt>{}</dt><dd class=\"{class}\">{}</dd></dl>\n",
            escape(&ctx.text("status-chain")),
            escape(&chain_summary(&ctx.ui, chain))
        ));
        body.push_str(&chain_notes_html(ctx, chain));
    }
    body.push_str("<p class=\"actions\">\n");
    body.push_str(&link_button(
        "assign",
        &format!(
            "/wizard/assign?{}",
            query_string(&[("thumbprint", &thumbprint)])
        ),
        &ctx.text("tui-action-assign"),
    ));
    let missing = chain.as_ref().and_then(|c| {
        c.missing
            .iter()
            .find(|m| m.kind != MissingKind::Unknown && m.file.is_some())
    });
    if let Some(m) = missing {
        let (path, kind) = if m.kind == MissingKind::Root {
            ("/wizard/trust/confirm", "root")
        } else {
            ("/wizard/trust", "intermediate")
        };
        let href = format!(
            "{path}?{}",
            query_string(&[
                ("kind", kind),
                ("file", m.file.as_deref().unwrap_or_default()),
                ("back", &ctx.here),
            ])
        );
        body.push_str(&link_button("trust", &href, &ctx.text("tui-action-trust")));
    }
    body.push_str(&link_button(
        "done",
        "/wizard/",
        &ctx.text("tui-import-button-done"),
    ));
    body.push_str("\n</p>\n");
    respond(StatusCode::OK, ctx, frame(ctx), &body)
}
