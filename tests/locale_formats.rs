//! Dates, numbers and lists as each locale writes them (CLDR through ICU4X),
//! while `--json` keeps RFC 3339.

mod common;
use common::*;

#[test]
fn validity_dates_are_written_as_the_locale_writes_them() {
    let store = tempfile::tempdir().unwrap();
    local_request(store.path());
    let details = |lang: &str| {
        let out = docwiz()
            .args([
                "--store",
                store.path().to_str().unwrap(),
                "--lang",
                lang,
                "wizard",
                "details",
            ])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        stdout(&out)
    };
    let year = time::OffsetDateTime::now_utc().year();
    let de = details("de");
    let line = de.lines().find(|l| l.contains("Gültig ab")).expect(&de);
    // 01.12.2026, 08:04:12 GMT+0
    assert!(
        line.contains(&format!(".{year}, ")) && line.contains("GMT"),
        "{line}"
    );
    let zh = details("zh-TW");
    assert!(zh.contains(&format!("{year}年")), "{zh}");
    let fr = details("fr");
    assert!(fr.contains("UTC"), "{fr}");
    // JSON keeps RFC 3339.
    let json = status_json(store.path(), None);
    let text = json.to_string();
    assert!(text.contains(&format!("\"{year}-")), "{text}");
}

#[test]
fn status_page_writes_validity_dates_as_details_does() {
    let store = tempfile::tempdir().unwrap();
    local_request(store.path());
    let page = |cmd: &str| {
        wizard_ok(store.path(), &["--lang", "de", "wizard", cmd])
            .lines()
            .find(|l| l.contains("Gültig ab"))
            .map(|l| {
                l.rsplit("Gültig ab")
                    .next()
                    .unwrap()
                    .trim_start_matches([':', ' '])
                    .trim()
                    .to_string()
            })
            .unwrap()
    };
    let status = page("status");
    assert!(!status.contains('T') || !status.contains('Z'), "{status}");
    assert_eq!(status, page("details"));
}

#[test]
fn decimals_use_the_locales_separator() {
    let out_dir = tempfile::tempdir().unwrap();
    for (lang, separator) in [
        ("fr", ","),
        ("de", ","),
        ("ru", ","),
        ("es", ","),
        ("en", "."),
        ("zh-TW", "."),
    ] {
        let out = run(&[
            "--lang",
            lang,
            "export",
            "--format",
            "md",
            "--out",
            out_dir.path().join(lang).to_str().unwrap(),
        ]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let said = stderr(&out);
        let seconds = said
            .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .find(|w| w.len() >= 4 && w.starts_with('0'))
            .unwrap_or_else(|| panic!("{lang}: no seconds in {said}"));
        assert!(
            seconds.starts_with(&format!("0{separator}")),
            "{lang}: {said}"
        );
    }
}

#[test]
fn chinese_parentheses_around_chinese_text_are_full_width_at_run_time() {
    let store = tempfile::tempdir().unwrap();
    local_request(store.path());
    let page = wizard_ok(store.path(), &["--lang", "zh-TW", "wizard", "status"]);
    let line = page.lines().find(|l| l.contains("剩餘")).expect(&page);
    assert!(line.contains("（剩餘") && line.ends_with("天）"), "{line}");
    assert!(!line.contains(" ("), "{line}");
}

/// Every extended key usage Windows names is named as Windows names it in
/// the reader's language, not by its RFC 5280 identifier; one without such
/// a name keeps its OID.
#[test]
fn extended_key_usages_are_named_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let (cert, key) = self_signed(
        dir.path(),
        "leaf",
        "host.example.com",
        &[
            "basicConstraints=critical,CA:FALSE",
            "extendedKeyUsage=serverAuth,codeSigning,OCSPSigning,timeStamping,1.2.3.4",
            "subjectAltName=DNS:host.example.com",
        ],
    );
    wizard_ok(&store, &["wizard", "import", &cert, "--key", &key]);
    let thumbprint = sha1_thumbprint(&cert);
    for (lang, names) in [
        (
            "de",
            [
                "Serverauthentifizierung",
                "Codesignatur",
                "OCSP-Signatur",
                "Zeitstempel",
            ],
        ),
        (
            "zh-TW",
            ["伺服器驗證", "程式碼簽章", "OCSP 簽章", "時間戳記"],
        ),
        (
            "en",
            [
                "Server Authentication",
                "Code Signing",
                "OCSP Signing",
                "Time Stamping",
            ],
        ),
    ] {
        let page = wizard_ok(
            &store,
            &[
                "--lang",
                lang,
                "wizard",
                "details",
                "--thumbprint",
                &thumbprint,
            ],
        );
        for name in names {
            assert!(page.contains(name), "{lang}: {name}: {page}");
        }
        assert!(page.contains("1.2.3.4"), "{lang}: {page}");
        for raw in ["codeSigning", "OCSPSigning", "timeStamping"] {
            assert!(!page.contains(raw), "{lang}: {raw}: {page}");
        }
    }
}

/// `docwiz help` with keywords no topic matches names them as alternatives,
/// joined with "or" as the reader's locale joins a list (CLDR), not with
/// an English comma list; in Chinese the Latin keywords stand apart from 或.
#[test]
fn unmatched_keywords_are_joined_with_or_as_each_locale_joins_a_list() {
    for (lang, joined) in [
        ("en", "nosuch1, nosuch2, or nosuch3"),
        ("fr", "nosuch1, nosuch2 ou nosuch3"),
        ("de", "nosuch1, nosuch2 oder nosuch3"),
        ("es", "nosuch1, nosuch2 o nosuch3"),
        ("ru", "nosuch1, nosuch2 или nosuch3"),
        ("zh-TW", "nosuch1、nosuch2 或 nosuch3"),
    ] {
        let out = run(&["--lang", lang, "help", "nosuch1", "nosuch2", "nosuch3"]);
        assert_ne!(code(&out), 0, "{lang}");
        let said = stderr(&out);
        assert!(said.contains(joined), "{lang}: {said}");
    }
    let out = run(&["--lang", "zh-TW", "help", "nosuch1", "nosuch2"]);
    assert!(
        stderr(&out).contains("沒有符合關鍵字 nosuch1 或 nosuch2 中任何一個的說明主題。"),
        "{}",
        stderr(&out)
    );
}

/// Clap's lists (missing arguments, the commands to choose from) are
/// enumerated with the locale's separator: 、 in Chinese.
#[test]
fn command_line_errors_enumerate_with_the_locales_separator() {
    let out = run(&["--lang", "zh-TW", "certs"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("list、remove、export"),
        "{}",
        stderr(&out)
    );
    let out = run(&["--lang", "zh-TW", "certs", "export"]);
    let said = stderr(&out);
    let line = said.lines().next().unwrap_or_default();
    assert!(line.contains(">、<") && !line.contains(", "), "{said}");
    let out = run(&["--lang", "de", "certs"]);
    assert!(
        stderr(&out).contains("list, remove, export"),
        "{}",
        stderr(&out)
    );
}
