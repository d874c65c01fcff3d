//! The names that may auto-resolve: those of a possible length sharing enough of the query's
//! character pairs.
//!
//! Pairs are taken regardless of order ("ab" and "ba" are one): an edit breaks at most two of
//! the query's pairs, a transposition included (xaby → xbay keeps "ab"), so a name within `k`
//! edits has all but at most `2k` of them. Pairs no name of the window has count against
//! every name. Of the others, the name must have at least one of the rarest `2k - absent + 1`;
//! those lists (a few more, to filter harder) are counted, and the names they reach often
//! enough are checked one by one.

use super::{ascending, by_length, edit_budget, NameIndex, Query, Scratch};
use std::ops::Range;

/// Lists counted beyond the fewest every possible name must appear in: each makes the count
/// filter stricter, so that fewer names are checked one by one (3 measured best).
const EXTRA_LISTS: usize = 3;
/// At most this many unordered pairs are counted, so that a count (two lists each) stays
/// below 128 (see [`each_at_least`]).
const MOST_COUNTED: usize = 63;

impl<T> NameIndex<T> {
    /// The names of `window` (positions) that may be within the edit budget of `score`, and
    /// at most `most_edits` edits, with how many of the query's unordered pairs they have at
    /// most. `scratch.marks` has the query's pairs marked.
    pub(super) fn exact_candidates(
        &self,
        query: &Query,
        score: f64,
        most_edits: usize,
        window: Range<usize>,
        scratch: &mut Scratch,
    ) -> Vec<(u32, u32)> {
        let mut candidates = Vec::new();
        if window.is_empty() {
            return candidates;
        }
        let units = query.unordered.len();
        let present: Vec<[&[u32]; 2]> = query
            .unordered
            .iter()
            .map(|numbers| numbers.map(|n| n.map_or(&[][..], |n| within(self.list(n), &window))))
            .filter(|lists| lists.iter().any(|list| !list.is_empty()))
            .collect();
        let absent = units - present.len();
        let (shortest, longest) = (self.len_of(window.start), self.len_of(window.end - 1));
        // The pairs a name of each length may lack.
        let may_lack: Vec<usize> = (shortest..=longest)
            .map(|length| 2 * edit_budget(query.chars.len(), length, score).min(most_edits))
            .collect();
        let Some(most_lacked) = may_lack[may_lack.len() - 1].checked_sub(absent) else {
            return candidates;
        };
        let (counts, marks) = (&mut scratch.counts[..], &scratch.marks[..]);
        let (masks, name_pairs, pair_bounds) =
            (&self.masks[..], &self.name_pairs[..], &self.pair_bounds[..]);
        let mut check = |p: usize, lacked: usize| {
            // Characters one has and the other not: at least half as many edits.
            if (masks[p] ^ query.mask).count_ones() as usize > lacked {
                return;
            }
            // The query's pairs regardless of order that the name has (one with both "ab" and
            // "ba" counts twice).
            let numbers = &name_pairs[pair_bounds[p] as usize..pair_bounds[p + 1] as usize];
            let shared: usize = numbers
                .iter()
                .map(|&n| usize::from(marks[n as usize]))
                .sum();
            if shared + lacked >= units {
                candidates.push((shared as u32, p as u32));
            }
        };
        if most_lacked >= present.len().min(MOST_COUNTED) {
            // A name may share none of the pairs (short queries): check every one.
            for (length, &lacked) in (shortest..=longest).zip(&may_lack) {
                for p in self.range((length, length)) {
                    check(p, lacked);
                }
            }
            return candidates;
        }
        let rarest_first = ascending(&by_length(&present, |l| l[0].len() + l[1].len()));
        let present: Vec<[&[u32]; 2]> = rarest_first.iter().map(|&i| present[i as usize]).collect();
        let counted = (most_lacked + 1 + EXTRA_LISTS)
            .min(present.len())
            .min(MOST_COUNTED);
        for lists in &present[..counted] {
            for list in lists {
                for &p in *list {
                    counts[p as usize] += 1;
                }
            }
        }
        for (length, &lacked) in (shortest..=longest).zip(&may_lack) {
            let Some(lacked_present) = lacked.checked_sub(absent) else {
                continue;
            };
            let group = self.range((length, length));
            let needed = counted.saturating_sub(lacked_present) as u8;
            each_at_least(&counts[group.clone()], needed, |offset| {
                check(group.start + offset, lacked)
            });
        }
        counts[window].fill(0);
        candidates
    }
}

/// The part of an ascending list of positions inside `range`.
pub fn within<'l>(positions: &'l [u32], range: &Range<usize>) -> &'l [u32] {
    let from = positions.partition_point(|&p| (p as usize) < range.start);
    let to = from + positions[from..].partition_point(|&p| (p as usize) < range.end);
    &positions[from..to]
}

/// Calls `found` with the offset of each count of at least `needed` (at least 1), eight counts
/// (each below 128) at a time: adding `128 - needed` to a byte sets its top bit exactly when
/// the byte is at least `needed`, and cannot carry into the next byte.
fn each_at_least(counts: &[u8], needed: u8, mut found: impl FnMut(usize)) {
    debug_assert!((1..128).contains(&needed));
    let add = u64::from_le_bytes([128 - needed; 8]);
    let top = u64::from_le_bytes([128; 8]);
    let mut chunks = counts.chunks_exact(8);
    let mut offset = 0;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        if (word + add) & top != 0 {
            for (i, &count) in chunk.iter().enumerate() {
                if count >= needed {
                    found(offset + i);
                }
            }
        }
        offset += 8;
    }
    for (i, &count) in chunks.remainder().iter().enumerate() {
        if count >= needed {
            found(offset + i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_count_of_at_least_the_needed() {
        let counts: Vec<u8> = (0..203u32).map(|i| (i * 37 % 11) as u8).collect();
        for needed in 1..12 {
            let mut found = Vec::new();
            each_at_least(&counts, needed, |i| found.push(i));
            let expected: Vec<usize> = (0..counts.len()).filter(|&i| counts[i] >= needed).collect();
            assert_eq!(found, expected, "at least {needed}");
        }
    }
}
