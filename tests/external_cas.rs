//! Real CAs beside the embedded one: ACME against pebble, cfssl's HTTP API,
//! offline requests answered by `openssl x509 -req` (PEM, DER and PKCS#7), and
//! certificates imported with their keys (PEM and PKCS#12). The servers are
//! started here on 127.0.0.1 and stopped when the test ends.

mod common;
use common::pebble::*;
use common::*;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[test]
fn acme_order_from_pebble_is_trusted_after_import_and_finish_assigns() {
    let pebble = Pebble::start();
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let out = pebble.request(
        s,
        &[
            "--fqdn",
            "acme.example.com",
            "--san",
            "www.example.com",
            "--san",
            "api.example.com",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["state"], "issued");
    assert_eq!(status["ca"], "acme");
    assert_eq!(
        status["sans"],
        serde_json::json!(["acme.example.com", "www.example.com", "api.example.com"])
    );
    assert_ne!(
        status["chain"]["status"], "trusted",
        "pebble's root is not trusted yet"
    );
    assert_eq!(status["assign_available"], false);

    // Root and intermediate from pebble's management interface.
    wizard_ok(
        s,
        &[
            "trust",
            "import-root",
            pebble.fetch("roots/0").to_str().unwrap(),
            "--yes",
        ],
    );
    wizard_ok(
        s,
        &[
            "trust",
            "import-intermediate",
            pebble.fetch("intermediates/0").to_str().unwrap(),
        ],
    );
    let status = status_json(s, None);
    assert_eq!(status["chain"]["status"], "trusted", "{status}");
    let out = wizard_ok(s, &["wizard", "finish"]);
    assert!(out.contains("is assigned to:"), "{out}");
    let thumbprint = status["thumbprint"].as_str().unwrap();
    assert!(
        std::fs::read_link(s.join("live/web-external"))
            .unwrap()
            .ends_with(thumbprint)
    );
    let root = pebble.fetch("roots/0");
    let inter = pebble.fetch("intermediates/0");
    let ok = openssl(&[
        "verify",
        "-CAfile",
        root.to_str().unwrap(),
        "-untrusted",
        inter.to_str().unwrap(),
        s.join("live/default/cert.pem").to_str().unwrap(),
    ]);
    assert!(ok.contains(": OK"));

    // The account is kept (0600) and reused for the next order.
    let accounts: Vec<_> = std::fs::read_dir(s.join("acme"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(accounts.len(), 1);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&accounts[0])
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    let before = std::fs::read(&accounts[0]).unwrap();
    let out = pebble.request(s, &["--fqdn", "second.example.com"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(std::fs::read(&accounts[0]).unwrap(), before);
    assert_eq!(std::fs::read_dir(s.join("acme")).unwrap().count(), 1);
}

#[test]
fn acme_http01_challenges_are_answered_by_docwiz() {
    // No PEBBLE_VA_ALWAYS_VALID: pebble fetches every challenge from docwiz.
    let pebble = Pebble::start_validating();
    let store = tempfile::tempdir().unwrap();
    let out = pebble.request(
        store.path(),
        &[
            "--fqdn",
            "real.example.com",
            "--san",
            "www.real.example.com",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["state"], "issued");
    assert_eq!(
        status["sans"],
        serde_json::json!(["real.example.com", "www.real.example.com"])
    );
}

#[test]
fn acme_http01_fails_when_docwiz_answers_on_another_port() {
    // The same validating pebble, but docwiz listens where pebble does not look:
    // the order fails, which shows the previous test's validation was real.
    let pebble = Pebble::start_validating();
    let store = tempfile::tempdir().unwrap();
    let wrong = free_port().to_string();
    let out = pebble.request(
        store.path(),
        &["--fqdn", "real.example.com", "--acme-http-port", &wrong],
    );
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert_eq!(status_json(store.path(), None)["state"], "failed");
}

#[test]
fn acme_failure_leaves_the_request_failed_with_its_key() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let nowhere = format!("https://127.0.0.1:{}/dir", free_port());
    let out = wizard(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "down.example.com",
            "--key",
            "ecdsa-p256",
            "--ca",
            "acme",
            "--acme-directory",
            &nowhere,
            "--acme-http-port",
            &free_port().to_string(),
        ],
    );
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("The request to the CA (ACME) failed"),
        "{}",
        stderr(&out)
    );
    let status = status_json(s, None);
    assert_eq!(status["state"], "failed");
    assert!(!status["reason"].as_str().unwrap().is_empty());
    let dir = s.join("requests").join(status["request"].as_str().unwrap());
    assert!(dir.join("key.pem").exists());
    assert!(
        status["next_step"]
            .as_str()
            .unwrap()
            .contains("--ca acme --acme-directory")
    );
}

#[test]
fn acme_identifier_the_ca_rejects_is_reported() {
    let pebble = Pebble::start();
    let store = tempfile::tempdir().unwrap();
    // The pebble of these tests refuses names under blocked.example.
    let out = pebble.request(store.path(), &["--fqdn", "www.blocked.example"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("The request to the CA (ACME) failed") && err.contains("blocked.example"),
        "{err}"
    );
    let status = status_json(store.path(), None);
    assert_eq!(status["state"], "failed");
    assert!(
        status["reason"]
            .as_str()
            .unwrap()
            .contains("rejectedIdentifier")
            || status["reason"].as_str().unwrap().contains("blocked"),
        "{status}"
    );
}

#[test]
fn acme_bad_nonces_after_retries_fail_the_request_and_keep_its_key() {
    let pebble = Pebble::start_rejecting_nonces(100);
    let store = tempfile::tempdir().unwrap();
    let out = pebble.request(store.path(), &["--fqdn", "nonce.example.com"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    // The problem type in words; its URN only in --json's technical detail.
    assert!(stderr(&out).contains("(bad nonce)"), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        doc["error"]["detail"]
            .as_str()
            .is_some_and(|d| d.contains("badNonce")),
        "{doc}"
    );
    let status = status_json(store.path(), None);
    assert_eq!(status["state"], "failed");
    assert!(
        store
            .path()
            .join("requests")
            .join(status["request"].as_str().unwrap())
            .join("key.pem")
            .exists()
    );
}

fn cfssl_server() -> (Server, String) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("csr.json"), r#"{"CN": "Test cfssl CA", "key": {"algo": "ecdsa", "size": 256}, "names": [{"O": "docwiz tests"}]}"#).unwrap();
    std::fs::write(
        d.join("config.json"),
        r#"{"signing": {"default": {"expiry": "8760h", "usages": ["signing", "key encipherment", "server auth", "client auth"]},
            "profiles": {"server-only": {"expiry": "8760h", "usages": ["signing", "key encipherment", "server auth"]}}}}"#,
    )
    .unwrap();
    sh(
        d,
        "cfssl gencert -initca csr.json 2>/dev/null | cfssljson -bare ca",
    );
    let port = free_port();
    let child = Command::new("cfssl")
        .args([
            "serve",
            "-address",
            "127.0.0.1",
            "-port",
            &port.to_string(),
            "-ca",
            "ca.pem",
            "-ca-key",
            "ca-key.pem",
            "-config",
            "config.json",
        ])
        .current_dir(d)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cfssl is installed (Debian package golang-cfssl)");
    wait_for(port);
    (Server { child, dir }, format!("http://127.0.0.1:{port}"))
}

#[test]
fn cfssl_server_profile_serves_the_web_but_not_mutual_tls() {
    let (_cfssl, url) = cfssl_server();
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "cf.example.com",
            "--key",
            "ecdsa-p256",
            "--ca",
            "cfssl",
            "--cfssl-url",
            &url,
            "--cfssl-profile",
            "server-only",
        ],
    ))
    .unwrap();
    assert_eq!(status["ca"], "cfssl");
    assert_eq!(status["eku"], serde_json::json!(["serverAuth"]));
    // The page says before anyone tries that the default usage will be refused.
    assert_eq!(
        status["usage_problems"],
        serde_json::json!([{"usage": "default", "problem": "no-client-auth"}])
    );
    let page = wizard_ok(s, &["wizard", "status"]);
    assert!(
        page.contains("default: mutual TLS needs the Client Authentication"),
        "{page}"
    );
    // cfssl's CA is the root: the page names its file.
    let root = status["chain"]["missing"][0]["file"].as_str().unwrap();
    wizard_ok(s, &["trust", "import-root", root, "--yes"]);
    assert_eq!(status_json(s, None)["chain"]["status"], "trusted");
    let out = wizard(s, &["wizard", "finish"]);
    assert_eq!(code(&out), 1, "all or nothing: default is refused");
    assert!(
        stderr(&out).contains("default: mutual TLS needs the Client Authentication"),
        "{}",
        stderr(&out)
    );
    assert!(!s.join("live").exists() || std::fs::read_dir(s.join("live")).unwrap().count() == 0);
    wizard_ok(
        s,
        &[
            "wizard",
            "assign",
            "--thumbprint",
            status["thumbprint"].as_str().unwrap(),
            "--usage",
            "web-internal",
        ],
    );
    assert!(
        std::fs::read_link(s.join("live/web-internal"))
            .unwrap()
            .ends_with(status["thumbprint"].as_str().unwrap())
    );
}

/// Signs a CSR with the openssl CA in `dir`, as an administrator would at a CA.
fn openssl_sign(dir: &Path, csr: &Path, out: &str) -> PathBuf {
    sh(
        dir,
        &format!(
            "printf 'subjectAltName=DNS:offline.example.com\\nbasicConstraints=CA:FALSE\\nextendedKeyUsage=serverAuth,clientAuth\\n' > leaf.ext; \
             openssl x509 -req -in {} -CA offline.pem -CAkey offline.key -CAcreateserial -out {out} -days 30 -extfile leaf.ext 2>/dev/null",
            csr.display()
        ),
    );
    dir.join(out)
}

#[test]
fn offline_request_waits_for_the_answer_and_refuses_a_certificate_for_another_key() {
    let ca = tempfile::tempdir().unwrap();
    let c = ca.path();
    openssl_ca(c, "offline");
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let csr = c.join("request.csr");
    let out = wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "offline.example.com",
            "--key",
            "ecdsa-p256",
            "--offline",
            csr.to_str().unwrap(),
        ],
    );
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(status["state"], "pending");
    let id = status["request"].as_str().unwrap().to_string();
    assert!(
        status["next_step"]
            .as_str()
            .unwrap()
            .contains(&format!("wizard import-response --request {id}"))
    );
    let text = openssl(&[
        "req",
        "-in",
        csr.to_str().unwrap(),
        "-noout",
        "-text",
        "-verify",
    ]);
    assert!(text.contains("DNS:offline.example.com"), "{text}");

    // A certificate for another key is refused; the request stays pending.
    sh(
        c,
        "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout other.key -out other.csr -subj /CN=offline.example.com 2>/dev/null",
    );
    let wrong = openssl_sign(c, &c.join("other.csr"), "wrong.pem");
    let before = snapshot(s);
    let out = wizard(
        s,
        &[
            "wizard",
            "import-response",
            "--request",
            &id,
            wrong.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("does not belong to the private key"),
        "{}",
        stderr(&out)
    );
    assert_eq!(before, snapshot(s));
    assert_eq!(status_json(s, Some(&id))["state"], "pending");

    // The real answer, as PKCS#7 in DER (.p7b) with the CA certificate.
    let cert = openssl_sign(c, &csr, "answer.pem");
    sh(
        c,
        "openssl crl2pkcs7 -nocrl -certfile answer.pem -certfile offline.pem -outform DER -out answer.p7b",
    );
    let out = wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "import-response",
            "--request",
            &id,
            c.join("answer.p7b").to_str().unwrap(),
        ],
    );
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(status["state"], "issued");
    let fingerprint = openssl(&[
        "x509",
        "-in",
        cert.to_str().unwrap(),
        "-noout",
        "-fingerprint",
        "-sha1",
    ]);
    assert_eq!(
        fingerprint
            .trim()
            .split('=')
            .nth(1)
            .unwrap()
            .replace(':', ""),
        status["thumbprint"].as_str().unwrap()
    );
    assert_eq!(status["chain"]["missing"][0]["kind"], "root");
    wizard_ok(
        s,
        &[
            "trust",
            "import-root",
            c.join("offline.pem").to_str().unwrap(),
            "--yes",
        ],
    );
    wizard_ok(s, &["wizard", "finish"]);
    assert!(s.join("live/default/privkey.pem").exists());
}

#[test]
fn offline_answers_in_pem_and_der_are_accepted() {
    let ca = tempfile::tempdir().unwrap();
    let c = ca.path();
    openssl_ca(c, "offline");
    for (i, format) in ["pem", "der", "p7b-pem"].iter().enumerate() {
        let store = tempfile::tempdir().unwrap();
        let s = store.path();
        let csr = c.join(format!("r{i}.csr"));
        let status: serde_json::Value = serde_json::from_str(&wizard_ok(
            s,
            &[
                "--json",
                "wizard",
                "request",
                "--fqdn",
                "offline.example.com",
                "--key",
                "rsa-2048",
                "--offline",
                csr.to_str().unwrap(),
            ],
        ))
        .unwrap();
        let id = status["request"].as_str().unwrap();
        openssl_sign(c, &csr, &format!("a{i}.pem"));
        let file = match *format {
            "pem" => format!("a{i}.pem"),
            "der" => {
                sh(
                    c,
                    &format!("openssl x509 -in a{i}.pem -outform DER -out a{i}.der"),
                );
                format!("a{i}.der")
            }
            _ => {
                sh(
                    c,
                    &format!("openssl crl2pkcs7 -nocrl -certfile a{i}.pem -out a{i}.p7b"),
                );
                format!("a{i}.p7b")
            }
        };
        let status: serde_json::Value = serde_json::from_str(&wizard_ok(
            s,
            &[
                "--json",
                "wizard",
                "import-response",
                "--request",
                id,
                c.join(file).to_str().unwrap(),
            ],
        ))
        .unwrap();
        assert_eq!(status["state"], "issued", "{format}");
        assert_eq!(status["key"], "RSA 2048");
    }
}

#[test]
fn pkcs12_from_openssl_is_imported_and_assigned() {
    let ca = tempfile::tempdir().unwrap();
    let c = ca.path();
    openssl_ca(c, "offline");
    sh(
        c,
        "openssl req -newkey rsa:2048 -nodes -keyout pfx.key -out pfx.csr -subj /CN=offline.example.com 2>/dev/null",
    );
    openssl_sign(c, &c.join("pfx.csr"), "pfx.pem");
    std::fs::write(c.join("password"), "s3cret pass\n").unwrap();
    std::fs::write(c.join("wrong"), "not it\n").unwrap();
    sh(
        c,
        "openssl pkcs12 -export -in pfx.pem -inkey pfx.key -certfile offline.pem -out cert.pfx -passout 'pass:s3cret pass'",
    );
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    wizard_ok(s, &["trust", "list"]);

    // Wrong password, a file that is not PKCS#12: clear errors, store unchanged.
    let before = snapshot(s);
    let out = wizard(
        s,
        &[
            "wizard",
            "import",
            c.join("cert.pfx").to_str().unwrap(),
            "--password-file",
            c.join("wrong").to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("the password is wrong"),
        "{}",
        stderr(&out)
    );
    let out = wizard(
        s,
        &["wizard", "import", c.join("password").to_str().unwrap()],
    );
    assert_eq!(code(&out), 2);
    assert_eq!(before, snapshot(s));

    let out = wizard_ok(
        s,
        &[
            "wizard",
            "import",
            c.join("cert.pfx").to_str().unwrap(),
            "--password-file",
            c.join("password").to_str().unwrap(),
        ],
    );
    let fingerprint = openssl(&[
        "x509",
        "-in",
        c.join("pfx.pem").to_str().unwrap(),
        "-noout",
        "-fingerprint",
        "-sha1",
    ]);
    let thumbprint = fingerprint
        .trim()
        .split('=')
        .nth(1)
        .unwrap()
        .replace(':', "");
    assert!(
        out.contains(&format!("Certificate {thumbprint} is installed")),
        "{out}"
    );
    let installed = s.join("certs").join(&thumbprint);
    assert_key_matches(&installed.join("cert.pem"), &installed.join("privkey.pem"));
    wizard_ok(
        s,
        &[
            "trust",
            "import-root",
            c.join("offline.pem").to_str().unwrap(),
            "--yes",
        ],
    );
    wizard_ok(s, &["wizard", "assign", "--thumbprint", &thumbprint]);
    assert!(
        std::fs::read_link(s.join("live/default"))
            .unwrap()
            .ends_with(&thumbprint)
    );
}

#[test]
fn pem_certificate_with_a_mismatched_key_is_refused() {
    let ca = tempfile::tempdir().unwrap();
    let c = ca.path();
    openssl_ca(c, "offline");
    sh(
        c,
        "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout a.key -out a.csr -subj /CN=offline.example.com 2>/dev/null; \
           openssl ecparam -name prime256v1 -genkey -noout -out b.key",
    );
    openssl_sign(c, &c.join("a.csr"), "a.pem");
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    wizard_ok(s, &["trust", "list"]);
    let before = snapshot(s);
    let out = wizard(
        s,
        &[
            "wizard",
            "import",
            c.join("a.pem").to_str().unwrap(),
            "--key",
            c.join("b.key").to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("does not belong to the private key"),
        "{}",
        stderr(&out)
    );
    assert_eq!(before, snapshot(s));
    // The right key (PKCS#8 from openssl) is accepted.
    wizard_ok(
        s,
        &[
            "wizard",
            "import",
            c.join("a.pem").to_str().unwrap(),
            "--key",
            c.join("a.key").to_str().unwrap(),
        ],
    );
}
