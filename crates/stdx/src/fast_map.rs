//! The hash map for lookups keyed by feed ids and names. std's default SipHash resists
//! collision attacks that do not apply to a feed the organisation publishes itself, and costs
//! a measurable share of loading a feed with 150,000 references.

// The one place the standard hash map is named: everything else uses this alias.
#[allow(clippy::disallowed_types)]
pub type FastMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;

pub fn fast_map_with_capacity<K, V>(capacity: usize) -> FastMap<K, V> {
    FastMap::with_capacity_and_hasher(capacity, rustc_hash::FxBuildHasher)
}
