//! Shared by the integration tests: run the real binary with a clean language
//! environment, and copy the shipped tree to break it on purpose.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const KEYWORD: &str = "ms.lync.dep.DeployCertRequestReturned";
pub const TOPIC: &str = "certificate-request-returned";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary with no language variables set.
pub fn docwiz() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_docwiz"));
    for var in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "LANGUAGE",
        "COLUMNS",
        "NO_COLOR",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

pub fn run(args: &[&str]) -> Output {
    docwiz().args(args).output().expect("run docwiz")
}

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

/// The value of `key` in Markdown front matter.
pub fn front(md: &str, key: &str) -> Option<String> {
    let body = md.strip_prefix("---\n")?;
    let end = body.find("\n---\n")?;
    body[..end]
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}: ")).map(str::to_string))
}
