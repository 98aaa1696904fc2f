//! Static export: every topic in every locale, as an HTML site (with language
//! switcher, alternates, F1 redirect pages and an F1 map) or as DocFX-style
//! Markdown. Pages are written into a staging directory that replaces the
//! output directory only when everything succeeded, so a failed export leaves
//! no half-written page behind.

pub mod docfx;
pub mod site;
pub mod site_search;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use fluent_bundle::FluentResource;
use unic_langid::LanguageIdentifier;

use crate::catalog::Catalog;
use crate::compose::{LiveFill, Options, Page, compose};
use crate::error::{Diagnostic, Error, Location, Message, Severity};
use crate::f1_index::load_topic;
use crate::language;
use crate::localization::{Localizer, ReusableBundle, parse};
use crate::render::Labels;
use crate::source::Source;
use crate::toc::{Named, Toc};
use crate::topic::FrontMatter;

/// The file that marks a directory as docwiz's export, safe to replace.
pub const MARKER: &str = ".docwiz-export";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Md,
}

pub struct ExportOptions<'a> {
    pub format: Format,
    pub out: PathBuf,
    /// Locales to export; empty for every shipped locale.
    pub locales: Vec<LanguageIdentifier>,
    pub live: Option<LiveFill<'a>>,
    /// Where the site will be published, for absolute `hreflang` alternates.
    pub base_url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Summary {
    pub pages: usize,
    /// Messages shown in English on pages of other locales.
    pub fallbacks: usize,
    pub seconds: f64,
    /// Problems that did not stop the export (messages that cannot be
    /// formatted), each once, by file and line.
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug)]
pub enum ExportError {
    /// Content that cannot be exported, with file and line.
    Content(Vec<Diagnostic>),
    /// The output could not be written (or would overwrite foreign files).
    Write(Error),
}

/// What a worker made of one topic in one locale.
pub struct Rendered {
    pub locale: LanguageIdentifier,
    pub front: FrontMatter,
    pub page: Page,
}

fn write_error(path: &Path, e: std::io::Error) -> ExportError {
    ExportError::Write(Error::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
}

/// Parsed `.ftl` files shared by every page: each file is parsed once.
struct Resources {
    source: Source,
    ui: HashMap<LanguageIdentifier, Option<Arc<FluentResource>>>,
    /// The table of contents named in each exported language (empty when
    /// the tree has no `content/toc.yml`).
    tocs: HashMap<LanguageIdentifier, Vec<Named>>,
    /// Each topic's heading ids, for the pages' `topic:` links.
    anchors: std::collections::BTreeMap<String, Vec<String>>,
}

impl Resources {
    /// The UI strings of a locale, falling back to English.
    fn ui_localizer(&self, locale: &LanguageIdentifier) -> Localizer {
        let chain = language::chain(locale);
        let files = chain
            .iter()
            .map(|l| self.ui.get(l).cloned().flatten().into_iter().collect())
            .collect();
        Localizer::from_resources(&chain, files)
    }

    fn topic(
        &self,
        locale: &LanguageIdentifier,
        id: &str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<Arc<FluentResource>> {
        match parse(
            &self.source,
            &format!("locales/{locale}/topics/{id}.ftl"),
            out,
        ) {
            Ok(resource) => resource,
            Err(error) => {
                out.push(Diagnostic::error(
                    error.location().cloned(),
                    error.message(),
                ));
                None
            }
        }
    }
}

pub fn export(
    source: &Source,
    options: &ExportOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Summary, ExportError> {
    let started = Instant::now();
    let (catalog, mut problems) = Catalog::load(source).map_err(ExportError::Write)?;
    let english: LanguageIdentifier = language::SOURCE.parse().expect("en is valid");
    let shipped: Vec<LanguageIdentifier> = {
        let mut all: Vec<LanguageIdentifier> = source
            .list("locales", "")
            .map_err(ExportError::Write)?
            .iter()
            .filter_map(|l| l.parse().ok())
            .collect();
        all.sort_by_key(|l| (*l != english, l.to_string()));
        all
    };
    let locales = if options.locales.is_empty() {
        shipped.clone()
    } else {
        options.locales.clone()
    };

    let mut resources = Resources {
        source: source.clone(),
        ui: HashMap::new(),
        tocs: HashMap::new(),
        anchors: crate::markdown_check::known_anchors(source, &catalog),
    };
    for locale in shipped.iter().chain([&english]) {
        let ui = parse(source, &format!("locales/{locale}/ui.ftl"), &mut problems)
            .map_err(ExportError::Write)?;
        resources.ui.insert(locale.clone(), ui);
    }
    fail_on_errors(&problems)?;

    if let Some(toc) = Toc::load(source).map_err(|e| match e {
        Error::Content(d) => ExportError::Content(vec![d]),
        other => ExportError::Write(other),
    })? {
        for locale in &locales {
            let docwiz = crate::Docwiz::new(source.clone(), std::slice::from_ref(locale))
                .map_err(ExportError::Write)?;
            let named = toc.named(&resources.ui_localizer(locale), &|id| docwiz.title(id));
            resources.tocs.insert(locale.clone(), named);
        }
    }
    let ui = |locale: &LanguageIdentifier| resources.ui_localizer(locale);
    let names = site::language_names(&locales, &|l| ui(l).text(&Message::new("language-name")));
    let staging = staging_dir(&options.out)?;
    let result = render_all(
        &catalog, &resources, &locales, &names, &english, options, &staging, progress,
    )
    .and_then(|pages| {
        let fallbacks = pages.1;
        let warnings = pages.2;
        if options.format == Format::Html {
            site::write_site(
                &staging,
                &catalog,
                &names,
                &pages.0,
                &ui,
                &resources.tocs,
                options.base_url.as_deref(),
            )?;
        } else {
            docfx::write_indexes(&staging, &locales, &pages.0, &ui, &resources.tocs)?;
        }
        std::fs::write(staging.join(MARKER), b"").map_err(|e| write_error(&staging, e))?;
        Ok((pages.0.len(), fallbacks, warnings))
    });
    match result {
        Ok((pages, fallbacks, warnings)) => {
            publish(&staging, &options.out)?;
            Ok(Summary {
                pages,
                fallbacks,
                seconds: started.elapsed().as_secs_f64(),
                warnings,
            })
        }
        Err(error) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(error)
        }
    }
}

fn fail_on_errors(problems: &[Diagnostic]) -> Result<(), ExportError> {
    let errors: Vec<Diagnostic> = problems
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ExportError::Content(errors))
    }
}

/// Index entry of each page that was written, for the site's indexes and F1 pages.
#[derive(Debug, Clone)]
pub struct Written {
    pub locale: LanguageIdentifier,
    pub id: String,
    pub title: String,
    pub f1: Vec<String>,
    /// The page's search terms (HTML export).
    pub search: Option<site_search::Analyzed>,
}

/// Renders every (topic, locale) on all cores; stops at the first bad content.
#[allow(clippy::too_many_arguments)]
fn render_all(
    catalog: &Catalog,
    resources: &Resources,
    locales: &[LanguageIdentifier],
    names: &[(LanguageIdentifier, String)],
    english: &LanguageIdentifier,
    options: &ExportOptions,
    staging: &Path,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(Vec<Written>, usize, Vec<Diagnostic>), ExportError> {
    for locale in locales {
        std::fs::create_dir_all(staging.join(locale.to_string()))
            .map_err(|e| write_error(staging, e))?;
    }
    // The no-match page is made for a keyword that matched nothing: it has no
    // static form.
    let topics: Vec<&FrontMatter> = catalog
        .topics()
        .iter()
        .filter(|t| t.id != crate::catalog::NO_MATCH)
        .collect();
    let total = topics.len() * locales.len();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let problems = Mutex::new(Vec::new());
    let warnings = Mutex::new(Vec::new());
    let written = Mutex::new(Vec::with_capacity(total));
    let fallbacks = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(topics.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut mine = Vec::new();
                let mut pool = HashMap::new();
                while !failed.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(front) = topics.get(i).copied() else {
                        break;
                    };
                    let mut found = Vec::new();
                    match export_topic(
                        front, resources, locales, names, english, options, staging, &mut found,
                        &mut pool,
                    ) {
                        Ok(pages) => {
                            for (entry, fell_back) in pages {
                                fallbacks.fetch_add(fell_back, Ordering::Relaxed);
                                mine.push(entry);
                                progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                            }
                        }
                        Err(error) => {
                            found.push(match error {
                                ExportError::Write(e) => {
                                    Diagnostic::error(e.location().cloned(), e.message())
                                }
                                ExportError::Content(mut d) => d.remove(0),
                            });
                        }
                    }
                    if found.iter().any(|d| d.severity == Severity::Error) {
                        failed.store(true, Ordering::Relaxed);
                        problems
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .extend(found);
                    } else {
                        warnings
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .extend(found);
                    }
                }
                written
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .extend(mine);
            });
        }
    });
    let problems = problems.into_inner().unwrap_or_default();
    fail_on_errors(&problems)?;
    let mut written = written.into_inner().unwrap_or_default();
    written.sort_by_cached_key(|w| (w.locale.to_string(), w.id.clone()));
    let mut warnings = warnings.into_inner().unwrap_or_default();
    warnings.sort_by(|a, b| a.location.cmp(&b.location));
    warnings.dedup();
    Ok((written, fallbacks.into_inner(), warnings))
}

/// One topic in every locale: parse once, compose and write each page.
#[allow(clippy::too_many_arguments)]
fn export_topic(
    front: &FrontMatter,
    resources: &Resources,
    locales: &[LanguageIdentifier],
    names: &[(LanguageIdentifier, String)],
    english: &LanguageIdentifier,
    options: &ExportOptions,
    staging: &Path,
    problems: &mut Vec<Diagnostic>,
    pool: &mut HashMap<LanguageIdentifier, ReusableBundle>,
) -> Result<Vec<(Written, usize)>, ExportError> {
    let source = &resources.source;
    let topic = match load_topic(source, &front.id) {
        Ok(Some(topic)) => topic,
        Ok(None) => return Ok(Vec::new()),
        Err(Error::Content(d)) => return Err(ExportError::Content(vec![d])),
        Err(e) => return Err(ExportError::Write(e)),
    };
    problems.extend(topic.problems.iter().cloned());
    let english_topic = resources.topic(english, &front.id, problems);
    let mut out = Vec::with_capacity(locales.len());
    for locale in locales {
        let chain = language::chain(locale);
        let mut reused = Vec::with_capacity(chain.len());
        let mut files = Vec::with_capacity(chain.len());
        for l in &chain {
            let bundle = pool
                .remove(l)
                .filter(|b| !b.worn())
                .unwrap_or_else(|| ReusableBundle::new(l, resources.ui.get(l).cloned().flatten()));
            reused.push(bundle);
            files.push(if l == english {
                english_topic.clone()
            } else {
                resources.topic(l, &front.id, problems)
            });
        }
        if problems.iter().any(|d| d.severity == Severity::Error) {
            return Ok(out);
        }
        let l10n = Localizer::from_reused(&chain, reused, &front.id, files);
        let mut page = compose(
            &topic,
            &l10n,
            &Options {
                side_by_side: false,
                args: None,
                live: options.live,
            },
        );
        if options.format == Format::Html {
            // The site's navigation and search box are on every topic page.
            page.record_labels(&l10n, &["site-languages", "site-all-topics"]);
            page.record_labels(&l10n, &site::SEARCH_LABELS);
        }
        for failure in &page.failures {
            problems.extend(failure.diagnostics(source, &front.id));
        }
        let anchors = |id: &str| resources.anchors.get(id).cloned();
        let checked = crate::markdown_check::check_page(source, &topic, &mut page, &anchors);
        if options.format == Format::Html {
            page.record_alert_labels(&l10n);
        }
        if checked.iter().any(|d| d.severity == Severity::Error) {
            problems.extend(
                checked
                    .into_iter()
                    .filter(|d| d.severity == Severity::Error),
            );
            return Ok(out);
        }
        if !page.unfilled.is_empty() {
            let path = source.display(&format!("content/{}.md", front.id));
            for slot in &page.unfilled {
                let line = topic.lines.iter().find(|l| {
                    l.pieces
                        .iter()
                        .any(|p| matches!(p, crate::topic::Piece::Slot { id, .. } if id == slot))
                });
                problems.push(Diagnostic::error(
                    Some(Location {
                        file: path.clone(),
                        line: line.map_or(0, |l| l.number),
                        col: 1,
                    }),
                    Message::new("lint-unfilled-slot").arg("id", slot.as_str()),
                ));
            }
            return Ok(out);
        }
        let (rel, text) = match options.format {
            Format::Html => {
                let labels = Labels::new(&l10n, &page);
                (
                    format!("{locale}/{}.html", front.id),
                    site::topic_page(
                        &page,
                        &labels,
                        &l10n,
                        front,
                        names,
                        &site::Nav {
                            base: options.base_url.as_deref(),
                            switch: &site::sibling,
                            back: None,
                            toc: resources.tocs.get(locale).map(Vec::as_slice),
                            elsewhere: false,
                        },
                    ),
                )
            }
            Format::Md => (
                format!("{locale}/{}.md", front.id),
                docfx::page(&page, front),
            ),
        };
        let path = staging.join(&rel);
        std::fs::write(&path, text).map_err(|e| write_error(&path, e))?;
        for (l, bundle) in chain.iter().zip(l10n.into_reused()) {
            pool.insert(l.clone(), bundle);
        }
        let fell_back = if locale == english {
            0
        } else {
            page.fallbacks.len()
        };
        out.push((
            Written {
                locale: locale.clone(),
                id: front.id.clone(),
                title: page.title.clone(),
                f1: front.f1.clone(),
                search: (options.format == Format::Html).then(|| {
                    site_search::Analyzed::of(&crate::search::Document::of(&page), locale)
                }),
            },
            fell_back,
        ));
    }
    Ok(out)
}

/// A fresh directory beside `out`, on the same file system, for one rename.
fn staging_dir(out: &Path) -> Result<PathBuf, ExportError> {
    if out.exists() {
        let foreign = std::fs::read_dir(out)
            .map_err(|e| write_error(out, e))?
            .next()
            .is_some()
            && !out.join(MARKER).exists();
        if foreign {
            return Err(ExportError::Write(Error::ForeignOutput {
                path: out.display().to_string(),
            }));
        }
    }
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| write_error(parent, e))?;
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("export");
    let staging = parent.join(format!(".{name}.tmp-{}", crate::cert::store::random_hex(4)));
    // Named as the user gave it: the staging directory beside it is ours.
    std::fs::create_dir(&staging).map_err(|e| write_error(out, e))?;
    Ok(staging)
}

/// Puts the staged export in place of `out` (an earlier export is replaced).
fn publish(staging: &Path, out: &Path) -> Result<(), ExportError> {
    let old = out.with_file_name(format!(
        ".{}.old-{}",
        out.file_name().and_then(|n| n.to_str()).unwrap_or("export"),
        crate::cert::store::random_hex(4)
    ));
    let had_old = out.exists();
    if had_old {
        std::fs::rename(out, &old).map_err(|e| write_error(out, e))?;
    }
    if let Err(e) = std::fs::rename(staging, out) {
        if had_old {
            let _ = std::fs::rename(&old, out);
        }
        return Err(write_error(out, e));
    }
    if had_old {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(())
}
