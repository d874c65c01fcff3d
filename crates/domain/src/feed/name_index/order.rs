//! The order of the names in the index: by character count, then by name, then as given.
//! Which names are tried for a suggestion depends on it, so it must not change.

/// Positions into `names`, ordered; `lengths[i]` is the character count of `names[i]`, and
/// `by_length[l]` the number of names shorter than `l` characters.
pub fn name_order(names: &[&str], lengths: &[u32], by_length: &[u32]) -> Vec<u32> {
    // By length first, a counting sort, then by name within each length.
    let mut next = by_length.to_vec();
    let mut order: Vec<(&[u8], u32)> = vec![(&[][..], 0); names.len()];
    for (i, (name, &length)) in names.iter().zip(lengths).enumerate() {
        let slot = &mut next[length as usize];
        order[*slot as usize] = (name.as_bytes(), i as u32);
        *slot += 1;
    }
    for group in by_length.windows(2) {
        sort_names(&mut order[group[0] as usize..group[1] as usize], 0);
    }
    order.into_iter().map(|(_, i)| i).collect()
}

/// Sorts names (bytes, position) whose first `depth` bytes are equal by the rest of their
/// bytes, then by position: Bentley and Sedgewick's multikey quicksort, which reads each byte
/// of a shared prefix ("strategic …") once per partition rather than once per comparison.
/// Byte order is the order of `str`.
fn sort_names(items: &mut [(&[u8], u32)], depth: usize) {
    if items.len() < 12 {
        for i in 1..items.len() {
            let mut j = i;
            while j > 0 && later(&items[j - 1], &items[j], depth) {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    // The byte at `depth`, or -1 past the end: a name sorts before those it is a prefix of.
    let byte = |name: &[u8]| name.get(depth).map_or(-1, |&b| i32::from(b));
    let pivot = byte(items[items.len() / 2].0);
    // Three parts: bytes below the pivot, equal to it, above it.
    let (mut below, mut at, mut above) = (0, 0, items.len());
    while at < above {
        let b = byte(items[at].0);
        if b < pivot {
            items.swap(below, at);
            below += 1;
            at += 1;
        } else if b > pivot {
            above -= 1;
            items.swap(at, above);
        } else {
            at += 1;
        }
    }
    sort_names(&mut items[..below], depth);
    if pivot < 0 {
        // The same name more than once (a role's id and name can normalise alike): as given.
        let equal = &mut items[below..above];
        for i in 1..equal.len() {
            let mut j = i;
            while j > 0 && equal[j - 1].1 > equal[j].1 {
                equal.swap(j - 1, j);
                j -= 1;
            }
        }
    } else {
        sort_names(&mut items[below..above], depth + 1);
    }
    sort_names(&mut items[above..], depth);
}

fn later(a: &(&[u8], u32), b: &(&[u8], u32), depth: usize) -> bool {
    (&a.0[depth..], a.1) > (&b.0[depth..], b.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use stdx::rng::SplitMix64;
    use stdx::sorting::sort_by;

    #[test]
    fn orders_by_length_then_name_then_position() {
        let mut rng = SplitMix64::new(3);
        let letters = ["a", "b", "é", "ab", " "];
        let names: Vec<String> = (0..3_000)
            .map(|_| {
                (0..rng.below(6))
                    .map(|_| letters[rng.below(letters.len())])
                    .collect()
            })
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let lengths: Vec<u32> = names.iter().map(|n| n.chars().count() as u32).collect();
        let longest = lengths.iter().max().copied().unwrap_or(0) as usize;
        let mut by_length = vec![0u32; longest + 2];
        for &l in &lengths {
            by_length[l as usize + 1] += 1;
        }
        for l in 1..by_length.len() {
            by_length[l] += by_length[l - 1];
        }
        let mut expected: Vec<u32> = (0..names.len() as u32).collect();
        sort_by(&mut expected, |&a, &b| {
            let (a, b) = (a as usize, b as usize);
            (lengths[a], names[a], a).cmp(&(lengths[b], names[b], b))
        });
        assert_eq!(name_order(&names, &lengths, &by_length), expected);
    }
}
