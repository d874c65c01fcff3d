//! The map's list alternative: every role on it, column by column, with where it leads, what
//! it would take and a button to see the way there. It is also the whole view on narrow
//! screens. The section's one click handler reads `data-action` and `data-role`.

use super::Markup;
use crate::domain::explorer::{role_fit, FitGroup};
use crate::domain::feed::{Feed, RoleIdx};
use crate::domain::paths::{journey, CareerGraph, Neighbourhood, Step};
use crate::domain::scale::Level;

pub(super) use crate::domain::text::plural;

/// What a step (or a direct move) asks: "7 skills to close (3 essential; 3 not rated yet)",
/// counted the same way in the list and in the steps of the way.
pub fn skills_to_close_text(step: &Step) -> String {
    let essential = step
        .to_close
        .iter()
        .filter(|s| s.importance.is_essential())
        .count();
    let unrated = step.unrated();
    let mut details = Vec::new();
    if essential > 0 {
        details.push(format!("{essential} essential"));
    }
    if unrated > 0 {
        details.push(format!("{unrated} not rated yet"));
    }
    let mut text = plural(step.to_close.len(), "skill to close", "skills to close");
    if !details.is_empty() {
        text.push_str(&format!(" ({})", details.join("; ")));
    }
    text
}

/// What moving to the role would take from the person's ratings alone.
pub fn what_it_takes(feed: &Feed, role: RoleIdx, levels: &[Option<Level>]) -> String {
    let journey = journey(feed, &[role], levels);
    match journey.steps.first() {
        Some(step) if !step.to_close.is_empty() => skills_to_close_text(step),
        Some(_) if !feed.roles[role].requirements.is_empty() => {
            "your ratings meet everything it asks".to_owned()
        }
        _ => "asks for no skill".to_owned(),
    }
}

/// A fit with its evidence, shown as a figure only once enough is rated to compare:
/// "72% fit · 6 of 7 skills rated", "rate more to see fit · 1 of 7 skills rated".
pub fn fit_text(feed: &Feed, role: RoleIdx, levels: &[Option<Level>]) -> String {
    let fit = role_fit(feed, role, levels);
    match fit.group() {
        FitGroup::Comparable => fit.evidence.summary(),
        FitGroup::RateMore => format!("rate more to see fit · {}", fit.evidence.rated_text()),
        FitGroup::NotRated => fit.evidence.rated_text(),
    }
}

/// A button with the role's name for screen readers: "Show the way here: Data Analyst".
pub fn role_button(m: &mut Markup, action: &'static str, label: &str, role: &str, name: &str) {
    m.open(
        "button",
        &[
            ("type", "button"),
            ("class", "sg-button sg-button-quiet sg-button-small"),
            ("data-action", action),
            ("data-role", role),
        ],
    )
    .text(label)
    .element(
        "span",
        &[("class", "sg-visually-hidden")],
        &format!(": {name}"),
    )
    .close("button");
}

/// One role's item: name and marks, family, seniority, fit, where it leads, what it takes.
pub fn role_item(
    m: &mut Markup,
    feed: &Feed,
    graph: &CareerGraph,
    role: RoleIdx,
    levels: &[Option<Level>],
    current: Option<RoleIdx>,
    target: Option<RoleIdx>,
) {
    let r = &feed.roles[role];
    m.open("li", &[("class", "sg-path-role"), ("data-role", &r.id)]);
    m.element("span", &[("class", "sg-path-role-name")], &r.name);
    if current == Some(role) {
        m.element("span", &[("class", "sg-badge")], " You are here");
    }
    if target == Some(role) {
        m.element("span", &[("class", "sg-badge")], " Your target");
    }
    let mut about = r.family_and_seniority();
    if !about.is_empty() {
        about.push_str(" · ");
    }
    about.push_str(&fit_text(feed, role, levels));
    m.element("span", &[("class", "sg-path-role-about")], &about);
    let leads: Vec<&str> = graph.next[role]
        .iter()
        .map(|&n| feed.roles[n].name.as_str())
        .collect();
    // A framework without paths has nothing to say here for any role.
    if graph.has_paths() {
        let leads = if leads.is_empty() {
            "No usual next step".to_owned()
        } else {
            format!("Leads to {}", leads.join(", "))
        };
        m.element("span", &[("class", "sg-path-role-leads")], &leads);
    }
    m.element(
        "span",
        &[("class", "sg-path-role-takes")],
        &format!("What it takes: {}", what_it_takes(feed, role, levels)),
    );
    role_button(m, "select", "Show the way here", &r.id, &r.name);
    m.close("li");
}

/// The list of the map's roles, one group per column.
pub fn path_list(
    feed: &Feed,
    graph: &CareerGraph,
    map: &Neighbourhood,
    levels: &[Option<Level>],
    current: Option<RoleIdx>,
    target: Option<RoleIdx>,
) -> String {
    let centre = &feed.roles[map.centre].name;
    let mut m = Markup::new();
    for column in &map.columns {
        let heading = match column.offset {
            0 if current == Some(map.centre) => "Your current role".to_owned(),
            0 => "At the centre of the map".to_owned(),
            -1 => format!("One step before {centre}"),
            -2 => format!("Two steps before {centre}"),
            1 => format!("One step on from {centre}"),
            _ => format!("Two steps on from {centre}"),
        };
        m.element("h4", &[("class", "sg-h4")], &heading);
        m.open(
            "ul",
            &[("class", "sg-path-roles"), ("data-testid", "path-column")],
        );
        for &role in &column.roles {
            role_item(&mut m, feed, graph, role, levels, current, target);
        }
        if column.hidden > 0 {
            m.element(
                "li",
                &[("class", "sg-muted")],
                &format!(
                    "{} not shown here. Use “Find a role” to go to any of them.",
                    plural(column.hidden, "more role is", "more roles are")
                ),
            );
        }
        m.close("ul");
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::paths::neighbourhood;
    use crate::domain::paths::test_feed::{feed_with_paths, idx};
    use crate::markup::test_support::count;

    #[test]
    fn lists_each_role_with_where_it_leads_and_what_it_takes() {
        let feed = feed_with_paths(&[("a", &["b", "c"]), ("b", &[]), ("c", &[])]);
        let graph = CareerGraph::new(&feed);
        let map = neighbourhood(&graph, idx(&feed, "a"), &[], |a, b| a.cmp(&b));
        let mut levels = vec![None; feed.skills.len()];
        levels[0] = Some(1);
        levels[1] = Some(1);
        let html = path_list(&feed, &graph, &map, &levels, Some(0), Some(2));
        assert_eq!(count(&html, "<li class=\"sg-path-role\""), 3);
        assert!(
            html.contains("<h4 class=\"sg-h4\">One step on from Role a</h4>"),
            "{html}"
        );
        assert!(html.contains("Leads to Role b, Role c"));
        assert!(html.contains("No usual next step"));
        assert!(html.contains(" You are here") && html.contains(" Your target"));
        // b asks s0 and s1 at 2 (rated 1: two to close, s0 essential) and own-b (not rated).
        // The same count as the step of the way to it: s0 and s1 rated below, own-b not rated.
        assert!(
            html.contains("What it takes: 3 skills to close (2 essential; 1 not rated yet)"),
            "{html}"
        );
        assert!(html.contains("Family 1 · Level 2 · 50% fit · 2 of 3 skills rated"));
        assert!(html.contains("data-action=\"select\" data-role=\"b\">Show the way here<span class=\"sg-visually-hidden\">: Role b</span>"));
    }
}
