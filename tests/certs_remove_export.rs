//! `certs remove` and `certs export` through the real binary (issue 14 item
//! 3): removal refused while a usage holds the certificate, the PKCS#12 and
//! PEM exports checked with openssl.

mod common;
use common::*;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// A trusted local certificate finished (assigned to all usages); its thumbprint.
fn assigned_certificate(store: &Path) -> String {
    let status = trusted_request(store, &[]);
    wizard_ok(store, &["wizard", "finish"]);
    status["thumbprint"].as_str().unwrap().to_string()
}

/// `certs export T --pfx FILE --password-file PASSWORD`.
fn export_pfx(
    store: &Path,
    thumbprint: &str,
    file: &Path,
    password: &Path,
) -> std::process::Output {
    let (file, password) = (file.to_str().unwrap(), password.to_str().unwrap());
    wizard(
        store,
        &[
            "certs",
            "export",
            thumbprint,
            "--pfx",
            file,
            "--password-file",
            password,
        ],
    )
}

/// `certs export T --pem DIR`.
fn export_pem(store: &Path, thumbprint: &str, dir: &Path) -> std::process::Output {
    wizard(
        store,
        &[
            "certs",
            "export",
            thumbprint,
            "--pem",
            dir.to_str().unwrap(),
        ],
    )
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn removal_is_refused_while_a_usage_holds_the_certificate_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let old = assigned_certificate(&store);
    let before = snapshot(&store);

    let out = wizard(&store, &["--lang", "de", "certs", "remove", &old]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&old), "{err}");
    // Each usage by its localized label and the name --usage takes.
    for line in [
        "Serverstandard (--usage default)",
        "Interne Webdienste (--usage web-internal)",
        "Externe Webdienste (--usage web-external)",
    ] {
        assert!(err.contains(line), "{err}");
    }
    assert_eq!(
        snapshot(&store),
        before,
        "a refused removal wrote something"
    );

    let out = wizard(&store, &["--json", "certs", "remove", &old]);
    assert_eq!(code(&out), 1);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["error"]["code"], "error-in-use");
    assert_eq!(
        doc["error"]["usages"],
        serde_json::json!(["default", "web-internal", "web-external"])
    );
    assert_eq!(snapshot(&store), before);
}

#[test]
fn a_certificate_no_usage_holds_is_removed_with_a_history_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let old = assigned_certificate(&store);
    // Another certificate takes every usage: the first one is held by none.
    local_request(&store);
    wizard_ok(&store, &["wizard", "finish"]);
    let new = status_json(&store, None)["thumbprint"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(new, old);

    let out = wizard_ok(&store, &["certs", "remove", &old.to_lowercase()]);
    assert!(out.contains(&old), "{out}");
    assert!(!store.join("certs").join(&old).exists());
    assert!(store.join("certs").join(&new).join("privkey.pem").exists());
    let history = std::fs::read_to_string(store.join("assignments.jsonl")).unwrap();
    let last: serde_json::Value = serde_json::from_str(history.lines().last().unwrap()).unwrap();
    assert_eq!(last["removed"], old.as_str());
    // The store's check takes the history's mentions of the removed
    // certificate as what they were, not as damage.
    let check = wizard(&store, &["wizard", "check"]);
    assert_eq!(code(&check), 0, "{}{}", stdout(&check), stderr(&check));
    let listed = wizard_ok(&store, &["--json", "certs", "list"]);
    assert!(!listed.contains(&old), "{listed}");
    // Nor does the main page offer it (its request keeps a copy) for assignment.
    let main = wizard_ok(&store, &["--json", "wizard"]);
    assert!(!main.contains(&old), "{main}");

    let again = wizard(&store, &["certs", "remove", &old]);
    assert_eq!(code(&again), 3, "{}", stderr(&again));
    let bad = wizard(&store, &["certs", "remove", "not-hex"]);
    assert_eq!(code(&bad), 2, "{}", stderr(&bad));
}

#[test]
fn pfx_export_opens_with_openssl_in_both_protections_with_key_and_chain() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let thumbprint = assigned_certificate(&store);
    let password = dir.path().join("password");
    std::fs::write(&password, "s3cret pass\nignored second line\n").unwrap();
    let certs = store.join("certs").join(&thumbprint);

    for (name, legacy) in [("modern.pfx", false), ("legacy.pfx", true)] {
        let pfx = dir.path().join(name);
        let mut args = vec![
            "certs",
            "export",
            &thumbprint,
            "--pfx",
            pfx.to_str().unwrap(),
            "--password-file",
            password.to_str().unwrap(),
        ];
        if legacy {
            args.push("--legacy");
        }
        let out = wizard_ok(&store, &args);
        assert!(out.contains(pfx.to_str().unwrap()), "{out}");
        assert_eq!(mode(&pfx), 0o600, "{name}");

        let passin = "pass:s3cret pass".to_string();
        let mut info = vec!["pkcs12", "-info", "-nodes", "-passin", &passin];
        if legacy {
            info.push("-legacy");
        }
        info.extend(["-in", pfx.to_str().unwrap()]);
        let text = openssl(&info);
        let out = std::process::Command::new("openssl")
            .args(&info)
            .output()
            .unwrap();
        let details = String::from_utf8_lossy(&out.stderr);
        if legacy {
            assert!(details.contains("MAC: sha1"), "{details}");
            assert!(details.contains("3-KeyTripleDES-CBC"), "{details}");
        } else {
            assert!(details.contains("MAC: sha256"), "{details}");
            assert!(details.contains("AES-256-CBC"), "{details}");
            assert!(details.contains("hmacWithSHA256"), "{details}");
        }
        // Leaf, then its issuing CA (the chain), then the key.
        let blocks: Vec<&str> = text
            .split("-----BEGIN ")
            .skip(1)
            .map(|b| b.split("-----").next().unwrap())
            .collect();
        assert_eq!(
            blocks,
            ["CERTIFICATE", "CERTIFICATE", "PRIVATE KEY"],
            "{text}"
        );

        // openssl's own extraction: the certificate and the key match, and
        // they are the store's.
        let leaf = dir.path().join(format!("{name}.leaf.pem"));
        let key = dir.path().join(format!("{name}.key.pem"));
        let chain = dir.path().join(format!("{name}.chain.pem"));
        let legacy_flag: &[&str] = if legacy { &["-legacy"] } else { &[] };
        for (target, what) in [(&leaf, "-clcerts"), (&chain, "-cacerts")] {
            let mut args = vec!["pkcs12", "-in", pfx.to_str().unwrap(), "-passin", &passin];
            args.extend(legacy_flag);
            args.extend([what, "-nokeys", "-out", target.to_str().unwrap()]);
            openssl(&args);
        }
        let mut args = vec!["pkcs12", "-in", pfx.to_str().unwrap(), "-passin", &passin];
        args.extend(legacy_flag);
        args.extend(["-nocerts", "-nodes", "-out", key.to_str().unwrap()]);
        openssl(&args);
        assert_key_matches(&leaf, &key);
        assert_key_matches(&certs.join("cert.pem"), &key);
        let fingerprint = |file: &Path| {
            openssl(&[
                "x509",
                "-in",
                file.to_str().unwrap(),
                "-noout",
                "-fingerprint",
                "-sha1",
            ])
        };
        assert_eq!(fingerprint(&leaf), fingerprint(&certs.join("cert.pem")));
        assert_eq!(fingerprint(&chain), fingerprint(&certs.join("chain.pem")));
    }
}

#[test]
fn pfx_export_never_replaces_a_file_and_needs_a_password() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let thumbprint = assigned_certificate(&store);
    let password = dir.path().join("password");
    std::fs::write(&password, "pw\n").unwrap();
    let existing = dir.path().join("existing.pfx");
    std::fs::write(&existing, "keep me").unwrap();

    let out = export_pfx(&store, &thumbprint, &existing, &password);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("existing.pfx"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&existing).unwrap(), b"keep me");

    // No password file and no terminal: refused, nothing written.
    let target = dir.path().join("new.pfx");
    let out = wizard(
        &store,
        &[
            "--lang",
            "fr",
            "certs",
            "export",
            &thumbprint,
            "--pfx",
            target.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("--password-file"), "{}", stderr(&out));
    assert!(stderr(&out).contains("mot de passe"), "{}", stderr(&out));
    assert!(!target.exists());

    // An empty first line is no password.
    std::fs::write(&password, "\nsecond\n").unwrap();
    let out = export_pfx(&store, &thumbprint, &target, &password);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("password"), "{}", stderr(&out));
    assert!(!target.exists());

    // Inside the store: refused.
    let inside = store.join("export.pfx");
    let out = export_pfx(&store, &thumbprint, &inside, &password);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(!inside.exists());

    let unknown = wizard(
        &store,
        &[
            "certs",
            "export",
            "ABCDEF",
            "--pem",
            dir.path().join("x").to_str().unwrap(),
        ],
    );
    assert_eq!(code(&unknown), 3, "{}", stderr(&unknown));
    assert!(!dir.path().join("x").exists());
}

#[test]
fn pem_export_writes_the_certbot_files_as_the_store_has_them() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let thumbprint = assigned_certificate(&store);
    let live = dir.path().join("live");
    let out = export_pem(&store, &thumbprint, &live);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = stdout(&out);
    let certs = store.join("certs").join(&thumbprint);
    for name in ["cert.pem", "chain.pem", "fullchain.pem", "privkey.pem"] {
        assert!(out.contains(live.join(name).to_str().unwrap()), "{out}");
        assert_eq!(
            std::fs::read(live.join(name)).unwrap(),
            std::fs::read(certs.join(name)).unwrap(),
            "{name}"
        );
    }
    assert_eq!(mode(&live.join("privkey.pem")), 0o600);
    assert_eq!(mode(&live), 0o700);
    assert_key_matches(&live.join("cert.pem"), &live.join("privkey.pem"));
    // fullchain.pem verifies against the chain up to the trusted root.
    let root = store.join("trust/root");
    let root = std::fs::read_dir(&root)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    openssl(&[
        "verify",
        "-CAfile",
        root.to_str().unwrap(),
        "-untrusted",
        live.join("chain.pem").to_str().unwrap(),
        live.join("cert.pem").to_str().unwrap(),
    ]);

    // Again into the same directory: every name is taken; nothing replaced.
    let before = snapshot(&live);
    let out = export_pem(&store, &thumbprint, &live);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert_eq!(snapshot(&live), before);

    // A directory whose parent does not exist is not made.
    let deep = dir.path().join("no/such/dir");
    let out = export_pem(&store, &thumbprint, &deep);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(!dir.path().join("no").exists());
}

#[test]
fn export_refuses_a_certificate_revoked_for_key_compromise_and_warns_for_other_reasons() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let out_dir = tempfile::tempdir().unwrap();
    let password = out_dir.path().join("password");
    std::fs::write(&password, "secret\n").unwrap();

    let t = assigned_certificate(s);
    wizard_ok(
        s,
        &["wizard", "revoke", &t, "--reason", "superseded", "--yes"],
    );
    let out = export_pem(s, &t, &out_dir.path().join("pem"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("Warning: certificate {t} was revoked on"))
            && stderr(&out).contains("clients that check revocation refuse it"),
        "{}",
        stderr(&out)
    );

    let store2 = tempfile::tempdir().unwrap();
    let s2 = store2.path();
    let t2 = assigned_certificate(s2);
    wizard_ok(
        s2,
        &[
            "wizard",
            "revoke",
            &t2,
            "--reason",
            "keyCompromise",
            "--yes",
        ],
    );
    let pfx = out_dir.path().join("compromised.pfx");
    let pem = out_dir.path().join("compromised");
    for out in [
        export_pfx(s2, &t2, &pfx, &password),
        export_pem(s2, &t2, &pem),
    ] {
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!(
                "Certificate {t2} is not exported: its key was declared compromised"
            )),
            "{}",
            stderr(&out)
        );
    }
    assert!(!pfx.exists() && !pem.exists());
}

#[test]
fn a_removed_certificate_goes_with_its_requests_key_and_is_never_assigned_again() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let first = trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish"]);
    let t = first["thumbprint"].as_str().unwrap().to_string();
    let id = first["request"].as_str().unwrap().to_string();
    // A second certificate takes the usages over, so the first can go.
    trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish"]);
    wizard_ok(s, &["certs", "remove", &t]);
    assert!(
        !s.join("requests").join(&id).join("key.pem").exists(),
        "the request's copy of the key is removed too"
    );

    let page = wizard_ok(s, &["wizard", "status", "--request", &id]);
    assert!(
        page.contains("The certificate was removed from the store with its key"),
        "{page}"
    );
    assert!(!page.contains("wizard assign"), "{page}");
    assert!(!page.contains("can be assigned."), "{page}");
    let status = status_json(s, Some(&id));
    assert_eq!(status["assign_available"], false);
    assert_eq!(status["assign_blocked"], "removed");

    let before = snapshot(s);
    let out = wizard(
        s,
        &["wizard", "assign", "--thumbprint", &t, "--usage", "default"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "Certificate {t} was removed from the store (certs remove), with its key"
        )),
        "{}",
        stderr(&out)
    );
    assert_eq!(before, snapshot(s));
    assert!(!s.join("certs").join(&t).exists());
}

#[test]
fn pem_export_to_a_regular_file_says_pem_needs_a_directory() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    let out_dir = tempfile::tempdir().unwrap();
    let file = out_dir.path().join("server.pem");
    std::fs::write(&file, "mine\n").unwrap();
    let out = export_pem(s, &t, &file);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("This is a file, and --pem needs a directory"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("not a file"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine\n");
}

#[test]
fn the_removal_refusal_suggests_assign_with_the_store_and_the_help_placeholder() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    let out = wizard(s, &["--lang", "fr", "certs", "remove", &t]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out).replace('\n', " ");
    assert!(err.contains("--store"), "{err}");
    assert!(
        err.contains("wizard assign --thumbprint <EMPREINTE> --usage"),
        "{err}"
    );

    let out = wizard(s, &["--lang", "fr", "wizard", "revoke", &t, "--yes"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stdout(&out).replace('\n', " ");
    assert!(said.contains("--thumbprint <EMPREINTE>"), "{said}");
    assert!(!said.contains("<thumbprint>"), "{said}");
}

#[test]
fn french_certs_list_puts_a_narrow_no_break_space_before_the_semicolon() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    assigned_certificate(s);
    let out = wizard_ok(s, &["--lang", "fr", "certs", "list"]);
    assert!(out.contains("\u{202f};"), "{out}");
    for (i, _) in out.match_indices(';') {
        assert!(out[..i].ends_with('\u{202f}'), "{out}");
    }
}
