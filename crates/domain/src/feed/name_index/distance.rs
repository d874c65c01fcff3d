//! The Damerau-Levenshtein distance strsim's `normalized_damerau_levenshtein` is made of, for
//! one query against many names, when it is at most a given number of edits: strsim allocates
//! a hash map and a matrix on every call, which dominated resolving hundreds of references,
//! and computes every cell of the matrix where only a band of them can matter.

pub struct Distance {
    /// The query's characters as numbers among its distinct characters.
    query: Box<[u32]>,
    alphabet: Box<[char]>,
    /// The number of each ASCII character, or `alphabet.len()` for those not in the query.
    ascii: [u32; 128],
    /// The name's characters as numbers (`alphabet.len()` for those not in the query).
    name: Vec<u32>,
    /// The last row in which each character of the query was seen.
    last_row: Box<[u32]>,
    /// The last column left of the band in which each character occurs.
    last_column: Box<[u32]>,
    /// For each character of the query, the positions where the name has it (one bit each).
    positions: Box<[u64]>,
    table: Vec<u32>,
}

impl Distance {
    pub fn new(query: &[char]) -> Self {
        let mut alphabet: Vec<char> = Vec::new();
        let mut numbers = Vec::with_capacity(query.len());
        for &c in query {
            let number = match alphabet.iter().position(|&k| k == c) {
                Some(number) => number,
                None => {
                    alphabet.push(c);
                    alphabet.len() - 1
                }
            };
            numbers.push(number as u32);
        }
        let mut ascii = [alphabet.len() as u32; 128];
        for (number, &c) in alphabet.iter().enumerate() {
            if c.is_ascii() {
                ascii[c as usize] = number as u32;
            }
        }
        Distance {
            query: numbers.into(),
            last_row: vec![0; alphabet.len() + 1].into(),
            last_column: vec![0; alphabet.len() + 1].into(),
            positions: vec![0; alphabet.len() + 1].into(),
            alphabet: alphabet.into(),
            ascii,
            name: Vec::new(),
            table: Vec::new(),
        }
    }

    /// The number of a character that is not ASCII.
    fn number(&self, c: char) -> u32 {
        let position = self.alphabet.iter().position(|&k| k == c);
        position.unwrap_or(self.alphabet.len()) as u32
    }

    /// A lower bound on the distance to the name (at most 64 characters), from the longest
    /// subsequence the two have in common: each edit changes `|query| + |name| - 2 × common`
    /// by at most two. The common subsequence is computed 64 positions at a time (Allison
    /// and Dix; Hyyrö's form).
    fn fewest_edits(&mut self) -> Option<usize> {
        let (n, m) = (self.query.len(), self.name.len());
        if m > 64 {
            return None;
        }
        let positions = &mut self.positions[..];
        for (j, &c) in self.name.iter().enumerate() {
            positions[c as usize] |= 1 << j;
        }
        // Characters the query lacks match nothing.
        positions[positions.len() - 1] = 0;
        let mut v = u64::MAX;
        for &c in &self.query {
            let matches = positions[c as usize];
            v = v.wrapping_add(v & matches) | (v & !matches);
        }
        for &c in &self.name {
            positions[c as usize] = 0;
        }
        let common = (!v & (u64::MAX >> (64 - m))).count_ones() as usize;
        Some((n + m - 2 * common).div_ceil(2))
    }

    /// The unrestricted Damerau-Levenshtein distance between the query and `name` (Lowrance
    /// and Wagner's algorithm), if it is at most `max`. Most names are dismissed before it is
    /// computed, by a lower bound ([`Distance::fewest_edits`]).
    ///
    /// Only the cells a path of at most `max` edits can cross are computed: reaching the cell
    /// `i` characters into the query and `j` into the name costs at least `|i - j|` edits, and
    /// going on from it at least `|(n - i) - (m - j)|`, which leaves a band of diagonals
    /// `j - i`. Cells outside it read as unreachable; a cell's figure is then never below its
    /// true distance, and equal to it on every path of at most `max` edits.
    pub fn within(&mut self, name: &[char], max: usize) -> Option<usize> {
        let (n, m) = (self.query.len(), name.len());
        if n == 0 || m == 0 {
            return Some(n.max(m)).filter(|&d| d <= max);
        }
        if n.abs_diff(m) > max {
            return None;
        }
        let mut numbers = std::mem::take(&mut self.name);
        numbers.clear();
        numbers.extend(name.iter().map(|&c| match self.ascii.get(c as usize) {
            Some(&number) => number,
            None => self.number(c),
        }));
        self.name = numbers;
        if self.fewest_edits().is_some_and(|fewest| fewest > max) {
            return None;
        }
        self.last_row.fill(0);
        self.last_column.fill(0);
        // The band: |j - i| + |(m - n) - (j - i)| <= max.
        let (shift, reach) = (m as isize - n as isize, max.min(n + m) as isize);
        let (low, high) = (
            (shift - reach + 1).div_euclid(2),
            (shift + reach).div_euclid(2),
        );
        let in_band = |i: usize, j: usize| {
            let diagonal = j as isize - i as isize;
            i == 0 || j == 0 || (low <= diagonal && diagonal <= high)
        };
        // Row i + 1 of the table holds the distances from the query's first i characters, at
        // columns j + 1; row 0 and column 0 are borders nothing reads.
        let width = m + 2;
        if self.table.len() < (n + 2) * width {
            self.table.resize((n + 2) * width, 0);
        }
        let d = &mut self.table[..(n + 2) * width];
        let infinity = (n + m) as u32;
        for i in 0..n + 1 {
            d[(i + 1) * width + 1] = i as u32;
        }
        for (j, cell) in d[width + 1..2 * width].iter_mut().enumerate() {
            *cell = j as u32;
        }
        let (query, name) = (&self.query[..], &self.name[..]);
        let (last_row, last_column) = (&mut self.last_row[..], &mut self.last_column[..]);
        // Every later cell is reached from a cell of an earlier row, and a jump from row r
        // costs at least the rows it skips: once min over rows r of (row minimum - r), plus
        // the current row, exceeds `max`, the distance does too.
        let mut floor = isize::MAX;
        let mut left_of_band = 1;
        for i in 1..n + 1 {
            let first = (i as isize + low).max(1) as usize;
            let last = (i as isize + high).min(m as isize) as usize;
            let here = query[i - 1];
            let (done, rest) = d.split_at_mut((i + 1) * width);
            let current = &mut rest[..width];
            if first > 1 {
                current[first] = infinity;
            }
            if last < m {
                current[last + 2] = infinity;
            }
            // Where `here` last occurs left of the band, for transpositions from there.
            while left_of_band < first {
                last_column[name[left_of_band - 1] as usize] = left_of_band as u32;
                left_of_band += 1;
            }
            let mut last_match_column = last_column[here as usize] as usize;
            let mut left = current[first];
            let mut row_minimum = i as u32;
            if first <= last {
                let names = &name[first - 1..last];
                let above = &done[i * width + first..i * width + last + 2];
                let cells = &mut current[first + 1..last + 2];
                for (k, &c) in names.iter().enumerate() {
                    let j = first + k;
                    let substitute = above[k] + u32::from(here != c);
                    let delete = above[k + 1] + 1;
                    let mut value = substitute.min(delete).min(left + 1);
                    // A transposition needs this column's character earlier in the query and
                    // this row's earlier in the name.
                    let row = last_row[c as usize] as usize;
                    if row > 0 && last_match_column > 0 && in_band(row - 1, last_match_column - 1) {
                        let transpose = done[row * width + last_match_column]
                            + (i + j - row - last_match_column - 1) as u32;
                        value = value.min(transpose);
                    }
                    if here == c {
                        last_match_column = j;
                    }
                    cells[k] = value;
                    left = value;
                    row_minimum = row_minimum.min(value);
                }
            }
            floor = floor.min(row_minimum as isize - i as isize);
            if floor.saturating_add(i as isize) > max.min(isize::MAX as usize) as isize {
                return None;
            }
            last_row[here as usize] = i as u32;
        }
        Some(d[(n + 1) * width + m + 1] as usize).filter(|&d| d <= max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stdx::rng::SplitMix64;

    #[test]
    fn distance_agrees_with_strsim() {
        let mut rng = SplitMix64::new(9);
        let alphabet: Vec<char> = "abcé日 ".chars().collect();
        for round in 0..10_000 {
            // Few letters, so that matches and transpositions are common.
            let letters = if round % 3 == 0 { 3 } else { alphabet.len() };
            // Now and then past 64 characters, where the lower bound is not used.
            let longest = [9, 16, 9, 16, 9, 16, 9, 70][round % 8];
            let mut text = || -> String {
                (0..rng.below(longest))
                    .map(|_| alphabet[rng.below(letters)])
                    .collect()
            };
            let (a, b) = (text(), text());
            let (a_chars, b_chars): (Vec<char>, Vec<char>) =
                (a.chars().collect(), b.chars().collect());
            let mut distance = Distance::new(&a_chars);
            let edits = strsim::damerau_levenshtein(&a, &b);
            for max in 0..18 {
                let expected = (edits <= max).then_some(edits);
                assert_eq!(
                    distance.within(&b_chars, max),
                    expected,
                    "{a:?} {b:?} within {max}"
                );
            }
            assert_eq!(distance.within(&b_chars, usize::MAX), Some(edits));
        }
    }
}
