//! Certificates and keys as administrators bring them (issue 10, items 9–14):
//! keys in every form openssl writes, bundles, PKCS#12 files with one pair,
//! several or none, names as CA/Browser Forum rules and RFC 6125 read them,
//! internationalized names, algorithm names, the stored key, and certificates
//! that are not DER. Every input is made here with openssl (or p12-keystore
//! where openssl cannot) and goes through the real binary.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::Command;

/// A root CA (`ca.key`, `ca.pem`) in `dir`.
fn make_ca(dir: &Path) {
    sh(
        dir,
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
         -out ca.pem -subj '/CN=Files Test Root' -days 30 \
         -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null",
    );
}

/// A leaf `<name>.pem` for the key `<name>.key` (made if missing), signed by
/// the CA, with `subject` and the extensions in `ext` (openssl config lines).
fn make_leaf(dir: &Path, name: &str, subject: &str, ext: &str) {
    if !dir.join(format!("{name}.key")).exists() {
        sh(
            dir,
            &format!(
                "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out {name}.key"
            ),
        );
    }
    std::fs::write(dir.join(format!("{name}.ext")), ext).unwrap();
    sh(
        dir,
        &format!(
            "openssl req -new -key {name}.key -subj '{subject}' -out {name}.csr && \
             openssl x509 -req -in {name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
             -days 10 -extfile {name}.ext -out {name}.pem 2>/dev/null"
        ),
    );
}

const SERVER_EXT: &str = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n\
extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:host.example.com\n";

/// The SHA-1 thumbprint openssl computes, as docwiz writes it.
fn thumbprint_of(cert: &str) -> String {
    let out = openssl(&["x509", "-in", cert, "-noout", "-fingerprint", "-sha1"]);
    out.trim().split('=').nth(1).unwrap().replace(':', "")
}

/// `openssl pkey` of a key file: the key in one canonical form.
fn canonical_key(key: &str, password: Option<&str>) -> String {
    let mut args = vec!["pkey", "-in", key];
    let pass;
    if let Some(pw) = password {
        pass = format!("pass:{pw}");
        args.extend(["-passin", &pass]);
    }
    openssl(&args)
}

/// Checks what `certs/<T>/privkey.pem` holds: the key alone, PKCS#8 PEM with
/// LF line ends, mode 0600, the same key as `input` for openssl.
fn assert_stored_key(store: &Path, thumbprint: &str, input: &str, password: Option<&str>) {
    use std::os::unix::fs::PermissionsExt;
    let stored = store.join("certs").join(thumbprint).join("privkey.pem");
    let text = std::fs::read_to_string(&stored).unwrap();
    assert!(text.starts_with("-----BEGIN PRIVATE KEY-----\n"), "{text}");
    assert_eq!(text.matches("-----BEGIN ").count(), 1, "{text}");
    assert!(!text.contains('\r'), "CRLF kept: {text:?}");
    assert!(text.ends_with("-----END PRIVATE KEY-----\n"), "{text}");
    let mode = std::fs::metadata(&stored).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(
        canonical_key(stored.to_str().unwrap(), None),
        canonical_key(input, password),
        "stored key differs from {input}"
    );
}

/// Runs `wizard import …` and expects success; returns the thumbprint.
fn import_ok(store: &Path, args: &[&str]) -> String {
    let mut all = vec!["wizard", "import"];
    all.extend(args);
    let out = wizard_ok(store, &all);
    let at = out
        .find("Certificate ")
        .expect("import says what it installed")
        + 12;
    out[at..at + 40].to_string()
}

/// Runs `wizard import …`, expects `code`, that the store did not change, and
/// that stderr names `file` and says `says`; returns stderr.
fn import_refused(store: &Path, args: &[&str], code_wanted: i32, file: &str, says: &str) -> String {
    let before = snapshot(store);
    let mut all = vec!["wizard", "import"];
    all.extend(args);
    let out = wizard(store, &all);
    let err = stderr(&out);
    assert_eq!(code(&out), code_wanted, "{args:?}: {err}");
    assert!(err.contains(file), "{args:?} does not name {file}: {err}");
    assert!(
        err.to_lowercase().contains(&says.to_lowercase()),
        "{args:?}: wanted {says:?}: {err}"
    );
    assert_eq!(before, snapshot(store), "{args:?} changed the store");
    err
}

fn fresh_store() -> tempfile::TempDir {
    let store = tempfile::tempdir().unwrap();
    wizard_ok(store.path(), &["trust", "list"]);
    store
}

// ---- item 9: keys as openssl writes them ----

#[test]
fn ec_keys_with_an_ec_parameters_block_and_pkcs1_keys_are_imported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    for (name, make) in [
        (
            "ecparam",
            "openssl ecparam -name prime256v1 -genkey -out ecparam.key",
        ),
        (
            "ecparam384",
            "openssl ecparam -name secp384r1 -genkey -out ecparam384.key",
        ),
        (
            "sec1",
            "openssl ecparam -name prime256v1 -genkey -noout -out sec1.key",
        ),
        (
            "rsa1",
            "openssl genrsa -traditional -out rsa1.key 2048 2>/dev/null",
        ),
        (
            "p521",
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -out p521.key",
        ),
        ("ed", "openssl genpkey -algorithm ED25519 -out ed.key"),
        // PKCS#1 under a PKCS#8 label, as some tools write it.
        (
            "mislabeled",
            "openssl genrsa -traditional 2048 2>/dev/null | sed 's/RSA PRIVATE KEY/PRIVATE KEY/' > mislabeled.key",
        ),
    ] {
        sh(d, make);
        make_leaf(d, name, "/CN=host.example.com", SERVER_EXT);
        let store = fresh_store();
        let t = import_ok(
            store.path(),
            &[
                &p(d, &format!("{name}.pem")),
                "--key",
                &p(d, &format!("{name}.key")),
            ],
        );
        assert_eq!(t, thumbprint_of(&p(d, &format!("{name}.pem"))), "{name}");
        assert_stored_key(store.path(), &t, &p(d, &format!("{name}.key")), None);
    }
    let text = std::fs::read_to_string(d.join("ecparam.key")).unwrap();
    assert!(text.starts_with("-----BEGIN EC PARAMETERS-----"), "{text}");
}

#[test]
fn bundles_holding_certificate_and_key_are_imported_in_any_order() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    sh(d, "openssl ecparam -name prime256v1 -genkey -out leaf.key");
    make_leaf(d, "leaf", "/CN=host.example.com", SERVER_EXT);
    // HAProxy: certificate, chain, key; and the key first; and CRLF.
    sh(
        d,
        "cat leaf.pem ca.pem leaf.key > haproxy.pem && cat leaf.key leaf.pem > keyfirst.pem",
    );
    let crlf = std::fs::read_to_string(d.join("haproxy.pem"))
        .unwrap()
        .replace('\n', "\r\n");
    std::fs::write(d.join("crlf.pem"), crlf).unwrap();
    let expected = thumbprint_of(&p(d, "leaf.pem"));
    for bundle in ["haproxy.pem", "keyfirst.pem", "crlf.pem"] {
        // One file given as both CERT and --key, and alone.
        for args in [
            vec![p(d, bundle), "--key".into(), p(d, bundle)],
            vec![p(d, bundle)],
        ] {
            let store = fresh_store();
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let t = import_ok(store.path(), &args);
            assert_eq!(t, expected, "{bundle}");
            assert_stored_key(store.path(), &t, &p(d, "leaf.key"), None);
            if bundle != "keyfirst.pem" {
                let chain =
                    std::fs::read_to_string(store.path().join(format!("certs/{t}/chain.pem")))
                        .unwrap();
                assert_eq!(
                    chain.matches("BEGIN CERTIFICATE").count(),
                    1,
                    "{bundle}: {chain}"
                );
            }
        }
    }
}

#[test]
fn a_key_file_with_bag_attributes_and_certificates_is_stored_as_the_key_alone() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    sh(d, "openssl genrsa -out leaf.key 2048 2>/dev/null");
    make_leaf(d, "leaf", "/CN=host.example.com", SERVER_EXT);
    sh(
        d,
        "openssl pkcs12 -export -in leaf.pem -inkey leaf.key -certfile ca.pem -out leaf.pfx -passout pass:pw && \
         openssl pkcs12 -in leaf.pfx -passin pass:pw -nodes -out dump.pem",
    );
    let dump = std::fs::read_to_string(d.join("dump.pem")).unwrap();
    assert!(dump.contains("Bag Attributes"), "{dump}");
    std::fs::write(d.join("dump-crlf.pem"), dump.replace('\n', "\r\n")).unwrap();
    let store = fresh_store();
    let t = import_ok(
        store.path(),
        &[&p(d, "leaf.pem"), "--key", &p(d, "dump-crlf.pem")],
    );
    assert_stored_key(store.path(), &t, &p(d, "leaf.key"), None);
    // The PKCS#12 path stores the same.
    std::fs::write(d.join("pw"), "pw\n").unwrap();
    let store = fresh_store();
    let t = import_ok(
        store.path(),
        &[&p(d, "leaf.pfx"), "--password-file", &p(d, "pw")],
    );
    assert_stored_key(store.path(), &t, &p(d, "leaf.key"), None);
}

#[test]
fn encrypted_pkcs8_keys_are_read_with_a_key_password_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    sh(d, "openssl genrsa -out leaf.key 2048 2>/dev/null");
    make_leaf(d, "leaf", "/CN=host.example.com", SERVER_EXT);
    sh(
        d,
        "openssl pkcs8 -topk8 -in leaf.key -out enc.key -passout 'pass:s3cret pass' && \
         openssl pkcs8 -topk8 -v2 des3 -v2prf hmacWithSHA1 -in leaf.key -out enc-des3.key -passout 'pass:s3cret pass' && \
         openssl pkcs8 -topk8 -scrypt -in leaf.key -out enc-scrypt.key -passout 'pass:s3cret pass' && \
         openssl pkcs8 -topk8 -outform DER -in leaf.key -out enc.der -passout 'pass:s3cret pass'",
    );
    std::fs::write(d.join("pw"), "s3cret pass\r\n").unwrap();
    std::fs::write(d.join("wrong"), "not it\n").unwrap();
    let store = fresh_store();
    let s = store.path();
    let cert = p(d, "leaf.pem");
    for key in ["enc.key", "enc-des3.key", "enc-scrypt.key", "enc.der"] {
        let err = import_refused(
            s,
            &[&cert, "--key", &p(d, key)],
            2,
            key,
            "--key-password-file",
        );
        assert!(err.contains("encrypted"), "{err}");
        import_refused(
            s,
            &[
                &cert,
                "--key",
                &p(d, key),
                "--key-password-file",
                &p(d, "wrong"),
            ],
            2,
            key,
            "password is wrong",
        );
    }
    // The PEM refusal points at the block's line.
    let err = import_refused(
        s,
        &[&cert, "--key", &p(d, "enc.key")],
        2,
        "enc.key:1:1",
        "encrypted",
    );
    assert!(!err.contains("PKCS#12"), "{err}");
    for key in ["enc.key", "enc-des3.key", "enc-scrypt.key", "enc.der"] {
        let store = fresh_store();
        let t = import_ok(
            store.path(),
            &[
                &cert,
                "--key",
                &p(d, key),
                "--key-password-file",
                &p(d, "pw"),
            ],
        );
        assert_stored_key(store.path(), &t, &p(d, "leaf.key"), None);
    }
}

#[test]
fn keys_docwiz_cannot_use_are_refused_each_with_its_own_reason() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    make_leaf(d, "leaf", "/CN=host.example.com", SERVER_EXT);
    sh(
        d,
        "openssl ec -in leaf.key -aes256 -passout pass:pw -out legacy-ec.key 2>/dev/null && \
         openssl genrsa -traditional -aes128 -passout pass:pw -out legacy-rsa.key 2048 2>/dev/null && \
         openssl genpkey -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048 -out pss.key 2>/dev/null && \
         openssl genpkey -algorithm ED448 -out ed448.key && \
         openssl genpkey -algorithm X25519 -out x25519.key && \
         openssl ecparam -name secp256k1 -genkey -out k1.key && \
         openssl ecparam -name brainpoolP384r1 -genkey -noout -out bp.key && \
         openssl ecparam -name prime256v1 -genkey -param_enc explicit -out explicit.key && \
         openssl pkcs8 -topk8 -v1 PBE-SHA1-3DES -in leaf.key -out pbes1.key -passout pass:pw",
    );
    std::fs::write(d.join("pw"), "pw\n").unwrap();
    let store = fresh_store();
    let s = store.path();
    let cert = p(d, "leaf.pem");
    for (key, line, says) in [
        ("legacy-ec.key", 1, "legacy PEM format (AES-256-CBC)"),
        ("legacy-rsa.key", 1, "openssl pkcs8 -topk8"),
        ("pss.key", 1, "RSA-PSS key (id-RSASSA-PSS, RFC 4055)"),
        ("ed448.key", 1, "This key is Ed448"),
        ("x25519.key", 1, "This key is X25519"),
        ("k1.key", 4, "This key is ECDSA secp256k1"),
        ("bp.key", 1, "This key is ECDSA brainpoolP384r1"),
        ("explicit.key", 0, "named curve"),
    ] {
        let place = if line == 0 {
            key.to_string()
        } else {
            format!("{key}:{line}:1")
        };
        // Readable keys refused by docwiz's policy: exit 1 (README, exit codes).
        import_refused(s, &[&cert, "--key", &p(d, key)], 1, &place, says);
    }
    // PKCS#12's own PBE (3DES), as Java and Windows write keys, is read.
    import_refused(
        s,
        &[&cert, "--key", &p(d, "pbes1.key")],
        2,
        "pbes1.key:1:1",
        "--key-password-file",
    );
    std::fs::write(d.join("wrong"), "nope\n").unwrap();
    import_refused(
        s,
        &[
            &cert,
            "--key",
            &p(d, "pbes1.key"),
            "--key-password-file",
            &p(d, "wrong"),
        ],
        2,
        "pbes1.key:1:1",
        "password is wrong",
    );
    let other = fresh_store();
    let t = import_ok(
        other.path(),
        &[
            &cert,
            "--key",
            &p(d, "pbes1.key"),
            "--key-password-file",
            &p(d, "pw"),
        ],
    );
    assert_stored_key(other.path(), &t, &p(d, "leaf.key"), None);
    // PKCS#5 v1.5 PBES1 (MD5 and DES, the old openssl default) is not read.
    if Command::new("openssl")
        .args([
            "pkcs8",
            "-topk8",
            "-v1",
            "PBE-MD5-DES",
            "-passout",
            "pass:pw",
            "-in",
        ])
        .arg(d.join("leaf.key"))
        .arg("-out")
        .arg(d.join("md5des.key"))
        .output()
        .unwrap()
        .status
        .success()
    {
        import_refused(
            s,
            &[
                &cert,
                "--key",
                &p(d, "md5des.key"),
                "--key-password-file",
                &p(d, "pw"),
            ],
            2,
            "md5des.key",
            "openssl pkcs8 -topk8 -v2 aes-256-cbc",
        );
    }
    // A file with no key at all says what it holds.
    import_refused(
        s,
        &[&cert, "--key", &cert],
        2,
        "leaf.pem",
        "CERTIFICATE (1)",
    );
}

#[test]
fn a_certificate_without_its_key_and_a_pkcs12_without_a_key_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    make_leaf(d, "leaf", "/CN=host.example.com", SERVER_EXT);
    sh(
        d,
        "openssl x509 -in leaf.pem -outform DER -out leaf.der && \
         openssl crl2pkcs7 -nocrl -certfile leaf.pem -certfile ca.pem -outform DER -out leaf.p7b && \
         openssl pkcs12 -export -nokeys -in leaf.pem -out nokeys.p12 -passout pass:pw && \
         openssl pkcs12 -export -in leaf.pem -inkey leaf.key -out ok.p12 -passout pass:pw && \
         openssl pkcs12 -export -nomac -in leaf.pem -inkey leaf.key -out nomac.p12 -passout pass:pw && \
         openssl pkcs12 -export -legacy -in leaf.pem -inkey leaf.key -out legacy.p12 -passout pass:pw && \
         head -c 200 ok.p12 > truncated.p12",
    );
    let ok = std::fs::read(d.join("ok.p12")).unwrap();
    let mut tampered = ok.clone();
    let at = tampered.len() - 40;
    tampered[at] ^= 1;
    std::fs::write(d.join("tampered.p12"), tampered).unwrap();
    std::fs::write(d.join("pw"), "pw\n").unwrap();
    std::fs::write(d.join("wrong"), "nope\n").unwrap();
    std::fs::write(d.join("notes.txt"), "just some text\n").unwrap();
    let store = fresh_store();
    let s = store.path();
    let pw = p(d, "pw");
    let wrong = p(d, "wrong");
    import_refused(
        s,
        &[&p(d, "leaf.pem")],
        2,
        "leaf.pem",
        "holds a certificate but no private key",
    );
    import_refused(
        s,
        &[&p(d, "leaf.der")],
        2,
        "leaf.der",
        "give the key with --key",
    );
    import_refused(
        s,
        &[&p(d, "leaf.p7b")],
        2,
        "leaf.p7b",
        "give the key with --key",
    );
    import_refused(
        s,
        &[&p(d, "nokeys.p12"), "--password-file", &pw],
        2,
        "nokeys.p12",
        "no private key (exported with -nokeys?)",
    );
    import_refused(
        s,
        &[&p(d, "ok.p12"), "--password-file", &wrong],
        2,
        "ok.p12",
        "the password is wrong",
    );
    import_refused(s, &[&p(d, "ok.p12")], 2, "ok.p12", "needs a password");
    import_refused(
        s,
        &[&p(d, "tampered.p12"), "--password-file", &pw],
        2,
        "tampered.p12",
        "integrity check (MAC) fails: the file was altered",
    );
    import_refused(
        s,
        &[&p(d, "nomac.p12"), "--password-file", &wrong],
        2,
        "nomac.p12",
        "no integrity check",
    );
    import_refused(
        s,
        &[&p(d, "truncated.p12"), "--password-file", &pw],
        2,
        "truncated.p12",
        "is damaged",
    );
    import_refused(s, &[&p(d, "notes.txt")], 2, "notes.txt", "neither");
    // An algorithm p12-keystore does not implement (RC4, openssl -legacy) is
    // named as such, not as a wrong password.
    let rc4 = Command::new("openssl")
        .args([
            "pkcs12",
            "-export",
            "-legacy",
            "-keypbe",
            "PBE-SHA1-RC4-128",
            "-certpbe",
            "PBE-SHA1-RC4-128",
            "-passout",
            "pass:pw",
            "-out",
            "rc4.p12",
            "-in",
            "leaf.pem",
            "-inkey",
            "leaf.key",
        ])
        .current_dir(d)
        .output()
        .unwrap();
    if rc4.status.success() {
        import_refused(
            s,
            &[&p(d, "rc4.p12"), "--password-file", &pw],
            1,
            "rc4.p12",
            "uses an algorithm docwiz does not support",
        );
    }
    // The legacy (RC2, 3DES) export still opens.
    import_ok(s, &[&p(d, "legacy.p12"), "--password-file", &pw]);
}

// ---- item 10: several pairs in one PKCS#12 file ----

/// A PKCS#12 file with one key bag per (name, key file, certificate file),
/// written by p12-keystore: `openssl pkcs12 -export` writes one key only.
fn pkcs12_with(dir: &Path, out: &str, pairs: &[(&str, &str, &str)], password: &str) {
    let mut store = p12_keystore::KeyStore::new();
    for (name, key, cert) in pairs {
        let key_der = pem::parse(std::fs::read(dir.join(key)).unwrap()).unwrap();
        let cert_der = pem::parse(std::fs::read(dir.join(cert)).unwrap()).unwrap();
        let chain = p12_keystore::PrivateKeyChain::new(
            name.as_bytes().to_vec(),
            p12_keystore::PrivateKey::from_der(key_der.contents()).unwrap(),
            [p12_keystore::Certificate::from_der(cert_der.contents()).unwrap()],
        );
        store.add_entry(name, p12_keystore::KeyStoreEntry::PrivateKeyChain(chain));
    }
    std::fs::write(dir.join(out), store.writer(password).write().unwrap()).unwrap();
}

#[test]
fn a_pkcs12_with_two_pairs_asks_which_and_friendly_name_chooses() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    for name in ["first", "second"] {
        sh(
            d,
            &format!(
                "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out {name}.p8"
            ),
        );
        std::fs::copy(d.join(format!("{name}.p8")), d.join(format!("{name}.key"))).unwrap();
        make_leaf(d, name, &format!("/CN={name}.example.com"), SERVER_EXT);
    }
    pkcs12_with(
        d,
        "two.p12",
        &[
            ("first", "first.p8", "first.pem"),
            ("second", "second.p8", "second.pem"),
        ],
        "pw",
    );
    std::fs::write(d.join("pw"), "pw\n").unwrap();
    let store = fresh_store();
    let s = store.path();
    let file = p(d, "two.p12");
    let pw = p(d, "pw");
    let first = thumbprint_of(&p(d, "first.pem"));
    let second = thumbprint_of(&p(d, "second.pem"));
    let err = import_refused(
        s,
        &[&file, "--password-file", &pw],
        2,
        "two.p12",
        "several key and certificate pairs (2)",
    );
    for wanted in [
        "«first»",
        "«second»",
        "--friendly-name",
        &first,
        &second,
        "CN=second.example.com",
    ] {
        assert!(err.contains(wanted), "{wanted}: {err}");
    }
    import_refused(
        s,
        &[&file, "--password-file", &pw, "--friendly-name", "third"],
        2,
        "two.p12",
        "no key and certificate pair of this file is called “third”",
    );

    let out = wizard_ok(
        s,
        &[
            "wizard",
            "import",
            &file,
            "--password-file",
            &pw,
            "--friendly-name",
            "second",
        ],
    );
    assert!(
        out.contains(&format!("Certificate {second} is installed")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "holds several private keys (2); docwiz took “second” (CN=second.example.com, {second})"
        )),
        "{out}"
    );
    assert_stored_key(s, &second, &p(d, "second.key"), None);
    assert!(!s.join("certs").join(&first).exists());
    // The other pair by thumbprint; its chain holds no other pair's certificate.
    let t = import_ok(
        s,
        &[
            &file,
            "--password-file",
            &pw,
            "--friendly-name",
            &first.to_lowercase(),
        ],
    );
    assert_eq!(t, first);
    let chain = std::fs::read_to_string(s.join(format!("certs/{first}/chain.pem"))).unwrap();
    assert!(chain.is_empty(), "{chain}");

    // One pair plus a key without a certificate: taken, and said which.
    sh(
        d,
        "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out stray.p8",
    );
    pkcs12_with(d, "stray.p12", &[("only", "first.p8", "first.pem")], "pw");
    let store = fresh_store();
    let out = wizard_ok(
        store.path(),
        &[
            "wizard",
            "import",
            &p(d, "stray.p12"),
            "--password-file",
            &pw,
        ],
    );
    assert!(
        out.contains(&format!("Certificate {first} is installed")),
        "{out}"
    );
}

// ---- item 11: names and key usage ----

/// Imports `<name>.pem` with its key into a store that trusts the test CA, then
/// assigns it; returns the assign command's output.
fn import_and_assign(d: &Path, name: &str, usage: &str) -> std::process::Output {
    let store = fresh_store();
    let s = store.keep();
    wizard_ok(&s, &["trust", "import-root", &p(d, "ca.pem"), "--yes"]);
    let t = import_ok(
        &s,
        &[
            &p(d, &format!("{name}.pem")),
            "--key",
            &p(d, &format!("{name}.key")),
        ],
    );
    let out = wizard(
        &s,
        &["wizard", "assign", "--thumbprint", &t, "--usage", usage],
    );
    std::fs::remove_dir_all(&s).ok();
    out
}

#[test]
fn an_imported_certificate_is_identified_by_its_sans_and_no_eku_means_unrestricted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    let base = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n";
    make_leaf(
        d,
        "nocn",
        "/O=Example Org",
        &format!(
            "{base}extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:host.example.com\n"
        ),
    );
    make_leaf(
        d,
        "othercn",
        "/CN=Example Server",
        &format!(
            "{base}extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:host.example.com,DNS:www.example.com\n"
        ),
    );
    make_leaf(
        d,
        "noeku",
        "/CN=host.example.com",
        &format!("{base}subjectAltName=DNS:host.example.com\n"),
    );
    make_leaf(
        d,
        "ipsan",
        "/CN=192.0.2.10",
        &format!("{base}extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=IP:192.0.2.10\n"),
    );
    make_leaf(
        d,
        "upper",
        "/CN=HOST.Example.COM",
        &format!(
            "{base}extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:HOST.Example.COM\n"
        ),
    );
    make_leaf(
        d,
        "nosan",
        "/CN=host.example.com",
        &format!("{base}extendedKeyUsage=serverAuth,clientAuth\n"),
    );
    make_leaf(
        d,
        "clientonly",
        "/CN=host.example.com",
        &format!("{base}extendedKeyUsage=clientAuth\nsubjectAltName=DNS:host.example.com\n"),
    );
    for name in ["nocn", "othercn", "noeku", "ipsan", "upper"] {
        let out = import_and_assign(d, name, "default,web-internal,web-external");
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
    }
    // The import says which names identify it.
    let store = fresh_store();
    let out = wizard_ok(
        store.path(),
        &[
            "wizard",
            "import",
            &p(d, "othercn.pem"),
            "--key",
            &p(d, "othercn.key"),
        ],
    );
    assert!(out.contains("It is valid for these names (its subject alternative names, which TLS clients check): host.example.com, www.example.com."), "{out}");
    let out = wizard_ok(
        store.path(),
        &[
            "wizard",
            "import",
            &p(d, "nosan.pem"),
            "--key",
            &p(d, "nosan.key"),
        ],
    );
    assert!(out.contains("It has no DNS name or IP address"), "{out}");
    let out = import_and_assign(d, "nosan", "web-internal");
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("no DNS name or IP address among its subject alternative names"),
        "{}",
        stderr(&out)
    );
    let out = import_and_assign(d, "clientonly", "web-internal");
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("lacks the Server Authentication"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn internationalized_names_are_requested_as_a_labels_and_shown_in_both_forms() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "Bücher.Example.",
            "--san",
            "*.münchen.example",
            "--key",
            "ecdsa-p256",
        ],
    ))
    .unwrap();
    assert_eq!(status["fqdn"], "xn--bcher-kva.example", "{status}");
    let sans: Vec<&str> = status["sans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(sans, ["xn--bcher-kva.example", "*.xn--mnchen-3ya.example"]);
    let details = wizard_ok(s, &["wizard", "details"]);
    assert!(
        details.contains("xn--bcher-kva.example (bücher.example)"),
        "{details}"
    );
    assert!(
        details.contains("*.xn--mnchen-3ya.example (*.münchen.example)"),
        "{details}"
    );
    // openssl sees the A-labels in the certificate.
    let cert = s.join(format!(
        "requests/{}/chain.pem",
        status["request"].as_str().unwrap()
    ));
    let text = openssl(&[
        "x509",
        "-in",
        cert.to_str().unwrap(),
        "-noout",
        "-ext",
        "subjectAltName",
    ]);
    assert!(text.contains("DNS:xn--bcher-kva.example"), "{text}");

    for (name, says) in [
        ("a_b.example", "contains “_”"),
        ("xn--zz.example", "not valid Punycode"),
        ("bad-.example", "begins or ends with a hyphen"),
        ("a..example", "empty label"),
        ("192.0.2.1", "IP address"),
        ("a\u{200d}b.example", "internationalized label"),
        ("host.*.example", "wildcard"),
    ] {
        let out = wizard(
            s,
            &["wizard", "request", "--fqdn", name, "--key", "ecdsa-p256"],
        );
        assert_eq!(code(&out), 2, "{name}");
        assert!(
            stderr(&out).contains("is not a valid DNS name"),
            "{name}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains(says), "{name}: {}", stderr(&out));
    }
}

// ---- item 12: algorithm names ----

#[test]
fn the_details_page_names_signature_algorithms_of_every_issuer_key() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    sh(
        d,
        "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out leaf.key",
    );
    std::fs::write(d.join("leaf.ext"), SERVER_EXT).unwrap();
    sh(
        d,
        "openssl req -new -key leaf.key -subj /CN=host.example.com -out leaf.csr",
    );
    for (name, make, digest, signature) in [
        (
            "ed",
            "openssl genpkey -algorithm ED25519 -out ed.ca",
            "",
            "Ed25519",
        ),
        (
            "ed448",
            "openssl genpkey -algorithm ED448 -out ed448.ca",
            "",
            "Ed448",
        ),
        (
            "p521",
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -out p521.ca",
            "-sha512",
            "ecdsa-with-SHA512",
        ),
        (
            "k1",
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:secp256k1 -out k1.ca",
            "-sha256",
            "ecdsa-with-SHA256",
        ),
        (
            "rsa",
            "openssl genrsa -out rsa.ca 3072 2>/dev/null",
            "-sha384",
            "sha384WithRSAEncryption",
        ),
        (
            "pss",
            "openssl genrsa -out pss.ca 2048 2>/dev/null",
            "-sha256 -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32",
            "RSASSA-PSS (SHA-256)",
        ),
        (
            "psskey",
            "openssl genpkey -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048 -out psskey.ca",
            "",
            "RSASSA-PSS (SHA-256, salt 222)",
        ),
    ] {
        sh(
            d,
            &format!(
                "{make} && openssl req -x509 -key {name}.ca -subj /CN={name}-ca -days 5 -out {name}-ca.pem && \
                 openssl x509 -req -in leaf.csr -CA {name}-ca.pem -CAkey {name}.ca -CAcreateserial -days 5 \
                 -extfile leaf.ext {digest} -out {name}.pem 2>/dev/null"
            ),
        );
        let store = fresh_store();
        let s = store.path();
        let t = import_ok(
            s,
            &[&p(d, &format!("{name}.pem")), "--key", &p(d, "leaf.key")],
        );
        let json: serde_json::Value = serde_json::from_str(&wizard_ok(
            s,
            &["--json", "wizard", "details", "--thumbprint", &t],
        ))
        .unwrap();
        // openssl's default salt for an unrestricted RSA-PSS key varies by version.
        let named = json["signature_algorithm"].as_str().unwrap();
        if name == "psskey" {
            assert!(named.starts_with("RSASSA-PSS (SHA-256"), "{name}: {named}");
        } else {
            assert_eq!(named, signature, "{name}");
        }
        assert_eq!(json["key"], "ECDSA P-256", "{name}");
        let page = wizard_ok(s, &["wizard", "details", "--thumbprint", &t]);
        assert!(page.contains(named), "{name}: {page}");
    }
}

#[test]
fn algorithm_names_are_right_for_installed_certificates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    for (name, make, key) in [
        (
            "ed",
            "openssl genpkey -algorithm ED25519 -out ed.key",
            "Ed25519",
        ),
        (
            "p521",
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -out p521.key",
            "ECDSA P-521",
        ),
        (
            "p384",
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out p384.key",
            "ECDSA P-384",
        ),
        (
            "rsa",
            "openssl genrsa -out rsa.key 2048 2>/dev/null",
            "RSA 2048",
        ),
    ] {
        sh(d, make);
        make_leaf(d, name, &format!("/CN={name}.example"), SERVER_EXT);
        let store = fresh_store();
        let s = store.path();
        let t = import_ok(
            s,
            &[
                &p(d, &format!("{name}.pem")),
                "--key",
                &p(d, &format!("{name}.key")),
            ],
        );
        let page = wizard_ok(s, &["wizard", "details", "--thumbprint", &t]);
        let line = page.lines().find(|l| l.contains("Public key")).unwrap();
        assert!(line.trim_end().ends_with(key), "{name}: {line}");
        assert!(!page.contains("1.3.101.112"), "{page}");
        let line = page
            .lines()
            .find(|l| l.contains("Signature algorithm"))
            .unwrap();
        assert!(
            line.trim_end().ends_with("ecdsa-with-SHA256"),
            "{name}: {line}"
        );
    }
}

// ---- item 14: what is not DER is refused ----

/// A DER element tree, enough to re-encode a certificate with one length or
/// INTEGER written another way.
enum Node {
    Prim(u8, Vec<u8>),
    Cons(u8, Vec<Node>),
}

fn parse(bytes: &[u8]) -> Vec<Node> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let tag = bytes[i];
        let mut len = bytes[i + 1] as usize;
        i += 2;
        if len & 0x80 != 0 {
            let n = len & 0x7f;
            len = bytes[i..i + n].iter().fold(0, |a, b| a << 8 | *b as usize);
            i += n;
        }
        let content = &bytes[i..i + len];
        out.push(if tag & 0x20 != 0 {
            Node::Cons(tag, parse(content))
        } else {
            Node::Prim(tag, content.to_vec())
        });
        i += len;
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Mangle {
    /// The length with a leading zero octet (`82 00 7b`).
    LeadingZero,
    /// The long form for a length under 128 (`81 03`).
    LongForm,
    /// An INTEGER with a redundant leading zero octet.
    PaddedInteger,
}

fn encode_len(n: usize, how: Option<Mangle>) -> Vec<u8> {
    let digits: Vec<u8> = n
        .to_be_bytes()
        .iter()
        .copied()
        .skip_while(|b| *b == 0)
        .collect();
    match how {
        Some(Mangle::LeadingZero) => {
            let mut v = vec![0x80 | (digits.len() as u8 + 1), 0];
            v.extend(&digits);
            v
        }
        Some(Mangle::LongForm) => {
            let digits = if digits.is_empty() { vec![0] } else { digits };
            let mut v = vec![0x80 | digits.len() as u8];
            v.extend(&digits);
            v
        }
        _ if n < 0x80 => vec![n as u8],
        _ => {
            let mut v = vec![0x80 | digits.len() as u8];
            v.extend(&digits);
            v
        }
    }
}

fn encode(nodes: &[Node], target: usize, how: Mangle, counter: &mut usize) -> Vec<u8> {
    let mut out = Vec::new();
    for node in nodes {
        let index = *counter;
        *counter += 1;
        let hit = (index == target).then_some(how);
        let (tag, mut body) = match node {
            Node::Prim(tag, content) => (*tag, content.clone()),
            Node::Cons(tag, children) => (*tag, encode(children, target, how, counter)),
        };
        if hit == Some(Mangle::PaddedInteger) {
            body.insert(0, 0);
        }
        out.push(tag);
        out.extend(encode_len(
            body.len(),
            hit.filter(|h| *h != Mangle::PaddedInteger),
        ));
        out.extend(body);
    }
    out
}

fn mangled(der: &[u8], target: usize, how: Mangle) -> Vec<u8> {
    encode(&parse(der), target, how, &mut 0)
}

fn openssl_reads(der_file: &Path) -> bool {
    Command::new("openssl")
        .args(["x509", "-inform", "DER", "-noout", "-in"])
        .arg(der_file)
        .output()
        .unwrap()
        .status
        .success()
}

#[test]
fn certificates_that_are_not_der_are_refused_by_every_reader() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    make_leaf(d, "leaf", "/CN=host.example.com", SERVER_EXT);
    sh(
        d,
        "openssl x509 -in leaf.pem -outform DER -out leaf.der && openssl x509 -in ca.pem -outform DER -out ca.der",
    );
    let der = std::fs::read(d.join("leaf.der")).unwrap();
    let root = std::fs::read(d.join("ca.der")).unwrap();
    // Node 0 is the Certificate, 1 its TBSCertificate, 2 the [0] version, 3 its
    // INTEGER, 4 the serial number.
    let cases: Vec<(&str, Vec<u8>, Vec<u8>)> = vec![
        (
            "tbs-leading-zero",
            mangled(&der, 1, Mangle::LeadingZero),
            mangled(&root, 1, Mangle::LeadingZero),
        ),
        (
            "version-long-form",
            mangled(&der, 2, Mangle::LongForm),
            mangled(&root, 2, Mangle::LongForm),
        ),
        (
            "serial-long-form",
            mangled(&der, 4, Mangle::LongForm),
            mangled(&root, 4, Mangle::LongForm),
        ),
        (
            "version-padded",
            mangled(&der, 3, Mangle::PaddedInteger),
            mangled(&root, 3, Mangle::PaddedInteger),
        ),
    ];
    let unchanged = encode(&parse(&der), usize::MAX, Mangle::LongForm, &mut 0);
    assert_eq!(unchanged, der, "the re-encoder keeps DER as it is");
    let store = fresh_store();
    let s = store.path();
    for (name, leaf, root) in &cases {
        let file = d.join(format!("{name}.der"));
        std::fs::write(&file, leaf).unwrap();
        if *name == "version-padded" {
            assert!(!openssl_reads(&file), "openssl refuses {name}");
        }
        let pem_file = d.join(format!("{name}.pem"));
        std::fs::write(
            &pem_file,
            format!(
                "# {name}\n{}",
                pem::encode(&pem::Pem::new("CERTIFICATE", leaf.clone()))
            ),
        )
        .unwrap();
        let root_file = d.join(format!("{name}-root.der"));
        std::fs::write(&root_file, root).unwrap();
        let key = p(d, "leaf.key");
        import_refused(
            s,
            &[file.to_str().unwrap(), "--key", &key],
            2,
            &format!("{name}.der"),
            "is not DER",
        );
        import_refused(
            s,
            &[pem_file.to_str().unwrap(), "--key", &key],
            2,
            &format!("{name}.pem:2:1"),
            "is not DER",
        );
        let bundle = d.join(format!("{name}-bundle.pem"));
        std::fs::write(
            &bundle,
            format!(
                "{}{}",
                std::fs::read_to_string(&pem_file).unwrap(),
                std::fs::read_to_string(d.join("leaf.key")).unwrap()
            ),
        )
        .unwrap();
        import_refused(
            s,
            &[bundle.to_str().unwrap()],
            2,
            &format!("{name}-bundle.pem"),
            "is not DER",
        );
        for command in [["trust", "import-root"], ["trust", "import-intermediate"]] {
            let before = snapshot(s);
            let out = wizard(
                s,
                &[command[0], command[1], root_file.to_str().unwrap(), "--yes"]
                    [..if command[1] == "import-root" { 4 } else { 3 }],
            );
            assert_eq!(code(&out), 2, "{name} {command:?}: {}", stderr(&out));
            assert!(
                stderr(&out).contains(&format!("{name}-root.der")),
                "{}",
                stderr(&out)
            );
            assert!(
                stderr(&out).contains("is not DER"),
                "{name} {command:?}: {}",
                stderr(&out)
            );
            assert_eq!(before, snapshot(s));
        }
    }
    // The canonical file is still accepted.
    import_ok(s, &[&p(d, "leaf.der"), "--key", &p(d, "leaf.key")]);
}

#[test]
fn an_offline_answer_that_is_not_der_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    make_ca(d);
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let csr = d.join("req.csr");
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
    std::fs::write(d.join("answer.ext"), SERVER_EXT).unwrap();
    sh(
        d,
        "openssl x509 -req -in req.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 5 -extfile answer.ext -outform DER -out answer.der 2>/dev/null",
    );
    let der = std::fs::read(d.join("answer.der")).unwrap();
    let bad: PathBuf = d.join("answer-bad.der");
    std::fs::write(&bad, mangled(&der, 1, Mangle::LeadingZero)).unwrap();
    let before = snapshot(s);
    let out = wizard(
        s,
        &[
            "wizard",
            "import-response",
            "--request",
            &id,
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("answer-bad.der"), "{}", stderr(&out));
    assert!(stderr(&out).contains("is not DER"), "{}", stderr(&out));
    assert_eq!(before, snapshot(s));
    wizard_ok(
        s,
        &[
            "wizard",
            "import-response",
            "--request",
            &id,
            d.join("answer.der").to_str().unwrap(),
        ],
    );
}
