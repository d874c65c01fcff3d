//! The best name found so far for one query.

use super::distance::Distance;
use super::{NameIndex, EPSILON};
use crate::feed::matching::BestMatch;

/// The best name so far; ties go to the smaller name and are remembered.
pub struct Best<'n, T> {
    index: &'n NameIndex<T>,
    query_len: usize,
    /// Score and position of the best name.
    found: Option<(f64, usize)>,
    tied: bool,
    distance: Distance,
}

impl<'n, T: Copy + PartialEq> Best<'n, T> {
    pub fn new(index: &'n NameIndex<T>, query: &[char]) -> Self {
        Best {
            index,
            query_len: query.len(),
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

    /// Scores name `p` if it can score at least `at_least` and win or tie; the distance
    /// dismisses the others as cheaply as it can.
    pub fn consider(&mut self, p: usize, at_least: f64) {
        let threshold = self.score().map_or(at_least, |best| best.max(at_least)) - EPSILON;
        let name = self.index.name(p);
        let longest = self.query_len.max(name.len());
        // Truncation is the floor here: the figure is positive.
        let allowed = ((1.0 - threshold) * longest as f64 + EPSILON) as usize;
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

    pub fn into_match(self) -> Option<BestMatch<T>> {
        self.found.map(|(score, p)| BestMatch {
            idx: self.index.targets[p],
            score,
            unique: !self.tied,
        })
    }
}
