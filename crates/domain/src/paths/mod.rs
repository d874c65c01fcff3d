//! Career paths: the feed's `next_roles` as a graph, the shortest routes from one role to
//! another, the neighbourhood drawn around a role, and what each step of a route asks.
//!
//! Pure logic over the checked feed; the map and the steps are drawn by `markup::path_*`.

/// The graph of `next_roles` and its loops belong to the feed (its check notes loops); they are
/// named here too, where the rest of career paths uses them.
pub use crate::feed::career_graph as graph;
pub use crate::feed::career_loops as cycles;
pub mod journey;
pub mod neighbourhood;
/// Small feeds with career paths, for this crate's tests and `markup`'s (feature `test-support`).
#[cfg(any(test, feature = "test-support"))]
pub mod test_feed;
pub mod way;

pub use graph::CareerGraph;
pub use journey::{journey, Journey, Step, StepSkill};
pub use neighbourhood::{neighbourhood, Neighbourhood, Placed};
pub use way::{find_way, FoundWay, WayKind};
