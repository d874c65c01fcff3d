//! Skillgap's standard-library-like helpers: one sorted map, one sort, one hasher, numbers and
//! text, each chosen because it is small in the wasm module (`clippy.toml` says why for each).
//!
//! Invariant: no Skillgap concept lives here (no feed, skill or profile), and nothing here
//! depends on another Skillgap crate.

pub mod dom_id;
pub mod fast_map;
pub mod hash;
pub mod json_pretty;
pub mod json_text;
pub mod number;
pub mod rng;
pub mod sorted_map;
pub mod sorting;
pub mod text;
pub mod time;
