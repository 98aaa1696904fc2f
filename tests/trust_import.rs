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
fn a_bundle_is_imported_whole_or_not_at_all() {
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
    // A root and an intermediate together are refused as roots, and nothing enters.
    let mixed = dir.path().join("mixed.pem");
    let text = std::fs::read_to_string(other.path().join("ca/root.pem")).unwrap()
        + &std::fs::read_to_string(other.path().join("ca/issuing.pem")).unwrap();
    std::fs::write(&mixed, text).unwrap();
    let before = snapshot(s);
    assert_eq!(
        code(&wizard(
            s,
            &["trust", "import-root", mixed.to_str().unwrap(), "--yes"]
        )),
        2
    );
    assert_eq!(
        code(&wizard(
            s,
            &["trust", "import-intermediate", mixed.to_str().unwrap()]
        )),
        2
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
