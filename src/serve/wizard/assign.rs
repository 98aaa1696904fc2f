//! Certificate Assignment, `/wizard/assign?thumbprint=T`
//! (`ms.lync.dep.DeployCertList`): the installed certificates to choose from
//! (a GET form, `thumbprint`), and for the chosen one a check box per usage
//! (`usage`, ids `usage-default`, `usage-web-internal`, `usage-web-external`)
//! with the reason each usage would refuse it shown before anyone tries
//! (`assign::refusals`, what `assign::assign` checks) and that box disabled,
//! and the certificate each usage has now. Assign (`id="assign"`) calls
//! `assign::assign` as `docwiz wizard assign` does, without a deploy hook.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use axum::response::Response;

use super::{
    Ctx, Frame, Tone, chain_notes_html, error_html, escape, handler, link_button, query_string,
    refused_status, respond, see_other,
};
use crate::cert::pages::status::{self, ChainView};
use crate::cert::pages::{usage_label, usage_list};
use crate::cert::x509::certificate::{CertInfo, normalize_thumbprint};
use crate::cert::x509::trust::{ChainStatus, MissingKind};
use crate::cert::{F1_ASSIGN, Usage, assign};
use crate::error::{Error, Message};

handler!(page, show);
handler!(assign, do_assign);

/// An installed certificate that can be chosen.
struct Candidate {
    leaf: CertInfo,
    chain: ChainView,
    requested: Option<Vec<Usage>>,
    /// The name its request asked for (else its subject CN), as
    /// `assign::assign` checks it.
    fqdn: String,
}

fn candidates(ctx: &Ctx) -> Result<Vec<Candidate>, Error> {
    let store = &ctx.site.store;
    let mut out = Vec::new();
    for thumbprint in store.installed_thumbprints()? {
        // A revoked certificate is never offered: assignment refuses it.
        if crate::cert::store::revocation::read(store, &thumbprint).is_some() {
            continue;
        }
        // A damaged certificate is the store check's to report.
        let Ok(Some(chain)) = store.installed(&thumbprint) else {
            continue;
        };
        let Some(leaf) = chain.into_iter().next() else {
            continue;
        };
        let request = status::request_for(store, &thumbprint);
        let checked = status::certificate_chain(store, &thumbprint, &leaf);
        out.push(Candidate {
            chain: ChainView::new(&checked, &ctx.commands()),
            requested: request.as_ref().map(|r| r.usages.clone()),
            fqdn: request
                .map(|r| r.fqdn)
                .or_else(|| leaf.common_name.clone())
                .unwrap_or_default(),
            leaf,
        });
    }
    Ok(out)
}

/// A certificate in one line: thumbprint, subject, expiry, chain.
fn option(ctx: &Ctx, c: &Candidate) -> String {
    ctx.say(&crate::cert::pages::cert_with_chain(
        &c.leaf,
        c.chain.status,
    ))
}

/// Why each usage would refuse the certificate: what concerns the usage,
/// named as its box is labelled (the chain's own reasons are shown once,
/// under the certificate).
fn refusals(ctx: &Ctx, c: &Candidate) -> Result<BTreeMap<Usage, Vec<Message>>, Error> {
    let mut out = BTreeMap::new();
    for usage in Usage::ALL {
        let reasons = assign::refusals(&ctx.site.store, &c.leaf.thumbprint, &[usage], &c.fqdn)?;
        let mine = reasons
            .into_iter()
            .filter(|m| m.id.starts_with("refuse-"))
            .collect();
        out.insert(usage, mine);
    }
    Ok(out)
}

fn show(ctx: &Ctx) -> Response {
    draw(ctx, StatusCode::OK, None, None, None)
}

/// The page; `failed` is Assign's refusal; `checked` the boxes as sent.
fn draw(
    ctx: &Ctx,
    code: StatusCode,
    failed: Option<&Error>,
    problem: Option<Message>,
    checked: Option<&[Usage]>,
) -> Response {
    let mut body = format!(
        "<p class=\"dim\">{}</p>\n",
        escape(&ctx.text("tui-assign-intro"))
    );
    if let Some(e) = failed {
        body.push_str(&error_html(ctx, e, None));
    }
    if let Some(problem) = problem {
        body.push_str(&format!(
            "<p class=\"error\" role=\"alert\" id=\"assign-problem\">{}</p>\n",
            escape(&ctx.say(&problem))
        ));
    }
    let frame = Frame {
        title: ctx.text("tui-title-assign"),
        keywords: vec![F1_ASSIGN],
        request: None,
        refresh: None,
    };
    let list = match candidates(ctx) {
        Ok(list) => list,
        Err(e) => {
            body.push_str(&error_html(ctx, &e, None));
            return respond(StatusCode::INTERNAL_SERVER_ERROR, ctx, frame, &body);
        }
    };
    if list.is_empty() {
        body.push_str(&format!(
            "<p class=\"warning\">{}</p>\n<p class=\"actions\">{}</p>\n",
            escape(&ctx.text("tui-assign-no-certificates")),
            link_button("back", "/wizard/", &ctx.text("tui-button-back"))
        ));
        return respond(code, ctx, frame, &body);
    }
    let wanted = ctx.query("thumbprint").map(normalize_thumbprint);
    let at = wanted
        .as_ref()
        .and_then(|w| list.iter().position(|c| &c.leaf.thumbprint == w));
    if let (Some(w), None) = (&wanted, at) {
        body.push_str(&error_html(
            ctx,
            &Error::ThumbprintNotFound {
                thumbprint: w.clone(),
            },
            None,
        ));
    }
    let chosen = &list[at.unwrap_or(0)];
    // Choosing a certificate reads the page again (a GET: nothing changes).
    body.push_str(&format!(
        "<form method=\"get\" action=\"/wizard/assign\" id=\"choose-form\">\n<p class=\"field\"><label for=\"thumbprint\">{}</label>\n<select id=\"thumbprint\" name=\"thumbprint\">\n",
        escape(&ctx.text("tui-assign-certificate"))
    ));
    for c in &list {
        body.push_str(&format!(
            "<option value=\"{}\"{}>{}</option>\n",
            escape(&c.leaf.thumbprint),
            if c.leaf.thumbprint == chosen.leaf.thumbprint {
                " selected"
            } else {
                ""
            },
            escape(&option(ctx, c))
        ));
    }
    body.push_str(&format!(
        "</select>\n<button type=\"submit\" id=\"choose\">{}</button></p>\n</form>\n",
        escape(&ctx.text("tui-key-arrows-choose"))
    ));
    let notes = chain_notes_html(ctx, &chosen.chain);
    if chosen.chain.status != ChainStatus::Trusted && !notes.is_empty() {
        body.push_str(&format!(
            "<section id=\"untrusted\">\n<h2>{}</h2>\n{notes}<p class=\"actions\">\n",
            escape(&ctx.text("tui-untrusted-heading"))
        ));
        let back = format!(
            "/wizard/assign?{}",
            query_string(&[("thumbprint", &chosen.leaf.thumbprint)])
        );
        for m in &chosen.chain.missing {
            let Some(file) = &m.file else { continue };
            let (id, label, path, kind) = match m.kind {
                MissingKind::Root => (
                    "import-root",
                    "tui-import-root",
                    "/wizard/trust/confirm",
                    "root",
                ),
                MissingKind::Intermediate => (
                    "import-intermediate",
                    "tui-import-intermediate",
                    "/wizard/trust",
                    "intermediate",
                ),
                MissingKind::Unknown => continue,
            };
            let href = format!(
                "{path}?{}",
                query_string(&[("kind", kind), ("file", file), ("back", &back)])
            );
            body.push_str(&link_button(id, &href, &ctx.text(label)));
        }
        body.push_str("\n</p>\n</section>\n");
    }
    let refused = match refusals(ctx, chosen) {
        Ok(r) => r,
        Err(e) => {
            body.push_str(&error_html(ctx, &e, None));
            BTreeMap::new()
        }
    };
    let assigned = ctx.site.store.assigned();
    let wanted_usages = checked
        .map(<[Usage]>::to_vec)
        .or_else(|| chosen.requested.clone())
        .unwrap_or_else(|| Usage::ALL.to_vec());
    let action = ctx.action(&format!(
        "/wizard/assign?{}",
        query_string(&[("thumbprint", &chosen.leaf.thumbprint)])
    ));
    body.push_str(&format!(
        "<form method=\"post\" action=\"{}\" id=\"assign-form\">\n<fieldset id=\"usages\">\n<legend>{}</legend>\n",
        escape(&action),
        escape(&ctx.text("tui-assign-usages"))
    ));
    let mut any = false;
    for usage in Usage::ALL {
        let reasons = refused.get(&usage).cloned().unwrap_or_default();
        let ok = reasons.is_empty() && refused.contains_key(&usage);
        any |= ok;
        let n = usage.name();
        body.push_str(&format!(
            "<p class=\"check\"><input type=\"checkbox\" name=\"usage\" id=\"usage-{n}\" value=\"{n}\"{}{}>\n<label for=\"usage-{n}\">{}</label></p>\n",
            if ok && wanted_usages.contains(&usage) { " checked" } else { "" },
            if ok { "" } else { " disabled" },
            escape(&ctx.text(usage.label_id()))
        ));
        for reason in &reasons {
            body.push_str(&format!(
                "<p class=\"warning indented\">{}</p>\n",
                escape(&ctx.say(reason))
            ));
        }
        let holder = ctx.say(&crate::cert::pages::usage_holder(
            assigned.get(&usage).map(String::as_str),
            Some(chosen.leaf.thumbprint.as_str()),
            &|t| {
                list.iter()
                    .find(|c| c.leaf.thumbprint == t)
                    .map(|c| c.leaf.subject.clone())
            },
        ));
        body.push_str(&format!(
            "<p class=\"dim indented\">{}</p>\n",
            escape(&holder)
        ));
    }
    body.push_str(&format!(
        "</fieldset>\n<p class=\"actions\">\n<button type=\"submit\" id=\"assign\" class=\"default\"{}>{}</button>\n{}\n</p>\n</form>\n",
        if any { "" } else { " disabled" },
        escape(&ctx.text("tui-assign-button")),
        link_button("back", "/wizard/", &ctx.text("tui-button-back"))
    ));
    respond(code, ctx, frame, &body)
}

fn do_assign(ctx: &Ctx) -> Response {
    let Some(thumbprint) = ctx.query("thumbprint").map(normalize_thumbprint) else {
        return see_other("/wizard/assign");
    };
    let usages: Vec<Usage> = Usage::ALL
        .into_iter()
        .filter(|u| ctx.fields("usage").contains(&u.name()))
        .collect();
    if usages.is_empty() {
        return draw(
            ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some(Message::new("tui-assign-none-checked")),
            Some(&usages),
        );
    }
    let store = ctx.store();
    match assign::assign(&store, &thumbprint, Some(&usages), None) {
        Ok(done) => {
            ctx.tell(
                Message::new("assign-done")
                    .arg("thumbprint", done.thumbprint.as_str())
                    .arg("usages", usage_list(&ctx.ui, &done.usages)),
                Tone::Good,
            );
            for (usage, old) in &done.previous {
                if let Some(old) = old.as_ref().filter(|o| **o != done.thumbprint) {
                    ctx.tell(
                        Message::new("assign-replaced")
                            .arg("usage", usage_label(&ctx.ui, *usage))
                            .arg("old", old.as_str()),
                        Tone::Good,
                    );
                }
            }
            see_other("/wizard/")
        }
        Err(e) => draw(ctx, refused_status(&e), Some(&e), None, Some(&usages)),
    }
}
