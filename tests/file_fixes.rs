//! What a tester found in the file readers after issue 10: non-DER inside
//! extension values and written-out DEFAULT values (X.690 §11.5) accepted,
//! weak RSA keys called damaged, exit codes of policy refusals, unrelated
//! certificates of a bundle written into the chain, a second key ignored
//! silently, PKCS#12 and PKCS#7 reasons, and names. Every malformed
//! certificate is made here: an openssl certificate is taken apart, one
//! extension re-encoded, and the TBS signed again with `openssl dgst -sign`.

mod common;
use common::*;

use std::path::Path;

// ---- a little DER, enough to take a certificate apart and put it back ----

type Parts = Vec<(u8, Vec<u8>)>;

/// The elements of `bytes` (definite lengths, as openssl writes them).
fn parse(bytes: &[u8]) -> Parts {
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let tag = bytes[at];
        let first = bytes[at + 1];
        let (len, head) = if first < 0x80 {
            (first as usize, 2)
        } else {
            let n = (first & 0x7f) as usize;
            let len = bytes[at + 2..at + 2 + n]
                .iter()
                .fold(0usize, |a, b| (a << 8) | *b as usize);
            (len, 2 + n)
        };
        out.push((tag, bytes[at + head..at + head + len].to_vec()));
        at += head + len;
    }
    out
}

fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 0x80 {
        out.push(n as u8);
    } else {
        let bytes: Vec<u8> = n
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

fn join(parts: &Parts) -> Vec<u8> {
    parts.iter().flat_map(|(t, c)| tlv(*t, c)).collect()
}

/// The same element with an indefinite length (BER, X.690 §8.1.3.6): a
/// SEQUENCE as it is, a string in the constructed form BER writers use.
fn indefinite(element: &[u8]) -> Vec<u8> {
    let (tag, content) = parse(element).remove(0);
    let (outer, inner) = if tag & 0x20 != 0 {
        (tag, content)
    } else {
        (tag | 0x20, tlv(tag, &content))
    };
    let mut out = vec![outer, 0x80];
    out.extend(inner);
    out.extend([0, 0]);
    out
}

fn pem_der(path: &str) -> Vec<u8> {
    pem::parse(std::fs::read(path).unwrap())
        .unwrap()
        .contents()
        .to_vec()
}

fn write_pem(path: &str, der: &[u8]) {
    std::fs::write(path, pem::encode(&pem::Pem::new("CERTIFICATE", der))).unwrap();
}

const BASIC_CONSTRAINTS: &[u8] = &[0x55, 0x1d, 0x13];
const KEY_USAGE: &[u8] = &[0x55, 0x1d, 0x0f];
const EKU: &[u8] = &[0x55, 0x1d, 0x25];
const SAN: &[u8] = &[0x55, 0x1d, 0x11];
const SKI: &[u8] = &[0x55, 0x1d, 0x0e];
const AKI: &[u8] = &[0x55, 0x1d, 0x23];
/// 1.2.3.4, an extension no one knows.
const PRIVATE: &[u8] = &[0x2a, 0x03, 0x04];

/// Rewrites the certificate `input` (PEM) into `output` (PEM): `edit`
/// changes the TBS fields, then `key` signs the new TBS (SHA-256).
fn resign(dir: &Path, input: &str, key: &str, output: &str, edit: impl Fn(&mut Parts)) {
    let cert = parse(&pem_der(&p(dir, input))).remove(0).1;
    let parts = parse(&cert);
    let mut tbs = parse(&parts[0].1);
    edit(&mut tbs);
    let tbs = tlv(0x30, &join(&tbs));
    std::fs::write(dir.join("tbs.der"), &tbs).unwrap();
    sh(
        dir,
        &format!("openssl dgst -sha256 -sign {key} -out sig.bin tbs.der"),
    );
    let mut signature = vec![0];
    signature.extend(std::fs::read(dir.join("sig.bin")).unwrap());
    let mut whole = tbs;
    whole.extend(tlv(parts[1].0, &parts[1].1));
    whole.extend(tlv(0x03, &signature));
    write_pem(&p(dir, output), &tlv(0x30, &whole));
}

/// An edit of the extension `oid`: `f` gets its parts (OID, critical?, value).
fn extension(oid: &'static [u8], f: impl Fn(&mut Parts)) -> impl Fn(&mut Parts) {
    move |tbs: &mut Parts| {
        let field = tbs
            .iter_mut()
            .find(|(t, _)| *t == 0xa3)
            .expect("extensions");
        let mut list = parse(&parse(&field.1)[0].1);
        let ext = list
            .iter_mut()
            .find(|(_, e)| parse(e)[0].1 == oid)
            .expect("the extension is there");
        let mut parts = parse(&ext.1);
        f(&mut parts);
        ext.1 = parts.iter().flat_map(|(t, c)| raw(*t, c)).collect();
        field.1 = tlv(0x30, &join(&list));
    }
}

/// An element whose content may already be a whole element (tag 0): written
/// as it is, so that non-DER values survive the rebuild.
fn raw(tag: u8, content: &[u8]) -> Vec<u8> {
    if tag == 0 {
        content.to_vec()
    } else {
        tlv(tag, content)
    }
}

/// The extension's value (inside extnValue) re-encoded with an indefinite length.
fn value_indefinite(parts: &mut Parts) {
    let value = parts.last_mut().unwrap();
    value.1 = indefinite(&value.1);
}

fn make_root(d: &Path) {
    sh(
        d,
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
         -out ca.pem -subj '/CN=Fix Root' -days 30 \
         -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
         -addext 1.2.3.4=DER:30:03:02:01:01 2>/dev/null",
    );
}

/// `leaf.pem` for `leaf.key` under the root, with every extension a leaf has.
fn make_leaf(d: &Path, name: &str, cn: &str) {
    std::fs::write(
        d.join(format!("{name}.ext")),
        format!(
            "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n\
             extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:{cn}\n\
             subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n1.2.3.4=DER:30:03:02:01:01\n"
        ),
    )
    .unwrap();
    sh(
        d,
        &format!(
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out {name}.key && \
             openssl req -new -key {name}.key -subj '/CN={cn}' -out {name}.csr && \
             openssl x509 -req -in {name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
             -days 10 -extfile {name}.ext -out {name}.pem 2>/dev/null"
        ),
    );
}

fn fresh() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// Runs docwiz, expects `code` and an unchanged store; returns stderr.
fn refused(store: &Path, args: &[&str], wanted: i32) -> String {
    let before = snapshot(store);
    let out = wizard(store, args);
    let err = stderr(&out);
    assert_eq!(code(&out), wanted, "{args:?}: {}{err}", stdout(&out));
    assert_eq!(snapshot(store), before, "{args:?} changed the store");
    assert!(
        !err.contains("Der(") && !err.contains("Parsing Error"),
        "{err}"
    );
    err
}

#[test]
fn extension_values_that_are_not_der_are_refused_by_every_reader() {
    let dir = fresh();
    let d = dir.path();
    make_root(d);
    make_leaf(d, "leaf", "host.example.com");
    // The machinery itself: a certificate taken apart and signed again as it
    // was is still accepted.
    resign(d, "leaf.pem", "ca.key", "same.pem", |_| {});
    let store = fresh();
    let s = store.path();
    wizard_ok(s, &["trust", "import-root", &p(d, "ca.pem"), "--yes"]);
    wizard_ok(
        s,
        &[
            "wizard",
            "import",
            &p(d, "same.pem"),
            "--key",
            &p(d, "leaf.key"),
        ],
    );

    let key = p(d, "leaf.key");
    for (oid, name) in [
        (BASIC_CONSTRAINTS, "basicConstraints"),
        (KEY_USAGE, "keyUsage"),
        (EKU, "extendedKeyUsage"),
        (SAN, "subjectAltName"),
        (SKI, "subjectKeyIdentifier"),
        (AKI, "authorityKeyIdentifier"),
        (PRIVATE, "1.2.3.4"),
    ] {
        let bad = format!("bad-{name}.pem");
        resign(
            d,
            "leaf.pem",
            "ca.key",
            &bad,
            extension(oid, value_indefinite),
        );
        let err = refused(s, &["wizard", "import", &p(d, &bad), "--key", &key], 2);
        assert!(
            err.contains(&format!(
                "the value of its {name} extension has an indefinite length"
            )),
            "{name}: {err}"
        );
        assert!(err.contains(&bad), "{err}");
    }

    // The same certificate as DER, in a PKCS#7, in a PKCS#12, and as a CA's
    // answer to an offline request.
    resign(
        d,
        "leaf.pem",
        "ca.key",
        "bad.pem",
        extension(SAN, value_indefinite),
    );
    sh(
        d,
        "openssl x509 -in bad.pem -outform DER -out bad.der && \
         openssl crl2pkcs7 -nocrl -certfile bad.pem -certfile ca.pem -outform DER -out bad.p7b && \
         openssl pkcs12 -export -in bad.pem -inkey leaf.key -passout pass:pw -out bad.p12 && \
         echo pw > pw",
    );
    for file in ["bad.der", "bad.p7b"] {
        let err = refused(s, &["wizard", "import", &p(d, file), "--key", &key], 2);
        assert!(err.contains("subjectAltName extension"), "{file}: {err}");
    }
    let err = refused(
        s,
        &[
            "wizard",
            "import",
            &p(d, "bad.p12"),
            "--password-file",
            &p(d, "pw"),
        ],
        2,
    );
    assert!(err.contains("subjectAltName extension"), "{err}");
    // German too: the reason, not a parser's words.
    let err = refused(
        s,
        &[
            "--lang",
            "de",
            "wizard",
            "import",
            &p(d, "bad.der"),
            "--key",
            &key,
        ],
        2,
    );
    assert!(err.contains("Erweiterung subjectAltName"), "{err}");

    let offline = p(d, "offline.csr");
    let status: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "off.example.com",
            "--key",
            "ecdsa-p256",
            "--offline",
            &offline,
        ],
    ))
    .unwrap();
    let id = status["request"].as_str().unwrap().to_string();
    sh(
        d,
        "printf 'subjectAltName=DNS:off.example.com\\nextendedKeyUsage=serverAuth,clientAuth\\n' > off.ext && \
         openssl x509 -req -in offline.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 10 \
         -extfile off.ext -out off.pem 2>/dev/null",
    );
    resign(
        d,
        "off.pem",
        "ca.key",
        "off-bad.pem",
        extension(SAN, value_indefinite),
    );
    let err = refused(
        s,
        &[
            "wizard",
            "import-response",
            "--request",
            &id,
            &p(d, "off-bad.pem"),
        ],
        2,
    );
    assert!(err.contains("subjectAltName extension"), "{err}");

    // Roots: a trust store takes nothing that is not DER either.
    for (oid, name) in [
        (KEY_USAGE, "keyUsage"),
        (SKI, "subjectKeyIdentifier"),
        (BASIC_CONSTRAINTS, "basicConstraints"),
    ] {
        let bad = format!("root-{name}.pem");
        resign(
            d,
            "ca.pem",
            "ca.key",
            &bad,
            extension(oid, value_indefinite),
        );
        let store = fresh();
        let err = refused(
            store.path(),
            &["trust", "import-root", &p(d, &bad), "--yes"],
            2,
        );
        assert!(err.contains(&format!("its {name} extension")), "{err}");
    }
}

#[test]
fn a_known_extension_that_does_not_read_as_itself_is_refused_by_name() {
    let dir = fresh();
    let d = dir.path();
    make_root(d);
    make_leaf(d, "leaf", "host.example.com");
    // keyUsage as an INTEGER: DER, but not a KeyUsage BIT STRING.
    resign(
        d,
        "leaf.pem",
        "ca.key",
        "ku-int.pem",
        extension(KEY_USAGE, |parts| {
            parts.last_mut().unwrap().1 = vec![0x02, 0x01, 0x05];
        }),
    );
    let store = fresh();
    let err = refused(
        store.path(),
        &[
            "wizard",
            "import",
            &p(d, "ku-int.pem"),
            "--key",
            &p(d, "leaf.key"),
        ],
        2,
    );
    assert!(err.contains("keyUsage extension cannot be read"), "{err}");
}

#[test]
fn written_out_default_values_are_not_der_and_say_which() {
    let dir = fresh();
    let d = dir.path();
    make_root(d);
    make_leaf(d, "leaf", "host.example.com");
    // critical FALSE in a non-critical extension.
    resign(
        d,
        "ca.pem",
        "ca.key",
        "crit.pem",
        extension(SKI, |parts| {
            parts.insert(1, (0x01, vec![0x00]));
        }),
    );
    // cA FALSE written out in a leaf's basicConstraints.
    resign(
        d,
        "leaf.pem",
        "ca.key",
        "ca-false.pem",
        extension(BASIC_CONSTRAINTS, |parts| {
            parts.last_mut().unwrap().1 = vec![0x30, 0x03, 0x01, 0x01, 0x00];
        }),
    );
    // Version v1 written out, in a certificate without extensions.
    resign(d, "ca.pem", "ca.key", "v1.pem", |tbs| {
        tbs.retain(|(t, _)| *t != 0xa3);
        tbs[0].1 = vec![0x02, 0x01, 0x00];
    });
    for (file, what, root) in [
        ("crit.pem", "critical FALSE in an extension", true),
        ("v1.pem", "version v1", true),
        ("ca-false.pem", "cA FALSE in basicConstraints", false),
    ] {
        let store = fresh();
        let args: Vec<String> = if root {
            vec![
                "trust".into(),
                "import-root".into(),
                p(d, file),
                "--yes".into(),
            ]
        } else {
            vec![
                "wizard".into(),
                "import".into(),
                p(d, file),
                "--key".into(),
                p(d, "leaf.key"),
            ]
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let err = refused(store.path(), &args, 2);
        assert!(err.contains("writes out a default value"), "{file}: {err}");
        assert!(err.contains(what), "{file}: {err}");
    }
}

#[test]
fn rsa_keys_below_2048_bits_are_refused_by_policy_with_exit_1_in_every_form() {
    let dir = fresh();
    let d = dir.path();
    sh(
        d,
        "openssl req -x509 -newkey rsa:1024 -nodes -keyout k.pem -subj /CN=r.example \
         -addext subjectAltName=DNS:r.example -out c.pem 2>/dev/null && \
         openssl rsa -in k.pem -traditional -out k1.pem 2>/dev/null && \
         openssl pkey -in k.pem -outform DER -out k.der && \
         cat c.pem k.pem > bundle.pem && \
         openssl pkcs12 -export -in c.pem -inkey k.pem -passout pass:pw -out k.p12 && echo pw > pw",
    );
    let store = fresh();
    let s = store.path();
    for (args, file) in [
        (vec!["wizard", "import", "c.pem", "--key", "k.pem"], "k.pem"),
        (
            vec!["wizard", "import", "c.pem", "--key", "k1.pem"],
            "k1.pem",
        ),
        (vec!["wizard", "import", "c.pem", "--key", "k.der"], "k.der"),
        (vec!["wizard", "import", "bundle.pem"], "bundle.pem"),
        (
            vec!["wizard", "import", "k.p12", "--password-file", "pw"],
            "k.p12",
        ),
    ] {
        let args: Vec<String> = args
            .iter()
            .map(|a| {
                if a.contains('.') || *a == "pw" {
                    p(d, a)
                } else {
                    a.to_string()
                }
            })
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let err = refused(s, &args, 1);
        assert!(err.contains("has 1024 bits"), "{err}");
        assert!(err.contains("§6.1.5"), "{err}");
        assert!(err.contains(&p(d, file)), "{err}");
        assert!(!err.contains("damaged"), "{err}");
    }
    let mut args = vec!["--lang", "fr", "wizard", "import"];
    let (c, k) = (p(d, "c.pem"), p(d, "k.pem"));
    args.extend([c.as_str(), "--key", k.as_str()]);
    let err = refused(s, &args, 1);
    assert!(err.contains("1024 bits"), "{err}");
}

#[test]
fn policy_refusals_of_readable_input_exit_1_and_unreadable_input_exits_2() {
    let dir = fresh();
    let d = dir.path();
    make_root(d);
    make_leaf(d, "leaf", "host.example.com");
    sh(
        d,
        "openssl genpkey -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048 -out pss.pem && \
         openssl genpkey -algorithm X25519 -out x25519.pem && \
         openssl genpkey -algorithm ED448 -out ed448.pem && \
         openssl ec -in leaf.key -aes128 -passout pass:pw -out legacy.pem 2>/dev/null && \
         printf 'not a key' > junk.key",
    );
    let store = fresh();
    let s = store.path();
    let leaf = p(d, "leaf.pem");
    for key in ["pss.pem", "x25519.pem", "ed448.pem", "legacy.pem"] {
        refused(s, &["wizard", "import", &leaf, "--key", &p(d, key)], 1);
    }
    refused(
        s,
        &["wizard", "import", &leaf, "--key", &p(d, "junk.key")],
        2,
    );
    // A certificate that is not a CA, offered as an intermediate: readable,
    // refused.
    refused(s, &["trust", "import-intermediate", &leaf], 1);
    refused(s, &["trust", "import-root", &leaf, "--yes"], 1);
}

#[test]
fn a_bundle_keeps_only_the_leafs_chain_and_names_what_it_left_out() {
    let dir = fresh();
    let d = dir.path();
    make_root(d);
    make_leaf(d, "leaf", "host.example.com");
    make_leaf(d, "other", "other.example.com");
    let other = openssl(&[
        "x509",
        "-in",
        &p(d, "other.pem"),
        "-noout",
        "-fingerprint",
        "-sha1",
    ]);
    let other = other.trim().split('=').nth(1).unwrap().replace(':', "");
    sh(d, "cat leaf.pem other.pem ca.pem leaf.key > b.pem");
    let store = fresh();
    let s = store.path();
    let out = wizard_ok(s, &["wizard", "import", &p(d, "b.pem")]);
    assert!(out.contains("One certificate of"), "{out}");
    assert!(out.contains(&other), "{out}");
    assert!(out.contains("CN=other.example.com"), "{out}");
    let certs: Vec<_> = std::fs::read_dir(s.join("certs")).unwrap().collect();
    assert_eq!(certs.len(), 1);
    let t = certs[0].as_ref().unwrap().path();
    let ca = std::fs::read_to_string(d.join("ca.pem")).unwrap();
    assert_eq!(std::fs::read_to_string(t.join("chain.pem")).unwrap(), ca);
    let full = std::fs::read_to_string(t.join("fullchain.pem")).unwrap();
    assert_eq!(full.matches("BEGIN CERTIFICATE").count(), 2, "{full}");
}

#[test]
fn a_pem_with_two_keys_says_which_it_took() {
    let dir = fresh();
    let d = dir.path();
    make_root(d);
    make_leaf(d, "leaf", "host.example.com");
    make_leaf(d, "other", "other.example.com");
    sh(d, "cat leaf.pem other.key leaf.key > two.pem");
    let key_line = std::fs::read_to_string(d.join("two.pem"))
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("-----BEGIN PRIVATE KEY"))
        .map(|(i, _)| i + 1)
        .collect::<Vec<_>>();
    let store = fresh();
    let out = wizard_ok(store.path(), &["wizard", "import", &p(d, "two.pem")]);
    assert!(
        out.contains(&format!(
            "holds 2 private keys: docwiz took the one at line {}, which belongs to the certificate, and ignored the others (line {})",
            key_line[1], key_line[0]
        )),
        "{out}"
    );
    // Two ignored keys: their lines, enumerated as the locale enumerates.
    sh(d, "cat leaf.pem other.key leaf.key other.key > three.pem");
    let lines = |file: &str| {
        std::fs::read_to_string(d.join(file))
            .unwrap()
            .lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with("-----BEGIN PRIVATE KEY"))
            .map(|(i, _)| i + 1)
            .collect::<Vec<_>>()
    };
    let at = lines("three.pem");
    for (lang, ignored) in [
        ("en", format!("(lines {}, {})", at[0], at[2])),
        ("zh-TW", format!("（第 {}、{} 行）", at[0], at[2])),
    ] {
        let store = fresh();
        let out = wizard_ok(
            store.path(),
            &["--lang", lang, "wizard", "import", &p(d, "three.pem")],
        );
        assert!(out.contains(&ignored), "{lang}: {out}");
    }
    // Neither key belongs to the certificate: refused.
    sh(d, "cat leaf.pem other.key other.key > none.pem");
    refused(store.path(), &["wizard", "import", &p(d, "none.pem")], 1);
}

/// Replaces `from` by `to` (same length) in `bytes`, once.
fn patch(bytes: &mut [u8], from: &[u8], to: &[u8]) {
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .expect("pattern present");
    bytes[at..at + to.len()].copy_from_slice(to);
}

#[test]
fn pkcs12_files_without_mac_warn_and_one_name_for_two_pairs_is_refused() {
    let dir = fresh();
    let d = dir.path();
    make_root(d);
    make_leaf(d, "leaf", "host.example.com");
    make_leaf(d, "other", "other.example.com");
    sh(
        d,
        "openssl pkcs12 -export -nomac -in leaf.pem -inkey leaf.key -passout pass:pw -out nomac.p12 && echo pw > pw",
    );
    let store = fresh();
    let out = wizard_ok(
        store.path(),
        &[
            "wizard",
            "import",
            &p(d, "nomac.p12"),
            "--password-file",
            &p(d, "pw"),
        ],
    );
    assert!(out.contains("has no integrity check (MAC)"), "{out}");

    // Two pairs, both called "alpha": written as alpha and alphb, renamed,
    // and the MAC (which the renaming breaks) left out.
    let mut keystore = p12_keystore::KeyStore::new();
    for (alias, name) in [("alpha", "leaf"), ("alphb", "other")] {
        let key = pem::parse(std::fs::read(d.join(format!("{name}.key"))).unwrap()).unwrap();
        let chain = p12_keystore::PrivateKeyChain::new(
            alias.as_bytes().to_vec(),
            p12_keystore::PrivateKey::from_der(key.contents()).unwrap(),
            [
                p12_keystore::Certificate::from_der(&pem_der(&p(d, &format!("{name}.pem"))))
                    .unwrap(),
            ],
        );
        keystore.add_entry(alias, p12_keystore::KeyStoreEntry::PrivateKeyChain(chain));
    }
    let mut bytes = keystore.writer("pw").write().unwrap();
    let utf16 = |s: &str| {
        s.encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect::<Vec<u8>>()
    };
    while bytes.windows(10).any(|w| w == utf16("alphb")) {
        patch(&mut bytes, &utf16("alphb"), &utf16("alpha"));
    }
    let pfx = parse(&bytes).remove(0).1;
    let fields = parse(&pfx);
    let without_mac = tlv(0x30, &join(&fields[..2].to_vec()));
    std::fs::write(d.join("dup.p12"), without_mac).unwrap();
    let err = refused(
        store.path(),
        &[
            "wizard",
            "import",
            &p(d, "dup.p12"),
            "--password-file",
            &p(d, "pw"),
            "--friendly-name",
            "alpha",
        ],
        2,
    );
    assert!(
        err.contains("“alpha” names 2 different key and certificate pairs"),
        "{err}"
    );
    // The value is named as --help names it; the thumbprint goes in as the name.
    assert!(
        err.contains("--friendly-name <NAME>, giving its thumbprint as the name"),
        "{err}"
    );
    assert!(
        err.contains("CN=other.example.com") && err.contains("CN=host.example.com"),
        "{err}"
    );
}

#[test]
fn a_deeply_nested_pkcs7_blames_the_container() {
    let dir = fresh();
    let d = dir.path();
    let mut deep = vec![
        0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02,
    ];
    for _ in 0..40_000 {
        deep.extend([0xa0, 0x80]);
    }
    std::fs::write(d.join("deep.p7b"), deep).unwrap();
    let store = fresh();
    let err = refused(
        store.path(),
        &["trust", "import-root", &p(d, "deep.p7b"), "--yes"],
        2,
    );
    assert!(
        err.contains("PKCS#7 (.p7b) container is malformed"),
        "{err}"
    );
    assert!(!err.contains("certificate is not DER"), "{err}");
}

#[test]
fn ideographic_full_stops_are_dots_and_a_wildcard_fqdn_says_to_use_san() {
    let store = fresh();
    let s = store.path();
    let dir = fresh();
    let status: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "a\u{3002}example\u{ff0e}com\u{3002}",
            "--san",
            "b\u{ff61}example.com",
            "--key",
            "ecdsa-p256",
            "--offline",
            &p(dir.path(), "req.csr"),
        ],
    ))
    .unwrap();
    let text = status.to_string();
    assert!(text.contains("a.example.com"), "{text}");
    assert!(text.contains("b.example.com"), "{text}");
    let out = wizard(s, &["wizard", "request", "--fqdn", "*.example.com"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("--san *.example.com"), "{err}");
    assert!(!err.contains("allowed only as"), "{err}");
}
