//! Every chain status, with chains built by the real CA and by rcgen here:
//! trusted, untrusted-root, missing-intermediate, expired, invalid.

mod common;
use common::*;

use std::path::Path;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use sha1::{Digest, Sha1};
use time::{Duration, OffsetDateTime};

struct Ca {
    params: CertificateParams,
    key: KeyPair,
    der: Vec<u8>,
    pem: String,
}

fn ca(name: &str, parent: Option<&Ca>) -> Ca {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::default();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.use_authority_key_identifier_extension = parent.is_some();
    let now = OffsetDateTime::now_utc();
    params.not_before = now - Duration::days(3000);
    params.not_after = now + Duration::days(3000);
    let cert = match parent {
        None => params.self_signed(&key).unwrap(),
        Some(p) => params
            .signed_by(&key, &Issuer::from_params(&p.params, &p.key))
            .unwrap(),
    };
    Ca {
        der: cert.der().to_vec(),
        pem: cert.pem(),
        params,
        key,
    }
}

fn leaf(
    parent: &Ca,
    eku: Vec<ExtendedKeyUsagePurpose>,
    from: OffsetDateTime,
    to: OffsetDateTime,
) -> (Vec<u8>, String, String) {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::new(vec!["host.example.com".to_string()]).unwrap();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(DnType::CommonName, "host.example.com");
    params.is_ca = IsCa::ExplicitNoCa;
    params.extended_key_usages = eku;
    params.use_authority_key_identifier_extension = true;
    params.not_before = from;
    params.not_after = to;
    let cert = params
        .signed_by(&key, &Issuer::from_params(&parent.params, &parent.key))
        .unwrap();
    (cert.der().to_vec(), cert.pem(), key.serialize_pem())
}

fn thumbprint(der: &[u8]) -> String {
    Sha1::digest(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect()
}

/// Writes a request as the wizard lays it out: record, key, chain, and the
/// CA certificates of the answer as separate files.
fn plant(store: &Path, id: &str, leaf: &(Vec<u8>, String, String), chain: &[&Ca], issuers: &[&Ca]) {
    let dir = store.join("requests").join(id);
    std::fs::create_dir_all(dir.join("issuers")).unwrap();
    let record = serde_json::json!({
        "id": id, "created": "2026-01-01T00:00:00Z", "fqdn": "host.example.com",
        "names": ["host.example.com"], "key": "ecdsa-p256",
        "usages": ["default", "web-internal", "web-external"], "ca": "local",
        "state": "issued", "thumbprint": thumbprint(&leaf.0),
    });
    std::fs::write(dir.join("request.json"), record.to_string()).unwrap();
    std::fs::write(dir.join("key.pem"), &leaf.2).unwrap();
    let mut pem = leaf.1.clone();
    for c in chain {
        pem.push_str(&c.pem);
    }
    std::fs::write(dir.join("chain.pem"), pem).unwrap();
    for c in issuers {
        std::fs::write(
            dir.join("issuers")
                .join(format!("{}.pem", thumbprint(&c.der))),
            &c.pem,
        )
        .unwrap();
    }
}

fn trust(store: &Path, root: &Ca, intermediates: &[&Ca]) {
    let dir = tempfile::tempdir().unwrap();
    let root_file = dir.path().join("root.pem");
    std::fs::write(&root_file, &root.pem).unwrap();
    wizard_ok(
        store,
        &["trust", "import-root", root_file.to_str().unwrap(), "--yes"],
    );
    for (i, c) in intermediates.iter().enumerate() {
        let file = dir.path().join(format!("ca{i}.der"));
        std::fs::write(&file, &c.der).unwrap();
        wizard_ok(
            store,
            &["trust", "import-intermediate", file.to_str().unwrap()],
        );
    }
}

#[test]
fn local_ca_chain_goes_from_untrusted_root_to_missing_intermediate_to_trusted() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    local_request(s);
    // The CA's own answer does not make it trusted.
    let status = status_json(s, None);
    assert_eq!(status["chain"]["status"], "untrusted-root");
    let missing = status["chain"]["missing"].as_array().unwrap();
    assert_eq!(missing.len(), 2);
    assert_eq!(missing[0]["kind"], "root");
    assert!(
        missing[0]["subject"]
            .as_str()
            .unwrap()
            .contains("docwiz Local Root CA")
    );
    assert_eq!(missing[1]["kind"], "intermediate");
    let root_thumb = thumbprint(&openssl_der(&s.join("ca/root.pem")));
    assert_eq!(missing[0]["thumbprint"], root_thumb.as_str());
    assert!(
        missing[0]["command"]
            .as_str()
            .unwrap()
            .contains("trust import-root")
    );
    assert_eq!(status["assign_available"], false);

    wizard_ok(
        s,
        &[
            "trust",
            "import-root",
            missing[0]["file"].as_str().unwrap(),
            "--yes",
        ],
    );
    let status = status_json(s, None);
    assert_eq!(status["chain"]["status"], "missing-intermediate");
    let missing = status["chain"]["missing"].as_array().unwrap();
    assert_eq!(missing.len(), 1);
    assert!(
        missing[0]["subject"]
            .as_str()
            .unwrap()
            .contains("docwiz Local Issuing CA")
    );
    assert!(
        status["next_step"]
            .as_str()
            .unwrap()
            .contains("trust import-intermediate")
    );

    wizard_ok(
        s,
        &[
            "trust",
            "import-intermediate",
            missing[0]["file"].as_str().unwrap(),
        ],
    );
    let status = status_json(s, None);
    assert_eq!(status["chain"]["status"], "trusted");
    assert_eq!(status["chain"]["missing"], serde_json::json!([]));
    assert_eq!(status["assign_available"], true);
}

fn openssl_der(pem: &Path) -> Vec<u8> {
    let out = std::process::Command::new("openssl")
        .args(["x509", "-in", pem.to_str().unwrap(), "-outform", "DER"])
        .output()
        .unwrap();
    out.stdout
}

#[test]
fn two_missing_intermediates_are_both_named() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let root = ca("Test Root", None);
    let upper = ca("Test Upper Intermediate", Some(&root));
    let lower = ca("Test Lower Intermediate", Some(&upper));
    let now = OffsetDateTime::now_utc();
    let cert = leaf(
        &lower,
        vec![ExtendedKeyUsagePurpose::ServerAuth],
        now - Duration::days(1),
        now + Duration::days(30),
    );
    plant(
        s,
        "two-deep",
        &cert,
        &[&lower, &upper],
        &[&lower, &upper, &root],
    );
    trust(s, &root, &[]);
    let status = status_json(s, Some("two-deep"));
    assert_eq!(status["chain"]["status"], "missing-intermediate");
    let subjects: Vec<&str> = status["chain"]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["subject"].as_str().unwrap())
        .collect();
    assert_eq!(
        subjects,
        ["CN=Test Lower Intermediate", "CN=Test Upper Intermediate"]
    );
    trust(s, &root, &[&upper, &lower]);
    assert_eq!(
        status_json(s, Some("two-deep"))["chain"]["status"],
        "trusted"
    );
}

#[test]
fn expired_certificate_is_expired_and_cannot_be_assigned() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let root = ca("Expiry Root", None);
    let inter = ca("Expiry Intermediate", Some(&root));
    let now = OffsetDateTime::now_utc();
    let cert = leaf(
        &inter,
        vec![
            ExtendedKeyUsagePurpose::ServerAuth,
            ExtendedKeyUsagePurpose::ClientAuth,
        ],
        now - Duration::days(800),
        now - Duration::days(400),
    );
    plant(s, "old", &cert, &[&inter], &[&inter, &root]);
    trust(s, &root, &[&inter]);
    let status = status_json(s, Some("old"));
    assert_eq!(status["chain"]["status"], "expired");
    assert_eq!(status["assign_available"], false);
    assert!(
        status["next_step"]
            .as_str()
            .unwrap()
            .contains("wizard request --fqdn host.example.com")
    );
    // Finish installs it; assign is refused for validity.
    wizard_ok(s, &["wizard", "finish", "--request", "old"]);
    let out = wizard(
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
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("Web services internal: the certificate is not valid now"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn certificate_without_server_authentication_is_invalid() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let root = ca("Client Root", None);
    let now = OffsetDateTime::now_utc();
    let cert = leaf(
        &root,
        vec![ExtendedKeyUsagePurpose::ClientAuth],
        now - Duration::days(1),
        now + Duration::days(30),
    );
    plant(s, "client-only", &cert, &[], &[&root]);
    trust(s, &root, &[]);
    let status = status_json(s, Some("client-only"));
    assert_eq!(status["chain"]["status"], "invalid");
    assert_eq!(status["assign_available"], false);
}

#[test]
fn issuer_that_nobody_sent_is_reported_without_a_file() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let root = ca("Unseen Root", None);
    let inter = ca("Unseen Intermediate", Some(&root));
    let now = OffsetDateTime::now_utc();
    let cert = leaf(
        &inter,
        vec![ExtendedKeyUsagePurpose::ServerAuth],
        now - Duration::days(1),
        now + Duration::days(30),
    );
    plant(s, "orphan", &cert, &[], &[]);
    let status = status_json(s, Some("orphan"));
    assert_eq!(status["chain"]["status"], "untrusted-root");
    let missing = &status["chain"]["missing"][0];
    assert_eq!(missing["kind"], "unknown");
    assert_eq!(missing["subject"], "CN=Unseen Intermediate");
    assert!(missing.get("command").is_none());
}
