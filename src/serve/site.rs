//! What every handler of `docwiz serve` shares: the content tree, the store,
//! the secrets, and the cache of rendered pages.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use unic_langid::LanguageIdentifier;

use super::Options;
use crate::Docwiz;
use crate::cert::pages::status::Commands;
use crate::cert::store::{Store, random_hex};
use crate::error::{Error, Message};
use crate::language;
use crate::localization::{Localizer, Ui};
use crate::source::Source;

/// A rendered response body, kept while what it was made from is unchanged;
/// cloned without copying into every response that sends it.
pub type Cached = axum::body::Bytes;

/// Entries each cache holds at most: its keys come from request URLs, so a
/// client asking for ever new ones must not grow it without bound.
const MOST_ENTRIES: usize = 4096;

/// The server's shared state.
pub struct Site {
    pub source: Source,
    pub store: Store,
    pub commands: Commands,
    /// Required on wizard pages when listening beyond loopback (32 hex digits).
    access_token: Option<String>,
    /// Key of the CSRF tokens' HMAC (HMAC-SHA256 of the session id); new at
    /// every start, so tokens of an earlier run are refused.
    csrf_key: aws_lc_rs::hmac::Key,
    cache: Mutex<Cache>,
    /// One lock per page being rendered, so that when a kept page goes
    /// stale the many readers asking for it wait for one rendering instead
    /// of all rendering it at once.
    renders: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

/// Pages rendered from content alone (no live state), valid for one stamp of
/// the content tree; pages with live state, valid for one stamp of the
/// content, the store and the clock's second.
#[derive(Default)]
struct Cache {
    stamp: u64,
    pages: HashMap<String, Cached>,
    live_stamp: u64,
    live: HashMap<String, Cached>,
    names: Option<Arc<Vec<(LanguageIdentifier, String)>>>,
    tocs: HashMap<String, Option<Arc<Vec<crate::toc::Named>>>>,
    locales: Option<Arc<Vec<LanguageIdentifier>>>,
    /// The site search's index files per locale (path below
    /// `/search/<lang>/` → body), as the export writes them.
    search: HashMap<String, SearchFiles>,
}

/// The files of one locale's site search index.
pub type SearchFiles = Arc<HashMap<String, Cached>>;

impl Site {
    /// # Errors
    /// `Error::Read` (and `error-not-a-tree`) when the content tree cannot be read.
    pub fn new(options: Options, beyond_loopback: bool) -> Result<Site, Error> {
        options.source.check()?;
        let rng = aws_lc_rs::rand::SystemRandom::new();
        let csrf_key =
            aws_lc_rs::hmac::Key::generate(aws_lc_rs::hmac::HMAC_SHA256, &rng).map_err(|_| {
                Error::Crypto {
                    detail: "HMAC key".into(),
                }
            })?;
        Ok(Site {
            source: options.source,
            store: options.store,
            commands: options.commands,
            access_token: beyond_loopback.then(|| random_hex(16)),
            csrf_key,
            cache: Mutex::new(Cache::default()),
            renders: Mutex::new(HashMap::new()),
        })
    }

    pub fn access_token(&self) -> Option<&str> {
        self.access_token.as_deref()
    }

    /// The CSRF token of a session: hex HMAC-SHA256 of its id.
    pub fn csrf_token(&self, session: &str) -> String {
        let tag = aws_lc_rs::hmac::sign(&self.csrf_key, session.as_bytes());
        tag.as_ref().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Whether `token` is the CSRF token of `session` (compared in constant time).
    pub fn csrf_ok(&self, session: &str, token: &str) -> bool {
        let Some(bytes) = unhex(token) else {
            return false;
        };
        aws_lc_rs::hmac::verify(&self.csrf_key, session.as_bytes(), &bytes).is_ok()
    }

    /// The library handle for one locale.
    pub fn docwiz(&self, locale: &LanguageIdentifier) -> Result<Docwiz, Error> {
        Docwiz::new(self.source.clone(), std::slice::from_ref(locale))
    }

    /// The UI strings of `locale` (with English fallback).
    pub fn ui(&self, locale: &LanguageIdentifier) -> Localizer {
        Ui::load(&self.source, &language::chain(locale)).0
    }

    /// The shipped locales, English first.
    pub fn locales(&self) -> Result<Arc<Vec<LanguageIdentifier>>, Error> {
        if let Some(locales) = self.fresh(|c| c.locales.clone()) {
            return Ok(locales);
        }
        let locales = Arc::new(self.docwiz(&language::source())?.locales()?);
        self.remember(|c| c.locales = Some(locales.clone()));
        Ok(locales)
    }

    /// The shipped locale `tag` names exactly (case-insensitive), if any.
    pub fn locale(&self, tag: &str) -> Option<LanguageIdentifier> {
        self.locales()
            .ok()?
            .iter()
            .find(|l| l.to_string().eq_ignore_ascii_case(tag))
            .cloned()
    }

    /// The best shipped locale for a preference list (an `l=` value, a
    /// cookie, Accept-Language), as the command line negotiates.
    pub fn negotiate(&self, lists: &[Option<&str>]) -> LanguageIdentifier {
        for list in lists.iter().flatten() {
            let wanted = language::parse_list(list).languages;
            if !wanted.is_empty() {
                let available: Vec<String> = self
                    .locales()
                    .map(|l| l.iter().map(ToString::to_string).collect())
                    .unwrap_or_default();
                return language::negotiate(&wanted, &available);
            }
        }
        language::source()
    }

    /// The table of contents named in `locale`; `None` when the tree has
    /// none or it cannot be read (lint names the problem).
    pub fn toc(&self, locale: &LanguageIdentifier) -> Option<Arc<Vec<crate::toc::Named>>> {
        let key = locale.to_string();
        if let Some(toc) = self.fresh(|c| c.tocs.get(&key).cloned()) {
            return toc;
        }
        let named = crate::toc::Toc::load(&self.source)
            .ok()
            .flatten()
            .and_then(|toc| {
                let docwiz = self.docwiz(locale).ok()?;
                Some(Arc::new(
                    toc.named(&self.ui(locale), &|id| docwiz.title(id)),
                ))
            });
        self.remember(|c| {
            c.tocs.insert(key, named.clone());
        });
        named
    }

    /// Each shipped locale with its name in its own language.
    pub fn language_names(&self) -> Arc<Vec<(LanguageIdentifier, String)>> {
        if let Some(names) = self.fresh(|c| c.names.clone()) {
            return names;
        }
        let locales = self.locales().unwrap_or_default();
        let names = Arc::new(crate::export::site::language_names(&locales, &|l| {
            self.ui(l).text(&Message::new("language-name"))
        }));
        self.remember(|c| c.names = Some(names.clone()));
        names
    }

    /// The site search's index of `locale`, made from the content as it is
    /// now (as `docwiz export` writes it, without live state).
    ///
    /// # Errors
    /// A topic that cannot be read.
    pub fn search_files(&self, locale: &LanguageIdentifier) -> Result<SearchFiles, Error> {
        let key = locale.to_string();
        if let Some(files) = self.fresh(|c| c.search.get(&key).cloned()) {
            return Ok(files);
        }
        let documents = crate::search::documents(&self.source, &language::chain(locale))?;
        let analyzed: Vec<crate::export::site_search::Analyzed> = documents
            .iter()
            .map(|d| crate::export::site_search::Analyzed::of(&d.document, locale))
            .collect();
        let pages: Vec<&crate::export::site_search::Analyzed> = analyzed.iter().collect();
        let files: SearchFiles = Arc::new(
            crate::export::site_search::files(locale, &pages)
                .into_iter()
                .map(|(path, text)| (path, Cached::from(text)))
                .collect(),
        );
        self.remember(|c| {
            c.search.insert(key, files.clone());
        });
        Ok(files)
    }

    /// A page rendered earlier from the content as it is now.
    pub fn cached(&self, key: &str) -> Option<Cached> {
        self.fresh(|c| c.pages.get(key).cloned())
    }

    /// Keeps a page made from content alone.
    pub fn keep(&self, key: &str, page: Cached) {
        self.remember(|c| {
            if c.pages.len() >= MOST_ENTRIES {
                c.pages.clear();
            }
            c.pages.insert(key.to_string(), page);
        });
    }

    /// A page with live state rendered earlier in this second from the
    /// content and the store as they are now. Pages are rendered from a
    /// store that is only ever replaced file by file with renames, so a kept
    /// page shows a state the store had, old or new, never a half-written one.
    /// `stamp` is [`Site::live_stamp`] taken for this request.
    pub fn live_cached(&self, key: &str, stamp: u64) -> Option<Cached> {
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        if cache.live_stamp != stamp {
            cache.live_stamp = stamp;
            cache.live.clear();
            return None;
        }
        cache.live.get(key).cloned()
    }

    /// Keeps a page with live state, for [`Site::live_cached`]; `stamp` is
    /// [`Site::live_stamp`] taken before the page was rendered, so a page
    /// rendered while the store changed is not kept under the new state.
    pub fn keep_live(&self, key: &str, stamp: u64, page: Cached) {
        self.remember(|c| {
            if c.live_stamp != stamp {
                return;
            }
            if c.live.len() >= MOST_ENTRIES {
                c.live.clear();
            }
            c.live.insert(key.to_string(), page);
        });
    }

    /// The lock that one rendering of page `key` holds (see `renders`).
    pub fn render_lock(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut renders = self.renders.lock().unwrap_or_else(|p| p.into_inner());
        if renders.len() >= MOST_ENTRIES {
            renders.clear();
        }
        renders.entry(key.to_string()).or_default().clone()
    }

    /// A number that changes with the content's stamp, with the store's
    /// generation (every command that changes the store changes it, see
    /// [`crate::cert::store::Lock`]), and every second, since live state
    /// shows times; so a file changed by hand, outside any command, shows
    /// within a second.
    pub fn live_stamp(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        self.content_stamp().hash(&mut hasher);
        self.store.generation().hash(&mut hasher);
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs()
            .hash(&mut hasher);
        hasher.finish() | 2
    }

    /// Reads the cache if the content tree is unchanged since it was filled;
    /// empties it otherwise.
    fn fresh<T>(&self, read: impl FnOnce(&Cache) -> Option<T>) -> Option<T> {
        let stamp = self.content_stamp();
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        if cache.stamp != stamp {
            *cache = Cache {
                stamp,
                ..Cache::default()
            };
            return None;
        }
        read(&cache)
    }

    fn remember(&self, write: impl FnOnce(&mut Cache)) {
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        write(&mut cache);
    }

    /// A number that changes whenever a file of the content tree changes:
    /// constant for the built-in content; for `--root`, a hash of every
    /// file's path, size and modification time under `content/` and
    /// `locales/`, so an edited topic or translation is served as it is now.
    fn content_stamp(&self) -> u64 {
        match &self.source {
            Source::BuiltIn => 1,
            Source::Dir(root) => {
                use std::hash::Hasher;
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                for dir in ["content", "locales"] {
                    stamp_dir(&root.join(dir), &mut hasher, 0);
                }
                // Never 0, the empty cache's stamp.
                hasher.finish() | 2
            }
        }
    }
}

/// Hashes the entries below `dir` (four levels at most: `locales/<l>/topics/x.ftl`).
fn stamp_dir(dir: &Path, hasher: &mut impl std::hash::Hasher, depth: usize) {
    use std::hash::Hash;
    let Ok(entries) = std::fs::read_dir(dir) else {
        0u8.hash(hasher);
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        entry.file_name().hash(hasher);
        let Ok(meta) = entry.metadata() else { continue };
        meta.len().hash(hasher);
        if let Ok(modified) = meta.modified() {
            modified
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos()
                .hash(hasher);
        }
        if meta.is_dir() && depth < 4 {
            stamp_dir(&entry.path(), hasher, depth + 1);
        }
    }
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || text.len() > 128 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}
