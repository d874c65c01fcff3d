//! "From here to there": the route from the current role to the chosen one, and for each step
//! the skills to close (essential first), learning and people that fit them, and "Add this
//! step to my plan". The section's one click handler reads the buttons' [`MarkupAction`].

use super::action::MarkupAction;
use super::gap_lists::level_text;
use super::path_list::{role_button, skills_to_close_text};
use super::Markup;
use domain::feed::{Feed, RoleIdx};
use domain::gap::{join_names, list_text};
use domain::i18n::k;
use domain::i18n::Translator;
use domain::paths::{FoundWay, Journey, Step, StepSkill, WayKind};
use domain::suggestions::contact::{contact_link, intro_message};
use domain::suggestions::mentors::MentorSuggestion;
use domain::suggestions::resources::ResourceSuggestion;

/// What one step offers besides its skills.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StepExtras {
    pub resources: Vec<ResourceSuggestion>,
    pub mentors: Vec<MentorSuggestion>,
    /// Every skill this step asks to close has a goal in the plan.
    pub in_plan: bool,
}

/// The way shown: one of the found routes, with each step's suggestions.
#[derive(Debug, Clone, Copy)]
pub struct Way<'a> {
    pub found: &'a FoundWay,
    /// Which of `found.routes` is shown.
    pub chosen: usize,
    pub extras: &'a [StepExtras],
}

impl Way<'_> {
    fn route(&self) -> &[RoleIdx] {
        self.found
            .routes
            .get(self.chosen)
            .map_or(&[], |(r, _)| r.as_slice())
    }

    fn journey(&self) -> Option<&Journey> {
        self.found.routes.get(self.chosen).map(|(_, j)| j)
    }
}

/// The roles of a route in order, "Data Analyst → Analytics Lead" (the arrow pointing the
/// way the language reads).
fn names(feed: &Feed, roles: &[RoleIdx], tr: &Translator) -> String {
    let names: Vec<&str> = roles.iter().map(|&r| feed.roles[r].name.as_str()).collect();
    join_names(&names, tr.t(k::PATHS_ROUTE_ARROW), tr)
}

/// The heading's text.
pub fn way_heading(feed: &Feed, way: &Way, tr: &Translator) -> String {
    let to = feed.roles[way.found.to].name.as_str();
    match (way.found.kind, way.found.from) {
        (WayKind::SameRole, _) => tr.tf(k::PATHS_WAY_SAME_ROLE, &[("role", to)]),
        (_, Some(from)) => tr.tf(
            k::PATHS_WAY_FROM_TO,
            &[("from", &feed.roles[from].name), ("to", to)],
        ),
        (_, None) => tr.tf(k::PATHS_WAY_ASKS, &[("role", to)]),
    }
}

fn intro(m: &mut Markup, feed: &Feed, way: &Way, journey: &Journey, tr: &Translator) {
    let floor = feed.scale.min();
    let found = way.found;
    // A skill asked on two steps is one skill to grow, in two stages.
    let mut distinct: Vec<usize> = journey
        .steps
        .iter()
        .flat_map(|s| s.to_close.iter().map(|k| k.skill))
        .collect();
    stdx::sorting::sort_by_key(&mut distinct, |&k| k);
    distinct.dedup();
    let skills = distinct.len();
    let unrated = distinct
        .iter()
        .filter(|&&k| {
            journey
                .steps
                .iter()
                .flat_map(|s| &s.to_close)
                .any(|s| s.skill == k && s.from.is_none())
        })
        .count();
    let levels = journey.levels_to_close(floor);
    let mut total = if skills == 0 {
        tr.t(k::PATHS_WAY_MEETS_ALL).to_owned()
    } else {
        tr.tf_plain(
            k::PATHS_WAY_IN_ALL,
            &[
                (
                    "levels",
                    &tr.plural(k::PATHS_WAY_LEVELS, levels as usize, &[]),
                ),
                ("skills", &tr.plural(k::EXPLORE_TAKE_SKILLS, skills, &[])),
            ],
        )
    };
    if unrated > 0 {
        total.push(' ');
        total.push_str(&tr.plural(k::PATHS_WAY_UNRATED, unrated, &[]));
    }
    let to = feed.roles[found.to].name.as_str();
    let lead = match found.kind {
        WayKind::Route => {
            let steps = way.route().len().saturating_sub(1);
            tr.plural(
                k::PATHS_WAY_ROUTE,
                steps,
                &[("route", &names(feed, way.route(), tr))],
            )
        }
        WayKind::NoRoute => tr.tf(
            k::PATHS_WAY_NO_ROUTE,
            &[
                (
                    "from",
                    found.from.map_or("", |f| feed.roles[f].name.as_str()),
                ),
                ("to", to),
            ],
        ),
        WayKind::NoCurrentRole => tr.t(k::PATHS_WAY_NO_CURRENT_ROLE).to_owned(),
        WayKind::NoPaths => tr.t(k::PATHS_WAY_NO_PATHS).to_owned(),
        WayKind::SameRole => tr.t(k::PATHS_WAY_SAME_ROLE_ASKS).to_owned(),
    };
    m.element(
        "p",
        &[("data-testid", "way-summary")],
        &format!("{lead} {total}"),
    );
    if found.kind == WayKind::Route && found.routes.len() > 1 {
        let key = if found.more_routes {
            k::PATHS_WAY_TIES_MORE
        } else {
            k::PATHS_WAY_TIES
        };
        m.element(
            "p",
            &[("class", "sg-muted sg-no-print")],
            &tr.plural(key, found.routes.len(), &[]),
        );
        m.open(
            "ul",
            &[
                ("class", "sg-path-routes sg-no-print"),
                ("data-testid", "path-routes"),
            ],
        );
        for (i, (route, _)) in found.routes.iter().enumerate() {
            let via = names(feed, &route[1..route.len() - 1], tr);
            let label = if via.is_empty() {
                tr.t(k::PATHS_WAY_DIRECTLY).to_owned()
            } else {
                tr.tf(k::PATHS_WAY_VIA, &[("roles", &via)])
            };
            let pressed = if i == way.chosen { "true" } else { "false" };
            m.open("li", &[]);
            MarkupAction::ChooseRoute(i)
                .open_button(
                    m,
                    &[
                        ("class", "sg-button sg-button-quiet sg-button-small"),
                        ("aria-pressed", pressed),
                    ],
                )
                .text(&label)
                .close("button")
                .close("li");
        }
        m.close("ul");
    }
}

fn skill_line(m: &mut Markup, feed: &Feed, skill: &StepSkill, tr: &Translator) {
    m.open("li", &[]);
    m.element(
        "span",
        &[("class", "sg-step-skill")],
        &feed.skills[skill.skill].name,
    );
    if skill.importance.is_essential() {
        m.element(
            "span",
            &[("class", "sg-step-essential")],
            &format!(" {}", tr.t(k::GAP_IMPORTANCE_ESSENTIAL)),
        );
    }
    let needs = level_text(&feed.scale, skill.required, tr);
    let detail = match (skill.from, skill.from_earlier_step) {
        (None, _) => tr.tf(k::PATHS_STEP_NOT_RATED, &[("level", &needs)]),
        (Some(from), earlier) => tr.tf(
            if earlier {
                k::PATHS_STEP_AFTER_EARLIER
            } else {
                k::PATHS_STEP_FROM_YOU
            },
            &[("from", &tr.integer(i64::from(from))), ("level", &needs)],
        ),
    };
    m.element("span", &[("class", "sg-muted")], &format!(" · {detail}"));
    m.close("li");
}

fn resources(m: &mut Markup, feed: &Feed, list: &[ResourceSuggestion], tr: &Translator) {
    m.element("h5", &[("class", "sg-h5")], tr.t(k::PATHS_STEP_LEARNING));
    if list.is_empty() {
        m.element(
            "p",
            &[("class", "sg-muted")],
            tr.t(k::PATHS_STEP_NO_RESOURCES),
        );
        return;
    }
    m.open("ul", &[("class", "sg-step-resources")]);
    for s in list {
        let r = &feed.resources[s.resource];
        m.open("li", &[])
            .element(
                "a",
                &[
                    ("href", &r.url),
                    ("target", "_blank"),
                    ("rel", "noopener noreferrer"),
                ],
                &r.title,
            )
            // On paper, where a link cannot be followed, its address.
            .element("span", &[("class", "sg-doc-url")], &format!(" {}", r.url))
            .element(
                "span",
                &[("class", "sg-muted")],
                &format!(" · {}", s.reason(feed, tr)),
            )
            .close("li");
    }
    m.close("ul");
}

fn mentors(m: &mut Markup, feed: &Feed, step: &Step, list: &[MentorSuggestion], tr: &Translator) {
    m.element("h5", &[("class", "sg-h5")], tr.t(k::PATHS_STEP_PEOPLE));
    if list.is_empty() {
        m.element(
            "p",
            &[("class", "sg-muted")],
            tr.t(k::PATHS_STEP_NO_MENTORS),
        );
        return;
    }
    let floor = feed.scale.min();
    m.open("ul", &[("class", "sg-step-mentors")]);
    for s in list {
        let mentor = &feed.mentors[s.mentor];
        let covers: Vec<&str> = s
            .covers
            .iter()
            .map(|&k| feed.skills[k].name.as_str())
            .collect();
        let about: Vec<&str> = [mentor.title.as_str(), mentor.team.as_str()]
            .into_iter()
            .filter(|t| !t.trim().is_empty())
            .collect();
        m.open("li", &[])
            .element("span", &[("class", "sg-step-skill")], &mentor.name);
        if !about.is_empty() {
            m.text(tr.t(k::GAP_LIST_SEPARATOR)).text(&about.join(" · "));
        }
        m.element(
            "span",
            &[("class", "sg-muted")],
            &format!(
                " · {}",
                tr.tf(k::PATHS_STEP_KNOWS, &[("skills", &list_text(&covers, tr))])
            ),
        );
        if let (Some(&first), false) = (s.covers.first(), mentor.contact.is_empty()) {
            let gap = step.to_close.iter().find(|g| g.skill == first);
            let skill = &feed.skills[first].name;
            let message = gap.map_or(String::new(), |g| {
                intro_message(&mentor.name, skill, g.from.unwrap_or(floor), g.required, tr)
            });
            let subject = tr.tf_plain(k::PATHS_STEP_MENTOR_SUBJECT, &[("skill", skill)]);
            let (href, _) = contact_link(&mentor.contact, &subject, &message);
            m.text(" ")
                .open(
                    "a",
                    &[
                        ("href", &href),
                        ("target", "_blank"),
                        ("rel", "noopener noreferrer"),
                    ],
                )
                .text(tr.t(k::PATHS_STEP_CONTACT))
                .element(
                    "span",
                    &[("class", "sg-visually-hidden")],
                    &format!(" {}", mentor.name),
                )
                .element(
                    "span",
                    &[("class", "sg-doc-url")],
                    &format!(" {}", mentor.contact.trim_start_matches("mailto:")),
                )
                .close("a");
        }
        m.close("li");
    }
    m.close("ul");
}

/// One step of the way shown, `k` from 0.
struct StepView<'a> {
    k: usize,
    step: &'a Step,
    extras: &'a StepExtras,
}

fn step_item(m: &mut Markup, feed: &Feed, way: &Way, view: StepView, tr: &Translator) {
    let StepView { k, step, extras } = view;
    let role = &feed.roles[step.role];
    let heading = if way.found.kind == WayKind::Route {
        tr.tf(
            k::PATHS_STEP_HEADING,
            &[("number", &tr.integer(k as i64 + 1)), ("role", &role.name)],
        )
    } else {
        role.name.clone()
    };
    m.open("li", &[("class", "sg-step"), ("data-testid", "path-step")]);
    m.element("h4", &[("class", "sg-h4")], &heading);
    let about = role.family_and_seniority();
    if !about.is_empty() {
        m.element("p", &[("class", "sg-muted")], &about);
    }
    let met = tr.plural(k::PATHS_STEP_MET, step.met, &[]);
    let met_earlier = tr.plural(k::PATHS_STEP_MET_EARLIER, step.met_by_earlier_steps, &[]);
    let covered = match (step.met > 0, step.met_by_earlier_steps > 0) {
        (false, false) => None,
        (true, false) => Some(met),
        (false, true) => Some(met_earlier),
        (true, true) => {
            Some(tr.tf_plain(k::PATHS_PAIR, &[("first", &met), ("second", &met_earlier)]))
        }
    };
    if step.to_close.is_empty() {
        let text = match &covered {
            Some(covered) => tr.tf_plain(k::PATHS_STEP_NOTHING_COVERED, &[("covered", covered)]),
            None => tr.t(k::PATHS_STEP_NOTHING).to_owned(),
        };
        m.element("p", &[], &text);
        m.close("li");
        return;
    }
    let skills = skills_to_close_text(step, tr);
    let text = match &covered {
        Some(covered) => tr.tf_plain(
            k::PATHS_STEP_TO_CLOSE_COVERED,
            &[("skills", &skills), ("covered", covered)],
        ),
        None => tr.tf_plain(k::PATHS_STEP_TO_CLOSE, &[("skills", &skills)]),
    };
    m.element("p", &[], &text);
    m.open("ul", &[("class", "sg-step-skills")]);
    for skill in &step.to_close {
        skill_line(m, feed, skill, tr);
    }
    m.close("ul");
    resources(m, feed, &extras.resources, tr);
    mentors(m, feed, step, &extras.mentors, tr);
    let (action, label) = if extras.in_plan {
        (
            MarkupAction::OpenPlanForStep(k),
            tr.t(k::PATHS_STEP_IN_PLAN),
        )
    } else {
        (MarkupAction::AddStep(k), tr.t(k::PATHS_STEP_ADD))
    };
    action
        .open_button(m, &[("class", "sg-button sg-no-print")])
        .text(label)
        .element(
            "span",
            &[("class", "sg-visually-hidden")],
            &tr.tf(k::GAP_NAME_SUFFIX, &[("name", &role.name)]),
        )
        .close("button");
    m.close("li");
}

/// The way's card content: summary, other routes, then the steps.
pub fn path_steps(feed: &Feed, way: &Way, target: Option<RoleIdx>, tr: &Translator) -> String {
    let mut m = Markup::new();
    m.element(
        "h3",
        &[
            ("class", "sg-h3"),
            ("id", "sg-way-heading"),
            ("tabindex", "-1"),
        ],
        &way_heading(feed, way, tr),
    );
    let Some(journey) = way.journey() else {
        return m.finish();
    };
    intro(&mut m, feed, way, journey, tr);
    if target != Some(way.found.to) {
        let to = &feed.roles[way.found.to];
        role_button(
            &mut m,
            &MarkupAction::AimAt(to.id.clone()),
            tr.t(k::EXPLORE_MAKE_TARGET),
            &to.name,
            tr,
        );
    }
    m.open(
        "ol",
        &[("class", "sg-steps"), ("data-testid", "path-steps")],
    );
    let empty = StepExtras::default();
    for (k, step) in journey.steps.iter().enumerate() {
        let extras = way.extras.get(k).unwrap_or(&empty);
        step_item(&mut m, feed, way, StepView { k, step, extras }, tr);
    }
    m.close("ol");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::count;
    use domain::paths::test_feed::{feed_with_paths, idx};
    use domain::paths::{find_way, CareerGraph};

    #[test]
    fn a_route_lists_its_steps_with_skills_and_a_plan_button_each() {
        let feed = feed_with_paths(&[("a", &["b"]), ("b", &["c"]), ("c", &[])]);
        let graph = CareerGraph::new(&feed);
        let mut levels = vec![None; feed.skills.len()];
        levels[0] = Some(1);
        let found = find_way(
            &feed,
            &graph,
            Some(idx(&feed, "a")),
            idx(&feed, "c"),
            &levels,
        );
        let extras = vec![
            StepExtras {
                in_plan: true,
                ..StepExtras::default()
            },
            StepExtras::default(),
        ];
        let way = Way {
            found: &found,
            chosen: 0,
            extras: &extras,
        };
        let html = path_steps(&feed, &way, None, &Translator::english());
        assert!(html.contains(">From Role a to Role c</h3>"));
        assert!(
            html.contains("2 steps along the usual career paths: Role a → Role b → Role c."),
            "{html}"
        );
        assert_eq!(count(&html, "data-testid=\"path-step\""), 2);
        assert!(html.contains(">Step 1: Role b</h4>") && html.contains(">Step 2: Role c</h4>"));
        assert!(
            html.contains("data-action=\"open-plan\" data-step=\"0\">This step is in your plan")
        );
        assert!(html.contains("data-action=\"add-step\" data-step=\"1\">Add this step to my plan"));
        assert!(html.contains("data-action=\"aim\" data-role=\"c\""));
        // Step 2 starts s0 where step 1 left it.
        assert!(html.contains("Skill 0</span><span class=\"sg-step-essential\"> essential</span><span class=\"sg-muted\"> · 2 after the earlier steps\u{a0}→\u{a0}3"), "{html}");
        assert!(html.contains("not rated yet · asks"));
        assert!(html.contains("The feed has no resource for these skills"));
        assert!(
            !html.contains("path-routes"),
            "one route: no choice offered"
        );
    }

    #[test]
    fn ties_offer_the_other_routes() {
        let feed = feed_with_paths(&[("a", &["b", "c"]), ("b", &["d"]), ("c", &["d"]), ("d", &[])]);
        let graph = CareerGraph::new(&feed);
        let levels = vec![None; feed.skills.len()];
        let found = find_way(&feed, &graph, Some(0), idx(&feed, "d"), &levels);
        let html = path_steps(
            &feed,
            &Way {
                found: &found,
                chosen: 1,
                extras: &[],
            },
            None,
            &Translator::english(),
        );
        assert!(html.contains("2 routes are just as short."), "{html}");
        assert!(html
            .contains("aria-pressed=\"false\" data-action=\"route\" data-route=\"0\">Via Role b"));
        assert!(html
            .contains("aria-pressed=\"true\" data-action=\"route\" data-route=\"1\">Via Role c"));
        assert!(html.contains(">Step 1: Role c</h4>"));
    }

    #[test]
    fn no_route_says_so_and_shows_the_direct_move() {
        let feed = feed_with_paths(&[("a", &[]), ("b", &[]), ("c", &["a"])]);
        let graph = CareerGraph::new(&feed);
        let levels = vec![Some(5); feed.skills.len()];
        let found = find_way(&feed, &graph, Some(0), 1, &levels);
        let html = path_steps(
            &feed,
            &Way {
                found: &found,
                chosen: 0,
                extras: &[],
            },
            Some(1),
            &Translator::english(),
        );
        assert!(html.contains("No usual career path leads from Role a to Role b"));
        assert!(html.contains("Your ratings already meet everything it asks."));
        assert!(
            html.contains("Nothing to close on this step: 3 requirements met by your ratings."),
            "{html}"
        );
        assert!(!html.contains("data-action=\"aim\""), "already the target");
        assert!(!html.contains("add-step"));
    }
}
