//! Career paths: the feed's `next_roles` as a graph, the shortest routes from one role to
//! another, the neighbourhood drawn around a role, and what each step of a route asks.
//!
//! Pure logic over the checked feed; the map and the steps are drawn by `markup::path_*`.

pub mod cycles;
pub mod graph;
pub mod journey;
pub mod neighbourhood;
#[cfg(test)]
pub(crate) mod test_feed;
pub mod way;

pub use graph::CareerGraph;
pub use journey::{journey, Journey, Step, StepSkill};
pub use neighbourhood::{neighbourhood, Neighbourhood, Placed};
pub use way::{find_way, FoundWay, WayKind};
