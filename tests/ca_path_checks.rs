//! The local CA checks its own path (issuing CA under the root) with the
//! chain checker before it signs: a CA certificate that does not verify
//! issues nothing, says why naming ca/issuing.pem or ca/root.pem, and
//! `wizard check` reports the same. What it does issue verifies with openssl.

mod common;
use common::*;

use std::path::Path;
use std::process::Command;

/// A store whose local CA exists (one request issued).
fn store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    wizard_ok(&s, &["wizard", "request", "--fqdn", "a.example.com"]);
    dir
}

/// Re-signs the store's issuing CA certificate with the root key: same key and
/// subject, extensions `ext`, openssl x509 options `opts`.
fn resign_issuing(dir: &Path, ext: &str, opts: &str) {
    std::fs::write(dir.join("ext"), ext).unwrap();
    sh(
        dir,
        &format!(
            "openssl x509 -in s/ca/issuing.pem -x509toreq -signkey s/ca/issuing.key -out iss.csr && \
             openssl x509 -req -in iss.csr -CA s/ca/root.pem -CAkey s/ca/root.key -set_serial 99 \
             -extfile ext {opts} -out iss.pem && cp iss.pem s/ca/issuing.pem"
        ),
    );
}

/// Re-makes the store's root self-signed with the same key and subject.
fn resign_root(dir: &Path, ext: &str, opts: &str) {
    // The root keeps its subject key identifier, so that only the defect under
    // test changes (openssl chains the issuing CA by it).
    let shown = openssl(&[
        "x509",
        "-in",
        dir.join("s/ca/root.pem").to_str().unwrap(),
        "-noout",
        "-ext",
        "subjectKeyIdentifier",
    ]);
    let ski = shown.lines().last().unwrap_or_default().trim().to_string();
    let ext = ext.replace(
        "subjectKeyIdentifier=hash",
        &format!("subjectKeyIdentifier={ski}"),
    );
    std::fs::write(dir.join("rext"), ext).unwrap();
    sh(
        dir,
        &format!(
            "openssl x509 -in s/ca/root.pem -x509toreq -signkey s/ca/root.key -out root.csr && \
             openssl x509 -req -in root.csr -signkey s/ca/root.key -set_serial 98 \
             -extfile rext {opts} -out root.pem && cp root.pem s/ca/root.pem"
        ),
    );
}

const GOOD_ISSUING: &str = "basicConstraints=critical,CA:TRUE,pathlen:0\n\
     keyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n";
const GOOD_ROOT: &str = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n\
     subjectKeyIdentifier=hash\n";

fn issued_leaves(s: &Path) -> usize {
    std::fs::read_dir(s.join("requests"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().join("chain.pem").exists())
        .count()
}

/// A request is refused, nothing is issued, and both the refusal and `wizard
/// check` name `file` and say `expected`.
fn assert_refused(dir: &Path, file: &str, expected: &str, usage: &str) {
    assert_refused_request(dir, file, expected, usage);
    let s = dir.join("s");
    let check = wizard(&s, &["wizard", "check"]);
    let text = format!("{}{}", stdout(&check), stderr(&check));
    assert_ne!(code(&check), 0, "{text}");
    assert!(text.contains(file) && text.contains(expected), "{text}");
}

/// The refusal alone: `wizard check` has no names to check name constraints
/// against.
fn assert_refused_request(dir: &Path, file: &str, expected: &str, usage: &str) {
    let s = dir.join("s");
    let before = issued_leaves(&s);
    let out = wizard(
        &s,
        &[
            "wizard",
            "request",
            "--fqdn",
            "b.example.com",
            "--usage",
            usage,
        ],
    );
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{}{err}", stdout(&out));
    assert!(err.contains(file), "{err}");
    assert!(err.contains(expected), "{expected}: {err}");
    assert!(!err.contains("is not signed by the root"), "{err}");
    assert_eq!(issued_leaves(&s), before, "nothing issued");
}

fn assert_issued_verifies(dir: &Path, usage: &str) -> String {
    let s = dir.join("s");
    let status: serde_json::Value = serde_json::from_str(&wizard_ok(
        &s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "c.example.com",
            "--usage",
            usage,
        ],
    ))
    .unwrap();
    let id = status["request"].as_str().unwrap();
    sh(
        dir,
        &format!("openssl x509 -in s/requests/{id}/chain.pem -out leaf.pem"),
    );
    let purpose = if usage == "default" {
        "sslclient"
    } else {
        "sslserver"
    };
    openssl(&[
        "verify",
        "-purpose",
        purpose,
        "-CAfile",
        dir.join("s/ca/root.pem").to_str().unwrap(),
        "-untrusted",
        dir.join("s/ca/issuing.pem").to_str().unwrap(),
        dir.join("leaf.pem").to_str().unwrap(),
    ])
}

#[test]
fn issuing_ca_that_is_not_a_ca_signs_nothing() {
    let dir = store();
    resign_issuing(
        dir.path(),
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n",
        "-days 365",
    );
    assert_refused(dir.path(), "issuing.pem", "CA:TRUE", "web-internal");
}

#[test]
fn issuing_ca_without_basic_constraints_signs_nothing() {
    let dir = store();
    resign_issuing(
        dir.path(),
        "keyUsage=critical,keyCertSign\nsubjectKeyIdentifier=hash\n",
        "-days 365",
    );
    assert_refused(dir.path(), "issuing.pem", "CA:TRUE", "web-internal");
}

#[test]
fn issuing_ca_without_key_cert_sign_signs_nothing() {
    let dir = store();
    resign_issuing(
        dir.path(),
        "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,digitalSignature,cRLSign\n",
        "-days 365",
    );
    assert_refused(dir.path(), "issuing.pem", "keyCertSign", "web-internal");
}

#[test]
fn expired_issuing_ca_signs_nothing() {
    let dir = store();
    resign_issuing(dir.path(), GOOD_ISSUING, "-days -1");
    assert_refused(dir.path(), "issuing.pem", "expired", "web-internal");
}

#[test]
fn issuing_ca_not_valid_yet_signs_nothing() {
    let dir = store();
    let s = dir.path().join("s");
    // openssl 3.0 x509 cannot set a future notBefore: rcgen can.
    let pem = |rel: &str| std::fs::read_to_string(s.join(rel)).unwrap();
    let root_key = rcgen::KeyPair::from_pem(&pem("ca/root.key")).unwrap();
    let issuing_key = rcgen::KeyPair::from_pem(&pem("ca/issuing.key")).unwrap();
    let root_der = pem::parse(pem("ca/root.pem")).unwrap().into_contents();
    let issuer = rcgen::Issuer::from_ca_cert_der(&root_der.into(), &root_key).unwrap();
    let issuing_der = pem::parse(pem("ca/issuing.pem")).unwrap().into_contents();
    use x509_parser::prelude::FromDer;
    let (_, parsed) = x509_parser::prelude::X509Certificate::from_der(&issuing_der).unwrap();
    let cn = parsed
        .subject()
        .iter_common_name()
        .next()
        .unwrap()
        .as_str()
        .unwrap();
    let mut params = rcgen::CertificateParams::default();
    params
        .distinguished_name
        .push(rcgen::DnType::OrganizationName, "docwiz");
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, cn);
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Constrained(0));
    params.key_usages = vec![rcgen::KeyUsagePurpose::KeyCertSign];
    let now = time::OffsetDateTime::now_utc();
    params.not_before = now + time::Duration::days(3);
    params.not_after = now + time::Duration::days(300);
    let cert = params.signed_by(&issuing_key, &issuer).unwrap();
    std::fs::write(s.join("ca/issuing.pem"), cert.pem()).unwrap();
    assert_refused(dir.path(), "issuing.pem", "not valid yet", "web-internal");
}

#[test]
fn issuing_ca_whose_name_constraints_exclude_the_name_signs_nothing() {
    let dir = store();
    resign_issuing(
        dir.path(),
        &format!("{GOOD_ISSUING}nameConstraints=critical,excluded;DNS:b.example.com\n"),
        "-days 365",
    );
    assert_refused_request(dir.path(), "issuing.pem", "b.example.com", "web-internal");
    // Another name is still issued, and verifies.
    assert_issued_verifies(dir.path(), "web-internal");
}

#[test]
fn issuing_ca_limited_to_email_protection_signs_nothing() {
    let dir = store();
    resign_issuing(
        dir.path(),
        &format!("{GOOD_ISSUING}extendedKeyUsage=emailProtection\n"),
        "-days 365",
    );
    assert_refused(dir.path(), "issuing.pem", "serverAuth", "web-internal");
}

#[test]
fn issuing_ca_without_client_auth_signs_no_client_certificate() {
    let dir = store();
    resign_issuing(
        dir.path(),
        &format!("{GOOD_ISSUING}extendedKeyUsage=serverAuth\n"),
        "-days 365",
    );
    let s = dir.path().join("s");
    let out = wizard(
        &s,
        &[
            "wizard",
            "request",
            "--fqdn",
            "b.example.com",
            "--usage",
            "default",
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("clientAuth"), "{}", stderr(&out));
    assert_issued_verifies(dir.path(), "web-internal");
}

#[test]
fn sha1_signed_issuing_ca_is_refused_as_sha1_not_as_unsigned() {
    let dir = store();
    resign_issuing(dir.path(), GOOD_ISSUING, "-days 365 -sha1");
    assert_refused(dir.path(), "issuing.pem", "SHA-1", "web-internal");
}

#[test]
fn root_that_is_not_a_ca_signs_nothing() {
    let dir = store();
    resign_root(
        dir.path(),
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,keyCertSign\n",
        "-days 365",
    );
    assert_refused(dir.path(), "root.pem", "CA:TRUE", "web-internal");
}

#[test]
fn root_without_key_cert_sign_signs_nothing() {
    let dir = store();
    resign_root(
        dir.path(),
        "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,digitalSignature\n",
        "-days 365",
    );
    assert_refused(dir.path(), "root.pem", "keyCertSign", "web-internal");
}

#[test]
fn root_with_path_length_zero_signs_nothing() {
    let dir = store();
    resign_root(
        dir.path(),
        "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign\n",
        "-days 365",
    );
    assert_refused(dir.path(), "root.pem", "path length", "web-internal");
}

#[test]
fn expired_root_signs_nothing() {
    let dir = store();
    resign_root(dir.path(), GOOD_ROOT, "-days -1");
    assert_refused(dir.path(), "root.pem", "expired", "web-internal");
}

#[test]
fn root_whose_eku_excludes_server_auth_signs_nothing() {
    // openssl's purpose check refuses a server certificate under any CA, the
    // root included, whose EKU lacks serverAuth (error 20 at the root's depth).
    let dir = store();
    resign_root(
        dir.path(),
        &format!("{GOOD_ROOT}extendedKeyUsage=clientAuth\n"),
        "-days 365",
    );
    assert_refused(dir.path(), "root.pem", "serverAuth", "web-internal");
}

#[test]
fn root_without_client_auth_signs_no_client_certificate() {
    let dir = store();
    resign_root(
        dir.path(),
        &format!("{GOOD_ROOT}extendedKeyUsage=serverAuth\n"),
        "-days 365",
    );
    let s = dir.path().join("s");
    let out = wizard(
        &s,
        &[
            "wizard",
            "request",
            "--fqdn",
            "b.example.com",
            "--usage",
            "default",
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("clientAuth"), "{}", stderr(&out));
    assert!(stderr(&out).contains("root.pem"), "{}", stderr(&out));
    assert_issued_verifies(dir.path(), "web-internal");
}

#[test]
fn root_reissued_with_another_key_identifier_signs_nothing() {
    // Same key, new subject key identifier: the issuing CA's authority key
    // identifier no longer names it, and openssl finds no issuer (error 20).
    let dir = store();
    let s = dir.path().join("s");
    std::fs::write(dir.path().join("rext"), GOOD_ROOT).unwrap();
    sh(
        dir.path(),
        "openssl x509 -in s/ca/root.pem -x509toreq -signkey s/ca/root.key -out root.csr && \
         openssl x509 -req -in root.csr -signkey s/ca/root.key -set_serial 97 \
         -extfile rext -days 365 -out root.pem && cp root.pem s/ca/root.pem",
    );
    let out = wizard(&s, &["wizard", "request", "--fqdn", "b.example.com"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("issuing.pem"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("authority key identifier"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn leaf_never_outlives_the_issuing_ca_and_verifies() {
    let dir = store();
    resign_issuing(dir.path(), GOOD_ISSUING, "-days 30");
    assert_issued_verifies(dir.path(), "default");
    // `openssl x509 -checkend N` exits 1 when the certificate expires within N
    // seconds: the leaf ends with the issuing CA (30 days), not after 397.
    let out = Command::new("openssl")
        .args([
            "x509",
            "-noout",
            "-checkend",
            &(31 * 86400).to_string(),
            "-in",
        ])
        .arg(dir.path().join("leaf.pem"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
