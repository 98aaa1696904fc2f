//! The main page, `/wizard/` (`ms.lync.dep.DeployCertsMain`): each usage
//! with its certificate, days left and chain; the open requests (each a
//! link to its status page); the certificates; the store's problems; and
//! the actions. What `overview::overview` returns, as the terminal wizard's
//! main page shows it.

use axum::http::StatusCode;
use axum::response::Response;

use super::{
    Ctx, Frame, Tone, chain_notes_html, error_html, escape, handler, link_button, respond,
};
use crate::cert::pages::overview::{self, CertView, F1_MAIN};
use crate::cert::pages::{chain_label, problem_line, usage_label, with_chain};
use crate::cert::store::record::State;
use crate::cert::x509::trust::ChainStatus;
use crate::error::{Arg, Message};

handler!(page, render);

/// A certificate in one line: thumbprint, subject, expiry and days left.
pub fn cert_line(ctx: &Ctx, c: &CertView) -> String {
    ctx.say(&c.line())
}

/// `text` as a link to the certificate's details.
fn details_link(c: &CertView, text: &str) -> String {
    format!(
        "<a href=\"/wizard/details?thumbprint={}\">{}</a>",
        escape(&c.thumbprint),
        escape(text)
    )
}

fn render(ctx: &Ctx) -> Response {
    let mut body = String::new();
    let overview = match overview::overview(&ctx.site.store, &ctx.commands()) {
        Ok(o) => Some(o),
        Err(e) => {
            body.push_str(&error_html(ctx, &e, None));
            None
        }
    };
    if let Some(o) = &overview {
        body.push_str(&format!(
            "<section id=\"usages\">\n<h2>{}</h2>\n<dl class=\"facts\">\n",
            escape(&ctx.text("live-usages-title"))
        ));
        for u in &o.usages {
            let (value, tone) = match &u.certificate {
                Some(c) if c.chain != ChainStatus::Trusted => (
                    with_chain(&ctx.ui, cert_line(ctx, c), chain_label(&ctx.ui, c.chain)),
                    Tone::Warning,
                ),
                Some(c) if c.expiry.renewal_due => (cert_line(ctx, c), Tone::Warning),
                Some(c) => (cert_line(ctx, c), Tone::Good),
                None if u.damaged => (
                    ctx.say(
                        &Message::new("live-usage-damaged")
                            .arg("file", format!("live/{}", u.usage.name())),
                    ),
                    Tone::Error,
                ),
                None => (ctx.text("live-usage-none"), Tone::Dim),
            };
            let value = match &u.certificate {
                Some(c) => details_link(c, &value),
                None => escape(&value),
            };
            body.push_str(&format!(
                "<dt>{}</dt><dd class=\"{}\" id=\"usage-{}\">{}",
                escape(&usage_label(&ctx.ui, u.usage)),
                tone.class(),
                u.usage.name(),
                value
            ));
            if let Some(c) = &u.certificate {
                body.push_str(&chain_notes_html(ctx, &c.chain_view));
            }
            body.push_str("</dd>\n");
        }
        body.push_str("</dl>\n</section>\n");

        body.push_str(&format!(
            "<section id=\"requests\">\n<h2>{}</h2>\n",
            escape(&ctx.text("live-pending-title"))
        ));
        let open: Vec<_> = o.pending.iter().filter(|p| !p.damaged).collect();
        if open.is_empty() {
            body.push_str(&format!(
                "<p class=\"dim\">{}</p>\n",
                escape(&ctx.text("live-pending-none"))
            ));
        } else {
            body.push_str("<ul>\n");
            for p in open {
                let state = if p.state == Some(State::Failed) {
                    "state-failed"
                } else {
                    "state-pending"
                };
                let line = ctx.say(
                    &Message::new("live-pending-line")
                        .arg("request", p.request.as_str())
                        .arg("fqdn", p.fqdn.as_str())
                        .arg("state", Arg::Text(Box::new(Message::new(state)))),
                );
                body.push_str(&format!(
                    "<li><a class=\"request\" href=\"/wizard/status?request={}\">{}</a></li>\n",
                    escape(&super::encode(&p.request)),
                    escape(&line)
                ));
            }
            body.push_str("</ul>\n");
        }
        body.push_str("</section>\n");

        if !o.unassigned.is_empty() {
            body.push_str(&format!(
                "<section id=\"unassigned\">\n<h2>{}</h2>\n<ul>\n",
                escape(&ctx.text("live-unassigned-title"))
            ));
            for c in &o.unassigned {
                let line = with_chain(&ctx.ui, cert_line(ctx, c), chain_label(&ctx.ui, c.chain));
                body.push_str(&format!("<li>{}", details_link(c, &line)));
                if let Some(request) = &c.request {
                    body.push_str(&format!(
                        " <a class=\"request\" href=\"/wizard/status?request={}\">{}</a>",
                        escape(&super::encode(request)),
                        escape(&ctx.text("status-title"))
                    ));
                }
                body.push_str("</li>\n");
            }
            body.push_str("</ul>\n</section>\n");
        }

        let mut seen: Vec<&str> = Vec::new();
        let assigned = o.usages.iter().filter_map(|u| u.certificate.as_ref());
        let all: Vec<&CertView> = assigned
            .chain(o.unassigned.iter())
            .filter(|c| {
                let new = !seen.contains(&c.thumbprint.as_str());
                seen.push(&c.thumbprint);
                new
            })
            .collect();
        if !all.is_empty() {
            body.push_str(&format!(
                "<section id=\"certificates\">\n<h2>{}</h2>\n<ul>\n",
                escape(&ctx.text("tui-certificates-title"))
            ));
            for c in all {
                let line = ctx.say(
                    &Message::new("tui-certificate-option")
                        .arg("thumbprint", c.thumbprint.as_str())
                        .arg("subject", c.subject.as_str()),
                );
                body.push_str(&format!(
                    "<li>{} <a href=\"/wizard/assign?thumbprint={}\">{}</a></li>\n",
                    details_link(c, &line),
                    escape(&c.thumbprint),
                    escape(&ctx.text("tui-action-assign"))
                ));
            }
            body.push_str("</ul>\n</section>\n");
        }

        if !o.problems.is_empty() {
            body.push_str(&format!(
                "<section id=\"problems\">\n<h2>{}</h2>\n<ul class=\"error\">\n",
                escape(&ctx.text("store-problems-title"))
            ));
            for d in &o.problems {
                body.push_str(&format!("<li>{}</li>\n", escape(&problem_line(&ctx.ui, d))));
            }
            body.push_str("</ul>\n</section>\n");
        }
    }
    let first_cert = overview.as_ref().and_then(|o| {
        o.usages
            .iter()
            .filter_map(|u| u.certificate.as_ref())
            .chain(o.unassigned.iter())
            .next()
            .map(|c| c.thumbprint.clone())
    });
    body.push_str("<p class=\"actions\" id=\"actions\">\n");
    body.push_str(&link_button(
        "action-request",
        "/wizard/request",
        &ctx.text("tui-action-request"),
    ));
    body.push_str(&link_button(
        "action-assign",
        "/wizard/assign",
        &ctx.text("tui-action-assign"),
    ));
    body.push_str(&link_button(
        "action-import",
        "/wizard/import",
        &ctx.text("tui-action-import"),
    ));
    match &first_cert {
        Some(t) => body.push_str(&link_button(
            "action-details",
            &format!("/wizard/details?thumbprint={t}"),
            &ctx.text("tui-action-details"),
        )),
        // Nothing to show yet: there, but disabled, as on the terminal.
        None => body.push_str(&format!(
            "<button type=\"button\" id=\"action-details\" disabled>{}</button>",
            escape(&ctx.text("tui-action-details"))
        )),
    }
    body.push_str(&link_button(
        "action-trust",
        "/wizard/trust?kind=root",
        &ctx.text("tui-action-trust"),
    ));
    body.push_str("\n</p>\n");
    respond(
        StatusCode::OK,
        ctx,
        Frame {
            title: ctx.text("wizard-main-title"),
            keywords: vec![F1_MAIN],
            request: None,
            refresh: None,
        },
        &body,
    )
}
