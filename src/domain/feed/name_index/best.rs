//! The best name found so far for one query, and the cheap checks that spare most names the
//! distance computation.

use super::distance::Distance;
use super::{NameIndex, EPSILON};
use crate::domain::feed::resolve::BestMatch;

/// The best name so far; ties go to the smaller name and are remembered.
pub struct Best<'n, T> {
    index: &'n NameIndex<T>,
    query_len: usize,
    /// How often each character occurs in the query (characters folded into 128 buckets).
    histogram: [i16; 128],
    /// Score and position of the best name.
    found: Option<(f64, usize)>,
    tied: bool,
    distance: Distance,
}

impl<'n, T: Copy + PartialEq> Best<'n, T> {
    pub fn new(index: &'n NameIndex<T>, query: &[char]) -> Self {
        let mut histogram = [0i16; 128];
        for &c in query {
            histogram[c as usize % 128] += 1;
        }
        Best {
            index,
            query_len: query.len(),
            histogram,
            found: None,
            tied: false,
            distance: Distance::new(query),
        }
    }

    pub fn score(&self) -> Option<f64> {
        self.found.map(|(score, _)| score)
    }

    /// Whether a name scoring at most `score` could neither win nor tie.
    pub fn beats(&self, score: f64) -> bool {
        self.score().is_some_and(|best| score < best - EPSILON)
    }

    /// Scores name `p` if it can score at least `at_least` and win or tie; the rest are
    /// dismissed as cheaply as possible. First by character counts: an insertion or a deletion
    /// changes them by one, a substitution by two, a transposition not at all, so at least half
    /// the difference in counts are edits. Then the distance itself stops as soon as it
    /// exceeds the edits allowed.
    pub fn consider(&mut self, p: usize, at_least: f64) {
        let threshold = self.score().map_or(at_least, |best| best.max(at_least)) - EPSILON;
        let name = self.index.name(p);
        let longest = self.query_len.max(name.len());
        // Truncation is the floor here: the figure is positive.
        let allowed = ((1.0 - threshold) * longest as f64 + EPSILON) as usize;
        // The counts differ by |query| + |name| - 2 × (characters the two have in common).
        let differing = self.query_len + name.len() - 2 * self.common(name);
        if differing.div_ceil(2) > allowed {
            return;
        }
        let Some(edits) = self.distance.within(name, allowed) else {
            return;
        };
        let score = if longest == 0 {
            1.0
        } else {
            1.0 - edits as f64 / longest as f64
        };
        let target = self.index.targets[p];
        match self.found {
            Some((best, _)) if score < best - EPSILON => {}
            Some((best, best_p)) if score <= best + EPSILON => {
                let best_target = self.index.targets[best_p];
                let best_name = self.index.name(best_p);
                if target == best_target && name == best_name {
                    return;
                }
                self.tied |= target != best_target;
                // Characters compare as their UTF-8 encodings do, so this is `str` order.
                if name < best_name {
                    self.found = Some((score, p));
                }
            }
            _ => {
                self.found = Some((score, p));
                self.tied = false;
            }
        }
    }

    /// How many of `name`'s characters the query has too (counting each of the query's once).
    fn common(&mut self, name: &[char]) -> usize {
        let mut common = 0;
        for &c in name {
            let left = &mut self.histogram[c as usize % 128];
            common += usize::from(*left > 0);
            *left -= 1;
        }
        for &c in name {
            self.histogram[c as usize % 128] += 1;
        }
        common
    }

    pub fn into_match(self) -> Option<BestMatch<T>> {
        self.found.map(|(score, p)| BestMatch {
            idx: self.index.targets[p],
            score,
            unique: !self.tied,
        })
    }
}
