//! View Certificate Details, `/wizard/details?thumbprint=T`
//! (`ms.lync.dep.DeployAssignedCertList`): the certificate's fields as
//! `wizard details` prints them, and its chain.

use axum::http::StatusCode;
use axum::response::Response;

use super::{
    Ctx, Frame, chain_notes_html, error_html, escape, facts, handler, link_button, respond,
};
use crate::cert::F1_DETAILS;
use crate::cert::pages::status::{self, ChainView};
use crate::cert::pages::{chain_summary, details_facts_in};
use crate::cert::x509::trust::ChainStatus;

handler!(page, show);

fn show(ctx: &Ctx) -> Response {
    let store = &ctx.site.store;
    let wanted = ctx.query("thumbprint").unwrap_or_default();
    let mut body = String::new();
    let code = match status::certificate(store, wanted) {
        Ok(cert) => {
            let chain = status::certificate_chain(store, &cert.thumbprint, &cert);
            let chain = ChainView::new(&chain, &ctx.commands());
            body.push_str(&facts(&details_facts_in(&ctx.ui, store, &cert), "details"));
            let class = if chain.status == ChainStatus::Trusted {
                "good"
            } else {
                "warning"
            };
            body.push_str(&format!(
                "<dl class=\"facts\"><dt>{}</dt><dd class=\"{class}\">{}</dd></dl>\n",
                escape(&ctx.text("status-chain")),
                escape(&chain_summary(&ctx.ui, &chain))
            ));
            body.push_str(&chain_notes_html(ctx, &chain));
            StatusCode::OK
        }
        Err(e) => {
            body.push_str(&error_html(ctx, &e, None));
            StatusCode::NOT_FOUND
        }
    };
    let back = ctx
        .query("back")
        .filter(|b| b.starts_with("/wizard") && super::super::help::local_path(b))
        .unwrap_or("/wizard/");
    body.push_str(&format!(
        "<p class=\"actions\">{}</p>\n",
        link_button("back", back, &ctx.text("tui-button-back"))
    ));
    respond(
        code,
        ctx,
        Frame {
            title: ctx.text("details-title"),
            keywords: vec![F1_DETAILS],
            request: None,
            refresh: None,
        },
        &body,
    )
}
