//! What Windows editors write — a UTF-8 byte order mark, CRLF line ends, no final
//! newline — is read as the user meant in the wizard's inputs too: PEM
//! certificates and keys, and PKCS#12 password files (issue 9, item 2).

mod common;
use common::*;

/// `text` as Notepad saves it: BOM, CRLF, and no newline at the end.
fn as_windows_saves(text: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(text);
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend(text.trim_end().replace('\n', "\r\n").into_bytes());
    out
}

#[test]
fn a_root_saved_with_bom_and_crlf_is_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    sh(
        d,
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
         -keyout root.key -out root.pem -subj /CN=Editor\\ Root -days 30 2>/dev/null",
    );
    let saved = as_windows_saves(&std::fs::read(d.join("root.pem")).unwrap());
    std::fs::write(d.join("root-notepad.pem"), saved).unwrap();
    let store = d.join("store");
    let out = run(&[
        "--store",
        store.to_str().unwrap(),
        "trust",
        "import-root",
        d.join("root-notepad.pem").to_str().unwrap(),
        "--yes",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let listed = run(&["--store", store.to_str().unwrap(), "trust", "list"]);
    assert!(
        stdout(&listed).contains("Editor Root"),
        "{}",
        stdout(&listed)
    );
}

#[test]
fn a_certificate_key_and_password_file_saved_with_bom_and_crlf_are_imported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    sh(
        d,
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
         -keyout host.key -out host.pem -subj /CN=host.example.com -days 30 \
         -addext subjectAltName=DNS:host.example.com 2>/dev/null && \
         openssl pkcs12 -export -in host.pem -inkey host.key -out host.pfx \
         -passout 'pass:s3cret pass'",
    );
    for name in ["host.pem", "host.key"] {
        let saved = as_windows_saves(&std::fs::read(d.join(name)).unwrap());
        std::fs::write(d.join(format!("notepad-{name}")), saved).unwrap();
    }
    std::fs::write(d.join("password.txt"), as_windows_saves(b"s3cret pass\n")).unwrap();

    let store = d.join("pem-store");
    let out = run(&[
        "--store",
        store.to_str().unwrap(),
        "wizard",
        "import",
        d.join("notepad-host.pem").to_str().unwrap(),
        "--key",
        d.join("notepad-host.key").to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    let store = d.join("pfx-store");
    let out = run(&[
        "--store",
        store.to_str().unwrap(),
        "wizard",
        "import",
        d.join("host.pfx").to_str().unwrap(),
        "--password-file",
        d.join("password.txt").to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}
