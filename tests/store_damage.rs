//! A tampered or damaged store (issue 10, item 6): docwiz checks what it relies
//! on, names each damaged file, keeps showing everything else, never signs
//! with a CA key that does not belong to its CA, and never shows an
//! unreadable store as an empty one.

mod common;
use common::*;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::Command;

fn json(store: &Path, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["--json"];
    all.extend(args);
    let out = wizard(store, &all);
    let doc = serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("{args:?}: {e}: {}{}", stdout(&out), stderr(&out)));
    (code(&out), doc)
}

/// The `file` of every problem a JSON page lists.
fn problem_files(doc: &serde_json::Value) -> Vec<String> {
    doc["problems"]
        .as_array()
        .unwrap_or_else(|| panic!("no problems in {doc}"))
        .iter()
        .map(|p| p["file"].as_str().unwrap().to_string())
        .collect()
}

fn codes(doc: &serde_json::Value) -> Vec<String> {
    doc["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap().to_string())
        .collect()
}

/// `wizard check`: exit 1 and the file named on stdout.
fn check_names(store: &Path, file: &str) {
    let out = wizard(store, &["wizard", "check"]);
    assert_eq!(code(&out), 1, "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains(file), "{file}: {}", stdout(&out));
    let (exit, doc) = json(store, &["wizard", "check"]);
    assert_eq!(exit, 1);
    assert!(
        problem_files(&doc).iter().any(|f| f.ends_with(file)),
        "{file}: {doc}"
    );
}

fn check_clean(store: &Path) {
    let out = wizard(store, &["wizard", "check"]);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
}

/// A store with one finished (assigned) certificate; returns its request id
/// and thumbprint.
fn assigned_store(store: &Path) -> (String, String) {
    let status = trusted_request(store, &[]);
    wizard_ok(store, &["wizard", "finish"]);
    check_clean(store);
    (
        status["request"].as_str().unwrap().to_string(),
        status["thumbprint"].as_str().unwrap().to_string(),
    )
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

fn remove(path: &Path) {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(path).unwrap(),
        Ok(_) => std::fs::remove_file(path).unwrap(),
        Err(_) => {}
    }
}

fn mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn new_ec_key(path: &Path) {
    remove(path);
    openssl(&[
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-out",
        path.to_str().unwrap(),
    ]);
    mode(path, 0o600);
}

#[test]
fn a_live_link_that_is_not_a_link_into_the_store_is_damage_not_an_assignment() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let (_, thumbprint) = assigned_store(s);
    let outside = tempfile::tempdir().unwrap();
    let copy = outside.path().join(&thumbprint);
    copy_dir(&s.join("certs").join(&thumbprint), &copy);
    let live = s.join("live/default");
    let cert_dir = s.join("certs").join(&thumbprint);
    let good = format!("../certs/{thumbprint}");

    type Tamper<'a> = Box<dyn Fn() + 'a>;
    // Cases that damage certs/<T>, which every usage links to.
    let shared = [
        "through a symlinked certs/<T>",
        "certs/<T> whose cert.pem is another certificate",
    ];
    let link = |target: String| -> Tamper {
        let live = live.clone();
        Box::new(move || {
            remove(&live);
            symlink(&target, &live).unwrap();
        })
    };
    let absolute = std::path::absolute(&cert_dir).unwrap();
    let escape = format!("../certs/../../../../../../../..{}", copy.to_str().unwrap());
    let cases: Vec<(&str, Tamper)> = vec![
        // The right certificate, but by an absolute path.
        ("absolute", link(absolute.display().to_string())),
        ("absolute outside", link(copy.display().to_string())),
        ("dot-dot escape", link(escape)),
        ("to a file", link(format!("../certs/{thumbprint}/cert.pem"))),
        ("dangling", link(format!("../certs/{}", "0".repeat(40)))),
        ("to the store itself", link("..".into())),
        (
            "lowercase name",
            link(format!("../certs/{}", thumbprint.to_lowercase())),
        ),
        (
            "regular file",
            Box::new(|| {
                remove(&live);
                std::fs::write(&live, good.as_bytes()).unwrap();
            }),
        ),
        (
            "directory",
            Box::new(|| {
                remove(&live);
                copy_dir(&cert_dir, &live);
            }),
        ),
        (
            "through a symlinked certs/<T>",
            Box::new(|| {
                remove(&live);
                symlink(&good, &live).unwrap();
                std::fs::rename(&cert_dir, s.join("certs-saved")).unwrap();
                symlink(&copy, &cert_dir).unwrap();
            }),
        ),
        (
            "certs/<T> whose cert.pem is another certificate",
            Box::new(|| {
                remove(&live);
                symlink(&good, &live).unwrap();
                std::fs::write(
                    cert_dir.join("cert.pem"),
                    std::fs::read(s.join("ca/issuing.pem")).unwrap(),
                )
                .unwrap();
            }),
        ),
    ];
    let cert_pem = std::fs::read(cert_dir.join("cert.pem")).unwrap();
    for (name, tamper) in cases {
        tamper();

        let (exit, main) = json(s, &["wizard"]);
        assert_eq!(exit, 0, "{name}: {main}");
        let default = &main["usages"][0];
        assert_eq!(default["usage"], "default");
        assert_eq!(default["damaged"], true, "{name}: {main}");
        assert!(default["certificate"].is_null(), "{name}: {main}");
        // The rest is still shown; a damaged certs/<T> damages every usage.
        if shared.contains(&name) {
            assert_eq!(main["usages"][1]["damaged"], true, "{name}: {main}");
        } else {
            assert_eq!(
                main["usages"][1]["certificate"]["thumbprint"], thumbprint,
                "{name}"
            );
        }
        assert!(
            problem_files(&main)
                .iter()
                .any(|f| f.ends_with("live/default")),
            "{name}: {main}"
        );
        let text = wizard_ok(s, &["wizard"]);
        assert!(text.contains("live/default"), "{name}: {text}");
        assert!(text.contains("Problems in the store"), "{name}: {text}");

        let status = status_json(s, None);
        assert!(
            status["assigned"].get("default").is_none(),
            "{name}: {status}"
        );
        if !shared.contains(&name) {
            assert_eq!(status["assigned"]["web-internal"], thumbprint);
        }
        let page = wizard_ok(s, &["wizard", "status"]);
        assert!(page.contains("live/default"), "{name}: {page}");

        let (_, certs) = json(s, &["certs", "list"]);
        for cert in certs.as_array().unwrap() {
            assert!(
                !cert["usages"]
                    .as_array()
                    .is_some_and(|u| u.contains(&"default".into())),
                "{name}: {certs}"
            );
        }
        check_names(s, "live/default");

        // Repair for the next case.
        remove(&live);
        if std::fs::symlink_metadata(&cert_dir).is_ok_and(|m| m.file_type().is_symlink()) {
            std::fs::remove_file(&cert_dir).unwrap();
            std::fs::rename(s.join("certs-saved"), &cert_dir).unwrap();
        }
        std::fs::write(cert_dir.join("cert.pem"), &cert_pem).unwrap();
        symlink(&good, &live).unwrap();
        check_clean(s);
    }
}

#[test]
fn a_certificate_directory_whose_certificate_is_not_its_name_is_reported() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let (_, thumbprint) = assigned_store(s);
    // Another request, installed but not assigned; its directory gets the
    // first certificate.
    let second = trusted_request(s, &["--usage", "web-external"]);
    let t2 = second["thumbprint"].as_str().unwrap();
    wizard_ok(s, &["wizard", "finish", "--no-assign"]);
    std::fs::copy(
        s.join("certs").join(&thumbprint).join("cert.pem"),
        s.join("certs").join(t2).join("cert.pem"),
    )
    .unwrap();
    let (exit, main) = json(s, &["wizard"]);
    assert_eq!(exit, 0);
    assert!(codes(&main).contains(&"damage-cert-thumbprint".to_string()));
    check_names(s, &format!("certs/{t2}/cert.pem"));
    let list = wizard_ok(s, &["certs", "list"]);
    assert!(list.contains(&thumbprint), "{list}");
    assert!(list.contains(&format!("certs/{t2}/cert.pem")), "{list}");
}

#[test]
fn private_keys_others_can_read_or_that_do_not_match_are_reported_on_every_page() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let (id, thumbprint) = assigned_store(s);
    let keys = [
        format!("requests/{id}/key.pem"),
        format!("certs/{thumbprint}/privkey.pem"),
        "ca/root.key".to_string(),
        "ca/issuing.key".to_string(),
    ];
    for bits in [0o644, 0o640, 0o604, 0o660, 0o666, 0o602] {
        for key in &keys {
            mode(&s.join(key), bits);
            let (exit, main) = json(s, &["wizard"]);
            assert_eq!(exit, 0);
            assert!(
                problem_files(&main)
                    .iter()
                    .any(|f| f.ends_with(key.as_str())),
                "{key} {bits:o}: {main}"
            );
            assert!(codes(&main).contains(&"damage-key-mode".to_string()));
            let text = wizard_ok(s, &["wizard"]);
            assert!(text.contains(&format!("{:04o}", bits)), "{text}");
            let page = wizard_ok(s, &["wizard", "status"]);
            assert!(page.contains(key.as_str()), "{key}: {page}");
            let list = wizard_ok(s, &["certs", "list"]);
            assert!(list.contains(key.as_str()), "{key}: {list}");
            check_names(s, key);
            mode(&s.join(key), 0o600);
        }
    }
    check_clean(s);

    // A key owned by someone else (only root can give a file away).
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    if root {
        let key = s.join(&keys[1]);
        std::os::unix::fs::chown(&key, Some(65534), None).unwrap();
        let (_, main) = json(s, &["wizard"]);
        assert!(
            codes(&main).contains(&"damage-key-owner".to_string()),
            "{main}"
        );
        check_names(s, &keys[1]);
        std::os::unix::fs::chown(&key, Some(0), None).unwrap();
        check_clean(s);
    }

    // Keys that do not belong to their certificate.
    for key in &keys[..2] {
        let path = s.join(key);
        let saved = std::fs::read(&path).unwrap();
        new_ec_key(&path);
        let (exit, main) = json(s, &["wizard"]);
        assert_eq!(exit, 0);
        assert!(
            codes(&main).contains(&"damage-key-mismatch".to_string()),
            "{main}"
        );
        check_names(s, key);
        std::fs::write(&path, b"-----BEGIN PRIVATE KEY-----\nAAAA\n").unwrap();
        check_names(s, key);
        std::fs::write(&path, saved).unwrap();
        mode(&path, 0o600);
    }
    // A key kept outside the store through a link.
    let outside = tempfile::tempdir().unwrap();
    let path = s.join(&keys[1]);
    std::fs::rename(&path, outside.path().join("k.pem")).unwrap();
    symlink(outside.path().join("k.pem"), &path).unwrap();
    check_names(s, &keys[1]);
    remove(&path);
    check_names(s, &keys[1]);
}

/// Runs `wizard request` for another name, which the local CA refuses: the
/// command fails and leaves no request behind (a failed command changes
/// nothing). Returns what it printed on stderr.
fn refused_request(s: &Path, name: &str) -> String {
    let before = snapshot(&s.join("requests"));
    let out = wizard(
        s,
        &["wizard", "request", "--fqdn", name, "--key", "ecdsa-p256"],
    );
    assert_eq!(code(&out), 1, "{}{}", stdout(&out), stderr(&out));
    assert!(
        snapshot(&s.join("requests")) == before,
        "a refused request left something in requests/"
    );
    stderr(&out)
}

fn verifies(s: &Path, chain: &Path) -> bool {
    Command::new("openssl")
        .args([
            "verify",
            "-CAfile",
            s.join("ca/root.pem").to_str().unwrap(),
            "-untrusted",
            s.join("ca/issuing.pem").to_str().unwrap(),
            chain.to_str().unwrap(),
        ])
        .output()
        .unwrap()
        .status
        .success()
}

#[test]
fn the_local_ca_signs_nothing_when_its_keys_or_certificates_do_not_belong_together() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let (first, _) = assigned_store(s);
    let other = tempfile::tempdir().unwrap();
    local_request(other.path());
    let ca = |name: &str| s.join("ca").join(name);
    let saved: Vec<(PathBuf, Vec<u8>)> = ["root.pem", "root.key", "issuing.pem", "issuing.key"]
        .iter()
        .map(|n| (ca(n), std::fs::read(ca(n)).unwrap()))
        .collect();
    let certs_before = std::fs::read_dir(s.join("certs")).unwrap().count();

    type Tamper<'a> = Box<dyn Fn() + 'a>;
    let cases: Vec<(&str, &str, Tamper)> = vec![
        (
            "issuing.key",
            "replaced issuing key",
            Box::new(|| new_ec_key(&ca("issuing.key"))),
        ),
        (
            "root.key",
            "replaced root key",
            Box::new(|| new_ec_key(&ca("root.key"))),
        ),
        (
            "issuing.pem",
            "another CA's issuing pair",
            Box::new(|| {
                for n in ["issuing.pem", "issuing.key"] {
                    std::fs::copy(other.path().join("ca").join(n), ca(n)).unwrap();
                }
            }),
        ),
        (
            "issuing.pem",
            "another CA's root pair",
            Box::new(|| {
                for n in ["root.pem", "root.key"] {
                    std::fs::copy(other.path().join("ca").join(n), ca(n)).unwrap();
                }
            }),
        ),
        (
            "root.key",
            "root key deleted",
            Box::new(|| std::fs::remove_file(ca("root.key")).unwrap()),
        ),
        (
            "issuing.key",
            "issuing key deleted",
            Box::new(|| std::fs::remove_file(ca("issuing.key")).unwrap()),
        ),
        (
            "root.pem",
            "root certificate deleted",
            Box::new(|| std::fs::remove_file(ca("root.pem")).unwrap()),
        ),
        (
            "issuing.key",
            "issuing key readable by all",
            Box::new(|| mode(&ca("issuing.key"), 0o644)),
        ),
        (
            "root.key",
            "root key readable by the group",
            Box::new(|| mode(&ca("root.key"), 0o640)),
        ),
        (
            "issuing.key",
            "issuing key truncated",
            Box::new(|| {
                let key = std::fs::read(ca("issuing.key")).unwrap();
                std::fs::write(ca("issuing.key"), &key[..key.len() / 2]).unwrap();
            }),
        ),
        (
            "issuing.pem",
            "issuing certificate truncated",
            Box::new(|| {
                let pem = std::fs::read(ca("issuing.pem")).unwrap();
                std::fs::write(ca("issuing.pem"), &pem[..pem.len() / 2]).unwrap();
            }),
        ),
    ];
    for (file, name, tamper) in cases {
        tamper();
        let tampered = snapshot(&s.join("ca"));
        let err = refused_request(s, "other.example.com");
        assert!(err.contains(&format!("ca/{file}")), "{name}: {err}");
        assert!(err.contains("refuses to sign"), "{name}: {err}");
        assert_eq!(
            std::fs::read_dir(s.join("certs")).unwrap().count(),
            certs_before
        );
        // The CA was not silently replaced or repaired either.
        assert!(snapshot(&s.join("ca")) == tampered, "{name}: ca/ changed");
        check_names(s, &format!("ca/{file}"));
        // The page still shows the store.
        let (exit, main) = json(s, &["wizard"]);
        assert_eq!(exit, 0, "{name}");
        assert_eq!(main["usages"][0]["damaged"], false);

        for (path, bytes) in &saved {
            std::fs::write(path, bytes).unwrap();
        }
        mode(&ca("root.key"), 0o600);
        mode(&ca("issuing.key"), 0o600);
    }
    // Repaired, the CA issues again, and all it issued verifies with openssl.
    check_clean(s);
    let third = local_request(s);
    assert_eq!(third["state"], "issued");
    for id in [first, third["request"].as_str().unwrap().to_string()] {
        let chain = s.join("requests").join(id).join("chain.pem");
        assert!(verifies(s, &chain), "{chain:?}");
    }
}

#[test]
fn a_damaged_newest_request_record_is_reported_not_replaced_by_an_older_request() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let older = local_request(s)["request"].as_str().unwrap().to_string();
    // Request ids have a resolution of one second.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let newest = local_request(s)["request"].as_str().unwrap().to_string();
    let record = s.join("requests").join(&newest).join("request.json");
    let good = std::fs::read(&record).unwrap();

    type Tamper<'a> = Box<dyn Fn() + 'a>;
    let write = |bytes: Vec<u8>| -> Tamper {
        let record = record.clone();
        Box::new(move || std::fs::write(&record, &bytes).unwrap())
    };
    let cases: Vec<(&str, &str, Tamper)> = vec![
        ("truncated", ":", write(good[..good.len() / 2].to_vec())),
        ("empty", "", write(Vec::new())),
        (
            "not JSON",
            ":",
            write(b"{\n  \"id\": \"x\",\n  oops\n}\n".to_vec()),
        ),
        (
            "missing fields",
            ":",
            write(format!("{{\"id\": \"{newest}\"}}").into_bytes()),
        ),
        (
            "another request's record",
            "",
            write(std::fs::read(s.join("requests").join(&older).join("request.json")).unwrap()),
        ),
        (
            "deleted",
            "",
            Box::new(|| std::fs::remove_file(&record).unwrap()),
        ),
        (
            "a directory",
            "",
            Box::new(|| {
                std::fs::remove_file(&record).unwrap();
                std::fs::create_dir(&record).unwrap();
            }),
        ),
    ];
    for (name, located, tamper) in cases {
        tamper();
        for args in [
            vec!["wizard", "status"],
            vec!["wizard", "finish"],
            vec!["wizard", "details"],
        ] {
            let out = wizard(s, &args);
            assert_eq!(
                code(&out),
                2,
                "{name} {args:?}: {}{}",
                stdout(&out),
                stderr(&out)
            );
            let err = stderr(&out);
            assert!(
                err.contains(&format!("{newest}/request.json{located}")),
                "{name}: {err}"
            );
            assert!(
                !stdout(&out).contains(&older),
                "{name}: shows the older one"
            );
            assert!(
                err.contains(&older),
                "{name}: the hint names {older}: {err}"
            );
            assert!(
                err.contains("--store")
                    && err.contains(&format!("wizard status --request {older}")),
                "{name}: {err}"
            );
        }
        // The live panel of the help page says the same.
        let help = wizard_ok(s, &["help", KEYWORD]);
        assert!(
            help.contains(&format!("{newest}/request.json")),
            "{name}: {help}"
        );
        // The older request can still be shown by its id.
        assert_eq!(status_json(s, Some(&older))["request"], older.as_str());
        let (exit, main) = json(s, &["wizard"]);
        assert_eq!(exit, 0, "{name}");
        let damaged = main["pending"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["request"] == newest.as_str())
            .unwrap_or_else(|| panic!("{name}: {main}"));
        assert_eq!(damaged["damaged"], true);
        let text = wizard_ok(s, &["wizard"]);
        assert!(
            text.contains(&newest) && text.contains("request.json"),
            "{text}"
        );
        check_names(s, &format!("{newest}/request.json"));
        remove(&record);
        std::fs::write(&record, &good).unwrap();
        check_clean(s);
    }

    // A damaged older record does not hide the newest request.
    let old_record = s.join("requests").join(&older).join("request.json");
    std::fs::write(&old_record, b"{").unwrap();
    assert_eq!(status_json(s, None)["request"], newest.as_str());
    let out = wizard(s, &["wizard", "status", "--request", &older]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("request.json:1:"), "{}", stderr(&out));
}

#[test]
fn a_damaged_certificate_file_is_listed_and_everything_else_shown() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let (first, thumbprint) = assigned_store(s);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let second = local_request(s);
    let id = second["request"].as_str().unwrap().to_string();
    let issuers: Vec<PathBuf> = std::fs::read_dir(s.join("requests").join(&id).join("issuers"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let rel = |p: &Path| p.strip_prefix(s).unwrap().to_str().unwrap().to_string();
    let trusted_root = std::fs::read_dir(s.join("trust/root"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let trusted_ca = std::fs::read_dir(s.join("trust/ca"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let files = vec![
        format!("requests/{id}/chain.pem"),
        rel(&issuers[0]),
        format!("certs/{thumbprint}/chain.pem"),
        format!("certs/{thumbprint}/fullchain.pem"),
        format!("certs/{thumbprint}/cert.pem"),
        format!("requests/{first}/chain.pem"),
        rel(&trusted_root),
        rel(&trusted_ca),
    ];
    for file in &files {
        let path = s.join(file);
        let good = std::fs::read(&path).unwrap();
        // Cut right after the first block: what is left still parses.
        let first_block = {
            let text = String::from_utf8(good.clone()).unwrap();
            let end = text.find("-----END CERTIFICATE-----\n").unwrap() + 26;
            format!("{}-----BEGIN CERT", &text[..end]).into_bytes()
        };
        for (how, bytes) in [
            ("truncated", good[..good.len() / 2].to_vec()),
            ("cut after the first block", first_block),
            ("garbage", b"not a certificate\n".to_vec()),
            ("blank", b"\n \n".to_vec()),
        ] {
            // A blank intermediate chain is what a certificate issued right
            // under a root has: no damage.
            if how == "blank" && file.ends_with(&format!("{thumbprint}/chain.pem")) {
                continue;
            }
            std::fs::write(&path, &bytes).unwrap();
            let case = format!("{file} {how}");
            let (exit, main) = json(s, &["wizard"]);
            assert_eq!(exit, 0, "{case}: {main}");
            assert!(
                problem_files(&main)
                    .iter()
                    .any(|f| f.ends_with(file.as_str())),
                "{case}: {main}"
            );
            // Everything else is still there.
            assert_eq!(main["usages"].as_array().unwrap().len(), 3);
            if !file.starts_with("certs/") {
                assert_eq!(
                    main["usages"][1]["certificate"]["thumbprint"], thumbprint,
                    "{case}: {main}"
                );
            }
            let text = joined_as_shell(&wizard_ok(s, &["wizard"]));
            assert!(text.contains(file.as_str()), "{case}: {text}");
            for request in [&first, &id] {
                let out = wizard(s, &["wizard", "status", "--request", request]);
                assert_eq!(code(&out), 0, "{case}: {}", stderr(&out));
                let text = joined_as_shell(&stdout(&out));
                assert!(text.contains(file.as_str()), "{case}: {text}");
                assert!(text.contains(request.as_str()), "{case}");
            }
            let (exit, status) = json(s, &["wizard", "status", "--request", &id]);
            assert_eq!(exit, 0, "{case}");
            assert_eq!(status["state"], "issued");
            let out = wizard(s, &["certs", "list"]);
            assert_eq!(code(&out), 0, "{case}: {}", stderr(&out));
            assert!(stdout(&out).contains(&thumbprint), "{case}");
            let trust = wizard_ok(s, &["trust", "list"]);
            assert!(trust.contains(file.as_str()), "{case}: {trust}");
            check_names(s, file);
            std::fs::write(&path, &good).unwrap();
        }
    }
    check_clean(s);
}

/// `setpriv` makes the docwiz child another user, for whom permission bits
/// count (root ignores them); run as that user, or as ourselves when we are
/// not root.
fn as_other_user(store: &Path, args: &[&str], root: bool) -> std::process::Output {
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_docwiz"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_docwiz"))
    };
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd.arg("--store").arg(store).args(args).output().unwrap()
}

fn chown_all(path: &Path) {
    let status = Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn an_unreadable_store_is_an_error_naming_the_directory_never_an_empty_store() {
    type Tamper<'a> = Box<dyn Fn() + 'a>;
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    // As root, permission bits stop only another user: setpriv (util-linux,
    // installed by .ci/run) runs docwiz as one. Never skipped.
    assert!(
        !root || Command::new("setpriv").arg("--version").output().is_ok(),
        "setpriv is needed to run docwiz as another user"
    );
    let parent = tempfile::tempdir().unwrap();
    mode(parent.path(), 0o755);
    let s = parent.path().join("store");
    let (_, thumbprint) = assigned_store(&s);
    let pages: [&[&str]; 4] = [
        &["wizard"],
        &["wizard", "status"],
        &["certs", "list"],
        &["wizard", "check"],
    ];

    // Permission denied, for another user (or for us when we are not root).
    {
        if root {
            chown_all(&s);
        }
        mode(&s, 0o755);
        for dir in [
            "",
            "requests",
            "certs",
            "live",
            "trust",
            "trust/root",
            "trust/ca",
        ] {
            let path = if dir.is_empty() {
                s.clone()
            } else {
                s.join(dir)
            };
            let before = std::fs::metadata(&path).unwrap().permissions().mode();
            mode(&path, 0o000);
            for args in pages {
                let out = as_other_user(&s, args, root);
                assert_eq!(
                    code(&out),
                    2,
                    "{dir} {args:?}: {}{}",
                    stdout(&out),
                    stderr(&out)
                );
                let err = stderr(&out);
                assert!(
                    err.contains(&format!("{} cannot be read", path.display())),
                    "{dir} {args:?}: {err}"
                );
                assert!(err.contains("permission denied (OS error 13)"), "{err}");
                assert!(!stdout(&out).contains("(empty)"), "{dir}");
            }
            if dir.starts_with("trust") {
                let out = as_other_user(&s, &["trust", "list"], root);
                assert_eq!(code(&out), 2, "{dir}: {}", stdout(&out));
            }
            // In the reader's language.
            let out = as_other_user(&s, &["--lang", "de", "wizard"], root);
            assert_eq!(code(&out), 2);
            assert!(stderr(&out).contains(&path.display().to_string()));
            assert!(!stderr(&out).contains("cannot be read"), "{}", stderr(&out));
            // The OS's reason too, not its English text.
            assert!(
                stderr(&out).contains("Zugriff verweigert"),
                "{}",
                stderr(&out)
            );
            assert!(!stderr(&out).contains("denied"), "{}", stderr(&out));
            mode(&path, before);
            let out = as_other_user(&s, &["wizard", "check"], root);
            assert_ne!(code(&out), 2, "{dir}: {}", stderr(&out));
        }
        if root {
            let status = Command::new("chown")
                .args(["-R", "0:0"])
                .arg(&s)
                .status()
                .unwrap();
            assert!(status.success());
        }
    }

    // What fails for root too: a file, a FIFO or a dangling link in place of
    // a directory.
    for dir in ["requests", "certs", "live", "trust/root"] {
        let path = s.join(dir);
        let saved = parent.path().join("saved");
        std::fs::rename(&path, &saved).unwrap();
        let replacements: [(&str, Tamper); 3] = [
            ("file", Box::new(|| std::fs::write(&path, b"x").unwrap())),
            (
                "fifo",
                Box::new(|| {
                    assert!(
                        Command::new("mkfifo")
                            .arg(&path)
                            .status()
                            .unwrap()
                            .success()
                    )
                }),
            ),
            (
                "dangling link",
                Box::new(|| symlink(parent.path().join("nowhere"), &path).unwrap()),
            ),
        ];
        for (how, make) in replacements {
            make();
            for args in pages {
                let out = wizard(&s, args);
                assert_eq!(code(&out), 2, "{dir} {how} {args:?}: {}", stdout(&out));
                assert!(
                    stderr(&out).contains(&format!("{} cannot be read", path.display())),
                    "{dir} {how}: {}",
                    stderr(&out)
                );
            }
            remove(&path);
        }
        std::fs::rename(&saved, &path).unwrap();
    }
    let main = wizard_ok(&s, &["wizard"]);
    assert!(main.contains(&thumbprint));
    check_clean(&s);
}

/// A record that is JSON but not what docwiz writes is reported in the
/// reader's words, naming the field or value, at its line and column: none
/// of serde's English ("missing field", "invalid type", "unknown variant").
#[test]
fn a_record_with_a_wrong_field_is_reported_in_the_readers_language() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let id = local_request(s)["request"].as_str().unwrap().to_string();
    let record = s.join("requests").join(&id).join("request.json");
    let good: serde_json::Value = serde_json::from_slice(&std::fs::read(&record).unwrap()).unwrap();
    let with = |field: &str, value: serde_json::Value| {
        let mut doc = good.clone();
        match value {
            serde_json::Value::Null => {
                doc.as_object_mut().unwrap().remove(field);
            }
            v => doc[field] = v,
        }
        serde_json::to_vec_pretty(&doc).unwrap()
    };
    for (lang, bytes, said) in [
        (
            "de",
            with("fqdn", serde_json::Value::Null),
            "Das Feld „fqdn“ fehlt",
        ),
        (
            "zh-TW",
            with("fqdn", 5.into()),
            "此處的值不是 docwiz 在此寫入的類型",
        ),
        (
            "ru",
            with("state", "bogus".into()),
            "«bogus» не входит в число допустимых",
        ),
        (
            "fr",
            with("fqdn", serde_json::Value::Null),
            "le champ «\u{202f}fqdn\u{202f}» manque",
        ),
    ] {
        std::fs::write(&record, &bytes).unwrap();
        let out = wizard(s, &["--lang", lang, "wizard", "check"]);
        let text = format!("{}{}", stdout(&out), stderr(&out));
        assert!(text.contains(said), "{lang}: {text}");
        for english in [
            "missing field",
            "invalid type",
            "unknown variant",
            "expected",
        ] {
            assert!(!text.contains(english), "{lang}: {text}");
        }
        let status = wizard(s, &["--lang", lang, "wizard", "status", "--request", &id]);
        assert_eq!(code(&status), 2);
        assert!(
            stderr(&status).contains(said),
            "{lang}: {}",
            stderr(&status)
        );
    }
}
