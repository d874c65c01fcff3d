use memchr::memmem;
use stdx::fast_map::FastMap;
use stdx::sorting::{sort_by, sort_by_key};
use stdx::text::normalise;

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

/// One distinct normalised text: many keys share one ("strategic" is a word of hundreds of
/// names), and each is searched and typo-checked once per query, however many keys use it.
struct Text {
    /// Byte range in [`FuzzyIndex::haystack`].
    start: u32,
    end: u32,
    chars: u32,
    letters: u64,
    bigrams: u64,
}

struct Key<T> {
    target: T,
    field: Field,
    /// True for single words split out of a multi-word key (typos are matched per word too).
    word: bool,
}

/// A search index over targets of type `T` (skill or role indexes).
///
/// Every distinct key text sits in one string, separated by newlines (which normalised text
/// never contains), so a query finds all its exact, prefix and substring matches with a single
/// substring search instead of one search per key; only texts it did not match are then
/// screened for typos, by length, by the letters they contain or lack and by shared bigrams,
/// before any edit distance is computed.
pub struct FuzzyIndex<T> {
    haystack: String,
    texts: Vec<Text>,
    /// Keys grouped by text: those of text `i` are `keys[key_starts[i]..key_starts[i + 1]]`.
    keys: Vec<Key<T>>,
    key_starts: Vec<u32>,
    /// While building: each text's id, and the keys in the order they were added.
    text_ids: FastMap<String, u32>,
    added: Vec<(u32, Key<T>)>,
    descriptions: Vec<(u32, T)>,
    description_text: String,
    /// Tie-break rank of each target (by lower-cased name, then feed order), indexed by target.
    tie_rank: Vec<u32>,
}

impl<T> Default for FuzzyIndex<T> {
    fn default() -> Self {
        FuzzyIndex {
            haystack: String::new(),
            texts: Vec::new(),
            keys: Vec::new(),
            key_starts: Vec::new(),
            text_ids: FastMap::default(),
            added: Vec::new(),
            descriptions: Vec::new(),
            description_text: String::new(),
            tie_rank: Vec::new(),
        }
    }
}

/// The set of characters in `text`, one bit per letter or digit (other characters share the
/// remaining bits). Each edit adds or removes at most one distinct character, so a text within
/// `k` edits of the query lacks at most `k` of the query's characters and adds at most `k`;
/// bits shared by several characters only let more texts through, never fewer.
fn letter_signature(text: &str) -> u64 {
    text.chars().fold(0u64, |signature, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + (c as u32 - '0' as u32),
            _ => 36 + c as u32 % 28,
        };
        signature | 1 << bit
    })
}

/// The set of adjacent character pairs in `text`, hashed into 64 bits.
fn bigram_signature(text: &str) -> u64 {
    let mut chars = text.chars();
    let Some(mut previous) = chars.next() else {
        return 0;
    };
    let mut signature = 0u64;
    for c in chars {
        let h = (u64::from(previous as u32).wrapping_mul(31) ^ u64::from(c as u32))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        signature |= 1 << (h >> 58);
        previous = c;
    }
    signature
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

/// Which entry of `starts` (ascending start offsets) the byte at `offset` belongs to.
fn entry_at(starts: impl Fn(usize) -> u32, count: usize, offset: usize) -> usize {
    let (mut low, mut high) = (0, count);
    while low + 1 < high {
        let mid = (low + high) / 2;
        if starts(mid) as usize <= offset {
            low = mid;
        } else {
            high = mid;
        }
    }
    low
}

impl<T: Copy + Ord + Into<usize>> FuzzyIndex<T> {
    pub fn add(&mut self, target: T, text: &str, field: Field) {
        let text = normalise(text);
        if text.is_empty() {
            return;
        }
        if text.contains(' ') {
            for word in text.split(' ').filter(|w| w.chars().count() >= 4) {
                self.push_key(target, word, field, true);
            }
        }
        self.push_key(target, &text, field, false);
    }

    fn push_key(&mut self, target: T, text: &str, field: Field, word: bool) {
        let id = match self.text_ids.get(text) {
            Some(&id) => id,
            None => {
                let id = self.texts.len() as u32;
                let start = self.haystack.len() as u32;
                self.haystack.push_str(text);
                self.texts.push(Text {
                    start,
                    end: self.haystack.len() as u32,
                    chars: text.chars().count() as u32,
                    letters: letter_signature(text),
                    bigrams: bigram_signature(text),
                });
                self.haystack.push('\n');
                self.text_ids.insert(text.to_owned(), id);
                id
            }
        };
        self.added.push((
            id,
            Key {
                target,
                field,
                word,
            },
        ));
    }

    pub fn add_description(&mut self, target: T, text: &str) {
        let text = normalise(text);
        if !text.is_empty() {
            self.descriptions
                .push((self.description_text.len() as u32, target));
            self.description_text.push_str(&text);
            self.description_text.push('\n');
        }
    }

    pub fn finish(mut self, sort_key: impl Fn(&T) -> String) -> Self {
        self.text_ids = FastMap::default();
        let mut added = std::mem::take(&mut self.added);
        sort_by_key(&mut added, |(id, _)| *id);
        self.key_starts = Vec::with_capacity(self.texts.len() + 1);
        for (id, key) in added {
            while self.key_starts.len() <= id as usize {
                self.key_starts.push(self.keys.len() as u32);
            }
            self.keys.push(key);
        }
        while self.key_starts.len() <= self.texts.len() {
            self.key_starts.push(self.keys.len() as u32);
        }

        let mut targets: Vec<T> = self
            .keys
            .iter()
            .map(|k| k.target)
            .chain(self.descriptions.iter().map(|d| d.1))
            .collect();
        sort_by(&mut targets, |a, b| a.cmp(b));
        targets.dedup();
        let mut order: Vec<(String, T)> = targets.into_iter().map(|t| (sort_key(&t), t)).collect();
        sort_by(&mut order, |a, b| a.cmp(b));
        let size = order
            .iter()
            .map(|(_, t)| (*t).into() + 1)
            .max()
            .unwrap_or(0);
        self.tie_rank = vec![u32::MAX; size];
        for (rank, (_, target)) in order.iter().enumerate() {
            self.tie_rank[(*target).into()] = rank as u32;
        }
        self
    }

    fn keys_of(&self, text: usize) -> &[Key<T>] {
        &self.keys[self.key_starts[text] as usize..self.key_starts[text + 1] as usize]
    }

    /// Byte offsets in the haystack where the query occurs. One letter only ever matches at the
    /// start of a text, and checking every text's first letter beats finding every occurrence.
    fn occurrences<'s>(
        &'s self,
        query: &'s str,
        query_len: usize,
    ) -> Box<dyn Iterator<Item = usize> + 's> {
        let haystack = self.haystack.as_bytes();
        let query = query.as_bytes();
        if query_len == 1 {
            Box::new(self.texts.iter().filter_map(move |text| {
                let start = text.start as usize;
                (haystack[start] == query[0] && haystack[start..].starts_with(query))
                    .then_some(start)
            }))
        } else {
            Box::new(memmem::find_iter(haystack, query))
        }
    }

    /// Best match per target, ranked; ties in score go to the name, then to feed order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<T>> {
        let query = normalise(query);
        if query.is_empty() {
            return Vec::new();
        }
        let query_len = query.chars().count();
        let mut best = Ranked::new(self.tie_rank.len());
        let mut matched = vec![false; self.texts.len()];
        for offset in self.occurrences(&query, query_len) {
            let t = entry_at(|i| self.texts[i].start, self.texts.len(), offset);
            if matched[t] {
                continue;
            }
            matched[t] = true;
            let text = &self.texts[t];
            let at_start = offset == text.start as usize;
            let whole = at_start && text.end as usize == offset + query.len();
            let closeness = 100u32.saturating_sub(text.chars.abs_diff(query_len as u32));
            for key in self.keys_of(t) {
                let kind = match (key.word, at_start, whole, key.field) {
                    (true, true, _, _) => MatchKind::WordPrefix,
                    (true, false, _, _) => continue,
                    (false, _, true, Field::Name) => MatchKind::ExactName,
                    (false, _, true, Field::Alias) => MatchKind::ExactAlias,
                    (false, true, _, Field::Name) => MatchKind::NamePrefix,
                    (false, true, _, Field::Alias) => MatchKind::AliasPrefix,
                    (false, false, _, _) if query_len >= 2 => MatchKind::Substring,
                    _ => continue,
                };
                best.consider(key.target, kind, kind.base_score() + closeness / 10);
            }
        }
        let budget = typo_budget(query_len);
        if budget > 0 {
            let query_letters = letter_signature(&query);
            let budget_bits = budget as u32;
            let query_bigrams = bigram_signature(&query);
            // One edit changes at most three adjacent pairs (a transposition: xaby → xbay).
            let needed_bigrams = query_bigrams.count_ones().saturating_sub(3 * budget_bits);
            let query_chars: Vec<char> = query.chars().collect();
            let mut scratch = OsaScratch::default();
            for (t, text) in self.texts.iter().enumerate() {
                if matched[t]
                    || text.chars.abs_diff(query_len as u32) > budget_bits
                    || (query_letters & !text.letters).count_ones() > budget_bits
                    || (text.letters & !query_letters).count_ones() > budget_bits
                    || (text.bigrams & query_bigrams).count_ones() < needed_bigrams
                {
                    continue;
                }
                let candidate = &self.haystack[text.start as usize..text.end as usize];
                if let Some(distance) = scratch.osa_within(&query_chars, candidate, budget) {
                    let score = MatchKind::Typo.base_score() - 40 * distance as u32;
                    for key in self.keys_of(t) {
                        best.consider(key.target, MatchKind::Typo, score);
                    }
                }
            }
        }
        if best.len() < limit && query_len >= 3 {
            let mut last = None;
            for offset in memmem::find_iter(self.description_text.as_bytes(), query.as_bytes()) {
                let d = entry_at(|i| self.descriptions[i].0, self.descriptions.len(), offset);
                if last == Some(d) {
                    continue;
                }
                last = Some(d);
                let kind = MatchKind::Description;
                best.consider(self.descriptions[d].1, kind, kind.base_score());
            }
        }
        best.top(limit, &self.tie_rank)
    }
}

/// The best hit so far for each target, in arrays indexed by target rather than a hash map:
/// a short query can touch thousands of targets.
struct Ranked<T> {
    best: Vec<Option<(u32, MatchKind)>>,
    touched: Vec<T>,
}

impl<T: Copy + Into<usize>> Ranked<T> {
    fn new(targets: usize) -> Self {
        Ranked {
            best: vec![None; targets],
            touched: Vec::new(),
        }
    }

    fn len(&self) -> usize {
        self.touched.len()
    }

    fn consider(&mut self, target: T, kind: MatchKind, score: u32) {
        let slot = &mut self.best[target.into()];
        match slot {
            None => {
                *slot = Some((score, kind));
                self.touched.push(target);
            }
            Some((best, _)) if *best < score => *slot = Some((score, kind)),
            Some(_) => {}
        }
    }

    /// The `limit` best, by score, then by the index's tie-break rank.
    fn top(self, limit: usize, tie_rank: &[u32]) -> Vec<Hit<T>> {
        let Ranked { best, mut touched } = self;
        let score = |t: &T| best[(*t).into()].map_or(0, |(s, _)| s);
        let order = |a: &T, b: &T| {
            score(b)
                .cmp(&score(a))
                .then(tie_rank[(*a).into()].cmp(&tie_rank[(*b).into()]))
        };
        if touched.len() > limit && limit > 0 {
            touched.select_nth_unstable_by(limit - 1, order);
        }
        touched.truncate(limit);
        sort_by(&mut touched, order);
        touched
            .into_iter()
            .filter_map(|target| {
                best[target.into()].map(|(score, kind)| Hit {
                    target,
                    kind,
                    score,
                })
            })
            .collect()
    }
}

/// Rows reused across the candidates of one query, so the typo check allocates nothing.
#[derive(Default)]
struct OsaScratch {
    key: Vec<char>,
    rows: [Vec<usize>; 3],
}

impl OsaScratch {
    /// The optimal string alignment distance (strsim's `osa_distance`) between `query` and
    /// `key` when it is at most `max`. Only cells within `max` of the diagonal can stay within
    /// `max`, so each row computes that band alone, and it stops once a whole band exceeds it.
    fn osa_within(&mut self, query: &[char], key: &str, max: usize) -> Option<usize> {
        self.key.clear();
        self.key.extend(key.chars());
        let (a, b) = (query, &self.key[..]);
        if a.len().abs_diff(b.len()) > max {
            return None;
        }
        let over = max + 1;
        let width = b.len() + 2;
        for row in &mut self.rows {
            row.clear();
            row.resize(width, over);
        }
        let [two_back, previous, current] = &mut self.rows;
        for (j, cell) in previous.iter_mut().enumerate().take(max.min(b.len()) + 1) {
            *cell = j;
        }
        for i in 1..=a.len() {
            let low = i.saturating_sub(max).max(1);
            let high = (i + max).min(b.len());
            current[low - 1] = if low == 1 && i <= max { i } else { over };
            let mut row_min = if low == 1 { current[0] } else { over };
            for j in low..high + 1 {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut value = (previous[j] + 1)
                    .min(current[j - 1] + 1)
                    .min(previous[j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = value.min(two_back[j - 2] + 1);
                }
                current[j] = value.min(over);
                row_min = row_min.min(current[j]);
            }
            current[high + 1] = over;
            if row_min > max {
                return None;
            }
            std::mem::swap(two_back, previous);
            std::mem::swap(previous, current);
        }
        let distance = previous[b.len()];
        (distance <= max).then_some(distance)
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
        // One transposition changes three bigrams and no letters: still one edit.
        assert_eq!(index().search("kuberentes", 5)[0].target, 2);
        assert_eq!(index().search("kuberentes", 5)[0].kind, MatchKind::Typo);
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
    fn bounded_typo_distance_agrees_with_strsim() {
        let mut rng = stdx::rng::SplitMix64::new(7);
        let alphabet: Vec<char> = "abcdeé ".chars().collect();
        let word = |rng: &mut stdx::rng::SplitMix64| -> String {
            let len = rng.below(9);
            (0..len).map(|_| *rng.pick(&alphabet)).collect()
        };
        let mut scratch = OsaScratch::default();
        for _ in 0..20_000 {
            let (a, b) = (word(&mut rng), word(&mut rng));
            let max = rng.below(4);
            let query: Vec<char> = a.chars().collect();
            let exact = strsim::osa_distance(&a, &b);
            let expected = (exact <= max).then_some(exact);
            assert_eq!(
                scratch.osa_within(&query, &b, max),
                expected,
                "{a:?} {b:?} {max}"
            );
        }
    }

    #[test]
    fn nothing_for_empty_or_unrelated_queries() {
        assert!(index().search("  ", 5).is_empty());
        assert!(index().search("zzzzqqq", 5).is_empty());
    }
}
