//! `wizard request` and the status page, checked with openssl.

mod common;
use common::*;

fn request_dir(store: &std::path::Path, status: &serde_json::Value) -> std::path::PathBuf {
    store
        .join("requests")
        .join(status["request"].as_str().unwrap())
}

#[test]
fn request_issues_a_certificate_openssl_accepts() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let out = wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "Host.Example.com",
            "--san",
            "www.example.com",
            "--san",
            "host.example.com",
        ],
    );
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(status["state"], "issued");
    let dir = request_dir(s, &status);
    let chain = dir.join("chain.pem");
    let chain = chain.to_str().unwrap();

    // The thumbprint is the SHA-1 fingerprint, 40 uppercase hex digits.
    let thumbprint = status["thumbprint"].as_str().unwrap();
    assert_eq!(thumbprint.len(), 40);
    assert!(
        thumbprint
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    );
    let fingerprint = openssl(&["x509", "-in", chain, "-noout", "-fingerprint", "-sha1"]);
    assert_eq!(
        fingerprint
            .trim()
            .split('=')
            .nth(1)
            .unwrap()
            .replace(':', ""),
        thumbprint
    );

    // The chain verifies against the CA's root with the issuing CA as intermediate.
    let root = s.join("ca/root.pem");
    let verified = openssl(&[
        "verify",
        "-CAfile",
        root.to_str().unwrap(),
        "-untrusted",
        chain,
        chain,
    ]);
    assert!(verified.contains(": OK"), "{verified}");

    // RSA 2048 by default; the key matches the certificate.
    let text = openssl(&["x509", "-in", chain, "-noout", "-text"]);
    assert!(text.contains("Public-Key: (2048 bit)"), "{text}");
    let key = dir.join("key.pem");
    assert_key_matches(std::path::Path::new(chain), &key);

    // CN = FQDN, SANs = FQDN and each --san (folded, lowercased), CA:FALSE,
    // AKI/SKI, both EKUs for the default usage, 397 days.
    assert!(text.contains("Subject: CN = host.example.com"), "{text}");
    assert!(
        text.contains("DNS:host.example.com, DNS:www.example.com"),
        "{text}"
    );
    assert!(text.contains("CA:FALSE"));
    assert!(text.contains("X509v3 Authority Key Identifier"));
    assert!(text.contains("X509v3 Subject Key Identifier"));
    assert!(
        text.contains("TLS Web Server Authentication, TLS Web Client Authentication"),
        "{text}"
    );
    let from = time::OffsetDateTime::parse(
        status["not_before"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let to = time::OffsetDateTime::parse(
        status["not_after"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert_eq!((to - from).whole_days(), 397);
    // A 128-bit serial: 32 hex digits.
    assert_eq!(status["serial"].as_str().unwrap().len(), 32);
}

#[test]
fn eku_follows_the_requested_usages() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let out = wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "web.example.com",
            "--key",
            "ecdsa-p384",
            "--usage",
            "web-internal,web-external",
        ],
    );
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(status["eku"], serde_json::json!(["serverAuth"]));
    assert_eq!(status["key"], "ECDSA P-384");
    let chain = request_dir(s, &status).join("chain.pem");
    let text = openssl(&["x509", "-in", chain.to_str().unwrap(), "-noout", "-text"]);
    assert!(text.contains("TLS Web Server Authentication"));
    assert!(!text.contains("Client Authentication"), "{text}");
    assert!(text.contains("ASN1 OID: secp384r1"), "{text}");
}

#[test]
fn every_key_type_gives_a_matching_key() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    for (key, expected) in [("rsa-3072", "RSA 3072"), ("ecdsa-p256", "ECDSA P-256")] {
        let status: serde_json::Value = serde_json::from_str(&wizard_ok(
            s,
            &[
                "--json",
                "wizard",
                "request",
                "--fqdn",
                "k.example.com",
                "--key",
                key,
            ],
        ))
        .unwrap();
        assert_eq!(status["key"], expected);
        let dir = request_dir(s, &status);
        assert_key_matches(&dir.join("chain.pem"), &dir.join("key.pem"));
    }
}

#[test]
fn private_keys_are_0600() {
    use std::os::unix::fs::PermissionsExt;
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish"]);
    let thumbprint = status["thumbprint"].as_str().unwrap();
    for key in [
        s.join("ca/root.key"),
        s.join("ca/issuing.key"),
        request_dir(s, &status).join("key.pem"),
        s.join(format!("certs/{thumbprint}/privkey.pem")),
    ] {
        let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", key.display());
    }
}

#[test]
fn status_page_shows_thumbprint_check_box_chain_and_next_step() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let page = wizard_ok(
        s,
        &[
            "wizard",
            "request",
            "--fqdn",
            "host.example.com",
            "--key",
            "ecdsa-p256",
        ],
    );
    let status = status_json(s, None);
    let thumbprint = status["thumbprint"].as_str().unwrap();
    assert!(page.contains("Online Certificate Request Status"), "{page}");
    assert!(page.contains(thumbprint));
    assert!(
        page.contains(
            "[x] Assign this certificate to Skype for Business Server certificate usages"
        ),
        "{page}"
    );
    assert!(page.contains(
        "not trusted: the root CA certificate is not in Trusted Root Certification Authorities"
    ));
    assert!(page.contains("ms.lync.dep.DeployCertRequestReturned"));
    // The next step is the exact command that imports the root.
    let next = status["next_step"].as_str().unwrap();
    assert!(next.starts_with("docwiz --store "), "{next}");
    assert!(next.contains(" trust import-root "), "{next}");
    assert!(page.contains(next));
    assert_eq!(status["assign_available"], false);
    assert_eq!(status["assign_checked"], true);
    assert_eq!(
        status["usages"],
        serde_json::json!(["default", "web-internal", "web-external"])
    );
    assert_eq!(status["assigned"], serde_json::json!({}));
}

#[test]
fn status_speaks_the_users_language() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    local_request(s);
    let out = docwiz()
        .args(["--store", s.to_str().unwrap(), "wizard", "status"])
        .env("LANG", "de_DE.UTF-8")
        .output()
        .unwrap();
    let page = stdout(&out);
    assert!(
        page.contains("Status der Onlinezertifikatanforderung"),
        "{page}"
    );
    assert!(
        page.contains("Vertrauenswürdige Stammzertifizierungsstellen"),
        "{page}"
    );
}

#[test]
fn status_and_details_of_an_unknown_request_or_thumbprint_are_not_found() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    assert_eq!(code(&wizard(s, &["wizard", "status"])), 3);
    local_request(s);
    assert_eq!(
        code(&wizard(s, &["wizard", "status", "--request", "nope"])),
        3
    );
    assert_eq!(
        code(&wizard(s, &["wizard", "status", "--request", "../../etc"])),
        3
    );
    let out = wizard(
        s,
        &[
            "wizard",
            "details",
            "--thumbprint",
            "00112233445566778899AABBCCDDEEFF00112233",
        ],
    );
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).contains("00112233445566778899AABBCCDDEEFF00112233"));
}

#[test]
fn details_show_every_field_with_labels() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &["--san", "www.example.com"]);
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let page = wizard_ok(
        s,
        &[
            "wizard",
            "details",
            "--thumbprint",
            &thumbprint.to_lowercase(),
        ],
    );
    for label in [
        "Version",
        "Serial number",
        "Signature algorithm",
        "Issuer",
        "Valid from",
        "Valid to",
        "Subject",
        "Public key",
        "Subject alternative names",
        "Key usage",
        "Enhanced key usage",
        "Basic constraints",
        "Subject key identifier",
        "Authority key identifier",
        "Thumbprint (SHA-1)",
        "Thumbprint (SHA-256)",
    ] {
        assert!(page.contains(label), "{label}: {page}");
    }
    assert!(page.contains("V3"));
    assert!(page.contains("ecdsa-with-SHA256"), "{page}");
    assert!(page.contains("End entity"));
    assert!(page.contains(thumbprint));
    let chain = s
        .join("requests")
        .join(status["request"].as_str().unwrap())
        .join("chain.pem");
    let sha256 = openssl(&[
        "x509",
        "-in",
        chain.to_str().unwrap(),
        "-noout",
        "-fingerprint",
        "-sha256",
    ]);
    assert!(
        page.contains(&sha256.trim().split('=').nth(1).unwrap().replace(':', "")),
        "{page}"
    );
}

/// A failed request's status page gives the CA's reason once, in the
/// reader's language, without the advice printed when it failed ("its status
/// page shows it as failed" is news at that moment, not on that page).
#[test]
fn a_failed_requests_status_page_states_the_reason_without_the_advice() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    // Nothing listens on the discard port: the request fails at once.
    let out = wizard(
        s,
        &[
            "wizard",
            "request",
            "--fqdn",
            "fail.example.com",
            "--ca",
            "cfssl",
            "--cfssl-url",
            "http://127.0.0.1:9",
        ],
    );
    assert_ne!(code(&out), 0, "{}", stdout(&out));
    assert!(
        stderr(&out).contains("its status page shows it as failed"),
        "{}",
        stderr(&out)
    );
    for (lang, reason) in [
        (
            "en",
            "The request failed: the CA (cfssl) did not issue the certificate: ",
        ),
        (
            "de",
            "Die Anforderung ist fehlgeschlagen: die ZS (cfssl) hat das Zertifikat nicht ausgestellt: ",
        ),
    ] {
        let page = wizard_ok(s, &["--lang", lang, "wizard", "status"]);
        let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(reason), "{lang}: {page}");
        assert!(!flat.contains("status page"), "{lang}: {page}");
        assert!(!flat.contains("Statusseite"), "{lang}: {page}");
    }
}
