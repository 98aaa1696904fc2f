//! `docwiz topics`: every topic with its title, F1 keywords and, per locale, the
//! number of messages that fall back to English.

use std::collections::BTreeMap;
use std::process::ExitCode;

use docwiz::error::Message;
use serde::Serialize;

use super::{App, BAD_INPUT, error_json, exit_code, print_diagnostics, print_error, print_json};

#[derive(Serialize)]
struct Row {
    id: String,
    title: String,
    f1: Vec<String>,
    missing: BTreeMap<String, usize>,
}

#[derive(clap::Args)]
pub struct Args {
    /// Print the table of contents (content/toc.yml) as a tree of titles.
    #[arg(long)]
    tree: bool,
}

pub fn run(app: &App, args: &Args, json: bool) -> ExitCode {
    if args.tree {
        return tree(app, json);
    }
    let ui = app.ui();
    let result = (|| {
        let (catalog, diagnostics) = app.docwiz.catalog()?;
        let locales = app.docwiz.locales()?;
        let mut rows = Vec::new();
        let mut all = diagnostics;
        // The no-match page is not a topic one can open (see `f1_index`).
        for front in catalog
            .topics()
            .iter()
            .filter(|t| t.id != docwiz::catalog::NO_MATCH)
        {
            let topic = match catalog.load_topic(front) {
                Ok(topic) => topic,
                Err(docwiz::error::Error::Content(d)) => {
                    all.push(d);
                    continue;
                }
                Err(other) => return Err(other),
            };
            let topic = &topic;
            let args = docwiz::listing_args(&topic.front.id);
            let help = app
                .docwiz
                .page(topic, docwiz::View::default(), args.as_ref())?;
            all.extend(help.diagnostics);
            let mut missing = BTreeMap::new();
            for locale in &locales {
                missing.insert(
                    locale.to_string(),
                    app.docwiz.untranslated(topic, locale)?.len(),
                );
            }
            rows.push(Row {
                id: topic.front.id.clone(),
                title: help.page.title,
                f1: topic.front.f1.clone(),
                missing,
            });
        }
        Ok::<_, docwiz::error::Error>((rows, all))
    })();
    let (rows, diagnostics) = match result {
        Ok(found) => found,
        Err(error) => {
            print_error(&ui, &error);
            if json {
                print_json(&serde_json::json!({ "error": error_json(&ui, &error) }));
            }
            return ExitCode::from(exit_code(&error));
        }
    };
    let broken = print_diagnostics(&ui, &diagnostics);
    if json {
        sayln!(
            "{}",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        );
    } else {
        let text = |id| ui.text(&Message::new(id));
        let complete = text("topics-complete");
        let mut table = vec![[
            text("topics-column-id"),
            text("topics-column-title"),
            text("topics-column-f1"),
            text("topics-column-missing"),
        ]];
        for row in &rows {
            let missing: Vec<String> = row
                .missing
                .iter()
                .filter(|(_, n)| **n > 0)
                .map(|(l, n)| format!("{l}: {n}"))
                .collect();
            table.push([
                row.id.clone(),
                row.title.clone(),
                docwiz::cldr_format::enumeration(ui.locale(), &row.f1),
                if missing.is_empty() {
                    complete.clone()
                } else {
                    docwiz::cldr_format::enumeration(ui.locale(), &missing)
                },
            ]);
        }
        say!("{}", fitted(&table));
    }
    if broken {
        ExitCode::from(BAD_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}

/// The table as columns when it fits the terminal (or `COLUMNS`; piped
/// without `COLUMNS` always, as scripts read it); otherwise one block per
/// topic, its id on a line and each other column as a label and its value,
/// wrapped with the value's hanging indent (`render::printed`).
fn fitted(table: &[[String; 4]]) -> String {
    use std::io::IsTerminal;
    let columns = layout(table);
    if !std::io::stdout().is_terminal() && std::env::var_os("COLUMNS").is_none() {
        return columns;
    }
    let style = super::help::terminal_style();
    let widest = columns
        .lines()
        .map(textwrap::core::display_width)
        .max()
        .unwrap_or(0);
    if widest <= style.width {
        return columns;
    }
    let Some((head, rows)) = table.split_first() else {
        return columns;
    };
    let width = |s: &str| textwrap::core::display_width(s);
    let label = head[1..].iter().map(|l| width(l)).max().unwrap_or(0);
    let mut text = String::new();
    for row in rows {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&row[0]);
        text.push('\n');
        for (name, value) in head[1..].iter().zip(&row[1..]) {
            let pad = " ".repeat(label - width(name) + 2);
            text.push_str(&format!("  {name}{pad}{value}\n"));
        }
    }
    docwiz::render::printed::layout(&text, style, &[])
}

/// Columns padded to their widest cell, by display width.
fn layout(table: &[[String; 4]]) -> String {
    let width = |s: &str| textwrap::core::display_width(s);
    let mut widths = [0usize; 4];
    for row in table {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(width(cell));
        }
    }
    let mut out = String::new();
    for row in table {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i < 3 {
                line.push_str(&" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `topics --tree`: the table of contents in the reader's language, each
/// topic with its id, sections by name; `--json` nests `items`.
fn tree(app: &App, json: bool) -> ExitCode {
    let ui = app.ui();
    let toc = match docwiz::toc::Toc::load(&app.docwiz.source) {
        Ok(toc) => toc.unwrap_or_default(),
        Err(e) => return super::fail(&ui, &e, json),
    };
    let named = toc.named(&ui, &|id| app.docwiz.title(id));
    if json {
        print_json(&serde_json::json!(named));
        return ExitCode::SUCCESS;
    }
    fn lines(items: &[docwiz::toc::Named], depth: usize, out: &mut String) {
        for item in items {
            out.push_str(&"  ".repeat(depth));
            out.push_str(&item.title);
            if let Some(topic) = &item.topic {
                out.push_str(&format!(" ({topic})"));
            }
            out.push('\n');
            lines(&item.items, depth + 1, out);
        }
    }
    let mut text = String::new();
    lines(&named, 0, &mut text);
    say!("{text}");
    ExitCode::SUCCESS
}
