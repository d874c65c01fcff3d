//! Finding the names closest to a reference without comparing it with every name.
//!
//! Comparing an unresolved reference with all 40,000 names and aliases of an enterprise feed
//! took 70-100 ms per reference, so a feed with a few hundred unknown references froze the
//! page for tens of seconds. The index keeps the names sorted by length, with the names that
//! contain each pair of adjacent characters, and each name's pairs:
//!
//! - A name that scores at least `exact_from` (the auto-resolve threshold) is never missed: its
//!   length is within a window of the reference's, and it shares enough of the reference's
//!   pairs (`exact.rs`). Every such name is scored, so the answer, ties included, is the same
//!   as comparing with every name.
//! - Below that, a "did you mean" suggestion is looked for among the names of a possible length
//!   that share the most of the reference's rarest character pairs (`SUGGESTION_CANDIDATES`).
//!
//! The distance itself dismisses most of the names left by a bound from the longest
//! subsequence they have in common with the reference, and computes only the cells that can
//! matter (`distance.rs`).

mod best;
mod distance;
mod exact;
mod order;
mod pairs;

use super::matching::BestMatch;
use best::Best;
use exact::within;
use pairs::{pair_key, Pairs};
use std::cell::Cell;
use std::ops::Range;
use stdx::sorting::sort_by;

/// How many names, beyond those that could auto-resolve, are scored for a suggestion, and by
/// how many of the query's rarest pairs they are chosen.
const SUGGESTION_CANDIDATES: usize = 12;
const SUGGESTION_PAIRS: usize = 6;
const EPSILON: f64 = 1e-9;

/// Boxed slices rather than vectors throughout: indexing a `Vec` is a call in this
/// size-optimised build, indexing a slice is not.
pub struct NameIndex<T> {
    /// The characters of every name, by character count, then by name (`order.rs`): name
    /// `p` is `chars[bounds[p]..bounds[p + 1]]`.
    chars: Box<[char]>,
    bounds: Box<[u32]>,
    targets: Box<[T]>,
    /// `by_length[l]`: how many names are shorter than `l` characters.
    by_length: Box<[u32]>,
    /// Which characters each name has (see [`char_mask`]).
    masks: Box<[u64]>,
    pairs: Pairs,
    /// The names that contain pair `i` are `positions[starts[i]..starts[i + 1]]`, ascending.
    starts: Box<[u32]>,
    positions: Box<[u32]>,
    /// The distinct pairs of name `p` are `name_pairs[pair_bounds[p]..pair_bounds[p + 1]]`.
    name_pairs: Box<[u32]>,
    pair_bounds: Box<[u32]>,
    /// Working space for one query, all zero between queries: kept rather than cleared for
    /// every query, which would cost as much as the query.
    scratch: Cell<Scratch>,
}

#[derive(Default)]
struct Scratch {
    /// One count per name.
    counts: Box<[u8]>,
    /// One mark per pair: 1 for the query's.
    marks: Box<[u8]>,
}

/// A query, prepared once.
struct Query {
    chars: Vec<char>,
    mask: u64,
    /// Its distinct pairs (with their number, if a name has them), by key.
    ordered: Vec<(u64, Option<u32>)>,
    /// Its distinct pairs regardless of order: the numbers of "ab" and "ba".
    unordered: Vec<[Option<u32>; 2]>,
}

/// The smallest and largest length a name can have to score at least `score` against a query
/// of `len` characters: the length difference alone costs that many edits.
fn length_window(len: usize, score: f64) -> (usize, usize) {
    let len = len as f64;
    (
        (len * score - EPSILON).ceil().max(0.0) as usize,
        (len / score + EPSILON).floor() as usize,
    )
}

/// Edits a name of `name_len` characters may differ by and still score at least `score`
/// (truncation is the floor here: the figure is positive).
fn edit_budget(query_len: usize, name_len: usize, score: f64) -> usize {
    ((1.0 - score) * query_len.max(name_len) as f64 + EPSILON) as usize
}

/// A bit for a character: letters, digits and the space their own, the rest shared. Each bit
/// of a name's characters that another name lacks is a difference in character counts.
#[inline(always)]
fn char_bit(c: char) -> u64 {
    let bit = match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + c as u32 - '0' as u32,
        ' ' => 36,
        _ => 37 + c as u32 % 27,
    };
    1 << bit
}

fn char_mask(chars: &[char]) -> u64 {
    chars.iter().fold(0, |mask, &c| mask | char_bit(c))
}

/// Writes the characters of `text` to the start of `out`: how many, and their bits.
fn decode(text: &str, out: &mut [char]) -> (usize, u64) {
    let mut mask = 0;
    // Byte by byte, as long as they are ASCII (most names are): decoding is a call per
    // character in this size-optimised build.
    for (written, (slot, &b)) in out.iter_mut().zip(text.as_bytes()).enumerate() {
        if b >= 128 {
            let mut written = written;
            for c in text[written..].chars() {
                out[written] = c;
                mask |= char_bit(c);
                written += 1;
            }
            return (written, mask);
        }
        *slot = char::from(b);
        mask |= char_bit(*slot);
    }
    (text.len(), mask)
}

impl<T: Copy + PartialEq> NameIndex<T> {
    /// `names` are already normalised (`text::normalise`).
    pub fn new<S: AsRef<str>>(names: impl IntoIterator<Item = (S, T)>) -> Self {
        let names: Vec<(S, T)> = names.into_iter().collect();
        let texts: Vec<&str> = names.iter().map(|(name, _)| name.as_ref()).collect();
        let targets: Vec<T> = names.iter().map(|&(_, target)| target).collect();
        Self::build(&texts, &targets)
    }

    /// (Apart from `new`, which is one copy per kind of name, in the wasm too.)
    #[inline(never)]
    fn build(texts: &[&str], targets: &[T]) -> Self {
        let lengths: Vec<u32> = texts.iter().map(|t| t.chars().count() as u32).collect();
        let longest = lengths.iter().max().map_or(0, |&l| l as usize);
        let mut by_length = vec![0u32; longest + 2];
        for &length in &lengths {
            by_length[length as usize + 1] += 1;
        }
        for l in 1..by_length.len() {
            by_length[l] += by_length[l - 1];
        }
        let order = order::name_order(texts, &lengths, &by_length);

        let total: usize = lengths.iter().map(|&l| l as usize).sum();
        let mut chars = vec!['\0'; total];
        let mut bounds = vec![0u32; order.len() + 1];
        let mut masks = vec![0u64; order.len()];
        let mut written = 0;
        for ((end, mask), &i) in bounds[1..].iter_mut().zip(&mut masks).zip(&order) {
            let (count, bits) = decode(texts[i as usize], &mut chars[written..]);
            written += count;
            (*end, *mask) = (written as u32, bits);
        }
        let mut index = NameIndex {
            pairs: Pairs::new(&chars, &bounds),
            masks: masks.into(),
            chars: chars.into(),
            bounds: bounds.into(),
            targets: order.iter().map(|&i| targets[i as usize]).collect(),
            by_length: by_length.into(),
            starts: Box::default(),
            positions: Box::default(),
            name_pairs: Box::default(),
            pair_bounds: Box::default(),
            scratch: Cell::default(),
        };
        index.index_pairs();
        index
    }

    /// Lists each name's distinct pairs, then the names that contain each pair.
    fn index_pairs(&mut self) {
        let names = self.targets.len();
        let (chars, bounds) = (&self.chars[..], &self.bounds[..]);
        let most = self.pairs.most();
        // How many names have each pair, and the last name each was seen in (+ 1): a pair
        // twice in a name is listed once.
        let (mut counts, mut seen_in) = (vec![0u32; most], vec![0u32; most]);
        let mut name_pairs = vec![0u32; chars.len()];
        let mut pair_bounds = vec![0u32; names + 1];
        // (Slices: indexing a `Vec` is a call in this size-optimised build.)
        let (counts_of, seen_in) = (&mut counts[..], &mut seen_in[..]);
        let (listed, ends) = (&mut name_pairs[..], &mut pair_bounds[..]);
        let mut written = 0;
        for p in 0..names {
            let name = &chars[bounds[p] as usize..bounds[p + 1] as usize];
            for w in name.windows(2) {
                let number = self.pairs.number(w[0], w[1]) as usize;
                if seen_in[number] != p as u32 + 1 {
                    seen_in[number] = p as u32 + 1;
                    counts_of[number] += 1;
                    listed[written] = number as u32;
                    written += 1;
                }
            }
            ends[p + 1] = written as u32;
        }
        name_pairs.truncate(written);
        counts.truncate(self.pairs.count());
        let mut starts = vec![0u32; counts.len() + 1];
        let mut total = 0;
        for (start, &count) in starts[1..].iter_mut().zip(&counts) {
            total += count;
            *start = total;
        }
        let mut next = starts.clone();
        let mut positions = vec![0u32; written];
        let (next, listed, at_position) = (&mut next[..], &name_pairs[..], &mut positions[..]);
        for (p, ends) in pair_bounds.windows(2).enumerate() {
            for &number in &listed[ends[0] as usize..ends[1] as usize] {
                let at = &mut next[number as usize];
                at_position[*at as usize] = p as u32;
                *at += 1;
            }
        }
        (self.starts, self.positions) = (starts.into(), positions.into());
        (self.name_pairs, self.pair_bounds) = (name_pairs.into(), pair_bounds.into());
    }
}

impl<T> NameIndex<T> {
    fn len_of(&self, p: usize) -> usize {
        (self.bounds[p + 1] - self.bounds[p]) as usize
    }

    fn name(&self, p: usize) -> &[char] {
        &self.chars[self.bounds[p] as usize..self.bounds[p + 1] as usize]
    }

    /// Positions of the names of `shortest..=longest` characters.
    fn range(&self, (shortest, longest): (usize, usize)) -> Range<usize> {
        let at = |l: usize| self.by_length[l.min(self.by_length.len() - 1)] as usize;
        let (from, to) = (at(shortest), at(longest.saturating_add(1)));
        from..to.max(from)
    }

    /// The names containing pair number `number`, ascending.
    fn list(&self, number: u32) -> &[u32] {
        let number = number as usize;
        &self.positions[self.starts[number] as usize..self.starts[number + 1] as usize]
    }
}

impl<T: Copy + PartialEq> NameIndex<T> {
    fn query(&self, query: &str) -> Query {
        let chars: Vec<char> = query.chars().collect();
        let keys: Vec<u64> = chars.windows(2).map(|w| pair_key(w[0], w[1])).collect();
        let mut ordered: Vec<(u64, Option<u32>)> = Vec::with_capacity(keys.len());
        for i in ascending(&keys) {
            let (key, i) = (keys[i as usize], i as usize);
            if ordered.last().is_none_or(|last| last.0 != key) {
                ordered.push((key, self.pairs.get(chars[i], chars[i + 1])));
            }
        }
        let unordered_pair = |i: usize| (chars[i].min(chars[i + 1]), chars[i].max(chars[i + 1]));
        let keys: Vec<u64> = (0..keys.len())
            .map(|i| {
                let (a, b) = unordered_pair(i);
                pair_key(a, b)
            })
            .collect();
        let mut unordered = Vec::with_capacity(keys.len());
        let mut last = None;
        for i in ascending(&keys) {
            if last != Some(keys[i as usize]) {
                last = Some(keys[i as usize]);
                let (a, b) = unordered_pair(i as usize);
                let reversed = if a == b { None } else { self.pairs.get(b, a) };
                unordered.push([self.pairs.get(a, b), reversed]);
            }
        }
        Query {
            mask: char_mask(&chars),
            chars,
            ordered,
            unordered,
        }
    }

    /// The most similar name by normalised Damerau-Levenshtein similarity, with ties going to
    /// the smaller name, as [`super::matching::best_match`] over every name would answer when
    /// that answer scores at least `exact_from`; below it, the best of the likeliest names,
    /// if it scores at least `floor`.
    pub fn best(&self, query: &str, exact_from: f64, floor: f64) -> Option<BestMatch<T>> {
        let query = self.query(query);
        if query.chars.is_empty() || self.targets.is_empty() {
            return None;
        }
        let mut scratch = self.scratch.take();
        if scratch.counts.len() != self.targets.len() {
            // The first query (or one while another runs, which none does).
            scratch = Scratch {
                counts: vec![0; self.targets.len()].into(),
                marks: vec![0; self.pairs.count()].into(),
            };
        }
        let mut best = Best::new(self, &query.chars);
        let resolved = self.exact(&query, exact_from, &mut best, &mut scratch);
        if !resolved {
            self.suggest(&query, floor, &mut best, &mut scratch.counts);
        }
        self.scratch.set(scratch);
        let found = best.into_match();
        if resolved {
            found
        } else {
            found.filter(|found| found.score >= floor - EPSILON)
        }
    }

    /// Scores every name that may score at least `exact_from`; whether one did. Names within
    /// one edit (most typos) are looked for first: they are found cheaply, and one found
    /// raises the score the others must reach to win or tie, which leaves few to look at.
    fn exact(
        &self,
        query: &Query,
        exact_from: f64,
        best: &mut Best<T>,
        scratch: &mut Scratch,
    ) -> bool {
        let mark = |marks: &mut [u8], mark: u8| {
            for number in query.unordered.iter().flatten().flatten() {
                marks[*number as usize] = mark;
            }
        };
        mark(&mut scratch.marks, 1);
        let len = query.chars.len();
        let (shortest, longest) = length_window(len, exact_from);
        if edit_budget(len, longest, exact_from) > 1 {
            let near = self.range((shortest.max(len - 1), longest.min(len + 1)));
            self.score_candidates(query, (exact_from, 1), near, best, scratch);
        }
        let bar = best
            .score()
            .map_or(exact_from, |score| score.max(exact_from));
        let window = self.range(length_window(len, bar));
        self.score_candidates(query, (bar, usize::MAX), window, best, scratch);
        mark(&mut scratch.marks, 0);
        best.score()
            .is_some_and(|score| score >= exact_from - EPSILON)
    }

    /// Scores the names of `window` that may score at least `score` within `most_edits`
    /// edits, those sharing the most pairs first, so that a close name found early dismisses
    /// the rest.
    fn score_candidates(
        &self,
        query: &Query,
        (score, most_edits): (f64, usize),
        window: Range<usize>,
        best: &mut Best<T>,
        scratch: &mut Scratch,
    ) {
        let candidates = self.exact_candidates(query, score, most_edits, window, scratch);
        let units = query.unordered.len();
        for (shared, p) in by_count_descending(&candidates, 2 * units) {
            let lacked = units - units.min(shared as usize);
            if !best.beats(self.at_most(query.chars.len(), lacked, 2, p as usize)) {
                best.consider(p as usize, score);
            }
        }
    }

    /// A suggestion: the best of the names of a possible length that share the most of the
    /// query's rarest pairs (rare pairs say more, and their lists are short).
    fn suggest(&self, query: &Query, floor: f64, best: &mut Best<T>, counts: &mut [u8]) {
        let window = self.range(length_window(query.chars.len(), floor));
        let lists: Vec<&[u32]> = query
            .ordered
            .iter()
            .map(|&(_, number)| number.map_or(&[][..], |n| self.list(n)))
            .collect();
        let rarest: Vec<&[u32]> = ascending(&by_length(&lists, |list| list.len()))
            .iter()
            .take(SUGGESTION_PAIRS)
            .map(|&i| within(lists[i as usize], &window))
            .collect();
        // The names with any of those pairs, in the order first met.
        let mut touched = vec![0u32; rarest.iter().map(|list| list.len()).sum()];
        let (first_met, mut met) = (&mut touched[..], 0);
        for list in &rarest {
            for &p in *list {
                let count = &mut counts[p as usize];
                if *count == 0 {
                    first_met[met] = p;
                    met += 1;
                }
                *count += 1;
            }
        }
        let touched: Vec<(u32, u32)> = touched[..met]
            .iter()
            .map(|&p| (u32::from(counts[p as usize]), p))
            .collect();
        for &(_, p) in &touched {
            counts[p as usize] = 0;
        }
        let likeliest = most_counted(&touched, rarest.len(), SUGGESTION_CANDIDATES);
        for &(count, p) in &by_count_descending(&likeliest, rarest.len()) {
            let at_most = self.at_most(
                query.chars.len(),
                rarest.len() - count as usize,
                3,
                p as usize,
            );
            if !best.beats(at_most) && at_most >= floor - EPSILON {
                best.consider(p as usize, floor);
            }
        }
    }

    /// The highest score name `p` can reach when it lacks `lacked` of the query's pairs, of
    /// which each edit breaks at most `per_edit`; the difference in length costs as many edits.
    fn at_most(&self, query_len: usize, lacked: usize, per_edit: usize, p: usize) -> f64 {
        let length = self.len_of(p);
        let fewest_edits = lacked.div_ceil(per_edit).max(length.abs_diff(query_len));
        1.0 - fewest_edits as f64 / query_len.max(length) as f64
    }
}

/// Positions of `keys` in ascending order, equal keys in their order. Every order the index
/// needs goes through this one, which is one copy of the sort in the wasm.
fn ascending(keys: &[u64]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..keys.len() as u32).collect();
    sort_by(&mut order, |&a, &b| keys[a as usize].cmp(&keys[b as usize]));
    order
}

/// Keys that order `items` by `len`, then as they are.
fn by_length<I>(items: &[I], len: impl Fn(&I) -> usize) -> Vec<u64> {
    let key = |(i, item)| (len(item) as u64) << 32 | i as u64;
    items.iter().enumerate().map(key).collect()
}

/// The `take` (count, position) `items` of the highest counts (at most `most`), those of a
/// count met first first, in their order.
fn most_counted(items: &[(u32, u32)], most: usize, take: usize) -> Vec<(u32, u32)> {
    let mut tally = vec![0usize; most + 1];
    for &(count, _) in items {
        tally[(count as usize).min(most)] += 1;
    }
    // Every item of a count above `cut` is taken, and the first `left` of count `cut`.
    let (mut cut, mut left) = (0, take);
    for count in (0..=most).rev() {
        if tally[count] >= left {
            cut = count;
            break;
        }
        left -= tally[count];
    }
    let mut taken = Vec::with_capacity(take);
    for &item in items {
        let count = (item.0 as usize).min(most);
        if count > cut || (count == cut && left > 0) {
            if count == cut {
                left -= 1;
            }
            taken.push(item);
        }
    }
    taken
}

/// (count, position) `items` by descending count (at most `most`), in their order within a
/// count: a counting sort.
fn by_count_descending(items: &[(u32, u32)], most: usize) -> Vec<(u32, u32)> {
    let most = most as u32;
    let mut starts = vec![0u32; most as usize + 2];
    let next = &mut starts[..];
    for &(count, _) in items {
        next[(most - count.min(most)) as usize + 1] += 1;
    }
    for c in 1..next.len() {
        next[c] += next[c - 1];
    }
    let mut sorted = vec![(0, 0); items.len()];
    let placed = &mut sorted[..];
    for &item in items {
        let slot = &mut next[(most - item.0.min(most)) as usize];
        placed[*slot as usize] = item;
        *slot += 1;
    }
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::matching::best_match;
    use stdx::rng::SplitMix64;

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

    /// Checks that auto-resolution answers as comparing with every name does, ties included,
    /// and that a suggestion never claims the auto-resolve range; how many queries resolved.
    fn agrees_with_every_name(names: &[(String, usize)], queries: &[String]) -> usize {
        let index = NameIndex::new(names.iter().cloned());
        let mut resolved = 0;
        for query in queries {
            let everyone = best_match(query, names.iter().map(|(n, t)| (n.as_str(), *t)));
            let indexed = index.best(query, 0.85, 0.5);
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
        resolved
    }

    #[test]
    fn auto_resolution_agrees_with_comparing_every_name() {
        let mut rng = SplitMix64::new(5);
        let names = words(&mut rng, 2_000);
        let queries: Vec<String> = (0..1_200)
            .map(|round| {
                let (source, _) = &names[rng.below(names.len())];
                if round % 5 == 0 {
                    source.clone()
                } else {
                    mutate(&mut rng, source)
                }
            })
            .collect();
        let resolved = agrees_with_every_name(&names, &queries);
        assert!(
            resolved > 300,
            "only {resolved} queries tested the exact path"
        );
    }

    #[test]
    fn auto_resolution_agrees_on_few_letters_and_far_transpositions() {
        // Few letters, one beyond ASCII: pairs repeat within names, names repeat with other
        // targets, and transpositions with a letter between cost two edits.
        let mut rng = SplitMix64::new(8);
        let letters: Vec<char> = "abcé d".chars().collect();
        let names: Vec<(String, usize)> = (0..1_000)
            .map(|i| {
                let len = 3 + rng.below(10);
                let name = (0..len).map(|_| letters[rng.below(letters.len())]);
                (name.collect::<String>().trim().to_owned(), i % 500)
            })
            .filter(|(name, _)| !name.is_empty())
            .collect();
        let queries: Vec<String> = (0..800)
            .map(|round| {
                let (source, _) = &names[rng.below(names.len())];
                let mut chars: Vec<char> = source.chars().collect();
                if round % 2 == 0 && chars.len() > 2 {
                    let at = rng.below(chars.len() - 2);
                    chars.swap(at, at + 2);
                    chars.into_iter().collect()
                } else {
                    mutate(&mut rng, source)
                }
            })
            .collect();
        let resolved = agrees_with_every_name(&names, &queries);
        assert!(
            resolved > 150,
            "only {resolved} queries tested the exact path"
        );
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
