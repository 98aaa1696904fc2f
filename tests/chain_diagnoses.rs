//! Every way a chain can fail gets its own reason, naming the certificate
//! concerned (subject and thumbprint), in `--json` (a code), on the details
//! page, the status page and the main page (localized text). The chains are
//! made with openssl, as administrators make them, and imported through the
//! real binary; validity periods openssl 3.0 cannot set (`-not_before`) come
//! from rcgen.

mod common;
use common::*;

use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use time::{Duration, OffsetDateTime};

/// A directory of keys and certificates made with openssl.
struct Pki {
    dir: tempfile::TempDir,
}

const CA_EXT: &str = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n";
const LEAF_EXT: &str = "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:host.example.com\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n";

impl Pki {
    fn new() -> Pki {
        Pki {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn p(&self, name: &str) -> String {
        self.path(name).to_str().unwrap().to_string()
    }

    /// A self-signed root `name` with key `newkey` (openssl `-newkey` syntax).
    fn root(&self, name: &str, newkey: &[&str]) {
        let mut args = vec!["req", "-x509", "-nodes"];
        args.extend(newkey);
        let (key, cert, subj) = (
            self.p(&format!("{name}.key")),
            self.p(&format!("{name}.pem")),
            format!("/CN={name}"),
        );
        args.extend([
            "-keyout",
            &key,
            "-out",
            &cert,
            "-subj",
            &subj,
            "-days",
            "3650",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ]);
        openssl(&args);
    }

    /// A certificate `name` issued by `issuer` with the extensions `ext`;
    /// `newkey` and `extra` (e.g. `-sha1`) as openssl takes them.
    fn issue(&self, name: &str, issuer: &str, newkey: &[&str], ext: &str, extra: &[&str]) {
        let (key, csr, cert, extfile, subj) = (
            self.p(&format!("{name}.key")),
            self.p(&format!("{name}.csr")),
            self.p(&format!("{name}.pem")),
            self.p(&format!("{name}.ext")),
            format!("/CN={name}"),
        );
        std::fs::write(&extfile, ext).unwrap();
        let mut args = vec!["req", "-new", "-nodes"];
        args.extend(newkey);
        args.extend(["-keyout", &key, "-out", &csr, "-subj", &subj]);
        openssl(&args);
        let (ca, ca_key) = (
            self.p(&format!("{issuer}.pem")),
            self.p(&format!("{issuer}.key")),
        );
        let mut args = vec![
            "x509",
            "-req",
            "-in",
            &csr,
            "-CA",
            &ca,
            "-CAkey",
            &ca_key,
            "-set_serial",
            "0x1234",
            "-days",
            "365",
            "-extfile",
            &extfile,
            "-out",
            &cert,
        ];
        if !extra.contains(&"-sha1") {
            args.push("-sha256");
        }
        args.extend(extra);
        openssl(&args);
    }

    /// The PEM files of `names`, concatenated into `file`.
    fn bundle(&self, file: &str, names: &[&str]) -> String {
        let text: String = names
            .iter()
            .map(|n| std::fs::read_to_string(self.path(&format!("{n}.pem"))).unwrap())
            .collect();
        std::fs::write(self.path(file), text).unwrap();
        self.p(file)
    }

    fn thumbprint(&self, name: &str) -> String {
        let out = openssl(&[
            "x509",
            "-in",
            &self.p(&format!("{name}.pem")),
            "-noout",
            "-fingerprint",
            "-sha1",
        ]);
        out.trim()
            .rsplit('=')
            .next()
            .unwrap()
            .replace(':', "")
            .to_uppercase()
    }
}

const RSA: &[&str] = &["-newkey", "rsa:2048"];
const EC: &[&str] = &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"];

/// A store that trusts `root` (and the intermediates `trusted`), with `leaf`
/// imported together with `chain` (its CA certificates, as a fullchain file);
/// returns the store and the leaf's thumbprint.
fn imported(
    pki: &Pki,
    root: &str,
    trusted: &[&str],
    leaf: &str,
    chain: &[&str],
) -> (tempfile::TempDir, String) {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    wizard_ok(
        s,
        &[
            "trust",
            "import-root",
            &pki.p(&format!("{root}.pem")),
            "--yes",
        ],
    );
    for t in trusted {
        wizard_ok(
            s,
            &["trust", "import-intermediate", &pki.p(&format!("{t}.pem"))],
        );
    }
    let mut names = vec![leaf];
    names.extend(chain);
    let file = pki.bundle(&format!("{leaf}-fullchain.pem"), &names);
    wizard_ok(
        s,
        &[
            "wizard",
            "import",
            &file,
            "--key",
            &pki.p(&format!("{leaf}.key")),
        ],
    );
    (store, pki.thumbprint(leaf))
}

fn details_json(store: &Path, thumbprint: &str) -> serde_json::Value {
    serde_json::from_str(&wizard_ok(
        store,
        &["--json", "wizard", "details", "--thumbprint", thumbprint],
    ))
    .unwrap()
}

/// The chain's first reason in `details --json`, after checking that the
/// details page, the main page and (in German) the details page say it.
fn reason(store: &Path, thumbprint: &str, english: &str) -> serde_json::Value {
    let doc = details_json(store, thumbprint);
    let reason = doc["chain"]["reason"].clone();
    assert!(reason.is_object(), "no reason: {doc:#}");
    let page = wizard_ok(store, &["wizard", "details", "--thumbprint", thumbprint]);
    assert!(page.contains(english), "{english:?} not in:\n{page}");
    let subject = reason["subject"].as_str().unwrap();
    let named = reason["thumbprint"].as_str().unwrap();
    assert!(page.contains(named), "{named} not in:\n{page}");
    assert!(page.contains(subject), "{subject} not in:\n{page}");
    let main = wizard_ok(store, &["wizard"]);
    assert!(
        main.contains(named),
        "{named} not on the main page:\n{main}"
    );
    let german = wizard_ok(
        store,
        &[
            "--lang",
            "de",
            "wizard",
            "details",
            "--thumbprint",
            thumbprint,
        ],
    );
    assert!(!german.contains(english), "{german}");
    assert!(german.contains(named), "{german}");
    reason
}

fn codes(store: &Path, thumbprint: &str) -> Vec<String> {
    details_json(store, thumbprint)["chain"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_good_openssl_chain_is_trusted_with_no_reason() {
    let pki = Pki::new();
    pki.root("Good Root", RSA);
    pki.issue("Good Intermediate", "Good Root", EC, CA_EXT, &[]);
    pki.issue("good-leaf", "Good Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(&pki, "Good Root", &["Good Intermediate"], "good-leaf", &[]);
    let doc = details_json(store.path(), &t);
    assert_eq!(doc["chain"]["status"], "trusted", "{doc:#}");
    assert_eq!(doc["chain"]["reason"], serde_json::Value::Null);
    assert_eq!(doc["chain"]["reasons"], serde_json::json!([]));
}

#[test]
fn name_constraint_violation_names_the_constraining_ca_and_the_name() {
    let pki = Pki::new();
    pki.root("NC Root", RSA);
    let ext = format!("{CA_EXT}nameConstraints=critical,permitted;DNS:.corp.example\n");
    pki.issue("NC Intermediate", "NC Root", EC, &ext, &[]);
    pki.issue("nc-leaf", "NC Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(&pki, "NC Root", &["NC Intermediate"], "nc-leaf", &[]);
    let r = reason(store.path(), &t, "name constraints");
    assert_eq!(r["code"], "name-constraints");
    assert_eq!(r["subject"], "CN=NC Intermediate");
    assert_eq!(r["thumbprint"], pki.thumbprint("NC Intermediate").as_str());
    assert_eq!(r["args"]["name"], "host.example.com");
    assert_eq!(codes(store.path(), &t), ["name-constraints"]);
    assert_eq!(details_json(store.path(), &t)["chain"]["status"], "invalid");
    // Excluded subtrees too.
    let pki = Pki::new();
    pki.root("NX Root", RSA);
    let ext = format!("{CA_EXT}nameConstraints=critical,excluded;DNS:example.com\n");
    pki.issue("NX Intermediate", "NX Root", EC, &ext, &[]);
    pki.issue("nx-leaf", "NX Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(&pki, "NX Root", &["NX Intermediate"], "nx-leaf", &[]);
    assert_eq!(
        reason(store.path(), &t, "name constraints")["code"],
        "name-constraints"
    );
}

#[test]
fn a_leaf_with_ca_true_is_named_as_a_ca_certificate() {
    let pki = Pki::new();
    pki.root("CAleaf Root", RSA);
    let ext = LEAF_EXT.replace("CA:FALSE", "CA:TRUE");
    pki.issue("ca-leaf", "CAleaf Root", EC, &ext, &[]);
    let (store, t) = imported(&pki, "CAleaf Root", &[], "ca-leaf", &[]);
    let r = reason(
        store.path(),
        &t,
        "is a CA certificate (basic constraints CA:TRUE)",
    );
    assert_eq!(r["code"], "ca-as-leaf");
    assert_eq!(codes(store.path(), &t), ["ca-as-leaf"]);
    // An assignment refused for the chain says the same.
    let out = wizard(store.path(), &["wizard", "assign", "--thumbprint", &t]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("is a CA certificate (basic constraints CA:TRUE)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(r["role"], "leaf");
    assert_eq!(r["thumbprint"], t.as_str());
}

#[test]
fn a_1024_bit_rsa_intermediate_is_refused_as_docwiz_policy() {
    let pki = Pki::new();
    pki.root("Weak Root", RSA);
    pki.issue(
        "Weak Intermediate",
        "Weak Root",
        &["-newkey", "rsa:1024"],
        CA_EXT,
        &[],
    );
    pki.issue("weak-leaf", "Weak Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(&pki, "Weak Root", &["Weak Intermediate"], "weak-leaf", &[]);
    let r = reason(
        store.path(),
        &t,
        "docwiz policy refuses RSA keys shorter than 2048 bits",
    );
    assert_eq!(r["code"], "weak-key");
    assert_eq!(r["subject"], "CN=Weak Intermediate");
    assert_eq!(r["args"]["key"], "RSA 1024");
    assert_eq!(codes(store.path(), &t), ["weak-key"]);
    let page = wizard_ok(store.path(), &["wizard", "details", "--thumbprint", &t]);
    assert!(page.contains("6.1.5"), "{page}");
    // openssl accepts the same chain: this is policy, not a broken chain.
    openssl(&[
        "verify",
        "-CAfile",
        &pki.p("Weak Root.pem"),
        "-untrusted",
        &pki.p("Weak Intermediate.pem"),
        &pki.p("weak-leaf.pem"),
    ]);
    // A 1024-bit root is named the same way (its signature on what it issued
    // is what rustls-webpki cannot verify).
    let pki = Pki::new();
    pki.root("Weak Root Key", &["-newkey", "rsa:1024"]);
    pki.issue("weak-root-leaf", "Weak Root Key", EC, LEAF_EXT, &[]);
    let (store, t) = imported(&pki, "Weak Root Key", &[], "weak-root-leaf", &[]);
    let r = reason(store.path(), &t, "shorter than 2048 bits");
    assert_eq!(r["role"], "root");
    assert_eq!(r["subject"], "CN=Weak Root Key");
    // Below 1024 bits aws-lc-rs checks no signature at all: the root is still
    // taken as a root (its self-signature proves nothing either way) and the
    // reason is its weak key.
    let pki = Pki::new();
    pki.root("Tiny Root Key", &["-newkey", "rsa:512"]);
    pki.issue("tiny-root-leaf", "Tiny Root Key", EC, LEAF_EXT, &[]);
    let (store, t) = imported(&pki, "Tiny Root Key", &[], "tiny-root-leaf", &[]);
    let r = reason(store.path(), &t, "shorter than 2048 bits");
    assert_eq!(r["args"]["key"], "RSA 512");
}

#[test]
fn sha1_signatures_are_refused_as_docwiz_policy_naming_the_signed_certificate() {
    let pki = Pki::new();
    pki.root("SHA1 Root", RSA);
    pki.issue("SHA1 Intermediate", "SHA1 Root", RSA, CA_EXT, &["-sha1"]);
    pki.issue("sha1-leaf", "SHA1 Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(&pki, "SHA1 Root", &["SHA1 Intermediate"], "sha1-leaf", &[]);
    let r = reason(store.path(), &t, "docwiz policy refuses SHA-1");
    assert_eq!(r["code"], "weak-signature");
    assert_eq!(r["subject"], "CN=SHA1 Intermediate");
    assert_eq!(r["args"]["algorithm"], "sha1WithRSAEncryption");
    assert_eq!(codes(store.path(), &t), ["weak-signature"]);
    // On the leaf (ECDSA with SHA-1).
    pki.issue("sha1-ec-leaf", "SHA1 Root", EC, LEAF_EXT, &["-sha1"]);
    let (store, t) = imported(&pki, "SHA1 Root", &[], "sha1-ec-leaf", &[]);
    let r = reason(store.path(), &t, "docwiz policy refuses SHA-1");
    assert_eq!(r["role"], "leaf");
    assert_eq!(r["code"], "weak-signature");
}

/// A root, `count` intermediates below each other, and a leaf; all trusted.
fn long_chain(pki: &Pki, count: usize) -> (tempfile::TempDir, String) {
    pki.root("Long Root", EC);
    let mut issuer = "Long Root".to_string();
    let mut names = Vec::new();
    for i in 1..=count {
        let name = format!("Long Intermediate {i}");
        pki.issue(&name, &issuer, EC, CA_EXT, &[]);
        names.push(name.clone());
        issuer = name;
    }
    pki.issue("long-leaf", &issuer, EC, LEAF_EXT, &[]);
    let trusted: Vec<&str> = names.iter().map(String::as_str).collect();
    imported(pki, "Long Root", &trusted, "long-leaf", &[])
}

#[test]
fn six_intermediates_verify_and_seven_get_the_path_limit_as_docwiz_policy() {
    let pki = Pki::new();
    let (store, t) = long_chain(&pki, 6);
    assert_eq!(details_json(store.path(), &t)["chain"]["status"], "trusted");

    let pki = Pki::new();
    let (store, t) = long_chain(&pki, 7);
    let r = reason(store.path(), &t, "docwiz accepts at most 6");
    assert_eq!(r["code"], "path-too-long");
    assert_eq!(r["args"]["count"], "7");
    assert_eq!(r["args"]["limit"], "6");
    assert_eq!(codes(store.path(), &t), ["path-too-long"]);
    // The first certificate beyond the limit: the seventh above the leaf.
    assert_eq!(r["subject"], "CN=Long Intermediate 1");
    let page = wizard_ok(store.path(), &["wizard", "details", "--thumbprint", &t]);
    assert!(page.contains("docwiz's policy"), "{page}");
    // openssl verifies it.
    let untrusted = pki.bundle(
        "untrusted.pem",
        &(1..=7)
            .map(|i| format!("Long Intermediate {i}"))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    openssl(&[
        "verify",
        "-CAfile",
        &pki.p("Long Root.pem"),
        "-untrusted",
        &untrusted,
        &pki.p("long-leaf.pem"),
    ]);
}

#[test]
fn any_extended_key_usage_alone_gets_its_own_reason() {
    let pki = Pki::new();
    pki.root("AnyEKU Root", RSA);
    let ext = LEAF_EXT.replace("serverAuth,clientAuth", "anyExtendedKeyUsage");
    pki.issue("any-leaf", "AnyEKU Root", EC, &ext, &[]);
    let (store, t) = imported(&pki, "AnyEKU Root", &[], "any-leaf", &[]);
    let r = reason(store.path(), &t, "names only anyExtendedKeyUsage");
    assert_eq!(r["code"], "eku-any-only");
    assert_eq!(codes(store.path(), &t), ["eku-any-only"]);
    assert_eq!(r["role"], "leaf");
}

#[test]
fn a_leaf_without_server_authentication_names_what_it_has() {
    for (eku, shown) in [("clientAuth", "clientAuth"), ("codeSigning", "codeSigning")] {
        let pki = Pki::new();
        pki.root("EKU Root", RSA);
        let ext = LEAF_EXT.replace("serverAuth,clientAuth", eku);
        pki.issue("eku-leaf", "EKU Root", EC, &ext, &[]);
        let (store, t) = imported(&pki, "EKU Root", &[], "eku-leaf", &[]);
        let r = reason(
            store.path(),
            &t,
            "without Server Authentication (serverAuth)",
        );
        assert_eq!(r["code"], "eku-no-server-auth");
        assert_eq!(r["args"]["eku"], shown);
    }
    // An intermediate that restricts its EKU to clientAuth.
    let pki = Pki::new();
    pki.root("EKU CA Root", RSA);
    let ext = format!("{CA_EXT}extendedKeyUsage=clientAuth\n");
    pki.issue("EKU Intermediate", "EKU CA Root", EC, &ext, &[]);
    pki.issue("eku-ca-leaf", "EKU Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(
        &pki,
        "EKU CA Root",
        &["EKU Intermediate"],
        "eku-ca-leaf",
        &[],
    );
    let r = reason(
        store.path(),
        &t,
        "no certificate it issues can be used for TLS",
    );
    assert_eq!(r["role"], "intermediate");
    assert_eq!(r["subject"], "CN=EKU Intermediate");
}

#[test]
fn path_length_constraint_violation_names_the_constraining_ca() {
    let pki = Pki::new();
    pki.root("PathLen Root", RSA);
    let ext = CA_EXT.replace("CA:TRUE", "CA:TRUE,pathlen:0");
    pki.issue("PathLen Upper", "PathLen Root", EC, &ext, &[]);
    pki.issue("PathLen Lower", "PathLen Upper", EC, CA_EXT, &[]);
    pki.issue("pathlen-leaf", "PathLen Lower", EC, LEAF_EXT, &[]);
    let (store, t) = imported(
        &pki,
        "PathLen Root",
        &["PathLen Upper", "PathLen Lower"],
        "pathlen-leaf",
        &[],
    );
    let r = reason(store.path(), &t, "path length constraint of 0");
    assert_eq!(r["code"], "path-len");
    assert_eq!(r["subject"], "CN=PathLen Upper");
    assert_eq!(r["args"]["count"], "1");
}

#[test]
fn a_ca_without_key_cert_sign_is_named() {
    let pki = Pki::new();
    pki.root("KU Root", RSA);
    let ext = CA_EXT.replace("keyCertSign,cRLSign", "digitalSignature,cRLSign");
    pki.issue("KU Intermediate", "KU Root", EC, &ext, &[]);
    pki.issue("ku-leaf", "KU Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(&pki, "KU Root", &["KU Intermediate"], "ku-leaf", &[]);
    let r = reason(store.path(), &t, "lacks Certificate Signing (keyCertSign)");
    assert_eq!(r["code"], "no-key-cert-sign");
    assert_eq!(r["subject"], "CN=KU Intermediate");
}

#[test]
fn an_unknown_critical_extension_is_named_with_its_oid() {
    let pki = Pki::new();
    pki.root("Crit Root", RSA);
    let ext = format!("{LEAF_EXT}1.3.6.1.4.1.55555.1=critical,ASN1:UTF8String:docwiz\n");
    pki.issue("crit-leaf", "Crit Root", EC, &ext, &[]);
    let (store, t) = imported(&pki, "Crit Root", &[], "crit-leaf", &[]);
    let r = reason(store.path(), &t, "critical extension docwiz does not know");
    assert_eq!(r["code"], "critical-extension");
    assert_eq!(r["args"]["extension"], "1.3.6.1.4.1.55555.1");
}

#[test]
fn a_tampered_certificate_is_named_as_not_signed_by_its_issuer() {
    let pki = Pki::new();
    pki.root("Tamper Root", EC);
    pki.issue("Tamper Intermediate", "Tamper Root", EC, CA_EXT, &[]);
    pki.issue("tamper-leaf", "Tamper Intermediate", EC, LEAF_EXT, &[]);
    // Another key with the same name signs a look-alike intermediate: its
    // signature on the leaf cannot verify.
    let (store, t) = imported(
        &pki,
        "Tamper Root",
        &["Tamper Intermediate"],
        "tamper-leaf",
        &[],
    );
    assert_eq!(details_json(store.path(), &t)["chain"]["status"], "trusted");
    // Change one byte inside the leaf's signed part (its serial) and import it.
    let der = openssl_der(&pki.path("tamper-leaf.pem"));
    let serial = [0x02, 0x02, 0x12, 0x34];
    let at = der.windows(4).position(|w| w == serial).unwrap();
    let mut bad = der.clone();
    bad[at + 3] = 0x35;
    let file = pki.path("tampered.der");
    std::fs::write(&file, &bad).unwrap();
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    wizard_ok(
        s,
        &["trust", "import-root", &pki.p("Tamper Root.pem"), "--yes"],
    );
    wizard_ok(
        s,
        &[
            "trust",
            "import-intermediate",
            &pki.p("Tamper Intermediate.pem"),
        ],
    );
    wizard_ok(
        s,
        &[
            "wizard",
            "import",
            file.to_str().unwrap(),
            "--key",
            &pki.p("tamper-leaf.key"),
        ],
    );
    let t = thumbprint_of(&bad);
    let r = reason(s, &t, "does not verify with the key of its issuer");
    assert_eq!(r["code"], "bad-signature");
    assert_eq!(r["role"], "leaf");
    assert_eq!(r["args"]["issuer"], "CN=Tamper Intermediate");
}

fn openssl_der(pem: &Path) -> Vec<u8> {
    let out = std::process::Command::new("openssl")
        .args(["x509", "-in", pem.to_str().unwrap(), "-outform", "DER"])
        .output()
        .unwrap();
    assert!(out.status.success());
    out.stdout
}

fn thumbprint_of(der: &[u8]) -> String {
    use sha1::Digest;
    sha1::Sha1::digest(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect()
}

#[test]
fn an_intermediate_that_came_in_the_imported_file_is_missing_not_an_untrusted_root() {
    let pki = Pki::new();
    pki.root("Offered Root", RSA);
    pki.issue("Offered Intermediate", "Offered Root", EC, CA_EXT, &[]);
    pki.issue("offered-leaf", "Offered Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(
        &pki,
        "Offered Root",
        &[],
        "offered-leaf",
        &["Offered Intermediate"],
    );
    let s = store.path();
    let doc = details_json(s, &t);
    assert_eq!(doc["chain"]["status"], "missing-intermediate", "{doc:#}");
    let missing = &doc["chain"]["missing"][0];
    assert_eq!(missing["subject"], "CN=Offered Intermediate");
    assert_eq!(
        missing["thumbprint"],
        pki.thumbprint("Offered Intermediate").as_str()
    );
    let command = missing["command"].as_str().unwrap();
    assert!(command.contains("trust import-intermediate"), "{command}");
    // The command works as given, and then the chain is trusted.
    let file = missing["file"].as_str().unwrap();
    wizard_ok(s, &["trust", "import-intermediate", file]);
    assert_eq!(details_json(s, &t)["chain"]["status"], "trusted");
}

#[test]
fn an_intermediate_in_a_file_with_its_root_gets_a_command_that_takes_only_it() {
    // `trust import-intermediate` takes the intermediates of a bundle and
    // skips the root, saying so: the file can be offered as it is.
    let pki = Pki::new();
    pki.root("Mixed Root", RSA);
    pki.issue("Mixed Intermediate", "Mixed Root", EC, CA_EXT, &[]);
    pki.issue("mixed-leaf", "Mixed Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(
        &pki,
        "Mixed Root",
        &[],
        "mixed-leaf",
        &["Mixed Intermediate", "Mixed Root"],
    );
    let doc = details_json(store.path(), &t);
    assert_eq!(doc["chain"]["status"], "missing-intermediate", "{doc:#}");
    let file = doc["chain"]["missing"][0]["file"]
        .as_str()
        .unwrap()
        .to_string();
    let out = wizard_ok(store.path(), &["trust", "import-intermediate", &file]);
    assert!(out.contains("Skipped CN=Mixed Root"), "{out}");
    assert_eq!(details_json(store.path(), &t)["chain"]["status"], "trusted");
}

// ---- validity, with rcgen (openssl 3.0 cannot date a certificate ahead) ----

struct Ca {
    params: CertificateParams,
    key: KeyPair,
    pem: String,
}

fn rc_ca(name: &str, parent: Option<&Ca>, from: OffsetDateTime, to: OffsetDateTime) -> Ca {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::default();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.not_before = from;
    params.not_after = to;
    let cert = match parent {
        None => params.self_signed(&key).unwrap(),
        Some(p) => params
            .signed_by(&key, &Issuer::from_params(&p.params, &p.key))
            .unwrap(),
    };
    Ca {
        pem: cert.pem(),
        params,
        key,
    }
}

fn rc_leaf(parent: &Ca, from: OffsetDateTime, to: OffsetDateTime) -> (String, String) {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::new(vec!["host.example.com".to_string()]).unwrap();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(DnType::CommonName, "host.example.com");
    params.extended_key_usages = vec![
        ExtendedKeyUsagePurpose::ServerAuth,
        ExtendedKeyUsagePurpose::ClientAuth,
    ];
    params.not_before = from;
    params.not_after = to;
    let cert = params
        .signed_by(&key, &Issuer::from_params(&parent.params, &parent.key))
        .unwrap();
    (cert.pem(), key.serialize_pem())
}

/// Imports `leaf` (with `chain` in its file) into a store trusting `root`
/// and `trusted`; returns the store and the leaf's thumbprint.
fn rc_imported(
    root: &Ca,
    trusted: &[&Ca],
    leaf: &(String, String),
    chain: &[&Ca],
) -> (tempfile::TempDir, String) {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let dir = tempfile::tempdir().unwrap();
    let root_file = dir.path().join("root.pem");
    std::fs::write(&root_file, &root.pem).unwrap();
    wizard_ok(
        s,
        &["trust", "import-root", root_file.to_str().unwrap(), "--yes"],
    );
    for (i, c) in trusted.iter().enumerate() {
        let f = dir.path().join(format!("ca{i}.pem"));
        std::fs::write(&f, &c.pem).unwrap();
        wizard_ok(s, &["trust", "import-intermediate", f.to_str().unwrap()]);
    }
    let mut text = leaf.0.clone();
    for c in chain {
        text.push_str(&c.pem);
    }
    let (cert, key) = (dir.path().join("leaf.pem"), dir.path().join("leaf.key"));
    std::fs::write(&cert, &text).unwrap();
    std::fs::write(&key, &leaf.1).unwrap();
    wizard_ok(
        s,
        &[
            "wizard",
            "import",
            cert.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
    );
    let t = thumbprint_of(&pem::parse(&leaf.0).unwrap().into_contents());
    (store, t)
}

#[test]
fn a_leaf_not_valid_yet_is_not_called_expired() {
    let now = OffsetDateTime::now_utc();
    let root = rc_ca(
        "Future Root",
        None,
        now - Duration::days(10),
        now + Duration::days(3000),
    );
    let leaf = rc_leaf(&root, now + Duration::days(5), now + Duration::days(100));
    let (store, t) = rc_imported(&root, &[], &leaf, &[]);
    let doc = details_json(store.path(), &t);
    assert_eq!(doc["chain"]["status"], "not-yet-valid", "{doc:#}");
    let r = reason(store.path(), &t, "is not valid yet: it becomes valid on");
    assert_eq!(r["code"], "not-yet-valid");
    assert_eq!(r["role"], "leaf");
    let page = wizard_ok(store.path(), &["wizard", "details", "--thumbprint", &t]);
    assert!(!page.contains("expired"), "{page}");
}

#[test]
fn an_expired_or_not_yet_valid_ca_is_named_whichever_it_is() {
    let now = OffsetDateTime::now_utc();
    for (name, from, to, code) in [
        (
            "Old Intermediate",
            now - Duration::days(900),
            now - Duration::days(1),
            "expired",
        ),
        (
            "Early Intermediate",
            now + Duration::days(2),
            now + Duration::days(900),
            "not-yet-valid",
        ),
    ] {
        let root = rc_ca(
            "Validity Root",
            None,
            now - Duration::days(1000),
            now + Duration::days(3000),
        );
        let inter = rc_ca(name, Some(&root), from, to);
        let leaf = rc_leaf(&inter, now - Duration::days(1), now + Duration::days(30));
        let (store, t) = rc_imported(&root, &[&inter], &leaf, &[]);
        let doc = details_json(store.path(), &t);
        assert_eq!(doc["chain"]["status"], code, "{doc:#}");
        let r = &doc["chain"]["reason"];
        assert_eq!(r["code"], code);
        assert_eq!(r["role"], "intermediate");
        assert_eq!(r["subject"], format!("CN={name}").as_str());
    }
    // An expired root: webpki does not look at an anchor's dates; docwiz does,
    // as openssl does.
    let root = rc_ca(
        "Expired Root",
        None,
        now - Duration::days(1000),
        now - Duration::days(1),
    );
    let leaf = rc_leaf(&root, now - Duration::days(1), now + Duration::days(30));
    let (store, t) = rc_imported(&root, &[], &leaf, &[]);
    let r = reason(
        store.path(),
        &t,
        "No chain through it is trusted until the CA replaces it",
    );
    assert_eq!(r["code"], "expired");
    assert_eq!(r["role"], "root");
}

#[test]
fn the_status_page_and_its_json_carry_the_reason_of_a_request() {
    // The local CA's own request, with a leaf not valid yet planted in its place
    // would need the CA key; a request whose answer is imported does it.
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let now = OffsetDateTime::now_utc();
    let root = rc_ca(
        "Answer Root",
        None,
        now - Duration::days(10),
        now + Duration::days(3000),
    );
    let dir = tempfile::tempdir().unwrap();
    let root_file = dir.path().join("root.pem");
    std::fs::write(&root_file, &root.pem).unwrap();
    wizard_ok(
        s,
        &["trust", "import-root", root_file.to_str().unwrap(), "--yes"],
    );
    let csr = dir.path().join("req.csr");
    let status: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "host.example.com",
            "--key",
            "ecdsa-p256",
            "--offline",
            csr.to_str().unwrap(),
        ],
    ))
    .unwrap();
    let id = status["request"].as_str().unwrap().to_string();
    // The CA answers with SHA-1 over the CSR (openssl), so the reason is policy.
    let root_key = dir.path().join("root.key");
    std::fs::write(&root_key, root.key.serialize_pem()).unwrap();
    let ext = dir.path().join("leaf.ext");
    std::fs::write(&ext, LEAF_EXT).unwrap();
    let answer = dir.path().join("answer.pem");
    openssl(&[
        "x509",
        "-req",
        "-in",
        csr.to_str().unwrap(),
        "-CA",
        root_file.to_str().unwrap(),
        "-CAkey",
        root_key.to_str().unwrap(),
        "-set_serial",
        "7",
        "-days",
        "30",
        "-sha1",
        "-extfile",
        ext.to_str().unwrap(),
        "-out",
        answer.to_str().unwrap(),
    ]);
    wizard_ok(
        s,
        &[
            "wizard",
            "import-response",
            "--request",
            &id,
            answer.to_str().unwrap(),
        ],
    );
    let status = status_json(s, Some(&id));
    assert_eq!(status["chain"]["status"], "invalid");
    assert_eq!(status["chain"]["reason"]["code"], "weak-signature");
    assert_eq!(status["chain"]["reason"]["role"], "leaf");
    let page = wizard_ok(s, &["wizard", "status", "--request", &id]);
    assert!(page.contains("docwiz policy refuses SHA-1"), "{page}");
    assert!(
        page.contains(status["thumbprint"].as_str().unwrap()),
        "{page}"
    );
    let french = wizard_ok(s, &["--lang", "fr", "wizard", "status", "--request", &id]);
    assert!(french.contains("SHA-1"), "{french}");
    assert!(!french.contains("docwiz policy refuses"), "{french}");
    // The help page's live panel says it too.
    let help = wizard_ok(s, &["help", KEYWORD]);
    assert!(help.contains("SHA-1"), "{help}");
}

#[test]
fn an_ip_address_name_constraint_names_the_constraining_ca() {
    let pki = Pki::new();
    pki.root("IPNC Root", RSA);
    let ext = format!("{CA_EXT}nameConstraints=critical,permitted;IP:10.0.0.0/255.0.0.0\n");
    pki.issue("IPNC Intermediate", "IPNC Root", EC, &ext, &[]);
    let leaf_ext = LEAF_EXT.replace(
        "subjectAltName=DNS:host.example.com",
        "subjectAltName=DNS:host.example.com,IP:192.168.1.10",
    );
    pki.issue("ipnc-leaf", "IPNC Intermediate", EC, &leaf_ext, &[]);
    let (store, t) = imported(&pki, "IPNC Root", &["IPNC Intermediate"], "ipnc-leaf", &[]);
    let r = reason(store.path(), &t, "name constraints");
    assert_eq!(r["code"], "name-constraints");
    assert_eq!(r["subject"], "CN=IPNC Intermediate");
    assert!(
        r["args"]["name"].as_str().unwrap().contains("192.168.1.10"),
        "{r}"
    );
}

#[test]
fn a_self_signed_server_certificate_is_called_self_signed_not_of_unknown_issuer() {
    let pki = Pki::new();
    openssl(&[
        "req",
        "-x509",
        "-nodes",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-keyout",
        &pki.p("self-leaf.key"),
        "-out",
        &pki.p("self-leaf.pem"),
        "-subj",
        "/CN=host.example.com",
        "-days",
        "30",
        "-extensions",
        "v3",
        "-config",
        &{
            let config = pki.p("self.cnf");
            std::fs::write(
                &config,
                format!(
                    "[req]\ndistinguished_name=dn\n[dn]\n[v3]\n{}",
                    LEAF_EXT.replace("authorityKeyIdentifier=keyid\n", "")
                ),
            )
            .unwrap();
            config
        },
    ]);
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    wizard_ok(
        s,
        &[
            "wizard",
            "import",
            &pki.p("self-leaf.pem"),
            "--key",
            &pki.p("self-leaf.key"),
        ],
    );
    let t = pki.thumbprint("self-leaf");
    let r = reason(s, &t, "is self-signed");
    assert_eq!(r["code"], "self-signed");
    let doc = details_json(s, &t);
    assert_eq!(doc["chain"]["missing"], serde_json::json!([]), "{doc:#}");
}

#[test]
fn a_defect_no_import_can_fix_comes_before_what_is_missing() {
    let pki = Pki::new();
    pki.root("Order Root", RSA);
    pki.issue("Order Intermediate", "Order Root", RSA, CA_EXT, &["-sha1"]);
    pki.issue("order-leaf", "Order Intermediate", EC, LEAF_EXT, &[]);
    let (store, t) = imported(
        &pki,
        "Order Root",
        &[],
        "order-leaf",
        &["Order Intermediate"],
    );
    let doc = details_json(store.path(), &t);
    assert_eq!(doc["chain"]["status"], "invalid", "{doc:#}");
    assert_eq!(doc["chain"]["reason"]["code"], "weak-signature");
    // What is missing is still said, with its command.
    assert_eq!(
        doc["chain"]["missing"][0]["subject"],
        "CN=Order Intermediate"
    );
    assert!(doc["chain"]["missing"][0]["command"].is_string());
}
