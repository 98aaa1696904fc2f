//! Every command that writes the store, killed at random points and run with
//! the disk full at every point: the store is never left in a state a command
//! did not promise. A failed command changes nothing, the assignment history
//! matches `live/`, no temporary file survives the next command, no issued
//! certificate loses its key, no online request stays pending, and the store
//! still loads.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rcgen::PublicKeyData;
use x509_parser::prelude::FromDer;

/// Signs `csr` with the store's own issuing CA, as an administrator would with
/// openssl at a CA, and writes the answer (leaf, issuing CA, root) to `out`.
fn sign_with_store_ca(store: &Path, dir: &Path, csr: &str, name: &str, out: &str) {
    sh(
        dir,
        &format!(
            "printf 'subjectAltName=DNS:{name}\\nbasicConstraints=CA:FALSE\\nextendedKeyUsage=serverAuth,clientAuth\\n' > {out}.ext && \
             openssl x509 -req -in {csr} -CA {s}/ca/issuing.pem -CAkey {s}/ca/issuing.key -set_serial 0x$(openssl rand -hex 8) \
               -days 30 -extfile {out}.ext -out {out}.leaf 2>/dev/null && \
             cat {out}.leaf {s}/ca/issuing.pem {s}/ca/root.pem > {out}",
            s = store.display()
        ),
    );
}

/// A store with something of every kind, and the inputs of every writing
/// command in `in/`.
struct Fixture {
    dir: tempfile::TempDir,
    /// An offline request waiting for `in/answer.pem`.
    pending: String,
    /// An issued local request, not finished.
    issued: String,
    /// A local request interrupted before its answer was stored.
    interrupted: String,
    /// An installed certificate, not assigned.
    unassigned: String,
    /// The certificate assigned to every usage.
    assigned: String,
}

impl Fixture {
    fn store(&self) -> PathBuf {
        self.dir.path().join("s")
    }

    fn inputs(&self) -> PathBuf {
        self.dir.path().join("in")
    }

    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let s = dir.path().join("s");
        let input = dir.path().join("in");
        std::fs::create_dir_all(&input).unwrap();
        let assigned = trusted_request(&s, &[])["thumbprint"]
            .as_str()
            .unwrap()
            .to_string();
        wizard_ok(&s, &["wizard", "finish"]);
        let unassigned = local_request(&s);
        wizard_ok(&s, &["wizard", "finish", "--no-assign"]);
        let issued = local_request(&s)["request"].as_str().unwrap().to_string();
        let interrupted = local_request(&s)["request"].as_str().unwrap().to_string();
        // As a command killed between publishing the request and storing the
        // CA's answer left it (before answers were published with the request).
        let dir_of = s.join("requests").join(&interrupted);
        std::fs::remove_file(dir_of.join("chain.pem")).unwrap();
        std::fs::remove_dir_all(dir_of.join("issuers")).unwrap();
        let record = std::fs::read_to_string(dir_of.join("request.json")).unwrap();
        std::fs::write(
            dir_of.join("request.json"),
            record.replace("\"issued\"", "\"pending\""),
        )
        .unwrap();
        let pending: serde_json::Value = serde_json::from_str(&wizard_ok(
            &s,
            &[
                "--json",
                "wizard",
                "request",
                "--fqdn",
                "off.example.com",
                "--key",
                "ecdsa-p256",
                "--offline",
                input.join("pending.csr").to_str().unwrap(),
            ],
        ))
        .unwrap();
        sign_with_store_ca(&s, &input, "pending.csr", "off.example.com", "answer.pem");
        // A certificate and key from elsewhere, as PEM and as PKCS#12.
        sh(
            &input,
            "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout imp.key -out imp.csr -subj /CN=imp.example.com 2>/dev/null",
        );
        sign_with_store_ca(&s, &input, "imp.csr", "imp.example.com", "imp.pem");
        std::fs::write(input.join("password"), "s3cret\n").unwrap();
        sh(
            &input,
            "openssl pkcs12 -export -in imp.pem -inkey imp.key -out imp.p12 -passout pass:s3cret",
        );
        // Another CA's root and intermediate, for the trust stores.
        sh(
            &input,
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ext-root.key -out ext-root.pem \
               -subj '/CN=External Root' -days 30 -addext basicConstraints=critical,CA:TRUE -addext keyUsage=keyCertSign,cRLSign 2>/dev/null && \
             openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ext-int.key -out ext-int.csr -subj '/CN=External Intermediate' 2>/dev/null && \
             printf 'basicConstraints=critical,CA:TRUE\\nkeyUsage=keyCertSign,cRLSign\\n' > ca.ext && \
             openssl x509 -req -in ext-int.csr -CA ext-root.pem -CAkey ext-root.key -set_serial 7 -days 30 -extfile ca.ext -out ext-int.pem 2>/dev/null",
        );
        // The history fills its first page but for a few bytes, so that an
        // assignment's record is cut by a full disk in the middle of a line.
        let history = s.join("assignments.jsonl");
        let text = std::fs::read_to_string(&history).unwrap();
        let pad = 4096 - 40 - text.len();
        let padded = text.replacen('}', &format!("{}}}", " ".repeat(pad)), 1);
        std::fs::write(&history, padded).unwrap();
        // Settled: the next command finds nothing to recover.
        recover(&s);
        Fixture {
            dir,
            pending: pending["request"].as_str().unwrap().to_string(),
            issued,
            interrupted,
            unassigned: unassigned["thumbprint"].as_str().unwrap().to_string(),
            assigned,
        }
    }

    /// Each command that writes the store, with its arguments (files relative
    /// to `in/`, the command's working directory).
    fn commands(&self) -> Vec<(&'static str, Vec<String>)> {
        let v = |args: &[&str]| args.iter().map(|a| a.to_string()).collect::<Vec<_>>();
        vec![
            (
                "request",
                v(&[
                    "wizard",
                    "request",
                    "--fqdn",
                    "new.example.com",
                    "--key",
                    "ecdsa-p256",
                ]),
            ),
            (
                "request --offline",
                v(&[
                    "wizard",
                    "request",
                    "--fqdn",
                    "new.example.com",
                    "--key",
                    "ecdsa-p256",
                    "--offline",
                    "req.csr",
                ]),
            ),
            (
                "import-response",
                v(&[
                    "wizard",
                    "import-response",
                    "--request",
                    &self.pending,
                    "answer.pem",
                ]),
            ),
            (
                "import PEM",
                v(&["wizard", "import", "imp.pem", "--key", "imp.key"]),
            ),
            (
                "import PKCS#12",
                v(&["wizard", "import", "imp.p12", "--password-file", "password"]),
            ),
            (
                "finish",
                v(&["wizard", "finish", "--request", &self.issued]),
            ),
            (
                "assign",
                v(&["wizard", "assign", "--thumbprint", &self.unassigned]),
            ),
            (
                "retry",
                v(&["wizard", "retry", "--request", &self.interrupted]),
            ),
            (
                "trust import-root",
                v(&["trust", "import-root", "ext-root.pem", "--yes"]),
            ),
            (
                "trust import-intermediate",
                v(&["trust", "import-intermediate", "ext-int.pem"]),
            ),
        ]
    }
}

/// Takes the store's lock and nothing else: what the next command does first.
fn recover(store: &Path) {
    let out = wizard(store, &["wizard", "retry", "--request", "no-such-request"]);
    assert_eq!(code(&out), 3, "recovery: {}", stderr(&out));
}

fn copy(from: &Path, to: &Path) {
    let status = Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .unwrap();
    assert!(status.success());
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        out.push(entry.path());
        if entry.file_type().unwrap().is_dir() {
            walk(&entry.path(), out);
        }
    }
}

fn spki_of_key(path: &Path) -> Vec<u8> {
    let text = std::fs::read_to_string(path).unwrap();
    rcgen::KeyPair::from_pem(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .subject_public_key_info()
}

fn spki_of_cert(path: &Path) -> Vec<u8> {
    let pem = pem::parse_many(std::fs::read(path).unwrap()).unwrap();
    let (_, cert) = x509_parser::certificate::X509Certificate::from_der(pem[0].contents()).unwrap();
    cert.public_key().raw.to_vec()
}

/// The invariants, as the next command finds the store.
fn check(store: &Path, context: &str) {
    recover(store);
    let mut entries = Vec::new();
    walk(store, &mut entries);
    let leftovers: Vec<_> = entries
        .iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{context}: {leftovers:?}");

    // The history, folded per usage, is what live/ holds.
    let history = store.join("assignments.jsonl");
    let mut folded = std::collections::BTreeMap::new();
    if history.exists() {
        let text = std::fs::read_to_string(&history).unwrap();
        assert!(!text.is_empty(), "{context}: empty history");
        assert!(text.ends_with('\n'), "{context}: torn history line");
        for line in text.lines() {
            let entry: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{context}: {line:?}: {e}"));
            // A removal's line: the certificate is gone, and no usage held it.
            if let Some(removed) = entry["removed"].as_str() {
                assert!(
                    !store.join("certs").join(removed).exists(),
                    "{context}: {removed} recorded removed but installed"
                );
                assert!(
                    !folded.values().any(|t| t == removed),
                    "{context}: {removed} removed while assigned"
                );
                continue;
            }
            let usage = entry["usage"].as_str().unwrap().to_string();
            let previous = folded
                .get(&usage)
                .cloned()
                .unwrap_or(serde_json::Value::Null);
            assert_eq!(entry["old"], previous, "{context}: {usage} in {text}");
            folded.insert(usage, entry["new"].clone());
        }
    }
    for usage in ["default", "web-internal", "web-external"] {
        let link = store.join("live").join(usage);
        let live = std::fs::read_link(&link)
            .ok()
            .map(|t| serde_json::Value::from(t.file_name().unwrap().to_str().unwrap()))
            .unwrap_or(serde_json::Value::Null);
        assert_eq!(
            folded
                .get(usage)
                .cloned()
                .unwrap_or(serde_json::Value::Null),
            live,
            "{context}: history and live/{usage} disagree"
        );
        if !live.is_null() {
            assert!(link.join("cert.pem").exists(), "{context}: {usage} dangles");
        }
    }
    // Every installed certificate has its key; every issued request too.
    for dir in std::fs::read_dir(store.join("certs")).into_iter().flatten() {
        let dir = dir.unwrap().path();
        for file in ["cert.pem", "chain.pem", "fullchain.pem", "privkey.pem"] {
            assert!(
                dir.join(file).exists(),
                "{context}: {}/{file}",
                dir.display()
            );
        }
        assert_eq!(
            spki_of_cert(&dir.join("cert.pem")),
            spki_of_key(&dir.join("privkey.pem")),
            "{context}: {}",
            dir.display()
        );
    }
    for dir in std::fs::read_dir(store.join("requests"))
        .into_iter()
        .flatten()
    {
        let dir = dir.unwrap().path();
        let record: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("request.json")).unwrap()).unwrap();
        if !dir.join("key.pem").exists() {
            // `certs remove` takes the request's copy of the key too: only
            // a request whose certificate is no longer installed lacks it.
            let thumbprint = record["thumbprint"].as_str();
            assert!(
                thumbprint.is_some_and(|t| !store.join("certs").join(t).exists()),
                "{context}: {}",
                dir.display()
            );
            continue;
        }
        if dir.join("chain.pem").exists() {
            assert_eq!(
                spki_of_cert(&dir.join("chain.pem")),
                spki_of_key(&dir.join("key.pem")),
                "{context}: {}",
                dir.display()
            );
            assert_eq!(record["state"], "issued", "{context}: {record}");
        } else if record["ca"] != "offline" {
            assert_eq!(record["state"], "failed", "{context}: stuck {record}");
            assert!(record["reason"].is_string(), "{context}: {record}");
        }
    }
    // The store loads (a store without requests has no status page: 3).
    let requests = std::fs::read_dir(store.join("requests")).map_or(0, |d| d.count());
    for args in [
        &["wizard", "status"][..],
        &["certs", "list"],
        &["trust", "list"],
        &["wizard"],
    ] {
        let out = wizard(store, args);
        let expected = if requests == 0 && args == ["wizard", "status"] {
            3
        } else {
            0
        };
        assert_eq!(
            code(&out),
            expected,
            "{context}: {args:?}: {}",
            stderr(&out)
        );
    }
}

/// A small deterministic generator: the kill points vary but the test repeats.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn spawn(store: &Path, cwd: &Path, args: &[String]) -> std::process::Child {
    docwiz()
        .arg("--store")
        .arg(store)
        .args(args)
        .current_dir(cwd)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn every_writing_command_killed_at_random_points_leaves_a_sound_store() {
    let fixture = Fixture::new();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    // Removal only writes a history line where the disk has room for one,
    // so it is killed here but not tried on a full disk.
    let removal = (
        "certs remove",
        strings(&["certs", "remove", &fixture.unassigned]),
    );
    // Each round's renewal is due (397 days < 400) and replaces the
    // certificate the usages hold then: a new request, key and takeover.
    let renewal = ("renew", strings(&["wizard", "renew", "--days", "400"]));
    // Revocation at the local CA: its list, the record, then the three
    // usages unassigned in one transaction.
    let revocation = (
        "revoke",
        strings(&["wizard", "revoke", &fixture.assigned, "--yes"]),
    );
    for (name, args) in fixture
        .commands()
        .into_iter()
        .chain([removal, renewal, revocation])
    {
        let work = tempfile::tempdir().unwrap();
        copy(&fixture.store(), &work.path().join("s"));
        copy(&fixture.inputs(), &work.path().join("in"));
        let (s, cwd) = (work.path().join("s"), work.path().join("in"));
        // How long the command takes here, so the kills fall inside it.
        let scratch = tempfile::tempdir().unwrap();
        copy(&fixture.store(), &scratch.path().join("s"));
        let started = Instant::now();
        let _ = spawn(&scratch.path().join("s"), &cwd, &args).wait();
        let span = started.elapsed().as_micros() as u64 + 1000;
        for round in 0..12 {
            // Assignments alternate between two certificates, so each one
            // switches the links.
            let mut args = args.clone();
            if name == "assign" && round % 2 == 1 {
                *args.last_mut().unwrap() = fixture.assigned.clone();
            }
            // `--offline` never replaces a file: each round writes a new CSR.
            let _ = std::fs::remove_file(cwd.join("req.csr"));
            let mut child = spawn(&s, &cwd, &args);
            std::thread::sleep(Duration::from_micros(next(&mut seed) % span));
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
            if name == "renew" {
                // A renewal never leaves a usage without its certificate.
                recover(&s);
                for usage in ["default", "web-internal", "web-external"] {
                    assert!(
                        live(&s, usage).is_some(),
                        "renew, killed in round {round}: {usage} unassigned"
                    );
                }
            }
            if name == "revoke" {
                // A revocation unassigns all three usages or none.
                recover(&s);
                let held = ["default", "web-internal", "web-external"]
                    .into_iter()
                    .filter(|u| live(&s, u).as_deref() == Some(fixture.assigned.as_str()))
                    .count();
                assert!(
                    held == 0 || held == 3,
                    "revoke, killed in round {round}: {held} usages of 3 still hold it"
                );
            }
            if round % 4 == 3 {
                check(&s, &format!("{name}, killed in round {round}"));
            }
        }
        check(&s, &format!("{name}, killed"));
        // Afterwards the command still works.
        let _ = std::fs::remove_file(cwd.join("req.csr"));
        let out = docwiz()
            .arg("--store")
            .arg(&s)
            .args(&args)
            .current_dir(&cwd)
            .output()
            .unwrap();
        match name {
            "retry" => {}
            // Revoked whole by a killed round already: refused as revoked.
            "revoke" => {
                assert!(
                    [0, 1].contains(&code(&out)),
                    "{name} after the kills: {}",
                    stderr(&out)
                );
                let t = &fixture.assigned;
                assert!(s.join(format!("revoked/{t}.json")).exists());
                for usage in ["default", "web-internal", "web-external"] {
                    assert_eq!(live(&s, usage), None, "{name}: {usage} still holds {t}");
                }
            }
            // Removed by a killed round already: not found.
            "certs remove" => assert!(
                [0, 3].contains(&code(&out)),
                "{name} after the kills: {}",
                stderr(&out)
            ),
            _ => assert_eq!(code(&out), 0, "{name} after the kills: {}", stderr(&out)),
        }
        check(&s, &format!("{name}, after the kills"));
    }
}

/// Runs `args` in a private mount namespace on a tmpfs holding copies of the
/// fixture's store and inputs, limited to what they use plus `pages` pages
/// (4 KiB) and `inodes` inodes; the store and inputs come back in `out`.
/// Returns the command's exit code and stderr. Fails if the mechanism does not
/// work (unshare, mount): a full disk must really be tried.
fn run_on_full_disk(
    fixture: &Path,
    args: &[String],
    pages: u64,
    inodes: u64,
    out: &Path,
) -> (i32, String) {
    let mount = tempfile::tempdir().unwrap();
    let script = r#"
        set -e
        fill() {
            cp -a "$FIXTURE/s" "$FIXTURE/in" "$M/"
            # A size of 0 would mean no limit: one page is always in use.
            head -c 4096 /dev/zero >"$M/ballast"
        }
        # Measured on a roomy tmpfs, then mounted afresh at that size plus the
        # room asked for (a new mount rather than a remount: a user namespace,
        # where CI may run this without root, refuses tmpfs remounts).
        mount -t tmpfs -o size=64m,nr_inodes=100000 tmpfs "$M"
        fill
        used_blocks=$(( $(stat -f -c '%b - %f' "$M") ))
        used_inodes=$(( $(stat -f -c '%c - %d' "$M") ))
        umount "$M"
        mount -t tmpfs -o size=$(( (used_blocks + PAGES) * 4096 )),nr_inodes=$(( used_inodes + INODES )) tmpfs "$M"
        fill
        cd "$M/in"
        set +e
        "$DOCWIZ" --store "$M/s" "$@" >"$OUT/stdout" 2>"$OUT/stderr"
        echo $? >"$OUT/rc"
        set -e
        cp -a "$M/s" "$M/in" "$OUT/"
    "#;
    let run = docwiz_env(unshare())
        .args(["--mount", "sh", "-c", script, "sh"])
        .args(args)
        .env("M", mount.path())
        .env("FIXTURE", fixture)
        .env("OUT", out)
        .env("DOCWIZ", env!("CARGO_BIN_EXE_docwiz"))
        .env("PAGES", pages.to_string())
        .env("INODES", inodes.to_string())
        .output()
        .expect("unshare is installed");
    assert!(
        run.status.success(),
        "the full-disk harness failed (unshare, mount): {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let rc = std::fs::read_to_string(out.join("rc")).unwrap();
    (
        rc.trim().parse().unwrap(),
        std::fs::read_to_string(out.join("stderr")).unwrap(),
    )
}

/// Every file below `dir`, relative to it, with its bytes.
fn relative_snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    snapshot(dir)
        .into_iter()
        .map(|(p, bytes)| (p.strip_prefix(dir).unwrap().to_path_buf(), bytes))
        .collect()
}

#[test]
fn every_writing_command_on_a_full_disk_fails_cleanly_or_succeeds() {
    let fixture = Fixture::new();
    let before = relative_snapshot(&fixture.store());
    for (name, args) in fixture.commands() {
        for (limit, budget) in [("pages", 0), ("inodes", 1)] {
            let mut successes = 0;
            let mut failures = 0;
            for n in 0..60u64 {
                let (pages, inodes) = if budget == 0 {
                    (n, 10_000)
                } else {
                    (10_000, n)
                };
                let work = tempfile::tempdir().unwrap();
                let out = work.path();
                let (rc, err) = run_on_full_disk(fixture.dir.path(), &args, pages, inodes, out);
                let context = format!("{name} with {n} {limit} free");
                let s = out.join("s");
                match rc {
                    0 => successes += 1,
                    1 => {
                        failures += 1;
                        successes = 0;
                        assert!(
                            err.contains("error:") && !err.contains("panicked"),
                            "{context}: {err}"
                        );
                        assert!(
                            before == relative_snapshot(&s),
                            "{context}: a failed command changed the store: {err}"
                        );
                        assert!(
                            !out.join("in/req.csr").exists(),
                            "{context}: CSR without request"
                        );
                    }
                    _ => panic!("{context}: exit {rc}: {err}"),
                }
                let history = s.join("assignments.jsonl");
                assert!(
                    std::fs::metadata(&history).map_or(true, |m| m.len() > 0),
                    "{context}: empty history"
                );
                check(&s, &context);
                if successes == 2 {
                    break;
                }
            }
            assert_eq!(successes, 2, "{name} never succeeded with {limit}");
            assert!(failures > 0, "{name} never met a full disk ({limit})");
        }
    }
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

fn live(store: &Path, usage: &str) -> Option<String> {
    std::fs::read_link(store.join("live").join(usage))
        .ok()
        .map(|t| t.file_name().unwrap().to_string_lossy().into_owned())
}

/// A store with a trusted certificate installed and nothing assigned yet.
fn unassigned_store(dir: &Path) -> String {
    let s = dir.join("s");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    let status = trusted_request(&s, &[]);
    wizard_ok(&s, &["wizard", "finish", "--no-assign"]);
    status["thumbprint"].as_str().unwrap().to_string()
}

#[test]
fn assign_on_a_full_disk_leaves_no_empty_history() {
    let fixture = tempfile::tempdir().unwrap();
    let thumbprint = unassigned_store(fixture.path());
    assert!(!fixture.path().join("s/assignments.jsonl").exists());
    let before = relative_snapshot(&fixture.path().join("s"));
    let args = strings(&["wizard", "assign", "--thumbprint", &thumbprint]);
    for (pages, inodes) in [(0, 10_000), (10_000, 0)] {
        let work = tempfile::tempdir().unwrap();
        let (rc, err) = run_on_full_disk(fixture.path(), &args, pages, inodes, work.path());
        assert_eq!(rc, 1, "{err}");
        assert!(
            err.contains("no space left on the device (OS error 28)"),
            "{err}"
        );
        let s = work.path().join("s");
        assert!(
            !s.join("assignments.jsonl").exists(),
            "an empty history was left"
        );
        assert!(before == relative_snapshot(&s), "the store changed");
        check(&s, "assign on a full disk");
    }
}

#[test]
fn assign_with_a_read_only_history_fails_and_switches_nothing() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let first = trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish"]);
    let second = local_request(s)["thumbprint"].as_str().unwrap().to_string();
    wizard_ok(s, &["wizard", "finish", "--no-assign"]);
    let before = snapshot(s);
    // Root ignores file modes: the history is made read-only by a read-only
    // bind mount of itself, in a private mount namespace.
    let history = s.join("assignments.jsonl");
    let (rc, err) = docwiz_read_only(
        &history,
        &[
            "--store",
            s.to_str().unwrap(),
            "wizard",
            "assign",
            "--thumbprint",
            &second,
        ],
    );
    assert_eq!(rc, 1, "{err}");
    assert!(err.contains("assignments.jsonl"), "{err}");
    assert!(
        before == snapshot(s),
        "a refused assignment changed the store"
    );
    for usage in ["default", "web-internal", "web-external"] {
        assert_eq!(live(s, usage).as_deref(), first["thumbprint"].as_str());
    }
    check(s, "read-only history");
}

#[test]
fn a_torn_or_unfinished_assignment_record_is_repaired_by_the_next_command() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let first = trusted_request(s, &[])["thumbprint"]
        .as_str()
        .unwrap()
        .to_string();
    wizard_ok(s, &["wizard", "finish"]);
    let second = local_request(s)["thumbprint"].as_str().unwrap().to_string();
    wizard_ok(s, &["wizard", "finish", "--no-assign"]);
    let history = s.join("assignments.jsonl");
    let committed = std::fs::read_to_string(&history).unwrap();
    let line = |usage: &str, count: usize| {
        format!(
            "{{\"time\":\"2026-01-01T00:00:00Z\",\"tx\":\"0badc0de\",\"count\":{count},\"usage\":\"{usage}\",\"old\":\"{first}\",\"new\":\"{second}\"}}\n"
        )
    };
    // A line cut by a full disk.
    std::fs::write(&history, format!("{committed}{{\"time\":\"2026-")).unwrap();
    recover(s);
    assert_eq!(std::fs::read_to_string(&history).unwrap(), committed);
    // A record with fewer lines than its transaction has.
    std::fs::write(&history, format!("{committed}{}", line("default", 3))).unwrap();
    recover(s);
    assert_eq!(std::fs::read_to_string(&history).unwrap(), committed);
    // A whole record, killed after switching one usage of three: undone.
    let all = ["default", "web-internal", "web-external"];
    let record: String = all.iter().map(|u| line(u, 3)).collect();
    std::fs::write(&history, format!("{committed}{record}")).unwrap();
    std::os::unix::fs::symlink(format!("../certs/{second}"), s.join("live/.tmp-x")).unwrap();
    std::fs::rename(s.join("live/.tmp-x"), s.join("live/default")).unwrap();
    recover(s);
    assert_eq!(std::fs::read_to_string(&history).unwrap(), committed);
    for usage in all {
        assert_eq!(live(s, usage).as_deref(), Some(first.as_str()), "{usage}");
    }
    // Killed after the last switch: it took place and stands.
    std::fs::write(&history, format!("{committed}{record}")).unwrap();
    for usage in all {
        std::os::unix::fs::symlink(format!("../certs/{second}"), s.join("live/.tmp-x")).unwrap();
        std::fs::rename(s.join("live/.tmp-x"), s.join("live").join(usage)).unwrap();
    }
    recover(s);
    assert_eq!(
        std::fs::read_to_string(&history).unwrap(),
        format!("{committed}{record}")
    );
    // An empty history (left by an older docwiz on a full disk) is kept as
    // it is: the repair never removes the history.
    let empty = tempfile::tempdir().unwrap();
    let thumbprint = unassigned_store(empty.path());
    let e = empty.path().join("s");
    std::fs::write(e.join("assignments.jsonl"), "").unwrap();
    recover(&e);
    assert_eq!(std::fs::read(e.join("assignments.jsonl")).unwrap(), b"");
    wizard_ok(&e, &["wizard", "assign", "--thumbprint", &thumbprint]);
    check(&e, "after an empty history");
    check(s, "after repairs");
}

/// A local request as a command killed between publishing it and storing the
/// CA's answer left it.
fn interrupt(store: &Path, id: &str, ca: &str) {
    let dir = store.join("requests").join(id);
    let _ = std::fs::remove_file(dir.join("chain.pem"));
    let _ = std::fs::remove_dir_all(dir.join("issuers"));
    let record = std::fs::read_to_string(dir.join("request.json")).unwrap();
    let mut record: serde_json::Value = serde_json::from_str(&record).unwrap();
    record["state"] = "pending".into();
    record["ca"] = ca.into();
    record["thumbprint"] = serde_json::Value::Null;
    std::fs::write(dir.join("request.json"), record.to_string()).unwrap();
}

#[test]
fn an_interrupted_local_request_ends_failed_with_its_reason_and_can_be_retried() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let id = local_request(s)["request"].as_str().unwrap().to_string();
    interrupt(s, &id, "local");
    let status = status_json(s, Some(&id));
    assert_eq!(status["state"], "failed", "{status}");
    assert_eq!(status["reason_code"], "interrupted");
    assert!(
        status["reason"].as_str().unwrap().contains("interrupted"),
        "{status}"
    );
    let retry = format!("wizard retry --request {id}");
    assert!(
        status["next_step"].as_str().unwrap().ends_with(&retry),
        "{status}"
    );
    // The page says it in the reader's language; the store keeps only a code.
    let page = docwiz()
        .args(["--store", s.to_str().unwrap(), "wizard", "status"])
        .env("LANG", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&page).contains("unterbrochen"), "{}", stdout(&page));
    assert!(stdout(&page).contains(&retry));
    let out = wizard_ok(s, &["wizard", "--help"]);
    assert!(out.contains("retry"), "{out}");
    recover(s);
    let record: serde_json::Value = serde_json::from_slice(
        &std::fs::read(s.join("requests").join(&id).join("request.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(record["state"], "failed");
    assert_eq!(record["reason"], "interrupted");
    // Retried: issued, with the request's own key.
    let out: serde_json::Value = serde_json::from_str(&wizard_ok(
        s,
        &["--json", "wizard", "retry", "--request", &id],
    ))
    .unwrap();
    assert_eq!(out["state"], "issued", "{out}");
    assert_eq!(out["reason"], serde_json::Value::Null);
    let dir = s.join("requests").join(&id);
    assert_key_matches(&dir.join("chain.pem"), &dir.join("key.pem"));
    // Only a failed request is retried.
    let again = wizard(s, &["wizard", "retry", "--request", &id]);
    assert_eq!(code(&again), 1);
    assert!(
        stderr(&again).contains("has not failed"),
        "{}",
        stderr(&again)
    );
    check(s, "after the retry");
}

#[test]
fn an_interrupted_online_request_ends_failed_and_an_offline_one_waits() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let acme = local_request(s)["request"].as_str().unwrap().to_string();
    interrupt(s, &acme, "acme");
    let cfssl = local_request(s)["request"].as_str().unwrap().to_string();
    interrupt(s, &cfssl, "cfssl");
    let offline = local_request(s)["request"].as_str().unwrap().to_string();
    interrupt(s, &offline, "offline");
    for id in [&acme, &cfssl] {
        let status = status_json(s, Some(id));
        assert_eq!(status["state"], "failed", "{status}");
        assert_eq!(status["reason_code"], "interrupted");
        // Not retried by docwiz: the next step is a new request to that CA.
        assert!(
            status["next_step"]
                .as_str()
                .unwrap()
                .contains("wizard request --fqdn"),
            "{status}"
        );
        let out = wizard(s, &["wizard", "retry", "--request", id]);
        assert_eq!(code(&out), 1);
        assert!(stderr(&out).contains("external CA"), "{}", stderr(&out));
    }
    let status = status_json(s, Some(&offline));
    assert_eq!(status["state"], "pending");
    recover(s);
    assert_eq!(status_json(s, Some(&offline))["state"], "pending");
}

#[test]
fn leftover_temporaries_anywhere_in_the_store_go_with_the_next_command() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let status = trusted_request(s, &[]);
    wizard_ok(s, &["wizard", "finish"]);
    let id = status["request"].as_str().unwrap();
    let thumbprint = status["thumbprint"].as_str().unwrap();
    let leftovers = [
        format!("requests/{id}/.tmp-request.json-1a2b3c4d"),
        format!("requests/{id}/issuers/.tmp-ABCD.pem-1a2b3c4d"),
        format!("requests/{id}/.tmp-answer-1a2b3c4d/issuers/x.pem"),
        format!("certs/{thumbprint}/.tmp-privkey.pem-1a2b3c4d"),
        "certs/.tmp-ABCDEF-1a2b3c4d/privkey.pem".to_string(),
        "trust/root/.tmp-x.pem-1a2b3c4d".to_string(),
        "ca/.tmp-issuing.key-1a2b3c4d".to_string(),
        ".tmp-assignments-1a2b3c4d".to_string(),
    ];
    for rel in &leftovers {
        let path = s.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "half").unwrap();
    }
    // Not the store's own: left alone.
    std::fs::create_dir_all(s.join("notes")).unwrap();
    std::fs::write(s.join("notes/.tmp-mine"), "mine").unwrap();
    recover(s);
    for rel in &leftovers {
        let top = s.join(&rel[..rel.find(".tmp-").unwrap()]);
        assert!(top.exists(), "{rel}: its directory stays");
        assert!(!s.join(rel).exists(), "{rel} is left");
    }
    assert!(s.join("notes/.tmp-mine").exists());
    std::fs::remove_dir_all(s.join("notes")).unwrap();
    check(s, "after removing leftovers");
}

#[test]
fn an_offline_csr_goes_to_a_bare_name_a_subdirectory_or_nowhere_with_no_request_left() {
    let store = tempfile::tempdir().unwrap();
    let s = store.path();
    let cwd = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(cwd.path().join("sub/dir")).unwrap();
    std::fs::write(cwd.path().join("notadir"), "a file").unwrap();
    let request = |csr: &str| {
        docwiz()
            .args(["--store", s.to_str().unwrap(), "wizard", "request"])
            .args([
                "--fqdn",
                "off.example.com",
                "--key",
                "ecdsa-p256",
                "--offline",
                csr,
            ])
            .current_dir(cwd.path())
            .output()
            .unwrap()
    };
    let count = || std::fs::read_dir(s.join("requests")).map_or(0, |d| d.count());
    // docwiz makes no directory outside its store: a missing one is bad
    // usage (exit 2), and nothing is left.
    let out = request("missing/dir/req.csr");
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("missing/dir does not exist"),
        "{}",
        stderr(&out)
    );
    assert_eq!(count(), 0);
    assert!(!cwd.path().join("missing").exists());
    for (csr, n) in [("req.csr", 1), ("sub/dir/req.csr", 2), ("./req2.csr", 3)] {
        let out = request(csr);
        assert_eq!(code(&out), 0, "{csr}: {}", stderr(&out));
        assert_eq!(count(), n, "{csr}");
        let text = openssl(&[
            "req",
            "-in",
            cwd.path().join(csr).to_str().unwrap(),
            "-noout",
            "-subject",
        ]);
        assert!(text.contains("off.example.com"), "{text}");
    }
    // A directory that is a file: a clear error (bad usage), and no pending
    // request, however often.
    let before = snapshot(s);
    for _ in 0..2 {
        let out = request("notadir/req.csr");
        assert_eq!(code(&out), 2);
        assert!(
            stderr(&out).contains("notadir/req.csr") && stderr(&out).contains("does not exist"),
            "{}",
            stderr(&out)
        );
        assert!(before == snapshot(s), "a failed request was left");
    }
    check(s, "offline requests");
}

/// `openssl x509 -addtrust`: a TRUSTED CERTIFICATE block whose DER carries
/// OpenSSL's trust settings after the certificate.
fn add_trust(dir: &Path, from: &str, to: &str) {
    sh(
        dir,
        &format!(
            "openssl x509 -in {from} -addtrust serverAuth -addreject emailProtection -out {to}"
        ),
    );
    assert!(
        std::fs::read_to_string(dir.join(to))
            .unwrap()
            .starts_with("-----BEGIN TRUSTED CERTIFICATE-----")
    );
}

/// `file` with `extra` bytes after the DER of its first certificate, as a
/// CERTIFICATE block, followed by the rest of the file's certificates.
fn with_trailing_bytes(dir: &Path, from: &str, to: &str, extra: &[u8], label: &str) {
    let blocks = pem::parse_many(std::fs::read(dir.join(from)).unwrap()).unwrap();
    let mut der = blocks[0].contents().to_vec();
    der.extend_from_slice(extra);
    let mut text = pem::encode(&pem::Pem::new(label, der));
    for block in &blocks[1..] {
        text.push_str(&pem::encode(block));
    }
    std::fs::write(dir.join(to), text).unwrap();
}

#[test]
fn trusted_certificate_blocks_are_read_without_their_trust_settings_by_every_command() {
    let fixture = Fixture::new();
    let work = tempfile::tempdir().unwrap();
    copy(&fixture.store(), &work.path().join("s"));
    copy(&fixture.inputs(), &work.path().join("in"));
    let (s, d) = (work.path().join("s"), work.path().join("in"));
    let p = |name: &str| d.join(name).to_str().unwrap().to_string();
    add_trust(&d, "answer.pem.leaf", "answer-trusted.pem");
    let out = wizard_ok(
        &s,
        &[
            "--json",
            "wizard",
            "import-response",
            "--request",
            &fixture.pending,
            &p("answer-trusted.pem"),
        ],
    );
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(status["state"], "issued");
    let plain = openssl(&["x509", "-in", &p("answer.pem.leaf"), "-outform", "DER"]);
    let stored = openssl(&[
        "x509",
        "-in",
        s.join("requests")
            .join(&fixture.pending)
            .join("chain.pem")
            .to_str()
            .unwrap(),
        "-outform",
        "DER",
    ]);
    assert_eq!(plain, stored, "the certificate without its trust settings");
    wizard_ok(&s, &["wizard", "finish", "--request", &fixture.pending]);
    add_trust(&d, "imp.pem.leaf", "imp-trusted.pem");
    wizard_ok(
        &s,
        &[
            "wizard",
            "import",
            &p("imp-trusted.pem"),
            "--key",
            &p("imp.key"),
        ],
    );
    add_trust(&d, "ext-root.pem", "ext-root-trusted.pem");
    wizard_ok(
        &s,
        &["trust", "import-root", &p("ext-root-trusted.pem"), "--yes"],
    );
    add_trust(&d, "ext-int.pem", "ext-int-trusted.pem");
    wizard_ok(
        &s,
        &["trust", "import-intermediate", &p("ext-int-trusted.pem")],
    );
    check(&s, "trusted certificates");
}

#[test]
fn a_certificate_with_bytes_after_it_is_refused_by_every_command_and_changes_nothing() {
    let fixture = Fixture::new();
    let s = fixture.store();
    let d = fixture.inputs();
    let p = |name: &str| d.join(name).to_str().unwrap().to_string();
    // Trailing bytes in a CERTIFICATE block (a NULL, garbage), in the second
    // certificate of a bundle, and trust settings that are not a SEQUENCE.
    let mut inputs = Vec::new();
    for (i, (extra, label)) in [
        (&b"\x05\x00"[..], "CERTIFICATE"),
        (b"garbage", "CERTIFICATE"),
        (b"\x04\x02hi", "TRUSTED CERTIFICATE"),
        (b"\x30\x00\x30\x00", "TRUSTED CERTIFICATE"),
    ]
    .into_iter()
    .enumerate()
    {
        for from in ["answer.pem", "imp.pem", "ext-root.pem", "ext-int.pem"] {
            let to = format!("{i}-{from}");
            with_trailing_bytes(&d, from, &to, extra, label);
            inputs.push((from, to));
        }
    }
    // The issuing CA with trailing bytes after the leaf of the answer.
    let blocks = pem::parse_many(std::fs::read(d.join("answer.pem")).unwrap()).unwrap();
    let mut issuing = blocks[1].contents().to_vec();
    issuing.extend_from_slice(b"\x05\x00");
    let text = pem::encode(&blocks[0]) + &pem::encode(&pem::Pem::new("CERTIFICATE", issuing));
    std::fs::write(d.join("bundle-bad-second.pem"), text).unwrap();
    inputs.push(("answer.pem", "bundle-bad-second.pem".to_string()));
    let before = snapshot(&s);
    for (from, file) in &inputs {
        let args: Vec<String> = match *from {
            "answer.pem" => strings(&[
                "wizard",
                "import-response",
                "--request",
                &fixture.pending,
                &p(file),
            ]),
            "imp.pem" => strings(&["wizard", "import", &p(file), "--key", &p("imp.key")]),
            "ext-root.pem" => strings(&["trust", "import-root", &p(file), "--yes"]),
            _ => strings(&["trust", "import-intermediate", &p(file)]),
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = wizard(&s, &args);
        assert_eq!(code(&out), 2, "{file}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(file.as_str()),
            "{file}: {}",
            stderr(&out)
        );
        assert!(before == snapshot(&s), "{file} changed the store");
    }
    check(&s, "after refused inputs");
}

#[test]
fn a_first_request_on_a_full_disk_leaves_no_request_and_a_usable_ca() {
    let fixture = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(fixture.path().join("s")).unwrap();
    std::fs::create_dir_all(fixture.path().join("in")).unwrap();
    let args = strings(&[
        "wizard",
        "request",
        "--fqdn",
        "first.example.com",
        "--key",
        "ecdsa-p256",
    ]);
    for (limit, budget) in [("pages", 0), ("inodes", 1)] {
        let mut failures = 0;
        for n in 0..40u64 {
            let (pages, inodes) = if budget == 0 {
                (n, 10_000)
            } else {
                (10_000, n)
            };
            let work = tempfile::tempdir().unwrap();
            let (rc, err) = run_on_full_disk(fixture.path(), &args, pages, inodes, work.path());
            let context = format!("first request with {n} {limit} free");
            let s = work.path().join("s");
            if rc == 0 {
                check(&s, &context);
                break;
            }
            failures += 1;
            assert_eq!(rc, 1, "{context}: {err}");
            assert!(
                err.contains("no space left on the device (OS error 28)"),
                "{context}: {err}"
            );
            // The CA is made on first use and may be half made; no request is.
            let requests = std::fs::read_dir(s.join("requests")).map_or(0, |d| d.count());
            assert_eq!(requests, 0, "{context}");
            check(&s, &context);
            // With room again, the next request works and its chain verifies.
            let status = local_request(&s);
            assert_eq!(status["state"], "issued", "{context}");
            let dir = s.join("requests").join(status["request"].as_str().unwrap());
            let ok = openssl(&[
                "verify",
                "-CAfile",
                s.join("ca/root.pem").to_str().unwrap(),
                "-untrusted",
                s.join("ca/issuing.pem").to_str().unwrap(),
                dir.join("chain.pem").to_str().unwrap(),
            ]);
            assert!(ok.contains(": OK"), "{context}: {ok}");
        }
        assert!(
            failures > 0,
            "the first request never met a full disk ({limit})"
        );
    }
}
