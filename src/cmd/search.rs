//! `docwiz search QUERY…`: the topics that match, best first, each with the
//! heading the match falls under and a snippet with the match in bold.

use std::process::ExitCode;

use docwiz::error::Message;
use docwiz::search::{DEFAULT_LIMIT, Hit};

use super::{App, fail, print_json};

#[derive(clap::Args)]
pub struct Args {
    /// The words to find (all of them, in any order; any of them when no
    /// topic has all).
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,
    /// Show at most this many topics.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_LIMIT as u64,
          value_parser = clap::value_parser!(u64).range(1..=100_000))]
    limit: u64,
}

pub fn run(app: &App, args: &Args, json: bool) -> ExitCode {
    let ui = app.ui();
    let query = args.query.join(" ");
    let found = match docwiz::search::search(
        &app.docwiz,
        &query,
        usize::try_from(args.limit).unwrap_or(usize::MAX),
    ) {
        Ok(found) => found,
        Err(error) => return fail(&ui, &error, json),
    };
    let hits = &found.hits;
    let locale = app.docwiz.chain[0].to_string();
    if json {
        let hits: Vec<serde_json::Value> = hits
            .iter()
            .map(|h| {
                serde_json::json!({
                    "id": h.id,
                    "title": h.title,
                    "title_english": h.title_english,
                    "heading": h.heading,
                    "heading_english": h.heading_english,
                    "anchor": h.anchor,
                    "snippet": h.snippet,
                    "highlights": h.highlights.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
                    "english": h.english,
                    "score": h.score,
                    "command": open_command(app, h, &locale),
                })
            })
            .collect();
        print_json(&serde_json::json!({
            "query": query,
            "locale": locale,
            "unmatched": found.unmatched,
            "hits": hits,
        }));
        return ExitCode::SUCCESS;
    }
    let style = super::help::terminal_style();
    let bold = |text: &str| {
        if style.color {
            format!("\x1b[1m{text}\x1b[22m")
        } else {
            text.to_string()
        }
    };
    let english = ui.text(&Message::new("search-in-english"));
    let mut out = String::new();
    // The words no topic has come first: the hits lack them.
    for word in &found.unmatched {
        let line = ui.text(&Message::new("search-unmatched-word").arg("word", word.as_str()));
        out.push_str(&line);
        out.push('\n');
    }
    if !found.unmatched.is_empty() {
        out.push_str(&ui.text(&Message::new("search-other-words")));
        out.push_str("\n\n");
    }
    // Text shown in English because the locale lacks it is marked where it
    // is shown: the title, the heading, the snippet.
    let marked = |english_text: bool, text: &str| {
        if english_text {
            format!("{english} {text}")
        } else {
            text.to_string()
        }
    };
    for (n, hit) in hits.iter().enumerate() {
        let mut head = format!(
            "{}. {}",
            n + 1,
            marked(hit.title_english, &bold(&hit.title))
        );
        if let Some(heading) = &hit.heading {
            head.push_str(" › ");
            head.push_str(&marked(hit.heading_english, heading));
        }
        out.push_str(&head);
        out.push('\n');
        let mut snippet = String::new();
        let mut at = 0;
        for range in &hit.highlights {
            snippet.push_str(&hit.snippet[at..range.start]);
            let matched = &hit.snippet[range.clone()];
            if style.color {
                snippet.push_str(&bold(matched));
            } else if super::plain() {
                // A screen reader would read out marks: the match is left as
                // the text it is (its words are the query's anyway).
                snippet.push_str(matched);
            } else {
                // Piped, the match is marked as Markdown marks bold.
                snippet.push_str(&format!("**{matched}**"));
            }
            at = range.end;
        }
        snippet.push_str(&hit.snippet[at..]);
        if hit.english {
            snippet = format!("{english} {snippet}");
        }
        for line in docwiz::render::term::wrap(
            &snippet,
            textwrap::Options::new(style.width.max(20))
                .initial_indent("   ")
                .subsequent_indent("   "),
        ) {
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out.push_str("   ");
        out.push_str(&open_command(app, hit, &locale));
        out.push_str("\n\n");
    }
    say!("{}", out.trim_end_matches('\n').to_string() + "\n");
    ExitCode::SUCCESS
}

/// The command that opens the hit's topic in the same language, tree and
/// store (its live panels show that store): this run's `--store`, `--root`
/// and `--lang`, and the language the search was made in when `--lang` was
/// not given.
fn open_command(app: &App, hit: &Hit, locale: &str) -> String {
    let mut command = app.commands.command(&format!("help {}", hit.id));
    if !app.commands.names_lang() {
        command.push_str(&format!(" --lang {locale}"));
    }
    command
}
