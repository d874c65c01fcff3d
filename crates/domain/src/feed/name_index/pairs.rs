//! Numbers for the pairs of adjacent characters that occur in the names, so that a pair's
//! list of names is an index into an array.

use super::ascending;

/// A slot of [`Pairs::ascii`] no pair of the names uses.
const NONE: u32 = u32::MAX;

pub struct Pairs {
    /// ASCII pairs (most of them) through a table: `ascii[first * 128 + second]`.
    ascii: Box<[u32]>,
    /// The other pairs' keys (see [`pair_key`]), sorted: the pair `other[i]` is number `i`.
    other: Box<[u64]>,
    count: u32,
}

/// Two characters (21 bits each) in one number below 2^42.
pub fn pair_key(first: char, second: char) -> u64 {
    (u64::from(first) << 21) | u64::from(second)
}

fn ascii_slot(first: char, second: char) -> Option<usize> {
    let (first, second) = (first as usize, second as usize);
    (first < 128 && second < 128).then_some(first * 128 + second)
}

impl Pairs {
    /// Numbers every pair that is not all ASCII, from 0; [`Pairs::number`] numbers the ASCII
    /// ones as they come. Name `p` is `chars[bounds[p]..bounds[p + 1]]`.
    pub fn new(chars: &[char], bounds: &[u32]) -> Self {
        let mut other = Vec::new();
        if !chars.iter().all(char::is_ascii) {
            for name in bounds.windows(2) {
                for w in chars[name[0] as usize..name[1] as usize].windows(2) {
                    if ascii_slot(w[0], w[1]).is_none() {
                        other.push(pair_key(w[0], w[1]));
                    }
                }
            }
            other = ascending(&other)
                .iter()
                .map(|&i| other[i as usize])
                .collect();
            other.dedup();
        }
        Pairs {
            ascii: vec![NONE; 128 * 128].into(),
            count: other.len() as u32,
            other: other.into(),
        }
    }

    /// How many pairs are numbered.
    pub fn count(&self) -> usize {
        self.count as usize
    }

    /// How many pairs can be numbered.
    pub fn most(&self) -> usize {
        self.ascii.len() + self.other.len()
    }

    /// The number of a pair of the names, given one if it is a new ASCII pair.
    pub fn number(&mut self, first: char, second: char) -> u32 {
        match ascii_slot(first, second) {
            Some(slot) => {
                let number = &mut self.ascii[slot];
                if *number == NONE {
                    *number = self.count;
                    self.count += 1;
                }
                *number
            }
            None => self.get(first, second).unwrap_or(NONE),
        }
    }

    /// The number of a pair, if any name has it.
    pub fn get(&self, first: char, second: char) -> Option<u32> {
        match ascii_slot(first, second) {
            Some(slot) => Some(self.ascii[slot]).filter(|&number| number != NONE),
            None => self
                .other
                .binary_search(&pair_key(first, second))
                .ok()
                .map(|i| i as u32),
        }
    }
}
