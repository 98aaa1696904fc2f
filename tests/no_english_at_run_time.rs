//! No English at run time in another locale (issue 15 item 2): every wizard,
//! trust and certs page and a dozen error cases, run through the binary in
//! ru, zh-TW, fr, es and de, print no English sentence — neither one of
//! docwiz's own English messages nor a library's or the OS's words (a CA
//! client's "tcp connect error", "Connection refused (os error 111)"), nor
//! a raw identifier a reader would read as English (`digitalSignature`,
//! `ecdsa-p256`, `<FILE>`).

mod common;
use common::*;

use std::collections::BTreeSet;
use std::path::Path;

const OTHER_LOCALES: [&str; 5] = ["ru", "zh-TW", "fr", "es", "de"];

/// Whitespace runs as one space, so that a wrapped line still matches.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words of a fragment: tokens with a letter.
fn words(fragment: &str) -> usize {
    fragment
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// The literal text of a pattern, cut at each placeable (a variable, a term,
/// a select expression: what is between them is English the program wrote;
/// a select expression's variants are patterns of their own).
fn fragments(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<String>| {
        let text = squeeze(current);
        let text = text.trim_matches(|c: char| !c.is_alphanumeric() && c != '`');
        if words(text) >= 3 {
            out.push(text.to_string());
        }
        current.clear();
    };
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => current.push_str(value),
            PatternElement::Placeable { expression } => {
                flush(&mut current, out);
                match expression {
                    Expression::Select { variants, .. } => {
                        for v in variants {
                            fragments(&v.value, out);
                        }
                    }
                    Expression::Inline(InlineExpression::Placeable { expression }) => {
                        if let Expression::Select { variants, .. } = &**expression {
                            for v in variants {
                                fragments(&v.value, out);
                            }
                        }
                    }
                    Expression::Inline(_) => {}
                }
            }
        }
    }
    flush(&mut current, out);
}

/// Every English sentence piece of three words or more that `ui.ftl`
/// writes (message values and attributes), as the program would print it.
fn english_fragments() -> Vec<String> {
    let text = std::fs::read_to_string(repo().join("locales/en/ui.ftl")).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).expect("en ui.ftl parses");
    let mut out = Vec::new();
    for entry in &resource.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            if let Some(value) = &m.value {
                fragments(value, &mut out);
            }
            for attribute in &m.attributes {
                fragments(&attribute.value, &mut out);
            }
        }
    }
    let set: BTreeSet<String> = out.into_iter().collect();
    assert!(set.len() > 300, "{} fragments", set.len());
    set.into_iter().collect()
}

/// Everything a locale's own files say (ui and topics), whitespace
/// squeezed: an English piece that the locale writes too (a command, a
/// product name) is not a leak.
fn locale_text(lang: &str) -> String {
    let dir = repo().join("locales").join(lang);
    let mut text = std::fs::read_to_string(dir.join("ui.ftl")).unwrap();
    for entry in std::fs::read_dir(dir.join("topics")).unwrap() {
        text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    squeeze(&text)
}

/// Words only English uses, for English that is not docwiz's own (an OS's
/// or a library's message): a run of three words of which two are these.
const ENGLISH_ONLY: [&str; 34] = [
    "the",
    "of",
    "is",
    "are",
    "was",
    "were",
    "not",
    "cannot",
    "could",
    "such",
    "from",
    "with",
    "this",
    "that",
    "which",
    "refused",
    "failed",
    "connect",
    "connection",
    "directory",
    "timed",
    "client",
    "error",
    "file",
    "found",
    "denied",
    "permission",
    "invalid",
    "certificate",
    "request",
    "failure",
    "unreachable",
    "resolve",
    "lookup",
];

/// Runs of ASCII words (split at spaces, hyphens and punctuation) in which
/// two of three neighbours are [`ENGLISH_ONLY`] words.
fn english_runs(text: &str) -> Vec<String> {
    let tokens: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|t| !t.is_empty())
        .collect();
    let mut found = Vec::new();
    for window in tokens.windows(3) {
        if !window
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
        {
            continue;
        }
        let english = window
            .iter()
            .filter(|w| ENGLISH_ONLY.contains(&w.to_lowercase().as_str()))
            .count();
        // Spanish "error" and "no", French "file" alone do not make a run.
        if english >= 2 {
            found.push(window.join(" "));
        }
    }
    found
}

/// Raw identifiers a reader takes for English: X.509 camelCase names
/// (`digitalSignature`), CLI key type ids as a value (`ecdsa-p256` outside a
/// command), English placeholders, Rust's "os error N".
fn raw_identifiers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for token in text.split(|c: char| !c.is_ascii_alphabetic()) {
        let camel = token.len() >= 6
            && token.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && token.chars().any(|c| c.is_ascii_uppercase());
        if camel {
            found.push(token.to_string());
        }
    }
    for id in [
        "ecdsa-p256",
        "ecdsa-p384",
        "rsa-2048",
        "rsa-3072",
        "rsa-4096",
    ] {
        for (at, _) in text.match_indices(id) {
            if !text[..at].ends_with("--key ") {
                found.push(id.to_string());
            }
        }
    }
    for placeholder in ["<FILE>", "<KEY>", "<THUMBPRINT>", "<USAGE>", "<DIR>"] {
        if text.contains(placeholder) {
            found.push(placeholder.to_string());
        }
    }
    if text.to_lowercase().contains("os error") {
        found.push("os error".to_string());
    }
    found
}

/// A usage's `--usage` id where its name belongs: as the label of a
/// refusal (`default: …`, `web-internal : …`).
fn usage_ids_as_labels(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for id in ["default", "web-internal", "web-external"] {
        for (at, _) in text.match_indices(id) {
            let after = text[at + id.len()..].trim_start_matches([' ', '\u{202f}']);
            if after.starts_with([':', '：']) {
                found.push(format!("{id}:"));
            }
        }
    }
    found
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// Punctuation that is English where the locale has its own (review R12):
/// in French a colon or semicolon after a word without the narrow no-break
/// space; in Chinese an ASCII colon, comma or semicolon and a space next to
/// Chinese text, and a list of Latin words joined with ", " in a Chinese
/// sentence (a list joined in code, not with the locale's 、). The place before a diagnostic (`docwiz: `, `file:1:2: `)
/// keeps its ASCII colon in every language, as GCC's translations do.
fn typography(lang: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        let line = match line.split_once(": ") {
            Some((place, rest)) if place == "docwiz" || place.contains('/') => rest,
            _ => line,
        };
        let chars: Vec<char> = line.chars().collect();
        for i in 1..chars.len().saturating_sub(1) {
            let (before, c, after) = (chars[i - 1], chars[i], chars[i + 1]);
            let wrong = match lang {
                "fr" => (c == ':' || c == ';') && after == ' ' && before.is_alphabetic(),
                "zh-TW" => {
                    (matches!(c, ':' | ',' | ';')
                        && after == ' '
                        && (is_han(before) || chars.get(i + 2).copied().is_some_and(is_han)))
                        || (c == ','
                            && after == ' '
                            && before.is_ascii_alphanumeric()
                            && chars.iter().any(|c| is_han(*c))
                            && !chars[..i].contains(&'=')
                            && chars
                                .get(i + 2)
                                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '<'))
                }
                _ => false,
            };
            if wrong {
                let from = i.saturating_sub(12);
                let to = (i + 12).min(chars.len());
                found.push(chars[from..to].iter().collect());
            }
        }
    }
    found
}

/// What one run printed (stdout and stderr), and what it was.
struct Said {
    what: String,
    text: String,
}

/// `text` without its paths and URLs (a temporary directory's random name
/// reads as camelCase), whitespace squeezed.
fn without_paths(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| !w.contains('/'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The English in `said` for a reader of `lang`.
fn english_in(lang: &str, said: &Said, fragments: &[String], own: &str) -> Vec<String> {
    let text = without_paths(&said.text);
    let mut found: Vec<String> = fragments
        .iter()
        .filter(|f| text.contains(f.as_str()) && !own.contains(f.as_str()))
        .cloned()
        .collect();
    found.extend(
        english_runs(&text)
            .into_iter()
            .filter(|run| !own.to_lowercase().contains(&run.to_lowercase())),
    );
    found.extend(raw_identifiers(&text));
    found.extend(usage_ids_as_labels(&said.text));
    found.extend(typography(lang, &said.text));
    found
}

fn say(store: &Path, lang: &str, args: &[&str], out: &mut Vec<Said>) {
    let mut command = docwiz();
    command
        .arg("--lang")
        .arg(lang)
        .arg("--store")
        .arg(store)
        .arg("--plain")
        .args(args)
        .stdin(std::process::Stdio::null());
    let output = watched(command);
    out.push(Said {
        what: format!("{args:?}"),
        text: format!("{}\n{}", stdout(&output), stderr(&output)),
    });
}

/// The id of the request for `fqdn` in the store.
fn request_for(store: &Path, fqdn: &str) -> String {
    std::fs::read_dir(store.join("requests"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|id| {
            std::fs::read_to_string(store.join("requests").join(id).join("request.json"))
                .unwrap_or_default()
                .contains(fqdn)
        })
        .unwrap_or_else(|| panic!("the request for {fqdn}"))
}

/// The stores every page is shown from: `untrusted` holds an issued
/// certificate whose chain is not trusted; `full` a trusted, assigned one
/// and a pending (offline), a failed cfssl and a failed ACME request.
struct Stores {
    _dir: tempfile::TempDir,
    untrusted: std::path::PathBuf,
    full: std::path::PathBuf,
    files: std::path::PathBuf,
    untrusted_thumbprint: String,
    thumbprint: String,
    pending: String,
    failed_cfssl: String,
    failed_acme: String,
}

fn stores() -> Stores {
    let dir = tempfile::tempdir().unwrap();
    let untrusted = dir.path().join("untrusted");
    let full = dir.path().join("full");
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    let untrusted_status = local_request(&untrusted);
    let issued = trusted_request(&full, &[]);
    wizard_ok(&full, &["wizard", "finish", "--no-interactive"]);
    sh(
        &files,
        "openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
         -keyout offline.key -subj /CN=offline.example.com -out unused.csr 2>/dev/null; \
         echo 'not a certificate' > bad.pem; mkdir -p taken; touch taken/cert.pem",
    );
    wizard_ok(
        &full,
        &[
            "wizard",
            "request",
            "--fqdn",
            "offline.example.com",
            "--offline",
            &p(&files, "offline.csr"),
            "--no-interactive",
        ],
    );
    let failed = wizard(
        &full,
        &[
            "wizard",
            "request",
            "--fqdn",
            "cfssl.example.com",
            "--ca",
            "cfssl",
            "--cfssl-url",
            "http://127.0.0.1:9",
            "--no-interactive",
        ],
    );
    assert_ne!(code(&failed), 0);
    let failed = wizard(
        &full,
        &[
            "wizard",
            "request",
            "--fqdn",
            "acme.example.com",
            "--ca",
            "acme",
            "--acme-directory",
            "https://127.0.0.1:9/dir",
            "--acme-http-port",
            "0",
            "--no-interactive",
        ],
    );
    assert_ne!(code(&failed), 0);
    Stores {
        untrusted_thumbprint: untrusted_status["thumbprint"].as_str().unwrap().to_string(),
        thumbprint: issued["thumbprint"].as_str().unwrap().to_string(),
        pending: request_for(&full, "offline.example.com"),
        failed_cfssl: request_for(&full, "cfssl.example.com"),
        failed_acme: request_for(&full, "acme.example.com"),
        _dir: dir,
        untrusted,
        full,
        files,
    }
}

/// Every page and a dozen errors in `lang`.
fn everything_in(lang: &str, s: &Stores) -> Vec<Said> {
    let mut out = Vec::new();
    let fresh = tempfile::tempdir().unwrap();
    let (u, f, files) = (&s.untrusted, &s.full, &s.files);
    let file = |name: &str| p(files, name);
    // The untrusted certificate's pages, and its refusals.
    for args in [
        vec!["wizard", "--no-interactive"],
        vec!["wizard", "status"],
        vec!["wizard", "details"],
        vec!["wizard", "assign", "--thumbprint", &s.untrusted_thumbprint],
        vec!["wizard", "finish"],
        vec!["trust", "list"],
        vec!["certs", "list"],
    ] {
        say(u, lang, &args, &mut out);
    }
    // The full store: issued, pending, failed requests.
    let not_a_root = p(&s.full, &format!("certs/{}/cert.pem", s.thumbprint));
    for args in [
        vec!["wizard", "--no-interactive"],
        vec!["wizard", "status"],
        vec!["wizard", "status", "--request", &s.pending],
        vec!["wizard", "status", "--request", &s.failed_cfssl],
        vec!["wizard", "status", "--request", &s.failed_acme],
        vec!["wizard", "details", "--thumbprint", &s.thumbprint],
        vec![
            "wizard",
            "assign",
            "--thumbprint",
            &s.thumbprint,
            "--usage",
            "default,web-internal,web-external",
        ],
        vec!["wizard", "renew"],
        vec!["wizard", "renew", "--all"],
        vec!["wizard", "check"],
        vec!["trust", "list"],
        vec!["trust", "import-root", &not_a_root, "--yes"],
        vec!["trust", "import-intermediate", &not_a_root],
        vec!["certs", "list"],
        vec!["certs", "remove", &s.thumbprint],
        vec!["certs", "export", &s.thumbprint, "--pem", &file("taken")],
        vec!["certs", "export", &s.thumbprint, "--pfx", &file("out.pfx")],
        vec!["wizard", "retry", "--request", &s.failed_cfssl],
        vec!["wizard", "retry", "--request", &s.pending],
        // Errors: files missing or bad, requests and thumbprints unknown.
        vec![
            "wizard",
            "import",
            &file("missing.pem"),
            "--key",
            &file("missing.key"),
        ],
        vec![
            "wizard",
            "import",
            &file("bad.pem"),
            "--key",
            &file("offline.key"),
        ],
        vec![
            "wizard",
            "import-response",
            "--request",
            &s.pending,
            &file("missing.pem"),
        ],
        vec![
            "wizard",
            "import-response",
            "--request",
            &s.pending,
            &file("bad.pem"),
        ],
        vec!["trust", "import-root", &file("missing.pem"), "--yes"],
        vec!["trust", "import-root", &file("bad.pem"), "--yes"],
        vec!["wizard", "status", "--request", "20990101-000000-000000"],
        vec!["wizard", "details", "--thumbprint", "ABCDEF"],
        vec!["wizard", "details", "--thumbprint", "xyz!"],
        vec!["certs", "remove", "ABCDEF"],
        vec![
            "wizard",
            "request",
            "--fqdn",
            "bad_name..example",
            "--no-interactive",
        ],
        vec!["help", "no.such.keyword"],
        // Lists: keywords joined with "or", clap's enumerations.
        vec!["help", "no.such.keyword", "other.missing"],
        vec!["certs"],
        vec!["certs", "export"],
        vec!["search", "zzzqqqxxx"],
    ] {
        say(f, lang, &args, &mut out);
    }
    // A CA that cannot be reached, in this language.
    for args in [
        vec![
            "wizard",
            "request",
            "--fqdn",
            "down.example.com",
            "--ca",
            "cfssl",
            "--cfssl-url",
            "http://127.0.0.1:9",
            "--no-interactive",
        ],
        vec![
            "wizard",
            "request",
            "--fqdn",
            "down.example.com",
            "--ca",
            "acme",
            "--acme-directory",
            "https://127.0.0.1:9/dir",
            "--acme-http-port",
            "0",
            "--no-interactive",
        ],
        vec!["wizard", "--no-interactive"],
        vec!["wizard", "status"],
        // The empty store's main page, and an import that works.
    ] {
        say(fresh.path(), lang, &args, &mut out);
    }
    let empty = fresh.path().join("empty");
    say(&empty, lang, &["wizard", "--no-interactive"], &mut out);
    say(&empty, lang, &["wizard", "status"], &mut out);
    say(
        &empty,
        lang,
        &[
            "wizard",
            "import",
            &p(&s.full, &format!("certs/{}/cert.pem", s.thumbprint)),
            "--key",
            &p(&s.full, &format!("certs/{}/key.pem", s.thumbprint)),
        ],
        &mut out,
    );
    say(&empty, lang, &["certs", "list"], &mut out);
    // An invalid --lang after a valid one is reported in the valid one.
    let mut command = docwiz();
    command
        .args(["--lang", lang, "--lang", "!!", "--store"])
        .arg(&empty)
        .args(["wizard", "--no-interactive"]);
    let output = watched(command);
    out.push(Said {
        what: format!("--lang {lang} --lang !!"),
        text: format!("{}\n{}", stdout(&output), stderr(&output)),
    });
    out
}

#[test]
fn no_page_or_error_says_english_in_another_locale() {
    let fragments = english_fragments();
    let s = stores();
    // The checks find what they look for: in English they fire.
    let english = everything_in("en", &s);
    let found: usize = english
        .iter()
        .map(|said| english_in("en", said, &fragments, "").len())
        .sum();
    assert!(found > 100, "English found only {found} times in English");
    let mut leaks = Vec::new();
    for lang in OTHER_LOCALES {
        let own = locale_text(lang);
        for said in everything_in(lang, &s) {
            let found = english_in(lang, &said, &fragments, &own);
            if !found.is_empty() {
                leaks.push(format!(
                    "{lang} {}: {found:?}\n{}",
                    said.what,
                    said.text.trim()
                ));
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n\n"));
}

/// The words of an exported page: its `lang`, title and first heading.
fn page_words(html: &str) -> (String, String, String) {
    let between = |start: &str, end: &str| {
        html.split_once(start)
            .and_then(|(_, rest)| rest.split_once(end))
            .map(|(inside, _)| inside.to_string())
            .unwrap_or_default()
    };
    (
        between("<html lang=\"", "\""),
        between("<title>", "</title>"),
        between("<h1>", "</h1>"),
    )
}

/// The exported site's root page and its F1 pages speak the exported
/// language (review R9): `lang` and title of a single-language export are
/// that language's; a multi-language root is a chooser whose own words and
/// `lang` are the first exported language's, each language named in itself.
#[test]
fn the_exported_sites_root_and_f1_pages_are_in_the_exported_language() {
    for lang in OTHER_LOCALES {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let run = run(&[
            "export",
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
            "--lang",
            lang,
        ]);
        assert_eq!(code(&run), 0, "{}", stderr(&run));
        let root = std::fs::read_to_string(out.join("index.html")).unwrap();
        let (html_lang, title, h1) = page_words(&root);
        assert_eq!(html_lang, lang, "{root}");
        let index = std::fs::read_to_string(out.join(lang).join("index.html")).unwrap();
        assert!(
            index.contains(&format!("<title>{title}")),
            "{lang}: {title}"
        );
        assert_eq!(h1, title, "{lang}");
        assert_ne!(title, "Help", "{lang}");
        let f1 = out
            .join("f1")
            .join(format!("{}.html", KEYWORD.to_lowercase()));
        let f1 = std::fs::read_to_string(&f1).expect("the F1 page of the seed keyword");
        let (f1_lang, f1_title, _) = page_words(&f1);
        assert_eq!(f1_lang, lang, "{f1}");
        let topic = std::fs::read_to_string(out.join(lang).join(format!("{TOPIC}.html"))).unwrap();
        let (_, topic_title, _) = page_words(&topic);
        assert!(
            topic_title.starts_with(&f1_title),
            "{lang}: {f1_title} / {topic_title}"
        );
    }
    // Two languages: the first one's words, both languages named in themselves.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let run = run(&[
        "export",
        "--format",
        "html",
        "--out",
        out.to_str().unwrap(),
        "--lang",
        "de",
        "--lang",
        "zh-TW",
    ]);
    assert_eq!(code(&run), 0, "{}", stderr(&run));
    let root = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert_eq!(page_words(&root).0, "de", "{root}");
    assert!(
        root.contains("lang=\"de\" hreflang=\"de\">Deutsch</a>"),
        "{root}"
    );
    assert!(
        root.contains("lang=\"zh-TW\" hreflang=\"zh-TW\">繁體中文"),
        "{root}"
    );
}

/// A real ACME CA's failures read as the reader's sentences (review R7/R8):
/// pebble's HTTPS certificate not trusted (no `--acme-ca-bundle`) is a TLS
/// failure naming the host; a name pebble refuses (its problem document,
/// `rejectedIdentifier`) is said in the reader's words with pebble's own
/// quoted after a label. The client's English is only `--json`'s detail.
#[test]
fn an_acme_cas_failures_are_said_in_the_readers_language() {
    let pebble = common::pebble::Pebble::start();
    let fragments = english_fragments();
    let dir = tempfile::tempdir().unwrap();
    let port = common::pebble::free_port().to_string();
    for (lang, tls_says, refusal_says) in [
        (
            "en",
            "the secure connection (TLS) to 127.0.0.1 failed",
            "the CA does not issue certificates for these names (the CA's message: “",
        ),
        (
            "fr",
            "la connexion sécurisée (TLS) avec 127.0.0.1 a échoué",
            "l’AC n’émet pas de certificat pour ces noms (message de l’AC\u{202f}: «\u{202f}",
        ),
        (
            "zh-TW",
            "與 127.0.0.1 的安全連線 (TLS) 失敗",
            "CA 不為這些名稱核發憑證（CA 的訊息：「",
        ),
    ] {
        let store = dir.path().join(lang);
        let untrusted = wizard(
            &store,
            &[
                "--lang",
                lang,
                "--json",
                "wizard",
                "request",
                "--fqdn",
                "tls.example.com",
                "--ca",
                "acme",
                "--acme-directory",
                &pebble.directory,
                "--acme-http-port",
                &port,
            ],
        );
        assert_eq!(code(&untrusted), 1, "{}", stderr(&untrusted));
        let err = stderr(&untrusted);
        assert!(err.contains(tls_says), "{lang}: {err}");
        let doc: serde_json::Value = serde_json::from_slice(&untrusted.stdout).unwrap();
        let detail = doc["error"]["detail"].as_str().unwrap_or_default();
        assert!(!detail.is_empty() && !err.contains(detail), "{lang}: {doc}");

        let refused = pebble.request(&store, &["--lang", lang, "--fqdn", "blocked.example"]);
        assert_eq!(code(&refused), 1, "{}", stderr(&refused));
        let err = stderr(&refused);
        assert!(err.contains(refusal_says), "{lang}: {err}");
        // The status page of the failed request says the same, and keeps
        // the problem's type and the client's text for scripts.
        let status = status_json(&store, None);
        assert_eq!(status["reason_code"], "ca-refused", "{status}");
        assert!(status["reason_detail"].as_str().is_some(), "{status}");
        if lang != "en" {
            let said = Said {
                what: "ACME refusals".into(),
                text: err,
            };
            // Pebble's own quoted words are the CA's, not docwiz's: only
            // what precedes them is checked.
            let ours = said.text.split('“').next().unwrap_or_default();
            let ours = ours.split('«').next().unwrap_or_default();
            let ours = ours.split('「').next().unwrap_or_default();
            let found = english_in(
                lang,
                &Said {
                    what: said.what,
                    text: ours.to_string(),
                },
                &fragments,
                &locale_text(lang),
            );
            assert!(found.is_empty(), "{lang}: {found:?} in {}", said.text);
        }
    }
}
