//! The Online Certificate Request Status page, `/wizard/status?request=ID`
//! (`ms.lync.dep.DeployCertRequestReturned`): the facts `wizard status`
//! shows, what stands in the way of trust with the import offered, the check
//! box "Assign this certificate to … certificate usages" (checked as the
//! request recorded it, by default checked), View Certificate Details, and
//! Finish, which does what `wizard finish` does (`assign::finish`).
//!
//! Element ids: the check box `assign` (name `assign`, value `1`), Finish
//! `finish`, View Certificate Details `details`, the import links
//! `import-root` and `import-intermediate`.

use axum::http::StatusCode;
use axum::response::Response;

use super::{
    Ctx, Frame, Tone, chain_notes_html, error_html, escape, facts, handler, link_button,
    query_string, refused_status, respond, see_other,
};
use crate::cert::assign::{self, Finished};
use crate::cert::pages::status::{self, Status};
use crate::cert::pages::{status_facts, usage_list};
use crate::cert::store::health;
use crate::cert::store::record::State;
use crate::cert::x509::trust::MissingKind;
use crate::cert::{F1_CHECKBOX, F1_STATUS};
use crate::error::{Error, Message};

handler!(page, show);
handler!(finish, do_finish);

/// The status of the request asked for (else the latest), in the reader's
/// language.
fn load(ctx: &Ctx) -> Result<Status, Error> {
    let store = &ctx.site.store;
    let found = match ctx.query("request").filter(|r| !r.is_empty()) {
        Some(id) => store.request(id),
        None => store.latest_request(),
    };
    let mut s = found.and_then(|r| status::status(store, &r, &ctx.commands()))?;
    s.localize_reason(&ctx.ui);
    Ok(s)
}

fn show(ctx: &Ctx) -> Response {
    draw(ctx, StatusCode::OK, None)
}

/// The page; `failed` is Finish's refusal, said at the top.
fn draw(ctx: &Ctx, code: StatusCode, failed: Option<&Error>) -> Response {
    let mut body = String::new();
    if let Some(error) = failed {
        body.push_str(&error_html(ctx, error, None));
    }
    let loaded = load(ctx);
    let request = loaded.as_ref().ok().map(|s| s.request.clone());
    match &loaded {
        Err(e) => {
            body.push_str(&error_html(ctx, e, None));
            let code = if failed.is_some() {
                code
            } else {
                StatusCode::NOT_FOUND
            };
            body.push_str(&format!(
                "<p class=\"actions\">{}</p>\n",
                link_button("back", "/wizard/", &ctx.text("tui-button-back"))
            ));
            return respond(
                code,
                ctx,
                Frame {
                    title: ctx.text("status-title"),
                    keywords: vec![F1_STATUS],
                    request: None,
                    refresh: None,
                },
                &body,
            );
        }
        Ok(s) => body.push_str(&status_body(ctx, s)),
    }
    let problems = health::check(&ctx.site.store)
        .map(|h| h.findings)
        .unwrap_or_default();
    if !problems.is_empty() {
        body.push_str(&format!(
            "<section id=\"problems\">\n<h2>{}</h2>\n<ul class=\"error\">\n",
            escape(&ctx.text("store-problems-title"))
        ));
        for d in &problems {
            body.push_str(&format!(
                "<li>{}</li>\n",
                escape(&crate::cert::pages::problem_line(&ctx.ui, d))
            ));
        }
        body.push_str("</ul>\n</section>\n");
    }
    respond(
        code,
        ctx,
        Frame {
            title: ctx.text("status-title"),
            keywords: vec![F1_STATUS],
            request: request.as_deref(),
            refresh: None,
        },
        &body,
    )
}

fn status_body(ctx: &Ctx, s: &Status) -> String {
    let mut body = facts(&status_facts(&ctx.ui, s), "status");
    if let Some(reason) = &s.reason_message {
        body.push_str(&format!(
            "<p class=\"error\">{}</p>\n",
            escape(&ctx.say(&Message::new("status-failed-reason").arg("reason", reason.clone())))
        ));
    }
    let notes = chain_notes_html(ctx, &s.chain);
    if s.thumbprint.is_some() && !notes.is_empty() {
        body.push_str(&format!(
            "<section id=\"untrusted\">\n<h2>{}</h2>\n{notes}<p class=\"actions\">\n",
            escape(&ctx.text("tui-untrusted-heading"))
        ));
        for (kind, id, label, path) in [
            (
                MissingKind::Root,
                "import-root",
                "tui-import-root",
                "/wizard/trust/confirm",
            ),
            (
                MissingKind::Intermediate,
                "import-intermediate",
                "tui-import-intermediate",
                "/wizard/trust",
            ),
        ] {
            let file = s
                .chain
                .missing
                .iter()
                .find(|m| m.kind == kind)
                .and_then(|m| m.file.as_ref());
            if let Some(file) = file {
                let kind = if kind == MissingKind::Root {
                    "root"
                } else {
                    "intermediate"
                };
                let back = format!(
                    "/wizard/status?{}",
                    query_string(&[("request", &s.request)])
                );
                let href = format!(
                    "{path}?{}",
                    query_string(&[("kind", kind), ("file", file), ("back", &back)])
                );
                body.push_str(&link_button(id, &href, &ctx.text(label)));
            }
        }
        body.push_str("\n</p>\n</section>\n");
    }
    if !s.usage_problems.is_empty() {
        body.push_str("<ul class=\"warning\">\n");
        for p in &s.usage_problems {
            body.push_str(&format!("<li>{}</li>\n", escape(&ctx.say(&p.message()))));
        }
        body.push_str("</ul>\n");
    }
    let issued = s.state == State::Issued && !s.finished;
    let disabled = if issued { "" } else { " disabled" };
    let checked = if s.assign_checked { " checked" } else { "" };
    let action = ctx.action(&format!(
        "/wizard/status/finish?{}",
        query_string(&[("request", &s.request)])
    ));
    body.push_str(&format!(
        "<form id=\"finish-form\" method=\"post\" action=\"{}\">\n<p class=\"check\"><input type=\"checkbox\" id=\"assign\" name=\"assign\" value=\"1\" data-f1=\"{F1_CHECKBOX}\"{checked}{disabled}>\n<label for=\"assign\" data-f1=\"{F1_CHECKBOX}\">{}</label></p>\n",
        escape(&action),
        escape(&ctx.text("status-checkbox")),
    ));
    if s.state == State::Issued {
        let tone = if s.assign_available {
            Tone::Dim
        } else {
            Tone::Warning
        };
        body.push_str(&format!(
            "<p class=\"{} indented\">{}</p>\n",
            tone.class(),
            escape(&ctx.say(&s.availability))
        ));
    }
    if s.finished {
        body.push_str(&format!(
            "<p class=\"dim\" id=\"finished\">{}</p>\n",
            escape(&ctx.text("tui-request-finished"))
        ));
    }
    if let Some(command) = &s.next_step {
        body.push_str(&format!(
            "<h2>{}</h2>\n<p><code>{}</code></p>\n",
            escape(&ctx.text("status-next")),
            escape(&crate::cert::pages::with_placeholders(&ctx.ui, command))
        ));
    }
    body.push_str("<p class=\"actions\">\n");
    if let Some(t) = &s.thumbprint {
        let back = format!(
            "/wizard/status?{}",
            query_string(&[("request", &s.request)])
        );
        body.push_str(&link_button(
            "details",
            &format!(
                "/wizard/details?{}",
                query_string(&[("thumbprint", t), ("back", &back)])
            ),
            &ctx.text("tui-button-details"),
        ));
    }
    body.push_str(&format!(
        "<button type=\"submit\" id=\"finish\" class=\"default\"{disabled}>{}</button>\n",
        escape(&ctx.text("tui-button-finish"))
    ));
    body.push_str(&link_button(
        "back",
        "/wizard/",
        &ctx.text("tui-button-back"),
    ));
    body.push_str("\n</p>\n</form>\n");
    body
}

/// Finish: `assign::finish`, assigning unless the box was cleared.
fn do_finish(ctx: &Ctx) -> Response {
    let Some(id) = ctx.query("request").map(str::to_string) else {
        return see_other("/wizard/");
    };
    let store = ctx.store();
    let no_assign = ctx.field("assign").is_none();
    let result = store
        .request(&id)
        .and_then(|r| assign::finish(&store, &r, no_assign, None));
    let back = format!("/wizard/status?{}", query_string(&[("request", &id)]));
    match result {
        Ok(Finished::Assigned(done)) => {
            ctx.tell(
                Message::new("assign-done")
                    .arg("thumbprint", done.thumbprint.as_str())
                    .arg("usages", usage_list(&ctx.ui, &done.usages)),
                Tone::Good,
            );
            see_other("/wizard/")
        }
        Ok(Finished::Cleared { thumbprint }) => {
            ctx.tell(
                Message::new("tui-finish-cleared").arg("thumbprint", thumbprint.as_str()),
                Tone::Good,
            );
            see_other("/wizard/")
        }
        Ok(Finished::Untrusted { .. }) => {
            ctx.tell(Message::new("finish-result-untrusted"), Tone::Warning);
            see_other(&back)
        }
        Err(e) => draw(ctx, refused_status(&e), Some(&e)),
    }
}
