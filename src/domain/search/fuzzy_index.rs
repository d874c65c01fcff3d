use crate::domain::text::normalise;
use std::collections::HashMap;
use std::hash::Hash;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Alias,
}

/// How a hit matched, best first. The ranking contract: exact > prefix > alias > typo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    ExactName,
    NamePrefix,
    ExactAlias,
    AliasPrefix,
    WordPrefix,
    Substring,
    Typo,
    Description,
}

impl MatchKind {
    fn base_score(self) -> u32 {
        match self {
            MatchKind::ExactName => 1000,
            MatchKind::NamePrefix => 900,
            MatchKind::ExactAlias => 850,
            MatchKind::AliasPrefix => 800,
            MatchKind::WordPrefix => 700,
            MatchKind::Substring => 600,
            MatchKind::Typo => 500,
            MatchKind::Description => 300,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit<T> {
    pub target: T,
    pub kind: MatchKind,
    pub score: u32,
}

struct Key<T> {
    text: String,
    target: T,
    field: Field,
    bigrams: u64,
    chars: usize,
    /// True for single words split out of a multi-word key (typos are matched per word too).
    word: bool,
}

/// A search index over targets of type `T` (skill or role indexes).
pub struct FuzzyIndex<T> {
    keys: Vec<Key<T>>,
    descriptions: Vec<(String, T)>,
    /// Tie-break order of each target: sort key (lower-cased name).
    order: Vec<(T, String)>,
}

impl<T> Default for FuzzyIndex<T> {
    fn default() -> Self {
        FuzzyIndex {
            keys: Vec::new(),
            descriptions: Vec::new(),
            order: Vec::new(),
        }
    }
}

fn bigram_signature(text: &str) -> u64 {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).fold(0u64, |sig, pair| {
        let h = (u64::from(pair[0] as u32).wrapping_mul(31) ^ u64::from(pair[1] as u32))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        sig | (1 << (h >> 58))
    })
}

/// Edits allowed for a query of this many characters.
fn typo_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=5 => 1,
        6..=10 => 2,
        _ => 3,
    }
}

impl<T: Copy + Ord + Hash> FuzzyIndex<T> {
    pub fn add(&mut self, target: T, text: &str, field: Field) {
        let text = normalise(text);
        if text.is_empty() {
            return;
        }
        if text.contains(' ') {
            for word in text.split(' ').filter(|w| w.chars().count() >= 4) {
                self.keys.push(Key {
                    bigrams: bigram_signature(word),
                    chars: word.chars().count(),
                    text: word.to_owned(),
                    target,
                    field,
                    word: true,
                });
            }
        }
        self.keys.push(Key {
            bigrams: bigram_signature(&text),
            chars: text.chars().count(),
            text,
            target,
            field,
            word: false,
        });
    }

    pub fn add_description(&mut self, target: T, text: &str) {
        let text = normalise(text);
        if !text.is_empty() {
            self.descriptions.push((text, target));
        }
    }

    pub fn finish(mut self, sort_key: impl Fn(&T) -> String) -> Self {
        let mut targets: Vec<T> = self
            .keys
            .iter()
            .map(|k| k.target)
            .chain(self.descriptions.iter().map(|d| d.1))
            .collect();
        targets.sort();
        targets.dedup();
        self.order = targets.into_iter().map(|t| (t, sort_key(&t))).collect();
        self
    }

    fn sort_key(&self, target: T) -> &str {
        self.order
            .binary_search_by(|(t, _)| t.cmp(&target))
            .map_or("", |i| self.order[i].1.as_str())
    }

    /// Best match per target, ranked; ties in score go to the name, then to feed order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<T>> {
        let query = normalise(query);
        if query.is_empty() {
            return Vec::new();
        }
        let query_len = query.chars().count();
        let budget = typo_budget(query_len);
        let query_bigrams = bigram_signature(&query);
        // k edits destroy at most 2k of the query's bigrams, so fewer shared ones rule a key out.
        let needed_bigrams = query_bigrams.count_ones().saturating_sub(2 * budget as u32);
        let mut best: HashMap<T, Hit<T>> = HashMap::new();
        let consider = |best: &mut HashMap<T, Hit<T>>, hit: Hit<T>| {
            let entry = best.entry(hit.target).or_insert_with(|| hit.clone());
            if entry.score < hit.score {
                *entry = hit;
            }
        };
        for key in &self.keys {
            let kind = if key.word {
                if key.text.starts_with(&query) {
                    Some(MatchKind::WordPrefix)
                } else {
                    None
                }
            } else if key.text == query {
                Some(if key.field == Field::Name {
                    MatchKind::ExactName
                } else {
                    MatchKind::ExactAlias
                })
            } else if key.text.starts_with(&query) {
                Some(if key.field == Field::Name {
                    MatchKind::NamePrefix
                } else {
                    MatchKind::AliasPrefix
                })
            } else if query_len >= 2 && key.text.contains(&query) {
                Some(MatchKind::Substring)
            } else {
                None
            };
            if let Some(kind) = kind {
                let closeness = 100u32.saturating_sub(key.chars.abs_diff(query_len) as u32);
                consider(
                    &mut best,
                    Hit {
                        target: key.target,
                        kind,
                        score: kind.base_score() + closeness / 10,
                    },
                );
                continue;
            }
            if budget == 0
                || key.chars.abs_diff(query_len) > budget
                || (key.bigrams & query_bigrams).count_ones() < needed_bigrams
            {
                continue;
            }
            let distance = strsim::osa_distance(&query, &key.text);
            if distance <= budget {
                consider(
                    &mut best,
                    Hit {
                        target: key.target,
                        kind: MatchKind::Typo,
                        score: MatchKind::Typo.base_score() - 40 * distance as u32,
                    },
                );
            }
        }
        if best.len() < limit && query_len >= 3 {
            for (text, target) in &self.descriptions {
                if text.contains(&query) {
                    consider(
                        &mut best,
                        Hit {
                            target: *target,
                            kind: MatchKind::Description,
                            score: MatchKind::Description.base_score(),
                        },
                    );
                }
            }
        }
        let mut best: Vec<Hit<T>> = best.into_values().collect();
        let order = |a: &Hit<T>, b: &Hit<T>| {
            b.score
                .cmp(&a.score)
                .then_with(|| self.sort_key(a.target).cmp(self.sort_key(b.target)))
                .then(a.target.cmp(&b.target))
        };
        // A one-letter query can hit most of a large feed: select the top ones before sorting.
        if best.len() > limit && limit > 0 {
            best.select_nth_unstable_by(limit - 1, order);
            best.truncate(limit);
        }
        best.sort_by(order);
        best.truncate(limit);
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> FuzzyIndex<usize> {
        let mut index = FuzzyIndex::default();
        let skills: [(&str, &[&str], &str); 7] = [
            (
                "JavaScript",
                &["JS", "ECMAScript"],
                "Browser and server code.",
            ),
            ("Java", &[], "The JVM language."),
            ("Kubernetes", &["k8s"], "Container orchestration."),
            ("Kubernetes operations", &[], "Running clusters."),
            ("Data visualisation", &["dashboards"], "Charts that inform."),
            ("Statistics", &["stats"], "Inference and data."),
            ("Stakeholder management", &[], "Keeping people on board."),
        ];
        for (i, (name, aliases, description)) in skills.iter().enumerate() {
            index.add(i, name, Field::Name);
            for alias in *aliases {
                index.add(i, alias, Field::Alias);
            }
            index.add_description(i, description);
        }
        let names: Vec<String> = skills.iter().map(|s| s.0.to_lowercase()).collect();
        index.finish(|i| names[*i].clone())
    }

    fn targets(hits: &[Hit<usize>]) -> Vec<usize> {
        hits.iter().map(|h| h.target).collect()
    }

    #[test]
    fn exact_beats_prefix_beats_alias_beats_typo() {
        let hits = index().search("java", 10);
        assert_eq!(hits[0].target, 1);
        assert_eq!(hits[0].kind, MatchKind::ExactName);
        assert_eq!(hits[1].target, 0);
        assert_eq!(hits[1].kind, MatchKind::NamePrefix);
        let kinds = [
            MatchKind::ExactName,
            MatchKind::NamePrefix,
            MatchKind::ExactAlias,
            MatchKind::Typo,
        ];
        assert!(kinds
            .windows(2)
            .all(|w| w[0].base_score() > w[1].base_score()));
    }

    #[test]
    fn typos_are_tolerated() {
        let hits = index().search("javscript", 5);
        assert_eq!(hits[0].target, 0);
        assert_eq!(hits[0].kind, MatchKind::Typo);
        assert_eq!(index().search("statsitics", 5)[0].target, 5);
    }

    #[test]
    fn aliases_find_their_skill() {
        let hits = index().search("k8s", 5);
        assert_eq!(hits[0].target, 2);
        assert_eq!(hits[0].kind, MatchKind::ExactAlias);
        assert_eq!(index().search("dashb", 5)[0].kind, MatchKind::AliasPrefix);
    }

    #[test]
    fn partial_words_match_inside_names() {
        let hits = index().search("manage", 5);
        assert_eq!(targets(&hits), [6]);
        assert_eq!(hits[0].kind, MatchKind::WordPrefix);
        assert_eq!(index().search("operat", 5)[0].target, 3);
    }

    #[test]
    fn ties_are_ordered_by_name_then_feed_order() {
        let hits = index().search("kubernetes", 5);
        assert_eq!(targets(&hits), [2, 3]);
        let mut twins = FuzzyIndex::default();
        twins.add(1usize, "Go", Field::Name);
        twins.add(0usize, "Go", Field::Name);
        let twins = twins.finish(|_| "go".into());
        assert_eq!(targets(&twins.search("go", 5)), [0, 1]);
    }

    #[test]
    fn descriptions_are_searched_last() {
        let hits = index().search("orchestration", 5);
        assert_eq!(targets(&hits), [2]);
        assert_eq!(hits[0].kind, MatchKind::Description);
    }

    #[test]
    fn nothing_for_empty_or_unrelated_queries() {
        assert!(index().search("  ", 5).is_empty());
        assert!(index().search("zzzzqqq", 5).is_empty());
    }
}
