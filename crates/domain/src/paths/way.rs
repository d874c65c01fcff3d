//! The way from where the person is to the role they chose: the shortest routes along the
//! usual career paths, best first, or, when there is none, what a direct move would take.

use super::graph::CareerGraph;
use super::journey::{journey, rank_routes, Journey};
use crate::feed::{Feed, RoleIdx};
use crate::scale::Level;

/// How the way was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WayKind {
    /// Along the framework's usual next steps.
    Route,
    /// No usual path leads there: what a direct move would take.
    NoRoute,
    /// No current role chosen: what the role asks of the person's ratings.
    NoCurrentRole,
    /// The framework has no career paths at all.
    NoPaths,
    /// The chosen role is the current one: what it still asks.
    SameRole,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FoundWay {
    pub kind: WayKind,
    pub from: Option<RoleIdx>,
    pub to: RoleIdx,
    /// Best first. For [`WayKind::Route`] each route runs from `from` to `to` and its journey
    /// has a step for each role after `from`; otherwise there is one "route", `[to]`, whose
    /// one step compares `to` with the person's ratings.
    pub routes: Vec<(Vec<RoleIdx>, Journey)>,
    /// More routes of the same length exist than are listed.
    pub more_routes: bool,
}

pub fn find_way(
    feed: &Feed,
    graph: &CareerGraph,
    from: Option<RoleIdx>,
    to: RoleIdx,
    levels: &[Option<Level>],
) -> FoundWay {
    let direct = |kind| FoundWay {
        kind,
        from,
        to,
        routes: vec![(vec![to], journey(feed, &[to], levels))],
        more_routes: false,
    };
    let Some(start) = from else {
        return direct(if graph.has_paths() {
            WayKind::NoCurrentRole
        } else {
            WayKind::NoPaths
        });
    };
    if start == to {
        return direct(WayKind::SameRole);
    }
    if !graph.has_paths() {
        return direct(WayKind::NoPaths);
    }
    let found = graph.shortest_routes(start, to);
    if found.routes.is_empty() {
        return direct(WayKind::NoRoute);
    }
    FoundWay {
        kind: WayKind::Route,
        from,
        to,
        routes: rank_routes(feed, &found.routes, levels),
        more_routes: found.more,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::test_feed::{feed_with_paths, idx};

    #[test]
    fn each_case_is_named() {
        let feed = feed_with_paths(&[("a", &["b"]), ("b", &[]), ("c", &[])]);
        let graph = CareerGraph::new(&feed);
        let levels = vec![None; feed.skills.len()];
        let (a, b, c) = (idx(&feed, "a"), idx(&feed, "b"), idx(&feed, "c"));
        let way = find_way(&feed, &graph, Some(a), b, &levels);
        assert_eq!(way.kind, WayKind::Route);
        assert_eq!(way.routes[0].0, vec![a, b]);
        assert_eq!(way.routes[0].1.steps.len(), 1);
        let none = find_way(&feed, &graph, Some(a), c, &levels);
        assert_eq!(none.kind, WayKind::NoRoute);
        assert_eq!(none.routes[0].0, vec![c]);
        assert_eq!(
            find_way(&feed, &graph, None, c, &levels).kind,
            WayKind::NoCurrentRole
        );
        assert_eq!(
            find_way(&feed, &graph, Some(a), a, &levels).kind,
            WayKind::SameRole
        );
        let flat = feed_with_paths(&[("a", &[]), ("b", &[])]);
        let flat_graph = CareerGraph::new(&flat);
        assert_eq!(
            find_way(&flat, &flat_graph, Some(0), 1, &levels).kind,
            WayKind::NoPaths
        );
    }
}
