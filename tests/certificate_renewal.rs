//! `wizard renew` through the binary: against the local CA with short
//! lifetimes (`--local-validity-days`) and against pebble; what is due, the
//! takeover of the usages in one transaction, the deploy hook's environment,
//! new key or kept key (checked with openssl), a quiet run when nothing is
//! due, and a failed renewal that keeps the old certificate and is shown.
//! Time moves on with faketime (Debian package `faketime`), so that a
//! certificate is due by its lifetime alone, as it would be days later.

mod common;
use common::pebble::Pebble;
use common::*;

use std::path::Path;
use std::process::{Command, Output};

const USAGES: [&str; 3] = ["default", "web-internal", "web-external"];

/// A local request for host.example.com valid `days` days, trusted and
/// finished (assigned to every usage); its thumbprint.
fn assigned(store: &Path, days: &str) -> String {
    let status = trusted_request(store, &["--local-validity-days", days]);
    wizard_ok(store, &["wizard", "finish"]);
    status["thumbprint"].as_str().unwrap().to_string()
}

/// The thumbprint `live/<usage>` points at.
fn live(store: &Path, usage: &str) -> Option<String> {
    std::fs::read_link(store.join("live").join(usage))
        .ok()
        .map(|t| t.file_name().unwrap().to_string_lossy().into_owned())
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(output))
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(output), stderr(output)))
}

/// The binary `days` later, through faketime.
fn later(store: &Path, days: u32, args: &[&str]) -> Output {
    Command::new("faketime")
        .arg(format!("+{days} days"))
        .arg(env!("CARGO_BIN_EXE_docwiz"))
        .arg("--store")
        .arg(store)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .output()
        .expect("faketime is installed (Debian package faketime)")
}

fn pubkey_of_cert(path: &Path) -> String {
    openssl(&["x509", "-in", path.to_str().unwrap(), "-noout", "-pubkey"])
}

#[test]
fn a_due_certificate_is_renewed_and_takes_over_its_usages_in_one_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let old = assigned(&s, "3");
    let env_file = dir.path().join("hook.env");
    let hook = format!("env | grep ^DOCWIZ_ | sort > {}", env_file.display());
    let history_before = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();

    // 3 days: due from the last day; --days 5 makes it due now.
    let out = wizard(
        &s,
        &["wizard", "renew", "--days", "5", "--deploy-hook", &hook],
    );
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    let new = live(&s, "default").unwrap();
    assert_ne!(new, old);
    for usage in USAGES {
        assert_eq!(live(&s, usage).as_deref(), Some(new.as_str()), "{usage}");
        // Where the files are, as finish and assign print them.
        let path = s.join("live").join(usage).join("fullchain.pem");
        assert!(
            joined_as_shell(&text)
                .contains(&std::path::absolute(&path).unwrap().display().to_string()),
            "{text}"
        );
    }
    assert!(text.contains(&old) && text.contains(&new), "{text}");
    assert!(
        text.trim_end().ends_with(" help docwiz.CertRenew"),
        "{text}"
    );
    // The old certificate stays installed, with its key.
    assert_key_matches(
        &s.join("certs").join(&old).join("cert.pem"),
        &s.join("certs").join(&old).join("privkey.pem"),
    );
    assert_key_matches(
        &s.join("live/default/cert.pem"),
        &s.join("live/default/privkey.pem"),
    );
    // A new key.
    assert_ne!(
        pubkey_of_cert(&s.join("certs").join(&old).join("cert.pem")),
        pubkey_of_cert(&s.join("live/default/cert.pem"))
    );

    // One transaction: a line per usage, old → new, one tx id and count 3.
    let history = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();
    let added: Vec<serde_json::Value> = history[history_before.len()..]
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(added.len(), 3, "{history}");
    for (line, usage) in added.iter().zip(USAGES) {
        assert_eq!(line["usage"], usage);
        assert_eq!(line["old"], old.as_str());
        assert_eq!(line["new"], new.as_str());
        assert_eq!(line["count"], 3);
        assert_eq!(line["tx"], added[0]["tx"]);
    }

    // The hook ran once, with the old thumbprint.
    let env = std::fs::read_to_string(&env_file).unwrap();
    let cert_dir = std::path::absolute(s.join("certs").join(&new)).unwrap();
    assert_eq!(
        env,
        format!(
            "DOCWIZ_CERT_DIR={}\nDOCWIZ_OLD_THUMBPRINT={old}\nDOCWIZ_THUMBPRINT={new}\nDOCWIZ_USAGES=default,web-internal,web-external\n",
            cert_dir.display()
        )
    );

    // The renewing request repeats the original: names, key, usages, CA, lifetime.
    let renewing = status_json(&s, None);
    assert_eq!(renewing["thumbprint"], new.as_str());
    assert_eq!(renewing["sans"], serde_json::json!(["host.example.com"]));
    assert_eq!(renewing["key"], "ECDSA P-256");
    assert_eq!(renewing["ca"], "local");
    assert_eq!(renewing["usages"], serde_json::json!(USAGES));
    let not_before = openssl(&[
        "x509",
        "-in",
        s.join("live/default/cert.pem").to_str().unwrap(),
        "-noout",
        "-startdate",
        "-enddate",
    ]);
    let days = |line: &str| {
        let stamp = not_before
            .lines()
            .find_map(|l| l.strip_prefix(line))
            .unwrap()
            .to_string();
        let out = Command::new("date")
            .args(["-d", &stamp, "+%s"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse::<i64>()
            .unwrap()
    };
    assert_eq!((days("notAfter=") - days("notBefore=")) / 86400, 3);
}

#[test]
fn reuse_key_keeps_the_certificates_key_and_json_says_what_was_renewed() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let old = assigned(&s, "2");
    let out = wizard(
        &s,
        &["--json", "wizard", "renew", "--days", "3", "--reuse-key"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc = json(&out);
    let renewed = &doc["renewed"][0];
    assert_eq!(renewed["old"], old.as_str());
    let new = renewed["new"].as_str().unwrap();
    assert_eq!(live(&s, "web-external").as_deref(), Some(new));
    assert_eq!(renewed["usages"], serde_json::json!(USAGES));
    assert_eq!(doc["failed"], serde_json::json!([]));
    assert_eq!(doc["f1"], "docwiz.CertRenew");
    assert_eq!(
        pubkey_of_cert(&s.join("certs").join(&old).join("cert.pem")),
        pubkey_of_cert(&s.join("certs").join(new).join("cert.pem"))
    );
    assert_key_matches(
        &s.join("certs").join(new).join("cert.pem"),
        &s.join("certs").join(new).join("privkey.pem"),
    );
}

#[test]
fn nothing_due_is_one_quiet_line_and_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    // A store with no certificate assigned yet.
    std::fs::create_dir(&s).unwrap();
    let out = wizard(&s, &["wizard", "renew"]);
    assert_eq!(code(&out), 0);
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    assert_eq!(stderr(&out), "");

    let thumbprint = assigned(&s, "397");
    let before = snapshot(&s);
    let out = wizard(&s, &["wizard", "renew", "--all"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    assert!(stdout(&out).contains(&thumbprint), "{}", stdout(&out));
    assert_eq!(stderr(&out), "");
    assert_eq!(snapshot(&s), before, "nothing due changes nothing");
    // In another language, still one line.
    let out = wizard(&s, &["--lang", "de", "wizard", "renew"]);
    assert_eq!(stdout(&out).lines().count(), 1);
    assert!(stdout(&out).contains("erneuert"), "{}", stdout(&out));
}

#[test]
fn a_third_of_the_lifetime_left_makes_it_due_and_the_pages_warn() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let old = assigned(&s, "3");

    // renew_after is a third of the lifetime (1 day) before notAfter.
    let list: serde_json::Value =
        serde_json::from_str(&wizard_ok(&s, &["--json", "certs", "list"])).unwrap();
    let cert = &list[0];
    assert_eq!(cert["days_left"], 2);
    let not_after = cert["not_after"].as_str().unwrap();
    let out = Command::new("date")
        .args([
            "-u",
            "-d",
            &format!("{not_after} - 1 day"),
            "+%Y-%m-%dT%H:%M:%SZ",
        ])
        .output()
        .unwrap();
    assert_eq!(
        cert["renew_after"],
        String::from_utf8_lossy(&out.stdout).trim()
    );
    assert_eq!(cert["renewal_due"], false);
    // Not due today: no warning on the main page.
    assert!(!wizard_ok(&s, &["wizard"]).contains("Renewal due"));

    // Two days later it is due: every page says so, with the command.
    let main = stdout(&later(&s, 2, &["wizard"]));
    assert!(main.contains("Renewal due since"), "{main}");
    assert!(
        joined_as_shell(&main).contains(&format!("wizard renew --thumbprint {old}")),
        "{main}"
    );
    let list = stdout(&later(&s, 2, &["certs", "list"]));
    assert!(list.contains("Renewal due since"), "{list}");
    let status = stdout(&later(&s, 2, &["wizard", "status"]));
    assert!(status.contains("Renewal due since"), "{status}");
    let help = stdout(&later(&s, 2, &["help", "docwiz.CertRenew"]));
    assert!(help.contains("Renewal due since"), "{help}");
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(&later(&s, 2, &["--json", "wizard"]))).unwrap();
    assert_eq!(doc["usages"][0]["certificate"]["renewal_due"], true);
    assert_eq!(doc["usages"][0]["certificate"]["days_left"], 0);
    let status: serde_json::Value =
        serde_json::from_str(&stdout(&later(&s, 2, &["--json", "wizard", "status"]))).unwrap();
    assert_eq!(status["renewal_due"], true);
    assert!(status["renew_after"].is_string());
    // The French page says it in French, with its typography.
    let fr = stdout(&later(&s, 2, &["--lang", "fr", "wizard"]));
    assert!(fr.contains("Renouvellement dû depuis le"), "{fr}");

    // And renew, without --days, renews it.
    let out = later(&s, 2, &["wizard", "renew"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_ne!(live(&s, "default").unwrap(), old);
}

#[test]
fn a_failed_renewal_keeps_the_old_assignment_and_is_shown_until_one_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let old = assigned(&s, "3");
    let history = std::fs::read_to_string(s.join("assignments.jsonl")).unwrap();

    // The issuing CA's certificate taken out of Intermediate Certification
    // Authorities: the new certificate's chain is not trusted.
    let issuing = std::fs::read_dir(s.join("trust/ca"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let kept = dir.path().join("issuing.pem");
    std::fs::rename(&issuing, &kept).unwrap();
    let out = wizard(&s, &["wizard", "renew", "--days", "5"]);
    assert_eq!(code(&out), 1, "{}{}", stdout(&out), stderr(&out));
    assert!(stderr(&out).contains("not trusted"), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("{old} was not renewed")),
        "{}",
        stdout(&out)
    );
    for usage in USAGES {
        assert_eq!(live(&s, usage).as_deref(), Some(old.as_str()));
    }
    assert_eq!(
        std::fs::read_to_string(s.join("assignments.jsonl")).unwrap(),
        history
    );

    // Recorded as a code with its arguments, shown in the reader's language.
    let list: serde_json::Value =
        serde_json::from_str(&wizard_ok(&s, &["--json", "certs", "list"])).unwrap();
    let failure = &list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["thumbprint"] == old.as_str())
        .unwrap()["renewal_failure"];
    assert_eq!(failure["code"], "untrusted-chain");
    assert_eq!(failure["args"]["status"], "missing-intermediate");
    let main = wizard_ok(&s, &["wizard"]);
    assert!(main.contains("The last renewal, on"), "{main}");
    assert!(wizard_ok(&s, &["certs", "list"]).contains("The last renewal, on"));
    let de = wizard_ok(&s, &["--lang", "de", "wizard"]);
    assert!(de.contains("Die letzte Erneuerung am"), "{de}");
    assert!(de.contains("Zwischenzertifizierungsstelle"), "{de}");

    // The local CA unusable (its issuing key readable by others): refused too.
    std::fs::rename(&kept, &issuing).unwrap();
    let key = s.join("ca/issuing.key");
    sh(dir.path(), &format!("chmod 644 {}", key.display()));
    let out = wizard(&s, &["--json", "wizard", "renew", "--days", "5"]);
    assert_eq!(code(&out), 1);
    assert_eq!(json(&out)["failed"][0]["code"], "ca-unsafe");
    assert_eq!(live(&s, "default").as_deref(), Some(old.as_str()));
    // Its reason names the command that finds what is wrong, spelt for this
    // store, in the reader's language: no English, no raw `{$check}`.
    for (lang, words) in [
        ("es", "la entidad de certificación local se negó a firmar"),
        ("zh-TW", "本機憑證授權單位拒絕簽署"),
        ("en", "the local CA refused to sign"),
    ] {
        for page in [
            wizard_ok(&s, &["--lang", lang, "wizard"]),
            wizard_ok(&s, &["--lang", lang, "certs", "list"]),
        ] {
            // Compared without the spaces and line breaks of the layout.
            let flat = |t: &str| t.split_whitespace().collect::<String>();
            let page = flat(&page);
            assert!(page.contains(&flat(words)), "{lang}: {page}");
            assert!(!page.contains('{'), "{lang}: {page}");
            let check = format!("docwiz --store {} --lang {lang} wizard check", s.display());
            assert!(page.contains(&flat(&check)), "{lang}: {page}");
        }
    }

    // Fixed, the next renewal succeeds and the failure is gone.
    sh(dir.path(), &format!("chmod 600 {}", key.display()));
    let out = wizard(&s, &["wizard", "renew", "--days", "5"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_ne!(live(&s, "default").unwrap(), old);
    assert!(!wizard_ok(&s, &["wizard"]).contains("The last renewal"));
}

#[test]
fn a_certificate_docwiz_did_not_request_is_not_renewed_and_its_usage_stays() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    assigned(&s, "3");
    // --thumbprint of a certificate no usage holds: refused, exit 1.
    let other = trusted_request(&s, &["--local-validity-days", "3"]);
    wizard_ok(&s, &["wizard", "finish", "--no-assign"]);
    let unassigned = other["thumbprint"].as_str().unwrap();
    let out = wizard(
        &s,
        &["wizard", "renew", "--thumbprint", unassigned, "--days", "5"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("assigned to no usage"),
        "{}",
        stderr(&out)
    );
    // An unknown thumbprint: not found.
    let out = wizard(&s, &["wizard", "renew", "--thumbprint", &"AB".repeat(20)]);
    assert_eq!(code(&out), 3);
}

#[test]
fn renewal_at_pebble_orders_a_new_certificate_that_takes_over() {
    let pebble = Pebble::start();
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let out = pebble.request(&s, &["--fqdn", "acme.example.com"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    wizard_ok(
        &s,
        &[
            "trust",
            "import-root",
            pebble.fetch("roots/0").to_str().unwrap(),
            "--yes",
        ],
    );
    wizard_ok(
        &s,
        &[
            "trust",
            "import-intermediate",
            pebble.fetch("intermediates/0").to_str().unwrap(),
        ],
    );
    wizard_ok(&s, &["wizard", "finish"]);
    let old = live(&s, "default").unwrap();

    // pebble's certificates last years: not due; nothing changes.
    let out = wizard(&s, &["--json", "wizard", "renew"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc = json(&out);
    assert_eq!(doc["not_due"][0]["thumbprint"], old.as_str());
    assert_eq!(doc["renewed"], serde_json::json!([]));

    // --days beyond its lifetime: renewed at pebble, with the request's CA
    // options (directory, CA bundle, contact, http-01 port) from its record.
    let out = wizard(&s, &["--json", "wizard", "renew", "--days", "3650"]);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    let doc = json(&out);
    let new = doc["renewed"][0]["new"].as_str().unwrap().to_string();
    assert_ne!(new, old);
    for usage in USAGES {
        assert_eq!(live(&s, usage).as_deref(), Some(new.as_str()));
    }
    let status = status_json(&s, None);
    assert_eq!(status["ca"], "acme");
    assert!(
        status["issuer"].as_str().unwrap().contains("Pebble"),
        "{status}"
    );
    assert_key_matches(
        &s.join("live/default/cert.pem"),
        &s.join("live/default/privkey.pem"),
    );
}

#[test]
fn a_failing_deploy_hook_leaves_the_renewal_in_place_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let old = assigned(&s, "3");
    let out = wizard(
        &s,
        &[
            "--json",
            "wizard",
            "renew",
            "--days",
            "5",
            "--deploy-hook",
            "exit 3",
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc = json(&out);
    let new = doc["renewed"][0]["new"].as_str().unwrap();
    assert!(doc["renewed"][0]["hook_error"].is_string(), "{doc}");
    assert_eq!(live(&s, "default").as_deref(), Some(new));
    assert_ne!(new, old);
    // Not a failed renewal: nothing recorded against the old certificate.
    assert!(!wizard_ok(&s, &["wizard"]).contains("The last renewal"));
}

#[test]
fn the_old_requests_status_says_the_renewal_replaced_it_and_never_suggests_assigning_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let first = trusted_request(&s, &["--local-validity-days", "2"]);
    wizard_ok(&s, &["wizard", "finish"]);
    let old = first["thumbprint"].as_str().unwrap().to_string();
    let id = first["request"].as_str().unwrap().to_string();
    let out = wizard(&s, &["--json", "wizard", "renew", "--days", "3"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let new = json(&out)["renewed"][0]["new"]
        .as_str()
        .unwrap()
        .to_string();

    let page = wizard_ok(&s, &["wizard", "status", "--request", &id]);
    assert!(
        page.contains(&format!(
            "The certificate was replaced by renewal with certificate {new} on"
        )),
        "{page}"
    );
    assert!(!page.contains("wizard assign"), "{page}");
    assert!(page.contains(&format!("certs remove {old}")), "{page}");
    let status = status_json(&s, Some(&id));
    assert_eq!(status["assign_blocked"], "replaced");
    assert_eq!(status["assign_available"], false);
}

#[test]
fn renew_quiet_prints_nothing_when_nothing_is_due_and_a_missing_store_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let missing = wizard(&s, &["wizard", "renew", "--quiet"]);
    assert_eq!(code(&missing), 3, "{}", stdout(&missing));
    assert!(
        stderr(&missing).contains(&format!("There is no store at {}", s.display())),
        "{}",
        stderr(&missing)
    );
    assert!(!s.exists(), "a failed renew creates nothing");

    let thumbprint = assigned(&s, "397");
    let out = wizard(&s, &["wizard", "renew", "--quiet"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "");
    // Something due is still told.
    let out = wizard(&s, &["wizard", "renew", "--quiet", "--days", "400"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains(&thumbprint), "{}", stdout(&out));
}

#[test]
fn without_home_the_default_store_is_the_passwd_home_never_the_working_directory() {
    let cwd = tempfile::tempdir().unwrap();
    // A store where a relative default would find it: it must not be used.
    std::fs::create_dir_all(cwd.path().join(".local/share/docwiz")).unwrap();
    let home = std::process::Command::new("sh")
        .args(["-c", "getent passwd $(id -u) | cut -d: -f6"])
        .output()
        .unwrap();
    let home = String::from_utf8_lossy(&home.stdout).trim().to_string();
    assert!(!home.is_empty());
    let renew = docwiz()
        .current_dir(cwd.path())
        .env_remove("HOME")
        .env_remove("DOCWIZ_HOME")
        .env_remove("XDG_DATA_HOME")
        .args(["wizard", "renew", "--quiet"])
        .output()
        .unwrap();
    let expected = std::path::Path::new(&home).join(".local/share/docwiz");
    if expected.is_dir() {
        // The machine's own store: renew looked there, not at the
        // working directory's.
        assert_ne!(code(&renew), 3, "{}", stderr(&renew));
    } else {
        assert_eq!(code(&renew), 3, "{}", stderr(&renew));
        assert!(
            stderr(&renew).contains(&format!("There is no store at {}", expected.display())),
            "{}",
            stderr(&renew)
        );
    }
}

#[test]
fn the_status_page_always_shows_days_left_and_when_due_its_next_step_is_renew() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    let thumbprint = assigned(&s, "30");
    let page = wizard_ok(&s, &["wizard", "status"]);
    assert!(page.contains("days left)"), "{page}");
    assert!(!page.contains("Renewal due"), "{page}");

    let out = later(&s, 25, &["wizard", "status"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains("Renewal due since"), "{page}");
    assert!(page.contains("days left)"), "{page}");
    assert!(!page.contains("Nothing left to do"), "{page}");
    let next = page.split("Next step").nth(1).unwrap_or_default();
    assert!(
        next.contains(&format!("wizard renew --thumbprint {thumbprint}")),
        "{page}"
    );
}

#[test]
fn a_failed_renewals_error_line_is_a_sentence_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s");
    assigned(&s, "3");
    // The issuing CA taken out: the new certificate's chain is not trusted.
    let issuing = std::fs::read_dir(s.join("trust/ca"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::rename(&issuing, dir.path().join("issuing.pem")).unwrap();
    for (lang, start) in [
        ("ru", "ошибка: Цепочка"),
        ("fr", "erreur\u{202f}: La chaîne"),
        ("de", "Fehler: Die Kette"),
        ("en", "error: The new"),
    ] {
        let out = wizard(&s, &["--lang", lang, "wizard", "renew", "--days", "5"]);
        let err = stderr(&out);
        let line = err.lines().next().unwrap_or_default();
        assert!(line.contains(start), "{lang}: {err}");
        assert!(line.ends_with('.'), "{lang}: {err}");
    }
}
