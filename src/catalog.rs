//! All topics of a tree and the F1 keyword index.

use std::collections::HashMap;

use crate::error::{Diagnostic, Error};
use crate::source::Source;
use crate::topic::{FrontMatter, Topic};

/// The topic shown when no keyword matches.
pub const NO_MATCH: &str = "no-match";

pub struct Catalog {
    source: Source,
    topics: Vec<FrontMatter>,
    /// Lowercased F1 keyword → index of the first topic claiming it.
    f1: HashMap<String, usize>,
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
        let mut f1 = HashMap::new();
        for (index, front) in topics.iter().enumerate() {
            for keyword in &front.f1 {
                f1.entry(keyword.to_lowercase()).or_insert(index);
            }
        }
        let source = source.clone();
        Ok((Catalog { source, topics, f1 }, diagnostics))
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

    pub fn topic(&self, id: &str) -> Option<&FrontMatter> {
        self.topics.iter().find(|t| t.id.eq_ignore_ascii_case(id))
    }

    /// The topic for an ordered list of keywords, most specific first: the first
    /// keyword that is an F1 keyword or a topic id wins. Case does not matter.
    pub fn lookup(&self, keywords: &[String]) -> Result<&FrontMatter, Error> {
        for keyword in keywords {
            if let Some(&index) = self.f1.get(&keyword.to_lowercase()) {
                return Ok(&self.topics[index]);
            }
            if let Some(topic) = self.topic(keyword) {
                return Ok(topic);
            }
        }
        Err(Error::UnknownKeyword {
            keywords: keywords.to_vec(),
            suggestions: self.nearest(keywords),
        })
    }

    /// Up to three known keywords or topic ids close to any of `keywords`, nearest first.
    pub fn nearest(&self, keywords: &[String]) -> Vec<String> {
        let known: Vec<&str> = self
            .topics
            .iter()
            .flat_map(|t| t.f1.iter().map(String::as_str).chain([t.id.as_str()]))
            .filter(|c| *c != NO_MATCH)
            .collect();
        let mut candidates: Vec<(usize, &str)> = Vec::new();
        for keyword in keywords {
            let wanted = keyword.to_lowercase();
            for &c in &known {
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
