//! The F1 keyword index for lookups: which topic claims a keyword, without
//! reading every topic. For a `--root` tree it is cached (in
//! `$XDG_CACHE_HOME/docwiz`) and kept up to date by docwiz itself: the cache is
//! used while the content directory's modification time is unchanged, every hit
//! is checked against the topic it names, and a miss rescans before a keyword is
//! declared unknown.

use std::collections::HashMap;
use std::path::PathBuf;

use sha1::{Digest, Sha1};

use crate::catalog::{Catalog, NO_MATCH, nearest};
use crate::error::{Diagnostic, Error};
use crate::source::Source;
use crate::topic::Topic;

const MAGIC: &str = "docwiz-f1-index 1";

pub struct Index {
    /// Topic ids and their keywords, in content order.
    topics: Vec<(String, Vec<String>)>,
    /// Lowercased keyword → topic id, first claim wins.
    by_keyword: HashMap<String, String>,
    /// Whether this came from the cache (and so may be stale).
    cached: bool,
    /// Problems met while scanning (topics that could not be indexed).
    pub diagnostics: Vec<Diagnostic>,
}

impl Index {
    fn new(
        topics: Vec<(String, Vec<String>)>,
        cached: bool,
        diagnostics: Vec<Diagnostic>,
    ) -> Index {
        let mut by_keyword = HashMap::new();
        for (id, keywords) in &topics {
            for keyword in keywords {
                by_keyword
                    .entry(keyword.to_lowercase())
                    .or_insert_with(|| id.clone());
            }
        }
        Index {
            topics,
            by_keyword,
            cached,
            diagnostics,
        }
    }

    /// The cached index when it is current, else a fresh scan (then cached).
    pub fn open(source: &Source) -> Result<Index, Error> {
        if let Some(index) = Self::read_cache(source) {
            return Ok(index);
        }
        Self::scan(source)
    }

    /// Reads every topic's front matter and stores the result in the cache.
    pub fn scan(source: &Source) -> Result<Index, Error> {
        let stamp = content_stamp(source);
        let (catalog, diagnostics) = Catalog::load(source)?;
        let topics: Vec<(String, Vec<String>)> = catalog
            .topics()
            .iter()
            .map(|t| (t.id.clone(), t.f1.clone()))
            .collect();
        let index = Index::new(topics, false, diagnostics);
        if let (Some(path), Some(stamp)) = (cache_path(source), stamp) {
            index.write_cache(&path, &stamp);
        }
        Ok(index)
    }

    /// The topic for an ordered list of keywords (or topic ids), first match wins.
    /// A cached index is rescanned once before nothing is found.
    pub fn find(self, source: &Source, keywords: &[String]) -> Result<Found, Error> {
        if let Some(topic) = self.lookup(source, keywords)? {
            return Ok(Found::Topic(topic));
        }
        let index = if self.cached {
            Self::scan(source)?
        } else {
            self
        };
        if let Some(topic) = index.lookup(source, keywords)? {
            return Ok(Found::Topic(topic));
        }
        let known: Vec<&str> = index
            .topics
            .iter()
            .filter(|(id, _)| id != NO_MATCH)
            .flat_map(|(id, keywords)| keywords.iter().map(String::as_str).chain([id.as_str()]))
            .collect();
        Ok(Found::Nothing {
            suggestions: nearest(&known, keywords),
            diagnostics: index.diagnostics,
        })
    }

    fn lookup(&self, source: &Source, keywords: &[String]) -> Result<Option<Topic>, Error> {
        for keyword in keywords {
            let lower = keyword.to_lowercase();
            // The no-match page is made for a lookup that found nothing (with
            // the keywords asked for): it is never a topic to ask for.
            if let Some(id) = self.by_keyword.get(&lower).filter(|id| *id != NO_MATCH) {
                // The cache may be stale: the topic must still claim the keyword.
                if let Some(topic) = load_topic(source, id)?
                    && topic.front.f1.iter().any(|k| k.to_lowercase() == lower)
                {
                    return Ok(Some(topic));
                }
            }
            let id = self
                .topics
                .iter()
                .map(|(id, _)| id)
                .find(|id| id.eq_ignore_ascii_case(keyword))
                .cloned()
                .unwrap_or_else(|| keyword.to_string());
            if is_topic_id(&id)
                && id != NO_MATCH
                && let Some(topic) = load_topic(source, &id)?
            {
                return Ok(Some(topic));
            }
        }
        Ok(None)
    }

    fn read_cache(source: &Source) -> Option<Index> {
        let path = cache_path(source)?;
        let stamp = content_stamp(source)?;
        let text = std::fs::read_to_string(path).ok()?;
        let mut lines = text.lines();
        if lines.next()? != MAGIC || lines.next()? != stamp {
            return None;
        }
        let topics = lines
            .map(|line| {
                let mut fields = line.split('\t');
                let id = fields.next().unwrap_or_default().to_string();
                (id, fields.map(str::to_string).collect())
            })
            .collect();
        Some(Index::new(topics, true, Vec::new()))
    }

    fn write_cache(&self, path: &std::path::Path, stamp: &str) {
        let mut text = format!("{MAGIC}\n{stamp}\n");
        for (id, keywords) in &self.topics {
            text.push_str(id);
            for keyword in keywords {
                text.push('\t');
                text.push_str(keyword);
            }
            text.push('\n');
        }
        // A cache that cannot be written only costs the next lookup a scan.
        let _ = crate::cert::store::write_atomic(path, text.as_bytes(), false);
    }
}

/// What a lookup found.
pub enum Found {
    Topic(Topic),
    Nothing {
        suggestions: Vec<String>,
        diagnostics: Vec<Diagnostic>,
    },
}

/// Reads and parses `content/<id>.md`; `None` if there is no such file.
pub fn load_topic(source: &Source, id: &str) -> Result<Option<Topic>, Error> {
    let rel = format!("content/{id}.md");
    let text = match source.read(&rel)? {
        Some(text) => text,
        None => return Ok(None),
    };
    Topic::parse(&source.display(&rel), &text, id).map(Some)
}

/// Only names that can be a file stem in `content/` are looked up as ids.
fn is_topic_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('.')
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

/// Where the cache of a `--root` tree lives; the built-in tree needs none.
fn cache_path(source: &Source) -> Option<PathBuf> {
    let Source::Dir(root) = source else {
        return None;
    };
    let root = std::fs::canonicalize(root).ok()?;
    let digest = Sha1::digest(root.as_os_str().as_encoded_bytes());
    let name: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    Some(cache_base()?.join(format!("f1-{name}.idx")))
}

/// docwiz's cache directory: `$XDG_CACHE_HOME/docwiz`, else `~/.cache/docwiz`
/// (XDG Base Directory Specification); `None` when neither is set.
pub fn cache_base() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("docwiz"))
}

/// The content directory's modification time: it changes when a topic file is
/// added, removed or replaced (editors save by rename).
fn content_stamp(source: &Source) -> Option<String> {
    let Source::Dir(root) = source else {
        return None;
    };
    let modified = std::fs::metadata(root.join("content"))
        .ok()?
        .modified()
        .ok()?;
    let since = modified.duration_since(std::time::UNIX_EPOCH).ok()?;
    Some(format!(
        "mtime {}.{:09}",
        since.as_secs(),
        since.subsec_nanos()
    ))
}
