//! Chain diagnoses that name what docwiz can and cannot verify: RSA-PSS keys
//! and parameters, curves docwiz does not support, unknown issuers, bundles
//! given to the trust imports, and policy warnings on root import.

mod common;
use common::*;

use std::path::Path;

/// A server key `l.pem`, its CSR `l.csr` and the extensions file `e.cnf`.
fn leaf_request(dir: &Path) {
    sh(
        dir,
        "openssl ecparam -name prime256v1 -genkey -noout -out l.pem
         openssl req -new -key l.pem -subj /CN=l.example -out l.csr
         printf 'subjectAltName=DNS:l.example\\nextendedKeyUsage=serverAuth\\n' > e.cnf
         printf 'basicConstraints=critical,CA:TRUE\\nkeyUsage=critical,keyCertSign\\n' > ca.cnf",
    );
}

/// A self-signed CA `name.pem` with the key `name.key` made by `keygen`
/// (an `openssl genpkey`/`ecparam` command writing `name.key`).
fn ca(dir: &Path, name: &str, keygen: &str) {
    sh(
        dir,
        &format!(
            "{keygen}
             openssl req -x509 -new -key {name}.key -subj '/CN={name} CA' \
               -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign -out {name}.pem"
        ),
    );
}

fn sign_leaf(dir: &Path, ca: &str, out: &str, opts: &str) {
    sh(
        dir,
        &format!(
            "openssl x509 -req -in l.csr -CA {ca}.pem -CAkey {ca}.key -set_serial 7 -days 30 \
               -extfile e.cnf {opts} -out {out}"
        ),
    );
}

fn import_leaf(dir: &Path, leaf: &str) -> String {
    let s = dir.join("s");
    wizard_ok(
        &s,
        &[
            "wizard",
            "import",
            dir.join(leaf).to_str().unwrap(),
            "--key",
            dir.join("l.pem").to_str().unwrap(),
        ],
    )
}

fn trust_root(dir: &Path, file: &str) -> String {
    wizard_ok(
        &dir.join("s"),
        &[
            "trust",
            "import-root",
            dir.join(file).to_str().unwrap(),
            "--yes",
        ],
    )
}

#[test]
fn root_with_rsa_pss_key_is_trusted_and_chains_say_docwiz_cannot_verify_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    leaf_request(d);
    ca(
        d,
        "pss",
        "openssl genpkey -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048 -out pss.key",
    );
    let out = trust_root(d, "pss.pem");
    assert!(out.contains("CN=pss CA"), "{out}");
    assert!(out.contains("RSA-PSS"), "warned on import: {out}");
    sign_leaf(d, "pss", "l.crt", "");
    let page = import_leaf(d, "l.crt");
    assert!(page.contains("RSA-PSS (id-RSASSA-PSS)"), "{page}");
    assert!(!page.contains("altered"), "{page}");
    assert!(!page.contains("not a self-signed"), "{page}");
}

#[test]
fn rsa_pss_with_other_parameters_is_unsupported_not_tampered() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    leaf_request(d);
    ca(
        d,
        "rsa",
        "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa.key",
    );
    trust_root(d, "rsa.pem");
    for (file, opts, expected) in [
        (
            "salt20.crt",
            "-sigopt rsa_pss_saltlen:20",
            "salt of 20 bytes",
        ),
        (
            "mgf384.crt",
            "-sigopt rsa_pss_saltlen:digest -sigopt rsa_mgf1_md:sha384",
            "MGF1 with SHA-384",
        ),
        (
            "salt64.crt",
            "-sigopt rsa_pss_saltlen:64",
            "salt of 64 bytes",
        ),
    ] {
        sign_leaf(
            d,
            "rsa",
            file,
            &format!("-sigopt rsa_padding_mode:pss {opts}"),
        );
        let page = import_leaf(d, file);
        assert!(
            page.contains("docwiz does not support RSA-PSS with these parameters"),
            "{file}: {page}"
        );
        assert!(page.contains(expected), "{file}: {page}");
        assert!(!page.contains("altered"), "{file}: {page}");
    }
    // The parameters webpki verifies: trusted.
    sign_leaf(
        d,
        "rsa",
        "ok.crt",
        "-sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:digest",
    );
    let page = import_leaf(d, "ok.crt");
    assert!(page.contains("trusted"), "{page}");
    assert!(!page.contains("RSA-PSS"), "{page}");
}

#[test]
fn unsupported_curve_of_the_ca_is_named_and_blamed_on_the_ca() {
    for (curve, name) in [
        ("secp256k1", "ECDSA secp256k1"),
        ("brainpoolP256r1", "ECDSA brainpoolP256r1"),
        ("brainpoolP384r1", "ECDSA brainpoolP384r1"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        leaf_request(d);
        ca(
            d,
            "k",
            &format!("openssl ecparam -name {curve} -genkey -noout -out k.key"),
        );
        let out = trust_root(d, "k.pem");
        assert!(out.contains(name), "{curve} warned on import: {out}");
        sign_leaf(d, "k", "l.crt", "");
        let page = import_leaf(d, "l.crt");
        assert!(
            page.contains("The root CA certificate CN=k CA (thumbprint"),
            "{page}"
        );
        assert!(page.contains(&format!("uses {name},")), "{page}");
        assert!(
            !page.contains("1.3.132") && !page.contains("1.3.36"),
            "{page}"
        );
        assert!(!page.contains("uses ecdsa-with"), "leaf not blamed: {page}");
    }
}

/// Root `r`, intermediate `i` under it, leaf `lx.crt` under `i` (with an AIA
/// caIssuers URL when `aia`).
fn two_level(d: &Path, aia: bool) {
    leaf_request(d);
    ca(
        d,
        "r",
        "openssl ecparam -name prime256v1 -genkey -noout -out r.key",
    );
    let aia = if aia {
        "printf 'authorityInfoAccess=caIssuers;URI:http://ca.example/inter.crt\\n' >> e.cnf"
    } else {
        "true"
    };
    sh(
        d,
        &format!(
            "openssl ecparam -name prime256v1 -genkey -noout -out i.key
             openssl req -new -key i.key -subj '/CN=Inter X' -out i.csr
             openssl x509 -req -in i.csr -CA r.pem -CAkey r.key -set_serial 2 -days 30 -extfile ca.cnf -out i.pem
             {aia}"
        ),
    );
    sign_leaf(d, "i", "lx.crt", "");
}

#[test]
fn unknown_intermediate_under_a_trusted_root_is_summarized_as_missing_intermediate() {
    for aia in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        two_level(d, aia);
        trust_root(d, "r.pem");
        let page = import_leaf(d, "lx.crt");
        assert!(!page.contains("root CA certificate is not in"), "{page}");
        assert!(
            page.contains("incomplete: the issuer CN=Inter X is not known"),
            "{page}"
        );
        assert_eq!(page.contains("http://ca.example/inter.crt"), aia, "{page}");
    }
}

#[test]
fn trust_imports_take_their_part_of_a_bundle_and_say_what_they_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    two_level(d, false);
    sh(
        d,
        "openssl crl2pkcs7 -nocrl -certfile i.pem -certfile r.pem -out chain.p7b
         cat lx.crt i.pem r.pem > full.pem",
    );
    let s = d.join("s");
    for bundle in ["chain.p7b", "full.pem"] {
        let out = wizard_ok(
            &s,
            &[
                "trust",
                "import-intermediate",
                d.join(bundle).to_str().unwrap(),
            ],
        );
        assert!(out.contains("CN=Inter X"), "{out}");
        assert!(out.contains("Skipped CN=r CA"), "{out}");
        assert!(
            out.contains(&format!("trust import-root {}", d.join(bundle).display())),
            "{out}"
        );
    }
    let out = wizard_ok(
        &s,
        &[
            "trust",
            "import-intermediate",
            d.join("full.pem").to_str().unwrap(),
        ],
    );
    assert!(out.contains("Skipped CN=l.example"), "{out}");
    // The root still needs confirmation: without a terminal, refused.
    let out = wizard(
        &s,
        &[
            "trust",
            "import-root",
            d.join("chain.p7b").to_str().unwrap(),
        ],
    );
    assert_ne!(code(&out), 0, "{}", stdout(&out));
    let out = trust_root(d, "chain.p7b");
    assert!(out.contains("Imported into Trusted Root"), "{out}");
    assert!(out.contains("Skipped CN=Inter X"), "{out}");
    let listed = wizard_ok(&s, &["--json", "trust", "list"]);
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed["root"].as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(
        listed["intermediate"].as_array().unwrap().len(),
        1,
        "{listed}"
    );
    let page = import_leaf(d, "lx.crt");
    assert!(page.contains("trusted"), "{page}");
    // A bundle with nothing for the store is still refused.
    let out = wizard(
        &s,
        &[
            "trust",
            "import-intermediate",
            d.join("r.pem").to_str().unwrap(),
        ],
    );
    assert_ne!(code(&out), 0);
}

#[test]
fn root_import_warns_of_keys_and_self_signatures_docwiz_policy_judges() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    sh(
        d,
        "openssl req -x509 -newkey rsa:1024 -nodes -keyout w.key -subj /CN=weak -out w.pem
         openssl req -x509 -newkey rsa:1536 -nodes -keyout w2.key -subj /CN=weak2 -out w2.pem
         openssl req -x509 -newkey rsa:2048 -sha1 -nodes -keyout s1.key -subj /CN=sha1root -out s1.pem
         openssl req -x509 -newkey rsa:2048 -md5 -nodes -keyout m5.key -subj /CN=md5root -out m5.pem 2>/dev/null || cp s1.pem m5.pem",
    );
    for file in ["w.pem", "w2.pem"] {
        let out = trust_root(d, file);
        assert!(
            out.contains("every chain through this root will be refused"),
            "{out}"
        );
    }
    for file in ["s1.pem", "m5.pem"] {
        let out = trust_root(d, file);
        assert!(out.contains("signs itself with"), "{out}");
    }
}

#[test]
fn self_signed_leaf_in_trusted_root_is_told_it_is_a_root_not_a_server_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    sh(
        d,
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout l.pem \
           -subj /CN=ss.example -addext subjectAltName=DNS:ss.example -out ss.pem",
    );
    trust_root(d, "ss.pem");
    let page = import_leaf(d, "ss.pem");
    assert!(page.contains("is itself in Trusted Root"), "{page}");
    assert!(!page.contains("no CA vouches for it"), "{page}");
}

#[test]
fn every_intermediate_beyond_the_limit_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    leaf_request(d);
    ca(
        d,
        "r",
        "openssl ecparam -name prime256v1 -genkey -noout -out r.key",
    );
    let mut parent = "r".to_string();
    let mut chain = String::new();
    for n in 0..8 {
        let name = format!("i{n}");
        sh(
            d,
            &format!(
                "openssl ecparam -name prime256v1 -genkey -noout -out {name}.key
                 openssl req -new -key {name}.key -subj '/CN=Inter{n}' -out {name}.csr
                 openssl x509 -req -in {name}.csr -CA {parent}.pem -CAkey {parent}.key -set_serial {} \
                   -days 30 -extfile ca.cnf -out {name}.pem",
                n + 10
            ),
        );
        chain = format!("{name}.pem {chain}");
        parent = name;
    }
    sign_leaf(d, "i7", "leaf.crt", "");
    sh(d, &format!("cat leaf.crt {chain} > full.pem"));
    trust_root(d, "r.pem");
    wizard_ok(
        &d.join("s"),
        &[
            "trust",
            "import-intermediate",
            d.join("full.pem").to_str().unwrap(),
        ],
    );
    let page = import_leaf(d, "leaf.crt");
    // Leaf, Inter7 … Inter2 are within six; Inter1 and Inter0 are beyond.
    for beyond in ["CN=Inter1 (", "CN=Inter0 ("] {
        let named = page
            .lines()
            .any(|l| l.contains("is beyond that limit") && l.contains(beyond));
        assert!(named, "{beyond}: {page}");
    }
    assert!(
        !page
            .lines()
            .any(|l| l.contains("is beyond that limit") && l.contains("CN=Inter2 (")),
        "{page}"
    );
}
