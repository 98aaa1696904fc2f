//! Where content and translations come from: the tree built into the binary, or a
//! directory given with `--root`.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Location, Message};

/// U+FEFF at the start of a file: the UTF-8 byte order mark.
const BOM: &str = "\u{feff}";

/// `bytes` without a leading UTF-8 byte order mark, which Windows editors write
/// and which no format docwiz reads (Fluent, Markdown, PEM, password files)
/// gives a meaning.
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes)
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// A tree with `content/` and `locales/` below it. Paths are relative and use `/`.
#[derive(Debug, Clone)]
pub enum Source {
    BuiltIn,
    Dir(PathBuf),
}

impl Source {
    pub fn new(root: Option<&Path>) -> Source {
        match root {
            Some(dir) => Source::Dir(dir.to_path_buf()),
            None => Source::BuiltIn,
        }
    }

    /// The file's text, or `None` when it does not exist. A UTF-8 byte order
    /// mark (as Windows editors write it) is not part of the text: every reader
    /// (Fluent, Markdown, front matter) and every column on line 1 count from
    /// after it. Line ends (LF, CRLF) are left as written; each reader takes both.
    pub fn read(&self, rel: &str) -> Result<Option<Cow<'static, str>>, Error> {
        match self {
            Source::BuiltIn => Ok(embedded::FILES
                .binary_search_by(|(path, _)| (*path).cmp(rel))
                .ok()
                .map(|i| {
                    let text = embedded::FILES[i].1;
                    Cow::Borrowed(text.strip_prefix(BOM).unwrap_or(text))
                })),
            Source::Dir(root) => {
                let path = root.join(rel);
                match std::fs::read(&path) {
                    Ok(mut bytes) => {
                        if bytes.starts_with(BOM.as_bytes()) {
                            bytes.drain(..BOM.len());
                        }
                        String::from_utf8(bytes)
                            .map(|s| Some(Cow::Owned(s)))
                            .map_err(|e| {
                                let valid = e.utf8_error().valid_up_to();
                                let before = String::from_utf8_lossy(&e.as_bytes()[..valid]);
                                let location = Location::at(&self.display(rel), &before, valid);
                                Error::Content(Diagnostic::error(
                                    Some(location),
                                    Message::new("error-not-utf8"),
                                ))
                            })
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                    Err(e) => Err(Error::Read {
                        path: self.display(rel),
                        reason: e.to_string(),
                    }),
                }
            }
        }
    }

    /// Names of the entries directly inside `dir` (files ending in `ext`, or
    /// subdirectories when `ext` is empty), sorted.
    pub fn list(&self, dir: &str, ext: &str) -> Result<Vec<String>, Error> {
        let mut names: Vec<String> = match self {
            Source::BuiltIn => {
                let prefix = format!("{dir}/");
                let mut names = Vec::new();
                for (path, _) in embedded::FILES {
                    let Some(rest) = path.strip_prefix(&prefix) else {
                        continue;
                    };
                    let name = match (ext.is_empty(), rest.split_once('/')) {
                        (true, Some((sub, _))) => sub,
                        (false, None) if rest.ends_with(ext) => rest,
                        _ => continue,
                    };
                    if names.last().map(String::as_str) != Some(name) {
                        names.push(name.to_string());
                    }
                }
                names
            }
            Source::Dir(root) => {
                let path = root.join(dir);
                let entries = match std::fs::read_dir(&path) {
                    Ok(entries) => entries,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
                    Err(e) => {
                        return Err(Error::Read {
                            path: self.display(dir),
                            reason: e.to_string(),
                        });
                    }
                };
                entries
                    .flatten()
                    .filter(|e| {
                        let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
                        if ext.is_empty() { is_dir } else { !is_dir }
                    })
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter(|name| ext.is_empty() || name.ends_with(ext))
                    .collect()
            }
        };
        names.sort();
        names.dedup();
        Ok(names)
    }

    /// Whether this is a docwiz tree at all: a `--root` without both
    /// `content/` and `locales/` is a mistyped path, not an empty tree (which
    /// would lint clean and list no topics).
    ///
    /// # Errors
    /// `Error::Content` with `error-not-a-tree` naming the directory.
    pub fn check(&self) -> Result<(), Error> {
        let Source::Dir(root) = self else {
            return Ok(());
        };
        if ["content", "locales"].iter().all(|d| root.join(d).is_dir()) {
            return Ok(());
        }
        Err(Error::Content(Diagnostic::error(
            None,
            Message::new("error-not-a-tree").arg("dir", root.display().to_string()),
        )))
    }

    /// A digest of the built-in tree's files (SHA-1, hex): caches made from
    /// the built-in content (the search index) are keyed by it, so a new
    /// build's content is never answered from an old build's cache.
    pub fn built_in_digest() -> String {
        use sha1::{Digest, Sha1};
        let mut digest = Sha1::new();
        for (path, text) in embedded::FILES {
            digest.update(path.as_bytes());
            digest.update([0]);
            digest.update(text.as_bytes());
            digest.update([0]);
        }
        digest
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// How a file is named in messages: its real path, or `<built-in>/…`.
    pub fn display(&self, rel: &str) -> String {
        match self {
            Source::BuiltIn => format!("<built-in>/{rel}"),
            Source::Dir(root) => root.join(rel).display().to_string(),
        }
    }
}
