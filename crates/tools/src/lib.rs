//! Skillgap's publishers' tools, native only, never in the widget: the importers behind
//! `feed-import`, and the feeds tests and benchmarks use (`make-fixture`).
//!
//! Invariant: everything here ends in a feed checked by the domain's own validator, so a tool
//! never writes a feed the widget would read differently.

pub mod fixtures;
pub mod import;
