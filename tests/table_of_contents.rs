//! The table of contents (`content/toc.yml`, DocFX's format): `topics
//! --tree`, the sidebar, breadcrumbs and previous/next of the HTML export
//! and of `serve`, the Markdown export's `toc.yml` and `index.md`, and
//! lint's checks, through the real binary.

mod common;
use common::*;

#[test]
fn topics_tree_prints_the_table_in_the_readers_language() {
    let out = run(&["topics", "--tree", "--lang", "de"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Zertifikat-Assistent (certificate-wizard)");
    // Sections are named by their message, nested under the wizard.
    assert!(lines.contains(&"  Anforderungen"), "{text}");
    assert!(
        lines.contains(&"    Zertifikatanforderung (zurückgegeben) (certificate-request-returned)"),
        "{text}"
    );
    let json = run(&["--json", "topics", "--tree", "--lang", "zh-TW"]);
    let tree: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(tree[0]["topic"], "certificate-wizard");
    assert_eq!(tree[0]["items"][0]["title"], "要求");
    assert_eq!(
        tree[0]["items"][0]["items"][1]["topic"],
        "certificate-request-returned"
    );
}

#[test]
fn the_html_export_shows_the_table_with_the_page_marked_breadcrumbs_and_neighbours() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let out = run(&[
        "export",
        "--format",
        "html",
        "--out",
        site.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = std::fs::read_to_string(site.join("fr/certificate-request-returned.html")).unwrap();
    assert!(
        page.contains("<nav class=\"toc\" aria-label=\"Sommaire\">"),
        "{page}"
    );
    assert!(
        page.contains("<a href=\"certificate-request-returned.html\" aria-current=\"page\">Demande de certificat (renvoyée)</a>"),
        "{page}"
    );
    // Exactly one entry is the current page.
    assert_eq!(
        page.matches("aria-current=\"page\">").count(),
        2,
        "the language and the topic"
    );
    assert!(
        page.contains("<nav class=\"breadcrumbs\" aria-label=\"Vous êtes ici\"><ol><li><a href=\"certificate-wizard.html\">Assistant Certificat</a></li><li>Demandes</li></ol></nav>"),
        "{page}"
    );
    assert!(
        page.contains("<a href=\"certificate-request.html\" rel=\"prev\">Précédent\u{202f}: Demander un certificat</a>"),
        "{page}"
    );
    assert!(
        page.contains("<a href=\"certificate-assignment.html\" rel=\"next\">Suivant\u{202f}: Attribuer un certificat</a>"),
        "{page}"
    );
    // The first topic has no previous page; the index follows the table.
    let first = std::fs::read_to_string(site.join("en/certificate-wizard.html")).unwrap();
    assert!(!first.contains("rel=\"prev\">"), "{first}");
    let index = std::fs::read_to_string(site.join("en/index.html")).unwrap();
    let at = |id: &str| index.find(&format!("<li><a href=\"{id}.html\">")).unwrap();
    assert!(at("certificate-wizard") < at("certificate-request"));
    assert!(at("certificate-request-returned") < at("certificate-assignment"));
    assert!(at("certificate-details") < at("trust-import"));
}

#[test]
fn the_markdown_export_writes_a_docfx_toc_and_an_index_per_language() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("md");
    let out = run(&["export", "--format", "md", "--out", md.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let toc = std::fs::read_to_string(md.join("es/toc.yml")).unwrap();
    assert!(
        toc.starts_with("- name: \"Asistente para certificados\"\n  href: certificate-wizard.md\n  items:\n  - name: \"Solicitudes\"\n    items:\n"),
        "{toc}"
    );
    // Every href is a file of the export.
    for href in toc.lines().filter_map(|l| l.trim().strip_prefix("href: ")) {
        assert!(md.join("es").join(href).is_file(), "{href}");
    }
    let index = std::fs::read_to_string(md.join("es/index.md")).unwrap();
    assert!(
        index.contains("\n- [Asistente para certificados](certificate-wizard.md)\n"),
        "{index}"
    );
    // Every topic of the language once.
    assert_eq!(toc.matches("href: ").count(), 11, "{toc}");
}

#[test]
fn serve_draws_the_same_table() {
    let server = common::serve::Server::start(&[]);
    let page = server.get("/de/certificate-details.html", &[]);
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("<a href=\"certificate-details.html\" aria-current=\"page\">Zertifikatdetails anzeigen</a>"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("rel=\"next\">Weiter: Einer Zertifizierungsstelle vertrauen</a>")
    );
    server.stop();
}

#[test]
fn lint_finds_a_topic_missing_from_the_table_an_unknown_entry_and_an_unnamed_section() {
    let root = tree();
    edit(
        root.path(),
        "content/toc.yml",
        "    - href: certificate-details.md\n",
        "    - href: certificate-detail.md\n  - name: toc-nothing\n",
    );
    let out = run(&["--root", root.path().to_str().unwrap(), "lint"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    let toc = root.path().join("content/toc.yml");
    let line = std::fs::read_to_string(&toc)
        .unwrap()
        .lines()
        .position(|l| l.contains("certificate-detail.md"))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!(
            "{}:{line}:7: error: The table of contents lists certificate-detail, but no topic has that id.",
            toc.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}:{}:5: error: The table of contents names a section with toc-nothing",
            toc.display(),
            line + 1
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}: error: The topic certificate-details is not in the table of contents",
            root.path().join("content/certificate-details.md").display()
        )),
        "{err}"
    );
}

#[test]
fn a_broken_table_is_named_with_its_place_and_nothing_is_exported() {
    let root = tree();
    edit(
        root.path(),
        "content/toc.yml",
        "  - href: trust-import.md\n",
        "  - href: [trust-import.md\n",
    );
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let out = run(&[
        "--root",
        root.path().to_str().unwrap(),
        "export",
        "--format",
        "html",
        "--out",
        site.to_str().unwrap(),
    ]);
    assert_ne!(code(&out), 0);
    let err = stderr(&out);
    let toc = root.path().join("content/toc.yml");
    assert!(
        err.contains(&format!("{}:", toc.display())) && err.contains("not valid YAML"),
        "{err}"
    );
    assert!(!site.exists(), "nothing is written");
    let lint = run(&["--root", root.path().to_str().unwrap(), "lint"]);
    assert_eq!(code(&lint), 1);
    assert!(stderr(&lint).contains(&format!("{}:", toc.display())));
}
