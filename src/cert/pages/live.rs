//! The live state as Markdown, for `{{ live: … }}` slots in help pages and for
//! the wizard's main page: what the store holds now, in the reader's language.

use crate::cert::pages::overview::{ActionKind, CertView, Overview};
use crate::cert::pages::status::{ChainView, Status};
use crate::cert::pages::{chain_label, usage_label, with_chain, word_list};
use crate::cert::store::record::State;
use crate::compose::{code_span, escape_markdown};
use crate::error::{Arg, Diagnostic, Error, Message};
use crate::localization::Localizer;

fn text(l10n: &Localizer, id: &'static str) -> String {
    l10n.text(&Message::new(id))
}

/// `- **label:** value`, punctuated as the language wants it.
fn field(out: &mut String, l10n: &Localizer, label: &str, value: &str) {
    let line = l10n.text(
        &Message::new("live-field")
            .arg("label", Arg::Str(label.to_string()))
            .arg("value", Arg::Str(value.to_string())),
    );
    out.push_str("- ");
    out.push_str(&line);
    out.push('\n');
}

/// The status panel of one request, or the invitation to make the first one.
pub fn status_panel(l10n: &Localizer, status: Option<&Status>, request_command: &str) -> String {
    let mut out = String::new();
    let Some(s) = status else {
        out.push_str(&format!(
            "## {} {{#live-status}}\n\n",
            text(l10n, "live-status-none-title")
        ));
        out.push_str(&l10n.text(&Message::new("live-no-request").arg(
            "command",
            code_span(&super::with_placeholders(l10n, request_command)),
        )));
        out.push('\n');
        return out;
    };
    let title = l10n.text(&Message::new("live-status-title").arg("request", s.request.as_str()));
    out.push_str(&format!(
        "## {} {{#live-status}}\n\n",
        escape_markdown(&title)
    ));
    let state = text(
        l10n,
        match s.state {
            State::Pending => "state-pending",
            State::Issued => "state-issued",
            State::Failed => "state-failed",
        },
    );
    field(
        &mut out,
        l10n,
        &text(l10n, "status-state"),
        &escape_markdown(&state),
    );
    if let Some(t) = &s.thumbprint {
        field(
            &mut out,
            l10n,
            &text(l10n, "status-thumbprint"),
            &code_span(t),
        );
    }
    if let Some(subject) = &s.subject {
        field(
            &mut out,
            l10n,
            &text(l10n, "status-subject"),
            &escape_markdown(subject),
        );
    }
    if s.thumbprint.is_some() {
        field(
            &mut out,
            l10n,
            &text(l10n, "status-chain"),
            &escape_markdown(&crate::cert::pages::chain_summary(l10n, &s.chain)),
        );
    }
    let yes_no = |b: bool| text(l10n, if b { "value-yes" } else { "value-no" });
    field(
        &mut out,
        l10n,
        &text(l10n, "live-assign-available"),
        &yes_no(s.assign_available),
    );
    field(
        &mut out,
        l10n,
        &text(l10n, "live-check-box"),
        &text(
            l10n,
            if s.assign_checked {
                "check-box-selected"
            } else {
                "check-box-cleared"
            },
        ),
    );
    let assigned: Vec<String> = s
        .assigned
        .iter()
        .map(|(u, t)| {
            format!(
                "{} {}",
                escape_markdown(&usage_label(l10n, *u)),
                code_span(t)
            )
        })
        .collect();
    let assigned = if assigned.is_empty() {
        text(l10n, "status-assigned-none")
    } else {
        word_list(l10n, &assigned)
    };
    field(&mut out, l10n, &text(l10n, "status-assigned"), &assigned);
    if let Some(expiry) = &s.expiry {
        out.push_str(&expiry_items(l10n, expiry));
    }
    for p in &s.usage_problems {
        out.push_str(&format!(
            "- {}\n",
            escape_markdown(&l10n.text(&p.message()))
        ));
    }
    out.push_str(&chain_items(l10n, &s.chain));
    match &s.next_step {
        Some(command) => field(
            &mut out,
            l10n,
            &text(l10n, "live-next"),
            &code_span(&super::with_placeholders(l10n, command)),
        ),
        None if s.chain.status == crate::cert::x509::trust::ChainStatus::Trusted => {
            out.push_str(&format!(
                "- {}\n",
                escape_markdown(&text(l10n, "status-done"))
            ));
        }
        None => {}
    }
    out
}

/// The chain's reasons and missing CA certificates as Markdown list items,
/// each missing one with the command that imports it.
pub fn chain_items(l10n: &Localizer, chain: &ChainView) -> String {
    let mut out = String::new();
    for reason in &chain.reasons {
        let line = l10n.text(&reason.message(&|s| escape_markdown(s)));
        out.push_str(&format!("- {line}\n"));
    }
    for m in &chain.missing {
        let id = match m.kind {
            crate::cert::x509::trust::MissingKind::Root => "missing-root",
            crate::cert::x509::trust::MissingKind::Intermediate => "missing-intermediate",
            crate::cert::x509::trust::MissingKind::Unknown => "missing-unknown",
        };
        let line = l10n.text(
            &Message::new(id)
                .arg("subject", escape_markdown(&m.subject))
                .arg("thumbprint", m.thumbprint.clone().unwrap_or_default()),
        );
        out.push_str(&format!("- {line}"));
        match &m.command {
            Some(command) => out.push_str(&format!(" {}", code_span(command))),
            None if m.kind != crate::cert::x509::trust::MissingKind::Unknown => out.push_str(
                &format!(" {}", escape_markdown(&text(l10n, "missing-no-file"))),
            ),
            None => {}
        }
        out.push('\n');
    }
    out
}

fn cert_line(l10n: &Localizer, c: &CertView) -> String {
    l10n.text(&crate::cert::pages::cert_line(
        code_span(&c.thumbprint),
        escape_markdown(&c.subject),
        &c.not_after,
        c.expiry.days_left,
        c.expiry.revoked.as_ref().map(|r| r.time.as_str()),
    ))
}

/// The renewal warnings of a certificate as Markdown list items.
fn expiry_items(l10n: &Localizer, expiry: &crate::cert::pages::expiry::Expiry) -> String {
    expiry
        .notes(&|command| code_span(command))
        .iter()
        .map(|note| format!("- {}\n", l10n.text(note)))
        .collect()
}

/// The usages panel: what the main wizard page shows. `level` is the heading
/// level of its sections (2 inside a help page).
pub fn usages_panel(l10n: &Localizer, o: &Overview, level: usize) -> String {
    let hashes = "#".repeat(level);
    let mut out = String::new();
    let none = escape_markdown(&text(l10n, "value-none"));
    out.push_str(&format!(
        "{hashes} {} {{#live-usages}}\n\n",
        text(l10n, "live-usages-title")
    ));
    for u in &o.usages {
        let value = match &u.certificate {
            Some(c) if c.chain != crate::cert::x509::trust::ChainStatus::Trusted => with_chain(
                l10n,
                cert_line(l10n, c),
                escape_markdown(&chain_label(l10n, c.chain)),
            ),
            Some(c) => cert_line(l10n, c),
            None if u.damaged => escape_markdown(&l10n.text(
                &Message::new("live-usage-damaged").arg("file", format!("live/{}", u.usage.name())),
            )),
            None => escape_markdown(&text(l10n, "live-usage-none")),
        };
        field(
            &mut out,
            l10n,
            &escape_markdown(&usage_label(l10n, u.usage)),
            &value,
        );
        if let Some(c) = &u.certificate {
            let items = expiry_items(l10n, &c.expiry) + &chain_items(l10n, &c.chain_view);
            for item in items.lines() {
                out.push_str(&format!("  {item}\n"));
            }
        }
    }
    out.push_str(&format!(
        "\n{hashes} {} {{#live-pending}}\n\n",
        text(l10n, "live-pending-title")
    ));
    if o.pending.is_empty() {
        // Its own word: "none" agrees with "requests" (feminine in French
        // and Spanish), unlike the certificates' below.
        let none = escape_markdown(&text(l10n, "live-pending-none"));
        out.push_str(&format!("- {none}\n"));
    }
    for p in &o.pending {
        if p.damaged {
            out.push_str(&format!(
                "- {}\n",
                l10n.text(
                    &Message::new("live-request-damaged").arg("request", code_span(&p.request))
                )
            ));
            continue;
        }
        let state = text(
            l10n,
            if p.state == Some(State::Failed) {
                "state-failed"
            } else {
                "state-pending"
            },
        );
        out.push_str(&format!(
            "- {}\n",
            l10n.text(
                &Message::new("live-pending-line")
                    .arg("request", code_span(&p.request))
                    .arg("fqdn", escape_markdown(&p.fqdn))
                    .arg("state", escape_markdown(&state)),
            )
        ));
    }
    out.push_str(&format!(
        "\n{hashes} {} {{#live-unassigned}}\n\n",
        text(l10n, "live-unassigned-title")
    ));
    if o.unassigned.is_empty() {
        out.push_str(&format!("- {none}\n"));
    }
    for c in &o.unassigned {
        // A revoked certificate's line says it is revoked; its chain's
        // verdict ("trusted") would read as if it could still be used.
        let line = if c.expiry.revoked.is_some() {
            cert_line(l10n, c)
        } else {
            with_chain(
                l10n,
                cert_line(l10n, c),
                escape_markdown(&chain_label(l10n, c.chain)),
            )
        };
        out.push_str(&format!("- {line}\n"));
        let items = expiry_items(l10n, &c.expiry) + &chain_items(l10n, &c.chain_view);
        for item in items.lines() {
            out.push_str(&format!("  {item}\n"));
        }
    }
    out.push_str(&problems_panel(l10n, &o.problems, level));
    out.push_str(&format!(
        "\n{hashes} {} {{#live-actions}}\n\n",
        text(l10n, "live-actions-title")
    ));
    for a in &o.actions {
        let id = match a.kind {
            ActionKind::Request => "live-action-request",
            ActionKind::Finish => "live-action-finish",
            ActionKind::Assign => "live-action-assign",
            ActionKind::Details => "live-action-details",
            ActionKind::ImportRoot => "live-action-import-root",
            ActionKind::ImportIntermediate => "live-action-import-intermediate",
            ActionKind::ProcessPending => "live-action-process-pending",
            ActionKind::ImportCertificate => "live-action-import-certificate",
        };
        let label =
            l10n.text(&Message::new(id).arg("target", a.target.clone().unwrap_or_default()));
        field(
            &mut out,
            l10n,
            &escape_markdown(&label),
            &code_span(&super::with_placeholders(l10n, &a.command)),
        );
    }
    out
}

/// The "Problems in the store" section: each finding with its file (and line
/// and column). Nothing when the store's check found nothing.
pub fn problems_panel(l10n: &Localizer, problems: &[Diagnostic], level: usize) -> String {
    if problems.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "\n{} {} {{#live-problems}}\n\n",
        "#".repeat(level),
        text(l10n, "store-problems-title")
    );
    for d in problems {
        let file = d
            .location
            .as_ref()
            .map(|l| l.to_string())
            .unwrap_or_default();
        let line = l10n.text(
            &Message::new("store-problem-line")
                .arg("file", code_span(&file))
                .arg("problem", escape_markdown(&l10n.text(&d.message))),
        );
        out.push_str(&format!("- {line}\n"));
    }
    out
}

/// A live panel whose state cannot be read: its title, then the error with
/// its file (and line and column), as the command line would report it.
pub fn error_panel(
    l10n: &Localizer,
    title_id: &'static str,
    anchor: &str,
    error: &Error,
) -> String {
    let message = match error.location() {
        Some(location) => l10n.text(
            &Message::new("store-problem-line")
                .arg("file", code_span(&location.to_string()))
                .arg("problem", escape_markdown(&l10n.text(&error.message()))),
        ),
        None => escape_markdown(&l10n.text(&error.message())),
    };
    format!("## {} {{#{anchor}}}\n\n- {message}\n", text(l10n, title_id))
}

/// The Markdown for the `{{ live: NAME }}` slot of a help page: the state of
/// `store` now, with the store's problems. `cert-status` shows `request`
/// (default: the latest request); `cert-usages` the usages and what holds
/// them. When the state cannot be read (an unreadable store, a damaged newest
/// request) the slot says why. `None` for a slot name docwiz does not know.
/// The command line, the terminal wizard's F1 and (later) the server all
/// fill slots here, so a page shows the same state on every surface.
pub fn slot(
    store: &crate::cert::store::Store,
    commands: &crate::cert::pages::status::Commands,
    name: &str,
    l10n: &Localizer,
    request: Option<&str>,
) -> Option<String> {
    match name {
        "cert-status" => {
            let panel = || -> Result<String, Error> {
                let problems = crate::cert::store::health::check(store)?.findings;
                let found = match request {
                    Some(id) => Some(store.request(id)?),
                    None => match store.latest_request() {
                        Ok(r) => Some(r),
                        Err(Error::NoRequest { .. }) => None,
                        Err(e) => return Err(e),
                    },
                };
                let status = found
                    .map(|r| crate::cert::pages::status::status(store, &r, commands))
                    .transpose()?;
                let request_command = commands.command(super::status::FIRST_REQUEST);
                let mut out = status_panel(l10n, status.as_ref(), &request_command);
                out.push_str(&problems_panel(l10n, &problems, 3));
                Ok(out)
            };
            Some(
                panel().unwrap_or_else(|e| {
                    error_panel(l10n, "live-status-none-title", "live-status", &e)
                }),
            )
        }
        "cert-usages" => Some(
            match crate::cert::pages::overview::overview(store, commands) {
                Ok(overview) => usages_panel(l10n, &overview, 2),
                Err(e) => error_panel(l10n, "live-usages-title", "live-usages", &e),
            },
        ),
        _ => None,
    }
}
