//! The assign, import and trust pages of the full-screen wizard, driven in a
//! real terminal (tmux) through the real binary; what they did is checked
//! with the command line (`trust list`, `certs list`, `wizard --json`).

mod common;

use std::path::Path;

use common::tmux::{Tmux, width};
use common::*;

const SERVER_AND_CLIENT: &str = "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n\
extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:host.example.com\n";
/// Without clientAuth: the usage "default" (mutual TLS) refuses it.
const SERVER_ONLY: &str = "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n\
extendedKeyUsage=serverAuth\nsubjectAltName=DNS:host.example.com\n";

/// A root CA `ca.pem` (`ca.key`) in `dir`, made with openssl.
fn make_ca(dir: &Path) {
    sh(
        dir,
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
         -out ca.pem -subj '/CN=Pages Test Root' -days 30 \
         -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null",
    );
}

/// A leaf `<name>.pem` with key `<name>.key`, signed by the CA, with the
/// extensions `ext` (openssl config lines).
fn make_leaf(dir: &Path, name: &str, ext: &str) {
    std::fs::write(dir.join(format!("{name}.ext")), ext).unwrap();
    sh(
        dir,
        &format!(
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out {name}.key && \
             openssl req -new -key {name}.key -subj '/CN=host.example.com' -out {name}.csr && \
             openssl x509 -req -in {name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
             -days 10 -extfile {name}.ext -out {name}.pem 2>/dev/null"
        ),
    );
}

/// The SHA-1 thumbprint openssl computes, as docwiz writes it.
fn thumbprint_of(cert: &Path) -> String {
    let out = openssl(&[
        "x509",
        "-in",
        cert.to_str().unwrap(),
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

fn json(store: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend(args);
    serde_json::from_str(&wizard_ok(store, &all)).unwrap()
}

/// The thumbprints in the root store.
fn trusted_roots(store: &Path) -> Vec<String> {
    json(store, &["trust", "list"])["root"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["thumbprint"].as_str().unwrap().to_string())
        .collect()
}

/// Installed certificates and the usages each is assigned to.
fn installed(store: &Path) -> Vec<(String, Vec<String>)> {
    json(store, &["certs", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let usages = c["usages"]
                .as_array()
                .map(|u| u.iter().map(|u| u.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            (c["thumbprint"].as_str().unwrap().to_string(), usages)
        })
        .collect()
}

/// Waits until the screen shows all of `texts`: a frame is written top to
/// bottom, so waiting for its last rows too means it is drawn whole.
fn wait_all(t: &Tmux, texts: &[&str]) -> String {
    t.wait_until(&format!("the screen to show {texts:?}"), |s| {
        texts.iter().all(|x| s.contains(x))
    })
}

fn assert_fits(screen: &str, columns: usize) {
    for line in screen.lines() {
        assert!(
            width(line) <= columns,
            "wider than {columns} columns: {line:?}\n{screen}"
        );
    }
}

/// A request to the local CA whose answer brought its root and
/// intermediate; returns the store, the root's (file, thumbprint, subject).
fn request_with_untrusted_root(dir: &Path) -> (std::path::PathBuf, [String; 3], String) {
    let store = dir.join("store");
    let status = local_request(&store);
    let missing = status["chain"]["missing"].as_array().unwrap();
    let field = |kind: &str, name: &str| {
        missing
            .iter()
            .find(|m| m["kind"] == kind)
            .and_then(|m| m[name].as_str())
            .unwrap()
            .to_string()
    };
    let root = [
        field("root", "file"),
        field("root", "thumbprint"),
        field("root", "subject"),
    ];
    (store, root, field("intermediate", "file"))
}

/// The status page offers the root that came with the CA's answer; the
/// confirmation shows its subject and thumbprint with focus on No. No, and
/// Esc, trust nothing; Yes trusts it, and back on the status page the chain
/// is trusted.
#[test]
fn root_from_the_status_page_is_trusted_only_after_yes() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [root_file, root_thumbprint, root_subject], intermediate) =
        request_with_untrusted_root(dir.path());
    wizard_ok(&store, &["trust", "import-intermediate", &intermediate]);
    assert!(trusted_roots(&store).is_empty());

    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", store.to_str().unwrap(), "wizard", "status"],
    );
    t.wait_for("[ Finish ]");
    // Finish → View Certificate Details → the check box → import the root
    // (the intermediate's button is disabled: it is trusted).
    t.keys(&["BTab", "BTab", "BTab", "Enter"]);
    let page = wait_all(&t, &["CA certificate file", "[ Next ]"]);
    let file_name = Path::new(&root_file).file_name().unwrap().to_str().unwrap();
    assert!(
        page.contains(file_name),
        "the root's file is filled in:\n{page}"
    );
    assert!(
        page.contains("(•) Trusted Root Certification Authorities"),
        "{page}"
    );

    // Next: the confirmation, focus on No.
    t.keys(&["Enter"]);
    let confirm = wait_all(&t, &["Security warning", "[ No ]"]);
    assert!(confirm.contains(&root_thumbprint), "{confirm}");
    assert!(confirm.contains(&root_subject), "{confirm}");
    assert!(
        confirm.contains("[ Yes ]") && confirm.contains("[ No ]"),
        "{confirm}"
    );
    t.keys(&["Enter"]);
    t.wait_for("Nothing was imported.");
    assert!(trusted_roots(&store).is_empty(), "No trusted the root");

    // Esc on the confirmation is No.
    t.keys(&["Enter"]);
    wait_all(&t, &["Security warning", "[ No ]"]);
    t.keys(&["Escape"]);
    t.wait_for("Nothing was imported.");
    assert!(trusted_roots(&store).is_empty(), "Esc trusted the root");

    // Yes trusts it.
    t.keys(&["Enter"]);
    wait_all(&t, &["Security warning", "[ No ]"]);
    t.keys(&["BTab", "Enter"]);
    let done = wait_all(
        &t,
        &[
            "Imported into Trusted Root Certification Authorities",
            "[ Back ]",
        ],
    );
    assert!(done.contains(&root_thumbprint), "{done}");
    assert_eq!(trusted_roots(&store), vec![root_thumbprint.clone()]);

    // Back: the status page shows the chain trusted.
    t.keys(&["Enter"]);
    let status = t.wait_until("the status page with the chain trusted", |s| {
        s.lines()
            .any(|l| l.contains("Certificate chain") && l.trim_end().ends_with("trusted"))
            && !s.contains("not trusted")
    });
    assert!(!status.contains("Security warning"), "{status}");
    assert_eq!(status_json(&store, None)["chain"]["status"], "trusted");
}

/// Intermediates need no confirmation (as `trust import-intermediate`);
/// the status page's intermediate button imports it at once.
#[test]
fn intermediate_from_the_status_page_is_imported_without_confirmation() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, intermediate) = request_with_untrusted_root(dir.path());
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", store.to_str().unwrap(), "wizard", "status"],
    );
    t.wait_for("[ Finish ]");
    // Finish → details → the check box → the intermediate's button.
    t.keys(&["BTab", "BTab", "BTab", "Enter"]);
    let page = wait_all(&t, &["CA certificate file", "[ Next ]"]);
    assert!(
        page.contains("(•) Intermediate Certification Authorities"),
        "{page}"
    );
    t.keys(&["Enter"]);
    let done = wait_all(
        &t,
        &[
            "Imported into Intermediate Certification Authorities",
            "[ Back ]",
        ],
    );
    assert!(!done.contains("Security warning"), "{done}");
    let list = json(&store, &["trust", "list"]);
    let name = Path::new(&intermediate)
        .file_stem()
        .unwrap()
        .to_str()
        .unwrap();
    assert_eq!(list["intermediate"][0]["thumbprint"], name);
    assert!(list["root"].as_array().unwrap().is_empty());
}

/// A root offered in a bundle with an intermediate, trusted through the
/// main page's "Trust a root CA…": the confirmation names the root only,
/// the intermediate is named as skipped, and its own import is offered.
#[test]
fn a_bundle_gives_each_certificate_its_own_store() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [root_file, root_thumbprint, _], intermediate) =
        request_with_untrusted_root(dir.path());
    let bundle = dir.path().join("bundle.pem");
    let mut pem = std::fs::read_to_string(&intermediate).unwrap();
    pem.push_str(&std::fs::read_to_string(&root_file).unwrap());
    std::fs::write(&bundle, pem).unwrap();
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", store.to_str().unwrap(), "wizard"],
    );
    t.wait_for("Trust a root CA");
    // Request, Assign, Import, View Certificate Details, Trust (the
    // request's certificate is listed): focus starts on Request.
    t.keys(&["Tab", "Tab", "Tab", "Tab", "Enter"]);
    t.wait_for("CA certificate file");
    t.type_text(bundle.to_str().unwrap());
    t.keys(&["Enter"]);
    let confirm = wait_all(&t, &["Security warning", "[ No ]"]);
    assert!(confirm.contains(&root_thumbprint), "{confirm}");
    assert!(confirm.contains("Skipped"), "{confirm}");
    // The skipped certificate's own import, wider than the line, is one
    // command when its lines are pasted (issue 15).
    let own_import = format!(
        "docwiz --store {} trust import-intermediate {}",
        store.display(),
        bundle.display()
    );
    assert!(
        joined_as_shell(&confirm).contains(&own_import),
        "{own_import:?} is not one command:\n{confirm}"
    );
    t.keys(&["BTab", "Enter"]);
    wait_all(
        &t,
        &[
            "Imported into Trusted Root Certification Authorities",
            "Import the intermediate CA certificates of the file too",
        ],
    );
    assert!(
        json(&store, &["trust", "list"])["intermediate"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    t.keys(&["BTab", "Enter"]);
    t.wait_for("Imported into Intermediate Certification Authorities");
    let list = json(&store, &["trust", "list"]);
    assert_eq!(list["root"].as_array().unwrap().len(), 1);
    assert_eq!(list["intermediate"].as_array().unwrap().len(), 1);
}

/// Imports a certificate made by openssl whose EKU lacks clientAuth, its
/// root trusted; returns the store and its thumbprint.
fn server_only_certificate(dir: &Path) -> (std::path::PathBuf, String) {
    make_ca(dir);
    make_leaf(dir, "web", SERVER_ONLY);
    let store = dir.join("store");
    wizard_ok(
        &store,
        &["trust", "import-root", &p(dir, "ca.pem"), "--yes"],
    );
    wizard_ok(
        &store,
        &[
            "wizard",
            "import",
            &p(dir, "web.pem"),
            "--key",
            &p(dir, "web.key"),
        ],
    );
    (store, thumbprint_of(&dir.join("web.pem")))
}

/// The usage "default" says why it refuses a certificate without clientAuth
/// before anyone tries, its box cleared and disabled; Assign gives the
/// certificate to the two others and the main page says so.
#[test]
fn assign_shows_the_refusal_before_trying_and_assigns_the_other_usages() {
    let dir = tempfile::tempdir().unwrap();
    let (store, thumbprint) = server_only_certificate(dir.path());
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", store.to_str().unwrap(), "wizard", "assign"],
    );
    let page = wait_all(&t, &["Installed certificates", "[ Assign ]"]);
    assert!(page.contains(&thumbprint), "{page}");
    assert!(
        page.contains(
            "Server default: mutual TLS needs the Client Authentication enhanced key usage"
        ),
        "the refusal is shown before trying:\n{page}"
    );
    assert!(page.contains("[ ] Server default"), "{page}");
    assert!(page.contains("[x] Web services internal"), "{page}");
    assert!(page.contains("[x] Web services external"), "{page}");
    assert!(page.contains("Now: no certificate"), "{page}");
    // Nothing was tried: nothing is assigned.
    assert_eq!(installed(&store), vec![(thumbprint.clone(), Vec::new())]);

    // Focus starts on the certificates; Tab skips the disabled box:
    // web-internal, web-external, Assign.
    t.keys(&["Tab", "Tab", "Tab", "Enter"]);
    let home = t.wait_for("is assigned to");
    assert!(home.contains(&thumbprint), "{home}");
    assert_eq!(
        installed(&store),
        vec![(
            thumbprint.clone(),
            vec!["web-internal".to_string(), "web-external".to_string()]
        )]
    );
    let overview = json(&store, &["wizard"]);
    for usage in overview["usages"].as_array().unwrap() {
        let holder = usage["certificate"]["thumbprint"].as_str();
        match usage["usage"].as_str().unwrap() {
            "default" => assert_eq!(holder, None),
            _ => assert_eq!(holder, Some(thumbprint.as_str())),
        }
    }
}

/// `wizard assign --thumbprint T` with all arguments runs as before; without
/// the thumbprint but with `--usage`, the page checks those usages only.
#[test]
fn assign_page_checks_the_usages_given_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let (store, thumbprint) = server_only_certificate(dir.path());
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &[
            "--store",
            store.to_str().unwrap(),
            "wizard",
            "assign",
            "--usage",
            "web-external",
        ],
    );
    let page = wait_all(&t, &["Installed certificates", "[ Assign ]"]);
    assert!(page.contains("[ ] Web services internal"), "{page}");
    assert!(page.contains("[x] Web services external"), "{page}");
    t.keys(&["Tab", "Tab", "Tab", "Enter"]);
    t.wait_for("is assigned to");
    assert_eq!(
        installed(&store),
        vec![(thumbprint, vec!["web-external".to_string()])]
    );
}

/// PEM certificate + key file: installed; the page shows the thumbprint and
/// the chain (its root is not trusted), and Assign opens for it.
#[test]
fn import_of_a_pem_certificate_and_its_key_installs_it() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    make_leaf(dir.path(), "full", SERVER_AND_CLIENT);
    let thumbprint = thumbprint_of(&dir.path().join("full.pem"));
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", store.to_str().unwrap(), "wizard", "import"],
    );
    t.wait_for("Certificate file");
    t.type_text(&p(dir.path(), "full.pem"));
    t.keys(&["Tab"]);
    t.type_text(&p(dir.path(), "full.key"));
    t.keys(&["Enter"]);
    let done = wait_all(&t, &["is installed with its private key", "[ Done ]"]);
    assert!(done.contains(&thumbprint), "{done}");
    assert!(done.contains("not trusted"), "the chain is said:\n{done}");
    assert_eq!(installed(&store), vec![(thumbprint.clone(), Vec::new())]);
    // Assign… opens the assign page for it.
    t.keys(&["Enter"]);
    let assign = t.wait_for("Installed certificates");
    assert!(assign.contains(&thumbprint), "{assign}");
}

/// A PKCS#12 file with its password, typed in a secret field (shown as •).
#[test]
fn import_of_a_pkcs12_with_its_password_installs_it() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    make_leaf(dir.path(), "full", SERVER_AND_CLIENT);
    sh(
        dir.path(),
        "openssl pkcs12 -export -in full.pem -inkey full.key -out full.p12 -passout pass:Geheim42",
    );
    let thumbprint = thumbprint_of(&dir.path().join("full.pem"));
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", store.to_str().unwrap(), "wizard", "import"],
    );
    t.wait_for("Certificate file");
    t.type_text(&p(dir.path(), "full.p12"));
    t.keys(&["Tab", "Tab"]);
    t.type_text("Geheim42");
    let typed = t.wait_for("••••••••");
    assert!(
        !typed.contains("Geheim42"),
        "the password is shown:\n{typed}"
    );
    t.keys(&["Enter"]);
    let done = wait_all(&t, &["is installed with its private key", "[ Done ]"]);
    assert!(done.contains(&thumbprint), "{done}");
    assert_eq!(installed(&store), vec![(thumbprint, Vec::new())]);
}

/// A wrong PKCS#12 password: the localized reason, in this page's terms,
/// and nothing written.
#[test]
fn a_wrong_pkcs12_password_says_so_in_german_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    make_leaf(dir.path(), "full", SERVER_AND_CLIENT);
    sh(
        dir.path(),
        "openssl pkcs12 -export -in full.pem -inkey full.key -out full.p12 -passout pass:Geheim42",
    );
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        100,
        40,
        &[("LANG", "de_DE.UTF-8")],
        &["--store", store.to_str().unwrap(), "wizard", "import"],
    );
    t.wait_for("Zertifikatdatei");
    let before = snapshot(&store);
    t.type_text(&p(dir.path(), "full.p12"));
    t.keys(&["Tab", "Tab"]);
    t.type_text("falsch");
    t.keys(&["Enter"]);
    let error = t.wait_for("Das PKCS#12-Kennwort ist falsch");
    assert!(error.contains("full.p12"), "the file is named:\n{error}");
    assert!(!error.contains("--password-file"), "{error}");
    assert_eq!(snapshot(&store), before, "the store changed");
    // The right one then works, from the same page.
    t.keys(&["C-u"]);
    t.type_text("Geheim42");
    t.keys(&["Enter"]);
    let thumbprint = thumbprint_of(&dir.path().join("full.pem"));
    wait_all(&t, &[&thumbprint, "[ Fertig ]"]);
    assert_eq!(installed(&store), vec![(thumbprint, Vec::new())]);
}

/// `wizard import --key k.pem` on a terminal opens the page with the key
/// filled in (the certificate file is the missing argument).
#[test]
fn import_page_opens_with_the_key_given_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &[
            "--store",
            store.to_str().unwrap(),
            "wizard",
            "import",
            "--key",
            key.to_str().unwrap(),
        ],
    );
    let page = wait_all(&t, &["Certificate file", "[ Import ]"]);
    assert!(page.contains(key.to_str().unwrap()), "{page}");
}

/// At 80x24 in Traditional Chinese and German, the three pages fit: no line
/// is wider than the terminal and thumbprints show whole.
#[test]
fn the_pages_fit_80x24_in_zh_tw_and_german() {
    for (lang, [warning, no, refusal, assign]) in [
        (
            "zh_TW.UTF-8",
            ["安全性警告", "[ 否 ]", "用戶端驗證", "[ 指派 ]"],
        ),
        (
            "de_DE.UTF-8",
            [
                "Sicherheitswarnung",
                "[ Nein ]",
                "Clientauthentifizierung",
                "[ Zuweisen ]",
            ],
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (store, [_, root_thumbprint, _], _) = request_with_untrusted_root(dir.path());
        let s = store.to_str().unwrap();
        let t = Tmux::docwiz(
            80,
            24,
            &[("LANG", lang)],
            &["--store", s, "wizard", "status"],
        );
        // The page opens at its top (the check box may be below the fold).
        t.settled("F1");
        t.keys(&["BTab", "BTab", "BTab", "BTab", "Enter"]);
        t.wait_for("(•)");
        t.keys(&["Enter"]);
        let confirm = wait_all(&t, &[warning, no]);
        assert_fits(&confirm, 80);
        assert!(confirm.contains(&root_thumbprint), "{lang}:\n{confirm}");
        drop(t);

        let pki = tempfile::tempdir().unwrap();
        let (store, thumbprint) = server_only_certificate(pki.path());
        let s = store.to_str().unwrap();
        let t = Tmux::docwiz(
            80,
            24,
            &[("LANG", lang)],
            &["--store", s, "wizard", "assign"],
        );
        let page = wait_all(&t, &[&thumbprint, assign]);
        assert_fits(&page, 80);
        assert!(page.contains(refusal), "{lang}:\n{page}");
        drop(t);

        let t = Tmux::docwiz(
            80,
            24,
            &[("LANG", lang)],
            &["--store", s, "wizard", "import"],
        );
        t.wait_for("PKCS#12");
        t.type_text(&p(pki.path(), "web.pem"));
        t.keys(&["Enter"]);
        let error = t.wait_for("web.pem:");
        assert_fits(&error, 80);
        drop(t);
    }
}

/// A certificate whose root is not trusted yet: every usage says so and
/// nothing can be assigned; the page offers the root, and once it is
/// trusted (after Yes) the boxes come back as its request asks.
#[test]
fn assign_offers_the_missing_root_and_then_assigns() {
    let dir = tempfile::tempdir().unwrap();
    let (store, [_, root_thumbprint, _], intermediate) = request_with_untrusted_root(dir.path());
    wizard_ok(&store, &["trust", "import-intermediate", &intermediate]);
    wizard_ok(&store, &["wizard", "finish"]);
    let thumbprint = status_json(&store, None)["thumbprint"]
        .as_str()
        .unwrap()
        .to_string();
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", store.to_str().unwrap(), "wizard", "assign"],
    );
    let page = wait_all(&t, &["Installed certificates", "[ Assign ]"]);
    assert!(
        page.contains("Server default: the certificate chain is not trusted"),
        "{page}"
    );
    assert!(page.contains("[ ] Web services external"), "{page}");
    // The boxes are disabled: Tab goes from the certificates to the root.
    t.keys(&["Tab", "Enter"]);
    wait_all(&t, &["CA certificate file", "[ Next ]"]);
    t.keys(&["Enter"]);
    let confirm = wait_all(&t, &["Security warning", "[ No ]"]);
    assert!(confirm.contains(&root_thumbprint), "{confirm}");
    t.keys(&["BTab", "Enter"]);
    wait_all(&t, &["Imported into Trusted Root", "[ Back ]"]);
    t.keys(&["Enter"]);
    wait_all(
        &t,
        &[
            "[x] Server default",
            "[x] Web services internal",
            "[x] Web services external",
        ],
    );
    t.keys(&["Tab", "Tab", "Tab", "Tab", "Enter"]);
    t.wait_for("is assigned to");
    let usages = ["default", "web-internal", "web-external"].map(String::from);
    assert_eq!(installed(&store), vec![(thumbprint, usages.to_vec())]);
}

/// A server certificate offered as a root (through the main page's "Trust a
/// root CA…"), and a file that is no certificate: each refusal is said in
/// the reader's language, naming the file, and the trust stores stay empty.
#[test]
fn a_file_that_is_no_root_is_refused_in_french_and_nothing_is_trusted() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    make_leaf(dir.path(), "full", SERVER_AND_CLIENT);
    std::fs::write(dir.path().join("notes.txt"), "not a certificate\n").unwrap();
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        100,
        40,
        &[("LANG", "fr_FR.UTF-8")],
        &["--store", store.to_str().unwrap(), "wizard"],
    );
    t.wait_for("Approuver une AC racine");
    // Request, Import, Trust (Assign and Details are disabled: nothing is
    // installed).
    t.keys(&["Tab", "Tab", "Enter"]);
    wait_all(&t, &["Fichier du certificat d’AC", "[ Suivant ]"]);
    t.type_text(&p(dir.path(), "full.pem"));
    t.keys(&["Enter"]);
    let error = t.wait_for("n’est pas un certificat d’AC auto-signé");
    assert!(error.contains("full.pem"), "{error}");
    assert!(!error.contains("Avertissement de sécurité"), "{error}");
    t.keys(&["C-u"]);
    t.type_text(&p(dir.path(), "notes.txt"));
    t.keys(&["Enter"]);
    let error = t.wait_for("ne contient aucun certificat lisible");
    assert!(error.contains("notes.txt"), "{error}");
    let list = json(&store, &["trust", "list"]);
    assert!(list["root"].as_array().unwrap().is_empty());
    assert!(list["intermediate"].as_array().unwrap().is_empty());
}

/// `wizard import --password-file F` on a terminal: the page reads the
/// password from the file (shown as •) and the import uses it; a password
/// file that cannot be read is said on the page.
#[test]
fn import_page_reads_the_password_file_given_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    make_leaf(dir.path(), "full", SERVER_AND_CLIENT);
    sh(
        dir.path(),
        "openssl pkcs12 -export -in full.pem -inkey full.key -out full.p12 -passout pass:Geheim42 && \
         printf 'Geheim42\\n' > pw.txt",
    );
    let store = dir.path().join("store");
    let s = store.to_str().unwrap();
    let missing = p(dir.path(), "missing.txt");
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &[
            "--store",
            s,
            "wizard",
            "import",
            "--password-file",
            &missing,
        ],
    );
    let page = wait_all(&t, &["Certificate file", "[ Import ]"]);
    assert!(page.contains("missing.txt"), "{page}");
    drop(t);

    let pw = p(dir.path(), "pw.txt");
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", s, "wizard", "import", "--password-file", &pw],
    );
    let page = wait_all(&t, &["Certificate file", "[ Import ]"]);
    assert!(page.contains("••••••••"), "{page}");
    assert!(!page.contains("Geheim42"), "{page}");
    t.type_text(&p(dir.path(), "full.p12"));
    t.keys(&["Enter"]);
    wait_all(&t, &["is installed with its private key", "[ Done ]"]);
    let thumbprint = thumbprint_of(&dir.path().join("full.pem"));
    assert_eq!(installed(&store), vec![(thumbprint.clone(), Vec::new())]);
    // Done: the main page says what was installed.
    t.keys(&["Tab", "Enter"]);
    let home = t.wait_for("Certificate Wizard");
    assert!(home.contains(&thumbprint), "{home}");
}

/// Passwords missing or wrong are asked for in this page's fields (not
/// with the command line's options), and nothing is written until they
/// are right: an encrypted PKCS#8 key, and a PKCS#12 file.
#[test]
fn import_asks_for_each_password_in_its_own_field() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    make_leaf(dir.path(), "full", SERVER_AND_CLIENT);
    sh(
        dir.path(),
        "openssl pkcs8 -topk8 -v2 aes-256-cbc -in full.key -out enc.key -passout pass:KeyPass1 && \
         openssl pkcs12 -export -in full.pem -inkey full.key -out full.p12 -passout pass:P12Pass",
    );
    let thumbprint = thumbprint_of(&dir.path().join("full.pem"));
    let store = dir.path().join("store");
    let s = store.to_str().unwrap();

    let t = Tmux::docwiz(100, 40, &[], &["--store", s, "wizard", "import"]);
    wait_all(&t, &["Certificate file", "[ Import ]"]);
    t.type_text(&p(dir.path(), "full.pem"));
    t.keys(&["Tab"]);
    t.type_text(&p(dir.path(), "enc.key"));
    t.keys(&["Enter"]);
    let error = t.wait_for("This private key is encrypted (PKCS#8)");
    assert!(error.contains("enc.key"), "{error}");
    assert!(!error.contains("--key-password-file"), "{error}");
    // Key field → PKCS#12 password → the key's password.
    t.keys(&["Tab", "Tab"]);
    t.type_text("wrong");
    t.keys(&["Enter"]);
    t.wait_for("The password of the private key is wrong");
    assert!(installed(&store).is_empty());
    t.keys(&["C-u"]);
    t.type_text("KeyPass1");
    t.keys(&["Enter"]);
    wait_all(&t, &["is installed with its private key", "[ Done ]"]);
    assert_eq!(installed(&store), vec![(thumbprint.clone(), Vec::new())]);
    drop(t);

    let other = dir.path().join("other");
    let o = other.to_str().unwrap();
    let t = Tmux::docwiz(100, 40, &[], &["--store", o, "wizard", "import"]);
    wait_all(&t, &["Certificate file", "[ Import ]"]);
    t.type_text(&p(dir.path(), "full.p12"));
    t.keys(&["Enter"]);
    let error = t.wait_for("This PKCS#12 file needs a password");
    assert!(!error.contains("--password-file"), "{error}");
    assert!(installed(&other).is_empty());
    t.keys(&["Tab", "Tab"]);
    t.type_text("P12Pass");
    t.keys(&["Enter"]);
    wait_all(&t, &["is installed with its private key", "[ Done ]"]);
    assert_eq!(installed(&other), vec![(thumbprint, Vec::new())]);
}

/// Where `text` is on `screen`: its middle column and its row, 1-based, as
/// a terminal reports the mouse.
fn cell_of(screen: &str, text: &str) -> (usize, usize) {
    let (row, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(text))
        .unwrap_or_else(|| panic!("{text:?} not on the screen:\n{screen}"));
    let col = width(&line[..line.find(text).unwrap()]) + width(text) / 2 + 1;
    (col, row + 1)
}

fn press(t: &Tmux, (col, row): (usize, usize)) {
    t.type_text(&format!("\x1b[<0;{col};{row}M"));
}

fn release(t: &Tmux, (col, row): (usize, usize)) {
    t.type_text(&format!("\x1b[<0;{col};{row}m"));
}

/// A left click (press and release) at `cell`.
fn click_sgr(cell: (usize, usize)) -> String {
    let (col, row) = cell;
    format!("\x1b[<0;{col};{row}M\x1b[<0;{col};{row}m")
}

/// A double-click on Next of the trust page must not press the
/// confirmation's Yes drawn under the pointer (B1): the confirmation's
/// buttons ignore the mouse for a moment after it is shown; a press on Yes
/// released elsewhere does nothing (B2); a deliberate click later works.
#[test]
fn a_double_click_on_next_never_trusts_the_root_unseen() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    let store = dir.path().join("store");
    let ca = dir.path().join("ca.pem");
    let t = Tmux::docwiz(80, 24, &[], &["--store", store.to_str().unwrap(), "wizard"]);
    let main = t.settled("Trust a root CA");
    t.type_text(&click_sgr(cell_of(&main, "Trust a root CA")));
    t.wait_for("CA certificate file");
    t.type_text(ca.to_str().unwrap());
    let page = t.settled("[ Next ]");
    let next = cell_of(&page, "[ Next ]");
    // Where Yes is drawn: seen once through the keyboard, then No.
    t.keys(&["Enter"]);
    let confirm = wait_all(&t, &["Security warning", "[ No ]"]);
    let yes = cell_of(&confirm, "[ Yes ]");
    let no = cell_of(&confirm, "[ No ]");
    t.keys(&["Enter"]);
    t.wait_gone("Security warning");
    t.settled("[ Next ]");
    // A double-click: on Next, then at once where Yes appears.
    t.type_text(&format!("{}{}", click_sgr(next), click_sgr(yes)));
    t.wait_for("Security warning");
    // Everything sent before this key was handled before it.
    t.keys(&["Escape"]);
    t.wait_gone("Security warning");
    assert!(
        trusted_roots(&store).is_empty(),
        "a double-click trusted the root"
    );
    // The double-click again, both clicks on Next's cell.
    t.type_text(&format!("{}{}", click_sgr(next), click_sgr(next)));
    t.wait_for("Security warning");
    t.keys(&["Escape"]);
    t.wait_gone("Security warning");
    assert!(
        trusted_roots(&store).is_empty(),
        "a double-click trusted the root"
    );
    // Past the delay: a press on Yes released off it does nothing.
    t.keys(&["Enter"]);
    t.settled("[ No ]");
    std::thread::sleep(std::time::Duration::from_millis(800));
    press(&t, yes);
    release(&t, (yes.0, 2));
    press(&t, no);
    release(&t, no);
    t.wait_gone("Security warning");
    assert!(
        trusted_roots(&store).is_empty(),
        "a press slid off Yes trusted the root"
    );
    // A deliberate click on Yes, once the confirmation has been shown, does.
    t.keys(&["Enter"]);
    t.settled("[ No ]");
    std::thread::sleep(std::time::Duration::from_millis(800));
    t.type_text(&click_sgr(yes));
    t.wait_for("Imported into Trusted Root Certification Authorities");
    assert_eq!(trusted_roots(&store).len(), 1);
}

/// A file with four roots (B4): before Yes is offered every root is named
/// with its thumbprint, the question says how many one Yes trusts, and the
/// question stays in sight with its buttons.
#[test]
fn a_file_with_four_roots_shows_each_and_asks_for_all_four() {
    let dir = tempfile::tempdir().unwrap();
    let mut pem = String::new();
    let mut thumbprints = Vec::new();
    for name in ["A", "B", "C", "D"] {
        sh(
            dir.path(),
            &format!(
                "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
                 -keyout {name}.key -out {name}.pem -subj '/CN=Root {name}' -days 30 \
                 -addext basicConstraints=critical,CA:TRUE \
                 -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null"
            ),
        );
        let file = dir.path().join(format!("{name}.pem"));
        thumbprints.push(thumbprint_of(&file));
        pem.push_str(&std::fs::read_to_string(file).unwrap());
    }
    let four = dir.path().join("four-roots.pem");
    std::fs::write(&four, pem).unwrap();
    let store = dir.path().join("store");
    for (w, h) in [(80, 24), (60, 20)] {
        let t = Tmux::docwiz(w, h, &[], &["--store", store.to_str().unwrap(), "wizard"]);
        let main = t.settled("Trust a root CA");
        t.type_text(&click_sgr(cell_of(&main, "Trust a root CA")));
        t.wait_for("CA certificate file");
        t.type_text(four.to_str().unwrap());
        t.keys(&["Enter"]);
        let confirm = t.settled("[ No ]");
        let flat = confirm.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("Do you want to trust these 4 root certificates?"),
            "{w}x{h}: the question is not in sight:\n{confirm}"
        );
        assert!(confirm.contains("[ Yes ]"), "{confirm}");
        for t in &thumbprints {
            assert!(
                confirm.contains(t.as_str()),
                "{w}x{h}: {t} not shown:\n{confirm}"
            );
        }
        assert_fits(&confirm, w as usize);
        t.keys(&["Escape"]);
    }
    assert!(trusted_roots(&store).is_empty());
}

/// The status page of a pending offline request ends, as `wizard status`
/// does, with the next step: the command that imports the CA's answer (H2).
#[test]
fn a_pending_offline_request_shows_its_next_step() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let csr = dir.path().join("o.csr");
    wizard_ok(
        &store,
        &[
            "--no-interactive",
            "wizard",
            "request",
            "--fqdn",
            "o.example.com",
            "--offline",
            csr.to_str().unwrap(),
        ],
    );
    let id = status_json(&store, None)["request"]
        .as_str()
        .unwrap()
        .to_string();
    let t = Tmux::docwiz(
        120,
        40,
        &[],
        &[
            "--store",
            store.to_str().unwrap(),
            "wizard",
            "status",
            "--request",
            &id,
        ],
    );
    let page = t.settled("Next step:");
    assert!(
        page.contains(&format!("wizard import-response --request {id}")),
        "{page}"
    );
}

/// At 60 columns the confirmation of one root shows its SHA-1 thumbprint
/// whole (below its label when it does not fit beside it), never split (A3).
#[test]
fn the_thumbprint_of_a_root_is_never_split() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    let ca = dir.path().join("ca.pem");
    let thumbprint = thumbprint_of(&ca);
    let store = dir.path().join("store");
    let t2 = Tmux::docwiz(60, 40, &[], &["--store", store.to_str().unwrap(), "wizard"]);
    let main = t2.settled("Trust a root CA");
    t2.type_text(&click_sgr(cell_of(&main, "Trust a root CA")));
    t2.wait_for("CA certificate file");
    t2.type_text(ca.to_str().unwrap());
    t2.keys(&["Enter"]);
    let confirm = t2.settled("[ No ]");
    assert!(
        confirm.contains(&thumbprint),
        "the thumbprint is split:\n{confirm}"
    );
    assert_fits(&confirm, 60);
}

/// `wizard import FILE` whose key or password was not given opens the
/// Import page on a terminal with what was given filled in and focus on the
/// field that is missing (issue 11: a required argument missing opens the
/// page): a certificate without `--key`, a PKCS#12 file without its
/// password, an encrypted key without its password. Without a terminal the
/// same commands fail as before (exit 2), writing nothing.
#[test]
fn import_missing_its_key_or_password_opens_the_page_at_that_field() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    make_leaf(dir.path(), "full", SERVER_AND_CLIENT);
    sh(
        dir.path(),
        "openssl pkcs8 -topk8 -v2 aes-256-cbc -in full.key -out enc.key -passout pass:KeyPass1 && \
         openssl pkcs12 -export -in full.pem -inkey full.key -out full.p12 -passout pass:P12Pass && \
         openssl x509 -in full.pem -outform DER -out full.der",
    );
    let thumbprint = thumbprint_of(&dir.path().join("full.pem"));
    let cases: [(&str, Vec<String>, &str, &str); 4] = [
        (
            "pem",
            vec![p(dir.path(), "full.pem")],
            "This file holds a certificate but no private key",
            "full.key",
        ),
        (
            "der",
            vec![p(dir.path(), "full.der")],
            "This file holds a certificate but no private key",
            "full.key",
        ),
        (
            "p12",
            vec![p(dir.path(), "full.p12")],
            "This PKCS#12 file needs a password",
            "P12Pass",
        ),
        (
            "enc",
            vec![
                p(dir.path(), "full.pem"),
                "--key".into(),
                p(dir.path(), "enc.key"),
            ],
            "This private key is encrypted (PKCS#8)",
            "KeyPass1",
        ),
    ];
    for (name, args, said, answer) in cases {
        let store = dir.path().join(format!("store-{name}"));
        let s = store.to_str().unwrap();
        let mut full = vec!["--store", s, "wizard", "import"];
        full.extend(args.iter().map(String::as_str));
        // No terminal: the command fails as it always did.
        let out = wizard(&store, &full[2..]);
        assert_eq!(code(&out), 2, "{name}: {}", stderr(&out));
        assert!(installed(&store).is_empty(), "{name}");

        let t = Tmux::docwiz(100, 40, &[], &full);
        let page = wait_all(&t, &["Certificate file", "[ Import ]", said]);
        assert!(
            page.contains(&args[0]),
            "{name}: the file is filled in:\n{page}"
        );
        let answer = if answer.ends_with(".key") {
            p(dir.path(), answer)
        } else {
            answer.to_string()
        };
        // Focus is on the missing field: what is typed goes there.
        t.type_text(&answer);
        t.keys(&["Enter"]);
        let done = wait_all(&t, &["is installed with its private key", "[ Done ]"]);
        assert!(done.contains(&thumbprint), "{name}:\n{done}");
        assert_eq!(installed(&store), vec![(thumbprint.clone(), Vec::new())]);
        t.keys(&["C-c"]);
        assert_eq!(t.wait_exit(), 0);
    }
}

/// Text fields edit by extended grapheme cluster: Right steps over a letter
/// with its combining accent and over a whole emoji ZWJ sequence, Delete
/// and Backspace remove a whole cluster. The file name is only right (and
/// the import only succeeds) when every step took a whole cluster.
#[test]
fn text_fields_edit_whole_grapheme_clusters() {
    let dir = tempfile::tempdir().unwrap();
    make_ca(dir.path());
    make_leaf(dir.path(), "full", SERVER_AND_CLIENT);
    let name = "e\u{301}\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}中\u{200B}.pem";
    let both = [
        std::fs::read_to_string(dir.path().join("full.pem")).unwrap(),
        std::fs::read_to_string(dir.path().join("full.key")).unwrap(),
    ]
    .concat();
    std::fs::write(dir.path().join(name), both).unwrap();
    let thumbprint = thumbprint_of(&dir.path().join("full.pem"));
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        100,
        40,
        &[],
        &["--store", store.to_str().unwrap(), "wizard", "import"],
    );
    t.wait_for("Certificate file");
    // é (e + combining acute) Q family Z 中 ZWSP .pem x́ (x + combining acute)
    t.type_text("e\u{301}Q\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}Z中\u{200B}.pemx\u{301}");
    // Home, over é, delete Q; over the family, delete Z; at the end,
    // Backspace takes x́ whole.
    t.keys(&[
        "Home", "Right", "Delete", "Right", "Delete", "End", "BSpace",
    ]);
    t.keys(&["Home"]);
    t.type_text(&format!("{}/", dir.path().display()));
    let typed = t.screen();
    for line in typed.lines() {
        assert!(width(line) <= 100, "{line:?}\n{typed}");
    }
    t.keys(&["Enter"]);
    let done = wait_all(&t, &["is installed with its private key", "[ Done ]"]);
    assert!(done.contains(&thumbprint), "{done}");
}

/// The German trust page names the stores as the other German pages do:
/// „in den Speicher „…““, not the bare store name after "in".
#[test]
fn the_german_trust_page_names_its_stores_as_stores() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let t = Tmux::docwiz(
        100,
        30,
        &[("LANG", "de_DE.UTF-8")],
        &["--store", store.to_str().unwrap(), "wizard"],
    );
    let main = t.settled("Stammzertifizierungsstelle vertrauen");
    t.type_text(&click_sgr(cell_of(
        &main,
        "Stammzertifizierungsstelle vertrauen",
    )));
    t.wait_flat(
        "in den Speicher „Vertrauenswürdige Stammzertifizierungsstellen“, \
         ein Zwischenzertifikat in den Speicher „Zwischenzertifizierungsstellen“",
    );
}
