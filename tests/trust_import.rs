//! `trust import-root` asks before trusting; `trust import-intermediate` takes CA
//! certificates that are not self-signed; both read PEM bundles and DER.

mod common;
use common::*;

fn local_ca(store: &std::path::Path) {
    local_request(store);
}

#[test]
fn root_import_without_terminal_or_yes_refuses_and_imports_nothing() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    local_ca(s);
    let before = snapshot(s);
    let out = docwiz()
        .args([
            "--store",
            s.to_str().unwrap(),
            "trust",
            "import-root",
            s.join("ca/root.pem").to_str().unwrap(),
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert_eq!(before, snapshot(s));
}

/// Runs docwiz on a pseudo-terminal (util-linux `script`) and types `answer`.
fn on_terminal(store: &std::path::Path, args: &str, answer: &str) -> (bool, String) {
    let bin = env!("CARGO_BIN_EXE_docwiz");
    let mut child = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{bin} --store {} {args}", store.display()),
            "/dev/null",
        ])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
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
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn root_import_on_a_terminal_shows_subject_and_thumbprint_and_asks() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    local_ca(s);
    let root = s.join("ca/root.pem");
    let thumbprint = status_json(s, None)["chain"]["missing"][0]["thumbprint"]
        .as_str()
        .unwrap()
        .to_string();

    let (ok, screen) = on_terminal(s, &format!("trust import-root {}", root.display()), "n\n");
    assert!(!ok, "{screen}");
    assert!(screen.contains("docwiz Local Root CA"), "{screen}");
    assert!(screen.contains(&thumbprint), "{screen}");
    assert!(
        screen.contains("Trust this root certificate? [y/N]"),
        "{screen}"
    );
    assert!(
        !s.join("trust/root")
            .join(format!("{thumbprint}.pem"))
            .exists()
    );

    let (ok, screen) = on_terminal(s, &format!("trust import-root {}", root.display()), "yes\n");
    assert!(ok, "{screen}");
    assert!(
        s.join("trust/root")
            .join(format!("{thumbprint}.pem"))
            .exists()
    );
}

#[test]
fn a_bundle_is_imported_whole_or_not_at_all_each_import_taking_its_own() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    local_ca(s);
    let other = tempfile::tempdir().unwrap();
    local_ca(other.path());
    let dir = tempfile::tempdir().unwrap();
    // Two roots in one PEM file: both enter the root store.
    let roots = dir.path().join("roots.pem");
    let both = std::fs::read_to_string(s.join("ca/root.pem")).unwrap()
        + &std::fs::read_to_string(other.path().join("ca/root.pem")).unwrap();
    std::fs::write(&roots, both).unwrap();
    let out = wizard_ok(
        s,
        &["trust", "import-root", roots.to_str().unwrap(), "--yes"],
    );
    assert_eq!(
        out.lines()
            .filter(|l| l.starts_with("Imported into Trusted Root"))
            .count(),
        2,
        "{out}"
    );
    assert_eq!(std::fs::read_dir(s.join("trust/root")).unwrap().count(), 2);
    // Importing again says so.
    let out = wizard_ok(
        s,
        &["trust", "import-root", roots.to_str().unwrap(), "--yes"],
    );
    assert!(out.contains("Already in the store"), "{out}");
    // A root and an intermediate together: each import takes its own and
    // names what it skipped with the command that takes it.
    let mixed = dir.path().join("mixed.pem");
    let text = std::fs::read_to_string(other.path().join("ca/root.pem")).unwrap()
        + &std::fs::read_to_string(other.path().join("ca/issuing.pem")).unwrap();
    std::fs::write(&mixed, text).unwrap();
    let out = wizard_ok(
        s,
        &["trust", "import-intermediate", mixed.to_str().unwrap()],
    );
    assert!(out.contains("Imported into Intermediate"), "{out}");
    assert!(
        out.contains("Skipped") && out.contains("trust import-root"),
        "{out}"
    );
    let out = wizard_ok(
        s,
        &["trust", "import-root", mixed.to_str().unwrap(), "--yes"],
    );
    // The root came in with the bundle above.
    assert!(out.contains("Already in the store"), "{out}");
    assert!(
        out.contains("Skipped") && out.contains("trust import-intermediate"),
        "{out}"
    );
    // A server certificate in the bundle is skipped with the command that
    // installs one, spelt for this store and language, its placeholders as
    // `--help` names them there.
    let leaf = std::fs::read_dir(other.path().join("requests"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
        .join("chain.pem");
    let with_leaf = dir.path().join("with-leaf.pem");
    // The request's chain: its certificate, then the issuing CA's.
    let text = std::fs::read_to_string(&leaf).unwrap();
    std::fs::write(&with_leaf, text).unwrap();
    let out = wizard_ok(
        s,
        &[
            "--lang",
            "de",
            "trust",
            "import-intermediate",
            with_leaf.to_str().unwrap(),
        ],
    );
    assert!(
        out.contains(&format!(
            "docwiz --store {} --lang de wizard import <DATEI> --key <SCHLÜSSEL>",
            s.display()
        )),
        "{out}"
    );
    // A file with nothing for the store is refused, and nothing enters.
    let before = snapshot(s);
    assert_eq!(
        code(&wizard(
            s,
            &[
                "trust",
                "import-root",
                other.path().join("ca/issuing.pem").to_str().unwrap(),
                "--yes"
            ]
        )),
        1
    );
    assert_eq!(before, snapshot(s));
}

#[test]
fn trust_list_shows_both_stores() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    let out = wizard_ok(s, &["trust", "list"]);
    assert!(out.contains("Trusted Root Certification Authorities"));
    assert!(out.contains("Intermediate Certification Authorities"));
    assert!(out.contains("docwiz Local Root CA"));
    assert!(out.contains("docwiz Local Issuing CA"));
    assert_eq!(status["chain"]["status"], "trusted");
}

// ---- roots as they come (issue 10, item 8) ----

fn ossl(dir: &std::path::Path, args: &[&str]) {
    let out = std::process::Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("openssl is installed");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

const LEAF_EXT: &str = "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:host.example.com\n";

/// A leaf `leaf.pem`/`leaf.key` (ECDSA P-256) issued in `dir` by `ca.pem`/`ca.key`.
fn leaf_from(dir: &std::path::Path, ca: &str) {
    std::fs::write(dir.join("leaf.ext"), LEAF_EXT).unwrap();
    ossl(
        dir,
        &[
            "req",
            "-new",
            "-nodes",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-keyout",
            "leaf.key",
            "-out",
            "leaf.csr",
            "-subj",
            "/CN=host.example.com",
        ],
    );
    ossl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            &format!("{ca}.pem"),
            "-CAkey",
            &format!("{ca}.key"),
            "-set_serial",
            "99",
            "-days",
            "30",
            "-extfile",
            "leaf.ext",
            "-out",
            "leaf.pem",
        ],
    );
}

/// Imports `dir/leaf.pem` with its key and returns `details --json`'s chain.
fn leaf_chain(store: &std::path::Path, dir: &std::path::Path) -> serde_json::Value {
    wizard_ok(
        store,
        &[
            "wizard",
            "import",
            dir.join("leaf.pem").to_str().unwrap(),
            "--key",
            dir.join("leaf.key").to_str().unwrap(),
        ],
    );
    let t = openssl(&[
        "x509",
        "-in",
        dir.join("leaf.pem").to_str().unwrap(),
        "-noout",
        "-fingerprint",
        "-sha1",
    ]);
    let t = t.trim().rsplit('=').next().unwrap().replace(':', "");
    let doc: serde_json::Value = serde_json::from_str(&wizard_ok(
        store,
        &["--json", "wizard", "details", "--thumbprint", &t],
    ))
    .unwrap();
    doc["chain"].clone()
}

#[test]
fn an_x509_v1_root_is_a_root_and_its_chains_are_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // `openssl x509 -req -signkey` without extensions: version 1, no basicConstraints.
    ossl(
        d,
        &[
            "req",
            "-new",
            "-nodes",
            "-newkey",
            "rsa:2048",
            "-keyout",
            "ca.key",
            "-out",
            "ca.csr",
            "-subj",
            "/CN=Legacy V1 Root",
        ],
    );
    ossl(
        d,
        &[
            "x509", "-req", "-in", "ca.csr", "-signkey", "ca.key", "-days", "365", "-out", "ca.pem",
        ],
    );
    assert!(
        openssl(&[
            "x509",
            "-in",
            d.join("ca.pem").to_str().unwrap(),
            "-noout",
            "-text"
        ])
        .contains("Version: 1 (0x0)")
    );
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let out = wizard_ok(
        s,
        &[
            "trust",
            "import-root",
            d.join("ca.pem").to_str().unwrap(),
            "--yes",
        ],
    );
    assert!(out.contains("CN=Legacy V1 Root"), "{out}");
    leaf_from(d, "ca");
    assert_eq!(leaf_chain(s, d)["status"], "trusted");
    // A v1 certificate that is not self-issued is still no root.
    let out = wizard(
        s,
        &[
            "trust",
            "import-root",
            d.join("leaf.pem").to_str().unwrap(),
            "--yes",
        ],
    );
    // Readable, refused: exit 1.
    assert_eq!(code(&out), 1);
}

#[test]
fn p521_and_ed448_roots_are_roots_and_ed448_chains_say_the_algorithm_is_unsupported() {
    for (newkey, name) in [
        (
            vec!["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-521"],
            "P-521 Root",
        ),
        (vec!["-newkey", "ed448"], "Ed448 Root"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let subj = format!("/CN={name}");
        let mut args = vec!["req", "-x509", "-nodes"];
        args.extend(&newkey);
        args.extend([
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-subj",
            &subj,
            "-days",
            "365",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ]);
        ossl(d, &args);
        let store = tempfile::tempdir().unwrap();
        let s = store.path();
        let out = wizard_ok(
            s,
            &[
                "trust",
                "import-root",
                d.join("ca.pem").to_str().unwrap(),
                "--yes",
            ],
        );
        assert!(out.contains(name), "{out}");
        assert_eq!(std::fs::read_dir(s.join("trust/root")).unwrap().count(), 1);
        leaf_from(d, "ca");
        let chain = leaf_chain(s, d);
        if name.starts_with("P-521") {
            assert_eq!(chain["status"], "trusted", "{chain:#}");
        } else {
            // Not "untrusted": the root is trusted, docwiz cannot verify Ed448.
            assert_eq!(chain["status"], "invalid", "{chain:#}");
            assert_eq!(chain["reason"]["code"], "unsupported-algorithm");
            assert_eq!(chain["reason"]["args"]["algorithm"], "Ed448");
            assert_eq!(chain["reason"]["role"], "leaf");
            assert_eq!(chain["missing"], serde_json::json!([]));
        }
    }
}

/// A self-signed CA certificate made with rcgen, valid `from`..`to`.
fn dated_root(name: &str, from: time::OffsetDateTime, to: time::OffsetDateTime) -> String {
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::default();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, name);
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params.not_before = from;
    params.not_after = to;
    params.self_signed(&key).unwrap().pem()
}

#[test]
fn an_expired_or_not_yet_valid_root_is_imported_with_a_warning() {
    let now = time::OffsetDateTime::now_utc();
    let day = time::Duration::days(1);
    let dir = tempfile::tempdir().unwrap();
    for (name, from, to, english, german) in [
        (
            "Expired Root",
            now - 900 * day,
            now - day,
            "expired on",
            "abgelaufen",
        ),
        (
            "Future Root",
            now + 2 * day,
            now + 900 * day,
            "is not valid before",
            "gilt erst ab",
        ),
    ] {
        let file = dir.path().join(format!("{name}.pem"));
        std::fs::write(&file, dated_root(name, from, to)).unwrap();
        let store = tempfile::tempdir().unwrap();
        let s = store.path();
        let out = wizard_ok(
            s,
            &["trust", "import-root", file.to_str().unwrap(), "--yes"],
        );
        assert!(out.contains(name) && out.contains(english), "{out}");
        assert!(out.contains("Warning"), "{out}");
        assert_eq!(std::fs::read_dir(s.join("trust/root")).unwrap().count(), 1);
        let store = tempfile::tempdir().unwrap();
        let out = wizard_ok(
            store.path(),
            &[
                "--lang",
                "de",
                "trust",
                "import-root",
                file.to_str().unwrap(),
                "--yes",
            ],
        );
        assert!(out.contains(german), "{out}");
        // The confirmation on a terminal warns before asking.
        let store = tempfile::tempdir().unwrap();
        let (ok, screen) = on_terminal(
            store.path(),
            &format!("trust import-root '{}'", file.display()),
            "n\n",
        );
        assert!(!ok);
        let warning = screen.find(english).expect(&screen);
        let question = screen.find("Trust this root certificate?").expect(&screen);
        assert!(warning < question, "{screen}");
    }
}

/// `certs` (PEM files in `dir`) as PKCS#7: DER, PEM (openssl crl2pkcs7, as
/// Windows exports .p7b) and BER with indefinite lengths (re-encoded here).
fn p7b(dir: &std::path::Path, certs: &[&str], stem: &str) -> [std::path::PathBuf; 3] {
    let mut args = vec!["crl2pkcs7", "-nocrl"];
    for c in certs {
        args.extend(["-certfile", c]);
    }
    let der = format!("{stem}.p7b");
    let pem = format!("{stem}-pem.p7b");
    let mut der_args = args.clone();
    der_args.extend(["-outform", "DER", "-out", &der]);
    ossl(dir, &der_args);
    let mut pem_args = args.clone();
    pem_args.extend(["-out", &pem]);
    ossl(dir, &pem_args);
    let ber = dir.join(format!("{stem}-ber.p7b"));
    std::fs::write(&ber, indefinite(&std::fs::read(dir.join(&der)).unwrap(), 4)).unwrap();
    // openssl reads the BER form as it is.
    ossl(
        dir,
        &[
            "pkcs7",
            "-inform",
            "DER",
            "-in",
            ber.to_str().unwrap(),
            "-print_certs",
            "-noout",
        ],
    );
    [dir.join(der), dir.join(pem), ber]
}

/// One DER element: (tag, header length, content length).
fn header(b: &[u8]) -> (u8, usize, usize) {
    let first = b[1];
    if first < 0x80 {
        return (b[0], 2, first as usize);
    }
    let n = (first & 0x7f) as usize;
    let len = b[2..2 + n]
        .iter()
        .fold(0usize, |a, x| (a << 8) | *x as usize);
    (b[0], 2 + n, len)
}

/// Re-encodes the constructed elements of `der` down to `levels` deep with
/// indefinite lengths (X.690 8.1.3.6), leaving deeper ones (the certificates)
/// as they are.
fn indefinite(der: &[u8], levels: usize) -> Vec<u8> {
    let (tag, head, len) = header(der);
    if levels == 0 || tag & 0x20 == 0 {
        return der[..head + len].to_vec();
    }
    let mut out = vec![tag, 0x80];
    let mut rest = &der[head..head + len];
    while !rest.is_empty() {
        let (_, h, l) = header(rest);
        out.extend(indefinite(&rest[..h + l], levels - 1));
        rest = &rest[h + l..];
    }
    out.extend([0, 0]);
    out
}

#[test]
fn roots_and_intermediates_import_from_p7b_in_der_pem_and_ber() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ossl(
        d,
        &[
            "req",
            "-x509",
            "-nodes",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-keyout",
            "root.key",
            "-out",
            "root.pem",
            "-subj",
            "/CN=P7B Root",
            "-days",
            "365",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
    );
    std::fs::write(
        d.join("ca.ext"),
        "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n",
    )
    .unwrap();
    ossl(
        d,
        &[
            "req",
            "-new",
            "-nodes",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-keyout",
            "ca.key",
            "-out",
            "ca.csr",
            "-subj",
            "/CN=P7B Intermediate",
        ],
    );
    ossl(
        d,
        &[
            "x509",
            "-req",
            "-in",
            "ca.csr",
            "-CA",
            "root.pem",
            "-CAkey",
            "root.key",
            "-set_serial",
            "5",
            "-days",
            "365",
            "-extfile",
            "ca.ext",
            "-out",
            "ca.pem",
        ],
    );
    let roots = p7b(d, &["root.pem"], "root");
    let intermediates = p7b(d, &["ca.pem"], "ca");
    for (root, intermediate) in roots.iter().zip(&intermediates) {
        let store = tempfile::tempdir().unwrap();
        let s = store.path();
        let out = wizard_ok(
            s,
            &["trust", "import-root", root.to_str().unwrap(), "--yes"],
        );
        assert!(out.contains("CN=P7B Root"), "{}: {out}", root.display());
        let out = wizard_ok(
            s,
            &[
                "trust",
                "import-intermediate",
                intermediate.to_str().unwrap(),
            ],
        );
        assert!(
            out.contains("CN=P7B Intermediate"),
            "{}: {out}",
            intermediate.display()
        );
        // A .p7b with the root is still no intermediate.
        assert_eq!(
            code(&wizard(
                s,
                &["trust", "import-intermediate", root.to_str().unwrap()]
            )),
            1
        );
    }
    // openssl cms -stream writes BER itself (signed by the root: it carries the root).
    std::fs::write(d.join("data"), "docwiz").unwrap();
    ossl(
        d,
        &[
            "cms",
            "-sign",
            "-in",
            "data",
            "-signer",
            "root.pem",
            "-inkey",
            "root.key",
            "-outform",
            "DER",
            "-stream",
            "-nodetach",
            "-out",
            "signed.p7b",
        ],
    );
    let store = tempfile::tempdir().unwrap();
    let out = wizard_ok(
        store.path(),
        &[
            "trust",
            "import-root",
            d.join("signed.p7b").to_str().unwrap(),
            "--yes",
        ],
    );
    assert!(out.contains("CN=P7B Root"), "{out}");
}

#[test]
fn answers_and_imports_read_ber_pkcs7_too() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ossl(
        d,
        &[
            "req",
            "-x509",
            "-nodes",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-subj",
            "/CN=BER Root",
            "-days",
            "365",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
    );
    // `wizard import`: the leaf and its root in a BER .p7b, the key beside.
    leaf_from(d, "ca");
    let [_, _, ber] = p7b(d, &["leaf.pem", "ca.pem"], "leaf");
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    wizard_ok(
        s,
        &[
            "trust",
            "import-root",
            d.join("ca.pem").to_str().unwrap(),
            "--yes",
        ],
    );
    wizard_ok(
        s,
        &[
            "wizard",
            "import",
            ber.to_str().unwrap(),
            "--key",
            d.join("leaf.key").to_str().unwrap(),
        ],
    );
    // `wizard import-response`: the CA's answer to an offline request, in BER.
    let csr = d.join("offline.csr");
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
    let id = status["request"].as_str().unwrap();
    ossl(
        d,
        &[
            "x509",
            "-req",
            "-in",
            "offline.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-set_serial",
            "77",
            "-days",
            "30",
            "-extfile",
            "leaf.ext",
            "-out",
            "answer.pem",
        ],
    );
    let [_, _, answer] = p7b(d, &["answer.pem", "ca.pem"], "answer");
    wizard_ok(
        s,
        &[
            "wizard",
            "import-response",
            "--request",
            id,
            answer.to_str().unwrap(),
        ],
    );
    assert_eq!(status_json(s, Some(id))["chain"]["status"], "trusted");
}
