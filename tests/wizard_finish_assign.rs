//! Finish, the check box, assignment to usages, refusals and the deploy hook.

mod common;
use common::*;

fn live(store: &std::path::Path, usage: &str) -> Option<String> {
    std::fs::read_link(store.join("live").join(usage))
        .ok()
        .map(|t| t.file_name().unwrap().to_string_lossy().into_owned())
}

#[test]
fn finish_with_a_trusted_chain_assigns_the_requests_usages() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &["--usage", "default,web-internal"]);
    assert_eq!(status["chain"]["status"], "trusted");
    assert_eq!(status["assign_available"], true);
    assert!(
        status["next_step"]
            .as_str()
            .unwrap()
            .contains("wizard finish")
    );
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let out = wizard_ok(s, &["wizard", "finish"]);
    assert!(
        out.contains(&format!(
            "Certificate {thumbprint} is assigned to: Server default and Web services internal"
        )),
        "{out}"
    );
    assert_eq!(live(s, "default").as_deref(), Some(thumbprint));
    assert_eq!(live(s, "web-internal").as_deref(), Some(thumbprint));
    assert_eq!(live(s, "web-external"), None);
    for file in ["cert.pem", "chain.pem", "fullchain.pem", "privkey.pem"] {
        assert!(s.join("live/default").join(file).exists(), "{file}");
    }
    // The live files verify with openssl against the trusted root.
    let fullchain = s.join("live/default/fullchain.pem");
    let root = s.join("ca/root.pem");
    let ok = openssl(&[
        "verify",
        "-CAfile",
        root.to_str().unwrap(),
        "-untrusted",
        fullchain.to_str().unwrap(),
        s.join("live/default/cert.pem").to_str().unwrap(),
    ]);
    assert!(ok.contains(": OK"));
    let history = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = history
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["usage"], "default");
    assert_eq!(lines[0]["old"], serde_json::Value::Null);
    assert_eq!(lines[0]["new"], thumbprint);
    let after = status_json(s, None);
    assert_eq!(after["assigned"]["default"], thumbprint);
    assert_eq!(after["next_step"], serde_json::Value::Null);
}

#[test]
fn finish_with_an_untrusted_chain_completes_without_assigning() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    local_request(s);
    let out = wizard_ok(s, &["wizard", "finish"]);
    assert!(out.contains("nothing was assigned"), "{out}");
    assert!(
        out.contains("trust import-root"),
        "the page says what to import: {out}"
    );
    assert!(
        !s.join("live").exists() || std::fs::read_dir(s.join("live")).unwrap().next().is_none()
    );
    let status = status_json(s, None);
    assert!(
        s.join("certs")
            .join(status["thumbprint"].as_str().unwrap())
            .join("cert.pem")
            .exists()
    );
    // Assigning now is refused with the chain as reason, and changes nothing.
    let before = snapshot(s);
    let out = wizard(
        s,
        &[
            "wizard",
            "assign",
            "--thumbprint",
            status["thumbprint"].as_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("the root CA is not trusted"),
        "{}",
        stderr(&out)
    );
    assert_eq!(before, snapshot(s));
}

#[test]
fn cleared_check_box_installs_without_assigning_and_assign_follows() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let out = wizard_ok(s, &["wizard", "finish", "--no-assign"]);
    assert!(out.contains("[ ] Assign this certificate"), "{out}");
    let command = format!(
        "wizard assign --thumbprint {thumbprint} --usage default,web-internal,web-external"
    );
    assert!(out.contains(&command), "the page says how to assign: {out}");
    assert!(s.join(format!("certs/{thumbprint}/privkey.pem")).exists());
    assert_eq!(live(s, "default"), None);
    let after = status_json(s, None);
    assert_eq!(after["assign_checked"], false);
    assert!(after["next_step"].as_str().unwrap().ends_with(&command));
    wizard_ok(s, &["wizard", "assign", "--thumbprint", thumbprint]);
    assert_eq!(live(s, "web-external").as_deref(), Some(thumbprint));
}

#[test]
fn a_usage_the_certificate_cannot_serve_is_refused_and_nothing_changes() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    // Requested for the web sites only: no clientAuth.
    let web = trusted_request(s, &["--usage", "web-internal,web-external"]);
    wizard_ok(s, &["wizard", "finish"]);
    let before = snapshot(s);
    let out = wizard(
        s,
        &[
            "wizard",
            "assign",
            "--thumbprint",
            web["thumbprint"].as_str().unwrap(),
            "--usage",
            "default,web-internal",
        ],
    );
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("default: mutual TLS needs the Client Authentication"),
        "{err}"
    );
    assert!(
        !err.contains("web-internal:"),
        "web-internal alone would be fine: {err}"
    );
    assert_eq!(before, snapshot(s), "all or nothing");
}

#[test]
fn assign_replaces_the_previous_certificate_and_runs_the_deploy_hook() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let first = trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish"]);
    let second: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "host.example.com",
            "--key",
            "ecdsa-p256",
            "--usage",
            "web-external",
        ],
    ))
    .unwrap();
    let t2 = second["thumbprint"].as_str().unwrap();
    let hook_out = s.join("hook.txt");
    let hook = format!(
        "echo \"$DOCWIZ_USAGES $DOCWIZ_THUMBPRINT $DOCWIZ_CERT_DIR\" > {}",
        hook_out.display()
    );
    let out = wizard_ok(s, &["wizard", "finish", "--deploy-hook", &hook]);
    assert!(
        out.contains(&format!(
            "replaces certificate {}",
            first["thumbprint"].as_str().unwrap()
        )),
        "{out}"
    );
    assert_eq!(live(s, "web-external").as_deref(), Some(t2));
    assert_eq!(live(s, "default").as_deref(), first["thumbprint"].as_str());
    let written = std::fs::read_to_string(&hook_out).unwrap();
    let cert_dir = std::path::absolute(s.join("certs").join(t2)).unwrap();
    assert_eq!(
        written.trim(),
        format!("web-external {t2} {}", cert_dir.display())
    );
    let history = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();
    let last: serde_json::Value = serde_json::from_str(history.lines().last().unwrap()).unwrap();
    assert_eq!(last["old"], first["thumbprint"]);
    assert_eq!(last["new"], t2);
}

#[test]
fn failing_deploy_hook_is_reported_and_the_assignment_stands() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    let out = wizard(s, &["wizard", "finish", "--deploy-hook", "exit 7"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("exit 7"), "{}", stderr(&out));
    assert!(stderr(&out).contains("(exit code 7)"), "{}", stderr(&out));
    assert_eq!(live(s, "default").as_deref(), status["thumbprint"].as_str());
    // How it ended is said in the reader's words, not std's "exit status: 7".
    let thumbprint = status["thumbprint"].as_str().unwrap();
    for (lang, said) in [
        ("de", "(Exitcode 7)"),
        ("zh-TW", "（結束代碼 7）"),
        ("ru", "(код выхода 7)"),
    ] {
        let out = wizard(
            s,
            &[
                "--lang",
                lang,
                "wizard",
                "assign",
                "--thumbprint",
                thumbprint,
                "--deploy-hook",
                "exit 7",
            ],
        );
        assert_eq!(code(&out), 1);
        let err = stderr(&out);
        assert!(err.contains(said) && !err.contains("exit status"), "{err}");
    }
}

#[test]
fn certs_list_shows_installed_certificates_and_their_usages() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &["--usage", "web-internal"]);
    wizard_ok(s, &["wizard", "finish"]);
    let out = wizard_ok(s, &["certs", "list"]);
    assert!(
        out.contains(status["thumbprint"].as_str().unwrap()),
        "{out}"
    );
    assert!(out.contains("assigned to Web services internal"), "{out}");
    // The date as the locale writes it (CLDR): "expires Jan 2, 2028".
    let line = out.lines().find(|l| l.contains("expires ")).expect(&out);
    assert!(line.contains(", 20") && line.contains("days left"), "{out}");
}

#[test]
fn a_missing_or_foreign_private_key_is_refused() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish", "--no-assign"]);
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let key = s.join(format!("certs/{thumbprint}/privkey.pem"));
    // Another request's key is a valid key, but not this certificate's.
    let other: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "other.example.com",
            "--key",
            "ecdsa-p256",
        ],
    ))
    .unwrap();
    let foreign = s
        .join("requests")
        .join(other["request"].as_str().unwrap())
        .join("key.pem");
    std::fs::copy(&foreign, &key).unwrap();
    let out = wizard(
        s,
        &[
            "wizard",
            "assign",
            "--thumbprint",
            thumbprint,
            "--usage",
            "web-internal",
        ],
    );
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out)
            .contains("Web services internal: the private key does not belong to the certificate"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_file(&key).unwrap();
    let out = wizard(
        s,
        &[
            "wizard",
            "assign",
            "--thumbprint",
            thumbprint,
            "--usage",
            "web-internal",
        ],
    );
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("Web services internal: the certificate's private key is missing"),
        "{}",
        stderr(&out)
    );
    assert!(!s.join("live/web-internal").exists());
}

#[test]
fn finish_and_assign_print_where_each_usages_files_are_and_the_hook_gets_its_environment() {
    let dir = tempfile::tempdir().unwrap();
    let s = &dir.path().join("store");
    let status = trusted_request(s, &["--usage", "default,web-internal"]);
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let hook_out = dir.path().join("hook.txt");
    let hook = format!(
        "echo \"$DOCWIZ_USAGES|$DOCWIZ_THUMBPRINT|$DOCWIZ_CERT_DIR|${{DOCWIZ_OLD_THUMBPRINT-unset}}\" > {}",
        hook_out.display()
    );
    // A variable of the caller's own is not passed on as the reserved one.
    let out = docwiz()
        .arg("--store")
        .arg(s)
        .args(["wizard", "finish", "--deploy-hook", &hook])
        .env("DOCWIZ_OLD_THUMBPRINT", "FROM-THE-CALLER")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = stdout(&out);
    let live_dir = std::path::absolute(s.join("live")).unwrap();
    for usage in ["default", "web-internal"] {
        for file in ["fullchain.pem", "privkey.pem"] {
            let path = live_dir.join(usage).join(file);
            assert!(out.contains(path.to_str().unwrap()), "{out}");
            assert!(path.exists(), "{}", path.display());
        }
    }
    assert!(!out.contains("web-external/"), "{out}");
    assert_key_matches(
        &live_dir.join("default/fullchain.pem"),
        &live_dir.join("default/privkey.pem"),
    );
    let cert_dir = std::path::absolute(s.join("certs").join(thumbprint)).unwrap();
    assert_eq!(
        std::fs::read_to_string(&hook_out).unwrap().trim(),
        format!(
            "default,web-internal|{thumbprint}|{}|unset",
            cert_dir.display()
        )
    );

    // assign says the same, in the reader's language.
    let out = wizard_ok(
        s,
        &[
            "--lang",
            "de",
            "wizard",
            "assign",
            "--thumbprint",
            thumbprint,
            "--usage",
            "web-external",
        ],
    );
    let chain = live_dir.join("web-external/fullchain.pem");
    assert!(
        out.contains(&format!(
            "Externe Webdienste, Zertifikat und Kette: {}",
            chain.display()
        )),
        "{out}"
    );

    // --help documents the files and every variable of the hook.
    for command in ["finish", "assign"] {
        let help = wizard_ok(s, &["wizard", command, "--help"]);
        for word in [
            "live/<USAGE>/fullchain.pem",
            "live/<USAGE>/privkey.pem",
            "DOCWIZ_USAGES",
            "DOCWIZ_THUMBPRINT",
            "DOCWIZ_CERT_DIR",
            "DOCWIZ_OLD_THUMBPRINT",
        ] {
            assert!(help.contains(word), "{command}: {word}: {help}");
        }
    }
}
