//! All topics of a tree, and the nearest known keywords to an unknown one.

use crate::error::{Diagnostic, Error};
use crate::source::Source;
use crate::topic::{FrontMatter, Topic};

/// The topic shown when no keyword matches.
pub const NO_MATCH: &str = "no-match";

/// Every topic's front matter: what listings, lint and export walk through.
pub struct Catalog {
    source: Source,
    topics: Vec<FrontMatter>,
}

impl Catalog {
    /// Indexes the front matter of every `content/*.md`; templates are parsed only
    /// when a topic is asked for. A topic whose front matter cannot be read is left
    /// out and reported; the others remain usable.
    pub fn load(source: &Source) -> Result<(Catalog, Vec<Diagnostic>), Error> {
        let mut topics = Vec::new();
        let mut diagnostics = Vec::new();
        for name in source.list("content", ".md")? {
            let rel = format!("content/{name}");
            let text = match source.read(&rel) {
                Ok(Some(text)) => text,
                Ok(None) => continue,
                Err(Error::Content(d)) => {
                    diagnostics.push(d);
                    continue;
                }
                Err(other) => return Err(other),
            };
            let stem = name.trim_end_matches(".md");
            match Topic::parse_front(&source.display(&rel), &text, stem) {
                Ok(front) => topics.push(front),
                Err(Error::Content(d)) => diagnostics.push(d),
                Err(other) => return Err(other),
            }
        }
        let source = source.clone();
        Ok((Catalog { source, topics }, diagnostics))
    }

    /// The front matter of every readable topic, by id.
    pub fn topics(&self) -> &[FrontMatter] {
        &self.topics
    }

    /// Parses the whole topic: front matter and template.
    pub fn load_topic(&self, front: &FrontMatter) -> Result<Topic, Error> {
        let rel = format!("content/{}.md", front.id);
        let text = self.source.read(&rel)?.ok_or_else(|| Error::Read {
            path: self.source.display(&rel),
            reason: std::io::Error::from(std::io::ErrorKind::NotFound).to_string(),
        })?;
        Topic::parse(&self.source.display(&rel), &text, &front.id)
    }
}

/// Up to three of the `known` keywords or topic ids close to any of
/// `keywords`, nearest first.
pub fn nearest(known: &[&str], keywords: &[String]) -> Vec<String> {
    let mut candidates: Vec<(usize, &str)> = Vec::new();
    for keyword in keywords {
        let wanted = keyword.to_lowercase();
        for &c in known.iter().filter(|c| **c != NO_MATCH) {
            let lower = c.to_lowercase();
            // A keyword typed without its prefix (DeployCertRequestReturned) is close.
            let distance = if lower.contains(&wanted) || wanted.contains(&lower) {
                lower.len().abs_diff(wanted.len()).min(1)
            } else {
                edit_distance(&wanted, &lower)
            };
            let limit = wanted.chars().count().max(lower.chars().count()) / 3;
            if distance <= limit.max(2) {
                candidates.push((distance, c));
            }
        }
    }
    candidates.sort();
    candidates.dedup_by(|a, b| a.1 == b.1);
    candidates
        .into_iter()
        .take(3)
        .map(|(_, c)| c.to_string())
        .collect()
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}
