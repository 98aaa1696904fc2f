//! `wizard revoke` and `trust crl` through the binary: the local CA's list and
//! its CRL checked by openssl, the usages unassigned in one transaction of
//! the history, the refusals (no confirmation, twice, imported, then assign,
//! finish and renew), and revocation at real CAs: pebble (its management
//! interface) and cfssl (its certificate database).

mod common;
use common::pebble::*;
use common::*;

use std::path::Path;
use std::process::{Command, Stdio};

/// A local request finished and assigned to its three usages; its thumbprint.
fn assigned_certificate(store: &Path) -> String {
    let status = trusted_request(store, &[]);
    wizard_ok(store, &["wizard", "finish"]);
    status["thumbprint"].as_str().unwrap().to_string()
}

fn history_lines(store: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(store.join("assignments.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The certificate's serial as openssl prints it (upper-case hex).
fn serial(cert: &Path) -> String {
    openssl(&["x509", "-in", cert.to_str().unwrap(), "-noout", "-serial"])
        .trim()
        .trim_start_matches("serial=")
        .to_string()
}

#[test]
fn local_revocation_unassigns_every_usage_in_one_transaction_and_keeps_the_certificate() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    let before = history_lines(s).len();

    let out = wizard_ok(
        s,
        &["wizard", "revoke", &t, "--reason", "keyCompromise", "--yes"],
    );
    assert!(
        out.contains(&format!("Certificate {t} was revoked by the local CA")),
        "{out}"
    );
    assert!(out.contains("the private key was compromised"), "{out}");
    assert!(out.contains("docwiz.CertRevoke"), "{out}");

    for usage in ["default", "web-internal", "web-external"] {
        assert!(
            std::fs::symlink_metadata(s.join("live").join(usage)).is_err(),
            "live/{usage} is gone"
        );
    }
    // One transaction, one line per usage, each from the certificate to none.
    let lines = history_lines(s);
    assert_eq!(lines.len(), before + 3);
    let added = &lines[before..];
    for line in added {
        assert_eq!(line["old"], t.as_str(), "{line}");
        assert!(line["new"].is_null(), "{line}");
        assert_eq!(line["tx"], added[0]["tx"]);
        assert_eq!(line["count"], 3);
    }
    // Still installed with its key; recorded as revoked.
    assert!(s.join(format!("certs/{t}/privkey.pem")).exists());
    let record: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.join(format!("revoked/{t}.json"))).unwrap())
            .unwrap();
    assert_eq!(record["reason"], "keyCompromise");
    assert_eq!(record["ca"], "local");

    // Shown as revoked wherever the certificate is listed.
    let list: serde_json::Value =
        serde_json::from_str(&wizard_ok(s, &["--json", "certs", "list"])).unwrap();
    assert_eq!(list[0]["revoked"]["reason"], "keyCompromise", "{list}");
    assert_eq!(list[0]["revoked"]["time"], record["time"]);
    let text = wizard_ok(s, &["certs", "list"]);
    assert!(text.contains("Revoked on"), "{text}");
    let details: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &["--json", "wizard", "details", "--thumbprint", &t],
    ))
    .unwrap();
    assert_eq!(details["revoked"]["reason"], "keyCompromise");
    let details = wizard_ok(s, &["wizard", "details", "--thumbprint", &t]);
    assert!(details.contains("Revoked on"), "{details}");
    let main: serde_json::Value =
        serde_json::from_str(&wizard_ok(s, &["--json", "wizard"])).unwrap();
    let listed = &main["unassigned"][0];
    assert_eq!(listed["thumbprint"], t.as_str(), "{main}");
    assert_eq!(listed["revoked"]["reason"], "keyCompromise");
    // Never offered to a usage again.
    let actions = main["actions"].to_string();
    assert!(
        !actions.contains(&format!("assign --thumbprint {t}")),
        "{actions}"
    );
    let page = wizard_ok(s, &["wizard"]);
    assert!(page.contains("revoked on"), "{page}");
    // The live panel of the main page's help topic says it too.
    let topic = wizard_ok(s, &["wizard", "--f1"]);
    assert!(topic.contains("revoked on"), "{topic}");
}

#[test]
fn the_web_wizard_shows_a_revoked_certificate_as_revoked_and_never_offers_it() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    wizard_ok(
        s,
        &["wizard", "revoke", &t, "--reason", "superseded", "--yes"],
    );
    let server = common::serve::Server::with_store(s);
    let main = server.get("/wizard/", &[]);
    assert_eq!(main.status, 200);
    assert!(main.body.contains("revoked on"), "{}", main.body);
    let details = server.get(&format!("/wizard/details?thumbprint={t}"), &[]);
    assert_eq!(details.status, 200);
    assert!(details.body.contains("Revocation"), "{}", details.body);
    assert!(
        details.body.contains("the certificate was replaced"),
        "{}",
        details.body
    );
    server.stop();
}

#[test]
fn the_local_crl_lists_the_revoked_serial_with_its_reason_and_openssl_rejects_the_certificate() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    let cert = s.join(format!("certs/{t}/cert.pem"));
    let serial = serial(&cert);
    wizard_ok(
        s,
        &["wizard", "revoke", &t, "--reason", "superseded", "--yes"],
    );
    let dir = tempfile::tempdir().unwrap();
    let crl = dir.path().join("local.crl.pem");
    let out = wizard_ok(s, &["trust", "crl", "--out", crl.to_str().unwrap()]);
    assert!(out.contains("CRL number 1"), "{out}");
    assert!(out.contains("one revoked certificate"), "{out}");

    // Signed by the issuing CA, a v2 CRL with its number and the entry's reason.
    let cas = dir.path().join("cas.pem");
    let both = std::fs::read_to_string(s.join("ca/issuing.pem")).unwrap()
        + &std::fs::read_to_string(s.join("ca/root.pem")).unwrap();
    std::fs::write(&cas, both).unwrap();
    let verified = Command::new("openssl")
        .args([
            "crl",
            "-in",
            crl.to_str().unwrap(),
            "-noout",
            "-text",
            "-verify",
        ])
        .args(["-CAfile", cas.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(verified.status.success(), "{}", stderr(&verified));
    assert!(
        stderr(&verified).contains("verify OK"),
        "{}",
        stderr(&verified)
    );
    let text = stdout(&verified);
    assert!(text.contains("Version 2"), "{text}");
    assert!(text.contains("X509v3 CRL Number"), "{text}");
    assert!(text.contains("X509v3 Authority Key Identifier"), "{text}");
    assert!(
        text.contains(&format!("Serial Number: {serial}")),
        "{serial}: {text}"
    );
    assert!(text.contains("Superseded"), "{text}");
    // nextUpdate seven days after thisUpdate.
    let date = |label: &str| {
        let line = text.lines().find(|l| l.trim().starts_with(label)).unwrap();
        let value = line.split_once(": ").unwrap().1.trim().to_string();
        let out = Command::new("date")
            .args(["-u", "-d", &value, "+%s"])
            .output()
            .unwrap();
        stdout(&out).trim().parse::<i64>().unwrap()
    };
    assert_eq!(date("Next Update") - date("Last Update"), 7 * 86400);

    // openssl's own chain check with the CRL: revoked.
    let checked = Command::new("openssl")
        .args(["verify", "-crl_check", "-CRLfile", crl.to_str().unwrap()])
        .args(["-CAfile", s.join("ca/root.pem").to_str().unwrap()])
        .args(["-untrusted", s.join("ca/issuing.pem").to_str().unwrap()])
        .arg(&cert)
        .output()
        .unwrap();
    assert!(!checked.status.success());
    let said = stdout(&checked) + &stderr(&checked);
    assert!(said.contains("certificate revoked"), "{said}");

    // DER too, and a second CRL has the next number; an existing file is never replaced.
    let der = dir.path().join("local.crl");
    let out = wizard_ok(
        s,
        &[
            "--json",
            "trust",
            "crl",
            "--out",
            der.to_str().unwrap(),
            "--der",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["number"], 2);
    assert_eq!(json["revoked"], 1);
    let text = openssl(&[
        "crl",
        "-inform",
        "DER",
        "-in",
        der.to_str().unwrap(),
        "-noout",
        "-text",
    ]);
    assert!(text.contains(&serial), "{text}");
    let kept = std::fs::read(&crl).unwrap();
    let out = wizard(s, &["trust", "crl", "--out", crl.to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&crl).unwrap(), kept);
}

#[test]
fn a_crl_before_any_revocation_lists_nothing_and_still_verifies() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    local_request(s);
    let dir = tempfile::tempdir().unwrap();
    let crl = dir.path().join("empty.crl");
    let out = wizard_ok(s, &["trust", "crl", "--out", crl.to_str().unwrap()]);
    assert!(out.contains("no revoked certificate"), "{out}");
    let text = openssl(&[
        "crl",
        "-in",
        crl.to_str().unwrap(),
        "-noout",
        "-text",
        "-CAfile",
        s.join("ca/issuing.pem").to_str().unwrap(),
    ]);
    assert!(text.contains("No Revoked Certificates"), "{text}");
    // Without a local CA there is nothing to sign.
    let empty = tempfile::tempdir().unwrap();
    let out = wizard(
        empty.path(),
        &[
            "trust",
            "crl",
            "--out",
            dir.path().join("none.crl").to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(!dir.path().join("none.crl").exists());
}

#[test]
fn assign_finish_and_renew_refuse_a_revoked_certificate() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    wizard_ok(s, &["wizard", "revoke", &t, "--yes"]);
    let before = snapshot(s);
    for args in [
        vec!["wizard", "assign", "--thumbprint", &t, "--usage", "default"],
        vec!["wizard", "finish"],
        vec!["wizard", "renew", "--thumbprint", &t, "--days", "400"],
    ] {
        let out = wizard(s, &args);
        assert_eq!(code(&out), 1, "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!("Certificate {t} was revoked on")),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert_eq!(before, snapshot(s));
}

#[test]
fn without_confirmation_nothing_is_revoked_and_the_store_is_unchanged() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    let before = snapshot(s);
    // No terminal to ask on, and no --yes.
    let out = docwiz()
        .arg("--store")
        .arg(s)
        .args(["wizard", "revoke", &t])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Nothing was revoked"),
        "{}",
        stderr(&out)
    );
    assert_eq!(before, snapshot(s));

    // Asked on a terminal and answered no: nothing either.
    let (ok, screen) = on_terminal(s, &format!("wizard revoke {t} --reason superseded"), "n\n");
    assert!(!ok, "{screen}");
    assert!(
        screen.contains("You are about to revoke certificate"),
        "{screen}"
    );
    assert!(screen.contains("the certificate was replaced"), "{screen}");
    assert!(
        screen.contains("Revoke this certificate? [y/N]"),
        "{screen}"
    );
    assert_eq!(before, snapshot(s));

    // Answered yes: revoked.
    let (ok, screen) = on_terminal(s, &format!("wizard revoke {t}"), "y\n");
    assert!(ok, "{screen}");
    assert!(s.join(format!("revoked/{t}.json")).exists());
}

/// Runs docwiz on a pseudo-terminal (util-linux `script`) and types `answer`.
fn on_terminal(store: &Path, args: &str, answer: &str) -> (bool, String) {
    let bin = env!("CARGO_BIN_EXE_docwiz");
    let mut child = Command::new("script")
        .args([
            "-qec",
            &format!("{bin} --store {} {args}", store.display()),
            "/dev/null",
        ])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LANGUAGE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    // Give the prompt time to appear before answering, as a person would.
    std::thread::sleep(std::time::Duration::from_millis(300));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answer.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.success(), stdout(&out))
}

#[test]
fn revoking_twice_is_refused_and_changes_nothing() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    wizard_ok(s, &["wizard", "revoke", &t, "--yes"]);
    let before = snapshot(s);
    let out = wizard(s, &["wizard", "revoke", &t, "--yes"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("Certificate {t} was already revoked on")),
        "{}",
        stderr(&out)
    );
    assert_eq!(before, snapshot(s));
    // An unknown thumbprint is not found.
    let out = wizard(s, &["wizard", "revoke", "ABCDEF", "--yes"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
}

#[test]
fn an_imported_certificate_is_refused_with_where_to_revoke_it() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = self_signed(
        dir.path(),
        "imported",
        "imported.example.com",
        &["subjectAltName=DNS:imported.example.com"],
    );
    wizard_ok(s, &["wizard", "import", &cert, "--key", &key]);
    let t = sha1_thumbprint(&cert);
    let before = snapshot(s);
    let out = wizard(s, &["wizard", "revoke", &t, "--yes"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("revoke it at the CA that issued it"),
        "{}",
        stderr(&out)
    );
    assert_eq!(before, snapshot(s));
    // In French too, from the same message.
    let out = wizard(s, &["--lang", "fr", "wizard", "revoke", &t, "--yes"]);
    assert!(
        stderr(&out).contains("Révoquez-le auprès de l’AC qui l’a émis"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn certs_remove_deletes_the_revocation_and_renewal_records_of_the_certificate() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    // What `wizard renew` keeps of a certificate between runs.
    std::fs::create_dir_all(s.join("renewal")).unwrap();
    std::fs::write(
        s.join(format!("renewal/{t}.json")),
        r#"{"window": {"start": "2030-01-01T00:00:00Z", "end": "2030-01-02T00:00:00Z"}}"#,
    )
    .unwrap();
    wizard_ok(s, &["wizard", "revoke", &t, "--yes"]);
    assert!(s.join(format!("revoked/{t}.json")).exists());
    wizard_ok(s, &["certs", "remove", &t]);
    assert!(!s.join(format!("certs/{t}")).exists());
    assert!(!s.join(format!("revoked/{t}.json")).exists());
    assert!(!s.join(format!("renewal/{t}.json")).exists());
    // The local CA's own list keeps it: the CA revoked it for good.
    let list: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.join("ca/revoked.json")).unwrap()).unwrap();
    assert_eq!(list["revoked"].as_array().unwrap().len(), 1);
}

#[test]
fn revocation_at_pebble_is_seen_by_pebble() {
    let pebble = Pebble::start();
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let out = pebble.request(s, &["--fqdn", "revoke.example.com"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = status["thumbprint"].as_str().unwrap().to_string();
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
    wizard_ok(s, &["wizard", "finish"]);
    let serial = serial(&s.join(format!("certs/{t}/cert.pem")));
    let seen = |serial: &str| -> serde_json::Value {
        let out = Command::new("curl")
            .args(["-sf", "--cacert"])
            .arg(pebble.ca_bundle())
            .arg(format!(
                "https://127.0.0.1:{}/cert-status-by-serial/{serial}",
                pebble.management
            ))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert_eq!(seen(&serial)["Status"], "Valid");

    let out = wizard_ok(
        s,
        &[
            "wizard",
            "revoke",
            &t,
            "--reason",
            "cessationOfOperation",
            "--yes",
        ],
    );
    assert!(out.contains("by the ACME CA"), "{out}");
    let status = seen(&serial);
    assert_eq!(status["Status"], "Revoked", "{status}");
    assert_eq!(status["Reason"], 5, "{status}");
    assert!(s.join(format!("revoked/{t}.json")).exists());
    assert!(std::fs::symlink_metadata(s.join("live/default")).is_err());
}

#[test]
fn a_failed_ca_call_changes_nothing() {
    let pebble = Pebble::start();
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let out = pebble.request(s, &["--fqdn", "gone.example.com"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = status["thumbprint"].as_str().unwrap().to_string();
    // The CA is gone.
    drop(pebble);
    let before = snapshot(s);
    let out = wizard(s, &["wizard", "revoke", &t, "--yes"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(before, snapshot(s));
}

/// `cfssl serve` with a SQLite certificate database, which its revoke
/// endpoint needs: the tables made with the sqlite3 CLI as cfssl's own
/// migration makes them.
fn cfssl_with_db() -> (Server, String, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("csr.json"),
        r#"{"CN": "Test cfssl CA", "key": {"algo": "ecdsa", "size": 256}}"#,
    )
    .unwrap();
    std::fs::write(
        d.join("config.json"),
        r#"{"signing": {"default": {"expiry": "8760h", "usages": ["signing", "key encipherment", "server auth", "client auth"]}}}"#,
    )
    .unwrap();
    std::fs::write(
        d.join("db.json"),
        r#"{"driver": "sqlite3", "data_source": "certs.db"}"#,
    )
    .unwrap();
    sh(
        d,
        "cfssl gencert -initca csr.json 2>/dev/null | cfssljson -bare ca\n\
         sqlite3 certs.db 'CREATE TABLE certificates (serial_number blob NOT NULL, authority_key_identifier blob NOT NULL, ca_label blob, status blob NOT NULL, reason int, expiry timestamp, revoked_at timestamp, pem blob NOT NULL, PRIMARY KEY(serial_number, authority_key_identifier)); CREATE TABLE ocsp_responses (serial_number blob NOT NULL, authority_key_identifier blob NOT NULL, body blob NOT NULL, expiry timestamp, PRIMARY KEY(serial_number, authority_key_identifier));'",
    );
    let port = free_port();
    let child = Command::new("cfssl")
        .args(["serve", "-address", "127.0.0.1", "-port", &port.to_string()])
        .args([
            "-ca",
            "ca.pem",
            "-ca-key",
            "ca-key.pem",
            "-config",
            "config.json",
        ])
        .args(["-db-config", "db.json"])
        .current_dir(d)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cfssl is installed (Debian package golang-cfssl)");
    wait_for(port);
    let db = d.join("certs.db");
    (
        Server { child, dir },
        format!("http://127.0.0.1:{port}"),
        db,
    )
}

#[test]
fn revocation_at_cfssl_is_recorded_in_its_database() {
    let (_cfssl, url, db) = cfssl_with_db();
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "cfssl.example.com",
            "--key",
            "ecdsa-p256",
            "--ca",
            "cfssl",
            "--cfssl-url",
            &url,
        ],
    ))
    .unwrap();
    assert_eq!(status["state"], "issued", "{status}");
    let t = status["thumbprint"].as_str().unwrap().to_string();
    let query = |sql: &str| {
        let out = Command::new("sqlite3").arg(&db).arg(sql).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).trim().to_string()
    };
    assert_eq!(query("SELECT status FROM certificates"), "good");
    let out = wizard_ok(
        s,
        &[
            "wizard",
            "revoke",
            &t,
            "--reason",
            "affiliationChanged",
            "--yes",
        ],
    );
    assert!(out.contains("by the cfssl CA"), "{out}");
    assert_eq!(
        query("SELECT status, reason FROM certificates"),
        "revoked|3"
    );
    let record: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.join(format!("revoked/{t}.json"))).unwrap())
            .unwrap();
    assert_eq!(record["ca"], "cfssl");
}

/// Two installed certificates of one key: the first, then its renewal with
/// `--reuse-key` (which holds the usages now). Both thumbprints.
fn two_certificates_of_one_key(store: &Path) -> (String, String) {
    let old = assigned_certificate(store);
    let out = wizard(
        store,
        &["--json", "wizard", "renew", "--days", "400", "--reuse-key"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let new = json(&out)["renewed"][0]["new"]
        .as_str()
        .unwrap()
        .to_string();
    (old, new)
}

#[test]
fn revoking_for_key_compromise_names_the_other_certificates_of_the_key_with_their_revoke_command() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let (old, new) = two_certificates_of_one_key(s);
    let out = wizard(
        s,
        &[
            "wizard",
            "revoke",
            &old,
            "--reason",
            "keyCompromise",
            "--yes",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let warning = stderr(&out);
    assert!(
        warning.contains(&format!(
            "Certificate {new} certifies the same compromised key and is not revoked"
        )),
        "{warning}"
    );
    assert!(
        warning.contains(&format!("wizard revoke {new} --reason keyCompromise")),
        "{warning}"
    );
    // Another reason says nothing of the key.
    let store2 = tempfile::tempdir().unwrap();
    let (old2, _) = two_certificates_of_one_key(store2.path());
    let out = wizard(
        store2.path(),
        &["wizard", "revoke", &old2, "--reason", "superseded", "--yes"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("compromised key"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn renew_reuse_key_refuses_a_key_revoked_for_key_compromise_even_after_that_certificate_is_removed()
{
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let (old, new) = two_certificates_of_one_key(s);
    wizard_ok(
        s,
        &[
            "wizard",
            "revoke",
            &old,
            "--reason",
            "keyCompromise",
            "--yes",
        ],
    );
    wizard_ok(s, &["certs", "remove", &old]);
    let out = wizard(
        s,
        &[
            "wizard",
            "renew",
            "--thumbprint",
            &new,
            "--days",
            "400",
            "--reuse-key",
        ],
    );
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        said.contains(&format!(
            "The key of certificate {new} was declared compromised when certificate {old} was revoked"
        )),
        "{said}"
    );
    assert!(said.contains("Renew without --reuse-key"), "{said}");
    assert_eq!(live(s, "default").as_deref(), Some(new.as_str()));
    // Without --reuse-key the renewal makes a new key and goes through.
    let out = wizard(
        s,
        &["wizard", "renew", "--thumbprint", &new, "--days", "400"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_ne!(live(s, "default").as_deref(), Some(new.as_str()));
}

/// The thumbprint `live/<usage>` points at.
fn live(store: &Path, usage: &str) -> Option<String> {
    std::fs::read_link(store.join("live").join(usage))
        .ok()
        .map(|t| t.file_name().unwrap().to_string_lossy().into_owned())
}

fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(&stdout(output))
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(output), stderr(output)))
}

#[test]
fn the_status_page_of_a_revoked_certificate_offers_no_assignment_but_a_new_request() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish"]);
    let t = status["thumbprint"].as_str().unwrap().to_string();
    let id = status["request"].as_str().unwrap().to_string();
    wizard_ok(s, &["wizard", "revoke", &t, "--yes"]);
    let page = wizard_ok(s, &["wizard", "status", "--request", &id]);
    assert!(
        page.contains("The certificate was revoked on")
            && page.contains("can no longer be assigned"),
        "{page}"
    );
    assert!(!page.contains("The certificate can be assigned."), "{page}");
    assert!(!page.contains("wizard assign"), "{page}");
    assert!(page.contains("wizard request --fqdn"), "{page}");
    let json = status_json(s, Some(&id));
    assert_eq!(json["assign_available"], false);
    assert_eq!(json["assign_blocked"], "revoked");
}

#[test]
fn commands_that_fail_on_a_missing_store_create_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("missing");
    let crl = dir.path().join("crl.pem");
    let t = "0123456789ABCDEF0123456789ABCDEF01234567";
    for args in [
        vec!["trust", "crl", "--out", crl.to_str().unwrap()],
        vec!["certs", "remove", t],
        vec!["wizard", "assign", "--thumbprint", t, "--usage", "default"],
        vec!["wizard", "revoke", t, "--yes"],
        vec!["wizard", "renew"],
    ] {
        let out = wizard(&s, &args);
        assert_ne!(code(&out), 0, "{args:?}");
        assert!(!s.exists(), "{args:?} created the store: {}", stderr(&out));
    }
    assert!(!crl.exists());
}

#[test]
fn crl_force_replaces_the_file_with_a_newer_crl_and_without_it_the_file_is_kept() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    assigned_certificate(s);
    let out_dir = tempfile::tempdir().unwrap();
    let file = out_dir.path().join("local.crl");
    let path = file.to_str().unwrap();
    wizard_ok(s, &["trust", "crl", "--out", path]);
    let first = std::fs::read(&file).unwrap();
    let refused = wizard(s, &["trust", "crl", "--out", path]);
    assert_eq!(code(&refused), 2, "{}", stderr(&refused));
    assert_eq!(std::fs::read(&file).unwrap(), first);
    // The refusal names the option that replaces the file, in every language.
    for lang in ["en", "ru", "zh-TW", "fr", "es", "de"] {
        let refused = wizard(s, &["--lang", lang, "trust", "crl", "--out", path]);
        assert_eq!(code(&refused), 2, "{lang}: {}", stderr(&refused));
        assert!(
            stderr(&refused).contains("--force"),
            "{lang}: {}",
            stderr(&refused)
        );
    }
    assert_eq!(std::fs::read(&file).unwrap(), first);

    wizard_ok(s, &["trust", "crl", "--out", path, "--force"]);
    let number = openssl(&["crl", "-in", path, "-noout", "-crlnumber"]);
    assert!(number.trim().ends_with("02"), "{number}");
    // Nothing left beside it.
    let names: Vec<_> = std::fs::read_dir(out_dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    // A directory in its place is still refused.
    let dir = out_dir.path().join("dir");
    std::fs::create_dir(&dir).unwrap();
    let out = wizard(
        s,
        &["trust", "crl", "--out", dir.to_str().unwrap(), "--force"],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn the_main_page_and_details_say_revoked_not_chain_trusted_for_a_revoked_certificate() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    wizard_ok(s, &["wizard", "revoke", &t, "--yes"]);
    let details = wizard_ok(s, &["wizard", "details", "--thumbprint", &t]);
    assert!(details.contains("Revoked on"), "{details}");
    assert!(!details.contains("trusted"), "{details}");
    let main = wizard_ok(s, &["wizard"]);
    let line = main.lines().find(|l| l.contains(&t)).unwrap_or_default();
    assert!(line.contains("revoked on"), "{main}");
    assert!(!line.contains("certificate chain trusted"), "{main}");
}

#[test]
fn a_sentence_ending_in_a_russian_date_has_one_full_stop() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    // Not due yet: «… будет продлён начиная с 4 дек. 2027 г.»
    let renew = wizard_ok(s, &["--lang", "ru", "wizard", "renew"]);
    assert!(renew.ends_with("г.\n") && !renew.contains("г.."), "{renew}");
    wizard_ok(s, &["wizard", "revoke", &t, "--yes"]);
    let out = wizard(s, &["--lang", "ru", "wizard", "revoke", &t, "--yes"]);
    let err = stderr(&out);
    assert!(err.contains("уже отозван") && err.contains("г."), "{err}");
    assert!(!err.contains("г.."), "{err}");
}

#[test]
fn the_assign_another_command_names_the_thumbprint_in_the_readers_language() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    let out = wizard_ok(s, &["--lang", "fr", "wizard", "revoke", &t, "--yes"]);
    assert!(out.contains("assign --thumbprint <EMPREINTE>"), "{out}");
    assert!(!out.contains("<thumbprint>"), "{out}");
}

#[test]
fn revoking_a_certificate_of_one_usage_speaks_of_that_usage_in_the_singular() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &["--usage", "web-external"]);
    wizard_ok(s, &["wizard", "finish"]);
    let t = status["thumbprint"].as_str().unwrap();
    let out = wizard_ok(s, &["--lang", "fr", "wizard", "revoke", t, "--yes"]);
    assert!(
        out.contains("Cette utilisation n’a plus de certificat"),
        "{out}"
    );
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    let out = wizard_ok(s, &["--lang", "fr", "wizard", "revoke", &t, "--yes"]);
    assert!(
        out.contains("Ces utilisations n’ont plus de certificat"),
        "{out}"
    );
}

#[test]
fn the_russian_prompt_shows_the_answers_it_accepts_and_takes_da() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let t = assigned_certificate(s);
    let (ok, screen) = on_terminal(s, &format!("--lang ru wizard revoke {t}"), "да\n");
    assert!(
        screen.contains("Отозвать этот сертификат? [д/Н]"),
        "{screen}"
    );
    assert!(ok, "{screen}");
    assert!(s.join(format!("revoked/{t}.json")).exists());
}

/// Revoking a certificate whose request was never finished (so it was never
/// installed) suggests no `certs remove`, which would not find it; an
/// installed one's removal command works as printed.
#[test]
fn revoke_suggests_removing_only_an_installed_certificate() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = local_request(s);
    let t = status["thumbprint"].as_str().unwrap().to_string();
    let out = wizard_ok(s, &["wizard", "revoke", &t, "--yes"]);
    assert!(!out.contains("certs remove"), "{out}");

    let other = tempfile::tempdir().unwrap();
    let o = other.path();
    let status = trusted_request(o, &[]);
    wizard_ok(o, &["wizard", "finish"]);
    let t = status["thumbprint"].as_str().unwrap().to_string();
    let out = wizard_ok(o, &["wizard", "revoke", &t, "--yes"]);
    let command = format!("docwiz --store {} certs remove {t}", o.display());
    assert!(out.contains(&command), "{out}");
    wizard_ok(o, &["certs", "remove", &t]);
}
