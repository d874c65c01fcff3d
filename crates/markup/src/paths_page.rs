//! Everything the career paths section shows, drawn at once from the person's profile and
//! their choices in the section: the map and its list around one role, the way to the chosen
//! role, or the closest roles when the framework has no paths. One pure function, so the
//! section needs one memo (each memo type is code of its own in the WebAssembly module).

use super::path_list::{path_list, role_item, RoleMarks};
use super::path_map::{path_map, Marks};
use super::path_steps::{path_steps, StepExtras, Way};
use super::Markup;
use domain::explorer::{levels_of, rank_roles, role_fit, FitGroup};
use domain::feed::{Feed, RoleIdx};
use domain::i18n::k;
use domain::i18n::Translator;
use domain::paths::journey::step_suggestions;
use domain::paths::{find_way, neighbourhood, CareerGraph, FoundWay, Step};
use domain::plan::goal_for_skill;
use domain::profile::Profile;

const STEP_RESOURCES: usize = 3;
const STEP_MENTORS: usize = 2;
/// Roles offered when the framework has no career paths.
const CLOSEST_ROLES: usize = 10;

/// What the person chose in the section (nothing is stored: the section starts from their
/// current and target roles each time).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PathChoices {
    /// The role whose way is shown; the target when `None`.
    pub destination: Option<RoleIdx>,
    /// The role the map is centred on; the current role (else the target) when `None`.
    pub centre: Option<RoleIdx>,
    /// Which of the equally short routes is shown.
    pub route: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PathsPage {
    /// The map's centre, named for headings; `None` when there is no map.
    pub centre_name: Option<String>,
    /// The map's `<svg>` and its list alternative.
    pub map: String,
    pub list: String,
    /// The way card's content (a prompt while no role is chosen).
    pub way: String,
    /// The steps of the way shown, for "Add this step to my plan".
    pub steps: Vec<Step>,
    /// When the framework has no paths: the roles closest to the person's ratings, as items.
    pub closest: Option<String>,
    /// The map is centred elsewhere than on the current role.
    pub recentred: bool,
}

fn role_of(feed: &Feed, id: Option<&str>) -> Option<RoleIdx> {
    id.and_then(|id| feed.role_by_id(id))
}

fn step_extras(feed: &Feed, profile: &Profile, step: &Step) -> StepExtras {
    let (resources, mentors) = step_suggestions(feed, profile, step, STEP_RESOURCES, STEP_MENTORS);
    let in_plan = !step.to_close.is_empty()
        && step
            .to_close
            .iter()
            .all(|s| goal_for_skill(profile, &feed.skills[s.skill].id).is_some());
    StepExtras {
        resources,
        mentors,
        in_plan,
    }
}

fn prompt(tr: &Translator) -> String {
    let mut m = Markup::new();
    m.element(
        "h3",
        &[
            ("class", "sg-h3"),
            ("id", "sg-way-heading"),
            ("tabindex", "-1"),
        ],
        tr.t(k::PATHS_WAY_PROMPT_HEADING),
    )
    .element("p", &[("class", "sg-muted")], tr.t(k::PATHS_WAY_PROMPT));
    m.finish()
}

pub fn paths_page(
    feed: &Feed,
    graph: &CareerGraph,
    profile: &Profile,
    choices: PathChoices,
    tr: &Translator,
) -> PathsPage {
    let levels = levels_of(feed, profile);
    let current = role_of(feed, profile.current_role.value.as_deref());
    let target = role_of(feed, profile.target_role.value.as_deref());
    let destination = choices.destination.or(target);
    let mut page = PathsPage {
        way: prompt(tr),
        ..PathsPage::default()
    };
    let mut route: Vec<RoleIdx> = Vec::new();
    let found: Option<FoundWay> = destination.map(|to| find_way(feed, graph, current, to, &levels));
    if let Some(found) = &found {
        let chosen = choices.route.min(found.routes.len().saturating_sub(1));
        if let Some((r, journey)) = found.routes.get(chosen) {
            let extras: Vec<StepExtras> = journey
                .steps
                .iter()
                .map(|s| step_extras(feed, profile, s))
                .collect();
            page.way = path_steps(
                feed,
                &Way {
                    found,
                    chosen,
                    extras: &extras,
                },
                target,
                tr,
            );
            page.steps = journey.steps.clone();
            route = r.clone();
        }
    }
    let role_marks = RoleMarks { current, target };
    if !graph.has_paths() {
        let ranked = rank_roles(feed, profile, None);
        let mut m = Markup::new();
        for fit in ranked
            .iter()
            .filter(|f| f.group() != FitGroup::NotRated && Some(f.role) != current)
            .take(CLOSEST_ROLES)
        {
            role_item(&mut m, feed, graph, fit.role, &levels, &role_marks, tr);
        }
        let closest = m.finish();
        page.closest = Some(if closest.is_empty() {
            let mut m = Markup::new();
            m.element("li", &[("class", "sg-muted")], tr.t(k::PATHS_CLOSEST_EMPTY));
            m.finish()
        } else {
            closest
        });
        return page;
    }
    let Some(centre) = choices.centre.or(current).or(target).or(destination) else {
        return page;
    };
    page.recentred = choices.centre.is_some_and(|c| Some(c) != current);
    let mut pinned = route.clone();
    pinned.extend(current);
    pinned.extend(target);
    pinned.extend(destination);
    let standing = |r: RoleIdx| {
        let fit = role_fit(feed, r, &levels);
        (fit.group(), fit.evidence.cautious)
    };
    let map = neighbourhood(graph, centre, &pinned, |a, b| {
        let (ga, fa) = standing(a);
        let (gb, fb) = standing(b);
        ga.cmp(&gb)
            .then(fb.total_cmp(&fa))
            .then_with(|| feed.roles[a].name.cmp(&feed.roles[b].name))
    });
    let marks = Marks {
        current,
        target,
        selected: destination,
        route: &route,
    };
    page.map = path_map(feed, graph, &map, &levels, marks, tr);
    page.list = path_list(feed, graph, &map, &levels, &role_marks, tr);
    page.centre_name = Some(feed.roles[centre].name.clone());
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::count;
    use domain::paths::test_feed::{feed_with_paths, idx};

    fn profile(feed: &Feed, current: Option<&str>, target: Option<&str>) -> Profile {
        let mut p = Profile::default();
        p.set_current_role(current.map(str::to_owned), 1);
        p.set_target_role(target.map(str::to_owned), 1);
        let _ = feed;
        p
    }

    #[test]
    fn starts_from_the_current_role_and_the_way_to_the_target() {
        let feed = feed_with_paths(&[("a", &["b"]), ("b", &["c"]), ("c", &[]), ("far", &[])]);
        let graph = CareerGraph::new(&feed);
        let page = paths_page(
            &feed,
            &graph,
            &profile(&feed, Some("a"), Some("c")),
            PathChoices::default(),
            &Translator::english(),
        );
        assert_eq!(page.centre_name.as_deref(), Some("Role a"));
        assert_eq!(count(&page.map, "data-testid=\"path-node\""), 3);
        assert!(page.way.contains(">From Role a to Role c</h3>"));
        assert_eq!(page.steps.len(), 2);
        assert!(!page.recentred);
        assert!(page.closest.is_none());
        // Jumping to a far role centres the map there and shows the direct move.
        let far = idx(&feed, "far");
        let page = paths_page(
            &feed,
            &graph,
            &profile(&feed, Some("a"), Some("c")),
            PathChoices {
                destination: Some(far),
                centre: Some(far),
                route: 0,
            },
            &Translator::english(),
        );
        assert!(page.recentred);
        assert_eq!(page.centre_name.as_deref(), Some("Role far"));
        assert!(page
            .way
            .contains("No usual career path leads from Role a to Role far"));
    }

    #[test]
    fn with_nothing_chosen_it_prompts_and_without_paths_it_offers_closest_roles() {
        let feed = feed_with_paths(&[("a", &["b"]), ("b", &[])]);
        let graph = CareerGraph::new(&feed);
        let page = paths_page(
            &feed,
            &graph,
            &Profile::default(),
            PathChoices::default(),
            &Translator::english(),
        );
        assert!(page.centre_name.is_none() && page.map.is_empty());
        assert!(page.way.contains("The way to a role"));

        let flat = feed_with_paths(&[("a", &[]), ("b", &[])]);
        let flat_graph = CareerGraph::new(&flat);
        let mut me = profile(&flat, Some("a"), None);
        me.rate("s0", "Skill 0", Some(2), 1);
        let page = paths_page(
            &flat,
            &flat_graph,
            &me,
            PathChoices::default(),
            &Translator::english(),
        );
        let closest = page.closest.expect("closest roles");
        assert_eq!(
            count(&closest, "<li class=\"sg-path-role\""),
            1,
            "b only: a is where I am"
        );
        assert!(page.map.is_empty());
    }
}
