//! The best of a set of names for a reference, by normalised Damerau-Levenshtein similarity:
//! what [`super::name_index::NameIndex`] answers quickly and [`best_match`] by comparing with
//! every name (the reference the index is tested against).

pub struct BestMatch<T> {
    pub idx: T,
    pub score: f64,
    /// No other distinct candidate scored the same.
    pub unique: bool,
}

const EPSILON: f64 = 1e-9;

/// The candidate most similar to `query` (both normalised); ties go to the smallest key,
/// so the answer does not depend on the iteration order of a hash map.
pub fn best_match<'k, T: Copy + PartialEq>(
    query: &str,
    candidates: impl Iterator<Item = (&'k str, T)>,
) -> Option<BestMatch<T>> {
    let mut best: Option<(f64, &str, T)> = None;
    let mut tied = false;
    for (key, idx) in candidates {
        let score = strsim::normalized_damerau_levenshtein(query, key);
        match best {
            Some((best_score, _, _)) if score < best_score - EPSILON => {}
            Some((best_score, best_key, best_idx)) if score <= best_score + EPSILON => {
                tied |= idx != best_idx;
                if key < best_key {
                    best = Some((score, key, idx));
                }
            }
            _ => {
                best = Some((score, key, idx));
                tied = false;
            }
        }
    }
    best.map(|(score, _, idx)| BestMatch {
        idx,
        score,
        unique: !tied,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_match_breaks_ties_by_key_and_flags_them() {
        let candidates = [("abd", 1), ("abc", 2), ("xyz", 3)];
        let best = best_match("abx", candidates.into_iter()).unwrap();
        assert_eq!(best.idx, 2, "equal scores go to the smaller key");
        assert!(!best.unique);
        let best = best_match("abc", candidates.into_iter()).unwrap();
        assert_eq!((best.idx, best.unique), (2, true));
        assert!(best_match("a", std::iter::empty::<(&str, usize)>()).is_none());
    }
}
