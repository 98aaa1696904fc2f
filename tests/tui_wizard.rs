//! The full-screen wizard in a real terminal (tmux).

mod common;

use common::tmux::{Tmux, width};
use common::*;

/// F1 on the status page opens its topic over the page, with this request's
/// thumbprint in the live panel; Esc brings back the page as it was.
#[test]
fn f1_on_the_status_page_shows_its_topic_with_the_thumbprint_and_esc_returns() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let status = local_request(&store);
    let thumbprint = status["thumbprint"].as_str().unwrap().to_string();
    let store_arg = store.to_str().unwrap();
    let t = Tmux::start(
        100,
        40,
        &[("LANG", "de_DE.UTF-8")],
        &["--store", store_arg, "wizard", "status"],
    );
    let page = t.wait_for("Fertig stellen");
    assert!(page.contains("[x]"), "{page}");
    t.keys(&["F1"]);
    t.wait_for("Zertifikatanforderung (zurückgegeben)");
    t.keys(&["End"]);
    let help = t.wait_for(&thumbprint);
    for line in help.lines() {
        assert!(width(line) <= 100, "wider than the terminal: {line:?}");
    }
    t.keys(&["Escape"]);
    let back = t.wait_gone("Zertifikatanforderung (zurückgegeben)");
    assert_eq!(back, page, "the page came back changed");
}
