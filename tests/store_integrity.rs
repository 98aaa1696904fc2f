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

fn sh(dir: &Path, script: &str) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

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
                v(&["wizard", "request", "--fqdn", "new.example.com", "--key", "ecdsa-p256"]),
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
            ("import PEM", v(&["wizard", "import", "imp.pem", "--key", "imp.key"])),
            (
                "import PKCS#12",
                v(&["wizard", "import", "imp.p12", "--password-file", "password"]),
            ),
            ("finish", v(&["wizard", "finish", "--request", &self.issued])),
            (
                "assign",
                v(&["wizard", "assign", "--thumbprint", &self.unassigned]),
            ),
            ("retry", v(&["wizard", "retry", "--request", &self.interrupted])),
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
            let entry: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{context}: {line:?}: {e}"));
            let usage = entry["usage"].as_str().unwrap().to_string();
            let previous = folded.get(&usage).cloned().unwrap_or(serde_json::Value::Null);
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
            folded.get(usage).cloned().unwrap_or(serde_json::Value::Null),
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
            assert!(dir.join(file).exists(), "{context}: {}/{file}", dir.display());
        }
        assert_eq!(
            spki_of_cert(&dir.join("cert.pem")),
            spki_of_key(&dir.join("privkey.pem")),
            "{context}: {}",
            dir.display()
        );
    }
    for dir in std::fs::read_dir(store.join("requests")).into_iter().flatten() {
        let dir = dir.unwrap().path();
        let record: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("request.json")).unwrap()).unwrap();
        assert!(dir.join("key.pem").exists(), "{context}: {}", dir.display());
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
    // The store loads.
    for args in [
        &["wizard", "status"][..],
        &["certs", "list"],
        &["trust", "list"],
        &["wizard"],
    ] {
        let out = wizard(store, args);
        assert_eq!(code(&out), 0, "{context}: {args:?}: {}", stderr(&out));
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
    for (name, args) in fixture.commands() {
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
            let mut child = spawn(&s, &cwd, &args);
            std::thread::sleep(Duration::from_micros(next(&mut seed) % span));
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
            if round % 4 == 3 {
                check(&s, &format!("{name}, killed in round {round}"));
            }
        }
        check(&s, &format!("{name}, killed"));
        // Afterwards the command still works.
        let out = docwiz()
            .arg("--store")
            .arg(&s)
            .args(&args)
            .current_dir(&cwd)
            .output()
            .unwrap();
        if name != "retry" {
            assert_eq!(code(&out), 0, "{name} after the kills: {}", stderr(&out));
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
    fixture: &Fixture,
    args: &[String],
    pages: u64,
    inodes: u64,
    out: &Path,
) -> (i32, String) {
    let mount = tempfile::tempdir().unwrap();
    let script = r#"
        set -e
        mount -t tmpfs -o size=64m,nr_inodes=100000 tmpfs "$M"
        cp -a "$FIXTURE/s" "$FIXTURE/in" "$M/"
        used_blocks=$(( $(stat -f -c '%b - %f' "$M") ))
        used_inodes=$(( $(stat -f -c '%c - %d' "$M") ))
        mount -o remount,size=$(( (used_blocks + PAGES) * 4096 )),nr_inodes=$(( used_inodes + INODES )) "$M"
        cd "$M/in"
        set +e
        "$DOCWIZ" --store "$M/s" "$@" >"$OUT/stdout" 2>"$OUT/stderr"
        echo $? >"$OUT/rc"
        set -e
        cp -a "$M/s" "$M/in" "$OUT/"
    "#;
    let run = docwiz_env(Command::new("unshare"))
        .args(["--mount", "sh", "-c", script, "sh"])
        .args(args)
        .env("M", mount.path())
        .env("FIXTURE", fixture.dir.path())
        .env("OUT", out)
        .env("DOCWIZ", env!("CARGO_BIN_EXE_docwiz"))
        .env("PAGES", pages.to_string())
        .env("INODES", inodes.to_string())
        .output()
        .expect("unshare is installed");
    assert!(
        run.status.success(),
        "the full-disk harness failed (unshare and tmpfs need root): {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let rc = std::fs::read_to_string(out.join("rc")).unwrap();
    (
        rc.trim().parse().unwrap(),
        std::fs::read_to_string(out.join("stderr")).unwrap(),
    )
}

/// `command` without the language variables of the test's environment.
fn docwiz_env(mut command: Command) -> Command {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "COLUMNS", "NO_COLOR"] {
        command.env_remove(var);
    }
    command
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
                let (pages, inodes) = if budget == 0 { (n, 10_000) } else { (10_000, n) };
                let work = tempfile::tempdir().unwrap();
                let out = work.path();
                let (rc, err) = run_on_full_disk(&fixture, &args, pages, inodes, out);
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
                        assert!(!out.join("in/req.csr").exists(), "{context}: CSR without request");
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
