//! F1 in the terminal wizard, from the key to the drawn frame (issue 11:
//! at most one frame, 16 ms, on the 2-core machine).
//!
//! The wizard runs in-process on ratatui's TestBackend at 100x40 with a
//! store holding one issued request (local CA, chain not yet trusted, so the
//! status page and the live panel have everything to show). Each sample
//! sends F1 to the status page and draws the frame — the help topic composed
//! in the reader's language with the live state of that request, rendered
//! and laid out — then Esc and a frame back, not timed. The terminal's own
//! output (escape codes to the pty) is not part of it: ratatui writes only
//! the changed cells, well under a millisecond for a screen.
//!
//! Run: `cargo bench --bench f1_frame` (optionally `-- 300` samples).

use std::time::{Duration, Instant};

use docwiz::cert::ca::CaChoice;
use docwiz::cert::pages::status::Commands;
use docwiz::cert::request::{self, NewRequest};
use docwiz::cert::store::Store;
use docwiz::cert::{KeyType, Usage};
use docwiz::source::Source;
use docwiz::tui::app::Wizard;
use docwiz::tui::context::Context;
use docwiz::tui::pages::status::StatusPage;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn main() {
    let samples: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(200);
    let dir = std::env::temp_dir().join(format!("docwiz-f1-bench-{}", std::process::id()));
    let store = Store::new(&dir);
    let new = NewRequest {
        fqdn: "server.example.com".into(),
        sans: vec!["web.example.com".into()],
        key: KeyType::EcdsaP256,
        usages: Usage::ALL.to_vec(),
        ca: CaChoice::Local(Default::default()),
    };
    let made = request::request(&store, &new).expect("a local request");
    println!("store {} with request {}", dir.display(), made.id);
    for lang in ["en", "de", "zh-TW"] {
        let requested = [lang.parse().expect("a language tag")];
        let docwiz = docwiz::Docwiz::new(Source::BuiltIn, &requested).expect("built-in content");
        let ctx = Context::new(docwiz, store.clone(), Commands::new(None));
        let page = StatusPage::new(&ctx, Some(made.id.clone()));
        let mut wizard = Wizard::new(ctx, Box::new(page));
        let mut terminal = Terminal::new(TestBackend::new(100, 40)).expect("test terminal");
        terminal.draw(|f| wizard.draw(f)).expect("frame");
        let mut times: Vec<Duration> = Vec::with_capacity(samples);
        for _ in 0..samples {
            let started = Instant::now();
            wizard.handle(&key(KeyCode::F(1)));
            terminal.draw(|f| wizard.draw(f)).expect("frame");
            times.push(started.elapsed());
            assert!(wizard.help_open(), "F1 opened no help");
            wizard.handle(&key(KeyCode::Esc));
            terminal.draw(|f| wizard.draw(f)).expect("frame");
        }
        times.sort();
        let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize].as_secs_f64() * 1000.0;
        println!(
            "F1 key to drawn frame, {lang:5}: median {:6.2} ms  p95 {:6.2} ms  max {:6.2} ms  ({samples} samples, 100x40)",
            at(0.5),
            at(0.95),
            at(1.0)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
