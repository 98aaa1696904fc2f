//! The store under bad input, concurrency and crashes: nothing half-written,
//! nothing changed by a refused command, no issued certificate's key lost.

mod common;
use common::*;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

fn files(dir: &Path) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("empty.pem"), b"").unwrap();
    std::fs::write(d.path().join("text.txt"), b"this is not a certificate\n").unwrap();
    std::fs::write(
        d.path().join("key.pem"),
        std::fs::read(dir.join("ca/root.key")).unwrap(),
    )
    .unwrap();
    let root = std::fs::read_to_string(dir.join("ca/root.pem")).unwrap();
    std::fs::write(d.path().join("truncated.pem"), &root[..root.len() / 2]).unwrap();
    let der = std::process::Command::new("openssl")
        .args([
            "x509",
            "-in",
            dir.join("ca/root.pem").to_str().unwrap(),
            "-outform",
            "DER",
        ])
        .output()
        .unwrap()
        .stdout;
    std::fs::write(d.path().join("truncated.der"), &der[..der.len() - 20]).unwrap();
    d
}

#[test]
fn bad_input_gets_a_clear_error_and_leaves_the_store_unchanged() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish"]);
    // The leaf alone: the trust imports take what fits from a bundle, and a
    // chain file holds the issuing CA too.
    let leaf = s
        .join("certs")
        .join(status["thumbprint"].as_str().unwrap())
        .join("cert.pem");
    let intermediate = s.join("ca/issuing.pem");
    let bad = files(s);
    let b = |name: &str| bad.path().join(name).to_str().unwrap().to_string();
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            vec![
                "trust".into(),
                "import-root".into(),
                b("empty.pem"),
                "--yes".into(),
            ],
            2,
            "empty.pem holds no readable certificate",
        ),
        (
            vec![
                "trust".into(),
                "import-root".into(),
                b("truncated.pem"),
                "--yes".into(),
            ],
            2,
            // A block cut short is named at its BEGIN line.
            "truncated.pem:1:1: error: The CERTIFICATE block that starts on this line is damaged",
        ),
        (
            vec![
                "trust".into(),
                "import-root".into(),
                b("truncated.der"),
                "--yes".into(),
            ],
            2,
            "truncated.der holds no readable certificate",
        ),
        (
            vec!["trust".into(), "import-intermediate".into(), b("text.txt")],
            2,
            "text.txt holds no readable certificate",
        ),
        (
            vec![
                "trust".into(),
                "import-root".into(),
                b("key.pem"),
                "--yes".into(),
            ],
            2,
            "key.pem holds no readable certificate",
        ),
        (
            vec![
                "trust".into(),
                "import-root".into(),
                leaf.to_str().unwrap().into(),
                "--yes".into(),
            ],
            1,
            "is not a self-signed CA certificate",
        ),
        (
            vec![
                "trust".into(),
                "import-root".into(),
                intermediate.to_str().unwrap().into(),
                "--yes".into(),
            ],
            1,
            "is not a self-signed CA certificate",
        ),
        (
            vec![
                "trust".into(),
                "import-intermediate".into(),
                leaf.to_str().unwrap().into(),
            ],
            1,
            "is not an intermediate CA certificate",
        ),
        (
            vec![
                "trust".into(),
                "import-root".into(),
                b("missing.pem"),
                "--yes".into(),
            ],
            2,
            "missing.pem",
        ),
        (
            vec![
                "wizard".into(),
                "request".into(),
                "--fqdn".into(),
                "bad_name!.example".into(),
            ],
            2,
            "“bad_name!.example” is not a valid DNS name",
        ),
        (
            vec![
                "wizard".into(),
                "request".into(),
                "--fqdn".into(),
                "ok.example".into(),
                "--san=-x.example".into(),
            ],
            2,
            "“-x.example” is not a valid DNS name",
        ),
        (
            vec![
                "wizard".into(),
                "request".into(),
                "--fqdn".into(),
                "ok.example".into(),
                "--key".into(),
                "rsa-1024".into(),
            ],
            2,
            "Unknown key type “rsa-1024”",
        ),
        (
            vec![
                "wizard".into(),
                "request".into(),
                "--fqdn".into(),
                "ok.example".into(),
                "--usage".into(),
                "mail".into(),
            ],
            2,
            "Unknown certificate usage “mail”",
        ),
        (
            vec![
                "wizard".into(),
                "assign".into(),
                "--thumbprint".into(),
                "ABCDEF".into(),
            ],
            3,
            "No certificate with the thumbprint ABCDEF",
        ),
        (
            vec![
                "wizard".into(),
                "assign".into(),
                "--thumbprint".into(),
                status["thumbprint"].as_str().unwrap().into(),
                "--usage".into(),
                "nope".into(),
            ],
            2,
            "Unknown certificate usage “nope”",
        ),
        (
            vec![
                "wizard".into(),
                "details".into(),
                "--thumbprint".into(),
                "0000".into(),
            ],
            3,
            "0000",
        ),
        (
            vec![
                "wizard".into(),
                "finish".into(),
                "--request".into(),
                "no-such-request".into(),
            ],
            3,
            "no-such-request",
        ),
    ];
    for (args, expected, message) in cases {
        let before = snapshot(s);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = wizard(s, &args);
        let err = stderr(&out);
        assert_eq!(code(&out), expected, "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(before, snapshot(s), "{args:?} changed the store");
    }
}

#[test]
fn errors_are_localized() {
    let store = tempfile::tempdir().unwrap();
    let out = docwiz()
        .args([
            "--store",
            store.path().to_str().unwrap(),
            "wizard",
            "request",
            "--fqdn",
            "a..b",
        ])
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("erreur"), "{}", stderr(&out));
}

#[test]
fn concurrent_assigns_leave_live_consistent() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let a = trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish", "--no-assign"]);
    let b: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &[
            "--json",
            "wizard",
            "request",
            "--fqdn",
            "host.example.com",
            "--key",
            "ecdsa-p256",
        ],
    ))
    .unwrap();
    wizard_ok(s, &["wizard", "finish", "--no-assign"]);
    let thumbs = [
        a["thumbprint"].as_str().unwrap().to_string(),
        b["thumbprint"].as_str().unwrap().to_string(),
    ];
    let children: Vec<_> = (0..8)
        .map(|i| {
            docwiz()
                .args([
                    "--store",
                    s.to_str().unwrap(),
                    "wizard",
                    "assign",
                    "--thumbprint",
                    &thumbs[i % 2],
                ])
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    // Every link points at one of the two installed certificates.
    for usage in ["default", "web-internal", "web-external"] {
        let target = std::fs::read_link(s.join("live").join(usage)).unwrap();
        let name = target.file_name().unwrap().to_str().unwrap().to_string();
        assert!(thumbs.contains(&name), "{usage} -> {name}");
        assert!(s.join("live").join(usage).join("cert.pem").exists());
    }
    assert!(
        std::fs::read_dir(s.join("live")).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with('.'))
    );
    // The history is complete and each usage's entries form one chain.
    let history = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = history
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 24);
    for usage in ["default", "web-internal", "web-external"] {
        let mut previous = serde_json::Value::Null;
        for line in lines.iter().filter(|l| l["usage"] == usage) {
            assert_eq!(line["old"], previous, "{usage}");
            previous = line["new"].clone();
        }
        let target = std::fs::read_link(s.join("live").join(usage)).unwrap();
        assert_eq!(previous, target.file_name().unwrap().to_str().unwrap());
    }
}

/// A small deterministic generator: the kill points vary but the test repeats.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn requests_killed_at_random_points_never_lose_an_issued_key() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for round in 0..16 {
        let key = if round % 4 == 3 {
            "rsa-2048"
        } else {
            "ecdsa-p256"
        };
        let mut child = docwiz()
            .args([
                "--store",
                s.to_str().unwrap(),
                "wizard",
                "request",
                "--fqdn",
                "crash.example.com",
                "--key",
                key,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(next(&mut seed) % 40_000));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
    }
    // The store still loads: status and lists work.
    let out = wizard(s, &["wizard", "status"]);
    assert!(matches!(code(&out), 0 | 3), "{}", stderr(&out));
    assert_eq!(code(&wizard(s, &["certs", "list"])), 0);
    assert_eq!(code(&wizard(s, &["trust", "list"])), 0);
    // A new request after the crashes works and cleans what was left half-written.
    wizard_ok(
        s,
        &[
            "wizard",
            "request",
            "--fqdn",
            "after.example.com",
            "--key",
            "ecdsa-p256",
        ],
    );
    let leftovers: Vec<_> = std::fs::read_dir(s.join("requests"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let mut issued = 0;
    for entry in std::fs::read_dir(s.join("requests")).unwrap() {
        let dir = entry.unwrap().path();
        let record: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("request.json")).unwrap()).unwrap();
        assert!(
            dir.join("key.pem").exists(),
            "{}: every published request has its key",
            dir.display()
        );
        if dir.join("chain.pem").exists() {
            issued += 1;
            assert_key_matches(&dir.join("chain.pem"), &dir.join("key.pem"));
            // Whatever the record says, the wizard reads it as issued.
            let status = status_json(s, Some(record["id"].as_str().unwrap()));
            assert_eq!(status["state"], "issued");
        }
    }
    assert!(issued >= 1);
}
