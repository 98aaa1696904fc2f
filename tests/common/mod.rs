//! Shared by the integration tests: run the real binary with a clean language
//! environment, and copy the shipped tree to break it on purpose.

#![allow(dead_code)]

pub mod pebble;
pub mod serve;
pub mod tmux;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const KEYWORD: &str = "ms.lync.dep.DeployCertRequestReturned";
pub const TOPIC: &str = "certificate-request-returned";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary with no language variables set.
pub fn docwiz() -> Command {
    docwiz_env(Command::new(env!("CARGO_BIN_EXE_docwiz")))
}

pub fn run(args: &[&str]) -> Output {
    docwiz().args(args).output().expect("run docwiz")
}

/// Runs `command` to its end, reading its output as it comes. A run that has not
/// ended after [`HANG`] is killed and the test fails: that is a hang (the
/// quadratic walks some tests pin took many minutes), not a measure of speed.
pub fn watched(mut command: Command) -> Output {
    use std::io::Read;
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run docwiz");
    let stdout = child.stdout.take().expect("stdout");
    let stderr = child.stderr.take().expect("stderr");
    let read = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let (out_reader, err_reader) = (read(Box::new(stdout)), read(Box::new(stderr)));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > HANG {
            let _ = child.kill();
            panic!("{command:?} did not end: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out_reader.join().expect("stdout reader"),
        stderr: err_reader.join().expect("stderr reader"),
    }
}

/// How long [`watched`] waits before it calls a run a hang.
pub const HANG: std::time::Duration = std::time::Duration::from_secs(600);

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

/// A copy of the shipped `content/` and `locales/` in a temporary directory.
pub fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["content", "locales"] {
        copy_dir(&repo().join(sub), &dir.path().join(sub));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Replaces `from` by `to` in a file of the tree; the text must be there.
pub fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{rel} does not contain {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

/// Removes the lines of a file of the tree that begin with `prefix` (a
/// message left out of a translation).
pub fn drop_lines(root: &Path, rel: &str, prefix: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(prefix), "{rel} does not contain {prefix:?}");
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with(prefix)).collect();
    std::fs::write(&path, kept.join("\n") + "\n").expect("write");
}

/// The value of `key` in Markdown front matter.
pub fn front(md: &str, key: &str) -> Option<String> {
    let body = md.strip_prefix("---\n")?;
    let end = body.find("\n---\n")?;
    body[..end]
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}: ")).map(str::to_string))
}

/// The binary with a store of its own and no language variables.
pub fn wizard(store: &Path, args: &[&str]) -> Output {
    docwiz()
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .expect("run docwiz")
}

/// A successful wizard call's stdout.
pub fn wizard_ok(store: &Path, args: &[&str]) -> String {
    let out = wizard(store, args);
    assert_eq!(
        code(&out),
        0,
        "docwiz {args:?}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

/// `wizard status --json` of the latest (or given) request.
pub fn status_json(store: &Path, request: Option<&str>) -> serde_json::Value {
    let mut args = vec!["--json", "wizard", "status"];
    if let Some(id) = request {
        args.extend(["--request", id]);
    }
    serde_json::from_str(&wizard_ok(store, &args)).expect("status --json is JSON")
}

/// Runs a bash script in `dir` with `set -e`; it must succeed (its stderr is
/// shown when it does not). The tests make their certificates this way.
pub fn sh(dir: &Path, script: &str) {
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!("set -e\n{script}"))
        .current_dir(dir)
        .output()
        .expect("bash");
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `dir/name` as a string, for a command's arguments.
pub fn p(dir: &Path, name: &str) -> String {
    dir.join(name).to_str().expect("a UTF-8 path").to_string()
}

/// Runs openssl and returns its stdout; it must succeed.
pub fn openssl(args: &[&str]) -> String {
    let out = Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl is installed");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every file below `dir` with its bytes (symlinks by target; the lock file
/// without them), for comparing a store before and after a command.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.file_type().is_symlink() {
                out.push((
                    path.clone(),
                    std::fs::read_link(&path)
                        .unwrap()
                        .into_os_string()
                        .into_encoded_bytes(),
                ));
            } else if meta.is_dir() {
                out.push((path.clone(), Vec::new()));
                stack.push(path);
            } else if path.file_name() == Some(std::ffi::OsStr::new(".lock")) {
                // The lock file's bytes are the store's generation, which
                // every command that takes the lock moves on, whatever it
                // then changes or refuses.
                out.push((path.clone(), Vec::new()));
            } else {
                out.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// Makes a request with the local CA and trusts its root and intermediate.
pub fn trusted_request(store: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "--json",
        "wizard",
        "request",
        "--fqdn",
        "host.example.com",
        "--key",
        "ecdsa-p256",
    ];
    args.extend(extra);
    let status: serde_json::Value = serde_json::from_str(&wizard_ok(store, &args)).unwrap();
    for missing in status["chain"]["missing"].as_array().unwrap() {
        let file = missing["file"].as_str().unwrap();
        match missing["kind"].as_str().unwrap() {
            "root" => wizard_ok(store, &["trust", "import-root", file, "--yes"]),
            _ => wizard_ok(store, &["trust", "import-intermediate", file]),
        };
    }
    status_json(store, status["request"].as_str())
}

/// openssl's view: the certificate's public key is the key file's.
pub fn assert_key_matches(cert: &Path, key: &Path) {
    let cert_pub = openssl(&["x509", "-in", cert.to_str().unwrap(), "-noout", "-pubkey"]);
    let key_pub = openssl(&["pkey", "-in", key.to_str().unwrap(), "-pubout"]);
    assert_eq!(
        cert_pub,
        key_pub,
        "{} and {}",
        cert.display(),
        key.display()
    );
}

/// A request to the embedded CA for host.example.com with an ECDSA key (fast);
/// its `status --json`.
pub fn local_request(store: &Path) -> serde_json::Value {
    serde_json::from_str(&wizard_ok(
        store,
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
    .unwrap()
}

/// Printed lines joined as the shell joins a pasted command: a line ending in
/// ` \` continues with the next one's words, one ending in `\` with the rest
/// of the same word (how docwiz breaks a command or path wider than the line).
pub fn joined_as_shell(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim();
        if let Some(piece) = line.strip_suffix(" \\") {
            out.push_str(piece);
            out.push(' ');
        } else if let Some(piece) = line.strip_suffix('\\') {
            out.push_str(piece);
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A self-signed certificate with a P-256 key made with openssl as
/// `dir/NAME.pem` and `dir/NAME.key`, with the given `-addext` extensions;
/// the two paths.
pub fn self_signed(dir: &Path, name: &str, cn: &str, extensions: &[&str]) -> (String, String) {
    let key = p(dir, &format!("{name}.key"));
    let pem = p(dir, &format!("{name}.pem"));
    let subject = format!("/CN={cn}");
    let mut args = vec![
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        &key,
        "-out",
        &pem,
        "-days",
        "30",
        "-subj",
        &subject,
    ];
    for extension in extensions {
        args.extend(["-addext", extension]);
    }
    openssl(&args);
    (pem, key)
}

/// A certificate file's SHA-1 thumbprint as openssl computes it, upper-case
/// hex without colons.
pub fn sha1_thumbprint(pem: &str) -> String {
    let fingerprint = openssl(&["x509", "-in", pem, "-noout", "-fingerprint", "-sha1"]);
    fingerprint
        .split('=')
        .nth(1)
        .expect("openssl's fingerprint line")
        .trim()
        .replace(':', "")
        .to_uppercase()
}

/// A self-signed root CA made with openssl as `dir/NAME.pem` (key beside it);
/// the file and its SHA-1 thumbprint.
pub fn self_signed_root(dir: &Path, name: &str, cn: &str) -> (String, String) {
    let (pem, _) = self_signed(
        dir,
        name,
        cn,
        &[
            "basicConstraints=critical,CA:true",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
    );
    let thumbprint = sha1_thumbprint(&pem);
    (pem, thumbprint)
}

/// `unshare`, which makes a private mount namespace: as root (CI here), or for
/// another user in a user namespace of its own where they may mount a tmpfs
/// and bind mounts (Linux allows both there).
pub fn unshare() -> Command {
    let mut command = Command::new("unshare");
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        command.arg("--map-root-user");
    }
    command
}

/// `command` without the language variables of the test's environment.
pub fn docwiz_env(mut command: Command) -> Command {
    for var in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "LANGUAGE",
        "COLUMNS",
        "NO_COLOR",
    ] {
        command.env_remove(var);
    }
    command
}

/// The findings of `docwiz --root ROOT --json lint`.
pub fn lint_json(root: &Path) -> Vec<serde_json::Value> {
    let out = run(&["--root", root.to_str().unwrap(), "--json", "lint"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("lint --json");
    json.as_array().expect("an array of findings").clone()
}

/// The 1-based line of `rel` in the tree at `root` that starts with `prefix`.
pub fn line_starting(root: &Path, rel: &str, prefix: &str) -> u64 {
    let text = std::fs::read_to_string(root.join(rel)).expect("read");
    let index = text
        .lines()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("{rel} has no line starting with {prefix:?}"));
    index as u64 + 1
}

/// Runs docwiz with `args` where `path` (a file or a directory) cannot be
/// written: root ignores file modes, so it is made read-only by a read-only
/// bind mount of itself in a private mount namespace. Returns docwiz's exit
/// code and stderr.
pub fn docwiz_read_only(path: &Path, args: &[&str]) -> (i32, String) {
    let out = docwiz_env(unshare())
        .args([
            "--mount",
            "sh",
            "-c",
            r#"set -e; mount --bind "$P" "$P"; mount -o remount,ro,bind "$P"
               probe="$P"; [ -d "$P" ] && probe="$P/.probe"
               if (: >>"$probe") 2>/dev/null; then echo "the bind mount is writable" >&2; exit 9; fi
               set +e; "$DOCWIZ" "$@"; echo "rc=$?" >&2"#,
            "sh",
        ])
        .args(args)
        .env("P", path)
        .env("DOCWIZ", env!("CARGO_BIN_EXE_docwiz"))
        .output()
        .expect("run unshare");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "harness: {err}");
    let rc = err
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("rc="))
        .and_then(|rc| rc.parse().ok())
        .unwrap_or_else(|| panic!("no exit code: {err}"));
    (rc, err)
}

/// The (line, col, code, message) of what `docwiz --root ROOT lint` finds
/// in `rel`, with the severity `severity` ("warning" or "error").
pub fn lint_findings(root: &Path, rel: &str, severity: &str) -> Vec<(u64, u64, String, String)> {
    let path = root.join(rel).display().to_string();
    lint_json(root)
        .iter()
        .filter(|f| f["file"] == path.as_str() && f["severity"] == severity)
        .map(|f| {
            (
                f["line"].as_u64().unwrap_or(0),
                f["col"].as_u64().unwrap_or(0),
                f["code"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}
