//! `docwiz serve`: the help site and the F1 endpoint over HTTP, through the
//! real binary on 127.0.0.1 (issue 12, items 1–3 and the HTTP side of 5).

mod common;
use common::serve::{Server, send_raw};
use common::*;

const PAGE: &str = "/en/certificate-request-returned.html";

fn location(r: &common::serve::Response) -> &str {
    r.header("location").unwrap_or("")
}

#[test]
fn f1_redirects_to_the_first_matching_topic_most_specific_first() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let r = server.get(
        "/f1?k=no.such.keyword;ms.lync.dep.DeployCertRequestReturned;ms.lync.dep.DeployCertsMain",
        &[],
    );
    assert_eq!(r.status, 302, "{r:?}");
    assert_eq!(location(&r), "/en/certificate-request-returned.html");
    // Microsoft's form, in another case, with the separator escaped.
    let r = server.get(
        "/f1?k=k(NO.SUCH)%3Bk(MS.LYNC.DEP.DEPLOYCERTSMAIN)%3Bk(ms.lync.dep.DeployCertRequestReturned)&l=fr",
        &[],
    );
    assert_eq!(r.status, 302, "{r:?}");
    assert_eq!(location(&r), "/fr/certificate-wizard.html");
}

#[test]
fn f1_takes_the_language_from_l_then_the_cookie_then_accept_language() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let f1 = "/f1?k=ms.lync.dep.DeployCertRequestReturned";
    let lang_of = |path: &str, headers: &[&str]| {
        let r = server.get(path, headers);
        assert_eq!(r.status, 302, "{path} {headers:?}: {r:?}");
        location(&r).split('/').nth(1).unwrap_or("").to_string()
    };
    let cases: &[(&str, &str)] = &[
        ("de-CH,de;q=0.9", "de"),
        ("de-CH, fr;q=0.9", "de"),
        ("fr;q=0.2, es;q=0.8", "es"),
        ("ru;q=0, es;q=0.5", "es"),
        ("zh-Hant-TW", "zh-TW"),
        ("zh-HK,en;q=0.5", "zh-TW"),
        ("zh-CN", "en"),
        ("*", "en"),
        ("ja, fr-CA;q=0.7", "fr"),
        ("not a language;;q=7", "en"),
    ];
    for (accept, want) in cases {
        assert_eq!(
            lang_of(f1, &[&format!("Accept-Language: {accept}")]),
            *want,
            "Accept-Language: {accept}"
        );
    }
    assert_eq!(lang_of(f1, &[]), "en", "no preference at all");
    // The switcher's cookie beats Accept-Language; `l` beats both.
    let ru = "Cookie: docwiz-lang=ru";
    assert_eq!(lang_of(f1, &[ru, "Accept-Language: de"]), "ru");
    assert_eq!(
        lang_of(&format!("{f1}&l=es-MX"), &[ru, "Accept-Language: de"]),
        "es"
    );
}

#[test]
fn the_language_switcher_sets_the_cookie_the_next_f1_uses() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let page = server.get("/de/certificate-request-returned.html", &[]);
    assert_eq!(page.status, 200);
    let switch = "/lang?set=zh-TW&#38;to=/zh-TW/certificate-request-returned.html";
    assert!(page.body.contains(switch), "{}", page.body);
    let r = server.get(&switch.replace("&#38;", "&"), &[]);
    assert_eq!(r.status, 302);
    assert_eq!(location(&r), "/zh-TW/certificate-request-returned.html");
    let cookie = r.header("set-cookie").unwrap_or("");
    assert!(cookie.starts_with("docwiz-lang=zh-TW;"), "{cookie}");
    let pair = cookie.split(';').next().unwrap();
    let f1 = server.get(
        "/f1?k=ms.lync.dep.DeployCertsMain",
        &[&format!("Cookie: {pair}"), "Accept-Language: de"],
    );
    assert_eq!(location(&f1), "/zh-TW/certificate-wizard.html");
    // A switch to another site is refused: the page in that language instead.
    let r = server.get("/lang?set=fr&to=//evil.example/x", &[]);
    assert_eq!(location(&r), "/fr/index.html");
}

#[test]
fn no_match_is_the_localized_page_with_the_nearest_keywords_and_404() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let r = server.get("/f1?k=k(ms.lync.dep.DeployCertRequestReturne)&l=fr", &[]);
    assert_eq!(r.status, 404, "{r:?}");
    assert!(r.body.contains("<html lang=\"fr\""), "{}", r.body);
    assert!(
        r.body.contains("ms.lync.dep.DeployCertRequestReturned"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("{$"), "{}", r.body);
    let r = server.get("/f1", &["Accept-Language: de"]);
    assert_eq!(r.status, 404);
    assert!(r.body.contains("<html lang=\"de\""), "{}", r.body);
}

#[test]
fn pages_are_served_at_the_export_paths_with_the_same_f1_map() {
    let store = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let export = run(&[
        "export",
        "--format",
        "html",
        "--out",
        site.to_str().unwrap(),
    ]);
    assert_eq!(code(&export), 0, "{}", stderr(&export));
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let mut pages = 0;
    for lang in ["en", "ru", "zh-TW", "fr", "es", "de"] {
        let dir = site.join(lang);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let r = server.get(&format!("/{lang}/{name}"), &[]);
            assert_eq!(r.status, 200, "/{lang}/{name}");
            assert!(
                r.body.contains(&format!("<html lang=\"{lang}\"")),
                "/{lang}/{name}"
            );
            assert_eq!(
                r.header("content-type"),
                Some("text/html; charset=utf-8"),
                "/{lang}/{name}"
            );
            pages += 1;
        }
    }
    assert!(pages > 30, "{pages}");
    let served: serde_json::Value =
        serde_json::from_str(&server.get("/f1-map.json", &[]).body).unwrap();
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("f1-map.json")).unwrap()).unwrap();
    assert_eq!(served, exported);
    let r = server.get("/", &["Accept-Language: ru-RU"]);
    assert_eq!((r.status, location(&r)), (302, "/ru/index.html"));
    assert_eq!(server.get("/style.css", &[]).status, 200);
}

#[test]
fn a_topic_page_shows_the_store_as_it_is_now() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let before = server.get(PAGE, &[]);
    assert_eq!(before.status, 200);
    let status = local_request(store.path());
    let thumbprint = status["thumbprint"].as_str().unwrap().to_string();
    assert!(!before.body.contains(&thumbprint));
    let after = server.get(PAGE, &[]);
    assert!(after.body.contains(&thumbprint), "{}", after.body);
    assert_eq!(after.header("cache-control"), Some("no-store"));
}

/// A server of a copy of the content (`--root`), as a writer previews it.
fn preview() -> (tempfile::TempDir, tempfile::TempDir, Server) {
    let root = tree();
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&[
        "--root",
        root.path().to_str().unwrap(),
        "--store",
        store.path().to_str().unwrap(),
    ]);
    (root, store, server)
}

#[test]
fn with_root_an_edited_translation_is_served_without_a_restart() {
    let (root, _store, server) = preview();
    let index = server.get("/de/index.html", &[]);
    assert_eq!(index.status, 200);
    let de = "locales/de/topics/certificate-request-returned.ftl";
    let text = std::fs::read_to_string(root.path().join(de)).unwrap();
    let title_line = text
        .lines()
        .find(|l| l.starts_with("title ="))
        .unwrap()
        .to_string();
    edit(
        root.path(),
        de,
        &title_line,
        "title = Frisch bearbeiteter Titel",
    );
    let page = server.get("/de/certificate-request-returned.html", &[]);
    assert!(
        page.body.contains("Frisch bearbeiteter Titel"),
        "{}",
        page.body
    );
    let index = server.get("/de/index.html", &[]);
    assert!(
        index.body.contains("Frisch bearbeiteter Titel"),
        "{}",
        index.body
    );
}

#[test]
fn paths_cannot_leave_the_site() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    for path in [
        "/../../../../etc/passwd",
        "/en/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/en/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/en/..%2F..%2FCargo.toml",
        "/en/..%5c..%5cCargo.toml",
        "//etc/passwd",
        "/etc/passwd",
        "/en/%2Fetc%2Fpasswd.html",
        "/en/certificate-request-returned.html%00.md",
        "/en/certificate-request-returned.md",
        "/en/no-match.html",
        "/content/certificate-request-returned.md",
        "/locales/en/ui.ftl",
        "/EN/index.html",
        "/f1/..%2f..%2fetc%2fpasswd.html",
    ] {
        let r = server.get(path, &[]);
        assert_eq!(r.status, 404, "{path}: {r:?}");
        assert!(!r.body.contains("root:"), "{path}");
    }
    // An absolute URI in the request line is no way out either.
    let r = send_raw(
        &server.addr,
        format!(
            "GET http://{}/../../etc/passwd HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            server.addr, server.addr
        )
        .as_bytes(),
    );
    assert!(r.status == 404 || r.status == 400, "{r:?}");
}

#[test]
fn every_response_carries_the_security_headers() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    for path in [
        PAGE,
        "/f1?k=ms.lync.dep.DeployCertsMain",
        "/nope",
        "/",
        "/f1-map.json",
        "/search.js",
        "/search/de/meta.js",
        "/search/de/nope.js",
    ] {
        let r = server.get(path, &[]);
        let csp = r.header("content-security-policy").unwrap_or("");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(
            r.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        // A token in a URL never leaves the site; `no-referrer` would make
        // browsers send `Origin: null` with the wizard's forms (the browser
        // tests press Finish and Yes for real).
        assert_eq!(r.header("referrer-policy"), Some("same-origin"), "{path}");
    }
    // The site search's files are scripts, which `nosniff` runs only when
    // served as JavaScript.
    for path in ["/search.js", "/search/de/meta.js"] {
        let r = server.get(path, &[]);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(
            r.header("content-type"),
            Some("text/javascript; charset=utf-8"),
            "{path}"
        );
    }
    assert_eq!(server.get("/search/de/nope.js", &[]).status, 404);
    // Pages hold no inline script or style that the policy would block.
    let page = server.get(PAGE, &[]).body;
    assert!(!page.contains("<script>") && !page.contains("<style") && !page.contains(" style="));
}

#[test]
fn a_slow_client_cannot_hold_the_server() {
    use std::io::{Read, Write};
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let mut slow = std::net::TcpStream::connect(&server.addr).unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .unwrap();
    // Others are served while it dawdles.
    for _ in 0..5 {
        assert_eq!(server.get(PAGE, &[]).status, 200);
    }
    // And it is dropped after the header timeout (10 s), not kept forever.
    slow.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    let started = std::time::Instant::now();
    let mut buf = Vec::new();
    let _ = slow.read_to_end(&mut buf);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(25),
        "the slow connection was kept open"
    );
}

#[test]
fn oversized_request_heads_are_refused_and_the_server_goes_on() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    let huge = format!("X-Big: {}", "a".repeat(200 * 1024));
    let r = server.get(PAGE, &[&huge]);
    assert_ne!(r.status, 200, "{:?}", r.status);
    assert_eq!(server.get(PAGE, &[]).status, 200);
}

#[test]
fn serve_stops_cleanly_on_sigterm() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--store", store.path().to_str().unwrap()]);
    assert!(
        server.banner.contains("http://127.0.0.1:"),
        "{}",
        server.banner
    );
    assert_eq!(server.get(PAGE, &[]).status, 200);
    let status = server.stop();
    assert!(status.success(), "{status:?}");
}

#[test]
fn the_banner_is_in_the_user_language_and_a_busy_port_is_a_clear_error() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start(&["--lang", "de", "--store", store.path().to_str().unwrap()]);
    assert!(
        server.banner.contains("stellt die Hilfe"),
        "{}",
        server.banner
    );
    let out = docwiz()
        .args(["--lang", "fr", "serve", "--listen", &server.addr])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains(&server.addr), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Impossible d’écouter"),
        "{}",
        stderr(&out)
    );
    // The system's reason in French too, not "Address already in use".
    assert!(
        stderr(&out).contains("l’adresse est déjà utilisée"),
        "{}",
        stderr(&out)
    );
    let out = run(&["serve", "--listen", "localhost:notaport"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn listen_takes_localhost_as_the_loopback_address() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::start_at(&["--store", store.path().to_str().unwrap()], "localhost:0");
    assert!(
        server.banner.contains("http://127.0.0.1:"),
        "{}",
        server.banner
    );
    assert!(!server.banner.contains("token"), "{}", server.banner);
    assert_eq!(server.get(PAGE, &[]).status, 200);
}

/// The `href` and `src` values of a page, unescaped, `#…` anchors left out.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for (at, _) in html.match_indices(attr) {
            let from = at + attr.len();
            if let Some(len) = html[from..].find('"') {
                let link = common::serve::unescape(&html[from..from + len]);
                if !link.starts_with('#') {
                    out.push(link);
                }
            }
        }
    }
    out
}

#[test]
fn every_link_of_the_no_match_page_leads_somewhere() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::with_store(store.path());
    let mut reader = common::serve::Client::new(&server);
    let page = reader.get("/f1?k=no.such.keyword&l=de");
    assert_eq!(page.status, 404, "{page:?}");
    let found = links(&page.body);
    assert!(found.len() >= 7, "{found:?}");
    for link in found {
        // The page is answered at /f1: a relative link would resolve
        // against the site's root, not /de/.
        assert!(
            link.starts_with('/'),
            "relative link {link} on the no-match page"
        );
        let reply = reader.visit(&link);
        let again = reply.status == 404 && reply.body.contains("id=\"no-match\"");
        assert!(
            reply.status == 200 || (again && link.starts_with("/lang?")),
            "{link}: {} {}",
            reply.status,
            reply.body
        );
        if link.starts_with("/lang?set=fr") {
            // The switcher asks the same question in the other language.
            assert!(reply.body.contains("<html lang=\"fr\""), "{}", reply.body);
            assert!(reply.body.contains("no.such.keyword"), "{}", reply.body);
        }
    }
}

#[test]
fn a_language_directory_and_the_root_index_lead_to_the_index() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::with_store(store.path());
    for (path, to) in [
        ("/de/", "/de/index.html"),
        ("/zh-TW", "/zh-TW/index.html"),
        ("/index.html", "/ru/index.html"),
    ] {
        let r = server.get(path, &["Accept-Language: ru"]);
        assert_eq!(r.status, 302, "{path}: {r:?}");
        assert_eq!(location(&r), to, "{path}");
    }
    assert_eq!(server.get("/xx/", &[]).status, 404);
}

#[test]
fn switching_the_language_of_a_topic_keeps_its_request_and_the_way_back() {
    let store = tempfile::tempdir().unwrap();
    let status = local_request(store.path());
    let id = status["request"].as_str().unwrap();
    let server = Server::with_store(store.path());
    let mut reader = common::serve::Client::new(&server);
    let back = format!("/wizard/status?request={id}");
    let page = reader.get(&format!(
        "/de/certificate-request-returned.html?request={id}&back={}",
        common::serve::percent(&back)
    ));
    assert_eq!(page.status, 200);
    let switch = links(&page.body)
        .into_iter()
        .find(|l| l.starts_with("/lang?set=fr"))
        .unwrap_or_else(|| panic!("no switch to French: {}", page.body));
    let french = reader.visit(&switch);
    assert_eq!(french.status, 200, "{switch}: {}", french.body);
    assert!(french.body.contains("<html lang=\"fr\""), "{}", french.body);
    assert!(
        french.body.contains(&format!("href=\"{back}\"")),
        "no way back to {back}: {}",
        french.body
    );
    let thumbprint = status["thumbprint"].as_str().unwrap();
    assert!(french.body.contains(thumbprint), "{}", french.body);
}

#[test]
fn with_root_a_broken_topic_or_translation_says_where_instead_of_a_page() {
    let (root, _store, server) = preview();
    let path = "/fr/certificate-details.html";
    assert_eq!(server.get(path, &[]).status, 200);
    // A front matter that does not read: said with its file and line.
    let md = "content/certificate-details.md";
    edit(
        root.path(),
        md,
        "f1: [ms.lync.dep.DeployAssignedCertList]",
        "f1: [ms.lync.dep.DeployAssignedCertList",
    );
    let r = server.get(path, &[]);
    assert_eq!(r.status, 500, "{r:?}");
    assert!(r.body.contains("<html lang=\"fr\""), "{}", r.body);
    let line = std::fs::read_to_string(root.path().join(md))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("f1: ["))
        .unwrap()
        + 1;
    assert!(
        r.body.contains(&format!("certificate-details.md:{line}:1")),
        "{}",
        r.body
    );
    edit(
        root.path(),
        md,
        "f1: [ms.lync.dep.DeployAssignedCertList",
        "f1: [ms.lync.dep.DeployAssignedCertList]",
    );
    assert_eq!(server.get(path, &[]).status, 200);
    // A translation with a syntax error: not the English fallback in silence.
    let ftl = "locales/fr/topics/certificate-details.ftl";
    let text = std::fs::read_to_string(root.path().join(ftl)).unwrap();
    let lines = text.lines().count();
    std::fs::write(root.path().join(ftl), format!("{text}broken = {{ $x\n")).unwrap();
    let r = server.get(path, &[]);
    assert_eq!(r.status, 500, "{r:?}");
    // At the broken entry or after it (the parser sees the end of the file).
    let line: usize = r
        .body
        .split("certificate-details.ftl:")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no file:line in {}", r.body));
    assert!(line > lines, "{line} ≤ {lines}: {}", r.body);
    // Other languages and topics are still served.
    assert_eq!(server.get("/de/certificate-details.html", &[]).status, 200);
    assert_eq!(server.get("/fr/certificate-wizard.html", &[]).status, 200);
}

#[test]
fn a_request_head_over_64_kib_is_refused_even_when_it_comes_in_one_piece() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::with_store(store.path());
    let big = format!("X-Big: {}", "a".repeat(100 * 1024));
    let r = server.get(PAGE, &[&big]);
    assert_eq!(r.status, 431, "{:?}", r.status);
    let fits = format!("X-Big: {}", "a".repeat(60 * 1024));
    assert_eq!(server.get(PAGE, &[&fits]).status, 200);
}

#[test]
fn f1_pages_of_the_export_take_the_keyword_in_any_case() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::with_store(store.path());
    for path in [
        "/f1/ms.lync.dep.deploycertsmain.html",
        "/f1/MS.LYNC.DEP.DeployCertsMain.html",
    ] {
        let r = server.get(path, &["Accept-Language: fr"]);
        assert_eq!(r.status, 302, "{path}: {r:?}");
        assert_eq!(location(&r), "/fr/certificate-wizard.html", "{path}");
    }
}

/// CPU time (user + system) a process has used, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the command's `(…)`: state is the 3rd, utime the 14th.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .unwrap()
        .1
        .split_whitespace()
        .collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn out_of_file_descriptors_the_server_waits_instead_of_spinning() {
    let store = tempfile::tempdir().unwrap();
    let server = Server::with_store(store.path());
    assert_eq!(server.get(PAGE, &[]).status, 200);
    // util-linux prlimit on the running server: a few descriptors left.
    let limited = std::process::Command::new("prlimit")
        .args(["--pid", &server.pid().to_string(), "--nofile=40:40"])
        .status()
        .expect("prlimit (util-linux) is needed: bash .ci/run installs it");
    assert!(limited.success());
    let held: Vec<std::net::TcpStream> = (0..60)
        .filter_map(|_| std::net::TcpStream::connect(&server.addr).ok())
        .collect();
    assert!(held.len() >= 40, "{} connections", held.len());
    // While the backlog waits for descriptors, every accept fails; the
    // server must not retry at once, using a whole core for nothing. A
    // spinning server uses nearly all of these 2 s, a waiting one nearly
    // none: the bound is far from both.
    let ticks_per_second = 100;
    let before = cpu_ticks(server.pid());
    std::thread::sleep(std::time::Duration::from_secs(2));
    let used = cpu_ticks(server.pid()) - before;
    assert!(
        used < ticks_per_second,
        "{used} ticks of CPU in 2 s with no descriptor left"
    );
    drop(held);
    // The held connections end (the head timeout) and it serves again.
    assert_eq!(server.get(PAGE, &[]).status, 200);
}

/// A directory with an `xdg-open` that runs `script`, and PATH with it first.
fn opener(script: &str) -> (tempfile::TempDir, String) {
    use std::os::unix::fs::PermissionsExt;
    let bin = tempfile::tempdir().unwrap();
    let file = bin.path().join("xdg-open");
    std::fs::write(&file, format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    (bin, path)
}

/// The children of `pid` that have ended and were not reaped (state Z).
fn zombies_of(pid: u32) -> usize {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path().join("stat")).ok())
        .filter(|stat| {
            let fields: Vec<&str> = stat
                .rsplit_once(')')
                .map(|(_, rest)| rest.split_whitespace().collect())
                .unwrap_or_default();
            fields.first() == Some(&"Z") && fields.get(1) == Some(&pid.to_string().as_str())
        })
        .count()
}

#[test]
fn open_says_when_no_browser_opened_and_leaves_no_zombie() {
    let store = tempfile::tempdir().unwrap();
    let (_bin, path) = opener("exit 3");
    let server = Server::start_with(
        &["--store", store.path().to_str().unwrap()],
        "127.0.0.1:0",
        &["--open"],
        &[("PATH", &path)],
    );
    let mut said = Vec::new();
    while let Some(line) = server.next_line() {
        let done = line.contains("Could not open a browser");
        said.push(line);
        if done {
            break;
        }
    }
    assert!(
        said.iter()
            .any(|l| l.contains("Could not open a browser") && l.contains(&server.addr)),
        "{said:?}"
    );
    // An opener that works is waited for, not left a zombie while serving.
    let mark = tempfile::tempdir().unwrap();
    let opened = mark.path().join("opened");
    let (_bin, path) = opener(&format!("echo \"$1\" > '{}'", opened.display()));
    let server = Server::start_with(
        &["--store", store.path().to_str().unwrap()],
        "127.0.0.1:0",
        &["--open"],
        &[("PATH", &path)],
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !(opened.exists() && zombies_of(server.pid()) == 0) {
        assert!(
            std::time::Instant::now() < deadline,
            "opened: {}, zombies: {}",
            opened.exists(),
            zombies_of(server.pid())
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let url = std::fs::read_to_string(&opened).unwrap();
    assert!(url.contains(&server.addr), "{url}");
}

/// A command on a page names the page's language, not the one the server
/// was started with: copied from a Chinese page, it answers in Chinese.
#[test]
fn a_pages_commands_are_in_the_pages_language() {
    let store = tempfile::tempdir().unwrap();
    local_request(store.path());
    let server = Server::start(&["--store", store.path().to_str().unwrap(), "--lang", "de"]);
    let zh = server.get("/zh-TW/certificate-request-returned.html", &[]);
    assert_eq!(zh.status, 200);
    assert!(zh.body.contains("--lang zh-TW "), "{}", zh.body);
    assert!(!zh.body.contains("--lang de "), "{}", zh.body);
    let de = server.get("/de/certificate-request-returned.html", &[]);
    assert!(de.body.contains("--lang de "), "{}", de.body);
}
