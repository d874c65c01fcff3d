//! Finding the names closest to a reference without comparing it with every name.
//!
//! Comparing an unresolved reference with all 40,000 names and aliases of an enterprise feed
//! took 70-100 ms per reference, so a feed with a few hundred unknown references froze the
//! page for tens of seconds. The index keeps the names sorted by length, with the positions of
//! the names that contain each pair of adjacent characters:
//!
//! - A name that scores at least `exact_from` (the auto-resolve threshold) is never missed: its
//!   length is within a window of the reference's, and each edit removes at most three of the
//!   reference's character pairs (a transposition: xaby → xbay), so it shares at least
//!   `pairs - 3 × edits` of them. Every such name is scored, so the answer, ties included, is
//!   the same as comparing with every name.
//! - Below that, a "did you mean" suggestion is looked for among the names of a possible length
//!   that share the most of the reference's rarest character pairs (`SUGGESTION_CANDIDATES`).

use super::resolve::BestMatch;
use crate::domain::sorting::sort_by;

/// How many names, beyond those that could auto-resolve, are scored for a suggestion, and by
/// how many of the query's rarest pairs they are chosen.
const SUGGESTION_CANDIDATES: usize = 12;
const SUGGESTION_PAIRS: usize = 6;
const EPSILON: f64 = 1e-9;

pub struct NameIndex<T> {
    /// Normalised names with their target, by character count, then by name.
    names: Vec<(String, T)>,
    lengths: Vec<u32>,
    /// The character pairs that occur, sorted (see [`pair_key`]); the names containing pair
    /// `i` are `positions[starts[i]..starts[i + 1]]`, ascending.
    pair_keys: Vec<u64>,
    starts: Vec<u32>,
    positions: Vec<u32>,
}

/// Two characters (21 bits each) in one number below 2^42.
fn pair_key(first: char, second: char) -> u64 {
    (u64::from(first) << 21) | u64::from(second)
}

/// Sorts (pair key, position) by key, keeping positions in order within a key: a radix sort
/// in three passes of 16 bits, several times faster than a comparison sort here.
fn sort_by_pair(items: &mut Vec<(u64, u32)>) {
    let mut sorted = vec![(0u64, 0u32); items.len()];
    for shift in [0, 16, 32] {
        let mut starts = vec![0usize; (1 << 16) + 1];
        for &(key, _) in items.iter() {
            starts[((key >> shift) & 0xFFFF) as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        for &item in items.iter() {
            let digit = ((item.0 >> shift) & 0xFFFF) as usize;
            sorted[starts[digit]] = item;
            starts[digit] += 1;
        }
        std::mem::swap(items, &mut sorted);
    }
}

fn distinct_pairs(chars: &[char]) -> Vec<u64> {
    let mut pairs: Vec<u64> = chars.windows(2).map(|w| pair_key(w[0], w[1])).collect();
    sort_by(&mut pairs, |a, b| a.cmp(b));
    pairs.dedup();
    pairs
}

/// The smallest and largest length a name can have to score at least `score` against a query
/// of `len` characters: the length difference alone costs that many edits.
fn length_window(len: usize, score: f64) -> (u32, u32) {
    let len = len as f64;
    (
        (len * score - EPSILON).ceil().max(0.0) as u32,
        (len / score + EPSILON).floor() as u32,
    )
}

/// Edits a name of `name_len` characters may differ by and still score at least `score`.
fn edit_budget(query_len: usize, name_len: usize, score: f64) -> usize {
    ((1.0 - score) * query_len.max(name_len) as f64 + EPSILON).floor() as usize
}

impl<T: Copy + PartialEq> NameIndex<T> {
    /// `names` are already normalised (`text::normalise`).
    pub fn new(names: impl IntoIterator<Item = (String, T)>) -> Self {
        let mut names: Vec<(usize, String, T)> = names
            .into_iter()
            .map(|(name, target)| (name.chars().count(), name, target))
            .collect();
        sort_by(&mut names, |a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        let mut occurrences: Vec<(u64, u32)> = Vec::new();
        let mut chars = Vec::new();
        for (position, (_, name, _)) in names.iter().enumerate() {
            chars.clear();
            chars.extend(name.chars());
            occurrences.extend(
                distinct_pairs(&chars)
                    .into_iter()
                    .map(|pair| (pair, position as u32)),
            );
        }
        sort_by_pair(&mut occurrences);
        let (mut pair_keys, mut starts) = (Vec::new(), Vec::new());
        for (i, (pair, _)) in occurrences.iter().enumerate() {
            if pair_keys.last() != Some(pair) {
                pair_keys.push(*pair);
                starts.push(i as u32);
            }
        }
        starts.push(occurrences.len() as u32);
        NameIndex {
            lengths: names.iter().map(|(len, _, _)| *len as u32).collect(),
            names: names
                .into_iter()
                .map(|(_, name, target)| (name, target))
                .collect(),
            pair_keys,
            starts,
            positions: occurrences
                .into_iter()
                .map(|(_, position)| position)
                .collect(),
        }
    }

    fn range(&self, (shortest, longest): (u32, u32)) -> std::ops::Range<usize> {
        self.lengths.partition_point(|&l| l < shortest)
            ..self.lengths.partition_point(|&l| l <= longest)
    }

    /// The most similar name by normalised Damerau-Levenshtein similarity, with ties going to
    /// the smaller name, as [`super::resolve::best_match`] over every name would answer when
    /// that answer scores at least `exact_from`; below it, the best of the likeliest names,
    /// if it scores at least `floor`.
    pub fn best(&self, query: &str, exact_from: f64, floor: f64) -> Option<BestMatch<T>> {
        let query_chars: Vec<char> = query.chars().collect();
        let query_len = query_chars.len();
        if query_len == 0 || self.names.is_empty() {
            return None;
        }
        let exact = self.range(length_window(query_len, exact_from));
        let wide = self.range(length_window(query_len, floor));
        let mut pairs: Vec<&[u32]> = distinct_pairs(&query_chars)
            .iter()
            .map(|pair| match self.pair_keys.binary_search(pair) {
                Ok(i) => &self.positions[self.starts[i] as usize..self.starts[i + 1] as usize],
                Err(_) => &[][..],
            })
            .collect();
        sort_by(&mut pairs, |a, b| a.len().cmp(&b.len()));
        let mut best = Best::new(query_chars);

        // Names that may auto-resolve: those of a possible length sharing enough of the query's
        // pairs. A name within `budget` edits keeps all but at most 3 × budget of any set of the
        // query's pairs, so counting only the rarest 3 × budget + 6 (their lists are short)
        // still finds every one. Each is scored unless its best possible score is already
        // beaten, so the answer and its ties are exact.
        let widest_budget = exact.clone().last().map_or(0, |p| {
            edit_budget(query_len, self.lengths[p] as usize, exact_from)
        });
        let counted = pairs.len().min(3 * widest_budget + 6);
        let shared = SharedPairs::count(&pairs[..counted], exact.clone());
        let shortest = exact.clone().next().map_or(0, |p| self.lengths[p] as usize);
        // Pairs a name must share, by its length.
        let needed_by_length: Vec<usize> = (shortest..=shortest + 2 * widest_budget + 2)
            .map(|length| counted.saturating_sub(3 * edit_budget(query_len, length, exact_from)))
            .collect();
        let needed = |p: usize| {
            let length = self.lengths[p] as usize;
            needed_by_length
                .get(length - shortest)
                .copied()
                .unwrap_or(0)
        };
        // Only names sharing a pair can qualify, unless the longest may share none. They are
        // scored most shared first, so that a close name found early dismisses the rest.
        let mut by_shared: Vec<Vec<usize>> = vec![Vec::new(); counted + 1];
        let all_qualify = exact.clone().last().is_some_and(|p| needed(p) == 0);
        let names: Box<dyn Iterator<Item = usize>> = if all_qualify {
            Box::new(exact)
        } else {
            Box::new(shared.touched.iter().copied())
        };
        for p in names {
            if shared.of(p) >= needed(p) {
                by_shared[shared.of(p)].push(p);
            }
        }
        for p in by_shared.into_iter().rev().flatten() {
            if !best.beats(self.at_most(query_len, counted, shared.of(p), p)) {
                best.consider(&self.names[p], exact_from);
            }
        }
        if best
            .score()
            .is_some_and(|score| score >= exact_from - EPSILON)
        {
            return best.into_match();
        }

        // A suggestion: the best of the names of a possible length that share the most of the
        // query's rarest pairs (rare pairs say more, and their lists are short).
        pairs.truncate(SUGGESTION_PAIRS);
        let counted = pairs.len();
        let shared = SharedPairs::count(&pairs, wide);
        let mut by_shared: Vec<Vec<usize>> = vec![Vec::new(); counted + 1];
        for &p in &shared.touched {
            by_shared[shared.of(p)].push(p);
        }
        let likeliest = by_shared
            .into_iter()
            .rev()
            .flatten()
            .take(SUGGESTION_CANDIDATES);
        for p in likeliest {
            let at_most = self.at_most(query_len, counted, shared.of(p), p);
            if !best.beats(at_most) && at_most >= floor - EPSILON {
                best.consider(&self.names[p], floor);
            }
        }
        best.into_match()
            .filter(|found| found.score >= floor - EPSILON)
    }

    /// The highest score name `p` can reach: each edit removes at most three of the counted
    /// pairs, and the difference in length costs as many edits.
    fn at_most(&self, query_len: usize, counted: usize, shared: usize, p: usize) -> f64 {
        let length = self.lengths[p] as usize;
        let fewest_edits = counted
            .saturating_sub(shared)
            .div_ceil(3)
            .max(length.abs_diff(query_len));
        1.0 - fewest_edits as f64 / query_len.max(length) as f64
    }
}

/// How many of some of the query's pairs each name in a range of positions contains.
struct SharedPairs {
    range: std::ops::Range<usize>,
    counts: Vec<u16>,
    /// Positions with at least one pair, in the order first seen.
    touched: Vec<usize>,
}

impl SharedPairs {
    fn count(pairs: &[&[u32]], range: std::ops::Range<usize>) -> Self {
        let mut counts = vec![0u16; range.len()];
        let mut touched = Vec::new();
        for positions in pairs {
            let from = positions.partition_point(|&p| (p as usize) < range.start);
            for &p in positions[from..]
                .iter()
                .take_while(|&&p| (p as usize) < range.end)
            {
                let slot = &mut counts[p as usize - range.start];
                if *slot == 0 {
                    touched.push(p as usize);
                }
                *slot += 1;
            }
        }
        SharedPairs {
            range,
            counts,
            touched,
        }
    }

    fn of(&self, position: usize) -> usize {
        usize::from(self.counts[position - self.range.start])
    }
}

/// The best name so far; ties go to the smaller name and are remembered.
struct Best<'n, T> {
    query: Vec<char>,
    /// How often each character occurs in the query (characters folded into 128 buckets).
    histogram: [i16; 128],
    difference: [i16; 128],
    found: Option<(f64, &'n str, T)>,
    tied: bool,
    distance: Distance,
}

impl<'n, T: Copy + PartialEq> Best<'n, T> {
    fn score(&self) -> Option<f64> {
        self.found.map(|(score, _, _)| score)
    }

    /// Whether a name scoring at most `score` could neither win nor tie.
    fn beats(&self, score: f64) -> bool {
        self.score().is_some_and(|best| score < best - EPSILON)
    }

    fn new(query: Vec<char>) -> Self {
        let mut histogram = [0i16; 128];
        for &c in &query {
            histogram[c as usize % 128] += 1;
        }
        Best {
            query,
            histogram,
            difference: [0; 128],
            found: None,
            tied: false,
            distance: Distance::default(),
        }
    }

    /// Scores `name` if it can score at least `at_least` and win or tie; the rest are
    /// dismissed as cheaply as possible. First by character counts: an insertion or a deletion
    /// changes them by one, a substitution by two, a transposition not at all, so at least half
    /// the difference in counts are edits. Then the distance itself stops as soon as it
    /// exceeds the edits allowed.
    fn consider(&mut self, (name, target): &'n (String, T), at_least: f64) {
        let threshold = self.score().map_or(at_least, |best| best.max(at_least)) - EPSILON;
        // The counts differ by |query| + |name| - 2 × (characters the two have in common).
        self.difference = self.histogram;
        let (mut length, mut common) = (0, 0);
        for c in name.chars() {
            let left = &mut self.difference[c as usize % 128];
            if *left > 0 {
                *left -= 1;
                common += 1;
            }
            length += 1;
        }
        let longest = self.query.len().max(length);
        let allowed = ((1.0 - threshold) * longest as f64 + EPSILON).floor() as usize;
        let differing = self.query.len() + length - 2 * common;
        if differing.div_ceil(2) > allowed {
            return;
        }
        let Some(edits) = self.distance.within(&self.query, name, allowed) else {
            return;
        };
        let score = if longest == 0 {
            1.0
        } else {
            1.0 - edits as f64 / longest as f64
        };
        match self.found {
            Some((best, _, _)) if score < best - EPSILON => {}
            Some((best, best_name, best_target)) if score <= best + EPSILON => {
                if *target == best_target && name.as_str() == best_name {
                    return;
                }
                self.tied |= *target != best_target;
                if name.as_str() < best_name {
                    self.found = Some((score, name, *target));
                }
            }
            _ => {
                self.found = Some((score, name, *target));
                self.tied = false;
            }
        }
    }

    fn into_match(self) -> Option<BestMatch<T>> {
        self.found.map(|(score, _, idx)| BestMatch {
            idx,
            score,
            unique: !self.tied,
        })
    }
}

/// Normalised Damerau-Levenshtein similarity, the same figure as strsim's
/// `normalized_damerau_levenshtein`, with its tables kept between calls: strsim allocates a
/// hash map and a matrix on every call, which dominated resolving hundreds of references.
#[derive(Default)]
struct Distance {
    name: Vec<char>,
    table: Vec<usize>,
    /// The last row in which each character of the query was seen: ASCII in an array, the
    /// rest in a short list.
    last_ascii: Vec<usize>,
    last_other: Vec<(char, usize)>,
}

impl Distance {
    #[cfg(test)]
    fn similarity(&mut self, query: &[char], name: &str) -> f64 {
        let longest = query.len().max(name.chars().count());
        match self.within(query, name, usize::MAX) {
            _ if longest == 0 => 1.0,
            Some(edits) => 1.0 - edits as f64 / longest as f64,
            None => unreachable!("no limit"),
        }
    }

    /// The unrestricted Damerau-Levenshtein distance between `query` and `name` (Lowrance and
    /// Wagner's algorithm), if it is at most `max`.
    fn within(&mut self, query: &[char], name: &str, max: usize) -> Option<usize> {
        self.name.clear();
        self.name.extend(name.chars());
        let a = query;
        let b = &self.name;
        let (n, m) = (a.len(), b.len());
        if n == 0 || m == 0 {
            return Some(n.max(m)).filter(|&d| d <= max);
        }
        // Every later cell is reached from a cell of an earlier row, and a jump from row r
        // costs at least the rows it skips: once min over rows r of (row minimum - r), plus
        // the current row, exceeds `max`, the distance does too.
        let mut floor = isize::MAX;
        let width = m + 2;
        let infinity = n + m;
        self.table.clear();
        self.table.resize((n + 2) * width, 0);
        let d = &mut self.table;
        d[0] = infinity;
        for i in 0..=n {
            d[(i + 1) * width] = infinity;
            d[(i + 1) * width + 1] = i;
        }
        for j in 0..=m {
            d[j + 1] = infinity;
            d[width + j + 1] = j;
        }
        self.last_ascii.clear();
        self.last_ascii.resize(128, 0);
        self.last_other.clear();
        for i in 1..=n {
            let mut last_match_column = 0;
            for j in 1..=m {
                let c = b[j - 1];
                let row = if (c as u32) < 128 {
                    self.last_ascii[c as usize]
                } else {
                    self.last_other
                        .iter()
                        .find(|(k, _)| *k == c)
                        .map_or(0, |&(_, r)| r)
                };
                let column = last_match_column;
                let cost = if a[i - 1] == c {
                    last_match_column = j;
                    0
                } else {
                    1
                };
                let substitute = d[i * width + j] + cost;
                let insert = d[(i + 1) * width + j] + 1;
                let delete = d[i * width + j + 1] + 1;
                let transpose = d[row * width + column] + (i - row - 1) + 1 + (j - column - 1);
                d[(i + 1) * width + j + 1] = substitute.min(insert).min(delete).min(transpose);
            }
            let row_minimum = d[(i + 1) * width + 1..(i + 2) * width]
                .iter()
                .min()
                .copied()
                .unwrap_or(0);
            floor = floor.min(row_minimum as isize - i as isize);
            if floor.saturating_add(i as isize) > max.min(isize::MAX as usize) as isize {
                return None;
            }
            let c = a[i - 1];
            if (c as u32) < 128 {
                self.last_ascii[c as usize] = i;
            } else if let Some(entry) = self.last_other.iter_mut().find(|(k, _)| *k == c) {
                entry.1 = i;
            } else {
                self.last_other.push((c, i));
            }
        }
        Some(d[(n + 1) * width + m + 1]).filter(|&d| d <= max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feed::resolve::best_match;
    use crate::fixtures::rng::SplitMix64;

    fn words(rng: &mut SplitMix64, count: usize) -> Vec<(String, usize)> {
        let syllables = [
            "ka", "ber", "ne", "tes", "da", "ta", "an", "aly", "sis", "py", "thon", "ops", "cloud",
            "ml", "go", "rust", " ", "sec",
        ];
        (0..count)
            .map(|i| {
                let parts = 1 + rng.below(5);
                let name: String = (0..parts)
                    .map(|_| syllables[rng.below(syllables.len())])
                    .collect();
                (name.trim().to_owned(), i % (count / 2 + 1))
            })
            .filter(|(name, _)| !name.is_empty())
            .collect()
    }

    fn mutate(rng: &mut SplitMix64, text: &str) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        for _ in 0..=rng.below(3) {
            let at = rng.below(chars.len() + 1);
            match rng.below(4) {
                0 if at < chars.len() => {
                    chars.remove(at);
                }
                1 => chars.insert(at, 'x'),
                2 if at + 1 < chars.len() => chars.swap(at, at + 1),
                _ if at < chars.len() => chars[at] = 'q',
                _ => {}
            }
        }
        chars.into_iter().collect()
    }

    #[test]
    fn auto_resolution_agrees_with_comparing_every_name() {
        let mut rng = SplitMix64::new(5);
        let names = words(&mut rng, 2_000);
        let index = NameIndex::new(names.iter().cloned());
        let mut resolved = 0;
        for round in 0..1_200 {
            let (source, _) = &names[rng.below(names.len())];
            let query = if round % 5 == 0 {
                source.clone()
            } else {
                mutate(&mut rng, source)
            };
            let everyone = best_match(&query, names.iter().map(|(n, t)| (n.as_str(), *t)));
            let indexed = index.best(&query, 0.85, 0.5);
            match everyone {
                Some(all) if all.score >= 0.85 => {
                    resolved += 1;
                    let found =
                        indexed.unwrap_or_else(|| panic!("{query}: lost a match at {}", all.score));
                    assert_eq!((found.idx, found.unique), (all.idx, all.unique), "{query}");
                    assert!((found.score - all.score).abs() < 1e-12, "{query}");
                }
                _ => {
                    if let Some(found) = &indexed {
                        assert!(
                            found.score < 0.85 && found.score >= 0.5,
                            "{query}: {}",
                            found.score
                        );
                    }
                }
            }
        }
        assert!(
            resolved > 300,
            "only {resolved} queries tested the exact path"
        );
    }

    #[test]
    fn distance_agrees_with_strsim() {
        let mut rng = SplitMix64::new(9);
        let alphabet: Vec<char> = "abcé日 ".chars().collect();
        let mut distance = Distance::default();
        for _ in 0..5_000 {
            let text = |rng: &mut SplitMix64| -> String {
                (0..rng.below(9))
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect()
            };
            let (a, b) = (text(&mut rng), text(&mut rng));
            let chars: Vec<char> = a.chars().collect();
            let ours = distance.similarity(&chars, &b);
            let theirs = strsim::normalized_damerau_levenshtein(&a, &b);
            assert!(
                (ours - theirs).abs() < 1e-12,
                "{a:?} {b:?}: {ours} vs {theirs}"
            );
            let edits = strsim::damerau_levenshtein(&a, &b);
            for max in 0..10 {
                let expected = (edits <= max).then_some(edits);
                assert_eq!(
                    distance.within(&chars, &b, max),
                    expected,
                    "{a:?} {b:?} within {max}"
                );
            }
        }
    }

    #[test]
    fn suggestions_come_from_close_names() {
        let names = [
            "kubernetes",
            "javascript",
            "java",
            "data analysis",
            "python",
        ]
        .into_iter()
        .enumerate()
        .map(|(i, n)| (n.to_owned(), i));
        let index = NameIndex::new(names);
        let found = index.best("kubernets", 0.85, 0.5).unwrap();
        assert_eq!((found.idx, found.unique), (0, true));
        assert_eq!(index.best("javas", 0.85, 0.5).unwrap().idx, 2);
        assert_eq!(index.best("data analytics", 0.85, 0.5).unwrap().idx, 3);
        assert!(index.best("basket weaving", 0.85, 0.5).is_none());
        assert!(index.best("", 0.85, 0.5).is_none());
    }

    #[test]
    fn ties_are_flagged_and_go_to_the_smaller_name() {
        let index = NameIndex::new([("abcdefgx".to_owned(), 1), ("abcdefgy".to_owned(), 2)]);
        let found = index.best("abcdefgz", 0.85, 0.5).unwrap();
        assert_eq!((found.idx, found.unique), (1, false));
    }
}
