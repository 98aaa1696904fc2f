//! The tester's findings on store integrity (S1, S2, S4, S5, S6, S8 of the
//! second round): each kind of input, through the real binary.

mod common;
use common::*;

use std::path::Path;
use std::process::Command;

/// `cp -a`: links stay links, modes stay.
fn copy_store(from: &Path, to: &Path) {
    let out = Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// What each usage's `live/` link points to (thumbprint), by usage name.
fn live(store: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(store.join("live"))
        .map(|d| {
            d.flatten()
                .map(|e| {
                    let target = std::fs::read_link(e.path()).unwrap();
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        target
                            .to_string_lossy()
                            .trim_start_matches("../certs/")
                            .to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The history's lines as JSON values.
fn history(store: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(store.join("assignments.jsonl"))
        .expect("the history is never removed")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

/// What the history folds to, by usage name.
fn folded(lines: &[serde_json::Value]) -> Vec<(String, String)> {
    let mut map = std::collections::BTreeMap::new();
    for line in lines {
        let usage = line["usage"].as_str().unwrap().to_string();
        match line["new"].as_str() {
            Some(t) => map.insert(usage, t.to_string()),
            None => map.remove(&usage),
        };
    }
    map.into_iter().collect()
}

/// A store with three assignments: two requests finished (three usages each),
/// then `default` assigned back to the first certificate.
fn three_assignments(store: &Path) -> (String, String) {
    let first = trusted_request(store, &[]);
    wizard_ok(store, &["wizard", "finish"]);
    let second = trusted_request(store, &[]);
    wizard_ok(store, &["wizard", "finish"]);
    let a = first["thumbprint"].as_str().unwrap().to_string();
    let b = second["thumbprint"].as_str().unwrap().to_string();
    wizard_ok(
        store,
        &["wizard", "assign", "--thumbprint", &a, "--usage", "default"],
    );
    (a, b)
}

#[test]
fn a_damaged_last_history_line_undoes_no_complete_assignment_and_keeps_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base");
    let (a, b) = three_assignments(&base);
    let full_history = history(&base);
    assert_eq!(full_history.len(), 7);
    let full_live = live(&base);
    assert_eq!(
        full_live,
        vec![
            ("default".to_string(), a.clone()),
            ("web-external".to_string(), b.clone()),
            ("web-internal".to_string(), b.clone()),
        ]
    );
    let full = std::fs::metadata(base.join("assignments.jsonl"))
        .unwrap()
        .len();
    let intermediate = std::fs::read_dir(base.join("trust/ca"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    for len in full - 20..=full {
        let s = dir.path().join(format!("cut-{len}"));
        copy_store(&base, &s);
        std::fs::OpenOptions::new()
            .write(true)
            .open(s.join("assignments.jsonl"))
            .unwrap()
            .set_len(len)
            .unwrap();
        // Any command that takes the lock repairs the history.
        let out = wizard(
            &s,
            &[
                "trust",
                "import-intermediate",
                intermediate.to_str().unwrap(),
            ],
        );
        assert_eq!(code(&out), 0, "{len}: {}{}", stdout(&out), stderr(&out));
        let lines = history(&s);
        // Every complete transaction still stands: the first two assignments
        // line for line, and the links all switched as they were.
        assert_eq!(lines[..6], full_history[..6], "cut to {len}");
        assert_eq!(live(&s), full_live, "cut to {len}");
        assert_eq!(folded(&lines), live(&s), "cut to {len}: history != live/");
        let check = wizard(&s, &["wizard", "check"]);
        assert_eq!(code(&check), 0, "{len}: {}", stdout(&check));
    }
}

#[test]
fn a_torn_record_of_an_assignment_never_switched_is_cut_alone() {
    // As a crash during the append leaves it: the record torn, no link switched.
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let (a, b) = three_assignments(&s);
    let mut text = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();
    let line = format!(
        "{{\"time\":\"2026-01-01T00:00:00Z\",\"tx\":\"00112233aabbccdd\",\"count\":2,\"usage\":\"web-internal\",\"old\":\"{b}\",\"new\":\"{a}\"}}\n"
    );
    let before = text.clone();
    text.push_str(&line);
    text.push_str(&line[..line.len() / 2]);
    std::fs::write(s.join("assignments.jsonl"), &text).unwrap();
    let links = live(&s);
    let check = wizard(&s, &["wizard", "check"]);
    assert_eq!(code(&check), 1, "{}", stdout(&check));
    wizard_ok(
        &s,
        &["wizard", "assign", "--thumbprint", &a, "--usage", "default"],
    );
    assert_eq!(live(&s), links);
    let now = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();
    assert!(now.starts_with(&before), "{now}");
    assert_eq!(folded(&history(&s)), live(&s));
    wizard_ok(&s, &["wizard", "check"]);
}

fn offline_args(csr: &str) -> Vec<&str> {
    vec![
        "wizard",
        "request",
        "--fqdn",
        "host.example.com",
        "--key",
        "ecdsa-p256",
        "--offline",
        csr,
    ]
}

#[test]
fn offline_csr_is_never_written_over_a_file_into_the_store_or_into_a_missing_directory() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = d.join("store");
    let (_, _) = three_assignments(&s);
    std::fs::write(d.join("notes.txt"), "keep me").unwrap();
    sh(
        d,
        "mkfifo fifo && mkdir adir && ln -s notes.txt link && ln -s store storelink",
    );
    let refused: Vec<(String, &str)> = vec![
        // Anything of the store, however it is spelt.
        (p(&s, "ca/root.key"), "inside the store"),
        (p(&s, "assignments.jsonl"), "inside the store"),
        (p(&s, "live/default/privkey.pem"), "inside the store"),
        (p(&s, "new.csr"), "inside the store"),
        (format!("{}/../ca/new.csr", p(&s, "ca")), "inside the store"),
        (p(d, "storelink/requests/x.csr"), "inside the store"),
        // Existing files and other things.
        (p(d, "notes.txt"), "already exists"),
        (p(d, "link"), "already exists"),
        (p(d, "fifo"), "not a file"),
        (p(d, "adir"), "not a file"),
        // Missing directories are not made.
        (p(d, "missing/sub/req.csr"), "does not exist"),
        (p(d, "notes.txt/req.csr"), "does not exist"),
    ];
    // (The snapshot leaves out the FIFO, which reading would wait on.)
    let files = |d: &Path| {
        let mut all = snapshot(&d.join("store"));
        all.extend(snapshot(&d.join("adir")));
        let mut names: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        names.sort();
        (all, names, std::fs::read(d.join("notes.txt")).unwrap())
    };
    for (target, why) in &refused {
        let before = files(d);
        let out = wizard(&s, &offline_args(target));
        assert_eq!(code(&out), 2, "{target}: {}{}", stdout(&out), stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(why), "{target}: {err}");
        assert!(err.contains(target.as_str()), "{target}: {err}");
        assert!(before == files(d), "{target} changed something");
    }
    assert_eq!(
        std::fs::read_to_string(d.join("notes.txt")).unwrap(),
        "keep me"
    );
    assert!(!d.join("missing").exists());
    // In the reader's language.
    let out = wizard(
        &s,
        &[
            "--lang",
            "fr",
            "wizard",
            "request",
            "--fqdn",
            "h.example.com",
            "--offline",
            &p(d, "notes.txt"),
        ],
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("existe déjà"), "{}", stderr(&out));
    // A new file in an existing directory is written, bare names too.
    wizard_ok(&s, &offline_args(&p(d, "req.csr")));
    assert!(
        std::fs::read_to_string(d.join("req.csr"))
            .unwrap()
            .contains("CERTIFICATE REQUEST")
    );
    let out = docwiz()
        .current_dir(d)
        .arg("--store")
        .arg(&s)
        .args(offline_args("bare.csr"))
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(d.join("bare.csr").is_file());
}

/// A FIFO with no writer, `/dev/zero` (never ends) and a directory, given
/// for every file each command reads: refused at once, exit 2, naming it.
#[test]
fn input_files_must_be_regular_files_and_nothing_waits_or_reads_forever() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = d.join("store");
    let status = trusted_request(&s, &[]);
    let id = status["request"].as_str().unwrap().to_string();
    let leaf = p(&s, &format!("requests/{id}/chain.pem"));
    let key = p(&s, &format!("requests/{id}/key.pem"));
    std::fs::write(d.join("pw"), "secret\n").unwrap();
    sh(d, "mkfifo fifo && mkdir adir");
    let offline = wizard_ok(
        &s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "o.example.com",
            "--key",
            "ecdsa-p256",
            "--offline",
            &p(d, "o.csr"),
        ],
    );
    let offline_id = serde_json::from_str::<serde_json::Value>(&offline).unwrap()["request"]
        .as_str()
        .unwrap()
        .to_string();
    for (bad, what) in [
        (p(d, "fifo"), "FIFO"),
        ("/dev/zero".to_string(), "device"),
        (p(d, "adir"), "directory"),
    ] {
        let commands: Vec<Vec<&str>> = vec![
            vec!["trust", "import-root", &bad, "--yes"],
            vec!["trust", "import-intermediate", &bad],
            vec!["wizard", "import-response", "--request", &offline_id, &bad],
            vec!["wizard", "import", &bad, "--key", &key],
            vec!["wizard", "import", &leaf, "--key", &bad],
            vec!["wizard", "import", &bad],
            vec![
                "wizard",
                "import",
                &leaf,
                "--key",
                &key,
                "--key-password-file",
                &bad,
            ],
            vec!["wizard", "import", &leaf, "--password-file", &bad],
            vec![
                "wizard",
                "request",
                "--fqdn",
                "a.example.com",
                "--ca",
                "acme",
                "--acme-directory",
                "https://127.0.0.1:1/dir",
                "--acme-ca-bundle",
                &bad,
            ],
        ];
        for args in commands {
            let before = snapshot(&s);
            let mut command = docwiz();
            command.arg("--store").arg(&s).args(&args);
            // `watched` kills a command that hangs and fails the test.
            let out = watched(command);
            assert_eq!(code(&out), 2, "{args:?}: {}{}", stdout(&out), stderr(&out));
            let err = stderr(&out);
            assert!(err.contains(&bad) && err.contains(what), "{args:?}: {err}");
            assert_eq!(before, snapshot(&s), "{args:?}");
        }
    }
    // In German, with no English left.
    let out = wizard(
        &s,
        &["--lang", "de", "trust", "import-root", "/dev/zero", "--yes"],
    );
    assert!(stderr(&out).contains("Gerät"), "{}", stderr(&out));
    // A file larger than the cap is refused before it is read.
    std::fs::write(d.join("big.pem"), vec![b'A'; 2 << 20]).unwrap();
    let out = wizard(&s, &["trust", "import-root", &p(d, "big.pem"), "--yes"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("larger than 1 MiB"),
        "{}",
        stderr(&out)
    );
}

/// `wizard check --json`: (exit code, [(file, line, code)]).
fn check_json(store: &Path) -> (i32, Vec<(String, u64, String)>) {
    let out = wizard(store, &["--json", "wizard", "check"]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let problems = doc["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["file"].as_str().unwrap().to_string(),
                p["line"].as_u64().unwrap_or(0),
                p["code"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    (code(&out), problems)
}

fn has(problems: &[(String, u64, String)], file: &str, line: u64, code: &str) -> bool {
    problems
        .iter()
        .any(|(f, l, c)| f.ends_with(file) && *l == line && c == code)
}

#[test]
fn wizard_check_reports_what_is_wrong_with_the_history_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base");
    let (a, b) = three_assignments(&base);
    assert_eq!(check_json(&base).0, 0);
    let text = std::fs::read_to_string(base.join("assignments.jsonl")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let case = |name: &str, history: &str| {
        let s = dir.path().join(name);
        copy_store(&base, &s);
        std::fs::write(s.join("assignments.jsonl"), history).unwrap();
        s
    };
    let file = "assignments.jsonl";

    // A garbage line in the middle: reported with its line, kept, and the
    // commands go on (the line is skipped when folding).
    let mut garbage = lines.clone();
    garbage.insert(3, "{\"time\": oops");
    let s = case("garbage", &(garbage.join("\n") + "\n"));
    let (rc, problems) = check_json(&s);
    assert_eq!(rc, 1);
    assert!(
        has(&problems, file, 4, "history-line-unreadable"),
        "{problems:?}"
    );
    wizard_ok(
        &s,
        &["wizard", "assign", "--thumbprint", &b, "--usage", "default"],
    );
    let after = std::fs::read_to_string(s.join(file)).unwrap();
    assert!(
        after.contains("{\"time\": oops\n"),
        "the damaged line is kept"
    );
    assert_eq!(live(&s)[0], ("default".to_string(), b.clone()));

    // A last line naming a certificate that is not installed.
    let ghost = "0123456789ABCDEF0123456789ABCDEF01234567";
    let extra = format!(
        "{{\"time\":\"2026-01-01T00:00:00Z\",\"tx\":\"77\",\"count\":1,\"usage\":\"default\",\"old\":\"{a}\",\"new\":\"{ghost}\"}}\n"
    );
    let s = case("ghost", &format!("{text}{extra}"));
    let (rc, problems) = check_json(&s);
    assert_eq!(rc, 1);
    assert!(
        has(&problems, file, 8, "history-not-installed"),
        "{problems:?}"
    );
    assert!(
        has(&problems, file, 8, "history-live-mismatch"),
        "{problems:?}"
    );

    // Half applied: the history says B for all, live/default was switched
    // back by hand.
    let s = case("half", &text);
    std::fs::remove_file(s.join("live/default")).unwrap();
    std::os::unix::fs::symlink(format!("../certs/{b}"), s.join("live/default")).unwrap();
    let (rc, problems) = check_json(&s);
    assert_eq!(rc, 1);
    assert!(
        has(&problems, file, 7, "history-live-mismatch"),
        "{problems:?}"
    );

    // An incomplete last transaction, and a torn last line.
    let s = case("incomplete", &(lines[..5].join("\n") + "\n"));
    let (_, problems) = check_json(&s);
    assert!(
        has(&problems, file, 4, "history-incomplete"),
        "{problems:?}"
    );
    let s = case("torn", &text[..text.len() - 30]);
    let (_, problems) = check_json(&s);
    assert!(has(&problems, file, 7, "history-torn"), "{problems:?}");
}

#[test]
fn odd_live_entries_and_unknown_reasons_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let (a, _) = three_assignments(&s);
    for (name, target) in [
        ("default", format!("../certs/./{a}")),
        ("web-internal", format!("../certs/{a}/")),
        ("bogus-usage", format!("../certs/{a}")),
    ] {
        let link = s.join("live").join(name);
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(target, &link).unwrap();
    }
    let (rc, problems) = check_json(&s);
    assert_eq!(rc, 1);
    assert!(
        has(&problems, "live/default", 0, "damage-live-outside"),
        "{problems:?}"
    );
    assert!(
        has(&problems, "live/web-internal", 0, "damage-live-outside"),
        "{problems:?}"
    );
    assert!(
        has(
            &problems,
            "live/bogus-usage",
            0,
            "damage-live-unknown-usage"
        ),
        "{problems:?}"
    );

    // A reason that is no code: shown as an unknown reason in the reader's
    // language, never as docwiz's own sentence, and flagged by check.
    let t = dir.path().join("t");
    let status = local_request(&t);
    let id = status["request"].as_str().unwrap();
    let rel = t.join(format!("requests/{id}/request.json"));
    let mut record: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&rel).unwrap()).unwrap();
    record["state"] = "failed".into();
    record["thumbprint"] = serde_json::Value::Null;
    record["reason"] = "The CA exploded badly".into();
    std::fs::write(&rel, serde_json::to_vec_pretty(&record).unwrap()).unwrap();
    std::fs::remove_file(t.join(format!("requests/{id}/chain.pem"))).unwrap();
    let out = wizard_ok(&t, &["--lang", "de", "--json", "wizard", "status"]);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        doc["reason"], "unbekannter Grund (The CA exploded badly)",
        "{doc}"
    );
    let (rc, problems) = check_json(&t);
    assert_eq!(rc, 1);
    assert!(
        problems
            .iter()
            .any(|(f, l, c)| f.ends_with("request.json") && *l > 0 && c == "damage-reason-unknown"),
        "{problems:?}"
    );
}

#[test]
fn a_thumbprint_argument_that_is_no_thumbprint_is_bad_usage() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    local_request(&s);
    for bad in ["../../etc", "ZZ", "AB;CD", ""] {
        for args in [
            vec!["wizard", "assign", "--thumbprint", bad],
            vec!["wizard", "details", "--thumbprint", bad],
        ] {
            let out = wizard(&s, &args);
            assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
            assert!(
                stderr(&out).contains("is not a thumbprint"),
                "{}",
                stderr(&out)
            );
        }
    }
    // Spaces and colons, as Windows and openssl print thumbprints, are fine:
    // not found, not bad usage.
    let out = wizard(&s, &["wizard", "details", "--thumbprint", "ab:cd ef"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
}

#[test]
fn os_errors_are_named_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let missing = p(dir.path(), "missing.pem");
    for (lang, words) in [
        ("en", "no such file or directory (OS error 2)"),
        (
            "de",
            "Datei oder Verzeichnis nicht gefunden (Systemfehler 2)",
        ),
        ("zh-TW", "沒有此檔案或目錄（系統錯誤 2）"),
    ] {
        let out = wizard(
            &s,
            &["--lang", lang, "trust", "import-root", &missing, "--yes"],
        );
        assert_eq!(code(&out), 2);
        let err = stderr(&out);
        assert!(
            err.contains(words) && err.contains(&missing),
            "{lang}: {err}"
        );
        assert!(!err.contains("No such file"), "{lang}: {err}");
    }
}

#[test]
fn a_failed_deploy_hook_leaves_the_assignment_standing_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let (a, b) = three_assignments(&s);
    let out = wizard(
        &s,
        &[
            "wizard",
            "assign",
            "--thumbprint",
            &b,
            "--usage",
            "default",
            "--deploy-hook",
            "false",
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the assignment itself is in place"),
        "{}",
        stderr(&out)
    );
    assert_eq!(live(&s)[0], ("default".to_string(), b.clone()));
    assert_eq!(folded(&history(&s)), live(&s));
    assert_ne!(a, b);
    let help = stdout(&wizard(&s, &["wizard", "assign", "--help"]));
    assert!(help.contains("the assignment stands"), "{help}");
}

const CA: &str = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
    -out ca.pem -subj '/CN=Store Fixes Root' -days 30 \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null";
const EXT: &str = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n\
    extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:host.example.com\n";

/// The chain.pem of a request, as certificates (PEM blocks) counted.
fn blocks(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .unwrap()
        .matches("-----BEGIN CERTIFICATE-----")
        .count()
}

#[test]
fn answers_hold_the_leafs_chain_once_and_nothing_after_or_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = d.join("store");
    sh(d, CA);
    // Another server's self-signed certificate, unrelated to the answer.
    sh(
        d,
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout other.key \
         -out other.pem -subj '/CN=other.example.com' -days 30 2>/dev/null",
    );
    let status: serde_json::Value = serde_json::from_str(&wizard_ok(
        &s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "host.example.com",
            "--key",
            "ecdsa-p256",
            "--offline",
            &p(d, "req.csr"),
        ],
    ))
    .unwrap();
    let id = status["request"].as_str().unwrap().to_string();
    std::fs::write(d.join("leaf.ext"), EXT).unwrap();
    sh(
        d,
        "openssl x509 -req -in req.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 5 \
         -extfile leaf.ext -out leaf.pem 2>/dev/null && \
         openssl crl2pkcs7 -nocrl -certfile leaf.pem -certfile ca.pem -outform DER -out ok.p7b && \
         openssl crl2pkcs7 -nocrl -certfile leaf.pem -certfile ca.pem -out ok.p7b.pem",
    );
    let leaf = std::fs::read_to_string(d.join("leaf.pem")).unwrap();
    let ca = std::fs::read_to_string(d.join("ca.pem")).unwrap();
    let other = std::fs::read_to_string(d.join("other.pem")).unwrap();
    let p7 = std::fs::read(d.join("ok.p7b")).unwrap();
    let cut = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("p7-one-byte.p7b", [p7.clone(), vec![0]].concat(), "PKCS#7"),
        (
            "p7-text.p7b",
            [p7.clone(), b"garbage\n".to_vec()].concat(),
            "PKCS#7",
        ),
        (
            "unterminated-after.pem",
            format!("{leaf}{cut}").into_bytes(),
            ":",
        ),
        (
            "unterminated-before.pem",
            format!("{cut}{leaf}").into_bytes(),
            ":1:",
        ),
        (
            "unterminated-between.pem",
            format!("{leaf}-----BEGIN PKCS7-----\nMIIB\n{ca}").into_bytes(),
            ":",
        ),
        (
            "unrelated.pem",
            format!("{leaf}{ca}{other}").into_bytes(),
            "other.example.com",
        ),
        (
            "unrelated-only.pem",
            format!("{other}{leaf}").into_bytes(),
            "other.example.com",
        ),
    ];
    for (name, bytes, says) in &cases {
        std::fs::write(d.join(name), bytes).unwrap();
        let before = snapshot(&s);
        let out = wizard(
            &s,
            &["wizard", "import-response", "--request", &id, &p(d, name)],
        );
        assert_eq!(code(&out), 2, "{name}: {}{}", stdout(&out), stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(name) && err.contains(says), "{name}: {err}");
        assert_eq!(before, snapshot(&s), "{name} changed the store");
    }
    let unterminated = stderr(&wizard(
        &s,
        &[
            "wizard",
            "import-response",
            "--request",
            &id,
            &p(d, "unterminated-after.pem"),
        ],
    ));
    let line = leaf.lines().count() + 1;
    assert!(
        unterminated.contains(&format!("unterminated-after.pem:{line}:")),
        "{unterminated}"
    );

    // Duplicates are dropped: the leaf twice, the CA twice.
    std::fs::write(d.join("dup.pem"), format!("{leaf}{leaf}{ca}{ca}")).unwrap();
    wizard_ok(
        &s,
        &[
            "wizard",
            "import-response",
            "--request",
            &id,
            &p(d, "dup.pem"),
        ],
    );
    let chain = s.join(format!("requests/{id}/chain.pem"));
    assert_eq!(
        blocks(&chain),
        1,
        "chain.pem holds the leaf once (the root is left out)"
    );
    let issuers = std::fs::read_dir(s.join(format!("requests/{id}/issuers")))
        .unwrap()
        .count();
    assert_eq!(issuers, 1);
    // The same answer as a clean PKCS#7 (DER and PEM) is taken.
    wizard_ok(
        &s,
        &[
            "wizard",
            "import-response",
            "--request",
            &id,
            &p(d, "ok.p7b"),
        ],
    );
    wizard_ok(
        &s,
        &[
            "wizard",
            "import-response",
            "--request",
            &id,
            &p(d, "ok.p7b.pem"),
        ],
    );
}

#[test]
fn imported_bundles_hold_the_leafs_chain_once_and_nothing_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = d.join("store");
    sh(d, CA);
    std::fs::write(d.join("leaf.ext"), EXT).unwrap();
    sh(
        d,
        "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out leaf.key && \
         openssl req -new -key leaf.key -subj '/CN=host.example.com' -out leaf.csr && \
         openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 5 \
         -extfile leaf.ext -out leaf.pem 2>/dev/null && \
         openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout other.key \
         -out other.pem -subj '/CN=other.example.com' -days 30 2>/dev/null",
    );
    let leaf = std::fs::read_to_string(d.join("leaf.pem")).unwrap();
    let key = std::fs::read_to_string(d.join("leaf.key")).unwrap();
    let ca = std::fs::read_to_string(d.join("ca.pem")).unwrap();
    let other = std::fs::read_to_string(d.join("other.pem")).unwrap();
    std::fs::write(d.join("unrelated.pem"), format!("{leaf}{other}{key}")).unwrap();
    // A file put together by hand: the certificate outside the leaf's chain is
    // left out of the chain and named (a CA's answer holding one is refused).
    let s1 = d.join("store-unrelated");
    let out = wizard_ok(&s1, &["wizard", "import", &p(d, "unrelated.pem")]);
    assert!(out.contains("other.example.com"), "{out}");
    let installed = std::fs::read_dir(s1.join("certs"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(blocks(&installed.join("fullchain.pem")), 1, "{out}");
    assert_eq!(blocks(&installed.join("chain.pem")), 0, "{out}");
    std::fs::write(d.join("dup.pem"), format!("{leaf}{ca}{leaf}{ca}{key}")).unwrap();
    let out = wizard_ok(&s, &["wizard", "import", &p(d, "dup.pem")]);
    let thumbprint = std::fs::read_dir(s.join("certs"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name();
    let cert_dir = s.join("certs").join(thumbprint);
    assert_eq!(blocks(&cert_dir.join("fullchain.pem")), 2, "{out}");
    assert_eq!(blocks(&cert_dir.join("chain.pem")), 1);
}

#[test]
fn an_acme_ca_bundle_that_holds_no_certificate_is_refused_before_any_request() {
    // Refused before the CA is asked (the directory URL leads nowhere), in the
    // reader's language, and no request is left behind.
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    let bundle = dir.path().join("bundle.pem");
    for content in [&b"hello\n"[..], b"", b"-----BEGIN CERTIFICATE-----\nAAAA\n"] {
        std::fs::write(&bundle, content).unwrap();
        let out = wizard(
            &s,
            &[
                "--lang",
                "de",
                "wizard",
                "request",
                "--fqdn",
                "z.example.com",
                "--ca",
                "acme",
                "--acme-directory",
                "https://127.0.0.1:1/directory",
                "--acme-ca-bundle",
                bundle.to_str().unwrap(),
            ],
        );
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert!(stderr(&out).contains("bundle.pem"), "{}", stderr(&out));
        assert!(!stderr(&out).contains("no items found"), "{}", stderr(&out));
        let requests = std::fs::read_dir(s.join("requests"))
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(requests, 0, "a request was left behind");
    }
}

#[test]
fn an_imported_leaf_gets_its_trusted_intermediate_in_its_chain() {
    // The file holds the leaf alone; the intermediate is in the store's
    // Intermediate Certification Authorities: chain.pem must carry it, or a
    // server would send an incomplete chain.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = d.join("store");
    sh(
        d,
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout r.key \
           -subj '/CN=Root X' -addext basicConstraints=critical,CA:TRUE \
           -addext keyUsage=critical,keyCertSign -days 30 -out r.pem 2>/dev/null
         openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout i.key \
           -subj '/CN=Inter X' -out i.csr 2>/dev/null
         printf 'basicConstraints=critical,CA:TRUE\\nkeyUsage=critical,keyCertSign\\n' > ca.ext
         openssl x509 -req -in i.csr -CA r.pem -CAkey r.key -CAcreateserial -days 30 \
           -extfile ca.ext -out i.pem 2>/dev/null
         openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout l.key \
           -subj '/CN=host.example.com' -out l.csr 2>/dev/null
         printf 'subjectAltName=DNS:host.example.com\\nextendedKeyUsage=serverAuth,clientAuth\\n' > l.ext
         openssl x509 -req -in l.csr -CA i.pem -CAkey i.key -CAcreateserial -days 10 \
           -extfile l.ext -out l.pem 2>/dev/null",
    );
    wizard_ok(&s, &["trust", "import-root", &p(d, "r.pem"), "--yes"]);
    wizard_ok(&s, &["trust", "import-intermediate", &p(d, "i.pem")]);
    let out = wizard_ok(
        &s,
        &["wizard", "import", &p(d, "l.pem"), "--key", &p(d, "l.key")],
    );
    let installed = std::fs::read_dir(s.join("certs"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let chain = std::fs::read_to_string(installed.join("chain.pem")).unwrap();
    assert_eq!(chain.matches("BEGIN CERTIFICATE").count(), 1, "{out}");
    assert_eq!(
        openssl(&[
            "x509",
            "-in",
            installed.join("chain.pem").to_str().unwrap(),
            "-noout",
            "-subject"
        ])
        .trim(),
        "subject=CN = Inter X"
    );
    // What a server would send verifies with openssl against the root alone.
    openssl(&[
        "verify",
        "-CAfile",
        &p(d, "r.pem"),
        "-untrusted",
        installed.join("chain.pem").to_str().unwrap(),
        installed.join("cert.pem").to_str().unwrap(),
    ]);
}

#[test]
fn a_history_that_is_a_link_is_reported_and_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    let (_, second) = three_assignments(&s);
    let outside = dir.path().join("outside.jsonl");
    std::fs::rename(s.join("assignments.jsonl"), &outside).unwrap();
    std::os::unix::fs::symlink(&outside, s.join("assignments.jsonl")).unwrap();
    let before = std::fs::read(&outside).unwrap();
    let check = wizard(&s, &["wizard", "check"]);
    assert_eq!(code(&check), 1, "{}", stdout(&check));
    assert!(
        stdout(&check).contains("assignments.jsonl"),
        "{}",
        stdout(&check)
    );
    let out = wizard(
        &s,
        &[
            "wizard",
            "assign",
            "--thumbprint",
            &second,
            "--usage",
            "default",
        ],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("assignments.jsonl"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(&outside).unwrap(),
        before,
        "written through the link"
    );
}
