//! One sort for the whole crate. Each `sort_by` with its own closure compiles to its own copy of
//! the standard library's sort, several kilobytes of WebAssembly each; sorting positions through
//! a single comparator type keeps one copy. Stable, like `slice::sort_by`.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping the order of equal items.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_positions(&mut order, &|a, b| {
        compare(&items[a as usize], &items[b as usize])
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&position| slots[position as usize].take()),
    );
}

/// Sorts `items` by the key `key` gives each, keeping the order of equal items.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The crate's one instantiation of the standard sort (clippy.toml forbids the others).
#[inline(never)]
#[allow(clippy::disallowed_methods)]
fn sort_positions(order: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::disallowed_methods)]
    fn sorts_stably_like_the_standard_library() {
        let mut rng = crate::rng::SplitMix64::new(3);
        for len in [0, 1, 2, 7, 100, 1000] {
            let items: Vec<(u8, usize)> = (0..len).map(|i| (rng.below(5) as u8, i)).collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items.clone();
            theirs.sort_by_key(|a| a.0);
            assert_eq!(ours, theirs);
            sort_by_key(&mut ours, |item| std::cmp::Reverse(item.1));
            assert!(ours.windows(2).all(|w| w[0].1 > w[1].1));
        }
    }

    #[test]
    fn moves_items_that_are_not_copy() {
        let mut words = vec!["pear".to_owned(), "apple".into(), "fig".into()];
        sort_by(&mut words, |a, b| a.cmp(b));
        assert_eq!(words, ["apple", "fig", "pear"]);
    }
}
